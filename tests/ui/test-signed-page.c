/* test-signed-page.c: the emblems, the announcement's facts, the word
 * list and the ผด.02 flow in the window
 *
 * An image file becomes the plan's emblem (previewed, undoable, removable)
 * and a file that is no image is refused with its reason shown; a fact
 * typed in its field is kept in its canonical form and the preview of the
 * announcement follows, a fact that cannot be read is refused; a word is
 * added and removed; the flow setting is the plan's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <cairo.h>

#include "ui-test-util.h"

#include "phaen-date-row.h"
#include "phaen-signed-page-editor.h"
#include "phaen-window.h"

#include "model/phaen-flow.h"
#include "model/phaen-words.h"

typedef UiTestWindow Fixture;

static PhaenSignedPageEditor *
show_signed_page (Fixture *f)
{
  return PHAEN_SIGNED_PAGE_EDITOR (ui_test_window_show_form (f, "signed"));
}

static GFile *
write_png (Fixture *f,
           int      width,
           int      height)
{
  GFile *file = ui_test_window_file (f, "garuda.png");
  g_autofree char *path = g_file_get_path (file);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.8, 0.1, 0.1);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.5, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_destroy (cr);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return file;
}

static void
test_emblem (Fixture       *f,
             gconstpointer  data)
{
  PhaenSignedPageEditor *editor = show_signed_page (f);
  g_autoptr(GFile) png = write_png (f, 120, 150);
  g_autoptr(GFile) text = ui_test_window_file (f, "not-an-image.png");
  g_autoptr(GError) error = NULL;
  GBytes *kept;

  g_assert_null (phaen_plan_get_emblem (f->plan, PHAEN_EMBLEM_GARUDA));
  g_assert_false (phaen_signed_page_editor_has_preview (editor, PHAEN_EMBLEM_GARUDA));

  g_assert_true (phaen_signed_page_editor_set_emblem_file (editor, PHAEN_EMBLEM_GARUDA, png, &error));
  g_assert_no_error (error);
  ui_test_flush ();
  kept = phaen_plan_get_emblem (f->plan, PHAEN_EMBLEM_GARUDA);
  g_assert_nonnull (kept);
  g_assert_cmpuint (g_bytes_get_size (kept), >, 8);
  g_assert_true (phaen_signed_page_editor_has_preview (editor, PHAEN_EMBLEM_GARUDA));
  g_assert_false (phaen_signed_page_editor_has_preview (editor, PHAEN_EMBLEM_SEAL));
  g_assert_null (phaen_signed_page_editor_get_error (editor, "emblems"));

  /* A file that is no image: refused, the reason shown, nothing changed. */
  g_assert_true (g_file_replace_contents (text, "hello, not a picture", 20, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, NULL));
  g_assert_false (phaen_signed_page_editor_set_emblem_file (editor, PHAEN_EMBLEM_GARUDA, text, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (phaen_signed_page_editor_get_error (editor, "emblems"), ==, error->message);
  g_assert_true (phaen_plan_get_emblem (f->plan, PHAEN_EMBLEM_GARUDA) == kept);

  /* Removed by its button's action; undo brings it back. */
  ui_test_activate (editor, "signed.remove-emblem", g_variant_new_string ("garuda"));
  g_assert_null (phaen_plan_get_emblem (f->plan, PHAEN_EMBLEM_GARUDA));
  g_assert_false (phaen_signed_page_editor_has_preview (editor, PHAEN_EMBLEM_GARUDA));
  g_assert_null (phaen_signed_page_editor_get_error (editor, "emblems"));
  ui_test_activate (f->window, "win.undo", NULL);
  g_assert_nonnull (phaen_plan_get_emblem (f->plan, PHAEN_EMBLEM_GARUDA));
  g_assert_true (phaen_signed_page_editor_has_preview (editor, PHAEN_EMBLEM_GARUDA));
}

static void
test_facts (Fixture       *f,
            gconstpointer  data)
{
  PhaenSignedPageEditor *editor = show_signed_page (f);
  GtkWidget *clauses = phaen_signed_page_editor_get_fact_row (editor, "regulation-clauses");
  GtkWidget *date_row = phaen_signed_page_editor_get_fact_row (editor, "considered-date");
  g_autofree char *before = g_strdup (phaen_signed_page_editor_get_paragraph (editor, 1));
  g_autoptr(GDateTime) when = g_date_time_new_local (2025, 10, 21, 0, 0, 0);

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (clauses)), ==, phaen_plan_get_text (f->plan, "regulation-clauses"));
  g_assert_cmpuint (strlen (before), >, 0);

  /* Thai digits and "ข้อ" are read; the plan keeps the canonical form. */
  gtk_editable_set_text (GTK_EDITABLE (clauses), "ข้อ ๒๖, ๒๗ (๒)");
  g_signal_emit_by_name (clauses, "apply");
  ui_test_flush ();
  g_assert_null (phaen_signed_page_editor_get_error (editor, "facts"));
  g_assert_cmpstr (phaen_plan_get_text (f->plan, "regulation-clauses"), ==, "26, 27 (2)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (clauses)), ==, "26, 27 (2)");
  g_assert_cmpstr (phaen_signed_page_editor_get_paragraph (editor, 1), !=, before);
  g_assert_nonnull (strstr (phaen_signed_page_editor_get_paragraph (editor, 1), "(2)"));

  /* Unreadable: refused and said, the plan unchanged. */
  gtk_editable_set_text (GTK_EDITABLE (clauses), "twenty-six");
  g_signal_emit_by_name (clauses, "apply");
  ui_test_flush ();
  g_assert_nonnull (phaen_signed_page_editor_get_error (editor, "facts"));
  g_assert_true (gtk_widget_has_css_class (clauses, "error"));
  g_assert_cmpstr (phaen_plan_get_text (f->plan, "regulation-clauses"), ==, "26, 27 (2)");

  /* A date picked on the calendar. */
  gtk_calendar_select_day (phaen_date_row_get_calendar (PHAEN_DATE_ROW (date_row)), when);
  ui_test_flush ();
  g_assert_cmpstr (phaen_plan_get_text (f->plan, "considered-date"), ==, "2025-10-21");

  /* Undo brings the field back too. */
  ui_test_activate (f->window, "win.undo", NULL);
  ui_test_activate (f->window, "win.undo", NULL);
  g_assert_cmpstr (phaen_plan_get_text (f->plan, "regulation-clauses"), ==, "26, 27");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (clauses)), ==, "26, 27");
  g_assert_cmpstr (phaen_signed_page_editor_get_paragraph (editor, 1), ==, before);
}

