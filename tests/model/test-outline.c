/* test-outline.c: PhaenOutline, the plan as a tree for the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A view such as GtkTreeListModel knows a model only through
 * "items-changed": it keeps its own copy of every list and patches it with
 * each (position, removed, added). The tests do the same ("mirrors") and
 * check after every step that each mirror equals its list, so every
 * emission must be exact; they also log the emissions to check that a
 * step emits once per list it changes, and no more.
 */
#include "config.h"

#include <string.h>

#include "phaen-fixtures.h"
#include "phaen-outline.h"
#include "phaen-plan.h"

/* ---- a plan ---------------------------------------------------------------- */

static PhaenProgram *
program_at (PhaenPlan *plan,
            guint      position)
{
  return phaen_fixture_program (plan, position);
}

/* Programs by catalogue position: 0 บริหารงานทั่วไป, 2 การศึกษา,
 * 3 สาธารณสุข, 8 อุตสาหกรรมและการโยธา. */
static PhaenPlan *
build_plan (void)
{
  static const PhaenFixtureProject projects[] = {
    { "p1", NULL, PHAEN_PROJECT_KIND_PROJECT, "s1", "a1", 8, NULL, 100, 0 },
    { "p2", NULL, PHAEN_PROJECT_KIND_PROJECT, "s1", NULL, 8, NULL, 200, 0 },
    { "p3", NULL, PHAEN_PROJECT_KIND_PROJECT, "s2", NULL, 3, NULL, 300, 0 },
    { "p4", NULL, PHAEN_PROJECT_KIND_PROJECT, "s2", NULL, 2, NULL, 400, 0 },
    { "p5", NULL, PHAEN_PROJECT_KIND_PROJECT, "s2", NULL, 3, NULL, 500, 0 },
  };
  PhaenPlan *plan = phaen_fixture_plan_new ("เทศบาลตำบลทดสอบ", 2569);

  phaen_fixture_add_strategy (plan, "s1", "โครงสร้างพื้นฐาน");
  phaen_fixture_add_strategy (plan, "s2", "คุณภาพชีวิต");
  phaen_fixture_add_strategy (plan, "s3", "บริหารจัดการ");
  phaen_fixture_add_approach (plan, "a1", "ถนน", "s1");
  phaen_fixture_add_approach (plan, "a2", "สุขภาพ", "s2");
  phaen_fixture_add_unit (plan, "u1", "กองช่าง");
  for (guint i = 0; i < G_N_ELEMENTS (projects); i++)
    phaen_fixture_add_project (plan, &projects[i]);

  return plan;
}

/* The tree as text: "number label (projects, budget)" per row, indented. */
static void
dump_list (GListModel *model,
           guint       depth,
           GString    *out)
{
  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      g_autoptr(PhaenOutlineNode) node = g_list_model_get_item (model, i);
      GListModel *children = phaen_outline_node_get_children (node);

      g_string_append_printf (out, "%*s%s %s (%u, %" G_GINT64_FORMAT ")\n", depth * 2, "",
                              phaen_outline_node_get_number (node),
                              phaen_outline_node_get_label (node),
                              phaen_outline_node_get_n_projects (node),
                              phaen_outline_node_get_budget (node));
      if (children != NULL)
        dump_list (children, depth + 1, out);
    }
}

static char *
dump (PhaenOutline *outline)
{
  GString *out = g_string_new (NULL);

  dump_list (G_LIST_MODEL (outline), 0, out);
  return g_string_free (out, FALSE);
}

/* ---- mirrors ---------------------------------------------------------------- */

typedef struct
{
  GHashTable *mirrors;   /* GListModel* → GPtrArray* of its items as heard */
  GHashTable *names;     /* GListModel* → owner's label when first seen */
  GString    *log;       /* "name:pos,removed,added;" per emission */
} Mirrors;

static void mirror_attach (Mirrors    *m,
                           GListModel *model,
                           const char *name);

