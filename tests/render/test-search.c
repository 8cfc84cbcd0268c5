/* test-search.c: text you can search (issue 9). The plan's words, read
 * back from its PDF with poppler (what pdftotext and most viewers use),
 * come out as they were written: Thai marks in logical order, no spaces
 * inside words.
 *
 * Cairo 1.16 writes a ToUnicode entry per glyph and, for a cluster of
 * more than one glyph, a marked-content span with the cluster's text as
 * /ActualText. The painter makes every stretch of text between spaces
 * one cluster, so each stretch is read as written. Setting
 * PHAEN_SEARCH_PDF to a PDF of the sample plan measures that file
 * instead (to compare with an older export); the test then only reports.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <poppler.h>

#include "io/phaen-file.h"
#include "model/phaen-thai.h"
#include "phaen-pdf.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

static gboolean
has_thai_letter (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0E01 && c <= 0x0E2E)
        return TRUE;
    }

  return FALSE;
}

/* The words of @text (Pango's word boundaries: libthai for Thai) with
 * two characters or more and a Thai letter, added to @words. */
static void
add_words (GHashTable *words,
           const char *text,
           gboolean    thai_digits)
{
  g_autofree char *printed = phaen_digits (text != NULL ? text : "", thai_digits);
  glong n = g_utf8_strlen (printed, -1);
  g_autofree PangoLogAttr *attrs = g_new0 (PangoLogAttr, n + 1);
  const char *start = NULL;
  glong offset = 0;

  pango_get_log_attrs (printed, -1, -1, pango_language_from_string ("th"), attrs, n + 1);
  for (const char *p = printed; ; p = g_utf8_next_char (p), offset++)
    {
      if (start != NULL && attrs[offset].is_word_end)
        {
          g_autofree char *word = g_strndup (start, p - start);

          if (g_utf8_strlen (word, -1) >= 2 && has_thai_letter (word))
            g_hash_table_add (words, g_steal_pointer (&word));
          start = NULL;
        }
      if (*p == '\0')
        break;
      if (attrs[offset].is_word_start)
        start = p;
    }
}

static GHashTable *
plan_words (PhaenPlan *plan)
{
  GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean thai = phaen_plan_get_thai_digits (plan);
  static const char * const texts[] = {
    "announcement-text-1", "announcement-text-2", "foreword", "introduction-text",
    "objectives-text", "procedure-text", "benefits-text", "preparing-unit",
    "signer-name", "signer-position",
  };
  GListModel *lists[] = {
    phaen_plan_get_strategies (plan), phaen_plan_get_programs (plan), phaen_plan_get_units (plan),
  };
  GListModel *projects = phaen_plan_get_projects (plan);

  add_words (words, phaen_plan_get_organisation_name (plan), thai);
  add_words (words, phaen_plan_get_district (plan), thai);
  add_words (words, phaen_plan_get_province (plan), thai);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    add_words (words, phaen_plan_get_text (plan, texts[i]), thai);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (lists[l], i);
        g_autofree char *name = NULL;

        g_object_get (item, "name", &name, NULL);
        add_words (words, name, thai);
      }
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);

      /* What the forms print: ผด.02 the activities and location of a
       * project, ผด.02/1 the target, category and type of equipment. */
      add_words (words, phaen_project_get_name (project), thai);
      if (phaen_project_get_kind (project) == PHAEN_PROJECT_KIND_EQUIPMENT)
        {
          add_words (words, phaen_project_get_target (project), thai);
          add_words (words, phaen_project_get_category (project), thai);
          add_words (words, phaen_project_get_equipment_type (project), thai);
        }
      else
        {
          add_words (words, phaen_project_get_activities (project), thai);
          add_words (words, phaen_project_get_location (project), thai);
        }
    }

  return words;
}

/* All the text of @doc, lines joined. */
static char *
document_text (PopplerDocument *doc)
{
  GString *all = g_string_new (NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);

      for (const char *p = text; *p != '\0'; p++)
        if (*p != '\n')
          g_string_append_c (all, *p);
    }

  return g_string_free (all, FALSE);
}

static void
test_words_intact (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_SAMPLES"), "chanthanimit-2569.phaen", NULL);
  const char *measure = g_getenv ("PHAEN_SEARCH_PDF");
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = phaen_file_load (path, &error);
  g_autoptr(GHashTable) words = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  GHashTableIter iter;
  const char *word;
  guint intact = 0, total = 0;
  double share;

  g_assert_no_error (error);
  words = plan_words (plan);

  if (measure != NULL && measure[0] != '\0')
    {
      g_autofree char *uri = g_filename_to_uri (measure, NULL, &error);

      g_assert_no_error (error);
      doc = poppler_document_new_from_file (uri, NULL, &error);
    }
  else
    {
      bytes = phaen_pdf_render (plan, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      doc = poppler_document_new_from_bytes (bytes, NULL, &error);
    }
  g_assert_no_error (error);
  text = document_text (doc);

  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, (gpointer *) &word, NULL))
    {
      total++;
      if (strstr (text, word) != NULL)
        intact++;
      else if (g_test_verbose ())
        g_test_message ("not found: %s", word);
    }

  share = total > 0 ? intact / (double) total : 0;
  g_test_message ("%u of %u words of the plan intact in the PDF text: %.1f %%", intact, total, 100 * share);
  g_assert_cmpuint (total, >, 300);
  if (measure == NULL || measure[0] == '\0')
    g_assert_cmpfloat (share, >=, 0.99);
}

/* The announcement's words of issue 9 in particular. */
static void
test_examples (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_SAMPLES"), "chanthanimit-2569.phaen", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = phaen_file_load (path, &error);
  g_autoptr(GBytes) bytes = phaen_pdf_render (plan, NULL, NULL, NULL, &error);
  g_autoptr(PopplerDocument) doc = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_autofree char *text = document_text (doc);
  static const char * const examples[] = { "ทั้ง", "ป้ายโครงการ", "จัดทำเป็น", "ทั้งงานที่ดำเนินการเอง" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    if (strstr (text, examples[i]) == NULL)
      g_error ("“%s” does not come out of the PDF", examples[i]);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/search/words-intact", test_words_intact);
  g_test_add_func ("/search/examples", test_examples);

  return g_test_run ();
}
