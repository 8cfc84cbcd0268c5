/* test-xml.c: the .phaen XML reader and writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "model/phaen-limits.h"
#include "model/phaen-money.h"
#include "model/phaen-schedule.h"

#include "phaen-io-error.h"
#include "phaen-xml.h"
#include "xml-test-util.h"

/* ---- helpers ------------------------------------------------------------ */

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *entry;

  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, entry, NULL);

      g_remove (child);
    }
  g_rmdir (path);
}

static gboolean
have_xmllint (void)
{
  if (g_getenv ("PHAEN_XMLLINT") == NULL)
    {
      g_test_skip ("xmllint not available");
      return FALSE;
    }
  return TRUE;
}

static char *temp_dir;

static char *
write_temp (GBytes     *bytes,
            const char *name)
{
  char *path = g_build_filename (temp_dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                       (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
}

/* ---- golden files ------------------------------------------------------- */

static void
test_golden_roundtrip (gconstpointer user_data)
{
  const char *name = user_data;
  g_autoptr(GBytes) original = load_bytes (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(GBytes) written = NULL;

  plan = read_bytes (original, name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  g_assert_cmpuint (phaen_history_get_depth (phaen_plan_get_history (plan)), ==, 0);
  g_assert_false (phaen_history_can_redo (phaen_plan_get_history (plan)));

  written = phaen_xml_write_to_bytes (plan);
  g_assert_cmpmem (g_bytes_get_data (written, NULL), g_bytes_get_size (written),
                   g_bytes_get_data (original, NULL), g_bytes_get_size (original));
}

static void
test_golden_values (void)
{
  g_autoptr(GBytes) original = load_bytes ("golden-1.phaen");
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = read_bytes (original, "golden-1.phaen", &error);
  PhaenProject *p1, *p3, *p4;
  guint mask;

  g_assert_no_error (error);
  g_assert_cmpstr (phaen_plan_get_organisation_name (plan), ==, "เทศบาลเมืองบ้านทุ่ง");
  g_assert_cmpint (phaen_plan_get_organisation_kind (plan), ==, PHAEN_ORGANISATION_TOWN_MUNICIPALITY);
  g_assert_cmpuint (phaen_plan_get_fiscal_year (plan), ==, 2569);
  g_assert_cmpint (phaen_plan_get_edition_kind (plan), ==, PHAEN_EDITION_ADDITION);
  g_assert_cmpuint (phaen_plan_get_edition_number (plan), ==, 2);
  g_assert_cmpstr (phaen_plan_get_text (plan, "announcement-date"), ==, "2026-01-15");
  g_assert_cmpstr (phaen_plan_get_text (plan, "announcement-text-1"), ==,
                   "ด้วยเทศบาลได้พิจารณาโครงการที่จะดำเนินการจริงในพื้นที่\nและรวบรวมไว้ในแผนฉบับนี้");
  /* leading and trailing spaces, and an escaped ampersand */
  g_assert_cmpstr (phaen_plan_get_text (plan, "announcement-text-2"), ==,
                   "  อาศัยอำนาจตามระเบียบกระทรวงมหาดไทย & ระเบียบที่แก้ไขเพิ่มเติม  ");
  g_assert_cmpstr (phaen_plan_get_text (plan, "foreword"), ==, "");
  g_assert_cmpstr (phaen_plan_get_text (plan, "objectives-text"), ==,
                   "เพื่อให้มีเครื่องมือติดตามงาน <สำคัญ>");
  g_assert_false (phaen_plan_get_thai_digits (plan));
  g_assert_cmpint (phaen_plan_get_bahttext_style (plan), ==, PHAEN_BAHTTEXT_SPREADSHEET);
  g_assert_cmpint (phaen_plan_get_grouping (plan), ==, PHAEN_GROUPING_APPROACHES);
  g_assert_false (phaen_plan_get_equipment_in_summary (plan));

  /* The file's program catalogue replaces the built-in one */
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_programs (plan)), ==, 3);
  g_assert_false (phaen_program_get_standard (phaen_plan_find_program (plan, "g7")));
  g_assert_true (phaen_program_get_standard (phaen_plan_find_program (plan, "g1")));
  g_assert_true (phaen_approach_get_strategy (phaen_plan_find_approach (plan, "a3")) ==
                 phaen_plan_find_strategy (plan, "s1"));

  p1 = phaen_plan_find_project (plan, "p1");
  g_assert_nonnull (p1);
  g_assert_cmpint (phaen_project_get_budget (p1), ==, G_GINT64_CONSTANT (123456750));
  g_assert_true (phaen_project_get_unit (p1) == phaen_plan_find_unit (plan, "u2"));
  g_assert_true (phaen_project_get_approach (p1) == phaen_plan_find_approach (plan, "a1"));
  g_assert_cmpstr (phaen_project_get_activities (p1), ==,
                   "ผิวจราจรกว้าง 5 เมตร\nหนา 0.15 เมตร\n\tพร้อมป้ายโครงการ");
  g_assert_true (phaen_schedule_parse ("ต.ค.-ธ.ค.,มี.ค.", &mask, NULL));
  g_assert_cmpuint (phaen_project_get_schedule (p1), ==, mask);
  g_assert_cmpint (phaen_project_get_status (p1), ==, PHAEN_PROJECT_STATUS_IN_PROGRESS);
  g_assert_cmpuint (phaen_project_get_progress (p1), ==, 40);
  g_assert_cmpint (phaen_project_get_disbursed (p1), ==, G_GINT64_CONSTANT (48000025));

  p3 = phaen_plan_find_project (plan, "p3");
  g_assert_cmpint (phaen_project_get_kind (p3), ==, PHAEN_PROJECT_KIND_EQUIPMENT);
  g_assert_cmpstr (phaen_project_get_equipment_type (p3), ==, "ครุภัณฑ์การเกษตร");
  g_assert_cmpstr (phaen_project_get_location (p3), ==, "");

  p4 = phaen_plan_find_project (plan, "p4");
  g_assert_null (phaen_project_get_approach (phaen_plan_find_project (plan, "p2")));
  g_assert_cmpstr (phaen_project_get_remarks (p4), ==,
                   "ยกเลิกเพราะ \"โควิด\"\nปีหน้าค่อยทำ\r\nบรรทัดแบบ Windows");
}

static void
test_golden_schema (void)
{
  const char *names[] = { "golden-1.phaen", "minimal-1.phaen" };

  if (!have_xmllint ())
    return;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = data_path (names[i]);
      g_autoptr(GBytes) original = load_bytes (names[i]);
      g_autoptr(PhaenPlan) plan = read_bytes (original, names[i], NULL);
      g_autoptr(GBytes) written = NULL;
      g_autofree char *out = NULL;

      g_assert_true (schema_accepts (path));
      g_assert_nonnull (plan);
      written = phaen_xml_write_to_bytes (plan);
      out = write_temp (written, names[i]);
      g_assert_true (schema_accepts (out));
    }
}

/* Text pasted from elsewhere loads normalised: a no-break space, a
 * zero-width space, ำ typed as ํ + า (issue 12). */
static void
test_names_normalized (void)
{
  g_autoptr(GBytes) template = load_bytes ("unfinished/blank-unit-name.phaen");
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (template, NULL),
                                              g_bytes_get_size (template));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_string_replace (text, "<unit id=\"u1\"> </unit>",
                    "<unit id=\"u1\">ส\u0E4D\u0E32นักปลัด&#xA0;</unit>", 1);
  g_string_replace (text, "<unit id=\"u2\">กองช่าง</unit>",
                    "<unit id=\"u2\">กอง&#x200B;ช่าง\u00A0\u00A0</unit>", 1);
  g_string_replace (text, "<name>อาหารกลางวันศูนย์พัฒนาเด็กเล็ก</name>",
                    "<name>\n อาหาร\u00A0 กลางวัน\n</name>\n<activities> บรรทัด\u00A0\n\n</activities>", 1);
  bytes = g_bytes_new (text->str, text->len);

  plan = read_bytes (bytes, "pasted.phaen", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (phaen_unit_get_name (phaen_plan_find_unit (plan, "u1")), ==, "สำนักปลัด");
  g_assert_cmpstr (phaen_unit_get_name (phaen_plan_find_unit (plan, "u2")), ==, "กองช่าง");
  g_assert_cmpstr (phaen_project_get_name (phaen_plan_find_project (plan, "p1")), ==, "อาหาร กลางวัน");
  /* Free text is kept as it is; only names are normalised on load. */
  g_assert_cmpstr (phaen_project_get_activities (phaen_plan_find_project (plan, "p1")), ==, " บรรทัด\u00A0\n\n");
}

/* ---- unfinished work ------------------------------------------------------ */

/* "kind object property" for each problem of @plan, joined by "; ". */
static char *
describe_problems (PhaenPlan *plan)
{
  g_autoptr(GPtrArray) problems = phaen_plan_check (plan);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      PhaenProblem *problem = g_ptr_array_index (problems, i);
      GObject *object = phaen_problem_get_object (problem);
      g_autofree char *id = NULL;

      if (object == G_OBJECT (plan))
        id = g_strdup ("plan");
      else
        g_object_get (object, "id", &id, NULL);

      g_string_append_printf (out, "%s%s %s %s", i > 0 ? "; " : "",
                              phaen_problem_get_kind (problem) == PHAEN_PROBLEM_INCOMPLETE
                              ? "incomplete" : "invalid",
                              id, phaen_problem_get_property (problem));
    }

  return g_string_free (out, FALSE);
}

