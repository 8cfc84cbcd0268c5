/* report-fixture.h: the plan of tests/data/report/monitoring-2569.phaen,
 * built in code
 *
 * The model tests cannot read XML, so they build the fixture from this
 * table; the render test reads the file and checks that it is this very
 * plan (phaen_plan_equal), so the two never drift apart.
 *
 * Fiscal month indices: 0 ต.ค. 1 พ.ย. 2 ธ.ค. 3 ม.ค. 4 ก.พ. 5 มี.ค.
 * 6 เม.ย. 7 พ.ค. 8 มิ.ย. 9 ก.ค. 10 ส.ค. 11 ก.ย.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/phaen-plan.h"
#include "model/phaen-schedule.h"

typedef struct
{
  const char        *id;
  PhaenProjectKind   kind;
  guint              strategy;     /* 0-based */
  guint              program;      /* 0-based in report_fixture_programs */
  guint              unit;         /* 0-based in report_fixture_units */
  const char        *name;
  gint64             budget;       /* satang */
  const char        *schedule;
  PhaenProjectStatus status;
  guint              progress;
  gint64             contracted;
  gint64             disbursed;
  const char        *actual;
  const char        *remarks;
  const char        *target;
  const char        *category;
  const char        *equipment_type;
} ReportFixtureProject;

static const char * const report_fixture_strategies[] = {
  "การพัฒนาโครงสร้างพื้นฐาน",
  "การพัฒนาคุณภาพชีวิต",
  "การพัฒนาการเมืองและการบริหาร",
};

static const char * const report_fixture_units[] = {
  "กองช่าง",
  "สำนักปลัดเทศบาล",
  "กองสาธารณสุขและสิ่งแวดล้อม",
};

static const char * const report_fixture_programs[] = {
  "แผนงานบริหารงานทั่วไป",
  "แผนงานสาธารณสุข",
  "แผนงานเคหะและชุมชน",
  "แผนงานการศาสนาวัฒนธรรมและนันทนาการ",
  "แผนงานอุตสาหกรรมและการโยธา",
};

#define BAHT(b) ((gint64) (b) * 100)

static const ReportFixtureProject report_fixture_projects[] = {
  { "p1", PHAEN_PROJECT_KIND_PROJECT, 0, 4, 0, "ก่อสร้างถนน คสล. ม.5 ยาว 200 ม.",
    BAHT (1000000), "ต.ค.-ธ.ค.", PHAEN_PROJECT_STATUS_COMPLETED, 100,
    BAHT (950000), BAHT (950000), "ต.ค.-ธ.ค.", "ตรวจรับงานแล้ว", "", "", "" },
  { "p2", PHAEN_PROJECT_KIND_PROJECT, 0, 4, 0, "ก่อสร้างรางระบายน้ำ ม.2",
    BAHT (500000), "พ.ย.-ม.ค.", PHAEN_PROJECT_STATUS_IN_PROGRESS, 40,
    BAHT (480000), BAHT (200000), "ธ.ค.-มี.ค.", "ผู้รับจ้างเข้าพื้นที่ล่าช้า", "", "", "" },
  { "p3", PHAEN_PROJECT_KIND_PROJECT, 0, 2, 0, "ติดตั้งไฟฟ้าส่องสว่างทางสาธารณะ",
    BAHT (300000), "เม.ย.-มิ.ย.", PHAEN_PROJECT_STATUS_NOT_STARTED, 0,
    0, 0, "", "", "", "", "" },
  { "p4", PHAEN_PROJECT_KIND_PROJECT, 0, 4, 0, "ก่อสร้างสะพาน คสล. ข้ามลำห้วยหนองบัว",
    BAHT (2000000), "ม.ค.-มี.ค.", PHAEN_PROJECT_STATUS_CARRIED_OVER, 70,
    BAHT (1990000), 0, "ธ.ค.-มี.ค.", "กันเงินไว้เบิกจ่ายปีถัดไป", "", "", "" },
  { "p5", PHAEN_PROJECT_KIND_PROJECT, 0, 2, 0, "ปรับปรุงสวนสาธารณะหนองบัว",
    BAHT (150000) + 50, "ก.พ.", PHAEN_PROJECT_STATUS_CANCELLED, 0,
    0, 0, "", "ยกเลิก เนื่องจากไม่มีผู้เสนอราคา", "", "", "" },
  { "p6", PHAEN_PROJECT_KIND_PROJECT, 1, 0, 1, "อบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน",
    BAHT (80000), "ต.ค.,มี.ค.", PHAEN_PROJECT_STATUS_COMPLETED, 100,
    0, BAHT (78500), "ต.ค.,มี.ค.", "", "", "", "" },
  { "p7", PHAEN_PROJECT_KIND_PROJECT, 1, 3, 1, "จัดงานวันผู้สูงอายุ",
    BAHT (45000), "เม.ย.", PHAEN_PROJECT_STATUS_COMPLETED, 100,
    0, BAHT (45000), "มี.ค.", "จัดก่อนกำหนดให้ตรงกับวันสงกรานต์ของชุมชน", "", "", "" },
  { "p8", PHAEN_PROJECT_KIND_PROJECT, 1, 1, 2, "รณรงค์ป้องกันโรคไข้เลือดออก",
    BAHT (120000), "ม.ค.-ก.ย.", PHAEN_PROJECT_STATUS_IN_PROGRESS, 30,
    BAHT (100000), BAHT (60000), "ม.ค.-มี.ค.", "", "", "", "" },
  { "p9", PHAEN_PROJECT_KIND_PROJECT, 1, 3, 1, "แข่งขันกีฬาต้านยาเสพติด",
    BAHT (60000), "ธ.ค.", PHAEN_PROJECT_STATUS_IN_PROGRESS, 10,
    0, 0, "", "", "", "", "" },
  { "e1", PHAEN_PROJECT_KIND_EQUIPMENT, 1, 0, 1, "เครื่องคอมพิวเตอร์สำหรับงานประมวลผล",
    BAHT (30000), "พ.ย.", PHAEN_PROJECT_STATUS_COMPLETED, 100,
    BAHT (29900), BAHT (29900), "ธ.ค.", "",
    "เครื่องคอมพิวเตอร์ 1 เครื่อง", "ค่าครุภัณฑ์", "ครุภัณฑ์คอมพิวเตอร์" },
};

