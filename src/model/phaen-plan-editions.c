/* phaen-plan-editions.c: a plan's additions and amendments
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plan's lists are always the current plan. An adopted edition keeps
 * its record frozen; the open one keeps a copy of the plan as it was when
 * it started, and its record is the diff from that copy to the plan
 * (phaen_plan_diff()), worked out when asked: whatever the edit API did
 * since, undo included, is in it, and nothing else has to follow the
 * edits. Earlier states are the current plan with the later records
 * played backwards (phaen_changes_apply()).
 */
#define G_LOG_DOMAIN "phaen-model"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-announcement.h"
#include "phaen-plan-editions.h"
#include "phaen-fiscal.h"
#include "phaen-limits.h"
#include "phaen-model-error.h"
#include "phaen-plan-private.h"
#include "phaen-properties.h"

#define EDITION_NUMBER_MAX 999

/* phaen-edition.c */
GPtrArray *_phaen_edition_get_changes (PhaenEdition *self);

guint
phaen_plan_get_edition_position (PhaenPlan    *plan,
                                 PhaenEdition *edition)
{
  guint position;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), 0);

  if (edition == NULL ||
      !g_list_store_find (_phaen_plan_get_edition_store (plan), edition, &position))
    return 0;

  return position + 1;
}

PhaenEdition *
phaen_plan_get_open_edition (PhaenPlan *plan)
{
  PhaenEdition *last;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  last = phaen_plan_get_edition (plan, phaen_plan_get_n_editions (plan));
  return last != NULL && !phaen_edition_is_adopted (last) ? last : NULL;
}

guint
phaen_plan_get_n_adopted_editions (PhaenPlan *plan)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (plan), 0);

  return phaen_plan_get_n_editions (plan) - (phaen_plan_get_open_edition (plan) != NULL ? 1 : 0);
}

GPtrArray *
phaen_plan_get_edition_changes (PhaenPlan    *plan,
                                PhaenEdition *edition)
{
  GPtrArray *frozen;
  PhaenPlan *base;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PHAEN_IS_EDITION (edition), NULL);

  frozen = _phaen_edition_get_changes (edition);
  if (frozen != NULL)
    return g_ptr_array_ref (frozen);

  base = _phaen_plan_get_edition_base (plan);
  if (edition == phaen_plan_get_open_edition (plan) && base != NULL)
    return phaen_plan_diff (base, plan);

  return g_ptr_array_new_with_free_func ((GDestroyNotify) phaen_change_unref);
}

/* ---- Earlier states --------------------------------------------------------- */

PhaenPlan *
phaen_plan_rebuild_at_edition (PhaenPlan  *plan,
                               guint       n,
                               GError    **error)
{
  g_autoptr(PhaenPlan) result = NULL;
  guint n_editions;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n_editions = phaen_plan_get_n_editions (plan);
  if (n > n_editions)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   ngettext ("There is no edition %u: the plan has %u addition or amendment",
                             "There is no edition %u: the plan has %u additions and amendments",
                             n_editions),
                   n, n_editions);
      return NULL;
    }

  result = _phaen_plan_copy_content (plan);
  for (guint k = n_editions; k > n; k--)
    {
      PhaenEdition *edition = phaen_plan_get_edition (plan, k);
      g_autoptr(GPtrArray) changes = phaen_plan_get_edition_changes (plan, edition);
      g_autoptr(GError) local_error = NULL;
      g_autofree char *label = phaen_edition_dup_label (edition);

      if (!phaen_changes_apply (result, changes, TRUE, NULL, &local_error))
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       /* Translators: %s is an edition ("Addition 1"), then why its record does not fit */
                       _("The record of %s does not match the plan: %s"), label, local_error->message);
          return NULL;
        }
    }

  return g_steal_pointer (&result);
}

/* The project ids an adopted edition added (kept on the edition: its
 * record never changes). */
