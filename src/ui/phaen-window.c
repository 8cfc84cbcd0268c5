/* phaen-window.c: one window, one plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window starts on its start page; once it shows a plan it keeps it
 * until it closes (another plan opens in another window). Files are read
 * and written off the main loop; questions (unsaved changes, a file changed
 * on disk) are AdwMessageDialogs the window keeps a pointer to, so a test
 * can answer them. Actions live in phaen-window-actions.c.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include "io/phaen-draft.h"
#include "phaen-ui-bridge.h"

#include <stdio.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "phaen-new-plan-dialog.h"
#include "phaen-editions-editor.h"
#include "phaen-group-editor.h"
#include "phaen-monitoring-view.h"
#include "phaen-outline-view.h"
#include "phaen-plan-editor.h"
#include "phaen-preload.h"
#include "phaen-preview.h"
#include "phaen-project-editor.h"
#include "phaen-signed-page-editor.h"
#include "phaen-summary-view.h"
#include "phaen-texts-editor.h"
#include "phaen-timeline-view.h"
#include "phaen-units-editor.h"
#include "phaen-start-page.h"
#include "phaen-window-private.h"

#include "io/phaen-csv.h"
#include "io/phaen-xml.h"
#include "model/phaen-limits.h"
#include "model/phaen-announcement.h"

/* The app's settings (data/org.phaen.Phaen.gschema.xml). */
#define SETTINGS_SCHEMA_ID "org.phaen.Phaen"

G_DEFINE_FINAL_TYPE (PhaenWindow, phaen_window, ADW_TYPE_APPLICATION_WINDOW)

static PhaenWindow *phaen_window_target (PhaenWindow *self);
static void phaen_window_restore_draft (PhaenWindow *self,
                                        const char  *id);
static void phaen_window_discard_draft (PhaenWindow *self,
                                        const char  *id);
static void phaen_window_choose_and_open (PhaenWindow *self);
static void phaen_window_new_plan (PhaenWindow *self);
static void phaen_window_save_as (PhaenWindow *self);
static void phaen_window_choose_import_csv (PhaenWindow *self,
                                            gboolean     into);

static GtkFileFilter *
plan_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Operations plans (.phaen)"));
  gtk_file_filter_add_pattern (filter, "*" PHAEN_FILE_EXTENSION);
  gtk_file_filter_add_mime_type (filter, PHAEN_MIME_TYPE);
  return filter;
}

/* ---- title and state ------------------------------------------------------ */

static void
update_title (PhaenWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gboolean modified;

  if (self->plan_file == NULL)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Phaen"));
      return;
    }

  modified = phaen_plan_file_get_modified (self->plan_file);
  if (modified)
    /* The mark of a plan with unsaved changes. */
    title = g_strdup_printf ("• %s", phaen_plan_file_get_title (self->plan_file));
  else
    title = g_strdup (phaen_plan_file_get_title (self->plan_file));

  if (phaen_plan_file_get_saving (self->plan_file))
    /* TRANSLATORS: subtitle while the file is being written */
    subtitle = g_strdup_printf (_("%s (saving…)"), phaen_plan_file_get_subtitle (self->plan_file));
  else if (modified)
    /* TRANSLATORS: subtitle of a plan with unsaved changes */
    subtitle = g_strdup_printf (_("%s (not saved)"), phaen_plan_file_get_subtitle (self->plan_file));
  else
    subtitle = g_strdup (phaen_plan_file_get_subtitle (self->plan_file));

  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
plan_file_notify_cb (PhaenWindow *self)
{
  update_title (self);
  phaen_window_update_actions (self);
}

static void
history_changed_cb (PhaenWindow *self)
{
  phaen_window_update_actions (self);
  phaen_window_update_undo_menu (self);
}


/* ---- autosave ------------------------------------------------------------ */

static void
forget_draft (PhaenWindow *self)
{
  const char *id;

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->plan_file == NULL)
    return;
  id = phaen_plan_file_get_draft_id (self->plan_file);
  if (id != NULL)
    phaen_draft_discard (id);
  /* A copy being written now would come back after the discard. */
  if (self->draft_saving)
    self->forget_after_draft = TRUE;
}

static void
draft_saved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(PhaenWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean saved = phaen_draft_save_finish (result, &error);

  self->draft_saving = FALSE;
  if (self->forget_after_draft)
    {
      /* Saved or discarded meanwhile: this copy is not wanted. */
      self->forget_after_draft = FALSE;
      if (self->plan_file != NULL && phaen_plan_file_get_draft_id (self->plan_file) != NULL)
        phaen_draft_discard (phaen_plan_file_get_draft_id (self->plan_file));
      return;
    }
  if (!saved && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      !gtk_widget_in_destruction (GTK_WIDGET (self)))
    {
      g_autofree char *text = g_strdup_printf (_("Could not keep a recovery copy: %s"), error->message);

      phaen_window_toast (self, text);
    }
}

