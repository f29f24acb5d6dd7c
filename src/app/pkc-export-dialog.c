/* pkc-export-dialog.c — Export…: chart, format, size, resolution and colours, then a file
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-export-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-export-dialog.h"
#include "pkc-window-compare.h"
#include "pkc-export.h"
#include "pkc-window-export.h"

struct _PkcExportDialog
{
  AdwWindow             parent_instance;

  /* Template widgets */
  GtkButton            *export_button;
  AdwComboRow          *chart_row;
  AdwComboRow          *format_row;
  AdwComboRow          *size_row;
  AdwActionRow         *width_row;
  AdwActionRow         *height_row;
  GtkSpinButton        *width_spin;
  GtkSpinButton        *height_spin;
  AdwComboRow          *scale_row;
  AdwComboRow          *theme_row;

  /* Borrowed */
  PkcWindow            *window;

  /* Owned */
  GtkFileChooserNative *chooser;
  PkcChartKind          kind;
  PkcComparePage       *compare;   /* borrowed: the Compare page when it is shown, or NULL */
};

G_DEFINE_FINAL_TYPE (PkcExportDialog, pkc_export_dialog, ADW_TYPE_WINDOW)

enum { CHART_CURRENT, CHART_ALL };
enum { SCALE_1X, SCALE_2X, SCALE_300DPI };

/* Presets: the size in px (PNG, SVG) and in pt (PDF). Pages are landscape, as charts are. */
static const struct {
  const char *name;
  int         px_width, px_height;
  int         pt_width, pt_height;
} presets[] = {
  /* Translators: export size presets; "Slide" is a 16:9 presentation slide */
  { N_("Slide"), 1920, 1080, 960, 540 },
  { N_("A4 page"), 1123, 794, 842, 595 },
  { N_("Letter page"), 1056, 816, 792, 612 },
  { N_("Square"), 1200, 1200, 900, 900 },
};
#define PRESET_CUSTOM G_N_ELEMENTS (presets)

/* The last choices, for the next export in this session. */
static struct {
  gboolean        set;
  guint           format, size, scale, theme;
  double          width, height;
} last;

static PkcExportFormat
selected_format (PkcExportDialog *self)
{
  if (adw_combo_row_get_selected (self->chart_row) == CHART_ALL)
    return PKC_EXPORT_PDF;
  return (PkcExportFormat) adw_combo_row_get_selected (self->format_row);
}

static void
update_size_model (PkcExportDialog *self)
{
  gboolean pdf = selected_format (self) == PKC_EXPORT_PDF;
  guint selected = adw_combo_row_get_selected (self->size_row);
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    {
      g_autofree char *label = NULL;

      if (pdf)
        /* Translators: a size preset: its name, then width × height in points */
        label = g_strdup_printf (_("%s (%d × %d pt)"), _(presets[i].name),
                                 presets[i].pt_width, presets[i].pt_height);
      else
        /* Translators: a size preset: its name, then width × height in pixels */
        label = g_strdup_printf (_("%s (%d × %d px)"), _(presets[i].name),
                                 presets[i].px_width, presets[i].px_height);
      gtk_string_list_append (model, label);
    }
  gtk_string_list_append (model, _("Custom"));

  adw_combo_row_set_model (self->size_row, G_LIST_MODEL (model));
  adw_combo_row_set_selected (self->size_row, selected == GTK_INVALID_LIST_POSITION ? 0
                                                                                     : selected);
}

static void
update_rows (PkcExportDialog *self)
{
  gboolean all = adw_combo_row_get_selected (self->chart_row) == CHART_ALL;
  PkcExportFormat format = selected_format (self);
  gboolean custom = adw_combo_row_get_selected (self->size_row) == PRESET_CUSTOM;
  const char *unit = format == PKC_EXPORT_PDF ? _("Points") : _("Pixels");

  gtk_widget_set_sensitive (GTK_WIDGET (self->format_row), !all);
  if (all && adw_combo_row_get_selected (self->format_row) != PKC_EXPORT_PDF)
    adw_combo_row_set_selected (self->format_row, PKC_EXPORT_PDF);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->format_row),
                               all ? _("All charts go into one PDF report") : "");
  gtk_widget_set_visible (GTK_WIDGET (self->width_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->height_row), custom);
  adw_action_row_set_subtitle (self->width_row, unit);
  adw_action_row_set_subtitle (self->height_row, unit);
  gtk_widget_set_visible (GTK_WIDGET (self->scale_row), format == PKC_EXPORT_PNG);
}

static void
format_changed_cb (PkcExportDialog *self)
{
  update_size_model (self);
  update_rows (self);
}

static void
settings_from_rows (PkcExportDialog   *self,
                    PkcExportSettings *settings)
{
  PkcExportFormat format = selected_format (self);
  guint size = adw_combo_row_get_selected (self->size_row);

  pkc_export_settings_init (settings, format);
  if (size < G_N_ELEMENTS (presets))
    {
      settings->width = format == PKC_EXPORT_PDF ? presets[size].pt_width : presets[size].px_width;
      settings->height = format == PKC_EXPORT_PDF ? presets[size].pt_height
                                                  : presets[size].px_height;
    }
  else
    {
      settings->width = gtk_spin_button_get_value (self->width_spin);
      settings->height = gtk_spin_button_get_value (self->height_spin);
    }

  if (format == PKC_EXPORT_PNG)
    switch (adw_combo_row_get_selected (self->scale_row))
      {
      case SCALE_2X:
        settings->scale = 2;
        break;
      case SCALE_300DPI:
        settings->scale = 300.0 / 96.0;
        settings->dpi = 300;
        break;
      default:
        break;
      }

  settings->theme = (PkcTheme) adw_combo_row_get_selected (self->theme_row);
  settings->chart = *pkc_chart_view_get_options (self->compare != NULL
                                                 ? pkc_compare_page_get_chart_view (self->compare)
                                                 : pkc_window_get_chart_view (self->window,
                                                                              self->kind));
}

