/* pkc-chart-view-input.c — pointer, keyboard and drag input of the chart view
 *
 * Hover and keyboard focus only pick the hit region the painter highlights (no layout);
 * a click on a legend entry, Enter on it, or a drag across a time chart change the options
 * and so lay the scene out again.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-chart-view"

#include "config.h"

#include <math.h>

#include "pkc-chart-view-private.h"

static void
set_focus_hit (PkcChartView *self,
               int           hit,
               gboolean      from_keyboard)
{
  if (hit == self->focus_hit)
    return;

  self->focus_hit = hit;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  if (!from_keyboard || hit < 0)
    {
      pkc_chart_view_hide_focus_popover (self);
      return;
    }

  /* Keyboard users get the same text as the hover tooltip, pointing at the datum. */
  {
    const PkcHitRegion *region = pkc_scene_get_hit (self->scene, hit);
    int width = gtk_widget_get_width (GTK_WIDGET (self));
    int height = gtk_widget_get_height (GTK_WIDGET (self));
    /* The anchor kept inside the chart: a popover pointing outside it would float away. */
    GdkRectangle rect = {
      CLAMP ((int) region->anchor_x - 2, 0, MAX (0, width - 4)),
      CLAMP ((int) region->anchor_y - 2, 0, MAX (0, height - 4)), 4, 4
    };

    gtk_label_set_text (GTK_LABEL (self->focus_label), region->tooltip);
    gtk_popover_set_pointing_to (GTK_POPOVER (self->focus_popover), &rect);
    gtk_popover_popup (GTK_POPOVER (self->focus_popover));
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, region->tooltip,
                                    -1);
  }
}

static void
toggle_legend_entry (PkcChartView *self,
                     int           legend_index)
{
  if (legend_index < 0 || legend_index >= 32)
    return;

  pkc_chart_view_set_hidden_series (self, self->options.hidden_series ^ (1u << legend_index));
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           PkcChartView             *self)
{
  if (self->scene != NULL)
    set_focus_hit (self, pkc_scene_hit_test (self->scene, x, y), FALSE);
}

