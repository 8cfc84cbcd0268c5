/* test-properties.c: the property lists the model copies and checks with
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "phaen-plan.h"
#include "phaen-properties.h"

/* The cached list says what GObject says, for every class of a plan. */
static void
test_list_matches_gobject (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(PhaenProject) project = phaen_project_new ();
  g_autoptr(PhaenStrategy) strategy = phaen_strategy_new (NULL, "ยุทธศาสตร์");
  g_autoptr(PhaenUnit) unit = phaen_unit_new (NULL, "กองช่าง");
  GObject *objects[] = { G_OBJECT (plan), G_OBJECT (project), G_OBJECT (strategy), G_OBJECT (unit) };

  for (guint i = 0; i < G_N_ELEMENTS (objects); i++)
    {
      guint n_expected = 0, n = 0, n_again = 0;
      g_autofree GParamSpec **expected = g_object_class_list_properties (G_OBJECT_GET_CLASS (objects[i]), &n_expected);
      GParamSpec * const *listed = phaen_properties_list (objects[i], &n);
      GParamSpec * const *again = phaen_properties_list (objects[i], &n_again);

      g_assert_cmpuint (n, >, 0);
      g_assert_cmpuint (n, ==, n_expected);
      for (guint k = 0; k < n; k++)
        g_assert_true (listed[k] == expected[k]);
      /* Worked out once: the same array the second time. */
      g_assert_true (again == listed);
      g_assert_cmpuint (n_again, ==, n);
    }
}

/* Two objects of different classes get their own lists. */
static void
test_list_per_class (void)
{
  g_autoptr(PhaenProject) project = phaen_project_new ();
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  guint n_project = 0, n_plan = 0;
  GParamSpec * const *of_project = phaen_properties_list (G_OBJECT (project), &n_project);
  GParamSpec * const *of_plan = phaen_properties_list (G_OBJECT (plan), &n_plan);
  gboolean budget = FALSE;

  g_assert_true (of_project != of_plan);
  for (guint k = 0; k < n_project; k++)
    budget |= g_str_equal (of_project[k]->name, "budget");
  g_assert_true (budget);
  for (guint k = 0; k < n_plan; k++)
    g_assert_cmpstr (of_plan[k]->name, !=, "budget");
}

static gpointer
list_in_thread (gpointer data)
{
  guint n = 0;

  return (gpointer) phaen_properties_list (G_OBJECT (data), &n);
}

/* Threads asking at once (the checks and snapshots run in workers) get
 * the one list. */
static void
test_list_threads (void)
{
  g_autoptr(PhaenProgram) program = phaen_program_new (NULL, "แผนงานการศึกษา");
  GThread *threads[4];
  gpointer results[4];
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("list", list_in_thread, program);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    results[i] = g_thread_join (threads[i]);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (results[i] == (gpointer) phaen_properties_list (G_OBJECT (program), &n));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/properties/list-matches-gobject", test_list_matches_gobject);
  g_test_add_func ("/model/properties/list-per-class", test_list_per_class);
  g_test_add_func ("/model/properties/list-threads", test_list_threads);

  return g_test_run ();
}
