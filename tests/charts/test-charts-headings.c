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
#include <math.h>
#include <string.h>

#include "chart-test-data.h"
#include "pkc-format.h"
#include "pkc-test-language.h"
#include "pkc-test-scene.h"
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
      return g_strdup_printf (_("%s uniformed personnel against authorised ceilings"), "MINUSMA");
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
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();

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

/* The prim (marker, line or rect) drawn just left of text @t on its row: the key's glyph. */
static gboolean
has_glyph_before (const PkcScene *scene,
                  const PkcPrim  *t)
{
  double mid = t->extents.y + t->extents.height / 2;

  for (guint k = 0; k < scene->prims->len; k++)
    {
      const PkcPrim *m = &g_array_index (scene->prims, PkcPrim, k);
      double x, y;

      if (m->kind == PKC_PRIM_MARKER)
        {
          x = m->box.x;
          y = m->box.y;
        }
      else if (m->kind == PKC_PRIM_RECT)
        {
          x = m->box.x + m->box.width / 2;
          y = m->box.y + m->box.height / 2;
        }
      else
        continue;
      if (x < t->extents.x && x > t->extents.x - t->font_size * 2.5 && fabs (y - mid) < t->font_size * 0.6)
        return TRUE;
    }
  return FALSE;
}

/* The key under the strength legend: each entry (full or brief wording, in order, never cut)
 * beside the glyph it explains. */
static void
test_marker_key (void)
{
  const char *const full[] = {
    _("preferred figure"), _("conflicting figure (not preferred)"),
    _("held until the next report (at most 6 months)"),
    _("date known only to the month or year"), _("gap to the military ceiling"),
  };
  const char *const brief[] = {
    _("preferred figure"), _("conflicting figure"), _("held up to 6 months"),
    _("month or year only"), _("gap to ceiling"),
  };
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_STRENGTH, ds, sizes[s].width,
                                                    sizes[s].height, NULL);
      guint next = 0, n_full = 0;

      for (guint i = 0; i < scene->prims->len; i++)
        {
          const PkcPrim *t = &g_array_index (scene->prims, PkcPrim, i);

          if (t->kind != PKC_PRIM_TEXT)
            continue;
          for (guint c = 0; c < G_N_ELEMENTS (full); c++)
            {
              if (!g_str_equal (t->text, full[c]) && !g_str_equal (t->text, brief[c]))
                continue;
              if (c != next)
                g_error ("key entry “%s” out of order (%s, %gx%g)", t->text, language,
                         sizes[s].width, sizes[s].height);
              if (!has_glyph_before (scene, t))
                g_error ("key entry “%s” has no glyph (%s, %gx%g)", t->text, language,
                         sizes[s].width, sizes[s].height);
              n_full += g_str_equal (t->text, full[c]);
              next++;
              break;
            }
        }
      g_test_message ("%gx%g: %u key entries, %u in full", sizes[s].width, sizes[s].height, next, n_full);
      g_assert_cmpuint (next, >=, 2);
      /* Wide windows have room for every entry in full. */
      if (sizes[s].width >= 1200)
        g_assert_cmpuint (n_full, ==, G_N_ELEMENTS (full));
    }
}

/* Which resolution @text labels ("Res. 2690", "Res. 2690: no ceiling", "2690", "Res. 2295:
 * 13,289", "2295: 13,289"), or 0. */
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
      g_autofree char *res_v = g_strdup_printf (C_("ceiling step", "%s: %s"), res, "");
      g_autofree char *number_v = g_strdup_printf (C_("ceiling step", "%s: %s"), number, "");

      if (g_str_equal (text, res) || g_str_equal (text, ended) || g_str_equal (text, number) ||
          g_str_has_prefix (text, res_v) || g_str_has_prefix (text, number_v))
        return c->resolution;
    }
  return 0;
}

/* A label with a value ("Res. 2295: 13,289") ends with the military ceiling resolution
 * @number sets, written as the locale writes numbers; FALSE for a label without one. */
