/* phaen-project.h: one project/activity (โครงการ/กิจกรรม) or equipment item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "phaen-approach.h"
#include "phaen-item.h"
#include "phaen-program.h"
#include "phaen-strategy.h"
#include "phaen-unit.h"

G_BEGIN_DECLS

typedef enum
{
  PHAEN_PROJECT_KIND_PROJECT,    /* โครงการ, listed in ผด.02 */
  PHAEN_PROJECT_KIND_EQUIPMENT,  /* ครุภัณฑ์, listed in ผด.02/1 */
} PhaenProjectKind;

typedef enum
{
  PHAEN_PROJECT_STATUS_NOT_STARTED,   /* ยังไม่ได้ดำเนินการ */
  PHAEN_PROJECT_STATUS_IN_PROGRESS,   /* อยู่ระหว่างดำเนินการ */
  PHAEN_PROJECT_STATUS_COMPLETED,     /* ดำเนินการแล้วเสร็จ */
  PHAEN_PROJECT_STATUS_CANCELLED,     /* ยกเลิก */
  PHAEN_PROJECT_STATUS_CARRIED_OVER,  /* กันเงินไว้เบิกเหลื่อมปี */
} PhaenProjectStatus;

#define PHAEN_TYPE_PROJECT_KIND   (phaen_project_kind_get_type ())
#define PHAEN_TYPE_PROJECT_STATUS (phaen_project_status_get_type ())
GType phaen_project_kind_get_type   (void) G_GNUC_CONST;
GType phaen_project_status_get_type (void) G_GNUC_CONST;

/* Stable keywords used in files ("project", "equipment"; "not-started",
 * "in-progress", "completed", "cancelled", "carried-over"); the labels
 * of the printed document (*_label: always Thai, "ครุภัณฑ์"); the labels
 * of the app (*_get_label: in the user's language through gettext). */
const char *phaen_project_kind_to_string    (PhaenProjectKind    kind);
gboolean    phaen_project_kind_from_string  (const char         *text,
                                             PhaenProjectKind   *out);
const char *phaen_project_kind_label        (PhaenProjectKind    kind);
const char *phaen_project_kind_get_label    (PhaenProjectKind    kind);
const char *phaen_project_status_to_string  (PhaenProjectStatus  status);
gboolean    phaen_project_status_from_string (const char        *text,
                                              PhaenProjectStatus *out);
const char *phaen_project_status_label      (PhaenProjectStatus  status);
const char *phaen_project_status_get_label  (PhaenProjectStatus  status);

#define PHAEN_TYPE_PROJECT (phaen_project_get_type ())

G_DECLARE_FINAL_TYPE (PhaenProject, phaen_project, PHAEN, PROJECT, PhaenItem)

/*
 * Properties (all G_PARAM_EXPLICIT_NOTIFY; strings are never NULL, "" when
 * empty):
 *   "id"              string (from PhaenItem)
 *   "name"            string (from PhaenItem), required non-empty in a
 *                     complete plan
 *   "kind"            PhaenProjectKind
 *   "activities"      string, may hold newlines
 *   "budget"          gint64 satang, >= 0
 *   "location"        string
 *   "strategy"        PhaenStrategy*   (required)
 *   "approach"        PhaenApproach*   (optional, NULL)
 *   "program"         PhaenProgram*    (required)
 *   "unit"            PhaenUnit*       (required)
 *   "schedule"        guint, 12-bit fiscal mask
 *   "source"          string (funding source)
 *   "target"          string (target / output)
 *   "category"        string (equipment หมวด)
 *   "equipment-type"  string (equipment ประเภท)
 *   "reference"       string (local development plan reference)
 *   "status"          PhaenProjectStatus
 *   "contracted"      gint64 satang, >= 0
 *   "disbursed"       gint64 satang, >= 0
 *   "progress"        guint percent 0..100
 *   "actual-schedule" guint, 12-bit fiscal mask
 *   "remarks"         string
 *
 * Setting properties directly is not recorded for undo: views edit through
 * phaen_plan_edit_set() and friends.
 */
PhaenProject       *phaen_project_new                (void);
/* A deep copy of every field (same references to strategy/program/unit). */
PhaenProject       *phaen_project_copy               (PhaenProject *self);
/* TRUE when every property of @a equals that of @b (references compared by id). */
gboolean            phaen_project_equal              (PhaenProject *a,
                                                      PhaenProject *b);

PHAEN_ITEM_DECLARE_ACCESSORS (PhaenProject, phaen_project)
PhaenProjectKind    phaen_project_get_kind           (PhaenProject *self);
void                phaen_project_set_kind           (PhaenProject *self, PhaenProjectKind kind);
const char         *phaen_project_get_activities     (PhaenProject *self);
void                phaen_project_set_activities     (PhaenProject *self, const char *activities);
gint64              phaen_project_get_budget         (PhaenProject *self);
void                phaen_project_set_budget         (PhaenProject *self, gint64 satang);
const char         *phaen_project_get_location       (PhaenProject *self);
void                phaen_project_set_location       (PhaenProject *self, const char *location);
PhaenStrategy      *phaen_project_get_strategy       (PhaenProject *self);
void                phaen_project_set_strategy       (PhaenProject *self, PhaenStrategy *strategy);
PhaenApproach      *phaen_project_get_approach       (PhaenProject *self);
void                phaen_project_set_approach       (PhaenProject *self, PhaenApproach *approach);
PhaenProgram       *phaen_project_get_program        (PhaenProject *self);
void                phaen_project_set_program        (PhaenProject *self, PhaenProgram *program);
PhaenUnit          *phaen_project_get_unit           (PhaenProject *self);
void                phaen_project_set_unit           (PhaenProject *self, PhaenUnit *unit);
guint               phaen_project_get_schedule       (PhaenProject *self);
void                phaen_project_set_schedule       (PhaenProject *self, guint mask);
const char         *phaen_project_get_source         (PhaenProject *self);
void                phaen_project_set_source         (PhaenProject *self, const char *source);
const char         *phaen_project_get_target         (PhaenProject *self);
void                phaen_project_set_target         (PhaenProject *self, const char *target);
const char         *phaen_project_get_category       (PhaenProject *self);
void                phaen_project_set_category       (PhaenProject *self, const char *category);
const char         *phaen_project_get_equipment_type (PhaenProject *self);
void                phaen_project_set_equipment_type (PhaenProject *self, const char *type);
const char         *phaen_project_get_reference      (PhaenProject *self);
void                phaen_project_set_reference      (PhaenProject *self, const char *reference);
PhaenProjectStatus  phaen_project_get_status         (PhaenProject *self);
void                phaen_project_set_status         (PhaenProject *self, PhaenProjectStatus status);
gint64              phaen_project_get_contracted     (PhaenProject *self);
void                phaen_project_set_contracted     (PhaenProject *self, gint64 satang);
gint64              phaen_project_get_disbursed      (PhaenProject *self);
void                phaen_project_set_disbursed      (PhaenProject *self, gint64 satang);
guint               phaen_project_get_progress       (PhaenProject *self);
void                phaen_project_set_progress       (PhaenProject *self, guint percent);
guint               phaen_project_get_actual_schedule (PhaenProject *self);
void                phaen_project_set_actual_schedule (PhaenProject *self, guint mask);
const char         *phaen_project_get_remarks        (PhaenProject *self);
void                phaen_project_set_remarks        (PhaenProject *self, const char *remarks);

G_END_DECLS
