/* pkc-compare-source.c — the Compare data from the UN fatalities and force-size CSVs
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "pkc-common.h"
#include "pkc-compare-source.h"
#include "pkc-embedded.h"
#include "pkc-missions.h"
#include "pkc-resources.h"
#include "pkc-un-import.h"

#define FATALITIES_NAME "un-peacekeeping-fatalities.csv"
#define FORCE_NAME "un-peacekeeping-force-size.csv"
#define FORCE_COLUMN "Size of total peacekeeping force (United Nations Peacekeeping)"

typedef struct {
  guint       year;
  char       *mission;
  PkcIncident incident;
} Death;

static int
column (char       **header,
        guint        n,
        const char  *name)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (header[i], name) == 0)
      return (int) i;
  return -1;
}

static gboolean
bad_row (GError      **error,
         const char   *file,
         guint         line,
         const char   *what)
{
  /* Translators: file name, line number, then what is wrong */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("%s:%u: %s"), file, line, what);
  return FALSE;
}

/* Every death as (year, mission, incident); the latest last_update in @last_update. */
static gboolean
read_deaths (GInputStream  *stream,
             GArray        *deaths,
             char         **last_update,
             GError       **error)
{
  g_autoptr(PkcCsvReader) reader = pkc_csv_reader_new (stream, FATALITIES_NAME);
  char **f = NULL;  /* owned by the reader */
  guint n = 0;
  int c_date = -1, c_mission = -1, c_type = -1, c_update = -1;

  if (!pkc_csv_reader_next (reader, &f, &n, NULL, error))
    return error == NULL || *error == NULL ? bad_row (error, FATALITIES_NAME, 1, _("no header"))
                                           : FALSE;
  c_date = column (f, n, "incident_date");
  c_mission = column (f, n, "mission_acronym");
  c_type = column (f, n, "type_of_incident");
  c_update = column (f, n, "last_update");
  if (c_date < 0 || c_mission < 0 || c_type < 0)
    return bad_row (error, FATALITIES_NAME, 1,
                    _("the header lacks incident_date, mission_acronym or type_of_incident"));
  while (pkc_csv_reader_next (reader, &f, &n, NULL, error))
    {
      Death d = { 0 };
      guint line = pkc_csv_reader_get_line (reader);
      gboolean ok = n > (guint) MAX (c_date, MAX (c_mission, c_type)) &&
                    strlen (f[c_date]) >= 4 && pkc_un_incident_from_text (f[c_type], &d.incident);

      if (n == 1 && *f[0] == '\0')
        {
          continue;
        }
      if (ok)
        d.year = (guint) g_ascii_strtoull (f[c_date], NULL, 10);
      if (!ok || d.year < 1900 || d.year > 2200)
        return bad_row (error, FATALITIES_NAME, line, _("bad date or incident type"));
      d.mission = g_strstrip (g_strdup (f[c_mission]));
      if (c_update >= 0 && (guint) c_update < n &&
          g_strcmp0 (f[c_update], *last_update != NULL ? *last_update : "") > 0)
        {
          g_free (*last_update);
          *last_update = g_strdup (f[c_update]);
        }
      g_array_append_val (deaths, d);
        }
  return error == NULL || *error == NULL;
}

static gboolean
read_force (GInputStream   *stream,
            PkcCompareData *data,
            GError        **error)
{
  g_autoptr(PkcCsvReader) reader = pkc_csv_reader_new (stream, FORCE_NAME);
  char **f = NULL;  /* owned by the reader */
  guint n = 0;
  int c_entity, c_year, c_size;

  if (!pkc_csv_reader_next (reader, &f, &n, NULL, error))
    return FALSE;
  c_entity = column (f, n, "Entity");
  c_year = column (f, n, "Year");
  c_size = column (f, n, FORCE_COLUMN);
  if (c_entity < 0 || c_year < 0 || c_size < 0)
    return bad_row (error, FORCE_NAME, 1, _("the header lacks Entity, Year or the force size"));
  while (pkc_csv_reader_next (reader, &f, &n, NULL, error))
    {
      guint64 year = 0, size = 0;

      if (n > (guint) MAX (c_entity, MAX (c_year, c_size)) &&
          g_strcmp0 (f[c_entity], "World") == 0 &&
          g_ascii_string_to_unsigned (f[c_year], 10, 1900, 2200, &year, NULL) &&
          g_ascii_string_to_unsigned (f[c_size], 10, 0, 10000000, &size, NULL) &&
          year >= data->first_year && year < data->first_year + data->n_years)
        data->force[year - data->first_year] = (double) size;
        }
  return error == NULL || *error == NULL;
}

