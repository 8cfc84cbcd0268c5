/* phaen-announcement.h: the wording of the announcement (ประกาศ) composed
 * from facts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The announcement that adopts a plan, an addition or an amendment says
 * what was considered and when, and on what legal basis the plan is
 * adopted. Officers should edit facts (which budget ordinance, its date,
 * who considered the draft and when, which amendments of the regulation
 * and which of its clauses), not prose: Phaen composes the two paragraphs
 * from them, in its own words. The text is plain, with Arabic digits (the
 * renderer prints Thai digits when the plan asks for them), following the
 * text conventions of phaen-plan.h.
 */
#pragma once

#include <glib.h>

#include "phaen-plan.h"

G_BEGIN_DECLS

/* ---- The regulation ------------------------------------------------------
 *
 * ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น
 * พ.ศ. 2548: its title, its year and the amendments a plan cites, as data. */

#define PHAEN_REGULATION_TITLE "ระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น"
#define PHAEN_REGULATION_YEAR  2548

/* One amending regulation: (ฉบับที่ @number) พ.ศ. @year. */
typedef struct
{
  guint number;   /* 2, 3, … (the regulation itself is the first) */
  guint year;     /* Buddhist era */
} PhaenRegulationAmendment;

/* The amendments Phaen cites by default, in order, and their text in a
 * plan's "regulation-amendments" field ("2/2559, 3/2561"). */
const PhaenRegulationAmendment *phaen_regulation_default_amendments (guint *n_amendments);
/* PHAEN_REGULATION_DEFAULT_AMENDMENTS and _CLAUSES: phaen-plan.h. */

/* Reads a list of amendments: items separated by commas, each "N/YYYY"
 * or as printed, "(ฉบับที่ N) พ.ศ. YYYY" or "ฉบับที่ N พ.ศ. YYYY"; Arabic or
 * Thai digits; N from 2 to 99, YYYY a Buddhist-era year from 2549 to
 * PHAEN_FISCAL_YEAR_MAX. "" is the empty list (no amendment cited). The
 * result (GArray of PhaenRegulationAmendment) is sorted by number;
 * an amendment given twice is an error, and so is anything unreadable
 * (PHAEN_MODEL_ERROR_INVALID, naming the item). @out may be NULL (check
 * only). */
gboolean phaen_regulation_amendments_parse  (const char                     *text,
                                             GArray                        **out,
                                             GError                        **error);
/* The canonical text of @n amendments: "2/2559, 3/2561" ("" for none). */
char    *phaen_regulation_amendments_format (const PhaenRegulationAmendment *amendments,
                                             guint                           n_amendments);

/* Reads a list of clauses: items separated by commas, each a number with
 * optional sub-clauses in parentheses ("26", "26 (2)", "ข้อ 27"), Arabic
 * or Thai digits. Gives the canonical text ("26 (2), 27"; "" for none)
 * in @canonical (nullable). Fails with PHAEN_MODEL_ERROR_INVALID naming
 * the item. */
gboolean phaen_regulation_clauses_parse     (const char  *text,
                                             char       **canonical,
                                             GError     **error);

/* The default budget ordinance of an organisation of @kind for fiscal
 * year @fiscal_year: "เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569"
 * for a municipality, "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569"
 * for the others. */
char    *phaen_budget_ordinance_default     (PhaenOrganisationKind  kind,
                                             guint                  fiscal_year);
/* The body that considers the draft by default: "คณะกรรมการพัฒนา" and the
 * organisation's name (คณะกรรมการพัฒนาเทศบาลเมืองจันทนิมิต), or
 * "คณะกรรมการพัฒนาท้องถิ่น" without a name. */
char    *phaen_considering_body_default     (const char            *organisation);

/* ---- The plan's legal-basis fields --------------------------------------
 *
 * String properties of PhaenPlan (see phaen-plan.h), each with a
 * sensible default, so that an officer edits facts, not prose:
 *   "regulation-amendments"  the amendments cited, "2/2559, 3/2561" (the
 *                            default); "" cites none
 *   "regulation-clauses"     the clauses cited, "26, 27" (the default);
 *                            "" cites none
 *   "budget-ordinance"       the budget ordinance the plan follows; ""
 *                            is phaen_budget_ordinance_default()
 *   "budget-ordinance-date"  when it was proclaimed, ISO (CE) or ""
 *   "considering-body"       who considered the draft; "" is
 *                            phaen_considering_body_default()
 *   "considered-date"        when, ISO (CE) or ""
 */

