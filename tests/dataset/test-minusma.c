/* test-minusma.c — the shipped MINUSMA dataset against the UN's own open data
 *
 * Every figure here is recomputed from data/un/un-peacekeeping-fatalities.csv or
 * read from data/minusma.xml; nothing is typed in from the dataset itself except the
 * facts the issue fixes (resolution ceilings, Kidal's place in the closure order).
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "dataset-test-util.h"
#include "pkc-loader.h"
#include "pkc-series.h"

typedef struct {
  guint  rows;
  guint  malicious;
  guint  per_year[2030 - 2013];
  GPtrArray *ids; /* casualty_id in file order */
} UnMinusma;

static void
read_un_csv (UnMinusma *un)
{
  g_autoptr(GPtrArray) rows = test_un_rows ("MINUSMA");

  memset (un, 0, sizeof *un);
  un->ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < rows->len; i++)
    {
      GStrv f = g_ptr_array_index (rows, i);
      guint year = (guint) g_ascii_strtoull (f[1], NULL, 10);

      un->rows++;
      g_assert_cmpuint (year, >=, 2013);
      g_assert_cmpuint (year, <, 2030);
      un->per_year[year - 2013]++;
      if (g_str_equal (f[8], "Malicious Act"))
        un->malicious++;
      g_ptr_array_add (un->ids, g_strdup (f[2]));
    }
}

static void
test_casualties_match_un_data (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_minusma ();
  g_autoptr(PkcCasualtySeries) years = NULL;
  guint n_casualties = pkc_dataset_get_n_casualties (dataset);
  g_autoptr(GPtrArray) ids = pkc_test_shipped_casualty_ids ("minusma.xml");
  g_autoptr(GHashTable) shipped_ids = g_hash_table_new (g_str_hash, g_str_equal);
  UnMinusma un;
  guint malicious = 0;

  read_un_csv (&un);
  g_assert_cmpuint (un.rows, ==, 311);
  g_assert_cmpuint (un.malicious, ==, 174);

  g_assert_cmpuint (n_casualties, ==, un.rows);
  for (guint i = 0; i < n_casualties; i++)
    {
      const PkcCasualtyRecord *c = pkc_dataset_get_casualty (dataset, i);

      malicious += c->incident == PKC_INCIDENT_MALICIOUS_ACT;
      g_assert_cmpstr (pkc_dataset_get_casualty_source (dataset, c), ==, "un-fatalities");
    }
  /* every record has an id */
  g_assert_cmpuint (ids->len, ==, n_casualties);
  for (guint i = 0; i < ids->len; i++)
    g_hash_table_add (shipped_ids, g_ptr_array_index (ids, i));
  g_assert_cmpuint (malicious, ==, un.malicious);

  /* the very same deaths: every UN casualty_id is in the file */
  for (guint i = 0; i < un.ids->len; i++)
    g_assert_true (g_hash_table_contains (shipped_ids, g_ptr_array_index (un.ids, i)));

  /* per-year figures, as the chart and --print-data compute them */
  years = pkc_casualty_series_new (dataset, PKC_INTERVAL_YEAR, PKC_PERSONNEL_ALL, NULL, NULL);
  g_assert_cmpuint (years->grand_total, ==, 311);
  for (guint p = 0; p < years->n_periods; p++)
    g_assert_cmpuint (years->totals[p], ==, un.per_year[years->period_start[p].year - 2013]);

  g_ptr_array_unref (un.ids);
}

static const PkcCeiling *
find_ceiling (PkcDataset *dataset,
              guint       resolution)
{
  GPtrArray *ceilings = pkc_dataset_get_ceilings (dataset);

  for (guint i = 0; i < ceilings->len; i++)
    {
      const PkcCeiling *c = g_ptr_array_index (ceilings, i);
      if (c->resolution == resolution)
        return c;
    }
  return NULL;
}

