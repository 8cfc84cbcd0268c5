/* phaen-linebreak.c: line breaks a Thai reader accepts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "model/phaen-project.h"
#include "model/phaen-thai.h"
#include "model/phaen-unit.h"
#include "model/phaen-words.h"
#include "phaen-linebreak.h"

#define WORD_LIST_NAME "phaen-words.txt"

/* Words longer than this (bytes) are not words: the list refuses them. */
#define MAX_WORD_BYTES 192
/* A name of the plan is kept whole up to this many characters; a longer
 * one (a location that is a description) is kept by its parts. The
 * organisation, its units and its signer are names however long. */
#define MAX_NAME_CHARS 24
#define MAX_TITLE_CHARS 48
/* Parts and cores of names shorter than this are not kept. */
#define MIN_NAME_CHARS 3

/* ------------------------------------------------------------------ */
/* A trie over characters, built once from a word list: the words at a
 * position are found in one walk. */

typedef struct
{
  gunichar c;
  guint    child;
} Edge;

/* What a word ending at a node is (bits). */
enum
{
  IS_WORD = 1 << 0,   /* of the shipped list */
  IS_NAME = 1 << 1,   /* of the plan or the caller */
};

typedef struct
{
  guint first_edge;
  guint n_edges;
  guint kinds;        /* 0: no word ends here */
} Node;

typedef struct
{
  GArray *nodes;   /* Node; 0 is the root */
  GArray *edges;   /* Edge, the edges of a node contiguous and sorted */
} Trie;

typedef struct
{
  gunichar *chars;
  glong     length;
  guint     kind;
} Word;

static int
compare_words (gconstpointer a,
               gconstpointer b)
{
  const Word *wa = a;
  const Word *wb = b;

  for (glong i = 0; i < wa->length && i < wb->length; i++)
    if (wa->chars[i] != wb->chars[i])
      return wa->chars[i] < wb->chars[i] ? -1 : 1;

  return wa->length < wb->length ? -1 : (wa->length > wb->length ? 1 : 0);
}

/* Words @lo..@hi share their first @depth characters; they are sorted,
 * so the one that ends here, if any, comes first. */
static guint
trie_build_node (Trie       *trie,
                 const Word *words,
                 guint       lo,
                 guint       hi,
                 glong       depth)
{
  Node node = { 0 };
  guint index = trie->nodes->len;
  guint i = lo;
  guint n = 0;

  g_array_append_val (trie->nodes, node);

  while (i < hi && words[i].length == depth)
    {
      g_array_index (trie->nodes, Node, index).kinds |= words[i].kind;
      i++;
    }

  for (guint k = i; k < hi; n++)
    {
      gunichar c = words[k].chars[depth];

      while (k < hi && words[k].chars[depth] == c)
        k++;
    }
  g_array_index (trie->nodes, Node, index).first_edge = trie->edges->len;
  g_array_index (trie->nodes, Node, index).n_edges = n;
  g_array_set_size (trie->edges, trie->edges->len + n);

  for (guint e = 0; i < hi; e++)
    {
      gunichar c = words[i].chars[depth];
      guint end = i;
      guint child;
      Edge *edge;

      while (end < hi && words[end].chars[depth] == c)
        end++;
      child = trie_build_node (trie, words, i, end, depth + 1);
      edge = &g_array_index (trie->edges, Edge, g_array_index (trie->nodes, Node, index).first_edge + e);
      edge->c = c;
      edge->child = child;
      i = end;
    }

  return index;
}

/* A trie of @words (IS_WORD) and @names (IS_NAME), either may be NULL. */
static Trie *
trie_new (GPtrArray *words,
          GPtrArray *names)
{
  Trie *trie = g_new0 (Trie, 1);
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Word));
  GPtrArray *lists[] = { words, names };
  const guint kinds[] = { IS_WORD, IS_NAME };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; lists[l] != NULL && i < lists[l]->len; i++)
      {
        Word word;

        word.chars = g_utf8_to_ucs4_fast (g_ptr_array_index (lists[l], i), -1, &word.length);
        word.kind = kinds[l];
        g_array_append_val (all, word);
      }
  g_array_sort (all, compare_words);

  trie->nodes = g_array_new (FALSE, TRUE, sizeof (Node));
  trie->edges = g_array_new (FALSE, TRUE, sizeof (Edge));
  trie_build_node (trie, (const Word *) all->data, 0, all->len, 0);

  for (guint i = 0; i < all->len; i++)
    g_free (g_array_index (all, Word, i).chars);

  return trie;
}

static void
trie_free (Trie *trie)
{
  if (trie == NULL)
    return;

  g_array_unref (trie->nodes);
  g_array_unref (trie->edges);
  g_free (trie);
}

/* ------------------------------------------------------------------ */
/* The shipped word list: read once, shared by every breaker. */

typedef struct
{
  GPtrArray *words;   /* char*; NULL when the list was not found */
  char      *path;
} WordList;

char *
phaen_line_breaker_find_word_list (void)
{
  const char *env = g_getenv ("PHAEN_DICT_DIR");
  const char *dirs[] = {
    env != NULL && env[0] != '\0' ? env : NULL,
    PHAEN_RENDER_BUILD_DICTDIR,
    PHAEN_PKGDATADIR G_DIR_SEPARATOR_S "dict",
  };

  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *path = NULL;

      if (dirs[i] == NULL)
        continue;
      path = g_build_filename (dirs[i], WORD_LIST_NAME, NULL);
      if (g_file_test (path, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&path);
    }

  return NULL;
}

