/* regex.c -- PCRE2 patterns with UTF and UCP on, and with limits.
 *
 * Users type patterns at a prompt and run them over whole corpora, so a
 * pattern must never hang the process or eat the machine's memory: every
 * match runs under a match limit, a depth limit and a heap limit (and, under
 * JIT, a bounded JIT stack), and hitting one is an error that says which. */
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>

#include "regex.h"
#include "utf8.h"

/* About a second of backtracking at worst; ordinary patterns over a whole
 * communiqué use a few thousand. */
#define REGEX_MATCH_LIMIT 10000000u
#define REGEX_DEPTH_LIMIT 1000000u
#define REGEX_HEAP_LIMIT_KIB (64u * 1024u) /* 64 MiB */
#define REGEX_JIT_STACK_START (32u * 1024u)
#define REGEX_JIT_STACK_MAX (1024u * 1024u)

struct scm_regex {
    pcre2_code *code;
    pcre2_match_data *match_data;
    pcre2_match_context *match_context;
    pcre2_jit_stack *jit_stack; /* NULL when not JIT-compiled */
    unsigned groups;
    /* The subject last checked for valid UTF-8, from checked_from to its
     * end.  PCRE2 would check from the start offset to the end on every
     * call, which makes an iteration over a long text quadratic; we check
     * ourselves, once per walk (a call with from == 0 always checks again),
     * and compile with PCRE2_MATCH_INVALID_UTF so that a stale cache entry
     * (another string at the same address) can only miss an error message,
     * never make PCRE2 read invalid UTF-8 unguarded. */
    const char *checked_subject;
    size_t checked_len, checked_from;
};

/* Map a flag letter to its compile option; 0 when unknown. */
static uint32_t flag_option(char c) {
    switch (c) {
    case 'i':
        return PCRE2_CASELESS;
    case 'm':
        return PCRE2_MULTILINE;
    case 's':
        return PCRE2_DOTALL;
    case 'x':
        return PCRE2_EXTENDED;
    case 'u':
        return PCRE2_UNGREEDY;
    default:
        return 0;
    }
}

static int unknown_flag(scm_error *err, unsigned char c) {
    if (c >= 0x20 && c < 0x7f)
        return scm_error_set(err, SCM_NO_BYTE, "unknown regex flag '%c'", c);
    return scm_error_set(err, SCM_NO_BYTE, "unknown regex flag '\\x%02x'",
                         (unsigned)c);
}

void scm_regex_free(scm_regex *re) {
    if (!re) return;
    if (re->jit_stack) pcre2_jit_stack_free(re->jit_stack);
    pcre2_match_context_free(re->match_context);
    pcre2_match_data_free(re->match_data);
    pcre2_code_free(re->code);
    free(re);
}

/* JIT compilation is an optimisation: when the library lacks it, or the
 * pattern cannot be JIT-compiled, the interpreter runs the same pattern
 * under the same limits. */
static void try_jit(scm_regex *re) {
    uint32_t has_jit = 0;
    const char *env = getenv("SCM_REGEX_JIT");
    /* SCM_REGEX_JIT=0 runs the interpreter: valgrind cannot follow
     * JIT-generated code and reports false errors in it. */
    if (env && env[0] == '0') return;
    if (pcre2_config(PCRE2_CONFIG_JIT, &has_jit) < 0 || !has_jit) return;
    if (pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE) != 0) return;
    re->jit_stack = pcre2_jit_stack_create(REGEX_JIT_STACK_START,
                                           REGEX_JIT_STACK_MAX, NULL);
    /* Without our stack JIT uses a 32 KiB machine-stack area: still bounded. */
    if (re->jit_stack)
        pcre2_jit_stack_assign(re->match_context, NULL, re->jit_stack);
}

scm_regex *scm_regex_compile(const char *pattern, size_t len, const char *flags,
                             scm_error *err) {
    uint32_t options = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF |
                       PCRE2_NEVER_BACKSLASH_C;
    int errcode = 0;
    PCRE2_SIZE erroffset = 0;
    uint32_t capture_count = 0;
    scm_regex *re;

    if (!pattern && len > 0) {
        scm_error_set(err, SCM_NO_BYTE, "no regex pattern given");
        return NULL;
    }
    for (const char *f = flags; f && *f; f++) {
        uint32_t opt = flag_option(*f);
        if (!opt) {
            unknown_flag(err, (unsigned char)*f);
            return NULL;
        }
        options |= opt;
    }

    re = calloc(1, sizeof *re);
    if (!re) {
        scm_error_set(err, SCM_NO_BYTE, "out of memory compiling a regex");
        return NULL;
    }
    re->code = pcre2_compile((PCRE2_SPTR)(pattern ? pattern : ""), len, options,
                             &errcode, &erroffset, NULL);
    if (!re->code) {
        PCRE2_UCHAR msg[200];
        const char *text = (const char *)msg;
        if (pcre2_get_error_message(errcode, msg, sizeof msg) < 0)
            text = "malformed pattern";
        scm_error_set(err, (size_t)erroffset, "%s at pattern offset %zu", text,
                      (size_t)erroffset);
        scm_regex_free(re);
        return NULL;
    }
    re->match_data = pcre2_match_data_create_from_pattern(re->code, NULL);
    re->match_context = pcre2_match_context_create(NULL);
    if (!re->match_data || !re->match_context) {
        scm_error_set(err, SCM_NO_BYTE, "out of memory compiling a regex");
        scm_regex_free(re);
        return NULL;
    }
    pcre2_set_match_limit(re->match_context, REGEX_MATCH_LIMIT);
    pcre2_set_depth_limit(re->match_context, REGEX_DEPTH_LIMIT);
    pcre2_set_heap_limit(re->match_context, REGEX_HEAP_LIMIT_KIB);
    pcre2_pattern_info(re->code, PCRE2_INFO_CAPTURECOUNT, &capture_count);
    re->groups = capture_count;
    try_jit(re);
    return re;
}

