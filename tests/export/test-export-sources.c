/* test-export-sources.c — single-chart exports list the sources of what they draw (PDF text,
 * PDF links, SVG links), within the page; the window keeps its one-line summary; the report's
 * cover lists every source in type no smaller than 8 pt
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "pkc-export.h"
#include "pkc-loader.h"
#include "pkc-scene-private.h"
#include "pkc-sources-private.h"
#include "pkc-test-data.h"

static PkcDataset *dataset;

/* Runs a poppler tool on @path and returns its standard output. */
static char *
run_tool (const char *tool,
          const char *arg1,
          const char *arg2,
          const char *path)
{
  /* pdftotext writes to standard output when told "-". */
  const char *argv[] = { tool, arg1, arg2, path,
                         g_str_equal (tool, "pdftotext") ? "-" : NULL, NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  guint n = 0;
  const char *args[6];

  /* NULL arguments are left out. */
  for (guint i = 0; i < G_N_ELEMENTS (argv) - 1; i++)
    if (argv[i] != NULL)
      args[n++] = argv[i];
  args[n] = NULL;
  process = g_subprocess_newv (args, G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (process));
  return out;
}

/* Whitespace runs collapsed to one space, so line breaks do not matter. */
static char *
squash (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isspace (*p))
      {
        if (out->len > 0 && out->str[out->len - 1] != ' ')
          g_string_append_c (out, ' ');
      }
    else
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static char *
write_tmp (GBytes     *bytes,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("pkc-sources-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
}

static void
remove_tmp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

static void
add_refs (GHashTable *ids,
          const char *refs)
{
  g_auto(GStrv) parts = refs != NULL ? g_strsplit_set (refs, " \t\n", -1) : NULL;

  for (guint i = 0; parts != NULL && parts[i] != NULL; i++)
    if (*parts[i] != '\0')
      g_hash_table_add (ids, g_strdup (parts[i]));
}

/* The ids of the sources the records a chart draws with the default options cite, read from
 * the dataset here (the casualty chart's date range from its time axis). */
static GHashTable *
drawn_sources (PkcChartKind kind)
{
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (kind == PKC_CHART_CASUALTIES)
    {
      GPtrArray *events = pkc_dataset_get_events (dataset);
      g_autoptr(PkcScene) scene = pkc_chart_layout (kind, dataset, 1920, 1080, NULL);
      double x, y, w, h;
      PkcDate from, to;

      g_assert_true (pkc_scene_get_plot_area (scene, &x, &y, &w, &h));
      g_assert_true (pkc_scene_span_to_range (scene, x, x + w, &from, &to));
      for (guint i = 0; i < pkc_dataset_get_n_casualties (dataset); i++)
        add_refs (ids, pkc_dataset_get_casualty_source (dataset,
                                                        pkc_dataset_get_casualty (dataset, i)));
      for (guint i = 0; events != NULL && i < events->len; i++)
        {
          const PkcEvent *ev = g_ptr_array_index (events, i);
          guint32 j = pkc_date_to_julian (&ev->date);

          if (j >= pkc_date_to_julian (&from) && j <= pkc_date_to_julian (&to))
            add_refs (ids, ev->source);
        }
    }
  else if (kind == PKC_CHART_STRENGTH)
    {
      GPtrArray *ceilings = pkc_dataset_get_ceilings (dataset);
      GPtrArray *observations = pkc_dataset_get_observations (dataset);
      GPtrArray *drawdowns = pkc_dataset_get_drawdowns (dataset);

      for (guint i = 0; i < ceilings->len; i++)
        add_refs (ids, ((const PkcCeiling *) g_ptr_array_index (ceilings, i))->source);
      for (guint i = 0; i < observations->len; i++)
        add_refs (ids, ((const PkcObservation *) g_ptr_array_index (observations, i))->source);
      for (guint i = 0; i < drawdowns->len; i++)
        add_refs (ids, ((const PkcDrawdown *) g_ptr_array_index (drawdowns, i))->source);
    }
  else
    {
      GPtrArray *bases = pkc_dataset_get_bases (dataset);

      for (guint i = 0; i < bases->len; i++)
        {
          const PkcBase *b = g_ptr_array_index (bases, i);

          add_refs (ids, b->closure_source);
          for (guint k = 0; b->alternatives != NULL && k < b->alternatives->len; k++)
            add_refs (ids, g_array_index (b->alternatives, PkcAlternativeDate, k).source);
          if (b->has_coordinates)
            add_refs (ids, b->source);
        }
    }
  g_assert_cmpuint (g_hash_table_size (ids), >, 0);
  return ids;
}

/* How many sources the "and N more sources" line counts, 0 without one. */
static guint
n_more (const char *flat)
{
  const char *more = strstr (flat, "and ");

  for (; more != NULL; more = strstr (more + 4, "and "))
    {
      char *end;
      guint64 n = g_ascii_strtoull (more + 4, &end, 10);

      if (end != more + 4 && (g_str_has_prefix (end, " more source")))
        return (guint) n;
    }
  return 0;
}

/* Checks that @flat (the export's text) lists the chart's sources: each drawn source's
 * title or counted among the "more", and no source the chart does not draw. Returns the ids
 * listed. */
static GPtrArray *
assert_lists_drawn_sources (PkcChartKind  kind,
                            const char   *flat)
{
  g_autoptr(GHashTable) drawn = drawn_sources (kind);
  GPtrArray *sources = pkc_dataset_get_sources (dataset);
  GPtrArray *listed = g_ptr_array_new ();

  for (guint i = 0; i < sources->len; i++)
    {
      const PkcSource *s = g_ptr_array_index (sources, i);
      g_autofree char *title = squash (s->title);
      gboolean in_text = strstr (flat, title) != NULL;

      if (g_hash_table_contains (drawn, s->id))
        {
          if (in_text)
            g_ptr_array_add (listed, (gpointer) s);
        }
      else if (in_text && strlen (title) > 30)
        {
          /* A long title found anyway must be part of a listed one's. */
          gboolean inside = FALSE;
          GHashTableIter iter;
          gpointer id;

          g_hash_table_iter_init (&iter, drawn);
          while (g_hash_table_iter_next (&iter, &id, NULL) && !inside)
            {
              const PkcSource *d = pkc_dataset_lookup_source (dataset, id);

              inside = d != NULL && strstr (d->title, s->title) != NULL;
            }
          if (!inside)
            g_error ("%s lists “%s”, which it does not draw", pkc_chart_kind_to_token (kind),
                     s->title);
        }
    }
  g_assert_cmpuint (listed->len, >, 0);
  g_assert_cmpuint (listed->len, <=, 12);
  g_assert_cmpuint (listed->len + n_more (flat), ==, g_hash_table_size (drawn));
  return listed;
}

static GBytes *
export (PkcChartKind    kind,
        PkcExportFormat format,
        double          width,
        double          height)
{
  g_autoptr(GError) error = NULL;
  PkcExportSettings settings;
  GBytes *bytes;

  pkc_export_settings_init (&settings, format);
  settings.width = width;
  settings.height = height;
  bytes = pkc_export_chart (dataset, kind, &settings, &error);
  g_assert_no_error (error);
  return bytes;
}

static gboolean
is_web_address (const char *url)
{
  return url != NULL && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://"));
}

static void
test_pdf (gconstpointer data)
{
  PkcChartKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GBytes) bytes = export (kind, PKC_EXPORT_PDF, 0, 0);
  g_autofree char *path = write_tmp (bytes, "chart.pdf");
  g_autofree char *text = run_tool ("pdftotext", "-raw", NULL, path);
  g_autofree char *flat = squash (text);
  g_autoptr(GPtrArray) listed = assert_lists_drawn_sources (kind, flat);
  gsize len;
  const char *pdf = g_bytes_get_data (bytes, &len);
  guint n_links = 0;

  /* Each listed source with an address is a link there. */
  for (guint i = 0; i < listed->len; i++)
    {
      const PkcSource *s = g_ptr_array_index (listed, i);
      g_autofree char *uri = NULL;

      if (!is_web_address (s->url) || strpbrk (s->url, "()\\") != NULL)
        continue;
      uri = g_strdup_printf ("/URI (%s)", s->url);
      if (memmem (pdf, len, uri, strlen (uri)) == NULL)
        g_error ("no link to %s", s->url);
      n_links++;
    }
  g_assert_cmpuint (n_links, >, 0);
  /* No tooltips on paper: the export does not point at them. */
  g_assert_null (strstr (flat, "tooltip"));
  remove_tmp (path);
}

static void
collect_links (xmlNode    *node,
               GHashTable *hrefs,
               GString    *text)
{
  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      if (n->type == XML_ELEMENT_NODE && xmlStrcmp (n->name, (const xmlChar *) "a") == 0)
        {
          xmlChar *href = xmlGetNsProp (n, (const xmlChar *) "href",
                                        (const xmlChar *) "http://www.w3.org/1999/xlink");

          g_assert_nonnull (href);
          g_hash_table_add (hrefs, g_strdup ((const char *) href));
          xmlFree (href);
        }
      if (n->type == XML_ELEMENT_NODE && xmlStrcmp (n->name, (const xmlChar *) "text") == 0)
        {
          xmlChar *content = xmlNodeGetContent (n);

          g_string_append_printf (text, "%s\n", (const char *) content);
          xmlFree (content);
        }
      collect_links (n->children, hrefs, text);
    }
}

