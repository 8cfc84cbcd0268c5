/* phaen-front.c: the portrait pages: cover, announcement, foreword,
 * contents, Part 1 and the Part 2 divider
 *
 * The printed texts are the content of an official Thai document, not
 * user interface, so they are written in Thai here and never translated.
 * Numbers are written with Arabic digits and converted by
 * phaen_render_text() according to the document's digits setting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <string.h>

#include "model/phaen-announcement.h"
#include "model/phaen-fiscal.h"
#include "phaen-front.h"
#include "phaen-render-private.h"

/* Sizes in TH Sarabun points. */
#define BODY_SIZE      16.0
#define SECTION_SIZE   18.0
#define HEADING_SIZE   20.0

#define CONTENT_LEFT   PHAEN_PORTRAIT_MARGIN_LEFT
#define CONTENT_RIGHT  (PHAEN_A4_SHORT - PHAEN_PORTRAIT_MARGIN_RIGHT)
#define CONTENT_WIDTH  (CONTENT_RIGHT - CONTENT_LEFT)
#define CONTENT_BOTTOM (PHAEN_A4_LONG - PHAEN_PORTRAIT_MARGIN_BOTTOM)

/* First-line indent of a paragraph, as in Thai official letters. */
#define FIRST_INDENT   PHAEN_MM (25.0)
/* Space after a paragraph. */
#define PARAGRAPH_GAP  2.0
/* Gap between the page number band and the text. */
#define BAND_GAP       6.0

/* ------------------------------------------------------------------ */
/* Flow: blocks of text laid down a column, with page breaks. */

typedef struct
{
  PhaenRenderContext *ctx;
  GPtrArray          *pages;
  PhaenPage          *page;       /* current page, borrowed from @pages */
  PhaenPageNumbering  numbering;
  double              top;        /* where the text starts on every page */
  double              y;
} Flow;

static void
flow_init (Flow               *flow,
           PhaenRenderContext *ctx,
           PhaenPageNumbering  numbering)
{
  flow->ctx = ctx;
  flow->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) phaen_page_free);
  flow->page = NULL;
  flow->numbering = numbering;
  flow->top = PHAEN_PORTRAIT_MARGIN_TOP;
  if (numbering != PHAEN_PAGE_NUMBER_NONE)
    flow->top += PHAEN_PAGE_NUMBER_BAND + BAND_GAP;
  flow->y = flow->top;
}

static GPtrArray *
flow_finish (Flow *flow)
{
  flow->page = NULL;
  return g_steal_pointer (&flow->pages);
}

static void
flow_new_page (Flow *flow)
{
  PhaenPage *page = phaen_page_new (PHAEN_PAGE_PORTRAIT);

  /* Front pages are few: a cancelled job stops between parts. */
  phaen_render_job_page_added (flow->ctx);

  page->numbering = flow->numbering;
  g_ptr_array_add (flow->pages, page);
  flow->page = page;
  flow->y = flow->top;
}

static gboolean
flow_at_top (Flow *flow)
{
  return flow->page == NULL || flow->y <= flow->top + 0.01;
}

static double
flow_room (Flow *flow)
{
  return CONTENT_BOTTOM - flow->y;
}

/* Starts a new page unless @height fits below the current position (or
 * the page is still empty: nothing is gained by moving then). */
static void
flow_ensure (Flow   *flow,
             double  height)
{
  if (flow->page == NULL)
    flow_new_page (flow);
  else if (height > flow_room (flow) + 0.01 && !flow_at_top (flow))
    flow_new_page (flow);
}

/* Vertical space; swallowed at the top of a page. */
static void
flow_space (Flow   *flow,
            double  height)
{
  if (!flow_at_top (flow))
    flow->y += height;
}

/* An unsplittable block; @keep is the height that must fit after it on
 * the same page (keep with next). */
static void
flow_block (Flow        *flow,
            PangoLayout *layout,
            double       x,
            double       keep)
{
  double height = phaen_render_text_height (layout);

  flow_ensure (flow, height + keep);
  phaen_page_add_text (flow->page, layout, x, flow->y);
  flow->y += height;
}

/* How many lines of @layout end within @room points from its top. */
static int
lines_fitting (PangoLayout *layout,
               double       room)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int n = 0;

  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      if ((logical.y + logical.height) / (double) PANGO_SCALE > room + 0.01)
        break;
      n++;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);

  return n;
}

