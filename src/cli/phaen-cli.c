/* phaen-cli.c: the headless command line (phaen import-csv, validate, …)
 *
 * Every subcommand parses its own options with a GOptionContext, reports
 * bad input on stderr exactly as the library words it and writes every
 * output file through a temporary file renamed into place, so a failure
 * never leaves a partial or empty file behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "phaen-cli.h"

#include "io/phaen-csv.h"
#include "io/phaen-file.h"
#include "io/phaen-xml.h"
#include "model/phaen-limits.h"
#include "model/phaen-money.h"
#include "model/phaen-plan.h"
#include "model/phaen-summary.h"
#include "render/phaen-pdf.h"

typedef int (*CommandFunc) (const char *name,
                            int         argc,
                            char      **argv);

typedef struct
{
  const char  *name;
  const char  *parameter;   /* positional arguments, for the usage line */
  const char  *summary;     /* one line, for "phaen --help" */
  const char  *description; /* below the options in "phaen COMMAND --help" */
  CommandFunc  func;
} Command;

static int command_import_csv (const char *name, int argc, char **argv);
static int command_export_csv (const char *name, int argc, char **argv);
static int command_validate   (const char *name, int argc, char **argv);
static int command_summary    (const char *name, int argc, char **argv);
static int command_export_pdf (const char *name, int argc, char **argv);

static const Command commands[] = {
  {
    "import-csv", N_("IN.csv"),
    N_("Create a plan file from a CSV file of projects"),
    N_("Reads the projects of IN.csv (UTF-8 or Windows-874, comma or semicolon\n"
       "separated) into a new plan and saves it as OUT. An existing OUT is\n"
       "replaced; its previous version is kept as OUT~.\n\n"
       "Example:\n"
       "  phaen import-csv projects.csv -o plan-2569.phaen \\\n"
       "      --organisation เทศบาลเมืองจันทนิมิต --fiscal-year 2569 \\\n"
       "      --district เมืองจันทบุรี --province จันทบุรี"),
    command_import_csv,
  },
  {
    "export-csv", N_("IN.phaen"),
    N_("Write the projects of a plan file as CSV"),
    N_("Writes every project of IN.phaen to OUT.csv in the interchange\n"
       "columns that import-csv reads (UTF-8, Arabic digits).\n\n"
       "Example:\n"
       "  phaen export-csv plan-2569.phaen -o projects.csv"),
    command_export_csv,
  },
  {
    "validate", N_("FILE…"),
    N_("Check that plan files load and are consistent"),
    N_("Loads each FILE and checks the plan. Prints “FILE: ok (N projects)”\n"
       "or the problems found. The exit status is 1 when any file failed.\n\n"
       "Example:\n"
       "  phaen validate plan-2569.phaen"),
    command_validate,
  },
  {
    "summary", N_("FILE"),
    N_("Print the project and budget summary (ผด.01)"),
    N_("Prints the summary of projects and budget per strategy and program\n"
       "(form ผด.01) on standard output, as an aligned table (text) or as CSV\n"
       "with the columns level, number, label, projects, projects_percent,\n"
       "budget, budget_percent, units.\n\n"
       "Example:\n"
       "  phaen summary plan-2569.phaen --format csv > pd01.csv"),
    command_summary,
  },
  {
    "export-pdf", N_("IN.phaen"),
    N_("Render the printable plan document as PDF"),
    N_("Renders the whole document (cover, announcement, Part 1, forms\n"
       "ผด.01, ผด.02 and ผด.02/1) to OUT.pdf. Font warnings are printed on\n"
       "standard error.\n\n"
       "Example:\n"
       "  phaen export-pdf plan-2569.phaen -o plan-2569.pdf --digits thai"),
    command_export_pdf,
  },
};

/* ---- helpers ---------------------------------------------------------- */

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (commands[i].name, name) == 0)
      return &commands[i];

  return NULL;
}

