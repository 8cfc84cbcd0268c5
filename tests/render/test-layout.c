/* test-layout.c: layout choices of the forms (issue 9), read back from
 * the PDF with poppler: ผด.01 units as one flowing text, "(ต่อ)" after a
 * group heading that goes on to another page, ผด.02 one group a page or
 * continuous, room for the month labels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <poppler.h>

#include "io/phaen-file.h"
#include "model/phaen-fiscal.h"
#include "phaen-document.h"
#include "phaen-pdf.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

#define CONTINUED "(ต่อ)"

static const char * const unit_names[] = {
  "สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสวัสดิการสังคม",
};

/* One strategy; @n_programs programs (the standard ones, then custom
 * ones) of @per_program projects each; the units in catalogue order,
 * every one used. */
static PhaenPlan *
build_plan (guint n_programs,
            guint per_program)
{
  PhaenPlan *plan = phaen_plan_new ();
  g_autoptr(PhaenStrategy) strategy = phaen_strategy_new (NULL, "การพัฒนาโครงสร้างพื้นฐาน");
  GListModel *programs = phaen_plan_get_programs (plan);
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  guint k = 0;

  g_object_set (plan,
                "organisation-name", "เทศบาลตำบลทดสอบ",
                "district", "เมือง",
                "province", "จันทบุรี",
                "fiscal-year", 2569,
                NULL);
  phaen_plan_fill_default_texts (plan);
  phaen_plan_append_strategy (plan, strategy);
  for (guint u = 0; u < G_N_ELEMENTS (unit_names); u++)
    {
      PhaenUnit *unit = phaen_unit_new (NULL, unit_names[u]);

      phaen_plan_append_unit (plan, unit);
      g_ptr_array_add (units, unit);
    }
  while (g_list_model_get_n_items (programs) < n_programs)
    {
      g_autofree char *name = g_strdup_printf ("แผนงานทดสอบที่ %u", g_list_model_get_n_items (programs) + 1);
      g_autoptr(PhaenProgram) program = phaen_program_new (NULL, name);

      phaen_plan_append_program (plan, program);
    }

  for (guint p = 0; p < n_programs; p++)
    {
      g_autoptr(PhaenProgram) program = g_list_model_get_item (programs, p);

      for (guint i = 0; i < per_program; i++, k++)
        {
          g_autoptr(PhaenProject) project = phaen_project_new ();
          g_autofree char *name = g_strdup_printf ("โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายที่ %u", k + 1);

          phaen_project_set_name (project, name);
          phaen_project_set_activities (project, "ก่อสร้างถนน คสล. กว้าง 5 เมตร ยาว 200 เมตร\nพร้อมป้ายโครงการ");
          phaen_project_set_budget (project, G_GINT64_CONSTANT (50000000));
          phaen_project_set_location (project, "หมู่ที่ 3");
          phaen_project_set_strategy (project, strategy);
          phaen_project_set_program (project, program);
          phaen_project_set_unit (project, g_ptr_array_index (units, k % units->len));
          phaen_project_set_schedule (project, 0x7);
          phaen_plan_append_project (plan, project);
        }
    }

  return plan;
}

static PopplerDocument *
render (PhaenPlan     *plan,
        PhaenPd02Flow  flow)
{
  PhaenRenderOptions options = { PHAEN_DIGITS_THAI, NULL, NULL, flow };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = phaen_pdf_render (plan, &options, NULL, NULL, &error);
  PopplerDocument *doc;

  g_assert_no_error (error);
  doc = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);

  return doc;
}

static char *
page_text (PopplerDocument *doc,
           int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, index);

  return poppler_page_get_text (page);
}

/* Indexes of the landscape (form) pages whose text has @needle. */
static GArray *
pages_with (PopplerDocument *doc,
            const char      *needle)
{
  GArray *found = g_array_new (FALSE, FALSE, sizeof (int));

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);
      g_autofree char *text = poppler_page_get_text (page);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      if (width > height && strstr (text, needle) != NULL)
        g_array_append_val (found, i);
    }

  return found;
}

static char *
digits (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, c >= '0' && c <= '9' ? 0x0E50 + (c - '0') : c);
    }

  return g_string_free (out, FALSE);
}

/* The text drawn between @x1 and @x2 on @page, its lines joined with
 * "\n" in the order they are drawn (top to bottom). */