/* Files saved in the middle of entering a plan (issue 6: unfinished work
 * is never refused) load; what is missing is reported as problems. These
 * three were refused before. */
static const struct {
  const char *file;
  const char *problems;
} unfinished_cases[] = {
  { "blank-project-name.phaen", "incomplete p1 name" },
  { "blank-unit-name.phaen", "incomplete u1 name" },
  { "blank-organisation.phaen", "incomplete plan organisation-name" },
  { "work-in-progress.phaen",
    "incomplete plan organisation-name; incomplete s2 name; incomplete a2 name; "
    "incomplete p2 name; incomplete a2 strategy; incomplete p2 strategy; "
    "incomplete p2 program; incomplete p2 unit; incomplete p3 strategy; "
    "incomplete p3 program" },
};

static void
test_unfinished_load (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autofree char *name = g_build_filename ("unfinished", unfinished_cases[i].file, NULL);
  g_autoptr(GBytes) bytes = load_bytes (name);
  g_autoptr(GBytes) written = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(PhaenPlan) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problems = NULL;

  plan = read_bytes (bytes, unfinished_cases[i].file, &error);
  g_assert_no_error (error);
  problems = describe_problems (plan);
  g_assert_cmpstr (problems, ==, unfinished_cases[i].problems);
  g_assert_false (phaen_plan_validate (plan, NULL));
  g_assert_true (phaen_plan_check_storable (plan, NULL, NULL));

  /* and it is written the way it was read */
  written = phaen_xml_write_to_bytes (plan);
  back = read_bytes (written, "again", &error);
  g_assert_no_error (error);
  g_assert_true (phaen_plan_equal (plan, back, NULL));

  if (g_getenv ("PHAEN_XMLLINT") != NULL)
    {
      g_autofree char *path = data_path (name);
      g_autofree char *out = write_temp (written, unfinished_cases[i].file);

      g_assert_true (schema_accepts (path));
      g_assert_true (schema_accepts (out));
    }
}

