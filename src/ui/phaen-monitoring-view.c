/* phaen-monitoring-view.c: the monitoring fields of every project in one
 * table, for quick entry through the year
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkColumnView over the project rows of the plan's outline (a
 * GtkTreeListModel expanded throughout, filtered down to the projects and
 * by the search and status), so the rows come in the order of ผด.02 with
 * their numbers. The editable cells are the form's own field bindings
 * (phaen-field.h) pointed at the row's project when a row is bound: typing
 * goes into the plan through its edit API, the plan's changes (undo, the
 * form, an import) come back into the cells. The status is a button with
 * the status's name whose list of statuses, and the 12-month grid of the
 * actual months, are made the first time a row's button is opened (a
 * GtkDropDown per row, with its popover and list, made a table of
 * thousands of projects slow to come up). As in the outline, the first
 * rows are those a screen holds, the others come once the main loop is
 * idle.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phaen-field.h"
#include "phaen-first-rows.h"
#include "phaen-month-grid.h"
#include "phaen-month-strip.h"
#include "phaen-monitoring-view.h"

#include "model/phaen-outline.h"
#include "model/phaen-schedule.h"

struct _PhaenMonitoringView
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *status_filter;
  GtkLabel           *count_label;
  GtkColumnView      *column_view;

  PhaenPlan          *plan;
  GListModel         *outline;
  GtkTreeListModel   *tree;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSliceListModel  *slice;      /* the rows shown before the first frame */
  GHashTable         *bound;      /* GtkListItem → its column, the cells alive */
  char               *search;     /* casefolded, NULL when empty */
};

G_DEFINE_FINAL_TYPE (PhaenMonitoringView, phaen_monitoring_view, GTK_TYPE_WIDGET)

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_NAME,
  COLUMN_PLANNED,
  COLUMN_STATUS,
  COLUMN_CONTRACTED,
  COLUMN_DISBURSED,
  COLUMN_PROGRESS,
  COLUMN_ACTUAL,
  COLUMN_REMARKS,
  N_COLUMNS
} Column;

/* The property each editable column edits, NULL for the others. */
static const char * const column_properties[N_COLUMNS] = {
  NULL, NULL, NULL, "status", "contracted", "disbursed", "progress", "actual-schedule", "remarks",
};

static const int statuses[] = {
  PHAEN_PROJECT_STATUS_NOT_STARTED,
  PHAEN_PROJECT_STATUS_IN_PROGRESS,
  PHAEN_PROJECT_STATUS_COMPLETED,
  PHAEN_PROJECT_STATUS_CANCELLED,
  PHAEN_PROJECT_STATUS_CARRIED_OVER,
};

/* ---- rows ------------------------------------------------------------------ */

static PhaenOutlineNode *
row_node (gpointer row)
{
  g_autoptr(GObject) item = NULL;

  if (!GTK_IS_TREE_LIST_ROW (row))
    return NULL;
  item = gtk_tree_list_row_get_item (row);
  /* The tree keeps the node alive as long as the row exists. */
  return PHAEN_OUTLINE_NODE (item);
}

static PhaenProject *
node_project (PhaenOutlineNode *node)
{
  if (node == NULL || phaen_outline_node_get_kind (node) != PHAEN_OUTLINE_PROJECT)
    return NULL;
  return PHAEN_PROJECT (phaen_outline_node_get_item (node));
}

/* "1.2.3": the group's number and the project's place in it, as ผด.02
 * heads the group "1.2" and numbers its projects 1, 2, 3. */
static char *
full_number (PhaenOutlineNode *node)
{
  PhaenOutlineNode *parent = phaen_outline_node_get_parent (node);
  const char *group = parent != NULL ? phaen_outline_node_get_number (parent) : "";

  if (*group == '\0')
    return g_strdup (phaen_outline_node_get_number (node));
  return g_strdup_printf ("%s.%s", group, phaen_outline_node_get_number (node));
}

/* ---- filtering --------------------------------------------------------------- */

static gboolean
text_matches (const char *text,
              const char *needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  folded = g_utf8_casefold (text, -1);
  return strstr (folded, needle) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PhaenMonitoringView *self = user_data;
  PhaenOutlineNode *node = row_node (item);
  PhaenProject *project = node_project (node);
  guint status = gtk_drop_down_get_selected (self->status_filter);

  if (project == NULL)
    return FALSE;
  /* The first choice is "Any status". */
  if (status > 0 && status != GTK_INVALID_LIST_POSITION &&
      phaen_project_get_status (project) != (PhaenProjectStatus) statuses[status - 1])
    return FALSE;
  if (self->search != NULL)
    {
      g_autofree char *number = full_number (node);

      return text_matches (phaen_project_get_name (project), self->search) ||
             g_str_has_prefix (number, self->search);
    }
  return TRUE;
}

