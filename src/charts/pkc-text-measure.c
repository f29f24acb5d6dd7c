/* pkc-text-measure.c — text extents for layout, without a caller's cairo surface
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <pango/pangocairo.h>

#include "pkc-text-measure.h"

void
pkc_text_context_set_metrics (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 96.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
}

/* One measuring context per thread (pango font maps are per thread), made once. Metrics are
 * unhinted so that sizes do not depend on the surface the scene is later painted on. */
static PangoContext *
measure_context (void)
{
  static GPrivate key = G_PRIVATE_INIT (g_object_unref);
  PangoContext *context = g_private_get (&key);

  if (context == NULL)
    {
      context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      pkc_text_context_set_metrics (context);
      g_private_set (&key, context);
    }
  return context;
}

PangoLayout *
pkc_text_layout_new (PangoContext *context,
                     const char   *text,
                     double        font_size,
                     PangoWeight   weight)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *desc = pango_font_description_from_string (PKC_FONT_FAMILY);

  pango_font_description_set_absolute_size (desc, font_size * PANGO_SCALE);
  pango_font_description_set_weight (desc, weight);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (desc);
  return layout;
}

/* Layout measures the same strings again and again (and again on every resize): remember
 * extents per thread, keyed by size, weight and text. Bounded: cleared when it grows large. */
static GHashTable *
measure_cache (void)
{
  static GPrivate key = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);
  GHashTable *cache = g_private_get (&key);

  if (cache == NULL)
    {
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_private_set (&key, cache);
    }
  return cache;
}

void
pkc_text_measure (const char  *text,
                  double       font_size,
                  PangoWeight  weight,
                  double      *width,
                  double      *height)
{
  GHashTable *cache = measure_cache ();
  g_autofree char *key = g_strdup_printf ("%g|%d|%s", font_size, (int) weight, text);
  double *extents = g_hash_table_lookup (cache, key);

  if (extents == NULL)
    {
      g_autoptr(PangoLayout) layout = pkc_text_layout_new (measure_context (), text, font_size, weight);
      PangoRectangle logical;

      pango_layout_get_extents (layout, NULL, &logical);
      extents = g_new (double, 2);
      extents[0] = (double) logical.width / PANGO_SCALE;
      extents[1] = (double) logical.height / PANGO_SCALE;
      if (g_hash_table_size (cache) > 20000)
        g_hash_table_remove_all (cache);
      g_hash_table_insert (cache, g_steal_pointer (&key), extents);
    }
  if (width)
    *width = extents[0];
  if (height)
    *height = extents[1];
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
  g_autoptr(PangoLayout) layout = pkc_text_layout_new (measure_context (), text, font_size, weight);
  GSList *l;

  /* One layout wrapped by pango, instead of measuring every candidate line. */
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
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                     (GDestroyNotify) g_ptr_array_unref);
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
  g_autofree char *key = g_strdup_printf ("%g|%d|%.3f|%s", font_size, (int) weight, max_width,
                                          text);
  GPtrArray *lines = g_hash_table_lookup (cache, key);
  GPtrArray *copy;

  if (lines == NULL)
    {
      lines = wrap_uncached (text, font_size, weight, max_width);
      if (g_hash_table_size (cache) > 5000)
        g_hash_table_remove_all (cache);
      g_hash_table_insert (cache, g_steal_pointer (&key), lines);
    }
  copy = g_ptr_array_new_full (lines->len, g_free);
  for (guint i = 0; i < lines->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (lines, i)));
  return copy;
}