/* A plan in the middle of being entered saves as it is: no attribute for
 * what is not chosen yet, empty names; it loads back equal. */
static void
test_unfinished_write (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(PhaenStrategy) strategy = phaen_strategy_new (NULL, "");
  g_autoptr(PhaenApproach) approach = phaen_approach_new (NULL, "แนวทางใหม่", NULL);
  g_autoptr(PhaenProject) project = phaen_project_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PhaenPlan) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;
  g_autofree char *problems = NULL;
  const char *data;

  phaen_plan_append_strategy (plan, strategy);
  phaen_plan_append_approach (plan, approach);
  phaen_plan_append_project (plan, project);
  problems = describe_problems (plan);
  g_assert_cmpstr (problems, ==,
                   "incomplete plan organisation-name; incomplete s1 name; "
                   "incomplete p1 name; incomplete a1 strategy; incomplete p1 strategy; "
                   "incomplete p1 program; incomplete p1 unit");

  bytes = phaen_xml_write_to_bytes (plan);
  data = g_bytes_get_data (bytes, NULL);
  g_assert_nonnull (strstr (data, "<project id=\"p1\" kind=\"project\">\n"));
  g_assert_nonnull (strstr (data, "<approach id=\"a1\">แนวทางใหม่</approach>"));
  g_assert_nonnull (strstr (data, "<strategy id=\"s1\"></strategy>"));

  back = read_bytes (bytes, "unfinished", &error);
  g_assert_no_error (error);
  if (!phaen_plan_equal (plan, back, &why))
    g_error ("differs: %s", why);

  if (have_xmllint ())
    {
      g_autofree char *path = write_temp (bytes, "unfinished.phaen");

      g_assert_true (schema_accepts (path));
    }
}

