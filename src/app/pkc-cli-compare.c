/* pkc-cli-compare.c — the Compare charts from the command line
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-cli-compare.h"
#include "pkc-compare-source.h"
#include "pkc-export-scene.h"

static const char *const default_missions = "MINUSMA,MINUSCA,MONUSCO";

gboolean
pkc_cli_compare_token (const char     *chart,
                       PkcCompareView *view)
{
  if (g_strcmp0 (chart, "compare") == 0)
    *view = PKC_COMPARE_MISSIONS;
  else if (g_strcmp0 (chart, "compare-ranking") == 0)
    *view = PKC_COMPARE_RANKING;
  else if (g_strcmp0 (chart, "compare-world") == 0)
    *view = PKC_COMPARE_WORLD;
  else
    return FALSE;
  return TRUE;
}

gboolean
pkc_cli_compare_options (const PkcCompareData *data,
                         PkcCompareView        view,
                         const char           *missions,
                         PkcCompareOptions    *compare,
                         GStrv                *out_acronyms,
                         GError              **error)
{
  g_auto(GStrv) acronyms = g_strsplit (missions != NULL ? missions : default_missions, ",", -1);
  guint n = g_strv_length (acronyms);

  pkc_compare_options_init (compare);
  compare->view = view;
  if (n < 2 || n > PKC_COMPARE_MAX_CHOSEN)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   /* Translators: command-line error; %u is how many were given */
                   _("--missions takes 2 to 6 acronyms separated by commas, got %u"), n);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      const PkcCompareMission *m;

      g_strstrip (acronyms[i]);
      m = pkc_compare_data_find (data, acronyms[i]);
      if (m == NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       /* Translators: command-line error; %s is an acronym from --missions */
                       _("Unknown mission “%s”: --list-missions shows them all"), acronyms[i]);
          return FALSE;
        }
      compare->chosen[i] = m->acronym;
    }
  *out_acronyms = g_steal_pointer (&acronyms);
  return TRUE;
}

typedef struct {
  const PkcCompareData    *data;
  const PkcCompareOptions *compare;
} LayoutData;

static PkcScene *
layout_cb (double                 width,
           double                 height,
           const PkcChartOptions *options,
           gpointer               user_data)
{
  LayoutData *d = user_data;

  return pkc_compare_layout (d->data, d->compare, width, height, options);
}

GBytes *
pkc_cli_compare_export (PkcCompareView           view,
                        const char              *missions,
                        const PkcExportSettings *settings,
                        GError                 **error)
{
  g_autoptr(PkcCompareData) data = pkc_compare_source_load_default (error);
  g_auto(GStrv) acronyms = NULL;
  g_autofree char *title = NULL;
  PkcCompareOptions compare;
  LayoutData d;

  if (data == NULL ||
      !pkc_cli_compare_options (data, view, missions, &compare, &acronyms, error))
    return NULL;
  d = (LayoutData) { data, &compare };
  /* Translators: PDF and SVG title: "Compare — Missions ranked by deaths" */
  title = g_strdup_printf (_("Compare — %s"), pkc_compare_view_get_title (view));
  return pkc_export_layout (layout_cb, &d, title,
                            view == PKC_COMPARE_MISSIONS ? missions != NULL ? missions
                                                                            : default_missions
                                                         : title,
                            settings, error);
}

char *
pkc_cli_compare_print_data (PkcCompareView   view,
                            const char      *missions,
                            GError         **error)
{
  g_autoptr(PkcCompareData) data = pkc_compare_source_load_default (error);
  g_auto(GStrv) acronyms = NULL;
  PkcCompareOptions compare;

  if (data == NULL ||
      !pkc_cli_compare_options (data, view, missions, &compare, &acronyms, error))
    return NULL;
  return pkc_compare_to_csv (data, &compare);
}
