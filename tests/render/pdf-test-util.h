/* pdf-test-util.h: reading back the PDFs of the renderer in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <poppler.h>

G_BEGIN_DECLS

/* poppler-glib 22.12 declares no autoptr cleanups. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* @bytes as a PDF document; the test fails when poppler cannot read it. */
PopplerDocument *open_pdf   (GBytes          *bytes);

/* Text extraction from PDF is unreliable for stacked Thai marks and for
 * spaces (poppler guesses them from gaps), so texts are compared without
 * white space (no-break space included) and without the Thai combining
 * marks, on both sides: the base letters and digits, in order. */
char            *squeeze    (const char      *text);

/* The squeezed text of each page of @document (char *). */
GPtrArray       *page_texts (PopplerDocument *document);

G_END_DECLS
