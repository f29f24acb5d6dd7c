/* test-charts-events.c — event labels on the casualty chart are read in full (beside their
 * line, or numbered with a key) and never overlap, in one language per run
 *
 * One language per run: PKC_TEST_LANGUAGE (en, fr, nl) is set by meson, and the catalogues
 * come from PKC_LOCALEDIR (BUILD/po), as in test-charts-headings.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "chart-test-data.h"
#include "pkc-loader.h"
#include "pkc-scene-private.h"
#include "pkc-test-language.h"

static const char *language;
static const char * const datasets[] = { "minusma.xml", "monusco.xml" };

/* @text without its spaces (a no-break space included), so that a label broken over lines
 * (at a space or after a hyphen) reads back whole from the joined text runs. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (*p != ' ' && g_utf8_get_char (p) != 0x00a0)
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

/* Every text run, in scene order, joined and squeezed. */
static char *
joined_texts (const PkcScene *scene)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
    g_string_append (all, _pkc_scene_get_text (scene, i, NULL, NULL, NULL, NULL));
  return squeeze (all->str);
}

/* Whether the event has a line (a tooltip) on the chart, i.e. is in its date range. */
static gboolean
event_shown (const PkcScene *scene,
             const char     *label)
{
  for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
    {
      const char *tip = pkc_scene_get_hit (scene, i)->tooltip;
      g_autofree char *needle = g_strdup_printf ("\n%s\n", label);

      if (tip != NULL && strstr (tip, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* Counts the shown events whose whole label (@whole) or short label (@brief) is on the
 * chart as text; asserts each shown event has one of them when @all. */
static void
count_read (PkcDataset     *ds,
            const PkcScene *scene,
            gboolean        all,
            guint          *shown,
            guint          *whole,
            guint          *brief)
{
  GPtrArray *events = pkc_dataset_get_events (ds);
  PkcLang lang = pkc_lang_from_locale ();
  g_autofree char *texts = joined_texts (scene);

  *shown = *whole = *brief = 0;
  for (guint e = 0; e < events->len; e++)
    {
      const PkcEvent *ev = g_ptr_array_index (events, e);
      const char *label = pkc_localized_text_get (&ev->label, lang);
      const char *short_label = ev->short_label.text[lang];
      g_autofree char *whole_s = squeeze (label);
      g_autofree char *brief_s = short_label ? squeeze (short_label) : NULL;

      if (!event_shown (scene, label))
        continue;
      (*shown)++;
      if (strstr (texts, whole_s) != NULL)
        (*whole)++;
      else if (brief_s != NULL && strstr (texts, brief_s) != NULL)
        (*brief)++;
      else if (all)
        g_error ("event label not on the %gx%g chart: “%s”", pkc_scene_get_width (scene),
                 pkc_scene_get_height (scene), label);
    }
}

/* From 1000 px up, no event label is cut: each is on the chart whole or short, and no text
 * at all ends in an ellipsis. The dense end of 2023 included. */
static void
test_read_in_full (void)
{
  static const double sizes[][2] = { { 1000, 600 }, { 1200, 700 }, { 1280, 720 },
                                     { 1920, 1080 }, { 2400, 1200 } };

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    {
      g_autoptr(PkcDataset) ds = pkc_test_load_shipped (datasets[d]);

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, sizes[s][0],
                                                        sizes[s][1], NULL);
          guint shown, whole, brief;

          for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
            {
              const char *t = _pkc_scene_get_text (scene, i, NULL, NULL, NULL, NULL);

              if (strstr (t, "…") != NULL)
                g_error ("%s %gx%g: a text is cut: “%s”", datasets[d], sizes[s][0],
                         sizes[s][1], t);
            }
          count_read (ds, scene, TRUE, &shown, &whole, &brief);
          g_test_message ("%s %s %gx%g: %u events, %u whole, %u short", language, datasets[d],
                          sizes[s][0], sizes[s][1], shown, whole, brief);
          g_assert_cmpuint (shown, >=, 15);
          /* Most in full where the chart is wide. */
          if (sizes[s][0] >= 1900)
            g_assert_cmpuint (whole, >=, shown * 2 / 3);
        }
    }
}

/* Labels, numbers and the key never overlap each other or any other text, from a phone to
 * an export; and every event is still read, short labels counting. */
static void
test_no_overlap (void)
{
  static const double sizes[][2] = { { 360, 640 }, { 360, 800 }, { 480, 640 }, { 800, 500 },
                                     { 800, 600 }, { 1024, 640 }, { 1920, 1080 } };

  for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
    {
      g_autoptr(PkcDataset) ds = pkc_test_load_shipped (datasets[d]);

      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, sizes[s][0],
                                                        sizes[s][1], NULL);
          guint shown, whole, brief;

          test_assert_no_text_overlap (scene, 0.5);
          count_read (ds, scene, FALSE, &shown, &whole, &brief);
          g_test_message ("%s %s %gx%g: %u events, %u whole, %u short", language, datasets[d],
                          sizes[s][0], sizes[s][1], shown, whole, brief);
          g_assert_cmpuint (whole + brief, ==, shown);
        }
    }
}

/* A phone-sized chart reads events by their short labels (the whole text is in the
 * tooltip), which a wide chart does not need. */
static void
test_short_labels_used (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  g_autoptr(PkcScene) narrow = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 360, 800, NULL);
  g_autoptr(PkcScene) wide = pkc_chart_layout (PKC_CHART_CASUALTIES, ds, 1920, 1080, NULL);
  guint shown, whole, brief;

  count_read (ds, narrow, FALSE, &shown, &whole, &brief);
  g_test_message ("360x800: %u events, %u whole, %u short", shown, whole, brief);
  g_assert_cmpuint (brief, >=, 5);
  count_read (ds, wide, TRUE, &shown, &whole, &brief);
  g_assert_cmpuint (brief, <, whole);
}

int
main (int   argc,
      char *argv[])
{
  gboolean bound;
  g_autofree char *path = NULL;

  language = pkc_test_use_language (&argc, &argv, &bound);
  if (!bound)
    {
      g_test_skip ("PKC_LOCALEDIR is not set");
      return g_test_run ();
    }

  path = g_strdup_printf ("/charts/events/%s/read-in-full", language);
  g_test_add_func (path, test_read_in_full);
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("/charts/events/%s/no-overlap", language);
  g_test_add_func (path, test_no_overlap);
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("/charts/events/%s/short-labels", language);
  g_test_add_func (path, test_short_labels_used);
  return g_test_run ();
}
