/* pkc-catalogue-count.c — counts the UN fatalities CSV's rows by mission, year and incident
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "pkc-catalogue-private.h"
#include "pkc-common.h"
#include "pkc-date.h"
#include "pkc-un-import.h"

enum { F_MISSION, F_DATE, F_INCIDENT, N_F_COLS };

static const char * const fatality_columns[N_F_COLS] = {
  "mission_acronym", "incident_date", "type_of_incident",
};

/* A real date (no 2025-13-45), as the importer will need it when the mission is opened:
 * a file is refused whole, with the line, rather than one mission later. */
static gboolean
check_date (const char  *text,
            const char  *display_name,
            guint        line,
            GError     **error)
{
  g_autofree char *problem = NULL;
  g_autofree char *message = NULL;
  PkcDate date;

  if (pkc_date_parse (text, &date, &problem))
    return TRUE;
  /* Translators: %s says what is wrong with the date and quotes it */
  message = g_strdup_printf (_("bad incident_date: %s"), problem);
  g_set_error (error, PKC_UN_IMPORT_ERROR, PKC_UN_IMPORT_ERROR_INVALID_VALUE, "%s:%u: %s",
               display_name, line, message);
  return FALSE;
}

/* The year of an ISO date ("1948-07-06"), or 0. */
static guint
year_of (const char *date)
{
  guint year = 0;

  for (guint i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (date[i]))
        return 0;
      year = year * 10 + (date[i] - '0');
    }
  return date[4] == '\0' || date[4] == '-' ? year : 0;
}

static void
count_row (PkcMissionEntry *entry,
           guint            year,
           const char      *incident_text)
{
  PkcMissionInfo *info = &entry->info;
  PkcIncident incident;
  guint *counts;

  if (!pkc_un_incident_from_text (incident_text, &incident))
    incident = PKC_INCIDENT_UNKNOWN;
  info->deaths++;
  entry->by_incident[incident]++;
  if (year == 0)
    return;
  counts = g_hash_table_lookup (entry->years, GUINT_TO_POINTER (year));
  if (counts == NULL)
    {
      counts = g_new0 (guint, PKC_N_INCIDENTS + 1);
      g_hash_table_insert (entry->years, GUINT_TO_POINTER (year), counts);
    }
  counts[incident]++;
  counts[PKC_N_INCIDENTS]++;
  if (info->first_year == 0 || year < info->first_year)
    info->first_year = year;
  if (year > info->last_year)
    info->last_year = year;
}

static gboolean
read_header (PkcCsvReader  *reader,
             const char    *display_name,
             int           *index,
             guint         *n_columns,
             GError       **error)
{
  char **fields;
  guint n_fields;

  if (!pkc_csv_reader_next (reader, &fields, &n_fields, NULL, error))
    {
      if (error != NULL && *error != NULL)
        return FALSE;
      n_fields = 0;
    }
  for (guint c = 0; c < N_F_COLS; c++)
    {
      index[c] = -1;
      for (guint i = 0; i < n_fields; i++)
        if (strcmp (g_strstrip (fields[i]), fatality_columns[c]) == 0)
          index[c] = i;
      if (index[c] < 0)
        {
          g_set_error (error, PKC_UN_IMPORT_ERROR, PKC_UN_IMPORT_ERROR_MISSING_COLUMN,
                       /* Translators: the first %s is a file name, %u a line number, the
                        * second %s a column name such as “isocode3” */
                       _("%s:%u: the header has no column “%s”"), display_name, 1u,
                       fatality_columns[c]);
          return FALSE;
        }
    }
  *n_columns = n_fields;
  return TRUE;
}

gboolean
pkc_catalogue_count_fatalities (GBytes      *csv,
                                const char  *display_name,
                                GHashTable  *entries,
                                GError     **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (csv);
  g_autoptr(PkcCsvReader) reader = pkc_csv_reader_new (stream, display_name);
  g_autoptr(GError) local_error = NULL;
  int index[N_F_COLS];
  guint n_columns;
  char **fields;
  guint n_fields;

  if (!read_header (reader, display_name, index, &n_columns, error))
    return FALSE;
  while (pkc_csv_reader_next (reader, &fields, &n_fields, NULL, &local_error))
    {
      const char *acronym;
      g_autofree char *key = NULL;
      PkcMissionEntry *entry;

      if (n_fields == 1 && *g_strstrip (fields[0]) == '\0')
        continue;  /* blank lines are skipped, as the importer does */
      if (n_fields != n_columns)
        {
          g_set_error (error, PKC_UN_IMPORT_ERROR, PKC_UN_IMPORT_ERROR_FIELD_COUNT,
                       /* Translators: %s is a file name, then a line number and two
                        * numbers of fields */
                       _("%s:%u: expected %u fields like the header, found %u"), display_name,
                       pkc_csv_reader_get_line (reader), n_columns, n_fields);
          return FALSE;
        }
      acronym = g_strstrip (fields[index[F_MISSION]]);
      key = g_ascii_strdown (acronym, -1);
      entry = g_hash_table_lookup (entries, key);
      if (entry == NULL)
        {
          entry = pkc_mission_entry_new (acronym);
          g_hash_table_insert (entries, g_steal_pointer (&key), entry);
        }
      if (!check_date (g_strstrip (fields[index[F_DATE]]), display_name,
                       pkc_csv_reader_get_line (reader), error))
        return FALSE;
      count_row (entry, year_of (fields[index[F_DATE]]), fields[index[F_INCIDENT]]);
    }
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
