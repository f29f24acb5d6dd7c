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

#include "pkc-common.h"
#include "pkc-loader.h"
#include "pkc-un-import.h"
#include "pkc-un-import-private.h"

#define HEADER "id,incident_date,casualty_id,mission_acronym,type_of_casualty,gender," \
               "casualty_nationality,casualty_personnel_type,type_of_incident,m49_code," \
               "isocode3,last_update\n"

/* Imports @csv_text (a whole CSV in memory) and returns the XML and its warnings, or NULL
 * with @error. */
static char *
import_string_warned (const char  *csv_text,
                      const char  *acronym,
                      GPtrArray  **out_warnings,
                      GError     **error)
{
  g_autoptr(GInputStream) in = g_memory_input_stream_new_from_data (csv_text, -1, NULL);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  GMemoryOutputStream *memory = G_MEMORY_OUTPUT_STREAM (out);
  g_autoptr(GPtrArray) warnings = NULL;
  gboolean ok = pkc_un_import (in, "t.csv", acronym, out, &warnings, error);

  /* Warnings come with a dataset, never with an error. */
  g_assert_true (ok == (warnings != NULL));
  if (!ok)
    {
      /* Nothing at all is written when the import fails. */
      g_assert_cmpuint (g_memory_output_stream_get_data_size (memory), ==, 0);
      return NULL;
    }

  if (out_warnings != NULL)
    *out_warnings = g_steal_pointer (&warnings);

  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_data (memory);
}

static char *
import_string (const char  *csv_text,
               const char  *acronym,
               GError     **error)
{
  return import_string_warned (csv_text, acronym, NULL, error);
}

static char *
import_path_warned (const char  *csv_path,
                    const char  *acronym,
                    GPtrArray  **out_warnings,
                    GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (csv_path);
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, error);
  g_autoptr(GOutputStream) out = NULL;
  g_autofree char *basename = g_file_get_basename (file);

  if (in == NULL)
    return NULL;

  out = g_memory_output_stream_new_resizable ();
  if (!pkc_un_import (G_INPUT_STREAM (in), basename, acronym, out, out_warnings, error))
    return NULL;

  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, NULL));
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

static char *
import_path (const char  *csv_path,
             const char  *acronym,
             GError     **error)
{
  return import_path_warned (csv_path, acronym, NULL, error);
}

