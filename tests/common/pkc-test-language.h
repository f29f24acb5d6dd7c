/* pkc-test-language.h — running a chart test in the language PKC_TEST_LANGUAGE names
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Sets LANGUAGE and the matching locale (before any gettext call), calls g_test_init() and
 * binds the catalogues of PKC_LOCALEDIR. Returns the language ("en" when none is named);
 * @out_bound says whether a catalogue folder was given. */
const char *pkc_test_use_language (int       *argc,
                                   char    ***argv,
                                   gboolean  *out_bound);

G_END_DECLS
