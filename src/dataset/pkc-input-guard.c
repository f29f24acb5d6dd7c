/* pkc-input-guard.c — a byte-level look at the XML before libxml2 parses it
 *
 * A small state machine over code units: text, "<" and what follows it (comment, CDATA,
 * processing instruction, declaration, end tag, start tag). In a start tag it counts the
 * "=" outside quoted values, which is the number of attributes.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "pkc-input-guard.h"

enum {
  S_TEXT,
  S_LT,        /* just after "<" */
  S_BANG,      /* after "<!": a comment, CDATA, DOCTYPE or another declaration */
  S_COMMENT,
  S_CDATA,
  S_PI,
  S_DECL,
  S_END_TAG,
  S_TAG_NAME,
  S_TAG,
};

void
pkc_input_guard_init (PkcInputGuard *guard,
                      guint          max_attributes)
{
  memset (guard, 0, sizeof *guard);
  guard->max_attributes = max_attributes;
  guard->cur_line = 1;
  guard->cur_column = 1;
  guard->run_line = 1;
  guard->run_column = 1;
  guard->state = S_TEXT;
}

/* The encoding from the first four bytes (XML 1.0, appendix F), and the byte order mark
 * to skip. Anything else is read byte by byte: UTF-8 and the ASCII-based encodings. */
static void
detect_width (PkcInputGuard *guard)
{
  const guint8 *h = guard->head;

  guard->width = 1;
  if ((h[0] == 0 && h[1] == 0 && h[2] == 0xFE && h[3] == 0xFF) ||
      (h[0] == 0 && h[1] == 0 && h[2] == 0 && h[3] == '<'))
    {
      guard->width = 4;
      guard->big_endian = TRUE;
      guard->skip = h[2] == 0xFE ? 4 : 0;
    }
  else if ((h[0] == 0xFF && h[1] == 0xFE && h[2] == 0 && h[3] == 0) ||
           (h[0] == '<' && h[1] == 0 && h[2] == 0 && h[3] == 0))
    {
      guard->width = 4;
      guard->skip = h[0] == 0xFF ? 4 : 0;
    }
  else if ((h[0] == 0xFE && h[1] == 0xFF) || (h[0] == 0 && h[1] == '<'))
    {
      guard->width = 2;
      guard->big_endian = TRUE;
      guard->skip = h[0] == 0xFE ? 2 : 0;
    }
  else if ((h[0] == 0xFF && h[1] == 0xFE) || (h[0] == '<' && h[1] == 0))
    {
      guard->width = 2;
      guard->skip = h[0] == 0xFF ? 2 : 0;
    }
  else if (h[0] == 0xEF && h[1] == 0xBB && h[2] == 0xBF)
    guard->skip = 3;
}

static void
add_to_name (PkcInputGuard *guard,
             gunichar       c)
{
  char utf8[6];
  int n;

  if (guard->width == 1)
    {
      utf8[0] = (char) c;
      n = 1;
    }
  else
    n = g_unichar_to_utf8 (g_unichar_validate (c) ? c : '?', utf8);

  if (guard->name_len + (guint) n < sizeof guard->element)
    {
      memcpy (guard->element + guard->name_len, utf8, (gsize) n);
      guard->name_len += (guint) n;
      guard->element[guard->name_len] = '\0';
    }
}

static void
refuse (PkcInputGuard   *guard,
        PkcGuardVerdict  verdict)
{
  guard->verdict = verdict;
  guard->line = guard->tag_line;
  guard->column = guard->tag_column;
}

/* After "<!": which of the three constructs these characters can still begin. */
static void
bang_unit (PkcInputGuard *guard,
           gunichar       c)
{
  static const char * const starts[] = { "--", "[CDATA[", "DOCTYPE" };
  gboolean prefix = FALSE;

  /* A NUL would shorten the string and keep it a prefix forever: mark it as a mismatch. */
  guard->decl[guard->matched++] = c > 0 && c < 0x80 ? (char) c : '\x7f';
  guard->decl[guard->matched] = '\0';

  if (strcmp (guard->decl, "--") == 0)
    guard->state = S_COMMENT;
  else if (strcmp (guard->decl, "[CDATA[") == 0)
    guard->state = S_CDATA;
  else if (strcmp (guard->decl, "DOCTYPE") == 0)
    refuse (guard, PKC_GUARD_DOCTYPE);
  else
    {
      for (guint i = 0; i < G_N_ELEMENTS (starts); i++)
        prefix |= g_str_has_prefix (starts[i], guard->decl);
      if (!prefix || guard->matched >= sizeof guard->decl - 1)
        guard->state = S_DECL;
      return;
    }
  guard->matched = 0;
}

/* Ends a comment ("-->"), CDATA section ("]]>") or processing instruction ("?>"). */
static void
closing_unit (PkcInputGuard *guard,
              gunichar       c,
              gunichar       repeated,
              guint          needed)
{
  if (c == '>' && guard->matched >= needed)
    guard->state = S_TEXT;
  guard->matched = c == repeated ? guard->matched + 1 : 0;
}

