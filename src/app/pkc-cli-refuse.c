/* pkc-cli-refuse.c — the command line says no: conflicting modes, options that do not apply
 * to the chosen mode, a mission beside a file
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-cli-compare.h"
#include "pkc-cli-missions.h"
#include "pkc-cli-private.h"

/* The option among @names (NULL-terminated pairs of name and whether it was given) that was
 * given, or NULL. */
static const char *
first_given (const char * const *names,
             const gboolean     *given,
             guint               n)
{
  for (guint i = 0; i < n; i++)
    {
      if (given[i])
        return names[i];
    }
  return NULL;
}

/* The Compare charts read the UN data compiled in: a dataset file beside them is refused.
 * --missions applies to the per-year Compare chart only: cleared in @extra_given (index 6)
 * there. TRUE when the command line was refused. */
static gboolean
refuse_compare_options (const PkcCliOptions *options,
                        gboolean                   *extra_given)
{
  const char *chart = options->export_chart != NULL ? options->export_chart : options->print_data;
  PkcCompareView view;

  if (chart == NULL || !pkc_cli_compare_token (chart, &view))
    return FALSE;
  if (view == PKC_COMPARE_MISSIONS)
    extra_given[6] = FALSE;
  if (options->files != NULL && options->files[0] != NULL)
    {
      /* Translators: %s is compare, compare-ranking or compare-world */
      g_printerr (_("%s compares the missions in the UN data built in: it takes no dataset file"),
                  chart);
      g_printerr ("\n");
      return TRUE;
    }
  return FALSE;
}

/* --mission names a dataset built in: not beside a dataset file, not for the Compare charts
 * (they take --missions). --check needs a file or --mission. TRUE when refused. */
static gboolean
refuse_mission_options (const PkcCliOptions *options)
{
  const char *chart = options->export_chart != NULL ? options->export_chart : options->print_data;
  gboolean has_file = (options->files != NULL && options->files[0] != NULL) ||
                      (options->check_file != NULL && *options->check_file != '\0');
  const char *message = NULL;
  g_autofree char *owned = NULL;

  if (options->format != NULL && !options->list_missions)
    message = _("--format only applies to --list-missions");
  else if (options->mission != NULL && options->import_csv == NULL && has_file)
    message = _("--mission and a dataset file cannot be used together: choose one");
  else if (options->mission != NULL && chart != NULL && g_str_has_prefix (chart, "compare"))
    /* Translators: %s is compare, compare-ranking or compare-world */
    message = owned = g_strdup_printf (_("--mission does not apply to %s: use --missions=A,B"),
                                       chart);
  else if (options->check_file != NULL && !has_file && options->mission == NULL)
    message = _("--check needs a FILE or --mission=ACRONYM");
  else if (!pkc_cli_missions_format_ok (options->format))
    /* Translators: %s is what the user typed after --format= */
    message = owned = g_strdup_printf (_("Unknown format “%s”: use text or csv"),
                                       options->format);
  if (message == NULL)
    return FALSE;
  g_printerr ("%s\n", message);
  return TRUE;
}

/* Conflicting modes and options that do nothing in the chosen mode are refused with one
 * line, never silently ignored. TRUE when the command line was refused. */
gboolean
pkc_cli_refuse_misused_options (const PkcCliOptions *options)
{
  const char * const modes[] = { "--check", "--print-data", "--export", "--import-un-fatalities",
                                 "--list-missions" };
  const gboolean mode_given[] = { options->check_file != NULL, options->print_data != NULL,
                                  options->export_chart != NULL, options->import_csv != NULL,
                                  options->list_missions };
  const char * const extras[] = { "--interval", "--output", "--mission", "--size", "--scale",
                                  "--theme", "--missions", "--format", "--stack-by",
                                  "--personnel", "--hide", "--from", "--to", "--cumulative" };
  gboolean extra_given[] = { options->interval != NULL, options->output != NULL,
                             options->mission != NULL, options->size != NULL,
                             options->scale != NULL, options->theme != NULL,
                             options->missions != NULL, options->format != NULL,
                             options->stack_by != NULL, options->personnel != NULL,
                             options->hide != NULL, options->from != NULL,
                             options->to != NULL, options->cumulative };
  const char *mode = NULL;
  const char *stray;
  gboolean interval_applies;

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      if (!mode_given[i])
        continue;
      if (mode != NULL)
        {
          /* Translators: two command-line options such as --check and --export */
          g_printerr (_("%s and %s cannot be used together: choose one"), mode, modes[i]);
          g_printerr ("\n");
          return TRUE;
        }
      mode = modes[i];
    }

  /* What each mode reads: interval only where casualties are grouped. */
  interval_applies = (options->print_data != NULL &&
                      g_ascii_strcasecmp (options->print_data, "casualties") == 0) ||
                     (options->export_chart != NULL &&
                      (g_ascii_strcasecmp (options->export_chart, "casualties") == 0 ||
                       g_ascii_strcasecmp (options->export_chart, "all") == 0));
  if (interval_applies)
    extra_given[0] = FALSE;
  /* Stacking and the rest of the view: the casualty chart (exported alone or in the report,
   * or its numbers). */
  if ((options->export_chart != NULL &&
       (g_ascii_strcasecmp (options->export_chart, "casualties") == 0 ||
        g_ascii_strcasecmp (options->export_chart, "all") == 0)) ||
      g_strcmp0 (options->print_data, "casualties") == 0)
    for (guint i = 8; i < G_N_ELEMENTS (extra_given); i++)
      extra_given[i] = FALSE;
  if (options->print_data != NULL || options->export_chart != NULL || options->import_csv != NULL)
    extra_given[1] = FALSE;
  if (options->import_csv != NULL || options->check_file != NULL ||
      options->print_data != NULL || options->export_chart != NULL)
    extra_given[2] = FALSE;
  if (options->list_missions)
    extra_given[7] = FALSE;
  if (options->export_chart != NULL)
    extra_given[3] = extra_given[4] = extra_given[5] = FALSE;

  if (refuse_compare_options (options, extra_given) || refuse_mission_options (options))
    return TRUE;
  stray = first_given (extras, extra_given, G_N_ELEMENTS (extras));
  if (stray != NULL)
    {
      if (mode != NULL)
        /* Translators: an option that does nothing here, then the mode such as --check */
        g_printerr (_("%s does not apply to %s"), stray, mode);
      else
        /* Translators: %s is a command-line option such as --size */
        g_printerr (_("%s only applies to --check, --print-data, --export or "
                      "--import-un-fatalities, see --help"), stray);
      g_printerr ("\n");
      return TRUE;
    }

  if (options->import_csv != NULL && options->files != NULL && options->files[0] != NULL)
    {
      g_printerr ("%s\n", _("--import-un-fatalities reads the CSV it names, not a dataset file"));
      return TRUE;
    }
  if (options->check_file != NULL && options->files != NULL && options->files[0] != NULL &&
      (*options->check_file != '\0' || options->files[1] != NULL))
    {
      g_printerr ("%s\n", _("--check takes one file: --check FILE"));
      return TRUE;
    }
  return FALSE;
}
