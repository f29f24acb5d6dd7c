/* pkc-csv-reader.c — a streaming RFC 4180 CSV reader over a GInputStream
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-common.h"

#define CHUNK_SIZE (64 * 1024)

typedef enum {
  STATE_FIELD_START,      /* nothing read for the current field yet */
  STATE_UNQUOTED,         /* inside a field that did not start with a quote */
  STATE_QUOTED,           /* inside a quoted field */
  STATE_QUOTE_IN_QUOTED,  /* a quote inside a quoted field: closing, or the first of a pair */
  STATE_AFTER_QUOTE,      /* blanks after the closing quote */
} State;

struct _PkcCsvReader
{
  /* Owned */
  GInputStream *stream;
  char         *display_name;
  guint8       *chunk;
  GString      *text;         /* the current record's fields, each ended by a NUL */
  GArray       *offsets;      /* of gsize: where each field starts in @text */
  GPtrArray    *fields;       /* char * into @text, NULL-terminated */

  gsize         chunk_len;
  gsize         chunk_pos;
  gboolean      eof;
  gboolean      started;      /* the first chunk was read (BOM handled) */
  gboolean      cr_pending;   /* the last byte was a CR: a following LF is the same line end */
  gboolean      skip_lf;      /* the last record ended with a CR: swallow one LF */
  guint         line;         /* physical line of the next byte */
  guint         record_line;
  guint         quote_line;   /* where the current quoted field opened */
};

G_DEFINE_QUARK (pkc-csv-error-quark, pkc_csv_error)

PkcCsvReader *
pkc_csv_reader_new (GInputStream *stream,
                    const char   *display_name)
{
  PkcCsvReader *self;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);

  self = g_new0 (PkcCsvReader, 1);
  self->stream = g_object_ref (stream);
  self->display_name = g_strdup (display_name != NULL ? display_name : "-");
  self->chunk = g_malloc (CHUNK_SIZE);
  self->text = g_string_sized_new (256);
  self->offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  self->fields = g_ptr_array_new ();
  self->line = 1;
  self->record_line = 1;

  return self;
}

void
pkc_csv_reader_free (PkcCsvReader *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  g_free (self->display_name);
  g_free (self->chunk);
  g_string_free (self->text, TRUE);
  g_array_unref (self->offsets);
  g_ptr_array_unref (self->fields);
  g_free (self);
}

guint
pkc_csv_reader_get_line (PkcCsvReader *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->record_line;
}

static gboolean
fill (PkcCsvReader  *self,
      GCancellable  *cancellable,
      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize n_read = 0;

  if (!g_input_stream_read_all (self->stream, self->chunk, CHUNK_SIZE, &n_read,
                                cancellable, &local_error))
    {
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                  "%s: ", self->display_name);
      return FALSE;
    }

  self->chunk_len = n_read;
  self->chunk_pos = 0;
  /* read_all only comes back short at the end of the stream. */
  if (n_read < CHUNK_SIZE)
    self->eof = TRUE;

  if (!self->started)
    {
      self->started = TRUE;
      if (n_read >= 3 && memcmp (self->chunk, "\xEF\xBB\xBF", 3) == 0)
        self->chunk_pos = 3;
    }

  return TRUE;
}

static void
end_field (PkcCsvReader *self,
           gsize        *field_start)
{
  g_array_append_val (self->offsets, *field_start);
  g_string_append_c (self->text, '\0');
  *field_start = self->text->len;
}

static void
finish_record (PkcCsvReader   *self,
               char         ***out_fields,
               guint          *out_n_fields)
{
  g_ptr_array_set_size (self->fields, 0);
  for (guint i = 0; i < self->offsets->len; i++)
    g_ptr_array_add (self->fields, self->text->str + g_array_index (self->offsets, gsize, i));
  g_ptr_array_add (self->fields, NULL);

  *out_fields = (char **) self->fields->pdata;
  *out_n_fields = self->offsets->len;
}

static gboolean
is_blank (const char *text,
          gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if (text[i] != ' ' && text[i] != '\t')
      return FALSE;
  return TRUE;
}

typedef enum {
  NEXT_BYTE,    /* a byte of the data */
  NEXT_END,     /* the end of the input */
  NEXT_FAILED,  /* reading failed; the error is set */
} Next;

/* The next byte of the data into @c, counting physical lines (CR, LF or CR LF) and
 * swallowing the LF of a CR LF that ended the last record. */
static Next
next_byte (PkcCsvReader  *self,
           guint8        *c,
           GCancellable  *cancellable,
           GError       **error)
{
  for (;;)
    {
      if (self->chunk_pos == self->chunk_len)
        {
          if (self->eof)
            return NEXT_END;
          if (!fill (self, cancellable, error))
            return NEXT_FAILED;
          if (self->chunk_pos == self->chunk_len)
            return NEXT_END;
        }

      *c = self->chunk[self->chunk_pos++];

      if (*c == '\n')
        {
          if (!self->cr_pending)
            self->line++;
          self->cr_pending = FALSE;
        }
      else if (*c == '\r')
        {
          self->line++;
          self->cr_pending = TRUE;
        }
      else
        self->cr_pending = FALSE;

      if (self->skip_lf)
        {
          self->skip_lf = FALSE;
          if (*c == '\n')
            continue;
        }
      return NEXT_BYTE;
    }
}

