/* wordset.h -- a small open-addressing hash map from byte strings to counts.
 *
 * Used for document evidence (which words the document writes in lower
 * case, which "X." it follows with a lower-case word).  Keys are borrowed:
 * the map stores a pointer and a length, so the bytes must outlive it (they
 * are normally the document's own text).  Hashing is XXH3; the table keeps
 * the hash of every key so that growing and probing compare hashes first. */
#ifndef SCM_WORDSET_H
#define SCM_WORDSET_H

#include <stddef.h>
#include <stdint.h>

typedef struct scm_wordset_slot {
    uint64_t hash;
    const char *key; /* NULL: empty slot */
    uint32_t len;
    uint32_t count;
} scm_wordset_slot;

typedef struct scm_wordset {
    scm_wordset_slot *slots;
    size_t cap; /* a power of two, or 0 before the first insert */
    size_t len; /* keys held */
} scm_wordset;

/* Zero the set and, when `expected` > 0, make room for that many keys.
 * 0, or -1 when out of memory (the set is then empty and valid). */
int scm_wordset_init(scm_wordset *ws, size_t expected);
void scm_wordset_free(scm_wordset *ws);
/* Forget every key but keep the memory. */
void scm_wordset_clear(scm_wordset *ws);

/* The count of `key`, inserting it with count 0 when absent; NULL when out
 * of memory.  The pointer is valid until the next insert. */
uint32_t *scm_wordset_insert(scm_wordset *ws, const char *key, size_t len);

/* The count of `key`, or NULL when absent. */
uint32_t *scm_wordset_find(const scm_wordset *ws, const char *key, size_t len);

/* count(key) += n (inserting it); 0, or -1 when out of memory. */
int scm_wordset_add(scm_wordset *ws, const char *key, size_t len, uint32_t n);

/* count(key), 0 when absent. */
uint32_t scm_wordset_count(const scm_wordset *ws, const char *key, size_t len);

/* 1 if the key is present (with any count). */
int scm_wordset_has(const scm_wordset *ws, const char *key, size_t len);

/* Iterate: start with *pos = 0; returns the next occupied slot or NULL. */
const scm_wordset_slot *scm_wordset_next(const scm_wordset *ws, size_t *pos);

#endif
