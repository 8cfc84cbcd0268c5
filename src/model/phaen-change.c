/* phaen-change.c: what changed between two states of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * phaen_plan_diff() matches the entries of two plans by id, list by list;
 * phaen_changes_apply() plays such a list forwards or backwards on a
 * plan, checking each record against what the plan holds. Together they
 * are how an edition remembers its changes (a diff from the plan as it
 * was when the edition started) and how an earlier state is rebuilt (the
 * current plan with the later editions played backwards).
 *
 * Applying works in two phases, so that the order of the records does not
 * matter: first every list gets its new order (entries taken out, then
 * put in at their recorded places, lowest first, which rebuilds the list
 * exactly because the entries not moved keep their relative order); then
 * the fields are set, references resolved by id in the lists as they now
 * are.
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-catalogue.h"
#include "phaen-change.h"
#include "phaen-model-error.h"
#include "phaen-money.h"
#include "phaen-properties.h"
#include "phaen-schedule.h"
#include "phaen-text.h"

/* ---- Keywords, fields and labels ----------------------------------------- */

static const char * const kind_keywords[] = { "added", "removed", "moved", "changed" };
static const char * const target_keywords[PHAEN_CHANGE_N_TARGETS] = {
  "strategy", "approach", "program", "unit", "project",
};
static const char * const target_labels[PHAEN_CHANGE_N_TARGETS] = {
  N_("strategy"), N_("development approach"), N_("program"), N_("responsible unit"), N_("project"),
};

static const char * const strategy_fields[] = { "name", NULL };
static const char * const approach_fields[] = { "name", "strategy", NULL };
static const char * const program_fields[] = { "name", "standard", NULL };
static const char * const unit_fields[] = { "name", NULL };
/* Every project field but its id and its monitoring. */
static const char * const project_fields[] = {
  "name", "kind", "activities", "budget", "location", "strategy", "approach",
  "program", "unit", "schedule", "source", "target", "category",
  "equipment-type", "reference", NULL
};

static const char * const * const target_fields[PHAEN_CHANGE_N_TARGETS] = {
  strategy_fields, approach_fields, program_fields, unit_fields, project_fields,
};

static const struct {
  const char *property;
  const char *label;
} field_labels[] = {
  { "name", N_("name") },
  { "kind", N_("kind") },
  { "activities", N_("activities") },
  { "budget", N_("budget") },
  { "location", N_("location") },
  { "strategy", N_("strategy") },
  { "approach", N_("development approach") },
  { "program", N_("program") },
  { "unit", N_("responsible unit") },
  { "schedule", N_("months") },
  { "source", N_("funding source") },
  { "target", N_("target") },
  { "category", N_("equipment category") },
  { "equipment-type", N_("equipment type") },
  { "reference", N_("development plan reference") },
  { "standard", N_("standard program") },
};

const char *
phaen_change_kind_to_string (PhaenChangeKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_keywords), NULL);

  return kind_keywords[kind];
}

gboolean
phaen_change_kind_from_string (const char      *text,
                               PhaenChangeKind *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (kind_keywords); i++)
    if (strcmp (text, kind_keywords[i]) == 0)
      {
        *out = (PhaenChangeKind) i;
        return TRUE;
      }

  return FALSE;
}

const char *
phaen_change_target_to_string (PhaenChangeTarget target)
{
  g_return_val_if_fail ((guint) target < PHAEN_CHANGE_N_TARGETS, NULL);

  return target_keywords[target];
}

gboolean
phaen_change_target_from_string (const char        *text,
                                 PhaenChangeTarget *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  for (guint i = 0; text != NULL && i < PHAEN_CHANGE_N_TARGETS; i++)
    if (strcmp (text, target_keywords[i]) == 0)
      {
        *out = (PhaenChangeTarget) i;
        return TRUE;
      }

  return FALSE;
}

const char *
phaen_change_target_get_label (PhaenChangeTarget target)
{
  g_return_val_if_fail ((guint) target < PHAEN_CHANGE_N_TARGETS, NULL);

  return _(target_labels[target]);
}

const char * const *
phaen_change_target_fields (PhaenChangeTarget target)
{
  g_return_val_if_fail ((guint) target < PHAEN_CHANGE_N_TARGETS, NULL);

  return target_fields[target];
}

gboolean
phaen_change_field_is_recorded (PhaenChangeTarget  target,
                                const char        *property)
{
  g_return_val_if_fail ((guint) target < PHAEN_CHANGE_N_TARGETS, FALSE);

  return property != NULL && g_strv_contains ((const char * const *) target_fields[target], property);
}

