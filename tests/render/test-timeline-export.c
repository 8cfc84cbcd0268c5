/* test-timeline-export.c: the timeline as PDF, SVG and PNG, read back
 *
 * The PDF is read with poppler: page count and size, the header and the
 * page number on every page, and every project's row on exactly one page,
 * in order. SVG and PNG are checked by their sizes.
 *
 * Set PHAEN_RENDER_DUMP=DIR to keep the files for a look.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <poppler.h>
#include <glib/gstdio.h>

#include "io/phaen-file.h"
#include "phaen-timeline-export.h"
#include "test-timeline-fixture.h"
#include "pdf-test-util.h"

#define A4_LONG  (297.0 * 72.0 / 25.4)
#define A4_SHORT (210.0 * 72.0 / 25.4)
#define A3_LONG  (420.0 * 72.0 / 25.4)

static void
dump (GBytes     *bytes,
      const char *name)
{
  const char *dir = g_getenv ("PHAEN_RENDER_DUMP");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
}

/* One strategy, one program, one unit: rows are the two group rows and
 * @n projects named "รายการ <i>". */
static PhaenPlan *
numbered_plan (guint n)
{
  PhaenPlan *plan = phaen_plan_new ();
  g_autoptr(PhaenStrategy) strategy = phaen_strategy_new (NULL, "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน");
  g_autoptr(PhaenUnit) unit = phaen_unit_new (NULL, "กองช่าง");
  PhaenProgram *program = phaen_plan_find_program_by_name (plan, "แผนงานเคหะและชุมชน");

  g_object_set (plan, "organisation-name", "เทศบาลตำบลบ้านทดสอบ", "fiscal-year", 2569, NULL);
  phaen_plan_append_strategy (plan, strategy);
  phaen_plan_append_unit (plan, unit);

  for (guint i = 1; i <= n; i++)
    {
      g_autoptr(PhaenProject) project = phaen_project_new ();
      g_autofree char *name = g_strdup_printf ("รายการ %u", i);

      phaen_project_set_name (project, name);
      phaen_project_set_budget (project, (gint64) i * 100000);
      phaen_project_set_strategy (project, strategy);
      phaen_project_set_program (project, program);
      phaen_project_set_unit (project, unit);
      phaen_project_set_schedule (project, 1u << (i % 12));
      phaen_plan_append_project (plan, project);
    }

  return plan;
}

static GBytes *
export (PhaenPlan                        *plan,
        const PhaenTimelineExportOptions *options,
        guint                            *n_pages)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = phaen_timeline_export (plan, options, NULL, n_pages, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);

  return bytes;
}

/* Thai digits of @text as a number; -1 when there are none. */
static int
thai_number (const char *text)
{
  int value = -1;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x0E50 || c > 0x0E59)
        break;
      value = (value < 0 ? 0 : value * 10) + (int) (c - 0x0E50);
    }

  return value;
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* The numbers i of the "รายการ i" on a page. */
static GArray *
items_on_page (const char *text)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (int));
  const char *p = text;

  while ((p = strstr (p, "รายการ ")) != NULL)
    {
      int value;

      p += strlen ("รายการ ");
      value = thai_number (p);
      if (value > 0)
        g_array_append_val (items, value);
    }

  return items;
}

