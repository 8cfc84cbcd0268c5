/* phaen-outline.c: the plan as a tree, for the app's outline view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The outline does not patch itself event by event. Whenever the plan's
 * shape may have changed (a list of the plan changed, a project changed
 * group, budget or name, an entry was renamed) it works out the whole
 * tree again from the plan, then brings every list of nodes to it with
 * one splice over the span between the first and the last difference, as
 * GNOME Calendar's event list reports removals: nodes are reused (groups
 * by their item under the same parent, projects by project anywhere), so
 * a list that did not change emits nothing and a property that did not
 * change is not notified. Within a step of the history (the commands of
 * one edit, of a phaen_plan_edit_begin/end, of an undo or a redo) the
 * work waits for the end of the step, so that a project moved to another
 * strategy, approach and program is one move, not three.
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-outline.h"
#include "phaen-outline-node-private.h"
#include "phaen-plan-private.h"

struct _PhaenOutline
{
  GObject     parent_instance;

  PhaenPlan  *plan;
  GListStore *roots;           /* PhaenOutlineNode of the strategies */
  GHashTable *project_nodes;   /* PhaenProject* → PhaenOutlineNode* (owned) */
  GHashTable *watched;         /* objects whose "notify" we hear (owned) */
  gboolean    dirty;           /* the plan changed since the last sync */
};

static void phaen_outline_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PhaenOutline, phaen_outline, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      phaen_outline_list_model_init))

/* Stands for "none" (no strategy, approach or program) as a hash key. */
static const char none_key;
#define NONE ((gpointer) &none_key)
#define KEY(object) ((object) != NULL ? (gpointer) (object) : NONE)
#define UNKEY(key) ((key) == NONE ? NULL : (key))

/* The lists whose changes the outline shows (units it does not). */
static GListModel *(* const plan_lists[]) (PhaenPlan *) = {
  phaen_plan_get_strategies,
  phaen_plan_get_approaches,
  phaen_plan_get_programs,
  phaen_plan_get_projects,
};

/* ---- GListModel ------------------------------------------------------- */

static GType
phaen_outline_get_item_type (GListModel *model)
{
  return PHAEN_TYPE_OUTLINE_NODE;
}

static guint
phaen_outline_get_n_items (GListModel *model)
{
  PhaenOutline *self = PHAEN_OUTLINE (model);

  return g_list_model_get_n_items (G_LIST_MODEL (self->roots));
}

static gpointer
phaen_outline_get_item (GListModel *model,
                        guint       position)
{
  PhaenOutline *self = PHAEN_OUTLINE (model);

  return g_list_model_get_item (G_LIST_MODEL (self->roots), position);
}

static void
phaen_outline_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = phaen_outline_get_item_type;
  iface->get_n_items = phaen_outline_get_n_items;
  iface->get_item = phaen_outline_get_item;
}

