/* phaen-cli-private.h: what the subcommands of the command line share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A subcommand is one file, phaen-cli-NAME.c, that defines
 *
 *   const PhaenCliCommand phaen_cli_command_NAME = { "NAME", … };
 *
 * and one line PHAEN_CLI_COMMAND (NAME) in phaen-cli-commands.h (the
 * command table, in the order of "phaen --help"). The helpers below parse
 * its options, load its input, report bad input and write its output the
 * same way for every command.
 */
#pragma once

#include <gio/gio.h>

#include "phaen-cli.h"
#include "model/phaen-plan.h"
#include "render/phaen-render.h"

G_BEGIN_DECLS

typedef struct _PhaenCliCommand PhaenCliCommand;

/* Runs @command; argv[0] is "phaen", argv[1] the command name. Returns
 * the exit code (PHAEN_EXIT_*). */
typedef int (*PhaenCliFunc) (const PhaenCliCommand *command,
                             int                    argc,
                             char                 **argv);

struct _PhaenCliCommand
{
  const char   *name;
  const char   *parameter;    /* positional arguments, for the usage line (N_) */
  const char   *summary;      /* one line, for "phaen --help" (N_) */
  const char   *description;  /* below the options in "phaen COMMAND --help" (N_) */
  PhaenCliFunc  func;
};

#define PHAEN_CLI_COMMAND(id) extern const PhaenCliCommand phaen_cli_command_##id;
#include "phaen-cli-commands.h"
#undef PHAEN_CLI_COMMAND

/* ---- options (phaen-cli-options.c) ------------------------------------ */

/* Prints "phaen COMMAND: MESSAGE" and a hint to --help on stderr; returns
 * PHAEN_EXIT_USAGE. @command may be NULL (no command yet). */
int        phaen_cli_usage_error        (const char            *command,
                                         const char            *message);

/* Parses the options of @command (@entries may be NULL; -h/--help is
 * added) and checks that @min to @max positional arguments remain; "--"
 * ends the options and is not an argument. Returns -1 when the command
 * should go on, with the positional arguments in @out_args; otherwise the
 * exit code (help printed, or usage error). */
int        phaen_cli_parse_command_line (const PhaenCliCommand *command,
                                         GOptionEntry          *entries,
                                         int                    argc,
                                         char                 **argv,
                                         guint                  min,
                                         guint                  max,
                                         GStrv                 *out_args);

/* Reads a fiscal year (Buddhist era, Arabic or Thai digits). Returns -1
 * when valid, otherwise the exit code after printing the problem. */
int        phaen_cli_parse_fiscal_year  (const char            *command,
                                         const char            *text,
                                         guint                 *out_year);

/* Reads --digits (thai or arabic; NULL: the plan's setting) into
 * *@out_digits and --font into *@out_font (@font stripped in place; NULL
 * when absent or empty, for the default). Returns -1 when valid,
 * otherwise the exit code after printing the problem. */
int        phaen_cli_parse_render_options (const char          *command,
                                           const char          *digits,
                                           char                *font,
                                           PhaenDigits         *out_digits,
                                           const char         **out_font);

/* Reads --format: @plain (the default when @text is NULL, e.g. "text" or
 * "pdf") or "csv", setting *@out_csv. Returns -1 when valid, otherwise
 * the exit code after printing the problem. */
int        phaen_cli_parse_format       (const char            *command,
                                         const char            *text,
                                         const char            *plain,
                                         gboolean              *out_csv);

/* A trimmed copy of @text, or NULL for NULL. */
char      *phaen_cli_strip_dup          (const char            *text);

/* ---- input (phaen-cli-input.c) ----------------------------------------- */

/* Prints @message, every line prefixed with "@prefix: " unless @prefix is
 * NULL or the line already starts with it. */
void       phaen_cli_print_error        (const char            *prefix,
                                         const char            *message);

/* phaen_cli_print_error() of @error; returns PHAEN_EXIT_INPUT. */
int        phaen_cli_input_failure      (const char            *prefix,
                                         const GError          *error);

/* Reads a whole input file (size checked first); errors read "PATH: reason". */
GBytes    *phaen_cli_read_input         (const char            *path,
                                         GError               **error);

/* Loads a plan file (phaen_file_load). */
PhaenPlan *phaen_cli_load_plan          (const char            *path,
                                         GError               **error);

