/* test-plan.c: PhaenPlan: construction, properties, collections and ids,
 * lookups, equality, validation, default texts and keywords.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "phaen-announcement.h"
#include "phaen-limits.h"
#include "phaen-model-error.h"
#include "phaen-money.h"
#include "phaen-plan-private.h"
#include "phaen-properties.h"
#include "phaen-plan.h"

#include "phaen-fixtures.h"

/* ---- helpers ------------------------------------------------------------ */

static gpointer
item (GListModel *model,
      guint       position)
{
  /* The plan keeps the item alive; tests use the borrowed pointer. */
  GObject *object = g_list_model_get_item (model, position);

  g_object_unref (object);
  return object;
}

/* A value different from @current for any property type of the model;
 * object values are taken from @plan's collections (another id). */
static void
different_value (PhaenPlan    *plan,
                 GParamSpec   *pspec,
                 const GValue *current,
                 GValue       *value)
{
  if (phaen_fixture_different_value (pspec, current, value))
    return;

  if (G_IS_PARAM_SPEC_OBJECT (pspec))
    {
      GListModel *model;
      GObject *old = g_value_get_object (current);

      if (pspec->value_type == PHAEN_TYPE_STRATEGY)
        model = phaen_plan_get_strategies (plan);
      else if (pspec->value_type == PHAEN_TYPE_APPROACH)
        model = phaen_plan_get_approaches (plan);
      else if (pspec->value_type == PHAEN_TYPE_PROGRAM)
        model = phaen_plan_get_programs (plan);
      else
        model = phaen_plan_get_units (plan);

      /* the first item that is not the current one */
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          GObject *candidate = item (model, i);

          if (candidate != old)
            {
              g_value_set_object (value, candidate);
              return;
            }
        }
      g_assert_not_reached ();
    }
  else if (pspec->value_type == G_TYPE_BYTES)
    {
      GBytes *old = g_value_get_boxed (current);
      gsize n = old != NULL ? g_bytes_get_size (old) : 0;
      g_autofree guint8 *data = g_malloc0 (n + 1);

      if (n > 0)
        memcpy (data, g_bytes_get_data (old, NULL), n);
      g_value_take_boxed (value, g_bytes_new (data, n + 1));
    }
  else
    g_assert_not_reached ();
}

/* A complete, valid plan: two of everything, every field filled in. */
static PhaenPlan *
build_plan (void)
{
  PhaenPlan *plan = phaen_fixture_plan_new ("เทศบาลเมืองจันทนิมิต", 2569);
  PhaenProject *p1;
  PhaenProject *p2;

  g_object_set (plan,
                "district", "เมืองจันทบุรี",
                "province", "จันทบุรี",
                "preparing-unit", "งานวิเคราะห์นโยบายและแผน กองวิชาการและแผนงาน",
                "announcement-date", "2025-11-20",
                "signer-name", "นายสมชาย ใจดี",
                NULL);
  phaen_plan_fill_default_texts (plan);

  phaen_fixture_add_strategy (plan, NULL, "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน");
  phaen_fixture_add_strategy (plan, NULL, "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต");
  phaen_fixture_add_approach (plan, NULL, "ก่อสร้างและปรับปรุงถนน", "s1");
  phaen_fixture_add_approach (plan, NULL, "ส่งเสริมสุขภาพ", "s2");
  phaen_fixture_add_approach (plan, NULL, "พัฒนาระบบระบายน้ำ", "s1");
  phaen_fixture_add_unit (plan, NULL, "กองช่าง");
  phaen_fixture_add_unit (plan, NULL, "กองสาธารณสุขและสิ่งแวดล้อม");

  p1 = phaen_fixture_add_project (plan, &(PhaenFixtureProject) {
                                    NULL, "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก",
                                    PHAEN_PROJECT_KIND_PROJECT, "s1", "a1", 8, "u1", 45000000, 0x00E });
  g_object_set (p1,
                "activities", "ก่อสร้างถนนกว้าง 4 เมตร",
                "location", "ชุมชนบ้านใหม่",
                "source", "เทศบัญญัติ",
                "target", "ถนน 1 สาย",
                "reference", "หน้า 12",
                "status", PHAEN_PROJECT_STATUS_IN_PROGRESS,
                "contracted", (gint64) 44000000,
                "disbursed", (gint64) 10000000,
                "progress", 40u,
                "actual-schedule", 0x01Cu,
                "remarks", "-",
                NULL);
  p2 = phaen_fixture_add_project (plan, &(PhaenFixtureProject) {
                                    NULL, "จัดซื้อเครื่องคอมพิวเตอร์",
                                    PHAEN_PROJECT_KIND_EQUIPMENT, "s2", "a2", 3, "u2", 3000000, 0x800 });
  g_object_set (p2,
                "category", "ค่าครุภัณฑ์",
                "equipment-type", "ครุภัณฑ์คอมพิวเตอร์",
                NULL);

  return plan;
}

/* An independent deep copy: same ids, new objects, references re-pointed
 * into the copy. */
static PhaenPlan *
clone_plan (PhaenPlan *plan)
{
  PhaenPlan *copy = phaen_plan_new ();
  GListModel *model;

  phaen_properties_copy (G_OBJECT (plan), G_OBJECT (copy));
  phaen_plan_clear_programs (copy);

  model = phaen_plan_get_strategies (plan);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PhaenStrategy) s = phaen_strategy_new (NULL, NULL);

      phaen_properties_copy (item (model, i), G_OBJECT (s));
      phaen_plan_append_strategy (copy, s);
    }
  model = phaen_plan_get_approaches (plan);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      PhaenApproach *a = item (model, i);
      g_autoptr(PhaenApproach) c = phaen_approach_new (NULL, NULL, NULL);

      phaen_properties_copy (G_OBJECT (a), G_OBJECT (c));
      phaen_approach_set_strategy (c, phaen_plan_find_strategy (copy, phaen_strategy_get_id (phaen_approach_get_strategy (a))));
      phaen_plan_append_approach (copy, c);
    }
  model = phaen_plan_get_programs (plan);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PhaenProgram) g = phaen_program_new (NULL, NULL);

      phaen_properties_copy (item (model, i), G_OBJECT (g));
      phaen_plan_append_program (copy, g);
    }
  model = phaen_plan_get_units (plan);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PhaenUnit) u = phaen_unit_new (NULL, NULL);

      phaen_properties_copy (item (model, i), G_OBJECT (u));
      phaen_plan_append_unit (copy, u);
    }
  model = phaen_plan_get_projects (plan);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      PhaenProject *p = item (model, i);
      g_autoptr(PhaenProject) c = phaen_project_copy (p);
      PhaenApproach *a = phaen_project_get_approach (p);

      phaen_project_set_strategy (c, phaen_plan_find_strategy (copy, phaen_strategy_get_id (phaen_project_get_strategy (p))));
      phaen_project_set_approach (c, a ? phaen_plan_find_approach (copy, phaen_approach_get_id (a)) : NULL);
      phaen_project_set_program (c, phaen_plan_find_program (copy, phaen_program_get_id (phaen_project_get_program (p))));
      phaen_project_set_unit (c, phaen_plan_find_unit (copy, phaen_unit_get_id (phaen_project_get_unit (p))));
      phaen_plan_append_project (copy, c);
    }

  return copy;
}

/* ---- construction and properties ------------------------------------------ */

static void
test_new (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  const char * const *names = phaen_program_standard_names ();
  GListModel *programs = phaen_plan_get_programs (plan);

  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_strategies (plan)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_approaches (plan)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_units (plan)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_projects (plan)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (programs), ==, 12);
  g_assert_true (g_list_model_get_item_type (programs) == PHAEN_TYPE_PROGRAM);
  g_assert_true (g_list_model_get_item_type (phaen_plan_get_projects (plan)) == PHAEN_TYPE_PROJECT);

  for (guint i = 0; i < 12; i++)
    {
      PhaenProgram *program = item (programs, i);
      g_autofree char *id = g_strdup_printf ("g%u", i + 1);

      g_assert_cmpstr (phaen_program_get_id (program), ==, id);
      g_assert_cmpstr (phaen_program_get_name (program), ==, names[i]);
      g_assert_true (phaen_program_get_standard (program));
      g_assert_true (phaen_plan_find_program (plan, id) == program);
    }

  g_assert_nonnull (phaen_plan_get_history (plan));
  g_assert_true (phaen_plan_get_thai_digits (plan));
  g_assert_true (phaen_plan_get_equipment_in_summary (plan));
  g_assert_cmpint (phaen_plan_get_bahttext_style (plan), ==, PHAEN_BAHTTEXT_ROYAL_INSTITUTE);
  g_assert_cmpint (phaen_plan_get_grouping (plan), ==, PHAEN_GROUPING_PROGRAMS);
  g_assert_cmpint (phaen_plan_get_edition_kind (plan), ==, PHAEN_EDITION_ORIGINAL);
  g_assert_cmpuint (phaen_plan_get_fiscal_year (plan), >=, 2400);
  g_assert_cmpuint (phaen_plan_get_fiscal_year (plan), <=, 2700);
  g_assert_cmpstr (phaen_plan_get_organisation_name (plan), ==, "");
  g_assert_cmpstr (phaen_plan_get_text (plan, "foreword"), ==, "");
}

