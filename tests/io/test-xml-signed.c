/* test-xml-signed.c: what format 1.1 adds for the signed page: the
 * announcement's legal basis (and, further down, emblems, the word list
 * and the ผด.02 flow), files of 1.0 still read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "model/phaen-announcement.h"
#include "model/phaen-emblem.h"
#include "model/phaen-limits.h"

#include "phaen-io-error.h"
#include "phaen-xml.h"
#include "phaen-fixtures.h"
#include "xml-test-util.h"

static char *temp_dir;

/* The bytes as a string (they are not NUL-terminated). */
static char *
text_of (GBytes *bytes)
{
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static PhaenPlan *
read_text (const char  *text,
           GError     **error)
{
  return phaen_xml_read_from_data (text, strlen (text), "t.phaen", error);
}

/* TRUE when xmllint validates @bytes against the schema (or is absent). */
static gboolean
schema_accepts_bytes (GBytes     *bytes,
                      const char *name)
{
  const char *xmllint = g_getenv ("PHAEN_XMLLINT");
  g_autofree char *path = g_build_filename (temp_dir, name, NULL);
  g_autoptr(GError) error = NULL;
  gboolean accepted;

  if (xmllint == NULL)
    return TRUE;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  accepted = schema_accepts (path);
  g_remove (path);
  return accepted;
}

/* A plan of format 1.1 written from scratch: header, then @announcement
 * (the <announcement> element), then the rest empty. */
static char *
plan_text (const char *version,
           const char *announcement)
{
  return g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<plan xmlns=\"urn:phaen:plan:1\" version=\"%s\">\n"
                          "  <organisation kind=\"town-municipality\"><name>เทศบาลเมืองบ้านทุ่ง</name></organisation>\n"
                          "  <fiscal-year>2569</fiscal-year>\n"
                          "  <edition kind=\"original\"/>\n"
                          "  %s\n"
                          "  <texts/>\n"
                          "  <settings thai-digits=\"true\" bahttext=\"royal-institute\" grouping=\"programs\" equipment-in-summary=\"true\"/>\n"
                          "  <units/><programs/><strategies/><approaches/><projects/>\n"
                          "</plan>\n",
                          version, announcement);
}

/* ---- the legal basis ------------------------------------------------------ */

/* The golden file of 1.1: read, written back byte for byte, valid. */
static void
test_golden (void)
{
  g_autoptr(GBytes) original = load_bytes ("signed-1.1.phaen");
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = read_bytes (original, "signed-1.1.phaen", &error);
  g_autoptr(GBytes) written = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (phaen_plan_get_text (plan, "regulation-amendments"), ==, "2/2559, 3/2561, 4/2563");
  g_assert_cmpstr (phaen_plan_get_text (plan, "regulation-clauses"), ==, "26 (2), 27");
  g_assert_cmpstr (phaen_plan_get_text (plan, "budget-ordinance"), ==,
                   "เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569");
  g_assert_cmpstr (phaen_plan_get_text (plan, "budget-ordinance-date"), ==, "2025-09-15");
  g_assert_cmpstr (phaen_plan_get_text (plan, "considering-body"), ==, "");
  g_assert_cmpstr (phaen_plan_get_text (plan, "considered-date"), ==, "2025-10-20");
  g_assert_cmpstr (phaen_plan_get_text (plan, "announcement-text-1"), ==, "");
  g_assert_cmpstr (phaen_plan_get_text (plan, "word-list"), ==, "บ้านทุ่ง\nวัดหนองโพธิ์");
  g_assert_cmpint (phaen_plan_get_pd02_flow (plan), ==, PHAEN_GROUP_FLOW_CONTINUOUS);
  {
    g_autoptr(GBytes) svg = phaen_fixture_data_bytes ("emblems", "emblem.svg");

    g_assert_true (g_bytes_equal (phaen_plan_get_emblem (plan, PHAEN_EMBLEM_GARUDA), svg));
    g_assert_null (phaen_plan_get_emblem (plan, PHAEN_EMBLEM_SEAL));
  }

  written = phaen_xml_write_to_bytes (plan);
  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                   g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  g_assert_true (schema_accepts_bytes (original, "signed-1.1.phaen"));
}

