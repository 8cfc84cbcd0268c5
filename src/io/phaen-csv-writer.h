/* phaen-csv-writer.h: writing CSV fields, for every CSV Phaen writes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Appends @text as one RFC 4180 field: in quotes (inner quotes doubled)
 * when it holds a comma, a quote or a line break, or starts
 * or ends with white space. */
void phaen_csv_append_field (GString            *out,
                             const char         *text);

/* Appends @n_fields fields separated by commas, then a line feed. NULL
 * fields are written empty. */
void phaen_csv_append_row   (GString            *out,
                             const char * const *fields,
                             guint               n_fields);

G_END_DECLS
