/* pkc-enum-types.c — GTypes of the charts' and dataset's enums
 *
 * The nicks are the words the rest of the app already uses for these values: the GSettings
 * schema's interval enum, the stack-by tokens (pkc_stack_by_to_token) and the page names.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pkc-enum-types.h"

/* The PKC_N_* counts are not values: no nick, no GEnumValue. */
G_DEFINE_ENUM_TYPE (PkcChartKind, pkc_chart_kind,
  G_DEFINE_ENUM_VALUE (PKC_CHART_CASUALTIES, "casualties"),
  G_DEFINE_ENUM_VALUE (PKC_CHART_STRENGTH, "strength"),
  G_DEFINE_ENUM_VALUE (PKC_CHART_BASES, "bases"))

G_DEFINE_ENUM_TYPE (PkcInterval, pkc_interval,
  G_DEFINE_ENUM_VALUE (PKC_INTERVAL_MONTH, "month"),
  G_DEFINE_ENUM_VALUE (PKC_INTERVAL_QUARTER, "quarter"),
  G_DEFINE_ENUM_VALUE (PKC_INTERVAL_YEAR, "year"))

G_DEFINE_ENUM_TYPE (PkcTheme, pkc_theme,
  G_DEFINE_ENUM_VALUE (PKC_THEME_LIGHT, "light"),
  G_DEFINE_ENUM_VALUE (PKC_THEME_DARK, "dark"),
  G_DEFINE_ENUM_VALUE (PKC_THEME_PRINT, "print"))

G_DEFINE_ENUM_TYPE (PkcStackBy, pkc_stack_by,
  G_DEFINE_ENUM_VALUE (PKC_STACK_INCIDENT, "incident"),
  G_DEFINE_ENUM_VALUE (PKC_STACK_NATIONALITY, "nationality"),
  G_DEFINE_ENUM_VALUE (PKC_STACK_PERSONNEL, "personnel"),
  G_DEFINE_ENUM_VALUE (PKC_STACK_GENDER, "gender"))
