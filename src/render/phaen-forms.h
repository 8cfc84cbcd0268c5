/* phaen-forms.h: the Part 2 forms ผด.01, ผด.02 and ผด.02/1 as laid-out pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "phaen-page.h"
#include "phaen-render.h"

G_BEGIN_DECLS

/* Each returns the form's landscape pages (PhaenPage*, array owns them),
 * an empty array when the form has no content (e.g. no equipment).
 * The first page of each form carries a level-2 bookmark with the form
 * title. Body page numbers are drawn later by the document; forms keep
 * the band of PHAEN_PAGE_NUMBER_BAND points below the top margin free
 * at the right. */
GPtrArray *phaen_forms_pd01  (PhaenRenderContext *ctx);
GPtrArray *phaen_forms_pd02  (PhaenRenderContext *ctx);
GPtrArray *phaen_forms_pd021 (PhaenRenderContext *ctx);

/* Width in millimetres of a month column of ผด.02 and ผด.02/1 for @ctx's
 * font: room for every month label and the years over them, at least
 * 5.6 mm. The twelve columns end at the same place whatever their width
 * (the text columns give up what they need). */
double     phaen_forms_month_width_mm (PhaenRenderContext *ctx);

G_END_DECLS
