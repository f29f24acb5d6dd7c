/* pkc-export-dialog.c — Export…: chart, format, size, resolution and colours, then a file
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-export-dialog"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-export-dialog.h"
#include "pkc-export-preview.h"
#include "pkc-window-compare.h"
#include "pkc-export.h"
#include "pkc-window-export.h"

struct _PkcExportDialog
{
  AdwWindow             parent_instance;

  /* Template widgets */
  GtkButton            *export_button;
  GtkPicture           *preview;
  AdwActionRow         *this_chart_row;
  AdwActionRow         *all_charts_row;
  GtkCheckButton       *this_chart_check;
  GtkCheckButton       *all_charts_check;
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
  guint                 preview_source;
  gint64                preview_us;  /* how long the last thumbnail took to draw */
};

G_DEFINE_FINAL_TYPE (PkcExportDialog, pkc_export_dialog, ADW_TYPE_WINDOW)

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

/* The thumbnail fits this box (logical pixels): wide enough for a 16:9 slide at 480 px. */
#define PREVIEW_MAX_WIDTH  480
#define PREVIEW_MAX_HEIGHT 270
/* Changes closer together than this draw one thumbnail. */
#define PREVIEW_DELAY_MS   60

/* The last choices, for the next export in this session. */
static struct {
  gboolean        set;
  guint           format, size, scale, theme;
  double          width, height;
} last;

static gboolean
all_selected (PkcExportDialog *self)
{
  return gtk_check_button_get_active (self->all_charts_check);
}

static PkcExportFormat
selected_format (PkcExportDialog *self)
{
  if (all_selected (self))
    return PKC_EXPORT_PDF;
  return (PkcExportFormat) adw_combo_row_get_selected (self->format_row);
}

/* The presets by name (short enough for a narrow window); the size row's subtitle gives the
 * chosen one's dimensions in the format's unit. */
static void
set_size_model (PkcExportDialog *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    gtk_string_list_append (model, _(presets[i].name));
  gtk_string_list_append (model, _("Custom"));
  adw_combo_row_set_model (self->size_row, G_LIST_MODEL (model));
}

static char *
size_subtitle (PkcExportDialog *self)
{
  guint size = adw_combo_row_get_selected (self->size_row);

  if (size >= G_N_ELEMENTS (presets))
    return g_strdup ("");
  if (selected_format (self) == PKC_EXPORT_PDF)
    /* Translators: a size preset's width × height in points */
    return g_strdup_printf (_("%d × %d pt"), presets[size].pt_width, presets[size].pt_height);
  /* Translators: a size preset's width × height in pixels */
  return g_strdup_printf (_("%d × %d px"), presets[size].px_width, presets[size].px_height);
}

static void schedule_preview (PkcExportDialog *self);

static void
update_rows (PkcExportDialog *self)
{
  gboolean all = all_selected (self);
  PkcExportFormat format = selected_format (self);
  gboolean custom = adw_combo_row_get_selected (self->size_row) == PRESET_CUSTOM;
  const char *unit = format == PKC_EXPORT_PDF ? _("Points") : _("Pixels");
  gboolean print = adw_combo_row_get_selected (self->theme_row) == PKC_THEME_PRINT;
  g_autofree char *dimensions = size_subtitle (self);

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
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->size_row), dimensions);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->theme_row),
                               /* Translators: the export's "Print" colours, explained */
                               print ? _("Greys, each series also hatched: safe in black and white")
                                     : "");
  schedule_preview (self);
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

  settings->theme = (PkcTheme) MIN (adw_combo_row_get_selected (self->theme_row),
                                    PKC_THEME_PRINT);
  settings->chart = *pkc_chart_view_get_options (self->compare != NULL
                                                 ? pkc_compare_page_get_chart_view (self->compare)
                                                 : pkc_window_get_chart_view (self->window,
                                                                              self->kind));
}

static PkcScene *
compare_layout_cb (double                 width,
                   double                 height,
                   const PkcChartOptions *options,
                   gpointer               user_data)
{
  return pkc_compare_page_layout (user_data, width, height, options);
}

