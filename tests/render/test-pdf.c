/* test-pdf.c: the exported PDF, read back with poppler
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <poppler.h>

#include "model/phaen-money.h"
#include "phaen-pdf.h"
#include "phaen-thai.h"
#include "pdf-test-util.h"

/* poppler-glib 22.12 declares no autoptr cleanups. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerFontInfo, g_object_unref)

static const char * const project_names[] = {
  "โครงการก่อสร้างถนน คสล. ม.5 ยาว 200 ม.",
  "โครงการปรับปรุงปั๊มน้ำประปาหมู่บ้าน",
  "โครงการฟื้นฟูลานฤๅษีดัดตนริมคลอง",
  "โครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน",
};
static const gint64 project_budgets[] = {
  G_GINT64_CONSTANT (125000000),   /* 1,250,000.00 */
  G_GINT64_CONSTANT (35050000),    /*   350,500.00 */
  G_GINT64_CONSTANT (8000000),     /*    80,000.00 */
  G_GINT64_CONSTANT (4500000),     /*    45,000.00 */
};
/* This test program, run again as a child to export in a new process. */
static char *self_path;

static const char *equipment_name = "เครื่องคอมพิวเตอร์สำหรับงานประมวลผล";
static const gint64 equipment_budget = G_GINT64_CONSTANT (3000000);

static PhaenProgram *
standard_program (PhaenPlan  *plan,
                  const char *name)
{
  PhaenProgram *program = phaen_plan_find_program_by_name (plan, name);

  g_assert_nonnull (program);
  return program;
}

/* A small plan made with the build API: two strategies, four projects
 * and optionally one equipment item. */
static PhaenPlan *
build_plan (gboolean with_equipment)
{
  PhaenPlan *plan = phaen_plan_new ();
  g_autoptr(PhaenStrategy) roads = phaen_strategy_new (NULL, "การพัฒนาโครงสร้างพื้นฐาน");
  g_autoptr(PhaenStrategy) people = phaen_strategy_new (NULL, "การพัฒนาคุณภาพชีวิต");
  g_autoptr(PhaenUnit) works = phaen_unit_new (NULL, "กองช่าง");
  g_autoptr(PhaenUnit) office = phaen_unit_new (NULL, "สำนักปลัดเทศบาล");

  g_object_set (plan,
                "organisation-name", "เทศบาลเมืองทดสอบ",
                "district", "เมืองทดสอบ",
                "province", "จันทบุรี",
                "preparing-unit", "งานวิเคราะห์นโยบายและแผน กองวิชาการและแผนงาน",
                "fiscal-year", 2569,
                "announcement-date", "2025-09-30",
                "signer-name", "นายทดสอบ ระบบดี",
                "signer-position", "นายกเทศมนตรีเมืองทดสอบ",
                NULL);
  phaen_plan_fill_default_texts (plan);

  phaen_plan_append_strategy (plan, roads);
  phaen_plan_append_strategy (plan, people);
  phaen_plan_append_unit (plan, works);
  phaen_plan_append_unit (plan, office);

  for (guint i = 0; i < G_N_ELEMENTS (project_names); i++)
    {
      g_autoptr(PhaenProject) project = phaen_project_new ();
      gboolean first_strategy = i < 2;

      phaen_project_set_name (project, project_names[i]);
      phaen_project_set_activities (project, "ดำเนินการตามแบบแปลนที่กำหนด\nตรวจรับงานเมื่อแล้วเสร็จ");
      phaen_project_set_budget (project, project_budgets[i]);
      phaen_project_set_location (project, "หมู่ที่ 3");
      phaen_project_set_strategy (project, first_strategy ? roads : people);
      phaen_project_set_program (project,
                                 standard_program (plan, first_strategy ? "แผนงานอุตสาหกรรมและการโยธา"
                                                                        : "แผนงานการรักษาความสงบภายใน"));
      phaen_project_set_unit (project, first_strategy ? works : office);
      phaen_project_set_schedule (project, 0x7 << i);
      phaen_plan_append_project (plan, project);
    }

  if (with_equipment)
    {
      g_autoptr(PhaenProject) item = phaen_project_new ();

      phaen_project_set_kind (item, PHAEN_PROJECT_KIND_EQUIPMENT);
      phaen_project_set_name (item, equipment_name);
      phaen_project_set_target (item, equipment_name);
      phaen_project_set_budget (item, equipment_budget);
      phaen_project_set_category (item, "ค่าครุภัณฑ์");
      phaen_project_set_equipment_type (item, "ครุภัณฑ์คอมพิวเตอร์");
      phaen_project_set_strategy (item, people);
      phaen_project_set_program (item, standard_program (plan, "แผนงานบริหารงานทั่วไป"));
      phaen_project_set_unit (item, office);
      phaen_project_set_schedule (item, 0x10);
      phaen_plan_append_project (plan, item);
    }

  return plan;
}

