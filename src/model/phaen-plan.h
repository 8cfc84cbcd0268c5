/* phaen-plan.h: the operations plan document (แผนการดำเนินงาน)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "phaen-approach.h"
#include "phaen-edition.h"
#include "phaen-emblem.h"
#include "phaen-flow.h"
#include "phaen-history.h"
#include "phaen-problem.h"
#include "phaen-program.h"
#include "phaen-project.h"
#include "phaen-strategy.h"
#include "phaen-thai.h"
#include "phaen-unit.h"

G_BEGIN_DECLS

/* The amendments of the 2548 regulation cited by default (the plan's
 * "regulation-amendments"), and its clauses on the operations plan
 * (ข้อ 26 and ข้อ 27, "regulation-clauses"); see phaen-announcement.h. */
#define PHAEN_REGULATION_DEFAULT_AMENDMENTS "2/2559, 3/2561"
#define PHAEN_REGULATION_DEFAULT_CLAUSES "26, 27"

typedef enum
{
  PHAEN_ORGANISATION_CITY_MUNICIPALITY,         /* เทศบาลนคร */
  PHAEN_ORGANISATION_TOWN_MUNICIPALITY,         /* เทศบาลเมือง */
  PHAEN_ORGANISATION_SUBDISTRICT_MUNICIPALITY,  /* เทศบาลตำบล */
  PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION,/* องค์การบริหารส่วนตำบล */
  PHAEN_ORGANISATION_PROVINCIAL_ADMINISTRATION, /* องค์การบริหารส่วนจังหวัด */
  PHAEN_ORGANISATION_OTHER,
} PhaenOrganisationKind;

typedef enum
{
  PHAEN_GROUPING_PROGRAMS,   /* strategy → แผนงาน (default) */
  PHAEN_GROUPING_APPROACHES, /* strategy → แนวทาง (older layout) */
} PhaenGrouping;

#define PHAEN_TYPE_ORGANISATION_KIND (phaen_organisation_kind_get_type ())
#define PHAEN_TYPE_GROUPING          (phaen_grouping_get_type ())
#define PHAEN_TYPE_BAHTTEXT_STYLE    (phaen_bahttext_style_get_type ())
GType phaen_organisation_kind_get_type (void) G_GNUC_CONST;
GType phaen_grouping_get_type          (void) G_GNUC_CONST;
GType phaen_bahttext_style_get_type    (void) G_GNUC_CONST;

/* File keywords (the nicks of the GEnum types): "city-municipality",
 * "town-municipality", "subdistrict-municipality",
 * "subdistrict-administration", "provincial-administration", "other";
 * "original", "addition", "amendment"; "programs", "approaches";
 * "royal-institute", "spreadsheet". *_label: the printed document's words
 * (always Thai); *_get_label: the app's, in the user's language. */
const char *phaen_organisation_kind_to_string   (PhaenOrganisationKind kind);
gboolean    phaen_organisation_kind_from_string (const char *text, PhaenOrganisationKind *out);
const char *phaen_organisation_kind_label       (PhaenOrganisationKind kind);   /* Thai */
const char *phaen_organisation_kind_get_label   (PhaenOrganisationKind kind);
/* Guesses the kind from an organisation's full name ("เทศบาลเมือง…",
 * "อบต.…"; leading spaces skipped). */
PhaenOrganisationKind phaen_organisation_kind_guess (const char *name);
/* The same, also giving in @rest (nullable) the name after the words of
 * the kind ("จันทนิมิต" of "เทศบาลเมืองจันทนิมิต"), or @name when no kind
 * is recognised. */
PhaenOrganisationKind phaen_organisation_name_split (const char *name, const char **rest);
const char *phaen_edition_kind_to_string        (PhaenEditionKind kind);
gboolean    phaen_edition_kind_from_string      (const char *text, PhaenEditionKind *out);
const char *phaen_edition_kind_get_label        (PhaenEditionKind kind);
const char *phaen_grouping_to_string            (PhaenGrouping grouping);
gboolean    phaen_grouping_from_string          (const char *text, PhaenGrouping *out);
const char *phaen_grouping_get_label            (PhaenGrouping grouping);
const char *phaen_bahttext_style_to_string      (PhaenBahttextStyle style);
gboolean    phaen_bahttext_style_from_string    (const char *text, PhaenBahttextStyle *out);

#define PHAEN_TYPE_PLAN (phaen_plan_get_type ())

G_DECLARE_FINAL_TYPE (PhaenPlan, phaen_plan, PHAEN, PLAN, GObject)

