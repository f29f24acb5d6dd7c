/* pkc-window-missions.c — the window's mission list: choosing, loading and restoring missions
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-window"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pkc-a11y.h"
#include "pkc-embedded.h"
#include "pkc-missions.h"
#include "pkc-settings.h"
#include "pkc-window-missions.h"

#define DEFAULT_MISSION "MINUSMA"

static void
show_mission_error (PkcWindow  *self,
                    const char *acronym,
                    const char *message)
{
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  /* Translators: %s is a mission acronym */
  heading = g_strdup_printf (_("Could not show “%s”"), acronym);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s", message,
                                  _("The dataset shown before stays open."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  pkc_a11y_name_mnemonic_buttons (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
pkc_window_load_mission (PkcWindow   *self,
                         const char  *acronym,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  g_autoptr(GSettings) settings = NULL;

  g_return_val_if_fail (PKC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (acronym != NULL, FALSE);

  dataset = pkc_missions_load (acronym, &local_error);
  if (dataset == NULL)
    {
      show_mission_error (self, acronym, local_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  pkc_window_set_dataset (self, dataset);
  settings = pkc_settings_new ();
  g_settings_set_string (settings, "last-mission", pkc_dataset_get_acronym (dataset));
  return TRUE;
}

static void
mission_picked_cb (PkcMissionPicker *picker,
                   const char       *acronym,
                   PkcWindow        *self)
{
  pkc_window_load_mission (self, acronym, NULL);
}

#define PICKER_KEY "pkc-mission-picker"

static void
picker_destroyed_cb (PkcMissionPicker *picker,
                     PkcWindow        *self)
{
  if (g_object_get_data (G_OBJECT (self), PICKER_KEY) == picker)
    g_object_set_data (G_OBJECT (self), PICKER_KEY, NULL);
}

PkcMissionPicker *
pkc_window_missions_get_picker (PkcWindow *self)
{
  g_return_val_if_fail (PKC_IS_WINDOW (self), NULL);
  return g_object_get_data (G_OBJECT (self), PICKER_KEY);
}

PkcMissionPicker *
pkc_window_missions_open_picker (PkcWindow *self)
{
  g_autoptr(GError) error = NULL;
  PkcCatalogue *catalogue = pkc_missions_get_catalogue (&error);
  PkcDataset *shown = pkc_window_get_dataset (self);
  PkcMissionPicker *picker = pkc_window_missions_get_picker (self);

  /* One list per window: Ctrl+K again brings it forward. */
  if (picker != NULL)
    {
      gtk_window_present (GTK_WINDOW (picker));
      return picker;
    }
  if (catalogue == NULL)
    {
      /* The CSVs are compiled in and tested: failing here is a build bug. */
      g_critical ("The mission catalogue does not load: %s", error->message);
      return NULL;
    }
  picker = pkc_mission_picker_new (GTK_WINDOW (self), catalogue,
                                   shown != NULL ? pkc_dataset_get_acronym (shown) : NULL);
  g_signal_connect_object (picker, "mission-picked", G_CALLBACK (mission_picked_cb), self, 0);
  g_signal_connect_object (picker, "destroy", G_CALLBACK (picker_destroyed_cb), self, 0);
  g_object_set_data (G_OBJECT (self), PICKER_KEY, picker);
  gtk_window_present (GTK_WINDOW (picker));
  return picker;
}

static void
pick_mission_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  pkc_window_missions_open_picker (PKC_WINDOW (user_data));
}

static void
load_mission_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  pkc_window_load_mission (PKC_WINDOW (user_data), g_variant_get_string (parameter, NULL), NULL);
}

static const GActionEntry mission_actions[] = {
  { "pick-mission", pick_mission_action },
  { "load-mission", load_mission_action, "s" },
};

void
pkc_window_missions_init (PkcWindow *self)
{
  g_return_if_fail (PKC_IS_WINDOW (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), mission_actions,
                                   G_N_ELEMENTS (mission_actions), self);
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  const char *last = task_data;
  g_autoptr(GError) error = NULL;
  PkcDataset *dataset = NULL;

  if (*last != '\0')
    dataset = pkc_missions_load (last, NULL);
  /* A mission gone from newer data falls back to the default without a dialog. */
  if (dataset == NULL)
    dataset = pkc_embedded_dataset_load (&error);
  if (dataset == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

static void
restore_done_cb (GObject      *source_object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PkcWindow *self = PKC_WINDOW (source_object);
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = g_task_propagate_pointer (G_TASK (result), &error);

  if (dataset == NULL)
    g_critical ("Embedded dataset does not load: %s", error->message);
  /* A file opened or a mission picked while this loaded wins. */
  else if (pkc_window_get_dataset (self) == NULL)
    pkc_window_set_dataset (self, dataset);
}

static void
restore_start (PkcWindow *self)
{
  g_autoptr(GSettings) settings = pkc_settings_new ();
  g_autoptr(GTask) task = g_task_new (self, NULL, restore_done_cb, NULL);

  g_task_set_source_tag (task, pkc_window_missions_restore);
  g_task_set_task_data (task, g_settings_get_string (settings, "last-mission"), g_free);
  g_task_run_in_thread (task, restore_thread);
}

static void
first_frame_painted_cb (GdkFrameClock *clock,
                        PkcWindow     *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, self);
  restore_start (self);
}

static void
first_map_cb (GtkWidget *widget,
              gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (widget, first_map_cb, user_data);
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (first_frame_painted_cb), widget, 0);
}

/* Read in a thread once the window has painted its first frame: parsing and laying out
 * the chart would otherwise hold back the window (and share the CPU with it). Until then
 * the chart area stays empty, as while any file loads. */
void
pkc_window_missions_restore (PkcWindow *self)
{
  g_return_if_fail (PKC_IS_WINDOW (self));

  g_signal_connect (self, "map", G_CALLBACK (first_map_cb), NULL);
}

gboolean
pkc_window_missions_is_un_csv (const char *head,
                               gsize       length)
{
  g_autofree char *line = NULL;
  const char *end = memchr (head, '\n', length);

  line = g_strndup (head, end != NULL ? (gsize) (end - head) : length);
  /* The UN's header names these columns; a byte order mark may come first. */
  return strstr (line, "mission_acronym") != NULL && strstr (line, "incident_date") != NULL &&
         strstr (line, "type_of_incident") != NULL;
}
