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
#include "pkc-enum-types.h"


enum {
  PROP_0,
  PROP_KIND,
  PROP_DATASET,
  PROP_ZOOMED,
  PROP_INTERVAL,
  PROP_SHOW_CUMULATIVE,
  PROP_PERSONNEL_MASK,
  PROP_STACK_BY,
  PROP_HIDDEN_SERIES,
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

/* Once the frames waiting are drawn: the chart on screen is laid out and painted first. */
static gboolean
describe_idle_cb (gpointer user_data)
{
  PkcChartView *self = PKC_CHART_VIEW (user_data);

  self->describe_id = 0;
  /* Laid out on screen meanwhile: its own scene gave the description. */
  if (self->scene == NULL && (self->dataset != NULL || self->layout_func != NULL))
    describe_unallocated (self);
  return G_SOURCE_REMOVE;
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
  else if ((self->dataset != NULL || self->layout_func != NULL) && self->describe_id == 0)
    self->describe_id = g_idle_add_full (G_PRIORITY_LOW, describe_idle_cb, self, NULL);

  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Switches every legend entry back on; FALSE when none was off. */
static gboolean
clear_hidden_series (PkcChartView *self)
{
  if (self->options.hidden_series == 0)
    return FALSE;
  self->options.hidden_series = 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN_SERIES]);
  return TRUE;
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

  g_clear_handle_id (&self->describe_id, g_source_remove);
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
      g_value_set_enum (value, self->kind);
      break;
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    case PROP_ZOOMED:
      g_value_set_boolean (value, pkc_chart_view_get_zoomed (self));
      break;
    case PROP_INTERVAL:
      g_value_set_enum (value, self->options.interval);
      break;
    case PROP_SHOW_CUMULATIVE:
      g_value_set_boolean (value, self->options.show_cumulative);
      break;
    case PROP_PERSONNEL_MASK:
      g_value_set_uint (value, self->options.personnel_mask);
      break;
    case PROP_STACK_BY:
      g_value_set_enum (value, self->options.stack_by);
      break;
    case PROP_HIDDEN_SERIES:
      g_value_set_uint (value, self->options.hidden_series);
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
      pkc_chart_view_set_kind (self, g_value_get_enum (value));
      break;
    case PROP_DATASET:
      pkc_chart_view_set_dataset (self, g_value_get_object (value));
      break;
    case PROP_INTERVAL:
      pkc_chart_view_set_interval (self, g_value_get_enum (value));
      break;
    case PROP_SHOW_CUMULATIVE:
      pkc_chart_view_set_show_cumulative (self, g_value_get_boolean (value));
      break;
    case PROP_PERSONNEL_MASK:
      pkc_chart_view_set_personnel_mask (self, g_value_get_uint (value));
      break;
    case PROP_STACK_BY:
      pkc_chart_view_set_stack_by (self, g_value_get_enum (value));
      break;
    case PROP_HIDDEN_SERIES:
      pkc_chart_view_set_hidden_series (self, g_value_get_uint (value));
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
    g_param_spec_enum ("kind", NULL, NULL, PKC_TYPE_CHART_KIND, PKC_CHART_CASUALTIES,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, PKC_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOMED] =
    g_param_spec_boolean ("zoomed", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The chart options the window binds to its settings and actions. */
  properties[PROP_INTERVAL] =
    g_param_spec_enum ("interval", NULL, NULL, PKC_TYPE_INTERVAL, PKC_INTERVAL_MONTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_CUMULATIVE] =
    g_param_spec_boolean ("show-cumulative", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* One bit per PkcPersonnelType counted. */
  properties[PROP_PERSONNEL_MASK] =
    g_param_spec_uint ("personnel-mask", NULL, NULL, 0, G_MAXUINT, PKC_PERSONNEL_ALL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STACK_BY] =
    g_param_spec_enum ("stack-by", NULL, NULL, PKC_TYPE_STACK_BY, PKC_STACK_INCIDENT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Legend entries switched off, one bit per legend index. */
  properties[PROP_HIDDEN_SERIES] =
    g_param_spec_uint ("hidden-series", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
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
  clear_hidden_series (self);
  pkc_chart_view_relayout (self);
}

void
pkc_chart_view_queue_relayout (PkcChartView *self,
                               gboolean      reset_hidden)
{
  g_return_if_fail (PKC_IS_CHART_VIEW (self));

  if (reset_hidden)
    clear_hidden_series (self);
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
  /* Every option is back to its default. */
  g_object_freeze_notify (G_OBJECT (self));
  for (guint prop = PROP_ZOOMED; prop < N_PROPS; prop++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, chart_accessible_name (kind),
                                  -1);
  pkc_chart_view_relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
  g_object_thaw_notify (G_OBJECT (self));
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
  clear_hidden_series (self);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_CUMULATIVE]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSONNEL_MASK]);
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
  clear_hidden_series (self);
  pkc_chart_view_relayout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STACK_BY]);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN_SERIES]);
}
