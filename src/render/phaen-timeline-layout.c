/* phaen-timeline-layout.c: rows of the timeline and the layout of a viewport
 *
 * Choices made here:
 * - Every row of a kind has the same height (group rows one line, project
 *   rows @name_lines lines), so the top of row i is
 *     groups_before(i) × group_height + projects_before(i) × project_height
 *   and the first visible row is a binary search: no text is measured for
 *   rows outside the viewport, and a frame costs the same for 200 and
 *   20,000 projects.
 * - Grouping by program follows ผด.02: strategies in plan order, numbered
 *   by their position; under each, programs in catalogue order (or
 *   approaches in plan order when the plan groups by approaches), numbered
 *   1.1, 1.2 …; projects in plan order, numbered from 1 in each group.
 *   Projects without a strategy (an unfinished plan) come last, unnumbered.
 *   Grouping by unit follows the unit catalogue; by source, the standard
 *   sources of domain.md first, then the others in order of appearance.
 *   The unspecified group of either comes last.
 * - Group rows carry the number and budget of the projects shown under
 *   them (the filter applies). The load of a month counts every project
 *   running in it with its whole budget: "what is in play in March".
 * - Texts are cached per row between frames (names, numbers, budgets) and
 *   dropped when the plan changes or the text size, pane or lines change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "model/phaen-fiscal.h"
#include "model/phaen-money.h"
#include "model/phaen-schedule.h"

#include "phaen-timeline-layout.h"

/* Secondary texts (quarters, load cells, budgets on bars) relative to the body. */
#define SMALL_SCALE 0.8
/* At most this many rows keep their texts between frames. */
#define ROW_CACHE_MAX 4096
/* Grips of a bar's ends: this share of a month, at least GRIP_MIN units. */
#define GRIP_SHARE 0.22
#define GRIP_MIN   4.0

typedef struct
{
  guint8        kind;              /* PhaenTimelineRowKind */
  guint8        level;
  guint         number;            /* project rows: number in the group */
  guint         n_groups_before;   /* group rows above this one */
  guint         group;             /* group rows: index into self->groups */
  PhaenProject *project;           /* borrowed from self->projects */
} Row;

typedef struct
{
  char   *label;
  guint   n_projects;
  gint64  budget;
} Group;

/* Texts of one row, kept between frames. */
typedef struct
{
  PangoLayout *number;
  PangoLayout *label;
  PangoLayout *totals;
  PangoLayout *budget;
  double       number_w;
  double       label_h;
  double       totals_h;
  double       budget_w;
  double       budget_h;
} RowText;

struct _PhaenTimelineLayout
{
  GObject               parent_instance;

  PhaenPlan            *plan;
  PhaenRenderContext   *ctx;
  gboolean              digits_from_plan;
  PhaenTimelineGroupBy  group_by;
  gboolean              load_filtered;
  PhaenTimelineFilterFunc filter;
  gpointer              filter_data;
  GDestroyNotify        filter_destroy;

  gboolean              dirty;
  GArray               *rows;          /* Row */
  GPtrArray            *groups;        /* Group* */
  GPtrArray            *projects;      /* shown projects, owned */
  GHashTable           *project_rows;  /* PhaenProject* → row index + 1 */
  guint                 load_count[PHAEN_FISCAL_MONTHS];
  gint64                load_budget[PHAEN_FISCAL_MONTHS];

  /* Measurements, per text size. */
  double                measured_size;
  double                line_body;
  double                line_small;
  double                number_width;

  /* Texts kept between frames, valid for text_key_*. */
  double                text_key_size;
  double                text_key_pane;
  guint                 text_key_lines;
  GHashTable           *row_texts;     /* row index + 1 → RowText* */
  PangoLayout          *load_texts[2][PHAEN_FISCAL_MONTHS];
};

enum
{
  PROP_0,
  PROP_PLAN,
  PROP_GROUP_BY,
  PROP_LOAD_FILTERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhaenTimelineLayout, phaen_timeline_layout, G_TYPE_OBJECT)

/* The funding sources of domain.md, listed first when grouping by source. */
static const char * const standard_sources[] = {
  "เทศบัญญัติงบประมาณรายจ่าย",
  "เงินสะสม",
  "เงินอุดหนุนเฉพาะกิจ",
  "หน่วยงานอื่น",
};

/* ---- the grouping enum ------------------------------------------------ */

static const GEnumValue group_by_values[] = {
  { PHAEN_TIMELINE_GROUP_BY_PROGRAM, "PHAEN_TIMELINE_GROUP_BY_PROGRAM", "program" },
  { PHAEN_TIMELINE_GROUP_BY_UNIT, "PHAEN_TIMELINE_GROUP_BY_UNIT", "unit" },
  { PHAEN_TIMELINE_GROUP_BY_SOURCE, "PHAEN_TIMELINE_GROUP_BY_SOURCE", "source" },
  { 0, NULL, NULL },
};

GType
phaen_timeline_group_by_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    {
      GType type = g_enum_register_static (g_intern_static_string ("PhaenTimelineGroupBy"),
                                           group_by_values);

      g_once_init_leave (&type_id, type);
    }

  return type_id;
}

const char *
phaen_timeline_group_by_to_string (PhaenTimelineGroupBy group_by)
{
  for (guint i = 0; group_by_values[i].value_nick != NULL; i++)
    if (group_by_values[i].value == (int) group_by)
      return group_by_values[i].value_nick;

  g_return_val_if_reached (NULL);
}

gboolean
phaen_timeline_group_by_from_string (const char           *text,
                                     PhaenTimelineGroupBy *out)
{
  for (guint i = 0; text != NULL && group_by_values[i].value_nick != NULL; i++)
    if (g_str_equal (text, group_by_values[i].value_nick))
      {
        if (out != NULL)
          *out = group_by_values[i].value;
        return TRUE;
      }

  return FALSE;
}

/* ---- frames ----------------------------------------------------------- */

static void
cell_clear (PhaenTimelineCell *cell)
{
  g_clear_object (&cell->layout);
}

static void
frame_row_clear (gpointer data)
{
  PhaenTimelineFrameRow *row = data;

  cell_clear (&row->number);
  cell_clear (&row->label);
  cell_clear (&row->totals);
}

static void
frame_bar_clear (gpointer data)
{
  PhaenTimelineFrameBar *bar = data;

  cell_clear (&bar->label);
}

void
phaen_timeline_frame_free (PhaenTimelineFrame *frame)
{
  if (frame == NULL)
    return;

  cell_clear (&frame->pane_title);
  cell_clear (&frame->load_title);
  for (guint i = 0; i < G_N_ELEMENTS (frame->years); i++)
    cell_clear (&frame->years[i]);
  for (guint i = 0; i < G_N_ELEMENTS (frame->quarters); i++)
    cell_clear (&frame->quarters[i]);
  for (guint i = 0; i < PHAEN_FISCAL_MONTHS; i++)
    {
      cell_clear (&frame->months[i]);
      cell_clear (&frame->load_counts[i]);
      cell_clear (&frame->load_budgets[i]);
    }
  g_clear_pointer (&frame->rows, g_array_unref);
  g_clear_pointer (&frame->bars, g_array_unref);
  g_free (frame);
}

