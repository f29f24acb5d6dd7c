/* test-casualties.c — the dataset's packed casualty records and the loader's check of
 * casualty ids
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "dataset-test-util.h"
#include "pkc-dataset-private.h"
#include "pkc-id-set.h"

static void
add (PkcDataset    *dataset,
     const PkcDate *date,
     const char    *nationality,
     const char    *iso,
     const char    *source)
{
  PkcCasualty casualty = { *date, PKC_INCIDENT_ACCIDENT, PKC_PERSONNEL_POLICE,
                           (char *) nationality, (char *) iso, (char *) source, 'F' };

  pkc_dataset_add_casualty_copy (dataset, &casualty);
}

/* Every day of 1800–2200 and of the whole calendar every 97 days, at each precision: the
 * day number is GDate's julian day, and the date comes back as it was given. */
static void
test_record_dates (void)
{
  g_autoptr(PkcDataset) dataset = pkc_dataset_new ();
  g_autoptr(GArray) dates = g_array_new (FALSE, FALSE, sizeof (PkcDate));
  PkcDate first = test_date ("0001-01-01"), last = test_date ("9999-12-31");
  PkcDate unset = { 0, };
  guint32 from = pkc_date_to_julian (&first), to = pkc_date_to_julian (&last);
  PkcDate d1800 = test_date ("1800-01-01"), d2200 = test_date ("2200-12-31");

  for (guint32 j = pkc_date_to_julian (&d1800); j <= pkc_date_to_julian (&d2200); j++)
    {
      PkcDate date = pkc_date_from_julian (j);

      g_array_append_val (dates, date);
    }
  for (guint32 j = from; j <= to; j += 97)
    {
      PkcDate date = pkc_date_from_julian (j);

      g_array_append_val (dates, date);
    }
  g_array_append_val (dates, last);
  g_array_append_val (dates, unset);
  for (const char *const *text = (const char *const[]) { "2013", "2013-11", "9999", NULL };
       *text != NULL; text++)
    {
      PkcDate date = test_date (*text);

      g_array_append_val (dates, date);
    }

  for (guint i = 0; i < dates->len; i++)
    add (dataset, &g_array_index (dates, PkcDate, i), "Chad", "TCD", "s");
  g_assert_cmpuint (pkc_dataset_get_n_casualties (dataset), ==, dates->len);
  for (guint i = 0; i < dates->len; i++)
    {
      const PkcDate *given = &g_array_index (dates, PkcDate, i);
      const PkcCasualtyRecord *record = pkc_dataset_get_casualty (dataset, i);
      PkcDate date = pkc_casualty_record_get_date (record);

      g_assert_cmpint (pkc_date_compare (&date, given), ==, 0);
      g_assert_cmpint (date.precision, ==, given->precision);
      if (pkc_date_is_set (given))
        g_assert_cmpuint (record->day, ==, pkc_date_to_julian (given));
      else
        g_assert_cmpuint (record->day, ==, 0);
    }
}

typedef struct {
  PkcDate date;
  char   *source;
} Given;

static void
given_free (gpointer data)
{
  Given *g = data;

  g_free (g->source);
  g_free (g);
}

static int
compare_given (gconstpointer a,
               gconstpointer b)
{
  const Given *x = *(const Given * const *) a, *y = *(const Given * const *) b;

  return pkc_date_compare (&x->date, &y->date);
}

/* finish() orders by date as pkc_date_compare() does ("2013" < "2013-01" < "2013-01-01"),
 * equal dates in the order they were added, as GLib's stable sort orders the same list:
 * dates of a few years (sorted by counting) and of the whole calendar (by a heapsort). */
