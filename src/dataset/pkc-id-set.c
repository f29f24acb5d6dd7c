/* pkc-id-set.c — the loader's set of casualty ids seen so far, without their text
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pkc-id-set.h"

/* A million casualty ids ("MINUSMA-2013-08-00001") as strings in a hash table took about
 * 60 bytes each. The set keeps a 64-bit hash of each id and the line it was on: 12 bytes.
 *
 * Two different ids count as the same only if their hashes are equal. The hash is
 * SipHash-2-4 under a key drawn for each set, so a file cannot be made to collide on
 * purpose, and by chance n ids collide with probability about n² / 2⁶⁵: 3·10⁻⁸ for the
 * million casualties a dataset may hold. The loader would then wrongly report one id as
 * used twice, which is far less likely than the machine's memory flipping a bit.
 *
 * The hashes live in one sorted array (found through a directory of their leading bits) and
 * a small table of the recent ones, merged into the array when 70 % full: no slack per
 * entry, and no copy of the whole set as it grows (the array grows by realloc(), which
 * moves no memory for large blocks in glibc). */

#define RECENT_MIN_SLOTS 1024
#define DIR_MAX_BITS     16
/* A bit per value of a hash's leading 24 bits: 2 MiB, touched a page at a time. A clear
 * bit means a new id without looking in the run: at a million ids the run's cache misses
 * were a quarter of a load's time, and 94 % of the bits are still clear by then. It is
 * made once the run holds FILTER_MIN_IDS: before, the run is in the cache anyway, and each
 * of a small file's few hundred ids faulted a page of the filter in (a third of an
 * export's page faults for MINUSMA). */
#define FILTER_BITS      24
#define FILTER_MIN_IDS   32768
/* The ids pkc_id_set_prefetch() hashed, for pkc_id_set_add() to find: the parser is a few
 * records ahead of the loader. */
#define N_PENDING        16
#define PENDING_MAX_LEN  40

typedef struct {
  guint64 hash;
  gsize   len;
  char    id[PENDING_MAX_LEN];
} Pending;

struct _PkcIdSet
{
  guint64  key[2];
  /* The sorted run: hashes[i] was first seen on lines[i]. */
  guint64 *hashes;
  guint32 *lines;
  gsize    n;
  gsize    capacity;
  guint32 *dir;        /* (1 << dir_bits) + 1 indexes: where each leading-bits value starts */
  guint    dir_bits;
  /* The recent ones: open addressing, 0 for a free slot. */
  guint64 *recent_hashes;
  guint32 *recent_lines;
  gsize    recent_slots;
  gsize    recent_n;
  guint8  *filter;     /* 1 << FILTER_BITS bits, set for every hash added; NULL below
                        * FILTER_MIN_IDS */
  Pending  pending[N_PENDING];
  guint    pending_first;  /* the oldest */
  guint    n_pending;
};

#define ROTL(x, b) (guint64) (((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                           \
  G_STMT_START {                                                           \
    v0 += v1; v1 = ROTL (v1, 13); v1 ^= v0; v0 = ROTL (v0, 32);            \
    v2 += v3; v3 = ROTL (v3, 16); v3 ^= v2;                                \
    v0 += v3; v3 = ROTL (v3, 21); v3 ^= v0;                                \
    v2 += v1; v1 = ROTL (v1, 17); v1 ^= v2; v2 = ROTL (v2, 32);            \
  } G_STMT_END

/* SipHash-2-4 (Aumasson and Bernstein, 2012). */
static guint64
siphash (const guint64  key[2],
         const guint8  *in,
         gsize          len)
{
  guint64 v0 = 0x736f6d6570736575ULL ^ key[0], v1 = 0x646f72616e646f6dULL ^ key[1];
  guint64 v2 = 0x6c7967656e657261ULL ^ key[0], v3 = 0x7465646279746573ULL ^ key[1];
  guint64 last = (guint64) len << 56;
  gsize whole = len - len % 8;

  for (gsize i = 0; i < whole; i += 8)
    {
      guint64 m;

      memcpy (&m, in + i, 8);
      m = GUINT64_FROM_LE (m);
      v3 ^= m;
      SIPROUND;
      SIPROUND;
      v0 ^= m;
    }
  for (gsize i = whole; i < len; i++)
    last |= (guint64) in[i] << (8 * (i - whole));
  v3 ^= last;
  SIPROUND;
  SIPROUND;
  v0 ^= last;
  v2 ^= 0xff;
  SIPROUND;
  SIPROUND;
  SIPROUND;
  SIPROUND;
  return v0 ^ v1 ^ v2 ^ v3;
}

