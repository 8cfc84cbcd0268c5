/* phaen-document.h: the whole printed plan as numbered pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "phaen-page.h"
#include "phaen-render.h"

G_BEGIN_DECLS

/* Lays out the whole document in its printed order: cover, announcement,
 * foreword (when there is one), contents, Part 1, the Part 2 divider,
 * ผด.01, ผด.02 and ผด.02/1 (when there is equipment). Every page carries
 * its number (front matter ก ข ค …, from Part 1 on 1 2 3 …, top right,
 * digits as @ctx says) and the contents list the real page numbers.
 * Returns an array of PhaenPage* that owns them. */
GPtrArray *phaen_document_layout     (PhaenRenderContext *ctx);

/* The printed number of @page without decoration ("ข", "12" or "๑๒"),
 * NULL for an unnumbered page. */
char      *phaen_document_page_label (PhaenRenderContext *ctx,
                                      const PhaenPage    *page);

G_END_DECLS
