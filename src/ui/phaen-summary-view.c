/* phaen-summary-view.c: the ผด.01 summary, following the plan as it is
 * edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows of the plan's ผด.01 (strategy, its programs or approaches, a
 * subtotal; then the grand total) in a GtkColumnView, with the columns of
 * the printed form. They come from a PhaenSummary, which follows the plan
 * edit by edit (a budget typed changes a few tallies, not a count of the
 * whole plan). An edit marks the view stale; the changed rows are
 * replaced before the next frame while the view is on screen, or when it
 * comes on screen.
 */
#define G_LOG_DOMAIN "phaen-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "phaen-summary-view.h"

#include "model/phaen-money.h"
#include "model/phaen-summary.h"

/* One row of the table, for the list model. */
#define PHAEN_TYPE_SUMMARY_ITEM (phaen_summary_item_get_type ())
G_DECLARE_FINAL_TYPE (PhaenSummaryItem, phaen_summary_item, PHAEN, SUMMARY_ITEM, GObject)

struct _PhaenSummaryItem
{
  GObject            parent_instance;

  PhaenSummaryLevel  level;
  char              *cells[6];
};

G_DEFINE_FINAL_TYPE (PhaenSummaryItem, phaen_summary_item, G_TYPE_OBJECT)

static void
phaen_summary_item_finalize (GObject *object)
{
  PhaenSummaryItem *self = PHAEN_SUMMARY_ITEM (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->cells); i++)
    g_free (self->cells[i]);
  G_OBJECT_CLASS (phaen_summary_item_parent_class)->finalize (object);
}

static void
phaen_summary_item_class_init (PhaenSummaryItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phaen_summary_item_finalize;
}

static void
phaen_summary_item_init (PhaenSummaryItem *self)
{
}

struct _PhaenSummaryView
{
  GtkWidget      parent_instance;

  GtkWidget     *scroller;
  GtkColumnView *column_view;
  GListStore    *rows;
  PhaenPlan     *plan;
  PhaenSummary  *summary;
  guint          idle;
  guint          stale : 1;
};

G_DEFINE_FINAL_TYPE (PhaenSummaryView, phaen_summary_view, GTK_TYPE_WIDGET)

enum {
  CELL_LABEL,
  CELL_PROJECTS,
  CELL_PROJECTS_PERCENT,
  CELL_BUDGET,
  CELL_BUDGET_PERCENT,
  CELL_UNITS,
};

static PhaenSummaryItem *
item_from_row (PhaenSummaryRow *row)
{
  PhaenSummaryItem *item = g_object_new (PHAEN_TYPE_SUMMARY_ITEM, NULL);
  GString *units = g_string_new (NULL);

  item->level = row->level;
  switch (row->level)
    {
    case PHAEN_SUMMARY_SUBTOTAL:
      item->cells[CELL_LABEL] = g_strdup (_("Total"));
      break;
    case PHAEN_SUMMARY_TOTAL:
      item->cells[CELL_LABEL] = g_strdup (_("Grand total"));
      break;
    case PHAEN_SUMMARY_STRATEGY:
    case PHAEN_SUMMARY_APPROACH:
    case PHAEN_SUMMARY_PROGRAM:
    default:
      item->cells[CELL_LABEL] = g_strdup_printf ("%s %s", row->number, row->label);
      break;
    }
  item->cells[CELL_PROJECTS] = g_strdup_printf ("%u", row->projects);
  item->cells[CELL_PROJECTS_PERCENT] = phaen_summary_format_percent (row->projects_percent, FALSE);
  item->cells[CELL_BUDGET] = phaen_money_format (row->budget, row->budget % 100 != 0, FALSE);
  item->cells[CELL_BUDGET_PERCENT] = phaen_summary_format_percent (row->budget_percent, FALSE);
  for (guint i = 0; row->units != NULL && i < row->units->len; i++)
    {
      if (i > 0)
        g_string_append (units, ", ");
      g_string_append (units, phaen_unit_get_name (g_ptr_array_index (row->units, i)));
    }
  item->cells[CELL_UNITS] = g_string_free (units, FALSE);
  return item;
}

static gboolean
same_item (PhaenSummaryItem *a,
           PhaenSummaryItem *b)
{
  if (a->level != b->level)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (a->cells); i++)
    if (g_strcmp0 (a->cells[i], b->cells[i]) != 0)
      return FALSE;
  return TRUE;
}

static void
compute (PhaenSummaryView *self)
{
  GPtrArray *rows;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  self->stale = FALSE;
  if (self->plan == NULL)
    {
      g_list_store_remove_all (self->rows);
      return;
    }

  rows = phaen_summary_get_rows (self->summary);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (items, item_from_row (g_ptr_array_index (rows, i)));

  if (items->len != g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    {
      g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                           items->pdata, items->len);
      return;
    }
  /* The same rows: only those whose figures changed are replaced (a
   * budget edit changes a program row, its strategy, subtotal and total). */
  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(PhaenSummaryItem) old = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (!same_item (old, g_ptr_array_index (items, i)))
        g_list_store_splice (self->rows, i, 1, &items->pdata[i], 1);
    }
}

