/* pkc-import-private.h — parts of the import layer that only its tests call
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-spool.h"

G_BEGIN_DECLS

gsize     _pkc_spool_get_size   (PkcSpool      *self);
/* TRUE once the data no longer fits in memory. */
gboolean  _pkc_spool_is_on_disk (PkcSpool      *self);

G_END_DECLS