static void
mirror_attach_node (Mirrors          *m,
                    PhaenOutlineNode *node)
{
  GListModel *children = phaen_outline_node_get_children (node);

  if (children != NULL)
    mirror_attach (m, children, phaen_outline_node_get_label (node));
}

static void
mirror_items_changed_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         Mirrors    *m)
{
  GPtrArray *items = g_hash_table_lookup (m->mirrors, model);

  g_string_append_printf (m->log, "%s:%u,%u,%u;",
                          (const char *) g_hash_table_lookup (m->names, model),
                          position, removed, added);

  g_assert_cmpuint (position + removed, <=, items->len);
  g_assert_true (removed > 0 || added > 0);
  g_ptr_array_remove_range (items, position, removed);
  for (guint i = 0; i < added; i++)
    {
      PhaenOutlineNode *node = g_list_model_get_item (model, position + i);

      g_ptr_array_insert (items, position + i, node);
      mirror_attach_node (m, node);
    }
}

static void
mirror_attach (Mirrors    *m,
               GListModel *model,
               const char *name)
{
  GPtrArray *items;

  if (g_hash_table_contains (m->mirrors, model))
    return;

  items = g_ptr_array_new_with_free_func (g_object_unref);
  g_hash_table_insert (m->mirrors, g_object_ref (model), items);
  g_hash_table_insert (m->names, model, g_strdup (name));
  g_signal_connect (model, "items-changed", G_CALLBACK (mirror_items_changed_cb), m);

  for (guint i = 0, n = g_list_model_get_n_items (model); i < n; i++)
    {
      PhaenOutlineNode *node = g_list_model_get_item (model, i);

      g_ptr_array_add (items, node);
      mirror_attach_node (m, node);
    }
}

static void
mirrors_init (Mirrors      *m,
              PhaenOutline *outline)
{
  m->mirrors = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  m->names = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  m->log = g_string_new (NULL);
  mirror_attach (m, G_LIST_MODEL (outline), "root");
}

/* Every list as heard equals the list as it is. */
static void
mirrors_check (Mirrors *m)
{
  GHashTableIter iter;
  gpointer model, items;

  g_hash_table_iter_init (&iter, m->mirrors);
  while (g_hash_table_iter_next (&iter, &model, &items))
    {
      GPtrArray *heard = items;
      guint n = g_list_model_get_n_items (model);

      g_assert_cmpuint (heard->len, ==, n);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);

          g_assert_true (item == heard->pdata[i]);
        }
    }
}

static void
mirrors_clear (Mirrors *m)
{
  GHashTableIter iter;
  gpointer model;

  g_hash_table_iter_init (&iter, m->mirrors);
  while (g_hash_table_iter_next (&iter, &model, NULL))
    {
      g_signal_handlers_disconnect_by_func (model, mirror_items_changed_cb, m);
      g_object_unref (model);
    }
  g_hash_table_unref (m->mirrors);
  g_hash_table_unref (m->names);
  g_string_free (m->log, TRUE);
}

/* ---- notifications of one node ---------------------------------------------- */

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 GString    *log)
{
  g_string_append_printf (log, "%s;", pspec->name);
}

/* ---- tests ------------------------------------------------------------------- */

static const char initial_tree[] =
  "1 โครงสร้างพื้นฐาน (2, 300)\n"
  "  1.1 ถนน (1, 100)\n"
  "    1.1.1 แผนงานอุตสาหกรรมและการโยธา (1, 100)\n"
  "      1 โครงการ p1 (1, 100)\n"
  "  1.2 แผนงานอุตสาหกรรมและการโยธา (1, 200)\n"
  "    1 โครงการ p2 (1, 200)\n"
  "2 คุณภาพชีวิต (3, 1200)\n"
  "  2.1 แผนงานการศึกษา (1, 400)\n"
  "    1 โครงการ p4 (1, 400)\n"
  "  2.2 แผนงานสาธารณสุข (2, 800)\n"
  "    1 โครงการ p3 (1, 300)\n"
  "    2 โครงการ p5 (1, 500)\n"
  "3 บริหารจัดการ (0, 0)\n";

