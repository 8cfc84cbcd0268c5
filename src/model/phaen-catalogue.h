/* phaen-catalogue.h: one ordered list of a plan, indexed by id and name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PHAEN_TYPE_CATALOGUE (phaen_catalogue_get_type ())

G_DECLARE_FINAL_TYPE (PhaenCatalogue, phaen_catalogue, PHAEN, CATALOGUE, GObject)

/*
 * A GListModel of PhaenItem (strategies, approaches, programs, units or
 * projects) with O(1) lookups by "id" and, when asked for, by "name"
 * (compared as phaen_text_normalize_name() makes it; for approaches also
 * within their strategy). The indexes follow the items' ids, names and
 * (approaches) strategies as they change. Fresh ids are "<prefix><n>",
 * n greater than every number an id of this catalogue has had, so an id
 * removed while undo could bring it back is not given out again.
 *
 * The plan owns its catalogues and hands them out as GListModel; the
 * changes go through the plan's build and edit API.
 */
PhaenCatalogue *phaen_catalogue_new          (GType           item_type,
                                              const char     *id_prefix,
                                              gboolean        index_names);

/* The item with @id, or NULL (also for NULL and ""); borrowed. With an id
 * used twice (a broken plan) the first is found. */
gpointer        phaen_catalogue_find_id      (PhaenCatalogue *self,
                                              const char     *id);
/* The first item named @name (NULL: none); with @strategy, the first of
 * the approaches of that strategy. Only for catalogues indexing names. */
gpointer        phaen_catalogue_find_name    (PhaenCatalogue *self,
                                              gpointer        strategy,
                                              const char     *name);
/* The position of @item; FALSE when it is not in the catalogue. */
gboolean        phaen_catalogue_find         (PhaenCatalogue *self,
                                              gpointer        item,
                                              guint          *position);
/* Gives @item (not necessarily in the catalogue yet) a fresh id when it
 * has none. */
void            phaen_catalogue_ensure_id    (PhaenCatalogue *self,
                                              gpointer        item);
/* Takes the number of "<prefix><n>" ids to give out next from @other (a
 * copy of a plan continues where the original was). */
void            phaen_catalogue_continue_ids (PhaenCatalogue *self,
                                              PhaenCatalogue *other);

/* Changes, each one "items-changed" as GListStore would emit it. */
void            phaen_catalogue_splice       (PhaenCatalogue *self,
                                              guint           position,
                                              guint           n_removals,
                                              gpointer       *additions,
                                              guint           n_additions);
void            phaen_catalogue_insert       (PhaenCatalogue *self,
                                              guint           position,
                                              gpointer        item);
void            phaen_catalogue_append       (PhaenCatalogue *self,
                                              gpointer        item);
void            phaen_catalogue_remove       (PhaenCatalogue *self,
                                              guint           position);
void            phaen_catalogue_remove_all   (PhaenCatalogue *self);

G_END_DECLS
