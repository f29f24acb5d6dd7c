/* pkc-loader-sections.c — the dataset format's document, mission, sources and events
 * elements (ceilings and strength: pkc-loader-strength.c)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-loader-private.h"

#define ROOT "peacekeeping-dataset"

static const char * const event_kind_tokens[] = {
  "milestone", "attack", "political", "withdrawal", NULL
};

static const char * const lang_tokens[] = { "en", "fr", "nl", NULL };

static const char * const source_kind_tokens[] = {
  "primary-un", "news", "secondary", "mirror", NULL
};

static const char * const section_names[] = {
  "mission", "sources", "ceilings", "strength", "casualties", "bases", "events",
};

gboolean
pkc_loader_is_empty_element (PkcLoader *self)
{
  return pkc_xml_events_is_empty (self->reader) == 1;
}

void
pkc_loader_read_list (PkcLoader     *self,
                      const char    *section,
                      const char    *item,
                      PkcItemReader  read_item,
                      const char    *other_item,
                      PkcItemReader  read_other)
{
  static const char * const no_attributes[] = { NULL };
  pkc_loader_read_attributes (self, section, no_attributes);  /* reports any attribute */
  int depth = pkc_xml_events_depth (self->reader);
  guint limit = pkc_loader_section_limit (section);
  guint n_items = 0;

  if (pkc_loader_is_empty_element (self))
    return;

  while (pkc_loader_next_child (self, depth))
    {
      const char *name = pkc_loader_element_name (self);

      /* A bound on records keeps --check, export and the window within seconds. */
      if (++n_items > limit)
        {
          pkc_loader_report_fatal (self, NULL, PKC_LOADER_ERROR_INVALID,
                                   /* Translators: a number, then a section element name */
                                   _("a dataset holds at most %u records in <%s>"),
                                   limit, section);
          return;
        }

      if (strcmp (name, item) == 0)
        read_item (self);
      else if (other_item != NULL && strcmp (name, other_item) == 0)
        read_other (self);
      else
        pkc_loader_unknown_element (self, section);
    }
}

/* xml:lang on name/label (required) and note (optional, default en). */
static gboolean
read_lang (PkcLoader  *self,
           const PkcAttrs *attrs,
           const char *element,
           gboolean    required,
           PkcLang    *out)
{
  const char *value = pkc_attrs_get (attrs, "xml:lang");

  *out = PKC_LANG_EN;
  if (value == NULL)
    return required ? pkc_loader_required (self, attrs, element, "xml:lang") != NULL : TRUE;
  if (!pkc_loader_token (self, value, "xml:lang", lang_tokens))
    return FALSE;
  return pkc_lang_from_token (value, out);
}

char *
pkc_loader_read_note (PkcLoader *self,
                      char      *previous)
{
  static const char * const allowed[] = { "xml:lang", NULL };
  const PkcAttrs *attrs = pkc_loader_read_attributes (self, "note", allowed);
  PkcLang lang;

  read_lang (self, attrs, "note", FALSE, &lang);
  if (previous != NULL)
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         _("only one <note> is allowed here"));
      pkc_loader_skip_element (self);
      return previous;
    }
  return pkc_loader_read_text (self);
}

/* Reads a <name> or <label> into @text; FALSE when it was not usable. */
static void
read_localized (PkcLoader        *self,
                const char       *element,
                PkcLocalizedText *text)
{
  static const char * const allowed[] = { "xml:lang", NULL };
  const PkcAttrs *attrs = pkc_loader_read_attributes (self, element, allowed);
  g_autofree char *value = NULL;
  PkcPos pos = self->pos;
  PkcLang lang;
  gboolean lang_ok = read_lang (self, attrs, element, TRUE, &lang);

  value = pkc_loader_read_text (self);
  if (!lang_ok)
    return;
  if (value[0] == '\0')
    {
      /* Translators: %s is an element name */
      pkc_loader_report (self, &pos, PKC_LOADER_ERROR_INVALID, _("<%s> must not be empty"),
                         element);
      return;
    }
  if (text->text[lang] != NULL)
    {
      pkc_loader_report (self, &pos, PKC_LOADER_ERROR_INVALID,
                         /* Translators: an element name, then a language code */
                         _("a second <%s> in the same language (xml:lang=\"%s\")"),
                         element, pkc_lang_to_token (lang));
      return;
    }
  text->text[lang] = g_steal_pointer (&value);
}

