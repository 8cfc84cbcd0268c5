/* phaen-catalogue.c: one ordered list of a plan, indexed by id and name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Additions keep the indexes up to date as they come (the common case:
 * reading a file, importing); anything else (a removal, an id or a name
 * changing) only marks an index stale, and the next lookup rebuilds it,
 * so a burst of changes costs one rebuild.
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include "phaen-approach.h"
#include "phaen-catalogue.h"
#include "phaen-item.h"
#include "phaen-text.h"

struct _PhaenCatalogue
{
  GObject     parent_instance;

  GType       item_type;
  char       *id_prefix;
  GPtrArray  *items;           /* owned references, in order */
  GHashTable *watched;         /* item → times it is in the list */
  GHashTable *by_id;           /* id (owned) → item */
  GHashTable *by_name;         /* name key (owned) → item; NULL: not indexed */
  guint       next_number;     /* greater than every "<prefix><n>" id seen */
  gboolean    ids_stale;
  gboolean    names_stale;
};

static void phaen_catalogue_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (PhaenCatalogue, phaen_catalogue, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      phaen_catalogue_list_model_init))

/* ---- GListModel ------------------------------------------------------- */

static GType
phaen_catalogue_get_item_type (GListModel *model)
{
  return PHAEN_CATALOGUE (model)->item_type;
}

static guint
phaen_catalogue_get_n_items (GListModel *model)
{
  return PHAEN_CATALOGUE (model)->items->len;
}

static gpointer
phaen_catalogue_get_item (GListModel *model,
                          guint       position)
{
  PhaenCatalogue *self = PHAEN_CATALOGUE (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
phaen_catalogue_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = phaen_catalogue_get_item_type;
  iface->get_n_items = phaen_catalogue_get_n_items;
  iface->get_item = phaen_catalogue_get_item;
}

/* ---- Indexes ---------------------------------------------------------- */

static const char *
item_id (gpointer item)
{
  return phaen_item_get_id (item);
}

static char *
item_dup_name (gpointer item)
{
  return g_strdup (phaen_item_get_name (item));
}

/* The key of @name in the name index: the name as it looks
 * (phaen_text_normalize_name(): "กองช่าง" with a trailing no-break space
 * finds กองช่าง); for an approach also qualified by its strategy
 * ("<pointer>\n<name>": a normalised name holds no line break, so the two
 * kinds of key never meet). */
static char *
name_key (gpointer    strategy,
          const char *name)
{
  g_autofree char *normal = phaen_text_normalize_name (name);

  if (strategy == NULL)
    return g_steal_pointer (&normal);

  return g_strdup_printf ("%p\n%s", strategy, normal);
}

/* Numbers from ids "<prefix><digits>" keep next_number ahead of every id
 * the catalogue has held. */
static void
note_id (PhaenCatalogue *self,
         const char     *id)
{
  gsize prefix_len = strlen (self->id_prefix);
  guint64 number;

  if (id == NULL || strncmp (id, self->id_prefix, prefix_len) != 0 || id[prefix_len] == '\0')
    return;

  for (const char *p = id + prefix_len; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return;

  number = g_ascii_strtoull (id + prefix_len, NULL, 10);
  if (number < G_MAXUINT && number >= self->next_number)
    self->next_number = (guint) number + 1;
}

static void
index_id (PhaenCatalogue *self,
          gpointer        item)
{
  const char *id = item_id (item);

  note_id (self, id);
  /* With an id used twice (a broken plan) lookups find the first. */
  if (*id != '\0' && !g_hash_table_contains (self->by_id, id))
    g_hash_table_insert (self->by_id, g_strdup (id), item);
}

static void
index_name_key (PhaenCatalogue *self,
                char           *key,
                gpointer        item)
{
  if (!g_hash_table_contains (self->by_name, key))
    g_hash_table_insert (self->by_name, key, item);
  else
    g_free (key);
}

static void
index_name (PhaenCatalogue *self,
            gpointer        item)
{
  g_autofree char *name = item_dup_name (item);

  index_name_key (self, name_key (NULL, name), item);
  if (PHAEN_IS_APPROACH (item) && phaen_approach_get_strategy (item) != NULL)
    index_name_key (self, name_key (phaen_approach_get_strategy (item), name), item);
}

static void
rebuild_ids (PhaenCatalogue *self)
{
  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < self->items->len; i++)
    index_id (self, g_ptr_array_index (self->items, i));
  self->ids_stale = FALSE;
}

static void
rebuild_names (PhaenCatalogue *self)
{
  g_hash_table_remove_all (self->by_name);
  for (guint i = 0; i < self->items->len; i++)
    index_name (self, g_ptr_array_index (self->items, i));
  self->names_stale = FALSE;
}

static void
item_id_changed_cb (GObject        *item,
                    GParamSpec     *pspec,
                    PhaenCatalogue *self)
{
  self->ids_stale = TRUE;
}

/* "notify::name", and "notify::strategy" of an approach. */
static void
item_name_changed_cb (GObject        *item,
                      GParamSpec     *pspec,
                      PhaenCatalogue *self)
{
  self->names_stale = TRUE;
}

static void
watch (PhaenCatalogue *self,
       gpointer        item)
{
  guint times = GPOINTER_TO_UINT (g_hash_table_lookup (self->watched, item));

  g_hash_table_insert (self->watched, item, GUINT_TO_POINTER (times + 1));
  if (times > 0)
    return;

  g_signal_connect (item, "notify::id", G_CALLBACK (item_id_changed_cb), self);
  if (self->by_name != NULL)
    {
      g_signal_connect (item, "notify::name", G_CALLBACK (item_name_changed_cb), self);
      if (PHAEN_IS_APPROACH (item))
        g_signal_connect (item, "notify::strategy", G_CALLBACK (item_name_changed_cb), self);
    }
}

static void
unwatch (PhaenCatalogue *self,
         gpointer        item)
{
  guint times = GPOINTER_TO_UINT (g_hash_table_lookup (self->watched, item));

  if (times > 1)
    {
      g_hash_table_insert (self->watched, item, GUINT_TO_POINTER (times - 1));
      return;
    }

  g_hash_table_remove (self->watched, item);
  g_signal_handlers_disconnect_by_data (item, self);
}

/* ---- The object ------------------------------------------------------ */

static void
phaen_catalogue_dispose (GObject *object)
{
  PhaenCatalogue *self = (PhaenCatalogue *)object;

  if (self->items != NULL)
    {
      for (guint i = 0; i < self->items->len; i++)
        g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->items, i), self);
      g_clear_pointer (&self->items, g_ptr_array_unref);
    }

  G_OBJECT_CLASS (phaen_catalogue_parent_class)->dispose (object);
}

