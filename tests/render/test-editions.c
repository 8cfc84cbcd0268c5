/* test-editions.c: the documents of additions and amendments, and the
 * consolidated plan, read back from their PDF
 *
 * The plan is tests/data/xml/editions-1.phaen: an adopted plan (30
 * September 2568), addition 1 (adopted 15 January 2569: a new unit and
 * the project p5 รณรงค์ป้องกันโรคไข้เลือดออก), amendment 1/2569 (adopted
 * 10 March 2569: p1's budget 500,000 → 650,000, location and months
 * changed, p2 ขุดลอกคลองสาธารณะ cancelled, p4 moved, unit u1 renamed
 * กองช่าง → กองช่างโยธา) and addition 2, still open (p6 ซ่อมแซมศาลาประชาคม).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>
#include <poppler.h>

#include "io/phaen-file.h"
#include "model/phaen-plan-editions.h"
#include "render/phaen-edition-pages.h"
#include "pdf-test-util.h"

static PhaenPlan *
load_plan (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_TEST_DATA"), "xml",
                                            "editions-1.phaen", NULL);
  PhaenPlan *plan = phaen_file_load (path, &error);

  g_assert_no_error (error);
  return plan;
}

typedef struct
{
  PopplerDocument *document;
  GPtrArray       *pages;   /* squeezed text of each page */
  char            *all;
} Pdf;

static void
pdf_clear (Pdf *pdf)
{
  g_clear_object (&pdf->document);
  g_clear_pointer (&pdf->pages, g_ptr_array_unref);
  g_clear_pointer (&pdf->all, g_free);
}

static void
render (PhaenPlan *plan,
        guint      which,
        Pdf       *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) all = g_string_new (NULL);
  guint n_pages = 0;

  bytes = phaen_edition_pdf_render (plan, which, NULL, NULL, &n_pages, &error);
  g_assert_no_error (error);
  pdf->document = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (pdf->document), ==, (int) n_pages);

  pdf->pages = g_ptr_array_new_with_free_func (g_free);
  for (int i = 0; i < poppler_document_get_n_pages (pdf->document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf->document, i);
      g_autofree char *text = poppler_page_get_text (page);
      char *squeezed = squeeze (text != NULL ? text : "");

      g_ptr_array_add (pdf->pages, squeezed);
      g_string_append (all, squeezed);
      g_string_append_c (all, '|');
    }
  pdf->all = g_strdup (all->str);
}

static gboolean
has (const char *haystack,
     const char *needle)
{
  g_autofree char *squeezed = squeeze (needle);

  return strstr (haystack, squeezed) != NULL;
}

static void
assert_has (const char *haystack,
            const char *needle)
{
  /* stdio, not GLib's printing: the test runs in the C locale, where
   * GLib would print Thai as question marks */
  if (!has (haystack, needle))
    {
      fprintf (stderr, "“%s” not found in “%s”\n", needle, haystack);
      g_assert_not_reached ();
    }
}

static void
assert_lacks (const char *haystack,
              const char *needle)
{
  if (has (haystack, needle))
    {
      fprintf (stderr, "“%s” found in “%s”\n", needle, haystack);
      g_assert_not_reached ();
    }
}

/* The one place @text is on @page. */
static gboolean
find_one (PopplerPage      *page,
          const char       *text,
          PopplerRectangle *out)
{
  GList *found = poppler_page_find_text (page, text);
  gboolean one = found != NULL && found->next == NULL;

  if (one)
    *out = *(PopplerRectangle *) found->data;
  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
  return one;
}

/* Whether some occurrence of @label on @page is on the row of @cell. */
static gboolean
on_row_of (PopplerPage            *page,
           const char             *label,
           const PopplerRectangle *cell)
{
  GList *found = poppler_page_find_text (page, label);
  gboolean same = FALSE;

  for (GList *l = found; l != NULL; l = l->next)
    {
      PopplerRectangle *rect = l->data;

      if (fabs (rect->y1 - cell->y1) < 2.0)
        same = TRUE;
    }
  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
  return same;
}

