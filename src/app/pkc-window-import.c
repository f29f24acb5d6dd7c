/* pkc-window-import.c — File → Import UN Fatalities Data…: a newer UN CSV replaces the missions
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-window-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-a11y.h"
#include "pkc-missions.h"
#include "pkc-window-compare.h"
#include "pkc-window-import.h"
#include "pkc-window-missions.h"

#define CHOOSER_KEY "pkc-import-chooser"

static void
show_import_error (PkcWindow    *self,
                   GFile        *file,
                   const GError *error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("Could not import “%s”"), basename);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  /* Translators: the import's error dialog; %s reads "FILE:LINE: reason" */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s\n\nThe missions stay as they were."), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  pkc_a11y_name_mnemonic_buttons (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
pkc_window_import_un_data (PkcWindow  *self,
                           GFile      *file,
                           GError    **error)
{
  g_autoptr(GError) local_error = NULL;
  PkcMissionPicker *picker;
  PkcCatalogue *catalogue;
  g_autofree char *message = NULL;
  guint n;

  g_return_val_if_fail (PKC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!pkc_missions_import (file, &local_error))
    {
      show_import_error (self, file, local_error);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* A list still open shows the old missions: close it, the next one is built afresh. */
  picker = pkc_window_missions_get_picker (self);
  if (picker != NULL)
    gtk_window_destroy (GTK_WINDOW (picker));
  pkc_window_compare_reload (self);
  catalogue = pkc_missions_get_catalogue (NULL);
  n = pkc_catalogue_get_missions (catalogue)->len;
  /* Translators: toast after an import; %u is how many missions the new data has */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "UN data imported: %u mission",
                                          "UN data imported: %u missions", n), n);
  pkc_window_add_toast (self, adw_toast_new (message));
  return TRUE;
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     PkcWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (pkc_window_import_un_data (self, file, NULL))
        pkc_window_missions_open_picker (self);
    }
  g_object_set_data (G_OBJECT (self), CHOOSER_KEY, NULL);
}

static void
import_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  PkcWindow *self = user_data;
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (g_object_get_data (G_OBJECT (self), CHOOSER_KEY) != NULL)
    return;
  /* Translators: file chooser title */
  chooser = gtk_file_chooser_native_new (_("Import UN Fatalities Data"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, NULL, NULL);
  /* Translators: file chooser filter name */
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  g_object_set_data_full (G_OBJECT (self), CHOOSER_KEY, chooser, g_object_unref);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static const GActionEntry import_actions[] = {
  { "import-un-data", import_action },
};

void
pkc_window_import_init (PkcWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), import_actions,
                                   G_N_ELEMENTS (import_actions), self);
}
