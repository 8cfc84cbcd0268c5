/* phaen-thai.h: Thai digits, amounts in words, mark order
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  /* Royal Institute: 101 → หนึ่งร้อยเอ็ดบาทถ้วน (default) */
  PHAEN_BAHTTEXT_ROYAL_INSTITUTE,
  /* Spreadsheet BAHTTEXT: 101 → หนึ่งร้อยหนึ่งบาทถ้วน */
  PHAEN_BAHTTEXT_SPREADSHEET,
} PhaenBahttextStyle;

/* Arabic digits 0-9 → Thai digits ๐-๙; everything else is copied. */
char     *phaen_thai_digits          (const char         *text);
/* Thai digits → Arabic digits; everything else is copied. */
char     *phaen_arabic_digits        (const char         *text);
/* phaen_thai_digits() when @thai, else a plain copy. */
char     *phaen_digits               (const char         *text,
                                      gboolean            thai);
/* A non-negative integer in the chosen digits. */
char     *phaen_format_uint          (guint64             value,
                                      gboolean            thai);

/* The amount in words: 44,255,000.00 → สี่สิบสี่ล้านสองแสนห้าหมื่นห้าพันบาทถ้วน.
 * @satang must be >= 0. */
char     *phaen_bahttext             (gint64              satang,
                                      PhaenBahttextStyle  style);

/* Puts Thai combining marks typed in the wrong order back in the order that
 * renders correctly (a tone mark before an above/below vowel is moved after
 * it; repeated identical marks are collapsed) and joins sara am typed as
 * nikhahit + sara aa (U+0E4D U+0E32, what some keyboards and PDF copies
 * give, with or without a tone mark between them) into U+0E33. Returns a
 * new string. */
char     *phaen_thai_normalize_marks (const char         *text);
/* TRUE when phaen_thai_normalize_marks() would change @text. */
gboolean  phaen_thai_marks_misordered (const char        *text);
/* The same for @text already known to be valid UTF-8 (not checked again). */
gboolean  phaen_thai_marks_misordered_valid (const char  *text);

G_END_DECLS
