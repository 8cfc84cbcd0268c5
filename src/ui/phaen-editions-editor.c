/* phaen-editions-editor.c: the additions and amendments of the plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lists the plan as adopted and its editions (kind and number, date or
 * "open", how many projects each added, changed and removed), and holds
 * the two forms of the edition's life: start one (kind, number) and adopt
 * the open one (a date on a calendar, shown in the Buddhist era). The
 * model decides what may be done (model/phaen-edition.h); its refusals
 * are shown here as it words them.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-date-row.h"
#include "phaen-editions-editor.h"

#include "model/phaen-plan-editions.h"
#include "model/phaen-fiscal.h"

struct _PhaenEditionsEditor
{
  GtkWidget      parent_instance;

  GtkWidget     *page;
  GtkLabel      *message_label;
  GtkListBox    *list_box;
  AdwComboRow   *kind_row;
  GtkEditable   *number_row;
  PhaenDateRow  *date_row;

  PhaenPlan     *plan;
  guint          stale : 1;     /* the list waits until the form is shown */
};

enum {
  MESSAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhaenEditionsEditor, phaen_editions_editor, GTK_TYPE_WIDGET)

/* The kinds offered, in the order of the combo row. */
static const PhaenEditionKind kinds[] = { PHAEN_EDITION_ADDITION, PHAEN_EDITION_AMENDMENT };

static void
show_message (PhaenEditionsEditor *self,
              const char          *text)
{
  gtk_label_set_text (self->message_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), text != NULL);
}

static char *
thai_date (const char *iso)
{
  GDate date;

  g_date_clear (&date, 1);
  if (iso == NULL || *iso == '\0' || !phaen_date_parse_iso (iso, &date, NULL))
    return NULL;
  return phaen_date_format_thai (&date, FALSE);
}

/* Projects an edition added, changed (in any field) and removed. */
typedef struct
{
  guint added;
  guint changed;
  guint removed;
} ProjectCounts;

static ProjectCounts
count_changes (PhaenPlan    *plan,
               PhaenEdition *edition)
{
  g_autoptr(GPtrArray) changes = phaen_plan_get_edition_changes (plan, edition);
  g_autoptr(GHashTable) changed = g_hash_table_new (g_str_hash, g_str_equal);
  ProjectCounts counts = { 0, 0, 0 };

  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      PhaenChange *change = g_ptr_array_index (changes, i);

      if (change->target != PHAEN_CHANGE_PROJECT)
        continue;
      switch (change->kind)
        {
        case PHAEN_CHANGE_ADDED:
          counts.added++;
          break;
        case PHAEN_CHANGE_REMOVED:
          counts.removed++;
          break;
        case PHAEN_CHANGE_CHANGED:
          g_hash_table_add (changed, change->id);
          break;
        case PHAEN_CHANGE_MOVED:
        default:
          break;
        }
    }
  counts.changed = g_hash_table_size (changed);
  return counts;
}

static void
add_row (PhaenEditionsEditor *self,
         const char          *title,
         const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_append (self->list_box, row);
}

/* The next number of @kind, in the style of the last one of that kind:
 * what the number field offers. */
static char *
next_number (PhaenEditionsEditor *self,
             PhaenEditionKind     kind)
{
  guint n = phaen_plan_get_n_editions (self->plan);

  for (guint k = n; k >= 1; k--)
    {
      PhaenEdition *edition = phaen_plan_get_edition (self->plan, k);

      if (phaen_edition_get_kind (edition) != kind)
        continue;
      if (phaen_edition_get_number_year (edition) != 0)
        return g_strdup_printf ("%u/%u", phaen_edition_get_number (edition) + 1,
                                phaen_edition_get_number_year (edition));
      return g_strdup_printf ("%u", phaen_edition_get_number (edition) + 1);
    }
  return g_strdup ("1");
}

static void
update_number (PhaenEditionsEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);
  g_autofree char *number = NULL;

  if (self->plan == NULL || selected >= G_N_ELEMENTS (kinds))
    return;
  number = next_number (self, kinds[selected]);
  gtk_editable_set_text (self->number_row, number);
}

