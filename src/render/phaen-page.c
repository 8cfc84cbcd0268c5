/* phaen-page.c: not written yet */
#include "config.h"
