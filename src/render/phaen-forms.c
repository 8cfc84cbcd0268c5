/* phaen-forms.c: the Part 2 forms ผด.01, ผด.02 and ผด.02/1
 *
 * Every form page is landscape A4 with the margins of domain.md (top 2 cm,
 * bottom 1.5 cm, left 2 cm, right 1.5 cm): the band for the page number,
 * the form code in a thin box at the right, three centred bold title
 * lines, then the table (from phaen-table.c), its header repeated on every
 * page.
 *
 * Choices made here (real plans differ; these follow the common layout):
 * - ผด.01: the figures sit on the program (or approach) rows and on the
 *   bold รวม / รวมทั้งสิ้น rows; the bold strategy row above its programs
 *   carries its name only, as it would otherwise repeat its รวม row.
 *   Zero counts and amounts print "-", as do zero percentages. The units
 *   are one flowing text joined with ", " (one per line made the
 *   รวมทั้งสิ้น row of a real plan ten lines tall); the line breaker keeps
 *   each name whole. A strategy continued on the next page repeats its
 *   row there with "(ต่อ)".
 * - ผด.02: by default every group (strategy + program) starts a page,
 *   with its two bold heading lines above the grid, repeated with "(ต่อ)"
 *   on the group's continuation pages. With PHAEN_PD02_CONTINUOUS the
 *   groups follow each other in one table, their headings as full-width
 *   rows kept with their first project and repeated with "(ต่อ)" at the
 *   top of a page the group goes on to. ที่ restarts in each group.
 * - The month columns are as wide as their labels need at the chosen
 *   font (at least 5.6 mm, with room on both sides): a label is never
 *   shrunk; the room comes from the widest text columns.
 * - ผด.02/1: one table for all equipment, rows in group order (strategy,
 *   then program), ที่ running through; the แผนงาน column names the
 *   program; the target column holds the project's name, then its
 *   target/output on the next line when there is one.
 * - Amount columns print two decimals for the whole form as soon as one
 *   amount in it has satang.
 * - Title lines are 16-point bold, table text 14, month labels 12 (TH
 *   Sarabun points): a landscape page has little height to spare.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include "model/phaen-fiscal.h"
#include "model/phaen-money.h"
#include "model/phaen-schedule.h"
#include "model/phaen-summary.h"

#include "phaen-forms.h"
#include "phaen-landscape-private.h"
#include "phaen-front.h"
#include "phaen-render-private.h"
#include "phaen-table.h"

/* Room left on each side of a month label. */
#define MONTH_PAD_MM   0.4

typedef struct
{
  PhaenRenderContext *ctx;
  GPtrArray          *pages;        /* the form's pages, owned */
  const char         *code;         /* "แบบ ผด.01" */
  const char         *title;
  const char         *bookmark;
  const char         *heading[2];   /* lines above the grid, or NULL */
  gboolean            bookmarked;
} FormPages;

static const double pd01_widths[] = { 100, 26, 30, 36, 30, 40 };

/* The text columns of ผด.02 (194 mm) and ผด.02/1 (seven columns, the
 * same 194 mm), then twelve month columns. */
static const double pd02_text_widths[] = { 10, 48, 62, 22, 28, 24 };
#define PD02_FIRST_MONTH 6
static const double pd021_text_widths[] = { 10, 32, 22, 30, 54, 22, 24 };
#define PD021_FIRST_MONTH 7
#define MAX_COLUMNS 20

static double
text_width_mm (PhaenRenderContext *ctx,
               const char         *text,
               double              size,
               PhaenTextFlags      flags)
{
  g_autoptr(PangoLayout) layout = phaen_render_text_shared (ctx, text, size, flags, -1);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return logical.width / (double) PANGO_SCALE * 25.4 / 72.0;
}

/* Width of a month column: room for the widest month label at the
 * context's font and MONTH_SIZE, and for the year over three months
 * (พ.ศ. 2568, bold body size), with MONTH_PAD_MM each side; at least
 * MONTH_WIDTH_MM. */
