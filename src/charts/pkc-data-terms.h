/* pkc-data-terms.h — translated display names for the fixed vocabulary a dataset uses
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Datasets write some values as English words from a small vocabulary: contingent
 * countries, regions, a figure's confidence and scope. These return the value in the
 * user's language when the catalogue knows it, else the value as written. The result
 * belongs to gettext or to the caller's string: do not free it. */
const char *pkc_data_term_country    (const char *name);
const char *pkc_data_term_region     (const char *name);
const char *pkc_data_term_base       (const char *name);
const char *pkc_data_term_confidence (const char *value);
const char *pkc_data_term_scope      (const char *value);

G_END_DECLS
