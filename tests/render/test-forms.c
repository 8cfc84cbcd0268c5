/* test-forms.c: ผด.01, ผด.02 and ผด.02/1 pages
 *
 * Set PHAEN_RENDER_DUMP=DIR to get PNGs of the pages for a look.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "model/phaen-schedule.h"
#include "phaen-forms.h"

#define EPS 1e-6
/* The month columns: as wide as the font needs, ending where 5.6 mm
 * columns would (these use the test's local ctx). */
#define MONTH_MM (phaen_forms_month_width_mm (ctx))
/* ผด.02's month block starts after 10+48+62+22+28+24 mm from the left margin (20 mm). */
#define PD02_MONTHS_X PHAEN_MM (20.0 + 194.0 + 12 * 5.6 - 12 * MONTH_MM)
#define PD021_MONTHS_X PD02_MONTHS_X

typedef struct
{
  const char *name;
  guint       strategy;
  const char *program;
  const char *unit;
  gint64      budget;
  const char *schedule;
  PhaenProjectKind kind;
} ProjectSpec;

static const char * const strategy_names[] = {
  "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน",
  "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต",
};

static const char * const unit_names[] = {
  "สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา",
};

static const ProjectSpec specs[] = {
  { "โครงการก่อสร้างถนน คสล. ม.5 ยาว 200 ม.", 0, "แผนงานอุตสาหกรรมและการโยธา", "กองช่าง", 45000000, "ต.ค.-ธ.ค.", PHAEN_PROJECT_KIND_PROJECT },
  { "โครงการปรับปรุงระบบประปาหมู่บ้าน", 0, "แผนงานเคหะและชุมชน", "กองช่าง", 12050050, "มี.ค.", PHAEN_PROJECT_KIND_PROJECT },
  { "โครงการขุดลอกคลองส่งน้ำเพื่อการเกษตร", 0, "แผนงานอุตสาหกรรมและการโยธา", "กองช่าง", 30000000, "ม.ค.-ก.พ.,พ.ค.-มิ.ย.", PHAEN_PROJECT_KIND_PROJECT },
  { "โครงการฟื้นฟูศิลปวัฒนธรรมท้องถิ่น", 1, "แผนงานการศาสนาวัฒนธรรมและนันทนาการ", "กองการศึกษา", 5000000, "เม.ย.", PHAEN_PROJECT_KIND_PROJECT },
  { "โครงการอาหารกลางวันเด็กปฐมวัย", 1, "แผนงานการศึกษา", "กองการศึกษา", 80000000, "ต.ค.-ก.ย.", PHAEN_PROJECT_KIND_PROJECT },
  { "เครื่องคอมพิวเตอร์โน้ตบุ๊ก", 0, "แผนงานบริหารงานทั่วไป", "กองคลัง", 2200000, "ธ.ค.", PHAEN_PROJECT_KIND_EQUIPMENT },
};

