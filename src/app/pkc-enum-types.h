/* pkc-enum-types.h — GTypes of the charts' and dataset's enums, for properties, GSettings
 * and .ui files (which name a value by its nick: <property name="kind">strength</property>)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "pkc-charts.h"

G_BEGIN_DECLS

#define PKC_TYPE_CHART_KIND (pkc_chart_kind_get_type ())
GType pkc_chart_kind_get_type (void) G_GNUC_CONST;

#define PKC_TYPE_INTERVAL (pkc_interval_get_type ())
GType pkc_interval_get_type   (void) G_GNUC_CONST;

#define PKC_TYPE_THEME (pkc_theme_get_type ())
GType pkc_theme_get_type      (void) G_GNUC_CONST;

#define PKC_TYPE_STACK_BY (pkc_stack_by_get_type ())
GType pkc_stack_by_get_type   (void) G_GNUC_CONST;

G_END_DECLS