static char *
text_between (PopplerPage *page,
              double       x1,
              double       x2)
{
  g_autofree char *text = poppler_page_get_text (page);
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  GString *out = g_string_new (NULL);
  double line_top = -1000;
  guint i = 0;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  g_assert_cmpuint (n_rects, ==, g_utf8_strlen (text, -1));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), i++)
    {
      double middle = (rects[i].x1 + rects[i].x2) / 2;

      if (*p == '\n' || middle < x1 || middle > x2)
        continue;
      if (rects[i].y1 > line_top + 4)
        {
          if (out->len > 0)
            g_string_append_c (out, '\n');
          line_top = rects[i].y1;
        }
      g_string_append_unichar (out, g_utf8_get_char (p));
    }
  g_free (rects);

  return g_string_free (out, FALSE);
}

static void
test_units_flow (void)
{
  /* Five programs of one project, each project with another unit: the
   * grand total lists the five units. */
  g_autoptr(PhaenPlan) plan = build_plan (5, 1);
  g_autoptr(PopplerDocument) doc = render (plan, PHAEN_PD02_PAGE_PER_GROUP);
  g_autoptr(GArray) pd01 = pages_with (doc, "แบบ ผด.๐๑");
  g_autoptr(PopplerPage) page = NULL;
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *column = NULL;
  g_auto(GStrv) lines = NULL;
  const double left = (20 + 100 + 26 + 30 + 36 + 30) * 72.0 / 25.4;
  gboolean shared = FALSE;
  const char *last;

  g_assert_cmpuint (pd01->len, ==, 1);
  page = poppler_document_get_page (doc, g_array_index (pd01, int, 0));
  column = text_between (page, left, left + 40 * 72.0 / 25.4);
  g_test_message ("units column:\n%s", column);

  for (guint u = 0; u < G_N_ELEMENTS (unit_names); u++)
    g_string_append_printf (expected, "%s%s", u > 0 ? ", " : "", unit_names[u]);

  /* The last lines are the grand total's: the five names in catalogue
   * order, comma separated, several on a line, none cut. */
  lines = g_strsplit (column, "\n", -1);
  {
    g_autoptr(GString) joined = g_string_new (NULL);
    gint l = g_strv_length (lines);

    /* From the end back to the first name. */
    while (l > 0 && !g_str_has_prefix (lines[l - 1], unit_names[0]))
      l--;
    g_assert_cmpint (l, >, 0);
    for (guint k = l - 1; lines[k] != NULL; k++)
      {
        g_string_append_printf (joined, "%s%s", joined->len > 0 ? " " : "", lines[k]);
        if (strstr (lines[k], ", ") != NULL)
          shared = TRUE;
        /* A line ends after a comma or at the end, never inside a name. */
        if (lines[k + 1] != NULL)
          g_assert_true (g_str_has_suffix (lines[k], ","));
      }
    g_assert_cmpstr (joined->str, ==, expected->str);
  }
  g_assert_true (shared);
  last = lines[g_strv_length (lines) - 1];
  g_assert_true (g_str_has_suffix (last, unit_names[G_N_ELEMENTS (unit_names) - 1]));
}

static void
test_continued_headings (void)
{
  /* ผด.02: one group of 30 projects runs over several pages. */
  g_autoptr(PhaenPlan) plan = build_plan (1, 30);
  g_autoptr(PopplerDocument) doc = render (plan, PHAEN_PD02_PAGE_PER_GROUP);
  g_autoptr(GArray) pd02 = pages_with (doc, "แบบ ผด.๐๒");
  g_autoptr(PhaenPlan) wide = build_plan (30, 1);
  g_autoptr(PopplerDocument) wide_doc = render (wide, PHAEN_PD02_PAGE_PER_GROUP);
  g_autoptr(GArray) pd01 = pages_with (wide_doc, "แบบ ผด.๐๑");
  g_autofree char *strategy = digits ("1. การพัฒนาโครงสร้างพื้นฐาน");

  g_assert_cmpuint (pd02->len, >=, 3);
  for (guint i = 0; i < pd02->len; i++)
    {
      g_autofree char *text = page_text (doc, g_array_index (pd02, int, i));
      g_autofree char *with = g_strdup_printf ("%s %s", strategy, CONTINUED);

      /* The group's headings on every page, "(ต่อ)" from the second. */
      if (strstr (text, strategy) == NULL)
        g_error ("no “%s” on page %u:\n%s", strategy, i, text);
      if (i == 0)
        g_assert_null (strstr (text, CONTINUED));
      else
        {
          g_assert_nonnull (strstr (text, with));
          g_assert_nonnull (strstr (text, "แผนงานบริหารงานทั่วไป " CONTINUED));
        }
    }

  /* ผด.01: a strategy of thirty programs goes on to a second page, its
   * row repeated there with "(ต่อ)", not on the first. */
  g_assert_cmpuint (pd01->len, >=, 2);
  for (guint i = 0; i < pd01->len; i++)
    {
      g_autofree char *text = page_text (wide_doc, g_array_index (pd01, int, i));
      g_autofree char *with = g_strdup_printf ("%s %s", strategy, CONTINUED);

      if (i == 0)
        g_assert_null (strstr (text, CONTINUED));
      else
        g_assert_nonnull (strstr (text, with));
    }
}