static gboolean
autosave_cb (gpointer data)
{
  PhaenWindow *self = data;
  g_autofree char *id = NULL;
  GFile *original;

  self->autosave_id = 0;
  if (self->plan_file == NULL || !phaen_plan_file_get_modified (self->plan_file))
    return G_SOURCE_REMOVE;
  if (self->draft_saving)
    {
      /* One at a time: try again a little later. */
      self->autosave_id = g_timeout_add_seconds (1, autosave_cb, self);
      return G_SOURCE_REMOVE;
    }

  if (phaen_plan_file_get_draft_id (self->plan_file) == NULL)
    {
      id = phaen_draft_new_id ();
      phaen_plan_file_set_draft_id (self->plan_file, id);
    }
  original = phaen_plan_file_get_file (self->plan_file);
  if (original == NULL)
    original = phaen_plan_file_get_original (self->plan_file);
  /* Written in a thread, on a snapshot: typing goes on. */
  self->draft_saving = TRUE;
  phaen_draft_save_async (phaen_plan_file_get_plan (self->plan_file),
                          phaen_plan_file_get_draft_id (self->plan_file), original,
                          NULL, draft_saved_cb, g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (PhaenWindow *self)
{
  guint delay = g_settings_get_uint (self->settings, "autosave-interval");

  if (self->plan_file == NULL)
    return;
  if (!phaen_plan_file_get_modified (self->plan_file))
    {
      /* Back at the saved state: nothing to recover. */
      forget_draft (self);
      return;
    }
  /* A few seconds after the last edit. */
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add_seconds (delay, autosave_cb, self);
}

void
phaen_window_autosave_now (PhaenWindow *self)
{
  g_return_if_fail (PHAEN_IS_WINDOW (self));
  if (self->autosave_id != 0)
    {
      g_clear_handle_id (&self->autosave_id, g_source_remove);
      autosave_cb (self);
    }
  /* Until the copy is on disk. */
  while (self->draft_saving)
    g_main_context_iteration (NULL, TRUE);
}

GtkWidget *
phaen_window_get_start_page (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return self->start_page;
}

static void
reload_drafts (PhaenWindow *self)
{
  g_autoptr(GHashTable) in_use = g_hash_table_new (g_str_hash, g_str_equal);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  for (GList *l = app != NULL ? gtk_application_get_windows (app) : NULL; l != NULL; l = l->next)
    if (PHAEN_IS_WINDOW (l->data) && PHAEN_WINDOW (l->data)->plan_file != NULL)
      {
        const char *id = phaen_plan_file_get_draft_id (PHAEN_WINDOW (l->data)->plan_file);

        if (id != NULL)
          g_hash_table_add (in_use, (gpointer) id);
      }
  phaen_start_page_reload_drafts (PHAEN_START_PAGE (self->start_page), in_use);
}

static void
phaen_window_restore_draft (PhaenWindow *self,
                            const char  *id)
{
  g_autoptr(GPtrArray) drafts = phaen_draft_list ();
  g_autoptr(PhaenPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  PhaenWindow *window;
  GFile *original = NULL;

  plan = phaen_draft_load (id, &error);
  if (plan == NULL)
    {
      phaen_window_show_error (self, _("Could not restore the plan"), error);
      return;
    }
  for (guint i = 0; i < drafts->len; i++)
    {
      PhaenDraftInfo *info = g_ptr_array_index (drafts, i);

      if (g_str_equal (info->id, id))
        original = info->original;
    }

  window = phaen_window_target (self);
  /* No file: saving asks where, proposing the original (the file
   * chooser asks before replacing it). */
  phaen_window_set_plan (window, plan, NULL, NULL);
  phaen_plan_file_set_recovered (window->plan_file, original);
  phaen_plan_file_set_draft_id (window->plan_file, id);
  gtk_window_present (GTK_WINDOW (window));
  if (window != self)
    reload_drafts (self);
}

static void
discard_draft_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           PhaenWindow      *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "phaen-draft");

  if (g_strcmp0 (response, "discard") == 0)
    {
      phaen_draft_discard (id);
      reload_drafts (self);
    }
}

static void
phaen_window_discard_draft (PhaenWindow *self,
                            const char  *id)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Discard the Unsaved Plan?"),
                                                       _("The changes it holds were never saved to a file and will be lost.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "discard", _("_Discard"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "phaen-draft", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_draft_response_cb), self, G_CONNECT_DEFAULT);
  phaen_window_ask (self, dialog);
}

/* ---- measuring (phaen-bench) ----------------------------------------------
 * With PHAEN_BENCH set, the window prints on stdout, for phaen-bench:
 *   first-frame MONOTONIC_US   when the first frame showing the plan is
 *                              painted (the bench started the clock when
 *                              it started the process)
 *   edit-to-frame MS           the mean time from a budget edit through the
 *                              model until the frame that shows it is
 *                              painted, with the outline, its totals, the
 *                              problems and the ผด.01 rows current
 * and then quits. The edits start once the work put off until after the
 * first frame is done (the main loop idle, one more frame painted): they
 * time an edit, not the end of the start. Each edit is made at the start
 * of a frame (a tick callback, in the frame clock's update phase) and
 * timed to the end of that frame's painting: the time the edit costs,
 * without the wait for the next tick of the frame clock (up to a refresh
 * interval, 16.7 ms, whatever the edit). */

#define BENCH_EDITS 20

typedef enum
{
  BENCH_FIRST_FRAME,
  BENCH_SETTLING,
  BENCH_EDITING,
} BenchState;

typedef struct
{
  PhaenWindow *window;
  gulong       handler;
  guint        tick;
  BenchState   state;
  guint        edits;
  gint64       edit_start;
  double       total_ms;
} Bench;

static gboolean
bench_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       data)
{
  Bench *bench = data;
  PhaenPlan *plan = phaen_window_get_plan (bench->window);
  GListModel *projects = phaen_plan_get_projects (plan);
  guint n = g_list_model_get_n_items (projects);
  g_autoptr(PhaenProject) project = NULL;

  /* One edit a frame: the last one is painted. */
  if (bench->edit_start != 0)
    return G_SOURCE_CONTINUE;
  project = g_list_model_get_item (projects, (bench->edits * 7919) % MAX (n, 1));
  bench->edit_start = g_get_monotonic_time ();
  phaen_plan_edit_set_int64 (plan, project, "budget", phaen_project_get_budget (project) + 100);
  /* The outline and its totals follow the edit at once; the ผด.01 rows
   * are brought up to date as if the summary were on screen. */
  phaen_summary_view_sync (PHAEN_SUMMARY_VIEW (phaen_window_get_summary_view (bench->window)));
  gtk_widget_queue_draw (GTK_WIDGET (bench->window));
  return G_SOURCE_CONTINUE;
}

static gboolean
bench_settled_cb (gpointer data)
{
  Bench *bench = data;

  bench->state = BENCH_EDITING;
  bench->tick = gtk_widget_add_tick_callback (GTK_WIDGET (bench->window), bench_tick_cb, bench, NULL);
  return G_SOURCE_REMOVE;
}

static void
bench_after_paint_cb (GdkFrameClock *clock,
                      Bench         *bench)
{
  switch (bench->state)
    {
    case BENCH_FIRST_FRAME:
      g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
      fflush (stdout);
      bench->state = BENCH_SETTLING;
      g_idle_add_full (G_PRIORITY_LOW + 100, bench_settled_cb, bench, NULL);
      return;
    case BENCH_SETTLING:
      return;
    case BENCH_EDITING:
    default:
      break;
    }
  if (bench->edit_start == 0)
    return;
  bench->total_ms += (g_get_monotonic_time () - bench->edit_start) / 1000.0;
  bench->edit_start = 0;
  if (++bench->edits < BENCH_EDITS)
    return;
  g_print ("edit-to-frame %.2f\n", bench->total_ms / BENCH_EDITS);
  fflush (stdout);
  exit (0);
}

static void
bench_start (PhaenWindow *self)
{
  Bench *bench;
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL)
    {
      /* The plan came before the window was shown: once it is. */
      g_signal_connect (self, "realize", G_CALLBACK (bench_start), NULL);
      return;
    }
  g_signal_handlers_disconnect_by_func (self, bench_start, NULL);
  bench = g_new0 (Bench, 1);
  bench->window = self;
  bench->handler = g_signal_connect (clock, "after-paint", G_CALLBACK (bench_after_paint_cb), bench);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
outline_message_cb (PhaenWindow *self,
                    const char  *text)
{
  phaen_window_toast (self, text);
}

/* ---- forms -------------------------------------------------------------------- */

static void approach_added_cb (PhaenWindow   *self,
                               PhaenApproach *approach);
static GtkWidget *ensure_view (PhaenWindow *self,
                               const char  *name);

/* The form @name ("plan", "texts", "units", "group", "project"), made
 * and put in the editor stack the first time it is asked for. */
static GtkWidget *
form (PhaenWindow *self,
      const char  *name)
{
  PhaenPlan *plan = phaen_window_get_plan (self);
  GtkWidget **slot;
  GtkWidget *widget;

  if (g_str_equal (name, "plan"))
    slot = &self->plan_editor;
  else if (g_str_equal (name, "texts"))
    slot = &self->texts_editor;
  else if (g_str_equal (name, "units"))
    slot = &self->units_editor;
  else if (g_str_equal (name, "editions"))
    slot = &self->editions_editor;
  else if (g_str_equal (name, "signed"))
    slot = &self->signed_page_editor;
  else if (g_str_equal (name, "group"))
    slot = &self->group_editor;
  else if (g_str_equal (name, "project"))
    slot = &self->project_editor;
  else
    return NULL;
  if (*slot != NULL || plan == NULL)
    return *slot;

  if (slot == &self->plan_editor)
    {
      widget = phaen_plan_editor_new ();
      phaen_plan_editor_set_plan (PHAEN_PLAN_EDITOR (widget), plan);
    }
  else if (slot == &self->texts_editor)
    {
      widget = phaen_texts_editor_new ();
      phaen_texts_editor_set_plan (PHAEN_TEXTS_EDITOR (widget), plan);
    }
  else if (slot == &self->units_editor)
    {
      widget = phaen_units_editor_new ();
      phaen_units_editor_set_plan (PHAEN_UNITS_EDITOR (widget), plan);
      g_signal_connect_object (widget, "message", G_CALLBACK (outline_message_cb),
                               self, G_CONNECT_SWAPPED);
    }
  else if (slot == &self->editions_editor)
    {
      widget = phaen_editions_editor_new ();
      phaen_editions_editor_set_plan (PHAEN_EDITIONS_EDITOR (widget), plan);
      g_signal_connect_object (widget, "message", G_CALLBACK (outline_message_cb),
                               self, G_CONNECT_SWAPPED);
    }
  else if (slot == &self->signed_page_editor)
    {
      widget = phaen_signed_page_editor_new ();
      phaen_signed_page_editor_set_plan (PHAEN_SIGNED_PAGE_EDITOR (widget), plan);
    }
  else if (slot == &self->group_editor)
    {
      widget = phaen_group_editor_new ();
      g_signal_connect_object (widget, "approach-added", G_CALLBACK (approach_added_cb),
                               self, G_CONNECT_SWAPPED);
    }
  else
    widget = phaen_project_editor_new ();

  *slot = widget;
  gtk_stack_add_named (self->editor_stack, widget, name);
  return widget;
}