static void
update_actions (PhaenEditionsEditor *self)
{
  gboolean open = self->plan != NULL && phaen_plan_get_open_edition (self->plan) != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editions.start", self->plan != NULL && !open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editions.adopt", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editions.remove", open);
}

static void
rebuild (PhaenEditionsEditor *self)
{
  GtkWidget *child;
  guint n;

  self->stale = FALSE;
  update_number (self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  update_actions (self);
  if (self->plan == NULL)
    return;

  {
    g_autofree char *adopted = thai_date (phaen_plan_get_text (self->plan, "announcement-date"));
    g_autofree char *subtitle = adopted != NULL ? g_strdup_printf (_("Adopted on %s"), adopted)
                                                : g_strdup (_("The adoption date is not set yet (Plan Details)"));

    add_row (self, _("Plan as adopted"), subtitle);
  }

  n = phaen_plan_get_n_editions (self->plan);
  for (guint k = 1; k <= n; k++)
    {
      PhaenEdition *edition = phaen_plan_get_edition (self->plan, k);
      ProjectCounts counts = count_changes (self->plan, edition);
      g_autofree char *label = phaen_edition_dup_label (edition);
      g_autofree char *date = thai_date (phaen_edition_get_adoption_date (edition));
      g_autofree char *subtitle = NULL;

      if (date != NULL)
        /* TRANSLATORS: an adopted edition in the list: its date, then
         * how many projects it added, changed and removed */
        subtitle = g_strdup_printf (_("Adopted on %s; projects added: %u, changed: %u, removed: %u"),
                                    date, counts.added, counts.changed, counts.removed);
      else
        subtitle = g_strdup_printf (_("Open, not adopted yet; projects added: %u, changed: %u, removed: %u"),
                                    counts.added, counts.changed, counts.removed);
      add_row (self, label, subtitle);
    }
}

/* The list counts the open edition's changes, which takes a diff of the
 * plan: done when the form is on screen, not on every keystroke. */
static void
plan_changed_cb (PhaenEditionsEditor *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    {
      self->stale = TRUE;
      update_actions (self);
    }
}

static void
phaen_editions_editor_map (GtkWidget *widget)
{
  PhaenEditionsEditor *self = PHAEN_EDITIONS_EDITOR (widget);

  GTK_WIDGET_CLASS (phaen_editions_editor_parent_class)->map (widget);
  if (self->stale)
    rebuild (self);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PhaenEditionsEditor *self = PHAEN_EDITIONS_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->kind_row);
  const char *text = gtk_editable_get_text (self->number_row);
  guint number = 0, year = 0;
  PhaenEdition *edition;

  if (self->plan == NULL || selected >= G_N_ELEMENTS (kinds))
    return;
  /* An empty number: the next one of that kind. */
  {
    g_autofree char *stripped = g_strstrip (g_strdup (text));

    if (*stripped != '\0' && !phaen_edition_parse_number (stripped, &number, &year, &error))
      {
        show_message (self, error->message);
        return;
      }
  }

  edition = phaen_plan_edit_start_edition (self->plan, kinds[selected], number, year, &error);
  if (edition == NULL)
    {
      show_message (self, error->message);
      return;
    }
  show_message (self, NULL);
  {
    g_autofree char *label = phaen_edition_dup_label (edition);
    /* TRANSLATORS: %s is the edition, "Addition 1" */
    g_autofree char *said = g_strdup_printf (_("%s started: changes to the projects are now recorded in it"), label);

    g_signal_emit (self, signals[MESSAGE], 0, said);
  }
}

