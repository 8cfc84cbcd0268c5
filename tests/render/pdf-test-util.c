/* pdf-test-util.c: reading back the PDFs of the renderer in tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "pdf-test-util.h"

PopplerDocument *
open_pdf (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

static gboolean
is_thai_mark (gunichar c)
{
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || is_thai_mark (c) || c == 0x00A0)
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

GPtrArray *
page_texts (PopplerDocument *document)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  int n = poppler_document_get_n_pages (document);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);

      g_ptr_array_add (texts, squeeze (text != NULL ? text : ""));
    }

  return texts;
}