static void
set_nav (PhaenWindow     *self,
         GtkToggleButton *active)
{
  self->navigating = TRUE;
  gtk_toggle_button_set_active (self->plan_nav, active == self->plan_nav);
  gtk_toggle_button_set_active (self->texts_nav, active == self->texts_nav);
  gtk_toggle_button_set_active (self->units_nav, active == self->units_nav);
  gtk_toggle_button_set_active (self->editions_nav, active == self->editions_nav);
  gtk_toggle_button_set_active (self->signed_nav, active == self->signed_nav);
  self->navigating = FALSE;
}

static void
show_form (PhaenWindow *self,
           const char  *name)
{
  GtkToggleButton *nav = NULL;

  if (g_str_equal (name, "plan"))
    nav = self->plan_nav;
  else if (g_str_equal (name, "texts"))
    nav = self->texts_nav;
  else if (g_str_equal (name, "units"))
    nav = self->units_nav;
  else if (g_str_equal (name, "editions"))
    nav = self->editions_nav;
  else if (g_str_equal (name, "signed"))
    nav = self->signed_nav;
  form (self, name);
  set_nav (self, nav);
  if (nav != NULL && self->outline_view != NULL)
    {
      self->navigating = TRUE;
      phaen_outline_view_unselect (PHAEN_OUTLINE_VIEW (self->outline_view));
      self->navigating = FALSE;
    }
  gtk_stack_set_visible_child_name (self->editor_stack, name);
}

static void
nav_clicked_cb (PhaenWindow     *self,
                GtkToggleButton *button)
{
  if (self->navigating || self->plan_file == NULL)
    return;
  if (button == self->plan_nav)
    show_form (self, "plan");
  else if (button == self->texts_nav)
    show_form (self, "texts");
  else if (button == self->editions_nav)
    show_form (self, "editions");
  else if (button == self->signed_nav)
    show_form (self, "signed");
  else
    show_form (self, "units");
}

static void
outline_selected_cb (PhaenWindow *self)
{
  GObject *item;
  PhaenPlan *plan = phaen_window_get_plan (self);

  item = phaen_outline_view_get_selected_item (PHAEN_OUTLINE_VIEW (self->outline_view));
  /* The timeline highlights the same project (none for a group row). */
  if (self->timeline_view != NULL)
    phaen_timeline_view_set_selected_project (PHAEN_TIMELINE_VIEW (self->timeline_view),
                                              PHAEN_IS_PROJECT (item) ? PHAEN_PROJECT (item) : NULL);
  if (self->navigating)
    return;
  if (self->preview != NULL)
    phaen_preview_set_project (PHAEN_PREVIEW (self->preview), PHAEN_IS_PROJECT (item) ? PHAEN_PROJECT (item) : NULL);
  if (PHAEN_IS_PROJECT (item))
    {
      phaen_project_editor_set_project (PHAEN_PROJECT_EDITOR (form (self, "project")), plan, PHAEN_PROJECT (item));
      show_form (self, "project");
    }
  else if (PHAEN_IS_STRATEGY (item) || PHAEN_IS_APPROACH (item) || PHAEN_IS_PROGRAM (item))
    {
      phaen_group_editor_set_item (PHAEN_GROUP_EDITOR (form (self, "group")), plan, item);
      show_form (self, "group");
    }
  else if (g_strcmp0 (gtk_stack_get_visible_child_name (self->editor_stack), "project") == 0 ||
           g_strcmp0 (gtk_stack_get_visible_child_name (self->editor_stack), "group") == 0)
    show_form (self, "empty");
}

static void
outline_row_activated_cb (PhaenWindow *self)
{
  GObject *item = phaen_outline_view_get_selected_item (PHAEN_OUTLINE_VIEW (self->outline_view));

  if (item != NULL)
    phaen_window_show_item (self, item, NULL);
}

/* A project picked in the timeline is the outline's selection, so the
 * form shows it. */
static void
timeline_selected_cb (PhaenWindow *self)
{
  PhaenProject *project = phaen_timeline_view_get_selected_project (PHAEN_TIMELINE_VIEW (self->timeline_view));
  PhaenOutlineView *outline = PHAEN_OUTLINE_VIEW (self->outline_view);

  if (project != NULL && phaen_outline_view_get_selected_item (outline) != G_OBJECT (project))
    phaen_outline_view_select_item (outline, project);
}

static void
timeline_activated_cb (PhaenWindow  *self,
                       PhaenProject *project)
{
  phaen_window_show_item (self, project, NULL);
}

static gboolean
grouping_to_group_by (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  guint selected = g_value_get_uint (from);

  if (selected > PHAEN_TIMELINE_GROUP_BY_SOURCE)
    return FALSE;
  g_value_set_enum (to, (int) selected);
  return TRUE;
}

static gboolean
group_by_to_grouping (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      user_data)
{
  g_value_set_uint (to, (guint) g_value_get_enum (from));
  return TRUE;
}

#define TIMELINE_ZOOM_MIN 0.25
#define TIMELINE_ZOOM_MAX 4.0   /* the range of the "timeline-zoom" key */

/* The timeline's zoom goes into the settings once the officer zoomed
 * (not while the year is fitted to the width). */
static void
timeline_zoom_cb (PhaenWindow *self)
{
  PhaenTimelineView *view = PHAEN_TIMELINE_VIEW (self->timeline_view);
  double zoom = CLAMP (phaen_timeline_view_get_zoom (view), TIMELINE_ZOOM_MIN, TIMELINE_ZOOM_MAX);

  if (phaen_timeline_view_get_fit (view))
    return;
  if (G_APPROX_VALUE (g_settings_get_double (self->settings, "timeline-zoom"), zoom, 1e-9))
    return;
  g_settings_set_double (self->settings, "timeline-zoom", zoom);
}

/* The settings changed (the Preferences): the timeline follows. */
static void
settings_zoom_cb (PhaenWindow *self)
{
  PhaenTimelineView *view;
  double zoom = g_settings_get_double (self->settings, "timeline-zoom");

  if (self->timeline_view == NULL)
    return;
  view = PHAEN_TIMELINE_VIEW (self->timeline_view);
  if (phaen_timeline_view_get_fit (view) ||
      !G_APPROX_VALUE (phaen_timeline_view_get_zoom (view), zoom, 1e-9))
    phaen_timeline_view_set_zoom (view, zoom);
}

