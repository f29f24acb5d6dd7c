/* pkc-loader.c — the xmlTextReader plumbing: streaming input, errors, element walking
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-loader-private.h"

/* Past this many problems --check output stops being useful. */
#define MAX_PROBLEMS 200
/* The prolog is kept to locate a DOCTYPE that libxml2 may fail on before showing it. */
#define PROLOG_KEEP 8192

#define XINCLUDE_NS_2001 "http://www.w3.org/2001/XInclude"
#define XINCLUDE_NS_2003 "http://www.w3.org/2003/XInclude"

G_DEFINE_QUARK (pkc-loader-error-quark, pkc_loader_error)

typedef struct {
  GInputStream *stream;
  GCancellable *cancellable;
  GError       *error;
  GString      *prolog;
  guint64       n_bytes;
} StreamContext;

static void
problem_clear (gpointer data)
{
  PkcProblem *problem = data;

  g_free (problem->message);
}

static void
pending_ref_clear (gpointer data)
{
  PkcPendingRef *ref = data;

  g_free (ref->refs);
}

void
pkc_loader_report (PkcLoader      *self,
                   const PkcPos   *pos,
                   PkcLoaderError  code,
                   const char     *format,
                   ...)
{
  PkcProblem problem;
  va_list args;

  if (self->problems->len >= MAX_PROBLEMS)
    {
      self->stop = TRUE;
      return;
    }

  problem.pos = pos != NULL ? *pos : self->pos;
  problem.code = code;
  va_start (args, format);
  problem.message = g_strdup_vprintf (format, args);
  va_end (args);
  g_array_append_val (self->problems, problem);
}

/* libxml2 reports here instead of stderr; any error ends the parse. */
static void
on_xml_error (void        *user_data,
              xmlErrorPtr  error)
{
  PkcLoader *self = user_data;
  g_autofree char *message = NULL;
  PkcPos pos;

  if (error == NULL || error->level < XML_ERR_ERROR)
    return;

  pos.line = error->line > 0 ? (guint) error->line : 1;
  pos.column = error->int2 > 0 ? (guint) error->int2 : 1;

  if (error->domain == XML_FROM_IO || error->code == XML_ERR_INVALID_CHAR ||
      error->code == XML_ERR_INVALID_ENCODING)
    {
      if (error->code == XML_ERR_INVALID_CHAR || error->code == XML_ERR_INVALID_ENCODING)
        message = g_strdup (_("the file is not valid UTF-8 text or contains a forbidden character"));
    }

  if (message == NULL)
    {
      /* libxml2 messages end with a newline and may hold one inside ("Bytes: …"). */
      message = g_strdup (error->message != NULL ? error->message : "?");
      g_strdelimit (message, "\r\n", ' ');
      g_strstrip (message);
    }

  /* Translators: %s is libxml2's own (English) description of the problem */
  pkc_loader_report (self, &pos, PKC_LOADER_ERROR_MALFORMED, _("not well-formed XML: %s"),
                     message);
  self->stop = TRUE;
}

/* The errors libxml2 does not route to on_xml_error (encoding conversion, I/O) would go to
 * stderr; loader_read() reports the failure they cause. */
static void
on_xml_generic_error (void       *user_data,
                      const char *format,
                      ...)
{
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        return FALSE;
    }
  return TRUE;
}

/* A text node's line is where it ends, i.e. where the next element starts; counting the
 * characters after its last newline gives that element's column. */
static void
remember_text (PkcLoader *self)
{
  const char *value = (const char *) xmlTextReaderConstValue (self->reader);
  const char *newline = value != NULL ? strrchr (value, '\n') : NULL;

  if (newline == NULL)
    {
      self->prev_text_has_newline = FALSE;
      return;
    }

  self->prev_text_has_newline = TRUE;
  self->prev_text_line = (guint) MAX (xmlGetLineNo (xmlTextReaderCurrentNode (self->reader)), 1);
  self->prev_text_tail = (guint) g_utf8_strlen (newline + 1, -1);
}

