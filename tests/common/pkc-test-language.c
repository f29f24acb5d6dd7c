/* pkc-test-language.c — running a chart test in the language PKC_TEST_LANGUAGE names
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "pkc-test-language.h"

const char *
pkc_test_use_language (int       *argc,
                       char    ***argv,
                       gboolean  *out_bound)
{
  const char *localedir = g_getenv ("PKC_LOCALEDIR");
  const char *language = g_getenv ("PKC_TEST_LANGUAGE");
  const char *locale;

  if (language == NULL)
    language = "en";
  locale = g_str_equal (language, "fr") ? "fr_FR.UTF-8"
           : g_str_equal (language, "nl") ? "nl_NL.UTF-8" : "en_US.UTF-8";

  /* Before the first gettext call. */
  g_setenv ("LANGUAGE", language, TRUE);
  if (setlocale (LC_ALL, locale) == NULL && setlocale (LC_ALL, "C.UTF-8") == NULL)
    g_error ("no locale %s or C.UTF-8", locale);
  g_test_init (argc, argv, NULL);
  if (localedir != NULL)
    {
      bindtextdomain (GETTEXT_PACKAGE, localedir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
    }
  *out_bound = localedir != NULL;
  return language;
}