static GtkWidget *
create_timeline (PhaenWindow *self,
                 PhaenPlan   *plan)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = phaen_timeline_view_new ();
  g_autoptr(GVariant) zoom = NULL;

  self->timeline_view = view;
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_box_append (self->timeline_box, scroller);

  phaen_timeline_view_set_plan (PHAEN_TIMELINE_VIEW (view), plan);
  phaen_timeline_view_set_filter (PHAEN_TIMELINE_VIEW (view),
                                  phaen_outline_view_get_project_filter (PHAEN_OUTLINE_VIEW (self->outline_view)));
  g_settings_bind (self->settings, "timeline-grouping", view, "group-by", G_SETTINGS_BIND_DEFAULT);
  g_object_bind_property_full (view, "group-by", self->timeline_grouping, "selected",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               group_by_to_grouping, grouping_to_group_by, NULL, NULL);
  /* The year fills the width until the officer zooms; a zoom once chosen
   * (here or in the Preferences) is kept. */
  zoom = g_settings_get_user_value (self->settings, "timeline-zoom");
  if (zoom != NULL)
    phaen_timeline_view_set_zoom (PHAEN_TIMELINE_VIEW (view), g_variant_get_double (zoom));
  g_signal_connect_object (view, "notify::zoom", G_CALLBACK (timeline_zoom_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "notify::fit", G_CALLBACK (timeline_zoom_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::timeline-zoom", G_CALLBACK (settings_zoom_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect_object (view, "notify::selected-project", G_CALLBACK (timeline_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view, "project-activated", G_CALLBACK (timeline_activated_cb),
                           self, G_CONNECT_SWAPPED);
  return view;
}

GtkWidget *
phaen_window_get_timeline_view (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return ensure_view (self, "timeline");
}

GtkWidget *
phaen_window_get_monitoring_view (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return ensure_view (self, "monitoring");
}

static void
approach_added_cb (PhaenWindow   *self,
                   PhaenApproach *approach)
{
  /* The outline lists an approach once a project follows it: its form
   * comes up without a row. */
  if (!phaen_window_show_item (self, approach, "name"))
    {
      phaen_group_editor_set_item (PHAEN_GROUP_EDITOR (form (self, "group")), phaen_window_get_plan (self), approach);
      show_form (self, "group");
      phaen_group_editor_focus_property (PHAEN_GROUP_EDITOR (self->group_editor), "name");
    }
}

gboolean
phaen_window_show_item (PhaenWindow *self,
                        gpointer     item,
                        const char  *property)
{
  PhaenPlan *plan;

  g_return_val_if_fail (PHAEN_IS_WINDOW (self), FALSE);

  plan = phaen_window_get_plan (self);
  if (plan == NULL || item == NULL)
    return FALSE;

  adw_view_stack_set_visible_child_name (self->view_stack, "edit");

  if (item == (gpointer) plan)
    {
      static const char * const text_properties[] = {
        "announcement-text-1", "announcement-text-2", "foreword", "introduction-text",
        "objectives-text", "procedure-text", "benefits-text",
      };

      for (guint i = 0; property != NULL && i < G_N_ELEMENTS (text_properties); i++)
        if (g_str_equal (property, text_properties[i]))
          {
            show_form (self, "texts");
            return phaen_texts_editor_focus_property (PHAEN_TEXTS_EDITOR (self->texts_editor), property);
          }
      if (property != NULL && g_strv_contains (phaen_announcement_fact_properties (), property))
        {
          show_form (self, "signed");
          return gtk_widget_grab_focus (phaen_signed_page_editor_get_fact_row (PHAEN_SIGNED_PAGE_EDITOR (self->signed_page_editor),
                                                                                property));
        }
      show_form (self, "plan");
      return phaen_plan_editor_focus_property (PHAEN_PLAN_EDITOR (self->plan_editor), property);
    }

  if (PHAEN_IS_UNIT (item))
    {
      show_form (self, "units");
      return phaen_units_editor_focus_unit (PHAEN_UNITS_EDITOR (self->units_editor), item);
    }

  if (!phaen_outline_view_select_item (PHAEN_OUTLINE_VIEW (self->outline_view), item))
    return FALSE;
  /* The selection brought the right form up. */
  if (PHAEN_IS_PROJECT (item))
    return phaen_project_editor_focus_property (PHAEN_PROJECT_EDITOR (self->project_editor), property);
  return phaen_group_editor_focus_property (PHAEN_GROUP_EDITOR (self->group_editor), property);
}

GtkWidget *
phaen_window_get_outline_view (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return self->outline_view;
}

GtkWidget *
phaen_window_get_form (PhaenWindow *self,
                       const char  *name)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return form (self, name);
}

void
phaen_window_show_form (PhaenWindow *self,
                        const char  *name)
{
  g_return_if_fail (PHAEN_IS_WINDOW (self));

  if (phaen_window_get_plan (self) == NULL || form (self, name) == NULL)
    return;
  adw_view_stack_set_visible_child_name (self->view_stack, "edit");
  show_form (self, name);
}

GtkWidget *
phaen_window_get_project_editor (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return form (self, "project");
}

GtkWidget *
phaen_window_get_problems_list (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return self->problems_list;
}

/* ---- problems ------------------------------------------------------------------ */

static char *
problem_place (PhaenPlan      *plan,
               PhaenUiProblem *problem)
{
  GObject *object = problem->object;

  if (PHAEN_IS_PROJECT (object))
    {
      const char *name = phaen_project_get_name (PHAEN_PROJECT (object));

      return *name != '\0' ? g_strdup_printf (_("Project “%s”"), name)
                           : g_strdup (_("A project without a name"));
    }
  if (PHAEN_IS_ITEM (object))
    {
      const char *name = phaen_item_get_name (PHAEN_ITEM (object));

      if (PHAEN_IS_STRATEGY (object))
        return g_strdup_printf (_("Strategy “%s”"), name);
      if (PHAEN_IS_APPROACH (object))
        return g_strdup_printf (_("Development approach “%s”"), name);
      if (PHAEN_IS_PROGRAM (object))
        return g_strdup_printf (_("Program “%s”"), name);
      return g_strdup_printf (_("Unit “%s”"), name);
    }
  return g_strdup (_("Plan details"));
}

static void
problem_activated_cb (GtkListBox    *list,
                      GtkListBoxRow *row,
                      PhaenWindow   *self)
{
  GObject *object = g_object_get_data (G_OBJECT (row), "phaen-object");
  const char *property = g_object_get_data (G_OBJECT (row), "phaen-property");

  gtk_popover_popdown (self->problems_popover);
  phaen_window_show_item (self, object, property);
}

#define CHECK_DELAY_MS 800

/* The problems popover's list. */
#define PROBLEMS_WIDTH      420
#define PROBLEMS_MAX_HEIGHT 420

/* The live object of @plan with the id of @object of a copy of it. */
static GObject *
live_object (PhaenPlan *plan,
             GObject   *object)
{
  if (PHAEN_IS_PLAN (object))
    return G_OBJECT (plan);
  if (PHAEN_IS_PROJECT (object))
    return G_OBJECT (phaen_plan_find_project (plan, phaen_project_get_id (PHAEN_PROJECT (object))));
  if (PHAEN_IS_STRATEGY (object))
    return G_OBJECT (phaen_plan_find_strategy (plan, phaen_item_get_id (PHAEN_ITEM (object))));
  if (PHAEN_IS_APPROACH (object))
    return G_OBJECT (phaen_plan_find_approach (plan, phaen_item_get_id (PHAEN_ITEM (object))));
  if (PHAEN_IS_PROGRAM (object))
    return G_OBJECT (phaen_plan_find_program (plan, phaen_item_get_id (PHAEN_ITEM (object))));
  if (PHAEN_IS_UNIT (object))
    return G_OBJECT (phaen_plan_find_unit (plan, phaen_item_get_id (PHAEN_ITEM (object))));
  return NULL;
}