double
phaen_forms_month_width_mm (PhaenRenderContext *ctx)
{
  guint year = phaen_plan_get_fiscal_year (ctx->plan);
  g_autofree char *before = g_strdup_printf ("พ.ศ. %u", year - 1);
  g_autofree char *during = g_strdup_printf ("พ.ศ. %u", year);
  double need = 0;

  for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
    need = MAX (need, text_width_mm (ctx, phaen_fiscal_month_abbrev (m), MONTH_SIZE, 0));
  need = MAX (need, (text_width_mm (ctx, before, BODY_SIZE, PHAEN_TEXT_BOLD) - MONTH_PAD_MM * 4) / 3);
  need = MAX (need, (text_width_mm (ctx, during, BODY_SIZE, PHAEN_TEXT_BOLD) - MONTH_PAD_MM * 16) / 9);

  /* To a tenth of a millimetre, up. */
  return MAX (MONTH_WIDTH_MM, ceil ((need + 2 * MONTH_PAD_MM) * 10.0) / 10.0);
}

/* The widths of a project table: @text's columns, then the months; what
 * the months need beyond 5.6 mm each is taken from the columns @wide and
 * @wider (40 % and 60 %). Returns the number of columns. */
static guint
project_widths (PhaenRenderContext *ctx,
                const double       *text,
                guint               n_text,
                guint               wide,
                guint               wider,
                double              widths[MAX_COLUMNS])
{
  double month = phaen_forms_month_width_mm (ctx);
  double extra = PHAEN_FISCAL_MONTHS * (month - MONTH_WIDTH_MM);

  g_assert (n_text + PHAEN_FISCAL_MONTHS <= MAX_COLUMNS);

  for (guint c = 0; c < n_text; c++)
    widths[c] = text[c];
  widths[wide] -= 0.4 * extra;
  widths[wider] -= 0.6 * extra;
  for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
    widths[n_text + m] = month;

  return n_text + PHAEN_FISCAL_MONTHS;
}

static void
page_free (gpointer data)
{
  phaen_page_free (data);
}

/* "<organisation> อำเภอ<district> จังหวัด<province>", empty parts left out. */
static char *
organisation_line (PhaenPlan *plan)
{
  g_autoptr(GString) line = g_string_new (NULL);
  const char *organisation = phaen_plan_get_organisation_name (plan);
  const char *district = phaen_plan_get_district (plan);
  const char *province = phaen_plan_get_province (plan);

  if (organisation[0] != '\0')
    g_string_append (line, organisation);
  if (district[0] != '\0')
    g_string_append_printf (line, "%sอำเภอ%s", line->len > 0 ? " " : "", district);
  if (province[0] != '\0')
    g_string_append_printf (line, "%sจังหวัด%s", line->len > 0 ? " " : "", province);

  return g_string_free (g_steal_pointer (&line), FALSE);
}

/* Adds a centred line at @y, returns its height. */
static double
add_centred (PhaenRenderContext *ctx,
             PhaenPage          *page,
             const char         *text,
             double              size,
             PhaenTextFlags      flags,
             double              y)
{
  double width = page->width - MARGIN_LEFT - MARGIN_RIGHT;
  g_autoptr(PangoLayout) layout = phaen_render_text_shared (ctx, text, size, flags | PHAEN_TEXT_CENTER, width);

  phaen_page_add_text (page, layout, MARGIN_LEFT, y);

  return phaen_render_text_height (layout);
}

