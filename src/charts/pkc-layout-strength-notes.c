/* pkc-layout-strength-notes.c — the strength chart's words: source line, marker note, summary
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pkc-data-terms.h"
#include "pkc-format.h"
#include "pkc-layout-strength-private.h"
#include "pkc-text-measure.h"

static guint
confidence_rank (const char *confidence)
{
  static const char *const order[] = { "high", "medium-high", "medium", "low-medium", "low" };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (g_strcmp0 (confidence, order[i]) == 0)
      return i;
  return G_N_ELEMENTS (order);
}

/* Ceilings, deployed strength and departures each rest on several documents: count them by
 * role, with the range of confidence of the strength figures. */
char *
pkc_strength_source_line (PkcDataset *dataset)
{
  static const char *const order[] = { "high", "medium-high", "medium", "low-medium", "low" };
  GPtrArray *ceilings = pkc_dataset_get_ceilings (dataset);
  GPtrArray *observations = pkc_dataset_get_observations (dataset);
  GPtrArray *drawdowns = pkc_dataset_get_drawdowns (dataset);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint n_ceil = ceilings ? ceilings->len : 0;
  guint best = G_N_ELEMENTS (order), worst = 0;

  if (n_ceil > 0)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *n = NULL;

      for (guint i = 0; i < n_ceil; i++)
        pkc_source_ids_add (ids, ((const PkcCeiling *) g_ptr_array_index (ceilings, i))->source);
      n = pkc_source_set_text (dataset, ids);
      g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            /* Translators: part of the line under the strength chart; %s is "14 sources" */
                                                            "ceilings: %u Security Council resolution (%s)",
                                                            "ceilings: %u Security Council resolutions (%s)",
                                                            n_ceil), n_ceil, n));
      for (guint i = 0; i < n_ceil; i++)
        pkc_source_ids_add (all, ((const PkcCeiling *) g_ptr_array_index (ceilings, i))->source);
    }
  if (observations != NULL && observations->len > 0)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *n = NULL;

      for (guint i = 0; i < observations->len; i++)
        {
          const PkcObservation *o = g_ptr_array_index (observations, i);
          guint r = confidence_rank (o->confidence);

          pkc_source_ids_add (ids, o->source);
          pkc_source_ids_add (all, o->source);
          if (r < G_N_ELEMENTS (order))
            {
              best = MIN (best, r);
              worst = MAX (worst, r);
            }
        }
      n = pkc_source_set_text (dataset, ids);
      if (best < G_N_ELEMENTS (order) && best != worst)
        /* Translators: part of the line under the strength chart: "14 sources", then two
         * confidence levels ("high", "low") */
        g_ptr_array_add (parts, g_strdup_printf (_("deployed strength: %s, confidence from %s to %s"),
                                                 n, pkc_data_term_confidence (order[best]),
                                                 pkc_data_term_confidence (order[worst])));
      else
        /* Translators: part of the line under the strength chart; %s is "14 sources" */
        g_ptr_array_add (parts, g_strdup_printf (_("deployed strength: %s"), n));
    }
  if (drawdowns != NULL && drawdowns->len > 0)
    {
      g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *n = NULL;

      for (guint i = 0; i < drawdowns->len; i++)
        {
          pkc_source_ids_add (ids, ((const PkcDrawdown *) g_ptr_array_index (drawdowns, i))->source);
          pkc_source_ids_add (all, ((const PkcDrawdown *) g_ptr_array_index (drawdowns, i))->source);
        }
      n = pkc_source_set_text (dataset, ids);
      /* Translators: part of the line under the strength chart; %s is "5 sources" */
      g_ptr_array_add (parts, g_strdup_printf (_("withdrawal: %s"), n));
    }
  return pkc_source_summary (parts, all->len > 1,
                             all->len > 1
                             /* Translators: the end of the line under the strength chart */
                             ? _(" — each figure's source is in its tooltip") : NULL);
}

/* The note under the legend that explains the marker styles, made of whole clauses. It takes
 * up to two lines, more when the chart is tall; when the full wording does not fit, a shorter
 * one is used, then trailing clauses are dropped (the tooltips say the same per figure: the
 * date's precision, "Not preferred", the ceiling in force). A clause is never cut. Returns
 * the height used. */
