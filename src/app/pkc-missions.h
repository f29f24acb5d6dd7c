/* pkc-missions.h — the app's mission catalogue (from the resources) and mission loading
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-catalogue.h"

G_BEGIN_DECLS

/* The catalogue built from the CSVs compiled into the binary, built on first use and kept
 * for the process (borrowed; thread-safe). NULL with @error only for a broken build. */
PkcCatalogue *pkc_missions_get_catalogue  (GError     **error);

/* The richest dataset for @acronym (case-insensitive): the curated one when there is one,
 * else the one built from the UN fatalities data. */
PkcDataset   *pkc_missions_load           (const char  *acronym,
                                           GError     **error);

/* "since 1978" for an ongoing mission, "2013–2023", "1948", or the years of its deaths when
 * the start is unknown ("" when none). */
char         *pkc_mission_info_years      (const PkcMissionInfo *info);

G_END_DECLS