static void
test_words_and_flow (Fixture       *f,
                     gconstpointer  data)
{
  PhaenSignedPageEditor *editor = show_signed_page (f);
  GtkWidget *row = phaen_signed_page_editor_get_word_row (editor);
  AdwComboRow *flow;

  g_assert_false (phaen_plan_has_word (f->plan, "หนองบัว"));
  gtk_editable_set_text (GTK_EDITABLE (row), " หนองบัว ");
  g_signal_emit_by_name (row, "apply");
  ui_test_flush ();
  g_assert_true (phaen_plan_has_word (f->plan, "หนองบัว"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "");

  /* A word of one character is refused, with the model's reason. */
  gtk_editable_set_text (GTK_EDITABLE (row), "ก");
  g_signal_emit_by_name (row, "apply");
  ui_test_flush ();
  g_assert_nonnull (phaen_signed_page_editor_get_error (editor, "words"));
  g_assert_false (phaen_plan_has_word (f->plan, "ก"));

  ui_test_activate (editor, "signed.remove-word", g_variant_new_string ("หนองบัว"));
  g_assert_false (phaen_plan_has_word (f->plan, "หนองบัว"));
  ui_test_activate (f->window, "win.undo", NULL);
  g_assert_true (phaen_plan_has_word (f->plan, "หนองบัว"));

  /* The flow: the form's only combo row. */
  flow = ADW_COMBO_ROW (ui_test_find_widget (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, NULL));
  g_assert_nonnull (flow);
  g_assert_cmpint (phaen_plan_get_pd02_flow (f->plan), ==, PHAEN_GROUP_FLOW_PAGE_PER_GROUP);
  adw_combo_row_set_selected (flow, 1);
  ui_test_flush ();
  g_assert_cmpint (phaen_plan_get_pd02_flow (f->plan), ==, PHAEN_GROUP_FLOW_CONTINUOUS);
  ui_test_activate (f->window, "win.undo", NULL);
  g_assert_cmpint (phaen_plan_get_pd02_flow (f->plan), ==, PHAEN_GROUP_FLOW_PAGE_PER_GROUP);
  g_assert_cmpuint (adw_combo_row_get_selected (flow), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/signed-page/emblem", Fixture, NULL, ui_test_window_set_up, test_emblem, ui_test_window_tear_down);
  g_test_add ("/ui/signed-page/facts", Fixture, NULL, ui_test_window_set_up, test_facts, ui_test_window_tear_down);
  g_test_add ("/ui/signed-page/words-and-flow", Fixture, NULL, ui_test_window_set_up, test_words_and_flow, ui_test_window_tear_down);

  return g_test_run ();
}
