/* phaen-landscape-private.h: the page geometry and type sizes of the
 * landscape pages: the forms (ผด.01, ผด.02, ผด.02/1, phaen-forms.c), the
 * editions' tables that reproduce them (phaen-edition-pages.c) and the
 * monitoring report (phaen-report-pages.c); not for callers outside
 * render/.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "phaen-render.h"

#define MARGIN_TOP    PHAEN_MM (20.0)
#define MARGIN_BOTTOM PHAEN_MM (15.0)
#define MARGIN_LEFT   PHAEN_MM (20.0)
#define MARGIN_RIGHT  PHAEN_MM (15.0)

#define TITLE_SIZE   16.0
#define HEADING_SIZE 16.0
#define BODY_SIZE    14.0
#define MONTH_SIZE   12.0
#define CODE_SIZE    14.0

/* The month columns of the forms: arrowheads sit this far inside the
 * cells, and a column is never narrower than this. */
#define ARROW_INSET_MM 0.8
#define MONTH_WIDTH_MM 5.6

/* After the heading of a group whose rows go on from the page before. */
#define CONTINUED      " (ต่อ)"
