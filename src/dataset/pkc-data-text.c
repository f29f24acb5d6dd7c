/* pkc-data-text.c — the dataset as plain text: the --check summary and the --print-data
 * CSV tables
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-format.h"
#include "pkc-common.h"
#include "pkc-data-text.h"

char *
pkc_data_text_summary (PkcDataset *dataset)
{
  GString *out = g_string_new (NULL);
  PkcDate first, last;

  g_return_val_if_fail (PKC_IS_DATASET (dataset), NULL);

  /* Translators: mission acronym, then its full name */
  g_string_append_printf (out, _("%s — %s\n"), pkc_dataset_get_acronym (dataset),
                          pkc_dataset_get_mission_name (dataset, pkc_lang_from_locale ()));
  /* Counts grouped as the locale groups digits ("1,234", "1 234", "1.234"). */
#define COUNT(array) g_autofree char *n_##array = pkc_format_count (pkc_dataset_get_##array (dataset)->len)
  COUNT (sources);
  COUNT (ceilings);
  COUNT (observations);
  COUNT (drawdowns);
  COUNT (bases);
  COUNT (events);
#undef COUNT
  g_autofree char *n_casualties = pkc_format_count (pkc_dataset_get_n_casualties (dataset));

  /* Translators: --check summary lines; each %s is a number */
  g_string_append_printf (out, _("Sources: %s\n"), n_sources);
  /* Translators: --check summary; Security Council troop ceilings, %s is a number */
  g_string_append_printf (out, _("Ceilings: %s\n"), n_ceilings);
  /* Translators: --check summary; reported deployed strengths, %s is a number */
  g_string_append_printf (out, _("Strength observations: %s\n"), n_observations);
  /* Translators: --check summary; withdrawal departure figures, %s is a number */
  g_string_append_printf (out, _("Drawdown figures: %s\n"), n_drawdowns);
  /* Translators: --check summary; peacekeeper deaths, %s is a number */
  g_string_append_printf (out, _("Casualties: %s\n"), n_casualties);
  /* Translators: --check summary; mission bases, %s is a number */
  g_string_append_printf (out, _("Bases: %s\n"), n_bases);
  /* Translators: --check summary; dated events, %s is a number */
  g_string_append_printf (out, _("Events: %s\n"), n_events);

  if (pkc_dataset_get_date_range (dataset, &first, &last))
    {
      g_autofree char *from = pkc_format_date (&first);
      g_autofree char *to = pkc_format_date (&last);

      /* Translators: --check summary; two dates as the locale writes them ("30 June 2023") */
      g_string_append_printf (out, _("Data from %s to %s\n"), from, to);
    }

  return g_string_free (out, FALSE);
}

static void
append_count (GString *out,
              int      count)
{
  if (count != PKC_COUNT_NONE)
    g_string_append_printf (out, "%d", count);
}

static void
append_date (GString       *out,
             const PkcDate *date)
{
  g_autofree char *iso = NULL;

  if (!pkc_date_is_set (date))
    return;
  iso = pkc_date_to_iso (date);
  g_string_append (out, iso);
}

/* Up to six decimals (about 10 cm), without trailing zeros, "." as separator. */
static void
append_degrees (GString *out,
                double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_ascii_formatd (buf, sizeof buf, "%.6f", value);
  end = buf + strlen (buf);
  while (end > buf && end[-1] == '0')
    *--end = '\0';
  if (end > buf && end[-1] == '.')
    *--end = '\0';
  g_string_append (out, strcmp (buf, "-0") == 0 ? "0" : buf);
}

static void
print_casualties (PkcDataset  *dataset,
                  PkcInterval  interval,
                  GString     *out)
{
  g_autoptr(PkcCasualtySeries) series = pkc_casualty_series_new (dataset, interval,
                                                                  PKC_PERSONNEL_ALL, NULL, NULL);

  g_string_append (out, "period,total");
  for (guint i = 0; i < PKC_N_INCIDENTS; i++)
    g_string_append_printf (out, ",%s", pkc_incident_to_token ((PkcIncident) i));
  g_string_append_c (out, '\n');

  for (guint p = 0; p < series->n_periods; p++)
    {
      g_autofree char *label = pkc_period_label_iso (interval, &series->period_start[p]);

      g_string_append_printf (out, "%s,%u", label, series->totals[p]);
      for (guint i = 0; i < PKC_N_INCIDENTS; i++)
        g_string_append_printf (out, ",%u", series->counts[p][i]);
      g_string_append_c (out, '\n');
    }
}

typedef struct {
  PkcDate               date;
  const PkcObservation *observation; /* NULL for a ceiling-only row */
} StrengthRow;

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const StrengthRow *x = a;
  const StrengthRow *y = b;

  return pkc_date_compare (&x->date, &y->date);
}