static void
test_pdf_tiled (void)
{
  g_autoptr(PhaenPlan) plan = numbered_plan (120);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  PhaenTimelineExportOptions options;
  guint n_pages = 0;
  int next = 1;

  phaen_timeline_export_options_init (&options);
  bytes = export (plan, &options, &n_pages);
  dump (bytes, "timeline-a4.pdf");
  document = open_pdf (bytes);

  g_assert_cmpuint (n_pages, >, 2);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, (int) n_pages);

  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, (int) i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree char *number = g_strdup_printf ("Page %u of %u", i + 1, n_pages);
      g_autofree char *thai_number_text = phaen_digits (number, TRUE);
      g_autoptr(GArray) items = items_on_page (text);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_cmpfloat_with_epsilon (width, A4_LONG, 0.01);
      g_assert_cmpfloat_with_epsilon (height, A4_SHORT, 0.01);

      /* The header, the load row, the pane's title and the page number on every page. */
      g_test_message ("page %u: %u rows", i + 1, items->len);
      g_assert_nonnull (strstr (text, "พ.ศ. ๒๕๖๘"));
      g_assert_nonnull (strstr (text, "พ.ศ. ๒๕๖๙"));
      g_assert_nonnull (strstr (text, "ต.ค."));
      g_assert_nonnull (strstr (text, "ก.ย."));
      g_assert_nonnull (strstr (text, "Project/activity"));
      g_assert_nonnull (strstr (text, "Projects and budget per month"));
      g_assert_nonnull (strstr (text, "เทศบาลตำบลบ้านทดสอบ"));
      g_assert_nonnull (strstr (text, thai_number_text));

      /* Rows continue from the page before, none lost or repeated
       * (poppler's reading order is not the rows' order: sort them). */
      g_assert_cmpuint (items->len, >, 0);
      g_array_sort (items, compare_ints);
      for (guint k = 0; k < items->len; k++)
        g_assert_cmpint (g_array_index (items, int, k), ==, next++);
    }
  g_assert_cmpint (next, ==, 121);
}

static void
test_pdf_a3 (void)
{
  g_autoptr(PhaenPlan) plan = numbered_plan (120);
  g_autoptr(GBytes) a4 = NULL;
  g_autoptr(GBytes) a3 = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autoptr(PopplerPage) page = NULL;
  PhaenTimelineExportOptions options;
  guint pages_a4 = 0, pages_a3 = 0;
  double width, height;

  phaen_timeline_export_options_init (&options);
  a4 = export (plan, &options, &pages_a4);
  options.paper = PHAEN_TIMELINE_PAPER_A3;
  a3 = export (plan, &options, &pages_a3);
  dump (a3, "timeline-a3.pdf");

  document = open_pdf (a3);
  page = poppler_document_get_page (document, 0);
  poppler_page_get_size (page, &width, &height);
  g_assert_cmpfloat_with_epsilon (width, A3_LONG, 0.01);
  g_assert_cmpfloat_with_epsilon (height, A4_LONG, 0.01);
  /* A3 holds more rows a page. */
  g_assert_cmpuint (pages_a3, <, pages_a4);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, (int) pages_a3);
}

static gboolean
odd_items (PhaenProject *project,
           gpointer      user_data)
{
  const char *name = phaen_project_get_name (project);
  guint64 number = g_ascii_strtoull (name + strlen ("รายการ "), NULL, 10);

  return number % 2 == 1;
}

static void
test_pdf_filter (void)
{
  g_autoptr(PhaenPlan) plan = numbered_plan (40);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  PhaenTimelineExportOptions options;
  guint n_pages = 0;
  int next = 1;

  phaen_timeline_export_options_init (&options);
  options.filter = odd_items;
  bytes = export (plan, &options, &n_pages);
  document = open_pdf (bytes);

  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, (int) i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autoptr(GArray) items = items_on_page (text);

      g_array_sort (items, compare_ints);
      for (guint k = 0; k < items->len; k++, next += 2)
        g_assert_cmpint (g_array_index (items, int, k), ==, next);
    }
  g_assert_cmpint (next, ==, 41);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return *result;
}

/* In a thread, on a snapshot: the plan edited meanwhile does not show;
 * the filter is asked at the call; cancelled, nothing is written. */
