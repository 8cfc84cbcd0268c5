/* phaen-xml-writer.c: not written yet */
#include "config.h"
