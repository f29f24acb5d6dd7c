/* pkc-loader-places.c — the dataset format's <casualty> and <base> elements
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-loader-private.h"

static const char * const incident_tokens[] = {
  "malicious-act", "accident", "illness", "self-inflicted", "to-be-determined", "unknown", NULL
};

static const char * const personnel_tokens[] = {
  "military", "military-observer", "police", "international-civilian", "local-civilian",
  "other", NULL
};

static const char * const closure_tokens[] = { "known", "disputed", "unknown", "pending", NULL };

static gboolean
is_iso3 (const char *value)
{
  return value[0] == '\0' ||
         (strlen (value) == 3 && g_ascii_isupper (value[0]) && g_ascii_isupper (value[1]) &&
          g_ascii_isupper (value[2]));
}

/* A casualty's start tag as libxml2 parses it, a few tags ahead of the loader: its id's
 * place in the id set is fetched into the cache meanwhile. */
void
pkc_loader_prefetch_casualty (const char     *name,
                              const guchar  **attributes,
                              int             n_attributes,
                              gpointer        data)
{
  PkcLoader *self = data;

  if (strcmp (name, "casualty") != 0)
    return;
  for (int i = 0; i < n_attributes; i++)
    {
      const guchar * const *attribute = attributes + 5 * i;

      if (attribute[1] == NULL && strcmp ((const char *) attribute[0], "id") == 0)
        {
          pkc_id_set_prefetch (self->casualty_ids, (const char *) attribute[3],
                               (gsize) (attribute[4] - attribute[3]));
          return;
        }
    }
}

void
pkc_loader_read_casualty (PkcLoader *self)
{
  static const char * const allowed[] = {
    "id", "date", "incident", "personnel", "nationality", "iso", "gender", "source", NULL
  };
  const PkcAttrs *attrs = pkc_loader_read_attributes (self, "casualty", allowed);
  /* Its strings are borrowed from the attributes: the dataset keeps its own copies. */
  PkcCasualty record = { 0 };
  PkcCasualty *casualty = &record;
  guint before = self->problems->len;
  int depth = pkc_xml_events_depth (self->reader);
  const char *value;

  value = pkc_attrs_get (attrs, "id");
  if (value != NULL)
    {
      /* The UN casualty_id ("MINUSMA-2013-08-00001"), not the format's lowercase id type. */
      if (value[0] == '\0' || strpbrk (value, " \t\r\n") != NULL)
        pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                           /* Translators: %s is the value found */
                           _("id must be a non-empty word without spaces, got \"%s\""), value);
      else
        pkc_loader_unique_id (self, self->casualty_ids, value, _("casualty id"));
    }

  value = pkc_loader_required (self, attrs, "casualty", "date");
  if (value != NULL)
    pkc_loader_date (self, value, "date", &casualty->date);

  value = pkc_loader_required (self, attrs, "casualty", "incident");
  /* The enum's own lookup first: the token list is only read again to report a bad one. */
  if (value != NULL && !pkc_incident_from_token (value, &casualty->incident))
    pkc_loader_token (self, value, "incident", incident_tokens);

  value = pkc_loader_required (self, attrs, "casualty", "personnel");
  if (value != NULL && !pkc_personnel_from_token (value, &casualty->personnel))
    pkc_loader_token (self, value, "personnel", personnel_tokens);

  value = pkc_loader_required (self, attrs, "casualty", "nationality");
  if (value != NULL && pkc_loader_nonempty (self, value, "nationality"))
    casualty->nationality = (char *) value;

  value = pkc_attrs_get (attrs, "iso");
  if (value != NULL && !is_iso3 (value))
    pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                       /* Translators: %s is the value found */
                       _("iso must be three capital letters (ISO 3166-1 alpha-3) or empty, "
                         "got \"%s\""), value);
  casualty->iso = (char *) (value != NULL ? value : "");

  value = pkc_attrs_get (attrs, "gender");
  if (value != NULL && g_strcmp0 (value, "M") != 0 && g_strcmp0 (value, "F") != 0)
    pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                       /* Translators: %s is the value found; M and F are kept as written */
                       _("gender must be M or F, got \"%s\""), value);
  else if (value != NULL)
    casualty->gender = value[0];

  value = pkc_loader_required (self, attrs, "casualty", "source");
  if (value != NULL)
    {
      pkc_loader_source_refs (self, value, "source");
      casualty->source = (char *) value;
    }

  if (!pkc_xml_events_is_empty (self->reader))
    {
      while (pkc_loader_next_child (self, depth))
        pkc_loader_unknown_element (self, "casualty");
    }

  if (self->problems->len == before)
    pkc_dataset_add_casualty_copy (self->dataset, casualty);
}

