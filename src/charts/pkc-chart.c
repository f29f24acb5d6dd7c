/* pkc-chart.c — options, chart kinds and the layout entry point
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-chart.h"
#include "pkc-layout-private.h"

static const char *const kind_tokens[PKC_N_CHARTS] = {
  [PKC_CHART_CASUALTIES] = "casualties",
  [PKC_CHART_STRENGTH] = "strength",
  [PKC_CHART_BASES] = "bases",
};

void
pkc_chart_options_init (PkcChartOptions *options)
{
  g_return_if_fail (options != NULL);

  *options = (PkcChartOptions) { 0 };
  options->interval = PKC_INTERVAL_MONTH;
  options->personnel_mask = PKC_PERSONNEL_ALL;
  options->show_cumulative = FALSE;
  options->hidden_series = 0;
  options->show_title = TRUE;
}

const char *
pkc_chart_kind_to_token (PkcChartKind kind)
{
  g_return_val_if_fail (kind < PKC_N_CHARTS, NULL);
  return kind_tokens[kind];
}

gboolean
pkc_chart_kind_from_token (const char   *token,
                           PkcChartKind *out)
{
  for (guint i = 0; i < PKC_N_CHARTS; i++)
    if (g_strcmp0 (token, kind_tokens[i]) == 0)
      {
        if (out)
          *out = (PkcChartKind) i;
        return TRUE;
      }
  return FALSE;
}

const char *
pkc_chart_kind_get_title (PkcChartKind kind)
{
  switch (kind)
    {
    case PKC_CHART_CASUALTIES:
      return _("Peacekeeper deaths");
    case PKC_CHART_STRENGTH:
      return _("Troop strength and ceilings");
    case PKC_CHART_BASES:
      return _("Base closures");
    case PKC_N_CHARTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
pkc_incident_label (PkcIncident incident)
{
  /* Translators: the UN's types of incident in which a peacekeeper died (legend and
   * tooltips of the casualty chart) */
  switch (incident)
    {
    case PKC_INCIDENT_MALICIOUS_ACT:     return C_("incident", "Malicious act");
    case PKC_INCIDENT_ACCIDENT:          return C_("incident", "Accident");
    case PKC_INCIDENT_ILLNESS:           return C_("incident", "Illness");
    case PKC_INCIDENT_SELF_INFLICTED:    return C_("incident", "Self-inflicted");
    case PKC_INCIDENT_TO_BE_DETERMINED:  return C_("incident", "To be determined");
    case PKC_INCIDENT_UNKNOWN:           return C_("incident", "Unknown");
    case PKC_N_INCIDENTS:
    default:                             return "";
    }
}

/* A mission built from the UN fatalities data alone has casualties only. */
static gboolean
lacks_section (PkcChartKind  kind,
               PkcDataset   *dataset)
{
  switch (kind)
    {
    case PKC_CHART_STRENGTH:
      return pkc_dataset_get_ceilings (dataset)->len == 0 &&
             pkc_dataset_get_observations (dataset)->len == 0 &&
             pkc_dataset_get_drawdowns (dataset)->len == 0;
    case PKC_CHART_BASES:
      return pkc_dataset_get_bases (dataset)->len == 0;
    case PKC_CHART_CASUALTIES:
    case PKC_N_CHARTS:
    default:
      return FALSE;
    }
}

/* One sentence, in the window and in reports alike: what data would fill the chart and
 * where the format to add it is described. */
static char *
missing_section_message (PkcChartKind  kind,
                         PkcDataset   *dataset)
{
  const char *acronym = pkc_dataset_get_acronym (dataset);

  if (kind == PKC_CHART_STRENGTH)
    /* Translators: %s is a mission acronym; data/README.md is a file name, keep it */
    return g_strdup_printf (_("No troop strength for %s here: a dataset file with its "
                              "authorised ceilings and deployed strength, each with a source, "
                              "would fill this chart (the format is in data/README.md)."),
                            acronym);
  /* Translators: %s is a mission acronym; data/README.md is a file name, keep it */
  return g_strdup_printf (_("No bases for %s here: a dataset file listing its bases, each "
                            "with its closure date and a source, would fill this chart "
                            "(the format is in data/README.md)."), acronym);
}

PkcScene *
pkc_chart_layout (PkcChartKind           kind,
                  PkcDataset            *dataset,
                  double                 width,
                  double                 height,
                  const PkcChartOptions *options)
{
  PkcChartOptions defaults;

  g_return_val_if_fail (kind < PKC_N_CHARTS, NULL);

  if (options == NULL)
    {
      pkc_chart_options_init (&defaults);
      options = &defaults;
    }
  /* Refuse degenerate sizes instead of dividing by them. */
  width = MAX (width, 1);
  height = MAX (height, 1);

  if (dataset == NULL)
    return pkc_layout_empty (kind, width, height, options, _("No dataset is loaded"));
  if (lacks_section (kind, dataset))
    {
      g_autofree char *message = missing_section_message (kind, dataset);

      return pkc_layout_empty (kind, width, height, options, message);
    }

  switch (kind)
    {
    case PKC_CHART_CASUALTIES:
      return pkc_layout_casualties (dataset, width, height, options);
    case PKC_CHART_STRENGTH:
      return pkc_layout_strength (dataset, width, height, options);
    case PKC_CHART_BASES:
      return pkc_layout_bases (dataset, width, height, options);
    case PKC_N_CHARTS:
    default:
      g_return_val_if_reached (NULL);
    }
}
