/* pkc-frame.c — title, subtitle, source line; label collision sets; empty state
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "pkc-format.h"
#include "pkc-layout-private.h"
#include "pkc-sources-private.h"
#include "pkc-text-measure.h"

void
pkc_label_set_init (PkcLabelSet *set)
{
  set->boxes = g_array_new (FALSE, FALSE, sizeof (PkcBox));
}

void
pkc_label_set_clear (PkcLabelSet *set)
{
  g_clear_pointer (&set->boxes, g_array_unref);
}

gboolean
pkc_box_overlaps (const PkcBox *a,
                  const PkcBox *b,
                  double        gap)
{
  return a->x < b->x + b->width + gap && b->x < a->x + a->width + gap &&
         a->y < b->y + b->height + gap && b->y < a->y + a->height + gap;
}

gboolean
pkc_label_set_fits (PkcLabelSet  *set,
                    const PkcBox *box,
                    double        gap)
{
  for (guint i = 0; i < set->boxes->len; i++)
    if (pkc_box_overlaps (box, &g_array_index (set->boxes, PkcBox, i), gap))
      return FALSE;
  return TRUE;
}

void
pkc_label_set_add (PkcLabelSet  *set,
                   const PkcBox *box)
{
  g_array_append_val (set->boxes, *box);
}

gboolean
pkc_label_set_try (PkcLabelSet  *set,
                   const PkcBox *box,
                   double        gap)
{
  if (!pkc_label_set_fits (set, box, gap))
    return FALSE;
  pkc_label_set_add (set, box);
  return TRUE;
}

PkcBox
pkc_text_box (const char  *text,
              double       x,
              double       y,
              double       font_size,
              PangoWeight  weight,
              double       halign,
              double       valign)
{
  double w, h;

  pkc_text_measure (text, font_size, weight, &w, &h);
  return (PkcBox) { x - halign * w, y - valign * h, w, h };
}

void
pkc_frame_init (PkcFrame *frame,
                double    width,
                double    height)
{
  /* Text grows a little with the canvas: 11 px on a phone, 16 px on a 1920 px export. */
  frame->font = CLAMP (9 + width / 240, 11, 16);
  frame->font = round (frame->font * 2) / 2;
  frame->small = round (frame->font * 0.88 * 2) / 2;
  frame->title = round (frame->font * 1.45);
  frame->pad = CLAMP (width / 60, 8, 24);
  frame->body = (PkcBox) { frame->pad, frame->pad,
                           MAX (0, width - 2 * frame->pad), MAX (0, height - 2 * frame->pad) };
}

/* Whether pkc_text_wrap() had to cut a word of @text to fit a line. */
static gboolean
lines_cut (GPtrArray  *lines,
           const char *text)
{
  if (strstr (text, "…") != NULL)
    return FALSE;
  for (guint i = 0; i < lines->len; i++)
    if (strstr (g_ptr_array_index (lines, i), "…") != NULL)
      return TRUE;
  return FALSE;
}

/* A heading (title or subtitle) at the body's left edge: never loses a word when it can be
 * helped. It wraps onto up to @max_lines lines at @sizes[0]; when that is not enough it tries
 * each smaller size in @sizes in turn; only at the smallest size is the last line ellipsized.
 * Returns the height used. */
static double
add_heading (PkcScene       *scene,
             const PkcFrame *frame,
             const char     *text,
             const double   *sizes,
             guint           n_sizes,
             PangoWeight     weight,
             PkcRole         role,
             guint           max_lines,
             double          y)
{
  g_autoptr(GPtrArray) lines = NULL;
  double size = sizes[0], line_h, top = y;

  for (guint k = 0; k < n_sizes; k++)
    {
      g_clear_pointer (&lines, g_ptr_array_unref);
      size = sizes[k];
      lines = pkc_text_wrap (text, size, weight, frame->body.width);
      if (lines->len <= max_lines && !lines_cut (lines, text))
        break;
    }
  if (lines->len > max_lines)
    {
      /* The last resort: what does not fit @max_lines at the smallest size is cut. */
      GString *rest = g_string_new (NULL);
      g_autofree char *joined = NULL;

      for (guint i = max_lines - 1; i < lines->len; i++)
        g_string_append_printf (rest, "%s%s", i > max_lines - 1 ? " " : "",
                                (char *) g_ptr_array_index (lines, i));
      joined = g_string_free (rest, FALSE);
      g_ptr_array_set_size (lines, max_lines - 1);
      g_ptr_array_add (lines, pkc_text_ellipsize (joined, size, weight, frame->body.width));
    }
  pkc_text_measure ("Ag", size, weight, NULL, &line_h);
  for (guint i = 0; i < lines->len; i++)
    {
      pkc_scene_add_text (scene, g_ptr_array_index (lines, i), frame->body.x, y, size, weight,
                          0, 0, 0, pkc_paint (role, 0));
      y += line_h;
    }
  return y - top;
}

