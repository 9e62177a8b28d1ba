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
    if (!len) return 0;
    for (i = 0; list[i]; i++)
        if (list[i][0] == s[0] && strncmp(list[i], s, len) == 0 &&
            list[i][len] == '\0')
            return 1;
    return 0;
}

int scm_word_in(const char *text, const scm_word *w,
                const char *const *list) {
    return scm_bytes_in(text + w->start, w->stop - w->start, list);
}

int scm_word_is(const char *text, const scm_word *w, const char *s) {
    size_t n = w->stop - w->start;
    return text[w->start] == s[0] && strncmp(text + w->start, s, n) == 0 &&
           s[n] == '\0';
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
        int k;
        scm_word w;
        if (*p == ' ') {
            p++;
            continue;
        }
        k = char_class(p, end, &cl, &pc);
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
                unsigned ch;
                if (p >= end) break;
                ch = *p;
                if ((ch | 32) >= 'a' && (ch | 32) <= 'z') {
                    letters++;
                    if (ch >= 'a') w.lower = 1;
                    else upper++;
                    p++;
                    continue;
                }
                if (ch >= '0' && ch <= '9') {
                    p++;
                    continue;
                }
                if (ch == ' ') break;
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

/* ---- phrase index ----
 *
 * Each extraction indexes the lists it needs once (a few hundred entries,
 * user additions included) in a local hash keyed by the entry (an old-style
 * '_' joiner reads as a space): one probe per look-up, no double look-ups for
 * the common miss. */

static size_t hash_bytes(const char *s, size_t n) {
    size_t h = 2166136261u, i;
    for (i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static struct scm_phrase_slot *find_slot(const scm_phrase_index *ix,
                                         const char *s, size_t n, int first) {
    size_t h;
    if (!ix->mask) return NULL;
    h = (hash_bytes(s, n) + (size_t)first) & ix->mask;
    while (ix->slots[h].word) {
        struct scm_phrase_slot *sl = &ix->slots[h];
        if (sl->len == n && sl->first == first && memcmp(sl->word, s, n) == 0)
            return sl;
        h = (h + 1) & ix->mask;
    }
    return NULL;
}

static int insert_slot(scm_phrase_index *ix, char *word, size_t n, int first,
                       const char *cls, unsigned flags) {
    size_t h;
    struct scm_phrase_slot *old = find_slot(ix, word, n, first);
    if (old) {
        old->flags |= flags;
        free(word);
        return 0;
    }
    h = (hash_bytes(word, n) + (size_t)first) & ix->mask;
    while (ix->slots[h].word) h = (h + 1) & ix->mask;
    ix->slots[h].word = word;
    ix->slots[h].len = n;
    ix->slots[h].first = first;
    ix->slots[h].cls = cls;
    ix->slots[h].flags = flags;
    return 0;
}

int scm_phrase_index_build(scm_phrase_index *ix, const scm_lexicon *lex,
                           scm_lex_list list) {
    size_t count = scm_lexicon_count(lex, list), i, cap = 16;
    memset(ix, 0, sizeof *ix);
    ix->list = list;
    ix->maxwords = 1;
    /* entries, their first words, and (add_classes) the classes and their
     * first words: at most 4 * count keys, kept under half full */
    while (cap < count * 8 + 8) cap *= 2;
    ix->slots = calloc(cap, sizeof *ix->slots);
    if (!ix->slots) return -1;
    ix->mask = cap - 1;
    for (i = 0; i < count; i++) {
        const char *cls;
        const char *wd = scm_lexicon_word(lex, list, i, &cls);
        size_t n, j, words = 1, flen;
        char *key;
        if (!wd || !(n = strlen(wd))) continue;
        if (!(key = scm_xstrndup(wd, n))) goto oom;
        for (j = 0; j < n; j++) {
            if (key[j] == '_') key[j] = ' ';
            if (key[j] == ' ' && j + 1 < n && wd[j + 1] != ' ' &&
                wd[j + 1] != '_')
                words++;
        }
        flen = strcspn(key, " ");
        if (words > ix->maxwords) ix->maxwords = words;
        if (flen < n) {
            char *fw = scm_xstrndup(key, flen);
            if (!fw) {
                free(key);
                goto oom;
            }
            insert_slot(ix, fw, flen, 1, NULL, 0);
        }
        insert_slot(ix, key, n, 0, cls, 0);
    }
    return 0;
oom:
    scm_phrase_index_free(ix);
    return -1;
}

int scm_phrase_index_add_classes(scm_phrase_index *ix) {
    size_t i, nslots = ix->mask + 1;
    /* classes are at most as many as entries: see the table size above */
    for (i = 0; i < nslots; i++) {
        const char *cls = ix->slots[i].word && !ix->slots[i].first
                              ? ix->slots[i].cls
                              : NULL;
        size_t n, flen, words = 1, j;
        char *key;
        if (!cls || !(n = strlen(cls)) || find_slot(ix, cls, n, 0)) continue;
        if (!(key = scm_xstrndup(cls, n))) return -1;
        insert_slot(ix, key, n, 0, cls, 0);
        flen = strcspn(cls, " ");
        if (flen == n) continue;
        for (j = 0; j + 1 < n; j++)
            if (cls[j] == ' ' && cls[j + 1] != ' ') words++;
        if (words > ix->maxwords) ix->maxwords = words;
        if (!(key = scm_xstrndup(cls, flen))) return -1;
        insert_slot(ix, key, flen, 1, NULL, 0);
    }
    return 0;
}

int scm_phrase_index_words(scm_phrase_index *ix,
                           const char *const *const *lists) {
    size_t count = 0, i, j, cap = 16;
    memset(ix, 0, sizeof *ix);
    ix->maxwords = 1;
    for (i = 0; lists[i]; i++)
        for (j = 0; lists[i][j]; j++) count++;
    while (cap < count * 4 + 4) cap *= 2;
    ix->slots = calloc(cap, sizeof *ix->slots);
    if (!ix->slots) return -1;
    ix->mask = cap - 1;
    for (i = 0; lists[i]; i++)
        for (j = 0; lists[i][j]; j++) {
            size_t n = strlen(lists[i][j]);
            char *key = scm_xstrndup(lists[i][j], n);
            if (!key) {
                scm_phrase_index_free(ix);
                return -1;
            }
            insert_slot(ix, key, n, 0, NULL, 1u << i);
        }
    return 0;
}

int scm_phrase_has_word(const scm_phrase_index *ix, const char *text,
                        const scm_word *w) {
    return find_slot(ix, text + w->start, w->stop - w->start, 0) != NULL;
}

unsigned scm_phrase_word_flags(const scm_phrase_index *ix, const char *text,
                               const scm_word *w) {
    const struct scm_phrase_slot *sl;
    if (w->kind == SCM_W_PUNCT) return 0;
    sl = find_slot(ix, text + w->start, w->stop - w->start, 0);
    return sl ? sl->flags : 0;
}

void scm_phrase_index_free(scm_phrase_index *ix) {
    size_t i;
    if (ix->slots)
        for (i = 0; i <= ix->mask; i++) free(ix->slots[i].word);
    free(ix->slots);
    memset(ix, 0, sizeof *ix);
}

int scm_phrase_first(const scm_phrase_index *ix, const char *s, size_t n) {
    return find_slot(ix, s, n, 1) != NULL;
}

/* Look up s[0..n) as it is, then without a final period (the generator
 * strips one from every entry). */
const char *scm_phrase_lookup(const scm_phrase_index *ix, const char *s,
                              size_t n, int *found) {
    const struct scm_phrase_slot *sl = find_slot(ix, s, n, 0);
    if (!sl && n > 1 && s[n - 1] == '.') sl = find_slot(ix, s, n - 1, 0);
    *found = sl != NULL;
    return sl ? sl->cls : NULL;
}

long scm_phrase_match(const scm_phrase_index *ix, const char *text,
                      const scm_word *w, size_t i, size_t n, scm_buf *key,
                      const char **cls) {
    size_t maxk = 1, avail = 0, j, k;
    size_t ends[16];
    int found;
    *cls = NULL;
    if (i >= n || w[i].kind != SCM_W_WORD) return 0;
    if (ix->maxwords > 1 &&
        scm_phrase_first(ix, text + w[i].start, w[i].stop - w[i].start))
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
            const char *c =
                scm_phrase_lookup(ix, key->items, ends[k - 1], &found);
            if (!found && poss)
                c = scm_phrase_lookup(ix, key->items, ends[k - 1] - poss,
                                      &found);
            if (found) {
                *cls = c;
                return (long)k;
            }
        }
    }
    {
        size_t len = w[i].stop - w[i].start;
        size_t poss = scm_possessive_len(text, &w[i]);
        const char *c = scm_phrase_lookup(ix, text + w[i].start, len, &found);
        if (!found && poss)
            c = scm_phrase_lookup(ix, text + w[i].start, len - poss, &found);
        if (found) {
            *cls = c;
            return 1;
        }
    }
    return 0;
}
