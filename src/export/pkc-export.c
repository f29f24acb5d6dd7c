/* pkc-export.c — charts to PNG, PDF and SVG files, written atomically (no GTK)
 *
 * Every format is drawn by pkc_scene_paint(), the painter the screen uses.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "pkc-common.h"
#include "pkc-export.h"
#include "pkc-png-write.h"
#include "pkc-report-pdf.h"
#include "pkc-svg-text.h"

G_DEFINE_QUARK (pkc-export-error-quark, pkc_export_error)

void
pkc_export_settings_init (PkcExportSettings *settings,
                          PkcExportFormat    format)
{
  g_return_if_fail (settings != NULL);

  memset (settings, 0, sizeof *settings);
  settings->format = format;
  settings->scale = 1;
  settings->theme = PKC_THEME_LIGHT;
  pkc_chart_options_init (&settings->chart);
}

void
pkc_export_settings_get_size (const PkcExportSettings *settings,
                              double                  *width,
                              double                  *height)
{
  gboolean pdf = settings->format == PKC_EXPORT_PDF;

  *width = settings->width != 0 ? settings->width
           : pdf ? PKC_EXPORT_A4_WIDTH_PT : PKC_EXPORT_DEFAULT_WIDTH_PX;
  *height = settings->height != 0 ? settings->height
            : pdf ? PKC_EXPORT_A4_HEIGHT_PT : PKC_EXPORT_DEFAULT_HEIGHT_PX;
}

gboolean
pkc_export_settings_check (const PkcExportSettings *settings,
                           GError                 **error)
{
  double width, height, scale;

  g_return_val_if_fail (settings != NULL, FALSE);

  pkc_export_settings_get_size (settings, &width, &height);
  scale = settings->format == PKC_EXPORT_PNG ? settings->scale : 1;

  if (!isfinite (width) || !isfinite (height) ||
      width < PKC_EXPORT_MIN_SIDE || height < PKC_EXPORT_MIN_SIDE)
    {
      g_set_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_SIZE,
                   /* Translators: %g × %g is the size asked for, %d the smallest side */
                   _("Size %g×%g is too small: each side needs at least %d"),
                   width, height, PKC_EXPORT_MIN_SIDE);
      return FALSE;
    }

  if (!isfinite (scale) || scale < 0.5 || scale > 8)
    {
      g_set_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_SIZE,
                   /* Translators: %g is the scale factor asked for */
                   _("Scale %g is out of range: use a value from 0.5 to 8"), scale);
      return FALSE;
    }

  if (settings->format == PKC_EXPORT_PDF)
    {
      if (width > PKC_EXPORT_MAX_SIDE_PT || height > PKC_EXPORT_MAX_SIDE_PT)
        {
          g_set_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_SIZE,
                       /* Translators: %g × %g is the page size in points, %d a limit */
                       _("Page %g×%g pt is too large: PDF pages are at most %d pt (200 in) a side"),
                       width, height, PKC_EXPORT_MAX_SIDE_PT);
          return FALSE;
        }
      return TRUE;
    }

  if (round (width * scale) > PKC_EXPORT_MAX_SIDE_PX ||
      round (height * scale) > PKC_EXPORT_MAX_SIDE_PX ||
      round (width * scale) * round (height * scale) > PKC_EXPORT_MAX_PIXELS)
    {
      g_set_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_SIZE,
                   /* Translators: %g × %g is the image size in pixels; the limits follow */
                   _("Image %g×%g px is too large: at most %d px a side and %d megapixels"),
                   round (width * scale), round (height * scale), PKC_EXPORT_MAX_SIDE_PX,
                   PKC_EXPORT_MAX_PIXELS / 1000000);
      return FALSE;
    }
  return TRUE;
}

const char *
pkc_export_format_to_extension (PkcExportFormat format)
{
  switch (format)
    {
    case PKC_EXPORT_PNG: return "png";
    case PKC_EXPORT_PDF: return "pdf";
    case PKC_EXPORT_SVG: return "svg";
    default:             g_return_val_if_reached ("png");
    }
}