static void
test_svg (gconstpointer data)
{
  PkcChartKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GBytes) bytes = export (kind, PKC_EXPORT_SVG, 0, 0);
  g_autoptr(GHashTable) hrefs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) listed = NULL;
  g_autofree char *flat = NULL;
  gsize len;
  const char *svg = g_bytes_get_data (bytes, &len);
  xmlDoc *doc = xmlReadMemory (svg, (int) len, "chart.svg", NULL,
                               XML_PARSE_NONET | XML_PARSE_NOERROR);
  guint n_linked = 0;

  g_assert_nonnull (doc);
  collect_links (xmlDocGetRootElement (doc), hrefs, text);
  xmlFreeDoc (doc);
  flat = squash (text->str);
  listed = assert_lists_drawn_sources (kind, flat);

  for (guint i = 0; i < listed->len; i++)
    {
      const PkcSource *s = g_ptr_array_index (listed, i);

      if (is_web_address (s->url))
        {
          g_assert_true (g_hash_table_contains (hrefs, s->url));
          n_linked++;
        }
    }
  g_assert_cmpuint (n_linked, >, 0);
  /* Links go to listed sources' addresses only. */
  g_assert_cmpuint (g_hash_table_size (hrefs), <=, listed->len);
}

/* Every text of the export's scene is inside the page, at each size. */
static void
test_inside_page (void)
{
  const double sizes[][2] = { { 1920, 1080 }, { 800, 600 }, { 360, 640 }, { 842, 595 } };
  PkcChartOptions options;

  pkc_chart_options_init (&options);
  options.sources_in_full = TRUE;
  for (PkcChartKind kind = 0; kind < PKC_N_CHARTS; kind++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        g_autoptr(PkcScene) scene = pkc_chart_layout (kind, dataset, sizes[s][0], sizes[s][1],
                                                      &options);
        guint n_links = 0;

        for (guint i = 0; i < scene->prims->len; i++)
          {
            const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

            if (p->kind != PKC_PRIM_TEXT)
              continue;
            if (p->extents.x < -0.5 || p->extents.y < -0.5 ||
                p->extents.x + p->extents.width > sizes[s][0] + 0.5 ||
                p->extents.y + p->extents.height > sizes[s][1] + 0.5)
              g_error ("%s at %g×%g: “%s” leaves the page", pkc_chart_kind_to_token (kind),
                       sizes[s][0], sizes[s][1], p->text);
            if (p->link != NULL)
              {
                gboolean whole = FALSE;

                /* A listed source is never cut: each of its lines is a part of its name. */
                const char *line = g_str_has_prefix (p->text, "Source: ")
                                   ? p->text + strlen ("Source: ") : p->text;

                for (guint c = 0; c < scene->citations->len && !whole; c++)
                  whole = strstr (((PkcCitation *) g_ptr_array_index (scene->citations, c))->text,
                                  line) != NULL;
                if (!whole && !g_str_has_suffix (p->text, "."))
                  g_error ("“%s” is not part of a source's name", p->text);
                n_links++;
              }
          }
        g_assert_cmpuint (n_links, >, 0);
      }
}

