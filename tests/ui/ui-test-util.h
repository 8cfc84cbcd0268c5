/* ui-test-util.h: helpers shared by the display tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "phaen-application.h"
#include "phaen-window.h"

G_BEGIN_DECLS

/* g_test_init + adw_init; GTK warnings and criticals abort the test. */
void      ui_test_init           (int      *argc,
                                  char   ***argv);
/* Runs the main loop until *@flag is TRUE or @timeout_ms passed; FALSE on
 * timeout. */
gboolean  ui_test_wait           (gboolean *flag,
                                  guint     timeout_ms);
/* Runs the main loop for @ms milliseconds. */
void      ui_test_spin           (guint     ms);
/* The sample plan shipped in data/samples. */
GFile    *ui_test_sample_file    (void);
/* Lets pending work run until the main context is idle. */
void      ui_test_flush          (void);
/* The first descendant of @root of @type (depth first), or NULL. */
GtkWidget *ui_test_find_widget   (GtkWidget *root,
                                  GType      type,
                                  const char *name);

/* Sets *@gone to FALSE, and to TRUE once @object is finalized. */
void       ui_test_watch_finalize (gpointer  object,
                                   gboolean *gone);

/* Makes the isolated XDG folders of the running test. */
void       ui_test_make_dirs     (void);

/* The fixture most display tests share: an application, a window with
 * the sample plan open and a temporary folder, all removed again. */
typedef struct
{
  PhaenApplication *app;
  PhaenWindow      *window;
  PhaenPlan        *plan;
  char             *dir;
} UiTestWindow;

/* Opens the sample plan in a new, shown window. */
void       ui_test_window_set_up    (UiTestWindow  *f,
                                     gconstpointer  data);
/* Destroys the window (and checks it goes), the application and the
 * temporary folder. */
void       ui_test_window_tear_down (UiTestWindow  *f,
                                     gconstpointer  data);
/* Shows the form @name of the window ("editions", "signed", …), lets it
 * be drawn and returns it. */
GtkWidget *ui_test_window_show_form (UiTestWindow  *f,
                                     const char    *name);
/* Activates @action of @widget (it must exist) with @parameter (may be
 * NULL; floating references are sunk) and lets its work run. */
void       ui_test_activate         (gpointer       widget,
                                     const char    *action,
                                     GVariant      *parameter);
/* Project @index of @plan's list (borrowed: the plan keeps it). */
PhaenProject *ui_test_project_at    (PhaenPlan     *plan,
                                     guint          index);
/* A file named @name in the fixture's folder. */
GFile     *ui_test_window_file      (UiTestWindow  *f,
                                     const char    *name);

G_END_DECLS