static int
mission_cmp (gconstpointer a,
             gconstpointer b)
{
  const PkcCompareMission *ma = *(PkcCompareMission **) a, *mb = *(PkcCompareMission **) b;

  return g_ascii_strcasecmp (ma->acronym, mb->acronym);
}

static PkcCompareData *
data_from_deaths (GArray *deaths)
{
  guint first = G_MAXUINT, last = 0;
  PkcCompareData *data;

  for (guint i = 0; i < deaths->len; i++)
    {
      first = MIN (first, g_array_index (deaths, Death, i).year);
      last = MAX (last, g_array_index (deaths, Death, i).year);
    }
  data = pkc_compare_data_new (first, last - first + 1);
  for (guint i = 0; i < deaths->len; i++)
    {
      Death *d = &g_array_index (deaths, Death, i);
      PkcCompareMission *m = pkc_compare_data_find (data, d->mission);

      if (m == NULL)
        m = pkc_compare_data_add_mission (data, d->mission, NULL);
      pkc_compare_mission_add_death (m, data, d->year, d->incident);
    }
  /* Alphabetical, so equal totals rank in a stable, readable order. */
  g_ptr_array_sort (data->missions, mission_cmp);
  return data;
}

static void
death_clear (gpointer p)
{
  g_free (((Death *) p)->mission);
}

PkcCompareData *
pkc_compare_source_load (GInputStream  *fatalities,
                         GInputStream  *force_size,
                         GError       **error)
{
  g_autoptr(GArray) deaths = g_array_new (FALSE, TRUE, sizeof (Death));
  g_autofree char *last_update = NULL;
  g_autoptr(PkcCompareData) data = NULL;

  g_array_set_clear_func (deaths, death_clear);
  if (!read_deaths (fatalities, deaths, &last_update, error))
    return NULL;
  if (deaths->len == 0)
    {
      bad_row (error, FATALITIES_NAME, 2, _("no deaths in the file"));
      return NULL;
    }
  data = data_from_deaths (deaths);
  /* Translators: the fatalities data named in a source line; %s is a date (2025-04-04) */
  data->deaths_source = g_strdup_printf (_("United Nations, Peacekeeper Fatalities open data (DPPA/DPOSS), last update %s"),
                                         last_update != NULL ? last_update : "?");
  if (force_size != NULL)
    {
      if (!read_force (force_size, data, error))
        return NULL;
      /* Translators: the force-size data named in a source line */
      data->force_source = g_strdup (_("Our World in Data, “United Nations Peacekeeping” (UN contribution reports; Global Policy Forum before 1992), year-end force size"));
    }
  return g_steal_pointer (&data);
}

