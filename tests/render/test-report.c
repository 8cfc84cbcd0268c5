/* test-report.c: the monitoring report's pages, read back from the PDF
 * with poppler, and its charts measured in pixels
 *
 * The figures checked are those worked out by hand in
 * tests/model/test-report.c for the fixture
 * tests/data/report/monitoring-2569.phaen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <poppler.h>

#include "io/phaen-file.h"
#include "model/phaen-report.h"
#include "phaen-chart.h"
#include "phaen-report-pages.h"

#include "../model/report-fixture.h"
#include "pdf-test-util.h"

static PhaenPlan *
load_fixture (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_TEST_DATA"), "report",
                                            "monitoring-2569.phaen", NULL);
  PhaenPlan *plan = phaen_file_load (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
assert_has (const char *haystack,
            const char *needle)
{
  g_autofree char *squeezed = squeeze (needle);

  /* stdio, not GLib's printing: the test runs in the C locale, where
   * GLib would print Thai as question marks */
  if (strstr (haystack, squeezed) == NULL)
    {
      fprintf (stderr, "“%s” not found in “%s”\n", squeezed, haystack);
      g_assert_not_reached ();
    }
}

/* TRUE when the texts of @items (NULL-ended) are found on one line of
 * @page, left to right: a table row. poppler's text search copes with
 * Thai marks where its plain text does not keep the order of cells. */
static gboolean
row_matches (PopplerPage        *page,
             const char * const *items,
             double              y,
             guint               index,
             double              after_x)
{
  GList *found;
  gboolean ok = FALSE;

  if (items[index] == NULL)
    return TRUE;

  found = poppler_page_find_text (page, items[index]);
  for (GList *l = found; l != NULL && !ok; l = l->next)
    {
      PopplerRectangle *rect = l->data;
      double centre = (rect->y1 + rect->y2) / 2;

      if ((index == 0 || fabs (centre - y) < 3.0) && rect->x1 > after_x)
        ok = row_matches (page, items, index == 0 ? centre : y, index + 1, rect->x2 - 0.5);
    }
  g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);

  return ok;
}

static void
assert_row (PopplerDocument    *document,
            int                 page_index,
            const char * const *items)
{
  g_autoptr(PopplerPage) page = NULL;

  g_assert_cmpint (page_index, >=, 0);
  page = poppler_document_get_page (document, page_index);
  if (!row_matches (page, items, 0, 0, -1))
    {
      fprintf (stderr, "no row of page %d reads:", page_index + 1);
      for (guint i = 0; items[i] != NULL; i++)
        fprintf (stderr, " “%s”", items[i]);
      fprintf (stderr, "\n");
      g_assert_not_reached ();
    }
}

#define ROW(document, page, ...) \
  G_STMT_START { \
    const char * const _items[] = { __VA_ARGS__, NULL }; \
    assert_row ((document), (page), _items); \
  } G_STMT_END

static guint
count_pages_with (GPtrArray  *texts,
                  const char *needle)
{
  g_autofree char *squeezed = squeeze (needle);
  guint n = 0;

  for (guint i = 0; i < texts->len; i++)
    if (strstr (g_ptr_array_index (texts, i), squeezed) != NULL)
      n++;

  return n;
}

/* Index of the first page that holds @needle, or -1. */
static int
page_with (GPtrArray  *texts,
           const char *needle)
{
  g_autofree char *squeezed = squeeze (needle);

  for (guint i = 0; i < texts->len; i++)
    if (strstr (g_ptr_array_index (texts, i), squeezed) != NULL)
      return (int) i;

  return -1;
}

