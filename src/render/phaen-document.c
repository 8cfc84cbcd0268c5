/* phaen-document.c: assembly of the printed plan, page numbers and the
 * contents
 *
 * Two passes: every part is laid out first; then the pages are numbered;
 * then the contents is built from the real numbers. The contents sits in
 * the front matter after the foreword, so its own length never moves a
 * page it points at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <string.h>

#include "phaen-document.h"
#include "phaen-forms.h"
#include "phaen-front.h"
#include "phaen-render-private.h"
#include "phaen-render-task.h"

#define PAGE_NUMBER_SIZE 16.0


/* Letters used to number the front matter, in the order Thai documents
 * count with them (the obsolete ฃ and ฅ are skipped). */
static const char * const front_letters[] = {
  "ก", "ข", "ค", "ง", "จ", "ฉ", "ช", "ซ", "ฌ", "ญ", "ฎ", "ฏ", "ฐ", "ฑ",
  "ฒ", "ณ", "ด", "ต", "ถ", "ท", "ธ", "น", "บ", "ป", "ผ", "ฝ", "พ", "ฟ",
  "ภ", "ม", "ย", "ร", "ล", "ว", "ศ", "ษ", "ส", "ห", "ฬ", "อ", "ฮ",
};

/* Front page @number (1-based) as letters: ก … ฮ, then กก, กข … */
static char *
front_label (guint number)
{
  const guint n = G_N_ELEMENTS (front_letters);

  g_assert (number >= 1);

  if (number <= n)
    return g_strdup (front_letters[number - 1]);

  return g_strconcat (front_letters[((number - 1) / n - 1) % n],
                      front_letters[(number - 1) % n], NULL);
}

char *
phaen_document_page_label (PhaenRenderContext *ctx,
                           const PhaenPage    *page)
{
  g_autofree char *arabic = NULL;

  g_return_val_if_fail (ctx != NULL, NULL);
  g_return_val_if_fail (page != NULL, NULL);

  switch (page->numbering)
    {
    case PHAEN_PAGE_NUMBER_FRONT:
      return front_label (MAX (page->number, 1));
    case PHAEN_PAGE_NUMBER_BODY:
      arabic = g_strdup_printf ("%u", page->number);
      return phaen_render_digits (ctx, arabic);
    case PHAEN_PAGE_NUMBER_NONE:
    default:
      return NULL;
    }
}

/* Numbers @pages (from *@counter on) if they carry @numbering. */
static void
number_pages (GPtrArray          *pages,
              PhaenPageNumbering  numbering,
              guint              *counter)
{
  for (guint i = 0; i < pages->len; i++)
    {
      PhaenPage *page = g_ptr_array_index (pages, i);

      if (page->numbering == numbering)
        page->number = ++*counter;
    }
}

