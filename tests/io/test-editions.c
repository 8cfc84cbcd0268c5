/* test-editions.c: additions and amendments in the .phaen file (format 1.1)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "model/phaen-plan-editions.h"
#include "model/phaen-fiscal.h"
#include "model/phaen-model-error.h"

#include "phaen-file.h"
#include "phaen-io-error.h"
#include "phaen-xml.h"
#include "phaen-fixtures.h"
#include "phaen-fixtures-walk.h"
#include "xml-test-util.h"

#define BAHT(x) ((gint64) (x) * 100)
#define GOLDEN "editions-1.phaen"

static PhaenPlan *
read_string (const char  *text,
             const char  *filename,
             GError     **error)
{
  return phaen_xml_read_from_data (text, strlen (text), filename, error);
}

static void
assert_same_as_saved (PhaenPlan *a,
                      PhaenPlan *b)
{
  g_autofree char *why = NULL;

  if (!phaen_plan_equal_full (a, b, PHAEN_PLAN_EQUAL_AS_SAVED, &why))
    g_error ("plans differ: %s", why);
}

/* An adopted plan, an adopted addition, an adopted amendment (a change
 * of every kind) and an open addition. */
static PhaenPlan *
editions_plan (void)
{
  PhaenPlan *plan = phaen_fixture_plan_new ("เทศบาลตำบลบ้านทุ่ง", 2569);
  g_autoptr(PhaenProject) p5 = NULL;
  g_autoptr(PhaenProject) p6 = NULL;
  g_autoptr(PhaenUnit) u3 = NULL;
  g_autoptr(GError) error = NULL;
  PhaenEdition *edition;

  g_object_set (plan, "district", "บ้านทุ่ง", "province", "นครสวรรค์",
                "announcement-date", "2025-09-30",
                "signer-name", "นายสมชาย ใจดี",
                "signer-position", "นายกเทศมนตรีตำบลบ้านทุ่ง", NULL);
  phaen_fixture_add_strategy (plan, "s1", "การพัฒนาโครงสร้างพื้นฐาน");
  phaen_fixture_add_strategy (plan, "s2", "การพัฒนาคุณภาพชีวิต");
  phaen_fixture_add_unit (plan, "u1", "กองช่าง");
  phaen_fixture_add_unit (plan, "u2", "กองการศึกษา");
  phaen_fixture_add_project (plan, &(PhaenFixtureProject) {
    .id = "p1", .name = "ก่อสร้างถนน คสล. หมู่ที่ 1", .strategy = "s1", .program = 8,
    .unit = "u1", .budget = BAHT (500000), .schedule = 0x007 });
  phaen_fixture_add_project (plan, &(PhaenFixtureProject) {
    .id = "p2", .name = "ขุดลอกคลองสาธารณะ", .strategy = "s1", .program = 8,
    .unit = "u1", .budget = BAHT (200000), .schedule = 0x030 });
  phaen_fixture_add_project (plan, &(PhaenFixtureProject) {
    .id = "p3", .name = "อาหารกลางวันนักเรียน", .strategy = "s2", .program = 2,
    .unit = "u2", .budget = BAHT (300000), .schedule = 0xFFF });
  phaen_fixture_add_project (plan, &(PhaenFixtureProject) {
    .id = "p4", .name = "เครื่องคอมพิวเตอร์", .kind = PHAEN_PROJECT_KIND_EQUIPMENT,
    .strategy = "s2", .program = 2, .unit = "u2", .budget = BAHT (22000), .schedule = 0x002 });
  phaen_project_set_status (phaen_plan_find_project (plan, "p3"), PHAEN_PROJECT_STATUS_IN_PROGRESS);

  /* เพิ่มเติม ครั้งที่ 1: a new unit and its project. */
  edition = phaen_plan_edit_start_edition (plan, PHAEN_EDITION_ADDITION, 0, 0, &error);
  g_assert_no_error (error);
  u3 = phaen_unit_new (NULL, "กองสาธารณสุขและสิ่งแวดล้อม");
  phaen_plan_edit_insert_unit (plan, G_MAXUINT, u3);
  p5 = phaen_project_new ();
  phaen_project_set_name (p5, "รณรงค์ป้องกันโรคไข้เลือดออก");
  phaen_project_set_activities (p5, "พ่นหมอกควันทุกหมู่บ้าน\nแจกทรายอะเบท");
  phaen_project_set_strategy (p5, phaen_plan_find_strategy (plan, "s2"));
  phaen_project_set_program (p5, phaen_fixture_program (plan, 3));
  phaen_project_set_unit (p5, u3);
  phaen_project_set_budget (p5, BAHT (45000) + 50);
  phaen_project_set_schedule (p5, 0x0F0);
  phaen_project_set_location (p5, "หมู่ที่ 1-8");
  phaen_plan_edit_insert_project (plan, G_MAXUINT, p5);
  g_assert_true (phaen_plan_edit_adopt_edition (plan, "2026-01-15", &error));
  g_assert_no_error (error);

  /* แก้ไข ครั้งที่ 1/2569: changed fields, a removal, a move, a rename. */
  edition = phaen_plan_edit_start_edition (plan, PHAEN_EDITION_AMENDMENT, 1, 2569, &error);
  g_assert_no_error (error);
  phaen_plan_edit_set_string (plan, edition, "signer-name", "นายสมศักดิ์ รักดี");
  phaen_plan_edit_set_string (plan, edition, "signer-position", "ปลัดเทศบาล ปฏิบัติหน้าที่นายกเทศมนตรีตำบลบ้านทุ่ง");
  phaen_plan_edit_set_int64 (plan, phaen_plan_find_project (plan, "p1"), "budget", BAHT (650000));
  phaen_plan_edit_set_string (plan, phaen_plan_find_project (plan, "p1"), "location", "หมู่ที่ 1 และหมู่ที่ 2");
  phaen_plan_edit_set_uint (plan, phaen_plan_find_project (plan, "p1"), "schedule", 0x00E);
  g_assert_true (phaen_plan_edit_remove_project (plan, phaen_plan_find_project (plan, "p2"), NULL));
  phaen_plan_edit_move_project (plan, phaen_plan_find_project (plan, "p4"), 0);
  phaen_plan_edit_set_string (plan, phaen_plan_find_unit (plan, "u1"), "name", "กองช่างโยธา");
  g_assert_true (phaen_plan_edit_adopt_edition (plan, "2026-03-10", &error));
  g_assert_no_error (error);

  /* เพิ่มเติม ครั้งที่ 2, still open. */
  phaen_plan_edit_start_edition (plan, PHAEN_EDITION_ADDITION, 0, 0, &error);
  g_assert_no_error (error);
  p6 = phaen_project_new ();
  phaen_project_set_name (p6, "ซ่อมแซมศาลาประชาคม");
  phaen_project_set_strategy (p6, phaen_plan_find_strategy (plan, "s1"));
  phaen_project_set_program (p6, phaen_fixture_program (plan, 8));
  phaen_project_set_unit (p6, phaen_plan_find_unit (plan, "u1"));
  phaen_project_set_budget (p6, BAHT (80000));
  phaen_plan_edit_insert_project (plan, 2, p6);

  return plan;
}