/* One word a line, UTF-8; blank lines and lines starting with "#" are
 * skipped, so are lines that are not valid UTF-8 or too long. */
static GPtrArray *
read_words (const char *contents,
            gsize       length)
{
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *p = contents;
  const char *end = contents + length;

  while (p < end)
    {
      const char *eol = memchr (p, '\n', end - p);
      const char *line_end = eol != NULL ? eol : end;
      g_autofree char *line = g_strndup (p, line_end - p);

      g_strstrip (line);
      if (line[0] != '\0' && line[0] != '#' && strlen (line) <= MAX_WORD_BYTES &&
          g_utf8_validate (line, -1, NULL) && g_utf8_strlen (line, -1) > 1)
        g_ptr_array_add (words, g_steal_pointer (&line));

      p = line_end + 1;
    }

  return words;
}

static gpointer
load_word_list (gpointer data)
{
  WordList *list = g_new0 (WordList, 1);
  g_autofree char *contents = NULL;
  gsize length = 0;

  list->path = phaen_line_breaker_find_word_list ();
  if (list->path != NULL && g_file_get_contents (list->path, &contents, &length, NULL))
    {
      list->words = read_words (contents, length);
      g_debug ("%u words from %s", list->words->len, list->path);
    }

  return list;
}

static const WordList *
word_list (void)
{
  static GOnce once = G_ONCE_INIT;

  return g_once (&once, load_word_list, NULL);
}

/* ------------------------------------------------------------------ */
/* Characters */

/* The character at @p and the byte after it; Thai (three bytes) and
 * ASCII without a call. */