/* @warnings holds exactly the NULL-terminated @expected, in order. */
static void
assert_warnings (GPtrArray          *warnings,
                 const char * const *expected)
{
  guint n = expected != NULL ? g_strv_length ((char **) expected) : 0;

  g_assert_nonnull (warnings);
  for (guint i = 0; i < MIN (n, warnings->len); i++)
    g_assert_cmpstr (warnings->pdata[i], ==, expected[i]);
  g_assert_cmpuint (warnings->len, ==, n);
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
  "personnel=\"military\" nationality=\"Chad\" iso=\"TCD\" gender=\"M\" "
  "source=\"un-fatalities\"/>\n"
  "    <casualty id=\"MINUSMA-2014-05-00002\" date=\"2014-05-17\" incident=\"malicious-act\" "
  "personnel=\"local-civilian\" nationality=\"Mali\" iso=\"MLI\" gender=\"F\" "
  "source=\"un-fatalities\"/>\n"
  "    <casualty id=\"MINUSMA-2014-01-00003\" date=\"2014-01-09\" incident=\"to-be-determined\" "
  "personnel=\"police\" nationality=\"ZZ [Undetermined]\" iso=\"\" gender=\"M\" "
  "source=\"un-fatalities\"/>\n"
  "    <casualty id=\"MINUSMA-2015-11-00004\" date=\"2015-11-28\" incident=\"self-inflicted\" "
  "personnel=\"international-civilian\" nationality=\"Korea, Republic of\" iso=\"KOR\" "
  "gender=\"M\" source=\"un-fatalities\"/>\n"
  "    <casualty id=\"MINUSMA-2016-02-00005\" date=\"2016-02-12\" incident=\"unknown\" "
  "personnel=\"military-observer\" nationality=\"Côte d&quot;Ivoire &amp; &lt;Co&gt;\" "
  "iso=\"CIV\" gender=\"M\" source=\"un-fatalities\"/>\n"
  "  </casualties>\n"
  "</peacekeeping-dataset>\n";

/* Two missions, CRLF line ends, a "Local " row, an empty ISO code, quoted names with a
 * comma and with markup characters, and an UNMISS row full of values we would reject. */
static void
test_fixture (void)
{
  g_autofree char *path = fixture_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *xml = import_path_warned (path, "MINUSMA", &warnings, &error);
  g_autoptr(PkcDataset) dataset = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (xml, ==, fixture_expected);
  /* CRLF line ends, a trailing blank, an empty ISO code: nothing is repaired. */
  assert_warnings (warnings, NULL);

  dataset = load_xml (xml, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpstr (pkc_dataset_get_acronym (dataset), ==, "MINUSMA");
  g_assert_cmpuint (pkc_dataset_get_n_casualties (dataset), ==, 5);
}

/* The rows of another mission are read (shape only) but their values are not judged. */
static void
test_fixture_other_mission (void)
{
  g_autofree char *path = fixture_path ();
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = import_path (path, "UNMISS", &error);

  /* Asked for UNMISS, its own rows are judged: a bad value refuses the import. */
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
  g_assert_cmpuint (pkc_dataset_get_n_casualties (dataset), ==, 311);
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
      g_assert_cmpuint (pkc_dataset_get_n_casualties (dataset), ==, lines->len);
      g_assert_cmpuint (lines->len, >, 0);
    }
}

/* The number of rows per mission_acronym in @contents, with a deliberately naive parser
 * that shares nothing with the importer: commas split fields, a double quote toggles
 * quoting, LF ends a record outside quotes, CRs are dropped; lines with no acronym (blank
 * lines) are not rows. */
static GHashTable *
count_rows_per_mission (const char *contents,
                        guint      *out_total)
{
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) record = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;
  int mission_column = -1;

  *out_total = 0;
  for (const char *p = contents; ; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (*p == '\r')
        continue;
      else if (quoted && *p != '\0')
        g_string_append_c (field, *p);
      else if (*p == ',' || *p == '\n' || *p == '\0')
        {
          g_ptr_array_add (record, g_strstrip (g_strdup (field->str)));
          g_string_truncate (field, 0);
          if (*p == ',')
            continue;

          if (mission_column < 0)
            {
              for (guint i = 0; i < record->len; i++)
                if (strcmp (record->pdata[i], "mission_acronym") == 0)
                  mission_column = (int) i;
              g_assert_cmpint (mission_column, >=, 0);
            }
          else if ((guint) mission_column < record->len &&
                   ((char *) record->pdata[mission_column])[0] != '\0')
            {
              const char *acronym = record->pdata[mission_column];
              guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, acronym));

              g_hash_table_insert (counts, g_strdup (acronym), GUINT_TO_POINTER (n + 1));
              (*out_total)++;
            }
          g_ptr_array_set_size (record, 0);
          if (*p == '\0')
            break;
        }
      else
        g_string_append_c (field, *p);
    }

  return counts;
}

/* Every mission of the real UN file imports with every one of its rows, and the loader
 * takes each dataset. */
static void
test_all_missions (void)
{
  g_autofree char *csv = un_csv_path ();
  g_autofree char *contents = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;
  guint total = 0, imported = 0;

  if (!g_file_get_contents (csv, &contents, NULL, &error))
    g_error ("the UN fatalities CSV is missing: %s", error->message);
  counts = count_rows_per_mission (contents, &total);
  /* As data/un/README.md describes the file. */
  g_assert_cmpuint (g_hash_table_size (counts), ==, 81);
  g_assert_cmpuint (total, ==, 4429);

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *acronym = key;
      g_autofree char *xml = import_path (csv, acronym, &error);
      g_autofree char *upper = g_ascii_strup (acronym, -1);
      g_autoptr(PkcDataset) dataset = NULL;

      if (xml == NULL)
        g_error ("%s does not import: %s", acronym, error->message);
      dataset = load_xml (xml, &error);
      if (dataset == NULL)
        g_error ("%s does not load: %s", acronym, error->message);

      g_assert_cmpstr (pkc_dataset_get_acronym (dataset), ==, upper);
      if (pkc_dataset_get_n_casualties (dataset) != GPOINTER_TO_UINT (value))
        g_error ("%s: %u casualties imported, the CSV has %u rows", acronym,
                 pkc_dataset_get_n_casualties (dataset), GPOINTER_TO_UINT (value));
      imported += pkc_dataset_get_n_casualties (dataset);
    }
  g_assert_cmpuint (imported, ==, 4429);
}

