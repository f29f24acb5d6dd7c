/* pkc-load-error.h — what the window says when a dataset file does not open
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "pkc-loader.h"

G_BEGIN_DECLS

/* How many problems the dialog lists; the rest are counted ("and 12 more problems"). */
#define PKC_LOAD_ERROR_MAX_LISTED 5

/* The dialog's text: the problem that stopped the load first, with its line, then up to
 * PKC_LOAD_ERROR_MAX_LISTED problems in all and how many more; @error's message when there
 * are no @problems (a file that cannot be read). */
char      *pkc_load_error_format_body (GPtrArray    *problems,
                                       const GError *error);
/* A dialog over @parent naming @file, with that text; presented by the caller. */
GtkWidget *pkc_load_error_dialog_new  (GtkWindow    *parent,
                                       GFile        *file,
                                       GPtrArray    *problems,
                                       const GError *error);

G_END_DECLS
