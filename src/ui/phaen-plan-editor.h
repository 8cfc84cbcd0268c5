/* phaen-plan-editor.h: the form of the plan's settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_PLAN_EDITOR (phaen_plan_editor_get_type ())

G_DECLARE_FINAL_TYPE (PhaenPlanEditor, phaen_plan_editor, PHAEN, PLAN_EDITOR, GtkWidget)

GtkWidget *phaen_plan_editor_new            (void);
void       phaen_plan_editor_set_plan       (PhaenPlanEditor *self,
                                             PhaenPlan       *plan);
gboolean   phaen_plan_editor_focus_property (PhaenPlanEditor *self,
                                             const char      *property);

G_END_DECLS
