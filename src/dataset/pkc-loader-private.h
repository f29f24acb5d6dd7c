/* pkc-loader-private.h — state shared by the loader's reader plumbing and its element rules
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-id-set.h"
#include "pkc-input-guard.h"
#include "pkc-loader.h"
#include "pkc-xml-events-private.h"

G_BEGIN_DECLS

typedef struct {
  guint line;
  guint column;
} PkcPos;

typedef struct {
  PkcPos          pos;
  PkcLoaderError  code;
  char           *message;
  char           *xml_message;   /* libxml2's own words, when it found the problem */
} PkcProblem;

/* Limits that keep any file within seconds and a few hundred MB (data/README.md). */
#define PKC_LOADER_MAX_ATTRIBUTES      64        /* per element */
#define PKC_LOADER_MAX_PROBLEMS        200       /* reported; the parse stops there */
#define PKC_LOADER_MAX_VALUE_BYTES     PKC_DATASET_MAX_VALUE_BYTES
#define PKC_LOADER_MAX_NOTE_BYTES      102400    /* a <note> */
#define PKC_LOADER_MAX_ITEM_CHILDREN   200       /* elements inside one record */
#define PKC_LOADER_MAX_TRACKED_DEPTH   8

/* One element's attributes, read in place: names are the element rule's own static strings,
 * values are copied into one buffer the loader reuses (no table or copy per element). */
#define PKC_ATTRS_MAX 24
#define PKC_ATTRS_SLOTS 64   /* attr_slot() takes the top six bits */
typedef struct {
  const char *names[PKC_ATTRS_MAX];
  guint32     offsets[PKC_ATTRS_MAX];   /* into values->str */
  guint       n;
  GString    *values;                   /* NUL-separated, reused */
  /* By a hash of the name's address: its index + 1, 0 for none, PKC_ATTRS_SLOT_SHARED
   * when two names fall there. */
  guint8      slots[PKC_ATTRS_SLOTS];
} PkcAttrs;
#define PKC_ATTRS_SLOT_SHARED 0xFF

/* The value of @name, or NULL when the element did not have it. */
const char *pkc_attrs_get (const PkcAttrs *attrs,
                           const char     *name);
#define pkc_attrs_has(attrs, name) (pkc_attrs_get ((attrs), (name)) != NULL)

/* Which entry of an element rule's allowed list an attribute name is. */
typedef struct {
  const char         *name;     /* libxml2's dictionary string */
  const char * const *allowed;
  const char         *key;
} PkcAttrKey;

typedef struct {
  PkcPos      pos;
  const char *refs;  /* space-separated source ids, owned by PkcLoader.valid_refs */
} PkcPendingRef;

typedef struct {
  PkcXmlEvents     *reader;
  const char       *display_name;
  const PkcInputGuard *guard;      /* what was refused before libxml2 saw it */
  PkcDataset       *dataset;

  GArray           *problems;      /* of PkcProblem */
  gboolean          stop;          /* a well-formedness error or too many problems */
  gboolean          fatal;         /* problems[0] ended the parse: nothing after it counts */
  gboolean          at_end;        /* the reader reached the end of the document */
  gboolean          saw_doctype;

  /* Start of the element the reader is on, see loader_next_node(). */
  PkcPos            pos;
  gboolean          prev_text_has_newline;
  guint             prev_text_line;
  guint             prev_text_tail;

  /* Elements started so far at each depth below the current one (bounded lists). */
  guint             n_children[PKC_LOADER_MAX_TRACKED_DEPTH];
  const char       *parents[PKC_LOADER_MAX_TRACKED_DEPTH];   /* the reader's names */

  GStringChunk     *keys;          /* the keys of the source and base id tables */
  GHashTable       *source_ids;    /* id → first line; declared sources */
  PkcIdSet         *casualty_ids;  /* hashes and first lines only (pkc-id-set.c) */
  GHashTable       *base_ids;
  GHashTable       *base_orders;   /* GUINT_TO_POINTER (order) */
  GHashTable       *resolutions;   /* "2717" or "2717@2024-07-01" → first line */
  GArray           *pending_refs;  /* of PkcPendingRef */
  GHashTable       *valid_refs;    /* each distinct well-formed source-reference string →
                                    * how many times it was cited (a guint) */
  const char       *last_ref;      /* the last string cited, a key of valid_refs */
  guint            *last_ref_uses;

  /* Attributes of the element being read at each depth: a record's rule may still use its
   * own while it reads its children's. */
  PkcAttrs          attrs[PKC_LOADER_MAX_TRACKED_DEPTH];
  PkcAttrKey        attr_keys[PKC_ATTRS_MAX];   /* by attribute position */
} PkcLoader;

