/* pkc-layout-bases-text.c — the words of the base-closures chart: phases, row labels,
 * tooltips, the source line
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-data-terms.h"
#include "pkc-format.h"
#include "pkc-layout-bases-private.h"
#include "pkc-text-measure.h"

void
pkc_phases_init (PkcPhases *phases,
                 GPtrArray *bases)
{
  phases->tokens = g_ptr_array_new ();
  for (guint i = 0; i < bases->len; i++)
    {
      const PkcBase *b = g_ptr_array_index (bases, i);
      gboolean seen = FALSE;

      for (guint k = 0; k < phases->tokens->len && !seen; k++)
        seen = g_strcmp0 (g_ptr_array_index (phases->tokens, k), b->phase) == 0;
      if (!seen)
        g_ptr_array_add (phases->tokens, b->phase);
    }
}

void
pkc_phases_clear (PkcPhases *phases)
{
  g_clear_pointer (&phases->tokens, g_ptr_array_unref);
}

guint
pkc_phases_index (PkcPhases  *phases,
                  const char *token)
{
  for (guint k = 0; k < phases->tokens->len; k++)
    if (g_strcmp0 (g_ptr_array_index (phases->tokens, k), token) == 0)
      return k;
  return 0;
}

char *
pkc_phase_label (const char *token)
{
  if (token == NULL || *token == '\0')
    return g_strdup (_("No phase given"));
  if (g_ascii_isdigit (*token))
    /* Translators: a withdrawal phase, %s is its number ("Phase 2") */
    return g_strdup_printf (_("Phase %s"), token);
  if (g_str_equal (token, "final"))
    return g_strdup (_("Final phase"));
  if (g_str_equal (token, "liquidation"))
    return g_strdup (_("Liquidation"));
  return g_strdup (token);
}

/* The region's name in the user's language, as the dataset gives it. */
static const char *
region_name (PkcDataset    *dataset,
             const PkcBase *b)
{
  return pkc_dataset_get_region_name (dataset, b->region, pkc_lang_from_locale ());
}

static char *
contingent_list (const PkcBase *b)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; b->contingents && i < b->contingents->len; i++)
    g_string_append_printf (out, "%s%s", i ? ", " : "",
                            pkc_data_term_country (g_ptr_array_index (b->contingents, i)));
  return g_string_free (out, FALSE);
}

char *
pkc_base_tooltip (PkcDataset    *dataset,
                  const PkcBase *b)
{
  GString *tip = g_string_new (NULL);
  g_autofree char *phase = pkc_phase_label (b->phase);
  g_autofree char *contingents = contingent_list (b);

  /* Translators: tooltip heading: closure order, base name, region */
  g_string_append_printf (tip, _("%u. %s (%s region)"), b->order, pkc_data_term_base (b->name),
                          region_name (dataset, b));
  switch (b->closure_status)
    {
    case PKC_CLOSURE_KNOWN:
      {
        g_autofree char *date = pkc_format_date (&b->closure_date);
        g_autofree char *src = pkc_source_title (dataset, b->closure_source);

        g_string_append_printf (tip, "\n%s", "");
        /* Translators: tooltip line; %s is a date ("Closed 3 August 2023") */
        g_string_append_printf (tip, _("Closed %s"), date);
        g_string_append_printf (tip, "\n");
        g_string_append_printf (tip, _("Source: %s"), src);
      }
      break;
    case PKC_CLOSURE_DISPUTED:
      {
        g_autofree char *date = pkc_format_date (&b->closure_date);
        g_autofree char *src = pkc_source_title (dataset, b->closure_source);

        g_string_append_printf (tip, "\n%s", _("Closure date disputed:"));
        g_string_append_printf (tip, "\n");
        /* Translators: a disputed date and who gives it: "3 August 2023 (preferred) — Source" */
        g_string_append_printf (tip, _("%s (preferred) — %s"), date, src);
        for (guint i = 0; b->alternatives && i < b->alternatives->len; i++)
          {
            const PkcAlternativeDate *alt = &g_array_index (b->alternatives, PkcAlternativeDate, i);
            g_autofree char *adate = pkc_format_date (&alt->date);
            g_autofree char *asrc = pkc_source_title (dataset, alt->source);

            g_string_append_printf (tip, "\n");
            /* Translators: an alternative date and who gives it: "5 August 2023 — Source" */
            g_string_append_printf (tip, _("%s — %s"), adate, asrc);
          }
      }
      break;
    case PKC_CLOSURE_PENDING:
      {
        g_autofree char *src = pkc_source_title (dataset, b->closure_source);

        g_string_append_printf (tip, "\n%s", _("Handover pending: not done when last reported"));
        g_string_append_printf (tip, "\n");
        g_string_append_printf (tip, _("Source: %s"), src);
      }
      break;
    case PKC_CLOSURE_UNKNOWN:
    default:
      g_string_append_printf (tip, "\n%s", _("Closure date unknown"));
      if (b->closure_source != NULL)
        {
          g_autofree char *src = pkc_source_title (dataset, b->closure_source);

          g_string_append_printf (tip, "\n");
          /* Translators: tooltip line; %s lists the sources searched without a date found */
          g_string_append_printf (tip, _("Searched: %s"), src);
        }
      break;
    }
  g_string_append_printf (tip, "\n%s", phase);
  if (*contingents)
    {
      g_string_append (tip, "\n");
      /* Translators: tooltip line; %s lists countries */
      g_string_append_printf (tip, _("Contingents: %s"), contingents);
    }
  if (!b->has_coordinates)
    g_string_append_printf (tip, "\n%s", _("Not located on the map (no coordinates)"));
  else if (b->approximate)
    g_string_append_printf (tip, "\n%s",
                            _("≈ Approximate location: the map point is an estimate"));
  return g_string_free (tip, FALSE);
}