static void
leave_cb (GtkEventControllerMotion *controller,
          PkcChartView             *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    set_focus_hit (self, -1, FALSE);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            PkcChartView    *self)
{
  int hit;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (self->scene == NULL)
    return;

  hit = pkc_scene_hit_test (self->scene, x, y);
  if (hit >= 0)
    toggle_legend_entry (self, pkc_scene_get_hit (self->scene, hit)->legend_index);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                PkcChartView          *self)
{
  guint n_hits;
  int next;

  if (self->scene == NULL || (n_hits = pkc_scene_get_n_hits (self->scene)) == 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_Down:
      next = self->focus_hit < 0 ? 0 : MIN (self->focus_hit + 1, (int) n_hits - 1);
      break;
    case GDK_KEY_Left:
    case GDK_KEY_Up:
      next = self->focus_hit < 0 ? (int) n_hits - 1 : MAX (self->focus_hit - 1, 0);
      break;
    case GDK_KEY_Home:
      next = 0;
      break;
    case GDK_KEY_End:
      next = (int) n_hits - 1;
      break;
    case GDK_KEY_Escape:
      if (self->focus_hit < 0)
        return GDK_EVENT_PROPAGATE;
      set_focus_hit (self, -1, TRUE);
      return GDK_EVENT_STOP;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      if (self->focus_hit < 0)
        return GDK_EVENT_PROPAGATE;
      {
        int legend = pkc_scene_get_hit (self->scene, self->focus_hit)->legend_index;
        int keep = self->focus_hit;

        if (legend < 0)
          return GDK_EVENT_PROPAGATE;
        toggle_legend_entry (self, legend);
        /* Keep the focus on the legend entry the user just toggled. */
        if (self->scene != NULL && keep < (int) pkc_scene_get_n_hits (self->scene))
          set_focus_hit (self, keep, TRUE);
      }
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  set_focus_hit (self, next, TRUE);
  return GDK_EVENT_STOP;
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                PkcChartView            *self)
{
  set_focus_hit (self, -1, FALSE);
}

static gboolean
query_tooltip_cb (GtkWidget    *widget,
                  int           x,
                  int           y,
                  gboolean      keyboard_mode,
                  GtkTooltip   *tooltip,
                  PkcChartView *self)
{
  const PkcHitRegion *region;
  GdkRectangle area;
  int hit;

  if (self->scene == NULL)
    return FALSE;

  hit = keyboard_mode ? self->focus_hit : pkc_scene_hit_test (self->scene, x, y);
  if (hit < 0)
    return FALSE;

  region = pkc_scene_get_hit (self->scene, hit);
  if (region->tooltip == NULL || region->tooltip[0] == '\0' ||
      !pkc_chart_view_tip_area (self, hit, &area))
    return FALSE;

  /* A label of our own, wrapped: GTK's plain text tooltip grows as wide as its longest
   * line, a source title can be a whole sentence. */
  gtk_label_set_text (GTK_LABEL (self->tooltip_label), region->tooltip);
  gtk_tooltip_set_custom (tooltip, self->tooltip_label);
  gtk_tooltip_set_tip_area (tooltip, &area);
  return TRUE;
}

gboolean
pkc_chart_view_tip_area (PkcChartView *self,
                         int           hit,
                         GdkRectangle *area)
{
  const PkcHitRegion *region;
  GdkRectangle widget = { 0, 0, gtk_widget_get_width (GTK_WIDGET (self)),
                          gtk_widget_get_height (GTK_WIDGET (self)) };
  GdkRectangle full;

  if (self->scene == NULL || hit < 0 || (guint) hit >= pkc_scene_get_n_hits (self->scene))
    return FALSE;
  region = pkc_scene_get_hit (self->scene, hit);
  full.x = (int) floor (region->x);
  full.y = (int) floor (region->y);
  full.width = MAX (1, (int) ceil (region->x + region->width) - full.x);
  full.height = MAX (1, (int) ceil (region->y + region->height) - full.y);
  return gdk_rectangle_intersect (&full, &widget, area);
}

static gboolean
is_zoomable (PkcChartView *self)
{
  double x, y, w, h;

  return self->kind == PKC_CHART_CASUALTIES && self->scene != NULL &&
         pkc_scene_get_plot_area (self->scene, &x, &y, &w, &h);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               PkcChartView   *self)
{
  double px, py, pw, ph;

  /* Only a drag that starts on the plot zooms; elsewhere it is a click. */
  if (!is_zoomable (self) || !pkc_scene_get_plot_area (self->scene, &px, &py, &pw, &ph) ||
      x < px || x > px + pw || y < py || y > py + ph)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  self->dragging = TRUE;
  self->drag_start_x = self->drag_x = x;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          offset_x,
                double          offset_y,
                PkcChartView   *self)
{
  if (!self->dragging)
    return;

  self->drag_x = self->drag_start_x + offset_x;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          offset_x,
             double          offset_y,
             PkcChartView   *self)
{
  PkcDate from, to;

  if (!self->dragging)
    return;

  self->dragging = FALSE;
  gtk_widget_queue_draw (GTK_WIDGET (self));

  /* A few pixels is a click on a bar, not a zoom. */
  if (ABS (offset_x) < 8 || self->scene == NULL ||
      !pkc_scene_span_to_range (self->scene, self->drag_start_x, self->drag_start_x + offset_x,
                                &from, &to))
    return;

  pkc_chart_view_set_range (self, &from, &to);
}


void
pkc_chart_view_input_init (PkcChartView *self)
{
  GtkEventController *controller;
  GtkGesture *click;
  GtkGesture *drag;

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  self->tooltip_label = g_object_ref_sink (gtk_label_new (NULL));
  gtk_label_set_xalign (GTK_LABEL (self->tooltip_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->tooltip_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->tooltip_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (self->tooltip_label), PKC_CHART_VIEW_TIP_MAX_CHARS);

  self->focus_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->focus_label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->focus_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->focus_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (self->focus_label), PKC_CHART_VIEW_TIP_MAX_CHARS);
  self->focus_popover = gtk_popover_new ();
  gtk_popover_set_autohide (GTK_POPOVER (self->focus_popover), FALSE);
  gtk_popover_set_child (GTK_POPOVER (self->focus_popover), self->focus_label);
  gtk_widget_set_can_focus (self->focus_popover, FALSE);
  gtk_widget_set_parent (self->focus_popover, GTK_WIDGET (self));
}
