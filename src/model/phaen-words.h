/* phaen-words.h: the officer's word list, words that line breaking never
 * splits
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The renderer already keeps whole the words of the list Phaen ships and
 * the names of the plan (organisation, places, units, signer). What it
 * cannot know are the other names an officer writes: a village, a temple,
 * a community in a project's name. The officer adds them here, once per
 * plan; the list is kept in the plan file and every edit is undoable.
 *
 * The list is the plan's string property "word-list": the words in the
 * order they were added, one a line.
 */
#pragma once

#include "phaen-plan.h"

G_BEGIN_DECLS

/* The words of @plan, in order (free with g_strfreev()). */
char    **phaen_plan_dup_words          (PhaenPlan          *plan);
/* TRUE when @word (normalised as below) is in the list. */
gboolean  phaen_plan_has_word           (PhaenPlan          *plan,
                                         const char         *word);

/* @word as the list keeps it: normalised as a name
 * (phaen_text_normalize_name(): one line, NFC, invisible characters
 * removed). Fails (PHAEN_MODEL_ERROR_INVALID_TEXT) for an empty word, a
 * word of one character (nothing to split), one longer than
 * PHAEN_LIMIT_WORD_CHARS, or text phaen_text_check() refuses; the message
 * names the word. */
char     *phaen_word_normalize          (const char         *word,
                                         GError            **error);

/* Adds @words (NULL-terminated) at the end of the list, as one undoable
 * step; words already there are skipped. All or nothing: fails, changing
 * nothing, when a word is refused by phaen_word_normalize() or the list
 * would exceed PHAEN_LIMIT_WORDS (PHAEN_MODEL_ERROR_INVALID). Gives in
 * @n_added (nullable) how many were new. */
gboolean  phaen_plan_edit_add_words     (PhaenPlan          *plan,
                                         const char * const *words,
                                         guint              *n_added,
                                         GError            **error);
/* Removes @words from the list, as one undoable step. All or nothing:
 * fails, changing nothing, when a word is not in the list
 * (PHAEN_MODEL_ERROR_INVALID, naming it). */
gboolean  phaen_plan_edit_remove_words  (PhaenPlan          *plan,
                                         const char * const *words,
                                         GError            **error);
/* Replaces the whole list (a list editor's "apply"), as one undoable
 * step; duplicates are dropped. The same checks as adding. */
gboolean  phaen_plan_edit_set_words     (PhaenPlan          *plan,
                                         const char * const *words,
                                         GError            **error);

/* Checks the text of a whole list (what the file and
 * phaen_plan_check() look at): every line a word phaen_word_normalize()
 * keeps as it is, none twice, at most PHAEN_LIMIT_WORDS. */
gboolean  phaen_word_list_check         (const char         *list,
                                         GError            **error);

G_END_DECLS
