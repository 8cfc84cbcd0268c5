/* phaen-change.h: what changed between two states of a plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A change record says, entry by entry, how one state of a plan became
 * another: entries added (with every recorded field), removed (the same),
 * moved to another place in their list, and fields changed (old and new
 * value). Entries are matched by id. The records of an edition
 * (phaen-edition.h) are such a list, and so is what "phaen diff" prints.
 *
 * Only the plan's content is recorded: the names and references of
 * strategies, approaches, programs and units, and every field of a
 * project except its monitoring (status, contracted, disbursed, progress,
 * actual months, remarks), which follows the year and is never part of an
 * edition. The plan's own settings and texts are not recorded either.
 *
 * Values are text, as a plan file writes them: amounts plain ("1500000.50"),
 * months canonical ("ต.ค.-ธ.ค."), kinds by keyword ("equipment"),
 * references by id ("u2"; "" for none), booleans "true"/"false".
 */
#pragma once

#include "phaen-plan.h"

G_BEGIN_DECLS

typedef enum
{
  PHAEN_CHANGE_ADDED,
  PHAEN_CHANGE_REMOVED,
  PHAEN_CHANGE_MOVED,
  PHAEN_CHANGE_CHANGED,
} PhaenChangeKind;

/* The list of the plan an entry belongs to; the file keywords are
 * "strategy", "approach", "program", "unit" and "project". */
typedef enum
{
  PHAEN_CHANGE_STRATEGY,
  PHAEN_CHANGE_APPROACH,
  PHAEN_CHANGE_PROGRAM,
  PHAEN_CHANGE_UNIT,
  PHAEN_CHANGE_PROJECT,
  PHAEN_CHANGE_N_TARGETS,
} PhaenChangeTarget;

/* "added", "removed", "moved", "changed" and the target keywords above. */
const char *phaen_change_kind_to_string     (PhaenChangeKind    kind);
gboolean    phaen_change_kind_from_string   (const char        *text,
                                             PhaenChangeKind   *out);
const char *phaen_change_target_to_string   (PhaenChangeTarget  target);
gboolean    phaen_change_target_from_string (const char        *text,
                                             PhaenChangeTarget *out);
/* The word for an entry of @target in the user's language ("project"). */
const char *phaen_change_target_get_label   (PhaenChangeTarget  target);

/* The recorded fields of an entry of @target, in the order they are
 * written (NULL-terminated property names): "name" first. */
const char * const *phaen_change_target_fields (PhaenChangeTarget target);
/* TRUE when @property of an entry of @target is part of the record. */
gboolean    phaen_change_field_is_recorded  (PhaenChangeTarget  target,
                                             const char        *property);
/* The name of a field in the user's language ("budget", "responsible
 * unit"). */
const char *phaen_change_field_get_label    (const char        *property);

typedef struct
{
  char *name;    /* property */
  char *value;   /* text */
} PhaenChangeField;

typedef struct _PhaenChange PhaenChange;
struct _PhaenChange
{
  /*< public, read-only >*/
  PhaenChangeKind    kind;
  PhaenChangeTarget  target;
  char              *id;
  /* 0-based positions in the entry's list: @from before the change
   * (removed, moved), @to after it (added, moved). */
  guint              from;
  guint              to;
  /* Changed: the property, its old and new value. */
  char              *field;
  char              *old_value;
  char              *new_value;
  /* Added and removed: every recorded field (PhaenChangeField*), in the
   * order of phaen_change_target_fields(). */
  GPtrArray         *fields;

  /*< private >*/
  gint               ref_count;
};

#define PHAEN_TYPE_CHANGE (phaen_change_get_type ())
GType        phaen_change_get_type (void) G_GNUC_CONST;

PhaenChange *phaen_change_new      (PhaenChangeKind    kind,
                                    PhaenChangeTarget  target,
                                    const char        *id);
PhaenChange *phaen_change_ref      (PhaenChange       *change);
void         phaen_change_unref    (PhaenChange       *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaenChange, phaen_change_unref)

/* Appends a field to an added or removed entry's record. */
void         phaen_change_add_field (PhaenChange      *change,
                                     const char       *name,
                                     const char       *value);
/* The recorded value of @name of an added or removed entry, or NULL. */
const char  *phaen_change_get_field (PhaenChange      *change,
                                     const char       *name);
/* The same change with names (phaen_text_property_is_name()) as a plan
 * file keeps them; TRUE when @a and @b are equal (names normalised when
 * @as_saved). */
gboolean     phaen_change_equal    (PhaenChange       *a,
                                    PhaenChange       *b,
                                    gboolean           as_saved);

/* The text of @property of @object (an entry of a plan) as a change
 * record holds it. */
char        *phaen_change_value_text (GObject         *object,
                                      const char      *property);

/* A value read from a file in the one form a record holds: names
 * normalised (phaen_text_normalize_name()), amounts plain, months
 * canonical, kinds and booleans checked. References are returned as
 * given (the reader checks the id's syntax). NULL with
 * PHAEN_MODEL_ERROR_INVALID when @text is no value of @property. */
char        *phaen_change_normalize_value (PhaenChangeTarget  target,
                                           const char        *property,
                                           const char        *text,
                                           GError           **error);

/* The text of @property of a new, empty entry of @target ("0" for a
 * budget, "project" for a kind, "" for most): what a record may leave
 * out. */
char        *phaen_change_default_value   (PhaenChangeTarget  target,
                                           const char        *property);

/* Every change that turns @before into @after (PhaenChange*, free the
 * array with g_ptr_array_unref), list by list (strategies, approaches,
 * programs, units, projects); within a list the removed entries in their
 * old order, then for each entry of @after in order: added, or moved,
 * then its changed fields in the order of phaen_change_target_fields().
 * An entry counts as moved only when it must be: the entries that keep
 * their relative order form the longest such run. */
GPtrArray   *phaen_plan_diff        (PhaenPlan        *before,
                                     PhaenPlan        *after);

/* Applies @changes (PhaenChange*) to @plan, as recorded (@backward FALSE:
 * @plan is the state before them) or undone (@backward TRUE: @plan is the
 * state after them). Every change is checked against @plan first: the
 * entries it removes (or, backward, adds) must be there with the recorded
 * fields at the recorded place, the fields it changes must hold the value
 * it changes from. On failure returns FALSE with
 * PHAEN_MODEL_ERROR_INVALID naming the entry, and the index of the change
 * at fault in @failed (nullable); @plan may then be partly changed (apply
 * to a copy). Works on the plan's lists directly: no undo, no "changed". */
gboolean     phaen_changes_apply    (PhaenPlan        *plan,
                                     GPtrArray        *changes,
                                     gboolean          backward,
                                     guint            *failed,
                                     GError          **error);

G_END_DECLS
