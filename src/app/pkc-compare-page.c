/* pkc-compare-page.c — the Compare page: which chart, its switches, the missions chooser and
 * the chart view laying out the Compare charts
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-a11y.h"
#include "pkc-compare-page.h"
#include "pkc-compare-source.h"
#include "pkc-export-scene.h"
#include "pkc-app-private.h"

#define RANKING_TOP 15

struct _PkcComparePage
{
  GtkBox             parent_instance;

  GtkWidget         *view_buttons[PKC_N_COMPARE_VIEWS];
  GtkWidget         *malicious_box;
  GtkWidget         *malicious_switch;
  GtkWidget         *show_all_button;
  GtkWidget         *missions_button;
  GtkWidget         *missions_list;
  GtkWidget         *search_entry;
  GtkWidget         *chooser_hint;
  PkcChartView      *chart_view;

  PkcCompareData    *data;       /* owned; NULL when the data could not be read */
  PkcCompareOptions  compare;    /* chosen[] points into chosen_owned */
  char              *chosen_owned[PKC_COMPARE_MAX_CHOSEN + 1];
  gboolean           updating;   /* the check buttons are being set from code */
};

G_DEFINE_FINAL_TYPE (PkcComparePage, pkc_compare_page, GTK_TYPE_BOX)

static const char *const default_missions[] = { "MINUSMA", "MINUSCA", "MONUSCO", NULL };

static PkcScene *
layout_cb (double                 width,
           double                 height,
           const PkcChartOptions *options,
           gpointer               user_data)
{
  PkcComparePage *self = user_data;

  return pkc_compare_layout (self->data, &self->compare, width, height, options);
}

static guint
n_chosen (PkcComparePage *self)
{
  guint n = 0;

  while (n < PKC_COMPARE_MAX_CHOSEN && self->chosen_owned[n] != NULL)
    n++;
  return n;
}

static void
sync_chosen (PkcComparePage *self)
{
  for (guint i = 0; i <= PKC_COMPARE_MAX_CHOSEN; i++)
    self->compare.chosen[i] = self->chosen_owned[i];
}

/* The missions button says which missions are compared. */
static void
update_missions_button (PkcComparePage *self)
{
  g_autofree char *list = g_strjoinv (_(", "), self->chosen_owned);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->missions_button), list);
  gtk_widget_set_tooltip_text (self->missions_button, _("Choose 2 to 6 missions"));
}

/* Check buttons match the choice: at 6 the others are off limits, at 2 the chosen stay. */
static void
update_checks (PkcComparePage *self)
{
  guint n = n_chosen (self);

  self->updating = TRUE;
  for (GtkWidget *row = gtk_widget_get_first_child (self->missions_list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
      const char *acronym = g_object_get_data (G_OBJECT (check), "acronym");
      gboolean on = g_strv_contains ((const char * const *) self->chosen_owned, acronym);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), on);
      gtk_widget_set_sensitive (check, on ? n > 2 : n < PKC_COMPARE_MAX_CHOSEN);
    }
  self->updating = FALSE;
}

static void
chart_changed (PkcComparePage *self,
               gboolean        reset_hidden)
{
  PkcCompareView view = self->compare.view;

  gtk_widget_set_visible (self->malicious_box, view != PKC_COMPARE_WORLD);
  gtk_widget_set_visible (self->show_all_button, view == PKC_COMPARE_RANKING);
  gtk_widget_set_visible (self->missions_button, view == PKC_COMPARE_MISSIONS);
  pkc_chart_view_queue_relayout (self->chart_view, reset_hidden);
}

static void
view_toggled_cb (GtkToggleButton *button,
                 PkcComparePage  *self)
{
  if (!gtk_toggle_button_get_active (button))
    return;
  for (guint v = 0; v < PKC_N_COMPARE_VIEWS; v++)
    if (self->view_buttons[v] == GTK_WIDGET (button) && self->compare.view != v)
      {
        self->compare.view = v;
        chart_changed (self, TRUE);
      }
}

static void
malicious_cb (GtkSwitch      *sw,
              GParamSpec     *pspec,
              PkcComparePage *self)
{
  self->compare.malicious_only = gtk_switch_get_active (sw);
  chart_changed (self, FALSE);
}

static void
show_all_cb (GtkToggleButton *button,
             PkcComparePage  *self)
{
  self->compare.top_n = gtk_toggle_button_get_active (button) ? 0 : RANKING_TOP;
  chart_changed (self, FALSE);
}

