/* phaen-window-private.h: the window's insides, shared by phaen-window.c,
 * phaen-window-actions.c, phaen-window-export.c and phaen-window-support.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "phaen-ui-bridge.h"
#include "phaen-window.h"

#include "render/phaen-timeline-export.h"

G_BEGIN_DECLS

struct _PhaenWindow
{
  AdwApplicationWindow  parent_instance;

  /* template */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkWidget            *start_page;
  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  AdwViewStack         *view_stack;
  GtkPaned             *paned;
  GtkBox               *outline_box;
  GtkStack             *editor_stack;
  GtkToggleButton      *plan_nav;
  GtkToggleButton      *texts_nav;
  GtkToggleButton      *units_nav;
  GtkToggleButton      *editions_nav;
  GtkToggleButton      *signed_nav;
  GtkBox               *summary_box;
  GtkBox               *timeline_box;
  GtkDropDown          *timeline_grouping;
  GtkBox               *preview_box;
  GtkBox               *monitoring_box;
  GtkMenuButton        *problems_button;
  GtkLabel             *problems_badge;
  GtkImage             *problems_icon;
  GtkPopover           *problems_popover;
  GtkBox               *problems_box;
  GMenu                *undo_section;
  GMenuModel           *primary_menu;
  GMenuModel           *start_menu;
  GtkMenuButton        *menu_button;
  GtkMenuButton        *start_menu_button;
  GtkRevealer          *job_revealer;
  GtkLabel             *job_label;
  GtkProgressBar       *job_progress;
  GMenu                *app_section;
  GMenu                *start_app_section;

  /* views: the outline when a plan arrives, the others when first shown
   * or asked for (ensure_view() in phaen-window.c) */
  GtkWidget            *outline_view;
  GtkWidget            *plan_editor;
  GtkWidget            *texts_editor;
  GtkWidget            *units_editor;
  GtkWidget            *editions_editor;
  GtkWidget            *signed_page_editor;
  GtkWidget            *group_editor;
  GtkWidget            *project_editor;
  GtkWidget            *problems_list;
  GtkWidget            *summary_view;
  GtkWidget            *timeline_view;
  GtkWidget            *preview;
  GtkWidget            *monitoring_view;
  GtkWidget            *problems_empty;

  /* state */
  PhaenPlanFile        *plan_file;
  GSettings            *settings;
  GCancellable         *cancellable;
  AdwMessageDialog     *question;
  GCancellable         *job_cancellable;
  guint                 job_pulse;
  guint                 check_idle;
  guint                 warm_up_id;
  guint                 autosave_id;
  guint                 n_problems;
  guint                 closing_confirmed : 1;
  guint                 checking : 1;
  guint                 draft_saving : 1;
  guint                 forget_after_draft : 1;
  guint                 check_again : 1;
  guint                 navigating : 1;
  guint                 job_running : 1;
};

/* The parts of the window depend on each other in one direction:
 * phaen-window.c → phaen-window-actions.c → phaen-window-export.c →
 * phaen-window-support.c (and each of them on the support). */

/* phaen-window-support.c: the private API every part uses */
typedef struct
{
  const char *name;
  guint       fkey;
  guint       digit;
} PhaenWindowView;

#define PHAEN_WINDOW_N_VIEWS 5
extern const PhaenWindowView phaen_window_views[PHAEN_WINDOW_N_VIEWS];
/* The win.* actions of the outline (NULL-terminated). */
extern const char * const phaen_window_outline_actions[];

void phaen_window_update_actions     (PhaenWindow    *self);
void phaen_window_update_undo_menu   (PhaenWindow    *self);
void phaen_window_add_view_shortcuts (PhaenWindow    *self);
GFile *phaen_window_settings_folder  (PhaenWindow    *self,
                                      const char     *key);
void phaen_window_remember_folder    (PhaenWindow    *self,
                                      const char     *key,
                                      GFile          *file);
void phaen_window_show_error         (PhaenWindow    *self,
                                      const char     *heading,
                                      const GError   *error);
void phaen_window_ask                (PhaenWindow    *self,
                                      AdwMessageDialog *dialog);
/* Reads a file to import (at most PHAEN_LIMIT_FILE_BYTES); FALSE, the
 * reason shown, when it cannot be read. */
gboolean phaen_window_read_import_file (PhaenWindow  *self,
                                        GFile        *file,
                                        char        **contents,
                                        gsize        *length);
/* A chooser of the CSV file to import, in the folder of the last import. */
GtkFileChooserNative *phaen_window_import_chooser (PhaenWindow *self,
                                                   const char  *title);
/* A file refused with its problems listed by line. */
void phaen_window_show_import_problems (PhaenWindow  *self,
                                        GFile        *file,
                                        const GError *error);

/* phaen-window-actions.c */
void phaen_window_class_init_actions (GtkWidgetClass *widget_class);

/* phaen-window-export.c */
void phaen_window_choose_export_pdf  (PhaenWindow    *self);
void phaen_window_choose_export_csv  (PhaenWindow    *self);
void phaen_window_choose_export_timeline (PhaenWindow *self);
void phaen_window_choose_export_report (PhaenWindow  *self);
void phaen_window_choose_export_status (PhaenWindow  *self);
void phaen_window_choose_import_status (PhaenWindow  *self);
void phaen_window_print              (PhaenWindow    *self);
void phaen_window_cancel_job         (PhaenWindow    *self);

G_END_DECLS
