/* pkc-events.c — event markers with labels that avoid each other
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-format.h"
#include "pkc-layout-private.h"
#include "pkc-text-measure.h"

void
pkc_events_layout (PkcScene         *scene,
                   const PkcFrame   *frame,
                   PkcDataset       *dataset,
                   const PkcTimeMap *map,
                   const PkcBox     *plot,
                   double            band_y,
                   guint             n_rows,
                   double            row_h,
                   guint32           j_from,
                   guint32           j_to,
                   PkcLabelSet      *labels,
                   GPtrArray        *source_ids)
{
  GPtrArray *events = pkc_dataset_get_events (dataset);
  PkcLang lang = pkc_lang_from_locale ();
  double max_label = MAX (plot->width * 0.3, frame->small * 8);

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const PkcEvent *ev = g_ptr_array_index (events, i);
      guint32 j = pkc_date_to_julian (&ev->date);
      const char *label = pkc_localized_text_get (&ev->label, lang);
      g_autofree char *text = NULL;
      g_autofree char *date = NULL;
      g_autofree char *source = NULL;
      double x, top = plot->y;
      gboolean placed = FALSE;
      guint line;

      if (j < j_from || j >= j_to)
        continue;
      pkc_source_ids_add (source_ids, ev->source);
      x = pkc_snap (pkc_time_map_x (map, j));
      text = pkc_text_ellipsize (label ? label : "", frame->small, PANGO_WEIGHT_NORMAL, max_label);

      /* Try each row, right of the line first, then left of it. */
      for (guint r = 0; r < n_rows && !placed && *text; r++)
        for (guint side = 0; side < 2 && !placed; side++)
          {
            double y = band_y + r * row_h;
            PkcBox box = pkc_text_box (text, side == 0 ? x + 3 : x - 3, y, frame->small,
                                       PANGO_WEIGHT_NORMAL, side == 0 ? 0 : 1, 0);

            if (box.x < 0 || box.x + box.width > scene->width)
              continue;
            /* A label must not cross another event's line in the rows below it. */
            if (!pkc_label_set_try (labels, &box, frame->small * 0.4))
              continue;
            pkc_scene_add_text (scene, text, box.x, box.y, frame->small, PANGO_WEIGHT_NORMAL,
                                0, 0, 0, pkc_paint (PKC_ROLE_TEXT, 0));
            top = y + 1;
            placed = TRUE;
          }

      {
        PkcPoint seg[] = { { x, top }, { x, plot->y + plot->height } };

        line = pkc_scene_add_line (scene, seg, 2, 1, pkc_paint (PKC_ROLE_EVENT, 0));
        pkc_scene_prim (scene, line)->dash = 3;
        /* Reserve the line's column in the band so later labels do not cover it. */
        if (top < plot->y)
          {
            PkcBox col = { x - 0.5, top + row_h, 1, plot->y - top - row_h };

            if (col.height > 0)
              pkc_label_set_add (labels, &col);
          }
      }

      date = pkc_format_date (&ev->date);
      source = pkc_source_title (dataset, ev->source);
      pkc_scene_add_hit (scene, x - 3, top, 6, plot->y + plot->height - top, x, top,
                         /* Translators: event tooltip: date, label, then "Source: …" */
                         g_strdup_printf (_("%s\n%s\nSource: %s"), date, label ? label : "",
                                          source));
    }
}
