/* pkc-xml-events-private.h — libxml2's SAX2 push parser as a pull reader
 *
 * The loader walks the file node by node, as with xmlTextReader, but without the tree that
 * reader builds and frees for every element: SAX2 callbacks append compact events (names
 * from libxml2's dictionary, attribute values and text copied into one reused buffer) to a
 * queue that pkc_xml_events_read() hands out one at a time.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/parser.h>

G_BEGIN_DECLS

typedef enum {
  PKC_XML_ELEMENT = 1,
  PKC_XML_END_ELEMENT,   /* none for <x/>, as with xmlTextReader */
  PKC_XML_TEXT,          /* character data, the pieces libxml2 hands over joined */
  PKC_XML_CDATA,
  PKC_XML_DOCTYPE,       /* the parse ends there */
  PKC_XML_OTHER,         /* a comment or a processing instruction */
} PkcXmlNodeType;

typedef struct {
  const char *name;      /* qualified, "xmlns" or "xmlns:p" for a namespace declaration */
  const char *value;     /* NUL-terminated */
  gsize       len;
  gboolean    namespace_decl;
} PkcXmlAttribute;

typedef struct _PkcXmlEvents PkcXmlEvents;

/* Reads up to @len bytes into @buffer: how many, 0 at the end, -1 on failure. */
typedef int (*PkcXmlReadFunc) (void *data,
                               char *buffer,
                               int   len);

/* @options are xmlParserOption flags. @on_error receives libxml2's first error, in file
 * order after the nodes before it; pkc_xml_events_read() then returns -1. */
/* Called as libxml2 parses each start tag, before the loader reads it from the queue (a
 * few tags later): for hints such as prefetching. @attributes are SAX2's: five pointers
 * each (local name, prefix, URI, value, value end), values not yet unescaped. */
typedef void (*PkcXmlStartHook) (const char     *name,
                                 const guchar  **attributes,
                                 int             n_attributes,
                                 gpointer        data);

PkcXmlEvents   *pkc_xml_events_new            (PkcXmlReadFunc          read,
                                               void                   *read_data,
                                               int                     options,
                                               xmlStructuredErrorFunc  on_error,
                                               void                   *error_data);
void            pkc_xml_events_free           (PkcXmlEvents *self);
void            pkc_xml_events_set_start_hook (PkcXmlEvents    *self,
                                               PkcXmlStartHook  hook,
                                               gpointer         data);

/* The next node: 1, 0 at the end of the document, -1 after an error or a failed read.
 * What the functions below return is valid until the next call. */
int             pkc_xml_events_read           (PkcXmlEvents *self);
PkcXmlNodeType  pkc_xml_events_type           (PkcXmlEvents *self);
/* 0 for the root element, its children 1, …; an end tag has its start tag's depth. */
int             pkc_xml_events_depth          (PkcXmlEvents *self);
/* The element's qualified name; names stay valid until pkc_xml_events_free(). */
const char     *pkc_xml_events_name           (PkcXmlEvents *self);
const char     *pkc_xml_events_namespace      (PkcXmlEvents *self);
gboolean        pkc_xml_events_is_empty       (PkcXmlEvents *self);
/* A text's characters (NUL-terminated), or "". */
const char     *pkc_xml_events_value          (PkcXmlEvents *self,
                                               gsize        *len);
/* The line the node is on, as xmlTextReader's node had it: an element's start tag's end,
 * the first piece of a text, a CDATA section's element. */
guint           pkc_xml_events_line           (PkcXmlEvents *self);
/* The element's namespace declarations, then its attributes in file order. */
const PkcXmlAttribute *pkc_xml_events_attributes (PkcXmlEvents *self,
                                                  guint        *n_attributes);
/* Where libxml2's parser is now. */
guint           pkc_xml_events_parser_line    (PkcXmlEvents *self);
guint           pkc_xml_events_parser_column  (PkcXmlEvents *self);
/* The encoding the document declares, or NULL. */
const char     *pkc_xml_events_encoding       (PkcXmlEvents *self);

G_END_DECLS
