/* phaen-announcement.c: the wording of the announcement composed from facts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sentences below are Phaen's own, in the register of a Thai local
 * government's announcement. They are the printed document's words, so
 * they are Thai and never translated; the messages about bad input are
 * the app's and go through gettext.
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "phaen-announcement.h"
#include "phaen-fiscal.h"
#include "phaen-limits.h"
#include "phaen-model-error.h"
#include "phaen-text.h"
#include "phaen-thai.h"

/* The amendments of the 2548 regulation cited by default.
 *
 * Announcements adopting operations plans cite the regulation "พ.ศ. 2548
 * และที่แก้ไขเพิ่มเติม", or name its amendments: ฉบับที่ 2 พ.ศ. 2559 (older
 * announcements cite its ข้อ 12 beside ข้อ 26 of 2548) and ฉบับที่ 3
 * พ.ศ. 2561. Those of fiscal year 2568 that we read (published
 * by municipalities on their web sites) stop at "แก้ไขเพิ่มเติม (ฉบับที่ 3)
 * พ.ศ. 2561"; none cites a ฉบับที่ 4 of this regulation, and we found no
 * trace of one (the 2563 regulation they also mention is another one, on
 * budget procedure). So the default cites ฉบับที่ 2 and 3. The list is
 * data, not wording: an organisation whose province asks for another
 * amendment adds it ("2/2559, 3/2561, 4/…") and the sentences follow. */
static const PhaenRegulationAmendment default_amendments[] = {
  { 2, 2559 },
  { 3, 2561 },
};

/* Amendment numbers and years a list may hold. */
#define AMENDMENT_NUMBER_MIN 2
#define AMENDMENT_NUMBER_MAX 99
#define CLAUSE_NUMBER_MAX    999

const PhaenRegulationAmendment *
phaen_regulation_default_amendments (guint *n_amendments)
{
  if (n_amendments != NULL)
    *n_amendments = G_N_ELEMENTS (default_amendments);

  return default_amendments;
}

/* ---- Reading the lists ------------------------------------------------- */

/* @text with Thai digits made Arabic, trimmed. */
static char *
plain_digits (const char *text)
{
  char *arabic = phaen_arabic_digits (text != NULL ? text : "");

  return g_strstrip (arabic);
}

/* Skips white space (any Unicode space) at *@p. */
static void
skip_spaces (const char **p)
{
  while (**p != '\0' && g_unichar_isspace (g_utf8_get_char (*p)))
    *p = g_utf8_next_char (*p);
}

static gboolean
skip_word (const char **p,
           const char  *word)
{
  if (!g_str_has_prefix (*p, word))
    return FALSE;
  *p += strlen (word);
  return TRUE;
}

/* Reads a run of ASCII digits (at most @max_digits) at *@p. */
static gboolean
read_number (const char **p,
             guint        max_digits,
             guint       *out)
{
  guint n = 0;
  guint value = 0;

  while (g_ascii_isdigit ((*p)[n]))
    {
      if (n == max_digits)
        return FALSE;
      value = value * 10 + (guint) ((*p)[n] - '0');
      n++;
    }
  if (n == 0)
    return FALSE;

  *p += n;
  *out = value;
  return TRUE;
}

static int
compare_amendments (gconstpointer a,
                    gconstpointer b)
{
  const PhaenRegulationAmendment *aa = a;
  const PhaenRegulationAmendment *ab = b;

  return aa->number < ab->number ? -1 : aa->number > ab->number;
}

/* One item: "2/2559", "(ฉบับที่ 2) พ.ศ. 2559", "ฉบับที่ 2 พ.ศ.2559". */
static gboolean
parse_amendment (const char               *item,
                 PhaenRegulationAmendment *out)
{
  const char *p = item;
  gboolean open = FALSE;

  skip_spaces (&p);
  if (skip_word (&p, "("))
    {
      open = TRUE;
      skip_spaces (&p);
    }
  if (skip_word (&p, "ฉบับที่"))
    skip_spaces (&p);
  if (!read_number (&p, 2, &out->number))
    return FALSE;
  skip_spaces (&p);
  if (open)
    {
      if (!skip_word (&p, ")"))
        return FALSE;
      skip_spaces (&p);
    }
  if (!skip_word (&p, "/") && !skip_word (&p, "พ.ศ."))
    return FALSE;
  skip_spaces (&p);
  if (!read_number (&p, 4, &out->year))
    return FALSE;
  skip_spaces (&p);

  return *p == '\0';
}

