/* pkc-bench.c — the performance table: each measure, its reference in the same run, the ratio
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `meson test -C BUILD --benchmark pkc-bench -v` (under a display for the hover and window
 * rows). Every row is the median of PKC_BENCH_RUNS runs, measure and reference alternating
 * so both see the same machine load. Goals are printed beside the results; nothing here
 * fails on a slow machine. PKC_BENCH_CASUALTIES sets the size of the big file (1,000,000);
 * PKC_BENCH_ONLY=window measures the first mapped window alone (the row takes seconds, the
 * whole table minutes).
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>

#include <stdio.h>

#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include "pkc-bench-hover.h"
#include "pkc-bench-util.h"
#include "pkc-chart.h"
#include "pkc-export.h"
#include "pkc-loader.h"

#define N PKC_BENCH_RUNS

static void
row (const char *measure,
     const char *value,
     const char *reference,
     double      ratio,
     const char *goal)
{
  g_print ("| %-40s | %-22s | %-34s | %6.2f× | %-9s |\n", measure, value, reference, ratio, goal);
}

static void
bare_reader (gpointer data)
{
  xmlTextReaderPtr reader = xmlReaderForFile (data, NULL, XML_PARSE_NONET);
  int ret;

  while ((ret = xmlTextReaderRead (reader)) == 1)
    ;
  xmlFreeTextReader (reader);
  if (ret != 0)
    _exit (1);
}

static void
on_start_element (void           *data,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             nb_namespaces,
                  const xmlChar **namespaces,
                  int             nb_attributes,
                  int             nb_defaulted,
                  const xmlChar **attributes)
{
}

static void
on_end_element (void          *data,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
}

static void
on_characters (void          *data,
               const xmlChar *text,
               int            len)
{
}

/* The floor under the loader since it reads through libxml2's SAX2 push parser: the same
 * parse with callbacks that do nothing. */
static void
bare_sax (gpointer data)
{
  xmlSAXHandler sax = { 0, };
  static char chunk[64 * 1024];
  FILE *in = fopen (data, "rb");
  xmlParserCtxtPtr ctxt;
  size_t n;
  int ret = 0;

  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = on_start_element;
  sax.endElementNs = on_end_element;
  sax.characters = on_characters;
  sax.ignorableWhitespace = on_characters;
  ctxt = xmlCreatePushParserCtxt (&sax, NULL, NULL, 0, NULL);
  if (in == NULL || ctxt == NULL)
    _exit (1);
  xmlCtxtUseOptions (ctxt, XML_PARSE_NONET);
  while (ret == 0 && (n = fread (chunk, 1, sizeof chunk, in)) > 0)
    ret = xmlParseChunk (ctxt, chunk, (int) n, 0);
  if (ret == 0)
    ret = xmlParseChunk (ctxt, NULL, 0, 1);
  xmlFreeParserCtxt (ctxt);
  fclose (in);
  if (ret != 0)
    _exit (1);
}

static void
bench_loader (const char *path)
{
  const char *exe = g_getenv ("PKC_EXECUTABLE");
  const char *check[] = { exe, "--check", path, NULL };
  const char *xmllint[] = { "xmllint", "--stream", "--noout", path, NULL };
  double check_ms[N], lint_ms[N], bare_ms[N], sax_ms[N], rss[N];
  long kib;
  GStatBuf st;
  char value[64], ref[64];

  g_stat (path, &st);
  for (guint r = 0; r < N; r++)
    {
      if (!pkc_bench_spawn (check, &check_ms[r], &kib))
        g_error ("--check failed on %s", path);
      rss[r] = kib / 1024.0;
      if (!pkc_bench_spawn (xmllint, &lint_ms[r], NULL))
        lint_ms[r] = NAN;
      if (!pkc_bench_fork (bare_reader, (gpointer) path, &bare_ms[r], NULL))
        g_error ("xmlTextReaderRead loop failed on %s", path);
      if (!pkc_bench_fork (bare_sax, (gpointer) path, &sax_ms[r], NULL))
        g_error ("SAX2 push parse failed on %s", path);
    }

  g_snprintf (value, sizeof value, "%.0f ms", pkc_bench_median (check_ms, N));
  g_snprintf (ref, sizeof ref, "xmllint --stream %.0f ms", pkc_bench_median (lint_ms, N));
  row ("--check, whole process", value, ref,
       pkc_bench_median (check_ms, N) / pkc_bench_median (lint_ms, N), "≤ 1.3×");
  g_snprintf (ref, sizeof ref, "xmlTextReaderRead loop %.0f ms", pkc_bench_median (bare_ms, N));
  row ("--check, whole process", value, ref,
       pkc_bench_median (check_ms, N) / pkc_bench_median (bare_ms, N), "");
  g_snprintf (ref, sizeof ref, "bare SAX2 push parse %.0f ms", pkc_bench_median (sax_ms, N));
  row ("--check, whole process", value, ref,
       pkc_bench_median (check_ms, N) / pkc_bench_median (sax_ms, N), "");
  g_snprintf (value, sizeof value, "%.0f MiB", pkc_bench_median (rss, N));
  g_snprintf (ref, sizeof ref, "file size %.0f MiB", st.st_size / 1048576.0);
  row ("peak RSS of --check", value, ref,
       pkc_bench_median (rss, N) / (st.st_size / 1048576.0), "≤ 0.35×");
}

