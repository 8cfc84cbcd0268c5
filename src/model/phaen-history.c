/* phaen-history.c: not written yet */
#include "config.h"