static inline gunichar
next_char (const guint8 *p,
           gsize        *length)
{
  if (p[0] < 0x80)
    {
      *length = 1;
      return p[0];
    }
  if ((p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
    {
      *length = 3;
      return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
  *length = g_utf8_next_char (p) - (const char *) p;
  return g_utf8_get_char ((const char *) p);
}

/* Thai vowels written before their consonant: a syllable starts with
 * them, so nothing breaks after one. */
static gboolean
is_leading_vowel (gunichar c)
{
  return c >= 0x0E40 && c <= 0x0E44;
}

/* Thai signs that belong to the consonant before them: following vowels,
 * marks above and below, ๆ and ฯ. Nothing breaks before one. */
static gboolean
is_following_sign (gunichar c)
{
  return (c >= 0x0E30 && c <= 0x0E3A) || (c >= 0x0E45 && c <= 0x0E4E) || c == 0x0E2F;
}

static gboolean
is_thai_letter (gunichar c)
{
  return c >= 0x0E01 && c <= 0x0E2E;
}

static gboolean
is_digit (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0x0E50 && c <= 0x0E59);
}

static gboolean
is_space (gunichar c)
{
  return c == ' ' || c == 0x00A0;
}

static gboolean
is_dash (gunichar c)
{
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

/* The character before @p in @text, 0 at its start. */
static gunichar
char_before (const char *text,
             const char *p)
{
  if (p <= text)
    return 0;

  return g_utf8_get_char (g_utf8_find_prev_char (text, p));
}

/* A word may start at @p and end at @end: not in the middle of a
 * syllable (after a leading vowel, before a following sign). */
static gboolean
word_fits_here (const char *text,
                const char *p,
                const char *end)
{
  return !is_leading_vowel (char_before (text, p)) && !is_following_sign (g_utf8_get_char (end));
}

/* ------------------------------------------------------------------ */
/* Tokens: numbers with what belongs to them */

/* A string of a table, with its length in bytes. */
typedef struct
{
  const char *text;
  gsize       length;
} Token;

#define T(string) { string, sizeof (string) - 1 }

/* Labels that go with the number after them. */
static const Token number_labels[] = {
  T ("ฉบับที่"), T ("ครั้งที่"), T ("ข้อ"), T ("หมู่ที่"), T ("หมู่"), T ("ม."), T ("ระยะที่"), T ("ลำดับที่"), T ("ลำดับ"),
  T ("หน้า"), T ("ซอย"), T ("ซ."), T ("เลขที่"), T ("รุ่นที่"), T ("จุดที่"), T ("ร้อยละ"), T ("มาตรา"), T ("วรรค"), T ("ชั้น"),
  T ("พ.ศ."), T ("ค.ศ."), T ("พ.ศ"), T ("ค.ศ"), T ("ปี"),
};

/* Units and classifiers that go with the number before them. */
static const Token number_units[] = {
  T ("เมตร"), T ("ตารางเมตร"), T ("ลูกบาศก์เมตร"), T ("กิโลเมตร"), T ("เซนติเมตร"), T ("มิลลิเมตร"), T ("ตารางวา"),
  T ("ตร.ม."), T ("ตร.กม."), T ("ลบ.ม."), T ("กม."), T ("ซม."), T ("มม."), T ("ม."), T ("ไร่"), T ("งาน"), T ("วา"), T ("นิ้ว"), T ("ฟุต"),
  T ("ต้น"), T ("คน"), T ("ราย"), T ("รายการ"), T ("แห่ง"), T ("ครั้ง"), T ("บาท"), T ("สตางค์"), T ("จุด"), T ("ชุด"), T ("เครื่อง"), T ("คัน"),
  T ("หลัง"), T ("ตัว"), T ("วัน"), T ("เดือน"), T ("ปี"), T ("ชั่วโมง"), T ("นาที"), T ("ครัวเรือน"), T ("หลังคาเรือน"),
  T ("หมู่บ้าน"), T ("ชุมชน"), T ("ลิตร"), T ("กิโลกรัม"), T ("กก."), T ("ตัน"), T ("เส้น"), T ("ท่อน"), T ("บ่อ"), T ("ป้าย"),
  T ("แผ่น"), T ("ดวง"), T ("โคม"), T ("ชิ้น"), T ("อัน"), T ("ห้อง"), T ("รุ่น"), T ("กลุ่ม"), T ("โครงการ"), T ("กิจกรรม"),
  T ("เปอร์เซ็นต์"), T ("%"), T ("ลูก"), T ("ถัง"), T ("กระสอบ"), T ("คิว"), T ("ท่อ"), T ("ช่อง"), T ("สาย"), T ("ราง"), T ("ฝา"),
};

/* Months as dates write them, full and abbreviated. */
static const Token months[] = {
  T ("มกราคม"), T ("กุมภาพันธ์"), T ("มีนาคม"), T ("เมษายน"), T ("พฤษภาคม"), T ("มิถุนายน"), T ("กรกฎาคม"),
  T ("สิงหาคม"), T ("กันยายน"), T ("ตุลาคม"), T ("พฤศจิกายน"), T ("ธันวาคม"),
  T ("ม.ค."), T ("ก.พ."), T ("มี.ค."), T ("เม.ย."), T ("พ.ค."), T ("มิ.ย."), T ("ก.ค."), T ("ส.ค."), T ("ก.ย."), T ("ต.ค."),
  T ("พ.ย."), T ("ธ.ค."),
};

static const Token eras[] = { T ("พ.ศ."), T ("ค.ศ.") };

/* End of the number at @p (digits, with , . / between digits), or NULL
 * when no number starts there. */
static const char *
number_end (const char *p)
{
  const char *end = NULL;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (is_digit (c))
        {
          p = g_utf8_next_char (p);
          end = p;
          continue;
        }
      if (end != NULL && (c == ',' || c == '.' || c == '/') && is_digit (g_utf8_get_char (p + 1)))
        {
          p++;
          continue;
        }
      break;
    }

  return end;
}

static const char *
skip_spaces (const char *p)
{
  while (*p != '\0' && is_space (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);

  return p;
}

/* Start of the spaces that end just before @p (@p when there are none). */
static const char *
spaces_before (const char *text,
               const char *p)
{
  while (p > text && is_space (char_before (text, p)))
    p = g_utf8_find_prev_char (text, p);

  return p;
}

/* The longest of @table at @p, with a sensible end; its end or NULL. */
static const char *
match_after (const Token *table,
             guint        n,
             const char  *p)
{
  const char *best = NULL;

  for (guint i = 0; i < n; i++)
    {
      gsize length = table[i].length;

      if (p[0] == table[i].text[0] && strncmp (p, table[i].text, length) == 0 &&
          (best == NULL || p + length > best) &&
          !is_following_sign (g_utf8_get_char (p + length)))
        best = p + length;
    }

  return best;
}

/* The longest of @table ending at @p; its start or NULL. */
static const char *
match_before (const Token *table,
              guint        n,
              const char  *text,
              const char  *p)
{
  const char *best = NULL;

  for (guint i = 0; i < n; i++)
    {
      gsize length = table[i].length;

      if ((gsize) (p - text) >= length && p[-1] == table[i].text[length - 1] &&
          memcmp (p - length, table[i].text, length) == 0 &&
          (best == NULL || p - length < best) &&
          !is_leading_vowel (char_before (text, p - length)))
        best = p - length;
    }

  return best;
}

static void
add_range (GArray        *ranges,
           const char    *text,
           const char    *start,
           const char    *end,
           PhaenKeepKind  kind)
{
  PhaenKeepRange range = { start - text, end - text, kind };

  if (end > start)
    g_array_append_val (ranges, range);
}

/* A date around the number at @start..@end: day month [year], or month
 * year. Returns the end of the date, or NULL when there is none. */
static const char *
find_date (GArray     *ranges,
           const char *text,
           const char *start,
           const char *end)
{
  const char *month_end = match_after (months, G_N_ELEMENTS (months), skip_spaces (end));
  const char *month_start;

  /* "day month", also "day เดือน month" as announcements write it */
  if (month_end == NULL && skip_spaces (end) > end && g_str_has_prefix (skip_spaces (end), "เดือน"))
    month_end = match_after (months, G_N_ELEMENTS (months),
                             skip_spaces (skip_spaces (end) + strlen ("เดือน")));

  /* day month [พ.ศ.] [year] */
  if (month_end != NULL && skip_spaces (end) > end && end - start <= 6)
    {
      const char *p = skip_spaces (month_end);
      const char *era_end = match_after (eras, G_N_ELEMENTS (eras), p);
      const char *year_end;

      if (era_end != NULL)
        p = skip_spaces (era_end);
      year_end = p > month_end ? number_end (p) : NULL;
      if (year_end == NULL)
        year_end = month_end;
      add_range (ranges, text, start, year_end, PHAEN_KEEP_TOKEN);
      return year_end;
    }

  /* month [พ.ศ.] year */
  {
    const char *p = spaces_before (text, start);
    const char *era_start = match_before (eras, G_N_ELEMENTS (eras), text, p);

    if (era_start != NULL)
      p = spaces_before (text, era_start);
    month_start = p < start ? match_before (months, G_N_ELEMENTS (months), text, p) : NULL;
    if (month_start != NULL)
      {
        add_range (ranges, text, month_start, end, PHAEN_KEEP_TOKEN);
        return end;
      }
  }

  return NULL;
}

static void
find_tokens (GArray     *ranges,
             const char *text)
{
  const char *p = text;
  gunichar previous = 0;

  while (*p != '\0')
    {
      gsize step;
      gunichar c = next_char ((const guint8 *) p, &step);
      const char *end, *date_end;

      /* A dash after a space stays with the word before it. */
      if (is_dash (c))
        {
          const char *spaces = spaces_before (text, p);

          /* From the last character of that word: nothing breaks
           * before the spaces either. */
          if (spaces < p && spaces > text && !is_space (char_before (text, spaces)) &&
              char_before (text, spaces) != '\n')
            add_range (ranges, text, g_utf8_find_prev_char (text, spaces), g_utf8_next_char (p),
                       PHAEN_KEEP_DASH);
        }

      if (!is_digit (c) || is_digit (previous))
        {
          previous = c;
          p += step;
          continue;
        }

      end = number_end (p);
      date_end = find_date (ranges, text, p, end);
      if (date_end != NULL)
        end = date_end;
      else
        {
          const char *label_start = match_before (number_labels, G_N_ELEMENTS (number_labels),
                                                  text, spaces_before (text, p));
          const char *unit_start = skip_spaces (end);
          const char *unit_end = match_after (number_units, G_N_ELEMENTS (number_units), unit_start);
          const char *label_end = match_after (number_labels, G_N_ELEMENTS (number_labels), unit_start);

          /* Not a unit but the label of the next number: "5 ม.5/1",
           * "26 ครั้งที่ 2". */
          if (unit_end != NULL &&
              (is_digit (g_utf8_get_char (unit_end)) ||
               (label_end != NULL && is_digit (g_utf8_get_char (skip_spaces (label_end))))))
            unit_end = NULL;

          if (label_start != NULL)
            add_range (ranges, text, label_start, end, PHAEN_KEEP_TOKEN);
          if (unit_end != NULL)
            add_range (ranges, text, p, unit_end, PHAEN_KEEP_TOKEN);
        }

      previous = 0;
      p = end;
    }
}

/* ------------------------------------------------------------------ */
/* The breaker */

struct _PhaenLineBreaker
{
  const WordList *list;     /* shared, read-only */
  GPtrArray      *names;    /* char*: the plan's and the caller's words */
  Trie           *trie;     /* the list's words and the names */
  gboolean        frozen;   /* names in the trie, no more added */
};

PhaenLineBreaker *
phaen_line_breaker_new (GPtrArray *warnings)
{
  PhaenLineBreaker *self = g_new0 (PhaenLineBreaker, 1);

  self->list = word_list ();
  self->names = g_ptr_array_new_with_free_func (g_free);
  if (self->list->words == NULL && warnings != NULL)
    g_ptr_array_add (warnings,
                     g_strdup_printf (_("The word list “%s” of Phaen is not installed; lines may break inside words"),
                                      WORD_LIST_NAME));

  return self;
}

void
phaen_line_breaker_free (PhaenLineBreaker *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->names);
  trie_free (self->trie);
  g_free (self);
}

void
phaen_line_breaker_add_word (PhaenLineBreaker *self,
                             const char       *word)
{
  g_autofree char *copy = NULL;

  g_return_if_fail (self != NULL);
  g_return_if_fail (!self->frozen);

  if (word == NULL)
    return;

  copy = g_strstrip (g_strdup (word));
  if (!g_utf8_validate (copy, -1, NULL) || g_utf8_strlen (copy, -1) <= 1 ||
      strlen (copy) > MAX_WORD_BYTES)
    return;

  /* The text is matched after its digits are converted: a name with
   * digits is kept in both forms. */
  for (const char *p = copy; *p != '\0'; p = g_utf8_next_char (p))
    if (is_digit (g_utf8_get_char (p)))
      {
        g_autofree char *thai = phaen_thai_digits (copy);
        g_autofree char *arabic = phaen_arabic_digits (copy);

        if (strcmp (thai, copy) != 0)
          g_ptr_array_add (self->names, g_steal_pointer (&thai));
        if (strcmp (arabic, copy) != 0)
          g_ptr_array_add (self->names, g_steal_pointer (&arabic));
        break;
      }
  g_ptr_array_add (self->names, g_steal_pointer (&copy));
}

/* Words that begin a name and are not the name itself (the kind of a
 * place, a title): ชุมชนหนองบัว names หนองบัว too. */
static const char * const name_prefixes[] = {
  "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "เทศบาลนคร", "เทศบาลเมือง",
  "เทศบาลตำบล", "เทศบาล", "นายกเทศมนตรี", "นายกองค์การบริหารส่วนตำบล", "อำเภอ",
  "จังหวัด", "ตำบล", "เมือง", "ชุมชน", "หมู่บ้าน", "บ้าน", "วัด", "โรงเรียน", "ถนน",
  "ซอย", "คลอง", "แม่น้ำ", "สะพาน", "ตลาด", "สถานี", "นางสาว", "นาย", "นาง",
};

/* Adds @name (when short enough) and what remains of it without its
 * kind words, repeatedly: โรงเรียนเทศบาลวัดจันทนิมิต gives
 * เทศบาลวัดจันทนิมิต, วัดจันทนิมิต and จันทนิมิต. */
static void
add_name_and_core (PhaenLineBreaker *self,
                   const char       *name,
                   guint             max_chars)
{
  const char *core = name;
  gboolean stripped = TRUE;

  if (g_utf8_strlen (name, -1) <= max_chars)
    phaen_line_breaker_add_word (self, name);

  while (stripped)
    {
      stripped = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (name_prefixes); i++)
        if (g_str_has_prefix (core, name_prefixes[i]))
          {
            const char *rest = core + strlen (name_prefixes[i]);

            if (g_utf8_strlen (rest, -1) < MIN_NAME_CHARS || is_following_sign (g_utf8_get_char (rest)))
              continue;
            core = rest;
            if (g_utf8_strlen (core, -1) <= max_chars)
              phaen_line_breaker_add_word (self, core);
            stripped = TRUE;
            break;
          }
    }
}

static gboolean
has_thai_letter (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (is_thai_letter (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* A name, whole when it is short, and each of its space-separated parts
 * with their cores. */
static void
add_name (PhaenLineBreaker *self,
          const char       *name,
          guint             max_chars)
{
  g_auto(GStrv) parts = NULL;

  if (name == NULL || name[0] == '\0')
    return;

  add_name_and_core (self, name, max_chars);

  if (strchr (name, ' ') == NULL)
    return;
  parts = g_strsplit (name, " ", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    if (g_utf8_strlen (parts[i], -1) >= MIN_NAME_CHARS && has_thai_letter (parts[i]))
      add_name_and_core (self, parts[i], max_chars);
}

void
phaen_line_breaker_add_plan_names (PhaenLineBreaker *self,
                                   PhaenPlan        *plan)
{
  GListModel *units, *projects;
  static const char * const texts[] = { "preparing-unit", "signer-name", "signer-position" };

  g_return_if_fail (self != NULL);
  g_return_if_fail (PHAEN_IS_PLAN (plan));

  add_name (self, phaen_plan_get_organisation_name (plan), MAX_TITLE_CHARS);
  add_name (self, phaen_plan_get_district (plan), MAX_NAME_CHARS);
  add_name (self, phaen_plan_get_province (plan), MAX_NAME_CHARS);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    add_name (self, phaen_plan_get_text (plan, texts[i]), MAX_TITLE_CHARS);

  units = phaen_plan_get_units (plan);
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(PhaenUnit) unit = g_list_model_get_item (units, i);

      add_name (self, phaen_unit_get_name (unit), MAX_TITLE_CHARS);
    }

  projects = phaen_plan_get_projects (plan);
  for (guint i = 0; i < g_list_model_get_n_items (projects); i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);

      add_name (self, phaen_project_get_location (project), MAX_NAME_CHARS);
    }

  /* The officer's own words (phaen-words.h), as the caller's. */
  {
    g_auto(GStrv) words = phaen_plan_dup_words (plan);

    for (guint i = 0; words[i] != NULL; i++)
      phaen_line_breaker_add_word (self, words[i]);
  }
}

static void
freeze (PhaenLineBreaker *self)
{
  if (self->frozen)
    return;

  /* One trie of the list's words and the names: one walk a position.
   * Each breaker (each render context) builds its own, in about a
   * millisecond. */
  self->frozen = TRUE;
  if (self->names->len > 0 || self->list->words != NULL)
    self->trie = trie_new (self->list->words, self->names);
}

static int
compare_ranges (gconstpointer a,
                gconstpointer b)
{
  const PhaenKeepRange *ra = a;
  const PhaenKeepRange *rb = b;

  if (ra->start != rb->start)
    return ra->start < rb->start ? -1 : 1;
  if (ra->end != rb->end)
    return ra->end > rb->end ? -1 : 1;

  return 0;
}

/* Words of the list and of the plan, leftmost longest, one after the
 * other; and the words inside them (หนองบัว in ชุมชนหนองบัว), which
 * still hold when the outer one is too wide for its line. A word that
 * starts inside another and ends after it is not kept. */
/* TRUE when a word may begin with @c: a Thai consonant or leading
 * vowel, a Latin letter or a digit (names of the plan may have them). */
static gboolean
may_start_word (gunichar c)
{
  return is_thai_letter (c) || is_leading_vowel (c) || (c < 0x80 && g_ascii_isalnum (c)) ||
         is_digit (c);
}

#define MAX_MATCHES 16

/* The words of @trie at @p, shortest first: their lengths in bytes and
 * kinds. */
static guint
matches_at (const Trie *trie,
            const char *p,
            gsize       lengths[MAX_MATCHES],
            guint       kinds[MAX_MATCHES])
{
  const Node *nodes = (const Node *) trie->nodes->data;
  const Edge *edges = (const Edge *) trie->edges->data;
  const guint8 *s = (const guint8 *) p;
  gsize offset = 0;
  guint node = 0;
  guint n = 0;

  for (;;)
    {
      guint lo, hi, last;
      gsize step;
      gunichar c;

      if (nodes[node].kinds != 0 && offset > 0 && n < MAX_MATCHES)
        {
          lengths[n] = offset;
          kinds[n++] = nodes[node].kinds;
        }
      if (s[offset] == 0 || nodes[node].n_edges == 0)
        break;

      c = next_char (s + offset, &step);
      lo = nodes[node].first_edge;
      last = hi = lo + nodes[node].n_edges;
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (edges[mid].c < c)
            lo = mid + 1;
          else
            hi = mid;
        }
      if (lo >= last || edges[lo].c != c)
        break;
      node = edges[lo].child;
      offset += step;
    }

  return n;
}

static void
find_words (PhaenLineBreaker *self,
            GArray           *ranges,
            const char       *text)
{
  const char *p = text;
  const char *outer_end = text;

  if (self->trie == NULL)
    return;

  while (*p != '\0')
    {
      gsize step;
      gunichar c = next_char ((const guint8 *) p, &step);
      gsize lengths[MAX_MATCHES];
      guint kinds[MAX_MATCHES];
      guint n;

      /* Most positions cannot start a word: skip them cheaply. */
      if (!may_start_word (c))
        {
          p += step;
          continue;
        }

      /* Every word here, the longest first: the shorter ones stay kept
       * when a longer one is too wide for its line. */
      n = matches_at (self->trie, p, lengths, kinds);
      for (guint i = n; i-- > 0; )
        if ((p >= outer_end || p + lengths[i] <= outer_end) &&
            word_fits_here (text, p, p + lengths[i]))
          {
            add_range (ranges, text, p, p + lengths[i],
                       (kinds[i] & IS_NAME) ? PHAEN_KEEP_NAME : PHAEN_KEEP_WORD);
            outer_end = MAX (outer_end, p + lengths[i]);
          }

      p += step;
    }
}

GArray *
phaen_line_breaker_find (PhaenLineBreaker *self,
                         const char       *text)
{
  GArray *ranges;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  freeze (self);
  ranges = g_array_new (FALSE, FALSE, sizeof (PhaenKeepRange));
  find_words (self, ranges, text);
  find_tokens (ranges, text);
  if (ranges->len > 1)
    g_array_sort (ranges, compare_ranges);

  return ranges;
}

/* ------------------------------------------------------------------ */
/* Applying the ranges to a layout */

static gboolean
is_thai_mark (gunichar c)
{
  return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E);
}

typedef enum
{
  CUT_NONE,
  CUT_SOFT,   /* between the letters of a syllable: avoided while possible */
  CUT_HARD,   /* a vowel from its consonant: never */
} Cut;

/* What a break at @p, a character boundary inside a word, would cut:
 * hard, a leading vowel from its consonant or a following vowel or sign
 * from the consonant before it; soft, the rest of a Thai syllable: after
 * a cluster with ั or ็ (their final consonant follows), before a
 * consonant silenced by ์ (alone or with the one after it: ทร์), inside
 * the vowels ือ and ีย. */
static Cut
cuts_syllable (const char *text,
               const char *p)
{
  gunichar before = char_before (text, p);
  gunichar after = g_utf8_get_char (p);
  const char *q;

  if (before == 0 || after == 0)
    return CUT_NONE;
  if (is_leading_vowel (before) || is_following_sign (after))
    return CUT_HARD;

  /* The marks of the cluster before @p. */
  for (q = p; q > text; )
    {
      const char *prev = g_utf8_find_prev_char (text, q);
      gunichar c = g_utf8_get_char (prev);

      if (!is_thai_mark (c))
        break;
      if (c == 0x0E31 || c == 0x0E47)
        return CUT_SOFT;
      if ((c == 0x0E37 && after == 0x0E2D) || (c == 0x0E35 && after == 0x0E22))
        return CUT_SOFT;
      q = prev;
    }

  /* A silent consonant (or two) ahead. */
  if (is_thai_letter (after))
    {
      const char *r = g_utf8_next_char (p);

      if (is_thai_letter (g_utf8_get_char (r)))
        r = g_utf8_next_char (r);
      for (; *r != '\0' && is_thai_mark (g_utf8_get_char (r)); r = g_utf8_next_char (r))
        if (g_utf8_get_char (r) == 0x0E4C)
          return CUT_SOFT;
    }

  return CUT_NONE;
}

/* A position no break may use. */
typedef struct
{
  guint    at;
  gboolean hard;
} Guard;

typedef struct
{
  guint start;
  guint end;
} Span;

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *sa = a;
  const Span *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;

  return sa->end < sb->end ? -1 : (sa->end > sb->end ? 1 : 0);
}