static void
test_properties_notify (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  guint n_strings = 0;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (plan), &n_pspecs);
  g_assert_cmpuint (n_pspecs, ==, 33);

  for (guint i = 0; i < n_pspecs; i++)
    {
      GParamSpec *pspec = pspecs[i];
      g_auto(GValue) current = G_VALUE_INIT;
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) back = G_VALUE_INIT;
      PhaenFixtureNotifyCounter counter = { pspec->name, 0 };
      gulong handler;

      g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);

      g_value_init (&current, pspec->value_type);
      g_object_get_property (G_OBJECT (plan), pspec->name, &current);
      different_value (plan, pspec, &current, &value);

      handler = g_signal_connect (plan, "notify", G_CALLBACK (phaen_fixture_count_notify_cb), &counter);
      g_object_set_property (G_OBJECT (plan), pspec->name, &value);
      g_assert_cmpuint (counter.count, ==, 1);
      g_object_set_property (G_OBJECT (plan), pspec->name, &value);
      g_assert_cmpuint (counter.count, ==, 1);
      g_signal_handler_disconnect (plan, handler);

      g_value_init (&back, pspec->value_type);
      g_object_get_property (G_OBJECT (plan), pspec->name, &back);
      g_assert_cmpint (g_param_values_cmp (pspec, &value, &back), ==, 0);

      if (G_IS_PARAM_SPEC_STRING (pspec))
        {
          /* phaen_plan_get_text() reads every string property… */
          g_assert_cmpstr (phaen_plan_get_text (plan, pspec->name), ==, g_value_get_string (&value));
          /* …and NULL is stored as "" */
          g_object_set (plan, pspec->name, NULL, NULL);
          g_assert_cmpstr (phaen_plan_get_text (plan, pspec->name), ==, "");
          n_strings++;
        }
    }

  g_assert_cmpuint (n_strings, ==, 21);
}

/* Strategies, approaches, programs and units share "id" and "name" through
 * PhaenItem: listed first, notified once per change, NULL read back as "",
 * and the typed accessors agree with the properties. */
static void
test_catalogue_entry_properties (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  GListModel *models[] = {
    phaen_plan_get_strategies (plan),
    phaen_plan_get_approaches (plan),
    phaen_plan_get_programs (plan),
    phaen_plan_get_units (plan),
  };

  for (guint m = 0; m < G_N_ELEMENTS (models); m++)
    {
      GObject *entry = item (models[m], 0);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs;

      g_assert_true (PHAEN_IS_ITEM (entry));
      pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (entry), &n_pspecs);
      g_assert_cmpuint (n_pspecs, >=, 2);
      g_assert_cmpstr (pspecs[0]->name, ==, "id");
      g_assert_cmpstr (pspecs[1]->name, ==, "name");

      for (guint i = 0; i < 2; i++)
        {
          GParamSpec *pspec = pspecs[i];
          g_auto(GValue) current = G_VALUE_INIT;
          g_auto(GValue) value = G_VALUE_INIT;
          PhaenFixtureNotifyCounter counter = { pspec->name, 0 };
          g_autofree char *back = NULL;
          const char *typed;
          gulong handler;

          g_assert_true (pspec->flags & G_PARAM_EXPLICIT_NOTIFY);
          g_value_init (&current, pspec->value_type);
          g_object_get_property (entry, pspec->name, &current);
          different_value (plan, pspec, &current, &value);

          handler = g_signal_connect (entry, "notify", G_CALLBACK (phaen_fixture_count_notify_cb), &counter);
          g_object_set_property (entry, pspec->name, &value);
          g_assert_cmpuint (counter.count, ==, 1);
          g_object_set_property (entry, pspec->name, &value);
          g_assert_cmpuint (counter.count, ==, 1);

          g_object_get (entry, pspec->name, &back, NULL);
          g_assert_cmpstr (back, ==, g_value_get_string (&value));
          if (i == 0)
            typed = PHAEN_IS_STRATEGY (entry) ? phaen_strategy_get_id (PHAEN_STRATEGY (entry))
                  : PHAEN_IS_APPROACH (entry) ? phaen_approach_get_id (PHAEN_APPROACH (entry))
                  : PHAEN_IS_PROGRAM (entry) ? phaen_program_get_id (PHAEN_PROGRAM (entry))
                  : phaen_unit_get_id (PHAEN_UNIT (entry));
          else
            typed = PHAEN_IS_STRATEGY (entry) ? phaen_strategy_get_name (PHAEN_STRATEGY (entry))
                  : PHAEN_IS_APPROACH (entry) ? phaen_approach_get_name (PHAEN_APPROACH (entry))
                  : PHAEN_IS_PROGRAM (entry) ? phaen_program_get_name (PHAEN_PROGRAM (entry))
                  : phaen_unit_get_name (PHAEN_UNIT (entry));
          g_assert_cmpstr (typed, ==, back);

          /* NULL is stored as "", with one more notification */
          g_object_set (entry, pspec->name, NULL, NULL);
          g_assert_cmpuint (counter.count, ==, 2);
          g_clear_pointer (&back, g_free);
          g_object_get (entry, pspec->name, &back, NULL);
          g_assert_cmpstr (back, ==, "");
          g_signal_handler_disconnect (entry, handler);

          /* put the original back so the plan stays consistent */
          g_object_set_property (entry, pspec->name, &current);
        }
    }
}

static void
test_getters (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();

  g_assert_cmpstr (phaen_plan_get_organisation_name (plan), ==, "เทศบาลเมืองจันทนิมิต");
  g_assert_cmpint (phaen_plan_get_organisation_kind (plan), ==, PHAEN_ORGANISATION_TOWN_MUNICIPALITY);
  g_assert_cmpstr (phaen_plan_get_district (plan), ==, "เมืองจันทบุรี");
  g_assert_cmpstr (phaen_plan_get_province (plan), ==, "จันทบุรี");
  g_assert_cmpuint (phaen_plan_get_fiscal_year (plan), ==, 2569);
  g_assert_cmpstr (phaen_plan_get_text (plan, "preparing-unit"), ==,
                   "งานวิเคราะห์นโยบายและแผน กองวิชาการและแผนงาน");
  g_assert_cmpstr (phaen_plan_get_text (plan, "signer-name"), ==, "นายสมชาย ใจดี");
  g_assert_cmpstr (phaen_plan_get_text (plan, "announcement-date"), ==, "2025-11-20");

  g_object_set (plan, "edition-kind", PHAEN_EDITION_AMENDMENT, "edition-number", 2u,
                "thai-digits", FALSE, "bahttext-style", PHAEN_BAHTTEXT_SPREADSHEET,
                "grouping", PHAEN_GROUPING_APPROACHES, "equipment-in-summary", FALSE,
                NULL);
  g_assert_cmpint (phaen_plan_get_edition_kind (plan), ==, PHAEN_EDITION_AMENDMENT);
  g_assert_cmpuint (phaen_plan_get_edition_number (plan), ==, 2);
  g_assert_false (phaen_plan_get_thai_digits (plan));
  g_assert_cmpint (phaen_plan_get_bahttext_style (plan), ==, PHAEN_BAHTTEXT_SPREADSHEET);
  g_assert_cmpint (phaen_plan_get_grouping (plan), ==, PHAEN_GROUPING_APPROACHES);
  g_assert_false (phaen_plan_get_equipment_in_summary (plan));
}

/* ---- ids and lookups --------------------------------------------------------- */

static void
test_ids (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenStrategy) explicit = phaen_strategy_new ("s10", "สิบ");
  g_autoptr(PhaenStrategy) next = phaen_strategy_new (NULL, "สิบเอ็ด");
  g_autoptr(PhaenStrategy) odd = phaen_strategy_new ("พิเศษ", "ไม่ใช่ตัวเลข");
  g_autoptr(PhaenStrategy) after_odd = phaen_strategy_new ("", "ต่อไป");
  g_autoptr(PhaenProgram) custom = phaen_program_new (NULL, "แผนงานเฉพาะกิจ");
  g_autoptr(PhaenProject) project = phaen_project_new ();

  g_assert_cmpstr (phaen_strategy_get_id (item (phaen_plan_get_strategies (plan), 0)), ==, "s1");
  g_assert_cmpstr (phaen_strategy_get_id (item (phaen_plan_get_strategies (plan), 1)), ==, "s2");
  g_assert_cmpstr (phaen_approach_get_id (item (phaen_plan_get_approaches (plan), 2)), ==, "a3");
  g_assert_cmpstr (phaen_unit_get_id (item (phaen_plan_get_units (plan), 1)), ==, "u2");
  g_assert_cmpstr (phaen_project_get_id (item (phaen_plan_get_projects (plan), 0)), ==, "p1");
  g_assert_cmpstr (phaen_project_get_id (item (phaen_plan_get_projects (plan), 1)), ==, "p2");

  /* An explicit id is kept; the next fresh one comes after it. */
  phaen_plan_append_strategy (plan, explicit);
  g_assert_cmpstr (phaen_strategy_get_id (explicit), ==, "s10");
  phaen_plan_append_strategy (plan, next);
  g_assert_cmpstr (phaen_strategy_get_id (next), ==, "s11");
  phaen_plan_append_strategy (plan, odd);
  g_assert_cmpstr (phaen_strategy_get_id (odd), ==, "พิเศษ");
  phaen_plan_append_strategy (plan, after_odd);
  g_assert_cmpstr (phaen_strategy_get_id (after_odd), ==, "s12");

  /* Programs continue after the twelve standard ones. */
  phaen_plan_append_program (plan, custom);
  g_assert_cmpstr (phaen_program_get_id (custom), ==, "g13");
  g_assert_false (phaen_program_get_standard (custom));

  /* _phaen_plan_ensure_id() gives an id without appending. */
  _phaen_plan_ensure_id (plan, project);
  g_assert_cmpstr (phaen_project_get_id (project), ==, "p3");
  _phaen_plan_ensure_id (plan, project);
  g_assert_cmpstr (phaen_project_get_id (project), ==, "p3");
  g_assert_null (phaen_plan_find_project (plan, "p3"));
}

