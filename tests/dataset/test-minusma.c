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

#include "pkc-loader.h"
#include "pkc-series.h"

static PkcDataset *
load_shipped (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data",
                                            "minusma.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PkcDataset *dataset = pkc_loader_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

/* Splits one CSV record (no embedded newlines in this file) honouring quotes. */
static GStrv
split_csv_line (const char *line)
{
  g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; *p != '\0' && *p != '\r' && *p != '\n'; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        quoted = !quoted;
      else if (*p == ',' && !quoted)
        {
          g_strv_builder_add (fields, field->str);
          g_string_truncate (field, 0);
        }
      else
        g_string_append_c (field, *p);
    }
  g_strv_builder_add (fields, field->str);
  return g_strv_builder_end (fields);
}

typedef struct {
  guint  rows;
  guint  malicious;
  guint  per_year[2030 - 2013];
  GPtrArray *ids; /* casualty_id in file order */
} UnMinusma;

static void
read_un_csv (UnMinusma *un)
{
  g_autofree char *path = g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data", "un",
                                            "un-peacekeeping-fatalities.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  /* The file is part of the repository: its absence is a failure, not a skip. */
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  memset (un, 0, sizeof *un);
  un->ids = g_ptr_array_new_with_free_func (g_free);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;
      guint year;

      if (lines[i][0] == '\0')
        continue;
      f = split_csv_line (lines[i]);
      g_assert_cmpuint (g_strv_length (f), ==, 12);
      if (g_strcmp0 (g_strstrip (f[3]), "MINUSMA") != 0)
        continue;

      un->rows++;
      year = (guint) g_ascii_strtoull (f[1], NULL, 10);
      g_assert_cmpuint (year, >=, 2013);
      g_assert_cmpuint (year, <, 2030);
      un->per_year[year - 2013]++;
      if (g_str_equal (g_strstrip (f[8]), "Malicious Act"))
        un->malicious++;
      g_ptr_array_add (un->ids, g_strdup (g_strstrip (f[2])));
    }
}

static void
test_casualties_match_un_data (void)
{
  g_autoptr(PkcDataset) dataset = load_shipped ();
  g_autoptr(PkcCasualtySeries) years = NULL;
  GPtrArray *casualties = pkc_dataset_get_casualties (dataset);
  g_autoptr(GHashTable) shipped_ids = g_hash_table_new (g_str_hash, g_str_equal);
  UnMinusma un;
  guint malicious = 0;

  read_un_csv (&un);
  g_assert_cmpuint (un.rows, ==, 311);
  g_assert_cmpuint (un.malicious, ==, 174);

  g_assert_cmpuint (casualties->len, ==, un.rows);
  for (guint i = 0; i < casualties->len; i++)
    {
      const PkcCasualty *c = g_ptr_array_index (casualties, i);

      malicious += c->incident == PKC_INCIDENT_MALICIOUS_ACT;
      g_assert_cmpstr (c->source, ==, "un-fatalities");
      g_assert_nonnull (c->id);
      g_hash_table_add (shipped_ids, c->id);
    }
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
  g_autoptr(PkcDataset) dataset = load_shipped ();
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
  g_autoptr(PkcDataset) dataset = load_shipped ();
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
  g_autoptr(PkcDataset) dataset = load_shipped ();
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
  EACH (pkc_dataset_get_casualties, PkcCasualty, source)
  EACH (pkc_dataset_get_bases, PkcBase, source)
  EACH (pkc_dataset_get_events, PkcEvent, source)
#undef EACH

  /* every event speaks the three languages of the app */
  a = pkc_dataset_get_events (dataset);
  for (guint i = 0; i < a->len; i++)
    for (PkcLang lang = 0; lang < PKC_N_LANGS; lang++)
      g_assert_nonnull (((const PkcEvent *) g_ptr_array_index (a, i))->label.text[lang]);
}

static void
test_conflicting_observations_keep_one_preferred (void)
{
  g_autoptr(PkcDataset) dataset = load_shipped ();
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

  return g_test_run ();
}
