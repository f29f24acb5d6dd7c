/* pkc-window-settings.c — the window's state kept in GSettings: bound, not copied by hand
 *
 * The casualty chart's interval, cumulative line and personnel filter follow their keys
 * (which the window's actions change); the window's size and maximized state write their
 * keys as they change. The page and the legend's switches are kept at close (see
 * pkc-window.c).
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-window"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-window-private.h"
#include "pkc-window-settings.h"

/* The personnel filter: the targets of win.personnel (see personnel_menu in pkc-window.ui). */
static const struct {
  const char *token;
  guint       mask;
  const char *label;
} personnel_filters[] = {
  { "all", PKC_PERSONNEL_ALL, NC_("personnel filter", "All personnel") },
  { "military", (1u << PKC_PERSONNEL_MILITARY) | (1u << PKC_PERSONNEL_MILITARY_OBSERVER),
    NC_("personnel filter", "Military and observers") },
  { "police", 1u << PKC_PERSONNEL_POLICE, NC_("personnel filter", "Police") },
  { "civilian", (1u << PKC_PERSONNEL_INTERNATIONAL_CIVILIAN) | (1u << PKC_PERSONNEL_LOCAL_CIVILIAN),
    NC_("personnel filter", "Civilian staff") },
  { "other", 1u << PKC_PERSONNEL_OTHER, NC_("personnel filter", "Other personnel") },
};

static int
personnel_filter_find (GVariant *token)
{
  for (guint i = 0; i < G_N_ELEMENTS (personnel_filters); i++)
    if (g_str_equal (g_variant_get_string (token, NULL), personnel_filters[i].token))
      return (int) i;
  return -1;
}

/* personnel-filter → the chart view's personnel-mask. */
static gboolean
personnel_mask_mapping (GValue   *value,
                        GVariant *variant,
                        gpointer  user_data)
{
  int i = personnel_filter_find (variant);

  if (i < 0)
    return FALSE;
  g_value_set_uint (value, personnel_filters[i].mask);
  return TRUE;
}

/* personnel-filter → the label of the menu buttons, which show the current choice. */
static gboolean
personnel_label_mapping (GValue   *value,
                         GVariant *variant,
                         gpointer  user_data)
{
  int i = personnel_filter_find (variant);

  if (i < 0)
    return FALSE;
  g_value_set_string (value, g_dpgettext2 (GETTEXT_PACKAGE, "personnel filter",
                                           personnel_filters[i].label));
  return TRUE;
}

/* win.personnel (targets in personnel_menu, pkc-window.ui) writes the key; the bindings
 * carry it to the chart and the buttons. */
static void
personnel_change_state (GSimpleAction *action,
                        GVariant      *value,
                        gpointer       user_data)
{
  PkcWindow *self = PKC_WINDOW (user_data);

  if (personnel_filter_find (value) < 0)
    return;
  g_simple_action_set_state (action, value);
  g_settings_set_value (self->settings, "personnel-filter", value);
}

static void
bind_personnel_filter (PkcWindow *self)
{
  static const GActionEntry actions[] = {
    { "personnel", NULL, "s", "'all'", personnel_change_state },
  };
  g_autoptr(GVariant) saved = g_settings_get_value (self->settings, "personnel-filter");

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  g_action_group_change_action_state (G_ACTION_GROUP (self), "personnel", saved);
  g_settings_bind_with_mapping (self->settings, "personnel-filter",
                                self->casualties_view, "personnel-mask", G_SETTINGS_BIND_GET,
                                personnel_mask_mapping, NULL, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "personnel-filter",
                                self->personnel_button_wide, "label", G_SETTINGS_BIND_GET,
                                personnel_label_mapping, NULL, NULL, NULL);
  g_settings_bind_with_mapping (self->settings, "personnel-filter",
                                self->personnel_button_narrow, "label", G_SETTINGS_BIND_GET,
                                personnel_label_mapping, NULL, NULL, NULL);
}

void
pkc_window_settings_init (PkcWindow *self)
{
  g_autoptr(GAction) interval_action = g_settings_create_action (self->settings,
                                                                 "casualty-interval");
  g_autoptr(GAction) cumulative_action = g_settings_create_action (self->settings,
                                                                   "show-cumulative");

  g_action_map_add_action (G_ACTION_MAP (self), interval_action);
  g_action_map_add_action (G_ACTION_MAP (self), cumulative_action);
  g_settings_bind (self->settings, "casualty-interval",
                   self->casualties_view, "interval", G_SETTINGS_BIND_GET);
  g_settings_bind (self->settings, "show-cumulative",
                   self->casualties_view, "show-cumulative", G_SETTINGS_BIND_GET);
  bind_personnel_filter (self);

  /* Read once, written as they change: another window's size is not this one's. */
  g_settings_bind (self->settings, "window-width", self, "default-width",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT | G_SETTINGS_BIND_GET_NO_CHANGES);
  /* Read once; the page is written when the window is closed (pkc-window.c), so a window
   * destroyed without closing leaves the page the next one opens on. */
  g_settings_bind (self->settings, "last-page", self->view_stack, "visible-child-name",
                   G_SETTINGS_BIND_GET | G_SETTINGS_BIND_GET_NO_CHANGES);
}
