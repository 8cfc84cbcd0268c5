/* phaen-timeline-export.c: the timeline on paper and in pictures
 *
 * Every page (and the single picture of SVG and PNG) has the same parts,
 * top to bottom: two title lines (what, and which plan) with the page
 * number at the right, the timeline frame (header, load row, rows), and a
 * legend of the bar kinds. The frame is laid out by the timeline layout
 * with the rows of the page as its viewport and painted by the timeline
 * painter in the print style: the screen and the paper share both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "model/phaen-fiscal.h"
#include "phaen-front.h"
#include "phaen-render-task.h"
#include "phaen-timeline-export.h"
#include "phaen-timeline-painter.h"

#define MARGIN        PHAEN_MM (12.0)
#define TITLE_SIZE    16.0
#define SUBTITLE_SIZE 14.0
#define BODY_SIZE     14.0
#define LEGEND_SIZE   12.0
/* Share of the content width given to the left pane. */
#define PANE_SHARE    0.3
/* Pixels per point of PNG pictures. */
#define PNG_SCALE     2.0

typedef struct
{
  PhaenTimelineLayout *layout;
  PhaenRenderContext  *ctx;
  PhaenTimelineStyle   style;
  PhaenTimelineParams  params;    /* viewport size set per page */
  PhaenTimelineMetrics metrics;
  const PhaenTimelineExportOptions *options;
  double               page_width, page_height;
  double               frame_y;   /* top of the frame on the page */
  double               legend_height;
  PangoLayout         *title;
  PangoLayout         *subtitle;
} Export;

/* One page: rows [first, end). */
typedef struct
{
  guint first;
  guint end;
} PageRows;

void
phaen_timeline_export_options_init (PhaenTimelineExportOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->format = PHAEN_TIMELINE_FORMAT_PDF;
  options->group_by = PHAEN_TIMELINE_GROUP_BY_PROGRAM;
  options->paper = PHAEN_TIMELINE_PAPER_A4;
  options->digits = PHAEN_DIGITS_FROM_PLAN;
}

gboolean
phaen_timeline_format_from_filename (const char          *filename,
                                     PhaenTimelineFormat *format)
{
  static const struct { const char *suffix; PhaenTimelineFormat format; } suffixes[] = {
    { ".pdf", PHAEN_TIMELINE_FORMAT_PDF },
    { ".svg", PHAEN_TIMELINE_FORMAT_SVG },
    { ".png", PHAEN_TIMELINE_FORMAT_PNG },
  };
  g_autofree char *lower = NULL;

  if (filename == NULL)
    return FALSE;

  lower = g_ascii_strdown (filename, -1);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i].suffix))
      {
        if (format != NULL)
          *format = suffixes[i].format;
        return TRUE;
      }

  return FALSE;
}

gboolean
phaen_timeline_paper_from_string (const char         *text,
                                  PhaenTimelinePaper *paper)
{
  if (text == NULL)
    return FALSE;

  if (g_ascii_strcasecmp (text, "a4") == 0)
    {
      if (paper != NULL)
        *paper = PHAEN_TIMELINE_PAPER_A4;
      return TRUE;
    }
  if (g_ascii_strcasecmp (text, "a3") == 0)
    {
      if (paper != NULL)
        *paper = PHAEN_TIMELINE_PAPER_A3;
      return TRUE;
    }

  return FALSE;
}

static const char *
title_text (PhaenTimelineGroupBy group_by)
{
  switch (group_by)
    {
    case PHAEN_TIMELINE_GROUP_BY_UNIT:
      return _("Project timeline by responsible unit");
    case PHAEN_TIMELINE_GROUP_BY_SOURCE:
      return _("Project timeline by funding source");
    case PHAEN_TIMELINE_GROUP_BY_PROGRAM:
    default:
      return _("Project timeline by strategy and program");
    }
}

static double
layout_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return logical.width / (double) PANGO_SCALE;
}