typedef struct
{
  PangoLayout *layout;
  const char  *text;
  GArray      *ranges;    /* PhaenKeepRange */
  GArray      *relaxed;   /* gboolean, per range */
  GArray      *guards;    /* Guard */
} Apply;

/* Sets the allow-breaks attributes of what is kept and guarded. */
static void
apply_attributes (Apply *apply)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  PangoAttrList *attrs;

  for (guint i = 0; i < apply->ranges->len; i++)
    if (!g_array_index (apply->relaxed, gboolean, i))
      {
        const PhaenKeepRange *range = &g_array_index (apply->ranges, PhaenKeepRange, i);
        Span span = { range->start, range->end };

        g_array_append_val (spans, span);
      }

  /* A guarded position p is the inside of the span from the character
   * before p to the end of the character at p. */
  for (guint i = 0; i < apply->guards->len; i++)
    {
      guint at = g_array_index (apply->guards, Guard, i).at;
      const char *p = apply->text + at;
      Span span;

      span.start = g_utf8_find_prev_char (apply->text, p) - apply->text;
      span.end = g_utf8_next_char (p) - apply->text;
      g_array_append_val (spans, span);
    }

  g_array_sort (spans, compare_spans);

  /* Spans that overlap (not those that only touch: the break between
   * them stays) forbid together what their union forbids: one attribute
   * each union, nested words cost nothing. */
  attrs = pango_attr_list_new ();
  for (guint i = 0; i < spans->len; )
    {
      Span span = g_array_index (spans, Span, i);
      PangoAttribute *attr;

      for (i++; i < spans->len && g_array_index (spans, Span, i).start < span.end; i++)
        span.end = MAX (span.end, g_array_index (spans, Span, i).end);

      attr = pango_attr_allow_breaks_new (FALSE);
      attr->start_index = span.start;
      attr->end_index = span.end;
      pango_attr_list_insert (attrs, attr);
    }
  pango_layout_set_attributes (apply->layout, attrs);
  pango_attr_list_unref (attrs);
}

