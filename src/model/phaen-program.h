/* phaen-program.h: แผนงาน (program), standard catalogue entry or custom
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "phaen-item.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_PROGRAM (phaen_program_get_type ())

G_DECLARE_FINAL_TYPE (PhaenProgram, phaen_program, PHAEN, PROGRAM, PhaenItem)

/* Properties (from PhaenItem): "id" (string, stable within a file), "name" (string) */
PhaenProgram *phaen_program_new      (const char *id,
                                  const char *name);
PHAEN_ITEM_DECLARE_ACCESSORS (PhaenProgram, phaen_program)
/* "standard": TRUE for the twelve built-in programs */
gboolean    phaen_program_get_standard (PhaenProgram *self);
void        phaen_program_set_standard (PhaenProgram *self,
                                        gboolean      standard);

/* The standard catalogue, in its official order (12 entries). */
const char * const *phaen_program_standard_names (void);

G_END_DECLS