/* Sizes every page shares. */
static void
export_setup (Export *export)
{
  double content_width;
  g_autoptr(PangoLayout) legend = NULL;
  g_autofree char *subtitle = NULL;

  if (export->options->paper == PHAEN_TIMELINE_PAPER_A3 &&
      export->options->format == PHAEN_TIMELINE_FORMAT_PDF)
    {
      export->page_width = PHAEN_MM (420.0);
      export->page_height = PHAEN_MM (297.0);
    }
  else
    {
      export->page_width = PHAEN_A4_LONG;
      export->page_height = PHAEN_A4_SHORT;
    }

  content_width = export->page_width - 2 * MARGIN;

  phaen_timeline_params_init (&export->params);
  export->params.text_size = BODY_SIZE;
  export->params.pane_width = round (content_width * PANE_SHARE);
  export->params.month_width = (content_width - export->params.pane_width) / PHAEN_FISCAL_MONTHS;
  export->params.width = content_width;
  export->params.name_lines = 2;
  export->params.today = export->options->today;
  phaen_timeline_layout_get_metrics (export->layout, &export->params, &export->metrics);

  phaen_timeline_style_init_print (&export->style);

  export->title = phaen_render_text (export->ctx, title_text (export->options->group_by),
                                     TITLE_SIZE, PHAEN_TEXT_BOLD, content_width * 0.75);
  subtitle = phaen_front_document_title (export->ctx);
  export->subtitle = phaen_render_text (export->ctx, subtitle, SUBTITLE_SIZE, 0, content_width);
  export->frame_y = MARGIN + phaen_render_text_height (export->title) +
                    phaen_render_text_height (export->subtitle) + PHAEN_MM (2.0);

  legend = phaen_render_text (export->ctx, "ก", LEGEND_SIZE, 0, -1);
  export->legend_height = phaen_render_text_height (legend) + PHAEN_MM (2.0);
}

/* Height left for rows on a page. */
static double
rows_room (Export *export)
{
  return export->page_height - MARGIN - export->legend_height - export->frame_y -
         export->metrics.rows_top;
}

static double
height_of_row (Export *export,
               guint   index)
{
  PhaenTimelineRowKind kind = phaen_timeline_layout_get_row (export->layout, index,
                                                             NULL, NULL, NULL, NULL, NULL);

  return kind == PHAEN_TIMELINE_ROW_GROUP ? export->metrics.group_height
                                          : export->metrics.project_height;
}

static gboolean
is_group (Export *export,
          guint   index)
{
  return phaen_timeline_layout_get_row (export->layout, index, NULL, NULL, NULL, NULL, NULL)
         == PHAEN_TIMELINE_ROW_GROUP;
}

/* Splits the rows into pages: whole rows, and the group headings at the
 * foot of a page go to the next one with what they head. */
static GArray *
paginate (Export *export)
{
  GArray *pages = g_array_new (FALSE, FALSE, sizeof (PageRows));
  guint n = phaen_timeline_layout_get_n_rows (export->layout);
  double room = rows_room (export);
  guint first = 0;

  while (first < n)
    {
      PageRows page = { first, first };
      double used = 0;

      while (page.end < n && (page.end == first || used + height_of_row (export, page.end) <= room))
        used += height_of_row (export, page.end++);

      while (page.end < n && page.end - page.first > 1 && is_group (export, page.end - 1))
        page.end--;

      g_array_append_val (pages, page);
      first = page.end;
    }

  if (pages->len == 0)
    {
      PageRows empty = { 0, 0 };

      g_array_append_val (pages, empty);
    }

  return pages;
}

static void
paint_legend (Export  *export,
              cairo_t *cr,
              double   y)
{
  PhaenTimelineRect sample;
  double x = MARGIN;
  double line = export->legend_height - PHAEN_MM (2.0);
  double bar_w = PHAEN_MM (10.0);
  GDate today;
  struct { gboolean actual; const char *label; } kinds[] = {
    { FALSE, _("Planned months") },
    { TRUE, _("Actual months (monitoring)") },
  };

  y += PHAEN_MM (2.0);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autoptr(PangoLayout) text = phaen_render_text (export->ctx, kinds[i].label, LEGEND_SIZE, 0, -1);
      double h = kinds[i].actual ? export->metrics.actual_height : export->metrics.bar_height;

      sample.x = x;
      sample.y = y + (line - h) / 2.0;
      sample.width = bar_w;
      sample.height = h;
      phaen_timeline_paint_bar (cr, &export->style, &sample, kinds[i].actual);
      x += bar_w + PHAEN_MM (2.0);

      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, text);
      x += layout_width (text) + PHAEN_MM (8.0);
    }

  if (export->options->today != 0 && g_date_valid_julian (export->options->today))
    {
      g_autofree char *date = NULL;
      g_autofree char *label = NULL;
      g_autoptr(PangoLayout) text = NULL;

      g_date_clear (&today, 1);
      g_date_set_julian (&today, export->options->today);
      date = phaen_date_format_thai (&today, FALSE);
      label = g_strdup_printf (_("Today, %s"), date);
      text = phaen_render_text (export->ctx, label, LEGEND_SIZE, 0, -1);

      cairo_set_source_rgb (cr, export->style.today.red, export->style.today.green,
                            export->style.today.blue);
      cairo_set_line_width (cr, MAX (1.0, export->style.line_width * 2));
      cairo_move_to (cr, x + PHAEN_MM (1.0), y);
      cairo_line_to (cr, x + PHAEN_MM (1.0), y + line);
      cairo_stroke (cr);
      x += PHAEN_MM (3.0);

      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, text);
    }
}

