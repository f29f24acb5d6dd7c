/* pkc-window.c — the main window: three chart pages over one dataset
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-a11y.h"
#include "pkc-embedded.h"
#include "pkc-settings.h"
#include "pkc-window-compare.h"
#include "pkc-window-data.h"
#include "pkc-window-export.h"
#include "pkc-window-import.h"
#include "pkc-window-stack.h"
#include "pkc-window-missions.h"
#include "pkc-window-private.h"
#include "pkc-window-settings.h"


enum {
  LOAD_FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PkcWindow, pkc_window, ADW_TYPE_APPLICATION_WINDOW)

static void
update_subtitle (PkcWindow *self)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  g_autofree char *subtitle = NULL;
  PkcDate start_date, end_date;

  if (self->dataset == NULL)
    {
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      return;
    }
  {
    const char *name = pkc_dataset_get_mission_name (self->dataset, pkc_lang_from_locale ());
    /* Translators: window title: the mission's full name, then the app's name */
    g_autofree char *title = g_strdup_printf (_("%s – Peacekeeping Charts"), name);

    gtk_window_set_title (GTK_WINDOW (self), title);
    adw_view_switcher_title_set_title (self->switcher_title, name);
    gtk_label_set_label (self->mission_label, pkc_dataset_get_acronym (self->dataset));
  }

  start_date = pkc_dataset_get_start (self->dataset);
  end_date = pkc_dataset_get_end (self->dataset);
  start = g_strdup_printf ("%u", start_date.year);
  end = pkc_date_is_set (&end_date) ? g_strdup_printf ("%u", end_date.year) : g_strdup ("");
  if (*end != '\0')
    /* Translators: window subtitle: mission acronym, years it ran, file name */
    subtitle = g_strdup_printf (_("%s · %s–%s · %s"),
                                pkc_dataset_get_acronym (self->dataset), start, end,
                                pkc_dataset_get_display_name (self->dataset));
  else
    {
      /* Translators: the years of a mission still running; %u is the year it began */
      g_autofree char *since = g_strdup_printf (_("since %u"), start_date.year);

      subtitle = g_strdup_printf ("%s · %s · %s", pkc_dataset_get_acronym (self->dataset),
                                  since, pkc_dataset_get_display_name (self->dataset));
    }
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
}

static void
set_action_enabled (PkcWindow  *self,
                    const char *name,
                    gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* Which actions can do something now, in one place: called whenever the state they depend
 * on changes (so far the casualty chart's zoom; a new dataset resets it). (Export, print and copy stay enabled without a
 * chart, and say nothing: tests/export/test-export-window.c holds them to that.) */
static void
update_actions (PkcWindow *self)
{
  set_action_enabled (self, "reset-zoom", pkc_chart_view_get_zoomed (self->casualties_view));
}

static void
state_changed_cb (GObject    *object,
                  GParamSpec *pspec,
                  PkcWindow  *self)
{
  update_actions (self);
}

static gboolean
pkc_window_not (gpointer instance,
                gboolean value)
{
  return !value;
}

static void
open_embedded_action (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  PkcWindow *self = PKC_WINDOW (user_data);
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = pkc_embedded_dataset_load (&error);

  /* The embedded file is validated by the test suite; failing here is a build bug. */
  if (dataset == NULL)
    g_critical ("Embedded dataset does not load: %s", error->message);
  else
    pkc_window_set_dataset (self, dataset);
}

static void
save_window_state (PkcWindow *self)
{
  const PkcChartOptions *options = pkc_chart_view_get_options (self->casualties_view);

  /* The rest of the window's state is bound to its keys (pkc-window-settings.c). */
  g_settings_delay (self->settings);
  g_settings_set_string (self->settings, "last-page",
                         adw_view_stack_get_visible_child_name (self->view_stack));
  /* Only incident types are the same categories at the next start (stack by is not kept,
   * nationalities differ by mission). */
  g_settings_set_uint (self->settings, "casualty-hidden-series",
                       options->stack_by == PKC_STACK_INCIDENT ? options->hidden_series : 0);
  g_settings_apply (self->settings);
}

static gboolean
pkc_window_close_request (GtkWindow *window)
{
  save_window_state (PKC_WINDOW (window));
  return GTK_WINDOW_CLASS (pkc_window_parent_class)->close_request (window);
}

static void
pkc_window_dispose (GObject *object)
{
  PkcWindow *self = PKC_WINDOW (object);

  g_cancellable_cancel (self->load_cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), PKC_TYPE_WINDOW);

  G_OBJECT_CLASS (pkc_window_parent_class)->dispose (object);
}

static void
pkc_window_finalize (GObject *object)
{
  PkcWindow *self = PKC_WINDOW (object);

  g_clear_object (&self->settings);
  g_clear_object (&self->dataset);
  g_clear_object (&self->load_cancellable);
  g_clear_pointer (&self->last_error, g_free);

  G_OBJECT_CLASS (pkc_window_parent_class)->finalize (object);
}

