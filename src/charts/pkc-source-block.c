/* pkc-source-block.c — the sources listed under a chart on a page (exports, print)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each source the drawn records cite, in its short form (publisher, title, date), numbered
 * when there are several, each line linking to the source's address. The list is never cut:
 * it takes columns when the page is wide, and when even that would take more than
 * MAX_SHARE of the page, or there are more than PKC_SOURCES_MAX_LISTED sources, the most
 * cited are listed and one line says how many more there are and where all are.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "pkc-sources-private.h"
#include "pkc-text-measure.h"

#define MAX_SHARE     0.3    /* of the scene's height */
#define MAX_COLUMNS   4
#define MIN_COLUMN_EM 30     /* a column is at least this many font sizes wide */

typedef struct {
  PkcScene       *scene;
  const PkcFrame *frame;
  GPtrArray      *shown;    /* of PkcCitation*, borrowed, in the order first cited */
  guint           n_more;   /* cited but not listed */
  double          line_h;
  double          gap;      /* between columns */
} Block;

static int
by_count (gconstpointer a,
          gconstpointer b)
{
  const PkcCitation *x = *(PkcCitation *const *) a, *y = *(PkcCitation *const *) b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

static int
by_order (gconstpointer a,
          gconstpointer b)
{
  const PkcCitation *x = *(PkcCitation *const *) a, *y = *(PkcCitation *const *) b;

  return x->order < y->order ? -1 : x->order > y->order;
}

/* The @limit most cited, in the order they were first cited. */
static GPtrArray *
most_cited (GPtrArray *citations,
            guint      limit)
{
  GPtrArray *shown = g_ptr_array_new ();

  for (guint i = 0; citations != NULL && i < citations->len; i++)
    g_ptr_array_add (shown, g_ptr_array_index (citations, i));
  g_ptr_array_sort (shown, by_count);
  g_ptr_array_set_size (shown, MIN (limit, shown->len));
  g_ptr_array_sort (shown, by_order);
  return shown;
}

/* Lines of @text within @width, added at (@x, @y) when @add; returns the height. */
static double
add_lines (const Block *b,
           const char  *text,
           double       x,
           double       y,
           double       width,
           PangoWeight  weight,
           const char  *uri,
           gboolean     add)
{
  g_autoptr(GPtrArray) lines = pkc_text_wrap (text, b->frame->small, weight, MAX (width, 1));

  for (guint i = 0; add && i < lines->len; i++)
    {
      guint index = pkc_scene_add_text (b->scene, g_ptr_array_index (lines, i), x,
                                        y + i * b->line_h, b->frame->small, weight, 0, 0, 0,
                                        pkc_paint (PKC_ROLE_MUTED, 0));

      pkc_scene_prim (b->scene, index)->link = g_strdup (uri);
    }
  return lines->len * b->line_h;
}

static char *
numbered (guint n)
{
  /* Translators: the number before a source in the list under a chart on a page */
  return g_strdup_printf (_("%u."), n);
}

/* The numbered entries in @n_columns columns from @y; returns their height. Entries go down
 * the first column, then the next, no column taller than needed to hold them all. */
static double
entries (const Block *b,
         guint        n_columns,
         double       y,
         gboolean     add)
{
  const PkcBox *body = &b->frame->body;
  double column_w = (body->width - (n_columns - 1) * b->gap) / n_columns;
  g_autofree char *widest = numbered (b->shown->len);
  double number_w = pkc_text_width (widest, b->frame->small, PANGO_WEIGHT_NORMAL) +
                    b->frame->small * 0.4;
  double space = b->line_h * 0.25, total = 0, target, used = 0, col_h = 0;
  g_autofree double *h = g_new0 (double, MAX (b->shown->len, 1));
  guint column;

  for (guint i = 0; i < b->shown->len; i++)
    {
      const PkcCitation *c = g_ptr_array_index (b->shown, i);

      h[i] = add_lines (b, c->text, 0, 0, column_w - number_w, PANGO_WEIGHT_NORMAL, NULL, FALSE);
      total += h[i] + (i > 0 ? space : 0);
    }
  /* The shortest column height that holds every entry in @n_columns columns. */
  for (target = total / n_columns;; target += b->line_h)
    {
      col_h = 0;
      column = 0;
      for (guint i = 0; i < b->shown->len; i++)
        {
          if (col_h > 0 && col_h + space + h[i] > target + 0.5)
            {
              column++;
              col_h = 0;
            }
          col_h += (col_h > 0 ? space : 0) + h[i];
        }
      if (column < n_columns)
        break;
    }
  column = 0;
  col_h = 0;
  for (guint i = 0; i < b->shown->len; i++)
    {
      const PkcCitation *c = g_ptr_array_index (b->shown, i);
      double x;

      if (col_h > 0 && col_h + space + h[i] > target + 0.5)
        {
          column++;
          col_h = 0;
        }
      col_h += (col_h > 0 ? space : 0);
      x = body->x + column * (column_w + b->gap);
      if (add)
        {
          g_autofree char *number = numbered (i + 1);
          guint index = pkc_scene_add_text (b->scene, number, x + number_w - b->frame->small * 0.4,
                                            y + col_h, b->frame->small, PANGO_WEIGHT_NORMAL,
                                            1, 0, 0, pkc_paint (PKC_ROLE_MUTED, 0));

          pkc_scene_prim (b->scene, index)->link = g_strdup (c->uri);
          add_lines (b, c->text, x + number_w, y + col_h, column_w - number_w,
                     PANGO_WEIGHT_NORMAL, c->uri, TRUE);
        }
      col_h += h[i];
      used = MAX (used, col_h);
    }
  return used;
}

/* How many more sources there are and where all of them are listed. */
static char *
more_text (const Block *b)
{
  if (b->shown->len == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: under a chart on a page, when there is no room to list its sources */
                                         "%u source, listed on the cover of the PDF report of all charts",
                                         "%u sources, all listed on the cover of the PDF report of all charts",
                                         b->n_more), b->n_more);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: after the numbered sources under a chart on a page */
                                       "and %u more source: all are listed on the cover of the PDF report of all charts",
                                       "and %u more sources: all are listed on the cover of the PDF report of all charts",
                                       b->n_more), b->n_more);
}

