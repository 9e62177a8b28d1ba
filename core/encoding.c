/* encoding.c -- size, NUL, UTF-8 and Windows-1252 handling of raw input.
 *
 * Error messages give 1-based byte numbers, so that they agree with the
 * positions Lua users see (string.sub); err->byte stays 0-based like every
 * other offset of the core. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "encoding.h"
#include "utf8.h"
#include "vec.h"

/* Windows-1252 bytes 0x80-0x9F.  The five unassigned bytes become U+FFFD:
 * C1 control characters would only hide the damage. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

int scm_text_warn(scm_text *t, const char *fmt, ...) {
    char buf[256], *msg;
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n < 0) return -1;
    msg = malloc(strlen(buf) + 1);
    if (!msg) return -1;
    strcpy(msg, buf);
    if (SCM_VEC_PUSH(&t->warnings, msg) != 0) {
        free(msg);
        return -1;
    }
    return 0;
}

void scm_encoding_position(const char *s, size_t len, size_t byte,
                           size_t *line, size_t *column) {
    size_t i, ln = 1, start = 0;
    if (byte > len) byte = len;
    for (i = 0; i < byte; i++) {
        if (s[i] == '\n') {
            ln++;
            start = i + 1;
        } else if (s[i] == '\r') {
            if (i + 1 < byte && s[i + 1] == '\n') i++;
            ln++;
            start = i + 1;
        }
    }
    *line = ln;
    *column = 1 + scm_utf8_count(s + start, byte - start);
}

/* Offset of the first byte that is not valid UTF-8, or len.  ASCII is
 * skipped eight bytes at a time: it is most of every communiqué. */
static size_t utf8_first_invalid(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, n;
    uint32_t cp;
    while (i < len) {
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            if ((w & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        n = scm_utf8_decode(p + i, len - i, &cp);
        if (n == 0) return i;
        i += n;
    }
    return len;
}

/* Make a UTF-8 copy of Windows-1252 bytes in t->raw_owned. */
static int transcode_cp1252(const char *raw, size_t len, scm_text *t,
                            scm_error *err) {
    const unsigned char *p = (const unsigned char *)raw;
    size_t i, need = 0, o = 0;
    char *out;
    for (i = 0; i < len; i++)
        need += p[i] < 0x80 ? 1 : (p[i] >= 0xA0 ? 2 : 3);
    if (need > SCM_MAX_INPUT)
        return scm_error_set(err, SCM_NO_BYTE,
                             "input too large after transcoding (%zu bytes)",
                             need);
    out = malloc(need + 1);
    if (!out) return scm_error_set(err, SCM_NO_BYTE, "out of memory");
    for (i = 0; i < len; i++) {
        uint32_t cp = p[i];
        if (cp >= 0x80 && cp < 0xA0) cp = cp1252_high[cp - 0x80];
        o += scm_utf8_encode(cp, out + o);
    }
    out[o] = '\0';
    t->raw_owned = out;
    t->raw = out;
    t->raw_len = o;
    return 0;
}

static int error_at(scm_error *err, const char *s, size_t len, size_t byte,
                    const char *what, const char *hint) {
    size_t line, column;
    scm_encoding_position(s, len, byte, &line, &column);
    return scm_error_set(err, byte, "%s at byte %zu (line %zu, column %zu)%s",
                         what, byte + 1, line, column, hint);
}

int scm_encoding_prepare(const char *raw, size_t len, scm_encoding enc,
                         scm_text *t, size_t *body, scm_error *err) {
    const char *nul;
    size_t bad;
    *body = 0;
    t->raw = raw;
    t->raw_len = len;
    if (len == 0) return scm_error_set(err, SCM_NO_BYTE, "empty input");
    if (len > SCM_MAX_INPUT)
        return scm_error_set(err, SCM_NO_BYTE,
                             "input too large (%zu bytes; the limit is %zu)",
                             len, SCM_MAX_INPUT);
    /* A NUL byte means binary data or UTF-16: never text we can read.
     * UTF-16 (what Windows tools write as "Unicode") is named as such. */
    nul = memchr(raw, '\0', len);
    if (nul) {
        const unsigned char *u = (const unsigned char *)raw;
        size_t i, pairs = 0, n = len < 64 ? len & ~(size_t)1 : 64;
        if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) ||
                         (u[0] == 0xFE && u[1] == 0xFF)))
            return scm_error_set(err, 0,
                                 "UTF-16 text (%s-endian byte-order mark at "
                                 "byte 1): scm reads UTF-8; convert it "
                                 "first (iconv -f UTF-16 -t UTF-8)",
                                 u[0] == 0xFF ? "little" : "big");
        /* no mark: ASCII as UTF-16 has a NUL in every other byte */
        for (i = 0; i + 1 < n; i += 2)
            pairs += (u[i] == 0) != (u[i + 1] == 0);
        if (n >= 4 && pairs == n / 2)
            return error_at(err, raw, len, (size_t)(nul - raw), "NUL byte",
                            ": this looks like UTF-16 without a byte-order "
                            "mark; convert it to UTF-8 first (iconv -f "
                            "UTF-16LE -t UTF-8)");
        return error_at(err, raw, len, (size_t)(nul - raw), "NUL byte", "");
    }
    if (enc == SCM_ENC_CP1252) {
        if (transcode_cp1252(raw, len, t, err) != 0) return -1;
        if (scm_text_warn(t, "read as Windows-1252 as requested") != 0)
            return scm_error_set(err, SCM_NO_BYTE, "out of memory");
        return 0;
    }
    bad = utf8_first_invalid(raw, len);
    if (bad < len) {
        size_t line, column;
        if (enc != SCM_ENC_AUTO)
            return error_at(err, raw, len, bad, "invalid UTF-8",
                            "; use encoding = \"windows-1252\" or \"auto\" "
                            "for legacy text");
        scm_encoding_position(raw, len, bad, &line, &column);
        if (transcode_cp1252(raw, len, t, err) != 0) return -1;
        if (scm_text_warn(t,
                          "not valid UTF-8 (byte %zu, line %zu, column %zu): "
                          "read as Windows-1252",
                          bad + 1, line, column) != 0)
            return scm_error_set(err, SCM_NO_BYTE, "out of memory");
        return 0;
    }
    if (len >= 3 && memcmp(raw, "\xEF\xBB\xBF", 3) == 0) *body = 3;
    return 0;
}
