/* phaen-window.h: one window, one plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "phaen-plan-file.h"

#include "model/phaen-report.h"
#include "render/phaen-timeline-export.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_WINDOW (phaen_window_get_type ())

G_DECLARE_FINAL_TYPE (PhaenWindow, phaen_window, PHAEN, WINDOW, AdwApplicationWindow)

PhaenWindow   *phaen_window_new            (GtkApplication   *app);
/* Loads @file without blocking and shows it; errors in a dialog. */
void           phaen_window_open_file      (PhaenWindow      *self,
                                            GFile            *file);
/* Shows @plan (the window keeps a reference); @file may be NULL for a
 * plan never saved. */
void           phaen_window_set_plan       (PhaenWindow      *self,
                                            PhaenPlan        *plan,
                                            GFile            *file,
                                            PhaenFileStamp     *stamp);
PhaenPlan     *phaen_window_get_plan       (PhaenWindow      *self);
PhaenPlanFile *phaen_window_get_plan_file  (PhaenWindow      *self);
GFile         *phaen_window_get_file       (PhaenWindow      *self);
/* The window of @app showing @file, or NULL. */
PhaenWindow   *phaen_window_find           (GtkApplication   *app,
                                            GFile            *file);
/* A window of @app on its start page: an empty one already open, else a
 * new one. */
PhaenWindow   *phaen_window_get_empty      (GtkApplication   *app);
/* TRUE while the window shows its start page. */
gboolean       phaen_window_is_empty       (PhaenWindow      *self);

/* Closes the window, first asking Save / Discard / Cancel when the plan
 * has unsaved changes. Finishes TRUE when the window is gone, FALSE on
 * Cancel (or a failed save). */
void           phaen_window_close_async    (PhaenWindow        *self,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data);
gboolean       phaen_window_close_finish   (PhaenWindow        *self,
                                            GAsyncResult       *result);

/* Saves to @file (NULL: the plan's own file), asking first when the
 * file changed on disk. Finishes TRUE once saved. */
void           phaen_window_save_async     (PhaenWindow        *self,
                                            GFile              *file,
                                            GAsyncReadyCallback callback,
                                            gpointer            user_data);
gboolean       phaen_window_save_finish    (PhaenWindow        *self,
                                            GAsyncResult       *result,
                                            GError            **error);

/* The question the window is asking (unsaved changes, file changed on
 * disk, …) or NULL; for tests and for the app. */
AdwMessageDialog *phaen_window_get_question (PhaenWindow      *self);

/* Shows the form of @item (the plan, a unit, a strategy, approach,
 * program or project) and focuses the field of @property. */
gboolean       phaen_window_show_item      (PhaenWindow      *self,
                                            gpointer          item,
                                            const char       *property);
/* Writes the recovery file now if an edit waits for autosave, and returns
 * once it is on disk. */
void           phaen_window_autosave_now   (PhaenWindow      *self);
/* The start page, for tests. */
GtkWidget     *phaen_window_get_start_page (PhaenWindow      *self);

/* The number of problems listed (an unfinished plan). */
guint          phaen_window_get_n_problems (PhaenWindow      *self);
/* Brings the problems list and the summary up to date now (they
 * otherwise follow edits before the next frame). */
void           phaen_window_sync           (PhaenWindow      *self);
/* The views, for tests. */
GtkWidget     *phaen_window_get_outline_view   (PhaenWindow  *self);
GtkWidget     *phaen_window_get_project_editor (PhaenWindow  *self);
GtkWidget     *phaen_window_get_problems_list  (PhaenWindow  *self);
GtkWidget     *phaen_window_get_summary_view   (PhaenWindow  *self);
GtkWidget     *phaen_window_get_preview        (PhaenWindow  *self);
GtkWidget     *phaen_window_get_timeline_view  (PhaenWindow  *self);
GtkWidget     *phaen_window_get_monitoring_view (PhaenWindow *self);
/* The form @name ("plan", "texts", "units", "editions", "signed",
 * "group", "project"), made when first asked for; NULL without a plan. */
GtkWidget     *phaen_window_get_form           (PhaenWindow  *self,
                                                const char   *name);
/* Shows the form @name in the "edit" view. */
void           phaen_window_show_form          (PhaenWindow  *self,
                                                const char   *name);
/* Shows the view named "edit", "summary", "timeline", "preview" or
 * "monitoring". */
void           phaen_window_show_view          (PhaenWindow  *self,
                                                const char   *name);

/* Exports and imports without a file chooser (the menu items ask for the
 * file, then call these). Exports finish TRUE once the file is written. */
void           phaen_window_export_pdf_async (PhaenWindow        *self,
                                              GFile              *file,
                                              GAsyncReadyCallback callback,
                                              gpointer            user_data);
/* Document @which of a plan with editions (render's
 * phaen-edition-pages.h: 0 the plan as adopted, 1…n an edition's own
 * document, PHAEN_EDITION_DOCUMENT_CURRENT the consolidated plan, which
 * phaen_window_export_pdf_async() makes); finish with
 * phaen_window_export_finish(). */
void           phaen_window_export_edition_pdf_async (PhaenWindow        *self,
                                                      GFile              *file,
                                                      guint               which,
                                                      GAsyncReadyCallback callback,
                                                      gpointer            user_data);
gboolean       phaen_window_export_finish    (PhaenWindow        *self,
                                              GAsyncResult       *result,
                                              GError            **error);
/* The timeline as PDF, SVG or PNG (from the name's extension), with the
 * outline's search and filters and a today line; finish with
 * phaen_window_export_finish(). */
void           phaen_window_export_timeline_async (PhaenWindow          *self,
                                                   GFile                *file,
                                                   PhaenTimelinePaper    paper,
                                                   PhaenTimelineGroupBy  group_by,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
/* The monitoring report of @round as PDF; finish with
 * phaen_window_export_finish(). */
void           phaen_window_export_report_async (PhaenWindow        *self,
                                                 GFile              *file,
                                                 PhaenReportRound    round,
                                                 GAsyncReadyCallback callback,
                                                 gpointer            user_data);
/* The status template the units fill in (io's phaen_status_csv_export). */
gboolean       phaen_window_export_status    (PhaenWindow        *self,
                                              GFile              *file,
                                              GError            **error);
/* Reads a filled-in status file into the plan as one undo step; a
 * refused file changes nothing and lists its problems by line in a
 * dialog (phaen_window_get_question). */
gboolean       phaen_window_import_status    (PhaenWindow        *self,
                                              GFile              *file);
gboolean       phaen_window_export_csv       (PhaenWindow        *self,
                                              GFile              *file,
                                              GError            **error);
/* Reads @file into the open plan (@into, one undo step) or a new plan in
 * this or another window. A refused file leaves everything as it was and
 * lists its problems by line in a dialog (phaen_window_get_question). */
gboolean       phaen_window_import_csv       (PhaenWindow        *self,
                                              GFile              *file,
                                              gboolean            into);

/* Shows a short message at the bottom of the window. */
void           phaen_window_toast          (PhaenWindow      *self,
                                            const char       *message);

G_END_DECLS