static void
test_ids_not_reused (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  PhaenCatalogue *store = PHAEN_CATALOGUE (phaen_plan_get_projects (plan));
  g_autoptr(PhaenProject) fresh = phaen_project_new ();

  /* Removing the last project does not free its id for a new one (an undo
   * could bring it back). */
  phaen_catalogue_remove (store, 1);
  g_assert_null (phaen_plan_find_project (plan, "p2"));
  phaen_plan_append_project (plan, fresh);
  g_assert_cmpstr (phaen_project_get_id (fresh), ==, "p3");
}

static void
test_find (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  PhaenStrategy *s1 = phaen_plan_find_strategy (plan, "s1");
  PhaenStrategy *s2 = phaen_plan_find_strategy (plan, "s2");
  g_autoptr(PhaenStrategy) outside = phaen_strategy_new ("s1", "นอกแผน");

  g_assert_nonnull (s1);
  g_assert_true (s1 == item (phaen_plan_get_strategies (plan), 0));
  g_assert_true (phaen_plan_find_approach (plan, "a2") == item (phaen_plan_get_approaches (plan), 1));
  g_assert_true (phaen_plan_find_unit (plan, "u1") == item (phaen_plan_get_units (plan), 0));
  g_assert_true (phaen_plan_find_project (plan, "p2") == item (phaen_plan_get_projects (plan), 1));
  g_assert_null (phaen_plan_find_strategy (plan, "s3"));
  g_assert_null (phaen_plan_find_strategy (plan, ""));
  g_assert_null (phaen_plan_find_strategy (plan, NULL));
  g_assert_null (phaen_plan_find_unit (plan, "p1"));

  g_assert_true (phaen_plan_find_strategy_by_name (plan, "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต") == s2);
  g_assert_null (phaen_plan_find_strategy_by_name (plan, "ยุทธศาสตร์"));
  g_assert_true (phaen_plan_find_program_by_name (plan, "แผนงานสาธารณสุข") ==
                 phaen_plan_find_program (plan, "g4"));
  g_assert_true (phaen_plan_find_unit_by_name (plan, "กองช่าง") == phaen_plan_find_unit (plan, "u1"));
  g_assert_null (phaen_plan_find_unit_by_name (plan, NULL));

  /* Approach names are looked up within a strategy (or anywhere). */
  g_assert_true (phaen_plan_find_approach_by_name (plan, s1, "พัฒนาระบบระบายน้ำ") ==
                 phaen_plan_find_approach (plan, "a3"));
  g_assert_null (phaen_plan_find_approach_by_name (plan, s2, "พัฒนาระบบระบายน้ำ"));
  g_assert_true (phaen_plan_find_approach_by_name (plan, NULL, "ส่งเสริมสุขภาพ") ==
                 phaen_plan_find_approach (plan, "a2"));

  g_assert_cmpuint (phaen_plan_get_strategy_number (plan, s1), ==, 1);
  g_assert_cmpuint (phaen_plan_get_strategy_number (plan, s2), ==, 2);
  g_assert_cmpuint (phaen_plan_get_strategy_number (plan, outside), ==, 0);
  g_assert_cmpuint (phaen_plan_get_strategy_number (plan, NULL), ==, 0);
}

/* The id index follows changes made behind its back: id changes, store
 * edits by the edit API, removals and moves. */
static void
test_find_follows_changes (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  PhaenCatalogue *store = PHAEN_CATALOGUE (phaen_plan_get_units (plan));
  PhaenUnit *u1 = phaen_plan_find_unit (plan, "u1");
  g_autoptr(PhaenUnit) inserted = phaen_unit_new ("u7", "กองคลัง");
  g_autoptr(PhaenUnit) kept = g_object_ref (u1);

  phaen_unit_set_id (u1, "u5");
  g_assert_null (phaen_plan_find_unit (plan, "u1"));
  g_assert_true (phaen_plan_find_unit (plan, "u5") == u1);

  phaen_catalogue_insert (store, 0, inserted);
  g_assert_true (phaen_plan_find_unit (plan, "u7") == inserted);

  /* a move: remove and insert again */
  phaen_catalogue_remove (store, 1);
  g_assert_null (phaen_plan_find_unit (plan, "u5"));
  phaen_catalogue_append (store, u1);
  g_assert_true (phaen_plan_find_unit (plan, "u5") == u1);

  /* after removal, changing the id of the removed unit is harmless */
  phaen_catalogue_remove (store, 2);
  g_assert_null (phaen_plan_find_unit (plan, "u5"));
  phaen_unit_set_id (kept, "u1");
  g_assert_null (phaen_plan_find_unit (plan, "u1"));

  phaen_plan_clear_programs (plan);
  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_programs (plan)), ==, 0);
  g_assert_null (phaen_plan_find_program (plan, "g1"));
}

/* Names are found as they look, and the name index follows renames,
 * removals and approaches moving to another strategy. */
static void
test_find_by_name_follows_changes (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  PhaenCatalogue *store = PHAEN_CATALOGUE (phaen_plan_get_units (plan));
  PhaenUnit *u1 = phaen_plan_find_unit (plan, "u1");
  PhaenStrategy *s1 = phaen_plan_find_strategy (plan, "s1");
  PhaenStrategy *s2 = phaen_plan_find_strategy (plan, "s2");
  PhaenApproach *a3 = phaen_plan_find_approach (plan, "a3");
  g_autoptr(PhaenUnit) twin = phaen_unit_new ("u8", "สํานักปลัดเทศบาล");  /* ํ + า */
  g_autoptr(PhaenUnit) office = phaen_unit_new ("u9", "สำนักปลัดเทศบาล");

  /* what a spreadsheet or a web page adds does not count */
  g_assert_true (phaen_plan_find_unit_by_name (plan, "กองช่าง\u00A0") == u1);
  g_assert_true (phaen_plan_find_unit_by_name (plan, " กอง\u200Bช่าง ") == u1);
  g_assert_true (phaen_plan_find_program_by_name (plan, "แผนงาน\u00A0สาธารณสุข") == NULL);
  g_assert_true (phaen_plan_find_program_by_name (plan, "แผนงานสาธารณสุข\u200B") ==
                 phaen_plan_find_program (plan, "g4"));

  /* สำนักปลัดเทศบาล typed two ways is one name: the first entry wins,
   * the second is found once the first is gone */
  phaen_plan_append_unit (plan, twin);
  phaen_plan_append_unit (plan, office);
  g_assert_true (phaen_plan_find_unit_by_name (plan, "สำนักปลัดเทศบาล") == twin);
  g_assert_true (phaen_plan_find_unit_by_name (plan, "สํานักปลัดเทศบาล") == twin);
  phaen_catalogue_remove (store, 2);
  g_assert_true (phaen_plan_find_unit_by_name (plan, "สํานักปลัดเทศบาล") == office);

  /* renames */
  phaen_unit_set_name (u1, "กองช่างสุขาภิบาล");
  g_assert_null (phaen_plan_find_unit_by_name (plan, "กองช่าง"));
  g_assert_true (phaen_plan_find_unit_by_name (plan, "กองช่างสุขาภิบาล") == u1);

  /* an approach moved to another strategy is found there */
  g_assert_true (phaen_plan_find_approach_by_name (plan, s1, "พัฒนาระบบระบายน้ำ") == a3);
  phaen_approach_set_strategy (a3, s2);
  g_assert_null (phaen_plan_find_approach_by_name (plan, s1, "พัฒนาระบบระบายน้ำ"));
  g_assert_true (phaen_plan_find_approach_by_name (plan, s2, "พัฒนาระบบระบายน้ำ") == a3);
  g_assert_true (phaen_plan_find_approach_by_name (plan, NULL, "พัฒนาระบบระบายน้ำ") == a3);
}

