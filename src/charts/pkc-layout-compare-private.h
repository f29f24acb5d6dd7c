/* pkc-layout-compare-private.h — what the three Compare layouts share
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-compare.h"
#include "pkc-layout-private.h"

G_BEGIN_DECLS

PkcScene *pkc_layout_compare_ranking  (const PkcCompareData    *data,
                                       const PkcCompareOptions *compare,
                                       double                   width,
                                       double                   height,
                                       const PkcChartOptions   *options);
PkcScene *pkc_layout_compare_missions (const PkcCompareData    *data,
                                       const PkcCompareOptions *compare,
                                       double                   width,
                                       double                   height,
                                       const PkcChartOptions   *options);
PkcScene *pkc_layout_compare_world    (const PkcCompareData    *data,
                                       const PkcCompareOptions *compare,
                                       double                   width,
                                       double                   height,
                                       const PkcChartOptions   *options);

/* "Sources: <deaths>; <force>" (the force part only when @with_force). */
char     *pkc_compare_source_line     (const PkcCompareData    *data,
                                       gboolean                 with_force);
/* The legend of incident types that occur in @totals, hidden per options->hidden_series;
 * returns the number of entries written to @legend (at most PKC_N_INCIDENTS). */
guint     pkc_compare_incident_legend (const guint             *totals,
                                       const PkcChartOptions   *options,
                                       PkcLegendEntry          *legend);
/* Whether incident type @t is drawn: not switched off, and malicious only when asked. */
gboolean  pkc_compare_incident_shown  (PkcIncident              t,
                                       const PkcCompareOptions *compare,
                                       const PkcChartOptions   *options);
/* The year of index @y as text ("1993"). */
char     *pkc_compare_year_label      (const PkcCompareData    *data,
                                       guint                    y);

G_END_DECLS

G_BEGIN_DECLS
/* The chosen missions found in @data (at most PKC_COMPARE_MAX_CHOSEN), in choice order. */
guint     pkc_compare_chosen          (const PkcCompareData    *data,
                                       const PkcCompareOptions *compare,
                                       const PkcCompareMission **out);
/* Year indices [*first, *last] with a death in any of @missions; FALSE when none. */
gboolean  pkc_compare_year_span       (const PkcCompareData     *data,
                                       const PkcCompareMission **missions,
                                       guint                     n,
                                       guint                    *first,
                                       guint                    *last);
/* The world view's years: 1948 (or the first year) to the last year with both deaths data
 * and a known force size. FALSE when there is none. */
gboolean  pkc_compare_world_span      (const PkcCompareData    *data,
                                       guint                   *first,
                                       guint                   *last);
/* Deaths of incident type @t in all years. */
guint     pkc_compare_mission_deaths_of (const PkcCompareMission *mission,
                                         const PkcCompareData    *data,
                                         PkcIncident              t);
/* Year labels under @plot (one slot of @unit px per year from @first to @last), every 1,
 * 2, 5, 10… years as room allows, and the base line. */
void      pkc_compare_year_axis       (PkcScene                *scene,
                                       const PkcFrame          *frame,
                                       const PkcCompareData    *data,
                                       const PkcBox            *plot,
                                       guint                    first,
                                       guint                    last,
                                       double                   unit);
/* Deaths per 1,000 of @strength; negative when @strength is unknown or not positive. */
double    pkc_compare_rate            (guint                    deaths,
                                       double                   strength);
G_END_DECLS
