/* phaen-edition-pages.c: the documents of additions and amendments, and
 * the consolidated plan
 *
 * An edition's document is made of the plan's own parts, laid out on
 * plans made for the purpose: the plan as the edition left it, titled
 * with the edition's suffix and carrying its announcement (cover,
 * announcement); the same reduced to the edition's projects (ผด.01, and
 * for an addition ผด.02 / ผด.02/1 of its new projects). What changed is
 * shown in pairs of rows, the old values (เดิม) over the new ones
 * (แก้ไขเป็น), the values that differ in bold; a cancelled project's
 * second row says so. The groups (strategy, then program) head the rows
 * as in ผด.02, ที่ restarting in each.
 *
 * How real amendments look differs between organisations; this follows
 * the common shape: the title suffix after the year line ("ประจำปี
 * งบประมาณ พ.ศ. 2569 (แก้ไข ครั้งที่ 1/2569)", as the announcements of
 * real amendments read), the form codes and titles of the plan's forms,
 * and the เดิม / แก้ไขเป็น wording of Thai amendment tables.
 *
 * The parts take their plan from the render context; a part laid out
 * for another plan gets it for the time of the call (with_plan()), so
 * that the fonts, digits and word list of the context serve every part.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "phaen-render"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "model/phaen-catalogue.h"
#include "model/phaen-fiscal.h"
#include "model/phaen-limits.h"
#include "model/phaen-money.h"
#include "model/phaen-schedule.h"
#include "model/phaen-summary.h"
#include "model/phaen-thai.h"

#include "phaen-edition-pages.h"
#include "phaen-forms.h"
#include "phaen-landscape-private.h"
#include "phaen-front.h"
#include "phaen-pdf.h"
#include "phaen-render-private.h"
#include "phaen-render-task.h"
#include "phaen-table.h"

#define MAX_COLUMNS    24

#define WORD_OLD       "เดิม"
#define WORD_NEW       "แก้ไขเป็น"
#define WORD_CANCELLED "ยกเลิกโครงการ"

gboolean
phaen_edition_document_parse (const char *text,
                              guint      *which)
{
  g_autofree char *arabic = NULL;
  guint64 value;

  g_return_val_if_fail (which != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  if (g_ascii_strcasecmp (text, "current") == 0)
    {
      *which = PHAEN_EDITION_DOCUMENT_CURRENT;
      return TRUE;
    }

  arabic = phaen_arabic_digits (text);
  if (!g_ascii_string_to_unsigned (g_strstrip (arabic), 10, 0, PHAEN_LIMIT_EDITIONS, &value, NULL))
    return FALSE;
  *which = (guint) value;
  return TRUE;
}

/* ---- Plans to lay out ---------------------------------------------------- */

static void
page_free (gpointer data)
{
  phaen_page_free (data);
}

static GPtrArray *
new_pages (void)
{
  return g_ptr_array_new_with_free_func (page_free);
}

typedef GPtrArray *(*PartFunc) (PhaenRenderContext *ctx);

/* @func laid out for @plan with the context's fonts and settings. */
static GPtrArray *
with_plan (PhaenRenderContext *ctx,
           PhaenPlan          *plan,
           PartFunc            func)
{
  PhaenPlan *own = ctx->plan;
  GPtrArray *pages;

  ctx->plan = plan;
  pages = func (ctx);
  ctx->plan = own;

  return pages;
}

static GPtrArray *
cover_part (PhaenRenderContext *ctx)
{
  GPtrArray *pages = new_pages ();

  g_ptr_array_add (pages, phaen_front_cover (ctx));
  return pages;
}

/* "เพิ่มเติม ครั้งที่ 1", "แก้ไข ครั้งที่ 1/2569": the edition's words
 * without the brackets of its suffix. */
static char *
edition_words (PhaenEdition *edition)
{
  g_autofree char *number = phaen_edition_format_number (edition);

  return g_strdup_printf (phaen_edition_get_kind (edition) == PHAEN_EDITION_AMENDMENT
                          ? "แก้ไข ครั้งที่ %s" : "เพิ่มเติม ครั้งที่ %s", number);
}

/* The plan as edition @edition left it (@after), dressed as the
 * edition's document: its suffix, date, signer and announcement. */
static PhaenPlan *
edition_document_plan (PhaenPlan    *plan,
                       PhaenEdition *edition,
                       PhaenPlan    *after)
{
  PhaenPlan *document = phaen_plan_copy (after);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  const char *text_1 = phaen_edition_get_text (edition, "announcement-text-1");
  const char *text_2 = phaen_edition_get_text (edition, "announcement-text-2");

  phaen_edition_compose_texts (edition, plan, &first, &second);
  g_object_set (document,
                "edition-kind", phaen_edition_get_kind (edition),
                "edition-number", phaen_edition_get_number (edition),
                "edition-year", phaen_edition_get_number_year (edition),
                "announcement-date", phaen_edition_get_adoption_date (edition),
                "signer-name", phaen_edition_get_text (edition, "signer-name"),
                "signer-position", phaen_edition_get_text (edition, "signer-position"),
                "announcement-text-1", text_1[0] != '\0' ? text_1 : first,
                "announcement-text-2", text_2[0] != '\0' ? text_2 : second,
                NULL);

  return document;
}

/* A copy of @plan keeping only the projects for which @keep is TRUE,
 * in their order. */
static PhaenPlan *
plan_with_projects (PhaenPlan  *plan,
                    GHashTable *keep)
{
  PhaenPlan *copy = phaen_plan_copy (plan);
  GListModel *projects = phaen_plan_get_projects (copy);
  guint n = g_list_model_get_n_items (projects);
  g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      PhaenProject *project = g_list_model_get_item (projects, i);

      if (g_hash_table_contains (keep, phaen_project_get_id (project)))
        g_ptr_array_add (kept, project);
      else
        g_object_unref (project);
    }
  phaen_catalogue_splice (PHAEN_CATALOGUE (projects), 0, n, kept->pdata, kept->len);

  return copy;
}

/* ---- What an edition did to the projects ----------------------------- */

typedef struct
{
  GHashTable *added;     /* project ids */
  GHashTable *changed;   /* project ids: a field, or the name of what they refer to */
  GPtrArray  *removed;   /* project ids (char*, owned), in the old order */
} EditionProjects;

static void
edition_projects_clear (EditionProjects *projects)
{
  g_clear_pointer (&projects->added, g_hash_table_unref);
  g_clear_pointer (&projects->changed, g_hash_table_unref);
  g_clear_pointer (&projects->removed, g_ptr_array_unref);
}

