/* phaen-print.h: printing the plan's document with the PDF's painter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_PRINT_OPERATION (phaen_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (PhaenPrintOperation, phaen_print_operation, PHAEN, PRINT_OPERATION, GtkPrintOperation)

/* Prints the document of @plan as it is now (a copy is laid out when
 * printing begins): A4, each page portrait or landscape as in the PDF. */
PhaenPrintOperation *phaen_print_operation_new (PhaenPlan *plan);

G_END_DECLS
