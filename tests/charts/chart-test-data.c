/* chart-test-data.c — datasets for the chart tests (built in code, or the shipped file)
 * and the checks they share
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "chart-test-data.h"
#include "pkc-loader.h"
#include "pkc-scene-private.h"
#include "pkc-dataset-private.h"

void
test_charts_init (int    *argc,
                  char ***argv)
{
  setlocale (LC_ALL, "C");
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (argc, argv, NULL);
}

PkcDate
test_date (const char *iso)
{
  PkcDate date = { 0 };
  g_autofree char *problem = NULL;

  g_assert_true (pkc_date_parse (iso, &date, &problem));
  return date;
}

static void
add_source (PkcDataset *ds,
            const char *id,
            const char *title)
{
  PkcSource *s = g_new0 (PkcSource, 1);

  s->id = g_strdup (id);
  s->title = g_strdup (title);
  s->publisher = g_strdup ("Test Publisher");
  pkc_dataset_add_source (ds, s);
}

static PkcDataset *
new_base_dataset (void)
{
  PkcDataset *ds = pkc_dataset_new ();

  pkc_dataset_set_mission (ds, "TESTMIS", test_date ("2013-04-25"), test_date ("2023-12-31"), "src-a");
  pkc_dataset_set_mission_name (ds, PKC_LANG_EN, "Test Mission");
  pkc_dataset_set_display_name (ds, "test.xml");
  add_source (ds, "src-a", "Source A");
  add_source (ds, "src-b", "Source B");
  return ds;
}

static void
add_casualty (PkcDataset  *ds,
              const char  *date,
              PkcIncident  incident,
              const char  *source)
{
  PkcCasualty *c = g_new0 (PkcCasualty, 1);

  c->date = test_date (date);
  c->incident = incident;
  c->personnel = PKC_PERSONNEL_MILITARY;
  c->nationality = g_strdup ("Chad");
  c->iso = g_strdup ("TCD");
  c->source = g_strdup (source);
  _pkc_dataset_add_casualty (ds, c);
}

static void
add_ceiling (PkcDataset *ds,
             guint       resolution,
             const char *adopted,
             int         military,
             int         police)
{
  PkcCeiling *c = g_new0 (PkcCeiling, 1);

  c->resolution = resolution;
  c->adopted = test_date (adopted);
  c->military = military;
  c->police = police;
  c->source = g_strdup ("src-a");
  pkc_dataset_add_ceiling (ds, c);
}

static void
add_observation (PkcDataset *ds,
                 const char *date,
                 int         military,
                 int         police,
                 int         total,
                 gboolean    preferred)
{
  PkcObservation *o = g_new0 (PkcObservation, 1);

  o->date = test_date (date);
  o->military = military;
  o->police = police;
  o->total = total;
  o->scope = g_strdup ("uniformed");
  o->confidence = g_strdup ("medium");
  o->preferred = preferred;
  o->source = g_strdup (preferred ? "src-a" : "src-b");
  pkc_dataset_add_observation (ds, o);
}

static PkcBase *
new_base (guint       order,
          const char *name,
          const char *phase,
          gboolean    located)
{
  PkcBase *b = g_new0 (PkcBase, 1);

  b->alternatives = g_array_new (FALSE, TRUE, sizeof (PkcAlternativeDate));
  b->contingents = g_ptr_array_new_with_free_func (g_free);
  b->id = g_ascii_strdown (name, -1);
  b->order = order;
  b->name = g_strdup (name);
  b->region = g_strdup ("Region");
  b->phase = g_strdup (phase);
  b->source = g_strdup ("src-a");
  b->has_coordinates = located;
  b->lat = 16.0 + order * 0.5;
  b->lon = -3.0 + order;
  g_ptr_array_add (b->contingents, g_strdup ("Chad"));
  g_ptr_array_add (b->contingents, g_strdup ("Guinea"));
  return b;
}

PkcDataset *
test_dataset_new (void)
{
  PkcDataset *ds = new_base_dataset ();
  PkcBase *b;
  PkcEvent *e;

  pkc_dataset_mark_section (ds, "ceilings");
  pkc_dataset_mark_section (ds, "strength");
  pkc_dataset_mark_section (ds, "casualties");
  pkc_dataset_mark_section (ds, "bases");
  pkc_dataset_mark_section (ds, "events");

  /* Jan 2020: 3 malicious + 1 accident; Feb 2020: none; Mar 2020: 2 illness; Jan 2021: 6. */
  add_casualty (ds, "2020-01-05", PKC_INCIDENT_MALICIOUS_ACT, "src-a");
  add_casualty (ds, "2020-01-06", PKC_INCIDENT_MALICIOUS_ACT, "src-a");
  add_casualty (ds, "2020-01-20", PKC_INCIDENT_MALICIOUS_ACT, "src-a");
  add_casualty (ds, "2020-01-21", PKC_INCIDENT_ACCIDENT, "src-b");
  add_casualty (ds, "2020-03-02", PKC_INCIDENT_ILLNESS, "src-a");
  add_casualty (ds, "2020-03-03", PKC_INCIDENT_ILLNESS, "src-a");
  for (guint i = 0; i < 6; i++)
    add_casualty (ds, "2021-01-10", PKC_INCIDENT_MALICIOUS_ACT, "src-a");

  add_ceiling (ds, 2100, "2013-04-25", 11200, 1440);
  add_ceiling (ds, 2295, "2016-06-29", 13289, 1920);
  add_ceiling (ds, 2690, "2023-06-30", PKC_COUNT_NONE, PKC_COUNT_NONE);

  add_observation (ds, "2013-09", 5201, 809, 6010, TRUE);
  add_observation (ds, "2013-09-30", 5219, 820, 6039, FALSE);
  add_observation (ds, "2019-02-28", 13010, 1759, 14769, TRUE);
  add_observation (ds, "2021-03-16", PKC_COUNT_NONE, PKC_COUNT_NONE, 14500, TRUE);
  {
    PkcDrawdown *d = g_new0 (PkcDrawdown, 1);

    d->date = test_date ("2023-09-27");
    d->uniformed_departed = 3276;
    d->all_departed = 3367;
    d->confidence = g_strdup ("high");
    d->source = g_strdup ("src-b");
    pkc_dataset_add_drawdown (ds, d);
  }

  /* Added out of order on purpose: finish() sorts by order. */
  b = new_base (2, "Beta", "1", TRUE);
  b->closure_status = PKC_CLOSURE_DISPUTED;
  b->closure_date = test_date ("2023-10-21");
  b->closure_source = g_strdup ("src-a");
  {
    PkcAlternativeDate alt = { test_date ("2023-10-23"), g_strdup ("src-b") };

    g_array_append_val (b->alternatives, alt);
  }
  pkc_dataset_add_base (ds, b);
  b = new_base (1, "Alpha", "1", FALSE);
  b->closure_status = PKC_CLOSURE_KNOWN;
  b->closure_date = test_date ("2023-08-13");
  b->closure_source = g_strdup ("src-a");
  pkc_dataset_add_base (ds, b);
  b = new_base (4, "Delta", "liquidation", TRUE);
  b->closure_status = PKC_CLOSURE_UNKNOWN;
  pkc_dataset_add_base (ds, b);
  b = new_base (3, "Gamma", "2", TRUE);
  b->closure_status = PKC_CLOSURE_KNOWN;
  b->closure_date = test_date ("2023-12-08");
  b->closure_source = g_strdup ("src-b");
  pkc_dataset_add_base (ds, b);

  e = g_new0 (PkcEvent, 1);
  e->date = test_date ("2020-01-20");
  e->source = g_strdup ("src-b");
  e->label.text[PKC_LANG_EN] = g_strdup ("An attack");
  pkc_dataset_add_event (ds, e);
  e = g_new0 (PkcEvent, 1);
  e->date = test_date ("2020-02-01");
  e->source = g_strdup ("src-a");
  e->label.text[PKC_LANG_EN] = g_strdup ("A political event with a long label");
  pkc_dataset_add_event (ds, e);

  pkc_dataset_finish (ds);
  return ds;
}

