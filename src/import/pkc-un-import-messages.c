/* pkc-un-import-messages.c — the importer's repair warnings and its unknown-mission error
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-un-import.h"
#include "pkc-un-import-private.h"

/* How many acronyms an unknown mission's error suggests. */
#define N_SUGGESTIONS 3

/* The text of one warning. The plural forms are spelt out in each call (not chosen through
 * a variable) so that the compiler checks them against the arguments. */
static char *
repair_message (PkcUnRepair repair,
                guint       n)
{
  switch (repair)
    {
    case PKC_UN_REPAIR_BLANK_LINE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: a warning; %u is a number of lines */
                                           "%u blank line skipped",
                                           "%u blank lines skipped", n), n);
    case PKC_UN_REPAIR_EMPTY_NATIONALITY:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: a warning; %u is a number of rows.
                                            * “Unknown” is the value written to the dataset:
                                            * keep it in English */
                                           "%u row with an empty nationality kept as Unknown",
                                           "%u rows with an empty nationality kept as Unknown",
                                           n), n);
    case PKC_UN_REPAIR_UNDETERMINED_ISO:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: a warning; %u is a number of rows,
                                            * isocode3 a column name, ZZ the code of an
                                            * undetermined country */
                                           "%u row with isocode3 ZZ (undetermined) kept with "
                                           "an unknown ISO code",
                                           "%u rows with isocode3 ZZ (undetermined) kept with "
                                           "an unknown ISO code", n), n);
    case PKC_UN_REPAIR_SPACED_ID:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: a warning; %u is a number of ids,
                                            * casualty_id a column name */
                                           "%u casualty_id with spaces kept with “_” instead "
                                           "of spaces",
                                           "%u casualty_ids with spaces kept with “_” instead "
                                           "of spaces", n), n);
    case PKC_UN_REPAIR_REPEATED_ID:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: a warning; %u is a number of rows,
                                            * casualty_id a column name */
                                           "%u row repeating an earlier casualty_id kept "
                                           "without an id",
                                           "%u rows repeating an earlier casualty_id kept "
                                           "without an id", n), n);
    case PKC_UN_N_REPAIRS:
    default:
      g_assert_not_reached ();
    }
}

GPtrArray *
pkc_un_repair_warnings (const char  *display_name,
                        const guint *counts)
{
  GPtrArray *warnings = g_ptr_array_new_with_free_func (g_free);

  for (guint r = 0; r < PKC_UN_N_REPAIRS; r++)
    {
      g_autofree char *message = NULL;

      if (counts[r] == 0)
        continue;
      message = repair_message ((PkcUnRepair) r, counts[r]);
      g_ptr_array_add (warnings,
                       /* Translators: the first %s is a file name, the second a warning
                        * such as “2 blank lines skipped” */
                       g_strdup_printf (_("%s: warning: %s"), display_name, message));
    }

  return warnings;
}

void
pkc_un_unknown_mission_error (const char  *acronym,
                              const char  *display_name,
                              GHashTable  *acronyms,
                              GError     **error)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  g_autofree const char **closest = NULL;
  g_autofree char *list = NULL;
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, acronyms);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (candidates, key);

  if (candidates->len == 0)
    {
      g_set_error (error, PKC_UN_IMPORT_ERROR, PKC_UN_IMPORT_ERROR_UNKNOWN_MISSION,
                   /* Translators: the first %s is a mission acronym, the second a file name */
                   _("no mission “%s” in %s: it has no rows"),
                   acronym, display_name);
      return;
    }

  closest = pkc_un_closest (acronym, candidates, N_SUGGESTIONS);
  list = g_strjoinv (", ", (char **) closest);
  g_set_error (error, PKC_UN_IMPORT_ERROR, PKC_UN_IMPORT_ERROR_UNKNOWN_MISSION,
               /* Translators: the first %s is a mission acronym, the second a file name, the
                * third a list of acronyms such as “MINUSMA, MINUSCA, MINURSO” */
               _("no mission “%s” in %s; closest: %s"),
               acronym, display_name, list);
}
