/* phaen-flow.c: how the groups of ผด.02 follow each other
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-flow.h"
#include "phaen-properties.h"

G_DEFINE_ENUM_TYPE (PhaenGroupFlow, phaen_group_flow,
  G_DEFINE_ENUM_VALUE (PHAEN_GROUP_FLOW_PAGE_PER_GROUP, "page-per-group"),
  G_DEFINE_ENUM_VALUE (PHAEN_GROUP_FLOW_CONTINUOUS, "continuous"))

static const char * const labels[] = {
  N_("Each program on a new page"),
  N_("Programs one after another"),
};

const char *
phaen_group_flow_to_string (PhaenGroupFlow flow)
{
  return phaen_enum_to_nick (PHAEN_TYPE_GROUP_FLOW, flow);
}

gboolean
phaen_group_flow_from_string (const char     *text,
                              PhaenGroupFlow *out)
{
  int value;

  if (!phaen_enum_from_nick (PHAEN_TYPE_GROUP_FLOW, text, &value))
    return FALSE;

  *out = (PhaenGroupFlow) value;
  return TRUE;
}

const char *
phaen_group_flow_get_label (PhaenGroupFlow flow)
{
  g_return_val_if_fail ((guint) flow < G_N_ELEMENTS (labels), NULL);

  return _(labels[flow]);
}
