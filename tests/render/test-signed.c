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
#include "model/phaen-emblem.h"
#include "model/phaen-words.h"
#include "phaen-emblem-image.h"
#include "phaen-pdf.h"
#include "phaen-fixtures.h"

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

/* Occurrences of @word in @text (squeezed). */
static guint
count_in (const char *text,
          const char *word)
{
  guint n = 0;

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + strlen (word), word))
    n++;

  return n;
}

/* Whether every occurrence of @word on page @index lies on one line. */
static gboolean
never_split (PopplerDocument *doc,
             int              index,
             const char      *word)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, index);
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree char *all = squeeze (text);
  g_autofree char *needle = squeeze (word);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint on_lines = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = squeeze (lines[i]);

      on_lines += count_in (line, needle);
    }
  if (on_lines != count_in (all, needle))
    g_test_message ("split: %s", word);

  return on_lines == count_in (all, needle);
}

/* The words of the legal basis stay whole wherever the organisation's
 * name (of any length) moves them to a line's end. */
static void
test_announcement_words (void)
{
  static const char * const organisations[] = {
    "เทศบาลเมืองจันทนิมิต", "เทศบาลตำบลบ้านใหม่", "องค์การบริหารส่วนตำบลหนองบัว",
    "เทศบาลตำบลห้วยกระเจียวงาม", "อบต.นา", "องค์การบริหารส่วนจังหวัดจันทบุรี",
  };
  static const char * const words[] = {
    "จัดทำ", "กระทรวงมหาดไทย", "คณะกรรมการพัฒนา", "แก้ไขเพิ่มเติม", "ประกาศใช้",
    "(ฉบับที่ ๒)", "(ฉบับที่ ๓)", "พ.ศ. ๒๕๔๘", "พ.ศ. ๒๕๕๙", "พ.ศ. ๒๕๖๑", "ข้อ ๒๖", "ข้อ ๒๗",
    "๑๕ กันยายน ๒๕๖๘", "๒๐ ตุลาคม ๒๕๖๘",
  };
  guint checked = 0;

  for (guint i = 0; i < G_N_ELEMENTS (organisations); i++)
    {
      g_autoptr(PhaenPlan) plan = small_plan ();
      g_autoptr(PopplerDocument) doc = NULL;
      g_autofree char *text = NULL;

      g_object_set (plan, "organisation-name", organisations[i],
                    "organisation-kind", phaen_organisation_kind_guess (organisations[i]), NULL);
      doc = render (plan, NULL);
      text = page_text_joined (doc, ANNOUNCEMENT_PAGE);
      for (guint w = 0; w < G_N_ELEMENTS (words); w++)
        {
          g_autofree char *needle = squeeze (words[w]);

          checked += count_in (text, needle);
          g_assert_true (never_split (doc, ANNOUNCEMENT_PAGE, words[w]));
        }
    }
  g_assert_cmpuint (checked, >, 6 * 10);
}

/* ---- the emblems ---------------------------------------------------------- */

#define POINTS_PER_MM (72.0 / 25.4)
#define CONTENT_LEFT_MM  30.0   /* portrait: left margin 3 cm */
#define CONTENT_WIDTH_MM 160.0  /* and right 2 cm */

static GBytes *
render_bytes (PhaenPlan *plan,
              GPtrArray *warnings)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = phaen_pdf_render (plan, NULL, warnings, NULL, &error);

  g_assert_no_error (error);
  return bytes;
}

/* The images poppler finds on page @index, their areas in millimetres
 * from the page's top-left corner (GArray of PopplerRectangle). */
static GArray *
images_on_page (PopplerDocument *doc,
                int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, index);
  GList *mapping = poppler_page_get_image_mapping (page);
  GArray *areas = g_array_new (FALSE, FALSE, sizeof (PopplerRectangle));

  for (GList *l = mapping; l != NULL; l = l->next)
    {
      PopplerImageMapping *image = l->data;
      PopplerRectangle mm = {
        image->area.x1 / POINTS_PER_MM, image->area.y1 / POINTS_PER_MM,
        image->area.x2 / POINTS_PER_MM, image->area.y2 / POINTS_PER_MM,
      };

      g_array_append_val (areas, mm);
    }
  poppler_page_free_image_mapping (mapping);

  return areas;
}

/* One image on the page, at @left, @top, @width × @height mm, ±1 mm. */
static void
assert_one_image_at (PopplerDocument *doc,
                     int              index,
                     double           left,
                     double           top,
                     double           width,
                     double           height)
{
  g_autoptr(GArray) areas = images_on_page (doc, index);
  PopplerRectangle *area;

  g_assert_cmpuint (areas->len, ==, 1);
  area = &g_array_index (areas, PopplerRectangle, 0);
  g_test_message ("image on page %d: %.1f, %.1f to %.1f, %.1f mm", index, area->x1, area->y1, area->x2, area->y2);
  g_assert_cmpfloat_with_epsilon (area->x1, left, 1.0);
  g_assert_cmpfloat_with_epsilon (area->y1, top, 1.0);
  g_assert_cmpfloat_with_epsilon (area->x2 - area->x1, width, 1.0);
  g_assert_cmpfloat_with_epsilon (area->y2 - area->y1, height, 1.0);
}

