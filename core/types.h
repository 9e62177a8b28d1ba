/* types.h -- types shared by every stage of the scm core.
 *
 * The core never touches Lua.  Every function that can fail returns an int
 * (0 on success, -1 on failure) and fills a caller-supplied scm_error with a
 * message that says what went wrong and where.  Offsets are 0-based byte
 * offsets; spans are half-open [start, stop). The Lua binding turns them
 * into the 1-based inclusive offsets users see. */
#ifndef SCM_TYPES_H
#define SCM_TYPES_H

#include <stddef.h>
#include <stdint.h>

/* Documents are limited to 4 GiB - 1 so that offsets fit in 32 bits:
 * that halves the memory of the per-token and per-run tables. */
typedef uint32_t scm_off;
#define SCM_MAX_INPUT ((size_t)UINT32_MAX - 1)

typedef struct scm_span {
    scm_off start, stop; /* [start, stop) */
} scm_span;

#define SCM_NO_BYTE ((size_t)-1)

typedef struct scm_error {
    char message[256]; /* "invalid UTF-8 at byte 1234 (line 3, column 7)" */
    size_t byte;       /* raw byte offset the error is about, or SCM_NO_BYTE */
} scm_error;

/* printf-style: fill err (if not NULL) and return -1. */
int scm_error_set(scm_error *err, size_t byte, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

#endif
