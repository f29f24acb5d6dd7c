/* pkc-report-pdf.c — the multi-page PDF report: cover page, then one page per chart
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "pkc-charts.h"
#include "pkc-common.h"
#include "pkc-data-text.h"
#include "pkc-format.h"
#include "pkc-report-pdf.h"

/* One paragraph of the cover's flowing columns. */
typedef struct {
  PangoLayout *layout;
  double       space_before;
  PkcRole      role;
  char        *uri;     /* nullable: the paragraph links there */
} Block;

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
  g_free (block->uri);
  g_free (block);
}

typedef struct {
  double   width, height;
  double   unit;          /* 1 on an A4 page: type grows with the page */
  double   margin;
  guint    n_columns;
  double   column_gap;
  double   column_width;
} CoverGeometry;

static void
cover_geometry (CoverGeometry *g,
                double         width,
                double         height)
{
  g->width = width;
  g->height = height;
  g->unit = MIN (width, height) / 595.0;
  g->margin = 40 * g->unit;
  g->n_columns = width > height * 1.2 ? 3 : 2;
  g->column_gap = 18 * g->unit;
  g->column_width = (width - 2 * g->margin - (g->n_columns - 1) * g->column_gap) / g->n_columns;
}

static PangoContext *
report_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);

  /* The painter's unhinted metrics, so the cover measures text as the charts do. */
  pkc_text_context_set_metrics (context);
  return context;
}

static PangoLayout *
paragraph (PangoContext *context,
           const char   *text,
           gboolean      markup,
           double        font_size,
           PangoWeight   weight,
           double        width)
{
  PangoLayout *layout = pkc_text_layout_new (context, "", font_size, weight);

  if (markup)
    pango_layout_set_markup (layout, text, -1);
  else
    pango_layout_set_text (layout, text, -1);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return h / (double) PANGO_SCALE;
}

static void
add_block (GPtrArray   *blocks,
           PangoLayout *layout,
           double       space_before,
           PkcRole      role,
           const char  *uri)
{
  Block *block = g_new0 (Block, 1);

  block->layout = layout;
  block->space_before = space_before;
  block->role = role;
  block->uri = g_strdup (uri);
  g_ptr_array_add (blocks, block);
}

/* A source's site as the cover lists it ("peacekeeping.un.org"): the host, no "www.". */
static char *
url_host (const char *url)
{
  g_autoptr(GUri) uri = url != NULL ? g_uri_parse (url, G_URI_FLAGS_NONE, NULL) : NULL;
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

  if (host == NULL)
    return NULL;
  return g_strdup (g_str_has_prefix (host, "www.") ? host + 4 : host);
}

/* The smallest body type of the cover: 8 pt on a page the size of A4 or larger (a smaller
 * page scales it down with the page). A long list goes on to more pages instead. */
static double
min_body_size (const CoverGeometry *g)
{
  return MIN (8.0, 8.5 * g->unit);
}

