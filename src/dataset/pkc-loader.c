/* pkc-loader.c — the reader plumbing: streaming input, errors, element walking
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-loader-private.h"
#include "pkc-dataset-private.h"

#define XINCLUDE_NS_2001 "http://www.w3.org/2001/XInclude"
#define XINCLUDE_NS_2003 "http://www.w3.org/2003/XInclude"

G_DEFINE_QUARK (pkc-loader-error-quark, pkc_loader_error)

/* The errors libxml2 does not route to pkc_loader_on_xml_error (encoding conversion, I/O) would go to
 * stderr; pkc_loader_read() reports the failure they cause. */
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
  gsize len;
  const char *value = pkc_xml_events_value (self->reader, &len);
  gsize tail = len;
  guint n_chars = 0;

  /* Back from the end to the last newline (mostly a few spaces of indentation), counting
   * characters: UTF-8 bytes that do not continue one. */
  while (tail > 0 && value[tail - 1] != '\n')
    n_chars += ((guchar) value[--tail] & 0xC0) != 0x80;
  if (tail == 0)
    {
      self->prev_text_has_newline = FALSE;
      return;
    }

  self->prev_text_has_newline = TRUE;
  self->prev_text_line = pkc_xml_events_line (self->reader);
  self->prev_text_tail = n_chars;
}

static void
locate_element (PkcLoader *self)
{
  if (self->prev_text_has_newline)
    {
      self->pos.line = self->prev_text_line;
      self->pos.column = self->prev_text_tail + 1;
    }
  else
    {
      self->pos.line = pkc_xml_events_line (self->reader);
      self->pos.column = 1;
    }
  self->prev_text_has_newline = FALSE;
}

/* One pkc_xml_events_read() with the checks every node needs. */
int
pkc_loader_read (PkcLoader *self)
{
  int ret;

  if (self->stop)
    return -1;
  if (self->at_end)
    return 0;

  ret = pkc_xml_events_read (self->reader);
  if (ret == 0)
    {
      self->at_end = TRUE;
      return 0;
    }
  if (ret < 0 || self->stop)
    {
      /* libxml2 fails on some input errors (a broken UTF-16 or UCS-4 sequence) without
       * calling pkc_loader_on_xml_error: the file must not then pass as a shorter valid one. */
      PkcPos pos = { pkc_xml_events_parser_line (self->reader),
                     pkc_xml_events_parser_column (self->reader) };

      if (ret < 0 && !self->stop && !pkc_loader_report_guard_refusal (self))
        {
          g_autofree char *message = pkc_loader_bad_text_message (self);

          pkc_loader_report_fatal (self, &pos, PKC_LOADER_ERROR_MALFORMED,
                                   _("not well-formed XML: %s"), message);
        }
      self->stop = TRUE;
      return -1;
    }

  switch (pkc_xml_events_type (self->reader))
    {
    case PKC_XML_ELEMENT:
      locate_element (self);
      break;

    case PKC_XML_TEXT:
    case PKC_XML_CDATA:
      remember_text (self);
      break;

    case PKC_XML_DOCTYPE:
      /* The guard refuses a DOCTYPE before libxml2 sees it; this is the fallback. */
      self->saw_doctype = TRUE;
      self->stop = TRUE;
      return -1;

    default:
      self->prev_text_has_newline = FALSE;
      break;
    }

  return 1;
}

const char *
pkc_loader_element_name (PkcLoader *self)
{
  return pkc_xml_events_name (self->reader);
}

