/* test-export.c — exports: every chart in every format, the PDF report, size bounds and
 * writes that never destroy a file
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "pkc-export.h"
#include "pkc-loader.h"
#include "pkc-scene-private.h"
#include "pkc-svg-text.h"
#include "pkc-test-data.h"
#include "pkc-test-util.h"
#include "pkc-export-private.h"

static PkcDataset *dataset;

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("pkc-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static char *
write_bytes_to_tmp (const char *dir,
                    const char *name,
                    GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  pkc_export_write (file, bytes, NULL, &error);
  g_assert_no_error (error);
  return path;
}

/* Runs a poppler tool and returns its standard output. */
static char *
run_tool (const char *first,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  va_list ap;

  va_start (ap, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (ap);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (process));
  return out;
}

static int
pdf_pages (const char *path)
{
  g_autofree char *info = run_tool ("pdfinfo", path, NULL);
  const char *pages = strstr (info, "Pages:");

  g_assert_nonnull (pages);
  return atoi (pages + strlen ("Pages:"));
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

static void
assert_fonts_embedded (const char *path)
{
  g_autofree char *fonts = run_tool ("pdffonts", path, NULL);
  g_auto(GStrv) lines = g_strsplit (fonts, "\n", -1);
  guint n_fonts = 0;

  /* Two header lines, then: name type encoding emb sub uni object ID */
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) cols = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      for (guint j = 0; cols[j] != NULL; j++)
        if (*cols[j] != '\0')
          g_ptr_array_add (words, cols[j]);
      if (words->len == 0)
        continue;
      g_assert_cmpuint (words->len, >=, 7);
      g_assert_cmpstr (g_ptr_array_index (words, words->len - 5), ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

static PkcScene *
scene_for (PkcChartKind             kind,
           const PkcExportSettings *settings)
{
  PkcChartOptions options = settings->chart;
  double width, height;

  pkc_export_settings_get_size (settings, &width, &height);
  options.show_title = TRUE;
  options.sources_in_full = TRUE;   /* as pkc_export_chart() lays it out */
  return pkc_chart_layout (kind, dataset, width, height, &options);
}

static void
test_png (gconstpointer data)
{
  PkcChartKind kind = GPOINTER_TO_UINT (data);
  const struct {
    double width, height, scale, dpi;
    guint  want_width, want_height;
    double want_dpi;
  } cases[] = {
    { 0, 0, 1, 0, 1920, 1080, 96 },
    { 800, 600, 2, 0, 1600, 1200, 192 },
    { 1200, 1200, 300.0 / 96.0, 300, 3750, 3750, 300 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      PkcExportSettings settings;
      guint width, height;
      double dpi;
      gsize len;
      const guint8 *png;

      pkc_export_settings_init (&settings, PKC_EXPORT_PNG);
      settings.width = cases[i].width;
      settings.height = cases[i].height;
      settings.scale = cases[i].scale;
      settings.dpi = cases[i].dpi;
      bytes = pkc_export_chart (dataset, kind, &settings, &error);
      g_assert_no_error (error);
      png = g_bytes_get_data (bytes, &len);
      g_assert_true (_pkc_png_get_info (png, len, &width, &height, &dpi));
      g_assert_cmpuint (width, ==, cases[i].want_width);
      g_assert_cmpuint (height, ==, cases[i].want_height);
      g_assert_cmpfloat_with_epsilon (dpi, cases[i].want_dpi, 0.05);
      /* pHYs sits right after IHDR. */
      g_assert_cmpmem (png + 33 + 4, 4, "pHYs", 4);
    }
}

static void
test_pdf (gconstpointer data)
{
  PkcChartKind kind = GPOINTER_TO_UINT (data);
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PkcScene) scene = NULL;
  g_autofree char *path = NULL, *text = NULL, *flat = NULL, *info = NULL;
  PkcExportSettings settings;
  guint n_checked = 0;

  pkc_export_settings_init (&settings, PKC_EXPORT_PDF);
  bytes = pkc_export_chart (dataset, kind, &settings, &error);
  g_assert_no_error (error);
  path = write_bytes_to_tmp (dir, "chart.pdf", bytes);

  g_assert_cmpint (pdf_pages (path), ==, 1);
  info = run_tool ("pdfinfo", path, NULL);
  g_assert_nonnull (strstr (info, "842 x 595 pts"));
  g_assert_nonnull (strstr (info, "Peacekeeping Charts 0.1.0"));
  g_assert_nonnull (strstr (info, "MINUSMA"));
  assert_fonts_embedded (path);

  /* Vector text: the title and every axis label can be extracted. */
  text = run_tool ("pdftotext", "-raw", path, "-", NULL);
  flat = squash (text);
  scene = scene_for (kind, &settings);
  g_assert_cmpuint (_pkc_scene_get_n_texts (scene), >, 0);
  {
    g_autofree char *title = squash (_pkc_scene_get_text (scene, 0, NULL, NULL, NULL, NULL));
    g_assert_nonnull (strstr (flat, title));
  }
  for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
    {
      const char *label = _pkc_scene_get_text (scene, i, NULL, NULL, NULL, NULL);

      /* Year tick labels, present on every chart's time axis. */
      if (strlen (label) == 4 && g_ascii_isdigit (label[0]) && g_ascii_isdigit (label[3]))
        {
          g_assert_nonnull (strstr (flat, label));
          n_checked++;
        }
    }
  g_assert_cmpuint (n_checked, >, 0);
  remove_tree (dir);
}

static void
collect_texts (xmlNode   *node,
               GPtrArray *texts)
{
  for (xmlNode *n = node; n != NULL; n = n->next)
    {
      if (n->type == XML_ELEMENT_NODE && xmlStrcmp (n->name, (const xmlChar *) "text") == 0)
        {
          xmlChar *content = xmlNodeGetContent (n);

          g_ptr_array_add (texts, g_strdup ((const char *) content));
          xmlFree (content);
        }
      collect_texts (n->children, texts);
    }
}

static void
test_svg (gconstpointer data)
{
  PkcChartKind kind = GPOINTER_TO_UINT (data);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PkcScene) scene = NULL;
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  PkcExportSettings settings;
  const char *svg;
  gsize len;
  xmlDoc *doc;
  xmlNode *root;

  pkc_export_settings_init (&settings, PKC_EXPORT_SVG);
  settings.theme = PKC_THEME_DARK;
  bytes = pkc_export_chart (dataset, kind, &settings, &error);
  g_assert_no_error (error);
  svg = g_bytes_get_data (bytes, &len);

  doc = xmlReadMemory (svg, (int) len, "chart.svg", NULL, XML_PARSE_NONET | XML_PARSE_NOERROR);
  g_assert_nonnull (doc);
  root = xmlDocGetRootElement (doc);
  g_assert_cmpstr ((const char *) root->name, ==, "svg");
  {
    xmlChar *width = xmlGetProp (root, (const xmlChar *) "width");
    g_assert_cmpstr ((const char *) width, ==, "1920px");
    xmlFree (width);
  }
  collect_texts (root, texts);
  xmlFreeDoc (doc);

  /* Text kept as text: one <text> per run, the title among them, and no glyph outlines. */
  scene = scene_for (kind, &settings);
  g_assert_cmpuint (texts->len, ==, _pkc_scene_get_n_texts (scene));
  g_assert_cmpstr (g_ptr_array_index (texts, 0), ==,
                   _pkc_scene_get_text (scene, 0, NULL, NULL, NULL, NULL));
  g_assert_null (g_strstr_len (svg, len, "glyph"));
  g_assert_nonnull (g_strstr_len (svg, len, "<title>MINUSMA"));
}

static void
test_report (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL, *cover = NULL, *flat = NULL, *last = NULL;
  g_autofree char *last_cover = NULL, *last_page = NULL;
  PkcExportSettings settings;
  int n_cover;

  pkc_export_settings_init (&settings, PKC_EXPORT_SVG);
  bytes = pkc_export_report (dataset, NULL, &settings, &error);
  g_assert_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_FORMAT);
  g_assert_null (bytes);
  g_clear_error (&error);

  pkc_export_settings_init (&settings, PKC_EXPORT_PDF);
  bytes = pkc_export_report (dataset, NULL, &settings, &error);
  g_assert_no_error (error);
  path = write_bytes_to_tmp (dir, "report.pdf", bytes);

  /* The cover, continued on as many pages as its list of sources needs, then the charts. */
  n_cover = pdf_pages (path) - PKC_N_CHARTS;
  g_assert_cmpint (n_cover, >=, 1);
  assert_fonts_embedded (path);
  last_cover = g_strdup_printf ("%d", n_cover);
  cover = run_tool ("pdftotext", "-f", "1", "-l", last_cover, path, "-", NULL);
  flat = squash (cover);
  g_assert_nonnull (strstr (flat, "MINUSMA"));
  g_assert_nonnull (strstr (flat, "Sources"));
  g_assert_nonnull (strstr (flat, "Dataset"));
  /* The last source of the file is on the cover too. */
  {
    GPtrArray *sources = pkc_dataset_get_sources (dataset);
    const PkcSource *source = g_ptr_array_index (sources, sources->len - 1);
    g_autofree char *publisher = squash (source->publisher);

    g_assert_nonnull (strstr (flat, publisher));
  }
  last_page = g_strdup_printf ("%d", pdf_pages (path));
  last = run_tool ("pdftotext", "-f", last_page, "-l", last_page, path, "-", NULL);
  g_assert_nonnull (strstr (last, "MINUSMA"));
  remove_tree (dir);
}

