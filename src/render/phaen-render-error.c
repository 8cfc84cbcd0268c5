/* phaen-render-error.c: the render layer's error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "phaen-render-error.h"

G_DEFINE_QUARK (phaen-render-error-quark, phaen_render_error)
