/* phaen-text.h: text entering a plan, normalised and checked in one place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cells pasted from spreadsheets, word processors and web pages carry
 * characters that look like nothing or like something else: no-break and
 * other Unicode spaces, zero-width spaces and joiners, byte-order marks,
 * soft hyphens, Thai ำ typed as ํ + า, tone marks typed before the vowel.
 * Every door through which text enters a plan (CSV import, XML load, the
 * app's forms) passes it through these functions, so that text that looks
 * the same is the same, and nothing a plan file cannot hold gets in.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A one-line name (strategy, approach, program, unit, project,
 * organisation, district, province, signer): Unicode NFC; the Thai fixes of
 * phaen_thai_normalize_marks() (ํ + า → ำ, misordered and repeated marks);
 * every Unicode space and line break → U+0020, runs of them collapsed to
 * one, none at either end; invisible format characters (U+200B zero-width
 * space, U+200C/U+200D joiners, U+FEFF, U+00AD soft hyphen, U+2060 word
 * joiner, direction marks, …: Unicode category Cf) removed. Other control
 * characters are kept for phaen_text_check() to refuse. Idempotent; invalid
 * UTF-8 is first made valid (U+FFFD). Never NULL; NULL gives "". */
char     *phaen_text_normalize_name (const char *text);

/* Free text of several lines (activities, remarks, Part 1 paragraphs, …):
 * the same as a name line by line, except that invisible characters other
 * than U+FEFF stay (U+200B and U+2060 tell the renderer where a Thai line
 * may or may not break); line breaks (CR LF, CR, U+2028, U+2029, U+0085)
 * become "\n"; blank lines at the start and at the end are dropped. */
char     *phaen_text_normalize      (const char *text);

/* TRUE when @text holds nothing but white space and invisible characters,
 * so that it normalises to "" (NULL is blank). */
gboolean  phaen_text_is_blank       (const char *text);

/* Refuses (PHAEN_MODEL_ERROR_INVALID_TEXT) what a plan cannot hold:
 * invalid UTF-8, control characters other than tab, line feed and carriage
 * return (C0, DEL, C1), Unicode noncharacters (U+FDD0–U+FDEF and the last
 * two code points of every plane, U+xFFFE/U+xFFFF), and texts of more than
 * @max_chars characters (code points; 0: no limit). The message names the
 * character by its code and its position (from 1), or gives the length,
 * without saying where the text came from: callers prefix the row and
 * column, or the file and line. */
gboolean  phaen_text_check          (const char  *text,
                                     guint        max_chars,
                                     GError     **error);

/* Properties of the model holding one-line names (normalised with
 * phaen_text_normalize_name(), at most PHAEN_LIMIT_NAME_CHARS): "name" of
 * every catalogue entry and project, and the plan's "organisation-name",
 * "district", "province" and "signer-name". Every other string property is
 * free text (phaen_text_normalize(), at most PHAEN_LIMIT_TEXT_CHARS). */
gboolean  phaen_text_property_is_name (const char *property);
/* PHAEN_LIMIT_NAME_CHARS or PHAEN_LIMIT_TEXT_CHARS for @property. */
guint     phaen_text_property_max_chars (const char *property);

G_END_DECLS