gboolean
phaen_regulation_amendments_parse (const char  *text,
                                   GArray     **out,
                                   GError     **error)
{
  g_autofree char *plain = plain_digits (text);
  g_autoptr(GArray) list = g_array_new (FALSE, FALSE, sizeof (PhaenRegulationAmendment));
  g_auto(GStrv) items = NULL;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (*plain != '\0')
    items = g_strsplit (plain, ",", -1);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      PhaenRegulationAmendment amendment;
      g_autofree char *item = g_strstrip (g_strdup (items[i]));

      if (!parse_amendment (item, &amendment))
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("“%s” is not an amendment of the regulation: write its number and year, such as “3/2561” or “(ฉบับที่ 3) พ.ศ. 2561”"),
                       item);
          return FALSE;
        }
      if (amendment.number < AMENDMENT_NUMBER_MIN || amendment.number > AMENDMENT_NUMBER_MAX)
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("“%s”: an amendment is numbered from %d to %d (the regulation of 2548 itself is the first)"),
                       item, AMENDMENT_NUMBER_MIN, AMENDMENT_NUMBER_MAX);
          return FALSE;
        }
      if (amendment.year <= PHAEN_REGULATION_YEAR || amendment.year > PHAEN_FISCAL_YEAR_MAX)
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("“%s”: the year of an amendment is a Buddhist-era year after %d"),
                       item, PHAEN_REGULATION_YEAR);
          return FALSE;
        }
      for (guint j = 0; j < list->len; j++)
        if (g_array_index (list, PhaenRegulationAmendment, j).number == amendment.number)
          {
            g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                         _("the amendment number %u is listed twice"), amendment.number);
            return FALSE;
          }
      g_array_append_val (list, amendment);
    }

  g_array_sort (list, compare_amendments);
  if (out != NULL)
    *out = g_steal_pointer (&list);

  return TRUE;
}

char *
phaen_regulation_amendments_format (const PhaenRegulationAmendment *amendments,
                                    guint                           n_amendments)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (amendments != NULL || n_amendments == 0, NULL);

  for (guint i = 0; i < n_amendments; i++)
    g_string_append_printf (out, "%s%u/%u", i > 0 ? ", " : "",
                            amendments[i].number, amendments[i].year);

  return g_string_free (out, FALSE);
}

/* One clause: "26", "26 (2)", "ข้อ 26(2)", into @out canonically. */
static gboolean
parse_clause (const char *item,
              GString    *out)
{
  const char *p = item;
  guint number;

  skip_spaces (&p);
  if (skip_word (&p, "ข้อ"))
    skip_spaces (&p);
  if (!read_number (&p, 3, &number) || number == 0 || number > CLAUSE_NUMBER_MAX)
    return FALSE;
  g_string_append_printf (out, "%u", number);

  for (;;)
    {
      guint sub;

      skip_spaces (&p);
      if (*p == '\0')
        return TRUE;
      if (!skip_word (&p, "("))
        return FALSE;
      skip_spaces (&p);
      if (!read_number (&p, 3, &sub) || sub == 0)
        return FALSE;
      skip_spaces (&p);
      if (!skip_word (&p, ")"))
        return FALSE;
      g_string_append_printf (out, " (%u)", sub);
    }
}

gboolean
phaen_regulation_clauses_parse (const char  *text,
                                char       **canonical,
                                GError     **error)
{
  g_autofree char *plain = plain_digits (text);
  g_auto(GStrv) items = NULL;
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (*plain != '\0')
    items = g_strsplit (plain, ",", -1);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      g_autofree char *item = g_strstrip (g_strdup (items[i]));

      if (out->len > 0)
        g_string_append (out, ", ");
      if (!parse_clause (item, out))
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("“%s” is not a clause of the regulation: write its number, such as “26” or “26 (2)”"),
                       item);
          g_string_free (out, TRUE);
          return FALSE;
        }
    }

  if (canonical != NULL)
    *canonical = g_string_free (out, FALSE);
  else
    g_string_free (out, TRUE);

  return TRUE;
}

/* ---- Defaults ------------------------------------------------------------- */

