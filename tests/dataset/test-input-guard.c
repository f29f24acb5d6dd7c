/* test-input-guard.c — the byte-level guard gives the same verdict, position and element
 * name however the file is cut into chunks (its fast paths and its unit-by-unit path agree)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "pkc-input-guard.h"

typedef struct {
  const char      *xml;
  PkcGuardVerdict  verdict;
  guint            line;
  guint            column;
  const char      *element;
  gsize            passed;    /* bytes handed to the parser when fed whole */
} GuardCase;

static const GuardCase cases[] = {
  { "<a x='1' y=\"2\"/>\n<b>text</b>\n", PKC_GUARD_OK, 0, 0, "", 29 },
  { "<?xml version='1.0'?>\n<!DOCTYPE a [<!ENTITY e 'x'>]>\n<a/>", PKC_GUARD_DOCTYPE, 2, 1,
    "", 22 },
  { "<a>\n  <!-- <!DOCTYPE in a comment --><![CDATA[<!DOCTYPE]]>\n"
    "  <é-name u='=' v=\"'='\" w='3' x='4'/></a>", PKC_GUARD_TOO_MANY_ATTRIBUTES, 3, 3,
    "é-name", 61 },
  { "<root>\n<averyveryveryveryveryveryveryveryveryveryveryveryverylongelementname-over-64 "
    "a='1' b='2' c='3' d='4'/>", PKC_GUARD_TOO_MANY_ATTRIBUTES, 2, 1,
    /* the name kept to 63 bytes */
    "averyveryveryveryveryveryveryveryveryveryveryveryverylongelemen", 7 },
  { "<x\ta='>'\nb=\"=\" c='1'\rd='2'>", PKC_GUARD_TOO_MANY_ATTRIBUTES, 1, 1, "x", 0 },
  { "<r>\n\xc3\xa9\xc3\xa9 <s a='1' b='2' c='3' d='4'/>", PKC_GUARD_TOO_MANY_ATTRIBUTES, 2, 4,
    "s", 9 },
};

/* Feeds @xml in chunks of @size bytes; returns the bytes passed on. */
static gsize
feed (PkcInputGuard *guard,
      const char    *xml,
      gsize          size)
{
  gsize len = strlen (xml);
  gsize passed = 0;

  pkc_input_guard_init (guard, 3);
  for (gsize at = 0; at < len; at += size)
    {
      gsize n = MIN (size, len - at);
      gsize ok = pkc_input_guard_feed (guard, (const guint8 *) xml + at, n);

      passed += ok;
      if (ok < n)
        break;
    }
  return passed;
}

static void
test_chunks_agree (void)
{
  static const gsize sizes[] = { 1, 2, 3, 5, 7, 16, 4096 };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        const GuardCase *want = &cases[c];
        PkcInputGuard guard;
        gsize passed = feed (&guard, want->xml, sizes[s]);

        g_test_message ("case %u in chunks of %zu bytes", c, sizes[s]);
        g_assert_cmpint (guard.verdict, ==, want->verdict);
        if (want->verdict == PKC_GUARD_OK)
          continue;
        g_assert_cmpuint (guard.line, ==, want->line);
        g_assert_cmpuint (guard.column, ==, want->column);
        g_assert_cmpstr (guard.element, ==, want->element);
        /* Fed whole, what reaches the parser stops just before the refused '<'. */
        if (sizes[s] == 4096)
          g_assert_cmpuint (passed, ==, want->passed);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/input-guard/chunks-agree", test_chunks_agree);
  return g_test_run ();
}