static void
test_structure (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenOutline) outline = phaen_outline_new (plan);
  g_autofree char *tree = dump (outline);
  g_autoptr(PhaenOutlineNode) first = g_list_model_get_item (G_LIST_MODEL (outline), 0);
  PhaenOutlineNode *p1;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (outline)) == PHAEN_TYPE_OUTLINE_NODE);
  g_assert_cmpstr (tree, ==, initial_tree);
  g_assert_true (phaen_outline_get_plan (outline) == plan);

  g_assert_cmpint (phaen_outline_node_get_kind (first), ==, PHAEN_OUTLINE_STRATEGY);
  g_assert_true (phaen_outline_node_get_item (first) == G_OBJECT (phaen_plan_find_strategy (plan, "s1")));
  g_assert_null (phaen_outline_node_get_parent (first));

  p1 = phaen_outline_find_project (outline, phaen_plan_find_project (plan, "p1"));
  g_assert_nonnull (p1);
  g_assert_cmpint (phaen_outline_node_get_kind (p1), ==, PHAEN_OUTLINE_PROJECT);
  g_assert_null (phaen_outline_node_get_children (p1));
  g_assert_cmpint (phaen_outline_node_get_kind (phaen_outline_node_get_parent (p1)), ==, PHAEN_OUTLINE_PROGRAM);
  g_assert_cmpint (phaen_outline_node_get_kind (phaen_outline_node_get_parent (phaen_outline_node_get_parent (p1))),
                   ==, PHAEN_OUTLINE_APPROACH);
  g_assert_true (phaen_outline_node_get_parent (phaen_outline_node_get_parent (phaen_outline_node_get_parent (p1))) == first);
}

/* A rename changes one label and nothing else: no list emits. */
static void
test_rename (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenOutline) outline = phaen_outline_new (plan);
  g_autoptr(GString) notes = g_string_new (NULL);
  PhaenOutlineNode *p3 = phaen_outline_find_project (outline, phaen_plan_find_project (plan, "p3"));
  PhaenOutlineNode *health = phaen_outline_node_get_parent (p3);
  Mirrors m;

  mirrors_init (&m, outline);
  g_signal_connect (health, "notify", G_CALLBACK (count_notify_cb), notes);

  phaen_plan_edit_set_string (plan, program_at (plan, 3), "name", "แผนงานสาธารณสุขชุมชน");
  g_assert_cmpstr (m.log->str, ==, "");
  g_assert_cmpstr (notes->str, ==, "label;");
  g_assert_cmpstr (phaen_outline_node_get_label (health), ==, "แผนงานสาธารณสุขชุมชน");

  /* a project's name is its label */
  phaen_plan_edit_set_string (plan, phaen_plan_find_project (plan, "p3"), "name", "ใหม่");
  g_assert_cmpstr (phaen_outline_node_get_label (p3), ==, "ใหม่");
  g_assert_cmpstr (m.log->str, ==, "");

  mirrors_check (&m);
  g_signal_handlers_disconnect_by_data (health, notes);
  mirrors_clear (&m);
}

/* Moving a project to another strategy, approach and program is one step:
 * one items-changed in the list it leaves, one in the list it joins, the
 * same node object, totals notified where they change. Its undo is the
 * move back. */
