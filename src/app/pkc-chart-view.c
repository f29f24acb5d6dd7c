/* pkc-chart-view.c — a widget that shows one chart scene and lets the user explore it
 *
 * The widget never draws by itself: layout (pkc_chart_layout) runs when the data, the
 * size or the options change, and snapshot only hands the scene to the shared painter.
 * The scene is painted once into an image node; hover and keyboard focus only draw the
 * highlight of one hit region over it.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "pkc-chart-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "pkc-chart-view-private.h"


enum {
  PROP_0,
  PROP_KIND,
  PROP_DATASET,
  PROP_ZOOMED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PkcChartView, pkc_chart_view, GTK_TYPE_WIDGET)

/* The size of the throw-away layout that describes a chart not yet on screen. */
#define DESCRIBE_WIDTH  1280
#define DESCRIBE_HEIGHT 800

static const char *
chart_accessible_name (PkcChartKind kind)
{
  switch (kind)
    {
    case PKC_CHART_CASUALTIES:
      return _("Peacekeeper casualties over time");
    case PKC_CHART_STRENGTH:
      return _("Troop strength against authorised ceilings");
    case PKC_CHART_BASES:
      return _("Base-closure sequence");
    case PKC_N_CHARTS:
    default:
      return "";
    }
}

static PkcTheme
current_theme (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ())
           ? PKC_THEME_DARK : PKC_THEME_LIGHT;
}

void
pkc_chart_view_hide_focus_popover (PkcChartView *self)
{
  if (self->focus_popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (self->focus_popover));
}

void
pkc_chart_view_drop_scene_node (PkcChartView *self)
{
  g_clear_pointer (&self->scene_node, gsk_render_node_unref);
}

/* A chart on a page not shown yet has no size, so no scene: a screen reader still gets its
 * summary, from a layout at a nominal size that is thrown away (the summary tells the data,
 * not the geometry). */
static void
describe_unallocated (PkcChartView *self)
{
  PkcScene *scene = self->layout_func != NULL
                    ? self->layout_func (DESCRIBE_WIDTH, DESCRIBE_HEIGHT, &self->options,
                                         self->layout_data)
                    : pkc_chart_layout (self->kind, self->dataset, DESCRIBE_WIDTH,
                                        DESCRIBE_HEIGHT, &self->options);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  pkc_scene_get_description (scene), -1);
  pkc_scene_free (scene);
}

void
pkc_chart_view_relayout (PkcChartView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  g_clear_pointer (&self->scene, pkc_scene_free);
  pkc_chart_view_drop_scene_node (self);
  self->focus_hit = -1;
  pkc_chart_view_hide_focus_popover (self);
  self->laid_out_width = width;
  self->laid_out_height = height;

  if ((self->dataset != NULL || self->layout_func != NULL) && width > 0 && height > 0)
    {
      self->scene = self->layout_func != NULL
                    ? self->layout_func (width, height, &self->options, self->layout_data)
                    : pkc_chart_layout (self->kind, self->dataset, width, height, &self->options);
      self->layout_count++;
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      pkc_scene_get_description (self->scene),
                                      -1);
    }
  else if (self->dataset != NULL || self->layout_func != NULL)
    describe_unallocated (self);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
