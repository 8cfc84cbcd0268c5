/* phaen-bench.c: how long Phaen takes on a large plan
 *
 * Generates a synthetic plan of N projects (default 2000) with realistic
 * Thai names from a seeded GRand, then times the main operations and prints
 * one "name<TAB>value<TAB>unit" line per figure:
 *
 *   projects  csv_import_ms  xml_save_ms  xml_load_ms  summary_ms
 *   csv_export_ms  pdf_export_ms  pdf_pages  report_ms  report_pdf_ms
 *   report_pdf_pages  peak_rss_mb
 *   timeline_frame_ms_200  timeline_frame_ms_20000
 *   app_first_frame_ms  edit_to_frame_ms_2000  (with a display)
 *   app_first_frame_ms_20000  edit_to_frame_ms_20000
 *
 * The timeline figures do not depend on N: they lay out and paint one
 * 1920×1080 viewport of plans of 200 and 20,000 projects, scrolling, and
 * give the median frame.
 *
 * pdf_export_ms and pdf_pages (report_pdf_ms and report_pdf_pages) are
 * printed only when the document renders; --no-pdf and --no-timeline
 * leave those figures out (profiling the others under callgrind);
 * --cpu-time gives CPU time instead of the time on the clock.
 * This is a program to run by hand (never a test that fails on timings):
 *
 *   ninja -C build tests/bench/phaen-bench
 *   ./build/tests/bench/phaen-bench --projects 5000
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <time.h>
#include <sys/wait.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "io/phaen-csv.h"
#include "io/phaen-csv-writer.h"
#include "io/phaen-file.h"
#include "io/phaen-xml.h"
#include "model/phaen-money.h"
#include "model/phaen-report.h"
#include "model/phaen-summary.h"
#include "render/phaen-pdf.h"
#include "render/phaen-report-pages.h"
#include "render/phaen-timeline-painter.h"

typedef struct
{
  const char *program;
  const char *name;       /* %s = community, %u = a number */
  const char *activities;
  gboolean    equipment;
  const char *type;       /* equipment ประเภท */
} Template;

typedef struct
{
  const char *strategy;
  const char *approaches[3];
  const Template *templates;
  guint n_templates;
} Area;

static const Template infrastructure[] = {
  { "แผนงานอุตสาหกรรมและการโยธา", "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก ซอย %u ชุมชน%s",
    "ก่อสร้างถนน คสล. กว้าง 5 เมตร ยาว %u เมตร หนา 0.15 เมตร\nพร้อมป้ายโครงการ", FALSE, NULL },
  { "แผนงานเคหะและชุมชน", "โครงการวางท่อระบายน้ำพร้อมบ่อพัก ชุมชน%s สาย %u",
    "วางท่อ คสล. ขนาด 0.60 เมตร ยาว %u เมตร บ่อพักทุก 10 เมตร", FALSE, NULL },
  { "แผนงานการพาณิชย์", "โครงการขยายเขตประปาหมู่บ้าน ชุมชน%s ระยะที่ %u",
    "วางท่อ HDPE ยาว %u เมตร พร้อมมาตรวัดน้ำ", FALSE, NULL },
  { "แผนงานอุตสาหกรรมและการโยธา", "โครงการติดตั้งไฟฟ้าส่องสว่างสาธารณะ ชุมชน%s จุดที่ %u",
    "ติดตั้งโคมไฟ LED จำนวน %u ต้น", FALSE, NULL },
};

static const Template economy[] = {
  { "แผนงานสร้างความเข้มแข็งของชุมชน", "โครงการฝึกอาชีพแปรรูปผลไม้ ชุมชน%s รุ่นที่ %u",
    "อบรมการทำทุเรียนกวนและมังคุดอบแห้ง ผู้เข้าร่วม %u คน", FALSE, NULL },
  { "แผนงานการเกษตร", "โครงการส่งเสริมเกษตรปลอดภัย ชุมชน%s กลุ่มที่ %u",
    "สาธิตการทำปุ๋ยหมักและแจกเมล็ดพันธุ์ %u ครัวเรือน", FALSE, NULL },
};