static void
test_move (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenOutline) outline = phaen_outline_new (plan);
  g_autoptr(GString) s2_notes = g_string_new (NULL);
  g_autoptr(GString) s3_notes = g_string_new (NULL);
  PhaenProject *p3 = phaen_plan_find_project (plan, "p3");
  PhaenOutlineNode *node = phaen_outline_find_project (outline, p3);
  g_autoptr(PhaenOutlineNode) s2 = g_list_model_get_item (G_LIST_MODEL (outline), 1);
  g_autoptr(PhaenOutlineNode) s3 = g_list_model_get_item (G_LIST_MODEL (outline), 2);
  g_autofree char *tree = NULL;
  g_autofree char *back = NULL;
  Mirrors m;

  mirrors_init (&m, outline);
  g_signal_connect (s2, "notify", G_CALLBACK (count_notify_cb), s2_notes);
  g_signal_connect (s3, "notify", G_CALLBACK (count_notify_cb), s3_notes);

  phaen_plan_edit_move_project_to (plan, p3, phaen_plan_find_strategy (plan, "s1"),
                                   phaen_plan_find_approach (plan, "a1"), program_at (plan, 8));
  g_assert_cmpstr (m.log->str, ==,
                   "แผนงานอุตสาหกรรมและการโยธา:1,0,1;"   /* joins s1 › a1 › program */
                   "แผนงานสาธารณสุข:0,1,0;");            /* leaves s2 › program */
  mirrors_check (&m);
  g_assert_true (phaen_outline_find_project (outline, p3) == node);
  g_assert_cmpstr (phaen_outline_node_get_label (phaen_outline_node_get_parent (phaen_outline_node_get_parent (node))),
                   ==, "ถนน");
  g_assert_cmpstr (s2_notes->str, ==, "n-projects;budget;");
  g_assert_cmpstr (s3_notes->str, ==, "");

  tree = dump (outline);
  g_assert_cmpstr (tree, ==,
                   "1 โครงสร้างพื้นฐาน (3, 600)\n"
                   "  1.1 ถนน (2, 400)\n"
                   "    1.1.1 แผนงานอุตสาหกรรมและการโยธา (2, 400)\n"
                   "      1 โครงการ p1 (1, 100)\n"
                   "      2 โครงการ p3 (1, 300)\n"
                   "  1.2 แผนงานอุตสาหกรรมและการโยธา (1, 200)\n"
                   "    1 โครงการ p2 (1, 200)\n"
                   "2 คุณภาพชีวิต (2, 900)\n"
                   "  2.1 แผนงานการศึกษา (1, 400)\n"
                   "    1 โครงการ p4 (1, 400)\n"
                   "  2.2 แผนงานสาธารณสุข (1, 500)\n"
                   "    1 โครงการ p5 (1, 500)\n"
                   "3 บริหารจัดการ (0, 0)\n");

  g_string_truncate (m.log, 0);
  g_assert_true (phaen_history_undo (phaen_plan_get_history (plan)));
  g_assert_cmpstr (m.log->str, ==,
                   "แผนงานอุตสาหกรรมและการโยธา:1,1,0;"
                   "แผนงานสาธารณสุข:0,0,1;");
  mirrors_check (&m);
  back = dump (outline);
  g_assert_cmpstr (back, ==, initial_tree);
  g_assert_true (phaen_outline_find_project (outline, p3) == node);

  g_signal_handlers_disconnect_by_data (s2, s2_notes);
  g_signal_handlers_disconnect_by_data (s3, s3_notes);
  mirrors_clear (&m);
}

