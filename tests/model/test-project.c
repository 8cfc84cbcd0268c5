/* test-project.c: the small model objects (unit, program, strategy,
 * approach) and PhaenProject: properties, notifications, keywords, copy and
 * equality.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "phaen-approach.h"
#include "phaen-program.h"
#include "phaen-project.h"
#include "phaen-strategy.h"
#include "phaen-unit.h"
#include "phaen-fixtures.h"

/* ---- helpers ------------------------------------------------------------ */

/* A fresh object of @type, used as the new value of object properties. */
static GObject *
new_reference (GType type)
{
  return g_object_new (type, "id", "other", "name", "อื่น", NULL);
}

/* Sets @value to something different from @current. */
static void
different_value (GParamSpec   *pspec,
                 const GValue *current,
                 GValue       *value,
                 GObject     **keep_alive)
{
  if (phaen_fixture_different_value (pspec, current, value))
    return;

  if (G_IS_PARAM_SPEC_OBJECT (pspec))
    {
      *keep_alive = new_reference (pspec->value_type);
      g_value_set_object (value, *keep_alive);
    }
  else
    g_assert_not_reached ();
}

/* Every property: a new value notifies exactly once and reads back; the
 * same value again does not notify. */
static void
check_properties_notify (GObject *object)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  g_assert_cmpuint (n_pspecs, >, 0);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) current = G_VALUE_INIT;
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) back = G_VALUE_INIT;
      g_autoptr(GObject) keep_alive = NULL;
      PhaenFixtureNotifyCounter counter = { pspec->name, 0 };
      gulong handler;

      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
      g_assert_true (pspec->flags & G_PARAM_STATIC_NAME);

      g_value_init (&current, pspec->value_type);
      g_object_get_property (object, pspec->name, &current);
      different_value (pspec, &current, &value, &keep_alive);

      handler = g_signal_connect (object, "notify", G_CALLBACK (phaen_fixture_count_notify_cb), &counter);

      g_object_set_property (object, pspec->name, &value);
      g_assert_cmpuint (counter.count, ==, 1);

      g_value_init (&back, pspec->value_type);
      g_object_get_property (object, pspec->name, &back);
      g_assert_cmpint (g_param_values_cmp (pspec, &value, &back), ==, 0);

      g_object_set_property (object, pspec->name, &value);
      g_assert_cmpuint (counter.count, ==, 1);

      g_signal_handler_disconnect (object, handler);
    }
}

/* Setting NULL to every string property stores "". */
static void
check_strings_never_null (GObject *object)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  guint n_strings = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_autofree char *text = NULL;

      if (!G_IS_PARAM_SPEC_STRING (pspecs[i]))
        continue;

      n_strings++;
      g_object_get (object, pspecs[i]->name, &text, NULL);
      g_assert_nonnull (text);
      g_clear_pointer (&text, g_free);

      g_object_set (object, pspecs[i]->name, "x", NULL);
      g_object_set (object, pspecs[i]->name, NULL, NULL);
      g_object_get (object, pspecs[i]->name, &text, NULL);
      g_assert_cmpstr (text, ==, "");
    }

  g_assert_cmpuint (n_strings, >=, 2);
}

/* ---- small objects -------------------------------------------------------- */

static void
test_unit_properties (void)
{
  g_autoptr(PhaenUnit) unit = phaen_unit_new ("u3", "กองช่าง");

  g_assert_cmpstr (phaen_unit_get_id (unit), ==, "u3");
  g_assert_cmpstr (phaen_unit_get_name (unit), ==, "กองช่าง");
  phaen_unit_set_name (unit, "กองคลัง");
  g_assert_cmpstr (phaen_unit_get_name (unit), ==, "กองคลัง");

  check_properties_notify (G_OBJECT (unit));
  check_strings_never_null (G_OBJECT (unit));
}

