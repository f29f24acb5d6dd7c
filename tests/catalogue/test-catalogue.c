/* test-catalogue.c — the mission catalogue against the shipped UN CSVs
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pkc-catalogue.h"
#include "pkc-catalogue-private.h"

/* Counts computed here straight from the CSV text, without the app's CSV reader: the file
 * has no quoted fields (checked below), so a split on commas is exact. */
typedef struct {
  GHashTable *deaths;      /* acronym → count */
  GHashTable *by_year;     /* "ACRONYM/YEAR" → count */
  GHashTable *by_incident; /* "ACRONYM/Incident text" → count */
  guint       rows;
} Counts;

static char *
data_path (const char *name)
{
  const char *root = g_getenv ("PKC_SOURCE_ROOT");

  if (root == NULL)
    g_error ("PKC_SOURCE_ROOT is not set: run the tests through meson test");
  return g_build_filename (root, "data", "un", name, NULL);
}

static void
bump (GHashTable *table,
      char       *key)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (table, key));

  g_hash_table_replace (table, key, GUINT_TO_POINTER (n + 1));
}

static Counts *
count_csv (void)
{
  g_autofree char *path = data_path ("un-peacekeeping-fatalities.csv");
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  Counts *c = g_new0 (Counts, 1);

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (strchr (text, '"'));
  c->deaths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c->by_year = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c->by_incident = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lines = g_strsplit (text, "\n", -1);
  g_assert_cmpstr (g_strchomp (lines[0]), ==,
                   "id,incident_date,casualty_id,mission_acronym,type_of_casualty,gender,"
                   "casualty_nationality,casualty_personnel_type,type_of_incident,m49_code,"
                   "isocode3,last_update");
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (g_strchomp (lines[i]), ",", -1);

      if (f[0] == NULL || *f[0] == '\0')
        continue;
      g_assert_cmpuint (g_strv_length (f), ==, 12);
      c->rows++;
      bump (c->deaths, g_strdup (f[3]));
      bump (c->by_year, g_strdup_printf ("%s/%.4s", f[3], f[1]));
      bump (c->by_incident, g_strdup_printf ("%s/%s", f[3], f[8]));
    }
  return c;
}

static PkcCatalogue *
load_catalogue (void)
{
  g_autofree char *fpath = data_path ("un-peacekeeping-fatalities.csv");
  g_autofree char *mpath = data_path ("un-missions.csv");
  g_autoptr(GFile) ffile = g_file_new_for_path (fpath);
  g_autoptr(GFile) mfile = g_file_new_for_path (mpath);
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) f = G_INPUT_STREAM (g_file_read (ffile, NULL, &error));
  g_autoptr(GInputStream) m = NULL;
  PkcCatalogue *catalogue;

  g_assert_no_error (error);
  m = G_INPUT_STREAM (g_file_read (mfile, NULL, &error));
  g_assert_no_error (error);
  catalogue = pkc_catalogue_new (f, m, &error);
  g_assert_no_error (error);
  g_assert_nonnull (catalogue);
  return catalogue;
}

static const char *
incident_text (PkcIncident incident)
{
  static const char * const texts[PKC_N_INCIDENTS] = {
    "Malicious Act", "Accident", "Illness", "Self-Inflicted", "To Be Determined", "Unknown",
  };
  return texts[incident];
}

