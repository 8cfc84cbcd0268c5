/* phaen-page-view.h: one page of the laid-out document on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "render/phaen-document.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_PAGE_VIEW (phaen_page_view_get_type ())

G_DECLARE_FINAL_TYPE (PhaenPageView, phaen_page_view, PHAEN, PAGE_VIEW, GtkWidget)

GtkWidget *phaen_page_view_new      (void);
/* Shows page @index of @document (NULL: nothing) at @zoom (1.0: the
 * paper's size at 96 pixels per inch). */
void       phaen_page_view_set_page (PhaenPageView *self,
                                     PhaenDocument *document,
                                     guint          index,
                                     double         zoom);

G_END_DECLS