static void
test_unit_null_constructor (void)
{
  g_autoptr(PhaenUnit) unit = phaen_unit_new (NULL, NULL);
  g_autoptr(PhaenStrategy) strategy = phaen_strategy_new (NULL, NULL);
  g_autoptr(PhaenProgram) program = phaen_program_new (NULL, NULL);
  g_autoptr(PhaenApproach) approach = phaen_approach_new (NULL, NULL, NULL);

  g_assert_cmpstr (phaen_unit_get_id (unit), ==, "");
  g_assert_cmpstr (phaen_unit_get_name (unit), ==, "");
  g_assert_cmpstr (phaen_strategy_get_id (strategy), ==, "");
  g_assert_cmpstr (phaen_program_get_name (program), ==, "");
  g_assert_false (phaen_program_get_standard (program));
  g_assert_cmpstr (phaen_approach_get_id (approach), ==, "");
  g_assert_null (phaen_approach_get_strategy (approach));
}

static void
test_strategy_properties (void)
{
  g_autoptr(PhaenStrategy) strategy = phaen_strategy_new ("s1", "การพัฒนาโครงสร้างพื้นฐาน");

  g_assert_cmpstr (phaen_strategy_get_id (strategy), ==, "s1");
  g_assert_cmpstr (phaen_strategy_get_name (strategy), ==, "การพัฒนาโครงสร้างพื้นฐาน");
  phaen_strategy_set_id (strategy, "s9");
  g_assert_cmpstr (phaen_strategy_get_id (strategy), ==, "s9");

  check_properties_notify (G_OBJECT (strategy));
  check_strings_never_null (G_OBJECT (strategy));
}

static void
test_program_properties (void)
{
  g_autoptr(PhaenProgram) program = phaen_program_new ("g20", "แผนงานพิเศษ");

  g_assert_cmpstr (phaen_program_get_id (program), ==, "g20");
  g_assert_false (phaen_program_get_standard (program));
  phaen_program_set_standard (program, TRUE);
  g_assert_true (phaen_program_get_standard (program));

  check_properties_notify (G_OBJECT (program));
  check_strings_never_null (G_OBJECT (program));
}

static void
test_program_standard_names (void)
{
  static const char * const expected[] = {
    "แผนงานบริหารงานทั่วไป",
    "แผนงานการรักษาความสงบภายใน",
    "แผนงานการศึกษา",
    "แผนงานสาธารณสุข",
    "แผนงานสังคมสงเคราะห์",
    "แผนงานเคหะและชุมชน",
    "แผนงานสร้างความเข้มแข็งของชุมชน",
    "แผนงานการศาสนาวัฒนธรรมและนันทนาการ",
    "แผนงานอุตสาหกรรมและการโยธา",
    "แผนงานการเกษตร",
    "แผนงานการพาณิชย์",
    "แผนงานงบกลาง",
  };
  const char * const *names = phaen_program_standard_names ();

  g_assert_nonnull (names);
  g_assert_cmpuint (g_strv_length ((char **) names), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_cmpstr (names[i], ==, expected[i]);
      g_assert_true (g_utf8_validate (names[i], -1, NULL));
    }
}

static void
test_approach_properties (void)
{
  g_autoptr(PhaenStrategy) s1 = phaen_strategy_new ("s1", "หนึ่ง");
  g_autoptr(PhaenStrategy) s2 = phaen_strategy_new ("s2", "สอง");
  g_autoptr(PhaenApproach) approach = phaen_approach_new ("a1", "ก่อสร้างถนน", s1);
  PhaenFixtureNotifyCounter counter = { "strategy", 0 };

  g_assert_true (phaen_approach_get_strategy (approach) == s1);

  g_signal_connect (approach, "notify", G_CALLBACK (phaen_fixture_count_notify_cb), &counter);
  phaen_approach_set_strategy (approach, s1);
  g_assert_cmpuint (counter.count, ==, 0);
  phaen_approach_set_strategy (approach, s2);
  g_assert_cmpuint (counter.count, ==, 1);
  g_assert_true (phaen_approach_get_strategy (approach) == s2);
  phaen_approach_set_strategy (approach, NULL);
  g_assert_cmpuint (counter.count, ==, 2);
  g_assert_null (phaen_approach_get_strategy (approach));
  g_signal_handlers_disconnect_by_data (approach, &counter);

  check_properties_notify (G_OBJECT (approach));
  check_strings_never_null (G_OBJECT (approach));
}

