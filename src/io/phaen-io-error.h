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
  PHAEN_IO_ERROR_BUSY,          /* another save holds the file's lock */
  PHAEN_IO_ERROR_READ_ONLY,     /* the file to replace is write-protected */
  PHAEN_IO_ERROR_TOO_LARGE,     /* over a limit of phaen-limits.h */
} PhaenIoError;

GQuark phaen_io_error_quark (void);

G_END_DECLS