char *
phaen_budget_ordinance_default (PhaenOrganisationKind kind,
                                guint                 fiscal_year)
{
  /* A municipality's own law is a เทศบัญญัติ; an อบต.'s, an อบจ.'s and
   * the special ones' a ข้อบัญญัติ. */
  switch (kind)
    {
    case PHAEN_ORGANISATION_CITY_MUNICIPALITY:
    case PHAEN_ORGANISATION_TOWN_MUNICIPALITY:
    case PHAEN_ORGANISATION_SUBDISTRICT_MUNICIPALITY:
      return g_strdup_printf ("เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. %u", fiscal_year);
    case PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION:
    case PHAEN_ORGANISATION_PROVINCIAL_ADMINISTRATION:
    case PHAEN_ORGANISATION_OTHER:
    default:
      return g_strdup_printf ("ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. %u", fiscal_year);
    }
}

char *
phaen_considering_body_default (const char *organisation)
{
  if (organisation == NULL || *organisation == '\0')
    return g_strdup ("คณะกรรมการพัฒนาท้องถิ่น");

  return g_strconcat ("คณะกรรมการพัฒนา", organisation, NULL);
}

/* ---- The plan's fields ------------------------------------------------------ */

static const char * const fact_properties[] = {
  "regulation-amendments",
  "regulation-clauses",
  "budget-ordinance",
  "budget-ordinance-date",
  "considering-body",
  "considered-date",
  NULL,
};

const char * const *
phaen_announcement_fact_properties (void)
{
  return fact_properties;
}

gboolean
phaen_announcement_check_fact (const char  *property,
                               const char  *value,
                               char       **canonical,
                               GError     **error)
{
  g_autofree char *result = NULL;

  g_return_val_if_fail (property != NULL, FALSE);
  g_return_val_if_fail (g_strv_contains (fact_properties, property), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (value == NULL)
    value = "";

  if (!phaen_text_check (value, PHAEN_LIMIT_NAME_CHARS, error))
    return FALSE;

  if (g_str_equal (property, "regulation-amendments"))
    {
      g_autoptr(GArray) list = NULL;

      if (!phaen_regulation_amendments_parse (value, &list, error))
        return FALSE;
      result = phaen_regulation_amendments_format ((PhaenRegulationAmendment *) (gpointer) list->data,
                                                   list->len);
    }
  else if (g_str_equal (property, "regulation-clauses"))
    {
      if (!phaen_regulation_clauses_parse (value, &result, error))
        return FALSE;
    }
  else if (g_str_has_suffix (property, "-date"))
    {
      g_autofree char *trimmed = g_strstrip (g_strdup (value));
      GDate date;

      g_date_clear (&date, 1);
      if (*trimmed == '\0')
        result = g_strdup ("");
      else if (!phaen_date_parse_iso (trimmed, &date, error))
        return FALSE;
      else
        result = phaen_date_format_iso (&date);
    }
  else
    result = phaen_text_normalize_name (value);

  if (canonical != NULL)
    *canonical = g_steal_pointer (&result);

  return TRUE;
}

/* ---- Facts ---------------------------------------------------------------- */

static char *
dup_or_null (const char *text)
{
  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

void
phaen_announcement_facts_init_from_plan (PhaenAnnouncementFacts *facts,
                                         PhaenPlan              *plan)
{
  g_autofree char *clauses = NULL;
  GArray *amendments = NULL;

  g_return_if_fail (facts != NULL);
  g_return_if_fail (PHAEN_IS_PLAN (plan));

  phaen_announcement_facts_clear (facts);

  facts->kind = phaen_plan_get_edition_kind (plan);
  facts->edition_number = phaen_plan_get_edition_number (plan);
  facts->organisation = dup_or_null (phaen_plan_get_organisation_name (plan));
  facts->organisation_kind = phaen_plan_get_organisation_kind (plan);
  facts->fiscal_year = phaen_plan_get_fiscal_year (plan);

  if (!phaen_regulation_amendments_parse (phaen_plan_get_text (plan, "regulation-amendments"),
                                          &amendments, NULL))
    phaen_regulation_amendments_parse (PHAEN_REGULATION_DEFAULT_AMENDMENTS, &amendments, NULL);
  facts->amendments = amendments;

  if (!phaen_regulation_clauses_parse (phaen_plan_get_text (plan, "regulation-clauses"),
                                       &clauses, NULL))
    clauses = g_strdup (PHAEN_REGULATION_DEFAULT_CLAUSES);
  facts->clauses = dup_or_null (clauses);

  facts->budget_ordinance = dup_or_null (phaen_plan_get_text (plan, "budget-ordinance"));
  facts->budget_ordinance_date = dup_or_null (phaen_plan_get_text (plan, "budget-ordinance-date"));
  facts->considering_body = dup_or_null (phaen_plan_get_text (plan, "considering-body"));
  facts->considered_date = dup_or_null (phaen_plan_get_text (plan, "considered-date"));
}

void
phaen_announcement_facts_clear (PhaenAnnouncementFacts *facts)
{
  g_return_if_fail (facts != NULL);

  g_clear_pointer (&facts->edition_label, g_free);
  g_clear_pointer (&facts->organisation, g_free);
  g_clear_pointer (&facts->amendments, g_array_unref);
  g_clear_pointer (&facts->clauses, g_free);
  g_clear_pointer (&facts->budget_ordinance, g_free);
  g_clear_pointer (&facts->budget_ordinance_date, g_free);
  g_clear_pointer (&facts->considering_body, g_free);
  g_clear_pointer (&facts->considered_date, g_free);
  g_clear_pointer (&facts->original_adoption_date, g_free);
  memset (facts, 0, sizeof *facts);
}

/* ---- Composing ------------------------------------------------------------ */

/* "15 กันยายน 2568" of an ISO date, or NULL when there is none (or it is
 * not a date). */
static char *
thai_date (const char *iso)
{
  GDate date;

  if (iso == NULL || *iso == '\0')
    return NULL;

  g_date_clear (&date, 1);
  if (!phaen_date_parse_iso (iso, &date, NULL) || !g_date_valid (&date))
    return NULL;

  return phaen_date_format_thai (&date, FALSE);
}

static gboolean
is_blank (const char *text)
{
  return text == NULL || phaen_text_is_blank (text);
}

/* "ข้อ 26 และข้อ 27", "ข้อ 26 ข้อ 27 และข้อ 28" of the canonical list. */
static void
append_clauses (GString    *out,
                const char *clauses)
{
  g_auto(GStrv) items = g_strsplit (clauses, ", ", -1);
  guint n = g_strv_length (items);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == n ? " และ" : " ");
      g_string_append_printf (out, "ข้อ %s", items[i]);
    }
}

