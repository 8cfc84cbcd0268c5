/* test-linebreak.c: line breaks a Thai reader accepts (issue 9)
 *
 * A corpus of phrases laid out in cells from very narrow to wide, the
 * ranges the breaker finds, the shipped word list, and the sample plan's
 * PDF read back with poppler: no break inside a listed word, a name of
 * the plan or a token, no line that begins with a dash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <poppler.h>

#include "io/phaen-file.h"
#include "phaen-forms.h"
#include "phaen-linebreak.h"
#include "phaen-pdf.h"
#include "phaen-render.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

/* The examples of issue 9, as they must read on one line. */
static const char * const issue_examples[] = {
  "แอสฟัลท์ติก", "หนองบัว", "วัดจันทนิมิต", "ผู้สูงอายุ", "ครัวเรือน", "บรรจุภัณฑ์",
  "คนละ", "พ.ศ. ๒๕๖๘", "ฉบับที่ ๓", "๓๐ กันยายน ๒๕๖๙", "๑๐ เมตร",
};

static PhaenPlan *
load_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_SAMPLES"), "chanthanimit-2569.phaen", NULL);
  g_autoptr(GError) error = NULL;
  PhaenPlan *plan = phaen_file_load (path, &error);

  g_assert_no_error (error);
  return plan;
}

static PhaenRenderContext *
sample_context (PhaenPlan  *plan,
                const char *family)
{
  PhaenRenderOptions options = { PHAEN_DIGITS_THAI, family, NULL };
  g_autoptr(GError) error = NULL;
  PhaenRenderContext *ctx = phaen_render_context_new (plan, &options, NULL, &error);

  g_assert_no_error (error);
  return ctx;
}

/* ---- Characters, as the test sees them ---- */

static gboolean
is_leading_vowel (gunichar c)
{
  return c >= 0x0E40 && c <= 0x0E44;
}

static gboolean
is_following_sign (gunichar c)
{
  return (c >= 0x0E30 && c <= 0x0E3A) || (c >= 0x0E45 && c <= 0x0E4E) || c == 0x0E2F;
}

static gboolean
is_dash (gunichar c)
{
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

/* ---- The corpus ---- */

typedef struct
{
  char   *text;     /* without the braces */
  GArray *keep;     /* guint pairs: start, end (bytes) */
} Phrase;

static void
phrase_free (gpointer data)
{
  Phrase *phrase = data;

  g_free (phrase->text);
  g_array_unref (phrase->keep);
  g_free (phrase);
}

static GPtrArray *
read_corpus (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PHAEN_TEST_DATA"), "render",
                                            "linebreak-phrases.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *phrases = g_ptr_array_new_with_free_func (phrase_free);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      Phrase *phrase;
      GString *text;
      guint start = 0;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      phrase = g_new0 (Phrase, 1);
      phrase->keep = g_array_new (FALSE, FALSE, sizeof (guint));
      text = g_string_new (NULL);
      for (const char *p = lines[i]; *p != '\0'; p++)
        {
          if (*p == '{')
            start = text->len;
          else if (*p == '}')
            {
              guint end = text->len;

              g_array_append_val (phrase->keep, start);
              g_array_append_val (phrase->keep, end);
            }
          else
            g_string_append_c (text, *p);
        }
      phrase->text = g_string_free (text, FALSE);
      g_ptr_array_add (phrases, phrase);
    }

  g_assert_cmpuint (phrases->len, >=, 15);

  return phrases;
}

static double
natural_width (PhaenRenderContext *ctx,
               const char         *text,
               gsize               length,
               double              size,
               PhaenTextFlags      flags)
{
  g_autofree char *part = g_strndup (text, length);
  g_autoptr(PangoLayout) layout = phaen_render_text (ctx, part, size, flags & ~PHAEN_TEXT_JUSTIFY, -1);
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return logical.width / (double) PANGO_SCALE;
}

