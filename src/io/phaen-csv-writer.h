/* phaen-csv-writer.h: writing CSV fields, for every CSV Phaen writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @text as one RFC 4180 field: in quotes (inner quotes doubled)
 * when it holds a comma, a quote or a line break, or starts or ends with
 * white space; and neutralised against CSV injection: a cell that a
 * spreadsheet would run as a formula (beginning with = + - @ tab or CR,
 * or a line feed, after any apostrophes) gets one apostrophe in front, as
 * OWASP recommends. A lone "-" is left as it is. */
void phaen_csv_append_field (GString            *out,
                             const char         *text);

/* Appends @n_fields fields separated by commas, then a line feed. NULL
 * fields are written empty. */
void phaen_csv_append_row   (GString            *out,
                             const char * const *fields,
                             guint               n_fields);

/* TRUE when phaen_csv_append_field() puts an apostrophe before @text. */
gboolean    phaen_csv_needs_neutralizing (const char *text);

/* The text of a field read back: @field without the apostrophe that
 * phaen_csv_append_field() put before a formula-like cell (one apostrophe
 * less before = + - @ tab, CR or LF), else @field itself. What export wrote,
 * import reads back unchanged. */
const char *phaen_csv_field_text         (const char *field);

G_END_DECLS
