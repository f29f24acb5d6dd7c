/* pkc-data-terms.c — translated display names for the fixed vocabulary a dataset uses
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-data-terms.h"

/* These tables only put the words in the .pot: the lookup is by the text itself, so a
 * dataset value missing here is shown as written. Keep them to the values that the
 * shipped datasets use (data/minusma.xml). */

/* Translators: countries that sent contingents to a mission, as in the UN's country names */
G_GNUC_UNUSED static const char *const countries[] = {
  NC_("country", "Bangladesh"), NC_("country", "Belgium"), NC_("country", "Benin"),
  NC_("country", "Burkina Faso"), NC_("country", "Cambodia"), NC_("country", "Chad"),
  NC_("country", "China"), NC_("country", "Côte d'Ivoire"), NC_("country", "Egypt"),
  NC_("country", "El Salvador"), NC_("country", "Germany"), NC_("country", "Ghana"),
  NC_("country", "Guinea"), NC_("country", "Jordan"), NC_("country", "Liberia"),
  NC_("country", "Lithuania"), NC_("country", "Mexico"), NC_("country", "Nepal"),
  NC_("country", "Niger"), NC_("country", "Nigeria"), NC_("country", "Pakistan"),
  NC_("country", "Senegal"), NC_("country", "Sri Lanka"), NC_("country", "Sweden"),
  NC_("country", "Togo"), NC_("country", "Tunisia"), NC_("country", "United Kingdom"),
};

/* Translators: regions of Mali where mission bases were */
G_GNUC_UNUSED static const char *const regions[] = {
  NC_("region", "Bamako"), NC_("region", "Gao"), NC_("region", "Kidal"),
  NC_("region", "Mopti"), NC_("region", "Ménaka"), NC_("region", "Timbuktu"),
};

/* Translators: names of mission bases that have an established name in other languages
 * (the others are place names written the same in every language) */
G_GNUC_UNUSED static const char *const bases[] = {
  NC_("base", "Timbuktu"), NC_("base", "Bamako (mission headquarters)"),
};

/* Translators: how far a reported figure can be trusted */
G_GNUC_UNUSED static const char *const confidences[] = {
  NC_("confidence", "high"), NC_("confidence", "medium-high"), NC_("confidence", "medium"),
  NC_("confidence", "low-medium"), NC_("confidence", "low"),
};

/* Translators: what a reported troop-strength figure counts */
G_GNUC_UNUSED static const char *const scopes[] = {
  NC_("scope", "uniformed"),
  NC_("scope", "uniformed (approx.)"),
  NC_("scope", "military"),
  NC_("scope", "military (approx.)"),
  NC_("scope", "police"),
  NC_("scope", "military and police (approx.)"),
  NC_("scope", "military and police; total includes civilians"),
  NC_("scope", "military on the ground (approx.)"),
  NC_("scope", "blue helmets (approx.)"),
  NC_("scope", "force (probably including civilians)"),
  NC_("scope", "personnel (unclear, probably uniformed)"),
  NC_("scope", "personnel under the Force Commander (approx.)"),
  NC_("scope", "uniformed personnel to be repatriated"),
};

/* No catalogue entry is this long; g_dpgettext2() copies context + text onto the stack with
 * alloca(), so a long dataset value (the loader allows a few KB) must never reach it. */
#define TERM_MAX_BYTES 200

static const char *
lookup (const char *context,
        const char *text)
{
  if (text == NULL || *text == '\0')
    return text != NULL ? text : "";
  if (strnlen (text, TERM_MAX_BYTES + 1) > TERM_MAX_BYTES)
    return text;
  return g_dpgettext2 (GETTEXT_PACKAGE, context, text);
}

const char *
pkc_data_term_country (const char *name)
{
  return lookup ("country", name);
}

const char *
pkc_data_term_region (const char *name)
{
  return lookup ("region", name);
}

const char *
pkc_data_term_base (const char *name)
{
  return lookup ("base", name);
}

const char *
pkc_data_term_confidence (const char *value)
{
  return lookup ("confidence", value);
}

const char *
pkc_data_term_scope (const char *value)
{
  return lookup ("scope", value);
}
