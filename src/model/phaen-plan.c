/* phaen-plan.c: the operations plan document (แผนการดำเนินงาน)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-edition.h"
#include "phaen-emblem.h"
#include "phaen-fiscal.h"
#include "phaen-limits.h"
#include "phaen-model-error.h"
#include "phaen-money.h"
#include "phaen-plan-private.h"
#include "phaen-properties.h"
#include "phaen-schedule.h"
#include "phaen-text.h"

/* ---- The lists ------------------------------------------------------------ */

typedef enum {
  LIST_STRATEGIES,
  LIST_APPROACHES,
  LIST_PROGRAMS,
  LIST_UNITS,
  LIST_PROJECTS,
  N_LISTS
} ListIndex;

static const struct {
  const char *prefix;         /* of fresh ids */
  const char *singular;       /* used in plan_equal() descriptions */
  const char *plural;
} list_info[N_LISTS] = {
  { "s", "strategy", "strategies" },
  { "a", "approach", "approaches" },
  { "g", "program", "programs" },
  { "u", "unit", "units" },
  { "p", "project", "projects" },
};

/* ---- The plan --------------------------------------------------------- */

enum {
  PROP_0,
  /* string properties, stored in texts[] */
  PROP_ORGANISATION_NAME,
  PROP_DISTRICT,
  PROP_PROVINCE,
  PROP_PREPARING_UNIT,
  PROP_ANNOUNCEMENT_DATE,
  PROP_SIGNER_NAME,
  PROP_SIGNER_POSITION,
  PROP_ANNOUNCEMENT_TEXT_1,
  PROP_ANNOUNCEMENT_TEXT_2,
  PROP_FOREWORD,
  PROP_INTRODUCTION_TEXT,
  PROP_OBJECTIVES_TEXT,
  PROP_PROCEDURE_TEXT,
  PROP_BENEFITS_TEXT,
  /* the legal-basis facts of the announcement (phaen-announcement.h) */
  PROP_REGULATION_AMENDMENTS,
  PROP_REGULATION_CLAUSES,
  PROP_BUDGET_ORDINANCE,
  PROP_BUDGET_ORDINANCE_DATE,
  PROP_CONSIDERING_BODY,
  PROP_CONSIDERED_DATE,
  /* the officer's word list, one word a line (phaen-words.h) */
  PROP_WORD_LIST,
  LAST_TEXT_PROP = PROP_WORD_LIST,
  /* the others */
  PROP_ORGANISATION_KIND,
  PROP_FISCAL_YEAR,
  PROP_EDITION_KIND,
  PROP_EDITION_NUMBER,
  PROP_EDITION_YEAR,
  PROP_THAI_DIGITS,
  PROP_BAHTTEXT_STYLE,
  PROP_GROUPING,
  PROP_EQUIPMENT_IN_SUMMARY,
  PROP_PD02_FLOW,
  PROP_GARUDA_EMBLEM,
  PROP_SEAL_EMBLEM,
  N_PROPS
};

#define FIRST_TEXT_PROP PROP_ORGANISATION_NAME
#define N_TEXTS (LAST_TEXT_PROP - FIRST_TEXT_PROP + 1)

static const char * const text_property_names[N_TEXTS] = {
  "organisation-name",
  "district",
  "province",
  "preparing-unit",
  "announcement-date",
  "signer-name",
  "signer-position",
  "announcement-text-1",
  "announcement-text-2",
  "foreword",
  "introduction-text",
  "objectives-text",
  "procedure-text",
  "benefits-text",
  "regulation-amendments",
  "regulation-clauses",
  "budget-ordinance",
  "budget-ordinance-date",
  "considering-body",
  "considered-date",
  "word-list",
};

enum {
  CHANGED,
  EDIT_REFUSED,
  N_SIGNALS
};

typedef void (*PhaenStepWatchFunc) (PhaenPlan *plan,
                                    gpointer   data);

typedef struct
{
  PhaenStepWatchFunc func;
  gpointer           data;
} StepWatch;

struct _PhaenPlan
{
  GObject parent_instance;