static void
update_count (PhaenMonitoringView *self)
{
  g_autofree char *text = NULL;
  guint shown, total;

  if (self->filtered == NULL)
    return;
  shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  total = g_list_model_get_n_items (phaen_plan_get_projects (self->plan));
  if (shown == total)
    text = g_strdup_printf (ngettext ("%u project", "%u projects", total), total);
  else
    /* TRANSLATORS: projects shown of all the plan's projects */
    text = g_strdup_printf (ngettext ("%u of %u project", "%u of %u projects", total), shown, total);
  gtk_label_set_text (self->count_label, text);
}


static void
search_changed_cb (PhaenMonitoringView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search, g_free);
  if (*stripped != '\0')
    self->search = g_utf8_casefold (stripped, -1);
  phaen_first_rows_show_all (self->slice);
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* ---- cells ------------------------------------------------------------------- */

static void
update_cell (GtkListItem *list_item)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list_item), "phaen-column"));
  PhaenOutlineNode *node = g_object_get_data (G_OBJECT (list_item), "phaen-node");
  PhaenProject *project = g_object_get_data (G_OBJECT (list_item), "phaen-project");
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (project == NULL)
    return;

  switch (column)
    {
    case COLUMN_NUMBER:
      {
        g_autofree char *number = full_number (node);

        gtk_label_set_text (GTK_LABEL (child), number);
      }
      break;

    case COLUMN_NAME:
      {
        const char *name = phaen_project_get_name (project);

        gtk_label_set_text (GTK_LABEL (child), *name != '\0' ? name : _("(no name yet)"));
        gtk_widget_set_tooltip_text (child, *name != '\0' ? name : NULL);
      }
      break;

    case COLUMN_PLANNED:
      phaen_month_strip_set_mask (PHAEN_MONTH_STRIP (child), phaen_project_get_schedule (project));
      break;

    case COLUMN_ACTUAL:
      {
        guint mask = phaen_project_get_actual_schedule (project);
        g_autofree char *months = phaen_schedule_format (mask);
        /* TRANSLATORS: the button of a row's actual months; %s lists them */
        g_autofree char *label = g_strdup_printf (_("Actual months: %s"),
                                                  *months != '\0' ? months : _("none"));

        phaen_month_strip_set_mask (PHAEN_MONTH_STRIP (gtk_menu_button_get_child (GTK_MENU_BUTTON (child))), mask);
        gtk_widget_set_tooltip_text (child, label);
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }
      break;

    case COLUMN_STATUS:
      {
        const char *label = phaen_project_status_get_label (phaen_project_get_status (project));

        gtk_menu_button_set_label (GTK_MENU_BUTTON (child), label);
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }
      break;

    case COLUMN_CONTRACTED:
    case COLUMN_DISBURSED:
    case COLUMN_PROGRESS:
    case COLUMN_REMARKS:
    case N_COLUMNS:
    default:
      /* The field bindings follow the project themselves. */
      break;
    }
}

static void
project_notify_cb (GObject     *object,
                   GParamSpec  *pspec,
                   GtkListItem *list_item)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list_item), "phaen-column"));

  if ((column == COLUMN_NAME && g_str_equal (pspec->name, "name")) ||
      (column == COLUMN_STATUS && g_str_equal (pspec->name, "status")) ||
      (column == COLUMN_PLANNED && g_str_equal (pspec->name, "schedule")) ||
      (column == COLUMN_ACTUAL && g_str_equal (pspec->name, "actual-schedule")))
    update_cell (list_item);
}

static void
node_notify_cb (GObject     *object,
                GParamSpec  *pspec,
                GtkListItem *list_item)
{
  if (g_str_equal (pspec->name, "number"))
    update_cell (list_item);
}

/* ---- the actual months: a strip that opens the 12-month grid --------------- */

static void
actual_toggled_cb (PhaenMonthGrid *grid,
                   GtkListItem    *list_item)
{
  PhaenMonitoringView *self = g_object_get_data (G_OBJECT (list_item), "phaen-view");
  PhaenProject *project = g_object_get_data (G_OBJECT (list_item), "phaen-project");

  if (project == NULL || self->plan == NULL)
    return;
  phaen_plan_edit_set_uint (self->plan, project, "actual-schedule", phaen_month_grid_get_mask (grid));
}

