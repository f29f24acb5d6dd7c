/* pkc-charts.h — the chart library's one public header: what the other layers (export,
 * app) may use. The headers it includes are its parts; the *-private.h ones are the
 * library's own.
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-chart.h"           /* layout, scenes, painting, hit regions, text runs */
#include "pkc-casualty-stack.h"  /* what the casualty bars are stacked by */
#include "pkc-casualty-view.h"   /* a casualty chart's filters and tooltips in words */
#include "pkc-chart-data.h"      /* the numbers a chart draws, as CSV */
#include "pkc-compare.h"         /* the Compare charts */
#include "pkc-data-terms.h"      /* translated names for a dataset's vocabulary */
#include "pkc-palette.h"         /* colour roles and their colours per theme */
#include "pkc-text-measure.h"    /* the chart font's metrics */