static PangoLayout *
paragraph_layout (PhaenRenderContext *ctx,
                  const char         *text,
                  double              size,
                  PhaenTextFlags      flags,
                  double              width,
                  double              indent,
                  gboolean            justify_last)
{
  return phaen_render_text_full (ctx, text, size, flags, width, indent, justify_last);
}

/* A paragraph that may continue on the next pages. The first line is
 * indented by @indent; @marker (may be NULL) is drawn at @marker_x level
 * with the first line. A single first line is never left at a page
 * bottom, nor a single last line alone at the top of the next page.
 * @keep_after is the room what follows needs on the paragraph's last page
 * (0: none); when it is not left, the paragraph's last lines (or all of
 * it) move to the next page so that what follows does not start it
 * alone. */
static void
flow_paragraph (Flow           *flow,
                const char     *text,
                double          size,
                PhaenTextFlags  flags,
                double          x,
                double          width,
                double          indent,
                PangoLayout    *marker,
                double          marker_x,
                double          keep_after)
{
  g_autofree char *rest = g_strdup (text);
  gboolean first = TRUE;

  if (flow->page == NULL)
    flow_new_page (flow);

  for (;;)
    {
      g_autoptr(PangoLayout) layout = NULL;
      g_autoptr(PangoLayout) head = NULL;
      PangoLayoutLine *line;
      const char *layout_text;
      double height;
      int total, fit;

      layout = paragraph_layout (flow->ctx, rest, size, flags, width,
                                 first ? indent : 0, FALSE);
      height = phaen_render_text_height (layout);
      total = pango_layout_get_line_count (layout);

      if (height <= flow_room (flow) + 0.01)
        {
          if (keep_after <= 0 || height + keep_after <= flow_room (flow) + 0.01)
            {
              if (first && marker != NULL)
                phaen_page_add_text (flow->page, marker, marker_x, flow->y);
              phaen_page_add_text (flow->page, layout, x, flow->y);
              flow->y += height;
              return;
            }
          /* What follows would open the next page alone: at least the
           * last line goes over with it. */
          fit = total - 1;
        }
      else
        fit = lines_fitting (layout, flow_room (flow));

      /* No first line alone at the bottom, no last line alone at the
       * top: a paragraph of three lines moves whole. */
      if (total > 1 && fit == 1)
        fit = 0;
      if (fit > 0 && total - fit == 1)
        fit = fit > 2 ? fit - 1 : 0;

      if (fit == 0)
        {
          if (!flow_at_top (flow))
            {
              flow_new_page (flow);
              continue;
            }
          /* Taller than a whole page line by line: take what fits. */
          fit = MAX (1, lines_fitting (layout, flow_room (flow)));
        }

      if (fit >= total)
        {
          if (first && marker != NULL)
            phaen_page_add_text (flow->page, marker, marker_x, flow->y);
          phaen_page_add_text (flow->page, layout, x, flow->y);
          flow->y += height;
          return;
        }

      /* Split the text where line @fit starts; the layout text already
       * has its digits converted. */
      line = pango_layout_get_line_readonly (layout, fit);
      layout_text = pango_layout_get_text (layout);
      {
        g_autofree char *head_text = g_strndup (layout_text, line->start_index);
        char *tail = g_strdup (layout_text + line->start_index);

        head = paragraph_layout (flow->ctx, head_text, size,
                                 flags | PHAEN_TEXT_NO_DIGITS, width,
                                 first ? indent : 0, TRUE);
        g_free (rest);
        rest = tail;
      }

      if (first && marker != NULL)
        phaen_page_add_text (flow->page, marker, marker_x, flow->y);
      phaen_page_add_text (flow->page, head, x, flow->y);

      flow_new_page (flow);
      flags |= PHAEN_TEXT_NO_DIGITS;
      first = FALSE;
    }
}

/* Height of the first @n lines of @layout. */
static double
first_lines_height (PangoLayout *layout,
                    int          n)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double bottom = 0;
  int i = 0;

  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      bottom = (logical.y + logical.height) / (double) PANGO_SCALE;
      i++;
    }
  while (i < n && pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);

  return bottom;
}

/* Height of two body lines: what a heading keeps with it. */
static double
body_keep (PhaenRenderContext *ctx)
{
  g_autoptr(PangoLayout) layout = phaen_render_text (ctx, "ก\nก", BODY_SIZE, 0, -1);

  return first_lines_height (layout, 2);
}