/*
 * Properties (strings never NULL; "" when empty):
 *   "organisation-name"   string   e.g. เทศบาลเมืองจันทนิมิต
 *   "organisation-kind"   PhaenOrganisationKind
 *   "district"            string   อำเภอ (without the word อำเภอ)
 *   "province"            string   จังหวัด (without the word จังหวัด)
 *   "preparing-unit"      string   e.g. งานวิเคราะห์นโยบายและแผน กองวิชาการและแผนงาน
 *   "fiscal-year"         guint    BE, 2400..2700
 *   "edition-kind"        PhaenEditionKind
 *   "edition-number"      guint    n of เพิ่มเติม/แก้ไข ครั้งที่ n (>= 1 when not original)
 *   "edition-year"        guint    0, or the BE year of the "n/ปี" style
 *                                  ("แก้ไข ครั้งที่ 1/2569")
 *   "announcement-date"   string   ISO CE "YYYY-MM-DD" or ""
 *   "signer-name"         string
 *   "signer-position"     string
 *   "announcement-text-1" string   first paragraph of the ประกาศ, in the
 *                                  officer's own words; "" (the default):
 *                                  composed from the facts
 *                                  (phaen_plan_dup_announcement_paragraph())
 *   "announcement-text-2" string   second paragraph (legal basis, period), the same
 *   "foreword"            string   คำนำ, optional ("" = no foreword page)
 *   "introduction-text"   string   ๑.๑ บทนำ
 *   "objectives-text"     string   ๑.๒ วัตถุประสงค์ของแผนการดำเนินงาน
 *   "procedure-text"      string   ๑.๓ ขั้นตอนในการจัดทำแผนการดำเนินงาน
 *   "benefits-text"       string   ๑.๔ ประโยชน์ของแผนการดำเนินงาน
 *   "thai-digits"         boolean  default TRUE
 *   "bahttext-style"      PhaenBahttextStyle  default royal-institute
 *   "grouping"            PhaenGrouping       default programs
 *   "equipment-in-summary" boolean default TRUE (equipment counts in ผด.01)
 *   "regulation-amendments", "regulation-clauses", "budget-ordinance",
 *   "budget-ordinance-date", "considering-body", "considered-date"
 *                         strings: the legal basis of the announcement,
 *                         see phaen-announcement.h
 *   "word-list"           string   the officer's words that line breaking
 *                                  never splits, one a line (phaen-words.h)
 *   "pd02-flow"           PhaenGroupFlow  default page-per-group (phaen-flow.h)
 *   "garuda-emblem", "seal-emblem"  GBytes  the emblems' image files, NULL
 *                                  for none (phaen-emblem.h)
 *
 * The three "edition-" properties say what this plan's document is when
 * the whole file is one addition or amendment (the older way). A plan
 * that holds its additions and amendments itself keeps them as
 * PhaenEdition objects (phaen-edition.h) and stays "original".
 *
 * Signal "changed": once per step of the history: after an edit (or the
 * phaen_plan_edit_end() of several), an undo or a redo; not after
 * build-API calls. Whether the plan differs from its file is the
 * history's "is-modified" (phaen_history_mark_saved() after saving).
 *
 * Text conventions (announcement, foreword and Part 1 texts), shared by the
 * editor, the file formats and the renderer:
 *   - plain Unicode text, no markup; digits are stored as Arabic digits
 *     (the renderer converts them to Thai digits when "thai-digits" is set);
 *   - each "\n" ends a paragraph (empty lines are ignored);
 *   - a line that starts with a number followed by ". " ("1. ", "12. ") is a
 *     numbered list item, a line that starts with "- " is a bullet item;
 *     the renderer keeps the number as written and indents the item.
 */

/* An empty plan: no strategies, units or projects, the standard programs
 * present, default settings, empty texts. */
PhaenPlan    *phaen_plan_new                 (void);

/* Fills every text property that is still empty with Phaen's default
 * template, with organisation, fiscal year and period filled in. Not
 * recorded for undo (phaen_plan_edit_fill_default_texts() is). The
 * announcement's paragraphs are left alone: empty, they are composed from
 * the plan's facts when printed (phaen-announcement.h). */
void          phaen_plan_fill_default_texts  (PhaenPlan    *self);
/* Empties the announcement paragraphs that hold exactly what Phaen 1.0's
 * phaen_plan_fill_default_texts() wrote for this plan, so that they are
 * composed from the facts like a new plan's; an officer's own wording is
 * kept. The reader calls it for files of format 1.0. Not recorded for
 * undo. */
