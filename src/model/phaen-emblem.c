/* phaen-emblem.c: the emblems a plan carries, checked without decoding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-emblem.h"
#include "phaen-limits.h"
#include "phaen-model-error.h"

static const struct {
  const char *property;
  const char *keyword;
  const char *label;
} kinds[PHAEN_EMBLEM_N_KINDS] = {
  { "garuda-emblem", "garuda", N_("Garuda emblem") },
  { "seal-emblem", "seal", N_("Seal of the organisation") },
};

const char *
phaen_emblem_kind_property (PhaenEmblemKind kind)
{
  g_return_val_if_fail ((guint) kind < PHAEN_EMBLEM_N_KINDS, NULL);

  return kinds[kind].property;
}

const char *
phaen_emblem_kind_to_string (PhaenEmblemKind kind)
{
  g_return_val_if_fail ((guint) kind < PHAEN_EMBLEM_N_KINDS, NULL);

  return kinds[kind].keyword;
}

gboolean
phaen_emblem_kind_from_string (const char      *text,
                               PhaenEmblemKind *out)
{
  for (guint i = 0; text != NULL && i < PHAEN_EMBLEM_N_KINDS; i++)
    if (strcmp (text, kinds[i].keyword) == 0)
      {
        *out = (PhaenEmblemKind) i;
        return TRUE;
      }

  return FALSE;
}

const char *
phaen_emblem_kind_get_label (PhaenEmblemKind kind)
{
  g_return_val_if_fail ((guint) kind < PHAEN_EMBLEM_N_KINDS, NULL);

  return _(kinds[kind].label);
}

/* ---- Formats ------------------------------------------------------------- */

static const guint8 png_signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

static const struct {
  PhaenImageFormat  format;
  const char       *media_type;
} media_types[] = {
  { PHAEN_IMAGE_FORMAT_PNG, "image/png" },
  { PHAEN_IMAGE_FORMAT_JPEG, "image/jpeg" },
  { PHAEN_IMAGE_FORMAT_SVG, "image/svg+xml" },
};

const char *
phaen_image_format_media_type (PhaenImageFormat format)
{
  for (guint i = 0; i < G_N_ELEMENTS (media_types); i++)
    if (media_types[i].format == format)
      return media_types[i].media_type;

  return NULL;
}

gboolean
phaen_image_format_from_media_type (const char       *media_type,
                                    PhaenImageFormat *out)
{
  for (guint i = 0; media_type != NULL && i < G_N_ELEMENTS (media_types); i++)
    if (strcmp (media_type, media_types[i].media_type) == 0)
      {
        *out = media_types[i].format;
        return TRUE;
      }

  return FALSE;
}

/* Skips what may come before an SVG document's root element: a byte
 * order mark, white space, the XML declaration, comments. */
