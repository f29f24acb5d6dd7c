/* test-data-table.c — the window's data table: the numbers of the chart shown, as
 * --print-data prints them, with the zoom and filters applied; Copy puts the CSV on the
 * clipboard
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "pkc-chart-data.h"
#include "pkc-copy-data.h"
#include "pkc-test-util.h"
#include "pkc-test-window.h"
#include "pkc-window-compare.h"
#include "pkc-window-data.h"
#include "pkc-app-private.h"

/* The CLI's --print-data for MINUSMA, casualties per year: computed by the executable. */
static char *
cli_casualties_per_year (void)
{
  g_auto(PkcRunResult) result = { 0 };

  pkc_test_run_cli (&result, "--mission=MINUSMA", "--print-data=casualties",
                    "--interval=year", NULL);
  g_assert_cmpint (result.status, ==, 0);
  return g_strdup (result.out);
}

/* Every cell of @table equals the CSV line of @lines for its row (no field is quoted). */
static void
assert_table_rows (PkcDataTable *table,
                   GStrv         lines,
                   guint         first_line)
{
  for (guint r = 0; r < _pkc_data_table_get_n_rows (table); r++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[first_line + r], ",", -1);

      for (guint c = 0; fields[c] != NULL; c++)
        g_assert_cmpstr (_pkc_data_table_get_cell (table, r, c), ==, fields[c]);
    }
}

static void
text_read_cb (GObject      *clipboard,
              GAsyncResult *result,
              gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (clipboard), result, NULL);
  if (*text == NULL)
    *text = g_strdup ("");
}

static char *
read_clipboard (GtkWidget *widget)
{
  char *text = NULL;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, text_read_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  return text;
}

static void
csv_spliced_cb (GObject      *out,
                GAsyncResult *result,
                gpointer      user_data)
{
  char **text = user_data;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (out), result, NULL) < 0)
    *text = g_strdup ("");
  else
    *text = g_strndup (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                       g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)));
}

/* The local clipboard writes its stream from the main loop: read it asynchronously. */
static void
csv_read_cb (GObject      *clipboard,
             GAsyncResult *result,
             gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (clipboard), result,
                                                               NULL, NULL);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();

  if (stream == NULL)
    {
      *text = g_strdup ("");
      return;
    }
  g_output_stream_splice_async (out, stream, G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE |
                                G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET, G_PRIORITY_DEFAULT, NULL,
                                csv_spliced_cb, text);
}

/* What the clipboard holds as text/csv. */
static char *
read_clipboard_csv (GtkWidget *widget)
{
  const char *mime_types[] = { "text/csv", NULL };
  char *text = NULL;

  gdk_clipboard_read_async (gtk_widget_get_clipboard (widget), mime_types, G_PRIORITY_DEFAULT,
                            NULL, csv_read_cb, &text);
  while (text == NULL)
    g_main_context_iteration (NULL, TRUE);
  return text;
}