const char *
phaen_change_field_get_label (const char *property)
{
  g_return_val_if_fail (property != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (strcmp (field_labels[i].property, property) == 0)
      return _(field_labels[i].label);

  return property;
}

static GType
target_type (PhaenChangeTarget target)
{
  switch (target)
    {
    case PHAEN_CHANGE_STRATEGY: return PHAEN_TYPE_STRATEGY;
    case PHAEN_CHANGE_APPROACH: return PHAEN_TYPE_APPROACH;
    case PHAEN_CHANGE_PROGRAM: return PHAEN_TYPE_PROGRAM;
    case PHAEN_CHANGE_UNIT: return PHAEN_TYPE_UNIT;
    case PHAEN_CHANGE_PROJECT: return PHAEN_TYPE_PROJECT;
    case PHAEN_CHANGE_N_TARGETS:
    default:
      g_return_val_if_reached (G_TYPE_INVALID);
    }
}

static GListModel *
target_list (PhaenPlan         *plan,
             PhaenChangeTarget  target)
{
  switch (target)
    {
    case PHAEN_CHANGE_STRATEGY: return phaen_plan_get_strategies (plan);
    case PHAEN_CHANGE_APPROACH: return phaen_plan_get_approaches (plan);
    case PHAEN_CHANGE_PROGRAM: return phaen_plan_get_programs (plan);
    case PHAEN_CHANGE_UNIT: return phaen_plan_get_units (plan);
    case PHAEN_CHANGE_PROJECT: return phaen_plan_get_projects (plan);
    case PHAEN_CHANGE_N_TARGETS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* ---- The record ----------------------------------------------------------- */

G_DEFINE_BOXED_TYPE (PhaenChange, phaen_change, phaen_change_ref, phaen_change_unref)

static void
change_field_free (gpointer data)
{
  PhaenChangeField *field = data;

  g_free (field->name);
  g_free (field->value);
  g_free (field);
}

PhaenChange *
phaen_change_new (PhaenChangeKind    kind,
                  PhaenChangeTarget  target,
                  const char        *id)
{
  PhaenChange *change;

  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_keywords), NULL);
  g_return_val_if_fail ((guint) target < PHAEN_CHANGE_N_TARGETS, NULL);

  change = g_new0 (PhaenChange, 1);
  change->ref_count = 1;
  change->kind = kind;
  change->target = target;
  change->id = g_strdup (id != NULL ? id : "");
  change->fields = g_ptr_array_new_with_free_func (change_field_free);

  return change;
}

PhaenChange *
phaen_change_ref (PhaenChange *change)
{
  g_return_val_if_fail (change != NULL, NULL);

  g_atomic_int_inc (&change->ref_count);
  return change;
}

void
phaen_change_unref (PhaenChange *change)
{
  g_return_if_fail (change != NULL);

  if (!g_atomic_int_dec_and_test (&change->ref_count))
    return;

  g_free (change->id);
  g_free (change->field);
  g_free (change->old_value);
  g_free (change->new_value);
  g_ptr_array_unref (change->fields);
  g_free (change);
}

void
phaen_change_add_field (PhaenChange *change,
                        const char  *name,
                        const char  *value)
{
  PhaenChangeField *field;

  g_return_if_fail (change != NULL);
  g_return_if_fail (name != NULL);

  field = g_new0 (PhaenChangeField, 1);
  field->name = g_strdup (name);
  field->value = g_strdup (value != NULL ? value : "");
  g_ptr_array_add (change->fields, field);
}

const char *
phaen_change_get_field (PhaenChange *change,
                        const char  *name)
{
  g_return_val_if_fail (change != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < change->fields->len; i++)
    {
      PhaenChangeField *field = g_ptr_array_index (change->fields, i);

      if (strcmp (field->name, name) == 0)
        return field->value;
    }

  return NULL;
}

static gboolean
values_equal (const char *property,
              const char *a,
              const char *b,
              gboolean    as_saved)
{
  g_autofree char *na = NULL;
  g_autofree char *nb = NULL;

  if (g_strcmp0 (a, b) == 0)
    return TRUE;
  if (!as_saved || a == NULL || b == NULL || !phaen_text_property_is_name (property))
    return FALSE;

  na = phaen_text_normalize_name (a);
  nb = phaen_text_normalize_name (b);
  return strcmp (na, nb) == 0;
}

gboolean
phaen_change_equal (PhaenChange *a,
                    PhaenChange *b,
                    gboolean     as_saved)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  if (a->kind != b->kind || a->target != b->target ||
      g_strcmp0 (a->id, b->id) != 0 || a->fields->len != b->fields->len)
    return FALSE;

  switch (a->kind)
    {
    case PHAEN_CHANGE_ADDED:
      if (a->to != b->to)
        return FALSE;
      break;
    case PHAEN_CHANGE_REMOVED:
      if (a->from != b->from)
        return FALSE;
      break;
    case PHAEN_CHANGE_MOVED:
      if (a->from != b->from || a->to != b->to)
        return FALSE;
      break;
    case PHAEN_CHANGE_CHANGED:
    default:
      if (g_strcmp0 (a->field, b->field) != 0 ||
          !values_equal (a->field, a->old_value, b->old_value, as_saved) ||
          !values_equal (a->field, a->new_value, b->new_value, as_saved))
        return FALSE;
      break;
    }

  for (guint i = 0; i < a->fields->len; i++)
    {
      PhaenChangeField *fa = g_ptr_array_index (a->fields, i);
      PhaenChangeField *fb = g_ptr_array_index (b->fields, i);

      if (strcmp (fa->name, fb->name) != 0 ||
          !values_equal (fa->name, fa->value, fb->value, as_saved))
        return FALSE;
    }

  return TRUE;
}