dark_changed_cb (AdwStyleManager *style_manager,
                 GParamSpec      *pspec,
                 PkcChartView    *self)
{
  /* Colours only: the scene stays, its image is painted again in the other palette. */
  pkc_chart_view_drop_scene_node (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
pkc_chart_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  PkcChartView *self = PKC_CHART_VIEW (widget);

  if (width != self->laid_out_width || height != self->laid_out_height || self->scene == NULL)
    pkc_chart_view_relayout (self);

  if (self->focus_popover != NULL)
    gtk_popover_present (GTK_POPOVER (self->focus_popover));
}

/* The scene without any highlight, as an image at the device scale. */
static GskRenderNode *
paint_scene_node (PkcChartView *self,
                  int           width,
                  int           height,
                  int           scale,
                  PkcTheme      theme)
{
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  pkc_scene_paint (self->scene, cr, theme, -1);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  self->paint_count++;

  /* cairo's ARGB32 is GDK_MEMORY_DEFAULT; the texture keeps the surface's pixels. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) *
                                      height * scale,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  texture = gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  return gsk_texture_node_new (texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
pkc_chart_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  PkcChartView *self = PKC_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);
  PkcTheme theme = current_theme ();

  if (self->scene == NULL || width <= 0 || height <= 0)
    return;

  if (self->scene_node != NULL &&
      (self->scene_node_theme != theme || self->scene_node_scale != scale))
    pkc_chart_view_drop_scene_node (self);
  if (self->scene_node == NULL)
    {
      self->scene_node = paint_scene_node (self, width, height, scale, theme);
      self->scene_node_theme = theme;
      self->scene_node_scale = scale;
    }
  gtk_snapshot_append_node (snapshot, self->scene_node);

  if (self->focus_hit >= 0 && (guint) self->focus_hit < pkc_scene_get_n_hits (self->scene))
    {
      const PkcHitRegion *hit = pkc_scene_get_hit (self->scene, self->focus_hit);
      /* The ring's stroke reaches a few pixels outside the region. */
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (floor (hit->x) - 4, floor (hit->y) - 4,
                                                   ceil (hit->width) + 8,
                                                   ceil (hit->height) + 8);
      cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &bounds);

      pkc_scene_paint_focus (self->scene, cr, theme, self->focus_hit);
      cairo_destroy (cr);
    }

  /* The span being dragged, over the scene: no layout until the drag ends. */
  if (self->dragging)
    {
      double px, py, pw, ph;

      if (pkc_scene_get_plot_area (self->scene, &px, &py, &pw, &ph))
        {
          double xa = CLAMP (MIN (self->drag_start_x, self->drag_x), px, px + pw);
          double xb = CLAMP (MAX (self->drag_start_x, self->drag_x), px, px + pw);
          GdkRGBA fill = { 0.21, 0.52, 0.89, 0.18 };
          GdkRGBA edge = { 0.21, 0.52, 0.89, 0.9 };

          gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (xa, py, xb - xa, ph));
          gtk_snapshot_append_color (snapshot, &edge, &GRAPHENE_RECT_INIT (xa, py, 1, ph));
          gtk_snapshot_append_color (snapshot, &edge, &GRAPHENE_RECT_INIT (xb - 1, py, 1, ph));
        }
    }
}

static void
pkc_chart_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  /* Charts shrink to a phone-sized window; labels thin out in the layout. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 320;
      *natural = 900;
    }
  else
    {
      *minimum = 240;
      *natural = 560;
    }
}

static void
pkc_chart_view_dispose (GObject *object)
{
  PkcChartView *self = PKC_CHART_VIEW (object);

  g_clear_pointer (&self->focus_popover, gtk_widget_unparent);
  g_clear_object (&self->tooltip_label);
  self->focus_label = NULL;

  G_OBJECT_CLASS (pkc_chart_view_parent_class)->dispose (object);
}

static void
pkc_chart_view_finalize (GObject *object)
{
  PkcChartView *self = PKC_CHART_VIEW (object);

  g_clear_pointer (&self->scene, pkc_scene_free);
  pkc_chart_view_drop_scene_node (self);
  g_clear_object (&self->dataset);
  if (self->layout_destroy != NULL)
    self->layout_destroy (self->layout_data);

  G_OBJECT_CLASS (pkc_chart_view_parent_class)->finalize (object);
}

static void
pkc_chart_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PkcChartView *self = PKC_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_ZOOMED:
      g_value_set_boolean (value, pkc_chart_view_get_zoomed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pkc_chart_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PkcChartView *self = PKC_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_KIND:
      pkc_chart_view_set_kind (self, g_value_get_int (value));
      break;
    case PROP_DATASET:
      pkc_chart_view_set_dataset (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
pkc_chart_view_class_init (PkcChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pkc_chart_view_dispose;
  object_class->finalize = pkc_chart_view_finalize;
  object_class->get_property = pkc_chart_view_get_property;
  object_class->set_property = pkc_chart_view_set_property;

  widget_class->size_allocate = pkc_chart_view_size_allocate;
  widget_class->snapshot = pkc_chart_view_snapshot;
  widget_class->measure = pkc_chart_view_measure;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, 0, PKC_N_CHARTS - 1, PKC_CHART_CASUALTIES,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, PKC_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOMED] =
    g_param_spec_boolean ("zoomed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chartview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
pkc_chart_view_init (PkcChartView *self)
{
  self->focus_hit = -1;
  pkc_chart_options_init (&self->options);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  chart_accessible_name (self->kind),
                                  -1);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  pkc_chart_view_input_init (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, 0);
}

GtkWidget *
pkc_chart_view_new (PkcChartKind kind)
{
  return g_object_new (PKC_TYPE_CHART_VIEW, "kind", kind, NULL);
}

void
pkc_chart_view_set_layout_func (PkcChartView          *self,
                                PkcChartViewLayoutFunc func,
                                gpointer               user_data,
                                GDestroyNotify         destroy)
{
  g_return_if_fail (PKC_IS_CHART_VIEW (self));

  if (self->layout_destroy != NULL)
    self->layout_destroy (self->layout_data);
  self->layout_func = func;
  self->layout_data = user_data;
  self->layout_destroy = destroy;
  self->options.hidden_series = 0;
  pkc_chart_view_relayout (self);
}

void
pkc_chart_view_queue_relayout (PkcChartView *self,
                               gboolean      reset_hidden)
{
  g_return_if_fail (PKC_IS_CHART_VIEW (self));

  if (reset_hidden)
    self->options.hidden_series = 0;
  pkc_chart_view_relayout (self);
}

PkcChartKind
pkc_chart_view_get_kind (PkcChartView *self)
{
  g_return_val_if_fail (PKC_IS_CHART_VIEW (self), PKC_CHART_CASUALTIES);
  return self->kind;
}

void
pkc_chart_view_set_kind (PkcChartView *self,
                         PkcChartKind  kind)
{
  g_return_if_fail (PKC_IS_CHART_VIEW (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  pkc_chart_options_init (&self->options);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, chart_accessible_name (kind),
                                  -1);
  pkc_chart_view_relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

PkcDataset *
pkc_chart_view_get_dataset (PkcChartView *self)
{
  g_return_val_if_fail (PKC_IS_CHART_VIEW (self), NULL);
  return self->dataset;
}

void
pkc_chart_view_set_dataset (PkcChartView *self,
                            PkcDataset   *dataset)
{
  g_return_if_fail (PKC_IS_CHART_VIEW (self));
  g_return_if_fail (dataset == NULL || PKC_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  /* A new dataset starts unzoomed with every series visible. */
  self->options.hidden_series = 0;
  self->options.range_from = (PkcDate) { 0 };
  self->options.range_to = (PkcDate) { 0 };
  pkc_chart_view_relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOMED]);
}