/* ---- project --------------------------------------------------------------- */

typedef struct
{
  PhaenStrategy *strategy;
  PhaenApproach *approach;
  PhaenProgram  *program;
  PhaenUnit     *unit;
  PhaenProject  *project;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->strategy = phaen_strategy_new ("s1", "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน");
  f->approach = phaen_approach_new ("a1", "ก่อสร้างและปรับปรุงถนน", f->strategy);
  f->program = phaen_program_new ("g9", "แผนงานอุตสาหกรรมและการโยธา");
  f->unit = phaen_unit_new ("u1", "กองช่าง");

  f->project = phaen_project_new ();
  g_object_set (f->project,
                "id", "p1",
                "kind", PHAEN_PROJECT_KIND_PROJECT,
                "name", "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก",
                "activities", "ก่อสร้างถนนกว้าง 4 เมตร\nยาว 200 เมตร",
                "budget", (gint64) 45000000,
                "location", "ชุมชนบ้านใหม่",
                "strategy", f->strategy,
                "approach", f->approach,
                "program", f->program,
                "unit", f->unit,
                "schedule", 0x00Eu,
                "source", "เทศบัญญัติ",
                "target", "ถนน 1 สาย",
                "category", "",
                "equipment-type", "",
                "reference", "แผนพัฒนาท้องถิ่น หน้า 12",
                "status", PHAEN_PROJECT_STATUS_IN_PROGRESS,
                "contracted", (gint64) 44000000,
                "disbursed", (gint64) 10000000,
                "progress", 40u,
                "actual-schedule", 0x01Cu,
                "remarks", "หมายเหตุ",
                NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->project);
  g_clear_object (&f->unit);
  g_clear_object (&f->program);
  g_clear_object (&f->approach);
  g_clear_object (&f->strategy);
}

static void
test_project_defaults (void)
{
  g_autoptr(PhaenProject) project = phaen_project_new ();

  g_assert_cmpstr (phaen_project_get_id (project), ==, "");
  g_assert_cmpstr (phaen_project_get_name (project), ==, "");
  g_assert_cmpint (phaen_project_get_kind (project), ==, PHAEN_PROJECT_KIND_PROJECT);
  g_assert_cmpint (phaen_project_get_status (project), ==, PHAEN_PROJECT_STATUS_NOT_STARTED);
  g_assert_cmpint (phaen_project_get_budget (project), ==, 0);
  g_assert_cmpuint (phaen_project_get_schedule (project), ==, 0);
  g_assert_cmpuint (phaen_project_get_progress (project), ==, 0);
  g_assert_null (phaen_project_get_strategy (project));
  g_assert_null (phaen_project_get_approach (project));
  g_assert_null (phaen_project_get_program (project));
  g_assert_null (phaen_project_get_unit (project));
}

