/* phaen-page.h: a laid-out page as a display list. Layout code fills it
 * (pure geometry, testable with numbers); phaen_page_paint() replays it on
 * any cairo_t (PDF, printer, screen).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

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

typedef enum
{
  PHAEN_ITEM_TEXT,
  PHAEN_ITEM_LINE,
  PHAEN_ITEM_RECT,
  PHAEN_ITEM_ARROW,   /* horizontal, filled arrowheads at both ends */
  PHAEN_ITEM_DOTS,    /* dotted leader */
} PhaenItemKind;

typedef struct
{
  PhaenItemKind  kind;
  double         x1, y1, x2, y2;  /* TEXT: top-left in x1,y1; RECT: x1,y1,w=x2,h=y2 */
  double         line_width;
  gboolean       filled;
  PangoLayout   *layout;          /* TEXT only, owned */
} PhaenPageItem;

typedef struct
{
  PhaenPageOrientation orientation;
  double               width, height;   /* points */
  PhaenPageNumbering   numbering;
  guint                number;          /* 1-based within its numbering, set by the document */
  char                *bookmark;        /* outline title or NULL */
  guint                bookmark_level;  /* 1 = top */
  GArray              *items;           /* PhaenPageItem */
} PhaenPage;

/* Height in points kept free under the top margin for the page number. */
#define PHAEN_PAGE_NUMBER_BAND 18.0

PhaenPage *phaen_page_new        (PhaenPageOrientation orientation);
void       phaen_page_free       (PhaenPage *page);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaenPage, phaen_page_free)

/* Takes a reference on @layout. */
void       phaen_page_add_text   (PhaenPage *page, PangoLayout *layout, double x, double y);
void       phaen_page_add_line   (PhaenPage *page, double x1, double y1, double x2, double y2, double width);
void       phaen_page_add_rect   (PhaenPage *page, double x, double y, double w, double h, double width, gboolean filled);
void       phaen_page_add_arrow  (PhaenPage *page, double x1, double x2, double y, double width);
void       phaen_page_add_dots   (PhaenPage *page, double x1, double x2, double y);
void       phaen_page_set_bookmark (PhaenPage *page, const char *title, guint level);

/* Paints every item on @cr in page coordinates (points, origin top-left).
 * Everything is black, so the order does not show: the rules (joined
 * where they meet end to end) and the arrows go first, in a few
 * operations per page, then the other items in display-list order. */
void       phaen_page_paint      (PhaenPage *page, cairo_t *cr);

G_END_DECLS
