/* test-cli-view.c — the command line reproduces a window's casualty view: --personnel,
 * --hide, --from/--to (widened to whole periods), --cumulative, for --export and
 * --print-data; bad values refused with one line
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pkc-test-util.h"

static GStrv
csv_rows (const char *out)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  GPtrArray *rows = g_ptr_array_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      g_ptr_array_add (rows, g_strdup (lines[i]));
  g_ptr_array_add (rows, NULL);
  return (GStrv) g_ptr_array_free (rows, FALSE);
}

/* The column @name of the CSV header, or -1. */
static int
column (const char *header,
        const char *name)
{
  g_auto(GStrv) fields = g_strsplit (header, ",", -1);

  for (guint i = 0; fields[i] != NULL; i++)
    if (g_str_equal (fields[i], name))
      return (int) i;
  return -1;
}

static guint
field (const char *row,
       int         index)
{
  g_auto(GStrv) fields = g_strsplit (row, ",", -1);

  g_assert_cmpint (index, >=, 0);
  g_assert_cmpint (index, <, (int) g_strv_length (fields));
  return (guint) g_ascii_strtoull (fields[index], NULL, 10);
}

/* The command line groups as the window does by default (its casualty-interval key). */
static void
test_default_interval (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_auto(GStrv) rows = NULL;
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) value = NULL;
  const char *interval, *first;

  g_assert_nonnull (source);
  schema = g_settings_schema_source_lookup (source, "org.peacekeeping.Charts", FALSE);
  g_assert_nonnull (schema);
  key = g_settings_schema_get_key (schema, "casualty-interval");
  value = g_settings_schema_key_get_default_value (key);
  interval = g_variant_get_string (value, NULL);
  /* MINUSMA's first death: August 2013. */
  first = g_str_equal (interval, "month") ? "2013-08," :
          g_str_equal (interval, "quarter") ? "2013-Q3," : "2013,";
  pkc_test_run_cli (&result, "--print-data=casualties", NULL);
  g_assert_cmpint (result.status, ==, 0);
  rows = csv_rows (result.out);
  g_assert_true (g_str_has_prefix (rows[1], first));
}

/* Police only, per year, 2015 to 2019: the police column of the same years stacked by
 * personnel type, and malicious acts left out of the header and of the total. */
static void
test_print_data_filters (void)
{
  g_auto(PkcRunResult) filtered = { 0 };
  g_auto(PkcRunResult) by_type = { 0 };
  g_auto(PkcRunResult) police_all = { 0 };
  g_auto(GStrv) rows = NULL, type_rows = NULL, all_rows = NULL;
  int police, malicious;

  pkc_test_run_cli (&filtered, "--print-data=casualties", "--interval=year",
                    "--personnel=police", "--hide=malicious-act", "--from=2015",
                    "--to=2019-03", NULL);
  g_assert_cmpint (filtered.status, ==, 0);
  pkc_test_run_cli (&by_type, "--print-data=casualties", "--interval=year",
                    "--stack-by=personnel", "--from=2015", "--to=2019", NULL);
  pkc_test_run_cli (&police_all, "--print-data=casualties", "--interval=year",
                    "--personnel=police", "--from=2015", "--to=2019", NULL);
  rows = csv_rows (filtered.out);
  type_rows = csv_rows (by_type.out);
  all_rows = csv_rows (police_all.out);
  g_assert_cmpuint (g_strv_length (rows), ==, 1 + 5);
  g_assert_cmpint (column (rows[0], "malicious-act"), ==, -1);
  g_assert_cmpint (column (rows[0], "accident"), >, 0);
  g_assert_true (g_str_has_prefix (rows[1], "2015,"));
  g_assert_true (g_str_has_prefix (rows[5], "2019,"));
  police = column (type_rows[0], "police");
  malicious = column (all_rows[0], "malicious-act");
  for (guint i = 1; i <= 5; i++)
    {
      g_assert_cmpuint (field (all_rows[i], 1), ==, field (type_rows[i], police));
      g_assert_cmpuint (field (rows[i], 1), ==,
                        field (all_rows[i], 1) - field (all_rows[i], malicious));
    }
}

/* --from inside a quarter starts at that quarter, as a drag across its bar would; the
 * cumulative column adds the totals up. */
