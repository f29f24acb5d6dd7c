/* pkc-cli.h — command-line entry point: headless modes, or hand over to the GUI
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parses the command line. Headless options (--check, --print-data, …) run without any
 * display and without initialising GTK; otherwise the application starts with the
 * remaining FILE arguments. Returns the process exit status. */
int pkc_cli_main (int   argc,
                  char *argv[]);

G_END_DECLS
