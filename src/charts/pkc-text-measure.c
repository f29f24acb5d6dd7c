/* pkc-text-measure.c — text extents for layout, without a caller's cairo surface
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "pkc-text-measure.h"

/* Unhinted metrics and outlines: sizes do not depend on the target surface. */
static cairo_font_options_t *
metrics_options (void)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  return options;
}

void
pkc_text_context_set_metrics (PangoContext *context)
{
  cairo_font_options_t *options = metrics_options ();

  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 96.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
}

/* The font options pango gives the fonts of a context made for @cr and set up by
 * pkc_text_context_set_metrics(): the target surface's, overridden by ours. */
static cairo_font_options_t *
merged_options (cairo_t *cr)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_font_options_t *ours = metrics_options ();

  cairo_surface_get_font_options (cairo_get_target (cr), options);
  cairo_font_options_merge (options, ours);
  cairo_font_options_destroy (ours);
  return options;
}

/* What a measure or a wrap is remembered by: the text, its size and weight, and for a wrap
 * the width in pango units. Looked up with one on the stack: no copy of the text and no
 * printf per lookup (the layouts look up a thousand texts). A stored key holds its text. */
typedef struct {
  double      font_size;
  int         weight;
  double      width;    /* whole pango units */
  const char *text;
} TextKey;

static guint
text_key_hash (gconstpointer data)
{
  const TextKey *key = data;
  guint hash = g_str_hash (key->text);

  hash = hash * 31 + g_double_hash (&key->font_size);
  hash = hash * 31 + (guint) key->weight;
  return hash * 31 + g_double_hash (&key->width);
}

static gboolean
text_key_equal (gconstpointer a,
                gconstpointer b)
{
  const TextKey *x = a, *y = b;

  return x->font_size == y->font_size && x->weight == y->weight && x->width == y->width &&
         strcmp (x->text, y->text) == 0;
}

/* A copy of @key and its text in one block, for g_free(). */
static TextKey *
text_key_copy (const TextKey *key)
{
  gsize len = strlen (key->text) + 1;
  TextKey *copy = g_malloc (sizeof *copy + len);

  *copy = *key;
  copy->text = memcpy (copy + 1, key->text, len);
  return copy;
}

static GHashTable *
text_key_table_new (GDestroyNotify free_value)
{
  return g_hash_table_new_full (text_key_hash, text_key_equal, g_free, free_value);
}

#define MAX_SHAPED 1024   /* measured layouts kept for the painter, per thread */

/* One measurer per thread (pango font maps are per thread), made once. Its context is made
 * for an image surface, as the painter's is for a PNG export: the fonts are then the same
 * ones, and a layout measured here paints there as the painter's own would (see
 * pkc_text_layout_shaped()). Extents are remembered, keyed by size, weight and text: layout
 * measures the same strings again and again (and again on every resize); the layouts
 * themselves are kept for the most recent MAX_SHAPED strings. */
typedef struct {
  PangoContext         *context;
  cairo_font_options_t *options;   /* merged_options() of the context */
  GHashTable           *cache;     /* key → Measured */
  guint                 n_shaped;  /* entries of @cache with a layout */
} Measurer;

typedef struct {
  double       width;
  double       height;
  PangoLayout *layout;   /* NULL once dropped */
} Measured;

static void
measured_free (gpointer data)
{
  Measured *measured = data;

  g_clear_object (&measured->layout);
  g_free (measured);
}

static void
measurer_free (gpointer data)
{
  Measurer *measurer = data;

  g_hash_table_unref (measurer->cache);
  cairo_font_options_destroy (measurer->options);
  g_object_unref (measurer->context);
  g_free (measurer);
}

static Measurer *
measurer (void)
{
  static GPrivate key = G_PRIVATE_INIT (measurer_free);
  Measurer *m = g_private_get (&key);

  if (m == NULL)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
      cairo_t *cr = cairo_create (surface);

      m = g_new0 (Measurer, 1);
      m->context = pango_cairo_create_context (cr);
      pkc_text_context_set_metrics (m->context);
      m->options = merged_options (cr);
      m->cache = text_key_table_new (measured_free);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      g_private_set (&key, m);
    }
  return m;
}