static void
read_alternative (PkcLoader *self,
                  PkcBase   *base)
{
  static const char * const allowed[] = { "date", "source", NULL };
  const PkcAttrs *attrs = pkc_loader_read_attributes (self, "alternative", allowed);
  PkcAlternativeDate alternative = { { 0, }, NULL };
  int depth = pkc_xml_events_depth (self->reader);
  guint before = self->problems->len;
  const char *value;

  value = pkc_loader_required (self, attrs, "alternative", "date");
  if (value != NULL)
    pkc_loader_date (self, value, "date", &alternative.date);

  value = pkc_loader_required (self, attrs, "alternative", "source");
  if (value != NULL)
    pkc_loader_source_refs (self, value, "source");

  if (!pkc_xml_events_is_empty (self->reader))
    {
      while (pkc_loader_next_child (self, depth))
        pkc_loader_unknown_element (self, "alternative");
    }

  if (self->problems->len == before)
    {
      alternative.source = g_strdup (value);
      g_array_append_val (base->alternatives, alternative);
    }
}

/* The closure rules: known = date + source; disputed = date + source + alternatives;
 * unknown = no date (never a guess), source optional; pending = announced but not done when
 * the source last reported, so no date and a source required. */
static void
read_closure (PkcLoader *self,
              PkcBase   *base)
{
  static const char * const allowed[] = { "status", "date", "source", NULL };
  const PkcAttrs *attrs = pkc_loader_read_attributes (self, "closure", allowed);
  int depth = pkc_xml_events_depth (self->reader);
  PkcPos pos = self->pos;
  const char *status, *date, *source;
  gboolean status_ok = FALSE;

  status = pkc_loader_required (self, attrs, "closure", "status");
  if (status != NULL && pkc_loader_token (self, status, "status", closure_tokens))
    status_ok = pkc_closure_status_from_token (status, &base->closure_status);

  date = pkc_attrs_get (attrs, "date");
  source = pkc_attrs_get (attrs, "source");

  if (status_ok && base->closure_status == PKC_CLOSURE_UNKNOWN)
    {
      if (date != NULL)
        pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                           /* Translators: %s is the date found */
                           _("a closure with status \"unknown\" must not have a date "
                             "(never a guess), got date=\"%s\""), date);
    }
  else if (status_ok && base->closure_status == PKC_CLOSURE_PENDING)
    {
      if (date != NULL)
        pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                           /* Translators: %s is the date found */
                           _("a closure with status \"pending\" has not happened and must not "
                             "have a date, got date=\"%s\""), date);
      pkc_loader_required (self, attrs, "closure", "source");
    }
  else if (status_ok)
    {
      if (pkc_loader_required (self, attrs, "closure", "date") != NULL)
        pkc_loader_date (self, date, "date", &base->closure_date);
      pkc_loader_required (self, attrs, "closure", "source");
    }

  if (source != NULL)
    {
      pkc_loader_source_refs (self, source, "source");
      base->closure_source = g_strdup (source);
    }

  if (!pkc_xml_events_is_empty (self->reader))
    {
      while (pkc_loader_next_child (self, depth))
        {
          if (strcmp (pkc_loader_element_name (self), "alternative") == 0)
            {
              if (status_ok && base->closure_status != PKC_CLOSURE_DISPUTED)
                {
                  pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                                     /* Translators: %s is a closure status */
                                     _("<alternative> is only allowed in a closure with status "
                                       "\"disputed\", not \"%s\""), status);
                  pkc_loader_skip_element (self);
                }
              else
                read_alternative (self, base);
            }
          else
            pkc_loader_unknown_element (self, "closure");
        }
    }

  if (status_ok && base->closure_status == PKC_CLOSURE_DISPUTED && base->alternatives->len == 0)
    pkc_loader_report (self, &pos, PKC_LOADER_ERROR_INVALID,
                       _("a disputed closure needs at least one "
                         "<alternative date=\"…\" source=\"…\"/>"));
}

