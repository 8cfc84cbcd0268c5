/* phaen-xml-guard.c: hostile XML refused before it is parsed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small lexer over the raw bytes: comments, CDATA sections, processing
 * instructions and declarations are skipped whole; an end tag closes one
 * level; a start tag opens one (unless it ends with "/>") and its
 * attributes are counted as the '=' signs outside quoted values. Text is
 * skipped with memchr(); the line of a refused element is counted only
 * then. Where the markup is broken (a comment never closed, …) the guard
 * stops and lets libxml2 report the real problem.
 */
#define G_LOG_DOMAIN "phaen-io"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-io-error.h"
#include "phaen-xml-guard.h"
#include "model/phaen-limits.h"

typedef struct
{
  const char *p;
  const char *end;
} Scan;

static guint
line_at (const char *data,
         const char *at)
{
  guint line = 1;

  for (const char *q = data; q < at; q++)
    if (*q == '\n')
      line++;

  return line;
}

/* Moves past the next occurrence of @token; FALSE when there is none. */
static gboolean
skip_past (Scan       *s,
           const char *token)
{
  gsize token_length = strlen (token);

  while (s->p < s->end)
    {
      const char *first = memchr (s->p, token[0], (gsize) (s->end - s->p));

      if (first == NULL)
        break;
      s->p = first;
      if ((gsize) (s->end - s->p) >= token_length && memcmp (s->p, token, token_length) == 0)
        {
          s->p += token_length;
          return TRUE;
        }
      s->p++;
    }

  s->p = s->end;
  return FALSE;
}

static gboolean
starts_with (Scan       *s,
             const char *token)
{
  gsize token_length = strlen (token);

  return (gsize) (s->end - s->p) >= token_length && memcmp (s->p, token, token_length) == 0;
}

/* Moves past the '>' ending a tag or declaration, skipping quoted values
 * and, for declarations, bracketed internal subsets; counts the '=' signs
 * outside quotes in @out_equals. Returns the character before the '>'
 * ('/' for an empty-element tag), or '\0' when the markup never ends. */
static char
skip_tag (Scan  *s,
          guint *out_equals)
{
  char previous = '\0';
  int brackets = 0;

  *out_equals = 0;

  while (s->p < s->end)
    {
      char c = *s->p++;

      if (c == '"' || c == '\'')
        {
          /* a quoted value: straight to its closing quote */
          const char *close = memchr (s->p, c, (gsize) (s->end - s->p));

          if (close == NULL)
            break;
          s->p = close + 1;
        }
      else if (c == '[')
        brackets++;
      else if (c == ']' && brackets > 0)
        brackets--;
      else if (c == '=')
        {
          (*out_equals)++;
          /* no need to read further: the caller refuses the element */
          if (*out_equals > PHAEN_LIMIT_XML_ATTRIBUTES)
            return '=';
        }
      else if (c == '>' && brackets == 0)
        return previous != '\0' ? previous : ' ';

      if (!g_ascii_isspace (c))
        previous = c;
    }

  s->p = s->end;
  return '\0';
}

gboolean
phaen_xml_guard_check (const char  *data,
                       gsize        length,
                       const char  *filename,
                       GError     **error)
{
  Scan s = { data, data + length };
  guint depth = 0;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (filename == NULL)
    filename = "-";

  if (length > (gsize) PHAEN_LIMIT_FILE_BYTES)
    {
      g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_TOO_LARGE,
                   _("%s: the file is larger than %u MB, the most Phaen reads"),
                   filename, (guint) (PHAEN_LIMIT_FILE_BYTES / (1024 * 1024)));
      return FALSE;
    }

  while (s.p < s.end)
    {
      const char *lt = memchr (s.p, '<', (gsize) (s.end - s.p));
      const char *tag;
      guint equals = 0;
      char last;

      if (lt == NULL)
        break;
      s.p = tag = lt;

      if (starts_with (&s, "<!--"))
        {
          if (!skip_past (&s, "-->"))
            return TRUE;
        }
      else if (starts_with (&s, "<![CDATA["))
        {
          if (!skip_past (&s, "]]>"))
            return TRUE;
        }
      else if (starts_with (&s, "<?"))
        {
          if (!skip_past (&s, "?>"))
            return TRUE;
        }
      else if (starts_with (&s, "<!"))
        {
          if (skip_tag (&s, &equals) == '\0')
            return TRUE;
        }
      else if (starts_with (&s, "</"))
        {
          if (skip_tag (&s, &equals) == '\0')
            return TRUE;
          if (depth > 0)
            depth--;
        }
      else
        {
          s.p++;
          last = skip_tag (&s, &equals);

          if (equals > PHAEN_LIMIT_XML_ATTRIBUTES)
            {
              g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_INVALID,
                           _("%s:%u: an element has more than %u attributes; no plan file has so many, "
                             "so the file is refused"),
                           filename, line_at (data, tag), (guint) PHAEN_LIMIT_XML_ATTRIBUTES);
              return FALSE;
            }
          if (last == '\0')
            return TRUE;
          if (last != '/')
            {
              depth++;
              if (depth > PHAEN_LIMIT_XML_DEPTH)
                {
                  g_set_error (error, PHAEN_IO_ERROR, PHAEN_IO_ERROR_INVALID,
                               _("%s:%u: elements are nested more than %u deep; no plan file is, "
                                 "so the file is refused"),
                               filename, line_at (data, tag), (guint) PHAEN_LIMIT_XML_DEPTH);
                  return FALSE;
                }
            }
        }
    }

  return TRUE;
}
