/* pkc-dataset.h — the in-memory model of one mission's dataset (GLib only)
 *
 * Copyright 2026 The Peacekeeping Charts authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "pkc-date.h"

G_BEGIN_DECLS

/* A count attribute that may be absent. */
#define PKC_COUNT_NONE (-1)

typedef enum {
  PKC_INCIDENT_MALICIOUS_ACT,
  PKC_INCIDENT_ACCIDENT,
  PKC_INCIDENT_ILLNESS,
  PKC_INCIDENT_SELF_INFLICTED,
  PKC_INCIDENT_TO_BE_DETERMINED,
  PKC_INCIDENT_UNKNOWN,
  PKC_N_INCIDENTS
} PkcIncident;

typedef enum {
  PKC_PERSONNEL_MILITARY,
  PKC_PERSONNEL_MILITARY_OBSERVER,
  PKC_PERSONNEL_POLICE,
  PKC_PERSONNEL_INTERNATIONAL_CIVILIAN,
  PKC_PERSONNEL_LOCAL_CIVILIAN,
  PKC_PERSONNEL_OTHER,
  PKC_N_PERSONNEL
} PkcPersonnel;

typedef enum {
  PKC_LANG_EN,
  PKC_LANG_FR,
  PKC_LANG_NL,
  PKC_N_LANGS
} PkcLang;

typedef enum {
  PKC_CLOSURE_KNOWN,
  PKC_CLOSURE_DISPUTED,
  PKC_CLOSURE_UNKNOWN,
  PKC_CLOSURE_PENDING,   /* announced, not done when the source last looked: no date */
} PkcClosureStatus;

/* What a source is (the <source kind="…"> attribute): the UN's own document or page, a news
 * outlet (agency copies included), a secondary work (encyclopedia, research, advocacy) or a
 * mirror (an unauthorised or machine copy of another page). UNSPECIFIED when not given. */
typedef enum {
  PKC_SOURCE_KIND_UNSPECIFIED,
  PKC_SOURCE_KIND_PRIMARY_UN,
  PKC_SOURCE_KIND_NEWS,
  PKC_SOURCE_KIND_SECONDARY,
  PKC_SOURCE_KIND_MIRROR,
  PKC_N_SOURCE_KINDS
} PkcSourceKind;

/* Text in the three languages; [PKC_LANG_EN] is always set, the others may be NULL. */
typedef struct {
  char *text[PKC_N_LANGS];
} PkcLocalizedText;

typedef struct {
  char    *id;
  char    *title;
  char    *publisher;
  char    *url;        /* nullable */
  PkcDate  date;       /* may be unset */
  char    *note;       /* nullable */
  PkcSourceKind kind;
} PkcSource;

typedef struct {
  guint    resolution;
  guint    year;          /* 0 when not given */
  PkcDate  adopted;
  PkcDate  effective;     /* from when the figures apply: the adoption date unless given */
  int      military;      /* PKC_COUNT_NONE when the resolution set none */
  int      police;        /* idem */
  PkcDate  mandate_until; /* may be unset */
  char    *source;        /* space-separated source ids */
  char    *note;          /* nullable */
} PkcCeiling;

typedef struct {
  PkcDate   date;
  int       military;   /* PKC_COUNT_NONE when absent */
  int       police;
  int       total;
  char     *scope;
  char     *confidence;
  gboolean  preferred;
  char     *source;
  char     *note;
} PkcObservation;

typedef struct {
  PkcDate  date;
  int      uniformed_departed; /* PKC_COUNT_NONE when absent */
  int      all_departed;
  char    *confidence;
  char    *source;
  char    *note;
} PkcDrawdown;

/* A casualty as it is given to the dataset (pkc_dataset_add_casualty_copy()). The file's
 * casualty id is not part of it: the loader checks that ids are unique, nothing reads them. */
typedef struct {
  PkcDate       date;
  PkcIncident   incident;
  PkcPersonnel  personnel;
  char         *nationality;
  char         *iso;         /* "" when unknown */
  char         *source;
  char          gender;      /* 'M' or 'F' as the UN data records it; 0 when not recorded */
} PkcCasualty;

/* A casualty as the dataset keeps it: 16 bytes, a million of them in one array. The date
 * and the strings are read through the functions below. */
typedef struct {
  guint32  day;         /* pkc_date_to_julian() of the date (its first day); 0 when unset */
  guint8   precision;   /* PkcDatePrecision of the date */
  guint8   incident;    /* PkcIncident */
  guint8   personnel;   /* PkcPersonnel */
  char     gender;      /* 'M', 'F' or 0, as in PkcCasualty */
  guint32  country;     /* the dataset's own index of the nationality and iso */
  guint32  source;      /* the dataset's own index of the source references */
} PkcCasualtyRecord;