  char                  *texts[N_TEXTS];
  PhaenOrganisationKind  organisation_kind;
  guint                  fiscal_year;
  PhaenEditionKind       edition_kind;
  guint                  edition_number;
  guint                  edition_year;
  gboolean               thai_digits;
  PhaenBahttextStyle     bahttext_style;
  PhaenGrouping          grouping;
  gboolean               equipment_in_summary;
  PhaenGroupFlow         pd02_flow;
  GBytes                *emblems[PHAEN_EMBLEM_N_KINDS];   /* NULL: none */

  PhaenHistory          *history;
  PhaenCatalogue        *lists[N_LISTS];
  gboolean               change_pending;  /* a command changed the document */
  GArray                *step_watches;    /* StepWatch */

  /* Additions and amendments (phaen-plan-editions.c) */
  GListStore            *editions;        /* PhaenEdition, in order */
  PhaenPlan             *edition_base;    /* the plan when the open edition started */
};

G_DEFINE_FINAL_TYPE (PhaenPlan, phaen_plan, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The value of a text property in a new plan: empty, except the legal
 * basis every plan cites unless the officer says otherwise. */
static const char *
text_property_default (guint prop_id)
{
  switch (prop_id)
    {
    case PROP_REGULATION_AMENDMENTS:
      return PHAEN_REGULATION_DEFAULT_AMENDMENTS;
    case PROP_REGULATION_CLAUSES:
      return PHAEN_REGULATION_DEFAULT_CLAUSES;
    default:
      return "";
    }
}

/* The list that holds objects of the type of @object. */
static PhaenCatalogue *
list_for_object (PhaenPlan *self,
                 gpointer   object)
{
  if (PHAEN_IS_PROJECT (object))
    return self->lists[LIST_PROJECTS];
  if (PHAEN_IS_STRATEGY (object))
    return self->lists[LIST_STRATEGIES];
  if (PHAEN_IS_APPROACH (object))
    return self->lists[LIST_APPROACHES];
  if (PHAEN_IS_PROGRAM (object))
    return self->lists[LIST_PROGRAMS];
  if (PHAEN_IS_UNIT (object))
    return self->lists[LIST_UNITS];

  return NULL;
}

static void
phaen_plan_dispose (GObject *object)
{
  PhaenPlan *self = (PhaenPlan *)object;

  for (guint i = 0; i < N_LISTS; i++)
    g_clear_object (&self->lists[i]);
  g_clear_object (&self->editions);
  g_clear_object (&self->edition_base);
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (phaen_plan_parent_class)->dispose (object);
}

static void
phaen_plan_finalize (GObject *object)
{
  PhaenPlan *self = (PhaenPlan *)object;

  for (guint i = 0; i < N_TEXTS; i++)
    g_clear_pointer (&self->texts[i], g_free);
  for (guint i = 0; i < PHAEN_EMBLEM_N_KINDS; i++)
    g_clear_pointer (&self->emblems[i], g_bytes_unref);
  g_clear_pointer (&self->step_watches, g_array_unref);

  G_OBJECT_CLASS (phaen_plan_parent_class)->finalize (object);
}

static void
phaen_plan_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  PhaenPlan *self = PHAEN_PLAN (object);

  if (prop_id >= FIRST_TEXT_PROP && prop_id < FIRST_TEXT_PROP + N_TEXTS)
    {
      g_value_set_string (value, self->texts[prop_id - FIRST_TEXT_PROP]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ORGANISATION_KIND:
      g_value_set_enum (value, self->organisation_kind);
      break;

    case PROP_FISCAL_YEAR:
      g_value_set_uint (value, self->fiscal_year);
      break;

    case PROP_EDITION_KIND:
      g_value_set_enum (value, self->edition_kind);
      break;

    case PROP_EDITION_NUMBER:
      g_value_set_uint (value, self->edition_number);
      break;

    case PROP_EDITION_YEAR:
      g_value_set_uint (value, self->edition_year);
      break;

    case PROP_THAI_DIGITS:
      g_value_set_boolean (value, self->thai_digits);
      break;

    case PROP_BAHTTEXT_STYLE:
      g_value_set_enum (value, self->bahttext_style);
      break;

    case PROP_GROUPING:
      g_value_set_enum (value, self->grouping);
      break;

    case PROP_EQUIPMENT_IN_SUMMARY:
      g_value_set_boolean (value, self->equipment_in_summary);
      break;

    case PROP_PD02_FLOW:
      g_value_set_enum (value, self->pd02_flow);
      break;

    case PROP_GARUDA_EMBLEM:
    case PROP_SEAL_EMBLEM:
      g_value_set_boxed (value, self->emblems[prop_id - PROP_GARUDA_EMBLEM]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_text (PhaenPlan  *self,
          guint       prop_id,
          const char *text)
{
  char **slot = &self->texts[prop_id - FIRST_TEXT_PROP];

  if (text == NULL)
    text = "";

  if (g_strcmp0 (*slot, text) == 0)
    return;

  g_free (*slot);
  *slot = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* The same bytes (not only the same GBytes) are no change. */
static void
set_emblem (PhaenPlan *self,
            guint      prop_id,
            GBytes    *data)
{
  GBytes **slot = &self->emblems[prop_id - PROP_GARUDA_EMBLEM];

  if (*slot == data || (*slot != NULL && data != NULL && g_bytes_equal (*slot, data)))
    return;

  g_clear_pointer (slot, g_bytes_unref);
  if (data != NULL)
    *slot = g_bytes_ref (data);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

#define SET_FIELD(field, new_value, prop_id)                                 \
  G_STMT_START {                                                             \
    if (self->field != (new_value))                                          \
      {                                                                      \
        self->field = (new_value);                                           \
        g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);     \
      }                                                                      \
  } G_STMT_END

static void
phaen_plan_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  PhaenPlan *self = PHAEN_PLAN (object);

  if (prop_id >= FIRST_TEXT_PROP && prop_id < FIRST_TEXT_PROP + N_TEXTS)
    {
      set_text (self, prop_id, g_value_get_string (value));
      return;
    }

  switch (prop_id)
    {
    case PROP_ORGANISATION_KIND:
      SET_FIELD (organisation_kind, (PhaenOrganisationKind) g_value_get_enum (value), prop_id);
      break;

    case PROP_FISCAL_YEAR:
      SET_FIELD (fiscal_year, g_value_get_uint (value), prop_id);
      break;

    case PROP_EDITION_KIND:
      SET_FIELD (edition_kind, (PhaenEditionKind) g_value_get_enum (value), prop_id);
      break;

    case PROP_EDITION_NUMBER:
      SET_FIELD (edition_number, g_value_get_uint (value), prop_id);
      break;

    case PROP_EDITION_YEAR:
      SET_FIELD (edition_year, g_value_get_uint (value), prop_id);
      break;

    case PROP_THAI_DIGITS:
      SET_FIELD (thai_digits, !!g_value_get_boolean (value), prop_id);
      break;

    case PROP_BAHTTEXT_STYLE:
      SET_FIELD (bahttext_style, (PhaenBahttextStyle) g_value_get_enum (value), prop_id);
      break;

    case PROP_GROUPING:
      SET_FIELD (grouping, (PhaenGrouping) g_value_get_enum (value), prop_id);
      break;

    case PROP_EQUIPMENT_IN_SUMMARY:
      SET_FIELD (equipment_in_summary, !!g_value_get_boolean (value), prop_id);
      break;

    case PROP_PD02_FLOW:
      SET_FIELD (pd02_flow, (PhaenGroupFlow) g_value_get_enum (value), prop_id);
      break;

    case PROP_GARUDA_EMBLEM:
    case PROP_SEAL_EMBLEM:
      set_emblem (self, prop_id, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

#undef SET_FIELD

static void
phaen_plan_class_init (PhaenPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READWRITE |
                             G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->dispose = phaen_plan_dispose;
  object_class->finalize = phaen_plan_finalize;
  object_class->get_property = phaen_plan_get_property;
  object_class->set_property = phaen_plan_set_property;

  for (guint i = 0; i < N_TEXTS; i++)
    properties[FIRST_TEXT_PROP + i] =
      g_param_spec_string (text_property_names[i], NULL, NULL,
                           text_property_default (FIRST_TEXT_PROP + i), flags);

  properties[PROP_ORGANISATION_KIND] =
    g_param_spec_enum ("organisation-kind", NULL, NULL,
                       PHAEN_TYPE_ORGANISATION_KIND,
                       PHAEN_ORGANISATION_SUBDISTRICT_MUNICIPALITY,
                       flags);
  /* Wide on purpose: phaen_plan_validate() reports a year out of range. */
  properties[PROP_FISCAL_YEAR] =
    g_param_spec_uint ("fiscal-year", NULL, NULL,
                       0, G_MAXUINT, 2568,
                       flags);
  properties[PROP_EDITION_KIND] =
    g_param_spec_enum ("edition-kind", NULL, NULL,
                       PHAEN_TYPE_EDITION_KIND, PHAEN_EDITION_ORIGINAL,
                       flags);
  properties[PROP_EDITION_NUMBER] =
    g_param_spec_uint ("edition-number", NULL, NULL,
                       0, G_MAXUINT, 0,
                       flags);
  /* The year of the "n/ปี" style of edition numbers (1/2569); 0: none. */
  properties[PROP_EDITION_YEAR] =
    g_param_spec_uint ("edition-year", NULL, NULL,
                       0, G_MAXUINT, 0,
                       flags);
  properties[PROP_THAI_DIGITS] =
    g_param_spec_boolean ("thai-digits", NULL, NULL, TRUE, flags);
  properties[PROP_BAHTTEXT_STYLE] =
    g_param_spec_enum ("bahttext-style", NULL, NULL,
                       PHAEN_TYPE_BAHTTEXT_STYLE, PHAEN_BAHTTEXT_ROYAL_INSTITUTE,
                       flags);
  properties[PROP_GROUPING] =
    g_param_spec_enum ("grouping", NULL, NULL,
                       PHAEN_TYPE_GROUPING, PHAEN_GROUPING_PROGRAMS,
                       flags);
  properties[PROP_EQUIPMENT_IN_SUMMARY] =
    g_param_spec_boolean ("equipment-in-summary", NULL, NULL, TRUE, flags);
  /* The bytes of an image file as the officer chose it (phaen-emblem.h). */
  properties[PROP_GARUDA_EMBLEM] =
    g_param_spec_boxed ("garuda-emblem", NULL, NULL, G_TYPE_BYTES, flags);
  properties[PROP_SEAL_EMBLEM] =
    g_param_spec_boxed ("seal-emblem", NULL, NULL, G_TYPE_BYTES, flags);
  properties[PROP_PD02_FLOW] =
    g_param_spec_enum ("pd02-flow", NULL, NULL,
                       PHAEN_TYPE_GROUP_FLOW, PHAEN_GROUP_FLOW_PAGE_PER_GROUP,
                       flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PhaenPlan::changed:
   *
   * Emitted after any edit, undo or redo (not after build-API calls).
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);

  /**
   * PhaenPlan::edit-refused:
   * @error: why (PHAEN_MODEL_ERROR_ADOPTED: see phaen_plan_check_edit())
   *
   * Emitted when an edit function that returns no error refuses an edit:
   * the plan has adopted additions or amendments, so the change needs a
   * new one. Nothing changed.
   */
  signals[EDIT_REFUSED] =
    g_signal_new ("edit-refused",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

/* The fiscal year (BE) in progress today: it starts on 1 October. */
static guint
current_fiscal_year (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint year = (guint) g_date_time_get_year (now) + 543;

  if (g_date_time_get_month (now) >= 10)
    year++;

  return year;
}

/* One "changed" per step: every command of a step notes its change, the
 * history says when the step is complete. */
static void
on_history_changed (PhaenHistory *history,
                    PhaenPlan    *self)
{
  if (!self->change_pending)
    return;

  self->change_pending = FALSE;

  /* Models derived from the plan catch up before anyone hears "changed". */
  for (guint i = 0; i < self->step_watches->len; i++)
    {
      StepWatch *watch = &g_array_index (self->step_watches, StepWatch, i);

      watch->func (self, watch->data);
    }

  g_signal_emit (self, signals[CHANGED], 0);
}

static void
phaen_plan_init (PhaenPlan *self)
{
  for (guint i = 0; i < N_TEXTS; i++)
    self->texts[i] = g_strdup (text_property_default (FIRST_TEXT_PROP + i));

  self->organisation_kind = PHAEN_ORGANISATION_SUBDISTRICT_MUNICIPALITY;
  self->fiscal_year = current_fiscal_year ();
  self->edition_kind = PHAEN_EDITION_ORIGINAL;
  self->edition_number = 0;
  self->thai_digits = TRUE;
  self->bahttext_style = PHAEN_BAHTTEXT_ROYAL_INSTITUTE;
  self->grouping = PHAEN_GROUPING_PROGRAMS;
  self->equipment_in_summary = TRUE;
  self->pd02_flow = PHAEN_GROUP_FLOW_PAGE_PER_GROUP;

  self->editions = g_list_store_new (PHAEN_TYPE_EDITION);
  self->history = phaen_history_new ();
  self->step_watches = g_array_new (FALSE, FALSE, sizeof (StepWatch));
  g_signal_connect (self->history, "changed", G_CALLBACK (on_history_changed), self);

  /* Projects are not looked up by name. */
  self->lists[LIST_STRATEGIES] = phaen_catalogue_new (PHAEN_TYPE_STRATEGY, list_info[LIST_STRATEGIES].prefix, TRUE);
  self->lists[LIST_APPROACHES] = phaen_catalogue_new (PHAEN_TYPE_APPROACH, list_info[LIST_APPROACHES].prefix, TRUE);
  self->lists[LIST_PROGRAMS] = phaen_catalogue_new (PHAEN_TYPE_PROGRAM, list_info[LIST_PROGRAMS].prefix, TRUE);
  self->lists[LIST_UNITS] = phaen_catalogue_new (PHAEN_TYPE_UNIT, list_info[LIST_UNITS].prefix, TRUE);
  self->lists[LIST_PROJECTS] = phaen_catalogue_new (PHAEN_TYPE_PROJECT, list_info[LIST_PROJECTS].prefix, FALSE);
}

PhaenPlan *
phaen_plan_new (void)
{
  PhaenPlan *self = g_object_new (PHAEN_TYPE_PLAN, NULL);
  const char * const *names = phaen_program_standard_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(PhaenProgram) program = phaen_program_new (NULL, names[i]);

      phaen_program_set_standard (program, TRUE);
      phaen_plan_append_program (self, program);
    }

  return self;
}

PhaenHistory *
phaen_plan_get_history (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return self->history;
}

/* ---- Lists --------------------------------------------------------------- */

GListModel *
phaen_plan_get_strategies (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->lists[LIST_STRATEGIES]);
}

GListModel *
phaen_plan_get_approaches (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->lists[LIST_APPROACHES]);
}

GListModel *
phaen_plan_get_programs (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->lists[LIST_PROGRAMS]);
}

GListModel *
phaen_plan_get_units (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->lists[LIST_UNITS]);
}

GListModel *
phaen_plan_get_projects (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return G_LIST_MODEL (self->lists[LIST_PROJECTS]);
}

PhaenCatalogue *
_phaen_plan_get_list_of (PhaenPlan *self,
                         gpointer   object)
{
  PhaenCatalogue *list;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  list = list_for_object (self, object);
  g_return_val_if_fail (list != NULL, NULL);

  return list;
}

void
_phaen_plan_ensure_id (PhaenPlan *self,
                       gpointer   object)
{
  phaen_catalogue_ensure_id (_phaen_plan_get_list_of (self, object), object);
}

GListStore *
_phaen_plan_get_edition_store (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return self->editions;
}

PhaenPlan *
_phaen_plan_get_edition_base (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return self->edition_base;
}

void
_phaen_plan_set_edition_base (PhaenPlan *self,
                              PhaenPlan *base)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (base == NULL || PHAEN_IS_PLAN (base));

  g_set_object (&self->edition_base, base);
}

void
_phaen_plan_refuse_edit (PhaenPlan    *self,
                         const GError *error)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (error != NULL);

  g_debug ("Edit refused: %s", error->message);
  g_signal_emit (self, signals[EDIT_REFUSED], 0, error);
}

void
_phaen_plan_emit_changed (PhaenPlan *self)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));

  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
