/* test-i18n.c: the Thai translation (po/th.po) and its use at run time
 *
 * The catalogue is read here with a small PO reader of its own, so the
 * checks need neither msgfmt nor the library under test:
 *  - every entry is translated, none is fuzzy or obsolete, the header
 *    declares Thai with one plural form;
 *  - every translation keeps the printf conversions of its source, the
 *    “…” quotes, the <element> markers and the line structure;
 *  - POTFILES.in names every source file that marks strings;
 *  - the compiled build/po/th/LC_MESSAGES/phaen.mo answers every entry
 *    exactly as th.po says (a stale or missing .mo fails);
 *  - model functions, run with LANGUAGE=th, report the Thai text;
 *  - $PHAEN_EXE prints Thai when it can find the catalogue.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gi18n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include "model/phaen-fiscal.h"
#include "model/phaen-money.h"
#include "model/phaen-schedule.h"

/* ---- a small PO reader ------------------------------------------------ */

typedef struct
{
  char      *msgctxt;       /* NULL without a context */
  char      *msgid;
  char      *msgid_plural;  /* NULL unless a plural entry */
  GPtrArray *msgstr;        /* msgstr or msgstr[0], msgstr[1]…, as char * */
  gboolean   fuzzy;
  gboolean   c_format;
  guint      line;          /* line of the msgid in th.po */
} PoEntry;

typedef struct
{
  GPtrArray *entries;       /* PoEntry *, the header excluded */
  char      *header;
  guint      n_obsolete;
} PoFile;

typedef struct
{
  GString *text;
  guint    number;          /* first physical line, 1-based */
} PoLine;

static void
po_line_free (PoLine *line)
{
  g_string_free (line->text, TRUE);
  g_free (line);
}

static void
po_entry_free (gpointer data)
{
  PoEntry *entry = data;

  g_free (entry->msgctxt);
  g_free (entry->msgid);
  g_free (entry->msgid_plural);
  g_ptr_array_unref (entry->msgstr);
  g_free (entry);
}

static void
po_file_free (PoFile *po)
{
  g_ptr_array_unref (po->entries);
  g_free (po->header);
  g_free (po);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PoFile, po_file_free)

/* Appends the C string literal at @p ("…" with \n \t \" \\ escapes) to
 * @out. Returns FALSE on a malformed literal. */
static gboolean
append_literal (GString    *out,
                const char *p)
{
  while (*p == ' ' || *p == '\t')
    p++;
  if (*p != '"')
    return FALSE;
  p++;

  for (; *p != '\0' && *p != '"'; p++)
    {
      if (*p != '\\')
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      switch (*p)
        {
        case 'n': g_string_append_c (out, '\n'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        default: return FALSE;
        }
    }

  return *p == '"';
}

static void
finish_entry (PoFile   *po,
              PoEntry **entry)
{
  if (*entry == NULL)
    return;

  g_assert_nonnull ((*entry)->msgid);
  if ((*entry)->msgid[0] == '\0' && (*entry)->msgctxt == NULL)
    {
      g_assert_null (po->header);
      g_assert_cmpuint ((*entry)->msgstr->len, ==, 1);
      po->header = g_strdup (g_ptr_array_index ((*entry)->msgstr, 0));
      po_entry_free (*entry);
    }
  else
    g_ptr_array_add (po->entries, *entry);

  *entry = NULL;
}

/* Splits @contents into logical lines: a string continuation line
 * ("…" alone) is joined to the keyword line before it, so that every
 * msgid, msgid_plural and msgstr is one line of the form KEYWORD "…". */
static GPtrArray *
logical_lines (const char *contents)
{
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) po_line_free);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      PoLine *last = out->len > 0 ? g_ptr_array_index (out, out->len - 1) : NULL;

      if (lines[i][0] == '"' && last != NULL && last->text->len > 0 &&
          last->text->str[last->text->len - 1] == '"' && last->text->str[0] != '#')
        {
          /* "abc" + "def" → "abcdef" */
          g_string_truncate (last->text, last->text->len - 1);
          g_string_append (last->text, lines[i] + 1);
          continue;
        }

      last = g_new0 (PoLine, 1);
      last->text = g_string_new (lines[i]);
      last->number = i + 1;
      g_ptr_array_add (out, last);
    }

  return out;
}

static PoFile *
po_file_load (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  PoFile *po = g_new0 (PoFile, 1);
  PoEntry *entry = NULL;
  gboolean next_fuzzy = FALSE;
  gboolean next_c_format = FALSE;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (contents, -1, NULL));

  po->entries = g_ptr_array_new_with_free_func (po_entry_free);
  lines = logical_lines (contents);

  for (guint i = 0; i < lines->len; i++)
    {
      PoLine *po_line = g_ptr_array_index (lines, i);
      const char *line = po_line->text->str;
      g_autoptr(GString) text = g_string_new (NULL);

      if (g_str_has_prefix (line, "#~"))
        {
          if (strstr (line, "msgid ") != NULL)
            po->n_obsolete++;
          continue;
        }
      if (g_str_has_prefix (line, "#,"))
        {
          next_fuzzy |= strstr (line, "fuzzy") != NULL;
          next_c_format |= strstr (line, " c-format") != NULL;
          continue;
        }
      if (line[0] == '#' || line[0] == '\0')
        continue;

      if (g_str_has_prefix (line, "msgid_plural "))
        {
          g_assert_nonnull (entry);
          if (!append_literal (text, line + strlen ("msgid_plural ")))
            g_error ("%s:%u: malformed msgid_plural", path, po_line->number);
          entry->msgid_plural = g_string_free (g_steal_pointer (&text), FALSE);
          continue;
        }
      if (g_str_has_prefix (line, "msgctxt ") ||
          (g_str_has_prefix (line, "msgid ") && (entry == NULL || entry->msgid != NULL)))
        {
          /* a new entry starts with its context or its msgid */
          finish_entry (po, &entry);
          entry = g_new0 (PoEntry, 1);
          entry->msgstr = g_ptr_array_new_with_free_func (g_free);
          entry->fuzzy = next_fuzzy;
          entry->c_format = next_c_format;
          entry->line = po_line->number;
          next_fuzzy = next_c_format = FALSE;
        }
      if (g_str_has_prefix (line, "msgctxt "))
        {
          if (!append_literal (text, line + strlen ("msgctxt ")))
            g_error ("%s:%u: malformed msgctxt", path, po_line->number);
          entry->msgctxt = g_string_free (g_steal_pointer (&text), FALSE);
          continue;
        }
      if (g_str_has_prefix (line, "msgid "))
        {
          if (!append_literal (text, line + strlen ("msgid ")))
            g_error ("%s:%u: malformed msgid", path, po_line->number);
          entry->msgid = g_string_free (g_steal_pointer (&text), FALSE);
          continue;
        }
      if (g_str_has_prefix (line, "msgstr"))
        {
          const char *p = line + strlen ("msgstr");

          g_assert_nonnull (entry);
          g_assert_nonnull (entry->msgid);
          if (*p == '[')
            {
              guint64 index = g_ascii_strtoull (p + 1, (char **) &p, 10);

              g_assert_cmpuint (index, ==, entry->msgstr->len);
              g_assert_true (*p == ']');
              p++;
            }
          if (!append_literal (text, p))
            g_error ("%s:%u: malformed msgstr", path, po_line->number);
          g_ptr_array_add (entry->msgstr, g_string_free (g_steal_pointer (&text), FALSE));
          continue;
        }
      g_error ("%s:%u: unexpected line “%s”", path, po_line->number, line);
    }
  finish_entry (po, &entry);

  return po;
}

