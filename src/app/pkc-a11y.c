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

static void
update_check_name (GtkCheckButton *button)
{
  const char *label = gtk_check_button_get_label (button);
  g_autofree char *name = NULL;

  if (label == NULL || !gtk_check_button_get_use_underline (button))
    return;
  name = pkc_a11y_strip_mnemonic (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
check_label_changed_cb (GtkCheckButton *button,
                        GParamSpec     *pspec,
                        gpointer        user_data)
{
  update_check_name (button);
}

void
pkc_a11y_name_check_buttons (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_CHECK_BUTTON (root))
    {
      update_check_name (GTK_CHECK_BUTTON (root));
      /* GTK sets the raw label again when it changes: this handler runs after its own. */
      g_signal_connect (root, "notify::label", G_CALLBACK (check_label_changed_cb), NULL);
      g_signal_connect (root, "notify::use-underline", G_CALLBACK (check_label_changed_cb),
                        NULL);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    pkc_a11y_name_check_buttons (child);
}
