/* pkc-catalogue-private.h — the catalogue's internals shared by its source files
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-catalogue.h"

G_BEGIN_DECLS

/* A PkcMissionInfo with its per-year counts; the info comes first so the two cast. */
typedef struct {
  PkcMissionInfo  info;
  GHashTable     *years;  /* GUINT_TO_POINTER (year) → guint[PKC_N_INCIDENTS + 1] (last: all) */
  guint           by_incident[PKC_N_INCIDENTS];
} PkcMissionEntry;

PkcMissionEntry *pkc_mission_entry_new  (const char       *acronym);
void             pkc_mission_entry_free (PkcMissionEntry  *entry);

/* Fills @entries (lowercased acronym → PkcMissionEntry) from the missions table. */
gboolean pkc_catalogue_read_missions    (GInputStream  *stream,
                                         const char    *display_name,
                                         GHashTable    *entries,
                                         GError       **error);
/* Counts the deaths of each acronym of the fatalities CSV held in @csv, adding an entry
 * (kind UNKNOWN) for an acronym the table lacks. */
gboolean pkc_catalogue_count_fatalities (GBytes        *csv,
                                         const char    *display_name,
                                         GHashTable    *entries,
                                         GError       **error);

/* The fatalities CSV as read (borrowed). */
GBytes *pkc_catalogue_get_fatalities_csv (PkcCatalogue *self);

/* Deaths of @info counted from the fatalities CSV: @year 0 for all years, @incident -1 for
 * all incident types (else a PkcIncident). */
guint                 _pkc_mission_info_count      (const PkcMissionInfo *info,
                                                    guint                 year,
                                                    int                   incident);

G_END_DECLS