double
phaen_timeline_frame_month_x (const PhaenTimelineFrame *frame,
                              guint                     month)
{
  g_return_val_if_fail (frame != NULL, 0.0);

  return frame->month_x0 + MIN (month, PHAEN_FISCAL_MONTHS) * frame->params.month_width;
}

void
phaen_timeline_params_init (PhaenTimelineParams *params)
{
  g_return_if_fail (params != NULL);

  memset (params, 0, sizeof *params);
  params->width = 1280;
  params->height = 720;
  params->text_size = 22;
  params->pane_width = 320;
  params->month_width = 72;
  params->name_lines = 1;
  params->cursor_month = -1;
}

/* ---- rows ------------------------------------------------------------- */

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->label);
  g_free (group);
}

static void
row_text_free (gpointer data)
{
  RowText *text = data;

  g_clear_object (&text->number);
  g_clear_object (&text->label);
  g_clear_object (&text->totals);
  g_clear_object (&text->budget);
  g_free (text);
}

static void
clear_texts (PhaenTimelineLayout *self)
{
  g_hash_table_remove_all (self->row_texts);
  for (guint k = 0; k < 2; k++)
    for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
      g_clear_object (&self->load_texts[k][m]);
}

/* Appends a group row; returns the group. */
static Group *
add_group_row (PhaenTimelineLayout *self,
               guint                level,
               char                *label)
{
  Group *group = g_new0 (Group, 1);
  Row row = { 0 };

  group->label = label;
  row.kind = PHAEN_TIMELINE_ROW_GROUP;
  row.level = (guint8) level;
  row.group = self->groups->len;
  row.n_groups_before = self->groups->len;
  g_ptr_array_add (self->groups, group);
  g_array_append_val (self->rows, row);

  return group;
}

/* Appends the project rows of @projects, numbered from 1, and adds them to
 * the totals of @inner (and @outer when not NULL). */
static void
add_project_rows (PhaenTimelineLayout *self,
                  GPtrArray           *projects,
                  guint                level,
                  Group               *inner,
                  Group               *outer)
{
  for (guint i = 0; i < projects->len; i++)
    {
      PhaenProject *project = g_ptr_array_index (projects, i);
      gint64 budget = phaen_project_get_budget (project);
      Row row = { 0 };

      row.kind = PHAEN_TIMELINE_ROW_PROJECT;
      row.level = (guint8) level;
      row.number = i + 1;
      row.n_groups_before = self->groups->len;
      row.project = project;
      g_hash_table_insert (self->project_rows, project, GUINT_TO_POINTER (self->rows->len + 1));
      g_array_append_val (self->rows, row);

      inner->n_projects++;
      inner->budget += budget;
      if (outer != NULL)
        {
          outer->n_projects++;
          outer->budget += budget;
        }
    }
}

/* One bucket of a grouping: the projects, in plan order, under one key. */
typedef struct
{
  gpointer   key;
  guint      order;      /* sort key; G_MAXUINT for the unspecified bucket */
  guint      seen;       /* order of first appearance */
  GPtrArray *projects;
} Bucket;

static void
bucket_free (gpointer data)
{
  Bucket *bucket = data;

  g_ptr_array_unref (bucket->projects);
  g_free (bucket);
}

static int
bucket_compare (gconstpointer a,
                gconstpointer b)
{
  const Bucket *ba = *(const Bucket * const *) a;
  const Bucket *bb = *(const Bucket * const *) b;

  if (ba->order != bb->order)
    return ba->order < bb->order ? -1 : 1;
  if (ba->seen != bb->seen)
    return ba->seen < bb->seen ? -1 : 1;
  return 0;
}

/* Puts @project in the bucket of @key in @table (created with @order). */
static void
bucket_add (GHashTable   *table,
            GPtrArray    *buckets,
            gpointer      key,
            guint         order,
            PhaenProject *project)
{
  Bucket *bucket = g_hash_table_lookup (table, key);

  if (bucket == NULL)
    {
      bucket = g_new0 (Bucket, 1);
      bucket->key = key;
      bucket->order = order;
      bucket->seen = buckets->len;
      bucket->projects = g_ptr_array_new ();
      g_hash_table_insert (table, key, bucket);
      g_ptr_array_add (buckets, bucket);
    }

  g_ptr_array_add (bucket->projects, project);
}

/* Position of every item of @model, + 1. */
static GHashTable *
positions_of (GListModel *model)
{
  GHashTable *positions = g_hash_table_new (NULL, NULL);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      g_hash_table_insert (positions, item, GUINT_TO_POINTER (i + 1));
    }

  return positions;
}

static void
build_program_rows (PhaenTimelineLayout *self)
{
  gboolean approaches = phaen_plan_get_grouping (self->plan) == PHAEN_GROUPING_APPROACHES;
  GListModel *seconds = approaches ? phaen_plan_get_approaches (self->plan)
                                   : phaen_plan_get_programs (self->plan);
  g_autoptr(GHashTable) strategy_pos = positions_of (phaen_plan_get_strategies (self->plan));
  g_autoptr(GHashTable) second_pos = positions_of (seconds);
  guint n_strategies = g_list_model_get_n_items (phaen_plan_get_strategies (self->plan));
  /* Per strategy (and one more for "no strategy"): its second-level buckets. */
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  g_autoptr(GPtrArray) lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  for (guint s = 0; s <= n_strategies; s++)
    {
      g_ptr_array_add (tables, g_hash_table_new (NULL, NULL));
      g_ptr_array_add (lists, g_ptr_array_new_with_free_func (bucket_free));
    }

  for (guint i = 0; i < self->projects->len; i++)
    {
      PhaenProject *project = g_ptr_array_index (self->projects, i);
      gpointer strategy = phaen_project_get_strategy (project);
      gpointer second = approaches ? (gpointer) phaen_project_get_approach (project)
                                   : (gpointer) phaen_project_get_program (project);
      guint s = GPOINTER_TO_UINT (g_hash_table_lookup (strategy_pos, strategy));
      guint order = GPOINTER_TO_UINT (g_hash_table_lookup (second_pos, second));

      /* Unknown strategies go with the missing ones; unknown programs too. */
      s = s == 0 ? n_strategies : s - 1;
      if (order == 0)
        second = NULL;
      bucket_add (g_ptr_array_index (tables, s), g_ptr_array_index (lists, s),
                  second, order == 0 ? G_MAXUINT : order, project);
    }

  for (guint s = 0; s <= n_strategies; s++)
    {
      GPtrArray *buckets = g_ptr_array_index (lists, s);
      Group *outer;
      char *label;

      if (buckets->len == 0)
        continue;

      g_ptr_array_sort (buckets, bucket_compare);

      if (s < n_strategies)
        {
          g_autoptr(PhaenStrategy) strategy = g_list_model_get_item (phaen_plan_get_strategies (self->plan), s);

          label = g_strdup_printf ("%u. %s", s + 1, phaen_strategy_get_name (strategy));
        }
      else
        label = g_strdup (_("No strategy"));
      outer = add_group_row (self, 0, label);

      for (guint b = 0; b < buckets->len; b++)
        {
          Bucket *bucket = g_ptr_array_index (buckets, b);
          const char *name;
          Group *inner;

          if (bucket->key == NULL)
            name = approaches ? _("No development approach") : _("No program");
          else if (approaches)
            name = phaen_approach_get_name (bucket->key);
          else
            name = phaen_program_get_name (bucket->key);

          if (s < n_strategies)
            label = g_strdup_printf ("%u.%u %s", s + 1, b + 1, name);
          else
            label = g_strdup (name);
          inner = add_group_row (self, 1, label);
          add_project_rows (self, bucket->projects, 2, inner, outer);
        }
    }
}

