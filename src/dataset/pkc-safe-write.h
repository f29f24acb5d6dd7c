/* pkc-safe-write.h — replace a file only when the new contents are complete
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A write in progress: g_file_replace() writes to a temporary file that only a successful
 * close renames over the target. */
typedef struct {
  GFile             *file;
  GFileOutputStream *stream;
  gboolean           existed;
} PkcSafeWrite;

gboolean pkc_safe_write_begin   (PkcSafeWrite  *write,
                                 GFile         *file,
                                 GCancellable  *cancellable,
                                 GError       **error);
/* Renames the new contents over the target. On failure the target is left as it was. */
gboolean pkc_safe_write_commit  (PkcSafeWrite  *write,
                                 GCancellable  *cancellable,
                                 GError       **error);
/* Throws the new contents away; the previous file, if any, stays untouched. */
void     pkc_safe_write_abandon (PkcSafeWrite  *write);

G_END_DECLS