static PkcDataset *
load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PkcDataset *dataset = pkc_loader_load_file (file, NULL, &error);

  if (dataset == NULL)
    g_error ("%s", error->message);
  return dataset;
}

/* A resize: the casualties chart laid out again at a slightly different size. */
static void
bench_relayout (PkcDataset *dataset,
                guint       n)
{
  PkcChartOptions options;
  double ms[2 * N + 1];
  guint n_bars = 0;
  char label[64], value[64], ref[64];

  pkc_chart_options_init (&options);
  pkc_scene_free (pkc_chart_layout (PKC_CHART_CASUALTIES, dataset, 1920, 1080, &options));
  for (guint r = 0; r < G_N_ELEMENTS (ms); r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      PkcScene *scene = pkc_chart_layout (PKC_CHART_CASUALTIES, dataset, 1920 - (r % 2) * 40,
                                          1080 - (r % 2) * 20, &options);

      ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
      n_bars = pkc_scene_get_n_hits (scene);
      pkc_scene_free (scene);
    }
  g_snprintf (label, sizeof label, "casualties relayout, %u records", n);
  g_snprintf (value, sizeof value, "%.2f ms", pkc_bench_median (ms, G_N_ELEMENTS (ms)));
  g_snprintf (ref, sizeof ref, "%u bars; the budget, 4 ms", n_bars);
  row (label, value, ref, pkc_bench_median (ms, G_N_ELEMENTS (ms)) / 4.0, "≤ 4 ms");
}

static void
bench_hover (PkcDataset *dataset,
             guint       n)
{
  double hover_ms, reference_ms;
  char label[64], value[64], ref[64];

  g_snprintf (label, sizeof label, "hover repaint 1920×1080, %u records", n);
  if (!pkc_bench_hover (dataset, &hover_ms, &reference_ms))
    {
      g_print ("| %-40s | skipped: no display\n", label);
      return;
    }
  g_snprintf (value, sizeof value, "%.2f ms", hover_ms);
  g_snprintf (ref, sizeof ref, "whole scene painted %.2f ms", reference_ms);
  row (label, value, ref, hover_ms / reference_ms, "≤ 1 ms");
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The export in process (layout, paint, encode) against the same layout and paint encoded
 * by cairo's own PNG writer, which tries all five filters. */
static void
bench_encode (PkcDataset *dataset)
{
  double export_ms[N], cairo_ms[N];
  gsize export_size = 0, cairo_size = 0;
  char value[64], ref[64];

  for (guint r = 0; r < N; r++)
    {
      PkcExportSettings settings;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GByteArray) png = g_byte_array_new ();
      cairo_surface_t *surface;
      cairo_t *cr;
      PkcScene *scene;
      gint64 t0 = g_get_monotonic_time ();

      pkc_export_settings_init (&settings, PKC_EXPORT_PNG);
      settings.width = 1600;
      settings.height = 900;
      bytes = pkc_export_chart (dataset, PKC_CHART_CASUALTIES, &settings, NULL);
      g_assert (bytes != NULL);
      export_ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
      export_size = g_bytes_get_size (bytes);

      t0 = g_get_monotonic_time ();
      settings.chart.show_title = TRUE;
      scene = pkc_chart_layout (PKC_CHART_CASUALTIES, dataset, 1600, 900, &settings.chart);
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1600, 900);
      cr = cairo_create (surface);
      pkc_scene_paint (scene, cr, settings.theme, -1);
      cairo_destroy (cr);
      cairo_surface_write_to_png_stream (surface, append_cb, png);
      cairo_surface_destroy (surface);
      pkc_scene_free (scene);
      cairo_ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
      cairo_size = png->len;
    }
  g_snprintf (value, sizeof value, "%.1f ms, %zu KiB", pkc_bench_median (export_ms, N),
              export_size / 1024);
  g_snprintf (ref, sizeof ref, "cairo writer %.1f ms, %zu KiB", pkc_bench_median (cairo_ms, N),
              cairo_size / 1024);
  row ("PNG export 1600×900 in process", value, ref,
       pkc_bench_median (export_ms, N) / pkc_bench_median (cairo_ms, N), "");
}