static PhaenPlan *
build_plan (guint extra_projects)
{
  PhaenPlan *plan = phaen_plan_new ();
  PhaenStrategy *strategies[G_N_ELEMENTS (strategy_names)];

  g_object_set (plan,
                "organisation-name", "เทศบาลตำบลบ้านทดสอบ",
                "district", "เมือง",
                "province", "ทดสอบ",
                "fiscal-year", 2569,
                NULL);

  for (guint i = 0; i < G_N_ELEMENTS (strategy_names); i++)
    {
      g_autoptr(PhaenStrategy) strategy = phaen_strategy_new (NULL, strategy_names[i]);

      phaen_plan_append_strategy (plan, strategy);
      strategies[i] = strategy;
    }
  for (guint i = 0; i < G_N_ELEMENTS (unit_names); i++)
    {
      g_autoptr(PhaenUnit) unit = phaen_unit_new (NULL, unit_names[i]);

      phaen_plan_append_unit (plan, unit);
    }

  for (guint i = 0; i < G_N_ELEMENTS (specs) + extra_projects; i++)
    {
      const ProjectSpec *spec = &specs[i < G_N_ELEMENTS (specs) ? i : G_N_ELEMENTS (specs) - 2];
      g_autoptr(PhaenProject) project = phaen_project_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *name = NULL;
      guint mask = 0;
      PhaenProgram *program = phaen_plan_find_program_by_name (plan, spec->program);

      g_assert_nonnull (program);
      g_assert_true (phaen_schedule_parse (spec->schedule, &mask, &error));
      g_assert_no_error (error);

      name = i < G_N_ELEMENTS (specs) ? g_strdup (spec->name)
                                      : g_strdup_printf ("โครงการเพิ่มเติมลำดับ %u", i);
      phaen_project_set_name (project, name);
      phaen_project_set_kind (project, spec->kind);
      phaen_project_set_activities (project,
                                    "จัดซื้อวัสดุและจ้างแรงงาน\nดำเนินการตามแบบแปลนของเทศบาล");
      phaen_project_set_location (project, "หมู่ที่ 5 บ้านน้ำใส");
      phaen_project_set_budget (project, spec->budget);
      phaen_project_set_strategy (project, strategies[spec->strategy]);
      phaen_project_set_program (project, program);
      phaen_project_set_unit (project, phaen_plan_find_unit_by_name (plan, spec->unit));
      phaen_project_set_schedule (project, mask);
      if (spec->kind == PHAEN_PROJECT_KIND_EQUIPMENT)
        {
          phaen_project_set_category (project, "ค่าครุภัณฑ์");
          phaen_project_set_equipment_type (project, "ครุภัณฑ์คอมพิวเตอร์");
          phaen_project_set_target (project, "จำนวน 1 เครื่อง");
        }
      phaen_plan_append_project (plan, project);
    }

  return plan;
}

static PhaenRenderContext *
new_context (PhaenPlan *plan)
{
  g_autoptr(GError) error = NULL;
  PhaenRenderContext *ctx = phaen_render_context_new (plan, NULL, NULL, &error);

  g_assert_no_error (error);
  return ctx;
}

/* All text on @pages, one item per line. */
static char *
pages_text (GPtrArray *pages)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint k = 0; k < pages->len; k++)
    {
      PhaenPage *page = g_ptr_array_index (pages, k);

      for (guint i = 0; i < page->ops->len; i++)
        {
          const PhaenPageOp *item = &g_array_index (page->ops, PhaenPageOp, i);

          if (item->kind == PHAEN_PAGE_OP_TEXT)
            {
              g_string_append (text, pango_layout_get_text (item->layout));
              g_string_append_c (text, '\n');
            }
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The page of @pages with a text item containing @needle. */
static PhaenPage *
page_with_text (GPtrArray  *pages,
                const char *needle)
{
  for (guint k = 0; k < pages->len; k++)
    {
      PhaenPage *page = g_ptr_array_index (pages, k);

      for (guint i = 0; i < page->ops->len; i++)
        {
          const PhaenPageOp *item = &g_array_index (page->ops, PhaenPageOp, i);

          if (item->kind == PHAEN_PAGE_OP_TEXT && strstr (pango_layout_get_text (item->layout), needle) != NULL)
            return page;
        }
    }

  g_error ("no page with “%s”", needle);
  return NULL;
}

static void
dump_pages (GPtrArray  *pages,
            const char *name)
{
  const char *dir = g_getenv ("PHAEN_RENDER_DUMP");

  if (dir == NULL)
    return;

  for (guint k = 0; k < pages->len; k++)
    {
      PhaenPage *page = g_ptr_array_index (pages, k);
      double scale = 150.0 / 72.0;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                             page->width * scale, page->height * scale);
      cairo_t *cr = cairo_create (surface);
      g_autofree char *file = g_strdup_printf ("%s/%s-%u.png", dir, name, k + 1);

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, scale, scale);
      phaen_page_paint (page, cr, NULL);
      cairo_destroy (cr);
      cairo_surface_write_to_png (surface, file);
      cairo_surface_destroy (surface);
    }
}