static gboolean
has_row_on (GArray        *rows,
            const PkcDate *date)
{
  for (guint i = 0; i < rows->len; i++)
    {
      if (pkc_date_compare (&g_array_index (rows, StrengthRow, i).date, date) == 0)
        return TRUE;
    }
  return FALSE;
}

static void
print_strength (PkcDataset *dataset,
                GString    *out)
{
  GPtrArray *observations = pkc_dataset_get_observations (dataset);
  GPtrArray *ceilings = pkc_dataset_get_ceilings (dataset);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (StrengthRow));

  for (guint i = 0; i < observations->len; i++)
    {
      const PkcObservation *observation = g_ptr_array_index (observations, i);
      StrengthRow row = { observation->date, observation };

      g_array_append_val (rows, row);
    }
  for (guint i = 0; i < ceilings->len; i++)
    {
      const PkcCeiling *ceiling = g_ptr_array_index (ceilings, i);
      StrengthRow row = { ceiling->effective, NULL };

      if (!has_row_on (rows, &ceiling->effective))
        g_array_append_val (rows, row);
    }
  /* Stable: observations sharing a date keep their file order. */
  g_array_sort (rows, compare_rows);

  g_string_append (out, "date,military_ceiling,police_ceiling,resolution,military,police,total,"
                        "scope,confidence,preferred,source\n");

  for (guint i = 0; i < rows->len; i++)
    {
      const StrengthRow *row = &g_array_index (rows, StrengthRow, i);
      const PkcCeiling *ceiling = pkc_dataset_ceiling_at (dataset, &row->date);
      const PkcObservation *observation = row->observation;

      append_date (out, &row->date);
      g_string_append_c (out, ',');
      if (ceiling != NULL)
        {
          append_count (out, ceiling->military);
          g_string_append_c (out, ',');
          append_count (out, ceiling->police);
          g_string_append_printf (out, ",%u,", ceiling->resolution);
        }
      else
        g_string_append (out, ",,,");

      if (observation != NULL)
        {
          append_count (out, observation->military);
          g_string_append_c (out, ',');
          append_count (out, observation->police);
          g_string_append_c (out, ',');
          append_count (out, observation->total);
          g_string_append_c (out, ',');
          pkc_csv_append_field (out, observation->scope);
          g_string_append_c (out, ',');
          pkc_csv_append_field (out, observation->confidence);
          g_string_append (out, observation->preferred ? ",true," : ",false,");
          pkc_csv_append_field (out, observation->source);
        }
      else
        g_string_append (out, ",,,,,,");
      g_string_append_c (out, '\n');
    }
}

static void
print_bases (PkcDataset *dataset,
             GString    *out)
{
  GPtrArray *bases = pkc_dataset_get_bases (dataset);

  g_string_append (out, "order,id,name,region,closure_status,closure_date,alternative_dates,"
                        "phase,lat,lon\n");

  for (guint i = 0; i < bases->len; i++)
    {
      const PkcBase *base = g_ptr_array_index (bases, i);
      g_autoptr(GString) alternatives = g_string_new (NULL);

      for (guint a = 0; a < base->alternatives->len; a++)
        {
          if (a > 0)
            g_string_append_c (alternatives, ' ');
          append_date (alternatives,
                       &g_array_index (base->alternatives, PkcAlternativeDate, a).date);
        }

      g_string_append_printf (out, "%u,", base->order);
      pkc_csv_append_field (out, base->id);
      g_string_append_c (out, ',');
      pkc_csv_append_field (out, base->name);
      g_string_append_c (out, ',');
      pkc_csv_append_field (out, base->region);
      g_string_append_c (out, ',');
      g_string_append (out, pkc_closure_status_to_token (base->closure_status));
      g_string_append_c (out, ',');
      append_date (out, &base->closure_date);
      g_string_append_c (out, ',');
      pkc_csv_append_field (out, alternatives->str);
      g_string_append_c (out, ',');
      pkc_csv_append_field (out, base->phase);
      g_string_append_c (out, ',');
      if (base->has_coordinates)
        {
          append_degrees (out, base->lat);
          g_string_append_c (out, ',');
          append_degrees (out, base->lon);
        }
      else
        g_string_append_c (out, ',');
      g_string_append_c (out, '\n');
    }
}

gboolean
pkc_data_text_table (PkcDataset  *dataset,
                     const char  *chart,
                     PkcInterval  interval,
                     GString     *out,
                     GError     **error)
{
  g_return_val_if_fail (PKC_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (g_strcmp0 (chart, "casualties") == 0)
    print_casualties (dataset, interval, out);
  else if (g_strcmp0 (chart, "strength") == 0)
    print_strength (dataset, out);
  else if (g_strcmp0 (chart, "bases") == 0)
    print_bases (dataset, out);
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   /* Translators: %s is what the user typed */
                   _("unknown chart \"%s\": use casualties, strength or bases"),
                   chart != NULL ? chart : "");
      return FALSE;
    }
  return TRUE;
}
