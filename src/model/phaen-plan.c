/* phaen-plan.c: the operations plan document (แผนการดำเนินงาน)
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
#include "phaen-money.h"
#include "phaen-plan-private.h"
#include "phaen-properties.h"
#include "phaen-schedule.h"
#include "phaen-text.h"

static const char *
object_get_id (gpointer object)
{
  if (object == NULL)
    return NULL;
  if (PHAEN_IS_PROJECT (object))
    return phaen_project_get_id (object);
  if (PHAEN_IS_ITEM (object))
    return phaen_item_get_id (object);

  g_return_val_if_reached (NULL);
}

/* ---- Collections with an id index ------------------------------------ */

typedef enum {
  COLLECTION_STRATEGIES,
  COLLECTION_APPROACHES,
  COLLECTION_PROGRAMS,
  COLLECTION_UNITS,
  COLLECTION_PROJECTS,
  N_COLLECTIONS
} CollectionIndex;

typedef struct
{
  PhaenPlan  *plan;           /* back pointer, unowned */
  GListStore *store;
  /* id (owned copy) → object (unowned, kept alive by members) */
  GHashTable *by_id;
  /* name key (owned, see name_key()) → object, for the catalogues whose
   * entries are looked up by name; NULL for projects */
  GHashTable *by_name;
  /* every object whose "notify::id" we watch (owned refs) */
  GHashTable *members;
  guint       next_number;    /* greater than every "<prefix><n>" id seen */
  gboolean    dirty;          /* by_id must be rebuilt before use */
  gboolean    names_dirty;    /* by_name must be rebuilt before use */
} Collection;

static const struct {
  const char *prefix;
  const char *singular;       /* used in plan_equal() descriptions */
  const char *plural;
} collection_info[N_COLLECTIONS] = {
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
  /* the others */
  PROP_ORGANISATION_KIND,
  PROP_FISCAL_YEAR,
  PROP_EDITION_KIND,
  PROP_EDITION_NUMBER,
  PROP_THAI_DIGITS,
  PROP_BAHTTEXT_STYLE,
  PROP_GROUPING,
  PROP_EQUIPMENT_IN_SUMMARY,
  N_PROPS
};

#define FIRST_TEXT_PROP PROP_ORGANISATION_NAME
#define N_TEXTS (PROP_BENEFITS_TEXT - PROP_ORGANISATION_NAME + 1)

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
};

enum {
  CHANGED,
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
  gboolean               thai_digits;
  PhaenBahttextStyle     bahttext_style;
  PhaenGrouping          grouping;
  gboolean               equipment_in_summary;

  PhaenHistory          *history;
  Collection             collections[N_COLLECTIONS];
  gboolean               change_pending;  /* a command changed the document */
  GArray                *step_watches;    /* StepWatch */
};

G_DEFINE_FINAL_TYPE (PhaenPlan, phaen_plan, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
on_member_id_changed (GObject    *object,
                      GParamSpec *pspec,
                      gpointer    user_data)
{
  Collection *c = user_data;

  c->dirty = TRUE;
}

/* "notify::name", and "notify::strategy" of an approach. */
static void
on_member_name_changed (GObject    *object,
                        GParamSpec *pspec,
                        gpointer    user_data)
{
  Collection *c = user_data;

  c->names_dirty = TRUE;
}

/* The key of @name in a name index: the name as phaen_text_normalize_name()
 * makes it, so that "กองช่าง" followed by a no-break space finds กองช่าง;
 * for an approach also qualified by its strategy ("<pointer>\n<name>": a
 * normalised name holds no line break, so the two kinds never meet). */
static char *
name_key (gpointer    strategy,
          const char *name)
{
  g_autofree char *normal = phaen_text_normalize_name (name);

  if (strategy == NULL)
    return g_steal_pointer (&normal);

  return g_strdup_printf ("%p\n%s", strategy, normal);
}

static void
collection_index_name (Collection *c,
                       gpointer    object)
{
  const char *name = phaen_item_get_name (object);
  char *key;

  /* With duplicate names the first one is found. */
  key = name_key (NULL, name);
  if (!g_hash_table_contains (c->by_name, key))
    g_hash_table_insert (c->by_name, key, object);
  else
    g_free (key);

  if (PHAEN_IS_APPROACH (object) && phaen_approach_get_strategy (object) != NULL)
    {
      key = name_key (phaen_approach_get_strategy (object), name);
      if (!g_hash_table_contains (c->by_name, key))
        g_hash_table_insert (c->by_name, key, object);
      else
        g_free (key);
    }
}

static void
collection_rebuild_names (Collection *c)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (c->store));

  g_hash_table_remove_all (c->by_name);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (G_LIST_MODEL (c->store), i);

      collection_index_name (c, object);
    }
  c->names_dirty = FALSE;
}

