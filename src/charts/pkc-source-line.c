/* pkc-source-line.c — the short "Source: …" line under a chart
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart can rest on dozens of documents. Listing them all made a line nobody could read
 * or trace, so the line names the source of the plotted numbers when there is one, counts
 * the rest by role ("event labels: 9 sources"), and points at the tooltips, which keep every
 * datum's exact source.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-format.h"
#include "pkc-layout-private.h"

char *
pkc_source_name (PkcDataset *dataset,
                 const char *id)
{
  const PkcSource *source = pkc_dataset_lookup_source (dataset, id);
  g_autofree char *date = NULL;

  if (source == NULL)
    return g_strdup (id);
  if (pkc_date_is_set (&source->date))
    date = pkc_format_date (&source->date);
  if (source->publisher != NULL && *source->publisher != '\0')
    {
      if (date != NULL)
        /* Translators: one source named in the line under a chart: publisher, title and the
         * date of the version used ("United Nations DPPA/DPOSS, Peacekeeper fatalities open
         * data, as of 4 April 2025") */
        return g_strdup_printf (_("%s, %s, as of %s"), source->publisher, source->title, date);
      /* Translators: one source named in the line under a chart: publisher, title */
      return g_strdup_printf (_("%s, %s"), source->publisher, source->title);
    }
  if (date != NULL)
    /* Translators: one source named in the line under a chart: title, date of the version */
    return g_strdup_printf (_("%s, as of %s"), source->title, date);
  return g_strdup (source->title);
}

char *
pkc_source_set_text (PkcDataset *dataset,
                     GPtrArray  *ids)
{
  if (ids->len == 1)
    return pkc_source_name (dataset, g_ptr_array_index (ids, 0));
  /* Translators: in the line under a chart: how many documents a part of it rests on */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u source", "%u sources", ids->len),
                          ids->len);
}

char *
pkc_source_summary (GPtrArray  *parts,
                    gboolean    several,
                    const char *tail)
{
  g_autofree char *joined = NULL;

  if (parts->len == 0)
    return g_strdup ("");
  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (pkc_format_list_separator (), (char **) parts->pdata);
  g_ptr_array_remove_index (parts, parts->len - 1);
  if (tail != NULL)
    {
      char *with_tail = g_strconcat (joined, tail, NULL);

      g_free (joined);
      joined = with_tail;
    }
  if (several)
    /* Translators: the line under a chart when it rests on several sources */
    return g_strdup_printf (_("Sources: %s"), joined);
  /* Translators: the line under a chart; %s names its one source */
  return g_strdup_printf (_("Source: %s"), joined);
}