PkcIdSet *
pkc_id_set_new (void)
{
  PkcIdSet *set = g_new0 (PkcIdSet, 1);

  set->key[0] = (guint64) g_random_int () << 32 | g_random_int ();
  set->key[1] = (guint64) g_random_int () << 32 | g_random_int ();
  set->dir = g_new0 (guint32, 2);
  set->recent_slots = RECENT_MIN_SLOTS;
  set->recent_hashes = g_new0 (guint64, set->recent_slots);
  set->recent_lines = g_new (guint32, set->recent_slots);
  return set;
}

void
pkc_id_set_free (PkcIdSet *set)
{
  if (set == NULL)
    return;
  g_free (set->hashes);
  g_free (set->lines);
  g_free (set->dir);
  g_free (set->recent_hashes);
  g_free (set->recent_lines);
  g_free (set->filter);
  g_free (set);
}

guint
pkc_id_set_get_size (PkcIdSet *set)
{
  return (guint) (set->n + set->recent_n);
}

/* Index of @hash in the sorted run, or -1. */
static gssize
run_find (const PkcIdSet *set,
          guint64         hash)
{
  gsize top = set->dir_bits > 0 ? (gsize) (hash >> (64 - set->dir_bits)) : 0;
  gsize lo = set->dir[top], hi = set->dir[top + 1];

  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (set->hashes[mid] == hash)
        return (gssize) mid;
      if (set->hashes[mid] < hash)
        lo = mid + 1;
      else
        hi = mid;
    }
  return -1;
}

static void
build_dir (PkcIdSet *set)
{
  gsize n_top, i = 0;

  /* About eight hashes per directory entry, at most 2¹⁶ entries (256 KiB). */
  set->dir_bits = CLAMP ((int) g_bit_storage (set->n) - 3, 0, DIR_MAX_BITS);
  n_top = (gsize) 1 << set->dir_bits;
  set->dir = g_renew (guint32, set->dir, n_top + 1);
  set->dir[0] = 0;
  for (gsize top = 1; top < n_top; top++)
    {
      while (i < set->n && (set->hashes[i] >> (64 - set->dir_bits)) < top)
        i++;
      set->dir[top] = (guint32) i;
    }
  set->dir[n_top] = (guint32) set->n;
}

/* A hash's home slot in the recent table: its leading bits, so that the table, read in
 * slot order, is nearly sorted (linear probing only moves an entry a few slots on). */
static inline gsize
recent_home (const PkcIdSet *set,
             guint64         hash)
{
  return (gsize) (hash >> (64 - g_bit_storage (set->recent_slots - 1)));
}

/* Insertion sort of the two arrays together, in place: nearly sorted already (see
 * recent_home()), so each entry moves a slot or two. */
static void
sort_entries (guint64 *hashes,
              guint32 *lines,
              gsize    n)
{
  for (gsize i = 1; i < n; i++)
    {
      guint64 hash = hashes[i];
      guint32 line = lines[i];
      gsize j = i;

      for (; j > 0 && hashes[j - 1] > hash; j--)
        {
          hashes[j] = hashes[j - 1];
          lines[j] = lines[j - 1];
        }
      hashes[j] = hash;
      lines[j] = line;
    }
}

/* The recent hashes, packed to the front of their table and sorted there, go into the run
 * from its end backwards: each hash of the run moves once. */