/* The parts of the layout whose lines do not work (Span): a line wider
 * than the layout, or a line that ends inside a word (Pango could only
 * cut it by characters): the word around the cut. */
static GArray *
find_trouble (PangoLayout *layout)
{
  GArray *trouble = g_array_new (FALSE, FALSE, sizeof (Span));
  const char *text = pango_layout_get_text (layout);
  int width = pango_layout_get_width (layout);
  int indent = pango_layout_get_indent (layout);
  const PangoLogAttr *attrs;
  int n_attrs;
  GSList *lines = pango_layout_get_lines_readonly (layout);
  gboolean first = TRUE;
  const char *counted = text;   /* the offsets are counted up to here */
  glong at = 0;

  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);

  for (GSList *l = lines; l != NULL; l = l->next, first = FALSE)
    {
      PangoLayoutLine *line = l->data;
      PangoLayoutLine *next = l->next != NULL ? l->next->data : NULL;
      PangoRectangle logical;
      int room = width - (first && indent > 0 ? indent : 0);

      pango_layout_line_get_extents (line, NULL, &logical);
      if (logical.width > room + PANGO_SCALE / 4)
        {
          Span span = { line->start_index, line->start_index + line->length };

          g_array_append_val (trouble, span);
        }

      if (next != NULL)
        {
          at += g_utf8_pointer_to_offset (counted, text + next->start_index);
          counted = text + next->start_index;

          if (at < n_attrs && !attrs[at].is_line_break)
            {
              glong from = at, to = at;
              Span span;

              while (from > 0 && !attrs[from].is_line_break)
                from--;
              while (to < n_attrs - 1 && !attrs[to].is_line_break)
                to++;
              span.start = g_utf8_offset_to_pointer (text, from) - text;
              span.end = g_utf8_offset_to_pointer (text, to) - text;
              g_array_append_val (trouble, span);
            }
        }
    }

  return trouble;
}