/* ------------------------------------------------------------------ */
/* Paragraphs and list items of the editable texts. */

static gboolean
is_digit_at (const char *p,
             const char **next)
{
  gunichar c = g_utf8_get_char (p);

  if ((c >= '0' && c <= '9') || (c >= 0x0E50 && c <= 0x0E59))
    {
      *next = g_utf8_next_char (p);
      return TRUE;
    }

  return FALSE;
}

/* When @line starts with a list marker ("1. ", "๑. ", "2) ", "- ", "• "),
 * returns the marker (without the spaces) and sets @text to what follows. */
static char *
split_list_marker (const char  *line,
                   const char **text)
{
  const char *p = line;
  const char *next;
  const char *end = NULL;

  if (g_str_has_prefix (p, "- ") || g_str_has_prefix (p, "• "))
    end = g_utf8_next_char (p);
  else if (is_digit_at (p, &next))
    {
      p = next;
      while (is_digit_at (p, &next))
        p = next;
      if ((*p == '.' || *p == ')') && p[1] == ' ')
        end = p + 1;
    }

  if (end == NULL)
    return NULL;

  p = end;
  while (*p == ' ' || *p == '\t')
    p++;
  if (*p == '\0')
    return NULL;

  *text = p;
  return g_strndup (line, end - line);
}

/* Where a line of an editable text goes: a list line ("1. ...") gets a
 * hanging indent after its marker, any other line is a paragraph with a
 * first-line indent. */
typedef struct
{
  char        *marker_text;   /* NULL for a plain paragraph */
  const char  *body;
  double       x;
  double       width;
  double       indent;
  double       marker_x;
  PangoLayout *marker;
} ParagraphPlace;

static void
paragraph_place (Flow           *flow,
                 const char     *line,
                 ParagraphPlace *place)
{
  memset (place, 0, sizeof *place);
  place->marker_text = split_list_marker (line, &place->body);
  if (place->marker_text != NULL)
    {
      PangoRectangle logical;

      place->marker = phaen_render_text (flow->ctx, place->marker_text, BODY_SIZE, 0, -1);
      place->marker_x = CONTENT_LEFT + FIRST_INDENT;
      pango_layout_get_extents (place->marker, NULL, &logical);
      place->x = place->marker_x + MAX (logical.width / (double) PANGO_SCALE + 5.0, PHAEN_MM (6.0));
      place->width = CONTENT_RIGHT - place->x;
    }
  else
    {
      place->body = line;
      place->x = CONTENT_LEFT;
      place->width = CONTENT_WIDTH;
      place->indent = FIRST_INDENT;
    }
}

static void
paragraph_place_clear (ParagraphPlace *place)
{
  g_clear_pointer (&place->marker_text, g_free);
  g_clear_object (&place->marker);
}

/* A text's last paragraph of at most this many lines never opens a page
 * alone: the paragraph before it gives it company. */
#define WIDOW_LINES 2

/* Lays out @text (paragraphs separated by "\n") in the column: plain
 * lines are justified paragraphs with a first-line indent, list lines
 * get a hanging indent after their marker. Blank lines are skipped. The
 * end of the text is kept together: a short last paragraph (a one-line
 * list item, say) is never alone at the top of a page, the last lines of
 * the paragraph before it go along. */
static void
flow_text (Flow       *flow,
           const char *text)
{
  g_auto(GStrv) lines = NULL;
  gint last = -1, before_last = -1;
  double keep_last = 0;

  if (text == NULL || text[0] == '\0')
    return;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_strstrip (lines[i])[0] != '\0')
      {
        before_last = last;
        last = i;
      }

  if (before_last >= 0)
    {
      ParagraphPlace place;
      g_autoptr(PangoLayout) layout = NULL;

      paragraph_place (flow, lines[last], &place);
      layout = paragraph_layout (flow->ctx, place.body, BODY_SIZE, PHAEN_TEXT_JUSTIFY,
                                 place.width, place.indent, FALSE);
      if (pango_layout_get_line_count (layout) <= WIDOW_LINES)
        keep_last = PARAGRAPH_GAP + phaen_render_text_height (layout);
      paragraph_place_clear (&place);
    }

  for (guint i = 0; lines[i] != NULL; i++)
    {
      ParagraphPlace place;

      if (lines[i][0] == '\0')
        continue;

      paragraph_place (flow, lines[i], &place);
      flow_paragraph (flow, place.body, BODY_SIZE, PHAEN_TEXT_JUSTIFY,
                      place.x, place.width, place.indent, place.marker, place.marker_x,
                      (gint) i == before_last ? keep_last : 0);
      paragraph_place_clear (&place);

      flow->y += PARAGRAPH_GAP;
    }
}