static void
edition_projects_init (EditionProjects *projects,
                       GPtrArray       *changes,
                       PhaenPlan       *after)
{
  g_autoptr(GHashTable) renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GListModel *list = phaen_plan_get_projects (after);

  projects->added = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  projects->changed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  projects->removed = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < changes->len; i++)
    {
      PhaenChange *change = g_ptr_array_index (changes, i);

      if (change->target != PHAEN_CHANGE_PROJECT)
        {
          /* A renamed unit, program, … changes what its projects print. */
          if (change->kind == PHAEN_CHANGE_CHANGED)
            g_hash_table_add (renamed, g_strdup_printf ("%s %s",
                                                        phaen_change_target_to_string (change->target),
                                                        change->id));
          continue;
        }

      switch (change->kind)
        {
        case PHAEN_CHANGE_ADDED:
          g_hash_table_add (projects->added, g_strdup (change->id));
          break;
        case PHAEN_CHANGE_REMOVED:
          g_ptr_array_add (projects->removed, g_strdup (change->id));
          break;
        case PHAEN_CHANGE_CHANGED:
          g_hash_table_add (projects->changed, g_strdup (change->id));
          break;
        case PHAEN_CHANGE_MOVED:
        default:
          break;
        }
    }

  if (g_hash_table_size (renamed) == 0)
    return;

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (list, i);
      static const char * const references[] = { "strategy", "approach", "program", "unit" };
      const char *id = phaen_project_get_id (project);

      if (g_hash_table_contains (projects->added, id))
        continue;
      for (guint r = 0; r < G_N_ELEMENTS (references); r++)
        {
          g_autofree char *target = phaen_change_value_text (G_OBJECT (project), references[r]);
          g_autofree char *key = g_strdup_printf ("%s %s", references[r], target);

          if (target[0] != '\0' && g_hash_table_contains (renamed, key))
            g_hash_table_add (projects->changed, g_strdup (id));
        }
    }
}

/* ---- Pairs of rows: เดิม / แก้ไขเป็น ------------------------------------ */

typedef char *(*CellFunc) (PhaenProject *project,
                           gboolean      decimals);

typedef struct
{
  const char *title;
  double      width_mm;
  CellFunc    text;
  guint       flags;
  gboolean    notes;   /* also shows the changed fields without a column */
} PairColumn;

/* A field of a project that a form has no column for, and how the
 * document names it. When an amendment changes one, the pair shows it
 * as a line "<name>: <value>" in the column marked "notes", old above
 * and new below: otherwise the two rows would read the same. Such lines
 * are there only for what changed, so they are not set in bold. */
typedef struct
{
  const char *property;
  const char *label;
} HiddenField;

static const HiddenField pd02_hidden[] = {
  { "kind", "ประเภทรายการ" },
  { "strategy", "ยุทธศาสตร์" },
  { "approach", "แนวทางการพัฒนา" },
  { "program", "แผนงาน" },
  { "target", "เป้าหมาย" },
  { "source", "แหล่งงบประมาณ" },
  { "reference", "อ้างอิง" },
  { "category", "หมวด" },
  { "equipment-type", "ประเภท" },
  { NULL, NULL }
};

static const HiddenField pd021_hidden[] = {
  { "kind", "ประเภทรายการ" },
  { "strategy", "ยุทธศาสตร์" },
  { "approach", "แนวทางการพัฒนา" },
  { "activities", "รายละเอียด" },
  { "location", "สถานที่ดำเนินการ" },
  { "source", "แหล่งงบประมาณ" },
  { "reference", "อ้างอิง" },
  { NULL, NULL }
};

/* @property of @project as the document reads it: entries by name, the
 * kind in words, one line, "-" for nothing. */
static char *
hidden_value (PhaenProject *project,
              const char   *property)
{
  g_autofree char *text = NULL;
  gpointer item = NULL;

  if (strcmp (property, "kind") == 0)
    return g_strdup (phaen_project_get_kind (project) == PHAEN_PROJECT_KIND_EQUIPMENT
                     ? "ครุภัณฑ์" : "โครงการ/กิจกรรม");
  if (strcmp (property, "strategy") == 0)
    item = phaen_project_get_strategy (project);
  else if (strcmp (property, "approach") == 0)
    item = phaen_project_get_approach (project);
  else if (strcmp (property, "program") == 0)
    item = phaen_project_get_program (project);
  else
    g_object_get (project, property, &text, NULL);

  if (item != NULL)
    text = g_strdup (phaen_item_get_name (PHAEN_ITEM (item)));
  if (text == NULL || text[0] == '\0')
    return g_strdup ("-");

  g_strdelimit (text, "\n", ' ');
  return g_steal_pointer (&text);
}

/* The lines of the fields of @hidden that differ between @old and @new,
 * for the old row (@old_notes) and the new one (@new_notes); "" for
 * none. */
static void
hidden_notes (const HiddenField  *hidden,
              PhaenProject       *old,
              PhaenProject       *new,
              char              **old_notes,
              char              **new_notes)
{
  GString *old_lines = g_string_new (NULL);
  GString *new_lines = g_string_new (NULL);

  for (guint i = 0; old != NULL && new != NULL && hidden[i].property != NULL; i++)
    {
      g_autofree char *before = hidden_value (old, hidden[i].property);
      g_autofree char *after = hidden_value (new, hidden[i].property);

      if (strcmp (before, after) == 0)
        continue;
      g_string_append_printf (old_lines, "%s%s: %s", old_lines->len > 0 ? "\n" : "",
                              hidden[i].label, before);
      g_string_append_printf (new_lines, "%s%s: %s", new_lines->len > 0 ? "\n" : "",
                              hidden[i].label, after);
    }

  *old_notes = g_string_free (old_lines, FALSE);
  *new_notes = g_string_free (new_lines, FALSE);
}

/* @text of a notes column with @notes under it. */
static char *
with_notes (char       *text,
            const char *notes)
{
  char *joined;

  if (notes[0] == '\0')
    return text;
  joined = g_strconcat (text, text[0] != '\0' ? "\n" : "", notes, NULL);
  g_free (text);
  return joined;
}

static char *
format_amount (gint64   satang,
               gboolean decimals)
{
  if (satang == 0)
    return g_strdup ("-");

  return phaen_money_format (satang, decimals, FALSE);
}

static char *
cell_name (PhaenProject *project, gboolean decimals)
{
  return g_strdup (phaen_project_get_name (project));
}

static char *
cell_activities (PhaenProject *project, gboolean decimals)
{
  return g_strdup (phaen_project_get_activities (project));
}

static char *
cell_budget (PhaenProject *project, gboolean decimals)
{
  return format_amount (phaen_project_get_budget (project), decimals);
}

static char *
cell_location (PhaenProject *project, gboolean decimals)
{
  return g_strdup (phaen_project_get_location (project));
}

static char *
cell_unit (PhaenProject *project, gboolean decimals)
{
  PhaenUnit *unit = phaen_project_get_unit (project);

  return g_strdup (unit != NULL ? phaen_unit_get_name (unit) : "");
}

static char *
cell_program (PhaenProject *project, gboolean decimals)
{
  PhaenProgram *program = phaen_project_get_program (project);

  return g_strdup (program != NULL ? phaen_program_get_name (program) : "");
}

static char *
cell_category (PhaenProject *project, gboolean decimals)
{
  return g_strdup (phaen_project_get_category (project));
}

static char *
cell_equipment_type (PhaenProject *project, gboolean decimals)
{
  return g_strdup (phaen_project_get_equipment_type (project));
}

