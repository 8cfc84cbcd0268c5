/* xml-test-util.h: the test data of the XML tests, read and checked
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/phaen-plan.h"

G_BEGIN_DECLS

/* $PHAEN_TEST_DATA/xml/@name */
char      *data_path           (const char  *name);
/* That file read whole; the test fails when it cannot be read. */
GBytes    *load_bytes          (const char  *name);

/* phaen_xml_read_from_data() of @bytes. */
PhaenPlan *read_bytes          (GBytes      *bytes,
                                const char  *filename,
                                GError     **error);

/* TRUE when xmllint ($PHAEN_XMLLINT) validates the file @path against
 * the schema ($PHAEN_SCHEMA); what it says otherwise goes to the test
 * log. Also TRUE, with a note in the log, when either is not set. */
gboolean   schema_accepts      (const char  *path);

G_END_DECLS