/* Checks one layout of @phrase at @width; returns its number of lines. */
static guint
check_layout (PhaenRenderContext *ctx,
              const Phrase       *phrase,
              double              size,
              PhaenTextFlags      flags,
              double              width)
{
  g_autoptr(PangoLayout) layout = phaen_render_text (ctx, phrase->text, size, flags, width);
  GSList *lines = pango_layout_get_lines_readonly (layout);
  const PangoLogAttr *attrs;
  int n_attrs;
  guint n_lines = 0;

  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);

  for (GSList *l = lines; l != NULL; l = l->next, n_lines++)
    {
      PangoLayoutLine *line = l->data;
      PangoRectangle logical;
      const char *start = phrase->text + line->start_index;
      glong offset = g_utf8_pointer_to_offset (phrase->text, start);

      /* No line wider than the cell, unless nothing in it may part: a
       * consonant with its vowels. */
      pango_layout_line_get_extents (line, NULL, &logical);
      if (logical.width / (double) PANGO_SCALE > width + 0.5)
        for (const char *p = g_utf8_next_char (start); p < start + line->length; p = g_utf8_next_char (p))
          if (attrs[g_utf8_pointer_to_offset (phrase->text, p)].is_cursor_position &&
              !is_following_sign (g_utf8_get_char (p)) && !is_dash (g_utf8_get_char (p)) &&
              *p != ' ' &&
              g_utf8_get_char (g_utf8_find_prev_char (phrase->text, p)) != ' ' &&
              !is_leading_vowel (g_utf8_get_char (g_utf8_find_prev_char (phrase->text, p))))
            g_error ("a line wider than %.0f pt could have been broken: “%.*s”", width,
                     line->length, start);

      if (n_lines == 0)
        continue;

      /* A break never falls inside a grapheme cluster, nor inside a
       * syllable as the simplest rules see it. */
      if (!attrs[offset].is_cursor_position ||
          is_following_sign (g_utf8_get_char (start)) ||
          is_leading_vowel (g_utf8_get_char (g_utf8_find_prev_char (phrase->text, start))))
        g_error ("a syllable cut at %.0f pt (size %.0f): “%.*s|%s”", width, size,
                 (int) (start - phrase->text), phrase->text, start);

      /* No line begins with a dash. */
      {
        const char *p = start;

        while (*p == ' ')
          p++;
        if (is_dash (g_utf8_get_char (p)))
          g_error ("a line begins with a dash at %.0f pt: “%s”", width, start);
      }

      /* Not inside a kept range that fits the cell. */
      for (guint k = 0; k < phrase->keep->len; k += 2)
        {
          guint from = g_array_index (phrase->keep, guint, k);
          guint to = g_array_index (phrase->keep, guint, k + 1);

          guint glued_from = from, glued_to = to;

          /* Brackets and closing marks cannot part from what they hold:
           * the range needs their room too. */
          while (glued_from > 0 && strchr ("([“", phrase->text[glued_from - 1]) != NULL)
            glued_from--;
          while (phrase->text[glued_to] != '\0' && strchr (")],.;:", phrase->text[glued_to]) != NULL)
            glued_to++;
          if (line->start_index > (int) from && line->start_index < (int) to &&
              natural_width (ctx, phrase->text + glued_from, glued_to - glued_from, size, flags) <= width - 0.5)
            g_error ("“%.*s” broken at %.0f pt in “%s”", (int) (to - from),
                     phrase->text + from, width, phrase->text);
        }
    }

  return n_lines;
}