/* Missions whose UN rows need repairs: imported, with the warnings they give. */
static void
test_real_repairs (void)
{
  static const struct {
    const char *acronym;
    guint       n_casualties;
    const char *warnings[2];
  } cases[] = {
    { "UNOCI", 151,
      { "un-peacekeeping-fatalities.csv: warning: 1 row with an empty nationality kept as "
        "Unknown" } },
    { "UNSecretariat", 9,
      { "un-peacekeeping-fatalities.csv: warning: 7 casualty_ids with spaces kept with “_” "
        "instead of spaces" } },
    { "UNMIK", 62,
      { "un-peacekeeping-fatalities.csv: warning: 6 rows repeating an earlier casualty_id "
        "kept without an id" } },
    { "MINUSMA", 311, { NULL } },
  };
  g_autofree char *csv = un_csv_path ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) warnings = NULL;
      g_autofree char *xml = import_path_warned (csv, cases[i].acronym, &warnings, &error);
      g_autoptr(PkcDataset) dataset = NULL;

      g_assert_no_error (error);
      assert_warnings (warnings, cases[i].warnings);
      dataset = load_xml (xml, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (pkc_dataset_get_n_casualties (dataset), ==, cases[i].n_casualties);
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
  { "iso-starting-with-zz",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,ZZ9,2025\n",
    "MINUSMA", pkc_un_import_error_quark, PKC_UN_IMPORT_ERROR_INVALID_VALUE,
    "t.csv:2: isocode3 “ZZ9” is neither empty nor three capital letters" },
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
  { "unknown-mission-lowercase",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n"
    "2,2015-08-22,UNTSO-1,UNTSO,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n",
    "minusmaa", pkc_un_import_error_quark, PKC_UN_IMPORT_ERROR_UNKNOWN_MISSION,
    "no mission “minusmaa” in t.csv; closest: MINUSMA, UNTSO" },
  { "only-blank-lines", "\n  \r\n\t\n", "MINUSMA", pkc_un_import_error_quark,
    PKC_UN_IMPORT_ERROR_MISSING_COLUMN, "t.csv:1: the file is empty, expected a header line" },
  { "unterminated-quote",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n"
    "\n"
    "3,2013-08-23,MINUSMA-2,MINUSMA,Fatality,M,\"Chad,Military,Illness,148.0,TCD,2025\n",
    "MINUSMA", pkc_csv_error_quark, PKC_CSV_ERROR_MALFORMED,
    "t.csv:4: quoted field opened on this line is never closed" },
  { "wrong-field-count-after-blank-lines",
    HEADER
    "  \n"
    "\t\r\n"
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD\n",
    "MINUSMA", pkc_un_import_error_quark, PKC_UN_IMPORT_ERROR_FIELD_COUNT,
    "t.csv:4: expected 12 fields like the header, found 11" },
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
                   "nationality=\"Chad\" iso=\"TCD\" gender=\"M\" source=\"un-fatalities\"/>");
  g_assert_nonnull (strstr (xml, "start=\"2013\" end=\"2013-08\""));
  dataset = load_xml (xml, &error);
  g_assert_no_error (error);
}

/* --- messy rows: repaired, every row kept, each kind of repair reported once ------------ */