/* Groups come and go with the projects that use them. */
static void
test_groups_follow (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenOutline) outline = phaen_outline_new (plan);
  g_autoptr(PhaenProject) project = phaen_project_new ();
  PhaenHistory *history = phaen_plan_get_history (plan);
  g_autofree char *tree = NULL;
  Mirrors m;

  mirrors_init (&m, outline);

  /* the first project of s3: its program appears under it */
  phaen_project_set_name (project, "ใหม่");
  phaen_project_set_budget (project, 70);
  phaen_project_set_strategy (project, phaen_plan_find_strategy (plan, "s3"));
  phaen_project_set_program (project, program_at (plan, 0));
  phaen_plan_edit_insert_project (plan, 0, project);
  g_assert_cmpstr (m.log->str, ==, "บริหารจัดการ:0,0,1;");
  mirrors_check (&m);

  /* and goes with it */
  g_string_truncate (m.log, 0);
  g_assert_true (phaen_plan_edit_remove_project (plan, project, NULL));
  g_assert_cmpstr (m.log->str, ==, "บริหารจัดการ:0,1,0;");
  mirrors_check (&m);

  /* the first project of s2 with an approach: the approach level appears,
   * the program it left stays for the others */
  g_string_truncate (m.log, 0);
  phaen_plan_edit_move_project_to (plan, phaen_plan_find_project (plan, "p4"),
                                   phaen_plan_find_strategy (plan, "s2"),
                                   phaen_plan_find_approach (plan, "a2"), program_at (plan, 2));
  g_assert_cmpstr (m.log->str, ==, "คุณภาพชีวิต:0,1,1;");
  mirrors_check (&m);
  tree = dump (outline);
  g_assert_true (strstr (tree,
                         "2 คุณภาพชีวิต (3, 1200)\n"
                         "  2.1 สุขภาพ (1, 400)\n"
                         "    2.1.1 แผนงานการศึกษา (1, 400)\n"
                         "      1 โครงการ p4 (1, 400)\n"
                         "  2.2 แผนงานสาธารณสุข (2, 800)\n") != NULL);

  /* a new strategy before the others: one row in, numbers move on */
  g_string_truncate (m.log, 0);
  {
    g_autoptr(PhaenStrategy) s0 = phaen_strategy_new (NULL, "ใหม่");
    g_autoptr(PhaenOutlineNode) was_first = g_list_model_get_item (G_LIST_MODEL (outline), 0);

    phaen_plan_edit_insert_strategy (plan, 0, s0);
    g_assert_cmpstr (m.log->str, ==, "root:0,0,1;");
    g_assert_cmpstr (phaen_outline_node_get_number (was_first), ==, "2");
  }
  mirrors_check (&m);

  /* undo everything: back where we started, every list right */
  while (phaen_history_undo (history))
    mirrors_check (&m);
  g_clear_pointer (&tree, g_free);
  tree = dump (outline);
  g_assert_cmpstr (tree, ==, initial_tree);
  mirrors_clear (&m);
}

/* Unfinished projects have a place: under "No strategy" at the end, or
 * under "No program". */
static void
test_unfinished (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenOutline) outline = phaen_outline_new (plan);
  g_autoptr(PhaenProject) orphan = phaen_project_new ();
  g_autoptr(PhaenProject) no_program = phaen_project_new ();
  g_autoptr(PhaenOutlineNode) last = NULL;
  Mirrors m;

  mirrors_init (&m, outline);

  phaen_plan_edit_insert_project (plan, G_MAXUINT, orphan);
  g_assert_cmpstr (m.log->str, ==, "root:3,0,1;");
  last = g_list_model_get_item (G_LIST_MODEL (outline), 3);
  g_assert_null (phaen_outline_node_get_item (last));
  g_assert_cmpstr (phaen_outline_node_get_label (last), ==, "No strategy");
  g_assert_cmpstr (phaen_outline_node_get_number (last), ==, "");
  g_assert_cmpuint (phaen_outline_node_get_n_projects (last), ==, 1);

  phaen_project_set_strategy (no_program, phaen_plan_find_strategy (plan, "s3"));
  g_string_truncate (m.log, 0);
  phaen_plan_edit_insert_project (plan, G_MAXUINT, no_program);
  g_assert_cmpstr (m.log->str, ==, "บริหารจัดการ:0,0,1;");
  mirrors_check (&m);
  {
    g_autoptr(PhaenOutlineNode) s3 = g_list_model_get_item (G_LIST_MODEL (outline), 2);
    g_autoptr(PhaenOutlineNode) group = g_list_model_get_item (phaen_outline_node_get_children (s3), 0);

    g_assert_cmpstr (phaen_outline_node_get_label (group), ==, "No program");
    g_assert_null (phaen_outline_node_get_item (group));
  }

  /* choosing the strategy later moves the project out of "No strategy",
   * which goes */
  g_string_truncate (m.log, 0);
  phaen_plan_edit_set_object (plan, orphan, "strategy", phaen_plan_find_strategy (plan, "s3"));
  /* the orphan comes first in the plan, so first in the group */
  g_assert_cmpstr (m.log->str, ==, "No program:0,0,1;root:3,1,0;");
  mirrors_check (&m);
  mirrors_clear (&m);
}

