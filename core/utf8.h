/* utf8.h -- small UTF-8 helpers shared by the core.
 *
 * Static inline because every stage calls them in its hot loop.  Decoding
 * is strict (RFC 3629): overlong forms, surrogates, code points above
 * U+10FFFF and truncated sequences are all rejected, so a caller that
 * validated its input once can trust every later decode. */
#ifndef SCM_UTF8_H
#define SCM_UTF8_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#define SCM_UTF8_REPLACEMENT 0xFFFDu

#if defined(__SSE2__) && defined(__GNUC__)
/* The bytes of x in [lo, lo + span] (0xFF where they are): the scanners'
 * class tests, "a".."z" as ('a', 25), "0".."9" as ('0', 9). */
static inline __m128i scm_bytes_between(__m128i x, char lo, char span) {
    __m128i d = _mm_sub_epi8(x, _mm_set1_epi8(lo));
    return _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8(span)), d);
}

/* The bytes of x that are a capital opening an English month's name (A D
 * F J M N O S): the date finders' scans, sixteen bytes at a time. */
static inline __m128i scm_month_capitals(__m128i x) {
    __m128i a = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('A')),
                             _mm_cmpeq_epi8(x, _mm_set1_epi8('D')));
    __m128i b = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('F')),
                             _mm_cmpeq_epi8(x, _mm_set1_epi8('J')));
    __m128i c = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('M')),
                             _mm_cmpeq_epi8(x, _mm_set1_epi8('N')));
    __m128i d = _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('O')),
                             _mm_cmpeq_epi8(x, _mm_set1_epi8('S')));
    return _mm_or_si128(_mm_or_si128(a, b), _mm_or_si128(c, d));
}
#endif

/* Decode one code point from s[0..n).  Returns its length in bytes (1-4)
 * and stores it in *cp, or returns 0 when the bytes there are not valid
 * UTF-8 (n == 0 also gives 0). */
static inline size_t scm_utf8_decode(const unsigned char *s, size_t n,
                                     uint32_t *cp) {
    uint32_t c;
    if (n == 0) return 0;
    c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    if (c < 0xC2) return 0; /* continuation byte, or overlong 2-byte lead */
    if (c < 0xE0) {
        if (n < 2 || (s[1] & 0xC0) != 0x80) return 0;
        *cp = ((c & 0x1Fu) << 6) | (s[1] & 0x3Fu);
        return 2;
    }
    if (c < 0xF0) {
        if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && s[1] < 0xA0) return 0; /* overlong */
        if (c == 0xED && s[1] >= 0xA0) return 0; /* surrogate */
        *cp = ((c & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
            (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90) return 0; /* overlong */
        if (c == 0xF4 && s[1] >= 0x90) return 0; /* above U+10FFFF */
        *cp = ((c & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) |
              ((s[2] & 0x3Fu) << 6) | (s[3] & 0x3Fu);
        return 4;
    }
    return 0;
}

/* Encode cp (which must be a valid scalar value) into out; returns the
 * number of bytes written (1-4). */
static inline size_t scm_utf8_encode(uint32_t cp, char out[4]) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* 1 for a byte that starts a code point (not a continuation byte): counting
 * them counts characters in valid UTF-8. */
static inline int scm_utf8_is_lead(unsigned char c) {
    return (c & 0xC0) != 0x80;
}

/* Characters in s[0..n) of valid UTF-8.  Eight bytes at a time: all of
 * them count unless some are continuation bytes (10xxxxxx), which are
 * subtracted. */
static inline size_t scm_utf8_count(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0, count = n;
    for (; i + 8 <= n; i += 8) {
        uint64_t w, cont;
        memcpy(&w, p + i, 8);
        if ((w & 0x8080808080808080ull) == 0) continue;
        /* bit 7 set and bit 6 clear */
        cont = w & ~(w << 1) & 0x8080808080808080ull;
#if defined(__GNUC__)
        count -= (size_t)__builtin_popcountll(cont);
#else
        while (cont) {
            cont &= cont - 1;
            count--;
        }
#endif
    }
    for (; i < n; i++) count -= !scm_utf8_is_lead(p[i]);
    return count;
}

/* Index of the first byte in s[i..end) that is a, b, c or d, or end.
 * Sixteen bytes at a time where SSE2 is there (every x86-64). */
static inline size_t scm_find_any4(const unsigned char *s, size_t i,
                                   size_t end, unsigned char a,
                                   unsigned char b, unsigned char c,
                                   unsigned char d) {
#if defined(__SSE2__) && defined(__GNUC__)
    const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b),
                  vc = _mm_set1_epi8((char)c), vd = _mm_set1_epi8((char)d);
    while (i + 16 <= end) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i m = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(x, va), _mm_cmpeq_epi8(x, vb)),
            _mm_or_si128(_mm_cmpeq_epi8(x, vc), _mm_cmpeq_epi8(x, vd)));
        unsigned bits = (unsigned)_mm_movemask_epi8(m);
        if (bits) return i + (size_t)__builtin_ctz(bits);
        i += 16;
    }