/* Programs in order and their first projects. */
static void
test_pd02_flow (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (4, 3);
  g_autoptr(PopplerDocument) per_group = render (plan, PHAEN_PD02_PAGE_PER_GROUP);
  g_autoptr(PopplerDocument) continuous = render (plan, PHAEN_PD02_CONTINUOUS);
  g_autoptr(GArray) group_pages = pages_with (per_group, "แบบ ผด.๐๒");
  g_autoptr(GArray) flow_pages = pages_with (continuous, "แบบ ผด.๐๒");
  GListModel *programs = phaen_plan_get_programs (plan);
  guint headings_on_one_page = 0;

  /* One group a page, as today: four pages, one program each. */
  g_assert_cmpuint (group_pages->len, ==, 4);
  for (guint i = 0; i < group_pages->len; i++)
    {
      g_autofree char *text = page_text (per_group, g_array_index (group_pages, int, i));
      guint programs_here = 0;

      for (guint p = 0; p < 4; p++)
        {
          g_autoptr(PhaenProgram) program = g_list_model_get_item (programs, p);

          programs_here += strstr (text, phaen_program_get_name (program)) != NULL;
        }
      g_assert_cmpuint (programs_here, ==, 1);
    }

  /* Continuous: fewer pages; a heading is followed on its page by the
   * group's first project. */
  g_assert_cmpuint (flow_pages->len, <, group_pages->len);
  for (guint i = 0; i < flow_pages->len; i++)
    {
      g_autofree char *text = page_text (continuous, g_array_index (flow_pages, int, i));
      guint programs_here = 0;

      for (guint p = 0; p < 4; p++)
        {
          g_autoptr(PhaenProgram) program = g_list_model_get_item (programs, p);
          g_autofree char *first = digits (g_strdup_printf ("สายที่ %u", p * 3 + 1));
          const char *heading = strstr (text, phaen_program_get_name (program));

          if (heading == NULL)
            continue;
          programs_here++;
          if (!g_str_has_prefix (heading + strlen (phaen_program_get_name (program)), " " CONTINUED))
            {
              const char *project = strstr (text, first);

              g_assert_nonnull (project);
              g_assert_true (project > heading);
            }
        }
      headings_on_one_page = MAX (headings_on_one_page, programs_here);
    }
  g_assert_cmpuint (headings_on_one_page, >=, 2);
}

/* The month labels: at their size (never shrunk) and clear of the rules
 * of their cells, with the default font and Garuda. */