static void
show_problems (PhaenWindow *self,
               PhaenPlan   *plan,
               GPtrArray   *problems)
{
  g_autofree char *count = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->problems_list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->problems_list), child);

  for (guint i = 0; i < problems->len; i++)
    {
      PhaenUiProblem *problem = g_ptr_array_index (problems, i);
      AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
      g_autofree char *place = problem_place (plan, problem);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), place);
      adw_action_row_set_subtitle (row, problem->message);
      adw_action_row_add_suffix (row, gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "phaen-object", g_object_ref (problem->object), g_object_unref);
      g_object_set_data_full (G_OBJECT (row), "phaen-property", g_strdup (problem->property), g_free);
      gtk_list_box_append (GTK_LIST_BOX (self->problems_list), GTK_WIDGET (row));
    }

  self->n_problems = problems->len;
  count = g_strdup_printf ("%u", problems->len);
  gtk_label_set_text (self->problems_badge, count);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_badge), problems->len > 0);
  gtk_image_set_from_icon_name (self->problems_icon,
                                problems->len > 0 ? "dialog-warning-symbolic" : "emblem-ok-symbolic");
  if (problems->len > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->problems_button), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->problems_button), "warning");
  gtk_widget_set_visible (self->problems_empty, problems->len == 0);
  gtk_widget_set_visible (self->problems_list, problems->len > 0);

  /* The rows' long titles wrap at the list's width; the scroller is
   * asked for the height at that width (by itself it took the height of
   * unwrapped rows, and cut the last ones off). */
  if (problems->len > 0)
    {
      GtkWidget *scroller = gtk_widget_get_parent (self->problems_list);
      int natural = 0;

      if (GTK_IS_VIEWPORT (scroller))
        scroller = gtk_widget_get_parent (scroller);
      gtk_widget_measure (self->problems_list, GTK_ORIENTATION_VERTICAL, PROBLEMS_WIDTH,
                          NULL, &natural, NULL, NULL);
      gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller),
                                                  MIN (natural, PROBLEMS_MAX_HEIGHT));
    }
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  /* The copy belongs to this thread alone. */
  g_task_return_pointer (task, phaen_ui_plan_check (task_data), (GDestroyNotify) g_ptr_array_unref);
}

static gboolean check_plan (gpointer data);

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  PhaenWindow *self = PHAEN_WINDOW (source);
  g_autoptr(GPtrArray) problems = g_task_propagate_pointer (G_TASK (result), NULL);
  PhaenPlan *plan = phaen_window_get_plan (self);

  self->checking = FALSE;
  if (problems == NULL || plan == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  if (self->check_again)
    {
      /* The plan changed while it was checked: the answer is old. */
      self->check_again = FALSE;
      check_plan (self);
      return;
    }
  for (guint i = 0; i < problems->len; i++)
    {
      PhaenUiProblem *problem = g_ptr_array_index (problems, i);
      GObject *live = live_object (plan, problem->object);

      g_set_object (&problem->object, live != NULL ? live : G_OBJECT (plan));
    }
  show_problems (self, plan, problems);
}

/* Checks a copy of the plan in a worker thread: the check walks the whole
 * plan and must not hold up typing. */
static gboolean
check_plan (gpointer data)
{
  PhaenWindow *self = data;
  PhaenPlan *plan = phaen_window_get_plan (self);
  g_autoptr(GTask) task = NULL;

  self->check_idle = 0;
  if (plan == NULL)
    return G_SOURCE_REMOVE;
  if (self->checking)
    {
      self->check_again = TRUE;
      return G_SOURCE_REMOVE;
    }
  self->checking = TRUE;
  task = g_task_new (self, self->cancellable, check_done_cb, NULL);
  g_task_set_task_data (task, phaen_ui_plan_snapshot (plan), g_object_unref);
  g_task_run_in_thread (task, check_thread);
  return G_SOURCE_REMOVE;
}

/* The same, at once, on the plan itself. */
static void
check_plan_now (PhaenWindow *self)
{
  PhaenPlan *plan = phaen_window_get_plan (self);
  g_autoptr(GPtrArray) problems = NULL;

  if (plan == NULL)
    return;
  problems = phaen_ui_plan_check (plan);
  self->check_again = self->checking;
  show_problems (self, plan, problems);
}

static void
schedule_check (PhaenWindow *self)
{
  /* Checking walks the whole plan (on a copy, in a thread; the copy is
   * made here): once typing has paused for a moment, once for any number
   * of edits, never between a key and its letter on screen. */
  g_clear_handle_id (&self->check_idle, g_source_remove);
  self->check_idle = g_timeout_add (CHECK_DELAY_MS, check_plan, self);
}

guint
phaen_window_get_n_problems (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), 0);
  return self->n_problems;
}

void
phaen_window_sync (PhaenWindow *self)
{
  g_return_if_fail (PHAEN_IS_WINDOW (self));

  if (self->check_idle != 0 || self->checking)
    {
      g_clear_handle_id (&self->check_idle, g_source_remove);
      check_plan_now (self);
    }
  if (self->summary_view != NULL)
    phaen_summary_view_sync (PHAEN_SUMMARY_VIEW (self->summary_view));
}

GtkWidget *
phaen_window_get_preview (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return ensure_view (self, "preview");
}

GtkWidget *
phaen_window_get_summary_view (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return ensure_view (self, "summary");
}

/* The project selected in the outline, or NULL. */
static PhaenProject *
selected_project (PhaenWindow *self)
{
  GObject *item;

  if (self->outline_view == NULL)
    return NULL;
  item = phaen_outline_view_get_selected_item (PHAEN_OUTLINE_VIEW (self->outline_view));
  return PHAEN_IS_PROJECT (item) ? PHAEN_PROJECT (item) : NULL;
}

/* The view @name of the stack ("summary", "timeline", "preview",
 * "monitoring"), made the first time it is shown or asked for: a plan of
 * thousands of projects opens on its outline without laying out the
 * views it does not show. NULL before a plan. */
static GtkWidget *
ensure_view (PhaenWindow *self,
             const char  *name)
{
  PhaenPlan *plan = phaen_window_get_plan (self);

  if (plan == NULL)
    return NULL;
  if (g_str_equal (name, "summary"))
    {
      if (self->summary_view == NULL)
        {
          self->summary_view = phaen_summary_view_new ();
          gtk_widget_set_vexpand (self->summary_view, TRUE);
          phaen_summary_view_set_plan (PHAEN_SUMMARY_VIEW (self->summary_view), plan);
          gtk_box_append (self->summary_box, self->summary_view);
        }
      return self->summary_view;
    }
  if (g_str_equal (name, "timeline"))
    {
      if (self->timeline_view == NULL)
        {
          create_timeline (self, plan);
          phaen_timeline_view_set_selected_project (PHAEN_TIMELINE_VIEW (self->timeline_view),
                                                    selected_project (self));
        }
      return self->timeline_view;
    }
  if (g_str_equal (name, "preview"))
    {
      if (self->preview == NULL)
        {
          self->preview = phaen_preview_new ();
          gtk_widget_set_vexpand (self->preview, TRUE);
          phaen_preview_set_plan (PHAEN_PREVIEW (self->preview), plan);
          phaen_preview_set_project (PHAEN_PREVIEW (self->preview), selected_project (self));
          gtk_box_append (self->preview_box, self->preview);
        }
      return self->preview;
    }
  if (g_str_equal (name, "monitoring"))
    {
      if (self->monitoring_view == NULL)
        {
          self->monitoring_view = phaen_monitoring_view_new ();
          gtk_widget_set_vexpand (self->monitoring_view, TRUE);
          phaen_monitoring_view_set_plan (PHAEN_MONITORING_VIEW (self->monitoring_view), plan);
          gtk_box_append (self->monitoring_box, self->monitoring_view);
        }
      return self->monitoring_view;
    }
  return NULL;
}

static void
view_changed_cb (PhaenWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);

  if (name == NULL)
    return;
  /* The document opens at the page of the project being edited. */
  if (ensure_view (self, name) != NULL && g_str_equal (name, "preview"))
    phaen_preview_show_project (PHAEN_PREVIEW (self->preview));
}

/* What the first frame of a plan does not show is made ready once it is
 * painted and the main loop has nothing more urgent: the summary view and
 * its ผด.01 rows (a count of the whole plan, kept current edit by edit
 * from then on). The timeline, the document and the monitoring table
 * wait until they are shown. */
static gboolean
warm_up_cb (gpointer data)
{
  PhaenWindow *self = data;

  self->warm_up_id = 0;
  if (ensure_view (self, "summary") != NULL)
    phaen_summary_view_sync (PHAEN_SUMMARY_VIEW (self->summary_view));
  return G_SOURCE_REMOVE;
}

static void
first_frame_painted_cb (GdkFrameClock *clock,
                        PhaenWindow   *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, self);
  if (self->warm_up_id == 0)
    self->warm_up_id = g_idle_add_full (G_PRIORITY_LOW, warm_up_cb, self, NULL);
}

