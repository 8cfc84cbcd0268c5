/* phaen-emblem-image.c: an emblem decoded for painting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n.h>
#include <librsvg/rsvg.h>

#include "model/phaen-limits.h"
#include "model/phaen-model-error.h"
#include "phaen-emblem-image.h"
#include "phaen-render-error.h"

struct _PhaenEmblemImage
{
  GObject           parent_instance;

  PhaenImageFormat  format;
  double            width;     /* pixels */
  double            height;
  /* An image surface (PNG, JPEG with its file as mime data) or a
   * recording surface of the SVG's drawing. */
  cairo_surface_t  *surface;
};

G_DEFINE_FINAL_TYPE (PhaenEmblemImage, phaen_emblem_image, G_TYPE_OBJECT)

static void
phaen_emblem_image_finalize (GObject *object)
{
  PhaenEmblemImage *self = (PhaenEmblemImage *) object;

  g_clear_pointer (&self->surface, cairo_surface_destroy);

  G_OBJECT_CLASS (phaen_emblem_image_parent_class)->finalize (object);
}

static void
phaen_emblem_image_class_init (PhaenEmblemImageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phaen_emblem_image_finalize;
}

static void
phaen_emblem_image_init (PhaenEmblemImage *self)
{
}

/* "garuda.png: " or "" */
static char *
prefix_of (const char *name)
{
  return name != NULL && *name != '\0' ? g_strdup_printf ("%s: ", name) : g_strdup ("");
}

static void
set_damaged (GError     **error,
             const char  *name,
             const char  *format,
             const char  *detail)
{
  g_autofree char *prefix = prefix_of (name);

  if (detail != NULL)
    g_set_error (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_IMAGE,
                 _("%sthe %s image cannot be read (%s)"), prefix, format, detail);
  else
    g_set_error (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_IMAGE,
                 _("%sthe %s image cannot be read"), prefix, format);
}

/* ---- PNG: cairo ---------------------------------------------------------- */

typedef struct
{
  const guint8 *data;
  gsize         length;
  gsize         offset;
} Reading;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *out,
         unsigned int   length)
{
  Reading *reading = closure;

  if (reading->length - reading->offset < length)
    return CAIRO_STATUS_READ_ERROR;

  memcpy (out, reading->data + reading->offset, length);
  reading->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode_png (GBytes      *data,
            const char  *name,
            GError     **error)
{
  Reading reading = { 0 };
  cairo_surface_t *surface;

  reading.data = g_bytes_get_data (data, &reading.length);
  surface = cairo_image_surface_create_from_png_stream (read_cb, &reading);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      /* cairo tells little (a broken file often reads "out of memory"). */
      set_damaged (error, name, "PNG", NULL);
      cairo_surface_destroy (surface);
      return NULL;
    }

  return surface;
}

/* ---- JPEG: gdk-pixbuf, the file kept for the PDF ---------------------------- */

/* The pixels of @pixbuf as a cairo image (premultiplied ARGB). */
static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int in_stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guint8 *in = gdk_pixbuf_read_pixels (pixbuf);
  gboolean alpha = gdk_pixbuf_get_has_alpha (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24,
                                                         width, height);
  int out_stride;
  guint8 *out;

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return surface;

  cairo_surface_flush (surface);
  out = cairo_image_surface_get_data (surface);
  out_stride = cairo_image_surface_get_stride (surface);

  for (int y = 0; y < height; y++)
    {
      const guint8 *src = in + (gsize) y * in_stride;
      guint32 *dest = (guint32 *) (gpointer) (out + (gsize) y * out_stride);

      for (int x = 0; x < width; x++, src += channels)
        {
          guint a = alpha ? src[3] : 0xFF;
          guint r = (src[0] * a + 127) / 255;
          guint g = (src[1] * a + 127) / 255;
          guint b = (src[2] * a + 127) / 255;

          dest[x] = (a << 24) | (r << 16) | (g << 8) | b;
        }
    }
  cairo_surface_mark_dirty (surface);

  return surface;
}

static cairo_surface_t *
decode_jpeg (GBytes      *data,
             const char  *name,
             GError     **error)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GError) local_error = NULL;
  GdkPixbuf *pixbuf;
  cairo_surface_t *surface;
  gsize length;
  const guint8 *bytes = g_bytes_get_data (data, &length);

  loader = gdk_pixbuf_loader_new_with_type ("jpeg", &local_error);
  if (loader == NULL)
    {
      set_damaged (error, name, "JPEG", local_error->message);
      return NULL;
    }
  if (!gdk_pixbuf_loader_write (loader, bytes, length, &local_error) ||
      !gdk_pixbuf_loader_close (loader, &local_error))
    {
      set_damaged (error, name, "JPEG", local_error->message);
      return NULL;
    }

  pixbuf = gdk_pixbuf_loader_get_pixbuf (loader);
  if (pixbuf == NULL)
    {
      set_damaged (error, name, "JPEG", NULL);
      return NULL;
    }

  surface = surface_from_pixbuf (pixbuf);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      set_damaged (error, name, "JPEG", cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return NULL;
    }

  /* The PDF keeps the JPEG as it is (DCTDecode): the file stays small. */
  cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG, bytes, length,
                               (cairo_destroy_func_t) g_bytes_unref, g_bytes_ref (data));
  return surface;
}

/* ---- SVG: librsvg, kept as vectors -------------------------------------- */

