/* phaen-csv.c: not written yet */
#include "config.h"
