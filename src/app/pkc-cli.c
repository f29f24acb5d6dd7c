/* pkc-cli.c — command-line entry point: headless modes, or hand over to the GUI
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "pkc-cli.h"
#include "pkc-cli-missions.h"
#include "pkc-charts.h"
#include "pkc-cli-compare.h"
#include "pkc-cli-private.h"
#include "pkc-cli-view.h"
#include "pkc-embedded.h"
#include "pkc-export.h"
#include "pkc-loader.h"
#include "pkc-missions.h"
#include "pkc-data-text.h"
#include "pkc-series.h"
#include "pkc-un-import.h"


static void
pkc_cli_options_clear (PkcCliOptions *options)
{
  g_clear_pointer (&options->check_file, g_free);
  g_clear_pointer (&options->format, g_free);
  g_clear_pointer (&options->print_data, g_free);
  g_clear_pointer (&options->interval, g_free);
  g_clear_pointer (&options->import_csv, g_free);
  g_clear_pointer (&options->mission, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->export_chart, g_free);
  g_clear_pointer (&options->size, g_free);
  g_clear_pointer (&options->scale, g_free);
  g_clear_pointer (&options->theme, g_free);
  g_clear_pointer (&options->missions, g_free);
  g_clear_pointer (&options->stack_by, g_free);
  g_clear_pointer (&options->personnel, g_free);
  g_clear_pointer (&options->hide, g_free);
  g_clear_pointer (&options->from, g_free);
  g_clear_pointer (&options->to, g_free);
  g_clear_pointer (&options->files, g_strfreev);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PkcCliOptions, pkc_cli_options_clear)

static gboolean
has_catalogue (const char *localedir,
               const char *language)
{
  g_autofree char *path = g_build_filename (localedir, language, "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);

  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

/* The installed catalogues, unless the one for the user's language is missing there but
 * present in the build tree (BUILD/po/LANG/LC_MESSAGES): then this is an uninstalled run,
 * like pkc-settings.c falling back to the build-tree schema. */
static const char *
choose_localedir (void)
{
  const char * const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      if (g_str_equal (languages[i], "C") || g_str_has_prefix (languages[i], "C."))
        break;
      if (has_catalogue (LOCALEDIR, languages[i]))
        return LOCALEDIR;
      if (has_catalogue (PKC_BUILD_LOCALEDIR, languages[i]))
        return PKC_BUILD_LOCALEDIR;
    }
  return LOCALEDIR;
}

