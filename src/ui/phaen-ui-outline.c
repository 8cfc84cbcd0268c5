/* phaen-ui-outline.c: TEMPORARY stand-in for core's PhaenOutline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When the plan's structure changes (a list gains or loses an item, a
 * project moves to another group, a group is renamed) the tree is
 * recomputed at the plan's next "changed" (linear in the plan) and each
 * list of nodes is brought to its new contents by one splice of the
 * differing middle, reusing the node objects by key, so a GtkTreeListModel
 * on top keeps rows, expansion and selection. A project's budget or name
 * changes only its row and the totals of the groups above it.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-ui-outline.h"

struct _PhaenUiOutlineNode
{
  GObject          parent_instance;

  PhaenUiNodeKind  kind;
  gpointer         item;         /* borrowed: the plan holds it */
  PhaenStrategy   *strategy;
  PhaenApproach   *approach;
  PhaenProgram    *program;
  char            *label;
  char            *number;
  guint            n_projects;
  gint64           budget;
  GListStore      *children;     /* NULL for projects */
  PhaenUiOutlineNode *parent;    /* borrowed; NULL for strategies */
  GPtrArray       *wanted;       /* next children, during a sync */
};

enum {
  PROP_0,
  PROP_KIND,
  PROP_ITEM,
  PROP_LABEL,
  PROP_NUMBER,
  PROP_N_PROJECTS,
  PROP_BUDGET,
  N_PROPS
};

static GParamSpec *node_properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhaenUiOutlineNode, phaen_ui_outline_node, G_TYPE_OBJECT)

static void
phaen_ui_outline_node_finalize (GObject *object)
{
  PhaenUiOutlineNode *self = PHAEN_UI_OUTLINE_NODE (object);

  g_free (self->label);
  g_free (self->number);
  g_clear_object (&self->children);
  g_clear_pointer (&self->wanted, g_ptr_array_unref);

  G_OBJECT_CLASS (phaen_ui_outline_node_parent_class)->finalize (object);
}

static void
phaen_ui_outline_node_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PhaenUiOutlineNode *self = PHAEN_UI_OUTLINE_NODE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_NUMBER:
      g_value_set_string (value, self->number);
      break;
    case PROP_N_PROJECTS:
      g_value_set_uint (value, self->n_projects);
      break;
    case PROP_BUDGET:
      g_value_set_int64 (value, self->budget);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_ui_outline_node_class_init (PhaenUiOutlineNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phaen_ui_outline_node_finalize;
  object_class->get_property = phaen_ui_outline_node_get_property;

  node_properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL, 0, PHAEN_UI_NODE_PROJECT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  node_properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  node_properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  node_properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  node_properties[PROP_N_PROJECTS] =
    g_param_spec_uint ("n-projects", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  node_properties[PROP_BUDGET] =
    g_param_spec_int64 ("budget", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, node_properties);
}

static void
phaen_ui_outline_node_init (PhaenUiOutlineNode *self)
{
}

PhaenUiNodeKind
phaen_ui_outline_node_get_kind (PhaenUiOutlineNode *self)
{
  return self->kind;
}

gpointer
phaen_ui_outline_node_get_item (PhaenUiOutlineNode *self)
{
  return self->item;
}

const char *
phaen_ui_outline_node_get_label (PhaenUiOutlineNode *self)
{
  return self->label;
}

const char *
phaen_ui_outline_node_get_number (PhaenUiOutlineNode *self)
{
  return self->number;
}

guint
phaen_ui_outline_node_get_n_projects (PhaenUiOutlineNode *self)
{
  return self->n_projects;
}

gint64
phaen_ui_outline_node_get_budget (PhaenUiOutlineNode *self)
{
  return self->budget;
}

GListModel *
phaen_ui_outline_node_get_children (PhaenUiOutlineNode *self)
{
  return self->children != NULL ? G_LIST_MODEL (self->children) : NULL;
}

PhaenStrategy *
phaen_ui_outline_node_get_strategy (PhaenUiOutlineNode *self)
{
  return self->strategy;
}

PhaenApproach *
phaen_ui_outline_node_get_approach (PhaenUiOutlineNode *self)
{
  return self->approach;
}

PhaenProgram *
phaen_ui_outline_node_get_program (PhaenUiOutlineNode *self)
{
  return self->program;
}

static void
node_set_string (PhaenUiOutlineNode  *self,
                 char               **field,
                 const char          *value,
                 int                  prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), node_properties[prop]);
}

