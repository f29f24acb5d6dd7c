/* test-charts-text.c — the chart text measurer: wrapping without pango's wrap when the text
 * fits, and measured layouts painted again
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <pango/pangocairo.h>

#include "chart-test-data.h"
#include "pkc-text-measure.h"

#define SIZE 13.0

/* What pango's own word wrap makes of @text at @width, lines stripped, empty ones left out,
 * a word wider than the line ellipsized: what pkc_text_wrap() gives. */
static GPtrArray *
pango_wrap (const char *text,
            double      width)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoLayout *layout;
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  pkc_text_context_set_metrics (context);
  layout = pkc_text_layout_new (context, text, SIZE, PANGO_WEIGHT_NORMAL);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      char *part = g_strstrip (g_strndup (text + line->start_index, line->length));

      if (*part != '\0')
        g_ptr_array_add (lines, pkc_text_ellipsize (part, SIZE, PANGO_WEIGHT_NORMAL, width));
      g_free (part);
    }
  g_object_unref (layout);
  g_object_unref (context);
  return lines;
}

static void
assert_wrap_as_pango (const char *text,
                      double      width)
{
  g_autoptr(GPtrArray) ours = pkc_text_wrap (text, SIZE, PANGO_WEIGHT_NORMAL, width);
  g_autoptr(GPtrArray) theirs = pango_wrap (text, width);

  g_test_message ("%s at %.4f px: %u lines", text, width, theirs->len);
  g_assert_cmpuint (ours->len, ==, theirs->len);
  for (guint i = 0; i < ours->len; i++)
    g_assert_cmpstr (g_ptr_array_index (ours, i), ==, g_ptr_array_index (theirs, i));
}

/* Text that fits is not wrapped by pango, and must come out as pango would have made it: at
 * exactly its width, one pango unit less, wider, with spaces around and with line breaks. */
static void
test_wrap_fits (void)
{
  const char *texts[] = {
    "Attack on the Kidal camp: 7 peacekeepers killed",
    "  Spaces around the text  ",
    "Two lines\nthat each fit",
    "A paragraph\u2029separator",
    "Ménaka handed over; end of phase 1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      double w = pkc_text_width (texts[i], SIZE, PANGO_WEIGHT_NORMAL);

      assert_wrap_as_pango (texts[i], w);
      assert_wrap_as_pango (texts[i], w - 1.0 / PANGO_SCALE);
      assert_wrap_as_pango (texts[i], w * 0.6);
      assert_wrap_as_pango (texts[i], w + 40);
    }
  /* The line breaks are kept even where the whole text would fit on one line. */
  {
    g_autoptr(GPtrArray) lines = pkc_text_wrap ("Two lines\nthat each fit", SIZE,
                                                PANGO_WEIGHT_NORMAL, 2000);

    g_assert_cmpuint (lines->len, ==, 2);
  }
}

/* A size is remembered exactly: one a hair under 13.5 px (pango truncates it to 13 823
 * 1024ths instead of 13 824) is measured at its own size, not given 13.5's width because both
 * print as "13.5". */
static void
test_exact_size_key (void)
{
  const char *text = "Peacekeeper deaths by incident type, MINUSMA";
  double under = 13.5 - 1e-7;
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoLayout *layout;
  PangoRectangle logical;

  pkc_text_context_set_metrics (context);
  layout = pkc_text_layout_new (context, text, under, PANGO_WEIGHT_NORMAL);
  pango_layout_get_extents (layout, NULL, &logical);
  g_assert_cmpfloat (pkc_text_width (text, 13.5, PANGO_WEIGHT_NORMAL), !=,
                     (double) logical.width / PANGO_SCALE);
  g_assert_cmpfloat (pkc_text_width (text, under, PANGO_WEIGHT_NORMAL), ==,
                     (double) logical.width / PANGO_SCALE);
  g_object_unref (layout);
  g_object_unref (context);
}

static cairo_surface_t *
paint_layout (PangoLayout *layout,
              PangoContext *own)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 40);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_set_source_rgb (cr, 0.2, 0.3, 0.4);
  cairo_move_to (cr, 3.3, 4.6);
  if (layout == NULL)
    {
      PangoContext *context = pango_cairo_create_context (cr);

      pkc_text_context_set_metrics (context);
      layout = pkc_text_layout_new (context, "Peacekeeper deaths, 2013–2023", SIZE,
                                    PANGO_WEIGHT_BOLD);
      pango_cairo_show_layout (cr, layout);
      g_object_unref (layout);
      g_object_unref (context);
    }
  else
    pango_cairo_show_layout (cr, layout);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* A measured layout is handed to the painter of an image surface with no scale, and paints
 * there the very pixels a layout of the painter's own context paints. */
