/* phaen-approach.c: not written yet */
#include "config.h"
