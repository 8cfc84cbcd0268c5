/* main.c: the phaen executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "phaen-cli.h"

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("PHAEN_LOCALEDIR");

  setlocale (LC_ALL, "");
  /* PHAEN_LOCALEDIR lets the tests (and a run from the build folder) use
   * the catalogues built in build/po without installing them. */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* A subcommand (phaen export-pdf …) never touches the display. Without
   * one Phaen will start its GTK window; until the window exists (a later
   * issue), phaen_cli_run() prints the help without a command, and the
   * help says so. phaen_cli_is_command() tells the two cases apart. */
  return phaen_cli_run (argc, argv);
}
