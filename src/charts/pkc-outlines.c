/* pkc-outlines.c — country outlines by ISO 3166-1 alpha-3 code, for the map panel
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "pkc-layout-private.h"

typedef struct {
  guint first;
  guint n;
} OutlineRing;

typedef struct {
  const char *iso3;
  const char *name;
  guint       first_ring;
  guint       n_rings;
} OutlineCountry;

/* Natural Earth 1:50m admin-0, public domain, simplified: see resources/outlines/README.md. */
#include "country-outlines.inc"

struct _PkcOutline {
  OutlineCountry country;
};

static int
compare_iso (const void *key,
             const void *item)
{
  return strcmp (key, ((const OutlineCountry *) item)->iso3);
}

const PkcOutline *
pkc_outline_lookup (const char *iso3)
{
  if (iso3 == NULL || strlen (iso3) != 3)
    return NULL;
  /* The table is sorted by code; PkcOutline is a view of one row. */
  return bsearch (iso3, outline_countries, G_N_ELEMENTS (outline_countries),
                  sizeof outline_countries[0], compare_iso);
}

const char *
pkc_outline_name (const PkcOutline *outline)
{
  return outline->country.name;
}

guint
pkc_outline_n_rings (const PkcOutline *outline)
{
  return outline->country.n_rings;
}

guint
pkc_outline_ring (const PkcOutline *outline,
                  guint             ring,
                  PkcPoint        **lonlat)
{
  const OutlineRing *r;

  g_return_val_if_fail (ring < outline->country.n_rings, 0);
  r = &outline_rings[outline->country.first_ring + ring];
  *lonlat = g_new (PkcPoint, r->n);
  for (guint i = 0; i < r->n; i++)
    {
      (*lonlat)[i].x = outline_points[r->first + i][0] / 1000.0;
      (*lonlat)[i].y = outline_points[r->first + i][1] / 1000.0;
    }
  return r->n;
}

void
pkc_outline_extent (const PkcOutline *outline,
                    double           *min_lon,
                    double           *min_lat,
                    double           *max_lon,
                    double           *max_lat)
{
  *min_lon = *min_lat = G_MAXDOUBLE;
  *max_lon = *max_lat = -G_MAXDOUBLE;
  for (guint k = 0; k < outline->country.n_rings; k++)
    {
      const OutlineRing *r = &outline_rings[outline->country.first_ring + k];

      for (guint i = r->first; i < r->first + r->n; i++)
        {
          *min_lon = MIN (*min_lon, outline_points[i][0] / 1000.0);
          *max_lon = MAX (*max_lon, outline_points[i][0] / 1000.0);
          *min_lat = MIN (*min_lat, outline_points[i][1] / 1000.0);
          *max_lat = MAX (*max_lat, outline_points[i][1] / 1000.0);
        }
    }
}

gboolean
pkc_outline_contains (const PkcOutline *outline,
                      double            lon,
                      double            lat)
{
  gboolean inside = FALSE;

  /* Even-odd crossings over every ring (the rings do not overlap). */
  for (guint k = 0; k < outline->country.n_rings; k++)
    {
      const OutlineRing *r = &outline_rings[outline->country.first_ring + k];

      for (guint i = 0, j = r->n - 1; i < r->n; j = i++)
        {
          double xi = outline_points[r->first + i][0] / 1000.0, yi = outline_points[r->first + i][1] / 1000.0;
          double xj = outline_points[r->first + j][0] / 1000.0, yj = outline_points[r->first + j][1] / 1000.0;

          if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi)
            inside = !inside;
        }
    }
  return inside;
}
