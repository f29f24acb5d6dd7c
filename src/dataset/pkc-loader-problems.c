/* pkc-loader-problems.c — the problems a load finds: reported, libxml2's and the input
 * guard's turned into them, sorted and formatted
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>

#include "pkc-loader-private.h"

/* Past this many problems --check output stops being useful. */

void
pkc_loader_problem_clear (gpointer data)
{
  PkcProblem *problem = data;

  g_free (problem->message);
  g_free (problem->xml_message);
}

static void
add_problem (PkcLoader      *self,
             const PkcPos   *pos,
             PkcLoaderError  code,
             char           *message,
             gboolean        first)
{
  PkcProblem problem = { pos != NULL ? *pos : self->pos, code, message, NULL };

  if (first)
    g_array_prepend_val (self->problems, problem);
  else
    g_array_append_val (self->problems, problem);
}

void
pkc_loader_report (PkcLoader      *self,
                   const PkcPos   *pos,
                   PkcLoaderError  code,
                   const char     *format,
                   ...)
{
  va_list args;

  /* After a fatal error the parse is over: anything found now is a consequence of it
   * (a title cut short, a missing attribute), never a cause. */
  if (self->fatal)
    return;
  if (self->problems->len >= PKC_LOADER_MAX_PROBLEMS)
    {
      self->stop = TRUE;
      return;
    }

  va_start (args, format);
  add_problem (self, pos, code, g_strdup_vprintf (format, args), FALSE);
  va_end (args);
}

void
pkc_loader_report_fatal (PkcLoader      *self,
                         const PkcPos   *pos,
                         PkcLoaderError  code,
                         const char     *format,
                         ...)
{
  va_list args;

  self->stop = TRUE;
  if (self->fatal)
    return;
  self->fatal = TRUE;

  va_start (args, format);
  add_problem (self, pos, code, g_strdup_vprintf (format, args), TRUE);
  va_end (args);
}

/* The encoding the file is read in, for messages: declared, or found from its first bytes. */
static const char *
input_encoding (PkcLoader *self)
{
  const char *declared = self->reader != NULL
                         ? pkc_xml_events_encoding (self->reader) : NULL;

  if (declared != NULL)
    return declared;
  switch (self->guard != NULL ? self->guard->width : 1)
    {
    case 2:
      return "UTF-16";
    case 4:
      return "UCS-4";
    default:
      return "UTF-8";
    }
}

char *
pkc_loader_bad_text_message (PkcLoader *self)
{
  const char *encoding = input_encoding (self);

  if (g_ascii_strcasecmp (encoding, "UTF-8") == 0)
    return g_strdup (_("the file is not valid UTF-8 text or contains a forbidden character"));
  /* Translators: %s is an encoding name such as UTF-16 or ISO-8859-1 */
  return g_strdup_printf (_("the file is not valid %s text or contains a forbidden character"),
                          encoding);
}

/* What the input guard refused, as the parse's fatal problem (see pkc_loader_input_read()). Once
 * it refused, libxml2 sees the input end there, and what it says then (premature end,
 * extra content, even a problem a little before, in the bytes it had not parsed yet) is
 * less useful than why the input stopped. */
gboolean
pkc_loader_report_guard_refusal (PkcLoader *self)
{
  const PkcInputGuard *guard = self->guard;
  PkcPos pos;

  if (guard == NULL || guard->verdict == PKC_GUARD_OK)
    return FALSE;

  pos.line = guard->line;
  pos.column = guard->column;
  if (guard->verdict == PKC_GUARD_DOCTYPE)
    pkc_loader_report_fatal (self, &pos, PKC_LOADER_ERROR_FORBIDDEN,
                             _("a DOCTYPE is not allowed in a dataset file"));
  else if (guard->verdict == PKC_GUARD_TOO_MANY_ATTRIBUTES)
    pkc_loader_report_fatal (self, &pos, PKC_LOADER_ERROR_INVALID,
                             /* Translators: an element name, then a number */
                             _("<%s> has more than %u attributes"),
                             guard->element, PKC_LOADER_MAX_ATTRIBUTES);
  else
    pkc_loader_report_fatal (self, &pos, PKC_LOADER_ERROR_INVALID,
                             /* Translators: %u is a number of bytes */
                             _("more than %u bytes of text, comments or one tag from here to the "
                               "next element"), (guint) PKC_GUARD_MAX_RUN);
  return TRUE;
}

