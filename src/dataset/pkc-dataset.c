/* pkc-dataset.c — the in-memory model of one mission's dataset
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pkc-casualty-store.h"
#include "pkc-dataset.h"
#include "pkc-dataset-private.h"

struct _PkcDataset
{
  GObject parent_instance;

  /* Owned */
  char             *acronym;
  PkcLocalizedText  name;
  PkcDate           start;
  PkcDate           end;
  char             *mission_source;
  char             *display_name;
  char             *country;       /* ISO 3166-1 alpha-3, nullable */
  PkcLocalizedText  country_names; /* all NULL when not given */
  GArray           *regions;       /* of PkcLocalizedText */
  GHashTable       *sections;      /* set of section element names */
  GHashTable       *sources_by_id; /* id → PkcSource (borrowed from sources) */
  GPtrArray        *sources;
  GPtrArray        *ceilings;
  GPtrArray        *observations;
  GPtrArray        *drawdowns;
  PkcCasualtyStore *casualties;    /* pkc-casualties.c */
  GPtrArray        *bases;
  GPtrArray        *events;
};

G_DEFINE_FINAL_TYPE (PkcDataset, pkc_dataset, G_TYPE_OBJECT)

static void
pkc_dataset_finalize (GObject *object)
{
  PkcDataset *self = PKC_DATASET (object);

  g_clear_pointer (&self->acronym, g_free);
  pkc_localized_text_clear (&self->name);
  g_clear_pointer (&self->mission_source, g_free);
  g_clear_pointer (&self->display_name, g_free);
  g_clear_pointer (&self->country, g_free);
  pkc_localized_text_clear (&self->country_names);
  g_clear_pointer (&self->regions, g_array_unref);
  g_clear_pointer (&self->sections, g_hash_table_unref);
  g_clear_pointer (&self->sources_by_id, g_hash_table_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_pointer (&self->ceilings, g_ptr_array_unref);
  g_clear_pointer (&self->observations, g_ptr_array_unref);
  g_clear_pointer (&self->drawdowns, g_ptr_array_unref);
  g_clear_pointer (&self->casualties, pkc_casualty_store_free);
  g_clear_pointer (&self->bases, g_ptr_array_unref);
  g_clear_pointer (&self->events, g_ptr_array_unref);

  G_OBJECT_CLASS (pkc_dataset_parent_class)->finalize (object);
}

static void
pkc_dataset_class_init (PkcDatasetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pkc_dataset_finalize;
}

static void
pkc_dataset_init (PkcDataset *self)
{
  self->sections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sources_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) pkc_source_free);
  self->ceilings = g_ptr_array_new_with_free_func ((GDestroyNotify) pkc_ceiling_free);
  self->observations = g_ptr_array_new_with_free_func ((GDestroyNotify) pkc_observation_free);
  self->drawdowns = g_ptr_array_new_with_free_func ((GDestroyNotify) pkc_drawdown_free);
  self->casualties = pkc_casualty_store_new ();
  self->bases = g_ptr_array_new_with_free_func ((GDestroyNotify) pkc_base_free);
  self->events = g_ptr_array_new_with_free_func ((GDestroyNotify) pkc_event_free);
  self->display_name = g_strdup ("");
  self->regions = g_array_new (FALSE, TRUE, sizeof (PkcLocalizedText));
  g_array_set_clear_func (self->regions, (GDestroyNotify) pkc_localized_text_clear);
}

PkcDataset *
pkc_dataset_new (void)
{
  return g_object_new (PKC_TYPE_DATASET, NULL);
}

void
pkc_dataset_set_mission (PkcDataset *self,
                         const char *acronym,
                         PkcDate     start,
                         PkcDate     end,
                         const char *source)
{
  g_return_if_fail (PKC_IS_DATASET (self));

  g_free (self->acronym);
  self->acronym = g_strdup (acronym);
  self->start = start;
  self->end = end;
  g_free (self->mission_source);
  self->mission_source = g_strdup (source);
}

void
pkc_dataset_set_mission_name (PkcDataset *self,
                              PkcLang     lang,
                              const char *name)
{
  g_return_if_fail (PKC_IS_DATASET (self));
  g_return_if_fail ((guint) lang < PKC_N_LANGS);

  g_free (self->name.text[lang]);
  self->name.text[lang] = g_strdup (name);
}

