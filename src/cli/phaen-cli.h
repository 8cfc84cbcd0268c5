/* phaen-cli.h: the headless command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes */
#define PHAEN_EXIT_OK    0
#define PHAEN_EXIT_INPUT 1   /* bad input; messages on stderr */
#define PHAEN_EXIT_USAGE 2

/* TRUE when argv names a subcommand (the app must not start a display). */
gboolean phaen_cli_is_command (int argc, char **argv);
/* Runs the subcommand in argv[1]; returns the exit code. */
int      phaen_cli_run        (int argc, char **argv);

G_END_DECLS