static void
test_bounds (void)
{
  const struct {
    PkcExportFormat format;
    double          width, height, scale;
    gboolean        ok;
  } cases[] = {
    { PKC_EXPORT_PNG, 1920, 1080, 1, TRUE },
    { PKC_EXPORT_PNG, 0.5, 0.5, 1, FALSE },
    { PKC_EXPORT_PNG, -100, 500, 1, FALSE },
    { PKC_EXPORT_PNG, 99, 500, 1, FALSE },
    { PKC_EXPORT_PNG, 100000, 100000, 1, FALSE },
    { PKC_EXPORT_PNG, 10000, 10000, 1, FALSE },  /* 100 Mpx */
    { PKC_EXPORT_PNG, 6000, 4000, 2, FALSE },    /* 12000 px a side */
    { PKC_EXPORT_PNG, 5000, 5000, 1, TRUE },
    { PKC_EXPORT_PNG, 1920, 1080, 0, FALSE },
    { PKC_EXPORT_PNG, 1920, 1080, 20, FALSE },
    { PKC_EXPORT_SVG, 20000, 1000, 1, FALSE },
    { PKC_EXPORT_PDF, 14400, 14400, 1, TRUE },
    { PKC_EXPORT_PDF, 14401, 595, 1, FALSE },
    { PKC_EXPORT_PDF, NAN, 595, 1, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      PkcExportSettings settings;

      pkc_export_settings_init (&settings, cases[i].format);
      settings.width = cases[i].width;
      settings.height = cases[i].height;
      settings.scale = cases[i].scale;
      g_assert_cmpint (pkc_export_settings_check (&settings, &error), ==, cases[i].ok);
      if (!cases[i].ok)
        {
          g_autoptr(GBytes) bytes = NULL;

          g_assert_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_SIZE);
          g_assert_null (strchr (error->message, '\n'));
          g_clear_error (&error);
          bytes = pkc_export_chart (dataset, PKC_CHART_CASUALTIES, &settings, &error);
          g_assert_null (bytes);
          g_assert_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_SIZE);
        }
    }
}