static void
test_ceilings (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_minusma ();
  const PkcCeiling *c2100 = find_ceiling (dataset, 2100);
  const PkcCeiling *c2295 = find_ceiling (dataset, 2295);
  const PkcCeiling *c2690 = find_ceiling (dataset, 2690);
  g_autofree char *adopted = NULL;

  g_assert_nonnull (c2100);
  g_assert_cmpint (c2100->military, ==, 11200);
  g_assert_cmpint (c2100->police, ==, 1440);   /* not the Dutch seed's 1.140 typo */
  adopted = pkc_date_to_iso (&c2100->adopted);
  g_assert_cmpstr (adopted, ==, "2013-04-25");

  g_assert_nonnull (c2295);
  g_assert_cmpint (c2295->military, ==, 13289);
  g_assert_cmpint (c2295->police, ==, 1920);

  /* 2690 ended the mandate and set no numeric ceiling */
  g_assert_nonnull (c2690);
  g_assert_cmpint (c2690->military, ==, PKC_COUNT_NONE);

  /* every resolution from 2100 to 2690 is there */
  g_assert_cmpuint (pkc_dataset_get_ceilings (dataset)->len, ==, 11);
}

static void
test_bases (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_minusma ();
  GPtrArray *bases = pkc_dataset_get_bases (dataset);
  const PkcBase *kidal;
  g_autofree char *kidal_date = NULL;

  g_assert_cmpuint (bases->len, ==, 13);
  for (guint i = 0; i < bases->len; i++)
    {
      const PkcBase *b = g_ptr_array_index (bases, i);

      g_assert_cmpuint (b->order, ==, i + 1);
      /* never a guess: unknown dates carry no date, disputed ones name alternatives */
      if (b->closure_status == PKC_CLOSURE_UNKNOWN)
        g_assert_false (pkc_date_is_set (&b->closure_date));
      if (b->closure_status == PKC_CLOSURE_DISPUTED)
        g_assert_cmpuint (b->alternatives->len, >, 0);
    }

  kidal = g_ptr_array_index (bases, 7);
  g_assert_cmpstr (kidal->name, ==, "Kidal");
  g_assert_cmpint (kidal->closure_status, ==, PKC_CLOSURE_KNOWN);
  kidal_date = pkc_date_to_iso (&kidal->closure_date);
  g_assert_cmpstr (kidal_date, ==, "2023-10-31");
}

static void
assert_sources_resolve (PkcDataset *dataset,
                        const char *refs)
{
  g_auto(GStrv) ids = NULL;

  g_assert_nonnull (refs);
  ids = g_strsplit (refs, " ", -1);
  g_assert_nonnull (ids[0]);
  for (guint i = 0; ids[i] != NULL; i++)
    g_assert_nonnull (pkc_dataset_lookup_source (dataset, ids[i]));
}

static void
test_every_record_has_a_source (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_minusma ();
  GPtrArray *a;

  assert_sources_resolve (dataset, pkc_dataset_get_mission_source (dataset));
#define EACH(getter, type, field)                                   \
  a = getter (dataset);                                             \
  g_assert_cmpuint (a->len, >, 0);                                  \
  for (guint i = 0; i < a->len; i++)                                \
    assert_sources_resolve (dataset, ((const type *) g_ptr_array_index (a, i))->field);
  EACH (pkc_dataset_get_ceilings, PkcCeiling, source)
  EACH (pkc_dataset_get_observations, PkcObservation, source)
  EACH (pkc_dataset_get_drawdowns, PkcDrawdown, source)
  EACH (pkc_dataset_get_bases, PkcBase, source)
  EACH (pkc_dataset_get_events, PkcEvent, source)
#undef EACH
  for (guint i = 0; i < pkc_dataset_get_n_casualties (dataset); i++)
    assert_sources_resolve (dataset, pkc_dataset_get_casualty_source (
                              dataset, pkc_dataset_get_casualty (dataset, i)));

  /* every event speaks the three languages of the app */
  a = pkc_dataset_get_events (dataset);
  for (guint i = 0; i < a->len; i++)
    for (PkcLang lang = 0; lang < PKC_N_LANGS; lang++)
      g_assert_nonnull (((const PkcEvent *) g_ptr_array_index (a, i))->label.text[lang]);
}

static void
test_conflicting_observations_keep_one_preferred (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_minusma ();
  GPtrArray *obs = pkc_dataset_get_observations (dataset);
  guint not_preferred = 0;

  for (guint i = 0; i < obs->len; i++)
    {
      const PkcObservation *o = g_ptr_array_index (obs, i);

      if (!o->preferred)
        {
          not_preferred++;
          /* a non-preferred figure explains itself */
          g_assert_nonnull (o->note);
        }
    }
  g_assert_cmpuint (not_preferred, >=, 1);
  g_assert_cmpuint (obs->len, >=, 15);
}

