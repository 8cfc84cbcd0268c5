/* phaen-field.c: form fields bound to one property of a plan object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-field.h"
#include "phaen-ui-bridge.h"

#include "model/phaen-limits.h"
#include "model/phaen-money.h"
#include "model/phaen-thai.h"

typedef enum
{
  FIELD_NAME,
  FIELD_TEXT,
  FIELD_MONEY,
  FIELD_ENUM,
  FIELD_SWITCH,
  FIELD_SPIN,
  FIELD_REFERENCE,
} FieldKind;

typedef struct
{
  FieldKind           kind;
  GtkWidget          *widget;        /* not owned: the binding lives on it */
  char               *property;
  PhaenPlan          *plan;          /* owned */
  GObject            *object;        /* owned */
  gulong              notify_id;
  gulong              list_id;
  gulong              refused_id;    /* the plan's "edit-refused" */
  guint               updating;      /* the widget is being set from the model */
  guint               commit_idle;   /* typed text waiting to go into the plan */
  guint               tooltip_error : 1;  /* the tooltip says why the text is refused */
  GtkLabel           *words_label;
  GtkLabel           *error_label;
  int                *values;        /* FIELD_ENUM */
  guint               n_values;
  PhaenFieldListFunc  list_func;     /* FIELD_REFERENCE */
  char               *none_label;
} Field;

static void field_load (Field *field);

static void
field_detach (Field *field)
{
  if (field->object != NULL && field->notify_id != 0)
    g_signal_handler_disconnect (field->object, field->notify_id);
  if (field->plan != NULL && field->list_id != 0)
    g_signal_handler_disconnect (field->plan, field->list_id);
  if (field->plan != NULL && field->refused_id != 0)
    g_signal_handler_disconnect (field->plan, field->refused_id);
  field->notify_id = 0;
  field->list_id = 0;
  field->refused_id = 0;
  g_clear_object (&field->object);
  g_clear_object (&field->plan);
}

static void
field_free (Field *field)
{
  g_clear_handle_id (&field->commit_idle, g_source_remove);
  field_detach (field);
  g_free (field->property);
  g_free (field->values);
  g_free (field->none_label);
  g_free (field);
}

static Field *
field_get (GtkWidget *widget)
{
  return g_object_get_data (G_OBJECT (widget), "phaen-field");
}

static Field *
field_new (GtkWidget  *widget,
           FieldKind   kind,
           const char *property)
{
  Field *field = g_new0 (Field, 1);

  field->kind = kind;
  field->widget = widget;
  field->property = g_strdup (property);
  g_object_set_data_full (G_OBJECT (widget), "phaen-field", field, (GDestroyNotify) field_free);
  return field;
}

static void
show_error (Field      *field,
            const char *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (field->widget, "error");
  else
    gtk_widget_remove_css_class (field->widget, "error");
  if (field->error_label != NULL)
    {
      gtk_label_set_text (field->error_label, message != NULL ? message : "");
      gtk_widget_set_visible (GTK_WIDGET (field->error_label), message != NULL);
    }
  else if (message != NULL || field->tooltip_error)
    {
      /* No room for a line under it (a cell of a table): the tooltip and
       * the accessible description say why. */
      gtk_widget_set_tooltip_text (field->widget, message);
      if (message != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (field->widget),
                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
      else
        gtk_accessible_reset_property (GTK_ACCESSIBLE (field->widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      field->tooltip_error = message != NULL;
    }
}

static char *
model_string (Field *field)
{
  char *text = NULL;

  g_object_get (field->object, field->property, &text, NULL);
  return text != NULL ? text : g_strdup ("");
}

static char *
widget_text (Field *field)
{
  if (field->kind == FIELD_TEXT)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget)));
}

static void
set_widget_text (Field      *field,
                 const char *text)
{
  field->updating++;
  if (field->kind == FIELD_TEXT)
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field->widget), text);
  field->updating--;
}

/* ---- widget → model ----------------------------------------------------- */

static void
text_changed (Field *field)
{
  g_autofree char *text = NULL;
  g_autofree char *normal = NULL;
  g_autoptr(GError) error = NULL;
  guint max_chars = field->kind == FIELD_TEXT ? PHAEN_LIMIT_TEXT_CHARS : PHAEN_LIMIT_NAME_CHARS;

  if (field->updating || field->object == NULL)
    return;

  text = widget_text (field);
  if (!phaen_ui_text_check (text, max_chars, &error))
    {
      show_error (field, error->message);
      return;
    }
  show_error (field, NULL);
  normal = field->kind == FIELD_TEXT ? phaen_ui_normalize_text (text) : phaen_ui_normalize_name (text);
  phaen_plan_edit_set_string (field->plan, field->object, field->property, normal);
}

