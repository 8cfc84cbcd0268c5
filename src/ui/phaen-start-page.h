/* phaen-start-page.h: what a window shows before a plan is open
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define PHAEN_TYPE_START_PAGE (phaen_start_page_get_type ())

G_DECLARE_FINAL_TYPE (PhaenStartPage, phaen_start_page, PHAEN, START_PAGE, AdwBin)

/* Lists the recovery files of plans that were not saved when Phaen
 * stopped, except those whose id is in @in_use (open in a window). */
void phaen_start_page_reload_drafts (PhaenStartPage *self,
                                     GHashTable     *in_use);
/* The number of drafts listed (for tests). */
guint phaen_start_page_get_n_drafts (PhaenStartPage *self);

/* Records @file among the recent plans, with @title as its display name;
 * the list shows it by @organisation and @fiscal_year in the desktop's
 * language. */
void phaen_start_page_add_recent (GFile      *file,
                                  const char *title,
                                  const char *organisation,
                                  guint       fiscal_year);

G_END_DECLS