static GBytes *
render (PhaenPlan        *plan,
        PhaenReportRound  round,
        PhaenDigits       digits,
        guint            *n_pages)
{
  PhaenRenderOptions options = { digits, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  GBytes *bytes = phaen_report_pdf_render (plan, round, &options, warnings, n_pages, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return bytes;
}

/* The XML fixture is the plan of report-fixture.h, whose figures the
 * model test works out. */
static void
test_fixture (void)
{
  g_autoptr(PhaenPlan) loaded = load_fixture ();
  g_autoptr(PhaenPlan) built = report_fixture_build ();
  g_autofree char *why = NULL;

  if (!phaen_plan_equal (loaded, built, &why))
    g_error ("the fixture file differs from report-fixture.h: %s", why);
}

static void
test_pdf_6_months (void)
{
  g_autoptr(PhaenPlan) plan = load_fixture ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autofree char *title = NULL;
  guint n_pages = 0;
  int charts[3];
  int list;

  bytes = render (plan, PHAEN_REPORT_ROUND_6_MONTHS, PHAEN_DIGITS_FROM_PLAN, &n_pages);
  document = open_pdf (bytes);
  texts = page_texts (document);

  /* What the writer said is what the file holds; A4 landscape. */
  g_assert_cmpuint (poppler_document_get_n_pages (document), ==, n_pages);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      double w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_cmpfloat_with_epsilon (w, 841.89, 0.5);
      g_assert_cmpfloat_with_epsilon (h, 595.28, 0.5);
    }

  /* The three title lines and the page number on every page. */
  g_assert_cmpuint (count_pages_with (texts, "รายงานผลการติดตามและประเมินผลแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"), ==, n_pages);
  g_assert_cmpuint (count_pages_with (texts, "รอบ ๖ เดือน (ตุลาคม ๒๕๖๘ – มีนาคม ๒๕๖๙)"), ==, n_pages);
  g_assert_cmpuint (count_pages_with (texts, "เทศบาลตำบลหนองบัวทอง อำเภอเมืองทดสอบ จังหวัดชัยภูมิ"), ==, n_pages);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *arabic = g_strdup_printf ("- %u -", i + 1);
      g_autofree char *number = phaen_thai_digits (arabic);
      g_autofree char *squeezed = squeeze (number);

      g_assert_nonnull (strstr (g_ptr_array_index (texts, i), squeezed));
    }

  title = poppler_document_get_title (document);
  g_assert_cmpstr (title, ==, "รายงานผลการติดตามและประเมินผลแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ "
                              "รอบ ๖ เดือน (ตุลาคม ๒๕๖๘ – มีนาคม ๒๕๖๙) เทศบาลตำบลหนองบัวทอง");

  /* 1. statuses: strategy 1 has one project of each status (20.00 %);
   * the total row: 10 planned, completed 4 (40.00), in progress 3
   * (30.00), the others 1 (10.00), none added ("-"). */
  ROW (document, 0, "๑. การพัฒนาโครงสร้างพื้นฐาน", "๕", "๑", "๒๐.๐๐", "๑", "๒๐.๐๐", "๑", "๒๐.๐๐",
       "๑", "๒๐.๐๐", "๑", "๒๐.๐๐", "-", "-");
  ROW (document, 0, "๒. การพัฒนาคุณภาพชีวิต", "๕", "๓", "๖๐.๐๐", "๒", "๔๐.๐๐", "-", "-");
  ROW (document, 0, "๓. การพัฒนาการเมืองและการบริหาร", "-", "-", "-");
  ROW (document, 0, "๑๐", "๔", "๔๐.๐๐", "๓", "๓๐.๐๐", "๑", "๑๐.๐๐", "๑", "๑๐.๐๐", "๑", "๑๐.๐๐", "-", "-");
  assert_has (g_ptr_array_index (texts, 0), "รวมทั้งสิ้น");
  /* the 6-month note about projects planned after March */
  assert_has (g_ptr_array_index (texts, 0), "โครงการที่กำหนดดำเนินการหลังเดือนมีนาคมนับรวมในจำนวนโครงการตามแผน");

  /* 2. budget: 3,950,000.50 planned, 3,420,000.00 contracted (86.58),
   * 1,150,000.00 disbursed (29.11); the total 82.84 and 31.82. */
  {
    int budget = page_with (texts, "๒. การใช้จ่ายงบประมาณ");

    ROW (document, budget, "๑. การพัฒนาโครงสร้างพื้นฐาน", "๓,๙๕๐,๐๐๐.๕๐", "๓,๔๒๐,๐๐๐.๐๐", "๘๖.๕๘",
         "๑,๑๕๐,๐๐๐.๐๐", "๒๙.๑๑");
    ROW (document, budget, "๒. การพัฒนาคุณภาพชีวิต", "๓๓๕,๐๐๐.๐๐", "๑๒๙,๙๐๐.๐๐", "๓๘.๗๘",
         "๒๑๓,๔๐๐.๐๐", "๖๓.๗๐");
    ROW (document, budget, "๔,๒๘๕,๐๐๐.๕๐", "๓,๕๔๙,๙๐๐.๐๐", "๘๒.๘๔", "๑,๓๖๓,๔๐๐.๐๐", "๓๑.๘๒");
  }

  /* 3. months: due 7, on time 3 (42.86), early 1 (14.29), late 2
   * (28.57), not recorded 1 (14.29); not due 2; cancelled 1. */
  {
    int timing = page_with (texts, "๓. ระยะเวลาดำเนินการเทียบกับแผน");

    ROW (document, timing, "๑. การพัฒนาโครงสร้างพื้นฐาน", "๓", "๑", "๓๓.๓๓", "๑", "๓๓.๓๓", "๑", "๓๓.๓๓",
         "-", "-", "๑", "๑");
    ROW (document, timing, "๗", "๓", "๔๒.๘๖", "๑", "๑๔.๒๙", "๒", "๒๘.๕๗", "๑", "๑๔.๒๙", "๒", "๑");
    assert_has (g_ptr_array_index (texts, timing), "ล่าช้ากว่ากำหนด: เริ่มหลังเดือนแรกตามแผน");
  }

  /* 4. three charts, a page each, after the tables. */
  charts[0] = page_with (texts, "๔.๑ แผนภูมิร้อยละของโครงการจำแนกตามสถานะ");
  charts[1] = page_with (texts, "๔.๒ แผนภูมิงบประมาณตามแผน");
  charts[2] = page_with (texts, "๔.๓ แผนภูมิจำนวนโครงการตามแผนและที่ดำเนินการจริง");
  g_assert_cmpint (charts[0], >, 0);
  g_assert_cmpint (charts[1], ==, charts[0] + 1);
  g_assert_cmpint (charts[2], ==, charts[1] + 1);
  /* the month chart of a 6-month round ends in March */
  assert_has (g_ptr_array_index (texts, charts[2]), "มี.ค.");
  g_assert_null (strstr (g_ptr_array_index (texts, charts[2]), "เม.ย."));
  /* the legend of the status chart, and the bar totals */
  assert_has (g_ptr_array_index (texts, charts[0]), "กันเงินไว้เบิกเหลื่อมปี");
  assert_has (g_ptr_array_index (texts, charts[0]), "๑๐ โครงการ");
  /* the budget bars are labelled in millions: 3.95 planned in strategy 1 */
  assert_has (g_ptr_array_index (texts, charts[1]), "ล้านบาท");
  assert_has (g_ptr_array_index (texts, charts[1]), "๓.๙๕");

  /* 5. the list, from the page after the charts to the end. */
  list = page_with (texts, "๕. รายชื่อโครงการจำแนกตามสถานะ");
  g_assert_cmpint (list, ==, charts[2] + 1);
  assert_has (g_ptr_array_index (texts, list), "ดำเนินการแล้วเสร็จ (๔ โครงการ)");
  assert_has (g_ptr_array_index (texts, list), "จัดก่อนกำหนดให้ตรงกับวันสงกรานต์ของชุมชน");
  /* remarks, wrapped in their column: searched word by word */
  {
    gboolean cancelled = FALSE, carried = FALSE;

    for (int i = list; i < poppler_document_get_n_pages (document); i++)
      {
        g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
        const char * const cancelled_row[] = { "ปรับปรุงสวนสาธารณะหนองบัว", "๑๕๐,๐๐๐.๕๐", "ยกเลิก", NULL };
        const char * const carried_row[] = { "ก่อสร้างสะพาน", "๒,๐๐๐,๐๐๐.๐๐", "๑,๙๙๐,๐๐๐.๐๐", "๗๐",
                                             "ม.ค.–มี.ค.", "ธ.ค.–มี.ค.", "เร็วกว่า", "กันเงินไว้", NULL };

        cancelled = cancelled || row_matches (page, cancelled_row, 0, 0, -1);
        carried = carried || row_matches (page, carried_row, 0, 0, -1);
      }
    g_assert_true (cancelled);
    g_assert_true (carried);
  }
}

