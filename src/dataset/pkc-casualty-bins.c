/* pkc-casualty-bins.c — casualties binned once per (interval, personnel, range), cached
 *
 * Binning every record and splitting every record's source references on each relayout of
 * the casualties chart (every resize) would take most of a frame with a million records. The
 * bins are kept on the dataset, a few option sets at a time, and shared by reference so a
 * layout in another thread (an export) can hold them while the window drops them.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-casualty-bins.h"
#include "pkc-dataset-private.h"

/* Option sets kept per dataset: interval × personnel filters a person flips between. */
#define MAX_CACHED 8

typedef struct {
  PkcInterval      interval;
  guint            personnel_mask;
  PkcDate          from, to;
  PkcCasualtyBins *bins;
} Entry;

typedef struct {
  GArray *entries;   /* of Entry, most recently used last */
  guint   n_records; /* the bins are for this many casualties */
  guint   n_passes;
} Cache;

static GMutex cache_lock;

static void
bins_clear (PkcCasualtyBins *bins)
{
  pkc_casualty_series_free (bins->series);
  g_free (bins->cell_source);
  g_free (bins->cell_mixed);
  for (guint t = 0; t < PKC_N_INCIDENTS; t++)
    g_ptr_array_unref (bins->sources[t]);
}

void
pkc_casualty_bins_unref (PkcCasualtyBins *bins)
{
  if (bins != NULL)
    g_atomic_rc_box_release_full (bins, (GDestroyNotify) bins_clear);
}

static void
entry_clear (Entry *entry)
{
  pkc_casualty_bins_unref (entry->bins);
}

static void
cache_free (Cache *cache)
{
  g_array_unref (cache->entries);
  g_free (cache);
}

static gboolean
same_date (const PkcDate *a,
           const PkcDate *b)
{
  return a->year == b->year && a->month == b->month && a->day == b->day &&
         a->precision == b->precision;
}

static PkcDate
date_or_unset (const PkcDate *date)
{
  return date != NULL && pkc_date_is_set (date) ? *date : (PkcDate) { 0 };
}

/* The cells and distinct sources: the records the series counted, in the same periods. */
static void
collect_sources (PkcCasualtyBins *bins,
                 PkcDataset      *dataset,
                 guint            personnel_mask,
                 const PkcDate   *from,
                 const PkcDate   *to)
{
  const PkcCasualtySeries *series = bins->series;
  guint n_casualties = pkc_dataset_get_n_casualties (dataset);
  GHashTable *seen[PKC_N_INCIDENTS];
  gsize n_cells = (gsize) series->n_periods * PKC_N_INCIDENTS;

  bins->cell_source = g_new0 (const char *, n_cells);
  bins->cell_mixed = g_new0 (gboolean, n_cells);
  for (guint t = 0; t < PKC_N_INCIDENTS; t++)
    {
      bins->sources[t] = g_ptr_array_new ();
      seen[t] = g_hash_table_new (g_str_hash, g_str_equal);
    }

  for (guint i = 0; series->n_periods > 0 && i < n_casualties; i++)
    {
      const PkcCasualtyRecord *c = pkc_dataset_get_casualty (dataset, i);
      PkcDate date = pkc_casualty_record_get_date (c);
      int p = pkc_casualty_series_period_of (series, &date);
      const char *source;
      gsize cell;

      if (p < 0 || (guint) c->personnel >= PKC_N_PERSONNEL ||
          !(personnel_mask & (1u << c->personnel)) || (guint) c->incident >= PKC_N_INCIDENTS)
        continue;
      if ((from != NULL && pkc_date_compare (&date, from) < 0) ||
          (to != NULL && pkc_date_compare (&date, to) > 0))
        continue;
      source = pkc_dataset_get_casualty_source (dataset, c);
      cell = (gsize) p * PKC_N_INCIDENTS + c->incident;
      if (bins->cell_source[cell] == NULL)
        bins->cell_source[cell] = source;
      else if (g_strcmp0 (bins->cell_source[cell], source) != 0)
        bins->cell_mixed[cell] = TRUE;
      if (source != NULL && g_hash_table_add (seen[c->incident], (gpointer) source))
        g_ptr_array_add (bins->sources[c->incident], (gpointer) source);
    }
  for (guint t = 0; t < PKC_N_INCIDENTS; t++)
    g_hash_table_unref (seen[t]);
}

static PkcCasualtyBins *
bins_new (PkcDataset    *dataset,
          PkcInterval    interval,
          guint          personnel_mask,
          const PkcDate *from,
          const PkcDate *to)
{
  PkcCasualtyBins *bins = g_atomic_rc_box_new0 (PkcCasualtyBins);

  bins->series = pkc_casualty_series_new (dataset, interval, personnel_mask, from, to);
  collect_sources (bins, dataset, personnel_mask, from, to);
  return bins;
}

static Cache *
cache_for (PkcDataset *dataset)
{
  Cache *cache = g_object_get_data (G_OBJECT (dataset), "pkc-casualty-bins");
  guint n_records = pkc_dataset_get_n_casualties (dataset);

  if (cache != NULL && cache->n_records == n_records)
    return cache;
  cache = g_new0 (Cache, 1);
  cache->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (cache->entries, (GDestroyNotify) entry_clear);
  cache->n_records = n_records;
  g_object_set_data_full (G_OBJECT (dataset), "pkc-casualty-bins", cache,
                          (GDestroyNotify) cache_free);
  return cache;
}

PkcCasualtyBins *
pkc_casualty_bins_get (PkcDataset    *dataset,
                       PkcInterval    interval,
                       guint          personnel_mask,
                       const PkcDate *from,
                       const PkcDate *to)
{
  g_autoptr(GMutexLocker) locker = NULL;
  PkcDate key_from = date_or_unset (from), key_to = date_or_unset (to);
  Entry entry;
  Cache *cache;

  g_return_val_if_fail (PKC_IS_DATASET (dataset), NULL);

  locker = g_mutex_locker_new (&cache_lock);
  cache = cache_for (dataset);
  for (guint i = 0; i < cache->entries->len; i++)
    {
      Entry *e = &g_array_index (cache->entries, Entry, i);

      if (e->interval == interval && e->personnel_mask == personnel_mask &&
          same_date (&e->from, &key_from) && same_date (&e->to, &key_to))
        {
          entry = *e;
          /* Most recently used last; the array's clear func must not run on the move. */
          g_array_set_clear_func (cache->entries, NULL);
          g_array_remove_index (cache->entries, i);
          g_array_append_val (cache->entries, entry);
          g_array_set_clear_func (cache->entries, (GDestroyNotify) entry_clear);
          return g_atomic_rc_box_acquire (entry.bins);
        }
    }

  entry = (Entry) {
    .interval = interval, .personnel_mask = personnel_mask, .from = key_from, .to = key_to,
    .bins = bins_new (dataset, interval, personnel_mask,
                      pkc_date_is_set (&key_from) ? &key_from : NULL,
                      pkc_date_is_set (&key_to) ? &key_to : NULL),
  };
  cache->n_passes++;
  if (cache->entries->len == MAX_CACHED)
    g_array_remove_index (cache->entries, 0);
  g_array_append_val (cache->entries, entry);
  return g_atomic_rc_box_acquire (entry.bins);
}

guint
_pkc_casualty_bins_get_n_passes (PkcDataset *dataset)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&cache_lock);
  Cache *cache;

  g_return_val_if_fail (PKC_IS_DATASET (dataset), 0);
  cache = g_object_get_data (G_OBJECT (dataset), "pkc-casualty-bins");
  return cache != NULL ? cache->n_passes : 0;
}
