/* pkc-un-import-private.h — value helpers shared by the importer and its tests
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "pkc-dataset.h"

G_BEGIN_DECLS

/* The UN's wording, compared ignoring ASCII case (trim first; the incident's is in
 * pkc-un-import.h, for the catalogue). */
gboolean  pkc_un_personnel_from_text (const char  *text,
                                      PkcPersonnel *out);

/* Appends @text with & < > " escaped and tab, LF and CR as character references. Returns
 * FALSE (appending nothing) when @text holds another control character, U+FFFE or U+FFFF,
 * which XML 1.0 cannot carry. @text must be valid UTF-8. */
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

G_END_DECLS