static void
print_main_help (FILE *stream)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gsize name_width = strlen ("help");

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    name_width = MAX (name_width, strlen (commands[i].name));

  g_string_append_printf (out, _("Usage: %s COMMAND [OPTION…] FILE…"), "phaen");
  g_string_append (out, "\n\n");
  g_string_append (out, _("Phaen prepares the annual operations plan (แผนการดำเนินงาน) "
                          "of a Thai local government organisation."));
  g_string_append (out, "\n\n");
  g_string_append (out, _("Commands:"));
  g_string_append_c (out, '\n');
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (out, "  %-*s  %s\n",
                            (int) name_width, commands[i].name,
                            _(commands[i].summary));
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
  g_string_append (out, _("Without a command Phaen will open its window. The window "
                          "is not part of this version yet, so Phaen prints this help."));
  g_string_append_c (out, '\n');

  fputs (out->str, stream);
  fflush (stream);
}

static int
usage_error (const char *command,
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

/* Prints @message, every line prefixed with "@prefix: " unless @prefix
 * is NULL or the line already starts with it. */
static void
print_error (const char *prefix,
             const char *message)
{
  g_auto(GStrv) lines = g_strsplit (message, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0' && lines[i + 1] == NULL)
        break;

      if (prefix != NULL && !g_str_has_prefix (lines[i], prefix))
        g_printerr ("%s: %s\n", prefix, lines[i]);
      else
        g_printerr ("%s\n", lines[i]);
    }
}

/* Sets @error to "PATH: reason", like the classic Unix tools. */
static void
set_error_from_errno (GError     **error,
                      const char  *path,
                      int          saved_errno)
{
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "%s: %s", path, g_strerror (saved_errno));
}

/* Reads a whole input file; the error reads "PATH: reason". */
static GBytes *
read_input (const char  *path,
            GError     **error)
{
  g_autoptr(GByteArray) buffer = NULL;
  struct stat st;
  int fd;

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      set_error_from_errno (error, path, errno);
      return NULL;
    }

  if (fstat (fd, &st) == 0 && S_ISDIR (st.st_mode))
    {
      set_error_from_errno (error, path, EISDIR);
      close (fd);
      return NULL;
    }

  buffer = g_byte_array_new ();
  for (;;)
    {
      guint8 chunk[64 * 1024];
      gssize n_read = read (fd, chunk, sizeof chunk);

      if (n_read < 0)
        {
          int saved_errno = errno;

          if (saved_errno == EINTR)
            continue;

          set_error_from_errno (error, path, saved_errno);
          close (fd);
          return NULL;
        }

      if (n_read == 0)
        break;

      g_byte_array_append (buffer, chunk, (guint) n_read);
    }

  close (fd);

  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

static const char *
bytes_data (GBytes *bytes,
            gsize  *length)
{
  const char *data = g_bytes_get_data (bytes, length);

  return data != NULL ? data : "";
}

/* Loads and checks a plan file. */
static PhaenPlan *
load_plan (const char  *path,
           GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  const char *data;
  gsize length;

  bytes = read_input (path, error);
  if (bytes == NULL)
    return NULL;

  data = bytes_data (bytes, &length);
  plan = phaen_xml_read_from_data (data, length, path, error);
  if (plan == NULL)
    return NULL;

  return g_steal_pointer (&plan);
}

/* Prints @error (see print_error()) and returns the exit code of bad input. */
static int
input_failure (const char *prefix,
               GError     *error)
{
  print_error (prefix, error->message);
  return PHAEN_EXIT_INPUT;
}

/* Loads a plan file and checks it; on failure prints the problems (those
 * of the check prefixed with @path) and returns NULL. */
static PhaenPlan *
load_checked_plan (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;

  plan = load_plan (path, &error);
  if (plan == NULL)
    {
      input_failure (NULL, error);
      return NULL;
    }

  if (!phaen_plan_validate (plan, &error))
    {
      input_failure (path, error);
      return NULL;
    }

  return g_steal_pointer (&plan);
}

/* Writes @contents to @path through a temporary file renamed into place.
 * Returns the exit code, after printing the problem on failure. */
static int
write_output (const char *path,
              GBytes     *contents)
{
  g_autoptr(GError) error = NULL;
  const char *data;
  gsize length;

  data = bytes_data (contents, &length);
  if (!phaen_file_write_atomic (path, data, length, NULL, &error))
    return input_failure (NULL, error);

  return PHAEN_EXIT_OK;
}