/* The golden file is the plan above as written; PHAEN_WRITE_GOLDEN=DIR
 * writes it there again. */
static void
test_golden (void)
{
  g_autoptr(PhaenPlan) built = editions_plan ();
  g_autoptr(GBytes) bytes = phaen_xml_write_to_bytes (built);
  g_autoptr(GBytes) golden = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  PhaenEdition *edition;
  const char *out = g_getenv ("PHAEN_WRITE_GOLDEN");

  if (out != NULL)
    {
      g_autofree char *path = g_build_filename (out, GOLDEN, NULL);

      g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
      g_assert_no_error (error);
    }

  golden = load_bytes (GOLDEN);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   g_bytes_get_data (golden, NULL), g_bytes_get_size (golden));

  /* Read back: the same plan, the same bytes. */
  plan = read_bytes (golden, GOLDEN, &error);
  g_assert_no_error (error);
  assert_same_as_saved (plan, built);
  again = phaen_xml_write_to_bytes (plan);
  g_assert_cmpmem (g_bytes_get_data (again, NULL), g_bytes_get_size (again),
                   g_bytes_get_data (golden, NULL), g_bytes_get_size (golden));

  g_assert_cmpuint (phaen_plan_get_n_editions (plan), ==, 3);
  edition = phaen_plan_get_edition (plan, 2);
  g_assert_cmpint (phaen_edition_get_kind (edition), ==, PHAEN_EDITION_AMENDMENT);
  g_assert_cmpuint (phaen_edition_get_number_year (edition), ==, 2569);
  g_assert_cmpstr (phaen_edition_get_adoption_date (edition), ==, "2026-03-10");
  g_assert_cmpstr (phaen_edition_get_text (edition, "signer-name"), ==, "นายสมศักดิ์ รักดี");
  g_assert_true (phaen_plan_get_open_edition (plan) == phaen_plan_get_edition (plan, 3));
  g_assert_true (phaen_plan_find_adding_edition (plan, "p6") == phaen_plan_get_edition (plan, 3));
  g_assert_true (phaen_plan_find_adding_edition (plan, "p5") == phaen_plan_get_edition (plan, 1));

  /* Every earlier state comes back from the file as it was. */
  for (guint k = 0; k <= 3; k++)
    {
      g_autoptr(PhaenPlan) from_file = phaen_plan_rebuild_at_edition (plan, k, &error);
      g_autoptr(PhaenPlan) from_memory = phaen_plan_rebuild_at_edition (built, k, NULL);

      g_assert_no_error (error);
      assert_same_as_saved (from_file, from_memory);
    }

  /* The open edition goes on recording after loading. */
  phaen_plan_edit_set_string (plan, phaen_plan_find_project (plan, "p3"), "location", "โรงเรียน 3 แห่ง");
  changes = phaen_plan_get_edition_changes (plan, phaen_plan_get_open_edition (plan));
  g_assert_cmpuint (changes->len, ==, 2);
}

