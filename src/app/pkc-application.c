/* pkc-application.c — the AdwApplication: app actions, windows, opening files
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-application"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-a11y.h"
#include "pkc-application.h"
#include "pkc-charts.h"
#include "pkc-dataset.h"
#include "pkc-window.h"

struct _PkcApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (PkcApplication, pkc_application, ADW_TYPE_APPLICATION)

static PkcWindow *
get_or_create_window (PkcApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (pkc_window_new (self));

  return PKC_WINDOW (window);
}

static void
pkc_application_activate (GApplication *app)
{
  gtk_window_present (GTK_WINDOW (get_or_create_window (PKC_APPLICATION (app))));
}

static void
pkc_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  PkcWindow *window = get_or_create_window (PKC_APPLICATION (app));

  /* One window shows one dataset: the last file named wins, each is validated. */
  for (int i = 0; i < n_files; i++)
    pkc_window_open_file (window, files[i]);

  gtk_window_present (GTK_WINDOW (window));
}

static void
about_cb (GSimpleAction *action,
          GVariant      *parameter,
          gpointer       user_data)
{
  PkcApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "The Peacekeeping Charts authors", NULL };
  AdwAboutWindow *about;
  g_autoptr(GString) credits = g_string_new (NULL);

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  adw_about_window_set_application_name (about, _("Peacekeeping Charts"));
  adw_about_window_set_application_icon (about, APP_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, _("The Peacekeeping Charts authors"));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_website (about, "https://github.com/peacekeeping-charts/peacekeeping-charts");
  adw_about_window_set_issue_url (about,
                                  "https://github.com/peacekeeping-charts/peacekeeping-charts/issues");
  adw_about_window_set_comments (about,
                                 _("Charts of UN peacekeeping missions: casualties, troop strength "
                                   "against authorised ceilings, and base closures. Every number "
                                   "carries its source."));
  /* Translators: translate as your name and e-mail, one per line */
  adw_about_window_set_translator_credits (about, _("translator-credits"));

  /* Credit the sources of the dataset on screen: the user should see where numbers come from. */
  if (parent != NULL && PKC_IS_WINDOW (parent))
    {
      PkcDataset *dataset = pkc_window_get_dataset (PKC_WINDOW (parent));
      GPtrArray *sources = dataset != NULL ? pkc_dataset_get_sources (dataset) : NULL;

      for (guint i = 0; sources != NULL && i < sources->len; i++)
        {
          const PkcSource *source = g_ptr_array_index (sources, i);
          g_autofree char *publisher = pkc_source_publisher_with_kind (source);
          g_autofree char *line = NULL;

          if (source->url != NULL)
            line = g_strdup_printf ("%s — %s %s", source->title, publisher, source->url);
          else
            line = g_strdup_printf ("%s — %s", source->title, publisher);
          g_string_append_printf (credits, "%s%s", credits->len > 0 ? "\n" : "", line);
        }
    }

  if (credits->len > 0)
    adw_about_window_add_legal_section (about, _("Data sources"), NULL,
                                        GTK_LICENSE_CUSTOM, credits->str);

  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = gtk_application_get_windows (app);

  /* Close windows first so each saves its state, then quit. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);

  g_application_quit (G_APPLICATION (app));
}

static const GActionEntry app_actions[] = {
  { "about", about_cb },
  { "quit", quit_cb },
};

static void
pkc_application_startup (GApplication *app)
{
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *open_accels[] = { "<Control>o", NULL };
  const char *close_accels[] = { "<Control>w", NULL };
  const char *export_accels[] = { "<Control>e", NULL };
  const char *copy_accels[] = { "<Control>c", NULL };
  const char *print_accels[] = { "<Control>p", NULL };
  const char *mission_accels[] = { "<Control>k", "<Control>f", NULL };
  const char *table_accels[] = { "<Control>t", NULL };
  const char *copy_data_accels[] = { "<Shift><Control>c", NULL };
  /* What GtkApplication sets for a gtk/help-overlay.ui resource, which we build lazily. */
  const char *help_accels[] = { "<Control>question", NULL };

  G_APPLICATION_CLASS (pkc_application_parent_class)->startup (app);
  pkc_a11y_watch_toplevels ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.export", export_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.copy-chart", copy_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.print", print_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.pick-mission",
                                         mission_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.data-table", table_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.copy-data",
                                         copy_data_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay",
                                         help_accels);
}

static void
pkc_application_class_init (PkcApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = pkc_application_activate;
  app_class->open = pkc_application_open;
  app_class->startup = pkc_application_startup;
}

static void
pkc_application_init (PkcApplication *self)
{
}

PkcApplication *
pkc_application_new (void)
{
  return g_object_new (PKC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/org/peacekeeping/Charts",
                       NULL);
}
