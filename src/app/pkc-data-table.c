/* pkc-data-table.c — a window listing the numbers a chart draws, with Copy and Save as CSV
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-data-table"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-common.h"
#include "pkc-data-table.h"
#include "pkc-export.h"
#include "pkc-app-private.h"

struct _PkcDataTable
{
  AdwWindow             parent_instance;

  AdwToastOverlay      *toasts;
  GtkColumnView        *column_view;
  GtkFileChooserNative *chooser;

  char                 *csv;
  char                 *file_name;
  GPtrArray            *rows;       /* GStrv per line, the header first */
  guint                 n_columns;
};

G_DEFINE_FINAL_TYPE (PkcDataTable, pkc_data_table, ADW_TYPE_WINDOW)

#define COLUMN_KEY "pkc-column"

/* Each line of @csv as a GStrv, the header first; NULL with @error set if it cannot be read. */
static GPtrArray *
read_rows (const char  *csv,
           const char  *file_name,
           GError     **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (csv, strlen (csv), NULL);
  g_autoptr(PkcCsvReader) reader = pkc_csv_reader_new (stream, file_name);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GError *local_error = NULL;
  char **fields;
  guint n_fields;

  while (pkc_csv_reader_next (reader, &fields, &n_fields, NULL, &local_error))
    {
      GStrv row = g_new0 (char *, n_fields + 1);

      for (guint i = 0; i < n_fields; i++)
        row[i] = g_strdup (fields[i]);
      g_ptr_array_add (rows, row);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (rows->len == 0)
    {
      /* Translators: error; should not happen: a chart's table always has a header */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The table is empty"));
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_selectable (GTK_LABEL (label), FALSE);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

/* The items are the row numbers (1 = the first line below the header). */
static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              PkcDataTable             *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), COLUMN_KEY));
  GtkStringObject *number = gtk_list_item_get_item (item);
  guint row = (guint) g_ascii_strtoull (gtk_string_object_get_string (number), NULL, 10);
  const char *text = _pkc_data_table_get_cell (self, row - 1, column);
  GtkWidget *label = gtk_list_item_get_child (item);
  char *end = NULL;

  /* Numbers right-aligned so their digits line up; text (dates, names) left. */
  g_ascii_strtod (text, &end);
  gtk_label_set_xalign (GTK_LABEL (label), *text != '\0' && *end == '\0' ? 1.0 : 0.0);
  gtk_label_set_label (GTK_LABEL (label), text);
}

static void
add_columns (PkcDataTable *self)
{
  GStrv header = g_ptr_array_index (self->rows, 0);
  g_autoptr(GtkStringList) numbers = gtk_string_list_new (NULL);
  GtkNoSelection *selection;

  for (guint c = 0; c < self->n_columns; c++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      const char *title = c < g_strv_length (header) ? header[c] : "";

      g_object_set_data (G_OBJECT (factory), COLUMN_KEY, GUINT_TO_POINTER (c));
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), NULL);
      g_signal_connect_object (factory, "bind", G_CALLBACK (bind_cell_cb), self, 0);
      column = gtk_column_view_column_new (title, factory);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (self->column_view, column);
    }
  for (guint r = 1; r < self->rows->len; r++)
    {
      char number[16];

      g_snprintf (number, sizeof number, "%u", r);
      gtk_string_list_append (numbers, number);
    }
  selection = gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&numbers)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PkcDataTable *self = PKC_DATA_TABLE (widget);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->csv);
  /* Translators: toast after the table was copied */
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (_("Table copied as CSV")));
}

static void
save_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  PkcDataTable    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      bytes = g_bytes_new (self->csv, strlen (self->csv));
      if (pkc_export_write (file, bytes, NULL, &error))
        {
          g_autofree char *name = g_file_get_basename (file);

          /* Translators: toast; %s is a file name */
          message = g_strdup_printf (_("Saved “%s”"), name);
        }
      else
        /* Translators: toast; %s says why */
        message = g_strdup_printf (_("Could not save the table: %s"), error->message);
      adw_toast_overlay_add_toast (self->toasts, adw_toast_new (message));
    }
  g_clear_object (&self->chooser);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PkcDataTable *self = PKC_DATA_TABLE (widget);

  if (self->chooser != NULL)
    return;
  /* Translators: title of the file chooser saving a chart's data table */
  self->chooser = gtk_file_chooser_native_new (_("Save Table as CSV"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, NULL, NULL);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), self->file_name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (save_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static GtkWidget *
icon_button (const char *icon,
             const char *action,
             const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  label, -1);
  return button;
}