static void
adopt_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  PhaenEditionsEditor *self = PHAEN_EDITIONS_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  PhaenEdition *open;
  g_autofree char *label = NULL;

  if (self->plan == NULL || (open = phaen_plan_get_open_edition (self->plan)) == NULL)
    return;
  label = phaen_edition_dup_label (open);
  if (!phaen_plan_edit_adopt_edition (self->plan, phaen_date_row_get_date (self->date_row), &error))
    {
      show_message (self, error->message);
      return;
    }
  show_message (self, NULL);
  {
    /* TRANSLATORS: %s is the edition, "Addition 1" */
    g_autofree char *said = g_strdup_printf (_("%s adopted"), label);

    g_signal_emit (self, signals[MESSAGE], 0, said);
  }
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PhaenEditionsEditor *self = PHAEN_EDITIONS_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (self->plan == NULL)
    return;
  if (!phaen_plan_edit_remove_edition (self->plan, &error))
    show_message (self, error->message);
  else
    show_message (self, NULL);
}

static void
phaen_editions_editor_dispose (GObject *object)
{
  PhaenEditionsEditor *self = PHAEN_EDITIONS_EDITOR (object);

  phaen_editions_editor_set_plan (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHAEN_TYPE_EDITIONS_EDITOR);

  G_OBJECT_CLASS (phaen_editions_editor_parent_class)->dispose (object);
}

static void
phaen_editions_editor_class_init (PhaenEditionsEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_editions_editor_dispose;
  widget_class->map = phaen_editions_editor_map;

  signals[MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (PHAEN_TYPE_DATE_ROW);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/phaen/Phaen/ui/phaen-editions-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenEditionsEditor, page);
  gtk_widget_class_bind_template_child (widget_class, PhaenEditionsEditor, message_label);
  gtk_widget_class_bind_template_child (widget_class, PhaenEditionsEditor, list_box);
  gtk_widget_class_bind_template_child (widget_class, PhaenEditionsEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenEditionsEditor, number_row);
  gtk_widget_class_bind_template_child (widget_class, PhaenEditionsEditor, date_row);

  gtk_widget_class_install_action (widget_class, "editions.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "editions.adopt", NULL, adopt_action);
  gtk_widget_class_install_action (widget_class, "editions.remove", NULL, remove_action);
}

static void
phaen_editions_editor_init (PhaenEditionsEditor *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) today = g_date_time_new_now_local ();
  g_autofree char *iso = g_date_time_format (today, "%Y-%m-%d");

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (names, phaen_edition_kind_get_label (kinds[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (names));
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (update_number),
                           self, G_CONNECT_SWAPPED);
  phaen_date_row_set_date (self->date_row, iso);
  update_actions (self);
}

GtkWidget *
phaen_editions_editor_new (void)
{
  return g_object_new (PHAEN_TYPE_EDITIONS_EDITOR, NULL);
}

void
phaen_editions_editor_set_plan (PhaenEditionsEditor *self,
                                PhaenPlan           *plan)
{
  g_return_if_fail (PHAEN_IS_EDITIONS_EDITOR (self));

  if (self->plan == plan)
    return;
  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self, G_CONNECT_SWAPPED);
  show_message (self, NULL);
  rebuild (self);
}

const char *
phaen_editions_editor_get_message (PhaenEditionsEditor *self)
{
  g_return_val_if_fail (PHAEN_IS_EDITIONS_EDITOR (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->message_label)))
    return NULL;
  return gtk_label_get_text (self->message_label);
}

guint
phaen_editions_editor_get_n_rows (PhaenEditionsEditor *self)
{
  guint n = 0;

  g_return_val_if_fail (PHAEN_IS_EDITIONS_EDITOR (self), 0);

  if (self->stale)
    rebuild (self);
  while (gtk_list_box_get_row_at_index (self->list_box, n) != NULL)
    n++;
  return n;
}

const char *
phaen_editions_editor_get_row_text (PhaenEditionsEditor *self,
                                    guint                index,
                                    gboolean             subtitle)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (PHAEN_IS_EDITIONS_EDITOR (self), NULL);

  if (self->stale)
    rebuild (self);
  row = gtk_list_box_get_row_at_index (self->list_box, index);
  if (row == NULL)
    return NULL;
  if (subtitle)
    return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}