static void
setup_gettext (void)
{
  const char *localedir = g_getenv ("PKC_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* PKC_LOCALEDIR lets tests use the catalogues in the build tree explicitly. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : choose_localedir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static void
print_error (const char *message)
{
  g_printerr ("%s\n", message);
}

/* The dataset named on the command line (a file or --mission), or the embedded MINUSMA one. */
static PkcDataset *
load_dataset (char       **files,
              const char  *mission,
              GError     **error)
{
  if (mission != NULL)
    return pkc_missions_load (mission, error);
  if (files == NULL || files[0] == NULL)
    return pkc_embedded_dataset_load (error);

  if (files[1] != NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   /* Translators: command-line error; %u is how many files were given */
                   _("Only one dataset file can be given, got %u"), g_strv_length (files));
      return NULL;
    }

  {
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (files[0]);
    return pkc_loader_load_file (file, NULL, error);
  }
}

static int
run_check (const PkcCliOptions *options)
{
  const char *path = *options->check_file != '\0' ? options->check_file
                     : options->files != NULL ? options->files[0] : NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  g_autofree char *summary = NULL;

  if (options->mission != NULL)
    {
      dataset = pkc_missions_load (options->mission, &error);
      if (dataset == NULL)
        {
          print_error (error->message);
          return 1;
        }
      summary = pkc_data_text_summary (dataset);
      g_print ("%s", summary);
      return 0;
    }
  file = g_file_new_for_commandline_arg (path);
  dataset = pkc_loader_load_file_all_errors (file, NULL, &messages, &error);
  if (dataset == NULL)
    {
      /* Every problem found, in file order; an I/O error has no per-line messages. */
      if (messages != NULL && messages->len > 0)
        for (guint i = 0; i < messages->len; i++)
          print_error (g_ptr_array_index (messages, i));
      else
        print_error (error->message);
      return 1;
    }

  summary = pkc_data_text_summary (dataset);
  g_print ("%s", summary);
  return 0;
}

static int
print_gerror (GError *error)
{
  g_strdelimit (error->message, "\r\n", ' ');
  print_error (error->message);
  return 1;
}

static PkcCliView
cli_view (const PkcCliOptions *options)
{
  return (PkcCliView) {
    options->interval, options->stack_by, options->personnel, options->hide, options->from,
    options->to, options->cumulative,
  };
}

static int
run_print_data (PkcCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  PkcCliView view = cli_view (options);
  PkcChartOptions chart;
  PkcCompareView compare;
  int status;

  pkc_chart_options_init (&chart);
  if (pkc_cli_compare_token (options->print_data, &compare))
    {
      g_autofree char *csv = pkc_cli_compare_print_data (compare, options->missions, &error);

      if (csv == NULL)
        return print_gerror (error);
      g_string_append (out, csv);
    }
  else if ((status = pkc_cli_view_read (&view, &chart)) != 0)
    return status;
  else if ((dataset = load_dataset (options->files, options->mission, &error)) == NULL)
    return print_gerror (error);
  else if (g_strcmp0 (options->print_data, "casualties") == 0)
    {
      /* Exactly what the window's data table shows for the same view. */
      g_autofree char *csv = NULL;

      if ((status = pkc_cli_view_hide (&view, dataset, &chart)) != 0)
        return status;
      csv = pkc_chart_data_to_csv (PKC_CHART_CASUALTIES, dataset, &chart, &error);
      g_string_append (out, csv);
    }
  else if (!pkc_data_text_table (dataset, options->print_data, chart.interval, out, &error))
    {
      print_error (error->message);
      return 1;
    }

  if (options->output != NULL)
    {
      /* The same safe write as an export: a failure leaves any existing file as it was. */
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->output);
      g_autoptr(GBytes) bytes = g_bytes_new (out->str, out->len);

      if (!pkc_export_write (file, bytes, NULL, &error))
        return print_gerror (error);
      return 0;
    }
  fwrite (out->str, 1, out->len, stdout);
  return fflush (stdout) == 0 ? 0 : 1;
}


/* The dataset to export. The measuring context is made first: pango reads the fontconfig
 * setup on a thread as the font map is made, so that happens while the dataset loads instead
 * of before the first text is measured. */
static PkcDataset *
load_export_dataset (const PkcCliOptions *options,
                     GError             **error)
{
  pkc_text_prepare ();
  return load_dataset (options->files, options->mission, error);
}

