/* test-loader.c — the dataset loader: a complete valid file and a catalogue of broken ones
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <unistd.h>
#include <locale.h>
#include <string.h>

#include "dataset-test-util.h"
#include "pkc-dataset-private.h"

static void
assert_date (const PkcDate *date,
             const char    *expected_iso)
{
  g_autofree char *iso = pkc_date_to_iso (date);

  g_assert_cmpstr (iso, ==, expected_iso);
}

static void
test_valid_mission_and_sources (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = test_load_data_file ("valid-small.xml", &error);
  GPtrArray *sources;
  const PkcSource *source;
  PkcDate date;

  g_assert_no_error (error);
  g_assert_nonnull (dataset);

  g_assert_cmpstr (pkc_dataset_get_display_name (dataset), ==, "valid-small.xml");
  g_assert_cmpstr (pkc_dataset_get_acronym (dataset), ==, "TESTMIS");
  g_assert_cmpstr (pkc_dataset_get_mission_name (dataset, PKC_LANG_EN), ==, "Test Mission");
  g_assert_cmpstr (pkc_dataset_get_mission_name (dataset, PKC_LANG_FR), ==, "Mission d’essai");
  g_assert_cmpstr (pkc_dataset_get_mission_name (dataset, PKC_LANG_NL), ==, "Testmissie");
  g_assert_cmpstr (pkc_dataset_get_mission_source (dataset), ==, "res-1");
  date = pkc_dataset_get_start (dataset);
  assert_date (&date, "2013-04-25");
  date = pkc_dataset_get_end (dataset);
  assert_date (&date, "2023-12-31");

  for (guint i = 0; i < 7; i++)
    {
      const char *sections[] = {
        "mission", "sources", "ceilings", "strength", "casualties", "bases", "events"
      };
      g_assert_true (pkc_dataset_has_section (dataset, sections[i]));
    }
  g_assert_false (pkc_dataset_has_section (dataset, "nothing"));

  sources = pkc_dataset_get_sources (dataset);
  g_assert_cmpuint (sources->len, ==, 3);
  source = g_ptr_array_index (sources, 0);
  g_assert_cmpstr (source->id, ==, "res-1");
  g_assert_cmpstr (source->publisher, ==, "UN Security Council");
  g_assert_cmpstr (source->url, ==, "https://example.org/res-1");
  assert_date (&source->date, "2013-04-25");
  g_assert_cmpstr (source->title, ==, "Resolution one");
  g_assert_cmpstr (source->note, ==, "First source, \"quoted\", with a comma.");

  source = pkc_dataset_lookup_source (dataset, "fatal.data");
  g_assert_nonnull (source);
  g_assert_true (source == g_ptr_array_index (sources, 1));
  g_assert_cmpstr (source->publisher, ==, "UN DPPA");
  g_assert_null (source->url);
  g_assert_false (pkc_date_is_set (&source->date));
  /* Wrapped text is joined with single spaces. */
  g_assert_cmpstr (source->title, ==, "Fatalities (open data)");
  g_assert_null (source->note);

  source = pkc_dataset_lookup_source (dataset, "news_2");
  g_assert_nonnull (source);
  assert_date (&source->date, "2023-10");
  g_assert_cmpint (source->date.precision, ==, PKC_DATE_PRECISION_MONTH);
  g_assert_null (pkc_dataset_lookup_source (dataset, "missing"));
}

