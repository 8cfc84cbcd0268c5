/* phaen-linebreak.h: line breaks a Thai reader accepts
 *
 * Pango breaks Thai text where libthai's dictionary says, which splits
 * words it does not know (transliterations, the names of the plan,
 * compounds) and happily separates a number from its unit or a dash from
 * what it follows. Pango cannot be given another dictionary, but
 * breaks can be taken away from it: a PangoAttrAllowBreaks of FALSE over a
 * range keeps the range on one line (pango_attr_word_new() of Pango
 * 1.50.12 does not: its word may still be cut by the character
 * fallback). So the breaker finds the ranges that must not be broken:
 *
 * - words of the word list Phaen ships (planning and public-works
 *   vocabulary, transliterations: dict/phaen-words.txt), of the plan
 *   (organisation, district, province, units, locations, signer, and
 *   the names inside them: หนองบัว in ชุมชนหนองบัว) and of the caller;
 * - tokens: พ.ศ./ค.ศ. and the year; a day, a month and a year; ฉบับที่,
 *   ครั้งที่, ข้อ, หมู่ที่, ม. and the like with their number; a number and
 *   its unit; a dash with the word before it (no line begins with one).
 *
 * A kept range wider than the line it has to fit is broken after all,
 * at the boundaries of the words inside it or between syllables, never
 * inside a grapheme cluster; the same holds where Pango would cut a
 * word by characters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "model/phaen-plan.h"

G_BEGIN_DECLS

typedef enum
{
  PHAEN_KEEP_WORD,     /* a word of the shipped list */
  PHAEN_KEEP_NAME,     /* a name of the plan or a word of the caller */
  PHAEN_KEEP_TOKEN,    /* a date, a number with its unit or label */
  PHAEN_KEEP_DASH,     /* a dash with what precedes it */
} PhaenKeepKind;

/* A range of a text (bytes) that stays on one line. */
typedef struct
{
  guint         start;
  guint         end;
  PhaenKeepKind kind;
} PhaenKeepRange;

typedef struct _PhaenLineBreaker PhaenLineBreaker;

/* A breaker with the shipped word list (read once per process; a
 * warning (char*) is appended to @warnings, may be NULL, when it cannot
 * be found). */
PhaenLineBreaker *phaen_line_breaker_new            (GPtrArray        *warnings);
void              phaen_line_breaker_free           (PhaenLineBreaker *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhaenLineBreaker, phaen_line_breaker_free)

/* Words never to be broken, besides the list (a word of one character is
 * ignored). Add them before the first use. */
void              phaen_line_breaker_add_word       (PhaenLineBreaker *self,
                                                     const char       *word);
/* The names of @plan: organisation, district, province, preparing unit,
 * units, locations, signer, and the names inside them; and the officer's
 * word list of the plan (phaen-words.h). */
void              phaen_line_breaker_add_plan_names (PhaenLineBreaker *self,
                                                     PhaenPlan        *plan);

/* The ranges of @text to keep on one line, in order (GArray of
 * PhaenKeepRange). */
GArray           *phaen_line_breaker_find           (PhaenLineBreaker *self,
                                                     const char       *text);

/* Applies the ranges to @layout, whose text, font, width and indent are
 * set: breaks inside them are taken away, then each line is checked and
 * a kept range that cannot fit its line, or a word Pango cut by
 * characters, gets breaks between its syllables. A layout without a
 * width is left alone. */
void              phaen_line_breaker_apply          (PhaenLineBreaker *self,
                                                     PangoLayout      *layout);

/* Where the shipped word list is looked for: $PHAEN_DICT_DIR, the build
 * folder, the installed data folder. Returns the path of the first that
 * exists, or NULL. */
char             *phaen_line_breaker_find_word_list (void);

/* The sub-list of @attrs that covers @start..@end of its text, moved to
 * start at 0 (for a layout that shows a part of another's text). */
PangoAttrList    *phaen_line_breaker_slice_attributes (PangoAttrList *attrs,
                                                       guint          start,
                                                       guint          end);

G_END_DECLS