static void
locate_element (PkcLoader *self)
{
  long line = xmlGetLineNo (xmlTextReaderCurrentNode (self->reader));

  if (self->prev_text_has_newline)
    {
      self->pos.line = self->prev_text_line;
      self->pos.column = self->prev_text_tail + 1;
    }
  else
    {
      self->pos.line = line > 0 ? (guint) line : 1;
      self->pos.column = 1;
    }
  self->prev_text_has_newline = FALSE;
}

/* One xmlTextReaderRead() with the checks every node needs. */
static int
loader_read (PkcLoader *self)
{
  int ret;

  if (self->stop)
    return -1;
  if (self->at_end)
    return 0;

  ret = xmlTextReaderRead (self->reader);
  if (ret == 0)
    {
      self->at_end = TRUE;
      return 0;
    }
  if (ret < 0 || self->stop)
    {
      /* libxml2 fails on some input errors (a broken UTF-16 or UCS-4 sequence) without
       * calling on_xml_error: the file must not then pass as a shorter valid one. */
      if (ret < 0 && !self->stop)
        {
          PkcPos pos = { (guint) MAX (xmlTextReaderGetParserLineNumber (self->reader), 1),
                         (guint) MAX (xmlTextReaderGetParserColumnNumber (self->reader), 1) };

          pkc_loader_report (self, &pos, PKC_LOADER_ERROR_MALFORMED,
                             _("not well-formed XML: %s"),
                             _("the file is not valid UTF-8 text or contains a forbidden character"));
        }
      self->stop = TRUE;
      return -1;
    }

  switch (xmlTextReaderNodeType (self->reader))
    {
    case XML_READER_TYPE_ELEMENT:
      locate_element (self);
      break;

    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
      remember_text (self);
      break;

    case XML_READER_TYPE_DOCUMENT_TYPE:
      /* Reported once parsing stops, with the position found in the prolog. */
      self->saw_doctype = TRUE;
      self->stop = TRUE;
      return -1;

    case XML_READER_TYPE_ENTITY_REFERENCE:
      {
        PkcPos pos = { (guint) MAX (xmlGetLineNo (xmlTextReaderCurrentNode (self->reader)), 1), 1 };

        pkc_loader_report (self, &pos, PKC_LOADER_ERROR_FORBIDDEN,
                           /* Translators: %s is an entity name */
                           _("entity references are not allowed, found \"&%s;\""),
                           (const char *) xmlTextReaderConstName (self->reader));
        self->prev_text_has_newline = FALSE;
      }
      break;

    default:
      self->prev_text_has_newline = FALSE;
      break;
    }

  return 1;
}

const char *
pkc_loader_element_name (PkcLoader *self)
{
  const xmlChar *name = xmlTextReaderConstName (self->reader);

  return name != NULL ? (const char *) name : "";
}

gboolean
pkc_loader_next_child (PkcLoader *self,
                       int        parent_depth)
{
  while (loader_read (self) == 1)
    {
      switch (xmlTextReaderNodeType (self->reader))
        {
        case XML_READER_TYPE_ELEMENT:
          return TRUE;

        case XML_READER_TYPE_END_ELEMENT:
          if (xmlTextReaderDepth (self->reader) <= parent_depth)
            return FALSE;
          break;

        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
          {
            const char *value = (const char *) xmlTextReaderConstValue (self->reader);

            if (!is_blank (value))
              {
                g_autofree char *excerpt = g_utf8_substring (value, 0,
                                                             MIN (g_utf8_strlen (value, -1), 30));
                PkcPos pos = {
                  (guint) MAX (xmlGetLineNo (xmlTextReaderCurrentNode (self->reader)), 1), 1
                };

                g_strstrip (excerpt);
                pkc_loader_report (self, &pos, PKC_LOADER_ERROR_INVALID,
                                   /* Translators: %s is the start of the stray text */
                                   _("text is not allowed here, found \"%s\""), excerpt);
              }
          }
          break;

        default:
          break;
        }
    }
  return FALSE;
}

void
pkc_loader_skip_element (PkcLoader *self)
{
  int depth;

  if (xmlTextReaderIsEmptyElement (self->reader))
    return;

  depth = xmlTextReaderDepth (self->reader);
  while (loader_read (self) == 1)
    {
      if (xmlTextReaderNodeType (self->reader) == XML_READER_TYPE_END_ELEMENT &&
          xmlTextReaderDepth (self->reader) == depth)
        return;
    }
}