static PhaenPage *
form_page_cb (gpointer  user_data,
              guint     page_index,
              double   *top,
              double   *bottom)
{
  FormPages *form = user_data;
  PhaenRenderContext *ctx = form->ctx;
  PhaenPage *page;
  double right;
  double y = MARGIN_TOP + PHAEN_PAGE_NUMBER_BAND;
  g_autoptr(PangoLayout) code = NULL;
  g_autofree char *year_line = NULL;
  g_autofree char *plan_line = NULL;
  g_autofree char *org_line = NULL;
  PangoRectangle logical;
  double code_w, code_h, pad_x = PHAEN_MM (1.5), pad_y = PHAEN_MM (0.3);

  if (!phaen_render_job_page_added (ctx))
    return NULL;

  page = phaen_page_new (PHAEN_PAGE_LANDSCAPE);
  right = page->width - MARGIN_RIGHT;
  page->numbering = PHAEN_PAGE_NUMBER_BODY;
  g_ptr_array_add (form->pages, page);

  if (!form->bookmarked)
    {
      g_autofree char *bookmark = phaen_render_digits (ctx, form->bookmark);

      phaen_page_set_bookmark (page, bookmark, 2);
      form->bookmarked = TRUE;
    }

  /* The form code in a thin box, top right under the page number band. */
  code = phaen_render_text_shared (ctx, form->code, CODE_SIZE, 0, -1);
  pango_layout_get_extents (code, NULL, &logical);
  code_w = logical.width / (double) PANGO_SCALE;
  code_h = logical.height / (double) PANGO_SCALE;
  phaen_page_add_rect (page, right - code_w - 2 * pad_x, y,
                       code_w + 2 * pad_x, code_h + 2 * pad_y, 0.5, FALSE);
  phaen_page_add_text (page, code, right - code_w - pad_x, y + pad_y);

  /* Three centred bold title lines. */
  year_line = phaen_front_year_line (ctx->plan);
  plan_line = g_strdup_printf ("แผนการดำเนินงาน %s", year_line);
  org_line = organisation_line (ctx->plan);

  y += add_centred (ctx, page, form->title, TITLE_SIZE, PHAEN_TEXT_BOLD, y);
  y += add_centred (ctx, page, plan_line, TITLE_SIZE, PHAEN_TEXT_BOLD, y);
  if (org_line[0] != '\0')
    y += add_centred (ctx, page, org_line, TITLE_SIZE, PHAEN_TEXT_BOLD, y);
  y = MAX (y, MARGIN_TOP + PHAEN_PAGE_NUMBER_BAND + code_h + 2 * pad_y);
  y += PHAEN_MM (2.0);

  /* Group headings above the grid, "(ต่อ)" on the group's next pages. */
  for (guint i = 0; i < G_N_ELEMENTS (form->heading); i++)
    if (form->heading[i] != NULL)
      {
        g_autofree char *text = page_index > 0 ? g_strconcat (form->heading[i], CONTINUED, NULL)
                                               : g_strdup (form->heading[i]);
        g_autoptr(PangoLayout) heading =
          phaen_render_text_shared (ctx, text, HEADING_SIZE, PHAEN_TEXT_BOLD,
                                    page->width - MARGIN_LEFT - MARGIN_RIGHT);

        phaen_page_add_text (page, heading, MARGIN_LEFT, y);
        y += phaen_render_text_height (heading);
      }
  if (form->heading[0] != NULL)
    y += PHAEN_MM (1.0);

  *top = y;
  *bottom = page->height - MARGIN_BOTTOM;

  return page;
}

static void
form_init (FormPages          *form,
           PhaenRenderContext *ctx,
           const char         *code,
           const char         *title,
           const char         *bookmark)
{
  memset (form, 0, sizeof *form);
  form->ctx = ctx;
  form->pages = g_ptr_array_new_with_free_func (page_free);
  form->code = code;
  form->title = title;
  form->bookmark = bookmark;
}

/* Amount text in Arabic digits ("-" for zero); converted when drawn. */
static char *
format_amount (gint64   satang,
               gboolean decimals)
{
  if (satang == 0)
    return g_strdup ("-");

  return phaen_money_format (satang, decimals, FALSE);
}

static char *
format_count (guint count)
{
  if (count == 0)
    return g_strdup ("-");

  return g_strdup_printf ("%u", count);
}

static char *
format_percent (gint percent_x100)
{
  if (percent_x100 <= 0)
    return g_strdup ("-");

  return phaen_summary_format_percent (percent_x100, FALSE);
}