static const Template society[] = {
  { "แผนงานการศึกษา", "โครงการอาหารกลางวันศูนย์พัฒนาเด็กเล็ก ชุมชน%s แห่งที่ %u",
    "จัดอาหารกลางวันเด็กเล็ก %u คน 245 วัน", FALSE, NULL },
  { "แผนงานสาธารณสุข", "โครงการป้องกันโรคไข้เลือดออก ชุมชน%s รอบที่ %u",
    "พ่นหมอกควันและแจกทรายกำจัดลูกน้ำ %u ครัวเรือน", FALSE, NULL },
  { "แผนงานสังคมสงเคราะห์", "โครงการซ่อมแซมบ้านผู้ยากไร้ ชุมชน%s หลังที่ %u",
    "ซ่อมหลังคาและฝาผนัง วงเงินหลังละไม่เกิน %u บาท", FALSE, NULL },
  { "แผนงานการศาสนาวัฒนธรรมและนันทนาการ", "โครงการแข่งขันกีฬาต้านยาเสพติด ชุมชน%s ครั้งที่ %u",
    "แข่งขันฟุตบอลและเปตอง นักกีฬา %u คน", FALSE, NULL },
  { "แผนงานการศึกษา", "จัดซื้อเครื่องคอมพิวเตอร์โน้ตบุ๊ก ห้องเรียน%s ชุดที่ %u",
    "จำนวน %u เครื่อง ตามเกณฑ์ราคากลาง", TRUE, "ครุภัณฑ์คอมพิวเตอร์" },
};

static const Template environment[] = {
  { "แผนงานเคหะและชุมชน", "โครงการธนาคารขยะรีไซเคิล ชุมชน%s สาขาที่ %u",
    "รับซื้อขยะรีไซเคิลเดือนละครั้ง สมาชิก %u ครัวเรือน", FALSE, NULL },
  { "แผนงานการเกษตร", "โครงการปลูกต้นไม้ริมฝั่งน้ำ ชุมชน%s แปลงที่ %u",
    "ปลูกไม้ยืนต้น %u ต้น พร้อมดูแลหน้าแล้ง", FALSE, NULL },
};

static const Template governance[] = {
  { "แผนงานบริหารงานทั่วไป", "โครงการเทศบาลเคลื่อนที่ ชุมชน%s ครั้งที่ %u",
    "ออกหน่วยรับชำระภาษีและรับเรื่องร้องทุกข์ ผู้รับบริการ %u คน", FALSE, NULL },
  { "แผนงานการรักษาความสงบภายใน", "โครงการฝึกซ้อมแผนป้องกันอัคคีภัย ชุมชน%s ครั้งที่ %u",
    "ฝึกการใช้ถังดับเพลิงแก่ประชาชน %u คน", FALSE, NULL },
  { "แผนงานบริหารงานทั่วไป", "จัดซื้อตู้เหล็กเก็บเอกสาร สำนักงานชุมชน%s ชุดที่ %u",
    "จำนวน %u ตู้", TRUE, "ครุภัณฑ์สำนักงาน" },
  { "แผนงานการรักษาความสงบภายใน", "จัดซื้อรถจักรยานยนต์สายตรวจ ชุมชน%s คันที่ %u",
    "ขนาด 110 ซีซี จำนวน %u คัน", TRUE, "ครุภัณฑ์ยานพาหนะและขนส่ง" },
};

static const Area areas[] = {
  { "ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน",
    { "พัฒนาเส้นทางคมนาคมและการระบายน้ำ", "พัฒนาไฟฟ้าและประปา", NULL },
    infrastructure, G_N_ELEMENTS (infrastructure) },
  { "ยุทธศาสตร์การพัฒนาเศรษฐกิจชุมชน",
    { "ส่งเสริมอาชีพและรายได้", NULL, NULL },
    economy, G_N_ELEMENTS (economy) },
  { "ยุทธศาสตร์การพัฒนาคุณภาพชีวิต",
    { "ส่งเสริมการศึกษา", "ส่งเสริมสุขภาพ", "สวัสดิการและนันทนาการ" },
    society, G_N_ELEMENTS (society) },
  { "ยุทธศาสตร์การจัดการสิ่งแวดล้อม",
    { "ลดและคัดแยกขยะ", "เพิ่มพื้นที่สีเขียว", NULL },
    environment, G_N_ELEMENTS (environment) },
  { "ยุทธศาสตร์การบริหารจัดการที่ดี",
    { "พัฒนาการบริการประชาชน", "ความปลอดภัยในชีวิตและทรัพย์สิน", NULL },
    governance, G_N_ELEMENTS (governance) },
};