static void
build_flat_rows (PhaenTimelineLayout *self)
{
  g_autoptr(GHashTable) table = NULL;
  g_autoptr(GPtrArray) buckets = g_ptr_array_new_with_free_func (bucket_free);
  g_autoptr(GHashTable) unit_pos = NULL;
  gboolean by_unit = self->group_by == PHAEN_TIMELINE_GROUP_BY_UNIT;

  if (by_unit)
    {
      table = g_hash_table_new (NULL, NULL);
      unit_pos = positions_of (phaen_plan_get_units (self->plan));
    }
  else
    table = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->projects->len; i++)
    {
      PhaenProject *project = g_ptr_array_index (self->projects, i);

      if (by_unit)
        {
          gpointer unit = phaen_project_get_unit (project);
          guint order = GPOINTER_TO_UINT (g_hash_table_lookup (unit_pos, unit));

          bucket_add (table, buckets, order == 0 ? NULL : unit,
                      order == 0 ? G_MAXUINT : order, project);
        }
      else
        {
          const char *source = phaen_project_get_source (project);
          guint order = G_N_ELEMENTS (standard_sources) + 1;

          if (source[0] == '\0')
            order = G_MAXUINT;
          for (guint k = 0; k < G_N_ELEMENTS (standard_sources); k++)
            if (g_str_equal (source, standard_sources[k]))
              order = k + 1;
          /* The key is the project's own string: it lives as long as the rows. */
          bucket_add (table, buckets, (gpointer) source, order, project);
        }
    }

  g_ptr_array_sort (buckets, bucket_compare);

  for (guint b = 0; b < buckets->len; b++)
    {
      Bucket *bucket = g_ptr_array_index (buckets, b);
      char *label;
      Group *group;

      if (by_unit)
        label = g_strdup (bucket->key != NULL ? phaen_unit_get_name (bucket->key)
                                              : _("No responsible unit"));
      else
        label = g_strdup (((const char *) bucket->key)[0] != '\0' ? bucket->key
                                                                   : _("No funding source"));
      group = add_group_row (self, 0, label);
      add_project_rows (self, bucket->projects, 1, group, NULL);
    }
}

static void
rebuild (PhaenTimelineLayout *self)
{
  GListModel *projects = phaen_plan_get_projects (self->plan);
  guint n = g_list_model_get_n_items (projects);

  g_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->groups, 0);
  g_ptr_array_set_size (self->projects, 0);
  g_hash_table_remove_all (self->project_rows);
  memset (self->load_count, 0, sizeof self->load_count);
  memset (self->load_budget, 0, sizeof self->load_budget);
  clear_texts (self);

  for (guint i = 0; i < n; i++)
    {
      PhaenProject *project = g_list_model_get_item (projects, i);
      gboolean shown = self->filter == NULL || self->filter (project, self->filter_data);

      if (shown || !self->load_filtered)
        {
          guint mask = phaen_project_get_schedule (project) & PHAEN_SCHEDULE_ALL;
          gint64 budget = phaen_project_get_budget (project);

          for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
            if (mask & (1u << m))
              {
                self->load_count[m]++;
                self->load_budget[m] += budget;
              }
        }

      if (shown)
        g_ptr_array_add (self->projects, project);
      else
        g_object_unref (project);
    }

  if (self->group_by == PHAEN_TIMELINE_GROUP_BY_PROGRAM)
    build_program_rows (self);
  else
    build_flat_rows (self);

  self->dirty = FALSE;
}

static void
ensure_rows (PhaenTimelineLayout *self)
{
  if (self->dirty)
    rebuild (self);
}

static void
invalidate (PhaenTimelineLayout *self)
{
  self->dirty = TRUE;
  clear_texts (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
plan_changed_cb (PhaenTimelineLayout *self,
                 PhaenPlan           *plan)
{
  if (self->digits_from_plan)
    self->ctx->thai_digits = phaen_plan_get_thai_digits (plan);

  invalidate (self);
}

/* ---- measurements ----------------------------------------------------- */

static double
line_height (PhaenTimelineLayout *self,
             double               size,
             PhaenTextFlags       flags)
{
  /* Marks above and below, so the logical extents are those of real text. */
  g_autoptr(PangoLayout) layout = phaen_render_text (self->ctx, "ปั๊มฟื้นญู", size, flags, -1);

  return ceil (phaen_render_text_height (layout));
}

static double
text_width (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);

  return logical.width / (double) PANGO_SCALE;
}

static void
ensure_measured (PhaenTimelineLayout *self,
                 double               size)
{
  g_autoptr(PangoLayout) digits = NULL;

  if (self->measured_size == size)
    return;

  self->measured_size = size;
  self->line_body = line_height (self, size, PHAEN_TEXT_BOLD);
  self->line_small = line_height (self, size * SMALL_SCALE, 0);
  digits = phaen_render_text (self->ctx, "888", size, 0, -1);
  self->number_width = ceil (text_width (digits));
}

void
phaen_timeline_layout_get_metrics (PhaenTimelineLayout       *self,
                                   const PhaenTimelineParams *params,
                                   PhaenTimelineMetrics      *metrics)
{
  double line, small;
  guint lines;

  g_return_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self));
  g_return_if_fail (params != NULL && metrics != NULL);
  g_return_if_fail (params->text_size > 0);

  ensure_measured (self, params->text_size);
  line = self->line_body;
  small = self->line_small;
  lines = CLAMP (params->name_lines, 1, 3);

  metrics->line_height = line;
  metrics->pad = MAX (1.0, round (line * 0.2));
  metrics->header_height = 2 * (line + metrics->pad) + small + metrics->pad;
  metrics->load_height = 2 * small + 2 * metrics->pad;
  metrics->rows_top = metrics->header_height + metrics->load_height;
  metrics->group_height = line + 2 * metrics->pad;
  metrics->project_height = lines * line + 2 * metrics->pad;
  metrics->number_width = self->number_width + 2 * metrics->pad;
  metrics->bar_height = small + round (metrics->pad * 0.5);
  metrics->actual_height = MAX (2.0, round (line * 0.3));
}

/* ---- GObject ------------------------------------------------------------ */

static void
phaen_timeline_layout_constructed (GObject *object)
{
  PhaenTimelineLayout *self = PHAEN_TIMELINE_LAYOUT (object);

  G_OBJECT_CLASS (phaen_timeline_layout_parent_class)->constructed (object);

  g_return_if_fail (PHAEN_IS_PLAN (self->plan));

  g_signal_connect_object (self->plan, "changed", G_CALLBACK (plan_changed_cb),
                           self, G_CONNECT_SWAPPED);
}

