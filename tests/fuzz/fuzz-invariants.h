/* fuzz-invariants.h: what every plan that entered Phaen must satisfy
 *
 * Shared by the harnesses: whatever door a plan came through (CSV import,
 * XML load), its texts are normalised the one way (phaen-text.h) and
 * within the limits of phaen-limits.h, and hold nothing a plan cannot
 * hold (phaen_text_check()). A broken invariant aborts with a message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/phaen-plan-editions.h"
#include "model/phaen-limits.h"
#include "model/phaen-plan.h"
#include "model/phaen-text.h"

/* Every string property of @object, except its id, storable and within
 * its limit (PHAEN_LIMIT_NAME_CHARS for a name, PHAEN_LIMIT_TEXT_CHARS
 * for free text); names normalised with phaen_text_normalize_name(), and
 * free text with phaen_text_normalize() when @free_text_normal (the CSV
 * import does it; the XML reader keeps a file's free text as written). */
static inline void
fuzz_check_texts (GObject    *object,
                  const char *door,
                  gboolean    free_text_normal)
{
  guint n_specs = 0;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_specs);

  for (guint i = 0; i < n_specs; i++)
    {
      const char *name = g_param_spec_get_name (specs[i]);
      g_autofree char *value = NULL;
      g_autofree char *normal = NULL;
      g_autoptr(GError) error = NULL;
      gboolean is_name;

      if (specs[i]->value_type != G_TYPE_STRING || !(specs[i]->flags & G_PARAM_READABLE) ||
          strcmp (name, "id") == 0)
        continue;

      g_object_get (object, name, &value, NULL);
      if (value == NULL)
        continue;

      is_name = phaen_text_property_is_name (name);
      normal = is_name ? phaen_text_normalize_name (value) : phaen_text_normalize (value);
      if ((is_name || free_text_normal) && strcmp (normal, value) != 0)
        {
          fprintf (stderr, "%s let in a %s “%s” that is not normalised (“%s”)\n",
                   door, name, value, normal);
          abort ();
        }
      if (!phaen_text_check (value, phaen_text_property_max_chars (name), &error))
        {
          fprintf (stderr, "%s let in a %s a plan cannot hold: %s\n", door, name, error->message);
          abort ();
        }
    }
}

static inline void
fuzz_check_model (GListModel *model,
                  const char *door,
                  gboolean    free_text_normal)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      fuzz_check_texts (item, door, free_text_normal);
    }
}

/* The texts of the plan and of everything in it (its editions too); not
 * more projects than a plan may hold. */
static inline void
fuzz_check_plan (PhaenPlan  *plan,
                 const char *door,
                 gboolean    free_text_normal)
{
  fuzz_check_texts (G_OBJECT (plan), door, free_text_normal);
  fuzz_check_model (phaen_plan_get_strategies (plan), door, free_text_normal);
  fuzz_check_model (phaen_plan_get_approaches (plan), door, free_text_normal);
  fuzz_check_model (phaen_plan_get_programs (plan), door, free_text_normal);
  fuzz_check_model (phaen_plan_get_units (plan), door, free_text_normal);
  fuzz_check_model (phaen_plan_get_projects (plan), door, free_text_normal);
  fuzz_check_model (phaen_plan_get_editions (plan), door, free_text_normal);

  if (g_list_model_get_n_items (phaen_plan_get_projects (plan)) > PHAEN_LIMIT_PROJECTS)
    {
      fprintf (stderr, "%s let in more than %u projects\n", door, (guint) PHAEN_LIMIT_PROJECTS);
      abort ();
    }
}

/* No two entries of @model have the same name: text that looks the same
 * is the same entry. */
static inline void
fuzz_check_distinct_names (GListModel *model,
                           const char *door)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *name = NULL;

      g_object_get (item, "name", &name, NULL);
      if (!g_hash_table_add (seen, g_steal_pointer (&name)))
        {
          fprintf (stderr, "%s made two entries of the same name\n", door);
          abort ();
        }
    }
}
