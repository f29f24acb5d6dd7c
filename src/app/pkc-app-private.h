/* pkc-app-private.h — hooks of the app's widgets that only the tests use
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "pkc-compare-page.h"
#include "pkc-data-table.h"
#include "pkc-mission-picker.h"
#include "pkc-missions.h"
#include "pkc-print-colours.h"

G_BEGIN_DECLS

/* The chooser's search: the acronyms its list shows for @text. */
GStrv           _pkc_compare_page_filter_missions (PkcComparePage     *self,
                                                   const char         *text);
const PkcCompareOptions *_pkc_compare_page_get_options (PkcComparePage *self);
void            _pkc_compare_page_set_malicious_only (PkcComparePage  *self,
                                                      gboolean         malicious_only);
/* 2 to 6 acronyms (NULL-terminated); FALSE and nothing changed otherwise. */
gboolean        _pkc_compare_page_set_missions    (PkcComparePage     *self,
                                                   const char * const *acronyms);
void            _pkc_compare_page_set_view        (PkcComparePage     *self,
                                                   PkcCompareView      view);

const char    *_pkc_data_table_get_csv         (PkcDataTable  *self);
GtkColumnView *_pkc_data_table_get_column_view (PkcDataTable  *self);
/* Rows below the header, and one cell as shown. */
guint          _pkc_data_table_get_n_rows      (PkcDataTable  *self);
const char    *_pkc_data_table_get_cell        (PkcDataTable  *self,
                                                guint          row,
                                                guint          column);

/* The search text, the acronyms of the rows shown (in order; free the array only) and the
 * search field. */
void              _pkc_mission_picker_set_search     (PkcMissionPicker *self,
                                                      const char       *text);
GPtrArray        *_pkc_mission_picker_get_shown      (PkcMissionPicker *self);
GtkWidget        *_pkc_mission_picker_get_search     (PkcMissionPicker *self);

/* Where an imported UN fatalities CSV is kept; read instead of the one compiled in when it
 * builds a catalogue. */
char         *_pkc_missions_imported_path  (void);

/* The tab's content: "Colour" and "Greyscale" choices showing @settings' choice; each
 * choice writes itself into @settings. */
GtkWidget *_pkc_print_colours_widget_new (GtkPrintSettings  *settings);

G_END_DECLS