void          phaen_plan_forget_retired_texts (PhaenPlan   *self);

PhaenHistory *phaen_plan_get_history         (PhaenPlan    *self);

/* The year line of the document's titles, in Arabic digits (the renderer
 * turns them into Thai digits when asked): "ประจำปีงบประมาณ พ.ศ. 2569", plus
 * the edition suffix; the suffix alone: "" for the original plan,
 * " (เพิ่มเติม ครั้งที่ 1)" or " (แก้ไข ครั้งที่ 2)". Free with g_free(). */
char         *phaen_plan_get_year_title      (PhaenPlan    *self);
char         *phaen_plan_get_edition_suffix  (PhaenPlan    *self);

/* The ordered lists: GListModel of the element type (each a PhaenCatalogue,
 * phaen-catalogue.h, with its id and name index). */
GListModel   *phaen_plan_get_strategies      (PhaenPlan    *self);
GListModel   *phaen_plan_get_approaches      (PhaenPlan    *self);
GListModel   *phaen_plan_get_programs        (PhaenPlan    *self);
GListModel   *phaen_plan_get_units           (PhaenPlan    *self);
GListModel   *phaen_plan_get_projects        (PhaenPlan    *self);

/* Lookups by id, or by name compared as phaen_text_normalize_name() makes
 * it ("กองช่าง" with a trailing no-break space finds กองช่าง); both hashed,
 * O(1). With several entries of one name the first is found; an approach
 * is looked for among those of @strategy, or among all when it is NULL.
 * NULL when absent. */
PhaenStrategy *phaen_plan_find_strategy      (PhaenPlan *self, const char *id);
PhaenApproach *phaen_plan_find_approach      (PhaenPlan *self, const char *id);
PhaenProgram  *phaen_plan_find_program       (PhaenPlan *self, const char *id);
PhaenUnit     *phaen_plan_find_unit          (PhaenPlan *self, const char *id);
PhaenProject  *phaen_plan_find_project       (PhaenPlan *self, const char *id);
PhaenStrategy *phaen_plan_find_strategy_by_name (PhaenPlan *self, const char *name);
PhaenApproach *phaen_plan_find_approach_by_name (PhaenPlan *self, PhaenStrategy *strategy, const char *name);
PhaenProgram  *phaen_plan_find_program_by_name  (PhaenPlan *self, const char *name);
PhaenUnit     *phaen_plan_find_unit_by_name     (PhaenPlan *self, const char *name);

/* 1-based position of a strategy in the plan, 0 if absent. */
guint         phaen_plan_get_strategy_number (PhaenPlan *self, PhaenStrategy *strategy);

/* Settings/text getters for the properties above (convenience). */
const char   *phaen_plan_get_organisation_name (PhaenPlan *self);
PhaenOrganisationKind phaen_plan_get_organisation_kind (PhaenPlan *self);
const char   *phaen_plan_get_district        (PhaenPlan *self);
const char   *phaen_plan_get_province        (PhaenPlan *self);
guint         phaen_plan_get_fiscal_year     (PhaenPlan *self);
PhaenEditionKind phaen_plan_get_edition_kind (PhaenPlan *self);
guint         phaen_plan_get_edition_number  (PhaenPlan *self);
gboolean      phaen_plan_get_thai_digits     (PhaenPlan *self);
PhaenBahttextStyle phaen_plan_get_bahttext_style (PhaenPlan *self);
PhaenGrouping phaen_plan_get_grouping        (PhaenPlan *self);
gboolean      phaen_plan_get_equipment_in_summary (PhaenPlan *self);
PhaenGroupFlow phaen_plan_get_pd02_flow      (PhaenPlan *self);
/* Any string property by name ("foreword", "signer-name", …). */
const char   *phaen_plan_get_text            (PhaenPlan *self, const char *property);

/* ---- Build API: used by readers and importers; not recorded for undo,
 * emits no "changed". Ids are assigned ("s1", "a1", "g1", "u1", "p1", …,
 * the next free number) when the object's id is NULL or "". */
void          phaen_plan_append_strategy     (PhaenPlan *self, PhaenStrategy *strategy);
void          phaen_plan_append_approach     (PhaenPlan *self, PhaenApproach *approach);
void          phaen_plan_append_program      (PhaenPlan *self, PhaenProgram  *program);
void          phaen_plan_append_unit         (PhaenPlan *self, PhaenUnit     *unit);
void          phaen_plan_append_project      (PhaenPlan *self, PhaenProject  *project);
/* Removes every program (readers replace the built-in catalogue with the
 * file's). */