/* Importing many distinct names looks each one up and adds it: the work
 * must grow linearly (issue 12: 20,000 names took ~100 s). The timing is
 * reported, not asserted; the lookups must all be right. */
static void
test_find_by_name_many (void)
{
  gdouble seconds[2];

  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(PhaenPlan) plan = phaen_plan_new ();
      g_autoptr(GTimer) timer = g_timer_new ();
      guint n = 20000 * (round + 1);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *name = g_strdup_printf ("หน่วยงานที่ %u", i);
          g_autoptr(PhaenUnit) unit = NULL;

          g_assert_null (phaen_plan_find_unit_by_name (plan, name));
          unit = phaen_unit_new (NULL, name);
          phaen_plan_append_unit (plan, unit);
          g_assert_true (phaen_plan_find_unit_by_name (plan, name) == unit);
        }
      seconds[round] = g_timer_elapsed (timer, NULL);

      for (guint i = 0; i < n; i += 997)
        {
          g_autofree char *name = g_strdup_printf ("หน่วยงานที่\u00A0%u\u200B", i);
          g_autofree char *id = g_strdup_printf ("u%u", i + 1);

          g_assert_true (phaen_plan_find_unit_by_name (plan, name) == phaen_plan_find_unit (plan, id));
        }
    }

  g_test_message ("20,000 names: %.3f s, 40,000 names: %.3f s", seconds[0], seconds[1]);
}

/* Objects that outlive the plan stay usable. */
static void
test_objects_outlive_plan (void)
{
  PhaenPlan *plan = build_plan ();
  g_autoptr(PhaenProject) project = g_object_ref (phaen_plan_find_project (plan, "p1"));
  g_autoptr(PhaenUnit) unit = g_object_ref (phaen_plan_find_unit (plan, "u1"));

  g_object_unref (plan);
  phaen_project_set_id (project, "p99");
  phaen_unit_set_id (unit, "u99");
  g_assert_cmpstr (phaen_unit_get_name (phaen_project_get_unit (project)), ==, "กองช่าง");
}

static void
test_many_projects (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  PhaenStrategy *s1 = phaen_plan_find_strategy (plan, "s1");
  const guint n = 3000;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhaenProject) project = phaen_project_new ();
      g_autofree char *name = g_strdup_printf ("โครงการที่ %u", i);

      phaen_project_set_name (project, name);
      phaen_project_set_strategy (project, s1);
      phaen_plan_append_project (plan, project);
      /* the importer looks up right after appending */
      g_assert_true (phaen_plan_find_project (plan, phaen_project_get_id (project)) == project);
    }

  g_assert_cmpuint (g_list_model_get_n_items (phaen_plan_get_projects (plan)), ==, n + 2);
  g_assert_cmpstr (phaen_project_get_name (phaen_plan_find_project (plan, "p1502")), ==, "โครงการที่ 1499");
}

static void
on_changed (PhaenPlan *plan,
            guint     *count)
{
  (*count)++;
}

static void
test_changed_signal (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(PhaenUnit) unit = phaen_unit_new (NULL, "กองช่าง");
  guint count = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (on_changed), &count);

  /* the build API is silent… */
  phaen_plan_append_unit (plan, unit);
  g_object_set (plan, "organisation-name", "เทศบาลตำบลบ้านใหม่", NULL);
  phaen_plan_fill_default_texts (plan);
  g_assert_cmpuint (count, ==, 0);
  /* …the edit API announces */
  _phaen_plan_emit_changed (plan);
  g_assert_cmpuint (count, ==, 1);
}

/* ---- equality ---------------------------------------------------------------- */

static void
test_equal_clone (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) copy = clone_plan (plan);
  g_autoptr(PhaenPlan) empty = phaen_plan_new ();
  g_autofree char *why = NULL;

  g_assert_true (phaen_plan_equal (plan, plan, NULL));
  g_assert_true (phaen_plan_equal (plan, copy, &why));
  g_assert_null (why);
  g_assert_true (phaen_plan_equal (copy, plan, NULL));

  g_assert_false (phaen_plan_equal (plan, empty, &why));
  g_assert_nonnull (why);
}

static void
test_equal_plan_properties (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (plan), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_autoptr(PhaenPlan) copy = clone_plan (plan);
      g_auto(GValue) current = G_VALUE_INIT;
      g_auto(GValue) value = G_VALUE_INIT;
      g_autofree char *why = NULL;
      g_autofree char *prefix = g_strdup_printf ("plan: %s ", pspecs[i]->name);

      g_value_init (&current, pspecs[i]->value_type);
      g_object_get_property (G_OBJECT (copy), pspecs[i]->name, &current);
      different_value (copy, pspecs[i], &current, &value);
      g_object_set_property (G_OBJECT (copy), pspecs[i]->name, &value);

      g_assert_false (phaen_plan_equal (plan, copy, &why));
      if (!g_str_has_prefix (why, prefix))
        g_error ("“%s” does not start with “%s”", why, prefix);
    }
}

/* Every field of every kind of object in every collection. */
static void
test_equal_object_fields (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  GListModel *(*getters[]) (PhaenPlan *) = {
    phaen_plan_get_strategies,
    phaen_plan_get_approaches,
    phaen_plan_get_programs,
    phaen_plan_get_units,
    phaen_plan_get_projects,
  };
  static const char * const singular[] = { "strategy", "approach", "program", "unit", "project" };
  guint checked = 0;

  for (guint c = 0; c < G_N_ELEMENTS (getters); c++)
    {
      g_autofree GParamSpec **pspecs = NULL;
      GObject *first = item (getters[c] (plan), 0);
      guint n_pspecs;

      pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (first), &n_pspecs);
      for (guint i = 0; i < n_pspecs; i++)
        {
          g_autoptr(PhaenPlan) copy = clone_plan (plan);
          GObject *target = item (getters[c] (copy), 0);
          g_auto(GValue) current = G_VALUE_INIT;
          g_auto(GValue) value = G_VALUE_INIT;
          g_autofree char *why = NULL;
          g_autofree char *prefix = NULL;
          g_autofree char *id = NULL;

          g_object_get (target, "id", &id, NULL);
          g_value_init (&current, pspecs[i]->value_type);
          g_object_get_property (target, pspecs[i]->name, &current);
          different_value (copy, pspecs[i], &current, &value);
          g_object_set_property (target, pspecs[i]->name, &value);

          prefix = g_strdup_printf ("%s %s: %s ", singular[c], id, pspecs[i]->name);
          g_assert_false (phaen_plan_equal (plan, copy, &why));
          if (!g_str_has_prefix (why, prefix))
            g_error ("“%s” does not start with “%s”", why, prefix);
          checked++;
        }
    }

  /* 2 + 3 + 3 + 2 + 22 properties */
  g_assert_cmpuint (checked, ==, 32);
}