static void
tag_unit (PkcInputGuard *guard,
          gunichar       c)
{
  if (guard->quote != 0)
    {
      if (c == guard->quote)
        guard->quote = 0;
    }
  else if (c == '"' || c == '\'')
    guard->quote = c;
  else if (c == '>')
    guard->state = S_TEXT;
  else if (c == '=' && ++guard->n_attributes > guard->max_attributes)
    refuse (guard, PKC_GUARD_TOO_MANY_ATTRIBUTES);
}

/* A start or end tag begins a new run (see PKC_GUARD_MAX_RUN). */
static void
start_run (PkcInputGuard *guard)
{
  guard->run = 0;
  guard->run_line = guard->tag_line;
  guard->run_column = guard->tag_column;
}

static void
lt_unit (PkcInputGuard *guard,
         gunichar       c)
{
  guard->matched = 0;
  if (c != '!' && c != '?')
    start_run (guard);
  if (c == '!')
    guard->state = S_BANG;
  else if (c == '?')
    guard->state = S_PI;
  else if (c == '/')
    guard->state = S_END_TAG;
  else
    {
      guard->state = S_TAG_NAME;
      guard->name_len = 0;
      guard->element[0] = '\0';
      guard->n_attributes = 0;
      guard->quote = 0;
      add_to_name (guard, c);
    }
}

static void
process_unit (PkcInputGuard *guard,
              gunichar       c,
              gssize         offset)
{
  switch (guard->state)
    {
    case S_TEXT:
      if (c == '<')
        {
          guard->state = S_LT;
          guard->tag_line = guard->cur_line;
          guard->tag_column = guard->cur_column;
          guard->tag_in_chunk = offset >= 0;
          guard->tag_offset = offset >= 0 ? (gsize) offset : 0;
        }
      break;
    case S_LT:
      lt_unit (guard, c);
      break;
    case S_BANG:
      bang_unit (guard, c);
      break;
    case S_COMMENT:
      closing_unit (guard, c, '-', 2);
      break;
    case S_CDATA:
      closing_unit (guard, c, ']', 2);
      break;
    case S_PI:
      closing_unit (guard, c, '?', 1);
      break;
    case S_DECL:
    case S_END_TAG:
      if (c == '>')
        guard->state = S_TEXT;
      break;
    case S_TAG_NAME:
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '/' || c == '>')
        {
          guard->state = S_TAG;
          tag_unit (guard, c);
        }
      else
        add_to_name (guard, c);
      break;
    case S_TAG:
      tag_unit (guard, c);
      break;
    default:
      g_assert_not_reached ();
    }

  if (c == '\n')
    {
      guard->cur_line++;
      guard->cur_column = 1;
    }
  else if (guard->width != 1 || (c & 0xC0) != 0x80)
    guard->cur_column++;
}

/* Counts @n more bytes of the current run; refuses it when it grows too long. The input
 * is then cut at the start of the chunk being fed. */
static void
count_run (PkcInputGuard *guard,
           gsize          n)
{
  guard->run += n;
  if (guard->run > PKC_GUARD_MAX_RUN && guard->verdict == PKC_GUARD_OK)
    {
      guard->verdict = PKC_GUARD_TOO_LONG;
      guard->line = guard->run_line;
      guard->column = guard->run_column;
      guard->tag_in_chunk = FALSE;
    }
}

/* One byte; @offset is its place in the chunk being fed (negative: an earlier chunk). */
static void
feed_byte (PkcInputGuard *guard,
           guint8         byte,
           gssize         offset)
{
  gunichar c = 0;

  count_run (guard, 1);

  if (guard->skip > 0)
    {
      guard->skip--;
      return;
    }

  guard->unit[guard->n_unit++] = byte;
  if (guard->n_unit < guard->width)
    return;

  for (guint i = 0; i < guard->width; i++)
    {
      guint k = guard->big_endian ? i : guard->width - 1 - i;
      c = (c << 8) | guard->unit[k];
    }
  guard->n_unit = 0;
  process_unit (guard, c, offset - (gssize) (guard->width - 1));
}

/* UTF-8 characters in @len bytes: the bytes that are not continuation bytes (10xxxxxx),
 * eight at a time, as this runs over nearly every byte of a file. */
static guint
count_characters (const guint8 *p,
                  gsize         len)
{
  const guint64 high = G_GUINT64_CONSTANT (0x8080808080808080);
  guint continuations = 0;
  gsize k = 0;

  for (; k + 8 <= len; k += 8)
    {
      guint64 w;

      memcpy (&w, p + k, 8);
      /* Nearly all words are ASCII: no popcount (a library call without -mpopcnt). */
      if ((w & high) != 0)
        continuations += (guint) __builtin_popcountll (w & ~(w << 1) & high);
    }
  for (; k < len; k++)
    continuations += (p[k] & 0xC0) == 0x80;
  return (guint) (len - continuations);
}