/* The top of the announcement's heading, in mm from the page's top. */
static double
heading_top (PopplerDocument *doc)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, ANNOUNCEMENT_PAGE);
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  double top = G_MAXDOUBLE;

  /* The first line of the page is the heading. */
  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  g_assert_cmpuint (n_rects, >, 0);
  for (guint i = 0; i < n_rects; i++)
    top = MIN (top, rects[i].y1);
  g_free (rects);

  return top / POINTS_PER_MM;
}

static gboolean
bytes_contain (GBytes *haystack,
               GBytes *needle)
{
  gsize n, m;
  const guint8 *h = g_bytes_get_data (haystack, &n);
  const guint8 *k = g_bytes_get_data (needle, &m);

  for (gsize i = 0; m > 0 && i + m <= n; i++)
    if (h[i] == k[0] && memcmp (h + i, k, m) == 0)
      return TRUE;

  return FALSE;
}

/* The Garuda of each format: 3 cm tall, centred over the text column,
 * 1.5 cm from the sheet's top edge, above the heading. */
static void
test_garuda_raster (gconstpointer data)
{
  const char *name = data;
  g_autoptr(PhaenPlan) plan = small_plan ();
  g_autoptr(GBytes) image = phaen_fixture_data_bytes ("emblems", name);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  double width = PHAEN_EMBLEM_GARUDA_HEIGHT_MM * 200.0 / 240.0;

  g_assert_true (phaen_plan_edit_set_emblem (plan, PHAEN_EMBLEM_GARUDA, image, &error));
  pdf = render_bytes (plan, NULL);
  doc = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);

  assert_one_image_at (doc, ANNOUNCEMENT_PAGE,
                       CONTENT_LEFT_MM + (CONTENT_WIDTH_MM - width) / 2, PHAEN_EMBLEM_GARUDA_TOP_MM,
                       width, PHAEN_EMBLEM_GARUDA_HEIGHT_MM);
  /* Nothing on the cover without a seal. */
  {
    g_autoptr(GArray) cover = images_on_page (doc, COVER_PAGE);

    g_assert_cmpuint (cover->len, ==, 0);
  }
  /* The heading below it. */
  g_assert_cmpfloat (heading_top (doc), >, PHAEN_EMBLEM_GARUDA_TOP_MM + PHAEN_EMBLEM_GARUDA_HEIGHT_MM);

  /* A JPEG goes into the PDF as it is: the file's bytes, DCT-coded. */
  if (phaen_image_format_sniff (image) == PHAEN_IMAGE_FORMAT_JPEG)
    {
      g_autoptr(GBytes) marker = g_bytes_new_static ("/DCTDecode", 10);

      g_assert_true (bytes_contain (pdf, image));
      g_assert_true (bytes_contain (pdf, marker));
    }
}

/* Dark pixels of page @index at 72 dpi inside @left, @top, @width ×
 * @height mm. */
static guint
ink_in (PopplerDocument *doc,
        int              index,
        double           left,
        double           top,
        double           width,
        double           height)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (doc, index);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 596, 842);
  cairo_t *cr = cairo_create (surface);
  guint n = 0;
  int stride;
  const guint8 *pixels;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);

  for (int y = (int) (top * POINTS_PER_MM); y < (int) ((top + height) * POINTS_PER_MM); y++)
    for (int x = (int) (left * POINTS_PER_MM); x < (int) ((left + width) * POINTS_PER_MM); x++)
      {
        guint32 pixel = *(const guint32 *) (gconstpointer) (pixels + y * stride + x * 4);

        if ((pixel & 0xFFFFFF) != 0xFFFFFF)
          n++;
      }
  cairo_surface_destroy (surface);

  return n;
}

/* The SVG is drawn as vectors (no image in the PDF), in the same place. */
static void
test_garuda_svg (void)
{
  g_autoptr(PhaenPlan) plan = small_plan ();
  g_autoptr(GBytes) svg = phaen_fixture_data_bytes ("emblems", "emblem.svg");
  g_autoptr(PopplerDocument) without = render (plan, NULL);
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GArray) areas = NULL;
  g_autoptr(GError) error = NULL;
  double width = PHAEN_EMBLEM_GARUDA_HEIGHT_MM * 200.0 / 240.0;
  double left = CONTENT_LEFT_MM + (CONTENT_WIDTH_MM - width) / 2;

  g_assert_true (phaen_plan_edit_set_emblem (plan, PHAEN_EMBLEM_GARUDA, svg, &error));
  doc = render (plan, NULL);
  areas = images_on_page (doc, ANNOUNCEMENT_PAGE);
  g_assert_cmpuint (areas->len, ==, 0);

  /* Ink in its box, none around it; none there without the emblem. */
  g_assert_cmpuint (ink_in (doc, ANNOUNCEMENT_PAGE, left, PHAEN_EMBLEM_GARUDA_TOP_MM,
                            width, PHAEN_EMBLEM_GARUDA_HEIGHT_MM), >, 500);
  g_assert_cmpuint (ink_in (doc, ANNOUNCEMENT_PAGE, 0, 0, 210, PHAEN_EMBLEM_GARUDA_TOP_MM - 1), ==, 0);
  g_assert_cmpuint (ink_in (doc, ANNOUNCEMENT_PAGE, left + width + 1, PHAEN_EMBLEM_GARUDA_TOP_MM, 30, 30), ==, 0);
  /* (the heading starts at 4 cm without it) */
  g_assert_cmpuint (ink_in (without, ANNOUNCEMENT_PAGE, left, PHAEN_EMBLEM_GARUDA_TOP_MM,
                            width, 38.0 - PHAEN_EMBLEM_GARUDA_TOP_MM), ==, 0);
}