static void
phaen_timeline_layout_finalize (GObject *object)
{
  PhaenTimelineLayout *self = PHAEN_TIMELINE_LAYOUT (object);

  if (self->filter_destroy != NULL)
    self->filter_destroy (self->filter_data);

  clear_texts (self);
  g_clear_pointer (&self->row_texts, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->projects, g_ptr_array_unref);
  g_clear_pointer (&self->project_rows, g_hash_table_unref);
  g_clear_pointer (&self->ctx, phaen_render_context_free);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (phaen_timeline_layout_parent_class)->finalize (object);
}

static void
phaen_timeline_layout_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PhaenTimelineLayout *self = PHAEN_TIMELINE_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_GROUP_BY:
      g_value_set_enum (value, self->group_by);
      break;
    case PROP_LOAD_FILTERED:
      g_value_set_boolean (value, self->load_filtered);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_timeline_layout_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PhaenTimelineLayout *self = PHAEN_TIMELINE_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;
    case PROP_GROUP_BY:
      phaen_timeline_layout_set_group_by (self, g_value_get_enum (value));
      break;
    case PROP_LOAD_FILTERED:
      phaen_timeline_layout_set_load_filtered (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phaen_timeline_layout_class_init (PhaenTimelineLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = phaen_timeline_layout_constructed;
  object_class->finalize = phaen_timeline_layout_finalize;
  object_class->get_property = phaen_timeline_layout_get_property;
  object_class->set_property = phaen_timeline_layout_set_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, PHAEN_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUP_BY] =
    g_param_spec_enum ("group-by", NULL, NULL, PHAEN_TYPE_TIMELINE_GROUP_BY,
                       PHAEN_TIMELINE_GROUP_BY_PROGRAM,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOAD_FILTERED] =
    g_param_spec_boolean ("load-filtered", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
phaen_timeline_layout_init (PhaenTimelineLayout *self)
{
  self->load_filtered = TRUE;
  self->dirty = TRUE;
  self->rows = g_array_new (FALSE, TRUE, sizeof (Row));
  self->groups = g_ptr_array_new_with_free_func (group_free);
  self->projects = g_ptr_array_new_with_free_func (g_object_unref);
  self->project_rows = g_hash_table_new (NULL, NULL);
  self->row_texts = g_hash_table_new_full (NULL, NULL, NULL, row_text_free);
  self->text_key_size = -1;
}

/* ---- public API ---------------------------------------------------------- */

/* Takes @ctx. */
static PhaenTimelineLayout *
layout_new (PhaenPlan                *plan,
            const PhaenRenderOptions *options,
            PhaenRenderContext       *ctx)
{
  PhaenTimelineLayout *self = g_object_new (PHAEN_TYPE_TIMELINE_LAYOUT, "plan", plan, NULL);

  self->ctx = ctx;
  self->digits_from_plan = options == NULL || options->digits == PHAEN_DIGITS_FROM_PLAN;

  return self;
}

PhaenTimelineLayout *
phaen_timeline_layout_new (PhaenPlan                 *plan,
                           const PhaenRenderOptions  *options,
                           GPtrArray                 *warnings,
                           GError                   **error)
{
  PhaenRenderContext *ctx;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ctx = phaen_render_context_new (plan, options, warnings, error);
  if (ctx == NULL)
    return NULL;

  return layout_new (plan, options, ctx);
}

PhaenTimelineLayout *
phaen_timeline_layout_new_for_font_map (PhaenPlan                 *plan,
                                        const PhaenRenderOptions  *options,
                                        PangoFontMap              *font_map,
                                        GPtrArray                 *warnings,
                                        GError                   **error)
{
  PhaenRenderContext *ctx;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (PANGO_IS_FONT_MAP (font_map), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  ctx = phaen_render_context_new_for_font_map (plan, options, font_map, warnings, error);
  if (ctx == NULL)
    return NULL;

  return layout_new (plan, options, ctx);
}

PhaenPlan *
phaen_timeline_layout_get_plan (PhaenTimelineLayout *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), NULL);

  return self->plan;
}

PhaenRenderContext *
phaen_timeline_layout_get_context (PhaenTimelineLayout *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), NULL);

  return self->ctx;
}

PhaenTimelineGroupBy
phaen_timeline_layout_get_group_by (PhaenTimelineLayout *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), PHAEN_TIMELINE_GROUP_BY_PROGRAM);

  return self->group_by;
}

void
phaen_timeline_layout_set_group_by (PhaenTimelineLayout  *self,
                                    PhaenTimelineGroupBy  group_by)
{
  g_return_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self));
  g_return_if_fail (group_by <= PHAEN_TIMELINE_GROUP_BY_SOURCE);

  if (self->group_by == group_by)
    return;

  self->group_by = group_by;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_BY]);
}

gboolean
phaen_timeline_layout_get_load_filtered (PhaenTimelineLayout *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), TRUE);

  return self->load_filtered;
}

void
phaen_timeline_layout_set_load_filtered (PhaenTimelineLayout *self,
                                         gboolean             load_filtered)
{
  g_return_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self));

  load_filtered = !!load_filtered;
  if (self->load_filtered == load_filtered)
    return;

  self->load_filtered = load_filtered;
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOAD_FILTERED]);
}

void
phaen_timeline_layout_set_filter (PhaenTimelineLayout     *self,
                                  PhaenTimelineFilterFunc  func,
                                  gpointer                 user_data,
                                  GDestroyNotify           destroy)
{
  g_return_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self));

  if (self->filter_destroy != NULL)
    self->filter_destroy (self->filter_data);

  self->filter = func;
  self->filter_data = user_data;
  self->filter_destroy = destroy;
  invalidate (self);
}

void
phaen_timeline_layout_refilter (PhaenTimelineLayout *self)
{
  g_return_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self));

  invalidate (self);
}

double
phaen_timeline_layout_get_rows_height (PhaenTimelineLayout       *self,
                                       const PhaenTimelineParams *params)
{
  PhaenTimelineMetrics metrics;
  guint n_groups;

  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), 0.0);

  ensure_rows (self);
  phaen_timeline_layout_get_metrics (self, params, &metrics);
  n_groups = self->groups->len;

  return n_groups * metrics.group_height + (self->rows->len - n_groups) * metrics.project_height;
}

guint
phaen_timeline_layout_get_n_rows (PhaenTimelineLayout *self)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), 0);

  ensure_rows (self);

  return self->rows->len;
}

PhaenTimelineRowKind
phaen_timeline_layout_get_row (PhaenTimelineLayout  *self,
                               guint                 index,
                               guint                *level,
                               PhaenProject        **project,
                               const char          **label,
                               guint                *n_projects,
                               gint64               *budget)
{
  const Row *row;
  const Group *group = NULL;

  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), PHAEN_TIMELINE_ROW_GROUP);

  ensure_rows (self);
  g_return_val_if_fail (index < self->rows->len, PHAEN_TIMELINE_ROW_GROUP);

  row = &g_array_index (self->rows, Row, index);
  if (row->kind == PHAEN_TIMELINE_ROW_GROUP)
    group = g_ptr_array_index (self->groups, row->group);

  if (level != NULL)
    *level = row->level;
  if (project != NULL)
    *project = row->project;
  if (label != NULL)
    *label = group != NULL ? group->label : phaen_project_get_name (row->project);
  if (n_projects != NULL)
    *n_projects = group != NULL ? group->n_projects : 1;
  if (budget != NULL)
    *budget = group != NULL ? group->budget : phaen_project_get_budget (row->project);

  return row->kind;
}

