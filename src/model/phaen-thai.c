/* phaen-thai.c: not written yet */
#include "config.h"
