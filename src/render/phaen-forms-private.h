/* phaen-forms-private.h: the page geometry and type sizes of the
 * landscape forms (ผด.01, ผด.02, ผด.02/1), shared by phaen-forms.c and
 * phaen-edition-pages.c, whose tables reproduce the forms; not for
 * callers outside render/.
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

/* Arrowheads sit this far inside the month cells. */
#define ARROW_INSET_MM 0.8
/* The narrowest a month column gets. */
#define MONTH_WIDTH_MM 5.6
/* Heading of a group's rows continued on the next page. */
#define CONTINUED      " (ต่อ)"
