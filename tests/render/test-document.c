/* test-document.c: assembly, page numbers, contents and the flow of the
 * portrait pages, checked on the display lists (geometry in points)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "phaen-document.h"
#include "phaen-front.h"
#include "phaen-thai.h"

#define PORTRAIT_BOTTOM (PHAEN_A4_LONG - PHAEN_PORTRAIT_MARGIN_BOTTOM)

static PhaenPlan *
new_plan (void)
{
  PhaenPlan *plan = phaen_plan_new ();

  g_object_set (plan,
                "organisation-name", "องค์การบริหารส่วนตำบลทดสอบ",
                "district", "ท่าใหม่",
                "province", "จันทบุรี",
                "preparing-unit", "งานวิเคราะห์นโยบายและแผน สำนักปลัด",
                "fiscal-year", 2569,
                NULL);
  phaen_plan_fill_default_texts (plan);

  return plan;
}

static PhaenRenderContext *
new_context (PhaenPlan   *plan,
             PhaenDigits  digits)
{
  PhaenRenderOptions options = { digits, NULL };
  g_autoptr(GError) error = NULL;
  PhaenRenderContext *ctx = phaen_render_context_new (plan, &options, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (ctx);

  return ctx;
}

static const char *
item_text (const PhaenPageOp *item)
{
  if (item->kind != PHAEN_PAGE_OP_TEXT)
    return NULL;

  return pango_layout_get_text (item->layout);
}

static double
item_bottom (const PhaenPageOp *item)
{
  return item->y + phaen_render_text_height (item->layout);
}

/* Index of the first page with a text item equal to @text (digits
 * converted as @ctx does), or -1. */
static int
find_page_with (PhaenRenderContext *ctx,
                GPtrArray          *pages,
                const char         *text)
{
  g_autofree char *converted = phaen_render_digits (ctx, text);

  for (guint i = 0; i < pages->len; i++)
    {
      PhaenPage *page = g_ptr_array_index (pages, i);

      for (guint j = 0; j < page->ops->len; j++)
        if (g_strcmp0 (item_text (&g_array_index (page->ops, PhaenPageOp, j)), converted) == 0)
          return i;
    }

  return -1;
}

static int
find_bookmark (GPtrArray  *pages,
               const char *title)
{
  for (guint i = 0; i < pages->len; i++)
    {
      PhaenPage *page = g_ptr_array_index (pages, i);

      if (g_strcmp0 (page->bookmark, title) == 0)
        return i;
    }

  return -1;
}

/* The label the contents page prints on the line of @title. */
static char *
contents_label (PhaenRenderContext *ctx,
                PhaenPage          *contents,
                const char         *title)
{
  g_autofree char *converted = phaen_render_digits (ctx, title);
  const PhaenPageOp *entry = NULL;
  double baseline;

  for (guint j = 0; j < contents->ops->len && entry == NULL; j++)
    {
      const PhaenPageOp *item = &g_array_index (contents->ops, PhaenPageOp, j);

      if (g_strcmp0 (item_text (item), converted) == 0)
        entry = item;
    }
  g_assert_nonnull (entry);
  phaen_render_text_first_line (entry->layout, &baseline, NULL);
  baseline += entry->y;

  /* The number is the right-most text on the same baseline. */
  for (guint j = 0; j < contents->ops->len; j++)
    {
      const PhaenPageOp *item = &g_array_index (contents->ops, PhaenPageOp, j);
      double other;

      if (item == entry || item->kind != PHAEN_PAGE_OP_TEXT || item->x < entry->x + 200)
        continue;
      phaen_render_text_first_line (item->layout, &other, NULL);
      if (ABS (item->y + other - baseline) < 0.5)
        return g_strdup (item_text (item));
    }

  return NULL;
}

/* ------------------------------------------------------------------ */

