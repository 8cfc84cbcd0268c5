/* phaen-render.c: not written yet */
#include "config.h"