static void
after_first_frame (PhaenWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock == NULL)
    {
      /* Not shown yet: from when it is. */
      g_signal_connect (self, "realize", G_CALLBACK (after_first_frame), NULL);
      return;
    }
  g_signal_handlers_disconnect_by_func (self, after_first_frame, NULL);
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (first_frame_painted_cb), self, G_CONNECT_DEFAULT);
}

/* A field's edit the model refused (an adopted edition is frozen): the
 * officer is told why, and the form shows the plan as it is. */
static void
edit_refused_cb (PhaenWindow  *self,
                 const GError *error)
{
  phaen_window_toast (self, error->message);
}

static void
create_views (PhaenWindow *self,
              PhaenPlan   *plan)
{
  self->outline_view = phaen_outline_view_new ();
  gtk_widget_set_vexpand (self->outline_view, TRUE);
  gtk_box_append (self->outline_box, self->outline_view);
  phaen_outline_view_set_plan (PHAEN_OUTLINE_VIEW (self->outline_view), plan);
  g_signal_connect_object (self->outline_view, "message", G_CALLBACK (outline_message_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->outline_view, "notify::selected-item", G_CALLBACK (outline_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->outline_view, "row-activated", G_CALLBACK (outline_row_activated_cb),
                           self, G_CONNECT_SWAPPED);

  /* The forms are made when first shown (form()), and so are the other
   * views of the stack (ensure_view()): the first frame shows the outline
   * and the plan's details only. */

  g_signal_connect_object (self->view_stack, "notify::visible-child-name", G_CALLBACK (view_changed_cb),
                           self, G_CONNECT_SWAPPED);

  g_signal_connect_object (plan, "changed", G_CALLBACK (schedule_check), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (plan, "edit-refused", G_CALLBACK (edit_refused_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (plan, "changed", G_CALLBACK (schedule_autosave), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  /* The first check waits for the first frame, like every other one. */
  schedule_check (self);
  show_form (self, "plan");
  after_first_frame (self);
}

void
phaen_window_set_plan (PhaenWindow  *self,
                       PhaenPlan    *plan,
                       GFile        *file,
                       PhaenFileStamp *stamp)
{
  g_return_if_fail (PHAEN_IS_WINDOW (self));
  g_return_if_fail (PHAEN_IS_PLAN (plan));
  g_return_if_fail (self->plan_file == NULL);

  self->plan_file = phaen_plan_file_new (plan, file, stamp);
  g_signal_connect_object (self->plan_file, "notify", G_CALLBACK (plan_file_notify_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (phaen_plan_get_history (plan), "changed",
                           G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);

  create_views (self, plan);

  gtk_stack_set_visible_child_name (self->main_stack, "plan");
  update_title (self);
  phaen_window_update_actions (self);
  phaen_window_update_undo_menu (self);

  if (file != NULL)
    phaen_start_page_add_recent (file, phaen_plan_file_get_title (self->plan_file),
                                 phaen_plan_get_organisation_name (phaen_plan_file_get_plan (self->plan_file)),
                                 phaen_plan_get_fiscal_year (phaen_plan_file_get_plan (self->plan_file)));
  if (g_getenv ("PHAEN_BENCH") != NULL)
    bench_start (self);
}

PhaenPlanFile *
phaen_window_get_plan_file (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return self->plan_file;
}

GFile *
phaen_window_get_file (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), NULL);
  return self->plan_file != NULL ? phaen_plan_file_get_file (self->plan_file) : NULL;
}

gboolean
phaen_window_is_empty (PhaenWindow *self)
{
  g_return_val_if_fail (PHAEN_IS_WINDOW (self), FALSE);
  return self->plan_file == NULL;
}

/* A window to show another plan in: this one while it is empty. */
static PhaenWindow *
phaen_window_target (PhaenWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->plan_file == NULL || app == NULL)
    return self;
  return phaen_window_get_empty (app);
}

PhaenWindow *
phaen_window_find (GtkApplication *app,
                   GFile          *file)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    {
      GFile *shown;

      if (!PHAEN_IS_WINDOW (l->data))
        continue;
      shown = phaen_window_get_file (l->data);
      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }
  return NULL;
}

PhaenWindow *
phaen_window_get_empty (GtkApplication *app)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (app), NULL);

  for (GList *l = gtk_application_get_windows (app); l != NULL; l = l->next)
    if (PHAEN_IS_WINDOW (l->data) && phaen_window_is_empty (l->data))
      return l->data;
  return g_object_new (PHAEN_TYPE_WINDOW, "application", app, NULL);
}

/* ---- opening -------------------------------------------------------------- */

typedef struct
{
  PhaenWindow *window;
  GFile       *file;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_clear_object (&data->window);
  g_clear_object (&data->file);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenData, open_data_free)

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(OpenData) data = user_data;
  PhaenWindow *self = data->window;
  GFile *file = data->file;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenPlan) plan = NULL;
  PhaenFileStamp *stamp = NULL;

  plan = phaen_file_load_finish (result, &stamp, &error);
  gtk_widget_set_sensitive (GTK_WIDGET (self->start_page), TRUE);
  if (plan == NULL)
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could not open “%s”"), name);

      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        phaen_window_show_error (self, heading, error);
      return;
    }

  if (self->plan_file != NULL)
    {
      /* The window got a plan meanwhile: show this one elsewhere. */
      PhaenWindow *other = phaen_window_target (self);

      phaen_window_set_plan (other, plan, file, stamp);
      gtk_window_present (GTK_WINDOW (other));
      return;
    }
  phaen_window_set_plan (self, plan, file, stamp);
  phaen_window_remember_folder (self, "last-folder", file);
}

