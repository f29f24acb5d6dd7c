/* test-charts-headings.c — narrow and wide windows in English, French and Dutch: titles never
 * lose a word, the strength chart's style note is made of whole clauses, resolution labels
 * stay clear of the markers
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One language per run: PKC_TEST_LANGUAGE (en, fr, nl) is set by meson, and the catalogues
 * come from PKC_LOCALEDIR (the build's po directory). The locale is set before the first
 * gettext call, as the application does.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "chart-test-data.h"
#include "pkc-scene-private.h"

static const struct {
  double width, height;
} sizes[] = {
  { 360, 720 }, { 360, 640 }, { 360, 480 }, { 800, 500 }, { 1200, 760 }, { 1920, 1080 },
};

static const char *language;

static char *
expected_title (PkcChartKind kind)
{
  switch (kind)
    {
    case PKC_CHART_CASUALTIES:
      return g_strdup_printf (_("%s peacekeeper deaths by incident type"), "MINUSMA");
    case PKC_CHART_STRENGTH:
      return g_strdup_printf (_("%s troop strength against authorised ceilings"), "MINUSMA");
    case PKC_CHART_BASES:
    default:
      return g_strdup_printf (_("%s base closures in closure order"), "MINUSMA");
    }
}

/* The text prims at the top, in the order the frame added them: the title's lines (bold),
 * then the subtitle's, up to the first jump (the source line at the bottom, or the legend). */
static GPtrArray *
heading_prims (const PkcScene *scene)
{
  GPtrArray *out = g_ptr_array_new ();
  const PkcPrim *prev = NULL;

  for (guint i = 0; i < scene->prims->len; i++)
    {
      const PkcPrim *p = &g_array_index (scene->prims, PkcPrim, i);

      if (p->kind != PKC_PRIM_TEXT)
        continue;
      if (prev != NULL && (p->extents.y < prev->extents.y ||
                           p->extents.y > prev->extents.y + prev->extents.height + 1 ||
                           p->font_size > prev->font_size))
        break;
      g_ptr_array_add (out, (gpointer) p);
      prev = p;
    }
  return out;
}

static void
test_titles (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_load_minusma ();

  for (guint k = 0; k < PKC_N_CHARTS; k++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        g_autoptr(PkcScene) scene = pkc_chart_layout (k, ds, sizes[s].width, sizes[s].height, NULL);
        g_autoptr(GPtrArray) heading = heading_prims (scene);
        g_autoptr(GString) title = g_string_new (NULL);
        g_autofree char *expect = expected_title (k);
        guint n_title = 0, n_sub = 0;

        for (guint i = 0; i < heading->len; i++)
          {
            const PkcPrim *p = g_ptr_array_index (heading, i);

            g_test_message ("%s %gx%g: “%s” %gpx", pkc_chart_kind_to_token (k),
                            sizes[s].width, sizes[s].height, p->text, p->font_size);
            g_assert_null (strstr (p->text, "…"));
            g_assert_cmpfloat (p->extents.x + p->extents.width, <=, sizes[s].width + 0.5);
            if (p->weight == PANGO_WEIGHT_BOLD)
              {
                g_assert_cmpuint (n_sub, ==, 0);
                g_string_append_printf (title, "%s%s", n_title ? " " : "", p->text);
                n_title++;
              }
            else
              n_sub++;
          }
        /* Every word, on at most two lines, the subtitle too. */
        g_assert_cmpstr (title->str, ==, expect);
        g_assert_cmpuint (n_title, >=, 1);
        g_assert_cmpuint (n_title, <=, 2);
        g_assert_cmpuint (n_sub, >=, 1);
        g_assert_cmpuint (n_sub, <=, 2);
        test_assert_no_text_overlap (scene, 0.5);
      }
}

/* The note under the strength legend: whole clauses (full or brief wording), never cut. */
static void
test_style_note (void)
{
  const char *const full[] = {
    _("Filled: preferred figure"), _("hollow: conflicting figure"),
    _("thin line: figure held until the next report (at most 6 months)"),
    _("bar with end ticks: date known only to the month or year"),
    _("shading: gap to the military ceiling"),
  };
  const char *const brief[] = {
    _("Filled: preferred figure"), _("hollow: conflicting figure"),
    _("thin line: held up to 6 months"), _("bar: month or year only"),
    _("shading: gap to ceiling"),
  };
  g_autoptr(PkcDataset) ds = test_dataset_load_minusma ();

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_STRENGTH, ds, sizes[s].width,
                                                    sizes[s].height, NULL);
      g_autoptr(GString) note = g_string_new (NULL);
      g_auto(GStrv) clauses = NULL;
      guint n_lines = 0;
      gboolean in_note = FALSE;

      for (guint i = 0; i < pkc_scene_get_n_texts (scene); i++)
        {
          const char *t = pkc_scene_get_text (scene, i, NULL, NULL, NULL, NULL);

          if (g_str_has_prefix (t, full[0]))
            in_note = TRUE;
          else if (in_note && g_str_equal (t, C_("axis", "Personnel")))
            break;
          if (!in_note)
            continue;
          g_string_append_printf (note, "%s%s", n_lines ? " " : "", t);
          n_lines++;
        }
      g_test_message ("%gx%g: %u lines: %s", sizes[s].width, sizes[s].height, n_lines, note->str);
      g_assert_true (in_note);
      g_assert_cmpuint (n_lines, >=, 1);
      g_assert_cmpuint (n_lines, <=, sizes[s].height >= 600 ? 4 : 3);
      g_assert_null (strstr (note->str, "…"));
      clauses = g_strsplit (note->str, _(" · "), -1);
      for (guint c = 0; clauses[c] != NULL; c++)
        {
          g_assert_cmpuint (c, <, G_N_ELEMENTS (full));
          if (!g_str_equal (clauses[c], full[c]) && !g_str_equal (clauses[c], brief[c]))
            g_error ("“%s” is not a whole clause (%s, %gx%g)", clauses[c], language,
                     sizes[s].width, sizes[s].height);
        }
      /* Wide windows have room for every clause in full. */
      if (sizes[s].width >= 1200)
        g_assert_cmpuint (g_strv_length (clauses), ==, G_N_ELEMENTS (full));
    }
}