/* The names of those properties, NULL-terminated. */
const char * const *phaen_announcement_fact_properties (void);

/* Checks @value for the fact @property: a date ("YYYY-MM-DD", Common
 * Era) or "", a list of amendments or clauses (see the parsers above), a
 * one-line text of at most PHAEN_LIMIT_NAME_CHARS characters. Gives in
 * @canonical (nullable) the value as the plan stores it: the list in its
 * canonical form, the date as ISO, the text normalised as a name
 * (phaen_text_normalize_name()). Fails with PHAEN_MODEL_ERROR_INVALID (or
 * _INVALID_DATE, _INVALID_TEXT) and a message naming what is wrong. */
gboolean phaen_announcement_check_fact          (const char  *property,
                                                 const char  *value,
                                                 char       **canonical,
                                                 GError     **error);

/* Sets the fact @property of @plan to @value, checked and made canonical
 * by phaen_announcement_check_fact(), as one undoable edit
 * (phaen_plan_edit_set_string()). On failure nothing changes. */
gboolean phaen_plan_edit_set_announcement_fact  (PhaenPlan   *plan,
                                                 const char  *property,
                                                 const char  *value,
                                                 GError     **error);

/* ---- The facts of one announcement --------------------------------------
 *
 * Every string is owned by the struct (g_free'd by
 * phaen_announcement_facts_clear()); NULL and "" mean the same. */
typedef struct
{
  /* What is announced: the plan, or an edition of it. */
  PhaenEditionKind       kind;
  guint                  edition_number;        /* n of ครั้งที่ n; 0 is taken as 1 */
  char                  *edition_label;         /* its printed form ("2/2568"); NULL: the number */

  char                  *organisation;          /* full name; NULL: the kind's words */
  PhaenOrganisationKind  organisation_kind;
  guint                  fiscal_year;           /* Buddhist era */

  /* The legal basis. */
  GArray                *amendments;            /* PhaenRegulationAmendment; NULL or empty: none cited */
  char                  *clauses;               /* canonical "26, 27"; NULL: none cited */

  /* The budget the plan follows: for the plan, its annual ordinance
   * (NULL: phaen_budget_ordinance_default()); for an addition or an
   * amendment, what funds it, if anything (NULL: not mentioned). */
  char                  *budget_ordinance;
  char                  *budget_ordinance_date; /* ISO "YYYY-MM-DD" (CE); NULL: not mentioned */

  /* Who considered the draft, and when. */
  char                  *considering_body;      /* NULL: phaen_considering_body_default() */
  char                  *considered_date;       /* ISO; NULL: not mentioned */

  /* Additions and amendments: when the original plan was adopted (its
   * announcement date). */
  char                  *original_adoption_date; /* ISO; NULL: not mentioned */
} PhaenAnnouncementFacts;

/* Fills @facts (which must be zeroed, or cleared) from @plan: its edition,
 * organisation, fiscal year and legal-basis fields; for an addition or an
 * amendment the original adoption date is left NULL (the editions record
 * it). Invalid fields (only in a plan that phaen_plan_check() refuses)
 * are taken as their defaults. */
void     phaen_announcement_facts_init_from_plan (PhaenAnnouncementFacts *facts,
                                                  PhaenPlan              *plan);
void     phaen_announcement_facts_clear          (PhaenAnnouncementFacts *facts);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PhaenAnnouncementFacts, phaen_announcement_facts_clear)

/* The two paragraphs of the announcement (a NULL-terminated array of
 * exactly two strings; free with g_strfreev()):
 *   [0] what was done and considered, and when: the budget ordinance and
 *       its date, the draft and the body that considered it; for an
 *       edition, the original adoption and why the edition was needed;
 *   [1] the legal basis (the regulation, its amendments and clauses), the
 *       adoption and the fiscal period; for an edition, how it stands with
 *       the original plan.
 * Facts that are not given are left out of the sentences, never printed
 * as blanks. Arabic digits. */
char   **phaen_announcement_compose              (const PhaenAnnouncementFacts *facts);

/* What the plan's announcement prints as paragraph @index (0 or 1): the
 * officer's own text ("announcement-text-1"/"-2") when it is not blank,
 * else the paragraph composed from the plan's facts. */
char    *phaen_plan_dup_announcement_paragraph   (PhaenPlan              *plan,
                                                  guint                   index);

G_END_DECLS
