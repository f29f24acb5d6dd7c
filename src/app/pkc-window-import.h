/* pkc-window-import.h — File → Import UN Fatalities Data…: a newer UN CSV replaces the missions
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-window.h"

G_BEGIN_DECLS

/* Adds win.import-un-data (a file chooser) to @self. Called once from pkc_window_init(). */
void     pkc_window_import_init    (PkcWindow  *self);
/* Imports @file (pkc_missions_import()): on success the mission list and the Compare page
 * use it and a toast says so; otherwise a dialog names the file, the line and the reason,
 * and the missions stay as they were. */
gboolean pkc_window_import_un_data (PkcWindow  *self,
                                    GFile      *file,
                                    GError    **error);

G_END_DECLS