static void
test_document_numbering (void)
{
  g_autoptr(PhaenPlan) plan = new_plan ();
  g_autoptr(PhaenRenderContext) ctx = new_context (plan, PHAEN_DIGITS_THAI);
  g_autoptr(GPtrArray) pages = phaen_document_layout (ctx);
  guint body = 0;
  gboolean landscape_seen = FALSE;
  PhaenPage *page;
  g_autofree char *foreword_label = NULL;
  g_autofree char *contents_page_label = NULL;

  g_assert_cmpuint (pages->len, >=, 7);

  /* Cover and announcement: no number. */
  for (guint i = 0; i < 2; i++)
    {
      page = g_ptr_array_index (pages, i);
      g_assert_cmpint (page->numbering, ==, PHAEN_PAGE_NUMBER_NONE);
      g_assert_null (phaen_document_page_label (ctx, page));
    }
  g_assert_cmpint (find_bookmark (pages, "ประกาศ"), ==, 1);

  /* Foreword ก, contents ข. */
  page = g_ptr_array_index (pages, 2);
  foreword_label = phaen_document_page_label (ctx, page);
  g_assert_cmpstr (foreword_label, ==, "ก");
  g_assert_cmpint (find_bookmark (pages, "คำนำ"), ==, 2);
  page = g_ptr_array_index (pages, 3);
  contents_page_label = phaen_document_page_label (ctx, page);
  g_assert_cmpstr (contents_page_label, ==, "ข");
  g_assert_cmpint (find_bookmark (pages, "สารบัญ"), ==, 3);
  g_assert_cmpint (find_page_with (ctx, pages, "- ข -"), ==, 3);

  /* From Part 1 on: 1, 2, 3 … in Thai digits, portrait then landscape. */
  g_assert_cmpint (find_bookmark (pages, "ส่วนที่ ๑ บทนำ"), ==, 4);
  for (guint i = 4; i < pages->len; i++)
    {
      g_autofree char *expected = NULL;
      g_autofree char *label = NULL;
      g_autofree char *decorated = NULL;

      page = g_ptr_array_index (pages, i);
      g_assert_cmpint (page->numbering, ==, PHAEN_PAGE_NUMBER_BODY);
      g_assert_cmpuint (page->number, ==, ++body);
      expected = phaen_format_uint (body, TRUE);
      label = phaen_document_page_label (ctx, page);
      g_assert_cmpstr (label, ==, expected);

      /* The number is drawn in the band under the top margin. */
      decorated = g_strdup_printf ("- %s -", label);
      {
        const PhaenPageOp *last = &g_array_index (page->ops, PhaenPageOp,
                                                    page->ops->len - 1);

        g_assert_cmpstr (item_text (last), ==, decorated);
        g_assert_cmpfloat (last->y, >=, page->orientation == PHAEN_PAGE_LANDSCAPE
                                         ? PHAEN_LANDSCAPE_MARGIN_TOP - 3
                                         : PHAEN_PORTRAIT_MARGIN_TOP - 3);
        g_assert_cmpfloat (last->x, >, page->width / 2);
      }

      if (page->orientation == PHAEN_PAGE_LANDSCAPE)
        landscape_seen = TRUE;
      else
        g_assert_false (landscape_seen);
    }
}

static void
test_document_no_foreword (void)
{
  g_autoptr(PhaenPlan) plan = new_plan ();
  g_autoptr(PhaenRenderContext) ctx = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *label = NULL;
  PhaenPage *contents;

  g_object_set (plan, "foreword", "  \n ", NULL);
  ctx = new_context (plan, PHAEN_DIGITS_THAI);
  pages = phaen_document_layout (ctx);

  g_assert_cmpint (find_bookmark (pages, "คำนำ"), ==, -1);
  g_assert_cmpint (find_bookmark (pages, "สารบัญ"), ==, 2);
  contents = g_ptr_array_index (pages, 2);
  label = phaen_document_page_label (ctx, contents);
  g_assert_cmpstr (label, ==, "ก");
  g_assert_cmpint (find_page_with (ctx, pages, "คำนำ"), ==, -1);
}

/* A paragraph repeated until Part 1 runs over several pages. */
static char *
long_text (const char *paragraph,
           guint       times,
           gboolean    numbered)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      if (numbered)
        g_string_append_printf (out, "%u. ", i + 1);
      g_string_append (out, paragraph);
    }

  return g_string_free (out, FALSE);
}

