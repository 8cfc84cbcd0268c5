/* phaen-cli-commands.h: the command table of "phaen", one line a command
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included with PHAEN_CLI_COMMAND (id) defined; each line names the
 * PhaenCliCommand phaen_cli_command_<id> defined in src/cli/. The order is
 * the order of "phaen --help". A new command is a new file plus one line
 * here (and its file in src/cli/meson.build and po/POTFILES.in).
 */

/* no include guard: included once per use of PHAEN_CLI_COMMAND */

PHAEN_CLI_COMMAND (import_csv)
PHAEN_CLI_COMMAND (export_csv)
PHAEN_CLI_COMMAND (validate)
PHAEN_CLI_COMMAND (summary)
PHAEN_CLI_COMMAND (export_pdf)
PHAEN_CLI_COMMAND (export_timeline)
PHAEN_CLI_COMMAND (report)
PHAEN_CLI_COMMAND (export_status)
PHAEN_CLI_COMMAND (import_status)
PHAEN_CLI_COMMAND (edition)
PHAEN_CLI_COMMAND (diff)
