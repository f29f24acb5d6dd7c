/* pkc-loader-values.c — checks for attribute values: counts, dates, coordinates, ids, tokens
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-loader-private.h"

#define MAX_COUNT 1000000
#define MAX_ID_LENGTH 64

const char *
pkc_loader_required (PkcLoader  *self,
                     const PkcAttrs *attrs,
                     const char *element,
                     const char *name)
{
  const char *value = pkc_attrs_get (attrs, name);

  if (value == NULL)
    pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                       /* Translators: an element name, then an attribute name */
                       _("<%s> is missing the required attribute \"%s\""), element, name);
  return value;
}

/* Plain ASCII digits only: no sign, no spaces, no grouping. Saturates instead of
 * overflowing so that "99999999999999999999" is reported as too large. */
static gboolean
parse_digits (const char *text,
              guint64    *out)
{
  guint64 value = 0;

  if (text == NULL || *text == '\0')
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p < '0' || *p > '9')
        return FALSE;
      value = value > G_MAXUINT32 ? value : value * 10 + (guint64) (*p - '0');
    }
  *out = value;
  return TRUE;
}

gboolean
pkc_loader_count (PkcLoader  *self,
                  const PkcAttrs *attrs,
                  const char *name,
                  int        *out)
{
  const char *value = pkc_attrs_get (attrs, name);
  guint64 number;

  *out = PKC_COUNT_NONE;
  if (value == NULL)
    return TRUE;

  if (!parse_digits (value, &number))
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: the value found, then the attribute name */
                         _("count must be a whole number ≥ 0, got \"%s\" in attribute \"%s\""),
                         value, name);
      return FALSE;
    }
  if (number > MAX_COUNT)
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: the limit, the value found, then the attribute name */
                         _("count must be at most %u, got \"%s\" in attribute \"%s\""),
                         (guint) MAX_COUNT, value, name);
      return FALSE;
    }
  *out = (int) number;
  return TRUE;
}

gboolean
pkc_loader_whole (PkcLoader  *self,
                  const char *value,
                  const char *name,
                  guint       min,
                  guint       max,
                  guint      *out)
{
  guint64 number;

  if (!parse_digits (value, &number) || number < min || number > max)
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: attribute name, lowest and highest value, value found */
                         _("%s must be a whole number from %u to %u, got \"%s\""),
                         name, min, max, value);
      return FALSE;
    }
  *out = (guint) number;
  return TRUE;
}

gboolean
pkc_loader_date (PkcLoader  *self,
                 const char *value,
                 const char *name,
                 PkcDate    *out)
{
  g_autofree char *problem = NULL;

  if (!pkc_date_parse (value, out, &problem))
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: the date problem, then the attribute name */
                         _("%s in attribute \"%s\""), problem, name);
      return FALSE;
    }
  return TRUE;
}

/* -?DIGITS(.DIGITS)?, the only form the format allows. */
static gboolean
is_decimal (const char *text)
{
  const char *p = text;

  if (*p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }
  return *p == '\0' && p - text < 32;
}

gboolean
pkc_loader_coordinate (PkcLoader  *self,
                       const char *value,
                       const char *name,
                       double      limit,
                       double     *out)
{
  double number;

  if (!is_decimal (value))
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: attribute name (lat/lon), then the value found */
                         _("%s must be decimal degrees such as 12.345, got \"%s\""), name, value);
      return FALSE;
    }

  number = g_ascii_strtod (value, NULL);
  if (number < -limit || number > limit)
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: attribute name, the limit twice, the value found */
                         _("%s must be between -%g and %g, got \"%s\""),
                         name, limit, limit, value);
      return FALSE;
    }
  *out = number;
  return TRUE;
}

static gboolean
is_id (const char *text)
{
  gsize len = strlen (text);

  if (len == 0 || len > MAX_ID_LENGTH)
    return FALSE;
  if (!g_ascii_islower (text[0]) && !g_ascii_isdigit (text[0]))
    return FALSE;
  for (gsize i = 1; i < len; i++)
    {
      char c = text[i];

      if (!g_ascii_islower (c) && !g_ascii_isdigit (c) && c != '.' && c != '_' && c != '-')
        return FALSE;
    }
  return TRUE;
}

gboolean
pkc_loader_id (PkcLoader  *self,
               const char *value,
               const char *name)
{
  if (!is_id (value))
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: attribute name, then the value found */
                         _("%s must be 1 to 64 characters from a-z, 0-9, \".\", \"_\" and \"-\", "
                           "starting with a letter or digit, got \"%s\""), name, value);
      return FALSE;
    }
  return TRUE;
}