/* The regulation and its amendments: "ระเบียบ… พ.ศ. 2548 และที่แก้ไข
 * เพิ่มเติม (ฉบับที่ 2) พ.ศ. 2559 และ (ฉบับที่ 3) พ.ศ. 2561". */
static void
append_regulation (GString                      *out,
                   const PhaenAnnouncementFacts *facts)
{
  guint n = facts->amendments != NULL ? facts->amendments->len : 0;

  g_string_append_printf (out, "%s พ.ศ. %u", PHAEN_REGULATION_TITLE, PHAEN_REGULATION_YEAR);
  if (n == 0)
    return;

  g_string_append (out, " และที่แก้ไขเพิ่มเติม");
  for (guint i = 0; i < n; i++)
    {
      const PhaenRegulationAmendment *a =
        &g_array_index (facts->amendments, PhaenRegulationAmendment, i);

      g_string_append (out, i > 0 && i + 1 == n ? " และ " : " ");
      g_string_append_printf (out, "(ฉบับที่ %u) พ.ศ. %u", a->number, a->year);
    }
}

/* "อาศัยอำนาจตามความในข้อ 26 และข้อ 27 แห่งระเบียบ…", or "อาศัยอำนาจตาม
 * ระเบียบ…" without clauses. */
static void
append_authority (GString                      *out,
                  const PhaenAnnouncementFacts *facts)
{
  if (!is_blank (facts->clauses))
    {
      g_string_append (out, "อาศัยอำนาจตามความใน");
      append_clauses (out, facts->clauses);
      g_string_append (out, " แห่ง");
    }
  else
    g_string_append (out, "อาศัยอำนาจตาม");
  append_regulation (out, facts);
}

/* "แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569", with " (เพิ่มเติม ครั้งที่ 1)"
 * or " (แก้ไข ครั้งที่ 2/2568)" for an edition, as the plan's titles. */
