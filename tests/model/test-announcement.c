/* test-announcement.c: the announcement's wording composed from facts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "phaen-announcement.h"
#include "phaen-model-error.h"
#include "phaen-plan.h"

/* ---- the lists ------------------------------------------------------------ */

static void
test_amendments_parse (void)
{
  static const struct {
    const char *text;
    const char *canonical;
  } good[] = {
    { "2/2559, 3/2561", "2/2559, 3/2561" },
    { "3/2561,2/2559", "2/2559, 3/2561" },
    { " (ฉบับที่ 2) พ.ศ. 2559 , ฉบับที่ 3 พ.ศ.2561 ", "2/2559, 3/2561" },
    { "(ฉบับที่ ๔) พ.ศ. ๒๕๖๓", "4/2563" },
    { "2 / 2559", "2/2559" },
    { "", "" },
    { "   ", "" },
  };
  static const char * const bad[] = {
    "2559",              /* no number */
    "2/2559, x",         /* not an amendment */
    "1/2550",            /* the regulation itself */
    "100/2560",          /* out of range */
    "2/2540",            /* before the regulation */
    "2/2559, 2/2560",    /* twice */
    "(ฉบับที่ 2 พ.ศ. 2559",  /* unbalanced */
    "2/2559,",           /* an empty item */
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GArray) list = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;

      g_assert_true (phaen_regulation_amendments_parse (good[i].text, &list, &error));
      g_assert_no_error (error);
      text = phaen_regulation_amendments_format ((PhaenRegulationAmendment *) (gpointer) list->data, list->len);
      g_assert_cmpstr (text, ==, good[i].canonical);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (phaen_regulation_amendments_parse (bad[i], NULL, &error));
      g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
      g_test_message ("%s → %s", bad[i], error->message);
    }

  /* The default list is the data the constant spells. */
  {
    guint n;
    const PhaenRegulationAmendment *defaults = phaen_regulation_default_amendments (&n);
    g_autofree char *text = phaen_regulation_amendments_format (defaults, n);

    g_assert_cmpstr (text, ==, PHAEN_REGULATION_DEFAULT_AMENDMENTS);
  }
}

