/* pkc-loader-strength.c — the dataset format's <ceiling>, <observation> and <drawdown>
 * elements: authorised ceilings and deployed strength
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-loader-private.h"

static const char * const confidence_tokens[] = {
  "high", "medium-high", "medium", "low-medium", "low", NULL
};

/* A resolution appears once, or once per effective date when it sets figures in steps. */
static void
unique_ceiling (PkcLoader  *self,
                guint       resolution,
                const char *effective)
{
  g_autofree char *key = effective != NULL ? g_strdup_printf ("%u@%s", resolution, effective)
                                           : g_strdup_printf ("%u", resolution);
  gpointer first_line;

  if (g_hash_table_lookup_extended (self->resolutions, key, NULL, &first_line))
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: what (e.g. "closure order"), the number, a line number */
                         _("%s %u is used twice (first on line %u)"),
                         _("resolution"), resolution, GPOINTER_TO_UINT (first_line));
      return;
    }
  g_hash_table_insert (self->resolutions, g_steal_pointer (&key),
                       GUINT_TO_POINTER (self->pos.line));
}

void
pkc_loader_read_ceiling (PkcLoader *self)
{
  static const char * const allowed[] = {
    "resolution", "year", "adopted", "effective", "military", "police", "mandate-until",
    "source", NULL
  };
  const PkcAttrs *attrs = pkc_loader_read_attributes (self, "ceiling", allowed);
  g_autoptr(PkcCeiling) ceiling = g_new0 (PkcCeiling, 1);
  guint before = self->problems->len;
  int depth = pkc_xml_events_depth (self->reader);
  const char *value;

  value = pkc_loader_required (self, attrs, "ceiling", "resolution");
  if (value != NULL)
    pkc_loader_whole (self, value, "resolution", 1, 999999, &ceiling->resolution);

  value = pkc_attrs_get (attrs, "year");
  if (value != NULL)
    pkc_loader_whole (self, value, "year", 1, 9999, &ceiling->year);

  value = pkc_loader_required (self, attrs, "ceiling", "adopted");
  if (value != NULL)
    pkc_loader_date (self, value, "adopted", &ceiling->adopted);
  ceiling->effective = ceiling->adopted;
  value = pkc_attrs_get (attrs, "effective");
  if (value != NULL && pkc_loader_date (self, value, "effective", &ceiling->effective) &&
      pkc_date_compare (&ceiling->effective, &ceiling->adopted) < 0)
    pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                       /* Translators: two dates */
                       _("effective (%s) is before adopted (%s)"), value,
                       pkc_attrs_get (attrs, "adopted"));
  if (ceiling->resolution > 0)
    unique_ceiling (self, ceiling->resolution, value);

  pkc_loader_count (self, attrs, "military", &ceiling->military);
  pkc_loader_count (self, attrs, "police", &ceiling->police);

  value = pkc_attrs_get (attrs, "mandate-until");
  if (value != NULL)
    pkc_loader_date (self, value, "mandate-until", &ceiling->mandate_until);

  value = pkc_loader_required (self, attrs, "ceiling", "source");
  if (value != NULL)
    {
      pkc_loader_source_refs (self, value, "source");
      ceiling->source = g_strdup (value);
    }

  if (!pkc_loader_is_empty_element (self))
    {
      while (pkc_loader_next_child (self, depth))
        {
          if (strcmp (pkc_loader_element_name (self), "note") == 0)
            ceiling->note = pkc_loader_read_note (self, ceiling->note);
          else
            pkc_loader_unknown_element (self, "ceiling");
        }
    }

  if (self->problems->len == before)
    pkc_dataset_add_ceiling (self->dataset, g_steal_pointer (&ceiling));
}

/* The note-only children of <observation> and <drawdown>. */
static char *
read_note_children (PkcLoader  *self,
                    const char *element)
{
  char *note = NULL;
  int depth = pkc_xml_events_depth (self->reader);

  if (pkc_loader_is_empty_element (self))
    return NULL;

  while (pkc_loader_next_child (self, depth))
    {
      if (strcmp (pkc_loader_element_name (self), "note") == 0)
        note = pkc_loader_read_note (self, note);
      else
        pkc_loader_unknown_element (self, element);
    }
  return note;
}

