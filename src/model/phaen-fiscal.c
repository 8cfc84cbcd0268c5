/* phaen-fiscal.c: Buddhist-era fiscal years and their months
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-fiscal.h"
#include "phaen-limits.h"
#include "phaen-model-error.h"
#include "phaen-thai.h"

/* Both tables in fiscal order, ตุลาคม first. */
static const char * const fiscal_abbrevs[PHAEN_FISCAL_MONTHS] = {
  "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.",
  "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
};

static const char * const fiscal_names[PHAEN_FISCAL_MONTHS] = {
  "ตุลาคม", "พฤศจิกายน", "ธันวาคม", "มกราคม", "กุมภาพันธ์", "มีนาคม",
  "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
};

/* The same for the app, in the user's language, fiscal order. */
static const char * const month_labels[PHAEN_FISCAL_MONTHS] = {
  NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
  NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
  NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
  NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
};

static const char * const month_short_labels[PHAEN_FISCAL_MONTHS] = {
  NC_("month abbreviation", "Oct"), NC_("month abbreviation", "Nov"),
  NC_("month abbreviation", "Dec"), NC_("month abbreviation", "Jan"),
  NC_("month abbreviation", "Feb"), NC_("month abbreviation", "Mar"),
  NC_("month abbreviation", "Apr"), NC_("month abbreviation", "May"),
  NC_("month abbreviation", "Jun"), NC_("month abbreviation", "Jul"),
  NC_("month abbreviation", "Aug"), NC_("month abbreviation", "Sep"),
};

/* The fiscal year starts with calendar month 10 (October). */
#define FIRST_CALENDAR_MONTH 10

guint
phaen_fiscal_month_to_calendar (guint fiscal_index)
{
  g_return_val_if_fail (fiscal_index < PHAEN_FISCAL_MONTHS, 1);

  return (fiscal_index + FIRST_CALENDAR_MONTH - 1) % 12 + 1;
}

guint
phaen_fiscal_index_from_calendar (guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  return (month + 12 - FIRST_CALENDAR_MONTH) % 12;
}

const char *
phaen_fiscal_month_abbrev (guint fiscal_index)
{
  g_return_val_if_fail (fiscal_index < PHAEN_FISCAL_MONTHS, NULL);

  return fiscal_abbrevs[fiscal_index];
}

const char *
phaen_fiscal_month_name (guint fiscal_index)
{
  g_return_val_if_fail (fiscal_index < PHAEN_FISCAL_MONTHS, NULL);

  return fiscal_names[fiscal_index];
}

const char *
phaen_fiscal_month_get_label (guint fiscal_index)
{
  g_return_val_if_fail (fiscal_index < PHAEN_FISCAL_MONTHS, NULL);

  return g_dpgettext2 (NULL, "month", month_labels[fiscal_index]);
}

const char *
phaen_fiscal_month_get_short_label (guint fiscal_index)
{
  g_return_val_if_fail (fiscal_index < PHAEN_FISCAL_MONTHS, NULL);

  return g_dpgettext2 (NULL, "month abbreviation", month_short_labels[fiscal_index]);
}

const char *
phaen_calendar_month_name (guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, NULL);

  return fiscal_names[phaen_fiscal_index_from_calendar (month)];
}

guint
phaen_fiscal_month_be_year (guint fiscal_year_be,
                            guint fiscal_index)
{
  g_return_val_if_fail (fiscal_index < PHAEN_FISCAL_MONTHS, fiscal_year_be);

  /* ต.ค., พ.ย. and ธ.ค. belong to the calendar year before */
  if (phaen_fiscal_month_to_calendar (fiscal_index) >= FIRST_CALENDAR_MONTH)
    return fiscal_year_be - 1;

  return fiscal_year_be;
}

void
phaen_fiscal_year_range (guint  fiscal_year_be,
                         GDate *first_day,
                         GDate *last_day)
{
  guint last_year_ce;

  /* GDate years start at 1 CE, and fiscal year N starts in N - 544 CE */
  g_return_if_fail (fiscal_year_be > PHAEN_BE_OFFSET + 1);
  g_return_if_fail (fiscal_year_be - PHAEN_BE_OFFSET <= G_MAXUINT16);

  last_year_ce = fiscal_year_be - PHAEN_BE_OFFSET;

  if (first_day != NULL)
    {
      g_date_clear (first_day, 1);
      g_date_set_dmy (first_day, 1, G_DATE_OCTOBER, (GDateYear) (last_year_ce - 1));
    }

  if (last_day != NULL)
    {
      g_date_clear (last_day, 1);
      g_date_set_dmy (last_day, 30, G_DATE_SEPTEMBER, (GDateYear) last_year_ce);
    }
}

