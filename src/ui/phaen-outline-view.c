/* phaen-outline-view.c: the plan's outline with search, filters and the
 * edits of its rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkColumnView over GtkTreeListModel (autoexpanded) over the outline
 * model, filtered by search text, unit, funding source, kind and status:
 * a group row stays while any project under it passes. Columns: number,
 * name (with the expander), budget (group rows show live totals), a strip
 * of the twelve months, unit. Rows are dragged by their name cell onto a
 * project (to go before it) or a group (to go at its end). Every edit is
 * one undo step through the plan's edit API.
 *
 * The first frame shows only the rows a screen can hold: GTK 4.8's list
 * views make widgets for up to 200 rows whatever their height, and
 * measuring a thousand cells was the largest part of the time before the
 * window first showed a plan. A GtkSliceListModel holds the rows back
 * until the main loop is idle after that frame (or until something needs
 * a row further down).
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-first-rows.h"

#include "phaen-month-strip.h"
#include "phaen-outline-view.h"
#include "phaen-ui-bridge.h"

#include "model/phaen-money.h"
#include "model/phaen-outline.h"

struct _PhaenOutlineView
{
  GtkWidget           parent_instance;

  GtkWidget          *box;
  GtkSearchEntry     *search_entry;
  GtkMenuButton      *filter_button;
  GtkDropDown        *unit_filter;
  GtkDropDown        *source_filter;
  GtkDropDown        *kind_filter;
  GtkDropDown        *status_filter;
  GtkColumnView      *column_view;

  PhaenPlan          *plan;
  GListModel         *outline;
  GtkTreeListModel   *tree;
  GtkFilterListModel *filtered;
  GtkSliceListModel  *slice;       /* the rows shown before the first frame */
  GtkCustomFilter    *filter;
  GtkCustomFilter    *project_filter;  /* the same test on projects, for other views */
  GtkSingleSelection *selection;
  GtkStringList      *units;
  GtkStringList      *sources;

  char               *search;      /* casefolded, NULL when empty */
  GObject            *selected;
  guint               reselecting : 1;
  guint               updating_choices : 1;
  guint               choices_stale : 1;
};

enum {
  PROP_0,
  PROP_SELECTED_ITEM,
  N_PROPS
};

enum {
  MESSAGE,
  ROW_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhaenOutlineView, phaen_outline_view, GTK_TYPE_WIDGET)

/* ---- rows ---------------------------------------------------------------- */

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

static PhaenOutlineNode *
selected_node (PhaenOutlineView *self)
{
  return row_node (gtk_single_selection_get_selected_item (self->selection));
}

static PhaenProject *
node_project (PhaenOutlineNode *node)
{
  if (node == NULL || phaen_outline_node_get_kind (node) != PHAEN_OUTLINE_PROJECT)
    return NULL;
  return PHAEN_PROJECT (phaen_outline_node_get_item (node));
}

/* The strategy, approach and program a row sits under (a project's own;
 * a group's from its row and the rows above it). */
static gpointer
node_ancestor_item (PhaenOutlineNode *node,
                    PhaenOutlineKind  kind)
{
  for (PhaenOutlineNode *up = node; up != NULL; up = phaen_outline_node_get_parent (up))
    if (phaen_outline_node_get_kind (up) == kind)
      return phaen_outline_node_get_item (up);
  return NULL;
}

static PhaenStrategy *
node_strategy (PhaenOutlineNode *node)
{
  PhaenProject *project = node_project (node);

  if (project != NULL)
    return phaen_project_get_strategy (project);
  return node_ancestor_item (node, PHAEN_OUTLINE_STRATEGY);
}

static PhaenApproach *
node_approach (PhaenOutlineNode *node)
{
  PhaenProject *project = node_project (node);

  if (project != NULL)
    return phaen_project_get_approach (project);
  return node_ancestor_item (node, PHAEN_OUTLINE_APPROACH);
}

