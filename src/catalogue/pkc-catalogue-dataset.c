/* pkc-catalogue-dataset.c — one mission's dataset from the fatalities CSV and the metadata
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pkc-catalogue-private.h"
#include "pkc-loader.h"
#include "pkc-un-import.h"

#define CSV_NAME "un-peacekeeping-fatalities.csv"

/* The host of an http(s) URL, or NULL. */
static char *
url_host (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);

  return uri != NULL && g_uri_get_host (uri) != NULL ? g_strdup (g_uri_get_host (uri)) : NULL;
}

/* The UN's own sites: un.org and its subdomains, undocs.org, unmissions.org. */
static gboolean
is_un_host (const char *host)
{
  static const char * const domains[] = { "un.org", "undocs.org", "unmissions.org" };

  for (guint i = 0; i < G_N_ELEMENTS (domains); i++)
    {
      gsize n = strlen (host), m = strlen (domains[i]);

      if (g_str_equal (host, domains[i]) ||
          (n > m && g_str_has_suffix (host, domains[i]) && host[n - m - 1] == '.'))
        return TRUE;
    }
  return FALSE;
}

/* One source per metadata URL ("mission-1", "mission-2"…); returns their ids. */
static char *
add_metadata_sources (PkcDataset           *dataset,
                      const PkcMissionInfo *info)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; info->sources[i] != NULL; i++)
    {
      PkcSource *source = g_new0 (PkcSource, 1);
      g_autofree char *host = url_host (info->sources[i]);

      source->id = g_strdup_printf ("mission-%u", i + 1);
      source->title = g_strdup_printf ("%s mission dates and name", info->acronym);
      source->publisher = g_strdup (host != NULL ? host : info->sources[i]);
      source->url = g_strdup (info->sources[i]);
      source->note = g_strdup_printf ("Mission metadata (confidence: %s). %s",
                                      *info->confidence != '\0' ? info->confidence : "n/a",
                                      info->notes);
      source->kind = is_un_host (source->publisher) ? PKC_SOURCE_KIND_PRIMARY_UN
                                                    : PKC_SOURCE_KIND_UNSPECIFIED;
      if (ids->len > 0)
        g_string_append_c (ids, ' ');
      g_string_append (ids, source->id);
      pkc_dataset_add_source (dataset, source);
    }
  if (ids->len == 0)
    return NULL;
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

PkcDataset *
pkc_catalogue_build_dataset (PkcCatalogue  *self,
                             const char    *acronym,
                             GError       **error)
{
  const PkcMissionInfo *info;
  g_autoptr(GInputStream) csv = NULL;
  g_autoptr(GOutputStream) out = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  g_autofree char *ids = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (PKC_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = pkc_catalogue_lookup (self, acronym);
  if (info == NULL)
    {
      g_set_error (error, PKC_CATALOGUE_ERROR, PKC_CATALOGUE_ERROR_UNKNOWN_MISSION,
                   /* Translators: %s is a mission acronym as typed */
                   _("no mission “%s” in the UN fatalities data"), acronym);
      return NULL;
    }

  csv = g_memory_input_stream_new_from_bytes (pkc_catalogue_get_fatalities_csv (self));
  out = g_memory_output_stream_new_resizable ();
  if (!pkc_un_import (csv, CSV_NAME, info->acronym, out, NULL, error) ||
      !g_output_stream_close (out, NULL, error))
    return NULL;
  xml = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
  display = g_strdup_printf ("%s.xml", info->acronym);
  dataset = pkc_loader_load_bytes (xml, display, error);
  if (dataset == NULL)
    return NULL;
  /* No file of its own: titles and reports name the data it was built from. */
  pkc_dataset_set_display_name (dataset, CSV_NAME);

  /* The importer dates a mission by its first and last death; the metadata knows better.
   * A mission the table lacks keeps the importer's dates. */
  ids = add_metadata_sources (dataset, info);
  if (info->kind != PKC_MISSION_KIND_UNKNOWN)
    pkc_dataset_set_mission (dataset, info->acronym, info->established, info->ended,
                             ids != NULL ? ids : pkc_dataset_get_mission_source (dataset));
  for (guint l = 0; l < PKC_N_LANGS; l++)
    if (info->name.text[l] != NULL)
      pkc_dataset_set_mission_name (dataset, l, info->name.text[l]);
  pkc_dataset_finish (dataset);
  return g_steal_pointer (&dataset);
}