static const char * const communities[] = {
  "บ้านหนองบัว", "ท่าช้าง", "ริมน้ำ", "วัดใหม่", "ตลาดพลอย", "บางกะจะ",
  "เนินเขาพลอย", "ฤๅษีสร้าง", "ปั๊มน้ำเก่า", "ศรีจันท์", "ท่าหลวง", "คลองน้ำใส",
};

static const char * const units[] = {
  "สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง", "กองการศึกษา",
  "กองสาธารณสุขและสิ่งแวดล้อม", "กองสวัสดิการสังคม", "กองวิชาการและแผนงาน",
};

static const char * const sources[] = {
  "เทศบัญญัติงบประมาณรายจ่าย", "เทศบัญญัติงบประมาณรายจ่าย", "เทศบัญญัติงบประมาณรายจ่าย",
  "เงินอุดหนุนเฉพาะกิจ", "เงินสะสม",
};

static const char * const month_names[] = {
  "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.",
  "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.",
};

static void
append_field (GString    *out,
              const char *field,
              gboolean    last)
{
  phaen_csv_append_field (out, field);
  g_string_append_c (out, last ? '\n' : ',');
}

/* Fills a template's %s with @community and %u with @number. */
static char *
fill_template (const char *tmpl,
               const char *community,
               guint       number)
{
  GString *out = g_string_new (NULL);

  for (const char *p = tmpl; *p != '\0'; p++)
    {
      if (p[0] == '%' && p[1] == 's')
        {
          g_string_append (out, community);
          p++;
        }
      else if (p[0] == '%' && p[1] == 'u')
        {
          g_string_append_printf (out, "%u", number);
          p++;
        }
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static char *
random_months (GRand *rand)
{
  int first = g_rand_int_range (rand, 0, 12);
  int last = g_rand_int_range (rand, first, 12);

  /* about one in five is split in two runs */
  if (last + 2 < 12 && g_rand_int_range (rand, 0, 5) == 0)
    {
      int second = g_rand_int_range (rand, last + 2, 12);
      return g_strdup_printf ("%s-%s,%s", month_names[first], month_names[last], month_names[second]);
    }
  if (first == last)
    return g_strdup (month_names[first]);
  return g_strdup_printf ("%s-%s", month_names[first], month_names[last]);
}

/* The synthetic plan as interchange CSV. Names are unique: the number in
 * every name counts the uses of its template. */
static char *
generate_csv (guint  n_projects,
              GRand *rand)
{
  GString *out = g_string_new ("strategy,approach,program,kind,project,activities,budget,"
                               "location,unit,months,source,target,category,type\n");
  guint counters[G_N_ELEMENTS (areas)][8] = { { 0 } };

  for (guint i = 0; i < n_projects; i++)
    {
      guint a = (guint) g_rand_int_range (rand, 0, G_N_ELEMENTS (areas));
      const Area *area = &areas[a];
      guint t = (guint) g_rand_int_range (rand, 0, (gint32) area->n_templates);
      const Template *tmpl = &area->templates[t];
      guint n_approaches = 0;
      const char *community = communities[g_rand_int_range (rand, 0, G_N_ELEMENTS (communities))];
      g_autofree char *name = NULL;
      g_autofree char *activities = NULL;
      g_autofree char *budget = NULL;
      g_autofree char *months = NULL;
      g_autofree char *location = NULL;
      g_autofree char *target = NULL;
      gint64 satang;

      while (n_approaches < G_N_ELEMENTS (area->approaches) && area->approaches[n_approaches] != NULL)
        n_approaches++;

      counters[a][t]++;
      name = fill_template (tmpl->name, community, counters[a][t]);
      activities = fill_template (tmpl->activities, community, (guint) g_rand_int_range (rand, 2, 900));
      satang = (gint64) g_rand_int_range (rand, 5, 5000) * 1000 * PHAEN_SATANG_PER_BAHT;
      if (g_rand_int_range (rand, 0, 20) == 0)
        satang += g_rand_int_range (rand, 1, 100);
      budget = phaen_money_format_plain (satang);
      months = random_months (rand);
      location = g_strdup_printf ("ชุมชน%s", community);
      target = g_strdup_printf ("ผู้ได้รับประโยชน์ %u คน", (guint) g_rand_int_range (rand, 20, 3000));

      append_field (out, area->strategy, FALSE);
      append_field (out, area->approaches[g_rand_int_range (rand, 0, (gint32) n_approaches)], FALSE);
      append_field (out, tmpl->program, FALSE);
      append_field (out, tmpl->equipment ? "equipment" : "project", FALSE);
      append_field (out, name, FALSE);
      append_field (out, activities, FALSE);
      append_field (out, budget, FALSE);
      append_field (out, location, FALSE);
      append_field (out, units[g_rand_int_range (rand, 0, G_N_ELEMENTS (units))], FALSE);
      append_field (out, months, FALSE);
      append_field (out, sources[g_rand_int_range (rand, 0, G_N_ELEMENTS (sources))], FALSE);
      append_field (out, target, FALSE);
      append_field (out, tmpl->equipment ? "ค่าครุภัณฑ์" : "", FALSE);
      append_field (out, tmpl->equipment ? tmpl->type : "", TRUE);
    }

  return g_string_free (out, FALSE);
}

/* --cpu-time: the figures are the process's CPU time, not the time on
 * the clock. On a machine busy with other work the clock also counts
 * the time the bench waited for a processor; CPU time varies far less. */
static gboolean cpu_time = FALSE;

/* Microseconds, on the clock or of CPU time. */
static gint64
now_us (void)
{
  struct timespec ts;

  if (!cpu_time || clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts) != 0)
    return g_get_monotonic_time ();
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static double
elapsed_ms (gint64 start)
{
  return (double) (now_us () - start) / 1000.0;
}

static void
print_figure (const char *name,
              double      value,
              const char *unit)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (buffer, sizeof buffer, "%.1f", value);
  printf ("%s\t%s\t%s\n", name, buffer, unit);
  fflush (stdout);
}

static void
print_count (const char *name,
             guint       value,
             const char *unit)
{
  printf ("%s\t%u\t%s\n", name, value, unit);
  fflush (stdout);
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      g_remove (child);
    }
  g_rmdir (path);
}

