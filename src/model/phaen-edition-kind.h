/* phaen-edition-kind.h: what a plan document is: the adopted plan, an
 * addition or an amendment (a leaf, for the plan and its editions)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  PHAEN_EDITION_ORIGINAL,
  PHAEN_EDITION_ADDITION,    /* เพิ่มเติม ครั้งที่ n */
  PHAEN_EDITION_AMENDMENT,   /* แก้ไข ครั้งที่ n */
} PhaenEditionKind;

/* Its GEnum (phaen-plan-enums.c); nicks "original", "addition", "amendment". */
#define PHAEN_TYPE_EDITION_KIND (phaen_edition_kind_get_type ())
GType phaen_edition_kind_get_type (void) G_GNUC_CONST;

G_END_DECLS
