/* test-export.c: the PDF exported in a worker thread (progress in the
 * caller's main context, cancellation, atomic write) and the laid-out
 * document a preview uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <poppler.h>

#include "io/phaen-file.h"
#include "phaen-document.h"
#include "phaen-pdf.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)

typedef struct
{
  GThread      *main_thread;
  guint         calls;
  guint         last_done;
  guint         last_total;
  gboolean      finished;          /* the ready callback has run */
  gboolean      late_progress;     /* progress after it */
  GCancellable *cancel_after;      /* cancelled at the call @cancel_at */
  guint         cancel_at;
  GAsyncResult *result;
} Job;

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  Job *job = user_data;

  /* Delivered in the caller's thread, in order, within range. */
  g_assert_true (g_thread_self () == job->main_thread);
  g_assert_cmpuint (done, <=, total);
  g_assert_cmpuint (done, >=, job->last_done);
  if (job->finished)
    job->late_progress = TRUE;

  job->calls++;
  job->last_done = done;
  job->last_total = total;

  if (job->cancel_after != NULL && job->calls == job->cancel_at)
    g_cancellable_cancel (job->cancel_after);
}

static void
ready_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  Job *job = user_data;

  g_assert_true (g_thread_self () == job->main_thread);
  job->finished = TRUE;
  job->result = g_object_ref (result);
}

static void
job_init (Job *job)
{
  memset (job, 0, sizeof *job);
  job->main_thread = g_thread_self ();
}

static void
job_wait (Job *job)
{
  while (!job->finished)
    g_main_context_iteration (NULL, TRUE);
  /* Anything still queued would be a progress call after the end. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (job->late_progress);
}

static PhaenPlan *
load_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_SAMPLES"), "chanthanimit-2569.phaen", NULL);
  g_autoptr(GError) error = NULL;
  PhaenPlan *plan = phaen_file_load (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);

  return plan;
}

static char *
temp_path (const char *name)
{
  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) doc = poppler_document_new_from_file (uri, NULL, &error);

  g_assert_no_error (error);

  return poppler_document_get_n_pages (doc);
}

static void
test_export_async (void)
{
  g_autoptr(PhaenPlan) plan = load_sample ();
  g_autofree char *path = temp_path ("plan.pdf");
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) sync = NULL;
  g_autofree char *written = NULL;
  gsize length;
  guint n_pages = 0, sync_pages = 0;
  Job job;

  job_init (&job);
  phaen_pdf_export_async (plan, NULL, out, NULL, progress_cb, &job, ready_cb, &job);
  /* Nothing happens in the caller's thread before its main loop runs. */
  g_assert_cmpuint (job.calls, ==, 0);
  job_wait (&job);

  g_assert_true (phaen_pdf_export_finish (job.result, &n_pages, &warnings, &error));
  g_assert_no_error (error);
  g_assert_nonnull (warnings);
  g_clear_object (&job.result);

  /* Progress came, and ended at the whole: a layout and a write step per
   * page. */
  g_assert_cmpuint (job.calls, >=, 2);
  g_assert_cmpuint (job.last_done, ==, job.last_total);
  g_assert_cmpuint (job.last_total, ==, 2 * n_pages);

  /* The file is the same PDF as the synchronous render. */
  g_assert_cmpuint (pdf_pages (path), ==, n_pages);
  sync = phaen_pdf_render (plan, NULL, NULL, &sync_pages, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sync_pages, ==, n_pages);
  g_assert_true (g_file_get_contents (path, &written, &length, NULL));
  g_assert_cmpmem (written, length, g_bytes_get_data (sync, NULL), g_bytes_get_size (sync));
  g_unlink (path);
}

/* The export works on a snapshot taken at the call: edits made while it
 * runs are not in the file. */