/* The height the first lines of @text need (for keep-with-next). */
static double
text_keep (Flow       *flow,
           const char *text)
{
  g_autoptr(PangoLayout) layout = NULL;
  g_auto(GStrv) lines = NULL;
  const char *first = NULL;

  if (text == NULL)
    return 0;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL && first == NULL; i++)
    if (g_strstrip (lines[i])[0] != '\0')
      first = lines[i];
  if (first == NULL)
    return 0;

  layout = paragraph_layout (flow->ctx, first, BODY_SIZE, PHAEN_TEXT_JUSTIFY,
                             CONTENT_WIDTH, FIRST_INDENT, FALSE);

  return first_lines_height (layout, 2);
}

/* A centred heading kept with what follows. */
static void
flow_heading (Flow           *flow,
              const char     *text,
              double          size,
              PhaenTextFlags  flags,
              double          keep)
{
  g_autoptr(PangoLayout) layout = phaen_render_text (flow->ctx, text, size,
                                                     PHAEN_TEXT_BOLD | flags,
                                                     CONTENT_WIDTH);

  flow_block (flow, layout, CONTENT_LEFT, keep);
}

/* ------------------------------------------------------------------ */
/* Titles */

char *
phaen_front_year_line (PhaenPlan *plan)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  return phaen_plan_get_year_title (plan);
}

char *
phaen_front_document_title (PhaenRenderContext *ctx)
{
  g_autofree char *year_line = phaen_front_year_line (ctx->plan);
  g_autofree char *title = NULL;
  const char *organisation = phaen_plan_get_organisation_name (ctx->plan);

  if (organisation[0] != '\0')
    title = g_strdup_printf ("แผนการดำเนินงาน %s %s", year_line, organisation);
  else
    title = g_strdup_printf ("แผนการดำเนินงาน %s", year_line);

  return phaen_render_digits (ctx, title);
}

/* "อำเภอเมือง จังหวัดจันทบุรี", or whichever half is known; NULL if none. */
static char *
place_line (PhaenPlan *plan)
{
  const char *district = phaen_plan_get_district (plan);
  const char *province = phaen_plan_get_province (plan);

  if (district[0] != '\0' && province[0] != '\0')
    return g_strdup_printf ("อำเภอ%s จังหวัด%s", district, province);
  if (district[0] != '\0')
    return g_strdup_printf ("อำเภอ%s", district);
  if (province[0] != '\0')
    return g_strdup_printf ("จังหวัด%s", province);

  return NULL;
}

static void
set_bookmark (PhaenRenderContext *ctx,
              PhaenPage          *page,
              const char         *title,
              guint               level)
{
  g_autofree char *converted = phaen_render_digits (ctx, title);

  phaen_page_set_bookmark (page, converted, level);
}

/* ------------------------------------------------------------------ */
/* Cover */