static void
test_valid_ceilings_and_strength (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = test_load_data_file ("valid-small.xml", &error);
  GPtrArray *ceilings, *observations, *drawdowns;
  const PkcCeiling *ceiling;
  const PkcObservation *observation;
  const PkcDrawdown *drawdown;

  g_assert_no_error (error);

  /* Sorted by adoption date: 2100 (2013), 2295 (2016), 2690 (2023). */
  ceilings = pkc_dataset_get_ceilings (dataset);
  g_assert_cmpuint (ceilings->len, ==, 3);
  ceiling = g_ptr_array_index (ceilings, 0);
  g_assert_cmpuint (ceiling->resolution, ==, 2100);
  g_assert_cmpuint (ceiling->year, ==, 2013);
  assert_date (&ceiling->adopted, "2013-04-25");
  g_assert_cmpint (ceiling->military, ==, 11200);
  g_assert_cmpint (ceiling->police, ==, 1440);
  assert_date (&ceiling->mandate_until, "2014-06-30");
  g_assert_cmpstr (ceiling->source, ==, "res-1");
  g_assert_cmpstr (ceiling->note, ==, "Established the mission.");

  ceiling = g_ptr_array_index (ceilings, 1);
  g_assert_cmpuint (ceiling->resolution, ==, 2295);
  g_assert_cmpuint (ceiling->year, ==, 2016);
  g_assert_cmpint (ceiling->military, ==, 13289);
  g_assert_cmpint (ceiling->police, ==, PKC_COUNT_NONE);
  g_assert_false (pkc_date_is_set (&ceiling->mandate_until));
  g_assert_null (ceiling->note);

  ceiling = g_ptr_array_index (ceilings, 2);
  g_assert_cmpuint (ceiling->resolution, ==, 2690);
  g_assert_cmpuint (ceiling->year, ==, 0);
  g_assert_cmpint (ceiling->military, ==, PKC_COUNT_NONE);
  g_assert_cmpint (ceiling->police, ==, PKC_COUNT_NONE);
  g_assert_cmpstr (ceiling->source, ==, "res-1 news_2");

  observations = pkc_dataset_get_observations (dataset);
  g_assert_cmpuint (observations->len, ==, 3);
  observation = g_ptr_array_index (observations, 0);
  assert_date (&observation->date, "2013-09-30");
  g_assert_cmpint (observation->military, ==, 5219);
  g_assert_cmpint (observation->police, ==, 820);
  g_assert_cmpint (observation->total, ==, 6039);
  g_assert_cmpstr (observation->scope, ==, "uniformed");
  g_assert_cmpstr (observation->confidence, ==, "medium");
  g_assert_true (observation->preferred);
  g_assert_cmpstr (observation->source, ==, "res-1");
  g_assert_cmpstr (observation->note, ==, "Conflicts slightly with another figure.");

  /* Same date: file order is kept. */
  observation = g_ptr_array_index (observations, 1);
  g_assert_cmpint (observation->military, ==, PKC_COUNT_NONE);
  g_assert_cmpint (observation->police, ==, PKC_COUNT_NONE);
  g_assert_cmpint (observation->total, ==, 6100);
  g_assert_cmpstr (observation->confidence, ==, "low");
  g_assert_false (observation->preferred);
  g_assert_null (observation->note);

  observation = g_ptr_array_index (observations, 2);
  assert_date (&observation->date, "2016");
  g_assert_cmpint (observation->date.precision, ==, PKC_DATE_PRECISION_YEAR);
  g_assert_cmpint (observation->military, ==, 10000);
  g_assert_cmpstr (observation->scope, ==, "military");
  g_assert_cmpstr (observation->confidence, ==, "medium-high");
  /* preferred defaults to true */
  g_assert_true (observation->preferred);

  drawdowns = pkc_dataset_get_drawdowns (dataset);
  g_assert_cmpuint (drawdowns->len, ==, 2);
  drawdown = g_ptr_array_index (drawdowns, 0);
  assert_date (&drawdown->date, "2023-08");
  g_assert_cmpint (drawdown->uniformed_departed, ==, PKC_COUNT_NONE);
  g_assert_cmpint (drawdown->all_departed, ==, 1000);
  g_assert_cmpstr (drawdown->confidence, ==, "low-medium");
  g_assert_cmpstr (drawdown->note, ==, "Estimate.");
  drawdown = g_ptr_array_index (drawdowns, 1);
  assert_date (&drawdown->date, "2023-09-27");
  g_assert_cmpint (drawdown->uniformed_departed, ==, 3276);
  g_assert_cmpint (drawdown->all_departed, ==, 3367);
  g_assert_cmpstr (drawdown->confidence, ==, "high");
  g_assert_cmpstr (drawdown->source, ==, "news_2");
  g_assert_null (drawdown->note);
}