void          phaen_plan_clear_programs      (PhaenPlan *self);

/* A deep copy for snapshots (saving or exporting in a thread while the
 * user keeps editing): every property, every object of every collection
 * copied with the same id, references re-pointed into the copy; an empty
 * history. The copy shares no mutable object with @self, and
 * phaen_plan_equal (self, copy) holds. */
PhaenPlan    *phaen_plan_copy                (PhaenPlan *self);

/* Deep equality of two plans: every property, every collection in order,
 * every project field. On difference returns FALSE and, when @why is not
 * NULL, a description of the first difference. */
gboolean      phaen_plan_equal               (PhaenPlan *a, PhaenPlan *b, char **why);

typedef enum
{
  PHAEN_PLAN_EQUAL_DEFAULT  = 0,
  /* Names (phaen_text_property_is_name()) compared as a plan file keeps
   * them, normalised: a plan equals the plan read back from its file. */
  PHAEN_PLAN_EQUAL_AS_SAVED = 1 << 0,
} PhaenPlanEqualFlags;

gboolean      phaen_plan_equal_full          (PhaenPlan           *a,
                                              PhaenPlan           *b,
                                              PhaenPlanEqualFlags  flags,
                                              char               **why);

/* ---- Problems ---------------------------------------------------------
 *
 * Every problem of the plan, as PhaenProblem objects (free the array with
 * g_ptr_array_unref): unfinished work (PHAEN_PROBLEM_INCOMPLETE: an empty
 * name, a project without strategy, program or unit, an approach without
 * strategy) and what no plan file can hold (PHAEN_PROBLEM_INVALID: ids
 * missing or used twice, references to objects outside the plan, an
 * approach of another strategy than its project's, negative amounts or
 * amounts over PHAEN_MONEY_MAX, months outside the year, progress over
 * 100, a fiscal year or edition number out of range, texts that
 * phaen_text_check() refuses, more entries than the limits). In a fixed
 * order: the plan's fields, the lists, the texts, the approaches, the
 * projects. An empty array: the plan is complete. */
GPtrArray    *phaen_plan_check               (PhaenPlan *self);

/* Fails (PHAEN_MODEL_ERROR_INVALID) when phaen_plan_check() finds any
 * problem; the message lists every problem, one per line. */
gboolean      phaen_plan_validate            (PhaenPlan *self, GError **error);
/* The same; on failure also gives the object of the first problem (a
 * strategy, approach, program, unit or project, or the plan), borrowed. */
gboolean      phaen_plan_validate_full       (PhaenPlan *self, GObject **culprit, GError **error);
/* What saving needs: fails like phaen_plan_validate_full() but only for
 * PHAEN_PROBLEM_INVALID problems; an unfinished plan passes. */
gboolean      phaen_plan_check_storable      (PhaenPlan *self, GObject **culprit, GError **error);
/* The same without looking at the texts again: for a reader that checked
 * every text with phaen_text_check() as it read it. */
gboolean      phaen_plan_check_storable_structure (PhaenPlan *self, GObject **culprit, GError **error);

/* ---- Edit API: every call is one undoable command pushed on the plan's
 * history; "changed" is emitted once the history has the step. Between
 * phaen_plan_edit_begin() and phaen_plan_edit_end() (they nest) every
 * edit joins one step, undone and redone as one, with one "changed" at
 * the end (and one per undo or redo of it). Consecutive edits of the same
 * property of the same object merge into one step (see
 * phaen_history_push()). @object is the plan itself or any object in it. */
void          phaen_plan_edit_begin          (PhaenPlan    *self,
                                              const char   *label);
void          phaen_plan_edit_end            (PhaenPlan    *self);

void          phaen_plan_edit_set            (PhaenPlan    *self,
                                              gpointer      object,
                                              const char   *property,
                                              const GValue *value);
void          phaen_plan_edit_set_string     (PhaenPlan *self, gpointer object, const char *property, const char *value);
void          phaen_plan_edit_set_int64      (PhaenPlan *self, gpointer object, const char *property, gint64 value);
void          phaen_plan_edit_set_uint       (PhaenPlan *self, gpointer object, const char *property, guint value);
void          phaen_plan_edit_set_boolean    (PhaenPlan *self, gpointer object, const char *property, gboolean value);
void          phaen_plan_edit_set_enum       (PhaenPlan *self, gpointer object, const char *property, int value);
void          phaen_plan_edit_set_object     (PhaenPlan *self, gpointer object, const char *property, gpointer value);

