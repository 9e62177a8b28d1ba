/* wordset.c -- open addressing with linear probing, load factor <= 1/2.
 *
 * Linear probing keeps a probe inside one or two cache lines; at half load
 * the expected probe length stays near 1.5 for hits.  Keys are never
 * removed, so no tombstones are needed. */
#include <stdlib.h>
#include <string.h>

#include <xxhash.h>

#include "wordset.h"

static size_t pow2_at_least(size_t n) {
    size_t c = 16;
    while (c < n) {
        if (c > ((size_t)-1) / 4 / sizeof(scm_wordset_slot)) return 0;
        c *= 2;
    }
    return c;
}

/* Move every key into a fresh table of `ncap` slots. */
static int rehash(scm_wordset *ws, size_t ncap) {
    scm_wordset_slot *ns = calloc(ncap, sizeof *ns);
    size_t i, mask = ncap - 1;
    if (!ns) return -1;
    for (i = 0; i < ws->cap; i++) {
        const scm_wordset_slot *s = &ws->slots[i];
        size_t j;
        if (!s->key) continue;
        j = (size_t)s->hash & mask;
        while (ns[j].key)
            j = (j + 1) & mask;
        ns[j] = *s;
    }
    free(ws->slots);
    ws->slots = ns;
    ws->cap = ncap;
    return 0;
}

int scm_wordset_init(scm_wordset *ws, size_t expected) {
    size_t cap;
    memset(ws, 0, sizeof *ws);
    if (expected == 0) return 0;
    cap = pow2_at_least(expected * 2);
    if (cap == 0) return -1;
    return rehash(ws, cap);
}

void scm_wordset_free(scm_wordset *ws) {
    free(ws->slots);
    memset(ws, 0, sizeof *ws);
}

void scm_wordset_clear(scm_wordset *ws) {
    if (ws->slots) memset(ws->slots, 0, ws->cap * sizeof *ws->slots);
    ws->len = 0;
}

/* Slot of the key, or of the empty slot where it would go. */
static scm_wordset_slot *probe(const scm_wordset *ws, uint64_t h,
                               const char *key, size_t len) {
    size_t mask = ws->cap - 1, j = (size_t)h & mask;
    for (;;) {
        scm_wordset_slot *s = &ws->slots[j];
        if (!s->key) return s;
        if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0)
            return s;
        j = (j + 1) & mask;
    }
}

uint32_t *scm_wordset_insert(scm_wordset *ws, const char *key, size_t len) {
    uint64_t h;
    scm_wordset_slot *s;
    if (len > UINT32_MAX) return NULL;
    if ((ws->len + 1) * 2 > ws->cap) {
        size_t ncap = ws->cap ? ws->cap * 2 : 16;
        if (ncap < ws->cap || rehash(ws, ncap) != 0) return NULL;
    }
    h = XXH3_64bits(key, len);
    s = probe(ws, h, key, len);
    if (!s->key) {
        /* an empty key still needs a non-NULL pointer to mark the slot */
        s->key = key ? key : "";
        s->len = (uint32_t)len;
        s->hash = h;
        s->count = 0;
        ws->len++;
    }
    return &s->count;
}

uint32_t *scm_wordset_find(const scm_wordset *ws, const char *key, size_t len) {
    scm_wordset_slot *s;
    if (ws->len == 0 || len > UINT32_MAX) return NULL;
    s = probe(ws, XXH3_64bits(key, len), key, len);
    return s->key ? &s->count : NULL;
}

int scm_wordset_add(scm_wordset *ws, const char *key, size_t len, uint32_t n) {
    uint32_t *c = scm_wordset_insert(ws, key, len);
    if (!c) return -1;
    *c = (*c > UINT32_MAX - n) ? UINT32_MAX : *c + n;
    return 0;
}

uint32_t scm_wordset_count(const scm_wordset *ws, const char *key, size_t len) {
    const uint32_t *c = scm_wordset_find(ws, key, len);
    return c ? *c : 0;
}

int scm_wordset_has(const scm_wordset *ws, const char *key, size_t len) {
    return scm_wordset_find(ws, key, len) != NULL;
}

const scm_wordset_slot *scm_wordset_next(const scm_wordset *ws, size_t *pos) {
    while (*pos < ws->cap) {
        const scm_wordset_slot *s = &ws->slots[(*pos)++];
        if (s->key) return s;
    }
    return NULL;
}