#endif
    while (i < end && s[i] != a && s[i] != b && s[i] != c && s[i] != d) i++;
    return i;
}

/* Unicode White_Space characters (ASCII ones included). */
static inline int scm_utf8_is_space(uint32_t cp) {
    if (cp <= 0x20) return cp == 0x20 || (cp >= 0x09 && cp <= 0x0D);
    if (cp < 0x85) return 0;
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/* Length of the white-space character at s[0..n), or 0 when there is none.
 * Cheap on the common bytes: only a few lead bytes can start a
 * non-ASCII space. */
static inline size_t scm_utf8_space_len(const char *s, size_t n) {
    const unsigned char *p = (const unsigned char *)s;
    uint32_t cp;
    size_t len;
    if (n == 0) return 0;
    if (p[0] < 0x80) return scm_utf8_is_space(p[0]) ? 1 : 0;
    if (p[0] != 0xC2 && p[0] != 0xE1 && p[0] != 0xE2 && p[0] != 0xE3)
        return 0;
    len = scm_utf8_decode(p, n, &cp);
    return (len && scm_utf8_is_space(cp)) ? len : 0;
}

/* Length of the white-space character that ends at s[n) (looking back), or
 * 0.  Used to trim a line from its end. */
static inline size_t scm_utf8_space_len_before(const char *s, size_t n) {
    size_t k;
    if (n == 0) return 0;
    if ((unsigned char)s[n - 1] < 0x80)
        return scm_utf8_is_space((unsigned char)s[n - 1]) ? 1 : 0;
    for (k = 2; k <= 3 && k <= n; k++)
        if (scm_utf8_space_len(s + n - k, k) == k) return k;
    return 0;
}

/* ASCII classification that ignores the locale. */
static inline int scm_ascii_is_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
static inline int scm_ascii_is_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
static inline int scm_ascii_is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
static inline int scm_ascii_is_alnum(unsigned char c) {
    return scm_ascii_is_upper(c) || scm_ascii_is_lower(c) ||
           scm_ascii_is_digit(c);
}
static inline unsigned char scm_ascii_lower(unsigned char c) {
    return scm_ascii_is_upper(c) ? (unsigned char)(c + 32) : c;
}

/* s[0..n) holds no ASCII lower-case letter: a line in capitals. */
static inline int scm_ascii_no_lower(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (scm_ascii_is_lower((unsigned char)s[i])) return 0;
    return 1;
}

/* First place of `needle` in s[0..n), ASCII case folded (other bytes as
 * they are: "Communiqu" finds "communiqu", "\xE2\x80\x93" an en dash), or
 * NULL. */
static inline const char *scm_ascii_ifind(const char *s, size_t n,
                                          const char *needle) {
    size_t m = strlen(needle), i, j;
    if (m > n) return NULL;
    for (i = 0; i + m <= n; i++) {
        for (j = 0; j < m && scm_ascii_lower((unsigned char)s[i + j]) ==
                                 scm_ascii_lower((unsigned char)needle[j]);
             j++)
            ;
        if (j == m) return s + i;
    }
    return NULL;
}

/* The first place of needle[0..m) in s[0..n), or NULL (memmem is not
 * POSIX): memchr jumps to each place of the needle's first byte, and
 * the second byte is looked at before the rest, where most stop. */
static inline const char *scm_find_bytes(const char *s, size_t n, const char *needle,
                                         size_t m) {
    const char *last, *p = s;
    if (m == 0 || n < m) return NULL;
    last = s + (n - m);
    while ((p = memchr(p, needle[0], (size_t)(last - p) + 1)) != NULL) {
        if ((m == 1 || p[1] == needle[1]) && memcmp(p, needle, m) == 0) return p;
        if (p++ == last) break;
    }
    return NULL;
}

/* End of the run of ASCII letters (and digits, when `digits`) that starts
 * at s[i], at most `end`.  Words are short, so sixteen bytes are looked at
 * once where SSE2 is there: one step for most words. */
static inline size_t scm_ascii_run_end(const unsigned char *s, size_t i,
                                       size_t end, int digits) {
#if defined(__SSE2__) && defined(__GNUC__)
    while (i + 16 <= end) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        __m128i m = scm_bytes_between(_mm_or_si128(x, _mm_set1_epi8(0x20)),
                                      'a', 25);
        unsigned bits;
        if (digits) m = _mm_or_si128(m, scm_bytes_between(x, '0', 9));
        bits = ~(unsigned)_mm_movemask_epi8(m) & 0xFFFFu;
        if (bits) return i + (size_t)__builtin_ctz(bits);
        i += 16;
    }
#endif
    if (digits)
        while (i < end && scm_ascii_is_alnum(s[i])) i++;
    else
        while (i < end && (scm_ascii_is_upper(s[i]) || scm_ascii_is_lower(s[i])))
            i++;
    return i;
}