static char *
cell_target (PhaenProject *project, gboolean decimals)
{
  const char *target = phaen_project_get_target (project);

  if (target[0] != '\0')
    return g_strdup_printf ("%s\n%s", phaen_project_get_name (project), target);
  return g_strdup (phaen_project_get_name (project));
}

/* The columns after ที่ and รายการ; the months follow. The first two
 * give up what the months need beyond 5.6 mm (40 % and 60 %, the widest
 * taking more), as in the plan's forms. */
static const PairColumn pd02_columns[] = {
  { "โครงการ/กิจกรรม", 44, cell_name, 0 },
  { "รายละเอียดของกิจกรรมที่เกิดขึ้นจากโครงการ", 54, cell_activities, 0, TRUE },
  { "งบประมาณ (บาท)", 22, cell_budget, PHAEN_TEXT_RIGHT | PHAEN_CELL_SHRINK },
  { "สถานที่ดำเนินการ", 26, cell_location, 0 },
  { "หน่วยงานรับผิดชอบหลัก", 22, cell_unit, PHAEN_TEXT_CENTER },
};

static const PairColumn pd021_columns[] = {
  { "แผนงาน", 28, cell_program, 0 },
  { "หมวด", 20, cell_category, 0 },
  { "ประเภท", 26, cell_equipment_type, 0 },
  { "เป้าหมาย (ผลผลิตของครุภัณฑ์)", 50, cell_target, 0, TRUE },
  { "งบประมาณ (บาท)", 22, cell_budget, PHAEN_TEXT_RIGHT | PHAEN_CELL_SHRINK },
  { "หน่วยงานรับผิดชอบหลัก", 22, cell_unit, PHAEN_TEXT_CENTER },
};

#define NUMBER_WIDTH_MM 10.0
#define LABEL_WIDTH_MM  16.0
#define FIRST_FIELD     2

typedef struct
{
  PhaenProject *old_project;    /* borrowed from the plan before; NULL: added */
  PhaenProject *new_project;    /* borrowed from the plan after; NULL: cancelled */
  guint         strategy_number;
  guint         heading_number;
  char         *strategy_line;  /* "1. ยุทธศาสตร์…" */
  char         *heading_line;   /* "1.2 แผนงาน…" */
  guint         order;          /* in its plan */
} PairItem;

static void
pair_item_free (gpointer data)
{
  PairItem *item = data;

  g_free (item->strategy_line);
  g_free (item->heading_line);
  g_free (item);
}

typedef struct
{
  guint  strategy_number;
  guint  heading_number;
  char  *strategy_line;
  char  *heading_line;
  guint  order;
} GroupPlace;

static void
group_place_free (gpointer data)
{
  GroupPlace *place = data;

  g_free (place->strategy_line);
  g_free (place->heading_line);
  g_free (place);
}

/* Where each project of @kind of @plan stands in ผด.02: id → GroupPlace. */
static GHashTable *
group_places (PhaenPlan        *plan,
              PhaenProjectKind  kind)
{
  g_autoptr(GPtrArray) groups = phaen_plan_collect_groups (plan, kind);
  GHashTable *places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, group_place_free);
  guint order = 0;

  for (guint g = 0; g < groups->len; g++)
    {
      PhaenGroup *group = g_ptr_array_index (groups, g);

      for (guint i = 0; i < group->projects->len; i++)
        {
          PhaenProject *project = g_ptr_array_index (group->projects, i);
          GroupPlace *place = g_new0 (GroupPlace, 1);

          place->strategy_number = group->strategy_number;
          place->heading_number = group->heading_number;
          place->strategy_line = g_strdup_printf ("%u. %s", group->strategy_number,
                                                  phaen_strategy_get_name (group->strategy));
          place->heading_line = g_strdup_printf ("%u.%u %s", group->strategy_number,
                                                 group->heading_number, group->heading_name);
          place->order = order++;
          g_hash_table_insert (places, g_strdup (phaen_project_get_id (project)), place);
        }
    }

  return places;
}

static gint
compare_items (gconstpointer a,
               gconstpointer b)
{
  const PairItem *x = *(const PairItem * const *) a;
  const PairItem *y = *(const PairItem * const *) b;

  if (x->strategy_number != y->strategy_number)
    return x->strategy_number < y->strategy_number ? -1 : 1;
  if (x->heading_number != y->heading_number)
    return x->heading_number < y->heading_number ? -1 : 1;
  if (x->order != y->order)
    return x->order < y->order ? -1 : 1;
  return 0;
}

static void
item_place (PairItem   *item,
            GHashTable *places,
            const char *id)
{
  GroupPlace *place = g_hash_table_lookup (places, id);

  if (place == NULL)
    {
      /* Not under a strategy of the plan (an unfinished project). */
      item->strategy_number = G_MAXUINT;
      item->heading_number = G_MAXUINT;
      item->strategy_line = g_strdup ("");
      item->heading_line = g_strdup ("");
      return;
    }

  item->strategy_number = place->strategy_number;
  item->heading_number = place->heading_number;
  item->strategy_line = g_strdup (place->strategy_line);
  item->heading_line = g_strdup (place->heading_line);
  item->order = place->order;
}

/* The headings of the pairs, sorted, numbered within their strategy
 * over the groups the form shows ("1.1", "1.2"), as the edition's ผด.01
 * numbers them; the strategies keep the plan's numbers, as there. */
static void
renumber_headings (GPtrArray *items)
{
  guint strategy = G_MAXUINT;
  guint heading = G_MAXUINT;
  guint local = 0;

  for (guint i = 0; i < items->len; i++)
    {
      PairItem *item = g_ptr_array_index (items, i);
      const char *name;

      if (item->strategy_number == G_MAXUINT)
        continue;
      if (item->strategy_number != strategy)
        {
          strategy = item->strategy_number;
          heading = G_MAXUINT;
          local = 0;
        }
      if (item->heading_number != heading)
        {
          heading = item->heading_number;
          local++;
        }

      /* "1.3 แผนงาน…" → "1.2 แผนงาน…" */
      name = strchr (item->heading_line, ' ');
      if (name != NULL)
        {
          char *line = g_strdup_printf ("%u.%u%s", item->strategy_number, local, name);

          g_free (item->heading_line);
          item->heading_line = line;
        }
    }
}

/* The pairs of one form (projects or equipment), in ผด.02 order. */
static GPtrArray *
collect_pairs (EditionProjects  *projects,
               PhaenPlan        *before,
               PhaenPlan        *after,
               PhaenProjectKind  kind,
               gboolean          with_added)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (pair_item_free);
  g_autoptr(GHashTable) after_places = group_places (after, kind);
  g_autoptr(GHashTable) before_places = group_places (before, kind);
  GListModel *list = phaen_plan_get_projects (after);

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (list, i);
      const char *id = phaen_project_get_id (project);
      gboolean added = g_hash_table_contains (projects->added, id);
      PairItem *item;

      if (phaen_project_get_kind (project) != kind ||
          !(g_hash_table_contains (projects->changed, id) || (added && with_added)))
        continue;

      item = g_new0 (PairItem, 1);
      item->new_project = project;
      item->old_project = added ? NULL : phaen_plan_find_project (before, id);
      item_place (item, after_places, id);
      g_ptr_array_add (items, item);
    }

  for (guint i = 0; i < projects->removed->len; i++)
    {
      const char *id = g_ptr_array_index (projects->removed, i);
      PhaenProject *old = phaen_plan_find_project (before, id);
      PairItem *item;

      if (old == NULL || phaen_project_get_kind (old) != kind)
        continue;

      item = g_new0 (PairItem, 1);
      item->old_project = old;
      item_place (item, before_places, id);
      g_ptr_array_add (items, item);
    }

  g_ptr_array_sort (items, compare_items);
  renumber_headings (items);
  return items;
}