static void
test_parse (void)
{
  const struct {
    const char *text;
    gboolean    ok;
    double      width, height;
  } sizes[] = {
    { "1920x1080", TRUE, 1920, 1080 },
    { "800X600", TRUE, 800, 600 },
    { "640×480", TRUE, 640, 480 },
    { "0x0", FALSE },
    { "-5x100", FALSE },
    { "100", FALSE },
    { "axb", FALSE },
    { "100x", FALSE },
    { "1x2x3", FALSE },
    { "", FALSE },
  };
  double scale, dpi, width, height;
  PkcExportFormat format;
  PkcTheme theme;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_cmpint (pkc_export_parse_size (sizes[i].text, &width, &height, &error), ==,
                       sizes[i].ok);
      if (sizes[i].ok)
        {
          g_assert_cmpfloat (width, ==, sizes[i].width);
          g_assert_cmpfloat (height, ==, sizes[i].height);
        }
      else
        g_assert_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_SIZE);
    }

  g_assert_true (pkc_export_parse_scale ("2", &scale, &dpi, NULL));
  g_assert_cmpfloat (scale, ==, 2);
  g_assert_cmpfloat (dpi, ==, 0);
  g_assert_true (pkc_export_parse_scale ("300dpi", &scale, &dpi, NULL));
  g_assert_cmpfloat_with_epsilon (scale, 3.125, 1e-9);
  g_assert_cmpfloat (dpi, ==, 300);
  g_assert_false (pkc_export_parse_scale ("two", &scale, &dpi, NULL));
  g_assert_false (pkc_export_parse_scale ("-1", &scale, &dpi, NULL));

  g_assert_true (pkc_export_parse_theme ("print", &theme, NULL));
  g_assert_cmpint (theme, ==, PKC_THEME_PRINT);
  g_assert_false (pkc_export_parse_theme ("sepia", &theme, NULL));

  g_assert_true (pkc_export_format_from_path ("/tmp/a.PNG", &format, NULL));
  g_assert_cmpint (format, ==, PKC_EXPORT_PNG);
  g_assert_true (pkc_export_format_from_path ("r.pdf", &format, NULL));
  g_assert_cmpint (format, ==, PKC_EXPORT_PDF);
  g_assert_true (pkc_export_format_from_path ("dir.png/r.svg", &format, NULL));
  g_assert_cmpint (format, ==, PKC_EXPORT_SVG);
  g_assert_false (pkc_export_format_from_path ("chart.gif", &format, NULL));
  g_assert_false (pkc_export_format_from_path ("svg", &format, NULL));

  {
    g_autofree char *a = pkc_export_suggest_name (dataset, PKC_CHART_CASUALTIES, PKC_EXPORT_PNG);
    g_autofree char *b = pkc_export_suggest_name (dataset, PKC_N_CHARTS, PKC_EXPORT_PDF);

    g_assert_cmpstr (a, ==, "minusma-casualties.png");
    g_assert_cmpstr (b, ==, "minusma-charts.pdf");
  }
}