static void
phaen_catalogue_finalize (GObject *object)
{
  PhaenCatalogue *self = (PhaenCatalogue *)object;

  g_clear_pointer (&self->watched, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->by_name, g_hash_table_unref);
  g_clear_pointer (&self->id_prefix, g_free);

  G_OBJECT_CLASS (phaen_catalogue_parent_class)->finalize (object);
}

static void
phaen_catalogue_class_init (PhaenCatalogueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phaen_catalogue_dispose;
  object_class->finalize = phaen_catalogue_finalize;
}

static void
phaen_catalogue_init (PhaenCatalogue *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->watched = g_hash_table_new (NULL, NULL);
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->next_number = 1;
}

PhaenCatalogue *
phaen_catalogue_new (GType       item_type,
                     const char *id_prefix,
                     gboolean    index_names)
{
  PhaenCatalogue *self;

  g_return_val_if_fail (g_type_is_a (item_type, PHAEN_TYPE_ITEM), NULL);
  g_return_val_if_fail (id_prefix != NULL, NULL);

  self = g_object_new (PHAEN_TYPE_CATALOGUE, NULL);
  self->item_type = item_type;
  self->id_prefix = g_strdup (id_prefix);
  if (index_names)
    self->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return self;
}

gpointer
phaen_catalogue_find_id (PhaenCatalogue *self,
                         const char     *id)
{
  g_return_val_if_fail (PHAEN_IS_CATALOGUE (self), NULL);

  if (id == NULL || *id == '\0')
    return NULL;

  if (self->ids_stale)
    rebuild_ids (self);

  return g_hash_table_lookup (self->by_id, id);
}

