/* pkc-embedded.h — the MINUSMA dataset compiled into the binary
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-dataset.h"

G_BEGIN_DECLS

#define PKC_EMBEDDED_DATASET_NAME "minusma.xml"

PkcDataset *pkc_embedded_dataset_load (GError **error);

G_END_DECLS
