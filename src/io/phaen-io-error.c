/* phaen-io-error.c: the io layer's error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "phaen-io"

#include "config.h"

#include "phaen-io-error.h"

G_DEFINE_QUARK (phaen-io-error-quark, phaen_io_error)
