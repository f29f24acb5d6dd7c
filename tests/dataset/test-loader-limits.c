/* test-loader-limits.c — hostile and unusual input: size limits, refused constructs, the
 * first error after a fatal one, and the encodings XML allows
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "dataset-test-util.h"
#include "pkc-dataset-private.h"

/* A valid dataset with @extra inside the root, after <sources>. */
static char *
dataset_with (const char *extra)
{
  return g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<peacekeeping-dataset format=\"1\">\n"
    "  <mission acronym=\"TEST\" start=\"2013-04-25\" source=\"res-1\">\n"
    "    <name xml:lang=\"en\">Test</name>\n"
    "  </mission>\n"
    "  <sources>\n"
    "    <source id=\"res-1\" publisher=\"UN\"><title>Title</title></source>\n"
    "  </sources>\n"
    "%s\n"
    "</peacekeeping-dataset>\n", extra);
}

/* Loads @len bytes; returns every problem (NULL when the dataset loaded). */
static GPtrArray *
problems_of (const char *data,
             gsize       len)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len);
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  GPtrArray *messages = NULL;

  dataset = _pkc_loader_load_bytes_all_errors (bytes, "t.xml", &messages, &error);
  if (dataset != NULL)
    {
      g_assert_no_error (error);
      g_assert_cmpuint (messages->len, ==, 0);
      g_ptr_array_unref (messages);
      return NULL;
    }
  g_assert_nonnull (error);
  g_assert_cmpuint (messages->len, >, 0);
  g_assert_cmpstr (error->message, ==, g_ptr_array_index (messages, 0));
  return messages;
}

static void
assert_first_problem (const char *data,
                      gsize       len,
                      const char *expected)
{
  g_autoptr(GPtrArray) messages = problems_of (data, len);

  g_assert_nonnull (messages);
  g_assert_cmpstr (g_ptr_array_index (messages, 0), ==, expected);
}

static void
assert_loads (const char *data,
              gsize       len)
{
  g_autoptr(GPtrArray) messages = problems_of (data, len);

  if (messages != NULL)
    g_error ("expected the data to load, got \"%s\"", (char *) g_ptr_array_index (messages, 0));
}

/* @piece_len bytes of text, repeated, split by empty comments (which libxml2 keeps apart). */
static char *
split_text (gsize piece_len,
            guint n_pieces)
{
  GString *text = g_string_new (NULL);
  g_autofree char *piece = g_strnfill (piece_len, 'x');

  for (guint i = 0; i < n_pieces; i++)
    {
      g_string_append (text, piece);
      g_string_append (text, "<!---->");
    }
  return g_string_free (text, FALSE);
}

static char *
base_with_contingent (const char *contingent)
{
  g_autofree char *bases = g_strdup_printf (
    "  <bases>\n"
    "    <base id=\"b\" order=\"1\" name=\"B\" region=\"R\" source=\"res-1\">\n"
    "      <closure status=\"unknown\"/>\n"
    "      <contingent>%s</contingent>\n"
    "    </base>\n"
    "  </bases>", contingent);

  return dataset_with (bases);
}

/* 8 MB would crash the bases chart; the loader stops at a few KB, wherever the
 * comments split the text, and never holds more than 1 MiB of one text in memory. */
static void
test_long_contingent (void)
{
  g_autofree char *huge = split_text (4000, 2000);
  g_autofree char *huge_xml = base_with_contingent (huge);
  g_autofree char *text = split_text (1000, 5);
  g_autofree char *xml = base_with_contingent (text);
  g_autofree char *fits = split_text (1000, 4);
  g_autofree char *fits_xml = base_with_contingent (fits);

  /* 8 MB never reaches libxml2 whole: the input guard stops it after 1 MiB. */
  assert_first_problem (huge_xml, strlen (huge_xml),
                        "t.xml:12:7: more than 1048576 bytes of text, comments or one tag from "
                        "here to the next element");
  assert_first_problem (xml, strlen (xml),
                        "t.xml:12:7: the text of <contingent> is longer than 4096 bytes");
  assert_loads (fits_xml, strlen (fits_xml));
}

static char *
note_in_base (const char *note)
{
  return g_strdup_printf ("<bases><base id=\"b\" order=\"1\" name=\"B\" region=\"R\" "
                          "source=\"res-1\"><closure status=\"unknown\"/><note>%s</note>"
                          "</base></bases>", note);
}

static void
test_long_note (void)
{
  g_autofree char *text = split_text (10000, 100);
  g_autofree char *note = note_in_base (text);
  g_autofree char *xml = dataset_with (note);
  g_autofree char *fits_text = split_text (10000, 10);
  g_autofree char *fits_note = note_in_base (fits_text);
  g_autofree char *fits_xml = dataset_with (fits_note);

  assert_first_problem (xml, strlen (xml),
                        "t.xml:9:1: the text of <note> is longer than 102400 bytes");
  assert_loads (fits_xml, strlen (fits_xml));
}

