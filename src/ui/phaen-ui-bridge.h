/* phaen-ui-bridge.h: calls into model, io and render that the window needs
 * and that other developers are still building (CONTRACTS.md).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each function names the API it stands in for. The core's part has
 * landed: those functions are one-line calls now (they can be inlined
 * away). Still TEMPORARY stand-ins built on today's synchronous io, until
 * the files developer's phaen-file.h async API, PhaenFileStamp,
 * phaen-draft.h and phaen_csv_import_into land: the stamp, load/save in a
 * thread, the drafts, and CSV into an open plan.
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

/* ---- files ---------------------------------------------------------------- */

/* What a file was on disk (PhaenFileStamp). */
typedef struct _PhaenUiStamp PhaenUiStamp;

void          phaen_ui_stamp_free   (PhaenUiStamp *stamp);
PhaenUiStamp *phaen_ui_stamp_query  (GFile        *file,
                                     GCancellable *cancellable,
                                     GError      **error);
gboolean      phaen_ui_stamp_equal  (const PhaenUiStamp *a,
                                     const PhaenUiStamp *b);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaenUiStamp, phaen_ui_stamp_free)

/* phaen_file_load_async / _finish */
void       phaen_ui_file_load_async  (GFile               *file,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
PhaenPlan *phaen_ui_file_load_finish (GAsyncResult        *result,
                                      PhaenUiStamp       **stamp,
                                      GError             **error);

/* phaen_file_save_async / _finish: works on a snapshot taken at the call. */
void       phaen_ui_file_save_async  (PhaenPlan           *plan,
                                      GFile               *file,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gboolean   phaen_ui_file_save_finish (GAsyncResult        *result,
                                      PhaenUiStamp       **stamp,
                                      GError             **error);

/* ---- CSV into an open plan ----------------------------------------------------- */

/* All or nothing, one undo step (files' phaen_csv_import_into, built on
 * core's phaen_plan_edit_append_from). On error @plan is untouched and
 * the message lists every problem, one "FILE:LINE: column: message" per
 * line. */
gboolean   phaen_ui_csv_import_into (PhaenPlan   *plan,
                                     const char  *data,
                                     gsize        length,
                                     const char  *filename,
                                     GError     **error);

/* ---- drafts (autosave) ------------------------------------------------------ */

/* One recovery file (PhaenDraftInfo of phaen-draft.h). */
typedef struct
{
  char      *id;
  GFile     *original;       /* nullable */
  char      *title;          /* organisation and fiscal year */
  GDateTime *saved;          /* when the draft was written */
  GDateTime *original_saved; /* when the original was last saved, nullable */
} PhaenUiDraftInfo;

void       phaen_ui_draft_info_free (PhaenUiDraftInfo *info);
/* A new id for a window's drafts. */
char      *phaen_ui_draft_new_id    (void);
/* Writes @plan as draft @id, in g_get_user_state_dir()/phaen/drafts. */
gboolean   phaen_ui_draft_save      (PhaenPlan   *plan,
                                     const char  *id,
                                     GFile       *original,
                                     GError     **error);
/* Every draft, newest first (PhaenUiDraftInfo*). */
GPtrArray *phaen_ui_draft_list      (void);
PhaenPlan *phaen_ui_draft_load      (const char  *id,
                                     GError     **error);
void       phaen_ui_draft_discard   (const char  *id);

G_END_DECLS
