/* pkc-layout-bases.c — base closures: one row per base in closure order, plus the map panel
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "pkc-data-terms.h"
#include "pkc-format.h"
#include "pkc-layout-private.h"
#include "pkc-sources-private.h"
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

static char *
row_label (PkcDataset    *dataset,
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

/* The julian range a closure date covers (a month-precision date covers the month). */
static void
date_range (const PkcDate *d,
            guint32       *from,
            guint32       *to)
{
  *from = pkc_date_to_julian (d);
  *to = *from;
  if (d->precision == PKC_DATE_PRECISION_MONTH || d->precision == PKC_DATE_PRECISION_YEAR)
    {
      PkcDate end = *d;

      if (d->precision == PKC_DATE_PRECISION_YEAR)
        end.year++;
      else if (++end.month > 12)
        {
          end.month = 1;
          end.year++;
        }
      end.day = 1;
      end.precision = PKC_DATE_PRECISION_DAY;
      *to = pkc_date_to_julian (&end) - 1;
    }
}

static char *
short_date (const PkcDate *d)
{
  if (d->precision == PKC_DATE_PRECISION_DAY)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_utc (d->year, d->month, d->day, 0, 0, 0);
      /* Translators: a short date beside a marker, strftime format ("31 Oct") */
      char *text = g_date_time_format (dt, C_("short date", "%-d %b"));

      return g_strstrip (text);
    }
  return pkc_format_date (d);
}

/* Closure dates come from many press releases and news reports: count them, say how many
 * dates the sources disagree on, and credit the map outline. */
