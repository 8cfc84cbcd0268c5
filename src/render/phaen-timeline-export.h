/* phaen-timeline-export.h: the timeline as PDF, SVG or PNG
 *
 * PDF: A4 or A3 landscape pages; the twelve months fill the page width;
 * every page repeats the title, the header (BE years, quarters, months),
 * the load row and the left pane, carries "page n of N" and a legend;
 * rows never split and a group heading never ends a page alone.
 * SVG and PNG: the whole timeline as one picture of the same design (PNG
 * at two pixels per point).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "phaen-timeline-layout.h"

G_BEGIN_DECLS

typedef enum
{
  PHAEN_TIMELINE_FORMAT_PDF,
  PHAEN_TIMELINE_FORMAT_SVG,
  PHAEN_TIMELINE_FORMAT_PNG,
} PhaenTimelineFormat;

typedef enum
{
  PHAEN_TIMELINE_PAPER_A4,
  PHAEN_TIMELINE_PAPER_A3,
} PhaenTimelinePaper;

typedef struct
{
  PhaenTimelineFormat      format;
  PhaenTimelineGroupBy     group_by;
  PhaenTimelinePaper       paper;          /* PDF only */
  PhaenDigits              digits;
  const char              *font_family;    /* NULL: as the document */
  guint                    today;          /* Julian day of the today line, 0: none */
  PhaenTimelineFilterFunc  filter;         /* NULL: every project */
  gpointer                 filter_data;
} PhaenTimelineExportOptions;

/* PDF, by program, A4, the plan's digits, no today line, no filter. */
void     phaen_timeline_export_options_init (PhaenTimelineExportOptions *options);

/* From the name's extension (.pdf, .svg, .png, any case). */
gboolean phaen_timeline_format_from_filename (const char          *filename,
                                              PhaenTimelineFormat *format);
/* "a4", "a3" (any case). */
gboolean phaen_timeline_paper_from_string    (const char          *text,
                                              PhaenTimelinePaper  *paper);

/* PNG images are limited to this many pixels a side. */
#define PHAEN_TIMELINE_PNG_MAX 32000

/* The file's bytes, or NULL with an error (no Thai font; a PNG taller than
 * PHAEN_TIMELINE_PNG_MAX; cairo failing). @n_pages: pages of a PDF, 1
 * otherwise. Font warnings go to @warnings (char *), as for the PDF. */
GBytes  *phaen_timeline_export (PhaenPlan                        *plan,
                                const PhaenTimelineExportOptions *options,
                                GPtrArray                        *warnings,
                                guint                            *n_pages,
                                GError                          **error);

/* Exports in a worker thread, on a snapshot of @plan taken now (the
 * caller may go on editing; the filter is asked now, on the live plan),
 * and writes @out atomically: the file is either the new export or as it
 * was (nothing is written when the job fails or is cancelled). */
void     phaen_timeline_export_async  (PhaenPlan                        *plan,
                                       const PhaenTimelineExportOptions *options,
                                       GFile                            *out,
                                       GCancellable                     *cancellable,
                                       GAsyncReadyCallback               callback,
                                       gpointer                          user_data);
/* @n_pages and @warnings (char *; unref the array) are nullable. */
gboolean phaen_timeline_export_finish (GAsyncResult                     *result,
                                       guint                            *n_pages,
                                       GPtrArray                       **warnings,
                                       GError                          **error);

G_END_DECLS
