/* pkc-cli-private.h — the parsed command line, shared by pkc-cli.c and the refusals of
 * options that conflict or do not apply (pkc-cli-refuse.c)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char     *check_file;   /* "" for --check without =FILE: the file or --mission follows */
  char     *format;
  gboolean  list_missions;
  char     *print_data;
  char     *interval;
  char     *import_csv;
  char     *mission;
  char     *output;
  char     *export_chart;
  char     *size;
  char     *scale;
  char     *theme;
  char     *missions;
  char     *stack_by;
  char     *personnel;
  char     *hide;
  char     *from;
  char     *to;
  gboolean  cumulative;
  gboolean  version;
  gboolean  gapplication_service;
  char    **files;
} PkcCliOptions;

/* Conflicting modes and options that do nothing in the chosen mode are refused with one
 * line on standard error, never silently ignored. TRUE when the command line was refused. */
gboolean pkc_cli_refuse_misused_options (const PkcCliOptions *options);

/* Opens the window: loads the GUI module and runs the application with @argv (GApplication's
 * arguments). Returns its exit status, 1 when the module cannot be loaded. */
int      pkc_cli_run_window             (int    argc,
                                         char **argv);

G_END_DECLS
