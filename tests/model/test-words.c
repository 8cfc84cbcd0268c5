/* test-words.c: the officer's word list and the ผด.02 flow setting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "phaen-limits.h"
#include "phaen-model-error.h"
#include "phaen-plan.h"
#include "phaen-words.h"

static char *
joined (PhaenPlan *plan)
{
  g_auto(GStrv) words = phaen_plan_dup_words (plan);

  return g_strjoinv ("|", words);
}

static void
test_add_remove_undo (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  PhaenHistory *history = phaen_plan_get_history (plan);
  g_autoptr(GError) error = NULL;
  g_autofree char *list = NULL;
  guint n_added = 99;

  list = joined (plan);
  g_assert_cmpstr (list, ==, "");
  g_clear_pointer (&list, g_free);

  /* Added at the end, normalised, duplicates skipped, one step. */
  g_assert_true (phaen_plan_edit_add_words (plan,
                                            (const char *[]) { "จันทนิมิต", " วัดหนองโพธิ์\u200B ", "จันทนิมิต", NULL },
                                            &n_added, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  list = joined (plan);
  g_assert_cmpstr (list, ==, "จันทนิมิต|วัดหนองโพธิ์");
  g_clear_pointer (&list, g_free);
  g_assert_true (phaen_plan_has_word (plan, "วัดหนองโพธิ์"));
  g_assert_false (phaen_plan_has_word (plan, "หนองโพธิ์"));

  g_assert_true (phaen_plan_edit_add_words (plan, (const char *[]) { "แอสฟัลท์ติก", NULL }, &n_added, &error));
  g_assert_true (phaen_plan_edit_remove_words (plan, (const char *[]) { "จันทนิมิต", NULL }, &error));
  list = joined (plan);
  g_assert_cmpstr (list, ==, "วัดหนองโพธิ์|แอสฟัลท์ติก");
  g_clear_pointer (&list, g_free);

  /* Three steps, each undone on its own. */
  phaen_history_undo (history);
  list = joined (plan);
  g_assert_cmpstr (list, ==, "จันทนิมิต|วัดหนองโพธิ์|แอสฟัลท์ติก");
  g_clear_pointer (&list, g_free);
  phaen_history_undo (history);
  phaen_history_undo (history);
  list = joined (plan);
  g_assert_cmpstr (list, ==, "");
  g_clear_pointer (&list, g_free);
  phaen_history_redo (history);
  list = joined (plan);
  g_assert_cmpstr (list, ==, "จันทนิมิต|วัดหนองโพธิ์");
  g_clear_pointer (&list, g_free);
}

static void
on_changed (PhaenPlan *plan,
            guint     *count)
{
  (*count)++;
}

static void
test_refused (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *long_word = NULL;
  GString *many = g_string_new (NULL);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  guint changed = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (on_changed), &changed);
  g_assert_true (phaen_plan_edit_add_words (plan, (const char *[]) { "บ้านทุ่ง", NULL }, NULL, &error));
  g_assert_cmpuint (changed, ==, 1);

  /* All or nothing: one bad word and the good ones are not added. */
  g_assert_false (phaen_plan_edit_add_words (plan, (const char *[]) { "หนองบัว", "ก", NULL }, NULL, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_TEXT);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_false (phaen_plan_edit_add_words (plan, (const char *[]) { "  \u200B ", NULL }, NULL, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_TEXT);
  g_clear_error (&error);
  for (guint i = 0; i <= PHAEN_LIMIT_WORD_CHARS; i++)
    g_string_append (many, "ก");
  long_word = g_string_free (many, FALSE);
  g_assert_false (phaen_plan_edit_add_words (plan, (const char *[]) { long_word, NULL }, NULL, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_TEXT);
  g_clear_error (&error);
  g_assert_false (phaen_plan_edit_remove_words (plan, (const char *[]) { "บ้านทุ่ง", "ไม่มี", NULL }, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
  g_clear_error (&error);

  /* Too many words. */
  for (guint i = 0; i < PHAEN_LIMIT_WORDS; i++)
    g_ptr_array_add (words, g_strdup_printf ("คำที่%u", i));
  g_ptr_array_add (words, NULL);
  g_assert_false (phaen_plan_edit_add_words (plan, (const char * const *) words->pdata, NULL, &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing changed by any of it; adding a word already there is no step. */
  g_assert_cmpstr (phaen_plan_get_text (plan, "word-list"), ==, "บ้านทุ่ง");
  g_assert_true (phaen_plan_edit_add_words (plan, (const char *[]) { "บ้านทุ่ง", NULL }, NULL, &error));
  g_assert_cmpuint (changed, ==, 1);

  /* Setting the whole list: a list of PHAEN_LIMIT_WORDS is fine. */
  g_ptr_array_remove_index (words, words->len - 1);
  g_ptr_array_remove_index (words, words->len - 1);
  g_ptr_array_add (words, NULL);
  g_assert_true (phaen_plan_edit_set_words (plan, (const char * const *) words->pdata, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_true (phaen_word_list_check (phaen_plan_get_text (plan, "word-list"), NULL));
}

/* What the check and the file refuse in a list set around the edit API. */
static void
test_list_check (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(GPtrArray) problems = NULL;
  static const char * const bad[] = { "ก", "หนองบัว\nหนองบัว", "หนองบัว\n", " หนองบัว" };

  g_assert_true (phaen_word_list_check ("", NULL));
  g_assert_true (phaen_word_list_check ("หนองบัว\nจันทนิมิต", NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (phaen_word_list_check (bad[i], &error));
      g_assert_nonnull (error);
    }

  g_object_set (plan, "word-list", "หนองบัว\nหนองบัว", NULL);
  problems = phaen_plan_check (plan);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < problems->len; i++)
      found |= g_strcmp0 (phaen_problem_get_property (g_ptr_array_index (problems, i)), "word-list") == 0;
    g_assert_true (found);
  }
}

static void
test_flow_setting (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  PhaenGroupFlow flow;

  g_assert_cmpint (phaen_plan_get_pd02_flow (plan), ==, PHAEN_GROUP_FLOW_PAGE_PER_GROUP);
  phaen_plan_edit_set_enum (plan, plan, "pd02-flow", PHAEN_GROUP_FLOW_CONTINUOUS);
  g_assert_cmpint (phaen_plan_get_pd02_flow (plan), ==, PHAEN_GROUP_FLOW_CONTINUOUS);
  phaen_history_undo (phaen_plan_get_history (plan));
  g_assert_cmpint (phaen_plan_get_pd02_flow (plan), ==, PHAEN_GROUP_FLOW_PAGE_PER_GROUP);

  g_assert_cmpstr (phaen_group_flow_to_string (PHAEN_GROUP_FLOW_CONTINUOUS), ==, "continuous");
  g_assert_true (phaen_group_flow_from_string ("page-per-group", &flow));
  g_assert_cmpint (flow, ==, PHAEN_GROUP_FLOW_PAGE_PER_GROUP);
  g_assert_false (phaen_group_flow_from_string ("sideways", &flow));
  g_assert_nonnull (phaen_group_flow_get_label (PHAEN_GROUP_FLOW_CONTINUOUS));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/words/add-remove-undo", test_add_remove_undo);
  g_test_add_func ("/words/refused", test_refused);
  g_test_add_func ("/words/list-check", test_list_check);
  g_test_add_func ("/flow/setting", test_flow_setting);

  return g_test_run ();
}