guint
phaen_timeline_layout_get_row_number (PhaenTimelineLayout *self,
                                      guint                index)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), 0);

  ensure_rows (self);
  g_return_val_if_fail (index < self->rows->len, 0);

  return g_array_index (self->rows, Row, index).number;
}

int
phaen_timeline_layout_find_project (PhaenTimelineLayout *self,
                                    PhaenProject        *project)
{
  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), -1);

  if (project == NULL)
    return -1;

  ensure_rows (self);

  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (self->project_rows, project)) - 1;
}

int
phaen_timeline_layout_step_project (PhaenTimelineLayout *self,
                                    int                  index,
                                    int                  step)
{
  int n;

  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), -1);
  g_return_val_if_fail (step != 0, -1);

  ensure_rows (self);
  n = (int) self->rows->len;

  if (index < -1)
    index = -1;
  if (index > n)
    index = n;

  for (int i = index + step; i >= 0 && i < n; i += step)
    if (g_array_index (self->rows, Row, i).kind == PHAEN_TIMELINE_ROW_PROJECT)
      return i;

  return -1;
}

/* Top of row @index from the metrics alone. */
static double
row_top (PhaenTimelineLayout        *self,
         const PhaenTimelineMetrics *metrics,
         guint                       index)
{
  guint groups;

  if (index >= self->rows->len)
    {
      groups = self->groups->len;
      return groups * metrics->group_height + (self->rows->len - groups) * metrics->project_height;
    }

  groups = g_array_index (self->rows, Row, index).n_groups_before;

  return groups * metrics->group_height + (index - groups) * metrics->project_height;
}

static double
row_height (PhaenTimelineLayout        *self,
            const PhaenTimelineMetrics *metrics,
            guint                       index)
{
  return g_array_index (self->rows, Row, index).kind == PHAEN_TIMELINE_ROW_GROUP
           ? metrics->group_height : metrics->project_height;
}

/* The first row whose bottom is below @y (rows.len when none). */
static guint
first_row_below (PhaenTimelineLayout        *self,
                 const PhaenTimelineMetrics *metrics,
                 double                      y)
{
  guint lo = 0, hi = self->rows->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (row_top (self, metrics, mid) + row_height (self, metrics, mid) > y)
        hi = mid;
      else
        lo = mid + 1;
    }

  return lo;
}

double
phaen_timeline_layout_get_row_y (PhaenTimelineLayout       *self,
                                 const PhaenTimelineParams *params,
                                 guint                      index,
                                 double                    *height)
{
  PhaenTimelineMetrics metrics;

  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), 0.0);

  ensure_rows (self);
  phaen_timeline_layout_get_metrics (self, params, &metrics);

  if (height != NULL)
    *height = index < self->rows->len ? row_height (self, &metrics, index) : 0.0;

  return row_top (self, &metrics, index);
}

int
phaen_timeline_layout_row_at_y (PhaenTimelineLayout       *self,
                                const PhaenTimelineParams *params,
                                double                     y)
{
  PhaenTimelineMetrics metrics;
  guint index;

  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), -1);

  ensure_rows (self);
  if (y < 0)
    return -1;

  phaen_timeline_layout_get_metrics (self, params, &metrics);
  index = first_row_below (self, &metrics, y);

  return index < self->rows->len ? (int) index : -1;
}

void
phaen_timeline_layout_get_load (PhaenTimelineLayout *self,
                                guint                month,
                                guint               *n_projects,
                                gint64              *budget)
{
  g_return_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self));
  g_return_if_fail (month < PHAEN_FISCAL_MONTHS);

  ensure_rows (self);

  if (n_projects != NULL)
    *n_projects = self->load_count[month];
  if (budget != NULL)
    *budget = self->load_budget[month];
}

char *
phaen_timeline_layout_format_budget_short (PhaenTimelineLayout *self,
                                           gint64               satang)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), NULL);

  if (satang == 0)
    return g_strdup ("-");

  if (satang < G_GINT64_CONSTANT (1000000) * PHAEN_SATANG_PER_BAHT)
    return phaen_money_format (satang, FALSE, self->ctx->thai_digits);

  {
    /* Millions, three significant digits, rounded half up. */
    gint64 baht = satang / PHAEN_SATANG_PER_BAHT;
    guint decimals = baht < G_GINT64_CONSTANT (10000000) ? 2 : baht < G_GINT64_CONSTANT (100000000) ? 1 : 0;
    gint64 unit = decimals == 2 ? 10000 : decimals == 1 ? 100000 : 1000000;
    gint64 scaled = (baht + unit / 2) / unit;
    g_autofree char *number = NULL;

    if (decimals == 0)
      number = g_strdup_printf ("%" G_GINT64_FORMAT, scaled);
    else
      number = g_strdup_printf ("%" G_GINT64_FORMAT ".%0*" G_GINT64_FORMAT,
                                scaled / (decimals == 2 ? 100 : 10), (int) decimals,
                                scaled % (decimals == 2 ? 100 : 10));
    /* TRANSLATORS: a budget in millions of baht, in a narrow cell */
    text = g_strdup_printf (_("%s M"), number);
  }

  return phaen_digits (text, self->ctx->thai_digits);
}

char *
phaen_timeline_layout_describe_months (PhaenTimelineLayout *self,
                                       guint                mask)
{
  PhaenScheduleRun runs[PHAEN_SCHEDULE_MAX_RUNS];
  g_autoptr(GString) out = g_string_new (NULL);
  guint year, n;

  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), NULL);

  year = phaen_plan_get_fiscal_year (self->plan);
  n = phaen_schedule_runs (mask & PHAEN_SCHEDULE_ALL, runs);
  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append_printf (out, "%s %u", phaen_fiscal_month_name (runs[i].first),
                              phaen_fiscal_month_be_year (year, runs[i].first));
      if (runs[i].last != runs[i].first)
        g_string_append_printf (out, " – %s %u", phaen_fiscal_month_name (runs[i].last),
                                phaen_fiscal_month_be_year (year, runs[i].last));
    }

  return phaen_digits (out->str, self->ctx->thai_digits);
}

/* ---- one frame ------------------------------------------------------------ */

static void
set_cell (PhaenTimelineCell *cell,
          double             x,
          double             y,
          double             width,
          double             height)
{
  cell->rect.x = x;
  cell->rect.y = y;
  cell->rect.width = MAX (0.0, width);
  cell->rect.height = MAX (0.0, height);
}

/* Puts @layout (a new reference is taken) centred in the cell. */
static void
centre_text (PhaenTimelineCell *cell,
             PangoLayout       *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  g_set_object (&cell->layout, layout);
  cell->text_x = cell->rect.x + (cell->rect.width - logical.width / (double) PANGO_SCALE) / 2.0
                 - logical.x / (double) PANGO_SCALE;
  cell->text_y = cell->rect.y + (cell->rect.height - logical.height / (double) PANGO_SCALE) / 2.0;
}

