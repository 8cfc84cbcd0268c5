/* phaen-model-error.h: the model layer's error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PHAEN_MODEL_ERROR (phaen_model_error_quark ())

typedef enum
{
  PHAEN_MODEL_ERROR_INVALID_AMOUNT,
  PHAEN_MODEL_ERROR_INVALID_SCHEDULE,
  PHAEN_MODEL_ERROR_INVALID_DATE,
  PHAEN_MODEL_ERROR_IN_USE,
  PHAEN_MODEL_ERROR_INVALID,
  /* text a plan cannot hold (phaen_text_check()) */
  PHAEN_MODEL_ERROR_INVALID_TEXT,
  /* the plan has adopted additions or amendments: the change needs a new
   * one, or the edition is adopted already (phaen-edition.h) */
  PHAEN_MODEL_ERROR_ADOPTED,
} PhaenModelError;

GQuark phaen_model_error_quark (void);

G_END_DECLS