static void
test_corpus (gconstpointer data)
{
  const char *family = data;
  g_autoptr(PhaenPlan) plan = load_sample ();
  g_autoptr(PhaenRenderContext) ctx = sample_context (plan, family);
  g_autoptr(GPtrArray) phrases = read_corpus ();
  guint layouts = 0, multi_line = 0;

  if (family != NULL && g_ascii_strcasecmp (ctx->family, family) != 0)
    {
      g_test_skip ("font not installed");
      return;
    }

  for (guint i = 0; i < phrases->len; i++)
    {
      const Phrase *phrase = g_ptr_array_index (phrases, i);

      /* Table text (14) from a month column to a wide cell, and a
       * justified body paragraph (16). */
      for (double width = 16; width <= 460; width += 6)
        {
          multi_line += check_layout (ctx, phrase, 14, PHAEN_TEXT_NO_DIGITS, width) > 1;
          multi_line += check_layout (ctx, phrase, 16, PHAEN_TEXT_NO_DIGITS | PHAEN_TEXT_JUSTIFY,
                                      width) > 1;
          layouts += 2;
        }
    }

  /* The widths really made the phrases wrap. */
  g_assert_cmpuint (multi_line, >, layouts / 2);
}

/* ---- The ranges ---- */

/* The texts of the ranges of @text, joined with "|". */
static char *
ranges_of (PhaenLineBreaker *breaker,
           const char       *text)
{
  g_autoptr(GArray) ranges = phaen_line_breaker_find (breaker, text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < ranges->len; i++)
    {
      const PhaenKeepRange *range = &g_array_index (ranges, PhaenKeepRange, i);

      g_string_append_printf (out, "%s%.*s", i > 0 ? "|" : "", range->end - range->start,
                              text + range->start);
    }

  return g_string_free (out, FALSE);
}

