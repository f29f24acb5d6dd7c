/* pkc-text-measure.c — text extents for layout, without a caller's cairo surface
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <pango/pangocairo.h>

#include "pkc-text-measure.h"

/* One measuring context per thread (pango font maps are per thread), made once. Metrics are
 * unhinted so that sizes do not depend on the surface the scene is later painted on. */
static PangoContext *
measure_context (void)
{
  static GPrivate key = G_PRIVATE_INIT (g_object_unref);
  PangoContext *context = g_private_get (&key);

  if (context == NULL)
    {
      PangoFontMap *font_map = pango_cairo_font_map_get_default ();
      cairo_font_options_t *options = cairo_font_options_create ();

      context = pango_font_map_create_context (font_map);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (context, options);
      pango_cairo_context_set_resolution (context, 96.0);
      pango_context_set_round_glyph_positions (context, FALSE);
      cairo_font_options_destroy (options);
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

void
pkc_text_measure (const char  *text,
                  double       font_size,
                  PangoWeight  weight,
                  double      *width,
                  double      *height)
{
  g_autoptr(PangoLayout) layout = pkc_text_layout_new (measure_context (), text, font_size, weight);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
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

GPtrArray *
pkc_text_wrap (const char  *text,
               double       font_size,
               PangoWeight  weight,
               double       max_width)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  GString *line = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *cand = NULL;

      if (*words[i] == '\0')
        continue;
      cand = line->len ? g_strconcat (line->str, " ", words[i], NULL) : g_strdup (words[i]);
      if (pkc_text_width (cand, font_size, weight) <= max_width)
        {
          g_string_assign (line, cand);
          continue;
        }
      if (line->len)
        g_ptr_array_add (lines, g_strdup (line->str));
      g_string_assign (line, words[i]);
      if (pkc_text_width (line->str, font_size, weight) > max_width)
        {
          g_ptr_array_add (lines, pkc_text_ellipsize (line->str, font_size, weight, max_width));
          g_string_truncate (line, 0);
        }
    }
  if (line->len)
    g_ptr_array_add (lines, g_strdup (line->str));
  g_string_free (line, TRUE);
  return lines;
}