static void
pkc_window_class_init (PkcWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = pkc_window_dispose;
  object_class->finalize = pkc_window_finalize;
  window_class->close_request = pkc_window_close_request;

  /**
   * PkcWindow::load-finished:
   * @succeeded: whether the file became the shown dataset
   */
  signals[LOAD_FINISHED] =
    g_signal_new ("load-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  g_type_ensure (PKC_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/pkc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PkcWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PkcWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PkcWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PkcWindow, casualties_view);
  gtk_widget_class_bind_template_child (widget_class, PkcWindow, strength_view);
  gtk_widget_class_bind_template_child (widget_class, PkcWindow, bases_view);
  gtk_widget_class_bind_template_child (widget_class, PkcWindow, personnel_button_wide);
  gtk_widget_class_bind_template_child (widget_class, PkcWindow, personnel_button_narrow);
  gtk_widget_class_bind_template_child (widget_class, PkcWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PkcWindow, compare_holder);
  gtk_widget_class_bind_template_child (widget_class, PkcWindow, mission_label);
  gtk_widget_class_bind_template_child (widget_class, PkcWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, PkcWindow, personnel_menu);
  gtk_widget_class_bind_template_callback (widget_class, pkc_window_not);

  /* Also without an application (tests); the app's accelerators show them in the menu. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK,
                                       "win.pick-mission", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.pick-mission", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, GDK_CONTROL_MASK,
                                       "win.data-table", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_C,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.copy-data", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "win.show-page", "s", "casualties");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "win.show-page", "s", "strength");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "win.show-page", "s", "bases");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_4, GDK_ALT_MASK,
                                       "win.show-page", "s", "compare");
}

static void
show_page_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  pkc_window_set_visible_page (PKC_WINDOW (user_data), g_variant_get_string (parameter, NULL));
}

static void
reset_zoom_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  pkc_chart_view_set_range (PKC_WINDOW (user_data)->casualties_view, NULL, NULL);
}

/* The shortcuts window is built the first time it is asked for, not with the window. */
static void
show_help_overlay_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (user_data);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/pkc-shortcuts.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      /* Makes it transient for and hidden on close; keeps this action as win's own. */
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

static const GActionEntry win_actions[] = {
  { "reset-zoom", reset_zoom_action },
  { "show-help-overlay", show_help_overlay_action },
  { "open-embedded", open_embedded_action },
  { "show-page", show_page_action, "s" },
};

static void
create_menu_popup_cb (GtkMenuButton *button,
                      gpointer       user_data)
{
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, G_MENU_MODEL (user_data));
}

void
pkc_window_set_menu_lazily (GtkMenuButton *button,
                            GMenuModel    *menu)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (G_IS_MENU_MODEL (menu));

  gtk_menu_button_set_create_popup_func (button, create_menu_popup_cb, g_object_ref (menu),
                                         g_object_unref);
}

static void
pkc_window_init (PkcWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  pkc_a11y_name_mnemonic_buttons (GTK_WIDGET (self));
  pkc_window_set_menu_lazily (self->primary_menu_button, self->primary_menu);
  pkc_window_set_menu_lazily (self->personnel_button_wide, self->personnel_menu);
  pkc_window_set_menu_lazily (self->personnel_button_narrow, self->personnel_menu);

  self->load_cancellable = g_cancellable_new ();
  self->settings = pkc_settings_new ();
  pkc_window_open_init (self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);
  pkc_window_export_init (self);
  pkc_window_data_init (self);
  pkc_window_import_init (self);
  pkc_window_compare_init (self, self->view_stack, self->compare_holder);
  pkc_window_stack_init (self, GTK_WIDGET (self->personnel_button_wide),
                         GTK_WIDGET (self->personnel_button_narrow), self->casualties_view);
  pkc_window_missions_init (self);
  pkc_window_settings_init (self);
  self->restore_hidden = TRUE;
  g_signal_connect_object (self->casualties_view, "notify::zoomed",
                           G_CALLBACK (state_changed_cb), self, 0);
  update_actions (self);

  pkc_window_missions_restore (self);
}

PkcWindow *
pkc_window_new (PkcApplication *application)
{
  return g_object_new (PKC_TYPE_WINDOW, "application", application, NULL);
}

PkcDataset *
pkc_window_get_dataset (PkcWindow *self)
{
  g_return_val_if_fail (PKC_IS_WINDOW (self), NULL);
  return self->dataset;
}

void
pkc_window_set_dataset (PkcWindow  *self,
                        PkcDataset *dataset)
{
  g_return_if_fail (PKC_IS_WINDOW (self));
  g_return_if_fail (PKC_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  pkc_chart_view_set_dataset (self->casualties_view, dataset);
  pkc_chart_view_set_dataset (self->strength_view, dataset);
  pkc_chart_view_set_dataset (self->bases_view, dataset);
  /* A new dataset shows every series; the first one at start gets the saved switches. */
  if (self->restore_hidden)
    {
      self->restore_hidden = FALSE;
      pkc_chart_view_set_hidden_series (self->casualties_view,
                                        g_settings_get_uint (self->settings,
                                                             "casualty-hidden-series"));
    }
  update_subtitle (self);
}

const char *
pkc_window_get_visible_page (PkcWindow *self)
{
  g_return_val_if_fail (PKC_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
pkc_window_set_visible_page (PkcWindow  *self,
                             const char *name)
{
  g_return_if_fail (PKC_IS_WINDOW (self));

  if (name != NULL && adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

PkcChartView *
pkc_window_get_chart_view (PkcWindow    *self,
                           PkcChartKind  kind)
{
  g_return_val_if_fail (PKC_IS_WINDOW (self), NULL);

  switch (kind)
    {
    case PKC_CHART_CASUALTIES:
      return self->casualties_view;
    case PKC_CHART_STRENGTH:
      return self->strength_view;
    case PKC_CHART_BASES:
      return self->bases_view;
    case PKC_N_CHARTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

void
pkc_window_add_toast (PkcWindow *self,
                      AdwToast  *toast)
{
  g_return_if_fail (PKC_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
pkc_window_emit_load_finished (PkcWindow *self,
                               gboolean   succeeded)
{
  g_signal_emit (self, signals[LOAD_FINISHED], 0, succeeded);
}

const char *
_pkc_window_get_last_error (PkcWindow *self)
{
  g_return_val_if_fail (PKC_IS_WINDOW (self), NULL);
  return self->last_error;
}