static void
test_clauses_parse (void)
{
  static const struct {
    const char *text;
    const char *canonical;
  } good[] = {
    { "26, 27", "26, 27" },
    { "ข้อ ๒๖ (๒), ข้อ 27", "26 (2), 27" },
    { "26(2)(1),27", "26 (2) (1), 27" },
    { "", "" },
  };
  static const char * const bad[] = { "ข้อ", "26, twenty", "26 (", "0", "26,, 27" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autofree char *canonical = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (phaen_regulation_clauses_parse (good[i].text, &canonical, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (canonical, ==, good[i].canonical);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (phaen_regulation_clauses_parse (bad[i], NULL, &error));
      g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
    }
}

static void
test_defaults (void)
{
  g_autofree char *town = phaen_budget_ordinance_default (PHAEN_ORGANISATION_TOWN_MUNICIPALITY, 2569);
  g_autofree char *tambon = phaen_budget_ordinance_default (PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION, 2570);
  g_autofree char *body = phaen_considering_body_default ("เทศบาลเมืองจันทนิมิต");
  g_autofree char *nobody = phaen_considering_body_default ("");

  g_assert_cmpstr (town, ==, "เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569");
  g_assert_cmpstr (tambon, ==, "ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2570");
  g_assert_cmpstr (body, ==, "คณะกรรมการพัฒนาเทศบาลเมืองจันทนิมิต");
  g_assert_cmpstr (nobody, ==, "คณะกรรมการพัฒนาท้องถิ่น");
}

/* ---- composing ------------------------------------------------------------ */

/* The facts of the sample plan (data/samples/chanthanimit-2569.phaen). */
static PhaenPlan *
sample_plan (void)
{
  PhaenPlan *plan = phaen_plan_new ();

  g_object_set (plan,
                "organisation-name", "เทศบาลเมืองจันทนิมิต",
                "organisation-kind", PHAEN_ORGANISATION_TOWN_MUNICIPALITY,
                "fiscal-year", 2569u,
                "budget-ordinance-date", "2025-09-15",
                "considered-date", "2025-10-20",
                NULL);
  return plan;
}

static char **
compose_plan (PhaenPlan *plan)
{
  g_auto(PhaenAnnouncementFacts) facts = { 0 };

  phaen_announcement_facts_init_from_plan (&facts, plan);
  return phaen_announcement_compose (&facts);
}

static void
test_compose_sample (void)
{
  g_autoptr(PhaenPlan) plan = sample_plan ();
  g_auto(GStrv) paragraphs = compose_plan (plan);

  g_assert_cmpuint (g_strv_length (paragraphs), ==, 2);
  g_test_message ("%s", paragraphs[0]);
  g_test_message ("%s", paragraphs[1]);

  g_assert_cmpstr (paragraphs[0], ==,
                   "ด้วยเทศบาลเมืองจันทนิมิตได้ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 "
                   "เมื่อวันที่ 15 กันยายน 2568 และได้รวบรวมแผนงาน โครงการ และกิจกรรมที่จะดำเนินการจริงในพื้นที่"
                   "ตลอดปีงบประมาณ ทั้งงานที่ดำเนินการเองและงานของหน่วยงานอื่น "
                   "จัดทำเป็นร่างแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 "
                   "ซึ่งคณะกรรมการพัฒนาเทศบาลเมืองจันทนิมิตได้พิจารณาแล้วในการประชุมเมื่อวันที่ 20 ตุลาคม 2568 "
                   "เห็นว่าสอดคล้องกับงบประมาณรายจ่ายและแผนพัฒนาท้องถิ่น");
  g_assert_cmpstr (paragraphs[1], ==,
                   "อาศัยอำนาจตามความในข้อ 26 และข้อ 27 แห่งระเบียบกระทรวงมหาดไทยว่าด้วยการจัดทำแผนพัฒนา"
                   "ขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 และที่แก้ไขเพิ่มเติม (ฉบับที่ 2) พ.ศ. 2559 "
                   "และ (ฉบับที่ 3) พ.ศ. 2561 ซึ่งกำหนดให้จัดทำแผนการดำเนินงานให้แล้วเสร็จภายในสามสิบวัน"
                   "นับแต่วันที่ประกาศใช้งบประมาณรายจ่ายประจำปี "
                   "เทศบาลเมืองจันทนิมิตจึงประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 "
                   "เพื่อเป็นแนวทางการดำเนินงานตลอดปีงบประมาณ (1 ตุลาคม 2568 – 30 กันยายน 2569) "
                   "รายละเอียดปรากฏตามเอกสารแนบท้ายประกาศนี้");
}

static gboolean
contains (char **paragraphs,
          const char *needle)
{
  for (guint i = 0; paragraphs[i] != NULL; i++)
    if (strstr (paragraphs[i], needle) != NULL)
      return TRUE;
  return FALSE;
}

/* Each fact, changed, shows up in the wording (and the old value goes). */
static void
test_compose_each_fact (void)
{
  static const struct {
    const char *property;
    const char *value;
    const char *shows;
    const char *gone;
  } cases[] = {
    { "budget-ordinance", "เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 (ฉบับแก้ไข)",
      "ได้ประกาศใช้เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569 (ฉบับแก้ไข) เมื่อวันที่", NULL },
    { "budget-ordinance-date", "2025-09-30", "เมื่อวันที่ 30 กันยายน 2568 และได้รวบรวม", "15 กันยายน 2568" },
    { "budget-ordinance-date", "", "พ.ศ. 2569 แล้ว และได้รวบรวม", "15 กันยายน 2568" },
    { "considering-body", "คณะกรรมการสนับสนุนการจัดทำแผนพัฒนาท้องถิ่น",
      "ซึ่งคณะกรรมการสนับสนุนการจัดทำแผนพัฒนาท้องถิ่นได้พิจารณาแล้ว", "คณะกรรมการพัฒนาเทศบาล" },
    { "considered-date", "2025-10-01", "ในการประชุมเมื่อวันที่ 1 ตุลาคม 2568", "20 ตุลาคม 2568" },
    { "considered-date", "", "ได้พิจารณาแล้ว เห็นว่า", "ในการประชุม" },
    { "regulation-amendments", "2/2559, 3/2561, 4/2563",
      "(ฉบับที่ 2) พ.ศ. 2559 (ฉบับที่ 3) พ.ศ. 2561 และ (ฉบับที่ 4) พ.ศ. 2563 ซึ่งกำหนดให้", NULL },
    { "regulation-amendments", "3/2561", "พ.ศ. 2548 และที่แก้ไขเพิ่มเติม (ฉบับที่ 3) พ.ศ. 2561 ซึ่งกำหนดให้", "ฉบับที่ 2" },
    { "regulation-amendments", "", "ส่วนท้องถิ่น พ.ศ. 2548 ซึ่งกำหนดให้", "แก้ไขเพิ่มเติม" },
    { "regulation-clauses", "26 (2), 27, 28", "ตามความในข้อ 26 (2) ข้อ 27 และข้อ 28 แห่งระเบียบ", NULL },
    { "regulation-clauses", "26", "ตามความในข้อ 26 แห่งระเบียบ", "ข้อ 27" },
    { "regulation-clauses", "", "อาศัยอำนาจตามระเบียบกระทรวงมหาดไทย", "ตามความใน" },
    { "organisation-name", "เทศบาลเมืองบ้านทุ่ง", "ด้วยเทศบาลเมืองบ้านทุ่งได้ประกาศใช้", "จันทนิมิต" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PhaenPlan) plan = sample_plan ();
      g_auto(GStrv) before = compose_plan (plan);
      g_auto(GStrv) after = NULL;

      g_object_set (plan, cases[i].property, cases[i].value, NULL);
      after = compose_plan (plan);
      g_test_message ("%s = “%s”:\n%s\n%s", cases[i].property, cases[i].value, after[0], after[1]);
      g_assert_true (contains (after, cases[i].shows));
      g_assert_false (contains (before, cases[i].shows));
      if (cases[i].gone != NULL)
        {
          g_assert_true (contains (before, cases[i].gone));
          g_assert_false (contains (after, cases[i].gone));
        }
    }

  /* The fiscal year: the title, the ordinance and the period follow. */
  {
    g_autoptr(PhaenPlan) plan = sample_plan ();
    g_auto(GStrv) after = NULL;

    g_object_set (plan, "fiscal-year", 2570u, NULL);
    after = compose_plan (plan);
    g_assert_true (contains (after, "เทศบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2570"));
    g_assert_true (contains (after, "ร่างแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2570"));
    g_assert_true (contains (after, "(1 ตุลาคม 2569 – 30 กันยายน 2570)"));
  }

  /* An อบต. follows a ข้อบัญญัติ. */
  {
    g_autoptr(PhaenPlan) plan = sample_plan ();
    g_auto(GStrv) after = NULL;

    g_object_set (plan, "organisation-name", "องค์การบริหารส่วนตำบลหนองบัว",
                  "organisation-kind", PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION, NULL);
    after = compose_plan (plan);
    g_assert_true (contains (after, "ได้ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ. 2569"));
    g_assert_true (contains (after, "ซึ่งคณะกรรมการพัฒนาองค์การบริหารส่วนตำบลหนองบัวได้พิจารณา"));
  }
}

static void
test_compose_without_name (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_auto(GStrv) paragraphs = NULL;

  g_object_set (plan, "organisation-kind", PHAEN_ORGANISATION_SUBDISTRICT_ADMINISTRATION,
                "fiscal-year", 2569u, NULL);
  paragraphs = compose_plan (plan);
  g_assert_true (g_str_has_prefix (paragraphs[0], "ด้วยองค์การบริหารส่วนตำบลได้ประกาศใช้"));
  g_assert_true (contains (paragraphs, "ซึ่งคณะกรรมการพัฒนาท้องถิ่นได้พิจารณาแล้ว"));
  g_assert_false (contains (paragraphs, "เมื่อวันที่"));
}

static void
test_compose_editions (void)
{
  g_autoptr(PhaenPlan) plan = sample_plan ();
  g_auto(PhaenAnnouncementFacts) facts = { 0 };
  g_auto(GStrv) addition = NULL;
  g_auto(GStrv) amendment = NULL;
  g_auto(GStrv) undated = NULL;

  phaen_announcement_facts_init_from_plan (&facts, plan);
  facts.kind = PHAEN_EDITION_ADDITION;
  facts.edition_number = 1;
  facts.original_adoption_date = g_strdup ("2025-10-24");
  g_clear_pointer (&facts.budget_ordinance_date, g_free);
  g_clear_pointer (&facts.considered_date, g_free);
  facts.considered_date = g_strdup ("2026-02-10");
  addition = phaen_announcement_compose (&facts);
  g_test_message ("%s\n%s", addition[0], addition[1]);
  g_assert_true (g_str_has_prefix (addition[0],
                                   "ด้วยเทศบาลเมืองจันทนิมิตได้ประกาศใช้แผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 "
                                   "เมื่อวันที่ 24 ตุลาคม 2568 แล้ว ต่อมามีโครงการและกิจกรรม"));
  g_assert_true (contains (addition, "จึงได้จัดทำร่างแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 (เพิ่มเติม ครั้งที่ 1) "));
  g_assert_true (contains (addition, "ในการประชุมเมื่อวันที่ 10 กุมภาพันธ์ 2569"));
  g_assert_true (contains (addition, "เพื่อใช้ควบคู่กับแผนการดำเนินงานที่ประกาศใช้เมื่อวันที่ 24 ตุลาคม 2568"));
  g_assert_true (contains (addition, "ตามความในข้อ 26 และข้อ 27 แห่งระเบียบ"));
  g_assert_true (contains (addition, "(1 ตุลาคม 2568 – 30 กันยายน 2569)"));
  /* The plan's own annual ordinance is not what funds an addition. */
  g_assert_false (contains (addition, "เทศบัญญัติ"));

  /* What funds it, when given. */
  facts.budget_ordinance = g_strdup ("เทศบัญญัติงบประมาณรายจ่ายเพิ่มเติม ประจำปีงบประมาณ พ.ศ. 2569");
  facts.budget_ordinance_date = g_strdup ("2026-01-20");
  g_clear_pointer (&addition, g_strfreev);
  addition = phaen_announcement_compose (&facts);
  g_assert_true (contains (addition, "ตามเทศบัญญัติงบประมาณรายจ่ายเพิ่มเติม ประจำปีงบประมาณ พ.ศ. 2569 "
                                     "ซึ่งประกาศใช้เมื่อวันที่ 20 มกราคม 2569"));

  /* An amendment, numbered as some organisations number them. */
  facts.kind = PHAEN_EDITION_AMENDMENT;
  facts.edition_number = 2;
  facts.edition_label = g_strdup ("2/2569");
  amendment = phaen_announcement_compose (&facts);
  g_test_message ("%s\n%s", amendment[0], amendment[1]);
  g_assert_true (contains (amendment, "ต่อมารายละเอียดของโครงการบางรายการ"));
  g_assert_true (contains (amendment, "ร่างแผนการดำเนินงาน ประจำปีงบประมาณ พ.ศ. 2569 (แก้ไข ครั้งที่ 2/2569)"));
  g_assert_true (contains (amendment, "ใช้แทนรายการเดิมในแผนการดำเนินงานที่ประกาศใช้เมื่อวันที่ 24 ตุลาคม 2568"));

  /* Without the original date: no blank, the original plan all the same. */
  g_clear_pointer (&facts.original_adoption_date, g_free);
  undated = phaen_announcement_compose (&facts);
  g_assert_true (contains (undated, "พ.ศ. 2569 แล้ว ต่อมา"));
  g_assert_true (contains (undated, "แผนการดำเนินงานที่ประกาศใช้ไว้เดิม"));
  g_assert_false (contains (undated, "24 ตุลาคม"));
}

/* Plain text: Arabic digits (the renderer converts), no placeholder,
 * one line per paragraph. */
static void
test_compose_plain (void)
{
  g_autoptr(PhaenPlan) plan = sample_plan ();
  g_auto(GStrv) paragraphs = compose_plan (plan);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_assert_null (strchr (paragraphs[i], '\n'));
      g_assert_null (strchr (paragraphs[i], '{'));
      for (const char *p = paragraphs[i]; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);

          g_assert_false (c >= 0x0E50 && c <= 0x0E59);
        }
    }
}