/* A byte of a field (not a comma or line end outside quotes) read in @state. FALSE, with
 * @error set, where the field breaks the quoting rules. */
static gboolean
take_field_byte (PkcCsvReader  *self,
                 guint8         c,
                 State         *state,
                 gsize          field_start,
                 GError       **error)
{
  switch (*state)
    {
    case STATE_FIELD_START:
    case STATE_UNQUOTED:
      if (c != '"')
        {
          g_string_append_c (self->text, (char) c);
          *state = STATE_UNQUOTED;
          return TRUE;
        }
      /* Blanks before an opening quote are tolerated and dropped; a quote in the middle
       * of an unquoted field is not RFC 4180 and usually means a broken row. */
      if (!is_blank (self->text->str + field_start, self->text->len - field_start))
        {
          g_set_error (error, PKC_CSV_ERROR, PKC_CSV_ERROR_MALFORMED,
                       /* Translators: %s is a file name, %u a line number */
                       _("%s:%u: quote inside an unquoted field (quote the whole "
                         "field and double the quote)"),
                       self->display_name, self->line);
          return FALSE;
        }
      g_string_truncate (self->text, field_start);
      self->quote_line = self->line;
      *state = STATE_QUOTED;
      return TRUE;

    case STATE_QUOTED:
      if (c == '"')
        *state = STATE_QUOTE_IN_QUOTED;
      else
        g_string_append_c (self->text, (char) c);
      return TRUE;

    case STATE_QUOTE_IN_QUOTED:
    case STATE_AFTER_QUOTE:
      if (c == '"' && *state == STATE_QUOTE_IN_QUOTED)
        {
          g_string_append_c (self->text, '"');
          *state = STATE_QUOTED;
        }
      else if (c == ' ' || c == '\t')
        *state = STATE_AFTER_QUOTE;
      else
        {
          g_set_error (error, PKC_CSV_ERROR, PKC_CSV_ERROR_MALFORMED,
                       /* Translators: %s is a file name, %u a line number */
                       _("%s:%u: unexpected text after a closing quote (double a quote "
                         "inside a quoted field)"),
                       self->display_name, self->line);
          return FALSE;
        }
      return TRUE;

    default:
      g_assert_not_reached ();
    }
}

/* A NUL byte or a record past PKC_CSV_MAX_RECORD: FALSE with @error set. */
static gboolean
check_byte (PkcCsvReader  *self,
            guint8         c,
            GError       **error)
{
  if (c == '\0')
    {
      g_set_error (error, PKC_CSV_ERROR, PKC_CSV_ERROR_MALFORMED,
                   /* Translators: %s is a file name, %u a line number */
                   _("%s:%u: NUL byte in the data (is this a text file?)"),
                   self->display_name, self->line);
      return FALSE;
    }
  if (self->text->len >= PKC_CSV_MAX_RECORD)
    {
      g_set_error (error, PKC_CSV_ERROR, PKC_CSV_ERROR_TOO_LONG,
                   /* Translators: %s is a file name, the first %u a line number, the
                    * second a size in bytes */
                   _("%s:%u: record longer than %u bytes (a quote never closed?)"),
                   self->display_name, self->record_line, (guint) PKC_CSV_MAX_RECORD);
      return FALSE;
    }
  return TRUE;
}

gboolean
pkc_csv_reader_next (PkcCsvReader   *self,
                     char         ***out_fields,
                     guint          *out_n_fields,
                     GCancellable   *cancellable,
                     GError        **error)
{
  State state = STATE_FIELD_START;
  gboolean have_any = FALSE;
  gsize field_start = 0;
  guint8 c;
  Next next;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (out_fields != NULL && out_n_fields != NULL, FALSE);

  g_string_truncate (self->text, 0);
  g_array_set_size (self->offsets, 0);
  self->record_line = self->line;

  while ((next = next_byte (self, &c, cancellable, error)) == NEXT_BYTE)
    {
      have_any = TRUE;
      if (!check_byte (self, c, error))
        return FALSE;

      /* Outside quotes (also just after a closing one), a comma ends the field and a line
       * end ends the record. */
      if (state != STATE_QUOTED && (c == ',' || c == '\r' || c == '\n'))
        {
          end_field (self, &field_start);
          if (c == ',')
            {
              state = STATE_FIELD_START;
              continue;
            }
          self->skip_lf = (c == '\r');
          finish_record (self, out_fields, out_n_fields);
          return TRUE;
        }
      if (!take_field_byte (self, c, &state, field_start, error))
        return FALSE;
    }
  if (next == NEXT_FAILED)
    return FALSE;

  /* End of the input. */
  if (state == STATE_QUOTED)
    {
      g_set_error (error, PKC_CSV_ERROR, PKC_CSV_ERROR_MALFORMED,
                   /* Translators: %s is a file name, %u a line number */
                   _("%s:%u: quoted field opened on this line is never closed"),
                   self->display_name, self->quote_line);
      return FALSE;
    }

  if (!have_any)
    return FALSE;

  /* The last record had no final line end. */
  end_field (self, &field_start);
  finish_record (self, out_fields, out_n_fields);
  return TRUE;
}