static void
test_export_snapshot (void)
{
  g_autoptr(PhaenPlan) plan = load_sample ();
  g_autofree char *path = temp_path ("snapshot.pdf");
  g_autofree char *uri = NULL;
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(PhaenProject) project = g_list_model_get_item (phaen_plan_get_projects (plan), 0);
  g_autofree char *before = g_strdup (phaen_project_get_name (project));
  Job job;

  job_init (&job);
  phaen_pdf_export_async (plan, NULL, out, NULL, NULL, NULL, ready_cb, &job);
  phaen_project_set_name (project, "ZZZZ renamed after the export began");
  job_wait (&job);
  g_assert_true (phaen_pdf_export_finish (job.result, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&job.result);

  uri = g_filename_to_uri (path, NULL, NULL);
  doc = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      PopplerPage *page = poppler_document_get_page (doc, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_object_unref (page);
    }
  g_assert_null (strstr (text->str, "ZZZZ"));
  {
    g_autofree char *start = g_utf8_substring (before, 0, 8);

    g_assert_nonnull (strstr (text->str, start));
  }
  g_unlink (path);
}

static void
test_export_cancelled (void)
{
  g_autoptr(PhaenPlan) plan = load_sample ();
  g_autofree char *path = temp_path ("cancelled.pdf");
  g_autofree char *kept = temp_path ("kept.pdf");
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(GFile) kept_out = g_file_new_for_path (kept);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) dir = NULL;
  guint n_pages = 99;
  Job job;

  /* Cancelled while it lays the pages out: no file. */
  job_init (&job);
  job.cancel_after = cancellable;
  job.cancel_at = 1;
  phaen_pdf_export_async (plan, NULL, out, cancellable, progress_cb, &job, ready_cb, &job);
  job_wait (&job);
  g_assert_false (phaen_pdf_export_finish (job.result, &n_pages, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (n_pages, ==, 0);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_object (&job.result);
  g_clear_error (&error);

  /* Cancelled while it writes, over an existing file: the old file
   * stays as it was, no temporary file is left. */
  g_assert_true (g_file_set_contents (kept, "old contents", -1, NULL));
  g_cancellable_reset (cancellable);
  job_init (&job);
  phaen_pdf_export_async (plan, NULL, kept_out, cancellable, progress_cb, &job, ready_cb, &job);
  while (job.last_total == 0 || job.last_done <= job.last_total / 2)
    {
      if (job.finished)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
  g_cancellable_cancel (cancellable);
  job_wait (&job);
  if (phaen_pdf_export_finish (job.result, NULL, NULL, &error))
    g_test_message ("the export ended before it could be cancelled");
  else
    {
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "old contents");
    }
  g_clear_object (&job.result);

  dir = g_dir_open (g_get_tmp_dir (), 0, NULL);
  for (const char *name = g_dir_read_name (dir); name != NULL; name = g_dir_read_name (dir))
    g_assert_false (g_str_has_prefix (name, "kept.pdf.") || g_str_has_prefix (name, "cancelled.pdf"));
  g_unlink (kept);

  /* Cancelled before it starts. */
  job_init (&job);
  phaen_pdf_export_async (plan, NULL, out, cancellable, NULL, NULL, ready_cb, &job);
  job_wait (&job);
  g_clear_error (&error);
  g_assert_false (phaen_pdf_export_finish (job.result, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_object (&job.result);
}

static void
test_export_error (void)
{
  g_autoptr(PhaenPlan) plan = load_sample ();
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "no-such-folder", "plan.pdf", NULL);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  Job job;

  job_init (&job);
  phaen_pdf_export_async (plan, NULL, out, NULL, NULL, NULL, ready_cb, &job);
  job_wait (&job);
  g_assert_false (phaen_pdf_export_finish (job.result, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED));
  g_clear_object (&job.result);
}

static gboolean
page_shows_text (PhaenPage  *page,
                 const char *needle)
{
  for (guint i = 0; i < page->ops->len; i++)
    {
      const PhaenPageOp *op = &g_array_index (page->ops, PhaenPageOp, i);

      if (op->kind == PHAEN_PAGE_OP_TEXT && strstr (pango_layout_get_text (op->layout), needle) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_document_async (void)
{
  g_autoptr(PhaenPlan) plan = load_sample ();
  g_autoptr(PhaenDocument) document = NULL;
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *projects = phaen_plan_get_projects (plan);
  guint n_projects = g_list_model_get_n_items (projects);
  g_autofree char *label = NULL;
  Job job;

  job_init (&job);
  phaen_document_new_async (plan, NULL, NULL, progress_cb, &job, ready_cb, &job);
  job_wait (&job);
  document = phaen_document_new_finish (job.result, &warnings, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_clear_object (&job.result);

  /* A step per page laid out. */
  g_assert_cmpuint (job.last_total, ==, phaen_document_get_n_pages (document));
  g_assert_cmpuint (job.last_done, ==, job.last_total);
  g_assert_cmpuint (phaen_document_get_pages (document)->len, ==, phaen_document_get_n_pages (document));

  /* Every project is found on a page that shows its name; the cover has
   * no label, the first table page one. */
  g_assert_cmpuint (n_projects, >, 5);
  for (guint i = 0; i < n_projects; i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);
      gint index = phaen_document_find_project_page (document, phaen_project_get_id (project));
      PhaenPage *page;
      g_autofree char *start = NULL;

      g_assert_cmpint (index, >=, 0);
      page = phaen_document_get_page (document, index);
      g_assert_cmpint (page->orientation, ==, PHAEN_PAGE_LANDSCAPE);
      /* The first few characters of its name are on that page (a long
       * name may wrap). */
      start = g_utf8_substring (phaen_project_get_name (project), 0, 6);
      g_assert_true (page_shows_text (page, start));
      /* No earlier page shows the row. */
      for (gint k = 0; k < index; k++)
        g_assert_false (phaen_page_has_project (phaen_document_get_page (document, k),
                                                phaen_project_get_id (project)));
    }
  g_assert_cmpint (phaen_document_find_project_page (document, "no-such-project"), ==, -1);
  g_assert_null (phaen_document_dup_page_label (document, 0));
  label = phaen_document_dup_page_label (document, phaen_document_get_n_pages (document) - 1);
  g_assert_nonnull (label);
  /* Laid out from a snapshot, not the caller's plan. */
  g_assert_true (phaen_document_get_plan (document) != NULL);
  g_assert_true (phaen_document_get_plan (document) != plan);
  g_assert_nonnull (phaen_document_get_context (document));
}

static void
test_document_cancelled (void)
{
  g_autoptr(PhaenPlan) plan = load_sample ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenRenderContext) ctx = phaen_render_context_new (plan, NULL, NULL, &error);
  g_autoptr(GPtrArray) pages = NULL;
  Job job;

  g_assert_no_error (error);
  job_init (&job);
  job.cancel_after = cancellable;
  job.cancel_at = 3;
  pages = phaen_document_layout_full (ctx, cancellable, progress_cb, &job, &error);
  g_assert_null (pages);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* It stopped soon after: at most the front matter was laid out. */
  g_assert_cmpuint (job.calls, <, 12);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/export/async", test_export_async);
  g_test_add_func ("/export/snapshot", test_export_snapshot);
  g_test_add_func ("/export/cancelled", test_export_cancelled);
  g_test_add_func ("/export/error", test_export_error);
  g_test_add_func ("/document/async", test_document_async);
  g_test_add_func ("/document/cancelled", test_document_cancelled);

  return g_test_run ();
}