static void
test_project_getters (Fixture       *f,
                      gconstpointer  data)
{
  PhaenProject *p = f->project;

  g_assert_cmpstr (phaen_project_get_id (p), ==, "p1");
  g_assert_cmpint (phaen_project_get_kind (p), ==, PHAEN_PROJECT_KIND_PROJECT);
  g_assert_cmpstr (phaen_project_get_name (p), ==, "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก");
  g_assert_cmpstr (phaen_project_get_activities (p), ==, "ก่อสร้างถนนกว้าง 4 เมตร\nยาว 200 เมตร");
  g_assert_cmpint (phaen_project_get_budget (p), ==, 45000000);
  g_assert_cmpstr (phaen_project_get_location (p), ==, "ชุมชนบ้านใหม่");
  g_assert_true (phaen_project_get_strategy (p) == f->strategy);
  g_assert_true (phaen_project_get_approach (p) == f->approach);
  g_assert_true (phaen_project_get_program (p) == f->program);
  g_assert_true (phaen_project_get_unit (p) == f->unit);
  g_assert_cmpuint (phaen_project_get_schedule (p), ==, 0x00E);
  g_assert_cmpstr (phaen_project_get_source (p), ==, "เทศบัญญัติ");
  g_assert_cmpstr (phaen_project_get_target (p), ==, "ถนน 1 สาย");
  g_assert_cmpstr (phaen_project_get_category (p), ==, "");
  g_assert_cmpstr (phaen_project_get_equipment_type (p), ==, "");
  g_assert_cmpstr (phaen_project_get_reference (p), ==, "แผนพัฒนาท้องถิ่น หน้า 12");
  g_assert_cmpint (phaen_project_get_status (p), ==, PHAEN_PROJECT_STATUS_IN_PROGRESS);
  g_assert_cmpint (phaen_project_get_contracted (p), ==, 44000000);
  g_assert_cmpint (phaen_project_get_disbursed (p), ==, 10000000);
  g_assert_cmpuint (phaen_project_get_progress (p), ==, 40);
  g_assert_cmpuint (phaen_project_get_actual_schedule (p), ==, 0x01C);
  g_assert_cmpstr (phaen_project_get_remarks (p), ==, "หมายเหตุ");

  /* The C setters and the properties are the same thing. */
  phaen_project_set_budget (p, 7);
  phaen_project_set_equipment_type (p, "ครุภัณฑ์สำนักงาน");
  phaen_project_set_approach (p, NULL);
  g_assert_cmpint (phaen_project_get_budget (p), ==, 7);
  g_assert_cmpstr (phaen_project_get_equipment_type (p), ==, "ครุภัณฑ์สำนักงาน");
  g_assert_null (phaen_project_get_approach (p));
}

static void
test_project_notify (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  /* Every documented property is there. */
  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (f->project), &n_pspecs);
  g_assert_cmpuint (n_pspecs, ==, 22);

  check_properties_notify (G_OBJECT (f->project));
  check_strings_never_null (G_OBJECT (f->project));
}

static void
test_project_copy_equal (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PhaenProject) copy = phaen_project_copy (f->project);

  g_assert_true (copy != f->project);
  g_assert_true (phaen_project_equal (f->project, copy));
  g_assert_true (phaen_project_equal (copy, f->project));
  g_assert_cmpstr (phaen_project_get_id (copy), ==, "p1");
  /* References are shared, strings are not. */
  g_assert_true (phaen_project_get_strategy (copy) == f->strategy);
  g_assert_true (phaen_project_get_unit (copy) == f->unit);
  g_assert_true (phaen_project_get_name (copy) != phaen_project_get_name (f->project));
}

/* Changing any single property makes the copies unequal. */
static void
test_project_equal_each_field (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (f->project), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_autoptr(PhaenProject) copy = phaen_project_copy (f->project);
      g_autoptr(GObject) keep_alive = NULL;
      g_auto(GValue) current = G_VALUE_INIT;
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&current, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (copy), pspecs[i]->name, &current);
      different_value (pspecs[i], &current, &value, &keep_alive);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);

      if (phaen_project_equal (f->project, copy))
        g_error ("a change to “%s” went unnoticed", pspecs[i]->name);
    }
}

/* References are compared by id: a different object with the same id is
 * equal (as after reading a saved file back). */
static void
test_project_equal_by_id (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PhaenProject) copy = phaen_project_copy (f->project);
  g_autoptr(PhaenUnit) twin = phaen_unit_new ("u1", "ชื่ออื่นก็ได้");
  g_autoptr(PhaenUnit) other = phaen_unit_new ("u2", "กองช่าง");

  phaen_project_set_unit (copy, twin);
  g_assert_true (phaen_project_equal (f->project, copy));
  phaen_project_set_unit (copy, other);
  g_assert_false (phaen_project_equal (f->project, copy));
  phaen_project_set_unit (copy, NULL);
  g_assert_false (phaen_project_equal (f->project, copy));
  g_assert_false (phaen_project_equal (copy, f->project));
}

/* ---- keywords -------------------------------------------------------------- */

