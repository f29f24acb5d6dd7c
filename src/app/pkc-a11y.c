/* pkc-a11y.c — names for screen readers that GTK 4.8 does not give by itself
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-a11y"

#include "config.h"

#include "pkc-a11y.h"

char *
pkc_a11y_strip_mnemonic (const char *label)
{
  GString *out;

  if (label == NULL)
    return NULL;
  out = g_string_sized_new (strlen (label));
  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          /* "__" is a literal underscore; a single one marks the mnemonic. */
          if (p[1] == '_')
            {
              g_string_append_c (out, '_');
              p++;
            }
          continue;
        }
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* Set on a button once it follows its label. */
#define NAMED_KEY "pkc-a11y-named"

/* The label of a check button or button that has a mnemonic, or NULL. */
static const char *
mnemonic_label (GtkWidget *widget)
{
  if (GTK_IS_CHECK_BUTTON (widget) && gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget)))
    return gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));
  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)))
    return gtk_button_get_label (GTK_BUTTON (widget));
  return NULL;
}

static void
update_name (GtkWidget *widget)
{
  const char *label = mnemonic_label (widget);
  g_autofree char *name = NULL;

  if (label == NULL)
    return;
  name = pkc_a11y_strip_mnemonic (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
label_changed_cb (GtkWidget  *widget,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  update_name (widget);
}

void
pkc_a11y_name_mnemonic_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if ((GTK_IS_CHECK_BUTTON (root) || GTK_IS_BUTTON (root)) &&
      g_object_get_data (G_OBJECT (root), NAMED_KEY) == NULL)
    {
      update_name (root);
      /* GTK sets the raw label again when it changes: this handler runs after its own. */
      g_signal_connect (root, "notify::label", G_CALLBACK (label_changed_cb), NULL);
      g_signal_connect (root, "notify::use-underline", G_CALLBACK (label_changed_cb), NULL);
      g_object_set_data (G_OBJECT (root), NAMED_KEY, GINT_TO_POINTER (TRUE));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pkc_a11y_name_mnemonic_buttons (child);
}

static void
window_mapped_cb (GtkWidget *window,
                  gpointer   user_data)
{
  pkc_a11y_name_mnemonic_buttons (window);
}

static void
toplevels_changed_cb (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added,
                      gpointer    user_data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (g_object_get_data (G_OBJECT (window), NAMED_KEY) != NULL)
        continue;
      g_object_set_data (G_OBJECT (window), NAMED_KEY, GINT_TO_POINTER (TRUE));
      g_signal_connect (window, "map", G_CALLBACK (window_mapped_cb), NULL);
    }
}

void
pkc_a11y_watch_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_signal_connect (toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb), NULL);
  toplevels_changed_cb (toplevels, 0, 0, g_list_model_get_n_items (toplevels), NULL);
}
