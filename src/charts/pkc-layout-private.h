/* pkc-layout-private.h — what the three chart layouts share: frame, axes, legend, labels
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-scene-private.h"
#include "pkc-series.h"
#include "pkc-casualty-view.h"
#include "pkc-data-terms.h"

G_BEGIN_DECLS

/* Sizes that scale with the scene, and the area left for the chart body. */
typedef struct {
  double font;          /* body text, px */
  double small;         /* tick labels, source line */
  double title;
  double pad;           /* outer margin */
  PkcBox body;          /* what remains after title, subtitle and source line */
} PkcFrame;

/* A set of occupied boxes, so labels can be placed without overlapping anything. */
typedef struct {
  GArray *boxes;        /* of PkcBox */
} PkcLabelSet;

void      pkc_label_set_init     (PkcLabelSet  *set);
void      pkc_label_set_clear    (PkcLabelSet  *set);
gboolean  pkc_label_set_fits     (PkcLabelSet  *set,
                                  const PkcBox *box,
                                  double        gap);
void      pkc_label_set_add      (PkcLabelSet  *set,
                                  const PkcBox *box);
/* Adds @box when it fits (with @gap around it) and returns whether it did. */
gboolean  pkc_label_set_try      (PkcLabelSet  *set,
                                  const PkcBox *box,
                                  double        gap);
gboolean  pkc_box_overlaps       (const PkcBox *a,
                                  const PkcBox *b,
                                  double        gap);

/* The box a text would get, without adding it. */
PkcBox    pkc_text_box           (const char  *text,
                                  double       x,
                                  double       y,
                                  double       font_size,
                                  PangoWeight  weight,
                                  double       halign,
                                  double       valign);

/* Title (@title), subtitle and "Source: …" line when options->show_title; sets frame->body. */
void      pkc_frame_layout       (PkcScene              *scene,
                                  PkcFrame              *frame,
                                  const PkcChartOptions *options,
                                  const char            *title,
                                  const char            *subtitle,
                                  const char            *source_line);
/* Sizes only (no text added). */
void      pkc_frame_init         (PkcFrame *frame,
                                  double    width,
                                  double    height);

/* The line under a chart (pkc-source-line.c). "Publisher, Title, as of DATE" for one
 * source; the name when @ids holds one source, else "14 sources"; and "Source: …" /
 * "Sources: …" with @parts (strings) joined by "; ", then @tail (or NULL). */
char     *pkc_source_name        (PkcDataset *dataset,
                                  const char *id);
char     *pkc_source_set_text    (PkcDataset *dataset,
                                  GPtrArray  *ids);
char     *pkc_source_summary     (GPtrArray  *parts,
                                  gboolean    several,
                                  const char *tail);
/* Adds each id of the space-separated @refs to @ids if not there yet. */
void      pkc_source_ids_add     (GPtrArray  *ids,
                                  const char *refs);
/* "Title (Publisher)" of the first source in @refs, or the id when unknown. */
char     *pkc_source_title       (PkcDataset *dataset,
                                  const char *refs);
/* A chart's subtitle: the mission's full name in the UI language, then @range (a date
 * range), so that every chart names its mission in full. */
char     *pkc_mission_subtitle   (PkcDataset *dataset,
                                  const char *range);

/* A time axis: julian day → x. Either linear, or by period (equal-width bars). */
typedef struct {
  double       x0, x1;
  guint32      j0, j1;          /* linear: the julian days at x0 and x1 */
  guint        n_periods;       /* > 0: period mode */
  guint32     *period_julian;   /* [n_periods + 1] starts, plus the end of the last */
} PkcTimeMap;

double    pkc_time_map_x         (const PkcTimeMap *map,
                                  guint32           julian);
double    pkc_time_map_date_x    (const PkcTimeMap *map,
                                  const PkcDate    *date);
void      pkc_time_map_clear     (PkcTimeMap *map);
/* Records @plot and @map in @scene for pkc_scene_span_to_range(). */
void      pkc_scene_set_time_axis (PkcScene         *scene,
                                   const PkcBox     *plot,
                                   const PkcTimeMap *map);