static void
check_toggled_cb (GtkCheckButton *check,
                  PkcComparePage *self)
{
  const char *acronym = g_object_get_data (G_OBJECT (check), "acronym");
  GPtrArray *list;

  if (self->updating)
    return;
  list = g_ptr_array_new ();
  for (guint i = 0; self->chosen_owned[i] != NULL; i++)
    if (g_strcmp0 (self->chosen_owned[i], acronym) != 0)
      g_ptr_array_add (list, self->chosen_owned[i]);
  if (gtk_check_button_get_active (check))
    g_ptr_array_add (list, (char *) acronym);
  g_ptr_array_add (list, NULL);
  _pkc_compare_page_set_missions (self, (const char * const *) list->pdata);
  g_ptr_array_unref (list);
}

static gboolean
row_matches (GtkListBoxRow *row,
             const char    *needle)
{
  const char *haystack = g_object_get_data (G_OBJECT (row), "search");

  return needle == NULL || *needle == '\0' || strstr (haystack, needle) != NULL;
}

static gboolean
filter_cb (GtkListBoxRow *row,
           gpointer       user_data)
{
  PkcComparePage *self = user_data;
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (
                                               GTK_EDITABLE (self->search_entry)), -1);

  return row_matches (row, needle);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   PkcComparePage *self)
{
  gtk_list_box_invalidate_filter (GTK_LIST_BOX (self->missions_list));
}

/* One check button per mission with a death, in ranking order (deadliest first). */
static void
fill_missions_list (PkcComparePage *self)
{
  PkcCompareOptions all;
  g_autoptr(GArray) order = NULL;

  pkc_compare_options_init (&all);
  all.top_n = 0;
  order = pkc_compare_ranked (self->data, &all, NULL);
  for (guint i = 0; i < order->len; i++)
    {
      const PkcCompareMission *m = g_ptr_array_index (self->data->missions,
                                                      g_array_index (order, guint, i));
      guint deaths = pkc_compare_mission_deaths (m, self->data, -1, FALSE);
      g_autofree char *count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u death",
                                                             "%u deaths", deaths), deaths);
      /* Translators: a row of the missions chooser: acronym, full name, deaths */
      g_autofree char *label = g_strdup_printf (_("%s — %s (%s)"), m->acronym,
                                                m->name != NULL ? m->name : m->acronym, count);
      g_autofree char *search = g_utf8_casefold (label, -1);
      GtkWidget *check = gtk_check_button_new_with_label (label);
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_label_set_wrap (GTK_LABEL (gtk_widget_get_last_child (check)), TRUE);
      g_object_set_data_full (G_OBJECT (check), "acronym", g_strdup (m->acronym), g_free);
      g_object_set_data_full (G_OBJECT (row), "search", g_steal_pointer (&search), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (check_toggled_cb), self);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), check);
      gtk_list_box_append (GTK_LIST_BOX (self->missions_list), row);
    }
}

static GtkWidget *
missions_popover (PkcComparePage *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->search_entry = gtk_search_entry_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Search missions"), -1);
  self->chooser_hint = gtk_label_new (_("Choose 2 to 6 missions"));
  gtk_widget_add_css_class (self->chooser_hint, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (self->chooser_hint), 0);
  self->missions_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->missions_list), GTK_SELECTION_NONE);
  gtk_list_box_set_filter_func (GTK_LIST_BOX (self->missions_list), filter_cb, self, NULL);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->missions_list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 320);
  gtk_widget_set_size_request (scrolled, 300, -1);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  gtk_box_append (GTK_BOX (box), self->search_entry);
  gtk_box_append (GTK_BOX (box), self->chooser_hint);
  gtk_box_append (GTK_BOX (box), scrolled);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_popover_set_default_widget (GTK_POPOVER (popover), self->search_entry);
  return popover;
}