/* Lines and columns over @len bytes of UTF-8 (or another byte-wide encoding). */
static void
advance_position (PkcInputGuard *guard,
                  const guint8  *bytes,
                  gsize          len)
{
  const guint8 *end = bytes + len;
  const guint8 *p = bytes;
  const guint8 *newline;

  while ((newline = memchr (p, '\n', (gsize) (end - p))) != NULL)
    {
      guard->cur_line++;
      guard->cur_column = 1;
      p = newline + 1;
    }
  guard->cur_column += count_characters (p, (gsize) (end - p));
}

/* From @i in text: up to and including the next '<', or to the chunk's end. */
static gsize
skip_text (PkcInputGuard *guard,
           const guint8  *bytes,
           gsize          i,
           gsize          len)
{
  const guint8 *lt = memchr (bytes + i, '<', len - i);
  gsize end = lt != NULL ? (gsize) (lt - bytes) : len;

  advance_position (guard, bytes + i, end - i);
  count_run (guard, end - i);
  if (lt == NULL || guard->verdict != PKC_GUARD_OK)
    return len;
  feed_byte (guard, '<', (gssize) end);
  return end + 1;
}

/* The bytes the fast paths below stop at: the rest of a tag name or a tag's unquoted part
 * is only counted. */
static const guint8 name_stop[256] = {
  [' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\n'] = 1, ['/'] = 1, ['>'] = 1,
};
static const guint8 tag_stop[256] = { ['"'] = 1, ['\''] = 1, ['>'] = 1, ['='] = 1 };

/* From @i inside a start tag's name: the same as add_to_name() byte by byte, the byte that
 * ends the name handed to feed_byte(). */
static gsize
scan_tag_name (PkcInputGuard *guard,
               const guint8  *bytes,
               gsize          i,
               gsize          len)
{
  gsize start = i;
  gsize room = sizeof guard->element - 1 - guard->name_len;

  while (i < len && !name_stop[bytes[i]])
    i++;
  if (room > 0)
    {
      gsize n = MIN (i - start, room);

      memcpy (guard->element + guard->name_len, bytes + start, n);
      guard->name_len += (guint) n;
      guard->element[guard->name_len] = '\0';
    }
  advance_position (guard, bytes + start, i - start);
  count_run (guard, i - start);
  if (i < len && guard->verdict == PKC_GUARD_OK)
    {
      feed_byte (guard, bytes[i], (gssize) i);
      i++;
    }
  return i;
}

/* From @i inside a start tag: the same rules as tag_unit(), in a tight loop; a quoted
 * value (most of a tag) is skipped with memchr(), the rest up to the next byte that
 * matters with a table. */
static gsize
scan_tag (PkcInputGuard *guard,
          const guint8  *bytes,
          gsize          i,
          gsize          len)
{
  gsize start = i;

  while (i < len)
    {
      guint8 c;

      if (guard->quote != 0)
        {
          const guint8 *end = memchr (bytes + i, (int) guard->quote, len - i);

          if (end == NULL)
            {
              i = len;
              break;
            }
          guard->quote = 0;
          i = (gsize) (end - bytes) + 1;
          continue;
        }
      while (i < len && !tag_stop[bytes[i]])
        i++;
      if (i == len)
        break;
      c = bytes[i];
      if (c == '"' || c == '\'')
        guard->quote = c;
      else if (c == '>')
        {
          guard->state = S_TEXT;
          i++;
          break;
        }
      else if (++guard->n_attributes > guard->max_attributes)   /* '=' */
        {
          refuse (guard, PKC_GUARD_TOO_MANY_ATTRIBUTES);
          break;
        }
      i++;
    }
  advance_position (guard, bytes + start, i - start);
  count_run (guard, i - start);
  return i;
}

gsize
pkc_input_guard_feed (PkcInputGuard *guard,
                      const guint8  *bytes,
                      gsize          len)
{
  gsize i = 0;

  if (guard->verdict != PKC_GUARD_OK)
    return 0;

  if (guard->width == 0)
    {
      gsize before = guard->n_head;

      while (guard->n_head < 4 && i < len)
        guard->head[guard->n_head++] = bytes[i++];
      if (guard->n_head < 4)
        return len;
      detect_width (guard);
      for (guint k = 0; k < 4 && guard->verdict == PKC_GUARD_OK; k++)
        feed_byte (guard, guard->head[k], (gssize) k - (gssize) before);
    }

  while (i < len && guard->verdict == PKC_GUARD_OK)
    {
      /* Text and the inside of start tags are nearly all of a file: in byte-wide
       * encodings they take a fast path; everything else goes unit by unit. */
      if (guard->width == 1 && guard->skip == 0 && guard->state == S_TEXT)
        i = skip_text (guard, bytes, i, len);
      else if (guard->width == 1 && guard->skip == 0 && guard->state == S_TAG)
        i = scan_tag (guard, bytes, i, len);
      else if (guard->width == 1 && guard->skip == 0 && guard->state == S_TAG_NAME)
        i = scan_tag_name (guard, bytes, i, len);
      else
        {
          feed_byte (guard, bytes[i], (gssize) i);
          i++;
        }
    }

  if (guard->verdict == PKC_GUARD_OK)
    return len;
  return guard->tag_in_chunk ? guard->tag_offset : 0;
}
