/* phaen-render-error.h: the render layer's error domain (a leaf, so that
 * every part of the layer can report errors without the whole of it)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PHAEN_RENDER_ERROR (phaen_render_error_quark ())

typedef enum
{
  PHAEN_RENDER_ERROR_FAILED,
  PHAEN_RENDER_ERROR_FONT,
  PHAEN_RENDER_ERROR_IMAGE,   /* an emblem that cannot be decoded */
} PhaenRenderError;

GQuark phaen_render_error_quark (void);

G_END_DECLS