static gboolean
overlaps (const Span           *span,
          const PhaenKeepRange *range)
{
  return range->start < span->end && span->start < range->end;
}

/* Width in Pango units of @range as laid out, G_MAXINT when it is not on
 * one line. */
static int
range_width (Apply                *apply,
             const PhaenKeepRange *range)
{
  const char *last = g_utf8_find_prev_char (apply->text, apply->text + range->end);
  int line_start, line_end, x_start, x_end;

  pango_layout_index_to_line_x (apply->layout, range->start, FALSE, &line_start, &x_start);
  pango_layout_index_to_line_x (apply->layout, last - apply->text, TRUE, &line_end, &x_end);
  if (line_start != line_end)
    return G_MAXINT;

  return ABS (x_end - x_start);
}

static void
guard_syllables (Apply *apply,
                 guint  start,
                 guint  end)
{
  const char *p;

  if (start >= end)
    return;

  for (p = g_utf8_next_char (apply->text + start); p < apply->text + end; p = g_utf8_next_char (p))
    {
      Cut cut = cuts_syllable (apply->text, p);

      if (cut != CUT_NONE)
        {
          Guard guard = { p - apply->text, cut == CUT_HARD };

          g_array_append_val (apply->guards, guard);
        }
    }
}

/* Gives up the soft guards inside @span. */
static void
unguard (Apply      *apply,
         const Span *span)
{
  guint kept = 0;

  for (guint i = 0; i < apply->guards->len; i++)
    {
      Guard guard = g_array_index (apply->guards, Guard, i);

      if (guard.hard || guard.at < span->start || guard.at >= span->end)
        g_array_index (apply->guards, Guard, kept++) = guard;
    }
  g_array_set_size (apply->guards, kept);
}