/* The resolution asked for is recorded once, in the PNG's pHYs chunk. */
static void
test_png_dpi (void)
{
  g_autoptr(GBytes) bytes = NULL;
  PkcExportSettings settings;
  guint width, height;
  double dpi;
  gsize len;
  const guint8 *data;
  guint n_phys = 0;

  pkc_export_settings_init (&settings, PKC_EXPORT_PNG);
  settings.width = 300;
  settings.height = 200;
  settings.dpi = 150;
  bytes = pkc_export_chart (dataset, PKC_CHART_STRENGTH, &settings, NULL);
  data = g_bytes_get_data (bytes, &len);
  g_assert_true (_pkc_png_get_info (data, len, &width, &height, &dpi));
  g_assert_cmpuint (width, ==, 300);
  g_assert_cmpuint (height, ==, 200);
  g_assert_cmpfloat_with_epsilon (dpi, 150, 0.05);
  for (gsize i = 0; i + 4 <= len; i++)
    if (memcmp (data + i, "pHYs", 4) == 0)
      n_phys++;
  g_assert_cmpuint (n_phys, ==, 1);

  /* Not a PNG: nothing read. */
  g_assert_false (_pkc_png_get_info ((const guint8 *) "not a png at all, really not", 28,
                                     &width, &height, &dpi));
}

static void
test_svg_escaping (void)
{
  g_autoptr(PkcScene) scene = pkc_scene_new (PKC_CHART_CASUALTIES, 400, 300);
  g_autofree char *elements = NULL;
  g_autofree char *doc_text = NULL;
  xmlDoc *doc;

  pkc_scene_add_text (scene, "Deaths <&> \"quoted\" 'x'\x01", 10, 10, 12, PANGO_WEIGHT_BOLD,
                      0, 0, 0, pkc_paint (PKC_ROLE_TEXT, 0));
  pkc_scene_add_text (scene, "Rotated", 100, 100, 10, PANGO_WEIGHT_NORMAL, 0.5, 1, -G_PI / 2,
                      pkc_paint (PKC_ROLE_MUTED, 0));
  elements = _pkc_svg_text_elements (scene, PKC_THEME_LIGHT);
  g_assert_nonnull (strstr (elements, "Deaths &lt;&amp;&gt; &quot;quoted&quot; 'x'<"));
  g_assert_nonnull (strstr (elements, "font-weight=\"700\""));
  g_assert_nonnull (strstr (elements, "rotate(-90.000)"));
  g_assert_nonnull (strstr (elements, "font-family=\"Cantarell, sans-serif\""));

  doc_text = g_strdup_printf ("<svg xmlns=\"http://www.w3.org/2000/svg\">%s</svg>", elements);
  doc = xmlReadMemory (doc_text, (int) strlen (doc_text), "t.svg", NULL,
                       XML_PARSE_NONET | XML_PARSE_NOERROR);
  g_assert_nonnull (doc);
  xmlFreeDoc (doc);
}

