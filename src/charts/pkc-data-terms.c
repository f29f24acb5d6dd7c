/* pkc-data-terms.c — translated display names for the fixed vocabulary a dataset uses
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-data-terms.h"
#include "pkc-layout-private.h"

/* These tables only put the words in the .pot: the lookup is by the text itself, so a
 * dataset value missing here is shown as written. The names of places and countries that
 * datasets use are in src/dataset/pkc-data-vocabulary.c; region names come with the dataset. */

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

const char *
pkc_data_term_nationality (const char *raw)
{
  const char *name = pkc_un_spelling_name (raw);

  return pkc_data_term_country (name != NULL ? name : raw);
}

const char *
_pkc_data_term_nationality_iso (const char *raw,
                                const char *iso)
{
  const char *known;

  if (iso != NULL && *iso != '\0')
    return iso;
  known = pkc_un_spelling_iso (raw);
  return known != NULL ? known : "";
}

const char *
pkc_data_term_source_kind (PkcSourceKind kind)
{
  switch (kind)
    {
    case PKC_SOURCE_KIND_PRIMARY_UN:
      /* Translators: what kind of source a dataset cites: the UN's own document or page */
      return C_("source kind", "primary UN");
    case PKC_SOURCE_KIND_NEWS:
      /* Translators: what kind of source a dataset cites: a news outlet or agency */
      return C_("source kind", "news");
    case PKC_SOURCE_KIND_SECONDARY:
      /* Translators: what kind of source a dataset cites: encyclopedia, research, advocacy */
      return C_("source kind", "secondary");
    case PKC_SOURCE_KIND_MIRROR:
      /* Translators: what kind of source a dataset cites: a copy of another site's page */
      return C_("source kind", "mirror");
    case PKC_SOURCE_KIND_UNSPECIFIED:
    case PKC_N_SOURCE_KINDS:
    default:
      return NULL;
    }
}

char *
pkc_source_publisher_with_kind (const PkcSource *source)
{
  const char *kind = pkc_data_term_source_kind (source->kind);

  if (kind == NULL)
    return g_strdup (source->publisher);
  /* Translators: a source's publisher and its kind: "United Nations (primary UN)" */
  return g_strdup_printf (_("%s (%s)"), source->publisher, kind);
}
