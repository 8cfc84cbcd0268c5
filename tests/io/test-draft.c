/* test-draft.c: recovery files (drafts) for autosave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * G_TEST_OPTION_ISOLATE_DIRS gives every test its own
 * g_get_user_state_dir(), so the drafts written here are the only ones.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "phaen-draft.h"
#include "phaen-file.h"
#include "phaen-io-error.h"

static PhaenPlan *
make_plan (const char *organisation,
           guint       n_projects)
{
  PhaenPlan *plan = phaen_plan_new ();
  g_autoptr(PhaenStrategy) strategy = phaen_strategy_new (NULL, "ยุทธศาสตร์การพัฒนาที่ ๑");
  g_autoptr(PhaenUnit) unit = phaen_unit_new (NULL, "กองช่าง");
  g_autoptr(PhaenProgram) program = g_list_model_get_item (phaen_plan_get_programs (plan), 0);

  g_object_set (plan,
                "organisation-name", organisation,
                "fiscal-year", 2569u,
                NULL);
  phaen_plan_append_strategy (plan, strategy);
  phaen_plan_append_unit (plan, unit);
  for (guint i = 0; i < n_projects; i++)
    {
      g_autoptr(PhaenProject) project = phaen_project_new ();
      g_autofree char *name = g_strdup_printf ("โครงการที่ %u", i + 1);

      phaen_project_set_name (project, name);
      phaen_project_set_budget (project, (gint64) (i + 1) * 100000);
      phaen_project_set_strategy (project, strategy);
      phaen_project_set_program (project, program);
      phaen_project_set_unit (project, unit);
      phaen_plan_append_project (plan, project);
    }

  return plan;
}

static char *
drafts_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "phaen", "drafts", NULL);
}

typedef struct
{
  GMainLoop    *loop;
  GAsyncResult *result;
} AsyncWait;

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  AsyncWait *wait = user_data;

  wait->result = g_object_ref (result);
  g_main_loop_quit (wait->loop);
}

/* Save, list, load, replace and discard, in the isolated state folder. */
static void
test_draft_lifecycle (void)
{
  g_autoptr(PhaenPlan) first = make_plan ("เทศบาลตำบลบางพระ", 3);
  g_autoptr(PhaenPlan) second = make_plan ("องค์การบริหารส่วนตำบลหนองบัว", 5);
  g_autoptr(PhaenPlan) loaded = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = drafts_dir ();
  g_autofree char *original_path = g_build_filename (g_get_user_data_dir (), "plan.phaen", NULL);
  g_autoptr(GFile) original = g_file_new_for_path (original_path);
  g_autofree char *id1 = phaen_draft_new_id ();
  g_autofree char *id2 = phaen_draft_new_id ();
  PhaenDraftInfo *info;

  drafts = phaen_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 0);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  g_assert_cmpstr (id1, !=, id2);
  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (phaen_file_save (first, original_path, &error));
  g_assert_no_error (error);

  g_assert_true (phaen_draft_save (first, id1, original, &error));
  g_assert_no_error (error);
  g_assert_true (phaen_draft_save (second, id2, NULL, &error));
  g_assert_no_error (error);

  drafts = phaen_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 2);
  for (guint i = 0; i < drafts->len; i++)
    {
      info = g_ptr_array_index (drafts, i);
      g_assert_nonnull (info->saved);
      if (g_str_equal (info->id, id1))
        {
          g_assert_cmpstr (info->title, ==, "เทศบาลตำบลบางพระ 2569");
          g_assert_nonnull (info->original);
          g_assert_true (g_file_equal (info->original, original));
          g_assert_nonnull (info->original_saved);
        }
      else
        {
          g_assert_cmpstr (info->id, ==, id2);
          g_assert_cmpstr (info->title, ==, "องค์การบริหารส่วนตำบลหนองบัว 2569");
          g_assert_null (info->original);
          g_assert_null (info->original_saved);
        }
    }
  /* newest first */
  info = g_ptr_array_index (drafts, 0);
  g_assert_cmpint (g_date_time_compare (info->saved, ((PhaenDraftInfo *) g_ptr_array_index (drafts, 1))->saved), >=, 0);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  loaded = phaen_draft_load (id2, &error);
  g_assert_no_error (error);
  g_assert_true (phaen_plan_equal (loaded, second, NULL));
  g_clear_object (&loaded);

  /* a later draft of the same id replaces the earlier */
  g_assert_true (phaen_draft_save (first, id2, NULL, &error));
  g_assert_no_error (error);
  loaded = phaen_draft_load (id2, &error);
  g_assert_no_error (error);
  g_assert_true (phaen_plan_equal (loaded, first, NULL));
  g_clear_object (&loaded);

  phaen_draft_discard (id1);
  drafts = phaen_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (((PhaenDraftInfo *) g_ptr_array_index (drafts, 0))->id, ==, id2);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  g_assert_null (phaen_draft_load (id1, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  phaen_draft_discard (id2);
  phaen_draft_discard (id2);   /* twice: nothing happens */
  drafts = phaen_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 0);

  /* the folder holds nothing else (no temporaries) */
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);

    g_assert_nonnull (listing);
    g_assert_null (g_dir_read_name (listing));
  }
  g_remove (original_path);
  {
    g_autofree char *backup = g_strconcat (original_path, "~", NULL);

    g_remove (backup);
  }
}

/* The async save works on the plan as it was at the call. */
static void
test_draft_async (void)
{
  g_autoptr(PhaenPlan) plan = make_plan ("เทศบาลตำบลบางพระ", 4);
  g_autoptr(PhaenPlan) as_called = phaen_plan_copy (plan);
  g_autoptr(PhaenPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *id = phaen_draft_new_id ();
  AsyncWait wait = { g_main_loop_new (NULL, FALSE), NULL };

  phaen_draft_save_async (plan, id, NULL, NULL, async_done_cb, &wait);
  g_object_set (plan, "organisation-name", "เทศบาลเมืองอื่น", NULL);
  g_main_loop_run (wait.loop);
  g_main_loop_unref (wait.loop);
  result = wait.result;
  g_assert_true (phaen_draft_save_finish (result, &error));
  g_assert_no_error (error);

  loaded = phaen_draft_load (id, &error);
  g_assert_no_error (error);
  g_assert_true (phaen_plan_equal (loaded, as_called, NULL));
  phaen_draft_discard (id);
}

/* A draft whose key file is missing (a crash between the two writes) is
 * not listed; stray files in the folder are ignored. */
static void
test_draft_incomplete (void)
{
  g_autoptr(PhaenPlan) plan = make_plan ("เทศบาลตำบลบางพระ", 1);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = drafts_dir ();
  g_autofree char *ini = NULL;
  g_autofree char *stray = NULL;

  g_assert_true (phaen_draft_save (plan, "half", NULL, &error));
  ini = g_build_filename (dir, "half.ini", NULL);
  g_assert_cmpint (g_remove (ini), ==, 0);
  stray = g_build_filename (dir, "bad name.ini", NULL);
  g_file_set_contents (stray, "[draft]\n", -1, NULL);

  drafts = phaen_draft_list ();
  g_assert_cmpuint (drafts->len, ==, 0);
  phaen_draft_discard ("half");
  g_remove (stray);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/draft/lifecycle", test_draft_lifecycle);
  g_test_add_func ("/draft/async", test_draft_async);
  g_test_add_func ("/draft/incomplete", test_draft_incomplete);

  return g_test_run ();
}
