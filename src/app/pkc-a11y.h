/* pkc-a11y.h — names for screen readers that GTK 4.8 does not give by itself
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* @label without its mnemonic underscores ("_Cumulative total" → "Cumulative total";
 * "__" stays one "_"). */
char *pkc_a11y_strip_mnemonic      (const char *label);

/* Every check button and button under @root whose label has a mnemonic gets that label
 * without the underscore as its accessible name, and keeps it when the label changes:
 * GTK 4.8 hands the raw label ("_Cumulative total") to screen readers, and libadwaita 1.2's
 * message dialogs name their buttons "_Close Close". */
void  pkc_a11y_name_mnemonic_buttons (GtkWidget  *root);

/* Every window the app opens (dialogs of its own or of libadwaita, the export dialog) gets
 * pkc_a11y_name_mnemonic_buttons() when it maps. Once, at startup. */
void  pkc_a11y_watch_toplevels       (void);

G_END_DECLS
