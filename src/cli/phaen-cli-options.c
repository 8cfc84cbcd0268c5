/* phaen-cli-options.c: option parsing and usage errors of the subcommands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "phaen-cli-private.h"
#include "model/phaen-limits.h"
#include "model/phaen-thai.h"

int
phaen_cli_usage_error (const char *command,
                       const char *message)
{
  g_autofree char *help = NULL;

  if (command != NULL)
    help = g_strdup_printf ("phaen %s --help", command);
  else
    help = g_strdup ("phaen --help");

  g_printerr ("phaen%s%s: %s\n", command ? " " : "", command ? command : "", message);
  g_printerr (_("Try “%s” for more information."), help);
  g_printerr ("\n");

  return PHAEN_EXIT_USAGE;
}

/* Parses the options of a subcommand. Returns -1 when the command should
 * go on (the positional arguments are left in @out_args), otherwise the
 * exit code (help printed, or usage error). */
static int
parse_options (const PhaenCliCommand  *command,
               GOptionEntry           *entries,
               int                     argc,
               char                  **argv,
               GStrv                  *out_args)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_auto(GStrv) remaining = NULL;
  g_autofree char *prgname = NULL;
  gboolean help = FALSE;
  GOptionEntry help_entries[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, N_("Show the help of this command"), NULL },
    /* the positional arguments; "--" ends the options and is dropped */
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &remaining, NULL, NULL },
    { NULL }
  };

  /* The usage line reads "phaen COMMAND [OPTION…] FILE". */
  prgname = g_strdup_printf ("phaen %s", command->name);
  g_set_prgname (prgname);
  context = g_option_context_new (_(command->parameter));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_summary (context, _(command->summary));
  g_option_context_set_description (context, _(command->description));
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, help_entries, GETTEXT_PACKAGE);

  /* argv[0] is "phaen", argv[1] the command: parse the rest. */
  args = g_new0 (char *, argc);
  args[0] = g_strdup (prgname);
  for (int i = 2; i < argc; i++)
    args[i - 1] = g_strdup (argv[i]);

  if (!g_option_context_parse_strv (context, &args, &error))
    return phaen_cli_usage_error (command->name, error->message);

  if (help)
    {
      g_autofree char *text = g_option_context_get_help (context, TRUE, NULL);

      phaen_cli_print (text);
      return PHAEN_EXIT_OK;
    }

  *out_args = remaining != NULL ? g_steal_pointer (&remaining) : g_new0 (char *, 1);

  return -1;
}

static int
require_args (const PhaenCliCommand *command,
              GStrv                  args,
              guint                  min,
              guint                  max)
{
  guint n = g_strv_length (args);

  if (n < min)
    return phaen_cli_usage_error (command->name, _("a file name is missing"));
  if (n > max)
    {
      g_autofree char *message = g_strdup_printf (_("unexpected argument “%s”"), args[max]);
      return phaen_cli_usage_error (command->name, message);
    }

  return -1;
}

int
phaen_cli_parse_command_line (const PhaenCliCommand  *command,
                              GOptionEntry           *entries,
                              int                     argc,
                              char                  **argv,
                              guint                   min,
                              guint                   max,
                              GStrv                  *out_args)
{
  int status;

  status = parse_options (command, entries, argc, argv, out_args);
  if (status >= 0)
    return status;

  return require_args (command, *out_args, min, max);
}

int
phaen_cli_parse_fiscal_year (const char *command,
                             const char *text,
                             guint      *out_year)
{
  g_autofree char *arabic = phaen_arabic_digits (text);
  g_autofree char *message = NULL;
  guint64 year = 0;
  const char *p;

  g_strstrip (arabic);
  if (*arabic == '\0' || strlen (arabic) > 6)
    goto bad;
  for (p = arabic; *p; p++)
    {
      if (!g_ascii_isdigit (*p))
        goto bad;
      year = year * 10 + (guint64) (*p - '0');
    }

  if (year >= 1900 && year < PHAEN_FISCAL_YEAR_MIN)
    {
      message = g_strdup_printf (_("fiscal year %u looks like a year of the Christian era; "
                                   "Phaen uses Buddhist-era fiscal years (BE = CE + 543): "
                                   "did you mean %u?"),
                                 (guint) year, (guint) year + 543);
      return phaen_cli_usage_error (command, message);
    }

  if (year < PHAEN_FISCAL_YEAR_MIN || year > PHAEN_FISCAL_YEAR_MAX)
    {
      message = g_strdup_printf (_("fiscal year %u is outside %u–%u (Buddhist era)"),
                                 (guint) year, PHAEN_FISCAL_YEAR_MIN, PHAEN_FISCAL_YEAR_MAX);
      return phaen_cli_usage_error (command, message);
    }

  *out_year = (guint) year;
  return -1;

bad:
  message = g_strdup_printf (_("“%s” is not a fiscal year; write it in the Buddhist era, e.g. 2569"),
                             text);
  return phaen_cli_usage_error (command, message);
}

int
phaen_cli_parse_render_options (const char  *command,
                                const char  *digits,
                                char        *font,
                                PhaenDigits *out_digits,
                                const char **out_font)
{
  if (digits == NULL)
    *out_digits = PHAEN_DIGITS_FROM_PLAN;
  else if (g_str_equal (digits, "thai"))
    *out_digits = PHAEN_DIGITS_THAI;
  else if (g_str_equal (digits, "arabic"))
    *out_digits = PHAEN_DIGITS_ARABIC;
  else
    {
      g_autofree char *message = g_strdup_printf (_("unknown digits “%s”: use thai or arabic"), digits);
      return phaen_cli_usage_error (command, message);
    }

  *out_font = font != NULL && *g_strstrip (font) != '\0' ? font : NULL;
  return -1;
}

int
phaen_cli_parse_format (const char *command,
                        const char *text,
                        const char *plain,
                        gboolean   *out_csv)
{
  g_autofree char *message = NULL;

  if (text == NULL || g_str_equal (text, plain))
    *out_csv = FALSE;
  else if (g_str_equal (text, "csv"))
    *out_csv = TRUE;
  else
    {
      /* The second %s is the name of the other format, e.g. text or pdf. */
      message = g_strdup_printf (_("unknown format “%s”: use %s or csv"), text, plain);
      return phaen_cli_usage_error (command, message);
    }

  return -1;
}

char *
phaen_cli_strip_dup (const char *text)
{
  return text != NULL ? g_strstrip (g_strdup (text)) : NULL;
}