void
pkc_loader_unknown_element (PkcLoader  *self,
                            const char *parent)
{
  const char *ns = (const char *) xmlTextReaderConstNamespaceUri (self->reader);
  const char *name = pkc_loader_element_name (self);

  if (ns != NULL && (strcmp (ns, XINCLUDE_NS_2001) == 0 || strcmp (ns, XINCLUDE_NS_2003) == 0))
    pkc_loader_report (self, NULL, PKC_LOADER_ERROR_FORBIDDEN,
                       /* Translators: %s is an element name */
                       _("XInclude is not allowed, found <%s>"), name);
  else
    pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                       /* Translators: both %s are element names */
                       _("unknown element <%s> inside <%s>"), name, parent);

  pkc_loader_skip_element (self);
}

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

char *
pkc_loader_read_text (PkcLoader *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *element = g_strdup (pkc_loader_element_name (self));
  int depth;

  if (xmlTextReaderIsEmptyElement (self->reader))
    return g_strdup ("");

  depth = xmlTextReaderDepth (self->reader);
  while (loader_read (self) == 1)
    {
      switch (xmlTextReaderNodeType (self->reader))
        {
        case XML_READER_TYPE_TEXT:
        case XML_READER_TYPE_CDATA:
        case XML_READER_TYPE_WHITESPACE:
        case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
          g_string_append (text, (const char *) xmlTextReaderConstValue (self->reader));
          break;

        case XML_READER_TYPE_ELEMENT:
          pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                             /* Translators: both %s are element names */
                             _("<%s> may only contain text, found <%s>"),
                             element, pkc_loader_element_name (self));
          pkc_loader_skip_element (self);
          break;

        case XML_READER_TYPE_END_ELEMENT:
          if (xmlTextReaderDepth (self->reader) == depth)
            return normalize_space (text);
          break;

        default:
          break;
        }
    }
  return normalize_space (text);
}

GHashTable *
pkc_loader_read_attributes (PkcLoader          *self,
                            const char         *element,
                            const char * const *allowed)
{
  GHashTable *attrs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  while (xmlTextReaderMoveToNextAttribute (self->reader) == 1)
    {
      const char *name = (const char *) xmlTextReaderConstName (self->reader);
      const char *value = (const char *) xmlTextReaderConstValue (self->reader);

      if (xmlTextReaderIsNamespaceDecl (self->reader) == 1)
        pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                           /* Translators: %s is an attribute such as xmlns:xi */
                           _("namespaces are not allowed, found \"%s\" on <%s>"), name, element);
      else if (!g_strv_contains (allowed, name))
        pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                           /* Translators: an attribute name, then an element name */
                           _("unknown attribute \"%s\" on <%s>"), name, element);
      else
        g_hash_table_replace (attrs, g_strdup (name), g_strdup (value != NULL ? value : ""));
    }
  xmlTextReaderMoveToElement (self->reader);
  return attrs;
}

static int
stream_read_cb (void *user_data,
                char *buffer,
                int   len)
{
  StreamContext *ctx = user_data;
  gssize n;

  if (ctx->error != NULL)
    return -1;

  n = g_input_stream_read (ctx->stream, buffer, (gsize) len, ctx->cancellable, &ctx->error);
  if (n < 0)
    return -1;

  if (ctx->prolog->len < PROLOG_KEEP)
    g_string_append_len (ctx->prolog, buffer, MIN ((gsize) n, PROLOG_KEEP - ctx->prolog->len));
  ctx->n_bytes += (guint64) n;
  return (int) n;
}

static int
stream_close_cb (void *user_data)
{
  /* The caller owns the stream. */
  return 0;
}

static void
advance (const char **p,
         PkcPos      *pos)
{
  if (**p == '\n')
    {
      pos->line++;
      pos->column = 1;
    }
  else if ((**p & 0xC0) != 0x80)
    pos->column++;
  (*p)++;
}