static GHashTable *
added_projects (PhaenEdition *edition)
{
  GQuark quark = g_quark_from_static_string ("phaen-edition-added-projects");
  GHashTable *added;
  GPtrArray *changes;

  added = g_object_get_qdata (G_OBJECT (edition), quark);
  if (added != NULL)
    return added;

  added = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  changes = _phaen_edition_get_changes (edition);
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      PhaenChange *change = g_ptr_array_index (changes, i);

      if (change->kind == PHAEN_CHANGE_ADDED && change->target == PHAEN_CHANGE_PROJECT)
        g_hash_table_add (added, g_strdup (change->id));
    }
  g_object_set_qdata_full (G_OBJECT (edition), quark, added, (GDestroyNotify) g_hash_table_unref);

  return added;
}

PhaenEdition *
phaen_plan_find_adding_edition (PhaenPlan  *plan,
                                const char *project_id)
{
  PhaenEdition *open;
  PhaenPlan *base;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (project_id != NULL, NULL);

  open = phaen_plan_get_open_edition (plan);
  base = _phaen_plan_get_edition_base (plan);
  if (open != NULL && base != NULL &&
      phaen_plan_find_project (base, project_id) == NULL &&
      phaen_plan_find_project (plan, project_id) != NULL)
    return open;

  for (guint k = phaen_plan_get_n_editions (plan); k > 0; k--)
    {
      PhaenEdition *edition = phaen_plan_get_edition (plan, k);

      if (phaen_edition_is_adopted (edition) &&
          g_hash_table_contains (added_projects (edition), project_id))
        return edition;
    }

  return NULL;
}

/* ---- What may be edited ------------------------------------------------------ */

/* The adopted plan's own texts and details: fixed once it has editions,
 * like the facts of its announcement (phaen_announcement_fact_properties()).
 * Its other properties are settings of how it is printed. */
static const char * const document_fields[] = {
  "organisation-name", "organisation-kind", "district", "province",
  "preparing-unit", "fiscal-year", "edition-kind", "edition-number",
  "edition-year", "announcement-date", "signer-name", "signer-position",
  "announcement-text-1", "announcement-text-2", "foreword",
  "introduction-text", "objectives-text", "procedure-text", "benefits-text",
  NULL
};

/* A project's monitoring: follows the year, never part of an edition. */
static const char * const monitoring_fields[] = {
  "status", "contracted", "disbursed", "progress", "actual-schedule", "remarks", NULL
};

gboolean
phaen_plan_check_edit (PhaenPlan   *plan,
                       gpointer     object,
                       const char  *property,
                       GError     **error)
{
  PhaenEdition *open;
  PhaenEdition *last;
  guint n_editions;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  if (PHAEN_IS_EDITION (object))
    {
      g_autofree char *label = phaen_edition_dup_label (object);

      if (phaen_plan_get_edition_position (plan, object) == 0)
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("%s is not an edition of this plan"), label);
          return FALSE;
        }
      if (phaen_edition_is_adopted (object))
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_ADOPTED,
                       _("%s has been adopted and can no longer change. Start a new addition or amendment for further changes."),
                       label);
          return FALSE;
        }
      if (property != NULL &&
          (strcmp (property, "id") == 0 || strcmp (property, "adoption-date") == 0))
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("The date of %s is set by adopting it"), label);
          return FALSE;
        }
      return TRUE;
    }

  n_editions = phaen_plan_get_n_editions (plan);
  if (n_editions == 0)
    return TRUE;

  if (object == (gpointer) plan && property != NULL)
    {
      if (!g_strv_contains (document_fields, property) &&
          !g_strv_contains (phaen_announcement_fact_properties (), property))
        return TRUE;

      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_ADOPTED,
                   _("The adopted plan’s own texts and details cannot change once it has additions or amendments; each of them has its own announcement."));
      return FALSE;
    }

  if (PHAEN_IS_PROJECT (object) && property != NULL &&
      g_strv_contains (monitoring_fields, property))
    return TRUE;

  open = phaen_plan_get_open_edition (plan);
  if (open != NULL)
    return TRUE;

  last = phaen_plan_get_edition (plan, n_editions);
  {
    g_autofree char *label = phaen_edition_dup_label (last);

    g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_ADOPTED,
                 _("%s of this plan has been adopted, so its projects and lists can change only through a new addition or amendment. Start one first."),
                 label);
  }
  return FALSE;
}

/* ---- Start, adopt, remove --------------------------------------------------- */

typedef enum
{
  EDITION_START,
  EDITION_ADOPT,
  EDITION_REMOVE,
} EditionOp;