static const char *
skip_prolog (const char *p,
             const char *end)
{
  if (end - p >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;

  for (;;)
    {
      const char *close;

      while (p < end && g_ascii_isspace (*p))
        p++;
      if (end - p >= 5 && memcmp (p, "<?xml", 5) == 0)
        close = g_strstr_len (p, end - p, "?>");
      else if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        close = g_strstr_len (p, end - p, "-->");
      else
        return p;
      if (close == NULL)
        return end;
      p = close + (close[0] == '?' ? 2 : 3);
    }
}

PhaenImageFormat
phaen_image_format_sniff (GBytes *data)
{
  gsize length;
  const guint8 *bytes;
  const char *p, *end;

  g_return_val_if_fail (data != NULL, PHAEN_IMAGE_FORMAT_UNKNOWN);

  bytes = g_bytes_get_data (data, &length);
  if (length >= sizeof png_signature && memcmp (bytes, png_signature, sizeof png_signature) == 0)
    return PHAEN_IMAGE_FORMAT_PNG;
  if (length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
    return PHAEN_IMAGE_FORMAT_JPEG;

  p = (const char *) bytes;
  end = p + length;
  p = skip_prolog (p, end);
  if (end - p >= 5 && memcmp (p, "<svg", 4) == 0 &&
      (g_ascii_isspace (p[4]) || p[4] == '>' || p[4] == '/'))
    return PHAEN_IMAGE_FORMAT_SVG;

  return PHAEN_IMAGE_FORMAT_UNKNOWN;
}

static guint
read_be16 (const guint8 *p)
{
  return ((guint) p[0] << 8) | p[1];
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* The frame header (SOF) of a JPEG, found by walking its segments. */
static gboolean
jpeg_size (const guint8 *bytes,
           gsize         length,
           guint        *width,
           guint        *height)
{
  gsize i = 2;

  while (i + 4 <= length)
    {
      guint marker, segment;

      if (bytes[i] != 0xFF)
        return FALSE;
      while (i < length && bytes[i] == 0xFF)
        i++;
      if (i >= length)
        return FALSE;
      marker = bytes[i++];

      /* Markers without a length. */
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
        continue;
      if (marker == 0xD9 || marker == 0xDA || i + 2 > length)
        return FALSE;

      segment = read_be16 (bytes + i);
      if (segment < 2 || i + segment > length)
        return FALSE;

      /* Start of frame: every SOFn but DHT (C4), JPG (C8) and DAC (CC). */
      if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
        {
          if (segment < 7)
            return FALSE;
          *height = read_be16 (bytes + i + 3);
          *width = read_be16 (bytes + i + 5);
          return TRUE;
        }

      i += segment;
    }

  return FALSE;
}

gboolean
phaen_image_header_size (GBytes *data,
                         guint  *width,
                         guint  *height)
{
  gsize length;
  const guint8 *bytes;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (width != NULL && height != NULL, FALSE);

  bytes = g_bytes_get_data (data, &length);
  switch (phaen_image_format_sniff (data))
    {
    case PHAEN_IMAGE_FORMAT_PNG:
      /* The first chunk is IHDR: length, type, width, height. */
      if (length < 24 || memcmp (bytes + 12, "IHDR", 4) != 0)
        return FALSE;
      *width = read_be32 (bytes + 16);
      *height = read_be32 (bytes + 20);
      return TRUE;

    case PHAEN_IMAGE_FORMAT_JPEG:
      return jpeg_size (bytes, length, width, height);

    case PHAEN_IMAGE_FORMAT_SVG:
    case PHAEN_IMAGE_FORMAT_UNKNOWN:
    default:
      return FALSE;
    }
}

/* "garuda.png: " or "" */
static char *
prefix_of (const char *name)
{
  return name != NULL && *name != '\0' ? g_strdup_printf ("%s: ", name) : g_strdup ("");
}

gboolean
phaen_emblem_check_size (guint        width,
                         guint        height,
                         const char  *name,
                         GError     **error)
{
  g_autofree char *prefix = prefix_of (name);
  guint longer = MAX (width, height);
  guint shorter = MIN (width, height);

  if (shorter == 0 || longer > PHAEN_LIMIT_EMBLEM_PIXELS)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("%sthe image is %u × %u pixels; an emblem has at most %d pixels a side"),
                   prefix, width, height, PHAEN_LIMIT_EMBLEM_PIXELS);
      return FALSE;
    }
  if (longer > (guint) PHAEN_LIMIT_EMBLEM_ASPECT * shorter)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("%sthe image is %u × %u pixels, a strip rather than an emblem (one side more than %d times the other)"),
                   prefix, width, height, PHAEN_LIMIT_EMBLEM_ASPECT);
      return FALSE;
    }

  return TRUE;
}

gboolean
phaen_emblem_check_length (guint64      length,
                           const char  *name,
                           GError     **error)
{
  g_autofree char *prefix = prefix_of (name);
  g_autofree char *size = NULL;
  g_autofree char *limit = NULL;

  if (length <= PHAEN_LIMIT_EMBLEM_BYTES)
    return TRUE;

  /* In bytes when the two would read the same ("2.0 MB"). */
  size = g_format_size (length);
  limit = g_format_size (PHAEN_LIMIT_EMBLEM_BYTES);
  if (strcmp (size, limit) == 0)
    {
      g_free (size);
      g_free (limit);
      size = g_format_size_full (length, G_FORMAT_SIZE_LONG_FORMAT);
      limit = g_format_size_full (PHAEN_LIMIT_EMBLEM_BYTES, G_FORMAT_SIZE_LONG_FORMAT);
    }

  g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
               _("%sthe image is %s; an emblem may be at most %s"), prefix, size, limit);
  return FALSE;
}

gboolean
phaen_emblem_check (GBytes            *data,
                    const char        *name,
                    PhaenImageFormat  *format,
                    GError           **error)
{
  g_autofree char *prefix = prefix_of (name);
  PhaenImageFormat sniffed;
  gsize length;
  guint width = 0, height = 0;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  length = g_bytes_get_size (data);
  if (!phaen_emblem_check_length (length, name, error))
    return FALSE;

  sniffed = phaen_image_format_sniff (data);
  if (sniffed == PHAEN_IMAGE_FORMAT_UNKNOWN)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("%snot an image Phaen can print: choose a PNG, JPEG or SVG file"), prefix);
      return FALSE;
    }

  if (sniffed == PHAEN_IMAGE_FORMAT_SVG)
    {
      /* Entity declarations are what entity bombs are made of; emblems
       * drawn by any editor do without them. */
      if (g_strstr_len (g_bytes_get_data (data, NULL), length, "<!ENTITY") != NULL)
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("%sthe SVG declares entities, which Phaen does not accept in an emblem"), prefix);
          return FALSE;
        }
    }
  else
    {
      if (!phaen_image_header_size (data, &width, &height))
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("%sthe %s image is damaged: its size cannot be read"),
                       prefix, sniffed == PHAEN_IMAGE_FORMAT_PNG ? "PNG" : "JPEG");
          return FALSE;
        }
      if (!phaen_emblem_check_size (width, height, name, error))
        return FALSE;
    }

  if (format != NULL)
    *format = sniffed;
  return TRUE;
}