static void
test_long_attribute (void)
{
  g_autofree char *name = g_strnfill (5000, 'n');
  g_autofree char *bases = g_strdup_printf (
    "<bases><base id=\"b\" order=\"1\" name=\"%s\" region=\"R\" source=\"res-1\">"
    "<closure status=\"unknown\"/></base></bases>", name);
  g_autofree char *xml = dataset_with (bases);

  assert_first_problem (xml, strlen (xml),
                        "t.xml:9:1: attribute \"name\" on <base> is longer than 4096 bytes");
}

/* libxml2 checks for duplicate attributes in quadratic time: 100,000 took minutes. The
 * guard refuses the tag before libxml2 parses it. */
static void
test_many_attributes (void)
{
  GString *tag = g_string_new ("<bases x0=\"\"");
  g_autofree char *xml = NULL;
  g_autoptr(GPtrArray) messages = NULL;

  for (guint i = 1; i < 100000; i++)
    g_string_append_printf (tag, " x%u=\"\"", i);
  g_string_append (tag, "/>");
  xml = dataset_with (tag->str);
  g_string_free (tag, TRUE);

  messages = problems_of (xml, strlen (xml));
  g_assert_nonnull (messages);
  g_assert_cmpstr (g_ptr_array_index (messages, 0), ==,
                   "t.xml:9:1: <bases> has more than 64 attributes");
  g_assert_cmpuint (messages->len, ==, 1);
}

/* 64 attributes are parsed (and refused one by one as unknown); 65 are not parsed. */
static void
test_attribute_limit_edge (void)
{
  GString *tag = g_string_new ("<bases");
  g_autofree char *xml = NULL;
  g_autoptr(GPtrArray) messages = NULL;

  for (guint i = 0; i < 64; i++)
    g_string_append_printf (tag, " x%u='a=b'", i);
  g_string_append (tag, "/>");
  xml = dataset_with (tag->str);
  g_string_free (tag, TRUE);

  messages = problems_of (xml, strlen (xml));
  g_assert_nonnull (messages);
  g_assert_cmpstr (g_ptr_array_index (messages, 0), ==,
                   "t.xml:9:1: unknown attribute \"x0\" on <bases>");
}

static void
test_too_many_records (void)
{
  GString *events = g_string_new ("<events>\n");
  g_autofree char *xml = NULL;

  for (guint i = 0; i < 1001; i++)
    g_string_append (events, "<event date=\"2014\" source=\"res-1\">"
                             "<label xml:lang=\"en\">E</label></event>\n");
  g_string_append (events, "</events>");
  xml = dataset_with (events->str);
  g_string_free (events, TRUE);

  assert_first_problem (xml, strlen (xml),
                        "t.xml:1010:1: a dataset holds at most 1000 records in <events>");
}

static void
test_too_many_children (void)
{
  GString *contingents = g_string_new ("Chad</contingent>");
  g_autofree char *xml = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append (contingents, "<contingent>Chad</contingent>");
  g_string_truncate (contingents, contingents->len - strlen ("</contingent>"));
  xml = base_with_contingent (contingents->str);
  g_string_free (contingents, TRUE);

  assert_first_problem (xml, strlen (xml), "t.xml:12:1: <base> holds more than 200 elements");
}

/* An undeclared entity ends the parse inside <title>: the title then looks empty, but that
 * is a consequence, never the first problem. */
static void
test_fatal_error_first (void)
{
  const char *xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<peacekeeping-dataset format=\"1\">\n"
    "  <mission acronym=\"TEST\" start=\"2013-04-25\" source=\"res-1\">\n"
    "    <name xml:lang=\"en\">Test</name>\n"
    "  </mission>\n"
    "  <sources>\n"
    "    <source id=\"res-1\" publisher=\"UN\">\n"
    "      <title>A&nbsp;B</title>\n"
    "    </source>\n"
    "  </sources>\n"
    "</peacekeeping-dataset>\n";
  g_autoptr(GPtrArray) messages = problems_of (xml, strlen (xml));

  g_assert_nonnull (messages);
  g_assert_cmpuint (messages->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (messages, 0),
                                   "t.xml:8:21: not well-formed XML: Entity 'nbsp' not defined"));
}

static void
test_bad_byte_first (void)
{
  g_autofree char *xml = dataset_with ("<events><event date=\"2014\" source=\"res-1\">"
                                       "<label xml:lang=\"en\">\xFF</label></event></events>");

  assert_first_problem (xml, strlen (xml),
                        "t.xml:9:64: not well-formed XML: the file is not valid UTF-8 text or "
                        "contains a forbidden character");
}

