/* pkc-casualties.c — the dataset's casualties: packed records in one array, their strings
 * in small tables
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pkc-casualty-store.h"
#include "pkc-dataset-private.h"

/* Casualties are most of a large file (a million records): each is 16 bytes in one array;
 * a nationality with its iso, and a source-reference string, are stored once and indexed. */
typedef struct {
  const char *nationality;   /* interned: equal strings are one pointer */
  const char *iso;
} Country;

struct _PkcCasualtyStore
{
  PkcCasualtyRecord *records;
  guint              n;
  guint              capacity;
  GStringChunk      *strings;
  GPtrArray         *sources;        /* interned strings, by index */
  GHashTable        *source_index;   /* interned string → index + 1 */
  GPtrArray         *countries;      /* of Country, by index */
  GHashTable        *country_index;  /* Country → index + 1 */
  /* The previous record's: files list casualties by mission and date, so the next one
   * mostly cites the same sources (and often shares a nationality) — no hashing then. */
  guint32            last_source;
  guint32            last_country;
};

static guint
country_hash (gconstpointer data)
{
  const Country *country = data;

  return g_direct_hash (country->nationality) * 31u + g_direct_hash (country->iso);
}

static gboolean
country_equal (gconstpointer a,
               gconstpointer b)
{
  const Country *x = a, *y = b;

  return x->nationality == y->nationality && x->iso == y->iso;
}

PkcCasualtyStore *
pkc_casualty_store_new (void)
{
  PkcCasualtyStore *store = g_new0 (PkcCasualtyStore, 1);

  store->strings = g_string_chunk_new (4096);
  store->sources = g_ptr_array_new ();
  store->source_index = g_hash_table_new (g_direct_hash, g_direct_equal);
  store->countries = g_ptr_array_new_with_free_func (g_free);
  store->country_index = g_hash_table_new (country_hash, country_equal);
  return store;
}

void
pkc_casualty_store_free (PkcCasualtyStore *store)
{
  if (store == NULL)
    return;
  g_free (store->records);
  g_string_chunk_free (store->strings);
  g_ptr_array_unref (store->sources);
  g_hash_table_unref (store->source_index);
  g_hash_table_unref (store->country_index);
  g_ptr_array_unref (store->countries);
  g_free (store);
}

guint
pkc_casualty_store_get_n (const PkcCasualtyStore *store)
{
  return store->n;
}

const PkcCasualtyRecord *
pkc_casualty_store_get (const PkcCasualtyStore *store,
                        guint                   i)
{
  g_return_val_if_fail (i < store->n, NULL);
  return &store->records[i];
}

/* Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's
 * days_from_civil and civil_from_days): the julian day without a GDate per record. The
 * julian day of GDate counts 0001-01-01 as 1. */
#define JULIAN_OF_1970 719163

static guint32
julian_from_ymd (int      year,
                 unsigned month,
                 unsigned day)
{
  int y = year - (month <= 2);
  int era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = (unsigned) (y - era * 400);
  unsigned doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return (guint32) (era * 146097 + (int) doe - 719468 + JULIAN_OF_1970);
}

PkcDate
pkc_casualty_record_get_date (const PkcCasualtyRecord *record)
{
  PkcDate date = { 0, };
  int z, era, y;
  unsigned doe, yoe, doy, mp;

  g_return_val_if_fail (record != NULL, date);
  if (record->precision == PKC_DATE_PRECISION_NONE)
    return date;

  z = (int) record->day - JULIAN_OF_1970 + 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = (unsigned) (z - era * 146097);
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = (int) yoe + era * 400;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  date.day = (guint8) (doy - (153 * mp + 2) / 5 + 1);
  date.month = (guint8) (mp < 10 ? mp + 3 : mp - 9);
  date.year = (guint16) (y + (date.month <= 2));
  date.precision = record->precision;
  return date;
}

static guint32
find_source (PkcCasualtyStore *store,
             const char       *text)
{
  const char *interned = text != NULL ? g_string_chunk_insert_const (store->strings, text) : NULL;
  gpointer found = g_hash_table_lookup (store->source_index, interned);

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  g_ptr_array_add (store->sources, (gpointer) interned);
  g_hash_table_insert (store->source_index, (gpointer) interned,
                       GUINT_TO_POINTER (store->sources->len));
  return store->sources->len - 1;
}

static guint32
source_index (PkcCasualtyStore *store,
              const char       *text)
{
  if (store->sources->len == 0 ||
      g_strcmp0 (text, g_ptr_array_index (store->sources, store->last_source)) != 0)
    store->last_source = find_source (store, text);
  return store->last_source;
}