/* Refuses to write the output over the input (e.g. "-o" naming the CSV). */
static gboolean
check_distinct_files (const char  *input,
                      const char  *output,
                      GError     **error)
{
  GStatBuf in_st, out_st;

  if (g_stat (input, &in_st) != 0 || g_stat (output, &out_st) != 0)
    return TRUE;

  if (in_st.st_dev == out_st.st_dev && in_st.st_ino == out_st.st_ino)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("%s: the output file is the input file; choose another name with -o"),
                   output);
      return FALSE;
    }

  return TRUE;
}

/* Parses the options of a subcommand. Returns -1 when the command should
 * go on (the positional arguments are left in @out_args), otherwise the
 * exit code (help printed, or usage error). */
static int
parse_options (const Command  *command,
               GOptionEntry   *entries,
               int             argc,
               char          **argv,
               GStrv          *out_args)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  g_autofree char *prgname = NULL;
  gboolean help = FALSE;
  GOptionEntry help_entries[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, &help, N_("Show the help of this command"), NULL },
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
    return usage_error (command->name, error->message);

  if (help)
    {
      g_autofree char *text = g_option_context_get_help (context, TRUE, NULL);

      fputs (text, stdout);
      fflush (stdout);
      return PHAEN_EXIT_OK;
    }

  /* Drop argv[0]; what remains are the positional arguments. An option
   * left in them ("-x" after "--" is fine) was not recognised. */
  *out_args = g_strdupv (args + 1);

  return -1;
}

static int
require_args (const Command *command,
              GStrv          args,
              guint          min,
              guint          max)
{
  guint n = g_strv_length (args);

  if (n < min)
    return usage_error (command->name, _("a file name is missing"));
  if (n > max)
    {
      g_autofree char *message = g_strdup_printf (_("unexpected argument “%s”"), args[max]);
      return usage_error (command->name, message);
    }

  return -1;
}

/* parse_options() then require_args(): -1 when the command should go on
 * with its @min to @max positional arguments in @out_args, otherwise the
 * exit code. */
static int
parse_command_line (const Command  *command,
                    GOptionEntry   *entries,
                    int             argc,
                    char          **argv,
                    guint           min,
                    guint           max,
                    GStrv          *out_args)
{
  int status;

  status = parse_options (command, entries, argc, argv, out_args);
  if (status >= 0)
    return status;

  return require_args (command, *out_args, min, max);
}

/* Accepts Arabic or Thai digits. Returns -1 when valid; an exit code
 * after printing the problem otherwise. */
static int
parse_fiscal_year (const char *command,
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
      return usage_error (command, message);
    }

  if (year < PHAEN_FISCAL_YEAR_MIN || year > PHAEN_FISCAL_YEAR_MAX)
    {
      message = g_strdup_printf (_("fiscal year %u is outside %u–%u (Buddhist era)"),
                                 (guint) year, PHAEN_FISCAL_YEAR_MIN, PHAEN_FISCAL_YEAR_MAX);
      return usage_error (command, message);
    }

  *out_year = (guint) year;
  return -1;

bad:
  message = g_strdup_printf (_("“%s” is not a fiscal year; write it in the Buddhist era, e.g. 2569"),
                             text);
  return usage_error (command, message);
}

static char *
strip_dup (const char *text)
{
  return text != NULL ? g_strstrip (g_strdup (text)) : NULL;
}

/* ---- import-csv ------------------------------------------------------- */