/* valid-small.xml in another encoding, with its declaration changed to match. */
static char *
valid_small_as (const char *encoding,
                gsize      *len)
{
  g_autofree char *path = test_data_path ("valid-small.xml");
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GError) error = NULL;
  char *converted;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  text = g_string_new (contents);
  g_string_replace (text, "encoding=\"UTF-8\"", "encoding=\"UTF-16\"", 1);
  /* UTF-16 from iconv carries a byte order mark, as Windows editors write it. */
  converted = g_convert (text->str, -1, encoding, "UTF-8", NULL, len, &error);
  g_assert_no_error (error);
  return converted;
}

static void
assert_same_as_valid_small (const char *data,
                            gsize       len)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len);
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = pkc_loader_load_bytes (bytes, "u.xml", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (pkc_dataset_get_mission_name (dataset, PKC_LANG_FR), ==, "Mission d’essai");
  g_assert_cmpuint (pkc_dataset_get_n_casualties (dataset), ==, 7);
  g_assert_cmpuint (pkc_dataset_get_bases (dataset)->len, ==, 4);
}

static void
test_utf16 (void)
{
  gsize len = 0;
  g_autofree char *bom = valid_small_as ("UTF-16", &len);
  g_autofree char *be = NULL;
  g_autofree char *with_bom = NULL;

  g_assert_true ((guint8) bom[0] == 0xFF || (guint8) bom[0] == 0xFE);
  assert_same_as_valid_small (bom, len);

  be = valid_small_as ("UTF-16BE", &len);
  with_bom = g_malloc (len + 2);
  with_bom[0] = (char) 0xFE;
  with_bom[1] = (char) 0xFF;
  memcpy (with_bom + 2, be, len);
  assert_same_as_valid_small (with_bom, len + 2);
}

static void
test_declared_latin1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = test_load_data_file ("latin1-declared.xml", &error);
  g_autofree char *ascii = dataset_with ("");
  g_autoptr(GString) declared = g_string_new (ascii);

  g_assert_no_error (error);
  g_assert_cmpstr (pkc_dataset_get_mission_name (dataset, PKC_LANG_EN), ==, "Café");

  g_string_replace (declared, "UTF-8", "ISO-8859-1", 1);
  assert_loads (declared->str, declared->len);
}

static void
test_unsupported_encoding (void)
{
  g_autofree char *xml = dataset_with ("");
  g_autoptr(GString) declared = g_string_new (xml);

  g_string_replace (declared, "UTF-8", "X-MARTIAN", 1);
  assert_first_problem (declared->str, declared->len,
                        "t.xml:1:41: the file declares the encoding \"X-MARTIAN\", which cannot "
                        "be read: use UTF-8, UTF-16 or another common encoding such as "
                        "ISO-8859-1 or Windows-1252");
}

/* A DOCTYPE after more than 8 KB of comments: one problem, at its own place. */
static void
test_late_doctype (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n");
  g_autoptr(GPtrArray) messages = NULL;

  for (guint i = 0; i < 200; i++)
    g_string_append (xml, "<!-- a comment of the prolog, <!DOCTYPE> in it is only text -->\n");
  g_string_append (xml, "  <!DOCTYPE peacekeeping-dataset [ <!ENTITY a \"&b;&b;\"> ]>\n"
                        "<peacekeeping-dataset format=\"1\">&a;</peacekeeping-dataset>\n");
  messages = problems_of (xml->str, xml->len);
  g_string_free (xml, TRUE);

  g_assert_nonnull (messages);
  g_assert_cmpuint (messages->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (messages, 0), ==,
                   "t.xml:202:3: a DOCTYPE is not allowed in a dataset file");
}

/* CDATA and quoted values may hold '<', '>' and '=' without fooling the guard. */
static void
test_guard_not_fooled (void)
{
  g_autofree char *xml = dataset_with (
    "<events><event date=\"2014\" source=\"res-1\">"
    "<label xml:lang=\"en\"><![CDATA[a <!DOCTYPE x> b = c]]></label>"
    "</event></events>");

  assert_loads (xml, strlen (xml));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/loader-limits/long-contingent", test_long_contingent);
  g_test_add_func ("/loader-limits/long-note", test_long_note);
  g_test_add_func ("/loader-limits/long-attribute", test_long_attribute);
  g_test_add_func ("/loader-limits/many-attributes", test_many_attributes);
  g_test_add_func ("/loader-limits/attribute-limit-edge", test_attribute_limit_edge);
  g_test_add_func ("/loader-limits/too-many-records", test_too_many_records);
  g_test_add_func ("/loader-limits/too-many-children", test_too_many_children);
  g_test_add_func ("/loader-first-error/entity", test_fatal_error_first);
  g_test_add_func ("/loader-first-error/bad-byte", test_bad_byte_first);
  g_test_add_func ("/loader-encoding/utf16", test_utf16);
  g_test_add_func ("/loader-encoding/latin1", test_declared_latin1);
  g_test_add_func ("/loader-encoding/unsupported", test_unsupported_encoding);
  g_test_add_func ("/loader-doctype/after-8k-prolog", test_late_doctype);
  g_test_add_func ("/loader-guard/not-fooled", test_guard_not_fooled);

  return g_test_run ();
}