/* The thumbnail: what the export will draw, with the same layout and painter. */
static gboolean
preview_cb (gpointer user_data)
{
  PkcExportDialog *self = user_data;
  PkcExportPreviewChart chart = { pkc_window_get_dataset (self->window), self->kind };
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  /* the width of the group it sits in (the picture itself is as wide as the last one) */
  int available = gtk_widget_get_width (gtk_widget_get_parent (GTK_WIDGET (self->preview)));
  int max_width = available > 0 ? MIN (available, PREVIEW_MAX_WIDTH) : PREVIEW_MAX_WIDTH;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *description = NULL;
  PkcExportSettings settings;
  double width, height;

  self->preview_source = 0;
  if (self->compare == NULL && chart.dataset == NULL)
    return G_SOURCE_REMOVE;

  settings_from_rows (self, &settings);
  texture = pkc_export_preview_render (self->compare != NULL ? compare_layout_cb
                                                             : pkc_export_preview_chart_layout,
                                       self->compare != NULL ? (gpointer) self->compare
                                                             : (gpointer) &chart,
                                       &settings, max_width * scale, PREVIEW_MAX_HEIGHT * scale,
                                       &self->preview_us);
  g_debug ("Preview %d × %d drawn in %.1f ms", gdk_texture_get_width (texture),
           gdk_texture_get_height (texture), self->preview_us / 1000.0);
  /* As tall as the thumbnail at the width there is: a narrow window gets a smaller one. */
  gtk_widget_set_size_request (GTK_WIDGET (self->preview), -1,
                               gdk_texture_get_height (texture) / scale);
  gtk_picture_set_paintable (self->preview, GDK_PAINTABLE (texture));

  pkc_export_settings_get_size (&settings, &width, &height);
  /* Translators: the export preview's description for screen readers: chart choice,
   * width × height (px or pt), colours */
  description = g_strdup_printf (_("Preview: %s, %g × %g %s, %s colours"),
                                 adw_action_row_get_subtitle (self->this_chart_row),
                                 width, height,
                                 settings.format == PKC_EXPORT_PDF ? "pt" : "px",
                                 gtk_string_object_get_string (
                                   adw_combo_row_get_selected_item (self->theme_row)));
  gtk_picture_set_alternative_text (self->preview, description);
  return G_SOURCE_REMOVE;
}

static void
schedule_preview (PkcExportDialog *self)
{
  if (self->preview_source == 0)
    self->preview_source = g_timeout_add (PREVIEW_DELAY_MS, preview_cb, self);
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

  else if (all_selected (self))
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
  gboolean all = all_selected (self);
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
  g_clear_handle_id (&self->preview_source, g_source_remove);

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
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, preview);
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, this_chart_row);
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, all_charts_row);
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, this_chart_check);
  gtk_widget_class_bind_template_child (widget_class, PkcExportDialog, all_charts_check);
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
  g_autofree char *current = NULL;

  g_return_val_if_fail (PKC_IS_WINDOW (window), NULL);

  self = g_object_new (PKC_TYPE_EXPORT_DIALOG,
                       "transient-for", window,
                       "destroy-with-parent", TRUE,
                       NULL);
  self->window = window;
  self->kind = pkc_window_export_current_kind (window);
  self->compare = pkc_window_compare_visible (window);

  /* The chart's full name as the row's subtitle, which wraps: never cut short. */
  if (self->compare != NULL)
    current = pkc_compare_page_get_title (self->compare);
  else if (pkc_window_get_dataset (window) != NULL)
    /* Translators: the chart to export: mission acronym — chart name */
    current = g_strdup_printf (_("%s — %s"), pkc_dataset_get_acronym (pkc_window_get_dataset (window)),
                               pkc_chart_kind_get_title (self->kind));
  else
    current = g_strdup (pkc_chart_kind_get_title (self->kind));
  adw_action_row_set_subtitle (self->this_chart_row, current);
  /* The report is one mission's: the Compare page exports its chart alone (no choice, so no
   * lone radio button either). */
  gtk_widget_set_visible (GTK_WIDGET (self->all_charts_row), self->compare == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->this_chart_check), self->compare == NULL);

  if (last.set)
    {
      adw_combo_row_set_selected (self->format_row, last.format);
      adw_combo_row_set_selected (self->scale_row, last.scale);
      adw_combo_row_set_selected (self->theme_row, last.theme);
      gtk_spin_button_set_value (self->width_spin, last.width);
      gtk_spin_button_set_value (self->height_spin, last.height);
    }
  set_size_model (self);
  if (last.set)
    adw_combo_row_set_selected (self->size_row, last.size);
  update_rows (self);

  g_signal_connect_swapped (self->all_charts_check, "notify::active",
                            G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->format_row, "notify::selected",
                            G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->size_row, "notify::selected", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->theme_row, "notify::selected", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->scale_row, "notify::selected", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->width_spin, "value-changed", G_CALLBACK (schedule_preview), self);
  /* resized by the user: a thumbnail for the new width */
  g_signal_connect_swapped (self, "notify::default-width", G_CALLBACK (schedule_preview), self);
  g_signal_connect_swapped (self->height_spin, "value-changed", G_CALLBACK (schedule_preview),
                            self);
  g_signal_connect_swapped (self->export_button, "clicked", G_CALLBACK (export_clicked_cb), self);
  return self;
}