PhaenPage *
phaen_front_cover (PhaenRenderContext *ctx)
{
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) year = NULL;
  g_autoptr(PangoLayout) organisation = NULL;
  g_autoptr(PangoLayout) place = NULL;
  g_autoptr(PangoLayout) unit = NULL;
  g_autofree char *year_text = NULL;
  g_autofree char *place_text = NULL;
  const char *unit_text;
  PhaenPage *page;
  double top = PHAEN_PORTRAIT_MARGIN_TOP;
  double height = CONTENT_BOTTOM - top;
  double y, block;

  g_return_val_if_fail (ctx != NULL, NULL);

  page = phaen_page_new (PHAEN_PAGE_PORTRAIT);
  page->numbering = PHAEN_PAGE_NUMBER_NONE;
  set_bookmark (ctx, page, "ปก", 1);

  year_text = phaen_front_year_line (ctx->plan);
  place_text = place_line (ctx->plan);
  unit_text = phaen_plan_get_text (ctx->plan, "preparing-unit");

  title = phaen_render_text (ctx, "แผนการดำเนินงาน", 40, PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER, CONTENT_WIDTH);
  year = phaen_render_text (ctx, year_text, 28, PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER, CONTENT_WIDTH);

  /* The title block sits in the upper third. */
  y = top + height * 0.22;
  phaen_page_add_text (page, title, CONTENT_LEFT, y);
  y += phaen_render_text_height (title) + 6;
  phaen_page_add_text (page, year, CONTENT_LEFT, y);
  y += phaen_render_text_height (year) + 18;
  phaen_page_add_line (page, CONTENT_LEFT + CONTENT_WIDTH * 0.35, y,
                       CONTENT_LEFT + CONTENT_WIDTH * 0.65, y, 1.0);

  /* The organisation, centred a little below the middle. */
  organisation = phaen_render_text (ctx, phaen_plan_get_organisation_name (ctx->plan),
                                    28, PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER, CONTENT_WIDTH);
  block = phaen_render_text_height (organisation);
  if (place_text != NULL)
    {
      place = phaen_render_text (ctx, place_text, 22, PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER, CONTENT_WIDTH);
      block += 4 + phaen_render_text_height (place);
    }
  y = MAX (y + 24, top + height * 0.58 - block / 2);
  phaen_page_add_text (page, organisation, CONTENT_LEFT, y);
  y += phaen_render_text_height (organisation) + 4;
  if (place != NULL)
    phaen_page_add_text (page, place, CONTENT_LEFT, y);

  /* The preparing unit at the foot of the page. */
  if (unit_text[0] != '\0')
    {
      unit = phaen_render_text (ctx, unit_text, 20, PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER, CONTENT_WIDTH);
      phaen_page_add_text (page, unit, CONTENT_LEFT,
                           CONTENT_BOTTOM - PHAEN_MM (10.0) - phaen_render_text_height (unit));
    }

  return page;
}

/* ------------------------------------------------------------------ */
/* Announcement */

/* "ประกาศ ณ วันที่ 30 เดือน กันยายน พ.ศ. 2568", dotted blanks when the
 * plan has no (valid) date. */
static char *
announcement_date_line (PhaenPlan *plan)
{
  const char *iso = phaen_plan_get_text (plan, "announcement-date");
  GDate date;

  g_date_clear (&date, 1);
  if (iso[0] != '\0' && phaen_date_parse_iso (iso, &date, NULL) && g_date_valid (&date))
    return g_strdup_printf ("ประกาศ ณ วันที่ %u เดือน %s พ.ศ. %u",
                            (guint) g_date_get_day (&date),
                            phaen_calendar_month_name (g_date_get_month (&date)),
                            (guint) g_date_get_year (&date) + PHAEN_BE_OFFSET);

  return g_strdup ("ประกาศ ณ วันที่ .......... เดือน ............................. พ.ศ. ..............");
}

