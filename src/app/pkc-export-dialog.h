/* pkc-export-dialog.h — Export…: chart, format, size, resolution and colours, then a file
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pkc-window.h"

G_BEGIN_DECLS

#define PKC_TYPE_EXPORT_DIALOG (pkc_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PkcExportDialog, pkc_export_dialog, PKC, EXPORT_DIALOG, AdwWindow)

/* A modal dialog over @window exporting what it shows (same dataset and chart options). */
PkcExportDialog *pkc_export_dialog_new (PkcWindow *window);

G_END_DECLS
