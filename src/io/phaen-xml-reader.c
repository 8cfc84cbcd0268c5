/* phaen-xml-reader.c: not written yet */
#include "config.h"