/* The window keeps its one-line summary: nothing listed, nothing linked. */
static void
test_window_summary (void)
{
  PkcChartOptions options;

  pkc_chart_options_init (&options);
  for (PkcChartKind kind = 0; kind < PKC_N_CHARTS; kind++)
    {
      g_autoptr(PkcScene) scene = pkc_chart_layout (kind, dataset, 1200, 700, &options);

      g_assert_null (scene->citations);
      for (guint i = 0; i < scene->prims->len; i++)
        g_assert_null (g_array_index (scene->prims, PkcPrim, i).link);
    }
}

/* The height of each word pdftotext -bbox finds on pages @first…@last, and the page size. */
static GArray *
word_heights (const char *path,
              guint       first,
              guint       last,
              double     *page_w,
              double     *page_h,
              GString    *words)
{
  g_autofree char *html = NULL;
  GArray *heights = g_array_new (FALSE, FALSE, sizeof (double));
  const char *p;

  {
    const char *argv[] = { "pdftotext", "-bbox", "-f", NULL, "-l", NULL, path, "-", NULL };
    g_autofree char *fs = g_strdup_printf ("%u", first), *ls = g_strdup_printf ("%u", last);
    g_autoptr(GSubprocess) process = NULL;
    g_autoptr(GError) error = NULL;

    argv[3] = fs;
    argv[5] = ls;
    process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                 G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
    g_assert_no_error (error);
    g_subprocess_communicate_utf8 (process, NULL, NULL, &html, NULL, &error);
    g_assert_no_error (error);
  }
  p = strstr (html, "<page width=\"");
  g_assert_nonnull (p);
  *page_w = g_ascii_strtod (p + strlen ("<page width=\""), NULL);
  p = strstr (p, "height=\"");
  *page_h = g_ascii_strtod (p + strlen ("height=\""), NULL);
  for (p = strstr (html, "<word "); p != NULL; p = strstr (p + 1, "<word "))
    {
      double x_min = g_ascii_strtod (strstr (p, "xMin=\"") + 6, NULL);
      double y_min = g_ascii_strtod (strstr (p, "yMin=\"") + 6, NULL);
      double x_max = g_ascii_strtod (strstr (p, "xMax=\"") + 6, NULL);
      double y_max = g_ascii_strtod (strstr (p, "yMax=\"") + 6, NULL);
      double h = y_max - y_min;

      g_assert_cmpfloat (x_min, >=, -0.5);
      g_assert_cmpfloat (y_min, >=, -0.5);
      g_assert_cmpfloat (x_max, <=, *page_w + 0.5);
      g_assert_cmpfloat (y_max, <=, *page_h + 0.5);
      g_array_append_val (heights, h);
      if (words != NULL)
        {
          const char *start = strchr (p, '>') + 1, *end = strstr (start, "</word>");

          g_string_append_len (words, start, end - start);
          g_string_append_c (words, ' ');
        }
    }
  return heights;
}