guint
phaen_fiscal_year_of_date (const GDate *date)
{
  guint year_be;

  g_return_val_if_fail (date != NULL && g_date_valid (date), 0);

  year_be = (guint) g_date_get_year (date) + PHAEN_BE_OFFSET;

  if ((guint) g_date_get_month (date) >= FIRST_CALENDAR_MONTH)
    return year_be + 1;

  return year_be;
}

char *
phaen_date_format_thai (const GDate *date,
                        gboolean     thai_digits)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  /* The BE year is computed here, never taken from the locale. */
  text = g_strdup_printf ("%u %s %u",
                          (guint) g_date_get_day (date),
                          phaen_calendar_month_name ((guint) g_date_get_month (date)),
                          (guint) g_date_get_year (date) + PHAEN_BE_OFFSET);

  return phaen_digits (text, thai_digits);
}

char *
phaen_fiscal_period_format (guint    fiscal_year_be,
                            gboolean thai_digits)
{
  GDate first_day;
  GDate last_day;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;

  g_return_val_if_fail (fiscal_year_be > PHAEN_BE_OFFSET + 1, NULL);
  g_return_val_if_fail (fiscal_year_be - PHAEN_BE_OFFSET <= G_MAXUINT16, NULL);

  phaen_fiscal_year_range (fiscal_year_be, &first_day, &last_day);
  first_text = phaen_date_format_thai (&first_day, thai_digits);
  last_text = phaen_date_format_thai (&last_day, thai_digits);

  /* an en dash between spaces, as the announcement prints it */
  return g_strconcat (first_text, " \u2013 ", last_text, NULL);
}

/* Reads exactly @n ASCII digits at @p into @out. */
static gboolean
read_digits (const char *p,
             guint       n,
             guint      *out)
{
  guint value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      value = value * 10 + (guint) (p[i] - '0');
    }

  *out = value;

  return TRUE;
}

gboolean
phaen_date_parse_iso (const char  *text,
                      GDate       *out,
                      GError     **error)
{
  g_autofree char *shown = NULL;
  g_autofree char *ascii = NULL;
  guint year, month, day;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  shown = g_strstrip (g_utf8_make_valid (text, -1));
  ascii = phaen_arabic_digits (shown);

  if (ascii[0] == '\0')
    {
      g_set_error_literal (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_DATE,
                           _("No date was given: write it as year-month-day in the Christian era, for example 2011-09-30"));
      return FALSE;
    }

  if (strlen (ascii) != 10 || ascii[4] != '-' || ascii[7] != '-' ||
      !read_digits (ascii, 4, &year) ||
      !read_digits (ascii + 5, 2, &month) ||
      !read_digits (ascii + 8, 2, &day))
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_DATE,
                   _("“%s” is not a date: write it as year-month-day in the Christian era, for example 2011-09-30"),
                   shown);
      return FALSE;
    }

  if (month < 1 || month > 12)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_DATE,
                   _("“%s” is not a date: there is no month %u"), shown, month);
      return FALSE;
    }

  if (year == 0)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_DATE,
                   _("“%s” is not a date: there is no year 0"), shown);
      return FALSE;
    }

  if (day < 1 || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_DATE,
                   _("“%s” is not a date: that month has no day %u"), shown, day);
      return FALSE;
    }

  if (out != NULL)
    {
      g_date_clear (out, 1);
      g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
    }

  return TRUE;
}

char *
phaen_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (guint) g_date_get_year (date),
                          (guint) g_date_get_month (date),
                          (guint) g_date_get_day (date));
}

gboolean
phaen_fiscal_year_in_range (guint fiscal_year_be)
{
  return fiscal_year_be >= PHAEN_FISCAL_YEAR_MIN && fiscal_year_be <= PHAEN_FISCAL_YEAR_MAX;
}