static guint
report_fixture_months (const char *text)
{
  g_autoptr(GError) error = NULL;
  guint mask = 0;

  g_assert_true (phaen_schedule_parse (text, &mask, &error));
  g_assert_no_error (error);

  return mask;
}

static G_GNUC_UNUSED PhaenPlan *
report_fixture_build (void)
{
  PhaenPlan *plan = phaen_plan_new ();
  GListModel *strategies = phaen_plan_get_strategies (plan);
  GListModel *programs = phaen_plan_get_programs (plan);
  GListModel *units = phaen_plan_get_units (plan);

  g_object_set (plan,
                "organisation-name", "เทศบาลตำบลหนองบัวทอง",
                "organisation-kind", PHAEN_ORGANISATION_SUBDISTRICT_MUNICIPALITY,
                "district", "เมืองทดสอบ",
                "province", "ชัยภูมิ",
                "preparing-unit", "งานวิเคราะห์นโยบายและแผน สำนักปลัดเทศบาล",
                "fiscal-year", 2569,
                "announcement-date", "2025-09-30",
                "signer-name", "นายสมชาย ทดสอบดี",
                "signer-position", "นายกเทศมนตรีตำบลหนองบัวทอง",
                NULL);

  for (guint i = 0; i < G_N_ELEMENTS (report_fixture_units); i++)
    {
      g_autofree char *id = g_strdup_printf ("u%u", i + 1);
      g_autoptr(PhaenUnit) unit = phaen_unit_new (id, report_fixture_units[i]);
      phaen_plan_append_unit (plan, unit);
    }

  phaen_plan_clear_programs (plan);
  for (guint i = 0; i < G_N_ELEMENTS (report_fixture_programs); i++)
    {
      g_autofree char *id = g_strdup_printf ("g%u", i + 1);
      g_autoptr(PhaenProgram) program = phaen_program_new (id, report_fixture_programs[i]);
      phaen_program_set_standard (program, TRUE);
      phaen_plan_append_program (plan, program);
    }

  for (guint i = 0; i < G_N_ELEMENTS (report_fixture_strategies); i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", i + 1);
      g_autoptr(PhaenStrategy) strategy = phaen_strategy_new (id, report_fixture_strategies[i]);
      phaen_plan_append_strategy (plan, strategy);
    }

  for (guint i = 0; i < G_N_ELEMENTS (report_fixture_projects); i++)
    {
      const ReportFixtureProject *f = &report_fixture_projects[i];
      g_autoptr(PhaenProject) project = phaen_project_new ();
      g_autoptr(PhaenStrategy) strategy = g_list_model_get_item (strategies, f->strategy);
      g_autoptr(PhaenProgram) program = g_list_model_get_item (programs, f->program);
      g_autoptr(PhaenUnit) unit = g_list_model_get_item (units, f->unit);

      phaen_project_set_id (project, f->id);
      phaen_project_set_kind (project, f->kind);
      phaen_project_set_name (project, f->name);
      phaen_project_set_budget (project, f->budget);
      phaen_project_set_strategy (project, strategy);
      phaen_project_set_program (project, program);
      phaen_project_set_unit (project, unit);
      phaen_project_set_schedule (project, report_fixture_months (f->schedule));
      phaen_project_set_status (project, f->status);
      phaen_project_set_progress (project, f->progress);
      phaen_project_set_contracted (project, f->contracted);
      phaen_project_set_disbursed (project, f->disbursed);
      phaen_project_set_actual_schedule (project, report_fixture_months (f->actual));
      phaen_project_set_remarks (project, f->remarks);
      phaen_project_set_target (project, f->target);
      phaen_project_set_category (project, f->category);
      phaen_project_set_equipment_type (project, f->equipment_type);
      phaen_plan_append_project (plan, project);
    }

  return plan;
}
