/* phaen-report-pages.c: the monitoring report as pages and as PDF
 *
 * The report is laid out with the plan's page engine: landscape A4 pages
 * with the margins of the forms (top 2 cm, bottom 1.5 cm, left 2 cm,
 * right 1.5 cm), the page number in the band under the top margin, three
 * centred bold title lines in the style of the forms, ruled tables from
 * phaen-table.c (header rows repeated on every page) and charts from
 * phaen-chart.c. The PDF goes through the plan document's writer
 * (phaen_pdf_write_pages()).
 *
 * Choices made here:
 * - Landscape throughout: the status table has fourteen columns and the
 *   project list eleven; the charts read better wide.
 * - The three tables follow each other on as few pages as they fit;
 *   each chart and the list of projects start a page.
 * - As on the forms, zero counts, amounts and percentages print "-".
 *   Amount columns print two decimals for a whole table as soon as one
 *   amount in it has satang.
 * - A page carries one bookmark: a part that begins on a page another
 *   part began on shares that part's bookmark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "model/phaen-fiscal.h"
#include "model/phaen-money.h"
#include "model/phaen-schedule.h"
#include "model/phaen-summary.h"

#include "phaen-chart.h"
#include "phaen-pdf.h"
#include "phaen-landscape-private.h"
#include "phaen-render-private.h"
#include "phaen-render-task.h"
#include "phaen-report-pages.h"
#include "phaen-table.h"

#define PAGE_NUMBER_SIZE 16.0

/* Space kept between the parts on a page. */
#define PART_GAP PHAEN_MM (6.0)

#define LABEL_TITLE   "รายงานผลการติดตามและประเมินผลแผนการดำเนินงาน"
#define LABEL_TOTAL   "รวมทั้งสิ้น"
#define LABEL_STRATEGY "ยุทธศาสตร์"
#define LABEL_COUNT   "จำนวน"
#define LABEL_PERCENT "ร้อยละ"
#define LABEL_CONTINUED "(ต่อ)"

/* The status columns of the report, in printed order, with the fill of
 * their series in the chart. */
static const PhaenChartFill status_fill[PHAEN_REPORT_N_STATUSES] = {
  PHAEN_CHART_FILL_SOLID,   /* completed */
  PHAEN_CHART_FILL_HATCH,   /* in progress */
  PHAEN_CHART_FILL_EMPTY,   /* not started */
  PHAEN_CHART_FILL_CROSS,   /* cancelled */
  PHAEN_CHART_FILL_LINES,   /* carried over */
};

/* The same statuses as column headings, broken where a narrow column
 * should break them (libthai would cut ดำเนิน|การ). */
static const char * const status_heading[PHAEN_REPORT_N_STATUSES + 1] = {
  "ดำเนินการ\nแล้วเสร็จ",
  "อยู่ระหว่าง\nดำเนินการ",
  "ยังไม่ได้\nดำเนินการ",
  "ยกเลิก",
  "กันเงินไว้\nเบิกเหลื่อมปี",
  "เพิ่มเติม\nระหว่างปี",
};

#define HEADER_FLAGS (PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER)
/* A count or a percentage: centred, never wrapped (a bold 100.00 in a
 * narrow column shrinks rather than breaking). */
#define NUMBER_FLAGS (PHAEN_TEXT_CENTER | PHAEN_CELL_SHRINK)

typedef struct
{
  PhaenRenderContext *ctx;
  PhaenReport        *report;
  PhaenPlan          *plan;
  GPtrArray          *pages;       /* owned PhaenPage* */
  PhaenPage          *page;        /* the page being filled, or NULL */
  double              y;           /* the next free y on it */
  gboolean            stopped;     /* the job was cancelled */
  const char         *continued;   /* heading of a table's later pages */
  double              body_height; /* free height of a page under its titles */
} Layout;

static void
page_free (gpointer data)
{
  phaen_page_free (data);
}

/* ---- texts ----------------------------------------------------------- */

char *
phaen_report_pages_title (PhaenReport *report)
{
  g_return_val_if_fail (PHAEN_IS_REPORT (report), NULL);

  return g_strdup_printf (LABEL_TITLE " ประจำปีงบประมาณ พ.ศ. %u",
                          phaen_plan_get_fiscal_year (phaen_report_get_plan (report)));
}

char *
phaen_report_pages_round_line (PhaenReport *report)
{
  PhaenReportRound round;
  g_autofree char *period = NULL;

  g_return_val_if_fail (PHAEN_IS_REPORT (report), NULL);

  round = phaen_report_get_round (report);
  period = phaen_report_round_period (phaen_plan_get_fiscal_year (phaen_report_get_plan (report)),
                                      round, FALSE);

  return g_strdup_printf ("รอบ %u เดือน (%s)", (guint) round, period);
}

/* "<organisation> อำเภอ<district> จังหวัด<province>", empty parts left out. */
static char *
organisation_line (PhaenPlan *plan)
{
  g_autoptr(GString) line = g_string_new (phaen_plan_get_organisation_name (plan));
  const char *district = phaen_plan_get_district (plan);
  const char *province = phaen_plan_get_province (plan);

  if (district[0] != '\0')
    g_string_append_printf (line, "%sอำเภอ%s", line->len > 0 ? " " : "", district);
  if (province[0] != '\0')
    g_string_append_printf (line, "%sจังหวัด%s", line->len > 0 ? " " : "", province);

  return g_string_free (g_steal_pointer (&line), FALSE);
}

/* Arabic digits ("-" for zero); converted when drawn. */
static char *
format_count (guint count)
{
  return count == 0 ? g_strdup ("-") : g_strdup_printf ("%u", count);
}

static char *
format_percent (gint percent_x100)
{
  return percent_x100 <= 0 ? g_strdup ("-") : phaen_summary_format_percent (percent_x100, FALSE);
}

static char *
format_amount (gint64   satang,
               gboolean decimals)
{
  return satang == 0 ? g_strdup ("-") : phaen_money_format (satang, decimals, FALSE);
}

