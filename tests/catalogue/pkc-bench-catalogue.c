/* pkc-bench-catalogue.c — times building the catalogue from the shipped CSVs (median of 5)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "pkc-catalogue.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (void)
{
  const char *root = g_getenv ("PKC_SOURCE_ROOT");
  g_autofree char *fpath = NULL, *mpath = NULL;
  g_autofree char *ftext = NULL, *mtext = NULL;
  gsize flen, mlen;
  double ms[5];

  if (root == NULL)
    root = ".";
  fpath = g_build_filename (root, "data", "un", "un-peacekeeping-fatalities.csv", NULL);
  mpath = g_build_filename (root, "data", "un", "un-missions.csv", NULL);
  if (!g_file_get_contents (fpath, &ftext, &flen, NULL) ||
      !g_file_get_contents (mpath, &mtext, &mlen, NULL))
    {
      g_printerr ("cannot read the CSVs under %s/data/un\n", root);
      return 1;
    }
  /* In memory, as the app reads them from its resources. */
  for (guint i = 0; i < G_N_ELEMENTS (ms); i++)
    {
      g_autoptr(GInputStream) f = g_memory_input_stream_new_from_data (ftext, flen, NULL);
      g_autoptr(GInputStream) m = g_memory_input_stream_new_from_data (mtext, mlen, NULL);
      g_autoptr(GError) error = NULL;
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(PkcCatalogue) catalogue = pkc_catalogue_new (f, m, &error);

      ms[i] = (g_get_monotonic_time () - t0) / 1000.0;
      if (catalogue == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
    }
  qsort (ms, G_N_ELEMENTS (ms), sizeof ms[0], compare_doubles);
  g_print ("catalogue build: median %.2f ms of 5 (min %.2f, max %.2f; target 30 ms)\n",
           ms[2], ms[0], ms[4]);

  /* Switching to a mission without a curated dataset builds one from the CSV, through the
   * importer and the loader: UNIFIL is among the missions with the most rows. */
  {
    g_autoptr(GInputStream) f = g_memory_input_stream_new_from_data (ftext, flen, NULL);
    g_autoptr(GInputStream) m = g_memory_input_stream_new_from_data (mtext, mlen, NULL);
    g_autoptr(PkcCatalogue) catalogue = pkc_catalogue_new (f, m, NULL);

    for (guint i = 0; i < G_N_ELEMENTS (ms); i++)
      {
        gint64 t0 = g_get_monotonic_time ();
        g_autoptr(PkcDataset) dataset = pkc_catalogue_build_dataset (catalogue, "UNIFIL", NULL);

        ms[i] = (g_get_monotonic_time () - t0) / 1000.0;
        if (dataset == NULL)
          return 1;
      }
    qsort (ms, G_N_ELEMENTS (ms), sizeof ms[0], compare_doubles);
    g_print ("UNIFIL dataset build: median %.2f ms of 5 (min %.2f, max %.2f)\n",
             ms[2], ms[0], ms[4]);
  }
  return 0;
}