/* Finds "<!DOCTYPE" after the XML declaration, comments and PIs of the prolog. */
static gboolean
find_doctype (const GString *prolog,
              PkcPos        *out)
{
  const char *p = prolog->str;
  const char *end = prolog->str + prolog->len;
  PkcPos pos = { 1, 1 };

  if (prolog->len >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  while (p < end)
    {
      const char *close = NULL;

      if (g_ascii_isspace (*p))
        {
          advance (&p, &pos);
          continue;
        }
      if (g_str_has_prefix (p, "<!DOCTYPE"))
        {
          *out = pos;
          return TRUE;
        }
      if (g_str_has_prefix (p, "<?"))
        close = strstr (p, "?>");
      else if (g_str_has_prefix (p, "<!--"))
        close = strstr (p, "-->");
      if (close == NULL)
        return FALSE;
      close += *close == '?' ? 2 : 3;
      while (p < close)
        advance (&p, &pos);
    }
  return FALSE;
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const PkcProblem *x = a;
  const PkcProblem *y = b;

  if (x->pos.line != y->pos.line)
    return x->pos.line < y->pos.line ? -1 : 1;
  return (x->pos.column > y->pos.column) - (x->pos.column < y->pos.column);
}

static void
finish_problems (PkcLoader     *self,
                 StreamContext *ctx)
{
  PkcPos doctype_pos = { 1, 1 };
  gboolean doctype = find_doctype (ctx->prolog, &doctype_pos);

  if (doctype || self->saw_doctype)
    {
      /* Whatever libxml2 said about the DTD's entities is a consequence of it. */
      g_array_set_size (self->problems, 0);
      pkc_loader_report (self, &doctype_pos, PKC_LOADER_ERROR_FORBIDDEN,
                         _("a DOCTYPE is not allowed in a dataset file"));
      return;
    }

  /* A UTF-16 or UCS-4 file (byte order mark, or a NUL in the first characters): libxml2
   * would read it, but a dataset is UTF-8. Also keeps such a file from passing as empty. */
  if (ctx->prolog->len >= 2 &&
      (memcmp (ctx->prolog->str, "\xFE\xFF", 2) == 0 ||
       memcmp (ctx->prolog->str, "\xFF\xFE", 2) == 0 ||
       memchr (ctx->prolog->str, '\0', MIN (ctx->prolog->len, 4)) != NULL))
    {
      PkcPos start = { 1, 1 };

      g_array_set_size (self->problems, 0);
      pkc_loader_report (self, &start, PKC_LOADER_ERROR_MALFORMED,
                         _("not well-formed XML: %s"),
                         _("the file is not valid UTF-8 text or contains a forbidden character"));
      return;
    }

  if (ctx->n_bytes < PROLOG_KEEP && is_blank (ctx->prolog->str))
    {
      PkcPos start = { 1, 1 };

      g_array_set_size (self->problems, 0);
      pkc_loader_report (self, &start, PKC_LOADER_ERROR_MALFORMED, _("the file is empty"));
      return;
    }

  g_array_sort (self->problems, compare_problems);
}

static void
loader_init (PkcLoader  *self,
             const char *display_name)
{
  memset (self, 0, sizeof *self);
  self->display_name = display_name;
  self->dataset = pkc_dataset_new ();
  pkc_dataset_set_display_name (self->dataset, display_name);
  self->problems = g_array_new (FALSE, FALSE, sizeof (PkcProblem));
  g_array_set_clear_func (self->problems, problem_clear);
  self->pending_refs = g_array_new (FALSE, FALSE, sizeof (PkcPendingRef));
  g_array_set_clear_func (self->pending_refs, pending_ref_clear);
  self->source_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->casualty_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->base_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->base_orders = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->resolutions = g_hash_table_new (g_direct_hash, g_direct_equal);
}

static void
loader_clear (PkcLoader *self)
{
  g_clear_pointer (&self->reader, xmlFreeTextReader);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->problems, g_array_unref);
  g_clear_pointer (&self->pending_refs, g_array_unref);
  g_clear_pointer (&self->source_ids, g_hash_table_unref);
  g_clear_pointer (&self->casualty_ids, g_hash_table_unref);
  g_clear_pointer (&self->base_ids, g_hash_table_unref);
  g_clear_pointer (&self->base_orders, g_hash_table_unref);
  g_clear_pointer (&self->resolutions, g_hash_table_unref);
}

