/* wordscan.h -- the small word scanner the header, people and acts
 * extractors share.
 *
 * The extractors need words with their exact edges ("U.S." keeps its
 * period, "Kim," does not keep its comma, "People’s" keeps its apostrophe)
 * and phrase look-ups in the lexicon ("Minister of National Defense") at
 * capitalised words only.  Scanning a sentence again here is linear and
 * keeps these rules in one place, independent of the segmenter's token
 * choices. */
#ifndef SCM_EXTRACT_WORDSCAN_H
#define SCM_EXTRACT_WORDSCAN_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "../document.h"
#include "../lexicon.h"
#include "../types.h"
#include "../vec.h"

enum { SCM_W_WORD = 0, SCM_W_NUMBER, SCM_W_PUNCT };

typedef struct scm_word {
    scm_off start, stop;
    uint8_t kind;  /* SCM_W_WORD, SCM_W_NUMBER, SCM_W_PUNCT */
    uint8_t cap;   /* begins with an upper-case letter */
    uint8_t lower; /* holds a lower-case letter */
    char punct;    /* PUNCT: the ASCII character; dashes are '-', curly
                      quotes '"' and '\'' , other symbols '?' */
} scm_word;

typedef SCM_VEC(scm_word) scm_wordvec;

/* The words of one document's paragraphs, each paragraph scanned once, on
 * first request.  scm_extract_run keeps one in scm_extract.cache while the
 * header, people and acts extractors run.  _new returns NULL when out of
 * memory; _free takes NULL. */
typedef struct scm_extract_cache scm_words_cache;
scm_words_cache *scm_words_cache_new(const scm_doc *doc);
void scm_words_cache_free(scm_words_cache *c);

/* Scan text[start, stop) and append its words to `out`; 0 or -1 (memory).
 * With a cache (may be NULL) made for the document whose text this is,
 * ranges are answered from its paragraphs' words: the same words, faster. */
int scm_words_scan(scm_words_cache *cache, const char *text, size_t start,
                   size_t stop, scm_wordvec *out);

/* One lexicon list indexed for an extraction: every entry (multi-word
 * entries with '_' or ' ' joiners, both read as ' ') with its class, and
 * the first words of multi-word entries, so that multi-word look-ups are
 * tried only where one can start. */
enum { SCM_PHRASE_ENTRY = 1, SCM_PHRASE_FIRST = 2 };
typedef struct scm_phrase_index {
    /* one slot per key, which may be an entry, the first word of
     * multi-word entries, or both ("Minister"): one probe answers both */
    struct scm_phrase_slot {
        char *word; /* malloc'd key */
        size_t len;
        unsigned roles; /* SCM_PHRASE_ENTRY, SCM_PHRASE_FIRST */
        const char *cls; /* entry: its class */
        unsigned flags;  /* entry (word sets): bit i for lists[i] */
        size_t words;    /* first: the most words of an entry it begins */
        uint32_t lens;   /* first: bit k for each k-word entry it begins
                            (bit 31 for 31 words or more) */
    } *slots;
    /* per slot: 0 when empty, else 16 bits of the key's hash; probes read
     * these (a few KB) and touch a slot only on a match, since the slots
     * of a big list do not stay in the cache */
    uint16_t *tags;
    size_t mask; /* slots - 1 (a power of two) */
    size_t maxwords;
    /* a filter of the keys' first two bytes (scm_phrase_may_start): bit
     * set for every key's, so a clear bit rules out a look-up */
    uint64_t starts[64];
    scm_lex_list list;
    /* a lexicon list's table is lent by the lexicon, which keeps it (see
     * scm_lexicon_derived): then read-only, and scm_phrase_index_free
     * only forgets it */
    int borrowed;
    const scm_lexicon *lex;
} scm_phrase_index;

int scm_phrase_index_build(scm_phrase_index *ix, const scm_lexicon *lex,
                           scm_lex_list list);
void scm_phrase_index_free(scm_phrase_index *ix);
/* Index each class as an entry of its own ("Secretary of Defense" ->
 * "Secretary" makes "Secretary" a title too).  0 or -1 (memory). */
int scm_phrase_index_add_classes(scm_phrase_index *ix);

/* A set of the words of NULL-terminated lists (a NULL-terminated array
 * of them), for membership tests faster than a linear scan. */
int scm_phrase_index_words(scm_phrase_index *ix,
                           const char *const *const *lists);
int scm_phrase_has_word(const scm_phrase_index *ix, const char *text,
                        const scm_word *w);

/* Such a set of closed lists, built once per process on first use and
 * shared read-only by every extraction; freed when the module is
 * unloaded, so that leak checkers see no loss.  Declare one with
 * `static scm_shared_words x = SCM_SHARED_WORDS(lists);`. */
