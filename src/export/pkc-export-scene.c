/* pkc-export-scene.c — a scene from any layout to PNG, PDF or SVG, with the one painter
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "pkc-export-scene.h"
#include "pkc-png-write.h"
#include "pkc-svg-text.h"

/* cairo's PDF and SVG surfaces write through this into a GByteArray. */
static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
paint_to (cairo_surface_t         *surface,
          const PkcScene          *scene,
          const PkcExportSettings *settings,
          PkcPaintFlags            flags,
          GError                 **error)
{
  cairo_status_t status;
  cairo_t *cr = cairo_create (surface);

  if (settings->format == PKC_EXPORT_PNG)
    cairo_scale (cr, settings->scale, settings->scale);
  pkc_scene_paint_full (scene, cr, settings->theme, -1, flags);
  if (settings->format == PKC_EXPORT_PDF)
    cairo_show_page (cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS && settings->format == PKC_EXPORT_PNG)
    return TRUE;
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  g_set_error (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_RENDER,
               _("Could not draw the chart: %s"), cairo_status_to_string (status));
  return FALSE;
}

static gboolean
render (const PkcScene          *scene,
        const char              *title,
        const char              *subject,
        const PkcExportSettings *settings,
        GByteArray              *out,
        GError                 **error)
{
  double w = pkc_scene_get_width (scene), h = pkc_scene_get_height (scene);
  cairo_surface_t *surface;
  gboolean ok;

  switch (settings->format)
    {
    case PKC_EXPORT_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) round (w * settings->scale),
                                            (int) round (h * settings->scale));
      ok = paint_to (surface, scene, settings, PKC_PAINT_DEFAULT, error);
      if (ok)
        {
          /* The same encoder as pkc_export_chart(). */
          g_autoptr(GByteArray) png = pkc_png_encode_rgb24 (surface, settings->dpi > 0
                                                            ? settings->dpi
                                                            : 96.0 * settings->scale, error);

          ok = png != NULL;
          if (ok)
            g_byte_array_append (out, png->data, png->len);
        }
      break;
    case PKC_EXPORT_PDF:
      surface = cairo_pdf_surface_create_for_stream (append_cb, out, w, h);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, subject);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, "Peacekeeping Charts");
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                      "Peacekeeping Charts " PACKAGE_VERSION);
      ok = paint_to (surface, scene, settings, PKC_PAINT_DEFAULT, error);
      break;
    case PKC_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (append_cb, out, w, h);
      cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
      ok = paint_to (surface, scene, settings, PKC_PAINT_SKIP_TEXT, error);
      cairo_surface_destroy (surface);
      surface = NULL;
      ok = ok && pkc_svg_add_text (out, scene, settings->theme, title);
      break;
    default:
      g_return_val_if_reached (FALSE);
    }
  if (surface != NULL)
    cairo_surface_destroy (surface);
  if (!ok && error != NULL && *error == NULL)
    g_set_error_literal (error, PKC_EXPORT_ERROR, PKC_EXPORT_ERROR_RENDER,
                         _("Could not draw the chart"));
  return ok;
}

GBytes *
pkc_export_layout (PkcExportLayoutFunc      layout,
                   gpointer                 user_data,
                   const char              *title,
                   const char              *subject,
                   const PkcExportSettings *settings,
                   GError                 **error)
{
  g_autoptr(PkcScene) scene = NULL;
  g_autoptr(GByteArray) out = g_byte_array_new ();
  PkcChartOptions options;
  double width, height;

  g_return_val_if_fail (layout != NULL && settings != NULL, NULL);

  if (!pkc_export_settings_check (settings, error))
    return NULL;
  pkc_export_settings_get_size (settings, &width, &height);
  options = settings->chart;
  options.show_title = TRUE;
  scene = layout (width, height, &options, user_data);
  if (!render (scene, title, subject, settings, out, error))
    return NULL;
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
