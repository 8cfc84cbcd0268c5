/* phaen-csv-reader.c: CSV bytes to records, and the problems found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Decoding: a leading UTF-8 byte order mark is dropped; a file that is
 * valid UTF-8 throughout is UTF-8; otherwise, unless it carries the UTF-8
 * mark or is mostly well-formed UTF-8 with some damage, it is read as
 * Windows-874 (TIS-620 plus a few punctuation marks, what Thai Excel
 * writes) when it is valid Windows-874 throughout. Anything else is
 * refused at its first unreadable byte: line and byte offset.
 *
 * Records: RFC 4180 (quoted fields may hold the delimiter, doubled quotes
 * and line breaks; LF, CRLF or CR line ends; comma or semicolon, whichever
 * the header line uses more). The apostrophe that phaen_csv_append_field()
 * puts before a formula-like cell is taken away (phaen_csv_field_text()),
 * so every reader reads back what Phaen wrote. Blanks around a quoted field are allowed;
 * text after its closing quote is kept aside (junk_field) for the caller
 * to report against the right column.
 */
#define G_LOG_DOMAIN "phaen-csv"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "phaen-csv-reader.h"
#include "phaen-csv-writer.h"
#include "model/phaen-text.h"
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

/* The whole of @data as Windows-874, or NULL with the offset of the first
 * byte it cannot read in @out_bad (NUL bytes count as not text). */
static char *
convert_thai (const char *data,
              gsize       length,
              const char *charset,
              gsize      *out_bad)
{
  g_autoptr(GError) error = NULL;
  const char *nul = memchr (data, '\0', length);
  gsize bytes_read = 0;
  char *text;

  text = g_convert (data, nul != NULL ? (gsize) (nul - data) : length,
                    "UTF-8", charset, &bytes_read, NULL, &error);
  if (text != NULL && nul == NULL)
    return text;

  g_free (text);
  *out_bad = text != NULL ? (gsize) (nul - data) : bytes_read;
  return NULL;
}

/* TRUE when most bytes above ASCII belong to well-formed UTF-8 sequences:
 * then the file is UTF-8 with some damage, and reading it as Windows-874
 * (which accepts nearly every byte) would only turn its Thai into
 * mojibake. Windows-874 Thai forms such sequences only by chance. */
static gboolean
mostly_utf8 (const char *data,
             gsize       length)
{
  gsize in_sequences = 0;
  gsize others = 0;
  gsize i = 0;

  while (i < length)
    {
      gunichar c;
      gsize size;

      if ((guchar) data[i] < 0x80)
        {
          i++;
          continue;
        }

      c = g_utf8_get_char_validated (data + i, (gssize) MIN (length - i, 4));
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          others++;
          i++;
          continue;
        }

      size = (gsize) g_unichar_to_utf8 (c, NULL);
      in_sequences += size;
      i += size;
    }

  return in_sequences > others;
}

/* The 1-based line of byte @offset (LF, CRLF and a lone CR end a line). */
static guint
line_of_offset (const char *data,
                gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= offset || data[i + 1] != '\n')))
      line++;

  return line;
}

/* Returns the text as UTF-8 (without BOM), or NULL after reporting the
 * first byte that keeps the file from being read: the encoding is chosen
 * only when the whole file is valid in it. */
char *
phaen_csv_decode (const char     *data,
                  gsize           length,
                  PhaenCsvReport *report)
{
  const char *charset = NULL;
  const char *invalid = NULL;
  gsize skipped = 0;
  gsize bad;
  gboolean bom = FALSE;

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
      skipped = 3;
      bom = TRUE;
    }

  if (g_utf8_validate_len (data, length, &invalid))
    return g_strndup (data, length);
  bad = (gsize) (invalid - data);

  if (!bom && !mostly_utf8 (data, length))
    charset = thai_charset ();

  if (charset != NULL)
    {
      gsize thai_bad = 0;
      char *text = convert_thai (data, length, charset, &thai_bad);

      if (text != NULL)
        return text;
      bad = thai_bad;
    }

  if (bom)
    phaen_csv_report_addf (report, PHAEN_IO_ERROR_ENCODING, line_of_offset (data, bad), NULL,
                           _("byte %lu of the file (0x%02X) is not UTF-8 text, although the file "
                             "starts with a UTF-8 mark"),
                           (gulong) (skipped + bad + 1), (guint) (guchar) data[bad]);
  else
    phaen_csv_report_addf (report, PHAEN_IO_ERROR_ENCODING, line_of_offset (data, bad), NULL,
                           _("byte %lu of the file (0x%02X) is neither UTF-8 nor Windows-874 (Thai) "
                             "text; save the file again as UTF-8"),
                           (gulong) (skipped + bad + 1), (guint) (guchar) data[bad]);

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

          /* the apostrophe every CSV Phaen writes puts before a cell a
           * spreadsheet would run as a formula goes again here */
          if (field->str[0] == '\'' && phaen_csv_field_text (field->str) != field->str)
            g_string_erase (field, 0, 1);
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