static GBytes *
render (PhaenPlan   *plan,
        PhaenDigits  digits,
        guint       *n_pages)
{
  PhaenRenderOptions options = { digits, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  GBytes *bytes;

  bytes = phaen_pdf_render (plan, &options, warnings, n_pages, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 1000);

  return bytes;
}

static char *
all_text (GPtrArray *texts)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < texts->len; i++)
    g_string_append (out, g_ptr_array_index (texts, i));

  return g_string_free (out, FALSE);
}

/* @text squeezed with its digits as the document prints them. */
static char *
expected (const char *text,
          gboolean    thai)
{
  g_autofree char *converted = phaen_digits (text, thai);

  return squeeze (converted);
}

/* TRUE when @needle is in @text in at most @max_pieces contiguous pieces,
 * in order: a table cell that wraps is extracted line by line, with the
 * other cells of the row in between. */
static gboolean
contains_wrapped (const char *text,
                  const char *needle,
                  guint       max_pieces)
{
  const char *from = text;
  const char *rest = needle;
  guint pieces = 0;

  while (*rest != '\0')
    {
      const char *best_at = NULL;
      gsize best_len = 0;

      for (const char *end = g_utf8_next_char (rest); ; end = g_utf8_next_char (end))
        {
          g_autofree char *prefix = g_strndup (rest, end - rest);
          const char *at = strstr (from, prefix);

          if (at == NULL)
            break;
          best_at = at;
          best_len = end - rest;
          if (*end == '\0')
            break;
        }

      if (best_at == NULL)
        return FALSE;
      from = best_at + best_len;
      rest += best_len;
      pieces++;
    }

  return pieces <= max_pieces;
}

static gboolean
page_is_landscape (PopplerDocument *document,
                   int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, index);
  double width, height;

  poppler_page_get_size (page, &width, &height);
  if (width > height)
    {
      g_assert_cmpfloat_with_epsilon (width, 841.89, 0.01);
      g_assert_cmpfloat_with_epsilon (height, 595.28, 0.01);
      return TRUE;
    }

  g_assert_cmpfloat_with_epsilon (width, 595.28, 0.01);
  g_assert_cmpfloat_with_epsilon (height, 841.89, 0.01);
  return FALSE;
}

/* Index of the first page whose text contains @needle (squeezed), from
 * @from on; -1 when none. */
static int
find_page (GPtrArray  *texts,
           const char *needle,
           guint       from)
{
  g_autofree char *squeezed = squeeze (needle);

  for (guint i = from; i < texts->len; i++)
    if (strstr (g_ptr_array_index (texts, i), squeezed) != NULL)
      return i;

  return -1;
}

static guint
count_pages_with (GPtrArray  *texts,
                  const char *needle,
                  guint       from)
{
  g_autofree char *squeezed = squeeze (needle);
  guint n = 0;

  for (guint i = from; i < texts->len; i++)
    if (strstr (g_ptr_array_index (texts, i), squeezed) != NULL)
      n++;

  return n;
}

/* ------------------------------------------------------------------ */