static void
test_async (void)
{
  g_autoptr(PhaenPlan) plan = numbered_plan (40);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("phaen-timeline-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "timeline.pdf", NULL);
  g_autofree char *cancelled_path = g_build_filename (dir, "cancelled.pdf", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(GFile) cancelled_out = g_file_new_for_path (cancelled_path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GAsyncResult) cancelled = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  PhaenTimelineExportOptions options;
  char *contents = NULL;
  gsize length = 0;
  guint n_pages = 0;
  int next = 1;

  g_assert_no_error (error);
  phaen_timeline_export_options_init (&options);
  options.filter = odd_items;
  phaen_timeline_export_async (plan, &options, out, NULL, export_done_cb, &result);
  /* Edits after the call do not reach the export. */
  {
    g_autoptr(PhaenProject) first = g_list_model_get_item (phaen_plan_get_projects (plan), 0);

    phaen_plan_edit_set_string (plan, first, "name", "รายการ 999");
  }
  g_assert_true (phaen_timeline_export_finish (wait_for (&result), &n_pages, &warnings, &error));
  g_assert_no_error (error);
  g_assert_nonnull (warnings);
  g_assert_cmpuint (n_pages, >, 0);

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  bytes = g_bytes_new_take (contents, length);
  document = open_pdf (bytes);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, (int) n_pages);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, (int) i);
      g_autofree char *text = poppler_page_get_text (page);
      g_autoptr(GArray) items = items_on_page (text);

      g_array_sort (items, compare_ints);
      for (guint k = 0; k < items->len; k++, next += 2)
        g_assert_cmpint (g_array_index (items, int, k), ==, next);
    }
  g_assert_cmpint (next, ==, 41);

  /* Cancelled: an error, and no file. */
  g_cancellable_cancel (cancellable);
  phaen_timeline_export_async (plan, NULL, cancelled_out, cancellable, export_done_cb, &cancelled);
  g_assert_false (phaen_timeline_export_finish (wait_for (&cancelled), &n_pages, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (n_pages, ==, 0);
  g_assert_false (g_file_test (cancelled_path, G_FILE_TEST_EXISTS));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Width and height attributes of the <svg> element, in points. */
static void
svg_size (GBytes *bytes,
          double *width,
          double *height)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GRegex) regex = g_regex_new ("<svg[^>]* width=\"([0-9.]+)pt\" height=\"([0-9.]+)pt\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *w = NULL;
  g_autofree char *h = NULL;

  g_assert_true (g_regex_match (regex, text, 0, &match));
  w = g_match_info_fetch (match, 1);
  h = g_match_info_fetch (match, 2);
  *width = g_ascii_strtod (w, NULL);
  *height = g_ascii_strtod (h, NULL);
}

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  GInputStream *stream = closure;

  if (!g_input_stream_read_all (stream, data, length, NULL, NULL, NULL))
    return CAIRO_STATUS_READ_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static void
test_svg_png_sizes (void)
{
  g_autoptr(PhaenPlan) plan = numbered_plan (30);
  g_autoptr(PhaenPlan) longer = numbered_plan (40);
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) svg_longer = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(PhaenTimelineLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  PhaenTimelineExportOptions options;
  PhaenTimelineParams params;
  PhaenTimelineMetrics metrics;
  double width, height, width2, height2;
  guint n_pages = 0;

  phaen_timeline_export_options_init (&options);
  options.format = PHAEN_TIMELINE_FORMAT_SVG;
  svg = export (plan, &options, &n_pages);
  g_assert_cmpuint (n_pages, ==, 1);
  dump (svg, "timeline.svg");
  svg_longer = export (longer, &options, &n_pages);
  svg_size (svg, &width, &height);
  svg_size (svg_longer, &width2, &height2);

  /* As wide as A4 landscape; ten more rows of two lines of 14-point text. */
  g_assert_cmpfloat_with_epsilon (width, A4_LONG, 0.01);
  g_assert_cmpfloat_with_epsilon (width2, A4_LONG, 0.01);
  layout = phaen_timeline_layout_new (plan, NULL, NULL, &error);
  g_assert_no_error (error);
  phaen_timeline_params_init (&params);
  params.text_size = 14;
  params.name_lines = 2;
  phaen_timeline_layout_get_metrics (layout, &params, &metrics);
  g_assert_cmpfloat_with_epsilon (height2 - height, 10 * metrics.project_height, 0.01);
  g_assert_cmpfloat (height, >, 30 * metrics.project_height);

  /* PNG: the same picture at two pixels a point. */
  options.format = PHAEN_TIMELINE_FORMAT_PNG;
  png = export (plan, &options, &n_pages);
  dump (png, "timeline.png");
  {
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (png);
    cairo_surface_t *image = cairo_image_surface_create_from_png_stream (read_cb, stream);

    g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (image), ==, (int) ceil (width * 2));
    g_assert_cmpint (cairo_image_surface_get_height (image), ==, (int) ceil (height * 2));
    cairo_surface_destroy (image);
  }
}