static char *
source_path (const char *first,
             ...)
{
  /* G_TEST_SRCDIR is tests/ in the source tree */
  const char *root = g_test_get_dir (G_TEST_DIST);
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (parts, (gpointer) root);
  g_ptr_array_add (parts, (gpointer) "..");
  va_start (args, first);
  for (const char *p = first; p != NULL; p = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) p);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

static PoFile *
load_th_po (void)
{
  g_autofree char *path = source_path ("po", "th.po", NULL);

  return po_file_load (path);
}

/* "context\004msgid", as gettext keys its catalogue */
static char *
entry_key (const char *msgctxt,
           const char *msgid)
{
  return msgctxt != NULL ? g_strconcat (msgctxt, "\004", msgid, NULL) : g_strdup (msgid);
}

static const char *
entry_msgstr (const PoEntry *entry)
{
  g_assert_cmpuint (entry->msgstr->len, >=, 1);
  return g_ptr_array_index (entry->msgstr, 0);
}

/* ---- printf conversions ----------------------------------------------- */

/* Lists the conversions of @format in argument order, each as
 * "flags-width-precision-length-conversion" without the position, so that
 * "%1$s" and "%s" compare equal. "%%" is not a conversion. Returns NULL
 * (and sets @why) for a format the C library would reject. */
static GPtrArray *
conversions (const char  *format,
             char       **why)
{
  g_autoptr(GPtrArray) by_position = g_ptr_array_new_with_free_func (g_free);
  guint next = 0;
  gboolean positional = FALSE, sequential = FALSE;

  for (const char *p = format; *p != '\0'; p++)
    {
      g_autoptr(GString) spec = g_string_new (NULL);
      guint position;

      if (*p != '%')
        continue;
      p++;
      if (*p == '%')
        continue;

      /* optional "n$" */
      if (g_ascii_isdigit (*p))
        {
          const char *q = p;
          guint n = 0;

          while (g_ascii_isdigit (*q))
            n = n * 10 + (guint) (*q++ - '0');
          if (*q == '$')
            {
              if (n == 0)
                {
                  *why = g_strdup ("position 0");
                  return NULL;
                }
              position = n - 1;
              positional = TRUE;
              p = q + 1;
            }
          else
            {
              position = next++;
              sequential = TRUE;
            }
        }
      else
        {
          position = next++;
          sequential = TRUE;
        }

      while (*p != '\0' && strchr ("-+ #0'I", *p) != NULL)
        g_string_append_c (spec, *p++);
      if (*p == '*')
        {
          *why = g_strdup ("a “*” width is not supported by this check");
          return NULL;
        }
      while (g_ascii_isdigit (*p))
        g_string_append_c (spec, *p++);
      if (*p == '.')
        {
          g_string_append_c (spec, *p++);
          while (g_ascii_isdigit (*p))
            g_string_append_c (spec, *p++);
        }
      if (*p == '<')
        {
          /* xgettext writes <inttypes.h> macros as %<PRId64> */
          while (*p != '\0' && *p != '>')
            g_string_append_c (spec, *p++);
          if (*p != '>')
            {
              *why = g_strdup ("unterminated %<…>");
              return NULL;
            }
          g_string_append_c (spec, '>');
        }
      else
        {
          while (*p != '\0' && strchr ("hlLqjzt", *p) != NULL)
            g_string_append_c (spec, *p++);
          if (*p == '\0' || strchr ("diouxXeEfFgGaAcspn", *p) == NULL)
            {
              *why = g_strdup_printf ("unknown conversion near “%.10s”", p);
              return NULL;
            }
          g_string_append_c (spec, *p);
        }

      while (by_position->len <= position)
        g_ptr_array_add (by_position, NULL);
      if (g_ptr_array_index (by_position, position) != NULL &&
          strcmp (g_ptr_array_index (by_position, position), spec->str) != 0)
        {
          *why = g_strdup_printf ("argument %u used with two types", position + 1);
          return NULL;
        }
      g_free (g_ptr_array_index (by_position, position));
      g_ptr_array_index (by_position, position) = g_string_free (g_steal_pointer (&spec), FALSE);
    }

  if (positional && sequential)
    {
      *why = g_strdup ("numbered and unnumbered conversions are mixed");
      return NULL;
    }
  for (guint i = 0; i < by_position->len; i++)
    if (g_ptr_array_index (by_position, i) == NULL)
      {
        *why = g_strdup_printf ("argument %u is never used", i + 1);
        return NULL;
      }

  return g_steal_pointer (&by_position);
}

static char *
conversions_text (GPtrArray *list)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < list->len; i++)
    g_string_append_printf (text, "%s%%%s", i > 0 ? " " : "",
                            (const char *) g_ptr_array_index (list, i));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Replaces the conversions of @format, in argument order, by @args
 * (already formatted by the caller): a printf that needs no non-literal
 * format string. */
static char *
fill_template (const char         *format,
               const char * const *args)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint next = 0;

  for (const char *p = format; *p != '\0'; p++)
    {
      guint position;

      if (*p != '%')
        {
          g_string_append_c (out, *p);
          continue;
        }
      p++;
      if (*p == '%')
        {
          g_string_append_c (out, '%');
          continue;
        }

      position = next++;
      if (g_ascii_isdigit (*p))
        {
          const char *q = p;
          guint n = 0;

          while (g_ascii_isdigit (*q))
            n = n * 10 + (guint) (*q++ - '0');
          if (*q == '$')
            {
              position = n - 1;
              p = q + 1;
            }
        }
      while (*p != '\0' && strchr ("-+ #0'I.0123456789hlLqjzt", *p) != NULL)
        p++;
      g_assert_true (*p != '\0');
      g_string_append (out, args[position]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static guint
count_substring (const char *text,
                 const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + strlen (needle), needle))
    n++;

  return n;
}

static gboolean
has_thai (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x0E01 && c <= 0x0E5B)
        return TRUE;
    }

  return FALSE;
}

/* ---- tests on th.po --------------------------------------------------- */

static void
test_po_header (void)
{
  g_autoptr(PoFile) po = load_th_po ();

  g_assert_nonnull (po->header);
  g_assert_nonnull (strstr (po->header, "Language: th\n"));
  g_assert_nonnull (strstr (po->header, "Content-Type: text/plain; charset=UTF-8\n"));
  g_assert_nonnull (strstr (po->header, "Plural-Forms: nplurals=1; plural=0;\n"));
  g_assert_cmpuint (po->entries->len, >, 0);
  g_assert_cmpuint (po->n_obsolete, ==, 0);
}

