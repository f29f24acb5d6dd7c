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

G_END_DECLS