/* pkc-loader-input.c: the stream, read through the input guard (ahead of the parser, on a
 * second thread, in a big file). What the functions below tell is as of the bytes
 * pkc_loader_input_read() handed out. */
typedef struct _PkcLoaderInput PkcLoaderInput;

PkcLoaderInput      *pkc_loader_input_new            (GInputStream   *stream,
                                                      GCancellable   *cancellable);
/* Stops and waits for the read-ahead. */
void                 pkc_loader_input_free           (PkcLoaderInput *self);
/* A PkcXmlReadFunc: what the guard let through of the next chunk, 0 at the end or after
 * a refusal, -1 when the read failed. */
int                  pkc_loader_input_read           (void           *self,
                                                      char           *buffer,
                                                      int             len);
/* The guard, at the same address for the whole load. */
const PkcInputGuard *pkc_loader_input_guard          (PkcLoaderInput *self);
/* FALSE while everything read is white space. */
gboolean             pkc_loader_input_seen_non_space (PkcLoaderInput *self);
gboolean             pkc_loader_input_failed         (PkcLoaderInput *self);
GError              *pkc_loader_input_take_error     (PkcLoaderInput *self);

/* pkc-loader.c: reader plumbing */
/* The plumbing shared by the loader's files: one checked pkc_xml_events_read() (1 a node,
 * 0 the end, -1 an error); the problem list's pieces (pkc-loader-problems.c). */
int         pkc_loader_read            (PkcLoader      *self);
void        pkc_loader_problem_clear   (gpointer        data);
char       *pkc_loader_bad_text_message (PkcLoader     *self);
/* What the input guard refused, as the parse's fatal problem; FALSE when it refused
 * nothing. */
gboolean    pkc_loader_report_guard_refusal (PkcLoader *self);
/* libxml2's structured error handler: any error ends the parse. */
void        pkc_loader_on_xml_error    (void           *user_data,
                                        xmlErrorPtr     error);
/* After the parse: the problems the input as a whole explains (a DOCTYPE, an empty file,
 * the guard's refusal) replace the rest; the others in file order, the fatal one first. */
void        pkc_loader_finish_problems (PkcLoader      *self,
                                        gboolean        seen_non_space);
/* "FILE:LINE:COLUMN: message". */
char       *pkc_loader_format_problem  (PkcLoader      *self,
                                        const PkcProblem *problem);

void        pkc_loader_report          (PkcLoader      *self,
                                        const PkcPos   *pos,
                                        PkcLoaderError  code,
                                        const char     *format,
                                        ...) G_GNUC_PRINTF (4, 5);
/* A problem that ends the parse: it comes first, and what is found after it is dropped. */
void        pkc_loader_report_fatal    (PkcLoader      *self,
                                        const PkcPos   *pos,
                                        PkcLoaderError  code,
                                        const char     *format,
                                        ...) G_GNUC_PRINTF (4, 5);
gboolean    pkc_loader_next_child      (PkcLoader      *self,
                                        int             parent_depth);
void        pkc_loader_skip_element    (PkcLoader      *self);
void        pkc_loader_unknown_element (PkcLoader      *self,
                                        const char     *parent);
