/* pkc-un-import.c — turns the UN peacekeeper fatalities CSV into a dataset XML stream
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-common.h"
#include "pkc-dataset.h"
#include "pkc-loader.h"
#include "pkc-spool.h"
#include "pkc-un-import.h"
#include "pkc-un-import-private.h"

#define SOURCE_ID "un-fatalities"
/* The casualty lines wait here until the mission's dates are known; beyond this they go to
 * a temporary file so memory stays flat for any mission size. */
#define SPOOL_MEMORY_LIMIT (256 * 1024)
/* What a row with an empty casualty_nationality gets: the loader requires some text. */
#define UNKNOWN_NATIONALITY "Unknown"

typedef enum {
  COL_DATE,
  COL_ID,
  COL_MISSION,
  COL_NATIONALITY,
  COL_PERSONNEL,
  COL_INCIDENT,
  COL_ISO,
  COL_LAST_UPDATE,
  N_COLS
} Column;

static const char * const column_names[N_COLS] = {
  [COL_DATE]        = "incident_date",
  [COL_ID]          = "casualty_id",
  [COL_MISSION]     = "mission_acronym",
  [COL_NATIONALITY] = "casualty_nationality",
  [COL_PERSONNEL]   = "casualty_personnel_type",
  [COL_INCIDENT]    = "type_of_incident",
  [COL_ISO]         = "isocode3",
  [COL_LAST_UPDATE] = "last_update",
};

typedef struct {
  /* Borrowed */
  const char *display_name;
  const char *acronym;

  /* Owned */
  GHashTable *acronyms;    /* every mission_acronym seen (a few hundred at most) */
  GHashTable *ids;         /* casualty_id → first CSV line, for the requested mission */
  PkcSpool   *spool;       /* the <casualty> lines */
  GString    *line;        /* scratch */
  GString    *id;          /* scratch: the casualty_id as the dataset gets it */
  char       *mission;     /* the UN spelling of the acronym, from the first matching row */

  guint       columns[N_COLS];
  int         gender_column;  /* optional: -1 when the header has no "gender" */
  guint       n_columns;
  guint       n_casualties;
  guint       repairs[PKC_UN_N_REPAIRS];
  PkcDate     start;
  PkcDate     end;
  PkcDate     last_update;
} Import;

G_DEFINE_QUARK (pkc-un-import-error-quark, pkc_un_import_error)

static void
import_clear (Import *self)
{
  g_clear_pointer (&self->acronyms, g_hash_table_unref);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->spool, pkc_spool_free);
  if (self->line != NULL)
    g_string_free (g_steal_pointer (&self->line), TRUE);
  if (self->id != NULL)
    g_string_free (g_steal_pointer (&self->id), TRUE);
  g_clear_pointer (&self->mission, g_free);
}

/* A record with nothing but blanks in its fields: an empty or whitespace-only line, or a
 * spreadsheet's empty row (",,,"). It carries no data whatever its field count. */
static gboolean
is_blank_record (char  **fields,
                 guint   n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    for (const char *p = fields[i]; *p != '\0'; p++)
      if (!g_ascii_isspace (*p))
        return FALSE;
  return TRUE;
}

/* The next record that is not blank, counting the blank ones skipped. */
static gboolean
next_record (Import        *self,
             PkcCsvReader  *reader,
             char        ***fields,
             guint         *n_fields,
             GError       **error)
{
  while (pkc_csv_reader_next (reader, fields, n_fields, NULL, error))
    {
      if (!is_blank_record (*fields, *n_fields))
        return TRUE;
      self->repairs[PKC_UN_REPAIR_BLANK_LINE]++;
    }
  return FALSE;
}