/* ---- ผด.01 ---- */

/* The units as one flowing text: "กองช่าง, กองคลัง, ...". The names are
 * the plan's, which the line breaker keeps whole. */
static char *
units_text (GPtrArray *units)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; units != NULL && i < units->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? ", " : "",
                            phaen_unit_get_name (g_ptr_array_index (units, i)));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
pd01_figures (PhaenTable      *table,
              guint            r,
              PhaenSummaryRow *row,
              gboolean         decimals)
{
  g_autofree char *count = format_count (row->projects);
  g_autofree char *count_percent = format_percent (row->projects_percent);
  g_autofree char *amount = format_amount (row->budget, decimals);
  g_autofree char *amount_percent = format_percent (row->budget_percent);
  g_autofree char *units = units_text (row->units);

  phaen_table_set_cell (table, r, 1, 1, count, BODY_SIZE, PHAEN_TEXT_CENTER);
  phaen_table_set_cell (table, r, 2, 1, count_percent, BODY_SIZE, PHAEN_TEXT_CENTER);
  phaen_table_set_cell (table, r, 3, 1, amount, BODY_SIZE, PHAEN_TEXT_RIGHT | PHAEN_CELL_SHRINK);
  phaen_table_set_cell (table, r, 4, 1, amount_percent, BODY_SIZE, PHAEN_TEXT_CENTER);
  phaen_table_set_cell (table, r, 5, 1, units, BODY_SIZE, 0);
}

GPtrArray *
phaen_forms_pd01 (PhaenRenderContext *ctx)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(PhaenTable) table = NULL;
  g_autoptr(GArray) placements = NULL;
  static const char * const headers[] = {
    "ยุทธศาสตร์/แผนงาน",
    "จำนวนโครงการที่ดำเนินการ",
    "คิดเป็นร้อยละของโครงการทั้งหมด",
    "จำนวนงบประมาณ",
    "คิดเป็นร้อยละของงบประมาณทั้งหมด",
    "หน่วยดำเนินการ",
  };
  FormPages form;
  gboolean decimals = FALSE;
  gboolean any_strategy = FALSE;
  gint block_start = -1;
  g_autofree char *strategy_label = NULL;
  guint h;

  g_return_val_if_fail (ctx != NULL && PHAEN_IS_PLAN (ctx->plan), NULL);

  form_init (&form, ctx, "แบบ ผด.01", PHAEN_FRONT_PD01_TITLE,
             PHAEN_FRONT_PD01_TITLE " (แบบ ผด.01)");

  rows = phaen_summary_compute (ctx->plan);
  for (guint i = 0; i < rows->len; i++)
    {
      PhaenSummaryRow *row = g_ptr_array_index (rows, i);

      if (row->budget % PHAEN_SATANG_PER_BAHT != 0)
        decimals = TRUE;
      if (row->level == PHAEN_SUMMARY_STRATEGY)
        any_strategy = TRUE;
    }
  if (!any_strategy)
    return g_steal_pointer (&form.pages);

  table = phaen_table_new (ctx, MARGIN_LEFT, G_N_ELEMENTS (pd01_widths), pd01_widths);
  h = phaen_table_add_header_row (table);
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    phaen_table_add_header_cell (table, h, c, 1, 1, headers[c], BODY_SIZE,
                                 PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER);

  for (guint i = 0; i < rows->len; i++)
    {
      PhaenSummaryRow *row = g_ptr_array_index (rows, i);
      g_autofree char *label = NULL;
      guint r;

      switch (row->level)
        {
        case PHAEN_SUMMARY_STRATEGY:
          r = phaen_table_add_row (table, PHAEN_ROW_BOLD | PHAEN_ROW_KEEP_WITH_NEXT);
          label = g_strdup_printf ("%s. %s", row->number, row->label);
          phaen_table_set_cell (table, r, 0, 1, label, BODY_SIZE, 0);
          block_start = r;
          g_free (strategy_label);
          strategy_label = g_strconcat (label, CONTINUED, NULL);
          break;

        case PHAEN_SUMMARY_APPROACH:
        case PHAEN_SUMMARY_PROGRAM:
          r = phaen_table_add_row (table, PHAEN_ROW_NORMAL);
          label = g_strdup_printf ("%s %s", row->number, row->label);
          phaen_table_set_cell (table, r, 0, 1, label, BODY_SIZE, PHAEN_CELL_INDENT);
          pd01_figures (table, r, row, decimals);
          break;

        case PHAEN_SUMMARY_SUBTOTAL:
          r = phaen_table_add_row (table, PHAEN_ROW_BOLD | PHAEN_ROW_KEEP_WITH_PREVIOUS);
          phaen_table_set_cell (table, r, 0, 1, row->label, BODY_SIZE, PHAEN_TEXT_CENTER);
          pd01_figures (table, r, row, decimals);
          if (block_start >= 0)
            {
              phaen_table_keep_together (table, block_start, r);
              /* A strategy cut by a page goes on under its name + (ต่อ). */
              phaen_table_add_group (table, block_start, r, strategy_label);
            }
          block_start = -1;
          break;

        case PHAEN_SUMMARY_TOTAL:
        default:
          /* The grand total never opens a page on its own: it stays with
           * the last strategy's subtotal. */
          r = phaen_table_add_row (table, PHAEN_ROW_BOLD | PHAEN_ROW_KEEP_WITH_PREVIOUS);
          phaen_table_set_cell (table, r, 0, 1, row->label, BODY_SIZE, PHAEN_TEXT_CENTER);
          pd01_figures (table, r, row, decimals);
          break;
        }
    }

  placements = phaen_table_layout (table, form_page_cb, &form);

  return g_steal_pointer (&form.pages);
}