typedef struct
{
  PhaenRenderContext *ctx;
  PhaenPlan          *plan;        /* the edition's document plan: its titles */
  GPtrArray          *pages;       /* owned */
  const char         *code;
  const char         *title;
  const char         *bookmark;
  gboolean            bookmarked;
} PairForm;

/* "<organisation> อำเภอ<district> จังหวัด<province>", empty parts left out. */
static char *
organisation_line (PhaenPlan *plan)
{
  g_autoptr(GString) line = g_string_new (phaen_plan_get_organisation_name (plan));
  const char *district = phaen_plan_get_district (plan);
  const char *province = phaen_plan_get_province (plan);

  if (district[0] != '\0')
    g_string_append_printf (line, "%sอำเภอ%s", line->len > 0 ? " " : "", district);
  if (province[0] != '\0')
    g_string_append_printf (line, "%sจังหวัด%s", line->len > 0 ? " " : "", province);

  return g_string_free (g_steal_pointer (&line), FALSE);
}

static double
add_centred (PhaenRenderContext *ctx,
             PhaenPage          *page,
             const char         *text,
             double              y)
{
  double width = page->width - MARGIN_LEFT - MARGIN_RIGHT;
  g_autoptr(PangoLayout) layout = phaen_render_text_shared (ctx, text, TITLE_SIZE,
                                                            PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER, width);

  phaen_page_add_text (page, layout, MARGIN_LEFT, y);
  return phaen_render_text_height (layout);
}

/* A page of the pairs form: the form code boxed at the right, the three
 * title lines, as on the plan's forms. */
static PhaenPage *
pair_page_cb (gpointer  user_data,
              guint     page_index,
              double   *top,
              double   *bottom)
{
  PairForm *form = user_data;
  PhaenRenderContext *ctx = form->ctx;
  g_autoptr(PangoLayout) code = NULL;
  g_autofree char *year_line = phaen_front_year_line (form->plan);
  g_autofree char *plan_line = g_strdup_printf ("แผนการดำเนินงาน %s", year_line);
  g_autofree char *org_line = organisation_line (form->plan);
  double pad_x = PHAEN_MM (1.5), pad_y = PHAEN_MM (0.3);
  double y = MARGIN_TOP + PHAEN_PAGE_NUMBER_BAND;
  double right, code_w, code_h;
  PangoRectangle logical;
  PhaenPage *page;

  if (!phaen_render_job_page_added (ctx))
    return NULL;

  page = phaen_page_new (PHAEN_PAGE_LANDSCAPE);
  page->numbering = PHAEN_PAGE_NUMBER_BODY;
  right = page->width - MARGIN_RIGHT;
  g_ptr_array_add (form->pages, page);

  if (!form->bookmarked)
    {
      g_autofree char *bookmark = phaen_render_digits (ctx, form->bookmark);

      phaen_page_set_bookmark (page, bookmark, 2);
      form->bookmarked = TRUE;
    }

  code = phaen_render_text_shared (ctx, form->code, CODE_SIZE, 0, -1);
  pango_layout_get_extents (code, NULL, &logical);
  code_w = logical.width / (double) PANGO_SCALE;
  code_h = logical.height / (double) PANGO_SCALE;
  phaen_page_add_rect (page, right - code_w - 2 * pad_x, y,
                       code_w + 2 * pad_x, code_h + 2 * pad_y, 0.5, FALSE);
  phaen_page_add_text (page, code, right - code_w - pad_x, y + pad_y);

  y += add_centred (ctx, page, form->title, y);
  y += add_centred (ctx, page, plan_line, y);
  if (org_line[0] != '\0')
    y += add_centred (ctx, page, org_line, y);
  y = MAX (y, MARGIN_TOP + PHAEN_PAGE_NUMBER_BAND + code_h + 2 * pad_y);

  *top = y + PHAEN_MM (2.0);
  *bottom = page->height - MARGIN_BOTTOM;
  return page;
}

/* The header: ที่, รายการ and the text columns over both header rows,
 * then the two years over their months. */
static void
pair_header (PhaenRenderContext *ctx,
             PhaenTable         *table,
             const PairColumn   *columns,
             guint               n_columns,
             guint               fiscal_year)
{
  guint h0 = phaen_table_add_header_row (table);
  guint h1 = phaen_table_add_header_row (table);
  guint first_month = FIRST_FIELD + n_columns;
  g_autofree char *before = g_strdup_printf ("พ.ศ. %u", fiscal_year - 1);
  g_autofree char *during = g_strdup_printf ("พ.ศ. %u", fiscal_year);
  const guint flags = PHAEN_TEXT_BOLD | PHAEN_TEXT_CENTER;

  phaen_table_add_header_cell (table, h0, 0, 1, 2, "ที่", BODY_SIZE, flags);
  phaen_table_add_header_cell (table, h0, 1, 1, 2, "รายการ", BODY_SIZE, flags);
  for (guint c = 0; c < n_columns; c++)
    phaen_table_add_header_cell (table, h0, FIRST_FIELD + c, 1, 2, columns[c].title, BODY_SIZE, flags);
  phaen_table_add_header_cell (table, h0, first_month, 3, 1, before, BODY_SIZE, flags | PHAEN_CELL_SHRINK);
  phaen_table_add_header_cell (table, h0, first_month + 3, 9, 1, during, BODY_SIZE, flags | PHAEN_CELL_SHRINK);
  for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
    phaen_table_add_header_cell (table, h1, first_month + m, 1, 1, phaen_fiscal_month_abbrev (m),
                                 MONTH_SIZE, PHAEN_TEXT_CENTER | PHAEN_CELL_TIGHT | PHAEN_CELL_NO_WRAP);
}

static void
pair_schedule (PhaenTable *table,
               guint       row,
               guint       first_month,
               guint       mask)
{
  PhaenScheduleRun runs[PHAEN_SCHEDULE_MAX_RUNS];
  guint n = phaen_schedule_runs (mask & PHAEN_SCHEDULE_ALL, runs);

  for (guint i = 0; i < n; i++)
    phaen_table_add_arrow (table, row, first_month + runs[i].first,
                           first_month + runs[i].last, ARROW_INSET_MM);
}

static gboolean
pairs_have_satang (GPtrArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      PairItem *item = g_ptr_array_index (items, i);

      if ((item->old_project != NULL && phaen_project_get_budget (item->old_project) % PHAEN_SATANG_PER_BAHT != 0) ||
          (item->new_project != NULL && phaen_project_get_budget (item->new_project) % PHAEN_SATANG_PER_BAHT != 0))
        return TRUE;
    }

  return FALSE;
}

