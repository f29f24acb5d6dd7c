/* pkc-xml-events-sax.c — libxml2's SAX2 callbacks, appending compact events to the queue
 * pkc-xml-events.c hands out
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <libxml/parserInternals.h>

#include "pkc-xml-events-sax-private.h"

static guint
parser_line (PkcXmlEvents *self)
{
  return pkc_xml_events_parser_line (self);
}

static PkcXmlEvent *
push_event (PkcXmlEvents   *self,
            PkcXmlNodeType  type)
{
  PkcXmlEvent *event;

  if (self->n_events == self->events_alloc)
    {
      self->events_alloc *= 2;
      self->events = g_renew (PkcXmlEvent, self->events, self->events_alloc);
    }
  event = &self->events[self->n_events++];
  memset (event, 0, sizeof *event);
  event->type = type;
  event->depth = self->depth;
  self->text_open = FALSE;
  /* Like xmlTextReader, which parses on until a tag: text and comments are handed out once
   * a tag follows them. */
  if (type == PKC_XML_ELEMENT || type == PKC_XML_END_ELEMENT || type == PKC_XML_DOCTYPE)
    self->ready = self->n_events;
  return event;
}

/* Copies @len bytes and a NUL; returns their offset. */
static guint32
add_string (PkcXmlEvents  *self,
            const xmlChar *text,
            gsize          len)
{
  gsize at = self->strings->len;

  g_string_set_size (self->strings, at + len + 1);
  memcpy (self->strings->str + at, text, len);
  self->strings->str[at + len] = '\0';
  return (guint32) at;
}

/* Without entity substitution libxml2 hands an attribute value's '&' (from "&amp;" or
 * "&#38;") over as "&#38;", for the tree builder to turn back; nothing else is left. */
static guint32
decode_ampersands (char    *value,
                   guint32  len)
{
  char *out = value;

  for (guint32 i = 0; i < len; i++)
    {
      *out++ = value[i];
      if (value[i] == '&' && i + 4 < len && memcmp (value + i + 1, "#38;", 4) == 0)
        i += 4;
    }
  *out = '\0';
  return (guint32) (out - value);
}

static const xmlChar *
qualified_name (PkcXmlEvents  *self,
                const xmlChar *prefix,
                const xmlChar *localname)
{
  return prefix != NULL ? xmlDictQLookup (self->ctxt->dict, prefix, localname) : localname;
}

/* The attribute's value goes to strings at @at, room on_start_element() made; its address
 * once libxml2 is done with the piece (strings may move until then), see
 * pkc_xml_events_locate_attributes(). Returns where the next value goes. */
static guint32
add_attribute (PkcXmlEvents  *self,
               guint          i,
               guint32        at,
               const xmlChar *name,
               const xmlChar *value,
               gsize          len,
               gboolean       namespace_decl)
{
  PkcXmlAttribute *attr = &self->attrs[i];

  memcpy (self->strings->str + at, value, len);
  self->strings->str[at + len] = '\0';
  attr->name = (const char *) name;
  attr->value = NULL;
  attr->len = len;
  attr->namespace_decl = namespace_decl;
  self->attr_offsets[i] = at;
  return at + (guint32) len + 1;
}

/* A value libxml2 had to rewrite (entities, white space) ends with a NUL instead of the
 * quote; only such a value may hold an ampersand. */
static guint32
add_attribute_value (PkcXmlEvents   *self,
                     guint           i,
                     guint32         at,
                     const xmlChar **a)
{
  gsize len = (gsize) (a[4] - a[3]);
  guint32 next = add_attribute (self, i, at, qualified_name (self, a[1], a[0]), a[3], len,
                                FALSE);

  if (a[4][0] == '\0' && memchr (a[3], '&', len) != NULL)
    self->attrs[i].len =
      decode_ampersands (self->strings->str + at, (guint32) len);
  return next;
}

void
pkc_xml_events_locate_attributes (PkcXmlEvents *self)
{
  if (self->strings->str != self->located_in)
    self->attrs_located = 0;
  self->located_in = self->strings->str;
  for (guint i = self->attrs_located; i < self->n_attrs; i++)
    self->attrs[i].value = self->strings->str + self->attr_offsets[i];
  self->attrs_located = self->n_attrs;
}