/* The summary, then the sources, at @shrink × the normal type size. */
static GPtrArray *
cover_blocks (PangoContext        *context,
              PkcDataset          *dataset,
              const CoverGeometry *g,
              double               shrink)
{
  GPtrArray *blocks = g_ptr_array_new_with_free_func (block_free);
  GPtrArray *sources = pkc_dataset_get_sources (dataset);
  double heading = 11 * g->unit * shrink, body = MAX (8.5 * g->unit * shrink, min_body_size (g));
  g_autofree char *summary = pkc_data_text_summary (dataset);
  g_auto(GStrv) lines = g_strsplit (summary, "\n", -1);

  add_block (blocks, paragraph (context, _("Dataset"), FALSE, heading, PANGO_WEIGHT_BOLD,
                                g->column_width), 0, PKC_ROLE_TEXT, NULL);
  /* The summary's first line repeats the title: skip it. */
  for (guint i = 1; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      add_block (blocks, paragraph (context, lines[i], FALSE, body, PANGO_WEIGHT_NORMAL,
                                    g->column_width),
                 i == 1 ? 4 * g->unit * shrink : 1.5 * g->unit * shrink, PKC_ROLE_TEXT, NULL);
  {
    /* Translators: %s is the dataset's file name, such as minusma.xml */
    g_autofree char *file = g_strdup_printf (_("File: %s"), pkc_dataset_get_display_name (dataset));

    add_block (blocks, paragraph (context, file, FALSE, body, PANGO_WEIGHT_NORMAL,
                                  g->column_width), 1.5 * g->unit * shrink, PKC_ROLE_MUTED, NULL);
  }

  add_block (blocks, paragraph (context, _("Sources"), FALSE, heading, PANGO_WEIGHT_BOLD,
                                g->column_width), 12 * g->unit * shrink, PKC_ROLE_TEXT, NULL);
  for (guint i = 0; i < sources->len; i++)
    {
      const PkcSource *source = g_ptr_array_index (sources, i);
      g_autofree char *date = pkc_date_is_set (&source->date) ? pkc_format_date (&source->date)
                                                                : NULL;
      g_autofree char *host = url_host (source->url);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *publisher = pkc_source_publisher_with_kind (source);
      g_autofree char *head = g_markup_printf_escaped ("<b>%s</b> — %s", source->title,
                                                       publisher);

      g_string_append (text, head);
      if (date != NULL)
        {
          g_autofree char *part = g_markup_printf_escaped (", %s", date);
          g_string_append (text, part);
        }
      if (host != NULL)
        {
          /* Where the link goes, since paper cannot be clicked. */
          g_autofree char *part = g_markup_printf_escaped (" · <i>%s</i>", host);
          g_string_append (text, part);
        }
      add_block (blocks, paragraph (context, text->str, TRUE, body, PANGO_WEIGHT_NORMAL,
                                    g->column_width),
                 i == 0 ? 4 * g->unit * shrink : 2.5 * g->unit * shrink, PKC_ROLE_TEXT,
                 source->url);
    }
  return blocks;
}

/* Where each block goes: page index, x, y. Returns the number of pages the flow needs,
 * with @first_top / @next_top the columns' top on the cover and on continuation pages. */
typedef struct {
  guint  page;
  double x, y;
} Place;

static guint
flow_blocks (GPtrArray           *blocks,
             const CoverGeometry *g,
             double               first_top,
             double               next_top,
             Place               *places)
{
  double bottom = g->height - g->margin;
  guint page = 0, column = 0;
  double y = first_top;

  for (guint i = 0; i < blocks->len; i++)
    {
      Block *block = g_ptr_array_index (blocks, i);
      double h = layout_height (block->layout);
      double top = page == 0 ? first_top : next_top;
      double space = y > top ? block->space_before : 0;

      if (y + space + h > bottom && y > top)
        {
          if (++column >= g->n_columns)
            {
              column = 0;
              page++;
            }
          y = page == 0 ? first_top : next_top;
          space = 0;
        }
      if (places != NULL)
        {
          places[i].page = page;
          places[i].x = g->margin + column * (g->column_width + g->column_gap);
          places[i].y = y + space;
        }
      y += space + h;
    }
  return page + 1;
}

static void
set_role_color (cairo_t  *cr,
                PkcTheme  theme,
                PkcRole   role)
{
  PkcColor c = pkc_palette_color (theme, pkc_paint (role, 0));

  cairo_set_source_rgba (cr, c.red, c.green, c.blue, c.alpha);
}

static void
fill_background (cairo_t             *cr,
                 PkcTheme             theme,
                 const CoverGeometry *g)
{
  double r, gr, b;

  pkc_theme_get_background (theme, &r, &gr, &b);
  cairo_set_source_rgb (cr, r, gr, b);
  cairo_paint (cr);
}

/* The page's heading (title, subtitle, a rule); returns where the columns start. */
static double
paint_heading (cairo_t             *cr,
               PangoContext        *context,
               PkcTheme             theme,
               const CoverGeometry *g,
               const char          *title,
               const char          *subtitle,
               double               title_size)
{
  g_autoptr(PangoLayout) t = paragraph (context, title, FALSE, title_size, PANGO_WEIGHT_BOLD,
                                        g->width - 2 * g->margin);
  double y = g->margin;

  set_role_color (cr, theme, PKC_ROLE_TEXT);
  cairo_move_to (cr, g->margin, y);
  pango_cairo_show_layout (cr, t);
  y += layout_height (t);

  if (subtitle != NULL)
    {
      g_autoptr(PangoLayout) s = paragraph (context, subtitle, FALSE, 11 * g->unit,
                                            PANGO_WEIGHT_NORMAL, g->width - 2 * g->margin);

      y += 4 * g->unit;
      set_role_color (cr, theme, PKC_ROLE_MUTED);
      cairo_move_to (cr, g->margin, y);
      pango_cairo_show_layout (cr, s);
      y += layout_height (s);
    }

  y += 10 * g->unit;
  set_role_color (cr, theme, PKC_ROLE_AXIS);
  cairo_set_line_width (cr, MAX (0.5, 0.75 * g->unit));
  cairo_move_to (cr, g->margin, y);
  cairo_line_to (cr, g->width - g->margin, y);
  cairo_stroke (cr);
  return y + 14 * g->unit;
}

char *
pkc_report_pdf_title (PkcDataset *dataset)
{
  /* Translators: the report's title: mission acronym, then its full name */
  return g_strdup_printf (_("%s — %s"), pkc_dataset_get_acronym (dataset),
                          pkc_dataset_get_mission_name (dataset, pkc_lang_from_locale ()));
}

/* Returns the number of pages the cover took. */
static guint
paint_cover (cairo_surface_t *surface,
             cairo_t         *cr,
             PkcDataset      *dataset,
             PkcTheme         theme,
             double           width,
             double           height)
{
  PangoContext *context = report_context (cr);
  g_autoptr(GPtrArray) blocks = NULL;
  g_autofree char *title = pkc_report_pdf_title (dataset);
  g_autofree Place *places = NULL;
  g_autofree char *subtitle = NULL;
  CoverGeometry g;
  double first_top, next_top;
  double shrink = 1.0;
  guint n_pages;

  cover_geometry (&g, width, height);
  /* Translators: the report cover's subtitle; %s is the application's version */
  subtitle = g_strdup_printf (_("Casualties, troop strength and bases — made with "
                                "Peacekeeping Charts %s"), PACKAGE_VERSION);

  /* Measure the headings once on a scratch page: only their heights matter here. */
  cairo_save (cr);
  cairo_push_group (cr);
  first_top = paint_heading (cr, context, theme, &g, title, subtitle, 22 * g.unit);
  next_top = paint_heading (cr, context, theme, &g, _("Sources (continued)"), NULL,
                            16 * g.unit);
  cairo_pattern_destroy (cairo_pop_group (cr));
  cairo_restore (cr);

  /* The largest type that fits the cover, never smaller than min_body_size(); beyond
   * that, the list goes on to more pages. */
  for (;;)
    {
      double floor_shrink = min_body_size (&g) / (8.5 * g.unit);

      blocks = cover_blocks (context, dataset, &g, shrink);
      n_pages = flow_blocks (blocks, &g, first_top, next_top, NULL);
      if (n_pages == 1 || shrink <= floor_shrink + 1e-9)
        break;
      g_clear_pointer (&blocks, g_ptr_array_unref);
      shrink = MAX (shrink * 0.93, floor_shrink);
    }
  places = g_new0 (Place, blocks->len);
  flow_blocks (blocks, &g, first_top, next_top, places);

  for (guint page = 0; page < n_pages; page++)
    {
      fill_background (cr, theme, &g);
      if (page == 0)
        paint_heading (cr, context, theme, &g, title, subtitle, 22 * g.unit);
      else
        paint_heading (cr, context, theme, &g, _("Sources (continued)"), NULL, 16 * g.unit);

      for (guint i = 0; i < blocks->len; i++)
        {
          Block *block = g_ptr_array_index (blocks, i);

          if (places[i].page != page)
            continue;
          if (block->uri != NULL)
            {
              g_autofree char *attributes = pkc_link_tag_attributes (block->uri);
              cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes);
            }
          set_role_color (cr, theme, block->role);
          cairo_move_to (cr, places[i].x, places[i].y);
          pango_cairo_show_layout (cr, block->layout);
          if (block->uri != NULL)
            cairo_tag_end (cr, CAIRO_TAG_LINK);
        }
      cairo_show_page (cr);
    }

  cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, title, "page=1", 0);
  g_clear_pointer (&blocks, g_ptr_array_unref);
  g_object_unref (context);
  return n_pages;
}