static void
test_schema (void)
{
  g_autofree char *path = data_path (GOLDEN);

  if (g_getenv ("PHAEN_XMLLINT") == NULL)
    {
      g_test_skip ("xmllint not available");
      return;
    }
  g_assert_true (schema_accepts (path));
}

/* tests/data/xml/editions-2.phaen: editions-1 carried on (its addition 2
 * adds a strategy, an approach, a program and a project, then amendment
 * 2/2569 renames the three, moves a unit, moves p3 to the new group and
 * turns p4 from equipment into a project). Read, it writes back the same
 * bytes, the schema accepts it and every earlier state rebuilds. */
static void
test_second_file (void)
{
  g_autofree char *path = data_path ("editions-2.phaen");
  g_autoptr(GBytes) bytes = load_bytes ("editions-2.phaen");
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = read_bytes (bytes, "editions-2.phaen", &error);
  g_autoptr(PhaenPlan) at3 = NULL;
  PhaenProject *p3;

  g_assert_no_error (error);
  g_assert_cmpuint (phaen_plan_get_n_editions (plan), ==, 4);
  g_assert_null (phaen_plan_get_open_edition (plan));
  again = phaen_xml_write_to_bytes (plan);
  g_assert_true (g_bytes_equal (bytes, again));
  if (g_getenv ("PHAEN_XMLLINT") != NULL)
    g_assert_true (schema_accepts (path));

  p3 = phaen_plan_find_project (plan, "p3");
  g_assert_cmpstr (phaen_strategy_get_name (phaen_project_get_strategy (p3)), ==, "การบริหารจัดการบ้านเมืองที่ดี");
  g_assert_cmpint (phaen_project_get_kind (phaen_plan_find_project (plan, "p4")), ==, PHAEN_PROJECT_KIND_PROJECT);

  at3 = phaen_plan_rebuild_at_edition (plan, 3, &error);
  g_assert_no_error (error);
  p3 = phaen_plan_find_project (at3, "p3");
  g_assert_cmpstr (phaen_strategy_get_id (phaen_project_get_strategy (p3)), ==, "s2");
  g_assert_cmpstr (phaen_program_get_name (phaen_project_get_program (p3)), ==, "แผนงานการศึกษา");
  g_assert_cmpint (phaen_project_get_kind (phaen_plan_find_project (at3, "p4")), ==, PHAEN_PROJECT_KIND_EQUIPMENT);
  g_assert_cmpstr (phaen_strategy_get_name (phaen_plan_find_strategy (at3, "s3")), ==, "การพัฒนาการบริหารจัดการบ้านเมืองที่ดี");

  for (guint k = 0; k <= 4; k++)
    {
      g_autoptr(PhaenPlan) earlier = phaen_plan_rebuild_at_edition (plan, k, &error);

      g_assert_no_error (error);
      g_assert_nonnull (earlier);
      g_assert_cmpuint (phaen_plan_get_n_editions (earlier), ==, 0);
    }
}

