/* pkc-missions.c — the app's mission catalogue (from the resources) and mission loading
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "pkc-compare-source.h"
#include "pkc-embedded.h"
#include "pkc-export.h"
#include "pkc-missions.h"
#include "pkc-resources.h"
#include "pkc-app-private.h"

#define UN_PATH RESOURCE_PREFIX "/un/"

static GInputStream *
open_resource (const char  *name,
               GError     **error)
{
  g_autofree char *path = g_strconcat (UN_PATH, name, NULL);

  return g_resource_open_stream (pkc_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                 error);
}

/* The catalogue in use, the fatalities CSV it was built from, and the catalogues an import
 * replaced: pickers still open may point into them, so they live as long as the process. */
static GMutex lock;
static PkcCatalogue *current;
static GBytes *fatalities_bytes;
static GPtrArray *retired;

static PkcCatalogue *
catalogue_from_bytes (GBytes  *fatalities,
                      GError **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (fatalities);
  g_autoptr(GInputStream) missions = open_resource ("un-missions.csv", error);

  if (missions == NULL)
    return NULL;
  return pkc_catalogue_new (stream, missions, error);
}

char *
_pkc_missions_imported_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "peacekeeping-charts",
                           "un-peacekeeping-fatalities.csv", NULL);
}

/* The imported CSV when there is one that builds, else the one compiled in. */
static void
build_catalogue (GError **error)
{
  g_autofree char *path = _pkc_missions_imported_path ();
  g_autofree char *contents = NULL;
  gsize length;

  if (g_file_get_contents (path, &contents, &length, NULL))
    {
      g_autoptr(GBytes) bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      g_autoptr(GError) local_error = NULL;

      current = catalogue_from_bytes (bytes, &local_error);
      if (current != NULL)
        {
          fatalities_bytes = g_steal_pointer (&bytes);
          return;
        }
      g_warning ("Imported UN data not used (%s): %s", path, local_error->message);
    }
  fatalities_bytes = g_resource_lookup_data (pkc_get_resource (),
                                             UN_PATH "un-peacekeeping-fatalities.csv",
                                             G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (fatalities_bytes != NULL)
    current = catalogue_from_bytes (fatalities_bytes, error);
}

PkcCatalogue *
pkc_missions_get_catalogue (GError **error)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  if (current == NULL)
    {
      g_clear_pointer (&fatalities_bytes, g_bytes_unref);
      build_catalogue (error);
    }
  return current;
}

GInputStream *
pkc_missions_open_fatalities (GError **error)
{
  g_autoptr(GMutexLocker) locker = NULL;

  if (pkc_missions_get_catalogue (error) == NULL)
    return NULL;
  locker = g_mutex_locker_new (&lock);
  return g_memory_input_stream_new_from_bytes (fatalities_bytes);
}

gboolean
pkc_missions_import (GFile   *file,
                     GError **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = _pkc_missions_imported_path ();
  g_autoptr(GFile) target = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (target);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  PkcCatalogue *imported;
  gsize length;

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return FALSE;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  /* Validated whole before anything changes: a bad row leaves the catalogue as it was. */
  imported = catalogue_from_bytes (bytes, error);
  if (imported == NULL)
    return FALSE;
  if (!pkc_compare_source_check_fatalities (bytes, error))
    {
      g_object_unref (imported);
      return FALSE;
    }
  if (!g_file_make_directory_with_parents (folder, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      g_object_unref (imported);
      return FALSE;
    }
  if (!pkc_export_write (target, bytes, NULL, error))
    {
      g_object_unref (imported);
      return FALSE;
    }

  {
    g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

    if (retired == NULL)
      retired = g_ptr_array_new ();
    if (current != NULL)
      g_ptr_array_add (retired, current);
    current = imported;
    g_clear_pointer (&fatalities_bytes, g_bytes_unref);
    fatalities_bytes = g_steal_pointer (&bytes);
  }
  return TRUE;
}

PkcDataset *
pkc_missions_load (const char  *acronym,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  PkcDataset *curated = pkc_embedded_curated_load (acronym, &local_error);
  PkcCatalogue *catalogue;

  if (curated != NULL || local_error != NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return curated;
    }
  catalogue = pkc_missions_get_catalogue (error);
  if (catalogue == NULL)
    return NULL;
  return pkc_catalogue_build_dataset (catalogue, acronym, error);
}

char *
pkc_mission_info_years (const PkcMissionInfo *info)
{
  guint from = info->established.year, to = info->ended.year;

  if (!pkc_date_is_set (&info->established))
    {
      /* No start date known: the years of its deaths. */
      from = info->first_year;
      to = info->last_year;
      if (from == 0)
        return g_strdup ("");
      return from == to ? g_strdup_printf ("%u", from) : g_strdup_printf ("%u–%u", from, to);
    }
  if (!pkc_date_is_set (&info->ended))
    /* Translators: the years of a mission still running; %u is the year it began */
    return g_strdup_printf (_("since %u"), from);
  return from == to ? g_strdup_printf ("%u", from) : g_strdup_printf ("%u–%u", from, to);
}
