/* test-cli.c — the headless command line: --check, --print-data, --help, errors
 *
 * Runs the real executable with DISPLAY and WAYLAND_DISPLAY unset, so every path tested
 * here is proven to need no display.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "pkc-test-util.h"

static char *
dataset_path (void)
{
  return g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data", "minusma.xml", NULL);
}

/* Splits CSV output into rows; the caller checks the cells (no quoted commas expected
 * in the columns these tests read). */
static GStrv
csv_rows (const char *csv)
{
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      g_strv_builder_add (builder, lines[i]);

  return g_strv_builder_end (builder);
}

static void
test_check_shipped_dataset (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_autofree char *path = dataset_path ();

  pkc_test_run_cli (&result, "--check", path, NULL);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "MINUSMA"));
  g_assert_nonnull (strstr (result.out, "311"));
  g_assert_nonnull (strstr (result.out, "13"));
}

static void
test_check_broken_file (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_autofree char *path = NULL;

  path = pkc_test_write_temp_file ("broken.xml",
                                   "<?xml version=\"1.0\"?>\n"
                                   "<peacekeeping-dataset format=\"1\">\n"
                                   "  <mission acronym=\"TEST\" start=\"2023-02-30\" source=\"s\">\n");
  pkc_test_run_cli (&result, "--check", path, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  /* FILE:LINE:COLUMN: message, about the impossible date on line 3 */
  g_assert_true (g_str_has_prefix (result.err, "broken.xml:3:"));
  g_assert_nonnull (strstr (result.err, "2023-02-30"));
  pkc_test_remove_temp_file (path);
}

static void
test_check_missing_file (void)
{
  g_auto(PkcRunResult) result = { 0 };

  pkc_test_run_cli (&result, "--check", "/nonexistent/dataset.xml", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "dataset.xml"));
}

static void
test_print_casualties_per_year (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_auto(GStrv) rows = NULL;
  guint sum = 0;

  pkc_test_run_cli (&result, "--print-data=casualties", "--interval=year", NULL);
  g_assert_cmpint (result.status, ==, 0);
  rows = csv_rows (result.out);
  g_assert_true (g_str_has_prefix (rows[0], "period,total,malicious-act,accident,illness,"));
  /* 2013 … 2023: eleven years, every one present */
  g_assert_cmpuint (g_strv_length (rows), ==, 1 + 11);
  g_assert_true (g_str_has_prefix (rows[1], "2013,"));
  g_assert_true (g_str_has_prefix (rows[11], "2023,"));

  for (guint i = 1; rows[i] != NULL; i++)
    {
      g_auto(GStrv) cells = g_strsplit (rows[i], ",", -1);
      guint row_sum = 0;

      for (guint c = 2; cells[c] != NULL; c++)
        row_sum += (guint) g_ascii_strtoull (cells[c], NULL, 10);
      /* each period's total is the sum of its incident columns */
      g_assert_cmpuint (row_sum, ==, (guint) g_ascii_strtoull (cells[1], NULL, 10));
      sum += row_sum;
    }
  g_assert_cmpuint (sum, ==, 311);
}

static void
test_print_casualties_per_month_has_zero_months (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_auto(GStrv) rows = NULL;
  gboolean saw_zero = FALSE;

  pkc_test_run_cli (&result, "--print-data=casualties", "--interval=month", NULL);
  g_assert_cmpint (result.status, ==, 0);
  rows = csv_rows (result.out);
  /* August 2013 … November 2023 is 124 months */
  g_assert_cmpuint (g_strv_length (rows), ==, 1 + 124);
  g_assert_true (g_str_has_prefix (rows[1], "2013-08,1,"));
  for (guint i = 1; rows[i] != NULL; i++)
    saw_zero |= strstr (rows[i], ",0,0,0,0,0,0,0") != NULL;
  g_assert_true (saw_zero);
}

static void
test_print_strength (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_auto(GStrv) rows = NULL;
  gboolean saw_2295 = FALSE;

  pkc_test_run_cli (&result, "--print-data=strength", NULL);
  g_assert_cmpint (result.status, ==, 0);
  rows = csv_rows (result.out);
  g_assert_true (g_str_has_prefix (rows[0], "date,military_ceiling,police_ceiling,resolution,"));
  for (guint i = 1; rows[i] != NULL; i++)
    {
      if (g_str_has_prefix (rows[i], "2016-06-29,13289,1920,2295"))
        saw_2295 = TRUE;
      /* rows are in date order */
      if (i > 1)
        g_assert_cmpint (strncmp (rows[i - 1], rows[i], 7), <=, 0);
    }
  g_assert_true (saw_2295);
}

static void
test_print_bases (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_auto(GStrv) rows = NULL;

  pkc_test_run_cli (&result, "--print-data=bases", NULL);
  g_assert_cmpint (result.status, ==, 0);
  rows = csv_rows (result.out);
  g_assert_cmpuint (g_strv_length (rows), ==, 1 + 13);
  g_assert_true (g_str_has_prefix (rows[0], "order,id,name,"));
  g_assert_true (g_str_has_prefix (rows[8], "8,kidal,Kidal,"));
  g_assert_nonnull (strstr (rows[8], "2023-10-31"));
}