PkcDataset *
test_dataset_new_empty (void)
{
  PkcDataset *ds = new_base_dataset ();

  pkc_dataset_finish (ds);
  return ds;
}

void
test_assert_no_text_overlap (const PkcScene *scene,
                             double          slack)
{
  guint n = _pkc_scene_get_n_texts (scene);

  for (guint i = 0; i < n; i++)
    {
      double ax, ay, aw, ah;
      const char *a = _pkc_scene_get_text (scene, i, &ax, &ay, &aw, &ah);

      /* Inside the scene. */
      g_assert_cmpfloat (ax, >=, -slack);
      g_assert_cmpfloat (ax + aw, <=, pkc_scene_get_width (scene) + slack);
      for (guint k = i + 1; k < n; k++)
        {
          double bx, by, bw, bh;
          const char *b = _pkc_scene_get_text (scene, k, &bx, &by, &bw, &bh);
          gboolean overlap = ax + slack < bx + bw - slack && bx + slack < ax + aw - slack &&
                             ay + slack < by + bh - slack && by + slack < ay + ah - slack;

          if (overlap)
            g_error ("text runs overlap at %gx%g: “%s” (%g,%g %gx%g) and “%s” (%g,%g %gx%g)",
                     pkc_scene_get_width (scene), pkc_scene_get_height (scene),
                     a, ax, ay, aw, ah, b, bx, by, bw, bh);
        }
    }
}

