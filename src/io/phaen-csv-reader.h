/* phaen-csv-reader.h: CSV bytes to records, and the problems found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The generic half of every CSV Phaen reads (projects, and later the
 * monitoring status): decoding to UTF-8, RFC 4180 records and a report
 * of problems worded "FILE:LINE: column: message". What the columns mean
 * is the caller's business.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* ---- problem report ------------------------------------------------- */

typedef struct _PhaenCsvReport PhaenCsvReport;

PhaenCsvReport *phaen_csv_report_new          (const char     *filename);
void            phaen_csv_report_free         (PhaenCsvReport *report);
const char     *phaen_csv_report_get_filename (PhaenCsvReport *report);

/* Adds "FILE:LINE: column: message", or "FILE:LINE: message" when @column
 * is NULL. The prefix follows the compiler convention and is not
 * translated; @message is. @code is a PhaenIoError. */
void            phaen_csv_report_add          (PhaenCsvReport *report,
                                               int             code,
                                               guint           line,
                                               const char     *column,
                                               const char     *message);
G_GNUC_PRINTF (5, 6)
void            phaen_csv_report_addf         (PhaenCsvReport *report,
                                               int             code,
                                               guint           line,
                                               const char     *column,
                                               const char     *format,
                                               ...);
guint           phaen_csv_report_get_n_problems (PhaenCsvReport *report);
/* Sets @error (PHAEN_IO_ERROR, the code of the first problem) to every
 * problem, one per line. Does nothing without problems. */
void            phaen_csv_report_to_error     (PhaenCsvReport *report,
                                               GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaenCsvReport, phaen_csv_report_free)

/* ---- decoding -------------------------------------------------------- */

/* The bytes as UTF-8 text without a byte order mark: UTF-8 (with or
 * without BOM) when the whole file is UTF-8, else Windows-874 when the
 * whole file is Windows-874. NULL after reporting where neither reads. */
char           *phaen_csv_decode              (const char     *data,
                                               gsize           length,
                                               PhaenCsvReport *report);

/* ---- RFC 4180 records ------------------------------------------------ */

typedef struct
{
  guint      line;        /* physical line where the record starts */
  GPtrArray *fields;      /* char *, as read (not trimmed); quotes and the
                           * apostrophe neutralising a formula removed
                           * (phaen_csv_field_text()) */
  int        junk_field;  /* index of the first field with text after its closing quote, or -1 */
} PhaenCsvRecord;

void            phaen_csv_record_free         (PhaenCsvRecord *record);
/* TRUE when every field is empty or white space. */
gboolean        phaen_csv_record_is_blank     (const PhaenCsvRecord *record);

/* Splits @text into records (PhaenCsvRecord *): quoted fields may hold the
 * delimiter, doubled quotes and line breaks (kept as LF); LF, CRLF or CR
 * line ends; the delimiter is ';' when the first line that is not blank
 * holds more semicolons than commas outside quotes, else ','. A quote
 * never closed is reported; the records before it are returned. So that
 * the work stays bounded, reading stops with a report (TOO_LARGE) at the
 * record after @max_records and at a record of more than @max_fields
 * fields (0: no limit). */
GPtrArray      *phaen_csv_read_records        (const char     *text,
                                               guint           max_records,
                                               guint           max_fields,
                                               PhaenCsvReport *report);

/* The first record of @records that is not blank (the header), its index
 * in *@index; NULL when there is none, after reporting that the file is
 * empty unless a problem (a quote never closed) was reported already. */
PhaenCsvRecord *phaen_csv_find_header         (GPtrArray      *records,
                                               guint          *index,
                                               PhaenCsvReport *report);

/* ---- header --------------------------------------------------------- */

/* Which column each field of a header record is, by its heading. */
typedef struct
{
  guint   line;          /* of the header record */
  guint   n_fields;
  int    *column_of;     /* per file position: the column, or -1 */
  char  **label_of;      /* per file position: the heading as written (normalised) */
  int    *position_of;   /* per column: the file position, or -1 */
} PhaenCsvHeader;

/* Reads @record as the header of a file of @n_columns columns: each
 * heading (normalised as a name) is looked up with @lookup (a column, or
 * -1). A heading that is empty, unknown (reported with the message
 * @unknown makes of it) or repeated is reported, as is text after a
 * closing quote; FALSE then. Which columns are required
 * is the caller's business. Free with phaen_csv_header_clear(). */
gboolean        phaen_csv_header_read         (PhaenCsvHeader       *header,
                                               const PhaenCsvRecord *record,
                                               guint                 n_columns,
                                               int                 (*lookup) (const char *heading),
                                               char                *(*unknown) (const char *heading),
                                               PhaenCsvReport       *report);
void            phaen_csv_header_clear        (PhaenCsvHeader       *header);

G_END_DECLS
