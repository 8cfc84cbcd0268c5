/* phaen-xml-guard.h: hostile XML refused before it is parsed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Looks over XML bytes, in time linear in @length and without building
 * anything, for what no plan file holds and what makes libxml2 2.9 slow:
 * more than PHAEN_LIMIT_FILE_BYTES bytes (PHAEN_IO_ERROR_TOO_LARGE), an
 * element with more than PHAEN_LIMIT_XML_ATTRIBUTES attributes (its
 * duplicate check is quadratic), elements nested deeper than
 * PHAEN_LIMIT_XML_DEPTH (PHAEN_IO_ERROR_INVALID). The message reads
 * "FILENAME:LINE: …". Everything else, broken markup included, is left to
 * the parser: the guard only counts. */
gboolean phaen_xml_guard_check (const char  *data,
                                gsize        length,
                                const char  *filename,
                                GError     **error);

G_END_DECLS
