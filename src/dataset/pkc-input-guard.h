/* pkc-input-guard.h — a byte-level look at the XML before libxml2 parses it
 *
 * The loader feeds every chunk it reads through a guard. It refuses what must never reach
 * libxml2's parser: a DOCTYPE (entities, external DTDs) and start tags with so many
 * attributes that libxml2's duplicate check, quadratic in their number, takes minutes.
 * It understands UTF-8, UTF-16 and UCS-4 (by their first bytes) and tracks line and column.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  PKC_GUARD_OK,
  PKC_GUARD_DOCTYPE,
  PKC_GUARD_TOO_MANY_ATTRIBUTES,
  PKC_GUARD_TOO_LONG,           /* text, comments or one tag: more than PKC_GUARD_MAX_RUN */
} PkcGuardVerdict;

/* The most bytes between two element tags (text with comments, CDATA, processing
 * instructions), or inside one tag. libxml2's reader keeps such a run in memory whole, so a
 * 250 MB note split by comments cost 600 MB before the loader could refuse it. A dataset's
 * longest text, a 100 KB note, fits many times. */
#define PKC_GUARD_MAX_RUN (1024 * 1024)

typedef struct {
  /* What was refused, where the refused construct starts, and the element's name. */
  PkcGuardVerdict verdict;
  guint           line;
  guint           column;
  char            element[64];

  /*< private >*/
  guint           max_attributes;
  guint8          head[4];
  guint           n_head;
  guint           width;        /* bytes per code unit: 1, 2 or 4; 0 until known */
  gboolean        big_endian;
  guint8          unit[4];
  guint           n_unit;
  int             state;
  guint           matched;      /* matched characters, or '-'/']'/'?' seen in a row */
  char            decl[8];      /* the characters after "<!" */
  gsize           skip;         /* byte order mark bytes still to skip */
  gunichar        quote;
  guint           n_attributes;
  guint           name_len;
  guint           cur_line;
  guint           cur_column;
  guint           tag_line;
  guint           tag_column;
  gsize           tag_offset;   /* where the current '<' is in the chunk being fed */
  gboolean        tag_in_chunk;
  gsize           run;          /* bytes since the last element tag started */
  guint           run_line;     /* where that run began */
  guint           run_column;
} PkcInputGuard;

void            pkc_input_guard_init (PkcInputGuard *guard,
                                      guint          max_attributes);

/* Looks at the next @len bytes of the file. Returns how many of them may be handed to the
 * parser: all of them, or, once something is refused, the bytes before the refused '<'
 * (0 when it began in an earlier chunk). After a refusal every later call returns 0. */
gsize           pkc_input_guard_feed (PkcInputGuard *guard,
                                      const guint8  *bytes,
                                      gsize          len);

G_END_DECLS