static void
test_ranges (void)
{
  g_autoptr(PhaenLineBreaker) breaker = phaen_line_breaker_new (NULL);
  static const struct
  {
    const char *text;
    const char *ranges;
  } cases[] = {
    { "ประจำปี พ.ศ. ๒๕๖๘ นี้", "ประจำปี|พ.ศ. ๒๕๖๘" },
    { "พ.ศ.2569", "พ.ศ.2569" },
    { "(ฉบับที่ ๓) พ.ศ. ๒๕๖๑", "ฉบับที่ ๓|พ.ศ. ๒๕๖๑" },
    { "ตั้งแต่ ๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙", "๑ ตุลาคม ๒๕๖๘|๘ –|๓๐ กันยายน ๒๕๖๙" },
    { "วันที่ 24 เดือน ตุลาคม พ.ศ. 2568", "24 เดือน ตุลาคม พ.ศ. 2568" },
    { "ก.ย. 2569 และ ต.ค. ๖๘", "ก.ย. 2569|ต.ค. ๖๘" },
    { "ยาว ๑๐ เมตร กว้าง 5.50 ม. และ 2,500 ตารางเมตร", "๑๐ เมตร|5.50 ม.|2,500 ตารางเมตร" },
    { "หมู่ที่ 5 ม.5/1 ข้อ ๒๖ ครั้งที่ 2", "หมู่ที่ 5|ม.5/1|ข้อ ๒๖|ครั้งที่ 2" },
    { "ข้อมูล 5 รายการ", "5 รายการ" },
    { "งบ 1,000,000.50 บาท", "1,000,000.50 บาท" },
    { "ร้อยละ 80 ของผู้สูงอายุ", "ร้อยละ 80|ผู้สูงอายุ" },
    { "- รายการแรก", "" },
    { "ก - ข", "ก -" },
    { "ผู้สูงอายุในครัวเรือน", "ผู้สูงอายุ|ครัวเรือน" },
    /* A word of the list does not start after a leading vowel nor end
     * before a following sign: no คนละ in คนละเอียด... (it ends before
     * เ, a new syllable: kept) but none inside เคนละ. */
    { "เคนละ", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = ranges_of (breaker, cases[i].text);

      g_assert_cmpstr (found, ==, cases[i].ranges);
    }
}

static void
test_plan_names (void)
{
  g_autoptr(PhaenPlan) plan = load_sample ();
  g_autoptr(PhaenLineBreaker) breaker = phaen_line_breaker_new (NULL);
  g_autoptr(PhaenLineBreaker) extra = phaen_line_breaker_new (NULL);
  static const struct
  {
    const char *text;
    const char *ranges;
  } cases[] = {
    /* A location, and the name inside it (kept when the whole does not
     * fit a line). */
    { "ชุมชนหนองบัว", "ชุมชนหนองบัว|หนองบัว" },
    { "บ้านหนองบัวล่าง", "หนองบัว" },
    /* A long name by its core; the organisation and its core. */
    { "โรงเรียนเทศบาลวัดจันทนิมิต", "เทศบาลวัดจันทนิมิต|วัดจันทนิมิต|จันทนิมิต" },
    { "ศาลาวัดจันทนิมิต", "วัดจันทนิมิต|จันทนิมิต" },
    { "ของเทศบาลเมืองจันทนิมิตได้", "เทศบาลเมืองจันทนิมิต|เมืองจันทนิมิต|จันทนิมิต" },
    /* Units, province, signer. */
    { "กองสาธารณสุขและสิ่งแวดล้อม", "กองสาธารณสุขและสิ่งแวดล้อม" },
    { "จังหวัดจันทบุรี", "จันทบุรี" },
    { "(นายพิชิต วงศ์ทองคำ)", "นายพิชิต วงศ์ทองคำ|นายพิชิต|พิชิต วงศ์ทองคำ|พิชิต|วงศ์ทองคำ" },
    /* A long location by its parts (and the dash with the word before). */
    { "สายแยกทางหลวง ๓ - บ้านพลับ", "สายแยกทางหลวง|๓ -|บ้านพลับ|พลับ" },
  };

  phaen_line_breaker_add_plan_names (breaker, plan);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *found = ranges_of (breaker, cases[i].text);

      g_assert_cmpstr (found, ==, cases[i].ranges);
    }

  /* The caller's words. */
  phaen_line_breaker_add_word (extra, "กาญจนาภิเษก");
  phaen_line_breaker_add_word (extra, "ก");
  phaen_line_breaker_add_word (extra, "บ้านหมู่ 3ก");
  {
    g_autofree char *found = ranges_of (extra, "ถนนกาญจนาภิเษกก");
    g_autofree char *none = ranges_of (breaker, "ถนนกาญจนาภิเษก");
    /* A word with digits is found in either digits. */
    g_autofree char *thai = ranges_of (extra, "ที่บ้านหมู่ ๓ก");
    g_autofree char *arabic = ranges_of (extra, "ที่บ้านหมู่ 3ก");

    g_assert_cmpstr (found, ==, "กาญจนาภิเษก");
    g_assert_cmpstr (none, ==, "");
    g_assert_cmpstr (thai, ==, "บ้านหมู่ ๓ก|หมู่ ๓");
    g_assert_cmpstr (arabic, ==, "บ้านหมู่ 3ก|หมู่ 3");
  }
}