static void
money_changed (Field *field)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gint64 satang;

  if (field->updating || field->object == NULL)
    return;

  text = widget_text (field);
  if (!phaen_money_parse (text, PHAEN_MONEY_PARSE_EMPTY_IS_ZERO, &satang, &error))
    {
      show_error (field, error->message);
      if (field->words_label != NULL)
        gtk_label_set_text (field->words_label, "");
      return;
    }
  show_error (field, NULL);
  phaen_plan_edit_set_int64 (field->plan, field->object, field->property, satang);
  /* The words follow even when the value did not change (1,000 → 1000). */
  field_load (field);
}

static gboolean
commit_cb (gpointer data)
{
  Field *field = data;

  field->commit_idle = 0;
  if (field->kind == FIELD_MONEY)
    money_changed (field);
  else
    text_changed (field);
  return G_SOURCE_REMOVE;
}

/* Sends what was typed into the plan now, if anything waits. */
static void
field_flush (Field *field)
{
  if (field->commit_idle != 0)
    {
      g_clear_handle_id (&field->commit_idle, g_source_remove);
      commit_cb (field);
    }
}

/* A replaced selection arrives as a deletion and an insertion: the text
 * goes into the plan once both are done, before the next frame. */
static void
schedule_commit (Field *field)
{
  if (field->updating || field->object == NULL)
    return;
  if (field->commit_idle == 0)
    field->commit_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, commit_cb, field, NULL);
}

static void
editable_changed_cb (GtkWidget *widget,
                     Field     *field)
{
  schedule_commit (field);
}

static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   Field         *field)
{
  schedule_commit (field);
}

static void
focus_leave_cb (GtkEventControllerFocus *controller,
                Field                   *field)
{
  /* Typing in this field is over: the next edit is a new undo step. */
  field_flush (field);
  if (field->plan != NULL)
    phaen_ui_history_break_merge (field->plan);
}

static void
combo_selected_cb (AdwComboRow *row,
                   GParamSpec  *pspec,
                   Field       *field)
{
  guint selected = adw_combo_row_get_selected (row);

  if (field->updating || field->object == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (field->kind == FIELD_ENUM)
    {
      if (selected < field->n_values)
        phaen_plan_edit_set_enum (field->plan, field->object, field->property, field->values[selected]);
    }
  else
    {
      GListModel *list = field->list_func (field->plan);
      g_autoptr(GObject) item = NULL;

      if (field->none_label != NULL)
        {
          if (selected > 0)
            item = g_list_model_get_item (list, selected - 1);
        }
      else
        item = g_list_model_get_item (list, selected);
      phaen_plan_edit_set_object (field->plan, field->object, field->property, item);
    }
}

static void
switch_active_cb (GtkSwitch  *toggle,
                  GParamSpec *pspec,
                  Field      *field)
{
  if (field->updating || field->object == NULL)
    return;
  phaen_plan_edit_set_boolean (field->plan, field->object, field->property,
                               gtk_switch_get_active (toggle));
}

static void
spin_changed_cb (GtkSpinButton *spin,
                 Field         *field)
{
  if (field->updating || field->object == NULL)
    return;
  phaen_plan_edit_set_uint (field->plan, field->object, field->property,
                            (guint) gtk_spin_button_get_value_as_int (spin));
}

/* ---- model → widget ---------------------------------------------------- */

static gboolean
same_strings (GListModel *a,
              GListModel *b)
{
  guint n;

  if (a == NULL || b == NULL)
    return FALSE;
  n = g_list_model_get_n_items (a);
  if (n != g_list_model_get_n_items (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) x = g_list_model_get_item (a, i);
      g_autoptr(GtkStringObject) y = g_list_model_get_item (b, i);

      if (g_strcmp0 (gtk_string_object_get_string (x), gtk_string_object_get_string (y)) != 0)
        return FALSE;
    }
  return TRUE;
}

static void
reference_rebuild (Field *field)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  if (field->none_label != NULL)
    gtk_string_list_append (names, field->none_label);
  if (field->plan != NULL)
    {
      GListModel *list = field->list_func (field->plan);
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PhaenItem) item = g_list_model_get_item (list, i);

          gtk_string_list_append (names, phaen_item_get_name (item));
        }
    }
  /* Typing elsewhere changes the plan too: keep the list when it says
   * the same, so an open popup stays as it is. */
  if (same_strings (adw_combo_row_get_model (ADW_COMBO_ROW (field->widget)), G_LIST_MODEL (names)))
    return;
  field->updating++;
  adw_combo_row_set_model (ADW_COMBO_ROW (field->widget), G_LIST_MODEL (names));
  field->updating--;
}

