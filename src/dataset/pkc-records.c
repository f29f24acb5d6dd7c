/* pkc-records.c — record constructors, destructors and the XML tokens of the enums
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pkc-dataset.h"
#include "pkc-dataset-private.h"

/* Indexed by the enums: the order must match pkc-dataset.h. */
static const char * const incident_tokens[PKC_N_INCIDENTS] = {
  "malicious-act",
  "accident",
  "illness",
  "self-inflicted",
  "to-be-determined",
  "unknown",
};

static const char * const personnel_tokens[PKC_N_PERSONNEL] = {
  "military",
  "military-observer",
  "police",
  "international-civilian",
  "local-civilian",
  "other",
};

static const char * const closure_tokens[] = {
  "known",
  "disputed",
  "unknown",
  "pending",
};

/* Indexed by PkcSourceKind; UNSPECIFIED has no token. */
static const char * const source_kind_tokens[PKC_N_SOURCE_KINDS] = {
  NULL,
  "primary-un",
  "news",
  "secondary",
  "mirror",
};

static const char * const lang_tokens[PKC_N_LANGS] = {
  "en",
  "fr",
  "nl",
};

static gboolean
lookup_token (const char * const *tokens,
              guint               n_tokens,
              const char         *token,
              guint              *out)
{
  if (token == NULL)
    return FALSE;

  for (guint i = 0; i < n_tokens; i++)
    {
      if (tokens[i] != NULL && tokens[i][0] == token[0] && strcmp (tokens[i], token) == 0)
        {
          if (out != NULL)
            *out = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
pkc_incident_to_token (PkcIncident incident)
{
  g_return_val_if_fail ((guint) incident < PKC_N_INCIDENTS, NULL);
  return incident_tokens[incident];
}

gboolean
pkc_incident_from_token (const char  *token,
                         PkcIncident *out)
{
  guint i;

  if (!lookup_token (incident_tokens, PKC_N_INCIDENTS, token, &i))
    return FALSE;
  if (out != NULL)
    *out = (PkcIncident) i;
  return TRUE;
}

const char *
pkc_personnel_to_token (PkcPersonnel personnel)
{
  g_return_val_if_fail ((guint) personnel < PKC_N_PERSONNEL, NULL);
  return personnel_tokens[personnel];
}

gboolean
pkc_personnel_from_token (const char   *token,
                          PkcPersonnel *out)
{
  guint i;

  if (!lookup_token (personnel_tokens, PKC_N_PERSONNEL, token, &i))
    return FALSE;
  if (out != NULL)
    *out = (PkcPersonnel) i;
  return TRUE;
}

const char *
pkc_closure_status_to_token (PkcClosureStatus status)
{
  g_return_val_if_fail ((guint) status < G_N_ELEMENTS (closure_tokens), NULL);
  return closure_tokens[status];
}

gboolean
pkc_closure_status_from_token (const char       *token,
                               PkcClosureStatus *out)
{
  guint i;

  if (!lookup_token (closure_tokens, G_N_ELEMENTS (closure_tokens), token, &i))
    return FALSE;
  if (out != NULL)
    *out = (PkcClosureStatus) i;
  return TRUE;
}

const char *
_pkc_source_kind_to_token (PkcSourceKind kind)
{
  g_return_val_if_fail ((guint) kind < PKC_N_SOURCE_KINDS, NULL);
  return source_kind_tokens[kind];
}

gboolean
pkc_source_kind_from_token (const char    *token,
                            PkcSourceKind *out)
{
  guint i;

  if (!lookup_token (source_kind_tokens, PKC_N_SOURCE_KINDS, token, &i))
    return FALSE;
  if (out != NULL)
    *out = (PkcSourceKind) i;
  return TRUE;
}

const char *
pkc_lang_to_token (PkcLang lang)
{
  g_return_val_if_fail ((guint) lang < PKC_N_LANGS, NULL);
  return lang_tokens[lang];
}

gboolean
pkc_lang_from_token (const char *token,
                     PkcLang    *out)
{
  guint i;

  if (!lookup_token (lang_tokens, PKC_N_LANGS, token, &i))
    return FALSE;
  if (out != NULL)
    *out = (PkcLang) i;
  return TRUE;
}

/* A locale name such as "fr_BE.UTF-8@euro" matches "fr"; "frr" does not. */
static gboolean
locale_has_language (const char *name,
                     const char *lang)
{
  gsize len = strlen (lang);

  return strncmp (name, lang, len) == 0 &&
         (name[len] == '\0' || name[len] == '_' || name[len] == '.' || name[len] == '@');
}

PkcLang
pkc_lang_from_locale (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      for (guint l = 0; l < PKC_N_LANGS; l++)
        {
          if (locale_has_language (names[i], lang_tokens[l]))
            return (PkcLang) l;
        }
    }
  return PKC_LANG_EN;
}

const char *
pkc_localized_text_get (const PkcLocalizedText *text,
                        PkcLang                 lang)
{
  g_return_val_if_fail (text != NULL, NULL);

  if ((guint) lang < PKC_N_LANGS && text->text[lang] != NULL)
    return text->text[lang];
  return text->text[PKC_LANG_EN];
}

void
pkc_localized_text_clear (PkcLocalizedText *text)
{
  for (guint i = 0; i < PKC_N_LANGS; i++)
    g_clear_pointer (&text->text[i], g_free);
}

PkcBase *
pkc_base_new (void)
{
  PkcBase *base = g_new0 (PkcBase, 1);

  base->alternatives = g_array_new (FALSE, TRUE, sizeof (PkcAlternativeDate));
  base->contingents = g_ptr_array_new_with_free_func (g_free);
  return base;
}

void
pkc_source_free (PkcSource *source)
{
  if (source == NULL)
    return;
  g_free (source->id);
  g_free (source->title);
  g_free (source->publisher);
  g_free (source->url);
  g_free (source->note);
  g_free (source);
}

void
pkc_ceiling_free (PkcCeiling *ceiling)
{
  if (ceiling == NULL)
    return;
  g_free (ceiling->source);
  g_free (ceiling->note);
  g_free (ceiling);
}

void
pkc_observation_free (PkcObservation *observation)
{
  if (observation == NULL)
    return;
  g_free (observation->scope);
  g_free (observation->confidence);
  g_free (observation->source);
  g_free (observation->note);
  g_free (observation);
}

void
pkc_drawdown_free (PkcDrawdown *drawdown)
{
  if (drawdown == NULL)
    return;
  g_free (drawdown->confidence);
  g_free (drawdown->source);
  g_free (drawdown->note);
  g_free (drawdown);
}

void
pkc_casualty_free (PkcCasualty *casualty)
{
  if (casualty == NULL)
    return;
  g_free (casualty->nationality);
  g_free (casualty->iso);
  g_free (casualty->source);
  g_free (casualty);
}

void
pkc_base_free (PkcBase *base)
{
  if (base == NULL)
    return;
  g_free (base->id);
  g_free (base->name);
  g_free (base->region);
  g_free (base->phase);
  g_free (base->source);
  g_free (base->closure_source);
  if (base->alternatives != NULL)
    {
      for (guint i = 0; i < base->alternatives->len; i++)
        g_free (g_array_index (base->alternatives, PkcAlternativeDate, i).source);
      g_array_unref (base->alternatives);
    }
  g_clear_pointer (&base->contingents, g_ptr_array_unref);
  g_free (base->note);
  g_free (base);
}

void
pkc_event_free (PkcEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->kind);
  g_free (event->source);
  pkc_localized_text_clear (&event->label);
  pkc_localized_text_clear (&event->short_label);
  g_free (event);
}