static void
test_every_acronym_and_total (void)
{
  g_autoptr(PkcCatalogue) catalogue = load_catalogue ();
  Counts *c = count_csv ();
  GPtrArray *missions = pkc_catalogue_get_missions (catalogue);
  GHashTableIter iter;
  gpointer key, value;
  guint sum = 0;

  g_assert_cmpuint (g_hash_table_size (c->deaths), ==, 81);
  g_assert_cmpuint (c->rows, ==, 4429);
  g_assert_cmpuint (missions->len, ==, 81);
  g_hash_table_iter_init (&iter, c->deaths);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const PkcMissionInfo *info = pkc_catalogue_lookup (catalogue, key);

      g_assert_nonnull (info);
      g_assert_cmpstr (info->acronym, ==, key);
      g_assert_cmpuint (info->deaths, ==, GPOINTER_TO_UINT (value));
      g_assert_cmpuint (_pkc_mission_info_count (info, 0, -1), ==, GPOINTER_TO_UINT (value));
      /* Every acronym is described by the shipped table. */
      g_assert_cmpint (info->kind, !=, PKC_MISSION_KIND_UNKNOWN);
      sum += info->deaths;
    }
  g_assert_cmpuint (sum, ==, 4429);
  for (guint i = 1; i < missions->len; i++)
    {
      const PkcMissionInfo *a = g_ptr_array_index (missions, i - 1);
      const PkcMissionInfo *b = g_ptr_array_index (missions, i);

      g_assert_cmpint (g_ascii_strcasecmp (a->acronym, b->acronym), <, 0);
    }
  g_assert_true (pkc_catalogue_lookup (catalogue, "unifil") ==
                 pkc_catalogue_lookup (catalogue, "UNIFIL"));
  g_assert_null (pkc_catalogue_lookup (catalogue, "UNKNOWNMISSION"));
  g_hash_table_unref (c->deaths);
  g_hash_table_unref (c->by_year);
  g_hash_table_unref (c->by_incident);
  g_free (c);
}

static void
test_years_and_incidents (void)
{
  g_autoptr(PkcCatalogue) catalogue = load_catalogue ();
  Counts *c = count_csv ();
  GPtrArray *missions = pkc_catalogue_get_missions (catalogue);
  guint checked_years = 0;

  for (guint i = 0; i < missions->len; i++)
    {
      const PkcMissionInfo *info = g_ptr_array_index (missions, i);
      guint span_sum = 0;

      g_assert_cmpuint (info->first_year, >=, 1948);
      g_assert_cmpuint (info->last_year, >=, info->first_year);
      for (guint year = 1940; year <= 2030; year++)
        {
          g_autofree char *key = g_strdup_printf ("%s/%u", info->acronym, year);
          guint expected = GPOINTER_TO_UINT (g_hash_table_lookup (c->by_year, key));
          guint by_type = 0;

          g_assert_cmpuint (_pkc_mission_info_count (info, year, -1), ==, expected);
          for (int t = 0; t < PKC_N_INCIDENTS; t++)
            by_type += _pkc_mission_info_count (info, year, t);
          g_assert_cmpuint (by_type, ==, expected);
          if (expected > 0)
            {
              g_assert_cmpuint (year, >=, info->first_year);
              g_assert_cmpuint (year, <=, info->last_year);
              checked_years++;
            }
          span_sum += expected;
        }
      g_assert_cmpuint (span_sum, ==, info->deaths);
      for (int t = 0; t < PKC_N_INCIDENTS; t++)
        {
          g_autofree char *key = g_strdup_printf ("%s/%s", info->acronym, incident_text (t));

          g_assert_cmpuint (_pkc_mission_info_count (info, 0, t), ==,
                            GPOINTER_TO_UINT (g_hash_table_lookup (c->by_incident, key)));
        }
    }
  g_assert_cmpuint (checked_years, >, 500);
  g_hash_table_unref (c->deaths);
  g_hash_table_unref (c->by_year);
  g_hash_table_unref (c->by_incident);
  g_free (c);
}

/* Dates checked against UN sources for this table (data/un/un-missions.md lists them). */
static const struct {
  const char *acronym;
  const char *established;
  const char *ended;  /* "" for ongoing */
} verified[] = {
  { "UNIFIL", "1978-03-19", "" },
  { "MINUSMA", "2013-04-25", "2023-06-30" },
  { "UNAMID", "2007-07-31", "2020-12-31" },
  { "MINUSTAH", "2004-04-30", "2017-10-15" },
  { "UNMIL", "2003-09-19", "2018-03-30" },
  { "ONUC", "1960-07-14", "1964-06-30" },
  { "UNMISS", "2011-07-08", "" },
  { "UNOCI", "2004-02-27", "2017-06-30" },
  { "UNDOF", "1974-05-31", "" },
  { "UNAMSIL", "1999-10-22", "2005-12-31" },
};

