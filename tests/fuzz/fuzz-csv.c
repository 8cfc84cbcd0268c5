/* fuzz-csv.c: libFuzzer harness for the CSV importer
 *
 * Any input imported into a fresh plan must either fail, leaving the plan
 * exactly as it was (the import is all or nothing), or give a plan that
 * passes phaen_plan_validate(), whose texts are normalised and within the
 * limits (fuzz-invariants.h), whose strategies, programs and units have
 * distinct names, that survives an XML write/read round trip, and whose
 * CSV export imports back to the same export (the neutralisation of
 * formula-like cells included). Criticals and warnings abort.
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

static PhaenPlan *
new_plan (void)
{
  PhaenPlan *plan = phaen_plan_new ();

  g_object_set (plan,
                "organisation-name", "เทศบาลตำบลทดสอบ",
                "organisation-kind", PHAEN_ORGANISATION_SUBDISTRICT_MUNICIPALITY,
                "fiscal-year", 2569,
                NULL);

  return plan;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = new_plan ();
  g_autoptr(PhaenPlan) pristine = new_plan ();
  g_autoptr(PhaenPlan) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *why = NULL;
  const char *xml;
  gsize length;

  if (!phaen_csv_import (plan, (const char *) data, size, "fuzz.csv", &error))
    {
      if (error == NULL || error->message == NULL || error->message[0] == '\0')
        {
          fprintf (stderr, "import failed without an error message\n");
          abort ();
        }
      if (!phaen_plan_equal (plan, pristine, &why))
        {
          fprintf (stderr, "a failed import changed the plan: %s\n", why);
          abort ();
        }
      return 0;
    }

  if (!phaen_plan_validate (plan, &error))
    {
      fprintf (stderr, "the import produced an invalid plan: %s\n", error->message);
      abort ();
    }

  fuzz_check_plan (plan, "CSV import", TRUE);
  fuzz_check_distinct_names (phaen_plan_get_strategies (plan), "CSV import");
  fuzz_check_distinct_names (phaen_plan_get_programs (plan), "CSV import");
  fuzz_check_distinct_names (phaen_plan_get_units (plan), "CSV import");

  bytes = phaen_xml_write_to_bytes (plan);
  xml = g_bytes_get_data (bytes, &length);
  again = phaen_xml_read_from_data (xml, length, "again.phaen", &error);
  if (again == NULL)
    {
      fprintf (stderr, "an imported plan does not read back from XML: %s\n", error->message);
      abort ();
    }
  if (!phaen_plan_equal (plan, again, &why))
    {
      fprintf (stderr, "an imported plan changed in an XML round trip: %s\n", why);
      abort ();
    }

  /* what export-csv writes, import-csv reads back */
  {
    g_autoptr(GBytes) csv = phaen_csv_export (plan);
    g_autoptr(GBytes) csv_again = NULL;
    g_autoptr(PhaenPlan) reimported = new_plan ();

    if (!phaen_csv_import (reimported, g_bytes_get_data (csv, NULL), g_bytes_get_size (csv),
                           "export.csv", &error))
      {
        fprintf (stderr, "an exported CSV does not import: %s\n", error->message);
        abort ();
      }
    csv_again = phaen_csv_export (reimported);
    if (!g_bytes_equal (csv, csv_again))
      {
        fprintf (stderr, "export, import and export again gave another CSV\n");
        abort ();
      }
  }

  return 0;
}