/* Draws the SVG of @handle, checked, on a recording surface. */
static cairo_surface_t *
draw_svg (RsvgHandle  *handle,
          const char  *name,
          double      *width,
          double      *height,
          GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  RsvgRectangle viewport;

  rsvg_handle_set_dpi (handle, 96.0);
  if (!rsvg_handle_get_intrinsic_size_in_pixels (handle, width, height))
    {
      gboolean has_width, has_height, has_viewbox;
      RsvgLength w, h;
      RsvgRectangle viewbox;

      /* Only a viewBox: its proportions are the image's. */
      rsvg_handle_get_intrinsic_dimensions (handle, &has_width, &w, &has_height, &h,
                                            &has_viewbox, &viewbox);
      if (!has_viewbox || !(viewbox.width > 0) || !(viewbox.height > 0))
        {
          g_autofree char *prefix = prefix_of (name);

          g_set_error (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_IMAGE,
                       _("%sthe SVG gives neither its size nor a viewBox, so it cannot be placed"),
                       prefix);
          return NULL;
        }
      *width = viewbox.width;
      *height = viewbox.height;
    }

  if (!(*width > 0) || !(*height > 0) || !isfinite (*width) || !isfinite (*height))
    {
      set_damaged (error, name, "SVG", NULL);
      return NULL;
    }
  if (!phaen_emblem_check_size ((guint) MIN (ceil (*width), (double) G_MAXUINT),
                                (guint) MIN (ceil (*height), (double) G_MAXUINT), name, error))
    return NULL;

  viewport = (RsvgRectangle) { 0, 0, *width, *height };
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                            &(cairo_rectangle_t) { 0, 0, *width, *height });
  cr = cairo_create (surface);
  if (!rsvg_handle_render_document (handle, cr, &viewport, &local_error))
    {
      set_damaged (error, name, "SVG", local_error->message);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_destroy (cr);

  return surface;
}

static cairo_surface_t *
decode_svg (GBytes      *data,
            const char  *name,
            double      *width,
            double      *height,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  RsvgHandle *handle;
  cairo_surface_t *surface;

  /* No base file: the SVG cannot reach any other file or address. */
  stream = g_memory_input_stream_new_from_bytes (data);
  handle = rsvg_handle_new_from_stream_sync (stream, NULL, RSVG_HANDLE_FLAGS_NONE, NULL, &local_error);
  if (handle == NULL)
    {
      set_damaged (error, name, "SVG", local_error->message);
      return NULL;
    }

  surface = draw_svg (handle, name, width, height, error);
  g_object_unref (handle);
  return surface;
}

/* ---- The image -------------------------------------------------------- */

PhaenEmblemImage *
phaen_emblem_image_new (GBytes      *data,
                        const char  *name,
                        GError     **error)
{
  g_autoptr(PhaenEmblemImage) self = NULL;
  PhaenImageFormat format;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!phaen_emblem_check (data, name, &format, error))
    return NULL;

  self = g_object_new (PHAEN_TYPE_EMBLEM_IMAGE, NULL);
  self->format = format;

  switch (format)
    {
    case PHAEN_IMAGE_FORMAT_PNG:
      self->surface = decode_png (data, name, error);
      break;
    case PHAEN_IMAGE_FORMAT_JPEG:
      self->surface = decode_jpeg (data, name, error);
      break;
    case PHAEN_IMAGE_FORMAT_SVG:
      self->surface = decode_svg (data, name, &self->width, &self->height, error);
      break;
    case PHAEN_IMAGE_FORMAT_UNKNOWN:
    default:
      g_assert_not_reached ();
    }

  if (self->surface == NULL)
    return NULL;

  if (format != PHAEN_IMAGE_FORMAT_SVG)
    {
      guint width = (guint) cairo_image_surface_get_width (self->surface);
      guint height = (guint) cairo_image_surface_get_height (self->surface);

      /* The header said so already; the decoder has the last word. */
      if (!phaen_emblem_check_size (width, height, name, error))
        return NULL;
      self->width = width;
      self->height = height;
    }

  return g_steal_pointer (&self);
}

PhaenImageFormat
phaen_emblem_image_get_format (PhaenEmblemImage *self)
{
  g_return_val_if_fail (PHAEN_IS_EMBLEM_IMAGE (self), PHAEN_IMAGE_FORMAT_UNKNOWN);

  return self->format;
}

void
phaen_emblem_image_get_size (PhaenEmblemImage *self,
                             double           *width,
                             double           *height)
{
  g_return_if_fail (PHAEN_IS_EMBLEM_IMAGE (self));

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

void
phaen_emblem_image_paint (PhaenEmblemImage *self,
                          cairo_t          *cr,
                          double            x,
                          double            y,
                          double            width,
                          double            height)
{
  cairo_pattern_t *pattern;

  g_return_if_fail (PHAEN_IS_EMBLEM_IMAGE (self));
  g_return_if_fail (cr != NULL);

  if (!(width > 0) || !(height > 0))
    return;

  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, width / self->width, height / self->height);
  cairo_set_source_surface (cr, self->surface, 0, 0);
  /* No extend: a padded pattern would make the PDF surface copy the
   * image, losing the JPEG file and the SVG's vectors. */
  pattern = cairo_get_source (cr);
  cairo_pattern_set_filter (pattern, CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
}

GBytes *
phaen_emblem_load_file (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(PhaenEmblemImage) image = NULL;
  g_autofree char *name = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("%s: not a file"), name);
      return NULL;
    }
  /* Refused before reading a byte of it. */
  if (!phaen_emblem_check_length ((guint64) MAX (g_file_info_get_size (info), 0), name, error))
    return NULL;

  data = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (data == NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  image = phaen_emblem_image_new (data, name, error);
  if (image == NULL)
    return NULL;

  return g_steal_pointer (&data);
}