static void
roots_changed_cb (GListModel   *roots,
                  guint         position,
                  guint         removed,
                  guint         added,
                  PhaenOutline *self)
{
  g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

/* ---- Working out the tree ----------------------------------------------- */

/* The projects of a plan sorted into their groups: strategy → approach →
 * program → projects in plan order. Keys are KEY() of the objects. */
typedef struct
{
  GHashTable *strategies;     /* → GHashTable approaches (owned) */
  GHashTable *approach_order; /* PhaenApproach* → position + 1 */
  GHashTable *program_order;  /* PhaenProgram* → position + 1 */
} Buckets;

static void
buckets_init (Buckets   *buckets,
              PhaenPlan *plan)
{
  GListModel *strategies = phaen_plan_get_strategies (plan);
  GListModel *approaches = phaen_plan_get_approaches (plan);
  GListModel *programs = phaen_plan_get_programs (plan);
  GListModel *projects = phaen_plan_get_projects (plan);
  g_autoptr(GHashTable) strategy_set = g_hash_table_new (NULL, NULL);

  buckets->strategies = g_hash_table_new_full (NULL, NULL, NULL,
                                               (GDestroyNotify) g_hash_table_unref);
  buckets->approach_order = g_hash_table_new (NULL, NULL);
  buckets->program_order = g_hash_table_new (NULL, NULL);

  for (guint i = 0, n = g_list_model_get_n_items (strategies); i < n; i++)
    {
      g_autoptr(GObject) strategy = g_list_model_get_item (strategies, i);

      g_hash_table_add (strategy_set, strategy);
    }
  for (guint i = 0, n = g_list_model_get_n_items (approaches); i < n; i++)
    {
      g_autoptr(GObject) approach = g_list_model_get_item (approaches, i);

      g_hash_table_insert (buckets->approach_order, approach, GUINT_TO_POINTER (i + 1));
    }
  for (guint i = 0, n = g_list_model_get_n_items (programs); i < n; i++)
    {
      g_autoptr(GObject) program = g_list_model_get_item (programs, i);

      g_hash_table_insert (buckets->program_order, program, GUINT_TO_POINTER (i + 1));
    }

  for (guint i = 0, n = g_list_model_get_n_items (projects); i < n; i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);
      PhaenStrategy *strategy = phaen_project_get_strategy (project);
      PhaenApproach *approach = phaen_project_get_approach (project);
      PhaenProgram *program = phaen_project_get_program (project);
      GHashTable *by_approach;
      GHashTable *by_program;
      GPtrArray *members;

      /* What is not (yet) part of the plan counts as not chosen. */
      if (strategy != NULL && !g_hash_table_contains (strategy_set, strategy))
        strategy = NULL;
      if (approach != NULL &&
          (strategy == NULL ||
           !g_hash_table_contains (buckets->approach_order, approach) ||
           phaen_approach_get_strategy (approach) != strategy))
        approach = NULL;
      if (program != NULL && !g_hash_table_contains (buckets->program_order, program))
        program = NULL;

      by_approach = g_hash_table_lookup (buckets->strategies, KEY (strategy));
      if (by_approach == NULL)
        {
          by_approach = g_hash_table_new_full (NULL, NULL, NULL,
                                               (GDestroyNotify) g_hash_table_unref);
          g_hash_table_insert (buckets->strategies, KEY (strategy), by_approach);
        }
      by_program = g_hash_table_lookup (by_approach, KEY (approach));
      if (by_program == NULL)
        {
          by_program = g_hash_table_new_full (NULL, NULL, NULL,
                                              (GDestroyNotify) g_ptr_array_unref);
          g_hash_table_insert (by_approach, KEY (approach), by_program);
        }
      members = g_hash_table_lookup (by_program, KEY (program));
      if (members == NULL)
        {
          members = g_ptr_array_new ();
          g_hash_table_insert (by_program, KEY (program), members);
        }
      g_ptr_array_add (members, project);   /* the plan keeps it alive */
    }
}

static void
buckets_clear (Buckets *buckets)
{
  g_clear_pointer (&buckets->strategies, g_hash_table_unref);
  g_clear_pointer (&buckets->approach_order, g_hash_table_unref);
  g_clear_pointer (&buckets->program_order, g_hash_table_unref);
}

/* The keys of @table (objects or NONE), the objects in the order @order
 * gives them, NONE last. */
static GPtrArray *
sorted_keys (GHashTable *table,
             GHashTable *order)
{
  GPtrArray *keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;
  gboolean has_none = FALSE;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (key == NONE)
        has_none = TRUE;
      else
        g_ptr_array_add (keys, key);
    }

  /* Insertion sort by position: the lists are short (the programs of
   * one group), and a plan's positions are all different. */
  for (guint i = 1; i < keys->len; i++)
    {
      gpointer current = keys->pdata[i];
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (order, current));
      guint j = i;

      while (j > 0 && GPOINTER_TO_UINT (g_hash_table_lookup (order, keys->pdata[j - 1])) > position)
        {
          keys->pdata[j] = keys->pdata[j - 1];
          j--;
        }
      keys->pdata[j] = current;
    }

  if (has_none)
    g_ptr_array_add (keys, NONE);

  return keys;
}

