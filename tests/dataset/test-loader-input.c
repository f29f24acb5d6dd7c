/* test-loader-input.c — the loader's read-ahead thread changes nothing it reports
 *
 * Each input is loaded twice, reading on the parser's thread and reading ahead from the
 * start on a second one: the messages (with their lines and columns), the codes and the
 * records must be the same, and the expected ones.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "dataset-test-util.h"
#include "pkc-dataset-private.h"
#include "pkc-input-guard.h"

typedef struct {
  GPtrArray *messages;   /* every problem, formatted */
  GError    *error;
  guint      n_casualties;
} Outcome;

static void
outcome_clear (Outcome *outcome)
{
  g_clear_pointer (&outcome->messages, g_ptr_array_unref);
  g_clear_error (&outcome->error);
}

static Outcome
load_bytes (GBytes *bytes,
            gsize   read_ahead_after)
{
  Outcome outcome = { 0, };
  g_autoptr(PkcDataset) dataset = NULL;

  _pkc_loader_set_read_ahead_after (read_ahead_after);
  dataset = _pkc_loader_load_bytes_all_errors (bytes, "big.xml", &outcome.messages,
                                               &outcome.error);
  _pkc_loader_set_read_ahead_after (1024 * 1024);
  if (dataset != NULL)
    outcome.n_casualties = pkc_dataset_get_n_casualties (dataset);
  return outcome;
}

static Outcome
load_file (const char *path,
           gsize       read_ahead_after)
{
  Outcome outcome = { 0, };
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(PkcDataset) dataset = NULL;

  _pkc_loader_set_read_ahead_after (read_ahead_after);
  dataset = pkc_loader_load_file_all_errors (file, NULL, &outcome.messages, &outcome.error);
  _pkc_loader_set_read_ahead_after (1024 * 1024);
  if (dataset != NULL)
    outcome.n_casualties = pkc_dataset_get_n_casualties (dataset);
  return outcome;
}

static void
assert_same (const Outcome *a,
             const Outcome *b,
             const char    *what)
{
  if ((a->error == NULL) != (b->error == NULL))
    g_error ("%s: an error one way only", what);
  if (a->error != NULL)
    {
      g_assert_cmpuint (a->error->domain, ==, b->error->domain);
      g_assert_cmpint (a->error->code, ==, b->error->code);
      g_assert_cmpstr (a->error->message, ==, b->error->message);
    }
  g_assert_cmpuint (a->n_casualties, ==, b->n_casualties);
  g_assert_cmpuint (a->messages->len, ==, b->messages->len);
  for (guint i = 0; i < a->messages->len; i++)
    g_assert_cmpstr (g_ptr_array_index (a->messages, i), ==, g_ptr_array_index (b->messages, i));
}

/* Both ways; returns the first message (or NULL when the input loads). */
static char *
first_message_both_ways (GBytes *bytes)
{
  Outcome threadless = load_bytes (bytes, G_MAXSIZE);
  Outcome ahead = load_bytes (bytes, 0);
  char *first;

  assert_same (&threadless, &ahead, "big.xml");
  first = threadless.error != NULL ? g_strdup (threadless.error->message) : NULL;
  outcome_clear (&threadless);
  outcome_clear (&ahead);
  return first;
}

/* @n valid casualties, about 120 bytes each. The thread reads up to 512 KiB ahead: a
 * refusal 2,000 lines (240 KB) after an error has been seen when the parser gets to the
 * error, which is 2,000 lines in. */
static void
append_casualties (GString *xml,
                   guint    n)
{
  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, "    <casualty id=\"C-%07u\" date=\"2021-03-04\" "
                            "incident=\"accident\" personnel=\"police\" nationality=\"N\" "
                            "source=\"s\"/>\n", i);
}

/* @n_before casualty lines (from line 10), @early, @n_between lines, @late. */
static GBytes *
big_file (guint       n_before,
          const char *early,
          guint       n_between,
          const char *late)
{
  GString *xml = g_string_new (TEST_DATASET_HEAD);

  append_casualties (xml, n_before);
  g_string_append (xml, early);
  append_casualties (xml, n_between);
  g_string_append (xml, late);
  g_string_append (xml, "  </casualties>\n</peacekeeping-dataset>\n");
  return g_string_free_to_bytes (xml);
}

