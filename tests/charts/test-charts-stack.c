/* test-charts-stack.c — the casualty chart stacked by nationality, personnel type and gender:
 * every period adds up to the same deaths, the categories are counted from the records, and
 * the gender attribute is read and refused when it is not M or F
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "chart-test-data.h"
#include "pkc-casualty-stack.h"
#include "pkc-loader.h"
#include "pkc-scene-private.h"
#include "pkc-test-scene.h"

static PkcCasualtyStack *
stack_for (PkcDataset      *dataset,
           PkcStackBy       by,
           PkcCasualtyBins **out_bins)
{
  PkcChartOptions options;

  pkc_chart_options_init (&options);
  options.interval = PKC_INTERVAL_YEAR;
  options.stack_by = by;
  *out_bins = pkc_casualty_bins_get (dataset, options.interval, options.personnel_mask, NULL,
                                     NULL);
  return pkc_casualty_stack_new (dataset, *out_bins, &options);
}

static guint
category_total (const PkcCasualtyStack *stack,
                guint                   k)
{
  guint sum = 0;

  for (guint p = 0; p < stack->n_periods; p++)
    sum += stack->counts[p * stack->n + k];
  return sum;
}

/* Every stacking gives every period the same total as the incident types do. */
static void
test_periods_add_up (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_minusma ();

  for (PkcStackBy by = 0; by < PKC_N_STACKS; by++)
    {
      g_autoptr(PkcCasualtyBins) bins = NULL;
      g_autoptr(PkcCasualtyStack) stack = stack_for (dataset, by, &bins);
      guint grand = 0;

      g_assert_cmpuint (stack->n, <=, PKC_STACK_MAX);
      for (guint p = 0; p < stack->n_periods; p++)
        {
          guint sum = 0;

          for (guint k = 0; k < stack->n; k++)
            sum += stack->counts[p * stack->n + k];
          g_assert_cmpuint (sum, ==, bins->series->totals[p]);
          grand += sum;
        }
      g_assert_cmpuint (grand, ==, 311);
    }
}

/* The categories are the records' own values, counted here again. */
static void
test_categories_from_records (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_minusma ();
  g_autoptr(PkcCasualtyBins) nb = NULL, gb = NULL, pb = NULL;
  g_autoptr(PkcCasualtyStack) nationality = stack_for (dataset, PKC_STACK_NATIONALITY, &nb);
  g_autoptr(PkcCasualtyStack) gender = stack_for (dataset, PKC_STACK_GENDER, &gb);
  g_autoptr(PkcCasualtyStack) personnel = stack_for (dataset, PKC_STACK_PERSONNEL, &pb);
  guint chad = 0, top_other = 0, women = 0, men = 0, police = 0;
  g_autoptr(GHashTable) per_country = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < pkc_dataset_get_n_casualties (dataset); i++)
    {
      const PkcCasualtyRecord *c = pkc_dataset_get_casualty (dataset, i);
      const char *country = pkc_dataset_get_casualty_nationality (dataset, c);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (per_country, country)) + 1;

      g_hash_table_insert (per_country, (gpointer) country, GUINT_TO_POINTER (n));
      chad += g_strcmp0 (country, "Chad") == 0;
      women += c->gender == 'F';
      men += c->gender == 'M';
      police += c->personnel == PKC_PERSONNEL_POLICE;
    }
  /* Chad lost the most peacekeepers in MINUSMA: first, and counted right. */
  g_assert_cmpstr (nationality->labels[0], ==, "Chad");
  g_assert_cmpuint (category_total (nationality, 0), ==, chad);
  /* The named contributors are in descending order; no one left out is above them. */
  for (guint k = 1; k + 1 < nationality->n; k++)
    g_assert_cmpuint (category_total (nationality, k), <=, category_total (nationality, k - 1));
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, per_country);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        gboolean named = FALSE;

        for (guint k = 0; k + 1 < nationality->n; k++)
          named |= g_strcmp0 (nationality->labels[k], key) == 0;
        if (!named)
          {
            top_other += GPOINTER_TO_UINT (value);
            g_assert_cmpuint (GPOINTER_TO_UINT (value), <=,
                              category_total (nationality, nationality->n - 2));
          }
      }
  }
  g_assert_cmpuint (category_total (nationality, nationality->n - 1), ==, top_other);

  g_assert_cmpuint (category_total (gender, 0), ==, men);
  g_assert_cmpuint (category_total (gender, 1), ==, women);
  g_assert_cmpuint (women, >, 0);
  g_assert_cmpuint (category_total (personnel, PKC_PERSONNEL_POLICE), ==, police);
}