void
pkc_compare_source_add_strength (PkcCompareData *data,
                                 PkcDataset     *dataset)
{
  GPtrArray *obs = pkc_dataset_get_observations (dataset);
  PkcCompareMission *m = pkc_compare_data_find (data, pkc_dataset_get_acronym (dataset));
  g_autofree double *sum = NULL;
  g_autofree guint *count = NULL;
  gboolean any = FALSE;

  if (m == NULL || obs == NULL)
    return;
  sum = g_new0 (double, data->n_years);
  count = g_new0 (guint, data->n_years);
  for (guint i = 0; i < obs->len; i++)
    {
      const PkcObservation *o = g_ptr_array_index (obs, i);
      guint y = (guint) o->date.year - data->first_year;

      /* Only a sourced uniformed total counts: the force-size data counts uniformed
       * personnel too, and an approximate or partial figure would make a rate up. */
      if (g_strcmp0 (o->scope, "uniformed") != 0 || o->total <= 0 ||
          g_strcmp0 (o->confidence, "low") == 0 || (guint) o->date.year < data->first_year ||
          y >= data->n_years)
        continue;
      sum[y] += o->total;
      count[y]++;
      any = TRUE;
    }
  if (!any)
    return;
  g_free (m->strength);
  m->strength = g_new (double, data->n_years);
  for (guint y = 0; y < data->n_years; y++)
    m->strength[y] = count[y] > 0 ? sum[y] / count[y] : PKC_COMPARE_NO_STRENGTH;
  g_free (m->strength_source);
  /* Translators: a source-line part; %s is a mission acronym */
  m->strength_source = g_strdup_printf (_("%s strength: the sources of its dataset (see its strength chart)"),
                                        m->acronym);
  if (m->name == NULL)
    m->name = g_strdup (pkc_dataset_get_mission_name (dataset, pkc_lang_from_locale ()));
}

void
pkc_compare_source_apply_catalogue (PkcCompareData *data,
                                    PkcCatalogue   *catalogue)
{
  PkcLang lang = pkc_lang_from_locale ();

  for (guint i = 0; i < data->missions->len; i++)
    {
      PkcCompareMission *m = g_ptr_array_index (data->missions, i);
      const PkcMissionInfo *info = pkc_catalogue_lookup (catalogue, m->acronym);

      if (info == NULL)
        continue;
      m->outside_force = info->kind == PKC_MISSION_KIND_POLITICAL ||
                         info->kind == PKC_MISSION_KIND_OTHER;
      if (info->kind != PKC_MISSION_KIND_UNKNOWN)
        {
          g_free (m->name);
          m->name = g_strdup (pkc_localized_text_get (&info->name, lang));
        }
    }
}

static GInputStream *
resource_stream (const char  *file,
                 GError     **error)
{
  g_autofree char *path = g_strconcat ("/org/peacekeeping/Charts/un/", file, NULL);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (pkc_get_resource (), path,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  return bytes != NULL ? g_memory_input_stream_new_from_bytes (bytes) : NULL;
}

gboolean
pkc_compare_source_check_fatalities (GBytes  *fatalities,
                                     GError **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (fatalities);
  g_autoptr(GArray) deaths = g_array_new (FALSE, TRUE, sizeof (Death));
  g_autofree char *last_update = NULL;

  g_array_set_clear_func (deaths, death_clear);
  if (!read_deaths (stream, deaths, &last_update, error))
    return FALSE;
  if (deaths->len == 0)
    {
      bad_row (error, FATALITIES_NAME, 2, _("no deaths in the file"));
      return FALSE;
    }
  return TRUE;
}

PkcCompareData *
pkc_compare_source_load_default (GError **error)
{
  /* The catalogue's own fatalities CSV: an imported one when the user imported one. */
  g_autoptr(GInputStream) deaths = pkc_missions_open_fatalities (error);
  g_autoptr(GInputStream) force = deaths != NULL ? resource_stream (FORCE_NAME, error) : NULL;
  PkcCompareData *data;
  const char * const *curated = pkc_embedded_curated_acronyms ();

  if (force == NULL)
    return NULL;
  data = pkc_compare_source_load (deaths, force, error);
  if (data != NULL)
    {
      PkcCatalogue *catalogue = pkc_missions_get_catalogue (error);

      if (catalogue == NULL)
        {
          pkc_compare_data_free (data);
          return NULL;
        }
      pkc_compare_source_apply_catalogue (data, catalogue);
    }
  for (guint i = 0; data != NULL && curated[i] != NULL; i++)
    {
      g_autoptr(PkcDataset) dataset = pkc_embedded_curated_load (curated[i], NULL);

      if (dataset != NULL)
        pkc_compare_source_add_strength (data, dataset);
    }
  return data;
}
