/* phaen-io-error.c: not written yet */
#include "config.h"