static void
check_landscape (GPtrArray *pages)
{
  for (guint k = 0; k < pages->len; k++)
    {
      PhaenPage *page = g_ptr_array_index (pages, k);

      g_assert_cmpint (page->orientation, ==, PHAEN_PAGE_LANDSCAPE);
      g_assert_cmpfloat_with_epsilon (page->width, 841.89, 0.01);
      g_assert_cmpfloat_with_epsilon (page->height, 595.28, 0.01);
      g_assert_cmpint (page->numbering, ==, PHAEN_PAGE_NUMBER_BODY);

      /* Nothing in the bottom or side margins. */
      for (guint i = 0; i < page->ops->len; i++)
        {
          const PhaenPageOp *item = &g_array_index (page->ops, PhaenPageOp, i);

          g_assert_cmpfloat (item->x, >=, PHAEN_MM (20.0) - EPS);
          if (item->kind == PHAEN_PAGE_OP_TEXT)
            {
              PangoRectangle logical;

              pango_layout_get_extents (item->layout, NULL, &logical);
              g_assert_cmpfloat (item->y + logical.height / (double) PANGO_SCALE, <=,
                                 page->height - PHAEN_MM (15.0) + EPS);
            }
          else if (item->kind != PHAEN_PAGE_OP_RECT)
            {
              g_assert_cmpfloat (MAX (item->y, item->y2), <=, page->height - PHAEN_MM (15.0) + EPS);
              g_assert_cmpfloat (MAX (item->x, item->x2), <=, page->width - PHAEN_MM (15.0) + EPS);
            }
          /* The page number band at the top right stays free. */
          g_assert_cmpfloat (item->y, >=, PHAEN_MM (20.0) + PHAEN_PAGE_NUMBER_BAND - EPS);
        }
    }
}

static void
test_pd01 (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (0);
  g_autoptr(PhaenRenderContext) ctx = new_context (plan);
  g_autoptr(GPtrArray) pages = phaen_forms_pd01 (ctx);
  g_autofree char *text = NULL;
  PhaenPage *first;

  g_assert_cmpuint (pages->len, ==, 1);
  check_landscape (pages);
  dump_pages (pages, "pd01");

  first = g_ptr_array_index (pages, 0);
  g_assert_nonnull (first->bookmark);
  g_assert_cmpuint (first->bookmark_level, ==, 2);

  text = pages_text (pages);
  g_assert_nonnull (strstr (text, "แบบ ผด.๐๑"));
  g_assert_nonnull (strstr (text, "บัญชีสรุปจำนวนโครงการและงบประมาณ"));
  g_assert_nonnull (strstr (text, "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙"));
  g_assert_nonnull (strstr (text, "เทศบาลตำบลบ้านทดสอบ อำเภอเมือง จังหวัดทดสอบ"));
  g_assert_nonnull (strstr (text, "๑. ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน"));
  g_assert_nonnull (strstr (text, "๒. ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต"));
  g_assert_nonnull (strstr (text, "\nรวมทั้งสิ้น\n"));
  g_assert_nonnull (strstr (text, "\n๑๐๐.๐๐\n"));
  /* 1,742,500.50 baht in all (the satang make the column two-decimal). */
  g_assert_nonnull (strstr (text, "\n๑,๗๔๒,๕๐๐.๕๐\n"));
  g_assert_null (strstr (text, "0"));
}

/* The first label of column 1 (ยุทธศาสตร์/แผนงาน) below the table header
 * on @page, or NULL. */
static const char *
pd01_first_label (PhaenPage *page)
{
  const char *first = NULL;
  double first_y = G_MAXDOUBLE;
  gboolean below_header = FALSE;
  double header_y = 0;

  for (guint i = 0; i < page->ops->len; i++)
    {
      const PhaenPageOp *item = &g_array_index (page->ops, PhaenPageOp, i);

      if (item->kind == PHAEN_PAGE_OP_TEXT &&
          g_str_equal (pango_layout_get_text (item->layout), "ยุทธศาสตร์/แผนงาน"))
        {
          header_y = item->y;
          below_header = TRUE;
        }
    }
  g_assert_true (below_header);

  for (guint i = 0; i < page->ops->len; i++)
    {
      const PhaenPageOp *item = &g_array_index (page->ops, PhaenPageOp, i);

      if (item->kind != PHAEN_PAGE_OP_TEXT || item->y <= header_y + EPS ||
          item->x >= PHAEN_MM (20.0 + 100.0))
        continue;
      if (item->y < first_y)
        {
          first_y = item->y;
          first = pango_layout_get_text (item->layout);
        }
    }

  return first;
}

