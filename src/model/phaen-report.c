/* phaen-report.c: the figures of a monitoring round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass over the plan's projects fills a row per strategy, the total
 * row, the list of projects of each status and the month counts; the
 * percentages are computed at the end from the exact sums. The rules of
 * what counts where are stated in phaen-report.h.
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include "phaen-plan-editions.h"
#include "phaen-fiscal.h"
#include "phaen-report.h"
#include "phaen-schedule.h"
#include "phaen-thai.h"

/* Printed in the document, which is always in Thai. */
#define LABEL_TOTAL "รวมทั้งสิ้น"

struct _PhaenReport
{
  GObject           parent_instance;

  PhaenPlan        *plan;
  PhaenReportRound  round;

  GPtrArray        *rows;          /* PhaenReportRow*, owned: strategies, then the total */
  PhaenReportRow   *total;         /* the last of @rows */
  GPtrArray        *by_status[PHAEN_REPORT_N_STATUSES];   /* PhaenProject*, borrowed */
  GHashTable       *timing;        /* PhaenProject* → PhaenReportTiming + 1 */
  guint             planned_in_month[PHAEN_FISCAL_MONTHS];
  guint             actual_in_month[PHAEN_FISCAL_MONTHS];
};

enum
{
  PROP_0,
  PROP_PLAN,
  PROP_ROUND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhaenReport, phaen_report, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (PhaenReportRound, phaen_report_round,
  G_DEFINE_ENUM_VALUE (PHAEN_REPORT_ROUND_6_MONTHS, "6-months"),
  G_DEFINE_ENUM_VALUE (PHAEN_REPORT_ROUND_12_MONTHS, "12-months"))

const PhaenProjectStatus phaen_report_status_order[PHAEN_REPORT_N_STATUSES] = {
  PHAEN_PROJECT_STATUS_COMPLETED,
  PHAEN_PROJECT_STATUS_IN_PROGRESS,
  PHAEN_PROJECT_STATUS_NOT_STARTED,
  PHAEN_PROJECT_STATUS_CANCELLED,
  PHAEN_PROJECT_STATUS_CARRIED_OVER,
};

static const char * const timing_keywords[PHAEN_REPORT_N_TIMINGS] = {
  [PHAEN_REPORT_TIMING_ON_TIME] = "on-time",
  [PHAEN_REPORT_TIMING_EARLY] = "early",
  [PHAEN_REPORT_TIMING_LATE] = "late",
  [PHAEN_REPORT_TIMING_NOT_RECORDED] = "not-recorded",
  [PHAEN_REPORT_TIMING_NOT_DUE] = "not-due",
  [PHAEN_REPORT_TIMING_CANCELLED] = "cancelled",
};

static const char * const timing_labels[PHAEN_REPORT_N_TIMINGS] = {
  [PHAEN_REPORT_TIMING_ON_TIME] = "ตามกำหนด",
  [PHAEN_REPORT_TIMING_EARLY] = "เร็วกว่ากำหนด",
  [PHAEN_REPORT_TIMING_LATE] = "ล่าช้ากว่ากำหนด",
  [PHAEN_REPORT_TIMING_NOT_RECORDED] = "ไม่ได้ระบุเดือนที่ดำเนินการ",
  [PHAEN_REPORT_TIMING_NOT_DUE] = "ยังไม่ถึงกำหนด",
  [PHAEN_REPORT_TIMING_CANCELLED] = "ยกเลิก",
};

/* ---- rounds ---------------------------------------------------------- */

gboolean
phaen_report_round_is_valid (guint months)
{
  return months == PHAEN_REPORT_ROUND_6_MONTHS || months == PHAEN_REPORT_ROUND_12_MONTHS;
}

/* Fiscal index of the round's last month: 5 (มี.ค.) or 11 (ก.ย.). */
static guint
round_last_month (PhaenReportRound round)
{
  return round == PHAEN_REPORT_ROUND_6_MONTHS ? 5 : PHAEN_FISCAL_MONTHS - 1;
}

guint
phaen_report_round_mask (PhaenReportRound round)
{
  g_return_val_if_fail (phaen_report_round_is_valid (round), 0);

  return (1u << (round_last_month (round) + 1)) - 1;
}

char *
phaen_report_round_period (guint            fiscal_year_be,
                           PhaenReportRound round,
                           gboolean         thai_digits)
{
  guint last = round_last_month (round);
  g_autofree char *text = NULL;

  g_return_val_if_fail (phaen_report_round_is_valid (round), NULL);

  /* an en dash between spaces, as the plan prints its period */
  text = g_strdup_printf ("%s %u \u2013 %s %u",
                          phaen_fiscal_month_name (0),
                          phaen_fiscal_month_be_year (fiscal_year_be, 0),
                          phaen_fiscal_month_name (last),
                          phaen_fiscal_month_be_year (fiscal_year_be, last));

  return phaen_digits (text, thai_digits);
}

/* ---- timing ---------------------------------------------------------- */

const char *
phaen_report_timing_to_string (PhaenReportTiming timing)
{
  g_return_val_if_fail ((guint) timing < PHAEN_REPORT_N_TIMINGS, NULL);

  return timing_keywords[timing];
}

const char *
phaen_report_timing_label (PhaenReportTiming timing)
{
  g_return_val_if_fail ((guint) timing < PHAEN_REPORT_N_TIMINGS, NULL);

  return timing_labels[timing];
}

/* Fiscal index of the lowest and of the highest bit of a non-zero mask. */
static guint
first_month (guint mask)
{
  return (guint) g_bit_nth_lsf (mask, -1);
}

static guint
last_month (guint mask)
{
  return (guint) g_bit_nth_msf (mask, -1);
}

PhaenReportTiming
phaen_report_timing_of (guint              schedule,
                        guint              actual_schedule,
                        PhaenProjectStatus status,
                        PhaenReportRound   round)
{
  guint last_in_round;
  guint actual;

  g_return_val_if_fail (phaen_report_round_is_valid (round), PHAEN_REPORT_TIMING_NOT_DUE);

  schedule &= PHAEN_SCHEDULE_ALL;
  last_in_round = round_last_month (round);
  actual = actual_schedule & phaen_report_round_mask (round);

  if (status == PHAEN_PROJECT_STATUS_CANCELLED)
    return PHAEN_REPORT_TIMING_CANCELLED;
  if (schedule == 0 || first_month (schedule) > last_in_round)
    return PHAEN_REPORT_TIMING_NOT_DUE;

  if (actual == 0)
    return status == PHAEN_PROJECT_STATUS_NOT_STARTED
           ? PHAEN_REPORT_TIMING_LATE
           : PHAEN_REPORT_TIMING_NOT_RECORDED;

  if (first_month (actual) > first_month (schedule) ||
      last_month (actual) > last_month (schedule))
    return PHAEN_REPORT_TIMING_LATE;
  if (first_month (actual) < first_month (schedule))
    return PHAEN_REPORT_TIMING_EARLY;

  return PHAEN_REPORT_TIMING_ON_TIME;
}

/* ---- exact percentages ------------------------------------------------ */

/* (@value × @factor) as @quotient × @modulus + remainder, for @value <
 * @modulus and a small @factor, without overflow for any @modulus below
 * 2^64: the product is built by adding @value @factor times modulo
 * @modulus, counting the wraps. Returns the remainder. */
static guint64
times_small (guint64  value,
             guint    factor,
             guint64  modulus,
             guint   *quotient)
{
  guint64 rest = 0;

  *quotient = 0;
  for (guint i = 0; i < factor; i++)
    {
      /* rest + value >= modulus, written so that nothing overflows */
      if (rest >= modulus - value)
        {
          rest -= modulus - value;
          (*quotient)++;
        }
      else
        rest += value;
    }

  return rest;
}

/* @part / @whole in hundredths of a percent, rounded half-up: 1/8 →
 * 1250, 1/3 → 3333, 2/3 → 6667. -1 when @whole is not positive. */
static gint
percent_x100 (gint64 part,
              gint64 whole)
{
  guint64 b, q, r;

  if (whole <= 0)
    return -1;
  if (part <= 0)
    return 0;

  b = (guint64) whole;
  q = (guint64) part / b;
  r = (guint64) part % b;

  /* The integer part times 10000, capped where it stops mattering. */
  if (q > (guint64) G_MAXINT / 10000)
    return G_MAXINT;
  q *= 10000;

  /* Four decimal digits of r / b, then the rounding digit. */
  for (guint64 scale = 1000; scale >= 1; scale /= 10)
    {
      guint digit;

      r = times_small (r, 10, b, &digit);
      q += digit * scale;
    }
  {
    guint half;

    times_small (r, 2, b, &half);
    if (half > 0)
      q++;
  }

  return q > G_MAXINT ? G_MAXINT : (gint) q;
}

/* ---- editions -------------------------------------------------------- */

/* Whether @project came into the plan through an edition
 * (แผนการดำเนินงานเพิ่มเติม, or an amendment that added it), the open one
 * included: the report is about the plan as it is. */
static gboolean
project_added_by_edition (PhaenPlan    *plan,
                          PhaenProject *project)
{
  if (phaen_plan_get_n_editions (plan) == 0)
    return FALSE;

  return phaen_plan_find_adding_edition (plan, phaen_project_get_id (project)) != NULL;
}

/* ---- computing ------------------------------------------------------- */

static void
add_amount (gint64 *sum,
            gint64  amount)
{
  /* Saturate rather than wrap; plans within phaen-limits.h stay far below. */
  if (amount > 0 && *sum > G_MAXINT64 - amount)
    *sum = G_MAXINT64;
  else if (amount > 0)
    *sum += amount;
}

static void
row_add_project (PhaenReportRow    *row,
                 PhaenProject      *project,
                 PhaenReportTiming  timing,
                 gboolean           added)
{
  PhaenProjectStatus status = phaen_project_get_status (project);

  row->planned++;
  if ((guint) status < PHAEN_REPORT_N_STATUSES)
    row->status[status]++;
  if (added)
    row->added++;

  add_amount (&row->budget, phaen_project_get_budget (project));
  add_amount (&row->contracted, phaen_project_get_contracted (project));
  add_amount (&row->disbursed, phaen_project_get_disbursed (project));

  row->timing[timing]++;
  if (timing != PHAEN_REPORT_TIMING_NOT_DUE && timing != PHAEN_REPORT_TIMING_CANCELLED)
    row->due++;
}

static void
row_finish (PhaenReportRow *row)
{
  for (guint s = 0; s < PHAEN_REPORT_N_STATUSES; s++)
    row->status_percent[s] = percent_x100 (row->status[s], row->planned);
  row->added_percent = percent_x100 (row->added, row->planned);

  row->contracted_percent = percent_x100 (row->contracted, row->budget);
  row->disbursed_percent = percent_x100 (row->disbursed, row->budget);

  for (guint t = 0; t < PHAEN_REPORT_N_TIMINGS; t++)
    {
      if (t == PHAEN_REPORT_TIMING_NOT_DUE || t == PHAEN_REPORT_TIMING_CANCELLED)
        row->timing_percent[t] = -1;
      else
        row->timing_percent[t] = percent_x100 (row->timing[t], row->due);
    }
}

static gboolean
project_is_counted (PhaenProject *project,
                    gboolean      with_equipment)
{
  switch (phaen_project_get_kind (project))
    {
    case PHAEN_PROJECT_KIND_PROJECT:
      return TRUE;
    case PHAEN_PROJECT_KIND_EQUIPMENT:
      return with_equipment;
    default:
      return FALSE;
    }
}

static void
phaen_report_compute (PhaenReport *self)
{
  GListModel *strategies = phaen_plan_get_strategies (self->plan);
  GListModel *projects = phaen_plan_get_projects (self->plan);
  guint n_strategies = g_list_model_get_n_items (strategies);
  guint n_projects = g_list_model_get_n_items (projects);
  gboolean with_equipment = phaen_plan_get_equipment_in_summary (self->plan);
  guint round_mask = phaen_report_round_mask (self->round);
  g_autoptr(GHashTable) row_of = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) strategy_projects = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < n_strategies; i++)
    {
      g_autoptr(PhaenStrategy) strategy = g_list_model_get_item (strategies, i);
      PhaenReportRow *row = g_new0 (PhaenReportRow, 1);

      /* Borrowed: the plan, referenced by the report, keeps it alive. */
      row->strategy = strategy;
      row->number = i + 1;
      row->label = phaen_strategy_get_name (strategy);
      g_ptr_array_add (self->rows, row);
      g_ptr_array_add (strategy_projects, g_ptr_array_new ());
      g_hash_table_insert (row_of, strategy, GUINT_TO_POINTER (i + 1));
    }

  self->total = g_new0 (PhaenReportRow, 1);
  self->total->label = LABEL_TOTAL;

  /* The projects of each strategy, in plan order. */
  for (guint i = 0; i < n_projects; i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (row_of, phaen_project_get_strategy (project)));

      if (index == 0 || !project_is_counted (project, with_equipment))
        continue;

      g_ptr_array_add (g_ptr_array_index (strategy_projects, index - 1), project);
    }

  for (guint i = 0; i < n_strategies; i++)
    {
      PhaenReportRow *row = g_ptr_array_index (self->rows, i);
      GPtrArray *members = g_ptr_array_index (strategy_projects, i);

      for (guint j = 0; j < members->len; j++)
        {
          PhaenProject *project = g_ptr_array_index (members, j);
          PhaenProjectStatus status = phaen_project_get_status (project);
          guint schedule = phaen_project_get_schedule (project) & round_mask;
          guint actual = phaen_project_get_actual_schedule (project) & round_mask;
          PhaenReportTiming timing;
          gboolean added = project_added_by_edition (self->plan, project);

          timing = phaen_report_timing_of (phaen_project_get_schedule (project),
                                           phaen_project_get_actual_schedule (project),
                                           status, self->round);

          row_add_project (row, project, timing, added);
          row_add_project (self->total, project, timing, added);

          if ((guint) status < PHAEN_REPORT_N_STATUSES)
            g_ptr_array_add (self->by_status[status], project);
          g_hash_table_insert (self->timing, project, GUINT_TO_POINTER (timing + 1));

          for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
            {
              if (schedule & (1u << m))
                self->planned_in_month[m]++;
              if (actual & (1u << m))
                self->actual_in_month[m]++;
            }
        }
      row_finish (row);
    }

  row_finish (self->total);
  g_ptr_array_add (self->rows, self->total);
}