/* ---- Values as text -------------------------------------------------------- */

static GParamSpec *
find_field (GObject    *object,
            const char *property)
{
  return g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
}

char *
phaen_change_value_text (GObject    *object,
                         const char *property)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec;
  GType type;

  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  pspec = find_field (object, property);
  g_return_val_if_fail (pspec != NULL, NULL);

  type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_value_init (&value, type);
  g_object_get_property (object, property, &value);

  if (type == G_TYPE_STRING)
    return g_strdup (g_value_get_string (&value) != NULL ? g_value_get_string (&value) : "");
  if (type == G_TYPE_INT64)
    return phaen_money_format_plain (g_value_get_int64 (&value));
  if (type == G_TYPE_BOOLEAN)
    return g_strdup (g_value_get_boolean (&value) ? "true" : "false");
  if (type == G_TYPE_UINT)
    {
      if (strcmp (property, "schedule") == 0 || strcmp (property, "actual-schedule") == 0)
        return phaen_schedule_format (g_value_get_uint (&value));
      return g_strdup_printf ("%u", g_value_get_uint (&value));
    }
  if (G_TYPE_IS_ENUM (type))
    {
      const char *nick = phaen_enum_to_nick (type, g_value_get_enum (&value));

      return g_strdup (nick != NULL ? nick : "");
    }
  if (g_type_is_a (type, G_TYPE_OBJECT))
    {
      GObject *target = g_value_get_object (&value);

      if (target == NULL || !PHAEN_IS_ITEM (target))
        return g_strdup ("");
      return g_strdup (phaen_item_get_id (PHAEN_ITEM (target)));
    }

  g_return_val_if_reached (g_strdup (""));
}

/* The entry of @plan with @id in the list that holds objects of @type,
 * or NULL. */
static gpointer
find_in_plan (PhaenPlan  *plan,
              GType       type,
              const char *id)
{
  if (type == PHAEN_TYPE_STRATEGY)
    return phaen_plan_find_strategy (plan, id);
  if (type == PHAEN_TYPE_APPROACH)
    return phaen_plan_find_approach (plan, id);
  if (type == PHAEN_TYPE_PROGRAM)
    return phaen_plan_find_program (plan, id);
  if (type == PHAEN_TYPE_UNIT)
    return phaen_plan_find_unit (plan, id);
  if (type == PHAEN_TYPE_PROJECT)
    return phaen_plan_find_project (plan, id);

  return NULL;
}

static gboolean
is_reference (GObject    *object,
              const char *property)
{
  GParamSpec *pspec = find_field (object, property);

  return pspec != NULL && G_IS_PARAM_SPEC_OBJECT (pspec);
}

/* Sets @property of @object (an entry of @plan, or one being put back
 * into it) from its record text; references are resolved in @plan. */