static void
test_pdf_structure (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (TRUE);
  g_autoptr(PhaenPlan) plain = build_plan (FALSE);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) plain_bytes = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(PopplerDocument) plain_document = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autoptr(GPtrArray) plain_texts = NULL;
  guint n_pages = 0, plain_pages = 0;
  int first_form, n;
  guint pd021_pages;

  bytes = render (plan, PHAEN_DIGITS_FROM_PLAN, &n_pages);
  document = open_pdf (bytes);
  texts = page_texts (document);
  n = poppler_document_get_n_pages (document);
  g_assert_cmpint (n, ==, (int) n_pages);

  /* Front matter in order: cover, announcement, foreword, contents, then
   * Part 1. */
  g_assert_cmpint (find_page (texts, "แผนการดำเนินงาน", 0), ==, 0);
  g_assert_cmpint (find_page (texts, "ประกาศเทศบาลเมืองทดสอบ", 0), ==, 1);
  g_assert_cmpint (find_page (texts, "คำนำ", 2), ==, 2);
  g_assert_cmpint (find_page (texts, "สารบัญ", 0), ==, 3);
  g_assert_cmpint (find_page (texts, "ส่วนที่ ๑ บทนำ", 4), ==, 4);

  /* Portrait up to the first form, landscape from there to the end. */
  first_form = -1;
  for (int i = 0; i < n && first_form < 0; i++)
    if (page_is_landscape (document, i))
      first_form = i;
  g_assert_cmpint (first_form, >, 4);
  g_assert_cmpint (find_page (texts, "แบบ ผด.๐๑", first_form), ==, first_form);
  for (int i = 0; i < n; i++)
    g_assert_cmpint (page_is_landscape (document, i), ==, i >= first_form);
  /* The Part 2 divider sits right in front of the forms. */
  g_assert_cmpint (find_page (texts, "ส่วนที่ ๒", first_form - 1), ==, first_form - 1);
  g_assert_cmpint (find_page (texts, "แบบ ผด.๐๒", first_form), >=, first_form);
  pd021_pages = count_pages_with (texts, "แบบ ผด.๐๒/๑", first_form);
  g_assert_cmpuint (pd021_pages, >=, 1);

  /* Without equipment the ผด.02/1 pages are gone and nothing else. */
  plain_bytes = render (plain, PHAEN_DIGITS_FROM_PLAN, &plain_pages);
  plain_document = open_pdf (plain_bytes);
  plain_texts = page_texts (plain_document);
  g_assert_cmpint (poppler_document_get_n_pages (plain_document), ==, (int) plain_pages);
  g_assert_cmpuint (count_pages_with (plain_texts, "ผด.๐๒/๑", 0), ==, 0);
  g_assert_cmpuint (plain_pages + pd021_pages, ==, n_pages);
}

static void
test_pdf_text (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (TRUE);
  g_autoptr(GBytes) bytes = render (plan, PHAEN_DIGITS_FROM_PLAN, NULL);
  g_autoptr(PopplerDocument) document = open_pdf (bytes);
  g_autoptr(GPtrArray) texts = page_texts (document);
  g_autofree char *text = all_text (texts);
  g_autofree char *total_text = NULL;
  g_autofree char *total = NULL;
  g_autofree char *year = expected ("พ.ศ. 2569", TRUE);
  g_autofree char *date = expected ("ประกาศ ณ วันที่ 30 เดือน กันยายน พ.ศ. 2568", TRUE);
  gint64 sum = equipment_budget;

  for (guint i = 0; i < G_N_ELEMENTS (project_names); i++)
    {
      g_autofree char *name = expected (project_names[i], TRUE);

      g_assert_true (contains_wrapped (text, name, 4));
      sum += project_budgets[i];
    }
  {
    g_autofree char *name = expected (equipment_name, TRUE);

    g_assert_true (contains_wrapped (text, name, 4));
  }

  /* The grand total of ผด.01 (equipment counts by default). */
  total_text = phaen_money_format (sum, FALSE, TRUE);
  total = squeeze (total_text);
  g_assert_nonnull (strstr (text, total));

  g_assert_nonnull (strstr (text, year));
  g_assert_nonnull (strstr (text, date));

  /* Thai digits everywhere, and no dotted circle from a broken cluster. */
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_cmpuint (c, !=, 0x25CC);
      g_assert_false (c >= '0' && c <= '9');
    }
}