/* The CSV rows below record gender M unless CASUALTY_G says otherwise ("" for none). */
#define CASUALTY_G(id_attr, date, incident, personnel, nationality, iso, gender_attr) \
  "    <casualty " id_attr "date=\"" date "\" incident=\"" incident "\" personnel=\"" \
  personnel "\" nationality=\"" nationality "\" iso=\"" iso "\"" gender_attr \
  " source=\"un-fatalities\"/>"
#define CASUALTY(id_attr, date, incident, personnel, nationality, iso) \
  CASUALTY_G (id_attr, date, incident, personnel, nationality, iso, " gender=\"M\"")

static const struct {
  const char *name;
  const char *csv;
  const char *acronym;
  const char *casualties[5];  /* every <casualty> line expected, in order */
  const char *warnings[6];
} repair_cases[] = {
  { "empty-nationality",
    HEADER
    "1,2016-03-13,UNOCI-2016-03-09647,UNOCI,Fatality,,,Other,Malicious Act,,,2025-04-04\n"
    "2,2016-03-14,UNOCI-2016-03-09648,UNOCI,Fatality,M,Niger,Military,Illness,562.0,NER,2025\n",
    "UNOCI",
    { CASUALTY_G ("id=\"UNOCI-2016-03-09647\" ", "2016-03-13", "malicious-act", "other",
                  "Unknown", "", ""),
      CASUALTY ("id=\"UNOCI-2016-03-09648\" ", "2016-03-14", "illness", "military", "Niger",
                "NER") },
    { "t.csv: warning: 1 row with an empty nationality kept as Unknown" } },
  { "blank-nationalities",
    HEADER
    "1,2016-03-13,UNOCI-1,UNOCI,Fatality,, ,Other,Malicious Act,,,2025\n"
    "2,2016-03-14,UNOCI-2,UNOCI,Fatality,M,\"\t\",Military,Illness,,CIV,2025\n",
    "UNOCI",
    { CASUALTY_G ("id=\"UNOCI-1\" ", "2016-03-13", "malicious-act", "other", "Unknown", "",
                  ""),
      CASUALTY ("id=\"UNOCI-2\" ", "2016-03-14", "illness", "military", "Unknown", "CIV") },
    { "t.csv: warning: 2 rows with an empty nationality kept as Unknown" } },
  { "ids-with-spaces",
    HEADER
    "205,1961-09-18,UN SECRETA-1961-09-10864,UNSecretariat,Fatality,M,Sweden,"
    "International Civilian,Accident,752.0,SWE,2025-04-04\n"
    "206,1961-09-18,\"UN \t SECRETA-1961-09-10863\",UNSecretariat,Fatality,M,Sweden,"
    "International Civilian,Accident,752.0,SWE,2025-04-04\n"
    "207,2017-03-12,MONUSCO-2017-03-10392,UNSecretariat,Fatality,F,Sweden,Other,"
    "Malicious Act,752.0,SWE,2025-04-04\n",
    "UNSecretariat",
    { CASUALTY ("id=\"UN_SECRETA-1961-09-10864\" ", "1961-09-18", "accident",
                "international-civilian", "Sweden", "SWE"),
      CASUALTY ("id=\"UN_SECRETA-1961-09-10863\" ", "1961-09-18", "accident",
                "international-civilian", "Sweden", "SWE"),
      CASUALTY_G ("id=\"MONUSCO-2017-03-10392\" ", "2017-03-12", "malicious-act", "other",
                  "Sweden", "SWE", " gender=\"F\"") },
    { "t.csv: warning: 2 casualty_ids with spaces kept with “_” instead of spaces" } },
  /* "A B" becomes "A_B", which a later row already spells so: ids stay unique. */
  { "id-with-spaces-meets-underscore",
    HEADER
    "1,2001-01-01,X 1,UNMIK,Fatality,M,Chad,Military,Illness,,TCD,2025\n"
    "2,2001-01-02,X_1,UNMIK,Fatality,M,Chad,Military,Illness,,TCD,2025\n"
    "3,2001-01-03,X  1,UNMIK,Fatality,M,Chad,Military,Illness,,TCD,2025\n",
    "UNMIK",
    { CASUALTY ("id=\"X_1\" ", "2001-01-01", "illness", "military", "Chad", "TCD"),
      CASUALTY ("", "2001-01-02", "illness", "military", "Chad", "TCD"),
      CASUALTY ("", "2001-01-03", "illness", "military", "Chad", "TCD") },
    { "t.csv: warning: 2 casualty_ids with spaces kept with “_” instead of spaces",
      "t.csv: warning: 2 rows repeating an earlier casualty_id kept without an id" } },
  { "whitespace-only-lines",
    HEADER
    "   \n"
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n"
    "\t \n"
    ", ,,\n"
    "\n"
    "2,2013-08-23,MINUSMA-2,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n"
    " ",
    "MINUSMA",
    { CASUALTY ("id=\"MINUSMA-1\" ", "2013-08-22", "illness", "military", "Chad", "TCD"),
      CASUALTY ("id=\"MINUSMA-2\" ", "2013-08-23", "illness", "military", "Chad", "TCD") },
    { "t.csv: warning: 5 blank lines skipped" } },
  { "blank-lines-before-header",
    "\n \n" HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n",
    "MINUSMA",
    { CASUALTY ("id=\"MINUSMA-1\" ", "2013-08-22", "illness", "military", "Chad", "TCD") },
    { "t.csv: warning: 2 blank lines skipped" } },
  /* CRLF is a normal line end (RFC 4180's own): nothing to report. */
  { "crlf",
    "id,incident_date,casualty_id,mission_acronym,type_of_casualty,gender,"
    "casualty_nationality,casualty_personnel_type,type_of_incident,m49_code,isocode3,"
    "last_update\r\n"
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\r\n"
    "2,2013-08-23,MINUSMA-2,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,\r\n",
    "MINUSMA",
    { CASUALTY ("id=\"MINUSMA-1\" ", "2013-08-22", "illness", "military", "Chad", "TCD"),
      CASUALTY ("id=\"MINUSMA-2\" ", "2013-08-23", "illness", "military", "Chad", "TCD") },
    { NULL } },
  { "crlf-whitespace-only-line",
    "id,incident_date,casualty_id,mission_acronym,type_of_casualty,gender,"
    "casualty_nationality,casualty_personnel_type,type_of_incident,m49_code,isocode3,"
    "last_update\r\n"
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\r\n"
    "  \r\n"
    "2,2013-08-23,MINUSMA-2,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,\r\n"
    "\r\n",
    "MINUSMA",
    { CASUALTY ("id=\"MINUSMA-1\" ", "2013-08-22", "illness", "military", "Chad", "TCD"),
      CASUALTY ("id=\"MINUSMA-2\" ", "2013-08-23", "illness", "military", "Chad", "TCD") },
    { "t.csv: warning: 2 blank lines skipped" } },
  { "zz-iso",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,ZZ [Undetermined],Police,Illness,,"
    "ZZ [Undetermined],2025\n"
    "2,2013-08-23,MINUSMA-2,MINUSMA,Fatality,M,Chad,Police,Illness,,ZZ,2025\n"
    "3,2013-08-24,MINUSMA-3,MINUSMA,Fatality,M,Chad,Police,Illness,,zzz,2025\n"
    "4,2013-08-25,MINUSMA-4,MINUSMA,Fatality,M,Chad,Police,Illness,,,2025\n",
    "MINUSMA",
    { CASUALTY ("id=\"MINUSMA-1\" ", "2013-08-22", "illness", "police", "ZZ [Undetermined]",
                ""),
      CASUALTY ("id=\"MINUSMA-2\" ", "2013-08-23", "illness", "police", "Chad", ""),
      CASUALTY ("id=\"MINUSMA-3\" ", "2013-08-24", "illness", "police", "Chad", ""),
      CASUALTY ("id=\"MINUSMA-4\" ", "2013-08-25", "illness", "police", "Chad", "") },
    { "t.csv: warning: 3 rows with isocode3 ZZ (undetermined) kept with an unknown ISO code" } },
  { "one-zz-iso",
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Police,Illness,,ZZ [Undetermined],2025\n",
    "MINUSMA",
    { CASUALTY ("id=\"MINUSMA-1\" ", "2013-08-22", "illness", "police", "Chad", "") },
    { "t.csv: warning: 1 row with isocode3 ZZ (undetermined) kept with an unknown ISO code" } },
  /* Every kind at once: one line each, in a fixed order whatever the file order. */
  { "all-kinds",
    HEADER
    "1,2013-08-22,A B,MINUSMA,Fatality,M,Chad,Police,Illness,,ZZ,2025\n"
    "\n"
    "2,2013-08-23,A_B,MINUSMA,Fatality,M,,Police,Illness,,TCD,2025\n",
    "MINUSMA",
    { CASUALTY ("id=\"A_B\" ", "2013-08-22", "illness", "police", "Chad", ""),
      CASUALTY ("", "2013-08-23", "illness", "police", "Unknown", "TCD") },
    { "t.csv: warning: 1 blank line skipped",
      "t.csv: warning: 1 row with an empty nationality kept as Unknown",
      "t.csv: warning: 1 row with isocode3 ZZ (undetermined) kept with an unknown ISO code",
      "t.csv: warning: 1 casualty_id with spaces kept with “_” instead of spaces",
      "t.csv: warning: 1 row repeating an earlier casualty_id kept without an id" } },
};