_phaen_plan_note_change (PhaenPlan *self)
{
  gboolean was_pending;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), FALSE);

  was_pending = self->change_pending;
  self->change_pending = TRUE;
  return was_pending;
}

void
_phaen_plan_restore_change (PhaenPlan *self,
                            gboolean   was_pending)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));

  self->change_pending = was_pending;
}

gboolean
_phaen_plan_is_changing (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), FALSE);

  return self->change_pending;
}

void
_phaen_plan_add_step_watch (PhaenPlan    *self,
                            GCallback     callback,
                            gpointer      data)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));

  g_array_append_val (self->step_watches, ((StepWatch) { (PhaenStepWatchFunc) callback, data }));
}

void
_phaen_plan_remove_step_watch (PhaenPlan *self,
                               gpointer   data)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));

  for (guint i = self->step_watches->len; i > 0; i--)
    if (g_array_index (self->step_watches, StepWatch, i - 1).data == data)
      g_array_remove_index (self->step_watches, i - 1);
}

/* ---- Lookups ------------------------------------------------------------ */

PhaenStrategy *
phaen_plan_find_strategy (PhaenPlan  *self,
                          const char *id)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return phaen_catalogue_find_id (self->lists[LIST_STRATEGIES], id);
}

PhaenApproach *
phaen_plan_find_approach (PhaenPlan  *self,
                          const char *id)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return phaen_catalogue_find_id (self->lists[LIST_APPROACHES], id);
}