/* approximate="true"/"false" (default false): only meaningful with coordinates. */
static void
read_approximate (PkcLoader  *self,
                  const PkcAttrs *attrs,
                  PkcBase    *base)
{
  const char *value = pkc_attrs_get (attrs, "approximate");

  if (value == NULL)
    return;
  if (strcmp (value, "true") == 0)
    base->approximate = TRUE;
  else if (strcmp (value, "false") != 0)
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: %s is the value found */
                         _("approximate must be \"true\" or \"false\", got \"%s\""), value);
      return;
    }
  if (!pkc_attrs_has (attrs, "lat"))
    pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                       _("approximate needs lat and lon: it qualifies the coordinates"));
}

static void
read_base_attributes (PkcLoader  *self,
                      const PkcAttrs *attrs,
                      PkcBase    *base)
{
  const char *value, *lat, *lon;

  value = pkc_loader_required (self, attrs, "base", "id");
  if (value != NULL && pkc_loader_id (self, value, "id") &&
      pkc_loader_unique_string (self, self->base_ids, value, _("base id")))
    base->id = g_strdup (value);

  value = pkc_loader_required (self, attrs, "base", "order");
  if (value != NULL && pkc_loader_whole (self, value, "order", 1, 100000, &base->order))
    pkc_loader_unique_number (self, self->base_orders, base->order, _("closure order"));

  value = pkc_loader_required (self, attrs, "base", "name");
  if (value != NULL && pkc_loader_nonempty (self, value, "name"))
    base->name = g_strdup (value);

  value = pkc_loader_required (self, attrs, "base", "region");
  if (value != NULL && pkc_loader_nonempty (self, value, "region"))
    base->region = g_strdup (value);

  lat = pkc_attrs_get (attrs, "lat");
  lon = pkc_attrs_get (attrs, "lon");
  if ((lat == NULL) != (lon == NULL))
    pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                       _("lat and lon must be given together"));
  else if (lat != NULL)
    base->has_coordinates = pkc_loader_coordinate (self, lat, "lat", 90.0, &base->lat) &&
                            pkc_loader_coordinate (self, lon, "lon", 180.0, &base->lon);
  read_approximate (self, attrs, base);

  value = pkc_attrs_get (attrs, "phase");
  if (value != NULL && pkc_loader_nonempty (self, value, "phase"))
    base->phase = g_strdup (value);

  value = pkc_loader_required (self, attrs, "base", "source");
  if (value != NULL)
    {
      pkc_loader_source_refs (self, value, "source");
      base->source = g_strdup (value);
    }
}

void
pkc_loader_read_base (PkcLoader *self)
{
  static const char * const allowed[] = {
    "id", "order", "name", "region", "lat", "lon", "approximate", "phase", "source", NULL
  };
  const PkcAttrs *attrs = pkc_loader_read_attributes (self, "base", allowed);
  g_autoptr(PkcBase) base = pkc_base_new ();
  guint before = self->problems->len;
  int depth = pkc_xml_events_depth (self->reader);
  PkcPos pos = self->pos;
  guint n_closures = 0;

  read_base_attributes (self, attrs, base);

  if (!pkc_xml_events_is_empty (self->reader))
    {
      while (pkc_loader_next_child (self, depth))
        {
          const char *name = pkc_loader_element_name (self);

          if (strcmp (name, "closure") == 0)
            {
              if (++n_closures > 1)
                {
                  pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                                     _("<base> must have exactly one <closure>, found another"));
                  pkc_loader_skip_element (self);
                }
              else
                read_closure (self, base);
            }
          else if (strcmp (name, "contingent") == 0)
            {
              static const char * const no_attributes[] = { NULL };
              /* Only to report unexpected attributes. */
              pkc_loader_read_attributes (self, "contingent", no_attributes);
              PkcPos c_pos = self->pos;
              char *text = pkc_loader_read_text (self);

              if (text[0] == '\0')
                {
                  pkc_loader_report (self, &c_pos, PKC_LOADER_ERROR_INVALID,
                                     _("<contingent> must not be empty"));
                  g_free (text);
                }
              else
                g_ptr_array_add (base->contingents, text);
            }
          else if (strcmp (name, "note") == 0)
            base->note = pkc_loader_read_note (self, base->note);
          else
            pkc_loader_unknown_element (self, "base");
        }
    }

  if (n_closures == 0)
    pkc_loader_report (self, &pos, PKC_LOADER_ERROR_INVALID,
                       _("<base> needs a <closure> element"));

  if (self->problems->len == before)
    pkc_dataset_add_base (self->dataset, g_steal_pointer (&base));
}