GPtrArray *
phaen_front_announcement (PhaenRenderContext *ctx)
{
  Flow flow;
  g_autofree char *organisation = NULL;
  g_autofree char *year_line = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *date_line = NULL;
  g_autofree char *signer = NULL;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) subject_layout = NULL;
  g_autoptr(PangoLayout) date_layout = NULL;
  g_autoptr(PangoLayout) sign = NULL;
  g_autoptr(PangoLayout) name = NULL;
  g_autoptr(PangoLayout) position = NULL;
  const char *signer_name;
  const char *signer_position;
  double block_x, block_w, block_h;

  g_return_val_if_fail (ctx != NULL, NULL);

  flow_init (&flow, ctx, PHAEN_PAGE_NUMBER_NONE);
  flow_new_page (&flow);
  set_bookmark (ctx, flow.page, "ประกาศ", 1);
  flow.y += PHAEN_MM (15.0);

  organisation = g_strdup_printf ("ประกาศ%s", phaen_plan_get_organisation_name (ctx->plan));
  title = phaen_render_text (ctx, organisation, SECTION_SIZE,
                             PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER, CONTENT_WIDTH);
  flow_block (&flow, title, CONTENT_LEFT, 0);

  year_line = phaen_front_year_line (ctx->plan);
  subject = g_strdup_printf ("เรื่อง ประกาศใช้แผนการดำเนินงาน %s", year_line);
  subject_layout = phaen_render_text (ctx, subject, BODY_SIZE,
                                      PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER, CONTENT_WIDTH);
  flow_block (&flow, subject_layout, CONTENT_LEFT, 0);

  flow.y += 10;
  phaen_page_add_line (flow.page,
                       CONTENT_LEFT + CONTENT_WIDTH / 2 - PHAEN_MM (20.0), flow.y,
                       CONTENT_LEFT + CONTENT_WIDTH / 2 + PHAEN_MM (20.0), flow.y, 0.8);
  flow.y += 14;

  /* The officer's own paragraphs, or those composed from the facts. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *paragraph = phaen_plan_dup_announcement_paragraph (ctx->plan, i);

      flow_text (&flow, paragraph);
    }
  flow_text (&flow, "จึงประกาศมาเพื่อทราบโดยทั่วกัน");

  /* The date, then the signature block right of centre; they stay on
   * one page together. */
  date_line = announcement_date_line (ctx->plan);
  date_layout = phaen_render_text (ctx, date_line, BODY_SIZE, PHAEN_TEXT_CENTER, CONTENT_WIDTH);

  block_w = CONTENT_WIDTH * 0.70;
  block_x = CONTENT_RIGHT - block_w;
  signer_name = phaen_plan_get_text (ctx->plan, "signer-name");
  signer_position = phaen_plan_get_text (ctx->plan, "signer-position");
  signer = signer_name[0] != '\0'
           ? g_strdup_printf ("(%s)", signer_name)
           : g_strdup ("(..................................................)");
  sign = phaen_render_text (ctx, "(ลงชื่อ) ..................................................",
                            BODY_SIZE, PHAEN_TEXT_CENTER, block_w);
  name = phaen_render_text (ctx, signer, BODY_SIZE, PHAEN_TEXT_CENTER, block_w);
  position = phaen_render_text (ctx, signer_position, BODY_SIZE, PHAEN_TEXT_CENTER, block_w);

  block_h = 12 + phaen_render_text_height (date_layout) + 40
            + phaen_render_text_height (sign) + phaen_render_text_height (name)
            + phaen_render_text_height (position);
  flow_ensure (&flow, block_h);
  flow_space (&flow, 12);
  flow_block (&flow, date_layout, CONTENT_LEFT, 0);
  flow.y += 40;
  flow_block (&flow, sign, block_x, 0);
  flow_block (&flow, name, block_x, 0);
  if (signer_position[0] != '\0')
    flow_block (&flow, position, block_x, 0);

  return flow_finish (&flow);
}

/* ------------------------------------------------------------------ */
/* Foreword */

GPtrArray *
phaen_front_foreword (PhaenRenderContext *ctx)
{
  Flow flow;
  const char *text;
  const char *unit_text;

  g_return_val_if_fail (ctx != NULL, NULL);

  flow_init (&flow, ctx, PHAEN_PAGE_NUMBER_FRONT);
  text = phaen_plan_get_text (ctx->plan, "foreword");

  /* Only blanks: no foreword page. */
  {
    g_autofree char *stripped = g_strstrip (g_strdup (text));

    if (stripped[0] == '\0')
      return flow_finish (&flow);
  }

  flow_new_page (&flow);
  set_bookmark (ctx, flow.page, "คำนำ", 1);
  flow_heading (&flow, "คำนำ", HEADING_SIZE, PHAEN_TEXT_CENTER, 0);
  flow.y += 14;
  flow_text (&flow, text);

  unit_text = phaen_plan_get_text (ctx->plan, "preparing-unit");
  if (unit_text[0] != '\0')
    {
      g_autoptr(PangoLayout) unit = phaen_render_text (ctx, unit_text, BODY_SIZE,
                                                       PHAEN_TEXT_RIGHT, CONTENT_WIDTH);

      flow_space (&flow, 24);
      flow_block (&flow, unit, CONTENT_LEFT, 0);
    }

  return flow_finish (&flow);
}

/* ------------------------------------------------------------------ */
/* Part 1 */

static const struct
{
  const char *title;
  const char *property;
} part1_sections[PHAEN_PART1_N_MARKS] = {
  { "ส่วนที่ 1 บทนำ", NULL },
  { "1.1 บทนำ", "introduction-text" },
  { "1.2 วัตถุประสงค์ของแผนการดำเนินงาน", "objectives-text" },
  { "1.3 ขั้นตอนในการจัดทำแผนการดำเนินงาน", "procedure-text" },
  { "1.4 ประโยชน์ของแผนการดำเนินงาน", "benefits-text" },
};

