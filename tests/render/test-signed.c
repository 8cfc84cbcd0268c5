/* test-signed.c: the signed page (issue 9) read back from the PDF with
 * poppler: the announcement's wording composed from the plan's facts,
 * the emblems, the officer's word list, the ผด.02 flow setting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <poppler.h>

#include "model/phaen-announcement.h"
#include "phaen-pdf.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* Page indexes of the front matter. */
#define COVER_PAGE        0
#define ANNOUNCEMENT_PAGE 1

static PhaenPlan *
small_plan (void)
{
  PhaenPlan *plan = phaen_plan_new ();
  g_autoptr(PhaenStrategy) strategy = phaen_strategy_new (NULL, "การพัฒนาโครงสร้างพื้นฐาน");
  g_autoptr(PhaenUnit) unit = phaen_unit_new (NULL, "กองช่าง");
  g_autoptr(PhaenProgram) program = g_list_model_get_item (phaen_plan_get_programs (plan), 8);
  g_autoptr(PhaenProject) project = phaen_project_new ();

  g_object_set (plan,
                "organisation-name", "เทศบาลเมืองจันทนิมิต",
                "organisation-kind", PHAEN_ORGANISATION_TOWN_MUNICIPALITY,
                "district", "เมืองจันทบุรี",
                "province", "จันทบุรี",
                "fiscal-year", 2569u,
                "announcement-date", "2025-10-24",
                "signer-name", "นายพิชิต วงศ์ทองคำ",
                "budget-ordinance-date", "2025-09-15",
                "considered-date", "2025-10-20",
                NULL);
  phaen_plan_fill_default_texts (plan);
  phaen_plan_append_strategy (plan, strategy);
  phaen_plan_append_unit (plan, unit);
  phaen_project_set_name (project, "ก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอยร่วมใจ หมู่ที่ 3");
  phaen_project_set_budget (project, G_GINT64_CONSTANT (150000000));
  phaen_project_set_location (project, "หมู่ที่ 3");
  phaen_project_set_strategy (project, strategy);
  phaen_project_set_program (project, program);
  phaen_project_set_unit (project, unit);
  phaen_project_set_schedule (project, 0x7);
  phaen_plan_append_project (plan, project);

  return plan;
}

static PopplerDocument *
render (PhaenPlan                *plan,
        const PhaenRenderOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = phaen_pdf_render (plan, options, NULL, NULL, &error);
  PopplerDocument *doc;

  g_assert_no_error (error);
  doc = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);

  return doc;
}

/* @text without spaces and line breaks: the words of a paragraph
 * compare whole whatever its lines (a space at a line's end is not
 * extracted). */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (*p != '\n' && *p != ' ')
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static char *
page_text_joined (PopplerDocument *doc,
                  int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, index);
  g_autofree char *text = poppler_page_get_text (page);

  return squeeze (text);
}

static gboolean
has_phrase (const char *squeezed,
            const char *phrase)
{
  g_autofree char *needle = squeeze (phrase);

  if (strstr (squeezed, needle) != NULL)
    return TRUE;
  g_test_message ("missing: %s", phrase);
  return FALSE;
}

/* ---- the announcement's wording ----------------------------------------- */

static void
test_announcement_composed (void)
{
  g_autoptr(PhaenPlan) plan = small_plan ();
  g_autoptr(PopplerDocument) doc = render (plan, NULL);
  g_autofree char *text = page_text_joined (doc, ANNOUNCEMENT_PAGE);
  static const char * const expected[] = {
    /* the facts, in Thai digits */
    "เมื่อวันที่ ๑๕ กันยายน ๒๕๖๘",
    "ในการประชุมเมื่อวันที่ ๒๐ ตุลาคม ๒๕๖๘",
    "คณะกรรมการพัฒนาเทศบาลเมืองจันทนิมิต",
    "ข้อ ๒๖ และข้อ ๒๗",
    "พ.ศ. ๒๕๔๘ และที่แก้ไขเพิ่มเติม (ฉบับที่ ๒) พ.ศ. ๒๕๕๙ และ (ฉบับที่ ๓) พ.ศ. ๒๕๖๑",
    "(๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙)",
    "จึงประกาศมาเพื่อทราบโดยทั่วกัน",
  };

  g_test_message ("%s", text);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_true (has_phrase (text, expected[i]));
  /* No Arabic digit in the wording of a plan printed in Thai digits. */
  g_assert_null (strpbrk (text, "0123456789"));
}

/* An officer's own paragraph replaces the composed one; the other stays
 * composed; a changed fact shows. */
static void
test_announcement_own_text (void)
{
  g_autoptr(PhaenPlan) plan = small_plan ();
  g_autoptr(PopplerDocument) doc = NULL;
  g_autofree char *text = NULL;

  g_object_set (plan,
                "announcement-text-1", "ข้อความที่เจ้าหน้าที่เขียนเอง",
                "regulation-amendments", "2/2559, 3/2561, 4/2563",
                NULL);
  doc = render (plan, NULL);
  text = page_text_joined (doc, ANNOUNCEMENT_PAGE);
  g_assert_true (has_phrase (text, "ข้อความที่เจ้าหน้าที่เขียนเอง"));
  g_assert_false (has_phrase (text, "ในการประชุมเมื่อวันที่"));
  g_assert_true (has_phrase (text, "และ (ฉบับที่ ๔) พ.ศ. ๒๕๖๓"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/signed/announcement/composed", test_announcement_composed);
  g_test_add_func ("/signed/announcement/own-text", test_announcement_own_text);

  return g_test_run ();
}