PhaenProgram *
phaen_plan_find_program (PhaenPlan  *self,
                         const char *id)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return phaen_catalogue_find_id (self->lists[LIST_PROGRAMS], id);
}

PhaenUnit *
phaen_plan_find_unit (PhaenPlan  *self,
                      const char *id)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return phaen_catalogue_find_id (self->lists[LIST_UNITS], id);
}

PhaenProject *
phaen_plan_find_project (PhaenPlan  *self,
                         const char *id)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return phaen_catalogue_find_id (self->lists[LIST_PROJECTS], id);
}

PhaenStrategy *
phaen_plan_find_strategy_by_name (PhaenPlan  *self,
                                  const char *name)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return phaen_catalogue_find_name (self->lists[LIST_STRATEGIES], NULL, name);
}

PhaenApproach *
phaen_plan_find_approach_by_name (PhaenPlan     *self,
                                  PhaenStrategy *strategy,
                                  const char    *name)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);
  g_return_val_if_fail (strategy == NULL || PHAEN_IS_STRATEGY (strategy), NULL);

  return phaen_catalogue_find_name (self->lists[LIST_APPROACHES], strategy, name);
}

PhaenProgram *
phaen_plan_find_program_by_name (PhaenPlan  *self,
                                 const char *name)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return phaen_catalogue_find_name (self->lists[LIST_PROGRAMS], NULL, name);
}

