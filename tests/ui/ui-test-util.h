/* ui-test-util.h: helpers shared by the display tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

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

/* Makes the isolated XDG folders of the running test. */
void       ui_test_make_dirs     (void);

G_END_DECLS