static void
test_po_complete (void)
{
  g_autoptr(PoFile) po = load_th_po ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < po->entries->len; i++)
    {
      PoEntry *entry = g_ptr_array_index (po->entries, i);
      const char *msgstr = entry_msgstr (entry);

      g_test_message ("th.po:%u: %s", entry->line, entry->msgid);
      g_assert_false (entry->fuzzy);
      g_assert_true (g_hash_table_add (seen, entry_key (entry->msgctxt, entry->msgid)));
      /* Thai has a single plural form */
      g_assert_cmpuint (entry->msgstr->len, ==, 1);
      g_assert_true (entry->msgid_plural == NULL || entry->msgid_plural[0] != '\0');
      g_assert_cmpstr (msgstr, !=, "");

      /* A text copied through untranslated is allowed only for a
       * placeholder with no space in it (OUT.pdf, IN.csv). */
      if (strcmp (msgstr, entry->msgid) == 0)
        g_assert_null (strchr (entry->msgid, ' '));
      else
        g_assert_true (has_thai (msgstr));
    }
}

static void
test_po_formats (void)
{
  g_autoptr(PoFile) po = load_th_po ();

  for (guint i = 0; i < po->entries->len; i++)
    {
      PoEntry *entry = g_ptr_array_index (po->entries, i);
      const char *source = entry->msgid_plural != NULL ? entry->msgid_plural : entry->msgid;
      const char *msgstr = entry_msgstr (entry);
      g_autofree char *why = NULL;
      g_autoptr(GPtrArray) want = NULL;
      g_autoptr(GPtrArray) got = NULL;
      g_autofree char *want_text = NULL;
      g_autofree char *got_text = NULL;

      g_test_message ("th.po:%u: %s", entry->line, entry->msgid);

      if (!entry->c_format)
        {
          /* Not a format: then no conversion may appear by accident. */
          g_assert_cmpuint (count_substring (msgstr, "%"), ==, count_substring (entry->msgid, "%"));
          continue;
        }

      want = conversions (source, &why);
      g_assert_cmpstr (why, ==, NULL);
      got = conversions (msgstr, &why);
      g_assert_cmpstr (why, ==, NULL);
      want_text = conversions_text (want);
      got_text = conversions_text (got);
      g_assert_cmpstr (got_text, ==, want_text);

      if (entry->msgid_plural != NULL)
        {
          /* the singular may omit the count, never change a type */
          g_autoptr(GPtrArray) singular = conversions (entry->msgid, &why);

          g_assert_cmpstr (why, ==, NULL);
          g_assert_cmpuint (singular->len, <=, want->len);
        }
    }
}

static void
test_po_markup (void)
{
  g_autoptr(PoFile) po = load_th_po ();

  for (guint i = 0; i < po->entries->len; i++)
    {
      PoEntry *entry = g_ptr_array_index (po->entries, i);
      const char *msgstr = entry_msgstr (entry);

      g_test_message ("th.po:%u: %s", entry->line, entry->msgid);

      /* quotes stay, and stay balanced */
      g_assert_cmpuint (count_substring (msgstr, "“"), >=, count_substring (entry->msgid, "“"));
      g_assert_cmpuint (count_substring (msgstr, "“"), ==, count_substring (msgstr, "”"));
      /* XML element markers stay */
      g_assert_cmpuint (count_substring (msgstr, "<%s>"), ==, count_substring (entry->msgid, "<%s>"));
      /* line structure at both ends (msgfmt --check rules) */
      g_assert_cmpint (g_str_has_suffix (msgstr, "\n"), ==, g_str_has_suffix (entry->msgid, "\n"));
      g_assert_cmpint (g_str_has_prefix (msgstr, "\n"), ==, g_str_has_prefix (entry->msgid, "\n"));
      /* command lines in examples are copied exactly */
      if (strstr (entry->msgid, "\n  phaen ") != NULL)
        g_assert_nonnull (strstr (msgstr, strstr (entry->msgid, "\n  phaen ")));
      /* option names are never translated */
      for (const char *p = strstr (entry->msgid, "--"); p != NULL; p = strstr (p + 2, "--"))
        {
          g_autofree char *option = NULL;
          gsize n = 2;

          while (g_ascii_isalnum (p[n]) || p[n] == '-')
            n++;
          option = g_strndup (p, n);
          if (n > 2)
            g_assert_nonnull (strstr (msgstr, option));
        }
    }
}

/* ---- translatable strings of every kind of source file ------------------ */

/* Phaen's files with translatable strings: C sources (_() and friends),
 * GtkBuilder .ui files (translatable="yes"), the launcher (.desktop.in),
 * and the XML files of data/ that xgettext reads through ITS rules
 * (AppStream metainfo, GSettings schema, shared-mime-info). */
typedef enum
{
  KIND_NONE,
  KIND_C,
  KIND_UI,
  KIND_DESKTOP,
  KIND_XML,
} SourceKind;

static SourceKind
source_kind (const char *name)
{
  if (g_str_has_suffix (name, ".c"))
    return KIND_C;
  if (g_str_has_suffix (name, ".ui"))
    return KIND_UI;
  if (g_str_has_suffix (name, ".desktop.in"))
    return KIND_DESKTOP;
  if (g_str_has_suffix (name, ".metainfo.xml.in") || g_str_has_suffix (name, ".appdata.xml.in") ||
      g_str_has_suffix (name, ".gschema.xml") || g_str_has_suffix (name, ".mime.xml.in"))
    return KIND_XML;
  return KIND_NONE;
}

/* One string a file offers for translation. */
typedef struct
{
  char *msgctxt;       /* NULL without a context */
  char *msgid;
  char *msgid_plural;  /* NULL unless a plural */
  char *where;         /* "path:line" */
} Msg;

static void
msg_free (gpointer data)
{
  Msg *msg = data;

  g_free (msg->msgctxt);
  g_free (msg->msgid);
  g_free (msg->msgid_plural);
  g_free (msg->where);
  g_free (msg);
}

static void
add_msg (GPtrArray  *out,
         const char *file,
         long        line,
         const char *msgctxt,
         const char *msgid,
         const char *msgid_plural)
{
  Msg *msg = g_new0 (Msg, 1);

  msg->msgctxt = g_strdup (msgctxt);
  msg->msgid = g_strdup (msgid);
  msg->msgid_plural = g_strdup (msgid_plural);
  msg->where = g_strdup_printf ("%s:%ld", file, line);
  g_ptr_array_add (out, msg);
}

/* -- C sources -- */

static gboolean
is_ident_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

/* Reads one argument made of adjacent C string literals starting at *@p
 * (after blanks). Returns NULL when the argument is anything else (a
 * variable, a macro between literals); *@p is left after the argument's
 * literals in either case. */