static void
merge_recent (PkcIdSet *set)
{
  guint64 *recent = set->recent_hashes;
  guint32 *recent_lines = set->recent_lines;
  gsize m = 0, i, k;

  for (gsize s = 0; s < set->recent_slots; s++)
    if (recent[s] != 0)
      {
        recent[m] = recent[s];
        recent_lines[m] = recent_lines[s];
        m++;
      }
  sort_entries (recent, recent_lines, m);

  if (set->n + m > set->capacity)
    {
      set->capacity = MAX (set->n + m, set->capacity * 2);
      set->hashes = g_renew (guint64, set->hashes, set->capacity);
      set->lines = g_renew (guint32, set->lines, set->capacity);
    }
  i = set->n;
  k = set->n + m;
  while (m > 0)
    {
      k--;
      if (i > 0 && set->hashes[i - 1] > recent[m - 1])
        {
          i--;
          set->hashes[k] = set->hashes[i];
          set->lines[k] = set->lines[i];
        }
      else
        {
          m--;
          set->hashes[k] = recent[m];
          set->lines[k] = recent_lines[m];
        }
    }
  set->n += set->recent_n;
  build_dir (set);
  if (set->filter == NULL && set->n >= FILTER_MIN_IDS)
    {
      /* Zeroed pages from the system (a block this large is mmap()ed). */
      set->filter = g_malloc0 ((gsize) 1 << (FILTER_BITS - 3));
      for (gsize j = 0; j < set->n; j++)
        {
          gsize bit = (gsize) (set->hashes[j] >> (64 - FILTER_BITS));

          set->filter[bit >> 3] |= (guint8) (1u << (bit & 7));
        }
    }

  /* Slots for an eighth of the run (1.5 MB for a million ids), merged when 70 % full: each
   * merge adds a twelfth to the run, so there are a few dozen per doubling. */
  set->recent_n = 0;
  while (set->recent_slots < set->n / 8)
    set->recent_slots *= 2;
  set->recent_hashes = g_renew (guint64, set->recent_hashes, set->recent_slots);
  set->recent_lines = g_renew (guint32, set->recent_lines, set->recent_slots);
  memset (set->recent_hashes, 0, set->recent_slots * sizeof *set->recent_hashes);
}

void
pkc_id_set_prefetch (PkcIdSet   *set,
                     const char *id,
                     gsize       len)
{
  guint64 hash = siphash (set->key, (const guint8 *) id, len);
  gsize bit = (gsize) (hash >> (64 - FILTER_BITS));
  gsize slot = recent_home (set, hash);

  if (len <= PENDING_MAX_LEN)
    {
      Pending *pending;

      if (set->n_pending == N_PENDING)
        {
          set->pending_first = (set->pending_first + 1) % N_PENDING;
          set->n_pending--;
        }
      pending = &set->pending[(set->pending_first + set->n_pending++) % N_PENDING];
      pending->hash = hash;
      pending->len = len;
      memcpy (pending->id, id, len);
    }
  if (set->filter != NULL)
    __builtin_prefetch (&set->filter[bit >> 3], 1);
  __builtin_prefetch (&set->recent_hashes[slot], 1);
  __builtin_prefetch (&set->recent_lines[slot], 1);
}

/* @id's hash: the one pkc_id_set_prefetch() computed for the same bytes, if it is still
 * there. Ids prefetched before it are dropped (their records were not added, or not yet
 * with these bytes): the hash of equal bytes is the same, whichever entry it comes from. */
static guint64
hash_id (PkcIdSet   *set,
         const char *id)
{
  gsize len = strlen (id);

  while (set->n_pending > 0)
    {
      const Pending *pending = &set->pending[set->pending_first];

      set->pending_first = (set->pending_first + 1) % N_PENDING;
      set->n_pending--;
      if (pending->len == len && memcmp (pending->id, id, len) == 0)
        return pending->hash;
    }
  return siphash (set->key, (const guint8 *) id, len);
}

gboolean
pkc_id_set_add (PkcIdSet   *set,
                const char *id,
                guint       line,
                guint      *out_first_line)
{
  guint64 hash;
  gssize found = -1;
  gsize slot, bit;
  gboolean maybe_seen;

  g_return_val_if_fail (set != NULL && id != NULL, FALSE);

  /* 0 marks a free slot: the one id in 2⁶⁴ that hashes to it shares 1 with another. */
  hash = hash_id (set, id);
  if (hash == 0)
    hash = 1;

  bit = (gsize) (hash >> (64 - FILTER_BITS));
  maybe_seen = set->filter == NULL || (set->filter[bit >> 3] & (1u << (bit & 7))) != 0;
  if (set->filter != NULL)
    set->filter[bit >> 3] |= (guint8) (1u << (bit & 7));
  if (maybe_seen && set->n > 0)
    found = run_find (set, hash);
  if (found >= 0)
    {
      if (out_first_line != NULL)
        *out_first_line = set->lines[found];
      return FALSE;
    }
  for (slot = recent_home (set, hash); set->recent_hashes[slot] != 0;
       slot = (slot + 1) & (set->recent_slots - 1))
    if (set->recent_hashes[slot] == hash)
      {
        if (out_first_line != NULL)
          *out_first_line = set->recent_lines[slot];
        return FALSE;
      }
  set->recent_hashes[slot] = hash;
  set->recent_lines[slot] = line;
  if (++set->recent_n * 10 >= set->recent_slots * 7)
    merge_recent (set);
  return TRUE;
}