static char *
format_problem (PkcLoader        *self,
                const PkcProblem *problem)
{
  return g_strdup_printf ("%s:%u:%u: %s", self->display_name,
                          problem->pos.line, problem->pos.column, problem->message);
}

PkcDataset *
pkc_loader_load_stream (GInputStream  *stream,
                        const char    *display_name,
                        GCancellable  *cancellable,
                        GPtrArray    **out_messages,
                        GError       **error)
{
  /* No XML_PARSE_NOENT, DTDLOAD, DTDATTR, XINCLUDE or HUGE: entities stay unexpanded,
   * nothing external is read and libxml2's size and depth limits apply. */
  const int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES;
  StreamContext ctx = { 0, };
  PkcLoader self;
  PkcDataset *result = NULL;
  xmlGenericErrorFunc old_generic_error;
  void *old_generic_context;

  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (out_messages != NULL)
    *out_messages = g_ptr_array_new_with_free_func (g_free);

  xmlInitParser ();
  old_generic_error = xmlGenericError;
  old_generic_context = xmlGenericErrorContext;
  xmlSetGenericErrorFunc (NULL, on_xml_generic_error);

  ctx.stream = stream;
  ctx.cancellable = cancellable;
  ctx.prolog = g_string_new (NULL);

  loader_init (&self, display_name);
  self.reader = xmlReaderForIO (stream_read_cb, stream_close_cb, &ctx, NULL, NULL, options);
  if (self.reader == NULL)
    {
      if (ctx.error != NULL)
        g_propagate_error (error, g_steal_pointer (&ctx.error));
      else
        g_set_error (error, PKC_LOADER_ERROR, PKC_LOADER_ERROR_MALFORMED,
                     /* Translators: %s is a file name */
                     _("%s:1:1: the XML reader could not start"), display_name);
      goto out;
    }
  xmlTextReaderSetStructuredErrorHandler (self.reader, on_xml_error, &self);

  pkc_loader_read_document (&self);

  /* Read to the end so trailing garbage after the root is reported too. */
  while (loader_read (&self) == 1)
    ;

  if (ctx.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&ctx.error));
      goto out;
    }

  if (!self.stop)
    pkc_loader_check_references (&self);

  finish_problems (&self, &ctx);

  if (self.problems->len > 0)
    {
      const PkcProblem *first = &g_array_index (self.problems, PkcProblem, 0);
      g_autofree char *message = format_problem (&self, first);

      if (out_messages != NULL)
        {
          for (guint i = 0; i < self.problems->len; i++)
            g_ptr_array_add (*out_messages,
                             format_problem (&self, &g_array_index (self.problems, PkcProblem, i)));
        }
      g_set_error_literal (error, PKC_LOADER_ERROR, first->code, message);
      goto out;
    }

  pkc_dataset_finish (self.dataset);
  result = g_steal_pointer (&self.dataset);

out:
  loader_clear (&self);
  xmlSetGenericErrorFunc (old_generic_context, old_generic_error);
  g_string_free (ctx.prolog, TRUE);
  g_clear_error (&ctx.error);
  return result;
}

PkcDataset *
pkc_loader_load_bytes_all_errors (GBytes      *bytes,
                                  const char  *display_name,
                                  GPtrArray  **out_messages,
                                  GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  stream = g_memory_input_stream_new_from_bytes (bytes);
  return pkc_loader_load_stream (stream, display_name, NULL, out_messages, error);
}

PkcDataset *
pkc_loader_load_bytes (GBytes      *bytes,
                       const char  *display_name,
                       GError     **error)
{
  return pkc_loader_load_bytes_all_errors (bytes, display_name, NULL, error);
}

PkcDataset *
pkc_loader_load_file_all_errors (GFile         *file,
                                 GCancellable  *cancellable,
                                 GPtrArray    **out_messages,
                                 GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (out_messages != NULL)
    *out_messages = NULL;

  basename = g_file_get_basename (file);
  display_name = g_filename_display_name (basename != NULL ? basename : "");

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  return pkc_loader_load_stream (G_INPUT_STREAM (stream), display_name, cancellable,
                                 out_messages, error);
}

PkcDataset *
pkc_loader_load_file (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  return pkc_loader_load_file_all_errors (file, cancellable, NULL, error);
}