/* Paints page @index of @n_pages (@n_pages 0: a picture, no page number). */
static void
paint_page (Export         *export,
            cairo_t        *cr,
            const PageRows *rows,
            guint           index,
            guint           n_pages)
{
  g_autoptr(PhaenTimelineFrame) frame = NULL;
  double top, bottom, right = export->page_width - MARGIN;
  double y = MARGIN;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);

  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, export->title);
  y += phaen_render_text_height (export->title);
  cairo_move_to (cr, MARGIN, y);
  pango_cairo_show_layout (cr, export->subtitle);

  if (n_pages > 0)
    {
      /* TRANSLATORS: the page number of the printed timeline */
      g_autofree char *text = g_strdup_printf (_("Page %u of %u"), index + 1, n_pages);
      g_autoptr(PangoLayout) number = phaen_render_text (export->ctx, text, SUBTITLE_SIZE, 0, -1);

      cairo_move_to (cr, right - layout_width (number), MARGIN);
      pango_cairo_show_layout (cr, number);
    }

  top = phaen_timeline_layout_get_row_y (export->layout, &export->params, rows->first, NULL);
  bottom = phaen_timeline_layout_get_row_y (export->layout, &export->params, rows->end, NULL);
  export->params.scroll_y = top;
  export->params.height = export->metrics.rows_top + (bottom - top);
  frame = phaen_timeline_layout_frame (export->layout, &export->params);

  cairo_save (cr);
  cairo_translate (cr, MARGIN, export->frame_y);
  phaen_timeline_paint (frame, cr, &export->style);
  /* A frame around the timeline. */
  cairo_rectangle (cr, 0, 0, export->params.width, export->params.height);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, export->style.line_width);
  cairo_stroke (cr);
  cairo_restore (cr);

  paint_legend (export, cr, export->frame_y + export->params.height);
}

static void
set_pdf_metadata (Export          *export,
                  cairo_surface_t *surface)
{
  PhaenPlan *plan = phaen_timeline_layout_get_plan (export->layout);
  const char *organisation = phaen_plan_get_organisation_name (plan);
  g_autofree char *title = g_strdup_printf ("%s — %s", title_text (export->options->group_by),
                                            pango_layout_get_text (export->subtitle));
  GDate first, last;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if (organisation[0] != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, organisation);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Phaen " PACKAGE_VERSION);

  /* A date from the plan, not the clock: the same plan gives the same file. */
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  phaen_fiscal_year_range (phaen_plan_get_fiscal_year (plan), &first, &last);
  phaen_render_pdf_set_date (surface, &first);
}

static gboolean
check_status (cairo_status_t   status,
              GError         **error)
{
  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;

  g_set_error (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FAILED,
               _("The timeline could not be drawn: %s"), cairo_status_to_string (status));
  return FALSE;
}

static GBytes *
export_pdf (Export  *export,
            guint   *n_pages,
            GError **error)
{
  g_autoptr(GArray) pages = paginate (export);
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (phaen_render_append_cb, bytes, export->page_width,
                                                 export->page_height);
  cairo_pdf_surface_restrict_to_version (surface, CAIRO_PDF_VERSION_1_5);
  set_pdf_metadata (export, surface);

  cr = cairo_create (surface);
  for (guint i = 0; i < pages->len; i++)
    {
      paint_page (export, cr, &g_array_index (pages, PageRows, i), i, pages->len);
      cairo_show_page (cr);
    }

  status = phaen_render_surface_close (cr, surface);
  if (!check_status (status, error))
    return NULL;

  *n_pages = pages->len;

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/* SVG and PNG: one picture holding every row. */
static GBytes *
export_picture (Export  *export,
                GError **error)
{
  PageRows all = { 0, phaen_timeline_layout_get_n_rows (export->layout) };
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  double rows_height = phaen_timeline_layout_get_rows_height (export->layout, &export->params);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  export->page_height = export->frame_y + export->metrics.rows_top + rows_height +
                        export->legend_height + MARGIN;

  if (export->options->format == PHAEN_TIMELINE_FORMAT_SVG)
    surface = cairo_svg_surface_create_for_stream (phaen_render_append_cb, bytes, export->page_width,
                                                   export->page_height);
  else
    {
      double height = ceil (export->page_height * PNG_SCALE);

      if (height > PHAEN_TIMELINE_PNG_MAX)
        {
          g_set_error (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FAILED,
                       _("The timeline of %u rows is too long for one PNG image; "
                         "export it as PDF or SVG, or show fewer projects"),
                       all.end);
          return NULL;
        }
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                            (int) ceil (export->page_width * PNG_SCALE),
                                            (int) height);
    }

  cr = cairo_create (surface);
  if (export->options->format == PHAEN_TIMELINE_FORMAT_PNG)
    cairo_scale (cr, PNG_SCALE, PNG_SCALE);
  paint_page (export, cr, &all, 0, 0);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && export->options->format == PHAEN_TIMELINE_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, phaen_render_append_cb, bytes);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (!check_status (status, error))
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