static void
test_pdf_12_months_arabic (void)
{
  g_autoptr(PhaenPlan) plan = load_fixture ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  guint n_pages = 0;
  int timing, months;

  bytes = render (plan, PHAEN_REPORT_ROUND_12_MONTHS, PHAEN_DIGITS_ARABIC, &n_pages);
  document = open_pdf (bytes);
  texts = page_texts (document);

  g_assert_cmpuint (count_pages_with (texts, "รอบ 12 เดือน (ตุลาคม 2568 – กันยายน 2569)"), ==, n_pages);
  /* No Thai digit anywhere. */
  for (guint i = 0; i < texts->len; i++)
    for (const char *p = g_ptr_array_index (texts, i); *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        g_assert_false (c >= 0x0E50 && c <= 0x0E59);
      }

  /* After twelve months: due 9, on time 3 (33.33), early 2 (22.22),
   * late 3 (33.33), not recorded 1 (11.11); nothing not due. */
  timing = page_with (texts, "3. ระยะเวลาดำเนินการเทียบกับแผน");
  ROW (document, timing, "9", "3", "33.33", "2", "22.22", "3", "33.33", "1", "11.11", "-", "1");
  ROW (document, timing, "2. การพัฒนาคุณภาพชีวิต", "5", "2", "40.00", "1", "20.00", "1", "20.00",
       "1", "20.00", "-", "-");
  /* the 6-month note is not there */
  g_assert_cmpint (page_with (texts, "โครงการที่กำหนดดำเนินการหลังเดือนมีนาคม"), ==, -1);
  /* the month chart runs to September */
  months = page_with (texts, "4.3 แผนภูมิจำนวนโครงการตามแผนและที่ดำเนินการจริง");
  g_assert_cmpint (months, >=, 0);
  assert_has (g_ptr_array_index (texts, months), "ก.ย.");
}

