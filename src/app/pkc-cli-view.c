/* pkc-cli-view.c — the casualty chart's view from the command line, so that a script can
 * regenerate any chart the window shows
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-charts.h"
#include "pkc-cli-view.h"

static int
refuse (GError *error,
        int     status)
{
  g_strdelimit (error->message, "\r\n", ' ');
  g_printerr ("%s\n", error->message);
  g_error_free (error);
  return status;
}

int
pkc_cli_view_read (const PkcCliView *view,
                   PkcChartOptions  *chart)
{
  GError *error = NULL;

  chart->interval = PKC_CLI_DEFAULT_INTERVAL;
  if (view->interval != NULL && !pkc_interval_from_token (view->interval, &chart->interval))
    {
      /* Translators: %s is what the user typed after --interval= */
      g_printerr (_("Unknown interval “%s”: use month, quarter or year"), view->interval);
      g_printerr ("\n");
      return 1;
    }
  if (view->stack_by != NULL && !pkc_stack_by_from_token (view->stack_by, &chart->stack_by))
    {
      /* Translators: %s is what the user typed after --stack-by= */
      g_printerr (_("Unknown stacking “%s”: use incident, nationality, personnel or gender"),
                  view->stack_by);
      g_printerr ("\n");
      return 1;
    }
  if (view->personnel != NULL &&
      !pkc_casualty_personnel_parse (view->personnel, &chart->personnel_mask, &error))
    return refuse (error, 2);
  if ((view->from != NULL || view->to != NULL) &&
      !pkc_casualty_range_parse (view->from, view->to, chart->interval, &chart->range_from,
                                 &chart->range_to, &error))
    return refuse (error, 2);
  chart->show_cumulative = view->cumulative;
  return 0;
}

int
pkc_cli_view_hide (const PkcCliView *view,
                   PkcDataset       *dataset,
                   PkcChartOptions  *chart)
{
  GError *error = NULL;

  if (view->hide == NULL)
    return 0;
  if (!pkc_casualty_hidden_parse (dataset, chart, view->hide, &error))
    return refuse (error, 2);
  return 0;
}
