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
/* The records with the earliest and the latest date (as pkc_date_compare() orders their
 * pkc_casualty_record_get_date()), dated ones only: FALSE when there are none. */
gboolean                 pkc_casualty_store_get_extremes (const PkcCasualtyStore *store,
                                                          guint                  *out_first,
                                                          guint                  *out_last);
/* By date, stably (file order among equal dates), in place. */
void                     pkc_casualty_store_sort  (PkcCasualtyStore *store);

/* pkc-dataset.c */
PkcCasualtyStore        *_pkc_dataset_get_casualty_store (PkcDataset *self);

G_END_DECLS