static gboolean
check_label_value (GPtrArray  *ceilings,
                   guint       number,
                   const char *text)
{
  for (guint i = 0; i < ceilings->len; i++)
    {
      const PkcCeiling *c = g_ptr_array_index (ceilings, i);
      g_autofree char *res = g_strdup_printf (_("Res. %u"), c->resolution);
      g_autofree char *res_v = g_strdup_printf (C_("ceiling step", "%s: %s"), res, "");
      g_autofree char *n = g_strdup_printf ("%u", c->resolution);
      g_autofree char *n_v = g_strdup_printf (C_("ceiling step", "%s: %s"), n, "");
      g_autofree char *value = NULL;

      if (c->resolution != number || c->military == PKC_COUNT_NONE ||
          (!g_str_has_prefix (text, res_v) && !g_str_has_prefix (text, n_v)))
        continue;
      value = pkc_format_count (c->military);
      if (!g_str_has_suffix (text, value))
        g_error ("ceiling label “%s” does not end with “%s” (%s)", text, value, language);
      return TRUE;
    }
  return FALSE;
}

/* Resolution labels cover no marker, and those at a step give the ceiling it sets; every
 * resolution keeps a tooltip, labelled or not. */
static void
test_resolution_labels (void)
{
  g_autoptr(PkcDataset) ds = pkc_test_load_minusma ();
  GPtrArray *ceilings = pkc_dataset_get_ceilings (ds);

  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autoptr(PkcScene) scene = pkc_chart_layout (PKC_CHART_STRENGTH, ds, sizes[s].width,
                                                    sizes[s].height, NULL);
      guint n_labels = 0, n_values = 0;

      for (guint i = 0; i < scene->prims->len; i++)
        {
          const PkcPrim *t = &g_array_index (scene->prims, PkcPrim, i);
          guint number;

          if (t->kind != PKC_PRIM_TEXT || (number = resolution_of (ceilings, t->text)) == 0)
            continue;
          n_labels++;
          n_values += check_label_value (ceilings, number, t->text);
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
      g_test_message ("%gx%g: %u resolution labels, %u with their ceiling", sizes[s].width,
                      sizes[s].height, n_labels, n_values);
      /* MINUSMA's ceiling changed three times (2100, 2227, 2295): each step says its value
       * where the chart has room for it. */
      g_assert_cmpuint (n_values, >=, sizes[s].width >= 800 ? 3 : 2);
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

/* The map's grid in the reader's language: N/S/E/W in English, O for ouest in French, O for
 * oost and Z for zuid in Dutch. */
static void
test_map_degrees (void)
{
  g_autoptr(PkcDataset) minusma = pkc_test_load_minusma ();
  g_autoptr(PkcDataset) monusco = pkc_test_load_monusco ();
  g_autoptr(PkcScene) mali = pkc_chart_layout (PKC_CHART_BASES, minusma, 1920, 1080, NULL);
  g_autoptr(PkcScene) congo = pkc_chart_layout (PKC_CHART_BASES, monusco, 1920, 1080, NULL);
  const char *west = "10° W", *east = "15° E", *south = "5° S";

  if (g_str_equal (language, "fr"))
    west = "10° O";
  else if (g_str_equal (language, "nl"))
    {
      east = "15° O";
      south = "5° Z";
    }
  g_assert_true (pkc_test_scene_has_text (mali, west));
  g_assert_true (pkc_test_scene_has_text (mali, "15° N"));
  g_assert_true (pkc_test_scene_has_text (mali, "0°"));
  g_assert_true (pkc_test_scene_has_text (congo, east));
  g_assert_true (pkc_test_scene_has_text (congo, south));
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
  /* The catalogue is really used (a missing one would pass in English). */
  if (!g_str_equal (language, "en"))
    g_assert_cmpstr (_("Military ceiling"), !=, "Military ceiling");

  path = g_strdup_printf ("/charts/headings/%s/titles", language);
  g_test_add_func (path, test_titles);
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("/charts/headings/%s/marker-key", language);
  g_test_add_func (path, test_marker_key);
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("/charts/headings/%s/map-degrees", language);
  g_test_add_func (path, test_map_degrees);
  g_clear_pointer (&path, g_free);
  path = g_strdup_printf ("/charts/headings/%s/resolution-labels", language);
  g_test_add_func (path, test_resolution_labels);
  return g_test_run ();
}
