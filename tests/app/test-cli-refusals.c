/* test-cli-refusals.c — the command line says no: conflicting modes, options that do not
 * apply, and hostile dataset files that once crashed an export
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pkc-test-util.h"

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
test_check_and_export (void)
{
  g_auto(PkcRunResult) result = { 0 };
  g_autofree char *output = pkc_test_write_temp_file ("chart.png", "old");
  g_autofree char *out_arg = g_strconcat ("--output=", output, NULL);

  pkc_test_run_cli (&result, "--check", "x.xml", "--export=bases", out_arg, NULL);
  assert_refused (&result, "--check and --export cannot be used together");
  pkc_test_assert_file_contents (output, "old");
  pkc_test_remove_temp_file (output);
}

static void
test_interval_with_strength (void)
{
  g_auto(PkcRunResult) print = { 0 };
  g_auto(PkcRunResult) export = { 0 };

  pkc_test_run_cli (&print, "--print-data=strength", "--interval=year", NULL);
  assert_refused (&print, "--interval does not apply to --print-data");
  pkc_test_run_cli (&export, "--export=bases", "--interval=year", "--output=x.png", NULL);
  assert_refused (&export, "--interval does not apply to --export");
}

static void
test_options_without_mode (void)
{
  g_auto(PkcRunResult) size = { 0 };
  g_auto(PkcRunResult) mission = { 0 };
  g_auto(PkcRunResult) check_output = { 0 };

  pkc_test_run_cli (&size, "--size=10x10", NULL);
  assert_refused (&size, "--size only applies to");
  pkc_test_run_cli (&mission, "--mission=MINUSMA", NULL);
  assert_refused (&mission, "--mission only applies to");
  pkc_test_run_cli (&check_output, "--check", "x.xml", "--output=y", NULL);
  assert_refused (&check_output, "--output does not apply to --check");
}

/* --mission names a dataset built in: not with a file, not for the Compare charts; --check
 * needs one or the other; --format belongs to --list-missions. */
static void
test_mission_misuse (void)
{
  static const char * const cases[][4] = {
    { "--mission=UNIFIL", "--print-data=casualties", "x.xml",
      "--mission and a dataset file cannot be used together" },
    { "--mission=UNIFIL", "--check=x.xml", NULL,
      "--mission and a dataset file cannot be used together" },
    { "--check", NULL, NULL, "--check needs a FILE or --mission=ACRONYM" },
    { "--mission=UNIFIL", "--print-data=compare", NULL, "--mission does not apply to compare" },
    { "--format=csv", "--print-data=bases", NULL, "--format only applies to --list-missions" },
    { "--list-missions", "--format=xml", NULL, "Unknown format “xml”" },
    { "--list-missions", "--check=x.xml", NULL,
      "--check and --list-missions cannot be used together" },
    { "--list-missions", "--mission=UNIFIL", NULL, "--mission does not apply to --list-missions" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PkcRunResult) result = { 0 };

      pkc_test_run_cli (&result, cases[i][0], cases[i][1], cases[i][2], NULL);
      assert_refused (&result, cases[i][3]);
    }
}

/* --missions belongs to the per-year Compare chart; the Compare charts take no file. */
static void
test_missions_misuse (void)
{
  static const char * const cases[][4] = {
    { "--missions=MINUSMA,UNIFIL", NULL, NULL, "--missions only applies to" },
    { "--missions=MINUSMA,UNIFIL", "--print-data=casualties", NULL,
      "--missions does not apply to --print-data" },
    { "--missions=MINUSMA,UNIFIL", "--export=compare-ranking", "--output=x.png",
      "--missions does not apply to --export" },
    { "--missions=MINUSMA,UNIFIL", "--check=x.xml", NULL, "--missions does not apply to --check" },
    { "--print-data=compare", "x.xml", NULL,
      "compare compares the missions in the UN data built in: it takes no dataset file" },
    { "--stack-by=gender", "--print-data=strength", NULL,
      "--stack-by does not apply to --print-data" },
    { "--stack-by=gender", "--export=bases", "--output=x.png",
      "--stack-by does not apply to --export" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(PkcRunResult) result = { 0 };

      pkc_test_run_cli (&result, cases[i][0], cases[i][1], cases[i][2], NULL);
      assert_refused (&result, cases[i][3]);
    }
}

/* --output is honoured wherever an output is produced. */
static void
test_print_data_output (void)
{
  g_auto(PkcRunResult) to_file = { 0 };
  g_auto(PkcRunResult) to_stdout = { 0 };
  g_autofree char *output = pkc_test_write_temp_file ("casualties.csv", "old");
  g_autofree char *out_arg = g_strconcat ("--output=", output, NULL);

  pkc_test_run_cli (&to_stdout, "--print-data=casualties", "--interval=year", NULL);
  g_assert_cmpint (to_stdout.status, ==, 0);
  pkc_test_run_cli (&to_file, "--print-data=casualties", "--interval=year", out_arg, NULL);
  g_assert_cmpint (to_file.status, ==, 0);
  g_assert_cmpstr (to_file.out, ==, "");
  g_assert_cmpstr (to_file.err, ==, "");
  pkc_test_assert_file_contents (output, to_stdout.out);
  pkc_test_remove_temp_file (output);
}

static char *
dataset_with_contingent (const char *contingent)
{
  return g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<peacekeeping-dataset format=\"1\">\n"
    "  <mission acronym=\"TEST\" start=\"2013-04-25\" source=\"s\">\n"
    "    <name xml:lang=\"en\">Test</name>\n"
    "  </mission>\n"
    "  <sources><source id=\"s\" publisher=\"UN\"><title>T</title></source></sources>\n"
    "  <bases>\n"
    "    <base id=\"b\" order=\"1\" name=\"B\" region=\"R\" source=\"s\">\n"
    "      <closure status=\"unknown\"/>\n"
    "      <contingent>%s</contingent>\n"
    "    </base>\n"
    "  </bases>\n"
    "</peacekeeping-dataset>\n", contingent);
}