/* Files of format 1.0 open as they did. */
static void
test_old_format (void)
{
  g_autoptr(GBytes) old = load_bytes ("v1.0/golden-1.phaen");
  g_autoptr(GBytes) current = load_bytes ("golden-1.phaen");
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) from_old = read_bytes (old, "golden-1.phaen", &error);
  g_autoptr(PhaenPlan) from_current = NULL;
  g_autofree char *why = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (g_bytes_get_data (old, NULL), "version=\"1.0\""));
  from_current = read_bytes (current, "golden-1.phaen", &error);
  g_assert_no_error (error);
  g_assert_true (phaen_plan_equal (from_old, from_current, &why));
  g_assert_cmpuint (phaen_plan_get_n_editions (from_old), ==, 0);
}

/* Real files written by earlier Phaen (the sample plan as format 1.0
 * wrote it, and as 1.1 before editions): they open with no editions, as
 * the plan they hold, and take a first edition like any plan. */
static void
test_old_files (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GBytes) bytes = load_bytes (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = read_bytes (bytes, name, &error);
  g_autoptr(PhaenPlan) as_read = NULL;
  g_autoptr(PhaenPlan) back = NULL;
  g_autoptr(PhaenPlan) adopted = NULL;
  g_autoptr(PhaenProject) added = NULL;
  g_autoptr(PhaenStrategy) first = NULL;
  g_autoptr(GBytes) written = NULL;
  const char *text = g_bytes_get_data (bytes, NULL);
  guint n_projects = 0;

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_null (strstr (text, "<editions"));
  for (const char *p = strstr (text, "<project "); p != NULL; p = strstr (p + 1, "<project "))
    n_projects++;
  g_assert_cmpuint (n_projects, >, 40);
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_projects (plan)), ==, n_projects);
  g_assert_cmpuint (phaen_plan_get_n_editions (plan), ==, 0);
  g_assert_null (phaen_plan_get_open_edition (plan));
  g_assert_cmpstr (phaen_plan_get_text (plan, "announcement-date"), ==, "2025-10-24");
  g_assert_cmpstr (phaen_plan_get_text (plan, "organisation-name"), ==, "เทศบาลเมืองจันทนิมิต");
  /* Not modified by being read. */
  g_assert_false (phaen_history_get_is_modified (phaen_plan_get_history (plan)));
  as_read = phaen_plan_copy (plan);

  /* A first addition, adopted; the file written now is the current
   * format, and its adopted plan is the plan as read. */
  g_assert_nonnull (phaen_plan_edit_start_edition (plan, PHAEN_EDITION_ADDITION, 0, 0, &error));
  g_assert_no_error (error);
  first = g_list_model_get_item (phaen_plan_get_strategies (plan), 0);
  added = phaen_project_new ();
  phaen_project_set_name (added, "ติดตั้งไฟฟ้าส่องสว่างทางสาธารณะ");
  phaen_project_set_strategy (added, first);
  phaen_project_set_budget (added, BAHT (120000));
  phaen_plan_edit_insert_project (plan, G_MAXUINT, added);
  g_assert_true (phaen_plan_edit_adopt_edition (plan, "2026-01-20", &error));
  g_assert_no_error (error);

  written = phaen_xml_write_to_bytes (plan);
  g_assert_nonnull (strstr (g_bytes_get_data (written, NULL), "version=\"1.1\""));
  back = read_bytes (written, name, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (phaen_plan_get_n_editions (back), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_projects (back)), ==, n_projects + 1);
  adopted = phaen_plan_rebuild_at_edition (back, 0, &error);
  g_assert_no_error (error);
  assert_same_as_saved (adopted, as_read);
}