static char *
title_of (const PhaenAnnouncementFacts *facts)
{
  g_autofree char *label = NULL;

  if (facts->kind == PHAEN_EDITION_ORIGINAL)
    return g_strdup_printf ("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. %u", facts->fiscal_year);

  label = !is_blank (facts->edition_label)
          ? g_strdup (facts->edition_label)
          : g_strdup_printf ("%u", MAX (facts->edition_number, 1));

  return g_strdup_printf ("แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. %u (%s ครั้งที่ %s)",
                          facts->fiscal_year,
                          facts->kind == PHAEN_EDITION_ADDITION ? "เพิ่มเติม" : "แก้ไข",
                          label);
}

static char *
period_of (guint fiscal_year)
{
  if (phaen_fiscal_year_in_range (fiscal_year))
    return phaen_fiscal_period_format (fiscal_year, FALSE);

  /* An invalid year (the plan's check reports it): still a period. */
  return g_strdup_printf ("1 ตุลาคม %u – 30 กันยายน %u",
                          fiscal_year > 0 ? fiscal_year - 1 : 0, fiscal_year);
}

/* "ซึ่งคณะกรรมการพัฒนา…ได้พิจารณาแล้วในการประชุมเมื่อวันที่ 20 ตุลาคม 2568" */
static void
append_consideration (GString    *out,
                      const char *body,
                      const char *date)
{
  g_string_append_printf (out, "ซึ่ง%sได้พิจารณาแล้ว", body);
  if (date != NULL)
    g_string_append_printf (out, "ในการประชุมเมื่อวันที่ %s", date);
}

/* The first paragraph of the plan itself. */
static char *
compose_original_first (const PhaenAnnouncementFacts *facts,
                        const char                   *organisation,
                        const char                   *title,
                        const char                   *body)
{
  GString *out = g_string_new (NULL);
  g_autofree char *ordinance = !is_blank (facts->budget_ordinance)
                               ? g_strdup (facts->budget_ordinance)
                               : phaen_budget_ordinance_default (facts->organisation_kind,
                                                                 facts->fiscal_year);
  g_autofree char *ordinance_date = thai_date (facts->budget_ordinance_date);
  g_autofree char *considered = thai_date (facts->considered_date);

  g_string_append_printf (out, "ด้วย%sได้ประกาศใช้%s", organisation, ordinance);
  if (ordinance_date != NULL)
    g_string_append_printf (out, " เมื่อวันที่ %s", ordinance_date);
  else
    g_string_append (out, " แล้ว");
  g_string_append (out, " และได้รวบรวมแผนงาน โครงการ และกิจกรรมที่จะดำเนินการจริงในพื้นที่"
                        "ตลอดปีงบประมาณ ทั้งงานที่ดำเนินการเองและงานของหน่วยงานอื่น ");
  g_string_append_printf (out, "จัดทำเป็นร่าง%s ", title);
  append_consideration (out, body, considered);
  g_string_append (out, " เห็นว่าสอดคล้องกับงบประมาณรายจ่ายและแผนพัฒนาท้องถิ่น");

  return g_string_free (out, FALSE);
}

/* The second paragraph of the plan itself. */
static char *
compose_original_second (const PhaenAnnouncementFacts *facts,
                         const char                   *organisation,
                         const char                   *title)
{
  GString *out = g_string_new (NULL);
  g_autofree char *period = period_of (facts->fiscal_year);

  append_authority (out, facts);
  g_string_append (out, " ซึ่งกำหนดให้จัดทำแผนการดำเนินงานให้แล้วเสร็จภายในสามสิบวัน"
                        "นับแต่วันที่ประกาศใช้งบประมาณรายจ่ายประจำปี ");
  g_string_append_printf (out, "%sจึงประกาศใช้%s ", organisation, title);
  g_string_append_printf (out, "เพื่อเป็นแนวทางการดำเนินงานตลอดปีงบประมาณ (%s) ", period);
  g_string_append (out, "รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศนี้");

  return g_string_free (out, FALSE);
}

