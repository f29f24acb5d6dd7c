/* pkc-spool.h — an append-only byte buffer that spills to an anonymous temporary file
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _PkcSpool PkcSpool;

/* Keeps at most about @memory_limit bytes in memory; beyond that, the data goes to a
 * temporary file (g_file_new_tmp) which is removed again when the spool is freed. */
PkcSpool *pkc_spool_new        (gsize          memory_limit);
void      pkc_spool_free       (PkcSpool      *self);
gboolean  pkc_spool_append     (PkcSpool      *self,
                                const char    *data,
                                gsize          len,
                                GError       **error);
/* Writes everything appended so far to @out, in order. Call it once. */
gboolean  pkc_spool_write_to   (PkcSpool      *self,
                                GOutputStream *out,
                                GCancellable  *cancellable,
                                GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcSpool, pkc_spool_free)

G_END_DECLS