/* Upper-case letter: ASCII, Latin-1 (À-Þ except ×), Latin Extended-A
 * (pairs upper first, but for the runs Ĺ-Ň and Ź-Ž that start odd, and
 * Ÿ), Romanian Ș Ț and Azerbaijani Ə of Latin Extended-B, Vietnamese
 * capitals of Latin Extended Additional, and Greek/Cyrillic capitals.
 * Enough to tell "Provocation" from "rence" and "Țurcanu" from "ține". */
static inline int scm_utf8_is_upper(uint32_t cp) {
    if (cp < 0x80) return scm_ascii_is_upper((unsigned char)cp);
    if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
    if (cp >= 0x100 && cp <= 0x17F) {
        if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return 0; /* ĸ ŉ ſ */
        if (cp == 0x178) return 1;                              /* Ÿ */
        if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
            return (cp & 1) == 1;
        return (cp & 1) == 0;
    }
    if (cp >= 0x218 && cp <= 0x21B) return (cp & 1) == 0; /* Ș ș Ț ț */
    if (cp == 0x18F) return 1;                             /* Ə */
    if (cp >= 0x1EA0 && cp <= 0x1EF9) return (cp & 1) == 0; /* Ạ … Ỹ */
    if (cp >= 0x391 && cp <= 0x3A9) return 1;
    if (cp >= 0x400 && cp <= 0x42F) return 1;
    return 0;
}

/* The last 1..7 bytes of a string as one integer, for hashing eight bytes
 * at a time: two overlapping 4-byte loads, or the first, middle and last
 * byte under 4 (hashes start from the length, so every byte counts).
 * n must be 1..7. */
static inline uint64_t scm_tail_bytes(const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        return (uint64_t)a << 32 | b;
    }
    return (uint64_t)u[0] << 16 | (uint64_t)u[n / 2] << 8 | u[n - 1];
}

#endif