/* Every fact comes back; defaults are not written. */
static void
test_facts_roundtrip (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PhaenPlan) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;
  g_autofree char *data = NULL;

  g_object_set (plan, "organisation-name", "เทศบาลตำบลบ้านใหม่", NULL);

  /* Defaults: nothing of the legal basis in the file. */
  bytes = phaen_xml_write_to_bytes (plan);
  data = text_of (bytes);
  g_assert_null (strstr (data, "legal-basis"));
  g_assert_null (strstr (data, "budget-ordinance"));
  g_assert_null (strstr (data, "considered-by"));
  g_assert_nonnull (strstr (data, "version=\"1.1\""));
  g_clear_pointer (&bytes, g_bytes_unref);
  g_clear_pointer (&data, g_free);

  /* Everything set, the lists empty: "" is not the default. */
  g_object_set (plan,
                "regulation-amendments", "",
                "regulation-clauses", "26",
                "budget-ordinance", "ข้อบัญญัติ <พิเศษ> & อื่น ๆ",
                "budget-ordinance-date", "2025-09-30",
                "considering-body", "คณะกรรมการพัฒนาตำบล",
                "considered-date", "",
                NULL);
  bytes = phaen_xml_write_to_bytes (plan);
  data = text_of (bytes);
  g_test_message ("%s", data);
  g_assert_nonnull (strstr (data, "    <legal-basis amendments=\"\" clauses=\"26\"/>\n"));
  g_assert_nonnull (strstr (data, "    <budget-ordinance date=\"2025-09-30\">ข้อบัญญัติ &lt;พิเศษ&gt; &amp; อื่น ๆ</budget-ordinance>\n"));
  g_assert_nonnull (strstr (data, "    <considered-by>คณะกรรมการพัฒนาตำบล</considered-by>\n"));

  back = read_bytes (bytes, "facts", &error);
  g_assert_no_error (error);
  if (!phaen_plan_equal (plan, back, &why))
    g_test_message ("%s", why);
  g_assert_true (phaen_plan_equal (plan, back, NULL));
  g_assert_true (schema_accepts_bytes (bytes, "facts.phaen"));
}

static void
test_facts_refused (void)
{
  static const struct {
    const char *announcement;
    const char *message;
  } cases[] = {
    { "<announcement><legal-basis amendments=\"x\" clauses=\"26\"/></announcement>",
      "t.phaen:6: the element <legal-basis>: “x” is not an amendment of the regulation" },
    { "<announcement><legal-basis amendments=\"\"/></announcement>",
      "t.phaen:6: <legal-basis> lacks the required attribute “clauses”" },
    { "<announcement><legal-basis amendments=\"\" clauses=\"ข้อ\"/></announcement>",
      "t.phaen:6: the element <legal-basis>: “ข้อ” is not a clause" },
    { "<announcement><considered-by date=\"2025-02-30\"/></announcement>",
      "t.phaen:6: “2025-02-30” is not a valid date" },
    { "<announcement><budget-ordinance when=\"2025-01-01\"/></announcement>",
      "t.phaen:6: unknown attribute “when” on <budget-ordinance>" },
    { "<announcement><first-paragraph/><considered-by/></announcement>",
      "t.phaen:6: <considered-by> is out of order inside <announcement>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = plan_text ("1.1", cases[i].announcement);
      g_autoptr(GError) error = NULL;
      g_autoptr(PhaenPlan) plan = read_text (text, &error);

      g_assert_null (plan);
      g_assert_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
    }
}

/* ---- the word list and the flow ------------------------------------------- */

/* A plan of 1.1 with @settings_extra in <settings> and @after_settings
 * after it. */
static char *
settings_text (const char *settings_extra,
               const char *after_settings)
{
  return g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<plan xmlns=\"urn:phaen:plan:1\" version=\"1.1\">\n"
                          "  <organisation kind=\"other\"/>\n"
                          "  <fiscal-year>2569</fiscal-year>\n"
                          "  <edition kind=\"original\"/>\n"
                          "  <announcement/>\n"
                          "  <texts/>\n"
                          "  <settings thai-digits=\"true\" bahttext=\"royal-institute\" grouping=\"programs\" equipment-in-summary=\"true\"%s/>\n"
                          "%s"
                          "  <units/><programs/><strategies/><approaches/><projects/>\n"
                          "</plan>\n",
                          settings_extra, after_settings);
}