static guint
n_lines (const char *csv)
{
  guint n = 0;

  for (const char *p = csv; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

static void
test_casualties_per_year (void)
{
  g_autofree char *expected = cli_casualties_per_year ();
  g_auto(GStrv) lines = g_strsplit (expected, "\n", -1);
  PkcWindow *window = pkc_test_show_window ();
  PkcChartView *view = pkc_window_get_chart_view (window, PKC_CHART_CASUALTIES);
  g_autofree char *copied = NULL;
  g_autofree char *copied_data = NULL;
  g_auto(GStrv) header = NULL;
  GtkColumnView *columns;
  PkcDataTable *table;

  pkc_test_wait_for_dataset (window);
  g_assert_cmpstr (pkc_dataset_get_acronym (pkc_window_get_dataset (window)), ==, "MINUSMA");
  pkc_window_set_visible_page (window, "casualties");
  g_action_group_activate_action (G_ACTION_GROUP (window), "casualty-interval",
                                  g_variant_new_string ("year"));
  pkc_test_wait_for_redraw ();

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "data-table"));
  table = pkc_window_show_data_table (window);
  g_assert_nonnull (table);
  pkc_test_wait_for_redraw ();

  /* The table is exactly what --print-data prints: MINUSMA's years 2013 to 2025 or so. */
  g_assert_cmpstr (_pkc_data_table_get_csv (table), ==, expected);
  g_assert_cmpuint (_pkc_data_table_get_n_rows (table), ==, n_lines (expected) - 1);
  g_assert_cmpuint (_pkc_data_table_get_n_rows (table), >=, 10);
  g_assert_true (g_str_has_prefix (_pkc_data_table_get_cell (table, 0, 0), "2013"));
  assert_table_rows (table, lines, 1);
  columns = _pkc_data_table_get_column_view (table);
  header = g_strsplit (lines[0], ",", -1);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (columns)), ==,
                    g_strv_length (header));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (columns))),
                    ==, _pkc_data_table_get_n_rows (table));

  /* Copy: the CSV on the clipboard, from the table and from the window's Copy Data. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (table), "table.copy", NULL));
  copied = read_clipboard (GTK_WIDGET (table));
  g_assert_cmpstr (copied, ==, expected);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), "");
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "copy-data"));
  g_action_group_activate_action (G_ACTION_GROUP (window), "copy-data", NULL);
  copied_data = read_clipboard_csv (GTK_WIDGET (window));
  g_assert_cmpstr (copied_data, ==, expected);

  /* As plain text, tab-separated for a spreadsheet: row for row the table's cells. */
  {
    g_autofree char *plain = read_clipboard (GTK_WIDGET (window));
    g_auto(GStrv) plain_lines = g_strsplit (plain, "\n", -1);

    g_assert_cmpuint (g_strv_length (plain_lines), ==, _pkc_data_table_get_n_rows (table) + 2);
    g_assert_cmpstr (plain_lines[_pkc_data_table_get_n_rows (table) + 1], ==, "");
    for (guint r = 0; r < _pkc_data_table_get_n_rows (table); r++)
      {
        g_auto(GStrv) cells = g_strsplit (plain_lines[r + 1], "\t", -1);

        g_assert_cmpuint (g_strv_length (cells), ==, g_strv_length (header));
        for (guint c = 0; cells[c] != NULL; c++)
          g_assert_cmpstr (cells[c], ==, _pkc_data_table_get_cell (table, r, c));
      }
    g_assert_true (g_str_has_prefix (plain_lines[0], header[0]));
    g_assert_nonnull (strchr (plain_lines[0], '\t'));
  }
  gtk_window_destroy (GTK_WINDOW (table));

  /* Zoomed to 2015–2017: those three rows of --print-data and nothing else. */
  {
    PkcDate from = { 2015, 1, 1, PKC_DATE_PRECISION_DAY };
    PkcDate to = { 2017, 12, 31, PKC_DATE_PRECISION_DAY };
    guint first = 0;

    pkc_chart_view_set_range (view, &from, &to);
    pkc_test_wait_for_redraw ();
    table = pkc_window_show_data_table (window);
    g_assert_cmpuint (_pkc_data_table_get_n_rows (table), ==, 3);
    while (lines[first] != NULL && !g_str_has_prefix (lines[first], "2015,"))
      first++;
    g_assert_nonnull (lines[first]);
    assert_table_rows (table, lines, first);
    gtk_window_destroy (GTK_WINDOW (table));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A filter or hidden legend entry changes the table as it changes the bars. */
static void
test_filters (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcChartView *view = pkc_window_get_chart_view (window, PKC_CHART_CASUALTIES);
  PkcDataset *dataset;
  PkcChartOptions options;
  g_autofree char *all = NULL;
  g_autofree char *police = NULL;
  g_autofree char *hidden = NULL;
  g_auto(GStrv) all_lines = NULL;
  g_auto(GStrv) hidden_lines = NULL;

  pkc_test_wait_for_dataset (window);
  dataset = pkc_window_get_dataset (window);
  pkc_window_set_visible_page (window, "casualties");
  g_action_group_activate_action (G_ACTION_GROUP (window), "casualty-interval",
                                  g_variant_new_string ("year"));
  pkc_test_wait_for_redraw ();
  all = pkc_chart_data_to_csv (PKC_CHART_CASUALTIES, dataset,
                               pkc_chart_view_get_options (view), NULL);

  g_action_group_activate_action (G_ACTION_GROUP (window), "personnel",
                                  g_variant_new_string ("police"));
  pkc_test_wait_for_redraw ();
  g_assert_cmpuint (pkc_chart_view_get_options (view)->personnel_mask, ==,
                    1u << PKC_PERSONNEL_POLICE);
  police = pkc_chart_data_to_csv (PKC_CHART_CASUALTIES, dataset,
                                  pkc_chart_view_get_options (view), NULL);
  g_assert_cmpstr (police, !=, all);

  /* The first category switched off: its column goes, and its deaths leave the total. */
  options = *pkc_chart_view_get_options (view);
  options.personnel_mask = PKC_PERSONNEL_ALL;
  options.hidden_series = 1u << 0;
  hidden = pkc_chart_data_to_csv (PKC_CHART_CASUALTIES, dataset, &options, NULL);
  all_lines = g_strsplit (all, "\n", -1);
  hidden_lines = g_strsplit (hidden, "\n", -1);
  g_assert_cmpuint (g_strv_length (hidden_lines), ==, g_strv_length (all_lines));
  for (guint l = 1; all_lines[l] != NULL && *all_lines[l] != '\0'; l++)
    {
      g_auto(GStrv) a = g_strsplit (all_lines[l], ",", -1);
      g_auto(GStrv) h = g_strsplit (hidden_lines[l], ",", -1);
      guint64 sum = 0;

      g_assert_cmpuint (g_strv_length (h), ==, g_strv_length (a) - 1);
      g_assert_cmpuint (g_ascii_strtoull (h[1], NULL, 10), ==,
                        g_ascii_strtoull (a[1], NULL, 10) - g_ascii_strtoull (a[2], NULL, 10));
      for (guint c = 2; h[c] != NULL; c++)
        sum += g_ascii_strtoull (h[c], NULL, 10);
      g_assert_cmpuint (sum, ==, g_ascii_strtoull (h[1], NULL, 10));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The strength chart's table is --print-data=strength. */
static void
test_strength (void)
{
  g_auto(PkcRunResult) result = { 0 };
  PkcWindow *window = pkc_test_show_window ();
  PkcDataTable *table;

  pkc_test_wait_for_dataset (window);
  pkc_window_set_visible_page (window, "strength");
  pkc_test_wait_for_redraw ();
  table = pkc_window_show_data_table (window);
  pkc_test_run_cli (&result, "--mission=MINUSMA", "--print-data=strength", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (_pkc_data_table_get_csv (table), ==, result.out);
  g_assert_cmpuint (_pkc_data_table_get_n_rows (table), >, 5);
  gtk_window_destroy (GTK_WINDOW (table));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Compare page's per-year chart: its table is --print-data=compare for the same missions. */
static void
test_compare (void)
{
  g_auto(PkcRunResult) result = { 0 };
  const char *const missions[] = { "MINUSMA", "MINUSCA", "MONUSCO", NULL };
  PkcWindow *window = pkc_test_show_window ();
  PkcComparePage *page;
  PkcDataTable *table;

  pkc_window_set_visible_page (window, "compare");
  pkc_test_wait_for_redraw ();
  page = pkc_window_get_compare_page (window);
  _pkc_compare_page_set_view (page, PKC_COMPARE_MISSIONS);
  g_assert_true (_pkc_compare_page_set_missions (page, missions));
  pkc_test_wait_for_redraw ();
  table = pkc_window_show_data_table (window);
  g_assert_nonnull (table);
  pkc_test_run_cli (&result, "--print-data=compare", "--missions=MINUSMA,MINUSCA,MONUSCO",
                    NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (_pkc_data_table_get_csv (table), ==, result.out);
  g_assert_cmpstr (_pkc_data_table_get_cell (table, 0, 0), ==, "MINUSMA");
  gtk_window_destroy (GTK_WINDOW (table));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* CSV to tab-separated text: quotes undone, tabs and line breaks inside a field made spaces. */
static void
test_tsv (void)
{
  g_autoptr(GError) error = NULL;
  guint n_rows = 0;
  g_autofree char *tsv = pkc_copy_data_csv_to_tsv ("period,total,note\n"
                                                   "2013,6,\"a, b\"\n"
                                                   "2014,39,\"tab\there\nand line\"\n",
                                                   &n_rows, &error);
  g_autofree char *bad = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (tsv, ==, "period\ttotal\tnote\n2013\t6\ta, b\n2014\t39\ttab here and line\n");
  g_assert_cmpuint (n_rows, ==, 2);
  bad = pkc_copy_data_csv_to_tsv ("a,\"b\n", NULL, &error);
  g_assert_null (bad);
  g_assert_nonnull (error);
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

/* The header's primary menu button (the one with the "open-menu" icon). */
static GtkMenuButton *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) &&
      g_strcmp0 (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)),
                 "open-menu-symbolic") == 0)
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Copy Image and Copy Data are in the primary menu, bound to enabled window actions. */
static void
test_primary_menu (void)
{
  PkcWindow *window = pkc_test_show_window ();
  GtkMenuButton *button = find_primary_menu_button (GTK_WIDGET (window));
  GMenuModel *menu;

  g_assert_nonnull (button);
  /* The menu is given to the button when it first opens, as a click or F10 opens it. */
  gtk_menu_button_popup (button);
  pkc_test_wait_for_redraw ();
  menu = gtk_menu_button_get_menu_model (button);
  g_assert_nonnull (menu);
  gtk_menu_button_popdown (button);
  g_assert_true (menu_has_action (menu, "win.copy-chart"));
  g_assert_true (menu_has_action (menu, "win.copy-data"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "copy-chart"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "copy-data"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/data-table/casualties-per-year", test_casualties_per_year);
  g_test_add_func ("/data-table/filters", test_filters);
  g_test_add_func ("/data-table/strength", test_strength);
  g_test_add_func ("/data-table/compare", test_compare);
  g_test_add_func ("/data-table/tsv", test_tsv);
  g_test_add_func ("/data-table/primary-menu", test_primary_menu);
  return g_test_run ();
}