/* Unfinished is not broken: a reference that is there must resolve, an
 * approach must belong to the project's strategy once it has one. */
static void
test_unfinished_still_checked (void)
{
  static const struct { const char *from; const char *to; const char *message; } cases[] = {
    { "<project id=\"p3\" kind=\"equipment\" approach=\"a1\" unit=\"u1\">",
      "<project id=\"p3\" kind=\"equipment\" approach=\"a1\" unit=\"u7\">",
      "wip.phaen:35: project “p3” refers to the unknown unit “u7”" },
    { "<project id=\"p3\" kind=\"equipment\" approach=\"a1\" unit=\"u1\">",
      "<project id=\"p3\" kind=\"equipment\" strategy=\"s2\" approach=\"a1\" unit=\"u1\">",
      "wip.phaen:35: project “p3” is under strategy “s2” but its approach “a1” belongs to another strategy" },
    { "<approach id=\"a2\"/>", "<approach id=\"a2\" strategy=\"\"/>",
      "wip.phaen:24: “” is not a valid id (use up to 64 letters, digits, “-”, “_” or “.”)" },
  };
  g_autoptr(GBytes) template = load_bytes ("unfinished/work-in-progress.phaen");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (template, NULL),
                                                  g_bytes_get_size (template));
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(PhaenPlan) plan = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_cmpuint (g_string_replace (text, cases[i].from, cases[i].to, 1), ==, 1);
      bytes = g_bytes_new (text->str, text->len);
      plan = read_bytes (bytes, "wip.phaen", &error);
      g_assert_null (plan);
      g_assert_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* ---- hostile and broken files ------------------------------------------ */

typedef struct
{
  const char *file;
  int         code;
  const char *message;
  /* TRUE when the RELAX NG schema alone must also reject the file */
  gboolean    schema_rejects;
} BadCase;