static const PkcEvent *
event_on (PkcDataset *dataset,
          const char *iso)
{
  GPtrArray *events = pkc_dataset_get_events (dataset);

  for (guint i = 0; i < events->len; i++)
    {
      const PkcEvent *e = g_ptr_array_index (events, i);
      g_autofree char *date = pkc_date_to_iso (&e->date);

      if (g_strcmp0 (date, iso) == 0)
        return e;
    }
  return NULL;
}

static const PkcBase *
base_by_id (PkcDataset *dataset,
            const char *id)
{
  GPtrArray *bases = pkc_dataset_get_bases (dataset);

  for (guint i = 0; i < bases->len; i++)
    {
      const PkcBase *b = g_ptr_array_index (bases, i);

      if (g_strcmp0 (b->id, id) == 0)
        return b;
    }
  return NULL;
}

/* Gao known to the month, Bamako disputed, Ogossagou placed approximately. */
static void
test_closure_corrections (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_minusma ();
  const PkcBase *gao = base_by_id (dataset, "gao");
  const PkcBase *bamako = base_by_id (dataset, "bamako");
  const PkcBase *ogossagou = base_by_id (dataset, "ogossagou");
  g_autofree char *gao_date = NULL, *bamako_date = NULL, *bamako_alt = NULL;

  g_assert_nonnull (gao);
  g_assert_cmpint (gao->closure_status, ==, PKC_CLOSURE_KNOWN);
  g_assert_cmpint (gao->closure_date.precision, ==, PKC_DATE_PRECISION_MONTH);
  gao_date = pkc_date_to_iso (&gao->closure_date);
  g_assert_cmpstr (gao_date, ==, "2024-07");

  g_assert_nonnull (bamako);
  g_assert_cmpint (bamako->closure_status, ==, PKC_CLOSURE_DISPUTED);
  bamako_date = pkc_date_to_iso (&bamako->closure_date);
  g_assert_cmpstr (bamako_date, ==, "2024-11-15");
  g_assert_cmpuint (bamako->alternatives->len, ==, 1);
  bamako_alt = pkc_date_to_iso (&g_array_index (bamako->alternatives, PkcAlternativeDate, 0).date);
  g_assert_cmpstr (bamako_alt, ==, "2023-12-11");
  /* A city point, not the camp: said so. */
  g_assert_true (bamako->approximate);

  g_assert_nonnull (ogossagou);
  g_assert_true (ogossagou->has_coordinates);
  g_assert_true (ogossagou->approximate);
  g_assert_cmpfloat_with_epsilon (ogossagou->lat, 13.97, 0.05);
  g_assert_cmpfloat_with_epsilon (ogossagou->lon, -3.63, 0.05);
}

/* The 15,200 authorised total is not a deployed figure; totals are uniformed where the
 * military and police parts are given (no false jump in 2017); the year-only 2013 figure
 * never counts from before the mission's start. */
static void
test_strength_corrections (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_minusma ();
  GPtrArray *obs = pkc_dataset_get_observations (dataset);
  PkcDate start = pkc_dataset_get_start (dataset), first;

  for (guint i = 0; i < obs->len; i++)
    {
      const PkcObservation *o = g_ptr_array_index (obs, i);

      g_assert_false (o->total == 15200 && o->preferred);
      if (o->total != PKC_COUNT_NONE && o->military != PKC_COUNT_NONE &&
          o->police != PKC_COUNT_NONE)
        g_assert_cmpint (o->total, ==, o->military + o->police);
    }
  g_assert_true (pkc_dataset_get_date_range (dataset, &first, NULL));
  g_assert_cmpint (pkc_date_compare (&first, &start), ==, 0);
}

static void
test_coups_and_wording (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_minusma ();
  const PkcEvent *coup = event_on (dataset, "2020-08-18");
  const PkcEvent *coup2 = event_on (dataset, "2021-05-24");
  const PkcEvent *r2690 = event_on (dataset, "2023-06-30");
  const PkcEvent *kidal = event_on (dataset, "2023-10-31");
  const PkcEvent *kidal_camp = event_on (dataset, "2016-02-12");
  const PkcEvent *patrol = event_on (dataset, "2015-07-02");

  g_assert_nonnull (coup);
  g_assert_nonnull (strstr (coup->label.text[PKC_LANG_EN], "Kati"));
  g_assert_null (event_on (dataset, "2020"));
  g_assert_nonnull (coup2);
  g_assert_nonnull (strstr (r2690->label.text[PKC_LANG_NL], "uiterlijk 31 december"));
  g_assert_nonnull (strstr (kidal->label.text[PKC_LANG_EN], "the eighth of its 13 bases to close"));
  g_assert_nonnull (strstr (kidal_camp->label.text[PKC_LANG_FR],
                            "dont un mort de ses blessures le 15 février"));
  g_assert_nonnull (strstr (patrol->label.text[PKC_LANG_EN], "between Goundam and Timbuktu"));
}

