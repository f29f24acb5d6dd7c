/* pkc-window-compare.c — the window's Compare page, a page of the view switcher
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-window-compare.h"

#define PAGE_KEY "pkc-compare-page"

#define HOLDER_KEY "pkc-compare-holder"

/* The page reads the UN's CSVs and every curated dataset when it is made: it is made when
 * first shown or asked for, not while the window starts. */
static void
visible_child_cb (AdwViewStack *stack,
                  GParamSpec   *pspec,
                  PkcWindow    *self)
{
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (stack), "compare") == 0)
    pkc_window_get_compare_page (self);
}

void
pkc_window_compare_init (PkcWindow    *self,
                         AdwViewStack *stack,
                         GtkWidget    *holder)
{
  g_object_set_data (G_OBJECT (self), HOLDER_KEY, holder);
  g_signal_connect_object (stack, "notify::visible-child-name", G_CALLBACK (visible_child_cb),
                           self, 0);
}

PkcComparePage *
pkc_window_get_compare_page (PkcWindow *self)
{
  GtkWidget *page = g_object_get_data (G_OBJECT (self), PAGE_KEY);
  GtkWidget *holder;

  if (page != NULL)
    return PKC_COMPARE_PAGE (page);
  holder = g_object_get_data (G_OBJECT (self), HOLDER_KEY);
  g_return_val_if_fail (holder != NULL, NULL);
  page = pkc_compare_page_new ();
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (holder), page);
  g_object_set_data (G_OBJECT (self), PAGE_KEY, page);
  return PKC_COMPARE_PAGE (page);
}

PkcComparePage *
pkc_window_compare_visible (PkcWindow *self)
{
  if (g_strcmp0 (pkc_window_get_visible_page (self), "compare") != 0)
    return NULL;
  return pkc_window_get_compare_page (self);
}

void
pkc_window_compare_reload (PkcWindow *self)
{
  GtkWidget *page = g_object_get_data (G_OBJECT (self), PAGE_KEY);

  /* A page not made yet reads the data in use when it is. */
  if (page != NULL)
    pkc_compare_page_reload (PKC_COMPARE_PAGE (page));
}
