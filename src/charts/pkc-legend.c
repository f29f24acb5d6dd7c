/* pkc-legend.c — legend entries with swatches; each is a hit region that toggles its series
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-layout-private.h"
#include "pkc-text-measure.h"

double
pkc_legend_layout (PkcScene             *scene,
                   const PkcFrame       *frame,
                   const PkcLegendEntry *entries,
                   guint                 n_entries,
                   double                x,
                   double                y,
                   double                max_width,
                   PkcLabelSet          *labels)
{
  double swatch = frame->font * 0.9;
  double row_h, cx = x, cy = y;
  double gap = frame->font * 1.2;

  if (n_entries == 0)
    return 0;
  pkc_text_measure ("Ag", frame->font, PANGO_WEIGHT_NORMAL, NULL, &row_h);
  row_h = MAX (row_h, swatch) + 2;

  for (guint i = 0; i < n_entries; i++)
    {
      const PkcLegendEntry *e = &entries[i];
      double sw = e->line ? swatch * 1.8 : swatch;
      g_autofree char *text = pkc_text_ellipsize (e->label, frame->font, PANGO_WEIGHT_NORMAL,
                                                  max_width - sw - 6);
      double tw = pkc_text_width (text, frame->font, PANGO_WEIGHT_NORMAL);
      double w = sw + 6 + tw;
      double mid;
      PkcPaint text_paint = pkc_paint (e->hidden ? PKC_ROLE_MUTED : PKC_ROLE_TEXT, 0);
      PkcBox box;
      int hit;

      if (cx > x && cx + w > x + max_width)
        {
          cx = x;
          cy += row_h + 2;
        }
      mid = cy + row_h / 2;

      if (e->line)
        {
          double ly = pkc_snap (mid);
          PkcPoint seg[] = { { cx, ly }, { cx + sw, ly } };
          guint p = pkc_scene_add_line (scene, seg, 2, 2,
                                        e->hidden ? pkc_paint (PKC_ROLE_MUTED, 0) : e->paint);

          pkc_scene_prim (scene, p)->dash = e->hidden ? 2 : e->dash;
          if (e->shape != PKC_MARKER_CIRCLE || e->hollow)
            pkc_scene_add_marker (scene, e->shape, cx + sw / 2, mid, swatch * 0.6,
                                  e->hidden ? pkc_paint (PKC_ROLE_MUTED, 0) : e->paint,
                                  !e->hollow && !e->hidden);
        }
      else if (e->shape == PKC_MARKER_SQUARE && !e->hollow)
        {
          /* A bar swatch: a filled square; hidden series show as an outline only. */
          guint p = pkc_scene_add_rect (scene, cx + 0.5, pkc_snap (mid - swatch / 2),
                                        swatch - 1, swatch - 1, e->paint);
          PkcPrim *prim = pkc_scene_prim (scene, p);

          if (e->hidden)
            {
              prim->has_fill = FALSE;
              prim->has_stroke = TRUE;
              prim->stroke = pkc_paint (PKC_ROLE_MUTED, 0);
            }
        }
      else
        pkc_scene_add_marker (scene, e->shape, cx + swatch / 2, mid, swatch * 0.75,
                              e->hidden ? pkc_paint (PKC_ROLE_MUTED, 0) : e->paint,
                              !e->hollow && !e->hidden);

      pkc_scene_add_text (scene, text, cx + sw + 6, mid, frame->font, PANGO_WEIGHT_NORMAL,
                          0, 0.5, 0, text_paint);

      box = (PkcBox) { cx - 2, cy, w + 4, row_h };
      if (labels)
        pkc_label_set_add (labels, &box);
      cx += w + gap;
      /* Entries that cannot be toggled (driven by an option) get no hit region. */
      if (e->legend_index < 0)
        continue;
      hit = pkc_scene_add_hit (scene, box.x, box.y, box.width, box.height, cx + sw / 2, mid,
                               e->hidden
                               /* Translators: tooltip of a legend entry; %s is the series */
                               ? g_strdup_printf (_("%s (hidden) — click to show"), e->label)
                               /* Translators: tooltip of a legend entry; %s is the series */
                               : g_strdup_printf (_("%s — click to hide"), e->label));
      pkc_scene_hit_mut (scene, hit)->legend_index = e->legend_index;
      pkc_scene_hit_mut (scene, hit)->series = e->legend_index;
    }
  return cy + row_h - y;
}