GBytes *
phaen_timeline_export (PhaenPlan                        *plan,
                       const PhaenTimelineExportOptions *options,
                       GPtrArray                        *warnings,
                       guint                            *n_pages,
                       GError                          **error)
{
  PhaenTimelineExportOptions defaults;
  PhaenRenderOptions render_options = { PHAEN_DIGITS_FROM_PLAN, NULL };
  g_autoptr(PhaenTimelineLayout) layout = NULL;
  Export export = { 0 };
  GBytes *bytes;
  guint pages = 1;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      phaen_timeline_export_options_init (&defaults);
      options = &defaults;
    }
  if (n_pages != NULL)
    *n_pages = 0;

  render_options.digits = options->digits;
  render_options.font_family = options->font_family;
  layout = phaen_timeline_layout_new (plan, &render_options, warnings, error);
  if (layout == NULL)
    return NULL;
  phaen_timeline_layout_set_group_by (layout, options->group_by);
  if (options->filter != NULL)
    phaen_timeline_layout_set_filter (layout, options->filter, options->filter_data, NULL);

  export.layout = layout;
  export.ctx = phaen_timeline_layout_get_context (layout);
  export.options = options;
  export_setup (&export);

  if (options->format == PHAEN_TIMELINE_FORMAT_PDF)
    bytes = export_pdf (&export, &pages, error);
  else
    bytes = export_picture (&export, error);

  g_clear_object (&export.title);
  g_clear_object (&export.subtitle);

  if (bytes != NULL && n_pages != NULL)
    *n_pages = pages;

  return bytes;
}

/* ---- in a worker thread ---------------------------------------------------- */

typedef struct
{
  PhaenTimelineExportOptions  options;
  char                       *font_family;
  GHashTable                 *shown;      /* ids of the projects shown, NULL: all */
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->font_family);
  g_clear_pointer (&job->shown, g_hash_table_unref);
  g_free (job);
}

static gboolean
shown_by_id (PhaenProject *project,
             gpointer      user_data)
{
  return g_hash_table_contains (user_data, phaen_project_get_id (project));
}

static GBytes *
export_render_cb (PhaenRenderTask *task,
                  GCancellable    *cancellable,
                  GError         **error)
{
  ExportJob *job = task->data;

  return phaen_timeline_export (task->plan, &job->options, task->warnings, &task->n_pages, error);
}

void
phaen_timeline_export_async (PhaenPlan                        *plan,
                             const PhaenTimelineExportOptions *options,
                             GFile                            *out,
                             GCancellable                     *cancellable,
                             GAsyncReadyCallback               callback,
                             gpointer                          user_data)
{
  g_autoptr(GTask) task = NULL;
  PhaenRenderTask *render_task;
  ExportJob *job;

  g_return_if_fail (PHAEN_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (out));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = phaen_render_task_new (plan, NULL, 0, out, cancellable, NULL, NULL,
                                callback, user_data, phaen_timeline_export_async,
                                "[phaen] export timeline");

  job = g_new0 (ExportJob, 1);
  if (options != NULL)
    job->options = *options;
  else
    phaen_timeline_export_options_init (&job->options);
  job->font_family = g_strdup (job->options.font_family);
  job->options.font_family = job->font_family;

  /* The copy has projects of its own: the filter answers now, by id. */
  if (job->options.filter != NULL)
    {
      GListModel *projects = phaen_plan_get_projects (plan);

      job->shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
        {
          g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);

          if (job->options.filter (project, job->options.filter_data))
            g_hash_table_add (job->shown, g_strdup (phaen_project_get_id (project)));
        }
      job->options.filter = shown_by_id;
      job->options.filter_data = job->shown;
    }

  render_task = phaen_render_task_get (task);
  render_task->data = job;
  render_task->data_free = export_job_free;
  phaen_render_task_run_export (task, export_render_cb);
}

gboolean
phaen_timeline_export_finish (GAsyncResult  *result,
                              guint         *n_pages,
                              GPtrArray    **warnings,
                              GError       **error)
{
  return phaen_render_task_export_finish (result, phaen_timeline_export_async,
                                          n_pages, warnings, error);
}