static void
field_load (Field *field)
{
  if (field->object == NULL)
    return;

  switch (field->kind)
    {
    case FIELD_NAME:
    case FIELD_TEXT:
      {
        g_autofree char *shown = widget_text (field);
        g_autofree char *normal = field->kind == FIELD_TEXT ? phaen_ui_normalize_text (shown)
                                                            : phaen_ui_normalize_name (shown);
        g_autofree char *stored = model_string (field);

        /* What the user typed already says this (maybe with a space
         * still being typed): leave it, and the cursor, alone. */
        if (g_strcmp0 (normal, stored) != 0)
          {
            set_widget_text (field, stored);
            show_error (field, NULL);
          }
      }
      break;

    case FIELD_MONEY:
      {
        gint64 stored = 0, shown_value = -1;
        g_autofree char *shown = widget_text (field);

        g_object_get (field->object, field->property, &stored, NULL);
        if (!phaen_money_parse (shown, PHAEN_MONEY_PARSE_EMPTY_IS_ZERO, &shown_value, NULL) ||
            shown_value != stored)
          {
            g_autofree char *text = phaen_money_format (stored, stored % 100 != 0, FALSE);

            set_widget_text (field, text);
            show_error (field, NULL);
          }
        if (field->words_label != NULL)
          {
            g_autofree char *words = phaen_bahttext (stored, phaen_plan_get_bahttext_style (field->plan));

            gtk_label_set_text (field->words_label, words);
          }
      }
      break;

    case FIELD_ENUM:
      {
        int stored = 0;

        g_object_get (field->object, field->property, &stored, NULL);
        for (guint i = 0; i < field->n_values; i++)
          if (field->values[i] == stored)
            {
              field->updating++;
              adw_combo_row_set_selected (ADW_COMBO_ROW (field->widget), i);
              field->updating--;
            }
      }
      break;

    case FIELD_SWITCH:
      {
        gboolean stored = FALSE;

        g_object_get (field->object, field->property, &stored, NULL);
        field->updating++;
        gtk_switch_set_active (GTK_SWITCH (field->widget), stored);
        field->updating--;
      }
      break;

    case FIELD_SPIN:
      {
        guint stored = 0;

        g_object_get (field->object, field->property, &stored, NULL);
        field->updating++;
        gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->widget), stored);
        field->updating--;
      }
      break;

    case FIELD_REFERENCE:
      {
        g_autoptr(GObject) stored = NULL;
        GListModel *list = field->list_func (field->plan);
        guint n = g_list_model_get_n_items (list);
        guint position = field->none_label != NULL ? 0 : GTK_INVALID_LIST_POSITION;

        g_object_get (field->object, field->property, &stored, NULL);
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(GObject) item = g_list_model_get_item (list, i);

            if (item == stored)
              position = i + (field->none_label != NULL ? 1 : 0);
          }
        field->updating++;
        adw_combo_row_set_selected (ADW_COMBO_ROW (field->widget), position);
        field->updating--;
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
object_notify_cb (GObject    *object,
                  GParamSpec *pspec,
                  Field      *field)
{
  /* The model changed under the field (undo, another view): it wins
   * over text not yet sent. */
  g_clear_handle_id (&field->commit_idle, g_source_remove);
  field_load (field);
}

static void
plan_changed_cb (PhaenPlan *plan,
                 Field     *field)
{
  /* The plan's lists (units, programs, …) may have changed. */
  reference_rebuild (field);
  field_load (field);
}

/* ---- public --------------------------------------------------------------- */

static void
add_focus_controller (GtkWidget *widget,
                      Field     *field)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), field);
  gtk_widget_add_controller (widget, focus);
}

