/* phaen-front.c: not written yet */
#include "config.h"