typedef struct
{
  PhaenCommand  parent;
  PhaenPlan    *plan;       /* not owned: it owns the history */
  EditionOp     op;
  PhaenEdition *edition;    /* owned */
  PhaenPlan    *base;       /* owned: the plan when the edition started */
  GPtrArray    *changes;    /* adopt: the frozen record */
  char         *date;       /* adopt */
  char         *label;
} EditionCommand;

static void
edition_put (EditionCommand *self)
{
  g_list_store_append (_phaen_plan_get_edition_store (self->plan), self->edition);
  _phaen_plan_set_edition_base (self->plan, self->base);
}

static void
edition_take (EditionCommand *self)
{
  GListStore *store = _phaen_plan_get_edition_store (self->plan);
  guint position;

  _phaen_plan_set_edition_base (self->plan, NULL);
  if (g_list_store_find (store, self->edition, &position))
    g_list_store_remove (store, position);
  else
    g_warn_if_reached ();
}

static void
edition_adopt (EditionCommand *self)
{
  phaen_edition_set_changes (self->edition, self->changes);
  g_object_set (self->edition, "adoption-date", self->date, NULL);
  _phaen_plan_set_edition_base (self->plan, NULL);
}

static void
edition_reopen (EditionCommand *self)
{
  phaen_edition_set_changes (self->edition, NULL);
  g_object_set (self->edition, "adoption-date", "", NULL);
  _phaen_plan_set_edition_base (self->plan, self->base);
}

static void
edition_command_redo (PhaenCommand *command)
{
  EditionCommand *self = (EditionCommand *) command;

  _phaen_plan_note_change (self->plan);
  switch (self->op)
    {
    case EDITION_START: edition_put (self); break;
    case EDITION_ADOPT: edition_adopt (self); break;
    case EDITION_REMOVE: edition_take (self); break;
    default: g_assert_not_reached ();
    }
}

static void
edition_command_undo (PhaenCommand *command)
{
  EditionCommand *self = (EditionCommand *) command;

  _phaen_plan_note_change (self->plan);
  switch (self->op)
    {
    case EDITION_START: edition_take (self); break;
    case EDITION_ADOPT: edition_reopen (self); break;
    case EDITION_REMOVE: edition_put (self); break;
    default: g_assert_not_reached ();
    }
}

static void
edition_command_free (PhaenCommand *command)
{
  EditionCommand *self = (EditionCommand *) command;

  g_clear_object (&self->edition);
  g_clear_object (&self->base);
  g_clear_pointer (&self->changes, g_ptr_array_unref);
  g_free (self->date);
  g_free (self->label);
  g_free (self);
}

/* Applies the step, then records it. */
static void
run_edition_command (PhaenPlan    *plan,
                     EditionOp     op,
                     PhaenEdition *edition,
                     PhaenPlan    *base,
                     GPtrArray    *changes,
                     const char   *date,
                     char         *label)
{
  EditionCommand *command = g_new0 (EditionCommand, 1);

  command->plan = plan;
  command->op = op;
  command->edition = g_object_ref (edition);
  command->base = base != NULL ? g_object_ref (base) : NULL;
  command->changes = changes != NULL ? g_ptr_array_ref (changes) : NULL;
  command->date = g_strdup (date);
  command->label = label;
  command->parent.label = command->label;
  command->parent.undo = edition_command_undo;
  command->parent.redo = edition_command_redo;
  command->parent.free = edition_command_free;

  edition_command_redo (&command->parent);
  phaen_history_push (phaen_plan_get_history (plan), &command->parent);
}

static gboolean
parse_date (const char *text,
            GDate      *date)
{
  g_date_clear (date, 1);
  return text != NULL && text[0] != '\0' &&
         phaen_date_parse_iso (text, date, NULL) && g_date_valid (date);
}

/* The first id "e<n>" no edition of @plan has. */
static char *
next_edition_id (PhaenPlan *plan)
{
  for (guint n = phaen_plan_get_n_editions (plan) + 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", n);
      gboolean used = FALSE;

      for (guint k = 1; k <= phaen_plan_get_n_editions (plan) && !used; k++)
        used = strcmp (phaen_edition_get_id (phaen_plan_get_edition (plan, k)), id) == 0;
      if (!used)
        return g_steal_pointer (&id);
    }
}

