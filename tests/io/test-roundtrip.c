/* test-roundtrip.c: property test, load (save (plan)) equals plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Random plans from a seeded GRand: Thai text with combining marks,
 * newlines (LF and CRLF), tabs, markup characters and leading or trailing
 * spaces (names come back normalised, free texts exactly); every one of the 4096 schedule patterns across the run; amounts
 * from zero to the largest allowed; empty optional fields; every value of
 * every enumeration.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "model/phaen-money.h"
#include "model/phaen-schedule.h"
#include "model/phaen-text.h"

#include "phaen-file.h"
#include "phaen-xml.h"
#include "xml-test-util.h"

#define N_PLANS 200
#define N_SCHEMA_CHECKS 20
#define SEED 20250611

static const char * const pieces[] = {
  "ก", "ข", "ค", "ง", "จ", "ช", "ญ", "ฐ", "ณ", "ด", "ต", "ท", "น", "บ", "ป", "ผ",
  "พ", "ฟ", "ม", "ย", "ร", "ล", "ว", "ศ", "ส", "ห", "อ", "ฮ", "ฤๅ",
  "ั", "ิ", "ี", "ึ", "ื", "ุ", "ู", "็", "่", "้", "๊", "๋", "์", "ำ", "า",
  "เ", "แ", "โ", "ใ", "ไ", "ปั๊ม", "ฟื้น", "น้ำ", "ปู่", "ฤๅษี",
  "๐", "๑", "๕", "๙", "0", "7", "ถนน คสล.", "ม.5", "(", ")", "/", "-", ",", ".",
  " ", " ", " ", "\n", "\r\n", "\t", "&", "<", ">", "\"", "'", "]]>", "&amp;", "é", "😀",
};

static char *
random_text (GRand    *rand,
             gboolean  may_be_empty)
{
  GString *text = g_string_new (NULL);
  guint n;

  if (may_be_empty && g_rand_int_range (rand, 0, 4) == 0)
    return g_string_free (text, FALSE);

  if (g_rand_int_range (rand, 0, 4) == 0)
    g_string_append (text, "  ");
  /* At least one letter, so names are never blank */
  g_string_append (text, pieces[g_rand_int_range (rand, 0, 28)]);
  n = g_rand_int_range (rand, 0, 40);
  for (guint i = 0; i < n; i++)
    g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
  if (g_rand_int_range (rand, 0, 4) == 0)
    g_string_append (text, g_rand_boolean (rand) ? " " : "\n");

  return g_string_free (text, FALSE);
}

static gint64
random_amount (GRand *rand)
{
  switch (g_rand_int_range (rand, 0, 8))
    {
    case 0: return 0;
    case 1: return 1;
    case 2: return 100;
    case 3: return PHAEN_MONEY_MAX;
    case 4: return (gint64) g_rand_int_range (rand, 0, 100000) * 100;
    default:
      return (gint64) (g_rand_double (rand) * 1e14);
    }
}

static char *
random_date (GRand *rand)
{
  if (g_rand_int_range (rand, 0, 5) == 0)
    return g_strdup ("");
  return g_strdup_printf ("%04d-%02d-%02d",
                          g_rand_int_range (rand, 1900, 2200),
                          g_rand_int_range (rand, 1, 13),
                          g_rand_int_range (rand, 1, 29));
}

static void
set_random_text (GRand      *rand,
                 gpointer    object,
                 const char *property,
                 gboolean    may_be_empty)
{
  g_autofree char *text = random_text (rand, may_be_empty);

  g_object_set (object, property, text, NULL);
}