static void
test_pdf_arabic_digits (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (TRUE);
  g_autoptr(GBytes) bytes = render (plan, PHAEN_DIGITS_ARABIC, NULL);
  g_autoptr(PopplerDocument) document = open_pdf (bytes);
  g_autoptr(GPtrArray) texts = page_texts (document);
  g_autofree char *text = all_text (texts);
  g_autofree char *year = expected ("พ.ศ. 2569", FALSE);
  g_autofree char *form = expected ("แบบ ผด.01", FALSE);
  g_autofree char *first = expected (project_names[0], FALSE);

  g_assert_nonnull (strstr (text, year));
  g_assert_nonnull (strstr (text, form));
  g_assert_true (contains_wrapped (text, first, 4));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_assert_false (c >= 0x0E50 && c <= 0x0E59);
    }
}

static void
test_pdf_fonts (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (TRUE);
  g_autoptr(GBytes) bytes = render (plan, PHAEN_DIGITS_FROM_PLAN, NULL);
  g_autoptr(PopplerDocument) document = open_pdf (bytes);
  g_autoptr(PopplerFontInfo) info = poppler_font_info_new (document);
  PopplerFontsIter *iter = NULL;
  guint n_fonts = 0;

  while (poppler_font_info_scan (info, 20, &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          g_test_message ("font %s embedded %d", poppler_fonts_iter_get_name (iter),
                          poppler_fonts_iter_is_embedded (iter));
          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          g_assert_true (poppler_fonts_iter_is_subset (iter));
          n_fonts++;
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }

  /* Regular and bold at least. */
  g_assert_cmpuint (n_fonts, >=, 2);
}

static void
test_pdf_deterministic (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (TRUE);
  g_autoptr(PhaenPlan) again = build_plan (TRUE);
  g_autoptr(GBytes) first = render (plan, PHAEN_DIGITS_FROM_PLAN, NULL);
  g_autoptr(GBytes) second = render (plan, PHAEN_DIGITS_FROM_PLAN, NULL);
  g_autoptr(GBytes) third = render (again, PHAEN_DIGITS_FROM_PLAN, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *other = NULL;
  gsize other_length = 0;
  int status = -1;
  const char *argv[] = { NULL, "--export-test-plan", NULL, NULL };
  g_auto(GStrv) envp = NULL;

  g_assert_true (g_bytes_equal (first, second));
  g_assert_true (g_bytes_equal (first, third));

  /* Another process (other addresses, other hash seeds) gives the same
   * bytes too. */
  dir = g_dir_make_tmp ("phaen-pdf-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "plan.pdf", NULL);
  argv[0] = self_path;
  argv[2] = path;
  /* Under AddressSanitizer the child would fail on fontconfig's own
   * start-up allocations, which it never frees; the parent is checked. */
  envp = g_environ_setenv (g_get_environ (), "ASAN_OPTIONS", "detect_leaks=0", TRUE);
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  g_file_get_contents (path, &other, &other_length, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (other, other_length, g_bytes_get_data (first, NULL), g_bytes_get_size (first));

  g_unlink (path);
  g_rmdir (dir);
}

/* The characters of @page whose boxes have their centre inside the area,
 * squeezed, in poppler's text order. */
static char *
text_in_area (PopplerPage *page,
              double       x1,
              double       y1,
              double       x2,
              double       y2)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  guint n_rects = 0;
  const char *p = text;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  for (guint i = 0; i < n_rects && *p != '\0'; i++, p = g_utf8_next_char (p))
    {
      double cx = (rects[i].x1 + rects[i].x2) / 2;
      double cy = (rects[i].y1 + rects[i].y2) / 2;

      if (cx >= x1 && cx <= x2 && cy >= y1 && cy <= y2)
        g_string_append_unichar (out, g_utf8_get_char (p));
    }

  return squeeze (out->str);
}

/* TRUE when @label is a page number as printed: digits (Thai or Arabic)
 * or front-matter letters (ก ข … กข), nothing else. */
static gboolean
is_page_label (const char *label)
{
  if (label[0] == '\0')
    return FALSE;

  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isdigit (c) && !(c >= 0x0E01 && c <= 0x0E2E))
        return FALSE;
    }

  return TRUE;
}

/* The page number printed top right on @page ("๑๒"), without dashes.
 * It is found by its shape, not by cutting out a box: a box edge is
 * fragile (the form code "แบบ ผด.๐๑" starts right under the number band
 * and its glyph boxes once slipped into it). Every text line of the page
 * is taken whole, as poppler reads it; the one line whose ink centre is
 * at the top right, at the height of the band under the top margin
 * (2 cm landscape, 2.5 cm portrait, 18 points high), must read "- N -"
 * and nothing else may be there. Its place is checked too: its glyphs
 * start no higher than the band (a point of slack for glyph boxes),
 * centred in it, and it ends at the right margin (1.5 cm landscape, 2 cm
 * portrait). */
static char *
printed_page_number (PopplerDocument *document,
                     int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, index);
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *rects = NULL;
  g_autofree char *number = NULL;
  guint n_rects = 0;
  guint n_found = 0;
  guint offset = 0;
  const char *line = text;
  double width, height, band_top, band_bottom, right;

  poppler_page_get_size (page, &width, &height);
  band_top = width > height ? 56.69 : 70.87;
  band_bottom = band_top + 18.0;
  right = width - (width > height ? 42.52 : 56.69);
  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));

  while (line != NULL && *line != '\0')
    {
      const char *end = strchr (line, '\n');
      gsize length = end != NULL ? (gsize) (end - line) : strlen (line);
      g_autofree char *raw = g_strndup (line, length);
      g_autofree char *squeezed = squeeze (raw);
      guint n_chars = g_utf8_strlen (raw, -1);
      double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;
      gsize n = strlen (squeezed);
      const char *p = raw;

      /* The ink of the line: its characters other than blanks. */
      for (guint i = 0; i < n_chars && offset + i < n_rects; i++, p = g_utf8_next_char (p))
        {
          if (g_unichar_isspace (g_utf8_get_char (p)))
            continue;
          x1 = MIN (x1, rects[offset + i].x1);
          y1 = MIN (y1, rects[offset + i].y1);
          x2 = MAX (x2, rects[offset + i].x2);
          y2 = MAX (y2, rects[offset + i].y2);
        }

      if (n > 0 && (x1 + x2) / 2 > width - 150 && (y1 + y2) / 2 <= band_bottom)
        {
          g_autofree char *label = NULL;

          /* "-N-" once squeezed. */
          g_assert_cmpuint (n, >, 2);
          g_assert_cmpint (squeezed[0], ==, '-');
          g_assert_cmpint (squeezed[n - 1], ==, '-');
          label = g_strndup (squeezed + 1, n - 2);
          g_assert_true (is_page_label (label));

          g_assert_cmpfloat (y1, >=, band_top - 1.0);
          g_assert_cmpfloat ((y1 + y2) / 2, >=, band_top);
          g_assert_cmpfloat (ABS ((y1 + y2) / 2 - (band_top + band_bottom) / 2), <, 3.0);
          g_assert_cmpfloat (ABS (x2 - right), <, 2.0);

          g_free (number);
          number = g_steal_pointer (&label);
          n_found++;
        }

      /* The layout has a box for every character, line breaks too. */
      offset += n_chars + 1;
      line = end != NULL ? end + 1 : NULL;
    }

  g_assert_cmpuint (n_found, ==, 1);

  return g_steal_pointer (&number);
}

