/* pkc-xml-events.c — libxml2's SAX2 push parser as a pull reader
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <libxml/parserInternals.h>

#include "pkc-xml-events-private.h"

/* Read and handed to libxml2 as xmlTextReader does: what libxml2 has parsed when it finds
 * an error, and where a text arrives split, stay as they were. */
#define READ_SIZE 4096
#define PUSH_SIZE 512

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
} Event;

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
  gboolean                started_element;
  gboolean                begun;         /* the first read is done */

  GArray                 *events;        /* of Event, reused */
  GArray                 *attrs;         /* of PkcXmlAttribute */
  GArray                 *attr_offsets;  /* of guint32: their values in strings */
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
};

static guint
parser_line (PkcXmlEvents *self)
{
  return self->ctxt->input != NULL ? (guint) MAX (self->ctxt->input->line, 1) : 1;
}

static Event *
push_event (PkcXmlEvents   *self,
            PkcXmlNodeType  type)
{
  Event *event;

  g_array_set_size (self->events, self->events->len + 1);
  event = &g_array_index (self->events, Event, self->events->len - 1);
  memset (event, 0, sizeof *event);
  event->type = type;
  event->depth = self->depth;
  self->text_open = FALSE;
  /* Like xmlTextReader, which parses on until a tag: text and comments are handed out once
   * a tag follows them. */
  if (type == PKC_XML_ELEMENT || type == PKC_XML_END_ELEMENT || type == PKC_XML_DOCTYPE)
    self->ready = self->events->len;
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

/* The attribute's value goes to strings; its address once libxml2 is done with the piece
 * (strings may move until then), see locate_attributes(). */
static void
add_attribute (PkcXmlEvents          *self,
               guint                  i,
               const xmlChar         *name,
               const xmlChar         *value,
               gsize                  len,
               gboolean               namespace_decl)
{
  PkcXmlAttribute *attr = &g_array_index (self->attrs, PkcXmlAttribute, i);
  guint32 at = (guint32) self->strings->len;

  g_string_set_size (self->strings, at + len + 1);
  memcpy (self->strings->str + at, value, len);
  self->strings->str[at + len] = '\0';
  attr->name = (const char *) name;
  attr->value = NULL;
  attr->len = len;
  attr->namespace_decl = namespace_decl;
  g_array_index (self->attr_offsets, guint32, i) = at;
}

/* A value libxml2 had to rewrite (entities, white space) ends with a NUL instead of the
 * quote; only such a value may hold an ampersand. */
static void
add_attribute_value (PkcXmlEvents   *self,
                     guint           i,
                     const xmlChar **a)
{
  gsize len = (gsize) (a[4] - a[3]);
  PkcXmlAttribute *attr;
  guint32 at;

  add_attribute (self, i, qualified_name (self, a[1], a[0]), a[3], len, FALSE);
  if (a[4][0] != '\0' || memchr (a[3], '&', len) == NULL)
    return;
  attr = &g_array_index (self->attrs, PkcXmlAttribute, i);
  at = g_array_index (self->attr_offsets, guint32, i);
  attr->len = decode_ampersands (self->strings->str + at, (guint32) len);
  g_string_truncate (self->strings, at + attr->len + 1);
}

static void
locate_attributes (PkcXmlEvents *self)
{
  if (self->strings->str != self->located_in)
    self->attrs_located = 0;
  self->located_in = self->strings->str;
  for (guint i = self->attrs_located; i < self->attrs->len; i++)
    g_array_index (self->attrs, PkcXmlAttribute, i).value =
      self->strings->str + g_array_index (self->attr_offsets, guint32, i);
  self->attrs_located = self->attrs->len;
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
  Event *event;
  guint line;

  if (self->closed || too_deep (self))
    return;
  event = push_event (self, PKC_XML_ELEMENT);
  line = parser_line (self);
  event->line = line;
  event->name = qualified_name (self, prefix, localname);
  event->ns = uri;
  /* libxml2 calls back before the tag's end: "/>" is still ahead (as xmlTextReader sees). */
  event->empty = cur != NULL && cur[0] == '/' && cur[1] == '>';
  event->first_attr = self->attrs->len;
  event->n_attrs = (guint32) (nb_namespaces + nb_attributes);
  g_array_set_size (self->attrs, event->first_attr + event->n_attrs);
  g_array_set_size (self->attr_offsets, event->first_attr + event->n_attrs);

  for (int i = 0; i < nb_namespaces; i++)
    {
      const xmlChar *ns_prefix = namespaces[2 * i];
      const xmlChar *ns_uri = namespaces[2 * i + 1] != NULL ? namespaces[2 * i + 1]
                                                            : (const xmlChar *) "";
      const xmlChar *name = ns_prefix != NULL
                            ? xmlDictQLookup (self->ctxt->dict, BAD_CAST "xmlns", ns_prefix)
                            : BAD_CAST "xmlns";

      add_attribute (self, event->first_attr + (guint) i, name, ns_uri,
                     strlen ((const char *) ns_uri), TRUE);
    }
  for (int i = 0; i < nb_attributes; i++)
    add_attribute_value (self, event->first_attr + (guint) (nb_namespaces + i),
                         attributes + 5 * i);

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
  Event *event;

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

/* libxml2 hands text over in pieces (at entities, at the end of a chunk): one node, as the
 * tree xmlTextReader walks has, on the line of its first piece. A CDATA section's node has
 * no line of its own there: it takes its element's. */
static void
add_text (PkcXmlEvents   *self,
          PkcXmlNodeType  type,
          const xmlChar  *text,
          int             len)
{
  Event *event;

  if (self->closed || len <= 0)
    return;
  self->last_start_empty = FALSE;
  if (self->text_open)
    {
      event = &g_array_index (self->events, Event, self->events->len - 1);
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

/* Nothing of a DOCTYPE is read: its entities and external subset never reach libxml2. */
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

PkcXmlEvents *
pkc_xml_events_new (PkcXmlReadFunc          read,
                    void                   *read_data,
                    int                     options,
                    xmlStructuredErrorFunc  error_func,
                    void                   *error_data)
{
  xmlSAXHandler sax;
  PkcXmlEvents *self = g_new0 (PkcXmlEvents, 1);
  int n;

  self->read = read;
  self->read_data = read_data;
  self->on_error = error_func;
  self->error_data = error_data;
  self->buffer = g_malloc (READ_SIZE + PUSH_SIZE);
  self->current = -1;

  /* xmlTextReader's first read: the four bytes that tell libxml2 the encoding family. */
  n = read (read_data, self->buffer, 4);
  if (n < 0)
    {
      pkc_xml_events_free (self);
      return NULL;
    }

  memset (&sax, 0, sizeof sax);
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = on_start_element;
  sax.endElementNs = on_end_element;
  sax.characters = on_characters;
  sax.ignorableWhitespace = on_characters;
  sax.cdataBlock = on_cdata;
  sax.comment = on_comment;
  sax.processingInstruction = on_processing_instruction;
  sax.internalSubset = on_internal_subset;
  sax.serror = on_error;

  self->buffered = (gsize) n;
  self->input_eof = n == 0;
  self->pushed = n == 4 ? 4 : 0;
  self->ctxt = xmlCreatePushParserCtxt (&sax, self, n == 4 ? self->buffer : NULL,
                                        (int) self->pushed, NULL);
  if (self->ctxt == NULL)
    {
      pkc_xml_events_free (self);
      return NULL;
    }
  xmlCtxtUseOptions (self->ctxt, options);

  self->events = g_array_sized_new (FALSE, FALSE, sizeof (Event), 1024);
  self->attrs = g_array_sized_new (FALSE, FALSE, sizeof (PkcXmlAttribute), 1024);
  self->attr_offsets = g_array_sized_new (FALSE, FALSE, sizeof (guint32), 1024);
  self->strings = g_string_sized_new (4 * READ_SIZE);
  self->element_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  return self;
}

void
pkc_xml_events_free (PkcXmlEvents *self)
{
  if (self == NULL)
    return;
  if (self->ctxt != NULL)
    xmlFreeParserCtxt (self->ctxt);
  if (self->has_error)
    xmlResetError (&self->error);
  if (self->events != NULL)
    g_array_unref (self->events);
  if (self->attrs != NULL)
    g_array_unref (self->attrs);
  if (self->attr_offsets != NULL)
    g_array_unref (self->attr_offsets);
  if (self->strings != NULL)
    g_string_free (self->strings, TRUE);
  if (self->element_lines != NULL)
    g_array_unref (self->element_lines);
  g_free (self->buffer);
  g_free (self);
}

/* Drops the events handed out; the text and comments after the last tag move to the
 * front, their strings too (the last ones in the buffer). */
static void
compact (PkcXmlEvents *self)
{
  guint kept = (guint) (self->current + 1);
  guint n = self->events->len - kept;
  guint32 from = (guint32) self->strings->len;

  for (guint i = kept; i < self->events->len; i++)
    {
      const Event *event = &g_array_index (self->events, Event, i);

      if (event->type == PKC_XML_TEXT || event->type == PKC_XML_CDATA)
        from = MIN (from, event->value);
    }
  memmove (self->strings->str, self->strings->str + from, self->strings->len - from);
  g_string_truncate (self->strings, self->strings->len - from);
  for (guint i = 0; i < n; i++)
    {
      Event *event = &g_array_index (self->events, Event, i);

      *event = g_array_index (self->events, Event, kept + i);
      if (event->type == PKC_XML_TEXT || event->type == PKC_XML_CDATA)
        event->value -= from;
    }
  g_array_set_size (self->events, n);
  g_array_set_size (self->attrs, 0);
  g_array_set_size (self->attr_offsets, 0);
  self->attrs_located = 0;
  self->current = -1;
  self->ready = 0;
}

static gboolean
push (PkcXmlEvents *self,
      gsize         len,
      gboolean      terminate)
{
  int ret = xmlParseChunk (self->ctxt, self->buffer + self->pushed, (int) len, terminate);

  locate_attributes (self);
  self->pushed += len;
  /* Some failures (a broken UTF-16 sequence) end the parse without an error message. */
  if (ret != 0 && !self->closed)
    self->failed = TRUE;
  return !self->failed && !self->closed;
}

/* Reads and pushes as xmlTextReaderPushData() does, so that libxml2 has read as much when
 * it finds an error: PUSH_SIZE bytes at a time until a piece started an element, what
 * is left when a read falls short, all the rest once the input ended. */
static void
push_data (PkcXmlEvents *self)
{
  self->started_element = FALSE;
  while (!self->started_element)
    {
      if (self->buffered - self->pushed < PUSH_SIZE)
        {
          int n;

          if (self->input_eof)
            break;
          memmove (self->buffer, self->buffer + self->pushed, self->buffered - self->pushed);
          self->buffered -= self->pushed;
          self->pushed = 0;
          n = self->read (self->read_data, self->buffer + self->buffered, READ_SIZE);
          if (n < 0)
            {
              self->failed = TRUE;
              return;
            }
          self->input_eof = n == 0;
          if (n == 0)
            break;
          self->buffered += (gsize) n;
        }
      if (self->buffered - self->pushed < PUSH_SIZE)
        {
          push (self, self->buffered - self->pushed, FALSE);
          break;
        }
      if (!push (self, PUSH_SIZE, FALSE))
        break;
    }

  if (self->input_eof && !self->input_done && !self->failed && !self->closed)
    {
      push (self, self->buffered - self->pushed, TRUE);
      self->input_done = TRUE;
    }
}

int
pkc_xml_events_read (PkcXmlEvents *self)
{
  for (;;)
    {
      /* An error comes first, as from xmlTextReader: the nodes libxml2 read with the
       * piece that held it are dropped. */
      if (self->has_error)
        {
          if (!self->error_reported && self->on_error != NULL)
            self->on_error (self->error_data, &self->error);
          self->error_reported = TRUE;
          return -1;
        }
      if (self->failed)
        return -1;
      if ((guint) (self->current + 1) < self->ready)
        {
          self->current++;
          return 1;
        }
      if (self->closed)
        return -1;
      if (self->input_done)
        {
          if (self->ready == self->events->len)
            return 0;
          self->ready = self->events->len;
          continue;
        }
      compact (self);
      push_data (self);
      /* xmlTextReader's first read goes on until an element is open: a root element that
       * ends in the first piece waits for the rest of the file. */
      while (!self->begun && self->depth == 0 && !self->input_eof && !self->failed &&
             !self->closed)
        push_data (self);
      self->begun = TRUE;
    }
}

static const Event *
current (PkcXmlEvents *self)
{
  g_assert (self->current >= 0 && (guint) self->current < self->events->len);
  return &g_array_index (self->events, Event, self->current);
}

PkcXmlNodeType
pkc_xml_events_type (PkcXmlEvents *self)
{
  return current (self)->type;
}

int
pkc_xml_events_depth (PkcXmlEvents *self)
{
  return current (self)->depth;
}

const char *
pkc_xml_events_name (PkcXmlEvents *self)
{
  const xmlChar *name = current (self)->name;

  return name != NULL ? (const char *) name : "";
}

const char *
pkc_xml_events_namespace (PkcXmlEvents *self)
{
  return (const char *) current (self)->ns;
}

gboolean
pkc_xml_events_is_empty (PkcXmlEvents *self)
{
  return current (self)->empty;
}

const char *
pkc_xml_events_value (PkcXmlEvents *self,
                      gsize        *len)
{
  const Event *event = current (self);

  if (event->type != PKC_XML_TEXT && event->type != PKC_XML_CDATA)
    {
      if (len != NULL)
        *len = 0;
      return "";
    }
  if (len != NULL)
    *len = event->value_len;
  return self->strings->str + event->value;
}

guint
pkc_xml_events_line (PkcXmlEvents *self)
{
  return MAX (current (self)->line, 1);
}

const PkcXmlAttribute *
pkc_xml_events_attributes (PkcXmlEvents *self,
                           guint        *n_attributes)
{
  const Event *event = current (self);

  *n_attributes = event->n_attrs;
  return &g_array_index (self->attrs, PkcXmlAttribute, event->first_attr);
}

guint
pkc_xml_events_parser_line (PkcXmlEvents *self)
{
  return parser_line (self);
}

guint
pkc_xml_events_parser_column (PkcXmlEvents *self)
{
  return self->ctxt->input != NULL ? (guint) MAX (self->ctxt->input->col, 1) : 1;
}

const char *
pkc_xml_events_encoding (PkcXmlEvents *self)
{
  return (const char *) self->ctxt->encoding;
}