gboolean
pkc_export_format_from_path (const char      *path,
                             PkcExportFormat *out,
                             GError         **error)
{
  const char *dot;
  g_autofree char *base = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  base = g_path_get_basename (path);
  dot = strrchr (base, '.');
  for (PkcExportFormat f = PKC_EXPORT_PNG; dot != NULL && f <= PKC_EXPORT_SVG; f++)
    if (g_ascii_strcasecmp (dot + 1, pkc_export_format_to_extension (f)) == 0)
      {
        *out = f;
        return TRUE;
      }

  g_set_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_FORMAT,
               /* Translators: %s is a file name */
               _("%s: unknown format: the file name must end in .png, .pdf or .svg"), path);
  return FALSE;
}

gboolean
pkc_export_parse_size (const char  *text,
                       double      *width,
                       double      *height,
                       GError     **error)
{
  g_auto(GStrv) parts = NULL;
  gint64 w = 0, h = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  parts = g_strsplit_set (text, "xX×", -1);
  /* "×" is several bytes: drop the empty pieces between them. */
  if (g_strv_length (parts) >= 2)
    {
      guint n = 0;

      for (guint i = 0; parts[i] != NULL; i++)
        if (*parts[i] != '\0' || i == 0)
          parts[n++] = parts[i];
        else
          g_free (parts[i]);
      parts[n] = NULL;
    }

  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_signed (parts[0], 10, G_MININT64, G_MAXINT64, &w, NULL) ||
      !g_ascii_string_to_signed (parts[1], 10, G_MININT64, G_MAXINT64, &h, NULL))
    {
      g_set_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_SIZE,
                   /* Translators: %s is what the user typed after --size= */
                   _("Bad size “%s”: use WIDTHxHEIGHT, such as 1920x1080"), text);
      return FALSE;
    }

  if (w <= 0 || h <= 0)
    {
      g_set_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_SIZE,
                   /* Translators: %s is what the user typed after --size= */
                   _("Bad size “%s”: width and height must be positive"), text);
      return FALSE;
    }

  *width = (double) MIN (w, G_MAXINT32);
  *height = (double) MIN (h, G_MAXINT32);
  return TRUE;
}

gboolean
pkc_export_parse_scale (const char  *text,
                        double      *scale,
                        double      *dpi,
                        GError     **error)
{
  g_autofree char *copy = g_strstrip (g_ascii_strdown (text, -1));
  gboolean is_dpi = g_str_has_suffix (copy, "dpi");
  char *end = NULL;
  double value;

  if (is_dpi)
    copy[strlen (copy) - 3] = '\0';
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0' || !isfinite (value) || value <= 0)
    {
      g_set_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_SIZE,
                   /* Translators: %s is what the user typed after --scale= */
                   _("Bad scale “%s”: use a factor such as 2, or a resolution such as 300dpi"),
                   text);
      return FALSE;
    }

  if (is_dpi)
    {
      *scale = value / 96.0;
      *dpi = value;
    }
  else
    {
      *scale = value;
      *dpi = 0;
    }
  return TRUE;
}

gboolean
pkc_export_parse_theme (const char  *text,
                        PkcTheme    *out,
                        GError     **error)
{
  static const char *names[] = { "light", "dark", "print" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (text, names[i]) == 0)
      {
        *out = (PkcTheme) i;
        return TRUE;
      }

  g_set_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_ARGUMENT,
               /* Translators: %s is what the user typed after --theme= */
               _("Unknown theme “%s”: use light, dark or print"), text);
  return FALSE;
}

/* cairo's PDF and SVG surfaces write through this into a GByteArray. */
static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A cairo failure as PKC_EXPORT_ERROR_RENDER. */
static gboolean
check_cairo (cairo_status_t   status,
             GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_RENDER,
               /* Translators: %s is a message from the cairo graphics library */
               _("Could not draw the chart: %s"), cairo_status_to_string (status));
  return FALSE;
}

static char *
chart_title (PkcDataset   *dataset,
             PkcChartKind  kind)
{
  /* Translators: PDF and SVG title: mission acronym — chart name */
  return g_strdup_printf (_("%s — %s"), pkc_dataset_get_acronym (dataset),
                          pkc_chart_kind_get_title (kind));
}

