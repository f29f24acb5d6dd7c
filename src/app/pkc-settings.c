/* pkc-settings.c — the application's GSettings, also when run from the build tree
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-settings"

#include "config.h"

#include "pkc-settings.h"

GSettings *
pkc_settings_new (void)
{
  GSettingsSchemaSource *default_source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchemaSource) build_source = NULL;
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GError) error = NULL;

  if (default_source != NULL)
    schema = g_settings_schema_source_lookup (default_source, APP_ID, TRUE);
  if (schema != NULL)
    return g_settings_new_full (schema, NULL, NULL);

  /* Not installed: an uninstalled run from the build tree uses the schema compiled
   * there, so `build/src/app/peacekeeping-charts` works without GSETTINGS_SCHEMA_DIR. */
  build_source = g_settings_schema_source_new_from_directory (PKC_BUILD_SCHEMA_DIR,
                                                              default_source, FALSE, &error);
  if (build_source != NULL)
    schema = g_settings_schema_source_lookup (build_source, APP_ID, FALSE);
  if (schema == NULL)
    g_error ("The GSettings schema %s is neither installed nor in %s: %s",
             APP_ID, PKC_BUILD_SCHEMA_DIR, error != NULL ? error->message : "not found");

  return g_settings_new_full (schema, NULL, NULL);
}