static char *
read_literal_argument (const char **p)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean any = FALSE;

  for (;;)
    {
      while (g_ascii_isspace (**p))
        (*p)++;
      if (**p != '"')
        break;
      (*p)++;
      any = TRUE;
      for (; **p != '\0' && **p != '"'; (*p)++)
        {
          if (**p != '\\')
            {
              g_string_append_c (text, **p);
              continue;
            }
          (*p)++;
          switch (**p)
            {
            case 'n': g_string_append_c (text, '\n'); break;
            case 't': g_string_append_c (text, '\t'); break;
            case '"': g_string_append_c (text, '"'); break;
            case '\\': g_string_append_c (text, '\\'); break;
            case '\'': g_string_append_c (text, '\''); break;
            default: return NULL;
            }
        }
      if (**p != '"')
        return NULL;
      (*p)++;
    }

  if (!any || (**p != ',' && **p != ')'))
    return NULL;

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
skip_argument (const char **p)
{
  int depth = 0;

  for (; **p != '\0'; (*p)++)
    {
      if (**p == '"')
        {
          for ((*p)++; **p != '\0' && **p != '"'; (*p)++)
            if (**p == '\\' && (*p)[1] != '\0')
              (*p)++;
        }
      else if (**p == '(')
        depth++;
      else if (**p == ')' && depth-- == 0)
        return FALSE;
      else if (**p == ',' && depth == 0)
        {
          (*p)++;
          return TRUE;
        }
    }

  return FALSE;
}

typedef struct
{
  const char *name;
  int         msgctxt_arg; /* 0-based; -1 without a context */
  guint       msgid_arg;   /* 0-based */
  gboolean    plural;      /* msgid_plural is the next argument */
} Keyword;

/* The keywords of meson's glib preset that Phaen uses. */
static const Keyword keywords[] = {
  { "_", -1, 0, FALSE },
  { "N_", -1, 0, FALSE },
  { "C_", 0, 1, FALSE },
  { "NC_", 0, 1, FALSE },
  { "ngettext", -1, 0, TRUE },
  { "g_dngettext", -1, 1, TRUE },
  { "g_dgettext", -1, 1, FALSE },
};

static void
extract_c (const char *file,
           const char *contents,
           GPtrArray  *out)
{
  long line = 1;

  for (const char *p = contents; *p != '\0'; p++)
    {
      if (*p == '\n')
        line++;
      if (p > contents && is_ident_char (p[-1]))
        continue;

      for (guint k = 0; k < G_N_ELEMENTS (keywords); k++)
        {
          const Keyword *keyword = &keywords[k];
          gsize n = strlen (keyword->name);
          const char *q = p + n;
          g_autofree char *msgctxt = NULL;
          g_autofree char *msgid = NULL;
          g_autofree char *plural = NULL;
          gboolean ok = TRUE;

          if (strncmp (p, keyword->name, n) != 0 || is_ident_char (*q))
            continue;
          while (*q == ' ' || *q == '\t')
            q++;
          if (*q != '(')
            continue;
          q++;

          for (guint a = 0; a < keyword->msgid_arg && ok; a++)
            {
              if ((int) a == keyword->msgctxt_arg)
                {
                  msgctxt = read_literal_argument (&q);
                  ok = msgctxt != NULL && *q == ',';
                  q++;
                }
              else
                ok = skip_argument (&q);
            }
          if (!ok)
            continue;
          msgid = read_literal_argument (&q);
          if (msgid == NULL)
            continue;   /* a variable: its literal is marked elsewhere */
          if (keyword->plural)
            {
              if (*q != ',')
                continue;
              q++;
              plural = read_literal_argument (&q);
              if (plural == NULL)
                continue;
            }

          add_msg (out, file, line, msgctxt, msgid, plural);
          break;
        }
    }
}

/* Whether a C source marks strings at all (literal or not). */
static gboolean
c_marks_strings (const char *contents)
{
  static const char * const marks[] = {
    "_ (\"", "_(\"", "N_ (", "N_(", "C_ (", "C_(", "ngettext (", "ngettext(",
  };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    if (strstr (contents, marks[i]) != NULL)
      return TRUE;

  return FALSE;
}

/* -- XML: .ui files and data/ -- */

