/* test-timeline-window.c: the timeline in the window, the view keys and
 * moving a project in the outline by drag and drop
 *
 * The timeline's selection follows the outline and leads it; its
 * keyboard edits are undone and redone by the window's Undo and Redo; the
 * outline's search hides its rows too; the export writes what it says.
 * The drag and drop test goes through the outline's own handlers: the
 * drag source's "prepare" gives the value, the drop target's "drop" takes
 * it, as GTK does when a row is dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <poppler.h>

#include "ui-test-util.h"

#include "phaen-application.h"
#include "phaen-outline-view.h"
#include "phaen-project-editor.h"
#include "phaen-timeline-view.h"
#include "phaen-window.h"

#include "model/phaen-outline-node.h"

/* poppler-glib 22 declares no autoptr cleanups. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

typedef UiTestWindow Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  ui_test_window_set_up (f, data);
  /* The window painted, and what waits for that done. */
  ui_test_spin (200);
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;   /* the widget keeps it */
    }
  return NULL;
}

static gboolean
press_key (GtkWidget       *view,
           guint            keyval,
           GdkModifierType  state)
{
  GtkEventController *keys = find_controller (view, GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, state, &handled);
  ui_test_flush ();
  return handled;
}

static PhaenTimelineView *
show_timeline (Fixture *f)
{
  GtkWidget *view = phaen_window_get_timeline_view (f->window);

  g_assert_nonnull (view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "timeline"));
  ui_test_spin (100);
  g_assert_true (gtk_widget_get_mapped (view));
  return PHAEN_TIMELINE_VIEW (view);
}

/* ---- selection ------------------------------------------------------------ */

static void
test_selection_both_ways (Fixture       *f,
                          gconstpointer  data)
{
  PhaenTimelineView *timeline = show_timeline (f);
  PhaenOutlineView *outline = PHAEN_OUTLINE_VIEW (phaen_window_get_outline_view (f->window));
  PhaenProjectEditor *editor = PHAEN_PROJECT_EDITOR (phaen_window_get_project_editor (f->window));
  PhaenProject *first = ui_test_project_at (f->plan, 2);
  PhaenProject *second = ui_test_project_at (f->plan, 11);

  /* The outline leads. */
  g_assert_true (phaen_outline_view_select_item (outline, first));
  g_assert_true (phaen_timeline_view_get_selected_project (timeline) == first);

  /* The timeline leads: the outline and the form follow, the view stays. */
  phaen_timeline_view_set_selected_project (timeline, second);
  ui_test_flush ();
  g_assert_true (phaen_outline_view_get_selected_item (outline) == G_OBJECT (second));
  g_assert_true (phaen_project_editor_get_project (editor) == second);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (timeline)));

  /* A group row: nothing highlighted in the timeline. */
  g_assert_true (phaen_outline_view_select_item (outline, phaen_project_get_strategy (first)));
  g_assert_null (phaen_timeline_view_get_selected_project (timeline));

  /* Enter (or a double click) on a row opens the project's form. */
  phaen_timeline_view_set_selected_project (timeline, first);
  gtk_widget_grab_focus (GTK_WIDGET (timeline));
  g_assert_true (press_key (GTK_WIDGET (timeline), GDK_KEY_Return, 0));
  ui_test_spin (50);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (timeline)));
  g_assert_true (phaen_project_editor_get_project (editor) == first);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (editor)));
}

/* ---- keyboard editing with the window's undo ----------------------------------- */

