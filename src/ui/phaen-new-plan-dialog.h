/* phaen-new-plan-dialog.h: the questions asked before a new plan starts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_NEW_PLAN_DIALOG (phaen_new_plan_dialog_get_type ())

G_DECLARE_FINAL_TYPE (PhaenNewPlanDialog, phaen_new_plan_dialog, PHAEN, NEW_PLAN_DIALOG, AdwWindow)

/* Signal "create" (PhaenPlan *plan): the user pressed Create; the dialog
 * closes itself afterwards. */
PhaenNewPlanDialog *phaen_new_plan_dialog_new          (GtkWindow          *parent);
/* A plan from the answers so far, with Phaen's default texts. */
PhaenPlan          *phaen_new_plan_dialog_build_plan   (PhaenNewPlanDialog *self);
void                phaen_new_plan_dialog_set_organisation (PhaenNewPlanDialog *self,
                                                            const char         *name);
/* The fiscal year a plan made today is for: the one that starts on the
 * coming 1 October, or the one that began on the last 1 October while it
 * is still October–December (when plans are prepared). */
guint               phaen_new_plan_default_fiscal_year (GDateTime          *now);

G_END_DECLS