/* The number the contents gives on the line of @code must be the number
 * printed on the page where @form_code first appears on a landscape page,
 * and that number must count from the first Part 1 page. */
static void
check_contents_entry (PopplerDocument *document,
                      GPtrArray       *texts,
                      int              contents_index,
                      int              part1_index,
                      const char      *code,
                      const char      *form_code)
{
  g_autoptr(PopplerPage) contents = poppler_document_get_page (document, contents_index);
  g_autofree char *text = poppler_page_get_text (contents);
  g_autofree PopplerRectangle *rects = NULL;
  g_autofree char *squeezed_code = squeeze (form_code);
  g_autofree char *listed = NULL;
  g_autofree char *printed = NULL;
  g_autofree char *arabic = NULL;
  guint n_rects = 0;
  const char *at = strstr (text, code);
  glong index;
  double cy, width, height;
  int form_page = -1;

  g_assert_nonnull (at);
  index = g_utf8_pointer_to_offset (text, at);
  g_assert_true (poppler_page_get_text_layout (contents, &rects, &n_rects));
  g_assert_cmpuint (index, <, n_rects);
  cy = (rects[index].y1 + rects[index].y2) / 2;
  poppler_page_get_size (contents, &width, &height);
  listed = text_in_area (contents, width - 120, cy - 5, width, cy + 5);
  g_assert_cmpuint (strlen (listed), >, 0);

  for (guint i = 0; i < texts->len; i++)
    if (strstr (g_ptr_array_index (texts, i), squeezed_code) != NULL &&
        page_is_landscape (document, i))
      {
        form_page = i;
        break;
      }
  g_assert_cmpint (form_page, >, part1_index);

  printed = printed_page_number (document, form_page);
  g_assert_cmpstr (listed, ==, printed);
  arabic = phaen_arabic_digits (printed);
  g_assert_cmpuint (g_ascii_strtoull (arabic, NULL, 10), ==, (guint) (form_page - part1_index + 1));
}