static int
command_import_csv (const char  *name,
                    int          argc,
                    char       **argv)
{
  const Command *command = find_command (name);
  g_autofree char *output = NULL;
  g_autofree char *organisation_arg = NULL;
  g_autofree char *fiscal_year_arg = NULL;
  g_autofree char *district_arg = NULL;
  g_autofree char *province_arg = NULL;
  g_autofree char *organisation = NULL;
  g_autofree char *district = NULL;
  g_autofree char *province = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  const char *data;
  gsize length;
  guint fiscal_year = 0;
  int status;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the plan to OUT (required)"), N_("OUT.phaen") },
    { "organisation", 0, 0, G_OPTION_ARG_STRING, &organisation_arg,
      N_("Full name of the organisation, e.g. เทศบาลตำบลบางพระ (required)"), N_("NAME") },
    { "fiscal-year", 0, 0, G_OPTION_ARG_STRING, &fiscal_year_arg,
      N_("Fiscal year in the Buddhist era, 2400–2700 (required)"), N_("YYYY") },
    { "district", 0, 0, G_OPTION_ARG_STRING, &district_arg,
      N_("District (อำเภอ) without the word อำเภอ"), N_("D") },
    { "province", 0, 0, G_OPTION_ARG_STRING, &province_arg,
      N_("Province (จังหวัด) without the word จังหวัด"), N_("P") },
    { NULL }
  };

  status = parse_command_line (command, entries, argc, argv, 1, 1, &args);
  if (status >= 0)
    return status;

  if (output == NULL || *output == '\0')
    return usage_error (name, _("the output file is missing: add -o OUT.phaen"));

  organisation = strip_dup (organisation_arg);
  if (organisation == NULL || *organisation == '\0')
    return usage_error (name, _("the organisation is missing: add --organisation NAME"));

  if (fiscal_year_arg == NULL)
    return usage_error (name, _("the fiscal year is missing: add --fiscal-year YYYY (Buddhist era)"));
  status = parse_fiscal_year (name, fiscal_year_arg, &fiscal_year);
  if (status >= 0)
    return status;

  district = strip_dup (district_arg);
  province = strip_dup (province_arg);

  bytes = read_input (args[0], &error);
  if (bytes == NULL)
    return input_failure (NULL, error);

  if (!check_distinct_files (args[0], output, &error))
    return input_failure (NULL, error);

  plan = phaen_plan_new ();
  g_object_set (plan,
                "organisation-name", organisation,
                "organisation-kind", phaen_organisation_kind_guess (organisation),
                "district", district != NULL ? district : "",
                "province", province != NULL ? province : "",
                "fiscal-year", fiscal_year,
                NULL);

  data = bytes_data (bytes, &length);
  if (!phaen_csv_import (plan, data, length, args[0], &error))
    return input_failure (NULL, error);

  phaen_plan_fill_default_texts (plan);

  if (!phaen_file_save (plan, output, &error))
    return input_failure (NULL, error);

  return PHAEN_EXIT_OK;
}

/* ---- export-csv ------------------------------------------------------- */

static int
command_export_csv (const char  *name,
                    int          argc,
                    char       **argv)
{
  const Command *command = find_command (name);
  g_autofree char *output = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(GBytes) csv = NULL;
  int status;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the CSV to OUT (required)"), N_("OUT.csv") },
    { NULL }
  };

  status = parse_command_line (command, entries, argc, argv, 1, 1, &args);
  if (status >= 0)
    return status;
  if (output == NULL || *output == '\0')
    return usage_error (name, _("the output file is missing: add -o OUT.csv"));

  plan = load_plan (args[0], &error);
  if (plan == NULL)
    return input_failure (NULL, error);

  if (!check_distinct_files (args[0], output, &error))
    return input_failure (NULL, error);

  csv = phaen_csv_export (plan);

  return write_output (output, csv);
}

/* ---- validate --------------------------------------------------------- */

static int
command_validate (const char  *name,
                  int          argc,
                  char       **argv)
{
  const Command *command = find_command (name);
  g_auto(GStrv) args = NULL;
  int status;
  int result = PHAEN_EXIT_OK;

  status = parse_command_line (command, NULL, argc, argv, 1, G_MAXUINT, &args);
  if (status >= 0)
    return status;

  for (guint i = 0; args[i] != NULL; i++)
    {
      g_autoptr(PhaenPlan) plan = NULL;
      guint n_projects;

      plan = load_checked_plan (args[i]);
      if (plan == NULL)
        {
          result = PHAEN_EXIT_INPUT;
          continue;
        }

      n_projects = g_list_model_get_n_items (phaen_plan_get_projects (plan));
      g_print (g_dngettext (GETTEXT_PACKAGE,
                            "%s: ok (%u project)\n",
                            "%s: ok (%u projects)\n",
                            n_projects),
               args[i], n_projects);
    }

  return result;
}

/* ---- summary ---------------------------------------------------------- */

/* Columns a terminal gives to @text: Thai vowel and tone marks take none,
 * East Asian wide characters two. */
