/* test-load-feedback.c — what the window shows while a file loads and when it does not
 *
 * A broken file's dialog: the cause first with its line, at most five problems, the
 * dataset on screen kept. A file that loads as slowly as the test wants (a named pipe held
 * open by a writer thread, whatever the machine's speed): the loading indicator while it
 * loads, gone after; a newer open or the stop button gives it up without a report.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "pkc-load-error.h"
#include "pkc-load-indicator.h"
#include "pkc-test-util.h"
#include "pkc-test-wait.h"
#include "pkc-test-window.h"

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static GtkWidget *
find_indicator (GtkWidget *root)
{
  if (PKC_IS_LOAD_INDICATOR (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_indicator (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Eight casualties whose values break the format, then a closing tag that does not match. */
static char *
write_broken_file (void)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n"
                               "<peacekeeping-dataset format=\"1\">\n"
                               "  <mission acronym=\"X\" start=\"2020-01-01\" source=\"s\">\n"
                               "    <name xml:lang=\"en\">X</name>\n"
                               "  </mission>\n"
                               "  <sources>\n"
                               "    <source id=\"s\" publisher=\"P\"><title>T</title></source>\n"
                               "  </sources>\n"
                               "  <casualties>\n");
  g_autofree char *contents = NULL;

  for (guint i = 0; i < 8; i++)
    g_string_append (xml, "    <casualty date=\"2020-13-45\" incident=\"nope\" "
                          "personnel=\"military\" nationality=\"Chad\" source=\"s\"/>\n");
  /* line 18 */
  g_string_append (xml, "  </casualty-list>\n</peacekeeping-dataset>\n");
  contents = g_string_free (xml, FALSE);
  return pkc_test_write_temp_file ("broken-values.xml", contents);
}

static void
test_broken_file_dialog (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcDataset *before = pkc_window_get_dataset (window);
  g_autofree char *path = write_broken_file ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  PkcTestLoadWait wait = { 0 };
  AdwMessageDialog *dialog;
  const char *body;
  const char *list;
  guint listed = 0;

  pkc_test_watch_load (window, &wait);
  pkc_window_open_file (window, file);
  pkc_test_iterate_until (&wait.finished);
  g_assert_false (wait.succeeded);
  pkc_test_wait_for_redraw ();

  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "broken-values.xml"));
  body = adw_message_dialog_get_body (dialog);
  g_assert_true (GTK_IS_LABEL (adw_message_dialog_get_extra_child (dialog)));
  list = gtk_label_get_text (GTK_LABEL (adw_message_dialog_get_extra_child (dialog)));
  g_test_message ("dialog body:\n%s\nlist:\n%s", body, list);
  /* The cause first, with its line and libxml2's words inside the sentence… */
  g_assert_true (g_str_has_prefix (body, "Line 18: the XML is not well-formed (libxml2 says: "
                                         "Opening and ending tag mismatch"));
  g_assert_null (strstr (body, "Line 10"));
  /* …then the value problems found before it, five lines in all, and the rest counted. */
  for (const char *p = list; (p = strstr (p, "Line ")) != NULL; p++)
    listed++;
  g_assert_cmpuint (1 + listed, ==, PKC_LOAD_ERROR_MAX_LISTED);
  g_assert_true (g_str_has_prefix (list, "• Line 10: "));
  {
    g_autoptr(GPtrArray) problems = NULL;
    g_autoptr(GError) error = NULL;
    g_autofree char *more = NULL;

    g_assert_null (pkc_loader_load_file_problems (file, NULL, &problems, &error));
    g_assert_cmpuint (problems->len, >, PKC_LOAD_ERROR_MAX_LISTED);
    more = g_strdup_printf ("\nand %u more problems", problems->len - PKC_LOAD_ERROR_MAX_LISTED);
    g_assert_true (g_str_has_suffix (list, more));
  }
  g_assert_nonnull (strstr (body, "The dataset shown before stays open."));
  /* …and the dataset on screen is the one shown before. */
  g_assert_true (pkc_window_get_dataset (window) == before);
  g_assert_true (pkc_chart_view_get_dataset (pkc_window_get_chart_view (window,
                                                                          PKC_CHART_CASUALTIES))
                 == before);

  gtk_window_destroy (GTK_WINDOW (dialog));
  pkc_test_remove_temp_file (path);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A dataset that loads exactly as long as the test wants, whatever the machine's speed: a
 * named pipe fed by a thread that writes the head and some casualties, then waits until the
 * test releases it to write the rest. The loader, in its own thread, blocks on the pipe. */