static void
node_set_totals (PhaenUiOutlineNode *self,
                 guint               n_projects,
                 gint64              budget)
{
  if (self->n_projects != n_projects)
    {
      self->n_projects = n_projects;
      g_object_notify_by_pspec (G_OBJECT (self), node_properties[PROP_N_PROJECTS]);
    }
  if (self->budget != budget)
    {
      self->budget = budget;
      g_object_notify_by_pspec (G_OBJECT (self), node_properties[PROP_BUDGET]);
    }
}

/* ---- the outline ------------------------------------------------------------ */

typedef struct
{
  PhaenPlan   *plan;        /* weak */
  GListStore  *root;        /* owned by the returned model: it is the model */
  GHashTable  *nodes;       /* key string → PhaenUiOutlineNode (ref) */
  GHashTable  *watched;     /* model object → TRUE: its "notify" is followed */
  gulong       handler;
  gulong       list_handlers[4];
  gboolean     dirty;       /* the structure must be computed again */
} Outline;

static void object_notify_cb (GObject *object, GParamSpec *pspec, Outline *outline);

static void
unwatch_all (Outline *outline)
{
  GHashTableIter iter;
  gpointer object;

  g_hash_table_iter_init (&iter, outline->watched);
  while (g_hash_table_iter_next (&iter, &object, NULL))
    g_signal_handlers_disconnect_by_func (object, object_notify_cb, outline);
  g_hash_table_remove_all (outline->watched);
}

static GListModel *
plan_list (PhaenPlan *plan,
           guint      i)
{
  switch (i)
    {
    case 0: return phaen_plan_get_projects (plan);
    case 1: return phaen_plan_get_strategies (plan);
    case 2: return phaen_plan_get_approaches (plan);
    default: return phaen_plan_get_programs (plan);
    }
}

static void
outline_free (gpointer data)
{
  Outline *outline = data;

  if (outline->plan != NULL)
    {
      g_signal_handler_disconnect (outline->plan, outline->handler);
      for (guint i = 0; i < G_N_ELEMENTS (outline->list_handlers); i++)
        g_signal_handler_disconnect (plan_list (outline->plan, i), outline->list_handlers[i]);
      g_object_remove_weak_pointer (G_OBJECT (outline->plan), (gpointer *) &outline->plan);
    }
  unwatch_all (outline);
  g_hash_table_unref (outline->watched);
  g_hash_table_unref (outline->nodes);
  g_free (outline);
}

static char *
node_key (PhaenUiNodeKind  kind,
          gpointer         item,
          PhaenStrategy   *strategy,
          PhaenApproach   *approach,
          PhaenProgram    *program)
{
  if (kind == PHAEN_UI_NODE_PROJECT)
    return g_strdup_printf ("p%p", item);
  return g_strdup_printf ("%u:%p:%p:%p", kind, (gpointer) strategy, (gpointer) approach, (gpointer) program);
}

static PhaenUiOutlineNode *
get_node (Outline         *outline,
          GHashTable      *used,
          PhaenUiNodeKind  kind,
          gpointer         item,
          PhaenStrategy   *strategy,
          PhaenApproach   *approach,
          PhaenProgram    *program)
{
  g_autofree char *key = node_key (kind, item, strategy, approach, program);
  PhaenUiOutlineNode *node;

  node = g_hash_table_lookup (outline->nodes, key);
  if (node == NULL)
    {
      node = g_object_new (PHAEN_TYPE_UI_OUTLINE_NODE, NULL);
      node->kind = kind;
      node->item = item;
      if (kind != PHAEN_UI_NODE_PROJECT)
        node->children = g_list_store_new (PHAEN_TYPE_UI_OUTLINE_NODE);
      g_hash_table_insert (outline->nodes, g_strdup (key), node);
    }
  node->strategy = strategy;
  node->approach = approach;
  node->program = program;
  if (node->wanted == NULL && node->children != NULL)
    node->wanted = g_ptr_array_new ();
  g_hash_table_add (used, g_steal_pointer (&key));
  return node;
}