static const BadCase bad_cases[] = {
  { "xxe.phaen", PHAEN_IO_ERROR_UNSUPPORTED,
    "xxe.phaen:2: document type declarations (DOCTYPE) are not allowed in plan files", FALSE },
  { "billion-laughs.phaen", PHAEN_IO_ERROR_UNSUPPORTED,
    "billion-laughs.phaen:2: document type declarations (DOCTYPE) are not allowed in plan files", FALSE },
  { "external-dtd.phaen", PHAEN_IO_ERROR_UNSUPPORTED,
    "external-dtd.phaen:2: document type declarations (DOCTYPE) are not allowed in plan files", FALSE },
  { "wrong-root.phaen", PHAEN_IO_ERROR_UNSUPPORTED,
    "wrong-root.phaen:2: this file is not a Phaen plan", TRUE },
  { "wrong-namespace.phaen", PHAEN_IO_ERROR_UNSUPPORTED,
    "wrong-namespace.phaen:2: this file is not a Phaen plan", TRUE },
  { "version-2.phaen", PHAEN_IO_ERROR_UNSUPPORTED,
    "version-2.phaen:2: this plan was written by a newer Phaen (format 2.0); this version reads format 1.x", TRUE },
  { "bad-version.phaen", PHAEN_IO_ERROR_INVALID,
    "bad-version.phaen:2: “one” is not a valid format version (expected for example “1.0”)", TRUE },
  { "invalid-utf8.phaen", PHAEN_IO_ERROR_ENCODING,
    "invalid-utf8.phaen:29: the file contains bytes that are not UTF-8 text", TRUE },
  { "nul-byte.phaen", PHAEN_IO_ERROR_ENCODING,
    "nul-byte.phaen:29: the file contains bytes that are not UTF-8 text", TRUE },
  { "latin1.phaen", PHAEN_IO_ERROR_ENCODING,
    "latin1.phaen:1: plan files must be encoded in UTF-8, not ISO-8859-1", FALSE },
  { "truncated.phaen", PHAEN_IO_ERROR_MALFORMED,
    "truncated.phaen:30: the file is not well-formed XML: Premature end of data in tag project line 28", TRUE },
  { "not-xml.phaen", PHAEN_IO_ERROR_MALFORMED,
    "not-xml.phaen:1: the file is not well-formed XML: Start tag expected, '<' not found", TRUE },
  { "empty.phaen", PHAEN_IO_ERROR_EMPTY,
    "empty.phaen:1: the file is empty", TRUE },
  { "duplicate-id.phaen", PHAEN_IO_ERROR_INVALID,
    "duplicate-id.phaen:13: the id “u1” of this <unit> is already used on line 12", FALSE },
  { "unknown-unit.phaen", PHAEN_IO_ERROR_INVALID,
    "unknown-unit.phaen:28: project “p1” refers to the unknown unit “u9”", FALSE },
  { "unknown-program.phaen", PHAEN_IO_ERROR_INVALID,
    "unknown-program.phaen:28: project “p1” refers to the unknown program “g7”", FALSE },
  { "unknown-strategy.phaen", PHAEN_IO_ERROR_INVALID,
    "unknown-strategy.phaen:28: project “p1” refers to the unknown strategy “s3”", FALSE },
  { "approach-other-strategy.phaen", PHAEN_IO_ERROR_INVALID,
    "approach-other-strategy.phaen:28: project “p1” is under strategy “s1” but its approach “a2” belongs to another strategy", FALSE },
  { "negative-budget.phaen", PHAEN_IO_ERROR_INVALID,
    "negative-budget.phaen:30: “-250000” in <budget> is not an amount of baht (digits, optionally a point and one or two digits of satang)", TRUE },
  { "too-many-decimals.phaen", PHAEN_IO_ERROR_INVALID,
    "too-many-decimals.phaen:30: “250000.125” in <budget> is not an amount of baht (digits, optionally a point and one or two digits of satang)", TRUE },
  { "bad-schedule.phaen", PHAEN_IO_ERROR_INVALID,
    "bad-schedule.phaen:31: “ก.ค.-ต.ค.” in <schedule> is not a list of fiscal months such as “ต.ค.-ธ.ค.,มี.ค.”", FALSE },
  { "fiscal-year-range.phaen", PHAEN_IO_ERROR_INVALID,
    "fiscal-year-range.phaen:6: the fiscal year “2025” is not a Buddhist-era year from 2400 to 2700", TRUE },
  { "bad-date.phaen", PHAEN_IO_ERROR_INVALID,
    "bad-date.phaen:8: “2024-02-30” is not a valid date (YYYY-MM-DD, Common Era)", TRUE },
  { "progress-150.phaen", PHAEN_IO_ERROR_INVALID,
    "progress-150.phaen:32: the progress “150” is not a percentage from 0 to 100", TRUE },
  { "unknown-element.phaen", PHAEN_IO_ERROR_INVALID,
    "unknown-element.phaen:31: unknown element <priority> inside <project>", TRUE },
  { "unknown-attribute.phaen", PHAEN_IO_ERROR_INVALID,
    "unknown-attribute.phaen:13: unknown attribute “colour” on <unit>", TRUE },
  { "missing-budget.phaen", PHAEN_IO_ERROR_INVALID,
    "missing-budget.phaen:28: <project> lacks the required element <budget>", TRUE },
  { "out-of-order.phaen", PHAEN_IO_ERROR_INVALID,
    "out-of-order.phaen:31: <budget> is out of order inside <project> (see the file format description)", TRUE },
  { "bad-kind.phaen", PHAEN_IO_ERROR_INVALID,
    "bad-kind.phaen:28: “building” is not a valid value for the attribute “kind” of <project>", TRUE },
  { "text-in-container.phaen", PHAEN_IO_ERROR_INVALID,
    "text-in-container.phaen:12: unexpected text inside <units>", TRUE },
  /* Issue 12: what a plan cannot hold is refused at the door, with the line. */
  { "noncharacter.phaen", PHAEN_IO_ERROR_INVALID,
    "noncharacter.phaen:30: the text of <activities>: character 13 is U+FDD0, a Unicode noncharacter, which a plan cannot hold", FALSE },
  { "noncharacter-name.phaen", PHAEN_IO_ERROR_INVALID,
    "noncharacter-name.phaen:13: the text of <unit>: character 8 is U+FDEF, a Unicode noncharacter, which a plan cannot hold", FALSE },
  { "control-character.phaen", PHAEN_IO_ERROR_INVALID,
    "control-character.phaen:33: the text of <remarks>: character 9 is the control character U+0085, which a plan cannot hold", FALSE },
  { "budget-too-large.phaen", PHAEN_IO_ERROR_INVALID,
    "budget-too-large.phaen:30: the amount “1000000000000.01” in <budget> is too large", FALSE },
  { "name-too-long.phaen", PHAEN_IO_ERROR_INVALID,
    "name-too-long.phaen:21: the text of <strategy>: the text is 1001 characters long; at most 1000 characters are allowed", FALSE },
};

