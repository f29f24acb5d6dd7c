/* pkc-window-compare.h — the window's Compare page
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pkc-compare-page.h"
#include "pkc-window.h"

G_BEGIN_DECLS

/* Makes the Compare page in @holder, the child of @stack's page "compare", when that page
 * is first shown. */
void            pkc_window_compare_init     (PkcWindow    *self,
                                             AdwViewStack *stack,
                                             GtkWidget    *holder);
/* The Compare page, visible or not. */
PkcComparePage *pkc_window_get_compare_page (PkcWindow    *self);
/* The Compare page when it is the visible page, else NULL: the export, copy and print
 * actions then act on it. */
PkcComparePage *pkc_window_compare_visible  (PkcWindow    *self);
/* The Compare page, when made, reads the UN data again (after an import). */
void            pkc_window_compare_reload   (PkcWindow    *self);

G_END_DECLS