static void
set_pdf_metadata (cairo_surface_t *surface,
                  PkcDataset      *dataset,
                  const char      *title)
{
  /* Translators: PDF subject: mission acronym, then its full name */
  g_autofree char *subject = g_strdup_printf (_("%s — %s"), pkc_dataset_get_acronym (dataset),
                                              pkc_dataset_get_mission_name (dataset,
                                                                            pkc_lang_from_locale ()));

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "Peacekeeping Charts");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Peacekeeping Charts " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS,
                                  pkc_dataset_get_acronym (dataset));
}

static GByteArray *
render_png (const PkcScene          *scene,
            const PkcExportSettings *settings,
            GError                 **error)
{
  double width = pkc_scene_get_width (scene), height = pkc_scene_get_height (scene);
  int pw = (int) round (width * settings->scale), ph = (int) round (height * settings->scale);
  GByteArray *png = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, pw, ph);
  cr = cairo_create (surface);
  cairo_scale (cr, pw / width, ph / height);
  pkc_scene_paint (scene, cr, settings->theme, -1);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (check_cairo (status, error))
    png = pkc_png_encode_rgb24 (surface,
                                settings->dpi > 0 ? settings->dpi : 96.0 * settings->scale,
                                error);
  cairo_surface_destroy (surface);
  return png;
}

/* Paints @scene on a vector @surface (PDF or SVG), finishes it and destroys it. */
static gboolean
paint_vector (cairo_surface_t *surface,
              const PkcScene  *scene,
              PkcTheme         theme,
              PkcPaintFlags    flags,
              gboolean         show_page,
              GError         **error)
{
  cairo_status_t status;
  cairo_t *cr;

  cr = cairo_create (surface);
  pkc_scene_paint_full (scene, cr, theme, -1, flags);
  if (show_page)
    cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return check_cairo (status, error);
}

static GByteArray *
render_pdf (const PkcScene          *scene,
            PkcChartKind             kind,
            PkcDataset              *dataset,
            const PkcExportSettings *settings,
            GError                 **error)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autofree char *title = chart_title (dataset, kind);
  cairo_surface_t *surface;

  surface = cairo_pdf_surface_create_for_stream (append_bytes_cb, pdf,
                                                 pkc_scene_get_width (scene),
                                                 pkc_scene_get_height (scene));
  set_pdf_metadata (surface, dataset, title);
  if (!paint_vector (surface, scene, settings->theme, PKC_PAINT_DEFAULT, TRUE, error))
    return NULL;
  return g_steal_pointer (&pdf);
}

static GByteArray *
render_svg (const PkcScene          *scene,
            PkcChartKind             kind,
            PkcDataset              *dataset,
            const PkcExportSettings *settings,
            GError                 **error)
{
  g_autoptr(GByteArray) svg = g_byte_array_new ();
  g_autofree char *title = chart_title (dataset, kind);
  cairo_surface_t *surface;

  surface = cairo_svg_surface_create_for_stream (append_bytes_cb, svg,
                                                 pkc_scene_get_width (scene),
                                                 pkc_scene_get_height (scene));
  cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  if (!paint_vector (surface, scene, settings->theme, PKC_PAINT_SKIP_TEXT, FALSE, error))
    return NULL;

  if (!pkc_svg_add_text (svg, scene, settings->theme, title))
    {
      g_set_error_literal (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_RENDER,
                           _("Could not add the text to the SVG image"));
      return NULL;
    }
  return g_steal_pointer (&svg);
}