static gboolean
set_value_text (PhaenPlan          *plan,
                GObject            *object,
                PhaenChangeTarget   target,
                const char         *id,
                const char         *property,
                const char         *text,
                GError            **error)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec = find_field (object, property);
  gboolean ok = TRUE;
  GType type;

  if (pspec == NULL || !phaen_change_field_is_recorded (target, property))
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("%s “%s”: “%s” is not a field an edition records"),
                   phaen_change_target_get_label (target), id, property);
      return FALSE;
    }

  type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  g_value_init (&value, type);

  if (type == G_TYPE_STRING)
    g_value_set_string (&value, text);
  else if (type == G_TYPE_INT64)
    {
      gint64 satang = 0;

      ok = phaen_money_parse (text, PHAEN_MONEY_PARSE_DEFAULT, &satang, NULL) && satang >= 0;
      g_value_set_int64 (&value, satang);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      ok = strcmp (text, "true") == 0 || strcmp (text, "false") == 0;
      g_value_set_boolean (&value, strcmp (text, "true") == 0);
    }
  else if (type == G_TYPE_UINT)
    {
      guint mask = 0;

      ok = phaen_schedule_parse (text, &mask, NULL) && mask <= PHAEN_SCHEDULE_ALL;
      g_value_set_uint (&value, mask);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      int number = 0;

      ok = phaen_enum_from_nick (type, text, &number);
      g_value_set_enum (&value, number);
    }
  else if (g_type_is_a (type, G_TYPE_OBJECT))
    {
      gpointer target_object = NULL;

      if (text[0] != '\0')
        {
          target_object = find_in_plan (plan, type, text);
          if (target_object == NULL)
            {
              g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                           _("the %s of %s “%s” refers to “%s”, which the plan does not have"),
                           phaen_change_field_get_label (property),
                           phaen_change_target_get_label (target), id, text);
              return FALSE;
            }
        }
      g_value_set_object (&value, target_object);
    }
  else
    ok = FALSE;

  if (!ok)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("the %s of %s “%s”: “%s” is not a valid value"),
                   phaen_change_field_get_label (property),
                   phaen_change_target_get_label (target), id, text);
      return FALSE;
    }

  g_object_set_property (object, property, &value);
  return TRUE;
}

char *
phaen_change_normalize_value (PhaenChangeTarget   target,
                              const char         *property,
                              const char         *text,
                              GError            **error)
{
  g_autoptr(GTypeClass) klass = NULL;
  GParamSpec *pspec;
  GType type;
  gboolean ok = TRUE;
  char *result = NULL;

  g_return_val_if_fail ((guint) target < PHAEN_CHANGE_N_TARGETS, NULL);
  g_return_val_if_fail (property != NULL && text != NULL, NULL);

  klass = g_type_class_ref (target_type (target));
  pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), property);
  if (pspec == NULL || !phaen_change_field_is_recorded (target, property))
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("“%s” is not a field an edition records for a %s"),
                   property, phaen_change_target_get_label (target));
      return NULL;
    }

  type = G_PARAM_SPEC_VALUE_TYPE (pspec);
  if (type == G_TYPE_STRING)
    result = phaen_text_property_is_name (property) ? phaen_text_normalize_name (text)
                                                    : g_strdup (text);
  else if (type == G_TYPE_INT64)
    {
      gint64 satang = 0;

      ok = phaen_money_parse (text, PHAEN_MONEY_PARSE_DEFAULT, &satang, NULL);
      if (ok)
        result = phaen_money_format_plain (satang);
    }
  else if (type == G_TYPE_BOOLEAN)
    {
      ok = strcmp (text, "true") == 0 || strcmp (text, "false") == 0;
      if (ok)
        result = g_strdup (text);
    }
  else if (type == G_TYPE_UINT)
    {
      guint mask = 0;

      ok = phaen_schedule_parse (text, &mask, NULL) && mask <= PHAEN_SCHEDULE_ALL;
      if (ok)
        result = phaen_schedule_format (mask);
    }
  else if (G_TYPE_IS_ENUM (type))
    {
      int number;

      ok = phaen_enum_from_nick (type, text, &number);
      if (ok)
        result = g_strdup (text);
    }
  else if (g_type_is_a (type, G_TYPE_OBJECT))
    result = g_strdup (text);
  else
    ok = FALSE;

  if (!ok)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("“%s” is not a valid %s"), text, phaen_change_field_get_label (property));
      return NULL;
    }

  return result;
}

char *
phaen_change_default_value (PhaenChangeTarget  target,
                            const char        *property)
{
  g_autoptr(GObject) fresh = NULL;

  g_return_val_if_fail ((guint) target < PHAEN_CHANGE_N_TARGETS, NULL);
  g_return_val_if_fail (phaen_change_field_is_recorded (target, property), NULL);

  fresh = g_object_new (target_type (target), NULL);
  return phaen_change_value_text (fresh, property);
}