static void
test_keyboard_undo_redo (Fixture       *f,
                         gconstpointer  data)
{
  PhaenTimelineView *timeline = show_timeline (f);
  PhaenProject *project = ui_test_project_at (f->plan, 5);
  guint before = phaen_project_get_schedule (project);
  guint after;
  int month;

  g_assert_true (phaen_window_show_item (f->window, project, NULL));
  show_timeline (f);
  g_assert_true (phaen_timeline_view_get_selected_project (timeline) == project);
  gtk_widget_grab_focus (GTK_WIDGET (timeline));

  /* Space switches the month at the cursor: one undo step. */
  g_assert_true (press_key (GTK_WIDGET (timeline), GDK_KEY_Home, 0));
  month = phaen_timeline_view_get_cursor_month (timeline);
  g_assert_cmpint (month, ==, 0);
  g_assert_true (press_key (GTK_WIDGET (timeline), GDK_KEY_space, 0));
  after = phaen_project_get_schedule (project);
  g_assert_cmpuint (after, ==, before ^ 1u);
  g_assert_true (phaen_plan_file_get_modified (phaen_window_get_plan_file (f->window)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (phaen_project_get_schedule (project), ==, before);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  g_assert_cmpuint (phaen_project_get_schedule (project), ==, after);

  /* Shift+End runs the bar to ก.ย.: undone in one step too. */
  g_assert_true (press_key (GTK_WIDGET (timeline), GDK_KEY_End, GDK_SHIFT_MASK));
  g_assert_true ((phaen_project_get_schedule (project) & (1u << 11)) != 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpuint (phaen_project_get_schedule (project), ==, after);
}

/* ---- the outline's search and filters ---------------------------------------- */

static guint
timeline_rows (PhaenTimelineView *timeline)
{
  PhaenTimelineLayout *layout = phaen_timeline_view_get_layout (timeline);
  PhaenPlan *plan = phaen_timeline_view_get_plan (timeline);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (phaen_plan_get_projects (plan)); i++)
    if (phaen_timeline_layout_find_project (layout, ui_test_project_at (plan, i)) >= 0)
      n++;
  return n;
}

static void
test_filter_follows_outline (Fixture       *f,
                             gconstpointer  data)
{
  PhaenTimelineView *timeline = show_timeline (f);
  PhaenOutlineView *outline = PHAEN_OUTLINE_VIEW (phaen_window_get_outline_view (f->window));
  PhaenProject *road = NULL;
  guint all = g_list_model_get_n_items (phaen_plan_get_projects (f->plan));
  guint roads = 0;

  g_assert_true (phaen_timeline_view_get_filter (timeline) == phaen_outline_view_get_project_filter (outline));
  g_assert_cmpuint (timeline_rows (timeline), ==, all);

  for (guint i = 0; i < all; i++)
    if (strstr (phaen_project_get_name (ui_test_project_at (f->plan, i)), "ถนน") != NULL)
      {
        roads++;
        road = ui_test_project_at (f->plan, i);
      }
  g_assert_cmpuint (roads, >, 0);
  g_assert_cmpuint (roads, <, all);

  phaen_outline_view_set_search (outline, "ถนน");
  ui_test_flush ();
  /* The projects the outline shows (the word may be in a project's
   * activities or place as well as its name), and only those. */
  {
    GtkFilter *filter = phaen_outline_view_get_project_filter (outline);
    guint shown = 0;

    for (guint i = 0; i < all; i++)
      {
        PhaenProject *project = ui_test_project_at (f->plan, i);
        gboolean in_timeline = phaen_timeline_layout_find_project (phaen_timeline_view_get_layout (timeline), project) >= 0;

        g_assert_cmpint (in_timeline, ==, gtk_filter_match (filter, project));
        shown += in_timeline;
      }
    g_assert_cmpuint (shown, >=, roads);
    g_assert_cmpuint (shown, <, all);
  }
  g_assert_cmpint (phaen_timeline_layout_find_project (phaen_timeline_view_get_layout (timeline), road), >=, 0);

  phaen_outline_view_set_search (outline, "");
  ui_test_flush ();
  g_assert_cmpuint (timeline_rows (timeline), ==, all);
}

/* ---- settings ------------------------------------------------------------------ */

static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  PhaenTimelineView *timeline = show_timeline (f);
  g_autoptr(GSettings) settings = g_settings_new ("org.phaen.Phaen");
  g_autofree char *grouping = NULL;

  g_settings_set_string (settings, "timeline-grouping", "unit");
  g_assert_cmpint (phaen_timeline_view_get_group_by (timeline), ==, PHAEN_TIMELINE_GROUP_BY_UNIT);
  phaen_timeline_view_set_group_by (timeline, PHAEN_TIMELINE_GROUP_BY_SOURCE);
  grouping = g_settings_get_string (settings, "timeline-grouping");
  g_assert_cmpstr (grouping, ==, "source");

  /* Zooming is remembered (within the key's range); the Preferences'
   * zoom is taken up. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-zoom", "i", 1));
  g_assert_false (phaen_timeline_view_get_fit (timeline));
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "timeline-zoom"),
                                  MIN (phaen_timeline_view_get_zoom (timeline), 4.0), 1e-9);
  g_settings_set_double (settings, "timeline-zoom", 2.5);
  g_assert_cmpfloat_with_epsilon (phaen_timeline_view_get_zoom (timeline), 2.5, 1e-9);
  phaen_timeline_view_set_zoom (timeline, 6.0);
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "timeline-zoom"), 4.0, 1e-9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.timeline-zoom", "i", 0));
  g_assert_true (phaen_timeline_view_get_fit (timeline));

  g_settings_reset (settings, "timeline-zoom");
  g_settings_reset (settings, "timeline-grouping");
}

/* ---- export --------------------------------------------------------------------- */

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (phaen_window_export_finish (PHAEN_WINDOW (source), result, &error));
  g_assert_no_error (error);
  *(gboolean *) user_data = TRUE;
}

static void
refused_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (phaen_window_export_finish (PHAEN_WINDOW (source), result, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  *(gboolean *) user_data = TRUE;
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *pdf_path = g_build_filename (f->dir, "timeline.pdf", NULL);
  g_autofree char *png_path = g_build_filename (f->dir, "timeline.png", NULL);
  g_autofree char *svg_path = g_build_filename (f->dir, "timeline.svg", NULL);
  g_autofree char *bad_path = g_build_filename (f->dir, "timeline.doc", NULL);
  g_autoptr(GFile) pdf = g_file_new_for_path (pdf_path);
  g_autoptr(GFile) png = g_file_new_for_path (png_path);
  g_autoptr(GFile) svg = g_file_new_for_path (svg_path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *uri = g_file_get_uri (pdf);
  g_autoptr(PopplerDocument) document = NULL;
  cairo_surface_t *picture = NULL;
  g_autofree char *svg_text = NULL;
  g_autoptr(GError) error = NULL;
  PhaenOutlineView *outline = PHAEN_OUTLINE_VIEW (phaen_window_get_outline_view (f->window));
  g_autoptr(GString) all_text = g_string_new (NULL);
  gboolean done = FALSE;
  int a3_pages;

  /* A3, by unit: every page has the title and the months' header. */
  phaen_window_export_timeline_async (f->window, pdf, PHAEN_TIMELINE_PAPER_A3, PHAEN_TIMELINE_GROUP_BY_UNIT,
                                      exported_cb, &done);
  g_assert_true (ui_test_wait (&done, 60000));
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  a3_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (a3_pages, >=, 1);
  for (int i = 0; i < a3_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *text = poppler_page_get_text (page);
      double width, height;

      poppler_page_get_size (page, &width, &height);
      /* A3 landscape: 420 × 297 mm. */
      g_assert_cmpfloat_with_epsilon (width, 420 / 25.4 * 72, 2);
      g_assert_cmpfloat_with_epsilon (height, 297 / 25.4 * 72, 2);
      g_assert_nonnull (strstr (text, "ต.ค."));
      g_assert_nonnull (strstr (text, "ก.ย."));
      g_string_append (all_text, text);
    }
  /* Grouped by unit: the units head the groups. */
  {
    g_autoptr(PhaenUnit) unit = g_list_model_get_item (phaen_plan_get_units (f->plan), 0);

    g_assert_nonnull (strstr (all_text->str, phaen_unit_get_name (unit)));
  }

  /* A4 takes more pages than A3. */
  g_clear_object (&document);
  done = FALSE;
  phaen_window_export_timeline_async (f->window, pdf, PHAEN_TIMELINE_PAPER_A4, PHAEN_TIMELINE_GROUP_BY_PROGRAM,
                                      exported_cb, &done);
  g_assert_true (ui_test_wait (&done, 60000));
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, a3_pages);

  /* PNG and SVG of what the outline shows: a search makes them shorter. */
  done = FALSE;
  phaen_window_export_timeline_async (f->window, png, PHAEN_TIMELINE_PAPER_A4, PHAEN_TIMELINE_GROUP_BY_PROGRAM,
                                      exported_cb, &done);
  g_assert_true (ui_test_wait (&done, 60000));
  picture = cairo_image_surface_create_from_png (png_path);
  g_assert_cmpint (cairo_surface_status (picture), ==, CAIRO_STATUS_SUCCESS);
  {
    int full_height = cairo_image_surface_get_height (picture);

    g_clear_pointer (&picture, cairo_surface_destroy);
    phaen_outline_view_set_search (outline, "ถนน");
    done = FALSE;
    phaen_window_export_timeline_async (f->window, png, PHAEN_TIMELINE_PAPER_A4, PHAEN_TIMELINE_GROUP_BY_PROGRAM,
                                        exported_cb, &done);
    g_assert_true (ui_test_wait (&done, 60000));
    picture = cairo_image_surface_create_from_png (png_path);
    g_assert_cmpint (cairo_surface_status (picture), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_height (picture), <, full_height);
    g_assert_cmpint (cairo_image_surface_get_width (picture), >, 400);
    phaen_outline_view_set_search (outline, "");
  }

  done = FALSE;
  phaen_window_export_timeline_async (f->window, svg, PHAEN_TIMELINE_PAPER_A4, PHAEN_TIMELINE_GROUP_BY_SOURCE,
                                      exported_cb, &done);
  g_assert_true (ui_test_wait (&done, 60000));
  g_assert_true (g_file_get_contents (svg_path, &svg_text, NULL, &error));
  g_assert_true (g_str_has_prefix (svg_text, "<?xml") || strstr (svg_text, "<svg") != NULL);
  g_assert_nonnull (strstr (svg_text, "<svg"));

  /* A name the export cannot make: refused, nothing written. */
  done = FALSE;
  phaen_window_export_timeline_async (f->window, bad, PHAEN_TIMELINE_PAPER_A4, PHAEN_TIMELINE_GROUP_BY_PROGRAM,
                                      refused_cb, &done);
  g_assert_true (ui_test_wait (&done, 5000));
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  cairo_surface_destroy (picture);
}

/* ---- the keys of the views --------------------------------------------------------- */

static void
test_view_keys (Fixture       *f,
                gconstpointer  data)
{
  static const char * const names[] = { "edit", "summary", "timeline", "preview", "monitoring" };
  AdwViewStack *stack = ADW_VIEW_STACK (ui_test_find_widget (GTK_WIDGET (f->window), ADW_TYPE_VIEW_STACK, NULL));
  GtkEventController *shortcuts = NULL;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->window));

  g_assert_nonnull (stack);
  /* The window's own shortcuts: F2 … F6 and Ctrl+1 … 5, caught before
   * the focused widget (a GtkPaned has F6 and F8 of its own). */
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (GTK_IS_NAMED_ACTION (action) &&
              g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "win.show-view"))
            shortcuts = controller;
        }
    }
  g_assert_nonnull (shortcuts);

  for (guint v = 0; v < G_N_ELEMENTS (names); v++)
    {
      guint found = 0;

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (shortcuts)); i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (shortcuts), i);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GVariant *arguments = gtk_shortcut_get_arguments (shortcut);

          if (arguments == NULL || g_strcmp0 (g_variant_get_string (arguments, NULL), names[v]) != 0)
            continue;
          g_assert_true (GTK_IS_KEYVAL_TRIGGER (trigger));
          if (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_F2 + v &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == 0)
            found |= 1;
          if (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == GDK_KEY_1 + v &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == GDK_CONTROL_MASK)
            found |= 2;
          /* What the shortcut does: that view comes up. */
          g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                       GTK_WIDGET (f->window), arguments));
          g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, names[v]);
        }
      g_assert_cmpuint (found, ==, 3);
    }
}