/* A libxml2 error, a DOCTYPE 240 KB later: the thread has
 * seen (and the guard refused) the DOCTYPE when the parser finds the error; reported
 * is still the error, as when the DOCTYPE was not read yet. */
static void
test_early_error_late_refusal (void)
{
  g_autoptr(GBytes) bytes = big_file (2000, "    <casualty id=\"a\" id=\"b\"/>\n", 2000,
                                      "<!DOCTYPE x>\n");
  g_autofree char *first = first_message_both_ways (bytes);

  g_assert_cmpstr (first, ==, "big.xml:2010:28: not well-formed XML: Attribute id redefined");
}

/* The loader stops at its own fatal problem; a refusal later must not be added. */
static void
test_early_stop_late_refusal (void)
{
  g_autoptr(GString) children = g_string_new ("    <casualty id=\"a\" date=\"2021-03-04\" "
                                              "incident=\"accident\" personnel=\"police\" "
                                              "nationality=\"N\" source=\"s\">");
  g_autoptr(GString) late = g_string_new ("    <casualty");
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *first = NULL;

  for (guint i = 0; i <= 200; i++)
    g_string_append (children, "<x/>");
  g_string_append (children, "</casualty>\n");
  for (guint i = 0; i < 70; i++)
    g_string_append_printf (late, " a%u=\"\"", i);
  g_string_append (late, "/>\n");
  bytes = big_file (2000, children->str, 2000, late->str);
  first = first_message_both_ways (bytes);

  g_assert_cmpstr (first, ==, "big.xml:2010:1: <casualty> holds more than 200 elements");
}

/* What the guard refuses megabytes in is reported where it is, as without the thread. */
static void
test_late_refusals (void)
{
  g_autoptr(GString) attributes = g_string_new ("    <casualty");
  g_autoptr(GString) text = g_string_new ("    <x>");
  g_autoptr(GBytes) doctype = big_file (40000, "", 0, "  <!DOCTYPE x>\n");
  g_autoptr(GBytes) too_many = NULL;
  g_autoptr(GBytes) too_long = NULL;
  g_autofree char *first = NULL;

  first = first_message_both_ways (doctype);
  g_assert_cmpstr (first, ==,
                   "big.xml:40010:3: a DOCTYPE is not allowed in a dataset file");
  g_clear_pointer (&first, g_free);

  for (guint i = 0; i < 70; i++)
    g_string_append_printf (attributes, " a%u=\"\"", i);
  g_string_append (attributes, "/>\n");
  too_many = big_file (40000, "", 0, attributes->str);
  first = first_message_both_ways (too_many);
  g_assert_cmpstr (first, ==, "big.xml:40010:5: <casualty> has more than 64 attributes");
  g_clear_pointer (&first, g_free);

  for (guint i = 0; i < PKC_GUARD_MAX_RUN / 8 + 1; i++)
    g_string_append (text, "<!---->x");
  g_string_append (text, "</x>\n");
  too_long = big_file (40000, "", 0, text->str);
  first = first_message_both_ways (too_long);
  g_assert_true (g_str_has_prefix (first, "big.xml:40010:5: more than "));
}

/* Megabytes of white space and nothing else: empty, however far the thread read. */
static void
test_only_space (void)
{
  g_autofree char *spaces = g_strnfill (3 * 1024 * 1024, ' ');
  g_autoptr(GBytes) bytes = g_bytes_new (spaces, strlen (spaces));
  g_autofree char *first = first_message_both_ways (bytes);

  g_assert_cmpstr (first, ==, "big.xml:1:1: the file is empty");
}

static void
test_valid (void)
{
  g_autoptr(GBytes) bytes = big_file (40000, "", 0, "");
  Outcome ahead = load_bytes (bytes, 0);
  g_autofree char *first = first_message_both_ways (bytes);

  g_assert_null (first);
  g_assert_no_error (ahead.error);
  g_assert_cmpuint (ahead.n_casualties, ==, 40000);
  outcome_clear (&ahead);
}

/* A memory stream (seekable) whose reads fail from @fail_at bytes on. */
typedef struct {
  GMemoryInputStream parent;
  goffset            fail_at;
} FailingStream;

