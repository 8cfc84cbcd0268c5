/* phaen-project.c: not written yet */
#include "config.h"
