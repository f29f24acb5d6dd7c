/* pkc-mission-picker.c — a searchable list of every mission of the catalogue
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-mission-picker"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-embedded.h"
#include "pkc-mission-picker.h"
#include "pkc-missions.h"
#include "pkc-app-private.h"

struct _PkcMissionPicker
{
  AdwWindow       parent_instance;

  GtkSearchEntry *search;
  GtkListBox     *list;
  GtkWidget      *empty;
  char           *query;
};

enum {
  MISSION_PICKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PkcMissionPicker, pkc_mission_picker, ADW_TYPE_WINDOW)

static const char *
row_acronym (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "acronym");
}

static gboolean
is_curated (const char *acronym)
{
  const char * const *curated = pkc_embedded_curated_acronyms ();

  for (guint i = 0; curated[i] != NULL; i++)
    if (g_ascii_strcasecmp (curated[i], acronym) == 0)
      return TRUE;
  return FALSE;
}

/* "UNIFIL · Lebanon · since 1978 · 339 deaths", then "Not a mission" where it is not one,
 * or that a curated dataset (strength, bases, events) is shown for it. */
static char *
row_subtitle (const PkcMissionInfo *info,
              PkcLang               lang)
{
  g_autoptr(GString) out = g_string_new (info->acronym);
  const char *host = pkc_localized_text_get (&info->host, lang);
  g_autofree char *years = pkc_mission_info_years (info);

  if (host != NULL && *host != '\0')
    g_string_append_printf (out, " · %s", host);
  if (*years != '\0')
    g_string_append_printf (out, " · %s", years);
  g_string_append (out, " · ");
  g_string_append_printf (out,
                          /* Translators: in the mission list; %u is a number of deaths */
                          g_dngettext (GETTEXT_PACKAGE, "%u death", "%u deaths", info->deaths),
                          info->deaths);
  if (info->kind == PKC_MISSION_KIND_OTHER || info->kind == PKC_MISSION_KIND_UNKNOWN)
    g_string_append_printf (out, " · %s", pkc_mission_kind_to_label (info->kind));
  if (is_curated (info->acronym))
    /* Translators: in the mission list, after a mission that has a dataset with troop
     * strength, bases and events, not only its casualties */
    g_string_append_printf (out, " · %s", _("full dataset"));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GtkWidget *
make_row (const PkcMissionInfo *info,
          PkcLang               lang,
          gboolean              current)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_markup_escape_text (pkc_localized_text_get (&info->name, lang), -1);
  g_autofree char *subtitle = row_subtitle (info, lang);
  g_autofree char *subtitle_markup = g_markup_escape_text (subtitle, -1);
  g_autofree char *haystack = g_strjoin (" ", info->acronym,
                                         pkc_localized_text_get (&info->name, lang),
                                         pkc_localized_text_get (&info->host, lang),
                                         info->name.text[PKC_LANG_EN],
                                         info->host.text[PKC_LANG_EN], NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle_markup);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (current)
    {
      GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Shown now"), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
    }
  g_object_set_data_full (G_OBJECT (row), "acronym", g_strdup (info->acronym), g_free);
  g_object_set_data_full (G_OBJECT (row), "haystack", g_steal_pointer (&haystack), g_free);
  return row;
}

static gboolean
filter_row (GtkListBoxRow *row,
            gpointer       user_data)
{
  PkcMissionPicker *self = user_data;

  if (self->query == NULL || *self->query == '\0')
    return TRUE;
  return g_str_match_string (self->query, g_object_get_data (G_OBJECT (row), "haystack"),
                             TRUE);
}

static GtkListBoxRow *
first_shown_row (PkcMissionPicker *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && filter_row (GTK_LIST_BOX_ROW (child), self))
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

static void
pick (PkcMissionPicker *self,
      GtkListBoxRow    *row)
{
  g_autofree char *acronym = g_strdup (row_acronym (row));

  g_signal_emit (self, signals[MISSION_PICKED], 0, acronym);
  gtk_window_close (GTK_WINDOW (self));
}

static void
search_changed_cb (GtkSearchEntry   *entry,
                   PkcMissionPicker *self)
{
  g_free (self->query);
  self->query = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_list_box_invalidate_filter (self->list);
  gtk_widget_set_visible (self->empty, first_shown_row (self) == NULL);
}