/* ---- drag and drop in the outline ------------------------------------------------------ */

/* The tree expander (name cell) of @item's row, or NULL when the row has
 * no widget now. */
static GtkWidget *
find_name_cell (GtkWidget *root,
                gpointer   item)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_TREE_EXPANDER (child))
        {
          g_autoptr(GObject) node = gtk_tree_expander_get_item (GTK_TREE_EXPANDER (child));

          if (node != NULL && phaen_outline_node_get_item (PHAEN_OUTLINE_NODE (node)) == item)
            return child;
        }
      found = find_name_cell (child, item);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
drag_row_onto (GtkWidget *outline,
               gpointer   dragged,
               gpointer   target,
               gboolean   expect_drop)
{
  GtkWidget *from = find_name_cell (outline, dragged);
  GtkWidget *onto = find_name_cell (outline, target);
  GtkEventController *source;
  GtkEventController *drop;
  GdkContentProvider *content = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  gboolean accepted = FALSE;

  g_assert_nonnull (from);
  g_assert_nonnull (onto);
  source = find_controller (from, GTK_TYPE_DRAG_SOURCE);
  drop = find_controller (onto, GTK_TYPE_DROP_TARGET);
  g_assert_nonnull (source);
  g_assert_nonnull (drop);

  /* What the drag carries, from the source's own handler. */
  g_signal_emit_by_name (source, "prepare", 4.0, 4.0, &content);
  g_assert_nonnull (content);
  g_value_init (&value, PHAEN_TYPE_PROJECT);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);
  g_assert_true (g_value_get_object (&value) == dragged);
  g_object_unref (content);

  /* Dropped on the row: the target's handler. */
  g_assert_true (g_type_is_a (PHAEN_TYPE_PROJECT, gtk_drop_target_get_gtypes (GTK_DROP_TARGET (drop), NULL)[0]));
  g_signal_emit_by_name (drop, "drop", &value, 4.0, 4.0, &accepted);
  g_assert_cmpint (accepted, ==, expect_drop);
  ui_test_flush ();
}

