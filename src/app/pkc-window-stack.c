/* pkc-window-stack.c — the casualty chart's "stack by" choice: an action and its menu
 * buttons beside the personnel filter
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-window-stack.h"

#define BUTTONS_KEY "pkc-stack-buttons"

/* Translators: the casualty chart's "stack by" menu and its button */
static const char *const labels[PKC_N_STACKS] = {
  [PKC_STACK_INCIDENT] = NC_("stack by", "By incident type"),
  [PKC_STACK_NATIONALITY] = NC_("stack by", "By nationality"),
  [PKC_STACK_PERSONNEL] = NC_("stack by", "By personnel type"),
  [PKC_STACK_GENDER] = NC_("stack by", "By gender"),
};

static void
set_labels (GPtrArray  *buttons,
            PkcStackBy  by)
{
  const char *label = g_dpgettext2 (GETTEXT_PACKAGE, "stack by", labels[by]);

  for (guint i = 0; i < buttons->len; i++)
    gtk_menu_button_set_label (g_ptr_array_index (buttons, i), label);
}

static void
stack_by_change_state (GSimpleAction *action,
                       GVariant      *value,
                       gpointer       user_data)
{
  PkcChartView *view = user_data;
  PkcStackBy by;

  if (!pkc_stack_by_from_token (g_variant_get_string (value, NULL), &by))
    return;
  g_simple_action_set_state (action, value);
  pkc_chart_view_set_stack_by (view, by);
  set_labels (g_object_get_data (G_OBJECT (action), BUTTONS_KEY), by);
}

/* A menu button after @anchor in its row, or (@own_row) in a row of its own under the
 * anchor's row: the narrow layout's rows have no room for another button. */
static GtkWidget *
stack_button (GMenuModel *menu,
              GtkWidget  *anchor,
              gboolean    own_row)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *row = anchor != NULL ? gtk_widget_get_parent (anchor) : NULL;
  GtkWidget *rows = row != NULL ? gtk_widget_get_parent (row) : NULL;

  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), menu);
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (button), TRUE);
  gtk_widget_set_tooltip_text (button, _("What the bars are stacked by"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What the bars are stacked by"), -1);
  if (own_row && GTK_IS_BOX (rows))
    {
      GtkWidget *new_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

      gtk_box_append (GTK_BOX (new_row), button);
      gtk_box_insert_child_after (GTK_BOX (rows), new_row, row);
    }
  else if (GTK_IS_BOX (row))
    gtk_box_insert_child_after (GTK_BOX (row), button, anchor);
  return button;
}

void
pkc_window_stack_init (PkcWindow    *self,
                       GtkWidget    *wide_anchor,
                       GtkWidget    *narrow_anchor,
                       PkcChartView *view)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GSimpleAction) action = NULL;
  GPtrArray *buttons = g_ptr_array_new ();

  for (guint i = 0; i < PKC_N_STACKS; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (g_dpgettext2 (GETTEXT_PACKAGE, "stack by",
                                                                 labels[i]), NULL);

      g_menu_item_set_action_and_target (item, "win.stack-by", "s",
                                         pkc_stack_by_to_token (i));
      g_menu_append_item (menu, item);
    }
  action = g_simple_action_new_stateful ("stack-by", G_VARIANT_TYPE_STRING,
                                         g_variant_new_string ("incident"));
  g_signal_connect_object (action, "change-state", G_CALLBACK (stack_by_change_state), view, 0);
  g_ptr_array_add (buttons, stack_button (G_MENU_MODEL (menu), wide_anchor, FALSE));
  g_ptr_array_add (buttons, stack_button (G_MENU_MODEL (menu), narrow_anchor, TRUE));
  g_object_set_data_full (G_OBJECT (action), BUTTONS_KEY, buttons,
                          (GDestroyNotify) g_ptr_array_unref);
  set_labels (buttons, PKC_STACK_INCIDENT);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
}