static void
search_activate_cb (GtkSearchEntry   *entry,
                    PkcMissionPicker *self)
{
  GtkListBoxRow *row = first_shown_row (self);

  if (row != NULL)
    pick (self, row);
}

static void
row_activated_cb (GtkListBox       *list,
                  GtkListBoxRow    *row,
                  PkcMissionPicker *self)
{
  pick (self, row);
}

/* Down from the search field goes to the first match. */
static gboolean
search_key_cb (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               PkcMissionPicker      *self)
{
  GtkListBoxRow *row;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;
  row = first_shown_row (self);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  return row != NULL;
}

static void
pkc_mission_picker_finalize (GObject *object)
{
  g_free (PKC_MISSION_PICKER (object)->query);
  G_OBJECT_CLASS (pkc_mission_picker_parent_class)->finalize (object);
}

static void
pkc_mission_picker_class_init (PkcMissionPickerClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = pkc_mission_picker_finalize;
  signals[MISSION_PICKED] =
    g_signal_new ("mission-picked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static GtkWidget *
build_list (PkcMissionPicker *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Missions"), -1);
  gtk_list_box_set_filter_func (self->list, filter_row, self, NULL);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (row_activated_cb), self);

  self->empty = gtk_label_new (_("No mission matches. Search by acronym, name or country."));
  gtk_label_set_wrap (GTK_LABEL (self->empty), TRUE);
  gtk_widget_add_css_class (self->empty, "dim-label");
  gtk_widget_set_visible (self->empty, FALSE);

  gtk_box_append (GTK_BOX (box), self->empty);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->list));
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  return scrolled;
}

static void
pkc_mission_picker_init (PkcMissionPicker *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *search_clamp = adw_clamp_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Choose a Mission"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 640);
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Acronym, name or country"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search missions"), -1);
  g_signal_connect (self->search, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect (self->search, "activate", G_CALLBACK (search_activate_cb), self);
  g_signal_connect_swapped (self->search, "stop-search", G_CALLBACK (gtk_window_close), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (search_key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search), keys);
  gtk_widget_set_margin_start (GTK_WIDGET (self->search), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->search), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->search), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->search), 12);
  adw_clamp_set_child (ADW_CLAMP (search_clamp), GTK_WIDGET (self->search));

  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), search_clamp);
  gtk_box_append (GTK_BOX (content), build_list (self));
  adw_window_set_content (ADW_WINDOW (self), content);
  /* Typing anywhere in the window goes to the search field. */
  gtk_search_entry_set_key_capture_widget (self->search, GTK_WIDGET (self));
}

PkcMissionPicker *
pkc_mission_picker_new (GtkWindow    *parent,
                        PkcCatalogue *catalogue,
                        const char   *current_acronym)
{
  PkcMissionPicker *self;
  GPtrArray *missions;
  PkcLang lang = pkc_lang_from_locale ();

  g_return_val_if_fail (PKC_IS_CATALOGUE (catalogue), NULL);

  self = g_object_new (PKC_TYPE_MISSION_PICKER, "transient-for", parent, NULL);
  missions = pkc_catalogue_get_missions (catalogue);
  for (guint i = 0; i < missions->len; i++)
    {
      const PkcMissionInfo *info = g_ptr_array_index (missions, i);
      gboolean current = current_acronym != NULL &&
                         g_ascii_strcasecmp (current_acronym, info->acronym) == 0;

      gtk_list_box_append (self->list, make_row (info, lang, current));
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
  return self;
}

void
_pkc_mission_picker_set_search (PkcMissionPicker *self,
                                const char       *text)
{
  g_return_if_fail (PKC_IS_MISSION_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search), text);
  /* The entry reports changes after a delay; tests want the filter now. */
  search_changed_cb (self->search, self);
}

GPtrArray *
_pkc_mission_picker_get_shown (PkcMissionPicker *self)
{
  GPtrArray *out = g_ptr_array_new ();

  g_return_val_if_fail (PKC_IS_MISSION_PICKER (self), out);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && filter_row (GTK_LIST_BOX_ROW (child), self))
      g_ptr_array_add (out, (gpointer) row_acronym (GTK_LIST_BOX_ROW (child)));
  return out;
}

GtkWidget *
_pkc_mission_picker_get_search (PkcMissionPicker *self)
{
  g_return_val_if_fail (PKC_IS_MISSION_PICKER (self), NULL);
  return GTK_WIDGET (self->search);
}