typedef struct {
  char     *dir;
  char     *path;
  GThread  *writer;
  GMutex    lock;
  GCond     changed;
  gboolean  opened;      /* the loader opened the pipe and has the head */
  gboolean  released;
} HeldFile;

#define HELD_FILE_CASUALTIES 200   /* each half: well inside the pipe's 64 KiB buffer */

static void
write_casualties (int fd)
{
  static const char *incidents[] = { "malicious-act", "accident", "illness", "unknown" };

  for (guint i = 0; i < HELD_FILE_CASUALTIES; i++)
    {
      g_autofree char *line =
        g_strdup_printf ("    <casualty date=\"%04u-%02u-%02u\" incident=\"%s\" "
                         "personnel=\"military\" nationality=\"Testland\" iso=\"TST\" "
                         "source=\"s\"/>\n",
                         2000 + i % 24, 1 + (i / 24) % 12, 1 + i % 28, incidents[i % 4]);

      /* A loader given up closes the pipe: the rest is not needed (EPIPE, ignored). */
      if (write (fd, line, strlen (line)) < 0)
        return;
    }
}

static gpointer
held_file_write (gpointer data)
{
  HeldFile *held = data;
  const char *head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<peacekeeping-dataset format=\"1\">\n"
                     "  <mission acronym=\"LARGE\" start=\"2000-01-01\" source=\"s\">\n"
                     "    <name xml:lang=\"en\">Large mission</name>\n"
                     "  </mission>\n"
                     "  <sources>\n"
                     "    <source id=\"s\" publisher=\"Test\"><title>Generated</title></source>\n"
                     "  </sources>\n"
                     "  <casualties>\n";
  const char *tail = "  </casualties>\n</peacekeeping-dataset>\n";
  int fd = open (held->path, O_WRONLY);   /* returns once the loader opened the pipe */

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, head, strlen (head)), ==, (gssize) strlen (head));
  write_casualties (fd);
  g_mutex_lock (&held->lock);
  held->opened = TRUE;
  g_cond_broadcast (&held->changed);
  while (!held->released)
    g_cond_wait (&held->changed, &held->lock);
  g_mutex_unlock (&held->lock);
  write_casualties (fd);
  if (write (fd, tail, strlen (tail)) < 0)
    g_test_message ("the loader closed the pipe before its end");
  close (fd);
  return NULL;
}

static HeldFile *
held_file_new (void)
{
  HeldFile *held = g_new0 (HeldFile, 1);
  g_autoptr(GError) error = NULL;

  held->dir = g_dir_make_tmp ("pkc-held-XXXXXX", &error);
  g_assert_no_error (error);
  held->path = g_build_filename (held->dir, "large.xml", NULL);
  g_assert_cmpint (mkfifo (held->path, 0600), ==, 0);
  g_mutex_init (&held->lock);
  g_cond_init (&held->changed);
  held->writer = g_thread_new ("held-file", held_file_write, held);
  return held;
}

static gboolean
held_file_opened (gpointer data)
{
  HeldFile *held = data;
  gboolean opened;

  g_mutex_lock (&held->lock);
  opened = held->opened;
  g_mutex_unlock (&held->lock);
  return opened;
}

/* Lets the writer finish the file; the loader reads it to the end or has given it up. */
static void
held_file_release (HeldFile *held)
{
  g_mutex_lock (&held->lock);
  held->released = TRUE;
  g_cond_broadcast (&held->changed);
  g_mutex_unlock (&held->lock);
}

static void
held_file_free (HeldFile *held)
{
  held_file_release (held);
  if (held->writer != NULL)
    g_thread_join (held->writer);
  g_remove (held->path);
  g_rmdir (held->dir);
  g_mutex_clear (&held->lock);
  g_cond_clear (&held->changed);
  g_free (held->path);
  g_free (held->dir);
  g_free (held);
}

static gboolean
widget_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

static gboolean
widget_mapped (gpointer widget)
{
  return gtk_widget_get_visible (widget) && gtk_widget_get_mapped (widget);
}