static void
read_mission (PkcLoader *self)
{
  static const char * const allowed[] = { "acronym", "country", "start", "end", "source", NULL };
  const PkcAttrs *attrs = pkc_loader_read_attributes (self, "mission", allowed);
  PkcLocalizedText names = { { NULL, } }, country_names = { { NULL, } };
  PkcDate start = { 0, }, end = { 0, };
  PkcPos pos = self->pos;
  int depth = pkc_xml_events_depth (self->reader);
  const char *acronym, *value, *source, *country;
  gboolean dates_ok = TRUE;

  acronym = pkc_loader_required (self, attrs, "mission", "acronym");
  if (acronym != NULL && (acronym[0] == '\0' || strspn (acronym, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                       "0123456789-") != strlen (acronym)))
    pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                       /* Translators: %s is the value found */
                       _("acronym must be capital letters, digits and \"-\", got \"%s\""),
                       acronym);

  value = pkc_loader_required (self, attrs, "mission", "start");
  dates_ok &= value != NULL && pkc_loader_date (self, value, "start", &start);
  value = pkc_attrs_get (attrs, "end");
  if (value != NULL)
    {
      dates_ok &= pkc_loader_date (self, value, "end", &end);
      if (dates_ok && pkc_date_compare (&end, &start) < 0)
        pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                           /* Translators: two dates */
                           _("end (%s) is before start (%s)"), value,
                           pkc_attrs_get (attrs, "start"));
    }

  source = pkc_loader_required (self, attrs, "mission", "source");
  if (source != NULL)
    pkc_loader_source_refs (self, source, "source");

  country = pkc_attrs_get (attrs, "country");
  if (country != NULL && (strlen (country) != 3 || strspn (country, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 3))
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: %s is the value found */
                         _("country must be an ISO 3166-1 alpha-3 code such as \"MLI\", got \"%s\""),
                         country);
      country = NULL;
    }

  if (!pkc_loader_is_empty_element (self))
    {
      while (pkc_loader_next_child (self, depth))
        {
          if (strcmp (pkc_loader_element_name (self), "name") == 0)
            read_localized (self, "name", &names);
          else if (strcmp (pkc_loader_element_name (self), "country") == 0)
            read_localized (self, "country", &country_names);
          else
            pkc_loader_unknown_element (self, "mission");
        }
    }

  if (names.text[PKC_LANG_EN] == NULL)
    pkc_loader_report (self, &pos, PKC_LOADER_ERROR_INVALID,
                       _("<mission> needs a <name xml:lang=\"en\">"));

  pkc_dataset_set_mission (self->dataset, acronym, start, end, source);
  pkc_dataset_set_country (self->dataset, country);
  if (country_names.text[PKC_LANG_EN] != NULL)
    pkc_dataset_set_country_names (self->dataset, &country_names);
  else if (country_names.text[PKC_LANG_FR] != NULL || country_names.text[PKC_LANG_NL] != NULL)
    pkc_loader_report (self, &pos, PKC_LOADER_ERROR_INVALID,
                       _("<mission> needs a <country xml:lang=\"en\"> with the others"));
  pkc_localized_text_clear (&country_names);
  for (guint l = 0; l < PKC_N_LANGS; l++)
    {
      if (names.text[l] != NULL)
        pkc_dataset_set_mission_name (self->dataset, (PkcLang) l, names.text[l]);
    }
  pkc_localized_text_clear (&names);
}

static void
read_source (PkcLoader *self)
{
  static const char * const allowed[] = { "id", "publisher", "url", "date", "kind", NULL };
  const PkcAttrs *attrs = pkc_loader_read_attributes (self, "source", allowed);
  g_autoptr(PkcSource) source = g_new0 (PkcSource, 1);
  guint before = self->problems->len;
  int depth = pkc_xml_events_depth (self->reader);
  PkcPos pos = self->pos;
  const char *value;

  value = pkc_loader_required (self, attrs, "source", "id");
  if (value != NULL && pkc_loader_id (self, value, "id") &&
      pkc_loader_unique_string (self, self->source_ids, value, _("source id")))
    source->id = g_strdup (value);

  value = pkc_loader_required (self, attrs, "source", "publisher");
  if (value != NULL && pkc_loader_nonempty (self, value, "publisher"))
    source->publisher = g_strdup (value);

  value = pkc_attrs_get (attrs, "url");
  if (value != NULL)
    {
      if (g_str_has_prefix (value, "http://") || g_str_has_prefix (value, "https://"))
        source->url = g_strdup (value);
      else
        pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                           /* Translators: %s is the value found */
                           _("url must start with http:// or https://, got \"%s\""), value);
    }

  value = pkc_attrs_get (attrs, "date");
  if (value != NULL)
    pkc_loader_date (self, value, "date", &source->date);

  /* Optional: a file without kinds stays valid; the kind is UNSPECIFIED then. */
  value = pkc_attrs_get (attrs, "kind");
  if (value != NULL && pkc_loader_token (self, value, "kind", source_kind_tokens))
    pkc_source_kind_from_token (value, &source->kind);

  if (!pkc_loader_is_empty_element (self))
    {
      while (pkc_loader_next_child (self, depth))
        {
          const char *name = pkc_loader_element_name (self);

          if (strcmp (name, "title") == 0 && source->title == NULL)
            {
              static const char * const no_attributes[] = { NULL };
              /* Only to report unexpected attributes. */
              pkc_loader_read_attributes (self, "title", no_attributes);

              source->title = pkc_loader_read_text (self);
            }
          else if (strcmp (name, "note") == 0)
            source->note = pkc_loader_read_note (self, source->note);
          else
            pkc_loader_unknown_element (self, "source");
        }
    }

  if (source->title == NULL || source->title[0] == '\0')
    pkc_loader_report (self, &pos, PKC_LOADER_ERROR_INVALID,
                       _("<source> needs a non-empty <title>"));

  if (self->problems->len == before)
    pkc_dataset_add_source (self->dataset, g_steal_pointer (&source));
}