/* ---- GObject --------------------------------------------------------- */

static void
phaen_report_constructed (GObject *object)
{
  PhaenReport *self = PHAEN_REPORT (object);

  G_OBJECT_CLASS (phaen_report_parent_class)->constructed (object);

  g_return_if_fail (PHAEN_IS_PLAN (self->plan));
  g_return_if_fail (phaen_report_round_is_valid (self->round));

  phaen_report_compute (self);
}

static void
phaen_report_finalize (GObject *object)
{
  PhaenReport *self = PHAEN_REPORT (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  for (guint s = 0; s < PHAEN_REPORT_N_STATUSES; s++)
    g_clear_pointer (&self->by_status[s], g_ptr_array_unref);
  g_clear_pointer (&self->timing, g_hash_table_unref);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (phaen_report_parent_class)->finalize (object);
}

static void
phaen_report_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PhaenReport *self = PHAEN_REPORT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_ROUND:
      g_value_set_enum (value, self->round);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_report_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PhaenReport *self = PHAEN_REPORT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_set_object (&self->plan, g_value_get_object (value));
      break;
    case PROP_ROUND:
      self->round = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_report_class_init (PhaenReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = phaen_report_constructed;
  object_class->finalize = phaen_report_finalize;
  object_class->get_property = phaen_report_get_property;
  object_class->set_property = phaen_report_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PHAEN_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROUND] =
    g_param_spec_enum ("round", NULL, NULL, PHAEN_TYPE_REPORT_ROUND,
                       PHAEN_REPORT_ROUND_12_MONTHS,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                       G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phaen_report_init (PhaenReport *self)
{
  self->round = PHAEN_REPORT_ROUND_12_MONTHS;
  self->rows = g_ptr_array_new_with_free_func (g_free);
  for (guint s = 0; s < PHAEN_REPORT_N_STATUSES; s++)
    self->by_status[s] = g_ptr_array_new ();
  self->timing = g_hash_table_new (NULL, NULL);
}

/* ---- public API ------------------------------------------------------ */

PhaenReport *
phaen_report_new (PhaenPlan        *plan,
                  PhaenReportRound  round)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (phaen_report_round_is_valid (round), NULL);

  return g_object_new (PHAEN_TYPE_REPORT, "plan", plan, "round", round, NULL);
}

PhaenPlan *
phaen_report_get_plan (PhaenReport *self)
{
  g_return_val_if_fail (PHAEN_IS_REPORT (self), NULL);

  return self->plan;
}

PhaenReportRound
phaen_report_get_round (PhaenReport *self)
{
  g_return_val_if_fail (PHAEN_IS_REPORT (self), PHAEN_REPORT_ROUND_12_MONTHS);

  return self->round;
}

GPtrArray *
phaen_report_get_rows (PhaenReport *self)
{
  g_return_val_if_fail (PHAEN_IS_REPORT (self), NULL);

  return self->rows;
}

const PhaenReportRow *
phaen_report_get_total (PhaenReport *self)
{
  g_return_val_if_fail (PHAEN_IS_REPORT (self), NULL);

  return self->total;
}

GPtrArray *
phaen_report_get_projects (PhaenReport        *self,
                           PhaenProjectStatus  status)
{
  g_return_val_if_fail (PHAEN_IS_REPORT (self), NULL);
  g_return_val_if_fail ((guint) status < PHAEN_REPORT_N_STATUSES, NULL);

  return self->by_status[status];
}

PhaenReportTiming
phaen_report_get_timing (PhaenReport  *self,
                         PhaenProject *project)
{
  guint value;

  g_return_val_if_fail (PHAEN_IS_REPORT (self), PHAEN_REPORT_TIMING_NOT_DUE);
  g_return_val_if_fail (PHAEN_IS_PROJECT (project), PHAEN_REPORT_TIMING_NOT_DUE);

  value = GPOINTER_TO_UINT (g_hash_table_lookup (self->timing, project));

  return value == 0 ? PHAEN_REPORT_TIMING_NOT_DUE : (PhaenReportTiming) (value - 1);
}

guint
phaen_report_get_planned_in_month (PhaenReport *self,
                                   guint        fiscal_index)
{
  g_return_val_if_fail (PHAEN_IS_REPORT (self), 0);
  g_return_val_if_fail (fiscal_index < PHAEN_FISCAL_MONTHS, 0);

  return self->planned_in_month[fiscal_index];
}

guint
phaen_report_get_actual_in_month (PhaenReport *self,
                                  guint        fiscal_index)
{
  g_return_val_if_fail (PHAEN_IS_REPORT (self), 0);
  g_return_val_if_fail (fiscal_index < PHAEN_FISCAL_MONTHS, 0);

  return self->actual_in_month[fiscal_index];
}