/* The same plan and round give the same bytes; the export in a thread
 * writes exactly them. */
static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_export_async (void)
{
  g_autoptr(PhaenPlan) plan = load_fixture ();
  g_autoptr(GBytes) sync = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autofree char *dir = g_dir_make_tmp ("phaen-report-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autofree char *written = NULL;
  gsize length = 0;
  guint n_pages = 0, n_async = 0;

  g_assert_no_error (error);
  sync = render (plan, PHAEN_REPORT_ROUND_6_MONTHS, PHAEN_DIGITS_FROM_PLAN, &n_pages);
  again = render (plan, PHAEN_REPORT_ROUND_6_MONTHS, PHAEN_DIGITS_FROM_PLAN, NULL);
  g_assert_true (g_bytes_equal (sync, again));

  phaen_report_pdf_export_async (plan, PHAEN_REPORT_ROUND_6_MONTHS, NULL, out, NULL,
                                 export_done_cb, &result);
  /* The snapshot was taken: editing now changes nothing in the file. */
  phaen_project_set_status (phaen_plan_find_project (plan, "p3"), PHAEN_PROJECT_STATUS_COMPLETED);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (phaen_report_pdf_export_finish (result, &n_async, &warnings, &error));
  g_assert_no_error (error);
  g_assert_nonnull (warnings);
  g_assert_cmpuint (n_async, ==, n_pages);

  g_file_get_contents (path, &written, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (written, length, g_bytes_get_data (sync, NULL), g_bytes_get_size (sync));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
document_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Index of the first page of @document's PDF on which poppler finds
 * @text, or -1. */
static int
pdf_page_finding (PopplerDocument *document,
                  const char      *text)
{
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      GList *found = poppler_page_find_text (page, text);
      gboolean any = found != NULL;

      g_list_free_full (found, (GDestroyNotify) poppler_rectangle_free);
      if (any)
        return i;
    }

  return -1;
}

/* The report as a PhaenDocument for the window's preview: the same pages
 * as the PDF, numbered alike, and the page of a project's row. */
static void
test_document_async (void)
{
  g_autoptr(PhaenPlan) plan = load_fixture ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PhaenDocument) document = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) pdf = NULL;
  g_autofree char *label = NULL;
  guint n_pages = 0;

  bytes = render (plan, PHAEN_REPORT_ROUND_6_MONTHS, PHAEN_DIGITS_FROM_PLAN, &n_pages);
  pdf = open_pdf (bytes);

  phaen_report_document_new_async (plan, PHAEN_REPORT_ROUND_6_MONTHS, NULL, NULL,
                                   document_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  document = phaen_report_document_new_finish (result, &warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_nonnull (warnings);

  g_assert_cmpuint (phaen_document_get_n_pages (document), ==, n_pages);
  g_assert_true (phaen_document_get_plan (document) != plan);   /* a snapshot */
  label = phaen_document_dup_page_label (document, n_pages - 1);
  {
    g_autofree char *arabic = g_strdup_printf ("%u", n_pages);
    g_autofree char *expected = phaen_thai_digits (arabic);

    g_assert_cmpstr (label, ==, expected);
  }

  /* The rows of the list: p4 (carried over, last group) and p1 (first). */
  g_assert_cmpint (phaen_document_find_project_page (document, "p4"), ==,
                   pdf_page_finding (pdf, "ก่อสร้างสะพาน"));
  g_assert_cmpint (phaen_document_find_project_page (document, "p1"), ==,
                   pdf_page_finding (pdf, "ก่อสร้างถนน"));
  g_assert_cmpint (phaen_document_find_project_page (document, "p4"), >=, 0);
  g_assert_cmpint (phaen_document_find_project_page (document, "p999"), ==, -1);
}

/* A plan without projects still has every part, with "-" for the
 * figures and a line saying there is no project. */
static void
test_empty_plan (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(PhaenStrategy) strategy = phaen_strategy_new (NULL, "ยุทธศาสตร์ที่ยังไม่มีโครงการ");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  guint n_pages = 0;

  g_object_set (plan, "organisation-name", "เทศบาลตำบลทดสอบ", "fiscal-year", 2569, NULL);
  phaen_plan_append_strategy (plan, strategy);

  bytes = render (plan, PHAEN_REPORT_ROUND_12_MONTHS, PHAEN_DIGITS_FROM_PLAN, &n_pages);
  document = open_pdf (bytes);
  texts = page_texts (document);

  ROW (document, 0, "๑. ยุทธศาสตร์ที่ยังไม่มีโครงการ", "-", "-", "-", "-", "-", "-", "-", "-", "-",
       "-", "-", "-", "-");
  g_assert_cmpint (page_with (texts, "ไม่มีโครงการในแผน"), ==, (int) n_pages - 1);
}

/* ---- pixels ----------------------------------------------------------- */

#define SCALE 2.0   /* 144 dpi */

static cairo_surface_t *
paint_page (PhaenPage *page)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         (int) (page->width * SCALE),
                                                         (int) (page->height * SCALE));
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, SCALE, SCALE);
  phaen_page_paint (page, cr, phaen_render_style_print ());
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static gboolean
is_dark (cairo_surface_t *surface,
         int              x,
         int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel;

  if (x < 0 || y < 0 || x >= cairo_image_surface_get_width (surface) ||
      y >= cairo_image_surface_get_height (surface))
    return FALSE;

  pixel = *(guint32 *) (data + y * stride + x * 4);
  return ((pixel >> 16) & 0xFF) < 96 && ((pixel >> 8) & 0xFF) < 96 && (pixel & 0xFF) < 96;
}

