/* main.c: the phaen executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <glib/gi18n.h>

#include "phaen-cli.h"
#include "phaen-application.h"

/* TRUE when argv is empty or names what the window opens (plan files,
 * URIs): `phaen frobnicate` or `phaen --frob` stay with the command line,
 * which reports them. */
static gboolean
names_files (int    argc,
             char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (arg[0] == '-')
        return FALSE;
      if (!g_str_has_suffix (arg, ".phaen") && !g_file_test (arg, G_FILE_TEST_EXISTS) &&
          strstr (arg, "://") == NULL)
        return FALSE;
    }
  return TRUE;
}

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

  /* A subcommand (phaen export-pdf …) never touches the display: the
   * decision is taken here, before any GTK call. Anything else (no
   * argument, or plan files to open) starts the window. */
  if (phaen_cli_is_command (argc, argv) || !names_files (argc, argv))
    return phaen_cli_run (argc, argv);

  return phaen_application_run_main (argc, argv);
}