const char *
phaen_front_part1_title (PhaenPart1Mark mark)
{
  g_return_val_if_fail (mark < PHAEN_PART1_N_MARKS, NULL);

  return part1_sections[mark].title;
}

GPtrArray *
phaen_front_part1 (PhaenRenderContext *ctx,
                   guint               marks[PHAEN_PART1_N_MARKS])
{
  Flow flow;
  double keep;

  g_return_val_if_fail (ctx != NULL, NULL);

  flow_init (&flow, ctx, PHAEN_PAGE_NUMBER_BODY);
  flow_new_page (&flow);
  set_bookmark (ctx, flow.page, part1_sections[PHAEN_PART1_HEADING].title, 1);
  flow_heading (&flow, part1_sections[PHAEN_PART1_HEADING].title, HEADING_SIZE,
                PHAEN_TEXT_CENTER, 0);
  marks[PHAEN_PART1_HEADING] = 0;
  flow.y += 10;

  keep = body_keep (ctx);
  for (guint i = PHAEN_PART1_INTRODUCTION; i < PHAEN_PART1_N_MARKS; i++)
    {
      const char *text = phaen_plan_get_text (ctx->plan, part1_sections[i].property);
      double text_need = text_keep (&flow, text);

      flow_space (&flow, 8);
      flow_heading (&flow, part1_sections[i].title, SECTION_SIZE, 0,
                    text_need > 0 ? MIN (text_need, keep) : 0);
      marks[i] = flow.pages->len - 1;
      flow.y += 2;
      flow_text (&flow, text);
    }

  return flow_finish (&flow);
}

/* ------------------------------------------------------------------ */
/* Part 2 divider */

PhaenPage *
phaen_front_part2_divider (PhaenRenderContext *ctx,
                           gboolean            with_equipment)
{
  const char *lines[3] = {
    PHAEN_FRONT_PD01_TITLE " (แบบ ผด.01)",
    PHAEN_FRONT_PD02_TITLE " (แบบ ผด.02)",
    PHAEN_FRONT_PD021_TITLE " (แบบ ผด.02/1)",
  };
  g_autoptr(PangoLayout) part = NULL;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *year_text = NULL;
  g_autofree char *title_text = NULL;
  PhaenPage *page;
  double height, y;
  guint n_lines = with_equipment ? 3 : 2;

  g_return_val_if_fail (ctx != NULL, NULL);

  page = phaen_page_new (PHAEN_PAGE_PORTRAIT);
  page->numbering = PHAEN_PAGE_NUMBER_BODY;
  set_bookmark (ctx, page, "ส่วนที่ 2 แผนการดำเนินงาน", 1);

  year_text = phaen_front_year_line (ctx->plan);
  title_text = g_strdup_printf ("แผนการดำเนินงาน\n%s", year_text);
  part = phaen_render_text (ctx, "ส่วนที่ 2", 36, PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER, CONTENT_WIDTH);
  title = phaen_render_text (ctx, title_text, 24, PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER, CONTENT_WIDTH);

  height = phaen_render_text_height (part) + 8 + phaen_render_text_height (title) + 24;
  for (guint i = 0; i < n_lines; i++)
    {
      PangoLayout *item = phaen_render_text (ctx, lines[i], SECTION_SIZE,
                                             PHAEN_TEXT_CENTER, CONTENT_WIDTH);

      height += phaen_render_text_height (item) + 4;
      g_ptr_array_add (items, item);
    }

  /* Centred on the page, a little above the middle. */
  y = PHAEN_PORTRAIT_MARGIN_TOP + (CONTENT_BOTTOM - PHAEN_PORTRAIT_MARGIN_TOP - height) * 0.42;
  phaen_page_add_text (page, part, CONTENT_LEFT, y);
  y += phaen_render_text_height (part) + 8;
  phaen_page_add_text (page, title, CONTENT_LEFT, y);
  y += phaen_render_text_height (title) + 12;
  phaen_page_add_line (page, CONTENT_LEFT + CONTENT_WIDTH * 0.3, y,
                       CONTENT_LEFT + CONTENT_WIDTH * 0.7, y, 1.0);
  y += 12;
  for (guint i = 0; i < items->len; i++)
    {
      PangoLayout *item = g_ptr_array_index (items, i);

      phaen_page_add_text (page, item, CONTENT_LEFT, y);
      y += phaen_render_text_height (item) + 4;
    }

  return page;
}

