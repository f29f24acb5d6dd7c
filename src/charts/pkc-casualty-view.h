/* pkc-casualty-view.h — what a casualty chart shows, said in words: its filters in the
 * subtitle, partial periods, the stacked bar's tooltip; and the command line's way to ask for
 * the same view (--personnel, --hide, --from, --to)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-casualty-stack.h"

G_BEGIN_DECLS

/* "Police only · excluding Malicious act": the personnel filter and the categories switched
 * off among those that occur (@occurs[k]), or NULL when the chart shows everything. */
char     *pkc_casualty_view_filters   (const PkcCasualtyStack *stack,
                                       const gboolean         *occurs,
                                       const PkcChartOptions  *options);

/* "excluding a, b" for the series names in @names, or NULL when there are none. */
char     *pkc_excluding_text          (GPtrArray              *names);
/* The strength chart's series switched off among those @present ("excluding police
 * ceiling"), or NULL (pkc-strength-view.c). */
char     *pkc_strength_view_filters   (const gboolean         *present,
                                       guint                   hidden_series);

/* The days a casualty chart can count, as julian days: from the mission's start to its end
 * or the date of the data (its latest source), whichever comes first, widened to any record
 * outside them, cut by the zoom. */
void      pkc_casualty_coverage       (PkcDataset              *dataset,
                                       const PkcCasualtyStack  *stack,
                                       const PkcChartOptions   *options,
                                       guint32                 *first,
                                       guint32                 *last);
/* TRUE when the coverage @covered_first … @covered_last holds less than the whole period @p
 * of @series but some of it (@from, @to: the days covered). */
gboolean  pkc_casualty_period_partial (const PkcCasualtySeries *series,
                                       guint                    p,
                                       guint32                  covered_first,
                                       guint32                  covered_last,
                                       PkcDate                 *from,
                                       PkcDate                 *to);

/* The tooltip of bar segment @k of period @p: the period (and what part of it, for a
 * partial one), every visible segment of the bar with "▸" before @k, the bar's total, the
 * source named once; lines wrapped at PKC_TOOLTIP_MAX_CHARS. */
#define PKC_TOOLTIP_MAX_CHARS 64
char     *pkc_casualty_bar_tooltip    (PkcDataset             *dataset,
                                       const PkcCasualtyStack *stack,
                                       const gboolean         *visible,
                                       guint                   p,
                                       guint                   k,
                                       const char             *period,
                                       const char             *partial);

/* The command line (pkc-casualty-tokens.c). Each returns FALSE with @error set to one line
 * naming what was wrong and what is allowed. */

/* "police", "military,military-observer": the dataset's personnel tokens, or "civilian"
 * (international and local civilians) or "all", comma-separated. */
gboolean  pkc_casualty_personnel_parse (const char             *list,
                                        guint                  *mask,
                                        GError                **error);
/* "YYYY", "YYYY-MM" or "YYYY-MM-DD" for --from and --to (either may be NULL), widened to
 * whole periods of @interval as the window's drag-zoom does. */
gboolean  pkc_casualty_range_parse    (const char             *from_text,
                                       const char             *to_text,
                                       PkcInterval             interval,
                                       PkcDate                *from,
                                       PkcDate                *to,
                                       GError                **error);
/* The legend series named in @list ("malicious-act,accident"; for nationality the name as
 * the CSV header writes it, any case, spaces or hyphens) set in options->hidden_series, for
 * the categories @options stacks by. */
gboolean  pkc_casualty_hidden_parse   (PkcDataset             *dataset,
                                       PkcChartOptions        *options,
                                       const char             *list,
                                       GError                **error);
G_END_DECLS