static gboolean
read_header (Import        *self,
             PkcCsvReader  *reader,
             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  char **fields;
  guint n_fields;

  if (!next_record (self, reader, &fields, &n_fields, &local_error))
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, PKC_UN_IMPORT_ERROR, PKC_UN_IMPORT_ERROR_MISSING_COLUMN,
                     /* Translators: %s is a file name */
                     _("%s:1: the file is empty, expected a header line"),
                     self->display_name);
      return FALSE;
    }

  self->n_columns = n_fields;
  for (guint c = 0; c < N_COLS; c++)
    {
      guint i;

      for (i = 0; i < n_fields; i++)
        if (strcmp (g_strstrip (fields[i]), column_names[c]) == 0)
          break;

      if (i == n_fields)
        {
          g_set_error (error, PKC_UN_IMPORT_ERROR, PKC_UN_IMPORT_ERROR_MISSING_COLUMN,
                       /* Translators: the first %s is a file name, %u a line number, the
                        * second %s a column name such as “isocode3” */
                       _("%s:%u: the header has no column “%s”"),
                       self->display_name, pkc_csv_reader_get_line (reader),
                       column_names[c]);
          return FALSE;
        }
      self->columns[c] = i;
    }

  /* Optional: older copies of the file may lack it. */
  self->gender_column = -1;
  for (guint i = 0; i < n_fields; i++)
    if (strcmp (fields[i], "gender") == 0)
      self->gender_column = (int) i;

  return TRUE;
}

G_GNUC_PRINTF (4, 5)
static gboolean
invalid (Import      *self,
         guint        line,
         GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, PKC_UN_IMPORT_ERROR, PKC_UN_IMPORT_ERROR_INVALID_VALUE,
               "%s:%u: %s", self->display_name, line, message);
  return FALSE;
}

static gboolean
is_iso3 (const char *value)
{
  return value[0] == '\0' ||
         (strlen (value) == 3 && g_ascii_isupper (value[0]) && g_ascii_isupper (value[1]) &&
          g_ascii_isupper (value[2]));
}

/* "ZZ" is the user-assigned ISO 3166 code for "unknown": exports write it as "ZZ",
 * "ZZ [Undetermined]", "ZZZ" or "zz (unknown)". Any letter or digit right after it means
 * another word, which stays an error. */
static gboolean
is_undetermined_iso (const char *value)
{
  const char *rest;

  if (g_ascii_strncasecmp (value, "ZZ", 2) != 0)
    return FALSE;
  rest = value + 2;
  if (g_ascii_toupper (*rest) == 'Z')
    rest++;
  return *rest == '\0' || !g_ascii_isalnum (*rest);
}

/* Copies @id into @out with each run of blanks replaced by one "_": the dataset's casualty
 * ids are words without spaces ("UN SECRETA-1961-09-10864" → "UN_SECRETA-1961-09-10864").
 * @id is already trimmed. Returns TRUE when something was replaced. */
static gboolean
normalise_id (GString    *out,
              const char *id)
{
  gboolean replaced = FALSE;

  g_string_truncate (out, 0);
  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        {
          g_string_append_c (out, *p);
          continue;
        }
      g_string_append_c (out, '_');
      replaced = TRUE;
      while (g_ascii_isspace (p[1]))
        p++;
    }
  return replaced;
}

static gboolean
append_attribute (Import      *self,
                  guint        line,
                  const char  *name,
                  const char  *column,
                  const char  *value,
                  GError     **error)
{
  if (!g_utf8_validate (value, -1, NULL))
    /* Translators: %s is a column name such as “casualty_nationality” */
    return invalid (self, line, error, _("%s is not valid UTF-8"), column);

  g_string_append_printf (self->line, " %s=\"", name);
  if (!pkc_un_append_escaped (self->line, value))
    /* Translators: %s is a column name such as “casualty_nationality” */
    return invalid (self, line, error, _("%s holds a control character"), column);
  g_string_append_c (self->line, '"');

  return TRUE;
}

/* gender="M" or "F" as the row records it; nothing for an empty or other value. */
static void
append_gender (Import  *self,
               char   **fields)
{
  const char *gender;

  if (self->gender_column < 0)
    return;
  gender = g_strstrip (fields[self->gender_column]);
  if (g_ascii_strcasecmp (gender, "M") == 0 || g_ascii_strcasecmp (gender, "F") == 0)
    g_string_append_printf (self->line, " gender=\"%c\"", g_ascii_toupper (gender[0]));
}

