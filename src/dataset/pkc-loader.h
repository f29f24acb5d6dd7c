/* pkc-loader.h — reads and validates a dataset XML file as a stream
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pkc-dataset.h"

G_BEGIN_DECLS

#define PKC_LOADER_ERROR (pkc_loader_error_quark ())

/* Limits of the format, kept by the loader and by every writer of datasets (the importer):
 * an attribute, name, title or label, and the records of the largest section. */
#define PKC_DATASET_MAX_VALUE_BYTES 4096
#define PKC_DATASET_MAX_CASUALTIES  1000000

typedef enum {
  PKC_LOADER_ERROR_MALFORMED,  /* not well-formed XML, bad encoding, empty file */
  PKC_LOADER_ERROR_FORBIDDEN,  /* DOCTYPE, entity reference, XInclude */
  PKC_LOADER_ERROR_INVALID,    /* well-formed but breaks the dataset format */
} PkcLoaderError;

GQuark      pkc_loader_error_quark (void);

/* Every error message has the form "FILE:LINE:COLUMN: message", FILE being @display_name.
 * On failure the GError carries the first problem in file order. */
PkcDataset *pkc_loader_load_bytes  (GBytes        *bytes,
                                    const char    *display_name,
                                    GError       **error);
/* The display name is the file's basename. */
PkcDataset *pkc_loader_load_file   (GFile         *file,
                                    GCancellable  *cancellable,
                                    GError       **error);

PkcDataset *pkc_loader_load_file_all_errors  (GFile        *file,
                                              GCancellable *cancellable,
                                              GPtrArray   **out_messages,
                                              GError      **error);

/* One problem of a file that did not load, for a reader rather than a log. */
typedef struct {
  guint           line;
  guint           column;
  PkcLoaderError  code;
  char           *message;      /* translated, without the file name and position */
  char           *xml_message;  /* libxml2's own (English) words when it found the problem,
                                 * else NULL; @message then reads "not well-formed XML: …" */
} PkcLoadProblem;

void        pkc_load_problem_free          (PkcLoadProblem *problem);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcLoadProblem, pkc_load_problem_free)

/* Like pkc_loader_load_file(); when the file breaks the format, @out_problems receives every
 * problem (PkcLoadProblem *) in the order of pkc_loader_load_file_all_errors(): the one that
 * ended the parse first. NULL on success and for I/O errors. */
PkcDataset *pkc_loader_load_file_problems  (GFile          *file,
                                            GCancellable   *cancellable,
                                            GPtrArray     **out_problems,
                                            GError        **error);
/* The same for a stream already open (the window reads a file once, its head sniffed);
 * @display_name names it in the problems. */
PkcDataset *pkc_loader_load_stream_problems (GInputStream  *stream,
                                             const char    *display_name,
                                             GCancellable  *cancellable,
                                             GPtrArray    **out_problems,
                                             GError       **error);

G_END_DECLS
