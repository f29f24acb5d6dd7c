/* test-un-import.c — importing the UN peacekeeper fatalities CSV as a dataset
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "pkc-csv-reader.h"
#include "pkc-loader.h"
#include "pkc-un-import.h"
#include "pkc-un-import-private.h"

#define HEADER "id,incident_date,casualty_id,mission_acronym,type_of_casualty,gender," \
               "casualty_nationality,casualty_personnel_type,type_of_incident,m49_code," \
               "isocode3,last_update\n"

/* Imports @csv_text (a whole CSV in memory) and returns the XML, or NULL with @error. */
static char *
import_string (const char  *csv_text,
               const char  *acronym,
               GError     **error)
{
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (csv_text, -1, NULL);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (out);
  gboolean ok = pkc_un_import (in, "t.csv", acronym, out, error);

  if (!ok)
    {
      /* Nothing at all is written when the import fails. */
      g_assert_cmpuint (g_memory_output_stream_get_data_size (memory), ==, 0);
      return NULL;
    }

  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_data (memory);
}

static char *
import_path (const char  *csv_path,
             const char  *acronym,
             GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (csv_path);
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, error);
  g_autoptr(GOutputStream) out = NULL;
  g_autofree char *basename = g_file_get_basename (file);

  if (in == NULL)
    return NULL;

  out = g_memory_output_stream_new_resizable ();
  if (!pkc_un_import (G_INPUT_STREAM (in), basename, acronym, out, error))
    return NULL;

  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

static char *
fixture_path (void)
{
  return g_test_build_filename (G_TEST_DIST, "import", "data", "two-missions.csv", NULL);
}

static PkcDataset *
load_xml (const char  *xml,
          GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));

  return pkc_loader_load_bytes (bytes, "imported.xml", error);
}

/* Lines of @text that contain "<casualty ", in order. */
static GPtrArray *
casualty_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *result = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "<casualty ") != NULL)
      g_ptr_array_add (result, g_strdup (lines[i]));

  return result;
}

