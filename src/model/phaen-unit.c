/* phaen-unit.c: not written yet */
#include "config.h"
