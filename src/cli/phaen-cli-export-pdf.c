/* phaen-cli-export-pdf.c: phaen export-pdf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders the printable document as PDF.
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "model/phaen-plan-editions.h"
#include "model/phaen-plan.h"
#include "render/phaen-edition-pages.h"
#include "render/phaen-pdf.h"

static int
command_export_pdf (const PhaenCliCommand  *command,
                    int                     argc,
                    char                  **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *font = NULL;
  g_autofree char *flow = NULL;
  g_autofree char *edition = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GBytes) pdf = NULL;
  PhaenPdfOptions options = { PHAEN_DIGITS_FROM_PLAN, NULL };
  guint n_pages = 0;
  guint which = PHAEN_EDITION_DOCUMENT_CURRENT;
  int status;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the PDF to OUT (required)"), N_("OUT.pdf") },
    { "digits", 0, 0, G_OPTION_ARG_STRING, &digits,
      N_("Print numbers in thai or arabic digits (default: the plan's setting)"), N_("DIGITS") },
    { "font", 0, 0, G_OPTION_ARG_STRING, &font,
      N_("Font family (default: TH Sarabun New or the closest installed)"), N_("FAMILY") },
    { "pd02-flow", 0, 0, G_OPTION_ARG_STRING, &flow,
      N_("page-per-group or continuous, for this document only (default: the plan's setting)"), N_("FLOW") },
    { "edition", 'e', 0, G_OPTION_ARG_STRING, &edition,
      N_("The document of addition or amendment N (1, 2, …), 0 for the plan as adopted, or current for the consolidated plan (default)"),
      N_("N|current") },
    { NULL }
  };

  status = phaen_cli_parse_command_line (command, entries, argc, argv, 1, 1, &args);
  if (status >= 0)
    return status;
  if (output == NULL || *output == '\0')
    return phaen_cli_usage_error (command->name, _("the output file is missing: add -o OUT.pdf"));

  status = phaen_cli_parse_render_options (command->name, digits, font,
                                           &options.digits, &options.font_family);
  if (status >= 0)
    return status;

  if (flow != NULL)
    {
      PhaenGroupFlow value;

      if (!phaen_group_flow_from_string (flow, &value))
        {
          g_autofree char *message = g_strdup_printf (_("unknown flow “%s”: use page-per-group or continuous"), flow);
          return phaen_cli_usage_error (command->name, message);
        }
      options.pd02_flow = value == PHAEN_GROUP_FLOW_CONTINUOUS ? PHAEN_PD02_CONTINUOUS : PHAEN_PD02_PAGE_PER_GROUP;
    }

  if (edition != NULL && !phaen_edition_document_parse (edition, &which))
    {
      g_autofree char *message = g_strdup_printf (_("unknown edition “%s”: use a number (0 for the plan as adopted) or current"),
                                                  edition);
      return phaen_cli_usage_error (command->name, message);
    }

  plan = phaen_cli_load_checked_plan (args[0]);
  if (plan == NULL)
    return PHAEN_EXIT_INPUT;
  if (!phaen_cli_check_distinct_files (args[0], output, &error))
    return phaen_cli_input_failure (NULL, error);

  if (which != PHAEN_EDITION_DOCUMENT_CURRENT && which > phaen_plan_get_n_editions (plan))
    {
      g_printerr (ngettext ("%s: there is no edition %u: the plan has %u addition or amendment (see phaen edition list)\n",
                            "%s: there is no edition %u: the plan has %u additions and amendments (see phaen edition list)\n",
                            phaen_plan_get_n_editions (plan)),
                  args[0], which, phaen_plan_get_n_editions (plan));
      return PHAEN_EXIT_INPUT;
    }

  warnings = g_ptr_array_new_with_free_func (g_free);
  /* A plan without editions prints as it always has. */
  if (phaen_plan_get_n_editions (plan) == 0 && (which == 0 || which == PHAEN_EDITION_DOCUMENT_CURRENT))
    pdf = phaen_pdf_render (plan, &options, warnings, &n_pages, &error);
  else
    pdf = phaen_edition_pdf_render (plan, which, &options, warnings, &n_pages, &error);

  phaen_cli_print_warnings (warnings);

  if (pdf == NULL)
    return phaen_cli_input_failure (args[0], error);

  return phaen_cli_write_output (output, pdf);
}

const PhaenCliCommand phaen_cli_command_export_pdf = {
  "export-pdf", N_("IN.phaen"),
  N_("Render the printable plan document as PDF"),
  N_("Renders the whole document (cover, announcement, Part 1, forms\n"
     "ผด.01, ผด.02 and ผด.02/1) to OUT.pdf. Font warnings are printed on\n"
     "standard error.\n\n"
     "A plan with additions and amendments prints, by default, the\n"
     "consolidated plan in force (ฉบับรวม): every adopted edition applied,\n"
     "the editions listed under the titles and marked on the projects they\n"
     "added or changed. --edition N prints the document of edition N (see\n"
     "phaen edition list): its cover and announcement, ผด.01 of its projects,\n"
     "its new projects and, old over new (เดิม / แก้ไขเป็น), the ones it\n"
     "changed or cancelled. --edition 0 prints the plan as adopted.\n\n"
     "Examples:\n"
     "  phaen export-pdf plan-2569.phaen -o plan-2569.pdf --digits thai\n"
     "  phaen export-pdf plan-2569.phaen --edition 2 -o amendment-1.pdf"),
  command_export_pdf,
};