static void
read_event (PkcLoader *self)
{
  static const char * const allowed[] = { "date", "kind", "source", NULL };
  const PkcAttrs *attrs = pkc_loader_read_attributes (self, "event", allowed);
  g_autoptr(PkcEvent) event = g_new0 (PkcEvent, 1);
  guint before = self->problems->len;
  int depth = pkc_xml_events_depth (self->reader);
  PkcPos pos = self->pos;
  const char *value;

  value = pkc_loader_required (self, attrs, "event", "date");
  if (value != NULL)
    pkc_loader_date (self, value, "date", &event->date);

  value = pkc_attrs_get (attrs, "kind");
  if (value != NULL && pkc_loader_token (self, value, "kind", event_kind_tokens))
    event->kind = g_strdup (value);

  value = pkc_loader_required (self, attrs, "event", "source");
  if (value != NULL)
    {
      pkc_loader_source_refs (self, value, "source");
      event->source = g_strdup (value);
    }

  if (!pkc_loader_is_empty_element (self))
    {
      while (pkc_loader_next_child (self, depth))
        {
          if (strcmp (pkc_loader_element_name (self), "label") == 0)
            read_localized (self, "label", &event->label);
          else if (strcmp (pkc_loader_element_name (self), "short") == 0)
            read_localized (self, "short", &event->short_label);
          else
            pkc_loader_unknown_element (self, "event");
        }
    }

  if (event->label.text[PKC_LANG_EN] == NULL)
    pkc_loader_report (self, &pos, PKC_LOADER_ERROR_INVALID,
                       _("<event> needs a <label xml:lang=\"en\">"));

  if (self->problems->len == before)
    pkc_dataset_add_event (self->dataset, g_steal_pointer (&event));
}

/* <region>: a region's names, matched by its English name with the bases' region. */
static void
read_region (PkcLoader *self)
{
  static const char * const no_attributes[] = { NULL };
  pkc_loader_read_attributes (self, "region", no_attributes);  /* reports any attribute */
  PkcLocalizedText names = { { NULL, } };
  int depth = pkc_xml_events_depth (self->reader);
  guint before = self->problems->len;
  PkcPos pos = self->pos;

  if (!pkc_loader_is_empty_element (self))
    {
      while (pkc_loader_next_child (self, depth))
        {
          if (strcmp (pkc_loader_element_name (self), "name") == 0)
            read_localized (self, "name", &names);
          else
            pkc_loader_unknown_element (self, "region");
        }
    }

  if (names.text[PKC_LANG_EN] == NULL)
    pkc_loader_report (self, &pos, PKC_LOADER_ERROR_INVALID,
                       _("<region> needs a <name xml:lang=\"en\">"));
  /* The lookup hands back its argument itself when no region has that name yet. */
  else if (pkc_dataset_get_region_name (self->dataset, names.text[PKC_LANG_EN], PKC_LANG_FR) !=
           names.text[PKC_LANG_EN])
    pkc_loader_report (self, &pos, PKC_LOADER_ERROR_INVALID,
                       /* Translators: %s is a region name */
                       _("region \"%s\" is named twice"), names.text[PKC_LANG_EN]);

  if (self->problems->len == before)
    pkc_dataset_add_region (self->dataset, &names);
  pkc_localized_text_clear (&names);
}

