/* test-png-write.c — the libpng encoder: same pixels back, its resolution, a sensible size
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <gio/gio.h>

#include "pkc-chart.h"
#include "pkc-loader.h"
#include "pkc-png-dpi.h"
#include "pkc-png-write.h"
#include "pkc-export-private.h"
#include "pkc-test-data.h"

typedef struct {
  const guint8 *data;
  gsize         len;
  gsize         pos;
} Reader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  Reader *reader = closure;

  if (reader->len - reader->pos < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->pos, length);
  reader->pos += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The casualties chart of the shipped dataset, painted as an export paints it. */
static cairo_surface_t *
paint_chart (int width,
             int height)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_minusma ();
  g_autoptr(PkcScene) scene = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  PkcChartOptions options;

  pkc_chart_options_init (&options);
  options.show_title = TRUE;
  scene = pkc_chart_layout (PKC_CHART_CASUALTIES, dataset, width, height, &options);
  pkc_scene_paint (scene, cr, PKC_THEME_LIGHT, -1);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
rgb_at (cairo_surface_t *surface,
        int              x,
        int              y)
{
  const guint8 *row = cairo_image_surface_get_data (surface) +
                      (gsize) y * cairo_image_surface_get_stride (surface);

  return ((const guint32 *) row)[x] & 0xffffff;
}

static void
test_same_pixels (void)
{
  cairo_surface_t *painted = paint_chart (640, 400), *decoded;
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) png = pkc_png_encode_rgb24 (painted, 150, &error);
  Reader reader = { 0 };
  guint width, height;
  double dpi;

  g_assert_no_error (error);
  g_assert_nonnull (png);
  g_assert_true (_pkc_png_get_info (png->data, png->len, &width, &height, &dpi));
  g_assert_cmpuint (width, ==, 640);
  g_assert_cmpuint (height, ==, 400);
  g_assert_cmpfloat_with_epsilon (dpi, 150, 0.05);

  reader = (Reader) { png->data, png->len, 0 };
  decoded = cairo_image_surface_create_from_png_stream (read_cb, &reader);
  g_assert_cmpint (cairo_surface_status (decoded), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (decoded), ==, 640);
  g_assert_cmpint (cairo_image_surface_get_height (decoded), ==, 400);
  for (int y = 0; y < 400; y++)
    for (int x = 0; x < 640; x++)
      if (rgb_at (painted, x, y) != rgb_at (decoded, x, y))
        g_error ("pixel %d,%d: painted %06x, decoded %06x", x, y,
                 rgb_at (painted, x, y), rgb_at (decoded, x, y));
  cairo_surface_destroy (decoded);
  cairo_surface_destroy (painted);
}

/* A second decoder (gdk-pixbuf, what image viewers use) reads it as 8-bit RGB. */
static void
test_pixbuf_reads_it (void)
{
  cairo_surface_t *painted = paint_chart (320, 200);
  g_autoptr(GByteArray) png = pkc_png_encode_rgb24 (painted, 96, NULL);
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (png->data, png->len,
                                                                         NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new_from_stream (stream, NULL, &error);
  const guint8 *pixels;

  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (pixbuf), ==, 320);
  g_assert_cmpint (gdk_pixbuf_get_height (pixbuf), ==, 200);
  g_assert_false (gdk_pixbuf_get_has_alpha (pixbuf));
  pixels = gdk_pixbuf_read_pixels (pixbuf);
  for (int y = 0; y < 200; y += 7)
    for (int x = 0; x < 320; x += 5)
      {
        const guint8 *p = pixels + y * gdk_pixbuf_get_rowstride (pixbuf) + x * 3;

        g_assert_cmphex ((guint32) (p[0] << 16 | p[1] << 8 | p[2]), ==, rgb_at (painted, x, y));
      }
  cairo_surface_destroy (painted);
}

/* One filter instead of five costs little size: within a quarter of cairo's own writer. */
static void
test_size_comparable (void)
{
  cairo_surface_t *painted = paint_chart (1600, 900);
  g_autoptr(GByteArray) ours = pkc_png_encode_rgb24 (painted, 96, NULL);
  g_autoptr(GByteArray) cairos = g_byte_array_new ();

  g_assert_cmpint (cairo_surface_write_to_png_stream (painted, append_cb, cairos), ==,
                   CAIRO_STATUS_SUCCESS);
  g_test_message ("libpng UP/6: %u bytes, cairo: %u bytes", ours->len, cairos->len);
  g_assert_cmpuint (ours->len, <=, cairos->len + cairos->len / 4);
  cairo_surface_destroy (painted);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/png-write/same-pixels", test_same_pixels);
  g_test_add_func ("/png-write/pixbuf-reads-it", test_pixbuf_reads_it);
  g_test_add_func ("/png-write/size-comparable", test_size_comparable);
  return g_test_run ();
}