/* ---- ผด.02 and ผด.02/1 ---- */

/* Header of a project table: @first_month plain columns spanning both
 * header rows, then the two-year month block. */
static void
add_month_header (PhaenRenderContext *ctx,
                  PhaenTable         *table,
                  const char * const *titles,
                  guint               first_month)
{
  guint year = phaen_plan_get_fiscal_year (ctx->plan);
  guint h0 = phaen_table_add_header_row (table);
  guint h1 = phaen_table_add_header_row (table);
  g_autofree char *before = g_strdup_printf ("พ.ศ. %u", year - 1);
  g_autofree char *during = g_strdup_printf ("พ.ศ. %u", year);

  for (guint c = 0; c < first_month; c++)
    phaen_table_add_header_cell (table, h0, c, 1, 2, titles[c], BODY_SIZE,
                                 PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER);

  phaen_table_add_header_cell (table, h0, first_month, 3, 1, before, BODY_SIZE,
                               PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER | PHAEN_CELL_SHRINK);
  phaen_table_add_header_cell (table, h0, first_month + 3, 9, 1, during, BODY_SIZE,
                               PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER | PHAEN_CELL_SHRINK);

  /* The columns are wide enough (phaen_forms_month_width_mm ()): never
   * shrunk. */
  for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
    phaen_table_add_header_cell (table, h1, first_month + m, 1, 1,
                                 phaen_fiscal_month_abbrev (m), MONTH_SIZE,
                                 PHAEN_TEXT_CENTER | PHAEN_CELL_TIGHT | PHAEN_CELL_NO_WRAP);
}

static void
add_schedule (PhaenTable *table,
              guint       r,
              guint       first_month,
              guint       mask)
{
  PhaenScheduleRun runs[PHAEN_SCHEDULE_MAX_RUNS];
  guint n = phaen_schedule_runs (mask & PHAEN_SCHEDULE_ALL, runs);

  for (guint i = 0; i < n; i++)
    phaen_table_add_arrow (table, r, first_month + runs[i].first,
                           first_month + runs[i].last, ARROW_INSET_MM);
}