static const char fixture_expected[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<peacekeeping-dataset format=\"1\">\n"
  "  <mission acronym=\"MINUSMA\" start=\"2013-08-22\" end=\"2016-02-12\" "
  "source=\"un-fatalities\">\n"
  "    <name xml:lang=\"en\">MINUSMA</name>\n"
  "  </mission>\n"
  "\n"
  "  <sources>\n"
  "    <source id=\"un-fatalities\" publisher=\"United Nations DPPA/DPOSS\" "
  "url=\"https://peacekeeping.un.org/en/peacekeeper-fatalities\" date=\"2025-04-05\">\n"
  "      <title>Peacekeeper fatalities (open data)</title>\n"
  "      <note>Imported from two-missions.csv: 5 rows with mission_acronym MINUSMA.</note>\n"
  "    </source>\n"
  "  </sources>\n"
  "\n"
  "  <casualties>\n"
  "    <casualty id=\"MINUSMA-2013-08-00001\" date=\"2013-08-22\" incident=\"illness\" "
  "personnel=\"military\" nationality=\"Chad\" iso=\"TCD\" source=\"un-fatalities\"/>\n"
  "    <casualty id=\"MINUSMA-2014-05-00002\" date=\"2014-05-17\" incident=\"malicious-act\" "
  "personnel=\"local-civilian\" nationality=\"Mali\" iso=\"MLI\" source=\"un-fatalities\"/>\n"
  "    <casualty id=\"MINUSMA-2014-01-00003\" date=\"2014-01-09\" incident=\"to-be-determined\" "
  "personnel=\"police\" nationality=\"ZZ [Undetermined]\" iso=\"\" source=\"un-fatalities\"/>\n"
  "    <casualty id=\"MINUSMA-2015-11-00004\" date=\"2015-11-28\" incident=\"self-inflicted\" "
  "personnel=\"international-civilian\" nationality=\"Korea, Republic of\" iso=\"KOR\" "
  "source=\"un-fatalities\"/>\n"
  "    <casualty id=\"MINUSMA-2016-02-00005\" date=\"2016-02-12\" incident=\"unknown\" "
  "personnel=\"military-observer\" nationality=\"Côte d&quot;Ivoire &amp; &lt;Co&gt;\" "
  "iso=\"CIV\" source=\"un-fatalities\"/>\n"
  "  </casualties>\n"
  "</peacekeeping-dataset>\n";

/* Two missions, CRLF line ends, a "Local " row, an empty ISO code, quoted names with a
 * comma and with markup characters, and an UNMISS row full of values we would reject. */
static void
test_fixture (void)
{
  g_autofree char *path = fixture_path ();
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = import_path (path, "MINUSMA", &error);
  g_autoptr(PkcDataset) dataset = NULL;
  GPtrArray *casualties;

  g_assert_no_error (error);
  g_assert_cmpstr (xml, ==, fixture_expected);

  dataset = load_xml (xml, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpstr (pkc_dataset_get_acronym (dataset), ==, "MINUSMA");
  casualties = pkc_dataset_get_casualties (dataset);
  g_assert_cmpuint (casualties->len, ==, 5);
}

/* The rows of another mission are read (shape only) but their values are not judged. */
static void
test_fixture_other_mission (void)
{
  g_autofree char *path = fixture_path ();
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = import_path (path, "UNMISS", &error);

  /* Now the UNMISS row with "Wizard" personnel is ours to judge. */
  g_assert_null (xml);
  g_assert_error (error, PKC_UN_IMPORT_ERROR, PKC_UN_IMPORT_ERROR_INVALID_VALUE);
  g_assert_cmpstr (error->message, ==,
                   "two-missions.csv:7: bad last_update: "
                   "date must be YYYY, YYYY-MM or YYYY-MM-DD, got \"not a date\"");
}

static char *
un_csv_path (void)
{
  const char *root = g_getenv ("PKC_SOURCE_ROOT");

  if (root == NULL)
    g_error ("PKC_SOURCE_ROOT is not set: run the tests through meson test");

  return g_build_filename (root, "data", "un", "un-peacekeeping-fatalities.csv", NULL);
}

/* The real UN file: MINUSMA's 311 rows must reproduce data/minusma.xml's casualties exactly. */
static void
test_minusma (void)
{
  g_autofree char *csv = un_csv_path ();
  g_autofree char *reference_path = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *xml = NULL;
  g_autoptr(GPtrArray) got = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  /* Never a skip: the file is part of the repository, so a missing file is a failure. */
  if (!g_file_test (csv, G_FILE_TEST_IS_REGULAR))
    g_error ("the UN fatalities CSV is missing: expected it at %s", csv);

  reference_path = g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data", "minusma.xml",
                                     NULL);
  if (!g_file_get_contents (reference_path, &reference, NULL, &error))
    g_error ("cannot read the reference dataset: %s", error->message);

  xml = import_path (csv, "MINUSMA", &error);
  g_assert_no_error (error);

  got = casualty_lines (xml);
  expected = casualty_lines (reference);
  g_assert_cmpuint (got->len, ==, 311);
  g_assert_cmpuint (expected->len, ==, 311);
  for (guint i = 0; i < got->len; i++)
    if (g_strcmp0 (got->pdata[i], expected->pdata[i]) != 0)
      g_error ("casualty %u differs from data/minusma.xml:\n imported: %s\n reference: %s",
               i + 1, (char *) got->pdata[i], (char *) expected->pdata[i]);

  g_assert_true (g_str_has_prefix (xml, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                   "<peacekeeping-dataset format=\"1\">\n"
                                   "  <mission acronym=\"MINUSMA\" start=\"2013-08-22\" "
                                   "end=\"2023-11-10\" source=\"un-fatalities\">\n"));
  g_assert_nonnull (strstr (xml, " date=\"2025-04-04\">\n"));

  dataset = load_xml (xml, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pkc_dataset_get_casualties (dataset)->len, ==, 311);
}

/* UNMIK lists six deaths twice under one casualty_id; OSESyria is not in capitals. Both must
 * still give a dataset the loader accepts. */
static void
test_real_quirks (void)
{
  static const struct {
    const char *acronym;
    const char *xml_acronym;
    guint       n_rows;
  } cases[] = {
    { "UNMIK", "UNMIK", 0 },
    { "OSESyria", "OSESYRIA", 0 },
  };
  g_autofree char *csv = un_csv_path ();

  if (!g_file_test (csv, G_FILE_TEST_IS_REGULAR))
    g_error ("the UN fatalities CSV is missing: expected it at %s", csv);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *xml = import_path (csv, cases[i].acronym, &error);
      g_autoptr(PkcDataset) dataset = NULL;
      g_autoptr(GPtrArray) lines = NULL;

      g_assert_no_error (error);
      dataset = load_xml (xml, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (pkc_dataset_get_acronym (dataset), ==, cases[i].xml_acronym);
      g_assert_cmpstr (pkc_dataset_get_mission_name (dataset, PKC_LANG_EN), ==,
                       cases[i].acronym);
      lines = casualty_lines (xml);
      g_assert_cmpuint (pkc_dataset_get_casualties (dataset)->len, ==, lines->len);
      g_assert_cmpuint (lines->len, >, 0);
    }
}

static const struct {
  const char *name;
  const char *csv;
  const char *acronym;
  GQuark    (*domain) (void);
  int         code;
  const char *message;
} error_cases[] = {
  { "empty-file", "", "MINUSMA", pkc_un_import_error_quark,
    PKC_UN_IMPORT_ERROR_MISSING_COLUMN, "t.csv:1: the file is empty, expected a header line" },
  { "missing-column",
    "id,incident_date,casualty_id,mission_acronym,casualty_nationality,"
    "casualty_personnel_type,type_of_incident,last_update\n", "MINUSMA",
    pkc_un_import_error_quark, PKC_UN_IMPORT_ERROR_MISSING_COLUMN,
    "t.csv:1: the header has no column “isocode3”" },
  { "wrong-field-count",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025-04-04\n"
    "2,1960-01-01,ONUC-1,ONUC,Fatality,M,\"multi\nline\",Military,Illness,,\n"
    "3,2013-08-23,MINUSMA-2,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025-04-04\n",
    "MINUSMA", pkc_un_import_error_quark, PKC_UN_IMPORT_ERROR_FIELD_COUNT,
    "t.csv:3: expected 12 fields like the header, found 11" },
  { "bad-date",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025-04-04\n"
    "2,2023-02-30,MINUSMA-2,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025-04-04\n",
    "MINUSMA", pkc_un_import_error_quark, PKC_UN_IMPORT_ERROR_INVALID_VALUE,
    "t.csv:3: bad incident_date: \"2023-02-30\" is not a real date: 2023-02 has 28 days" },
  { "unknown-incident",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Friendly Fire,148.0,TCD,2025\n",
    "MINUSMA", pkc_un_import_error_quark, PKC_UN_IMPORT_ERROR_INVALID_VALUE,
    "t.csv:2: unknown type_of_incident “Friendly Fire”" },
  { "unknown-personnel",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Contractor ,Illness,148.0,TCD,2025\n",
    "MINUSMA", pkc_un_import_error_quark, PKC_UN_IMPORT_ERROR_INVALID_VALUE,
    "t.csv:2: unknown casualty_personnel_type “Contractor”" },
  { "bad-iso",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,td,2025\n",
    "MINUSMA", pkc_un_import_error_quark, PKC_UN_IMPORT_ERROR_INVALID_VALUE,
    "t.csv:2: isocode3 “td” is neither empty nor three capital letters" },
  { "empty-nationality",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M, ,Military,Illness,148.0,TCD,2025\n",
    "MINUSMA", pkc_un_import_error_quark, PKC_UN_IMPORT_ERROR_INVALID_VALUE,
    "t.csv:2: empty casualty_nationality" },
  { "bad-utf8",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,C\xF4te,Military,Illness,148.0,CIV,2025\n",
    "MINUSMA", pkc_un_import_error_quark, PKC_UN_IMPORT_ERROR_INVALID_VALUE,
    "t.csv:2: casualty_nationality is not valid UTF-8" },
  { "control-character",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Ch\x01" "ad,Military,Illness,148.0,TCD,2025\n",
    "MINUSMA", pkc_un_import_error_quark, PKC_UN_IMPORT_ERROR_INVALID_VALUE,
    "t.csv:2: casualty_nationality holds a control character" },
  { "unknown-mission",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n"
    "2,2014-08-22,MINUSCA-1,MINUSCA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n"
    "3,2015-08-22,MINURSO-1,MINURSO,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n"
    "4,2015-08-22,UNTSO-1,UNTSO,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n"
    "5,2015-08-22,UNMISS-1,UNMISS,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n",
    "MINUSMAA", pkc_un_import_error_quark, PKC_UN_IMPORT_ERROR_UNKNOWN_MISSION,
    "no mission “MINUSMAA” in t.csv; closest: MINUSMA, MINUSCA, MINURSO" },
  { "mission-is-case-sensitive",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n"
    "2,2015-08-22,UNTSO-1,UNTSO,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n",
    "minusma", pkc_un_import_error_quark, PKC_UN_IMPORT_ERROR_UNKNOWN_MISSION,
    "no mission “minusma” in t.csv; closest: MINUSMA, UNTSO" },
  { "no-rows", HEADER, "MINUSMA", pkc_un_import_error_quark,
    PKC_UN_IMPORT_ERROR_UNKNOWN_MISSION, "no mission “MINUSMA” in t.csv: it has no rows" },
  { "not-an-acronym", HEADER, "UN/X", pkc_un_import_error_quark,
    PKC_UN_IMPORT_ERROR_UNKNOWN_MISSION,
    "“UN/X” is not a mission acronym (letters, digits and “-” only)" },
  { "csv-syntax",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,\"Chad\"x,Military,Illness,148.0,TCD,2025\n",
    "MINUSMA", pkc_csv_error_quark, PKC_CSV_ERROR_MALFORMED,
    "t.csv:2: unexpected text after a closing quote (double a quote inside a quoted field)" },
};

static void
test_error (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = import_string (error_cases[i].csv, error_cases[i].acronym, &error);

  g_assert_null (xml);
  g_assert_error (error, error_cases[i].domain (), error_cases[i].code);
  g_assert_cmpstr (error->message, ==, error_cases[i].message);
}

/* Blank lines, trimmed acronyms and a file without a final newline are fine. */
static void
test_lenient_shapes (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = import_string (
    HEADER
    "\n"
    "1,2013-08,,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,\n"
    "\n"
    "2,2013,MINUSMA-2,MINUSMA,Fatality,M,Chad,Other,ILLNESS,148.0,TCD,2025-04-04",
    " MINUSMA ", &error);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(PkcDataset) dataset = NULL;

  g_assert_no_error (error);
  lines = casualty_lines (xml);
  g_assert_cmpuint (lines->len, ==, 2);
  /* An empty casualty_id leaves the optional id out; month and year precision are kept. */
  g_assert_cmpstr (lines->pdata[0], ==,
                   "    <casualty date=\"2013-08\" incident=\"illness\" personnel=\"military\" "
                   "nationality=\"Chad\" iso=\"TCD\" source=\"un-fatalities\"/>");
  g_assert_nonnull (strstr (xml, "start=\"2013\" end=\"2013-08\""));
  dataset = load_xml (xml, &error);
  g_assert_no_error (error);
}

static void
test_closest (void)
{
  static const struct {
    const char *a, *b;
    guint       distance;
  } distances[] = {
    { "", "", 0 }, { "", "abc", 3 }, { "abc", "", 3 }, { "MINUSMA", "minusma", 0 },
    { "MINUSMAA", "MINUSMA", 1 }, { "kitten", "sitting", 3 }, { "MINUSMAA", "MINURSO", 4 },
  };
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autofree const char **closest = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (distances); i++)
    {
      g_assert_cmpuint (pkc_un_levenshtein (distances[i].a, distances[i].b), ==,
                        distances[i].distance);
      g_assert_cmpuint (pkc_un_levenshtein (distances[i].b, distances[i].a), ==,
                        distances[i].distance);
    }

  g_ptr_array_add (candidates, (char *) "UNTSO");
  g_ptr_array_add (candidates, (char *) "MINUSTAH");
  g_ptr_array_add (candidates, (char *) "MINUSCA");
  g_ptr_array_add (candidates, (char *) "MINUSMA");
  closest = pkc_un_closest ("minusmaa", candidates, 3);
  /* MINUSCA and MINUSTAH are both 2 away: ties go alphabetically. */
  g_assert_cmpstr (closest[0], ==, "MINUSMA");
  g_assert_cmpstr (closest[1], ==, "MINUSCA");
  g_assert_cmpstr (closest[2], ==, "MINUSTAH");
  g_assert_null (closest[3]);
}

