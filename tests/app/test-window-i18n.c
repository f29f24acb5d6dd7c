/* test-window-i18n.c — the window and its charts in French or Dutch (LANGUAGE=fr or nl)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "pkc-test-scene.h"
#include "pkc-test-window.h"
#include "pkc-scene-private.h"

typedef struct {
  const char *language;
  const char *pages[3];        /* titles of the casualties, strength and bases pages */
  const char *casualty_title;  /* start of the casualty chart's title */
  const char *grouped;         /* 16000 on the strength axis, grouped as the locale does */
  const char *month;           /* a month name that must appear on the strength chart */
  const char *source;          /* how the source line under a chart starts ("Source : " or
                                * "Sources : ", "Bron: " or "Bronnen: ") */
} Expected;

static const Expected expectations[] = {
  { "fr", { "Pertes", "Effectifs", "Fermeture des bases" },
    "Décès de casques bleus de la MINUSMA", "16\u00a0000", "décembre 2023", "Source" },
  { "nl", { "Slachtoffers", "Troepensterkte", "Sluiting van bases" },
    "Omgekomen blauwhelmen van MINUSMA", "16.000", "december 2023", "Bron" },
};

/* English words that must not survive in a translated chart. */
static const char *const english[] = {
  "Source:", "Military", "Police", "ceiling", "deaths", "Deaths", "Cumulative", "Malicious",
  "Illness", "Self-inflicted", "Mission end", "Timbuktu", "January", "December", "closures",
  "Not located",
};

static const Expected *expected;

static AdwViewStack *
find_view_stack (GtkWidget *widget)
{
  if (ADW_IS_VIEW_STACK (widget))
    return ADW_VIEW_STACK (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwViewStack *found = find_view_stack (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_page_titles (void)
{
  PkcWindow *window = pkc_test_show_window ();
  AdwViewStack *stack = find_view_stack (GTK_WIDGET (window));
  const char *names[] = { "casualties", "strength", "bases" };

  g_assert_nonnull (stack);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *child = adw_view_stack_get_child_by_name (stack, names[i]);
      AdwViewStackPage *page;

      g_assert_nonnull (child);
      page = adw_view_stack_get_page (stack, child);
      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, expected->pages[i]);
    }
  /* the mission's name in the language, then the brand, which stays English */
  {
    PkcDataset *dataset = pkc_window_get_dataset (window);
    g_autofree char *title = g_strdup_printf ("%s – Peacekeeping Charts",
                                              pkc_dataset_get_mission_name (dataset,
                                                                            pkc_lang_from_locale ()));

    g_assert_cmpstr (pkc_dataset_get_mission_name (dataset, pkc_lang_from_locale ()), !=,
                     pkc_dataset_get_mission_name (dataset, PKC_LANG_EN));
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The source line at the foot of a chart quotes titles as published (often English): the
 * check stops at its first line. */
static void
assert_no_english (const PkcScene *scene)
{
  double source_y = G_MAXDOUBLE;

  for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
    {
      double y;
      const char *text = _pkc_scene_get_text (scene, i, NULL, &y, NULL, NULL);

      if (g_str_has_prefix (text, expected->source))
        source_y = MIN (source_y, y);
    }
  g_assert_cmpfloat (source_y, <, G_MAXDOUBLE);

  for (guint i = 0; i < _pkc_scene_get_n_texts (scene); i++)
    {
      double y;
      const char *text = _pkc_scene_get_text (scene, i, NULL, &y, NULL, NULL);

      if (y >= source_y - 0.5)
        continue;
      for (guint e = 0; e < G_N_ELEMENTS (english); e++)
        if (strstr (text, english[e]) != NULL)
          g_error ("English “%s” in the chart text “%s”", english[e], text);
    }
}

static void
test_charts_translated (void)
{
  const char *pages[] = { "casualties", "strength", "bases" };
  PkcWindow *window = pkc_test_show_window ();

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      PkcChartView *view = pkc_window_get_chart_view (window, (PkcChartKind) i);
      const PkcScene *scene;

      pkc_window_set_visible_page (window, pages[i]);
      pkc_test_wait_for_redraw ();
      scene = pkc_chart_view_get_scene (view);
      g_assert_nonnull (scene);
      g_assert_cmpuint (_pkc_scene_get_n_texts (scene), >, 0);
      assert_no_english (scene);
      if (i == PKC_CHART_CASUALTIES)
        g_assert_true (pkc_test_scene_has_prefix (scene, expected->casualty_title));
      if (i == PKC_CHART_STRENGTH)
        {
          g_assert_true (pkc_test_scene_contains_text (scene, expected->grouped));
          g_assert_true (pkc_test_scene_contains_text (scene, expected->month));
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("LANGUAGE");
  const char *localedir = g_getenv ("PKC_LOCALEDIR");

  /* gtk_test_init() switches to en_US.UTF-8: take the environment's locale back after it,
   * as the app does (months and digit grouping follow LC_TIME and LC_NUMERIC). */
  gtk_test_init (&argc, &argv, NULL);
  if (setlocale (LC_ALL, "") == NULL)
    g_error ("the locale %s is not available", g_getenv ("LC_ALL"));
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  adw_init ();

  for (guint i = 0; i < G_N_ELEMENTS (expectations) && language != NULL; i++)
    if (g_str_equal (expectations[i].language, language))
      expected = &expectations[i];
  if (expected == NULL)
    g_error ("run with LANGUAGE=fr or LANGUAGE=nl, not %s", language ? language : "(unset)");

  g_test_add_func ("/window-i18n/page-titles", test_page_titles);
  g_test_add_func ("/window-i18n/charts", test_charts_translated);
  return g_test_run ();
}
