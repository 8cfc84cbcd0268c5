/* phaen-model-error.c: the model layer's error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include "phaen-model-error.h"

G_DEFINE_QUARK (phaen-model-error-quark, phaen_model_error)