/* libxml2 reports here instead of stderr; any error ends the parse. */
void
pkc_loader_on_xml_error (void        *user_data,
                         xmlErrorPtr  error)
{
  PkcLoader *self = user_data;
  g_autofree char *message = NULL;
  PkcPos pos;

  if (error == NULL || error->level < XML_ERR_ERROR)
    return;

  pos.line = error->line > 0 ? (guint) error->line : 1;
  pos.column = error->int2 > 0 ? (guint) error->int2 : 1;

  /* The input ended early because the guard refused what came next. */
  if (pkc_loader_report_guard_refusal (self))
    return;

  if (error->code == XML_ERR_UNSUPPORTED_ENCODING)
    {
      pkc_loader_report_fatal (self, &pos, PKC_LOADER_ERROR_INVALID,
                               /* Translators: %s is the encoding name the file declares */
                               _("the file declares the encoding \"%s\", which cannot be read: "
                                 "use UTF-8, UTF-16 or another common encoding such as "
                                 "ISO-8859-1 or Windows-1252"),
                               error->str1 != NULL ? error->str1 : "?");
      return;
    }

  if (error->code == XML_ERR_INVALID_CHAR || error->code == XML_ERR_INVALID_ENCODING)
    message = pkc_loader_bad_text_message (self);
  else
    {
      /* libxml2 messages end with a newline and may hold one inside ("Bytes: …"). */
      message = g_strdup (error->message != NULL ? error->message : "?");
      g_strdelimit (message, "\r\n", ' ');
      g_strstrip (message);
    }

  {
    gboolean first = !self->fatal;

    /* Translators: %s is libxml2's own (English) description of the problem */
    pkc_loader_report_fatal (self, &pos, PKC_LOADER_ERROR_MALFORMED,
                             _("not well-formed XML: %s"), message);
    /* Kept apart for the window's dialog, which words the sentence around it. */
    if (first && error->code != XML_ERR_INVALID_CHAR && error->code != XML_ERR_INVALID_ENCODING)
      g_array_index (self->problems, PkcProblem, 0).xml_message = g_strdup (message);
  }
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

void
pkc_loader_finish_problems (PkcLoader *self,
                            gboolean   seen_non_space)
{
  /* The parse may also have ended cleanly right where the guard cut the input. */
  pkc_loader_report_guard_refusal (self);

  if (self->saw_doctype && (self->guard == NULL || self->guard->verdict != PKC_GUARD_DOCTYPE))
    {
      /* A DOCTYPE the guard could not see (an unusual encoding): whatever libxml2 said
       * about its entities is a consequence of it. */
      PkcPos start = { 1, 1 };

      g_array_set_size (self->problems, 0);
      self->fatal = FALSE;
      pkc_loader_report_fatal (self, &start, PKC_LOADER_ERROR_FORBIDDEN,
                               _("a DOCTYPE is not allowed in a dataset file"));
      return;
    }

  if (!seen_non_space)
    {
      PkcPos start = { 1, 1 };

      g_array_set_size (self->problems, 0);
      self->fatal = FALSE;
      pkc_loader_report_fatal (self, &start, PKC_LOADER_ERROR_MALFORMED,
                               _("the file is empty"));
      return;
    }

  /* The fatal problem stays first; the ones found before it are in file order. */
  if (self->fatal && self->problems->len > 1)
    qsort (&g_array_index (self->problems, PkcProblem, 1), self->problems->len - 1,
           sizeof (PkcProblem), compare_problems);
  else if (!self->fatal)
    g_array_sort (self->problems, compare_problems);
}

char *
pkc_loader_format_problem (PkcLoader        *self,
                           const PkcProblem *problem)
{
  return g_strdup_printf ("%s:%u:%u: %s", self->display_name,
                          problem->pos.line, problem->pos.column, problem->message);
}