static double
min_of (GArray *values)
{
  double m = G_MAXDOUBLE;

  for (guint i = 0; i < values->len; i++)
    m = MIN (m, g_array_index (values, double, i));
  return m;
}

/* The report's cover pages list every source of the dataset in type of at least 8 pt, every
 * word inside the page. A word's box height in pdftotext is a fixed multiple of its type
 * size: measured on a single-chart export whose subtitle's size the scene gives. */
static void
test_report_cover (void)
{
  g_autoptr(GError) error = NULL;
  PkcExportSettings settings;
  g_autoptr(GBytes) chart = export (PKC_CHART_CASUALTIES, PKC_EXPORT_PDF, 0, 0);
  g_autoptr(GBytes) report = NULL;
  g_autofree char *chart_path = write_tmp (chart, "chart.pdf");
  g_autofree char *report_path = NULL, *info = NULL, *flat = NULL;
  g_autoptr(GArray) chart_h = NULL, cover_h = NULL;
  g_autoptr(GString) cover_text = g_string_new (NULL);
  g_autoptr(PkcScene) scene = NULL;
  GPtrArray *sources = pkc_dataset_get_sources (dataset);
  PkcChartOptions options;
  double w, h, ratio = 0, subtitle_size = 0;
  guint n_pages, n_cover;

  /* The subtitle: the first muted, normal-weight text of the scene. */
  pkc_chart_options_init (&options);
  options.sources_in_full = TRUE;
  scene = pkc_chart_layout (PKC_CHART_CASUALTIES, dataset, 842, 595, &options);
  for (guint i = 0; i < scene->prims->len && subtitle_size == 0; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

      if (p->kind == PKC_PRIM_TEXT && p->weight == PANGO_WEIGHT_NORMAL)
        subtitle_size = p->font_size;
    }
  g_assert_cmpfloat (subtitle_size, >, 0);
  /* Also: no word of the chart's page outside it. */
  chart_h = word_heights (chart_path, 1, 1, &w, &h, NULL);
  {
    g_autofree char *html = run_tool ("pdftotext", "-bbox", NULL, chart_path);
    const char *word = strstr (html, "<word ");

    /* The title's words come first, then the subtitle's. */
    for (; word != NULL; word = strstr (word + 1, "<word "))
      {
        double y_min = g_ascii_strtod (strstr (word, "yMin=\"") + 6, NULL);
        double y_max = g_ascii_strtod (strstr (word, "yMax=\"") + 6, NULL);
        const char *text = strchr (word, '>') + 1;

        if (g_str_has_prefix (text, "United") || g_str_has_prefix (text, "Nations"))
          {
            ratio = (y_max - y_min) / subtitle_size;
            break;
          }
      }
  }
  g_assert_cmpfloat (ratio, >, 0.8);

  pkc_export_settings_init (&settings, PKC_EXPORT_PDF);
  report = pkc_export_report (dataset, NULL, &settings, &error);
  g_assert_no_error (error);
  report_path = write_tmp (report, "report.pdf");
  info = run_tool ("pdfinfo", NULL, NULL, report_path);
  n_pages = atoi (strstr (info, "Pages:") + strlen ("Pages:"));
  g_assert_cmpuint (n_pages, >, PKC_N_CHARTS);
  n_cover = n_pages - PKC_N_CHARTS;
  cover_h = word_heights (report_path, 1, n_cover, &w, &h, cover_text);
  g_assert_cmpfloat (min_of (cover_h) / ratio, >=, 7.95);

  /* The whole list, on the cover and the pages after it. */
  flat = squash (cover_text->str);
  for (guint i = 0; i < sources->len; i++)
    {
      const PkcSource *s = g_ptr_array_index (sources, i);
      g_auto(GStrv) words = g_strsplit (s->title, " ", -1);

      /* pdftotext -bbox escapes markup characters: check the title's first plain word. */
      for (guint k = 0; words[k] != NULL; k++)
        if (strlen (words[k]) > 3 && strpbrk (words[k], "&<>\"'") == NULL)
          {
            g_assert_nonnull (strstr (flat, words[k]));
            break;
          }
    }
  remove_tmp (chart_path);
  remove_tmp (report_path);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);
  dataset = pkc_test_load_minusma ();

  for (PkcChartKind kind = 0; kind < PKC_N_CHARTS; kind++)
    {
      g_autofree char *pdf = g_strdup_printf ("/export-sources/pdf/%s",
                                              pkc_chart_kind_to_token (kind));
      g_autofree char *svg = g_strdup_printf ("/export-sources/svg/%s",
                                              pkc_chart_kind_to_token (kind));

      g_test_add_data_func (pdf, GUINT_TO_POINTER (kind), test_pdf);
      g_test_add_data_func (svg, GUINT_TO_POINTER (kind), test_svg);
    }
  g_test_add_func ("/export-sources/inside-page", test_inside_page);
  g_test_add_func ("/export-sources/window-summary", test_window_summary);
  g_test_add_func ("/export-sources/report-cover", test_report_cover);

  status = g_test_run ();
  g_object_unref (dataset);
  return status;
}