static void
test_words_and_flow (void)
{
  static const struct {
    const char *settings;
    const char *after;
    const char *message;   /* NULL: read */
  } cases[] = {
    { "", "  <words>\n    <word>  หนอง\u00A0บัว </word>\n  </words>\n", NULL },
    { " pd02-flow=\"page-per-group\"", "", NULL },
    { " pd02-flow=\"sideways\"", "", "t.phaen:8: “sideways” is not a valid value for the attribute “pd02-flow” of <settings>" },
    { "", "  <words>\n    <word>หนองบัว</word>\n    <word>หนองบัว</word>\n  </words>\n",
      "t.phaen:11: the word “หนองบัว” is listed twice" },
    { "", "  <words>\n    <word>ก</word>\n  </words>\n", "t.phaen:10: “ก” is a single character" },
    { "", "  <words>\n    <name>หนองบัว</name>\n  </words>\n", "t.phaen:10: unknown element <name> inside <words>" },
    { "", "  <words/>\n", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = settings_text (cases[i].settings, cases[i].after);
      g_autoptr(GError) error = NULL;
      g_autoptr(PhaenPlan) plan = read_text (text, &error);

      if (cases[i].message == NULL)
        {
          g_assert_no_error (error);
          continue;
        }
      g_assert_null (plan);
      g_assert_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
    }

  /* Read normalised, written back as kept. */
  {
    g_autofree char *text = settings_text ("", "  <words>\n    <word>  หนอง\u00A0บัว </word>\n  </words>\n");
    g_autoptr(PhaenPlan) plan = read_text (text, NULL);
    g_autoptr(GBytes) bytes = NULL;
    g_autofree char *written = NULL;

    g_assert_cmpstr (phaen_plan_get_text (plan, "word-list"), ==, "หนอง บัว");
    bytes = phaen_xml_write_to_bytes (plan);
    written = text_of (bytes);
    g_assert_nonnull (strstr (written, "  <words>\n    <word>หนอง บัว</word>\n  </words>\n"));
    g_assert_null (strstr (written, "pd02-flow"));
  }
}

/* ---- the emblems ---------------------------------------------------------- */

/* Every kind of image comes back byte for byte, in the file as base64
 * lines after the projects. */
static void
test_emblems_roundtrip (void)
{
  static const char * const files[] = { "emblem.png", "emblem.jpg", "emblem.svg" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(PhaenPlan) plan = phaen_plan_new ();
      g_autoptr(GBytes) image = phaen_fixture_data_bytes ("emblems", files[i]);
      g_autoptr(GBytes) seal = phaen_fixture_data_bytes ("emblems", "emblem.png");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(PhaenPlan) back = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *data = NULL;

      g_assert_true (phaen_plan_edit_set_emblem (plan, PHAEN_EMBLEM_GARUDA, image, &error));
      g_assert_true (phaen_plan_edit_set_emblem (plan, PHAEN_EMBLEM_SEAL, seal, &error));
      bytes = phaen_xml_write_to_bytes (plan);
      data = text_of (bytes);
      g_assert_nonnull (strstr (data, "  <projects/>\n  <emblems>\n    <garuda media-type=\""));
      g_assert_nonnull (strstr (data, "\n</garuda>\n    <seal media-type=\"image/png\">\n"));
      g_assert_true (g_str_has_suffix (data, "</seal>\n  </emblems>\n</plan>\n"));

      back = read_bytes (bytes, files[i], &error);
      g_assert_no_error (error);
      g_assert_true (g_bytes_equal (phaen_plan_get_emblem (back, PHAEN_EMBLEM_GARUDA), image));
      g_assert_true (g_bytes_equal (phaen_plan_get_emblem (back, PHAEN_EMBLEM_SEAL), seal));
      g_assert_true (phaen_plan_equal (plan, back, NULL));
      g_assert_true (schema_accepts_bytes (bytes, "emblems.phaen"));
    }
}

/* A plan of 1.1 whose only addition is @emblems after the projects. */
static char *
emblems_text (const char *emblems)
{
  return g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<plan xmlns=\"urn:phaen:plan:1\" version=\"1.1\">\n"
                          "  <organisation kind=\"other\"/>\n"
                          "  <fiscal-year>2569</fiscal-year>\n"
                          "  <edition kind=\"original\"/>\n"
                          "  <announcement/>\n"
                          "  <texts/>\n"
                          "  <settings thai-digits=\"true\" bahttext=\"royal-institute\" grouping=\"programs\" equipment-in-summary=\"true\"/>\n"
                          "  <units/><programs/><strategies/><approaches/><projects/>\n"
                          "%s"
                          "</plan>\n",
                          emblems);
}

