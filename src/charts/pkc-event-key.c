/* pkc-event-key.c — drawing the planned event marks, and the numbered key under the plot
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-events-private.h"
#include "pkc-format.h"
#include "pkc-text-measure.h"

static void
add_run (PkcScene    *scene,
         PkcLabelSet *labels,
         const char  *text,
         double       x,
         double       y,
         double       size,
         PangoWeight  weight)
{
  PkcBox box;

  if (scene == NULL || *text == '\0')
    return;
  box = pkc_text_box (text, x, y, size, weight, 0, 0);
  pkc_scene_add_text (scene, text, box.x, box.y, size, weight, 0, 0, 0,
                      pkc_paint (PKC_ROLE_TEXT, 0));
  pkc_label_set_add (labels, &box);
}

/* Entries one after another like a paragraph, an entry moved to a new line when it would
 * fit there whole: the least height for many short texts on a narrow chart. */
static double
key_flow (PkcScene       *scene,
          const PkcFrame *frame,
          GPtrArray      *texts,
          double          x,
          double          y,
          double          width,
          PkcLabelSet    *labels)
{
  double small = frame->small, top = y + small * 0.6, cx = x, cy = top, line_h;

  pkc_text_measure ("Ag", small, PANGO_WEIGHT_NORMAL, NULL, &line_h);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      double nw = pkc_text_width (number, small, PANGO_WEIGHT_BOLD) + small * 0.35;
      g_auto(GStrv) words = g_strsplit (text, " ", -1);
      g_autoptr(GString) run = g_string_new (NULL);
      double run_x, run_w = 0;

      if (cx > x && cx + nw + pkc_text_width (text, small, PANGO_WEIGHT_NORMAL) + small > x + width)
        {
          cx = x;
          cy += line_h;
        }
      add_run (scene, labels, number, cx, cy, small, PANGO_WEIGHT_BOLD);
      run_x = cx + nw;
      /* Word by word, each measured once with its space: close to the run's own width, and
       * a little wider (the space of the last word is counted), never narrower. */
      for (guint w = 0; words[w] != NULL; w++)
        {
          g_autofree char *spaced = g_strconcat (words[w], " ", NULL);
          double ww = pkc_text_width (spaced, small, PANGO_WEIGHT_NORMAL);

          if (run->len > 0 && run_x + run_w + ww > x + width)
            {
              add_run (scene, labels, run->str, run_x, cy, small, PANGO_WEIGHT_NORMAL);
              g_string_truncate (run, 0);
              run_x = x;
              run_w = 0;
              cy += line_h;
            }
          g_string_append_printf (run, "%s%s", run->len ? " " : "", words[w]);
          run_w += ww;
        }
      add_run (scene, labels, run->str, run_x, cy, small, PANGO_WEIGHT_NORMAL);
      cx = run_x + run_w + small * 1.3;
    }
  return cy + line_h - y;
}

/* Entries down columns in turn (so the numbers read in order), each text wrapped beside
 * its number. */
static double
key_columns (PkcScene       *scene,
             const PkcFrame *frame,
             GPtrArray      *texts,
             double          x,
             double          y,
             double          width,
             PkcLabelSet    *labels)
{
  double small = frame->small, col_gap = small * 1.5, top = y + small * 0.6;
  g_autofree char *widest = g_strdup_printf ("%u", texts->len);
  double num_w = pkc_text_width (widest, small, PANGO_WEIGHT_BOLD) + small * 0.5;
  guint n_cols = CLAMP ((guint) ((width + col_gap) / (small * 26 + col_gap)), 1, 3);
  double col_w, line_h, height = 0;
  guint per;

  n_cols = MIN (n_cols, texts->len);
  col_w = (width - (n_cols - 1) * col_gap) / n_cols;
  per = (texts->len + n_cols - 1) / n_cols;
  pkc_text_measure ("Ag", small, PANGO_WEIGHT_NORMAL, NULL, &line_h);
  for (guint c = 0; c < n_cols; c++)
    {
      double cx = x + c * (col_w + col_gap), cy = top;

      for (guint i = c * per; i < MIN (texts->len, (c + 1) * per); i++)
        {
          g_autoptr(GPtrArray) lines = pkc_text_wrap (g_ptr_array_index (texts, i), small,
                                                      PANGO_WEIGHT_NORMAL, col_w - num_w);
          g_autofree char *number = g_strdup_printf ("%u", i + 1);

          add_run (scene, labels, number, cx, cy, small, PANGO_WEIGHT_BOLD);
          for (guint l = 0; l < lines->len; l++)
            add_run (scene, labels, g_ptr_array_index (lines, l), cx + num_w, cy + l * line_h,
                     small, PANGO_WEIGHT_NORMAL);
          cy += MAX (lines->len, 1) * line_h + small * 0.2;
        }
      height = MAX (height, cy - y);
    }
  return height;
}