/* Over many plan sizes (so that the page breaks fall everywhere), no page
 * of ผด.01 opens with a รวม or รวมทั้งสิ้น row. */
static void
test_pd01_keeps_totals (void)
{
  guint multi_page = 0;

  for (guint n = 2; n <= 24; n++)
    {
      g_autoptr(PhaenPlan) plan = build_plan (0);
      g_autoptr(PhaenRenderContext) ctx = NULL;
      g_autoptr(GPtrArray) pages = NULL;
      GListModel *programs = phaen_plan_get_programs (plan);
      PhaenUnit *unit = g_list_model_get_item (phaen_plan_get_units (plan), 0);

      for (guint s = 0; s < n; s++)
        {
          g_autofree char *name = g_strdup_printf ("ยุทธศาสตร์ทดสอบที่ %u ด้านการพัฒนาคุณภาพชีวิตของประชาชน", s + 1);
          g_autoptr(PhaenStrategy) strategy = phaen_strategy_new (NULL, name);

          phaen_plan_append_strategy (plan, strategy);
          for (guint k = 0; k <= s % 3; k++)
            {
              g_autoptr(PhaenProject) project = phaen_project_new ();
              g_autoptr(PhaenProgram) program = g_list_model_get_item (programs, (s + k) % 12);

              phaen_project_set_name (project, "โครงการทดสอบ");
              phaen_project_set_budget (project, 100000);
              phaen_project_set_strategy (project, strategy);
              phaen_project_set_program (project, program);
              phaen_project_set_unit (project, unit);
              phaen_plan_append_project (plan, project);
            }
        }
      g_object_unref (unit);

      ctx = new_context (plan);
      pages = phaen_forms_pd01 (ctx);
      check_landscape (pages);
      if (pages->len > 1)
        multi_page++;

      for (guint k = 1; k < pages->len; k++)
        {
          const char *label = pd01_first_label (g_ptr_array_index (pages, k));

          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, "รวม");
          g_assert_cmpstr (label, !=, "รวมทั้งสิ้น");
        }
    }

  /* The sweep did cross page breaks. */
  g_assert_cmpuint (multi_page, >=, 10);
}

static void
test_pd02 (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (0);
  g_autoptr(PhaenRenderContext) ctx = new_context (plan);
  g_autoptr(GPtrArray) pages = phaen_forms_pd02 (ctx);
  g_autofree char *text = NULL;
  GListModel *projects = phaen_plan_get_projects (plan);

  /* One page per group: (1, โยธา), (1, เคหะ), (2, การศึกษา), (2, ศาสนา). */
  g_assert_cmpuint (pages->len, ==, 4);
  check_landscape (pages);
  dump_pages (pages, "pd02");

  text = pages_text (pages);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);
      g_autofree char *name = phaen_digits (phaen_project_get_name (project), TRUE);

      if (phaen_project_get_kind (project) == PHAEN_PROJECT_KIND_PROJECT)
        g_assert_nonnull (strstr (text, name));
      else
        g_assert_null (strstr (text, name));
    }
  g_assert_nonnull (strstr (text, "แบบ ผด.๐๒"));
  g_assert_nonnull (strstr (text, "พ.ศ. ๒๕๖๘"));
  g_assert_nonnull (strstr (text, "พ.ศ. ๒๕๖๙"));
  g_assert_nonnull (strstr (text, "ม.ค."));
  g_assert_nonnull (strstr (text, "๑.๑ แผนงาน"));
  g_assert_nonnull (strstr (text, "๒. ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต"));
  /* Amounts: the whole form has two decimals because one has satang. */
  g_assert_nonnull (strstr (text, "\n๔๕๐,๐๐๐.๐๐\n"));
  g_assert_nonnull (strstr (text, "\n๑๒๐,๕๐๐.๕๐\n"));
  g_assert_null (strstr (text, "0"));
}