/* A budget edit changes totals along the way up, and only those. */
static void
test_totals (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenOutline) outline = phaen_outline_new (plan);
  g_autoptr(GString) s1_notes = g_string_new (NULL);
  g_autoptr(GString) s2_notes = g_string_new (NULL);
  g_autoptr(PhaenOutlineNode) s1 = g_list_model_get_item (G_LIST_MODEL (outline), 0);
  g_autoptr(PhaenOutlineNode) s2 = g_list_model_get_item (G_LIST_MODEL (outline), 1);
  Mirrors m;

  mirrors_init (&m, outline);
  g_signal_connect (s1, "notify", G_CALLBACK (count_notify_cb), s1_notes);
  g_signal_connect (s2, "notify", G_CALLBACK (count_notify_cb), s2_notes);

  phaen_plan_edit_set_int64 (plan, phaen_plan_find_project (plan, "p1"), "budget", 1100);
  g_assert_cmpstr (m.log->str, ==, "");
  g_assert_cmpstr (s1_notes->str, ==, "budget;");
  g_assert_cmpstr (s2_notes->str, ==, "");
  g_assert_cmpint (phaen_outline_node_get_budget (s1), ==, 1300);

  /* outside the edit API (the build API) the outline follows at once */
  phaen_project_set_budget (phaen_plan_find_project (plan, "p3"), 0);
  g_assert_cmpint (phaen_outline_node_get_budget (s2), ==, 900);
  g_assert_cmpstr (s2_notes->str, ==, "budget;");

  g_signal_handlers_disconnect_by_data (s1, s1_notes);
  g_signal_handlers_disconnect_by_data (s2, s2_notes);
  mirrors_check (&m);
  mirrors_clear (&m);
}

/* When the plan says "changed", the outline is already up to date, also
 * for a view that connected to the plan before the outline was made. */
static void
outline_current_cb (PhaenPlan     *plan,
                    PhaenOutline **outline)
{
  PhaenProject *p3 = phaen_plan_find_project (plan, "p3");
  PhaenOutlineNode *node = phaen_outline_find_project (*outline, p3);

  g_assert_true (phaen_outline_node_get_item (phaen_outline_node_get_parent (node)) ==
                 G_OBJECT (phaen_project_get_program (p3)));
}

static void
test_current_at_changed (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenOutline) outline = NULL;

  g_signal_connect (plan, "changed", G_CALLBACK (outline_current_cb), &outline);
  outline = phaen_outline_new (plan);

  phaen_plan_edit_set_object (plan, phaen_plan_find_project (plan, "p3"), "program", program_at (plan, 2));
  phaen_history_undo (phaen_plan_get_history (plan));
  phaen_history_redo (phaen_plan_get_history (plan));

  g_signal_handlers_disconnect_by_func (plan, outline_current_cb, &outline);
}

/* Many random edits, undos and redos: every list as heard stays equal to
 * the list as it is, and the tree equals one made afresh. */
