/* phaen-csv-reader.c: CSV bytes to records, and the problems found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decoding: a leading UTF-8 byte order mark is dropped; text that is not
 * valid UTF-8 is read as Windows-874 (TIS-620 plus a few punctuation
 * marks), which is what Thai Excel writes. Lines that neither encoding can
 * read are reported.
 *
 * Records: RFC 4180 (quoted fields may hold the delimiter, doubled quotes
 * and line breaks; LF, CRLF or CR line ends; comma or semicolon, whichever
 * the header line uses more). Blanks around a quoted field are allowed;
 * text after its closing quote is kept aside (junk_field) for the caller
 * to report against the right column.
 */
#define G_LOG_DOMAIN "phaen-csv"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "phaen-csv-reader.h"
#include "phaen-io-error.h"

/* ------------------------------------------------------------------ */
/* Problem report                                                      */

struct _PhaenCsvReport
{
  char      *filename;
  GPtrArray *messages;    /* char*, one problem each */
  int        first_code;  /* PhaenIoError of the first problem, -1 */
};

PhaenCsvReport *
phaen_csv_report_new (const char *filename)
{
  PhaenCsvReport *report = g_new0 (PhaenCsvReport, 1);

  report->filename = g_strdup (filename != NULL ? filename : "CSV");
  report->messages = g_ptr_array_new_with_free_func (g_free);
  report->first_code = -1;

  return report;
}

void
phaen_csv_report_free (PhaenCsvReport *report)
{
  if (report == NULL)
    return;

  g_free (report->filename);
  g_ptr_array_unref (report->messages);
  g_free (report);
}

const char *
phaen_csv_report_get_filename (PhaenCsvReport *report)
{
  return report->filename;
}

void
phaen_csv_report_add (PhaenCsvReport *report,
                      int             code,
                      guint           line,
                      const char     *column,
                      const char     *message)
{
  char *text;

  if (column != NULL)
    text = g_strdup_printf ("%s:%u: %s: %s", report->filename, line, column, message);
  else
    text = g_strdup_printf ("%s:%u: %s", report->filename, line, message);

  g_ptr_array_add (report->messages, text);

  if (report->first_code < 0)
    report->first_code = code;
}

void
phaen_csv_report_addf (PhaenCsvReport *report,
                       int             code,
                       guint           line,
                       const char     *column,
                       const char     *format,
                       ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  phaen_csv_report_add (report, code, line, column, message);
}

guint
phaen_csv_report_get_n_problems (PhaenCsvReport *report)
{
  return report->messages->len;
}

void
phaen_csv_report_to_error (PhaenCsvReport  *report,
                           GError         **error)
{
  g_autoptr(GString) text = NULL;

  if (report->messages->len == 0)
    return;

  text = g_string_new (NULL);
  for (guint i = 0; i < report->messages->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, g_ptr_array_index (report->messages, i));
    }

  g_set_error_literal (error, PHAEN_IO_ERROR, report->first_code, text->str);
}

/* ------------------------------------------------------------------ */
/* Decoding                                                            */

/* Calls @func for every physical line of @data (line ends LF, CRLF or a
 * lone CR are ASCII in both encodings we read), with its 1-based number. */
typedef gboolean (*LineCheck) (const char *line, gsize length, gpointer user_data);

static GArray *
find_bad_lines (const char *data,
                gsize       length,
                LineCheck   check,
                gpointer    user_data)
{
  GArray *bad = g_array_new (FALSE, FALSE, sizeof (guint));
  gsize start = 0;
  guint number = 1;

  while (start <= length)
    {
      gsize end = start;
      gsize next;

      while (end < length && data[end] != '\n' && data[end] != '\r')
        end++;

      if (!check (data + start, end - start, user_data))
        g_array_append_val (bad, number);

      if (end >= length)
        break;

      next = end + 1;
      if (data[end] == '\r' && next < length && data[next] == '\n')
        next++;

      start = next;
      number++;
    }

  return bad;
}

static gboolean
line_is_utf8 (const char *line,
              gsize       length,
              gpointer    user_data)
{
  return g_utf8_validate_len (line, length, NULL);
}