static void
remember_choices (PkcExportDialog *self)
{
  last.set = TRUE;
  last.format = adw_combo_row_get_selected (self->format_row);
  last.size = adw_combo_row_get_selected (self->size_row);
  last.scale = adw_combo_row_get_selected (self->scale_row);
  last.theme = adw_combo_row_get_selected (self->theme_row);
  last.width = gtk_spin_button_get_value (self->width_spin);
  last.height = gtk_spin_button_get_value (self->height_spin);
}

static void
show_error (PkcExportDialog *self,
            const char      *message)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Could Not Export"), message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
export_to (PkcExportDialog *self,
           GFile           *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PkcDataset *dataset = pkc_window_get_dataset (self->window);
  PkcExportSettings settings;

  settings_from_rows (self, &settings);
  if (self->compare != NULL)
    bytes = pkc_compare_page_export (self->compare, &settings, &error);
  else if (dataset == NULL)
    {
      show_error (self, _("No dataset is loaded"));
      return FALSE;
    }

  else if (adw_combo_row_get_selected (self->chart_row) == CHART_ALL)
    {
      PkcChartOptions options[PKC_N_CHARTS];

      for (PkcChartKind kind = 0; kind < PKC_N_CHARTS; kind++)
        options[kind] = *pkc_chart_view_get_options (pkc_window_get_chart_view (self->window,
                                                                                kind));
      bytes = pkc_export_report (dataset, options, &settings, &error);
    }
  else
    bytes = pkc_export_chart (dataset, self->kind, &settings, &error);

  if (bytes == NULL || !pkc_export_write (file, bytes, NULL, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  return TRUE;
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     PkcExportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  remember_choices (self);
  if (export_to (self, file))
    {
      pkc_window_export_show_done (self->window, file);
      gtk_window_destroy (GTK_WINDOW (self));
    }
}

static void
export_clicked_cb (PkcExportDialog *self)
{
  PkcExportFormat format = selected_format (self);
  gboolean all = adw_combo_row_get_selected (self->chart_row) == CHART_ALL;
  g_autofree char *name = NULL;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    return;

  name = self->compare != NULL
         ? pkc_compare_page_suggest_name (self->compare, format)
         : pkc_export_suggest_name (pkc_window_get_dataset (self->window),
                                    all ? PKC_N_CHARTS : self->kind, format);
  gtk_file_filter_add_suffix (filter, pkc_export_format_to_extension (format));
  gtk_file_filter_set_name (filter, gtk_string_object_get_string (
                              adw_combo_row_get_selected_item (self->format_row)));

  self->chooser = gtk_file_chooser_native_new (_("Export Chart"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                               _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
pkc_export_dialog_dispose (GObject *object)
{
  PkcExportDialog *self = PKC_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  G_OBJECT_CLASS (pkc_export_dialog_parent_class)->dispose (object);
}

static void
pkc_export_dialog_class_init (PkcExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pkc_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/pkc-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, chart_row);
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, size_row);
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, width_row);
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, height_row);
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, width_spin);
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, height_spin);
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, scale_row);
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, theme_row);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
pkc_export_dialog_init (PkcExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PkcExportDialog *
pkc_export_dialog_new (PkcWindow *window)
{
  PkcExportDialog *self;
  g_autoptr(GtkStringList) charts = gtk_string_list_new (NULL);
  g_autofree char *current = NULL;

  g_return_val_if_fail (PKC_IS_WINDOW (window), NULL);

  self = g_object_new (PKC_TYPE_EXPORT_DIALOG,
                       "transient-for", window,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->window = window;
  self->kind = pkc_window_export_current_kind (window);
  self->compare = pkc_window_compare_visible (window);

  /* Translators: the export dialog's chart choice; %s is the chart's name */
  current = g_strdup_printf (_("This chart: %s"), self->compare != NULL
                             ? pkc_compare_view_get_title (pkc_compare_page_get_options (
                                                             self->compare)->view)
                             : pkc_chart_kind_get_title (self->kind));
  gtk_string_list_append (charts, current);
  /* The report is one mission's: the Compare page exports its chart alone. */
  if (self->compare == NULL)
    gtk_string_list_append (charts, _("All charts (PDF report with a cover page)"));
  adw_combo_row_set_model (self->chart_row, G_LIST_MODEL (charts));

  if (last.set)
    {
      adw_combo_row_set_selected (self->format_row, last.format);
      adw_combo_row_set_selected (self->scale_row, last.scale);
      adw_combo_row_set_selected (self->theme_row, last.theme);
      gtk_spin_button_set_value (self->width_spin, last.width);
      gtk_spin_button_set_value (self->height_spin, last.height);
    }
  update_size_model (self);
  if (last.set)
    adw_combo_row_set_selected (self->size_row, last.size);
  update_rows (self);

  g_signal_connect_swapped (self->chart_row, "notify::selected",
                            G_CALLBACK (format_changed_cb), self);
  g_signal_connect_swapped (self->format_row, "notify::selected",
                            G_CALLBACK (format_changed_cb), self);
  g_signal_connect_swapped (self->size_row, "notify::selected", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->export_button, "clicked", G_CALLBACK (export_clicked_cb), self);
  return self;
}