static xmlDoc *
parse_xml (const char *file,
           const char *contents)
{
  xmlDoc *doc = xmlReadMemory (contents, (int) strlen (contents), file, NULL,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

  if (doc == NULL)
    g_error ("%s is not well-formed XML", file);

  return doc;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

static char *
get_attribute (xmlNode    *node,
               const char *name)
{
  xmlChar *value = xmlGetProp (node, BAD_CAST name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* GtkBuilder reads translatable="yes" (also true, 1); xgettext's ITS
 * rules for GtkBuilder extract exactly these three. */
typedef enum
{
  MARK_ABSENT,
  MARK_YES,
  MARK_NO,
  MARK_INVALID,
} Mark;

static Mark
ui_mark (xmlNode *node)
{
  g_autofree char *value = get_attribute (node, "translatable");

  if (value == NULL)
    return MARK_ABSENT;
  if (strcmp (value, "yes") == 0 || strcmp (value, "true") == 0 || strcmp (value, "1") == 0)
    return MARK_YES;
  if (strcmp (value, "no") == 0 || strcmp (value, "false") == 0 || strcmp (value, "0") == 0)
    return MARK_NO;
  return MARK_INVALID;
}

static void
extract_ui_node (const char *file,
                 xmlNode    *node,
                 GPtrArray  *out)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (ui_mark (node) == MARK_YES)
        {
          xmlChar *text = xmlNodeGetContent (node);
          g_autofree char *context = get_attribute (node, "context");

          /* GtkBuilder keeps the text as it is (ITS preserve space) */
          add_msg (out, file, xmlGetLineNo (node), context, (const char *) text, NULL);
          xmlFree (text);
        }
      extract_ui_node (file, node->children, out);
    }
}

static void
extract_ui (const char *file,
            const char *contents,
            GPtrArray  *out)
{
  xmlDoc *doc = parse_xml (file, contents);

  extract_ui_node (file, xmlDocGetRootElement (doc), out);
  xmlFreeDoc (doc);
}

/* The text of an XML element as xgettext extracts it under the default
 * ITS space rule: inline child elements kept as markup, every run of
 * white space one space, trimmed at both ends. */
static char *
normalized_text (xmlNode *node)
{
  g_autoptr(GString) raw = g_string_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean space = FALSE;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (raw, (const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE)
        {
          xmlChar *inner = xmlNodeGetContent (child);

          g_string_append_printf (raw, "<%s>%s</%s>", child->name, inner, child->name);
          xmlFree (inner);
        }
    }

  for (const char *p = raw->str; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && text->len > 0)
        g_string_append_c (text, ' ');
      space = FALSE;
      g_string_append_c (text, *p);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
translate_no (xmlNode *node)
{
  g_autofree char *translate = get_attribute (node, "translate");
  g_autofree char *translatable = get_attribute (node, "translatable");

  return g_strcmp0 (translate, "no") == 0 || g_strcmp0 (translatable, "no") == 0;
}

static void
add_element_text (const char *file,
                  xmlNode    *node,
                  GPtrArray  *out)
{
  g_autofree char *text = normalized_text (node);
  xmlChar *lang = xmlNodeGetLang (node);

  /* an xml:lang element is a translation, not a source text */
  if (text[0] != '\0' && !translate_no (node) && lang == NULL)
    add_msg (out, file, xmlGetLineNo (node), NULL, text, NULL);
  xmlFree (lang);
}

/* <description>: its paragraphs and list items */
static void
extract_description (const char *file,
                     xmlNode    *description,
                     GPtrArray  *out)
{
  if (translate_no (description))
    return;
  for (xmlNode *node = description->children; node != NULL; node = node->next)
    {
      if (is_element (node, "p") || is_element (node, "li"))
        add_element_text (file, node, out);
      else if (node->type == XML_ELEMENT_NODE)
        extract_description (file, node, out);
    }
}

/* The AppStream metainfo, after the rules of AppStream's metainfo.its. */
static void
extract_metainfo (const char *file,
                  xmlNode    *component,
                  GPtrArray  *out)
{
  for (xmlNode *node = component->children; node != NULL; node = node->next)
    {
      if (is_element (node, "name") || is_element (node, "summary") ||
          is_element (node, "developer_name") || is_element (node, "name_variant_suffix"))
        add_element_text (file, node, out);
      else if (is_element (node, "description"))
        extract_description (file, node, out);
      else if (is_element (node, "keywords"))
        {
          for (xmlNode *keyword = node->children; keyword != NULL; keyword = keyword->next)
            if (is_element (keyword, "keyword"))
              add_element_text (file, keyword, out);
        }
      else if (is_element (node, "screenshots"))
        {
          for (xmlNode *shot = node->children; shot != NULL; shot = shot->next)
            for (xmlNode *caption = is_element (shot, "screenshot") ? shot->children : NULL;
                 caption != NULL; caption = caption->next)
              if (is_element (caption, "caption"))
                add_element_text (file, caption, out);
        }
      else if (is_element (node, "releases"))
        {
          for (xmlNode *release = node->children; release != NULL; release = release->next)
            for (xmlNode *child = is_element (release, "release") ? release->children : NULL;
                 child != NULL; child = child->next)
              if (is_element (child, "description"))
                extract_description (file, child, out);
        }
    }
}

/* Every element named @name below @node (GSettings summary and
 * description, shared-mime-info comment). */
static void
extract_named (const char *file,
               xmlNode    *node,
               const char *name,
               GPtrArray  *out)
{
  for (; node != NULL; node = node->next)
    {
      if (is_element (node, name))
        add_element_text (file, node, out);
      else if (node->type == XML_ELEMENT_NODE)
        extract_named (file, node->children, name, out);
    }
}

static void
extract_xml (const char *file,
             const char *contents,
             GPtrArray  *out)
{
  xmlDoc *doc = parse_xml (file, contents);
  xmlNode *root = xmlDocGetRootElement (doc);

  if (is_element (root, "component"))
    extract_metainfo (file, root, out);
  else if (is_element (root, "schemalist"))
    {
      extract_named (file, root->children, "summary", out);
      extract_named (file, root->children, "description", out);
    }
  else if (is_element (root, "mime-info"))
    extract_named (file, root->children, "comment", out);
  else
    g_error ("%s: unknown kind of XML file <%s>", file, root->name);

  xmlFreeDoc (doc);
}

/* The launcher: the keys xgettext takes from a .desktop file, untranslated
 * values of the [Desktop Entry] and [Desktop Action …] groups. */
static void
extract_desktop (const char *file,
                 const char *contents,
                 GPtrArray  *out)
{
  static const char * const keys[] = { "Name", "GenericName", "Comment", "Keywords" };
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
      {
        const char *line = lines[i];
        gsize n = strlen (keys[k]);
        const char *value = line + n;

        if (strncmp (line, keys[k], n) != 0)
          continue;
        while (*value == ' ')
          value++;
        if (*value != '=')
          continue;   /* Name[th]=… or another key */
        value++;
        while (*value == ' ')
          value++;
        if (*value != '\0')
          add_msg (out, file, (long) i + 1, NULL, value, NULL);
      }
}

/* The strings @file (path relative to the top of the source tree) offers
 * for translation. */
static GPtrArray *
extract_strings (const char *file,
                 const char *contents)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (msg_free);

  switch (source_kind (file))
    {
    case KIND_C: extract_c (file, contents, out); break;
    case KIND_UI: extract_ui (file, contents, out); break;
    case KIND_DESKTOP: extract_desktop (file, contents, out); break;
    case KIND_XML: extract_xml (file, contents, out); break;
    case KIND_NONE:
    default:
      break;
    }

  return out;
}

static gboolean
has_translatable_strings (const char *file,
                          const char *contents)
{
  g_autoptr(GPtrArray) msgs = NULL;

  if (source_kind (file) == KIND_C)
    return c_marks_strings (contents);

  msgs = extract_strings (file, contents);
  return msgs->len > 0;
}

/* ---- POTFILES.in ---------------------------------------------------------- */

/* Every file under src/ and data/ with translatable strings, as a path
 * relative to the top of the source tree. */
static void
collect_marked_files (const char *dir,
                      const char *relative,
                      GPtrArray  *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = g_dir_open (dir, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *rel = g_build_filename (relative, name, NULL);
      g_autofree char *contents = NULL;

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          collect_marked_files (path, rel, out);
          continue;
        }
      if (source_kind (name) == KIND_NONE)
        continue;

      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      if (has_translatable_strings (rel, contents))
        g_ptr_array_add (out, g_steal_pointer (&rel));
    }
}

static GStrv
read_potfiles (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *potfiles = source_path ("po", "POTFILES.in", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) listed = g_strv_builder_new ();

  g_file_get_contents (potfiles, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);

      if (line[0] != '\0' && line[0] != '#')
        g_strv_builder_add (listed, line);
    }

  return g_strv_builder_end (listed);
}

/* Every source file that offers strings must be listed, and every listed
 * file must exist and be of a kind xgettext reads. */
static void
test_potfiles (void)
{
  g_auto(GStrv) lines = read_potfiles ();
  g_autoptr(GPtrArray) marked = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) unlisted = g_string_new (NULL);
  static const char * const roots[] = { "src", "data" };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *path = source_path (lines[i], NULL);

      g_test_message ("POTFILES.in lists %s", lines[i]);
      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      g_assert_cmpint (source_kind (lines[i]), !=, KIND_NONE);
      g_assert_true (g_hash_table_add (listed, g_strdup (lines[i])));
    }

  for (guint r = 0; r < G_N_ELEMENTS (roots); r++)
    {
      g_autofree char *dir = source_path (roots[r], NULL);

      collect_marked_files (dir, roots[r], marked);
    }
  g_assert_cmpuint (marked->len, >, 0);
  for (guint i = 0; i < marked->len; i++)
    {
      const char *file = g_ptr_array_index (marked, i);

      g_test_message ("%s has translatable strings", file);
      if (!g_hash_table_contains (listed, file))
        g_string_append_printf (unlisted, "%s\n", file);
    }

  if (unlisted->len > 0)
    g_test_message ("Files with translatable strings missing from po/POTFILES.in:\n%s",
                    unlisted->str);
  g_assert_cmpstr (unlisted->str, ==, "");
}