static PhaenProgram *
node_program (PhaenOutlineNode *node)
{
  PhaenProject *project = node_project (node);

  if (project != NULL)
    return phaen_project_get_program (project);
  return node_ancestor_item (node, PHAEN_OUTLINE_PROGRAM);
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

static const char *
selected_string (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  GObject *item;

  /* The first entry is "All …". */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  item = gtk_drop_down_get_selected_item (dropdown);
  return item != NULL ? gtk_string_object_get_string (GTK_STRING_OBJECT (item)) : NULL;
}

static gboolean
filters_active (PhaenOutlineView *self)
{
  return self->search != NULL ||
         gtk_drop_down_get_selected (self->unit_filter) > 0 ||
         gtk_drop_down_get_selected (self->source_filter) > 0 ||
         gtk_drop_down_get_selected (self->kind_filter) > 0 ||
         gtk_drop_down_get_selected (self->status_filter) > 0;
}

static gboolean
project_passes (PhaenOutlineView *self,
                PhaenProject     *project)
{
  const char *unit = selected_string (self->unit_filter);
  const char *source = selected_string (self->source_filter);
  guint kind = gtk_drop_down_get_selected (self->kind_filter);
  guint status = gtk_drop_down_get_selected (self->status_filter);
  PhaenUnit *project_unit = phaen_project_get_unit (project);

  if (unit != NULL && (project_unit == NULL || g_strcmp0 (phaen_unit_get_name (project_unit), unit) != 0))
    return FALSE;
  if (source != NULL && g_strcmp0 (phaen_project_get_source (project), source) != 0)
    return FALSE;
  if (kind > 0 && phaen_project_get_kind (project) != (PhaenProjectKind) (kind - 1))
    return FALSE;
  if (status > 0 && phaen_project_get_status (project) != (PhaenProjectStatus) (status - 1))
    return FALSE;

  if (self->search != NULL)
    return text_matches (phaen_project_get_name (project), self->search) ||
           text_matches (phaen_project_get_activities (project), self->search) ||
           text_matches (phaen_project_get_location (project), self->search) ||
           text_matches (phaen_project_get_target (project), self->search) ||
           (project_unit != NULL && text_matches (phaen_unit_get_name (project_unit), self->search));
  return TRUE;
}

static gboolean
node_passes (PhaenOutlineView   *self,
             PhaenOutlineNode *node)
{
  GListModel *children;
  guint n;

  if (phaen_outline_node_get_kind (node) == PHAEN_OUTLINE_PROJECT)
    return project_passes (self, node_project (node));

  children = phaen_outline_node_get_children (node);
  n = g_list_model_get_n_items (children);
  /* An empty group shows only when nothing is being looked for. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhaenOutlineNode) child = g_list_model_get_item (children, i);

      if (node_passes (self, child))
        return TRUE;
    }
  return FALSE;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PhaenOutlineView *self = user_data;
  PhaenOutlineNode *node = row_node (item);

  if (!filters_active (self))
    return TRUE;
  return node != NULL && node_passes (self, node);
}



static gboolean
project_filter_func (gpointer item,
                     gpointer user_data)
{
  PhaenOutlineView *self = user_data;

  return PHAEN_IS_PROJECT (item) && (!filters_active (self) || project_passes (self, item));
}

static void keep_selection (PhaenOutlineView *self);

static void
refilter (PhaenOutlineView *self)
{
  if (self->filter == NULL || self->updating_choices)
    return;
  phaen_first_rows_show_all (self->slice);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (GTK_FILTER (self->project_filter), GTK_FILTER_CHANGE_DIFFERENT);
  /* Rows came and went: the same object stays selected. */
  keep_selection (self);
}

static void
search_changed_cb (PhaenOutlineView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->search, g_free);
  if (*stripped != '\0')
    self->search = g_utf8_casefold (stripped, -1);
  refilter (self);
}

static void
stop_search_cb (PhaenOutlineView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

static void
filters_changed_cb (PhaenOutlineView *self)
{
  gboolean active = gtk_drop_down_get_selected (self->unit_filter) > 0 ||
                    gtk_drop_down_get_selected (self->source_filter) > 0 ||
                    gtk_drop_down_get_selected (self->kind_filter) > 0 ||
                    gtk_drop_down_get_selected (self->status_filter) > 0;

  if (active)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
  refilter (self);
}

static void
clear_filters_cb (PhaenOutlineView *self)
{
  gtk_drop_down_set_selected (self->unit_filter, 0);
  gtk_drop_down_set_selected (self->source_filter, 0);
  gtk_drop_down_set_selected (self->kind_filter, 0);
  gtk_drop_down_set_selected (self->status_filter, 0);
}

/* TRUE when @list holds the NULL-terminated @names. */
static gboolean
same_names (GListModel *list,
            GPtrArray  *names)
{
  guint n = g_list_model_get_n_items (list);

  if (n + 1 != names->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (list), i), g_ptr_array_index (names, i)) != 0)
      return FALSE;
  return TRUE;
}

/* The choices of the unit and source filters follow the plan. */
static void
update_filter_choices (PhaenOutlineView *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *units = phaen_plan_get_units (self->plan);
  GListModel *projects = phaen_plan_get_projects (self->plan);
  const char *keep_unit = selected_string (self->unit_filter);
  const char *keep_source = selected_string (self->source_filter);
  g_autofree char *unit = g_strdup (keep_unit);
  g_autofree char *source = g_strdup (keep_source);
  guint n, unit_pos = 0, source_pos = 0;

  g_ptr_array_add (names, g_strdup (_("All units")));
  n = g_list_model_get_n_items (units);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhaenUnit) u = g_list_model_get_item (units, i);

      if (g_strcmp0 (phaen_unit_get_name (u), unit) == 0)
        unit_pos = names->len;
      g_ptr_array_add (names, g_strdup (phaen_unit_get_name (u)));
    }
  g_ptr_array_add (names, NULL);
  self->updating_choices = TRUE;
  if (!same_names (G_LIST_MODEL (self->units), names))
    {
      gtk_string_list_splice (self->units, 0, g_list_model_get_n_items (G_LIST_MODEL (self->units)),
                              (const char * const *) names->pdata);
      gtk_drop_down_set_selected (self->unit_filter, unit_pos);
    }
  self->updating_choices = FALSE;

  g_ptr_array_set_size (names, 0);
  g_ptr_array_add (names, g_strdup (_("All sources")));
  n = g_list_model_get_n_items (projects);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhaenProject) p = g_list_model_get_item (projects, i);
      const char *s = phaen_project_get_source (p);

      if (*s == '\0' || !g_hash_table_add (seen, (gpointer) s))
        continue;
      if (g_strcmp0 (s, source) == 0)
        source_pos = names->len;
      g_ptr_array_add (names, g_strdup (s));
    }
  g_ptr_array_add (names, NULL);
  self->updating_choices = TRUE;
  if (!same_names (G_LIST_MODEL (self->sources), names))
    {
      gtk_string_list_splice (self->sources, 0, g_list_model_get_n_items (G_LIST_MODEL (self->sources)),
                              (const char * const *) names->pdata);
      gtk_drop_down_set_selected (self->source_filter, source_pos);
    }
  self->updating_choices = FALSE;
  /* A filter whose choice went away was reset to "All". */
  if (filters_active (self))
    refilter (self);
}

