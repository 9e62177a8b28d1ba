/* error.c -- the one way the core reports a failure. */
#include <stdarg.h>
#include <stdio.h>

#include "types.h"

int scm_error_set(scm_error *err, size_t byte, const char *fmt, ...) {
    va_list ap;
    if (!err) return -1;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    err->byte = byte;
    return -1;
}
