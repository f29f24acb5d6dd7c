/* pkc-window-compare.c — the window's Compare page, a page of the view switcher
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-window-compare.h"

#define PAGE_KEY "pkc-compare-page"

void
pkc_window_compare_init (PkcWindow    *self,
                         AdwViewStack *stack)
{
  GtkWidget *page = pkc_compare_page_new ();
  AdwViewStackPage *stack_page;

  /* Translators: the view switcher's page comparing missions */
  stack_page = adw_view_stack_add_titled (stack, page, "compare", _("Compare"));
  adw_view_stack_page_set_icon_name (stack_page, "view-list-bullet-symbolic");
  g_object_set_data (G_OBJECT (self), PAGE_KEY, page);
}

PkcComparePage *
pkc_window_get_compare_page (PkcWindow *self)
{
  return g_object_get_data (G_OBJECT (self), PAGE_KEY);
}

PkcComparePage *
pkc_window_compare_visible (PkcWindow *self)
{
  if (g_strcmp0 (pkc_window_get_visible_page (self), "compare") != 0)
    return NULL;
  return pkc_window_get_compare_page (self);
}
