/* phaen-group-editor.h: the form of a strategy, approach or program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_GROUP_EDITOR (phaen_group_editor_get_type ())

G_DECLARE_FINAL_TYPE (PhaenGroupEditor, phaen_group_editor, PHAEN, GROUP_EDITOR, GtkWidget)

/* Signal "approach-added" (PhaenApproach *): for the window to select it. */
GtkWidget *phaen_group_editor_new            (void);
/* @item: a PhaenStrategy, PhaenApproach or PhaenProgram of @plan. */
void       phaen_group_editor_set_item       (PhaenGroupEditor *self,
                                              PhaenPlan        *plan,
                                              gpointer          item);
gboolean   phaen_group_editor_focus_property (PhaenGroupEditor *self,
                                              const char       *property);

G_END_DECLS
