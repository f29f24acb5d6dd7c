/* pkc-export.h — charts to PNG, PDF and SVG files, written atomically (no GTK)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "pkc-charts.h"
#include "pkc-dataset.h"

G_BEGIN_DECLS

typedef enum {
  PKC_EXPORT_PNG,
  PKC_EXPORT_PDF,
  PKC_EXPORT_SVG,
} PkcExportFormat;

#define PKC_EXPORT_ERROR (pkc_export_error_quark ())

typedef enum {
  PKC_EXPORT_ERROR_FORMAT,   /* unknown or unsuitable file format */
  PKC_EXPORT_ERROR_SIZE,     /* size, scale or page out of bounds */
  PKC_EXPORT_ERROR_ARGUMENT, /* an unknown chart or theme name */
  PKC_EXPORT_ERROR_RENDER,   /* cairo could not draw or encode */
} PkcExportError;

/* Bounds: a side of at least PKC_EXPORT_MIN_SIDE units, at most PKC_EXPORT_MAX_SIDE_PX
 * device pixels and PKC_EXPORT_MAX_PIXELS in all for PNG (after the scale), and pages no
 * larger than 200 inches for PDF (SVG: the PNG limits at scale 1). */
#define PKC_EXPORT_MIN_SIDE       100
#define PKC_EXPORT_MAX_SIDE_PX    10000
#define PKC_EXPORT_MAX_PIXELS     (50 * 1000 * 1000)
#define PKC_EXPORT_MAX_SIDE_PT    (200 * 72)

/* Defaults: a 1920 × 1080 slide for PNG and SVG, an A4 landscape page for PDF. */
#define PKC_EXPORT_DEFAULT_WIDTH_PX   1920
#define PKC_EXPORT_DEFAULT_HEIGHT_PX  1080
#define PKC_EXPORT_A4_WIDTH_PT        842
#define PKC_EXPORT_A4_HEIGHT_PT       595

typedef struct {
  PkcExportFormat format;
  double          width;   /* PNG, SVG: px; PDF: pt (1/72 in) — 0: the format's default */
  double          height;
  double          scale;   /* PNG only: device pixels per px (1, 2, 300/96); 1 by default */
  double          dpi;     /* PNG only: resolution recorded; 0: 96 × scale */
  PkcTheme        theme;
  PkcChartOptions chart;   /* show_title is forced on: exports carry title and sources */
} PkcExportSettings;

GQuark      pkc_export_error_quark          (void);

void        pkc_export_settings_init        (PkcExportSettings *settings,
                                             PkcExportFormat    format);
/* The size the settings resolve to (defaults filled in), in px or pt. */
void        pkc_export_settings_get_size    (const PkcExportSettings *settings,
                                             double                  *width,
                                             double                  *height);
/* Refuses zero, negative, tiny and absurd sizes and scales with a one-line message. */
gboolean    pkc_export_settings_check       (const PkcExportSettings *settings,
                                             GError                 **error);

const char *pkc_export_format_to_extension  (PkcExportFormat  format);  /* "png" … */
/* The format from the file name's extension (case-insensitive .png .pdf .svg). */
gboolean    pkc_export_format_from_path     (const char      *path,
                                             PkcExportFormat *out,
                                             GError         **error);
/* Command-line values: "1920x1080"; "2" or "300dpi"; "light", "dark" or "print". */
gboolean    pkc_export_parse_size           (const char  *text,
                                             double      *width,
                                             double      *height,
                                             GError     **error);
gboolean    pkc_export_parse_scale          (const char  *text,
                                             double      *scale,
                                             double      *dpi,
                                             GError     **error);
gboolean    pkc_export_parse_theme          (const char  *text,
                                             PkcTheme    *out,
                                             GError     **error);

/* One chart as a complete file in memory. */
GBytes     *pkc_export_chart                (PkcDataset              *dataset,
                                             PkcChartKind             kind,
                                             const PkcExportSettings *settings,
                                             GError                 **error);
/* The multi-page PDF report: a cover page (title, dataset summary, sources), then one page
 * per chart. @chart_options: PKC_N_CHARTS options, one per chart, or NULL to use
 * settings->chart for all. settings->format must be PKC_EXPORT_PDF. */
GBytes     *pkc_export_report               (PkcDataset              *dataset,
                                             const PkcChartOptions   *chart_options,
                                             const PkcExportSettings *settings,
                                             GError                 **error);

/* Writes @bytes to @file through a temporary file that replaces it only once complete: on
 * any failure the previous file is left as it was and no partial file remains. */
gboolean    pkc_export_write                (GFile                   *file,
                                             GBytes                  *bytes,
                                             GCancellable            *cancellable,
                                             GError                 **error);

/* "minusma-casualties.png", "minusma-charts.pdf" (@kind PKC_N_CHARTS: the report). */
char       *pkc_export_suggest_name         (PkcDataset              *dataset,
                                             PkcChartKind             kind,
                                             PkcExportFormat          format);

G_END_DECLS
