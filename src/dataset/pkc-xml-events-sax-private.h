/* pkc-xml-events-sax-private.h — the event queue of pkc-xml-events.c and the SAX2 callbacks
 * that fill it (pkc-xml-events-sax.c)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-xml-events-private.h"

G_BEGIN_DECLS

typedef struct {
  guint8         type;
  gboolean       empty;
  int            depth;
  guint          line;
  const xmlChar *name;        /* libxml2's dictionary */
  const xmlChar *ns;
  guint32        value;       /* offset of the text in strings */
  guint32        value_len;
  guint32        first_attr;  /* into attrs */
  guint32        n_attrs;
} PkcXmlEvent;

struct _PkcXmlEvents {
  xmlParserCtxtPtr        ctxt;
  PkcXmlReadFunc          read;
  void                   *read_data;
  xmlStructuredErrorFunc  on_error;
  void                   *error_data;
  char                   *buffer;        /* READ_SIZE + PUSH_SIZE */
  gsize                   buffered;
  gsize                   pushed;        /* of buffered, handed to libxml2 */
  gboolean                input_eof;     /* read returned 0 */
  gboolean                started_element; /* in the last push_data() */
  gboolean                begun;         /* the first read is done */

  /* Plain arrays, reused: a bounds check per event or start tag, not GArray calls. */
  PkcXmlEvent            *events;
  guint                   n_events;
  guint                   events_alloc;
  PkcXmlAttribute        *attrs;
  guint32                *attr_offsets;  /* the attributes' values in strings */
  guint                   n_attrs;
  guint                   attrs_alloc;   /* of both */
  guint                   attrs_located; /* attrs whose value points into strings */
  const char             *located_in;    /* strings->str then */
  GString                *strings;       /* text and attribute values, NUL-terminated */
  int                     current;       /* the event handed out, -1 before the first */
  guint                   ready;         /* events up to the last tag, see push_event() */
  gboolean                text_open;     /* the last event is text the next piece extends */
  gboolean                last_start_empty;
  int                     depth;
  GArray                 *element_lines; /* of guint, the open elements' */

  gboolean                input_done;    /* libxml2 was told the input ended */
  gboolean                closed;        /* nothing after an error or a DOCTYPE counts */
  gboolean                failed;        /* a read or libxml2 failed without an error */
  gboolean                has_error;
  gboolean                error_reported;
  xmlError                error;         /* libxml2's first error, a copy */
  PkcXmlStartHook         start_hook;
  gpointer                start_hook_data;
};

/* The callbacks that append to the queue; libxml2 calls them with the PkcXmlEvents. */
void pkc_xml_events_sax_init          (xmlSAXHandler *sax);
/* Points the attributes added since the last call at their values, once libxml2 is done
 * with a piece. */
void pkc_xml_events_locate_attributes (PkcXmlEvents  *self);

G_END_DECLS
