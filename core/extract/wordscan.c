/* wordscan.c -- words with exact edges, and lexicon phrase look-ups, for
 * the header, people and acts extractors. */
#include <stdlib.h>
#include <string.h>

#include "wordscan.h"

/* Abbreviations that keep their period when scanned as a word ("Dr.",
 * "Jr."); initials ("E.") and dotted forms ("U.S.", "D.C.") keep it too. */
static const char *const period_words[] = {
    "Dr", "Mr", "Mrs", "Ms", "Jr", "Sr", "St", "Gen", "Lt", "Col", "Adm",
    "Amb", "Gov", "Sen", "Rep", "Hon", "Prof", "Maj", "Capt", "Sgt", "Cdr",
    "No", "Nos", "Co", "Inc", "Ltd", "Corp", "vs", "Mt", "Ft", "Messrs",
    NULL};

char *scm_xstrndup(const char *s, size_t len) {
    char *p = malloc(len + 1);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

int scm_bytes_in(const char *s, size_t len, const char *const *list) {
    size_t i;
    for (i = 0; list[i]; i++)
        if (strlen(list[i]) == len && memcmp(list[i], s, len) == 0) return 1;
    return 0;
}

int scm_word_in(const char *text, const scm_word *w,
                const char *const *list) {
    return scm_bytes_in(text + w->start, w->stop - w->start, list);
}

int scm_word_is(const char *text, const scm_word *w, const char *s) {
    size_t n = strlen(s);
    return w->stop - w->start == n && memcmp(text + w->start, s, n) == 0;
}

static int ascii_lower(int c) {
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
}

int scm_word_ieq(const char *text, const scm_word *w, const char *s) {
    size_t n = strlen(s), i;
    if (w->stop - w->start != n) return 0;
    for (i = 0; i < n; i++)
        if (ascii_lower((unsigned char)text[w->start + i]) !=
            ascii_lower((unsigned char)s[i]))
            return 0;
    return 1;
}

size_t scm_possessive_len(const char *text, const scm_word *w) {
    size_t n = w->stop - w->start;
    const char *s = text + w->start;
    if (w->kind != SCM_W_WORD) return 0;
    if (n > 2 && s[n - 2] == '\'' && s[n - 1] == 's') return 2;
    if (n > 4 && memcmp(s + n - 4, "\xE2\x80\x99s", 4) == 0) return 4;
    return 0;
}

int scm_word_punct(const scm_word *w, char c) {
    return w->kind == SCM_W_PUNCT && w->punct == c;
}

/* Byte classes of the scanner. */
enum { C_SPACE, C_ALPHA, C_DIGIT, C_PUNCT };

/* Class of the character at p (< end) and its byte length; for PUNCT the
 * ASCII stand-in in *pc. */
static int char_class(const unsigned char *p, const unsigned char *end,
                      size_t *clen, char *pc) {
    unsigned c = p[0];
    *clen = 1;
    *pc = '?';
    if (c < 0x80) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
            c == '\v' || c == 0)
            return C_SPACE;
        if ((c | 32) >= 'a' && (c | 32) <= 'z') return C_ALPHA;
        if (c >= '0' && c <= '9') return C_DIGIT;
        *pc = (char)c;
        return C_PUNCT;
    }
    if (c == 0xC2 && p + 1 < end) {
        *clen = 2;
        if (p[1] == 0xA0) return C_SPACE;
        if (p[1] == 0xAB || p[1] == 0xBB) *pc = '"';
        return C_PUNCT;
    }
    if (c == 0xC3 && p + 1 < end && (p[1] == 0x97 || p[1] == 0xB7)) {
        *clen = 2;
        return C_PUNCT;
    }
    if (c == 0xE2 && p + 2 < end) {
        *clen = 3;
        if (p[1] == 0x80) {
            unsigned d = p[2];
            if (d <= 0x8B || d == 0xAF) return C_SPACE; /* thin spaces */
            if (d >= 0x90 && d <= 0x95) *pc = '-';
            else if (d >= 0x98 && d <= 0x9B) *pc = '\'';
            else if (d >= 0x9C && d <= 0x9F) *pc = '"';
            else if (d == 0xA6) *pc = '.';
        }
        return C_PUNCT;
    }
    if (c >= 0xC0) {
        size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (p + n > end) n = (size_t)(end - p);
        *clen = n;
        return C_ALPHA;
    }
    return C_ALPHA; /* stray continuation byte: part of a word */
}

