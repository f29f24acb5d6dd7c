/* test-cli-compare.c — --print-data=compare… and --export=compare… against the shipped CSVs,
 * the numbers counted again here, independently of the app's readers
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "pkc-test-util.h"

/* One CSV line split into fields, quotes handled ("a, b" and "" inside quotes). */
static GStrv
split_csv_line (const char *line)
{
  g_autoptr(GStrvBuilder) fields = g_strv_builder_new ();
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; *p != '\0' && *p != '\r'; p++)
    {
      if (quoted && *p == '"' && p[1] == '"')
        g_string_append_c (field, *p++);
      else if (*p == '"')
        quoted = !quoted;
      else if (*p == ',' && !quoted)
        {
          g_strv_builder_add (fields, field->str);
          g_string_truncate (field, 0);
        }
      else
        g_string_append_c (field, *p);
    }
  g_strv_builder_add (fields, field->str);
  return g_strv_builder_end (fields);
}

/* The records of a shipped CSV (data/un/NAME), header first. Quoted line breaks are joined. */
static GPtrArray *
read_csv (const char *name)
{
  g_autofree char *path = g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data", "un", name,
                                            NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GString) pending = g_string_new (NULL);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint quotes = 0;

      if (pending->len > 0)
        g_string_append_c (pending, '\n');
      g_string_append (pending, lines[i]);
      for (const char *p = pending->str; *p != '\0'; p++)
        quotes += *p == '"';
      if (quotes % 2 == 1)
        continue;
      if (pending->len > 0)
        g_ptr_array_add (rows, split_csv_line (pending->str));
      g_string_truncate (pending, 0);
    }
  return rows;
}

static int
column_of (GStrv        header,
           const char  *name)
{
  for (guint i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], name))
      return (int) i;
  g_error ("no column %s", name);
  return -1;
}

/* Deaths in @year of missions counted in the whole force: the table's peacekeeping
 * operations, and acronyms missing from the table. */
static guint
force_deaths (GPtrArray *deaths,
              GPtrArray *missions,
              guint      year)
{
  GStrv dh = g_ptr_array_index (deaths, 0), mh = g_ptr_array_index (missions, 0);
  int c_date = column_of (dh, "incident_date"), c_mission = column_of (dh, "mission_acronym");
  int c_acronym = column_of (mh, "acronym"), c_kind = column_of (mh, "kind");
  g_autofree char *prefix = g_strdup_printf ("%u-", year);
  guint n = 0;

  for (guint i = 1; i < deaths->len; i++)
    {
      GStrv row = g_ptr_array_index (deaths, i);
      const char *kind = NULL;

      if (!g_str_has_prefix (row[c_date], prefix))
        continue;
      for (guint j = 1; j < missions->len; j++)
        {
          GStrv m = g_ptr_array_index (missions, j);

          if (g_ascii_strcasecmp (m[c_acronym], row[c_mission]) == 0)
            kind = m[c_kind];
        }
      if (kind == NULL || g_str_equal (kind, "peacekeeping operation"))
        n++;
    }
  return n;
}

static double
world_force (guint year)
{
  g_autoptr(GPtrArray) rows = read_csv ("un-peacekeeping-force-size.csv");
  GStrv header = g_ptr_array_index (rows, 0);
  int c_year = column_of (header, "Year");
  int c_size = column_of (header, "Size of total peacekeeping force (United Nations Peacekeeping)");
  g_autofree char *y = g_strdup_printf ("%u", year);

  for (guint i = 1; i < rows->len; i++)
    {
      GStrv row = g_ptr_array_index (rows, i);

      if (g_str_equal (row[0], "World") && g_str_equal (row[c_year], y))
        return g_ascii_strtod (row[c_size], NULL);
    }
  g_error ("no force size for %u", year);
  return 0;
}

static guint
mission_deaths (GPtrArray  *deaths,
                const char *acronym,
                const char *year_prefix,
                const char *incident)
{
  GStrv dh = g_ptr_array_index (deaths, 0);
  int c_date = column_of (dh, "incident_date"), c_mission = column_of (dh, "mission_acronym");
  int c_type = column_of (dh, "type_of_incident");
  guint n = 0;

  for (guint i = 1; i < deaths->len; i++)
    {
      GStrv row = g_ptr_array_index (deaths, i);

      if (g_str_equal (row[c_mission], acronym) && g_str_has_prefix (row[c_date], year_prefix) &&
          (incident == NULL || g_ascii_strcasecmp (g_strstrip (row[c_type]), incident) == 0))
        n++;
    }
  return n;
}