/* A row of the requested mission: checked as the dataset loader will check it, then spooled
 * as one <casualty> line. */
static gboolean
import_row (Import  *self,
            char   **fields,
            guint    line,
            GError **error)
{
  const char *date_text = fields[self->columns[COL_DATE]];
  const char *id = fields[self->columns[COL_ID]];
  const char *nationality = fields[self->columns[COL_NATIONALITY]];
  const char *personnel_text = fields[self->columns[COL_PERSONNEL]];
  const char *incident_text = fields[self->columns[COL_INCIDENT]];
  const char *iso = fields[self->columns[COL_ISO]];
  const char *update_text = fields[self->columns[COL_LAST_UPDATE]];
  g_autofree char *problem = NULL;
  PkcDate date, update;
  PkcIncident incident;
  PkcPersonnel personnel;
  gpointer first_line = NULL;
  gboolean repeated_id = FALSE;

  if (!pkc_date_parse (date_text, &date, &problem))
    /* Translators: %s says what is wrong with the date and quotes it */
    return invalid (self, line, error, _("bad incident_date: %s"), problem);

  if (update_text[0] != '\0')
    {
      if (!pkc_date_parse (update_text, &update, &problem))
        /* Translators: %s says what is wrong with the date and quotes it */
        return invalid (self, line, error, _("bad last_update: %s"), problem);
      if (!pkc_date_is_set (&self->last_update) ||
          pkc_date_compare (&update, &self->last_update) > 0)
        self->last_update = update;
    }

  if (!pkc_un_incident_from_text (incident_text, &incident))
    /* Translators: %s is the value found */
    return invalid (self, line, error, _("unknown type_of_incident “%s”"), incident_text);

  if (!pkc_un_personnel_from_text (personnel_text, &personnel))
    /* Translators: %s is the value found */
    return invalid (self, line, error, _("unknown casualty_personnel_type “%s”"),
                    personnel_text);

  if (nationality[0] == '\0')
    {
      nationality = UNKNOWN_NATIONALITY;
      self->repairs[PKC_UN_REPAIR_EMPTY_NATIONALITY]++;
    }

  if (is_undetermined_iso (iso))
    {
      iso = "";
      self->repairs[PKC_UN_REPAIR_UNDETERMINED_ISO]++;
    }
  else if (!is_iso3 (iso))
    return invalid (self, line, error,
                    /* Translators: %s is the value found in the CSV file */
                    _("isocode3 “%s” is neither empty nor three capital letters"), iso);

  if (normalise_id (self->id, id))
    self->repairs[PKC_UN_REPAIR_SPACED_ID]++;
  id = self->id->str;

  /* The dataset wants unique ids; the UN file lists a few deaths twice (UNMIK, once per
   * nationality), and an id with its blanks replaced could meet one written with "_". Every
   * row is kept, the repeat without its id and with a comment saying so. */
  if (id[0] != '\0')
    {
      repeated_id = g_hash_table_lookup_extended (self->ids, id, NULL, &first_line);
      if (repeated_id)
        self->repairs[PKC_UN_REPAIR_REPEATED_ID]++;
      else
        g_hash_table_insert (self->ids, g_strdup (id), GUINT_TO_POINTER (line));
    }

  g_string_truncate (self->line, 0);
  if (repeated_id)
    g_string_append_printf (self->line,
                            "    <!-- CSV line %u repeats the casualty_id of line %u; "
                            "id left out -->\n", line, GPOINTER_TO_UINT (first_line));

  g_string_append (self->line, "    <casualty");
  if ((id[0] != '\0' && !repeated_id &&
       !append_attribute (self, line, "id", column_names[COL_ID], id, error)) ||
      !append_attribute (self, line, "date", column_names[COL_DATE], date_text, error))
    return FALSE;
  g_string_append_printf (self->line, " incident=\"%s\" personnel=\"%s\"",
                          pkc_incident_to_token (incident),
                          pkc_personnel_to_token (personnel));
  if (!append_attribute (self, line, "nationality", column_names[COL_NATIONALITY],
                         nationality, error) ||
      !append_attribute (self, line, "iso", column_names[COL_ISO], iso, error))
    return FALSE;
  append_gender (self, fields);
  g_string_append (self->line, " source=\"" SOURCE_ID "\"/>\n");

  if (!pkc_spool_append (self->spool, self->line->str, self->line->len, error))
    return FALSE;

  if (self->n_casualties == 0 || pkc_date_compare (&date, &self->start) < 0)
    self->start = date;
  if (self->n_casualties == 0 || pkc_date_compare (&date, &self->end) > 0)
    self->end = date;
  self->n_casualties++;

  return TRUE;
}

