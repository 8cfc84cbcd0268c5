/* phaen-draft.h: recovery files (drafts) for autosave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * While a plan has unsaved changes the app writes it now and then as a
 * draft, so that a crash or a power cut loses at most the last minutes.
 * A draft lives in g_get_user_state_dir()/phaen/drafts/ as two files:
 *
 *   ID.phaen  the plan, in the .phaen format (written whatever its state:
 *             an unfinished plan is kept as it is)
 *   ID.ini    a key file, group [draft]: title (organisation and fiscal
 *             year), saved (Unix time of the draft), original (URI of the
 *             plan file, absent for a plan never saved) and
 *             original-saved (Unix time the original was last modified,
 *             when known)
 *
 * ID is made of ASCII letters, digits, '-' and '_' (phaen_draft_new_id()
 * makes one). A draft is listed only when both files are there; the plan
 * is written first and the key file last, each atomically.
 */
#pragma once

#include <gio/gio.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

typedef struct
{
  char      *id;
  GFile     *original;        /* the plan file, NULL when never saved */
  char      *title;           /* organisation and fiscal year */
  GDateTime *saved;           /* when the draft was written */
  GDateTime *original_saved;  /* when the original was last saved, or NULL */
} PhaenDraftInfo;

#define PHAEN_TYPE_DRAFT_INFO (phaen_draft_info_get_type ())
GType           phaen_draft_info_get_type (void) G_GNUC_CONST;
PhaenDraftInfo *phaen_draft_info_copy     (const PhaenDraftInfo *info);
void            phaen_draft_info_free     (PhaenDraftInfo       *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaenDraftInfo, phaen_draft_info_free)

/* A new draft id (a random UUID). */
char      *phaen_draft_new_id      (void);

/* Writes @plan as draft @draft_id (replacing an earlier one of that id);
 * @original is the plan's file, or NULL. */
gboolean   phaen_draft_save        (PhaenPlan           *plan,
                                    const char          *draft_id,
                                    GFile               *original,
                                    GError             **error);

/* phaen_draft_save() in a thread, on a snapshot of @plan taken at the
 * call. */
void       phaen_draft_save_async  (PhaenPlan           *plan,
                                    const char          *draft_id,
                                    GFile               *original,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
gboolean   phaen_draft_save_finish (GAsyncResult        *result,
                                    GError             **error);

/* Every draft (PhaenDraftInfo *), newest first. */
GPtrArray *phaen_draft_list        (void);

/* The plan of draft @draft_id; errors as phaen_file_load(). */
PhaenPlan *phaen_draft_load        (const char          *draft_id,
                                    GError             **error);

/* Removes draft @draft_id (nothing happens when there is none). */
void       phaen_draft_discard     (const char          *draft_id);

G_END_DECLS