static void
test_pdf_contents (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (TRUE);
  g_autoptr(GBytes) bytes = render (plan, PHAEN_DIGITS_FROM_PLAN, NULL);
  g_autoptr(PopplerDocument) document = open_pdf (bytes);
  g_autoptr(GPtrArray) texts = page_texts (document);
  int contents = find_page (texts, "สารบัญ", 0);
  int part1 = find_page (texts, "ส่วนที่ ๑ บทนำ", contents + 1);
  g_autofree char *first_body = NULL;
  g_autofree char *foreword = NULL;
  g_autofree char *contents_number = NULL;

  g_assert_cmpint (contents, ==, 3);
  g_assert_cmpint (part1, ==, 4);
  first_body = printed_page_number (document, part1);
  g_assert_cmpstr (first_body, ==, "๑");

  check_contents_entry (document, texts, contents, part1, "ผด.๐๑)", "แบบ ผด.๐๑");
  check_contents_entry (document, texts, contents, part1, "ผด.๐๒)", "แบบ ผด.๐๒");
  check_contents_entry (document, texts, contents, part1, "ผด.๐๒/๑)", "แบบ ผด.๐๒/๑");

  /* The foreword is numbered ก, the contents ข; the cover and the
   * announcement carry no number. */
  foreword = printed_page_number (document, 2);
  contents_number = printed_page_number (document, 3);
  g_assert_cmpstr (foreword, ==, "ก");
  g_assert_cmpstr (contents_number, ==, "ข");
  for (int i = 0; i < 2; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *band = text_in_area (page, 595.28 - 150, 0, 595.28, 90);

      g_assert_cmpstr (band, ==, "");
    }
}

static void
test_pdf_metadata (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (FALSE);
  g_autoptr(GBytes) bytes = render (plan, PHAEN_DIGITS_FROM_PLAN, NULL);
  g_autoptr(PopplerDocument) document = open_pdf (bytes);
  g_autofree char *title = poppler_document_get_title (document);
  g_autofree char *author = poppler_document_get_author (document);
  g_autofree char *creator = poppler_document_get_creator (document);
  g_autoptr(GDateTime) expected_date = g_date_time_new_from_iso8601 ("2025-09-30T00:00:00+07:00", NULL);
  g_autoptr(PhaenPlan) undated = build_plan (FALSE);
  g_autoptr(GBytes) undated_bytes = NULL;
  g_autoptr(PopplerDocument) undated_document = NULL;
  g_autoptr(GDateTime) fiscal_start = g_date_time_new_from_iso8601 ("2025-10-01T00:00:00+07:00", NULL);

  g_assert_cmpstr (title, ==, "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ เทศบาลเมืองทดสอบ");
  g_assert_cmpstr (author, ==, "เทศบาลเมืองทดสอบ");
  g_assert_cmpstr (creator, ==, "Phaen " PACKAGE_VERSION);
  g_assert_cmpint (poppler_document_get_creation_date (document), ==,
                   g_date_time_to_unix (expected_date));
  g_assert_cmpint (poppler_document_get_modification_date (document), ==,
                   g_date_time_to_unix (expected_date));

  /* Without an announcement date: the first day of the fiscal year. */
  g_object_set (undated, "announcement-date", "", NULL);
  undated_bytes = render (undated, PHAEN_DIGITS_FROM_PLAN, NULL);
  undated_document = open_pdf (undated_bytes);
  g_assert_cmpint (poppler_document_get_creation_date (undated_document), ==,
                   g_date_time_to_unix (fiscal_start));
}