/* The present children of @store by KEY() of their item. */
static GHashTable *
children_by_item (GListStore *store)
{
  GHashTable *map = g_hash_table_new (NULL, NULL);

  for (guint i = 0, n = g_list_model_get_n_items (G_LIST_MODEL (store)); i < n; i++)
    {
      g_autoptr(PhaenOutlineNode) child = g_list_model_get_item (G_LIST_MODEL (store), i);

      g_hash_table_insert (map, KEY (phaen_outline_node_get_item (child)), child);
    }

  return map;
}

/* The node of @item among @reuse, or a new one; returns a new reference. */
static PhaenOutlineNode *
group_node (GHashTable       *reuse,
            PhaenOutlineKind  kind,
            gpointer          item)
{
  PhaenOutlineNode *node = g_hash_table_lookup (reuse, KEY (item));

  if (node != NULL && phaen_outline_node_get_kind (node) == kind)
    return g_object_ref (node);

  return _phaen_outline_node_new (kind, item);
}

/* Brings the list of @store to @wanted with at most one splice covering
 * the span between the first and the last difference. */
static void
update_store (PhaenOutlineNode *owner,
              GListStore       *store,
              GPtrArray        *wanted)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_old = g_list_model_get_n_items (model);
  guint n_new = wanted->len;
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, prefix);

      if (item != wanted->pdata[prefix])
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, n_old - 1 - suffix);

      if (item != wanted->pdata[n_new - 1 - suffix])
        break;
      suffix++;
    }

  if (prefix + suffix == n_old && prefix + suffix == n_new)
    {
      for (guint i = 0; i < n_new; i++)
        _phaen_outline_node_set_parent (wanted->pdata[i], owner);
      return;
    }

  /* Nodes that leave this list lose it as their parent, unless another
   * list took them already. */
  for (guint i = prefix; i < n_old - suffix; i++)
    {
      g_autoptr(PhaenOutlineNode) gone = g_list_model_get_item (model, i);

      if (phaen_outline_node_get_parent (gone) == owner)
        _phaen_outline_node_set_parent (gone, NULL);
    }
  for (guint i = 0; i < n_new; i++)
    _phaen_outline_node_set_parent (wanted->pdata[i], owner);

  g_list_store_splice (store, prefix, n_old - prefix - suffix,
                       wanted->pdata + prefix, n_new - prefix - suffix);
}

/* "1.2" from "1" and 2; "" under a group of what is not chosen. */
static char *
child_number (const char *parent_number,
              guint       position)
{
  if (*parent_number == '\0')
    return g_strdup ("");

  return g_strdup_printf ("%s.%u", parent_number, position);
}

static gint64
add_amounts (gint64 a,
             gint64 b)
{
  /* Saturate rather than wrap: only a plan beyond the limits gets here. */
  if (b > 0 && a > G_MAXINT64 - b)
    return G_MAXINT64;
  if (b < 0 && a < G_MININT64 - b)
    return G_MININT64;
  return a + b;
}

static void
fill_program (PhaenOutline     *self,
              PhaenOutlineNode *node,
              GPtrArray        *projects)
{
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 budget = 0;

  for (guint i = 0; i < projects->len; i++)
    {
      PhaenProject *project = projects->pdata[i];
      PhaenOutlineNode *child = g_hash_table_lookup (self->project_nodes, project);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      if (child == NULL)
        {
          child = _phaen_outline_node_new (PHAEN_OUTLINE_PROJECT, G_OBJECT (project));
          g_hash_table_insert (self->project_nodes, project, child);
        }

      _phaen_outline_node_set_label (child, phaen_project_get_name (project));
      _phaen_outline_node_set_number (child, number);
      _phaen_outline_node_set_totals (child, 1, phaen_project_get_budget (project));
      budget = add_amounts (budget, phaen_project_get_budget (project));
      g_ptr_array_add (wanted, g_object_ref (child));
    }

  update_store (node, _phaen_outline_node_get_store (node), wanted);
  _phaen_outline_node_set_totals (node, projects->len, budget);
}

