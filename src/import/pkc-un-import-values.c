/* pkc-un-import-values.c — UN wording to dataset tokens, XML escaping, acronym suggestions
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "pkc-common.h"
#include "pkc-un-import.h"
#include "pkc-un-import-private.h"

static const struct {
  const char  *text;
  PkcIncident  incident;
} incidents[] = {
  { "Malicious Act",    PKC_INCIDENT_MALICIOUS_ACT },
  { "Accident",         PKC_INCIDENT_ACCIDENT },
  { "Illness",          PKC_INCIDENT_ILLNESS },
  { "Self-Inflicted",   PKC_INCIDENT_SELF_INFLICTED },
  { "To Be Determined", PKC_INCIDENT_TO_BE_DETERMINED },
  { "Unknown",          PKC_INCIDENT_UNKNOWN },
};

/* "Local " (with its trailing space) in the UN file: callers trim before looking up. */
static const struct {
  const char   *text;
  PkcPersonnel  personnel;
} personnel_types[] = {
  { "Military",               PKC_PERSONNEL_MILITARY },
  { "Military Observer",      PKC_PERSONNEL_MILITARY_OBSERVER },
  { "Police",                 PKC_PERSONNEL_POLICE },
  { "International Civilian", PKC_PERSONNEL_INTERNATIONAL_CIVILIAN },
  { "Local",                  PKC_PERSONNEL_LOCAL_CIVILIAN },
  { "Other",                  PKC_PERSONNEL_OTHER },
};

gboolean
pkc_un_incident_from_text (const char  *text,
                           PkcIncident *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (incidents); i++)
    if (g_ascii_strcasecmp (text, incidents[i].text) == 0)
      {
        *out = incidents[i].incident;
        return TRUE;
      }
  return FALSE;
}

gboolean
pkc_un_personnel_from_text (const char   *text,
                            PkcPersonnel *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (personnel_types); i++)
    if (g_ascii_strcasecmp (text, personnel_types[i].text) == 0)
      {
        *out = personnel_types[i].personnel;
        return TRUE;
      }
  return FALSE;
}

gboolean
pkc_un_append_escaped (GString    *out,
                       const char *text)
{
  gsize len = out->len;

  if (pkc_xml_append_escaped (out, text))
    return TRUE;
  g_string_truncate (out, len);
  return FALSE;
}

guint
pkc_un_levenshtein (const char *a,
                    const char *b)
{
  gsize len_a = strlen (a);
  gsize len_b = strlen (b);
  g_autofree guint *row = g_new (guint, len_b + 1);

  /* One row of the classic table: row[j] is the distance between a[0..i) and b[0..j). */
  for (gsize j = 0; j <= len_b; j++)
    row[j] = (guint) j;

  for (gsize i = 1; i <= len_a; i++)
    {
      guint diagonal = row[0];

      row[0] = (guint) i;
      for (gsize j = 1; j <= len_b; j++)
        {
          guint above = row[j];
          guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;

          row[j] = MIN (MIN (above + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }

  return row[len_b];
}

typedef struct {
  const char *text;
  guint       distance;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;
  int by_name;

  if (ca->distance != cb->distance)
    return ca->distance < cb->distance ? -1 : 1;

  by_name = g_ascii_strcasecmp (ca->text, cb->text);
  return by_name != 0 ? by_name : strcmp (ca->text, cb->text);
}

const char **
pkc_un_closest (const char *wanted,
                GPtrArray  *candidates,
                guint       max_results)
{
  g_autoptr(GArray) scored = g_array_sized_new (FALSE, FALSE, sizeof (Candidate),
                                                candidates->len);
  const char **result;
  guint n;

  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate c = { candidates->pdata[i], 0 };

      c.distance = pkc_un_levenshtein (wanted, c.text);
      g_array_append_val (scored, c);
    }
  g_array_sort (scored, compare_candidates);

  n = MIN (max_results, scored->len);
  result = g_new0 (const char *, n + 1);
  for (guint i = 0; i < n; i++)
    result[i] = g_array_index (scored, Candidate, i).text;

  return result;
}
