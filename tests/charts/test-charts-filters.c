/* test-charts-filters.c — a casualty chart says what it shows: the personnel filter, hidden
 * series and zoom in its subtitle (every stacking, English, French and Dutch, wrapped but
 * never cut on a phone); partial periods hatched and said so; a bar's tooltip lists its
 * whole stack with the hovered segment marked and the source once
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One language per run: PKC_TEST_LANGUAGE (en, fr, nl) is set by meson, the catalogues come
 * from PKC_LOCALEDIR (the build's po directory).
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "chart-test-data.h"
#include "pkc-casualty-stack.h"
#include "pkc-casualty-view.h"
#include "pkc-format.h"
#include "pkc-layout-private.h"
#include "pkc-scene-private.h"
#include "pkc-test-language.h"

static const char *language;

/* The muted text runs at the top (the subtitle's lines), joined by spaces. */
static char *
subtitle_text (const PkcScene *scene,
               double          width)
{
  GString *out = g_string_new (NULL);
  gboolean seen_bold = FALSE;

  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

      if (p->kind != PKC_PRIM_TEXT)
        continue;
      if (p->weight == PANGO_WEIGHT_BOLD)
        {
          seen_bold = TRUE;
          continue;
        }
      if (!seen_bold || p->fill.role != PKC_ROLE_MUTED)
        break;
      /* Wrapped, never cut, never wider than the chart. */
      g_assert_null (strstr (p->text, "…"));
      g_assert_cmpfloat (p->extents.x + p->extents.width, <=, width + 0.5);
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", p->text);
    }
  return g_string_free (out, FALSE);
}

/* Lower case first letter, as the subtitle writes a category inside a sentence. */
static char *
lower_first (const char *label)
{
  char buf[8];
  int len = g_unichar_to_utf8 (g_unichar_tolower (g_utf8_get_char (label)), buf);

  buf[len] = '\0';
  return g_strconcat (buf, g_utf8_next_char (label), NULL);
}

static void
test_subtitle_names_view (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  static const double widths[] = { 360, 800, 1920 }, heights[] = { 640, 500, 1080 };

  for (guint by = 0; by < PKC_N_STACKS; by++)
    for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
      {
        PkcChartOptions options;
        g_autoptr(PkcScene) scene = NULL;
        g_autoptr(PkcCasualtyBins) bins = NULL;
        g_autoptr(PkcCasualtyStack) stack = NULL;
        g_autofree char *sub = NULL, *hidden = NULL, *excluding = NULL;
        g_autofree char *first = NULL, *last = NULL, *range = NULL;

        pkc_chart_options_init (&options);
        options.interval = PKC_INTERVAL_QUARTER;
        options.stack_by = (PkcStackBy) by;
        options.personnel_mask = 1u << PKC_PERSONNEL_POLICE;
        options.range_from = test_date ("2015-01-01");
        options.range_to = test_date ("2019-12-31");
        bins = pkc_casualty_bins_get (ds, options.interval, options.personnel_mask,
                                      &options.range_from, &options.range_to);
        stack = pkc_casualty_stack_new (ds, bins, &options);
        /* The first category that has deaths among police in the range. */
        for (guint k = 0; k < stack->n && hidden == NULL; k++)
          for (guint p = 0; p < stack->n_periods; p++)
            if (stack->counts[p * stack->n + k] > 0)
              {
                hidden = by == PKC_STACK_NATIONALITY ? g_strdup (stack->labels[k])
                                                     : lower_first (stack->labels[k]);
                options.hidden_series = 1u << k;
                break;
              }
        g_assert_nonnull (hidden);
        scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, widths[w], heights[w], &options);
        sub = subtitle_text (scene, widths[w]);
        g_test_message ("%s %g: %s", pkc_stack_by_to_token (by), widths[w], sub);
        excluding = g_strdup_printf (_("excluding %s"), hidden);
        first = pkc_format_period (PKC_INTERVAL_QUARTER, &bins->series->period_start[0]);
        last = pkc_format_period (PKC_INTERVAL_QUARTER,
                                  &bins->series->period_start[bins->series->n_periods - 1]);
        g_assert_true (g_str_has_suffix (first, "2015"));
        g_assert_true (g_str_has_suffix (last, "2019"));
        g_assert_nonnull (strstr (sub, _("Police only")));
        g_assert_nonnull (strstr (sub, excluding));
        g_assert_nonnull (strstr (sub, first));
        g_assert_nonnull (strstr (sub, last));
        test_assert_no_text_overlap (scene, 0.5);
      }
}