/* "ต.ค.–ธ.ค.\nมี.ค.": the canonical months, a run on each line with an
 * en dash; drawn unwrapped (shrunk if need be), so a run never breaks.
 * "-" for none. */
static char *
format_months (guint mask)
{
  g_autofree char *plain = phaen_schedule_format (mask);
  g_auto(GStrv) items = NULL;
  g_autofree char *joined = NULL;
  g_auto(GStrv) parts = NULL;

  if (plain[0] == '\0')
    return g_strdup ("-");

  items = g_strsplit (plain, ",", -1);
  joined = g_strjoinv ("\n", items);
  parts = g_strsplit (joined, "-", -1);

  return g_strjoinv ("\u2013", parts);
}

static char *
strategy_label (const PhaenReportRow *row)
{
  if (row->strategy == NULL)
    return g_strdup (row->label);

  return g_strdup_printf ("%u. %s", row->number, row->label);
}

/* ---- pages ----------------------------------------------------------- */

static double
page_bottom (PhaenPage *page)
{
  return page->height - MARGIN_BOTTOM;
}

static double
body_width (PhaenPage *page)
{
  return page->width - MARGIN_LEFT - MARGIN_RIGHT;
}

static double
add_centred (Layout         *lay,
             const char     *text,
             double          size,
             PhaenTextFlags  flags)
{
  g_autoptr(PangoLayout) layout =
    phaen_render_text_shared (lay->ctx, text, size, flags | PHAEN_TEXT_CENTER, body_width (lay->page));
  double height = phaen_render_text_height (layout);

  phaen_page_add_text (lay->page, layout, MARGIN_LEFT, lay->y);
  lay->y += height;

  return height;
}

/* Starts a page: the title lines, then the body from lay->y. */
static gboolean
new_page (Layout *lay)
{
  g_autofree char *title = NULL;
  g_autofree char *round = NULL;
  g_autofree char *organisation = NULL;

  if (lay->stopped || !phaen_render_job_page_added (lay->ctx))
    {
      lay->stopped = TRUE;
      return FALSE;
    }

  lay->page = phaen_page_new (PHAEN_PAGE_LANDSCAPE);
  lay->page->numbering = PHAEN_PAGE_NUMBER_BODY;
  g_ptr_array_add (lay->pages, lay->page);
  lay->y = MARGIN_TOP + PHAEN_PAGE_NUMBER_BAND;

  title = phaen_report_pages_title (lay->report);
  round = phaen_report_pages_round_line (lay->report);
  organisation = organisation_line (lay->plan);

  add_centred (lay, title, TITLE_SIZE, PHAEN_TEXT_BOLD);
  add_centred (lay, round, TITLE_SIZE, PHAEN_TEXT_BOLD);
  if (organisation[0] != '\0')
    add_centred (lay, organisation, TITLE_SIZE, PHAEN_TEXT_BOLD);
  lay->y += PHAEN_MM (3.0);
  lay->body_height = page_bottom (lay->page) - lay->y;

  return TRUE;
}

/* Makes sure @height points are free on the current page, starting a new
 * one when they are not (or when there is no page yet). */
static gboolean
ensure_room (Layout *lay,
             double  height)
{
  if (lay->page != NULL && lay->y + height <= page_bottom (lay->page))
    return TRUE;

  return new_page (lay);
}

static PangoLayout *
heading_layout (Layout     *lay,
                const char *text)
{
  return phaen_render_text_shared (lay->ctx, text, HEADING_SIZE, PHAEN_TEXT_BOLD,
                                   PHAEN_A4_LONG - MARGIN_LEFT - MARGIN_RIGHT);
}

/* A bold part heading at lay->y; opens a bookmark when the page has none. */
static void
add_heading (Layout     *lay,
             const char *text,
             gboolean    bookmark)
{
  g_autoptr(PangoLayout) layout = heading_layout (lay, text);

  phaen_page_add_text (lay->page, layout, MARGIN_LEFT, lay->y);
  lay->y += phaen_render_text_height (layout) + PHAEN_MM (1.0);

  if (bookmark && lay->page->bookmark == NULL)
    {
      g_autofree char *title = phaen_render_digits (lay->ctx, text);

      phaen_page_set_bookmark (lay->page, title, 1);
    }
}

static PangoLayout *
notes_layout (Layout     *lay,
              const char *text)
{
  return phaen_render_text (lay->ctx, text, BODY_SIZE, 0, PHAEN_A4_LONG - MARGIN_LEFT - MARGIN_RIGHT);
}

/* A paragraph of notes (one item per line) at lay->y, on a new page
 * when it does not fit. */
static void
add_notes (Layout     *lay,
           const char *text)
{
  g_autoptr(PangoLayout) layout = NULL;
  double height;

  if (lay->stopped)
    return;

  layout = notes_layout (lay, text);
  height = phaen_render_text_height (layout);
  if (!ensure_room (lay, height))
    return;

  phaen_page_add_text (lay->page, layout, MARGIN_LEFT, lay->y);
  lay->y += height + PART_GAP;
}

static PhaenPage *
table_page_cb (gpointer  user_data,
               guint     page_index,
               double   *top,
               double   *bottom)
{
  Layout *lay = user_data;

  /* The first piece goes where the heading left off; the others on new
   * pages under the heading again, marked as continued. */
  if (page_index > 0)
    {
      if (!new_page (lay))
        return NULL;
      add_heading (lay, lay->continued, FALSE);
    }

  *top = lay->y;
  *bottom = page_bottom (lay->page);

  return lay->page;
}

/* Lays @table out under @heading, then @notes (nullable): on the current
 * page when all of it fits there, or when it would not fit a page anyway
 * and at least the heading, the header and the first row fit; else from
 * a new page. Returns the placements (NULL when the job was cancelled),
 * and in @first_page (nullable) the index in lay->pages of the page
 * placement page 0 refers to. */