static gboolean
fail (const char *what,
      GError     *error)
{
  g_printerr ("phaen-bench: %s: %s\n", what, error != NULL ? error->message : "failed");
  return FALSE;
}

/* --no-pdf: the PDF figures are left out (profiling the others) */
static gboolean skip_pdf = FALSE;

static gboolean
run (guint n_projects,
     guint seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(PhaenPlan) loaded = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GPtrArray) equipment = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = generate_csv (n_projects, rand);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  PhaenPdfOptions options = { PHAEN_DIGITS_FROM_PLAN, NULL };
  struct rusage usage;
  guint n_pages = 0;
  gint64 start;

  dir = g_dir_make_tmp ("phaen-bench-XXXXXX", &error);
  if (dir == NULL)
    return fail ("temporary folder", error);
  path = g_build_filename (dir, "bench.phaen", NULL);

  print_count ("projects", n_projects, "count");

  g_object_set (plan,
                "organisation-name", "เทศบาลเมืองทดสอบสมรรถนะ",
                "organisation-kind", PHAEN_ORGANISATION_TOWN_MUNICIPALITY,
                "district", "เมืองจันทบุรี",
                "province", "จันทบุรี",
                "fiscal-year", 2569,
                NULL);

  start = now_us ();
  if (!phaen_csv_import (plan, csv, strlen (csv), "bench.csv", &error))
    {
      remove_dir (dir);
      return fail ("CSV import", error);
    }
  print_figure ("csv_import_ms", elapsed_ms (start), "ms");
  phaen_plan_fill_default_texts (plan);

  start = now_us ();
  if (!phaen_file_save (plan, path, &error))
    {
      remove_dir (dir);
      return fail ("save", error);
    }
  print_figure ("xml_save_ms", elapsed_ms (start), "ms");

  start = now_us ();
  loaded = phaen_file_load (path, &error);
  if (loaded == NULL)
    {
      remove_dir (dir);
      return fail ("load", error);
    }
  print_figure ("xml_load_ms", elapsed_ms (start), "ms");
  remove_dir (dir);

  start = now_us ();
  rows = phaen_summary_compute (loaded);
  groups = phaen_plan_collect_groups (loaded, PHAEN_PROJECT_KIND_PROJECT);
  equipment = phaen_plan_collect_groups (loaded, PHAEN_PROJECT_KIND_EQUIPMENT);
  print_figure ("summary_ms", elapsed_ms (start), "ms");
  if (rows->len == 0 || groups->len == 0)
    return fail ("summary", NULL);

  start = now_us ();
  exported = phaen_csv_export (loaded);
  print_figure ("csv_export_ms", elapsed_ms (start), "ms");
  if (g_bytes_get_size (exported) == 0)
    return fail ("CSV export", NULL);

  if (!skip_pdf)
    {
      start = now_us ();
      pdf = phaen_pdf_render (loaded, &options, warnings, &n_pages, &error);
      if (pdf != NULL)
        {
          print_figure ("pdf_export_ms", elapsed_ms (start), "ms");
          print_count ("pdf_pages", n_pages, "pages");
        }
      else
        g_printerr ("phaen-bench: PDF not measured: %s\n", error->message);
      /* Nothing holds the plan's PDF while the report's is made (as in
       * the app): peak_rss_mb is the larger of the two, not their sum. */
      g_clear_pointer (&pdf, g_bytes_unref);
    }

  /* The monitoring report of the whole year (issue 11): its figures,
   * then its PDF. */
  {
    g_autoptr(PhaenReport) report = NULL;
    g_autoptr(GBytes) report_pdf = NULL;
    g_autoptr(GError) report_error = NULL;
    guint report_pages = 0;

    start = now_us ();
    report = phaen_report_new (loaded, PHAEN_REPORT_ROUND_12_MONTHS);
    print_figure ("report_ms", elapsed_ms (start), "ms");

    if (!skip_pdf)
      {
        start = now_us ();
        report_pdf = phaen_report_pdf_render (loaded, PHAEN_REPORT_ROUND_12_MONTHS, &options, NULL,
                                              &report_pages, &report_error);
        if (report_pdf != NULL)
          {
            print_figure ("report_pdf_ms", elapsed_ms (start), "ms");
            print_count ("report_pdf_pages", report_pages, "pages");
          }
        else
          g_printerr ("phaen-bench: report PDF not measured: %s\n", report_error->message);
      }
  }

  /* ru_maxrss is in kilobytes on Linux */
  if (getrusage (RUSAGE_SELF, &usage) == 0)
    print_figure ("peak_rss_mb", (double) usage.ru_maxrss / 1024.0, "MB");

  return TRUE;
}

