/* pkc-un-import.h — turns the UN peacekeeper fatalities CSV into a dataset XML file
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pkc-dataset.h"

G_BEGIN_DECLS

#define PKC_UN_IMPORT_ERROR (pkc_un_import_error_quark ())

/* CSV syntax errors come as PKC_CSV_ERROR, I/O errors as G_IO_ERROR. */
typedef enum {
  PKC_UN_IMPORT_ERROR_MISSING_COLUMN,  /* no header, or a required column is absent */
  PKC_UN_IMPORT_ERROR_FIELD_COUNT,     /* a row with more or fewer fields than the header */
  PKC_UN_IMPORT_ERROR_INVALID_VALUE,   /* bad date, unknown type, bad ISO code, bad text */
  PKC_UN_IMPORT_ERROR_UNKNOWN_MISSION, /* no row has the requested mission_acronym */
} PkcUnImportError;

GQuark   pkc_un_import_error_quark (void);

/* Reads the UN fatalities CSV from @csv (streamed: memory does not grow with the file) and
 * writes a format-1 dataset with the mission, the "un-fatalities" source and one
 * <casualty> per row of @mission_acronym (matched ignoring ASCII case, so "unifil" finds
 * "UNIFIL"), in CSV order. Nothing at all is written to @out unless the whole input is
 * valid, so a failed import never leaves half a document; @out is not closed. Errors read
 * "CSV_DISPLAY_NAME:LINE: message".
 *
 * Messy rows are repaired rather than refused, every row being kept: blank lines are
 * skipped, an empty nationality becomes "Unknown", an undetermined ISO code ("ZZ",
 * "ZZ [Undetermined]") becomes an unknown (empty) one, blanks inside a casualty_id become
 * "_" and a repeated casualty_id is left out. When @out_warnings is not NULL it receives,
 * on success only, one translated line per kind of repair made ("CSV_DISPLAY_NAME:
 * warning: 2 blank lines skipped"; char *, empty when nothing was repaired, free with
 * g_ptr_array_unref); it is set to NULL on failure. */
gboolean pkc_un_import             (GInputStream  *csv,
                                    const char    *csv_display_name,
                                    const char    *mission_acronym,
                                    GOutputStream *out,
                                    GPtrArray    **out_warnings,
                                    GError       **error);


/* The UN's incident wording ("Malicious Act", …) as a PkcIncident, ignoring ASCII case
 * (trim @text first); FALSE for wording the UN does not use. */
gboolean pkc_un_incident_from_text (const char    *text,
                                    PkcIncident   *out);

/* For the command line: prints a one-line error to stderr and returns 1 on failure;
 * prints each repair warning to stderr and returns 0 on success. */
int      pkc_un_import_main        (const char    *csv_path,
                                    const char    *mission_acronym,
                                    const char    *output_path);

G_END_DECLS