/* Without an emblem: no image anywhere, and the heading where it always
 * was (2.5 cm margin + 1.5 cm). */
static void
test_no_emblem (void)
{
  g_autoptr(PhaenPlan) plan = small_plan ();
  g_autoptr(PopplerDocument) doc = render (plan, NULL);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(GArray) areas = images_on_page (doc, i);

      g_assert_cmpuint (areas->len, ==, 0);
    }
  g_assert_cmpfloat_with_epsilon (heading_top (doc), 40.0, 1.5);
}

/* The seal on the cover, above the title. */
static void
test_seal (void)
{
  g_autoptr(PhaenPlan) plan = small_plan ();
  g_autoptr(GBytes) png = phaen_fixture_data_bytes ("emblems", "emblem.png");
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  double width = PHAEN_EMBLEM_SEAL_HEIGHT_MM * 200.0 / 240.0;
  /* The title's top: a fifth or so down the text area (2.5 cm to 2 cm). */
  double title = 25.0 + (297.0 - 25.0 - 20.0) * 0.22;

  g_assert_true (phaen_plan_edit_set_emblem (plan, PHAEN_EMBLEM_SEAL, png, &error));
  doc = render (plan, NULL);
  assert_one_image_at (doc, COVER_PAGE,
                       CONTENT_LEFT_MM + (CONTENT_WIDTH_MM - width) / 2,
                       title - PHAEN_EMBLEM_SEAL_GAP_MM - PHAEN_EMBLEM_SEAL_HEIGHT_MM,
                       width, PHAEN_EMBLEM_SEAL_HEIGHT_MM);
  {
    g_autoptr(GArray) announcement = images_on_page (doc, ANNOUNCEMENT_PAGE);

    g_assert_cmpuint (announcement->len, ==, 0);
  }
}

/* A file that is not an image is refused with its name; an emblem that
 * passed the model's look but does not decode prints nothing, with a
 * warning. */
static void
test_emblem_refused (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_TEST_DATA"), "emblems", "not-an-image.png", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = phaen_emblem_load_file (file, NULL, &error);
  g_autoptr(PhaenPlan) plan = small_plan ();
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GArray) areas = NULL;
  static const guint8 broken[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
    0, 0, 0, 100, 0, 0, 0, 100, 8, 6, 0, 0, 0, 0xDE, 0xAD, 0xBE, 0xEF, 'x', 'y', 'z',
  };
  g_autoptr(GBytes) damaged = g_bytes_new_static (broken, sizeof broken);

  g_assert_null (bytes);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_suffix (error->message, "not-an-image.png: not an image Phaen can print: choose a PNG, JPEG or SVG file"));
  g_clear_error (&error);

  /* Decoding has the last word. */
  {
    g_autoptr(PhaenEmblemImage) image = phaen_emblem_image_new (damaged, "broken.png", &error);

    g_assert_null (image);
    g_assert_error (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_IMAGE);
    g_test_message ("%s", error->message);
    g_assert_true (g_str_has_prefix (error->message, "broken.png: the PNG image cannot be read"));
    g_clear_error (&error);
  }

  g_object_set (plan, "garuda-emblem", damaged, NULL);
  pdf = render_bytes (plan, warnings);
  doc = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);
  areas = images_on_page (doc, ANNOUNCEMENT_PAGE);
  g_assert_cmpuint (areas->len, ==, 0);
  {
    gboolean warned = FALSE;

    for (guint i = 0; i < warnings->len; i++)
      warned |= strstr (g_ptr_array_index (warnings, i), "Garuda emblem cannot be printed") != NULL;
    g_assert_true (warned);
  }
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
  g_test_add_func ("/signed/announcement/words", test_announcement_words);
  g_test_add_data_func ("/signed/emblem/garuda-png", "emblem.png", test_garuda_raster);
  g_test_add_data_func ("/signed/emblem/garuda-jpeg", "emblem.jpg", test_garuda_raster);
  g_test_add_func ("/signed/emblem/garuda-svg", test_garuda_svg);
  g_test_add_func ("/signed/emblem/none", test_no_emblem);
  g_test_add_func ("/signed/emblem/seal", test_seal);
  g_test_add_func ("/signed/emblem/refused", test_emblem_refused);
  g_test_add_func ("/signed/word-list", test_word_list);
  g_test_add_func ("/signed/flow-setting", test_flow_setting);

  return g_test_run ();
}
