/* phaen-csv.h: the CSV interchange format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/phaen-plan.h"

G_BEGIN_DECLS

/* Reads projects from CSV bytes (UTF-8 with/without BOM, or Windows-874 /
 * TIS-620; comma or semicolon; LF or CRLF; RFC 4180 quoting) into @plan:
 * strategies, approaches, programs and units are found by name or created
 * in order of first appearance; projects are appended in file order.
 *
 * All or nothing: on any error @plan is left exactly as it was and the
 * error message lists every problem, one per line, each
 * "FILENAME:LINE: column: message" (LINE = physical line where the record
 * starts). */
gboolean phaen_csv_import (PhaenPlan   *plan,
                           const char  *data,
                           gsize        length,
                           const char  *filename,
                           GError     **error);

/* phaen_csv_import() into a plan open in the app: all or nothing, as ONE
 * undoable step (phaen_plan_edit_append_from(): strategies, approaches,
 * programs and units matched by name, new ones and the projects added at
 * the end), one "changed". The limits count what @plan already holds.
 * Inside an open edition the projects are its additions; a plan with
 * adopted editions and none open refuses them (PHAEN_MODEL_ERROR_ADOPTED,
 * model/phaen-edition.h). */
gboolean phaen_csv_import_into (PhaenPlan   *plan,
                                const char  *data,
                                gsize        length,
                                const char  *filename,
                                GError     **error);

/* The interchange CSV of @plan: header with English keys, projects in
 * group order, amounts plain, months canonical Thai, LF line ends, UTF-8
 * without BOM. */
GBytes  *phaen_csv_export (PhaenPlan   *plan);

G_END_DECLS
