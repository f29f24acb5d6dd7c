/* pkc-id-set.h — the loader's set of casualty ids seen so far, without their text
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PkcIdSet PkcIdSet;

PkcIdSet *pkc_id_set_new      (void);
void      pkc_id_set_free     (PkcIdSet   *set);
/* Adds @id, seen on @line: TRUE. FALSE when the set has it already; then *@out_first_line
 * is the line it was added with. */
gboolean  pkc_id_set_add      (PkcIdSet   *set,
                               const char *id,
                               guint       line,
                               guint      *out_first_line);
guint     pkc_id_set_get_size (PkcIdSet   *set);
/* A hint only: brings in the memory pkc_id_set_add() will read for the id of @len bytes at
 * @id, so that it is there when that id's record is read (a million ids miss the cache). */
void      pkc_id_set_prefetch (PkcIdSet   *set,
                               const char *id,
                               gsize       len);

G_END_DECLS