static gboolean
projects_have_satang (GPtrArray *groups)
{
  for (guint g = 0; g < groups->len; g++)
    {
      PhaenGroup *group = g_ptr_array_index (groups, g);

      for (guint i = 0; i < group->projects->len; i++)
        if (phaen_project_get_budget (g_ptr_array_index (group->projects, i)) % PHAEN_SATANG_PER_BAHT != 0)
          return TRUE;
    }

  return FALSE;
}

/* Records on each page which projects have a row there: row r of the
 * table just laid out is @projects[r] (NULL for a heading); its pages
 * start at @first_page. */
static void
anchor_projects (FormPages *form,
                 guint      first_page,
                 GArray    *placements,
                 GPtrArray *projects)
{
  for (guint i = 0; i < placements->len; i++)
    {
      const PhaenTablePlacement *placement = &g_array_index (placements, PhaenTablePlacement, i);
      guint index = first_page + placement->page;

      if (placement->row == PHAEN_TABLE_HEADER || placement->row >= projects->len ||
          index >= form->pages->len || g_ptr_array_index (projects, placement->row) == NULL)
        continue;
      phaen_page_add_project (g_ptr_array_index (form->pages, index),
                              phaen_project_get_id (g_ptr_array_index (projects, placement->row)));
    }
}

static const char *
unit_name (PhaenProject *project)
{
  PhaenUnit *unit = phaen_project_get_unit (project);

  return unit != NULL ? phaen_unit_get_name (unit) : "";
}

static const char * const pd02_titles[] = {
  "ที่",
  "โครงการ/กิจกรรม",
  "รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ",
  "งบประมาณ (บาท)",
  "สถานที่ดำเนินการ",
  "หน่วยงานรับผิดชอบหลัก",
};

static PhaenTable *
pd02_table (PhaenRenderContext *ctx)
{
  double widths[MAX_COLUMNS];
  guint n = project_widths (ctx, pd02_text_widths, G_N_ELEMENTS (pd02_text_widths), 1, 2, widths);
  PhaenTable *table = phaen_table_new (ctx, MARGIN_LEFT, n, widths);

  add_month_header (ctx, table, pd02_titles, PD02_FIRST_MONTH);

  return table;
}

static void
pd02_project_row (PhaenTable   *table,
                  PhaenProject *project,
                  guint         number,
                  gboolean      decimals)
{
  g_autofree char *index = g_strdup_printf ("%u", number);
  g_autofree char *amount = format_amount (phaen_project_get_budget (project), decimals);
  guint r = phaen_table_add_row (table, PHAEN_ROW_NORMAL);

  phaen_table_set_cell (table, r, 0, 1, index, BODY_SIZE, PHAEN_TEXT_CENTER);
  phaen_table_set_cell (table, r, 1, 1, phaen_project_get_name (project), BODY_SIZE, 0);
  phaen_table_set_cell (table, r, 2, 1, phaen_project_get_activities (project), BODY_SIZE, 0);
  phaen_table_set_cell (table, r, 3, 1, amount, BODY_SIZE, PHAEN_TEXT_RIGHT | PHAEN_CELL_SHRINK);
  phaen_table_set_cell (table, r, 4, 1, phaen_project_get_location (project), BODY_SIZE, 0);
  phaen_table_set_cell (table, r, 5, 1, unit_name (project), BODY_SIZE, PHAEN_TEXT_CENTER);
  add_schedule (table, r, PD02_FIRST_MONTH, phaen_project_get_schedule (project));
}

static char *
strategy_heading (PhaenGroup *group)
{
  return g_strdup_printf ("%u. %s", group->strategy_number, phaen_strategy_get_name (group->strategy));
}

static char *
second_heading (PhaenGroup *group)
{
  return g_strdup_printf ("%u.%u %s", group->strategy_number, group->heading_number, group->heading_name);
}

