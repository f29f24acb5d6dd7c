/* pkc-layout-strength-notes.c — the strength chart's words: source line, summary
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