/* Makes @store hold exactly @wanted, by one splice of the middle. */
static void
splice_store (GListStore *store,
              GPtrArray  *wanted)
{
  GListModel *model = G_LIST_MODEL (store);
  guint n_old = g_list_model_get_n_items (model);
  guint n_new = wanted->len;
  guint prefix = 0, suffix = 0;

  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, prefix);

      if (item != g_ptr_array_index (wanted, prefix))
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, n_old - 1 - suffix);

      if (item != g_ptr_array_index (wanted, n_new - 1 - suffix))
        break;
      suffix++;
    }
  if (prefix + suffix == n_old && prefix + suffix == n_new)
    return;

  g_list_store_splice (store, prefix, n_old - prefix - suffix,
                       (gpointer *) wanted->pdata + prefix, n_new - prefix - suffix);
}

static void
finish_group (PhaenUiOutlineNode *node,
              const char         *label,
              const char         *number)
{
  guint n = 0;
  gint64 budget = 0;

  for (guint i = 0; i < node->wanted->len; i++)
    {
      PhaenUiOutlineNode *child = g_ptr_array_index (node->wanted, i);

      child->parent = node;
      if (child->kind == PHAEN_UI_NODE_PROJECT)
        {
          n++;
          budget += phaen_project_get_budget (PHAEN_PROJECT (child->item));
        }
      else
        {
          n += child->n_projects;
          budget += child->budget;
        }
    }
  splice_store (node->children, node->wanted);
  g_clear_pointer (&node->wanted, g_ptr_array_unref);
  node_set_string (node, &node->label, label, PROP_LABEL);
  node_set_string (node, &node->number, number, PROP_NUMBER);
  node_set_totals (node, n, budget);
}