/* Each group on pages of its own, its headings above the grid. */
static void
pd02_page_per_group (FormPages *form,
                     GPtrArray *groups,
                     gboolean   decimals)
{
  PhaenRenderContext *ctx = form->ctx;

  for (guint g = 0; g < groups->len; g++)
    {
      PhaenGroup *group = g_ptr_array_index (groups, g);
      g_autoptr(PhaenTable) table = pd02_table (ctx);
      g_autoptr(GArray) placements = NULL;
      g_autofree char *strategy_line = strategy_heading (group);
      g_autofree char *second_line = second_heading (group);
      guint first_page;

      form->heading[0] = strategy_line;
      form->heading[1] = second_line;

      for (guint i = 0; i < group->projects->len; i++)
        pd02_project_row (table, g_ptr_array_index (group->projects, i), i + 1, decimals);

      first_page = form->pages->len;
      placements = phaen_table_layout (table, form_page_cb, form);
      anchor_projects (form, first_page, placements, group->projects);
      form->heading[0] = NULL;
      form->heading[1] = NULL;
      if (phaen_render_job_cancelled (ctx, NULL))
        break;
    }
}

/* A heading row of the continuous ผด.02: one bold cell across the table,
 * kept with what follows. */
static guint
pd02_heading_row (PhaenTable *table,
                  const char *text)
{
  guint r = phaen_table_add_row (table, PHAEN_ROW_BOLD | PHAEN_ROW_KEEP_WITH_NEXT);

  phaen_table_set_cell (table, r, 0, phaen_table_get_n_columns (table), text, HEADING_SIZE, 0);

  return r;
}

/* The groups one after the other in one table. */
static void
pd02_continuous (FormPages *form,
                 GPtrArray *groups,
                 gboolean   decimals)
{
  g_autoptr(PhaenTable) table = pd02_table (form->ctx);
  g_autoptr(GArray) placements = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();   /* the project of each row, NULL for a heading */
  g_autofree char *strategy_continued = NULL;
  PhaenStrategy *strategy = NULL;
  guint strategy_row = 0;

  for (guint g = 0; g < groups->len; g++)
    {
      PhaenGroup *group = g_ptr_array_index (groups, g);
      g_autofree char *second_line = second_heading (group);
      g_autofree char *second_continued = g_strconcat (second_line, CONTINUED, NULL);
      guint second_row;

      if (group->strategy != strategy)
        {
          g_autofree char *strategy_line = strategy_heading (group);

          /* The previous strategy's group ends with its last row. */
          if (strategy != NULL)
            phaen_table_add_group (table, strategy_row, rows->len - 1, strategy_continued);
          strategy = group->strategy;
          strategy_row = pd02_heading_row (table, strategy_line);
          g_ptr_array_add (rows, NULL);
          g_free (strategy_continued);
          strategy_continued = g_strconcat (strategy_line, CONTINUED, NULL);
        }

      second_row = pd02_heading_row (table, second_line);
      g_ptr_array_add (rows, NULL);
      for (guint i = 0; i < group->projects->len; i++)
        {
          pd02_project_row (table, g_ptr_array_index (group->projects, i), i + 1, decimals);
          g_ptr_array_add (rows, g_ptr_array_index (group->projects, i));
        }
      phaen_table_add_group (table, second_row, rows->len - 1, second_continued);
    }
  if (strategy != NULL)
    phaen_table_add_group (table, strategy_row, rows->len - 1, strategy_continued);

  placements = phaen_table_layout (table, form_page_cb, form);
  anchor_projects (form, 0, placements, rows);
}

GPtrArray *
phaen_forms_pd02 (PhaenRenderContext *ctx)
{
  g_autoptr(GPtrArray) groups = NULL;
  FormPages form;
  gboolean decimals;

  g_return_val_if_fail (ctx != NULL && PHAEN_IS_PLAN (ctx->plan), NULL);

  form_init (&form, ctx, "แบบ ผด.02", PHAEN_FRONT_PD02_TITLE,
             PHAEN_FRONT_PD02_TITLE " (แบบ ผด.02)");

  groups = phaen_plan_collect_groups (ctx->plan, PHAEN_PROJECT_KIND_PROJECT);
  decimals = projects_have_satang (groups);

  if (ctx->pd02_flow == PHAEN_PD02_CONTINUOUS)
    {
      if (groups->len > 0)
        pd02_continuous (&form, groups, decimals);
    }
  else
    pd02_page_per_group (&form, groups, decimals);

  return g_steal_pointer (&form.pages);
}

