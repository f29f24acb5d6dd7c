/* pkc-load-indicator.c — the window's sign that a dataset file is being opened
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-load-indicator"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-load-indicator.h"

struct _PkcLoadIndicator
{
  GtkWidget     parent_instance;

  GtkWidget    *box;
  GtkWidget    *spinner;
  GtkWidget    *label;
  GtkWidget    *stop_button;

  GCancellable *cancellable;
  guint         delay_id;
};

G_DEFINE_FINAL_TYPE (PkcLoadIndicator, pkc_load_indicator, GTK_TYPE_WIDGET)

static gboolean
delay_done_cb (gpointer user_data)
{
  PkcLoadIndicator *self = PKC_LOAD_INDICATOR (user_data);

  self->delay_id = 0;
  gtk_spinner_start (GTK_SPINNER (self->spinner));
  gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
  return G_SOURCE_REMOVE;
}

static void
stop_clicked_cb (GtkButton        *button,
                 PkcLoadIndicator *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  pkc_load_indicator_stop (self);
}

void
pkc_load_indicator_start (PkcLoadIndicator *self,
                          GFile            *file,
                          GCancellable     *cancellable)
{
  g_autofree char *basename = NULL;
  g_autofree char *display = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (PKC_IS_LOAD_INDICATOR (self));
  g_return_if_fail (G_IS_FILE (file));

  basename = g_file_get_basename (file);
  display = g_filename_display_name (basename != NULL ? basename : "");
  /* Translators: shown over the charts while a dataset file loads; %s is its name */
  text = g_strdup_printf (_("Opening “%s”…"), display);
  gtk_label_set_label (GTK_LABEL (self->label), text);
  gtk_widget_set_tooltip_text (self->label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spinner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text, -1);
  g_set_object (&self->cancellable, cancellable);

  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    return;
  g_clear_handle_id (&self->delay_id, g_source_remove);
  self->delay_id = g_timeout_add (PKC_LOAD_INDICATOR_DELAY_MS, delay_done_cb, self);
}

void
pkc_load_indicator_stop (PkcLoadIndicator *self)
{
  g_return_if_fail (PKC_IS_LOAD_INDICATOR (self));

  g_clear_handle_id (&self->delay_id, g_source_remove);
  g_clear_object (&self->cancellable);
  gtk_spinner_stop (GTK_SPINNER (self->spinner));
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

static void
pkc_load_indicator_dispose (GObject *object)
{
  PkcLoadIndicator *self = PKC_LOAD_INDICATOR (object);

  g_clear_handle_id (&self->delay_id, g_source_remove);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (pkc_load_indicator_parent_class)->dispose (object);
}

static void
pkc_load_indicator_class_init (PkcLoadIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pkc_load_indicator_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
pkc_load_indicator_init (PkcLoadIndicator *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  /* A floating card, like a toast: it sits over the chart. */
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_set_margin_start (self->box, 12);
  gtk_widget_set_margin_end (self->box, 4);
  gtk_widget_set_margin_top (self->box, 4);
  gtk_widget_set_margin_bottom (self->box, 4);

  self->spinner = gtk_spinner_new ();
  gtk_box_append (GTK_BOX (self->box), self->spinner);

  /* Narrow windows keep the name's start and its extension. */
  self->label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->label), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->label), 40);
  gtk_label_set_width_chars (GTK_LABEL (self->label), 6);
  gtk_box_append (GTK_BOX (self->box), self->label);

  self->stop_button = gtk_button_new_from_icon_name ("process-stop-symbolic");
  gtk_widget_add_css_class (self->stop_button, "flat");
  gtk_widget_add_css_class (self->stop_button, "circular");
  /* Translators: tooltip and screen-reader name of the button that stops opening a file */
  gtk_widget_set_tooltip_text (self->stop_button, _("Stop Opening the File"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->stop_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Stop Opening the File"), -1);
  g_signal_connect (self->stop_button, "clicked", G_CALLBACK (stop_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->box), self->stop_button);

  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

GtkWidget *
pkc_load_indicator_new (void)
{
  return g_object_new (PKC_TYPE_LOAD_INDICATOR, NULL);
}