/* ---- .ui files: visible text is marked ------------------------------------ */

/* Properties whose value a person reads (on any class). A value without
 * a letter (a dash, a number) needs no translation; a proper name that
 * must stay as it is says so with translatable="no". */
static const char * const visible_properties[] = {
  "label", "title", "subtitle", "tooltip-text", "tooltip-markup",
  "placeholder-text", "description", "heading", "body", "text",
  "secondary-text", "button-label", "comments", "copyright",
  "application-name", "developer-name", "translator-credits",
  "release-notes", "accessible-name", "message", "caption",
};

static gboolean
has_letter (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalpha (g_utf8_get_char (p)))
      return TRUE;

  return FALSE;
}

/* Whether @node carries text a person sees: a visible property, a menu
 * item's label, an item of a string list, a dialog response, a scale
 * mark. */
static gboolean
is_visible_text_node (xmlNode *node)
{
  g_autofree char *name = get_attribute (node, "name");

  if (is_element (node, "property"))
    {
      xmlNode *object = node->parent;
      g_autofree char *class = object != NULL ? get_attribute (object, "class") : NULL;

      if (name == NULL)
        return FALSE;
      /* a file filter's name is what the file chooser shows */
      if (strcmp (name, "name") == 0)
        return g_strcmp0 (class, "GtkFileFilter") == 0;
      for (guint i = 0; i < G_N_ELEMENTS (visible_properties); i++)
        if (strcmp (name, visible_properties[i]) == 0)
          return TRUE;
      return FALSE;
    }
  if (is_element (node, "attribute"))
    return g_strcmp0 (name, "label") == 0;
  if (is_element (node, "item"))
    return node->parent != NULL && is_element (node->parent, "items");
  return is_element (node, "response") || is_element (node, "mark");
}

static void
check_ui_node (const char *file,
               xmlNode    *node,
               GString    *problems)
{
  for (; node != NULL; node = node->next)
    {
      xmlChar *text;
      Mark mark;

      if (node->type != XML_ELEMENT_NODE)
        continue;
      check_ui_node (file, node->children, problems);

      mark = ui_mark (node);
      text = xmlNodeGetContent (node);
      if (mark == MARK_INVALID)
        g_string_append_printf (problems, "%s:%ld: translatable=\"…\" must be \"yes\" or \"no\"\n",
                                file, xmlGetLineNo (node));
      else if (mark == MARK_YES && (text == NULL || text[0] == '\0'))
        g_string_append_printf (problems, "%s:%ld: an empty text is marked translatable\n",
                                file, xmlGetLineNo (node));
      else if (mark == MARK_ABSENT && text != NULL && has_letter ((const char *) text) &&
               is_visible_text_node (node))
        {
          g_autofree char *name = get_attribute (node, "name");

          g_string_append_printf (problems,
                                  "%s:%ld: <%s%s%s%s> “%s” is visible text: add translatable=\"yes\" "
                                  "(or translatable=\"no\" for a name that stays as it is)\n",
                                  file, xmlGetLineNo (node), node->name,
                                  name != NULL ? " name=\"" : "", name != NULL ? name : "",
                                  name != NULL ? "\"" : "", text);
        }
      xmlFree (text);
    }
}

/* Appends to @problems a line for each visible text of @contents (a .ui
 * file) that translators would never see. */
static void
check_ui_marks (const char *file,
                const char *contents,
                GString    *problems)
{
  xmlDoc *doc = parse_xml (file, contents);

  check_ui_node (file, xmlDocGetRootElement (doc), problems);
  xmlFreeDoc (doc);
}

static void
collect_ui_files (const char *dir,
                  const char *relative,
                  GPtrArray  *out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) d = g_dir_open (dir, 0, &error);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *rel = g_build_filename (relative, name, NULL);

      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        collect_ui_files (path, rel, out);
      else if (g_str_has_suffix (name, ".ui"))
        g_ptr_array_add (out, g_steal_pointer (&rel));
    }
}

static void
test_ui_marked (void)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) problems = g_string_new (NULL);
  static const char * const roots[] = { "src", "data" };

  for (guint r = 0; r < G_N_ELEMENTS (roots); r++)
    {
      g_autofree char *dir = source_path (roots[r], NULL);

      collect_ui_files (dir, roots[r], files);
    }

  for (guint i = 0; i < files->len; i++)
    {
      const char *file = g_ptr_array_index (files, i);
      g_autoptr(GError) error = NULL;
      g_autofree char *path = source_path (file, NULL);
      g_autofree char *contents = NULL;

      g_test_message ("checking %s", file);
      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      check_ui_marks (file, contents, problems);
    }

  if (files->len == 0)
    g_test_message ("no .ui file yet");
  if (problems->len > 0)
    g_test_message ("Visible text not marked for translation:\n%s", problems->str);
  g_assert_cmpstr (problems->str, ==, "");
}

/* The checks above on a .ui file made for the purpose: they find what
 * they must and nothing else. */