static guint
count_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_write_never_destroys (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *existing = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "chart.png", NULL);
  g_autofree char *under_file = g_build_filename (existing, "chart.png", NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static ("new contents", 12);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();

  g_assert_true (g_file_set_contents (existing, "previous", -1, NULL));

  /* A folder that does not exist; a path under a file (unwritable even for root). */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GFile) bad = g_file_new_for_path (i == 0 ? missing : under_file);

      g_assert_false (pkc_export_write (bad, bytes, NULL, &error));
      g_assert_nonnull (error);
      g_assert_null (strchr (error->message, '\n'));
      g_clear_error (&error);
    }

  /* An interrupted write (cancelled) keeps the old file and leaves no temporary one. */
  g_cancellable_cancel (cancelled);
  file = g_file_new_for_path (existing);
  g_assert_false (pkc_export_write (file, bytes, cancelled, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  pkc_test_assert_file_contents (existing, "previous");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  /* A read-only folder (chmod does not stop root: there, /proc refuses new files). */
  if (geteuid () != 0)
    {
      g_autofree char *ro = g_build_filename (dir, "read-only", NULL);
      g_autofree char *target = g_build_filename (ro, "chart.png", NULL);
      g_autoptr(GFile) ro_file = g_file_new_for_path (target);

      g_assert_cmpint (g_mkdir (ro, 0755), ==, 0);
      g_assert_true (g_file_set_contents (target, "previous", -1, NULL));
      g_assert_cmpint (g_chmod (ro, 0555), ==, 0);
      g_assert_false (pkc_export_write (ro_file, bytes, NULL, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);
      pkc_test_assert_file_contents (target, "previous");
      g_assert_cmpuint (count_entries (ro), ==, 1);
      g_chmod (ro, 0755);
    }
  else
    {
      g_autoptr(GFile) proc = g_file_new_for_path ("/proc/pkc-export-test.png");

      g_assert_false (pkc_export_write (proc, bytes, NULL, &error));
      g_assert_nonnull (error);
      g_clear_error (&error);
    }

  /* And a successful write replaces the file whole. */
  g_assert_true (pkc_export_write (file, bytes, NULL, &error));
  g_assert_no_error (error);
  pkc_test_assert_file_contents (existing, "new contents");
  g_assert_cmpuint (count_entries (dir), ==, 1);

  remove_tree (dir);
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
      const char *token = pkc_chart_kind_to_token (kind);
      g_autofree char *png = g_strdup_printf ("/export/png/%s", token);
      g_autofree char *pdf = g_strdup_printf ("/export/pdf/%s", token);
      g_autofree char *svg = g_strdup_printf ("/export/svg/%s", token);

      g_test_add_data_func (png, GUINT_TO_POINTER (kind), test_png);
      g_test_add_data_func (pdf, GUINT_TO_POINTER (kind), test_pdf);
      g_test_add_data_func (svg, GUINT_TO_POINTER (kind), test_svg);
    }
  g_test_add_func ("/export/report", test_report);
  g_test_add_func ("/export/bounds", test_bounds);
  g_test_add_func ("/export/parse", test_parse);
  g_test_add_func ("/export/png-dpi", test_png_dpi);
  g_test_add_func ("/export/svg-escaping", test_svg_escaping);
  g_test_add_func ("/export/write-never-destroys", test_write_never_destroys);

  status = g_test_run ();
  g_object_unref (dataset);
  return status;
}