/* The whole block from @y: heading, entries, how many more, credits. Returns its height. */
static double
block (const Block *b,
       guint        n_columns,
       double       y,
       gboolean     add)
{
  const PkcBox *body = &b->frame->body;
  guint n_cited = b->shown->len + b->n_more;
  double top = y;

  if (b->shown->len == 1 && b->n_more == 0)
    {
      const PkcCitation *c = g_ptr_array_index (b->shown, 0);
      /* Translators: the line under a chart; %s names its one source */
      g_autofree char *line = g_strdup_printf (_("Source: %s"), c->text);

      y += add_lines (b, line, body->x, y, body->width, PANGO_WEIGHT_NORMAL, c->uri, add);
    }
  else if (n_cited > 0)
    {
      /* Translators: heading of the numbered list of sources under a chart on a page */
      y += add_lines (b, C_("list heading", "Sources"), body->x, y, body->width,
                      PANGO_WEIGHT_BOLD, NULL, add);
      if (b->shown->len > 0)
        y += entries (b, n_columns, y, add);
      if (b->n_more > 0)
        {
          g_autofree char *more = more_text (b);

          y += b->line_h * 0.25;
          y += add_lines (b, more, body->x, y, body->width, PANGO_WEIGHT_NORMAL, NULL, add);
        }
    }
  for (guint i = 0; b->scene->credits != NULL && i < b->scene->credits->len; i++)
    y += add_lines (b, g_ptr_array_index (b->scene->credits, i), body->x, y, body->width,
                    PANGO_WEIGHT_NORMAL, NULL, add);
  return y - top;
}

double
pkc_source_block_layout (PkcScene       *scene,
                         const PkcFrame *frame,
                         double          bottom)
{
  guint n = scene->citations != NULL ? scene->citations->len : 0;
  double max_h = scene->height * MAX_SHARE, height = 0;
  Block b = { scene, frame, NULL, 0, 0, frame->font * 1.5 };
  guint max_columns, columns = 1;

  pkc_text_measure ("Ag", frame->small, PANGO_WEIGHT_NORMAL, NULL, &b.line_h);
  max_columns = (guint) ((frame->body.width + b.gap) / (frame->small * MIN_COLUMN_EM + b.gap));
  max_columns = CLAMP (max_columns, 1, MAX_COLUMNS);

  /* The most sources that fit the bound, in as many columns as make the block shortest. */
  for (guint limit = MIN (n, PKC_SOURCES_MAX_LISTED);; limit--)
    {
      g_clear_pointer (&b.shown, g_ptr_array_unref);
      b.shown = most_cited (scene->citations, limit);
      b.n_more = n - limit;
      height = G_MAXDOUBLE;
      for (guint c = 1; c <= MIN (max_columns, MAX (limit, 1)); c++)
        {
          double h = block (&b, c, 0, FALSE);

          if (h < height - 0.5)
            {
              height = h;
              columns = c;
            }
        }
      if (height <= max_h || limit == 0)
        break;
    }
  block (&b, columns, bottom - height, TRUE);
  g_ptr_array_unref (b.shown);
  return bottom - height;
}