static GtkWidget *
view_switch (PkcComparePage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  /* Translators: the Compare page's three charts, as short button labels */
  const char *labels[PKC_N_COMPARE_VIEWS] = { C_("compare", "Ranking"),
                                              C_("compare", "Per year"),
                                              C_("compare", "Whole force") };

  gtk_widget_add_css_class (box, "linked");
  for (guint v = 0; v < PKC_N_COMPARE_VIEWS; v++)
    {
      GtkWidget *label = gtk_label_new (labels[v]);

      /* A phone's width is the limit: the labels shorten rather than widen the window. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      self->view_buttons[v] = gtk_toggle_button_new ();
      gtk_button_set_child (GTK_BUTTON (self->view_buttons[v]), label);
      gtk_widget_set_tooltip_text (self->view_buttons[v], pkc_compare_view_get_title (v));
      /* GTK 4.8 does not name a button after a child label of its own making. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->view_buttons[v]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, labels[v], -1);
      if (v > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->view_buttons[v]),
                                     GTK_TOGGLE_BUTTON (self->view_buttons[0]));
      g_signal_connect (self->view_buttons[v], "toggled", G_CALLBACK (view_toggled_cb), self);
      gtk_box_append (GTK_BOX (box), self->view_buttons[v]);
    }
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->view_buttons[0]), TRUE);
  return box;
}

static GtkWidget *
controls (PkcComparePage *self)
{
  GtkWidget *flow = gtk_flow_box_new ();
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Malicious acts only"));

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 4);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: screen-reader name of the Compare page's
                                   * row of buttons and switches */
                                  _("Chart controls"), -1);

  self->malicious_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->malicious_switch = gtk_switch_new ();
  gtk_widget_set_valign (self->malicious_switch, GTK_ALIGN_CENTER);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), self->malicious_switch);
  gtk_box_append (GTK_BOX (self->malicious_box), label);
  gtk_box_append (GTK_BOX (self->malicious_box), self->malicious_switch);
  g_signal_connect (self->malicious_switch, "notify::active", G_CALLBACK (malicious_cb), self);

  self->show_all_button = gtk_toggle_button_new_with_mnemonic (_("Show _all"));
  gtk_widget_set_tooltip_text (self->show_all_button, _("Every mission instead of the 15 deadliest"));
  {
    g_autofree char *name = pkc_a11y_strip_mnemonic (_("Show _all"));

    gtk_accessible_update_property (GTK_ACCESSIBLE (self->show_all_button),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  }
  g_signal_connect (self->show_all_button, "toggled", G_CALLBACK (show_all_cb), self);

  self->missions_button = gtk_menu_button_new ();
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->missions_button), missions_popover (self));

  gtk_flow_box_append (GTK_FLOW_BOX (flow), view_switch (self));
  gtk_flow_box_append (GTK_FLOW_BOX (flow), self->malicious_box);
  gtk_flow_box_append (GTK_FLOW_BOX (flow), self->show_all_button);
  gtk_flow_box_append (GTK_FLOW_BOX (flow), self->missions_button);
  for (GtkWidget *c = gtk_widget_get_first_child (flow); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      gtk_widget_set_focusable (c, FALSE);
      gtk_widget_set_halign (c, GTK_ALIGN_START);
    }
  return flow;
}

static void
pkc_compare_page_finalize (GObject *object)
{
  PkcComparePage *self = PKC_COMPARE_PAGE (object);

  for (guint i = 0; i <= PKC_COMPARE_MAX_CHOSEN; i++)
    g_free (self->chosen_owned[i]);
  g_clear_pointer (&self->data, pkc_compare_data_free);
  G_OBJECT_CLASS (pkc_compare_page_parent_class)->finalize (object);
}

static void
pkc_compare_page_class_init (PkcComparePageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = pkc_compare_page_finalize;
}

static void
pkc_compare_page_init (PkcComparePage *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *bar;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  pkc_compare_options_init (&self->compare);
  self->compare.top_n = RANKING_TOP;
  self->data = pkc_compare_source_load_default (&error);
  if (self->data == NULL)
    g_warning ("Compare: %s", error->message);

  bar = controls (self);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  gtk_box_append (GTK_BOX (self), bar);

  self->chart_view = PKC_CHART_VIEW (pkc_chart_view_new (PKC_CHART_CASUALTIES));
  gtk_widget_set_vexpand (GTK_WIDGET (self->chart_view), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->chart_view), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Compare missions"), -1);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->chart_view));

  if (self->data != NULL)
    fill_missions_list (self);
  _pkc_compare_page_set_missions (self, default_missions);
  pkc_chart_view_set_layout_func (self->chart_view, layout_cb, self, NULL);
  chart_changed (self, TRUE);
}

GtkWidget *
pkc_compare_page_new (void)
{
  return g_object_new (PKC_TYPE_COMPARE_PAGE, NULL);
}

PkcChartView *
pkc_compare_page_get_chart_view (PkcComparePage *self)
{
  g_return_val_if_fail (PKC_IS_COMPARE_PAGE (self), NULL);
  return self->chart_view;
}

const PkcCompareOptions *
_pkc_compare_page_get_options (PkcComparePage *self)
{
  g_return_val_if_fail (PKC_IS_COMPARE_PAGE (self), NULL);
  return &self->compare;
}

void
_pkc_compare_page_set_view (PkcComparePage *self,
                            PkcCompareView  view)
{
  g_return_if_fail (PKC_IS_COMPARE_PAGE (self) && view < PKC_N_COMPARE_VIEWS);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->view_buttons[view]), TRUE);
}

