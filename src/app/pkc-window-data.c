/* pkc-window-data.c — the window's data table and Copy Data: the numbers of the chart shown
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-window-data"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-charts.h"
#include "pkc-copy-data.h"
#include "pkc-export.h"
#include "pkc-window-compare.h"
#include "pkc-window-data.h"
#include "pkc-window-export.h"

/* "minusma-casualties.png" → "minusma-casualties.csv". */
static char *
csv_name (const char *suggested)
{
  const char *dot = strrchr (suggested, '.');
  gsize stem = dot != NULL ? (gsize) (dot - suggested) : strlen (suggested);

  return g_strdup_printf ("%.*s.csv", (int) stem, suggested);
}

char *
pkc_window_data_csv (PkcWindow  *self,
                     char      **title,
                     char      **file_name,
                     GError    **error)
{
  PkcComparePage *compare = pkc_window_compare_visible (self);
  PkcDataset *dataset = pkc_window_get_dataset (self);
  PkcChartKind kind = pkc_window_export_current_kind (self);
  g_autofree char *suggested = NULL;
  char *csv;

  g_return_val_if_fail (PKC_IS_WINDOW (self), NULL);

  if (compare != NULL)
    {
      csv = pkc_compare_page_to_csv (compare);
      if (csv == NULL)
        goto nothing;
      *title = pkc_compare_page_get_title (compare);
      suggested = pkc_compare_page_suggest_name (compare, PKC_EXPORT_PNG);
      *file_name = csv_name (suggested);
      return csv;
    }
  if (dataset == NULL)
    goto nothing;

  csv = pkc_chart_data_to_csv (kind, dataset,
                               pkc_chart_view_get_options (pkc_window_get_chart_view (self, kind)),
                               error);
  if (csv == NULL)
    return NULL;
  /* Translators: data table title: mission acronym, then the chart's name */
  *title = g_strdup_printf (_("%s — %s"), pkc_dataset_get_acronym (dataset),
                            pkc_chart_kind_get_title (kind));
  suggested = pkc_export_suggest_name (dataset, kind, PKC_EXPORT_PNG);
  *file_name = csv_name (suggested);
  return csv;

nothing:
  /* Translators: toast when the data table or Copy Data is asked for with no chart shown */
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("No chart data to show"));
  return NULL;
}

PkcDataTable *
pkc_window_show_data_table (PkcWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *csv = pkc_window_data_csv (self, &title, &file_name, &error);
  PkcDataTable *table = NULL;

  if (csv != NULL)
    table = pkc_data_table_new (title, csv, file_name, &error);
  if (csv == NULL || table == NULL)
    {
      pkc_window_add_toast (self, adw_toast_new (error->message));
      return NULL;
    }
  gtk_window_set_transient_for (GTK_WINDOW (table), GTK_WINDOW (self));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (table), TRUE);
  gtk_window_present (GTK_WINDOW (table));
  return table;
}

static void
data_table_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  pkc_window_show_data_table (PKC_WINDOW (user_data));
}

static void
copy_data_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  PkcWindow *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *csv = pkc_window_data_csv (self, &title, &file_name, &error);
  g_autofree char *tsv = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GdkContentProvider) content = NULL;
  guint n_rows = 0;

  if (csv != NULL)
    tsv = pkc_copy_data_csv_to_tsv (csv, &n_rows, &error);
  if (tsv == NULL)
    {
      pkc_window_add_toast (self, adw_toast_new (error->message));
      return;
    }
  /* The same numbers as the data table: CSV for programs, tab-separated text for pasting
   * into a spreadsheet. */
  content = pkc_copy_data_provider_new (csv, tsv);
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), content);
  /* Translators: toast after Copy Data (short: it must fit a phone-sized window); %u is
   * the number of table rows copied */
  text = g_strdup_printf (ngettext ("Copied %u row of chart data", "Copied %u rows of chart data",
                                    n_rows),
                          n_rows);
  pkc_window_add_toast (self, adw_toast_new (text));
}

static const GActionEntry data_actions[] = {
  { "data-table", data_table_action },
  { "copy-data", copy_data_action },
};

void
pkc_window_data_init (PkcWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), data_actions,
                                   G_N_ELEMENTS (data_actions), self);
}
