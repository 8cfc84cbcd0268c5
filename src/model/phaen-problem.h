/* phaen-problem.h: one thing that keeps a plan from being complete
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  /* Work not finished yet (a project without a unit, a strategy without a
   * name): a plan file keeps it, the printed document cannot have it. */
  PHAEN_PROBLEM_INCOMPLETE,
  /* Something no plan file can hold (two objects with one id, a reference
   * outside the plan, a negative amount, a text with a noncharacter, more
   * than the limits): saving refuses it. */
  PHAEN_PROBLEM_INVALID,
} PhaenProblemKind;

#define PHAEN_TYPE_PROBLEM_KIND (phaen_problem_kind_get_type ())
GType phaen_problem_kind_get_type (void) G_GNUC_CONST;

#define PHAEN_TYPE_PROBLEM (phaen_problem_get_type ())

G_DECLARE_FINAL_TYPE (PhaenProblem, phaen_problem, PHAEN, PROBLEM, GObject)

/* Properties (construct-only, read-only):
 *   "kind"      PhaenProblemKind
 *   "object"    GObject: the plan, or the strategy, approach, program,
 *               unit or project at fault
 *   "property"  string: the property of "object" to fix ("unit", "name",
 *               "budget", …), or NULL when the problem is not one field's
 *               (a plan with too many projects)
 *   "message"   string: a whole sentence in the user's language naming
 *               the object ("project p3 “…”: has no unit")
 */
PhaenProblem     *phaen_problem_new          (PhaenProblemKind  kind,
                                              gpointer          object,
                                              const char       *property,
                                              const char       *message);
PhaenProblemKind  phaen_problem_get_kind     (PhaenProblem     *self);
GObject          *phaen_problem_get_object   (PhaenProblem     *self);
const char       *phaen_problem_get_property (PhaenProblem     *self);
const char       *phaen_problem_get_message  (PhaenProblem     *self);

G_END_DECLS