/* ------------------------------------------------------------------ */
/* Contents */

/* Right end and baseline of the last line of @layout, in layout
 * coordinates (points). */
static void
last_line_end (PangoLayout *layout,
               double      *x_end,
               double      *baseline)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  PangoRectangle logical = { 0 };
  int base = 0;

  do
    {
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      base = pango_layout_iter_get_baseline (iter);
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);

  *x_end = (logical.x + logical.width) / (double) PANGO_SCALE;
  *baseline = base / (double) PANGO_SCALE;
}

GPtrArray *
phaen_front_contents (PhaenRenderContext       *ctx,
                      const PhaenContentsEntry *entries,
                      guint                     n_entries)
{
  Flow flow;
  g_autoptr(PangoLayout) subject = NULL;
  g_autoptr(PangoLayout) page_word = NULL;
  const double number_width = PHAEN_MM (15.0);
  const double number_left = CONTENT_RIGHT - number_width;
  double keep;

  g_return_val_if_fail (ctx != NULL, NULL);

  flow_init (&flow, ctx, PHAEN_PAGE_NUMBER_FRONT);
  flow_new_page (&flow);
  set_bookmark (ctx, flow.page, "สารบัญ", 1);
  flow_heading (&flow, "สารบัญ", HEADING_SIZE, PHAEN_TEXT_CENTER, 0);
  flow.y += 14;

  subject = phaen_render_text (ctx, "เรื่อง", BODY_SIZE, PHAEN_TEXT_BOLD, -1);
  page_word = phaen_render_text (ctx, "หน้า", BODY_SIZE, PHAEN_TEXT_BOLD | PHAEN_TEXT_RIGHT,
                                 number_width);
  phaen_page_add_text (flow.page, subject, CONTENT_LEFT, flow.y);
  phaen_page_add_text (flow.page, page_word, number_left, flow.y);
  flow.y += phaen_render_text_height (subject) + 6;

  keep = body_keep (ctx);
  for (guint i = 0; i < n_entries; i++)
    {
      const PhaenContentsEntry *entry = &entries[i];
      PhaenTextFlags flags = entry->level <= 1 ? PHAEN_TEXT_BOLD : 0;
      double x = CONTENT_LEFT + (entry->level <= 1 ? 0 : PHAEN_MM (10.0));
      g_autoptr(PangoLayout) title = NULL;
      g_autoptr(PangoLayout) number = NULL;
      double title_end, title_base, number_base, number_x, height;
      PangoRectangle logical;

      if (entry->level <= 1 && i > 0)
        flow_space (&flow, 8);

      title = phaen_render_text (ctx, entry->title, BODY_SIZE, flags,
                                 number_left - PHAEN_MM (8.0) - x);
      /* A long title wraps before its form code, never inside it. */
      if (pango_layout_get_line_count (title) > 1 && strstr (entry->title, " (") != NULL)
        {
          g_autofree char *broken = g_strdup (entry->title);

          *g_strrstr (broken, " (") = '\n';
          g_object_unref (title);
          title = phaen_render_text (ctx, broken, BODY_SIZE, flags,
                                     number_left - PHAEN_MM (8.0) - x);
        }
      number = phaen_render_text (ctx, entry->page_label != NULL ? entry->page_label : "",
                                  BODY_SIZE, flags, -1);
      height = phaen_render_text_height (title);

      /* A part title keeps its first section with it. */
      flow_ensure (&flow, height + (entry->level <= 1 && i + 1 < n_entries ? keep / 2 : 0));

      phaen_page_add_text (flow.page, title, x, flow.y);

      last_line_end (title, &title_end, &title_base);
      phaen_render_text_first_line (number, &number_base, NULL);
      pango_layout_get_extents (number, NULL, &logical);
      number_x = CONTENT_RIGHT - logical.width / (double) PANGO_SCALE;
      phaen_page_add_text (flow.page, number, number_x,
                           flow.y + title_base - number_base);

      if (number_x - 4 > x + title_end + 4)
        phaen_page_add_dots (flow.page, x + title_end + 4, number_x - 4,
                             flow.y + title_base - 0.8);

      flow.y += height + 2;
    }

  return flow_finish (&flow);
}
