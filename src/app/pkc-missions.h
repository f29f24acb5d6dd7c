/* pkc-missions.h — the app's mission catalogue (from the resources) and mission loading
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-catalogue.h"

G_BEGIN_DECLS

/* The catalogue built from the imported fatalities CSV (see pkc_missions_import()) or the
 * CSVs compiled into the binary, built on first use (borrowed; valid for the process, even
 * after an import replaced it; thread-safe). NULL with @error only for a broken build. */
PkcCatalogue *pkc_missions_get_catalogue  (GError     **error);

/* The fatalities CSV the catalogue was built from, to read again (the Compare page). */
GInputStream *pkc_missions_open_fatalities (GError    **error);

/* Checks @file by building a catalogue from it; only then copies it into the user data
 * folder (a safe write), where it is read instead of the CSV compiled in, and makes it the
 * catalogue in use. On any problem (errors read "FILE:LINE: reason") nothing changes. */
gboolean      pkc_missions_import         (GFile       *file,
                                           GError     **error);

/* The richest dataset for @acronym (case-insensitive): the curated one when there is one,
 * else the one built from the UN fatalities data. */
PkcDataset   *pkc_missions_load           (const char  *acronym,
                                           GError     **error);

/* "since 1978" for an ongoing mission, "2013–2023", "1948", or the years of its deaths when
 * the start is unknown ("" when none). */
char         *pkc_mission_info_years      (const PkcMissionInfo *info);

G_END_DECLS