typedef struct {
  PkcDate  date;
  char    *source;
} PkcAlternativeDate;

typedef struct {
  char             *id;
  guint             order;
  char             *name;
  char             *region;
  gboolean          has_coordinates;
  gboolean          approximate;   /* coordinates are an estimate (note says how good) */
  double            lat;
  double            lon;
  char             *phase;         /* nullable */
  char             *source;
  PkcClosureStatus  closure_status;
  PkcDate           closure_date;  /* unset when unknown */
  char             *closure_source;/* nullable when unknown */
  GArray           *alternatives;  /* of PkcAlternativeDate; empty unless disputed */
  GPtrArray        *contingents;   /* of char* */
  char             *note;
} PkcBase;

typedef struct {
  PkcDate           date;
  char             *kind;   /* nullable */
  char             *source;
  PkcLocalizedText  label;
  PkcLocalizedText  short_label;   /* optional <short>: for narrow charts; may be all NULL */
} PkcEvent;

#define PKC_TYPE_DATASET (pkc_dataset_get_type ())
G_DECLARE_FINAL_TYPE (PkcDataset, pkc_dataset, PKC, DATASET, GObject)

/* Construction (used by the loader and by tests). Sections are appended in file order;
 * pkc_dataset_finish() sorts casualties, observations and events by date and bases by order. */
PkcDataset            *pkc_dataset_new                (void);
void                   pkc_dataset_set_mission        (PkcDataset *self,
                                                       const char *acronym,
                                                       PkcDate     start,
                                                       PkcDate     end,
                                                       const char *source);
void                   pkc_dataset_set_mission_name   (PkcDataset *self,
                                                       PkcLang     lang,
                                                       const char *name);
void                   pkc_dataset_set_display_name   (PkcDataset *self,
                                                       const char *display_name);
/* The host country as an ISO 3166-1 alpha-3 code ("MLI"); NULL when the dataset names none. */
void                   pkc_dataset_set_country        (PkcDataset *self,
                                                       const char *iso3);
/* The host country's name in each language (en set); takes the texts. */
void                   pkc_dataset_set_country_names  (PkcDataset       *self,
                                                       PkcLocalizedText *names);
/* A region's names: @names->text[PKC_LANG_EN] is the name bases use. Takes the texts. */
void                   pkc_dataset_add_region         (PkcDataset       *self,
                                                       PkcLocalizedText *names);
/* The add functions take ownership of the record (allocated with g_new0). */
void                   pkc_dataset_add_source         (PkcDataset *self, PkcSource      *source);
void                   pkc_dataset_add_ceiling        (PkcDataset *self, PkcCeiling     *ceiling);
void                   pkc_dataset_add_observation    (PkcDataset *self, PkcObservation *observation);
void                   pkc_dataset_add_drawdown       (PkcDataset *self, PkcDrawdown    *drawdown);
/* Copies @casualty and its strings, which stay the caller's. */
void                   pkc_dataset_add_casualty_copy  (PkcDataset *self,
                                                       const PkcCasualty *casualty);
void                   pkc_dataset_add_base           (PkcDataset *self, PkcBase        *base);
void                   pkc_dataset_add_event          (PkcDataset *self, PkcEvent       *event);
void                   pkc_dataset_mark_section       (PkcDataset *self,
                                                       const char *section);
void                   pkc_dataset_finish             (PkcDataset *self);

/* Queries. Arrays are owned by the dataset; records are borrowed. */
const char            *pkc_dataset_get_acronym        (PkcDataset *self);
/* Mission name in @lang, falling back to English. */
const char            *pkc_dataset_get_mission_name   (PkcDataset *self,
                                                       PkcLang     lang);
PkcDate                pkc_dataset_get_start          (PkcDataset *self);
const char            *pkc_dataset_get_country        (PkcDataset *self);
/* The host country's name in @lang (English when that one is missing); NULL when the dataset
 * gives none. */
const char            *pkc_dataset_get_country_name   (PkcDataset *self,
                                                       PkcLang     lang);
/* A base's region (its English name as the base writes it) in @lang, from the dataset's
 * <region> list; the name as written when the list does not have it. */
const char            *pkc_dataset_get_region_name    (PkcDataset *self,
                                                       const char *region,
                                                       PkcLang     lang);
PkcDate                pkc_dataset_get_end            (PkcDataset *self);
/* File name (or "minusma.xml" for the embedded one) used in titles and messages. */
const char            *pkc_dataset_get_display_name   (PkcDataset *self);
/* TRUE when the file had the section element (even if empty). */
gboolean               pkc_dataset_has_section        (PkcDataset *self,
                                                       const char *section);