/* ---- the timeline (issue 8) ---------------------------------------------- */

#define TIMELINE_FRAMES 60

/* Median time of a frame of the timeline of a synthetic plan of
 * @n_projects: lay out a 1920×1080 viewport and paint it into an image,
 * scrolling 40 pixels a frame (smooth scrolling) from the middle of the
 * plan. The first frame, which loads the fonts, is not counted; the median
 * keeps a frame preempted on a busy machine from weighing in. */
static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db ? 1 : 0;
}

static gboolean
time_timeline_frames (guint   n_projects,
                      guint   seed,
                      double *median_ms)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(PhaenTimelineLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = generate_csv (n_projects, rand);
  cairo_surface_t *surface;
  cairo_t *cr;
  PhaenTimelineParams params;
  PhaenTimelineStyle style;
  double rows_height, times[TIMELINE_FRAMES];
  GDate today;

  g_object_set (plan, "fiscal-year", 2569, NULL);
  if (!phaen_csv_import (plan, csv, strlen (csv), "bench.csv", &error))
    return fail ("CSV import for the timeline", error);
  layout = phaen_timeline_layout_new (plan, NULL, NULL, &error);
  if (layout == NULL)
    return fail ("timeline", error);

  phaen_timeline_params_init (&params);
  params.width = 1920;
  params.height = 1080;
  params.text_size = 22;
  params.pane_width = 400;
  params.month_width = (params.width - params.pane_width) / 12;
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 15, 3, 2026);
  params.today = g_date_get_julian (&today);
  phaen_timeline_style_init_light (&style);

  rows_height = phaen_timeline_layout_get_rows_height (layout, &params);
  params.scroll_y = MAX (0.0, MIN (rows_height / 2, rows_height - params.height - 40.0 * TIMELINE_FRAMES));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) params.width, (int) params.height);
  cr = cairo_create (surface);

  for (guint i = 0; i <= TIMELINE_FRAMES; i++)
    {
      gint64 start = now_us ();
      PhaenTimelineFrame *frame = phaen_timeline_layout_frame (layout, &params);

      phaen_timeline_paint (frame, cr, &style);
      cairo_surface_flush (surface);
      phaen_timeline_frame_free (frame);
      if (i > 0)
        times[i - 1] = elapsed_ms (start);
      params.scroll_y += 40;
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  qsort (times, TIMELINE_FRAMES, sizeof times[0], compare_doubles);
  *median_ms = (times[TIMELINE_FRAMES / 2 - 1] + times[TIMELINE_FRAMES / 2]) / 2;

  return TRUE;
}