static void
test_ui_checker (void)
{
  static const char ui[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<interface>\n"
    "  <template class=\"PhaenThing\" parent=\"GtkBox\">\n"
    "    <child>\n"
    "      <object class=\"GtkLabel\">\n"
    "        <property name=\"label\">Budget</property>\n"                                 /* 6: bad */
    "        <property name=\"tooltip-text\" translatable=\"yes\">Amount in baht</property>\n"
    "        <property name=\"css-classes\">title-1</property>\n"
    "        <property name=\"name\">budget-label</property>\n"
    "      </object>\n"
    "    </child>\n"
    "    <child>\n"
    "      <object class=\"GtkButton\">\n"
    "        <property name=\"icon-name\">document-save-symbolic</property>\n"
    "        <property name=\"tooltip-text\">Save</property>\n"                             /* 15: bad */
    "        <property name=\"label\">–</property>\n"
    "        <property name=\"title\" translatable=\"no\">Phaen</property>\n"
    "        <property name=\"subtitle\" translatable=\"yes\" context=\"plan\">Draft</property>\n"
    "        <property name=\"label\" translatable=\"Yes\">Open</property>\n"              /* 19: bad */
    "        <property name=\"label\" translatable=\"yes\"></property>\n"                   /* 20: bad */
    "      </object>\n"
    "    </child>\n"
    "    <child>\n"
    "      <object class=\"GtkDropDown\">\n"
    "        <property name=\"model\"><object class=\"GtkStringList\"><items>\n"
    "          <item>By unit</item>\n"                                                      /* 26: bad */
    "          <item translatable=\"yes\">By program</item>\n"
    "        </items></object></property>\n"
    "      </object>\n"
    "    </child>\n"
    "    <child>\n"
    "      <object class=\"GtkFileFilter\">\n"
    "        <property name=\"name\">Plans</property>\n"                                    /* 33: bad */
    "      </object>\n"
    "    </child>\n"
    "  </template>\n"
    "  <menu id=\"menu\"><section><item>\n"
    "    <attribute name=\"label\">_Preferences</attribute>\n"                               /* 38: bad */
    "    <attribute name=\"action\">app.preferences</attribute>\n"
    "  </item></section></menu>\n"
    "</interface>\n";
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autoptr(GPtrArray) msgs = NULL;
  g_auto(GStrv) lines = NULL;
  static const char * const bad_lines[] = {
    "t.ui:6:", "t.ui:15:", "t.ui:19:", "t.ui:20:", "t.ui:26:", "t.ui:33:", "t.ui:38:",
  };

  check_ui_marks ("t.ui", ui, problems);
  g_test_message ("%s", problems->str);
  lines = g_strsplit (g_strchomp (problems->str), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, G_N_ELEMENTS (bad_lines));
  for (guint i = 0; i < G_N_ELEMENTS (bad_lines); i++)
    g_assert_true (g_str_has_prefix (lines[i], bad_lines[i]));

  /* and the marked ones are what xgettext extracts */
  msgs = extract_strings ("t.ui", ui);
  g_assert_cmpuint (msgs->len, ==, 4);
  g_assert_cmpstr (((Msg *) msgs->pdata[0])->msgid, ==, "Amount in baht");
  g_assert_cmpstr (((Msg *) msgs->pdata[1])->msgid, ==, "Draft");
  g_assert_cmpstr (((Msg *) msgs->pdata[1])->msgctxt, ==, "plan");
  g_assert_cmpstr (((Msg *) msgs->pdata[2])->msgid, ==, "");
  g_assert_cmpstr (((Msg *) msgs->pdata[3])->msgid, ==, "By program");
}

/* The extractors of the data files on samples of their own. */
static void
test_data_extractors (void)
{
  static const char metainfo[] =
    "<component type=\"desktop-application\">\n"
    "  <id>org.example.A</id>\n"
    "  <name translate=\"no\">A</name>\n"
    "  <summary>Make   plans\n    quickly</summary>\n"
    "  <summary xml:lang=\"th\">ทำแผน</summary>\n"
    "  <description><p>One <em>two</em></p><ul><li>Three</li></ul></description>\n"
    "  <releases><release version=\"1\"><description><p>Four</p></description></release></releases>\n"
    "</component>\n";
  static const char schema[] =
    "<schemalist><schema id=\"a\"><key name=\"k\" type=\"b\"><default>false</default>"
    "<summary>Five</summary><description>Six.</description></key></schema></schemalist>";
  static const char desktop[] =
    "[Desktop Entry]\nName=Seven\nName[th]=เจ็ด\nExec=a %F\nKeywords=eight;nine;\n";
  static const char c_source[] =
    "x = _(\"Ten\");\ny = C_(\"ctx\", \"Eleven\");\nz = ngettext (\"%u plan\", \"%u plans\", n);\n";
  static const char * const want[] = {
    "Make plans quickly", "One <em>two</em>", "Three", "Four", "Five", "Six.",
    "Seven", "eight;nine;", "Ten", "Eleven", "%u plan",
  };
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(GPtrArray) a = extract_strings ("a.metainfo.xml.in", metainfo);
  g_autoptr(GPtrArray) b = extract_strings ("a.gschema.xml", schema);
  g_autoptr(GPtrArray) c = extract_strings ("a.desktop.in", desktop);
  g_autoptr(GPtrArray) d = extract_strings ("a.c", c_source);

  g_ptr_array_extend (all, a, NULL, NULL);
  g_ptr_array_extend (all, b, NULL, NULL);
  g_ptr_array_extend (all, c, NULL, NULL);
  g_ptr_array_extend (all, d, NULL, NULL);
  for (guint i = 0; i < all->len; i++)
    g_test_message ("%s: “%s”", ((Msg *) all->pdata[i])->where, ((Msg *) all->pdata[i])->msgid);
  g_assert_cmpuint (all->len, ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < all->len; i++)
    g_assert_cmpstr (((Msg *) all->pdata[i])->msgid, ==, want[i]);
  g_assert_cmpstr (((Msg *) d->pdata[1])->msgctxt, ==, "ctx");
  g_assert_cmpstr (((Msg *) d->pdata[2])->msgid_plural, ==, "%u plans");
  g_assert_cmpstr (((Msg *) c->pdata[0])->where, ==, "a.desktop.in:2");
}

/* ---- every string offered for translation has an entry ------------------ */

static void
test_po_covers_source (void)
{
  g_autoptr(PoFile) po = load_th_po ();
  g_auto(GStrv) files = read_potfiles ();
  g_autoptr(GHashTable) entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GString) missing = g_string_new (NULL);
  guint n_found = 0;

  for (guint i = 0; i < po->entries->len; i++)
    {
      PoEntry *entry = g_ptr_array_index (po->entries, i);

      g_hash_table_insert (entries, entry_key (entry->msgctxt, entry->msgid), entry);
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *path = source_path (files[i], NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GPtrArray) msgs = NULL;

      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      msgs = extract_strings (files[i], contents);
      for (guint m = 0; m < msgs->len; m++)
        {
          Msg *msg = g_ptr_array_index (msgs, m);
          g_autofree char *key = entry_key (msg->msgctxt, msg->msgid);
          PoEntry *entry = g_hash_table_lookup (entries, key);

          n_found++;
          if (entry == NULL || g_strcmp0 (entry->msgid_plural, msg->msgid_plural) != 0)
            g_string_append_printf (missing, "%s: %s%s%s“%s”\n", msg->where,
                                    msg->msgctxt != NULL ? "[" : "",
                                    msg->msgctxt != NULL ? msg->msgctxt : "",
                                    msg->msgctxt != NULL ? "] " : "", msg->msgid);
        }
    }

  /* the scan found the strings it should (sanity of the scanner) */
  g_test_message ("%u strings offered for translation, %u entries in th.po",
                  n_found, po->entries->len);
  g_assert_cmpuint (n_found, >=, po->entries->len / 2);

  if (missing->len > 0)
    g_test_message ("Strings without a Thai translation (append them to po/th.po):\n%s",
                    missing->str);
  g_assert_cmpstr (missing->str, ==, "");
}

/* ---- the compiled catalogue at run time ------------------------------- */

static char *
build_localedir (void)
{
  /* G_TEST_BUILDDIR is tests/ in the build tree; meson's i18n module
   * compiles po/th.po into po/th/LC_MESSAGES/phaen.mo there. */
  return g_test_build_filename (G_TEST_BUILT, "..", "po", NULL);
}