PhaenEdition *
phaen_plan_edit_start_edition (PhaenPlan         *plan,
                               PhaenEditionKind   kind,
                               guint              number,
                               guint              number_year,
                               GError           **error)
{
  g_autoptr(PhaenEdition) edition = NULL;
  g_autoptr(PhaenPlan) base = NULL;
  g_autofree char *id = NULL;
  PhaenEdition *open;
  GDate adopted;
  guint n_editions;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (kind == PHAEN_EDITION_ADDITION || kind == PHAEN_EDITION_AMENDMENT, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  open = phaen_plan_get_open_edition (plan);
  if (open != NULL)
    {
      g_autofree char *label = phaen_edition_dup_label (open);

      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("%s is still open: adopt it (or remove it) before starting another addition or amendment"),
                   label);
      return NULL;
    }

  if (!parse_date (phaen_plan_get_text (plan, "announcement-date"), &adopted))
    {
      g_set_error_literal (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                           _("The plan has no announcement date. Give the date it was adopted first: an addition or amendment changes an adopted plan and its announcement cites that date."));
      return NULL;
    }

  n_editions = phaen_plan_get_n_editions (plan);
  if (n_editions >= PHAEN_LIMIT_EDITIONS)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("The plan has %u additions and amendments, the most a plan may have"),
                   (guint) PHAEN_LIMIT_EDITIONS);
      return NULL;
    }

  if (number == 0)
    {
      /* The next of its kind, in the style of the last of its kind. */
      guint last_year = 0;
      gboolean any = FALSE;

      if (phaen_plan_get_edition_kind (plan) == kind)
        number = phaen_plan_get_edition_number (plan);
      for (guint k = 1; k <= n_editions; k++)
        {
          PhaenEdition *other = phaen_plan_get_edition (plan, k);

          if (phaen_edition_get_kind (other) != kind)
            continue;
          number = MAX (number, phaen_edition_get_number (other));
          last_year = phaen_edition_get_number_year (other);
          any = TRUE;
        }
      number++;
      if (number_year == 0 && any)
        number_year = last_year;
    }

  if (number > EDITION_NUMBER_MAX ||
      (number_year != 0 && (number_year < PHAEN_FISCAL_YEAR_MIN || number_year > PHAEN_FISCAL_YEAR_MAX)))
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("An edition number runs from 1 to %u, and its year (if any) from %u to %u"),
                   EDITION_NUMBER_MAX, PHAEN_FISCAL_YEAR_MIN, PHAEN_FISCAL_YEAR_MAX);
      return NULL;
    }

  edition = phaen_edition_new (kind, number, number_year);
  for (guint k = 1; k <= n_editions; k++)
    {
      PhaenEdition *other = phaen_plan_get_edition (plan, k);

      if (phaen_edition_get_kind (other) == kind &&
          phaen_edition_get_number (other) == number &&
          phaen_edition_get_number_year (other) == number_year)
        {
          g_autofree char *label = phaen_edition_dup_label (edition);

          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("The plan has %s already"), label);
          return NULL;
        }
    }

  id = next_edition_id (plan);
  g_object_set (edition,
                "id", id,
                "signer-name", phaen_plan_get_text (plan, "signer-name"),
                "signer-position", phaen_plan_get_text (plan, "signer-position"),
                NULL);

  base = _phaen_plan_copy_content (plan);
  run_edition_command (plan, EDITION_START, edition, base, NULL, NULL,
                       g_strdup (kind == PHAEN_EDITION_AMENDMENT ? _("Start amendment") : _("Start addition")));

  return edition;   /* the plan holds it */
}

