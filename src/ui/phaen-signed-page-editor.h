/* phaen-signed-page-editor.h: what the signed pages print beyond the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "model/phaen-emblem.h"
#include "model/phaen-plan.h"

G_BEGIN_DECLS

#define PHAEN_TYPE_SIGNED_PAGE_EDITOR (phaen_signed_page_editor_get_type ())

G_DECLARE_FINAL_TYPE (PhaenSignedPageEditor, phaen_signed_page_editor, PHAEN, SIGNED_PAGE_EDITOR, GtkWidget)

/*
 * The emblems (Garuda on the announcement, the seal on the cover), the
 * facts the announcement cites with a preview of its paragraphs, the
 * plan's words that line breaking never splits, and how the groups of
 * ผด.02 follow each other. Every change is one undoable step of the plan.
 *
 * Actions (on the widget):
 *   signed.choose-emblem  (s: "garuda" or "seal")  asks for an image file
 *   signed.remove-emblem  (s)                      removes the image
 *   signed.remove-word    (s: the word)            removes a word of the list
 */
GtkWidget  *phaen_signed_page_editor_new              (void);
void        phaen_signed_page_editor_set_plan         (PhaenSignedPageEditor *self,
                                                       PhaenPlan             *plan);
/* Reads @file as emblem @kind (what the file chooser calls); a refused
 * file changes nothing and its reason is shown in the form, and
 * returned. */
gboolean    phaen_signed_page_editor_set_emblem_file  (PhaenSignedPageEditor *self,
                                                       PhaenEmblemKind        kind,
                                                       GFile                 *file,
                                                       GError               **error);
/* The refusal shown in the emblems', facts' or words' group ("emblems",
 * "facts", "words"), or NULL. */
const char *phaen_signed_page_editor_get_error        (PhaenSignedPageEditor *self,
                                                       const char            *group);
/* The row of fact @property (an AdwEntryRow or a PhaenDateRow), for
 * tests. */
GtkWidget  *phaen_signed_page_editor_get_fact_row     (PhaenSignedPageEditor *self,
                                                       const char            *property);
/* The row that adds a word, and the preview of paragraph @index. */
GtkWidget  *phaen_signed_page_editor_get_word_row     (PhaenSignedPageEditor *self);
const char *phaen_signed_page_editor_get_paragraph    (PhaenSignedPageEditor *self,
                                                       guint                  index);
/* TRUE when emblem @kind shows an image preview. */
gboolean    phaen_signed_page_editor_has_preview      (PhaenSignedPageEditor *self,
                                                       PhaenEmblemKind        kind);

G_END_DECLS