/* ---- cells ----------------------------------------------------------------- */

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_NAME,
  COLUMN_BUDGET,
  COLUMN_MONTHS,
  COLUMN_UNIT,
} Column;

static void
update_cell (GtkListItem *list_item)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (list_item), "phaen-column"));
  PhaenOutlineNode *node = g_object_get_data (G_OBJECT (list_item), "phaen-node");
  GtkWidget *child = gtk_list_item_get_child (list_item);
  PhaenProject *project;
  gboolean group;

  if (node == NULL)
    return;
  project = node_project (node);
  group = project == NULL;

  switch (column)
    {
    case COLUMN_NUMBER:
      gtk_label_set_text (GTK_LABEL (child), phaen_outline_node_get_number (node));
      break;

    case COLUMN_NAME:
      {
        GtkWidget *label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));

        if (group)
          {
            g_autofree char *text = NULL;
            guint n = phaen_outline_node_get_n_projects (node);

            text = g_strdup_printf (ngettext ("%s (%u project)", "%s (%u projects)", n),
                                    phaen_outline_node_get_label (node), n);
            gtk_label_set_text (GTK_LABEL (label), text);
            gtk_widget_add_css_class (label, "phaen-group-row");
          }
        else
          {
            const char *name = phaen_outline_node_get_label (node);

            gtk_label_set_text (GTK_LABEL (label), *name != '\0' ? name : _("(no name yet)"));
            gtk_widget_remove_css_class (label, "phaen-group-row");
            if (phaen_project_get_kind (project) == PHAEN_PROJECT_KIND_EQUIPMENT)
              gtk_widget_add_css_class (label, "accent");
            else
              gtk_widget_remove_css_class (label, "accent");
          }
        if (project != NULL && *phaen_project_get_name (project) == '\0')
          gtk_widget_add_css_class (label, "dim-label");
        else
          gtk_widget_remove_css_class (label, "dim-label");
      }
      break;

    case COLUMN_BUDGET:
      {
        g_autofree char *amount = phaen_money_format (phaen_outline_node_get_budget (node),
                                                      phaen_outline_node_get_budget (node) % 100 != 0,
                                                      FALSE);

        gtk_label_set_text (GTK_LABEL (child), amount);
        if (group)
          gtk_widget_add_css_class (child, "phaen-group-row");
        else
          gtk_widget_remove_css_class (child, "phaen-group-row");
      }
      break;

    case COLUMN_MONTHS:
      gtk_widget_set_visible (child, !group);
      phaen_month_strip_set_mask (PHAEN_MONTH_STRIP (child),
                                  project != NULL ? phaen_project_get_schedule (project) : 0);
      break;

    case COLUMN_UNIT:
      {
        PhaenUnit *unit = project != NULL ? phaen_project_get_unit (project) : NULL;

        gtk_label_set_text (GTK_LABEL (child), unit != NULL ? phaen_unit_get_name (unit) : "");
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  float xalign = GPOINTER_TO_UINT (user_data) == COLUMN_BUDGET ? 1.0f : 0.0f;

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (GPOINTER_TO_UINT (user_data) == COLUMN_BUDGET)
    gtk_widget_add_css_class (label, "numeric");
  if (GPOINTER_TO_UINT (user_data) == COLUMN_NUMBER)
    gtk_widget_add_css_class (label, "dim-label");
  gtk_list_item_set_child (list_item, label);
  g_object_set_data (G_OBJECT (list_item), "phaen-column", user_data);
}

