/* lexicon.c -- the word lists: built-in tables plus the user's additions.
 *
 * Each list is an array of words (built-ins point at the generated const
 * strings, additions are malloc'd) and an open-addressing index of word
 * numbers.  The extractors look up many words, so the hash reads eight
 * bytes at a time and folds ASCII case eight bytes at once (fold8), which
 * spares a lower-cased copy. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "utf8.h"

typedef struct lex_word {
    const char *word; /* NUL-terminated */
    const char *cls;  /* NULL when none */
    size_t len;
    unsigned word_owned : 1, cls_owned : 1;
} lex_word;

typedef struct lex_list {
    lex_word *words;
    size_t len, cap;
    /* word number + 1 in the low 32 bits (0 = empty), the high 32 bits of
     * the word's hash above them: a probe compares those before it reads
     * the word */
    uint64_t *index;
    size_t index_cap; /* power of two, >= 2 * len */
    int fold;         /* compare ASCII case-insensitively */
} lex_list;

/* A list's derived data (scm_lexicon_set_derived): a cache, kept apart
 * from the list so that it alone is written through a const lexicon. */
typedef struct lex_derived {
    void *data;
    void (*free_fn)(void *);
    unsigned version; /* scm_lexicon_add calls on the list */
} lex_derived;

struct scm_lexicon {
    lex_list lists[SCM_LEX_NLISTS];
    lex_derived derived[SCM_LEX_NLISTS];
};

/* Names double as file names: core/lexicon/NAME.tsv.  Keyed by id so that a
 * list added to the enum without a name here is simply unnamed. */
static const char *const list_names[SCM_LEX_NLISTS] = {
    [SCM_LEX_TITLE_ABBREV] = "title-abbreviation",
    [SCM_LEX_ABBREV] = "abbreviation",
    [SCM_LEX_STARTER] = "starter",
    [SCM_LEX_COMPOUND_PREFIX] = "compound-prefix",
    [SCM_LEX_VERB] = "verb",
    [SCM_LEX_TITLE] = "title",
    [SCM_LEX_PARTY] = "party",
    [SCM_LEX_FAMILY_NAME] = "family-name",
    [SCM_LEX_FAMILY_FIRST_PARTY] = "family-first-party",
    [SCM_LEX_REF_HEAD] = "reference-head",
    [SCM_LEX_REF_TRAILING] = "reference-trailing",
    [SCM_LEX_SPEAKER_BODY] = "speaker-body",
    [SCM_LEX_STANCE] = "stance",
    [SCM_LEX_GIVEN_NAME] = "given-name",
};

static unsigned char fold_byte(unsigned char c) {
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c;
}

/* ASCII capitals of eight bytes to lower case at once: a byte gets 0x20
 * when its low seven bits are 'A'..'Z' and its high bit is clear (the
 * additions cannot carry out of a byte). */
static uint64_t fold8(uint64_t v) {
    const uint64_t high = 0x8080808080808080u, low7 = ~high;
    const uint64_t ge_a = (v & low7) + 0x3F3F3F3F3F3F3F3Fu;   /* >= 'A' */
    const uint64_t gt_z = (v & low7) + 0x2525252525252525u;   /* >  'Z' */
    return v | ((ge_a & ~gt_z & ~v & high) >> 2);
}

/* Eight bytes at a time (a look-up per word boundary adds up); folded
 * lists hash the folded bytes. */
static uint64_t hash_word(const char *s, size_t len, int fold) {
    uint64_t h = 0x9E3779B97F4A7C15u ^ len, v;
    while (len >= 8) {
        memcpy(&v, s, 8);
        if (fold) v = fold8(v);
        h = (h ^ v) * 0xFF51AFD7ED558CCDu;
        h ^= h >> 29;
        s += 8;
        len -= 8;
    }
    if (len) {
        v = scm_tail_bytes(s, len);
        if (fold) v = fold8(v);
        h = (h ^ v) * 0xFF51AFD7ED558CCDu;
    }
    h ^= h >> 32;
    return h;
}

