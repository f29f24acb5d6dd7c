/* pkc-window-private.h — state shared by the window's files, and its hooks for tests
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-window.h"

G_BEGIN_DECLS

struct _PkcWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwViewSwitcherTitle *switcher_title;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
  PkcChartView         *casualties_view;
  PkcChartView         *strength_view;
  PkcChartView         *bases_view;
  GtkMenuButton        *personnel_button_wide;
  GtkMenuButton        *personnel_button_narrow;
  GtkMenuButton        *primary_menu_button;
  GtkWidget            *compare_holder;
  GtkLabel             *mission_label;
  GMenuModel           *primary_menu;
  GMenuModel           *personnel_menu;

  /* Owned */
  GSettings            *settings;
  PkcDataset           *dataset;
  GtkFileChooserNative *chooser;
  GCancellable         *load_cancellable; /* of the load running, replaced by the next */
  GtkWidget            *load_indicator;
  char                 *last_error;
  gboolean              restore_hidden; /* the saved legend switches wait for a dataset */
};

/* Adds win.open, dropping files on the window and the indicator of a load under way. */
void        pkc_window_open_init          (PkcWindow *self);
/* Gives @menu to @button when it first opens: a popover menu built with the window would
 * only slow its first frame. */
void        pkc_window_set_menu_lazily    (GtkMenuButton *button,
                                           GMenuModel    *menu);
/* Emits ::load-finished. */
void        pkc_window_emit_load_finished (PkcWindow *self,
                                           gboolean   succeeded);

/* For tests: the message of the last failed load, or NULL. */
const char *_pkc_window_get_last_error    (PkcWindow *self);

G_END_DECLS
