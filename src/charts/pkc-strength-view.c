/* pkc-strength-view.c — the strength chart says which of its series the legend switched off,
 * in its subtitle, so that an exported chart stands alone
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-casualty-view.h"

char *
pkc_strength_view_filters (const gboolean *present,
                           guint           hidden_series)
{
  /* The legend's names (pkc-layout-strength.c), inside a sentence. */
  static const char *const names[PKC_N_STRENGTH_SERIES] = {
    N_("military ceiling"), N_("police ceiling"), N_("military deployed"),
    N_("police deployed"), N_("other reported totals"), N_("departures in the 2023 withdrawal"),
  };
  g_autoptr(GPtrArray) hidden = g_ptr_array_new ();

  for (guint s = 0; s < PKC_N_STRENGTH_SERIES; s++)
    if (present[s] && (hidden_series & (1u << s)))
      g_ptr_array_add (hidden, (gpointer) _(names[s]));
  return pkc_excluding_text (hidden);
}
