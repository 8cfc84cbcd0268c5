/* phaen-cli-report.c: phaen report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The monitoring report of a 6- or 12-month round, as PDF or as the CSV
 * of its figures.
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "io/phaen-status-csv.h"
#include "model/phaen-report.h"
#include "model/phaen-thai.h"
#include "render/phaen-report-pages.h"

static int
command_report (const PhaenCliCommand  *command,
                int                     argc,
                char                  **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *round_arg = NULL;
  g_autofree char *format = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *font = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PhaenRenderOptions options = { PHAEN_DIGITS_FROM_PLAN, NULL };
  gboolean csv;
  guint64 round = 0;
  int status;
  GOptionEntry entries[] = {
    { "round", 'r', 0, G_OPTION_ARG_STRING, &round_arg,
      N_("The round: 6 (October–March) or 12 (the whole year) (required)"), N_("MONTHS") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the report to OUT (required for PDF; CSV goes to standard output without it)"), N_("OUT") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: pdf (default) or csv (the table of figures)"), N_("FORMAT") },
    { "digits", 0, 0, G_OPTION_ARG_STRING, &digits,
      N_("Print numbers in thai or arabic digits (PDF; default: the plan's setting)"), N_("DIGITS") },
    { "font", 0, 0, G_OPTION_ARG_STRING, &font,
      N_("Font family (PDF; default: TH Sarabun New or the closest installed)"), N_("FAMILY") },
    { NULL }
  };

  status = phaen_cli_parse_command_line (command, entries, argc, argv, 1, 1, &args);
  if (status >= 0)
    return status;

  if (round_arg == NULL)
    return phaen_cli_usage_error (command->name, _("the round is missing: add --round 6 or --round 12"));
  {
    g_autofree char *stripped = phaen_cli_strip_dup (round_arg);
    g_autofree char *arabic = phaen_arabic_digits (stripped);

    if (!g_ascii_string_to_unsigned (arabic, 10, 0, 12, &round, NULL) ||
        !phaen_report_round_is_valid ((guint) round))
      {
        g_autofree char *message = g_strdup_printf (_("unknown round “%s”: use 6 or 12"), round_arg);
        return phaen_cli_usage_error (command->name, message);
      }
  }

  status = phaen_cli_parse_format (command->name, format, "pdf", &csv);
  if (status >= 0)
    return status;

  if (!csv && (output == NULL || *output == '\0'))
    return phaen_cli_usage_error (command->name, _("the output file is missing: add -o OUT.pdf"));

  status = phaen_cli_parse_render_options (command->name, digits, font,
                                           &options.digits, &options.font_family);
  if (status >= 0)
    return status;

  plan = phaen_cli_load_checked_plan (args[0]);
  if (plan == NULL)
    return PHAEN_EXIT_INPUT;
  if (output != NULL && *output != '\0' &&
      !phaen_cli_check_distinct_files (args[0], output, &error))
    return phaen_cli_input_failure (NULL, error);

  if (csv)
    {
      g_autoptr(PhaenReport) report = phaen_report_new (plan, (PhaenReportRound) round);

      bytes = phaen_report_csv_export (report);
    }
  else
    {
      g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);

      bytes = phaen_report_pdf_render (plan, (PhaenReportRound) round, &options,
                                       warnings, NULL, &error);
        phaen_cli_print_warnings (warnings);
      if (bytes == NULL)
        return phaen_cli_input_failure (args[0], error);
    }

  return phaen_cli_write_output_or_stdout (output, bytes);
}

const PhaenCliCommand phaen_cli_command_report = {
  "report", N_("IN.phaen"),
  N_("Make the monitoring report of a 6- or 12-month round"),
  N_("Makes the monitoring and evaluation report of the plan for a round:\n"
     "6 months (October–March) or 12 months (the whole fiscal year). Per\n"
     "strategy and in total it counts the projects planned, completed, in\n"
     "progress, not started, cancelled and carried over, compares the budget\n"
     "with the amounts contracted and disbursed, and the planned months with\n"
     "the actual months (on time, early, late); then three charts and the\n"
     "projects by status with their remarks. Equipment counts as in ผด.01.\n\n"
     "With --format csv the figures per strategy are written as CSV (Arabic\n"
     "digits) to OUT, or to standard output without -o.\n\n"
     "Examples:\n"
     "  phaen report plan-2569.phaen --round 6 -o report-6.pdf\n"
     "  phaen report plan-2569.phaen --round 12 --format csv > report-12.csv"),
  command_report,
};
