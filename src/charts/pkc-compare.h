/* pkc-compare.h — the data and layouts of the Compare charts (missions side by side)
 *
 * Plain data, filled outside the charts layer, so the layouts stay pure and testable.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-chart.h"

G_BEGIN_DECLS

typedef enum {
  PKC_COMPARE_RANKING,   /* missions ranked by deaths, bars stacked by incident type */
  PKC_COMPARE_MISSIONS,  /* deaths per year of 2–6 chosen missions, small multiples */
  PKC_COMPARE_WORLD,     /* all deaths per year, the whole force, deaths per 1,000 */
  PKC_N_COMPARE_VIEWS
} PkcCompareView;

/* The most missions the per-year view shows side by side. */
#define PKC_COMPARE_MAX_CHOSEN 6

/* "Not known" in the strength arrays. */
#define PKC_COMPARE_NO_STRENGTH (-1.0)

typedef struct {
  char   *acronym;
  char   *name;      /* full name in the UI language, or NULL */
  guint  *deaths;    /* [n_years * PKC_N_INCIDENTS]: deaths[y * PKC_N_INCIDENTS + t] */
  double *strength;  /* NULL, or [n_years]: the mission's own uniformed strength that year
                      * (PKC_COMPARE_NO_STRENGTH where no sourced observation exists) */
  char   *strength_source;  /* names the source of @strength, or NULL */
  gboolean outside_force;   /* not a peacekeeping operation (a political mission, an office):
                             * left out of the whole-force view, whose force size counts
                             * peacekeeping operations only */
} PkcCompareMission;

typedef struct {
  guint      first_year;
  guint      n_years;
  GPtrArray *missions;      /* of PkcCompareMission*, owned */
  double    *force;         /* [n_years]: size of the whole force at the end of the year, or
                             * PKC_COMPARE_NO_STRENGTH */
  char      *deaths_source; /* the fatalities data, named for the source line */
  char      *force_source;  /* the force-size data, or NULL */
} PkcCompareData;

typedef struct {
  PkcCompareView view;
  gboolean       malicious_only;   /* ranking and per-year: count malicious acts only */
  guint          top_n;            /* ranking: how many missions; 0 = all */
  const char    *chosen[PKC_COMPARE_MAX_CHOSEN + 1];  /* per-year: acronyms, NULL-ended */
} PkcCompareOptions;

PkcCompareData    *pkc_compare_data_new        (guint first_year,
                                                guint n_years);
void               pkc_compare_data_free       (PkcCompareData *data);
/* Adds a mission with no deaths yet and returns it (owned by @data). */
PkcCompareMission *pkc_compare_data_add_mission (PkcCompareData *data,
                                                 const char     *acronym,
                                                 const char     *name);
PkcCompareMission *pkc_compare_data_find       (const PkcCompareData *data,
                                                const char           *acronym);
/* Counts one death of @incident in @year (ignored outside the data's years). */
void               pkc_compare_mission_add_death (PkcCompareMission *mission,
                                                  const PkcCompareData *data,
                                                  guint              year,
                                                  PkcIncident        incident);
/* Deaths of @mission in year index @y (all years: @y < 0), all types or malicious only. */
guint              pkc_compare_mission_deaths (const PkcCompareMission *mission,
                                               const PkcCompareData    *data,
                                               int                      y,
                                               gboolean                 malicious_only);
/* Deaths of every mission counted in the whole force (not outside_force) in year index @y. */
guint              pkc_compare_data_year_deaths (const PkcCompareData *data,
                                                 guint                 y);

/* Mission indices (guint) in ranking order: deaths descending (malicious acts only when
 * asked), then the data's order; missions without deaths left out, cut to top_n.
 * @n_ranked_all: how many there were before the cut. */
GArray            *pkc_compare_ranked          (const PkcCompareData    *data,
                                                const PkcCompareOptions *compare,
                                                guint                   *n_ranked_all);
void               pkc_compare_options_init    (PkcCompareOptions *options);
const char        *pkc_compare_view_to_token   (PkcCompareView     view);  /* ranking|missions|world */
gboolean           pkc_compare_view_from_token (const char        *token,
                                                PkcCompareView    *out);
/* Localised name of a view ("Missions ranked by deaths"). */
const char        *pkc_compare_view_get_title  (PkcCompareView     view);

/* Lays out one Compare chart. Pure: same inputs, same scene. Legend entries toggle
 * options->hidden_series; hit regions carry series (incident type, or mission index in
 * the world view) and item (mission or year index). */
PkcScene          *pkc_compare_layout          (const PkcCompareData    *data,
                                                const PkcCompareOptions *compare,
                                                double                   width,
                                                double                   height,
                                                const PkcChartOptions   *options);

/* The numbers one view draws, as CSV text with a header line (what --print-data prints). */
char              *pkc_compare_to_csv          (const PkcCompareData    *data,
                                                const PkcCompareOptions *compare);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcCompareData, pkc_compare_data_free)

G_END_DECLS