void
pkc_chart_view_set_interval (PkcChartView *self,
                             PkcInterval   interval)
{
  g_return_if_fail (PKC_IS_CHART_VIEW (self));

  if (self->options.interval == interval)
    return;

  self->options.interval = interval;
  pkc_chart_view_relayout (self);
}

void
pkc_chart_view_set_show_cumulative (PkcChartView *self,
                                    gboolean      show)
{
  g_return_if_fail (PKC_IS_CHART_VIEW (self));

  show = !!show;
  if (self->options.show_cumulative == show)
    return;

  self->options.show_cumulative = show;
  pkc_chart_view_relayout (self);
}

const PkcChartOptions *
pkc_chart_view_get_options (PkcChartView *self)
{
  g_return_val_if_fail (PKC_IS_CHART_VIEW (self), NULL);
  return &self->options;
}

const PkcScene *
pkc_chart_view_get_scene (PkcChartView *self)
{
  g_return_val_if_fail (PKC_IS_CHART_VIEW (self), NULL);
  return self->scene;
}

int
_pkc_chart_view_get_focus_hit (PkcChartView *self)
{
  g_return_val_if_fail (PKC_IS_CHART_VIEW (self), -1);
  return self->focus_hit;
}

guint
_pkc_chart_view_get_paint_count (PkcChartView *self)
{
  g_return_val_if_fail (PKC_IS_CHART_VIEW (self), 0);
  return self->paint_count;
}

guint
_pkc_chart_view_get_layout_count (PkcChartView *self)
{
  g_return_val_if_fail (PKC_IS_CHART_VIEW (self), 0);
  return self->layout_count;
}

void
pkc_chart_view_set_personnel_mask (PkcChartView *self,
                                   guint         mask)
{
  g_return_if_fail (PKC_IS_CHART_VIEW (self));

  if (self->options.personnel_mask == mask)
    return;

  self->options.personnel_mask = mask;
  pkc_chart_view_relayout (self);
}

void
pkc_chart_view_set_stack_by (PkcChartView *self,
                             PkcStackBy    by)
{
  g_return_if_fail (PKC_IS_CHART_VIEW (self));
  g_return_if_fail (by < PKC_N_STACKS);

  if (self->options.stack_by == by)
    return;

  self->options.stack_by = by;
  /* Other categories: the legend's switches no longer mean the same series. */
  self->options.hidden_series = 0;
  pkc_chart_view_relayout (self);
}

void
pkc_chart_view_set_range (PkcChartView  *self,
                          const PkcDate *from,
                          const PkcDate *to)
{
  g_return_if_fail (PKC_IS_CHART_VIEW (self));

  self->options.range_from = from != NULL ? *from : (PkcDate) { 0 };
  self->options.range_to = to != NULL ? *to : (PkcDate) { 0 };
  pkc_chart_view_relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOMED]);
}

gboolean
pkc_chart_view_get_zoomed (PkcChartView *self)
{
  g_return_val_if_fail (PKC_IS_CHART_VIEW (self), FALSE);
  return pkc_date_is_set (&self->options.range_from) || pkc_date_is_set (&self->options.range_to);
}

void
pkc_chart_view_set_hidden_series (PkcChartView *self,
                                  guint         hidden)
{
  g_return_if_fail (PKC_IS_CHART_VIEW (self));

  if (self->options.hidden_series == hidden)
    return;
  self->options.hidden_series = hidden;
  pkc_chart_view_relayout (self);
}
