/* phaen-cli-import-csv.c: phaen import-csv
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Creates a plan from a CSV file of projects, or (--into) adds the
 * projects of a CSV file to an existing plan.
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "io/phaen-csv.h"
#include "io/phaen-file.h"
#include "model/phaen-plan-editions.h"
#include "model/phaen-plan.h"

/* --into FILE: the projects of @csv_path appended to the plan in FILE, all
 * or nothing, as one step; inside an open edition they are its additions. */
static int
import_into (const PhaenCliCommand *command,
             const char            *csv_path,
             const char            *plan_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  PhaenEdition *open;
  const char *data;
  gsize length;
  guint before, added;

  if (!phaen_cli_check_distinct_files (csv_path, plan_path, &error))
    return phaen_cli_input_failure (NULL, error);

  plan = phaen_cli_load_plan (plan_path, &error);
  if (plan == NULL)
    return phaen_cli_input_failure (NULL, error);

  /* Refused before the CSV is read: a plan with adopted editions takes
   * new projects only into an open one. */
  if (!phaen_plan_check_edit (plan, plan, NULL, &error))
    return phaen_cli_input_failure (plan_path, error);

  bytes = phaen_cli_read_input (csv_path, &error);
  if (bytes == NULL)
    return phaen_cli_input_failure (NULL, error);

  before = g_list_model_get_n_items (phaen_plan_get_projects (plan));
  data = g_bytes_get_data (bytes, &length);
  if (!phaen_csv_import_into (plan, data != NULL ? data : "", length, csv_path, &error))
    return phaen_cli_input_failure (NULL, error);
  added = g_list_model_get_n_items (phaen_plan_get_projects (plan)) - before;

  if (!phaen_file_save (plan, plan_path, &error))
    return phaen_cli_input_failure (NULL, error);

  open = phaen_plan_get_open_edition (plan);
  if (open != NULL)
    {
      g_autofree char *label = phaen_edition_dup_label (open);

      phaen_cli_printf (ngettext ("%u project added to %s, in %s\n",
                                  "%u projects added to %s, in %s\n", added),
                        added, plan_path, label);
    }
  else
    phaen_cli_printf (ngettext ("%u project added to %s\n",
                                "%u projects added to %s\n", added),
                      added, plan_path);

  return PHAEN_EXIT_OK;
}