/* The first paragraph of an addition or an amendment. */
static char *
compose_edition_first (const PhaenAnnouncementFacts *facts,
                       const char                   *organisation,
                       const char                   *title,
                       const char                   *body)
{
  GString *out = g_string_new (NULL);
  g_autofree char *original = thai_date (facts->original_adoption_date);
  g_autofree char *ordinance_date = thai_date (facts->budget_ordinance_date);
  g_autofree char *considered = thai_date (facts->considered_date);

  g_string_append_printf (out, "ด้วย%sได้ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. %u",
                          organisation, facts->fiscal_year);
  if (original != NULL)
    g_string_append_printf (out, " เมื่อวันที่ %s", original);
  g_string_append (out, " แล้ว ");

  if (facts->kind == PHAEN_EDITION_ADDITION)
    g_string_append (out, "ต่อมามีโครงการและกิจกรรมที่จะดำเนินการในพื้นที่เพิ่มขึ้น"
                          "ในปีงบประมาณเดียวกัน");
  else
    g_string_append (out, "ต่อมารายละเอียดของโครงการบางรายการ เช่น สถานที่ ระยะเวลา "
                          "หรือกิจกรรมที่จะดำเนินการ เปลี่ยนแปลงไปจากที่กำหนดไว้เดิม");

  if (!is_blank (facts->budget_ordinance))
    {
      g_string_append_printf (out, " ตาม%s", facts->budget_ordinance);
      if (ordinance_date != NULL)
        g_string_append_printf (out, " ซึ่งประกาศใช้เมื่อวันที่ %s", ordinance_date);
    }

  g_string_append_printf (out, " จึงได้จัดทำร่าง%s ", title);
  append_consideration (out, body, considered);

  return g_string_free (out, FALSE);
}

/* The second paragraph of an addition or an amendment. */
static char *
compose_edition_second (const PhaenAnnouncementFacts *facts,
                        const char                   *organisation,
                        const char                   *title)
{
  GString *out = g_string_new (NULL);
  g_autofree char *original = thai_date (facts->original_adoption_date);
  g_autofree char *period = period_of (facts->fiscal_year);
  g_autofree char *adopted = original != NULL
                             ? g_strdup_printf ("ที่ประกาศใช้เมื่อวันที่ %s", original)
                             : g_strdup ("ที่ประกาศใช้ไว้เดิม");

  append_authority (out, facts);
  g_string_append_printf (out, " %sจึงประกาศใช้%s ", organisation, title);
  if (facts->kind == PHAEN_EDITION_ADDITION)
    g_string_append_printf (out, "เพื่อใช้ควบคู่กับแผนการดำเนินงาน%s ", adopted);
  else
    g_string_append_printf (out, "โดยให้รายการที่แก้ไขใช้แทนรายการเดิมในแผนการดำเนินงาน%s ", adopted);
  g_string_append_printf (out, "ตลอดปีงบประมาณ (%s) ", period);
  g_string_append (out, "รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศนี้");

  return g_string_free (out, FALSE);
}

char **
phaen_announcement_compose (const PhaenAnnouncementFacts *facts)
{
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  const char *organisation;
  char **paragraphs;

  g_return_val_if_fail (facts != NULL, NULL);

  /* Without a name the sentences speak of the kind of organisation. */
  organisation = !is_blank (facts->organisation)
                 ? facts->organisation
                 : phaen_organisation_kind_label (facts->organisation_kind);
  title = title_of (facts);
  body = !is_blank (facts->considering_body)
         ? g_strdup (facts->considering_body)
         : phaen_considering_body_default (is_blank (facts->organisation) ? NULL : facts->organisation);

  paragraphs = g_new0 (char *, 3);
  if (facts->kind == PHAEN_EDITION_ORIGINAL)
    {
      paragraphs[0] = compose_original_first (facts, organisation, title, body);
      paragraphs[1] = compose_original_second (facts, organisation, title);
    }
  else
    {
      paragraphs[0] = compose_edition_first (facts, organisation, title, body);
      paragraphs[1] = compose_edition_second (facts, organisation, title);
    }

  return paragraphs;
}

char *
phaen_plan_dup_announcement_paragraph (PhaenPlan *plan,
                                       guint      index)
{
  static const char * const own[] = { "announcement-text-1", "announcement-text-2" };
  g_auto(PhaenAnnouncementFacts) facts = { 0 };
  g_auto(GStrv) composed = NULL;
  const char *text;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (index < G_N_ELEMENTS (own), NULL);

  text = phaen_plan_get_text (plan, own[index]);
  if (!phaen_text_is_blank (text))
    return g_strdup (text);

  phaen_announcement_facts_init_from_plan (&facts, plan);
  composed = phaen_announcement_compose (&facts);
  return g_strdup (composed[index]);
}