static guint32
find_country (PkcCasualtyStore *store,
              const char       *nationality,
              const char       *iso)
{
  Country key = {
    nationality != NULL ? g_string_chunk_insert_const (store->strings, nationality) : NULL,
    iso != NULL ? g_string_chunk_insert_const (store->strings, iso) : NULL,
  };
  gpointer found = g_hash_table_lookup (store->country_index, &key);
  Country *country;

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;
  country = g_memdup2 (&key, sizeof key);
  g_ptr_array_add (store->countries, country);
  g_hash_table_insert (store->country_index, country, GUINT_TO_POINTER (store->countries->len));
  return store->countries->len - 1;
}

static guint32
country_index (PkcCasualtyStore *store,
               const char       *nationality,
               const char       *iso)
{
  const Country *last = store->countries->len > 0
                        ? g_ptr_array_index (store->countries, store->last_country) : NULL;

  if (last == NULL || g_strcmp0 (nationality, last->nationality) != 0 ||
      g_strcmp0 (iso, last->iso) != 0)
    store->last_country = find_country (store, nationality, iso);
  return store->last_country;
}

void
pkc_dataset_add_casualty_copy (PkcDataset        *self,
                               const PkcCasualty *casualty)
{
  PkcCasualtyStore *store;
  PkcCasualtyRecord *record;
  const PkcDate *date;

  g_return_if_fail (PKC_IS_DATASET (self));
  g_return_if_fail (casualty != NULL);
  g_return_if_fail (casualty->date.precision <= PKC_DATE_PRECISION_DAY);

  store = _pkc_dataset_get_casualty_store (self);
  if (store->n == store->capacity)
    {
      /* Doubling: a large block grows by mremap() in glibc, without a copy. */
      store->capacity = MAX (store->capacity * 2, 256);
      store->records = g_renew (PkcCasualtyRecord, store->records, store->capacity);
    }
  record = &store->records[store->n++];
  date = &casualty->date;
  record->day = date->precision != PKC_DATE_PRECISION_NONE
                ? julian_from_ymd (date->year, date->month, date->day) : 0;
  record->precision = (guint8) date->precision;
  record->incident = (guint8) casualty->incident;
  record->personnel = (guint8) casualty->personnel;
  record->gender = casualty->gender;
  record->country = country_index (store, casualty->nationality, casualty->iso);
  record->source = source_index (store, casualty->source);
}

void
_pkc_dataset_add_casualty (PkcDataset  *self,
                           PkcCasualty *casualty)
{
  g_return_if_fail (casualty != NULL);

  pkc_dataset_add_casualty_copy (self, casualty);
  pkc_casualty_free (casualty);
}

guint
pkc_dataset_get_n_casualties (PkcDataset *self)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), 0);
  return _pkc_dataset_get_casualty_store (self)->n;
}

const PkcCasualtyRecord *
pkc_dataset_get_casualty (PkcDataset *self,
                          guint       i)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  return pkc_casualty_store_get (_pkc_dataset_get_casualty_store (self), i);
}

const char *
pkc_dataset_get_casualty_source (PkcDataset              *self,
                                 const PkcCasualtyRecord *record)
{
  PkcCasualtyStore *store;

  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  g_return_val_if_fail (record != NULL, NULL);
  store = _pkc_dataset_get_casualty_store (self);
  g_return_val_if_fail (record->source < store->sources->len, NULL);
  return g_ptr_array_index (store->sources, record->source);
}

static const Country *
country_of (PkcDataset              *self,
            const PkcCasualtyRecord *record)
{
  PkcCasualtyStore *store = _pkc_dataset_get_casualty_store (self);

  g_return_val_if_fail (record->country < store->countries->len, NULL);
  return g_ptr_array_index (store->countries, record->country);
}

const char *
pkc_dataset_get_casualty_nationality (PkcDataset              *self,
                                      const PkcCasualtyRecord *record)
{
  const Country *country;

  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  g_return_val_if_fail (record != NULL, NULL);
  country = country_of (self, record);
  return country != NULL ? country->nationality : NULL;
}

const char *
pkc_dataset_get_casualty_iso (PkcDataset              *self,
                              const PkcCasualtyRecord *record)
{
  const Country *country;

  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  g_return_val_if_fail (record != NULL, NULL);
  country = country_of (self, record);
  return country != NULL ? country->iso : NULL;
}

/* The sort key: the day, then the coarser precision first (as pkc_date_compare()). */
static inline guint32
record_key (const PkcCasualtyRecord *record)
{
  return record->day << 2 | record->precision;
}