/* Numbers from ids of the form "<prefix><digits>" keep next_number ahead of
 * every id in use, so fresh ids never collide (and a removed object's id is
 * not handed out again while an undo could bring it back). */
static void
collection_note_id (Collection      *c,
                    CollectionIndex  index,
                    const char      *id)
{
  const char *prefix = collection_info[index].prefix;
  gsize prefix_len = strlen (prefix);
  guint64 number;

  if (id == NULL || strncmp (id, prefix, prefix_len) != 0 || id[prefix_len] == '\0')
    return;

  for (const char *p = id + prefix_len; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        return;
    }

  number = g_ascii_strtoull (id + prefix_len, NULL, 10);
  if (number < G_MAXUINT && number >= c->next_number)
    c->next_number = (guint) number + 1;
}

static void
collection_watch (Collection *c,
                  gpointer    object)
{
  if (g_hash_table_contains (c->members, object))
    return;

  g_hash_table_add (c->members, g_object_ref (object));
  g_signal_connect (object, "notify::id", G_CALLBACK (on_member_id_changed), c);
  if (c->by_name != NULL)
    {
      g_signal_connect (object, "notify::name", G_CALLBACK (on_member_name_changed), c);
      if (PHAEN_IS_APPROACH (object))
        g_signal_connect (object, "notify::strategy", G_CALLBACK (on_member_name_changed), c);
    }
}

static void
collection_unwatch (Collection *c,
                    gpointer    object)
{
  g_signal_handlers_disconnect_by_func (object, on_member_id_changed, c);
  if (c->by_name != NULL)
    g_signal_handlers_disconnect_by_func (object, on_member_name_changed, c);
}

static void
collection_index_object (Collection      *c,
                         CollectionIndex  index,
                         gpointer         object)
{
  const char *id = object_get_id (object);

  if (id == NULL || *id == '\0')
    return;

  /* With duplicate ids (an invalid plan) lookups find the first one. */
  if (!g_hash_table_contains (c->by_id, id))
    g_hash_table_insert (c->by_id, g_strdup (id), object);

  collection_note_id (c, index, id);
}

static void
collection_rebuild_index (Collection      *c,
                          CollectionIndex  index)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (c->store));

  g_hash_table_remove_all (c->by_id);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) object = g_list_model_get_item (G_LIST_MODEL (c->store), i);

      collection_index_object (c, index, object);
    }
  c->dirty = FALSE;
}

static CollectionIndex
collection_index_of (PhaenPlan  *self,
                     Collection *c)
{
  return (CollectionIndex) (c - self->collections);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  Collection *c = user_data;
  CollectionIndex index = collection_index_of (c->plan, c);

  if (removed == 0)
    {
      /* Appends and inserts (the common case while reading a file) keep the
       * index up to date incrementally. */
      for (guint i = position; i < position + added; i++)
        {
          g_autoptr(GObject) object = g_list_model_get_item (model, i);

          collection_watch (c, object);
          if (!c->dirty)
            collection_index_object (c, index, object);
          if (c->by_name != NULL && !c->names_dirty)
            collection_index_name (c, object);
        }
      return;
    }

  /* Something left: find out what, stop watching it, rebuild the index. */
  {
    g_autoptr(GHashTable) present = g_hash_table_new (NULL, NULL);
    guint n = g_list_model_get_n_items (model);
    GHashTableIter iter;
    gpointer object;

    for (guint i = 0; i < n; i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (model, i);

        g_hash_table_add (present, item);
        collection_watch (c, item);
      }

    g_hash_table_iter_init (&iter, c->members);
    while (g_hash_table_iter_next (&iter, &object, NULL))
      {
        if (!g_hash_table_contains (present, object))
          {
            collection_unwatch (c, object);
            g_hash_table_iter_remove (&iter);
          }
      }

    collection_rebuild_index (c, index);
    c->names_dirty = TRUE;
  }
}

