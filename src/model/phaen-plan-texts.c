/* phaen-plan-texts.c: not written yet */
#include "config.h"