/* The extra words of the render options reach the layouts. */
static void
test_extra_words (void)
{
  char *words[] = { "ศรีจันท์", NULL };
  PhaenRenderOptions with = { PHAEN_DIGITS_THAI, NULL, words };
  PhaenRenderOptions without = { PHAEN_DIGITS_THAI, NULL, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(PhaenRenderContext) a = phaen_render_context_new (NULL, &with, NULL, &error);
  g_autoptr(PhaenRenderContext) b = phaen_render_context_new (NULL, &without, NULL, &error);
  const char *text = "ถนนศรีจันท์";
  gboolean cut_without = FALSE;

  g_assert_no_error (error);
  for (double width = 10; width < 60; width += 1)
    {
      g_autoptr(PangoLayout) kept = phaen_render_text (a, text, 14, 0, width);
      g_autoptr(PangoLayout) plain = phaen_render_text (b, text, 14, 0, width);
      const char *p = strstr (text, "ศรีจันท์");
      double needed = natural_width (a, p, strlen (p), 14, 0);

      for (GSList *l = pango_layout_get_lines_readonly (kept); l != NULL; l = l->next)
        {
          PangoLayoutLine *line = l->data;

          if (needed <= width - 0.5)
            g_assert_false (line->start_index > p - text && line->start_index < (int) strlen (text));
        }
      for (GSList *l = pango_layout_get_lines_readonly (plain); l != NULL; l = l->next)
        {
          PangoLayoutLine *line = l->data;

          if (line->start_index > p - text && line->start_index < (int) strlen (text) && needed <= width - 0.5)
            cut_without = TRUE;
        }
    }
  /* Without the word, libthai does cut it: the list made the difference. */
  g_assert_true (cut_without);
}

/* ---- The shipped word list ---- */

static void
test_word_list (void)
{
  g_autofree char *path = phaen_line_breaker_find_word_list ();
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(PhaenLineBreaker) breaker = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  gsize length;
  guint n_words = 0;
  gint64 start;

  g_assert_nonnull (path);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_test_message ("word list %s: %" G_GSIZE_FORMAT " bytes", path, length);
  /* Small enough to read at every start. */
  g_assert_cmpuint (length, <, 64 * 1024);

  start = g_get_monotonic_time ();
  breaker = phaen_line_breaker_new (warnings);
  g_test_message ("read and indexed in %.2f ms (when this test runs first)",
                  (g_get_monotonic_time () - start) / 1000.0);
  g_assert_cmpuint (warnings->len, ==, 0);

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *word = g_strstrip (lines[i]);
      g_autoptr(GArray) ranges = NULL;
      const PhaenKeepRange *range;
      PangoLogAttr *attrs;
      glong n_chars;
      gboolean cut = FALSE;

      if (word[0] == '\0' || word[0] == '#')
        continue;
      n_words++;

      /* Each word is found whole (first; words inside it may follow)... */
      ranges = phaen_line_breaker_find (breaker, word);
      g_assert_cmpuint (ranges->len, >=, 1);
      range = &g_array_index (ranges, PhaenKeepRange, 0);
      g_assert_cmpuint (range->start, ==, 0);
      g_assert_cmpuint (range->end, ==, strlen (word));

      /* ...and is listed for a reason: libthai alone cuts it. */
      n_chars = g_utf8_strlen (word, -1);
      attrs = g_new0 (PangoLogAttr, n_chars + 1);
      pango_get_log_attrs (word, -1, -1, pango_language_from_string ("th"), attrs, n_chars + 1);
      for (glong k = 1; k < n_chars; k++)
        cut |= attrs[k].is_line_break;
      g_free (attrs);
      if (!cut)
        g_error ("“%s” is in the word list but libthai keeps it whole already", word);
    }
  g_assert_cmpuint (n_words, >=, 150);
}

/* ---- The sample's PDF read back ---- */

/* Text as the check compares it: Thai marks and spaces dropped (PDF text
 * extraction reorders marks and adds spaces around them), lines kept. */
static char *
normalise (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == ' ' || c == 0x00A0 || c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) ||
          (c >= 0x0E47 && c <= 0x0E4E))
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* Line pairs (a line, a newline, the next line of the same paragraph or
 * cell) of @text laid out in @rects, normalised, appended to @out; and
 * every line alone to @lines. Two lines follow each other when the
 * second starts about one line lower and to the left of where the first
 * ended: a wrapped line (text extraction also joins lines of different
 * cells, which are not breaks). */
typedef struct
{
  char   *text;   /* normalised: a line, "\n", the next */
  double  room;   /* width the lines had, points */
} Pair;

static void
pair_free (gpointer data)
{
  Pair *pair = data;

  g_free (pair->text);
  g_free (pair);
}

/* A piece of a line of text in one column. */
typedef struct
{
  GString *text;
  double   top, bottom, left, right;
  gboolean crosses;   /* a line that runs on into the next column: a title, not a cell */
} Piece;