/* TRUE when a kept range other than @except holds @at strictly inside. */
static gboolean
inside_kept (Apply *apply,
             guint  except,
             guint  at)
{
  for (guint i = 0; i < apply->ranges->len; i++)
    {
      const PhaenKeepRange *range = &g_array_index (apply->ranges, PhaenKeepRange, i);

      if (i != except && !g_array_index (apply->relaxed, gboolean, i) &&
          range->start < at && at < range->end)
        return TRUE;
    }

  return FALSE;
}

/* Cuts kept range @index, too wide for its line (and so laid out on one
 * line), into pieces that fit @width, at the places Pango would break
 * its text alone (word boundaries) and not inside another kept range;
 * each piece as long as fits, so that the range starts a line rather
 * than leaving a scrap of itself at the end of the previous one. The
 * pieces are kept instead of it. FALSE when no such cut fits. */
static gboolean
split_range (Apply *apply,
             guint  index,
             int    width)
{
  PhaenKeepRange range = g_array_index (apply->ranges, PhaenKeepRange, index);
  g_autofree char *part = g_strndup (apply->text + range.start, range.end - range.start);
  glong n = g_utf8_strlen (part, -1);
  g_autofree PangoLogAttr *attrs = g_new0 (PangoLogAttr, n + 1);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (guint));
  int line, x, piece_x, last_x = 0;
  guint piece = range.start;
  gint last_fit = -1;
  const char *p = part;

  pango_get_log_attrs (part, -1, -1, pango_language_from_string ("th"), attrs, n + 1);
  pango_layout_index_to_line_x (apply->layout, range.start, FALSE, &line, &piece_x);

  for (glong k = 1; k <= n; k++)
    {
      guint at;

      p = g_utf8_next_char (p);
      at = range.start + (p - part);
      if (k < n && (!attrs[k].is_line_break || inside_kept (apply, index, at)))
        continue;
      if (k < n)
        pango_layout_index_to_line_x (apply->layout, at, FALSE, &line, &x);
      else
        {
          const char *last = g_utf8_find_prev_char (apply->text, apply->text + range.end);

          pango_layout_index_to_line_x (apply->layout, last - apply->text, TRUE, &line, &x);
        }

      if (x - piece_x > width)
        {
          /* Close the piece at the last place that fitted. */
          if (last_fit < 0)
            return FALSE;
          g_array_append_val (cuts, last_fit);
          piece = last_fit;
          piece_x = last_x;
          last_fit = -1;
          if (x - piece_x > width)
            return FALSE;
        }
      last_fit = at;
      last_x = x;
    }

  if (cuts->len == 0)
    return FALSE;

  g_array_index (apply->relaxed, gboolean, index) = TRUE;
  piece = range.start;
  for (guint c = 0; c <= cuts->len; c++)
    {
      PhaenKeepRange kept = range;
      gboolean no = FALSE;

      kept.start = piece;
      kept.end = c < cuts->len ? g_array_index (cuts, guint, c) : range.end;
      g_array_append_val (apply->ranges, kept);
      g_array_append_val (apply->relaxed, no);
      piece = kept.end;
    }

  return TRUE;
}