/* Adds to @wanted a program node for each key of @by_program, in
 * catalogue order, numbered on from @first under @parent_number. */
static void
add_programs (PhaenOutline *self,
              Buckets      *buckets,
              GHashTable   *by_program,
              GHashTable   *reuse,
              const char   *parent_number,
              GPtrArray    *wanted)
{
  g_autoptr(GPtrArray) keys = sorted_keys (by_program, buckets->program_order);

  for (guint i = 0; i < keys->len; i++)
    {
      PhaenProgram *program = UNKEY (keys->pdata[i]);
      PhaenOutlineNode *node = group_node (reuse, PHAEN_OUTLINE_PROGRAM, program);
      g_autofree char *number = NULL;

      number = program != NULL ? child_number (parent_number, wanted->len + 1) : g_strdup ("");
      _phaen_outline_node_set_label (node, program != NULL ? phaen_program_get_name (program)
                                                           : _("No program"));
      _phaen_outline_node_set_number (node, number);
      fill_program (self, node, g_hash_table_lookup (by_program, keys->pdata[i]));
      g_ptr_array_add (wanted, node);
    }
}

/* Puts the totals of @node's children on it. */
static void
sum_children (PhaenOutlineNode *node,
              GPtrArray        *children)
{
  guint n_projects = 0;
  gint64 budget = 0;

  for (guint i = 0; i < children->len; i++)
    {
      n_projects += phaen_outline_node_get_n_projects (children->pdata[i]);
      budget = add_amounts (budget, phaen_outline_node_get_budget (children->pdata[i]));
    }

  _phaen_outline_node_set_totals (node, n_projects, budget);
}

static void
fill_approach (PhaenOutline     *self,
               Buckets          *buckets,
               PhaenOutlineNode *node,
               GHashTable       *by_program)
{
  GListStore *store = _phaen_outline_node_get_store (node);
  g_autoptr(GHashTable) reuse = children_by_item (store);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);

  add_programs (self, buckets, by_program, reuse, phaen_outline_node_get_number (node), wanted);
  update_store (node, store, wanted);
  sum_children (node, wanted);
}

static void
fill_strategy (PhaenOutline     *self,
               Buckets          *buckets,
               PhaenOutlineNode *node,
               GHashTable       *by_approach)
{
  GListStore *store = _phaen_outline_node_get_store (node);
  g_autoptr(GHashTable) reuse = children_by_item (store);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  const char *number = phaen_outline_node_get_number (node);

  if (by_approach != NULL)
    {
      g_autoptr(GPtrArray) keys = sorted_keys (by_approach, buckets->approach_order);

      /* The approaches first (keys end with NONE when some project has
       * none), then the programs of the projects without approach. */
      for (guint i = 0; i < keys->len && keys->pdata[i] != NONE; i++)
        {
          PhaenApproach *approach = keys->pdata[i];
          PhaenOutlineNode *child = group_node (reuse, PHAEN_OUTLINE_APPROACH, approach);
          g_autofree char *child_no = child_number (number, wanted->len + 1);

          _phaen_outline_node_set_label (child, phaen_approach_get_name (approach));
          _phaen_outline_node_set_number (child, child_no);
          fill_approach (self, buckets, child, g_hash_table_lookup (by_approach, approach));
          g_ptr_array_add (wanted, child);
        }

      if (g_hash_table_contains (by_approach, NONE))
        add_programs (self, buckets, g_hash_table_lookup (by_approach, NONE), reuse, number, wanted);
    }

  update_store (node, store, wanted);
  sum_children (node, wanted);
}

/* ---- Following the plan ----------------------------------------------- */