static void
read_section (PkcLoader *self,
              guint      index)
{
  switch (index)
    {
    case 0:
      read_mission (self);
      break;
    case 1:
      pkc_loader_read_list (self, "sources", "source", read_source, NULL, NULL);
      break;
    case 2:
      pkc_loader_read_list (self, "ceilings", "ceiling", pkc_loader_read_ceiling, NULL, NULL);
      break;
    case 3:
      pkc_loader_read_list (self, "strength", "observation", pkc_loader_read_observation,
                            "drawdown", pkc_loader_read_drawdown);
      break;
    case 4:
      pkc_loader_read_list (self, "casualties", "casualty", pkc_loader_read_casualty,
                            NULL, NULL);
      break;
    case 5:
      pkc_loader_read_list (self, "bases", "base", pkc_loader_read_base,
                            "region", read_region);
      break;
    case 6:
      pkc_loader_read_list (self, "events", "event", read_event, NULL, NULL);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
read_root (PkcLoader *self)
{
  static const char * const allowed[] = { "format", NULL };
  const PkcAttrs *attrs = pkc_loader_read_attributes (self, ROOT, allowed);
  const char *format;
  PkcPos pos = self->pos;
  int last = -1;

  format = pkc_loader_required (self, attrs, ROOT, "format");
  if (format != NULL && strcmp (format, "1") != 0)
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: %s is the format version found */
                         _("format \"%s\" is not supported: this program reads format 1"),
                         format);
      self->stop = TRUE;
      return;
    }

  if (!pkc_loader_is_empty_element (self))
    {
      while (pkc_loader_next_child (self, 0))
        {
          const char *name = pkc_loader_element_name (self);
          int index = -1;

          for (guint i = 0; i < G_N_ELEMENTS (section_names); i++)
            {
              if (strcmp (name, section_names[i]) == 0)
                index = (int) i;
            }

          if (index < 0)
            {
              pkc_loader_unknown_element (self, ROOT);
              continue;
            }
          if (pkc_dataset_has_section (self->dataset, name))
            {
              pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                                 /* Translators: %s is an element name */
                                 _("<%s> appears more than once"), name);
              pkc_loader_skip_element (self);
              continue;
            }
          /* Read a misplaced section anyway so one mistake gives one message. */
          if (index < last)
            pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                               /* Translators: both %s are element names */
                               _("<%s> must come before <%s>"), name, section_names[last]);

          last = MAX (last, index);
          pkc_dataset_mark_section (self->dataset, name);
          read_section (self, (guint) index);
        }
    }

  /* A missing section is often the echo of an earlier mistake: only say it alone. */
  if (self->stop || self->problems->len > 0)
    return;
  if (!pkc_dataset_has_section (self->dataset, "mission"))
    pkc_loader_report (self, &pos, PKC_LOADER_ERROR_INVALID,
                       _("the dataset has no <mission> section"));
  if (!pkc_dataset_has_section (self->dataset, "sources"))
    pkc_loader_report (self, &pos, PKC_LOADER_ERROR_INVALID,
                       _("the dataset has no <sources> section"));
}

void
pkc_loader_read_document (PkcLoader *self)
{
  /* The prolog: comments and processing instructions are skipped by next_child. Any
   * encoding libxml2 reads is fine: it hands every value over as UTF-8. */
  if (!pkc_loader_next_child (self, -1))
    return;

  if (strcmp (pkc_loader_element_name (self), ROOT) != 0 ||
      pkc_xml_events_namespace (self->reader) != NULL)
    {
      pkc_loader_report (self, NULL, PKC_LOADER_ERROR_INVALID,
                         /* Translators: %s is an element name */
                         _("the root element must be <peacekeeping-dataset>, found <%s>"),
                         pkc_loader_element_name (self));
      self->stop = TRUE;
      return;
    }

  read_root (self);
}

void
pkc_loader_check_references (PkcLoader *self)
{
  /* Strings whose ids are all declared, by address: they are shared (valid_refs). */
  g_autoptr(GHashTable) declared = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < self->pending_refs->len; i++)
    {
      const PkcPendingRef *ref = &g_array_index (self->pending_refs, PkcPendingRef, i);
      g_auto(GStrv) ids = NULL;
      gboolean all = TRUE;

      if (g_hash_table_contains (declared, ref->refs))
        continue;
      ids = g_strsplit (ref->refs, " ", -1);
      for (guint j = 0; ids[j] != NULL; j++)
        {
          if (ids[j][0] != '\0' && !g_hash_table_contains (self->source_ids, ids[j]))
            {
              pkc_loader_report (self, &ref->pos, PKC_LOADER_ERROR_INVALID,
                                 /* Translators: %s is a source id */
                                 _("unknown source \"%s\": it is not declared in <sources>"),
                                 ids[j]);
              all = FALSE;
            }
        }
      if (all)
        g_hash_table_add (declared, (gpointer) ref->refs);
    }
}