static gboolean
run_timeline (guint seed)
{
  static const guint sizes[] = { 200, 20000 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *name = g_strdup_printf ("timeline_frame_ms_%u", sizes[i]);
      double ms = 0;

      if (!time_timeline_frames (sizes[i], seed, &ms))
        return FALSE;
      print_figure (name, ms, "ms");
    }

  return TRUE;
}

/* ---- the window (issue 7) ----------------------------------------------- */

/* Starts the phaen executable on a plan of @n_projects with PHAEN_BENCH
 * set (src/ui/phaen-window.c prints when the first frame of the plan is
 * painted, then the mean time from a budget edit to the frame showing it)
 * and reads what it prints. Needs a display: skipped without one. */
/* The plan the window is timed on, written to @path. */
static gboolean
write_window_plan (guint       n_projects,
                   guint       seed,
                   const char *path)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(PhaenPlan) plan = phaen_plan_new ();
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = generate_csv (n_projects, rand);

  g_object_set (plan, "organisation-name", "เทศบาลเมืองทดสอบ", "fiscal-year", 2569, NULL);
  if (!phaen_csv_import (plan, csv, strlen (csv), "bench.csv", &error))
    return fail ("CSV import for the window", error);
  xml = phaen_xml_write_to_bytes (plan);
  if (!g_file_set_contents (path, g_bytes_get_data (xml, NULL), g_bytes_get_size (xml), &error))
    return fail ("plan file for the window", error);
  return TRUE;
}

static gboolean
time_window (guint   n_projects,
             guint   seed,
             double *first_frame_ms,
             double *edit_ms)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *self_exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *bench_dir = NULL;
  g_autofree char *exe = NULL;
  g_autofree char *schemas = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_auto(GStrv) lines = NULL;
  gint64 start;
  int status = 0;

  dir = g_dir_make_tmp ("phaen-bench-XXXXXX", &error);
  if (dir == NULL)
    return fail ("temporary folder", error);
  path = g_build_filename (dir, "bench.phaen", NULL);
  if (!write_window_plan (n_projects, seed, path))
    return FALSE;

  /* build/tests/bench/phaen-bench → build/src/phaen, build/data */
  bench_dir = g_path_get_dirname (self_exe != NULL ? self_exe : ".");
  exe = g_build_filename (bench_dir, "..", "..", "src", "phaen", NULL);
  schemas = g_build_filename (bench_dir, "..", "..", "data", NULL);
  envp = g_environ_setenv (envp, "PHAEN_BENCH", "1", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_BACKEND", "memory", TRUE);
  envp = g_environ_setenv (envp, "GSETTINGS_SCHEMA_DIR", schemas, FALSE);
  envp = g_environ_setenv (envp, "GTK_A11Y", "none", FALSE);
  /* Under Xvfb the GL renderer is software emulation: the cairo one is
   * what such a machine really draws with. */
  if (g_getenv ("DISPLAY") != NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    envp = g_environ_setenv (envp, "GSK_RENDERER", "cairo", FALSE);

  {
    const char *argv[] = { exe, path, NULL };

    start = g_get_monotonic_time ();
    if (!g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                       &out, NULL, &status, &error))
      return fail ("starting the window", error);
  }
  g_remove (path);
  remove_dir (dir);

  lines = g_strsplit (out != NULL ? out : "", "\n", -1);
  *first_frame_ms = *edit_ms = -1;
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "first-frame "))
        *first_frame_ms = (g_ascii_strtoll (lines[i] + strlen ("first-frame "), NULL, 10) - start) / 1000.0;
      else if (g_str_has_prefix (lines[i], "edit-to-frame "))
        *edit_ms = g_ascii_strtod (lines[i] + strlen ("edit-to-frame "), NULL);
    }
  if (*first_frame_ms < 0 || *edit_ms < 0)
    return fail ("the window printed no figures", NULL);
  return TRUE;
}