/* Whole-file exports with no display: the same painter as the window, then an atomic write. */
static int
run_export (PkcCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PkcDataset) dataset = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean all = g_strcmp0 (options->export_chart, "all") == 0;
  PkcChartKind kind = PKC_N_CHARTS;
  PkcExportSettings settings;
  PkcExportFormat format;
  PkcCompareView compare_view;
  gboolean compare = pkc_cli_compare_token (options->export_chart, &compare_view);
  PkcCliView view = cli_view (options);
  int status;

  if (!all && !compare && !pkc_chart_kind_from_token (options->export_chart, &kind))
    {
      /* Translators: %s is what the user typed after --export= */
      g_printerr (_("Unknown chart “%s”: use casualties, strength, bases, compare, "
                    "compare-ranking, compare-world or all"),
                  options->export_chart);
      g_printerr ("\n");
      return 1;
    }
  if (options->output == NULL)
    {
      print_error (_("--export needs --output=FILE (ending in .png, .pdf or .svg)"));
      return 1;
    }
  if (!pkc_export_format_from_path (options->output, &format, &error))
    return print_gerror (error);
  if (all && format != PKC_EXPORT_PDF)
    {
      print_error (_("--export=all writes one PDF report: the output must end in .pdf"));
      return 1;
    }

  pkc_export_settings_init (&settings, format);
  if (options->size != NULL &&
      !pkc_export_parse_size (options->size, &settings.width, &settings.height, &error))
    return print_gerror (error);
  if (options->scale != NULL)
    {
      if (format != PKC_EXPORT_PNG)
        {
          print_error (_("--scale only applies to PNG images"));
          return 1;
        }
      if (!pkc_export_parse_scale (options->scale, &settings.scale, &settings.dpi, &error))
        return print_gerror (error);
    }
  if (options->theme != NULL && !pkc_export_parse_theme (options->theme, &settings.theme, &error))
    return print_gerror (error);
  if ((status = pkc_cli_view_read (&view, &settings.chart)) != 0)
    return status;
  if (!pkc_export_settings_check (&settings, &error))
    return print_gerror (error);

  if (compare)
    bytes = pkc_cli_compare_export (compare_view, options->missions, &settings, &error);
  else if ((dataset = load_export_dataset (options, &error)) == NULL)
    return print_gerror (error);
  else if ((status = pkc_cli_view_hide (&view, dataset, &settings.chart)) != 0)
    return status;
  else if (all)
    {
      /* The casualty chart's view on its page; the hidden series are its own. */
      PkcChartOptions pages[PKC_N_CHARTS];

      for (guint i = 0; i < PKC_N_CHARTS; i++)
        {
          pages[i] = settings.chart;
          if (i != PKC_CHART_CASUALTIES)
            pages[i].hidden_series = 0;
        }
      bytes = pkc_export_report (dataset, pages, &settings, &error);
    }
  else
    bytes = pkc_export_chart (dataset, kind, &settings, &error);
  if (bytes == NULL)
    return print_gerror (error);

  file = g_file_new_for_commandline_arg (options->output);
  if (!pkc_export_write (file, bytes, NULL, &error))
    return print_gerror (error);
  return 0;
}

static int
run_application (int            argc,
                 char          *argv0,
                 PkcCliOptions *options)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  g_ptr_array_add (args, argv0);
  /* D-Bus activation (the .service file) starts us as a service: GApplication handles it. */
  if (options->gapplication_service)
    g_ptr_array_add (args, (char *) "--gapplication-service");
  for (guint i = 0; options->files != NULL && options->files[i] != NULL; i++)
    g_ptr_array_add (args, options->files[i]);
  g_ptr_array_add (args, NULL);

  return pkc_cli_run_window ((int) args->len - 1, (char **) args->pdata);
}

/* --check takes its file as --check=FILE or --check FILE, or none with --mission. */
static PkcCliOptions *parsed_options;

static gboolean
check_option_cb (const char  *name,
                 const char  *value,
                 gpointer     data,
                 GError     **error)
{
  g_free (parsed_options->check_file);
  parsed_options->check_file = g_strdup (value != NULL ? value : "");
  return TRUE;
}