static guint
heading_row (PhaenTable *table,
             const char *text)
{
  guint r = phaen_table_add_row (table, PHAEN_ROW_BOLD | PHAEN_ROW_KEEP_WITH_NEXT);

  phaen_table_set_cell (table, r, 0, phaen_table_get_n_columns (table), text, HEADING_SIZE, 0);
  return r;
}

/* The form of @items (PairItem*): a pair of rows each, under the group
 * headings. */
static GPtrArray *
pair_form (PhaenRenderContext *ctx,
           PhaenPlan          *document,
           GPtrArray          *items,
           const PairColumn   *columns,
           guint               n_columns,
           const HiddenField  *hidden,
           const char         *code,
           const char         *title)
{
  double widths[MAX_COLUMNS];
  double month = phaen_forms_month_width_mm (ctx);
  double extra = PHAEN_FISCAL_MONTHS * (month - MONTH_WIDTH_MM);
  guint first_month = FIRST_FIELD + n_columns;
  guint wide = 0, wider = 0;
  g_autoptr(PhaenTable) table = NULL;
  g_autoptr(GArray) placements = NULL;
  g_autoptr(GPtrArray) row_projects = g_ptr_array_new ();   /* the project of each row, or NULL */
  g_autofree char *bookmark = g_strdup_printf ("%s ที่เปลี่ยนแปลง (%s)", title, code + strlen ("แบบ "));
  g_autofree char *strategy_continued = NULL;
  gboolean decimals = pairs_have_satang (items);
  const char *strategy_line = NULL;
  const char *heading_line = NULL;
  guint strategy_row = 0, heading_start = 0;
  guint number = 0;
  PairForm form = { ctx, document, new_pages (), code, title, bookmark, FALSE };

  if (items->len == 0)
    return form.pages;

  g_assert (first_month + PHAEN_FISCAL_MONTHS <= MAX_COLUMNS);

  /* The months' extra width from the two widest text columns. */
  for (guint c = 0; c < n_columns; c++)
    {
      if (columns[c].width_mm > columns[wider].width_mm)
        {
          wide = wider;
          wider = c;
        }
      else if (c != wider && (wide == wider || columns[c].width_mm > columns[wide].width_mm))
        wide = c;
    }
  widths[0] = NUMBER_WIDTH_MM;
  widths[1] = LABEL_WIDTH_MM;
  for (guint c = 0; c < n_columns; c++)
    widths[FIRST_FIELD + c] = columns[c].width_mm;
  widths[FIRST_FIELD + wide] -= 0.4 * extra;
  widths[FIRST_FIELD + wider] -= 0.6 * extra;
  for (guint m = 0; m < PHAEN_FISCAL_MONTHS; m++)
    widths[first_month + m] = month;

  table = phaen_table_new (ctx, MARGIN_LEFT, first_month + PHAEN_FISCAL_MONTHS, widths);
  pair_header (ctx, table, columns, n_columns, phaen_plan_get_fiscal_year (document));

  for (guint i = 0; i < items->len; i++)
    {
      PairItem *item = g_ptr_array_index (items, i);
      PhaenProject *shown = item->new_project != NULL ? item->new_project : item->old_project;
      g_autofree char *index = NULL;
      g_autofree char *old_notes = NULL;
      g_autofree char *new_notes = NULL;
      guint old_row, new_row;

      /* Group headings, as in ผด.02; "(ต่อ)" where a group goes on. */
      if (g_strcmp0 (strategy_line, item->strategy_line) != 0)
        {
          if (heading_line != NULL && heading_line[0] != '\0')
            {
              g_autofree char *continued = g_strconcat (heading_line, CONTINUED, NULL);

              phaen_table_add_group (table, heading_start, row_projects->len - 1, continued);
            }
          if (strategy_line != NULL && strategy_line[0] != '\0')
            phaen_table_add_group (table, strategy_row, row_projects->len - 1, strategy_continued);
          strategy_line = item->strategy_line;
          heading_line = NULL;
          g_free (strategy_continued);
          strategy_continued = g_strconcat (strategy_line, CONTINUED, NULL);
          if (strategy_line[0] != '\0')
            {
              strategy_row = heading_row (table, strategy_line);
              g_ptr_array_add (row_projects, NULL);
            }
        }
      if (g_strcmp0 (heading_line, item->heading_line) != 0)
        {
          if (heading_line != NULL && heading_line[0] != '\0')
            {
              g_autofree char *continued = g_strconcat (heading_line, CONTINUED, NULL);

              phaen_table_add_group (table, heading_start, row_projects->len - 1, continued);
            }
          heading_line = item->heading_line;
          number = 0;
          if (heading_line[0] != '\0')
            {
              heading_start = heading_row (table, heading_line);
              g_ptr_array_add (row_projects, NULL);
            }
        }

      index = g_strdup_printf ("%u", ++number);
      hidden_notes (hidden, item->old_project, item->new_project, &old_notes, &new_notes);

      /* เดิม */
      old_row = phaen_table_add_row (table, PHAEN_ROW_NORMAL);
      g_ptr_array_add (row_projects, shown);
      phaen_table_set_cell (table, old_row, 0, 1, index, BODY_SIZE, PHAEN_TEXT_CENTER);
      phaen_table_set_cell (table, old_row, 1, 1, WORD_OLD, BODY_SIZE, PHAEN_TEXT_CENTER);
      if (item->old_project != NULL)
        {
          for (guint c = 0; c < n_columns; c++)
            {
              g_autofree char *text = columns[c].text (item->old_project, decimals);

              if (columns[c].notes)
                text = with_notes (text, old_notes);
              phaen_table_set_cell (table, old_row, FIRST_FIELD + c, 1, text, BODY_SIZE, columns[c].flags);
            }
          pair_schedule (table, old_row, first_month, phaen_project_get_schedule (item->old_project));
        }
      else
        phaen_table_set_cell (table, old_row, FIRST_FIELD, 1, "-", BODY_SIZE, PHAEN_TEXT_CENTER);

      /* แก้ไขเป็น: what differs in bold. */
      new_row = phaen_table_add_row (table, PHAEN_ROW_NORMAL);
      g_ptr_array_add (row_projects, shown);
      phaen_table_set_cell (table, new_row, 1, 1, WORD_NEW, BODY_SIZE, PHAEN_TEXT_CENTER);
      if (item->new_project != NULL)
        {
          for (guint c = 0; c < n_columns; c++)
            {
              g_autofree char *text = columns[c].text (item->new_project, decimals);
              g_autofree char *old_text = item->old_project != NULL
                                          ? columns[c].text (item->old_project, decimals) : NULL;
              guint flags = columns[c].flags;

              /* Bold when the column's own value changed; the notes are
               * there only for what changed. */
              if (old_text != NULL && strcmp (old_text, text) != 0)
                flags |= PHAEN_TEXT_BOLD;
              if (columns[c].notes)
                text = with_notes (text, new_notes);
              phaen_table_set_cell (table, new_row, FIRST_FIELD + c, 1, text, BODY_SIZE, flags);
            }
          pair_schedule (table, new_row, first_month, phaen_project_get_schedule (item->new_project));
        }
      else
        phaen_table_set_cell (table, new_row, FIRST_FIELD, n_columns, WORD_CANCELLED, BODY_SIZE, PHAEN_TEXT_BOLD);

      phaen_table_keep_together (table, old_row, new_row);
    }
  if (heading_line != NULL && heading_line[0] != '\0')
    {
      g_autofree char *continued = g_strconcat (heading_line, CONTINUED, NULL);

      phaen_table_add_group (table, heading_start, row_projects->len - 1, continued);
    }
  if (strategy_line != NULL && strategy_line[0] != '\0')
    phaen_table_add_group (table, strategy_row, row_projects->len - 1, strategy_continued);

  placements = phaen_table_layout (table, pair_page_cb, &form);

  /* Which projects each page shows, for the preview. */
  for (guint i = 0; i < placements->len; i++)
    {
      const PhaenTablePlacement *placement = &g_array_index (placements, PhaenTablePlacement, i);
      PhaenProject *project;

      if (placement->row == PHAEN_TABLE_HEADER || placement->row >= row_projects->len ||
          placement->page >= form.pages->len)
        continue;
      project = g_ptr_array_index (row_projects, placement->row);
      if (project != NULL)
        phaen_page_add_project (g_ptr_array_index (form.pages, placement->page),
                                phaen_project_get_id (project));
    }

  return form.pages;
}