static void
test_bad_file (gconstpointer user_data)
{
  const BadCase *c = user_data;
  g_autofree char *name = g_build_filename ("bad", c->file, NULL);
  g_autoptr(GBytes) bytes = load_bytes (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;

  plan = read_bytes (bytes, c->file, &error);
  g_assert_null (plan);
  g_assert_error (error, PHAEN_IO_ERROR, c->code);
  g_assert_cmpstr (error->message, ==, c->message);

  if (c->schema_rejects && g_getenv ("PHAEN_XMLLINT") != NULL)
    {
      g_autofree char *path = data_path (name);

      g_assert_false (schema_accepts (path));
    }
}

/* The whole corpus directory is covered by the table. */
static void
test_bad_corpus_complete (void)
{
  g_autofree char *dir_path = data_path ("bad");
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *entry;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((entry = g_dir_read_name (dir)) != NULL)
    {
      gboolean listed = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
        listed |= strcmp (bad_cases[i].file, entry) == 0;
      if (!listed)
        g_test_message ("not in the table: %s", entry);
      g_assert_true (listed);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (bad_cases));
}

/* The XXE file must fail without reading /etc/passwd into anything. */
static void
test_bad_xxe_no_content (void)
{
  g_autoptr(GBytes) bytes = load_bytes ("bad/xxe.phaen");
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = read_bytes (bytes, "x", &error);

  g_assert_null (plan);
  g_assert_nonnull (error);
  g_assert_null (strstr (error->message, "root:"));
}

static void
test_bad_null_filename (void)
{
  g_autoptr(GError) error = NULL;
  PhaenPlan *plan = phaen_xml_read_from_data ("  \n", 3, NULL, &error);

  g_assert_null (plan);
  g_assert_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_EMPTY);
  g_assert_cmpstr (error->message, ==, "-:1: the file is empty");
}

/* A catalogue longer than PHAEN_LIMIT_CATALOGUE is refused at the first
 * entry too many. */
