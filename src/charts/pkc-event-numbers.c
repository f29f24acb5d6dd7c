/* pkc-event-numbers.c — numbers in the band for the event labels that do not fit, "4–7"
 * for neighbours that share a place
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-events-private.h"

/* A group's number box: beside a single event's line as its label would be; over the lines
 * of several (centred, or from the first line, or up to the last), top row first. */
static gboolean
place_group (PkcEventPlan  *plan,
             PkcLabelSet   *set,
             PkcEventGroup *group)
{
  const PkcEventItem *first = &g_array_index (plan->items, PkcEventItem, group->first);
  const PkcEventItem *last = &g_array_index (plan->items, PkcEventItem, group->last);
  double w = pkc_event_width (plan, group->text);

  for (guint r = 0; r < plan->max_rows; r++)
    {
      double y = plan->band_y + r * plan->row_h;
      double xs[3] = { (first->x + last->x - w) / 2, first->x + 3, last->x - 3 - w };

      if (group->first == group->last)
        {
          for (guint side = 0; side < 2; side++)
            if (pkc_event_try_box (plan, set, first->x, w, 1, r, side == 1, &group->box))
              return TRUE;
          continue;
        }
      for (guint k = 0; k < 3; k++)
        {
          PkcBox box = { xs[k], y, w, plan->row_h };
          PkcBox padded = { box.x - plan->frame.small * 0.4, box.y + 0.5,
                            box.width + plan->frame.small * 0.8, box.height - 1 };
          gboolean ok = box.x >= plan->xmin && box.x + w <= plan->xmax &&
                        pkc_label_set_fits (set, &padded, 0);

          /* Each member's line runs from under the number down to the plot. */
          for (guint i = group->first; ok && i <= group->last; i++)
            {
              const PkcEventItem *item = &g_array_index (plan->items, PkcEventItem, i);
              PkcBox col = { item->x - 0.5, y + plan->row_h, 1,
                             pkc_event_band_bottom (plan) - y - plan->row_h };

              if (item->mark == PKC_EVENT_NUMBERED && col.height > 0)
                ok = pkc_label_set_fits (set, &col, 1);
            }
          if (!ok)
            continue;
          pkc_label_set_add (set, &box);
          for (guint i = group->first; i <= group->last; i++)
            {
              const PkcEventItem *item = &g_array_index (plan->items, PkcEventItem, i);
              PkcBox col = { item->x - 0.5, y + plan->row_h, 1,
                             pkc_event_band_bottom (plan) - y - plan->row_h };

              if (item->mark == PKC_EVENT_NUMBERED && col.height > 0)
                pkc_label_set_add (set, &col);
            }
          group->box = box;
          return TRUE;
        }
    }
  return FALSE;
}

static void
group_set_text (PkcEventPlan  *plan,
                PkcEventGroup *group)
{
  guint a = g_array_index (plan->items, PkcEventItem, group->first).number;
  guint b = g_array_index (plan->items, PkcEventItem, group->last).number;

  g_free (group->text);
  group->text = a == b ? g_strdup_printf ("%u", a) : g_strdup_printf ("%u–%u", a, b);
}

void
pkc_event_clear_groups (PkcEventPlan *plan)
{
  for (guint g = 0; g < plan->groups->len; g++)
    g_free (g_array_index (plan->groups, PkcEventGroup, g).text);
  g_array_set_size (plan->groups, 0);
}

/* Whether group @g may join group @other: their lines no further apart than a few
 * numbers' widths. */
static gboolean
group_can_join (const PkcEventPlan *plan,
                guint               g,
                guint               other)
{
  const PkcEventGroup *a, *b;

  if (other >= plan->groups->len)
    return FALSE;
  a = &g_array_index (plan->groups, PkcEventGroup, MIN (g, other));
  b = &g_array_index (plan->groups, PkcEventGroup, MAX (g, other));
  return g_array_index (plan->items, PkcEventItem, b->last).x -
         g_array_index (plan->items, PkcEventItem, a->first).x <= plan->frame.small * 6;
}

gboolean
pkc_event_place_numbers (PkcEventPlan *plan,
                         PkcLabelSet  *set,
                         double       *fail_x0,
                         double       *fail_x1)
{
  guint n = 0;

  pkc_event_clear_groups (plan);
  for (guint i = 0; i < plan->items->len; i++)
    {
      PkcEventItem *item = &g_array_index (plan->items, PkcEventItem, i);
      PkcEventGroup group = { i, i, NULL, { 0 }, 0 };

      if (item->mark == PKC_EVENT_LABELLED || *item->full == '\0')
        continue;
      item->mark = PKC_EVENT_NUMBERED;
      item->number = ++n;
      /* Lines closer than a number's width share one ("3–4"): apart, the second number
       * would go left of its line, before the first. */
      if (plan->groups->len > 0)
        {
          PkcEventGroup *prev = &g_array_index (plan->groups, PkcEventGroup,
                                                plan->groups->len - 1);

          if (item->x - g_array_index (plan->items, PkcEventItem, prev->last).x <
              plan->frame.small * 2)
            {
              prev->last = i;
              group_set_text (plan, prev);
              continue;
            }
        }
      group_set_text (plan, &group);
      g_array_append_val (plan->groups, group);
    }
  for (guint g = 0; g < plan->groups->len;)
    {
      PkcEventGroup *group = &g_array_index (plan->groups, PkcEventGroup, g);

      group->set_len = set->boxes->len;
      if (place_group (plan, set, group))
        {
          g++;
          continue;
        }
      /* Join the previous group (placed again) or, for the first, the next one, when
       * their lines are close: a number far from its line would mislead. */
      if (!group_can_join (plan, g, g > 0 ? g - 1 : g + 1))
        {
          *fail_x0 = g_array_index (plan->items, PkcEventItem, group->first).x;
          *fail_x1 = g_array_index (plan->items, PkcEventItem, group->last).x;
          return FALSE;
        }
      if (g > 0)
        {
          PkcEventGroup *prev = &g_array_index (plan->groups, PkcEventGroup, g - 1);

          prev->last = group->last;
          group_set_text (plan, prev);
          g_array_set_size (set->boxes, prev->set_len);
          g_free (group->text);
          g_array_remove_index (plan->groups, g);
          g--;
        }
      else
        {
          PkcEventGroup *next = &g_array_index (plan->groups, PkcEventGroup, 1);

          group->last = next->last;
          group_set_text (plan, group);
          g_free (next->text);
          g_array_remove_index (plan->groups, 1);
        }
    }
  for (guint g = 0; g < plan->groups->len; g++)
    {
      PkcEventGroup *group = &g_array_index (plan->groups, PkcEventGroup, g);

      for (guint i = group->first; i <= group->last; i++)
        g_array_index (plan->items, PkcEventItem, i).group = (int) g;
    }
  return TRUE;
}
