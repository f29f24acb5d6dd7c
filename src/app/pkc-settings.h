/* pkc-settings.h — the application's GSettings, also when run from the build tree
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GSettings *pkc_settings_new (void);

G_END_DECLS