PhaenUnit *
phaen_plan_find_unit_by_name (PhaenPlan  *self,
                              const char *name)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return phaen_catalogue_find_name (self->lists[LIST_UNITS], NULL, name);
}

guint
phaen_plan_get_strategy_number (PhaenPlan     *self,
                                PhaenStrategy *strategy)
{
  guint position;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), 0);

  if (strategy == NULL)
    return 0;

  if (!phaen_catalogue_find (self->lists[LIST_STRATEGIES], strategy, &position))
    return 0;

  return position + 1;
}

/* ---- Getters ------------------------------------------------------------ */

const char *
phaen_plan_get_organisation_name (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return self->texts[PROP_ORGANISATION_NAME - FIRST_TEXT_PROP];
}

PhaenOrganisationKind
phaen_plan_get_organisation_kind (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), PHAEN_ORGANISATION_OTHER);

  return self->organisation_kind;
}

const char *
phaen_plan_get_district (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return self->texts[PROP_DISTRICT - FIRST_TEXT_PROP];
}

const char *
phaen_plan_get_province (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return self->texts[PROP_PROVINCE - FIRST_TEXT_PROP];
}

guint
phaen_plan_get_fiscal_year (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), 0);

  return self->fiscal_year;
}

PhaenEditionKind
phaen_plan_get_edition_kind (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), PHAEN_EDITION_ORIGINAL);

  return self->edition_kind;
}

