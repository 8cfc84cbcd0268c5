/* phaen-forms.c: not written yet */
#include "config.h"