void
pkc_dataset_set_display_name (PkcDataset *self,
                              const char *display_name)
{
  g_return_if_fail (PKC_IS_DATASET (self));

  g_free (self->display_name);
  self->display_name = g_strdup (display_name != NULL ? display_name : "");
}

void
pkc_dataset_set_country (PkcDataset *self,
                         const char *iso3)
{
  g_return_if_fail (PKC_IS_DATASET (self));

  g_free (self->country);
  self->country = g_strdup (iso3);
}

const char *
pkc_dataset_get_country (PkcDataset *self)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  return self->country;
}

void
pkc_dataset_set_country_names (PkcDataset       *self,
                               PkcLocalizedText *names)
{
  g_return_if_fail (PKC_IS_DATASET (self));
  g_return_if_fail (names != NULL && names->text[PKC_LANG_EN] != NULL);

  pkc_localized_text_clear (&self->country_names);
  self->country_names = *names;
  memset (names, 0, sizeof *names);
}

const char *
pkc_dataset_get_country_name (PkcDataset *self,
                              PkcLang     lang)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);

  if (self->country_names.text[PKC_LANG_EN] == NULL)
    return NULL;
  return pkc_localized_text_get (&self->country_names, lang);
}

void
pkc_dataset_add_region (PkcDataset       *self,
                        PkcLocalizedText *names)
{
  g_return_if_fail (PKC_IS_DATASET (self));
  g_return_if_fail (names != NULL && names->text[PKC_LANG_EN] != NULL);

  g_array_append_val (self->regions, *names);
  memset (names, 0, sizeof *names);
}

const char *
pkc_dataset_get_region_name (PkcDataset *self,
                             const char *region,
                             PkcLang     lang)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), region);

  for (guint i = 0; region != NULL && i < self->regions->len; i++)
    {
      const PkcLocalizedText *names = &g_array_index (self->regions, PkcLocalizedText, i);

      if (strcmp (names->text[PKC_LANG_EN], region) == 0)
        return pkc_localized_text_get (names, lang);
    }
  return region;
}

void
pkc_dataset_add_source (PkcDataset *self,
                        PkcSource  *source)
{
  g_return_if_fail (PKC_IS_DATASET (self));
  g_return_if_fail (source != NULL && source->id != NULL);

  g_ptr_array_add (self->sources, source);
  /* The first declaration wins; the loader rejects duplicates anyway. */
  if (!g_hash_table_contains (self->sources_by_id, source->id))
    g_hash_table_insert (self->sources_by_id, source->id, source);
}

#define DEFINE_ADD(Type, name, array)                        \
  void                                                       \
  pkc_dataset_add_##name (PkcDataset *self,                  \
                          Type       *record)                \
  {                                                          \
    g_return_if_fail (PKC_IS_DATASET (self));                \
    g_return_if_fail (record != NULL);                       \
    g_ptr_array_add (self->array, record);                   \
  }

DEFINE_ADD (PkcObservation, observation, observations)
DEFINE_ADD (PkcDrawdown, drawdown, drawdowns)
DEFINE_ADD (PkcBase, base, bases)
DEFINE_ADD (PkcEvent, event, events)

#undef DEFINE_ADD

PkcCasualtyStore *
_pkc_dataset_get_casualty_store (PkcDataset *self)
{
  return self->casualties;
}

void
pkc_dataset_add_ceiling (PkcDataset *self,
                         PkcCeiling *ceiling)
{
  g_return_if_fail (PKC_IS_DATASET (self));
  g_return_if_fail (ceiling != NULL);

  /* A ceiling built without an effective date applies from its adoption. */
  if (!pkc_date_is_set (&ceiling->effective))
    ceiling->effective = ceiling->adopted;
  g_ptr_array_add (self->ceilings, ceiling);
}

void
pkc_dataset_mark_section (PkcDataset *self,
                          const char *section)
{
  g_return_if_fail (PKC_IS_DATASET (self));
  g_return_if_fail (section != NULL);

  g_hash_table_add (self->sections, g_strdup (section));
}