/* libxml2 bounds the depth where it builds its tree, which SAX2 alone skips: the same
 * limit with the same words ("Excessive depth in document"), as the error it would be. */
static gboolean
too_deep (PkcXmlEvents *self)
{
  g_autofree char *message = NULL;

  if ((guint) self->depth <= xmlParserMaxDepth || (self->ctxt->options & XML_PARSE_HUGE) != 0)
    return FALSE;

  message = g_strdup_printf ("Excessive depth in document: %u use XML_PARSE_HUGE option\n",
                             xmlParserMaxDepth);
  memset (&self->error, 0, sizeof self->error);
  self->error.domain = XML_FROM_PARSER;
  self->error.code = XML_ERR_INTERNAL_ERROR;
  self->error.level = XML_ERR_FATAL;
  self->error.message = (char *) xmlStrdup (BAD_CAST message);
  self->error.line = (int) parser_line (self);
  self->error.int2 = (int) pkc_xml_events_parser_column (self);
  self->has_error = TRUE;
  self->closed = TRUE;
  xmlStopParser (self->ctxt);
  return TRUE;
}

static const xmlChar *
namespace_uri (const xmlChar **namespaces,
               int             i)
{
  return namespaces[2 * i + 1] != NULL ? namespaces[2 * i + 1] : BAD_CAST "";
}

static void
on_start_element (void           *data,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             nb_namespaces,
                  const xmlChar **namespaces,
                  int             nb_attributes,
                  int             nb_defaulted,
                  const xmlChar **attributes)
{
  PkcXmlEvents *self = data;
  const xmlChar *cur = self->ctxt->input->cur;
  PkcXmlEvent *event;
  guint line;
  guint32 at;
  gsize room;

  if (self->closed || too_deep (self))
    return;
  event = push_event (self, PKC_XML_ELEMENT);
  line = parser_line (self);
  event->line = line;
  event->name = qualified_name (self, prefix, localname);
  event->ns = uri;
  /* libxml2 calls back before the tag's end: "/>" is still ahead (as xmlTextReader sees). */
  event->empty = cur != NULL && cur[0] == '/' && cur[1] == '>';
  event->first_attr = self->n_attrs;
  event->n_attrs = (guint32) (nb_namespaces + nb_attributes);
  self->n_attrs += event->n_attrs;
  if (self->n_attrs > self->attrs_alloc)
    {
      self->attrs_alloc = MAX (self->attrs_alloc * 2, self->n_attrs);
      self->attrs = g_renew (PkcXmlAttribute, self->attrs, self->attrs_alloc);
      self->attr_offsets = g_renew (guint32, self->attr_offsets, self->attrs_alloc);
    }

  /* Room for every value at once. */
  at = (guint32) self->strings->len;
  room = 0;
  for (int i = 0; i < nb_namespaces; i++)
    room += strlen ((const char *) namespace_uri (namespaces, i)) + 1;
  for (int i = 0; i < nb_attributes; i++)
    room += (gsize) (attributes[5 * i + 4] - attributes[5 * i + 3]) + 1;
  g_string_set_size (self->strings, at + room);

  for (int i = 0; i < nb_namespaces; i++)
    {
      const xmlChar *ns_prefix = namespaces[2 * i];
      const xmlChar *ns_uri = namespace_uri (namespaces, i);
      const xmlChar *name = ns_prefix != NULL
                            ? xmlDictQLookup (self->ctxt->dict, BAD_CAST "xmlns", ns_prefix)
                            : BAD_CAST "xmlns";

      at = add_attribute (self, event->first_attr + (guint) i, at, name, ns_uri,
                          strlen ((const char *) ns_uri), TRUE);
    }
  for (int i = 0; i < nb_attributes; i++)
    at = add_attribute_value (self, event->first_attr + (guint) (nb_namespaces + i), at,
                              attributes + 5 * i);

  if (self->start_hook != NULL)
    self->start_hook ((const char *) event->name, attributes, nb_attributes,
                      self->start_hook_data);
  self->last_start_empty = event->empty;
  self->started_element = TRUE;
  if (!event->empty)
    {
      self->depth++;
      g_array_append_val (self->element_lines, line);
    }
}