static void object_notify_cb (GObject      *object,
                              GParamSpec   *pspec,
                              PhaenOutline *self);

/* Hears "notify" of every entry and project of the plan, and no longer of
 * those that left it. */
static void
update_watches (PhaenOutline *self)
{
  g_autoptr(GHashTable) present = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer object;

  for (guint l = 0; l < G_N_ELEMENTS (plan_lists); l++)
    {
      GListModel *list = plan_lists[l] (self->plan);

      for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (list, i);

          g_hash_table_add (present, item);
          if (!g_hash_table_contains (self->watched, item))
            {
              g_hash_table_add (self->watched, g_object_ref (item));
              g_signal_connect (item, "notify", G_CALLBACK (object_notify_cb), self);
            }
        }
    }

  g_hash_table_iter_init (&iter, self->watched);
  while (g_hash_table_iter_next (&iter, &object, NULL))
    {
      if (g_hash_table_contains (present, object))
        continue;

      g_signal_handlers_disconnect_by_func (object, object_notify_cb, self);
      g_hash_table_remove (self->project_nodes, object);
      g_hash_table_iter_remove (&iter);
    }
}

static void
phaen_outline_sync (PhaenOutline *self)
{
  GListModel *strategies = phaen_plan_get_strategies (self->plan);
  g_autoptr(GHashTable) reuse = children_by_item (self->roots);
  g_autoptr(GPtrArray) wanted = g_ptr_array_new_with_free_func (g_object_unref);
  Buckets buckets;

  self->dirty = FALSE;
  update_watches (self);
  buckets_init (&buckets, self->plan);

  for (guint i = 0, n = g_list_model_get_n_items (strategies); i < n; i++)
    {
      g_autoptr(PhaenStrategy) strategy = g_list_model_get_item (strategies, i);
      PhaenOutlineNode *node = group_node (reuse, PHAEN_OUTLINE_STRATEGY, strategy);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      _phaen_outline_node_set_label (node, phaen_strategy_get_name (strategy));
      _phaen_outline_node_set_number (node, number);
      fill_strategy (self, &buckets, node, g_hash_table_lookup (buckets.strategies, strategy));
      g_ptr_array_add (wanted, node);
    }

  if (g_hash_table_contains (buckets.strategies, NONE))
    {
      PhaenOutlineNode *node = group_node (reuse, PHAEN_OUTLINE_STRATEGY, NULL);

      _phaen_outline_node_set_label (node, _("No strategy"));
      _phaen_outline_node_set_number (node, "");
      fill_strategy (self, &buckets, node, g_hash_table_lookup (buckets.strategies, NONE));
      g_ptr_array_add (wanted, node);
    }

  update_store (NULL, self->roots, wanted);
  buckets_clear (&buckets);
}

/* Something the outline shows may have changed: follow it now, or at the
 * end of the step under way. */
static void
phaen_outline_invalidate (PhaenOutline *self)
{
  self->dirty = TRUE;
  if (!_phaen_plan_is_changing (self->plan))
    phaen_outline_sync (self);
}

/* A project's budget changed: its row and the rows above it change by the
 * same amount (typing a budget needs no new tree). */
static void
update_budget (PhaenOutline     *self,
               PhaenOutlineNode *node,
               gint64            budget)
{
  gint64 delta = budget - phaen_outline_node_get_budget (node);

  _phaen_outline_node_set_totals (node, 1, budget);
  for (PhaenOutlineNode *above = phaen_outline_node_get_parent (node);
       above != NULL;
       above = phaen_outline_node_get_parent (above))
    _phaen_outline_node_set_totals (above, phaen_outline_node_get_n_projects (above),
                                    add_amounts (phaen_outline_node_get_budget (above), delta));
}