/* Whether a page of @pdf shows @mark on the line under @name, from the
 * same left edge (a name cell's second line). */
static gboolean
marked (Pdf        *pdf,
        const char *name,
        const char *mark)
{
  for (int i = 0; i < poppler_document_get_n_pages (pdf->document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (pdf->document, i);
      GList *names = poppler_page_find_text (page, name);
      GList *marks = poppler_page_find_text (page, mark);
      gboolean found = FALSE;

      for (GList *n = names; n != NULL; n = n->next)
        for (GList *m = marks; m != NULL; m = m->next)
          {
            PopplerRectangle *a = n->data;
            PopplerRectangle *b = m->data;
            double dy = fabs (a->y1 - b->y1);

            if (fabs (a->x1 - b->x1) < 2.0 && dy > 5.0 && dy < 30.0)
              found = TRUE;
          }
      g_list_free_full (names, (GDestroyNotify) poppler_rectangle_free);
      g_list_free_full (marks, (GDestroyNotify) poppler_rectangle_free);
      if (found)
        return TRUE;
    }

  return FALSE;
}

static const char *
page_text (Pdf  *pdf,
           guint index)
{
  g_assert_cmpuint (index, <, pdf->pages->len);
  return g_ptr_array_index (pdf->pages, index);
}

/* An addition: its title suffix on the cover and every form, its
 * announcement dated and citing the plan's adoption, and only its new
 * project in its forms. */
static void
test_addition (void)
{
  g_autoptr(PhaenPlan) plan = load_plan ();
  Pdf pdf = { 0 };
  g_autofree char *title = NULL;

  render (plan, 1, &pdf);

  title = poppler_document_get_title (pdf.document);
  g_assert_nonnull (strstr (title, "(เพิ่มเติม ครั้งที่ ๑)"));

  assert_has (page_text (&pdf, 0), "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (เพิ่มเติม ครั้งที่ ๑)");
  assert_has (page_text (&pdf, 1), "เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (เพิ่มเติม ครั้งที่ ๑)");
  /* cites the adoption of the plan, dated on its own adoption */
  assert_has (page_text (&pdf, 1), "ได้ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ เมื่อวันที่ ๓๐ กันยายน ๒๕๖๘");
  assert_has (page_text (&pdf, 1), "ประกาศ ณ วันที่ ๑๕ เดือน มกราคม พ.ศ. ๒๕๖๙");
  assert_has (page_text (&pdf, 1), "(นายสมชาย ใจดี)");

  /* ผด.01 and ผด.02 of its project only */
  for (guint i = 2; i < pdf.pages->len; i++)
    assert_has (page_text (&pdf, i), "(เพิ่มเติม ครั้งที่ ๑)");
  assert_has (pdf.all, "แบบ ผด.๐๑");
  assert_has (pdf.all, "แบบ ผด.๐๒");
  assert_has (pdf.all, "รณรงค์ป้องกันโรคไข้เลือดออก");
  assert_has (pdf.all, "๔๕,๐๐๐.๕๐");
  assert_lacks (pdf.all, "ก่อสร้างถนน คสล.");
  assert_lacks (pdf.all, "ขุดลอกคลองสาธารณะ");
  assert_lacks (pdf.all, "อาหารกลางวันนักเรียน");
  assert_lacks (pdf.all, "ซ่อมแซมศาลาประชาคม");
  /* an addition lists its projects as the plan does, no pairs */
  assert_lacks (pdf.all, "แก้ไขเป็น");

  pdf_clear (&pdf);
}

/* An amendment: the changed and cancelled projects, old over new. */
static void
test_amendment (void)
{
  g_autoptr(PhaenPlan) plan = load_plan ();
  Pdf pdf = { 0 };
  const char *pairs;

  render (plan, 2, &pdf);

  assert_has (page_text (&pdf, 0), "(แก้ไข ครั้งที่ ๑/๒๕๖๙)");
  assert_has (page_text (&pdf, 1), "เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (แก้ไข ครั้งที่ ๑/๒๕๖๙)");
  assert_has (page_text (&pdf, 1), "ประกาศ ณ วันที่ ๑๐ เดือน มีนาคม พ.ศ. ๒๕๖๙");
  /* its own signer; the default wording cites the plan's adoption and
   * says what the amendment does to it */
  assert_has (page_text (&pdf, 1), "(นายสมศักดิ์ รักดี)");
  assert_has (page_text (&pdf, 1), "ได้ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ เมื่อวันที่ ๓๐ กันยายน ๒๕๖๘");
  assert_has (page_text (&pdf, 1), "โดยให้รายการที่แก้ไขใช้แทนรายการเดิมในแผนการดำเนินงานที่ประกาศใช้เมื่อวันที่ ๓๐ กันยายน ๒๕๖๘");

  pairs = page_text (&pdf, pdf.pages->len - 1);
  assert_has (pairs, "แบบ ผด.๐๒");
  assert_has (pairs, "รายการ");
  assert_has (pairs, "ก่อสร้างถนน คสล. หมู่ที่ ๑");
  assert_has (pairs, "และหมู่ที่ ๒");
  assert_has (pairs, "กองช่างโยธา");
  assert_has (pairs, "ขุดลอกคลองสาธารณะ");
  assert_has (pairs, "ยกเลิกโครงการ");
  /* Old and new side by side: the old budget on a row เดิม, the new one
   * on the row แก้ไขเป็น under it, in the same column. */
  {
    g_autoptr(PopplerPage) page = poppler_document_get_page (pdf.document, pdf.pages->len - 1);
    PopplerRectangle old_budget = { 0 }, new_budget = { 0 };

    g_assert_true (find_one (page, "๕๐๐,๐๐๐", &old_budget));
    g_assert_true (find_one (page, "๖๕๐,๐๐๐", &new_budget));
    g_assert_true (on_row_of (page, "เดิม", &old_budget));
    g_assert_true (on_row_of (page, "แก้ไขเป็น", &new_budget));
    g_assert_false (on_row_of (page, "แก้ไขเป็น", &old_budget));
    g_assert_cmpfloat (fabs ((old_budget.x2 - new_budget.x2)), <, 2.0);
    g_assert_cmpfloat (fabs (old_budget.y1 - new_budget.y1), >, 5.0);
  }
  /* nothing else */
  assert_lacks (pdf.all, "รณรงค์ป้องกันโรคไข้เลือดออก");
  assert_lacks (pdf.all, "อาหารกลางวันนักเรียน");
  assert_lacks (pdf.all, "ซ่อมแซมศาลาประชาคม");
  assert_lacks (pdf.all, "เครื่องคอมพิวเตอร์");
  /* no field without a column changed: no lines for them */
  assert_lacks (pdf.all, "แหล่งงบประมาณ:");
  assert_lacks (pdf.all, "เป้าหมาย:");

  pdf_clear (&pdf);
}

/* The sample plan amended: p1 (ผด.02 group 1.2 of the whole plan) and p7
 * (1.3) changed, p12 cancelled. The amendment's ผด.01 and its pairs form
 * number the groups alike, over the groups they show; old and new values
 * stand on their rows; the changes nobody asked for are not there. */
static void
test_sample_amendment (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_SAMPLES"), "chanthanimit-2569.phaen", NULL);
  g_autoptr(PhaenPlan) plan = phaen_file_load (path, &error);
  PhaenProject *p1, *p7;
  Pdf pdf = { 0 };
  const char *summary;
  g_autoptr(GString) form = g_string_new (NULL);
  const char *pairs;

  g_assert_no_error (error);
  g_assert_nonnull (phaen_plan_edit_start_edition (plan, PHAEN_EDITION_AMENDMENT, 1, 2569, &error));
  g_assert_no_error (error);
  p1 = phaen_plan_find_project (plan, "p1");
  p7 = phaen_plan_find_project (plan, "p7");
  phaen_plan_edit_set_int64 (plan, p1, "budget", (gint64) 1620000 * 100);
  phaen_plan_edit_set_string (plan, p1, "location", "ชุมชนหนองบัว และชุมชนบ้านใหม่");
  phaen_plan_edit_set_string (plan, p7, "activities", "วางท่อ HDPE ขนาด 110 มม. ยาว 1,200 เมตร");
  /* fields ผด.02 has no column for */
  phaen_plan_edit_set_string (plan, p7, "target", "ครัวเรือนได้ใช้น้ำประปา 48 ครัวเรือน");
  phaen_plan_edit_set_string (plan, p7, "source", "เงินอุดหนุนเฉพาะกิจ");
  g_assert_true (phaen_plan_edit_remove_project (plan, phaen_plan_find_project (plan, "p12"), &error));
  g_assert_true (phaen_plan_edit_adopt_edition (plan, "2026-03-10", &error));
  g_assert_no_error (error);

  render (plan, 1, &pdf);
  g_assert_cmpuint (pdf.pages->len, >=, 5);
  assert_has (page_text (&pdf, 1), "ได้ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ เมื่อวันที่ ๒๔ ตุลาคม ๒๕๖๘");
  assert_has (page_text (&pdf, 1), "ประกาศ ณ วันที่ ๑๐ เดือน มีนาคม พ.ศ. ๒๕๖๙");

  summary = page_text (&pdf, 2);
  assert_has (summary, "แบบ ผด.๐๑");
  assert_has (summary, "๑.๑ แผนงานอุตสาหกรรมและการโยธา");
  assert_has (summary, "๑.๒ แผนงานการพาณิชย์");
  /* two projects in force: 1,620,000 + 985,000 */
  assert_has (summary, "๒,๖๐๕,๐๐๐");

  /* the pairs form, from its first page on */
  for (guint i = 3; i < pdf.pages->len; i++)
    g_string_append (form, page_text (&pdf, i));
  pairs = form->str;
  assert_has (pairs, "แบบ ผด.๐๒");
  assert_has (pairs, "๑.๑ แผนงานอุตสาหกรรมและการโยธา");
  assert_has (pairs, "๑.๒ แผนงานการพาณิชย์");
  assert_lacks (pairs, "๑.๓ แผนงานการพาณิชย์");
  assert_has (pairs, "เดิม");
  assert_has (pairs, "แก้ไขเป็น");
  assert_has (pairs, "๑,๔๘๕,๐๐๐");
  assert_has (pairs, "๑,๖๒๐,๐๐๐");
  /* (cells of several lines come out of the PDF interleaved) */
  assert_has (pairs, "และชุมชนบ้านใหม่");
  assert_has (pairs, "๑,๒๐๐ เมตร");
  /* what has no column, as lines old over new (p1 has none) */
  assert_has (pairs, "เป้าหมาย:");
  assert_has (pairs, "๓๕ ครัวเรือน");
  assert_has (pairs, "๔๘ ครัวเรือน");
  assert_has (pairs, "แหล่งงบประมาณ:");
  assert_has (pairs, "เทศบัญญัติงบประมาณรายจ่าย");
  assert_has (pairs, "เงินอุดหนุนเฉพาะกิจ");
  assert_lacks (pairs, "ถนน คสล. ยาว ๑๘๐ เมตร");
  assert_has (pdf.all, "โครงการจัดงานเทศกาลผลไม้และของดีเมืองจันทนิมิต");
  assert_has (pdf.all, "ยกเลิกโครงการ");
  /* the group of the cancelled project, numbered over what is shown */
  assert_has (pdf.all, "๒.๑ แผนงานการศาสนาวัฒนธรรมและนันทนาการ");
  /* projects the amendment left alone */
  assert_lacks (pdf.all, "โครงการปรับปรุงผิวจราจรแอสฟัลท์ติกคอนกรีต");

  pdf_clear (&pdf);
}

/* tests/data/xml/editions-2.phaen, amendment 2/2569: a project moved to
 * another strategy and program (p3) and one turned from equipment into a
 * project (p4) — changes ผด.02 has no column for — show them as lines,
 * the old over the new. */
static void
test_changes_without_column (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_TEST_DATA"), "xml", "editions-2.phaen", NULL);
  g_autoptr(PhaenPlan) plan = phaen_file_load (path, &error);
  g_autoptr(PopplerPage) page = NULL;
  PopplerRectangle old_kind = { 0 }, new_kind = { 0 };
  Pdf pdf = { 0 };

  g_assert_no_error (error);
  render (plan, 4, &pdf);
  assert_has (pdf.all, "(แก้ไข ครั้งที่ ๒/๒๕๖๙)");
  assert_has (pdf.all, "ยุทธศาสตร์: การพัฒนาคุณภาพชีวิต");
  assert_has (pdf.all, "แผนงาน: แผนงานการศึกษา");
  assert_has (pdf.all, "แผนงาน: แผนงานเมืองอัจฉริยะ");
  assert_has (pdf.all, "แหล่งงบประมาณ: -");

  /* p4: equipment before, a project after, on the rows เดิม and แก้ไขเป็น */
  page = poppler_document_get_page (pdf.document, 3);
  g_assert_true (find_one (page, "ประเภทรายการ: ครุภัณฑ์", &old_kind));
  g_assert_true (find_one (page, "ประเภทรายการ: โครงการ/กิจกรรม", &new_kind));
  g_assert_true (on_row_of (page, "เดิม", &old_kind));
  g_assert_true (on_row_of (page, "แก้ไขเป็น", &new_kind));

  pdf_clear (&pdf);
}

/* The open edition: no date yet. */
static void
test_open_edition (void)
{
  g_autoptr(PhaenPlan) plan = load_plan ();
  Pdf pdf = { 0 };

  render (plan, 3, &pdf);
  assert_has (page_text (&pdf, 0), "(เพิ่มเติม ครั้งที่ ๒)");
  assert_has (page_text (&pdf, 1), "ประกาศ ณ วันที่ .......... เดือน");
  assert_has (pdf.all, "ซ่อมแซมศาลาประชาคม");
  pdf_clear (&pdf);
}

/* The consolidated plan: the adopted editions listed under the titles,
 * the projects they added or changed marked; the open one left out. */
static void
test_consolidated (void)
{
  g_autoptr(PhaenPlan) plan = load_plan ();
  Pdf pdf = { 0 };
  g_autofree char *title = NULL;

  render (plan, PHAEN_EDITION_DOCUMENT_CURRENT, &pdf);

  title = poppler_document_get_title (pdf.document);
  g_assert_nonnull (strstr (title, "(ฉบับรวม เพิ่มเติม ครั้งที่ ๑ และแก้ไข ครั้งที่ ๑/๒๕๖๙)"));
  assert_has (page_text (&pdf, 0), "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (ฉบับรวม เพิ่มเติม ครั้งที่ ๑ และแก้ไข ครั้งที่ ๑/๒๕๖๙)");
  /* the announcements of the plan and of both adopted editions */
  assert_has (pdf.all, "ประกาศ ณ วันที่ ๓๐ เดือน กันยายน พ.ศ. ๒๕๖๘");
  assert_has (pdf.all, "ประกาศ ณ วันที่ ๑๕ เดือน มกราคม พ.ศ. ๒๕๖๙");
  assert_has (pdf.all, "ประกาศ ณ วันที่ ๑๐ เดือน มีนาคม พ.ศ. ๒๕๖๙");
  /* marks: under the names of the projects the editions changed or
   * added, none under the others */
  g_assert_true (marked (&pdf, "ก่อสร้างถนน คสล.", "(แก้ไข ครั้งที่ ๑/๒๕๖๙)"));
  g_assert_true (marked (&pdf, "รณรงค์ป้องกันโรคไข้เลือดออก", "(เพิ่มเติม ครั้งที่ ๑)"));
  g_assert_false (marked (&pdf, "อาหารกลางวันนักเรียน", "(แก้ไข ครั้งที่ ๑/๒๕๖๙)"));
  g_assert_false (marked (&pdf, "อาหารกลางวันนักเรียน", "(เพิ่มเติม ครั้งที่ ๑)"));
  /* the cancelled project is gone, the open edition's not in */
  assert_lacks (pdf.all, "ขุดลอกคลองสาธารณะ");
  assert_lacks (pdf.all, "ซ่อมแซมศาลาประชาคม");

  pdf_clear (&pdf);
}

/* Edition 0: the plan as adopted. */
static void
test_as_adopted (void)
{
  g_autoptr(PhaenPlan) plan = load_plan ();
  Pdf pdf = { 0 };

  render (plan, 0, &pdf);
  assert_has (pdf.all, "ขุดลอกคลองสาธารณะ");
  assert_has (pdf.all, "๕๐๐,๐๐๐");
  assert_lacks (pdf.all, "รณรงค์ป้องกันโรคไข้เลือดออก");
  assert_lacks (pdf.all, "ฉบับรวม");
  assert_lacks (pdf.all, "กองช่างโยธา");
  pdf_clear (&pdf);
}

static void
test_no_such_edition (void)
{
  g_autoptr(PhaenPlan) plan = load_plan ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = phaen_edition_pdf_render (plan, 4, NULL, NULL, NULL, &error);
  guint which = 0;

  g_assert_null (bytes);
  g_assert_error (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, "There is no edition 4: the plan has 3 additions and amendments");

  g_assert_true (phaen_edition_document_parse ("current", &which));
  g_assert_cmpuint (which, ==, PHAEN_EDITION_DOCUMENT_CURRENT);
  g_assert_true (phaen_edition_document_parse ("๒", &which));
  g_assert_cmpuint (which, ==, 2);
  g_assert_false (phaen_edition_document_parse ("two", &which));
}

static void
ready_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The preview's document: the amendment's pages, and the page of p1's
 * rows. */
static void
test_document_async (void)
{
  g_autoptr(PhaenPlan) plan = load_plan ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PhaenDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  gint page;

  phaen_edition_document_new_async (plan, 2, NULL, NULL, ready_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  document = phaen_edition_document_new_finish (result, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (phaen_document_get_n_pages (document), ==, 4);
  page = phaen_document_find_project_page (document, "p1");
  g_assert_cmpint (page, ==, 3);
  g_assert_cmpint (phaen_document_find_project_page (document, "p2"), ==, 3);
  g_assert_cmpint (phaen_document_find_project_page (document, "p3"), ==, -1);
}

/* Exported in a thread, written in one go. */
static void
test_export_async (void)
{
  g_autoptr(PhaenPlan) plan = load_plan ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("phaen-edition-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "amendment.pdf", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  guint n_pages = 0;

  phaen_edition_pdf_export_async (plan, 2, NULL, out, NULL, ready_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (phaen_edition_pdf_export_finish (result, &n_pages, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_pages, ==, 4);

  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 4);

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/render/editions/addition", test_addition);
  g_test_add_func ("/render/editions/amendment", test_amendment);
  g_test_add_func ("/render/editions/sample-amendment", test_sample_amendment);
  g_test_add_func ("/render/editions/changes-without-column", test_changes_without_column);
  g_test_add_func ("/render/editions/open", test_open_edition);
  g_test_add_func ("/render/editions/consolidated", test_consolidated);
  g_test_add_func ("/render/editions/as-adopted", test_as_adopted);
  g_test_add_func ("/render/editions/no-such-edition", test_no_such_edition);
  g_test_add_func ("/render/editions/document-async", test_document_async);
  g_test_add_func ("/render/editions/export-async", test_export_async);

  return g_test_run ();
}
