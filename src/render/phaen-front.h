/* phaen-front.h: the portrait pages of the plan: cover, announcement,
 * foreword, contents, Part 1 (introduction) and the Part 2 divider
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "phaen-page.h"
#include "phaen-render.h"

G_BEGIN_DECLS

/* Margins of the portrait pages, in points. */
#define PHAEN_PORTRAIT_MARGIN_LEFT   PHAEN_MM (30.0)
#define PHAEN_PORTRAIT_MARGIN_RIGHT  PHAEN_MM (20.0)
#define PHAEN_PORTRAIT_MARGIN_TOP    PHAEN_MM (25.0)
#define PHAEN_PORTRAIT_MARGIN_BOTTOM PHAEN_MM (20.0)

/* Margins the landscape forms use (top and right matter for the page
 * number band). */
#define PHAEN_LANDSCAPE_MARGIN_TOP   PHAEN_MM (20.0)
#define PHAEN_LANDSCAPE_MARGIN_RIGHT PHAEN_MM (15.0)

/* The form titles as printed in the contents and on the divider (Arabic
 * digits; converted when drawn). */
#define PHAEN_FRONT_PD01_TITLE  "บัญชีสรุปจำนวนโครงการและงบประมาณ"
#define PHAEN_FRONT_PD02_TITLE  "บัญชีโครงการ/กิจกรรม/งบประมาณ"
#define PHAEN_FRONT_PD021_TITLE "บัญชีจำนวนครุภัณฑ์สำหรับที่ไม่ได้ดำเนินการตามโครงการพัฒนาท้องถิ่น"

/* "ประจำปีงบประมาณ พ.ศ. 2569", plus " (เพิ่มเติม ครั้งที่ 1)" or
 * " (แก้ไข ครั้งที่ 1)" for an amended plan. Arabic digits. */
char      *phaen_front_year_line     (PhaenPlan *plan);
/* "แผนการดำเนินงาน " + phaen_front_year_line () + " " + organisation,
 * digits converted for @ctx: the PDF title. */
char      *phaen_front_document_title (PhaenRenderContext *ctx);

/* The cover: one unnumbered page. */
PhaenPage *phaen_front_cover         (PhaenRenderContext *ctx);
/* The announcement (ประกาศ), unnumbered: usually one page, more when its
 * paragraphs are very long. Array of PhaenPage*. */
GPtrArray *phaen_front_announcement  (PhaenRenderContext *ctx);
/* The foreword (คำนำ): empty array when the plan has no foreword text.
 * Pages are numbered in the front style. */
GPtrArray *phaen_front_foreword      (PhaenRenderContext *ctx);

/* The places in Part 1 that the contents points at. */
typedef enum
{
  PHAEN_PART1_HEADING,        /* ส่วนที่ 1 บทนำ */
  PHAEN_PART1_INTRODUCTION,   /* 1.1 */
  PHAEN_PART1_OBJECTIVES,     /* 1.2 */
  PHAEN_PART1_PROCEDURE,      /* 1.3 */
  PHAEN_PART1_BENEFITS,       /* 1.4 */
  PHAEN_PART1_N_MARKS,
} PhaenPart1Mark;

/* Title of a Part 1 mark as printed ("1.2 วัตถุประสงค์ของแผนการดำเนินงาน"),
 * Arabic digits. */
const char *phaen_front_part1_title  (PhaenPart1Mark mark);

/* Part 1: its pages (body numbering). @marks receives, for each mark, the
 * index into the returned array of the page where it starts. */
GPtrArray *phaen_front_part1         (PhaenRenderContext *ctx,
                                      guint               marks[PHAEN_PART1_N_MARKS]);

/* The divider page in front of the forms ("ส่วนที่ 2 แผนการดำเนินงาน" and
 * what it contains); @with_equipment lists ผด.02/1 too. */
PhaenPage *phaen_front_part2_divider (PhaenRenderContext *ctx,
                                      gboolean            with_equipment);

typedef struct
{
  const char *title;        /* Arabic digits, converted when drawn */
  guint       level;        /* 1: part, 2: section inside it */
  const char *page_label;   /* "ก", "12" (converted when drawn) */
} PhaenContentsEntry;

/* The contents (สารบัญ) pages, numbered in the front style. */
GPtrArray *phaen_front_contents      (PhaenRenderContext       *ctx,
                                      const PhaenContentsEntry *entries,
                                      guint                     n_entries);

G_END_DECLS
