/* pkc-test-data.h — the datasets the project ships, read through the loader, for tests
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-loader.h"

G_BEGIN_DECLS

/* $PKC_SOURCE_ROOT/data/@name through the loader; fails the test when it does not load. */
PkcDataset *pkc_test_load_shipped (const char *name);
/* The id attribute of each <casualty> in $PKC_SOURCE_ROOT/data/@name, in file order (char *,
 * read from the text: the dataset does not keep casualty ids). */
GPtrArray  *pkc_test_shipped_casualty_ids (const char *name);
/* data/minusma.xml, as pkc_test_load_shipped() reads it. */
PkcDataset *pkc_test_load_minusma (void);
/* data/monusco.xml, as pkc_test_load_shipped() reads it. */
PkcDataset *pkc_test_load_monusco (void);

G_END_DECLS
