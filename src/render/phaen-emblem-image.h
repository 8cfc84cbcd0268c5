/* phaen-emblem-image.h: an emblem decoded for painting (the Garuda above
 * the announcement, the organisation's seal on the cover)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PNG is decoded by cairo; JPEG by gdk-pixbuf, and the PDF embeds the
 * JPEG file itself (cairo_surface_set_mime_data), not its pixels; SVG by
 * librsvg into a cairo recording surface, so that it is drawn as vectors
 * on every page and in the PDF. An image, once made, is never changed:
 * pages of any thread may share it. No GTK.
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "model/phaen-emblem.h"

G_BEGIN_DECLS

/* Where the emblems go (millimetres): the Garuda centred above the
 * announcement's heading, its top this far from the sheet's top edge, as
 * tall as official announcements print it; the seal centred above the
 * cover's title. An image wider than tall is scaled down to at most half
 * the text's width. */
#define PHAEN_EMBLEM_GARUDA_TOP_MM    15.0
#define PHAEN_EMBLEM_GARUDA_HEIGHT_MM 30.0
#define PHAEN_EMBLEM_GARUDA_GAP_MM     4.0   /* down to the heading */
#define PHAEN_EMBLEM_SEAL_HEIGHT_MM   35.0
#define PHAEN_EMBLEM_SEAL_GAP_MM       8.0   /* down to the title */

#define PHAEN_TYPE_EMBLEM_IMAGE (phaen_emblem_image_get_type ())

G_DECLARE_FINAL_TYPE (PhaenEmblemImage, phaen_emblem_image, PHAEN, EMBLEM_IMAGE, GObject)

/* Decodes @data: first phaen_emblem_check() (size, kind, declared
 * dimensions), then the image itself, whose dimensions are checked again
 * (phaen_emblem_check_size()). @name (nullable) starts the messages.
 * Fails with PHAEN_MODEL_ERROR_INVALID or PHAEN_RENDER_ERROR_IMAGE. */
PhaenEmblemImage *phaen_emblem_image_new        (GBytes            *data,
                                                 const char        *name,
                                                 GError           **error);

PhaenImageFormat  phaen_emblem_image_get_format (PhaenEmblemImage  *self);
/* The image's own size in pixels (an SVG's in CSS pixels): its aspect. */
void              phaen_emblem_image_get_size   (PhaenEmblemImage  *self,
                                                 double            *width,
                                                 double            *height);
/* Paints the whole image into the rectangle @x, @y, @width × @height of
 * @cr's user space (points on a page). */
void              phaen_emblem_image_paint      (PhaenEmblemImage  *self,
                                                 cairo_t           *cr,
                                                 double             x,
                                                 double             y,
                                                 double             width,
                                                 double             height);

/* Reads the image file an officer chose and checks it whole: its size
 * before reading it (at most PHAEN_LIMIT_EMBLEM_BYTES), its kind, its
 * dimensions, and that it decodes. Returns its bytes, for
 * phaen_plan_edit_set_emblem(); errors name the file. */
GBytes           *phaen_emblem_load_file        (GFile             *file,
                                                 GCancellable      *cancellable,
                                                 GError           **error);

G_END_DECLS