static int
command_import_csv (const PhaenCliCommand  *command,
                    int                     argc,
                    char                  **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *into = NULL;
  g_autofree char *organisation_arg = NULL;
  g_autofree char *fiscal_year_arg = NULL;
  g_autofree char *district_arg = NULL;
  g_autofree char *province_arg = NULL;
  g_autofree char *garuda_arg = NULL;
  g_autofree char *seal_arg = NULL;
  g_autoptr(GBytes) garuda = NULL;
  g_autoptr(GBytes) seal = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *district = NULL;
  g_autofree char *province = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  const char *data;
  gsize length;
  guint fiscal_year = 0;
  int status;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the plan to OUT (required, unless --into)"), N_("OUT.phaen") },
    { "into", 0, 0, G_OPTION_ARG_FILENAME, &into,
      N_("Add the projects to the existing plan FILE instead (inside its open addition or amendment, if any)"),
      N_("FILE.phaen") },
    { "organisation", 0, 0, G_OPTION_ARG_STRING, &organisation_arg,
      N_("Full name of the organisation, e.g. เทศบาลตำบลบางพระ (required)"), N_("NAME") },
    { "fiscal-year", 0, 0, G_OPTION_ARG_STRING, &fiscal_year_arg,
      N_("Fiscal year in the Buddhist era, e.g. 2569 (required)"), N_("YYYY") },
    { "district", 0, 0, G_OPTION_ARG_STRING, &district_arg,
      N_("District (อำเภอ) without the word อำเภอ"), N_("D") },
    { "province", 0, 0, G_OPTION_ARG_STRING, &province_arg,
      N_("Province (จังหวัด) without the word จังหวัด"), N_("P") },
    { "garuda", 0, 0, G_OPTION_ARG_FILENAME, &garuda_arg,
      N_("The Garuda emblem above the announcement (PNG, JPEG or SVG)"), N_("IMAGE") },
    { "seal", 0, 0, G_OPTION_ARG_FILENAME, &seal_arg,
      N_("The organisation's seal on the cover (PNG, JPEG or SVG)"), N_("IMAGE") },
    { NULL }
  };

  status = phaen_cli_parse_command_line (command, entries, argc, argv, 1, 1, &args);
  if (status >= 0)
    return status;

  if (into != NULL)
    {
      if (*into == '\0')
        return phaen_cli_usage_error (command->name, _("the plan file of --into is empty"));
      if (output != NULL || organisation_arg != NULL || fiscal_year_arg != NULL ||
          district_arg != NULL || province_arg != NULL)
        return phaen_cli_usage_error (command->name,
                                      _("--into adds to an existing plan: it takes none of -o, --organisation, --fiscal-year, --district, --province"));
      return import_into (command, args[0], into);
    }

  if (output == NULL || *output == '\0')
    return phaen_cli_usage_error (command->name, _("the output file is missing: add -o OUT.phaen"));

  organisation = phaen_cli_strip_dup (organisation_arg);
  if (organisation == NULL || *organisation == '\0')
    return phaen_cli_usage_error (command->name, _("the organisation is missing: add --organisation NAME"));

  if (fiscal_year_arg == NULL)
    return phaen_cli_usage_error (command->name, _("the fiscal year is missing: add --fiscal-year YYYY (Buddhist era)"));
  status = phaen_cli_parse_fiscal_year (command->name, fiscal_year_arg, &fiscal_year);
  if (status >= 0)
    return status;

  district = phaen_cli_strip_dup (district_arg);
  province = phaen_cli_strip_dup (province_arg);

  bytes = phaen_cli_read_input (args[0], &error);
  if (bytes == NULL)
    return phaen_cli_input_failure (NULL, error);

  if (!phaen_cli_check_distinct_files (args[0], output, &error))
    return phaen_cli_input_failure (NULL, error);

  /* The images read and checked before the plan is made. */
  if ((garuda_arg != NULL && !phaen_cli_read_emblem (garuda_arg, FALSE, &garuda, &error)) ||
      (seal_arg != NULL && !phaen_cli_read_emblem (seal_arg, FALSE, &seal, &error)))
    return phaen_cli_input_failure (NULL, error);

  plan = phaen_plan_new ();
  g_object_set (plan,
                "organisation-name", organisation,
                "organisation-kind", phaen_organisation_kind_guess (organisation),
                "district", district != NULL ? district : "",
                "province", province != NULL ? province : "",
                "fiscal-year", fiscal_year,
                NULL);

  data = g_bytes_get_data (bytes, &length);
  if (data == NULL)
    data = "";
  if (!phaen_csv_import (plan, data, length, args[0], &error))
    return phaen_cli_input_failure (NULL, error);

  phaen_plan_fill_default_texts (plan);
  g_object_set (plan, "garuda-emblem", garuda, "seal-emblem", seal, NULL);

  if (!phaen_file_save (plan, output, &error))
    return phaen_cli_input_failure (NULL, error);

  return PHAEN_EXIT_OK;
}

const PhaenCliCommand phaen_cli_command_import_csv = {
  "import-csv", N_("IN.csv"),
  N_("Create a plan file from a CSV file of projects, or add them to a plan"),
  N_("Reads the projects of IN.csv (UTF-8 or Windows-874, comma or semicolon\n"
     "separated) into a new plan and saves it as OUT. An existing OUT is\n"
     "replaced; its previous version is kept as OUT~.\n\n"
     "With --into FILE.phaen the projects are added to that plan instead\n"
     "(strategies, programs and units matched by name, new ones added), all\n"
     "or nothing, and FILE.phaen is saved keeping FILE.phaen~. Inside an\n"
     "open addition or amendment (phaen edition start) they are its\n"
     "additions; a plan whose editions are all adopted refuses them.\n\n"
     "Examples:\n"
     "  phaen import-csv projects.csv -o plan-2569.phaen \\\n"
     "      --organisation เทศบาลเมืองจันทนิมิต --fiscal-year 2569 \\\n"
     "      --district เมืองจันทบุรี --province จันทบุรี\n"
     "  phaen import-csv more.csv --into plan-2569.phaen"),
  command_import_csv,
};