guint
phaen_plan_get_edition_number (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), 0);

  return self->edition_number;
}

gboolean
phaen_plan_get_thai_digits (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), TRUE);

  return self->thai_digits;
}

PhaenBahttextStyle
phaen_plan_get_bahttext_style (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), PHAEN_BAHTTEXT_ROYAL_INSTITUTE);

  return self->bahttext_style;
}

PhaenGrouping
phaen_plan_get_grouping (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), PHAEN_GROUPING_PROGRAMS);

  return self->grouping;
}

gboolean
phaen_plan_get_equipment_in_summary (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), TRUE);

  return self->equipment_in_summary;
}

GBytes *
phaen_plan_get_emblem (PhaenPlan       *self,
                       PhaenEmblemKind  kind)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);
  g_return_val_if_fail ((guint) kind < PHAEN_EMBLEM_N_KINDS, NULL);

  return self->emblems[kind];
}

PhaenGroupFlow
phaen_plan_get_pd02_flow (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), PHAEN_GROUP_FLOW_PAGE_PER_GROUP);

  return self->pd02_flow;
}

const char *
phaen_plan_get_text (PhaenPlan  *self,
                     const char *property)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  for (guint i = 0; i < N_TEXTS; i++)
    {
      if (strcmp (text_property_names[i], property) == 0)
        return self->texts[i];
    }

  g_return_val_if_reached (NULL);
}

