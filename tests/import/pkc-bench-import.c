/* pkc-bench-import.c — times the UN fatalities import on 10k and 1M rows, with peak memory
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "pkc-un-import.h"
#include "pkc-un-import-private.h"

#define N_RUNS 3

/* Shaped like the UN file, where MINUSMA is 311 of 4,429 rows (7 %). */
static const char * const missions[] = {
  "UNTSO", "UNEF", "ONUC", "UNFICYP", "UNIFIL", "UNDOF", "UNPROFOR", "UNOSOM", "UNAMSIL",
  "MONUC", "MONUSCO", "UNMIL", "UNOCI", "MINUSTAH", "UNAMID", "UNMISS", "MINUSCA",
};

static const struct {
  const char *nationality;
  const char *iso;
} countries[] = {
  { "Chad", "TCD" }, { "Bangladesh", "BGD" }, { "\"Korea, Republic of\"", "KOR" },
  { "ZZ [Undetermined]", "" }, { "Côte d'Ivoire", "CIV" }, { "Egypt", "EGY" },
};

static const char * const personnel[] = {
  "Military", "Military Observer", "Police", "International Civilian", "Local ", "Other",
};

static const char * const incidents[] = {
  "Malicious Act", "Accident", "Illness", "Self-Inflicted", "To Be Determined", "Unknown",
};

static void
generate (const char *path,
          guint       n_rows,
          double      minusma_share)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (4429);
  g_autoptr(GString) row = g_string_new (NULL);
  FILE *file = fopen (path, "w");

  if (file == NULL)
    g_error ("cannot write %s", path);

  fputs ("id,incident_date,casualty_id,mission_acronym,type_of_casualty,gender,"
         "casualty_nationality,casualty_personnel_type,type_of_incident,m49_code,isocode3,"
         "last_update\n", file);

  for (guint i = 1; i <= n_rows; i++)
    {
      const char *mission = g_rand_double (rand) < minusma_share
                              ? "MINUSMA"
                              : missions[g_rand_int_range (rand, 0, G_N_ELEMENTS (missions))];
      guint country = g_rand_int_range (rand, 0, G_N_ELEMENTS (countries));
      int year = g_rand_int_range (rand, 1948, 2025);
      int month = g_rand_int_range (rand, 1, 13);
      int day = g_rand_int_range (rand, 1, 29);

      g_string_printf (row, "%u,%04d-%02d-%02d,%s-%04d-%02d-%07u,%s,Fatality,M,%s,%s,%s,"
                            "148.0,%s,2025-04-04\n",
                       i, year, month, day, mission, year, month, i, mission,
                       countries[country].nationality,
                       personnel[g_rand_int_range (rand, 0, G_N_ELEMENTS (personnel))],
                       incidents[g_rand_int_range (rand, 0, G_N_ELEMENTS (incidents))],
                       countries[country].iso);
      fwrite (row->str, 1, row->len, file);
    }

  if (fclose (file) != 0)
    g_error ("cannot write %s", path);
}

/* Child mode: one import, then "SECONDS PEAK_RSS_KIB" on stdout. */
static int
run_once (const char *csv,
          const char *output)
{
  g_autoptr(GFile) file = g_file_new_for_path (csv);
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();

  if (!_pkc_un_import_file (file, "MINUSMA", output, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  getrusage (RUSAGE_SELF, &usage);
  g_print ("%.3f %ld\n", (g_get_monotonic_time () - start) / 1e6, usage.ru_maxrss);
  return 0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Each run is its own process, so ru_maxrss is the peak of that import alone. */
static void
measure (const char *self_path,
         const char *csv,
         guint       n_rows,
         const char *what)
{
  g_autofree char *output = g_strconcat (csv, ".xml", NULL);
  double seconds[N_RUNS];
  long peak_kib = 0;
  GStatBuf st;

  for (guint i = 0; i < N_RUNS; i++)
    {
      const char *argv[] = { self_path, "--run", csv, output, NULL };
      g_autofree char *out = NULL;
      g_autoptr(GError) error = NULL;
      int status;
      long kib;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                         &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        g_error ("import run failed: %s", error->message);
      if (sscanf (out, "%lf %ld", &seconds[i], &kib) != 2)
        g_error ("unexpected output from the import run: %s", out);
      peak_kib = MAX (peak_kib, kib);
    }

  qsort (seconds, N_RUNS, sizeof seconds[0], compare_doubles);
  g_stat (csv, &st);
  g_print ("%8u rows (%6.1f MiB CSV, %s): median %.3f s over %d runs, peak RSS %ld KiB\n",
           n_rows, st.st_size / 1048576.0, what, seconds[N_RUNS / 2], N_RUNS, peak_kib);
  g_remove (output);
}

int
main (int   argc,
      char *argv[])
{
  /* The third case keeps MINUSMA at its real size (about 311 rows) in a huge file: memory
   * for the mission's own rows (duplicate-id check) is then constant too. */
  static const struct {
    guint       n_rows;
    double      share;
    const char *what;
  } cases[] = {
    { 10000,   311.0 / 4429, "7 % MINUSMA" },
    { 1000000, 311.0 / 4429, "7 % MINUSMA" },
    { 1000000, 311.0 / 1e6,  "~311 MINUSMA" },
  };
  g_autofree char *self_path = NULL;

  if (argc == 4 && g_str_equal (argv[1], "--run"))
    return run_once (argv[2], argv[3]);

  self_path = g_file_read_link ("/proc/self/exe", NULL);
  if (self_path == NULL)
    self_path = g_strdup (argv[0]);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("pkc-bench-%u-%u.csv", cases[i].n_rows, i);
      g_autofree char *csv = g_build_filename (g_get_tmp_dir (), name, NULL);

      generate (csv, cases[i].n_rows, cases[i].share);
      measure (self_path, csv, cases[i].n_rows, cases[i].what);
      g_remove (csv);
    }

  return 0;
}
