/* phaen-page.h: a laid-out page as a display list. Layout code fills it
 * (pure geometry, testable with numbers); phaen_page_paint() replays it on
 * any cairo_t (PDF, printer, screen).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "phaen-render.h"

G_BEGIN_DECLS

typedef enum
{
  PHAEN_PAGE_PORTRAIT,
  PHAEN_PAGE_LANDSCAPE,
} PhaenPageOrientation;

typedef enum
{
  PHAEN_PAGE_NUMBER_NONE,    /* cover */
  PHAEN_PAGE_NUMBER_FRONT,   /* ก ข ค … */
  PHAEN_PAGE_NUMBER_BODY,    /* 1 2 3 … top right */
} PhaenPageNumbering;

/* What one operation of a page's display list draws. */
typedef enum
{
  PHAEN_PAGE_OP_TEXT,
  PHAEN_PAGE_OP_LINE,
  PHAEN_PAGE_OP_RECT,
  PHAEN_PAGE_OP_ARROW,   /* horizontal, filled arrowheads at both ends */
  PHAEN_PAGE_OP_DOTS,    /* dotted leader */
  PHAEN_PAGE_OP_IMAGE,   /* an emblem */
} PhaenPageOpKind;

/* One operation of a page's display list (not to be confused with the
 * model's PhaenItem). Points, origin at the page's top-left corner. */
typedef struct
{
  PhaenPageOpKind kind;
  gboolean        filled;          /* RECT */
  /* TEXT: top-left of the layout; LINE: one end; RECT, IMAGE: top-left corner;
   * ARROW, DOTS: the left end (y is the line they sit on). */
  double          x, y;
  union
  {
    struct { double x2, y2; };          /* LINE: the other end; ARROW, DOTS: the right end */
    struct { double width, height; };   /* RECT, IMAGE */
  };
  double          line_width;
  /* 56 bytes in all: a long plan's pages hold hundreds of thousands of
   * operations, most of them rules, until the PDF is written. */
  union
  {
    PangoLayout      *layout;      /* TEXT only, owned */
    PhaenEmblemImage *image;       /* IMAGE only, owned */
  };
} PhaenPageOp;

typedef struct
{
  PhaenPageOrientation orientation;
  double               width, height;   /* points */
  PhaenPageNumbering   numbering;
  guint                number;          /* 1-based within its numbering, set by the document */
  char                *bookmark;        /* outline title or NULL */
  guint                bookmark_level;  /* 1 = top */
  GArray              *ops;             /* PhaenPageOp, in painting order */
  GPtrArray           *project_ids;     /* char*: projects with a row on this page, or NULL */
} PhaenPage;

/* Height in points kept free under the top margin for the page number. */
#define PHAEN_PAGE_NUMBER_BAND 18.0

PhaenPage *phaen_page_new        (PhaenPageOrientation orientation);
void       phaen_page_free       (PhaenPage *page);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaenPage, phaen_page_free)

/* Takes a reference on @layout. */
/* Frees what @page paints (texts, rules, images) once it is written,
 * keeping its size, numbering, bookmark and projects: a long document's
 * pages need not all stay in memory until the last is written. */
void       phaen_page_release_ops (PhaenPage *page);

void       phaen_page_add_text   (PhaenPage *page, PangoLayout *layout, double x, double y);
void       phaen_page_add_line   (PhaenPage *page, double x1, double y1, double x2, double y2, double width);
void       phaen_page_add_rect   (PhaenPage *page, double x, double y, double w, double h, double width, gboolean filled);
void       phaen_page_add_arrow  (PhaenPage *page, double x1, double x2, double y, double width);
void       phaen_page_add_dots   (PhaenPage *page, double x1, double x2, double y);
/* Takes a reference on @image, painted into @x, @y, @w × @h. */
void       phaen_page_add_image  (PhaenPage *page, PhaenEmblemImage *image, double x, double y, double w, double h);
void       phaen_page_set_bookmark (PhaenPage *page, const char *title, guint level);

/* Records that @project_id has a row on @page (once). */
void       phaen_page_add_project (PhaenPage *page, const char *project_id);
gboolean   phaen_page_has_project (const PhaenPage *page, const char *project_id);

/* Paints every operation on @cr in page coordinates (points, origin
 * top-left) in the colours and line widths of @style (NULL: print).
 * The paper first when the style fills it; then the rules (joined where
 * they meet end to end) and the arrows, in a few operations per page,
 * then the other operations in display-list order. Nothing drawn overlaps
 * in a way the order would show. */
void       phaen_page_paint      (PhaenPage              *page,
                                  cairo_t                *cr,
                                  const PhaenRenderStyle *style);

G_END_DECLS