/* Labels and ticks under @plot for the map's range; picks months, quarters, years or
 * multi-year steps so that labels never collide. With @max_rows >= 2 months may be labelled
 * "Jan Feb …" or "J F M …" with the year on a second row. Returns the height used below the
 * plot. */
double    pkc_time_axis_layout   (PkcScene         *scene,
                                  const PkcFrame   *frame,
                                  const PkcTimeMap *map,
                                  const PkcBox     *plot,
                                  guint             max_rows,
                                  PkcLabelSet      *labels);

/* A value axis: nice ticks from 0 to at least @max. */
typedef struct {
  double min, max;     /* the axis range (ticks cover it) */
  double step;
  guint  n_ticks;
} PkcValueAxis;

void      pkc_value_axis_init    (PkcValueAxis *axis,
                                  double        max,
                                  guint         max_ticks,
                                  gboolean      integers);
double    pkc_value_axis_y       (const PkcValueAxis *axis,
                                  const PkcBox       *plot,
                                  double              value);
/* Widest tick label of the axis, px. */
double    pkc_value_axis_label_width (const PkcValueAxis *axis,
                                      double              font_size);
/* Grid lines across @plot and tick labels at @label_x (right-aligned when @align_right). */
void      pkc_value_axis_layout  (PkcScene           *scene,
                                  const PkcValueAxis *axis,
                                  const PkcBox       *plot,
                                  double              font_size,
                                  double              label_x,
                                  gboolean            align_right,
                                  gboolean            grid,
                                  PkcLabelSet        *labels);

/* A legend: one row (wrapping) of swatch + label entries starting at (@x, @y), within
 * @max_width. Returns the height used. Entries with hidden TRUE are drawn hollow. */
typedef struct {
  const char     *label;
  PkcPaint        paint;
  PkcMarkerShape  shape;
  gboolean        line;       /* a line swatch instead of a marker */
  double          dash;
  gboolean        hollow;
  gboolean        hidden;
  int             legend_index;
} PkcLegendEntry;

double    pkc_legend_layout      (PkcScene             *scene,
                                  const PkcFrame       *frame,
                                  const PkcLegendEntry *entries,
                                  guint                 n_entries,
                                  double                x,
                                  double                y,
                                  double                max_width,
                                  PkcLabelSet          *labels);

/* The centred "no records" message. */
PkcScene *pkc_layout_empty       (PkcChartKind           kind,
                                  double                 width,
                                  double                 height,
                                  const PkcChartOptions *options,
                                  const char            *message);

PkcScene *pkc_layout_casualties  (PkcDataset            *dataset,
                                  double                 width,
                                  double                 height,
                                  const PkcChartOptions *options);
PkcScene *pkc_layout_strength    (PkcDataset            *dataset,
                                  double                 width,
                                  double                 height,
                                  const PkcChartOptions *options);
PkcScene *pkc_layout_bases       (PkcDataset            *dataset,
                                  double                 width,
                                  double                 height,
                                  const PkcChartOptions *options);

/* The strength chart's 2023 withdrawal panel in @box: heading, its own count and time axes,
 * cumulative departures (filled: uniformed, hollow: all personnel). */
void      pkc_withdrawal_layout  (PkcScene              *scene,
                                  const PkcFrame        *frame,
                                  PkcDataset            *dataset,
                                  const PkcBox          *box,
                                  PkcLabelSet           *labels);

/* The localised name of an incident type ("Malicious act"). */
const char *pkc_incident_label   (PkcIncident incident);

G_END_DECLS

G_BEGIN_DECLS
/* Event marks (pkc-events.c): a thin dashed line per event inside the plot, and its label
 * in rows of height @row_h above the plot (from @band_y, at most @max_rows rows): the whole
 * label, on one line or two, else its <short> text; when not every event fits, numbers in
 * the band and a key under the plot (at most @max_key_h high) with the whole texts. Nothing
 * overlaps; the tooltip always has the whole label. Events outside [@j_from, @j_to) are
 * skipped. Planned from @plot's x range before the plot's height is known. */
