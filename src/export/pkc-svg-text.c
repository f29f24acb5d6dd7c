/* pkc-svg-text.c — a scene's text runs as real SVG <text> elements
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "pkc-common.h"
#include "pkc-svg-text.h"
#include "pkc-charts.h"
#include "pkc-export-private.h"

/* The same unhinted 96-dpi metrics as the painter, to find where the baseline falls. */
static PangoContext *
svg_measure_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  pkc_text_context_set_metrics (context);
  return context;
}

/* "Cantarell, Sans" → "Cantarell, sans-serif" (CSS generic names). */
static char *
css_font_family (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_auto(GStrv) parts = g_strsplit (PKC_FONT_FAMILY, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *name = g_strstrip (parts[i]);

      if (*name == '\0')
        continue;
      if (s->len > 0)
        g_string_append (s, ", ");
      if (g_ascii_strcasecmp (name, "Sans") == 0)
        g_string_append (s, "sans-serif");
      else if (g_ascii_strcasecmp (name, "Serif") == 0)
        g_string_append (s, "serif");
      else if (g_ascii_strcasecmp (name, "Monospace") == 0)
        g_string_append (s, "monospace");
      else
        g_string_append (s, name);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* What the writer of each run needs. */
typedef struct {
  GString      *out;
  PangoContext *context;
  const char   *family;   /* CSS font-family */
} SvgText;

static void
append_text (const PkcTextRun *run,
             gpointer          user_data)
{
  SvgText *svg = user_data;
  GString *out = svg->out;
  g_autoptr(PangoLayout) layout = NULL;
  g_auto(GStrv) lines = NULL;
  char num[4][G_ASCII_DTOSTR_BUF_SIZE];
  double baseline, line_height, left, top;
  guint n_lines;

  if (run->text == NULL || *run->text == '\0')
    return;

  layout = pkc_text_layout_new (svg->context, run->text, run->font_size, run->weight);
  baseline = pango_layout_get_baseline (layout) / (double) PANGO_SCALE;
  lines = g_strsplit (run->text, "\n", -1);
  n_lines = g_strv_length (lines);
  line_height = n_lines > 0 ? run->height / n_lines : run->height;

  /* As the painter: the layout's top-left corner at (-halign·w, -valign·h) from the anchor,
   * in a frame rotated about the anchor. */
  left = -run->halign * run->width;
  top = -run->valign * run->height;

  /* A source's address: the text links there (SVG 1.1 XLink, as cairo's root declares). */
  if (run->link != NULL)
    {
      g_string_append (out, "<a xlink:href=\"");
      pkc_xml_append_escaped (out, run->link);
      g_string_append (out, "\">");
    }
  g_string_append (out, "<text");
  if (run->rotation != 0)
    g_string_append_printf (out, " transform=\"translate(%s %s) rotate(%s)\"",
                            g_ascii_formatd (num[0], sizeof num[0], "%.2f", run->x),
                            g_ascii_formatd (num[1], sizeof num[1], "%.2f", run->y),
                            g_ascii_formatd (num[2], sizeof num[2], "%.3f",
                                             run->rotation * 180 / G_PI));
  else
    {
      left += run->x;
      top += run->y;
    }
  g_string_append_printf (out, " x=\"%s\" y=\"%s\"",
                          g_ascii_formatd (num[0], sizeof num[0], "%.2f", left),
                          g_ascii_formatd (num[1], sizeof num[1], "%.2f", top + baseline));
  g_string_append (out, " font-family=\"");
  pkc_xml_append_escaped (out, svg->family);
  g_string_append_printf (out, "\" font-size=\"%s\" font-weight=\"%d\" fill=\"#%02x%02x%02x\"",
                          g_ascii_formatd (num[2], sizeof num[2], "%.2f", run->font_size),
                          CLAMP ((int) run->weight, 100, 900),
                          (guint) lround (CLAMP (run->red, 0, 1) * 255),
                          (guint) lround (CLAMP (run->green, 0, 1) * 255),
                          (guint) lround (CLAMP (run->blue, 0, 1) * 255));
  if (run->alpha < 1)
    g_string_append_printf (out, " fill-opacity=\"%s\"",
                            g_ascii_formatd (num[3], sizeof num[3], "%.3f",
                                             CLAMP (run->alpha, 0, 1)));
  /* Keep the painted width whatever font the viewer picks, so labels still fit. */
  if (n_lines <= 1)
    g_string_append_printf (out, " textLength=\"%s\" lengthAdjust=\"spacingAndGlyphs\"",
                            g_ascii_formatd (num[3], sizeof num[3], "%.2f", run->width));
  g_string_append (out, " xml:space=\"preserve\">");
  if (n_lines <= 1)
    pkc_xml_append_escaped (out, run->text);
  else
    for (guint i = 0; i < n_lines; i++)
      {
        g_string_append_printf (out, "<tspan x=\"%s\" dy=\"%s\">",
                                g_ascii_formatd (num[0], sizeof num[0], "%.2f", left),
                                g_ascii_formatd (num[1], sizeof num[1], "%.2f",
                                                 i == 0 ? 0 : line_height));
        pkc_xml_append_escaped (out, lines[i]);
        g_string_append (out, "</tspan>");
      }
  g_string_append (out, run->link != NULL ? "</text></a>\n" : "</text>\n");
}

char *
_pkc_svg_text_elements (const PkcScene *scene,
                        PkcTheme        theme)
{
  g_autofree char *family = NULL;
  SvgText svg;

  g_return_val_if_fail (scene != NULL, NULL);

  family = css_font_family ();
  svg = (SvgText) {
    .out = g_string_new (NULL), .context = svg_measure_context (), .family = family,
  };
  pkc_scene_foreach_text_run (scene, theme, append_text, &svg);
  g_object_unref (svg.context);
  return g_string_free (svg.out, FALSE);
}

/* Byte offset of the last occurrence of @needle in @data, or -1. */
static gssize
find_last (const guint8 *data,
           gsize         len,
           const char   *needle)
{
  gsize n = strlen (needle);

  for (gssize i = (gssize) len - (gssize) n; i >= 0; i--)
    if (memcmp (data + i, needle, n) == 0)
      return i;
  return -1;
}

gboolean
pkc_svg_add_text (GByteArray     *svg,
                  const PkcScene *scene,
                  PkcTheme        theme,
                  const char     *title)
{
  g_autofree char *texts = NULL;
  const guint8 *root, *root_close;
  gssize end;
  gsize root_end;

  g_return_val_if_fail (svg != NULL, FALSE);
  g_return_val_if_fail (scene != NULL, FALSE);

  end = find_last (svg->data, svg->len, "</svg>");
  root = svg->len > 0 ? memmem (svg->data, svg->len, "<svg", 4) : NULL;
  if (end < 0 || root == NULL)
    return FALSE;
  root_close = memchr (root, '>', svg->data + svg->len - root);
  if (root_close == NULL)
    return FALSE;
  root_end = root_close - svg->data;
  if ((gssize) root_end >= end)
    return FALSE;

  texts = _pkc_svg_text_elements (scene, theme);
  g_byte_array_remove_range (svg, end, svg->len - end);
  g_byte_array_append (svg, (const guint8 *) "<g id=\"text\">\n", strlen ("<g id=\"text\">\n"));
  g_byte_array_append (svg, (const guint8 *) texts, strlen (texts));
  g_byte_array_append (svg, (const guint8 *) "</g>\n</svg>\n", strlen ("</g>\n</svg>\n"));

  if (title != NULL)
    {
      g_autoptr(GString) t = g_string_new ("\n<title>");

      pkc_xml_append_escaped (t, title);
      g_string_append (t, "</title>");
      /* Insert after the root start tag's '>'. */
      g_byte_array_set_size (svg, svg->len + t->len);
      memmove (svg->data + root_end + 1 + t->len, svg->data + root_end + 1,
               svg->len - t->len - root_end - 1);
      memcpy (svg->data + root_end + 1, t->str, t->len);
    }
  return TRUE;
}