/* ---- Build API ------------------------------------------------------------ */

static void
append_object (PhaenPlan *self,
               gpointer   object)
{
  PhaenCatalogue *list = _phaen_plan_get_list_of (self, object);

  phaen_catalogue_ensure_id (list, object);
  phaen_catalogue_append (list, object);
}

void
phaen_plan_append_strategy (PhaenPlan     *self,
                            PhaenStrategy *strategy)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (PHAEN_IS_STRATEGY (strategy));

  append_object (self, strategy);
}

void
phaen_plan_append_approach (PhaenPlan     *self,
                            PhaenApproach *approach)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (PHAEN_IS_APPROACH (approach));

  append_object (self, approach);
}

void
phaen_plan_append_program (PhaenPlan    *self,
                           PhaenProgram *program)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (PHAEN_IS_PROGRAM (program));

  append_object (self, program);
}

void
phaen_plan_append_unit (PhaenPlan *self,
                        PhaenUnit *unit)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (PHAEN_IS_UNIT (unit));

  append_object (self, unit);
}

void
phaen_plan_append_project (PhaenPlan    *self,
                           PhaenProject *project)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));
  g_return_if_fail (PHAEN_IS_PROJECT (project));

  append_object (self, project);
}

void
phaen_plan_clear_programs (PhaenPlan *self)
{
  g_return_if_fail (PHAEN_IS_PLAN (self));

  phaen_catalogue_remove_all (self->lists[LIST_PROGRAMS]);
}

/* ---- Deep copy ------------------------------------------------------------ */

typedef struct
{
  /* original object → its copy (borrowed: the copy's lists or
   * @strays keep the copies alive) */
  GHashTable *copies;
  /* copies of objects referred to from the plan but not part of it (only
   * in a broken plan), owned */
  GPtrArray  *strays;
} CopyContext;

static GObject *copy_object (CopyContext *ctx,
                             GObject     *original);

/* The copy of @original: the one made already, or a new one that is not
 * part of the copied plan (a reference to an object outside the plan). */
static GObject *
copy_reference (CopyContext *ctx,
                GObject     *original)
{
  GObject *copy = g_hash_table_lookup (ctx->copies, original);

  if (copy != NULL)
    return copy;

  copy = copy_object (ctx, original);
  g_ptr_array_add (ctx->strays, copy);
  return copy;
}

/* A new object of the type of @original with every property copied and
 * every object-valued property pointing at the copy of its value. */
static GObject *
copy_object (CopyContext *ctx,
             GObject     *original)
{
  GParamSpec * const *pspecs;
  GObject *copy;
  guint n_pspecs;

  copy = g_object_new (G_OBJECT_TYPE (original), NULL);
  g_hash_table_insert (ctx->copies, original, copy);
  phaen_properties_copy (original, copy);

  pspecs = phaen_properties_list (original, &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      GObject *target = NULL;

      if (!G_IS_PARAM_SPEC_OBJECT (pspecs[i]) ||
          (pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE)
        continue;

      g_object_get (original, pspecs[i]->name, &target, NULL);
      if (target != NULL)
        {
          g_object_set (copy, pspecs[i]->name, copy_reference (ctx, target), NULL);
          g_object_unref (target);
        }
    }

  return copy;
}

PhaenPlan *
_phaen_plan_copy_content (PhaenPlan *self)
{
  CopyContext ctx;
  PhaenPlan *copy;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  /* Not phaen_plan_new(): the programs come from @self. */
  copy = g_object_new (PHAEN_TYPE_PLAN, NULL);
  phaen_properties_copy (G_OBJECT (self), G_OBJECT (copy));

  ctx.copies = g_hash_table_new (NULL, NULL);
  ctx.strays = g_ptr_array_new_with_free_func (g_object_unref);

  /* In this order, every reference points back to a list already
   * copied: approaches to strategies, projects to all four. */
  for (guint c = 0; c < N_LISTS; c++)
    {
      GListModel *model = G_LIST_MODEL (self->lists[c]);
      guint n = g_list_model_get_n_items (model);
      g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) original = g_list_model_get_item (model, i);

          g_ptr_array_add (items, copy_object (&ctx, original));
        }

      phaen_catalogue_splice (copy->lists[c], 0, 0, items->pdata, items->len);
      phaen_catalogue_continue_ids (copy->lists[c], self->lists[c]);
    }

  g_hash_table_unref (ctx.copies);
  g_ptr_array_unref (ctx.strays);

  return copy;
}

