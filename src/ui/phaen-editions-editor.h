/* phaen-editions-editor.h: the additions and amendments of the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_EDITIONS_EDITOR (phaen_editions_editor_get_type ())

G_DECLARE_FINAL_TYPE (PhaenEditionsEditor, phaen_editions_editor, PHAEN, EDITIONS_EDITOR, GtkWidget)

/*
 * Actions (on the widget):
 *   editions.start   starts an edition of the kind and number in the form
 *   editions.adopt   adopts the open edition on the date in the form
 *   editions.remove  removes the open edition (when it changes nothing)
 * Each is one undoable step of the plan. A refusal is shown in the form
 * (phaen_editions_editor_get_message()); a success is said through the
 * "message" signal (the window shows it as a toast).
 */
GtkWidget  *phaen_editions_editor_new         (void);
void        phaen_editions_editor_set_plan    (PhaenEditionsEditor *self,
                                               PhaenPlan           *plan);
/* The refusal shown in the form, or NULL. */
const char *phaen_editions_editor_get_message (PhaenEditionsEditor *self);
/* The rows of the list: the plan as adopted, then each edition. */
guint       phaen_editions_editor_get_n_rows  (PhaenEditionsEditor *self);
/* The title and subtitle of list row @index, for tests. */
const char *phaen_editions_editor_get_row_text (PhaenEditionsEditor *self,
                                                guint                index,
                                                gboolean             subtitle);

G_END_DECLS
