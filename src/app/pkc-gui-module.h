/* pkc-gui-module.h — the entry point of the window's module (GTK, libadwaita)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gmodule.h>

G_BEGIN_DECLS

/* The module's file name without its suffix (G_MODULE_SUFFIX), and the directory it is
 * installed in is PKC_GUI_MODULE_DIR (config.h). */
#define PKC_GUI_MODULE_NAME "peacekeeping-charts-gui"
#define PKC_GUI_RUN_SYMBOL  "pkc_gui_run"

typedef int (*PkcGuiRun) (int argc, char **argv);

/* Runs the application (windows, D-Bus activation) with @argv as GApplication sees it. */
G_MODULE_EXPORT int pkc_gui_run (int    argc,
                                 char **argv);

G_END_DECLS
