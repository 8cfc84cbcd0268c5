/* phaen-help-private.h: the decision of phaen-help.c, for the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The address of @page (NULL: "index"): "help:phaen/PAGE" when
 * @use_help_viewer, else the file:// address of PAGE.html in the first
 * folder @html_dir/LANG of @languages (then @html_dir/C, then
 * @html_dir/th, the language the guide is written in) that holds
 * index.html; NULL when there is none. */
char *phaen_help_choose_uri (const char         *page,
                             gboolean            use_help_viewer,
                             const char         *html_dir,
                             const char * const *languages);

G_END_DECLS
