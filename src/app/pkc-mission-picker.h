/* pkc-mission-picker.h — a searchable list of every mission of the catalogue
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pkc-catalogue.h"

G_BEGIN_DECLS

#define PKC_TYPE_MISSION_PICKER (pkc_mission_picker_get_type ())
G_DECLARE_FINAL_TYPE (PkcMissionPicker, pkc_mission_picker, PKC, MISSION_PICKER, AdwWindow)

/* A modal window over @parent listing @catalogue's missions, @current_acronym (nullable)
 * marked. Typing filters by acronym, name and host country in the UI language; Enter picks
 * the first match, Escape closes. Picking emits ::mission-picked (const char *acronym) and
 * closes the window. */
PkcMissionPicker *pkc_mission_picker_new            (GtkWindow        *parent,
                                                     PkcCatalogue     *catalogue,
                                                     const char       *current_acronym);

G_END_DECLS
