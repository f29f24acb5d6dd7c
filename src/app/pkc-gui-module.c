/* pkc-gui-module.c — the window's module: what the executable loads to open a window
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-application.h"
#include "pkc-gui-module.h"

int
pkc_gui_run (int    argc,
             char **argv)
{
  g_autoptr(PkcApplication) app = pkc_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