static int is_upper_at(const unsigned char *p, const unsigned char *end) {
    if (p[0] >= 'A' && p[0] <= 'Z') return 1;
    return p[0] == 0xC3 && p + 1 < end && p[1] >= 0x80 && p[1] <= 0x9E &&
           p[1] != 0x97;
}

static int is_lower_at(const unsigned char *p, const unsigned char *end) {
    if (p[0] >= 'a' && p[0] <= 'z') return 1;
    return p[0] == 0xC3 && p + 1 < end && p[1] >= 0x9F && p[1] != 0xB7;
}

/* Is there a letter or digit at p? */
static int alnum_at(const unsigned char *p, const unsigned char *end) {
    size_t cl;
    char pc;
    int k;
    if (p >= end) return 0;
    k = char_class(p, end, &cl, &pc);
    return k == C_ALPHA || k == C_DIGIT;
}

int scm_words_scan(const char *text, size_t start, size_t stop,
                   scm_wordvec *out) {
    const unsigned char *base = (const unsigned char *)text;
    const unsigned char *p = base + start, *end = base + stop;
    while (p < end) {
        size_t cl;
        char pc;
        int k = char_class(p, end, &cl, &pc);
        scm_word w;
        if (k == C_SPACE) {
            p += cl;
            continue;
        }
        memset(&w, 0, sizeof w);
        w.start = (scm_off)(p - base);
        if (k == C_PUNCT) {
            w.kind = SCM_W_PUNCT;
            w.punct = pc;
            p += cl;
        } else {
            int dotted = 0, letters = 0, upper = 0;
            w.kind = k == C_DIGIT ? SCM_W_NUMBER : SCM_W_WORD;
            w.cap = (uint8_t)is_upper_at(p, end);
            for (;;) {
                if (p >= end) break;
                k = char_class(p, end, &cl, &pc);
                if (k == C_ALPHA || k == C_DIGIT) {
                    if (k == C_ALPHA) letters++;
                    if (is_lower_at(p, end)) w.lower = 1;
                    if (is_upper_at(p, end)) upper++;
                    p += cl;
                    continue;
                }
                if (k != C_PUNCT) break;
                /* inner joiners: . - ' ’ between letters or digits */
                if (pc == '.' || pc == '-' || pc == '\'' || pc == '/' ||
                    pc == ',') {
                    if ((pc == ',' || pc == '/') && w.kind != SCM_W_NUMBER)
                        break;
                    if (pc == '-' && cl == 3 && p[2] != 0x90 && p[2] != 0x91)
                        break; /* en and em dashes separate words */
                    if (pc == '\'' && cl == 3 && p[2] != 0x99) break;
                    if (alnum_at(p + cl, end)) {
                        if (pc == '.') dotted = 1;
                        p += cl;
                        continue;
                    }
                    if (pc == '.' && p + 2 < end && p[1] == '-' &&
                        alnum_at(p + 2, end)) {
                        dotted = 1;
                        p += 2;
                        continue;
                    }
                }
                break;
            }
            w.stop = (scm_off)(p - base);
            if (p < end && *p == '.' && w.kind == SCM_W_WORD) {
                size_t n = w.stop - w.start;
                if (dotted || (letters == 1 && upper == 1 && n == 1) ||
                    scm_bytes_in(text + w.start, n, period_words)) {
                    p++;
                    w.stop++;
                }
            }
            if (SCM_VEC_PUSH(out, w) != 0) return -1;
            continue;
        }
        w.stop = (scm_off)(p - base);
        if (SCM_VEC_PUSH(out, w) != 0) return -1;
    }
    return 0;
}

/* ---- phrase index ---- */