/* Windows-874 conversion of @length bytes; NULL when the bytes are not
 * Windows-874 text (NUL bytes count as not text). */
static char *
convert_thai (const char *data,
              gsize       length,
              const char *charset,
              gsize      *out_length)
{
  g_autoptr(GError) error = NULL;
  char *text;

  if (memchr (data, '\0', length) != NULL)
    return NULL;

  text = g_convert (data, length, "UTF-8", charset, NULL, out_length, &error);
  return text;
}

static gboolean
line_is_thai (const char *line,
              gsize       length,
              gpointer    user_data)
{
  g_autofree char *text = convert_thai (line, length, user_data, NULL);

  return text != NULL;
}

/* The first Windows-874 charset name glibc iconv knows, or NULL. */
static const char *
thai_charset (void)
{
  static const char * const names[] = { "CP874", "WINDOWS-874", "TIS-620" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GIConv conv = g_iconv_open ("UTF-8", names[i]);

      if (conv != (GIConv) -1)
        {
          g_iconv_close (conv);
          return names[i];
        }
    }

  return NULL;
}

/* Returns the text as UTF-8 (without BOM) or NULL after reporting the lines
 * that cannot be read. */
char *
phaen_csv_decode (const char     *data,
                  gsize           length,
                  PhaenCsvReport *report)
{
  g_autoptr(GArray) utf8_bad = NULL;
  g_autoptr(GArray) thai_bad = NULL;
  const char *charset = NULL;
  GArray *bad;
  gboolean bom = FALSE;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
      bom = TRUE;
    }

  if (g_utf8_validate_len (data, length, NULL))
    return g_strndup (data, length);

  if (!bom)
    charset = thai_charset ();

  if (charset != NULL)
    {
      gsize out_length = 0;
      char *text = convert_thai (data, length, charset, &out_length);

      if (text != NULL)
        return text;
    }

  /* Neither encoding reads the whole file: name the lines. A UTF-8 file
   * with one damaged byte has far fewer bad lines as UTF-8 than as
   * Windows-874, and the other way round, so the smaller list is the one
   * that points at the real damage. */
  utf8_bad = find_bad_lines (data, length, line_is_utf8, NULL);
  bad = utf8_bad;

  if (charset != NULL)
    {
      thai_bad = find_bad_lines (data, length, line_is_thai, (gpointer) charset);
      if (thai_bad->len < utf8_bad->len)
        bad = thai_bad;
    }

  for (guint i = 0; i < bad->len; i++)
    {
      guint line = g_array_index (bad, guint, i);

      if (bom)
        phaen_csv_report_add (report, PHAEN_IO_ERROR_ENCODING, line, NULL,
                    _("the line holds bytes that are not UTF-8 text, although the file starts with a UTF-8 mark"));
      else
        phaen_csv_report_add (report, PHAEN_IO_ERROR_ENCODING, line, NULL,
                    _("the line holds bytes that are neither UTF-8 nor Windows-874 (Thai) text"));
    }

  /* Can only happen if a line check and the whole-file check disagree. */
  if (phaen_csv_report_get_n_problems (report) == 0)
    phaen_csv_report_add (report, PHAEN_IO_ERROR_ENCODING, 1, NULL,
                _("the file is neither UTF-8 nor Windows-874 (Thai) text"));

  return NULL;
}

/* ------------------------------------------------------------------ */
/* RFC 4180 records                                                    */

void
phaen_csv_record_free (PhaenCsvRecord *record)
{
  if (record == NULL)
    return;

  g_ptr_array_unref (record->fields);
  g_free (record);
}

static gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

/* The delimiter of the header line (the first line that is not blank):
 * ';' when it holds more semicolons than commas outside quotes, else ','. */
static char
detect_delimiter (const char *text)
{
  gboolean quoted = FALSE;
  guint commas = 0;
  guint semicolons = 0;

  while (g_ascii_isspace (*text))
    text++;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (*p == '\n' || *p == '\r')
        break;
      else if (*p == ',')
        commas++;
      else if (*p == ';')
        semicolons++;
    }

  return semicolons > commas ? ';' : ',';
}

