/* test-loader-reader.c — what the loader's SAX2 reader hands over: values as libxml2 decodes
 * them (entities, character references, CDATA), and a DOCTYPE the input guard cannot see
 *
 * libxml2's SAX2 events leave an attribute's "&amp;" as "&#38;" for a tree builder to turn
 * back and hand text over in pieces; these pin what reaches the dataset.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "dataset-test-util.h"
#include "pkc-loader.h"

/* A dataset whose source "s" has @publisher (an attribute) and @title (a text). */
static PkcDataset *
load_source (const char *publisher,
             const char *title)
{
  g_autofree char *xml = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<peacekeeping-dataset format=\"1\">\n"
    "  <mission acronym=\"X\" start=\"2020-01-01\" source=\"s\">\n"
    "    <name xml:lang=\"en\">X</name>\n"
    "  </mission>\n"
    "  <sources>\n"
    "    <source id=\"s\" publisher=\"%s\"><title>%s</title></source>\n"
    "  </sources>\n"
    "</peacekeeping-dataset>\n", publisher, title);
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GError) error = NULL;
  PkcDataset *dataset = pkc_loader_load_bytes (bytes, "t.xml", &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static void
assert_source (const char *publisher,
               const char *title,
               const char *expected_publisher,
               const char *expected_title)
{
  g_autoptr(PkcDataset) dataset = load_source (publisher, title);
  const PkcSource *source = pkc_dataset_lookup_source (dataset, "s");

  g_assert_nonnull (source);
  g_assert_cmpstr (source->publisher, ==, expected_publisher);
  g_assert_cmpstr (source->title, ==, expected_title);
}

static void
test_predefined_entities (void)
{
  assert_source ("A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;",
                 "A &amp; B &lt;C&gt; &quot;D&quot; &apos;E&apos;",
                 "A & B <C> \"D\" 'E'", "A & B <C> \"D\" 'E'");
}

static void
test_character_references (void)
{
  assert_source ("Caf&#233; &#38; &#x20AC;&#x26;", "Caf&#233; &#38; &#x20AC;&#x26;",
                 "Café & €&", "Café & €&");
}

/* What decodes to a reference stays that text: decoded once, never twice. */
static void
test_decoded_once (void)
{
  assert_source ("&amp;#38; &amp;amp; &#38;#38;", "&amp;#38; &amp;amp; &#38;#38;",
                 "&#38; &amp; &#38;", "&#38; &amp; &#38;");
}

static void
test_cdata_and_pieces (void)
{
  /* CDATA keeps its "&amp;"; text around entities and comments is one value. */
  assert_source ("P", "a <![CDATA[&amp; <b>]]> c&#233;<!-- x --> d",
                 "P", "a &amp; <b> cé d");
}

/* libxml2 turns a line break or tab in an attribute into a space; the text's white space
 * runs become one space. */
static void
test_white_space (void)
{
  assert_source ("a\n\tb&#10;c", "  a\n\n\t b  ", "a  b\nc", "a b");
}

/* In EBCDIC the input guard cannot read the DOCTYPE: the reader stops at it, before its
 * entities are read, and the loader says so. */
static void
test_doctype_unseen_by_guard (void)
{
  g_autofree char *path = test_data_path ("valid-small.xml");
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  char *ebcdic;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  text = g_string_new (contents);
  g_string_replace (text, "encoding=\"UTF-8\"", "encoding=\"IBM037\"", 1);
  g_string_replace (text, "<peacekeeping-dataset ",
                    "<!DOCTYPE peacekeeping-dataset [ <!ENTITY a \"&#38;#38;\"> ]>\n"
                    "<peacekeeping-dataset ", 1);
  ebcdic = g_convert_with_fallback (text->str, -1, "IBM037", "UTF-8", "?", NULL, &len, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (ebcdic, len);

  dataset = pkc_loader_load_bytes (bytes, "e.xml", &error);
  g_assert_null (dataset);
  g_assert_error (error, PKC_LOADER_ERROR, PKC_LOADER_ERROR_FORBIDDEN);
  g_assert_cmpstr (error->message, ==, "e.xml:1:1: a DOCTYPE is not allowed in a dataset file");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/loader-text/predefined-entities", test_predefined_entities);
  g_test_add_func ("/loader-text/character-references", test_character_references);
  g_test_add_func ("/loader-text/decoded-once", test_decoded_once);
  g_test_add_func ("/loader-text/cdata-and-pieces", test_cdata_and_pieces);
  g_test_add_func ("/loader-text/white-space", test_white_space);
  g_test_add_func ("/loader-reader/doctype-unseen-by-guard", test_doctype_unseen_by_guard);

  return g_test_run ();
}