static void
report_used_twice (PkcLoader  *self,
                   const char *key,
                   const char *what,
                   guint       first_line)
{
  pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                     /* Translators: what (e.g. "source id"), the value, a line number */
                     _("%s \"%s\" is used twice (first on line %u)"), what, key, first_line);
}

gboolean
pkc_loader_unique_id (PkcLoader  *self,
                      PkcIdSet   *seen,
                      const char *key,
                      const char *what)
{
  guint first_line = 0;

  if (pkc_id_set_add (seen, key, self->pos.line, &first_line))
    return TRUE;
  report_used_twice (self, key, what, first_line);
  return FALSE;
}

gboolean
pkc_loader_unique_string (PkcLoader  *self,
                          GHashTable *seen,
                          const char *key,
                          const char *what)
{
  gpointer first_line;

  if (g_hash_table_lookup_extended (seen, key, NULL, &first_line))
    {
      report_used_twice (self, key, what, GPOINTER_TO_UINT (first_line));
      return FALSE;
    }
  /* Keys live in one chunk: no allocation each. */
  g_hash_table_insert (seen, g_string_chunk_insert (self->keys, key),
                       GUINT_TO_POINTER (self->pos.line));
  return TRUE;
}

gboolean
pkc_loader_unique_number (PkcLoader  *self,
                          GHashTable *seen,
                          guint       key,
                          const char *what)
{
  gpointer first_line;

  if (g_hash_table_lookup_extended (seen, GUINT_TO_POINTER (key), NULL, &first_line))
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: what (e.g. "closure order"), the number, a line number */
                         _("%s %u is used twice (first on line %u)"),
                         what, key, GPOINTER_TO_UINT (first_line));
      return FALSE;
    }
  g_hash_table_insert (seen, GUINT_TO_POINTER (key), GUINT_TO_POINTER (self->pos.line));
  return TRUE;
}

gboolean
pkc_loader_token (PkcLoader          *self,
                  const char         *value,
                  const char         *name,
                  const char * const *tokens)
{
  g_autofree char *list = NULL;

  if (g_strv_contains (tokens, value))
    return TRUE;

  list = g_strjoinv (", ", (char **) tokens);
  pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                     /* Translators: attribute name, the allowed values, the value found */
                     _("%s must be one of %s; got \"%s\""), name, list, value);
  return FALSE;
}

/* Every id well formed, and at least one; problems are reported as they are found. */
static gboolean
source_refs_valid (PkcLoader  *self,
                   const char *value,
                   const char *name)
{
  g_auto(GStrv) ids = g_strsplit (value, " ", -1);
  gboolean any = FALSE;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (ids[i][0] == '\0')
        continue;
      any = TRUE;
      if (!pkc_loader_id (self, ids[i], name))
        return FALSE;
    }

  if (!any)
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: %s is an attribute name */
                         _("%s must name at least one source id"), name);
      return FALSE;
    }
  return TRUE;
}

/* Ids are checked now, once per distinct string (a million casualties cite a handful);
 * whether they are declared is checked once the file is read. */
void
pkc_loader_source_refs (PkcLoader  *self,
                        const char *value,
                        const char *name)
{
  /* Consecutive records mostly cite the same string: the last one is tried first. */
  if (self->last_ref == NULL || strcmp (value, self->last_ref) != 0)
    {
      gpointer key = NULL, uses = NULL;

      if (!g_hash_table_lookup_extended (self->valid_refs, value, &key, &uses))
        {
          if (!source_refs_valid (self, value, name))
            return;
          key = g_strdup (value);
          uses = g_new0 (guint, 1);
          g_hash_table_insert (self->valid_refs, key, uses);
        }
      self->last_ref = key;
      self->last_ref_uses = uses;
    }

  /* Where a string is cited matters only to report its undeclared ids, and no more than
   * PKC_LOADER_MAX_PROBLEMS reports are kept: its first uses are enough (not one record per
   * casualty of a million). */
  if ((*self->last_ref_uses)++ < PKC_LOADER_MAX_PROBLEMS)
    {
      PkcPendingRef ref = { self->pos, self->last_ref };

      g_array_append_val (self->pending_refs, ref);
    }
}

gboolean
pkc_loader_nonempty (PkcLoader  *self,
                     const char *value,
                     const char *name)
{
  for (const char *p = value; *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        return TRUE;
    }
  pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                     /* Translators: %s is an attribute or element name */
                     _("%s must not be empty"), name);
  return FALSE;
}