static void
setup_months_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, phaen_month_strip_new ());
  g_object_set_data (G_OBJECT (list_item), "phaen-column", GUINT_TO_POINTER (COLUMN_MONTHS));
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkListItem   *list_item)
{
  PhaenOutlineNode *node = g_object_get_data (G_OBJECT (list_item), "phaen-node");
  PhaenProject *project = node_project (node);

  if (project == NULL)
    return NULL;
  return gdk_content_provider_new_typed (PHAEN_TYPE_PROJECT, project);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkListItem   *list_item)
{
  PhaenOutlineNode *node = g_object_get_data (G_OBJECT (list_item), "phaen-node");
  PhaenOutlineView *self = g_object_get_data (G_OBJECT (list_item), "phaen-view");
  PhaenProject *project = g_value_get_object (value);
  PhaenProject *before = node_project (node);

  if (node == NULL || project == NULL || project == before)
    return FALSE;

  switch (phaen_outline_node_get_kind (node))
    {
    case PHAEN_OUTLINE_STRATEGY:
      /* Onto a strategy: same program, that strategy. */
      if (node_strategy (node) == NULL)
        return FALSE;
      phaen_outline_view_move_project (self, project, node_strategy (node),
                                       NULL, phaen_project_get_program (project), NULL);
      return TRUE;

    case PHAEN_OUTLINE_APPROACH:
      phaen_outline_view_move_project (self, project, node_strategy (node),
                                       node_approach (node),
                                       phaen_project_get_program (project), NULL);
      return TRUE;

    case PHAEN_OUTLINE_PROGRAM:
    case PHAEN_OUTLINE_PROJECT:
    default:
      phaen_outline_view_move_project (self, project, node_strategy (node),
                                       node_approach (node),
                                       node_program (node), before);
      return TRUE;
    }
}

static void
setup_name_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               PhaenOutlineView         *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *label = gtk_label_new (NULL);
  GtkDragSource *drag = gtk_drag_source_new ();
  GtkDropTarget *drop = gtk_drop_target_new (PHAEN_TYPE_PROJECT, GDK_ACTION_MOVE);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
  gtk_list_item_set_child (list_item, expander);
  g_object_set_data (G_OBJECT (list_item), "phaen-column", GUINT_TO_POINTER (COLUMN_NAME));
  g_object_set_data (G_OBJECT (list_item), "phaen-view", self);

  gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
  g_signal_connect (drag, "prepare", G_CALLBACK (drag_prepare_cb), list_item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), list_item);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (drop));
}

static void
node_notify_cb (GObject     *object,
                GParamSpec  *pspec,
                GtkListItem *list_item)
{
  update_cell (list_item);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         gpointer                  user_data)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  PhaenOutlineNode *node = row_node (row);
  PhaenProject *project = node_project (node);
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (node == NULL)
    return;
  /* Held until unbind: the tree may let go of a removed row's node first. */
  g_object_set_data_full (G_OBJECT (list_item), "phaen-node", g_object_ref (node), g_object_unref);
  if (project != NULL)
    g_object_set_data_full (G_OBJECT (list_item), "phaen-project", g_object_ref (project), g_object_unref);
  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), row);

  g_signal_connect (node, "notify", G_CALLBACK (node_notify_cb), list_item);
  if (project != NULL)
    g_signal_connect (project, "notify", G_CALLBACK (node_notify_cb), list_item);
  update_cell (list_item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  PhaenOutlineNode *node = g_object_get_data (G_OBJECT (list_item), "phaen-node");
  PhaenProject *project = g_object_get_data (G_OBJECT (list_item), "phaen-project");
  GtkWidget *child = gtk_list_item_get_child (list_item);

  if (node != NULL)
    g_signal_handlers_disconnect_by_data (node, list_item);
  if (project != NULL)
    g_signal_handlers_disconnect_by_data (project, list_item);
  if (GTK_IS_TREE_EXPANDER (child))
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), NULL);
  g_object_set_data (G_OBJECT (list_item), "phaen-project", NULL);
  g_object_set_data (G_OBJECT (list_item), "phaen-node", NULL);
}

static void
add_column (PhaenOutlineView *self,
            const char       *title,
            Column            column,
            int               fixed_width,
            gboolean          expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;

  if (column == COLUMN_NAME)
    g_signal_connect (factory, "setup", G_CALLBACK (setup_name_cb), self);
  else if (column == COLUMN_MONTHS)
    g_signal_connect (factory, "setup", G_CALLBACK (setup_months_cb), NULL);
  else
    g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), NULL);

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  gtk_column_view_append_column (self->column_view, view_column);
  g_object_unref (view_column);
}

/* ---- selection ------------------------------------------------------------ */

static void
set_selected (PhaenOutlineView *self,
              GObject          *item)
{
  if (self->selected == item)
    return;
  g_set_object (&self->selected, item);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ITEM]);
}

static void
selection_changed_cb (PhaenOutlineView *self)
{
  PhaenOutlineNode *node;

  if (self->reselecting)
    return;
  node = selected_node (self);
  set_selected (self, node != NULL ? phaen_outline_node_get_item (node) : NULL);
}

static void
row_activated_cb (PhaenOutlineView *self,
                  guint             position)
{
  g_signal_emit (self, signals[ROW_ACTIVATED], 0);
}

static GtkWidget *
inner_list_view (PhaenOutlineView *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      return child;
  return NULL;
}

static guint
find_position (GListModel *model,
               gpointer    item)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (model, i);
      PhaenOutlineNode *node = row_node (row);

      if (node != NULL && phaen_outline_node_get_item (node) == item &&
          (item != NULL || phaen_outline_node_get_kind (node) != PHAEN_OUTLINE_PROJECT))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