/* The loader refuses longer values (pkc-loader.h): the importer never writes a dataset
 * it would refuse. */
static gboolean
check_lengths (Import  *self,
               char   **fields,
               guint    line,
               GError **error)
{
  for (guint c = 0; c < N_COLS; c++)
    {
      if (strlen (fields[self->columns[c]]) > PKC_DATASET_MAX_VALUE_BYTES)
        {
          g_set_error (error, PKC_UN_IMPORT_ERROR, PKC_UN_IMPORT_ERROR_INVALID_VALUE,
                       /* Translators: a file name, a line number, a column name, a number */
                       _("%s:%u: %s is longer than %u bytes"),
                       self->display_name, line, column_names[c], PKC_DATASET_MAX_VALUE_BYTES);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_rows (Import        *self,
           PkcCsvReader  *reader,
           GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  char **fields;
  guint n_fields;

  while (next_record (self, reader, &fields, &n_fields, &local_error))
    {
      guint line = pkc_csv_reader_get_line (reader);
      char *mission;

      /* Every row must have the header's shape: a wrong count means the file is broken. */
      if (n_fields != self->n_columns)
        {
          g_set_error (error, PKC_UN_IMPORT_ERROR, PKC_UN_IMPORT_ERROR_FIELD_COUNT,
                       /* Translators: %s is a file name, then a line number and two
                        * numbers of fields */
                       _("%s:%u: expected %u fields like the header, found %u"),
                       self->display_name, line, self->n_columns, n_fields);
          return FALSE;
        }

      for (guint c = 0; c < N_COLS; c++)
        g_strstrip (fields[self->columns[c]]);
      if (!check_lengths (self, fields, line, error))
        return FALSE;

      mission = fields[self->columns[COL_MISSION]];
      if (!g_hash_table_contains (self->acronyms, mission))
        g_hash_table_add (self->acronyms, g_strdup (mission));

      /* Values are judged only in the requested mission's rows: the other missions' data
       * are not ours to import, and one odd row elsewhere must not block this import. */
      if (g_ascii_strcasecmp (mission, self->acronym) != 0)
        continue;
      if (self->mission == NULL)
        self->mission = g_strdup (mission);
      if (self->n_casualties == PKC_DATASET_MAX_CASUALTIES)
        {
          g_set_error (error, PKC_UN_IMPORT_ERROR, PKC_UN_IMPORT_ERROR_INVALID_VALUE,
                       /* Translators: a file name, a line number, then a number */
                       _("%s:%u: a dataset holds at most %u casualties"),
                       self->display_name, line, PKC_DATASET_MAX_CASUALTIES);
          return FALSE;
        }
      if (!import_row (self, fields, line, error))
        return FALSE;
    }

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static void
append_date_attribute (GString       *out,
                       const char    *name,
                       const PkcDate *date)
{
  g_autofree char *iso = pkc_date_to_iso (date);

  g_string_append_printf (out, " %s=\"%s\"", name, iso);
}

static gboolean
write_dataset (Import         *self,
               const char     *xml_acronym,
               GOutputStream  *out,
               GError        **error)
{
  g_autoptr(GString) head = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                          "<peacekeeping-dataset format=\"1\">\n");
  static const char tail[] = "  </casualties>\n</peacekeeping-dataset>\n";
  g_autofree char *valid_name = g_utf8_make_valid (self->display_name, -1);

  g_string_append_printf (head, "  <mission acronym=\"%s\"", xml_acronym);
  append_date_attribute (head, "start", &self->start);
  append_date_attribute (head, "end", &self->end);
  g_string_append (head, " source=\"" SOURCE_ID "\">\n"
                         "    <name xml:lang=\"en\">");
  pkc_un_append_escaped (head, self->mission);
  g_string_append (head, "</name>\n"
                         "  </mission>\n"
                         "\n"
                         "  <sources>\n"
                         "    <source id=\"" SOURCE_ID "\" publisher=\"United Nations "
                         "DPPA/DPOSS\" url=\"https://peacekeeping.un.org/en/"
                         "peacekeeper-fatalities\"");
  if (pkc_date_is_set (&self->last_update))
    append_date_attribute (head, "date", &self->last_update);
  g_string_append (head, ">\n"
                         "      <title>Peacekeeper fatalities (open data)</title>\n"
                         "      <note>Imported from ");
  /* The display name may be a raw file name: not necessarily UTF-8. */
  pkc_un_append_escaped (head, valid_name);
  g_string_append_printf (head, ": %u rows with mission_acronym ", self->n_casualties);
  pkc_un_append_escaped (head, self->mission);
  g_string_append (head, ".</note>\n"
                         "    </source>\n"
                         "  </sources>\n"
                         "\n"
                         "  <casualties>\n");

  if (!g_output_stream_write_all (out, head->str, head->len, NULL, NULL, error) ||
      !pkc_spool_write_to (self->spool, out, NULL, error) ||
      !g_output_stream_write_all (out, tail, sizeof tail - 1, NULL, NULL, error))
    {
      g_prefix_error (error, _("cannot write the dataset: "));
      return FALSE;
    }

  return TRUE;
}

gboolean
pkc_un_import (GInputStream   *csv,
               const char     *csv_display_name,
               const char     *mission_acronym,
               GOutputStream  *out,
               GPtrArray     **out_warnings,
               GError        **error)
{
  g_autoptr(PkcCsvReader) reader = NULL;
  g_autofree char *acronym = NULL;
  g_autofree char *xml_acronym = NULL;
  Import self = { 0, };
  gboolean ok;

  g_return_val_if_fail (G_IS_INPUT_STREAM (csv), FALSE);
  g_return_val_if_fail (mission_acronym != NULL, FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (out), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (out_warnings != NULL)
    *out_warnings = NULL;
  if (csv_display_name == NULL)
    csv_display_name = "-";

  /* The dataset's acronym attribute allows A-Z, 0-9 and "-" only: the UN file also has
   * "OSESyria" and "UNSecretariat", which are written in capitals there (the <name> keeps
   * the UN spelling). */
  acronym = g_strstrip (g_strdup (mission_acronym));
  xml_acronym = g_ascii_strup (acronym, -1);
  if (acronym[0] == '\0' ||
      strspn (xml_acronym, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") != strlen (xml_acronym))
    {
      g_set_error (error, PKC_UN_IMPORT_ERROR, PKC_UN_IMPORT_ERROR_UNKNOWN_MISSION,
                   /* Translators: %s is what the user gave as a mission acronym */
                   _("“%s” is not a mission acronym (letters, digits and “-” only)"),
                   acronym);
      return FALSE;
    }

  self.display_name = csv_display_name;
  self.acronym = acronym;
  self.acronyms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.spool = pkc_spool_new (SPOOL_MEMORY_LIMIT);
  self.line = g_string_sized_new (256);
  self.id = g_string_sized_new (64);

  reader = pkc_csv_reader_new (csv, csv_display_name);
  ok = read_header (&self, reader, error) && read_rows (&self, reader, error);

  if (ok && self.n_casualties == 0)
    {
      pkc_un_unknown_mission_error (self.acronym, self.display_name, self.acronyms, error);
      ok = FALSE;
    }

  if (ok)
    ok = write_dataset (&self, xml_acronym, out, error);

  if (ok && out_warnings != NULL)
    *out_warnings = pkc_un_repair_warnings (self.display_name, self.repairs);

  import_clear (&self);
  return ok;
}