static PangoContext *
measure_context (void)
{
  return measurer ()->context;
}

void
pkc_text_prepare (void)
{
  measurer ();
}

PangoLayout *
pkc_text_layout_new (PangoContext *context,
                     const char   *text,
                     double        font_size,
                     PangoWeight   weight)
{
  static GPrivate family_key = G_PRIVATE_INIT ((GDestroyNotify) pango_font_description_free);
  PangoFontDescription *family = g_private_get (&family_key);
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc;

  /* PKC_FONT_FAMILY parsed once per thread, copied for each layout. */
  if (family == NULL)
    {
      family = pango_font_description_from_string (PKC_FONT_FAMILY);
      g_private_set (&family_key, family);
    }
  desc = pango_font_description_copy_static (family);
  pango_font_description_set_absolute_size (desc, font_size * PANGO_SCALE);
  pango_font_description_set_weight (desc, weight);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (desc);
  return layout;
}

static gboolean
drop_layout (gpointer key,
             gpointer value,
             gpointer data)
{
  g_clear_object (&((Measured *) value)->layout);
  return FALSE;
}

static Measured *
measure (Measurer    *m,
         const char  *text,
         double       font_size,
         PangoWeight  weight)
{
  TextKey key = { font_size, (int) weight, 0, text };
  Measured *measured = g_hash_table_lookup (m->cache, &key);
  PangoRectangle logical;

  if (measured != NULL)
    return measured;

  if (g_hash_table_size (m->cache) > 20000)
    {
      g_hash_table_remove_all (m->cache);
      m->n_shaped = 0;
    }
  if (m->n_shaped >= MAX_SHAPED)
    {
      g_hash_table_find (m->cache, drop_layout, NULL);
      m->n_shaped = 0;
    }
  measured = g_new0 (Measured, 1);
  measured->layout = pkc_text_layout_new (m->context, text, font_size, weight);
  m->n_shaped++;
  pango_layout_get_extents (measured->layout, NULL, &logical);
  measured->width = (double) logical.width / PANGO_SCALE;
  measured->height = (double) logical.height / PANGO_SCALE;
  g_hash_table_insert (m->cache, text_key_copy (&key), measured);
  return measured;
}

void
pkc_text_measure (const char  *text,
                  double       font_size,
                  PangoWeight  weight,
                  double      *width,
                  double      *height)
{
  Measured *measured = measure (measurer (), text, font_size, weight);

  if (width)
    *width = measured->width;
  if (height)
    *height = measured->height;
}

PangoLayout *
pkc_text_layout_shaped (cairo_t     *cr,
                        const char  *text,
                        double       font_size,
                        PangoWeight  weight)
{
  Measurer *m = measurer ();
  TextKey key = { font_size, (int) weight, 0, text };
  Measured *measured;
  cairo_font_options_t *options;
  cairo_matrix_t ctm;
  gboolean same;

  /* Pango drops the translation from a context's matrix, not a scale or a rotation. */
  cairo_get_matrix (cr, &ctm);
  if (ctm.xx != 1 || ctm.yy != 1 || ctm.xy != 0 || ctm.yx != 0)
    return NULL;
  options = merged_options (cr);
  same = cairo_font_options_equal (options, m->options);
  cairo_font_options_destroy (options);
  if (!same)
    return NULL;

  measured = g_hash_table_lookup (m->cache, &key);
  return measured != NULL && measured->layout != NULL ? g_object_ref (measured->layout) : NULL;
}

double
pkc_text_width (const char  *text,
                double       font_size,
                PangoWeight  weight)
{
  double w;

  pkc_text_measure (text, font_size, weight, &w, NULL);
  return w;
}