/* The year of an older one-file edition ("แก้ไข ครั้งที่ 2/2569"). */
static void
test_plan_edition_year (void)
{
  g_autoptr(PhaenPlan) plan = phaen_fixture_plan_new ("เทศบาลตำบลบ้านทุ่ง", 2569);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PhaenPlan) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *suffix = NULL;

  g_object_set (plan, "edition-kind", PHAEN_EDITION_AMENDMENT, "edition-number", 2u,
                "edition-year", 2569u, NULL);
  suffix = phaen_plan_get_edition_suffix (plan);
  g_assert_cmpstr (suffix, ==, " (แก้ไข ครั้งที่ 2/2569)");
  bytes = phaen_xml_write_to_bytes (plan);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "<edition kind=\"amendment\" number=\"2\" year=\"2569\"/>"));
  back = read_bytes (bytes, "year.phaen", &error);
  g_assert_no_error (error);
  assert_same_as_saved (back, plan);
}

/* Saved and loaded through phaen_file_save(), which reads its bytes back
 * and compares before writing. */
static void
test_file_save (void)
{
  g_autoptr(PhaenPlan) plan = editions_plan ();
  g_autofree char *dir = g_dir_make_tmp ("phaen-editions-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.phaen", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(PhaenPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;

  /* A name still being typed, inside the open edition: the file keeps it
   * normalised, which is no change of its own. */
  phaen_plan_edit_set_string (plan, phaen_plan_find_project (plan, "p3"), "name",
                              "อาหารกลางวันนักเรียน\u00A0");
  phaen_plan_edit_set_string (plan, phaen_plan_find_project (plan, "p6"), "name",
                              "ซ่อมแซมศาลาประชาคม หมู่ที่ 3 ");

  g_assert_true (phaen_file_save (plan, path, &error));
  g_assert_no_error (error);
  loaded = phaen_file_load (path, &error);
  g_assert_no_error (error);
  assert_same_as_saved (loaded, plan);

  g_remove (path);
  g_remove (backup);
  g_rmdir (dir);
}

/* What the reader refuses: each case changes the golden text and names
 * the line at fault. */
typedef struct
{
  const char *name;
  const char *from;
  const char *to;
  const char *anchor;    /* text on the line the message must name */
  const char *message;
} BadCase;

static const BadCase bad_cases[] = {
  { "new-value-mismatch",
    "<new>650000</new>", "<new>640000</new>",
    "<changed of=\"project\" id=\"p1\" field=\"budget\">",
    "the budget of project “p1” is recorded as changed to “640000”, but the plan has “650000”" },
  { "added-missing",
    "<added of=\"project\" id=\"p5\"", "<added of=\"project\" id=\"p9\"",
    "<added of=\"project\" id=\"p9\"",
    "project “p9” is recorded as added at position 5, but the plan does not have it there" },
  { "removed-present",
    "<removed of=\"project\" id=\"p2\"", "<removed of=\"project\" id=\"p3\"",
    "<removed of=\"project\" id=\"p3\"",
    "project “p3” is recorded as removed, but the plan still has it" },
  { "moved-elsewhere",
    "from=\"4\" to=\"1\"", "from=\"4\" to=\"2\"",
    "<moved of=",
    "project “p4” is recorded as moved to position 2, but the plan does not have it there" },
  { "added-fields-differ",
    "<field name=\"name\">รณรงค์ป้องกันโรคไข้เลือดออก</field>", "<field name=\"name\">รณรงค์</field>",
    "<added of=\"project\" id=\"p5\"",
    "project “p5” is recorded as added with the name “รณรงค์”, but the plan has “รณรงค์ป้องกันโรคไข้เลือดออก”" },
  { "unknown-reference",
    "<field name=\"unit\">u1</field>", "<field name=\"unit\">u7</field>",
    "<removed of=\"project\" id=\"p2\"",
    "the responsible unit of project “p2” refers to “u7”, which the plan does not have" },
  { "monitoring-not-recorded",
    "<changed of=\"project\" id=\"p1\" field=\"budget\">", "<changed of=\"project\" id=\"p1\" field=\"status\">",
    "field=\"status\"",
    "“status” is not a field an edition records for a project" },
  { "bad-target",
    "<moved of=\"project\"", "<moved of=\"plan\"",
    "<moved of=",
    "“plan” is not a valid value for the attribute “of” of <moved>" },
  { "bad-position",
    "from=\"4\" to=\"1\"", "from=\"0\" to=\"1\"",
    "<moved of=",
    "the attribute “from” of <moved> must be a position from 1 to 50000, not “0”" },
  { "bad-amount",
    "<new>650000</new>", "<new>six</new>",
    "<new>six</new>",
    "“six” is not a valid budget" },
  { "open-not-last",
    " adopted=\"2026-03-10\"", "",
    "<edition id=\"e2\"",
    "Amendment 1/2569 is not adopted but is followed by another edition; only the last edition may be open" },
  { "adopted-before-plan",
    "adopted=\"2026-01-15\"", "adopted=\"2025-01-15\"",
    "<edition id=\"e1\"",
    "Addition 1 is adopted on 2025-01-15, before 2025-09-30, when what it changes was adopted" },
  { "duplicate-edition",
    "number=\"2\"", "number=\"1\"",
    "<edition id=\"e3\"",
    "Addition 1 appears twice" },
  { "original-edition",
    "<edition id=\"e1\" kind=\"addition\"", "<edition id=\"e1\" kind=\"original\"",
    "<edition id=\"e1\"",
    "“original” is not a valid value for the attribute “kind” of <edition>" },
  { "unknown-change",
    "<moved of=", "<swapped of=",
    "<swapped of=",
    "unknown element <swapped> inside <changes>" },
  { "bad-reference-id",
    "<field name=\"program\">g9</field>", "<field name=\"program\">g~</field>",
    "<field name=\"program\">g~</field>",
    "“g~” is not a valid id (use up to 64 letters, digits, “-”, “_” or “.”)" },
  { "field-twice",
    "<field name=\"budget\">80000</field>", "<field name=\"budget\">80000</field><field name=\"budget\">1</field>",
    "<field name=\"budget\">80000</field><field",
    "the field “budget” appears more than once inside <added>" },
};

/* The line of the first occurrence of @needle in @text (1-based). */
static int
line_of (const char *text,
         const char *needle)
{
  const char *at = strstr (text, needle);
  int line = 1;

  g_assert_nonnull (at);
  for (const char *p = text; p < at; p++)
    if (*p == '\n')
      line++;
  return line;
}

static void
test_bad (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GBytes) golden = load_bytes (GOLDEN);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (golden, NULL), g_bytes_get_size (golden));
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autofree char *expected = NULL;

  g_assert_nonnull (strstr (text->str, bad->from));
  g_string_replace (text, bad->from, bad->to, 1);
  expected = g_strdup_printf ("bad.phaen:%d: %s", line_of (text->str, bad->anchor), bad->message);

  plan = read_string (text->str, "bad.phaen", &error);
  g_assert_null (plan);
  g_assert_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, expected);
}

