/* test-png-write.c — the PNG encoder: same pixels back, its resolution, a sensible size
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <gio/gio.h>
#include <zlib.h>

#include "pkc-chart.h"
#include "pkc-loader.h"
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

/* Decodes @png with cairo (libpng: CRCs and zlib's checksum checked) and compares every
 * pixel with @painted. */
static void
assert_decodes_to (GByteArray      *png,
                   cairo_surface_t *painted)
{
  int width = cairo_image_surface_get_width (painted);
  int height = cairo_image_surface_get_height (painted);
  Reader reader = { png->data, png->len, 0 };
  cairo_surface_t *decoded = cairo_image_surface_create_from_png_stream (read_cb, &reader);

  g_assert_cmpint (cairo_surface_status (decoded), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (decoded), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (decoded), ==, height);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (rgb_at (painted, x, y) != rgb_at (decoded, x, y))
        g_error ("%dx%d, pixel %d,%d: painted %06x, decoded %06x", width, height, x, y,
                 rgb_at (painted, x, y), rgb_at (decoded, x, y));
  cairo_surface_destroy (decoded);
}

/* Charts of one stripe, three and the most (the rows are deflated in stripes). */
static void
test_same_pixels (void)
{
  static const int sizes[][2] = { { 640, 400 }, { 300, 120 }, { 1200, 1500 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *painted = paint_chart (sizes[i][0], sizes[i][1]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GByteArray) png = pkc_png_encode_rgb24 (painted, 150, &error);
      g_autoptr(GByteArray) again = pkc_png_encode_rgb24 (painted, 150, NULL);
      guint width, height;
      double dpi;

      g_assert_no_error (error);
      g_assert_nonnull (png);
      g_assert_true (_pkc_png_get_info (png->data, png->len, &width, &height, &dpi));
      g_assert_cmpuint (width, ==, (guint) sizes[i][0]);
      g_assert_cmpuint (height, ==, (guint) sizes[i][1]);
      g_assert_cmpfloat_with_epsilon (dpi, 150, 0.05);
      assert_decodes_to (png, painted);
      /* The same bytes every time: the stripes depend on the image alone. */
      g_assert_cmpmem (png->data, png->len, again->data, again->len);
      cairo_surface_destroy (painted);
    }
}

/* Noise, which deflate cannot shorten (stored blocks), and a one-pixel image. */
static void
test_noise_and_tiny (void)
{
  static const int sizes[][2] = { { 333, 777 }, { 1, 1 }, { 1, 300 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *noise = cairo_image_surface_create (CAIRO_FORMAT_RGB24, sizes[i][0],
                                                           sizes[i][1]);
      guint8 *data = cairo_image_surface_get_data (noise);
      int stride = cairo_image_surface_get_stride (noise);
      g_autoptr(GRand) rand = g_rand_new_with_seed (11);
      g_autoptr(GByteArray) png = NULL;

      cairo_surface_flush (noise);
      for (int y = 0; y < sizes[i][1]; y++)
        for (int x = 0; x < sizes[i][0]; x++)
          ((guint32 *) (data + (gsize) y * stride))[x] = g_rand_int (rand) & 0xffffff;
      cairo_surface_mark_dirty (noise);
      png = pkc_png_encode_rgb24 (noise, 96, NULL);
      g_assert_nonnull (png);
      assert_decodes_to (png, noise);
      cairo_surface_destroy (noise);
    }
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

/* No filter instead of libpng's five costs little size: within a quarter of cairo's writer. */
static void
test_size_comparable (void)
{
  cairo_surface_t *painted = paint_chart (1600, 900);
  g_autoptr(GByteArray) ours = pkc_png_encode_rgb24 (painted, 96, NULL);
  g_autoptr(GByteArray) cairos = g_byte_array_new ();

  g_assert_cmpint (cairo_surface_write_to_png_stream (painted, append_cb, cairos), ==,
                   CAIRO_STATUS_SUCCESS);
  g_test_message ("ours: %u bytes, cairo: %u bytes", ours->len, cairos->len);
  g_assert_cmpuint (ours->len, <=, cairos->len + cairos->len / 4);
  cairo_surface_destroy (painted);
}

/* The length of the IDAT data of @png (one chunk, as the encoder writes). */
static guint32
idat_length (const GByteArray *png)
{
  for (gsize pos = 8; pos + 8 <= png->len;)
    {
      guint32 length;

      memcpy (&length, png->data + pos, sizeof length);   /* chunks are not 4-byte aligned */
      length = GUINT32_FROM_BE (length);

      if (memcmp (png->data + pos + 4, "IDAT", 4) == 0)
        return length;
      pos += 12 + length;
    }
  g_assert_not_reached ();
}

/* The encoder's greedy matcher beats zlib's level 6 on a chart: its zlib stream is at least
 * 2 % smaller than level 6 with the same memory level (6) makes of the same rows in one
 * stream (5 % here; level 6 in the encoder's stripes was within 0.1 % of it). */
static void
test_smaller_than_level6 (void)
{
  cairo_surface_t *painted = paint_chart (1600, 900);
  g_autoptr(GByteArray) ours = pkc_png_encode_rgb24 (painted, 96, NULL);
  int width = cairo_image_surface_get_width (painted);
  int height = cairo_image_surface_get_height (painted);
  int stride = cairo_image_surface_get_stride (painted);
  const guint8 *data = cairo_image_surface_get_data (painted);
  gsize row_len = 1 + 3 * (gsize) width;
  g_autofree guint8 *rows = g_malloc (row_len * height);
  gsize bound = compressBound (row_len * height), level6_len;
  g_autofree guint8 *level6 = g_malloc (bound);
  z_stream z = { 0 };

  for (int y = 0; y < height; y++)
    {
      const guint32 *in = (const guint32 *) (data + (gsize) y * stride);
      guint8 *out = rows + row_len * y;

      out[0] = 0;
      for (int x = 0; x < width; x++)
        {
          out[1 + 3 * x] = (guint8) (in[x] >> 16);
          out[2 + 3 * x] = (guint8) (in[x] >> 8);
          out[3 + 3 * x] = (guint8) in[x];
        }
    }
  g_assert_cmpint (deflateInit2 (&z, 6, Z_DEFLATED, 15, 6, Z_DEFAULT_STRATEGY), ==, Z_OK);
  z.next_in = rows;
  z.avail_in = (uInt) (row_len * height);
  z.next_out = level6;
  z.avail_out = (uInt) bound;
  g_assert_cmpint (deflate (&z, Z_FINISH), ==, Z_STREAM_END);
  level6_len = z.total_out;
  deflateEnd (&z);
  g_test_message ("ours: %u bytes of IDAT, zlib level 6: %zu", idat_length (ours), level6_len);
  g_assert_cmpuint (idat_length (ours), <=, level6_len - level6_len / 50);
  cairo_surface_destroy (painted);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/png-write/same-pixels", test_same_pixels);
  g_test_add_func ("/png-write/noise-and-tiny", test_noise_and_tiny);
  g_test_add_func ("/png-write/pixbuf-reads-it", test_pixbuf_reads_it);
  g_test_add_func ("/png-write/size-comparable", test_size_comparable);
  g_test_add_func ("/png-write/smaller-than-level6", test_smaller_than_level6);
  return g_test_run ();
}
