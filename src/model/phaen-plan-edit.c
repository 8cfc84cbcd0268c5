/* phaen-plan-edit.c: not written yet */
#include "config.h"
