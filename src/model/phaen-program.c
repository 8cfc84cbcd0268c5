/* phaen-program.c: not written yet */
#include "config.h"