static void
test_random_edits (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  g_autoptr(PhaenOutline) outline = phaen_outline_new (plan);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  PhaenHistory *history = phaen_plan_get_history (plan);
  GListModel *projects = phaen_plan_get_projects (plan);
  Mirrors m;

  mirrors_init (&m, outline);

  for (guint step = 0; step < 400; step++)
    {
      guint n = g_list_model_get_n_items (projects);
      g_autoptr(PhaenProject) project = n > 0 ? g_list_model_get_item (projects, g_rand_int_range (rand, 0, n)) : NULL;
      g_autofree char *tree = NULL;
      g_autofree char *fresh_tree = NULL;
      g_autoptr(PhaenOutline) fresh = NULL;

      switch (g_rand_int_range (rand, 0, 8))
        {
        case 0:
          {
            g_autoptr(PhaenProject) added = phaen_project_new ();
            g_autofree char *strategy = g_strdup_printf ("s%d", g_rand_int_range (rand, 1, 5));

            phaen_project_set_strategy (added, phaen_plan_find_strategy (plan, strategy));
            phaen_project_set_program (added, program_at (plan, g_rand_int_range (rand, 0, 12)));
            phaen_project_set_budget (added, g_rand_int_range (rand, 0, 1000));
            phaen_plan_edit_insert_project (plan, g_rand_int_range (rand, 0, n + 1), added);
          }
          break;
        case 1:
          if (project != NULL)
            phaen_plan_edit_remove_project (plan, project, NULL);
          break;
        case 2:
          if (project != NULL)
            {
              g_autofree char *approach = g_strdup_printf ("a%d", g_rand_int_range (rand, 1, 4));
              PhaenApproach *a = phaen_plan_find_approach (plan, approach);

              phaen_plan_edit_move_project_to (plan, project,
                                               a != NULL ? phaen_approach_get_strategy (a) : NULL, a,
                                               program_at (plan, g_rand_int_range (rand, 0, 12)));
            }
          break;
        case 3:
          if (project != NULL)
            phaen_plan_edit_move_project (plan, project, g_rand_int_range (rand, 0, n));
          break;
        case 4:
          if (project != NULL)
            phaen_plan_edit_set_int64 (plan, project, "budget", g_rand_int_range (rand, 0, 1000));
          break;
        case 5:
          phaen_history_undo (history);
          break;
        case 6:
          phaen_history_redo (history);
          break;
        case 7:
          if (project != NULL)
            phaen_plan_edit_duplicate_project (plan, project);
          break;
        default:
          g_assert_not_reached ();
        }

      mirrors_check (&m);
      tree = dump (outline);
      fresh = phaen_outline_new (plan);
      fresh_tree = dump (fresh);
      g_assert_cmpstr (tree, ==, fresh_tree);
    }

  mirrors_clear (&m);
}

/* The outline goes with its last reference, and the plan does not keep
 * it alive. */
static void
test_lifetime (void)
{
  g_autoptr(PhaenPlan) plan = build_plan ();
  PhaenOutline *outline = phaen_outline_new (plan);
  PhaenOutlineNode *kept = g_object_ref (phaen_outline_find_project (outline, phaen_plan_find_project (plan, "p1")));

  g_assert_finalize_object (outline);

  /* edits after the outline is gone reach nothing of it */
  phaen_plan_edit_set_string (plan, phaen_plan_find_project (plan, "p1"), "name", "ต่อ");
  g_assert_cmpstr (phaen_outline_node_get_label (kept), ==, "โครงการ p1");
  g_assert_finalize_object (kept);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/model/outline/structure", test_structure);
  g_test_add_func ("/model/outline/rename", test_rename);
  g_test_add_func ("/model/outline/move", test_move);
  g_test_add_func ("/model/outline/groups-follow", test_groups_follow);
  g_test_add_func ("/model/outline/unfinished", test_unfinished);
  g_test_add_func ("/model/outline/totals", test_totals);
  g_test_add_func ("/model/outline/current-at-changed", test_current_at_changed);
  g_test_add_func ("/model/outline/random-edits", test_random_edits);
  g_test_add_func ("/model/outline/lifetime", test_lifetime);

  return g_test_run ();
}