static GArray *
place_table (Layout     *lay,
             PhaenTable *table,
             const char *heading,
             const char *notes,
             gboolean    fresh_page,
             guint      *first_page)
{
  g_autoptr(PangoLayout) heading_text = heading_layout (lay, heading);
  g_autoptr(GArray) placements = NULL;
  g_autofree char *continued = g_strdup_printf ("%s %s", heading, LABEL_CONTINUED);
  guint n_rows = phaen_table_get_n_rows (table);
  double start, whole;

  if (lay->stopped)
    return NULL;
  if ((fresh_page || lay->page == NULL) && !new_page (lay))
    return NULL;

  start = phaen_render_text_height (heading_text) + PHAEN_MM (1.0) +
          phaen_table_get_header_height (table) +
          (n_rows > 0 ? phaen_table_get_row_height (table, 0) : 0);
  whole = phaen_render_text_height (heading_text) + PHAEN_MM (1.0) +
          phaen_table_get_header_height (table) + PART_GAP;
  for (guint r = 0; r < n_rows; r++)
    whole += phaen_table_get_row_height (table, r);
  if (notes != NULL)
    {
      g_autoptr(PangoLayout) notes_text = notes_layout (lay, notes);

      whole += phaen_render_text_height (notes_text);
    }

  if (!ensure_room (lay, whole <= lay->body_height ? whole : start))
    return NULL;

  add_heading (lay, heading, TRUE);
  if (first_page != NULL)
    *first_page = lay->pages->len - 1;

  lay->continued = continued;
  placements = phaen_table_layout (table, table_page_cb, lay);
  lay->continued = NULL;

  if (placements->len > 0)
    {
      PhaenTablePlacement *last = &g_array_index (placements, PhaenTablePlacement, placements->len - 1);

      lay->y = last->y + last->height + PART_GAP;
    }

  if (notes != NULL)
    add_notes (lay, notes);

  return g_steal_pointer (&placements);
}

/* ---- 1. projects by status -------------------------------------------- */

static const double status_widths[] = { 68, 20, 13, 16, 13, 16, 13, 16, 13, 16, 13, 16, 13, 16 };

static void
status_part (Layout *lay)
{
  GPtrArray *rows = phaen_report_get_rows (lay->report);
  g_autoptr(PhaenTable) table = NULL;
  g_autoptr(GArray) placements = NULL;
  g_autoptr(GString) notes = g_string_new ("หมายเหตุ\n");
  guint h0, h1;

  table = phaen_table_new (lay->ctx, MARGIN_LEFT, G_N_ELEMENTS (status_widths), status_widths);
  h0 = phaen_table_add_header_row (table);
  h1 = phaen_table_add_header_row (table);
  phaen_table_add_header_cell (table, h0, 0, 1, 2, LABEL_STRATEGY, BODY_SIZE, HEADER_FLAGS);
  phaen_table_add_header_cell (table, h0, 1, 1, 2, "จำนวน\nโครงการ\nตามแผน", BODY_SIZE, HEADER_FLAGS);
  for (guint s = 0; s <= PHAEN_REPORT_N_STATUSES; s++)
    {
      guint column = 2 + 2 * s;

      phaen_table_add_header_cell (table, h0, column, 2, 1, status_heading[s], BODY_SIZE, HEADER_FLAGS);
      phaen_table_add_header_cell (table, h1, column, 1, 1, LABEL_COUNT, BODY_SIZE, HEADER_FLAGS);
      phaen_table_add_header_cell (table, h1, column + 1, 1, 1, LABEL_PERCENT, BODY_SIZE, HEADER_FLAGS);
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const PhaenReportRow *row = g_ptr_array_index (rows, i);
      gboolean total = row->strategy == NULL;
      guint flags = total ? PHAEN_TEXT_BOLD : 0;
      guint r = phaen_table_add_row (table, total ? PHAEN_ROW_BOLD | PHAEN_ROW_KEEP_WITH_PREVIOUS
                                                  : PHAEN_ROW_NORMAL);
      g_autofree char *label = strategy_label (row);
      g_autofree char *planned = format_count (row->planned);

      phaen_table_set_cell (table, r, 0, 1, label, BODY_SIZE, total ? PHAEN_TEXT_CENTER : 0);
      phaen_table_set_cell (table, r, 1, 1, planned, BODY_SIZE, flags | NUMBER_FLAGS);
      for (guint s = 0; s <= PHAEN_REPORT_N_STATUSES; s++)
        {
          PhaenProjectStatus status = s < PHAEN_REPORT_N_STATUSES ? phaen_report_status_order[s] : 0;
          g_autofree char *count = format_count (s < PHAEN_REPORT_N_STATUSES ? row->status[status] : row->added);
          g_autofree char *percent = format_percent (s < PHAEN_REPORT_N_STATUSES ? row->status_percent[status]
                                                                                  : row->added_percent);

          phaen_table_set_cell (table, r, 2 + 2 * s, 1, count, BODY_SIZE, flags | NUMBER_FLAGS);
          phaen_table_set_cell (table, r, 3 + 2 * s, 1, percent, BODY_SIZE, flags | NUMBER_FLAGS);
        }
    }

  g_string_append (notes, "- ร้อยละคิดจากจำนวนโครงการตามแผนของแต่ละยุทธศาสตร์ "
                          "โครงการหนึ่งนับในสถานะที่บันทึกไว้เพียงสถานะเดียว\n");
  if (phaen_plan_get_equipment_in_summary (lay->plan))
    g_string_append (notes, "- นับรวมรายการครุภัณฑ์ (แบบ ผด.02/1) เช่นเดียวกับแบบ ผด.01\n");
  if (phaen_report_get_round (lay->report) == PHAEN_REPORT_ROUND_6_MONTHS)
    g_string_append (notes, "- โครงการที่กำหนดดำเนินการหลังเดือนมีนาคมนับรวมในจำนวนโครงการตามแผน "
                            "และนับตามสถานะที่บันทึกไว้\n");
  g_string_append (notes, "- เพิ่มเติมระหว่างปี คือโครงการที่บรรจุในแผนการดำเนินงานเพิ่มเติม");

  placements = place_table (lay, table, "1. ผลการดำเนินงานจำแนกตามสถานะของโครงการ", notes->str, FALSE, NULL);
}

