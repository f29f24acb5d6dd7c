/* pkc-cli-missions.h — the command line's mission list (--list-missions)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when @format (NULL: text) is "text" or "csv". */
gboolean pkc_cli_missions_format_ok (const char *format);
/* Prints every mission of the built-in catalogue: acronym, name in the UI language, years
 * and deaths, as aligned text or (@format "csv") as CSV. Returns the exit status. */
int      pkc_cli_list_missions      (const char *format);

G_END_DECLS