GPtrArray *
phaen_forms_pd021 (PhaenRenderContext *ctx)
{
  static const char * const titles[] = {
    "ที่",
    "แผนงาน",
    "หมวด",
    "ประเภท",
    "เป้าหมาย (ผลผลิตของครุภัณฑ์)",
    "งบประมาณ (บาท)",
    "หน่วยงานรับผิดชอบหลัก",
  };
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(PhaenTable) table = NULL;
  g_autoptr(GArray) placements = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  double widths[MAX_COLUMNS];
  guint n_columns;
  FormPages form;
  gboolean decimals;
  guint number = 0;

  g_return_val_if_fail (ctx != NULL && PHAEN_IS_PLAN (ctx->plan), NULL);

  form_init (&form, ctx, "แบบ ผด.02/1", PHAEN_FRONT_PD021_TITLE,
             PHAEN_FRONT_PD021_TITLE " (แบบ ผด.02/1)");

  groups = phaen_plan_collect_groups (ctx->plan, PHAEN_PROJECT_KIND_EQUIPMENT);
  if (groups->len == 0)
    return g_steal_pointer (&form.pages);

  decimals = projects_have_satang (groups);
  n_columns = project_widths (ctx, pd021_text_widths, G_N_ELEMENTS (pd021_text_widths), 1, 4, widths);
  table = phaen_table_new (ctx, MARGIN_LEFT, n_columns, widths);
  add_month_header (ctx, table, titles, PD021_FIRST_MONTH);

  for (guint g = 0; g < groups->len; g++)
    {
      PhaenGroup *group = g_ptr_array_index (groups, g);

      for (guint i = 0; i < group->projects->len; i++)
        {
          PhaenProject *project = g_ptr_array_index (group->projects, i);
          PhaenProgram *program = phaen_project_get_program (project);
          const char *target = phaen_project_get_target (project);
          g_autofree char *index = g_strdup_printf ("%u", ++number);
          g_autofree char *amount = format_amount (phaen_project_get_budget (project), decimals);
          g_autofree char *what = NULL;
          guint r = phaen_table_add_row (table, PHAEN_ROW_NORMAL);

          g_ptr_array_add (rows, project);
          if (target[0] != '\0')
            what = g_strdup_printf ("%s\n%s", phaen_project_get_name (project), target);
          else
            what = g_strdup (phaen_project_get_name (project));

          phaen_table_set_cell (table, r, 0, 1, index, BODY_SIZE, PHAEN_TEXT_CENTER);
          phaen_table_set_cell (table, r, 1, 1, program != NULL ? phaen_program_get_name (program) : "",
                                BODY_SIZE, 0);
          phaen_table_set_cell (table, r, 2, 1, phaen_project_get_category (project), BODY_SIZE, 0);
          phaen_table_set_cell (table, r, 3, 1, phaen_project_get_equipment_type (project), BODY_SIZE, 0);
          phaen_table_set_cell (table, r, 4, 1, what, BODY_SIZE, 0);
          phaen_table_set_cell (table, r, 5, 1, amount, BODY_SIZE, PHAEN_TEXT_RIGHT | PHAEN_CELL_SHRINK);
          phaen_table_set_cell (table, r, 6, 1, unit_name (project), BODY_SIZE, PHAEN_TEXT_CENTER);
          add_schedule (table, r, PD021_FIRST_MONTH, phaen_project_get_schedule (project));
        }
    }

  placements = phaen_table_layout (table, form_page_cb, &form);
  anchor_projects (&form, 0, placements, rows);

  return g_steal_pointer (&form.pages);
}