static int same_word(const char *a, const char *b, size_t len, int fold) {
    size_t i;
    if (!fold) return memcmp(a, b, len) == 0;
    for (i = 0; i < len; i++)
        if (fold_byte((unsigned char)a[i]) != fold_byte((unsigned char)b[i]))
            return 0;
    return 1;
}

#define SLOT_WORD(v) ((uint32_t)(v)) /* word number + 1 of a slot */
#define HASH_TAG(h) ((h) >> 32 << 32)  /* a hash's part kept in a slot */

/* Slot of the word in the index, or of the empty slot where it goes (with
 * the word's HASH_TAG in *tag, for a new slot). */
static uint64_t *index_slot(const lex_list *l, const char *w, size_t len,
                            uint64_t *tag) {
    size_t mask = l->index_cap - 1;
    uint64_t h = hash_word(w, len, l->fold);
    size_t j = (size_t)h & mask;
    *tag = HASH_TAG(h);
    for (;;) {
        uint64_t *slot = &l->index[j];
        const lex_word *e;
        if (*slot == 0) return slot;
        if (HASH_TAG(*slot) == *tag) {
            e = &l->words[SLOT_WORD(*slot) - 1];
            if (e->len == len && same_word(e->word, w, len, l->fold))
                return slot;
        }
        j = (j + 1) & mask;
    }
}

static int grow_index(lex_list *l) {
    size_t ncap = l->index_cap ? l->index_cap * 2 : 64, i;
    uint64_t *old = l->index, tag;
    size_t old_cap = l->index_cap;
    uint64_t *ni = calloc(ncap, sizeof *ni);
    if (!ni) return -1;
    l->index = ni;
    l->index_cap = ncap;
    for (i = 0; i < old_cap; i++) {
        if (old[i]) {
            const lex_word *e = &l->words[SLOT_WORD(old[i]) - 1];
            *index_slot(l, e->word, e->len, &tag) = old[i];
        }
    }
    free(old);
    return 0;
}

static void free_word(lex_word *e) {
    if (e->word_owned) free((void *)(uintptr_t)e->word);
    if (e->cls_owned) free((void *)(uintptr_t)e->cls);
}

