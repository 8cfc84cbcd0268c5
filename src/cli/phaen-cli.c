/* phaen-cli.c: the headless command line (phaen import-csv, validate, …)
 *
 * The command table (phaen-cli-commands.h), the main help and the
 * dispatch to the subcommands; each subcommand lives in its own file,
 * phaen-cli-NAME.c, and shares the helpers of phaen-cli-private.h: they
 * parse its options, report bad input on stderr exactly as the library
 * words it and write every output file through a temporary file renamed
 * into place, so a failure never leaves a partial or empty file behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "phaen-cli.h"
#include "phaen-cli-private.h"
#include "io/phaen-file.h"

static const PhaenCliCommand * const commands[] = {
#define PHAEN_CLI_COMMAND(id) &phaen_cli_command_##id,
#include "phaen-cli-commands.h"
#undef PHAEN_CLI_COMMAND
};

static const PhaenCliCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i]->name, name) == 0)
      return commands[i];

  return NULL;
}

static void
print_main_help (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gsize name_width = strlen ("help");

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    name_width = MAX (name_width, strlen (commands[i]->name));

  g_string_append_printf (out, _("Usage: %s COMMAND [OPTION…] FILE…"), "phaen");
  g_string_append (out, "\n\n");
  g_string_append (out, _("Phaen prepares the annual operations plan (แผนการดำเนินงาน) "
                          "of a Thai local government organisation."));
  g_string_append (out, "\n\n");
  g_string_append (out, _("Commands:"));
  g_string_append_c (out, '\n');
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (out, "  %-*s  %s\n",
                            (int) name_width, commands[i]->name,
                            _(commands[i]->summary));
  g_string_append_printf (out, "  %-*s  %s\n", (int) name_width, "help",
                          _("Show the help of a command"));
  g_string_append_c (out, '\n');
  g_string_append (out, _("Options:"));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, "  %-*s  %s\n", (int) name_width, "-h, --help",
                          _("Show this help"));
  g_string_append_printf (out, "  %-*s  %s\n", (int) name_width, "--version",
                          _("Show the version"));
  g_string_append_c (out, '\n');
  g_string_append_printf (out, _("Run “%s” for the options and examples of a command."),
                          "phaen COMMAND --help");
  g_string_append_c (out, '\n');
  g_string_append (out, _("Without a command (or with plan files) Phaen opens its window; "
                          "without a graphical display it prints this help."));
  g_string_append_c (out, '\n');

  phaen_cli_print (out->str);
}

/* ---- entry points ----------------------------------------------------- */

gboolean
phaen_cli_is_command (int    argc,
                      char **argv)
{
  const char *first;

  if (argc < 2 || argv[1] == NULL)
    return FALSE;

  first = argv[1];

  return find_command (first) != NULL ||
         g_str_equal (first, "help") ||
         g_str_equal (first, "--help") ||
         g_str_equal (first, "-h") ||
         g_str_equal (first, "--version");
}

static int
run (int    argc,
     char **argv)
{
  const PhaenCliCommand *command;
  const char *first;

  if (argc < 2 || argv[1] == NULL)
    {
      print_main_help ();
      return PHAEN_EXIT_OK;
    }

  first = argv[1];

  if (g_str_equal (first, "--help") || g_str_equal (first, "-h") ||
      (g_str_equal (first, "help") && argc == 2))
    {
      print_main_help ();
      return PHAEN_EXIT_OK;
    }

  if (g_str_equal (first, "--version"))
    {
      phaen_cli_printf ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return PHAEN_EXIT_OK;
    }

  if (g_str_equal (first, "help"))
    {
      char *help_argv[] = { argv[0], argv[2], (char *) "--help", NULL };

      if (argc > 3)
        {
          g_autofree char *message = g_strdup_printf (_("unexpected argument “%s”"), argv[3]);
          return phaen_cli_usage_error (NULL, message);
        }

      command = find_command (argv[2]);
      if (command == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("unknown command “%s”"), argv[2]);
          return phaen_cli_usage_error (NULL, message);
        }

      return command->func (command, 3, help_argv);
    }

  if (first[0] == '-')
    {
      g_autofree char *message = g_strdup_printf (_("unknown option “%s”"), first);
      return phaen_cli_usage_error (NULL, message);
    }

  command = find_command (first);
  if (command == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("unknown command “%s”"), first);
      return phaen_cli_usage_error (NULL, message);
    }

  return command->func (command, argc, argv);
}

int
phaen_cli_run (int    argc,
               char **argv)
{
  int status;

  /* Ctrl-C or a kill during a save leaves no temporary file behind. */
  phaen_file_install_signal_cleanup ();

  phaen_cli_begin_stdout ();
  status = run (argc, argv);

  /* A write to standard output that failed (full disk, "> /dev/full")
   * makes the command fail, whatever it was. */
  return phaen_cli_finish_stdout (status);
}
