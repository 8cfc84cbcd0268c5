/* phaen-help.h: opening the user guide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Pages of the guide (the .page files of help/th) the app links to. */
#define PHAEN_HELP_PAGE_NEW_PLAN   "new-plan"
#define PHAEN_HELP_PAGE_IMPORT_CSV "import-csv"
#define PHAEN_HELP_PAGE_PROJECTS   "projects"
#define PHAEN_HELP_PAGE_PROBLEMS   "problems"
#define PHAEN_HELP_PAGE_SUMMARY    "summary"
#define PHAEN_HELP_PAGE_PREVIEW    "preview"
#define PHAEN_HELP_PAGE_EXPORT     "export-print"
#define PHAEN_HELP_PAGE_EMBLEMS    "emblems"
#define PHAEN_HELP_PAGE_RECOVERY   "recovery"

/* Opens @page of the user guide (NULL: its start page) in the help viewer
 * (help:phaen/PAGE), or as HTML in the web browser when no help viewer is
 * installed or the app runs in Flatpak; explains in a dialog over @parent
 * (nullable) when neither is possible. What F1 and the menu's Help call. */
void  phaen_show_help    (GtkWindow  *parent,
                          const char *page);

/* The address phaen_show_help() would open for @page, or NULL when the
 * guide cannot be shown. */
char *phaen_help_get_uri (const char *page);

G_END_DECLS