static void
actual_popover_show_cb (GtkWidget   *popover,
                        GtkListItem *list_item)
{
  PhaenMonitoringView *self = g_object_get_data (G_OBJECT (list_item), "phaen-view");
  PhaenProject *project = g_object_get_data (G_OBJECT (list_item), "phaen-project");
  PhaenMonthGrid *grid = PHAEN_MONTH_GRID (gtk_popover_get_child (GTK_POPOVER (popover)));

  if (project == NULL || self->plan == NULL)
    return;
  /* The row may show another project than when the grid was made. */
  phaen_month_grid_set_fiscal_year (grid, phaen_plan_get_fiscal_year (self->plan));
  phaen_month_grid_set_mask (grid, phaen_project_get_actual_schedule (project));
}

static void
create_actual_popup_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  GtkListItem *list_item = user_data;
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *grid = phaen_month_grid_new ();

  gtk_widget_set_margin_start (grid, 6);
  gtk_widget_set_margin_end (grid, 6);
  gtk_widget_set_margin_top (grid, 6);
  gtk_widget_set_margin_bottom (grid, 6);
  gtk_popover_set_child (GTK_POPOVER (popover), grid);
  g_signal_connect (popover, "show", G_CALLBACK (actual_popover_show_cb), list_item);
  g_signal_connect (grid, "toggled", G_CALLBACK (actual_toggled_cb), list_item);
  gtk_menu_button_set_popover (button, popover);
}

/* ---- the status: a button that opens the list of statuses --------------------- */

static void
status_chosen_cb (GtkCheckButton *check,
                  GtkListItem    *list_item)
{
  PhaenMonitoringView *self = g_object_get_data (G_OBJECT (list_item), "phaen-view");
  PhaenProject *project = g_object_get_data (G_OBJECT (list_item), "phaen-project");
  GtkWidget *popover;

  if (!gtk_check_button_get_active (check) || project == NULL || self->plan == NULL ||
      g_object_get_data (G_OBJECT (check), "phaen-loading") != NULL)
    return;
  phaen_plan_edit_set_enum (self->plan, project, "status",
                            GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "phaen-status")));
  popover = gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_POPOVER);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
status_popover_show_cb (GtkWidget   *popover,
                        GtkListItem *list_item)
{
  PhaenProject *project = g_object_get_data (G_OBJECT (list_item), "phaen-project");
  GtkWidget *box = gtk_popover_get_child (GTK_POPOVER (popover));

  if (project == NULL)
    return;
  /* The row may show another project than when the list was made. */
  for (GtkWidget *check = gtk_widget_get_first_child (box); check != NULL;
       check = gtk_widget_get_next_sibling (check))
    {
      int status = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (check), "phaen-status"));

      g_object_set_data (G_OBJECT (check), "phaen-loading", GINT_TO_POINTER (TRUE));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), status == (int) phaen_project_get_status (project));
      g_object_set_data (G_OBJECT (check), "phaen-loading", NULL);
    }
}

static void
create_status_popup_cb (GtkMenuButton *button,
                        gpointer       user_data)
{
  GtkListItem *list_item = user_data;
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkCheckButton *group = NULL;

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      GtkWidget *check = gtk_check_button_new_with_label (phaen_project_status_get_label (statuses[i]));

      g_object_set_data (G_OBJECT (check), "phaen-status", GINT_TO_POINTER (statuses[i]));
      if (group != NULL)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
      else
        group = GTK_CHECK_BUTTON (check);
      g_signal_connect (check, "toggled", G_CALLBACK (status_chosen_cb), list_item);
      gtk_box_append (GTK_BOX (box), check);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  g_signal_connect (popover, "show", G_CALLBACK (status_popover_show_cb), list_item);
  gtk_menu_button_set_popover (button, popover);
}