static void
test_repair (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *xml = import_string_warned (repair_cases[i].csv, repair_cases[i].acronym,
                                               &warnings, &error);
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  guint n_expected = 0;

  g_assert_no_error (error);
  assert_warnings (warnings, repair_cases[i].warnings);

  lines = casualty_lines (xml);
  while (n_expected < G_N_ELEMENTS (repair_cases[i].casualties) &&
         repair_cases[i].casualties[n_expected] != NULL)
    n_expected++;
  for (guint j = 0; j < MIN (n_expected, lines->len); j++)
    g_assert_cmpstr (lines->pdata[j], ==, repair_cases[i].casualties[j]);
  g_assert_cmpuint (lines->len, ==, n_expected);

  /* Every row reaches the dataset, and the loader takes what the repairs wrote. */
  dataset = load_xml (xml, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pkc_dataset_get_n_casualties (dataset), ==, n_expected);
}

/* CRLF and LF give the very same dataset. */
static void
test_crlf_same_as_lf (void)
{
  const char *crlf = NULL;
  g_autofree char *lf = NULL;
  g_autofree char *xml_crlf = NULL;
  g_autofree char *xml_lf = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (repair_cases); i++)
    if (strcmp (repair_cases[i].name, "crlf") == 0)
      crlf = repair_cases[i].csv;
  g_assert_nonnull (crlf);

  lf = g_strdup (crlf);
  /* Drop each CR: the texts hold no other. */
  {
    char *to = lf;

    for (const char *from = crlf; *from != '\0'; from++)
      if (*from != '\r')
        *to++ = *from;
    *to = '\0';
  }
  g_assert_null (strchr (lf, '\r'));

  xml_crlf = import_string (crlf, "MINUSMA", &error);
  g_assert_no_error (error);
  xml_lf = import_string_warned (lf, "MINUSMA", &warnings, &error);
  g_assert_no_error (error);
  assert_warnings (warnings, NULL);
  g_assert_cmpstr (xml_crlf, ==, xml_lf);
}

