/* test-cli-missions.c — --list-missions, and --mission with --print-data, --check and
 * --export, against counts made here from the shipped UN CSV
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pkc-test-util.h"

/* Deaths per year of @acronym in the shipped CSV (no quoted fields: a comma split is exact). */
static GHashTable *
deaths_per_year (const char *acronym,
                 guint      *out_total)
{
  g_autofree char *path = g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data", "un",
                                            "un-peacekeeping-fatalities.csv", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *years = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  *out_total = 0;
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (g_strchomp (lines[i]), ",", -1);
      char *year;

      if (g_strv_length (f) < 4 || !g_str_equal (f[3], acronym))
        continue;
      year = g_strndup (f[1], 4);
      g_hash_table_replace (years, year,
                            GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (years, year)) + 1));
      (*out_total)++;
    }
  return years;
}

static void
test_list_text (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_auto(GStrv) lines = NULL;
  gboolean found = FALSE;

  pkc_test_run_cli (&result, "--list-missions", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  lines = g_strsplit (result.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 82);  /* 81 and the empty tail */
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "UNIFIL "))
      {
        guint total;
        g_autoptr(GHashTable) years = deaths_per_year ("UNIFIL", &total);
        g_autofree char *deaths = g_strdup_printf (" %u ", total);

        g_assert_nonnull (strstr (lines[i], "since 1978"));
        g_assert_nonnull (strstr (lines[i], deaths));
        g_assert_true (g_str_has_suffix (lines[i], "United Nations Interim Force in Lebanon"));
        found = TRUE;
      }
  g_assert_true (found);
}

static void
test_list_csv (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_auto(GStrv) lines = NULL;
  guint sum = 0;

  pkc_test_run_cli (&result, "--list-missions", "--format=csv", NULL);
  g_assert_cmpint (result.status, ==, 0);
  lines = g_strsplit (result.out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "acronym,name,kind,host,iso,established,ended,"
                                 "first_death_year,last_death_year,deaths");
  g_assert_cmpuint (g_strv_length (lines), ==, 83);
  for (guint i = 1; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      const char *last = strrchr (lines[i], ',');

      g_assert_nonnull (last);
      sum += (guint) strtoul (last + 1, NULL, 10);
    }
  g_assert_cmpuint (sum, ==, 4429);
  g_assert_nonnull (strstr (result.out, "\nUNIFIL,United Nations Interim Force in Lebanon,"
                                        "peacekeeping,Lebanon,LBN,1978-03-19,,1978,"));
  g_assert_nonnull (strstr (result.out, "\nUNSecretariat,United Nations Secretariat,other,"));
}

/* The casualty numbers of any mission, per year, equal the CSV's. */
static void
test_print_data_unifil (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_auto(GStrv) lines = NULL;
  guint total, printed = 0;
  g_autoptr(GHashTable) years = deaths_per_year ("UNIFIL", &total);

  pkc_test_run_cli (&result, "--mission=unifil", "--print-data=casualties", "--interval=year",
                    NULL);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  lines = g_strsplit (result.out, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "period,total,"));
  for (guint i = 1; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_auto(GStrv) f = g_strsplit (lines[i], ",", 3);
      guint n = (guint) strtoul (f[1], NULL, 10);

      g_assert_cmpuint (n, ==, GPOINTER_TO_UINT (g_hash_table_lookup (years, f[0])));
      printed += n;
    }
  g_assert_cmpuint (printed, ==, total);
  g_assert_cmpuint (total, >, 300);
}

static void
test_check_and_export (void)
{
  g_auto(PkcRunResult) check = { 0 };
  g_auto(PkcRunResult) export = { 0 };
  g_autofree char *png = pkc_test_write_temp_file ("unifil.png", "");
  g_autofree char *out_arg = g_strconcat ("--output=", png, NULL);
  g_autofree char *contents = NULL;
  gsize length;

  pkc_test_run_cli (&check, "--check", "--mission=UNIFIL", NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_true (g_str_has_prefix (check.out, "UNIFIL — United Nations Interim Force in Lebanon\n"));
  /* Dated from the metadata (1978), not from the first death. */
  g_assert_nonnull (strstr (check.out, "19 March 1978"));

  pkc_test_run_cli (&export, "--mission=UNDOF", "--export=casualties", out_arg, NULL);
  g_assert_cmpstr (export.err, ==, "");
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpint (memcmp (contents, "\x89PNG", 4), ==, 0);
  pkc_test_remove_temp_file (png);
}

/* A report of a mission known only from the UN fatalities data: the cover and the
 * casualty chart, no pages for the charts it has no data for. */
static void
test_report_without_blank_pages (void)
{
  g_auto(PkcRunResult) export = { 0 };
  g_autofree char *pdf = pkc_test_write_temp_file ("unifil.pdf", "");
  g_autofree char *out_arg = g_strconcat ("--output=", pdf, NULL);
  g_autofree char *command = g_strdup_printf ("pdfinfo %s", pdf);
  g_autofree char *info = NULL;

  pkc_test_run_cli (&export, "--mission=UNIFIL", "--export=all", out_arg, NULL);
  g_assert_cmpstr (export.err, ==, "");
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_spawn_command_line_sync (command, &info, NULL, NULL, NULL));
  g_assert_nonnull (strstr (info, "Pages:"));
  g_assert_cmpint (atoi (strstr (info, "Pages:") + strlen ("Pages:")), ==, 2);
  pkc_test_remove_temp_file (pdf);
}

static void
test_unknown_mission (void)
{
  g_auto(PkcRunResult) result = { 0 };

  pkc_test_run_cli (&result, "--mission=NOPE", "--print-data=casualties", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_nonnull (strstr (result.err, "NOPE"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/missions/list-text", test_list_text);
  g_test_add_func ("/cli/missions/list-csv", test_list_csv);
  g_test_add_func ("/cli/missions/print-data-unifil", test_print_data_unifil);
  g_test_add_func ("/cli/missions/check-and-export", test_check_and_export);
  g_test_add_func ("/cli/missions/report-without-blank-pages", test_report_without_blank_pages);
  g_test_add_func ("/cli/missions/unknown", test_unknown_mission);

  return g_test_run ();
}