double
pkc_strength_layout_style_note (Ctx    *ctx,
                                double  y,
                                double  line_h)
{
  struct {
    const char *full, *brief;
  } clauses[5];
  guint n_clauses = 0;
  guint max_lines = ctx->frame.body.height >= 700 ? 4 : ctx->frame.body.height >= 440 ? 3 : 2;
  g_autoptr(GPtrArray) lines = NULL;
  double top = y;

  /* Translators: first clause of the note under the strength chart's legend (markers) */
  clauses[n_clauses++].full = _("Filled: preferred figure");
  clauses[n_clauses - 1].brief = clauses[n_clauses - 1].full;
  /* Translators: clause of the note under the strength chart's legend (markers) */
  clauses[n_clauses++].full = _("hollow: conflicting figure");
  clauses[n_clauses - 1].brief = clauses[n_clauses - 1].full;
  /* Translators: clause of the note under the strength chart's legend */
  clauses[n_clauses++].full = _("thin line: figure held until the next report (at most 6 months)");
  /* Translators: the same clause, shorter, for narrow windows */
  clauses[n_clauses - 1].brief = _("thin line: held up to 6 months");
  /* Translators: clause of the note under the strength chart's legend */
  clauses[n_clauses++].full = _("bar with end ticks: date known only to the month or year");
  /* Translators: the same clause, shorter, for narrow windows */
  clauses[n_clauses - 1].brief = _("bar: month or year only");
  if (ctx->visible[PKC_STRENGTH_MILITARY] && ctx->visible[PKC_STRENGTH_MILITARY_CEILING])
    {
      /* Translators: clause of the note under the strength chart's legend */
      clauses[n_clauses++].full = _("shading: gap to the military ceiling");
      /* Translators: the same clause, shorter, for narrow windows */
      clauses[n_clauses - 1].brief = _("shading: gap to ceiling");
    }

  /* Full wording with every clause, then the brief one with fewer and fewer clauses. */
  for (guint attempt = 0; attempt <= n_clauses; attempt++)
    {
      gboolean brief = attempt > 0;
      guint n = attempt == 0 ? n_clauses : n_clauses + 1 - attempt;
      GString *note = g_string_new (NULL);

      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            /* Translators: separates the clauses of the note under the strength chart's legend */
            g_string_append (note, _(" · "));
          g_string_append (note, brief ? clauses[i].brief : clauses[i].full);
        }
      g_clear_pointer (&lines, g_ptr_array_unref);
      lines = pkc_text_wrap (note->str, ctx->frame.small, PANGO_WEIGHT_NORMAL, ctx->frame.body.width);
      g_string_free (note, TRUE);
      if (lines->len <= max_lines)
        break;
    }
  if (lines->len > max_lines)
    {
      /* Not even the first clause fits: cut it, visibly. */
      g_autofree char *last = g_strconcat (g_ptr_array_index (lines, max_lines - 1), " …", NULL);

      g_ptr_array_set_size (lines, max_lines - 1);
      g_ptr_array_add (lines, pkc_text_ellipsize (last, ctx->frame.small, PANGO_WEIGHT_NORMAL,
                                                  ctx->frame.body.width));
    }

  y += ctx->frame.small * 0.2;
  for (guint i = 0; i < lines->len; i++)
    {
      pkc_scene_add_text (ctx->scene, g_ptr_array_index (lines, i), ctx->frame.body.x, y,
                          ctx->frame.small, PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
      y += line_h;
    }
  return y - top;
}

/* The screen-reader summary: the first and last military ceiling, the number of reports, the
 * peak, the departure counts. */
void
pkc_strength_describe (Ctx *ctx)
{
  int first_mil = PKC_COUNT_NONE, last_mil = PKC_COUNT_NONE, peak = 0;
  g_autofree char *desc = NULL, *a = NULL, *b = NULL;
  GString *d = g_string_new (NULL);

  for (guint i = 0; i < ctx->n_ceil; i++)
    {
      int v = ((const PkcCeiling *) g_ptr_array_index (ctx->ceilings, i))->military;

      if (v == PKC_COUNT_NONE)
        continue;
      if (first_mil == PKC_COUNT_NONE)
        first_mil = v;
      last_mil = v;
    }
  for (guint i = 0; i < ctx->mil->len; i++)
    peak = MAX (peak, g_array_index (ctx->mil, Point, i).value);
  if (first_mil != PKC_COUNT_NONE)
    {
      a = pkc_format_count (first_mil);
      b = pkc_format_count (last_mil);
      /* Translators: screen-reader summary, first part: ceilings from %s to %s, then dates */
      g_string_append_printf (d, _("Military ceiling from %s to %s troops between %s and %s"),
                              a, b, ctx->from_label, ctx->to_label);
    }
  else
    /* Translators: screen-reader summary, first part when there is no ceiling: two dates */
    g_string_append_printf (d, _("Troop strength between %s and %s"), ctx->from_label, ctx->to_label);
  g_string_append_printf (d, g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: summary, second part */
                                          ", with %u deployed-strength report",
                                          ", with %u deployed-strength reports", ctx->n_obs), ctx->n_obs);
  if (peak > 0)
    {
      g_autofree char *p = pkc_format_count (peak);

      /* Translators: summary, third part */
      g_string_append_printf (d, _("; military deployment peaked at %s"), p);
    }
  if (ctx->n_draw > 0)
    g_string_append_printf (d, g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: summary, last part */
                                            "; %u withdrawal departure count in 2023",
                                            "; %u withdrawal departure counts in 2023", ctx->n_draw), ctx->n_draw);
  g_string_append (d, ".");
  desc = g_string_free (d, FALSE);
  pkc_scene_set_description (ctx->scene, desc);
}