static void
assert_sorted_stably (gboolean whole_calendar)
{
  g_autoptr(PkcDataset) dataset = pkc_dataset_new ();
  g_autoptr(GPtrArray) given = g_ptr_array_new_with_free_func (given_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  static const char *const texts[] = {
    "2013", "2013-01", "2013-01-01", "2013-01-02", "2012-12-31", "2013-02", "2014", "2013-12-31",
  };

  for (guint i = 0; i < 5000; i++)
    {
      Given *g = g_new0 (Given, 1);

      if (whole_calendar && i % 10 != 0)
        g->date = pkc_date_from_julian (g_rand_int_range (rand, 1, 3652060));
      else
        g->date = test_date (texts[g_rand_int_range (rand, 0, G_N_ELEMENTS (texts))]);
      g->source = g_strdup_printf ("s%u", i);
      g_ptr_array_add (given, g);
      add (dataset, &g->date, "Chad", "TCD", g->source);
    }
  pkc_dataset_finish (dataset);
  g_ptr_array_sort (given, compare_given);

  /* A second finish() finds them in order already. */
  for (guint round = 0; round < 2; round++, pkc_dataset_finish (dataset))
    for (guint i = 0; i < given->len; i++)
      {
        const Given *g = g_ptr_array_index (given, i);
        const PkcCasualtyRecord *record = pkc_dataset_get_casualty (dataset, i);
        PkcDate date = pkc_casualty_record_get_date (record);

        g_assert_cmpint (pkc_date_compare (&date, &g->date), ==, 0);
        g_assert_cmpstr (pkc_dataset_get_casualty_source (dataset, record), ==, g->source);
      }
}

static void
test_sorted_stably (void)
{
  assert_sorted_stably (FALSE);
  assert_sorted_stably (TRUE);
}

/* Each record keeps its own nationality and iso, even where one name comes with two codes;
 * equal strings are one string. */
static void
test_strings (void)
{
  g_autoptr(PkcDataset) dataset = pkc_dataset_new ();
  PkcDate date = test_date ("2014-06-11");
  g_autofree char *copy = g_strdup ("Chad");
  const PkcCasualtyRecord *r[5];

  add (dataset, &date, "Côte dIvoire", "", "un-fatalities");
  add (dataset, &date, "Côte dIvoire", "CIV", "un-fatalities news-1");
  add (dataset, &date, "Chad", "TCD", "un-fatalities");
  add (dataset, &date, copy, "TCD", "news-1");
  add (dataset, &date, NULL, NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (r); i++)
    r[i] = pkc_dataset_get_casualty (dataset, i);

  g_assert_cmpstr (pkc_dataset_get_casualty_nationality (dataset, r[0]), ==, "Côte dIvoire");
  g_assert_cmpstr (pkc_dataset_get_casualty_iso (dataset, r[0]), ==, "");
  g_assert_cmpstr (pkc_dataset_get_casualty_iso (dataset, r[1]), ==, "CIV");
  g_assert_cmpstr (pkc_dataset_get_casualty_source (dataset, r[1]), ==, "un-fatalities news-1");
  g_assert_cmpstr (pkc_dataset_get_casualty_iso (dataset, r[3]), ==, "TCD");
  g_assert_cmpstr (pkc_dataset_get_casualty_source (dataset, r[3]), ==, "news-1");
  g_assert_true (pkc_dataset_get_casualty_nationality (dataset, r[2]) ==
                 pkc_dataset_get_casualty_nationality (dataset, r[3]));
  g_assert_true (pkc_dataset_get_casualty_source (dataset, r[0]) ==
                 pkc_dataset_get_casualty_source (dataset, r[2]));
  g_assert_cmpuint (r[2]->country, ==, r[3]->country);
  g_assert_cmpuint (r[0]->country, !=, r[1]->country);
  g_assert_null (pkc_dataset_get_casualty_nationality (dataset, r[4]));
  g_assert_null (pkc_dataset_get_casualty_iso (dataset, r[4]));
  g_assert_null (pkc_dataset_get_casualty_source (dataset, r[4]));
  g_assert_cmpint (r[0]->incident, ==, PKC_INCIDENT_ACCIDENT);
  g_assert_cmpint (r[0]->personnel, ==, PKC_PERSONNEL_POLICE);
  g_assert_cmpint (r[0]->gender, ==, 'F');
}

/* Many ids, some differing only in their last character, every length of the hash's last
 * block: each is new once, then found with the line it was added on, from the sorted run
 * (the oldest) as from the recent table (the last added). */
static void
test_id_set (void)
{
  PkcIdSet *set = pkc_id_set_new ();
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  guint line = 0;

  for (guint i = 0; i < 200000; i++)
    g_ptr_array_add (ids, g_strdup_printf ("BENCH-%07u", i));
  for (guint length = 1; length <= 40; length++)
    {
      g_autofree char *a = g_strnfill (length - 1, 'a');

      g_ptr_array_add (ids, g_strnfill (length, 'a'));
      g_ptr_array_add (ids, g_strconcat (a, "b", NULL));
    }

  for (guint i = 0; i < ids->len; i++)
    g_assert_true (pkc_id_set_add (set, g_ptr_array_index (ids, i), i + 10, NULL));
  g_assert_cmpuint (pkc_id_set_get_size (set), ==, ids->len);
  for (guint i = ids->len; i-- > 0;)
    {
      g_assert_false (pkc_id_set_add (set, g_ptr_array_index (ids, i), 1, &line));
      g_assert_cmpuint (line, ==, i + 10);
    }
  g_assert_cmpuint (pkc_id_set_get_size (set), ==, ids->len);
  g_assert_true (pkc_id_set_add (set, "BENCH-0200000", 7, NULL));
  pkc_id_set_free (set);
}

/* The range of a dataset whose mission starts 2020-06-15, with casualties dated @dates
 * (space-separated), as "FIRST..LAST" in ISO form. */
static char *
casualty_range (const char *dates)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n"
                                         "<peacekeeping-dataset format=\"1\">\n"
                                         "  <mission acronym=\"X\" start=\"2020-06-15\" "
                                         "source=\"s\"><name xml:lang=\"en\">X</name>"
                                         "</mission>\n"
                                         "  <sources><source id=\"s\" publisher=\"P\">"
                                         "<title>T</title></source></sources>\n"
                                         "  <casualties>\n");
  g_auto(GStrv) list = g_strsplit (dates, " ", -1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  g_autofree char *first_iso = NULL, *last_iso = NULL;
  PkcDate first, last;

  for (guint i = 0; list[i] != NULL; i++)
    g_string_append_printf (xml, "    <casualty id=\"c%u\" date=\"%s\" incident=\"accident\" "
                            "personnel=\"police\" nationality=\"N\" source=\"s\"/>\n",
                            i, list[i]);
  g_string_append (xml, "  </casualties>\n</peacekeeping-dataset>\n");
  bytes = g_bytes_new (xml->str, xml->len);
  dataset = pkc_loader_load_bytes (bytes, "range.xml", &error);
  g_assert_no_error (error);
  g_assert_true (pkc_dataset_get_date_range (dataset, &first, &last));
  first_iso = pkc_date_to_iso (&first);
  last_iso = pkc_date_to_iso (&last);
  return g_strdup_printf ("%s..%s", first_iso, last_iso);
}