/* ---- The property: what the file records rebuilds every state -------- */

/* The plan's content as its file writes it, without the editions: what
 * an earlier state and a rebuilt one are compared by. */
static char *
content_xml (PhaenPlan *plan)
{
  g_autoptr(GBytes) bytes = phaen_xml_write_to_bytes (plan);
  GString *text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  const char *start = strstr (text->str, "  <editions>\n");
  const char *end = strstr (text->str, "  </editions>\n");

  if (start != NULL)
    {
      g_assert_nonnull (end);
      g_string_erase (text, start - text->str, end + strlen ("  </editions>\n") - start);
    }
  g_assert_null (strstr (text->str, "<editions"));
  return g_string_free (text, FALSE);
}

static void
set_monitoring (PhaenProject *project,
                PhaenProject *from)
{
  phaen_project_set_status (project, from != NULL ? phaen_project_get_status (from) : PHAEN_PROJECT_STATUS_NOT_STARTED);
  phaen_project_set_contracted (project, from != NULL ? phaen_project_get_contracted (from) : 0);
  phaen_project_set_disbursed (project, from != NULL ? phaen_project_get_disbursed (from) : 0);
  phaen_project_set_progress (project, from != NULL ? phaen_project_get_progress (from) : 0);
  phaen_project_set_actual_schedule (project, from != NULL ? phaen_project_get_actual_schedule (from) : 0);
  phaen_project_set_remarks (project, from != NULL ? phaen_project_get_remarks (from) : "");
}

