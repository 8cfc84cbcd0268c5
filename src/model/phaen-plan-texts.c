/* phaen-plan-texts.c: the default Thai texts of a new plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "phaen-plan.h"

void
phaen_plan_fill_default_texts (PhaenPlan *self)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));
}