/* ---- An edition's document ------------------------------------------------ */

static GPtrArray *
edition_layout (PhaenRenderContext *ctx,
                PhaenEdition       *edition,
                guint               n,
                GError            **error)
{
  PhaenPlan *plan = ctx->plan;
  g_autoptr(PhaenPlan) before = NULL;
  g_autoptr(PhaenPlan) after = NULL;
  g_autoptr(PhaenPlan) document = NULL;
  g_autoptr(PhaenPlan) summary_plan = NULL;
  g_autoptr(PhaenPlan) added_plan = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GHashTable) edition_ids = NULL;
  g_autoptr(GPtrArray) pages = new_pages ();
  gboolean amendment = phaen_edition_get_kind (edition) == PHAEN_EDITION_AMENDMENT;
  EditionProjects projects = { NULL, };
  GPtrArray *part;

  before = phaen_plan_rebuild_at_edition (plan, n - 1, error);
  if (before == NULL)
    return NULL;
  after = phaen_plan_rebuild_at_edition (plan, n, error);
  if (after == NULL)
    return NULL;

  changes = phaen_plan_get_edition_changes (plan, edition);
  edition_projects_init (&projects, changes, after);
  document = edition_document_plan (plan, edition, after);

  /* Cover and announcement, unnumbered. */
  part = with_plan (ctx, document, cover_part);
  g_ptr_array_extend_and_steal (pages, part);
  part = with_plan (ctx, document, phaen_front_announcement);
  g_ptr_array_extend_and_steal (pages, part);

  /* ผด.01 of its projects, new or changed, as they now are. */
  edition_ids = g_hash_table_new (g_str_hash, g_str_equal);
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, projects.added);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_hash_table_add (edition_ids, key);
    g_hash_table_iter_init (&iter, projects.changed);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_hash_table_add (edition_ids, key);
  }
  summary_plan = plan_with_projects (document, edition_ids);
  part = with_plan (ctx, summary_plan, phaen_forms_pd01);
  g_ptr_array_extend_and_steal (pages, part);

  /* ผด.02 and ผด.02/1: an addition's new projects as in the plan... */
  if (!amendment && g_hash_table_size (projects.added) > 0)
    {
      added_plan = plan_with_projects (document, projects.added);
      part = with_plan (ctx, added_plan, phaen_forms_pd02);
      g_ptr_array_extend_and_steal (pages, part);
    }

  /* ...then what changed, old over new. */
  {
    g_autoptr(GPtrArray) items = collect_pairs (&projects, before, after,
                                                PHAEN_PROJECT_KIND_PROJECT, amendment);

    part = pair_form (ctx, document, items, pd02_columns, G_N_ELEMENTS (pd02_columns), pd02_hidden,
                      "แบบ ผด.02", PHAEN_FRONT_PD02_TITLE);
    g_ptr_array_extend_and_steal (pages, part);
  }

  if (added_plan != NULL)
    {
      part = with_plan (ctx, added_plan, phaen_forms_pd021);
      g_ptr_array_extend_and_steal (pages, part);
    }
  {
    g_autoptr(GPtrArray) items = collect_pairs (&projects, before, after,
                                                PHAEN_PROJECT_KIND_EQUIPMENT, amendment);

    part = pair_form (ctx, document, items, pd021_columns, G_N_ELEMENTS (pd021_columns), pd021_hidden,
                      "แบบ ผด.02/1", PHAEN_FRONT_PD021_TITLE);
    g_ptr_array_extend_and_steal (pages, part);
  }

  edition_projects_clear (&projects);

  /* Every form page is a body page, numbered from 1. */
  for (guint i = 0; i < pages->len; i++)
    {
      PhaenPage *page = g_ptr_array_index (pages, i);

      if (page->orientation == PHAEN_PAGE_LANDSCAPE)
        page->numbering = PHAEN_PAGE_NUMBER_BODY;
    }
  phaen_document_number_pages (ctx, pages);

  return g_steal_pointer (&pages);
}

/* ---- The consolidated plan ------------------------------------------------- */

/* "(ฉบับรวม เพิ่มเติม ครั้งที่ 1 และแก้ไข ครั้งที่ 1/2569)": the space
 * keeps ฉบับรวม a word of its own (run together it reads as a kind of
 * addition). */
static char *
consolidated_note (PhaenPlan *plan,
                   guint      n_adopted)
{
  g_autoptr(GString) note = g_string_new ("(ฉบับรวม");

  for (guint k = 1; k <= n_adopted; k++)
    {
      g_autofree char *words = edition_words (phaen_plan_get_edition (plan, k));

      if (k == 1)
        g_string_append_c (note, ' ');
      else
        g_string_append (note, k == n_adopted ? " และ" : " ");
      g_string_append (note, words);
    }
  g_string_append_c (note, ')');

  return g_string_free (g_steal_pointer (&note), FALSE);
}

/* Marks, under their names, the projects of @decorated that an adopted
 * edition added or changed: "(เพิ่มเติม ครั้งที่ 1, แก้ไข ครั้งที่ 1/2569)". */