gboolean
phaen_outline_view_select_item (PhaenOutlineView *self,
                                gpointer          item)
{
  guint position;
  GtkWidget *list;

  g_return_val_if_fail (PHAEN_IS_OUTLINE_VIEW (self), FALSE);

  if (item == NULL || self->plan == NULL)
    return FALSE;

  phaen_first_rows_show_all (self->slice);
  position = find_position (G_LIST_MODEL (self->selection), item);
  if (position == GTK_INVALID_LIST_POSITION && filters_active (self))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      search_changed_cb (self);
      clear_filters_cb (self);
      position = find_position (G_LIST_MODEL (self->selection), item);
    }
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  gtk_single_selection_set_selected (self->selection, position);
  /* gtk_column_view_scroll_to() is GTK 4.12: the inner list's action. */
  list = inner_list_view (self);
  if (list != NULL)
    gtk_widget_activate_action (list, "list.scroll-to-item", "u", position);
  set_selected (self, G_OBJECT (item));
  return TRUE;
}

void
phaen_outline_view_unselect (PhaenOutlineView *self)
{
  g_return_if_fail (PHAEN_IS_OUTLINE_VIEW (self));
  if (self->selection != NULL)
    gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  set_selected (self, NULL);
}

GObject *
phaen_outline_view_get_selected_item (PhaenOutlineView *self)
{
  g_return_val_if_fail (PHAEN_IS_OUTLINE_VIEW (self), NULL);
  return self->selected;
}

GtkFilter *
phaen_outline_view_get_project_filter (PhaenOutlineView *self)
{
  g_return_val_if_fail (PHAEN_IS_OUTLINE_VIEW (self), NULL);
  return GTK_FILTER (self->project_filter);
}