/* ---- Diff ------------------------------------------------------------------ */

static const char *
item_id (gpointer item)
{
  return phaen_item_get_id (PHAEN_ITEM (item));
}

static PhaenChange *
snapshot (PhaenChangeKind    kind,
          PhaenChangeTarget  target,
          GObject           *item)
{
  PhaenChange *change = phaen_change_new (kind, target, item_id (item));
  const char * const *fields = target_fields[target];

  for (guint f = 0; fields[f] != NULL; f++)
    {
      g_autofree char *value = phaen_change_value_text (item, fields[f]);

      phaen_change_add_field (change, fields[f], value);
    }

  return change;
}

/* Marks in @stable the elements of @values that form a longest strictly
 * increasing subsequence (patience sorting, O(n log n)). */
static void
longest_increasing (const guint *values,
                    guint        n,
                    gboolean    *stable)
{
  g_autofree guint *tails = g_new (guint, n + 1);      /* index of the last element of a run of length k+1 */
  g_autofree guint *previous = g_new (guint, n + 1);
  guint length = 0;

  for (guint i = 0; i < n; i++)
    {
      guint low = 0, high = length;

      while (low < high)
        {
          guint middle = (low + high) / 2;

          if (values[tails[middle]] < values[i])
            low = middle + 1;
          else
            high = middle;
        }

      previous[i] = low > 0 ? tails[low - 1] : G_MAXUINT;
      tails[low] = i;
      if (low == length)
        length++;
    }

  memset (stable, 0, n * sizeof *stable);
  if (length > 0)
    for (guint i = tails[length - 1]; i != G_MAXUINT; i = previous[i])
      stable[i] = TRUE;
}

static void
diff_list (GPtrArray         *out,
           PhaenChangeTarget  target,
           GListModel        *before,
           GListModel        *after)
{
  guint nb = g_list_model_get_n_items (before);
  guint na = g_list_model_get_n_items (after);
  g_autoptr(GHashTable) before_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) after_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) before_items = g_ptr_array_new_full (nb, g_object_unref);
  g_autoptr(GPtrArray) after_items = g_ptr_array_new_full (na, g_object_unref);
  g_autofree guint *kept_from = g_new (guint, na + 1);
  g_autofree gboolean *stable = g_new (gboolean, na + 1);
  const char * const *fields = target_fields[target];
  guint n_kept = 0;

  for (guint i = 0; i < nb; i++)
    {
      GObject *item = g_list_model_get_item (before, i);

      g_ptr_array_add (before_items, item);
      if (!g_hash_table_contains (before_index, item_id (item)))
        g_hash_table_insert (before_index, (gpointer) item_id (item), GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0; i < na; i++)
    {
      GObject *item = g_list_model_get_item (after, i);

      g_ptr_array_add (after_items, item);
      if (!g_hash_table_contains (after_index, item_id (item)))
        g_hash_table_insert (after_index, (gpointer) item_id (item), GUINT_TO_POINTER (i + 1));
    }

  /* Removed, in their old order. */
  for (guint i = 0; i < nb; i++)
    {
      GObject *item = g_ptr_array_index (before_items, i);

      if (!g_hash_table_contains (after_index, item_id (item)))
        {
          PhaenChange *change = snapshot (PHAEN_CHANGE_REMOVED, target, item);

          change->from = i;
          g_ptr_array_add (out, change);
        }
    }

  /* The entries in both, in their new order: those in the longest run
   * that keeps the old order stay; the others moved. */
  for (guint i = 0; i < na; i++)
    {
      gpointer found = g_hash_table_lookup (before_index, item_id (g_ptr_array_index (after_items, i)));

      if (found != NULL)
        kept_from[n_kept++] = GPOINTER_TO_UINT (found) - 1;
    }
  longest_increasing (kept_from, n_kept, stable);

  n_kept = 0;
  for (guint i = 0; i < na; i++)
    {
      GObject *item = g_ptr_array_index (after_items, i);
      gpointer found = g_hash_table_lookup (before_index, item_id (item));
      GObject *old;
      guint from;

      if (found == NULL)
        {
          PhaenChange *change = snapshot (PHAEN_CHANGE_ADDED, target, item);

          change->to = i;
          g_ptr_array_add (out, change);
          continue;
        }

      from = GPOINTER_TO_UINT (found) - 1;
      old = g_ptr_array_index (before_items, from);
      if (!stable[n_kept++])
        {
          PhaenChange *change = phaen_change_new (PHAEN_CHANGE_MOVED, target, item_id (item));

          change->from = from;
          change->to = i;
          g_ptr_array_add (out, change);
        }

      for (guint f = 0; fields[f] != NULL; f++)
        {
          g_autofree char *old_value = phaen_change_value_text (old, fields[f]);
          g_autofree char *new_value = phaen_change_value_text (item, fields[f]);

          /* A name still being typed ("กองช่าง ") is the name a file
           * keeps: no change of its own. */
          if (strcmp (old_value, new_value) != 0 &&
              !values_equal (fields[f], old_value, new_value, TRUE))
            {
              PhaenChange *change = phaen_change_new (PHAEN_CHANGE_CHANGED, target, item_id (item));

              change->from = from;
              change->to = i;
              change->field = g_strdup (fields[f]);
              change->old_value = g_steal_pointer (&old_value);
              change->new_value = g_steal_pointer (&new_value);
              g_ptr_array_add (out, change);
            }
        }
    }
}