GBytes *
pkc_export_chart (PkcDataset              *dataset,
                  PkcChartKind             kind,
                  const PkcExportSettings *settings,
                  GError                 **error)
{
  g_autoptr(PkcScene) scene = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  PkcChartOptions options;
  double width, height;

  g_return_val_if_fail (PKC_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (kind < PKC_N_CHARTS, NULL);
  g_return_val_if_fail (settings != NULL, NULL);

  if (!pkc_export_settings_check (settings, error))
    return NULL;

  pkc_export_settings_get_size (settings, &width, &height);
  options = settings->chart;
  options.show_title = TRUE;
  /* An image or a page stands alone: no tooltips, so every source drawn is listed. */
  options.sources_in_full = TRUE;
  scene = pkc_chart_layout (kind, dataset, width, height, &options);

  switch (settings->format)
    {
    case PKC_EXPORT_PNG:
      bytes = render_png (scene, settings, error);
      break;
    case PKC_EXPORT_PDF:
      bytes = render_pdf (scene, kind, dataset, settings, error);
      break;
    case PKC_EXPORT_SVG:
      bytes = render_svg (scene, kind, dataset, settings, error);
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  return bytes != NULL ? g_byte_array_free_to_bytes (g_steal_pointer (&bytes)) : NULL;
}

GBytes *
pkc_export_report (PkcDataset              *dataset,
                   const PkcChartOptions   *chart_options,
                   const PkcExportSettings *settings,
                   GError                 **error)
{
  g_autoptr(GByteArray) pdf = NULL;
  g_autofree char *title = NULL;
  PkcChartOptions options[PKC_N_CHARTS];
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;

  g_return_val_if_fail (PKC_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (settings != NULL, NULL);

  if (settings->format != PKC_EXPORT_PDF)
    {
      g_set_error_literal (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_FORMAT,
                           _("All charts go into one PDF report: the file name must end in .pdf"));
      return NULL;
    }
  if (!pkc_export_settings_check (settings, error))
    return NULL;

  for (guint i = 0; i < PKC_N_CHARTS; i++)
    {
      options[i] = chart_options != NULL ? chart_options[i] : settings->chart;
      options[i].show_title = TRUE;
      options[i].sources_in_full = TRUE;
    }

  pkc_export_settings_get_size (settings, &width, &height);
  pdf = g_byte_array_new ();
  title = pkc_report_pdf_title (dataset);
  surface = cairo_pdf_surface_create_for_stream (append_bytes_cb, pdf, width, height);
  set_pdf_metadata (surface, dataset, title);
  pkc_report_pdf_paint (surface, dataset, options, settings->theme, width, height);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!check_cairo (status, error))
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&pdf));
}

static void
set_write_error (GError     **error,
                 GFile       *file,
                 const GError *cause)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *message = g_strdup (cause->message);

  /* One line, even if a system message carried a line break. */
  g_strdelimit (message, "\r\n", ' ');
  g_set_error (error, cause->domain, cause->code,
               /* Translators: the first %s is a file name, the second a system message */
               _("Cannot write %s: %s"), name, message);
}

gboolean
pkc_export_write (GFile         *file,
                  GBytes        *bytes,
                  GCancellable  *cancellable,
                  GError       **error)
{
  PkcSafeWrite write = { 0 };
  g_autoptr(GError) local_error = NULL;
  gsize len;
  const guint8 *data;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  /* The safe-write helper's own messages name the file and say why: passed on as they are. */
  if (!pkc_safe_write_begin (&write, file, cancellable, error))
    return FALSE;

  data = g_bytes_get_data (bytes, &len);
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (write.stream), data, len, NULL, cancellable,
                                  &local_error))
    {
      set_write_error (error, file, local_error);
      pkc_safe_write_abandon (&write);
      return FALSE;
    }
  return pkc_safe_write_commit (&write, cancellable, error);
}

char *
pkc_export_suggest_name (PkcDataset      *dataset,
                         PkcChartKind     kind,
                         PkcExportFormat  format)
{
  const char *acronym = dataset != NULL ? pkc_dataset_get_acronym (dataset) : NULL;
  g_autofree char *prefix = NULL;
  GString *name;

  /* ASCII letters, digits and dashes only: safe on every file system and in URLs. */
  prefix = g_ascii_strdown (acronym != NULL && *acronym != '\0' ? acronym : "chart", -1);
  name = g_string_new (NULL);
  for (const char *p = prefix; *p != '\0'; p++)
    g_string_append_c (name, g_ascii_isalnum (*p) ? *p : '-');
  g_string_append_printf (name, "-%s.%s",
                          kind < PKC_N_CHARTS ? pkc_chart_kind_to_token (kind) : "charts",
                          pkc_export_format_to_extension (format));
  return g_string_free (name, FALSE);
}