/* Arrows of the โยธา group: ต.ค.-ธ.ค., then ม.ค.-ก.พ.,พ.ค.-มิ.ย. */
static void
test_pd02_arrows (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (0);
  g_autoptr(PhaenRenderContext) ctx = new_context (plan);
  g_autoptr(GPtrArray) pages = phaen_forms_pd02 (ctx);
  static const guint expected[][2] = { { 0, 2 }, { 3, 4 }, { 7, 8 } };
  PhaenPage *page = page_with_text (pages, "แผนงานอุตสาหกรรมและการโยธา");
  guint found = 0;
  double first_row_y = -1, second_row_y = -1;

  for (guint i = 0; i < page->ops->len; i++)
    {
      const PhaenPageOp *item = &g_array_index (page->ops, PhaenPageOp, i);

      if (item->kind != PHAEN_PAGE_OP_ARROW)
        continue;
      g_assert_cmpuint (found, <, G_N_ELEMENTS (expected));
      g_assert_cmpfloat_with_epsilon (item->x,
                                      PD02_MONTHS_X + PHAEN_MM (expected[found][0] * MONTH_MM + 0.8), 0.01);
      g_assert_cmpfloat_with_epsilon (item->x2,
                                      PD02_MONTHS_X + PHAEN_MM ((expected[found][1] + 1) * MONTH_MM - 0.8), 0.01);
      g_assert_cmpfloat_with_epsilon (item->y, item->y2, EPS);
      if (found == 0)
        first_row_y = item->y;
      else if (found == 1)
        {
          g_assert_cmpfloat (item->y, >, first_row_y);   /* next row */
          second_row_y = item->y;
        }
      else
        g_assert_cmpfloat_with_epsilon (item->y, second_row_y, EPS);   /* same row */
      found++;
    }
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (expected));

  /* The one-month run (มี.ค., fiscal 5) of the second group sits inside
   * its cell. */
  page = page_with_text (pages, "แผนงานเคหะและชุมชน");
  found = 0;
  for (guint i = 0; i < page->ops->len; i++)
    {
      const PhaenPageOp *item = &g_array_index (page->ops, PhaenPageOp, i);

      if (item->kind != PHAEN_PAGE_OP_ARROW)
        continue;
      g_assert_cmpfloat (item->x, >, PD02_MONTHS_X + PHAEN_MM (5 * MONTH_MM));
      g_assert_cmpfloat (item->x2, <, PD02_MONTHS_X + PHAEN_MM (6 * MONTH_MM));
      g_assert_cmpfloat (item->x2 - item->x, >, PHAEN_MM (3.0));
      found++;
    }
  g_assert_cmpuint (found, ==, 1);
}

/* Paints the โยธา page of ผด.02 and checks the row of its first project:
 * dark along the arrow in ต.ค.-ธ.ค., light in the other months. */
static void
test_pd02_pixels (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (0);
  g_autoptr(PhaenRenderContext) ctx = new_context (plan);
  g_autoptr(GPtrArray) pages = phaen_forms_pd02 (ctx);
  PhaenPage *page = page_with_text (pages, "แผนงานอุตสาหกรรมและการโยธา");
  const double scale = 100.0 / 72.0;   /* 100 dpi */
  cairo_surface_t *surface;
  cairo_t *cr;
  double arrow_y = -1;
  guchar *data;
  int stride, py;

  for (guint i = 0; i < page->ops->len && arrow_y < 0; i++)
    {
      const PhaenPageOp *item = &g_array_index (page->ops, PhaenPageOp, i);

      if (item->kind == PHAEN_PAGE_OP_ARROW)
        arrow_y = item->y;
    }
  g_assert_cmpfloat (arrow_y, >, 0);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, page->width * scale, page->height * scale);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  phaen_page_paint (page, cr, NULL);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  py = (int) (arrow_y * scale);

  for (guint m = 0; m < 12; m++)
    {
      /* The middle half of the month cell, on the arrow's line, a pixel
       * above and below for antialiasing. */
      double x1 = (PD02_MONTHS_X + PHAEN_MM (m * MONTH_MM + 1.5)) * scale;
      double x2 = (PD02_MONTHS_X + PHAEN_MM ((m + 1) * MONTH_MM - 1.5)) * scale;
      guint dark = 0, total = 0;

      for (int x = (int) ceil (x1); x < (int) x2; x++)
        {
          gboolean column_dark = FALSE;

          for (int y = py - 1; y <= py + 1; y++)
            {
              guint32 pixel = *(guint32 *) (data + y * stride + x * 4);

              if ((pixel & 0xFF) < 128)
                column_dark = TRUE;
            }
          dark += column_dark;
          total++;
        }
      g_assert_cmpuint (total, >, 0);
      if (m <= 2)
        g_assert_cmpuint (dark, ==, total);
      else
        g_assert_cmpuint (dark, ==, 0);
    }

  cairo_surface_destroy (surface);
}

