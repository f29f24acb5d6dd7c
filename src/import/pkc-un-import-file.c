/* pkc-un-import-file.c — the UN fatalities import from a file to a file or stdout
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#ifdef G_OS_UNIX
#include <gio/gunixoutputstream.h>
#endif

#include "pkc-common.h"
#include "pkc-un-import.h"
#include "pkc-un-import-private.h"

static GInputStream *
open_csv (GFile       *csv,
          const char  *display_name,
          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GFileInputStream *in = g_file_read (csv, NULL, &local_error);

  if (in != NULL)
    return G_INPUT_STREAM (in);

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                 /* Translators: %s is a file name */
                 _("%s: no such file"), display_name);
  else
    g_set_error (error, local_error->domain, local_error->code,
                 /* Translators: the first %s is a file name, the second a system message */
                 _("%s: cannot read: %s"), display_name, local_error->message);
  return NULL;
}

static gboolean
import_to_path (GInputStream  *in,
                const char    *display_name,
                const char    *mission_acronym,
                const char    *output_path,
                GPtrArray    **out_warnings,
                GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (output_path);
  g_autoptr(GError) local_error = NULL;
  PkcSafeWrite write = { 0 };

  /* Opened before reading so a bad output path fails at once, not after the whole CSV. */
  /* The safe-write helper's messages name the file and say why: passed on as they are. */
  if (!pkc_safe_write_begin (&write, file, NULL, error))
    return FALSE;

  if (!pkc_un_import (in, display_name, mission_acronym, G_OUTPUT_STREAM (write.stream),
                      out_warnings, error))
    {
      pkc_safe_write_abandon (&write);
      return FALSE;
    }

  if (!pkc_safe_write_commit (&write, NULL, &local_error))
    {
      /* No dataset was written after all: its warnings go with it. */
      if (out_warnings != NULL)
        g_clear_pointer (out_warnings, g_ptr_array_unref);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

gboolean
_pkc_un_import_file (GFile       *csv,
                     const char  *mission_acronym,
                     const char  *output_path,
                     GPtrArray  **out_warnings,
                     GError     **error)
{
  g_autofree char *display_name = NULL;
  g_autoptr(GInputStream) in = NULL;

  g_return_val_if_fail (G_IS_FILE (csv), FALSE);
  g_return_val_if_fail (mission_acronym != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_warnings != NULL)
    *out_warnings = NULL;
  display_name = g_file_get_basename (csv);
  in = open_csv (csv, display_name, error);
  if (in == NULL)
    return FALSE;

  if (output_path != NULL)
    return import_to_path (in, display_name, mission_acronym, output_path, out_warnings,
                           error);

#ifdef G_OS_UNIX
  {
    g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);

    /* Nothing reaches stdout unless the whole import succeeded. */
    fflush (stdout);
    if (pkc_un_import (in, display_name, mission_acronym, out, out_warnings, error) &&
        g_output_stream_flush (out, NULL, error))
      return TRUE;
    if (out_warnings != NULL)
      g_clear_pointer (out_warnings, g_ptr_array_unref);
    return FALSE;
  }
#else
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                       _("writing to standard output is not supported here; use --output"));
  return FALSE;
#endif
}

int
pkc_un_import_main (const char *csv_path,
                    const char *mission_acronym,
                    const char *output_path)
{
  g_autoptr(GFile) csv = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = NULL;

  g_return_val_if_fail (csv_path != NULL, 1);
  g_return_val_if_fail (mission_acronym != NULL, 1);

  csv = g_file_new_for_commandline_arg (csv_path);
  if (!_pkc_un_import_file (csv, mission_acronym, output_path, &warnings, &error))
    {
      /* One line, even if a system message carried a line break. */
      g_strdelimit (error->message, "\r\n", ' ');
      g_printerr ("%s\n", error->message);
      return 1;
    }

  /* Each kind of repair once, with its count: the import itself went through. */
  for (guint i = 0; i < warnings->len; i++)
    {
      char *warning = warnings->pdata[i];

      g_strdelimit (warning, "\r\n", ' ');
      g_printerr ("%s\n", warning);
    }

  return 0;
}