void
phaen_window_open_file (PhaenWindow *self,
                        GFile       *file)
{
  GtkApplication *app;
  PhaenWindow *window;
  OpenData *data;

  g_return_if_fail (PHAEN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (app != NULL)
    {
      PhaenWindow *showing = phaen_window_find (app, file);

      if (showing != NULL)
        {
          gtk_window_present (GTK_WINDOW (showing));
          return;
        }
    }

  window = phaen_window_target (self);
  gtk_widget_set_sensitive (GTK_WIDGET (window->start_page), FALSE);
  data = g_new0 (OpenData, 1);
  data->window = g_object_ref (window);
  data->file = g_object_ref (file);
  /* A plan named on the command line may be read already. */
  if (!phaen_preload_take (file, load_cb, data))
    phaen_file_load_async (file, window->cancellable, load_cb, data);
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_response_cb (GtkNativeDialog *native,
                  int              response,
                  PhaenWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      phaen_window_open_file (self, file);
    }
  g_object_unref (native);
}

static void
phaen_window_choose_and_open (PhaenWindow *self)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = plan_filter ();
  g_autoptr(GFile) folder = phaen_window_settings_folder (self, "last-folder");

  native = gtk_file_chooser_native_new (_("Open a Plan"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN,
                                        _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  g_signal_connect (native, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- new plan ------------------------------------------------------------ */

static void
new_plan_create_cb (PhaenNewPlanDialog *dialog,
                    PhaenPlan          *plan,
                    PhaenWindow        *self)
{
  PhaenWindow *window = phaen_window_target (self);

  phaen_window_set_plan (window, plan, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
}

static void
phaen_window_new_plan (PhaenWindow *self)
{
  PhaenNewPlanDialog *dialog = phaen_new_plan_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "create", G_CALLBACK (new_plan_create_cb), self, G_CONNECT_DEFAULT);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- CSV in as a new plan --------------------------------------------------- */

gboolean
phaen_window_import_csv (PhaenWindow *self,
                         GFile       *file,
                         gboolean     into)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  PhaenPlan *plan = phaen_window_get_plan (self);

  g_return_val_if_fail (PHAEN_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (!into || plan != NULL, FALSE);

  if (!phaen_window_read_import_file (self, file, &contents, &length))
    return FALSE;

  if (into)
    {
      if (!phaen_csv_import_into (plan, contents, length, name, &error))
        {
          phaen_window_show_import_problems (self, file, error);
          return FALSE;
        }
      phaen_window_toast (self, _("The projects are imported. Undo takes them out again."));
    }
  else
    {
      g_autoptr(PhaenPlan) fresh = phaen_plan_new ();
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      PhaenWindow *window;

      if (!phaen_csv_import (fresh, contents, length, name, &error))
        {
          phaen_window_show_import_problems (self, file, error);
          return FALSE;
        }
      phaen_plan_fill_default_texts (fresh);
      window = phaen_window_target (self);
      phaen_window_set_plan (window, fresh, NULL, NULL);
      /* The CSV has projects only: the organisation comes next. */
      phaen_window_show_item (window, fresh, "organisation-name");
      gtk_window_present (GTK_WINDOW (window));
    }
  phaen_window_remember_folder (self, "last-import-folder", file);
  return TRUE;
}

static void
import_response_cb (GtkNativeDialog *native,
                    int              response,
                    PhaenWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      gboolean into = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (native), "phaen-into"));

      phaen_window_import_csv (self, file, into);
    }
  g_object_unref (native);
}

static void
phaen_window_choose_import_csv (PhaenWindow *self,
                                gboolean     into)
{
  GtkFileChooserNative *native = phaen_window_import_chooser (self, into ? _("Import Projects into This Plan")
                                                                           : _("Import Projects as a New Plan"));

  g_object_set_data (G_OBJECT (native), "phaen-into", GINT_TO_POINTER (into));
  g_signal_connect (native, "response", G_CALLBACK (import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- saving -------------------------------------------------------------- */

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PhaenWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!phaen_plan_file_save_finish (PHAEN_PLAN_FILE (source), result, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *heading = g_strdup_printf (_("Could not save “%s”"), name);

      phaen_window_show_error (self, heading, error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  phaen_window_remember_folder (self, "last-folder", file);
  phaen_start_page_add_recent (file, phaen_plan_file_get_title (self->plan_file),
                                 phaen_plan_get_organisation_name (phaen_plan_file_get_plan (self->plan_file)),
                                 phaen_plan_get_fiscal_year (phaen_plan_file_get_plan (self->plan_file)));
  /* Saved: the recovery copy has served (edits made meanwhile start a
   * new one). */
  if (!phaen_plan_file_get_modified (self->plan_file))
    forget_draft (self);
  g_task_return_boolean (task, TRUE);
}

static void
start_save (GTask *task)
{
  PhaenWindow *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);

  phaen_plan_file_save_async (self->plan_file, file, self->cancellable, save_done_cb, task);
}

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       gpointer          user_data)
{
  GTask *task = user_data;

  if (g_strcmp0 (response, "replace") == 0)
    {
      start_save (task);
      return;
    }
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Not saved."));
  g_object_unref (task);
}

void
phaen_window_save_async (PhaenWindow         *self,
                         GFile               *file,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PHAEN_IS_WINDOW (self));
  g_return_if_fail (self->plan_file != NULL);

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, phaen_window_save_async);
  if (file == NULL)
    file = phaen_plan_file_get_file (self->plan_file);
  g_return_if_fail (file != NULL);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);

  /* The file on disk is not what this window last read or wrote: another
   * program (or another officer on a shared folder) changed it. A file
   * chosen in Save As was already confirmed by the file chooser. */
  if (phaen_plan_file_get_file (self->plan_file) != NULL &&
      g_file_equal (file, phaen_plan_file_get_file (self->plan_file)) &&
      !phaen_plan_file_check_disk (self->plan_file, file))
    {
      g_autofree char *name = g_file_get_basename (file);
      AdwMessageDialog *dialog;

      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                           _("The File Changed on Disk"), NULL));
      adw_message_dialog_format_body (dialog,
                                      _("Someone changed “%s” after you opened it. Saving replaces their changes with yours. "
                                        "To keep both, choose Save As and give your plan another name."),
                                      name);
      adw_message_dialog_add_responses (dialog,
                                        "cancel", _("_Cancel"),
                                        "replace", _("_Replace"),
                                        NULL);
      adw_message_dialog_set_response_appearance (dialog, "replace", ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_default_response (dialog, "cancel");
      adw_message_dialog_set_close_response (dialog, "cancel");
      g_signal_connect (dialog, "response", G_CALLBACK (overwrite_response_cb), g_steal_pointer (&task));
      phaen_window_ask (self, dialog);
      return;
    }

  start_save (g_steal_pointer (&task));
}

gboolean
phaen_window_save_finish (PhaenWindow   *self,
                          GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
saved_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (phaen_window_save_finish (PHAEN_WINDOW (source), result, &error))
    phaen_window_toast (PHAEN_WINDOW (source), _("Saved"));
}

static void
save_as_response_cb (GtkNativeDialog *native,
                     int              response,
                     PhaenWindow     *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *basename = g_file_get_basename (chosen);
      g_autoptr(GFile) file = NULL;

      /* The file format has one extension; add it when it was left out. */
      if (g_str_has_suffix (basename, PHAEN_FILE_EXTENSION))
        file = g_object_ref (chosen);
      else
        {
          g_autoptr(GFile) parent = g_file_get_parent (chosen);
          g_autofree char *named = g_strconcat (basename, PHAEN_FILE_EXTENSION, NULL);

          file = g_file_get_child (parent, named);
        }
      phaen_window_save_async (self, file, saved_cb, NULL);
    }
  g_object_unref (native);
}

static void
phaen_window_save_as (PhaenWindow *self)
{
  GtkFileChooserNative *native;
  g_autoptr(GtkFileFilter) filter = plan_filter ();
  g_autoptr(GFile) folder = phaen_window_settings_folder (self, "last-folder");
  g_autofree char *name = NULL;
  PhaenPlan *plan = phaen_window_get_plan (self);
  GFile *current = phaen_window_get_file (self);

  native = gtk_file_chooser_native_new (_("Save the Plan"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
  if (current == NULL)
    current = phaen_plan_file_get_original (self->plan_file);
  if (current != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (native), current, NULL);
  else
    {
      const char *organisation = phaen_plan_get_organisation_name (plan);

      /* The suggested file name: organisation and fiscal year. */
      name = g_strdup_printf ("%s %u" PHAEN_FILE_EXTENSION,
                              *organisation != '\0' ? organisation : _("Plan"),
                              phaen_plan_get_fiscal_year (plan));
      g_strdelimit (name, "/\\", '-');
      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);
    }
  g_signal_connect (native, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

/* ---- closing ------------------------------------------------------------- */

static void
close_saved_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PhaenWindow *self = PHAEN_WINDOW (source);

  if (!phaen_window_save_finish (self, result, NULL))
    {
      g_task_return_boolean (task, FALSE);
      return;
    }
  self->closing_confirmed = TRUE;
  g_task_return_boolean (task, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
close_save_as_response_cb (GtkNativeDialog *native,
                           int              response,
                           GTask           *task)
{
  PhaenWindow *self = g_task_get_source_object (task);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      phaen_window_save_async (self, file, close_saved_cb, task);
    }
  else
    {
      g_task_return_boolean (task, FALSE);
      g_object_unref (task);
    }
  g_object_unref (native);
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     gpointer          user_data)
{
  GTask *task = user_data;
  PhaenWindow *self = g_task_get_source_object (task);

  if (g_strcmp0 (response, "discard") == 0)
    {
      forget_draft (self);
      self->closing_confirmed = TRUE;
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "save") == 0)
    {
      if (phaen_window_get_file (self) != NULL)
        phaen_window_save_async (self, NULL, close_saved_cb, task);
      else
        {
          GtkFileChooserNative *native;
          g_autoptr(GtkFileFilter) filter = plan_filter ();

          native = gtk_file_chooser_native_new (_("Save the Plan"), GTK_WINDOW (self),
                                                GTK_FILE_CHOOSER_ACTION_SAVE,
                                                _("_Save"), _("_Cancel"));
          gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
          g_signal_connect (native, "response", G_CALLBACK (close_save_as_response_cb), task);
          gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
        }
    }
  else
    {
      g_task_return_boolean (task, FALSE);
      g_object_unref (task);
    }
}

void
phaen_window_close_async (PhaenWindow         *self,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  AdwMessageDialog *dialog;

  g_return_if_fail (PHAEN_IS_WINDOW (self));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, phaen_window_close_async);

  if (self->plan_file == NULL || !phaen_plan_file_get_modified (self->plan_file))
    {
      forget_draft (self);
      self->closing_confirmed = TRUE;
      g_task_return_boolean (task, TRUE);
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  gtk_window_present (GTK_WINDOW (self));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Save Changes?"), NULL));
  adw_message_dialog_format_body (dialog,
                                  _("“%s” has changes that are not saved yet. If you close without saving, they are lost."),
                                  phaen_plan_file_get_title (self->plan_file));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (unsaved_response_cb), g_steal_pointer (&task));
  phaen_window_ask (self, dialog);
}

gboolean
phaen_window_close_finish (PhaenWindow  *self,
                           GAsyncResult *result)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), NULL);
}

