/* pkc-window-stack.c — the casualty chart's "stack by" choice: an action and its menu
 * buttons beside the personnel filter
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-window-private.h"
#include "pkc-window-stack.h"

/* Translators: the casualty chart's "stack by" menu and its button */
static const char *const labels[PKC_N_STACKS] = {
  [PKC_STACK_INCIDENT] = NC_("stack by", "By incident type"),
  [PKC_STACK_NATIONALITY] = NC_("stack by", "By nationality"),
  [PKC_STACK_PERSONNEL] = NC_("stack by", "By personnel type"),
  [PKC_STACK_GENDER] = NC_("stack by", "By gender"),
};

/* The action's state (a token) → the chart view's stack-by. */
static gboolean
token_to_stack_by (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  PkcStackBy by;

  if (!pkc_stack_by_from_token (g_variant_get_string (g_value_get_variant (from), NULL), &by))
    return FALSE;
  g_value_set_enum (to, by);
  return TRUE;
}

/* The chart view's stack-by → the label of a menu button, which shows the current choice. */
static gboolean
stack_by_to_label (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  g_value_set_string (to, g_dpgettext2 (GETTEXT_PACKAGE, "stack by",
                                        labels[g_value_get_enum (from)]));
  return TRUE;
}

static void
stack_by_change_state (GSimpleAction *action,
                       GVariant      *value,
                       gpointer       user_data)
{
  PkcStackBy by;

  if (pkc_stack_by_from_token (g_variant_get_string (value, NULL), &by))
    g_simple_action_set_state (action, value);
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

  pkc_window_set_menu_lazily (GTK_MENU_BUTTON (button), menu);
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
  GtkWidget *buttons[2];

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
  g_signal_connect (action, "change-state", G_CALLBACK (stack_by_change_state), NULL);
  g_object_bind_property_full (action, "state", view, "stack-by", G_BINDING_SYNC_CREATE,
                               token_to_stack_by, NULL, NULL, NULL);
  buttons[0] = stack_button (G_MENU_MODEL (menu), wide_anchor, FALSE);
  buttons[1] = stack_button (G_MENU_MODEL (menu), narrow_anchor, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    g_object_bind_property_full (view, "stack-by", buttons[i], "label", G_BINDING_SYNC_CREATE,
                                 stack_by_to_label, NULL, NULL, NULL);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
}
