/* test-timeline-fixture.h: a small plan for the timeline tests, and a
 * large synthetic one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "model/phaen-plan.h"
#include "model/phaen-schedule.h"
#include "render/phaen-timeline-layout.h"

typedef struct
{
  const char *name;
  int         strategy;     /* -1: none (an unfinished project) */
  const char *program;
  const char *unit;         /* NULL: none */
  gint64      budget;       /* satang */
  const char *schedule;
  const char *actual;       /* actual months, "" for none */
  const char *source;
} TimelineSpec;

static const char * const timeline_strategies[] = {
  "ยุทธศาสตร์การพัฒนาด้านโครงสร้างพื้นฐาน",
  "ยุทธศาสตร์การพัฒนาด้านคุณภาพชีวิต",
};

static const char * const timeline_units[] = {
  "สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา",
};

/* Six projects: three under strategy 1 (two programs), two under
 * strategy 2, one with no strategy, program or unit; one with actual
 * months; sources standard, other and empty. */
static const TimelineSpec timeline_specs[] = {
  { "โครงการก่อสร้างถนน คสล. ม.5 ยาว 200 ม.", 0, "แผนงานอุตสาหกรรมและการโยธา", "กองช่าง",
    45000000, "ต.ค.-ธ.ค.,มี.ค.", "พ.ย.-ม.ค.", "เทศบัญญัติงบประมาณรายจ่าย" },
  { "โครงการปรับปรุงระบบประปาหมู่บ้าน ปั๊มน้ำ ฟื้นฟู ฤๅษี", 0, "แผนงานเคหะและชุมชน", "กองช่าง",
    12050050, "มี.ค.", "", "เงินสะสม" },
  { "โครงการขุดลอกคลองส่งน้ำเพื่อการเกษตร", 0, "แผนงานอุตสาหกรรมและการโยธา", "กองช่าง",
    30000000, "ม.ค.-ก.พ.,พ.ค.-มิ.ย.", "", "เงินอุดหนุนเฉพาะกิจ" },
  { "โครงการฟื้นฟูศิลปวัฒนธรรมท้องถิ่น", 1, "แผนงานการศาสนาวัฒนธรรมและนันทนาการ", "กองการศึกษา",
    5000000, "เม.ย.", "", "งบจากจังหวัด" },
  { "โครงการอาหารกลางวันเด็กปฐมวัย", 1, "แผนงานการศึกษา", "กองการศึกษา",
    80000000, "ต.ค.-ก.ย.", "", "เทศบัญญัติงบประมาณรายจ่าย" },
  { "โครงการที่ยังกรอกไม่ครบ", -1, NULL, NULL,
    0, "ส.ค.", "", "" },
};

G_GNUC_UNUSED static PhaenPlan *
timeline_fixture_plan (void)
{
  PhaenPlan *plan = phaen_plan_new ();
  PhaenStrategy *strategies[G_N_ELEMENTS (timeline_strategies)];

  g_object_set (plan,
                "organisation-name", "เทศบาลตำบลบ้านทดสอบ",
                "district", "เมือง",
                "province", "ทดสอบ",
                "fiscal-year", 2569,
                NULL);

  for (guint i = 0; i < G_N_ELEMENTS (timeline_strategies); i++)
    {
      g_autoptr(PhaenStrategy) strategy = phaen_strategy_new (NULL, timeline_strategies[i]);

      phaen_plan_append_strategy (plan, strategy);
      strategies[i] = strategy;
    }
  for (guint i = 0; i < G_N_ELEMENTS (timeline_units); i++)
    {
      g_autoptr(PhaenUnit) unit = phaen_unit_new (NULL, timeline_units[i]);

      phaen_plan_append_unit (plan, unit);
    }

  for (guint i = 0; i < G_N_ELEMENTS (timeline_specs); i++)
    {
      const TimelineSpec *spec = &timeline_specs[i];
      g_autoptr(PhaenProject) project = phaen_project_new ();
      g_autoptr(GError) error = NULL;
      guint mask = 0, actual = 0;

      g_assert_true (phaen_schedule_parse (spec->schedule, &mask, &error));
      g_assert_true (phaen_schedule_parse (spec->actual, &actual, &error));
      g_assert_no_error (error);

      phaen_project_set_name (project, spec->name);
      phaen_project_set_budget (project, spec->budget);
      if (spec->strategy >= 0)
        phaen_project_set_strategy (project, strategies[spec->strategy]);
      if (spec->program != NULL)
        {
          PhaenProgram *program = phaen_plan_find_program_by_name (plan, spec->program);

          g_assert_nonnull (program);
          phaen_project_set_program (project, program);
        }
      if (spec->unit != NULL)
        phaen_project_set_unit (project, phaen_plan_find_unit_by_name (plan, spec->unit));
      phaen_project_set_schedule (project, mask);
      phaen_project_set_actual_schedule (project, actual);
      phaen_project_set_source (project, spec->source);
      phaen_plan_append_project (plan, project);
    }

  return plan;
}

/* A plan of @n projects spread over two strategies and three programs,
 * schedules from a seeded generator. */
G_GNUC_UNUSED static PhaenPlan *
timeline_large_plan (guint n,
                     guint seed)
{
  static const char * const programs[] = {
    "แผนงานอุตสาหกรรมและการโยธา", "แผนงานเคหะและชุมชน", "แผนงานการศึกษา",
  };
  PhaenPlan *plan = timeline_fixture_plan ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GListModel *strategies = phaen_plan_get_strategies (plan);
  GListModel *units = phaen_plan_get_units (plan);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhaenProject) project = phaen_project_new ();
      g_autoptr(PhaenStrategy) strategy = g_list_model_get_item (strategies, i % 2);
      g_autoptr(PhaenUnit) unit = g_list_model_get_item (units, g_rand_int_range (rand, 0, 4));
      g_autofree char *name = g_strdup_printf ("โครงการพัฒนาชุมชนหนองบัว ระยะที่ %u ปั๊มน้ำ", i + 1);
      int first = g_rand_int_range (rand, 0, 12);
      int last = g_rand_int_range (rand, first, 12);
      guint mask = ((1u << (last + 1)) - 1) & ~((1u << first) - 1);

      phaen_project_set_name (project, name);
      phaen_project_set_budget (project, (gint64) g_rand_int_range (rand, 1, 5000) * 100000);
      phaen_project_set_strategy (project, strategy);
      phaen_project_set_program (project, phaen_plan_find_program_by_name (plan, programs[i % 3]));
      phaen_project_set_unit (project, unit);
      phaen_project_set_schedule (project, mask);
      phaen_plan_append_project (plan, project);
    }

  return plan;
}

/* The project at @index of @plan (borrowed: the plan keeps it). */
G_GNUC_UNUSED static PhaenProject *
timeline_fixture_project (PhaenPlan *plan,
                          guint      index)
{
  PhaenProject *project = g_list_model_get_item (phaen_plan_get_projects (plan), index);

  g_object_unref (project);   /* the plan keeps it */
  return project;
}

/* The row of @frame that shows @project; the test fails without one. */
G_GNUC_UNUSED static const PhaenTimelineFrameRow *
timeline_frame_row (const PhaenTimelineFrame *frame,
                    PhaenProject             *project)
{
  for (guint i = 0; i < frame->rows->len; i++)
    {
      const PhaenTimelineFrameRow *row = &g_array_index (frame->rows, PhaenTimelineFrameRow, i);

      if (row->project == project)
        return row;
    }

  g_error ("the project %s is not in the frame", phaen_project_get_name (project));
}
