/* pkc-source-cite.c — which sources a scene's drawn records cite, and how often
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "pkc-sources-private.h"

static void
citation_free (gpointer data)
{
  PkcCitation *citation = data;

  g_free (citation->id);
  g_free (citation->text);
  g_free (citation->uri);
  g_free (citation);
}

gboolean
pkc_source_uri_is_safe (const char *uri)
{
  g_autofree char *scheme = NULL;

  if (uri == NULL || !g_uri_is_valid (uri, G_URI_FLAGS_NONE, NULL))
    return FALSE;
  scheme = g_uri_parse_scheme (uri);
  return scheme != NULL && (g_ascii_strcasecmp (scheme, "http") == 0 ||
                            g_ascii_strcasecmp (scheme, "https") == 0 ||
                            g_ascii_strcasecmp (scheme, "ftp") == 0);
}

static void
cite_one (PkcScene   *scene,
          PkcDataset *dataset,
          const char *id)
{
  const PkcSource *source;
  PkcCitation *citation;

  if (scene->citations == NULL)
    scene->citations = g_ptr_array_new_with_free_func (citation_free);
  for (guint i = 0; i < scene->citations->len; i++)
    {
      citation = g_ptr_array_index (scene->citations, i);
      if (strcmp (citation->id, id) == 0)
        {
          citation->count++;
          return;
        }
    }
  source = pkc_dataset_lookup_source (dataset, id);
  citation = g_new0 (PkcCitation, 1);
  citation->id = g_strdup (id);
  citation->text = pkc_source_name (dataset, id);
  if (source != NULL && pkc_source_uri_is_safe (source->url))
    citation->uri = g_strdup (source->url);
  citation->count = 1;
  citation->order = scene->citations->len;
  g_ptr_array_add (scene->citations, citation);
}

void
pkc_scene_cite (PkcScene   *scene,
                PkcDataset *dataset,
                const char *refs)
{
  g_auto(GStrv) ids = NULL;

  if (refs == NULL)
    return;
  ids = g_strsplit_set (refs, " \t\n", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      gboolean again = FALSE;

      if (*ids[i] == '\0')
        continue;
      /* "a b a" cites a once. */
      for (guint k = 0; k < i && !again; k++)
        again = strcmp (ids[k], ids[i]) == 0;
      if (!again)
        cite_one (scene, dataset, ids[i]);
    }
}

void
pkc_scene_cite_note (PkcScene   *scene,
                     const char *text)
{
  if (scene->credits == NULL)
    scene->credits = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (scene->credits, g_strdup (text));
}

void
pkc_scene_cite_strength (PkcScene       *scene,
                         PkcDataset     *dataset,
                         const gboolean *visible)
{
  GPtrArray *ceilings = pkc_dataset_get_ceilings (dataset);
  GPtrArray *observations = pkc_dataset_get_observations (dataset);
  GPtrArray *drawdowns = pkc_dataset_get_drawdowns (dataset);

  /* Every resolution is a step of the ceiling lines, also one that sets no figure. */
  if (visible[PKC_STRENGTH_MILITARY_CEILING] || visible[PKC_STRENGTH_POLICE_CEILING])
    for (guint i = 0; ceilings != NULL && i < ceilings->len; i++)
      pkc_scene_cite (scene, dataset, ((const PkcCeiling *) g_ptr_array_index (ceilings, i))->source);
  for (guint i = 0; observations != NULL && i < observations->len; i++)
    {
      const PkcObservation *o = g_ptr_array_index (observations, i);
      gboolean only_total = o->total != PKC_COUNT_NONE && o->military == PKC_COUNT_NONE &&
                            o->police == PKC_COUNT_NONE;

      if ((o->military != PKC_COUNT_NONE && visible[PKC_STRENGTH_MILITARY]) ||
          (o->police != PKC_COUNT_NONE && visible[PKC_STRENGTH_POLICE]) ||
          (only_total && visible[PKC_STRENGTH_TOTAL]))
        pkc_scene_cite (scene, dataset, o->source);
    }
  if (visible[PKC_STRENGTH_DRAWDOWN])
    for (guint i = 0; drawdowns != NULL && i < drawdowns->len; i++)
      pkc_scene_cite (scene, dataset, ((const PkcDrawdown *) g_ptr_array_index (drawdowns, i))->source);
}

void
pkc_scene_cite_casualties (PkcScene               *scene,
                           PkcDataset             *dataset,
                           const PkcCasualtyStack *stack,
                           const gboolean         *visible,
                           guint32                 j_from,
                           guint32                 j_to)
{
  GPtrArray *events = pkc_dataset_get_events (dataset);

  /* Every source of the records of each category shown, then once more per bar segment for
   * its records' source, so the source of most bars ranks first. */
  for (guint k = 0; k < stack->n; k++)
    {
      for (guint i = 0; visible[k] && i < stack->sources[k]->len; i++)
        pkc_scene_cite (scene, dataset, g_ptr_array_index (stack->sources[k], i));
      for (guint p = 0; visible[k] && p < stack->n_periods; p++)
        if (stack->counts[p * stack->n + k] > 0)
          pkc_scene_cite (scene, dataset, stack->cell_source[p * stack->n + k]);
    }
  /* The event labels of the range. */
  for (guint i = 0; events != NULL && i < events->len; i++)
    {
      const PkcEvent *ev = g_ptr_array_index (events, i);
      guint32 j = pkc_date_to_julian (&ev->date);

      if (j >= j_from && j < j_to)
        pkc_scene_cite (scene, dataset, ev->source);
    }
}

void
pkc_scene_cite_bases (PkcScene   *scene,
                      PkcDataset *dataset)
{
  GPtrArray *bases = pkc_dataset_get_bases (dataset);
  gboolean map = pkc_outline_lookup (pkc_dataset_get_country (dataset)) != NULL;

  for (guint i = 0; bases != NULL && i < bases->len; i++)
    {
      const PkcBase *b = g_ptr_array_index (bases, i);

      pkc_scene_cite (scene, dataset, b->closure_source);
      for (guint k = 0; b->alternatives != NULL && k < b->alternatives->len; k++)
        pkc_scene_cite (scene, dataset,
                        g_array_index (b->alternatives, PkcAlternativeDate, k).source);
      /* Where the base is on the map. */
      if (map && b->has_coordinates)
        pkc_scene_cite (scene, dataset, b->source);
    }
  if (map)
    /* Translators: under the bases chart on a page: who drew the country outline */
    pkc_scene_cite_note (scene, _("Map outline: Natural Earth (public domain)"));
}