guint
phaen_outline_view_get_n_rows (PhaenOutlineView *self)
{
  g_return_val_if_fail (PHAEN_IS_OUTLINE_VIEW (self), 0);
  if (self->selection == NULL)
    return 0;
  phaen_first_rows_show_all (self->slice);
  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

void
phaen_outline_view_focus_list (PhaenOutlineView *self)
{
  g_return_if_fail (PHAEN_IS_OUTLINE_VIEW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
}

void
phaen_outline_view_focus_search (PhaenOutlineView *self)
{
  g_return_if_fail (PHAEN_IS_OUTLINE_VIEW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
phaen_outline_view_set_search (PhaenOutlineView *self,
                               const char       *text)
{
  g_return_if_fail (PHAEN_IS_OUTLINE_VIEW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text != NULL ? text : "");
  search_changed_cb (self);
}

/* ---- edits ------------------------------------------------------------------- */

static void
message (PhaenOutlineView *self,
         const char       *text)
{
  g_signal_emit (self, signals[MESSAGE], 0, text);
}

/* Position in the plan's project list of @project, or G_MAXUINT. */
static guint
project_index (PhaenPlan    *plan,
               PhaenProject *project)
{
  GListModel *projects = phaen_plan_get_projects (plan);
  guint n = g_list_model_get_n_items (projects);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhaenProject) p = g_list_model_get_item (projects, i);

      if (p == project)
        return i;
    }
  return G_MAXUINT;
}

static PhaenProgram *
first_program (PhaenPlan *plan)
{
  g_autoptr(PhaenProgram) program = NULL;

  if (g_list_model_get_n_items (phaen_plan_get_programs (plan)) == 0)
    return NULL;
  program = g_list_model_get_item (phaen_plan_get_programs (plan), 0);
  return program;   /* the plan keeps it alive */
}

void
phaen_outline_view_add_project (PhaenOutlineView *self)
{
  PhaenOutlineNode *node;
  g_autoptr(PhaenProject) project = NULL;
  PhaenStrategy *strategy = NULL;
  PhaenApproach *approach = NULL;
  PhaenProgram *program = NULL;
  PhaenProject *after = NULL;
  guint position = G_MAXUINT;

  g_return_if_fail (PHAEN_IS_OUTLINE_VIEW (self));
  if (self->plan == NULL)
    return;

  node = selected_node (self);
  if (node != NULL)
    {
      strategy = node_strategy (node);
      approach = node_approach (node);
      program = node_program (node);
      after = node_project (node);
    }
  if (strategy == NULL && g_list_model_get_n_items (phaen_plan_get_strategies (self->plan)) > 0)
    {
      g_autoptr(PhaenStrategy) first = g_list_model_get_item (phaen_plan_get_strategies (self->plan), 0);

      strategy = first;
    }
  if (program == NULL)
    program = first_program (self->plan);
  if (after != NULL)
    position = project_index (self->plan, after) + 1;

  project = phaen_project_new ();
  phaen_project_set_strategy (project, strategy);
  phaen_project_set_approach (project, approach);
  phaen_project_set_program (project, program);
  phaen_plan_edit_insert_project (self->plan, position, project);
  phaen_outline_view_select_item (self, project);
}

void
phaen_outline_view_add_strategy (PhaenOutlineView *self)
{
  g_autoptr(PhaenStrategy) strategy = NULL;

  g_return_if_fail (PHAEN_IS_OUTLINE_VIEW (self));
  if (self->plan == NULL)
    return;

  strategy = phaen_strategy_new (NULL, _("New strategy"));
  phaen_plan_edit_insert_strategy (self->plan, G_MAXUINT, strategy);
  phaen_outline_view_select_item (self, strategy);
}

void
phaen_outline_view_duplicate (PhaenOutlineView *self)
{
  PhaenProject *project;
  g_autoptr(PhaenProject) copy = NULL;

  g_return_if_fail (PHAEN_IS_OUTLINE_VIEW (self));
  project = node_project (selected_node (self));
  if (project == NULL)
    return;

  copy = g_object_ref (phaen_plan_edit_duplicate_project (self->plan, project));
  phaen_outline_view_select_item (self, copy);
}

void
phaen_outline_view_delete (PhaenOutlineView *self)
{
  PhaenOutlineNode *node;
  g_autoptr(GError) error = NULL;
  gpointer item;
  gboolean done = FALSE;
  guint position;

  g_return_if_fail (PHAEN_IS_OUTLINE_VIEW (self));
  node = selected_node (self);
  if (node == NULL || (item = phaen_outline_node_get_item (node)) == NULL)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  switch (phaen_outline_node_get_kind (node))
    {
    case PHAEN_OUTLINE_PROJECT:
      done = phaen_plan_edit_remove_project (self->plan, item, &error);
      break;
    case PHAEN_OUTLINE_STRATEGY:
      done = phaen_plan_edit_remove_strategy (self->plan, item, &error);
      break;
    case PHAEN_OUTLINE_APPROACH:
      done = phaen_plan_edit_remove_approach (self->plan, item, &error);
      break;
    case PHAEN_OUTLINE_PROGRAM:
    default:
      /* A program row is the program's projects under this strategy;
       * the program itself belongs to the plan's catalogue. */
      message (self, _("A program row holds its projects: delete or move the projects instead."));
      return;
    }

  if (!done)
    {
      message (self, error->message);
      return;
    }
  /* Keep a row selected near where the deleted one was. */
  if (position > 0 && position != GTK_INVALID_LIST_POSITION)
    gtk_single_selection_set_selected (self->selection, position - 1);
}

void
phaen_outline_view_move_project (PhaenOutlineView *self,
                                 PhaenProject     *project,
                                 PhaenStrategy    *strategy,
                                 PhaenApproach    *approach,
                                 PhaenProgram     *program,
                                 PhaenProject     *before)
{
  guint from, to;

  g_return_if_fail (PHAEN_IS_OUTLINE_VIEW (self));
  g_return_if_fail (PHAEN_IS_PROJECT (project));

  if (approach != NULL && phaen_approach_get_strategy (approach) != strategy)
    approach = NULL;

  phaen_ui_edit_begin (self->plan, _("Move project"));
  phaen_plan_edit_move_project_to (self->plan, project, strategy, approach, program);
  if (before != NULL && before != project)
    {
      from = project_index (self->plan, project);
      to = project_index (self->plan, before);
      /* The index after the move: before @before. */
      phaen_plan_edit_move_project (self->plan, project, from < to ? to - 1 : to);
    }
  phaen_ui_edit_end (self->plan);
  phaen_outline_view_select_item (self, project);
}

void
phaen_outline_view_move (PhaenOutlineView *self,
                         int               direction)
{
  PhaenOutlineNode *node;
  PhaenProject *project;
  GtkTreeListRow *row;
  GtkTreeListRow *parent;
  g_autoptr(PhaenOutlineNode) parent_node = NULL;
  GListModel *siblings;
  guint n, mine = G_MAXUINT;
  g_autoptr(PhaenOutlineNode) neighbour = NULL;

  g_return_if_fail (PHAEN_IS_OUTLINE_VIEW (self));
  node = selected_node (self);
  project = node_project (node);
  if (project == NULL)
    return;

  row = gtk_single_selection_get_selected_item (self->selection);
  parent = gtk_tree_list_row_get_parent (row);
  if (parent == NULL)
    return;
  parent_node = gtk_tree_list_row_get_item (parent);
  g_object_unref (parent);
  siblings = phaen_outline_node_get_children (parent_node);
  n = g_list_model_get_n_items (siblings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhaenOutlineNode) sibling = g_list_model_get_item (siblings, i);

      if (sibling == node)
        mine = i;
    }
  if (mine == G_MAXUINT || (direction < 0 && mine == 0) || (direction > 0 && mine + 1 >= n))
    return;

  neighbour = g_list_model_get_item (siblings, direction < 0 ? mine - 1 : mine + 1);
  phaen_plan_edit_move_project (self->plan, project,
                                project_index (self->plan, node_project (neighbour)));
  phaen_outline_view_select_item (self, project);
}

/* ---- move to… ------------------------------------------------------------ */

typedef struct
{
  PhaenOutlineView *view;
  PhaenProject     *project;
  GtkDropDown      *strategies;
  GtkDropDown      *approaches;
  GtkDropDown      *programs;
} MoveDialog;

static void
move_dialog_free (MoveDialog *data)
{
  g_object_unref (data->project);
  g_free (data);
}

static gpointer
dropdown_item (GtkDropDown *dropdown,
               GListModel  *model,
               gboolean     first_is_none)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  if (first_is_none)
    {
      if (selected == 0)
        return NULL;
      selected--;
    }
  return g_list_model_get_item (model, selected);
}