/* gnuplot's pngcairo drawing the same monthly stacked bars, as a whole process. */
static char *
write_gnuplot_script (PkcDataset *dataset,
                      const char *dir)
{
  g_autoptr(PkcCasualtySeries) series =
    pkc_casualty_series_new (dataset, PKC_INTERVAL_MONTH, PKC_PERSONNEL_ALL, NULL, NULL);
  g_autoptr(GString) data = g_string_new (NULL);
  g_autoptr(GString) script = g_string_new (NULL);
  char *script_path = g_build_filename (dir, "bench.gp", NULL);
  g_autofree char *data_path = g_build_filename (dir, "bench.dat", NULL);

  for (guint p = 0; p < series->n_periods; p++)
    {
      g_autofree char *label = pkc_period_label_iso (PKC_INTERVAL_MONTH, &series->period_start[p]);

      g_string_append (data, label);
      for (guint t = 0; t < PKC_N_INCIDENTS; t++)
        g_string_append_printf (data, " %u", series->counts[p][t]);
      g_string_append_c (data, '\n');
    }
  g_string_append_printf (script,
                          "set terminal pngcairo size 1600,900\n"
                          "set output '%s/gnuplot.png'\n"
                          "set title 'Peacekeeper deaths by incident type'\n"
                          "set style data histograms\nset style histogram rowstacked\n"
                          "set style fill solid\nset xtics rotate by 90 font ',7'\n"
                          "plot '%s' using 2:xtic(1) title 'type 1'", dir, data_path);
  for (guint t = 1; t < PKC_N_INCIDENTS; t++)
    g_string_append_printf (script, ", '' using %u title 'type %u'", t + 2, t + 1);
  g_string_append_c (script, '\n');
  g_file_set_contents (data_path, data->str, data->len, NULL);
  g_file_set_contents (script_path, script->str, script->len, NULL);
  return script_path;
}