/* g_ptr_array_sort() is stable, so records with equal keys keep their file order. */
static int
compare_ceilings (gconstpointer a,
                  gconstpointer b)
{
  const PkcCeiling *x = *(const PkcCeiling * const *) a;
  const PkcCeiling *y = *(const PkcCeiling * const *) b;

  return pkc_date_compare (&x->effective, &y->effective);
}

/* A month- or year-only date is some day in its span. Where that span holds the mission's
 * start (a figure dated "2013" for a mission begun on 25 April 2013), the record cannot be
 * earlier than the start: it sorts, and widens the date range, from the start. */
static PkcDate
not_before_start (const PkcDate *date,
                  const PkcDate *start)
{
  gboolean same_span;

  if (!pkc_date_is_set (start) || date->precision == PKC_DATE_PRECISION_DAY ||
      date->precision == PKC_DATE_PRECISION_NONE || pkc_date_compare (date, start) >= 0)
    return *date;
  same_span = date->year == start->year &&
              (date->precision == PKC_DATE_PRECISION_YEAR || date->month == start->month);
  return same_span ? *start : *date;
}

static int
compare_observations (gconstpointer a,
                      gconstpointer b,
                      gpointer      start)
{
  const PkcObservation *x = *(const PkcObservation * const *) a;
  const PkcObservation *y = *(const PkcObservation * const *) b;
  PkcDate dx = not_before_start (&x->date, start), dy = not_before_start (&y->date, start);

  return pkc_date_compare (&dx, &dy);
}

static int
compare_drawdowns (gconstpointer a,
                   gconstpointer b)
{
  const PkcDrawdown *x = *(const PkcDrawdown * const *) a;
  const PkcDrawdown *y = *(const PkcDrawdown * const *) b;

  return pkc_date_compare (&x->date, &y->date);
}

static int
compare_bases (gconstpointer a,
               gconstpointer b)
{
  const PkcBase *x = *(const PkcBase * const *) a;
  const PkcBase *y = *(const PkcBase * const *) b;

  return (x->order > y->order) - (x->order < y->order);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const PkcEvent *x = *(const PkcEvent * const *) a;
  const PkcEvent *y = *(const PkcEvent * const *) b;

  return pkc_date_compare (&x->date, &y->date);
}

/* Also sorts ceilings by adoption date (ceiling_at relies on it) and drawdowns by date. */
void
pkc_dataset_finish (PkcDataset *self)
{
  g_return_if_fail (PKC_IS_DATASET (self));

  g_ptr_array_sort (self->ceilings, compare_ceilings);
  g_ptr_array_sort_with_data (self->observations, compare_observations, &self->start);
  g_ptr_array_sort (self->drawdowns, compare_drawdowns);
  pkc_casualty_store_sort (self->casualties);
  g_ptr_array_sort (self->bases, compare_bases);
  g_ptr_array_sort (self->events, compare_events);
}

const char *
pkc_dataset_get_acronym (PkcDataset *self)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  return self->acronym;
}

const char *
pkc_dataset_get_mission_name (PkcDataset *self,
                              PkcLang     lang)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  return pkc_localized_text_get (&self->name, lang);
}

const char *
pkc_dataset_get_mission_source (PkcDataset *self)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  return self->mission_source;
}

PkcDate
pkc_dataset_get_start (PkcDataset *self)
{
  PkcDate none = { 0, };

  g_return_val_if_fail (PKC_IS_DATASET (self), none);
  return self->start;
}

PkcDate
pkc_dataset_get_end (PkcDataset *self)
{
  PkcDate none = { 0, };

  g_return_val_if_fail (PKC_IS_DATASET (self), none);
  return self->end;
}

const char *
pkc_dataset_get_display_name (PkcDataset *self)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  return self->display_name;
}

gboolean
pkc_dataset_has_section (PkcDataset *self,
                         const char *section)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), FALSE);
  g_return_val_if_fail (section != NULL, FALSE);
  return g_hash_table_contains (self->sections, section);
}

GPtrArray *
pkc_dataset_get_sources (PkcDataset *self)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  return self->sources;
}

const PkcSource *
pkc_dataset_lookup_source (PkcDataset *self,
                           const char *id)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->sources_by_id, id);
}

GPtrArray *
pkc_dataset_get_ceilings (PkcDataset *self)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  return self->ceilings;
}

GPtrArray *
pkc_dataset_get_observations (PkcDataset *self)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  return self->observations;
}

