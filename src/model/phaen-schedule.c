/* phaen-schedule.c: project schedules as a 12-bit mask over fiscal months
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-fiscal.h"
#include "phaen-model-error.h"
#include "phaen-schedule.h"
#include "phaen-thai.h"

/* The dashes accepted between the two months of a range. */
static const char * const range_dashes[] = { "-", "\u2013", "\u2014" };

/* Finds the first dash in @text; sets @dash_len to its length in bytes. */
static const char *
find_dash (const char *text,
           gsize      *dash_len)
{
  const char *best = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (range_dashes); i++)
    {
      const char *found = strstr (text, range_dashes[i]);

      if (found != NULL && (best == NULL || found < best))
        {
          best = found;
          *dash_len = strlen (range_dashes[i]);
        }
    }

  return best;
}

/* @text without its "." characters: ต.ค. → ตค */
static char *
without_dots (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    if (*p != '.')
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

/* Reads a month (abbreviation, full name or calendar number) into its
 * fiscal index. @token is already stripped of surrounding spaces. */
static gboolean
parse_month (const char  *token,
             guint       *out_index,
             GError     **error)
{
  g_autofree char *normal = NULL;
  g_autofree char *ascii = NULL;
  g_autofree char *bare = NULL;
  gsize len;
  gboolean all_digits;

  /* A month as Phaen writes it (ต.ค.) or its full name, as typed: what
   * files hold; found without the copies below. */
  for (guint i = 0; i < PHAEN_FISCAL_MONTHS; i++)
    {
      if (strcmp (token, phaen_fiscal_month_abbrev (i)) == 0 ||
          strcmp (token, phaen_fiscal_month_name (i)) == 0)
        {
          *out_index = i;
          return TRUE;
        }
    }

  normal = phaen_thai_normalize_marks (token);
  ascii = phaen_arabic_digits (normal);
  bare = without_dots (normal);
  len = strlen (ascii);
  all_digits = len > 0;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (ascii[i]))
      all_digits = FALSE;

  if (all_digits)
    {
      guint month = 0;

      /* at most two digits: "010" is no month */
      if (len <= 2)
        month = (guint) g_ascii_strtoull (ascii, NULL, 10);

      if (month < 1 || month > 12)
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_SCHEDULE,
                       _("“%s” is not a month: month numbers run from 1 to 12"),
                       token);
          return FALSE;
        }

      *out_index = phaen_fiscal_index_from_calendar (month);
      return TRUE;
    }

  for (guint i = 0; i < PHAEN_FISCAL_MONTHS; i++)
    {
      g_autofree char *abbrev = without_dots (phaen_fiscal_month_abbrev (i));

      if (strcmp (bare, abbrev) == 0 ||
          strcmp (normal, phaen_fiscal_month_name (i)) == 0)
        {
          *out_index = i;
          return TRUE;
        }
    }

  /* a spelling often seen for กรกฎาคม (ฏ for ฎ) */
  if (strcmp (normal, "กรกฏาคม") == 0)
    {
      *out_index = phaen_fiscal_index_from_calendar (7);
      return TRUE;
    }

  g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_SCHEDULE,
               _("“%s” is not a month: write an abbreviation such as %s, a full name such as %s or a month number from 1 to 12"),
               token, phaen_fiscal_month_abbrev (0), phaen_fiscal_month_name (0));

  return FALSE;
}

/* One comma-separated item: a month or a range of months. */
static gboolean
parse_item (const char  *item,
            guint       *mask,
            GError     **error)
{
  const char *dash;
  gsize dash_len = 0;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  guint first, last;

  dash = find_dash (item, &dash_len);

  if (dash == NULL)
    {
      if (!parse_month (item, &first, error))
        return FALSE;
      *mask |= 1u << first;
      return TRUE;
    }

  first_text = g_strstrip (g_strndup (item, (gsize) (dash - item)));
  last_text = g_strstrip (g_strdup (dash + dash_len));

  if (first_text[0] == '\0' || last_text[0] == '\0' ||
      find_dash (last_text, &dash_len) != NULL)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_SCHEDULE,
                   _("“%s” is not a range of months: write the first and the last month with a dash between them, as in %s-%s"),
                   item, phaen_fiscal_month_abbrev (0), phaen_fiscal_month_abbrev (2));
      return FALSE;
    }

  if (!parse_month (first_text, &first, error) ||
      !parse_month (last_text, &last, error))
    return FALSE;

  if (first > last)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_SCHEDULE,
                   _("“%s” runs backwards in the fiscal year (%s … %s): write the earlier month first"),
                   item, phaen_fiscal_month_abbrev (0),
                   phaen_fiscal_month_abbrev (PHAEN_FISCAL_MONTHS - 1));
      return FALSE;
    }

  for (guint i = first; i <= last; i++)
    *mask |= 1u << i;

  return TRUE;
}

gboolean
phaen_schedule_parse (const char  *text,
                      guint       *out_mask,
                      GError     **error)
{
  g_autofree char *shown = NULL;
  g_auto(GStrv) items = NULL;
  guint mask = 0;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  shown = g_strstrip (g_utf8_make_valid (text, -1));

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_SCHEDULE,
                   _("“%s” is not a list of months: it contains bytes that are not text"),
                   shown);
      return FALSE;
    }

  if (shown[0] != '\0')
    {
      items = g_strsplit (shown, ",", -1);

      for (guint i = 0; items[i] != NULL; i++)
        {
          char *item = g_strstrip (items[i]);

          if (item[0] == '\0')
            {
              g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_SCHEDULE,
                           _("“%s” has an empty item: write a month or a range between every two commas"),
                           shown);
              return FALSE;
            }

          if (!parse_item (item, &mask, error))
            return FALSE;
        }
    }

  if (out_mask != NULL)
    *out_mask = mask;

  return TRUE;
}

guint
phaen_schedule_runs (guint             mask,
                     PhaenScheduleRun *runs)
{
  guint n_runs = 0;

  g_return_val_if_fail ((mask & ~PHAEN_SCHEDULE_ALL) == 0, 0);
  g_return_val_if_fail (runs != NULL, 0);

  for (guint i = 0; i < PHAEN_FISCAL_MONTHS; i++)
    {
      if ((mask & (1u << i)) == 0)
        continue;

      if (n_runs > 0 && runs[n_runs - 1].last + 1 == i)
        {
          runs[n_runs - 1].last = i;
        }
      else
        {
          /* twelve months hold at most six separate runs */
          g_assert (n_runs < PHAEN_SCHEDULE_MAX_RUNS);
          runs[n_runs].first = i;
          runs[n_runs].last = i;
          n_runs++;
        }
    }

  return n_runs;
}

char *
phaen_schedule_format (guint mask)
{
  PhaenScheduleRun runs[PHAEN_SCHEDULE_MAX_RUNS];
  GString *out;
  guint n_runs;

  g_return_val_if_fail ((mask & ~PHAEN_SCHEDULE_ALL) == 0, NULL);

  n_runs = phaen_schedule_runs (mask, runs);
  out = g_string_new (NULL);

  for (guint i = 0; i < n_runs; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');

      g_string_append (out, phaen_fiscal_month_abbrev (runs[i].first));
      if (runs[i].last != runs[i].first)
        {
          g_string_append_c (out, '-');
          g_string_append (out, phaen_fiscal_month_abbrev (runs[i].last));
        }
    }

  return g_string_free (out, FALSE);
}
