/* pkc-text-escape.c — text quoted for the formats the program writes: CSV fields, XML text
 * and attribute values, cairo link tags
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "pkc-common.h"

void
pkc_csv_append_field (GString    *out,
                      const char *field)
{
  if (field == NULL)
    return;

  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* U+FFFE and U+FFFF are valid UTF-8 but not XML 1.0 characters. */
static gboolean
is_noncharacter (const char *p)
{
  return (guchar) p[0] == 0xEF && (guchar) p[1] == 0xBF &&
         ((guchar) p[2] == 0xBE || (guchar) p[2] == 0xBF);
}

gboolean
pkc_xml_append_escaped (GString    *out,
                        const char *text)
{
  gboolean all_kept = TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '&': g_string_append (out, "&amp;"); break;
        case '<': g_string_append (out, "&lt;"); break;
        case '>': g_string_append (out, "&gt;"); break;
        case '"': g_string_append (out, "&quot;"); break;
        case '\t': g_string_append (out, "&#9;"); break;
        case '\n': g_string_append (out, "&#10;"); break;
        case '\r': g_string_append (out, "&#13;"); break;
        default:
          if ((guchar) *p < 0x20)
            all_kept = FALSE;
          else if (is_noncharacter (p))
            {
              all_kept = FALSE;
              p += 2;
            }
          else
            g_string_append_c (out, *p);
          break;
        }
    }
  return all_kept;
}

char *
pkc_link_tag_attributes (const char *uri)
{
  GString *out = g_string_new ("uri='");

  for (const char *p = uri; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '\'');
  return g_string_free (out, FALSE);
}
