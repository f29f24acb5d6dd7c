/* pkc-loader-input.c — the loader's input: the stream read and passed through the input
 * guard, on a second thread for a big file
 *
 * The parser asks for the next chunk of the file; each chunk is read from the stream and
 * handed to the guard, which may cut it (pkc-input-guard.h). Reading and guarding are
 * independent of the parse, so past the first MiB (read_ahead_after) of a seekable stream
 * (a file, memory: its reads return whole chunks, nothing depends on timing) a worker
 * thread does them ahead of the parser, into a ring of blocks. The parser still sees the
 * same chunks and, with each, the guard's state after it, the "not only white space" flag
 * and a read error: as of the chunks handed out, never ahead, so the first error, its line
 * and column and everything reported after the parse stopped early are the same.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pkc-dataset-private.h"
#include "pkc-loader-private.h"

#define N_BLOCKS 8                 /* 8 × 64 KiB ahead of the parser at most */
#define SLICES_PER_BLOCK 16        /* chunks of the size the parser asks for */

static gsize read_ahead_after = 1024 * 1024;

/* One chunk as a read the parser made would have returned it. */
typedef struct {
  gsize          offset;           /* in the block's data */
  gsize          len;              /* what the guard let through */
  gboolean       seen_non_space;
  PkcInputGuard  guard;            /* after this chunk */
  GError        *error;            /* the read failed here: len is 0 */
  gboolean       last;             /* the end, an error or a refusal: nothing follows */
} Slice;

typedef struct {
  char  *data;
  guint  n_slices;
  Slice  slices[SLICES_PER_BLOCK];
} Block;

struct _PkcLoaderInput {
  GInputStream  *stream;
  GCancellable  *cancellable;

  /* As of the chunks handed to the parser. */
  PkcInputGuard  guard;
  gboolean       seen_non_space;
  GError        *error;
  gsize          n_read;           /* bytes read from the stream */

  /* The read-ahead, once started. */
  GThread       *worker;
  gboolean       read_ahead_tried; /* once: a thread that could not be made is not retried */
  gsize          slice_size;
  Block          blocks[N_BLOCKS];
  PkcInputGuard  worker_guard;
  gboolean       worker_seen_non_space;
  GMutex         lock;
  GCond          cond;
  guint          n_full;           /* blocks filled and not yet used up, under lock */
  gboolean       stop;             /* under lock: the parser is done */
  gboolean       worker_waiting;   /* under lock */
  gboolean       parser_waiting;   /* under lock */
  guint          read_block;       /* the parser's */
  guint          read_slice;
  gsize          slice_pos;        /* bytes of the slice handed out */
  gboolean       slice_started;    /* its state is the parser's, bytes of it are left */
  gboolean       ended;            /* a last slice was handed out whole */
};

void
_pkc_loader_set_read_ahead_after (gsize n_bytes)
{
  read_ahead_after = n_bytes;
}

PkcLoaderInput *
pkc_loader_input_new (GInputStream *stream,
                      GCancellable *cancellable)
{
  PkcLoaderInput *self = g_new0 (PkcLoaderInput, 1);

  self->stream = g_object_ref (stream);
  self->cancellable = cancellable != NULL ? g_object_ref (cancellable) : NULL;
  pkc_input_guard_init (&self->guard, PKC_LOADER_MAX_ATTRIBUTES);
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);
  return self;
}

void
pkc_loader_input_free (PkcLoaderInput *self)
{
  if (self == NULL)
    return;
  if (self->worker != NULL)
    {
      g_mutex_lock (&self->lock);
      self->stop = TRUE;
      g_cond_broadcast (&self->cond);
      g_mutex_unlock (&self->lock);
      g_thread_join (self->worker);
    }
  for (guint b = 0; b < N_BLOCKS; b++)
    {
      for (guint s = 0; s < self->blocks[b].n_slices; s++)
        g_clear_error (&self->blocks[b].slices[s].error);
      g_free (self->blocks[b].data);
    }
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);
  g_clear_error (&self->error);
  g_clear_object (&self->cancellable);
  g_object_unref (self->stream);
  g_free (self);
}

const PkcInputGuard *
pkc_loader_input_guard (PkcLoaderInput *self)
{
  return &self->guard;
}

gboolean
pkc_loader_input_seen_non_space (PkcLoaderInput *self)
{
  return self->seen_non_space;
}

GError *
pkc_loader_input_take_error (PkcLoaderInput *self)
{
  return g_steal_pointer (&self->error);
}

gboolean
pkc_loader_input_failed (PkcLoaderInput *self)
{
  return self->error != NULL;
}

static gboolean
has_non_space (const char *buffer,
               gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isspace (buffer[i]))
      return TRUE;
  return FALSE;
}

/* A chunk just read: what the guard lets through of it. */
static gsize
guard_chunk (PkcInputGuard *guard,
             gboolean      *seen_non_space,
             const char    *buffer,
             gsize          len)
{
  if (!*seen_non_space)
    *seen_non_space = has_non_space (buffer, len);
  return pkc_input_guard_feed (guard, (const guint8 *) buffer, len);
}

/* The worker's part: fills @block with one read of the stream, cut into chunks as the
 * parser would have read them. Returns FALSE after the last. */