static void
object_notify_cb (GObject      *object,
                  GParamSpec   *pspec,
                  PhaenOutline *self)
{
  static const char * const placement[] = {
    "strategy", "approach", "program", NULL,
  };
  PhaenOutlineNode *node = NULL;

  if (PHAEN_IS_PROJECT (object))
    node = g_hash_table_lookup (self->project_nodes, object);

  /* A project's name and budget change its row and the totals above it,
   * not the tree: followed at once, typing costs nothing more. */
  if (node != NULL && phaen_outline_node_get_parent (node) != NULL)
    {
      if (g_str_equal (pspec->name, "name"))
        {
          _phaen_outline_node_set_label (node, phaen_project_get_name (PHAEN_PROJECT (object)));
          return;
        }
      if (g_str_equal (pspec->name, "budget"))
        {
          update_budget (self, node, phaen_project_get_budget (PHAEN_PROJECT (object)));
          return;
        }
    }

  if (g_str_equal (pspec->name, "name") || g_strv_contains (placement, pspec->name) ||
      g_str_equal (pspec->name, "budget"))
    phaen_outline_invalidate (self);
}

static void
list_changed_cb (GListModel   *list,
                 guint         position,
                 guint         removed,
                 guint         added,
                 PhaenOutline *self)
{
  phaen_outline_invalidate (self);
}

static void
step_done_cb (PhaenPlan    *plan,
              PhaenOutline *self)
{
  if (self->dirty)
    phaen_outline_sync (self);
}

/* ---- The object ---------------------------------------------------------- */

static void
phaen_outline_dispose (GObject *object)
{
  PhaenOutline *self = (PhaenOutline *)object;

  if (self->plan != NULL)
    {
      _phaen_plan_remove_step_watch (self->plan, self);
      for (guint l = 0; l < G_N_ELEMENTS (plan_lists); l++)
        g_signal_handlers_disconnect_by_func (plan_lists[l] (self->plan), list_changed_cb, self);
    }

  if (self->watched != NULL)
    {
      GHashTableIter iter;
      gpointer watched;

      g_hash_table_iter_init (&iter, self->watched);
      while (g_hash_table_iter_next (&iter, &watched, NULL))
        g_signal_handlers_disconnect_by_func (watched, object_notify_cb, self);
    }

  if (self->roots != NULL)
    g_signal_handlers_disconnect_by_func (self->roots, roots_changed_cb, self);

  g_clear_pointer (&self->watched, g_hash_table_unref);
  g_clear_pointer (&self->project_nodes, g_hash_table_unref);
  g_clear_object (&self->roots);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (phaen_outline_parent_class)->dispose (object);
}

static void
phaen_outline_class_init (PhaenOutlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phaen_outline_dispose;
}

static void
phaen_outline_init (PhaenOutline *self)
{
  self->roots = g_list_store_new (PHAEN_TYPE_OUTLINE_NODE);
  self->project_nodes = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->watched = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  g_signal_connect (self->roots, "items-changed", G_CALLBACK (roots_changed_cb), self);
}

PhaenOutline *
phaen_outline_new (PhaenPlan *plan)
{
  PhaenOutline *self;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  self = g_object_new (PHAEN_TYPE_OUTLINE, NULL);
  self->plan = g_object_ref (plan);

  for (guint l = 0; l < G_N_ELEMENTS (plan_lists); l++)
    g_signal_connect (plan_lists[l] (plan), "items-changed", G_CALLBACK (list_changed_cb), self);
  _phaen_plan_add_step_watch (plan, G_CALLBACK (step_done_cb), self);

  phaen_outline_sync (self);

  return self;
}

PhaenPlan *
phaen_outline_get_plan (PhaenOutline *self)
{
  g_return_val_if_fail (PHAEN_IS_OUTLINE (self), NULL);

  return self->plan;
}

PhaenOutlineNode *
phaen_outline_find_project (PhaenOutline *self,
                            PhaenProject *project)
{
  g_return_val_if_fail (PHAEN_IS_OUTLINE (self), NULL);
  g_return_val_if_fail (PHAEN_IS_PROJECT (project), NULL);

  return g_hash_table_lookup (self->project_nodes, project);
}
