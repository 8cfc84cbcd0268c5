/* phaen-cli-export-timeline.c: phaen export-timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws the fiscal-year timeline of a plan as PDF (A4 or A3 landscape
 * pages), SVG or PNG, the format taken from the output's extension. An
 * unfinished plan is drawn as it is: projects without a strategy, program
 * or unit show in the "not specified" groups.
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "model/phaen-fiscal.h"
#include "model/phaen-plan.h"
#include "render/phaen-timeline-export.h"

/* Today's Julian day in local time, or from --today (ISO date or "none"). */
static int
parse_today (const PhaenCliCommand *command,
             const char            *text,
             guint                 *julian)
{
  GDate date;

  g_date_clear (&date, 1);
  if (text == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (&date, (GDateDay) g_date_time_get_day_of_month (now),
                      (GDateMonth) g_date_time_get_month (now),
                      (GDateYear) g_date_time_get_year (now));
    }
  else if (g_str_equal (text, "none"))
    {
      *julian = 0;
      return -1;
    }
  else if (!phaen_date_parse_iso (text, &date, NULL) || !g_date_valid (&date))
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is not a date: write it as YYYY-MM-DD (Christian era), or none"),
                         text);

      return phaen_cli_usage_error (command->name, message);
    }

  *julian = g_date_get_julian (&date);
  return -1;
}

static int
command_export_timeline (const PhaenCliCommand  *command,
                         int                     argc,
                         char                  **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *group_by = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *font = NULL;
  g_autofree char *today = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PhaenTimelineExportOptions options;
  guint n_pages = 0;
  int status;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the timeline to OUT, a .pdf, .svg or .png file (required)"), N_("OUT") },
    { "group-by", 0, 0, G_OPTION_ARG_STRING, &group_by,
      N_("Group the projects by program (default), unit or source"), N_("GROUPING") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper,
      N_("Paper of the PDF pages, landscape: a4 (default) or a3"), N_("PAPER") },
    { "digits", 0, 0, G_OPTION_ARG_STRING, &digits,
      N_("Print numbers in thai or arabic digits (default: the plan's setting)"), N_("DIGITS") },
    { "font", 0, 0, G_OPTION_ARG_STRING, &font,
      N_("Font family (default: TH Sarabun New or the closest installed)"), N_("FAMILY") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today,
      N_("Draw the today line at DATE (YYYY-MM-DD), or none (default: today)"), N_("DATE") },
    { NULL }
  };

  status = phaen_cli_parse_command_line (command, entries, argc, argv, 1, 1, &args);
  if (status >= 0)
    return status;

  phaen_timeline_export_options_init (&options);

  if (output == NULL || *output == '\0')
    return phaen_cli_usage_error (command->name, _("the output file is missing: add -o OUT.pdf, OUT.svg or OUT.png"));
  if (!phaen_timeline_format_from_filename (output, &options.format))
    {
      g_autofree char *message =
        g_strdup_printf (_("cannot tell the format of “%s”: end its name with .pdf, .svg or .png"),
                         output);

      return phaen_cli_usage_error (command->name, message);
    }

  if (group_by != NULL && !phaen_timeline_group_by_from_string (group_by, &options.group_by))
    {
      g_autofree char *message =
        g_strdup_printf (_("unknown grouping “%s”: use program, unit or source"), group_by);

      return phaen_cli_usage_error (command->name, message);
    }

  if (paper != NULL && !phaen_timeline_paper_from_string (paper, &options.paper))
    {
      g_autofree char *message = g_strdup_printf (_("unknown paper “%s”: use a4 or a3"), paper);

      return phaen_cli_usage_error (command->name, message);
    }

  status = phaen_cli_parse_render_options (command->name, digits, font,
                                           &options.digits, &options.font_family);
  if (status >= 0)
    return status;

  status = parse_today (command, today, &options.today);
  if (status >= 0)
    return status;

  plan = phaen_cli_load_plan (args[0], &error);
  if (plan == NULL)
    return phaen_cli_input_failure (NULL, error);
  if (!phaen_cli_check_distinct_files (args[0], output, &error))
    return phaen_cli_input_failure (NULL, error);

  warnings = g_ptr_array_new_with_free_func (g_free);
  bytes = phaen_timeline_export (plan, &options, warnings, &n_pages, &error);

  phaen_cli_print_warnings (warnings);

  if (bytes == NULL)
    return phaen_cli_input_failure (args[0], error);

  return phaen_cli_write_output (output, bytes);
}

const PhaenCliCommand phaen_cli_command_export_timeline = {
  "export-timeline", N_("IN.phaen"),
  N_("Draw the timeline of the projects over the fiscal year"),
  N_("Draws every project of IN.phaen against the twelve months of the\n"
     "fiscal year (ต.ค.–ก.ย.), grouped by strategy and program, by unit or by\n"
     "funding source, with the number of projects and the budget running in\n"
     "each month. OUT.pdf has landscape pages with the header repeated on\n"
     "each; OUT.svg and OUT.png hold the whole timeline in one picture.\n\n"
     "Example:\n"
     "  phaen export-timeline plan-2569.phaen -o timeline.pdf --group-by unit --paper a3"),
  command_export_timeline,
};