/* Loads a plan file and checks it; on failure prints the problems (those
 * of the check prefixed with @path) and returns NULL. */
PhaenPlan *phaen_cli_load_checked_plan  (const char            *path);

/* Reads the image file @argument as an emblem
 * (phaen_emblem_load_file()); with @allow_none, "none" gives NULL in
 * *@out (no emblem). In phaen-cli-set-emblem.c. */
gboolean   phaen_cli_read_emblem        (const char            *argument,
                                         gboolean               allow_none,
                                         GBytes               **out,
                                         GError               **error);
/* Loads a plan file that may be unfinished: its problems are printed on
 * stderr as by phaen_cli_load_checked_plan(), followed by a note that the
 * figures count what has been entered, and the plan is returned. NULL
 * (with the error printed) only when the file cannot be loaded. */
PhaenPlan *phaen_cli_load_unfinished_plan (const char          *path);

/* ---- output (phaen-cli-output.c) --------------------------------------- */

/* Refuses to write the output over the input (e.g. "-o" naming the CSV). */
gboolean   phaen_cli_check_distinct_files (const char          *input,
                                           const char          *output,
                                           GError             **error);

/* Writes @contents to @path through a temporary file renamed into place.
 * Returns the exit code, after printing the problem on failure. */
int        phaen_cli_write_output       (const char            *path,
                                         GBytes                *contents);

/* phaen_cli_write_output() to @path, or, when @path is NULL or empty,
 * @contents on standard output (see phaen_cli_print()). */
int        phaen_cli_write_output_or_stdout (const char        *path,
                                             GBytes            *contents);

/* Prints the warnings of a renderer (strings) on stderr, one a line. */
void       phaen_cli_print_warnings     (GPtrArray             *warnings);

/* The whole of a command "IN.phaen -o OUT.csv" that writes the CSV
 * @export makes of the plan. */
int        phaen_cli_export_plan_csv    (const PhaenCliCommand *command,
                                         int                    argc,
                                         char                 **argv,
                                         GBytes              *(*export) (PhaenPlan *plan));

/* ---- terminal tables (phaen-cli-table.c) ------------------------------- */

/* Columns a terminal gives to @text: Thai vowel and tone marks take none,
 * East Asian wide characters two. */
gsize      phaen_cli_text_width         (const char            *text);

/* A plain-text table for the terminal: a header line, a rule of '-' under
 * it, then rows padded to the widest cell of each column (two spaces
 * between columns), with optional full-width rules and blank lines
 * between them. The last column may be left ragged: not padded, and only
 * its heading counts in the width of the rules. */
typedef struct _PhaenCliTable PhaenCliTable;

PhaenCliTable *phaen_cli_table_new      (guint                  n_columns,
                                         const char * const    *headers);
void       phaen_cli_table_free         (PhaenCliTable         *table);
/* Right-aligns @column (columns are left-aligned by default). */
void       phaen_cli_table_align_right  (PhaenCliTable         *table,
                                         guint                  column);
/* Leaves the last column unpadded (see above). */
void       phaen_cli_table_set_ragged_last (PhaenCliTable      *table,
                                            gboolean            ragged);
/* Adds a row of n_columns cells (copied). */
void       phaen_cli_table_add_row      (PhaenCliTable         *table,
                                         const char * const    *cells);
/* Adds a full-width line of @c ('=' for a total) before the next row. */
void       phaen_cli_table_add_rule     (PhaenCliTable         *table,
                                         char                   c);
/* Adds an empty line. */
void       phaen_cli_table_add_blank    (PhaenCliTable         *table);
/* Appends the table to @out. */
void       phaen_cli_table_append_to    (PhaenCliTable         *table,
                                         GString               *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaenCliTable, phaen_cli_table_free)

/* Writes @text to standard output. A failure (full disk, closed pipe) is
 * remembered and reported by phaen_cli_finish_stdout(). Every write of a
 * command to standard output goes through these two. */
void       phaen_cli_print              (const char            *text);
G_GNUC_PRINTF (1, 2)
void       phaen_cli_printf             (const char            *format,
                                         ...);

/* Forgets earlier failures; called before a command runs. */
void       phaen_cli_begin_stdout       (void);

/* Flushes standard output; when any write to it failed, prints why on
 * stderr and returns PHAEN_EXIT_INPUT, otherwise @status. */
int        phaen_cli_finish_stdout      (int                    status);

G_END_DECLS