static gpointer
collection_lookup (Collection      *c,
                   CollectionIndex  index,
                   const char      *id)
{
  if (id == NULL || *id == '\0')
    return NULL;

  if (c->dirty)
    collection_rebuild_index (c, index);

  return g_hash_table_lookup (c->by_id, id);
}

static void
collection_init (PhaenPlan       *self,
                 CollectionIndex  index,
                 GType            item_type)
{
  Collection *c = &self->collections[index];

  c->plan = self;
  c->store = g_list_store_new (item_type);
  c->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (index != COLLECTION_PROJECTS)
    c->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  c->members = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  c->next_number = 1;
  g_signal_connect (c->store, "items-changed", G_CALLBACK (on_items_changed), c);
}

static void
collection_clear (Collection *c)
{
  GHashTableIter iter;
  gpointer object;

  if (c->store == NULL)
    return;

  g_signal_handlers_disconnect_by_func (c->store, on_items_changed, c);
  g_hash_table_iter_init (&iter, c->members);
  while (g_hash_table_iter_next (&iter, &object, NULL))
    collection_unwatch (c, object);

  g_clear_pointer (&c->members, g_hash_table_unref);
  g_clear_pointer (&c->by_id, g_hash_table_unref);
  g_clear_pointer (&c->by_name, g_hash_table_unref);
  g_clear_object (&c->store);
}

static Collection *
collection_for_object (PhaenPlan       *self,
                       gpointer         object,
                       CollectionIndex *out_index)
{
  CollectionIndex index;

  if (PHAEN_IS_PROJECT (object))
    index = COLLECTION_PROJECTS;
  else if (PHAEN_IS_STRATEGY (object))
    index = COLLECTION_STRATEGIES;
  else if (PHAEN_IS_APPROACH (object))
    index = COLLECTION_APPROACHES;
  else if (PHAEN_IS_PROGRAM (object))
    index = COLLECTION_PROGRAMS;
  else if (PHAEN_IS_UNIT (object))
    index = COLLECTION_UNITS;
  else
    return NULL;

  if (out_index != NULL)
    *out_index = index;

  return &self->collections[index];
}