/* Dark pixels in column @x going up from @y_start, until the first light
 * one. */
static int
dark_run_up (cairo_surface_t *surface,
             int              x,
             int              y_start)
{
  int n = 0;

  while (is_dark (surface, x, y_start - n))
    n++;

  return n;
}

/* A chart drawn alone: the solid bar of a value has the height the value
 * gives on the axis. Values 120 and 300 of a count axis: ticks of 100
 * (300/5 = 60 → the next of 1, 2, 5 × 10^k is 100), maximum 300. */
static void
test_chart_bar_height (void)
{
  g_autoptr(PhaenPlan) plan = report_fixture_build ();
  g_autoptr(PhaenRenderContext) ctx = phaen_render_context_new (plan, NULL, NULL, NULL);
  g_autoptr(PhaenPage) page = phaen_page_new (PHAEN_PAGE_LANDSCAPE);
  static const char * const categories[] = { "ก", "ข", "ค" };
  static const PhaenChartSeries series[] = {
    { "ตามแผน", PHAEN_CHART_FILL_EMPTY },
    { "จริง", PHAEN_CHART_FILL_SOLID },
  };
  static const double values[] = { 300, 120, 50, 0, 10, 300 };
  PhaenBarChart chart = { categories, 3, series, 2, values, 1, "จำนวน", TRUE, TRUE, 0 };
  g_autoptr(GArray) bars = NULL;
  cairo_surface_t *surface;
  double top = 0, bottom = 0, max, step;

  g_assert_nonnull (ctx);
  phaen_chart_axis (300, TRUE, &max, &step);
  g_assert_cmpfloat (step, ==, 100);
  g_assert_cmpfloat (max, ==, 300);

  bars = phaen_chart_bars (ctx, page, PHAEN_MM (20), PHAEN_MM (20), PHAEN_MM (250), PHAEN_MM (160),
                           &chart, &top, &bottom);
  g_assert_cmpuint (bars->len, ==, 6);
  surface = paint_page (page);

  for (guint i = 0; i < bars->len; i++)
    {
      const PhaenChartBar *bar = &g_array_index (bars, PhaenChartBar, i);
      double expected = values[i] / 300.0 * (bottom - top) * SCALE;
      /* the middle of the bar, just above the axis line (0.8 pt) */
      int x = (int) ((bar->x + bar->width / 2) * SCALE);
      int y = (int) ((bottom - 0.8) * SCALE);

      g_assert_cmpfloat_with_epsilon (bar->height, values[i] / 300.0 * (bottom - top), 1e-9);
      if (bar->series != 1)
        continue;

      g_test_message ("bar %u: value %.0f, expected %.1f px, measured %d px", i, values[i],
                      expected, dark_run_up (surface, x, y));
      if (values[i] == 0)
        g_assert_cmpint (dark_run_up (surface, x, y), <=, 1);
      else
        g_assert_cmpfloat_with_epsilon (dark_run_up (surface, x, y), expected - 0.8 * SCALE, 2.5);
    }

  cairo_surface_destroy (surface);
}

