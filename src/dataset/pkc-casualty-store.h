/* pkc-casualty-store.h — how the dataset keeps its casualties (pkc-casualties.c)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-dataset.h"

G_BEGIN_DECLS

typedef struct _PkcCasualtyStore PkcCasualtyStore;

PkcCasualtyStore        *pkc_casualty_store_new   (void);
void                     pkc_casualty_store_free  (PkcCasualtyStore *store);
guint                    pkc_casualty_store_get_n (const PkcCasualtyStore *store);
const PkcCasualtyRecord *pkc_casualty_store_get   (const PkcCasualtyStore *store,
                                                   guint                   i);
/* By date, stably (file order among equal dates), in place. */
void                     pkc_casualty_store_sort  (PkcCasualtyStore *store);

/* pkc-dataset.c */
PkcCasualtyStore        *_pkc_dataset_get_casualty_store (PkcDataset *self);

G_END_DECLS