static void
test_bad_too_many_units (void)
{
  g_autoptr(GBytes) template = load_bytes ("minimal-1.phaen");
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (template, NULL),
                                              g_bytes_get_size (template));
  g_autoptr(GString) units = g_string_new ("<units>\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  g_autofree char *expected = NULL;
  const char *start, *end;
  guint line;

  for (guint i = 1; i <= PHAEN_LIMIT_CATALOGUE + 1; i++)
    g_string_append_printf (units, "<unit id=\"x%u\">หน่วย %u</unit>\n", i, i);
  start = strstr (text->str, "<units");
  end = strstr (text->str, "</units>");
  g_assert_nonnull (start);
  g_assert_nonnull (end);
  /* the line of <units>, then one unit per line */
  line = 1;
  for (const char *p = text->str; p < start; p++)
    line += *p == '\n';
  g_string_erase (text, start - text->str, end - start);
  g_string_insert (text, start - text->str, units->str);
  bytes = g_bytes_new (text->str, text->len);

  plan = read_bytes (bytes, "many.phaen", &error);
  g_assert_null (plan);
  g_assert_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_INVALID);
  expected = g_strdup_printf ("many.phaen:%u: <units> holds more than %u <unit> elements, the most a plan may have",
                              line + PHAEN_LIMIT_CATALOGUE + 1, PHAEN_LIMIT_CATALOGUE);
  g_assert_cmpstr (error->message, ==, expected);
}

/* ---- writer -------------------------------------------------------------- */

static PhaenPlan *
make_small_plan (void)
{
  PhaenPlan *plan = phaen_plan_new ();
  g_autoptr(PhaenStrategy) strategy = phaen_strategy_new ("s1", "ยุทธศาสตร์ที่ <หนึ่ง> & \"สอง\"");
  g_autoptr(PhaenUnit) unit = phaen_unit_new ("u1", "  กองช่าง  ");
  g_autoptr(PhaenProject) project = phaen_project_new ();
  PhaenProgram *program;

  g_object_set (plan,
                "organisation-name", "เทศบาลตำบลทดสอบ",
                "fiscal-year", 2570,
                "foreword", "\n\nย่อหน้าแรก\r\n\r\nย่อหน้าที่สอง\n",
                NULL);
  phaen_plan_append_strategy (plan, strategy);
  phaen_plan_append_unit (plan, unit);
  program = g_list_model_get_item (phaen_plan_get_programs (plan), 0);

  phaen_project_set_id (project, "p1");
  phaen_project_set_name (project, "]]> ไม่ใช่ CDATA ]]>");
  phaen_project_set_activities (project, " \t ");
  phaen_project_set_strategy (project, strategy);
  phaen_project_set_program (project, program);
  phaen_project_set_unit (project, unit);
  phaen_project_set_budget (project, PHAEN_MONEY_MAX);
  phaen_plan_append_project (plan, project);
  g_object_unref (program);

  return plan;
}

static void
test_write_escaping (void)
{
  g_autoptr(PhaenPlan) plan = make_small_plan ();
  g_autoptr(GBytes) bytes = phaen_xml_write_to_bytes (plan);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(PhaenPlan) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *why = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_assert_true (g_str_has_prefix (data, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<plan xmlns=\"urn:phaen:plan:1\" version=\"1.1\">\n"
                                         "  <organisation kind="));
  g_assert_cmpint (data[length - 1], ==, '\n');
  g_assert_cmpint (data[length - 2], ==, '>');

  back = read_bytes (bytes, "escaping", &error);
  g_assert_no_error (error);
  if (!phaen_plan_equal_full (plan, back, PHAEN_PLAN_EQUAL_AS_SAVED, &why))
    g_test_message ("difference: %s", why);
  g_assert_true (phaen_plan_equal_full (plan, back, PHAEN_PLAN_EQUAL_AS_SAVED, NULL));

  /* Free text comes back exactly; a name comes back normalised (issue 12:
   * text that looks the same is the same). */
  g_assert_cmpstr (phaen_plan_get_text (back, "foreword"), ==, "\n\nย่อหน้าแรก\r\n\r\nย่อหน้าที่สอง\n");
  g_assert_cmpstr (phaen_unit_get_name (phaen_plan_find_unit (back, "u1")), ==, "กองช่าง");
  g_assert_false (phaen_plan_equal (plan, back, NULL));
  g_assert_nonnull (strstr (data, "<unit id=\"u1\">กองช่าง</unit>"));

  /* Deterministic: writing the re-read plan gives the same bytes. */
  again = phaen_xml_write_to_bytes (back);
  g_assert_true (g_bytes_equal (bytes, again));

  if (have_xmllint ())
    {
      g_autofree char *path = write_temp (bytes, "escaping.phaen");

      g_assert_true (schema_accepts (path));
    }
}

