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

#include <stddef.h>
#include <stdint.h>

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

/* Scan text[start, stop) and append its words to `out`; 0 or -1 (memory). */
int scm_words_scan(const char *text, size_t start, size_t stop,
                   scm_wordvec *out);

/* First words of a lexicon list's multi-word entries, so that multi-word
 * look-ups are tried only where one can start. */
typedef struct scm_phrase_index {
    struct scm_phrase_slot {
        const char *word;
        size_t len;
    } *slots;
    size_t mask; /* slots - 1 (a power of two), 0 when empty */
    size_t maxwords;
    scm_lex_list list;
} scm_phrase_index;

int scm_phrase_index_build(scm_phrase_index *ix, const scm_lexicon *lex,
                           scm_lex_list list);
void scm_phrase_index_free(scm_phrase_index *ix);

/* Longest entry of the index's list made of words w[i..i+k) (joined by
 * single spaces, punctuation ends a phrase).  Returns k (0 when none) and
 * sets *cls to the entry's class (may be NULL).  `key` is scratch. -1 on
 * out of memory. */
long scm_phrase_match(const scm_phrase_index *ix, const scm_lexicon *lex,
                      const char *text, const scm_word *w, size_t i,
                      size_t n, scm_buf *key, const char **cls);

/* Exact and ASCII case-insensitive comparisons of a word with s. */
int scm_word_is(const char *text, const scm_word *w, const char *s);
int scm_word_ieq(const char *text, const scm_word *w, const char *s);
/* 1 if the word (exact bytes) is in a NULL-terminated list. */
int scm_word_in(const char *text, const scm_word *w,
                const char *const *list);
int scm_bytes_in(const char *s, size_t len, const char *const *list);
int scm_word_punct(const scm_word *w, char c);
/* Bytes of a possessive ending ("'s", "’s") on a word, else 0. */
size_t scm_possessive_len(const char *text, const scm_word *w);

/* malloc'd copy of s[0..len) with a NUL, or NULL. */
char *scm_xstrndup(const char *s, size_t len);

#endif