/* No filter: the subtitle says nothing of one. */
static void
test_subtitle_plain (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 800, 500, NULL);
  g_autofree char *sub = subtitle_text (scene, 800);
  g_autofree char *excluding = g_strdup_printf (_("excluding %s"), "");

  g_assert_null (strstr (sub, excluding));
  g_assert_null (strstr (sub, _("Police only")));
}

/* The strength chart names the series its legend switched off, at any width. */
static void
test_strength_hidden (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  static const double widths[] = { 360, 800, 1920 }, heights[] = { 640, 500, 1080 };
  g_autofree char *excluding = g_strdup_printf (_("excluding %s"), _("police ceiling"));

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      PkcChartOptions options;
      g_autoptr(PkcScene) plain = NULL, hidden = NULL;
      g_autofree char *plain_sub = NULL, *hidden_sub = NULL;

      pkc_chart_options_init (&options);
      plain = pkc_chart_layout (PKC_CHART_STRENGTH, ds, widths[w], heights[w], &options);
      options.hidden_series = 1u << PKC_STRENGTH_POLICE_CEILING;
      hidden = pkc_chart_layout (PKC_CHART_STRENGTH, ds, widths[w], heights[w], &options);
      plain_sub = subtitle_text (plain, widths[w]);
      hidden_sub = subtitle_text (hidden, widths[w]);
      g_test_message ("strength %g: %s", widths[w], hidden_sub);
      g_assert_null (strstr (plain_sub, excluding));
      g_assert_nonnull (strstr (hidden_sub, excluding));
    }
}

/* The hatched segments of period @p, and all its segments. */
static void
count_hatched (const PkcScene *scene,
               guint           period,
               guint          *hatched,
               guint          *all)
{
  *hatched = *all = 0;
  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *prim = &g_array_index (scene->prims, PkcPrim, i);
      const PkcHitRegion *hit;

      if (prim->kind != PKC_PRIM_RECT || prim->hit < 0)
        continue;
      hit = pkc_scene_get_hit (scene, prim->hit);
      if (hit->legend_index >= 0 || hit->item != (int) period)
        continue;
      (*all)++;
      *hatched += prim->hatch;
    }
}

static void
test_partial_periods (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  PkcChartOptions options;
  g_autoptr(PkcScene) scene = NULL;
  g_autoptr(PkcCasualtyBins) bins = NULL;
  guint hatched, all, p2013 = G_MAXUINT, p2014 = G_MAXUINT;
  g_autofree char *partial = g_strdup_printf (_("Partial year: %s – %s"), "", "");

  pkc_chart_options_init (&options);
  options.interval = PKC_INTERVAL_YEAR;
  scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 1200, 700, &options);
  bins = pkc_casualty_bins_get (ds, options.interval, options.personnel_mask, NULL, NULL);
  for (guint p = 0; p < bins->series->n_periods; p++)
    {
      if (bins->series->period_start[p].year == 2013)
        p2013 = p;
      if (bins->series->period_start[p].year == 2014)
        p2014 = p;
    }
  g_assert_cmpuint (p2013, <, G_MAXUINT);
  g_assert_cmpuint (p2014, <, G_MAXUINT);

  /* The mission starts in 2013: every segment of that year's bar is hatched. */
  count_hatched (scene, p2013, &hatched, &all);
  g_assert_cmpuint (all, >, 0);
  g_assert_cmpuint (hatched, ==, all);
  /* 2014 is a whole year. */
  count_hatched (scene, p2014, &hatched, &all);
  g_assert_cmpuint (all, >, 0);
  g_assert_cmpuint (hatched, ==, 0);

  /* The tooltips say so, with the days counted. */
  for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
    {
      const PkcHitRegion *hit = pkc_scene_get_hit (scene, i);
      char *colon = g_utf8_strchr (partial, -1, ':');
      g_autofree char *word = g_strndup (partial, colon - partial);

      if (hit->legend_index >= 0 || hit->item < 0)
        continue;
      if ((guint) hit->item == p2013)
        {
          g_test_message ("2013: %s", hit->tooltip);
          g_assert_nonnull (strstr (hit->tooltip, word));
        }
      else if ((guint) hit->item == p2014)
        g_assert_null (strstr (hit->tooltip, word));
    }

  /* The key to the hatching is on the chart. */
  {
    g_autofree char *key = g_strdup_printf (_("%s · hatched: partial period"),
                                            _("Deaths per year"));

    g_assert_true (_pkc_scene_get_n_texts (scene) > 0);
    for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
      if (g_strcmp0 (_pkc_scene_get_text (scene, i, NULL, NULL, NULL, NULL), key) == 0)
        {
          g_free (g_steal_pointer (&key));
          break;
        }
    g_assert_null (key);
  }
}

