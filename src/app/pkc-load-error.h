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

/* The problem that stopped the load first, with its line; @error's message when there are
 * no @problems (a file that cannot be read). */
char      *pkc_load_error_format_cause  (GPtrArray    *problems,
                                         const GError *error);
/* The problems after the first, as a list, up to PKC_LOAD_ERROR_MAX_LISTED problems in all,
 * then how many more ("and 12 more problems"); "" when there is only the one. */
char      *pkc_load_error_format_others (GPtrArray    *problems);
/* A dialog over @parent naming @file: the cause as its body, the others under it. Presented
 * by the caller. */
GtkWidget *pkc_load_error_dialog_new  (GtkWindow    *parent,
                                       GFile        *file,
                                       GPtrArray    *problems,
                                       const GError *error);

G_END_DECLS