static void
test_print_unknown_chart (void)
{
  g_auto(PkcRunResult) result = { 0 };

  pkc_test_run_cli (&result, "--print-data=pie", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_nonnull (strstr (result.err, "pie"));
}

static void
test_bad_interval (void)
{
  g_auto(PkcRunResult) result = { 0 };

  pkc_test_run_cli (&result, "--print-data=casualties", "--interval=week", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "week"));
}

static char *
un_csv_path (void)
{
  return g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data", "un",
                           "un-peacekeeping-fatalities.csv", NULL);
}

static void
test_import_then_check (void)
{
  g_auto(PkcRunResult) import = { 0 };
  g_auto(PkcRunResult) check = { 0 };
  g_autofree char *csv = un_csv_path ();
  g_autofree char *output = pkc_test_write_temp_file ("unmiss.xml", "");
  g_autofree char *csv_arg = g_strconcat ("--import-un-fatalities=", csv, NULL);
  g_autofree char *out_arg = g_strconcat ("--output=", output, NULL);

  pkc_test_run_cli (&import, csv_arg, "--mission=UNMISS", out_arg, NULL);
  g_assert_cmpstr (import.err, ==, "");
  g_assert_cmpint (import.status, ==, 0);

  /* the imported dataset is a valid dataset the app can open */
  pkc_test_run_cli (&check, "--check", output, NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, "UNMISS"));
  g_assert_nonnull (strstr (check.out, "Casualties:"));

  /* and it follows the published schema, like the shipped dataset */
  {
    g_autofree char *rng = g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data",
                                             "peacekeeping-dataset.rng", NULL);
    const char *argv[] = { "xmllint", "--noout", "--nonet", "--relaxng", rng, output, NULL };
    g_autoptr(GError) error = NULL;
    int status = -1;

    g_spawn_sync (NULL, (char **) argv, NULL,
                  G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                  NULL, NULL, NULL, NULL, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  pkc_test_remove_temp_file (output);
}

static void
test_import_unknown_mission (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_autofree char *csv = un_csv_path ();
  g_autofree char *csv_arg = g_strconcat ("--import-un-fatalities=", csv, NULL);

  pkc_test_run_cli (&result, csv_arg, "--mission=MINUSMAA", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_nonnull (strstr (result.err, "MINUSMA"));
}

static void
test_import_needs_mission (void)
{
  g_auto(PkcRunResult) result = { 0 };

  pkc_test_run_cli (&result, "--import-un-fatalities=x.csv", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "--mission"));
}

static void
test_help_lists_options (void)
{
  g_auto(PkcRunResult) result = { 0 };

  pkc_test_run_cli (&result, "--help", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "--check"));
  g_assert_nonnull (strstr (result.out, "--print-data"));
  g_assert_nonnull (strstr (result.out, "--interval"));
  g_assert_nonnull (strstr (result.out, "--import-un-fatalities"));
}

/* The headless modes do not load GTK and libadwaita (the window's module does): the dynamic
 * loader lists the libraries the executable itself needs. */
static void
test_no_gtk (void)
{
  g_auto(PkcRunResult) result = { 0 };

  g_setenv ("LD_TRACE_LOADED_OBJECTS", "1", TRUE);
  pkc_test_run_cli (&result, "--version", NULL);
  g_unsetenv ("LD_TRACE_LOADED_OBJECTS");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "libpangocairo-1.0.so"));
  g_assert_null (strstr (result.out, "libgtk-4.so"));
  g_assert_null (strstr (result.out, "libadwaita-1.so"));
}

/* Without its module, the program says which file it could not load instead of a window. */
static void
test_window_module_missing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pkc-test-XXXXXX", NULL);
  g_auto(PkcRunResult) result = { 0 };

  g_setenv ("PKC_GUI_MODULE_DIR", dir, TRUE);
  pkc_test_run_cli (&result, NULL, NULL);
  g_unsetenv ("PKC_GUI_MODULE_DIR");
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, dir));
  g_assert_nonnull (strstr (result.err, "peacekeeping-charts-gui"));
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/check/shipped-dataset", test_check_shipped_dataset);
  g_test_add_func ("/cli/check/broken-file", test_check_broken_file);
  g_test_add_func ("/cli/check/missing-file", test_check_missing_file);
  g_test_add_func ("/cli/print-data/casualties-per-year", test_print_casualties_per_year);
  g_test_add_func ("/cli/print-data/casualties-zero-months",
                   test_print_casualties_per_month_has_zero_months);
  g_test_add_func ("/cli/print-data/strength", test_print_strength);
  g_test_add_func ("/cli/print-data/bases", test_print_bases);
  g_test_add_func ("/cli/print-data/unknown-chart", test_print_unknown_chart);
  g_test_add_func ("/cli/print-data/bad-interval", test_bad_interval);
  g_test_add_func ("/cli/import/then-check", test_import_then_check);
  g_test_add_func ("/cli/import/unknown-mission", test_import_unknown_mission);
  g_test_add_func ("/cli/import/needs-mission", test_import_needs_mission);
  g_test_add_func ("/cli/help", test_help_lists_options);
  g_test_add_func ("/cli/no-gtk", test_no_gtk);
  g_test_add_func ("/cli/window-module-missing", test_window_module_missing);

  return g_test_run ();
}
