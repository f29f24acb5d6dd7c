/* pkc-loader-text.c — an element's text and attributes, checked as they are read
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-loader-private.h"

/* Whitespace runs (line breaks in wrapped text) become one space. */
static char *
normalize_space (GString *text)
{
  GString *out = g_string_sized_new (text->len);
  gboolean space = FALSE;

  for (gsize i = 0; i < text->len; i++)
    {
      char c = text->str[i];

      if (g_ascii_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, c);
    }
  return g_string_free (out, FALSE);
}

/* Text split by comments arrives in pieces: the limit counts them together. */
static void
append_text (PkcLoader  *self,
             GString    *text,
             const char *element,
             gboolean   *too_long)
{
  gsize len;
  const char *value = pkc_xml_events_value (self->reader, &len);
  gsize limit = strcmp (element, "note") == 0 ? PKC_LOADER_MAX_NOTE_BYTES
                                              : PKC_LOADER_MAX_VALUE_BYTES;

  if (*too_long)
    return;
  if (text->len + len > limit)
    {
      /* Fatal: libxml2 would keep every further piece of this element in memory while
       * the rest was read (a 250 MB note cost 600 MB). */
      *too_long = TRUE;
      pkc_loader_report_fatal (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: an element name, then a number of bytes */
                         _("the text of <%s> is longer than %u bytes"),
                         element, (guint) limit);
      return;
    }
  g_string_append_len (text, value, (gssize) len);
}

char *
pkc_loader_read_text (PkcLoader *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *element = g_strdup (pkc_loader_element_name (self));
  gboolean too_long = FALSE;
  int depth;

  if (pkc_xml_events_is_empty (self->reader))
    return g_strdup ("");

  depth = pkc_xml_events_depth (self->reader);
  while (pkc_loader_read (self) == 1)
    {
      switch (pkc_xml_events_type (self->reader))
        {
        case PKC_XML_TEXT:
        case PKC_XML_CDATA:
          append_text (self, text, element, &too_long);
          break;

        case PKC_XML_ELEMENT:
          pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                             /* Translators: both %s are element names */
                             _("<%s> may only contain text, found <%s>"),
                             element, pkc_loader_element_name (self));
          pkc_loader_skip_element (self);
          break;

        case PKC_XML_END_ELEMENT:
          if (pkc_xml_events_depth (self->reader) == depth)
            return normalize_space (text);
          break;

        default:
          break;
        }
    }
  return normalize_space (text);
}

/* The entry of @allowed equal to @name, or NULL. */
static const char *
allowed_name (const char * const *allowed,
              const char         *name)
{
  for (guint i = 0; allowed[i] != NULL; i++)
    if (allowed[i][0] == name[0] && strcmp (allowed[i], name) == 0)
      return allowed[i];
  return NULL;
}

static inline guint
attr_slot (const char *name)
{
  /* Fibonacci hashing: the top bits of the address times 2⁶⁴/φ, spread even for the
   * neighbouring addresses of short literals. */
  return (guint) (((guint64) (guintptr) name * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 58);
}

const char *
pkc_attrs_get (const PkcAttrs *attrs,
               const char     *name)
{
  guint k = attrs->slots[attr_slot (name)];

  /* The rules name attributes with literals the linker merges with those of @allowed: the
   * same address, found in one look; a name that is not there, or another string with its
   * text, by the loops. */
  if (k != 0 && k != PKC_ATTRS_SLOT_SHARED && attrs->names[k - 1] == name)
    return attrs->values->str + attrs->offsets[k - 1];
  for (guint i = 0; k == PKC_ATTRS_SLOT_SHARED && i < attrs->n; i++)
    if (attrs->names[i] == name)
      return attrs->values->str + attrs->offsets[i];
  for (guint i = 0; i < attrs->n; i++)
    if (attrs->names[i][0] == name[0] && strcmp (attrs->names[i], name) == 0)
      return attrs->values->str + attrs->offsets[i];
  return NULL;
}

static PkcAttrs *
attrs_for_depth (PkcLoader *self)
{
  int depth = pkc_xml_events_depth (self->reader);
  PkcAttrs *attrs = &self->attrs[CLAMP (depth, 0, PKC_LOADER_MAX_TRACKED_DEPTH - 1)];

  if (attrs->values == NULL)
    attrs->values = g_string_sized_new (256);
  g_string_truncate (attrs->values, 0);
  attrs->n = 0;
  memset (attrs->slots, 0, sizeof attrs->slots);
  return attrs;
}

/* The entry of @allowed for the attribute name @name, a string of libxml2's dictionary:
 * remembered by position, records repeat their attributes in the same order. */
static const char *
allowed_key (PkcLoader          *self,
             guint               i,
             const char * const *allowed,
             const char         *name)
{
  PkcAttrKey *known;

  if (i >= G_N_ELEMENTS (self->attr_keys))
    return allowed_name (allowed, name);
  known = &self->attr_keys[i];
  if (known->name != name || known->allowed != allowed)
    {
      known->name = name;
      known->allowed = allowed;
      known->key = allowed_name (allowed, name);
    }
  return known->key;
}

const PkcAttrs *
pkc_loader_read_attributes (PkcLoader          *self,
                            const char         *element,
                            const char * const *allowed)
{
  PkcAttrs *attrs = attrs_for_depth (self);
  guint n;
  const PkcXmlAttribute *list = pkc_xml_events_attributes (self->reader, &n);
  const PkcXmlAttribute *kept[PKC_ATTRS_MAX];
  gsize room = 0;

  for (guint i = 0; i < n; i++)
    {
      const PkcXmlAttribute *attr = &list[i];
      const char *key = allowed_key (self, i, allowed, attr->name);

      if (attr->namespace_decl)
        pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                           /* Translators: %s is an attribute such as xmlns:xi */
                           _("namespaces are not allowed, found \"%s\" on <%s>"),
                           attr->name, element);
      else if (key == NULL)
        pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                           /* Translators: an attribute name, then an element name */
                           _("unknown attribute \"%s\" on <%s>"), attr->name, element);
      else if (attr->len > PKC_LOADER_MAX_VALUE_BYTES)
        pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                           /* Translators: an attribute name, an element name, a number */
                           _("attribute \"%s\" on <%s> is longer than %u bytes"),
                           attr->name, element, PKC_LOADER_MAX_VALUE_BYTES);
      /* libxml2 ends the parse on an attribute given twice, before the element gets here. */
      else if (attrs->n < PKC_ATTRS_MAX)
        {
          guint8 *slot = &attrs->slots[attr_slot (key)];

          *slot = *slot == 0 ? (guint8) (attrs->n + 1) : PKC_ATTRS_SLOT_SHARED;
          attrs->names[attrs->n] = key;
          attrs->offsets[attrs->n] = (guint32) room;
          kept[attrs->n++] = attr;
          room += attr->len + 1;
        }
    }

  /* The values, copied in one go: they outlive the reader's node while children are read. */
  g_string_set_size (attrs->values, room);
  for (guint i = 0; i < attrs->n; i++)
    memcpy (attrs->values->str + attrs->offsets[i], kept[i]->value, kept[i]->len + 1);
  return attrs;
}