static void
test_world_rate (void)
{
  g_auto(PkcRunResult) r = { 0 };
  g_autoptr(GPtrArray) deaths = read_csv ("un-peacekeeping-fatalities.csv");
  g_autoptr(GPtrArray) missions = read_csv ("un-missions.csv");
  const guint years[] = { 1948, 1961, 1993, 2013, 2021 };

  pkc_test_run_cli (&r, "--print-data=compare-world", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "year,deaths,force,deaths_per_1000,MINUSMA_deaths,"));
  /* 1948 to the last year of the force-size data, 2021. */
  g_assert_nonnull (strstr (r.out, "\n1948,"));
  g_assert_nonnull (strstr (r.out, "\n2021,"));
  g_assert_null (strstr (r.out, "\n2022,"));
  g_assert_null (strstr (r.out, "\n1947,"));
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      guint n = force_deaths (deaths, missions, years[i]);
      double force = world_force (years[i]);
      char rate[G_ASCII_DTOSTR_BUF_SIZE];
      g_autofree char *row = NULL;

      g_ascii_formatd (rate, sizeof rate, "%.3f", n * 1000.0 / force);
      row = g_strdup_printf ("\n%u,%u,%.0f,%s,", years[i], n, force, rate);
      if (strstr (r.out, row) == NULL)
        g_error ("no row “%s” in:\n%s", row + 1, r.out);
    }
}

static void
test_ranking (void)
{
  g_auto(PkcRunResult) r = { 0 };
  g_autoptr(GPtrArray) deaths = read_csv ("un-peacekeeping-fatalities.csv");
  g_autofree char *first = NULL, *first_total = NULL, *second = NULL;
  g_auto(GStrv) rows = NULL;

  pkc_test_run_cli (&r, "--print-data=compare-ranking", NULL);
  g_assert_cmpint (r.status, ==, 0);
  rows = g_strsplit (r.out, "\n", -1);
  /* The deadliest of all causes and the runner-up, their counts made here. */
  first = g_strdup_printf ("1,UNIFIL,%u,", mission_deaths (deaths, "UNIFIL", "", "Malicious Act"));
  first_total = g_strdup_printf (",%u", mission_deaths (deaths, "UNIFIL", "", NULL));
  second = g_strdup_printf ("2,MINUSMA,%u,", mission_deaths (deaths, "MINUSMA", "",
                                                             "Malicious Act"));
  g_assert_true (g_str_has_prefix (rows[1], first));
  g_assert_true (g_str_has_suffix (rows[1], first_total));
  g_assert_true (g_str_has_prefix (rows[2], second));
  g_assert_cmpuint (g_strv_length (rows), ==, 15 + 2);  /* header, the top 15, final "" */
}

static void
test_missions_per_year (void)
{
  g_auto(PkcRunResult) r = { 0 };
  g_auto(PkcRunResult) bad = { 0 };
  g_auto(PkcRunResult) one = { 0 };
  g_autoptr(GPtrArray) deaths = read_csv ("un-peacekeeping-fatalities.csv");
  g_autofree char *row = NULL;

  pkc_test_run_cli (&r, "--print-data=compare", "--missions=MINUSMA,unifil", NULL);
  g_assert_cmpint (r.status, ==, 0);
  row = g_strdup_printf ("\nMINUSMA,2017,%u,", mission_deaths (deaths, "MINUSMA", "2017-",
                                                               "Malicious Act"));
  g_assert_nonnull (strstr (r.out, row));
  g_free (row);
  row = g_strdup_printf ("\nUNIFIL,1978,%u,", mission_deaths (deaths, "UNIFIL", "1978-",
                                                              "Malicious Act"));
  g_assert_nonnull (strstr (r.out, row));

  pkc_test_run_cli (&bad, "--print-data=compare", "--missions=MINUSMA,NOPE", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "NOPE"));
  pkc_test_run_cli (&one, "--print-data=compare", "--missions=MINUSMA", NULL);
  g_assert_cmpint (one.status, ==, 1);
  g_assert_nonnull (strstr (one.err, "2 to 6"));
}

static char *
run_tool (const char *const *argv)
{
  g_autofree char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL,
                     &status, NULL) || !g_spawn_check_wait_status (status, NULL))
    return NULL;
  return g_steal_pointer (&out);
}