static void
outline_sync (Outline *outline)
{
  PhaenPlan *plan = outline->plan;
  GListModel *strategies, *approaches, *programs, *projects;
  g_autoptr(GHashTable) used = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) by_group = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) root = g_ptr_array_new ();
  g_autoptr(GPtrArray) strategy_list = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;
  guint n;

  if (plan == NULL)
    return;

  strategies = phaen_plan_get_strategies (plan);
  approaches = phaen_plan_get_approaches (plan);
  programs = phaen_plan_get_programs (plan);
  projects = phaen_plan_get_projects (plan);

  /* Projects by (strategy, approach, program), in plan order. */
  n = g_list_model_get_n_items (projects);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (projects, i);
      g_autofree char *group = g_strdup_printf ("%p:%p:%p",
                                                (gpointer) phaen_project_get_strategy (project),
                                                (gpointer) phaen_project_get_approach (project),
                                                (gpointer) phaen_project_get_program (project));
      GPtrArray *members = g_hash_table_lookup (by_group, group);

      if (members == NULL)
        {
          members = g_ptr_array_new ();
          g_hash_table_insert (by_group, g_strdup (group), members);
        }
      g_ptr_array_add (members, project);
    }

  /* Strategies in plan order, then a "not filed" one when needed. */
  n = g_list_model_get_n_items (strategies);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (strategy_list, g_list_model_get_item (strategies, i));
  g_ptr_array_add (strategy_list, NULL);

  for (guint s = 0; s < strategy_list->len; s++)
    {
      PhaenStrategy *strategy = g_ptr_array_index (strategy_list, s);
      g_autoptr(GPtrArray) approach_list = g_ptr_array_new ();
      PhaenUiOutlineNode *snode;
      g_autofree char *snumber = NULL;
      guint second = 0;

      snode = get_node (outline, used, PHAEN_UI_NODE_STRATEGY, strategy, strategy, NULL, NULL);
      snumber = strategy != NULL ? g_strdup_printf ("%u", s + 1) : g_strdup ("");

      /* Programs straight under the strategy (projects without an
       * approach) come first, then each approach of the strategy. */
      g_ptr_array_add (approach_list, NULL);
      for (guint a = 0; a < g_list_model_get_n_items (approaches); a++)
        {
          g_autoptr(PhaenApproach) approach = g_list_model_get_item (approaches, a);

          if (phaen_approach_get_strategy (approach) == strategy)
            g_ptr_array_add (approach_list, approach);
        }

      for (guint a = 0; a < approach_list->len; a++)
        {
          PhaenApproach *approach = g_ptr_array_index (approach_list, a);
          PhaenUiOutlineNode *parent = snode;
          g_autofree char *anumber = NULL;
          guint third = 0;
          g_autoptr(GPtrArray) program_list = g_ptr_array_new ();

          if (approach != NULL)
            {
              parent = get_node (outline, used, PHAEN_UI_NODE_APPROACH, approach, strategy, approach, NULL);
              anumber = g_strdup_printf ("%s.%u", snumber, ++second);
            }

          for (guint g = 0; g < g_list_model_get_n_items (programs); g++)
            g_ptr_array_add (program_list, g_list_model_get_item (programs, g));
          g_ptr_array_add (program_list, NULL);

          for (guint g = 0; g < program_list->len; g++)
            {
              PhaenProgram *program = g_ptr_array_index (program_list, g);
              g_autofree char *group = g_strdup_printf ("%p:%p:%p", (gpointer) strategy,
                                                        (gpointer) approach, (gpointer) program);
              GPtrArray *members = g_hash_table_lookup (by_group, group);
              PhaenUiOutlineNode *gnode;
              g_autofree char *gnumber = NULL;

              if (members == NULL)
                continue;

              gnode = get_node (outline, used, PHAEN_UI_NODE_PROGRAM, program, strategy, approach, program);
              if (approach != NULL)
                gnumber = g_strdup_printf ("%s.%u", anumber, ++third);
              else if (strategy != NULL)
                gnumber = g_strdup_printf ("%s.%u", snumber, ++second);
              else
                gnumber = g_strdup ("");

              for (guint p = 0; p < members->len; p++)
                {
                  PhaenProject *project = g_ptr_array_index (members, p);
                  PhaenUiOutlineNode *pnode;
                  g_autofree char *pnumber = g_strdup_printf ("%u", p + 1);
                  const char *name = phaen_project_get_name (project);

                  pnode = get_node (outline, used, PHAEN_UI_NODE_PROJECT, project, strategy, approach, program);
                  node_set_string (pnode, &pnode->label, *name != '\0' ? name : _("(no name yet)"), PROP_LABEL);
                  node_set_string (pnode, &pnode->number, pnumber, PROP_NUMBER);
                  node_set_totals (pnode, 1, phaen_project_get_budget (project));
                  g_ptr_array_add (gnode->wanted, pnode);
                }
              finish_group (gnode,
                            program != NULL ? phaen_program_get_name (program) : _("No program chosen"),
                            gnumber);
              g_ptr_array_add (parent->wanted, gnode);
            }
          /* The NULL ("no program") was added last. */
          for (guint g = 0; g + 1 < program_list->len; g++)
            g_object_unref (g_ptr_array_index (program_list, g));

          if (approach != NULL)
            {
              finish_group (parent, phaen_approach_get_name (approach), anumber);
              g_ptr_array_add (snode->wanted, parent);
            }
        }

      if (strategy == NULL && snode->wanted->len == 0)
        {
          g_autofree char *skey = node_key (PHAEN_UI_NODE_STRATEGY, NULL, NULL, NULL, NULL);

          g_clear_pointer (&snode->wanted, g_ptr_array_unref);
          g_hash_table_remove (used, skey);
          continue;
        }
      finish_group (snode,
                    strategy != NULL ? phaen_strategy_get_name (strategy) : _("No strategy chosen"),
                    snumber);
      g_ptr_array_add (root, snode);
    }

  for (guint i = 0; i < root->len; i++)
    ((PhaenUiOutlineNode *) g_ptr_array_index (root, i))->parent = NULL;
  splice_store (outline->root, root);
  outline->dirty = FALSE;

  /* Follow the objects of the plan as it is now. */
  unwatch_all (outline);
  for (guint l = 0; l < G_N_ELEMENTS (outline->list_handlers); l++)
    {
      GListModel *list = plan_list (plan, l);
      guint n_items = g_list_model_get_n_items (list);

      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(GObject) object = g_list_model_get_item (list, i);

          g_signal_connect (object, "notify", G_CALLBACK (object_notify_cb), outline);
          g_hash_table_add (outline->watched, object);
        }
    }

  /* Forget nodes no longer in the tree. */
  g_hash_table_iter_init (&iter, outline->nodes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (used, key))
      g_hash_table_iter_remove (&iter);

  for (guint s = 0; s + 1 < strategy_list->len; s++)
    g_object_unref (g_ptr_array_index (strategy_list, s));
}