/* Insert at @position (G_MAXUINT = at the end); assigns an id if missing. */
void          phaen_plan_edit_insert_project (PhaenPlan *self, guint position, PhaenProject  *project);
gboolean      phaen_plan_edit_remove_project (PhaenPlan *self, PhaenProject *project, GError **error);
void          phaen_plan_edit_move_project   (PhaenPlan *self, PhaenProject *project, guint new_position);
/* Moves @unit to index @new_position of the unit catalogue (its order is
 * the order of ผด.01's unit column). */
void          phaen_plan_edit_move_unit      (PhaenPlan *self, PhaenUnit *unit, guint new_position);
void          phaen_plan_edit_insert_strategy (PhaenPlan *self, guint position, PhaenStrategy *strategy);
void          phaen_plan_edit_insert_approach (PhaenPlan *self, guint position, PhaenApproach *approach);
void          phaen_plan_edit_insert_program  (PhaenPlan *self, guint position, PhaenProgram  *program);
void          phaen_plan_edit_insert_unit     (PhaenPlan *self, guint position, PhaenUnit     *unit);
/* Puts @project under @strategy, @approach (NULL for none) and @program in
 * one step: the way a view moves a project to another group. An approach
 * of another strategy is refused (critical). */
void          phaen_plan_edit_move_project_to (PhaenPlan     *self,
                                               PhaenProject  *project,
                                               PhaenStrategy *strategy,
                                               PhaenApproach *approach,
                                               PhaenProgram  *program);
/* Inserts a copy of @project (every field, a new id) right after it, as
 * one step; returns the copy (owned by the plan). */
PhaenProject *phaen_plan_edit_duplicate_project (PhaenPlan    *self,
                                                 PhaenProject *project);
/* phaen_plan_fill_default_texts() as one undoable step (nothing is
 * recorded when every text is already filled in). */
void          phaen_plan_edit_fill_default_texts (PhaenPlan *self);
/* Adds what @other holds to @self as one undoable step (CSV import into
 * an open plan): its strategies, programs and units, each matched by name
 * with those of @self (phaen_plan_find_*_by_name()) and added at the end
 * when new; its approaches matched by name within their strategy; then
 * copies of all its projects, at the end, pointing at the matched
 * entries, with new ids. @other is not changed. Fails, changing nothing,
 * when the result would exceed the limits of phaen-limits.h
 * (PHAEN_MODEL_ERROR_INVALID). */
gboolean      phaen_plan_edit_append_from    (PhaenPlan  *self,
                                              PhaenPlan  *other,
                                              GError    **error);
/* Removal of a strategy/approach/program/unit that a project still uses
 * fails with PHAEN_MODEL_ERROR_IN_USE. */
gboolean      phaen_plan_edit_remove_strategy (PhaenPlan *self, PhaenStrategy *strategy, GError **error);
gboolean      phaen_plan_edit_remove_approach (PhaenPlan *self, PhaenApproach *approach, GError **error);
gboolean      phaen_plan_edit_remove_program  (PhaenPlan *self, PhaenProgram  *program,  GError **error);
gboolean      phaen_plan_edit_remove_unit     (PhaenPlan *self, PhaenUnit     *unit,     GError **error);

/* ---- Emblems (phaen-emblem.h) ---- */

/* The emblem of @kind, or NULL when the plan has none (borrowed). */
GBytes          *phaen_plan_get_emblem             (PhaenPlan        *plan,
                                                    PhaenEmblemKind   kind);
/* Sets (or, with NULL, removes) the emblem of @kind as one undoable
 * step, after phaen_emblem_check(). On failure nothing changes. */
gboolean         phaen_plan_edit_set_emblem        (PhaenPlan        *plan,
                                                    PhaenEmblemKind   kind,
                                                    GBytes           *data,
                                                    GError          **error);

/* ---- Editions (their rules: phaen-plan-editions.h) ---- */

/* The editions in order (GListModel of PhaenEdition); the first is
 * edition 1. At most the last one is open. */
GListModel   *phaen_plan_get_editions       (PhaenPlan    *plan);
guint         phaen_plan_get_n_editions     (PhaenPlan    *plan);
/* Edition @n (1-based), borrowed; NULL when there is none. */
PhaenEdition *phaen_plan_get_edition        (PhaenPlan    *plan,
                                             guint         n);

G_END_DECLS
