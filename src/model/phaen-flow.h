/* phaen-flow.h: how the groups of ผด.02 follow each other, a setting of
 * the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  PHAEN_GROUP_FLOW_PAGE_PER_GROUP,  /* each program (group) starts a new page (default) */
  PHAEN_GROUP_FLOW_CONTINUOUS,      /* groups follow each other, headings kept with their first rows */
} PhaenGroupFlow;

#define PHAEN_TYPE_GROUP_FLOW (phaen_group_flow_get_type ())
GType phaen_group_flow_get_type (void) G_GNUC_CONST;

/* File keywords (the nicks): "page-per-group", "continuous". */
const char *phaen_group_flow_to_string   (PhaenGroupFlow  flow);
gboolean    phaen_group_flow_from_string (const char     *text,
                                          PhaenGroupFlow *out);
/* The app's label, in the user's language. */
const char *phaen_group_flow_get_label   (PhaenGroupFlow  flow);

G_END_DECLS