/* @state with the monitoring of @now (an earlier state rebuilt shows the
 * monitoring as it is now; a project since removed, none); @now NULL:
 * every project without monitoring. */
static char *
state_xml (PhaenPlan *state,
           PhaenPlan *now)
{
  g_autoptr(PhaenPlan) copy = phaen_plan_copy (state);
  GListModel *projects = phaen_plan_get_projects (copy);

  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);

      set_monitoring (project, now != NULL ? phaen_plan_find_project (now, phaen_project_get_id (project)) : NULL);
    }
  return content_xml (copy);
}

/* The plan through its file: written, read back (the reader checks every
 * record against the plan) and written again, byte for byte the same. */
static PhaenPlan *
through_file (PhaenPlan *plan)
{
  g_autoptr(GBytes) bytes = phaen_xml_write_to_bytes (plan);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  PhaenPlan *back = read_bytes (bytes, "walk.phaen", &error);

  g_assert_no_error (error);
  g_assert_nonnull (back);
  again = phaen_xml_write_to_bytes (back);
  g_assert_true (g_bytes_equal (bytes, again));
  return back;
}

/* Random edits over several editions, seeded: the editions as read back
 * from the file, applied backwards from the current plan, give each
 * state the plan was in when an edition was adopted (and the adopted
 * plan); applied forwards to the adopted plan, each later state and the
 * current plan. States are kept as copies when they happen, not rebuilt.
 * The walk edits monitoring too, and now and then saves and reopens the
 * plan in the middle of an open edition. */
