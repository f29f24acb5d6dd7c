/* pkc-events-private.h — the event plan shared by its placement and its drawing
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-layout-private.h"

G_BEGIN_DECLS

typedef enum {
  PKC_EVENT_LINE_ONLY,   /* no room for a label and no key: the tooltip has the text */
  PKC_EVENT_LABELLED,    /* its text (one or two lines) beside its line, in the band */
  PKC_EVENT_NUMBERED,    /* a number (alone or in a group "4–7") in the band, text in the key */
} PkcEventMark;

/* A label text measured: on one line, and split in two lines of about equal width. */
typedef struct {
  gboolean measured;
  double   width1, width2;
  char    *split[2];         /* NULL when the text has no place to break */
} PkcEventForm;

typedef struct {
  const PkcEvent *event;
  double          x;
  const char     *full;      /* the label in the UI language */
  const char     *brief;     /* its <short>, or @full when there is none */
  PkcEventForm    forms[2];  /* of @full and of @brief */
  PkcEventMark    mark;
  char           *lines[2];  /* a labelled event's text, one or two lines */
  guint           n_lines;
  gboolean        left;      /* text left of the line (right-aligned to it) */
  gboolean        brief_used;/* the label is the short text */
  gboolean        force_number; /* a number blocked by its label: numbered instead */
  PkcBox          box;       /* the label's or the number group's box */
  guint           number;    /* 1-based, numbered events only */
  int             group;     /* index into groups, numbered events only */
} PkcEventItem;

typedef struct {
  guint  first, last;        /* item indices (numbered ones, consecutive numbers) */
  char  *text;               /* "4" or "4–7" */
  PkcBox box;
  guint  set_len;            /* the label set's length before this group was placed */
} PkcEventGroup;

struct _PkcEventPlan {
  PkcFrame  frame;
  double    band_y, row_h;
  guint     max_rows, rows_used;
  double    xmin, xmax;
  GArray   *items;           /* of PkcEventItem */
  GArray   *groups;          /* of PkcEventGroup */
  GPtrArray *key;            /* of char*: the key's texts, number i + 1 at index i */
  gboolean  key_flow;        /* entries as a paragraph rather than in columns */
  double    key_width, key_h;
};

/* A text's width in the band's font. */
double    pkc_event_width        (const PkcEventPlan *plan,
                                  const char         *text);
/* The bottom of the label band's last row. */
double    pkc_event_band_bottom  (const PkcEventPlan *plan);
/* Whether a box of @width × @n_lines rows at row @row, beside the line at @x (left of it
 * when @left), fits; adds it and the line's column below it when it does. */
gboolean  pkc_event_try_box      (PkcEventPlan    *plan,
                                  PkcLabelSet     *set,
                                  double           x,
                                  double           width,
                                  guint            n_lines,
                                  guint            row,
                                  gboolean         left,
                                  PkcBox          *out);

/* Numbers 1, 2, … for the unlabelled events, in date order, each placed alone when it
 * fits; a number that does not fit joins its neighbours' ("4–7"). FALSE, with the span
 * that found no room in @fail_x0…@fail_x1, when even one group of all of them does not
 * fit. */
gboolean  pkc_event_place_numbers (PkcEventPlan   *plan,
                                   PkcLabelSet    *set,
                                   double         *fail_x0,
                                   double         *fail_x1);
/* Forgets the number groups. */
void      pkc_event_clear_groups (PkcEventPlan    *plan);

/* The key under the plot: "1 text" entries within @width, in columns or (@flow) one after
 * another as a paragraph, each text wrapped (never cut). With @scene NULL only measures.
 * Returns the height, the gap above included. */
double    pkc_event_key_layout   (PkcScene        *scene,
                                  const PkcFrame  *frame,
                                  GPtrArray       *texts,
                                  gboolean         flow,
                                  double           x,
                                  double           y,
                                  double           width,
                                  PkcLabelSet     *labels);

/* Fills the plan's key with the numbered events' texts, in the first form that fits
 * @max_h (whole in columns, short in columns, short or whole as a paragraph); sets key_h.
 * FALSE, with an empty key, when none fits. */
gboolean  pkc_event_plan_key     (PkcEventPlan    *plan,
                                  double           max_h);

G_END_DECLS