char *
pkc_bases_row_label (PkcDataset    *dataset,
                     const PkcBase *b,
                     gboolean       brief)
{
  g_autofree char *contingents = contingent_list (b);

  if (brief)
    /* Translators: short row label on a narrow screen: order, base ("8. Name") */
    return g_strdup_printf (_("%u. %s"), b->order, pkc_data_term_base (b->name));
  if (*contingents)
    /* Translators: row label: order, base, region, contingents */
    return g_strdup_printf (_("%u. %s — %s · %s"), b->order, pkc_data_term_base (b->name),
                            region_name (dataset, b), contingents);
  /* Translators: row label: order, base, region */
  return g_strdup_printf (_("%u. %s — %s"), b->order, pkc_data_term_base (b->name),
                          region_name (dataset, b));
}

/* Row @b's label as lines of at most @width: the whole label on one line when it fits; else
 * base and region, then the contingents wrapped under it when @max_lines allows; else base
 * and region alone, else "8. Name" (the tooltip names region and contingents anyway). Cut
 * with an ellipsis only when not even "8. Name" fits. */
GPtrArray *
pkc_bases_row_lines (PkcDataset    *dataset,
                     const PkcBase *b,
                     gboolean       brief,
                     double         size,
                     double         width,
                     guint          max_lines)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *full = pkc_bases_row_label (dataset, b, brief);
  g_autofree char *contingents = contingent_list (b);
  g_autofree char *head = NULL, *name = NULL;

  if (pkc_text_width (full, size, PANGO_WEIGHT_NORMAL) <= width)
    {
      g_ptr_array_add (lines, g_steal_pointer (&full));
      return lines;
    }
  name = pkc_bases_row_label (dataset, b, TRUE);
  if (!brief)
    {
      /* Translators: row label: order, base, region */
      head = g_strdup_printf (_("%u. %s — %s"), b->order, pkc_data_term_base (b->name),
                              region_name (dataset, b));
      if (pkc_text_width (head, size, PANGO_WEIGHT_NORMAL) <= width)
        {
          g_autoptr(GPtrArray) rest = *contingents && max_lines >= 2
                                      ? pkc_text_wrap (contingents, size, PANGO_WEIGHT_NORMAL, width)
                                      : NULL;

          g_ptr_array_add (lines, g_steal_pointer (&head));
          if (rest != NULL && rest->len + 1 <= max_lines)
            for (guint i = 0; i < rest->len; i++)
              g_ptr_array_add (lines, g_strdup (g_ptr_array_index (rest, i)));
          return lines;
        }
    }
  g_ptr_array_add (lines, pkc_text_ellipsize (name, size, PANGO_WEIGHT_NORMAL, width));
  return lines;
}

char *
pkc_bases_short_date (const PkcDate *d)
{
  if (d->precision == PKC_DATE_PRECISION_DAY)
    {
      /* Translators: a short date beside a marker, strftime format ("31 Oct") */
      return pkc_format_date_pattern (d, C_("short date", "%-d %b"));
    }
  return pkc_format_date (d);
}

/* Closure dates come from many press releases and news reports: count them, say how many
 * dates the sources disagree on, and credit the map outline. */
char *
pkc_bases_source_line (PkcDataset *dataset,
                       GPtrArray  *ids,
                       guint       n_disputed)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *n = NULL;

  if (ids->len > 0)
    {
      n = pkc_source_set_text (dataset, ids);
      if (n_disputed > 0)
        g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                              /* Translators: part of the line under the bases chart: "28 sources", then a count */
                                                              "closure dates: %s, %u disputed between them",
                                                              "closure dates: %s, %u disputed between them",
                                                              n_disputed), n, n_disputed));
      else
        /* Translators: part of the line under the bases chart; %s is "28 sources" */
        g_ptr_array_add (parts, g_strdup_printf (_("closure dates: %s"), n));
    }
  /* Translators: part of the line under the bases chart: who drew the country outline */
  g_ptr_array_add (parts, g_strdup (_("map outline: Natural Earth")));
  return pkc_source_summary (parts, TRUE,
                             ids->len > 1
                             /* Translators: the end of the line under the bases chart */
                             ? _(" — each base's sources are in its tooltip") : NULL);
}
