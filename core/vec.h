/* vec.h -- growable arrays and byte buffers for the core.
 *
 * Small and inline because every stage appends in its hot loop.  A vector
 * is any struct with `items`, `len` and `cap` members; SCM_VEC_PUSH grows it
 * geometrically and evaluates to 0, or -1 when memory runs out (the vector
 * is left as it was, so the caller can free it and report). */
#ifndef SCM_VEC_H
#define SCM_VEC_H

#include <stdlib.h>
#include <string.h>

#define SCM_VEC(T)                                                            \
    struct {                                                                  \
        T *items;                                                             \
        size_t len, cap;                                                      \
    }

/* Make room for `need` items in total; 0 or -1. */
static inline int scm_vec_reserve_(void **items, size_t *cap, size_t need,
                                   size_t elem) {
    size_t ncap;
    void *p;
    if (need <= *cap) return 0;
    ncap = *cap ? *cap : 16;
    while (ncap < need) {
        if (ncap > ((size_t)-1) / 2 / elem) return -1;
        ncap *= 2;
    }
    p = realloc(*items, ncap * elem);
    if (!p) return -1;
    *items = p;
    *cap = ncap;
    return 0;
}

#define SCM_VEC_RESERVE(v, n)                                                 \
    scm_vec_reserve_((void **)&(v)->items, &(v)->cap, (n), sizeof *(v)->items)

#define SCM_VEC_PUSH(v, x)                                                    \
    (((v)->len < (v)->cap || SCM_VEC_RESERVE((v), (v)->len + 1) == 0)         \
         ? ((v)->items[(v)->len++] = (x), 0)                                  \
         : -1)

#define SCM_VEC_FREE(v)                                                       \
    do {                                                                      \
        free((v)->items);                                                     \
        (v)->items = NULL;                                                    \
        (v)->len = (v)->cap = 0;                                              \
    } while (0)

/* A byte buffer: a vector of char that keeps a NUL after its contents. */
typedef SCM_VEC(char) scm_buf;

static inline int scm_buf_append(scm_buf *b, const char *s, size_t n) {
    if (SCM_VEC_RESERVE(b, b->len + n + 1) != 0) return -1;
    if (n) memcpy(b->items + b->len, s, n);
    b->len += n;
    b->items[b->len] = '\0';
    return 0;
}

static inline int scm_buf_putc(scm_buf *b, char c) {
    return scm_buf_append(b, &c, 1);
}

#endif
