/* pkc-load-error.c — what the window says when a dataset file does not open
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-load-error"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-a11y.h"
#include "pkc-load-error.h"

/* One problem as a sentence with its line; libxml2's English words quoted inside ours. */
static char *
format_problem (const PkcLoadProblem *problem)
{
  if (problem->xml_message != NULL)
    /* Translators: a dataset file that is not XML; %u is the line, %s is libxml2's own
     * English description of the problem, which is not translated */
    return g_strdup_printf (_("Line %u: the XML is not well-formed (libxml2 says: %s)"),
                            problem->line, problem->xml_message);
  /* Translators: one problem of a dataset file: its line, then what is wrong */
  return g_strdup_printf (_("Line %u: %s"), problem->line, problem->message);
}

char *
pkc_load_error_format_cause (GPtrArray    *problems,
                             const GError *error)
{
  if (problems == NULL || problems->len == 0)
    return g_strdup (error != NULL ? error->message : "");
  return format_problem (g_ptr_array_index (problems, 0));
}

char *
pkc_load_error_format_others (GPtrArray *problems)
{
  GString *list = g_string_new (NULL);
  guint listed;

  if (problems == NULL || problems->len < 2)
    return g_string_free (list, FALSE);

  listed = MIN (problems->len, PKC_LOAD_ERROR_MAX_LISTED);
  for (guint i = 1; i < listed; i++)
    {
      g_autofree char *line = format_problem (g_ptr_array_index (problems, i));

      g_string_append_printf (list, "%s• %s", i > 1 ? "\n" : "", line);
    }
  if (problems->len > listed)
    {
      guint more = problems->len - listed;

      g_string_append (list, "\n");
      /* Translators: after the problems listed, how many more the file has */
      g_string_append_printf (list, g_dngettext (GETTEXT_PACKAGE, "and %u more problem",
                                                 "and %u more problems", more), more);
    }
  return g_string_free (list, FALSE);
}

GtkWidget *
pkc_load_error_dialog_new (GtkWindow    *parent,
                           GFile        *file,
                           GPtrArray    *problems,
                           const GError *error)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *display = g_filename_display_name (basename != NULL ? basename : "");
  g_autofree char *heading = NULL;
  g_autofree char *cause = pkc_load_error_format_cause (problems, error);
  g_autofree char *others = pkc_load_error_format_others (problems);
  GtkWidget *dialog;

  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("Could not open “%s”"), display);
  dialog = adw_message_dialog_new (parent, heading, NULL);
  /* The cause in the centred body; the other problems as a list, which reads left-aligned. */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s", cause,
                                  _("The dataset shown before stays open."));
  if (*others != '\0')
    {
      GtkWidget *label = gtk_label_new (others);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), label);
    }
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  pkc_a11y_name_mnemonic_buttons (dialog);
  return dialog;
}