/* The casualties' earliest and latest dates widen the range, every record counted: a year
 * or month before the start in its own span counts as the start, and then an earlier
 * record of another span is still the earliest. */
static void
test_date_range (void)
{
  static const struct {
    const char *dates;
    const char *range;
  } cases[] = {
    { "2021-02-01 2019-12-31 2020-07", "2019-12-31..2021-02-01" },
    { "2022 2020-07-01", "2020-06-15..2022" },
    { "2020 2020-06 2020-07-01", "2020-06-15..2020-07-01" },
    /* "2020" is the earliest record but moves to the start; "2020-02" does not. */
    { "2020-07-01 2020 2020-02 2020-06", "2020-02..2020-07-01" },
    { "2020-03 2020", "2020-03..2020-06-15" },
    { "2019 2030-12 2030-12-31 2030", "2019..2030-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *range = casualty_range (cases[i].dates);

      g_assert_cmpstr (range, ==, cases[i].range);
    }
}

/* Ids hashed ahead by pkc_id_set_prefetch(), as the parser does a few records before the
 * loader adds them: some never added, some prefetched with other bytes (a value before
 * its entities are replaced, a prefix), more than the set keeps, one too long to keep.
 * Each add must find what an add without prefetching finds: every id new once, then a
 * duplicate with its first line. */
static void
test_id_set_prefetched (void)
{
  static const char * const prefetched[] = {
    "A-1", "A-2", "skipped", "B&#38;C", "abcdef", "A-3",
    "a-very-long-casualty-identifier-of-more-than-forty-bytes",
  };
  static const char * const added[] = {
    "A-1", "A-2", "abcdef", "B&C", "A-3", "abc",
    "a-very-long-casualty-identifier-of-more-than-forty-bytes",
  };
  PkcIdSet *set = pkc_id_set_new ();
  guint line = 0;

  for (guint i = 0; i < G_N_ELEMENTS (prefetched); i++)
    pkc_id_set_prefetch (set, prefetched[i],
                         g_str_equal (prefetched[i], "abcdef") ? 3 : strlen (prefetched[i]));
  for (guint i = 0; i < G_N_ELEMENTS (added); i++)
    g_assert_true (pkc_id_set_add (set, added[i], i + 1, NULL));

  /* Ahead of the set by more than it keeps: the last ones are still found. */
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("C-%u", i);

      pkc_id_set_prefetch (set, id, strlen (id));
    }
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("C-%u", i);

      g_assert_true (pkc_id_set_add (set, id, 100 + i, NULL));
    }

  for (guint i = 0; i < G_N_ELEMENTS (added); i++)
    {
      pkc_id_set_prefetch (set, added[i], strlen (added[i]));
      g_assert_false (pkc_id_set_add (set, added[i], 99, &line));
      g_assert_cmpuint (line, ==, i + 1);
    }
  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("C-%u", i);

      g_assert_false (pkc_id_set_add (set, id, 99, &line));
      g_assert_cmpuint (line, ==, 100 + i);
    }
  g_assert_cmpuint (pkc_id_set_get_size (set), ==, G_N_ELEMENTS (added) + 40);
  pkc_id_set_free (set);
}