/* A desktop session has a session bus; xvfb-run does not, and GLib would
 * then spend a good part of the time to the first frame autolaunching one.
 * Without DBUS_SESSION_BUS_ADDRESS the bench starts a bus of its own
 * (dbus-daemon, before any clock starts) for the windows it times. */
static GPid
start_session_bus (void)
{
  const char *argv[] = { "dbus-daemon", "--session", "--nofork", "--print-address=1", NULL };
  g_autoptr(GIOChannel) channel = NULL;
  g_autofree char *line = NULL;
  GPid pid = 0;
  int out = -1;

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL)
    return 0;
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, NULL,
                                 G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &pid, NULL, &out, NULL, NULL))
    return 0;
  channel = g_io_channel_unix_new (out);
  g_io_channel_set_close_on_unref (channel, TRUE);
  if (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) != G_IO_STATUS_NORMAL || line == NULL)
    {
      kill (pid, SIGTERM);
      waitpid (pid, NULL, 0);
      g_spawn_close_pid (pid);
      return 0;
    }
  g_strstrip (line);
  g_setenv ("DBUS_SESSION_BUS_ADDRESS", line, TRUE);
  return pid;
}

static void
stop_session_bus (GPid pid)
{
  if (pid == 0)
    return;
  kill (pid, SIGTERM);
  waitpid (pid, NULL, 0);
  g_spawn_close_pid (pid);
  g_unsetenv ("DBUS_SESSION_BUS_ADDRESS");
}

static gboolean
run_window (guint seed)
{
  static const guint sizes[] = { 2000, 20000 };
  GPid bus;
  gboolean ok = TRUE;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    return TRUE;

  bus = start_session_bus ();

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *first_name = g_strdup_printf (sizes[i] == 2000 ? "app_first_frame_ms" : "app_first_frame_ms_%u", sizes[i]);
      g_autofree char *edit_name = g_strdup_printf ("edit_to_frame_ms_%u", sizes[i]);
      double first_ms = 0, edit_ms = 0;

      if (!time_window (sizes[i], seed, &first_ms, &edit_ms))
        {
          ok = FALSE;
          break;
        }
      print_figure (first_name, first_ms, "ms");
      print_figure (edit_name, edit_ms, "ms");
    }
  stop_session_bus (bus);
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  int n_projects = 2000;
  int seed = 2569;
  g_autofree char *save_plan = NULL;
  gboolean window_only = FALSE;
  gboolean no_timeline = FALSE;
  GOptionEntry entries[] = {
    { "projects", 'n', 0, G_OPTION_ARG_INT, &n_projects, "Number of projects (default 2000)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the generator (default 2569)", "SEED" },
    { "save-plan", 0, 0, G_OPTION_ARG_FILENAME, &save_plan,
      "Only write the plan the window is timed on (N projects) to FILE, for profiling", "FILE" },
    { "window-only", 0, 0, G_OPTION_ARG_NONE, &window_only,
      "Only time the window (app_first_frame_ms, edit_to_frame_ms_*)", NULL },
    { "no-timeline", 0, 0, G_OPTION_ARG_NONE, &no_timeline,
      "Do not time the timeline (for profiling the other figures under callgrind)", NULL },
    { "no-pdf", 0, 0, G_OPTION_ARG_NONE, &skip_pdf,
      "Do not time the PDFs (for profiling the other figures under callgrind)", NULL },
    { "cpu-time", 0, 0, G_OPTION_ARG_NONE, &cpu_time,
      "Give the process's CPU time instead of the time on the clock (steadier on a busy machine; not the window's figures)", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("- time Phaen on a synthetic plan");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("phaen-bench: %s\n", error->message);
      return 2;
    }
  if (n_projects < 1 || n_projects > 1000000)
    {
      g_printerr ("phaen-bench: --projects must be between 1 and 1000000\n");
      return 2;
    }

  if (save_plan != NULL)
    return write_window_plan ((guint) n_projects, (guint) seed, save_plan) ? 0 : 1;

  if (!window_only && !run ((guint) n_projects, (guint) seed))
    return 1;

  if (!window_only && !no_timeline && !run_timeline ((guint) seed))
    return 1;

  return run_window ((guint) seed) ? 0 : 1;
}