PhaenCsvRecord *
phaen_csv_find_header (GPtrArray      *records,
                       guint          *index,
                       PhaenCsvReport *report)
{
  for (guint i = 0; i < records->len; i++)
    {
      PhaenCsvRecord *record = g_ptr_array_index (records, i);

      if (!phaen_csv_record_is_blank (record))
        {
          *index = i;
          return record;
        }
    }

  /* With a problem reported, only possible when the first record never
   * closed its quote: that says enough. */
  if (phaen_csv_report_get_n_problems (report) == 0)
    phaen_csv_report_add (report, PHAEN_IO_ERROR_EMPTY, 1, NULL, _("the file is empty"));

  return NULL;
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

gboolean
phaen_csv_header_read (PhaenCsvHeader       *header,
                       const PhaenCsvRecord *record,
                       guint                 n_columns,
                       int                 (*lookup) (const char *heading),
                       char                *(*unknown) (const char *heading),
                       PhaenCsvReport       *report)
{
  gboolean ok = TRUE;

  header->line = record->line;
  header->n_fields = record->fields->len;
  header->column_of = g_new (int, header->n_fields);
  header->label_of = g_new0 (char *, header->n_fields);
  header->position_of = g_new (int, n_columns);
  for (guint c = 0; c < n_columns; c++)
    header->position_of[c] = -1;

  if (record->junk_field >= 0)
    {
      phaen_csv_report_add (report, PHAEN_IO_ERROR_MALFORMED, record->line, NULL,
                            _("text follows a closing quote in the header; write a quote inside a quoted heading as \"\""));
      ok = FALSE;
    }

  for (guint i = 0; i < header->n_fields; i++)
    {
      char *label = phaen_text_normalize_name (g_ptr_array_index (record->fields, i));
      int c = lookup (label);

      header->label_of[i] = label;
      header->column_of[i] = c;

      if (c < 0)
        {
          if (*label == '\0')
            phaen_csv_report_addf (report, PHAEN_IO_ERROR_INVALID, record->line, NULL,
                                   _("column %u has no heading"), i + 1);
          else
            {
              g_autofree char *message = unknown (label);

              phaen_csv_report_add (report, PHAEN_IO_ERROR_INVALID, record->line, NULL, message);
            }
          ok = FALSE;
        }
      else if (header->position_of[c] >= 0)
        {
          const char *first = header->label_of[header->position_of[c]];

          if (strcmp (first, label) == 0)
            phaen_csv_report_addf (report, PHAEN_IO_ERROR_INVALID, record->line, NULL,
                                   _("column “%s” appears twice"), label);
          else
            phaen_csv_report_addf (report, PHAEN_IO_ERROR_INVALID, record->line, NULL,
                                   _("column “%s” repeats column “%s”"), label, first);
          header->column_of[i] = -1;
          ok = FALSE;
        }
      else
        header->position_of[c] = (int) i;
    }

  return ok;
}

void
phaen_csv_header_clear (PhaenCsvHeader *header)
{
  g_clear_pointer (&header->column_of, g_free);
  g_clear_pointer (&header->position_of, g_free);
  if (header->label_of != NULL)
    {
      for (guint i = 0; i < header->n_fields; i++)
        g_free (header->label_of[i]);
      g_clear_pointer (&header->label_of, g_free);
    }
}
