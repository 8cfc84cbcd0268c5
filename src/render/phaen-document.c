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

#include "phaen-document.h"
#include "phaen-forms.h"
#include "phaen-front.h"

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

GPtrArray *
phaen_document_layout (PhaenRenderContext *ctx)
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

  /* Pass 1: lay out every part. */
  cover = phaen_front_cover (ctx);
  announcement = phaen_front_announcement (ctx);
  foreword = phaen_front_foreword (ctx);
  part1 = phaen_front_part1 (ctx, marks);
  pd01 = phaen_forms_pd01 (ctx);
  pd02 = phaen_forms_pd02 (ctx);
  pd021 = phaen_forms_pd021 (ctx);
  divider = g_ptr_array_new_with_free_func ((GDestroyNotify) phaen_page_free);
  g_ptr_array_add (divider, phaen_front_part2_divider (ctx, pd021->len > 0));

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

  return g_steal_pointer (&document);
}