/* Splits @text into records. Returns FALSE after reporting a quote that is
 * never closed; the records before it are still returned. */
static gboolean
parse_records (const char     *text,
               char            delimiter,
               guint           max_records,
               guint           max_fields,
               GPtrArray      *records,
               PhaenCsvReport *report)
{
  gsize length = strlen (text);
  gsize pos = 0;
  guint line = 1;

  while (pos < length)
    {
      PhaenCsvRecord *record;

      if (max_records > 0 && records->len >= max_records)
        {
          phaen_csv_report_addf (report, PHAEN_IO_ERROR_TOO_LARGE, line, NULL,
                                 _("the file has more than %u rows; Phaen reads no further"),
                                 max_records);
          return FALSE;
        }

      record = g_new0 (PhaenCsvRecord, 1);

      record->line = line;
      record->fields = g_ptr_array_new_with_free_func (g_free);
      record->junk_field = -1;

      for (;;)
        {
          GString *field = g_string_new (NULL);
          gsize p = pos;

          while (p < length && is_blank (text[p]))
            p++;

          if (p < length && text[p] == '"')
            {
              gboolean closed = FALSE;

              pos = p + 1;
              while (pos < length)
                {
                  char c = text[pos];

                  if (c == '"')
                    {
                      if (pos + 1 < length && text[pos + 1] == '"')
                        {
                          g_string_append_c (field, '"');
                          pos += 2;
                          continue;
                        }
                      pos++;
                      closed = TRUE;
                      break;
                    }
                  else if (c == '\r' || c == '\n')
                    {
                      if (c == '\r' && pos + 1 < length && text[pos + 1] == '\n')
                        pos++;
                      g_string_append_c (field, '\n');
                      line++;
                      pos++;
                    }
                  else
                    {
                      g_string_append_c (field, c);
                      pos++;
                    }
                }

              if (!closed)
                {
                  phaen_csv_report_add (report, PHAEN_IO_ERROR_MALFORMED, record->line, NULL,
                              _("a quote (\") opened in this row is never closed"));
                  g_string_free (field, TRUE);
                  phaen_csv_record_free (record);
                  return FALSE;
                }

              /* Only blanks may follow the closing quote. */
              while (pos < length && is_blank (text[pos]))
                pos++;
              if (pos < length && text[pos] != delimiter &&
                  text[pos] != '\r' && text[pos] != '\n')
                {
                  if (record->junk_field < 0)
                    record->junk_field = record->fields->len;
                  while (pos < length && text[pos] != delimiter &&
                         text[pos] != '\r' && text[pos] != '\n')
                    pos++;
                }
            }
          else
            {
              while (pos < length && text[pos] != delimiter &&
                     text[pos] != '\r' && text[pos] != '\n')
                g_string_append_c (field, text[pos++]);
            }

          g_ptr_array_add (record->fields, g_string_free (field, FALSE));

          if (max_fields > 0 && record->fields->len > max_fields)
            {
              phaen_csv_report_addf (report, PHAEN_IO_ERROR_TOO_LARGE, record->line, NULL,
                                     _("the row has more than %u fields; Phaen reads no further"),
                                     max_fields);
              phaen_csv_record_free (record);
              return FALSE;
            }

          if (pos >= length)
            break;

          if (text[pos] == delimiter)
            {
              pos++;
              continue;
            }

          /* end of line */
          if (text[pos] == '\r' && pos + 1 < length && text[pos + 1] == '\n')
            pos++;
          pos++;
          line++;
          break;
        }

      g_ptr_array_add (records, record);
    }

  return TRUE;
}

gboolean
phaen_csv_record_is_blank (const PhaenCsvRecord *record)
{
  for (guint i = 0; i < record->fields->len; i++)
    {
      const char *p = g_ptr_array_index (record->fields, i);

      for (; *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          return FALSE;
    }

  return TRUE;
}

GPtrArray *
phaen_csv_read_records (const char     *text,
                        guint           max_records,
                        guint           max_fields,
                        PhaenCsvReport *report)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) phaen_csv_record_free);

  parse_records (text, detect_delimiter (text), max_records, max_fields, records, report);

  return records;
}
