/* phaen-money.h: amounts of money as integer satang
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "phaen-limits.h"

G_BEGIN_DECLS

/* 1 baht = 100 satang; every amount in Phaen is a gint64 count of satang. */
#define PHAEN_SATANG_PER_BAHT G_GINT64_CONSTANT (100)
/* Largest amount of one item: PHAEN_LIMIT_BAHT (10^12) baht, far above any
 * plan; low enough that no sum over a plan within the limits overflows
 * (see phaen-limits.h). */
#define PHAEN_MONEY_MAX (PHAEN_LIMIT_BAHT * PHAEN_SATANG_PER_BAHT)

typedef enum
{
  PHAEN_MONEY_PARSE_DEFAULT = 0,
  /* "", whitespace and "-" read as zero */
  PHAEN_MONEY_PARSE_EMPTY_IS_ZERO = 1 << 0,
} PhaenMoneyParseFlags;

/* Accepts Arabic or Thai digits, optional thousands commas (in groups of
 * three), optional "." with one or two decimals, surrounding whitespace.
 * Negative amounts, more than 2 decimals, overflow (> PHAEN_MONEY_MAX) and
 * anything else fail with PHAEN_MODEL_ERROR_INVALID_AMOUNT and a message
 * naming the problem. */
gboolean phaen_money_parse           (const char            *text,
                                      PhaenMoneyParseFlags   flags,
                                      gint64                *out_satang,
                                      GError               **error);

/* "#,##0" when @decimals is FALSE (satang are rounded half-up to baht),
 * "#,##0.00" when TRUE; Thai digits when @thai_digits. */
char    *phaen_money_format          (gint64                 satang,
                                      gboolean               decimals,
                                      gboolean               thai_digits);

/* The interchange form: "1234567" or "1234567.50" (decimals only when
 * there are satang), Arabic digits, no grouping. */
char    *phaen_money_format_plain    (gint64                 satang);

G_END_DECLS
