/* pkc-missions.c — the app's mission catalogue (from the resources) and mission loading
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "pkc-embedded.h"
#include "pkc-missions.h"
#include "pkc-resources.h"

#define UN_PATH RESOURCE_PREFIX "/un/"

static GInputStream *
open_resource (const char  *name,
               GError     **error)
{
  g_autofree char *path = g_strconcat (UN_PATH, name, NULL);

  return g_resource_open_stream (pkc_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                 error);
}

static PkcCatalogue *
build_catalogue (GError **error)
{
  g_autoptr(GInputStream) fatalities = open_resource ("un-peacekeeping-fatalities.csv", error);
  g_autoptr(GInputStream) missions = NULL;

  if (fatalities == NULL)
    return NULL;
  missions = open_resource ("un-missions.csv", error);
  if (missions == NULL)
    return NULL;
  return pkc_catalogue_new (fatalities, missions, error);
}

PkcCatalogue *
pkc_missions_get_catalogue (GError **error)
{
  static PkcCatalogue *catalogue;
  static GMutex lock;
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&lock);

  if (catalogue == NULL)
    catalogue = build_catalogue (error);
  return catalogue;
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