/* ---- 2. budget -------------------------------------------------------- */

static const double budget_widths[] = { 90, 38, 38, 20, 38, 20 };

static void
budget_part (Layout *lay)
{
  GPtrArray *rows = phaen_report_get_rows (lay->report);
  g_autoptr(PhaenTable) table = NULL;
  g_autoptr(GArray) placements = NULL;
  gboolean decimals = FALSE;
  guint h0, h1;

  for (guint i = 0; i < rows->len; i++)
    {
      const PhaenReportRow *row = g_ptr_array_index (rows, i);

      if (row->budget % PHAEN_SATANG_PER_BAHT != 0 || row->contracted % PHAEN_SATANG_PER_BAHT != 0 ||
          row->disbursed % PHAEN_SATANG_PER_BAHT != 0)
        decimals = TRUE;
    }

  table = phaen_table_new (lay->ctx, MARGIN_LEFT, G_N_ELEMENTS (budget_widths), budget_widths);
  h0 = phaen_table_add_header_row (table);
  h1 = phaen_table_add_header_row (table);
  phaen_table_add_header_cell (table, h0, 0, 1, 2, LABEL_STRATEGY, BODY_SIZE, HEADER_FLAGS);
  phaen_table_add_header_cell (table, h0, 1, 1, 2, "งบประมาณตามแผน (บาท)", BODY_SIZE, HEADER_FLAGS);
  phaen_table_add_header_cell (table, h0, 2, 2, 1, "ลงนามในสัญญา", BODY_SIZE, HEADER_FLAGS);
  phaen_table_add_header_cell (table, h0, 4, 2, 1, "เบิกจ่าย", BODY_SIZE, HEADER_FLAGS);
  phaen_table_add_header_cell (table, h1, 2, 1, 1, "จำนวนเงิน (บาท)", BODY_SIZE, HEADER_FLAGS);
  phaen_table_add_header_cell (table, h1, 3, 1, 1, LABEL_PERCENT, BODY_SIZE, HEADER_FLAGS);
  phaen_table_add_header_cell (table, h1, 4, 1, 1, "จำนวนเงิน (บาท)", BODY_SIZE, HEADER_FLAGS);
  phaen_table_add_header_cell (table, h1, 5, 1, 1, LABEL_PERCENT, BODY_SIZE, HEADER_FLAGS);

  for (guint i = 0; i < rows->len; i++)
    {
      const PhaenReportRow *row = g_ptr_array_index (rows, i);
      gboolean total = row->strategy == NULL;
      guint flags = total ? PHAEN_TEXT_BOLD : 0;
      guint r = phaen_table_add_row (table, total ? PHAEN_ROW_BOLD | PHAEN_ROW_KEEP_WITH_PREVIOUS
                                                  : PHAEN_ROW_NORMAL);
      g_autofree char *label = strategy_label (row);
      g_autofree char *budget = format_amount (row->budget, decimals);
      g_autofree char *contracted = format_amount (row->contracted, decimals);
      g_autofree char *contracted_percent = format_percent (row->contracted_percent);
      g_autofree char *disbursed = format_amount (row->disbursed, decimals);
      g_autofree char *disbursed_percent = format_percent (row->disbursed_percent);

      phaen_table_set_cell (table, r, 0, 1, label, BODY_SIZE, total ? PHAEN_TEXT_CENTER : 0);
      phaen_table_set_cell (table, r, 1, 1, budget, BODY_SIZE, flags | PHAEN_TEXT_RIGHT | PHAEN_CELL_SHRINK);
      phaen_table_set_cell (table, r, 2, 1, contracted, BODY_SIZE, flags | PHAEN_TEXT_RIGHT | PHAEN_CELL_SHRINK);
      phaen_table_set_cell (table, r, 3, 1, contracted_percent, BODY_SIZE, flags | NUMBER_FLAGS);
      phaen_table_set_cell (table, r, 4, 1, disbursed, BODY_SIZE, flags | PHAEN_TEXT_RIGHT | PHAEN_CELL_SHRINK);
      phaen_table_set_cell (table, r, 5, 1, disbursed_percent, BODY_SIZE, flags | NUMBER_FLAGS);
    }

  placements = place_table (lay, table, "2. การใช้จ่ายงบประมาณ",
                            "หมายเหตุ ร้อยละคิดจากงบประมาณตามแผน "
                            "(รวมงบประมาณของโครงการที่ยกเลิก) และอาจเกินร้อยละ 100 ได้", FALSE, NULL);
}

/* ---- 3. months -------------------------------------------------------- */

/* Headings of the timing columns, broken for their narrow columns. */
static const char * const timing_heading[] = {
  "ตามกำหนด", "เร็วกว่ากำหนด", "ล่าช้ากว่ากำหนด", "ไม่ได้ระบุเดือน\nที่ดำเนินการ",
};

static const PhaenReportTiming timing_columns[] = {
  PHAEN_REPORT_TIMING_ON_TIME,
  PHAEN_REPORT_TIMING_EARLY,
  PHAEN_REPORT_TIMING_LATE,
  PHAEN_REPORT_TIMING_NOT_RECORDED,
};

static const double timing_widths[] = { 68, 24, 13, 16, 13, 16, 13, 16, 13, 16, 22, 20 };