static void
plan_changed_cb (PhaenPlan *plan,
                 Outline   *outline)
{
  if (outline->dirty)
    outline_sync (outline);
}

static void
list_changed_cb (GListModel *list,
                 guint       position,
                 guint       removed,
                 guint       added,
                 Outline    *outline)
{
  outline->dirty = TRUE;
}

static void
object_notify_cb (GObject    *object,
                  GParamSpec *pspec,
                  Outline    *outline)
{
  g_autofree char *key = NULL;
  PhaenUiOutlineNode *node;

  if (!PHAEN_IS_PROJECT (object))
    {
      /* A strategy, approach or program renamed or moved. */
      outline->dirty = TRUE;
      return;
    }

  if (g_str_equal (pspec->name, "strategy") || g_str_equal (pspec->name, "approach") ||
      g_str_equal (pspec->name, "program"))
    {
      outline->dirty = TRUE;
      return;
    }

  key = node_key (PHAEN_UI_NODE_PROJECT, object, NULL, NULL, NULL);
  node = g_hash_table_lookup (outline->nodes, key);
  if (node == NULL)
    return;

  if (g_str_equal (pspec->name, "name"))
    {
      const char *name = phaen_project_get_name (PHAEN_PROJECT (object));

      node_set_string (node, &node->label, *name != '\0' ? name : _("(no name yet)"), PROP_LABEL);
    }
  else if (g_str_equal (pspec->name, "budget"))
    {
      gint64 delta = phaen_project_get_budget (PHAEN_PROJECT (object)) - node->budget;

      /* The row and the totals above it, nothing else. */
      for (PhaenUiOutlineNode *up = node; up != NULL; up = up->parent)
        node_set_totals (up, up->n_projects, up->budget + delta);
    }
}

GListModel *
phaen_ui_outline_new (PhaenPlan *plan)
{
  Outline *outline = g_new0 (Outline, 1);

  outline->plan = plan;
  g_object_add_weak_pointer (G_OBJECT (plan), (gpointer *) &outline->plan);
  outline->root = g_list_store_new (PHAEN_TYPE_UI_OUTLINE_NODE);
  outline->nodes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  outline->watched = g_hash_table_new (NULL, NULL);
  g_object_set_data_full (G_OBJECT (outline->root), "phaen-ui-outline", outline, outline_free);
  outline->handler = g_signal_connect (plan, "changed", G_CALLBACK (plan_changed_cb), outline);
  for (guint i = 0; i < G_N_ELEMENTS (outline->list_handlers); i++)
    outline->list_handlers[i] = g_signal_connect (plan_list (plan, i), "items-changed",
                                                  G_CALLBACK (list_changed_cb), outline);
  outline_sync (outline);
  return G_LIST_MODEL (outline->root);
}

void
phaen_ui_outline_sync (GListModel *model)
{
  Outline *outline = g_object_get_data (G_OBJECT (model), "phaen-ui-outline");

  g_return_if_fail (outline != NULL);
  outline_sync (outline);
}
