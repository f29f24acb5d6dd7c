/* test-monusco.c — the shipped MONUSCO dataset against the UN's data and the resolutions
 *
 * Casualty figures are recomputed here from data/un/un-peacekeeping-fatalities.csv; the
 * ceilings are the figures of the Security Council press releases (SC/12772 for 2348,
 * SC/15538 for 2717, MONUC's release on 1925, resolution 2502's text as reported); the
 * closure order is the fact base's. Nothing else is typed in from the dataset itself.
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

#define FIRST_YEAR 2010
#define LAST_YEAR  2030

typedef struct {
  guint      rows;
  guint      malicious;
  guint      per_year[LAST_YEAR - FIRST_YEAR];
  GPtrArray *ids;   /* casualty_id */
} UnRows;

/* The UN rows whose mission_acronym is MONUSCO, in any case (as the importer matches). */
static void
read_un_csv (UnRows *un)
{
  g_autoptr(GPtrArray) rows = test_un_rows ("MONUSCO");

  memset (un, 0, sizeof *un);
  un->ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < rows->len; i++)
    {
      GStrv f = g_ptr_array_index (rows, i);
      guint year = (guint) g_ascii_strtoull (f[1], NULL, 10);

      un->rows++;
      g_assert_cmpuint (year, >=, FIRST_YEAR);
      g_assert_cmpuint (year, <, LAST_YEAR);
      un->per_year[year - FIRST_YEAR]++;
      if (g_str_equal (f[8], "Malicious Act"))
        un->malicious++;
      g_ptr_array_add (un->ids, g_strdup (f[2]));
    }
}

/* Exactly the UN's MONUSCO rows (not MONUC's): same count, same ids, same years. */
static void
test_casualties_match_un_data (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_monusco ();
  g_autoptr(PkcCasualtySeries) years = NULL;
  guint n_casualties = pkc_dataset_get_n_casualties (dataset);
  g_autoptr(GPtrArray) ids = pkc_test_shipped_casualty_ids ("monusco.xml");
  g_autoptr(GHashTable) shipped_ids = g_hash_table_new (g_str_hash, g_str_equal);
  UnRows un;
  guint malicious = 0;

  read_un_csv (&un);
  g_assert_cmpuint (un.rows, >, 0);
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
    {
      g_assert_true (g_str_has_prefix (g_ptr_array_index (ids, i), "MONUSCO-"));
      g_hash_table_add (shipped_ids, g_ptr_array_index (ids, i));
    }
  g_assert_cmpuint (malicious, ==, un.malicious);
  g_assert_cmpuint (g_hash_table_size (shipped_ids), ==, un.rows);
  for (guint i = 0; i < un.ids->len; i++)
    g_assert_true (g_hash_table_contains (shipped_ids, g_ptr_array_index (un.ids, i)));

  years = pkc_casualty_series_new (dataset, PKC_INTERVAL_YEAR, PKC_PERSONNEL_ALL, NULL, NULL);
  g_assert_cmpuint (years->grand_total, ==, un.rows);
  for (guint p = 0; p < years->n_periods; p++)
    g_assert_cmpuint (years->totals[p], ==, un.per_year[years->period_start[p].year - FIRST_YEAR]);

  g_ptr_array_unref (un.ids);
}

/* The ceiling in force on @date, with its resolution and figures. */
static void
assert_ceiling_on (PkcDataset *dataset,
                   const char *date,
                   guint       resolution,
                   int         military,
                   int         police)
{
  PkcDate d = test_date (date);
  const PkcCeiling *c = pkc_dataset_ceiling_at (dataset, &d);

  g_assert_nonnull (c);
  g_assert_cmpuint (c->resolution, ==, resolution);
  g_assert_cmpint (c->military, ==, military);
  g_assert_cmpint (c->police, ==, police);
}

/* Military = the troop ceiling; police = individual police + formed police units. */
static void
test_ceilings (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_monusco ();
  PkcDate start = pkc_dataset_get_start (dataset);
  g_autofree char *start_text = pkc_date_to_iso (&start);

  /* 1925: 19,815 military, 391 police + 1,050 formed police. */
  assert_ceiling_on (dataset, "2010-07-01", 1925, 19815, 391 + 1050);
  /* 2348: 16,215 military, police unchanged. */
  assert_ceiling_on (dataset, "2017-03-31", 2348, 16215, 391 + 1050);
  /* 2502: 14,000 military, police 591 + 1,050. */
  assert_ceiling_on (dataset, "2019-12-19", 2502, 14000, 591 + 1050);
  /* 2717: 13,500 and 591 + 1,410 until 30 June 2024; 11,500 and 443 + 1,270 from 1 July. */
  assert_ceiling_on (dataset, "2024-06-30", 2717, 13500, 591 + 1410);
  assert_ceiling_on (dataset, "2024-07-01", 2717, 11500, 443 + 1270);
  /* MONUC's consolidated ceiling before the transition, and MONUSCO from 1 July 2010. */
  assert_ceiling_on (dataset, "2010-06-30", 1925, 19815, 391 + 1050);
  assert_ceiling_on (dataset, "2009-06-01", 1856, 19815, 391 + 1050);
  g_assert_cmpstr (start_text, ==, "2010-07-01");
  g_assert_cmpstr (pkc_dataset_get_country (dataset), ==, "COD");
}

static const PkcBase *
base_named (PkcDataset *dataset,
            const char *name)
{
  GPtrArray *bases = pkc_dataset_get_bases (dataset);

  for (guint i = 0; i < bases->len; i++)
    {
      const PkcBase *b = g_ptr_array_index (bases, i);

      if (g_str_has_prefix (b->name, name))
        return b;
    }
  return NULL;
}