typedef struct scm_shared_words {
    const char *const *const *lists;
    pthread_mutex_t lock;
    /* 0 not built, 1 built, -1 failed; read without the lock once set
     * (acquire, after the build's release): a lock per look-up cost more
     * than the look-up for the callers that ask at every word */
    _Atomic int state;
    scm_phrase_index index;
    struct scm_shared_words *next; /* the built sets, for the unload */
} scm_shared_words;
#define SCM_SHARED_WORDS(lists) {(lists), PTHREAD_MUTEX_INITIALIZER, 0, {0}, NULL}
/* The set, built if need be; NULL when it could not be (memory): the
 * caller then builds one of its own or scans the lists. */
const scm_phrase_index *scm_shared_words_get(scm_shared_words *s);
/* Word sets: the bits (1 << i for lists[i]) of the lists holding w. */
unsigned scm_phrase_word_flags(const scm_phrase_index *ix, const char *text,
                               const scm_word *w);
/* The same for the bytes s[0..n): a faster scm_bytes_in for long lists. */
unsigned scm_phrase_bytes_flags(const scm_phrase_index *ix, const char *s,
                                size_t n);

/* Longest entry made of words w[i..i+k) (joined by single spaces;
 * punctuation ends a phrase; a final possessive may be dropped).  Returns
 * k (0 when none) and sets *cls to the entry's class (may be NULL).  `key`
 * is scratch.  -1 on out of memory. */
long scm_phrase_match(const scm_phrase_index *ix, const char *text,
                      const scm_word *w, size_t i, size_t n, scm_buf *key,
                      const char **cls);
/* The bit of scm_phrase_index.starts for a key beginning with s[0..n). */
static inline size_t scm_phrase_start_bit(const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    return ((size_t)u[0] << 6 | (n > 1 ? u[1] & 63u : 0)) & 4095u;
}
/* 0 when no key (entry or first word) begins with the first two bytes of
 * s[0..n) (one byte when n is 1): then no look-up of s, or of a word
 * sharing that beginning, can succeed.  1 when one may.  Inline: it
 * rules out most words before a look-up. */
static inline int scm_phrase_may_start(const scm_phrase_index *ix,
                                       const char *s, size_t n) {
    size_t b;
    if (!n) return 1;
    b = scm_phrase_start_bit(s, n);
    return (int)((ix->starts[b / 64] >> (b % 64)) & 1u);
}
/* One probe for s[0..n) in both of its roles: returns 0 unless it is the
 * first word of a multi-word entry, else a bit k for each entry of k
 * words it begins (bit 31 for 31 or more); sets *found and *cls as
 * scm_phrase_lookup does. */
uint32_t scm_phrase_probe(const scm_phrase_index *ix, const char *s,
                          size_t n, const char **cls, int *found);
/* Look up s[0..n) (words joined by single spaces), also without a final
 * period; *found set, the class returned. */
const char *scm_phrase_lookup(const scm_phrase_index *ix, const char *s,
                              size_t n, int *found);

/* s[0..n) is parties joined by hyphens ("ROK-U.S.", "U.S.-ROK"): the
 * class of each part in found[] (at most cap parts) and their number; 0
 * unless there are two or more and every part is an entry. */
size_t scm_phrase_hyphened(const scm_phrase_index *ix, const char *s, size_t n,
                           const char **found, size_t cap);

/* Exact and ASCII case-insensitive comparisons of a word with s.  The
 * small tests here are inline: the extractors call them for every word of
 * every sentence. */
static inline int scm_word_is(const char *text, const scm_word *w,
                              const char *s) {
    const char *p = text + w->start;
    size_t n = w->stop - w->start, i;
#if defined(__GNUC__)
    /* a literal (most calls): its length is known where this is inlined,
     * so the length is compared first and the bytes in one go */
    if (__builtin_constant_p(__builtin_strlen(s)))
        return n == __builtin_strlen(s) &&
               memcmp(p, s, __builtin_strlen(s)) == 0;
#endif
    if (p[0] != s[0]) return 0;
    /* a word holds no NUL, so a shorter s stops the loop at its own */
    for (i = 1; i < n; i++)
        if (p[i] != s[i]) return 0;
    return s[n] == '\0';
}
static inline unsigned scm_word_fold_(unsigned char c) {
    return c >= 'A' && c <= 'Z' ? c + 32u : c;
}
static inline int scm_word_ieq(const char *text, const scm_word *w,
                               const char *s) {
    const char *p = text + w->start;
    size_t n = w->stop - w->start, i;
#if defined(__GNUC__)
    if (__builtin_constant_p(__builtin_strlen(s)) && n != __builtin_strlen(s))
        return 0; /* a literal's length, known where this is inlined */
#endif
    /* no strlen: a word holds no NUL, so a shorter s ends at a mismatch */
    for (i = 0; i < n; i++)
        if (scm_word_fold_((unsigned char)p[i]) !=
            scm_word_fold_((unsigned char)s[i]))
            return 0;
    return s[n] == '\0';
}
/* 1 if the word (exact bytes) is in a NULL-terminated list. */
int scm_word_in(const char *text, const scm_word *w,
                const char *const *list);