void
phaen_line_breaker_apply (PhaenLineBreaker *self,
                          PangoLayout      *layout)
{
  g_autoptr(GArray) ranges = NULL;
  g_autoptr(GArray) guards = NULL;
  g_autoptr(GArray) relaxed = NULL;
  Apply apply;
  int width;

  g_return_if_fail (self != NULL);
  g_return_if_fail (PANGO_IS_LAYOUT (layout));

  width = pango_layout_get_width (layout);
  if (width <= 0)
    return;

  apply.layout = layout;
  apply.text = pango_layout_get_text (layout);
  ranges = phaen_line_breaker_find (self, apply.text);
  guards = g_array_new (FALSE, FALSE, sizeof (Guard));
  relaxed = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_array_set_size (relaxed, ranges->len);
  apply.ranges = ranges;
  apply.relaxed = relaxed;
  apply.guards = guards;

  if (ranges->len > 0)
    apply_attributes (&apply);

  /* Pass 1: kept ranges too wide for their line are broken after all,
   * between syllables; a word cut by characters is cut between
   * syllables. Pass 2: where that still does not fit, any kept range of
   * the line is given up, and the letters of a syllable may part (a
   * vowel never leaves its consonant). */
  for (guint pass = 1; pass <= 2; pass++)
    {
      g_autoptr(GArray) trouble = find_trouble (layout);
      gboolean changed = FALSE;

      if (trouble->len == 0)
        break;

      for (guint t = 0; t < trouble->len; t++)
        {
          const Span *span = &g_array_index (trouble, Span, t);
          gboolean any = FALSE;

          for (guint i = 0, n = ranges->len; i < n; i++)
            {
              PhaenKeepRange range = g_array_index (ranges, PhaenKeepRange, i);

              /* A line never begins with a dash, whatever it costs. */
              if (g_array_index (relaxed, gboolean, i) || !overlaps (span, &range) ||
                  range.kind == PHAEN_KEEP_DASH)
                continue;
              if (pass == 2 || range_width (&apply, &range) > width)
                {
                  /* First try cutting it at its word boundaries. */
                  if (pass == 2 || !split_range (&apply, i, width))
                    g_array_index (relaxed, gboolean, i) = TRUE;
                  guard_syllables (&apply, range.start, range.end);
                  any = TRUE;
                }
            }

          if (pass == 1 && !any)
            {
              guard_syllables (&apply, span->start, span->end);
              any = TRUE;
            }
          else if (pass == 2)
            {
              unguard (&apply, span);
              any = TRUE;
            }
          changed |= any;
        }

      if (!changed)
        break;
      apply_attributes (&apply);
    }
}

PangoAttrList *
phaen_line_breaker_slice_attributes (PangoAttrList *attrs,
                                     guint          start,
                                     guint          end)
{
  PangoAttrList *slice;
  GSList *list;

  if (attrs == NULL)
    return NULL;

  slice = pango_attr_list_new ();
  list = pango_attr_list_get_attributes (attrs);
  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;
      guint from = MAX (attr->start_index, start);
      guint to = MIN (attr->end_index, end);

      if (from < to)
        {
          attr->start_index = from - start;
          attr->end_index = to - start;
          pango_attr_list_insert (slice, attr);
        }
      else
        pango_attribute_destroy (attr);
    }
  g_slist_free (list);

  return slice;
}