/* The solid (disbursed) bars on the report's budget chart page, found
 * from the pixels alone: their heights are in the ratio of the amounts,
 * 1,150,000 : 213,400 (strategy 3 has none). */
static void
test_report_chart_pixels (void)
{
  g_autoptr(PhaenPlan) plan = load_fixture ();
  g_autoptr(PhaenRenderContext) ctx = phaen_render_context_new (plan, NULL, NULL, NULL);
  g_autoptr(PhaenReport) report = phaen_report_new (plan, PHAEN_REPORT_ROUND_6_MONTHS);
  g_autoptr(GPtrArray) pages = phaen_report_pages_layout (ctx, report);
  g_autoptr(GArray) runs = g_array_new (FALSE, FALSE, sizeof (int));
  PhaenPage *chart = NULL;
  cairo_surface_t *surface;
  int width, height, axis_y = -1, best = 0;
  int heights[2], n_bars = 0, start = -1;

  for (guint i = 0; i < pages->len && chart == NULL; i++)
    {
      PhaenPage *page = g_ptr_array_index (pages, i);

      if (page->bookmark != NULL && g_str_has_prefix (page->bookmark, "๔.๒"))
        chart = page;
    }
  g_assert_nonnull (chart);

  surface = paint_page (chart);
  width = cairo_image_surface_get_width (surface);
  height = cairo_image_surface_get_height (surface);

  /* The value axis line: the row with the longest dark run. */
  for (int y = 0; y < height; y++)
    {
      int run = 0, longest = 0;

      for (int x = 0; x < width; x++)
        {
          run = is_dark (surface, x, y) ? run + 1 : 0;
          longest = MAX (longest, run);
        }
      if (longest > best)
        {
          best = longest;
          axis_y = y;
        }
    }
  g_assert_cmpint (best, >, width / 2);
  /* the axis line is 0.8 pt thick: start above its top row */
  while (is_dark (surface, width / 2, axis_y - 1))
    axis_y--;
  axis_y--;

  /* Columns whose dark run up from the axis is taller than a few pixels,
   * grouped into bars; outlines and hatching give runs one or two
   * pixels wide, a solid bar a wide group of equal runs. */
  for (int x = 0; x <= width; x++)
    {
      int run = x < width ? dark_run_up (surface, x, axis_y) : 0;

      g_array_append_val (runs, run);
      if (run > 4 && start < 0)
        start = x;
      else if (run <= 4 && start >= 0)
        {
          if (x - start > 40)
            {
              g_assert_cmpint (n_bars, <, 2);
              heights[n_bars++] = g_array_index (runs, int, (start + x) / 2);
            }
          start = -1;
        }
    }

  g_assert_cmpint (n_bars, ==, 2);
  g_test_message ("solid bars: %d and %d px", heights[0], heights[1]);
  g_assert_cmpfloat_with_epsilon ((double) heights[0] / heights[1], 1150000.0 / 213400.0, 0.25);

  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/report-pages/fixture", test_fixture);
  g_test_add_func ("/report-pages/pdf-6-months", test_pdf_6_months);
  g_test_add_func ("/report-pages/pdf-12-months-arabic", test_pdf_12_months_arabic);
  g_test_add_func ("/report-pages/export-async", test_export_async);
  g_test_add_func ("/report-pages/document-async", test_document_async);
  g_test_add_func ("/report-pages/empty-plan", test_empty_plan);
  g_test_add_func ("/report-pages/chart-bar-height", test_chart_bar_height);
  g_test_add_func ("/report-pages/report-chart-pixels", test_report_chart_pixels);

  return g_test_run ();
}