static void
timing_part (Layout *lay)
{
  GPtrArray *rows = phaen_report_get_rows (lay->report);
  g_autoptr(PhaenTable) table = NULL;
  g_autoptr(GArray) placements = NULL;
  g_autofree char *period = NULL;
  g_autofree char *notes = NULL;
  guint h0, h1;

  table = phaen_table_new (lay->ctx, MARGIN_LEFT, G_N_ELEMENTS (timing_widths), timing_widths);
  h0 = phaen_table_add_header_row (table);
  h1 = phaen_table_add_header_row (table);
  phaen_table_add_header_cell (table, h0, 0, 1, 2, LABEL_STRATEGY, BODY_SIZE, HEADER_FLAGS);
  phaen_table_add_header_cell (table, h0, 1, 1, 2, "โครงการที่\nถึงกำหนด\nในรอบนี้", BODY_SIZE, HEADER_FLAGS);
  for (guint t = 0; t < G_N_ELEMENTS (timing_columns); t++)
    {
      guint column = 2 + 2 * t;

      phaen_table_add_header_cell (table, h0, column, 2, 1, timing_heading[t], BODY_SIZE, HEADER_FLAGS);
      phaen_table_add_header_cell (table, h1, column, 1, 1, LABEL_COUNT, BODY_SIZE, HEADER_FLAGS);
      phaen_table_add_header_cell (table, h1, column + 1, 1, 1, LABEL_PERCENT, BODY_SIZE, HEADER_FLAGS);
    }
  phaen_table_add_header_cell (table, h0, 10, 1, 2, "ยังไม่ถึง\nกำหนด", BODY_SIZE, HEADER_FLAGS);
  phaen_table_add_header_cell (table, h0, 11, 1, 2, phaen_report_timing_label (PHAEN_REPORT_TIMING_CANCELLED),
                               BODY_SIZE, HEADER_FLAGS);

  for (guint i = 0; i < rows->len; i++)
    {
      const PhaenReportRow *row = g_ptr_array_index (rows, i);
      gboolean total = row->strategy == NULL;
      guint flags = (total ? PHAEN_TEXT_BOLD : 0) | NUMBER_FLAGS;
      guint r = phaen_table_add_row (table, total ? PHAEN_ROW_BOLD | PHAEN_ROW_KEEP_WITH_PREVIOUS
                                                  : PHAEN_ROW_NORMAL);
      g_autofree char *label = strategy_label (row);
      g_autofree char *due = format_count (row->due);
      g_autofree char *not_due = format_count (row->timing[PHAEN_REPORT_TIMING_NOT_DUE]);
      g_autofree char *cancelled = format_count (row->timing[PHAEN_REPORT_TIMING_CANCELLED]);

      phaen_table_set_cell (table, r, 0, 1, label, BODY_SIZE, total ? PHAEN_TEXT_CENTER : 0);
      phaen_table_set_cell (table, r, 1, 1, due, BODY_SIZE, flags);
      for (guint t = 0; t < G_N_ELEMENTS (timing_columns); t++)
        {
          g_autofree char *count = format_count (row->timing[timing_columns[t]]);
          g_autofree char *percent = format_percent (row->timing_percent[timing_columns[t]]);

          phaen_table_set_cell (table, r, 2 + 2 * t, 1, count, BODY_SIZE, flags);
          phaen_table_set_cell (table, r, 3 + 2 * t, 1, percent, BODY_SIZE, flags);
        }
      phaen_table_set_cell (table, r, 10, 1, not_due, BODY_SIZE, flags);
      phaen_table_set_cell (table, r, 11, 1, cancelled, BODY_SIZE, flags);
    }

  period = phaen_report_round_period (phaen_plan_get_fiscal_year (lay->plan),
                                      phaen_report_get_round (lay->report), FALSE);
  notes = g_strdup_printf (
    "หมายเหตุ เปรียบเทียบเดือนแรกและเดือนสุดท้ายที่ดำเนินการจริงกับเดือนตามแผน "
    "เฉพาะเดือนในรอบรายงาน (%s) ร้อยละคิดจากโครงการที่ถึงกำหนดในรอบนี้\n"
    "- ตามกำหนด: เริ่มในเดือนแรกตามแผน และไม่เกินเดือนสุดท้ายตามแผน\n"
    "- เร็วกว่ากำหนด: เริ่มก่อนเดือนแรกตามแผน และไม่เกินเดือนสุดท้ายตามแผน\n"
    "- ล่าช้ากว่ากำหนด: เริ่มหลังเดือนแรกตามแผน หรือดำเนินการเกินเดือนสุดท้ายตามแผน "
    "หรือถึงกำหนดแล้วแต่ยังไม่ได้ดำเนินการ\n"
    "- ไม่ได้ระบุเดือนที่ดำเนินการ: สถานะแสดงว่าดำเนินการแล้ว แต่ไม่ได้บันทึกเดือนที่ดำเนินการจริง\n"
    "- ยังไม่ถึงกำหนด: เดือนแรกตามแผนอยู่หลังรอบรายงาน หรือไม่ได้กำหนดเดือนไว้",
    period);

  placements = place_table (lay, table, "3. ระยะเวลาดำเนินการเทียบกับแผน", notes, FALSE, NULL);
}

/* ---- 4. charts -------------------------------------------------------- */

/* A page for one chart: its heading, then the box the chart fills. */
static gboolean
chart_page (Layout     *lay,
            const char *heading,
            double     *x,
            double     *y,
            double     *width,
            double     *height)
{
  if (!new_page (lay))
    return FALSE;

  add_heading (lay, heading, TRUE);
  lay->y += PHAEN_MM (3.0);

  *x = MARGIN_LEFT;
  *y = lay->y;
  *width = body_width (lay->page);
  *height = page_bottom (lay->page) - lay->y;
  lay->y = page_bottom (lay->page);

  return TRUE;
}