static void
test_png_too_long (void)
{
  g_autoptr(PhaenPlan) plan = numbered_plan (1500);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PhaenTimelineExportOptions options;
  guint n_pages = 7;

  phaen_timeline_export_options_init (&options);
  options.format = PHAEN_TIMELINE_FORMAT_PNG;
  bytes = phaen_timeline_export (plan, &options, NULL, &n_pages, &error);
  g_assert_null (bytes);
  g_assert_error (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "1502 rows"));
  g_assert_nonnull (strstr (error->message, "PDF"));
  g_assert_cmpuint (n_pages, ==, 0);
}

static void
test_names (void)
{
  PhaenTimelineFormat format = PHAEN_TIMELINE_FORMAT_PDF;
  PhaenTimelinePaper paper = PHAEN_TIMELINE_PAPER_A4;

  g_assert_true (phaen_timeline_format_from_filename ("plan.SVG", &format));
  g_assert_cmpint (format, ==, PHAEN_TIMELINE_FORMAT_SVG);
  g_assert_true (phaen_timeline_format_from_filename ("/tmp/x/แผน.png", &format));
  g_assert_cmpint (format, ==, PHAEN_TIMELINE_FORMAT_PNG);
  g_assert_true (phaen_timeline_format_from_filename ("a.pdf", &format));
  g_assert_cmpint (format, ==, PHAEN_TIMELINE_FORMAT_PDF);
  g_assert_false (phaen_timeline_format_from_filename ("a.jpg", &format));
  g_assert_false (phaen_timeline_format_from_filename ("pdf", &format));
  g_assert_true (phaen_timeline_paper_from_string ("A3", &paper));
  g_assert_cmpint (paper, ==, PHAEN_TIMELINE_PAPER_A3);
  g_assert_false (phaen_timeline_paper_from_string ("letter", &paper));
}

/* The sample plan with a today line and every grouping. */
static void
test_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_SAMPLES"), "chanthanimit-2569.phaen", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = phaen_file_load (path, &error);
  static const struct { PhaenTimelineGroupBy group_by; const char *title; const char *group; } cases[] = {
    { PHAEN_TIMELINE_GROUP_BY_PROGRAM, "Project timeline by strategy and program", "๑.๑ แผนงาน" },
    { PHAEN_TIMELINE_GROUP_BY_UNIT, "Project timeline by responsible unit", "สำนักปลัดเทศบาล" },
    { PHAEN_TIMELINE_GROUP_BY_SOURCE, "Project timeline by funding source", "เทศบัญญัติงบประมาณรายจ่าย" },
  };
  PhaenTimelineExportOptions options;
  GDate today;

  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 3, 2026);
  phaen_timeline_export_options_init (&options);
  options.today = g_date_get_julian (&today);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(PopplerDocument) document = NULL;
      g_autofree char *name = g_strdup_printf ("sample-timeline-%s.pdf",
                                               phaen_timeline_group_by_to_string (cases[i].group_by));
      guint n_pages = 0;

      options.group_by = cases[i].group_by;
      bytes = export (plan, &options, &n_pages);
      dump (bytes, name);
      document = open_pdf (bytes);
      g_assert_cmpint (poppler_document_get_n_pages (document), ==, (int) n_pages);

      for (guint p = 0; p < n_pages; p++)
        {
          g_autoptr(PopplerPage) page = poppler_document_get_page (document, (int) p);
          g_autofree char *text = poppler_page_get_text (page);

          g_assert_nonnull (strstr (text, cases[i].title));
          g_assert_nonnull (strstr (text, "Today, ๑๕ มีนาคม ๒๕๖๙"));
          if (p == 0)
            g_assert_nonnull (strstr (text, cases[i].group));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/timeline/export/pdf-tiled", test_pdf_tiled);
  g_test_add_func ("/timeline/export/pdf-a3", test_pdf_a3);
  g_test_add_func ("/timeline/export/pdf-filter", test_pdf_filter);
  g_test_add_func ("/timeline/export/async", test_async);
  g_test_add_func ("/timeline/export/svg-png-sizes", test_svg_png_sizes);
  g_test_add_func ("/timeline/export/png-too-long", test_png_too_long);
  g_test_add_func ("/timeline/export/names", test_names);
  g_test_add_func ("/timeline/export/sample", test_sample);

  return g_test_run ();
}
