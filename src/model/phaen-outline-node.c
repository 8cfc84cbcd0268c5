/* phaen-outline-node.c: one row of the plan's outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include "phaen-outline-node-private.h"

struct _PhaenOutlineNode
{
  GObject           parent_instance;

  PhaenOutlineKind  kind;
  GObject          *item;
  char             *label;
  char             *number;
  guint             n_projects;
  gint64            budget;
  GListStore       *children;   /* NULL for a project */
  PhaenOutlineNode *parent;     /* not owned; the parent owns this node */
};

G_DEFINE_ENUM_TYPE (PhaenOutlineKind, phaen_outline_kind,
  G_DEFINE_ENUM_VALUE (PHAEN_OUTLINE_STRATEGY, "strategy"),
  G_DEFINE_ENUM_VALUE (PHAEN_OUTLINE_APPROACH, "approach"),
  G_DEFINE_ENUM_VALUE (PHAEN_OUTLINE_PROGRAM, "program"),
  G_DEFINE_ENUM_VALUE (PHAEN_OUTLINE_PROJECT, "project"))

G_DEFINE_FINAL_TYPE (PhaenOutlineNode, phaen_outline_node, G_TYPE_OBJECT)

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

static GParamSpec *properties[N_PROPS];

static void
phaen_outline_node_dispose (GObject *object)
{
  PhaenOutlineNode *self = (PhaenOutlineNode *)object;

  /* Children that outlive this node (a view still holds them) lose it. */
  if (self->children != NULL)
    {
      for (guint i = 0, n = g_list_model_get_n_items (G_LIST_MODEL (self->children)); i < n; i++)
        {
          g_autoptr(PhaenOutlineNode) child = g_list_model_get_item (G_LIST_MODEL (self->children), i);

          if (child->parent == self)
            child->parent = NULL;
        }
    }
  g_clear_object (&self->children);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (phaen_outline_node_parent_class)->dispose (object);
}

static void
phaen_outline_node_finalize (GObject *object)
{
  PhaenOutlineNode *self = (PhaenOutlineNode *)object;

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->number, g_free);

  G_OBJECT_CLASS (phaen_outline_node_parent_class)->finalize (object);
}

static void
phaen_outline_node_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PhaenOutlineNode *self = PHAEN_OUTLINE_NODE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
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
phaen_outline_node_class_init (PhaenOutlineNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                             G_PARAM_STATIC_STRINGS);

  object_class->dispose = phaen_outline_node_dispose;
  object_class->finalize = phaen_outline_node_finalize;
  object_class->get_property = phaen_outline_node_get_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       PHAEN_TYPE_OUTLINE_KIND, PHAEN_OUTLINE_STRATEGY, flags);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT, flags);
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, "", flags);
  properties[PROP_NUMBER] =
    g_param_spec_string ("number", NULL, NULL, "", flags);
  properties[PROP_N_PROJECTS] =
    g_param_spec_uint ("n-projects", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_BUDGET] =
    g_param_spec_int64 ("budget", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phaen_outline_node_init (PhaenOutlineNode *self)
{
  self->label = g_strdup ("");
  self->number = g_strdup ("");
}

PhaenOutlineNode *
_phaen_outline_node_new (PhaenOutlineKind  kind,
                         GObject          *item)
{
  PhaenOutlineNode *self = g_object_new (PHAEN_TYPE_OUTLINE_NODE, NULL);

  self->kind = kind;
  self->item = item != NULL ? g_object_ref (item) : NULL;
  if (kind != PHAEN_OUTLINE_PROJECT)
    self->children = g_list_store_new (PHAEN_TYPE_OUTLINE_NODE);

  return self;
}

GListStore *
_phaen_outline_node_get_store (PhaenOutlineNode *self)
{
  g_return_val_if_fail (PHAEN_IS_OUTLINE_NODE (self), NULL);

  return self->children;
}

static void
set_string (PhaenOutlineNode  *self,
            char             **field,
            const char        *value,
            guint              prop_id)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

void
_phaen_outline_node_set_label (PhaenOutlineNode *self,
                               const char       *label)
{
  g_return_if_fail (PHAEN_IS_OUTLINE_NODE (self));

  set_string (self, &self->label, label, PROP_LABEL);
}

void
_phaen_outline_node_set_number (PhaenOutlineNode *self,
                                const char       *number)
{
  g_return_if_fail (PHAEN_IS_OUTLINE_NODE (self));

  set_string (self, &self->number, number, PROP_NUMBER);
}

void
_phaen_outline_node_set_totals (PhaenOutlineNode *self,
                                guint             n_projects,
                                gint64            budget)
{
  g_return_if_fail (PHAEN_IS_OUTLINE_NODE (self));

  if (self->n_projects != n_projects)
    {
      self->n_projects = n_projects;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PROJECTS]);
    }
  if (self->budget != budget)
    {
      self->budget = budget;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUDGET]);
    }
}

void
_phaen_outline_node_set_parent (PhaenOutlineNode *self,
                                PhaenOutlineNode *parent)
{
  g_return_if_fail (PHAEN_IS_OUTLINE_NODE (self));

  self->parent = parent;
}

PhaenOutlineKind
phaen_outline_node_get_kind (PhaenOutlineNode *self)
{
  g_return_val_if_fail (PHAEN_IS_OUTLINE_NODE (self), PHAEN_OUTLINE_PROJECT);

  return self->kind;
}

GObject *
phaen_outline_node_get_item (PhaenOutlineNode *self)
{
  g_return_val_if_fail (PHAEN_IS_OUTLINE_NODE (self), NULL);

  return self->item;
}

const char *
phaen_outline_node_get_label (PhaenOutlineNode *self)
{
  g_return_val_if_fail (PHAEN_IS_OUTLINE_NODE (self), NULL);

  return self->label;
}

const char *
phaen_outline_node_get_number (PhaenOutlineNode *self)
{
  g_return_val_if_fail (PHAEN_IS_OUTLINE_NODE (self), NULL);

  return self->number;
}

guint
phaen_outline_node_get_n_projects (PhaenOutlineNode *self)
{
  g_return_val_if_fail (PHAEN_IS_OUTLINE_NODE (self), 0);

  return self->n_projects;
}

gint64
phaen_outline_node_get_budget (PhaenOutlineNode *self)
{
  g_return_val_if_fail (PHAEN_IS_OUTLINE_NODE (self), 0);

  return self->budget;
}

GListModel *
phaen_outline_node_get_children (PhaenOutlineNode *self)
{
  g_return_val_if_fail (PHAEN_IS_OUTLINE_NODE (self), NULL);

  return self->children != NULL ? G_LIST_MODEL (self->children) : NULL;
}

PhaenOutlineNode *
phaen_outline_node_get_parent (PhaenOutlineNode *self)
{
  g_return_val_if_fail (PHAEN_IS_OUTLINE_NODE (self), NULL);

  return self->parent;
}
