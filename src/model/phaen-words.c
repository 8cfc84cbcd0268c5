/* phaen-words.c: the officer's word list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-limits.h"
#include "phaen-model-error.h"
#include "phaen-text.h"
#include "phaen-words.h"

#define PROPERTY "word-list"

char **
phaen_plan_dup_words (PhaenPlan *plan)
{
  const char *list;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  list = phaen_plan_get_text (plan, PROPERTY);
  if (*list == '\0')
    return g_new0 (char *, 1);

  return g_strsplit (list, "\n", -1);
}

char *
phaen_word_normalize (const char  *word,
                      GError     **error)
{
  g_autofree char *normal = NULL;
  g_autoptr(GError) local_error = NULL;
  glong n_chars;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (word == NULL)
    word = "";

  if (!phaen_text_check (word, PHAEN_LIMIT_TEXT_CHARS, &local_error))
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_TEXT,
                   _("The word “%s”: %s"), word, local_error->message);
      return NULL;
    }

  normal = phaen_text_normalize_name (word);
  n_chars = g_utf8_strlen (normal, -1);
  if (n_chars == 0)
    {
      g_set_error_literal (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_TEXT,
                           _("An empty word cannot be added to the word list"));
      return NULL;
    }
  if (n_chars == 1)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_TEXT,
                   _("“%s” is a single character: there is nothing in it to keep together"),
                   normal);
      return NULL;
    }
  if (n_chars > PHAEN_LIMIT_WORD_CHARS)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_TEXT,
                   _("“%s” is %ld characters long; a word of the list has at most %d"),
                   normal, n_chars, PHAEN_LIMIT_WORD_CHARS);
      return NULL;
    }

  return g_steal_pointer (&normal);
}

gboolean
phaen_plan_has_word (PhaenPlan  *plan,
                     const char *word)
{
  g_auto(GStrv) words = NULL;
  g_autofree char *normal = NULL;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);

  normal = phaen_word_normalize (word, NULL);
  if (normal == NULL)
    return FALSE;

  words = phaen_plan_dup_words (plan);
  return g_strv_contains ((const char * const *) words, normal);
}

/* The list @words (normalised, no duplicates) as the property holds it. */
static char *
join (GPtrArray *words)
{
  g_ptr_array_add (words, NULL);
  return g_strjoinv ("\n", (char **) words->pdata);
}

static void
set_list (PhaenPlan  *plan,
          GPtrArray  *words)
{
  g_autofree char *list = join (words);

  phaen_plan_edit_begin (plan, _("Edit the word list"));
  phaen_plan_edit_set_string (plan, plan, PROPERTY, list);
  phaen_plan_edit_end (plan);
}

/* Appends the normalised @words to @list (no duplicates); fails on the
 * first word refused or when the list grows too long. */
static gboolean
append_words (GPtrArray          *list,
              const char * const *words,
              guint              *n_added,
              GError            **error)
{
  guint added = 0;

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      char *normal = phaen_word_normalize (words[i], error);

      if (normal == NULL)
        return FALSE;
      if (g_ptr_array_find_with_equal_func (list, normal, g_str_equal, NULL))
        {
          g_free (normal);
          continue;
        }
      g_ptr_array_add (list, normal);
      added++;
    }

  if (list->len > PHAEN_LIMIT_WORDS)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("The word list would hold %u words; it holds at most %d"),
                   list->len, PHAEN_LIMIT_WORDS);
      return FALSE;
    }

  if (n_added != NULL)
    *n_added = added;
  return TRUE;
}

static GPtrArray *
current_list (PhaenPlan *plan)
{
  g_auto(GStrv) words = phaen_plan_dup_words (plan);
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; words[i] != NULL; i++)
    g_ptr_array_add (list, g_strdup (words[i]));

  return list;
}

gboolean
phaen_plan_edit_add_words (PhaenPlan          *plan,
                           const char * const *words,
                           guint              *n_added,
                           GError            **error)
{
  g_autoptr(GPtrArray) list = NULL;
  guint added = 0;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  list = current_list (plan);
  if (!append_words (list, words, &added, error))
    return FALSE;

  if (added > 0)
    set_list (plan, list);
  if (n_added != NULL)
    *n_added = added;
  return TRUE;
}

gboolean
phaen_plan_edit_remove_words (PhaenPlan          *plan,
                              const char * const *words,
                              GError            **error)
{
  g_autoptr(GPtrArray) list = NULL;
  gboolean removed = FALSE;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  list = current_list (plan);
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      g_autofree char *normal = phaen_text_normalize_name (words[i]);
      guint index;

      if (!g_ptr_array_find_with_equal_func (list, normal, g_str_equal, &index))
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("“%s” is not in the word list"), normal);
          return FALSE;
        }
      g_ptr_array_remove_index (list, index);
      removed = TRUE;
    }

  if (removed)
    set_list (plan, list);
  return TRUE;
}

gboolean
phaen_plan_edit_set_words (PhaenPlan          *plan,
                           const char * const *words,
                           GError            **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!append_words (list, words, NULL, error))
    return FALSE;

  set_list (plan, list);
  return TRUE;
}

gboolean
phaen_word_list_check (const char  *list,
                       GError     **error)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  g_return_val_if_fail (list != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (*list == '\0')
    return TRUE;

  words = g_strsplit (list, "\n", -1);
  n = g_strv_length (words);
  if (n > PHAEN_LIMIT_WORDS)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("The word list holds %u words; it holds at most %d"),
                   n, PHAEN_LIMIT_WORDS);
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *normal = phaen_word_normalize (words[i], error);

      if (normal == NULL)
        return FALSE;
      if (strcmp (normal, words[i]) != 0)
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_TEXT,
                       _("The word “%s” is not written as the word list keeps it (“%s”)"),
                       words[i], normal);
          return FALSE;
        }
      if (!g_hash_table_add (seen, words[i]))
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("The word “%s” is in the word list twice"), words[i]);
          return FALSE;
        }
    }

  return TRUE;
}