char       *pkc_loader_read_text       (PkcLoader      *self);
/* The current element's attributes, valid until the next element at the same depth is read;
 * the names are @allowed's own strings, so @allowed must be static. */
const PkcAttrs *pkc_loader_read_attributes (PkcLoader      *self,
                                            const char     *element,
                                            const char * const *allowed);
const char *pkc_loader_element_name    (PkcLoader      *self);

/* pkc-loader-values.c: attribute values */
const char *pkc_loader_required        (PkcLoader      *self,
                                        const PkcAttrs *attrs,
                                        const char     *element,
                                        const char     *name);
gboolean    pkc_loader_count           (PkcLoader      *self,
                                        const PkcAttrs *attrs,
                                        const char     *name,
                                        int            *out);
gboolean    pkc_loader_whole           (PkcLoader      *self,
                                        const char     *value,
                                        const char     *name,
                                        guint           min,
                                        guint           max,
                                        guint          *out);
gboolean    pkc_loader_date            (PkcLoader      *self,
                                        const char     *value,
                                        const char     *name,
                                        PkcDate        *out);
gboolean    pkc_loader_coordinate      (PkcLoader      *self,
                                        const char     *value,
                                        const char     *name,
                                        double          limit,
                                        double         *out);
gboolean    pkc_loader_id              (PkcLoader      *self,
                                        const char     *value,
                                        const char     *name);
/* @seen maps a string key (copied into self->keys) or GUINT_TO_POINTER (number) to the line
 * where it was first used. */
gboolean    pkc_loader_unique_string   (PkcLoader      *self,
                                        GHashTable     *seen,
                                        const char     *key,
                                        const char     *what);
gboolean    pkc_loader_unique_number   (PkcLoader      *self,
                                        GHashTable     *seen,
                                        guint           key,
                                        const char     *what);
/* Like pkc_loader_unique_string() for the many casualty ids, with the same message. */
gboolean    pkc_loader_unique_id       (PkcLoader      *self,
                                        PkcIdSet       *seen,
                                        const char     *key,
                                        const char     *what);
gboolean    pkc_loader_token           (PkcLoader      *self,
                                        const char     *value,
                                        const char     *name,
                                        const char * const *tokens);
void        pkc_loader_source_refs     (PkcLoader      *self,
                                        const char     *value,
                                        const char     *name);
gboolean    pkc_loader_nonempty        (PkcLoader      *self,
                                        const char     *value,
                                        const char     *name);

/* pkc-loader.c: the most records a section may hold */
guint       pkc_loader_section_limit   (const char     *section);

/* pkc-loader-sections.c: the format's elements */
typedef void (*PkcItemReader) (PkcLoader *self);

void        pkc_loader_read_list       (PkcLoader      *self,
                                        const char     *section,
                                        const char     *item,
                                        PkcItemReader   read_item,
                                        const char     *other_item,
                                        PkcItemReader   read_other);
char       *pkc_loader_read_note       (PkcLoader      *self,
                                        char           *previous);
/* pkc-loader-places.c: casualties and bases */
/* A <foo/> with nothing inside. */
gboolean    pkc_loader_is_empty_element (PkcLoader     *self);
void        pkc_loader_read_ceiling    (PkcLoader      *self);
void        pkc_loader_read_observation (PkcLoader     *self);
void        pkc_loader_read_drawdown   (PkcLoader      *self);
/* A PkcXmlStartHook: see pkc-loader-places.c. */
void        pkc_loader_prefetch_casualty (const char     *name,
                                          const guchar  **attributes,
                                          int             n_attributes,
                                          gpointer        data);
void        pkc_loader_read_casualty   (PkcLoader      *self);
void        pkc_loader_read_base       (PkcLoader      *self);
void        pkc_loader_read_document   (PkcLoader      *self);
void        pkc_loader_check_references (PkcLoader     *self);

G_END_DECLS