static void
test_equal_messages (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenPlan) copy = clone_plan (plan);
  g_autoptr(PhaenUnit) extra = phaen_unit_new (NULL, "กองคลัง");
  g_autofree char *why = NULL;
  g_autofree char *long_a = NULL;
  g_autofree char *long_b = NULL;

  phaen_project_set_budget (phaen_plan_find_project (copy, "p1"), 45000050);
  g_assert_false (phaen_plan_equal (plan, copy, &why));
  g_assert_cmpstr (why, ==, "project p1: budget 45000000 != 45000050");
  g_clear_pointer (&why, g_free);
  phaen_project_set_budget (phaen_plan_find_project (copy, "p1"), 45000000);

  phaen_project_set_unit (phaen_plan_find_project (copy, "p2"), phaen_plan_find_unit (copy, "u1"));
  g_assert_false (phaen_plan_equal (plan, copy, &why));
  g_assert_cmpstr (why, ==, "project p2: unit u2 != u1");
  g_clear_pointer (&why, g_free);
  phaen_project_set_unit (phaen_plan_find_project (copy, "p2"), phaen_plan_find_unit (copy, "u2"));

  phaen_project_set_approach (phaen_plan_find_project (copy, "p2"), NULL);
  g_assert_false (phaen_plan_equal (plan, copy, &why));
  g_assert_cmpstr (why, ==, "project p2: approach a2 != (none)");
  g_clear_pointer (&why, g_free);
  phaen_project_set_approach (phaen_plan_find_project (copy, "p2"), phaen_plan_find_approach (copy, "a2"));

  phaen_project_set_status (phaen_plan_find_project (copy, "p1"), PHAEN_PROJECT_STATUS_COMPLETED);
  g_assert_false (phaen_plan_equal (plan, copy, &why));
  g_assert_cmpstr (why, ==, "project p1: status in-progress != completed");
  g_clear_pointer (&why, g_free);
  phaen_project_set_status (phaen_plan_find_project (copy, "p1"), PHAEN_PROJECT_STATUS_IN_PROGRESS);

  phaen_unit_set_name (phaen_plan_find_unit (copy, "u2"), "กองสาธารณสุข");
  g_assert_false (phaen_plan_equal (plan, copy, &why));
  g_assert_cmpstr (why, ==, "unit u2: name “กองสาธารณสุขและสิ่งแวดล้อม” != “กองสาธารณสุข”");
  g_clear_pointer (&why, g_free);
  phaen_unit_set_name (phaen_plan_find_unit (copy, "u2"), "กองสาธารณสุขและสิ่งแวดล้อม");

  g_object_set (copy, "thai-digits", FALSE, NULL);
  g_assert_false (phaen_plan_equal (plan, copy, &why));
  g_assert_cmpstr (why, ==, "plan: thai-digits true != false");
  g_clear_pointer (&why, g_free);
  g_object_set (copy, "thai-digits", TRUE, NULL);

  /* long texts: where they start to differ */
  long_a = g_strdup (phaen_plan_get_text (plan, "introduction-text"));
  long_b = g_strconcat (long_a, "เพิ่ม", NULL);
  g_object_set (copy, "introduction-text", long_b, NULL);
  g_assert_false (phaen_plan_equal (plan, copy, &why));
  g_assert_true (g_str_has_prefix (why, "plan: introduction-text differ at character "));
  g_assert_nonnull (strstr (why, "“” != “เพิ่ม”"));
  g_clear_pointer (&why, g_free);
  g_object_set (copy, "introduction-text", long_a, NULL);

  g_assert_true (phaen_plan_equal (plan, copy, NULL));

  phaen_plan_append_unit (copy, extra);
  g_assert_false (phaen_plan_equal (plan, copy, &why));
  g_assert_cmpstr (why, ==, "units: 2 items != 3 items");
  g_clear_pointer (&why, g_free);

  phaen_catalogue_remove (PHAEN_CATALOGUE (phaen_plan_get_units (copy)), 2);
  g_assert_true (phaen_plan_equal (plan, copy, NULL));
  /* order matters */
  phaen_catalogue_remove (PHAEN_CATALOGUE (phaen_plan_get_projects (copy)), 0);
  {
    g_autoptr(PhaenProject) p1 = phaen_project_copy (phaen_plan_find_project (plan, "p1"));

    phaen_project_set_strategy (p1, phaen_plan_find_strategy (copy, "s1"));
    phaen_project_set_approach (p1, phaen_plan_find_approach (copy, "a1"));
    phaen_project_set_unit (p1, phaen_plan_find_unit (copy, "u1"));
    phaen_project_set_program (p1, phaen_plan_find_program (copy, "g9"));
    phaen_plan_append_project (copy, p1);
  }
  g_assert_false (phaen_plan_equal (plan, copy, &why));
  g_assert_cmpstr (why, ==, "project p1: id “p1” != “p2”");
}

/* ---- deep copy --------------------------------------------------------------- */

/* Every object a plan holds or points to: the plan, its history, the
 * members of its collections and whatever their properties refer to. */
static void
add_reachable (GHashTable *set,
               GObject    *object)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  if (object == NULL || !g_hash_table_add (set, object))
    return;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_autoptr(GObject) target = NULL;

      if (!G_IS_PARAM_SPEC_OBJECT (pspecs[i]))
        continue;
      g_object_get (object, pspecs[i]->name, &target, NULL);
      add_reachable (set, target);
    }
}

static GHashTable *
reachable_objects (PhaenPlan *plan)
{
  GListModel *(*getters[]) (PhaenPlan *) = {
    phaen_plan_get_strategies,
    phaen_plan_get_approaches,
    phaen_plan_get_programs,
    phaen_plan_get_units,
    phaen_plan_get_projects,
  };
  GHashTable *set = g_hash_table_new (NULL, NULL);

  add_reachable (set, G_OBJECT (plan));
  g_hash_table_add (set, phaen_plan_get_history (plan));
  for (guint c = 0; c < G_N_ELEMENTS (getters); c++)
    {
      GListModel *model = getters[c] (plan);

      g_hash_table_add (set, model);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        add_reachable (set, item (model, i));
    }

  return set;
}

static void
test_copy (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(GHashTable) original_objects = NULL;
  g_autoptr(GHashTable) copy_objects = NULL;
  g_autoptr(PhaenProgram) custom = phaen_program_new (NULL, "แผนงานพิเศษ");
  PhaenPlan *copy;
  GHashTableIter iter;
  gpointer object;
  g_autofree char *why = NULL;

  /* A custom program, a removed unit (whose id must not come back) and
   * undo history that the copy must not take along. */
  phaen_plan_append_program (plan, custom);
  phaen_plan_edit_set_string (plan, phaen_plan_find_project (plan, "p1"), "name", "ถนนสายใหม่");
  {
    g_autoptr(PhaenUnit) spare = phaen_unit_new (NULL, "หน่วยชั่วคราว");

    phaen_plan_edit_insert_unit (plan, G_MAXUINT, spare);
    g_assert_true (phaen_plan_edit_remove_unit (plan, spare, NULL));
  }

  copy = phaen_plan_copy (plan);
  g_assert_true (phaen_plan_equal (plan, copy, &why));
  g_assert_null (why);
  g_assert_false (phaen_history_can_undo (phaen_plan_get_history (copy)));

  /* No object is shared, and every reference of the copy points inside
   * the copy. */
  original_objects = reachable_objects (plan);
  copy_objects = reachable_objects (copy);
  g_assert_cmpuint (g_hash_table_size (original_objects), ==, g_hash_table_size (copy_objects));
  g_hash_table_iter_init (&iter, copy_objects);
  while (g_hash_table_iter_next (&iter, &object, NULL))
    g_assert_false (g_hash_table_contains (original_objects, object));

  /* Edits of one do not reach the other. */
  phaen_project_set_budget (phaen_plan_find_project (copy, "p2"), 1);
  phaen_unit_set_name (phaen_plan_find_unit (copy, "u1"), "กองช่างใหม่");
  g_assert_cmpint (phaen_project_get_budget (phaen_plan_find_project (plan, "p2")), ==, 3000000);
  g_assert_cmpstr (phaen_unit_get_name (phaen_plan_find_unit (plan, "u1")), ==, "กองช่าง");

  /* Fresh ids in the copy skip the one the original handed out before. */
  {
    g_autoptr(PhaenUnit) unit = phaen_unit_new (NULL, "กองใหม่");

    phaen_plan_append_unit (copy, unit);
    g_assert_cmpstr (phaen_unit_get_id (unit), ==, "u4");
  }

  g_assert_finalize_object (copy);
}

/* A project pointing outside its plan (a broken plan) still copies into a
 * plan that shares nothing with the original. */
static void
test_copy_foreign_reference (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenUnit) stranger = phaen_unit_new ("u99", "หน่วยนอกแผน");
  g_autoptr(PhaenPlan) copy = NULL;
  PhaenUnit *copied;

  phaen_project_set_unit (phaen_plan_find_project (plan, "p1"), stranger);
  copy = phaen_plan_copy (plan);

  g_assert_true (phaen_plan_equal (plan, copy, NULL));
  copied = phaen_project_get_unit (phaen_plan_find_project (copy, "p1"));
  g_assert_true (copied != stranger);
  g_assert_cmpstr (phaen_unit_get_name (copied), ==, "หน่วยนอกแผน");
  g_assert_null (phaen_plan_find_unit (copy, "u99"));
}

/* A plan with undo history, a removed project that only the history holds
 * and a derived outline goes away whole: no reference cycle keeps any of
 * it alive. */
static void
test_finalize (void)
{
  PhaenPlan *plan = build_plan ();
  PhaenProject *removed = phaen_plan_find_project (plan, "p2");
  PhaenHistory *history = phaen_plan_get_history (plan);
  GObject *projects = G_OBJECT (phaen_plan_get_projects (plan));
  gpointer watch_removed = removed;
  gpointer watch_history = history;
  gpointer watch_projects = projects;

  g_object_add_weak_pointer (G_OBJECT (removed), &watch_removed);
  g_object_add_weak_pointer (G_OBJECT (history), &watch_history);
  g_object_add_weak_pointer (projects, &watch_projects);

  phaen_plan_edit_set_string (plan, removed, "name", "ก่อนลบ");
  g_assert_true (phaen_plan_edit_remove_project (plan, removed, NULL));
  phaen_plan_edit_fill_default_texts (plan);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, 2);

  g_assert_finalize_object (plan);
  g_assert_null (watch_removed);
  g_assert_null (watch_history);
  g_assert_null (watch_projects);
}

/* ---- validation --------------------------------------------------------------- */

static void
test_validate_ok (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(GError) error = NULL;

  g_assert_true (phaen_plan_validate (plan, &error));
  g_assert_no_error (error);
}

typedef void (*Breaker) (PhaenPlan *plan);

#define P1(plan) phaen_plan_find_project ((plan), "p1")