double
pkc_event_key_layout (PkcScene        *scene,
                      const PkcFrame  *frame,
                      GPtrArray       *texts,
                      gboolean         flow,
                      double           x,
                      double           y,
                      double           width,
                      PkcLabelSet     *labels)
{
  if (texts->len == 0)
    return 0;
  return flow ? key_flow (scene, frame, texts, x, y, width, labels)
              : key_columns (scene, frame, texts, x, y, width, labels);
}

/* The key's texts: whole labels in columns when they take little of @max_h, else short
 * ones, else short (or else whole) ones as a paragraph; FALSE when none fits. */
gboolean
pkc_event_plan_key (PkcEventPlan *plan,
                    double        max_h)
{
  /* brief, flow, share of @max_h: columns of whole texts only when they take little room,
   * since the plot is what shrinks. */
  static const struct { gboolean brief, flow; double share; } ways[] = {
    { FALSE, FALSE, 0.6 }, { TRUE, FALSE, 0.6 }, { TRUE, TRUE, 1 }, { FALSE, TRUE, 1 },
  };

  for (guint k = 0; k < G_N_ELEMENTS (ways); k++)
    {
      g_ptr_array_set_size (plan->key, 0);
      for (guint i = 0; i < plan->items->len; i++)
        {
          const PkcEventItem *item = &g_array_index (plan->items, PkcEventItem, i);

          if (item->mark == PKC_EVENT_NUMBERED)
            g_ptr_array_add (plan->key, g_strdup (ways[k].brief ? item->brief : item->full));
        }
      plan->key_flow = ways[k].flow;
      plan->key_h = pkc_event_key_layout (NULL, &plan->frame, plan->key, plan->key_flow, 0, 0,
                                          plan->key_width, NULL);
      if (plan->key_h <= max_h * ways[k].share)
        return TRUE;
    }
  g_ptr_array_set_size (plan->key, 0);
  plan->key_h = 0;
  return FALSE;
}

/* Where an event's line starts: the top of its label or of its number beside it, or under
 * the number of its group; the plot's top for a line alone. */
static double
line_top (const PkcEventPlan *plan,
          const PkcEventItem *item,
          const PkcBox       *plot)
{
  const PkcEventGroup *group;

  switch (item->mark)
    {
    case PKC_EVENT_LABELLED:
      return item->box.y + 1;
    case PKC_EVENT_NUMBERED:
      group = &g_array_index (plan->groups, PkcEventGroup, item->group);
      return group->first == group->last ? group->box.y + 1 : group->box.y + group->box.height;
    case PKC_EVENT_LINE_ONLY:
    default:
      return plot->y;
    }
}

void
pkc_event_plan_emit (PkcEventPlan *plan,
                     PkcScene     *scene,
                     PkcDataset   *dataset,
                     const PkcBox *plot,
                     double        key_y,
                     PkcLabelSet  *labels,
                     GPtrArray    *source_ids)
{
  double small = plan->frame.small;

  for (guint i = 0; i < plan->items->len; i++)
    {
      const PkcEventItem *item = &g_array_index (plan->items, PkcEventItem, i);
      double top = line_top (plan, item, plot);
      PkcPoint seg[] = { { item->x, top }, { item->x, plot->y + plot->height } };
      g_autofree char *date = pkc_format_date (&item->event->date);
      g_autofree char *source = pkc_source_title (dataset, item->event->source);
      guint line;

      pkc_source_ids_add (source_ids, item->event->source);
      for (guint l = 0; l < item->n_lines; l++)
        {
          double tx = item->left ? item->x - 3 : item->x + 3;
          double ty = item->box.y + l * plan->row_h;
          PkcBox box = pkc_text_box (item->lines[l], tx, ty, small, PANGO_WEIGHT_NORMAL,
                                     item->left ? 1 : 0, 0);

          pkc_scene_add_text (scene, item->lines[l], box.x, box.y, small, PANGO_WEIGHT_NORMAL,
                              0, 0, 0, pkc_paint (PKC_ROLE_TEXT, 0));
          pkc_label_set_add (labels, &box);
        }
      /* Light, and laid out before the bars so the bars paint over it. */
      line = pkc_scene_add_line (scene, seg, 2, 1, pkc_paint_alpha (PKC_ROLE_EVENT, 0, 0.7));
      pkc_scene_prim (scene, line)->dash = 3;
      pkc_scene_add_hit (scene, item->x - 3, top, 6, plot->y + plot->height - top, item->x, top,
                         /* Translators: event tooltip: date, label, then "Source: …" */
                         g_strdup_printf (_("%s\n%s\nSource: %s"), date, item->full, source));
    }
  for (guint g = 0; g < plan->groups->len; g++)
    {
      const PkcEventGroup *group = &g_array_index (plan->groups, PkcEventGroup, g);

      pkc_scene_add_text (scene, group->text, group->box.x, group->box.y, small,
                          PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_TEXT, 0));
      pkc_label_set_add (labels, &group->box);
    }
  if (plan->key->len > 0)
    pkc_event_key_layout (scene, &plan->frame, plan->key, plan->key_flow, plan->frame.body.x,
                          key_y, plan->key_width, labels);
}