static void
test_document_part1_flow (void)
{
  g_autoptr(PhaenPlan) plan = new_plan ();
  g_autoptr(PhaenRenderContext) ctx = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *intro = long_text ("แผนการดำเนินงานรวบรวมโครงการและกิจกรรมที่จะดำเนินการจริงในพื้นที่ "
                                      "ทั้งของหน่วยงานเองและของหน่วยงานอื่น เพื่อให้การทำงานประสานกัน "
                                      "และการติดตามผลเมื่อสิ้นปีทำได้ครบถ้วน", 9, FALSE);
  g_autofree char *objectives = long_text ("เพื่อให้ทุกหน่วยงานรู้ล่วงหน้าว่าโครงการใดจะเริ่มเมื่อใด "
                                           "ใช้งบประมาณเท่าใด และใครเป็นผู้รับผิดชอบหลัก", 12, TRUE);
  int part1, contents_index;
  guint n_part1 = 0;
  guint hanging = 0;

  g_object_set (plan,
                "introduction-text", intro,
                "objectives-text", objectives,
                "procedure-text", intro,
                "benefits-text", objectives,
                NULL);
  ctx = new_context (plan, PHAEN_DIGITS_THAI);
  pages = phaen_document_layout (ctx);
  part1 = find_bookmark (pages, "ส่วนที่ ๑ บทนำ");
  contents_index = find_bookmark (pages, "สารบัญ");
  g_assert_cmpint (part1, >, 0);

  for (guint i = part1; i < pages->len; i++)
    {
      PhaenPage *page = g_ptr_array_index (pages, i);
      const PhaenPageOp *last_content = NULL;

      if (page->orientation != PHAEN_PAGE_PORTRAIT || (page->bookmark != NULL && i != (guint) part1))
        break;
      n_part1++;

      for (guint j = 0; j < page->ops->len; j++)
        {
          const PhaenPageOp *item = &g_array_index (page->ops, PhaenPageOp, j);

          if (item->kind != PHAEN_PAGE_OP_TEXT)
            continue;
          /* Nothing runs into the bottom margin. */
          g_assert_cmpfloat (item_bottom (item), <=, PORTRAIT_BOTTOM + 0.5);
          /* The page number is the last item; the content before it. */
          if (j + 1 < page->ops->len)
            last_content = item;

          /* A list marker ("๑.") shares its line with its text, which
           * starts to its right (hanging indent). */
          if (g_str_has_suffix (item_text (item), ".") && g_utf8_strlen (item_text (item), -1) <= 3 &&
              j + 1 < page->ops->len)
            {
              const PhaenPageOp *next = &g_array_index (page->ops, PhaenPageOp, j + 1);

              g_assert_cmpfloat_with_epsilon (next->y, item->y, 0.01);
              g_assert_cmpfloat (next->x, >, item->x);
              g_assert_cmpfloat_with_epsilon (item->x,
                                              PHAEN_PORTRAIT_MARGIN_LEFT + PHAEN_MM (25.0), 0.01);
              hanging++;
            }
        }

      /* No page ends with a section heading. */
      g_assert_nonnull (last_content);
      for (guint m = PHAEN_PART1_INTRODUCTION; m < PHAEN_PART1_N_MARKS; m++)
        {
          g_autofree char *heading = phaen_render_digits (ctx, phaen_front_part1_title (m));

          g_assert_cmpstr (item_text (last_content), !=, heading);
        }
    }

  g_assert_cmpuint (n_part1, >=, 3);
  g_assert_cmpuint (hanging, >=, 24);

  /* The contents gives the real page of every section. */
  for (guint m = PHAEN_PART1_HEADING; m < PHAEN_PART1_N_MARKS; m++)
    {
      g_autofree char *converted = phaen_render_digits (ctx, phaen_front_part1_title (m));
      g_autofree char *listed = NULL;
      g_autofree char *real = NULL;
      int where = -1;

      /* The contents lists the title too: look from Part 1 on. */
      for (guint i = part1; i < pages->len && where < 0; i++)
        {
          PhaenPage *page = g_ptr_array_index (pages, i);

          for (guint j = 0; j < page->ops->len; j++)
            if (g_strcmp0 (item_text (&g_array_index (page->ops, PhaenPageOp, j)), converted) == 0)
              where = i;
        }
      g_assert_cmpint (where, >=, part1);

      listed = contents_label (ctx, g_ptr_array_index (pages, contents_index),
                               phaen_front_part1_title (m));
      real = phaen_document_page_label (ctx, g_ptr_array_index (pages, where));
      g_assert_cmpstr (listed, ==, real);
    }
}

/* Where the last list marker @marker_text is: page and item index. */
static gboolean
find_last_marker (GPtrArray  *pages,
                  const char *marker_text,
                  guint      *page_index,
                  guint      *item_index)
{
  for (guint i = pages->len; i-- > 0;)
    {
      PhaenPage *page = g_ptr_array_index (pages, i);

      for (guint j = page->ops->len; j-- > 0;)
        if (g_strcmp0 (item_text (&g_array_index (page->ops, PhaenPageOp, j)), marker_text) == 0)
          {
            *page_index = i;
            *item_index = j;
            return TRUE;
          }
    }

  return FALSE;
}

/* The end of a Part 1 section stays together: its last list item, a
 * single line, never opens a page alone; the item before it (or its last
 * lines) goes along. The filler in front of the list grows a line at a
 * time, so the page break falls at every place in the list once. */
