/* pkc-window-export.h — the window's Export…, Copy and Print actions
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-window.h"

G_BEGIN_DECLS

/* Adds win.export (Ctrl+E), win.copy-chart (Ctrl+C), win.print (Ctrl+P) and
 * win.open-exported (a file URI) to @self. Called once from pkc_window_init(). */
void         pkc_window_export_init          (PkcWindow  *self);
/* The chart on the visible page. */
PkcChartKind pkc_window_export_current_kind  (PkcWindow  *self);
/* The "Exported …" toast, with a button that opens @file. */
void         pkc_window_export_show_done     (PkcWindow  *self,
                                              GFile      *file);
/* The print settings of this session (from print.ini at first use), colour choice included:
 * Print… and pkc_window_export_print_to_pdf() print with them. */
GtkPrintSettings *pkc_window_export_get_print_settings (void);
/* Runs the print job without a dialog, to a PDF file: what Print… sends to the printer. */
gboolean     pkc_window_export_print_to_pdf  (PkcWindow   *self,
                                              const char  *path,
                                              GError     **error);

G_END_DECLS
