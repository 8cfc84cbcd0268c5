/* phaen-project-editor.h: the form of one project or equipment item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_PROJECT_EDITOR (phaen_project_editor_get_type ())

G_DECLARE_FINAL_TYPE (PhaenProjectEditor, phaen_project_editor, PHAEN, PROJECT_EDITOR, GtkWidget)

GtkWidget    *phaen_project_editor_new            (void);
void          phaen_project_editor_set_project    (PhaenProjectEditor *self,
                                                   PhaenPlan          *plan,
                                                   PhaenProject       *project);
PhaenProject *phaen_project_editor_get_project    (PhaenProjectEditor *self);
/* Puts the keyboard focus on the field of @property ("name", "budget",
 * "unit", …); FALSE when the form has no such field. */
gboolean      phaen_project_editor_focus_property (PhaenProjectEditor *self,
                                                   const char         *property);
/* The widget of @property, for tests. */
GtkWidget    *phaen_project_editor_get_field      (PhaenProjectEditor *self,
                                                   const char         *property);

G_END_DECLS
