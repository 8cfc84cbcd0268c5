/* phaen-plan.c: not written yet */
#include "config.h"
