/* pkc-embedded.c — the curated datasets compiled into the binary
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "pkc-embedded.h"
#include "pkc-loader.h"
#include "pkc-resources.h"

/* Acronym and file name in the resource's /data folder; the first is the default. Add a
 * curated mission here and in resources/org.peacekeeping.Charts.gresource.xml. */
static const struct {
  const char *acronym;
  const char *file;
} curated[] = {
  { "MINUSMA", PKC_EMBEDDED_DATASET_NAME },
  { "MONUSCO", "monusco.xml" },
};

static PkcDataset *
load_resource (const char  *file,
               GError     **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_PREFIX "/data/", file, NULL);
  g_autoptr(GBytes) bytes = NULL;

  /* Looked up on the resource itself rather than the global registry: the static
   * library's auto-registration constructor is not guaranteed to be linked in. */
  bytes = g_resource_lookup_data (pkc_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                  error);
  if (bytes == NULL)
    return NULL;

  return pkc_loader_load_bytes (bytes, file, error);
}

PkcDataset *
pkc_embedded_dataset_load (GError **error)
{
  return load_resource (curated[0].file, error);
}

const char * const *
pkc_embedded_curated_acronyms (void)
{
  static const char *acronyms[G_N_ELEMENTS (curated) + 1];

  if (acronyms[0] == NULL)
    {
      for (guint i = 0; i < G_N_ELEMENTS (curated); i++)
        acronyms[i] = curated[i].acronym;
    }
  return acronyms;
}

PkcDataset *
pkc_embedded_curated_load (const char  *acronym,
                           GError     **error)
{
  g_return_val_if_fail (acronym != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (curated); i++)
    {
      if (g_ascii_strcasecmp (curated[i].acronym, acronym) == 0)
        return load_resource (curated[i].file, error);
    }
  return NULL;
}