static void
test_kind_keywords (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (PHAEN_TYPE_PROJECT_KIND);
  PhaenProjectKind kind;

  g_assert_cmpuint (klass->n_values, ==, 2);
  for (guint i = 0; i < klass->n_values; i++)
    {
      PhaenProjectKind value = klass->values[i].value;
      const char *keyword = phaen_project_kind_to_string (value);
      PhaenProjectKind back = 99;

      g_assert_cmpstr (keyword, ==, klass->values[i].value_nick);
      g_assert_true (phaen_project_kind_from_string (keyword, &back));
      g_assert_cmpint (back, ==, value);
      g_assert_nonnull (phaen_project_kind_label (value));
      g_assert_cmpstr (phaen_project_kind_label (value), !=, "");
    }

  g_assert_cmpstr (phaen_project_kind_to_string (PHAEN_PROJECT_KIND_EQUIPMENT), ==, "equipment");
  g_assert_cmpstr (phaen_project_kind_label (PHAEN_PROJECT_KIND_EQUIPMENT), ==, "ครุภัณฑ์");
  g_assert_cmpstr (phaen_project_kind_label (PHAEN_PROJECT_KIND_PROJECT), ==, "โครงการ");

  kind = PHAEN_PROJECT_KIND_EQUIPMENT;
  g_assert_false (phaen_project_kind_from_string ("Project", &kind));
  g_assert_false (phaen_project_kind_from_string ("", &kind));
  g_assert_false (phaen_project_kind_from_string (NULL, &kind));
  g_assert_cmpint (kind, ==, PHAEN_PROJECT_KIND_EQUIPMENT);
}

static void
test_status_keywords (void)
{
  static const char * const expected[] = {
    "not-started", "in-progress", "completed", "cancelled", "carried-over"
  };
  g_autoptr(GEnumClass) klass = g_type_class_ref (PHAEN_TYPE_PROJECT_STATUS);
  g_autoptr(GHashTable) labels = g_hash_table_new (g_str_hash, g_str_equal);
  PhaenProjectStatus status = PHAEN_PROJECT_STATUS_COMPLETED;

  g_assert_cmpuint (klass->n_values, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      PhaenProjectStatus back = 99;

      g_assert_cmpstr (phaen_project_status_to_string (i), ==, expected[i]);
      g_assert_cmpstr (klass->values[i].value_nick, ==, expected[i]);
      g_assert_true (phaen_project_status_from_string (expected[i], &back));
      g_assert_cmpint (back, ==, i);
      /* distinct, non-empty Thai labels */
      g_assert_cmpstr (phaen_project_status_label (i), !=, "");
      g_assert_true (g_hash_table_add (labels, (gpointer) phaen_project_status_label (i)));
    }

  g_assert_cmpstr (phaen_project_status_label (PHAEN_PROJECT_STATUS_CANCELLED), ==, "ยกเลิก");
  g_assert_false (phaen_project_status_from_string ("done", &status));
  g_assert_cmpint (status, ==, PHAEN_PROJECT_STATUS_COMPLETED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/model/unit/properties", test_unit_properties);
  g_test_add_func ("/model/objects/null-constructor", test_unit_null_constructor);
  g_test_add_func ("/model/strategy/properties", test_strategy_properties);
  g_test_add_func ("/model/program/properties", test_program_properties);
  g_test_add_func ("/model/program/standard-names", test_program_standard_names);
  g_test_add_func ("/model/approach/properties", test_approach_properties);
  g_test_add_func ("/model/project/defaults", test_project_defaults);
  g_test_add ("/model/project/getters", Fixture, NULL,
              fixture_set_up, test_project_getters, fixture_tear_down);
  g_test_add ("/model/project/notify", Fixture, NULL,
              fixture_set_up, test_project_notify, fixture_tear_down);
  g_test_add ("/model/project/copy-equal", Fixture, NULL,
              fixture_set_up, test_project_copy_equal, fixture_tear_down);
  g_test_add ("/model/project/equal-each-field", Fixture, NULL,
              fixture_set_up, test_project_equal_each_field, fixture_tear_down);
  g_test_add ("/model/project/equal-by-id", Fixture, NULL,
              fixture_set_up, test_project_equal_by_id, fixture_tear_down);
  g_test_add_func ("/model/project/kind-keywords", test_kind_keywords);
  g_test_add_func ("/model/project/status-keywords", test_status_keywords);

  return g_test_run ();
}
