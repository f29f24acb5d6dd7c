/* pkc-events.c — where event labels go: whole, wrapped, short, or numbered with a key
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "pkc-events-private.h"
#include "pkc-text-measure.h"

double
pkc_event_width (const PkcEventPlan *plan,
                 const char         *text)
{
  return pkc_text_width (text, plan->frame.small, PANGO_WEIGHT_NORMAL);
}

/* @text in two lines of about equal width, broken at a space (not before a ":" or a
 * closing mark, as French spaces them); FALSE when it has no such space. Each word is
 * measured once (with its space), the lines' widths summed from them. */
static gboolean
split_balanced (const PkcEventPlan *plan,
                const char         *text,
                char              **a,
                char              **b)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint n = g_strv_length (words);
  g_autofree double *w = g_new0 (double, n + 1);
  double total = 0, before = 0, best = G_MAXDOUBLE;
  guint best_k = 0;
  char *saved;

  for (guint k = 0; k < n; k++)
    {
      g_autofree char *spaced = g_strconcat (words[k], " ", NULL);

      w[k] = pkc_event_width (plan, spaced);
      total += w[k];
    }
  for (guint k = 1; k < n; k++)
    {
      before += w[k - 1];
      if (*words[k] == '\0' || strchr (":;!?»)", *words[k]) != NULL ||
          g_str_has_prefix (words[k], "—") || g_str_has_prefix (words[k], "–"))
        continue;
      if (MAX (before, total - before) < best)
        {
          best = MAX (before, total - before);
          best_k = k;
        }
    }
  if (best_k == 0)
    return FALSE;
  saved = words[best_k];
  words[best_k] = NULL;
  *a = g_strjoinv (" ", words);
  words[best_k] = saved;
  *b = g_strjoinv (" ", words + best_k);
  return TRUE;
}

double
pkc_event_band_bottom (const PkcEventPlan *plan)
{
  return plan->band_y + plan->max_rows * plan->row_h;
}

gboolean
pkc_event_try_box (PkcEventPlan *plan,
                   PkcLabelSet  *set,
                   double        x,
                   double        width,
                   guint         n_lines,
                   guint         row,
                   gboolean      left,
                   PkcBox       *out)
{
  double small = plan->frame.small;
  PkcBox box = { left ? x - 3 - width : x + 3, plan->band_y + row * plan->row_h, width,
                 n_lines * plan->row_h };
  PkcBox col = { x - 0.5, box.y + box.height, 1, pkc_event_band_bottom (plan) - box.y - box.height };
  /* Air between neighbours in a row; rows themselves sit edge to edge. */
  PkcBox padded = { box.x - small * 0.4, box.y + 0.5, box.width + small * 0.8, box.height - 1 };

  if (box.x < plan->xmin || box.x + box.width > plan->xmax)
    return FALSE;
  /* A label must not cross another event's line in the rows below it, and this event's
   * line must not cross a label placed lower down. */
  if (!pkc_label_set_fits (set, &padded, 0) ||
      (col.height > 0 && !pkc_label_set_fits (set, &col, 1)))
    return FALSE;
  pkc_label_set_add (set, &box);
  if (col.height > 0)
    pkc_label_set_add (set, &col);
  *out = box;
  return TRUE;
}

/* How labels are tried, in turn, until one places them all. */
typedef enum {
  PREFER_ONE_LINE,     /* whole text on one line, else on two, else the short text */
  PREFER_TWO_LINES,    /* whole text on two lines first: long labels take less of a row */
  PREFER_SHORT,        /* the short text first */
  N_PREFER
} Prefer;

/* The measures of @item's whole (@brief FALSE) or short text, on one line and split in
 * two, taken once: placement tries each form many times. */
static const PkcEventForm *
item_form (PkcEventPlan *plan,
           PkcEventItem *item,
           gboolean      brief)
{
  PkcEventForm *form = &item->forms[brief ? 1 : 0];

  if (!form->measured)
    {
      const char *text = brief ? item->brief : item->full;

      form->measured = TRUE;
      form->width1 = pkc_event_width (plan, text);
      if (split_balanced (plan, text, &form->split[0], &form->split[1]))
        form->width2 = MAX (pkc_event_width (plan, form->split[0]), pkc_event_width (plan, form->split[1]));
    }
  return form;
}

/* The whole or short (@brief) text on @n_lines lines (1 or 2), in the first row (top down)
 * and side that fit. */