static void
on_end_element (void          *data,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  PkcXmlEvents *self = data;
  PkcXmlEvent *event;

  if (self->closed)
    return;
  /* <x/>: one node, as with xmlTextReader. */
  if (self->last_start_empty)
    {
      self->last_start_empty = FALSE;
      return;
    }
  self->depth--;
  if (self->element_lines->len > 0)
    g_array_set_size (self->element_lines, self->element_lines->len - 1);
  event = push_event (self, PKC_XML_END_ELEMENT);
  event->line = parser_line (self);
  event->name = qualified_name (self, prefix, localname);
  event->ns = uri;
}

/* libxml2 hands text over in pieces (at entities, at the end of a piece): one node, as the
 * tree xmlTextReader walks has, on the line of its first piece. A CDATA section's node has
 * no line of its own there: it takes its element's. */
static void
add_text (PkcXmlEvents   *self,
          PkcXmlNodeType  type,
          const xmlChar  *text,
          int             len)
{
  PkcXmlEvent *event;

  if (self->closed || len <= 0)
    return;
  self->last_start_empty = FALSE;
  if (self->text_open)
    {
      event = &self->events[self->n_events - 1];
      if (event->type == type)
        {
          /* The text is the last string: extend it over its NUL. */
          g_string_truncate (self->strings, self->strings->len - 1);
          add_string (self, text, (gsize) len);
          event->value_len += (guint32) len;
          return;
        }
    }

  event = push_event (self, type);
  if (type == PKC_XML_CDATA && self->element_lines->len > 0)
    event->line = g_array_index (self->element_lines, guint, self->element_lines->len - 1);
  else
    event->line = parser_line (self);
  event->value = add_string (self, text, (gsize) len);
  event->value_len = (guint32) len;
  self->text_open = TRUE;
}

static void
on_characters (void          *data,
               const xmlChar *text,
               int            len)
{
  add_text (data, PKC_XML_TEXT, text, len);
}

static void
on_cdata (void          *data,
          const xmlChar *text,
          int            len)
{
  add_text (data, PKC_XML_CDATA, text, len);
}

static void
add_other (PkcXmlEvents *self)
{
  if (self->closed)
    return;
  self->last_start_empty = FALSE;
  push_event (self, PKC_XML_OTHER)->line = parser_line (self);
}

static void
on_comment (void          *data,
            const xmlChar *text)
{
  add_other (data);
}

static void
on_processing_instruction (void          *data,
                           const xmlChar *target,
                           const xmlChar *text)
{
  add_other (data);
}

/* The parse stops at a DOCTYPE's name: its internal subset (entities) and external subset
 * are never read. */
static void
on_internal_subset (void          *data,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  PkcXmlEvents *self = data;

  if (self->closed)
    return;
  push_event (self, PKC_XML_DOCTYPE)->line = parser_line (self);
  self->closed = TRUE;
  xmlStopParser (self->ctxt);
}

/* The first error ends the parse. */
static void
on_error (void        *data,
          xmlErrorPtr  error)
{
  PkcXmlEvents *self = data;

  if (self->closed || error == NULL || error->level < XML_ERR_ERROR)
    return;
  xmlCopyError (error, &self->error);
  self->has_error = TRUE;
  self->closed = TRUE;
}

void
pkc_xml_events_sax_init (xmlSAXHandler *sax)
{
  memset (sax, 0, sizeof *sax);
  sax->initialized = XML_SAX2_MAGIC;
  sax->startElementNs = on_start_element;
  sax->endElementNs = on_end_element;
  sax->characters = on_characters;
  sax->ignorableWhitespace = on_characters;
  sax->cdataBlock = on_cdata;
  sax->comment = on_comment;
  sax->processingInstruction = on_processing_instruction;
  sax->internalSubset = on_internal_subset;
  sax->serror = on_error;
}