GPtrArray *
phaen_plan_diff (PhaenPlan *before,
                 PhaenPlan *after)
{
  GPtrArray *changes;

  g_return_val_if_fail (PHAEN_IS_PLAN (before), NULL);
  g_return_val_if_fail (PHAEN_IS_PLAN (after), NULL);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) phaen_change_unref);
  for (guint t = 0; t < PHAEN_CHANGE_N_TARGETS; t++)
    diff_list (changes, t, target_list (before, t), target_list (after, t));

  return changes;
}

/* ---- Apply ------------------------------------------------------------------ */

typedef enum
{
  OP_INSERT,   /* added forwards, removed backwards */
  OP_DELETE,   /* removed forwards, added backwards */
  OP_MOVE,
  OP_SET,
} OpKind;

typedef struct
{
  OpKind       kind;
  PhaenChange *change;    /* borrowed */
  guint        index;     /* in the caller's array, for errors */
  guint        pre;       /* position before (delete, move) */
  guint        post;      /* position after (insert, move) */
  const char  *expect;    /* set: the value there now */
  const char  *value;     /* set: the value to put */
  GObject     *object;    /* insert, move: the entry (owned) */
} Op;

static void
op_clear (gpointer data)
{
  Op *op = data;

  g_clear_object (&op->object);
}

static gboolean
fail (GError **error,
      guint   *failed,
      guint    index)
{
  if (failed != NULL)
    *failed = index;
  return FALSE;
}

static gint
compare_post (gconstpointer a,
              gconstpointer b)
{
  const Op *oa = *(const Op * const *) a;
  const Op *ob = *(const Op * const *) b;

  if (oa->post != ob->post)
    return oa->post < ob->post ? -1 : 1;
  return oa->index < ob->index ? -1 : (oa->index > ob->index ? 1 : 0);
}

/* Checks that the recorded fields of @change match @item: an entry about
 * to be taken out must be the one recorded. */
static gboolean
check_fields (PhaenChange  *change,
              GObject      *item,
              gboolean      backward,
              GError      **error)
{
  for (guint i = 0; i < change->fields->len; i++)
    {
      PhaenChangeField *field = g_ptr_array_index (change->fields, i);
      g_autofree char *there = NULL;

      if (find_field (item, field->name) == NULL ||
          !phaen_change_field_is_recorded (change->target, field->name))
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("%s “%s”: “%s” is not a field an edition records"),
                       phaen_change_target_get_label (change->target), change->id, field->name);
          return FALSE;
        }

      there = phaen_change_value_text (item, field->name);
      if (strcmp (there, field->value) != 0)
        {
          if (backward)
            g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                         _("%s “%s” is recorded as added with the %s “%s”, but the plan has “%s”"),
                         phaen_change_target_get_label (change->target), change->id,
                         phaen_change_field_get_label (field->name), field->value, there);
          else
            g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                         _("%s “%s” is recorded as removed with the %s “%s”, but the plan has “%s”"),
                         phaen_change_target_get_label (change->target), change->id,
                         phaen_change_field_get_label (field->name), field->value, there);
          return FALSE;
        }
    }

  return TRUE;
}

