/* phaen-limits.h: what a plan may hold, in one place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every door through which data enters a plan (CSV import, XML load, the
 * app's forms) enforces these limits and names the row, column or field
 * that exceeds them; nothing is ever cut silently. Within the limits every
 * stage (load, layout, save) does work linear in the size of the plan, and
 * no sum of amounts can overflow: PHAEN_LIMIT_PROJECTS items of at most
 * PHAEN_LIMIT_BAHT baht (5 × 10^18 satang in all) stay below G_MAXINT64,
 * so every total of a plan within the limits is exact.
 *
 * docs/file-format.md and the README's CSV section state the same numbers.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Fiscal years (Buddhist era) a plan may have. */
#define PHAEN_FISCAL_YEAR_MIN 2400
#define PHAEN_FISCAL_YEAR_MAX 2700

/* Projects and equipment items in one plan. */
#define PHAEN_LIMIT_PROJECTS 50000

/* Strategies, approaches, programs and units, each. */
#define PHAEN_LIMIT_CATALOGUE 50000

/* Characters (Unicode code points, not bytes) in one name: a strategy,
 * approach, program, unit, project, organisation, place or signer. */
#define PHAEN_LIMIT_NAME_CHARS 1000

/* Characters in one free text: activities, target, remarks, the foreword,
 * the announcement and Part 1 paragraphs. The same as a spreadsheet
 * cell holds, so whatever Excel can export fits. */
#define PHAEN_LIMIT_TEXT_CHARS 32767

/* Additions and amendments one plan holds (phaen-edition.h), and the
 * changes one of them records. */
#define PHAEN_LIMIT_EDITIONS 999
#define PHAEN_LIMIT_CHANGES  1000000

/* Bytes of a .phaen or .csv file read from disk; checked before reading. */
#define PHAEN_LIMIT_FILE_BYTES (G_GINT64_CONSTANT (256) * 1024 * 1024)

/* Attributes on one XML element and nesting depth of a .phaen document:
 * the format needs fewer than 40 and 8; anything far beyond is hostile. */
#define PHAEN_LIMIT_XML_ATTRIBUTES 64
#define PHAEN_LIMIT_XML_DEPTH      32

/* Largest amount of one item, in baht: 10^12 (a trillion; the whole
 * national budget is a few trillion). PHAEN_MONEY_MAX is this in satang. */
#define PHAEN_LIMIT_BAHT G_GINT64_CONSTANT (1000000000000)

/* The officer's word list (words line breaking never splits): at most
 * this many words of at most this many characters. A proper noun, even
 * an organisation's full name, is far shorter; and the whole list, one
 * word a line, stays within PHAEN_LIMIT_TEXT_CHARS. */
#define PHAEN_LIMIT_WORDS      500
#define PHAEN_LIMIT_WORD_CHARS 60

G_END_DECLS