static guint
count_substr (const char *text,
              const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_tooltip_lists_stack (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  PkcChartOptions options;
  g_autoptr(PkcScene) scene = NULL;
  guint checked = 0;

  pkc_chart_options_init (&options);
  options.interval = PKC_INTERVAL_YEAR;
  scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 1200, 700, &options);
  for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
    {
      const PkcHitRegion *hit = pkc_scene_get_hit (scene, i);
      g_auto(GStrv) lines = NULL;
      guint segments = 0;

      if (hit->legend_index >= 0 || hit->item < 0)
        continue;
      /* Every segment of the same bar is listed in this tooltip, the hovered one marked. */
      for (guint j = 0; j < pkc_scene_get_n_hits (scene); j++)
        {
          const PkcHitRegion *other = pkc_scene_get_hit (scene, j);
          g_autofree char *name = NULL, *marked = NULL, *plain = NULL;

          if (other->legend_index >= 0 || other->item != hit->item)
            continue;
          segments++;
          /* "Malicious act: " as the language writes it ("Acte de malveillance : ") */
          name = g_strdup_printf (_("%s: %s"), pkc_incident_label ((PkcIncident) other->series),
                                  "");
          marked = g_strconcat ("▸ ", name, NULL);
          plain = g_strconcat ("   ", name, NULL);
          g_assert_nonnull (strstr (hit->tooltip, j == i ? marked : plain));
        }
      g_assert_cmpuint (count_substr (hit->tooltip, "▸"), ==, 1);
      lines = g_strsplit (hit->tooltip, "\n", -1);
      for (guint l = 0; lines[l] != NULL; l++)
        {
          if (strchr (lines[l], ' ') != NULL)
            g_assert_cmpint (g_utf8_strlen (lines[l], -1), <=, PKC_TOOLTIP_MAX_CHARS);
        }
      if (segments >= 2)
        checked++;
    }
  g_assert_cmpuint (checked, >, 0);
}

/* "Source: " at most once per tooltip, whatever the bar. */
static void
test_tooltip_source_once (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  PkcChartOptions options;
  g_autoptr(PkcScene) scene = NULL;
  g_autofree char *source = g_strdup_printf (_("Source: %s"), "");
  g_autofree char *sources = g_strdup_printf (_("Sources: %s"), "");

  pkc_chart_options_init (&options);
  options.interval = PKC_INTERVAL_QUARTER;
  scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 1200, 700, &options);
  for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
    {
      const PkcHitRegion *hit = pkc_scene_get_hit (scene, i);

      if (hit->legend_index >= 0 || hit->item < 0)
        continue;
      g_assert_cmpuint (count_substr (hit->tooltip, source) +
                        count_substr (hit->tooltip, sources), ==, 1);
    }
}

static void
test_wrap_chars (void)
{
  g_autofree char *wrapped = _pkc_text_wrap_chars ("one two three four\nfive", 9);
  g_autofree char *long_word = _pkc_text_wrap_chars ("abcdefghijkl", 5);

  g_assert_cmpstr (wrapped, ==, "one two\nthree\nfour\nfive");
  g_assert_cmpstr (long_word, ==, "abcdefghijkl");
}

int
main (int   argc,
      char *argv[])
{
  gboolean bound;

  language = pkc_test_use_language (&argc, &argv, &bound);
  if (!bound)
    {
      g_test_skip ("PKC_LOCALEDIR is not set");
      return g_test_run ();
    }
  /* The catalogue is really used, these strings too (a missing one would pass in English). */
  if (!g_str_equal (language, "en"))
    {
      g_assert_cmpstr (_("Police only"), !=, "Police only");
      g_assert_cmpstr (_("excluding %s"), !=, "excluding %s");
      g_assert_cmpstr (_("Partial year: %s – %s"), !=, "Partial year: %s – %s");
    }

  g_test_add_func ("/charts/filters/subtitle", test_subtitle_names_view);
  g_test_add_func ("/charts/filters/subtitle-plain", test_subtitle_plain);
  g_test_add_func ("/charts/filters/strength-hidden", test_strength_hidden);
  g_test_add_func ("/charts/filters/partial-periods", test_partial_periods);
  g_test_add_func ("/charts/filters/tooltip-stack", test_tooltip_lists_stack);
  g_test_add_func ("/charts/filters/tooltip-source-once", test_tooltip_source_once);
  g_test_add_func ("/charts/filters/wrap", test_wrap_chars);
  return g_test_run ();
}
