/* pkc-catalogue.c — the mission catalogue object: construction, lookup and counts
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-catalogue-private.h"

#define FATALITIES_NAME "un-peacekeeping-fatalities.csv"
#define MISSIONS_NAME "un-missions.csv"

struct _PkcCatalogue {
  GObject     parent_instance;
  GBytes     *fatalities;  /* the whole CSV, for build_dataset() */
  GHashTable *entries;     /* lowercased acronym → PkcMissionEntry (owned) */
  GPtrArray  *missions;    /* sorted, borrowed from entries */
};

G_DEFINE_FINAL_TYPE (PkcCatalogue, pkc_catalogue, G_TYPE_OBJECT)
G_DEFINE_QUARK (pkc-catalogue-error-quark, pkc_catalogue_error)

static void
pkc_catalogue_finalize (GObject *object)
{
  PkcCatalogue *self = PKC_CATALOGUE (object);

  g_clear_pointer (&self->missions, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->fatalities, g_bytes_unref);
  G_OBJECT_CLASS (pkc_catalogue_parent_class)->finalize (object);
}

static void
pkc_catalogue_class_init (PkcCatalogueClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pkc_catalogue_finalize;
}

static void
pkc_catalogue_init (PkcCatalogue *self)
{
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) pkc_mission_entry_free);
}

PkcMissionEntry *
pkc_mission_entry_new (const char *acronym)
{
  PkcMissionEntry *entry = g_new0 (PkcMissionEntry, 1);

  entry->info.acronym = g_strdup (acronym);
  entry->info.kind = PKC_MISSION_KIND_UNKNOWN;
  entry->info.name.text[PKC_LANG_EN] = g_strdup (acronym);
  entry->info.host.text[PKC_LANG_EN] = g_strdup ("");
  entry->info.iso = g_strdup ("");
  entry->info.established_by = g_strdup ("");
  entry->info.sources = g_new0 (char *, 1);
  entry->info.confidence = g_strdup ("");
  entry->info.notes = g_strdup ("");
  entry->years = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  return entry;
}

void
pkc_mission_entry_free (PkcMissionEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->info.acronym);
  pkc_localized_text_clear (&entry->info.name);
  pkc_localized_text_clear (&entry->info.host);
  g_free (entry->info.iso);
  g_free (entry->info.established_by);
  g_strfreev (entry->info.sources);
  g_free (entry->info.confidence);
  g_free (entry->info.notes);
  g_hash_table_unref (entry->years);
  g_free (entry);
}

static int
compare_missions (gconstpointer a,
                  gconstpointer b)
{
  const PkcMissionInfo *ma = *(const PkcMissionInfo * const *) a;
  const PkcMissionInfo *mb = *(const PkcMissionInfo * const *) b;

  return g_ascii_strcasecmp (ma->acronym, mb->acronym);
}

static GBytes *
read_all (GInputStream  *stream,
          GError       **error)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  if (g_output_stream_splice (out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, NULL,
                              error) < 0)
    return NULL;
  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (out));
}

PkcCatalogue *
pkc_catalogue_new (GInputStream  *fatalities_csv,
                   GInputStream  *missions_csv,
                   GError       **error)
{
  g_autoptr(PkcCatalogue) self = NULL;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (G_IS_INPUT_STREAM (fatalities_csv), NULL);
  g_return_val_if_fail (G_IS_INPUT_STREAM (missions_csv), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (PKC_TYPE_CATALOGUE, NULL);
  self->fatalities = read_all (fatalities_csv, error);
  if (self->fatalities == NULL ||
      !pkc_catalogue_read_missions (missions_csv, MISSIONS_NAME, self->entries, error) ||
      !pkc_catalogue_count_fatalities (self->fatalities, FATALITIES_NAME, self->entries,
                                       error))
    return NULL;

  self->missions = g_ptr_array_sized_new (g_hash_table_size (self->entries));
  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (self->missions, value);
  g_ptr_array_sort (self->missions, compare_missions);
  return g_steal_pointer (&self);
}

GPtrArray *
pkc_catalogue_get_missions (PkcCatalogue *self)
{
  g_return_val_if_fail (PKC_IS_CATALOGUE (self), NULL);
  return self->missions;
}

const PkcMissionInfo *
pkc_catalogue_lookup (PkcCatalogue *self,
                      const char   *acronym)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (PKC_IS_CATALOGUE (self), NULL);
  if (acronym == NULL)
    return NULL;
  key = g_ascii_strdown (acronym, -1);
  return g_hash_table_lookup (self->entries, key);
}

GBytes *
pkc_catalogue_get_fatalities_csv (PkcCatalogue *self)
{
  g_return_val_if_fail (PKC_IS_CATALOGUE (self), NULL);
  return self->fatalities;
}

guint
_pkc_mission_info_count (const PkcMissionInfo *info,
                         guint                 year,
                         int                   incident)
{
  const PkcMissionEntry *entry = (const PkcMissionEntry *) info;
  const guint *counts;

  g_return_val_if_fail (info != NULL, 0);
  g_return_val_if_fail (incident >= -1 && incident < PKC_N_INCIDENTS, 0);

  if (year == 0)
    return incident < 0 ? info->deaths : entry->by_incident[incident];
  counts = g_hash_table_lookup (entry->years, GUINT_TO_POINTER (year));
  if (counts == NULL)
    return 0;
  return counts[incident < 0 ? PKC_N_INCIDENTS : incident];
}

const char *
pkc_mission_kind_to_label (PkcMissionKind kind)
{
  switch (kind)
    {
    case PKC_MISSION_KIND_PEACEKEEPING:
      return _("Peacekeeping operation");
    case PKC_MISSION_KIND_POLITICAL:
      return _("Political or peacebuilding mission");
    case PKC_MISSION_KIND_OTHER:
      /* Translators: a catalogue entry such as the UN Secretariat or a support office */
      return _("Not a mission");
    case PKC_MISSION_KIND_UNKNOWN:
    case PKC_N_MISSION_KINDS:
    default:
      /* Translators: an acronym of the fatalities data that the mission table lacks */
      return _("Not described");
    }
}
