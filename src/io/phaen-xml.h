/* phaen-xml.h: the .phaen file format (one plan per XML document)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_XML_NAMESPACE     "urn:phaen:plan:1"
#define PHAEN_XML_VERSION_MAJOR 1
#define PHAEN_XML_VERSION_MINOR 1
#define PHAEN_FILE_EXTENSION    ".phaen"
#define PHAEN_MIME_TYPE         "application/x-phaen-plan"

/* Parses a whole document from memory: no network, no entity expansion, no
 * DTD loading. On any problem returns NULL with an error whose message
 * starts "FILENAME:LINE: " (@filename is used only for messages; "-" when
 * NULL); never a partly loaded plan. The returned plan's history is empty. */
PhaenPlan *phaen_xml_read_from_data (const char  *data,
                                     gsize        length,
                                     const char  *filename,
                                     GError     **error);

/* Serialises @plan: UTF-8, indented two spaces, stable element/attribute
 * order, final newline. Returns the bytes, followed in memory by a NUL
 * that their size does not count (they may be read as a string). */
GBytes    *phaen_xml_write_to_bytes (PhaenPlan   *plan);

G_END_DECLS