/* ---- factories ----------------------------------------------------------------- */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          PhaenMonitoringView      *self)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "phaen-column"));
  GtkWidget *child = NULL;

  switch (column)
    {
    case COLUMN_NUMBER:
    case COLUMN_NAME:
      child = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (child), 0);
      gtk_label_set_ellipsize (GTK_LABEL (child), PANGO_ELLIPSIZE_END);
      if (column == COLUMN_NUMBER)
        {
          gtk_widget_add_css_class (child, "dim-label");
          gtk_widget_add_css_class (child, "numeric");
        }
      break;

    case COLUMN_PLANNED:
      child = phaen_month_strip_new ();
      gtk_widget_set_halign (child, GTK_ALIGN_START);
      break;

    case COLUMN_STATUS:
      child = gtk_menu_button_new ();
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (child), create_status_popup_cb, list_item, NULL);
      gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (child), TRUE);
      gtk_widget_add_css_class (child, "phaen-status-button");
      break;

    case COLUMN_CONTRACTED:
    case COLUMN_DISBURSED:
      child = gtk_entry_new ();
      gtk_entry_set_alignment (GTK_ENTRY (child), 1.0f);
      gtk_editable_set_width_chars (GTK_EDITABLE (child), 12);
      gtk_widget_add_css_class (child, "numeric");
      /* Nothing entered yet is nothing paid. */
      gtk_entry_set_placeholder_text (GTK_ENTRY (child), "0");
      phaen_field_bind_money (child, column_properties[column], NULL, NULL);
      break;

    case COLUMN_PROGRESS:
      child = gtk_spin_button_new_with_range (0, 100, 5);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (child), 0);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (child), TRUE);
      phaen_field_bind_spin (GTK_SPIN_BUTTON (child), "progress");
      break;

    case COLUMN_ACTUAL:
      child = gtk_menu_button_new ();
      gtk_menu_button_set_child (GTK_MENU_BUTTON (child), phaen_month_strip_new ());
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (child), create_actual_popup_cb, list_item, NULL);
      gtk_widget_set_halign (child, GTK_ALIGN_START);
      gtk_widget_add_css_class (child, "phaen-strip-button");
      break;

    case COLUMN_REMARKS:
      child = gtk_entry_new ();
      phaen_field_bind_name (child, "remarks", NULL);
      break;

    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  /* A cell is read out with its column's title. */
  if (column == COLUMN_CONTRACTED || column == COLUMN_DISBURSED ||
      column == COLUMN_PROGRESS || column == COLUMN_REMARKS)
    gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    g_object_get_data (G_OBJECT (factory), "phaen-title"), -1);
  gtk_list_item_set_child (list_item, child);
  gtk_list_item_set_activatable (list_item, FALSE);
  g_object_set_data (G_OBJECT (list_item), "phaen-column", GUINT_TO_POINTER (column));
  g_object_set_data (G_OBJECT (list_item), "phaen-view", self);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         PhaenMonitoringView      *self)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list_item), "phaen-column"));
  PhaenOutlineNode *node = row_node (gtk_list_item_get_item (list_item));
  PhaenProject *project = node_project (node);
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (project == NULL)
    return;
  /* Held until unbind: the tree may let go of a removed row's node first. */
  g_object_set_data_full (G_OBJECT (list_item), "phaen-node", g_object_ref (node), g_object_unref);
  g_object_set_data_full (G_OBJECT (list_item), "phaen-project", g_object_ref (project), g_object_unref);
  g_hash_table_add (self->bound, list_item);

  if (phaen_field_get_property (child) != NULL)
    phaen_field_set_target (child, self->plan, project);
  else
    {
      g_signal_connect (project, "notify", G_CALLBACK (project_notify_cb), list_item);
      g_signal_connect (node, "notify", G_CALLBACK (node_notify_cb), list_item);
      update_cell (list_item);
    }

  if (column == COLUMN_ACTUAL || column == COLUMN_STATUS)
    {
      GtkPopover *popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (child));

      if (popover != NULL)
        gtk_popover_popdown (popover);
    }
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           PhaenMonitoringView      *self)
{
  PhaenOutlineNode *node = g_object_get_data (G_OBJECT (list_item), "phaen-node");
  PhaenProject *project = g_object_get_data (G_OBJECT (list_item), "phaen-project");
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (phaen_field_get_property (child) != NULL)
    phaen_field_set_target (child, NULL, NULL);
  if (project != NULL)
    g_signal_handlers_disconnect_by_data (project, list_item);
  if (node != NULL)
    g_signal_handlers_disconnect_by_data (node, list_item);
  g_hash_table_remove (self->bound, list_item);
  g_object_set_data (G_OBJECT (list_item), "phaen-project", NULL);
  g_object_set_data (G_OBJECT (list_item), "phaen-node", NULL);
}

static void
add_column (PhaenMonitoringView *self,
            const char          *title,
            Column               column,
            int                  fixed_width,
            gboolean             expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  g_object_set_data (G_OBJECT (factory), "phaen-column", GUINT_TO_POINTER (column));
  g_object_set_data_full (G_OBJECT (factory), "phaen-title", g_strdup (title), g_free);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

/* ---- the plan ---------------------------------------------------------------- */


static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  GListModel *children = phaen_outline_node_get_children (item);

  return children != NULL ? g_object_ref (children) : NULL;
}

/* The rows, the first time they are needed. */
static void
ensure_model (PhaenMonitoringView *self)
{
  GtkNoSelection *selection;

  if (self->plan == NULL || self->filtered != NULL)
    return;

  self->outline = G_LIST_MODEL (phaen_outline_new (self->plan));
  self->tree = gtk_tree_list_model_new (g_object_ref (self->outline), FALSE, TRUE, create_children, NULL, NULL);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->tree)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
  self->slice = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)), 0, phaen_first_rows_count (GTK_WIDGET (self), 36));
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->slice)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  update_count (self);
}

