/* ifind.h -- scm_ascii_ifind for the extractors' longer scans.
 *
 * The same answer as scm_ascii_ifind (../utf8.h): the first place of
 * `needle` in s[0..n), ASCII case folded.  That one folds and compares at
 * every byte; this one looks only at the places where the needle's first
 * byte (in either case) stands, sixteen bytes at a time where SSE2 is
 * there.  The document-wide questions of acts.c ("Heads of State and
 * Government of …" in a paragraph, "led by" in each sentence) read a few
 * hundred bytes per needle, many needles per document: a scan per byte
 * was a tenth of the acts stage. */
#ifndef SCM_EXTRACT_IFIND_H
#define SCM_EXTRACT_IFIND_H

#include <stddef.h>
#include <string.h>

#include "../utf8.h"

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

static inline const char *scm_ifind(const char *s, size_t n,
                                    const char *needle) {
    size_t m = strlen(needle), i = 0, last, j;
    unsigned char lo, up;
    if (m > n) return NULL;
    if (m == 0) return s;
    /* the bytes that fold to the needle's first: a letter in both cases,
     * any other byte itself */
    lo = scm_ascii_lower((unsigned char)needle[0]);
    up = scm_ascii_is_lower(lo) ? (unsigned char)(lo - 32) : lo;
    last = n - m; /* the last place the needle can start */
    for (;;) {
#if defined(__SSE2__) && defined(__GNUC__)
        {
            const __m128i vlo = _mm_set1_epi8((char)lo);
            const __m128i vup = _mm_set1_epi8((char)up);
            unsigned bits = 0;
            while (i + 16 <= n) {
                __m128i x =
                    _mm_loadu_si128((const __m128i *)(const void *)(s + i));
                bits = (unsigned)_mm_movemask_epi8(_mm_or_si128(
                    _mm_cmpeq_epi8(x, vlo), _mm_cmpeq_epi8(x, vup)));
                if (bits) break;
                i += 16;
            }
            if (bits) {
                i += (size_t)__builtin_ctz(bits);
            } else {
                while (i <= last && (unsigned char)s[i] != lo &&
                       (unsigned char)s[i] != up)
                    i++;
            }
        }
#else
        while (i <= last && (unsigned char)s[i] != lo &&
               (unsigned char)s[i] != up)
            i++;
#endif
        if (i > last) return NULL;
        for (j = 1; j < m && scm_ascii_lower((unsigned char)s[i + j]) ==
                                 scm_ascii_lower((unsigned char)needle[j]);
             j++)
            ;
        if (j == m) return s + i;
        i++;
    }
}

#endif