void
phaen_field_bind_name (GtkWidget  *editable,
                       const char *property,
                       GtkLabel   *error_label)
{
  Field *field = field_new (editable, FIELD_NAME, property);

  field->error_label = error_label;
  /* Ctrl+Z belongs to the plan's history, not to the entry's own. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (editable), FALSE);
  g_signal_connect (editable, "changed", G_CALLBACK (editable_changed_cb), field);
  add_focus_controller (editable, field);
}

void
phaen_field_bind_text (GtkTextView *view,
                       const char  *property,
                       GtkLabel    *error_label)
{
  Field *field = field_new (GTK_WIDGET (view), FIELD_TEXT, property);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);

  field->error_label = error_label;
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  g_signal_connect (buffer, "changed", G_CALLBACK (buffer_changed_cb), field);
  add_focus_controller (GTK_WIDGET (view), field);
}

void
phaen_field_bind_money (GtkWidget  *editable,
                        const char *property,
                        GtkLabel   *words_label,
                        GtkLabel   *error_label)
{
  Field *field = field_new (editable, FIELD_MONEY, property);

  field->words_label = words_label;
  field->error_label = error_label;
  gtk_editable_set_enable_undo (GTK_EDITABLE (editable), FALSE);
  g_signal_connect (editable, "changed", G_CALLBACK (editable_changed_cb), field);
  add_focus_controller (editable, field);
}

void
phaen_field_bind_enum (AdwComboRow *row,
                       const char  *property,
                       const int   *values,
                       guint        n_values)
{
  Field *field = field_new (GTK_WIDGET (row), FIELD_ENUM, property);

  field->values = g_memdup2 (values, n_values * sizeof (int));
  field->n_values = n_values;
  g_signal_connect (row, "notify::selected", G_CALLBACK (combo_selected_cb), field);
}

void
phaen_field_bind_switch (GtkSwitch  *toggle,
                         const char *property)
{
  Field *field = field_new (GTK_WIDGET (toggle), FIELD_SWITCH, property);

  g_signal_connect (toggle, "notify::active", G_CALLBACK (switch_active_cb), field);
}

void
phaen_field_bind_spin (GtkSpinButton *spin,
                       const char    *property)
{
  Field *field = field_new (GTK_WIDGET (spin), FIELD_SPIN, property);

  g_signal_connect (spin, "value-changed", G_CALLBACK (spin_changed_cb), field);
  add_focus_controller (GTK_WIDGET (spin), field);
}

void
phaen_field_bind_reference (AdwComboRow        *row,
                            const char         *property,
                            PhaenFieldListFunc  list_func,
                            const char         *none_label)
{
  Field *field = field_new (GTK_WIDGET (row), FIELD_REFERENCE, property);

  field->list_func = list_func;
  field->none_label = g_strdup (none_label);
  g_signal_connect (row, "notify::selected", G_CALLBACK (combo_selected_cb), field);
}

void
phaen_field_set_target (GtkWidget *widget,
                        PhaenPlan *plan,
                        gpointer   object)
{
  Field *field = field_get (widget);
  g_autofree char *signal = NULL;

  g_return_if_fail (field != NULL);

  if (field->object == object && field->plan == plan)
    return;

  /* What was typed belongs to the object shown until now. */
  field_flush (field);
  field_detach (field);
  if (object == NULL)
    return;

  field->plan = g_object_ref (plan);
  field->object = g_object_ref (object);
  signal = g_strconcat ("notify::", field->property, NULL);
  field->notify_id = g_signal_connect (object, signal, G_CALLBACK (object_notify_cb), field);
  /* An edit the plan refuses (an adopted plan) leaves the field showing
   * what the plan holds, not what was typed. */
  field->refused_id = g_signal_connect_swapped (plan, "edit-refused", G_CALLBACK (field_load), field);
  if (field->kind == FIELD_REFERENCE)
    {
      field->list_id = g_signal_connect (plan, "changed", G_CALLBACK (plan_changed_cb), field);
      reference_rebuild (field);
    }
  else if (field->kind == FIELD_MONEY)
    /* The words follow the plan's bahttext style. */
    field->list_id = g_signal_connect_swapped (plan, "notify::bahttext-style", G_CALLBACK (field_load), field);

  /* A new object: its text replaces the widget's whatever it says. */
  if (field->kind == FIELD_NAME || field->kind == FIELD_TEXT)
    {
      g_autofree char *stored = model_string (field);

      set_widget_text (field, stored);
    }
  else if (field->kind == FIELD_MONEY)
    set_widget_text (field, "");
  show_error (field, NULL);
  field_load (field);
}

void
phaen_field_refresh (GtkWidget *widget)
{
  Field *field = field_get (widget);

  g_return_if_fail (field != NULL);
  if (field->kind == FIELD_REFERENCE)
    reference_rebuild (field);
  field_load (field);
}

const char *
phaen_field_get_property (GtkWidget *widget)
{
  Field *field = field_get (widget);

  return field != NULL ? field->property : NULL;
}
