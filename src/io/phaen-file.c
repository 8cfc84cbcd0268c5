/* phaen-file.c: not written yet */
#include "config.h"