gboolean
phaen_plan_edit_adopt_edition (PhaenPlan   *plan,
                               const char  *date,
                               GError     **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *label = NULL;
  g_autofree char *iso = NULL;
  const char *previous_iso;
  PhaenEdition *open;
  GDate when, previous;
  guint position;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  open = phaen_plan_get_open_edition (plan);
  if (open == NULL)
    {
      g_set_error_literal (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                           _("No addition or amendment is open: start one first"));
      return FALSE;
    }
  label = phaen_edition_dup_label (open);

  if (!parse_date (date, &when))
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_DATE,
                   _("“%s” is not a date (YYYY-MM-DD, Common Era)"), date != NULL ? date : "");
      return FALSE;
    }

  /* Not before what it changes was adopted. */
  position = phaen_plan_get_edition_position (plan, open);
  previous_iso = position > 1
                 ? phaen_edition_get_adoption_date (phaen_plan_get_edition (plan, position - 1))
                 : phaen_plan_get_text (plan, "announcement-date");
  if (parse_date (previous_iso, &previous) && g_date_compare (&when, &previous) < 0)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID_DATE,
                   _("%s cannot be adopted on %s, before %s, when what it changes was adopted"),
                   label, date, previous_iso);
      return FALSE;
    }

  changes = phaen_plan_get_edition_changes (plan, open);
  if (changes->len == 0)
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("%s changes nothing yet: add or change projects before adopting it"),
                   label);
      return FALSE;
    }

  iso = phaen_date_format_iso (&when);
  run_edition_command (plan, EDITION_ADOPT, open, _phaen_plan_get_edition_base (plan),
                       changes, iso,
                       g_strdup (phaen_edition_get_kind (open) == PHAEN_EDITION_AMENDMENT
                                 ? _("Adopt amendment") : _("Adopt addition")));
  return TRUE;
}

gboolean
phaen_plan_edit_remove_edition (PhaenPlan  *plan,
                                GError    **error)
{
  g_autoptr(GPtrArray) changes = NULL;
  PhaenEdition *open;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  open = phaen_plan_get_open_edition (plan);
  if (open == NULL)
    {
      g_set_error_literal (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                           _("No addition or amendment is open: start one first"));
      return FALSE;
    }

  changes = phaen_plan_get_edition_changes (plan, open);
  if (changes->len > 0)
    {
      g_autofree char *label = phaen_edition_dup_label (open);

      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("%s has changes: undo them before removing it"), label);
      return FALSE;
    }

  run_edition_command (plan, EDITION_REMOVE, open, _phaen_plan_get_edition_base (plan),
                       NULL, NULL, g_strdup (_("Remove addition or amendment")));
  return TRUE;
}

/* ---- Readers -------------------------------------------------------------- */

void
phaen_plan_append_edition (PhaenPlan    *plan,
                           PhaenEdition *edition)
{
  g_return_if_fail (PHAEN_IS_PLAN (plan));
  g_return_if_fail (PHAEN_IS_EDITION (edition));

  if (phaen_edition_get_id (edition)[0] == '\0')
    {
      g_autofree char *id = next_edition_id (plan);

      g_object_set (edition, "id", id, NULL);
    }
  g_list_store_append (_phaen_plan_get_edition_store (plan), edition);
}

static gboolean
fault (guint  *edition_at_fault,
       guint  *change_at_fault,
       guint   edition,
       guint   change)
{
  if (edition_at_fault != NULL)
    *edition_at_fault = edition;
  if (change_at_fault != NULL)
    *change_at_fault = change;
  return FALSE;
}