GPtrArray *
pkc_dataset_get_drawdowns (PkcDataset *self)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  return self->drawdowns;
}

GPtrArray *
pkc_dataset_get_bases (PkcDataset *self)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  return self->bases;
}

GPtrArray *
pkc_dataset_get_events (PkcDataset *self)
{
  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  return self->events;
}

const PkcCeiling *
pkc_dataset_ceiling_at (PkcDataset    *self,
                        const PkcDate *date)
{
  const PkcCeiling *found = NULL;

  g_return_val_if_fail (PKC_IS_DATASET (self), NULL);
  g_return_val_if_fail (date != NULL, NULL);

  /* Scan rather than assume finish() ran: a handful of resolutions per mission. */
  for (guint i = 0; i < self->ceilings->len; i++)
    {
      const PkcCeiling *ceiling = g_ptr_array_index (self->ceilings, i);

      if (pkc_date_compare (&ceiling->effective, date) > 0)
        continue;
      if (found == NULL || pkc_date_compare (&ceiling->effective, &found->effective) >= 0)
        found = ceiling;
    }
  return found;
}

static void
widen (PkcDate       *first,
       PkcDate       *last,
       const PkcDate *record_date,
       const PkcDate *start)
{
  PkcDate date;

  if (!pkc_date_is_set (record_date))
    return;
  date = not_before_start (record_date, start);
  if (!pkc_date_is_set (first) || pkc_date_compare (&date, first) < 0)
    *first = date;
  if (!pkc_date_is_set (last) || pkc_date_compare (&date, last) > 0)
    *last = date;
}

/* The casualties' dates widen the range as their earliest and latest do (a million records
 * are not each turned into a date), unless the earliest moves to the start (a year or month
 * before it in the same span): the earliest of the others may then be earlier still. */
static void
widen_casualties (PkcDate                *first,
                  PkcDate                *last,
                  const PkcCasualtyStore *store,
                  const PkcDate          *start)
{
  guint lo, hi;
  PkcDate earliest, latest, moved;

  if (!pkc_casualty_store_get_extremes (store, &lo, &hi))
    return;
  earliest = pkc_casualty_record_get_date (pkc_casualty_store_get (store, lo));
  latest = pkc_casualty_record_get_date (pkc_casualty_store_get (store, hi));
  moved = not_before_start (&earliest, start);
  if (pkc_date_compare (&moved, &earliest) == 0)
    {
      widen (first, last, &earliest, start);
      widen (first, last, &latest, start);
      return;
    }
  for (guint i = 0; i < pkc_casualty_store_get_n (store); i++)
    {
      PkcDate date = pkc_casualty_record_get_date (pkc_casualty_store_get (store, i));

      widen (first, last, &date, start);
    }
}

gboolean
pkc_dataset_get_date_range (PkcDataset *self,
                            PkcDate    *out_first,
                            PkcDate    *out_last)
{
  PkcDate first = { 0, }, last = { 0, };

  g_return_val_if_fail (PKC_IS_DATASET (self), FALSE);

  widen (&first, &last, &self->start, &self->start);
  widen (&first, &last, &self->end, &self->start);
  for (guint i = 0; i < self->ceilings->len; i++)
    widen (&first, &last, &((PkcCeiling *) g_ptr_array_index (self->ceilings, i))->adopted,
           &self->start);
  for (guint i = 0; i < self->observations->len; i++)
    widen (&first, &last, &((PkcObservation *) g_ptr_array_index (self->observations, i))->date,
           &self->start);
  for (guint i = 0; i < self->drawdowns->len; i++)
    widen (&first, &last, &((PkcDrawdown *) g_ptr_array_index (self->drawdowns, i))->date,
           &self->start);
  widen_casualties (&first, &last, self->casualties, &self->start);
  for (guint i = 0; i < self->bases->len; i++)
    widen (&first, &last, &((PkcBase *) g_ptr_array_index (self->bases, i))->closure_date,
           &self->start);
  for (guint i = 0; i < self->events->len; i++)
    widen (&first, &last, &((PkcEvent *) g_ptr_array_index (self->events, i))->date,
           &self->start);

  if (out_first != NULL)
    *out_first = first;
  if (out_last != NULL)
    *out_last = last;
  return pkc_date_is_set (&first);
}
