/* encoding.h -- the first check on raw input: size, NUL bytes, UTF-8
 * validity, a UTF-8 byte-order mark, and Windows-1252 transcoding.
 *
 * Part of the normalisation stage (text.c); kept apart so that it can be
 * fuzzed alone and so that other stages can position errors the same way. */
#ifndef SCM_ENCODING_H
#define SCM_ENCODING_H

#include "text.h"
#include "types.h"

/* Check `raw` and make it UTF-8: sets t->raw, t->raw_len and, when the
 * input was transcoded, t->raw_owned; pushes a warning for every repair.
 * *body receives the offset of the first byte after a UTF-8 BOM (0 when
 * there is none).  Returns 0, or -1 with err filled:
 *   "empty input", "input too large (N bytes; the limit is M)",
 *   "NUL byte at byte N (line L, column C)",
 *   "invalid UTF-8 at byte N (line L, column C); use encoding = ..." */
int scm_encoding_prepare(const char *raw, size_t len, scm_encoding enc,
                         scm_text *t, size_t *body, scm_error *err);

/* 1-based line and column (in characters) of 0-based byte `byte` of s.
 * CRLF, lone CR and LF each end a line. */
void scm_encoding_position(const char *s, size_t len, size_t byte,
                           size_t *line, size_t *column);

/* Append a printf-style warning to t->warnings; 0, or -1 when out of
 * memory. */
int scm_text_warn(scm_text *t, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#endif
