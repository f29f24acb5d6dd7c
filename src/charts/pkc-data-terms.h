/* pkc-data-terms.h — translated display names for the fixed vocabulary a dataset uses
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "pkc-dataset.h"

G_BEGIN_DECLS

/* Datasets write some values as English words from a small vocabulary: contingent
 * countries, base names, a figure's confidence and scope (regions: pkc_dataset_get_region_name()). These return the value in the
 * user's language when the catalogue knows it, else the value as written. The result
 * belongs to gettext or to the caller's string: do not free it. */
const char *pkc_data_term_country    (const char *name);
const char *pkc_data_term_base       (const char *name);
const char *pkc_data_term_confidence (const char *value);
const char *pkc_data_term_scope      (const char *value);
/* A casualty's nationality as the UN data writes it (a known misspelling, such as a name
 * without its apostrophe), shown under its proper name (pkc_un_spelling_name(), translated
 * like a country). Other values go through pkc_data_term_country(). */
const char *pkc_data_term_nationality (const char *raw);
/* The kind of a source in words ("primary UN", "news", "secondary", "mirror"), translated;
 * NULL when the dataset does not say. */
const char *pkc_data_term_source_kind (PkcSourceKind kind);
/* "Publisher (primary UN)" for the source lists (About window, PDF report); the publisher
 * alone when the kind is not given. Free with g_free(). */
char       *pkc_source_publisher_with_kind (const PkcSource *source);

G_END_DECLS
