/* pkc-common.h — what every layer may use and that is not about the dataset: replacing a
 * file safely, reading CSV, and quoting text for the formats the program writes (CSV, XML,
 * PDF links)
 *
 * GLib and GIO only; below the dataset layer.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A write in progress. The new contents go to a hidden temporary file beside the real
 * target (symbolic links followed), `.NAME.XXXXXX.tmp`; only a successful commit renames it
 * over the target, so the old file is never truncated or written in place.
 *
 * Local files only. Refused, with nothing written: a target with other hard links (a rename
 * would split them), a folder where no new file can be created (even when the file itself
 * is writable), a read-only file, a folder or other non-regular file, a symbolic link loop.
 * A dangling symbolic link is followed: the file it names is created. */
typedef struct {
  GFile             *file;
  GFileOutputStream *stream;       /* write the new contents here */
  gboolean           existed;      /* the target existed when the write began */

  /*< private >*/
  char              *target_path;  /* the real file, symbolic links resolved */
  char              *temp_path;
  char              *display_name;
  int                fd;
  int                slot;         /* in the table the signal handler cleans */
  struct {
    guint            mode;
    guint            uid;
    guint            gid;
  } old;
} PkcSafeWrite;

gboolean pkc_safe_write_begin   (PkcSafeWrite  *write,
                                 GFile         *file,
                                 GCancellable  *cancellable,
                                 GError       **error);
/* Syncs the new contents to disk and renames them over the target. On failure the target is
 * left as it was and the temporary file is removed. */
gboolean pkc_safe_write_commit  (PkcSafeWrite  *write,
                                 GCancellable  *cancellable,
                                 GError       **error);
/* Throws the new contents away; the previous file, if any, stays untouched. */
void     pkc_safe_write_abandon (PkcSafeWrite  *write);

/* Makes SIGINT, SIGTERM and SIGHUP delete the temporary files of writes in progress before
 * the process dies of the signal as usual. Only signals still at their default action are
 * taken; a handler installed later (g_unix_signal_add()) replaces this one. Idempotent;
 * pkc_safe_write_begin() calls it, so calling it earlier is only needed to be covered from
 * the start. */
void     pkc_safe_write_install_signal_cleanup (void);

/* ---- CSV: a streaming RFC 4180 reader over a GInputStream, and the field quoter ---- */

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

/* Appends @field to @out as one CSV field (RFC 4180): quoted, with quotes doubled, when it
 * holds a comma, a quote or a line break. NULL appends nothing. */
void     pkc_csv_append_field    (GString     *out,
                                  const char  *field);

/* Appends @text to @out for XML 1.0 character data or a double-quoted attribute value:
 * & < > " as entities; tab, LF and CR as character references, so an attribute value keeps
 * them. Characters XML 1.0 cannot carry (the other C0 controls, U+FFFE, U+FFFF) are left
 * out; returns FALSE when any was. */
gboolean pkc_xml_append_escaped  (GString     *out,
                                  const char  *text);

/* The attributes of a cairo link tag (cairo_tag_begin (cr, CAIRO_TAG_LINK, …)) that open
 * @uri: "uri='…'", with quotes and backslashes in @uri escaped by a backslash. */
char    *pkc_link_tag_attributes (const char  *uri);

G_END_DECLS