static void
piece_free (gpointer data)
{
  Piece *piece = data;

  g_string_free (piece->text, TRUE);
  g_free (piece);
}

static int
compare_pieces (gconstpointer a,
                gconstpointer b)
{
  const Piece *pa = *(const Piece * const *) a;
  const Piece *pb = *(const Piece * const *) b;
  double height = MAX (pa->bottom - pa->top, 1.0);

  if (ABS (pa->top - pb->top) > 0.3 * height)
    return pa->top < pb->top ? -1 : 1;

  return pa->left < pb->left ? -1 : (pa->left > pb->left ? 1 : 0);
}

/* The lines of each column of a page, rebuilt from where poppler found
 * each character (its reading order mixes the cells of a table), and
 * the pairs of lines that follow each other in a paragraph or a cell:
 * the second about one line lower, starting left of where the first
 * ended. Pairs go to @pairs (Pair, normalised), lines to @lines. */
static void
page_texts (PopplerPage *page,
            double       month_mm,
            GPtrArray   *pairs,
            GPtrArray   *lines)
{
  g_autofree char *text = poppler_page_get_text (page);
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  double width, height;
  const double *widths = NULL;
  guint n = 0;
  /* The text columns, those of ผด.02 and ผด.02/1 less what the months
   * take beyond 5.6 mm (40 % and 60 % from two of them, as the forms do). */
  double extra = 12 * (month_mm - 5.6);
  static const double pd01[] = { 100, 26, 30, 36, 30, 40 };
  double pd02[] = { 10, 48 - 0.4 * extra, 62 - 0.6 * extra, 22, 28, 24 };
  double pd021[] = { 10, 32 - 0.4 * extra, 22, 30, 54 - 0.6 * extra, 22, 24 };
  double edges[16];
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  Piece *piece = NULL;
  gint piece_column = -1;
  guint i = 0;

  poppler_page_get_size (page, &width, &height);
  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  g_assert_cmpuint (n_rects, ==, g_utf8_strlen (text, -1));

  if (strstr (text, "แบบ ผด.๐๑") != NULL)
    widths = pd01, n = G_N_ELEMENTS (pd01);
  else if (strstr (text, "แบบ ผด.๐๒/๑") != NULL)
    widths = pd021, n = G_N_ELEMENTS (pd021);
  else if (strstr (text, "แบบ ผด.๐๒") != NULL)
    widths = pd02, n = G_N_ELEMENTS (pd02);

  /* Column edges; a portrait page is one column 160 mm wide. */
  if (n == 0)
    {
      edges[0] = 0;
      edges[1] = width;
      n = 1;
    }
  else
    {
      edges[0] = 20.0 * 72.0 / 25.4;
      for (guint c = 0; c < n; c++)
        edges[c + 1] = edges[c] + widths[c] * 72.0 / 25.4;
    }
  for (guint c = 0; c < n; c++)
    g_ptr_array_add (columns, g_ptr_array_new_with_free_func (piece_free));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), i++)
    {
      double middle = (rects[i].x1 + rects[i].x2) / 2;
      gint column = -1;
      gboolean crossing = FALSE;

      for (guint c = 0; c < n; c++)
        if (middle >= edges[c] && middle < edges[c + 1])
          column = c;

      if (*p == '\n' || column != piece_column ||
          (piece != NULL && rects[i].x1 > piece->right + 30))
        {
          /* Text that goes on across a column edge without a gap is not
           * in a cell. */
          crossing = piece != NULL && *p != '\n' && column >= 0 && column != piece_column &&
                     rects[i].x1 < piece->right + 3;
          if (piece != NULL)
            {
              piece->crosses |= crossing;
              g_ptr_array_add (g_ptr_array_index (columns, piece_column), piece);
            }
          piece = NULL;
          piece_column = -1;
        }
      if (*p == '\n' || column < 0)
        continue;

      if (piece == NULL)
        {
          piece = g_new0 (Piece, 1);
          piece->crosses = crossing;
          piece->text = g_string_new (NULL);
          piece->top = rects[i].y1;
          piece->bottom = rects[i].y2;
          piece->left = rects[i].x1;
          piece_column = column;
        }
      g_string_append_unichar (piece->text, g_utf8_get_char (p));
      piece->top = MIN (piece->top, rects[i].y1);
      piece->bottom = MAX (piece->bottom, rects[i].y2);
      piece->right = rects[i].x2;
    }
  if (piece != NULL)
    g_ptr_array_add (g_ptr_array_index (columns, piece_column), piece);
  g_free (rects);

  for (guint c = 0; c < n; c++)
    {
      GPtrArray *pieces = g_ptr_array_index (columns, c);
      double room = widths != NULL ? (widths[c] - 3.0) * 72.0 / 25.4 : 160.0 * 72.0 / 25.4;
      Piece *previous = NULL;

      g_ptr_array_sort (pieces, compare_pieces);

      /* Pieces on one row make one line. */
      for (guint k = 0; k < pieces->len; k++)
        {
          Piece *line = g_ptr_array_index (pieces, k);
          double line_height = line->bottom - line->top;

          while (k + 1 < pieces->len)
            {
              Piece *next = g_ptr_array_index (pieces, k + 1);

              if (ABS (next->top - line->top) > 0.3 * line_height)
                break;
              g_string_append_printf (line->text, " %s", next->text->str);
              line->right = next->right;
              line->crosses |= next->crosses;
              line->bottom = MAX (line->bottom, next->bottom);
              k++;
            }
          g_ptr_array_add (lines, normalise (line->text->str));

          if (previous != NULL && !previous->crosses && !line->crosses)
            {
              double drop = line->top - previous->top;
              double previous_height = previous->bottom - previous->top;

              if (drop > 0.5 * previous_height && drop < 1.7 * previous_height &&
                  line->left < previous->right)
                {
                  g_autofree char *joined = g_strdup_printf ("%s\n%s", previous->text->str, line->text->str);
                  Pair *pair = g_new0 (Pair, 1);

                  pair->text = normalise (joined);
                  pair->room = room;
                  g_ptr_array_add (pairs, pair);
                }
            }
          previous = line;
        }
    }
}

