/* pkc-application.h — the AdwApplication: app actions, windows, opening files
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PKC_TYPE_APPLICATION (pkc_application_get_type ())
G_DECLARE_FINAL_TYPE (PkcApplication, pkc_application, PKC, APPLICATION, AdwApplication)

PkcApplication *pkc_application_new (void);

G_END_DECLS