static void
test_widened_and_cumulative (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_auto(GStrv) rows = NULL;
  int cumulative;
  guint sum = 0;

  pkc_test_run_cli (&result, "--print-data=casualties", "--from=2015-05-10",
                    "--to=2016-01-02", "--cumulative", NULL);
  g_assert_cmpint (result.status, ==, 0);
  rows = csv_rows (result.out);
  g_assert_true (g_str_has_prefix (rows[1], "2015-Q2,"));
  g_assert_true (g_str_has_prefix (rows[g_strv_length (rows) - 1], "2016-Q1,"));
  cumulative = column (rows[0], "cumulative");
  g_assert_cmpint (cumulative, >, 0);
  for (guint i = 1; rows[i] != NULL; i++)
    {
      sum += field (rows[i], 1);
      g_assert_cmpuint (field (rows[i], cumulative), ==, sum);
    }
  g_assert_cmpuint (sum, >, 0);
}

static char *
run_tool (const char * const *argv)
{
  g_autofree char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, NULL) || status != 0)
    return NULL;
  return g_steal_pointer (&out);
}

/* The exported chart says what it shows, in SVG text and in the PDF's text. */
static void
test_export_subtitle (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pkc-cli-view-XXXXXX", NULL);
  const char *names[] = { "c.svg", "c.pdf" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_auto(PkcRunResult) r = { 0 };
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *arg = g_strconcat ("--output=", path, NULL);
      g_autofree char *text = NULL;

      pkc_test_run_cli (&r, "--export=casualties", "--personnel=police",
                        "--hide=malicious-act", "--from=2015", "--to=2019", arg, NULL);
      g_assert_cmpint (r.status, ==, 0);
      if (i == 0)
        g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
      else
        {
          const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };

          text = run_tool (argv);
          if (text == NULL)
            {
              g_test_message ("pdftotext missing: PDF text not checked");
              g_unlink (path);
              continue;
            }
        }
      g_assert_nonnull (strstr (text, "Police only · excluding malicious act · Q1 2015 – Q4 2019"));
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* Exit status 2, exactly one line on stderr that contains @words, nothing on stdout. */
static void
assert_refused (const PkcRunResult *result,
                const char         *words)
{
  g_assert_cmpint (result->status, ==, 2);
  g_assert_cmpstr (result->out, ==, "");
  g_assert_true (g_str_has_suffix (result->err, "\n"));
  g_assert_true (strchr (result->err, '\n') == result->err + strlen (result->err) - 1);
  if (strstr (result->err, words) == NULL)
    g_error ("expected \"%s\" in \"%s\"", words, result->err);
}

static void
test_refusals (void)
{
  static const char * const cases[][4] = {
    { "--print-data=casualties", "--personnel=navy", NULL, "Unknown personnel “navy”" },
    { "--print-data=casualties", "--personnel=", NULL, "--personnel needs at least one" },
    { "--print-data=casualties", "--hide=malicious", NULL,
      "Unknown series “malicious” for --hide: use malicious-act, accident" },
    { "--print-data=casualties", "--stack-by=gender", "--hide=malicious-act",
      "for --hide: use men, women, not-recorded" },
    { "--print-data=casualties", "--from=2015-13", NULL, "Invalid date “2015-13” for --from" },
    { "--print-data=casualties", "--to=15", NULL, "Invalid date “15” for --to" },
    { "--print-data=casualties", "--from=2019", "--to=2015", "--from must not be later than --to" },
    { "--print-data=casualties", "--from=2019-05", "--to=2019-04",
      "--from must not be later than --to" },
    { "--print-data=strength", "--personnel=police", NULL,
      "--personnel does not apply to --print-data" },
    { "--export=bases", "--output=x.png", "--cumulative", "--cumulative does not apply to --export" },
    { "--hide=accident", NULL, NULL, "--hide only applies to" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PkcRunResult) result = { 0 };

      pkc_test_run_cli (&result, cases[i][0], cases[i][1], cases[i][2], NULL);
      assert_refused (&result, cases[i][3]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/view/default-interval", test_default_interval);
  g_test_add_func ("/cli/view/print-data-filters", test_print_data_filters);
  g_test_add_func ("/cli/view/widened-cumulative", test_widened_and_cumulative);
  g_test_add_func ("/cli/view/export-subtitle", test_export_subtitle);
  g_test_add_func ("/cli/view/refusals", test_refusals);
  return g_test_run ();
}
