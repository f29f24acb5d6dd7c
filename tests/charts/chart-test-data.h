/* chart-test-data.h — datasets for the chart tests (built in code, or the shipped file)
 * and the checks they share
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-chart.h"
#include "pkc-test-data.h"

G_BEGIN_DECLS

/* setlocale (C), LANGUAGE=en and g_test_init(): the start of every chart test's main(). */
void        test_charts_init      (int    *argc,
                                   char ***argv);
PkcDate     test_date             (const char *iso);
/* A small dataset with every section: casualties in Jan/Mar 2020 and Jan 2021, three
 * ceilings (the last without numbers), observations (one not preferred), drawdowns, four
 * bases (known, disputed, unknown, one without coordinates) and two events. */
PkcDataset *test_dataset_new      (void);
/* Only the mission and sources: every chart shows its empty state. */
PkcDataset *test_dataset_new_empty (void);
/* Asserts no two text runs of @scene overlap (boxes shrunk by @slack px). */
void        test_assert_no_text_overlap (const PkcScene *scene,
                                         double          slack);

G_END_DECLS