static void
test_large_file_shows_indicator (void)
{
  PkcWindow *window = pkc_test_show_window ();
  GtkWidget *indicator = find_indicator (GTK_WIDGET (window));
  HeldFile *held = held_file_new ();
  g_autoptr(GFile) file = g_file_new_for_path (held->path);
  PkcTestLoadWait wait = { 0 };

  g_assert_nonnull (indicator);
  g_assert_false (gtk_widget_get_visible (indicator));

  pkc_test_watch_load (window, &wait);
  pkc_window_open_file (window, file);
  /* Not at once: a quick load would only flicker. */
  g_assert_false (gtk_widget_get_visible (indicator));
  pkc_test_wait_until (held_file_opened, held, 10000);
  /* The loader waits for the rest of the file in its own thread: were it on the main
   * thread, nothing would turn the main loop and the indicator would never show. */
  pkc_test_wait_until (widget_mapped, indicator, 10000);
  g_assert_false (wait.finished);
  held_file_release (held);
  pkc_test_iterate_until (&wait.finished);
  g_assert_true (wait.succeeded);
  g_assert_false (gtk_widget_get_visible (indicator));
  g_assert_cmpstr (pkc_dataset_get_acronym (pkc_window_get_dataset (window)), ==, "LARGE");
  g_assert_cmpuint (pkc_dataset_get_n_casualties (pkc_window_get_dataset (window)), ==,
                    2 * HELD_FILE_CASUALTIES);

  held_file_free (held);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A load given up never reports: once the writer has finished (the loader read the file to
 * its end or closed it), the main loop is given time to deliver a result that must not come. */
static void
assert_never_finishes (HeldFile        *held,
                       PkcTestLoadWait *wait)
{
  held_file_release (held);
  g_thread_join (g_steal_pointer (&held->writer));
  pkc_test_iterate_for (1000);
  g_assert_false (wait->finished);
}

/* A second file opened while the first loads: the first is given up, the second shown. */
static void
test_open_cancels_previous (void)
{
  PkcWindow *window = pkc_test_show_window ();
  GtkWidget *indicator = find_indicator (GTK_WIDGET (window));
  HeldFile *held = held_file_new ();
  g_autofree char *small = g_test_build_filename (G_TEST_DIST, "data", "valid-small.xml", NULL);
  g_autoptr(GFile) large_file = g_file_new_for_path (held->path);
  g_autoptr(GFile) small_file = g_file_new_for_path (small);
  PkcTestLoadWait wait = { 0 };

  pkc_test_watch_load (window, &wait);
  pkc_window_open_file (window, large_file);
  pkc_test_wait_until (held_file_opened, held, 10000);
  pkc_window_open_file (window, small_file);
  pkc_test_iterate_until (&wait.finished);
  g_assert_true (wait.succeeded);
  g_assert_cmpstr (pkc_dataset_get_display_name (pkc_window_get_dataset (window)), ==,
                   "valid-small.xml");
  /* The large file, given up, neither replaces it nor reports anything. */
  wait.finished = FALSE;
  assert_never_finishes (held, &wait);
  g_assert_cmpstr (pkc_dataset_get_display_name (pkc_window_get_dataset (window)), ==,
                   "valid-small.xml");
  g_assert_false (gtk_widget_get_visible (indicator));

  held_file_free (held);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_button (GtkWidget *root)
{
  if (GTK_IS_BUTTON (root))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_button (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The indicator's stop button gives the load up: the dataset shown stays, nothing reported. */
static void
test_stop_button (void)
{
  PkcWindow *window = pkc_test_show_window ();
  PkcDataset *before = pkc_window_get_dataset (window);
  GtkWidget *indicator = find_indicator (GTK_WIDGET (window));
  HeldFile *held = held_file_new ();
  g_autoptr(GFile) file = g_file_new_for_path (held->path);
  PkcTestLoadWait wait = { 0 };

  pkc_test_watch_load (window, &wait);
  pkc_window_open_file (window, file);
  pkc_test_wait_until (held_file_opened, held, 10000);
  pkc_test_wait_until (widget_visible, indicator, 10000);
  g_assert_false (wait.finished);
  g_signal_emit_by_name (find_button (indicator), "clicked");
  g_assert_false (gtk_widget_get_visible (indicator));
  assert_never_finishes (held, &wait);
  g_assert_true (pkc_window_get_dataset (window) == before);

  held_file_free (held);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* A loader given up closes its end of a held file's pipe: its writer gets EPIPE. */
  signal (SIGPIPE, SIG_IGN);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/load-feedback/broken-file-dialog", test_broken_file_dialog);
  g_test_add_func ("/load-feedback/large-file-indicator", test_large_file_shows_indicator);
  g_test_add_func ("/load-feedback/open-cancels-previous", test_open_cancels_previous);
  g_test_add_func ("/load-feedback/stop-button", test_stop_button);
  return g_test_run ();
}