static gboolean
fill_block (PkcLoaderInput *self,
            Block          *block)
{
  GError *error = NULL;
  gssize n;
  gsize offset = 0;

  for (guint s = 0; s < block->n_slices; s++)
    g_clear_error (&block->slices[s].error);
  block->n_slices = 0;
  n = g_input_stream_read (self->stream, block->data, self->slice_size * SLICES_PER_BLOCK,
                           self->cancellable, &error);
  do
    {
      Slice *slice = &block->slices[block->n_slices++];
      gsize len = n > 0 ? MIN (self->slice_size, (gsize) n - offset) : 0;

      slice->offset = offset;
      slice->error = n < 0 ? g_steal_pointer (&error) : NULL;
      slice->len = guard_chunk (&self->worker_guard, &self->worker_seen_non_space,
                                block->data + offset, len);
      slice->seen_non_space = self->worker_seen_non_space;
      slice->guard = self->worker_guard;
      slice->last = n <= 0 || self->worker_guard.verdict != PKC_GUARD_OK;
      offset += len;
      if (slice->last)
        return FALSE;
    }
  while (offset < (gsize) n);
  return TRUE;
}

static gpointer
read_ahead (gpointer data)
{
  PkcLoaderInput *self = data;
  guint write_block = 0;
  gboolean more = TRUE;

  while (more)
    {
      g_mutex_lock (&self->lock);
      while (self->n_full == N_BLOCKS && !self->stop)
        {
          self->worker_waiting = TRUE;
          g_cond_wait (&self->cond, &self->lock);
        }
      self->worker_waiting = FALSE;
      more = !self->stop;
      g_mutex_unlock (&self->lock);
      if (!more)
        break;

      more = fill_block (self, &self->blocks[write_block]);
      write_block = (write_block + 1) % N_BLOCKS;

      g_mutex_lock (&self->lock);
      self->n_full++;
      if (self->parser_waiting)
        g_cond_broadcast (&self->cond);
      g_mutex_unlock (&self->lock);
    }
  return NULL;
}

static void
start_read_ahead (PkcLoaderInput *self,
                  gsize           slice_size)
{
  self->read_ahead_tried = TRUE;
  self->slice_size = slice_size;
  for (guint b = 0; b < N_BLOCKS; b++)
    self->blocks[b].data = g_malloc (slice_size * SLICES_PER_BLOCK);
  self->worker_guard = self->guard;
  self->worker_seen_non_space = self->seen_non_space;
  self->worker = g_thread_try_new ("pkc-read-ahead", read_ahead, self, NULL);
  if (self->worker == NULL)
    for (guint b = 0; b < N_BLOCKS; b++)
      g_clear_pointer (&self->blocks[b].data, g_free);
}

/* The parser enters the chunk at (read_block, read_slice): the state that came with it
 * becomes the parser's. A block is waited for when its first chunk is entered. */
static Slice *
enter_slice (PkcLoaderInput *self)
{
  Block *block = &self->blocks[self->read_block];
  Slice *slice;

  if (self->read_slice == 0)
    {
      g_mutex_lock (&self->lock);
      while (self->n_full == 0)
        {
          self->parser_waiting = TRUE;
          g_cond_wait (&self->cond, &self->lock);
        }
      self->parser_waiting = FALSE;
      g_mutex_unlock (&self->lock);
    }
  slice = &block->slices[self->read_slice];
  self->slice_started = TRUE;
  self->slice_pos = 0;
  self->guard = slice->guard;
  self->seen_non_space = slice->seen_non_space;
  return slice;
}

/* The chunk was handed out whole: on to the next, giving a used-up block back to the
 * worker (woken when half the ring is free). */
static void
leave_slice (PkcLoaderInput *self,
             const Slice    *slice)
{
  self->slice_started = FALSE;
  if (slice->last)
    {
      self->ended = TRUE;
      return;
    }
  if (++self->read_slice < self->blocks[self->read_block].n_slices)
    return;
  self->read_slice = 0;
  self->read_block = (self->read_block + 1) % N_BLOCKS;
  g_mutex_lock (&self->lock);
  self->n_full--;
  if (self->worker_waiting && self->n_full <= N_BLOCKS / 2)
    g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->lock);
}

static int
read_from_ring (PkcLoaderInput *self,
                char           *buffer,
                gsize           len)
{
  Block *block = &self->blocks[self->read_block];
  Slice *slice;
  gsize n;

  if (!self->slice_started)
    {
      slice = enter_slice (self);
      if (slice->error != NULL)
        {
          self->error = g_steal_pointer (&slice->error);
          leave_slice (self, slice);
          return -1;
        }
    }
  else
    slice = &block->slices[self->read_slice];

  n = MIN (len, slice->len - self->slice_pos);
  memcpy (buffer, block->data + slice->offset + self->slice_pos, n);
  self->slice_pos += n;
  if (self->slice_pos == slice->len)
    leave_slice (self, slice);
  return (int) n;
}

int
pkc_loader_input_read (void *data,
                       char *buffer,
                       int   len)
{
  PkcLoaderInput *self = data;
  gssize n;

  if (self->error != NULL)
    return -1;
  if (self->slice_started)
    return read_from_ring (self, buffer, (gsize) len);
  if (self->guard.verdict != PKC_GUARD_OK || self->ended)
    return 0;

  /* The chunks ahead are as big as this read: the parser asks for the same size every time
   * after its first few bytes. */
  if (!self->read_ahead_tried && self->n_read > 0 && self->n_read >= read_ahead_after && len > 0 &&
      G_IS_SEEKABLE (self->stream) && g_seekable_can_seek (G_SEEKABLE (self->stream)))
    start_read_ahead (self, (gsize) len);
  if (self->worker != NULL)
    return read_from_ring (self, buffer, (gsize) len);

  n = g_input_stream_read (self->stream, buffer, (gsize) len, self->cancellable, &self->error);
  if (n < 0)
    return -1;
  self->n_read += (gsize) n;
  return (int) guard_chunk (&self->guard, &self->seen_non_space, buffer, (gsize) n);
}