unsigned scm_regex_groups(const scm_regex *re) {
    return re ? re->groups : 0;
}

/* Check s[from..len) is valid UTF-8 (strict: no overlongs, surrogates or
 * truncated characters).  Returns the offset of the first bad byte, or
 * SCM_NO_BYTE.  Eight ASCII bytes at a time: most text is ASCII. */
static size_t first_invalid_utf8(const char *subject, size_t len, size_t from) {
    const unsigned char *s = (const unsigned char *)subject;
    size_t i = from;
    while (i < len) {
        uint64_t word;
        uint32_t cp;
        size_t n;
        if (len - i >= 8) {
            memcpy(&word, s + i, 8);
            if (!(word & UINT64_C(0x8080808080808080))) {
                i += 8;
                continue;
            }
        }
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        n = scm_utf8_decode(s + i, len - i, &cp);
        if (n == 0) return i;
        i += n;
    }
    return SCM_NO_BYTE;
}

static int invalid_subject(const char *subject, size_t len, size_t at,
                           scm_error *err) {
    const unsigned char *s = (const unsigned char *)subject;
    const char *why = "not valid UTF-8";
    if (s[at] >= 0x80 && s[at] < 0xc0)
        why = "a continuation byte with no lead";
    else if (s[at] == 0xc0 || s[at] == 0xc1 || s[at] >= 0xf5)
        why = "a byte that never occurs in UTF-8";
    else {
        size_t need = s[at] >= 0xf0 ? 4 : s[at] >= 0xe0 ? 3 : 2, k = 1;
        while (k < need && at + k < len && (s[at + k] & 0xc0) == 0x80)
            k++;
        if (k < need && at + k == len)
            why = "a character cut short at the end";
        else if (k < need)
            why = "a character cut short";
        else
            why =
                "an overlong form, a surrogate or a code point above U+10FFFF";
    }
    return scm_error_set(err, at,
                         "invalid UTF-8 in subject at byte offset %zu "
                         "(0x%02X: %s)",
                         at, (unsigned)s[at], why);
}

/* Turn a failed pcre2_match into a message a user can act on. */
static int match_error(int rc, size_t from, scm_error *err) {
    PCRE2_UCHAR msg[200];
    const char *text = (const char *)msg;
    switch (rc) {
    case PCRE2_ERROR_MATCHLIMIT:
        return scm_error_set(err, from,
                             "regex match limit exceeded "
                             "(the pattern backtracks too much)");
    case PCRE2_ERROR_DEPTHLIMIT:
    case PCRE2_ERROR_JIT_STACKLIMIT:
        return scm_error_set(err, from, "regex depth limit exceeded");
    case PCRE2_ERROR_HEAPLIMIT:
    case PCRE2_ERROR_NOMEMORY:
        return scm_error_set(err, from, "regex heap limit exceeded");
    default:
        break;
    }
    if (pcre2_get_error_message(rc, msg, sizeof msg) < 0)
        text = "unknown error";
    return scm_error_set(err, from, "regex match failed: %s", text);
}

int scm_regex_exec(scm_regex *re, const char *subject, size_t len, size_t from,
                   size_t *ovec, scm_error *err) {
    int rc;
    PCRE2_SIZE *pv;

    if (!re) return scm_error_set(err, SCM_NO_BYTE, "no regex given");
    if (from > len) return 0;
    if (!subject) subject = "";
    if (from > 0 && from < len && ((unsigned char)subject[from] & 0xc0) == 0x80)
        return scm_error_set(err, from,
                             "regex start offset %zu is inside a UTF-8 "
                             "character",
                             from);
    if (from == 0 || subject != re->checked_subject || len != re->checked_len ||
        from < re->checked_from) {
        size_t bad = first_invalid_utf8(subject, len, from);
        if (bad != SCM_NO_BYTE) {
            re->checked_subject = NULL;
            return invalid_subject(subject, len, bad, err);
        }
        re->checked_subject = subject;
        re->checked_len = len;
        re->checked_from = from;
    }

    rc = pcre2_match(re->code, (PCRE2_SPTR)subject, len, from, 0,
                     re->match_data, re->match_context);
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc < 0) return match_error(rc, from, err);
    pv = pcre2_get_ovector_pointer(re->match_data);
    for (unsigned i = 0; i <= re->groups; i++) {
        if ((int)i >= rc || pv[2 * i] == PCRE2_UNSET) {
            ovec[2 * i] = SCM_NO_BYTE;
            ovec[2 * i + 1] = SCM_NO_BYTE;
        } else {
            ovec[2 * i] = (size_t)pv[2 * i];
            ovec[2 * i + 1] = (size_t)pv[2 * i + 1];
        }
    }
    return 1;
}