static char *
bases_source_line (PkcDataset *dataset,
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

PkcScene *
pkc_layout_bases (PkcDataset            *dataset,
                  double                 width,
                  double                 height,
                  const PkcChartOptions *options)
{
  GPtrArray *bases = pkc_dataset_get_bases (dataset);
  g_autoptr(GPtrArray) source_ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL, *subtitle = NULL, *source_line = NULL;
  g_autofree char *first_label = NULL, *last_label = NULL;
  g_autofree PkcLegendEntry *legend = NULL;
  PkcPhases phases;
  PkcLabelSet labels;
  PkcFrame frame;
  PkcScene *scene;
  PkcTimeMap map = { 0 };
  PkcBox timeline, map_box, plot;
  guint32 j0 = G_MAXUINT32, j1 = 0, j_first = G_MAXUINT32, j_last = 0;
  guint n_legend = 0, n_known = 0, n_disputed = 0, n_unknown = 0, n_pending = 0;
  double text_h, y, row_h, label_w = 0, marker;
  gboolean side_by_side, brief;

  if (!pkc_dataset_has_section (dataset, "bases") || bases == NULL || bases->len == 0)
    return pkc_layout_empty (PKC_CHART_BASES, width, height, options,
                             _("This dataset has no base records"));

  scene = pkc_scene_new (PKC_CHART_BASES, width, height);
  pkc_label_set_init (&labels);
  pkc_phases_init (&phases, bases);

  for (guint i = 0; i < bases->len; i++)
    {
      const PkcBase *b = g_ptr_array_index (bases, i);
      guint32 a, z;

      pkc_source_ids_add (source_ids, b->closure_source);
      if (b->closure_status == PKC_CLOSURE_UNKNOWN || b->closure_status == PKC_CLOSURE_PENDING)
        {
          b->closure_status == PKC_CLOSURE_PENDING ? n_pending++ : n_unknown++;
          continue;
        }
      b->closure_status == PKC_CLOSURE_DISPUTED ? n_disputed++ : n_known++;
      date_range (&b->closure_date, &a, &z);
      j0 = MIN (j0, a);
      j1 = MAX (j1, z);
      j_first = MIN (j_first, a);
      j_last = MAX (j_last, z);
      for (guint k = 0; b->alternatives && k < b->alternatives->len; k++)
        {
          const PkcAlternativeDate *alt = &g_array_index (b->alternatives, PkcAlternativeDate, k);

          date_range (&alt->date, &a, &z);
          j0 = MIN (j0, a);
          j1 = MAX (j1, z);
          pkc_source_ids_add (source_ids, alt->source);
        }
    }
  if (j0 == G_MAXUINT32)
    {
      /* No base has a date: a timeline of unknowns around the mission end. */
      PkcDate end = pkc_dataset_get_end (dataset);

      j0 = pkc_date_is_set (&end) ? pkc_date_to_julian (&end) - 30 : 1;
      j1 = j0 + 60;
      j_first = j0;
      j_last = j1;
    }
  {
    /* Half a month of air on both sides, so markers are not cut at the edges. */
    guint32 margin = MAX (10, (j1 - j0) / 40);

    j0 -= MIN (j0 - 1, margin);
    j1 += margin + 1;
  }
  {
    PkcDate a = pkc_date_from_julian (j_first), b = pkc_date_from_julian (j_last);

    first_label = pkc_format_date (&a);
    last_label = pkc_format_date (&b);
  }

  /* Translators: chart title; %s is the mission acronym */
  title = g_strdup_printf (_("%s base closures in closure order"), pkc_dataset_get_acronym (dataset));
  {
    /* Translators: chart subtitle, a date range */
    g_autofree char *range = g_strdup_printf (_("%s – %s"), first_label, last_label);

    subtitle = pkc_mission_subtitle (dataset, range);
  }
  source_line = bases_source_line (dataset, source_ids, n_disputed);
  if (options->sources_in_full)
    pkc_scene_cite_bases (scene, dataset);
  pkc_frame_layout (scene, &frame, options, title, subtitle, source_line);
  pkc_text_measure ("Ag", frame.small, PANGO_WEIGHT_NORMAL, NULL, &text_h);

  /* Legend: phases (toggle), then the two date markers explained (not toggles). */
  legend = g_new0 (PkcLegendEntry, phases.tokens->len + 3);
  {
    g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

    for (guint k = 0; k < phases.tokens->len; k++)
      {
        char *name = pkc_phase_label (g_ptr_array_index (phases.tokens, k));

        g_ptr_array_add (names, name);
        legend[n_legend++] = (PkcLegendEntry) {
          .label = name, .paint = pkc_paint (PKC_ROLE_SERIES, k), .shape = PKC_MARKER_CIRCLE,
          .hidden = (options->hidden_series & (1u << k)) != 0, .legend_index = (int) k,
        };
      }
    if (n_disputed > 0)
      legend[n_legend++] = (PkcLegendEntry) {
        .label = _("Date disputed (range of sources)"), .paint = pkc_paint (PKC_ROLE_TEXT, 0),
        .shape = PKC_MARKER_CIRCLE, .hollow = TRUE, .legend_index = -1,
      };
    if (n_unknown > 0)
      legend[n_legend++] = (PkcLegendEntry) {
        .label = _("Date unknown"), .paint = pkc_paint (PKC_ROLE_TEXT, 0),
        .shape = PKC_MARKER_QUESTION, .hollow = TRUE, .legend_index = -1,
      };
    if (n_pending > 0)
      legend[n_legend++] = (PkcLegendEntry) {
        .label = _("Handover pending (still open)"), .paint = pkc_paint (PKC_ROLE_TEXT, 0),
        .shape = PKC_MARKER_DIAMOND, .hollow = TRUE, .legend_index = -1,
      };
    y = frame.body.y;
    y += pkc_legend_layout (scene, &frame, legend, n_legend, frame.body.x, y, frame.body.width, &labels);
    y += frame.font * 0.6;
  }

  /* Side by side when there is width for both, the map below on narrow screens. */
  side_by_side = frame.body.width >= 720;
  timeline = (PkcBox) { frame.body.x, y, frame.body.width, frame.body.y + frame.body.height - y };
  if (side_by_side)
    {
      double map_w = MIN (timeline.width * 0.36, timeline.height * 1.25);

      map_box = (PkcBox) { timeline.x + timeline.width - map_w, y, map_w, timeline.height };
      timeline.width -= map_w + frame.font * 2;
    }
  else
    {
      double map_h = MIN (timeline.height * 0.42, timeline.width * 0.8);

      map_box = (PkcBox) { timeline.x, timeline.y + timeline.height - map_h, timeline.width, map_h };
      timeline.height -= map_h + frame.font;
    }

  /* Rows: the label column takes what the longest label needs, at most 45 %. */
  /* Room above the rows for the "Mission end" label, below for months and years. */
  row_h = MIN (text_h * 3, (timeline.height - text_h * 3.9) / bases->len);
  row_h = MAX (row_h, 1);
  /* On a phone the region and contingents would leave the timeline no room: the label says
   * which base, the tooltip says the rest. */
  brief = timeline.width < 560;
  for (guint i = 0; i < bases->len; i++)
    {
      g_autofree char *text = row_label (dataset, g_ptr_array_index (bases, i), brief);

      label_w = MAX (label_w, pkc_text_width (text, frame.small, PANGO_WEIGHT_NORMAL));
    }
  label_w = MIN (label_w, timeline.width * (brief ? 0.36 : 0.45));
  plot = (PkcBox) { pkc_snap_edge (timeline.x + label_w + frame.small), timeline.y + text_h * 1.1,
                    0, bases->len * row_h };
  plot.width = floor (timeline.x + timeline.width - plot.x - frame.small);
  map = (PkcTimeMap) { plot.x, plot.x + plot.width, j0, j1, 0, NULL };
  marker = MIN (frame.font * 0.8, row_h * 0.7);

  /* The mission's end as a reference line. */
  {
    PkcDate end = pkc_dataset_get_end (dataset);
    guint32 je = pkc_date_is_set (&end) ? pkc_date_to_julian (&end) : 0;

    if (je > j0 && je < j1)
      {
        double x = pkc_snap (pkc_time_map_x (&map, je));
        PkcPoint seg[] = { { x, plot.y }, { x, plot.y + plot.height } };
        guint p = pkc_scene_add_line (scene, seg, 2, 1, pkc_paint (PKC_ROLE_EVENT, 0));
        g_autofree char *date = pkc_format_date (&end);
        /* Its label above the rows, and its column kept free so no date label crosses it. */
        PkcBox tb = pkc_text_box (_("Mission end"), x, plot.y - 1, frame.small * 0.9,
                                  PANGO_WEIGHT_NORMAL, 0.5, 1);
        PkcBox col = { x - 1.5, plot.y, 3, plot.height };

        if (tb.x + tb.width > plot.x + plot.width)
          tb = pkc_text_box (_("Mission end"), x + 3, plot.y - 1, frame.small * 0.9,
                             PANGO_WEIGHT_NORMAL, 1, 1);
        pkc_scene_prim (scene, p)->dash = 3;
        pkc_label_set_add (&labels, &col);
        if (pkc_label_set_try (&labels, &tb, 1))
          pkc_scene_add_text (scene, _("Mission end"), tb.x, tb.y, frame.small * 0.9,
                              PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
        pkc_scene_add_hit (scene, x - 3, plot.y, 6, plot.height, x, plot.y,
                           /* Translators: tooltip of the mission-end line; %s is a date */
                           g_strdup_printf (_("Mission end: %s"), date));
      }
  }

  for (guint i = 0; i < bases->len; i++)
    {
      const PkcBase *b = g_ptr_array_index (bases, i);
      guint phase = pkc_phases_index (&phases, b->phase);
      gboolean hidden = (options->hidden_series & (1u << phase)) != 0;
      PkcPaint paint = hidden ? pkc_paint (PKC_ROLE_MUTED, 0) : pkc_paint (PKC_ROLE_SERIES, phase);
      double cy = plot.y + (i + 0.5) * row_h;
      double ly = pkc_snap (cy);
      g_autofree char *label = NULL, *fit = NULL;
      double mx = 0;
      int hit;

      /* "8. Base — Region · Contingent, Contingent…" cut to the column. */
      label = row_label (dataset, b, brief);
      fit = pkc_text_ellipsize (label, frame.small, PANGO_WEIGHT_NORMAL, label_w);
      if (row_h >= text_h * 0.9)
        pkc_scene_add_text (scene, fit, timeline.x, cy, frame.small, PANGO_WEIGHT_NORMAL, 0, 0.5,
                            0, pkc_paint (PKC_ROLE_TEXT, 0));

      {
        PkcPoint guide[] = { { plot.x, ly }, { plot.x + plot.width, ly } };

        pkc_scene_add_line (scene, guide, 2, 1, pkc_paint (PKC_ROLE_GRID, 0));
      }

      if (b->closure_status == PKC_CLOSURE_PENDING)
        {
          /* Not closed yet: a hollow diamond at the row's end, where time runs on, and words. */
          double x = plot.x + plot.width - marker / 2;
          PkcBox tb = pkc_text_box (_("handover pending"), x - marker, cy, frame.small,
                                    PANGO_WEIGHT_NORMAL, 1, 0.5);
          guint m = pkc_scene_add_marker (scene, PKC_MARKER_DIAMOND, x, cy, marker * 1.2, paint, FALSE);

          pkc_scene_prim (scene, m)->line_width = 2;
          if (pkc_label_set_try (&labels, &tb, 1))
            pkc_scene_add_text (scene, _("handover pending"), tb.x, tb.y, frame.small,
                                PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
          mx = x;
        }
      else if (b->closure_status == PKC_CLOSURE_UNKNOWN)
        {
          /* No date: a distinct marker at the row's end, with words, never a position. */
          double x = plot.x + plot.width - marker / 2;
          PkcBox tb = pkc_text_box (_("date unknown"), x - marker, cy, frame.small,
                                    PANGO_WEIGHT_NORMAL, 1, 0.5);

          pkc_scene_add_marker (scene, PKC_MARKER_QUESTION, x, cy, marker * 1.2, paint, FALSE);
          pkc_scene_add_text (scene, "?", x, cy, marker * 0.9, PANGO_WEIGHT_BOLD, 0.5, 0.5, 0, paint);
          if (pkc_label_set_try (&labels, &tb, 1))
            pkc_scene_add_text (scene, _("date unknown"), tb.x, tb.y, frame.small,
                                PANGO_WEIGHT_NORMAL, 0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
          mx = x;
        }
      else
        {
          guint32 a, z, lo, hi;
          double xa, xz;

          date_range (&b->closure_date, &a, &z);
          lo = a;
          hi = z;
          for (guint k = 0; b->alternatives && k < b->alternatives->len; k++)
            {
              guint32 aa, zz;

              date_range (&g_array_index (b->alternatives, PkcAlternativeDate, k).date, &aa, &zz);
              lo = MIN (lo, aa);
              hi = MAX (hi, zz);
            }
          if (hi > lo)
            {
              /* A bracket over every date the sources give (or the month a date is in). */
              double bx0 = pkc_snap (pkc_time_map_x (&map, lo)), bx1 = pkc_snap (pkc_time_map_x (&map, hi + 1));
              double t = marker * 0.6;
              PkcPoint bracket[] = { { bx0, ly - t }, { bx0, ly }, { bx1, ly }, { bx1, ly - t } };
              guint p = pkc_scene_add_line (scene, bracket, 4, 1.5, paint);

              (void) p;
            }
          xa = pkc_time_map_x (&map, a);
          xz = pkc_time_map_x (&map, z + (z > a ? 1 : 0));
          mx = (xa + xz) / 2;
          pkc_scene_add_marker (scene, PKC_MARKER_CIRCLE, mx, cy, marker, paint,
                                b->closure_status == PKC_CLOSURE_KNOWN && !hidden);
          {
            g_autofree char *date = short_date (&b->closure_date);
            PkcBox tb = pkc_text_box (date, MAX (mx, pkc_time_map_x (&map, hi + 1)) + marker * 0.7,
                                      cy, frame.small * 0.9, PANGO_WEIGHT_NORMAL, 0, 0.5);

            /* Right of the marker, else left of it (the edge, or the mission-end line). */
            if (tb.x + tb.width > plot.x + plot.width || !pkc_label_set_fits (&labels, &tb, 1))
              tb = pkc_text_box (date, MIN (mx, pkc_time_map_x (&map, lo)) - marker * 0.7, cy,
                                 frame.small * 0.9, PANGO_WEIGHT_NORMAL, 1, 0.5);
            if (row_h >= text_h * 0.9 && pkc_label_set_try (&labels, &tb, 1))
              pkc_scene_add_text (scene, date, tb.x, tb.y, frame.small * 0.9, PANGO_WEIGHT_NORMAL,
                                  0, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));
          }
        }

      hit = pkc_scene_add_hit (scene, timeline.x, cy - row_h / 2, plot.x + plot.width - timeline.x,
                               row_h, mx, cy, pkc_base_tooltip (dataset, b));
      pkc_scene_hit_mut (scene, hit)->item = (int) i;
    }

  pkc_time_axis_layout (scene, &frame, &map, &plot, 2, &labels);
  pkc_map_layout (scene, &frame, dataset, &map_box, &phases, options, &labels);

  {
    g_autofree char *desc = NULL;

    /* Translators: screen-reader summary: number of bases, first and last closure date,
     * then how many dates are disputed and unknown */
    desc = g_strdup_printf (_("Timeline and map of %u bases in closure order, closed between %s and %s; %u closure dates disputed, %u unknown."),
                            bases->len, first_label, last_label, n_disputed, n_unknown);
    if (n_pending > 0)
      {
        char *longer = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     /* Translators: appended to the screen-reader summary of the bases chart */
                                                     "%s %u handover still pending.",
                                                     "%s %u handovers still pending.", n_pending),
                                        desc, n_pending);

        g_free (desc);
        desc = longer;
      }
    pkc_scene_set_description (scene, desc);
  }

  pkc_phases_clear (&phases);
  pkc_label_set_clear (&labels);
  return scene;
}