static void
test_pdf_outline (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (TRUE);
  g_autoptr(GBytes) bytes = render (plan, PHAEN_DIGITS_FROM_PLAN, NULL);
  g_autoptr(PopplerDocument) document = open_pdf (bytes);
  PopplerIndexIter *iter = poppler_index_iter_new (document);
  gboolean part1 = FALSE, part2 = FALSE;
  guint forms = 0;

  g_assert_nonnull (iter);
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);

      g_assert_cmpint (action->type, ==, POPPLER_ACTION_GOTO_DEST);
      if (g_strcmp0 (action->any.title, "ส่วนที่ ๑ บทนำ") == 0)
        part1 = TRUE;
      if (g_strcmp0 (action->any.title, "ส่วนที่ ๒ แผนการดำเนินงาน") == 0)
        {
          PopplerIndexIter *child = poppler_index_iter_get_child (iter);

          part2 = TRUE;
          g_assert_nonnull (child);
          do
            forms++;
          while (poppler_index_iter_next (child));
          poppler_index_iter_free (child);
        }
      poppler_action_free (action);
    }
  while (poppler_index_iter_next (iter));
  poppler_index_iter_free (iter);

  g_assert_true (part1);
  g_assert_true (part2);
  g_assert_cmpuint (forms, ==, 3);
}

static void
test_pdf_amended_cover (void)
{
  g_autoptr(PhaenPlan) plan = build_plan (FALSE);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  g_autofree char *edition = squeeze ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ (เพิ่มเติม ครั้งที่ ๒)");
  g_autofree char *title = NULL;

  g_object_set (plan, "edition-kind", PHAEN_EDITION_ADDITION, "edition-number", 2, NULL);
  bytes = render (plan, PHAEN_DIGITS_FROM_PLAN, NULL);
  document = open_pdf (bytes);
  texts = page_texts (document);
  g_assert_nonnull (strstr (g_ptr_array_index (texts, 0), edition));
  g_assert_nonnull (strstr (g_ptr_array_index (texts, 1), edition));
  title = poppler_document_get_title (document);
  g_assert_nonnull (strstr (title, "(เพิ่มเติม ครั้งที่ ๒)"));
}

/* Child mode for the cross-process check: writes the test plan's PDF. */
static int
export_test_plan (const char *path)
{
  g_autoptr(PhaenPlan) plan = build_plan (TRUE);
  g_autoptr(GBytes) bytes = render (plan, PHAEN_DIGITS_FROM_PLAN, NULL);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                            g_bytes_get_size (bytes), &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (argc == 3 && g_str_equal (argv[1], "--export-test-plan"))
    return export_test_plan (argv[2]);

  self_path = g_canonicalize_filename (argv[0], NULL);
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/pdf/structure", test_pdf_structure);
  g_test_add_func ("/pdf/text", test_pdf_text);
  g_test_add_func ("/pdf/arabic-digits", test_pdf_arabic_digits);
  g_test_add_func ("/pdf/fonts", test_pdf_fonts);
  g_test_add_func ("/pdf/deterministic", test_pdf_deterministic);
  g_test_add_func ("/pdf/contents", test_pdf_contents);
  g_test_add_func ("/pdf/metadata", test_pdf_metadata);
  g_test_add_func ("/pdf/outline", test_pdf_outline);
  g_test_add_func ("/pdf/amended-cover", test_pdf_amended_cover);

  status = g_test_run ();
  g_free (self_path);

  return status;
}