static void
phaen_monitoring_view_map (GtkWidget *widget)
{
  PhaenMonitoringView *self = PHAEN_MONITORING_VIEW (widget);

  ensure_model (self);
  GTK_WIDGET_CLASS (phaen_monitoring_view_parent_class)->map (widget);
  phaen_first_rows_grow_after_frame (self->slice, widget);
}

/* ---- GObject ------------------------------------------------------------------- */

static void
phaen_monitoring_view_dispose (GObject *object)
{
  PhaenMonitoringView *self = PHAEN_MONITORING_VIEW (object);

  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHAEN_TYPE_MONITORING_VIEW);
  g_clear_object (&self->slice);
  g_clear_object (&self->filtered);
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  g_clear_object (&self->filter);
  g_clear_object (&self->tree);
  g_clear_object (&self->outline);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (phaen_monitoring_view_parent_class)->dispose (object);
}

static void
phaen_monitoring_view_class_init (PhaenMonitoringViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_monitoring_view_dispose;
  widget_class->map = phaen_monitoring_view_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/phaen/Phaen/ui/phaen-monitoring-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenMonitoringView, box);
  gtk_widget_class_bind_template_child (widget_class, PhaenMonitoringView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PhaenMonitoringView, status_filter);
  gtk_widget_class_bind_template_child (widget_class, PhaenMonitoringView, count_label);
  gtk_widget_class_bind_template_child (widget_class, PhaenMonitoringView, column_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
}

static void
phaen_monitoring_view_init (PhaenMonitoringView *self)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->bound = g_hash_table_new (NULL, NULL);

  gtk_string_list_append (choices, _("Any status"));
  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    gtk_string_list_append (choices, phaen_project_status_get_label (statuses[i]));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (choices));

  /* Short titles: the columns are narrow. */
  add_column (self, _("No."), COLUMN_NUMBER, 60, FALSE);
  add_column (self, _("Project"), COLUMN_NAME, -1, TRUE);
  add_column (self, C_("column", "Months planned"), COLUMN_PLANNED, 112, FALSE);
  add_column (self, _("Status"), COLUMN_STATUS, 186, FALSE);
  add_column (self, _("Contracted (baht)"), COLUMN_CONTRACTED, 124, FALSE);
  add_column (self, _("Disbursed (baht)"), COLUMN_DISBURSED, 124, FALSE);
  add_column (self, C_("column", "Progress"), COLUMN_PROGRESS, 112, FALSE);
  add_column (self, C_("column", "Months done"), COLUMN_ACTUAL, 124, FALSE);
  add_column (self, _("Remarks"), COLUMN_REMARKS, 170, FALSE);
}

/* ---- public API ------------------------------------------------------------------ */

GtkWidget *
phaen_monitoring_view_new (void)
{
  return g_object_new (PHAEN_TYPE_MONITORING_VIEW, NULL);
}

void
phaen_monitoring_view_set_plan (PhaenMonitoringView *self,
                                PhaenPlan           *plan)
{
  g_return_if_fail (PHAEN_IS_MONITORING_VIEW (self));
  g_return_if_fail (self->plan == NULL);
  g_return_if_fail (PHAEN_IS_PLAN (plan));

  self->plan = g_object_ref (plan);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_model (self);
}

void
phaen_monitoring_view_set_search (PhaenMonitoringView *self,
                                  const char          *text)
{
  g_return_if_fail (PHAEN_IS_MONITORING_VIEW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  search_changed_cb (self);
}

guint
phaen_monitoring_view_get_n_rows (PhaenMonitoringView *self)
{
  g_return_val_if_fail (PHAEN_IS_MONITORING_VIEW (self), 0);
  ensure_model (self);
  phaen_first_rows_show_all (self->slice);
  return self->filtered != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
}

GtkWidget *
phaen_monitoring_view_get_cell (PhaenMonitoringView *self,
                                PhaenProject        *project,
                                const char          *property)
{
  GHashTableIter iter;
  gpointer list_item;

  g_return_val_if_fail (PHAEN_IS_MONITORING_VIEW (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    {
      Column column = GPOINTER_TO_UINT (g_object_get_data (list_item, "phaen-column"));

      if (g_object_get_data (list_item, "phaen-project") == (gpointer) project &&
          g_strcmp0 (column_properties[column], property) == 0)
        return gtk_list_item_get_child (list_item);
    }
  return NULL;
}
