/* pkc-catalogue-read.c — reads the missions table and counts the fatalities CSV's rows
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "pkc-catalogue-private.h"
#include "pkc-common.h"
#include "pkc-un-import.h"

enum {
  M_ACRONYM, M_KIND, M_NAME_EN, M_NAME_FR, M_NAME_NL, M_HOST, M_HOST_FR, M_HOST_NL, M_ISO,
  M_ESTABLISHED, M_ESTABLISHED_BY, M_ENDED, M_SOURCE, M_CONFIDENCE, M_NOTES, N_M_COLS
};

static const char * const mission_columns[N_M_COLS] = {
  "acronym", "kind", "name_en", "name_fr", "name_nl", "host", "host_fr", "host_nl", "iso",
  "established", "established_by", "ended", "source", "confidence", "notes",
};

static const struct {
  const char     *text;
  PkcMissionKind  kind;
} kinds[] = {
  { "peacekeeping operation", PKC_MISSION_KIND_PEACEKEEPING },
  { "special political or peacebuilding mission", PKC_MISSION_KIND_POLITICAL },
  { "other", PKC_MISSION_KIND_OTHER },
};

/* Maps each wanted column to its index in the header, or -1. */
static void
map_header (char              **fields,
            guint               n_fields,
            const char * const *names,
            guint               n_names,
            int                *out_index)
{
  for (guint c = 0; c < n_names; c++)
    {
      out_index[c] = -1;
      for (guint i = 0; i < n_fields; i++)
        if (strcmp (g_strstrip (fields[i]), names[c]) == 0)
          out_index[c] = i;
    }
}

static gboolean
fail (GError     **error,
      const char  *display_name,
      guint        line,
      const char  *message)
{
  g_set_error (error, PKC_CATALOGUE_ERROR, PKC_CATALOGUE_ERROR_INVALID_METADATA,
               "%s:%u: %s", display_name, line, message);
  return FALSE;
}

/* A row's fields with the header's column map. */
typedef struct {
  char      **fields;
  guint       n_fields;
  const int  *index;
} Row;

static const char *
field (const Row *row,
       guint      column)
{
  int i = row->index[column];

  return i >= 0 && (guint) i < row->n_fields ? g_strstrip (row->fields[i]) : "";
}

static gboolean
parse_date (const char *text,
            PkcDate    *out)
{
  g_autofree char *problem = NULL;

  memset (out, 0, sizeof *out);
  return *text == '\0' || pkc_date_parse (text, out, &problem);
}

static void
set_text (char       **slot,
          const char  *text)
{
  g_free (*slot);
  *slot = g_strdup (text);
}

static gboolean
fill_entry (PkcMissionEntry  *entry,
            const Row        *row,
            const char       *display_name,
            guint             line,
            GError          **error)
{
  PkcMissionInfo *info = &entry->info;
  const char *kind = field (row, M_KIND);
  gboolean known_kind = FALSE;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (g_ascii_strcasecmp (kind, kinds[k].text) == 0)
      {
        info->kind = kinds[k].kind;
        known_kind = TRUE;
      }
  if (!known_kind)
    {
      /* Translators: %s is a value of the “kind” column of the missions table */
      g_autofree char *message = g_strdup_printf (_("unknown kind “%s”"), kind);

      return fail (error, display_name, line, message);
    }
  if (!parse_date (field (row, M_ESTABLISHED), &info->established) ||
      !parse_date (field (row, M_ENDED), &info->ended))
    return fail (error, display_name, line, _("a date is not YYYY, YYYY-MM or YYYY-MM-DD"));

  if (*field (row, M_NAME_EN) != '\0')
    set_text (&info->name.text[PKC_LANG_EN], field (row, M_NAME_EN));
  for (guint l = PKC_LANG_FR; l <= PKC_LANG_NL; l++)
    {
      const char *name = field (row, l == PKC_LANG_FR ? M_NAME_FR : M_NAME_NL);
      const char *host = field (row, l == PKC_LANG_FR ? M_HOST_FR : M_HOST_NL);

      set_text (&info->name.text[l], *name != '\0' ? name : NULL);
      set_text (&info->host.text[l], *host != '\0' ? host : NULL);
    }
  set_text (&info->host.text[PKC_LANG_EN], field (row, M_HOST));
  set_text (&info->iso, field (row, M_ISO));
  set_text (&info->established_by, field (row, M_ESTABLISHED_BY));
  set_text (&info->confidence, field (row, M_CONFIDENCE));
  set_text (&info->notes, field (row, M_NOTES));
  g_strfreev (info->sources);
  info->sources = g_strsplit_set (field (row, M_SOURCE), " ", -1);
  /* Drop the empty strings left by repeated or missing separators. */
  for (guint i = 0, j = 0;; i++)
    {
      if (info->sources[i] != NULL && info->sources[i][0] == '\0')
        {
          g_free (info->sources[i]);
          continue;
        }
      info->sources[j++] = info->sources[i];
      if (info->sources[i] == NULL)
        break;
    }
  return TRUE;
}

gboolean
pkc_catalogue_read_missions (GInputStream  *stream,
                             const char    *display_name,
                             GHashTable    *entries,
                             GError       **error)
{
  g_autoptr(PkcCsvReader) reader = pkc_csv_reader_new (stream, display_name);
  g_autoptr(GError) local_error = NULL;
  int index[N_M_COLS];
  Row row = { NULL, 0, index };

  if (!pkc_csv_reader_next (reader, &row.fields, &row.n_fields, NULL, &local_error))
    {
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      return fail (error, display_name, 1, _("the file is empty"));
    }
  map_header (row.fields, row.n_fields, mission_columns, N_M_COLS, index);
  if (index[M_ACRONYM] < 0 || index[M_KIND] < 0 || index[M_NAME_EN] < 0 ||
      index[M_ESTABLISHED] < 0 || index[M_ENDED] < 0)
    return fail (error, display_name, 1,
                 _("the header lacks acronym, kind, name_en, established or ended"));


  while (pkc_csv_reader_next (reader, &row.fields, &row.n_fields, NULL, &local_error))
    {
      guint line = pkc_csv_reader_get_line (reader);
      const char *acronym = field (&row, M_ACRONYM);
      PkcMissionEntry *entry;

      if (row.n_fields == 1 && *acronym == '\0')
        continue;  /* a blank line */
      if (*acronym == '\0')
        return fail (error, display_name, line, _("a row has no acronym"));
      entry = pkc_mission_entry_new (acronym);
      g_hash_table_replace (entries, g_ascii_strdown (acronym, -1), entry);
      if (!fill_entry (entry, &row, display_name, line, error))
        return FALSE;
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