static PhaenPlan *
random_plan (GRand *rand,
             guint *schedule_counter)
{
  static const char * const plan_texts[] = {
    "organisation-name", "district", "province", "preparing-unit",
    "signer-name", "signer-position", "announcement-text-1", "announcement-text-2",
    "foreword", "introduction-text", "objectives-text", "procedure-text", "benefits-text",
  };
  static const char * const project_texts[] = {
    "activities", "location", "source", "target", "category", "equipment-type",
    "reference", "remarks",
  };
  PhaenPlan *plan = phaen_plan_new ();
  g_autoptr(GPtrArray) strategies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) approaches = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) programs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) units = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *date = random_date (rand);
  PhaenEditionKind edition = g_rand_int_range (rand, 0, 3);
  guint n, n_projects;

  /* A valid plan needs an organisation name; the other texts may be empty */
  for (guint i = 0; i < G_N_ELEMENTS (plan_texts); i++)
    set_random_text (rand, plan, plan_texts[i], i > 0);
  g_object_set (plan,
                "organisation-kind", g_rand_int_range (rand, 0, PHAEN_ORGANISATION_OTHER + 1),
                "fiscal-year", (guint) g_rand_int_range (rand, 2400, 2701),
                "edition-kind", edition,
                "edition-number", edition == PHAEN_EDITION_ORIGINAL ? 0u
                                  : (guint) g_rand_int_range (rand, 1, 1000),
                "announcement-date", date,
                "thai-digits", g_rand_boolean (rand),
                "bahttext-style", g_rand_int_range (rand, 0, 2),
                "grouping", g_rand_int_range (rand, 0, 2),
                "equipment-in-summary", g_rand_boolean (rand),
                NULL);

  n = g_rand_int_range (rand, 1, 7);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = random_text (rand, FALSE);
      PhaenUnit *unit = phaen_unit_new (NULL, name);

      phaen_plan_append_unit (plan, unit);
      g_ptr_array_add (units, unit);
    }

  /* Sometimes the built-in catalogue, sometimes a custom one */
  if (g_rand_boolean (rand))
    phaen_plan_clear_programs (plan);
  n = g_rand_int_range (rand, g_list_model_get_n_items (phaen_plan_get_programs (plan)) ? 0 : 1, 4);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = random_text (rand, FALSE);
      g_autoptr(PhaenProgram) program = phaen_program_new (NULL, name);

      phaen_program_set_standard (program, g_rand_boolean (rand));
      phaen_plan_append_program (plan, program);
    }
  n = g_list_model_get_n_items (phaen_plan_get_programs (plan));
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (programs, g_list_model_get_item (phaen_plan_get_programs (plan), i));

  n = g_rand_int_range (rand, 1, 6);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = random_text (rand, FALSE);
      PhaenStrategy *strategy = phaen_strategy_new (NULL, name);

      phaen_plan_append_strategy (plan, strategy);
      g_ptr_array_add (strategies, strategy);
    }

  /* Approaches in random strategy order: the file keeps the plan's order */
  n = g_rand_int_range (rand, 0, 7);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = random_text (rand, FALSE);
      PhaenStrategy *strategy = strategies->pdata[g_rand_int_range (rand, 0, strategies->len)];
      PhaenApproach *approach = phaen_approach_new (NULL, name, strategy);

      phaen_plan_append_approach (plan, approach);
      g_ptr_array_add (approaches, approach);
    }

  n_projects = 21 + g_rand_int_range (rand, 0, 5);
  for (guint i = 0; i < n_projects; i++)
    {
      g_autoptr(PhaenProject) project = phaen_project_new ();
      g_autofree char *name = random_text (rand, FALSE);
      PhaenStrategy *strategy = strategies->pdata[g_rand_int_range (rand, 0, strategies->len)];
      PhaenApproach *approach = NULL;

      for (guint j = 0; j < approaches->len; j++)
        if (phaen_approach_get_strategy (approaches->pdata[j]) == strategy &&
            g_rand_int_range (rand, 0, 3) != 0)
          approach = approaches->pdata[j];

      phaen_project_set_name (project, name);
      phaen_project_set_kind (project, g_rand_int_range (rand, 0, 2));
      phaen_project_set_strategy (project, strategy);
      phaen_project_set_approach (project, approach);
      phaen_project_set_program (project, programs->pdata[g_rand_int_range (rand, 0, programs->len)]);
      phaen_project_set_unit (project, units->pdata[g_rand_int_range (rand, 0, units->len)]);
      phaen_project_set_budget (project, random_amount (rand));
      phaen_project_set_schedule (project, (*schedule_counter)++ % 4096);
      for (guint j = 0; j < G_N_ELEMENTS (project_texts); j++)
        set_random_text (rand, project, project_texts[j], TRUE);

      /* Half of the projects keep the default monitoring (not written) */
      if (g_rand_boolean (rand))
        {
          phaen_project_set_status (project, g_rand_int_range (rand, 0, PHAEN_PROJECT_STATUS_CARRIED_OVER + 1));
          phaen_project_set_progress (project, g_rand_int_range (rand, 0, 101));
          phaen_project_set_contracted (project, random_amount (rand));
          phaen_project_set_disbursed (project, random_amount (rand));
          phaen_project_set_actual_schedule (project, g_rand_int_range (rand, 0, 4096));
        }
      else
        phaen_project_set_remarks (project, "");

      phaen_plan_append_project (plan, project);
    }

  return plan;
}