static void
test_valid_casualties (void)
{
  static const struct {
    const char   *date;
    PkcIncident   incident;
    PkcPersonnel  personnel;
    const char   *nationality;
    const char   *iso;
    const char   *source;
  } expected[] = {
    { "2013-07-02", PKC_INCIDENT_MALICIOUS_ACT, PKC_PERSONNEL_POLICE, "Togo", "TGO",
      "fatal.data" },
    { "2013-08-22", PKC_INCIDENT_ILLNESS, PKC_PERSONNEL_MILITARY, "Chad",
      "TCD", "fatal.data" },
    { "2013-11", PKC_INCIDENT_ACCIDENT, PKC_PERSONNEL_LOCAL_CIVILIAN, "Mali", "",
      "fatal.data" },
    { "2014-01-05", PKC_INCIDENT_SELF_INFLICTED, PKC_PERSONNEL_INTERNATIONAL_CIVILIAN,
      "France", "", "fatal.data" },
    { "2014-01-31", PKC_INCIDENT_TO_BE_DETERMINED, PKC_PERSONNEL_MILITARY_OBSERVER,
      "Niger", "NER", "fatal.data" },
    { "2014-03-15", PKC_INCIDENT_UNKNOWN, PKC_PERSONNEL_OTHER, "Unknown", "",
      "fatal.data" },
    { "2014-03-15", PKC_INCIDENT_MALICIOUS_ACT, PKC_PERSONNEL_MILITARY, "Chad", "TCD",
      "fatal.data res-1" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = test_load_data_file ("valid-small.xml", &error);

  g_assert_no_error (error);
  g_assert_cmpuint (pkc_dataset_get_n_casualties (dataset), ==, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const PkcCasualtyRecord *casualty = pkc_dataset_get_casualty (dataset, i);
      PkcDate date = pkc_casualty_record_get_date (casualty);

      assert_date (&date, expected[i].date);
      g_assert_cmpint (casualty->incident, ==, expected[i].incident);
      g_assert_cmpint (casualty->personnel, ==, expected[i].personnel);
      g_assert_cmpstr (pkc_dataset_get_casualty_nationality (dataset, casualty), ==,
                       expected[i].nationality);
      g_assert_cmpstr (pkc_dataset_get_casualty_iso (dataset, casualty), ==, expected[i].iso);
      g_assert_cmpstr (pkc_dataset_get_casualty_source (dataset, casualty), ==,
                       expected[i].source);
    }
}

static void
test_valid_bases_and_events (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = test_load_data_file ("valid-small.xml", &error);
  GPtrArray *bases, *events;
  const PkcBase *base;
  const PkcEvent *event;
  const PkcAlternativeDate *alternative;

  g_assert_no_error (error);

  /* Sorted by closure order, not file order. */
  bases = pkc_dataset_get_bases (dataset);
  g_assert_cmpuint (bases->len, ==, 4);

  base = g_ptr_array_index (bases, 0);
  g_assert_cmpstr (base->id, ==, "ber");
  g_assert_cmpuint (base->order, ==, 1);
  g_assert_cmpstr (base->name, ==, "Ber");
  g_assert_cmpstr (base->region, ==, "Timbuktu");
  g_assert_true (base->has_coordinates);
  g_assert_cmpfloat_with_epsilon (base->lat, -16.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (base->lon, -3.25, 1e-9);
  g_assert_cmpstr (base->phase, ==, "1");
  g_assert_cmpint (base->closure_status, ==, PKC_CLOSURE_DISPUTED);
  assert_date (&base->closure_date, "2023-08-13");
  g_assert_cmpstr (base->closure_source, ==, "res-1");
  g_assert_cmpuint (base->alternatives->len, ==, 2);
  alternative = &g_array_index (base->alternatives, PkcAlternativeDate, 0);
  assert_date (&alternative->date, "2023-08-14");
  g_assert_cmpstr (alternative->source, ==, "news_2");
  alternative = &g_array_index (base->alternatives, PkcAlternativeDate, 1);
  assert_date (&alternative->date, "2023-08");
  g_assert_cmpstr (alternative->source, ==, "fatal.data");
  g_assert_cmpuint (base->contingents->len, ==, 0);
  g_assert_null (base->note);

  base = g_ptr_array_index (bases, 1);
  g_assert_cmpstr (base->id, ==, "kidal");
  g_assert_cmpuint (base->order, ==, 2);
  g_assert_cmpfloat_with_epsilon (base->lat, 18.44111, 1e-9);
  g_assert_cmpfloat_with_epsilon (base->lon, 1.40778, 1e-9);
  g_assert_cmpstr (base->phase, ==, "2");
  g_assert_cmpstr (base->source, ==, "res-1");
  g_assert_cmpint (base->closure_status, ==, PKC_CLOSURE_KNOWN);
  assert_date (&base->closure_date, "2023-10-31");
  g_assert_cmpstr (base->closure_source, ==, "news_2");
  g_assert_cmpuint (base->alternatives->len, ==, 0);
  g_assert_cmpuint (base->contingents->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (base->contingents, 0), ==, "Chad");
  g_assert_cmpstr (g_ptr_array_index (base->contingents, 1), ==, "Guinea");
  g_assert_cmpstr (base->note, ==, "A note, with a comma.");

  base = g_ptr_array_index (bases, 2);
  g_assert_cmpstr (base->id, ==, "hidden");
  g_assert_cmpstr (base->name, ==, "Hidden \"Camp\", north");
  g_assert_false (base->has_coordinates);
  g_assert_null (base->phase);
  g_assert_cmpint (base->closure_status, ==, PKC_CLOSURE_UNKNOWN);
  g_assert_false (pkc_date_is_set (&base->closure_date));
  g_assert_cmpstr (base->closure_source, ==, "news_2");

  base = g_ptr_array_index (bases, 3);
  g_assert_cmpstr (base->id, ==, "silent");
  g_assert_cmpint (base->closure_status, ==, PKC_CLOSURE_UNKNOWN);
  g_assert_null (base->closure_source);

  events = pkc_dataset_get_events (dataset);
  g_assert_cmpuint (events->len, ==, 2);
  event = g_ptr_array_index (events, 0);
  assert_date (&event->date, "2013-07-01");
  g_assert_cmpstr (event->kind, ==, "milestone");
  g_assert_cmpstr (event->source, ==, "res-1");
  g_assert_cmpstr (pkc_localized_text_get (&event->label, PKC_LANG_EN), ==, "Mission takes over");
  g_assert_cmpstr (pkc_localized_text_get (&event->label, PKC_LANG_FR), ==,
                   "La mission prend le relais");
  g_assert_cmpstr (pkc_localized_text_get (&event->label, PKC_LANG_NL), ==,
                   "Missie neemt het over");
  /* Short labels, read wherever they stand among the labels; none in Dutch. */
  g_assert_cmpstr (event->short_label.text[PKC_LANG_EN], ==, "Takeover");
  g_assert_cmpstr (event->short_label.text[PKC_LANG_FR], ==, "Relais");
  g_assert_null (event->short_label.text[PKC_LANG_NL]);
  event = g_ptr_array_index (events, 1);
  assert_date (&event->date, "2023-06");
  g_assert_null (event->short_label.text[PKC_LANG_EN]);
  g_assert_null (event->kind);
  /* Missing translations fall back to English. */
  g_assert_null (event->label.text[PKC_LANG_FR]);
  g_assert_cmpstr (pkc_localized_text_get (&event->label, PKC_LANG_FR), ==,
                   "Withdrawal requested");
}

static void
test_valid_bytes_equals_file (void)
{
  g_autofree char *path = test_data_path ("valid-small.xml");
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  g_autoptr(GPtrArray) messages = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  bytes = g_bytes_new (contents, length);

  dataset = _pkc_loader_load_bytes_all_errors (bytes, "embedded.xml", &messages, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_nonnull (messages);
  g_assert_cmpuint (messages->len, ==, 0);
  g_assert_cmpstr (pkc_dataset_get_display_name (dataset), ==, "embedded.xml");
  g_assert_cmpuint (pkc_dataset_get_n_casualties (dataset), ==, 7);
}

typedef struct {
  const char     *file;
  guint           line;
  guint           column;
  PkcLoaderError  code;
  const char     *message; /* exact, after "FILE:LINE:COLUMN: " */
  gboolean        substring; /* libxml2's own words: only a part is ours to pin */
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "unclosed-tag.xml", 13, 16, PKC_LOADER_ERROR_MALFORMED,
    "not well-formed XML: Opening and ending tag mismatch", TRUE },
  { "doctype-internal-entity.xml", 2, 1, PKC_LOADER_ERROR_FORBIDDEN,
    "a DOCTYPE is not allowed in a dataset file", FALSE },
  { "doctype-system.xml", 2, 1, PKC_LOADER_ERROR_FORBIDDEN,
    "a DOCTYPE is not allowed in a dataset file", FALSE },
  { "xinclude.xml", 11, 3, PKC_LOADER_ERROR_FORBIDDEN,
    "XInclude is not allowed, found <xi:include>", FALSE },
  { "undeclared-entity.xml", 8, 31, PKC_LOADER_ERROR_MALFORMED,
    "not well-formed XML: Entity 'copy' not defined", TRUE },
  { "wrong-root.xml", 2, 1, PKC_LOADER_ERROR_INVALID,
    "the root element must be <peacekeeping-dataset>, found <dataset>", FALSE },
  { "missing-format.xml", 2, 1, PKC_LOADER_ERROR_INVALID,
    "<peacekeeping-dataset> is missing the required attribute \"format\"", FALSE },
  { "format-2.xml", 2, 1, PKC_LOADER_ERROR_INVALID,
    "format \"2\" is not supported: this program reads format 1", FALSE },
  { "bad-date.xml", 12, 5, PKC_LOADER_ERROR_INVALID,
    "\"2023-02-30\" is not a real date: 2023-02 has 28 days in attribute \"date\"", FALSE },
  { "bad-leap-date.xml", 12, 5, PKC_LOADER_ERROR_INVALID,
    "\"2023-02-29\" is not a real date: 2023-02 has 28 days in attribute \"date\"", FALSE },
  { "garbage-date.xml", 12, 5, PKC_LOADER_ERROR_INVALID,
    "date must be YYYY, YYYY-MM or YYYY-MM-DD, got \"5 Jan 2014\" in attribute \"date\"", FALSE },
  { "negative-count.xml", 12, 5, PKC_LOADER_ERROR_INVALID,
    "count must be a whole number ≥ 0, got \"-5\" in attribute \"military\"", FALSE },
  { "non-numeric-count.xml", 12, 5, PKC_LOADER_ERROR_INVALID,
    "count must be a whole number ≥ 0, got \"1,440\" in attribute \"police\"", FALSE },
  { "count-too-large.xml", 12, 5, PKC_LOADER_ERROR_INVALID,
    "count must be at most 1000000, got \"1000001\" in attribute \"total\"", FALSE },
  { "bad-incident.xml", 12, 5, PKC_LOADER_ERROR_INVALID,
    "incident must be one of malicious-act, accident, illness, self-inflicted, "
    "to-be-determined, unknown; got \"murder\"", FALSE },
  { "bad-personnel.xml", 12, 5, PKC_LOADER_ERROR_INVALID,
    "personnel must be one of military, military-observer, police, international-civilian, "
    "local-civilian, other; got \"soldier\"", FALSE },
  { "missing-attribute.xml", 12, 5, PKC_LOADER_ERROR_INVALID,
    "<casualty> is missing the required attribute \"nationality\"", FALSE },
  { "unknown-source.xml", 12, 5, PKC_LOADER_ERROR_INVALID,
    "unknown source \"res-2\": it is not declared in <sources>", FALSE },
  { "duplicate-order.xml", 15, 5, PKC_LOADER_ERROR_INVALID,
    "closure order 1 is used twice (first on line 12)", FALSE },
  { "duplicate-source-id.xml", 10, 5, PKC_LOADER_ERROR_INVALID,
    "source id \"res-1\" is used twice (first on line 7)", FALSE },
  { "duplicate-resolution.xml", 13, 5, PKC_LOADER_ERROR_INVALID,
    "resolution 2100 is used twice (first on line 12)", FALSE },
  { "bad-id.xml", 10, 5, PKC_LOADER_ERROR_INVALID,
    "id must be 1 to 64 characters from a-z, 0-9, \".\", \"_\" and \"-\", starting with a "
    "letter or digit, got \"Res 2\"", FALSE },
  { "lat-out-of-range.xml", 12, 5, PKC_LOADER_ERROR_INVALID,
    "lat must be between -90 and 90, got \"91.5\"", FALSE },
  { "disputed-without-alternative.xml", 13, 7, PKC_LOADER_ERROR_INVALID,
    "a disputed closure needs at least one <alternative date=\"…\" source=\"…\"/>", FALSE },
  { "unknown-closure-with-date.xml", 13, 7, PKC_LOADER_ERROR_INVALID,
    "a closure with status \"unknown\" must not have a date (never a guess), "
    "got date=\"2023-08-13\"", FALSE },
  { "known-closure-without-date.xml", 13, 7, PKC_LOADER_ERROR_INVALID,
    "<closure> is missing the required attribute \"date\"", FALSE },
  { "event-without-en.xml", 12, 5, PKC_LOADER_ERROR_INVALID,
    "<event> needs a <label xml:lang=\"en\">", FALSE },
  { "event-short-twice.xml", 15, 7, PKC_LOADER_ERROR_INVALID,
    "a second <short> in the same language (xml:lang=\"en\")", FALSE },
  { "mission-without-en.xml", 3, 3, PKC_LOADER_ERROR_INVALID,
    "<mission> needs a <name xml:lang=\"en\">", FALSE },
  { "unknown-element.xml", 13, 5, PKC_LOADER_ERROR_INVALID,
    "unknown element <death> inside <casualties>", FALSE },
  { "unknown-attribute.xml", 12, 5, PKC_LOADER_ERROR_INVALID,
    "unknown attribute \"rank\" on <casualty>", FALSE },
  { "section-order.xml", 7, 3, PKC_LOADER_ERROR_INVALID,
    "<sources> must come before <events>", FALSE },
  { "extra-content.xml", 12, 1, PKC_LOADER_ERROR_MALFORMED,
    "not well-formed XML: Extra content at the end of the document", TRUE },
  { "no-mission.xml", 2, 1, PKC_LOADER_ERROR_INVALID,
    "the dataset has no <mission> section", FALSE },
  { "empty.xml", 1, 1, PKC_LOADER_ERROR_MALFORMED, "the file is empty", FALSE },
  { "invalid-utf8.xml", 4, 28, PKC_LOADER_ERROR_MALFORMED,
    "not well-formed XML: the file is not valid UTF-8 text or contains a forbidden character",
    FALSE },
  /* libxml2's depth limit ends the parse: that fatal problem comes first. */
  { "deep-nesting.xml", 12, 768, PKC_LOADER_ERROR_MALFORMED,
    "not well-formed XML: Excessive depth in document", TRUE },
};

static void
test_broken_file (gconstpointer data)
{
  const BrokenCase *expected = data;
  g_autofree char *relative = g_build_filename ("broken", expected->file, NULL);
  g_autofree char *prefix = g_strdup_printf ("%s:%u:%u: ", expected->file, expected->line,
                                             expected->column);
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = test_load_data_file (relative, &error);

  g_assert_null (dataset);
  g_assert_error (error, PKC_LOADER_ERROR, (int) expected->code);

  if (!g_str_has_prefix (error->message, prefix))
    g_error ("%s: expected the prefix \"%s\", got \"%s\"", expected->file, prefix,
             error->message);

  if (expected->substring)
    g_assert_nonnull (strstr (error->message + strlen (prefix), expected->message));
  else
    g_assert_cmpstr (error->message + strlen (prefix), ==, expected->message);
}

static GPtrArray *
all_errors_of (const char *relative)
{
  g_autofree char *path = test_data_path (relative);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  GPtrArray *messages = NULL;

  dataset = pkc_loader_load_file_all_errors (file, NULL, &messages, &error);
  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_assert_nonnull (messages);
  g_assert_cmpuint (messages->len, >, 0);
  /* The GError is the first of the list. */
  g_assert_cmpstr (error->message, ==, g_ptr_array_index (messages, 0));
  return messages;
}

static void
test_all_errors (void)
{
  static const char * const expected[] = {
    "many-errors.xml:12:5: \"2023-02-30\" is not a real date: 2023-02 has 28 days in "
    "attribute \"date\"",
    "many-errors.xml:14:5: unknown source \"nope\": it is not declared in <sources>",
    "many-errors.xml:16:3: <ceilings> must come before <casualties>",
    "many-errors.xml:17:5: count must be a whole number ≥ 0, got \"-5\" in attribute "
    "\"military\"",
  };
  g_autoptr(GPtrArray) messages = all_errors_of ("broken/many-errors.xml");

  g_assert_cmpuint (messages->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (g_ptr_array_index (messages, i), ==, expected[i]);
}

static void
test_deep_nesting (void)
{
  g_autoptr(GPtrArray) messages = all_errors_of ("broken/deep-nesting.xml");
  g_autofree char *last = NULL;

  /* libxml2's own depth limit ends the parse (no XML_PARSE_HUGE): the fatal problem first,
   * then what was found before it. */
  g_assert_cmpuint (messages->len, ==, 2);
  last = g_ascii_strdown (g_ptr_array_index (messages, 0), -1);
  g_assert_true (g_str_has_prefix (last, "deep-nesting.xml:12:"));
  g_assert_nonnull (strstr (last, "not well-formed xml"));
  g_assert_nonnull (strstr (last, "depth"));
  g_assert_cmpstr (g_ptr_array_index (messages, 1), ==,
                   "deep-nesting.xml:12:1: unknown element <x> inside <casualties>");
}

/* libxml2 must never write to stderr: the errors only come back as GError. fd 2 is sent to
 * a file while loading (no subprocess: it keeps valgrind free of GLib's helper thread). */
static void
test_silent (void)
{
  static const char *files[] = {
    "broken/unclosed-tag.xml", "broken/doctype-internal-entity.xml", "broken/invalid-utf8.xml",
    "broken/deep-nesting.xml", "broken/extra-content.xml", "broken/doctype-system.xml",
    "broken/undeclared-entity.xml", "broken/empty.xml",
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *captured_path = NULL;
  g_autofree char *captured = NULL;
  int captured_fd, saved_fd;

  captured_fd = g_file_open_tmp ("pkc-stderr-XXXXXX", &captured_path, &error);
  g_assert_no_error (error);
  fflush (stderr);
  saved_fd = dup (STDERR_FILENO);
  g_assert_cmpint (saved_fd, >=, 0);
  g_assert_cmpint (dup2 (captured_fd, STDERR_FILENO), ==, STDERR_FILENO);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) load_error = NULL;
      g_autoptr(PkcDataset) dataset = test_load_data_file (files[i], &load_error);

      if (dataset != NULL || load_error == NULL)
        {
          dup2 (saved_fd, STDERR_FILENO);
          g_error ("%s loaded without an error", files[i]);
        }
    }

  fflush (stderr);
  dup2 (saved_fd, STDERR_FILENO);
  close (saved_fd);
  close (captured_fd);

  g_assert_true (g_file_get_contents (captured_path, &captured, NULL, &error));
  g_assert_no_error (error);
  g_unlink (captured_path);
  g_assert_cmpstr (captured, ==, "");
}

/* A listening socket that the loader must never connect to, whatever the file says. */
static void
test_no_network (void)
{
  static const char * const templates[] = {
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE peacekeeping-dataset SYSTEM \"http://127.0.0.1:@PORT@/evil.dtd\" [\n"
    "  <!ENTITY remote SYSTEM \"http://127.0.0.1:@PORT@/entity\">\n"
    "]>\n"
    "<peacekeeping-dataset format=\"1\">&remote;</peacekeeping-dataset>\n",
    "<?xml version=\"1.0\"?>\n"
    "<peacekeeping-dataset format=\"1\">\n"
    "  <xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
    "href=\"http://127.0.0.1:@PORT@/x.xml\"/>\n"
    "</peacekeeping-dataset>\n",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GSocket) socket = NULL;
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  guint port;

  socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                         &error);
  g_assert_no_error (error);
  g_assert_true (g_socket_bind (socket, address, TRUE, &error));
  g_assert_true (g_socket_listen (socket, &error));
  g_assert_no_error (error);
  g_socket_set_blocking (socket, FALSE);
  bound = g_socket_get_local_address (socket, &error);
  g_assert_no_error (error);
  port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound));

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      g_autofree char *port_text = g_strdup_printf ("%u", port);
      g_auto(GStrv) parts = g_strsplit (templates[i], "@PORT@", -1);
      g_autofree char *text = g_strjoinv (port_text, parts);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) load_error = NULL;
      g_autoptr(PkcDataset) dataset = pkc_loader_load_bytes (bytes, "net.xml", &load_error);
      g_autoptr(GSocket) client = NULL;
      g_autoptr(GError) accept_error = NULL;

      g_assert_null (dataset);
      g_assert_error (load_error, PKC_LOADER_ERROR, PKC_LOADER_ERROR_FORBIDDEN);

      client = g_socket_accept (socket, NULL, &accept_error);
      g_assert_null (client);
      g_assert_error (accept_error, G_IO_ERROR, G_IO_ERROR_WOULD_BLOCK);
    }
}