static void
phaen_plan_dispose (GObject *object)
{
  PhaenPlan *self = (PhaenPlan *)object;

  for (guint i = 0; i < N_COLLECTIONS; i++)
    collection_clear (&self->collections[i]);
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
      g_param_spec_string (text_property_names[i], NULL, NULL, "", flags);

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
    self->texts[i] = g_strdup ("");

  self->organisation_kind = PHAEN_ORGANISATION_SUBDISTRICT_MUNICIPALITY;
  self->fiscal_year = current_fiscal_year ();
  self->edition_kind = PHAEN_EDITION_ORIGINAL;
  self->edition_number = 0;
  self->thai_digits = TRUE;
  self->bahttext_style = PHAEN_BAHTTEXT_ROYAL_INSTITUTE;
  self->grouping = PHAEN_GROUPING_PROGRAMS;
  self->equipment_in_summary = TRUE;

  self->history = phaen_history_new ();
  self->step_watches = g_array_new (FALSE, FALSE, sizeof (StepWatch));
  g_signal_connect (self->history, "changed", G_CALLBACK (on_history_changed), self);

  collection_init (self, COLLECTION_STRATEGIES, PHAEN_TYPE_STRATEGY);
  collection_init (self, COLLECTION_APPROACHES, PHAEN_TYPE_APPROACH);
  collection_init (self, COLLECTION_PROGRAMS, PHAEN_TYPE_PROGRAM);
  collection_init (self, COLLECTION_UNITS, PHAEN_TYPE_UNIT);
  collection_init (self, COLLECTION_PROJECTS, PHAEN_TYPE_PROJECT);
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

/* ---- Collections ------------------------------------------------------ */

#define COLLECTION_MODEL(self, index) G_LIST_MODEL ((self)->collections[index].store)

GListModel *
phaen_plan_get_strategies (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return COLLECTION_MODEL (self, COLLECTION_STRATEGIES);
}

GListModel *
phaen_plan_get_approaches (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return COLLECTION_MODEL (self, COLLECTION_APPROACHES);
}

GListModel *
phaen_plan_get_programs (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return COLLECTION_MODEL (self, COLLECTION_PROGRAMS);
}

GListModel *
phaen_plan_get_units (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return COLLECTION_MODEL (self, COLLECTION_UNITS);
}

GListModel *
phaen_plan_get_projects (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return COLLECTION_MODEL (self, COLLECTION_PROJECTS);
}

GListStore *
_phaen_plan_get_strategy_store (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return self->collections[COLLECTION_STRATEGIES].store;
}

GListStore *
_phaen_plan_get_approach_store (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return self->collections[COLLECTION_APPROACHES].store;
}

GListStore *
_phaen_plan_get_program_store (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return self->collections[COLLECTION_PROGRAMS].store;
}

GListStore *
_phaen_plan_get_unit_store (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return self->collections[COLLECTION_UNITS].store;
}

GListStore *
_phaen_plan_get_project_store (PhaenPlan *self)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return self->collections[COLLECTION_PROJECTS].store;
}

void
_phaen_plan_ensure_id (PhaenPlan *self,
                       gpointer   object)
{
  CollectionIndex index;
  Collection *c;
  const char *id;
  g_autofree char *fresh = NULL;

  g_return_if_fail (PHAEN_IS_PLAN (self));

  c = collection_for_object (self, object, &index);
  g_return_if_fail (c != NULL);

  id = object_get_id (object);
  if (id != NULL && *id != '\0')
    return;

  if (c->dirty)
    collection_rebuild_index (c, index);

  do
    {
      g_free (fresh);
      fresh = g_strdup_printf ("%s%u", collection_info[index].prefix, c->next_number++);
    }
  while (g_hash_table_contains (c->by_id, fresh));

  g_object_set (object, "id", fresh, NULL);
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

  return collection_lookup (&self->collections[COLLECTION_STRATEGIES], COLLECTION_STRATEGIES, id);
}

PhaenApproach *
phaen_plan_find_approach (PhaenPlan  *self,
                          const char *id)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return collection_lookup (&self->collections[COLLECTION_APPROACHES], COLLECTION_APPROACHES, id);
}

PhaenProgram *
phaen_plan_find_program (PhaenPlan  *self,
                         const char *id)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return collection_lookup (&self->collections[COLLECTION_PROGRAMS], COLLECTION_PROGRAMS, id);
}

PhaenUnit *
phaen_plan_find_unit (PhaenPlan  *self,
                      const char *id)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return collection_lookup (&self->collections[COLLECTION_UNITS], COLLECTION_UNITS, id);
}

PhaenProject *
phaen_plan_find_project (PhaenPlan  *self,
                         const char *id)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return collection_lookup (&self->collections[COLLECTION_PROJECTS], COLLECTION_PROJECTS, id);
}

/* Hashed: an import may bring tens of thousands of distinct names. */
static gpointer
find_by_name (Collection    *c,
              const char    *name,
              PhaenStrategy *strategy)
{
  g_autofree char *key = NULL;

  if (name == NULL)
    return NULL;

  if (c->names_dirty)
    collection_rebuild_names (c);

  key = name_key (strategy, name);
  return g_hash_table_lookup (c->by_name, key);
}