static void
test_emblems_refused (void)
{
  g_autoptr(GBytes) png = phaen_fixture_data_bytes ("emblems", "emblem.png");
  g_autofree char *png64 = g_base64_encode (g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  g_autofree char *text64 = g_base64_encode ((const guchar *) "only words, no picture", 22);
  g_autofree char *mismatch = g_strdup_printf ("  <emblems>\n    <garuda media-type=\"image/jpeg\">%s</garuda>\n  </emblems>\n", png64);
  g_autofree char *no_image = g_strdup_printf ("  <emblems>\n    <seal media-type=\"image/png\">%s</seal>\n  </emblems>\n", text64);
  g_autofree char *order = g_strdup_printf ("  <emblems>\n    <seal media-type=\"image/png\">%s</seal>\n"
                                            "    <garuda media-type=\"image/png\">%s</garuda>\n  </emblems>\n",
                                            png64, png64);
  const struct {
    const char *emblems;
    const char *message;
  } cases[] = {
    { mismatch, "t.phaen:11: <garuda> says image/jpeg but holds an image of type image/png" },
    { no_image, "t.phaen:11: the element <seal>: not an image Phaen can print" },
    { order, "t.phaen:12: <garuda> is out of order inside <emblems>" },
    { "  <emblems>\n    <garuda media-type=\"image/gif\">R0lGODlh</garuda>\n  </emblems>\n",
      "t.phaen:11: <garuda>: “image/gif” is not an image type Phaen prints" },
    { "  <emblems>\n    <garuda media-type=\"image/png\">iVBO Rw0K*GgoA</garuda>\n  </emblems>\n",
      "t.phaen:11: <garuda> does not hold an image in base64 (the character “*” is not base64)" },
    { "  <emblems>\n    <garuda media-type=\"image/png\">iVBORw0</garuda>\n  </emblems>\n",
      "t.phaen:11: <garuda> does not hold an image in base64 (its length is wrong)" },
    { "  <emblems>\n    <garuda>iVBORw0K</garuda>\n  </emblems>\n",
      "t.phaen:11: <garuda> lacks the required attribute “media-type”" },
    { "  <emblems>\n    <logo media-type=\"image/png\">iVBORw0K</logo>\n  </emblems>\n",
      "t.phaen:11: unknown element <logo> inside <emblems>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = emblems_text (cases[i].emblems);
      g_autoptr(GError) error = NULL;
      g_autoptr(PhaenPlan) plan = read_text (text, &error);

      g_assert_null (plan);
      g_assert_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_INVALID);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
    }

  /* Too large: refused before it is decoded. */
  {
    gsize n = PHAEN_LIMIT_EMBLEM_BYTES / 3 * 4 + 8;
    g_autofree char *huge = g_malloc (n + 1);
    g_autofree char *emblems = NULL;
    g_autofree char *text = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(PhaenPlan) plan = NULL;

    memset (huge, 'A', n);
    huge[n] = '\0';
    emblems = g_strdup_printf ("  <emblems>\n    <garuda media-type=\"image/png\">%s</garuda>\n  </emblems>\n", huge);
    text = emblems_text (emblems);
    plan = read_text (text, &error);
    g_assert_null (plan);
    g_assert_nonnull (strstr (error->message, "holds an image larger than an emblem may be"));
  }
}

/* Files of 1.0 still open; the paragraphs Phaen 1.0 filled in with its
 * template give way to the wording composed from the facts, and an
 * officer's own wording stays, as it printed. */
static void
test_format_1_0 (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) template_bytes = load_bytes ("announcement-default-1.0.phaen");
  g_autoptr(GBytes) own_bytes = load_bytes ("announcement-own-1.0.phaen");
  g_autoptr(PhaenPlan) template = read_bytes (template_bytes, "announcement-default-1.0.phaen", &error);
  g_autoptr(PhaenPlan) own = NULL;
  g_autoptr(PhaenPlan) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *paragraph = NULL;
  g_autofree char *old_text = NULL;
  g_autofree char *template_text = text_of (template_bytes);
  const char *start;

  g_assert_no_error (error);
  g_assert_cmpstr (phaen_plan_get_text (template, "announcement-text-1"), ==, "");
  g_assert_cmpstr (phaen_plan_get_text (template, "announcement-text-2"), ==, "");
  g_assert_cmpstr (phaen_plan_get_text (template, "regulation-amendments"), ==, PHAEN_REGULATION_DEFAULT_AMENDMENTS);
  paragraph = phaen_plan_dup_announcement_paragraph (template, 1);
  g_assert_nonnull (strstr (paragraph, "(ฉบับที่ 3) พ.ศ. 2561"));

  own = read_bytes (own_bytes, "announcement-own-1.0.phaen", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (phaen_plan_get_text (own, "announcement-text-1"),
                                   "ด้วยเทศบาลตำบลบ้านใหม่ได้ร่วมกันจัดทำแผนการดำเนินงาน"));
  /* Only the paragraph that is exactly the old template goes. */
  g_assert_cmpstr (phaen_plan_get_text (own, "announcement-text-2"), ==, "");

  /* In a file of 1.1, a text equal to the old template is the officer's
   * own: it stays. */
  start = strstr (template_text, "<first-paragraph>") + strlen ("<first-paragraph>");
  old_text = g_strndup (start, strstr (start, "</first-paragraph>") - start);
  g_object_set (template, "announcement-text-1", old_text, NULL);
  bytes = phaen_xml_write_to_bytes (template);
  again = read_bytes (bytes, "again", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (phaen_plan_get_text (again, "announcement-text-1"), ==, old_text);
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  temp_dir = g_dir_make_tmp ("phaen-test-xml-signed-XXXXXX", NULL);

  g_test_add_func ("/xml-signed/golden", test_golden);
  g_test_add_func ("/xml-signed/facts/roundtrip", test_facts_roundtrip);
  g_test_add_func ("/xml-signed/facts/refused", test_facts_refused);
  g_test_add_func ("/xml-signed/format-1.0", test_format_1_0);
  g_test_add_func ("/xml-signed/words-and-flow", test_words_and_flow);
  g_test_add_func ("/xml-signed/emblems/roundtrip", test_emblems_roundtrip);
  g_test_add_func ("/xml-signed/emblems/refused", test_emblems_refused);

  ret = g_test_run ();
  g_rmdir (temp_dir);
  g_free (temp_dir);
  return ret;
}
