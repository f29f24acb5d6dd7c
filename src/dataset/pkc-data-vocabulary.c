/* pkc-data-vocabulary.c — the contingent countries and base names of the shipped datasets, for translation
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

/* These tables only put the words in the .pot: the charts look a value up by its text
 * (pkc_data_term_country(), pkc_data_term_base()), so a dataset value missing here is shown
 * as written. Keep them to the values that the shipped datasets use (data/minusma.xml, data/monusco.xml). */

/* Translators: countries that sent contingents to a mission, as in the UN's country names */
G_GNUC_UNUSED static const char *const countries[] = {
  NC_("country", "Bangladesh"), NC_("country", "Belgium"), NC_("country", "Benin"),
  NC_("country", "Burkina Faso"), NC_("country", "Cambodia"), NC_("country", "Chad"),
  NC_("country", "China"), NC_("country", "Côte d'Ivoire"), NC_("country", "Egypt"),
  NC_("country", "El Salvador"), NC_("country", "Germany"), NC_("country", "Ghana"),
  NC_("country", "Guinea"), NC_("country", "Indonesia"), NC_("country", "Jordan"), NC_("country", "Liberia"),
  NC_("country", "Lithuania"), NC_("country", "Mexico"), NC_("country", "Nepal"),
  NC_("country", "Niger"), NC_("country", "Nigeria"), NC_("country", "Pakistan"),
  NC_("country", "Senegal"), NC_("country", "Sri Lanka"), NC_("country", "Sweden"),
  NC_("country", "Togo"), NC_("country", "Tunisia"), NC_("country", "United Kingdom"),
  NC_("country", "Uruguay"),
};

/* Translators: names of mission bases that have an established name in other languages
 * (the others are place names written the same in every language) */
G_GNUC_UNUSED static const char *const bases[] = {
  NC_("base", "Timbuktu"), NC_("base", "Bamako (mission headquarters)"),
  NC_("base", "Bukavu (South Kivu office)"),
};