static void
test_verified_dates (void)
{
  g_autoptr(PkcCatalogue) catalogue = load_catalogue ();

  for (guint i = 0; i < G_N_ELEMENTS (verified); i++)
    {
      const PkcMissionInfo *info = pkc_catalogue_lookup (catalogue, verified[i].acronym);
      g_autofree char *established = NULL;

      g_assert_nonnull (info);
      established = pkc_date_to_iso (&info->established);
      g_assert_cmpstr (established, ==, verified[i].established);
      if (*verified[i].ended == '\0')
        g_assert_false (pkc_date_is_set (&info->ended));
      else
        {
          g_autofree char *ended = pkc_date_to_iso (&info->ended);
          g_assert_cmpstr (ended, ==, verified[i].ended);
        }
      g_assert_nonnull (info->sources[0]);
      g_assert_cmpstr (info->confidence, ==, "high");
    }
}

static void
test_metadata_fields (void)
{
  g_autoptr(PkcCatalogue) catalogue = load_catalogue ();
  GPtrArray *missions = pkc_catalogue_get_missions (catalogue);
  const PkcMissionInfo *secretariat = pkc_catalogue_lookup (catalogue, "UNSecretariat");
  const PkcMissionInfo *unifil = pkc_catalogue_lookup (catalogue, "UNIFIL");

  for (guint i = 0; i < missions->len; i++)
    {
      const PkcMissionInfo *info = g_ptr_array_index (missions, i);

      g_assert_nonnull (info->name.text[PKC_LANG_NL]);
      g_assert_nonnull (info->host.text[PKC_LANG_FR]);
      g_assert_nonnull (info->host.text[PKC_LANG_NL]);
      g_assert_true (*info->iso == '\0' || strlen (info->iso) == 3);
      g_assert_nonnull (info->sources[0]);
      g_assert_true (g_str_has_prefix (info->sources[0], "http"));
    }
  g_assert_cmpint (secretariat->kind, ==, PKC_MISSION_KIND_OTHER);
  g_assert_cmpint (unifil->kind, ==, PKC_MISSION_KIND_PEACEKEEPING);
  g_assert_cmpstr (unifil->iso, ==, "LBN");
  g_assert_cmpstr (unifil->name.text[PKC_LANG_FR], ==,
                   "Force intérimaire des Nations Unies au Liban");
  g_assert_cmpstr (pkc_catalogue_lookup (catalogue, "UNAMA")->host.text[PKC_LANG_EN], ==,
                   "Afghanistan");
}

static void
test_build_dataset (void)
{
  g_autoptr(PkcCatalogue) catalogue = load_catalogue ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) unifil = pkc_catalogue_build_dataset (catalogue, "unifil", &error);
  g_autoptr(PkcDataset) none = NULL;
  const PkcMissionInfo *info = pkc_catalogue_lookup (catalogue, "UNIFIL");
  PkcDate start, end;
  g_autofree char *start_iso = NULL;
  guint per_type[PKC_N_INCIDENTS] = { 0, };

  g_assert_no_error (error);
  g_assert_nonnull (unifil);
  g_assert_cmpstr (pkc_dataset_get_acronym (unifil), ==, "UNIFIL");
  start = pkc_dataset_get_start (unifil);
  end = pkc_dataset_get_end (unifil);
  start_iso = pkc_date_to_iso (&start);
  /* From the metadata: established 1978-03-19 and ongoing, not the last death (2025). */
  g_assert_cmpstr (start_iso, ==, "1978-03-19");
  g_assert_false (pkc_date_is_set (&end));
  g_assert_cmpstr (pkc_dataset_get_mission_name (unifil, PKC_LANG_EN), ==,
                   "United Nations Interim Force in Lebanon");
  g_assert_cmpstr (pkc_dataset_get_mission_name (unifil, PKC_LANG_NL), ==,
                   info->name.text[PKC_LANG_NL]);
  g_assert_cmpuint (pkc_dataset_get_n_casualties (unifil), ==, info->deaths);
  for (guint i = 0; i < pkc_dataset_get_n_casualties (unifil); i++)
    per_type[pkc_dataset_get_casualty (unifil, i)->incident]++;
  for (int t = 0; t < PKC_N_INCIDENTS; t++)
    g_assert_cmpuint (per_type[t], ==, _pkc_mission_info_count (info, 0, t));
  g_assert_nonnull (pkc_dataset_lookup_source (unifil, "mission-1"));
  g_assert_nonnull (pkc_dataset_lookup_source (unifil, "un-fatalities"));

  none = pkc_catalogue_build_dataset (catalogue, "NOPE", &error);
  g_assert_null (none);
  g_assert_error (error, PKC_CATALOGUE_ERROR, PKC_CATALOGUE_ERROR_UNKNOWN_MISSION);
}

