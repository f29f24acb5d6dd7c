/* pkc-window-export.c — the window's Export…, Copy and Print actions
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-window-export"

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>

#include "pkc-export-dialog.h"
#include "pkc-export.h"
#include "pkc-print-colours.h"
#include "pkc-window-compare.h"
#include "pkc-window-export.h"

/* Print settings and page setup live for the session and in a small key file, so the next
 * print starts where the last one ended. */
static GtkPrintSettings *print_settings;
static GtkPageSetup *page_setup;

static char *
print_settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "peacekeeping-charts", "print.ini", NULL);
}

static void
load_print_settings (void)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *path = print_settings_path ();

  if (print_settings != NULL)
    return;

  if (g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, NULL))
    {
      print_settings = gtk_print_settings_new_from_key_file (key_file, NULL, NULL);
      page_setup = gtk_page_setup_new_from_key_file (key_file, NULL, NULL);
    }
  if (print_settings == NULL)
    print_settings = gtk_print_settings_new ();
  if (page_setup == NULL)
    {
      /* Charts are wide: landscape unless the user chose otherwise. */
      page_setup = gtk_page_setup_new ();
      gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
    }
}

static void
save_print_settings (void)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *path = print_settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  gtk_print_settings_to_key_file (print_settings, key_file, NULL);
  gtk_page_setup_to_key_file (page_setup, key_file, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_key_file_save_to_file (key_file, path, &error))
    g_debug ("Could not save the print settings to %s: %s", path,
             error != NULL ? error->message : g_strerror (errno));
}

PkcChartKind
pkc_window_export_current_kind (PkcWindow *self)
{
  PkcChartKind kind;

  if (!pkc_chart_kind_from_token (pkc_window_get_visible_page (self), &kind))
    kind = PKC_CHART_CASUALTIES;
  return kind;
}

void
pkc_window_export_show_done (PkcWindow *self,
                             GFile     *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *uri = g_file_get_uri (file);
  /* Translators: toast after an export; %s is the file name */
  g_autofree char *text = g_strdup_printf (_("Exported “%s”"), basename);
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-exported");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  pkc_window_add_toast (self, toast);
}

static void
export_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (pkc_export_dialog_new (PKC_WINDOW (user_data))));
}

static void
open_exported_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  /* In Flatpak this goes through the OpenURI portal. */
  gtk_show_uri (GTK_WINDOW (user_data), g_variant_get_string (parameter, NULL),
                GDK_CURRENT_TIME);
}

static void
copy_chart_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  PkcWindow *self = user_data;
  PkcChartKind kind = pkc_window_export_current_kind (self);
  PkcComparePage *compare = pkc_window_compare_visible (self);
  PkcChartView *view = compare != NULL ? pkc_compare_page_get_chart_view (compare)
                                       : pkc_window_get_chart_view (self, kind);
  PkcDataset *dataset = pkc_window_get_dataset (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *text = NULL;
  PkcExportSettings settings;

  if (dataset == NULL && compare == NULL)
    return;

  /* The chart as on screen (size, options, light or dark), crisp at twice the density. */
  pkc_export_settings_init (&settings, PKC_EXPORT_PNG);
  settings.width = CLAMP (gtk_widget_get_width (GTK_WIDGET (view)), PKC_EXPORT_MIN_SIDE, 4000);
  settings.height = CLAMP (gtk_widget_get_height (GTK_WIDGET (view)), PKC_EXPORT_MIN_SIDE, 4000);
  if (gtk_widget_get_width (GTK_WIDGET (view)) <= 1)
    {
      settings.width = 1200;
      settings.height = 675;
    }
  settings.scale = MAX (2, gtk_widget_get_scale_factor (GTK_WIDGET (view)));
  settings.theme = adw_style_manager_get_dark (adw_style_manager_get_default ())
                   ? PKC_THEME_DARK : PKC_THEME_LIGHT;
  settings.chart = *pkc_chart_view_get_options (view);

  png = compare != NULL ? pkc_compare_page_export (compare, &settings, &error)
                        : pkc_export_chart (dataset, kind, &settings, &error);
  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    {
      pkc_window_add_toast (self, adw_toast_new (error->message));
      return;
    }

  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  /* Translators: toast after Copy Image (short: it must fit a phone-sized window); %d × %d
   * is the image's size in pixels */
  text = g_strdup_printf (_("Copied a %d × %d image"), gdk_texture_get_width (texture),
                          gdk_texture_get_height (texture));
  pkc_window_add_toast (self, adw_toast_new (text));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PkcWindow         *self)
{
  PkcChartKind kind = pkc_window_export_current_kind (self);
  PkcComparePage *compare = pkc_window_compare_visible (self);
  PkcChartOptions options = *pkc_chart_view_get_options (
    compare != NULL ? pkc_compare_page_get_chart_view (compare)
                    : pkc_window_get_chart_view (self, kind));
  g_autoptr(PkcScene) scene = NULL;

  /* Laid out at the printable area's size, in points, in colour or greyscale as chosen. */
  options.show_title = TRUE;
  options.sources_in_full = TRUE;   /* paper has no tooltips */
  if (compare != NULL)
    scene = pkc_compare_page_layout (compare, gtk_print_context_get_width (context),
                                     gtk_print_context_get_height (context), &options);
  else
    scene = pkc_chart_layout (kind, pkc_window_get_dataset (self),
                              gtk_print_context_get_width (context),
                              gtk_print_context_get_height (context), &options);
  pkc_scene_paint (scene, gtk_print_context_get_cairo_context (context),
                   pkc_print_colours_get_theme (print_settings), -1);
}

