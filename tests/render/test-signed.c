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
#include "model/phaen-words.h"
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

/* ---- the officer's word list ------------------------------------------- */

/* A made-up name of a place, which libthai's dictionary splits into the
 * words it knows. */
#define MADE_UP_NAME "ห้วยกระเจียวงาม"

/* Whether some line of the PDF's text holds @word whole. */
static gboolean
word_on_one_line (PopplerDocument *doc,
                  const char      *word)
{
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

      for (guint j = 0; lines[j] != NULL; j++)
        {
          g_autofree char *line = squeeze (lines[j]);

          if (strstr (line, word) != NULL)
            return TRUE;
        }
    }

  return FALSE;
}

static void
set_project_name (PhaenPlan  *plan,
                  const char *name)
{
  g_autoptr(PhaenProject) project = g_list_model_get_item (phaen_plan_get_projects (plan), 0);

  phaen_project_set_name (project, name);
}

static void
test_word_list (void)
{
  g_autoptr(PhaenPlan) plan = small_plan ();
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;

  /* The name somewhere in the project's name where a line of its cell
   * ends (the padding moves it along): libthai splits it there. */
  for (guint pad = 0; pad < 24 && name == NULL; pad++)
    {
      GString *text = g_string_new ("ปรับปรุงถนนลูกรัง");
      g_autoptr(PopplerDocument) doc = NULL;
      g_autofree char *candidate = NULL;

      for (guint i = 0; i < pad; i++)
        g_string_append (text, i % 2 == 0 ? " ซอย" : "ทาง");
      g_string_append (text, " บ้าน" MADE_UP_NAME " หมู่ที่ 3");
      candidate = g_string_free (text, FALSE);
      set_project_name (plan, candidate);
      doc = render (plan, NULL);
      if (!word_on_one_line (doc, MADE_UP_NAME))
        name = g_steal_pointer (&candidate);
    }
  /* Without the word list the name was split at least once. */
  g_assert_nonnull (name);
  g_test_message ("split without the word list: %s", name);

  /* In the plan's word list, it stays whole. */
  g_assert_true (phaen_plan_edit_add_words (plan, (const char *[]) { MADE_UP_NAME, NULL }, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(PopplerDocument) doc = render (plan, NULL);

    g_assert_true (word_on_one_line (doc, MADE_UP_NAME));
  }

  /* And the render option adds to the plan's list, it does not replace it. */
  {
    char *extra[] = { (char *) "คำอื่น", NULL };
    PhaenRenderOptions options = { PHAEN_DIGITS_FROM_PLAN, NULL, extra, PHAEN_PD02_FROM_PLAN };
    g_autoptr(PopplerDocument) doc = render (plan, &options);

    g_assert_true (word_on_one_line (doc, MADE_UP_NAME));
  }
}

/* ---- the ผด.02 flow --------------------------------------------------- */

/* The pages of ผด.02 (not ผด.02/1). */
static guint
count_pd02_pages (PopplerDocument *doc)
{
  guint n = 0;

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      double width, height;

      /* Form pages are landscape; the contents name the forms too. */
      poppler_page_get_size (page, &width, &height);
      if (width > height && strstr (text, "แบบ ผด.๐๒") != NULL && strstr (text, "แบบ ผด.๐๒/๑") == NULL)
        n++;
    }

  return n;
}

static void
test_flow_setting (void)
{
  g_autoptr(PhaenPlan) plan = small_plan ();
  g_autoptr(PhaenProgram) other = g_list_model_get_item (phaen_plan_get_programs (plan), 2);
  g_autoptr(PhaenProject) second = phaen_project_new ();
  g_autoptr(PhaenProject) first = g_list_model_get_item (phaen_plan_get_projects (plan), 0);
  PhaenRenderOptions per_group = { PHAEN_DIGITS_FROM_PLAN, NULL, NULL, PHAEN_PD02_PAGE_PER_GROUP };
  PhaenRenderOptions continuous = { PHAEN_DIGITS_FROM_PLAN, NULL, NULL, PHAEN_PD02_CONTINUOUS };

  /* Two programs of one project each. */
  phaen_project_set_name (second, "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน");
  phaen_project_set_budget (second, G_GINT64_CONSTANT (5000000));
  phaen_project_set_strategy (second, phaen_project_get_strategy (first));
  phaen_project_set_program (second, other);
  phaen_project_set_unit (second, phaen_project_get_unit (first));
  phaen_plan_append_project (plan, second);

  /* The plan's default: each program starts a page. */
  {
    g_autoptr(PopplerDocument) doc = render (plan, NULL);

    g_assert_cmpuint (count_pd02_pages (doc), ==, 2);
  }

  /* The plan's setting: one after another. */
  phaen_plan_edit_set_enum (plan, plan, "pd02-flow", PHAEN_GROUP_FLOW_CONTINUOUS);
  {
    g_autoptr(PopplerDocument) doc = render (plan, NULL);

    g_assert_cmpuint (count_pd02_pages (doc), ==, 1);
  }

  /* The render option (the CLI's --flow) overrides the plan, either way. */
  {
    g_autoptr(PopplerDocument) doc = render (plan, &per_group);

    g_assert_cmpuint (count_pd02_pages (doc), ==, 2);
  }
  phaen_plan_edit_set_enum (plan, plan, "pd02-flow", PHAEN_GROUP_FLOW_PAGE_PER_GROUP);
  {
    g_autoptr(PopplerDocument) doc = render (plan, &continuous);

    g_assert_cmpuint (count_pd02_pages (doc), ==, 1);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/signed/announcement/composed", test_announcement_composed);
  g_test_add_func ("/signed/announcement/own-text", test_announcement_own_text);
  g_test_add_func ("/signed/word-list", test_word_list);
  g_test_add_func ("/signed/flow-setting", test_flow_setting);

  return g_test_run ();
}