static void
test_document_part1_section_end (void)
{
  const char *second_last = "ผู้บริหารเห็นสัดส่วนงบประมาณของแต่ละยุทธศาสตร์และความคืบหน้าของงาน "
                            "จึงปรับแผนระหว่างปีได้ทันการณ์และตรงกับความต้องการของชุมชน";
  const char *last = "การติดตามผลเมื่อสิ้นปีอิงข้อเท็จจริง";
  guint carried = 0;
  guint broken = 0;

  for (guint filler = 0; filler < 48; filler++)
    {
      g_autoptr(PhaenPlan) plan = new_plan ();
      g_autoptr(PhaenRenderContext) ctx = NULL;
      g_autoptr(GPtrArray) pages = NULL;
      g_autoptr(GString) benefits = g_string_new (NULL);
      guint marks[PHAEN_PART1_N_MARKS] = { 0 };
      guint last_page = 0, last_item = 0, previous_page = 0, previous_item = 0;
      PhaenPage *page;
      const PhaenPageOp *before;

      for (guint i = 0; i < filler; i++)
        g_string_append_printf (benefits, "ย่อหน้าเติมที่ %u\n", i + 1);
      g_string_append_printf (benefits, "1. %s\n2. %s\n", second_last, last);
      g_object_set (plan, "benefits-text", benefits->str, NULL);
      ctx = new_context (plan, PHAEN_DIGITS_ARABIC);
      pages = phaen_front_part1 (ctx, marks);

      g_assert_true (find_last_marker (pages, "1.", &previous_page, &previous_item));
      g_assert_true (find_last_marker (pages, "2.", &last_page, &last_item));
      page = g_ptr_array_index (pages, last_page);
      g_assert_cmpuint (last_item + 1, <, page->ops->len);
      g_assert_cmpstr (item_text (&g_array_index (page->ops, PhaenPageOp, last_item + 1)), ==, last);

      /* Right before the last item on its page: the item before it, or
       * the end of that item's text. */
      g_assert_cmpuint (last_item, >=, 1);
      before = &g_array_index (page->ops, PhaenPageOp, last_item - 1);
      g_assert_cmpint (before->kind, ==, PHAEN_PAGE_OP_TEXT);
      g_assert_true (g_str_has_suffix (second_last, item_text (before)));
      g_assert_cmpuint (strlen (item_text (before)), >, 0);

      /* The list is broken over two pages: the item before went along
       * (whole, or its last lines), to the top of the page. */
      if (last_page > marks[PHAEN_PART1_BENEFITS] || previous_page != last_page)
        broken++;
      if (last_page > 0 && (last_item == 1 || (last_item == 2 && previous_page == last_page)))
        carried++;
    }

  /* The sweep did put page breaks at the end of the section. */
  g_assert_cmpuint (broken, >, 0);
  g_assert_cmpuint (carried, >, 0);
}

static void
test_document_digits (void)
{
  g_autoptr(PhaenPlan) plan = new_plan ();
  g_autoptr(PhaenRenderContext) thai = new_context (plan, PHAEN_DIGITS_THAI);
  g_autoptr(PhaenRenderContext) arabic = new_context (plan, PHAEN_DIGITS_ARABIC);
  g_autoptr(GPtrArray) thai_pages = phaen_document_layout (thai);
  g_autoptr(GPtrArray) arabic_pages = phaen_document_layout (arabic);
  g_autoptr(PhaenPage) page = phaen_page_new (PHAEN_PAGE_PORTRAIT);
  g_autofree char *thai_label = NULL;
  g_autofree char *arabic_label = NULL;

  page->numbering = PHAEN_PAGE_NUMBER_BODY;
  page->number = 12;
  thai_label = phaen_document_page_label (thai, page);
  arabic_label = phaen_document_page_label (arabic, page);
  g_assert_cmpstr (thai_label, ==, "๑๒");
  g_assert_cmpstr (arabic_label, ==, "12");

  g_assert_cmpint (find_page_with (thai, thai_pages, "ส่วนที่ 1 บทนำ"), >, 0);
  g_assert_cmpint (find_bookmark (arabic_pages, "ส่วนที่ 1 บทนำ"), >, 0);

  /* No Thai digit anywhere in the Arabic document's texts. */
  for (guint i = 0; i < arabic_pages->len; i++)
    {
      PhaenPage *p = g_ptr_array_index (arabic_pages, i);

      for (guint j = 0; j < p->ops->len; j++)
        {
          const char *text = item_text (&g_array_index (p->ops, PhaenPageOp, j));

          for (const char *c = text; c != NULL && *c != '\0'; c = g_utf8_next_char (c))
            g_assert_false (g_utf8_get_char (c) >= 0x0E50 && g_utf8_get_char (c) <= 0x0E59);
        }
    }
}

