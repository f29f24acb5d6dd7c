/* pkc-data-vocabulary.c — the place and country names datasets use: translations, UN spellings
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-dataset.h"

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

/* Nationalities the UN's own data misspells or leaves without an ISO code, with the name
 * (looked up in the "country" catalogue) and the ISO 3166-1 alpha-3 code to show. The
 * dataset keeps the UN's text as published; only the display changes. */
static const struct {
  const char *raw;
  const char *name;
  const char *iso;
} un_spellings[] = {
  { "Côte dIvoire", "Côte d'Ivoire", "CIV" },
  { "Cote dIvoire", "Côte d'Ivoire", "CIV" },
  { "Cote d'Ivoire", "Côte d'Ivoire", "CIV" },
  { "Côte d’Ivoire", "Côte d'Ivoire", "CIV" },
};

static gint
un_spelling_index (const char *raw)
{
  for (guint i = 0; raw != NULL && i < G_N_ELEMENTS (un_spellings); i++)
    {
      if (strcmp (raw, un_spellings[i].raw) == 0)
        return (gint) i;
    }
  return -1;
}

const char *
pkc_un_spelling_name (const char *raw)
{
  gint i = un_spelling_index (raw);

  return i >= 0 ? un_spellings[i].name : NULL;
}

const char *
pkc_un_spelling_iso (const char *raw)
{
  gint i = un_spelling_index (raw);

  return i >= 0 ? un_spellings[i].iso : NULL;
}