/* "- ๑๒ -" in the band under the top margin, at the right. */
static void
draw_page_number (PhaenRenderContext *ctx,
                  PhaenPage          *page)
{
  g_autofree char *label = phaen_document_page_label (ctx, page);
  g_autofree char *text = NULL;
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;
  double top, right, height;

  if (label == NULL)
    return;

  if (page->orientation == PHAEN_PAGE_LANDSCAPE)
    {
      top = PHAEN_LANDSCAPE_MARGIN_TOP;
      right = page->width - PHAEN_LANDSCAPE_MARGIN_RIGHT;
    }
  else
    {
      top = PHAEN_PORTRAIT_MARGIN_TOP;
      right = page->width - PHAEN_PORTRAIT_MARGIN_RIGHT;
    }

  text = g_strdup_printf ("- %s -", label);
  layout = phaen_render_text (ctx, text, PAGE_NUMBER_SIZE, PHAEN_TEXT_NO_DIGITS, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  height = logical.height / (double) PANGO_SCALE;

  phaen_page_add_text (page, layout,
                       right - logical.width / (double) PANGO_SCALE,
                       top + (PHAEN_PAGE_NUMBER_BAND - height) / 2);
}

/* Label of the first page of @pages, or NULL when it is empty. */
static char *
first_label (PhaenRenderContext *ctx,
             GPtrArray          *pages,
             guint               index)
{
  if (index >= pages->len)
    return NULL;

  return phaen_document_page_label (ctx, g_ptr_array_index (pages, index));
}

/* Makes sure a form's first page opens a level-2 bookmark. */
static void
ensure_form_bookmark (PhaenRenderContext *ctx,
                      GPtrArray          *pages,
                      const char         *title)
{
  PhaenPage *page;

  if (pages->len == 0)
    return;

  page = g_ptr_array_index (pages, 0);
  if (page->bookmark == NULL)
    {
      g_autofree char *converted = phaen_render_digits (ctx, title);

      phaen_page_set_bookmark (page, converted, 2);
    }
}

/* Lays the document out under the job of @ctx, if any: NULL when the
 * job is cancelled. */
static GPtrArray *
document_layout (PhaenRenderContext *ctx)
{
  g_autoptr(GPtrArray) document = NULL;
  g_autoptr(GPtrArray) announcement = NULL;
  g_autoptr(GPtrArray) foreword = NULL;
  g_autoptr(GPtrArray) part1 = NULL;
  g_autoptr(GPtrArray) divider = NULL;
  g_autoptr(GPtrArray) pd01 = NULL;
  g_autoptr(GPtrArray) pd02 = NULL;
  g_autoptr(GPtrArray) pd021 = NULL;
  g_autoptr(GPtrArray) contents = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  g_autoptr(GArray) entries = NULL;
  PhaenPage *cover;
  guint marks[PHAEN_PART1_N_MARKS] = { 0 };
  guint front = 0;
  guint body = 0;

  g_return_val_if_fail (ctx != NULL, NULL);
  g_return_val_if_fail (PHAEN_IS_PLAN (ctx->plan), NULL);

  /* Pass 1: lay out every part (each stops early when the job is
   * cancelled; what they return is then thrown away). */
  cover = phaen_front_cover (ctx);
  phaen_render_job_page_added (ctx);
  announcement = phaen_front_announcement (ctx);
  foreword = phaen_front_foreword (ctx);
  part1 = phaen_front_part1 (ctx, marks);
  pd01 = phaen_forms_pd01 (ctx);
  pd02 = phaen_forms_pd02 (ctx);
  pd021 = phaen_forms_pd021 (ctx);
  divider = g_ptr_array_new_with_free_func ((GDestroyNotify) phaen_page_free);
  g_ptr_array_add (divider, phaen_front_part2_divider (ctx, pd021->len > 0));
  if (!phaen_render_job_page_added (ctx))
    {
      phaen_page_free (cover);
      return NULL;
    }

  ensure_form_bookmark (ctx, pd01, PHAEN_FRONT_PD01_TITLE " (แบบ ผด.01)");
  ensure_form_bookmark (ctx, pd02, PHAEN_FRONT_PD02_TITLE " (แบบ ผด.02)");
  ensure_form_bookmark (ctx, pd021, PHAEN_FRONT_PD021_TITLE " (แบบ ผด.02/1)");

  /* Pass 2: number the pages. Forms are body pages whatever they say. */
  number_pages (announcement, PHAEN_PAGE_NUMBER_FRONT, &front);
  number_pages (foreword, PHAEN_PAGE_NUMBER_FRONT, &front);
  number_pages (part1, PHAEN_PAGE_NUMBER_BODY, &body);
  number_pages (divider, PHAEN_PAGE_NUMBER_BODY, &body);
  {
    GPtrArray *forms[] = { pd01, pd02, pd021 };

    for (guint f = 0; f < G_N_ELEMENTS (forms); f++)
      for (guint i = 0; i < forms[f]->len; i++)
        {
          PhaenPage *page = g_ptr_array_index (forms[f], i);

          page->numbering = PHAEN_PAGE_NUMBER_BODY;
          page->number = ++body;
        }
  }

  /* Pass 3: the contents, from the real numbers. */
  entries = g_array_new (FALSE, TRUE, sizeof (PhaenContentsEntry));
  labels = g_ptr_array_new_with_free_func (g_free);

#define ADD_ENTRY(title_, level_, label_) \
  G_STMT_START { \
    char *l_ = (label_); \
    if (l_ != NULL) \
      { \
        PhaenContentsEntry e_ = { (title_), (level_), l_ }; \
        g_ptr_array_add (labels, l_); \
        g_array_append_val (entries, e_); \
      } \
  } G_STMT_END

  if (foreword->len > 0)
    ADD_ENTRY ("คำนำ", 1, first_label (ctx, foreword, 0));
  ADD_ENTRY (phaen_front_part1_title (PHAEN_PART1_HEADING), 1,
             first_label (ctx, part1, marks[PHAEN_PART1_HEADING]));
  for (guint m = PHAEN_PART1_INTRODUCTION; m < PHAEN_PART1_N_MARKS; m++)
    ADD_ENTRY (phaen_front_part1_title (m), 2, first_label (ctx, part1, marks[m]));
  ADD_ENTRY ("ส่วนที่ 2 แผนการดำเนินงาน", 1, first_label (ctx, divider, 0));
  ADD_ENTRY (PHAEN_FRONT_PD01_TITLE " (แบบ ผด.01)", 2, first_label (ctx, pd01, 0));
  ADD_ENTRY (PHAEN_FRONT_PD02_TITLE " (แบบ ผด.02)", 2, first_label (ctx, pd02, 0));
  ADD_ENTRY (PHAEN_FRONT_PD021_TITLE " (แบบ ผด.02/1)", 2, first_label (ctx, pd021, 0));

#undef ADD_ENTRY

  /* The labels are converted already; the contents converts the digits
   * of its texts again, which changes nothing. */
  contents = phaen_front_contents (ctx, (const PhaenContentsEntry *) entries->data,
                                   entries->len);
  number_pages (contents, PHAEN_PAGE_NUMBER_FRONT, &front);

  /* Assemble in printed order. */
  document = g_ptr_array_new_with_free_func ((GDestroyNotify) phaen_page_free);
  g_ptr_array_add (document, cover);
  g_ptr_array_extend_and_steal (document, g_steal_pointer (&announcement));
  g_ptr_array_extend_and_steal (document, g_steal_pointer (&foreword));
  g_ptr_array_extend_and_steal (document, g_steal_pointer (&contents));
  g_ptr_array_extend_and_steal (document, g_steal_pointer (&part1));
  g_ptr_array_extend_and_steal (document, g_steal_pointer (&divider));
  g_ptr_array_extend_and_steal (document, g_steal_pointer (&pd01));
  g_ptr_array_extend_and_steal (document, g_steal_pointer (&pd02));
  g_ptr_array_extend_and_steal (document, g_steal_pointer (&pd021));

  for (guint i = 0; i < document->len; i++)
    draw_page_number (ctx, g_ptr_array_index (document, i));

  if (ctx->job != NULL && g_cancellable_is_cancelled (ctx->job->cancellable))
    return NULL;
  phaen_render_job_laid_out (ctx, document->len);

  return g_steal_pointer (&document);
}

/* Added for the editions' documents (phaen-edition-pages.c). */
void
phaen_document_number_pages (PhaenRenderContext *ctx,
                             GPtrArray          *pages)
{
  guint front = 0;
  guint body = 0;

  g_return_if_fail (ctx != NULL);
  g_return_if_fail (pages != NULL);

  number_pages (pages, PHAEN_PAGE_NUMBER_FRONT, &front);
  number_pages (pages, PHAEN_PAGE_NUMBER_BODY, &body);
  for (guint i = 0; i < pages->len; i++)
    draw_page_number (ctx, g_ptr_array_index (pages, i));
}

GPtrArray *
phaen_document_layout (PhaenRenderContext *ctx)
{
  g_return_val_if_fail (ctx != NULL, NULL);
  g_return_val_if_fail (PHAEN_IS_PLAN (ctx->plan), NULL);

  return document_layout (ctx);
}

GPtrArray *
phaen_document_layout_full (PhaenRenderContext *ctx,
                            GCancellable       *cancellable,
                            PhaenProgressFunc   progress,
                            gpointer            progress_data,
                            GError            **error)
{
  PhaenRenderJob job;
  GPtrArray *pages;

  g_return_val_if_fail (ctx != NULL, NULL);
  g_return_val_if_fail (PHAEN_IS_PLAN (ctx->plan), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  phaen_render_job_start (ctx, &job, cancellable, progress, progress_data, 1);
  pages = document_layout (ctx);
  if (pages == NULL)
    phaen_render_job_cancelled (ctx, error);
  phaen_render_job_finish (ctx);

  return pages;
}

/* ---- PhaenDocument ---- */

struct _PhaenDocument
{
  GObject             parent_instance;
  PhaenRenderContext *ctx;
  PhaenPlan          *plan;    /* the one laid out, a reference */
  GPtrArray          *pages;   /* PhaenPage*, owned */
  GHashTable         *project_pages;   /* project id -> first page index + 1, built when asked */
};

G_DEFINE_FINAL_TYPE (PhaenDocument, phaen_document, G_TYPE_OBJECT)

static void
phaen_document_finalize (GObject *object)
{
  PhaenDocument *self = PHAEN_DOCUMENT (object);

  g_clear_pointer (&self->project_pages, g_hash_table_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->ctx, phaen_render_context_free);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (phaen_document_parent_class)->finalize (object);
}

static void
phaen_document_class_init (PhaenDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phaen_document_finalize;
}

static void
phaen_document_init (PhaenDocument *self)
{
}

PhaenDocument *
phaen_document_new (PhaenRenderContext *ctx,
                    GCancellable       *cancellable,
                    PhaenProgressFunc   progress,
                    gpointer            progress_data,
                    GError            **error)
{
  g_autoptr(PhaenRenderContext) owned = ctx;
  g_autoptr(GPtrArray) pages = NULL;
  PhaenDocument *self;

  g_return_val_if_fail (ctx != NULL, NULL);
  g_return_val_if_fail (PHAEN_IS_PLAN (ctx->plan), NULL);

  pages = phaen_document_layout_full (ctx, cancellable, progress, progress_data, error);
  if (pages == NULL)
    return NULL;

  self = g_object_new (PHAEN_TYPE_DOCUMENT, NULL);
  self->plan = g_object_ref (ctx->plan);
  self->ctx = g_steal_pointer (&owned);
  self->pages = g_steal_pointer (&pages);

  return self;
}

PhaenDocument *
phaen_document_new_for_pages (PhaenRenderContext *ctx,
                              GPtrArray          *pages)
{
  PhaenDocument *self;

  g_return_val_if_fail (ctx != NULL, NULL);
  g_return_val_if_fail (PHAEN_IS_PLAN (ctx->plan), NULL);
  g_return_val_if_fail (pages != NULL, NULL);

  self = g_object_new (PHAEN_TYPE_DOCUMENT, NULL);
  self->plan = g_object_ref (ctx->plan);
  self->ctx = ctx;
  self->pages = pages;

  return self;
}

static GPtrArray *
new_layout_cb (PhaenRenderTask    *job,
               PhaenRenderContext *ctx,
               GCancellable       *cancellable,
               GError            **error)
{
  return phaen_document_layout_full (ctx, cancellable, job->progress, job->progress_data, error);
}

void
phaen_document_new_async (PhaenPlan                *plan,
                          const PhaenRenderOptions *options,
                          GCancellable             *cancellable,
                          PhaenProgressFunc         progress,
                          gpointer                  progress_data,
                          GAsyncReadyCallback       callback,
                          gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PHAEN_IS_PLAN (plan));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = phaen_render_task_new (plan, options, 0, NULL, cancellable, progress, progress_data,
                                callback, user_data, phaen_document_new_async,
                                "[phaen] lay out document");
  phaen_render_task_run_layout (task, new_layout_cb);
}

PhaenDocument *
phaen_document_new_finish (GAsyncResult  *result,
                           GPtrArray    **warnings,
                           GError       **error)
{
  return phaen_document_task_finish (result, phaen_document_new_async, warnings, error);
}

PhaenRenderContext *
phaen_document_get_context (PhaenDocument *self)
{
  g_return_val_if_fail (PHAEN_IS_DOCUMENT (self), NULL);

  return self->ctx;
}

PhaenPlan *
phaen_document_get_plan (PhaenDocument *self)
{
  g_return_val_if_fail (PHAEN_IS_DOCUMENT (self), NULL);

  return self->plan;
}

guint
phaen_document_get_n_pages (PhaenDocument *self)
{
  g_return_val_if_fail (PHAEN_IS_DOCUMENT (self), 0);

  return self->pages->len;
}

PhaenPage *
phaen_document_get_page (PhaenDocument *self,
                         guint          index)
{
  g_return_val_if_fail (PHAEN_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->pages->len, NULL);

  return g_ptr_array_index (self->pages, index);
}

GPtrArray *
phaen_document_get_pages (PhaenDocument *self)
{
  g_return_val_if_fail (PHAEN_IS_DOCUMENT (self), NULL);

  return self->pages;
}

char *
phaen_document_dup_page_label (PhaenDocument *self,
                               guint          index)
{
  g_return_val_if_fail (PHAEN_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (index < self->pages->len, NULL);

  return phaen_document_page_label (self->ctx, g_ptr_array_index (self->pages, index));
}

gint
phaen_document_find_project_page (PhaenDocument *self,
                                  const char    *project_id)
{
  gpointer found;

  g_return_val_if_fail (PHAEN_IS_DOCUMENT (self), -1);
  g_return_val_if_fail (project_id != NULL, -1);

  if (self->project_pages == NULL)
    {
      self->project_pages = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < self->pages->len; i++)
        {
          PhaenPage *page = g_ptr_array_index (self->pages, i);

          for (guint k = 0; page->project_ids != NULL && k < page->project_ids->len; k++)
            {
              char *id = g_ptr_array_index (page->project_ids, k);

              if (!g_hash_table_contains (self->project_pages, id))
                g_hash_table_insert (self->project_pages, id, GUINT_TO_POINTER (i + 1));
            }
        }
    }

  found = g_hash_table_lookup (self->project_pages, project_id);

  return found != NULL ? (gint) GPOINTER_TO_UINT (found) - 1 : -1;
}

PhaenDocument *
phaen_document_task_finish (GAsyncResult  *result,
                            gpointer       source_tag,
                            GPtrArray    **warnings,
                            GError       **error)
{
  g_autoptr(PhaenRenderContext) ctx = NULL;
  GPtrArray *pages = NULL;

  if (!phaen_render_task_layout_finish (result, source_tag, &ctx, &pages, warnings, error))
    return NULL;

  return phaen_document_new_for_pages (g_steal_pointer (&ctx), pages);
}