typedef struct _PkcEventPlan PkcEventPlan;

PkcEventPlan *pkc_event_plan_new        (const PkcFrame   *frame,
                                         PkcDataset       *dataset,
                                         const PkcTimeMap *map,
                                         const PkcBox     *plot,
                                         double            band_y,
                                         guint             max_rows,
                                         double            row_h,
                                         guint32           j_from,
                                         guint32           j_to,
                                         double            max_key_h);
/* The rows of the band the plan uses (at least 1). */
guint         pkc_event_plan_rows       (const PkcEventPlan *plan);
/* The key's height (its gap above included), 0 without a key. */
double        pkc_event_plan_key_height (const PkcEventPlan *plan);
/* Adds the lines, labels, numbers, tooltips and the key (at @key_y) to @scene and @labels;
 * the events' source ids go to @source_ids. */
void          pkc_event_plan_emit       (PkcEventPlan     *plan,
                                         PkcScene         *scene,
                                         PkcDataset       *dataset,
                                         const PkcBox     *plot,
                                         double            key_y,
                                         PkcLabelSet      *labels,
                                         GPtrArray        *source_ids);
void          pkc_event_plan_free       (PkcEventPlan     *plan);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcEventPlan, pkc_event_plan_free)
G_END_DECLS

G_BEGIN_DECLS
/* Phases of the base closures, in order of first appearance (the colour and legend index). */
typedef struct {
  GPtrArray *tokens;   /* of char* (borrowed), NULL token for bases without a phase */
} PkcPhases;

void        pkc_phases_init      (PkcPhases  *phases,
                                  GPtrArray  *bases);
void        pkc_phases_clear     (PkcPhases  *phases);
guint       pkc_phases_index     (PkcPhases  *phases,
                                  const char *token);
/* "Phase 2", "Final phase", "Liquidation", or the token itself (newly allocated). */
char       *pkc_phase_label      (const char *token);

/* The map panel: the outline of the dataset's host country in @box (none when the dataset
 * names no country, or one without an outline), bases numbered by closure order. */
void        pkc_map_layout       (PkcScene              *scene,
                                  const PkcFrame        *frame,
                                  PkcDataset            *dataset,
                                  const PkcBox          *box,
                                  PkcPhases             *phases,
                                  const PkcChartOptions *options,
                                  PkcLabelSet           *labels);
/* The tooltip of a base: name, closure date or dispute (both dates, both sources), phase,
 * contingents, source. */
char       *pkc_base_tooltip     (PkcDataset    *dataset,
                                  const PkcBase *base);
/* Country outlines (Natural Earth admin-0) by ISO 3166-1 alpha-3 code; NULL when there is
 * none for @iso3. The outline is static data: never freed. */
typedef struct _PkcOutline PkcOutline;

const PkcOutline *pkc_outline_lookup   (const char       *iso3);
/* Natural Earth's short English name: the label when the dataset gives none. */
const char       *pkc_outline_name     (const PkcOutline *outline);
guint             pkc_outline_n_rings  (const PkcOutline *outline);
/* Ring @ring as (lon, lat) points in x, y, newly allocated in @lonlat; returns the count. */
guint             pkc_outline_ring     (const PkcOutline *outline,
                                        guint             ring,
                                        PkcPoint        **lonlat);
void              pkc_outline_extent   (const PkcOutline *outline,
                                        double           *min_lon,
                                        double           *min_lat,
                                        double           *max_lon,
                                        double           *max_lat);
gboolean          pkc_outline_contains (const PkcOutline *outline,
                                        double            lon,
                                        double            lat);
/* @text with every line longer than @max_chars broken at spaces (newly allocated). */
char     *_pkc_text_wrap_chars         (const char             *text,
                                        guint                   max_chars);

/* The ISO 3166-1 alpha-3 code to show: @iso when the data has one, else the code of a known
 * UN spelling (pkc_un_spelling_iso()), else "". */
const char *_pkc_data_term_nationality_iso (const char *raw,
                                            const char *iso);

G_END_DECLS