static gsize
text_width (const char *text)
{
  gsize width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;
      width += g_unichar_iswide (c) ? 2 : 1;
    }

  return width;
}

static void
append_padded (GString    *out,
               const char *text,
               gsize       width,
               gboolean    right)
{
  gsize text_w = text_width (text);
  gsize pad = width > text_w ? width - text_w : 0;

  if (right)
    {
      for (gsize i = 0; i < pad; i++)
        g_string_append_c (out, ' ');
      g_string_append (out, text);
    }
  else
    {
      g_string_append (out, text);
      for (gsize i = 0; i < pad; i++)
        g_string_append_c (out, ' ');
    }
}

static char *
join_units (PhaenSummaryRow *row,
            const char      *separator)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; row->units != NULL && i < row->units->len; i++)
    {
      PhaenUnit *unit = g_ptr_array_index (row->units, i);

      if (i > 0)
        g_string_append (out, separator);
      g_string_append (out, phaen_unit_get_name (unit));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
csv_append_field (GString    *out,
                  const char *field)
{
  if (strpbrk (field, ",\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static char *
summary_to_csv (GPtrArray *rows)
{
  GString *out = g_string_new ("level,number,label,projects,projects_percent,budget,budget_percent,units\n");

  for (guint i = 0; i < rows->len; i++)
    {
      PhaenSummaryRow *row = g_ptr_array_index (rows, i);
      g_autofree char *projects_percent = phaen_summary_format_percent (row->projects_percent, FALSE);
      g_autofree char *budget = phaen_money_format_plain (row->budget);
      g_autofree char *budget_percent = phaen_summary_format_percent (row->budget_percent, FALSE);
      g_autofree char *units = join_units (row, "; ");

      csv_append_field (out, phaen_summary_level_to_string (row->level));
      g_string_append_c (out, ',');
      csv_append_field (out, row->number);
      g_string_append_c (out, ',');
      csv_append_field (out, row->label);
      g_string_append_printf (out, ",%u,", row->projects);
      csv_append_field (out, projects_percent);
      g_string_append_c (out, ',');
      csv_append_field (out, budget);
      g_string_append_c (out, ',');
      csv_append_field (out, budget_percent);
      g_string_append_c (out, ',');
      csv_append_field (out, units);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/* The document's Thai labels are printed as they appear on the form: they
 * are part of the official document, not interface text. */
static char *
summary_to_text (PhaenPlan *plan,
                 GPtrArray *rows)
{
  enum { COL_LABEL, COL_PROJECTS, COL_PROJECTS_PERCENT, COL_BUDGET, COL_BUDGET_PERCENT, COL_UNITS, N_COLS };
  const char *headers[N_COLS] = {
    "ยุทธศาสตร์/แผนงาน", "โครงการ", "ร้อยละ", "งบประมาณ (บาท)", "ร้อยละ", "หน่วยดำเนินการ",
  };
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  GString *out = g_string_new (NULL);
  gsize widths[N_COLS] = { 0 };
  gboolean decimals = FALSE;
  PhaenEditionKind edition = phaen_plan_get_edition_kind (plan);
  const char *district = phaen_plan_get_district (plan);
  const char *province = phaen_plan_get_province (plan);
  gsize total_width = 0;

  /* the older layout groups by approach (แนวทางการพัฒนา) */
  if (phaen_plan_get_grouping (plan) == PHAEN_GROUPING_APPROACHES)
    headers[COL_LABEL] = "ยุทธศาสตร์/แนวทางการพัฒนา";

  for (guint i = 0; i < rows->len; i++)
    {
      PhaenSummaryRow *row = g_ptr_array_index (rows, i);

      if (row->budget % PHAEN_SATANG_PER_BAHT != 0)
        decimals = TRUE;
    }

  for (guint c = 0; c < N_COLS; c++)
    widths[c] = text_width (headers[c]);

  for (guint i = 0; i < rows->len; i++)
    {
      PhaenSummaryRow *row = g_ptr_array_index (rows, i);
      char *label;

      switch (row->level)
        {
        case PHAEN_SUMMARY_STRATEGY:
          label = g_strdup_printf ("%s. %s", row->number, row->label);
          break;
        case PHAEN_SUMMARY_APPROACH:
        case PHAEN_SUMMARY_PROGRAM:
          label = g_strdup_printf ("   %s %s", row->number, row->label);
          break;
        case PHAEN_SUMMARY_SUBTOTAL:
          label = g_strdup_printf ("   %s", row->label);
          break;
        case PHAEN_SUMMARY_TOTAL:
        default:
          label = g_strdup (row->label);
          break;
        }

      g_ptr_array_add (cells, label);
      g_ptr_array_add (cells, g_strdup_printf ("%u", row->projects));
      g_ptr_array_add (cells, phaen_summary_format_percent (row->projects_percent, FALSE));
      g_ptr_array_add (cells, phaen_money_format (row->budget, decimals, FALSE));
      g_ptr_array_add (cells, phaen_summary_format_percent (row->budget_percent, FALSE));
      g_ptr_array_add (cells, join_units (row, ", "));

      for (guint c = 0; c < N_COLS; c++)
        widths[c] = MAX (widths[c], text_width (g_ptr_array_index (cells, i * N_COLS + c)));
    }

  /* Title lines as on the form */
  g_string_append (out, "แบบ ผด.01  บัญชีสรุปจำนวนโครงการและงบประมาณ\n");
  g_string_append_printf (out, "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. %u", phaen_plan_get_fiscal_year (plan));
  if (edition == PHAEN_EDITION_ADDITION)
    g_string_append_printf (out, " (เพิ่มเติม ครั้งที่ %u)", phaen_plan_get_edition_number (plan));
  else if (edition == PHAEN_EDITION_AMENDMENT)
    g_string_append_printf (out, " (แก้ไข ครั้งที่ %u)", phaen_plan_get_edition_number (plan));
  g_string_append_c (out, '\n');
  g_string_append (out, phaen_plan_get_organisation_name (plan));
  if (district != NULL && *district != '\0')
    g_string_append_printf (out, " อำเภอ%s", district);
  if (province != NULL && *province != '\0')
    g_string_append_printf (out, " จังหวัด%s", province);
  g_string_append (out, "\n\n");

  /* rules run under the headers; the units column is left ragged */
  for (guint c = 0; c < N_COLS; c++)
    total_width += (c == COL_UNITS ? text_width (headers[c]) : widths[c]) + (c > 0 ? 2 : 0);

  for (guint c = 0; c < N_COLS; c++)
    {
      if (c > 0)
        g_string_append (out, "  ");
      append_padded (out, headers[c], c == COL_UNITS ? 0 : widths[c], c != COL_LABEL && c != COL_UNITS);
    }
  g_string_append_c (out, '\n');
  for (gsize k = 0; k < total_width; k++)
    g_string_append_c (out, '-');
  g_string_append_c (out, '\n');

  for (guint i = 0; i < rows->len; i++)
    {
      PhaenSummaryRow *row = g_ptr_array_index (rows, i);

      if (row->level == PHAEN_SUMMARY_TOTAL)
        {
          for (gsize k = 0; k < total_width; k++)
            g_string_append_c (out, '=');
          g_string_append_c (out, '\n');
        }

      for (guint c = 0; c < N_COLS; c++)
        {
          const char *cell = g_ptr_array_index (cells, i * N_COLS + c);

          if (c > 0)
            g_string_append (out, "  ");
          if (c == COL_UNITS)
            g_string_append (out, cell);
          else
            append_padded (out, cell, widths[c], c != COL_LABEL);
        }
      g_string_append_c (out, '\n');

      if (row->level == PHAEN_SUMMARY_SUBTOTAL && i + 1 < rows->len)
        g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

static int
command_summary (const char  *name,
                 int          argc,
                 char       **argv)
{
  const Command *command = find_command (name);
  g_autofree char *format = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  gboolean csv;
  int status;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("Output format: text (default) or csv"), N_("FORMAT") },
    { NULL }
  };

  status = parse_command_line (command, entries, argc, argv, 1, 1, &args);
  if (status >= 0)
    return status;

  if (format == NULL || g_str_equal (format, "text"))
    csv = FALSE;
  else if (g_str_equal (format, "csv"))
    csv = TRUE;
  else
    {
      g_autofree char *message = g_strdup_printf (_("unknown format “%s”: use text or csv"), format);
      return usage_error (name, message);
    }

  plan = load_checked_plan (args[0]);
  if (plan == NULL)
    return PHAEN_EXIT_INPUT;

  rows = phaen_summary_compute (plan);
  text = csv ? summary_to_csv (rows) : summary_to_text (plan, rows);
  fputs (text, stdout);
  if (fflush (stdout) != 0)
    return PHAEN_EXIT_INPUT;

  return PHAEN_EXIT_OK;
}

/* ---- export-pdf ------------------------------------------------------- */

static int
command_export_pdf (const char  *name,
                    int          argc,
                    char       **argv)
{
  const Command *command = find_command (name);
  g_autofree char *output = NULL;
  g_autofree char *digits = NULL;
  g_autofree char *font = NULL;
  g_auto(GStrv) args = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GBytes) pdf = NULL;
  PhaenPdfOptions options = { PHAEN_DIGITS_FROM_PLAN, NULL };
  guint n_pages = 0;
  int status;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the PDF to OUT (required)"), N_("OUT.pdf") },
    { "digits", 0, 0, G_OPTION_ARG_STRING, &digits,
      N_("Print numbers in thai or arabic digits (default: the plan's setting)"), N_("DIGITS") },
    { "font", 0, 0, G_OPTION_ARG_STRING, &font,
      N_("Font family (default: TH Sarabun New or the closest installed)"), N_("FAMILY") },
    { NULL }
  };

  status = parse_command_line (command, entries, argc, argv, 1, 1, &args);
  if (status >= 0)
    return status;
  if (output == NULL || *output == '\0')
    return usage_error (name, _("the output file is missing: add -o OUT.pdf"));

  if (digits == NULL)
    options.digits = PHAEN_DIGITS_FROM_PLAN;
  else if (g_str_equal (digits, "thai"))
    options.digits = PHAEN_DIGITS_THAI;
  else if (g_str_equal (digits, "arabic"))
    options.digits = PHAEN_DIGITS_ARABIC;
  else
    {
      g_autofree char *message = g_strdup_printf (_("unknown digits “%s”: use thai or arabic"), digits);
      return usage_error (name, message);
    }

  if (font != NULL && *g_strstrip (font) != '\0')
    options.font_family = font;

  plan = load_checked_plan (args[0]);
  if (plan == NULL)
    return PHAEN_EXIT_INPUT;
  if (!check_distinct_files (args[0], output, &error))
    return input_failure (NULL, error);

  warnings = g_ptr_array_new_with_free_func (g_free);
  pdf = phaen_pdf_render (plan, &options, warnings, &n_pages, &error);

  for (guint i = 0; i < warnings->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (warnings, i));

  if (pdf == NULL)
    return input_failure (args[0], error);

  return write_output (output, pdf);
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

int
phaen_cli_run (int    argc,
               char **argv)
{
  const Command *command;
  const char *first;

  if (argc < 2 || argv[1] == NULL)
    {
      print_main_help (stdout);
      return PHAEN_EXIT_OK;
    }

  first = argv[1];

  if (g_str_equal (first, "--help") || g_str_equal (first, "-h") ||
      (g_str_equal (first, "help") && argc == 2))
    {
      print_main_help (stdout);
      return PHAEN_EXIT_OK;
    }

  if (g_str_equal (first, "--version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return PHAEN_EXIT_OK;
    }

  if (g_str_equal (first, "help"))
    {
      char *help_argv[] = { argv[0], argv[2], (char *) "--help", NULL };

      if (argc > 3)
        {
          g_autofree char *message = g_strdup_printf (_("unexpected argument “%s”"), argv[3]);
          return usage_error (NULL, message);
        }

      command = find_command (argv[2]);
      if (command == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("unknown command “%s”"), argv[2]);
          return usage_error (NULL, message);
        }

      return command->func (command->name, 3, help_argv);
    }

  if (first[0] == '-')
    {
      g_autofree char *message = g_strdup_printf (_("unknown option “%s”"), first);
      return usage_error (NULL, message);
    }

  command = find_command (first);
  if (command == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("unknown command “%s”"), first);
      return usage_error (NULL, message);
    }

  return command->func (command->name, argc, argv);
}