static void
move_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  MoveDialog       *data)
{
  if (g_strcmp0 (response, "move") == 0)
    {
      PhaenPlan *plan = data->view->plan;
      g_autoptr(PhaenStrategy) strategy = dropdown_item (data->strategies, phaen_plan_get_strategies (plan), FALSE);
      g_autoptr(PhaenApproach) approach = dropdown_item (data->approaches, phaen_plan_get_approaches (plan), TRUE);
      g_autoptr(PhaenProgram) program = dropdown_item (data->programs, phaen_plan_get_programs (plan), FALSE);

      phaen_outline_view_move_project (data->view, data->project, strategy, approach, program, NULL);
    }
}

static GtkDropDown *
names_dropdown (GListModel *model,
                const char *none,
                gpointer    current)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n = g_list_model_get_n_items (model);
  guint selected = 0;
  GtkDropDown *dropdown;

  if (none != NULL)
    gtk_string_list_append (names, none);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhaenItem) item = g_list_model_get_item (model, i);
      const char *name = phaen_item_get_name (item);

      if (PHAEN_IS_APPROACH (item))
        {
          /* Approaches are named with their strategy's number. */
          g_autofree char *label = g_strdup_printf ("%s — %s", name,
                                                    phaen_strategy_get_name (phaen_approach_get_strategy (PHAEN_APPROACH (item))));
          gtk_string_list_append (names, label);
        }
      else
        gtk_string_list_append (names, name);
      if ((gpointer) item == current)
        selected = i + (none != NULL ? 1 : 0);
    }
  dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL));
  gtk_drop_down_set_selected (dropdown, selected);
  gtk_drop_down_set_enable_search (dropdown, TRUE);
  return dropdown;
}

void
phaen_outline_view_move_to (PhaenOutlineView *self)
{
  PhaenProject *project;
  AdwMessageDialog *dialog;
  GtkWidget *grid;
  MoveDialog *data;
  const char *labels[] = { N_("_Strategy"), N_("_Development approach"), N_("_Program") };
  GtkWidget *fields[3];

  g_return_if_fail (PHAEN_IS_OUTLINE_VIEW (self));
  project = node_project (selected_node (self));
  if (project == NULL)
    {
      message (self, _("Select a project to move."));
      return;
    }

  data = g_new0 (MoveDialog, 1);
  data->view = self;
  data->project = g_object_ref (project);
  data->strategies = names_dropdown (phaen_plan_get_strategies (self->plan), NULL,
                                     phaen_project_get_strategy (project));
  data->approaches = names_dropdown (phaen_plan_get_approaches (self->plan), _("None"),
                                     phaen_project_get_approach (project));
  data->programs = names_dropdown (phaen_plan_get_programs (self->plan), NULL,
                                   phaen_project_get_program (project));
  fields[0] = GTK_WIDGET (data->strategies);
  fields[1] = GTK_WIDGET (data->approaches);
  fields[2] = GTK_WIDGET (data->programs);

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  for (guint i = 0; i < 3; i++)
    {
      GtkWidget *label = gtk_label_new_with_mnemonic (_(labels[i]));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), fields[i]);
      gtk_widget_set_hexpand (fields[i], TRUE);
      gtk_grid_attach (GTK_GRID (grid), label, 0, i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), fields[i], 1, i, 1, 1);
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       _("Move the Project"), NULL));
  adw_message_dialog_format_body (dialog, _("Where should “%s” go?"), phaen_project_get_name (project));
  adw_message_dialog_set_extra_child (dialog, grid);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "move", _("_Move"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "move", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "move");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (move_response_cb), data,
                         (GClosureNotify) (void (*) (void)) move_dialog_free, G_CONNECT_DEFAULT);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- plan ----------------------------------------------------------------- */

static void
keep_selection (PhaenOutlineView *self)
{
  /* A change may have taken the selected row away and put it back
   * elsewhere (a move): keep the same object selected. */
  if (self->selected != NULL && self->selection != NULL)
    {
      PhaenOutlineNode *node = selected_node (self);

      if (node == NULL || phaen_outline_node_get_item (node) != (gpointer) self->selected)
        {
          self->reselecting = TRUE;
          if (!phaen_outline_view_select_item (self, self->selected))
            {
              self->reselecting = FALSE;
              selection_changed_cb (self);
            }
          self->reselecting = FALSE;
        }
    }
}

static void
plan_changed_cb (PhaenOutlineView *self)
{
  keep_selection (self);
  /* The unit and source choices walk every project: they are brought up
   * to date when the filter popover opens, not on every keystroke. */
  self->choices_stale = TRUE;
  if (filters_active (self))
    refilter (self);
}

static void
filter_popover_show_cb (PhaenOutlineView *self)
{
  if (self->choices_stale && self->plan != NULL)
    {
      self->choices_stale = FALSE;
      update_filter_choices (self);
    }
}

