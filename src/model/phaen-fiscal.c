/* phaen-fiscal.c: not written yet */
#include "config.h"
