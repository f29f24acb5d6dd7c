/* test-cli.c — the headless command line: --check, --print-data, --help, errors
 *
 * Runs the real executable with DISPLAY and WAYLAND_DISPLAY unset, so every path tested
 * here is proven to need no display.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

typedef struct {
  int   status;
  char *out;
  char *err;
} RunResult;

static void
run_result_clear (RunResult *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RunResult, run_result_clear)

static void
run_cli (RunResult   *result,
         const char  *first_arg,
         ...)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("PKC_EXECUTABLE");
  va_list ap;

  g_assert_nonnull (exe);
  g_ptr_array_add (argv, (char *) exe);
  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  g_subprocess_launcher_setenv (launcher, "LANGUAGE", "en", TRUE);
  g_subprocess_launcher_setenv (launcher, "LC_ALL", "C.UTF-8", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  result->status = g_subprocess_get_exit_status (process);
}

static char *
dataset_path (void)
{
  return g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data", "minusma.xml", NULL);
}

static char *
write_temp_file (const char *name,
                 const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pkc-cli-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
remove_temp_file (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
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
  g_auto(RunResult) result = { 0 };
  g_autofree char *path = dataset_path ();

  run_cli (&result, "--check", path, NULL);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "MINUSMA"));
  g_assert_nonnull (strstr (result.out, "311"));
  g_assert_nonnull (strstr (result.out, "13"));
}

static void
test_check_broken_file (void)
{
  g_auto(RunResult) result = { 0 };
  g_autofree char *path = NULL;

  path = write_temp_file ("broken.xml",
                          "<?xml version=\"1.0\"?>\n"
                          "<peacekeeping-dataset format=\"1\">\n"
                          "  <mission acronym=\"TEST\" start=\"2023-02-30\" source=\"s\">\n");
  run_cli (&result, "--check", path, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  /* FILE:LINE:COLUMN: message, about the impossible date on line 3 */
  g_assert_true (g_str_has_prefix (result.err, "broken.xml:3:"));
  g_assert_nonnull (strstr (result.err, "2023-02-30"));
  remove_temp_file (path);
}

static void
test_check_missing_file (void)
{
  g_auto(RunResult) result = { 0 };

  run_cli (&result, "--check", "/nonexistent/dataset.xml", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "dataset.xml"));
}

static void
test_print_casualties_per_year (void)
{
  g_auto(RunResult) result = { 0 };
  g_auto(GStrv) rows = NULL;
  guint sum = 0;

  run_cli (&result, "--print-data=casualties", "--interval=year", NULL);
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
  g_auto(RunResult) result = { 0 };
  g_auto(GStrv) rows = NULL;
  gboolean saw_zero = FALSE;

  run_cli (&result, "--print-data=casualties", NULL);
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
  g_auto(RunResult) result = { 0 };
  g_auto(GStrv) rows = NULL;
  gboolean saw_2295 = FALSE;

  run_cli (&result, "--print-data=strength", NULL);
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
  g_auto(RunResult) result = { 0 };
  g_auto(GStrv) rows = NULL;

  run_cli (&result, "--print-data=bases", NULL);
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
  g_auto(RunResult) result = { 0 };

  run_cli (&result, "--print-data=pie", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_nonnull (strstr (result.err, "pie"));
}

static void
test_bad_interval (void)
{
  g_auto(RunResult) result = { 0 };

  run_cli (&result, "--print-data=casualties", "--interval=week", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "week"));
}

static char *
un_csv_path (void)
{
  return g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "..", "shared", "data",
                           "un-peacekeeping-fatalities.csv", NULL);
}

static void
test_import_then_check (void)
{
  g_auto(RunResult) import = { 0 };
  g_auto(RunResult) check = { 0 };
  g_autofree char *csv = un_csv_path ();
  g_autofree char *output = write_temp_file ("unmiss.xml", "");
  g_autofree char *csv_arg = g_strconcat ("--import-un-fatalities=", csv, NULL);
  g_autofree char *out_arg = g_strconcat ("--output=", output, NULL);

  run_cli (&import, csv_arg, "--mission=UNMISS", out_arg, NULL);
  g_assert_cmpstr (import.err, ==, "");
  g_assert_cmpint (import.status, ==, 0);

  /* the imported dataset is a valid dataset the app can open */
  run_cli (&check, "--check", output, NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, "UNMISS"));
  g_assert_nonnull (strstr (check.out, "Casualties:"));
  remove_temp_file (output);
}

static void
test_import_unknown_mission (void)
{
  g_auto(RunResult) result = { 0 };
  g_autofree char *csv = un_csv_path ();
  g_autofree char *csv_arg = g_strconcat ("--import-un-fatalities=", csv, NULL);

  run_cli (&result, csv_arg, "--mission=MINUSMAA", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.out, ==, "");
  g_assert_nonnull (strstr (result.err, "MINUSMA"));
}

static void
test_import_needs_mission (void)
{
  g_auto(RunResult) result = { 0 };

  run_cli (&result, "--import-un-fatalities=x.csv", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "--mission"));
}

static void
test_help_lists_options (void)
{
  g_auto(RunResult) result = { 0 };

  run_cli (&result, "--help", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "--check"));
  g_assert_nonnull (strstr (result.out, "--print-data"));
  g_assert_nonnull (strstr (result.out, "--interval"));
  g_assert_nonnull (strstr (result.out, "--import-un-fatalities"));
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

  return g_test_run ();
}
