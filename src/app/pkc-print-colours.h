/* pkc-print-colours.h — Print…'s colour or greyscale choice: a tab of the print dialog,
 * remembered in the print settings
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "pkc-charts.h"

G_BEGIN_DECLS

/* The theme the chart prints in: PKC_THEME_LIGHT (colour) or PKC_THEME_PRINT (greyscale,
 * each series also hatched), as @settings record it; greyscale when they do not. */
PkcTheme   pkc_print_colours_get_theme  (GtkPrintSettings  *settings);
void       pkc_print_colours_set_theme  (GtkPrintSettings  *settings,
                                         PkcTheme           theme);
/* Adds the tab to @operation's print dialog, writing the choice into @settings. */
void       pkc_print_colours_attach     (GtkPrintOperation *operation,
                                         GtkPrintSettings  *settings);

G_END_DECLS
