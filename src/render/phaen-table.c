/* phaen-table.c: not written yet */
#include "config.h"