/* An 8 MB contingent split by comments would overflow the stack in the bases chart
 * (exit 139): the loader refuses it with its line. The longest allowed one exports. */
static void
test_long_contingent_export (void)
{
  GString *long_text = g_string_new (NULL);
  g_autofree char *piece = g_strnfill (4000, 'c');
  g_autofree char *longest = g_strnfill (4096, 'c');
  g_autofree char *refused_xml = NULL;
  g_autofree char *accepted_xml = dataset_with_contingent (longest);
  g_autofree char *refused_path = NULL;
  g_autofree char *accepted_path = pkc_test_write_temp_file ("ok.xml", accepted_xml);
  g_autofree char *png = pkc_test_write_temp_file ("bases.png", "");
  g_autofree char *out_arg = g_strconcat ("--output=", png, NULL);
  g_auto(PkcRunResult) refused = { 0 };
  g_auto(PkcRunResult) accepted = { 0 };

  for (guint i = 0; i < 2000; i++)
    {
      g_string_append (long_text, piece);
      g_string_append (long_text, "<!-- -->");
    }
  refused_xml = dataset_with_contingent (long_text->str);
  g_string_free (long_text, TRUE);
  refused_path = pkc_test_write_temp_file ("long.xml", refused_xml);

  pkc_test_run_cli (&refused, "--export=bases", out_arg, refused_path, NULL);
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_cmpstr (refused.err, ==,
                   "long.xml:10:7: more than 1048576 bytes of text, comments or one tag from "
                   "here to the next element\n");

  pkc_test_run_cli (&accepted, "--export=bases", out_arg, accepted_path, NULL);
  g_assert_cmpstr (accepted.err, ==, "");
  g_assert_cmpint (accepted.status, ==, 0);

  pkc_test_remove_temp_file (refused_path);
  pkc_test_remove_temp_file (accepted_path);
  pkc_test_remove_temp_file (png);
}

/* 100,000 attributes on one element would take libxml2 minutes: refused in one line, at once. */
static void
test_attribute_flood (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n<peacekeeping-dataset format=\"1\"");
  g_autofree char *path = NULL;
  g_auto(PkcRunResult) result = { 0 };

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (xml, " a%u=\"\"", i);
  g_string_append (xml, "/>\n");
  path = pkc_test_write_temp_file ("flood.xml", xml->str);
  g_string_free (xml, TRUE);

  pkc_test_run_cli (&result, "--check", path, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.err, ==,
                   "flood.xml:2:1: <peacekeeping-dataset> has more than 64 attributes\n");
  pkc_test_remove_temp_file (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/refuse/check-and-export", test_check_and_export);
  g_test_add_func ("/cli/refuse/interval-with-strength", test_interval_with_strength);
  g_test_add_func ("/cli/refuse/options-without-mode", test_options_without_mode);
  g_test_add_func ("/cli/refuse/mission-misuse", test_mission_misuse);
  g_test_add_func ("/cli/refuse/missions-misuse", test_missions_misuse);
  g_test_add_func ("/cli/print-data/output-file", test_print_data_output);
  g_test_add_func ("/cli/hostile/long-contingent-export", test_long_contingent_export);
  g_test_add_func ("/cli/hostile/attribute-flood", test_attribute_flood);

  return g_test_run ();
}
