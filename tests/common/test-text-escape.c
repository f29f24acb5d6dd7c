/* test-text-escape.c — CSV fields, XML text and cairo link tags as the common layer quotes them
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-common.h"

static void
test_csv_field (void)
{
  static const struct {
    const char *field;
    const char *expected;
  } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "a,b", "\"a,b\"" },
    { "say \"hi\"", "\"say \"\"hi\"\"\"" },
    { "two\nlines", "\"two\nlines\"" },
    { "cr\r", "\"cr\r\"" },
    { "Mission d’essai", "Mission d’essai" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      pkc_csv_append_field (out, cases[i].field);
      g_assert_cmpstr (out->str, ==, cases[i].expected);
    }
}

static void
test_xml_escaped (void)
{
  g_autoptr(GString) out = g_string_new ("x");

  g_assert_true (pkc_xml_append_escaped (out, "a&b<c>d\"e'f\tg\nh\ri é"));
  g_assert_cmpstr (out->str, ==, "xa&amp;b&lt;c&gt;d&quot;e'f&#9;g&#10;h&#13;i é");
}

/* What XML 1.0 cannot carry is left out, the rest kept, and the loss reported. */
static void
test_xml_not_carried (void)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_false (pkc_xml_append_escaped (out, "bell\a<"));
  g_assert_cmpstr (out->str, ==, "bell&lt;");
  g_string_truncate (out, 0);
  g_assert_false (pkc_xml_append_escaped (out, "a\xef\xbf\xbe" "b\xef\xbf\xbf" "c\xef\xbf\xbd"));
  g_assert_cmpstr (out->str, ==, "abc\xef\xbf\xbd");
}

static void
test_link_tag (void)
{
  g_autofree char *plain = pkc_link_tag_attributes ("https://example.org/a?b=1&c=2");
  g_autofree char *quoted = pkc_link_tag_attributes ("https://example.org/it's\\x");

  g_assert_cmpstr (plain, ==, "uri='https://example.org/a?b=1&c=2'");
  g_assert_cmpstr (quoted, ==, "uri='https://example.org/it\\'s\\\\x'");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-escape/csv-field", test_csv_field);
  g_test_add_func ("/text-escape/xml", test_xml_escaped);
  g_test_add_func ("/text-escape/xml-not-carried", test_xml_not_carried);
  g_test_add_func ("/text-escape/link-tag", test_link_tag);

  return g_test_run ();
}