int
pkc_cli_main (int   argc,
              char *argv[])
{
  g_auto(PkcCliOptions) options = { 0 };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries[] = {
    { "check", 0, G_OPTION_FLAG_OPTIONAL_ARG | G_OPTION_FLAG_FILENAME, G_OPTION_ARG_CALLBACK,
      check_option_cb,
      N_("Validate a dataset file (or the --mission built in) and print a summary"),
      N_("FILE") },
    { "print-data", 0, 0, G_OPTION_ARG_STRING, &options.print_data,
      N_("Print the numbers a chart plots as CSV: casualties, strength, bases, compare, "
         "compare-ranking or compare-world"), N_("CHART") },
    { "interval", 0, 0, G_OPTION_ARG_STRING, &options.interval,
      N_("Group casualties per month, quarter or year (default: quarter, as in the window)"),
      N_("INTERVAL") },
    { "import-un-fatalities", 0, 0, G_OPTION_ARG_FILENAME, &options.import_csv,
      N_("Build a dataset from the UN peacekeeper-fatalities CSV (needs --mission)"), N_("CSV") },
    { "mission", 0, 0, G_OPTION_ARG_STRING, &options.mission,
      N_("A mission of the UN data built in, such as UNIFIL, for --check, --print-data and "
         "--export; or the mission to import"), N_("ACRONYM") },
    { "list-missions", 0, 0, G_OPTION_ARG_NONE, &options.list_missions,
      N_("List every mission built in: acronym, years, deaths and name"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format,
      N_("With --list-missions: text (default) or csv"), N_("FORMAT") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &options.output,
      N_("Write to FILE instead of standard output"), N_("FILE") },
    { "export", 0, 0, G_OPTION_ARG_STRING, &options.export_chart,
      N_("Export a chart to --output (.png, .pdf or .svg): casualties, strength, bases, "
         "compare, compare-ranking, compare-world, or all as a PDF report"), N_("CHART") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &options.size,
      N_("Export size: pixels for PNG and SVG (default 1920x1080), points for PDF "
         "(default 842x595, A4 landscape)"), N_("WxH") },
    { "scale", 0, 0, G_OPTION_ARG_STRING, &options.scale,
      N_("PNG pixel density: a factor such as 2, or a resolution such as 300dpi"), N_("N") },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &options.theme,
      N_("Export colours: light, dark or print (default light)"), N_("THEME") },
    { "missions", 0, 0, G_OPTION_ARG_STRING, &options.missions,
      N_("With --export=compare or --print-data=compare: 2 to 6 missions to compare "
         "(default MINUSMA,MINUSCA,MONUSCO)"), N_("A,B,C") },
    { "stack-by", 0, 0, G_OPTION_ARG_STRING, &options.stack_by,
      N_("With --export=casualties or all, or --print-data=casualties: stack the bars by "
         "incident, nationality, personnel or gender (default incident)"), N_("WHAT") },
    { "personnel", 0, 0, G_OPTION_ARG_STRING, &options.personnel,
      N_("With the casualty chart: count only these personnel types, comma-separated: "
         "military, military-observer, police, international-civilian, local-civilian, "
         "other, civilian (both civilian types) or all"), N_("TYPES") },
    { "hide", 0, 0, G_OPTION_ARG_STRING, &options.hide,
      N_("With the casualty chart: leave out these legend series, comma-separated, named as "
         "in the CSV header (malicious-act, accident, …)"), N_("SERIES") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from,
      N_("With the casualty chart: start at DATE (YYYY, YYYY-MM or YYYY-MM-DD), widened to "
         "the start of its period as the window's zoom is"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to,
      N_("With the casualty chart: end at DATE (YYYY, YYYY-MM or YYYY-MM-DD), widened to the "
         "end of its period"), N_("DATE") },
    { "cumulative", 0, 0, G_OPTION_ARG_NONE, &options.cumulative,
      N_("With the casualty chart: draw the cumulative line (a cumulative column in the CSV)"),
      NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &options.version,
      N_("Print the version and exit"), NULL },
    { "gapplication-service", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE,
      &options.gapplication_service, NULL, NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &options.files, NULL, NULL },
    { NULL }
  };

  setup_gettext ();
  g_set_prgname ("peacekeeping-charts");
  parsed_options = &options;

  /* Translators: the parameter summary shown by --help */
  context = g_option_context_new (_("[FILE] — chart a UN peacekeeping mission dataset"));
  g_option_context_set_summary (context,
                                _("Without options, opens FILE (or the embedded MINUSMA dataset) "
                                  "in a window."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (options.version)
    {
      g_print ("peacekeeping-charts %s\n", PACKAGE_VERSION);
      return 0;
    }

  if (pkc_cli_refuse_misused_options (&options))
    return 2;

  if (options.check_file != NULL)
    return run_check (&options);

  if (options.list_missions)
    return pkc_cli_list_missions (options.format);

  if (options.print_data != NULL)
    return run_print_data (&options);

  if (options.import_csv != NULL)
    {
      if (options.mission == NULL)
        {
          g_printerr ("%s\n", _("--import-un-fatalities needs --mission=ACRONYM"));
          return 1;
        }
      return pkc_un_import_main (options.import_csv, options.mission, options.output);
    }

  if (options.export_chart != NULL)
    return run_export (&options);

  return run_application (argc, argv[0], &options);
}