static char *dup_bytes(const char *s, size_t len) {
    char *p = malloc(len + 1);
    if (!p) return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

/* Abbreviations are stored without their final period. */
static int strips_period(scm_lex_list list) {
    return list == SCM_LEX_TITLE_ABBREV || list == SCM_LEX_ABBREV;
}

/* Insert or update one word.  `copy`: the strings are the caller's and must
 * be copied (a user addition); otherwise they are static built-ins. */
static int insert(lex_list *l, const char *word, size_t len, const char *cls,
                  int copy) {
    uint64_t *slot, tag;
    lex_word e;
    if (len == 0) return 0;
    if (len > UINT32_MAX / 2) return -1;
    if ((l->len + 1) * 2 > l->index_cap && grow_index(l) != 0) return -1;
    slot = index_slot(l, word, len, &tag);
    if (*slot) {
        /* known word: a new class replaces the old one */
        lex_word *old = &l->words[SLOT_WORD(*slot) - 1];
        const char *ncls = cls;
        if (!cls) return 0;
        if (copy && !(ncls = dup_bytes(cls, strlen(cls)))) return -1;
        if (old->cls_owned) free((void *)(uintptr_t)old->cls);
        old->cls = ncls;
        old->cls_owned = copy ? 1u : 0u;
        return 0;
    }
    if (l->len == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 64;
        lex_word *nw = realloc(l->words, ncap * sizeof *nw);
        if (!nw) return -1;
        l->words = nw;
        l->cap = ncap;
    }
    memset(&e, 0, sizeof e);
    e.len = len;
    if (copy) {
        char *w = dup_bytes(word, len);
        char *c = NULL;
        if (!w) return -1;
        if (cls && !(c = dup_bytes(cls, strlen(cls)))) {
            free(w);
            return -1;
        }
        e.word = w;
        e.cls = c;
        e.word_owned = 1;
        e.cls_owned = c != NULL;
    } else {
        e.word = word;
        e.cls = cls;
    }
    l->words[l->len++] = e;
    *slot = tag | (uint32_t)l->len;
    return 0;
}

scm_lexicon *scm_lexicon_new(void) {
    scm_lexicon *lex = calloc(1, sizeof *lex);
    size_t i, j;
    if (!lex) return NULL;
    lex->lists[SCM_LEX_STARTER].fold = 1;
    lex->lists[SCM_LEX_COMPOUND_PREFIX].fold = 1;
    for (i = 0; i < scm_lex_builtin_nlists; i++) {
        const scm_lex_builtin_list *b = &scm_lex_builtin_lists[i];
        int id = scm_lexicon_list_id(b->name);
        if (id < 0) continue;
        for (j = 0; j < b->count; j++) {
            const char *w = b->words[j].word;
            if (insert(&lex->lists[id], w, strlen(w), b->words[j].cls, 0)) {
                scm_lexicon_free(lex);
                return NULL;
            }
        }
    }
    return lex;
}

static void derived_clear(lex_derived *d) {
    if (d->data && d->free_fn) d->free_fn(d->data);
    d->data = NULL;
    d->free_fn = NULL;
}

void scm_lexicon_free(scm_lexicon *lex) {
    int i;
    size_t j;
    if (!lex) return;
    for (i = 0; i < SCM_LEX_NLISTS; i++) {
        lex_list *l = &lex->lists[i];
        derived_clear(&lex->derived[i]);
        for (j = 0; j < l->len; j++)
            free_word(&l->words[j]);
        free(l->words);
        free(l->index);
    }
    free(lex);
}

static int valid_list(scm_lex_list list) {
    return (int)list >= 0 && list < SCM_LEX_NLISTS;
}

int scm_lexicon_add(scm_lexicon *lex, scm_lex_list list, const char *word,
                    size_t len, const char *cls) {
    if (!lex || !valid_list(list) || !word) return -1;
    /* whatever was derived from the list is stale (even if the insert
     * fails half-way: a rebuild is only slower) */
    derived_clear(&lex->derived[list]);
    lex->derived[list].version++;
    if (strips_period(list) && len > 0 && word[len - 1] == '.') len--;
    return insert(&lex->lists[list], word, len, cls, 1);
}

void *scm_lexicon_derived(const scm_lexicon *lex, scm_lex_list list,
                          unsigned *version) {
    if (version) *version = 0;
    if (!lex || !valid_list(list)) return NULL;
    if (version) *version = lex->derived[list].version;
    return lex->derived[list].data;
}

int scm_lexicon_set_derived(const scm_lexicon *lex, scm_lex_list list,
                            void *data, void (*free_fn)(void *)) {
    lex_derived *d;
    if (!lex || !valid_list(list)) return -1;
    /* the cache is the one mutable part of a const lexicon (lexicon.h) */
    d = (lex_derived *)(uintptr_t)&lex->derived[list];
    if (d->data != data) derived_clear(d);
    d->data = data;
    d->free_fn = free_fn;
    return 0;
}

static const lex_word *lookup(const scm_lexicon *lex, scm_lex_list list,
                              const char *word, size_t len) {
    const lex_list *l;
    const uint64_t *slot;
    uint64_t tag;
    if (!lex || !valid_list(list) || !word) return NULL;
    if (strips_period(list) && len > 0 && word[len - 1] == '.') len--;
    l = &lex->lists[list];
    if (len == 0 || l->len == 0) return NULL;
    slot = index_slot(l, word, len, &tag);
    return *slot ? &l->words[SLOT_WORD(*slot) - 1] : NULL;
}

int scm_lexicon_has(const scm_lexicon *lex, scm_lex_list list, const char *word,
                    size_t len) {
    return lookup(lex, list, word, len) != NULL;
}

const char *scm_lexicon_class(const scm_lexicon *lex, scm_lex_list list,
                              const char *word, size_t len) {
    const lex_word *e = lookup(lex, list, word, len);
    return e ? e->cls : NULL;
}

/* The word left + glue + right ("counter" "part", "so" "-" "called") is
 * listed with class `want`. */
static int listed_as(const scm_lexicon *lex, const char *left, size_t left_len,
                     const char *glue, const char *right, size_t right_len,
                     const char *want) {
    char buf[64];
    const char *cls;
    size_t g = strlen(glue);
    if (left_len + g + right_len > sizeof buf) return 0;
    memcpy(buf, left, left_len);
    memcpy(buf + left_len, glue, g);
    memcpy(buf + left_len + g, right, right_len);
    cls = scm_lexicon_class(lex, SCM_LEX_COMPOUND_PREFIX, buf,
                            left_len + g + right_len);
    return cls && strcmp(cls, want) == 0;
}

int scm_lexicon_compound(const scm_lexicon *lex, const char *left,
                         size_t left_len, const char *right,
                         size_t right_len, int right_seen) {
    /* what a syllable break leaves on the next line */
    static const char *const suffixes[] = {
        "ment", "ments", "ing", "ings", "ed", "er", "ers", "ly", "ness",
        "ure", "al", "en", "ened", "ening", "ion", "ions",
        /* "direct-" + "ive", "direct-" + "or" */
        "ive", "ives", "or", "ors", "orate",
        /* "real-" + "ity", "solid-" + "ify", "liquid-" + "ity" (session 15) */
        "ity", "ities", "ify", "ified", "ification",
        /* "north-" + "ern", "east-" + "erly" (session 20) */
        "ern", "erly", NULL};
    const char *cls;
    size_t k;
    if (!lex || left_len == 0) return 0;
    /* listed whole ("counterpart"), or with its hyphen ("so-called",
     * whatever else the document writes) */
    if (listed_as(lex, left, left_len, "", right, right_len, "joined")) return -1;
    if (listed_as(lex, left, left_len, "-", right, right_len, "hyphened")) return 1;
    /* "Armenian-" + "flagged", "Japan-" + "led": a party's name or
     * adjective, capitalised, opens a compound -- unless what follows
     * makes the adjective ("Niger-" + "ian", "Sudan-" + "ese") */
    if (left[0] >= 'A' && left[0] <= 'Z' && right_len >= 2 &&
        scm_lexicon_has(lex, SCM_LEX_PARTY, left, left_len)) {
        static const char *const endings[] = {"ian", "ians", "ese", "an",
                                              "ans", "ish", "ic", "ien",
                                              "ienne", "ois", "i", NULL};
        for (k = 0; endings[k]; k++)
            if (strlen(endings[k]) == right_len &&
                strncasecmp(endings[k], right, right_len) == 0)
                return 0;
        return 1;
    }
    if (!scm_lexicon_has(lex, SCM_LEX_COMPOUND_PREFIX, left, left_len))
        return 0;
    cls = scm_lexicon_class(lex, SCM_LEX_COMPOUND_PREFIX, left, left_len);
    /* a word written whole is itself no prefix ("counterpart-") */
    if (cls && strcmp(cls, "joined") == 0) return 0;
    if (cls && strcmp(cls, "bound") == 0) return right_seen;
    for (k = 0; suffixes[k]; k++)
        if (strlen(suffixes[k]) == right_len &&
            strncasecmp(suffixes[k], right, right_len) == 0)
            return 0;
    return 1;
}

int scm_lexicon_list_id(const char *name) {
    int i;
    if (!name) return -1;
    for (i = 0; i < SCM_LEX_NLISTS; i++)
        if (list_names[i] && strcmp(name, list_names[i]) == 0) return i;
    return -1;
}

const char *scm_lexicon_list_name(scm_lex_list list) {
    return valid_list(list) ? list_names[list] : NULL;
}

size_t scm_lexicon_count(const scm_lexicon *lex, scm_lex_list list) {
    if (!lex || !valid_list(list)) return 0;
    return lex->lists[list].len;
}

const char *scm_lexicon_word(const scm_lexicon *lex, scm_lex_list list,
                             size_t i, const char **cls) {
    const lex_word *e;
    if (cls) *cls = NULL;
    if (!lex || !valid_list(list) || i >= lex->lists[list].len) return NULL;
    e = &lex->lists[list].words[i];
    if (cls) *cls = e->cls;
    return e->word;
}
