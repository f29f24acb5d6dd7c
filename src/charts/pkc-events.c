/* pkc-events.c — event markers with labels that avoid each other
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-format.h"
#include "pkc-layout-private.h"
#include "pkc-text-measure.h"

/* @label cut after its last whole word that fits @max_width, with "…"; a first word too
 * long for that is cut inside. The tooltip keeps the whole label. */
static char *
short_label (const char *label,
             double      font_size,
             double      max_width)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) fit = g_string_new (NULL);

  if (pkc_text_width (label, font_size, PANGO_WEIGHT_NORMAL) <= max_width)
    return g_strdup (label);
  words = g_strsplit (label, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *candidate = NULL;

      candidate = g_strdup_printf ("%s%s%s…", fit->str, i ? " " : "", words[i]);
      if (pkc_text_width (candidate, font_size, PANGO_WEIGHT_NORMAL) > max_width)
        break;
      g_string_append_printf (fit, "%s%s", i ? " " : "", words[i]);
    }
  /* No dangling ":" or "—" before the ellipsis (ASCII bytes and whole dashes only, so a
   * multi-byte character is never split). */
  for (;;)
    {
      if (fit->len > 0 && strchr (":,;- ", fit->str[fit->len - 1]) != NULL)
        g_string_truncate (fit, fit->len - 1);
      else if (g_str_has_suffix (fit->str, "—") || g_str_has_suffix (fit->str, "–"))
        g_string_truncate (fit, fit->len - strlen ("—"));
      else
        break;
    }
  if (fit->len == 0)
    return pkc_text_ellipsize (label, font_size, PANGO_WEIGHT_NORMAL, max_width);
  g_string_append (fit, "…");
  return g_string_free (g_steal_pointer (&fit), FALSE);
}

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
  /* Short labels: the dataset's label cut at a word boundary; the tooltip has it whole. */
  double max_label = CLAMP (plot->width * 0.2, frame->small * 8, frame->small * 18);

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
      text = short_label (label ? label : "", frame->small, max_label);

      /* Try each row, right of the line first, then left of it. Top rows first: labels
       * then step down as events crowd, and each line only runs below its own label. */
      for (guint r = 0; r < n_rows && !placed && *text; r++)
        for (guint side = 0; side < 2 && !placed; side++)
          {
            double y = band_y + r * row_h;
            PkcBox box = pkc_text_box (text, side == 0 ? x + 3 : x - 3, y, frame->small,
                                       PANGO_WEIGHT_NORMAL, side == 0 ? 0 : 1, 0);
            PkcBox col = { x - 0.5, y + row_h, 1, plot->y - y - row_h };
            /* Air between neighbours in a row; rows themselves sit edge to edge. */
            PkcBox padded = { box.x - frame->small * 0.4, box.y + 0.5,
                              box.width + frame->small * 0.8, box.height - 1 };

            if (box.x < 0 || box.x + box.width > scene->width)
              continue;
            /* A label must not cross another event's line in the rows below it, and this
             * event's line must not cross a label placed lower down. */
            if (!pkc_label_set_fits (labels, &padded, 0) ||
                (col.height > 0 && !pkc_label_set_fits (labels, &col, 1)))
              continue;
            pkc_label_set_add (labels, &box);
            pkc_scene_add_text (scene, text, box.x, box.y, frame->small, PANGO_WEIGHT_NORMAL,
                                0, 0, 0, pkc_paint (PKC_ROLE_TEXT, 0));
            top = y + 1;
            placed = TRUE;
          }

      {
        PkcPoint seg[] = { { x, top }, { x, plot->y + plot->height } };

        /* Light, and laid out before the bars so the bars paint over it. */
        line = pkc_scene_add_line (scene, seg, 2, 1, pkc_paint_alpha (PKC_ROLE_EVENT, 0, 0.7));
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