static void
test_document_long_foreword (void)
{
  g_autoptr(PhaenPlan) plan = new_plan ();
  g_autoptr(PhaenRenderContext) ctx = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *foreword = long_text ("เอกสารฉบับนี้รวบรวมโครงการทั้งหมดที่จะดำเนินการในปีงบประมาณ "
                                         "เพื่อใช้เป็นเครื่องมือในการบริหารและติดตามงาน", 60, FALSE);
  const char * const letters[] = { "ก", "ข", "ค", "ง", "จ" };
  int contents;
  guint n_front = 0;

  g_object_set (plan, "foreword", foreword, NULL);
  ctx = new_context (plan, PHAEN_DIGITS_THAI);
  pages = phaen_document_layout (ctx);
  contents = find_bookmark (pages, "สารบัญ");
  g_assert_cmpint (contents, >=, 4);

  /* ก ข ค … across the foreword, the contents continues the count. */
  for (int i = 2; i <= contents; i++)
    {
      g_autofree char *label = phaen_document_page_label (ctx, g_ptr_array_index (pages, i));

      g_assert_cmpuint (n_front, <, G_N_ELEMENTS (letters));
      g_assert_cmpstr (label, ==, letters[n_front]);
      n_front++;
    }

  /* The foreword ends with the preparing unit. */
  {
    PhaenPage *last = g_ptr_array_index (pages, contents - 1);
    const PhaenPageOp *unit = &g_array_index (last->ops, PhaenPageOp, last->ops->len - 2);

    g_assert_cmpstr (item_text (unit), ==, "งานวิเคราะห์นโยบายและแผน สำนักปลัด");
    g_assert_cmpint (pango_layout_get_alignment (unit->layout), ==, PANGO_ALIGN_RIGHT);
  }
}

static void
test_document_announcement (void)
{
  g_autoptr(PhaenPlan) plan = new_plan ();
  g_autoptr(PhaenRenderContext) ctx = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(PhaenPlan) dated = new_plan ();
  g_autoptr(PhaenRenderContext) dated_ctx = NULL;
  g_autoptr(GPtrArray) dated_pages = NULL;

  /* No date, no signer: blanks to fill by hand. */
  ctx = new_context (plan, PHAEN_DIGITS_THAI);
  pages = phaen_front_announcement (ctx);
  g_assert_cmpuint (pages->len, ==, 1);
  g_assert_cmpint (find_page_with (ctx, pages, "ประกาศองค์การบริหารส่วนตำบลทดสอบ"), ==, 0);
  g_assert_cmpint (find_page_with (ctx, pages, "เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569"), ==, 0);
  g_assert_cmpint (find_page_with (ctx, pages, "จึงประกาศมาเพื่อทราบโดยทั่วกัน"), ==, 0);
  g_assert_cmpint (find_page_with (ctx, pages,
                                   "ประกาศ ณ วันที่ .......... เดือน ............................. พ.ศ. .............."),
                   ==, 0);
  g_assert_cmpint (find_page_with (ctx, pages, "(..................................................)"), ==, 0);

  g_object_set (dated,
                "announcement-date", "2025-09-30",
                "signer-name", "นางสาวทดสอบ ใจงาม",
                "signer-position", "นายกองค์การบริหารส่วนตำบลทดสอบ",
                "edition-kind", PHAEN_EDITION_AMENDMENT,
                "edition-number", 1,
                NULL);
  dated_ctx = new_context (dated, PHAEN_DIGITS_THAI);
  dated_pages = phaen_front_announcement (dated_ctx);
  g_assert_cmpint (find_page_with (dated_ctx, dated_pages,
                                   "ประกาศ ณ วันที่ 30 เดือน กันยายน พ.ศ. 2568"), ==, 0);
  g_assert_cmpint (find_page_with (dated_ctx, dated_pages, "(นางสาวทดสอบ ใจงาม)"), ==, 0);
  g_assert_cmpint (find_page_with (dated_ctx, dated_pages, "นายกองค์การบริหารส่วนตำบลทดสอบ"), ==, 0);
  g_assert_cmpint (find_page_with (dated_ctx, dated_pages,
                                   "เรื่อง ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 (แก้ไข ครั้งที่ 1)"),
                   ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/document/numbering", test_document_numbering);
  g_test_add_func ("/document/no-foreword", test_document_no_foreword);
  g_test_add_func ("/document/part1-flow", test_document_part1_flow);
  g_test_add_func ("/document/part1-section-end", test_document_part1_section_end);
  g_test_add_func ("/document/digits", test_document_digits);
  g_test_add_func ("/document/long-foreword", test_document_long_foreword);
  g_test_add_func ("/document/announcement", test_document_announcement);

  return g_test_run ();
}