/* Phase 1 for one list: the entries taken out, moved and put in. */
static gboolean
apply_structure (PhaenPlan          *plan,
                 PhaenChangeTarget   target,
                 GPtrArray          *ops,
                 gboolean            backward,
                 guint              *failed,
                 GError            **error)
{
  PhaenCatalogue *list = PHAEN_CATALOGUE (target_list (plan, target));
  GListModel *model = G_LIST_MODEL (list);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);
  g_autoptr(GPtrArray) placed = g_ptr_array_new ();   /* Op*, inserts and moves */
  g_autofree gboolean *taken = g_new0 (gboolean, n + 1);
  g_autoptr(GHashTable) present = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) result = NULL;
  gboolean any = FALSE;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, g_list_model_get_item (model, i));

  /* What leaves its place must be there. */
  for (guint k = 0; k < ops->len; k++)
    {
      Op *op = g_ptr_array_index (ops, k);
      GObject *there;

      if (op->kind != OP_DELETE && op->kind != OP_MOVE)
        continue;

      there = op->pre < n ? g_ptr_array_index (items, op->pre) : NULL;
      if (there == NULL || strcmp (item_id (there), op->change->id) != 0 || taken[op->pre])
        {
          const char *label = phaen_change_target_get_label (target);

          if (op->kind == OP_MOVE)
            g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                         backward
                         ? _("%s “%s” is recorded as moved to position %u, but the plan does not have it there")
                         : _("%s “%s” is recorded as moved from position %u, but the plan does not have it there"),
                         label, op->change->id, op->pre + 1);
          else
            g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                         backward
                         ? _("%s “%s” is recorded as added at position %u, but the plan does not have it there")
                         : _("%s “%s” is recorded as removed from position %u, but the plan does not have it there"),
                         label, op->change->id, op->pre + 1);
          return fail (error, failed, op->index);
        }

      if (op->kind == OP_DELETE && !check_fields (op->change, there, backward, error))
        return fail (error, failed, op->index);

      taken[op->pre] = TRUE;
      any = TRUE;
      if (op->kind == OP_MOVE)
        {
          op->object = g_object_ref (there);
          g_ptr_array_add (placed, op);
        }
    }

  result = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    if (!taken[i])
      {
        GObject *item = g_ptr_array_index (items, i);

        g_ptr_array_add (result, g_object_ref (item));
        g_hash_table_add (present, (gpointer) item_id (item));
      }
  for (guint k = 0; k < placed->len; k++)
    g_hash_table_add (present, (gpointer) item_id (((Op *) g_ptr_array_index (placed, k))->object));

  /* New entries: their plain fields now, references in phase 2. */
  for (guint k = 0; k < ops->len; k++)
    {
      Op *op = g_ptr_array_index (ops, k);
      GObject *entry;

      if (op->kind != OP_INSERT)
        continue;

      if (g_hash_table_contains (present, op->change->id))
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       backward
                       ? _("%s “%s” is recorded as removed, but the plan still has it")
                       : _("%s “%s” is recorded as added, but the plan has it already"),
                       phaen_change_target_get_label (target), op->change->id);
          return fail (error, failed, op->index);
        }

      entry = g_object_new (target_type (target), NULL);
      phaen_item_set_id (PHAEN_ITEM (entry), op->change->id);
      op->object = entry;
      g_hash_table_add (present, (gpointer) op->change->id);
      for (guint f = 0; f < op->change->fields->len; f++)
        {
          PhaenChangeField *field = g_ptr_array_index (op->change->fields, f);

          if (find_field (entry, field->name) != NULL && is_reference (entry, field->name))
            continue;
          if (!set_value_text (plan, entry, target, op->change->id, field->name, field->value, error))
            return fail (error, failed, op->index);
        }
      g_ptr_array_add (placed, op);
      any = TRUE;
    }

  if (!any)
    return TRUE;

  /* Lowest place first: the entries that stayed keep their order, so
   * this gives back exactly the recorded list. */
  g_ptr_array_sort (placed, compare_post);
  for (guint k = 0; k < placed->len; k++)
    {
      Op *op = g_ptr_array_index (placed, k);

      if (op->post > result->len)
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("%s “%s” is recorded at position %u, beyond the end of its list"),
                       phaen_change_target_get_label (target), op->change->id, op->post + 1);
          return fail (error, failed, op->index);
        }
      g_ptr_array_insert (result, op->post, g_object_ref (op->object));
    }

  phaen_catalogue_splice (list, 0, n, result->pdata, result->len);
  return TRUE;
}

