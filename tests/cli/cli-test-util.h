/* cli-test-util.h: running the phaen executable in the command-line tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  int   status;   /* exit code */
  char *out;
  char *err;
} RunResult;

void run_result_clear (RunResult          *result);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RunResult, run_result_clear)

/* Runs $PHAEN_EXE with @args (NULL-ended, without the program) and no
 * display, waiting for it; what @result held before is freed. Its
 * standard error goes to the test log. */
void run_argv         (RunResult          *result,
                       const char * const *args);

#define RUN(result, ...) \
  G_STMT_START { \
    const char * const _args[] = { __VA_ARGS__, NULL }; \
    run_argv ((result), _args); \
  } G_STMT_END

G_END_DECLS
