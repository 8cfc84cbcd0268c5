/* phaen-model-error.c: not written yet */
#include "config.h"