guint
pkc_loader_section_limit (const char *section)
{
  /* Casualties: the UN's own file has 4,429 deaths since 1948; a million leaves room for
   * any study while --check stays within seconds. The others are curated by hand. */
  static const struct { const char *section; guint limit; } limits[] = {
    { "casualties", PKC_DATASET_MAX_CASUALTIES },
    { "sources",    10000 },
    { "strength",   10000 },
    { "ceilings",   1000 },
    { "bases",      1000 },
    { "events",     1000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (limits); i++)
    {
      if (strcmp (limits[i].section, section) == 0)
        return limits[i].limit;
    }
  return 1000;
}

/* Counts the elements started inside each open element. Sections bound their records
 * themselves (pkc_loader_read_list()); inside a record a few hundred elements is plenty
 * (names, contingents, alternatives), and more would only cost time and memory. */
static gboolean
count_child (PkcLoader *self,
             int        parent_depth)
{
  guint depth = (guint) (parent_depth + 1);

  if (depth >= PKC_LOADER_MAX_TRACKED_DEPTH)
    return TRUE;
  if (depth + 1 < PKC_LOADER_MAX_TRACKED_DEPTH)
    {
      self->n_children[depth + 1] = 0;
      self->parents[depth] = pkc_loader_element_name (self);
    }
  if (depth >= 3 && ++self->n_children[depth] > PKC_LOADER_MAX_ITEM_CHILDREN)
    {
      /* At most 63 bytes of the name, as the message has always shown. */
      g_autofree char *parent = g_strndup (self->parents[depth - 1] != NULL
                                           ? self->parents[depth - 1] : "", 63);

      pkc_loader_report_fatal (self, NULL, PKC_LOADER_ERROR_INVALID,
                               /* Translators: an element name, then a number */
                               _("<%s> holds more than %u elements"),
                               parent, PKC_LOADER_MAX_ITEM_CHILDREN);
      return FALSE;
    }
  return TRUE;
}

gboolean
pkc_loader_next_child (PkcLoader *self,
                       int        parent_depth)
{
  while (pkc_loader_read (self) == 1)
    {
      switch (pkc_xml_events_type (self->reader))
        {
        case PKC_XML_ELEMENT:
          return count_child (self, parent_depth);

        case PKC_XML_END_ELEMENT:
          if (pkc_xml_events_depth (self->reader) <= parent_depth)
            return FALSE;
          break;

        case PKC_XML_TEXT:
        case PKC_XML_CDATA:
          {
            const char *value = pkc_xml_events_value (self->reader, NULL);

            if (!is_blank (value))
              {
                g_autofree char *excerpt = g_utf8_substring (value, 0,
                                                             MIN (g_utf8_strlen (value, -1), 30));
                PkcPos pos = { pkc_xml_events_line (self->reader), 1 };

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

  if (pkc_xml_events_is_empty (self->reader))
    return;

  depth = pkc_xml_events_depth (self->reader);
  while (pkc_loader_read (self) == 1)
    {
      if (pkc_xml_events_type (self->reader) == PKC_XML_END_ELEMENT &&
          pkc_xml_events_depth (self->reader) == depth)
        return;
    }
}

void
pkc_loader_unknown_element (PkcLoader  *self,
                            const char *parent)
{
  const char *ns = (const char *) pkc_xml_events_namespace (self->reader);
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

static void
loader_init (PkcLoader  *self,
             const char *display_name)
{
  memset (self, 0, sizeof *self);
  self->display_name = display_name;
  self->dataset = pkc_dataset_new ();
  pkc_dataset_set_display_name (self->dataset, display_name);
  self->problems = g_array_new (FALSE, FALSE, sizeof (PkcProblem));
  g_array_set_clear_func (self->problems, pkc_loader_problem_clear);
  self->pending_refs = g_array_new (FALSE, FALSE, sizeof (PkcPendingRef));
  self->valid_refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->source_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->casualty_ids = pkc_id_set_new ();
  self->base_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->base_orders = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->keys = g_string_chunk_new (64 * 1024);
  self->resolutions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
loader_clear (PkcLoader *self)
{
  g_clear_pointer (&self->reader, pkc_xml_events_free);
  g_clear_object (&self->dataset);
  g_clear_pointer (&self->problems, g_array_unref);
  g_clear_pointer (&self->pending_refs, g_array_unref);
  g_clear_pointer (&self->valid_refs, g_hash_table_unref);
  g_clear_pointer (&self->source_ids, g_hash_table_unref);
  g_clear_pointer (&self->casualty_ids, pkc_id_set_free);
  g_clear_pointer (&self->base_ids, g_hash_table_unref);
  g_clear_pointer (&self->base_orders, g_hash_table_unref);
  g_clear_pointer (&self->resolutions, g_hash_table_unref);
  g_clear_pointer (&self->keys, g_string_chunk_free);
  for (guint i = 0; i < PKC_LOADER_MAX_TRACKED_DEPTH; i++)
    if (self->attrs[i].values != NULL)
      g_string_free (g_steal_pointer (&self->attrs[i].values), TRUE);
}

void
pkc_load_problem_free (PkcLoadProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->message);
  g_free (problem->xml_message);
  g_free (problem);
}

static GPtrArray *
public_problems (PkcLoader *self)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) pkc_load_problem_free);

  for (guint i = 0; i < self->problems->len; i++)
    {
      const PkcProblem *problem = &g_array_index (self->problems, PkcProblem, i);
      PkcLoadProblem *copy = g_new0 (PkcLoadProblem, 1);

      copy->line = problem->pos.line;
      copy->column = problem->pos.column;
      copy->code = problem->code;
      copy->message = g_strdup (problem->message);
      copy->xml_message = g_strdup (problem->xml_message);
      g_ptr_array_add (out, copy);
    }
  return out;
}

static PkcDataset *
load_stream_full (GInputStream  *stream,
                  const char    *display_name,
                  GCancellable  *cancellable,
                  GPtrArray    **out_messages,
                  GPtrArray    **out_problems,
                  GError       **error)
{
  /* No XML_PARSE_NOENT, DTDLOAD, DTDATTR, XINCLUDE or HUGE: entities stay unexpanded,
   * nothing external is read and libxml2's size and depth limits apply. */
  const int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES;
  PkcLoaderInput *input;
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

  input = pkc_loader_input_new (stream, cancellable);

  loader_init (&self, display_name);
  self.guard = pkc_loader_input_guard (input);
  self.reader = pkc_xml_events_new (pkc_loader_input_read, input, options,
                                    pkc_loader_on_xml_error, &self);
  if (self.reader != NULL)
    pkc_xml_events_set_start_hook (self.reader, pkc_loader_prefetch_casualty, &self);
  if (self.reader == NULL && self.guard->verdict == PKC_GUARD_OK)
    {
      if (pkc_loader_input_failed (input))
        g_propagate_error (error, pkc_loader_input_take_error (input));
      else
        g_set_error (error, PKC_LOADER_ERROR, PKC_LOADER_ERROR_MALFORMED,
                     /* Translators: %s is a file name */
                     _("%s:1:1: the XML reader could not start"), display_name);
      goto out;
    }
  if (self.reader != NULL)
    {
      pkc_loader_read_document (&self);

      /* Read to the end so trailing garbage after the root is reported too. */
      while (pkc_loader_read (&self) == 1)
        ;
    }

  if (pkc_loader_input_failed (input))
    {
      g_propagate_error (error, pkc_loader_input_take_error (input));
      goto out;
    }

  if (!self.stop)
    pkc_loader_check_references (&self);

  pkc_loader_finish_problems (&self, pkc_loader_input_seen_non_space (input));

  if (self.problems->len > 0)
    {
      const PkcProblem *first = &g_array_index (self.problems, PkcProblem, 0);
      g_autofree char *message = pkc_loader_format_problem (&self, first);

      if (out_messages != NULL)
        {
          for (guint i = 0; i < self.problems->len; i++)
            g_ptr_array_add (*out_messages,
                             pkc_loader_format_problem (&self, &g_array_index (self.problems, PkcProblem, i)));
        }
      if (out_problems != NULL)
        *out_problems = public_problems (&self);
      g_set_error_literal (error, PKC_LOADER_ERROR, first->code, message);
      goto out;
    }

  /* Not needed past the parse: gone before the casualties are sorted. */
  g_clear_pointer (&self.casualty_ids, pkc_id_set_free);
  pkc_dataset_finish (self.dataset);
  result = g_steal_pointer (&self.dataset);

out:
  loader_clear (&self);
  pkc_loader_input_free (input);
  xmlSetGenericErrorFunc (old_generic_context, old_generic_error);
  return result;
}

PkcDataset *
_pkc_loader_load_stream (GInputStream  *stream,
                         const char    *display_name,
                         GCancellable  *cancellable,
                         GPtrArray    **out_messages,
                         GError       **error)
{
  return load_stream_full (stream, display_name, cancellable, out_messages, NULL, error);
}

PkcDataset *
pkc_loader_load_stream_problems (GInputStream  *stream,
                                 const char    *display_name,
                                 GCancellable  *cancellable,
                                 GPtrArray    **out_problems,
                                 GError       **error)
{
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream) && display_name != NULL, NULL);
  g_return_val_if_fail (out_problems != NULL, NULL);
  *out_problems = NULL;
  return load_stream_full (stream, display_name, cancellable, NULL, out_problems, error);
}

PkcDataset *
pkc_loader_load_file_problems (GFile         *file,
                               GCancellable  *cancellable,
                               GPtrArray    **out_problems,
                               GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (G_IS_FILE (file) && out_problems != NULL, NULL);

  *out_problems = NULL;
  basename = g_file_get_basename (file);
  display_name = g_filename_display_name (basename != NULL ? basename : "");
  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  return pkc_loader_load_stream_problems (G_INPUT_STREAM (stream), display_name, cancellable,
                                          out_problems, error);
}

PkcDataset *
_pkc_loader_load_bytes_all_errors (GBytes      *bytes,
                                   const char  *display_name,
                                   GPtrArray  **out_messages,
                                   GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);

  stream = g_memory_input_stream_new_from_bytes (bytes);
  return _pkc_loader_load_stream (stream, display_name, NULL, out_messages, error);
}

PkcDataset *
pkc_loader_load_bytes (GBytes      *bytes,
                       const char  *display_name,
                       GError     **error)
{
  return _pkc_loader_load_bytes_all_errors (bytes, display_name, NULL, error);
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

  return _pkc_loader_load_stream (G_INPUT_STREAM (stream), display_name, cancellable,
                                  out_messages, error);
}

PkcDataset *
pkc_loader_load_file (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  return pkc_loader_load_file_all_errors (file, cancellable, NULL, error);
}