/* A set that stays small (a mission's few hundred or thousand ids) has no filter: an id
 * already merged into the run is still found there, with its line. */
static void
test_id_set_small (void)
{
  PkcIdSet *set = pkc_id_set_new ();
  guint line = 0;

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *id = g_strdup_printf ("MINUSMA-%05u", i);

      g_assert_true (pkc_id_set_add (set, id, i + 10, NULL));
    }
  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *id = g_strdup_printf ("MINUSMA-%05u", i);

      g_assert_false (pkc_id_set_add (set, id, 1, &line));
      g_assert_cmpuint (line, ==, i + 10);
    }
  g_assert_cmpuint (pkc_id_set_get_size (set), ==, 3000);
  pkc_id_set_free (set);
}

/* The loader's messages for ids used twice, checked against the lines a plain table of the
 * ids gives: a record repeating an old id, a recent one, a third use, among thousands. */
static void
test_duplicate_ids (void)
{
  g_autoptr(GString) xml = g_string_new (TEST_DATASET_HEAD);
  g_autoptr(GHashTable) first_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                             NULL);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  guint line = 10;

  for (guint i = 0; i < 6000; i++, line++)
    {
      /* Records 4000 on repeat 3 (long merged), 3999 (just added) and 3 again. */
      guint n = i == 4000 || i == 4500 ? 3 : i == 4001 ? 3999 : i;
      g_autofree char *id = g_strdup_printf ("C-%05u", n);
      gpointer first;

      g_string_append_printf (xml, "    <casualty id=\"%s\" date=\"2020-02-01\" "
                              "incident=\"accident\" personnel=\"military\" "
                              "nationality=\"Chad\" source=\"s\"/>\n", id);
      if (g_hash_table_lookup_extended (first_lines, id, NULL, &first))
        g_ptr_array_add (expected,
                         g_strdup_printf ("dup.xml:%u:5: casualty id \"%s\" is used twice "
                                          "(first on line %u)", line, id,
                                          GPOINTER_TO_UINT (first)));
      else
        g_hash_table_insert (first_lines, g_steal_pointer (&id), GUINT_TO_POINTER (line));
    }
  g_string_append (xml, "  </casualties>\n</peacekeeping-dataset>\n");
  bytes = g_bytes_new (xml->str, xml->len);

  dataset = _pkc_loader_load_bytes_all_errors (bytes, "dup.xml", &messages, &error);
  g_assert_null (dataset);
  g_assert_error (error, PKC_LOADER_ERROR, PKC_LOADER_ERROR_INVALID);
  g_assert_cmpuint (expected->len, ==, 3);
  g_assert_cmpstr (g_ptr_array_index (expected, 0), ==,
                   "dup.xml:4010:5: casualty id \"C-00003\" is used twice (first on line 13)");
  g_assert_cmpuint (messages->len, ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    g_assert_cmpstr (g_ptr_array_index (messages, i), ==, g_ptr_array_index (expected, i));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/casualties/record-dates", test_record_dates);
  g_test_add_func ("/casualties/sorted-stably", test_sorted_stably);
  g_test_add_func ("/casualties/strings", test_strings);
  g_test_add_func ("/casualties/date-range", test_date_range);
  g_test_add_func ("/casualties/id-set", test_id_set);
  g_test_add_func ("/casualties/id-set-prefetched", test_id_set_prefetched);
  g_test_add_func ("/casualties/id-set-small", test_id_set_small);
  g_test_add_func ("/casualties/duplicate-ids", test_duplicate_ids);
  return g_test_run ();
}
