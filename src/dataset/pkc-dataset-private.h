/* pkc-dataset-private.h — parts of the dataset layer that only its tests call
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-casualty-bins.h"
#include "pkc-dataset.h"
#include "pkc-date.h"
#include "pkc-loader.h"
#include "pkc-series.h"

G_BEGIN_DECLS

/* How many times the records of @dataset have been binned: for tests. */
guint            _pkc_casualty_bins_get_n_passes (PkcDataset *dataset);

/* Takes @casualty (a record of its own, freed here); the dataset keeps a copy. */
void                   _pkc_dataset_add_casualty       (PkcDataset *self, PkcCasualty    *casualty);
/* "primary-un", "news", "secondary", "mirror"; NULL for UNSPECIFIED. */
const char            *_pkc_source_kind_to_token       (PkcSourceKind  kind);

gboolean    _pkc_date_is_valid_ymd (int            year,
                                    int            month,
                                    int            day);

/* Conveniences for --check: like the above, collecting all problems. */
PkcDataset *_pkc_loader_load_bytes_all_errors (GBytes      *bytes,
                                               const char  *display_name,
                                               GPtrArray  **out_messages,
                                               GError     **error);
/* Reads @stream in small chunks (memory does not grow with the file size). When
 * @out_messages is not NULL it receives every problem found (char *, in file order; empty
 * on success): the loader keeps going after value errors and stops at the first
 * well-formedness error. I/O errors and cancellation are returned as they are (G_IO_ERROR). */
PkcDataset *_pkc_loader_load_stream (GInputStream  *stream,
                                     const char    *display_name,
                                     GCancellable  *cancellable,
                                     GPtrArray    **out_messages,
                                     GError       **error);

/* From how many bytes of a seekable stream on the loader reads ahead on a second thread
 * (1 MiB; 0: from the start, G_MAXSIZE: never). For tests, before any load starts. */
void        _pkc_loader_set_read_ahead_after (gsize n_bytes);

const char *_pkc_interval_to_token   (PkcInterval  interval);

G_END_DECLS