gpointer
phaen_catalogue_find_name (PhaenCatalogue *self,
                           gpointer        strategy,
                           const char     *name)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (PHAEN_IS_CATALOGUE (self), NULL);
  g_return_val_if_fail (self->by_name != NULL, NULL);

  if (name == NULL)
    return NULL;

  if (self->names_stale)
    rebuild_names (self);

  key = name_key (strategy, name);
  return g_hash_table_lookup (self->by_name, key);
}

gboolean
phaen_catalogue_find (PhaenCatalogue *self,
                      gpointer        item,
                      guint          *position)
{
  g_return_val_if_fail (PHAEN_IS_CATALOGUE (self), FALSE);

  if (!g_hash_table_contains (self->watched, item))
    return FALSE;

  return g_ptr_array_find (self->items, item, position);
}

void
phaen_catalogue_ensure_id (PhaenCatalogue *self,
                           gpointer        item)
{
  g_autofree char *fresh = NULL;

  g_return_if_fail (PHAEN_IS_CATALOGUE (self));
  g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (item, self->item_type));

  if (*item_id (item) != '\0')
    return;

  if (self->ids_stale)
    rebuild_ids (self);

  do
    {
      g_free (fresh);
      fresh = g_strdup_printf ("%s%u", self->id_prefix, self->next_number++);
    }
  while (g_hash_table_contains (self->by_id, fresh));

  g_object_set (item, "id", fresh, NULL);
}

void
phaen_catalogue_continue_ids (PhaenCatalogue *self,
                              PhaenCatalogue *other)
{
  g_return_if_fail (PHAEN_IS_CATALOGUE (self));
  g_return_if_fail (PHAEN_IS_CATALOGUE (other));

  self->next_number = MAX (self->next_number, other->next_number);
}

void
phaen_catalogue_splice (PhaenCatalogue *self,
                        guint           position,
                        guint           n_removals,
                        gpointer       *additions,
                        guint           n_additions)
{
  g_return_if_fail (PHAEN_IS_CATALOGUE (self));
  g_return_if_fail (position + n_removals >= position);
  g_return_if_fail (position + n_removals <= self->items->len);

  for (guint i = 0; i < n_additions; i++)
    g_return_if_fail (G_TYPE_CHECK_INSTANCE_TYPE (additions[i], self->item_type));

  for (guint i = position; i < position + n_removals; i++)
    unwatch (self, g_ptr_array_index (self->items, i));
  g_ptr_array_remove_range (self->items, position, n_removals);

  for (guint i = 0; i < n_additions; i++)
    {
      gpointer item = additions[i];

      g_ptr_array_insert (self->items, position + i, g_object_ref (item));
      watch (self, item);
    }

  if (n_removals > 0)
    {
      /* What left may have been what a lookup would find. */
      self->ids_stale = TRUE;
      self->names_stale = self->by_name != NULL;
    }
  else
    {
      for (guint i = 0; i < n_additions; i++)
        {
          if (!self->ids_stale)
            index_id (self, additions[i]);
          else
            note_id (self, item_id (additions[i]));
          if (self->by_name != NULL && !self->names_stale)
            index_name (self, additions[i]);
        }
    }

  if (n_removals > 0 || n_additions > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
}

void
phaen_catalogue_insert (PhaenCatalogue *self,
                        guint           position,
                        gpointer        item)
{
  phaen_catalogue_splice (self, position, 0, &item, 1);
}

void
phaen_catalogue_append (PhaenCatalogue *self,
                        gpointer        item)
{
  g_return_if_fail (PHAEN_IS_CATALOGUE (self));

  phaen_catalogue_splice (self, self->items->len, 0, &item, 1);
}

void
phaen_catalogue_remove (PhaenCatalogue *self,
                        guint           position)
{
  phaen_catalogue_splice (self, position, 1, NULL, 0);
}

void
phaen_catalogue_remove_all (PhaenCatalogue *self)
{
  g_return_if_fail (PHAEN_IS_CATALOGUE (self));

  phaen_catalogue_splice (self, 0, self->items->len, NULL, 0);
}
