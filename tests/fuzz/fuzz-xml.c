/* fuzz-xml.c: libFuzzer harness for the .phaen reader
 *
 * Any input must either fail with an error or give a plan that a file can
 * hold (phaen_plan_check_storable(); unfinished work is allowed), whose
 * names are normalised and whose texts pass phaen_text_check() within the
 * limits, that serialises, reads back equal, and can be summarised and
 * exported to CSV. Criticals and warnings abort, so a
 * g_return_if_fail() reached from file contents is a finding too.
 *
 * Build and run with build-aux/fuzz.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "io/phaen-csv.h"
#include "io/phaen-xml.h"
#include "model/phaen-summary.h"
#include "model/phaen-text.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);

/* Every name of @object normalised, every text within its limit. */
static void
check_texts (GObject    *object,
             const char *what)
{
  guint n_pspecs;
  g_autofree GParamSpec **pspecs =
    g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *normal = NULL;
      const char *name = pspecs[i]->name;

      if (pspecs[i]->value_type != G_TYPE_STRING)
        continue;
      g_object_get (object, name, &value, NULL);
      if (!phaen_text_check (value, phaen_text_property_max_chars (name), NULL))
        {
          fprintf (stderr, "the reader let in a text a plan cannot hold: %s %s\n", what, name);
          abort ();
        }
      if (!phaen_text_property_is_name (name))
        continue;
      normal = phaen_text_normalize_name (value);
      if (g_strcmp0 (normal, value) != 0)
        {
          fprintf (stderr, "the reader let in a name that is not normalised: %s %s\n", what, name);
          abort ();
        }
    }
}
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(PhaenPlan) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *why = NULL;
  const char *xml;
  gsize length;

  plan = phaen_xml_read_from_data ((const char *) data, size, "fuzz.phaen", &error);
  if (plan == NULL)
    {
      if (error == NULL || error->message == NULL || error->message[0] == '\0')
        {
          fprintf (stderr, "reader failed without an error message\n");
          abort ();
        }
      return 0;
    }
  g_assert_no_error (error);

  if (!phaen_plan_check_storable (plan, NULL, &error))
    {
      fprintf (stderr, "the reader accepted a plan no file can hold: %s\n", error->message);
      abort ();
    }

  check_texts (G_OBJECT (plan), "plan");
  {
    GListModel *lists[] = {
      phaen_plan_get_strategies (plan), phaen_plan_get_approaches (plan),
      phaen_plan_get_programs (plan), phaen_plan_get_units (plan),
      phaen_plan_get_projects (plan),
    };

    for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
      for (guint i = 0, n = g_list_model_get_n_items (lists[l]); i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);

          check_texts (item, G_OBJECT_TYPE_NAME (item));
        }
  }

  bytes = phaen_xml_write_to_bytes (plan);
  xml = g_bytes_get_data (bytes, &length);
  again = phaen_xml_read_from_data (xml, length, "again.phaen", &error);
  if (again == NULL)
    {
      fprintf (stderr, "a written plan does not read back: %s\n", error->message);
      abort ();
    }
  if (!phaen_plan_equal (plan, again, &why))
    {
      fprintf (stderr, "the plan changed in a write/read round trip: %s\n", why);
      abort ();
    }

  rows = phaen_summary_compute (plan);
  if (rows->len == 0)
    {
      fprintf (stderr, "the summary has no total row\n");
      abort ();
    }
  csv = phaen_csv_export (plan);

  return 0;
}