static void
assert_name_normalized (GObject    *object,
                        const char *property)
{
  g_autofree char *name = NULL;
  g_autofree char *normal = NULL;

  g_object_get (object, property, &name, NULL);
  normal = phaen_text_normalize_name (name);
  g_assert_cmpstr (name, ==, normal);
}

/* Every name of @plan is as phaen_text_normalize_name() makes it. */
static void
assert_names_normalized (PhaenPlan *plan)
{
  GListModel *(*getters[]) (PhaenPlan *) = {
    phaen_plan_get_strategies,
    phaen_plan_get_approaches,
    phaen_plan_get_programs,
    phaen_plan_get_units,
    phaen_plan_get_projects,
  };
  static const char * const plan_names[] = {
    "organisation-name", "district", "province", "signer-name",
  };

  for (guint i = 0; i < G_N_ELEMENTS (plan_names); i++)
    assert_name_normalized (G_OBJECT (plan), plan_names[i]);

  for (guint c = 0; c < G_N_ELEMENTS (getters); c++)
    {
      GListModel *model = getters[c] (plan);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);

          assert_name_normalized (item, "name");
        }
    }
}

static void
test_roundtrip_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  g_autofree char *dir = g_dir_make_tmp ("phaen-roundtrip-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "random.phaen", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree guint8 *seen = g_new0 (guint8, 4096);
  gboolean lint = g_getenv ("PHAEN_XMLLINT") != NULL;
  guint schedule_counter = 0;
  guint checked = 0;

  for (guint i = 0; i < N_PLANS; i++)
    {
      g_autoptr(PhaenPlan) plan = random_plan (rand, &schedule_counter);
      g_autoptr(PhaenPlan) loaded = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *why = NULL;
      g_autofree char *contents = NULL;
      g_autoptr(GBytes) rewritten = NULL;
      gsize length;
      GListModel *projects;

      phaen_file_save (plan, path, &error);
      g_assert_no_error (error);
      loaded = phaen_file_load (path, &error);
      g_assert_no_error (error);
      g_assert_nonnull (loaded);

      /* Names come back normalised (phaen-text.h), everything else exactly. */
      if (!phaen_plan_equal_full (loaded, plan, PHAEN_PLAN_EQUAL_AS_SAVED, &why))
        g_test_message ("plan %u differs: %s", i, why);
      g_assert_true (phaen_plan_equal_full (loaded, plan, PHAEN_PLAN_EQUAL_AS_SAVED, NULL));
      assert_names_normalized (loaded);
      g_assert_cmpuint (phaen_history_get_depth (phaen_plan_get_history (loaded)), ==, 0);

      /* The writer is deterministic */
      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      rewritten = phaen_xml_write_to_bytes (loaded);
      g_assert_cmpmem (g_bytes_get_data (rewritten, NULL), g_bytes_get_size (rewritten),
                       contents, length);

      projects = phaen_plan_get_projects (loaded);
      for (guint j = 0; j < g_list_model_get_n_items (projects); j++)
        {
          g_autoptr(PhaenProject) project = g_list_model_get_item (projects, j);

          seen[phaen_project_get_schedule (project)] = 1;
        }

      if (lint && i % (N_PLANS / N_SCHEMA_CHECKS) == 0)
        {
          g_assert_true (schema_accepts (path));
          checked++;
        }
    }

  for (guint mask = 0; mask < 4096; mask++)
    if (!seen[mask])
      g_error ("schedule pattern %03x never round-tripped", mask);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_remove (backup), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);

  if (lint)
    g_assert_cmpuint (checked, ==, N_SCHEMA_CHECKS);
  g_test_message ("%u plans, %u schedules, %u files checked against the schema",
                  N_PLANS, schedule_counter, checked);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/roundtrip/random-plans", test_roundtrip_random);

  return g_test_run ();
}
