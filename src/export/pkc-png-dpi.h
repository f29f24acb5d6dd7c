/* pkc-png-dpi.h — record a PNG's resolution (cairo writes no pHYs chunk)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS



G_END_DECLS
