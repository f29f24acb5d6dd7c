/* pkc-window.h — the main window: three chart pages over one dataset
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pkc-application.h"
#include "pkc-chart-view.h"
#include "pkc-dataset.h"

G_BEGIN_DECLS

#define PKC_TYPE_WINDOW (pkc_window_get_type ())
G_DECLARE_FINAL_TYPE (PkcWindow, pkc_window, PKC, WINDOW, AdwApplicationWindow)

PkcWindow    *pkc_window_new               (PkcApplication *application);
PkcDataset   *pkc_window_get_dataset       (PkcWindow      *self);
void          pkc_window_set_dataset       (PkcWindow      *self,
                                            PkcDataset     *dataset);
/* Loads @file in a worker thread; on failure the current dataset stays and the error
 * (file, line, message) is shown. Emits ::load-finished either way. */
void          pkc_window_open_file         (PkcWindow      *self,
                                            GFile          *file);
const char   *pkc_window_get_visible_page  (PkcWindow      *self);
void          pkc_window_set_visible_page  (PkcWindow      *self,
                                            const char     *name);
PkcChartView *pkc_window_get_chart_view    (PkcWindow      *self,
                                            PkcChartKind    kind);
/* Shows @toast (floating: the window takes it) over the charts. */
void          pkc_window_add_toast         (PkcWindow      *self,
                                            AdwToast       *toast);

G_END_DECLS