int scm_bytes_in(const char *s, size_t len, const char *const *list);
static inline int scm_word_punct(const scm_word *w, char c) {
    return w->kind == SCM_W_PUNCT && w->punct == c;
}
/* The value of s[0..n) as a Roman numeral of two letters or more, 2 to
 * 199, written canonically ("LXII", "XXVIII", "CXC"); else 0. */
int scm_roman_value(const char *s, size_t n);
/* The value of s[0..n) as an ordinal: "44th", "fourth", "fortieth",
 * "Forty-Fourth" (any case); else 0. */
int scm_ordinal_value(const char *s, size_t n);
/* "Kingdom of", "Federal Republic of the": a state's formal style (up to
 * four capitalised words of list scm_state_form_words, "of", an optional
 * "the"; twice, "Republic of the Union of") at word j, before the state's
 * name.  The index of the name's first word, or j when there is none. */
size_t scm_state_form_skip(const char *text, const scm_word *w, size_t j,
                           size_t n);
/* A family name that opens with its particle in one word, in lower case:
 * "deBrum", "vanDyke", the Arabic article "al-Jubouri", "el-Sayed".  Read
 * as capitalised. */
int scm_particle_name(const char *t, const scm_word *w);

/* The case of the letter at p (ASCII, Latin-1, Latin Extended-A and the
 * Vietnamese letters): 1 upper, 0 lower, -1 neither or another script. */
int scm_latin_case(const unsigned char *p, const unsigned char *end);

/* Bytes of a possessive ending ("'s", "’s") on a word, else 0. */
static inline size_t scm_possessive_len(const char *text, const scm_word *w) {
    size_t n = w->stop - w->start;
    const unsigned char *s = (const unsigned char *)text + w->start;
    if (w->kind != SCM_W_WORD) return 0;
    if (n > 2 && s[n - 2] == '\'' && s[n - 1] == 's') return 2;
    if (n > 4 && s[n - 1] == 's' && s[n - 2] == 0x99 && s[n - 3] == 0x80 &&
        s[n - 4] == 0xE2)
        return 4;
    return 0;
}

/* The byte classes the acronym and reference lexers share. */
/* ASCII letters and digits (1), for the lexers' hot loops. */
extern const unsigned char scm_ascii_alnum[128];

/* Bytes of a UTF-8 punctuation or space sequence at p (dashes, quotes,
 * no-break space), 0 if none. */
static inline size_t scm_upunct(const unsigned char *p,
                                const unsigned char *end) {
    if (end - p >= 3 && p[0] == 0xE2 && (p[1] == 0x80 || p[1] == 0x81))
        return 3;
    if (end - p >= 2 && p[0] == 0xC2 && p[1] >= 0xA0 && p[1] <= 0xBF)
        return 2;
    return 0;
}

/* Does a word go on at p: an ASCII letter or digit, or a character
 * outside ASCII other than scm_upunct's punctuation and spaces?  For
 * whole-word tests: "Correia" is no word of "Correiaé" but is of
 * "Correia’s".  (scm_ascii_alnum has 128 entries: never index it with a
 * byte of 0x80 or more.) */
static inline int scm_word_at(const unsigned char *p,
                              const unsigned char *end) {
    if (*p < 0x80) return scm_ascii_alnum[*p];
    return scm_upunct(p, end) == 0;
}

/* Does a word end right before p (text starts at t)?  Backs over the
 * continuation bytes of a character outside ASCII to its lead byte. */
static inline int scm_word_before(const unsigned char *t,
                                  const unsigned char *p) {
    const unsigned char *q = p;
    if (q == t) return 0;
    q--;
    while (q > t && (*q & 0xC0) == 0x80) q--;
    return scm_word_at(q, p);
}

/* A right single quotation mark (’) at p. */
static inline int scm_is_rsquo(const unsigned char *p,
                               const unsigned char *end) {
    return end - p >= 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99;
}

/* The role of a title read with modifiers before it: the modifier words
 * [i, j) and the role of the title at j (tlen words), so that it is not
 * taken for the plain role: "Assistant" + "Minister" -> "Assistant
 * Minister"; a title that ends in its role word keeps its words: "Deputy
 * Foreign Minister" (not "Deputy Minister", someone else's role).  Written
 * to buf; its length, or 0 when it does not fit. */
size_t scm_modified_role(const char *text, const scm_word *w, size_t i,
                         size_t j, size_t tlen, const char *role, char *buf,
                         size_t cap);

/* Is s[0..n) one of the space-separated words of name? ("Faisal" in
 * "Faisal bin Saad Al Saud") */
int scm_name_has_word(const char *name, const char *s, size_t n);

/* malloc'd copy of s[0..len) with a NUL, or NULL. */
char *scm_xstrndup(const char *s, size_t len);

#endif
