/* pkc-catalogue.h — every mission of the UN fatalities CSV with its metadata (GLib only)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pkc-dataset.h"

G_BEGIN_DECLS

#define PKC_CATALOGUE_ERROR (pkc_catalogue_error_quark ())

/* CSV syntax errors come as PKC_CSV_ERROR, importer errors as PKC_UN_IMPORT_ERROR. */
typedef enum {
  PKC_CATALOGUE_ERROR_INVALID_METADATA, /* the missions table lacks a column or has a bad value */
  PKC_CATALOGUE_ERROR_UNKNOWN_MISSION,  /* no mission with that acronym */
} PkcCatalogueError;

typedef enum {
  PKC_MISSION_KIND_PEACEKEEPING, /* a UN peacekeeping operation */
  PKC_MISSION_KIND_POLITICAL,    /* a special political or peacebuilding mission */
  PKC_MISSION_KIND_OTHER,        /* not a mission: a Secretariat entity, a component, an office */
  PKC_MISSION_KIND_UNKNOWN,      /* in the fatalities CSV but not in the missions table */
  PKC_N_MISSION_KINDS
} PkcMissionKind;

/* One acronym of the fatalities CSV. Owned by the catalogue; never modified once built.
 * Text fields are never NULL ("" when unknown), except name.text[FR|NL] and host.text[FR|NL]
 * which may be NULL (pkc_localized_text_get() falls back to English). For a mission missing
 * from the table, name and host are the acronym and "" and the dates are unset. */
typedef struct {
  char             *acronym;      /* as spelled in the fatalities CSV, e.g. "UNIFIL" */
  PkcMissionKind    kind;
  PkcLocalizedText  name;         /* full name in en/fr/nl */
  PkcLocalizedText  host;         /* host country or region in en/fr/nl */
  char             *iso;          /* ISO 3166 alpha-3 of the host country; "" when several or none */
  PkcDate           established;
  PkcDate           ended;        /* unset: ongoing */
  char             *established_by; /* e.g. "S/RES/425 (1978)"; "" when none */
  char            **sources;      /* NULL-terminated URLs, never NULL */
  char             *confidence;   /* "high", "medium", "low" or "" */
  char             *notes;
  guint             deaths;       /* rows of this acronym in the fatalities CSV */
  guint             first_year;   /* year of the first and last death; 0 when no deaths */
  guint             last_year;
} PkcMissionInfo;

#define PKC_TYPE_CATALOGUE (pkc_catalogue_get_type ())
G_DECLARE_FINAL_TYPE (PkcCatalogue, pkc_catalogue, PKC, CATALOGUE, GObject)

GQuark                pkc_catalogue_error_quark   (void);

/* Reads both CSVs whole (the fatalities CSV is kept in memory for build_dataset()). Every
 * acronym of @fatalities_csv gets a PkcMissionInfo; table rows with no deaths are kept
 * too. Neither stream is closed. Errors read "FILE:LINE: message". */
PkcCatalogue         *pkc_catalogue_new           (GInputStream  *fatalities_csv,
                                                   GInputStream  *missions_csv,
                                                   GError       **error);

/* const PkcMissionInfo *, sorted by acronym ignoring ASCII case. Owned by the catalogue. */
GPtrArray            *pkc_catalogue_get_missions  (PkcCatalogue  *self);
/* Ignoring ASCII case; NULL when unknown. */
const PkcMissionInfo *pkc_catalogue_lookup        (PkcCatalogue  *self,
                                                   const char    *acronym);


/* A dataset with one casualty per CSV row of @acronym (through the UN importer, so the
 * same repairs apply), the mission's start and end from the metadata (never from its
 * deaths), its names in en/fr/nl and the metadata's sources. Returns a new reference. */
PkcDataset           *pkc_catalogue_build_dataset (PkcCatalogue  *self,
                                                   const char    *acronym,
                                                   GError       **error);

/* Translated label of a kind ("Peacekeeping operation", "Not a mission"…). */
const char           *pkc_mission_kind_to_label   (PkcMissionKind kind);

G_END_DECLS