static void
test_arabic_digits (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (0);
  g_autoptr(PhaenRenderContext) ctx = new_context (plan);
  g_autoptr(GPtrArray) pd01 = NULL;
  g_autoptr(GPtrArray) pd02 = NULL;
  g_autofree char *text1 = NULL;
  g_autofree char *text2 = NULL;
  g_autofree char *all = NULL;

  ctx->thai_digits = FALSE;
  pd01 = phaen_forms_pd01 (ctx);
  pd02 = phaen_forms_pd02 (ctx);
  text1 = pages_text (pd01);
  text2 = pages_text (pd02);
  all = g_strconcat (text1, text2, NULL);

  g_assert_nonnull (strstr (all, "แบบ ผด.01"));
  g_assert_nonnull (strstr (all, "พ.ศ. 2569"));
  g_assert_nonnull (strstr (all, "\n450,000.00\n"));
  g_assert_nonnull (strstr (all, "\n100.00\n"));
  g_assert_nonnull (strstr (all, "ม.5"));
  for (const char *p = all; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_false (c >= 0x0E50 && c <= 0x0E59);
    }
}

static void
test_pd021 (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (0);
  g_autoptr(PhaenRenderContext) ctx = new_context (plan);
  g_autoptr(GPtrArray) pages = phaen_forms_pd021 (ctx);
  g_autofree char *text = NULL;
  PhaenPage *page;
  guint arrows = 0;

  g_assert_cmpuint (pages->len, ==, 1);
  check_landscape (pages);
  dump_pages (pages, "pd021");

  text = pages_text (pages);
  g_assert_nonnull (strstr (text, "แบบ ผด.๐๒/๑"));
  g_assert_nonnull (strstr (text, "เครื่องคอมพิวเตอร์โน้ตบุ๊ก\nจำนวน ๑ เครื่อง"));
  g_assert_nonnull (strstr (text, "ครุภัณฑ์คอมพิวเตอร์"));
  g_assert_nonnull (strstr (text, "\n๒๒,๐๐๐\n"));

  page = g_ptr_array_index (pages, 0);
  for (guint i = 0; i < page->ops->len; i++)
    {
      const PhaenPageOp *item = &g_array_index (page->ops, PhaenPageOp, i);

      if (item->kind != PHAEN_PAGE_OP_ARROW)
        continue;
      /* ธ.ค. = fiscal month 2 */
      g_assert_cmpfloat (item->x, >, PD021_MONTHS_X + PHAEN_MM (2 * MONTH_MM));
      g_assert_cmpfloat (item->x2, <, PD021_MONTHS_X + PHAEN_MM (3 * MONTH_MM));
      arrows++;
    }
  g_assert_cmpuint (arrows, ==, 1);
}

static void
test_pd021_empty (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(PhaenRenderContext) ctx = new_context (plan);
  g_autoptr(GPtrArray) pd021 = phaen_forms_pd021 (ctx);
  g_autoptr(GPtrArray) pd02 = phaen_forms_pd02 (ctx);

  g_assert_cmpuint (pd021->len, ==, 0);
  g_assert_cmpuint (pd02->len, ==, 0);
}