/* "minusma" finds the MINUSMA rows; the dataset keeps the UN spelling, not the user's. */
static void
test_mission_case_insensitive (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = import_string (
    HEADER
    "1,2013-08-22,MINUSMA-1,MINUSMA,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n"
    "2,2015-08-22,UNTSO-1,UNTSO,Fatality,M,Chad,Military,Illness,148.0,TCD,2025\n"
    "3,2021-02-05,OSE-Syria-1,OSESyria,Fatality,M,Kenya,Military,Illness,404.0,KEN,2025\n",
    "minusma", &error);
  g_autofree char *xml_syria = NULL;
  g_autoptr(GPtrArray) lines = NULL;

  g_assert_no_error (error);
  lines = casualty_lines (xml);
  g_assert_cmpuint (lines->len, ==, 1);
  g_assert_nonnull (strstr (xml, "<mission acronym=\"MINUSMA\" "));
  g_assert_nonnull (strstr (xml, "<name xml:lang=\"en\">MINUSMA</name>"));
  g_assert_nonnull (strstr (xml, "1 rows with mission_acronym MINUSMA."));

  xml_syria = import_string (
    HEADER
    "3,2021-02-05,OSE-Syria-1,OSESyria,Fatality,M,Kenya,Military,Illness,404.0,KEN,2025\n",
    "OSESYRIA", &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (xml_syria, "<mission acronym=\"OSESYRIA\" "));
  g_assert_nonnull (strstr (xml_syria, "<name xml:lang=\"en\">OSESyria</name>"));
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

  g_assert_false (_pkc_un_import_file (file, "MINUSMA", out_path, NULL, &error));
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

  g_assert_false (_pkc_un_import_file (file, "MINUSMA", out_path, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  /* The message names the file the user asked for. */
  g_assert_nonnull (strstr (error->message, "out.xml"));
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

      g_assert_false (_pkc_un_import_file (file, failing_missions[i], out_path, NULL, &error));
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
      if (g_strcmp0 (mode, "lowercase") == 0)
        exit (pkc_un_import_main (csv, "minusma", NULL));
      exit (pkc_un_import_main (csv, "MINUSMAA", NULL) == 1 ? 0 : 2);
    }

  g_setenv ("PKC_TEST_MODE", "ok", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDIN);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout (fixture_expected);
  g_test_trap_assert_stderr ("");

  g_setenv ("PKC_TEST_MODE", "lowercase", TRUE);
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

/* The command line on the real file: each kind of repair once on stderr, status 0, and a
 * dataset with every row. */
static void
test_main_warnings (void)
{
  static const struct {
    const char *acronym;
    guint       n_casualties;
    const char *stderr_text;
  } cases[] = {
    { "UNOCI", 151,
      "un-peacekeeping-fatalities.csv: warning: 1 row with an empty nationality kept as "
      "Unknown\n" },
    { "unsecretariat", 9,
      "un-peacekeeping-fatalities.csv: warning: 7 casualty_ids with spaces kept with “_” "
      "instead of spaces\n" },
  };
  g_autofree char *csv = un_csv_path ();
  g_autofree char *dir = NULL;
  g_autofree char *out_path = NULL;

  if (g_test_subprocess ())
    exit (pkc_un_import_main (csv, g_getenv ("PKC_TEST_MODE"), g_getenv ("PKC_TEST_OUTPUT")));

  dir = g_dir_make_tmp ("pkc-import-XXXXXX", NULL);
  out_path = g_build_filename (dir, "out.xml", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (out_path);
      g_autoptr(PkcDataset) dataset = NULL;
      g_autoptr(GError) error = NULL;

      g_setenv ("PKC_TEST_MODE", cases[i].acronym, TRUE);
      g_setenv ("PKC_TEST_OUTPUT", out_path, TRUE);
      g_test_trap_subprocess (NULL, 0, 0);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stdout ("");
      g_test_trap_assert_stderr (cases[i].stderr_text);

      dataset = pkc_loader_load_file (file, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (pkc_dataset_get_n_casualties (dataset), ==, cases[i].n_casualties);
      g_assert_cmpint (g_remove (out_path), ==, 0);
    }
  g_unsetenv ("PKC_TEST_MODE");
  g_unsetenv ("PKC_TEST_OUTPUT");
  g_assert_cmpint (g_rmdir (dir), ==, 0);
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
  g_test_add_func ("/un-import/all-missions", test_all_missions);
  g_test_add_func ("/un-import/real-repairs", test_real_repairs);
  for (guint i = 0; i < G_N_ELEMENTS (repair_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/un-import/repair/%s", repair_cases[i].name);
      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_repair);
    }
  g_test_add_func ("/un-import/crlf-same-as-lf", test_crlf_same_as_lf);
  g_test_add_func ("/un-import/mission-case-insensitive", test_mission_case_insensitive);
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
  g_test_add_func ("/un-import/main-warnings", test_main_warnings);

  return g_test_run ();
}
