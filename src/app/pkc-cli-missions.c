/* pkc-cli-missions.c — the command line's mission list (--list-missions)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "pkc-cli-missions.h"
#include "pkc-common.h"
#include "pkc-missions.h"

gboolean
pkc_cli_missions_format_ok (const char *format)
{
  return format == NULL || g_str_equal (format, "text") || g_str_equal (format, "csv");
}

static char *
date_or_empty (const PkcDate *date)
{
  return pkc_date_is_set (date) ? pkc_date_to_iso (date) : g_strdup ("");
}

static void
append_csv_row (GString              *out,
                const PkcMissionInfo *info,
                PkcLang               lang)
{
  g_autofree char *established = date_or_empty (&info->established);
  g_autofree char *ended = date_or_empty (&info->ended);
  const char *kinds[] = { "peacekeeping", "political", "other", "unknown" };
  const char *fields[] = {
    info->acronym, pkc_localized_text_get (&info->name, lang), kinds[info->kind],
    pkc_localized_text_get (&info->host, lang), info->iso, established, ended,
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      pkc_csv_append_field (out, fields[i] != NULL ? fields[i] : "");
      g_string_append_c (out, ',');
    }
  if (info->first_year > 0)
    g_string_append_printf (out, "%u,%u,", info->first_year, info->last_year);
  else
    g_string_append (out, ",,");
  g_string_append_printf (out, "%u\n", info->deaths);
}

/* "UNIFIL     since 1978   333  United Nations Interim Force in Lebanon" */
static void
append_text_row (GString              *out,
                 const PkcMissionInfo *info,
                 PkcLang               lang)
{
  g_autofree char *years = pkc_mission_info_years (info);
  glong pad = 13 - g_utf8_strlen (years, -1);

  g_string_append_printf (out, "%-14s%s%*s%5u  %s\n", info->acronym, years, (int) MAX (pad, 1),
                          "", info->deaths, pkc_localized_text_get (&info->name, lang));
}

int
pkc_cli_list_missions (const char *format)
{
  g_autoptr(GError) error = NULL;
  PkcCatalogue *catalogue = pkc_missions_get_catalogue (&error);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean csv = g_strcmp0 (format, "csv") == 0;
  PkcLang lang = pkc_lang_from_locale ();
  GPtrArray *missions;

  if (catalogue == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  missions = pkc_catalogue_get_missions (catalogue);
  if (csv)
    g_string_append (out, "acronym,name,kind,host,iso,established,ended,"
                          "first_death_year,last_death_year,deaths\n");
  for (guint i = 0; i < missions->len; i++)
    {
      if (csv)
        append_csv_row (out, g_ptr_array_index (missions, i), lang);
      else
        append_text_row (out, g_ptr_array_index (missions, i), lang);
    }
  fwrite (out->str, 1, out->len, stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}