static void
chart_status (Layout *lay)
{
  GPtrArray *rows = phaen_report_get_rows (lay->report);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) totals = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new0 (double, rows->len * PHAEN_REPORT_N_STATUSES);
  g_autoptr(GArray) bars = NULL;
  PhaenChartSeries series[PHAEN_REPORT_N_STATUSES];
  PhaenStackedChart chart = { 0 };
  double x, y, width, height;

  if (!chart_page (lay, "4.1 แผนภูมิร้อยละของโครงการจำแนกตามสถานะ รายยุทธศาสตร์", &x, &y, &width, &height))
    return;

  for (guint s = 0; s < PHAEN_REPORT_N_STATUSES; s++)
    {
      series[s].label = phaen_project_status_label (phaen_report_status_order[s]);
      series[s].fill = status_fill[s];
    }

  for (guint i = 0; i < rows->len; i++)
    {
      const PhaenReportRow *row = g_ptr_array_index (rows, i);

      g_ptr_array_add (labels, strategy_label (row));
      g_ptr_array_add (totals, g_strdup_printf ("%u โครงการ", row->planned));
      for (guint s = 0; s < PHAEN_REPORT_N_STATUSES; s++)
        values[i * PHAEN_REPORT_N_STATUSES + s] = row->status[phaen_report_status_order[s]];
    }

  chart.categories = (const char * const *) labels->pdata;
  chart.n_categories = labels->len;
  chart.series = series;
  chart.n_series = PHAEN_REPORT_N_STATUSES;
  chart.values = values;
  chart.totals = (const char * const *) totals->pdata;
  chart.axis_title = "ร้อยละของจำนวนโครงการตามแผน";

  bars = phaen_chart_stacked (lay->ctx, lay->page, x, y, width, height, &chart);
}

static void
chart_budget (Layout *lay)
{
  GPtrArray *rows = phaen_report_get_rows (lay->report);
  guint n = rows->len - 1;   /* the strategies, not the total */
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree double *values = g_new0 (double, MAX (n, 1) * 3);
  g_autoptr(GArray) bars = NULL;
  static const PhaenChartSeries series[] = {
    { "งบประมาณตามแผน", PHAEN_CHART_FILL_EMPTY },
    { "ลงนามในสัญญา", PHAEN_CHART_FILL_HATCH },
    { "เบิกจ่าย", PHAEN_CHART_FILL_SOLID },
  };
  PhaenBarChart chart = { 0 };
  double largest = 0;
  double x, y, width, height;

  if (!chart_page (lay, "4.2 แผนภูมิงบประมาณตามแผน การลงนามในสัญญา และการเบิกจ่าย รายยุทธศาสตร์",
                   &x, &y, &width, &height))
    return;

  for (guint i = 0; i < n; i++)
    {
      const PhaenReportRow *row = g_ptr_array_index (rows, i);

      g_ptr_array_add (labels, strategy_label (row));
      values[i * 3 + 0] = row->budget / 100.0;
      values[i * 3 + 1] = row->contracted / 100.0;
      values[i * 3 + 2] = row->disbursed / 100.0;
      for (guint k = 0; k < 3; k++)
        largest = MAX (largest, values[i * 3 + k]);
    }

  chart.categories = (const char * const *) labels->pdata;
  chart.n_categories = n;
  chart.series = series;
  chart.n_series = G_N_ELEMENTS (series);
  chart.values = values;
  /* an axis in millions once the amounts reach a million baht */
  chart.divisor = largest >= 1e6 ? 1e6 : 1;
  chart.axis_title = largest >= 1e6 ? "ล้านบาท" : "บาท";
  chart.value_labels = TRUE;
  chart.value_decimals = largest >= 1e6 ? 2 : 0;

  bars = phaen_chart_bars (lay->ctx, lay->page, x, y, width, height, &chart, NULL, NULL);
}

static void
chart_months (Layout *lay)
{
  guint n = phaen_report_get_round (lay->report);
  double values[PHAEN_FISCAL_MONTHS * 2];
  const char *labels[PHAEN_FISCAL_MONTHS];
  g_autoptr(GArray) bars = NULL;
  static const PhaenChartSeries series[] = {
    { "ตามแผน", PHAEN_CHART_FILL_EMPTY },
    { "ดำเนินการจริง", PHAEN_CHART_FILL_SOLID },
  };
  PhaenBarChart chart = { 0 };
  double x, y, width, height;

  if (!chart_page (lay, "4.3 แผนภูมิจำนวนโครงการตามแผนและที่ดำเนินการจริง รายเดือน",
                   &x, &y, &width, &height))
    return;

  for (guint m = 0; m < n; m++)
    {
      labels[m] = phaen_fiscal_month_abbrev (m);
      values[m * 2] = phaen_report_get_planned_in_month (lay->report, m);
      values[m * 2 + 1] = phaen_report_get_actual_in_month (lay->report, m);
    }

  chart.categories = labels;
  chart.n_categories = n;
  chart.series = series;
  chart.n_series = G_N_ELEMENTS (series);
  chart.values = values;
  chart.divisor = 1;
  chart.axis_title = "จำนวนโครงการ";
  chart.integer_ticks = TRUE;
  chart.value_labels = TRUE;

  bars = phaen_chart_bars (lay->ctx, lay->page, x, y, width, height, &chart, NULL, NULL);
}

/* ---- 5. the projects -------------------------------------------------- */

static const double list_widths[] = { 10, 54, 16, 22, 22, 22, 16, 20, 20, 20, 40 };