static size_t hash_bytes(const char *s, size_t n) {
    size_t h = 2166136261u, i;
    for (i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static int set_has(const scm_phrase_index *ix, const char *s, size_t n) {
    size_t h;
    if (!ix->mask) return 0;
    h = hash_bytes(s, n) & ix->mask;
    while (ix->slots[h].word) {
        if (ix->slots[h].len == n && memcmp(ix->slots[h].word, s, n) == 0)
            return 1;
        h = (h + 1) & ix->mask;
    }
    return 0;
}

int scm_phrase_index_build(scm_phrase_index *ix, const scm_lexicon *lex,
                           scm_lex_list list) {
    size_t count = scm_lexicon_count(lex, list), i, cap = 16;
    memset(ix, 0, sizeof *ix);
    ix->list = list;
    ix->maxwords = 1;
    while (cap < count * 2 + 2) cap *= 2;
    ix->slots = calloc(cap, sizeof *ix->slots);
    if (!ix->slots) return -1;
    ix->mask = cap - 1;
    for (i = 0; i < count; i++) {
        const char *cls;
        const char *wd = scm_lexicon_word(lex, list, i, &cls);
        size_t words = 1, j, h, flen;
        if (!wd) continue;
        flen = strcspn(wd, " _");
        if (!wd[flen]) continue;
        for (j = 0; wd[j]; j++)
            if ((wd[j] == ' ' || wd[j] == '_') && wd[j + 1] &&
                wd[j + 1] != ' ' && wd[j + 1] != '_')
                words++;
        if (words > ix->maxwords) ix->maxwords = words;
        if (set_has(ix, wd, flen)) continue;
        h = hash_bytes(wd, flen) & ix->mask;
        while (ix->slots[h].word) h = (h + 1) & ix->mask;
        ix->slots[h].word = wd;
        ix->slots[h].len = flen;
    }
    return 0;
}

void scm_phrase_index_free(scm_phrase_index *ix) {
    free(ix->slots);
    memset(ix, 0, sizeof *ix);
}

/* Look up s[0..n) as it is, then without a final period (the generator
 * strips one from every entry). */
static const char *lookup(const scm_lexicon *lex, scm_lex_list list,
                          const char *s, size_t n, int *found) {
    const char *c = scm_lexicon_class(lex, list, s, n);
    *found = c != NULL || scm_lexicon_has(lex, list, s, n);
    if (!*found && n > 1 && s[n - 1] == '.') {
        c = scm_lexicon_class(lex, list, s, n - 1);
        *found = c != NULL || scm_lexicon_has(lex, list, s, n - 1);
    }
    return c;
}

/* Multi-word entries are joined by ' ' (added from Lua) or '_' (the data
 * files: the generator refuses white space in a word).  key holds the
 * words joined by ' '; try both joiners, and without a possessive. */
static const char *lookup_multi(const scm_lexicon *lex, scm_lex_list list,
                                char *key, size_t n, size_t poss,
                                int *found) {
    const char *c = NULL;
    int pass;
    size_t i;
    for (pass = 0; pass < 2; pass++) {
        char from = pass ? ' ' : '_', to = pass ? '_' : ' ';
        if (pass)
            for (i = 0; i < n; i++)
                if (key[i] == from) key[i] = to;
        c = lookup(lex, list, key, n, found);
        if (!*found && poss) c = lookup(lex, list, key, n - poss, found);
        if (pass)
            for (i = 0; i < n; i++)
                if (key[i] == to) key[i] = from;
        if (*found) return c;
    }
    return NULL;
}

long scm_phrase_match(const scm_phrase_index *ix, const scm_lexicon *lex,
                      const char *text, const scm_word *w, size_t i,
                      size_t n, scm_buf *key, const char **cls) {
    size_t maxk = 1, avail = 0, j, k;
    size_t ends[16];
    int found;
    *cls = NULL;
    if (i >= n || w[i].kind != SCM_W_WORD) return 0;
    if (set_has(ix, text + w[i].start, w[i].stop - w[i].start))
        maxk = ix->maxwords < 16 ? ix->maxwords : 16;
    if (maxk > 1) {
        key->len = 0;
        for (j = i; j < n && avail < maxk && w[j].kind == SCM_W_WORD; j++) {
            if (avail && scm_buf_putc(key, ' ') != 0) return -1;
            if (scm_buf_append(key, text + w[j].start,
                               w[j].stop - w[j].start) != 0)
                return -1;
            ends[avail++] = key->len;
        }
        for (k = avail; k >= 2; k--) {
            size_t poss = scm_possessive_len(text, &w[i + k - 1]);
            const char *c = lookup_multi(lex, ix->list, key->items,
                                         ends[k - 1], poss, &found);
            if (found) {
                *cls = c;
                return (long)k;
            }
        }
    }
    {
        size_t len = w[i].stop - w[i].start;
        size_t poss = scm_possessive_len(text, &w[i]);
        const char *c = lookup(lex, ix->list, text + w[i].start, len, &found);
        if (!found && poss)
            c = lookup(lex, ix->list, text + w[i].start, len - poss, &found);
        if (found) {
            *cls = c;
            return 1;
        }
    }
    return 0;
}
