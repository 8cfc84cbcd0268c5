/* phaen-emblem.h: the emblems a plan carries: the Garuda (ตราครุฑ) above
 * the announcement's heading, the organisation's seal on the cover
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Phaen cannot ship these images: the officer chooses them once (PNG,
 * JPEG or SVG) and they are embedded in the plan file, so that the plan
 * stays one self-contained file. The model keeps the bytes of the file as
 * they were chosen (the plan's GBytes properties "garuda-emblem" and
 * "seal-emblem", NULL for none) and checks what it can without decoding:
 * the size, the kind of image and, for PNG and JPEG, the dimensions in
 * the header. The renderer decodes them (phaen-emblem-image.h), which is
 * the full check; phaen_emblem_load_file() there reads a file the officer
 * chose and does both.
 */
#pragma once

#include <glib-object.h>


G_BEGIN_DECLS

typedef enum
{
  PHAEN_EMBLEM_GARUDA,   /* ตราครุฑ, centred above the announcement's heading */
  PHAEN_EMBLEM_SEAL,     /* the organisation's seal, on the cover */
} PhaenEmblemKind;

#define PHAEN_EMBLEM_N_KINDS 2

typedef enum
{
  PHAEN_IMAGE_FORMAT_UNKNOWN,
  PHAEN_IMAGE_FORMAT_PNG,
  PHAEN_IMAGE_FORMAT_JPEG,
  PHAEN_IMAGE_FORMAT_SVG,
} PhaenImageFormat;

/* The plan's property of @kind: "garuda-emblem", "seal-emblem". */
const char      *phaen_emblem_kind_property        (PhaenEmblemKind   kind);
/* File keywords: "garuda", "seal". */
const char      *phaen_emblem_kind_to_string       (PhaenEmblemKind   kind);
gboolean         phaen_emblem_kind_from_string     (const char       *text,
                                                    PhaenEmblemKind  *out);
/* The app's name of it, in the user's language ("Garuda emblem"). */
const char      *phaen_emblem_kind_get_label       (PhaenEmblemKind   kind);

/* The kind of image @data holds, from its first bytes (PNG and JPEG
 * signatures; an SVG document's <svg element, after an optional XML
 * declaration, comments and white space). */
PhaenImageFormat phaen_image_format_sniff          (GBytes           *data);
/* "image/png", "image/jpeg", "image/svg+xml"; NULL for UNKNOWN. */
const char      *phaen_image_format_media_type     (PhaenImageFormat  format);
gboolean         phaen_image_format_from_media_type (const char      *media_type,
                                                    PhaenImageFormat *out);

/* Reads the width and height in pixels that the header of a PNG or JPEG
 * declares. FALSE for other formats or a header it cannot read. */
gboolean         phaen_image_header_size           (GBytes           *data,
                                                    guint            *width,
                                                    guint            *height);

/* Checks @data as an emblem without decoding it: at most
 * PHAEN_LIMIT_EMBLEM_BYTES, a PNG, JPEG or SVG image, and for PNG and
 * JPEG a header whose dimensions are within PHAEN_LIMIT_EMBLEM_PIXELS and
 * PHAEN_LIMIT_EMBLEM_ASPECT. @name (the file's name, nullable) starts
 * the message: “garuda.png: …”. Gives the format in @format (nullable).
 * Fails with PHAEN_MODEL_ERROR_INVALID. */
gboolean         phaen_emblem_check                (GBytes           *data,
                                                    const char       *name,
                                                    PhaenImageFormat *format,
                                                    GError          **error);
/* The size part of the check, for a file not read yet. */
gboolean         phaen_emblem_check_length         (guint64           length,
                                                    const char       *name,
                                                    GError          **error);
/* The same for decoded dimensions (the renderer calls it). */
gboolean         phaen_emblem_check_size           (guint             width,
                                                    guint             height,
                                                    const char       *name,
                                                    GError          **error);

G_END_DECLS
