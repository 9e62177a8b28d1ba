/* fuzz_regex.c -- scm_regex_compile + scm_regex_exec: a user's pattern
 * over a document's text.  Input: flags NUL pattern NUL subject (missing
 * parts are empty).  Every match is walked as gmatch does; the limits must
 * end every walk (libFuzzer's -timeout catches a hang, -rss_limit_mb a
 * pattern that eats memory). */
#include "fuzz_common.h"

#include "../../core/regex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *p = (const char *)data, *end = p + size;
    const char *flags, *pat, *subj;
    char fbuf[8];
    size_t flen, plen, slen, from = 0, ovec[2 * 32];
    scm_regex *re;
    scm_error err;
    int rc, steps = 0;
    const char *z = memchr(p, 0, size);
    flen = z ? (size_t)(z - p) : size;
    if (flen >= sizeof fbuf) flen = sizeof fbuf - 1;
    memcpy(fbuf, p, flen);
    fbuf[flen] = '\0';
    flags = fbuf;
    pat = z ? z + 1 : end;
    z = memchr(pat, 0, (size_t)(end - pat));
    plen = z ? (size_t)(z - pat) : (size_t)(end - pat);
    subj = z ? z + 1 : end;
    slen = (size_t)(end - subj);
    memset(&err, 0, sizeof err);
    re = scm_regex_compile(pat, plen, flags, &err);
    if (!re) {
        FUZZ_CHECK(err.message[0] != '\0');
        return 0;
    }
    if (scm_regex_groups(re) >= 31) { /* ovec of the harness */
        scm_regex_free(re);
        return 0;
    }
    while (from <= slen && steps++ < 1000) {
        rc = scm_regex_exec(re, subj, slen, from, ovec, &err);
        if (rc <= 0) break;
        FUZZ_CHECK(ovec[0] <= ovec[1] || ovec[1] < ovec[0]); /* \K may */
        FUZZ_CHECK(ovec[1] <= slen);
        from = ovec[1] > from ? ovec[1] : from + 1;
    }
    scm_regex_free(re);
    return 0;
}