void
pkc_frame_layout (PkcScene              *scene,
                  PkcFrame              *frame,
                  const PkcChartOptions *options,
                  const char            *title,
                  const char            *subtitle,
                  const char            *source_line)
{
  double y, bottom;

  pkc_frame_init (frame, scene->width, scene->height);
  if (!options->show_title)
    return;

  y = frame->body.y;
  bottom = frame->body.y + frame->body.height;

  if (title != NULL && *title != '\0')
    {
      /* A step down to between title and body size, then body size (still bold). */
      const double sizes[] = { frame->title, round ((frame->title + frame->font) / 2 * 2) / 2,
                               frame->font };

      y += add_heading (scene, frame, title, sizes, G_N_ELEMENTS (sizes), PANGO_WEIGHT_BOLD,
                        PKC_ROLE_TEXT, 2, y);
    }
  if (subtitle != NULL && *subtitle != '\0')
    {
      const double sizes[] = { frame->font, frame->small };
      g_auto(GStrv) paragraphs = g_strsplit (subtitle, "\n", -1);

      /* A line break starts a paragraph of its own: the first (the mission and dates) on
       * two lines at most, what a chart adds (its filters) on up to four, so that a phone
       * wraps it rather than cutting it. */
      for (guint i = 0; paragraphs[i] != NULL; i++)
        if (*paragraphs[i] != '\0')
          y += add_heading (scene, frame, paragraphs[i], sizes, G_N_ELEMENTS (sizes),
                            PANGO_WEIGHT_NORMAL, PKC_ROLE_MUTED, i == 0 ? 2 : 4, y);
    }
  y += frame->font * 0.6;

  if (options->sources_in_full && (scene->citations != NULL || scene->credits != NULL))
    {
      /* A page has no tooltips: each source drawn, listed in full. */
      bottom = pkc_source_block_layout (scene, frame, bottom) - frame->font * 0.6;
    }
  else if (source_line != NULL && *source_line != '\0')
    {
      g_autoptr(GPtrArray) lines = pkc_text_wrap (source_line, frame->small,
                                                  PANGO_WEIGHT_NORMAL, frame->body.width);
      double line_h;

      /* The line is a summary (pkc-source-line.c) that takes two lines from 800 px up; a
       * phone may need four. Anything longer is cut: the tooltips keep every source. */
      guint max_lines = frame->body.width >= 600 ? 2 : 4;

      if (lines->len > max_lines)
        {
          g_autofree char *last = g_strconcat (g_ptr_array_index (lines, max_lines - 1), " …", NULL);
          g_autofree char *fit = pkc_text_ellipsize (last, frame->small, PANGO_WEIGHT_NORMAL,
                                                     frame->body.width);

          g_ptr_array_set_size (lines, max_lines - 1);
          g_ptr_array_add (lines, g_steal_pointer (&fit));
        }
      pkc_text_measure ("Ag", frame->small, PANGO_WEIGHT_NORMAL, NULL, &line_h);
      bottom -= lines->len * line_h;
      for (guint i = 0; i < lines->len; i++)
        pkc_scene_add_text (scene, g_ptr_array_index (lines, i), frame->body.x,
                            bottom + i * line_h, frame->small, PANGO_WEIGHT_NORMAL, 0, 0, 0,
                            pkc_paint (PKC_ROLE_MUTED, 0));
      bottom -= frame->font * 0.6;
    }

  frame->body.height = MAX (0, bottom - y);
  frame->body.y = y;
}

void
pkc_source_ids_add (GPtrArray  *ids,
                    const char *refs)
{
  g_auto(GStrv) parts = NULL;

  if (refs == NULL)
    return;
  parts = g_strsplit_set (refs, " \t\n", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      guint index;

      if (*parts[i] == '\0')
        continue;
      if (!g_ptr_array_find_with_equal_func (ids, parts[i], g_str_equal, &index))
        g_ptr_array_add (ids, g_strdup (parts[i]));
    }
}

static char *
describe_source (PkcDataset *dataset,
                 const char *id)
{
  const PkcSource *source = pkc_dataset_lookup_source (dataset, id);

  if (source == NULL)
    return g_strdup (id);
  if (source->publisher != NULL && *source->publisher != '\0')
    /* Translators: a source in the source line: title, then publisher in parentheses */
    return g_strdup_printf (_("%s (%s)"), source->title, source->publisher);
  return g_strdup (source->title);
}

char *
pkc_source_title (PkcDataset *dataset,
                  const char *refs)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);

  pkc_source_ids_add (ids, refs);
  for (guint i = 0; i < ids->len; i++)
    {
      g_autofree char *one = describe_source (dataset, g_ptr_array_index (ids, i));

      if (i > 0)
        g_string_append (out, pkc_format_list_separator ());
      g_string_append (out, one);
    }
  return g_string_free (out, FALSE);
}

char *
pkc_mission_subtitle (PkcDataset *dataset,
                      const char *range)
{
  const char *name = pkc_dataset_get_mission_name (dataset, pkc_lang_from_locale ());

  if (name == NULL || *name == '\0' || g_strcmp0 (name, pkc_dataset_get_acronym (dataset)) == 0)
    return g_strdup (range);
  /* Translators: chart subtitle: the mission's full name, then a date range */
  return g_strdup_printf (_("%s · %s"), name, range);
}

PkcScene *
pkc_layout_empty (PkcChartKind           kind,
                  double                 width,
                  double                 height,
                  const PkcChartOptions *options,
                  const char            *message)
{
  PkcScene *scene = pkc_scene_new (kind, width, height);
  PkcFrame frame;
  g_autoptr(GPtrArray) lines = NULL;
  double line_h, y;

  pkc_frame_init (&frame, width, height);
  lines = pkc_text_wrap (message, frame.font * 1.15, PANGO_WEIGHT_NORMAL,
                         MAX (frame.body.width, 10));
  pkc_text_measure ("Ag", frame.font * 1.15, PANGO_WEIGHT_NORMAL, NULL, &line_h);
  y = height / 2 - lines->len * line_h / 2;
  for (guint i = 0; i < lines->len; i++)
    pkc_scene_add_text (scene, g_ptr_array_index (lines, i), width / 2, y + i * line_h,
                        frame.font * 1.15, PANGO_WEIGHT_NORMAL, 0.5, 0, 0,
                        pkc_paint (PKC_ROLE_MUTED, 0));
  scene->empty = TRUE;
  pkc_scene_set_description (scene, message);
  return scene;
}
