/* test-csv-reader.c — the streaming CSV reader and the spool behind the importer
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "pkc-common.h"
#include "pkc-spool.h"
#include "pkc-import-private.h"

/* Reads every record of @input and renders it as "[line] field|field|…\n" so one string
 * shows fields, their boundaries and the line numbers. */
static char *
render (const char  *input,
        gsize        len,
        GError     **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (input, len, NULL);
  g_autoptr(PkcCsvReader) reader = pkc_csv_reader_new (stream, "t.csv");
  g_autoptr(GString) out = g_string_new (NULL);
  char **fields;
  guint n_fields;

  while (pkc_csv_reader_next (reader, &fields, &n_fields, NULL, error))
    {
      g_assert_cmpuint (n_fields, >=, 1);
      g_assert_null (fields[n_fields]);
      g_string_append_printf (out, "[%u] ", pkc_csv_reader_get_line (reader));
      for (guint i = 0; i < n_fields; i++)
        g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", fields[i]);
      g_string_append_c (out, '\n');
    }

  if (error != NULL && *error != NULL)
    return NULL;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const struct {
  const char *name;
  const char *input;
  const char *expected;
} good_cases[] = {
  { "plain", "a,b,c\n1,2,3\n", "[1] a|b|c\n[2] 1|2|3\n" },
  { "quoted-comma", "x,\"Korea, Republic of\",y\n", "[1] x|Korea, Republic of|y\n" },
  { "doubled-quotes", "\"say \"\"hi\"\"\",\"\"\"\"\n", "[1] say \"hi\"|\"\n" },
  { "quoted-newline", "\"two\nlines\",b\nnext,row\n", "[1] two\nlines|b\n[3] next|row\n" },
  { "quoted-crlf", "\"two\r\nlines\",b\r\nnext,row\r\n", "[1] two\r\nlines|b\n[3] next|row\n" },
  { "crlf", "a,b\r\nc,d\r\n", "[1] a|b\n[2] c|d\n" },
  { "lone-cr", "a,b\rc,d\r", "[1] a|b\n[2] c|d\n" },
  { "trailing-spaces-kept", "Local ,  x  \n", "[1] Local |  x  \n" },
  { "blanks-around-quotes", "a,  \"q, r\"  ,b\n", "[1] a|q, r|b\n" },
  { "no-final-newline", "a,b\nc,d", "[1] a|b\n[2] c|d\n" },
  { "no-final-newline-empty-field", "a,", "[1] a|\n" },
  { "empty-fields", ",,\n,x,\n", "[1] ||\n[2] |x|\n" },
  { "empty-quoted", "\"\",a\n", "[1] |a\n" },
  { "blank-line", "a\n\nb\n", "[1] a\n[2] \n[3] b\n" },
  { "bom", "\xEF\xBB\xBFid,x\n", "[1] id|x\n" },
  { "utf8", "Côte d’Ivoire,Türkiye\n", "[1] Côte d’Ivoire|Türkiye\n" },
  { "empty-input", "", "" },
};

static void
test_good (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *got = render (good_cases[i].input, strlen (good_cases[i].input), &error);

  g_assert_no_error (error);
  g_assert_cmpstr (got, ==, good_cases[i].expected);
}

static const struct {
  const char *name;
  const char *input;
  gsize       len;      /* 0: strlen */
  int         code;
  const char *message;
} bad_cases[] = {
  { "stray-quote", "a,b\nab\"c,d\n", 0, PKC_CSV_ERROR_MALFORMED,
    "t.csv:2: quote inside an unquoted field (quote the whole field and double the quote)" },
  { "text-after-quote", "\"ab\"c,d\n", 0, PKC_CSV_ERROR_MALFORMED,
    "t.csv:1: unexpected text after a closing quote (double a quote inside a quoted field)" },
  { "unterminated", "a\nb,\"open\n\n\n", 0, PKC_CSV_ERROR_MALFORMED,
    "t.csv:2: quoted field opened on this line is never closed" },
  { "nul-byte", "a,b\nc\0d\n", 8, PKC_CSV_ERROR_MALFORMED,
    "t.csv:2: NUL byte in the data (is this a text file?)" },
};

static void
test_bad (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  gsize len = bad_cases[i].len != 0 ? bad_cases[i].len : strlen (bad_cases[i].input);
  g_autoptr(GError) error = NULL;
  g_autofree char *got = render (bad_cases[i].input, len, &error);

  g_assert_null (got);
  g_assert_error (error, PKC_CSV_ERROR, bad_cases[i].code);
  g_assert_cmpstr (error->message, ==, bad_cases[i].message);
}

/* A record can never grow past PKC_CSV_MAX_RECORD, so an unclosed quote in a huge file
 * fails early instead of eating memory. */
static void
test_too_long (void)
{
  gsize len = PKC_CSV_MAX_RECORD + 100;
  g_autofree char *input = g_malloc (len);
  g_autoptr(GError) error = NULL;
  g_autofree char *got = NULL;

  memset (input, 'x', len);
  input[0] = '"';
  got = render (input, len, &error);
  g_assert_null (got);
  g_assert_error (error, PKC_CSV_ERROR, PKC_CSV_ERROR_TOO_LONG);
  g_assert_true (g_str_has_prefix (error->message, "t.csv:1: record longer than"));
}

/* Put every interesting byte (CR of a CRLF, a doubled quote, a quoted newline) across the
 * reader's 64 KiB chunk boundary: results must not depend on where reads split the input. */
static void
test_chunk_boundaries (void)
{
  static const char tail[] = "\"q\"\"x\",\"a\r\nb\"\r\nlast,1\r\n";
  const gsize chunk = 64 * 1024;

  for (gsize shift = 0; shift < sizeof tail + 2; shift++)
    {
      g_autoptr(GString) input = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *got = NULL;
      g_autofree char *expected = NULL;
      gsize filler = chunk - shift - 2;

      /* Line 1: one long field, so the tail starts "shift" bytes before the boundary. */
      g_string_append_c (input, 'f');
      for (gsize i = 1; i < filler; i++)
        g_string_append_c (input, 'f');
      g_string_append (input, "\r\n");
      g_string_append (input, tail);

      got = render (input->str, input->len, &error);
      g_assert_no_error (error);
      expected = g_strdup_printf ("[1] %.*s\n[2] q\"x|a\r\nb\n[4] last|1\n",
                                  (int) filler, input->str);
      g_assert_cmpstr (got, ==, expected);
    }
}

static void
test_spool (gconstpointer data)
{
  gsize limit = GPOINTER_TO_SIZE (data);
  g_autoptr(PkcSpool) spool = pkc_spool_new (limit);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *line = g_strdup_printf ("    <line n=\"%u\"/>\n", i);

      g_string_append (expected, line);
      g_assert_true (pkc_spool_append (spool, line, strlen (line), &error));
      g_assert_no_error (error);
    }

  g_assert_cmpuint (_pkc_spool_get_size (spool), ==, expected->len);
  g_assert_cmpint (_pkc_spool_is_on_disk (spool), ==, expected->len >= limit);
  g_assert_true (pkc_spool_write_to (spool, out, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  g_assert_cmpmem (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                   g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)),
                   expected->str, expected->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (good_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv-reader/good/%s", good_cases[i].name);
      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_good);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/csv-reader/bad/%s", bad_cases[i].name);
      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_bad);
    }
  g_test_add_func ("/csv-reader/bad/too-long", test_too_long);
  g_test_add_func ("/csv-reader/chunk-boundaries", test_chunk_boundaries);
  g_test_add_data_func ("/spool/in-memory", GSIZE_TO_POINTER (1024 * 1024), test_spool);
  g_test_add_data_func ("/spool/on-disk", GSIZE_TO_POINTER (1000), test_spool);

  return g_test_run ();
}