/* Characters XML 1.0 cannot carry are left out of the text written (the
 * read-back of phaen_file_save() then refuses the save); everything else
 * is written, "&", "<", ">" and carriage returns escaped. */
static void
test_write_drops_unwritable (void)
{
  g_autoptr(PhaenPlan) plan = make_small_plan ();
  g_autoptr(PhaenProject) project = g_list_model_get_item (phaen_plan_get_projects (plan), 0);
  g_autoptr(GBytes) bytes = NULL;
  const char *data;

  phaen_project_set_activities (project, "a\x01" "b\x1F\uFFFE" "c\uFFFF" "d\uFFFD\tก&<>\r\ne\x7F");
  bytes = phaen_xml_write_to_bytes (plan);
  data = g_bytes_get_data (bytes, NULL);

  g_assert_nonnull (strstr (data, "<activities>abcd\uFFFD\tก&amp;&lt;&gt;&#13;\ne\x7F</activities>"));
  g_assert_null (strchr (data, '\x01'));
  g_assert_null (strstr (data, "\uFFFE"));
  g_assert_null (strstr (data, "\uFFFF"));
}

static void
test_write_empty_plan (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) nameless = NULL;
  g_autoptr(PhaenPlan) back = NULL;
  g_autoptr(PhaenPlan) unfinished = NULL;
  g_autoptr(GError) error = NULL;

  /* A plan without an organisation is unfinished work: it loads (issue 6;
   * it was refused before), and says what is missing. */
  nameless = phaen_xml_write_to_bytes (plan);
  unfinished = read_bytes (nameless, "nameless", &error);
  g_assert_no_error (error);
  g_assert_false (phaen_plan_validate (unfinished, &error));
  g_assert_cmpstr (error->message, ==, "The organisation name is empty");
  g_clear_error (&error);

  /* With a name but nothing else, it comes back whole. */
  g_object_set (plan, "organisation-name", "เทศบาลตำบลว่างเปล่า", NULL);
  bytes = phaen_xml_write_to_bytes (plan);
  back = read_bytes (bytes, "empty", &error);
  g_assert_no_error (error);
  g_assert_true (phaen_plan_equal (plan, back, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_programs (back)), ==, 12);

  if (have_xmllint ())
    {
      g_autofree char *path = write_temp (bytes, "empty.phaen");

      g_assert_true (schema_accepts (path));
    }
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  temp_dir = g_dir_make_tmp ("phaen-test-xml-XXXXXX", NULL);
  g_assert_nonnull (temp_dir);

  g_test_add_data_func ("/xml/golden/roundtrip/golden-1", "golden-1.phaen", test_golden_roundtrip);
  g_test_add_data_func ("/xml/golden/roundtrip/minimal-1", "minimal-1.phaen", test_golden_roundtrip);
  g_test_add_func ("/xml/golden/values", test_golden_values);
  g_test_add_func ("/xml/golden/schema", test_golden_schema);
  g_test_add_func ("/xml/read/names-normalized", test_names_normalized);
  for (guint i = 0; i < G_N_ELEMENTS (unfinished_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/xml/unfinished/%s", unfinished_cases[i].file);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_unfinished_load);
    }
  g_test_add_func ("/xml/unfinished/write", test_unfinished_write);
  g_test_add_func ("/xml/unfinished/still-checked", test_unfinished_still_checked);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/xml/bad/%s", bad_cases[i].file);

      g_test_add_data_func (path, &bad_cases[i], test_bad_file);
    }
  g_test_add_func ("/xml/bad/corpus-complete", test_bad_corpus_complete);
  g_test_add_func ("/xml/bad/xxe-no-content", test_bad_xxe_no_content);
  g_test_add_func ("/xml/bad/null-filename", test_bad_null_filename);
  g_test_add_func ("/xml/bad/too-many-units", test_bad_too_many_units);

  g_test_add_func ("/xml/write/escaping", test_write_escaping);
  g_test_add_func ("/xml/write/drops-unwritable", test_write_drops_unwritable);
  g_test_add_func ("/xml/write/empty-plan", test_write_empty_plan);

  ret = g_test_run ();
  remove_tree (temp_dir);
  g_free (temp_dir);
  return ret;
}
