/* fuzz-xml.c: libFuzzer harness for the .phaen reader
 *
 * Any input must either fail with an error or give a plan that a file can
 * hold (phaen_plan_check_storable(); unfinished work is allowed), whose
 * texts are normalised and within the limits
 * (fuzz-invariants.h), that serialises, reads back equal, rebuilds every
 * state its editions recorded, and can be summarised and exported to CSV.
 * Criticals and warnings abort, so a g_return_if_fail() reached from file
 * contents is a finding too.
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

#include "fuzz-invariants.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
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

  /* Unfinished work loads (issue 6); what no file can hold does not. */
  if (!phaen_plan_check_storable (plan, NULL, &error))
    {
      fprintf (stderr, "the reader accepted a plan no file can hold: %s\n", error->message);
      abort ();
    }

  fuzz_check_plan (plan, "the XML reader", FALSE);

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

  /* Editions: every earlier state rebuilds (the reader checked every
   * record against the plan). */
  for (guint k = 0; k <= phaen_plan_get_n_editions (plan); k++)
    {
      g_autoptr(PhaenPlan) earlier = phaen_plan_rebuild_at_edition (plan, k, &error);

      if (earlier == NULL)
        {
          fprintf (stderr, "edition %u of an accepted plan does not rebuild: %s\n", k, error->message);
          abort ();
        }
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
