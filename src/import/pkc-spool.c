/* pkc-spool.c — an append-only byte buffer that spills to an anonymous temporary file
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-spool.h"
#include "pkc-import-private.h"

#define COPY_CHUNK (64 * 1024)

struct _PkcSpool
{
  /* Owned */
  GString       *buffer;   /* data not yet on disk */
  GFile         *file;     /* the temporary file, once spilled */
  GFileIOStream *io;

  gsize          limit;
  gsize          size;     /* everything appended */
};

PkcSpool *
pkc_spool_new (gsize memory_limit)
{
  PkcSpool *self = g_new0 (PkcSpool, 1);

  self->limit = MAX (memory_limit, 1);
  self->buffer = g_string_sized_new (MIN (memory_limit, 64 * 1024));

  return self;
}

void
pkc_spool_free (PkcSpool *self)
{
  if (self == NULL)
    return;

  if (self->io != NULL)
    g_io_stream_close (G_IO_STREAM (self->io), NULL, NULL);
  g_clear_object (&self->io);
  if (self->file != NULL)
    g_file_delete (self->file, NULL, NULL);
  g_clear_object (&self->file);
  g_string_free (self->buffer, TRUE);
  g_free (self);
}

gboolean
_pkc_spool_is_on_disk (PkcSpool *self)
{
  return self->file != NULL;
}

gsize
_pkc_spool_get_size (PkcSpool *self)
{
  return self->size;
}

static gboolean
flush_to_disk (PkcSpool  *self,
               GError   **error)
{
  g_autoptr(GError) local_error = NULL;

  if (self->file == NULL)
    {
      self->file = g_file_new_tmp ("pkc-import-XXXXXX.part", &self->io, &local_error);
      if (self->file == NULL)
        goto failed;
    }

  if (!g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (self->io)),
                                  self->buffer->str, self->buffer->len, NULL, NULL,
                                  &local_error))
    goto failed;

  g_string_truncate (self->buffer, 0);
  return TRUE;

failed:
  g_set_error (error, local_error->domain, local_error->code,
               /* Translators: %s is an error message from the system */
               _("cannot write a temporary file: %s"), local_error->message);
  return FALSE;
}

gboolean
pkc_spool_append (PkcSpool    *self,
                  const char  *data,
                  gsize        len,
                  GError     **error)
{
  g_string_append_len (self->buffer, data, len);
  self->size += len;

  if (self->buffer->len >= self->limit)
    return flush_to_disk (self, error);

  return TRUE;
}

gboolean
pkc_spool_write_to (PkcSpool      *self,
                    GOutputStream *out,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autofree char *chunk = NULL;
  GInputStream *in;

  if (self->file == NULL)
    return g_output_stream_write_all (out, self->buffer->str, self->buffer->len, NULL,
                                      cancellable, error);

  if (self->buffer->len > 0 && !flush_to_disk (self, error))
    return FALSE;

  if (!g_output_stream_flush (g_io_stream_get_output_stream (G_IO_STREAM (self->io)),
                              cancellable, error) ||
      !g_seekable_seek (G_SEEKABLE (self->io), 0, G_SEEK_SET, cancellable, error))
    return FALSE;

  in = g_io_stream_get_input_stream (G_IO_STREAM (self->io));
  chunk = g_malloc (COPY_CHUNK);

  for (;;)
    {
      gssize n = g_input_stream_read (in, chunk, COPY_CHUNK, cancellable, error);

      if (n < 0)
        return FALSE;
      if (n == 0)
        return TRUE;
      if (!g_output_stream_write_all (out, chunk, n, NULL, cancellable, error))
        return FALSE;
    }
}