/* The print job for the chart on screen, with the remembered settings and page setup. */
static GtkPrintOperation *
new_print_operation (PkcWindow *self)
{
  PkcChartKind kind = pkc_window_export_current_kind (self);
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autofree char *job_name = NULL;

  load_print_settings ();
  if (pkc_window_compare_visible (self) != NULL)
    job_name = pkc_compare_page_get_title (pkc_window_compare_visible (self));
  else
    /* Translators: the print job's name: mission acronym — chart name */
    job_name = g_strdup_printf (_("%s — %s"),
                                pkc_dataset_get_acronym (pkc_window_get_dataset (self)),
                                pkc_chart_kind_get_title (kind));
  gtk_print_operation_set_job_name (operation, job_name);
  gtk_print_operation_set_n_pages (operation, 1);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_print_settings (operation, print_settings);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), self);
  pkc_print_colours_attach (operation, print_settings);
  return operation;
}

static void
print_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  PkcWindow *self = user_data;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (pkc_window_get_dataset (self) == NULL && pkc_window_compare_visible (self) == NULL)
    return;

  operation = new_print_operation (self);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      pkc_window_add_toast (self, adw_toast_new (error->message));
      return;
    }
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      /* The dialog's settings do not carry our colour choice: it moves over. */
      PkcTheme theme = pkc_print_colours_get_theme (print_settings);

      g_set_object (&print_settings, gtk_print_operation_get_print_settings (operation));
      pkc_print_colours_set_theme (print_settings, theme);
      g_set_object (&page_setup, gtk_print_operation_get_default_page_setup (operation));
      save_print_settings ();
    }
}

GtkPrintSettings *
pkc_window_export_get_print_settings (void)
{
  load_print_settings ();
  return print_settings;
}

gboolean
pkc_window_export_print_to_pdf (PkcWindow   *self,
                                const char  *path,
                                GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (PKC_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (pkc_window_get_dataset (self) != NULL ||
                        pkc_window_compare_visible (self) != NULL, FALSE);

  operation = new_print_operation (self);
  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                  GTK_WINDOW (self), error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static const GActionEntry export_actions[] = {
  { "export", export_action },
  { "copy-chart", copy_chart_action },
  { "print", print_action },
  { "open-exported", open_exported_action, "s" },
};

void
pkc_window_export_init (PkcWindow *self)
{
  g_return_if_fail (PKC_IS_WINDOW (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), export_actions,
                                   G_N_ELEMENTS (export_actions), self);
}
