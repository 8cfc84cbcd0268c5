/* phaen-units-editor.h: the plan's catalogue of responsible units
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_UNITS_EDITOR (phaen_units_editor_get_type ())

G_DECLARE_FINAL_TYPE (PhaenUnitsEditor, phaen_units_editor, PHAEN, UNITS_EDITOR, GtkWidget)

/* Signal "message" (const char *): an edit was refused (a unit in use). */
GtkWidget *phaen_units_editor_new        (void);
void       phaen_units_editor_set_plan   (PhaenUnitsEditor *self,
                                          PhaenPlan        *plan);
/* Focuses the name of @unit; FALSE when it is not listed. */
gboolean   phaen_units_editor_focus_unit (PhaenUnitsEditor *self,
                                          PhaenUnit        *unit);

G_END_DECLS