static void
test_drag_and_drop (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *outline = phaen_window_get_outline_view (f->window);
  PhaenHistory *history = phaen_plan_get_history (f->plan);
  PhaenProject *dragged = ui_test_project_at (f->plan, 0);
  PhaenProject *target = NULL;
  PhaenProgram *program = phaen_project_get_program (dragged);
  guint depth = phaen_history_get_depth (history);
  g_autofree char *old_program = g_strdup (phaen_program_get_name (program));

  /* A project of another program of the same strategy, near the top. */
  for (guint i = 1; i < 12 && target == NULL; i++)
    {
      PhaenProject *p = ui_test_project_at (f->plan, i);

      if (phaen_project_get_program (p) != program &&
          phaen_project_get_strategy (p) == phaen_project_get_strategy (dragged))
        target = p;
    }
  g_assert_nonnull (target);
  ui_test_spin (100);

  /* Onto a project: into its program, just before it, one undo step. */
  drag_row_onto (outline, dragged, target, TRUE);
  g_assert_true (phaen_project_get_program (dragged) == phaen_project_get_program (target));
  {
    GListModel *projects = phaen_plan_get_projects (f->plan);
    guint at_dragged = G_MAXUINT, at_target = G_MAXUINT;

    for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
      {
        if (ui_test_project_at (f->plan, i) == dragged)
          at_dragged = i;
        if (ui_test_project_at (f->plan, i) == target)
          at_target = i;
      }
    g_assert_cmpuint (at_dragged + 1, ==, at_target);
  }
  g_assert_cmpuint (phaen_history_get_depth (history), ==, depth + 1);
  g_assert_true (phaen_outline_view_get_selected_item (PHAEN_OUTLINE_VIEW (outline)) == G_OBJECT (dragged));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  g_assert_cmpstr (phaen_program_get_name (phaen_project_get_program (dragged)), ==, old_program);
  g_assert_true (ui_test_project_at (f->plan, 0) == dragged);

  /* Onto itself: refused, nothing changes. */
  ui_test_spin (50);
  drag_row_onto (outline, dragged, dragged, FALSE);
  g_assert_cmpuint (phaen_history_get_depth (history), ==, depth);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add ("/ui/timeline-window/selection-both-ways", Fixture, NULL,
              fixture_set_up, test_selection_both_ways, ui_test_window_tear_down);
  g_test_add ("/ui/timeline-window/keyboard-undo-redo", Fixture, NULL,
              fixture_set_up, test_keyboard_undo_redo, ui_test_window_tear_down);
  g_test_add ("/ui/timeline-window/filter-follows-outline", Fixture, NULL,
              fixture_set_up, test_filter_follows_outline, ui_test_window_tear_down);
  g_test_add ("/ui/timeline-window/settings", Fixture, NULL,
              fixture_set_up, test_settings, ui_test_window_tear_down);
  g_test_add ("/ui/timeline-window/export", Fixture, NULL,
              fixture_set_up, test_export, ui_test_window_tear_down);
  g_test_add ("/ui/timeline-window/view-keys", Fixture, NULL,
              fixture_set_up, test_view_keys, ui_test_window_tear_down);
  g_test_add ("/ui/outline/drag-and-drop", Fixture, NULL,
              fixture_set_up, test_drag_and_drop, ui_test_window_tear_down);

  return g_test_run ();
}