static void
build_ui (PkcDataTable *self,
          const char   *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *window_title = adw_window_title_new (title, NULL);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  g_autofree char *rows = NULL;

  /* Translators: window subtitle of a data table; %u is how many rows it has */
  rows = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u row", "%u rows",
                                       self->rows->len - 1), self->rows->len - 1);
  adw_window_title_set_subtitle (ADW_WINDOW_TITLE (window_title), rows);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), window_title);
  /* Translators: button (tooltip and screen reader name) of the data table */
  adw_header_bar_pack_start (ADW_HEADER_BAR (header),
                             icon_button ("edit-copy-symbolic", "table.copy", _("Copy as CSV")));
  /* Translators: button (tooltip and screen reader name) of the data table */
  adw_header_bar_pack_start (ADW_HEADER_BAR (header),
                             icon_button ("document-save-symbolic", "table.save",
                                          _("Save as CSV…")));
  gtk_box_append (GTK_BOX (box), header);

  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled),
                                 GTK_WIDGET (self->column_view));
  gtk_widget_set_vexpand (scrolled, TRUE);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, scrolled);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->toasts));
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_window_set_default_size (GTK_WINDOW (self), 720, 560);
}

static void
pkc_data_table_finalize (GObject *object)
{
  PkcDataTable *self = PKC_DATA_TABLE (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_free (self->csv);
  g_free (self->file_name);
  G_OBJECT_CLASS (pkc_data_table_parent_class)->finalize (object);
}

static void
pkc_data_table_class_init (PkcDataTableClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = pkc_data_table_finalize;
  gtk_widget_class_install_action (widget_class, "table.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "table.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK,
                                       "table.copy", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "table.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pkc_data_table_init (PkcDataTable *self)
{
}

PkcDataTable *
pkc_data_table_new (const char  *title,
                    const char  *csv,
                    const char  *file_name,
                    GError     **error)
{
  GPtrArray *rows;
  PkcDataTable *self;

  g_return_val_if_fail (title != NULL && csv != NULL && file_name != NULL, NULL);

  rows = read_rows (csv, file_name, error);
  if (rows == NULL)
    return NULL;
  /* GTK owns a new window (gtk_window_destroy() ends it). */
  self = g_object_new (PKC_TYPE_DATA_TABLE, NULL);
  self->csv = g_strdup (csv);
  self->file_name = g_strdup (file_name);
  self->rows = rows;
  for (guint r = 0; r < rows->len; r++)
    self->n_columns = MAX (self->n_columns, g_strv_length (g_ptr_array_index (rows, r)));
  build_ui (self, title);
  add_columns (self);
  return self;
}

const char *
_pkc_data_table_get_csv (PkcDataTable *self)
{
  g_return_val_if_fail (PKC_IS_DATA_TABLE (self), NULL);
  return self->csv;
}

GtkColumnView *
_pkc_data_table_get_column_view (PkcDataTable *self)
{
  g_return_val_if_fail (PKC_IS_DATA_TABLE (self), NULL);
  return self->column_view;
}

guint
_pkc_data_table_get_n_rows (PkcDataTable *self)
{
  g_return_val_if_fail (PKC_IS_DATA_TABLE (self), 0);
  return self->rows->len - 1;
}

const char *
_pkc_data_table_get_cell (PkcDataTable *self,
                          guint         row,
                          guint         column)
{
  GStrv fields;

  g_return_val_if_fail (PKC_IS_DATA_TABLE (self), NULL);
  g_return_val_if_fail (row + 1 < self->rows->len, NULL);

  fields = g_ptr_array_index (self->rows, row + 1);
  return column < g_strv_length (fields) ? fields[column] : "";
}