gboolean
pkc_casualty_store_get_extremes (const PkcCasualtyStore *store,
                                 guint                  *out_first,
                                 guint                  *out_last)
{
  guint32 min_key = G_MAXUINT32, max_key = 0;
  guint first = 0, last = 0;

  for (guint i = 0; i < store->n; i++)
    {
      guint32 key = record_key (&store->records[i]);

      if (store->records[i].precision == PKC_DATE_PRECISION_NONE)
        continue;
      if (key < min_key)
        {
          min_key = key;
          first = i;
        }
      if (key >= max_key)
        {
          max_key = key;
          last = i;
        }
    }
  *out_first = first;
  *out_last = last;
  return min_key != G_MAXUINT32;
}

static void
sift_down (guint64 *keys,
           gsize    root,
           gsize    n)
{
  for (gsize child = 2 * root + 1; child < n; root = child, child = 2 * root + 1)
    {
      guint64 swap;

      if (child + 1 < n && keys[child + 1] > keys[child])
        child++;
      if (keys[root] >= keys[child])
        return;
      swap = keys[root];
      keys[root] = keys[child];
      keys[child] = swap;
    }
}

/* Position i takes the record at index order[i] (a stable order: equal keys by index):
 * a heapsort of key and index together, in place and never quadratic (qsort() may allocate
 * a copy), for keys spanning more values than there are records (scatter_by_key() is for
 * the others, the days of a mission). About 8 bytes a record. */
static guint32 *
sorted_order (const PkcCasualtyStore *store)
{
  guint32 *order = g_new (guint32, store->n);
  guint64 *keys = g_new (guint64, store->n);

  for (guint i = 0; i < store->n; i++)
    keys[i] = (guint64) record_key (&store->records[i]) << 32 | i;
  for (gsize i = store->n / 2; i-- > 0;)
    sift_down (keys, i, store->n);
  for (gsize end = store->n; end-- > 1;)
    {
      guint64 swap = keys[0];

      keys[0] = keys[end];
      keys[end] = swap;
      sift_down (keys, 0, end);
    }
  for (guint i = 0; i < store->n; i++)
    order[i] = (guint32) (keys[i] & G_MAXUINT32);
  g_free (keys);
  return order;
}

/* A counting sort into a new array, the old one freed after: each record read in file order
 * and written once to its place (independent writes, where following permutation cycles in
 * place waits on a cache miss per record), stable. It needs the records twice for a moment:
 * by then the loader has freed its id set, which is larger. */
static void
scatter_by_key (PkcCasualtyStore *store,
                guint32           min_key,
                guint32           max_key)
{
  gsize range = (gsize) max_key - min_key + 1;
  guint32 *next = g_new0 (guint32, range + 1);
  PkcCasualtyRecord *sorted = g_new (PkcCasualtyRecord, MAX (store->n, 1));

  for (guint i = 0; i < store->n; i++)
    next[record_key (&store->records[i]) - min_key + 1]++;
  for (gsize k = 1; k < range; k++)
    next[k] += next[k - 1];
  for (guint i = 0; i < store->n; i++)
    sorted[next[record_key (&store->records[i]) - min_key]++] = store->records[i];
  g_free (next);
  g_free (store->records);
  store->records = sorted;
  store->capacity = MAX (store->n, 1);
}

/* Records of a file are usually in date order already: then nothing moves. Otherwise they
 * follow the sorted order in place, cycle by cycle (no copy of the records). */
void
pkc_casualty_store_sort (PkcCasualtyStore *store)
{
  const guint32 done = G_MAXUINT32;   /* no index: a dataset holds fewer records */
  guint32 min_key = G_MAXUINT32, max_key = 0;
  gboolean sorted = TRUE;
  guint32 *order;

  for (guint i = 0; i < store->n; i++)
    {
      guint32 key = record_key (&store->records[i]);

      sorted = sorted && (i == 0 || record_key (&store->records[i - 1]) <= key);
      min_key = MIN (min_key, key);
      max_key = MAX (max_key, key);
    }
  if (sorted)
    return;
  g_return_if_fail (store->n < done);

  if ((gsize) max_key - min_key + 1 <= MAX (store->n, 4096))
    {
      scatter_by_key (store, min_key, max_key);
      return;
    }
  order = sorted_order (store);
  for (guint i = 0; i < store->n; i++)
    {
      PkcCasualtyRecord first;
      guint j = i;

      if (order[i] == done)
        continue;
      first = store->records[i];
      for (;;)
        {
          guint from = order[j];

          order[j] = done;
          if (from == i)
            {
              store->records[j] = first;
              break;
            }
          store->records[j] = store->records[from];
          j = from;
        }
    }
  g_free (order);
}
