/* pkc-un-import-private.h — value helpers shared by the importer and its tests
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "pkc-dataset.h"
#include "pkc-un-import.h"

G_BEGIN_DECLS

/* The kinds of repair made to messy rows, each reported once with its count, in this order. */
typedef enum {
  PKC_UN_REPAIR_BLANK_LINE,
  PKC_UN_REPAIR_EMPTY_NATIONALITY,
  PKC_UN_REPAIR_UNDETERMINED_ISO,
  PKC_UN_REPAIR_SPACED_ID,
  PKC_UN_REPAIR_REPEATED_ID,
  PKC_UN_N_REPAIRS
} PkcUnRepair;

/* One translated line per kind of repair made ("FILE: warning: 2 blank lines skipped"), in
 * the order above; @counts has PKC_UN_N_REPAIRS counts. Free with g_ptr_array_unref. */
GPtrArray *pkc_un_repair_warnings      (const char  *display_name,
                                        const guint *counts);

/* Sets PKC_UN_IMPORT_ERROR_UNKNOWN_MISSION for @acronym, naming the closest of @acronyms
 * (a set of every mission_acronym seen in @display_name), or saying it has no rows. */
void       pkc_un_unknown_mission_error (const char  *acronym,
                                         const char  *display_name,
                                         GHashTable  *acronyms,
                                         GError     **error);

/* The UN's wording, compared ignoring ASCII case (trim first; the incident's is in
 * pkc-un-import.h, for the catalogue). */
gboolean  pkc_un_personnel_from_text (const char  *text,
                                      PkcPersonnel *out);

/* pkc_xml_append_escaped(), except that a value XML 1.0 cannot carry whole (another
 * control character, U+FFFE or U+FFFF) is refused: FALSE, nothing appended, rather than
 * imported with characters missing. @text must be valid UTF-8. */
gboolean  pkc_un_append_escaped      (GString     *out,
                                      const char  *text);

/* Edit distance between two ASCII-case-folded strings (bytes). */
guint     pkc_un_levenshtein         (const char  *a,
                                      const char  *b);

/* The up to @max_results elements of @candidates closest to @wanted by edit distance,
 * ignoring case; ties sorted alphabetically. Returns a NULL-terminated array of borrowed
 * strings (free the array with g_free only). */
const char **pkc_un_closest          (const char  *wanted,
                                      GPtrArray   *candidates,
                                      guint        max_results);

/* Imports @csv into the file @output_path (replaced only when the import succeeds: an
 * existing file is kept unchanged on failure, a new one is not left behind), or to standard
 * output when @output_path is NULL. The CSV's basename is used in messages. @out_warnings
 * as for pkc_un_import(). */
gboolean _pkc_un_import_file        (GFile         *csv,
                                     const char    *mission_acronym,
                                     const char    *output_path,
                                     GPtrArray    **out_warnings,
                                     GError       **error);

G_END_DECLS
