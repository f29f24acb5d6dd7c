/* pkc-print-colours.c — Print…'s colour or greyscale choice
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-print-colours"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-print-colours.h"
#include "pkc-app-private.h"

/* Our own key in the print settings, so print.ini remembers it with the rest. */
#define COLOURS_KEY "peacekeeping-charts-colours"
#define SETTINGS_KEY "pkc-print-settings"

PkcTheme
pkc_print_colours_get_theme (GtkPrintSettings *settings)
{
  g_return_val_if_fail (GTK_IS_PRINT_SETTINGS (settings), PKC_THEME_PRINT);

  return g_strcmp0 (gtk_print_settings_get (settings, COLOURS_KEY), "colour") == 0
         ? PKC_THEME_LIGHT : PKC_THEME_PRINT;
}

void
pkc_print_colours_set_theme (GtkPrintSettings *settings,
                             PkcTheme          theme)
{
  g_return_if_fail (GTK_IS_PRINT_SETTINGS (settings));

  gtk_print_settings_set (settings, COLOURS_KEY,
                          theme == PKC_THEME_PRINT ? "greyscale" : "colour");
}

static void
colour_toggled_cb (GtkCheckButton *button,
                   GtkWidget      *box)
{
  GtkPrintSettings *settings = g_object_get_data (G_OBJECT (box), SETTINGS_KEY);

  if (gtk_check_button_get_active (button))
    pkc_print_colours_set_theme (settings, PKC_THEME_LIGHT);
  else
    pkc_print_colours_set_theme (settings, PKC_THEME_PRINT);
}

GtkWidget *
_pkc_print_colours_widget_new (GtkPrintSettings *settings)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (_("Chart colours"));
  /* Translators: print dialog choice: the chart printed in its screen colours */
  GtkWidget *colour = gtk_check_button_new_with_mnemonic (_("_Colour"));
  /* Translators: print dialog choice: the chart printed in greys, each series also hatched */
  GtkWidget *grey = gtk_check_button_new_with_mnemonic (_("_Greyscale, series told apart by hatching"));
  GtkWidget *hint = gtk_label_new (_("Greyscale suits black-and-white printers and photocopies."));

  g_return_val_if_fail (GTK_IS_PRINT_SETTINGS (settings), NULL);

  g_object_set_data_full (G_OBJECT (box), SETTINGS_KEY, g_object_ref (settings), g_object_unref);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (hint), 0);
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_check_button_set_group (GTK_CHECK_BUTTON (grey), GTK_CHECK_BUTTON (colour));
  if (pkc_print_colours_get_theme (settings) == PKC_THEME_PRINT)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (grey), TRUE);
  else
    gtk_check_button_set_active (GTK_CHECK_BUTTON (colour), TRUE);
  g_signal_connect (colour, "toggled", G_CALLBACK (colour_toggled_cb), box);

  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), colour);
  gtk_box_append (GTK_BOX (box), grey);
  gtk_box_append (GTK_BOX (box), hint);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  heading, NULL, -1);
  return box;
}

static void
unref_settings (gpointer  settings,
                GClosure *closure)
{
  g_object_unref (settings);
}

static GObject *
create_custom_widget_cb (GtkPrintOperation *operation,
                         GtkPrintSettings  *settings)
{
  return G_OBJECT (_pkc_print_colours_widget_new (settings));
}

void
pkc_print_colours_attach (GtkPrintOperation *operation,
                          GtkPrintSettings  *settings)
{
  g_return_if_fail (GTK_IS_PRINT_OPERATION (operation));
  g_return_if_fail (GTK_IS_PRINT_SETTINGS (settings));

  /* Translators: the print dialog's tab with the colour or greyscale choice */
  gtk_print_operation_set_custom_tab_label (operation, _("Chart"));
  g_signal_connect_data (operation, "create-custom-widget", G_CALLBACK (create_custom_widget_cb),
                         g_object_ref (settings), unref_settings, 0);
}
