/* phaen-io-error.h: the io layer's error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define PHAEN_IO_ERROR (phaen_io_error_quark ())

typedef enum
{
  PHAEN_IO_ERROR_MALFORMED,     /* not well-formed XML / CSV syntax */
  PHAEN_IO_ERROR_INVALID,       /* well-formed but violates the format */
  PHAEN_IO_ERROR_UNSUPPORTED,   /* newer major version, wrong root/namespace */
  PHAEN_IO_ERROR_ENCODING,      /* undecodable bytes */
  PHAEN_IO_ERROR_EMPTY,
  PHAEN_IO_ERROR_WRITE,
} PhaenIoError;

GQuark phaen_io_error_quark (void);

G_END_DECLS