static void
test_month_labels (gconstpointer data)
{
  const char *family = data;
  g_autoptr(PhaenPlan) plan = build_plan (1, 2);
  PhaenRenderOptions options = { PHAEN_DIGITS_THAI, family, NULL, PHAEN_PD02_PAGE_PER_GROUP };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PhaenRenderContext) ctx = phaen_render_context_new (plan, &options, warnings, &error);
  g_autoptr(PhaenDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GArray) pd02 = NULL;
  g_autoptr(PopplerPage) page = NULL;
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) probe = NULL;
  double expected_size;
  GList *attributes;
  PhaenPage *layout_page = NULL;
  guint checked = 0;

  g_assert_no_error (error);
  if (family != NULL && warnings->len > 0)
    {
      g_test_skip ("font not installed");
      return;
    }
  probe = phaen_render_text (ctx, "ต.ค.", 12, 0, -1);
  expected_size = pango_font_description_get_size (pango_layout_get_font_description (probe)) / (double) PANGO_SCALE;

  /* Read back: every month label at the month size. */
  bytes = phaen_pdf_render (plan, &options, NULL, NULL, &error);
  g_assert_no_error (error);
  doc = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  pd02 = pages_with (doc, "แบบ ผด.๐๒");
  g_assert_cmpuint (pd02->len, ==, 1);
  page = poppler_document_get_page (doc, g_array_index (pd02, int, 0));
  text = poppler_page_get_text (page);
  attributes = poppler_page_get_text_attributes (page);
  for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
    {
      const char *label = phaen_fiscal_month_abbrev (m);
      const char *at = strstr (text, label);
      glong offset;
      gboolean seen = FALSE;

      g_assert_nonnull (at);
      offset = g_utf8_pointer_to_offset (text, at);
      for (GList *l = attributes; l != NULL; l = l->next)
        {
          PopplerTextAttributes *attr = l->data;

          if (attr->start_index <= offset && offset <= attr->end_index)
            {
              g_assert_cmpfloat_with_epsilon (attr->font_size, expected_size, 0.05);
              seen = TRUE;
            }
        }
      g_assert_true (seen);
    }
  poppler_page_free_text_attributes (attributes);

  /* The same page laid out: each label inside its cell, clear of the
   * rules on both sides. */
  document = phaen_document_new (g_steal_pointer (&ctx), NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < phaen_document_get_n_pages (document) && layout_page == NULL; i++)
    {
      PhaenPage *candidate = phaen_document_get_page (document, i);

      for (guint k = 0; k < candidate->ops->len; k++)
        {
          const PhaenPageOp *op = &g_array_index (candidate->ops, PhaenPageOp, k);

          if (op->kind == PHAEN_PAGE_OP_TEXT && strcmp (pango_layout_get_text (op->layout), "ต.ค.") == 0)
            layout_page = candidate;
        }
    }
  g_assert_nonnull (layout_page);
  for (guint k = 0; k < layout_page->ops->len; k++)
    {
      const PhaenPageOp *op = &g_array_index (layout_page->ops, PhaenPageOp, k);
      PangoRectangle ink, logical;
      double left = -1, right = 1e9, x1, x2;

      if (op->kind != PHAEN_PAGE_OP_TEXT)
        continue;
      for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
        if (strcmp (pango_layout_get_text (op->layout), phaen_fiscal_month_abbrev (m)) == 0)
          break;
        else if (m == PHAEN_FISCAL_MONTHS - 1)
          goto next;

      pango_layout_get_extents (op->layout, &ink, &logical);
      x1 = op->x + MIN (ink.x, logical.x) / (double) PANGO_SCALE;
      x2 = op->x + MAX (ink.x + ink.width, logical.x + logical.width) / (double) PANGO_SCALE;
      /* The rules left and right of it: vertical lines across its row. */
      for (guint j = 0; j < layout_page->ops->len; j++)
        {
          const PhaenPageOp *rule = &g_array_index (layout_page->ops, PhaenPageOp, j);

          if (rule->kind != PHAEN_PAGE_OP_LINE || rule->x != rule->x2 ||
              MIN (rule->y, rule->y2) > op->y || MAX (rule->y, rule->y2) < op->y)
            continue;
          if (rule->x <= x1 + 2)
            left = MAX (left, rule->x);
          if (rule->x >= x2 - 2)
            right = MIN (right, rule->x);
        }
      g_assert_cmpfloat (left, >, 0);
      g_assert_cmpfloat (right, <, 1e9);
      /* Clear of both rules by more than half a rule and a margin. */
      g_assert_cmpfloat (x1 - left, >=, 1.0);
      g_assert_cmpfloat (right - x2, >=, 1.0);
      checked++;
    next:
      ;
    }
  g_assert_cmpuint (checked, ==, PHAEN_FISCAL_MONTHS);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/layout/units-flow", test_units_flow);
  g_test_add_func ("/layout/continued-headings", test_continued_headings);
  g_test_add_func ("/layout/pd02-flow", test_pd02_flow);
  g_test_add_data_func ("/layout/month-labels/default", NULL, test_month_labels);
  g_test_add_data_func ("/layout/month-labels/garuda", "Garuda", test_month_labels);

  return g_test_run ();
}
