/* phaen-plan-file.h: a plan open in a window, with its file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "model/phaen-plan.h"
#include "io/phaen-file.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_PLAN_FILE (phaen_plan_file_get_type ())

G_DECLARE_FINAL_TYPE (PhaenPlanFile, phaen_plan_file, PHAEN, PLAN_FILE, GObject)

/*
 * Properties (read-only unless said):
 *   "plan"       PhaenPlan*  (construct-only)
 *   "file"       GFile*      where it is saved, NULL before the first save
 *   "modified"   boolean     unsaved changes since it was loaded or saved
 *   "saving"     boolean     a save is running
 *   "title"      string      organisation and fiscal year
 *   "subtitle"   string      edition and file name
 *   "draft-id"   string      name of its recovery file (autosave)
 */
PhaenPlanFile *phaen_plan_file_new          (PhaenPlan     *plan,
                                             GFile         *file,
                                             PhaenFileStamp  *stamp);
PhaenPlan     *phaen_plan_file_get_plan     (PhaenPlanFile *self);
GFile         *phaen_plan_file_get_file     (PhaenPlanFile *self);
gboolean       phaen_plan_file_get_modified (PhaenPlanFile *self);
gboolean       phaen_plan_file_get_saving   (PhaenPlanFile *self);
const char    *phaen_plan_file_get_title    (PhaenPlanFile *self);
const char    *phaen_plan_file_get_subtitle (PhaenPlanFile *self);
const char    *phaen_plan_file_get_draft_id (PhaenPlanFile *self);
void           phaen_plan_file_set_draft_id (PhaenPlanFile *self,
                                             const char    *draft_id);
/* A plan brought back from a recovery file: it counts as unsaved until
 * it is saved, and Save As proposes @original (never overwritten without
 * asking). */
void           phaen_plan_file_set_recovered (PhaenPlanFile *self,
                                              GFile         *original);
/* The file a restored plan came from (nullable). */
GFile         *phaen_plan_file_get_original (PhaenPlanFile *self);
/* Display name of the file ("แผน 2569.phaen") or "Unsaved plan". */
char          *phaen_plan_file_dup_display_name (PhaenPlanFile *self);

/* TRUE when @file (default: the plan's own file) is the one it was
 * loaded from or last saved to; FALSE when it changed on disk since, or
 * when another file is there. No file on disk gives TRUE. */
gboolean       phaen_plan_file_check_disk   (PhaenPlanFile *self,
                                             GFile         *file);

/* Saves to @file (NULL: the current file). Never blocks: the plan is
 * snapshot at the call and the user may keep editing. On success the
 * plan's saved point is the state at the call. */
void           phaen_plan_file_save_async   (PhaenPlanFile       *self,
                                             GFile               *file,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean       phaen_plan_file_save_finish  (PhaenPlanFile       *self,
                                             GAsyncResult        *result,
                                             GError             **error);

/* The title a plan shows anywhere (window, recent list, draft list):
 * "เทศบาลเมืองจันทนิมิต, fiscal year 2569". */
char          *phaen_plan_dup_title         (PhaenPlan     *plan);
/* "Original", "Addition no. 1", "Amendment no. 2" */
char          *phaen_plan_dup_edition_label (PhaenPlan     *plan);

G_END_DECLS