/* Every record's sources, as one space-separated list per record. */
static GPtrArray *
record_source_lists (PkcDataset *dataset)
{
  GPtrArray *lists = g_ptr_array_new ();
  GPtrArray *a;

  g_ptr_array_add (lists, (gpointer) pkc_dataset_get_mission_source (dataset));
#define EACH(getter, type, field)                                   \
  a = getter (dataset);                                             \
  for (guint i = 0; i < a->len; i++)                                \
    g_ptr_array_add (lists, ((type *) g_ptr_array_index (a, i))->field);
  EACH (pkc_dataset_get_ceilings, PkcCeiling, source)
  EACH (pkc_dataset_get_observations, PkcObservation, source)
  EACH (pkc_dataset_get_drawdowns, PkcDrawdown, source)
  EACH (pkc_dataset_get_bases, PkcBase, source)
  EACH (pkc_dataset_get_bases, PkcBase, closure_source)
  EACH (pkc_dataset_get_events, PkcEvent, source)
#undef EACH
  for (guint i = 0; i < pkc_dataset_get_n_casualties (dataset); i++)
    assert_sources_resolve (dataset, pkc_dataset_get_casualty_source (
                              dataset, pkc_dataset_get_casualty (dataset, i)));
  a = pkc_dataset_get_bases (dataset);
  for (guint i = 0; i < a->len; i++)
    {
      GArray *alts = ((PkcBase *) g_ptr_array_index (a, i))->alternatives;

      for (guint j = 0; j < alts->len; j++)
        g_ptr_array_add (lists, g_array_index (alts, PkcAlternativeDate, j).source);
    }
  return lists;
}

/* Every source says what it is, and a mirror never backs a record alone. */
static void
test_mirrors_never_alone (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_minusma ();
  GPtrArray *sources = pkc_dataset_get_sources (dataset);
  g_autoptr(GPtrArray) lists = record_source_lists (dataset);
  guint primary = 0;

  for (guint i = 0; i < sources->len; i++)
    {
      const PkcSource *source = g_ptr_array_index (sources, i);

      g_assert_cmpint (source->kind, !=, PKC_SOURCE_KIND_UNSPECIFIED);
      primary += source->kind == PKC_SOURCE_KIND_PRIMARY_UN;
    }
  g_assert_cmpuint (primary, >=, 20);

  for (guint i = 0; i < lists->len; i++)
    {
      g_auto(GStrv) ids = g_strsplit (g_ptr_array_index (lists, i) != NULL ? g_ptr_array_index (lists, i) : "", " ", -1);
      gboolean mirror = FALSE, other = FALSE;

      for (guint j = 0; ids[j] != NULL; j++)
        {
          const PkcSource *source = pkc_dataset_lookup_source (dataset, ids[j]);

          if (source == NULL)
            continue;
          if (source->kind == PKC_SOURCE_KIND_MIRROR)
            mirror = TRUE;
          else
            other = TRUE;
        }
      if (mirror && !other)
        g_error ("a record cites only mirrors: %s", (const char *) g_ptr_array_index (lists, i));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/minusma/casualties-match-un-data", test_casualties_match_un_data);
  g_test_add_func ("/minusma/ceilings", test_ceilings);
  g_test_add_func ("/minusma/bases", test_bases);
  g_test_add_func ("/minusma/sources-resolve", test_every_record_has_a_source);
  g_test_add_func ("/minusma/observations-preferred",
                   test_conflicting_observations_keep_one_preferred);
  g_test_add_func ("/minusma/closure-corrections", test_closure_corrections);
  g_test_add_func ("/minusma/strength-corrections", test_strength_corrections);
  g_test_add_func ("/minusma/coups-and-wording", test_coups_and_wording);
  g_test_add_func ("/minusma/mirrors-never-alone", test_mirrors_never_alone);

  return g_test_run ();
}