char *
pkc_text_ellipsize (const char  *text,
                    double       font_size,
                    PangoWeight  weight,
                    double       max_width)
{
  g_autofree char *attempt = NULL;
  glong n_chars;

  if (pkc_text_width (text, font_size, weight) <= max_width)
    return g_strdup (text);

  /* Binary search on the character count: widths grow with it. */
  n_chars = g_utf8_strlen (text, -1);
  {
    glong lo = 0, hi = n_chars;

    while (lo < hi)
      {
        glong mid = (lo + hi + 1) / 2;
        const char *end = g_utf8_offset_to_pointer (text, mid);
        g_autofree char *head = g_strndup (text, end - text);
        g_autofree char *cand = g_strconcat (g_strchomp (head), "…", NULL);

        if (pkc_text_width (cand, font_size, weight) <= max_width)
          lo = mid;
        else
          hi = mid - 1;
      }
    if (lo == 0)
      return pkc_text_width ("…", font_size, weight) <= max_width ? g_strdup ("…") : g_strdup ("");
    {
      const char *end = g_utf8_offset_to_pointer (text, lo);
      g_autofree char *head = g_strndup (text, end - text);

      /* Do not leave a dangling separator before the ellipsis. */
      g_strchomp (head);
      while (*head && strchr (",;·—-", head[strlen (head) - 1]) != NULL)
        {
          head[strlen (head) - 1] = '\0';
          g_strchomp (head);
        }
      attempt = g_strconcat (head, "…", NULL);
    }
  }
  return g_steal_pointer (&attempt);
}

static GPtrArray *
wrap_uncached (const char  *text,
               double       font_size,
               PangoWeight  weight,
               double       max_width)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PangoLayout) layout = NULL;
  GSList *l;

  /* Text on one line that fits: pango would not break it (its test is the same: the line's
   * width in pango units at most the layout's), and it is measured already, while a wrap
   * shapes it again. Paragraph separators always break. */
  if (strpbrk (text, "\r\n") == NULL && strstr (text, "\u2028") == NULL &&
      strstr (text, "\u2029") == NULL &&
      pkc_text_width (text, font_size, weight) <= MAX (max_width, 1))
    {
      g_autofree char *part = g_strstrip (g_strdup (text));

      if (*part != '\0')
        g_ptr_array_add (lines, pkc_text_ellipsize (part, font_size, weight, max_width));
      return lines;
    }

  /* One layout wrapped by pango, instead of measuring every candidate line. */
  layout = pkc_text_layout_new (measure_context (), text, font_size, weight);
  pango_layout_set_width (layout, (int) (MAX (max_width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  for (l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      g_autofree char *part = g_strndup (text + line->start_index, line->length);

      g_strstrip (part);
      if (*part == '\0')
        continue;
      /* A single word wider than the line: cut it rather than overflow. */
      g_ptr_array_add (lines, pkc_text_ellipsize (part, font_size, weight, max_width));
    }
  return lines;
}

/* Wrapping is asked again for the same text and width while a layout tries its options,
 * and again on each relayout at the same size: remembered per thread like the extents. */
static GHashTable *
wrap_cache (void)
{
  static GPrivate key = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);
  GHashTable *cache = g_private_get (&key);

  if (cache == NULL)
    {
      cache = text_key_table_new ((GDestroyNotify) g_ptr_array_unref);
      g_private_set (&key, cache);
    }
  return cache;
}

GPtrArray *
pkc_text_wrap (const char  *text,
               double       font_size,
               PangoWeight  weight,
               double       max_width)
{
  GHashTable *cache = wrap_cache ();
  /* The width in pango units, as pango wraps to (widths are whole units): two widths
   * 0.0005 px apart were one key and the same lines, though one unit can break a line. */
  TextKey key = { font_size, (int) weight, floor (max_width * PANGO_SCALE), text };
  GPtrArray *lines = g_hash_table_lookup (cache, &key);
  GPtrArray *copy;

  if (lines == NULL)
    {
      lines = wrap_uncached (text, font_size, weight, max_width);
      if (g_hash_table_size (cache) > 5000)
        g_hash_table_remove_all (cache);
      g_hash_table_insert (cache, text_key_copy (&key), lines);
    }
  copy = g_ptr_array_new_full (lines->len, g_free);
  for (guint i = 0; i < lines->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (lines, i)));
  return copy;
}