static void
projects_part (Layout *lay)
{
  g_autoptr(PhaenTable) table = NULL;
  g_autoptr(GArray) placements = NULL;
  g_autoptr(GPtrArray) row_ids = NULL;   /* per body row: a project id (borrowed) or NULL */
  guint first_page = 0;
  gboolean decimals = FALSE;
  guint h;
  static const char * const headers[] = {
    "ที่", "โครงการ/กิจกรรม", "ยุทธ\nศาสตร์", "งบประมาณ\n(บาท)", "ลงนาม\nในสัญญา (บาท)",
    "เบิกจ่าย\n(บาท)", "ความ\nก้าวหน้า\n(ร้อยละ)", "เดือน\nตามแผน", "เดือนที่\nดำเนินการจริง",
    "ระยะเวลา", "หมายเหตุ",
  };

  for (guint s = 0; s < PHAEN_REPORT_N_STATUSES; s++)
    {
      GPtrArray *projects = phaen_report_get_projects (lay->report, s);

      for (guint i = 0; i < projects->len; i++)
        {
          PhaenProject *project = g_ptr_array_index (projects, i);

          if (phaen_project_get_budget (project) % PHAEN_SATANG_PER_BAHT != 0 ||
              phaen_project_get_contracted (project) % PHAEN_SATANG_PER_BAHT != 0 ||
              phaen_project_get_disbursed (project) % PHAEN_SATANG_PER_BAHT != 0)
            decimals = TRUE;
        }
    }

  table = phaen_table_new (lay->ctx, MARGIN_LEFT, G_N_ELEMENTS (list_widths), list_widths);
  row_ids = g_ptr_array_new ();
  h = phaen_table_add_header_row (table);
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    phaen_table_add_header_cell (table, h, c, 1, 1, headers[c], BODY_SIZE, HEADER_FLAGS);

  for (guint s = 0; s < PHAEN_REPORT_N_STATUSES; s++)
    {
      PhaenProjectStatus status = phaen_report_status_order[s];
      GPtrArray *projects = phaen_report_get_projects (lay->report, status);
      g_autofree char *group = NULL;
      guint r;

      if (projects->len == 0)
        continue;

      group = g_strdup_printf ("%s (%u โครงการ)", phaen_project_status_label (status), projects->len);
      r = phaen_table_add_row (table, PHAEN_ROW_BOLD | PHAEN_ROW_KEEP_WITH_NEXT);
      phaen_table_set_cell (table, r, 0, G_N_ELEMENTS (list_widths), group, BODY_SIZE, 0);
      g_ptr_array_add (row_ids, NULL);

      for (guint i = 0; i < projects->len; i++)
        {
          PhaenProject *project = g_ptr_array_index (projects, i);
          PhaenReportTiming timing = phaen_report_get_timing (lay->report, project);
          PhaenStrategy *strategy = phaen_project_get_strategy (project);
          g_autofree char *number = g_strdup_printf ("%u", i + 1);
          g_autofree char *name = NULL;
          g_autofree char *strategy_number =
            g_strdup_printf ("%u", phaen_plan_get_strategy_number (lay->plan, strategy));
          g_autofree char *budget = format_amount (phaen_project_get_budget (project), decimals);
          g_autofree char *contracted = format_amount (phaen_project_get_contracted (project), decimals);
          g_autofree char *disbursed = format_amount (phaen_project_get_disbursed (project), decimals);
          g_autofree char *progress = format_count (phaen_project_get_progress (project));
          g_autofree char *planned = format_months (phaen_project_get_schedule (project));
          g_autofree char *actual = format_months (phaen_project_get_actual_schedule (project));
          const char *timing_text = timing == PHAEN_REPORT_TIMING_CANCELLED
                                    ? "-" : phaen_report_timing_label (timing);

          if (phaen_project_get_kind (project) == PHAEN_PROJECT_KIND_EQUIPMENT)
            name = g_strdup_printf ("%s (ครุภัณฑ์)", phaen_project_get_name (project));
          else
            name = g_strdup (phaen_project_get_name (project));

          r = phaen_table_add_row (table, PHAEN_ROW_NORMAL);
          g_ptr_array_add (row_ids, (gpointer) phaen_project_get_id (project));
          phaen_table_set_cell (table, r, 0, 1, number, BODY_SIZE, PHAEN_TEXT_CENTER);
          phaen_table_set_cell (table, r, 1, 1, name, BODY_SIZE, 0);
          phaen_table_set_cell (table, r, 2, 1, strategy_number, BODY_SIZE, PHAEN_TEXT_CENTER);
          phaen_table_set_cell (table, r, 3, 1, budget, BODY_SIZE, PHAEN_TEXT_RIGHT | PHAEN_CELL_SHRINK);
          phaen_table_set_cell (table, r, 4, 1, contracted, BODY_SIZE, PHAEN_TEXT_RIGHT | PHAEN_CELL_SHRINK);
          phaen_table_set_cell (table, r, 5, 1, disbursed, BODY_SIZE, PHAEN_TEXT_RIGHT | PHAEN_CELL_SHRINK);
          phaen_table_set_cell (table, r, 6, 1, progress, BODY_SIZE, NUMBER_FLAGS);
          phaen_table_set_cell (table, r, 7, 1, planned, BODY_SIZE, PHAEN_TEXT_CENTER | PHAEN_CELL_SHRINK);
          phaen_table_set_cell (table, r, 8, 1, actual, BODY_SIZE, PHAEN_TEXT_CENTER | PHAEN_CELL_SHRINK);
          phaen_table_set_cell (table, r, 9, 1, timing_text, BODY_SIZE, PHAEN_TEXT_CENTER);
          phaen_table_set_cell (table, r, 10, 1, phaen_project_get_remarks (project), BODY_SIZE, 0);
        }
    }

  if (phaen_table_get_n_rows (table) == 0)
    {
      if (new_page (lay))
        {
          add_heading (lay, "5. รายชื่อโครงการจำแนกตามสถานะ", TRUE);
          add_notes (lay, "ไม่มีโครงการในแผน");
        }
      return;
    }

  placements = place_table (lay, table, "5. รายชื่อโครงการจำแนกตามสถานะ", NULL, TRUE, &first_page);

  /* Which page shows which project, for phaen_document_find_project_page(). */
  for (guint i = 0; placements != NULL && i < placements->len; i++)
    {
      const PhaenTablePlacement *placement = &g_array_index (placements, PhaenTablePlacement, i);
      const char *id;

      if (placement->row == PHAEN_TABLE_HEADER || placement->row >= row_ids->len ||
          first_page + placement->page >= lay->pages->len)
        continue;
      id = g_ptr_array_index (row_ids, placement->row);
      if (id != NULL)
        phaen_page_add_project (g_ptr_array_index (lay->pages, first_page + placement->page), id);
    }
}

/* ---- the document ----------------------------------------------------- */