static void
use_build_catalogue (void)
{
  g_autofree char *localedir = build_localedir ();
  g_autofree char *mo = g_build_filename (localedir, "th", "LC_MESSAGES",
                                          GETTEXT_PACKAGE ".mo", NULL);

  g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (bindtextdomain (GETTEXT_PACKAGE, localedir));
  g_assert_nonnull (bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8"));
  /* the layers use _(), i.e. the default domain, as main.c sets it */
  g_assert_nonnull (textdomain (GETTEXT_PACKAGE));
}

/* glibc honours LANGUAGE only when the message locale is not "C";
 * C.UTF-8 is enough, no Thai locale needs to be installed. */
static void
speak_thai (void)
{
  g_assert_true (g_setenv ("LANGUAGE", "th", TRUE));
  g_assert_nonnull (setlocale (LC_ALL, "C.UTF-8"));
  use_build_catalogue ();
}

static void
test_mo_matches_po (void)
{
  g_autoptr(PoFile) po = load_th_po ();

  speak_thai ();

  for (guint i = 0; i < po->entries->len; i++)
    {
      PoEntry *entry = g_ptr_array_index (po->entries, i);
      const char *msgstr = entry_msgstr (entry);

      g_test_message ("th.po:%u: %s", entry->line, entry->msgid);
      if (entry->msgctxt != NULL)
        {
          g_autofree char *key = entry_key (entry->msgctxt, entry->msgid);

          g_assert_null (entry->msgid_plural);
          g_assert_cmpstr (g_dpgettext (GETTEXT_PACKAGE, key, strlen (entry->msgctxt) + 1),
                           ==, msgstr);
        }
      else if (entry->msgid_plural == NULL)
        g_assert_cmpstr (g_dgettext (GETTEXT_PACKAGE, entry->msgid), ==, msgstr);
      else
        for (gulong n = 0; n < 4; n++)
          g_assert_cmpstr (g_dngettext (GETTEXT_PACKAGE, entry->msgid, entry->msgid_plural, n),
                           ==, msgstr);
    }
}

static const PoEntry *
find_entry (const PoFile *po,
            const char   *msgid)
{
  for (guint i = 0; i < po->entries->len; i++)
    {
      const PoEntry *entry = g_ptr_array_index (po->entries, i);

      if (entry->msgctxt == NULL && strcmp (entry->msgid, msgid) == 0)
        return entry;
    }

  g_error ("th.po has no entry for “%s”: run msgmerge", msgid);
  return NULL;
}

/* The Thai text th.po gives for @msgid, filled with @args. */
static char *
expected_thai (const PoFile       *po,
               const char         *msgid,
               const char * const *args)
{
  return fill_template (entry_msgstr (find_entry (po, msgid)), args);
}

static void
test_model_messages (void)
{
  g_autoptr(PoFile) po = load_th_po ();
  g_autoptr(GError) error = NULL;
  g_autofree char *want = NULL;
  gint64 satang = 0;
  guint mask = 0;
  GDate date;

  speak_thai ();

  /* money */
  g_assert_false (phaen_money_parse ("-1,500", PHAEN_MONEY_PARSE_DEFAULT, &satang, &error));
  want = expected_thai (po, "“%s” is negative: amounts must be zero or more",
                        (const char *[]) { "-1,500" });
  g_assert_cmpstr (error->message, ==, want);
  g_assert_true (has_thai (error->message));
  g_clear_error (&error);
  g_clear_pointer (&want, g_free);

  g_assert_false (phaen_money_parse ("12,34", PHAEN_MONEY_PARSE_DEFAULT, &satang, &error));
  want = expected_thai (po, "“%s” has a misplaced comma: commas must separate groups of three digits, as in 1,234,567",
                        (const char *[]) { "12,34" });
  g_assert_cmpstr (error->message, ==, want);
  g_clear_error (&error);
  g_clear_pointer (&want, g_free);

  /* schedule: the month names come from the model, in fiscal order */
  g_assert_false (phaen_schedule_parse ("ก.ค.-ต.ค.", &mask, &error));
  want = expected_thai (po, "“%s” runs backwards in the fiscal year (%s … %s): write the earlier month first",
                        (const char *[]) { "ก.ค.-ต.ค.", "ต.ค.", "ก.ย." });
  g_assert_cmpstr (error->message, ==, want);
  g_clear_error (&error);
  g_clear_pointer (&want, g_free);

  /* dates */
  g_assert_false (phaen_date_parse_iso ("2011-02-30", &date, &error));
  want = expected_thai (po, "“%s” is not a date: that month has no day %u",
                        (const char *[]) { "2011-02-30", "30" });
  g_assert_cmpstr (error->message, ==, want);
  g_clear_error (&error);
  g_clear_pointer (&want, g_free);

  g_assert_false (phaen_date_parse_iso ("2011-13-01", &date, &error));
  want = expected_thai (po, "“%s” is not a date: there is no month %u",
                        (const char *[]) { "2011-13-01", "13" });
  g_assert_cmpstr (error->message, ==, want);
}

/* ---- the executable --------------------------------------------------- */

static void
run_phaen_thai (const char * const  *args,
                char               **out,
                char               **err,
                int                 *status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *localedir = build_localedir ();
  const char *exe = g_getenv ("PHAEN_EXE");
  int wait_status = 0;

  g_assert_nonnull (exe);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_setenv (envp, "LANGUAGE", "th", TRUE);
  /* main.c binds the text domain there instead of LOCALEDIR. */
  envp = g_environ_setenv (envp, "PHAEN_LOCALEDIR", localedir, TRUE);

  g_ptr_array_add (argv, (gpointer) exe);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  *status = WEXITSTATUS (wait_status);
}

static void
test_exe_thai (void)
{
  g_autoptr(PoFile) po = load_th_po ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *help_out = NULL;
  g_autofree char *help_err = NULL;
  g_autofree char *thai = NULL;
  g_autofree char *english = NULL;
  int status = 0;

  run_phaen_thai ((const char *[]) { "frobnicate", NULL }, &out, &err, &status);
  g_assert_cmpint (status, !=, 0);
  english = g_strdup_printf ("unknown command “%s”", "frobnicate");
  thai = expected_thai (po, "unknown command “%s”", (const char *[]) { "frobnicate" });

  g_assert_null (strstr (err, english));
  g_assert_nonnull (strstr (err, thai));

  run_phaen_thai ((const char *[]) { "--help", NULL }, &help_out, &help_err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (help_out, entry_msgstr (find_entry (po, "Commands:"))));
  g_assert_nonnull (strstr (help_out, entry_msgstr (find_entry (po, "Options:"))));
  /* command names stay as they are */
  g_assert_nonnull (strstr (help_out, "  export-pdf "));
  g_assert_null (strstr (help_out, "Commands:"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/i18n/po/header", test_po_header);
  g_test_add_func ("/i18n/po/complete", test_po_complete);
  g_test_add_func ("/i18n/po/formats", test_po_formats);
  g_test_add_func ("/i18n/po/markup", test_po_markup);
  g_test_add_func ("/i18n/po/covers-source", test_po_covers_source);
  g_test_add_func ("/i18n/potfiles", test_potfiles);
  g_test_add_func ("/i18n/ui/marked", test_ui_marked);
  g_test_add_func ("/i18n/ui/checker", test_ui_checker);
  g_test_add_func ("/i18n/extractors", test_data_extractors);
  g_test_add_func ("/i18n/mo/matches-po", test_mo_matches_po);
  g_test_add_func ("/i18n/model/thai-messages", test_model_messages);
  g_test_add_func ("/i18n/exe/thai", test_exe_thai);

  return g_test_run ();
}