static gboolean
try_text (PkcEventPlan *plan,
          PkcLabelSet  *set,
          PkcEventItem *item,
          gboolean      brief,
          guint         n_lines,
          guint         n_rows)
{
  const PkcEventForm *form = item_form (plan, item, brief);
  const char *text = brief ? item->brief : item->full;
  double width = n_lines == 1 ? form->width1 : form->width2;

  if (n_lines == 2 && form->split[0] == NULL)
    return FALSE;
  /* A long text on one line would bar the lines of many later events: two lines then. */
  if (n_lines == 1 && width > (plan->xmax - plan->xmin) * 0.25 && form->split[0] != NULL)
    return FALSE;
  for (guint r = 0; r + n_lines <= n_rows; r++)
    for (guint side = 0; side < 2; side++)
      if (pkc_event_try_box (plan, set, item->x, width, n_lines, r, side == 1, &item->box))
        {
          item->mark = PKC_EVENT_LABELLED;
          item->left = side == 1;
          item->n_lines = n_lines;
          item->lines[0] = g_strdup (n_lines == 1 ? text : form->split[0]);
          item->lines[1] = n_lines == 1 ? NULL : g_strdup (form->split[1]);
          item->brief_used = brief;
          return TRUE;
        }
  return FALSE;
}

/* Labels in rows [0, @n_rows), each in the first form @prefer allows that fits; the rest
 * stay unlabelled. Returns how many did not fit. */
static guint
place_labels (PkcEventPlan *plan,
              PkcLabelSet  *set,
              guint         n_rows,
              Prefer        prefer)
{
  static const guint order[N_PREFER][4][2] = {
    /* { brief, lines } in turn */
    [PREFER_ONE_LINE] =  { { 0, 1 }, { 0, 2 }, { 1, 1 }, { 1, 2 } },
    [PREFER_TWO_LINES] = { { 0, 2 }, { 0, 1 }, { 1, 2 }, { 1, 1 } },
    [PREFER_SHORT] =     { { 1, 1 }, { 1, 2 }, { 0, 1 }, { 0, 2 } },
  };
  guint missed = 0;

  for (guint i = 0; i < plan->items->len; i++)
    {
      PkcEventItem *item = &g_array_index (plan->items, PkcEventItem, i);
      gboolean placed = FALSE;

      if (*item->full == '\0' || item->force_number)
        continue;
      for (guint k = 0; k < 4 && !placed; k++)
        {
          /* The short text when there is one only. */
          if (order[prefer][k][0] && item->brief == item->full)
            continue;
          placed = try_text (plan, set, item, order[prefer][k][0], order[prefer][k][1], n_rows);
        }
      if (!placed)
        missed++;
    }
  return missed;
}

static void
reset_items (PkcEventPlan *plan)
{
  for (guint i = 0; i < plan->items->len; i++)
    {
      PkcEventItem *item = &g_array_index (plan->items, PkcEventItem, i);

      g_clear_pointer (&item->lines[0], g_free);
      g_clear_pointer (&item->lines[1], g_free);
      item->mark = PKC_EVENT_LINE_ONLY;
      item->n_lines = 0;
      item->number = 0;
      item->group = -1;
      item->brief_used = FALSE;
    }
  pkc_event_clear_groups (plan);
}

/* Labels in rows [0, @label_rows), numbers for the rest in any row left (@label_rows 0:
 * numbers only). FALSE when the numbers or their key do not fit. */
static gboolean
try_mixed (PkcEventPlan *plan,
           guint         label_rows,
           Prefer        prefer,
           double        max_key_h)
{
  gboolean ok = FALSE, retry = TRUE;

  for (guint i = 0; i < plan->items->len; i++)
    g_array_index (plan->items, PkcEventItem, i).force_number = FALSE;
  while (retry)
    {
      PkcLabelSet set;
      double x0 = 0, x1 = 0;

      reset_items (plan);
      pkc_label_set_init (&set);
      if (label_rows > 0)
        place_labels (plan, &set, label_rows, prefer);
      ok = pkc_event_place_numbers (plan, &set, &x0, &x1);
      pkc_label_set_clear (&set);
      retry = FALSE;
      /* A number with no room: the labelled events beside it give way to numbers too. */
      for (guint i = 0; !ok && i < plan->items->len; i++)
        {
          PkcEventItem *item = &g_array_index (plan->items, PkcEventItem, i);

          if (item->mark == PKC_EVENT_LABELLED && item->x >= x0 - plan->frame.small * 6 &&
              item->x <= x1 + plan->frame.small * 6)
            retry = item->force_number = TRUE;
        }
    }
  return ok && pkc_event_plan_key (plan, max_key_h);
}

/* Labels only, in the whole band; returns how many did not fit. */
static guint
try_labels (PkcEventPlan *plan,
            Prefer        prefer)
{
  PkcLabelSet set;
  guint missed;

  reset_items (plan);
  for (guint i = 0; i < plan->items->len; i++)
    g_array_index (plan->items, PkcEventItem, i).force_number = FALSE;
  pkc_label_set_init (&set);
  missed = place_labels (plan, &set, plan->max_rows, prefer);
  pkc_label_set_clear (&set);
  return missed;
}

/* Labels everywhere when they all fit (whole text first); else labels with numbers for the
 * rest, the way that numbers fewest and shortens least; else numbers only; and when no key
 * fits @max_key_h, labels where they fit and lines alone elsewhere. */
