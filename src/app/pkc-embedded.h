/* pkc-embedded.h — the curated datasets compiled into the binary (MINUSMA, the default)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-dataset.h"

G_BEGIN_DECLS

#define PKC_EMBEDDED_DATASET_NAME "minusma.xml"

/* The default dataset (MINUSMA). */
PkcDataset         *pkc_embedded_dataset_load     (GError     **error);

/* The acronyms of every curated dataset compiled in (NULL-terminated, static). */
const char * const *pkc_embedded_curated_acronyms (void);

/* The curated dataset for @acronym (case-insensitive); NULL without an error when there is
 * none, NULL with @error set when it cannot be loaded. */
PkcDataset         *pkc_embedded_curated_load     (const char  *acronym,
                                                   GError     **error);

G_END_DECLS
