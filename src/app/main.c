/* main.c — starts Peacekeeping Charts: the headless command line or the application
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-cli.h"

int
main (int   argc,
      char *argv[])
{
  return pkc_cli_main (argc, argv);
}
