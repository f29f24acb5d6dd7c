/* pkc-sources-private.h — the sources a scene draws on, listed in full on a page
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On screen a chart ends with a one-line summary of its sources and the tooltips carry each
 * datum's source. A printed page or an exported image has no tooltips, so with
 * options->sources_in_full the layouts note each source the records they draw cite
 * (pkc_scene_cite) and the frame lists them under the chart, numbered, each line linking to
 * the source's address (pkc_source_block_layout).
 */
#pragma once

#include "pkc-casualty-stack.h"
#include "pkc-layout-private.h"

G_BEGIN_DECLS

/* One source the scene's records cite. */
typedef struct {
  char  *id;
  char  *text;    /* short form: publisher, title, date of the version used */
  char  *uri;     /* nullable: only http, https and ftp addresses are kept */
  guint  count;   /* how many drawn items cite it */
  guint  order;   /* first citation's rank */
} PkcCitation;

/* Cites each id of the space-separated @refs once more (ids the dataset does not know are
 * listed by their id). */
void      pkc_scene_cite          (PkcScene    *scene,
                                   PkcDataset  *dataset,
                                   const char  *refs);
/* A credit that is not a dataset source ("Map outline: Natural Earth"), listed after them. */
void      pkc_scene_cite_note     (PkcScene    *scene,
                                   const char  *text);
/* The strength chart's drawn records: the ceilings, observations and departures of the
 * series @visible[PkcStrengthSeries] shows. */
void      pkc_scene_cite_strength (PkcScene       *scene,
                                   PkcDataset     *dataset,
                                   const gboolean *visible);

/* The casualty chart's: the sources of the records of each category @visible[k] shows, and
 * of the event labels dated from julian day @j_from up to (not including) @j_to. */
void      pkc_scene_cite_casualties (PkcScene               *scene,
                                     PkcDataset             *dataset,
                                     const PkcCasualtyStack *stack,
                                     const gboolean         *visible,
                                     guint32                 j_from,
                                     guint32                 j_to);
/* The bases chart's: closure dates (and disputed alternatives), places on the map, and the
 * map outline's credit. */
void      pkc_scene_cite_bases    (PkcScene    *scene,
                                   PkcDataset  *dataset);

/* The sources listed at the bottom of @frame's body, above @bottom, in columns when there is
 * room; at most PKC_SOURCES_MAX_LISTED of them, the most cited, then a line saying how many
 * more there are and where all are listed. Returns the new bottom (the block's top). */
#define PKC_SOURCES_MAX_LISTED 12
double    pkc_source_block_layout (PkcScene       *scene,
                                   const PkcFrame *frame,
                                   double          bottom);

/* The address a source may link to, or NULL: http, https and ftp only. */
gboolean  pkc_source_uri_is_safe  (const char *uri);

G_END_DECLS