void
pkc_loader_read_observation (PkcLoader *self)
{
  static const char * const allowed[] = {
    "date", "military", "police", "total", "scope", "confidence", "preferred", "source", NULL
  };
  const PkcAttrs *attrs = pkc_loader_read_attributes (self, "observation", allowed);
  g_autoptr(PkcObservation) observation = g_new0 (PkcObservation, 1);
  guint before = self->problems->len;
  const char *value;

  value = pkc_loader_required (self, attrs, "observation", "date");
  if (value != NULL)
    pkc_loader_date (self, value, "date", &observation->date);

  pkc_loader_count (self, attrs, "military", &observation->military);
  pkc_loader_count (self, attrs, "police", &observation->police);
  pkc_loader_count (self, attrs, "total", &observation->total);
  if (!pkc_attrs_has (attrs, "military") && !pkc_attrs_has (attrs, "police") &&
      !pkc_attrs_has (attrs, "total"))
    pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                       _("<observation> needs at least one of military, police or total"));

  value = pkc_loader_required (self, attrs, "observation", "scope");
  if (value != NULL && pkc_loader_nonempty (self, value, "scope"))
    observation->scope = g_strdup (value);

  value = pkc_loader_required (self, attrs, "observation", "confidence");
  if (value != NULL && pkc_loader_token (self, value, "confidence", confidence_tokens))
    observation->confidence = g_strdup (value);

  observation->preferred = TRUE;
  value = pkc_attrs_get (attrs, "preferred");
  if (value != NULL)
    {
      if (strcmp (value, "false") == 0)
        observation->preferred = FALSE;
      else if (strcmp (value, "true") != 0)
        pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                           /* Translators: %s is the value found */
                           _("preferred must be \"true\" or \"false\", got \"%s\""), value);
    }

  value = pkc_loader_required (self, attrs, "observation", "source");
  if (value != NULL)
    {
      pkc_loader_source_refs (self, value, "source");
      observation->source = g_strdup (value);
    }

  observation->note = read_note_children (self, "observation");

  if (self->problems->len == before)
    pkc_dataset_add_observation (self->dataset, g_steal_pointer (&observation));
}

void
pkc_loader_read_drawdown (PkcLoader *self)
{
  static const char * const allowed[] = {
    "date", "uniformed-departed", "all-departed", "confidence", "source", NULL
  };
  const PkcAttrs *attrs = pkc_loader_read_attributes (self, "drawdown", allowed);
  g_autoptr(PkcDrawdown) drawdown = g_new0 (PkcDrawdown, 1);
  guint before = self->problems->len;
  const char *value;

  value = pkc_loader_required (self, attrs, "drawdown", "date");
  if (value != NULL)
    pkc_loader_date (self, value, "date", &drawdown->date);

  pkc_loader_count (self, attrs, "uniformed-departed", &drawdown->uniformed_departed);
  pkc_loader_count (self, attrs, "all-departed", &drawdown->all_departed);
  if (!pkc_attrs_has (attrs, "uniformed-departed") &&
      !pkc_attrs_has (attrs, "all-departed"))
    pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                       _("<drawdown> needs at least one of uniformed-departed or all-departed"));

  value = pkc_loader_required (self, attrs, "drawdown", "confidence");
  if (value != NULL && pkc_loader_token (self, value, "confidence", confidence_tokens))
    drawdown->confidence = g_strdup (value);

  value = pkc_loader_required (self, attrs, "drawdown", "source");
  if (value != NULL)
    {
      pkc_loader_source_refs (self, value, "source");
      drawdown->source = g_strdup (value);
    }

  drawdown->note = read_note_children (self, "drawdown");

  if (self->problems->len == before)
    pkc_dataset_add_drawdown (self->dataset, g_steal_pointer (&drawdown));
}