/* An external entity pointing at a real file must not pull its content in. */
static void
test_no_file_entities (void)
{
  g_autofree char *secret = test_data_path ("valid-small.xml");
  g_autofree char *text = g_strdup_printf (
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE peacekeeping-dataset [ <!ENTITY file SYSTEM \"file://%s\"> ]>\n"
    "<peacekeeping-dataset format=\"1\">&file;</peacekeeping-dataset>\n", secret);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = pkc_loader_load_bytes (bytes, "xxe.xml", &error);

  g_assert_null (dataset);
  g_assert_error (error, PKC_LOADER_ERROR, PKC_LOADER_ERROR_FORBIDDEN);
  g_assert_cmpstr (error->message, ==, "xxe.xml:2:1: a DOCTYPE is not allowed in a dataset file");
  g_assert_null (strstr (error->message, "TESTMIS"));
}

static void
test_cancelled (void)
{
  g_autofree char *path = test_data_path ("valid-small.xml");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = NULL;

  g_cancellable_cancel (cancellable);
  dataset = pkc_loader_load_file (file, cancellable, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_missing_file (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/dir/none.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = pkc_loader_load_file (file, NULL, &error);

  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* Streaming input: feed the valid file through a stream that returns few bytes per read. */
static void
test_small_reads (void)
{
  g_autofree char *path = test_data_path ("valid-small.xml");
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GInputStream) stream = g_memory_input_stream_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  for (gsize offset = 0; offset < length; offset += 7)
    g_memory_input_stream_add_data (G_MEMORY_INPUT_STREAM (stream),
                                    g_memdup2 (contents + offset, MIN (7, length - offset)),
                                    (gssize) MIN (7, length - offset), g_free);

  dataset = _pkc_loader_load_stream (stream, "chunks.xml", NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pkc_dataset_get_bases (dataset)->len, ==, 4);
  g_assert_cmpuint (pkc_dataset_get_n_casualties (dataset), ==, 7);
}

/* The source kind and the approximate flag on a base's coordinates, from the valid file. */
static void
test_valid_source_kind_and_approximate (void)
{
  g_autoptr(PkcDataset) dataset = test_load_valid_small ();
  GPtrArray *bases = pkc_dataset_get_bases (dataset);

  g_assert_cmpint (pkc_dataset_lookup_source (dataset, "res-1")->kind, ==,
                   PKC_SOURCE_KIND_PRIMARY_UN);
  g_assert_cmpint (pkc_dataset_lookup_source (dataset, "news_2")->kind, ==, PKC_SOURCE_KIND_NEWS);
  /* No kind given: unspecified, and still valid. */
  g_assert_cmpint (pkc_dataset_lookup_source (dataset, "fatal.data")->kind, ==,
                   PKC_SOURCE_KIND_UNSPECIFIED);
  g_assert_cmpstr (_pkc_source_kind_to_token (PKC_SOURCE_KIND_MIRROR), ==, "mirror");
  g_assert_null (_pkc_source_kind_to_token (PKC_SOURCE_KIND_UNSPECIFIED));

  for (guint i = 0; i < bases->len; i++)
    {
      const PkcBase *b = g_ptr_array_index (bases, i);

      /* Only Ber is flagged; Kidal has exact coordinates, the others none. */
      g_assert_cmpint (b->approximate, ==, g_strcmp0 (b->id, "ber") == 0);
    }
}

static char *
error_of_text (const char *body)
{
  g_autofree char *text = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<peacekeeping-dataset format=\"1\">\n"
    "  <mission acronym=\"T\" start=\"2020-01-01\" source=\"s\">"
    "<name xml:lang=\"en\">T</name></mission>\n"
    "%s\n"
    "</peacekeeping-dataset>\n", body);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = pkc_loader_load_bytes (bytes, "t.xml", &error);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  return g_strdup (error->message);
}

static void
test_broken_source_kind_and_approximate (void)
{
  g_autofree char *kind = error_of_text (
    "  <sources><source id=\"s\" publisher=\"P\" kind=\"blog\"><title>T</title></source></sources>");
  g_autofree char *approx_value = error_of_text (
    "  <sources><source id=\"s\" publisher=\"P\"><title>T</title></source></sources>\n"
    "  <bases><base id=\"b\" order=\"1\" name=\"B\" region=\"R\" lat=\"1\" lon=\"2\" "
    "approximate=\"yes\" source=\"s\"><closure status=\"unknown\"/></base></bases>");
  g_autofree char *approx_alone = error_of_text (
    "  <sources><source id=\"s\" publisher=\"P\"><title>T</title></source></sources>\n"
    "  <bases><base id=\"b\" order=\"1\" name=\"B\" region=\"R\" approximate=\"true\" "
    "source=\"s\"><closure status=\"unknown\"/></base></bases>");

  g_assert_nonnull (strstr (kind, "t.xml:4:"));
  g_assert_nonnull (strstr (kind, "blog"));
  g_assert_nonnull (strstr (approx_value, "approximate must be \"true\" or \"false\", got \"yes\""));
  g_assert_nonnull (strstr (approx_alone, "approximate needs lat and lon"));
}

static PkcDataset *
load_text (const char *mission_attrs,
           const char *body,
           GError    **error)
{
  g_autofree char *text = g_strdup_printf (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<peacekeeping-dataset format=\"1\">\n"
    "  <mission acronym=\"T\" %s start=\"2020-01-01\" source=\"s\">"
    "<name xml:lang=\"en\">T</name></mission>\n"
    "  <sources><source id=\"s\" publisher=\"P\"><title>T</title></source></sources>\n"
    "%s\n"
    "</peacekeeping-dataset>\n", mission_attrs, body);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return pkc_loader_load_bytes (bytes, "t.xml", error);
}

/* The host country, a resolution with figures in two steps, region names and a pending
 * handover. */
static void
test_valid_country_steps_regions_pending (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = load_text (
    "country=\"COD\"",
    "  <ceilings>\n"
    "    <ceiling resolution=\"2717\" adopted=\"2023-12-19\" effective=\"2024-07-01\" "
    "military=\"11500\" source=\"s\"/>\n"
    "    <ceiling resolution=\"2717\" adopted=\"2023-12-19\" military=\"13500\" source=\"s\"/>\n"
    "  </ceilings>\n"
    "  <bases>\n"
    "    <region><name xml:lang=\"en\">South Kivu</name>"
    "<name xml:lang=\"fr\">Sud-Kivu</name></region>\n"
    "    <base id=\"u\" order=\"1\" name=\"Uvira\" region=\"South Kivu\" source=\"s\">"
    "<closure status=\"pending\" source=\"s\"/></base>\n"
    "    <base id=\"b\" order=\"2\" name=\"B\" region=\"Elsewhere\" source=\"s\">"
    "<closure status=\"unknown\"/></base>\n"
    "  </bases>", &error);
  GPtrArray *ceilings, *bases;
  PkcDate june = test_date ("2024-06-30"), july = test_date ("2024-07-01");

  g_assert_no_error (error);
  g_assert_cmpstr (pkc_dataset_get_country (dataset), ==, "COD");
  ceilings = pkc_dataset_get_ceilings (dataset);
  g_assert_cmpuint (ceilings->len, ==, 2);
  /* Sorted by the date the figures apply from, not by adoption. */
  g_assert_cmpint (((PkcCeiling *) g_ptr_array_index (ceilings, 0))->military, ==, 13500);
  g_assert_cmpint (pkc_dataset_ceiling_at (dataset, &june)->military, ==, 13500);
  g_assert_cmpint (pkc_dataset_ceiling_at (dataset, &july)->military, ==, 11500);

  bases = pkc_dataset_get_bases (dataset);
  g_assert_cmpint (((PkcBase *) g_ptr_array_index (bases, 0))->closure_status, ==,
                   PKC_CLOSURE_PENDING);
  g_assert_false (pkc_date_is_set (&((PkcBase *) g_ptr_array_index (bases, 0))->closure_date));
  g_assert_cmpstr (pkc_closure_status_to_token (PKC_CLOSURE_PENDING), ==, "pending");
  g_assert_cmpstr (pkc_dataset_get_region_name (dataset, "South Kivu", PKC_LANG_FR), ==, "Sud-Kivu");
  /* No Dutch name: English; no region entry: the text as written. */
  g_assert_cmpstr (pkc_dataset_get_region_name (dataset, "South Kivu", PKC_LANG_NL), ==, "South Kivu");
  g_assert_cmpstr (pkc_dataset_get_region_name (dataset, "Elsewhere", PKC_LANG_FR), ==, "Elsewhere");
}

static void
expect_error (const char *mission_attrs,
              const char *body,
              const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = load_text (mission_attrs, body, &error);

  g_assert_null (dataset);
  g_assert_nonnull (error);
  if (strstr (error->message, message) == NULL)
    g_error ("expected \"%s\" in \"%s\"", message, error->message);
}

static void
test_broken_country_steps_regions_pending (void)
{
  expect_error ("country=\"Mali\"", "", "country must be an ISO 3166-1 alpha-3 code");
  expect_error ("country=\"cod\"", "", "got \"cod\"");
  expect_error ("", "  <ceilings><ceiling resolution=\"1\" adopted=\"2020-01-01\" source=\"s\"/>"
                "<ceiling resolution=\"1\" adopted=\"2020-01-01\" source=\"s\"/></ceilings>",
                "resolution 1 is used twice");
  expect_error ("", "  <ceilings><ceiling resolution=\"1\" adopted=\"2020-01-01\" "
                "effective=\"2019-12-31\" source=\"s\"/></ceilings>",
                "effective (2019-12-31) is before adopted (2020-01-01)");
  expect_error ("", "  <bases><base id=\"u\" order=\"1\" name=\"U\" region=\"R\" source=\"s\">"
                "<closure status=\"pending\" date=\"2024-09-01\" source=\"s\"/></base></bases>",
                "status \"pending\" has not happened");
  expect_error ("", "  <bases><base id=\"u\" order=\"1\" name=\"U\" region=\"R\" source=\"s\">"
                "<closure status=\"pending\"/></base></bases>", "source");
  expect_error ("", "  <bases><region><name xml:lang=\"fr\">R</name></region></bases>",
                "<region> needs a <name xml:lang=\"en\">");
  expect_error ("", "  <bases><region><name xml:lang=\"en\">R</name></region>"
                "<region><name xml:lang=\"en\">R</name></region></bases>",
                "region \"R\" is named twice");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/loader/valid/mission-sources", test_valid_mission_and_sources);
  g_test_add_func ("/loader/valid/ceilings-strength", test_valid_ceilings_and_strength);
  g_test_add_func ("/loader/valid/casualties", test_valid_casualties);
  g_test_add_func ("/loader/valid/bases-events", test_valid_bases_and_events);
  g_test_add_func ("/loader/valid/bytes", test_valid_bytes_equals_file);
  g_test_add_func ("/loader/valid/small-reads", test_small_reads);

  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *name = g_strndup (broken_cases[i].file,
                                         strlen (broken_cases[i].file) - strlen (".xml"));
      g_autofree char *test_path = g_strdup_printf ("/loader/broken/%s", name);

      g_test_add_data_func (test_path, &broken_cases[i], test_broken_file);
    }

  g_test_add_func ("/loader/all-errors", test_all_errors);
  g_test_add_func ("/loader/deep-nesting", test_deep_nesting);
  g_test_add_func ("/loader/silent", test_silent);
  g_test_add_func ("/loader/no-network", test_no_network);
  g_test_add_func ("/loader/no-file-entities", test_no_file_entities);
  g_test_add_func ("/loader/cancelled", test_cancelled);
  g_test_add_func ("/loader/missing-file", test_missing_file);
  g_test_add_func ("/loader/valid/source-kind-approximate", test_valid_source_kind_and_approximate);
  g_test_add_func ("/loader/broken/source-kind-approximate", test_broken_source_kind_and_approximate);
  g_test_add_func ("/loader/valid/country-steps-regions-pending", test_valid_country_steps_regions_pending);
  g_test_add_func ("/loader/broken/country-steps-regions-pending", test_broken_country_steps_regions_pending);

  return g_test_run ();
}