static void
test_property_file (void)
{
  guint n_seeds = g_test_slow () ? 400 : 30;
  PhaenFixtureWalkSeen seen = { { { 0 } } };

  for (guint seed = 1; seed <= n_seeds; seed++)
    {
      g_autoptr(PhaenPlan) fixture = editions_plan ();
      g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(PhaenPlan) loaded = NULL;
      g_autoptr(PhaenPlan) forward = NULL;
      g_autoptr(GError) error = NULL;
      PhaenFixtureWalk walk;
      PhaenPlan *plan;
      guint n_new;
      gboolean leave_open;
      GDate date;

      g_test_message ("seed %u", seed);
      phaen_fixture_walk_init (&walk, fixture, seed, TRUE);
      /* Sometimes saved and opened again halfway through: the open
       * edition goes on recording from where it started. */
      walk.reload = through_file;
      n_new = 1 + g_rand_int_range (walk.rand, 0, 5);
      leave_open = g_rand_int_range (walk.rand, 0, 3) == 0;

      /* The fixture's plan with its three editions: the states it went
       * through, rebuilt from the fixture (already checked by the golden
       * test), then its open edition carried on. */
      for (guint k = 0; k < 3; k++)
        g_ptr_array_add (states, phaen_plan_rebuild_at_edition (fixture, k, NULL));

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, 4, 2026);

      for (guint e = 0; e < n_new; e++)
        {
          /* Some edits undone (not the start of the edition): they
           * leave the record. */
          phaen_fixture_walk_edition (&walk, 1 + g_rand_int_range (walk.rand, 0, 25));

          if (leave_open && e == n_new - 1)
            break;

          phaen_fixture_walk_adopt (&walk, &date, 20);
          plan = walk.plan;
          g_ptr_array_add (states, phaen_plan_copy (plan));

          /* Content is refused between editions; monitoring goes on. */
          g_assert_false (phaen_plan_check_edit (plan, plan, NULL, NULL));
          for (guint i = g_rand_int_range (walk.rand, 0, 3); i > 0; i--)
            {
              PhaenProject *project = phaen_fixture_walk_pick (&walk, phaen_plan_get_projects (plan));

              if (project != NULL)
                phaen_plan_edit_set_uint (plan, project, "progress", g_rand_int_range (walk.rand, 0, 101));
            }
        }
      plan = walk.plan;
      if (leave_open)
        g_ptr_array_add (states, phaen_plan_copy (plan));

      g_assert_cmpuint (phaen_plan_get_n_editions (plan), ==, states->len - 1);
      loaded = through_file (plan);

      /* Backwards: every state, with the monitoring of now. */
      for (guint k = 0; k < states->len; k++)
        {
          g_autoptr(PhaenPlan) rebuilt = phaen_plan_rebuild_at_edition (loaded, k, &error);
          g_autofree char *expected = NULL;
          g_autofree char *got = NULL;

          g_assert_no_error (error);
          expected = state_xml (g_ptr_array_index (states, k), plan);
          got = content_xml (rebuilt);
          if (g_strcmp0 (expected, got) != 0)
            g_error ("seed %u: edition %u does not rebuild", seed, k);
        }

      /* Forwards: each edition's record, as read, applied in turn to the
       * adopted plan (monitoring aside: no record holds it). */
      forward = phaen_plan_rebuild_at_edition (loaded, 0, &error);
      g_assert_no_error (error);
      for (guint k = 1; k < states->len; k++)
        {
          g_autoptr(GPtrArray) changes = phaen_plan_get_edition_changes (loaded, phaen_plan_get_edition (loaded, k));
          g_autofree char *expected = NULL;
          g_autofree char *got = NULL;
          guint failed = G_MAXUINT;

          phaen_fixture_walk_seen_add (&seen, changes);
          if (!phaen_changes_apply (forward, changes, FALSE, &failed, &error))
            g_error ("seed %u: edition %u, change %u: %s", seed, k, failed, error->message);
          expected = state_xml (g_ptr_array_index (states, k), NULL);
          got = state_xml (forward, NULL);
          if (g_strcmp0 (expected, got) != 0)
            g_error ("seed %u: edition %u applied forwards differs", seed, k);
        }
      {
        g_autofree char *expected = state_xml (plan, NULL);
        g_autofree char *got = state_xml (forward, NULL);

        g_assert_cmpstr (expected, ==, got);
      }

      phaen_fixture_walk_clear (&walk);
    }

  /* The walks did change every list in every way (a walk that changes
   * nothing would prove nothing). */
  phaen_fixture_walk_seen_assert (&seen);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/xml/editions/golden", test_golden);
  g_test_add_func ("/xml/editions/schema", test_schema);
  g_test_add_func ("/xml/editions/second-file", test_second_file);
  g_test_add_func ("/xml/editions/old-format", test_old_format);
  g_test_add_data_func ("/xml/editions/old-files/1.0", "v1.0/chanthanimit-2569.phaen", test_old_files);
  g_test_add_data_func ("/xml/editions/old-files/1.1", "v1.1/chanthanimit-2569.phaen", test_old_files);
  g_test_add_func ("/xml/editions/plan-edition-year", test_plan_edition_year);
  g_test_add_func ("/xml/editions/file-save", test_file_save);
  g_test_add_func ("/xml/editions/property-file", test_property_file);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/xml/editions/bad/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_bad);
    }

  return g_test_run ();
}