gboolean
phaen_plan_load_editions (PhaenPlan  *plan,
                          guint      *edition_at_fault,
                          guint      *change_at_fault,
                          GError    **error)
{
  g_autoptr(PhaenPlan) state = NULL;
  g_autoptr(PhaenPlan) open_base = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *previous_iso;
  guint n_editions;
  GDate previous;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  n_editions = phaen_plan_get_n_editions (plan);
  if (n_editions == 0)
    return TRUE;

  /* The editions' own facts. */
  previous_iso = phaen_plan_get_text (plan, "announcement-date");
  if (!parse_date (previous_iso, &previous))
    {
      g_set_error_literal (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                           _("a plan with additions or amendments needs its announcement date, the adoption they change"));
      return fault (edition_at_fault, change_at_fault, 1, G_MAXUINT);
    }

  for (guint k = 1; k <= n_editions; k++)
    {
      PhaenEdition *edition = phaen_plan_get_edition (plan, k);
      g_autofree char *label = phaen_edition_dup_label (edition);
      GDate when;

      for (guint j = 1; j < k; j++)
        {
          PhaenEdition *other = phaen_plan_get_edition (plan, j);

          if (phaen_edition_get_kind (other) == phaen_edition_get_kind (edition) &&
              phaen_edition_get_number (other) == phaen_edition_get_number (edition) &&
              phaen_edition_get_number_year (other) == phaen_edition_get_number_year (edition))
            {
              g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                           _("%s appears twice"), label);
              return fault (edition_at_fault, change_at_fault, k, G_MAXUINT);
            }
        }

      if (!phaen_edition_is_adopted (edition))
        {
          if (k < n_editions)
            {
              g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                           _("%s is not adopted but is followed by another edition; only the last edition may be open"),
                           label);
              return fault (edition_at_fault, change_at_fault, k, G_MAXUINT);
            }
          continue;
        }

      if (!parse_date (phaen_edition_get_adoption_date (edition), &when))
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("%s: “%s” is not a valid date (YYYY-MM-DD, Common Era)"),
                       label, phaen_edition_get_adoption_date (edition));
          return fault (edition_at_fault, change_at_fault, k, G_MAXUINT);
        }
      if (g_date_compare (&when, &previous) < 0)
        {
          g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                       _("%s is adopted on %s, before %s, when what it changes was adopted"),
                       label, phaen_edition_get_adoption_date (edition), previous_iso);
          return fault (edition_at_fault, change_at_fault, k, G_MAXUINT);
        }
      previous = when;
      previous_iso = phaen_edition_get_adoption_date (edition);

    }

  /* Every record, from the last, must match the plan at its point. */
  state = _phaen_plan_copy_content (plan);
  for (guint k = n_editions; k > 0; k--)
    {
      PhaenEdition *edition = phaen_plan_get_edition (plan, k);
      GPtrArray *changes = _phaen_edition_get_changes (edition);
      g_autoptr(GPtrArray) none = NULL;
      guint failed = 0;

      if (changes == NULL)
        changes = none = g_ptr_array_new ();
      if (!phaen_changes_apply (state, changes, TRUE, &failed, error))
        return fault (edition_at_fault, change_at_fault, k, failed);

      if (!phaen_edition_is_adopted (edition))
        open_base = _phaen_plan_copy_content (state);
    }

  /* The adopted plan they lead back to must be one a file can hold. */
  if (!phaen_plan_check_storable_structure (state, NULL, &local_error))
    {
      g_set_error (error, PHAEN_MODEL_ERROR, PHAEN_MODEL_ERROR_INVALID,
                   _("the plan before its additions and amendments is not valid: %s"),
                   local_error->message);
      return fault (edition_at_fault, change_at_fault, 1, G_MAXUINT);
    }

  /* The open edition records from its start on. */
  if (open_base != NULL)
    {
      phaen_edition_set_changes (phaen_plan_get_open_edition (plan), NULL);
      _phaen_plan_set_edition_base (plan, open_base);
    }

  return TRUE;
}

/* ---- Copy and equality --------------------------------------------------- */

void
_phaen_plan_copy_editions (PhaenPlan *self,
                           PhaenPlan *copy)
{
  PhaenPlan *base;

  for (guint k = 1; k <= phaen_plan_get_n_editions (self); k++)
    {
      PhaenEdition *edition = phaen_plan_get_edition (self, k);
      g_autoptr(PhaenEdition) twin = g_object_new (PHAEN_TYPE_EDITION, NULL);

      phaen_properties_copy (G_OBJECT (edition), G_OBJECT (twin));
      /* Records never change once frozen: shared. */
      phaen_edition_set_changes (twin, _phaen_edition_get_changes (edition));
      g_list_store_append (_phaen_plan_get_edition_store (copy), twin);
    }

  base = _phaen_plan_get_edition_base (self);
  if (base != NULL)
    {
      g_autoptr(PhaenPlan) base_copy = _phaen_plan_copy_content (base);

      _phaen_plan_set_edition_base (copy, base_copy);
    }
}