static void
test_exports (void)
{
  g_autofree char *dir = g_dir_make_tmp ("pkc-compare-XXXXXX", NULL);
  const char *names[] = { "c.png", "c.pdf", "c.svg" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_auto(PkcRunResult) r = { 0 };
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *arg = g_strconcat ("--output=", path, NULL);
      g_autofree char *contents = NULL;
      gsize len = 0;

      pkc_test_run_cli (&r, "--export=compare", arg, NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
      if (i == 0)
        g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
      else if (i == 2)
        {
          g_assert_nonnull (strstr (contents, ">Peacekeeper deaths per year: MINUSMA, MINUSCA, MONUSCO<"));
          g_assert_nonnull (strstr (contents, "Peacekeeper Fatalities open data"));
        }
      else
        {
          const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
          g_autofree char *text = run_tool (argv);

          if (text == NULL)
            g_test_message ("pdftotext missing: PDF text not checked");
          else
            {
              g_assert_nonnull (strstr (text, "Peacekeeper deaths per year: MINUSMA, MINUSCA, MONUSCO"));
              g_assert_nonnull (strstr (text, "Peacekeeper Fatalities open data (DPPA/DPOSS)"));
            }
        }
      g_unlink (path);
    }

  /* The whole force: both sources named. */
  {
    g_auto(PkcRunResult) r = { 0 };
    g_autofree char *path = g_build_filename (dir, "w.pdf", NULL);
    g_autofree char *arg = g_strconcat ("--output=", path, NULL);
    const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
    g_autofree char *text = NULL;

    pkc_test_run_cli (&r, "--export=compare-world", arg, "--size=1200x800", NULL);
    g_assert_cmpint (r.status, ==, 0);
    text = run_tool (argv);
    if (text != NULL)
      {
        g_assert_nonnull (strstr (text, "UN peacekeeping deaths and the size of the whole force"));
        g_assert_nonnull (strstr (text, "Our World in Data"));
        g_assert_nonnull (strstr (text, "Peacekeeper Fatalities open data"));
      }
    g_unlink (path);
  }
  g_rmdir (dir);
}

/* --print-data=casualties --stack-by=gender: the men, women and unrecorded of each year,
 * counted here from the CSV rows of MINUSMA. */
static void
test_stack_by_gender (void)
{
  g_auto(PkcRunResult) r = { 0 };
  g_auto(PkcRunResult) same = { 0 };
  g_auto(PkcRunResult) plain = { 0 };
  g_autoptr(GPtrArray) deaths = read_csv ("un-peacekeeping-fatalities.csv");
  GStrv dh = g_ptr_array_index (deaths, 0);
  int c_date = column_of (dh, "incident_date"), c_mission = column_of (dh, "mission_acronym");
  int c_gender = column_of (dh, "gender");
  const char *years[] = { "2014", "2019", "2022" };

  pkc_test_run_cli (&r, "--print-data=casualties", "--interval=year", "--stack-by=gender", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "period,total,men,women,not-recorded\n"));
  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      guint men = 0, women = 0, none = 0;
      g_autofree char *row = NULL;

      for (guint i = 1; i < deaths->len; i++)
        {
          GStrv d = g_ptr_array_index (deaths, i);

          if (!g_str_equal (d[c_mission], "MINUSMA") || !g_str_has_prefix (d[c_date], years[y]))
            continue;
          men += g_str_equal (d[c_gender], "M");
          women += g_str_equal (d[c_gender], "F");
          none += !g_str_equal (d[c_gender], "M") && !g_str_equal (d[c_gender], "F");
        }
      row = g_strdup_printf ("\n%s,%u,%u,%u,%u\n", years[y], men + women + none, men, women, none);
      if (strstr (r.out, row) == NULL)
        g_error ("no row “%s” in:\n%s", row + 1, r.out);
    }

  /* Stacked by incident type, the numbers are the plain casualty CSV's. */
  pkc_test_run_cli (&same, "--print-data=casualties", "--stack-by=incident", NULL);
  pkc_test_run_cli (&plain, "--print-data=casualties", NULL);
  g_assert_cmpint (same.status, ==, 0);
  g_assert_cmpstr (same.out, ==, plain.out);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/compare/world-rate", test_world_rate);
  g_test_add_func ("/cli/compare/ranking", test_ranking);
  g_test_add_func ("/cli/compare/missions-per-year", test_missions_per_year);
  g_test_add_func ("/cli/compare/exports", test_exports);
  g_test_add_func ("/cli/stack-by/gender", test_stack_by_gender);
  return g_test_run ();
}