static void
bench_export_process (PkcDataset *dataset,
                      const char *dataset_path)
{
  g_autofree char *dir = g_dir_make_tmp ("pkc-bench-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *output_arg = g_strconcat ("--output=", output, NULL);
  g_autofree char *script = write_gnuplot_script (dataset, dir);
  g_autofree char *gnuplot = g_find_program_in_path ("gnuplot");
  const char *export[] = { g_getenv ("PKC_EXECUTABLE"), "--export=casualties",
                           "--size=1600x900", output_arg, dataset_path, NULL };
  const char *reference[] = { gnuplot, script, NULL };
  double export_ms[N], gnuplot_ms[N];
  char value[64], ref[64];

  if (gnuplot == NULL)
    {
      g_print ("| %-40s | skipped: gnuplot is not installed\n", "PNG export 1600×900, whole process");
      return;
    }
  for (guint r = 0; r < N; r++)
    {
      if (!pkc_bench_spawn (export, &export_ms[r], NULL))
        g_error ("--export failed");
      if (!pkc_bench_spawn (reference, &gnuplot_ms[r], NULL))
        g_error ("gnuplot failed");
    }
  g_snprintf (value, sizeof value, "%.0f ms", pkc_bench_median (export_ms, N));
  g_snprintf (ref, sizeof ref, "gnuplot pngcairo %.0f ms", pkc_bench_median (gnuplot_ms, N));
  row ("PNG export 1600×900, whole process", value, ref,
       pkc_bench_median (export_ms, N) / pkc_bench_median (gnuplot_ms, N), "≤ 0.7×");
  g_unlink (output);
  g_autofree char *gp_png = g_build_filename (dir, "gnuplot.png", NULL);
  g_autofree char *gp_dat = g_build_filename (dir, "bench.dat", NULL);
  g_unlink (gp_png);
  g_unlink (gp_dat);
  g_unlink (script);
  g_rmdir (dir);
}

/* The app's first window against empty windows built in this tree, each a whole process:
 * bare GTK and bare libadwaita at their default size (the reference) and at the
 * app's size (software rendering costs by the pixel), which shows what libadwaita itself
 * and the app's own widgets add. */
static void
bench_window (void)
{
  const char *window = g_getenv ("PKC_BENCH_WINDOW");
  const char *modes[] = { "app", "bare", "bare-sized", "adw", "adw-sized" };
  const char *labels[] = { "first mapped window, whole process", NULL,
                           "(bare GTK window, app's size)", "(bare libadwaita window)",
                           "(bare libadwaita window, app's size)" };
  double ms[G_N_ELEMENTS (modes)][N], median[G_N_ELEMENTS (modes)];
  char value[64], ref[64];

  if (window == NULL || (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL))
    {
      g_print ("| %-40s | skipped: no display\n", "first mapped window");
      return;
    }
  for (guint r = 0; r < N; r++)
    for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
      {
        const char *argv[] = { window, modes[m], NULL };

        if (!pkc_bench_spawn (argv, &ms[m][r], NULL))
          g_error ("the %s window process failed", modes[m]);
      }
  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    median[m] = pkc_bench_median (ms[m], N);
  g_snprintf (ref, sizeof ref, "bare GTK window %.0f ms", median[1]);
  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      if (labels[m] == NULL)
        continue;
      g_snprintf (value, sizeof value, "%.0f ms", median[m]);
      row (labels[m], value, ref, median[m] / median[1], m == 0 ? "≤ 1.25×" : "");
    }
  g_snprintf (value, sizeof value, "%.0f ms", median[0]);
  g_snprintf (ref, sizeof ref, "same-size libadwaita %.0f ms", median[4]);
  row ("(first mapped window, same-size ref.)", value, ref, median[0] / median[4], "");
}

int
main (int   argc,
      char *argv[])
{
  const char *big = g_getenv ("PKC_BENCH_CASUALTIES");
  guint sizes[] = { 10000, 100000, big != NULL ? (guint) atoi (big) : 1000000 };
  g_autofree char *minusma = g_build_filename (g_getenv ("PKC_SOURCE_ROOT"), "data",
                                               "minusma.xml", NULL);
  g_autoptr(PkcDataset) mission = NULL;
  char *big_path;

  setlocale (LC_ALL, "");
  g_print ("Medians of %d alternating runs (relayout and hover: more, in process).\n", N);
  g_print ("| %-40s | %-22s | %-34s | %-7s | %-9s |\n", "measure", "value",
           "reference in the same run", "ratio", "goal");
  if (g_strcmp0 (g_getenv ("PKC_BENCH_ONLY"), "window") == 0)
    {
      bench_window ();
      return EXIT_SUCCESS;
    }
  /* The loader's rows first, while this process is small: a child's peak RSS (ru_maxrss)
   * counts the peak of the process it was started from (Linux keeps it across exec), so
   * after the smaller datasets it showed this process's size instead of --check's. */
  big_path = pkc_bench_write_dataset (sizes[G_N_ELEMENTS (sizes) - 1]);
  bench_loader (big_path);
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *path = i == G_N_ELEMENTS (sizes) - 1 ? big_path
                              : pkc_bench_write_dataset (sizes[i]);
      g_autoptr(PkcDataset) dataset = NULL;

      dataset = load (path);
      bench_relayout (dataset, sizes[i]);
      bench_hover (dataset, sizes[i]);
      g_unlink (path);
    }

  mission = load (minusma);
  bench_encode (mission);
  bench_export_process (mission, minusma);
  bench_window ();
  return EXIT_SUCCESS;
}