/* Strings the PDF must never cut: the word list, the issue's examples,
 * the plan's names. */
static GPtrArray *
kept_strings (PhaenPlan *plan)
{
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = phaen_line_breaker_find_word_list ();
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GListModel *units = phaen_plan_get_units (plan);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' && lines[i][0] != '#')
      g_ptr_array_add (strings, g_strdup (lines[i]));
  for (guint i = 0; i < G_N_ELEMENTS (issue_examples); i++)
    g_ptr_array_add (strings, g_strdup (issue_examples[i]));
  g_ptr_array_add (strings, g_strdup (phaen_plan_get_organisation_name (plan)));
  g_ptr_array_add (strings, g_strdup (phaen_plan_get_province (plan)));
  g_ptr_array_add (strings, g_strdup (phaen_plan_get_text (plan, "signer-name")));
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PhaenUnit) unit = g_list_model_get_item (units, i);

      g_ptr_array_add (strings, g_strdup (phaen_unit_get_name (unit)));
    }

  return strings;
}

static void
test_sample_pdf (gconstpointer data)
{
  const char *family = data;
  g_autoptr(PhaenPlan) plan = load_sample ();
  PhaenRenderOptions options = { PHAEN_DIGITS_FROM_PLAN, family, NULL };
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(PopplerDocument) doc = NULL;
  g_autoptr(GPtrArray) strings = kept_strings (plan);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (pair_free);
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(PhaenRenderContext) ctx = sample_context (plan, family);
  guint found_whole = 0, too_wide = 0;

  bytes = phaen_pdf_render (plan, &options, warnings, NULL, &error);
  g_assert_no_error (error);
  if (family != NULL && warnings->len > 0)
    {
      g_test_skip ("font not installed");
      return;
    }
  doc = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);

  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (doc, i);

      page_texts (page, phaen_forms_month_width_mm (ctx), texts, lines);
    }
  /* Enough wrapped lines were found for the check to mean something. */
  g_test_message ("%u wrapped line pairs, %u lines", texts->len, lines->len);
  g_assert_cmpuint (texts->len, >, 100);

  for (guint s = 0; s < strings->len; s++)
    {
      g_autofree char *word = normalise (g_ptr_array_index (strings, s));
      glong n = g_utf8_strlen (word, -1);
      gboolean whole = FALSE;

      for (guint t = 0; t < texts->len; t++)
        {
          const Pair *pair = g_ptr_array_index (texts, t);
          const char *text = pair->text;

          for (glong k = 1; k < n; k++)
            {
              const char *cut = g_utf8_offset_to_pointer (word, k);
              g_autofree char *split = g_strdup_printf ("%.*s\n%s", (int) (cut - word), word, cut);
              const char *at = strstr (text, split);
              const char *original = g_ptr_array_index (strings, s);

              if (at == NULL)
                continue;
              /* Wider than its cell even in bold: it had to be cut. */
              if (natural_width (ctx, original, strlen (original), 14, PHAEN_TEXT_BOLD) > pair->room)
                {
                  too_wide++;
                  continue;
                }
              {
                const char *from = at, *to = at + strlen (split);

                for (int c = 0; c < 30 && from > text; c++)
                  from = g_utf8_find_prev_char (text, from);
                for (int c = 0; c < 30 && *to != '\0'; c++)
                  to = g_utf8_next_char (to);
                g_error ("“%s” is cut in the PDF, in %.0f pt (marks and spaces dropped): …%.*s…",
                         original, pair->room, (int) (to - from), from);
              }
            }
        }
      for (guint t = 0; t < lines->len && !whole; t++)
        whole = strstr (g_ptr_array_index (lines, t), word) != NULL;
      found_whole += whole;
    }
  /* The text was really read: the examples of the issue are there. */
  for (guint i = 0; i < G_N_ELEMENTS (issue_examples); i++)
    {
      g_autofree char *word = normalise (issue_examples[i]);
      gboolean seen = FALSE;

      for (guint t = 0; t < lines->len && !seen; t++)
        seen = strstr (g_ptr_array_index (lines, t), word) != NULL;
      if (!seen)
        g_error ("“%s” is not in the sample's PDF", issue_examples[i]);
    }
  g_test_message ("%u of %u kept strings appear in the PDF; %u cuts of strings wider than their cell",
                  found_whole, strings->len, too_wide);

  /* No wrapped line begins with a dash. */
  for (guint t = 0; t < texts->len; t++)
    {
      const Pair *pair = g_ptr_array_index (texts, t);
      const char *second = strchr (pair->text, '\n') + 1;

      if (is_dash (g_utf8_get_char (second)))
        g_error ("a line begins with a dash: “%s”", pair->text);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* Messages name Thai words: in the locale's (UTF-8) charset. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  /* First: it times the first reading of the list. */
  g_test_add_func ("/linebreak/word-list", test_word_list);
  g_test_add_func ("/linebreak/ranges", test_ranges);
  g_test_add_func ("/linebreak/plan-names", test_plan_names);
  g_test_add_func ("/linebreak/extra-words", test_extra_words);
  g_test_add_data_func ("/linebreak/corpus/default", NULL, test_corpus);
  g_test_add_data_func ("/linebreak/corpus/garuda", "Garuda", test_corpus);
  g_test_add_data_func ("/linebreak/sample-pdf/default", NULL, test_sample_pdf);
  g_test_add_data_func ("/linebreak/sample-pdf/garuda", "Garuda", test_sample_pdf);

  return g_test_run ();
}