/* Phase 2 for one list: references of new entries, changed fields. */
static gboolean
apply_fields (PhaenPlan          *plan,
              PhaenChangeTarget   target,
              GPtrArray          *ops,
              gboolean            backward,
              guint              *failed,
              GError            **error)
{
  for (guint k = 0; k < ops->len; k++)
    {
      Op *op = g_ptr_array_index (ops, k);

      if (op->kind == OP_INSERT)
        {
          for (guint f = 0; f < op->change->fields->len; f++)
            {
              PhaenChangeField *field = g_ptr_array_index (op->change->fields, f);

              if (!is_reference (op->object, field->name))
                continue;
              if (!set_value_text (plan, op->object, target, op->change->id,
                                   field->name, field->value, error))
                return fail (error, failed, op->index);
            }
        }
      else if (op->kind == OP_SET)
        {
          GObject *item = find_in_plan (plan, target_type (target), op->change->id);
          g_autofree char *there = NULL;

          if (item == NULL)
            {
              g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                           _("%s “%s” is recorded as changed, but the plan has no such entry"),
                           phaen_change_target_get_label (target), op->change->id);
              return fail (error, failed, op->index);
            }
          if (op->change->field == NULL || find_field (item, op->change->field) == NULL ||
              !phaen_change_field_is_recorded (target, op->change->field))
            {
              g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                           _("%s “%s”: “%s” is not a field an edition records"),
                           phaen_change_target_get_label (target), op->change->id,
                           op->change->field != NULL ? op->change->field : "");
              return fail (error, failed, op->index);
            }

          there = phaen_change_value_text (item, op->change->field);
          if (strcmp (there, op->expect) != 0)
            {
              g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                           backward
                           ? _("the %s of %s “%s” is recorded as changed to “%s”, but the plan has “%s”")
                           : _("the %s of %s “%s” is recorded as changed from “%s”, but the plan has “%s”"),
                           phaen_change_field_get_label (op->change->field),
                           phaen_change_target_get_label (target), op->change->id,
                           op->expect, there);
              return fail (error, failed, op->index);
            }
          if (!set_value_text (plan, item, target, op->change->id,
                               op->change->field, op->value, error))
            return fail (error, failed, op->index);
        }
    }

  return TRUE;
}

gboolean
phaen_changes_apply (PhaenPlan  *plan,
                     GPtrArray  *changes,
                     gboolean    backward,
                     guint      *failed,
                     GError    **error)
{
  GPtrArray *ops[PHAEN_CHANGE_N_TARGETS] = { NULL, };
  g_autofree Op *storage = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (changes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  storage = g_new0 (Op, changes->len + 1);
  for (guint t = 0; t < PHAEN_CHANGE_N_TARGETS; t++)
    ops[t] = g_ptr_array_new ();

  for (guint i = 0; i < changes->len; i++)
    {
      PhaenChange *change = g_ptr_array_index (changes, i);
      Op *op = &storage[i];

      g_return_val_if_fail (change != NULL && (guint) change->target < PHAEN_CHANGE_N_TARGETS, FALSE);

      op->change = change;
      op->index = i;
      switch (change->kind)
        {
        case PHAEN_CHANGE_ADDED:
          op->kind = backward ? OP_DELETE : OP_INSERT;
          op->pre = change->to;
          op->post = change->to;
          break;
        case PHAEN_CHANGE_REMOVED:
          op->kind = backward ? OP_INSERT : OP_DELETE;
          op->pre = change->from;
          op->post = change->from;
          break;
        case PHAEN_CHANGE_MOVED:
          op->kind = OP_MOVE;
          op->pre = backward ? change->to : change->from;
          op->post = backward ? change->from : change->to;
          break;
        case PHAEN_CHANGE_CHANGED:
        default:
          op->kind = OP_SET;
          op->expect = backward ? change->new_value : change->old_value;
          op->value = backward ? change->old_value : change->new_value;
          if (op->expect == NULL)
            op->expect = "";
          if (op->value == NULL)
            op->value = "";
          break;
        }
      g_ptr_array_add (ops[change->target], op);
    }

  /* Strategies first: approaches refer to them, projects to all four. */
  for (guint t = 0; t < PHAEN_CHANGE_N_TARGETS && ok; t++)
    ok = apply_structure (plan, t, ops[t], backward, failed, error);
  for (guint t = 0; t < PHAEN_CHANGE_N_TARGETS && ok; t++)
    ok = apply_fields (plan, t, ops[t], backward, failed, error);

  for (guint i = 0; i < changes->len; i++)
    op_clear (&storage[i]);
  for (guint t = 0; t < PHAEN_CHANGE_N_TARGETS; t++)
    g_ptr_array_unref (ops[t]);

  return ok;
}