/* Which resolution @text labels ("Res. 2690", "Res. 2690: no ceiling", "2690"), or 0. */
static guint
resolution_of (GPtrArray  *ceilings,
               const char *text)
{
  for (guint i = 0; i < ceilings->len; i++)
    {
      const PkcCeiling *c = g_ptr_array_index (ceilings, i);
      g_autofree char *res = g_strdup_printf (_("Res. %u"), c->resolution);
      g_autofree char *ended = g_strdup_printf (_("%s: no ceiling"), res);
      g_autofree char *number = g_strdup_printf ("%u", c->resolution);

      if (g_str_equal (text, res) || g_str_equal (text, ended) || g_str_equal (text, number))
        return c->resolution;
    }
  return 0;
}

/* Resolution labels cover no marker; every resolution keeps a tooltip, labelled or not. */
static void
test_resolution_labels (void)
{
  g_autoptr(PkcDataset) ds = test_dataset_load_minusma ();
  GPtrArray *ceilings = pkc_dataset_get_ceilings (ds);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_STRENGTH, ds, sizes[s].width,
                                                    sizes[s].height, NULL);
      guint n_labels = 0;

      for (guint i = 0; i < scene->prims->len; i++)
        {
          const PkcPrim *t = &g_array_index (scene->prims, PkcPrim, i);

          if (t->kind != PKC_PRIM_TEXT || resolution_of (ceilings, t->text) == 0)
            continue;
          n_labels++;
          for (guint k = 0; k < scene->prims->len; k++)
            {
              const PkcPrim *m = &g_array_index (scene->prims, PkcPrim, k);
              /* The drawn shape: within 0.6 × size of its centre. */
              double r = m->box.width * 0.6;

              if (m->kind != PKC_PRIM_MARKER)
                continue;
              if (t->extents.x < m->box.x + r && m->box.x - r < t->extents.x + t->extents.width &&
                  t->extents.y < m->box.y + r && m->box.y - r < t->extents.y + t->extents.height)
                g_error ("resolution label “%s” (%g,%g %gx%g) covers a marker at %g,%g (%s, %gx%g)",
                         t->text, t->extents.x, t->extents.y, t->extents.width, t->extents.height,
                         m->box.x, m->box.y, language, sizes[s].width, sizes[s].height);
            }
        }
      g_test_message ("%gx%g: %u resolution labels", sizes[s].width, sizes[s].height, n_labels);
      /* Not placed by dropping them all. */
      g_assert_cmpuint (n_labels, >=, sizes[s].width >= 1200 ? 9 : 5);

      for (guint i = 0; i < ceilings->len; i++)
        {
          const PkcCeiling *c = g_ptr_array_index (ceilings, i);
          g_autofree char *res = g_strdup_printf (_("Res. %u"), c->resolution);
          gboolean found = FALSE;

          for (guint h = 0; h < pkc_scene_get_n_hits (scene) && !found; h++)
            found = g_str_has_prefix (pkc_scene_get_hit (scene, h)->tooltip, res);
          if (!found)
            g_error ("no tooltip names %s (%gx%g)", res, sizes[s].width, sizes[s].height);
        }
      test_assert_no_text_overlap (scene, 0.5);
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("PKC_LOCALEDIR");
  const char *locale;
  g_autofree char *path = NULL;

  language = g_getenv ("PKC_TEST_LANGUAGE");
  if (language == NULL)
    language = "en";
  locale = g_str_equal (language, "fr") ? "fr_FR.UTF-8"
           : g_str_equal (language, "nl") ? "nl_NL.UTF-8" : "en_US.UTF-8";

  /* Before the first gettext call. */
  g_setenv ("LANGUAGE", language, TRUE);
  if (setlocale (LC_ALL, locale) == NULL && setlocale (LC_ALL, "C.UTF-8") == NULL)
    g_error ("no locale %s or C.UTF-8", locale);
  g_test_init (&argc, &argv, NULL);
  if (localedir == NULL)
    {
      g_test_skip ("PKC_LOCALEDIR is not set");
      return g_test_run ();
    }
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  /* The catalogue is really used (a missing one would pass in English). */
  if (!g_str_equal (language, "en"))
    g_assert_cmpstr (_("Military ceiling"), !=, "Military ceiling");

  path = g_strdup_printf ("/charts/headings/%s/titles", language);
  g_test_add_func (path, test_titles);
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("/charts/headings/%s/style-note", language);
  g_test_add_func (path, test_style_note);
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("/charts/headings/%s/resolution-labels", language);
  g_test_add_func (path, test_resolution_labels);
  return g_test_run ();
}