/* South Kivu in closure order, dates never going back; the handovers still pending last,
 * without a date; every base named in South Kivu, translated by the dataset. */
static void
test_south_kivu_order (void)
{
  static const char *const order[] = {
    "Kamanyola", "Amsar", "Bunyakiri", "Kavumu", "Baraka", "Sange", "Bukavu", "Rutemba",
    "Mikenge", "Minembwe", "Uvira",
  };
  g_autoptr(PkcDataset) dataset = pkc_test_load_monusco ();
  GPtrArray *bases = pkc_dataset_get_bases (dataset);
  PkcDate previous = { 0 };
  g_autofree char *kavumu = NULL;

  g_assert_cmpuint (bases->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < bases->len; i++)
    {
      const PkcBase *b = g_ptr_array_index (bases, i);

      g_assert_true (g_str_has_prefix (b->name, order[i]));
      g_assert_cmpuint (b->order, ==, i + 1);
      g_assert_cmpstr (b->region, ==, "South Kivu");
      if (b->closure_status == PKC_CLOSURE_PENDING)
        {
          g_assert_false (pkc_date_is_set (&b->closure_date));
          g_assert_nonnull (b->closure_source);
          continue;
        }
      g_assert_true (pkc_date_is_set (&b->closure_date));
      if (pkc_date_is_set (&previous))
        g_assert_cmpint (pkc_date_compare (&previous, &b->closure_date), <=, 0);
      previous = b->closure_date;
    }
  g_assert_cmpint (base_named (dataset, "Minembwe")->closure_status, ==, PKC_CLOSURE_PENDING);
  g_assert_cmpint (base_named (dataset, "Uvira")->closure_status, ==, PKC_CLOSURE_PENDING);
  g_assert_cmpint (base_named (dataset, "Rutemba")->closure_status, ==, PKC_CLOSURE_DISPUTED);
  /* The second pass corrected Kavumu: 25 April 2024, before Baraka. */
  kavumu = pkc_date_to_iso (&base_named (dataset, "Kavumu")->closure_date);
  g_assert_cmpstr (kavumu, ==, "2024-04-25");
  /* The three sites no coordinates were found for stay off the map. */
  g_assert_false (base_named (dataset, "Amsar")->has_coordinates);
  g_assert_false (base_named (dataset, "Rutemba")->has_coordinates);
  g_assert_false (base_named (dataset, "Mikenge")->has_coordinates);
  g_assert_cmpstr (pkc_dataset_get_region_name (dataset, "South Kivu", PKC_LANG_FR), ==, "Sud-Kivu");
  g_assert_cmpstr (pkc_dataset_get_region_name (dataset, "South Kivu", PKC_LANG_NL), ==, "Zuid-Kivu");
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
  EACH (pkc_dataset_get_bases, PkcBase, source)
  EACH (pkc_dataset_get_bases, PkcBase, closure_source)
  EACH (pkc_dataset_get_events, PkcEvent, source)
#undef EACH
  return lists;
}

/* Every record cites a declared source (the loader refuses others), every source says what
 * it is, a mirror never backs a record alone, and every source is cited. */
static void
test_sources (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_monusco ();
  GPtrArray *sources = pkc_dataset_get_sources (dataset);
  g_autoptr(GPtrArray) lists = record_source_lists (dataset);
  g_autoptr(GHashTable) cited = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < lists->len; i++)
    {
      const char *list = g_ptr_array_index (lists, i);
      g_auto(GStrv) ids = g_strsplit (list != NULL ? list : "", " ", -1);
      gboolean mirror = FALSE, other = FALSE;

      g_assert_nonnull (list);
      for (guint j = 0; ids[j] != NULL; j++)
        {
          const PkcSource *source = pkc_dataset_lookup_source (dataset, ids[j]);

          g_assert_nonnull (source);
          g_hash_table_add (cited, source->id);
          if (source->kind == PKC_SOURCE_KIND_MIRROR)
            mirror = TRUE;
          else
            other = TRUE;
        }
      if (mirror && !other)
        g_error ("a record cites only mirrors: %s", list);
    }
  /* The casualties cite the UN data. */
  g_hash_table_add (cited, (gpointer) "un-fatalities");
  for (guint i = 0; i < sources->len; i++)
    {
      const PkcSource *source = g_ptr_array_index (sources, i);

      g_assert_cmpint (source->kind, !=, PKC_SOURCE_KIND_UNSPECIFIED);
      g_assert_nonnull (source->url);
      if (!g_hash_table_contains (cited, source->id))
        g_error ("source %s is cited by no record", source->id);
    }
}

/* Events in the three languages, the transition marked on its day. */
static void
test_events (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_monusco ();
  GPtrArray *events = pkc_dataset_get_events (dataset);
  gboolean transition = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      const PkcEvent *e = g_ptr_array_index (events, i);
      g_autofree char *date = pkc_date_to_iso (&e->date);

      for (guint l = 0; l < PKC_N_LANGS; l++)
        g_assert_nonnull (e->label.text[l]);
      if (g_str_equal (date, "2010-07-01"))
        transition = strstr (e->label.text[PKC_LANG_EN], "MONUC") != NULL;
    }
  g_assert_true (transition);
  for (guint l = 0; l < PKC_N_LANGS; l++)
    g_assert_nonnull (pkc_dataset_get_country_name (dataset, (PkcLang) l));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/monusco/casualties-match-un-data", test_casualties_match_un_data);
  g_test_add_func ("/monusco/ceilings", test_ceilings);
  g_test_add_func ("/monusco/south-kivu-order", test_south_kivu_order);
  g_test_add_func ("/monusco/sources", test_sources);
  g_test_add_func ("/monusco/events", test_events);
  return g_test_run ();
}