/* ---- the plan's fields -------------------------------------------------------- */

static void
test_plan_fields (void)
{
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  PhaenHistory *history = phaen_plan_get_history (plan);

  /* Defaults of a new plan. */
  g_assert_cmpstr (phaen_plan_get_text (plan, "regulation-amendments"), ==, "2/2559, 3/2561");
  g_assert_cmpstr (phaen_plan_get_text (plan, "regulation-clauses"), ==, "26, 27");
  g_assert_cmpstr (phaen_plan_get_text (plan, "budget-ordinance"), ==, "");

  /* Set through the edit API: checked, canonical, undoable. */
  g_assert_true (phaen_plan_edit_set_announcement_fact (plan, "regulation-amendments",
                                                        "(ฉบับที่ ๓) พ.ศ. ๒๕๖๑, 2/2559, 4/2563", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (phaen_plan_get_text (plan, "regulation-amendments"), ==, "2/2559, 3/2561, 4/2563");
  g_assert_true (phaen_plan_edit_set_announcement_fact (plan, "considered-date", " 2025-10-20 ", &error));
  g_assert_cmpstr (phaen_plan_get_text (plan, "considered-date"), ==, "2025-10-20");
  g_assert_true (phaen_plan_edit_set_announcement_fact (plan, "considering-body",
                                                        "  คณะกรรมการพัฒนา\u00A0ท้องถิ่น ", &error));
  g_assert_cmpstr (phaen_plan_get_text (plan, "considering-body"), ==, "คณะกรรมการพัฒนา ท้องถิ่น");

  phaen_history_undo (history);
  phaen_history_undo (history);
  phaen_history_undo (history);
  g_assert_cmpstr (phaen_plan_get_text (plan, "regulation-amendments"), ==, "2/2559, 3/2561");
  g_assert_cmpstr (phaen_plan_get_text (plan, "considered-date"), ==, "");
  phaen_history_redo (history);
  g_assert_cmpstr (phaen_plan_get_text (plan, "regulation-amendments"), ==, "2/2559, 3/2561, 4/2563");

  /* Refused, nothing changed. */
  g_assert_false (phaen_plan_edit_set_announcement_fact (plan, "considered-date", "20/10/2568", &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_DATE);
  g_clear_error (&error);
  g_assert_false (phaen_plan_edit_set_announcement_fact (plan, "regulation-clauses", "twenty-six", &error));
  g_assert_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (phaen_plan_get_text (plan, "regulation-clauses"), ==, "26, 27");

  /* A value no file could hold, set around the edit API, is a problem. */
  problems = phaen_plan_check (plan);
  for (guint i = 0; i < problems->len; i++)
    g_assert_cmpstr (phaen_problem_get_property (g_ptr_array_index (problems, i)), !=, "considered-date");
  g_object_set (plan, "considered-date", "yesterday", NULL);
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = phaen_plan_check (plan);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < problems->len; i++)
      {
        PhaenProblem *problem = g_ptr_array_index (problems, i);

        if (g_strcmp0 (phaen_problem_get_property (problem), "considered-date") == 0)
          {
            found = TRUE;
            g_assert_cmpint (phaen_problem_get_kind (problem), ==, PHAEN_PROBLEM_INVALID);
          }
      }
    g_assert_true (found);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/announcement/amendments", test_amendments_parse);
  g_test_add_func ("/announcement/clauses", test_clauses_parse);
  g_test_add_func ("/announcement/defaults", test_defaults);
  g_test_add_func ("/announcement/compose/sample", test_compose_sample);
  g_test_add_func ("/announcement/compose/each-fact", test_compose_each_fact);
  g_test_add_func ("/announcement/compose/without-name", test_compose_without_name);
  g_test_add_func ("/announcement/compose/editions", test_compose_editions);
  g_test_add_func ("/announcement/compose/plain", test_compose_plain);
  g_test_add_func ("/announcement/plan-fields", test_plan_fields);

  return g_test_run ();
}