static void break_org_name (PhaenPlan *p) { g_object_set (p, "organisation-name", "", NULL); }
static void break_year_low (PhaenPlan *p) { g_object_set (p, "fiscal-year", 2399u, NULL); }
static void break_year_high (PhaenPlan *p) { g_object_set (p, "fiscal-year", 2701u, NULL); }
static void break_edition (PhaenPlan *p) { g_object_set (p, "edition-kind", PHAEN_EDITION_ADDITION, "edition-number", 0u, NULL); }
static void break_project_name (PhaenPlan *p) { phaen_project_set_name (P1 (p), ""); }
static void break_budget_limit (PhaenPlan *p) { phaen_project_set_budget (P1 (p), PHAEN_MONEY_MAX + 1); }
static void break_contracted_limit (PhaenPlan *p) { phaen_project_set_contracted (P1 (p), PHAEN_MONEY_MAX + 1); }
static void break_disbursed_limit (PhaenPlan *p) { phaen_project_set_disbursed (P1 (p), G_MAXINT64); }
static void break_noncharacter (PhaenPlan *p) { phaen_project_set_activities (P1 (p), "ok\uFDD0"); }
static void break_name_length (PhaenPlan *p)
{
  g_autofree char *name = g_strnfill (PHAEN_LIMIT_NAME_CHARS + 1, 'x');

  phaen_unit_set_name (phaen_plan_find_unit (p, "u2"), name);
}
static void break_project_count (PhaenPlan *p)
{
  PhaenProject *p1 = P1 (p);

  for (guint i = 0; i < PHAEN_LIMIT_PROJECTS - 1; i++)
    {
      g_autoptr(PhaenProject) copy = phaen_project_copy (p1);

      phaen_project_set_id (copy, NULL);
      phaen_plan_append_project (p, copy);
    }
}
static void break_no_strategy (PhaenPlan *p) { phaen_project_set_strategy (P1 (p), NULL); }
static void break_no_program (PhaenPlan *p) { phaen_project_set_program (P1 (p), NULL); }
static void break_no_unit (PhaenPlan *p) { phaen_project_set_unit (P1 (p), NULL); }
static void break_negative_budget (PhaenPlan *p) { phaen_project_set_budget (P1 (p), -1); }
static void break_negative_contracted (PhaenPlan *p) { phaen_project_set_contracted (P1 (p), -100); }
static void break_negative_disbursed (PhaenPlan *p) { phaen_project_set_disbursed (P1 (p), -5); }
static void break_schedule (PhaenPlan *p) { phaen_project_set_schedule (P1 (p), 0x1000); }
static void break_actual_schedule (PhaenPlan *p) { phaen_project_set_actual_schedule (P1 (p), 0x2001); }
static void break_progress (PhaenPlan *p) { phaen_project_set_progress (P1 (p), 101); }
static void break_strategy_name (PhaenPlan *p) { phaen_strategy_set_name (phaen_plan_find_strategy (p, "s2"), ""); }
static void break_approach_name (PhaenPlan *p) { phaen_approach_set_name (phaen_plan_find_approach (p, "a1"), ""); }
static void break_program_name (PhaenPlan *p) { phaen_program_set_name (phaen_plan_find_program (p, "g3"), ""); }
static void break_control_char (PhaenPlan *p) { phaen_project_set_remarks (P1 (p), "ok\x16"); }
static void break_plan_control_char (PhaenPlan *p) { g_object_set (p, "foreword", "line\x01line", NULL); }
static void break_unit_name (PhaenPlan *p) { phaen_unit_set_name (phaen_plan_find_unit (p, "u2"), ""); }
static void break_approach_no_strategy (PhaenPlan *p) { phaen_approach_set_strategy (phaen_plan_find_approach (p, "a3"), NULL); }

static void
break_foreign_strategy (PhaenPlan *p)
{
  g_autoptr(PhaenStrategy) s = phaen_strategy_new ("s99", "นอกแผน");

  phaen_project_set_strategy (P1 (p), s);
}

static void
break_foreign_program (PhaenPlan *p)
{
  g_autoptr(PhaenProgram) g = phaen_program_new ("g1", "แผนงานบริหารงานทั่วไป");

  /* same id as one in the plan, but not the plan's object */
  phaen_project_set_program (P1 (p), g);
}

static void
break_foreign_unit (PhaenPlan *p)
{
  g_autoptr(PhaenUnit) u = phaen_unit_new ("u9", "กองอื่น");

  phaen_project_set_unit (P1 (p), u);
}

static void
break_foreign_approach (PhaenPlan *p)
{
  g_autoptr(PhaenApproach) a = phaen_approach_new ("a9", "นอกแผน", phaen_plan_find_strategy (p, "s1"));

  phaen_project_set_approach (P1 (p), a);
}

static void
break_approach_other_strategy (PhaenPlan *p)
{
  phaen_project_set_approach (P1 (p), phaen_plan_find_approach (p, "a2"));
}

static void
break_approach_foreign_strategy (PhaenPlan *p)
{
  g_autoptr(PhaenStrategy) s = phaen_strategy_new ("s8", "นอกแผน");

  phaen_approach_set_strategy (phaen_plan_find_approach (p, "a2"), s);
}

static void
break_duplicate_strategy (PhaenPlan *p)
{
  g_autoptr(PhaenStrategy) s = phaen_strategy_new ("s2", "ซ้ำ");

  phaen_plan_append_strategy (p, s);
}

static void
break_duplicate_approach (PhaenPlan *p)
{
  g_autoptr(PhaenApproach) a = phaen_approach_new ("a1", "ซ้ำ", phaen_plan_find_strategy (p, "s1"));

  phaen_plan_append_approach (p, a);
}

static void
break_duplicate_program (PhaenPlan *p)
{
  g_autoptr(PhaenProgram) g = phaen_program_new ("g12", "ซ้ำ");

  phaen_plan_append_program (p, g);
}

static void
break_duplicate_unit (PhaenPlan *p)
{
  g_autoptr(PhaenUnit) u = phaen_unit_new ("u1", "ซ้ำ");

  phaen_plan_append_unit (p, u);
}

static void
break_duplicate_project (PhaenPlan *p)
{
  g_autoptr(PhaenProject) project = phaen_project_copy (P1 (p));

  phaen_project_set_name (project, "ซ้ำ");
  phaen_plan_append_project (p, project);
}

static void
break_empty_id (PhaenPlan *p)
{
  phaen_unit_set_id (phaen_plan_find_unit (p, "u2"), "");
}

static void
break_empty_strategy_id (PhaenPlan *p)
{
  phaen_strategy_set_id (phaen_plan_find_strategy (p, "s2"), "");
}

static void
break_empty_approach_id (PhaenPlan *p)
{
  phaen_approach_set_id (phaen_plan_find_approach (p, "a3"), "");
}

static void
break_empty_program_id (PhaenPlan *p)
{
  phaen_program_set_id (phaen_plan_find_program (p, "g4"), "");
}

static void
break_empty_project_id (PhaenPlan *p)
{
  phaen_project_set_id (phaen_plan_find_project (p, "p2"), "");
}