static void
test_many_projects (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (60);
  g_autoptr(PhaenRenderContext) ctx = new_context (plan);
  g_autoptr(GPtrArray) pages = phaen_forms_pd02 (ctx);
  g_autofree char *text = NULL;
  guint headers = 0;

  /* The extra projects all land in one group (2, การศึกษา): several pages. */
  g_assert_cmpuint (pages->len, >, 5);
  check_landscape (pages);
  dump_pages (pages, "pd02-many");

  text = pages_text (pages);
  for (guint i = G_N_ELEMENTS (specs); i < G_N_ELEMENTS (specs) + 60; i++)
    {
      g_autofree char *name = g_strdup_printf ("โครงการเพิ่มเติมลำดับ %u", i);
      g_autofree char *converted = phaen_digits (name, TRUE);

      g_assert_nonnull (strstr (text, converted));
    }

  /* Title, header and group heading on every page. */
  for (const char *p = text; (p = strstr (p, "หน่วยงานรับผิดชอบหลัก")) != NULL; p++)
    headers++;
  g_assert_cmpuint (headers, ==, pages->len);
}

/* A project whose details run over more than a page continues under a
 * repeated header; the arrows are drawn once, on its first part. */
static void
test_tall_project (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (0);
  g_autoptr(PhaenRenderContext) ctx = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GString) details = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autoptr(PhaenProject) project = g_list_model_get_item (phaen_plan_get_projects (plan), 0);
  guint arrows = 0;

  for (guint i = 1; i <= 60; i++)
    g_string_append_printf (details, "%sขั้นตอนที่ %u ปั๊มน้ำ ฟื้นฟู", i > 1 ? "\n" : "", i);
  phaen_project_set_activities (project, details->str);

  ctx = new_context (plan);
  pages = phaen_forms_pd02 (ctx);
  /* 4 groups, the โยธา group over at least two pages. */
  g_assert_cmpuint (pages->len, >=, 5);
  check_landscape (pages);
  dump_pages (pages, "pd02-tall");

  text = pages_text (pages);
  g_assert_nonnull (strstr (text, "ขั้นตอนที่ ๑ ปั๊มน้ำ"));
  g_assert_nonnull (strstr (text, "ขั้นตอนที่ ๖๐ ปั๊มน้ำ ฟื้นฟู"));

  for (guint k = 0; k < pages->len; k++)
    {
      PhaenPage *page = g_ptr_array_index (pages, k);

      for (guint i = 0; i < page->ops->len; i++)
        if (g_array_index (page->ops, PhaenPageOp, i).kind == PHAEN_PAGE_OP_ARROW)
          arrows++;
    }
  /* ต.ค.-ธ.ค.; ม.ค.-ก.พ. + พ.ค.-มิ.ย.; มี.ค.; เม.ย.; ต.ค.-ก.ย. */
  g_assert_cmpuint (arrows, ==, 6);
}

static void
test_amendment_title (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (0);
  g_autoptr(PhaenRenderContext) ctx = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *text = NULL;

  g_object_set (plan, "edition-kind", PHAEN_EDITION_ADDITION, "edition-number", 1, NULL);
  ctx = new_context (plan);
  pages = phaen_forms_pd01 (ctx);
  text = pages_text (pages);
  g_assert_nonnull (strstr (text, "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (เพิ่มเติม ครั้งที่ ๑)"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/render/forms/pd01", test_pd01);
  g_test_add_func ("/render/forms/pd01/keeps-totals", test_pd01_keeps_totals);
  g_test_add_func ("/render/forms/pd02", test_pd02);
  g_test_add_func ("/render/forms/pd02/arrows", test_pd02_arrows);
  g_test_add_func ("/render/forms/pd02/pixels", test_pd02_pixels);
  g_test_add_func ("/render/forms/pd02/many-projects", test_many_projects);
  g_test_add_func ("/render/forms/pd02/tall-project", test_tall_project);
  g_test_add_func ("/render/forms/pd021", test_pd021);
  g_test_add_func ("/render/forms/empty", test_pd021_empty);
  g_test_add_func ("/render/forms/arabic-digits", test_arabic_digits);
  g_test_add_func ("/render/forms/amendment-title", test_amendment_title);

  return g_test_run ();
}