gboolean
_phaen_plan_editions_equal (PhaenPlan  *a,
                            PhaenPlan  *b,
                            gboolean    as_saved,
                            char      **why)
{
  guint na = phaen_plan_get_n_editions (a);
  guint nb = phaen_plan_get_n_editions (b);

  for (guint k = 1; k <= MIN (na, nb); k++)
    {
      PhaenEdition *ea = phaen_plan_get_edition (a, k);
      PhaenEdition *eb = phaen_plan_get_edition (b, k);
      g_autofree char *detail = NULL;
      g_autoptr(GPtrArray) ca = NULL;
      g_autoptr(GPtrArray) cb = NULL;

      if (!phaen_properties_equal (G_OBJECT (ea), G_OBJECT (eb), as_saved, why ? &detail : NULL))
        {
          if (why != NULL)
            *why = g_strdup_printf ("edition %u: %s", k, detail);
          return FALSE;
        }

      ca = phaen_plan_get_edition_changes (a, ea);
      cb = phaen_plan_get_edition_changes (b, eb);
      for (guint i = 0; i < MIN (ca->len, cb->len); i++)
        {
          PhaenChange *x = g_ptr_array_index (ca, i);
          PhaenChange *y = g_ptr_array_index (cb, i);

          if (!phaen_change_equal (x, y, as_saved))
            {
              if (why != NULL)
                *why = g_strdup_printf ("edition %u: change %u (%s %s “%s”) differs",
                                        k, i + 1, phaen_change_kind_to_string (x->kind),
                                        phaen_change_target_to_string (x->target), x->id);
              return FALSE;
            }
        }
      if (ca->len != cb->len)
        {
          if (why != NULL)
            *why = g_strdup_printf ("edition %u: %u changes != %u changes", k, ca->len, cb->len);
          return FALSE;
        }
    }

  if (na != nb)
    {
      if (why != NULL)
        *why = g_strdup_printf ("editions: %u != %u", na, nb);
      return FALSE;
    }

  return TRUE;
}

/* ---- The consolidated plan's note ------------------------------------------ */

static GQuark
title_note_quark (void)
{
  return g_quark_from_static_string ("phaen-plan-title-note");
}

void
phaen_plan_set_title_note (PhaenPlan  *plan,
                           const char *note)
{
  g_return_if_fail (PHAEN_IS_PLAN (plan));

  g_object_set_qdata_full (G_OBJECT (plan), title_note_quark (),
                           note != NULL && note[0] != '\0' ? g_strdup (note) : NULL, g_free);
}

const char *
phaen_plan_get_title_note (PhaenPlan *plan)
{
  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);

  return g_object_get_qdata (G_OBJECT (plan), title_note_quark ());
}

/* ---- Default wording ------------------------------------------------------ */

/* The one place the wording of an edition's announcement is composed:
 * from its facts, by the announcement's composer (phaen-announcement.h):
 * the plan's organisation, fiscal year and legal basis, the edition's
 * kind and number, and the adoption of the plan it changes. What the
 * plan's facts say of its own budget ordinance and of when its draft was
 * considered belongs to the plan, not to the edition: left out. */
static void
compose_announcement (PhaenPlan    *plan,
                      PhaenEdition *edition,
                      char        **first,
                      char        **second)
{
  g_auto(PhaenAnnouncementFacts) facts = { 0, };
  g_auto(GStrv) paragraphs = NULL;
  const char *adopted = phaen_plan_get_text (plan, "announcement-date");

  phaen_announcement_facts_init_from_plan (&facts, plan);
  facts.kind = phaen_edition_get_kind (edition);
  facts.edition_number = phaen_edition_get_number (edition);
  g_clear_pointer (&facts.edition_label, g_free);
  if (phaen_edition_get_number_year (edition) != 0)
    facts.edition_label = phaen_edition_format_number (edition);
  g_clear_pointer (&facts.budget_ordinance, g_free);
  g_clear_pointer (&facts.budget_ordinance_date, g_free);
  g_clear_pointer (&facts.considered_date, g_free);
  g_clear_pointer (&facts.original_adoption_date, g_free);
  if (adopted[0] != '\0')
    facts.original_adoption_date = g_strdup (adopted);

  paragraphs = phaen_announcement_compose (&facts);
  *first = g_strdup (paragraphs[0]);
  *second = g_strdup (paragraphs[1]);
}

void
phaen_edition_compose_texts (PhaenEdition  *self,
                             PhaenPlan     *plan,
                             char         **first,
                             char         **second)
{
  g_return_if_fail (PHAEN_IS_EDITION (self));
  g_return_if_fail (PHAEN_IS_PLAN (plan));
  g_return_if_fail (first != NULL && second != NULL);

  compose_announcement (plan, self, first, second);
}