PhaenStrategy *
phaen_plan_find_strategy_by_name (PhaenPlan  *self,
                                  const char *name)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return find_by_name (&self->collections[COLLECTION_STRATEGIES], name, NULL);
}

PhaenApproach *
phaen_plan_find_approach_by_name (PhaenPlan     *self,
                                  PhaenStrategy *strategy,
                                  const char    *name)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);
  g_return_val_if_fail (strategy == NULL || PHAEN_IS_STRATEGY (strategy), NULL);

  return find_by_name (&self->collections[COLLECTION_APPROACHES], name, strategy);
}

PhaenProgram *
phaen_plan_find_program_by_name (PhaenPlan  *self,
                                 const char *name)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return find_by_name (&self->collections[COLLECTION_PROGRAMS], name, NULL);
}

PhaenUnit *
phaen_plan_find_unit_by_name (PhaenPlan  *self,
                              const char *name)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  return find_by_name (&self->collections[COLLECTION_UNITS], name, NULL);
}

guint
phaen_plan_get_strategy_number (PhaenPlan     *self,
                                PhaenStrategy *strategy)
{
  guint position;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), 0);

  if (strategy == NULL)
    return 0;

  if (!g_list_store_find (self->collections[COLLECTION_STRATEGIES].store, strategy, &position))
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
  Collection *c = collection_for_object (self, object, NULL);

  g_return_if_fail (c != NULL);

  _phaen_plan_ensure_id (self, object);
  g_list_store_append (c->store, object);
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

  g_list_store_remove_all (self->collections[COLLECTION_PROGRAMS].store);
}

/* ---- Deep copy ------------------------------------------------------------ */

typedef struct
{
  /* original object → its copy (borrowed: the copy's collections or
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
  g_autofree GParamSpec **pspecs = NULL;
  GObject *copy;
  guint n_pspecs;

  copy = g_object_new (G_OBJECT_TYPE (original), NULL);
  g_hash_table_insert (ctx->copies, original, copy);
  phaen_properties_copy (original, copy);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (original), &n_pspecs);
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
phaen_plan_copy (PhaenPlan *self)
{
  CopyContext ctx;
  PhaenPlan *copy;

  g_return_val_if_fail (PHAEN_IS_PLAN (self), NULL);

  /* Not phaen_plan_new(): the programs come from @self. */
  copy = g_object_new (PHAEN_TYPE_PLAN, NULL);
  phaen_properties_copy (G_OBJECT (self), G_OBJECT (copy));

  ctx.copies = g_hash_table_new (NULL, NULL);
  ctx.strays = g_ptr_array_new_with_free_func (g_object_unref);

  /* In this order, every reference points back to a collection already
   * copied: approaches to strategies, projects to all four. */
  for (guint c = 0; c < N_COLLECTIONS; c++)
    {
      GListModel *model = G_LIST_MODEL (self->collections[c].store);
      guint n = g_list_model_get_n_items (model);
      g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) original = g_list_model_get_item (model, i);

          g_ptr_array_add (items, copy_object (&ctx, original));
        }

      g_list_store_splice (copy->collections[c].store, 0, 0, items->pdata, items->len);
      copy->collections[c].next_number =
        MAX (copy->collections[c].next_number, self->collections[c].next_number);
    }

  g_hash_table_unref (ctx.copies);
  g_ptr_array_unref (ctx.strays);

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

  for (guint c = 0; c < N_COLLECTIONS; c++)
    {
      GListModel *ma = G_LIST_MODEL (a->collections[c].store);
      GListModel *mb = G_LIST_MODEL (b->collections[c].store);
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
                                        collection_info[c].singular,
                                        *object_get_id (ia) ? object_get_id (ia) : "(no id)",
                                        detail);
              return FALSE;
            }
        }

      if (na != nb)
        {
          if (why != NULL)
            *why = g_strdup_printf ("%s: %u items != %u items",
                                    collection_info[c].plural, na, nb);
          return FALSE;
        }
    }

  return TRUE;
}
