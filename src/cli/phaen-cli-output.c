/* phaen-cli-output.c: writing the output of a subcommand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-cli"

#include "config.h"

#include <errno.h>
#include <stdio.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "phaen-cli-private.h"
#include "io/phaen-file.h"

gboolean
phaen_cli_check_distinct_files (const char  *input,
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

int
phaen_cli_write_output (const char *path,
                        GBytes     *contents)
{
  g_autoptr(GError) error = NULL;
  const char *data;
  gsize length;

  data = g_bytes_get_data (contents, &length);
  if (!phaen_file_write_atomic (path, data != NULL ? data : "", length, NULL, &error))
    return phaen_cli_input_failure (NULL, error);

  return PHAEN_EXIT_OK;
}

/* errno of the first failed write to standard output, 0 when none */
static int stdout_errno;

int
phaen_cli_write_output_or_stdout (const char *path,
                                  GBytes     *contents)
{
  const char *data;
  gsize length;

  if (path != NULL && *path != '\0')
    return phaen_cli_write_output (path, contents);

  data = g_bytes_get_data (contents, &length);
  errno = 0;
  if (length > 0 && fwrite (data, 1, length, stdout) != length && stdout_errno == 0)
    stdout_errno = errno != 0 ? errno : EIO;

  return PHAEN_EXIT_OK;
}

void
phaen_cli_print_warnings (GPtrArray *warnings)
{
  for (guint i = 0; i < warnings->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (warnings, i));
}

void
phaen_cli_print (const char *text)
{
  if (fputs (text, stdout) == EOF && stdout_errno == 0)
    stdout_errno = errno != 0 ? errno : EIO;
}

void
phaen_cli_printf (const char *format,
                  ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  phaen_cli_print (text);
}

void
phaen_cli_begin_stdout (void)
{
  stdout_errno = 0;
  clearerr (stdout);
}

int
phaen_cli_finish_stdout (int status)
{
  g_autofree char *message = NULL;

  errno = 0;
  if (fflush (stdout) != 0 && stdout_errno == 0)
    stdout_errno = errno != 0 ? errno : EIO;
  if (ferror (stdout) && stdout_errno == 0)
    stdout_errno = EIO;

  if (stdout_errno == 0)
    return status;

  /* e.g. "summary > file" on a full disk: the output is incomplete */
  message = g_strdup_printf (_("could not write the output: %s"), g_strerror (stdout_errno));
  g_printerr ("phaen: %s\n", message);

  return PHAEN_EXIT_INPUT;
}
