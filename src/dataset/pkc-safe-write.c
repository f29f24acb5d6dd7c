/* pkc-safe-write.c — replace a file only when the new contents are complete
 *
 * Used by every writer of user files (exports, the importer) so that a failed or
 * interrupted write never destroys what was there.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-safe-write.h"

static void
pkc_safe_write_clear (PkcSafeWrite *write)
{
  g_clear_object (&write->stream);
  g_clear_object (&write->file);
}

gboolean
pkc_safe_write_begin (PkcSafeWrite  *write,
                      GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_return_val_if_fail (write != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  write->file = g_object_ref (file);
  write->existed = g_file_query_exists (file, NULL);
  write->stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (write->stream == NULL)
    {
      pkc_safe_write_clear (write);
      return FALSE;
    }
  return TRUE;
}

gboolean
pkc_safe_write_commit (PkcSafeWrite  *write,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_return_val_if_fail (write != NULL && write->stream != NULL, FALSE);

  if (!g_output_stream_close (G_OUTPUT_STREAM (write->stream), cancellable, error))
    {
      pkc_safe_write_abandon (write);
      return FALSE;
    }

  pkc_safe_write_clear (write);
  return TRUE;
}

void
pkc_safe_write_abandon (PkcSafeWrite *write)
{
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();

  g_return_if_fail (write != NULL);

  if (write->stream == NULL)
    return;

  /* Closing with a cancelled cancellable makes GIO drop the temporary file and keep the
   * old one. When there was no file before, GIO writes in place: delete it again. */
  g_cancellable_cancel (cancelled);
  g_output_stream_clear_pending (G_OUTPUT_STREAM (write->stream));
  g_output_stream_close (G_OUTPUT_STREAM (write->stream), cancelled, NULL);
  if (!write->existed)
    g_file_delete (write->file, NULL, NULL);

  pkc_safe_write_clear (write);
}
