/* phaen-strategy.c: not written yet */
#include "config.h"