static void
plan_place (PkcEventPlan *plan,
            double        max_key_h)
{
  guint best_missed = G_MAXUINT, best_score = G_MAXUINT, best_rows = 0;
  Prefer best = PREFER_ONE_LINE, best_mixed = N_PREFER;
  gboolean done = FALSE;

  for (Prefer p = 0; p < N_PREFER && !done; p++)
    {
      guint missed = try_labels (plan, p);

      done = missed == 0;
      if (missed < best_missed)
        {
          best_missed = missed;
          best = p;
        }
    }
  /* Labels in every row or above a row kept for numbers; a number costs more than a
   * short text, as its text is in the key only. */
  for (guint rows = plan->max_rows; rows + 1 >= plan->max_rows && rows >= 1 && !done; rows--)
    for (Prefer p = 0; p < N_PREFER; p++)
      if (try_mixed (plan, rows, p, max_key_h))
        {
          guint score = 2 * plan->key->len;

          for (guint i = 0; i < plan->items->len; i++)
            score += g_array_index (plan->items, PkcEventItem, i).brief_used;
          if (score < best_score)
            {
              best_score = score;
              best_rows = rows;
              best_mixed = p;
            }
        }
  if (!done && best_mixed != N_PREFER)
    done = try_mixed (plan, best_rows, best_mixed, max_key_h);
  if (!done)
    done = try_mixed (plan, 0, PREFER_ONE_LINE, max_key_h);
  if (!done)
    try_labels (plan, best);

  plan->rows_used = 1;
  for (guint i = 0; i < plan->items->len; i++)
    {
      const PkcEventItem *item = &g_array_index (plan->items, PkcEventItem, i);
      const PkcBox *box = item->mark == PKC_EVENT_LABELLED ? &item->box :
                          item->mark == PKC_EVENT_NUMBERED ?
                          &g_array_index (plan->groups, PkcEventGroup, item->group).box : NULL;

      if (box != NULL)
        plan->rows_used = MAX (plan->rows_used,
                               (guint) ((box->y + box->height - plan->band_y) / plan->row_h + 0.5));
    }
}

PkcEventPlan *
pkc_event_plan_new (const PkcFrame   *frame,
                    PkcDataset       *dataset,
                    const PkcTimeMap *map,
                    const PkcBox     *plot,
                    double            band_y,
                    guint             max_rows,
                    double            row_h,
                    guint32           j_from,
                    guint32           j_to,
                    double            max_key_h)
{
  PkcEventPlan *plan = g_new0 (PkcEventPlan, 1);
  GPtrArray *events = pkc_dataset_get_events (dataset);
  PkcLang lang = pkc_lang_from_locale ();

  plan->frame = *frame;
  plan->band_y = band_y;
  plan->row_h = row_h;
  plan->max_rows = MAX (max_rows, 1);
  plan->xmin = plot->x;
  plan->xmax = plot->x + plot->width;
  plan->key_width = frame->body.width;
  plan->items = g_array_new (FALSE, TRUE, sizeof (PkcEventItem));
  plan->groups = g_array_new (FALSE, TRUE, sizeof (PkcEventGroup));
  plan->key = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const PkcEvent *ev = g_ptr_array_index (events, i);
      guint32 j = pkc_date_to_julian (&ev->date);
      PkcEventItem item = { 0 };
      const char *brief = ev->short_label.text[lang];

      if (j < j_from || j >= j_to)
        continue;
      item.event = ev;
      item.x = pkc_snap (pkc_time_map_x (map, j));
      item.full = pkc_localized_text_get (&ev->label, lang);
      if (item.full == NULL)
        item.full = "";
      /* A short text in another language than the label's is no use: English only with
       * the English label. */
      if (brief == NULL && ev->label.text[lang] == NULL)
        brief = ev->short_label.text[PKC_LANG_EN];
      item.brief = brief != NULL ? brief : item.full;
      item.group = -1;
      g_array_append_val (plan->items, item);
    }
  plan_place (plan, max_key_h);
  return plan;
}

guint
pkc_event_plan_rows (const PkcEventPlan *plan)
{
  return plan->rows_used;
}

double
pkc_event_plan_key_height (const PkcEventPlan *plan)
{
  return plan->key_h;
}

void
pkc_event_plan_free (PkcEventPlan *plan)
{
  if (plan == NULL)
    return;
  reset_items (plan);
  for (guint i = 0; i < plan->items->len; i++)
    for (guint f = 0; f < 2; f++)
      {
        PkcEventForm *form = &g_array_index (plan->items, PkcEventItem, i).forms[f];

        g_free (form->split[0]);
        g_free (form->split[1]);
      }
  g_array_unref (plan->items);
  g_array_unref (plan->groups);
  g_ptr_array_unref (plan->key);
  g_free (plan);
}