static gboolean
phaen_window_close_request (GtkWindow *window)
{
  PhaenWindow *self = PHAEN_WINDOW (window);

  if (!self->closing_confirmed && self->plan_file != NULL &&
      !phaen_plan_file_get_modified (self->plan_file))
    forget_draft (self);
  if (self->closing_confirmed || self->plan_file == NULL ||
      !phaen_plan_file_get_modified (self->plan_file))
    return GTK_WINDOW_CLASS (phaen_window_parent_class)->close_request (window);

  if (self->question == NULL)
    phaen_window_close_async (self, NULL, NULL);
  return TRUE;
}

/* ---- GObject ----------------------------------------------------------------- */

static void
phaen_window_save_size (PhaenWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_int (self->settings, "sidebar-position", gtk_paned_get_position (self->paned));
}

static void phaen_window_realize (GtkWidget *widget);

static void
phaen_window_unrealize (GtkWidget *widget)
{
  phaen_window_save_size (PHAEN_WINDOW (widget));
  GTK_WIDGET_CLASS (phaen_window_parent_class)->unrealize (widget);
}

static void
phaen_window_dispose (GObject *object)
{
  PhaenWindow *self = PHAEN_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  if (self->job_cancellable != NULL)
    g_cancellable_cancel (self->job_cancellable);
  g_clear_object (&self->job_cancellable);
  g_clear_handle_id (&self->job_pulse, g_source_remove);
  g_clear_handle_id (&self->warm_up_id, g_source_remove);
  g_clear_handle_id (&self->check_idle, g_source_remove);
  /* Not forget_draft(): a window going away without being closed (a
   * test, a crash in the making) leaves its recovery copy. */
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHAEN_TYPE_WINDOW);
  g_clear_object (&self->plan_file);

  G_OBJECT_CLASS (phaen_window_parent_class)->dispose (object);
}

static void
phaen_window_finalize (GObject *object)
{
  PhaenWindow *self = PHAEN_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (phaen_window_parent_class)->finalize (object);
}

/* ---- actions on the window's plan and file ------------------------------------ */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  phaen_window_new_plan (PHAEN_WINDOW (widget));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  phaen_window_choose_and_open (PHAEN_WINDOW (widget));
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  phaen_window_open_file (PHAEN_WINDOW (widget), file);
}

static void
draft_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  const char *id = g_variant_get_string (parameter, NULL);

  if (g_str_equal (action_name, "win.restore-draft"))
    phaen_window_restore_draft (PHAEN_WINDOW (widget), id);
  else
    phaen_window_discard_draft (PHAEN_WINDOW (widget), id);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PhaenWindow *self = PHAEN_WINDOW (widget);

  if (phaen_window_get_file (self) == NULL)
    phaen_window_save_as (self);
  else
    phaen_window_save_async (self, NULL, saved_cb, NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  phaen_window_save_as (PHAEN_WINDOW (widget));
}

static void
import_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PhaenWindow *self = PHAEN_WINDOW (widget);
  gboolean into = g_str_equal (action_name, "win.import-csv-into");

  if (into && phaen_window_get_plan (self) == NULL)
    return;
  phaen_window_choose_import_csv (self, into);
}

static void
phaen_window_class_init (PhaenWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = phaen_window_dispose;
  object_class->finalize = phaen_window_finalize;
  widget_class->unrealize = phaen_window_unrealize;
  widget_class->realize = phaen_window_realize;
  window_class->close_request = phaen_window_close_request;

  g_type_ensure (PHAEN_TYPE_START_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/phaen/Phaen/ui/phaen-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, start_page);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, start_menu);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, start_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, outline_box);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, plan_nav);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, texts_nav);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, editions_nav);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, signed_nav);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, units_nav);
  gtk_widget_class_bind_template_callback (widget_class, nav_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, summary_box);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, timeline_box);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, timeline_grouping);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, preview_box);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, monitoring_box);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, problems_button);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, problems_badge);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, problems_icon);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, problems_popover);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, problems_box);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, undo_section);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, job_revealer);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, job_label);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, job_progress);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, app_section);
  gtk_widget_class_bind_template_child (widget_class, PhaenWindow, start_app_section);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.restore-draft", "s", draft_action);
  gtk_widget_class_install_action (widget_class, "win.discard-draft", "s", draft_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.import-csv", NULL, import_csv_action);
  gtk_widget_class_install_action (widget_class, "win.import-csv-into", NULL, import_csv_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  phaen_window_class_init_actions (widget_class);
}

/* A main menu's popover is made the first time it opens (its model
 * stays current meanwhile: the undo step's name, the windows' list). */
static void
create_menu_popup_cb (GtkMenuButton *button,
                      gpointer       model)
{
  if (gtk_menu_button_get_popover (button) == NULL)
    gtk_menu_button_set_menu_model (button, G_MENU_MODEL (model));
}

static void
phaen_window_init (PhaenWindow *self)
{
  GtkWidget *scroller;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_popup_cb, self->primary_menu, NULL);
  gtk_menu_button_set_create_popup_func (self->start_menu_button, create_menu_popup_cb, self->start_menu, NULL);

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (SETTINGS_SCHEMA_ID);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_paned_set_position (self->paned, g_settings_get_int (self->settings, "sidebar-position"));

  /* The problems popover: a list, or a line saying there is none. */
  self->problems_empty = gtk_label_new (_("Nothing is missing: the plan is ready to print."));
  gtk_widget_set_margin_top (self->problems_empty, 12);
  gtk_widget_set_margin_bottom (self->problems_empty, 12);
  gtk_widget_set_margin_start (self->problems_empty, 12);
  gtk_widget_set_margin_end (self->problems_empty, 12);
  gtk_box_append (self->problems_box, self->problems_empty);
  self->problems_list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->problems_list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->problems_list, "boxed-list");
  g_signal_connect (self->problems_list, "row-activated", G_CALLBACK (problem_activated_cb), self);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), PROBLEMS_MAX_HEIGHT);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scroller, PROBLEMS_WIDTH, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->problems_list);
  gtk_box_append (self->problems_box, scroller);

  phaen_window_add_view_shortcuts (self);
  update_title (self);
  phaen_window_update_actions (self);
}

static void
phaen_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (phaen_window_parent_class)->realize (widget);
  /* The application is known by now: leave out the drafts of plans open
   * in other windows. */
  reload_drafts (PHAEN_WINDOW (widget));
}

PhaenWindow *
phaen_window_new (GtkApplication *app)
{
  return g_object_new (PHAEN_TYPE_WINDOW, "application", app, NULL);
}
