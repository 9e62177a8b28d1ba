/* regex.h -- PCRE2 patterns with UTF and UCP on, and with limits.
 *
 * A user's pattern must not hang or exhaust memory: every match runs under
 * a match limit, a depth limit and a heap limit, and hitting one is an
 * error that says so. */
#ifndef SCM_REGEX_H
#define SCM_REGEX_H

#include "types.h"

typedef struct scm_regex scm_regex;

/* Compile `pattern` with flags from `flags` (any of "i" caseless, "m"
 * multiline, "s" dot-all, "x" extended, "u" ungreedy; NULL for none).  On a
 * malformed pattern returns NULL with PCRE2's message and the offset:
 * "missing closing parenthesis at pattern offset 7".  A bad flag letter is
 * also an error. */
scm_regex *scm_regex_compile(const char *pattern, size_t len,
                             const char *flags, scm_error *err);
void scm_regex_free(scm_regex *re);

/* Number of capture groups. */
unsigned scm_regex_groups(const scm_regex *re);

/* Match against subject[0..len) starting at byte `from`.  On a match
 * returns 1 and fills ovec[0..2*(groups+1)) with start/end pairs (unset
 * groups have SCM_NO_BYTE in both); 0 when there is no match; -1 on an
 * error (match or depth or heap limit hit: "regex match limit exceeded
 * (the pattern backtracks too much)", or invalid UTF-8 in the subject). */
int scm_regex_exec(scm_regex *re, const char *subject, size_t len,
                   size_t from, size_t *ovec, scm_error *err);

#endif