PhaenPlan *
phaen_plan_copy (PhaenPlan *self)
{
  PhaenPlan *copy;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  copy = _phaen_plan_copy_content (self);
  _phaen_plan_copy_editions (self, copy);

  return copy;
}

/* ---- Equality ------------------------------------------------------------- */

gboolean
phaen_plan_equal (PhaenPlan  *a,
                  PhaenPlan  *b,
                  char      **why)
{
  return phaen_plan_equal_full (a, b, PHAEN_PLAN_EQUAL_DEFAULT, why);
}

gboolean
phaen_plan_equal_full (PhaenPlan           *a,
                       PhaenPlan           *b,
                       PhaenPlanEqualFlags  flags,
                       char               **why)
{
  gboolean as_saved = (flags & PHAEN_PLAN_EQUAL_AS_SAVED) != 0;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (PHAEN_IS_PLAN (a), FALSE);
  g_return_val_if_fail (PHAEN_IS_PLAN (b), FALSE);

  if (why != NULL)
    *why = NULL;

  if (a == b)
    return TRUE;

  if (!phaen_properties_equal (G_OBJECT (a), G_OBJECT (b), as_saved, why ? &detail : NULL))
    {
      if (why != NULL)
        *why = g_strdup_printf ("plan: %s", detail);
      return FALSE;
    }

  for (guint c = 0; c < N_LISTS; c++)
    {
      GListModel *ma = G_LIST_MODEL (a->lists[c]);
      GListModel *mb = G_LIST_MODEL (b->lists[c]);
      guint na = g_list_model_get_n_items (ma);
      guint nb = g_list_model_get_n_items (mb);

      for (guint i = 0; i < MIN (na, nb); i++)
        {
          g_autoptr(GObject) ia = g_list_model_get_item (ma, i);
          g_autoptr(GObject) ib = g_list_model_get_item (mb, i);

          if (!phaen_properties_equal (ia, ib, as_saved, why ? &detail : NULL))
            {
              if (why != NULL)
                *why = g_strdup_printf ("%s %s: %s",
                                        list_info[c].singular,
                                        *phaen_item_get_id (PHAEN_ITEM (ia)) ? phaen_item_get_id (PHAEN_ITEM (ia)) : "(no id)",
                                        detail);
              return FALSE;
            }
        }

      if (na != nb)
        {
          if (why != NULL)
            *why = g_strdup_printf ("%s: %u items != %u items",
                                    list_info[c].plural, na, nb);
          return FALSE;
        }
    }

  return _phaen_plan_editions_equal (a, b, as_saved, why);
}

/* ---- The editions (their rules: phaen-plan-editions.c) -------------------- */

GListModel *
phaen_plan_get_editions (PhaenPlan *plan)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  return G_LIST_MODEL (_phaen_plan_get_edition_store (plan));
}

guint
phaen_plan_get_n_editions (PhaenPlan *plan)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (plan), 0);

  return g_list_model_get_n_items (phaen_plan_get_editions (plan));
}

PhaenEdition *
phaen_plan_get_edition (PhaenPlan *plan,
                        guint      n)
{
  GListModel *editions;
  g_autoptr(PhaenEdition) edition = NULL;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  editions = phaen_plan_get_editions (plan);
  if (n == 0 || n > g_list_model_get_n_items (editions))
    return NULL;

  edition = g_list_model_get_item (editions, n - 1);
  return edition;   /* the store keeps it */
}