static void
test_layout_titles_and_legend (void)
{
  g_autoptr(PkcDataset) dataset = pkc_test_load_minusma ();
  PkcChartOptions options;
  g_autoptr(PkcScene) scene = NULL;
  g_autoptr(PkcScene) hidden = NULL;
  gboolean chad_bar = FALSE;

  pkc_chart_options_init (&options);
  options.interval = PKC_INTERVAL_YEAR;
  options.stack_by = PKC_STACK_NATIONALITY;
  scene = pkc_chart_layout (PKC_CHART_CASUALTIES, dataset, 1200, 700, &options);
  g_assert_true (pkc_test_scene_has_text (scene, "MINUSMA peacekeeper deaths by nationality"));
  g_assert_true (pkc_test_scene_has_text (scene, "Chad"));
  g_assert_true (pkc_test_scene_has_text (scene, "Other"));
  for (guint i = 0; i < pkc_scene_get_n_hits (scene); i++)
    {
      const PkcHitRegion *hit = pkc_scene_get_hit (scene, i);

      chad_bar |= hit->legend_index < 0 && hit->series == 0 && hit->tooltip != NULL &&
                  strstr (hit->tooltip, "\n▸ Chad: ") != NULL;
    }
  g_assert_true (chad_bar);
  g_assert_nonnull (strstr (pkc_scene_get_description (scene), "by nationality"));

  /* The legend switches a category off. */
  options.hidden_series = 1u << 0;
  hidden = pkc_chart_layout (PKC_CHART_CASUALTIES, dataset, 1200, 700, &options);
  for (guint i = 0; i < pkc_scene_get_n_hits (hidden); i++)
    g_assert_true (pkc_scene_get_hit (hidden, i)->legend_index >= 0 ||
                   pkc_scene_get_hit (hidden, i)->series != 0);

  options.hidden_series = 0;
  options.stack_by = PKC_STACK_GENDER;
  g_clear_pointer (&scene, pkc_scene_free);
  scene = pkc_chart_layout (PKC_CHART_CASUALTIES, dataset, 360, 640, &options);
  g_assert_true (pkc_test_scene_has_prefix (scene, "MINUSMA"));
  g_assert_true (pkc_test_scene_has_text (scene, "Women"));
  test_assert_no_text_overlap (scene, 1);
}

static const char gender_doc[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<peacekeeping-dataset format=\"1\">\n"
  "  <mission acronym=\"T\" start=\"2020-01-01\" source=\"s\"><name xml:lang=\"en\">T</name>"
  "</mission>\n"
  "  <sources><source id=\"s\" publisher=\"P\"><title>T</title></source></sources>\n"
  "  <casualties>\n"
  "    <casualty date=\"2020-02-01\" incident=\"illness\" personnel=\"police\" "
  "nationality=\"Chad\" gender=\"%s\" source=\"s\"/>\n"
  "    <casualty date=\"2020-03-01\" incident=\"illness\" personnel=\"police\" "
  "nationality=\"Chad\" source=\"s\"/>\n"
  "  </casualties>\n"
  "</peacekeeping-dataset>\n";

static PkcDataset *
load_gender (const char  *value,
             GError     **error)
{
  g_autofree char *text = g_strdup_printf (gender_doc, value);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return pkc_loader_load_bytes (bytes, "g.xml", error);
}

static void
test_gender_attribute (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) f = load_gender ("F", &error);
  g_autoptr(PkcDataset) bad = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (pkc_dataset_get_casualty (f, 0)->gender, ==, 'F');
  g_assert_cmpint (pkc_dataset_get_casualty (f, 1)->gender, ==, 0);

  bad = load_gender ("female", &error);
  g_assert_null (bad);
  g_assert_error (error, PKC_LOADER_ERROR, PKC_LOADER_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "g.xml:6:"));
  g_assert_nonnull (strstr (error->message, "gender must be M or F"));
}

int
main (int   argc,
      char *argv[])
{
  test_charts_init (&argc, &argv);
  g_test_add_func ("/charts/stack/periods-add-up", test_periods_add_up);
  g_test_add_func ("/charts/stack/categories-from-records", test_categories_from_records);
  g_test_add_func ("/charts/stack/layout", test_layout_titles_and_legend);
  g_test_add_func ("/charts/stack/gender-attribute", test_gender_attribute);
  return g_test_run ();
}