typedef GMemoryInputStreamClass FailingStreamClass;

GType failing_stream_get_type (void);
G_DEFINE_TYPE (FailingStream, failing_stream, G_TYPE_MEMORY_INPUT_STREAM)

static gssize
failing_stream_read (GInputStream  *stream,
                     void          *buffer,
                     gsize          count,
                     GCancellable  *cancellable,
                     GError       **error)
{
  FailingStream *self = (FailingStream *) stream;
  goffset at = g_seekable_tell (G_SEEKABLE (stream));

  if (at >= self->fail_at)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the disk is gone");
      return -1;
    }
  count = MIN (count, (gsize) (self->fail_at - at));
  return G_INPUT_STREAM_CLASS (failing_stream_parent_class)->read_fn (stream, buffer, count,
                                                                        cancellable, error);
}

static void
failing_stream_class_init (FailingStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = failing_stream_read;
}

static void
failing_stream_init (FailingStream *self)
{
}

/* The first message, or the I/O error, loading @bytes through a stream failing at
 * @fail_at, both ways (the same both ways). */
static char *
first_message_failing (GBytes *bytes,
                       goffset fail_at)
{
  char *first[2];

  for (guint way = 0; way < 2; way++)
    {
      FailingStream *stream = g_object_new (failing_stream_get_type (), NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PkcDataset) dataset = NULL;

      stream->fail_at = fail_at;
      g_memory_input_stream_add_bytes (G_MEMORY_INPUT_STREAM (stream), bytes);
      _pkc_loader_set_read_ahead_after (way == 0 ? G_MAXSIZE : 0);
      dataset = _pkc_loader_load_stream (G_INPUT_STREAM (stream), "big.xml", NULL, NULL,
                                         &error);
      _pkc_loader_set_read_ahead_after (1024 * 1024);
      g_object_unref (stream);
      g_assert_null (dataset);
      g_assert_nonnull (error);
      first[way] = g_strdup_printf ("%s %d: %s", g_quark_to_string (error->domain),
                                    error->code, error->message);
    }
  g_assert_cmpstr (first[0], ==, first[1]);
  g_free (first[1]);
  return first[0];
}

/* A read that fails megabytes in fails the load as it did; one the thread ran into ahead
 * of the parser's fatal problem is never seen. */
static void
test_read_error (void)
{
  g_autoptr(GBytes) valid = big_file (40000, "", 0, "");
  g_autoptr(GBytes) early = big_file (2000, "    <casualty id=\"a\" id=\"b\"/>\n", 2000, "");
  g_autofree char *late = first_message_failing (valid, 3 * 1024 * 1024 + 1001);
  g_autofree char *ahead = first_message_failing (early, 2000 * 120 + 200 * 1024);

  g_assert_cmpstr (late, ==, "g-io-error-quark 0: the disk is gone");
  g_assert_cmpstr (ahead, ==, "pkc-loader-error-quark 0: big.xml:2010:28: not well-formed XML: "
                   "Attribute id redefined");
}

/* Every file of the loader's test catalogue and of the fuzzer's corpus, from disk. */
static void
compare_dir (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      Outcome threadless, ahead;

      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      threadless = load_file (path, G_MAXSIZE);
      ahead = load_file (path, 0);
      assert_same (&threadless, &ahead, path);
      outcome_clear (&threadless);
      outcome_clear (&ahead);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

static void
test_catalogue (void)
{
  g_autofree char *data = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autofree char *broken = g_test_build_filename (G_TEST_DIST, "data", "broken", NULL);
  g_autofree char *corpus = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus-loader", NULL);

  compare_dir (data);
  compare_dir (broken);
  compare_dir (corpus);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/loader-input/early-error-late-refusal", test_early_error_late_refusal);
  g_test_add_func ("/loader-input/early-stop-late-refusal", test_early_stop_late_refusal);
  g_test_add_func ("/loader-input/late-refusals", test_late_refusals);
  g_test_add_func ("/loader-input/only-space", test_only_space);
  g_test_add_func ("/loader-input/read-error", test_read_error);
  g_test_add_func ("/loader-input/valid", test_valid);
  g_test_add_func ("/loader-input/catalogue", test_catalogue);
  return g_test_run ();
}