static void
test_shaped_reuse (void)
{
  const char *text = "Peacekeeper deaths, 2013–2023";
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (image);
  cairo_t *scaled = cairo_create (image);
  cairo_t *rec = cairo_create (recording);
  PangoLayout *shaped;
  cairo_surface_t *a, *b;

  g_assert_null (pkc_text_layout_shaped (cr, "Never measured", SIZE, PANGO_WEIGHT_BOLD));
  pkc_text_width (text, SIZE, PANGO_WEIGHT_BOLD);
  shaped = pkc_text_layout_shaped (cr, text, SIZE, PANGO_WEIGHT_BOLD);
  g_assert_nonnull (shaped);
  /* Other sizes and weights are other layouts. */
  g_assert_null (pkc_text_layout_shaped (cr, text, SIZE, PANGO_WEIGHT_NORMAL));
  g_assert_null (pkc_text_layout_shaped (cr, text, SIZE + 1, PANGO_WEIGHT_BOLD));
  /* A translation does not matter; a scale (a HiDPI screen, --scale) does. */
  cairo_translate (cr, 10.5, 3.25);
  g_assert_true (pkc_text_layout_shaped (cr, text, SIZE, PANGO_WEIGHT_BOLD) == shaped);
  g_object_unref (shaped);
  cairo_scale (scaled, 2, 2);
  g_assert_null (pkc_text_layout_shaped (scaled, text, SIZE, PANGO_WEIGHT_BOLD));
  /* GTK draws a chart on a recording surface, whose font options are not an image's. */
  g_assert_null (pkc_text_layout_shaped (rec, text, SIZE, PANGO_WEIGHT_BOLD));

  shaped = pkc_text_layout_shaped (cr, text, SIZE, PANGO_WEIGHT_BOLD);
  a = paint_layout (shaped, NULL);
  b = paint_layout (NULL, NULL);
  g_assert_cmpint (memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                           (gsize) cairo_image_surface_get_stride (a) * 40), ==, 0);
  /* Something was drawn at all. */
  g_assert_cmpint (memcmp (cairo_image_surface_get_data (a),
                           cairo_image_surface_get_data (a) + cairo_image_surface_get_stride (a) * 12,
                           cairo_image_surface_get_stride (a)), !=, 0);
  g_object_unref (shaped);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  cairo_destroy (cr);
  cairo_destroy (scaled);
  cairo_destroy (rec);
  cairo_surface_destroy (image);
  cairo_surface_destroy (recording);
}

static cairo_surface_t *
paint_scene (const PkcScene *scene)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 900, 560);
  cairo_t *cr = cairo_create (surface);

  pkc_scene_paint (scene, cr, PKC_THEME_LIGHT, -1);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gpointer
paint_thread (gpointer scene)
{
  return paint_scene (scene);
}

/* Painted on the thread that laid it out, a scene's text is the layouts its measures shaped;
 * painted on another thread (which measured nothing), it is shaped again by the painter.
 * Both give the same pixels. */
static void
test_scene_same_pixels (void)
{
  g_autoptr(PkcDataset) dataset = test_dataset_new ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_CASUALTIES, dataset, 900, 560, NULL);
  cairo_surface_t *here = paint_scene (scene);
  cairo_surface_t *there = g_thread_join (g_thread_new ("test-paint", paint_thread, scene));

  g_assert_cmpint (memcmp (cairo_image_surface_get_data (here),
                           cairo_image_surface_get_data (there),
                           (gsize) cairo_image_surface_get_stride (here) * 560), ==, 0);
  cairo_surface_destroy (here);
  cairo_surface_destroy (there);
}

int
main (int   argc,
      char *argv[])
{
  test_charts_init (&argc, &argv);
  g_test_add_func ("/charts/text/wrap-fits", test_wrap_fits);
  g_test_add_func ("/charts/text/exact-size-key", test_exact_size_key);
  g_test_add_func ("/charts/text/shaped-reuse", test_shaped_reuse);
  g_test_add_func ("/charts/text/scene-same-pixels", test_scene_same_pixels);
  return g_test_run ();
}