GPtrArray             *pkc_dataset_get_sources        (PkcDataset *self);
const PkcSource       *pkc_dataset_lookup_source      (PkcDataset *self,
                                                       const char *id);
GPtrArray             *pkc_dataset_get_ceilings       (PkcDataset *self);
GPtrArray             *pkc_dataset_get_observations   (PkcDataset *self);
GPtrArray             *pkc_dataset_get_drawdowns      (PkcDataset *self);
/* Casualties, in date order once finish() ran (file order among equal dates). */
guint                  pkc_dataset_get_n_casualties   (PkcDataset *self);
/* The @i-th casualty (@i below the count); borrowed, valid until the next addition. */
const PkcCasualtyRecord *pkc_dataset_get_casualty     (PkcDataset *self,
                                                       guint       i);
PkcDate                pkc_casualty_record_get_date   (const PkcCasualtyRecord *record);
/* A casualty's strings, owned by the dataset: the space-separated source ids, the
 * nationality as written and the ISO 3166-1 alpha-3 code ("" when unknown). */
const char            *pkc_dataset_get_casualty_source      (PkcDataset              *self,
                                                             const PkcCasualtyRecord *record);
const char            *pkc_dataset_get_casualty_nationality (PkcDataset              *self,
                                                             const PkcCasualtyRecord *record);
const char            *pkc_dataset_get_casualty_iso         (PkcDataset              *self,
                                                             const PkcCasualtyRecord *record);
GPtrArray             *pkc_dataset_get_bases          (PkcDataset *self);
GPtrArray             *pkc_dataset_get_events         (PkcDataset *self);

/* The ceiling in force on @date: the last one adopted on or before it, or NULL. */
const PkcCeiling      *pkc_dataset_ceiling_at         (PkcDataset    *self,
                                                       const PkcDate *date);

/* Stable tokens used in the XML and the CSV output ("malicious-act", "local-civilian"). */
const char            *pkc_incident_to_token          (PkcIncident   incident);
gboolean               pkc_incident_from_token        (const char   *token,
                                                       PkcIncident  *out);
const char            *pkc_personnel_to_token         (PkcPersonnel  personnel);
gboolean               pkc_personnel_from_token       (const char   *token,
                                                       PkcPersonnel *out);
const char            *pkc_closure_status_to_token    (PkcClosureStatus status);
gboolean               pkc_source_kind_from_token     (const char    *token,
                                                       PkcSourceKind *out);

/* A nationality as the UN's data misspells it ("Côte dIvoire"): the proper English name and
 * the ISO 3166-1 alpha-3 code to show; NULL for any other text. */
const char            *pkc_un_spelling_name           (const char    *raw);
const char            *pkc_un_spelling_iso            (const char    *raw);

/* The language of the current UI locale (LANGUAGE / LC_MESSAGES), for dataset texts. */
PkcLang                pkc_lang_from_locale           (void);
const char            *pkc_localized_text_get         (const PkcLocalizedText *text,
                                                       PkcLang                 lang);

/* Record helpers (additions). Each free function accepts NULL. */
PkcBase               *pkc_base_new                   (void);
void                   pkc_source_free                (PkcSource      *source);
void                   pkc_ceiling_free               (PkcCeiling     *ceiling);
void                   pkc_observation_free           (PkcObservation *observation);
void                   pkc_drawdown_free              (PkcDrawdown    *drawdown);
void                   pkc_casualty_free              (PkcCasualty    *casualty);
void                   pkc_base_free                  (PkcBase        *base);
void                   pkc_event_free                 (PkcEvent       *event);
void                   pkc_localized_text_clear       (PkcLocalizedText *text);

gboolean               pkc_closure_status_from_token  (const char       *token,
                                                       PkcClosureStatus *out);
const char            *pkc_lang_to_token              (PkcLang        lang);
gboolean               pkc_lang_from_token            (const char    *token,
                                                       PkcLang       *out);
const char            *pkc_dataset_get_mission_source (PkcDataset    *self);
/* The earliest and latest dates found in any record (mission dates, ceilings,
 * observations, drawdowns, casualties, closures, events). A month- or year-only date whose
 * span holds the mission's start counts from the start (so does its sort order in finish()).
 * FALSE when there are none. */
gboolean               pkc_dataset_get_date_range     (PkcDataset    *self,
                                                       PkcDate       *out_first,
                                                       PkcDate       *out_last);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcSource, pkc_source_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcCeiling, pkc_ceiling_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcObservation, pkc_observation_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcDrawdown, pkc_drawdown_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcCasualty, pkc_casualty_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcBase, pkc_base_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PkcEvent, pkc_event_free)

G_END_DECLS
