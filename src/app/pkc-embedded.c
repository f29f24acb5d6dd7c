/* pkc-embedded.c — the MINUSMA dataset compiled into the binary
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "pkc-embedded.h"
#include "pkc-loader.h"
#include "pkc-resources.h"

PkcDataset *
pkc_embedded_dataset_load (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;

  /* Looked up on the resource itself rather than the global registry: the static
   * library's auto-registration constructor is not guaranteed to be linked in. */
  bytes = g_resource_lookup_data (pkc_get_resource (),
                                  RESOURCE_PREFIX "/data/" PKC_EMBEDDED_DATASET_NAME,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE,
                                  error);
  if (bytes == NULL)
    return NULL;

  return pkc_loader_load_bytes (bytes, PKC_EMBEDDED_DATASET_NAME, error);
}
