/* pkc-window-open.c — opening a dataset file: the chooser, dropped files and the load in
 * a worker thread
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-load-error.h"
#include "pkc-load-indicator.h"
#include "pkc-loader.h"
#include "pkc-window-import.h"
#include "pkc-window-missions.h"
#include "pkc-window-private.h"

/* The error load_thread returns for the UN's CSV, which load_done_cb explains. */
#define UN_CSV_QUARK (g_quark_from_static_string ("pkc-window-un-csv"))

/* Fills @stream's buffer with the file's first kilobyte (less for a shorter file) and says
 * whether it is the UN's CSV; the loader then reads on from the start of that buffer. */
static gboolean
is_un_csv (GBufferedInputStream *stream,
           GCancellable         *cancellable,
           GError              **error)
{
  const char *head;
  gsize n;
  gssize got = 1;

  while (got > 0 && g_buffered_input_stream_get_available (stream) < 1024)
    got = g_buffered_input_stream_fill (stream, 1024, cancellable, error);
  if (got < 0)
    return FALSE;
  head = g_buffered_input_stream_peek_buffer (stream, &n);
  return pkc_window_missions_is_un_csv (head, MIN (n, 1024));
}

/* One file being opened: the worker fills @problems when the file breaks the format. */
typedef struct {
  GFile     *file;
  GPtrArray *problems;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_object_unref (job->file);
  g_clear_pointer (&job->problems, g_ptr_array_unref);
  g_free (job);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  GError *error = NULL;
  PkcDataset *dataset = NULL;
  g_autoptr(GFileInputStream) file_stream = g_file_read (job->file, cancellable, &error);
  g_autoptr(GInputStream) stream = NULL;
  g_autofree char *basename = g_file_get_basename (job->file);
  g_autofree char *display_name = g_filename_display_name (basename != NULL ? basename : "");

  /* Read once, so that a pipe or a device loads as a file does. */
  if (file_stream != NULL)
    stream = g_buffered_input_stream_new_sized (G_INPUT_STREAM (file_stream), 64 * 1024);
  if (stream != NULL && is_un_csv (G_BUFFERED_INPUT_STREAM (stream), cancellable, &error))
    error = g_error_new_literal (UN_CSV_QUARK, 0, _("This is the UN’s fatalities data in CSV, "
                                                    "not a dataset file."));
  else if (error == NULL)
    dataset = pkc_loader_load_stream_problems (stream, display_name, cancellable,
                                               &job->problems, &error);

  if (dataset == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, dataset, g_object_unref);
}

static void
load_done_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  PkcWindow *self = PKC_WINDOW (source_object);
  LoadJob *job = g_task_get_task_data (G_TASK (result));
  GFile *file = job->file;
  g_autoptr(PkcDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  /* A load replaced by a newer one (or stopped) says nothing: the newer one speaks. */
  dataset = g_task_propagate_pointer (G_TASK (result), &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  pkc_load_indicator_stop (PKC_LOAD_INDICATOR (self->load_indicator));

  if (dataset == NULL)
    {
      g_free (self->last_error);
      self->last_error = g_strdup (error->message);
      /* The UN's CSV opened: imported as newer UN data, then the mission list. */
      if (error->domain == UN_CSV_QUARK)
        {
          /* Refused: the import's own dialog says which line and why. */
          if (pkc_window_import_un_data (self, file, NULL))
            pkc_window_missions_open_picker (self);
        }
      else
        gtk_window_present (GTK_WINDOW (pkc_load_error_dialog_new (GTK_WINDOW (self), file,
                                                                   job->problems, error)));
      pkc_window_emit_load_finished (self, FALSE);
      return;
    }

  g_clear_pointer (&self->last_error, g_free);
  pkc_window_set_dataset (self, dataset);
  /* For the desktop's and file choosers' recent files. */
  {
    g_autofree char *uri = g_file_get_uri (file);

    gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  }
  {
    g_autofree char *basename = g_file_get_basename (file);
    /* Translators: toast after a dataset file was opened; %s is its name */
    g_autofree char *text = g_strdup_printf (_("Opened “%s”"), basename);
    pkc_window_add_toast (self, adw_toast_new (text));
  }
  pkc_window_emit_load_finished (self, TRUE);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     PkcWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        pkc_window_open_file (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
open_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  PkcWindow *self = PKC_WINDOW (user_data);
  g_autoptr(GtkFileFilter) xml_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  gtk_file_filter_set_name (xml_filter, _("Peacekeeping datasets"));
  gtk_file_filter_add_mime_type (xml_filter, "application/x-peacekeeping-dataset+xml");
  gtk_file_filter_add_pattern (xml_filter, "*.xml");
  gtk_file_filter_set_name (all_filter, _("All files"));
  gtk_file_filter_add_pattern (all_filter, "*");

  self->chooser = gtk_file_chooser_native_new (_("Open a Dataset"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), xml_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all_filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         PkcWindow     *self)
{
  if (!G_VALUE_HOLDS (value, G_TYPE_FILE))
    return FALSE;

  pkc_window_open_file (self, g_value_get_object (value));
  return TRUE;
}

/* What is being opened, once it takes a while: floating over the foot of the charts where
 * the "Opened" toast then comes, the controls and the header left as they are. */
static void
add_load_indicator (PkcWindow *self)
{
  GtkWidget *stack = GTK_WIDGET (self->view_stack);
  GtkWidget *overlay = gtk_overlay_new ();

  g_object_ref (stack);
  adw_toast_overlay_set_child (self->toast_overlay, NULL);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), stack);
  g_object_unref (stack);
  adw_toast_overlay_set_child (self->toast_overlay, overlay);

  self->load_indicator = pkc_load_indicator_new ();
  gtk_widget_set_halign (self->load_indicator, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->load_indicator, GTK_ALIGN_END);
  gtk_widget_set_margin_bottom (self->load_indicator, 24);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->load_indicator);
}

void
pkc_window_open_file (PkcWindow *self,
                      GFile     *file)
{
  g_autoptr(GTask) task = NULL;
  LoadJob *job;

  g_return_if_fail (PKC_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* Opening another file gives up the one still loading. */
  g_cancellable_cancel (self->load_cancellable);
  g_object_unref (self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  job = g_new0 (LoadJob, 1);
  job->file = g_object_ref (file);
  task = g_task_new (self, self->load_cancellable, load_done_cb, NULL);
  g_task_set_source_tag (task, pkc_window_open_file);
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  g_task_run_in_thread (task, load_thread);
  pkc_load_indicator_start (PKC_LOAD_INDICATOR (self->load_indicator), file,
                            self->load_cancellable);
}

void
pkc_window_open_init (PkcWindow *self)
{
  static const GActionEntry actions[] = {
    { "open", open_action },
  };
  GtkDropTarget *drop_target = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  g_signal_connect (drop_target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));
  add_load_indicator (self);
}