static gboolean
compute_idle_cb (gpointer data)
{
  PhaenSummaryView *self = data;

  self->idle = 0;
  compute (self);
  return G_SOURCE_REMOVE;
}

static void
plan_changed_cb (PhaenSummaryView *self)
{
  self->stale = TRUE;
  /* Off screen the rows wait until the view is shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && self->idle == 0)
    self->idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, compute_idle_cb, self, NULL);
}

static void
phaen_summary_view_map (GtkWidget *widget)
{
  PhaenSummaryView *self = PHAEN_SUMMARY_VIEW (widget);

  if (self->stale)
    compute (self);
  GTK_WIDGET_CLASS (phaen_summary_view_parent_class)->map (widget);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  guint cell = GPOINTER_TO_UINT (user_data);

  gtk_label_set_xalign (GTK_LABEL (label), cell == CELL_LABEL || cell == CELL_UNITS ? 0.0f : 1.0f);
  if (cell == CELL_LABEL || cell == CELL_UNITS)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  else
    gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         gpointer                  user_data)
{
  PhaenSummaryItem *item = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);
  guint cell = GPOINTER_TO_UINT (user_data);
  gboolean bold = item->level != PHAEN_SUMMARY_PROGRAM && item->level != PHAEN_SUMMARY_APPROACH;

  gtk_label_set_text (GTK_LABEL (label), item->cells[cell]);
  if (bold)
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
  gtk_widget_set_margin_start (label, cell == CELL_LABEL && !bold ? 24 : 0);
}

static void
add_column (PhaenSummaryView *self,
            const char       *title,
            guint             cell,
            int               width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), GUINT_TO_POINTER (cell));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), GUINT_TO_POINTER (cell));
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (width > 0)
    gtk_column_view_column_set_fixed_width (column, width);
  else
    gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
}

static void
phaen_summary_view_dispose (GObject *object)
{
  PhaenSummaryView *self = PHAEN_SUMMARY_VIEW (object);

  g_clear_handle_id (&self->idle, g_source_remove);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->rows);
  g_clear_object (&self->summary);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (phaen_summary_view_parent_class)->dispose (object);
}

static void
phaen_summary_view_class_init (PhaenSummaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phaen_summary_view_dispose;
  widget_class->map = phaen_summary_view_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
phaen_summary_view_init (PhaenSummaryView *self)
{
  GtkNoSelection *selection;

  self->rows = g_list_store_new (PHAEN_TYPE_SUMMARY_ITEM);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (selection)));
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");

  /* The column titles of the printed ผด.01. */
  add_column (self, _("Strategy / program"), CELL_LABEL, -1);
  add_column (self, _("Projects"), CELL_PROJECTS, 90);
  add_column (self, _("Percent of projects"), CELL_PROJECTS_PERCENT, 140);
  add_column (self, _("Budget (baht)"), CELL_BUDGET, 140);
  add_column (self, _("Percent of budget"), CELL_BUDGET_PERCENT, 150);
  add_column (self, _("Units"), CELL_UNITS, 260);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->column_view));
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

GtkWidget *
phaen_summary_view_new (void)
{
  return g_object_new (PHAEN_TYPE_SUMMARY_VIEW, NULL);
}

void
phaen_summary_view_set_plan (PhaenSummaryView *self,
                             PhaenPlan        *plan)
{
  g_return_if_fail (PHAEN_IS_SUMMARY_VIEW (self));

  if (self->plan != NULL)
    g_signal_handlers_disconnect_by_data (self->plan, self);
  g_set_object (&self->plan, plan);
  g_clear_object (&self->summary);
  if (plan != NULL)
    {
      self->summary = phaen_summary_new (plan);
      g_signal_connect_object (plan, "changed", G_CALLBACK (plan_changed_cb), self, G_CONNECT_SWAPPED);
    }
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    compute (self);
}

void
phaen_summary_view_sync (PhaenSummaryView *self)
{
  g_return_if_fail (PHAEN_IS_SUMMARY_VIEW (self));

  g_clear_handle_id (&self->idle, g_source_remove);
  if (self->stale)
    compute (self);
}

char *
phaen_summary_view_dup_text (PhaenSummaryView *self)
{
  GString *out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (PHAEN_IS_SUMMARY_VIEW (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhaenSummaryItem) item = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      g_string_append_printf (out, "%s\t%s\t%s\n", item->cells[CELL_LABEL],
                              item->cells[CELL_PROJECTS], item->cells[CELL_BUDGET]);
    }
  return g_string_free (out, FALSE);
}