static void
phaen_outline_view_map (GtkWidget *widget)
{
  PhaenOutlineView *self = PHAEN_OUTLINE_VIEW (widget);

  GTK_WIDGET_CLASS (phaen_outline_view_parent_class)->map (widget);
  phaen_first_rows_grow_after_frame (self->slice, widget);
}

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  GListModel *children = phaen_outline_node_get_children (item);

  return children != NULL ? g_object_ref (children) : NULL;
}

void
phaen_outline_view_set_plan (PhaenOutlineView *self,
                             PhaenPlan        *plan)
{
  g_return_if_fail (PHAEN_IS_OUTLINE_VIEW (self));
  g_return_if_fail (self->plan == NULL);

  self->plan = g_object_ref (plan);
  self->outline = G_LIST_MODEL (phaen_outline_new (plan));
  self->tree = gtk_tree_list_model_new (g_object_ref (self->outline), FALSE, TRUE,
                                        create_children, NULL, NULL);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->tree)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  self->slice = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)), 0, phaen_first_rows_count (GTK_WIDGET (self), 24));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->slice)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  /* After the outline has followed the edit. */
  g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  update_filter_choices (self);
}

/* ---- GObject ------------------------------------------------------------------- */

static void
phaen_outline_view_dispose (GObject *object)
{
  PhaenOutlineView *self = PHAEN_OUTLINE_VIEW (object);

  if (self->column_view != NULL)
    gtk_column_view_set_model (self->column_view, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHAEN_TYPE_OUTLINE_VIEW);
  g_clear_object (&self->selection);
  g_clear_object (&self->slice);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  if (self->project_filter != NULL)
    gtk_custom_filter_set_filter_func (self->project_filter, NULL, NULL, NULL);
  g_clear_object (&self->project_filter);
  g_clear_object (&self->tree);
  g_clear_object (&self->outline);
  g_clear_object (&self->plan);
  g_clear_object (&self->selected);
  g_clear_object (&self->units);
  g_clear_object (&self->sources);
  g_clear_pointer (&self->search, g_free);

  G_OBJECT_CLASS (phaen_outline_view_parent_class)->dispose (object);
}

static void
phaen_outline_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SELECTED_ITEM:
      g_value_set_object (value, PHAEN_OUTLINE_VIEW (object)->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_outline_view_class_init (PhaenOutlineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_outline_view_dispose;
  object_class->get_property = phaen_outline_view_get_property;
  widget_class->map = phaen_outline_view_map;

  properties[PROP_SELECTED_ITEM] =
    g_param_spec_object ("selected-item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[MESSAGE] =
    g_signal_new ("message", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[ROW_ACTIVATED] =
    g_signal_new ("row-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/phaen/Phaen/ui/phaen-outline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PhaenOutlineView, box);
  gtk_widget_class_bind_template_child (widget_class, PhaenOutlineView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PhaenOutlineView, filter_button);
  gtk_widget_class_bind_template_child (widget_class, PhaenOutlineView, unit_filter);
  gtk_widget_class_bind_template_child (widget_class, PhaenOutlineView, source_filter);
  gtk_widget_class_bind_template_child (widget_class, PhaenOutlineView, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, PhaenOutlineView, status_filter);
  gtk_widget_class_bind_template_child (widget_class, PhaenOutlineView, column_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
phaen_outline_view_init (PhaenOutlineView *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->units = gtk_string_list_new (NULL);
  self->sources = gtk_string_list_new (NULL);
  self->project_filter = gtk_custom_filter_new (project_filter_func, self, NULL);
  gtk_drop_down_set_model (self->unit_filter, G_LIST_MODEL (self->units));
  gtk_drop_down_set_model (self->source_filter, G_LIST_MODEL (self->sources));

  g_signal_connect_swapped (gtk_menu_button_get_popover (self->filter_button), "show",
                            G_CALLBACK (filter_popover_show_cb), self);

  gtk_string_list_append (kinds, _("Projects and equipment"));
  gtk_string_list_append (kinds, _("Projects"));
  gtk_string_list_append (kinds, _("Equipment"));
  gtk_drop_down_set_model (self->kind_filter, G_LIST_MODEL (kinds));

  gtk_string_list_append (statuses, _("Any status"));
  for (int s = PHAEN_PROJECT_STATUS_NOT_STARTED; s <= PHAEN_PROJECT_STATUS_CARRIED_OVER; s++)
    gtk_string_list_append (statuses, phaen_project_status_get_label (s));
  gtk_drop_down_set_model (self->status_filter, G_LIST_MODEL (statuses));

  add_column (self, _("No."), COLUMN_NUMBER, 52, FALSE);
  add_column (self, _("Name"), COLUMN_NAME, -1, TRUE);
  add_column (self, _("Budget (baht)"), COLUMN_BUDGET, 108, FALSE);
  add_column (self, _("Months"), COLUMN_MONTHS, 104, FALSE);
  add_column (self, _("Unit"), COLUMN_UNIT, 120, FALSE);
}

GtkWidget *
phaen_outline_view_new (void)
{
  return g_object_new (PHAEN_TYPE_OUTLINE_VIEW, NULL);
}
