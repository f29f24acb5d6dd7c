/* pkc-window-missions.h — the window's mission list: choosing, loading and restoring missions
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-mission-picker.h"
#include "pkc-window.h"

G_BEGIN_DECLS

/* Adds win.pick-mission (Ctrl+K, Ctrl+F: opens the mission list) and win.load-mission
 * (an acronym) to @self. Called once from pkc_window_init(). */
void              pkc_window_missions_init        (PkcWindow   *self);
/* Shows the mission chosen last (GSettings "last-mission"), or MINUSMA when it is gone;
 * read in a thread after @self's first frame, shown when read unless another dataset was
 * set meanwhile. */
void              pkc_window_missions_restore     (PkcWindow   *self);
/* Shows @acronym's richest dataset and remembers it; on failure the dataset shown stays,
 * the error is shown and returned. */
gboolean          pkc_window_load_mission         (PkcWindow   *self,
                                                   const char  *acronym,
                                                   GError     **error);
/* Opens the mission list over @self and returns it (borrowed; for tests). */
PkcMissionPicker *pkc_window_missions_open_picker (PkcWindow   *self);
/* The mission list open over @self, or NULL. */
PkcMissionPicker *pkc_window_missions_get_picker  (PkcWindow   *self);
/* TRUE when @head (the start of a file) looks like the UN fatalities CSV. */
gboolean          pkc_window_missions_is_un_csv   (const char  *head,
                                                   gsize        length);

G_END_DECLS