void
pkc_report_pdf_paint (cairo_surface_t       *surface,
                      PkcDataset            *dataset,
                      const PkcChartOptions *chart_options,
                      PkcTheme               theme,
                      double                 width,
                      double                 height)
{
  cairo_t *cr;
  guint page;

  g_return_if_fail (surface != NULL);
  g_return_if_fail (PKC_IS_DATASET (dataset));
  g_return_if_fail (chart_options != NULL);

  cr = cairo_create (surface);
  page = paint_cover (surface, cr, dataset, theme, width, height);

  for (PkcChartKind kind = 0; kind < PKC_N_CHARTS; kind++)
    {
      g_autoptr(PkcScene) scene = pkc_chart_layout (kind, dataset, width, height,
                                                    &chart_options[kind]);
      g_autofree char *dest = NULL;

      /* A chart the dataset has no data for (strength or bases of a mission built from the
       * UN fatalities data) is left out, not printed as a page holding one sentence: the
       * cover's summary counts what the dataset holds. */
      if (pkc_scene_is_empty (scene))
        continue;
      dest = g_strdup_printf ("page=%u", ++page);
      pkc_scene_paint (scene, cr, theme, -1);
      cairo_show_page (cr);
      cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT,
                                     pkc_chart_kind_get_title (kind), dest, 0);
    }
  cairo_destroy (cr);
}