/* "- 1 -" in the band under the top margin, at the right. */
static void
draw_page_number (PhaenRenderContext *ctx,
                  PhaenPage          *page)
{
  g_autofree char *number = g_strdup_printf ("%u", page->number);
  g_autofree char *digits = phaen_render_digits (ctx, number);
  g_autofree char *text = g_strdup_printf ("- %s -", digits);
  g_autoptr(PangoLayout) layout = phaen_render_text (ctx, text, PAGE_NUMBER_SIZE, PHAEN_TEXT_NO_DIGITS, -1);
  PangoRectangle logical;
  double height;

  pango_layout_get_extents (layout, NULL, &logical);
  height = logical.height / (double) PANGO_SCALE;
  phaen_page_add_text (page, layout,
                       page->width - MARGIN_RIGHT - logical.width / (double) PANGO_SCALE,
                       MARGIN_TOP + (PHAEN_PAGE_NUMBER_BAND - height) / 2);
}

GPtrArray *
phaen_report_pages_layout (PhaenRenderContext *ctx,
                           PhaenReport        *report)
{
  Layout lay = { 0 };

  g_return_val_if_fail (ctx != NULL && PHAEN_IS_PLAN (ctx->plan), NULL);
  g_return_val_if_fail (PHAEN_IS_REPORT (report), NULL);
  g_return_val_if_fail (phaen_report_get_plan (report) == ctx->plan, NULL);

  lay.ctx = ctx;
  lay.report = report;
  lay.plan = ctx->plan;
  lay.pages = g_ptr_array_new_with_free_func (page_free);

  status_part (&lay);
  budget_part (&lay);
  timing_part (&lay);
  chart_status (&lay);
  chart_budget (&lay);
  chart_months (&lay);
  projects_part (&lay);

  if (lay.stopped)
    {
      g_ptr_array_unref (lay.pages);
      return NULL;
    }

  for (guint i = 0; i < lay.pages->len; i++)
    {
      PhaenPage *page = g_ptr_array_index (lay.pages, i);

      page->number = i + 1;
      draw_page_number (ctx, page);
    }
  phaen_render_job_laid_out (ctx, lay.pages->len);

  return lay.pages;
}

GBytes *
phaen_report_pdf_render (PhaenPlan                *plan,
                         PhaenReportRound          round,
                         const PhaenRenderOptions *options,
                         GPtrArray                *warnings,
                         guint                    *n_pages,
                         GError                  **error)
{
  g_autoptr(PhaenRenderContext) ctx = NULL;
  g_autoptr(PhaenReport) report = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *title = NULL;
  g_autofree char *round_line = NULL;
  g_autofree char *document_title = NULL;
  g_autofree char *subject = NULL;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (phaen_report_round_is_valid (round), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n_pages != NULL)
    *n_pages = 0;

  ctx = phaen_render_context_new (plan, options, warnings, error);
  if (ctx == NULL)
    return NULL;

  report = phaen_report_new (plan, round);
  pages = phaen_report_pages_layout (ctx, report);
  if (pages == NULL || pages->len == 0)
    {
      g_set_error_literal (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FAILED,
                           _("The document has no pages"));
      return NULL;
    }

  title = phaen_report_pages_title (report);
  round_line = phaen_report_pages_round_line (report);
  document_title = g_strdup_printf ("%s %s %s", title, round_line,
                                    phaen_plan_get_organisation_name (plan));
  subject = g_strdup_printf (LABEL_TITLE " %s", round_line);

  return phaen_pdf_write_pages (g_steal_pointer (&ctx), g_steal_pointer (&pages),
                                document_title, subject, n_pages, error);
}

/* ---- export in a worker thread ---------------------------------------- */

static GBytes *
export_render_cb (PhaenRenderTask *job,
                  GCancellable    *cancellable,
                  GError         **error)
{
  return phaen_report_pdf_render (job->plan, job->which, job->options,
                                  job->warnings, &job->n_pages, error);
}

void
phaen_report_pdf_export_async (PhaenPlan                *plan,
                               PhaenReportRound          round,
                               const PhaenRenderOptions *options,
                               GFile                    *out,
                               GCancellable             *cancellable,
                               GAsyncReadyCallback       callback,
                               gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PHAEN_IS_PLAN (plan));
  g_return_if_fail (phaen_report_round_is_valid (round));
  g_return_if_fail (G_IS_FILE (out));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = phaen_render_task_new (plan, options, round, out, cancellable, NULL, NULL,
                                callback, user_data, phaen_report_pdf_export_async,
                                "[phaen] export report PDF");
  phaen_render_task_run_export (task, export_render_cb);
}

gboolean
phaen_report_pdf_export_finish (GAsyncResult  *result,
                                guint         *n_pages,
                                GPtrArray    **warnings,
                                GError       **error)
{
  return phaen_render_task_export_finish (result, phaen_report_pdf_export_async,
                                          n_pages, warnings, error);
}

/* ---- a document for the preview --------------------------------------- */

static GPtrArray *
document_layout_cb (PhaenRenderTask    *job,
                    PhaenRenderContext *ctx,
                    GCancellable       *cancellable,
                    GError            **error)
{
  g_autoptr(PhaenReport) report = phaen_report_new (job->plan, job->which);
  GPtrArray *pages = phaen_report_pages_layout (ctx, report);

  if (pages == NULL)
    g_set_error_literal (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FAILED,
                         _("The document has no pages"));

  return pages;
}

void
phaen_report_document_new_async (PhaenPlan                *plan,
                                 PhaenReportRound          round,
                                 const PhaenRenderOptions *options,
                                 GCancellable             *cancellable,
                                 GAsyncReadyCallback       callback,
                                 gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PHAEN_IS_PLAN (plan));
  g_return_if_fail (phaen_report_round_is_valid (round));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = phaen_render_task_new (plan, options, round, NULL, cancellable, NULL, NULL,
                                callback, user_data, phaen_report_document_new_async,
                                "[phaen] lay out report");
  phaen_render_task_run_layout (task, document_layout_cb);
}

PhaenDocument *
phaen_report_document_new_finish (GAsyncResult  *result,
                                  GPtrArray    **warnings,
                                  GError       **error)
{
  return phaen_document_task_finish (result, phaen_report_document_new_async, warnings, error);
}
