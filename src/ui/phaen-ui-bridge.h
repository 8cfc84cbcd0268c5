/* phaen-ui-bridge.h: calls into model, io and render that the window needs
 * and that other developers are still building (CONTRACTS.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each function names the API it stood in for while that API was being
 * built. Everything has landed: these are one-line calls now, kept so the
 * window's code did not change when they switched (they can be inlined
 * away). Files, drafts and CSV into an open plan are called directly
 * (io/phaen-file.h, io/phaen-draft.h, io/phaen-csv.h).
 */
#pragma once

#include <gio/gio.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

/* ---- core ---------------------------------------------------------------- */

/* One problem of an unfinished plan (stands in for core's PhaenProblem). */
typedef struct
{
  GObject *object;     /* the plan or the item at fault, owned */
  char    *property;   /* the field at fault, or NULL */
  char    *message;    /* in the user's language */
} PhaenUiProblem;

void       phaen_ui_problem_free        (PhaenUiProblem *problem);

/* Every problem of @plan; empty when the plan is complete (phaen_plan_check). */
GPtrArray *phaen_ui_plan_check          (PhaenPlan  *plan);

/* A deep copy for work in another thread (phaen_plan_copy). */
PhaenPlan *phaen_ui_plan_snapshot       (PhaenPlan  *plan);

/* Typing in a field ends here: the next edit is a new undo step
 * (phaen_history_break_merge). */
void       phaen_ui_history_break_merge (PhaenPlan  *plan);

/* One undo step and one "changed" for every edit in between
 * (phaen_plan_edit_begin / phaen_plan_edit_end). */
void       phaen_ui_edit_begin          (PhaenPlan  *plan,
                                         const char *label);
void       phaen_ui_edit_end            (PhaenPlan  *plan);

/* Whether the plan differs from what was last saved (history
 * "is-modified" + phaen_history_mark_saved). The stand-in counts steps. */
gboolean   phaen_ui_plan_is_modified    (PhaenPlan  *plan);
void       phaen_ui_plan_mark_saved     (PhaenPlan  *plan);
/* Undo and redo of the plan's history (the stand-in needs to know them
 * from a new edit to keep "modified" exact). */
gboolean   phaen_ui_undo                (PhaenPlan  *plan);
gboolean   phaen_ui_redo                (PhaenPlan  *plan);

/* Text typed into a name field, normalised the one way the plan stores it
 * (phaen_text_normalize_name): NFC, marks in order, one line, spaces
 * collapsed, trimmed. */
char      *phaen_ui_normalize_name      (const char *text);
/* The same for multi-line text, line breaks kept (phaen_text_normalize). */
char      *phaen_ui_normalize_text      (const char *text);
/* Refuses control characters and texts over @max_chars characters, the
 * message naming the character and where it is (phaen_text_check). */
gboolean   phaen_ui_text_check          (const char *text,
                                         guint       max_chars,
                                         GError    **error);

G_END_DECLS