void
_pkc_compare_page_set_malicious_only (PkcComparePage *self,
                                      gboolean        malicious_only)
{
  g_return_if_fail (PKC_IS_COMPARE_PAGE (self));
  gtk_switch_set_active (GTK_SWITCH (self->malicious_switch), malicious_only);
}

gboolean
_pkc_compare_page_set_missions (PkcComparePage     *self,
                                const char * const *acronyms)
{
  guint n;

  g_return_val_if_fail (PKC_IS_COMPARE_PAGE (self), FALSE);

  n = acronyms != NULL ? g_strv_length ((GStrv) acronyms) : 0;
  if (n < 2 || n > PKC_COMPARE_MAX_CHOSEN)
    {
      update_checks (self);
      return FALSE;
    }
  for (guint i = 0; i <= PKC_COMPARE_MAX_CHOSEN; i++)
    {
      char *next = i < n ? g_strdup (acronyms[i]) : NULL;

      g_free (self->chosen_owned[i]);
      self->chosen_owned[i] = next;
    }
  sync_chosen (self);
  update_missions_button (self);
  update_checks (self);
  if (self->compare.view == PKC_COMPARE_MISSIONS)
    pkc_chart_view_queue_relayout (self->chart_view, FALSE);
  return TRUE;
}

GStrv
_pkc_compare_page_filter_missions (PkcComparePage *self,
                                   const char     *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  for (GtkWidget *row = gtk_widget_get_first_child (self->missions_list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (filter_cb (GTK_LIST_BOX_ROW (row), self))
      g_strv_builder_add (builder, g_object_get_data (G_OBJECT (gtk_list_box_row_get_child (
                                                        GTK_LIST_BOX_ROW (row))), "acronym"));
  return g_strv_builder_end (builder);
}

PkcScene *
pkc_compare_page_layout (PkcComparePage        *self,
                         double                 width,
                         double                 height,
                         const PkcChartOptions *options)
{
  return layout_cb (width, height, options, self);
}

char *
pkc_compare_page_get_title (PkcComparePage *self)
{
  /* Translators: PDF, SVG and print job title: "Compare — Missions ranked by deaths" */
  return g_strdup_printf (_("Compare — %s"), pkc_compare_view_get_title (self->compare.view));
}

GBytes *
pkc_compare_page_export (PkcComparePage          *self,
                         const PkcExportSettings *settings,
                         GError                 **error)
{
  g_autofree char *title = pkc_compare_page_get_title (self);
  g_autofree char *subject = g_strjoinv (", ", self->chosen_owned);

  return pkc_export_layout (layout_cb, self, title,
                            self->compare.view == PKC_COMPARE_MISSIONS ? subject : title,
                            settings, error);
}

char *
pkc_compare_page_suggest_name (PkcComparePage  *self,
                               PkcExportFormat  format)
{
  g_autofree char *joined = g_strjoinv ("-", self->chosen_owned);
  g_autofree char *lower = g_ascii_strdown (joined, -1);
  const char *ext = pkc_export_format_to_extension (format);

  switch (self->compare.view)
    {
    case PKC_COMPARE_MISSIONS:
      return g_strdup_printf ("compare-%s.%s", lower, ext);
    case PKC_COMPARE_WORLD:
      return g_strdup_printf ("compare-world.%s", ext);
    case PKC_COMPARE_RANKING:
    case PKC_N_COMPARE_VIEWS:
    default:
      return g_strdup_printf ("compare-ranking.%s", ext);
    }
}

char *
pkc_compare_page_to_csv (PkcComparePage *self)
{
  g_return_val_if_fail (PKC_IS_COMPARE_PAGE (self), NULL);

  if (self->data == NULL)
    return NULL;
  return pkc_compare_to_csv (self->data, &self->compare);
}

void
pkc_compare_page_reload (PkcComparePage *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) chosen = NULL;
  GtkWidget *row;

  g_return_if_fail (PKC_IS_COMPARE_PAGE (self));

  g_clear_pointer (&self->data, pkc_compare_data_free);
  self->data = pkc_compare_source_load_default (&error);
  if (self->data == NULL)
    g_warning ("Compare: %s", error->message);
  while ((row = gtk_widget_get_first_child (self->missions_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->missions_list), row);
  if (self->data != NULL)
    fill_missions_list (self);
  /* The same missions chosen (the check buttons are new). */
  chosen = g_strdupv (self->chosen_owned);
  _pkc_compare_page_set_missions (self, (const char * const *) chosen);
  chart_changed (self, TRUE);
}