static void
test_escape (void)
{
  g_autoptr(GString) out = g_string_new ("x");

  g_assert_true (pkc_un_append_escaped (out, "a&b<c>d\"e'f\tg\nh\ri"));
  g_assert_cmpstr (out->str, ==, "xa&amp;b&lt;c&gt;d&quot;e'f&#9;g&#10;h&#13;i");
  g_assert_false (pkc_un_append_escaped (out, "bell\a"));
  g_assert_cmpstr (out->str, ==, "xa&amp;b&lt;c&gt;d&quot;e'f&#9;g&#10;h&#13;i");
}

/* --- files: the convenience function and the command-line entry ------------------------ */

static char *
read_file (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
assert_dir_has_only (const char *dir,
                     const char *only_name)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_assert_cmpstr (name, ==, only_name);
      n++;
    }
  g_assert_cmpuint (n, ==, only_name != NULL ? 1 : 0);
}

static void
test_file_success (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pkc-import-XXXXXX", NULL);
  g_autofree char *out_path = g_build_filename (dir, "out.xml", NULL);
  g_autofree char *csv = fixture_path ();
  g_autofree char *written = NULL;

  /* An existing file is replaced on success. */
  g_assert_true (g_file_set_contents (out_path, "old", -1, NULL));
  g_assert_cmpint (pkc_un_import_main (csv, "MINUSMA", out_path), ==, 0);
  written = read_file (out_path);
  g_assert_cmpstr (written, ==, fixture_expected);
  assert_dir_has_only (dir, "out.xml");

  g_assert_cmpint (g_remove (out_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_file_missing_csv (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pkc-import-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "absent.csv", NULL);
  g_autofree char *out_path = g_build_filename (dir, "out.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;

  g_assert_false (pkc_un_import_file (file, "MINUSMA", out_path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, "absent.csv: no such file");
  assert_dir_has_only (dir, NULL);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_file_missing_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pkc-import-XXXXXX", NULL);
  g_autofree char *out_path = g_build_filename (dir, "no-such-folder", "out.xml", NULL);
  g_autofree char *csv = fixture_path ();
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;

  g_assert_false (pkc_un_import_file (file, "MINUSMA", out_path, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_true (g_str_has_prefix (error->message, out_path));
  assert_dir_has_only (dir, NULL);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A failed import keeps an existing output untouched and leaves no new or temporary file. */
static void
test_file_failure_keeps_output (gconstpointer data)
{
  gboolean existed = GPOINTER_TO_INT (data);
  g_autofree char *dir = g_dir_make_tmp ("pkc-import-XXXXXX", NULL);
  g_autofree char *out_path = g_build_filename (dir, "out.xml", NULL);
  g_autofree char *csv = fixture_path ();
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  static const char original[] = "<original/>\n";
  const char *failing_missions[] = { "MINUSMAA", "UNMISS" };

  if (existed)
    g_assert_true (g_file_set_contents (out_path, original, -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (failing_missions); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (pkc_un_import_file (file, failing_missions[i], out_path, &error));
      g_assert_nonnull (error);
      if (existed)
        {
          g_autofree char *after = read_file (out_path);

          g_assert_cmpstr (after, ==, original);
          assert_dir_has_only (dir, "out.xml");
        }
      else
        assert_dir_has_only (dir, NULL);
    }

  g_assert_cmpint (pkc_un_import_main (csv, "NOPE", out_path), ==, 1);
  assert_dir_has_only (dir, existed ? "out.xml" : NULL);

  g_remove (out_path);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The command-line entry: one line on stderr, status 1; the XML on stdout otherwise. */
static void
test_main_subprocess (void)
{
  g_autofree char *csv = fixture_path ();

  if (g_test_subprocess ())
    {
      const char *mode = g_getenv ("PKC_TEST_MODE");

      if (g_strcmp0 (mode, "ok") == 0)
        exit (pkc_un_import_main (csv, "MINUSMA", NULL));
      exit (pkc_un_import_main (csv, "MINUSMAA", NULL) == 1 ? 0 : 2);
    }

  g_setenv ("PKC_TEST_MODE", "ok", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDIN);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (fixture_expected);
  g_test_trap_assert_stderr ("");

  g_setenv ("PKC_TEST_MODE", "fail", TRUE);
  g_test_trap_subprocess (NULL, 0, 0);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("");
  g_test_trap_assert_stderr ("no mission “MINUSMAA” in two-missions.csv; closest: MINUSMA, "
                             "UNMISS\n");
  g_unsetenv ("PKC_TEST_MODE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* Pinned so that g_printerr() passes the “quotes” of messages through unchanged. */
  setlocale (LC_ALL, "C.UTF-8");

  g_test_add_func ("/un-import/fixture", test_fixture);
  g_test_add_func ("/un-import/fixture-other-mission", test_fixture_other_mission);
  g_test_add_func ("/un-import/minusma", test_minusma);
  g_test_add_func ("/un-import/real-quirks", test_real_quirks);
  g_test_add_func ("/un-import/lenient-shapes", test_lenient_shapes);
  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/un-import/error/%s", error_cases[i].name);
      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_error);
    }
  g_test_add_func ("/un-import/closest", test_closest);
  g_test_add_func ("/un-import/escape", test_escape);
  g_test_add_func ("/un-import/file/success", test_file_success);
  g_test_add_func ("/un-import/file/missing-csv", test_file_missing_csv);
  g_test_add_func ("/un-import/file/missing-folder", test_file_missing_folder);
  g_test_add_data_func ("/un-import/file/failure-keeps-existing", GINT_TO_POINTER (TRUE),
                        test_file_failure_keeps_output);
  g_test_add_data_func ("/un-import/file/failure-leaves-nothing", GINT_TO_POINTER (FALSE),
                        test_file_failure_keeps_output);
  g_test_add_func ("/un-import/main", test_main_subprocess);

  return g_test_run ();
}