static void
test_every_mission_builds (void)
{
  g_autoptr(PkcCatalogue) catalogue = load_catalogue ();
  GPtrArray *missions = pkc_catalogue_get_missions (catalogue);

  for (guint i = 0; i < missions->len; i++)
    {
      const PkcMissionInfo *info = g_ptr_array_index (missions, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(PkcDataset) dataset = pkc_catalogue_build_dataset (catalogue, info->acronym,
                                                                   &error);

      g_assert_no_error (error);
      g_assert_cmpuint (pkc_dataset_get_n_casualties (dataset), ==, info->deaths);
    }
}

static void
test_bad_metadata (void)
{
  g_autofree char *fpath = data_path ("un-peacekeeping-fatalities.csv");
  g_autoptr(GFile) ffile = g_file_new_for_path (fpath);
  static const char bad[] = "acronym,kind,name_en,established,ended\n"
                            "UNIFIL,peacekeeping operation,X,1978-13-40,\n";
  static const char missing[] = "acronym,name_en\nUNIFIL,X\n";
  const char *inputs[] = { bad, missing };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GInputStream) f = G_INPUT_STREAM (g_file_read (ffile, NULL, NULL));
      g_autoptr(GInputStream) m = g_memory_input_stream_new_from_data (inputs[i], -1, NULL);
      g_autoptr(PkcCatalogue) catalogue = pkc_catalogue_new (f, m, &error);

      g_assert_null (catalogue);
      g_assert_error (error, PKC_CATALOGUE_ERROR, PKC_CATALOGUE_ERROR_INVALID_METADATA);
      g_assert_true (g_str_has_prefix (error->message, "un-missions.csv:"));
    }
}

/* A date that cannot be (2025-13-45) refuses the whole file with its line, as the importer
 * would refuse the mission later. */
static void
test_impossible_date (void)
{
  g_autofree char *mpath = data_path ("un-missions.csv");
  g_autoptr(GFile) mfile = g_file_new_for_path (mpath);
  static const char csv[] =
    "id,incident_date,casualty_id,mission_acronym,type_of_casualty,gender,casualty_nationality,"
    "casualty_personnel_type,type_of_incident,m49_code,isocode3,last_update\n"
    "1,1948-07-06,A-1,UNTSO,Fatality,M,France,Military,Malicious Act,250.0,FRA,2025-04-04\n"
    "2,2025-13-45,A-2,UNTSO,Fatality,M,France,Military,Illness,250.0,FRA,2025-04-04\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) f = g_memory_input_stream_new_from_data (csv, -1, NULL);
  g_autoptr(GInputStream) m = G_INPUT_STREAM (g_file_read (mfile, NULL, NULL));
  g_autoptr(PkcCatalogue) catalogue = pkc_catalogue_new (f, m, &error);

  g_assert_null (catalogue);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, ":3: bad incident_date: "));
  g_assert_nonnull (strstr (error->message, "2025-13"));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/catalogue/every-acronym", test_every_acronym_and_total);
  g_test_add_func ("/catalogue/years-and-incidents", test_years_and_incidents);
  g_test_add_func ("/catalogue/verified-dates", test_verified_dates);
  g_test_add_func ("/catalogue/metadata-fields", test_metadata_fields);
  g_test_add_func ("/catalogue/build-dataset", test_build_dataset);
  g_test_add_func ("/catalogue/every-mission-builds", test_every_mission_builds);
  g_test_add_func ("/catalogue/bad-metadata", test_bad_metadata);
  g_test_add_func ("/catalogue/impossible-date", test_impossible_date);
  return g_test_run ();
}