static const struct {
  const char *name;
  Breaker     breaker;
  const char *message;
} validate_cases[] = {
  { "organisation-name", break_org_name, "The organisation name is empty" },
  { "fiscal-year-low", break_year_low, "The fiscal year 2399 is not a Buddhist-era year between 2400 and 2700" },
  { "fiscal-year-high", break_year_high, "The fiscal year 2701 is not a Buddhist-era year between 2400 and 2700" },
  { "edition-number", break_edition, "An addition or amendment needs an edition number of 1 or more" },
  { "project-name", break_project_name, "project p1: has no name" },
  { "project-no-strategy", break_no_strategy, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: has no strategy" },
  { "project-foreign-strategy", break_foreign_strategy, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: its strategy s99 is not in this plan" },
  { "project-no-program", break_no_program, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: has no program" },
  { "project-foreign-program", break_foreign_program, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: its program g1 is not in this plan" },
  { "project-no-unit", break_no_unit, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: has no unit" },
  { "project-foreign-unit", break_foreign_unit, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: its unit u9 is not in this plan" },
  { "project-foreign-approach", break_foreign_approach, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: its approach a9 is not in this plan" },
  { "project-approach-other-strategy", break_approach_other_strategy, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: its approach a2 belongs to another strategy" },
  { "project-budget", break_negative_budget, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: the budget is negative" },
  { "project-contracted", break_negative_contracted, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: the contracted amount is negative" },
  { "project-disbursed", break_negative_disbursed, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: the disbursed amount is negative" },
  { "project-schedule", break_schedule, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: the schedule has months outside the fiscal year" },
  { "project-actual-schedule", break_actual_schedule, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: the actual schedule has months outside the fiscal year" },
  { "project-progress", break_progress, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: progress 101% is more than 100%" },
  /* the limits of phaen-limits.h (issue 12) */
  { "budget-limit", break_budget_limit, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: the budget is more than 1,000,000,000,000 baht, the most one item may have" },
  { "contracted-limit", break_contracted_limit, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: the contracted amount is more than 1,000,000,000,000 baht, the most one item may have" },
  { "disbursed-limit", break_disbursed_limit, "project p1 “โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก”: the disbursed amount is more than 1,000,000,000,000 baht, the most one item may have" },
  { "noncharacter", break_noncharacter, "p1: the field “activities”: character 3 is U+FDD0, a Unicode noncharacter, which a plan cannot hold" },
  { "name-length", break_name_length, "u2: the field “name”: the text is 1001 characters long; at most 1000 characters are allowed" },
  { "project-count", break_project_count, "The plan has 50001 projects; a plan may have at most 50000" },
  { "control-character", break_control_char, "p1: the field “remarks”: character 3 is the control character U+0016, which a plan cannot hold" },
  { "plan-control-character", break_plan_control_char, "the plan: the field “foreword”: character 5 is the control character U+0001, which a plan cannot hold" },
  { "strategy-name", break_strategy_name, "strategy s2: has no name" },
  { "approach-name", break_approach_name, "approach a1: has no name" },
  { "program-name", break_program_name, "program g3: has no name" },
  { "unit-name", break_unit_name, "unit u2: has no name" },
  { "approach-no-strategy", break_approach_no_strategy, "approach a3 “พัฒนาระบบระบายน้ำ”: has no strategy" },
  /* every problem, one per line: p2 follows a2 under s2 */
  { "approach-foreign-strategy", break_approach_foreign_strategy, "approach a2 “ส่งเสริมสุขภาพ”: its strategy s8 is not in this plan\n"
    "project p2 “จัดซื้อเครื่องคอมพิวเตอร์”: its approach a2 belongs to another strategy" },
  { "duplicate-strategy", break_duplicate_strategy, "strategy s2 “ซ้ำ”: the id is used twice" },
  { "duplicate-approach", break_duplicate_approach, "approach a1 “ซ้ำ”: the id is used twice" },
  { "duplicate-program", break_duplicate_program, "program g12 “ซ้ำ”: the id is used twice" },
  { "duplicate-unit", break_duplicate_unit, "unit u1 “ซ้ำ”: the id is used twice" },
  { "duplicate-project", break_duplicate_project, "project p1 “ซ้ำ”: the id is used twice" },
  { "empty-id", break_empty_id, "unit 2 “กองสาธารณสุขและสิ่งแวดล้อม”: has no id" },
  { "empty-strategy-id", break_empty_strategy_id, "strategy 2 “ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต”: has no id" },
  { "empty-approach-id", break_empty_approach_id, "approach 3 “พัฒนาระบบระบายน้ำ”: has no id" },
  { "empty-program-id", break_empty_program_id, "program 4 “แผนงานสาธารณสุข”: has no id" },
  { "empty-project-id", break_empty_project_id, "project 2 “จัดซื้อเครื่องคอมพิวเตอร์”: has no id" },
};

static void
test_validate_case (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(GError) error = NULL;

  validate_cases[i].breaker (plan);
  g_assert_false (phaen_plan_validate (plan, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, validate_cases[i].message);
}

static void
test_validate_edge_values (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  PhaenProject *p1 = P1 (plan);

  /* The limits themselves are valid. */
  g_object_set (plan, "fiscal-year", 2400u, NULL);
  phaen_project_set_progress (p1, 100);
  phaen_project_set_schedule (p1, 0xFFF);
  phaen_project_set_actual_schedule (p1, 0xFFF);
  phaen_project_set_budget (p1, 0);
  phaen_project_set_approach (p1, NULL);
  g_assert_true (phaen_plan_validate (plan, NULL));
  g_object_set (plan, "fiscal-year", 2700u, "edition-kind", PHAEN_EDITION_AMENDMENT,
                "edition-number", 1u, NULL);
  g_assert_true (phaen_plan_validate (plan, NULL));
}

/* ---- default texts ------------------------------------------------------------- */

static const char * const text_properties[] = {
  "foreword",
  "introduction-text",
  "objectives-text",
  "procedure-text",
  "benefits-text",
};

static gboolean
has_thai_digit (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0E50 && c <= 0x0E59)
        return TRUE;
    }
  return FALSE;
}

static void
test_default_texts (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_auto(GStrv) announcement = g_new0 (char *, 3);
  const char *text;

  g_object_set (plan,
                "organisation-name", "เทศบาลเมืองจันทนิมิต",
                "organisation-kind", PHAEN_ORGANISATION_TOWN_MUNICIPALITY,
                "fiscal-year", 2555u,
                NULL);
  phaen_plan_fill_default_texts (plan);

  for (guint i = 0; i < G_N_ELEMENTS (text_properties); i++)
    {
      text = phaen_plan_get_text (plan, text_properties[i]);
      g_test_message ("%s: %s", text_properties[i], text);
      g_assert_cmpstr (text, !=, "");
      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_null (strchr (text, '{'));
      g_assert_null (strchr (text, '}'));
      g_assert_null (strstr (text, "\n\n"));
      g_assert_false (g_str_has_suffix (text, "\n"));
      g_assert_false (has_thai_digit (text));
    }

  /* The announcement is left to be composed from the facts. */
  g_assert_cmpstr (phaen_plan_get_text (plan, "announcement-text-1"), ==, "");
  g_assert_cmpstr (phaen_plan_get_text (plan, "announcement-text-2"), ==, "");
  announcement[0] = phaen_plan_dup_announcement_paragraph (plan, 0);
  announcement[1] = phaen_plan_dup_announcement_paragraph (plan, 1);

  /* The organisation and the year appear where they belong. */
  g_assert_nonnull (strstr (announcement[0], "เทศบาลเมืองจันทนิมิต"));
  g_assert_nonnull (strstr (announcement[0], "พ.ศ. 2555"));
  g_assert_nonnull (strstr (phaen_plan_get_text (plan, "foreword"), "เทศบาลเมืองจันทนิมิต"));
  g_assert_nonnull (strstr (phaen_plan_get_text (plan, "introduction-text"), "เทศบาลเมืองจันทนิมิต"));
  g_assert_nonnull (strstr (phaen_plan_get_text (plan, "objectives-text"), "เทศบาลเมืองจันทนิมิต"));

  /* The legal basis and the period. */
  text = announcement[1];
  g_assert_nonnull (strstr (text, "ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น"));
  g_assert_nonnull (strstr (text, "พ.ศ. 2548"));
  g_assert_nonnull (strstr (text, "และที่แก้ไขเพิ่มเติม"));
  g_assert_nonnull (strstr (text, "(1 ตุลาคม 2554 – 30 กันยายน 2555)"));
  g_assert_nonnull (strstr (text, "เทศบาลเมืองจันทนิมิต"));

  /* Two paragraphs of foreword; lists are numbered 1., 2., … */
  {
    g_auto(GStrv) paragraphs = g_strsplit (phaen_plan_get_text (plan, "foreword"), "\n", -1);

    g_assert_cmpuint (g_strv_length (paragraphs), ==, 2);
  }
  for (guint i = 2; i < G_N_ELEMENTS (text_properties); i++)
    {
      g_auto(GStrv) lines = g_strsplit (phaen_plan_get_text (plan, text_properties[i]), "\n", -1);

      g_assert_cmpuint (g_strv_length (lines), >=, 3);
      for (guint j = 0; lines[j] != NULL; j++)
        {
          g_autofree char *number = g_strdup_printf ("%u. ", j + 1);

          g_assert_true (g_str_has_prefix (lines[j], number));
        }
    }

  /* Signer position from the organisation. */
  g_assert_cmpstr (phaen_plan_get_text (plan, "signer-position"), ==, "นายกเทศมนตรีเมืองจันทนิมิต");
}

static void
test_default_texts_keep_existing (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autofree char *before = NULL;

  g_object_set (plan,
                "organisation-name", "องค์การบริหารส่วนตำบลหนองบัว",
                "fiscal-year", 2569u,
                "foreword", "คำนำของผู้ใช้",
                "signer-position", "ปลัด รักษาราชการแทน",
                NULL);
  phaen_plan_fill_default_texts (plan);
  g_assert_cmpstr (phaen_plan_get_text (plan, "foreword"), ==, "คำนำของผู้ใช้");
  g_assert_cmpstr (phaen_plan_get_text (plan, "signer-position"), ==, "ปลัด รักษาราชการแทน");
  g_assert_nonnull (strstr (phaen_plan_get_text (plan, "introduction-text"),
                            "(1 ตุลาคม 2568 – 30 กันยายน 2569)"));

  /* A second fill changes nothing. */
  before = g_strdup (phaen_plan_get_text (plan, "benefits-text"));
  g_object_set (plan, "organisation-name", "ชื่อใหม่", NULL);
  phaen_plan_fill_default_texts (plan);
  g_assert_cmpstr (phaen_plan_get_text (plan, "benefits-text"), ==, before);
}

static void
test_default_texts_edition (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();

  g_object_set (plan,
                "organisation-name", "เทศบาลตำบลบ้านใหม่",
                "fiscal-year", 2569u,
                "edition-kind", PHAEN_EDITION_ADDITION,
                "edition-number", 2u,
                NULL);
  phaen_plan_fill_default_texts (plan);
  g_assert_nonnull (strstr (phaen_plan_get_text (plan, "introduction-text"),
                            "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 (เพิ่มเติม ครั้งที่ 2)"));
  g_assert_cmpstr (phaen_plan_get_text (plan, "signer-position"), ==, "นายกเทศมนตรีตำบลบ้านใหม่");
}

static void
test_signer_positions (void)
{
  static const struct {
    const char *organisation;
    PhaenOrganisationKind kind;
    const char *position;
  } cases[] = {
    { "เทศบาลนครขอนแก่น", PHAEN_ORGANISATION_OTHER, "นายกเทศมนตรีนครขอนแก่น" },
    { "เทศบาลเมืองจันทนิมิต", PHAEN_ORGANISATION_OTHER, "นายกเทศมนตรีเมืองจันทนิมิต" },
    { "เทศบาลตำบลบ้านใหม่", PHAEN_ORGANISATION_OTHER, "นายกเทศมนตรีตำบลบ้านใหม่" },
    { "องค์การบริหารส่วนตำบลหนองบัว", PHAEN_ORGANISATION_OTHER, "นายกองค์การบริหารส่วนตำบลหนองบัว" },
    { "อบต.หนองบัว", PHAEN_ORGANISATION_OTHER, "นายกองค์การบริหารส่วนตำบลหนองบัว" },
    { "องค์การบริหารส่วนจังหวัดจันทบุรี", PHAEN_ORGANISATION_OTHER, "นายกองค์การบริหารส่วนจังหวัดจันทบุรี" },
    { "จันทนิมิต", PHAEN_ORGANISATION_TOWN_MUNICIPALITY, "นายกเทศมนตรีเมืองจันทนิมิต" },
    { "เมืองพัทยา", PHAEN_ORGANISATION_OTHER, "นายกเมืองพัทยา" },
    { "กรุงเทพมหานคร", PHAEN_ORGANISATION_OTHER, "ผู้ว่าราชการกรุงเทพมหานคร" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PhaenPlan) plan = phaen_plan_new ();

      g_object_set (plan,
                    "organisation-name", cases[i].organisation,
                    "organisation-kind", cases[i].kind,
                    NULL);
      phaen_plan_fill_default_texts (plan);
      g_assert_cmpstr (phaen_plan_get_text (plan, "signer-position"), ==, cases[i].position);
    }
}

static void
test_default_texts_without_name (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();

  g_object_set (plan, "fiscal-year", 2569u,
                "organisation-kind", PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION, NULL);
  phaen_plan_fill_default_texts (plan);
  g_assert_nonnull (strstr (phaen_plan_get_text (plan, "introduction-text"), "องค์การบริหารส่วนตำบล"));
  g_assert_null (strchr (phaen_plan_get_text (plan, "introduction-text"), '{'));
  g_assert_cmpstr (phaen_plan_get_text (plan, "signer-position"), ==, "");
}

/* ---- keywords ------------------------------------------------------------------ */

typedef const char *(*ToString) (int value);
typedef gboolean (*FromString) (const char *text, int *out);

static void
check_enum_keywords (GType       type,
                     ToString    to_string,
                     FromString  from_string,
                     const char *const *expected)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  int out = -1;

  g_assert_cmpuint (klass->n_values, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < klass->n_values; i++)
    {
      int back = -1;

      g_assert_cmpint (klass->values[i].value, ==, i);
      g_assert_cmpstr (to_string (i), ==, expected[i]);
      g_assert_cmpstr (klass->values[i].value_nick, ==, expected[i]);
      g_assert_true (from_string (expected[i], &back));
      g_assert_cmpint (back, ==, i);
    }

  g_assert_false (from_string ("no-such-keyword", &out));
  g_assert_false (from_string (NULL, &out));
  g_assert_cmpint (out, ==, -1);
}

static void
test_keywords (void)
{
  static const char * const organisations[] = {
    "city-municipality", "town-municipality", "subdistrict-municipality",
    "subdistrict-administration", "provincial-administration", "other", NULL
  };
  static const char * const editions[] = { "original", "addition", "amendment", NULL };
  static const char * const groupings[] = { "programs", "approaches", NULL };
  static const char * const styles[] = { "royal-institute", "spreadsheet", NULL };

  check_enum_keywords (PHAEN_TYPE_ORGANISATION_KIND,
                       (ToString) phaen_organisation_kind_to_string,
                       (FromString) phaen_organisation_kind_from_string,
                       organisations);
  check_enum_keywords (PHAEN_TYPE_EDITION_KIND,
                       (ToString) phaen_edition_kind_to_string,
                       (FromString) phaen_edition_kind_from_string,
                       editions);
  check_enum_keywords (PHAEN_TYPE_GROUPING,
                       (ToString) phaen_grouping_to_string,
                       (FromString) phaen_grouping_from_string,
                       groupings);
  check_enum_keywords (PHAEN_TYPE_BAHTTEXT_STYLE,
                       (ToString) phaen_bahttext_style_to_string,
                       (FromString) phaen_bahttext_style_from_string,
                       styles);

  g_assert_cmpstr (phaen_organisation_kind_label (PHAEN_ORGANISATION_TOWN_MUNICIPALITY), ==, "เทศบาลเมือง");
  g_assert_cmpstr (phaen_organisation_kind_label (PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION), ==,
                   "องค์การบริหารส่วนตำบล");
}

static void
test_organisation_guess (void)
{
  static const struct {
    const char *name;
    PhaenOrganisationKind kind;
  } cases[] = {
    { "เทศบาลนครเชียงใหม่", PHAEN_ORGANISATION_CITY_MUNICIPALITY },
    { "เทศบาลเมืองจันทนิมิต", PHAEN_ORGANISATION_TOWN_MUNICIPALITY },
    { "  เทศบาลเมืองจันทนิมิต", PHAEN_ORGANISATION_TOWN_MUNICIPALITY },
    { "เทศบาลตำบลบ้านใหม่", PHAEN_ORGANISATION_SUBDISTRICT_MUNICIPALITY },
    { "องค์การบริหารส่วนตำบลหนองบัว", PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION },
    { "อบต.หนองบัว", PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION },
    { "องค์การบริหารส่วนจังหวัดจันทบุรี", PHAEN_ORGANISATION_PROVINCIAL_ADMINISTRATION },
    { "อบจ.จันทบุรี", PHAEN_ORGANISATION_PROVINCIAL_ADMINISTRATION },
    { "กรุงเทพมหานคร", PHAEN_ORGANISATION_OTHER },
    { "เมืองพัทยา", PHAEN_ORGANISATION_OTHER },
    { "", PHAEN_ORGANISATION_OTHER },
    { NULL, PHAEN_ORGANISATION_OTHER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (phaen_organisation_kind_guess (cases[i].name), ==, cases[i].kind);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/model/plan/new", test_new);
  g_test_add_func ("/model/plan/properties-notify", test_properties_notify);
  g_test_add_func ("/model/plan/getters", test_getters);
  g_test_add_func ("/model/plan/catalogue-entry-properties", test_catalogue_entry_properties);
  g_test_add_func ("/model/plan/ids", test_ids);
  g_test_add_func ("/model/plan/ids-not-reused", test_ids_not_reused);
  g_test_add_func ("/model/plan/find", test_find);
  g_test_add_func ("/model/plan/find-follows-changes", test_find_follows_changes);
  g_test_add_func ("/model/plan/find-by-name-follows-changes", test_find_by_name_follows_changes);
  g_test_add_func ("/model/plan/find-by-name-many", test_find_by_name_many);
  g_test_add_func ("/model/plan/objects-outlive-plan", test_objects_outlive_plan);
  g_test_add_func ("/model/plan/many-projects", test_many_projects);
  g_test_add_func ("/model/plan/changed-signal", test_changed_signal);
  g_test_add_func ("/model/plan/equal/clone", test_equal_clone);
  g_test_add_func ("/model/plan/equal/plan-properties", test_equal_plan_properties);
  g_test_add_func ("/model/plan/equal/object-fields", test_equal_object_fields);
  g_test_add_func ("/model/plan/equal/messages", test_equal_messages);
  g_test_add_func ("/model/plan/finalize", test_finalize);
  g_test_add_func ("/model/plan/copy/deep", test_copy);
  g_test_add_func ("/model/plan/copy/foreign-reference", test_copy_foreign_reference);
  g_test_add_func ("/model/plan/validate/ok", test_validate_ok);
  g_test_add_func ("/model/plan/validate/edge-values", test_validate_edge_values);
  for (guint i = 0; i < G_N_ELEMENTS (validate_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/plan/validate/%s", validate_cases[i].name);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_validate_case);
    }
  g_test_add_func ("/model/plan/texts/defaults", test_default_texts);
  g_test_add_func ("/model/plan/texts/keep-existing", test_default_texts_keep_existing);
  g_test_add_func ("/model/plan/texts/edition", test_default_texts_edition);
  g_test_add_func ("/model/plan/texts/signer-positions", test_signer_positions);
  g_test_add_func ("/model/plan/texts/without-name", test_default_texts_without_name);
  g_test_add_func ("/model/plan/keywords", test_keywords);
  g_test_add_func ("/model/plan/organisation-guess", test_organisation_guess);

  return g_test_run ();
}