static void
mark_projects (PhaenPlan *plan,
               PhaenPlan *decorated,
               guint      n_adopted)
{
  g_autoptr(GHashTable) marks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                       (GDestroyNotify) g_ptr_array_unref);
  GListModel *list = phaen_plan_get_projects (decorated);

  for (guint k = 1; k <= n_adopted; k++)
    {
      PhaenEdition *edition = phaen_plan_get_edition (plan, k);
      g_autoptr(GPtrArray) changes = phaen_plan_get_edition_changes (plan, edition);
      g_autofree char *words = edition_words (edition);

      for (guint i = 0; i < changes->len; i++)
        {
          PhaenChange *change = g_ptr_array_index (changes, i);
          GPtrArray *list_of_marks;

          if (change->target != PHAEN_CHANGE_PROJECT ||
              (change->kind != PHAEN_CHANGE_ADDED && change->kind != PHAEN_CHANGE_CHANGED))
            continue;

          list_of_marks = g_hash_table_lookup (marks, change->id);
          if (list_of_marks == NULL)
            {
              list_of_marks = g_ptr_array_new_with_free_func (g_free);
              g_hash_table_insert (marks, g_strdup (change->id), list_of_marks);
            }
          if (list_of_marks->len == 0 ||
              strcmp (g_ptr_array_index (list_of_marks, list_of_marks->len - 1), words) != 0)
            g_ptr_array_add (list_of_marks, g_strdup (words));
        }
    }

  for (guint i = 0, n = g_list_model_get_n_items (list); i < n; i++)
    {
      g_autoptr(PhaenProject) project = g_list_model_get_item (list, i);
      GPtrArray *list_of_marks = g_hash_table_lookup (marks, phaen_project_get_id (project));
      g_autoptr(GString) name = NULL;

      if (list_of_marks == NULL)
        continue;

      name = g_string_new (phaen_project_get_name (project));
      g_string_append (name, "\n(");
      for (guint m = 0; m < list_of_marks->len; m++)
        g_string_append_printf (name, "%s%s", m > 0 ? ", " : "",
                                (const char *) g_ptr_array_index (list_of_marks, m));
      g_string_append_c (name, ')');
      phaen_project_set_name (project, name->str);
    }
}

static GPtrArray *
part1_pages (PhaenRenderContext *ctx,
             PhaenPlan          *plan,
             guint               marks[PHAEN_PART1_N_MARKS])
{
  PhaenPlan *own = ctx->plan;
  GPtrArray *pages;

  ctx->plan = plan;
  pages = phaen_front_part1 (ctx, marks);
  ctx->plan = own;

  return pages;
}

static GPtrArray *
divider_pages (PhaenRenderContext *ctx,
               PhaenPlan          *plan,
               gboolean            with_equipment)
{
  PhaenPlan *own = ctx->plan;
  GPtrArray *pages = new_pages ();

  ctx->plan = plan;
  g_ptr_array_add (pages, phaen_front_part2_divider (ctx, with_equipment));
  ctx->plan = own;

  return pages;
}

static char *
body_label (PhaenRenderContext *ctx,
            guint               number)
{
  g_autofree char *arabic = g_strdup_printf ("%u", number);

  return phaen_render_digits (ctx, arabic);
}

/* The label of the first page of @pages once numbered from *@body on. */
static void
advance_body (GPtrArray *pages,
              guint     *body,
              guint     *first)
{
  *first = *body + 1;
  *body += pages->len;
}

static GPtrArray *
consolidated_layout (PhaenRenderContext *ctx,
                     GError            **error)
{
  PhaenPlan *plan = ctx->plan;
  guint n_adopted = phaen_plan_get_n_adopted_editions (plan);
  g_autoptr(PhaenPlan) now = NULL;
  g_autoptr(PhaenPlan) decorated = NULL;
  g_autoptr(GPtrArray) pages = new_pages ();
  g_autoptr(GPtrArray) announcements = new_pages ();
  g_autoptr(GPtrArray) foreword = NULL;
  g_autoptr(GPtrArray) part1 = NULL;
  g_autoptr(GPtrArray) divider = NULL;
  g_autoptr(GPtrArray) pd01 = NULL;
  g_autoptr(GPtrArray) pd02 = NULL;
  g_autoptr(GPtrArray) pd021 = NULL;
  g_autoptr(GPtrArray) contents = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) entries = g_array_new (FALSE, TRUE, sizeof (PhaenContentsEntry));
  guint marks[PHAEN_PART1_N_MARKS] = { 0 };
  guint body = 0, first;
  GPtrArray *part;

  now = phaen_plan_rebuild_at_edition (plan, n_adopted, error);
  if (now == NULL)
    return NULL;

  decorated = phaen_plan_copy (now);
  if (n_adopted > 0)
    {
      g_autofree char *note = consolidated_note (plan, n_adopted);

      phaen_plan_set_title_note (decorated, note);
      mark_projects (plan, decorated, n_adopted);
    }

  /* The announcements: the plan's, then every adopted edition's. */
  part = with_plan (ctx, now, phaen_front_announcement);
  g_ptr_array_extend_and_steal (announcements, part);
  for (guint k = 1; k <= n_adopted; k++)
    {
      PhaenEdition *edition = phaen_plan_get_edition (plan, k);
      g_autoptr(PhaenPlan) after = phaen_plan_rebuild_at_edition (plan, k, error);
      g_autoptr(PhaenPlan) document = NULL;

      if (after == NULL)
        return NULL;
      document = edition_document_plan (plan, edition, after);
      part = with_plan (ctx, document, phaen_front_announcement);
      g_ptr_array_extend_and_steal (announcements, part);
    }

  foreword = with_plan (ctx, now, phaen_front_foreword);
  part1 = part1_pages (ctx, now, marks);
  pd01 = with_plan (ctx, decorated, phaen_forms_pd01);
  pd02 = with_plan (ctx, decorated, phaen_forms_pd02);
  pd021 = with_plan (ctx, decorated, phaen_forms_pd021);
  divider = divider_pages (ctx, decorated, pd021->len > 0);
  for (guint i = 0; i < pd01->len + pd02->len + pd021->len; i++)
    {
      PhaenPage *page = i < pd01->len ? g_ptr_array_index (pd01, i)
                        : i < pd01->len + pd02->len ? g_ptr_array_index (pd02, i - pd01->len)
                        : g_ptr_array_index (pd021, i - pd01->len - pd02->len);

      page->numbering = PHAEN_PAGE_NUMBER_BODY;
    }

  /* The contents, from the numbers the pages will have: the foreword
   * is the first front page (ก), the body counts from Part 1. */
#define ADD_ENTRY(title_, level_, label_) \
  G_STMT_START { \
    char *l_ = (label_); \
    PhaenContentsEntry entry_ = { (title_), (level_), l_ }; \
    g_ptr_array_add (labels, l_); \
    g_array_append_val (entries, entry_); \
  } G_STMT_END

  if (foreword->len > 0)
    ADD_ENTRY ("คำนำ", 1, g_strdup ("ก"));
  advance_body (part1, &body, &first);
  ADD_ENTRY (phaen_front_part1_title (PHAEN_PART1_HEADING), 1,
             body_label (ctx, first + marks[PHAEN_PART1_HEADING]));
  for (guint m = PHAEN_PART1_INTRODUCTION; m < PHAEN_PART1_N_MARKS; m++)
    ADD_ENTRY (phaen_front_part1_title (m), 2, body_label (ctx, first + marks[m]));
  advance_body (divider, &body, &first);
  ADD_ENTRY ("ส่วนที่ 2 แผนการดำเนินงาน", 1, body_label (ctx, first));
  advance_body (pd01, &body, &first);
  if (pd01->len > 0)
    ADD_ENTRY (PHAEN_FRONT_PD01_TITLE " (แบบ ผด.01)", 2, body_label (ctx, first));
  advance_body (pd02, &body, &first);
  if (pd02->len > 0)
    ADD_ENTRY (PHAEN_FRONT_PD02_TITLE " (แบบ ผด.02)", 2, body_label (ctx, first));
  advance_body (pd021, &body, &first);
  if (pd021->len > 0)
    ADD_ENTRY (PHAEN_FRONT_PD021_TITLE " (แบบ ผด.02/1)", 2, body_label (ctx, first));

