/* pkc-csv-reader.h — a streaming RFC 4180 CSV reader over a GInputStream
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PKC_CSV_ERROR (pkc_csv_error_quark ())

typedef enum {
  PKC_CSV_ERROR_MALFORMED,  /* stray quote, unterminated quoted field, NUL byte */
  PKC_CSV_ERROR_TOO_LONG,   /* one record larger than PKC_CSV_MAX_RECORD bytes */
} PkcCsvError;

/* Upper bound on one record, so a missing closing quote cannot eat all memory. */
#define PKC_CSV_MAX_RECORD (1024 * 1024)

typedef struct _PkcCsvReader PkcCsvReader;

GQuark        pkc_csv_error_quark     (void);

/* Reads @stream in fixed-size chunks: memory depends on the longest record, never on the
 * size of the input. Fields are returned as written (no trimming); quotes are removed and
 * doubled quotes undone. Records end at LF, CRLF or a lone CR outside quotes; a UTF-8 byte
 * order mark at the very start is skipped. Errors read "DISPLAY_NAME:LINE: message". */
PkcCsvReader *pkc_csv_reader_new      (GInputStream  *stream,
                                       const char    *display_name);
void          pkc_csv_reader_free     (PkcCsvReader  *self);

/* Reads the next record. Returns TRUE with @out_fields set to @out_n_fields (at least one)
 * NUL-terminated strings owned by the reader and valid until the next call (callers may
 * modify them in place, e.g. g_strstrip). Returns FALSE at the end of the input with @error
 * unset, or FALSE with @error set. An empty line is a record of one empty field. */
gboolean      pkc_csv_reader_next     (PkcCsvReader  *self,
                                       char        ***out_fields,
                                       guint         *out_n_fields,
                                       GCancellable  *cancellable,
                                       GError       **error);

/* The 1-based physical line on which the last record returned began. */
guint         pkc_csv_reader_get_line (PkcCsvReader  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcCsvReader, pkc_csv_reader_free)

G_END_DECLS
