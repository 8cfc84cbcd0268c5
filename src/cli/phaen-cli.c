/* phaen-cli.c: not written yet */
#include "config.h"
#include "phaen-cli.h"

gboolean
phaen_cli_is_command (int argc, char **argv)
{
  return argc > 1;
}

int
phaen_cli_run (int argc, char **argv)
{
  return PHAEN_EXIT_USAGE;
}