/* The part of [@x1, @x2) inside the month area of @frame; FALSE when empty. */
static gboolean
clip_to_months (const PhaenTimelineFrame *frame,
                double                   *x1,
                double                   *x2)
{
  double left = frame->months_area.x;
  double right = frame->months_area.x + frame->months_area.width;

  *x1 = MAX (*x1, left);
  *x2 = MIN (*x2, right);

  return *x2 > *x1;
}

static void
check_text_key (PhaenTimelineLayout       *self,
                const PhaenTimelineParams *params)
{
  if (self->text_key_size == params->text_size &&
      self->text_key_pane == params->pane_width &&
      self->text_key_lines == params->name_lines)
    return;

  clear_texts (self);
  self->text_key_size = params->text_size;
  self->text_key_pane = params->pane_width;
  self->text_key_lines = params->name_lines;
}

static RowText *
row_text (PhaenTimelineLayout        *self,
          const PhaenTimelineParams  *params,
          const PhaenTimelineMetrics *metrics,
          guint                       index)
{
  const Row *row = &g_array_index (self->rows, Row, index);
  RowText *text = g_hash_table_lookup (self->row_texts, GUINT_TO_POINTER (index + 1));
  double size = params->text_size;

  if (text != NULL)
    return text;

  if (g_hash_table_size (self->row_texts) >= ROW_CACHE_MAX)
    g_hash_table_remove_all (self->row_texts);

  text = g_new0 (RowText, 1);

  if (row->kind == PHAEN_TIMELINE_ROW_GROUP)
    {
      const Group *group = g_ptr_array_index (self->groups, row->group);
      double indent = metrics->pad + row->level * metrics->line_height;
      g_autofree char *money = phaen_money_format (group->budget, FALSE, FALSE);
      g_autofree char *totals = NULL;

      text->label = phaen_render_text (self->ctx, group->label, size, PHAEN_TEXT_BOLD,
                                       MAX (1.0, params->pane_width - indent - metrics->pad));
      pango_layout_set_ellipsize (text->label, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (text->label, -1);
      text->label_h = phaen_render_text_height (text->label);

      totals = g_strdup_printf (ngettext ("%u project, %s baht", "%u projects, %s baht",
                                          group->n_projects),
                                group->n_projects, money);
      text->totals = phaen_render_text (self->ctx, totals, size * SMALL_SCALE, 0, -1);
      text->totals_h = phaen_render_text_height (text->totals);
    }
  else
    {
      g_autofree char *number = g_strdup_printf ("%u", row->number);
      double width = params->pane_width - metrics->number_width - metrics->pad;
      gint64 budget = phaen_project_get_budget (row->project);

      text->number = phaen_render_text (self->ctx, number, size, 0, -1);
      text->number_w = text_width (text->number);

      text->label = phaen_render_text (self->ctx, phaen_project_get_name (row->project),
                                       size, 0, MAX (1.0, width));
      pango_layout_set_ellipsize (text->label, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (text->label, -(int) CLAMP (params->name_lines, 1, 3));
      text->label_h = phaen_render_text_height (text->label);

      if (budget > 0)
        {
          g_autofree char *money = phaen_money_format (budget, budget % PHAEN_SATANG_PER_BAHT != 0, FALSE);

          text->budget = phaen_render_text (self->ctx, money, size * SMALL_SCALE, 0, -1);
          text->budget_w = text_width (text->budget);
          text->budget_h = phaen_render_text_height (text->budget);
        }
    }

  g_hash_table_insert (self->row_texts, GUINT_TO_POINTER (index + 1), text);

  return text;
}

static void
layout_header (PhaenTimelineLayout *self,
               PhaenTimelineFrame  *frame)
{
  const PhaenTimelineParams *params = &frame->params;
  const PhaenTimelineMetrics *metrics = &frame->metrics;
  double size = params->text_size;
  double small = size * SMALL_SCALE;
  double year_h = metrics->line_height + metrics->pad;
  double quarter_h = self->line_small + metrics->pad;
  double month_h = metrics->header_height - year_h - quarter_h;
  guint year = phaen_plan_get_fiscal_year (self->plan);
  static const guint year_spans[2][2] = { { 0, 3 }, { 3, 12 } };

  /* Above the pane, across the header. */
  set_cell (&frame->pane_title, 0, 0, params->pane_width, metrics->header_height);
  {
    g_autoptr(PangoLayout) title =
      phaen_render_text_shared (self->ctx, _("Project/activity"), size, PHAEN_TEXT_BOLD, -1);

    centre_text (&frame->pane_title, title);
  }

  for (guint i = 0; i < 2; i++)
    {
      double x1 = phaen_timeline_frame_month_x (frame, year_spans[i][0]);
      double x2 = phaen_timeline_frame_month_x (frame, year_spans[i][1]);
      g_autofree char *text = g_strdup_printf ("พ.ศ. %u", i == 0 ? year - 1 : year);

      set_cell (&frame->years[i], x1, 0, x2 - x1, year_h);
      /* The label stays in the visible part of its span. */
      if (clip_to_months (frame, &x1, &x2))
        {
          g_autoptr(PangoLayout) layout =
            phaen_render_text_shared (self->ctx, text, size, PHAEN_TEXT_BOLD, -1);
          PhaenTimelineCell visible = frame->years[i];

          set_cell (&visible, x1, 0, x2 - x1, year_h);
          centre_text (&visible, layout);
          frame->years[i].layout = visible.layout;
          frame->years[i].text_x = visible.text_x;
          frame->years[i].text_y = visible.text_y;
        }
    }

  for (guint q = 0; q < 4; q++)
    {
      double x1 = phaen_timeline_frame_month_x (frame, q * 3);
      double x2 = phaen_timeline_frame_month_x (frame, q * 3 + 3);
      /* TRANSLATORS: a quarter of the fiscal year, above its three months */
      g_autofree char *text = g_strdup_printf (_("Quarter %u"), q + 1);

      set_cell (&frame->quarters[q], x1, year_h, x2 - x1, quarter_h);
      if (clip_to_months (frame, &x1, &x2))
        {
          g_autoptr(PangoLayout) layout = phaen_render_text_shared (self->ctx, text, small, 0, -1);
          PhaenTimelineCell visible = frame->quarters[q];

          set_cell (&visible, x1, year_h, x2 - x1, quarter_h);
          if (text_width (layout) <= 3 * params->month_width - 2)
            centre_text (&visible, layout);
          frame->quarters[q].layout = visible.layout;
          frame->quarters[q].text_x = visible.text_x;
          frame->quarters[q].text_y = visible.text_y;
        }
    }

  for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
    {
      double x1 = phaen_timeline_frame_month_x (frame, m);
      double x2 = x1 + params->month_width;

      set_cell (&frame->months[m], x1, year_h + quarter_h, params->month_width, month_h);
      if (clip_to_months (frame, &x1, &x2))
        {
          g_autoptr(PangoLayout) layout =
            phaen_render_text_shared (self->ctx, phaen_fiscal_month_abbrev (m), size, 0, -1);

          /* Months too narrow for their names (zoomed far out) go unnamed
           * rather than overlapping. */
          if (text_width (layout) <= params->month_width - 2)
            centre_text (&frame->months[m], layout);
        }
    }
}

static void
layout_load (PhaenTimelineLayout *self,
             PhaenTimelineFrame  *frame)
{
  const PhaenTimelineParams *params = &frame->params;
  const PhaenTimelineMetrics *metrics = &frame->metrics;
  double small = params->text_size * SMALL_SCALE;
  double y = metrics->header_height;
  double line = self->line_small;
  guint busiest = 0;

  set_cell (&frame->load_title, 0, y, params->pane_width, metrics->load_height);
  {
    g_autoptr(PangoLayout) title =
      phaen_render_text_shared (self->ctx, _("Projects and budget per month"), small, 0,
                                MAX (1.0, params->pane_width - 2 * metrics->pad));

    centre_text (&frame->load_title, title);
  }

  for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
    busiest = MAX (busiest, self->load_count[m]);

  for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
    {
      double x1 = phaen_timeline_frame_month_x (frame, m);
      double x2 = x1 + params->month_width;

      frame->load_fraction[m] = busiest > 0 ? self->load_count[m] / (double) busiest : 0.0;
      set_cell (&frame->load_counts[m], x1, y + metrics->pad, params->month_width, line);
      set_cell (&frame->load_budgets[m], x1, y + metrics->pad + line, params->month_width, line);
      if (!clip_to_months (frame, &x1, &x2))
        continue;

      if (self->load_texts[0][m] == NULL)
        {
          g_autofree char *count = self->load_count[m] > 0
                                   ? g_strdup_printf ("%u", self->load_count[m])
                                   : g_strdup ("-");
          g_autofree char *budget = phaen_timeline_layout_format_budget_short (self, self->load_budget[m]);

          self->load_texts[0][m] = phaen_render_text (self->ctx, count, small, PHAEN_TEXT_BOLD, -1);
          self->load_texts[1][m] = phaen_render_text (self->ctx, budget, small, PHAEN_TEXT_NO_DIGITS, -1);
        }

      centre_text (&frame->load_counts[m], self->load_texts[0][m]);
      /* A budget wider than its month is left out rather than overlapping. */
      if (text_width (self->load_texts[1][m]) <= params->month_width - metrics->pad)
        centre_text (&frame->load_budgets[m], self->load_texts[1][m]);
    }
}

static void
layout_today (PhaenTimelineLayout *self,
              PhaenTimelineFrame  *frame)
{
  GDate today, first, last;
  guint month, days;
  double x, x2;

  if (frame->params.today == 0 || !g_date_valid_julian (frame->params.today))
    return;

  g_date_clear (&today, 1);
  g_date_clear (&first, 1);
  g_date_clear (&last, 1);
  g_date_set_julian (&today, frame->params.today);
  phaen_fiscal_year_range (phaen_plan_get_fiscal_year (self->plan), &first, &last);
  if (!g_date_valid (&first) || g_date_compare (&today, &first) < 0 ||
      g_date_compare (&today, &last) > 0)
    return;

  month = phaen_fiscal_index_from_calendar (g_date_get_month (&today));
  days = g_date_get_days_in_month (g_date_get_month (&today), g_date_get_year (&today));
  x = phaen_timeline_frame_month_x (frame, month) +
      (g_date_get_day (&today) - 1 + 0.5) / days * frame->params.month_width;
  x2 = x + 1e-9;
  if (!clip_to_months (frame, &x, &x2))
    return;

  frame->has_today = TRUE;
  frame->today_x = x;
}

static void
layout_project_row (PhaenTimelineLayout   *self,
                    PhaenTimelineFrame    *frame,
                    PhaenTimelineFrameRow *frow,
                    const Row             *row,
                    RowText               *text)
{
  const PhaenTimelineParams *params = &frame->params;
  const PhaenTimelineMetrics *metrics = &frame->metrics;
  PhaenScheduleRun runs[PHAEN_SCHEDULE_MAX_RUNS];
  double inset = MAX (1.0, round (params->month_width * 0.06));
  double block, bar_y;
  guint n, longest = 0;

  frow->model_mask = phaen_project_get_schedule (row->project) & PHAEN_SCHEDULE_ALL;
  frow->actual_mask = phaen_project_get_actual_schedule (row->project) & PHAEN_SCHEDULE_ALL;
  frow->mask = frow->model_mask;
  if (params->preview_project != NULL && params->preview_project == row->project)
    {
      frow->mask = params->preview_mask & PHAEN_SCHEDULE_ALL;
      frow->preview = TRUE;
    }

  /* Number right-aligned in its column, name beside it, both centred. */
  set_cell (&frow->number, 0, frow->y, metrics->number_width, frow->height);
  set_cell (&frow->label, metrics->number_width, frow->y,
            params->pane_width - metrics->number_width, frow->height);
  frow->label.layout = g_object_ref (text->label);
  frow->label.text_x = metrics->number_width;
  frow->label.text_y = frow->y + (frow->height - text->label_h) / 2.0;
  frow->number.layout = g_object_ref (text->number);
  frow->number.text_x = metrics->number_width - metrics->pad - text->number_w;
  frow->number.text_y = frow->label.text_y;

  /* Planned bar above, the actual one (when any) under it. */
  block = metrics->bar_height;
  if (frow->actual_mask != 0)
    block += round (metrics->pad * 0.5) + metrics->actual_height;
  bar_y = frow->y + round ((frow->height - block) / 2.0);

  n = phaen_schedule_runs (frow->mask, runs);
  for (guint i = 1; i < n; i++)
    if (runs[i].last - runs[i].first > runs[longest].last - runs[longest].first)
      longest = i;

  frow->first_bar = frame->bars->len;
  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean actual = pass == 1;
      double y = actual ? bar_y + metrics->bar_height + round (metrics->pad * 0.5) : bar_y;
      double h = actual ? metrics->actual_height : metrics->bar_height;

      if (actual)
        n = phaen_schedule_runs (frow->actual_mask, runs);

      for (guint i = 0; i < n; i++)
        {
          PhaenTimelineFrameBar bar = { 0 };
          double x1 = phaen_timeline_frame_month_x (frame, runs[i].first) + inset;
          double x2 = phaen_timeline_frame_month_x (frame, runs[i].last + 1) - inset;
          double cx1 = x1, cx2 = x2;

          if (!clip_to_months (frame, &cx1, &cx2))
            continue;

          bar.row = frame->rows->len;
          bar.first = runs[i].first;
          bar.last = runs[i].last;
          bar.actual = actual;
          bar.rect.x = x1;
          bar.rect.y = y;
          bar.rect.width = x2 - x1;
          bar.rect.height = h;

          if (!actual && i == longest && text->budget != NULL &&
              text->budget_w + 2 * metrics->pad <= bar.rect.width)
            {
              bar.label.rect = bar.rect;
              centre_text (&bar.label, text->budget);
            }

          g_array_append_val (frame->bars, bar);
          frow->n_bars++;
        }
    }
}

static void
layout_group_row (PhaenTimelineLayout   *self,
                  PhaenTimelineFrame    *frame,
                  PhaenTimelineFrameRow *frow,
                  const Row             *row,
                  RowText               *text)
{
  const PhaenTimelineMetrics *metrics = &frame->metrics;
  double indent = metrics->pad + row->level * metrics->line_height;
  double x = MAX (frame->month_x0, frame->months_area.x) + metrics->pad;

  set_cell (&frow->label, 0, frow->y, frame->params.pane_width, frow->height);
  frow->label.layout = g_object_ref (text->label);
  frow->label.text_x = indent;
  frow->label.text_y = frow->y + (frow->height - text->label_h) / 2.0;

  /* Totals at the start of the visible months. */
  set_cell (&frow->totals, x, frow->y,
            frame->months_area.x + frame->months_area.width - x, frow->height);
  frow->totals.layout = g_object_ref (text->totals);
  frow->totals.text_x = x;
  frow->totals.text_y = frow->y + (frow->height - text->totals_h) / 2.0;
}

PhaenTimelineFrame *
phaen_timeline_layout_frame (PhaenTimelineLayout       *self,
                             const PhaenTimelineParams *params)
{
  PhaenTimelineFrame *frame;
  PhaenTimelineMetrics *metrics;
  double view_top, view_bottom;

  g_return_val_if_fail (PHAEN_IS_TIMELINE_LAYOUT (self), NULL);
  g_return_val_if_fail (params != NULL, NULL);

  ensure_rows (self);
  check_text_key (self, params);

  frame = g_new0 (PhaenTimelineFrame, 1);
  frame->params = *params;
  frame->params.name_lines = CLAMP (params->name_lines, 1, 3);
  metrics = &frame->metrics;
  phaen_timeline_layout_get_metrics (self, &frame->params, metrics);
  frame->rows = g_array_new (FALSE, TRUE, sizeof (PhaenTimelineFrameRow));
  g_array_set_clear_func (frame->rows, frame_row_clear);
  frame->bars = g_array_new (FALSE, TRUE, sizeof (PhaenTimelineFrameBar));
  g_array_set_clear_func (frame->bars, frame_bar_clear);

  frame->month_x0 = params->pane_width - params->scroll_x;
  frame->months_area.x = params->pane_width;
  frame->months_area.y = 0;
  frame->months_area.width = MAX (0.0, params->width - params->pane_width);
  frame->months_area.height = params->height;
  frame->rows_area.x = 0;
  frame->rows_area.y = metrics->rows_top;
  frame->rows_area.width = params->width;
  frame->rows_area.height = MAX (0.0, params->height - metrics->rows_top);

  layout_header (self, frame);
  layout_load (self, frame);
  layout_today (self, frame);

  /* Only the rows that meet the viewport. */
  view_top = params->scroll_y;
  view_bottom = params->scroll_y + frame->rows_area.height;
  for (guint i = first_row_below (self, metrics, view_top + 1e-6); i < self->rows->len; i++)
    {
      const Row *row = &g_array_index (self->rows, Row, i);
      double top = row_top (self, metrics, i);
      PhaenTimelineFrameRow frow = { 0 };
      RowText *text;

      if (top >= view_bottom - 1e-6)
        break;

      text = row_text (self, &frame->params, metrics, i);
      frow.kind = row->kind;
      frow.index = i;
      frow.level = row->level;
      frow.project = row->project;
      frow.y = metrics->rows_top + top - params->scroll_y;
      frow.height = row_height (self, metrics, i);
      frow.selected = row->project != NULL && row->project == params->selected;

      if (row->kind == PHAEN_TIMELINE_ROW_GROUP)
        layout_group_row (self, frame, &frow, row, text);
      else
        layout_project_row (self, frame, &frow, row, text);
      g_array_append_val (frame->rows, frow);
    }

  return frame;
}

/* ---- hit testing -------------------------------------------------------- */

gboolean
phaen_timeline_frame_hit_test (const PhaenTimelineFrame *frame,
                               double                    x,
                               double                    y,
                               PhaenTimelineHit         *hit)
{
  const PhaenTimelineParams *params;
  const PhaenTimelineFrameRow *row = NULL;
  double months_right;
  int month = -1;

  g_return_val_if_fail (frame != NULL && hit != NULL, FALSE);

  params = &frame->params;
  memset (hit, 0, sizeof *hit);
  hit->kind = PHAEN_TIMELINE_HIT_NONE;
  hit->row = -1;
  hit->month = -1;

  if (x < 0 || y < 0 || x >= params->width || y >= params->height)
    return FALSE;

  months_right = MIN (phaen_timeline_frame_month_x (frame, PHAEN_FISCAL_MONTHS),
                      frame->months_area.x + frame->months_area.width);
  if (x >= frame->months_area.x && x < months_right && params->month_width > 0)
    {
      month = (int) floor ((x - frame->month_x0) / params->month_width);
      if (month < 0 || month >= PHAEN_FISCAL_MONTHS)
        month = -1;
    }
  hit->month = month;

  if (y < frame->metrics.header_height)
    {
      hit->kind = PHAEN_TIMELINE_HIT_HEADER;
      return TRUE;
    }
  if (y < frame->metrics.rows_top)
    {
      hit->kind = PHAEN_TIMELINE_HIT_LOAD;
      return TRUE;
    }

  for (guint i = 0; i < frame->rows->len; i++)
    {
      const PhaenTimelineFrameRow *candidate = &g_array_index (frame->rows, PhaenTimelineFrameRow, i);

      if (y >= candidate->y && y < candidate->y + candidate->height)
        {
          row = candidate;
          break;
        }
    }
  if (row == NULL)
    return FALSE;

  hit->row = (int) row->index;
  hit->project = row->project;

  if (x < frame->months_area.x)
    {
      hit->kind = PHAEN_TIMELINE_HIT_PANE;
      return TRUE;
    }
  if (month < 0)
    return FALSE;
  if (row->kind == PHAEN_TIMELINE_ROW_GROUP)
    {
      hit->kind = PHAEN_TIMELINE_HIT_MONTH;
      return TRUE;
    }

  hit->kind = PHAEN_TIMELINE_HIT_MONTH;
  for (guint b = row->first_bar; b < row->first_bar + row->n_bars; b++)
    {
      const PhaenTimelineFrameBar *bar = &g_array_index (frame->bars, PhaenTimelineFrameBar, b);
      double left = phaen_timeline_frame_month_x (frame, bar->first);
      double right = phaen_timeline_frame_month_x (frame, bar->last + 1);
      double grip = MAX (GRIP_MIN, params->month_width * GRIP_SHARE);

      if (bar->actual || x < left || x >= right)
        continue;

      hit->run_first = bar->first;
      hit->run_last = bar->last;
      /* A one-month bar keeps a body in its middle third. */
      grip = MIN (grip, (right - left) / 3.0);
      if (x < left + grip)
        hit->kind = PHAEN_TIMELINE_HIT_BAR_START;
      else if (x >= right - grip)
        hit->kind = PHAEN_TIMELINE_HIT_BAR_END;
      else
        hit->kind = PHAEN_TIMELINE_HIT_BAR;
      break;
    }

  return TRUE;
}
