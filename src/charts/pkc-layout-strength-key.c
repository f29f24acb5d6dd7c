/* pkc-layout-strength-key.c — the key under the strength chart's legend: each marker style
 * drawn as it is on the plot, with what it means
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pkc-layout-strength-private.h"
#include "pkc-text-measure.h"

typedef enum {
  KEY_FILLED,
  KEY_HOLLOW,
  KEY_HELD,
  KEY_SPAN,
  KEY_SHADING,
} KeyGlyph;

typedef struct {
  KeyGlyph    glyph;
  const char *full, *brief;
} KeyEntry;

/* The entries that apply: the shading only where it is drawn. */
static guint
key_entries (Ctx      *ctx,
             KeyEntry *entries)
{
  guint n = 0;

  /* Translators: key under the strength chart's legend, beside a filled marker */
  entries[n++] = (KeyEntry) { KEY_FILLED, _("preferred figure"), _("preferred figure") };
  /* Translators: key under the strength chart's legend, beside a hollow marker */
  entries[n++] = (KeyEntry) { KEY_HOLLOW, _("conflicting figure (not preferred)"),
                              /* Translators: the same, shorter, for narrow windows */
                              _("conflicting figure") };
  /* Translators: key under the strength chart's legend, beside a marker with a thin line */
  entries[n++] = (KeyEntry) { KEY_HELD, _("held until the next report (at most 6 months)"),
                              /* Translators: the same, shorter, for narrow windows */
                              _("held up to 6 months") };
  /* Translators: key under the strength chart's legend, beside a bar with end ticks */
  entries[n++] = (KeyEntry) { KEY_SPAN, _("date known only to the month or year"),
                              /* Translators: the same, shorter, for narrow windows */
                              _("month or year only") };
  if (ctx->visible[PKC_STRENGTH_MILITARY] && ctx->visible[PKC_STRENGTH_MILITARY_CEILING])
    /* Translators: key under the strength chart's legend, beside a shaded swatch */
    entries[n++] = (KeyEntry) { KEY_SHADING, _("gap to the military ceiling"),
                                /* Translators: the same, shorter, for narrow windows */
                                _("gap to ceiling") };
  return n;
}

static double
glyph_width (const Ctx *ctx)
{
  return round (ctx->frame.small * 1.8);
}

/* The rows @n entries take in @width, in the full or brief wording. */
static guint
count_rows (const Ctx      *ctx,
            const KeyEntry *entries,
            guint           n,
            gboolean        brief,
            double          width)
{
  double gap = ctx->frame.small * 1.2, cx = 0;
  guint rows = 1;

  for (guint i = 0; i < n; i++)
    {
      double w = glyph_width (ctx) + 4 +
                 pkc_text_width (brief ? entries[i].brief : entries[i].full, ctx->frame.small,
                                 PANGO_WEIGHT_NORMAL);

      if (cx > 0 && cx + w > width)
        {
          rows++;
          cx = 0;
        }
      cx += w + gap;
    }
  return rows;
}

/* The glyph of @g in the box of width @w centred on @mid, in the plot's own drawing. */
static void
draw_glyph (Ctx      *ctx,
            KeyGlyph  g,
            double    x,
            double    w,
            double    mid)
{
  PkcPaint paint = pkc_paint (PKC_ROLE_TEXT, 0);
  double size = ctx->frame.small * 0.7, y = pkc_snap (mid);

  switch (g)
    {
    case KEY_FILLED:
    case KEY_HOLLOW:
      pkc_scene_add_marker (ctx->scene, PKC_MARKER_CIRCLE, x + w / 2, mid, size, paint, g == KEY_FILLED);
      break;
    case KEY_HELD:
      {
        PkcPoint seg[] = { { x + size * 1.2, y }, { x + w, y } };

        pkc_scene_add_line (ctx->scene, seg, 2, 1.5, pkc_paint_alpha (PKC_ROLE_TEXT, 0, 0.6));
        pkc_scene_add_marker (ctx->scene, PKC_MARKER_CIRCLE, x + size * 0.5, mid, size, paint, TRUE);
      }
      break;
    case KEY_SPAN:
      {
        double a = pkc_snap (x + 1), b = pkc_snap (x + w - 1);
        PkcPoint span[] = { { a, y }, { b, y } };
        PkcPoint cap_a[] = { { a, y - 3 }, { a, y + 3 } };
        PkcPoint cap_b[] = { { b, y - 3 }, { b, y + 3 } };

        pkc_scene_add_line (ctx->scene, span, 2, 1, paint);
        pkc_scene_add_line (ctx->scene, cap_a, 2, 1, paint);
        pkc_scene_add_line (ctx->scene, cap_b, 2, 1, paint);
        pkc_scene_add_marker (ctx->scene, PKC_MARKER_CIRCLE, x + w / 2, mid, size, paint, TRUE);
      }
      break;
    case KEY_SHADING:
    default:
      pkc_scene_add_rect (ctx->scene, round (x), round (mid - size * 0.7), round (w),
                          round (size * 1.4), pkc_paint (PKC_ROLE_SHADING, 0));
      break;
    }
}

/* The key under the legend: each marker style drawn as on the plot, with its meaning, in
 * rows. One row on a short chart, up to four on a tall one; when the full wording takes more,
 * the brief one is used, then trailing entries are dropped (the tooltips say the same per figure:
 * the date's precision, "Not preferred", the ceiling in force). Returns the height used. */
double
pkc_strength_layout_key (Ctx    *ctx,
                         double  y,
                         double  line_h)
{
  KeyEntry entries[5];
  guint n = key_entries (ctx, entries);
  double body_h = ctx->frame.body.height;
  guint max_rows = body_h >= 700 ? 4 : body_h >= 440 ? 3 : 1;
  double width = ctx->frame.body.width, gap = ctx->frame.small * 1.2, gw = glyph_width (ctx);
  double row_h = MAX (line_h, ctx->frame.small * 0.9) + 2, cx, cy;
  gboolean brief = FALSE;

  if (count_rows (ctx, entries, n, FALSE, width) > max_rows)
    {
      brief = TRUE;
      while (n > 1 && count_rows (ctx, entries, n, TRUE, width) > max_rows)
        n--;
    }

  cx = ctx->frame.body.x;
  cy = y + ctx->frame.small * 0.2;
  for (guint i = 0; i < n; i++)
    {
      const char *text = brief ? entries[i].brief : entries[i].full;
      double tw = pkc_text_width (text, ctx->frame.small, PANGO_WEIGHT_NORMAL);
      double w = gw + 4 + tw;
      PkcBox box;

      if (cx > ctx->frame.body.x && cx + w > ctx->frame.body.x + width)
        {
          cx = ctx->frame.body.x;
          cy += row_h;
        }
      draw_glyph (ctx, entries[i].glyph, cx, gw, cy + row_h / 2);
      pkc_scene_add_text (ctx->scene, text, cx + gw + 4, cy + row_h / 2, ctx->frame.small,
                          PANGO_WEIGHT_NORMAL, 0, 0.5, 0, pkc_paint (PKC_ROLE_MUTED, 0));
      box = (PkcBox) { cx, cy, w, row_h };
      pkc_label_set_add (&ctx->labels, &box);
      cx += w + gap;
    }
  return cy + row_h - y;
}