#undef ADD_ENTRY

  {
    PhaenPlan *own = ctx->plan;

    ctx->plan = now;
    contents = phaen_front_contents (ctx, (const PhaenContentsEntry *) entries->data, entries->len);
    ctx->plan = own;
  }

  part = with_plan (ctx, decorated, cover_part);
  g_ptr_array_extend_and_steal (pages, part);
  g_ptr_array_extend_and_steal (pages, g_steal_pointer (&announcements));
  g_ptr_array_extend_and_steal (pages, g_steal_pointer (&foreword));
  g_ptr_array_extend_and_steal (pages, g_steal_pointer (&contents));
  g_ptr_array_extend_and_steal (pages, g_steal_pointer (&part1));
  g_ptr_array_extend_and_steal (pages, g_steal_pointer (&divider));
  g_ptr_array_extend_and_steal (pages, g_steal_pointer (&pd01));
  g_ptr_array_extend_and_steal (pages, g_steal_pointer (&pd02));
  g_ptr_array_extend_and_steal (pages, g_steal_pointer (&pd021));
  phaen_document_number_pages (ctx, pages);

  return g_steal_pointer (&pages);
}

/* ---- Public ------------------------------------------------------------------ */

GPtrArray *
phaen_edition_pages_layout (PhaenRenderContext *ctx,
                            guint               which,
                            GError            **error)
{
  guint n_editions;

  g_return_val_if_fail (ctx != NULL && PHAEN_IS_PLAN (ctx->plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n_editions = phaen_plan_get_n_editions (ctx->plan);

  if (which == PHAEN_EDITION_DOCUMENT_CURRENT)
    return consolidated_layout (ctx, error);

  if (which == 0)
    {
      g_autoptr(PhaenPlan) adopted = phaen_plan_rebuild_at_edition (ctx->plan, 0, error);

      if (adopted == NULL)
        return NULL;
      return with_plan (ctx, adopted, phaen_document_layout);
    }

  if (which > n_editions)
    {
      g_set_error (error, PHAEN_RENDER_ERROR, PHAEN_RENDER_ERROR_FAILED,
                   ngettext ("There is no edition %u: the plan has %u addition or amendment",
                             "There is no edition %u: the plan has %u additions and amendments",
                             n_editions),
                   which, n_editions);
      return NULL;
    }

  return edition_layout (ctx, phaen_plan_get_edition (ctx->plan, which), which, error);
}

char *
phaen_edition_pages_title (PhaenRenderContext *ctx,
                           guint               which)
{
  PhaenPlan *plan;
  g_autoptr(PhaenPlan) document = NULL;
  g_autofree char *title = NULL;
  PhaenPlan *own;

  g_return_val_if_fail (ctx != NULL && PHAEN_IS_PLAN (ctx->plan), NULL);

  plan = ctx->plan;
  document = phaen_plan_copy (plan);
  if (which >= 1 && which <= phaen_plan_get_n_editions (plan))
    {
      g_autoptr(PhaenPlan) bare = phaen_plan_copy (plan);

      g_clear_object (&document);
      document = edition_document_plan (plan, phaen_plan_get_edition (plan, which), bare);
    }
  else if (which == PHAEN_EDITION_DOCUMENT_CURRENT && phaen_plan_get_n_adopted_editions (plan) > 0)
    {
      g_autofree char *note = consolidated_note (plan, phaen_plan_get_n_adopted_editions (plan));

      phaen_plan_set_title_note (document, note);
    }

  own = ctx->plan;
  ctx->plan = document;
  title = phaen_front_document_title (ctx);
  ctx->plan = own;

  g_strdelimit (title, "\n", ' ');
  return g_steal_pointer (&title);
}

GBytes *
phaen_edition_pdf_render (PhaenPlan                *plan,
                          guint                     which,
                          const PhaenRenderOptions *options,
                          GPtrArray                *warnings,
                          guint                    *n_pages,
                          GError                  **error)
{
  g_autoptr(PhaenRenderContext) ctx = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (PHAEN_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (n_pages != NULL)
    *n_pages = 0;

  ctx = phaen_render_context_new (plan, options, warnings, error);
  if (ctx == NULL)
    return NULL;

  pages = phaen_edition_pages_layout (ctx, which, error);
  if (pages == NULL)
    return NULL;

  title = phaen_edition_pages_title (ctx, which);
  return phaen_pdf_write_pages (g_steal_pointer (&ctx), g_steal_pointer (&pages),
                                title, "แผนการดำเนินงาน", n_pages, error);
}

/* ---- In a worker thread ------------------------------------------------------ */

static GBytes *
export_render_cb (PhaenRenderTask *job,
                  GCancellable    *cancellable,
                  GError         **error)
{
  return phaen_edition_pdf_render (job->plan, job->which, job->options,
                                   job->warnings, &job->n_pages, error);
}

void
phaen_edition_pdf_export_async (PhaenPlan                *plan,
                                guint                     which,
                                const PhaenRenderOptions *options,
                                GFile                    *out,
                                GCancellable             *cancellable,
                                GAsyncReadyCallback       callback,
                                gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PHAEN_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (out));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = phaen_render_task_new (plan, options, which, out, cancellable, NULL, NULL,
                                callback, user_data, phaen_edition_pdf_export_async,
                                "[phaen] export edition PDF");
  phaen_render_task_run_export (task, export_render_cb);
}

gboolean
phaen_edition_pdf_export_finish (GAsyncResult  *result,
                                 guint         *n_pages,
                                 GPtrArray    **warnings,
                                 GError       **error)
{
  return phaen_render_task_export_finish (result, phaen_edition_pdf_export_async,
                                          n_pages, warnings, error);
}

static GPtrArray *
document_layout_cb (PhaenRenderTask    *job,
                    PhaenRenderContext *ctx,
                    GCancellable       *cancellable,
                    GError            **error)
{
  return phaen_edition_pages_layout (ctx, job->which, error);
}

void
phaen_edition_document_new_async (PhaenPlan                *plan,
                                  guint                     which,
                                  const PhaenRenderOptions *options,
                                  GCancellable             *cancellable,
                                  GAsyncReadyCallback       callback,
                                  gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PHAEN_IS_PLAN (plan));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = phaen_render_task_new (plan, options, which, NULL, cancellable, NULL, NULL,
                                callback, user_data, phaen_edition_document_new_async,
                                "[phaen] lay out edition");
  phaen_render_task_run_layout (task, document_layout_cb);
}

PhaenDocument *
phaen_edition_document_new_finish (GAsyncResult  *result,
                                   GPtrArray    **warnings,
                                   GError       **error)
{
  return phaen_document_task_finish (result, phaen_edition_document_new_async, warnings, error);
}
