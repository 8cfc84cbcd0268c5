/* phaen-texts-editor.h: the announcement, foreword and Part 1 texts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_TEXTS_EDITOR (phaen_texts_editor_get_type ())

G_DECLARE_FINAL_TYPE (PhaenTextsEditor, phaen_texts_editor, PHAEN, TEXTS_EDITOR, GtkWidget)

GtkWidget *phaen_texts_editor_new            (void);
void       phaen_texts_editor_set_plan       (PhaenTextsEditor *self,
                                              PhaenPlan        *plan);
gboolean   phaen_texts_editor_focus_property (PhaenTextsEditor *self,
                                              const char       *property);

G_END_DECLS
