/* pkc-xml-events.c — libxml2's SAX2 push parser as a pull reader
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pkc-xml-events-sax-private.h"

/* Read and handed to libxml2 as xmlTextReader does: what libxml2 has parsed when it finds
 * an error, and where a text arrives split, stay as they were. */
#define READ_SIZE 4096
#define PUSH_SIZE 512

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

  pkc_xml_events_sax_init (&sax);

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

  self->events_alloc = 1024;
  self->events = g_new (PkcXmlEvent, self->events_alloc);
  self->attrs_alloc = 1024;
  self->attrs = g_new (PkcXmlAttribute, self->attrs_alloc);
  self->attr_offsets = g_new (guint32, self->attrs_alloc);
  self->strings = g_string_sized_new (4 * READ_SIZE);
  self->element_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  return self;
}

void
pkc_xml_events_set_start_hook (PkcXmlEvents    *self,
                               PkcXmlStartHook  hook,
                               gpointer         data)
{
  self->start_hook = hook;
  self->start_hook_data = data;
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
  g_free (self->events);
  g_free (self->attrs);
  g_free (self->attr_offsets);
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
  guint n = self->n_events - kept;
  guint32 from = (guint32) self->strings->len;

  for (guint i = kept; i < self->n_events; i++)
    {
      const PkcXmlEvent *event = &self->events[i];

      if (event->type == PKC_XML_TEXT || event->type == PKC_XML_CDATA)
        from = MIN (from, event->value);
    }
  memmove (self->strings->str, self->strings->str + from, self->strings->len - from);
  g_string_truncate (self->strings, self->strings->len - from);
  for (guint i = 0; i < n; i++)
    {
      PkcXmlEvent *event = &self->events[i];

      *event = self->events[kept + i];
      if (event->type == PKC_XML_TEXT || event->type == PKC_XML_CDATA)
        event->value -= from;
    }
  self->n_events = n;
  self->n_attrs = 0;
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

  pkc_xml_events_locate_attributes (self);
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
          if (self->ready == self->n_events)
            return 0;
          self->ready = self->n_events;
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

static const PkcXmlEvent *
current (PkcXmlEvents *self)
{
  g_assert (self->current >= 0 && (guint) self->current < self->n_events);
  return &self->events[self->current];
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
  const PkcXmlEvent *event = current (self);

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
  const PkcXmlEvent *event = current (self);

  *n_attributes = event->n_attrs;
  return &self->attrs[event->first_attr];
}

guint
pkc_xml_events_parser_line (PkcXmlEvents *self)
{
  return self->ctxt->input != NULL ? (guint) MAX (self->ctxt->input->line, 1) : 1;
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
