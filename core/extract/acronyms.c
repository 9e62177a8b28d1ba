/* acronyms.c -- short forms, their definitions and every use.
 *
 * Definitions "long form (SHORT)" and "SHORT (long form)" are found in the
 * spirit of Schwartz & Hearst (2003): the long form ends where the
 * parenthesis opens and its start is chosen by aligning the short form's
 * letters, in order, onto the words before it.  Unlike their algorithm,
 * which takes the shortest match, every possible start word is scored:
 * letters on word initials (also inside hyphenated or dotted words:
 * "Korea-U.S.", "zero-emissions") earn, letters inside words cost, words
 * that give no letter cost.  So "Code of Conduct in the South China Sea
 * (COC)" starts at "Code", "U.S.-ROK Combined Forces Command (CFC)" at
 * "Combined", and "wartime operational control (OPCON)" at "operational"
 * (the first letter must be a word's initial).  A quoted long form must
 * start at the quote.  The window is min(2n, n + 5) content words (n =
 * letters of the short form); function words are not counted.
 *
 * Undefined short forms: a word part (compounds split at '-' and '/') made
 * of capitals, digits and dots with two capitals, or a capital and a digit
 * ("U.S.", "ROK", "G7", "5G", "COVID-19"), minus capitalised words that are
 * not abbreviations: longer than 6 letters ("CHEONAN", "EMPHASIZING"),
 * ending in -ING (preambular "NOTING"), Roman numerals ("IV"), words the
 * document also writes Capitalised ("WE" / "We") or, from 4 letters, in
 * lower case, and words whose every use stands next to such a word in a run
 * of capitals ("WE HEREBY DECLARE").  A defined compound ("U.S.-ROK") is
 * one short form; otherwise a compound counts as its parts.  Plural and
 * possessive uses ("SCMs", "NCG's") are mentions of the singular. */
#include <stdlib.h>
#include <string.h>

#include "../dates.h"
#include "../utf8.h"
#include "extract.h"
#include "names_data.h"
#include "wordscan.h"

/* Words a declaration writes in capitals that abbreviate nothing (and
 * the prepositions of a title in capitals: "JOINT STATEMENT BY THE …";
 * a defined "AT" stays a short form). */
static const char *const caps_formulas[] = {
    "WE", "DONE", "HEREBY", "THE", "AND", "OF", "BY", "AT", "FOR", "ON",
    "TO", "IN", "WITH", "FROM", NULL};

/* Short words that join a run of words in capitals: English function
 * words and the articles and prepositions of a Romance letterhead. */
static const char *const caps_function_words[] = {
    "OF", "DE", "TO", "IN", "ON", "DA", "DO", "DU", "LA", "LE", "EL", "THE",
    "AND", "FOR", "DEL", "DES", "DOS", "DAS", "LES", "LOS", "LAS", NULL};

/* Prefixes and particles of a compound in capitals ("CO-CHAIRS",
 * "FOLLOW-UP"). */
static const char *const caps_prefixes[] = {"CO", "RE", "NON", "PRE", "SUB",
                                            NULL};
static const char *const caps_particles[] = {"UP", "OUT", "OFF", NULL};

/* The second byte of a UTF-8 capital of Latin-1 ("É" is C3 89), but for
 * the multiplication sign. */
static int latin1_capital(unsigned char c) {
    return c >= 0x80 && c <= 0x9E && c != 0x97;
}

/* Honorifics and post-nominals are long lists, tried at every word in
 * capitals: indexed once per process (a linear scm_bytes_in otherwise). */
enum { NS_HONORIFIC = 1u << 0, NS_POST_NOMINAL = 1u << 1 };
static const char *const *const name_set_lists[] = {scm_honorifics,
                                                    scm_post_nominals, NULL};
static scm_shared_words name_sets = SCM_SHARED_WORDS(name_set_lists);

/* Is s[0..n) in the list of bit `set` (NS_*)? */
static int in_name_set(const char *s, size_t n, unsigned set) {
    const scm_phrase_index *ix = scm_shared_words_get(&name_sets);
    if (ix) return (scm_phrase_bytes_flags(ix, s, n) & set) != 0;
    return scm_bytes_in(s, n, set == NS_HONORIFIC ? scm_honorifics
                                                  : scm_post_nominals);
}

#define MAX_LETTERS 16
#define MAX_CHARS 600
#define MAX_WORDS 64
#define NEG (-1000000)

typedef struct word {
    scm_off start, stop;
    uint8_t barrier; /* the gap before it stops a long form */
    /* two ASCII capitals, or a capital and a digit: only such a word can
     * hold a short form (every key has that shape), so only such words
     * are looked up for mentions */
    uint8_t caps;
    /* 2-6 ASCII letters, lower-case (from 4) or Capitalised: perhaps an
     * ordinary spelling of a short form ("Rok", "rok") */
    uint8_t spell;
} word;

typedef SCM_VEC(word) wordvec;

typedef struct entry {
    scm_off key;   /* short form: text + key, keylen bytes */
    uint32_t keylen;
    int defined, ordinary;
    scm_span definition;
    char *long_form;
    scm_spanvec mentions;
    size_t in_run; /* mentions next to an ordinary all-caps word */
    unsigned bare : 1, plural : 1; /* used as "ROK" / only as "MSMEs" */
    unsigned from_header : 1;       /* defined in the header block */
} entry;

typedef struct state {
    const char *text;
    const scm_lexicon *lex;
    SCM_VEC(entry) entries;
    int32_t *slots; /* open addressing: entry index + 1, 0 = empty */
    size_t nslots;
    SCM_VEC(uint32_t) caps; /* per all-caps word: entry index */
    SCM_VEC(scm_span) capspan;
    int in_header; /* the paragraph read is the header block's */
} state;

/* ---- characters ---------------------------------------------------- */

static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
static int is_alpha(unsigned char c) { return is_upper(c) || is_lower(c); }
static int lower(unsigned char c) { return is_upper(c) ? c + 32 : c; }

/* n bytes of capitals only ("INDUS"; not "U.S" nor "Plan") */
static int all_upper(const char *s, size_t n) {
    size_t i;
    for (i = 0; i < n; i++)
        if (!is_upper((unsigned char)s[i])) return 0;
    return 1;
}

/* ASCII bytes that stop a long form (1) and that join a word's parts (2). */
static const unsigned char byte_class[256] = {
    ['('] = 1, [')'] = 1, ['['] = 1, [']'] = 1, [';'] = 1, [':'] = 1,
    ['!'] = 1, ['?'] = 1, ['"'] = 1, ['.'] = 3, ['{'] = 1, ['}'] = 1,
    ['-'] = 2, ['\''] = 2, ['&'] = 2, ['/'] = 2};

/* Bytes that may stand in a word: ASCII letters and digits, and the lead
 * bytes of non-ASCII characters other than scm_upunct's punctuation and
 * spaces (continuation bytes are not word bytes). */
static int word_byte(const unsigned char *p, const unsigned char *end) {
    if (*p < 0x80) return scm_ascii_alnum[*p];
    return *p >= 0xC0 && scm_upunct(p, end) == 0;
}

/* What ascii_word_run saw in a run: capitals (exact when 0 or 1;
 * at least 2 otherwise) and digits (seen or not). */
typedef struct run_bytes {
    unsigned upper, digit;
} run_bytes;

/* End of the run of ASCII letters and digits that starts at s[i] (at most
 * `end`), adding its capitals and digits to *rb: a possible short form is
 * told by them.  Like scm_ascii_run_end (utf8.h), sixteen bytes at a time
 * where SSE2 is there: the lexer spends most of its time in these runs. */
static inline size_t ascii_word_run(const unsigned char *s, size_t i,
                                    size_t end, run_bytes *rb) {
#if defined(__SSE2__) && defined(__GNUC__)
    while (i + 16 <= end) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        unsigned up = (unsigned)_mm_movemask_epi8(scm_bytes_between(x, 'A', 25));
        unsigned lo = (unsigned)_mm_movemask_epi8(scm_bytes_between(x, 'a', 25));
        unsigned dg = (unsigned)_mm_movemask_epi8(scm_bytes_between(x, '0', 9));
        unsigned stop = ~(up | lo | dg) & 0xFFFFu;
        unsigned in = stop ? (stop & -stop) - 1 : 0xFFFFu; /* before it */
        up &= in;
        /* one capital, or (clearing the lowest) more: no branch, since
         * capitals come at random */
        rb->upper += (up != 0) + ((up & (up - 1)) != 0);
        rb->digit |= dg & in;
        if (stop) return i + (size_t)__builtin_ctz(stop);
        i += 16;
    }
#endif
    for (; i < end; i++) {
        unsigned c = s[i];
        if (c - 'A' < 26u) rb->upper++;
        else if (c - 'a' < 26u) continue;
        else if (c - '0' < 10u) rb->digit = 1;
        else break;
    }
    return i;
}

/* Append w to v when `keep`, without a branch on `keep` (no predictor
 * guesses which words are kept): the slot is written either way. */
static inline int push_if(wordvec *v, word w, int keep) {
    if (v->len == v->cap && SCM_VEC_RESERVE(v, v->len + 1) != 0) return -1;
    v->items[v->len] = w;
    v->len += (size_t)(keep != 0);
    return 0;
}

/* Abbreviations written with a period inside company and place names. */
static int inner_abbreviation(const char *s, size_t n) {
    static const char *const abbr[] = {"Inc", "Ltd", "Co", "Corp", "St", "Mt", NULL};
    for (size_t i = 0; abbr[i]; i++)
        if (strlen(abbr[i]) == n && memcmp(abbr[i], s, n) == 0) return 1;
    return 0;
}

/* Words of text[start, stop): letters and digits with inner . - ' ’ & /,
 * plus the final period of a dotted abbreviation ("U.S.", "D.C.").  Every
 * word goes to `all` (unless NULL: a paragraph without definitions needs
 * only the others), the words that may hold a mention to `caps`, the
 * possible spellings of a short form to `spell`. */
static int lex_words(const char *text, size_t start, size_t stop,
                     wordvec *all, wordvec *caps, wordvec *spell) {
    const unsigned char *t = (const unsigned char *)text, *end = t + stop;
    size_t p = start;
    int barrier = 1;
    if (all) all->len = 0;
    while (p < stop) {
        size_t n, s;
        run_bytes rb = {0, 0}; /* of the word's ASCII runs */
        int letters_only = 1; /* one ASCII run: no joiner, no non-ASCII */
        int dot = 0;          /* "Inc.": a period kept inside a name */
        if (t[p] == ' ') { /* the common gap; changes no barrier */
            p++;
            continue;
        }
        if (t[p] < 0x80 ? !scm_ascii_alnum[t[p]] : !word_byte(t + p, end)) {
            n = scm_upunct(t + p, end);
            if (n == 3 && (t[p + 2] == 0x9C || t[p + 2] == 0x9D ||
                           t[p + 2] == 0x94))
                barrier = 1; /* “ ” — */
            if (!n) {
                unsigned char c = t[p];
                if (byte_class[c] & 1) barrier = 1;
                n = 1;
            }
            p += n;
            continue;
        }
        s = p;
        for (;;) {
            /* the ASCII run first: most of every word */
            for (;;) {
                p = ascii_word_run(t, p, stop, &rb);
                if (p >= stop || t[p] < 0x80 || !word_byte(t + p, end)) break;
                p++;
                /* the character's continuation bytes: "Área", "Armées" */
                while (p < stop && (t[p] & 0xC0) == 0x80) p++;
                letters_only = 0;
            }
            if (p >= stop || t[p] == ' ') break; /* most words end so */
            if (p + 1 < stop && (byte_class[t[p]] & 2) &&
                word_byte(t + p + 1, end)) {
                p++;
                letters_only = 0;
                continue;
            }
            if (p + 2 < stop && t[p] == '.' && t[p + 1] == '-' &&
                word_byte(t + p + 2, end)) {
                p += 2; /* "U.S.-ROK" */
                letters_only = 0;
                continue;
            }
            if (scm_is_rsquo(t + p, end) && p + 3 < stop &&
                word_byte(t + p + 3, end)) {
                p += 3;
                letters_only = 0;
                continue;
            }
            break;
        }
        /* "U.S." keeps its final period: letters separated by periods */
        if (p < stop && t[p] == '.' && p >= s + 3 && t[p - 2] == '.' &&
            is_alpha(t[p - 1]))
            p++;
        /* … and so do the abbreviations that stand inside a name, so
         * that their period is no barrier: "Acme Holdings Inc. (AHI)",
         * "Bank of St. Lucia (BSL)" (session 33) */
        else if (p + 1 < stop && t[p] == '.' && t[p + 1] == ' ' &&
                 inner_abbreviation(text + s, p - s))
            p++, dot = 1;
        {
            word w;
            w.start = (scm_off)s;
            w.stop = (scm_off)(p - dot);
            w.barrier = (uint8_t)barrier;
            n = p - dot - s;
            /* & rather than &&: these tests are data, not predictable */
            w.caps = (rb.upper >= 2) | ((rb.upper == 1) & (rb.digit != 0));
            w.spell = (uint8_t)(letters_only & (rb.digit == 0) &
                                (n - 2 <= 4) &
                                (rb.upper == 0 ? n >= 4
                                               : (rb.upper == 1) &
                                                     is_upper(t[s])));
            /* no word is both (a spelling has at most one capital and
             * no digit): one push, to the vector the word may go to */
            if (push_if(w.caps ? caps : spell, w, w.caps | w.spell) != 0) return -1;
            w.stop = (scm_off)p; /* (a long form keeps "Inc.") */
            if (all && SCM_VEC_PUSH(all, w) != 0) return -1;
        }
        barrier = 0;
    }
    return 0;
}

/* ---- the short-form map -------------------------------------------- */

static uint32_t hash_ci(const char *s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (uint32_t)lower((unsigned char)s[i])) * 16777619u;
    return h;
}

static int same(const char *a, size_t an, const char *b, size_t bn, int ci) {
    if (an != bn) return 0;
    if (!ci) return memcmp(a, b, an) == 0;
    for (size_t i = 0; i < an; i++)
        if (lower((unsigned char)a[i]) != lower((unsigned char)b[i]))
            return 0;
    return 1;
}

static long lookup(const state *st, const char *s, size_t n, int ci) {
    size_t mask, i;
    if (!st->nslots) return -1;
    mask = st->nslots - 1;
    for (i = hash_ci(s, n) & mask; st->slots[i]; i = (i + 1) & mask) {
        const entry *e = &st->entries.items[st->slots[i] - 1];
        if (same(st->text + e->key, e->keylen, s, n, ci))
            return st->slots[i] - 1;
    }
    return -1;
}

static int rehash(state *st) {
    size_t n = st->nslots ? st->nslots * 2 : 64, i;
    int32_t *slots = calloc(n, sizeof *slots);
    if (!slots) return -1;
    for (i = 0; i < st->entries.len; i++) {
        const entry *e = &st->entries.items[i];
        size_t j = hash_ci(st->text + e->key, e->keylen) & (n - 1);
        while (slots[j])
            j = (j + 1) & (n - 1);
        slots[j] = (int32_t)i + 1;
    }
    free(st->slots);
    st->slots = slots;
    st->nslots = n;
    return 0;
}

/* Index of the entry for text[key, key+n), made if absent; -1 on OOM. */
static long intern(state *st, size_t key, size_t n) {
    long i = lookup(st, st->text + key, n, 0);
    entry e;
    if (i >= 0) return i;
    memset(&e, 0, sizeof e);
    e.key = (scm_off)key;
    e.keylen = (uint32_t)n;
    if (SCM_VEC_PUSH(&st->entries, e) != 0) return -1;
    if ((st->entries.len) * 2 > st->nslots) {
        if (rehash(st) != 0) return -1;
    } else {
        size_t mask = st->nslots - 1;
        size_t j = hash_ci(st->text + key, n) & mask;
        while (st->slots[j])
            j = (j + 1) & mask;
        st->slots[j] = (int32_t)st->entries.len;
    }
    return (long)st->entries.len - 1;
}

/* ---- definitions --------------------------------------------------- */

/* The function words, ASCII case ignored: "a", "an", "and", "as", "at",
 * "by", "de", "for", "from", "in", "of", "on", "or", "the", "to", "with",
 * "&".  Asked of nearly every word of a definition's window, so the word is
 * packed into one integer (lower-cased bytes, first byte highest) and
 * compared with the few words of its length, not matched against a list. */
#define PACK2(a, b) ((uint32_t)(a) << 8 | (uint32_t)(b))
#define PACK3(a, b, c) (PACK2(a, b) << 8 | (uint32_t)(c))
#define PACK4(a, b, c, d) (PACK3(a, b, c) << 8 | (uint32_t)(d))

static int function_word(const char *s, size_t n) {
    uint32_t k = 0;
    if (n == 0 || n > 4) return 0; /* the longest is "from", "with" */
    for (size_t i = 0; i < n; i++)
        k = k << 8 | (uint32_t)lower((unsigned char)s[i]);
    switch (n) {
    case 1:
        return k == 'a' || k == '&';
    case 2:
        return k == PACK2('a', 'n') || k == PACK2('a', 's') ||
               k == PACK2('a', 't') || k == PACK2('b', 'y') ||
               k == PACK2('d', 'e') || k == PACK2('i', 'n') ||
               k == PACK2('o', 'f') || k == PACK2('o', 'n') ||
               k == PACK2('o', 'r') || k == PACK2('t', 'o');
    case 3:
        return k == PACK3('a', 'n', 'd') || k == PACK3('f', 'o', 'r') ||
               k == PACK3('t', 'h', 'e');
    default:
        return k == PACK4('f', 'r', 'o', 'm') || k == PACK4('w', 'i', 't', 'h');
    }
}

/* A possessive determiner: "their", "its", "our", "his", "her" (and "the"
 * when `the`), ASCII case ignored when `ci`.  Lengths are compared first:
 * most words are none of these. */
static int determiner(const char *s, size_t n, int the, int ci) {
    static const struct {
        const char *w;
        size_t n;
    } det[] = {{"the", 3}, {"their", 5}, {"its", 3}, {"our", 3},
               {"his", 3}, {"her", 3}};
    for (size_t d = the ? 0 : 1; d < sizeof det / sizeof *det; d++)
        if (det[d].n == n && same(s, n, det[d].w, n, ci)) return 1;
    return 0;
}

/* Word w is a noun that names a group of states by their number ("Group",
 * "Format"): "Visegrád Group (V4)". */
static int collective_noun(const char *text, const word *w) {
    static const char *const nouns[] = {"Group", "Format", "Countries",
                                        "States", "Nations", "Powers", NULL};
    size_t n = w->stop - w->start;
    for (int k = 0; nouns[k]; k++)
        if (strlen(nouns[k]) == n && !memcmp(text + w->start, nouns[k], n))
            return 1;
    return 0;
}

/* Letters of a short form, lower-cased; a plural 's' is not a letter. */
/* A letter outside ASCII at s[0..n), as UTF-8 of two bytes (Latin-1 and
 * Latin Extended-A): its base letter, in its case ("İ" -> 'I', "ş" ->
 * 's'), else 0. */
static int wide_letter(const unsigned char *s, size_t n) {
    /* U+00C0..U+00FF, then U+0100..U+017F */
    static const char latin1[] = "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUY\0saaaaaaaceeeeiiiidnooooo\0ouuuuy\0y";
    static const char ext_a[] =
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNn"
        "nNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    unsigned cp;
    if (n < 2 || s[0] < 0xC3 || s[0] > 0xC5 || (s[1] & 0xC0) != 0x80) return 0;
    cp = ((unsigned)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
    if (cp >= 0xC0 && cp <= 0xFF) return (unsigned char)latin1[cp - 0xC0];
    if (cp >= 0x100 && cp <= 0x17F) return (unsigned char)ext_a[cp - 0x100];
    return 0;
}

/* The same for a capital: its base letter in lower case, else 0.  Short
 * forms of Turkish, Czech, Slovak and Portuguese bodies are written with
 * them: "TİKA", "DEİK", "ŽSR". */
static int wide_capital(const unsigned char *s, size_t n) {
    int c = wide_letter(s, n);
    return c >= 'A' && c <= 'Z' ? c + 32 : 0;
}

static size_t short_letters(const char *s, size_t n, char *out) {
    /* a number stands for its word's initial: "G7" (Group of Seven), "6PT"
     * (Six-Party Talks), "G20" (Group of Twenty) */
    static const char number_initial[] = "?ottffssent"; /* 1..10 */
    size_t k = 0;
    if (n > 1 && s[n - 1] == 's' && is_upper((unsigned char)s[n - 2])) n--;
    {
        /* "Aral Sea Basin Programme-5 (ASBP-5)": a number after a hyphen
         * closing two letters or more numbers the thing, as its long
         * form does; it is no word's initial (but "G-20": Group of
         * Twenty) */
        size_t e = n, letters = 0;
        while (e > 0 && is_digit((unsigned char)s[e - 1])) e--;
        if (e < n && e >= 3 && s[e - 1] == '-') {
            for (size_t i = 0; i + 1 < e; i++)
                if (is_alpha((unsigned char)s[i])) letters++;
            if (letters >= 2) n = e - 1;
        }
    }
    for (size_t i = 0; i < n && k < MAX_LETTERS; i++) {
        int wide;
        if (is_alpha((unsigned char)s[i])) {
            out[k++] = (char)lower((unsigned char)s[i]);
        } else if ((unsigned char)s[i] >= 0xC0 &&
                   (wide = wide_capital((const unsigned char *)s + i, n - i)) != 0) {
            out[k++] = (char)wide;
            i++;
        } else if (s[i] == '+' && i == n - 1) {
            out[k++] = 'p'; /* "GSP+": "… Plus" (session 16) */
        } else if (is_digit((unsigned char)s[i])) {
            int v = 0;
            size_t j = i;
            while (j < n && is_digit((unsigned char)s[j]) && j - i < 3)
                v = v * 10 + (s[j++] - '0');
            if (v >= 1 && v <= 10) out[k++] = number_initial[v];
            else if (v == 11) out[k++] = 'e';
            else if (v == 12 || v == 20 || v == 30) out[k++] = 't';
            /* "COP27", "MC58": a number closing the letters counts the
             * sessions, as the ordinal before the long form does
             * (numbered_start; session 16) */
            else if (j == n && k >= 2) break;
            /* "Fifteenth National Development Plan (15NDP)": a number
             * opening the letters counts the plans, as the ordinal before
             * the long form does (numbered_start; session 18) */
            else if (i == 0 && n - j >= 2 && is_alpha((unsigned char)s[j])) {
                i = j - 1;
                continue;
            }
            else return 0; /* a number with no short word */
            i = j - 1;
        }
    }
    return k;
}

/* "C3" (command, control and communications), "C4ISR": one capital and a
 * count of 2 to 6 stand for that many words with that initial, capitals
 * after the count for one word each.  The letters, or 0. */
static size_t repeated_letters(const char *s, size_t n, char *out) {
    size_t k = 0, i;
    int times;
    if (n < 2 || !is_upper((unsigned char)s[0]) || s[1] < '2' || s[1] > '6' ||
        (n > 2 && is_digit((unsigned char)s[2])))
        return 0;
    times = s[1] - '0';
    while (times-- > 0) out[k++] = (char)lower((unsigned char)s[0]);
    for (i = 2; i < n && k < MAX_LETTERS; i++) {
        if (!is_upper((unsigned char)s[i])) return 0;
        out[k++] = (char)lower((unsigned char)s[i]);
    }
    return i == n ? k : 0;
}

/* The letters (as short_letters counts them) of a mixed-case short form
 * that are in lower case after the first: "IsDB" -> letter 1, "LuxDev" ->
 * 1, 2, 4, 5; 0 for a short form in capitals. */
static unsigned follow_mask(const char *s, size_t n) {
    unsigned mask = 0;
    size_t k = 0;
    if (n > 1 && s[n - 1] == 's' && is_upper((unsigned char)s[n - 2])) n--;
    if (n == 0 || !is_upper((unsigned char)s[0])) return 0;
    for (size_t i = 0; i < n && k < MAX_LETTERS && k < 32; i++) {
        if (is_alpha((unsigned char)s[i])) {
            if (k > 0 && is_lower((unsigned char)s[i])) mask |= 1u << k;
            k++;
        } else if (is_digit((unsigned char)s[i])) {
            while (i + 1 < n && is_digit((unsigned char)s[i + 1])) i++;
            k++;
        }
    }
    return mask;
}

/* A parenthesised short form: one word, 2-12 bytes, starting with a letter
 * or digit, with more capitals than lower-case letters and at least two. */
static int short_shaped(const char *s, size_t n) {
    size_t up = 0, lo = 0, digits = 0;
    if (n < 2 || n > 12) return 0;
    if (!is_alpha((unsigned char)s[0]) && !is_digit((unsigned char)s[0]) &&
        !wide_capital((const unsigned char *)s, n))
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_upper(c)) up++;
        else if (is_lower(c)) lo++;
        else if (is_digit(c)) digits++;
        else if (c >= 0xC0 && wide_capital((const unsigned char *)s + i, n - i)) {
            up++; /* "TİKA", "ŽSR" */
            i++;
        }
        else if (!strchr(".-&/", c) &&
                 /* "GSP+": a closing plus (session 16) */
                 !(c == '+' && i == n - 1 && i >= 2))
            return 0;
    }
    /* one capital with a number: "G7", "P5"; a mixed-case short form may
     * have up to twice as many small letters as capitals ("PhilSA",
     * "LuxDev"; session 14) */
    if (up >= 2) return lo <= 2 * up;
    return up == 1 && n <= 4 && digits && lo == 0;
}

typedef struct align {
    int score, initials, uncovered;
    /* every letter opens a word or follows the one before it in the same
     * word: the words' first syllables ("United States Indo-Pacific
     * Command (USINDOPACOM)") */
    int prefixes;
    size_t first; /* start word index */
} align;

/* "first" … "tenth", in lower case. */
static int lower_ordinal(const char *s, size_t n) {
    static const char *const ordinals[] = {"first", "second", "third", "fourth",
                                           "fifth", "sixth", "seventh", "eighth",
                                           "ninth", "tenth", NULL};
    if (n < 5 || n > 7) return 0; /* their lengths */
    for (size_t k = 0; ordinals[k]; k++)
        if (strlen(ordinals[k]) == n && !memcmp(ordinals[k], s, n)) return 1;
    return 0;
}

/* Score the best alignment of `letters` onto words[w0..w1] that starts at
 * each candidate word; fill *best.  0 when none is acceptable.  Bit j of
 * `follow` (a lower-case letter of a mixed-case short form, "IsDB",
 * "LuxDev", "MoU"): letter j lies in the word of letter j-1 or opens a
 * function word. */
static int align_words(const char *text, const word *w, size_t w0, size_t w1,
                       const char *letters, size_t n, unsigned follow,
                       int fixed_start, align *best) {
    unsigned char ch[MAX_CHARS];
    signed char wt[MAX_CHARS];
    uint8_t widx[MAX_CHARS];
    /* dp and nxt hold n rows of K, packed (row j at j * K): a long window
     * then touches only the memory it uses */
    int dp[MAX_LETTERS * MAX_CHARS];
    short nxt[MAX_LETTERS * MAX_CHARS];
    size_t wstart[MAX_WORDS];
    unsigned char fwd[MAX_WORDS]; /* function word, per word of the window */
    size_t K = 0, i, k;
    int found = 0, content_after = 0;
    if (w1 - w0 + 1 > MAX_WORDS) w0 = w1 + 1 - MAX_WORDS;
    for (i = w0; i <= w1; i++) {
        const unsigned char *t = (const unsigned char *)text;
        int fw = function_word(text + w[i].start, w[i].stop - w[i].start);
        fwd[i - w0] = (unsigned char)fw;
        wstart[i - w0] = K;
        for (size_t p = w[i].start; p < w[i].stop && K < MAX_CHARS; p++) {
            unsigned char c = t[p];
            if (c >= 0xC3 && c <= 0xC5 && p + 1 < w[i].stop &&
                wide_letter(t + p, w[i].stop - p)) {
                /* "École des Forces Armées (EFA)", "Železnice (ŽSR)": a
                 * Latin letter is its base letter */
                ch[K] = (unsigned char)lower((unsigned char)wide_letter(t + p, w[i].stop - p));
                widx[K] = (uint8_t)(i - w0);
                wt[K] = p == w[i].start ? (fw ? 2 : 3) : -1;
                K++;
                p++;
                continue;
            }
            if (!is_alpha(c)) continue;
            ch[K] = (unsigned char)lower(c);
            widx[K] = (uint8_t)(i - w0);
            if (p == w[i].start) wt[K] = fw ? 2 : 3;
            else if (t[p - 1] == '.' || t[p - 1] == '-' || t[p - 1] == '/')
                wt[K] = 2;
            else if (c == 'x' && p == w[i].start + 1 && (t[p - 1] | 0x20) == 'e')
                wt[K] = 2; /* "tabletop exercise (TTX)": X for "ex" */
            else if (is_upper(c) && is_lower(t[p - 1])) wt[K] = 2;
            else wt[K] = -1;
            K++;
        }
        if (K >= MAX_CHARS) return 0;
    }
    if (K == 0 || n == 0) return 0;
    /* dp[j][k]: best score of letters j..n-1 with letter j on char k */
    for (size_t jj = n; jj-- > 0;) {
        /* the best next letter after k: anywhere, or (follow) in k's word
         * (run_w, reset at each word's end) or opening a function word */
        int run = NEG, run_w = NEG, run_f = NEG;
        short arg = -1, arg_w = -1, arg_f = -1;
        int bound = jj + 1 < n && jj + 1 < 32 && (follow >> (jj + 1) & 1u);
        /* Only a character of letter jj (scored) or of letter jj + 1 (a
         * next letter, the runs' only updates) does anything but score
         * NEG: the others are passed over, and run_w's reset at a word's
         * end is made at the next character that does (cur: the word of
         * the last one looked at). */
        unsigned char lj = (unsigned char)letters[jj];
        unsigned char ln = jj + 1 < n ? (unsigned char)letters[jj + 1] : lj;
        uint8_t cur = widx[K - 1];
        for (k = K; k-- > 0;) {
            if (ch[k] != lj && ch[k] != ln) {
                dp[jj * K + k] = NEG;
                continue;
            }
            if (widx[k] != cur) {
                cur = widx[k];
                run_w = NEG;
                arg_w = -1;
            }
            if (bound) {
                run = run_w >= run_f ? run_w : run_f;
                arg = run_w >= run_f ? arg_w : arg_f;
            }
            if (ch[k] == (unsigned char)letters[jj]) {
                if (jj == n - 1) {
                    dp[jj * K + k] = wt[k];
                    nxt[jj * K + k] = -1;
                } else if (run > NEG) {
                    /* a bound letter inside a word costs nothing */
                    dp[jj * K + k] = wt[k] + run;
                    nxt[jj * K + k] = arg;
                } else {
                    dp[jj * K + k] = NEG;
                }
            } else {
                dp[jj * K + k] = NEG;
            }
            if (jj + 1 < n && dp[(jj + 1) * K + k] > NEG) {
                int v = dp[(jj + 1) * K + k];
                if (v > run && !bound) {
                    run = v;
                    arg = (short)k;
                }
                if (v > run_w) {
                    run_w = v;
                    arg_w = (short)k;
                }
                if (fwd[widx[k]] && wt[k] >= 2 && v > run_f) {
                    run_f = v;
                    arg_f = (short)k;
                }
            }
        }
    }
    /* candidate starts, nearest first; the window counts content words */
    for (i = w1 + 1; i-- > w0;) {
        size_t s = i - w0, wi, limit = n * 2 < n + 5 ? n * 2 : n + 5;
        int fw = fwd[i - w0];
        int covered[MAX_WORDS], initials = 0, uncovered = 0, total, prefixes = 1;
        short kk, prev = -1;
        if (!fw) content_after++;
        if ((size_t)content_after > limit) break;
        if (fixed_start && i != w0) continue;
        /* a lower-case ordinal counts the thing, it is no part of its
         * name ("the third DSC tabletop exercise (TTX)") */
        if (fw || lower_ordinal(text + w[i].start, w[i].stop - w[i].start) ||
            wstart[s] >= K || widx[wstart[s]] != s ||
            !(is_alpha((unsigned char)text[w[i].start]) ||
              wide_letter((const unsigned char *)text + w[i].start, w[i].stop - w[i].start)))
            continue;
        k = wstart[s];
        if (ch[k] != (unsigned char)letters[0] || dp[k] <= NEG / 2)
            continue;
        /* cleared only for a start that is scored, and only the window */
        memset(covered, 0, (w1 - w0 + 1) * sizeof *covered);
        for (kk = (short)k, wi = 0; kk >= 0 && wi < n; wi++) {
            covered[widx[kk]] = 1;
            /* a bound letter counts as placed as an initial is */
            if (wt[kk] >= 2 || (wi < 32 && (follow >> wi & 1u))) initials++;
            /* the next character of the word, or the same letter later
             * in it ("Com-m-and": either m) */
            if (wt[kk] < 2 && !(prev >= 0 && widx[kk] == widx[prev] &&
                                widx[prev + 1] == widx[kk] &&
                                ch[prev + 1] == ch[kk]))
                prefixes = 0;
            prev = kk;
            kk = nxt[wi * K + (size_t)kk];
        }
        for (wi = s; wi <= w1 - w0; wi++)
            if (!covered[wi] && !fwd[wi]) uncovered++;
        /* a content word no letter stands for costs two: more than the one
         * an inner letter loses against an initial, so "the Council of
         * Ministers of the Common Market … (COMESA)" starts at "Common"
         * (session 14) */
        total = dp[k] - 2 * uncovered;
        if (initials < (n < 2 ? (int)n : 2)) continue;
        if (!found || total > best->score) {
            best->score = total;
            best->initials = initials;
            best->uncovered = uncovered;
            best->prefixes = prefixes;
            best->first = i;
            found = 1;
        }
        if (fixed_start) break;
    }
    return found;
}

/* The number closing a short form after its letters ("COP27",
 * "UNEA-24"), or 0. */
static int closing_number(const char *s, size_t n) {
    size_t e = n, letters = 0, i;
    int v = 0;
    while (e > 0 && is_digit((unsigned char)s[e - 1])) e--;
    if (e == n || n - e > 3) return 0;
    for (i = 0; i < e; i++) letters += is_alpha((unsigned char)s[i]);
    if (letters < 2) return 0;
    for (i = e; i < n; i++) v = v * 10 + (s[i] - '0');
    return v;
}

/* The number opening a short form before two letters or more that no
 * number word's initial stands for ("15NDP"; as short_letters reads
 * it), or 0. */
static int opening_number(const char *s, size_t n) {
    size_t i = 0;
    int v = 0;
    while (i < n && i < 3 && is_digit((unsigned char)s[i]))
        v = v * 10 + (s[i++] - '0');
    if (i == 0 || n - i < 2 || !is_alpha((unsigned char)s[i]) ||
        (v >= 1 && v <= 12) || v == 20 || v == 30)
        return 0;
    return v;
}

/* "Twenty-Seventh Conference of the Parties (COP27)", "the Twenty-Fourth
 * Session of the United Nations Environment Assembly (UNEA-24)": the
 * short form's number is the ordinal before its letters' words, which
 * opens the long form, with a session's "Session of the" between (session
 * 16).  The long form's new start, or lstart. */
static size_t numbered_start(const state *st, size_t skey, size_t sn,
                             size_t lstart) {
    const char *t = st->text;
    int v = closing_number(t + skey, sn);
    if (!v) v = opening_number(t + skey, sn);
    size_t b = lstart, e, s0;
    if (!v) return lstart;
    while (b > 0 && t[b - 1] == ' ') b--;
    /* "… Session of the" before the letters' words */
    if (b >= 7 && !memcmp(t + b - 7, " of the", 7)) {
        size_t q = b - 7;
        static const char *const heads[] = {"Session", "Meeting", "Summit",
                                            "Conference", NULL};
        for (size_t k = 0; heads[k]; k++) {
            size_t hn = strlen(heads[k]);
            if (q >= hn && !memcmp(t + q - hn, heads[k], hn)) {
                b = q - hn;
                while (b > 0 && t[b - 1] == ' ') b--;
                break;
            }
        }
    }
    e = b;
    for (s0 = e; s0 > 0 && t[s0 - 1] != ' ' && t[s0 - 1] != '\n'; s0--)
        ;
    if (s0 == e || scm_ordinal_value(t + s0, e - s0) != v) return lstart;
    return s0;
}

static int add_definition(state *st, size_t skey, size_t sn, size_t lstart,
                          size_t lstop) {
    long i = intern(st, skey, sn);
    entry *e;
    if (i < 0) return -1;
    lstart = numbered_start(st, skey, sn, lstart);
    e = &st->entries.items[i];
    /* the first definition stands; but the body's over a title's ("Joint
     * Statement on Australia–U.S. Ministerial Consultations (AUSMIN)",
     * then "the Australia–United States Ministerial Consultations
     * (AUSMIN)": the header is no body text; session 16) */
    if (e->defined && !(e->from_header && !st->in_header)) return 0;
    if (e->defined) {
        free(e->long_form);
        e->defined = 0;
    }
    e->from_header = st->in_header != 0;
    e->long_form = malloc(lstop - lstart + 1);
    if (!e->long_form) return -1;
    memcpy(e->long_form, st->text + lstart, lstop - lstart);
    e->long_form[lstop - lstart] = '\0';
    e->defined = 1;
    e->definition.start = (scm_off)lstart;
    e->definition.stop = (scm_off)lstop;
    return 0;
}

/* Out-of-order long forms: "Treaty on the Non-Proliferation of Nuclear
 * Weapons (NPT)", "Convention on the Prohibition of ... Chemical Weapons
 * and on their Destruction (CWC)".  English short forms put the head noun
 * last; the long form starts at a head noun (lexicon "reference-head",
 * capitalised) whose initial is the short form's last letter, and the
 * other letters fall, in order, on capital initials of the words after
 * it (also after a hyphen: "Non-Proliferation").  The words between are
 * capitalised or function words; commas and parentheses may stand
 * between them.  Returns the head's word index, or (size_t)-1. */
static size_t head_first(const state *st, const wordvec *wv, size_t last,
                         const char *letters, size_t n) {
    const char *text = st->text;
    size_t i, lim = last > 40 ? last - 40 : 0;
    if (n < 2 || !st->lex) return (size_t)-1;
    for (i = last; i-- > lim;) {
        const word *x = &wv->items[i + 1];
        size_t g;
        /* the gap before word i+1: spaces, commas, parentheses only */
        for (g = wv->items[i].stop; g < x->start; g++)
            if (text[g] != ' ' && text[g] != ',' && text[g] != '(' &&
                text[g] != ')')
                return (size_t)-1;
        x = &wv->items[i];
        if (!is_upper((unsigned char)text[x->start])) {
            size_t m = x->stop - x->start;
            if (!function_word(text + x->start, m) &&
                !determiner(text + x->start, m, 0, 0))
                return (size_t)-1;
            continue;
        }
        if (lower((unsigned char)text[x->start]) ==
                (unsigned char)letters[n - 1] &&
            scm_lexicon_has(st->lex, SCM_LEX_REF_HEAD, text + x->start,
                            x->stop - x->start)) {
            size_t k = 0, j, p;
            for (j = i + 1; j <= last && k < n - 1; j++) {
                const word *y = &wv->items[j];
                for (p = y->start; p < y->stop && k < n - 1; p++)
                    if ((p == y->start || text[p - 1] == '-') &&
                        is_upper((unsigned char)text[p]) &&
                        lower((unsigned char)text[p]) ==
                            (unsigned char)letters[k])
                        k++;
            }
            if (k == n - 1) return i;
        }
    }
    return (size_t)-1;
}

/* A name translated from another language keeps its short form:
 * "Permanent Commission for the South Pacific (CPPS)", "Italian Space
 * Agency (ASI)".  The capitalised words ending at `last` (function words
 * between them) whose initials are the short form's letters in another
 * order, one word a letter.  Their first word's index, or (size_t)-1. */
static size_t reordered(const state *st, const wordvec *wv, size_t last,
                        const char *letters, size_t n) {
    const char *text = st->text;
    size_t i = last + 1, words = 0, k;
    int need[26] = {0};
    if (n < 3 || n > 8) return (size_t)-1;
    for (k = 0; k < n; k++) {
        if (letters[k] < 'a' || letters[k] > 'z') return (size_t)-1;
        need[letters[k] - 'a']++;
    }
    while (words < n && i > 0) {
        const word *x = &wv->items[--i];
        unsigned char c0 = (unsigned char)text[x->start];
        if (function_word(text + x->start, x->stop - x->start)) {
            if (i == last || x->barrier) return (size_t)-1;
            continue;
        }
        if (!is_upper(c0) || --need[lower(c0) - 'a'] < 0) return (size_t)-1;
        words++;
        if (words < n && (i == 0 || x->barrier)) return (size_t)-1;
    }
    return words == n ? i : (size_t)-1;
}

/* Word i ends in "'s" or "’s". */
static int possessive_word(const state *st, size_t i, const wordvec *wv) {
    const unsigned char *t = (const unsigned char *)st->text;
    size_t a = wv->items[i].start, b = wv->items[i].stop;
    return (b - a > 2 && t[b - 1] == 's' && t[b - 2] == '\'') ||
           (b - a > 4 && t[b - 1] == 's' && t[b - 2] == 0x99 &&
            t[b - 3] == 0x80 && t[b - 4] == 0xE2);
}

/* A name in another language's words keeps its own short form, whose
 * letters need not fall on the English words at all: "National Disaster
 * Management Agency (BNPB)", "Community of Portuguese Language Countries
 * (CPLP)".  When no alignment is found, the capitalised name ending at
 * `last` (function words inside it, none first) is the long form if it
 * has about as many content words as the short form has letters (two
 * fewer to two more, at least two) and starts after an article, a
 * possessive determiner, a preposition or the paragraph start, so that a
 * name inside prose ("Minister Chong underlined that the National
 * Aeronaval Service") starts after "the".  Its first word's index, or
 * (size_t)-1. */
/* Word i is (the last word of) a party name: "Niger", "Republic". */
static int party_word(const state *st, const wordvec *wv, size_t i) {
    const word *x = &wv->items[i];
    return scm_lexicon_has(st->lex, SCM_LEX_PARTY, st->text + x->start,
                           x->stop - x->start);
}

/* The gap text[a, b) between two words holds a spaced dash. */
static int gap_breaks_name(const char *text, size_t a, size_t b) {
    size_t k;
    for (k = a; k < b; k++) {
        unsigned char ch = (unsigned char)text[k];
        if ((ch == '-' || (ch == 0xE2 && k + 2 < b)) && k > a &&
            text[k - 1] == ' ')
            return 1; /* " - ", " – ", " — " */
    }
    return 0;
}

/* Words j..k hold "and the" between a state and a body: "[of] Costa
 * Rica and the Ministry of …", "Nicaragua and the Higher Institute of …"
 * join two names, "Latin America and the Caribbean" is one. */
static int party_word(const state *st, const wordvec *wv, size_t i);
static int and_the(const state *st, const wordvec *wv, size_t j, size_t k) {
    static const char *const heads[] = {
        "Ministry", "Institute", "Office", "Department", "Agency",
        "Secretariat", "Bank", "Commission", "Council", "Committee",
        "Centre", "Center", "College", "University", "School", "Service",
        "Authority", "Fund", "Organisation", "Organization", "Court", NULL};
    const char *t = st->text;
    for (size_t q = j; q < k; q++) {
        const word *a = &wv->items[q], *b = &wv->items[q + 1];
        size_t h, r;
        int state_before = 0;
        if (!same(t + a->start, a->stop - a->start, "and", 3, 0) ||
            !same(t + b->start, b->stop - b->start, "the", 3, 0) || !st->lex)
            continue;
        /* a state's name of one to three words before "and" */
        for (r = 1; r <= 3 && r <= q && !state_before; r++)
            state_before = scm_lexicon_has(st->lex, SCM_LEX_PARTY,
                                           t + wv->items[q - r].start,
                                           a->start - 1 -
                                               wv->items[q - r].start);
        if (!state_before) continue;
        for (h = q + 2; h <= q + 3 && h < wv->len; h++)
            if (scm_bytes_in(t + wv->items[h].start,
                             wv->items[h].stop - wv->items[h].start, heads))
                return 1;
    }
    return 0;
}

/* Word i is a capitalised gerund opening a clause of a title ("… and
 * Creating the International Commission …", "Establishing a …"): a verb,
 * so no long form or name starts at it.  Nouns in -ing are left alone
 * ("Meeting the …" would be a name). */
static int gerund_opener(const state *st, const wordvec *wv, size_t i) {
    static const char *const nouns[] = {
        "Meeting", "Building", "Training", "Planning", "Financing",
        "Hearing", "Briefing", "Funding", "Engineering", "Housing", NULL};
    const char *t = st->text;
    const word *x = &wv->items[i], *y;
    size_t m = x->stop - x->start;
    if (i + 1 >= wv->len || m < 6 || !is_upper((unsigned char)t[x->start]) ||
        memcmp(t + x->stop - 3, "ing", 3) != 0 ||
        scm_bytes_in(t + x->start, m, nouns))
        return 0;
    /* "the Transforming the Relationship Utilizing Strategic Technology
     * (TRUST) initiative": after an article the gerund opens a name
     * (session 16) */
    if (i > 0 && !x->barrier &&
        same(t + wv->items[i - 1].start,
             wv->items[i - 1].stop - wv->items[i - 1].start, "the", 3, 0))
        return 0;
    y = &wv->items[i + 1];
    m = y->stop - y->start;
    return !y->barrier && (determiner(t + y->start, m, 1, 0) ||
                           same(t + y->start, m, "a", 1, 0) ||
                           same(t + y->start, m, "an", 2, 0));
}

/* The capitalised name ending at word `last`: its first word's index and
 * (*content) its content words, function words counted only between
 * capitalised words; (size_t)-1 when word `last` is none.  An owner's
 * possessive opening it is left out ("Indonesia's National … Agency"). */
static size_t name_run(const state *st, const wordvec *wv, size_t last,
                       size_t *content) {
    const char *text = st->text;
    size_t i = last + 1, first = (size_t)-1;
    int dash_cut = 0;
    *content = 0;
    while (i > 0) {
        const word *x = &wv->items[--i];
        size_t m = x->stop - x->start;
        /* a spaced dash before a word ends the name there: "Algeria –
         * Niger Bilateral Border Committee" */
        if (i < last && gap_breaks_name(text, x->stop, wv->items[i + 1].start)) {
            i++;
            dash_cut = 1;
            break;
        }
        if (function_word(text + x->start, m)) {
            /* function words ("for the") are inside the name only between
             * capitalised words */
            size_t j = i;
            if (i == last) return (size_t)-1;
            for (;;) {
                const word *y = &wv->items[j];
                if (y->barrier || !is_lower((unsigned char)text[y->start]) ||
                    j == 0)
                    break;
                if (!function_word(text + wv->items[j - 1].start,
                                   wv->items[j - 1].stop -
                                       wv->items[j - 1].start))
                    break;
                j--;
            }
            if (j == 0 || wv->items[j].barrier ||
                !is_lower((unsigned char)text[wv->items[j].start]) ||
                !is_upper((unsigned char)text[wv->items[j - 1].start]))
                break;
            /* "Costa Rica and the Ministry of …": "and the" after a
             * state joins two names, it is inside none */
            if (and_the(st, wv, j, i)) break;
            /* "membership of Bolivia in the Southern Common Market": a
             * state before "in", "into", "to" or "with" is the prose's */
            if (st->lex && party_word(st, wv, j - 1) &&
                (same(text + wv->items[j].start,
                      wv->items[j].stop - wv->items[j].start, "in", 2, 0) ||
                 same(text + wv->items[j].start,
                      wv->items[j].stop - wv->items[j].start, "into", 4, 0) ||
                 same(text + wv->items[j].start,
                      wv->items[j].stop - wv->items[j].start, "to", 2, 0) ||
                 same(text + wv->items[j].start,
                      wv->items[j].stop - wv->items[j].start, "with", 4, 0)))
                break;
            i = j;
            continue;
        }
        if (!is_upper((unsigned char)text[x->start])) break;
        if (i < last && gerund_opener(st, wv, i)) break;
        /* "the opening in January of the Binational … Centre (CEBAF)": a
         * month names no body */
        if (scm_date_month(text + x->start, m)) break;
        /* an office is no part of the body's name: "President of the
         * National Water and Sanitation Agency" */
        if (i < last && st->lex &&
            scm_lexicon_has(st->lex, SCM_LEX_TITLE, text + x->start, m))
            break;
        first = i;
        ++*content;
        if (*content > 24 || x->barrier) break;
    }
    /* the parties before a joint body: "Algeria – Niger Bilateral Border
     * Committee", "Dominican Republic – Haiti Joint Bilateral Commission" */
    while (dash_cut && first != (size_t)-1 && first < last && st->lex &&
           party_word(st, wv, first)) {
        first++;
        --*content;
    }
    if (first != (size_t)-1 && first < last && possessive_word(st, first, wv)) {
        first++;
        --*content;
    }
    return *content ? first : (size_t)-1;
}

/* Words [first, …] of `content` content words fit a short form of n
 * letters in another language: as many words as letters, give or take
 * two (a short form of six letters or more may take syllables:
 * "MERCOSUR", "CESFRONT"), after a function word, a determiner, an
 * owner's name or a barrier. */
static int translated_fits(const state *st, const wordvec *wv, size_t first,
                           size_t content, size_t n) {
    const char *text = st->text;
    if (n < 3 || content < 2 || (content + 2 < n && n < 6) || content > n + 2)
        return 0;
    if (first > 0) {
        const word *b = &wv->items[first - 1];
        size_t m = b->stop - b->start;
        int ok = function_word(text + b->start, m) ||
                 determiner(text + b->start, m, 1, 1);
        /* after an owner's name: "Indonesia's National … Agency", "Algeria
         * – Niger Bilateral Border Committee" */
        if (!ok && !wv->items[first].barrier &&
            !possessive_word(st, first - 1, wv) && !party_word(st, wv, first - 1))
            return 0;
    }
    return 1;
}

static size_t translated_name(const state *st, const wordvec *wv,
                              size_t last, size_t n) {
    const char *text = st->text;
    size_t content, first = name_run(st, wv, last, &content);
    /* two names joined by "and the" ("Kaunas University of Technology and
     * the Norwegian University of Science and Technology (NTNU)"): the
     * last one, when the whole is too long for the letters or the last
     * is a body's whole name ("the United States Coast Guard and the
     * Indonesian Maritime Security Agency (BAKAMLA)"; but "… of Latin
     * America and the Caribbean (CAF)") */
    static const char *const bodies[] = {"Agency", "Ministry", "Guard", "Office",
                                         "Department", "Bank", "Authority",
                                         "Institute", "Service", "Police",
                                         /* "China and the Community of
                                          * Latin American and Caribbean
                                          * States (CELAC)" (session 16) */
                                         "States", "Union", "Community",
                                         "Organization", "Organisation",
                                         "Association", NULL};
    if (first != (size_t)-1 &&
        (content > n + 2 ||
         scm_bytes_in(text + wv->items[last].start,
                      wv->items[last].stop - wv->items[last].start, bodies))) {
        size_t q, k;
        for (q = last; q > first + 1; q--)
            if ((same(text + wv->items[q - 1].start,
                      wv->items[q - 1].stop - wv->items[q - 1].start, "the",
                      3, 0) ||
                 /* "the Belgian Federal Police and Panama's National
                  * Aeronaval Service (SENAN)" (session 21) */
                 possessive_word(st, q - 1, wv)) &&
                same(text + wv->items[q - 2].start,
                     wv->items[q - 2].stop - wv->items[q - 2].start, "and",
                     3, 0))
                break;
        if (q > first + 1 && (content > n + 2 || last >= q + 1)) {
            first = q;
            content = 0;
            for (k = first; k <= last; k++)
                if (!function_word(text + wv->items[k].start,
                                   wv->items[k].stop - wv->items[k].start))
                    content++;
        }
    }
    if (first == (size_t)-1) return (size_t)-1;
    /* "the II Summit of the Community of Latin American and Caribbean
     * States (CELAC)", "the Council of Ministers of the Permanent
     * Interstate Committee … (CILSS)": a meeting of the body is no part of
     * the body's name (session 13) */
    {
        static const char *const meetings[] = {"Summit", "Session", "Meeting",
                                               "Conference", "Assembly",
                                               "Ministers", NULL};
        static const char *const units[] = {"Subgroup", "Sub-Group", "Sub-group",
                                            "Group", "Committee", "Subcommittee",
                                            "Sub-Committee", "Secretariat", NULL};
        /* (an organisation's, not a place's: "Coordinating Committee on
         * Hydrometeorology of the Caspian Sea (CASPCOM)") */
        static const char *const bodies_of_units[] = {
            "Market", "Union", "Community", "Organization", "Organisation",
            "Association", "Council", "Commission", "Bank", "Agency", "States",
            "Alliance", "League", "Forum", NULL};
        for (size_t q = first + 1; q + 2 <= last && q < first + 6; q++) {
            const word *h = &wv->items[q - 1];
            size_t k, c2 = 0;
            if (!same(text + wv->items[q].start,
                      wv->items[q].stop - wv->items[q].start, "of", 2, 0) ||
                !same(text + wv->items[q + 1].start,
                      wv->items[q + 1].stop - wv->items[q + 1].start, "the", 3, 0))
                continue;
            /* (session 21) … nor is a unit of the body: "the Working
             * Subgroup on Energy of the Southern Common Market
             * (MERCOSUR)" */
            if (!scm_bytes_in(text + h->start, h->stop - h->start, meetings)) {
                size_t u = first;
                while (u + 1 < q && !scm_bytes_in(text + wv->items[u].start,
                                                  wv->items[u].stop - wv->items[u].start,
                                                  units))
                    u++;
                if (u + 1 >= q ||
                    !scm_bytes_in(text + wv->items[last].start,
                                  wv->items[last].stop - wv->items[last].start,
                                  bodies_of_units))
                    break;
            }
            for (k = q + 2; k <= last; k++)
                if (!function_word(text + wv->items[k].start,
                                   wv->items[k].stop - wv->items[k].start))
                    c2++;
            if (translated_fits(st, wv, q + 2, c2, n)) return q + 2;
            break;
        }
    }
    if (translated_fits(st, wv, first, content, n)) return first;
    /* "the four Member States of the Andean Community (CAN)", "the 2784
     * Summit of the Community of Latin American and Caribbean States
     * (CELAC)": the name after the first "of the" that fits */
    for (size_t q = first + 1; q + 2 <= last; q++) {
        size_t k;
        const word *h = &wv->items[q - 1];
        size_t hn = h->stop - h->start;
        if (!same(text + wv->items[q].start,
                  wv->items[q].stop - wv->items[q].start, "of", 2, 0) ||
            !same(text + wv->items[q + 1].start,
                  wv->items[q + 1].stop - wv->items[q + 1].start, "the", 3, 0))
            continue;
        /* (not after an action noun of the name: "Commission on the
         * Protection of the Black Sea Against Pollution (BSC)") */
        if ((hn > 5 && (same(text + h->stop - 4, 4, "tion", 4, 0) ||
                        same(text + h->stop - 4, 4, "sion", 4, 0))) ||
            same(text + h->start, hn, "Development", 11, 0) ||
            same(text + h->start, hn, "Management", 10, 0))
            continue;
        content = 0;
        for (k = q + 2; k <= last; k++)
            if (!function_word(text + wv->items[k].start,
                               wv->items[k].stop - wv->items[k].start))
                content++;
        if (translated_fits(st, wv, q + 2, content, n)) return q + 2;
    }
    return (size_t)-1;
}

/* The word opens with the short form's first two letters, as a name of
 * syllables does ("Australia – United States Ministerial Consultations
 * (AUSMIN)"). */
static int syllable_start(const char *text, const word *x,
                          const char *letters, size_t n) {
    return n >= 2 && x->stop - x->start > 2 &&
           lower((unsigned char)text[x->start]) == (unsigned char)letters[0] &&
           lower((unsigned char)text[x->start + 1]) == (unsigned char)letters[1];
}

/* A spaced dash between two of words[first..last]. */
static int crosses_break(const state *st, const wordvec *wv, size_t first,
                         size_t last) {
    for (size_t i = first; i < last; i++)
        if (gap_breaks_name(st->text, wv->items[i].stop,
                            wv->items[i + 1].start))
            return 1;
    return 0;
}

/* words[first..last] are a capitalised name (function words inside) of
 * about as many words as the short form has letters: "PNH (Haitian
 * National Police)", a name in another language's letters. */
static int capitalised_name(const state *st, const wordvec *wv, size_t first,
                            size_t last, size_t n) {
    size_t i, content = 0;
    for (i = first; i <= last; i++) {
        const word *x = &wv->items[i];
        size_t m = x->stop - x->start;
        if (function_word(st->text + x->start, m) && i > first && i < last)
            continue;
        if (!is_upper((unsigned char)st->text[x->start])) return 0;
        content++;
    }
    return n >= 3 && content >= 2 && content <= n + 2 &&
           (content + 2 >= n || n >= 6);
}

/* A lower-case content word among words[first..last]. */
static int lower_content(const state *st, const wordvec *wv, size_t first,
                         size_t last) {
    for (size_t i = first; i <= last; i++) {
        const word *x = &wv->items[i];
        if (is_lower((unsigned char)st->text[x->start]) &&
            !function_word(st->text + x->start, x->stop - x->start))
            return 1;
    }
    return 0;
}

/* Does the long form words[first..last] run through prose: a lower-case
 * content word, then a capitalised one ("since 2139, and Minister Chong
 * underlined that the National Aeronaval Service", "Zambezi and
 * underscored the importance of the Zambezi Watercourse Commission")?
 * Names mix cases only through function words. */
static int prose_in_name(const state *st, const wordvec *wv, size_t first,
                         size_t last) {
    const char *text = st->text;
    size_t i;
    int lower = 0, verbish = 0;
    for (i = first; i <= last; i++) {
        const word *x = &wv->items[i];
        size_t m = x->stop - x->start;
        unsigned char c0 = (unsigned char)text[x->start];
        int skip = function_word(text + x->start, m) ||
                   determiner(text + x->start, m, 0, 0);
        if (skip) continue;
        /* a gerund after "for" belongs to a name: "Fund for responding
         * to Loss and Damage" (session 13) */
        if (m > 5 && memcmp(text + x->stop - 3, "ing", 3) == 0 && i > first &&
            same(text + wv->items[i - 1].start,
                 wv->items[i - 1].stop - wv->items[i - 1].start, "for", 3, 0))
            continue;
        if (is_lower(c0) || is_digit(c0)) {
            lower++;
            /* a number, or a verb form: "2139", "underlined" */
            if (is_digit(c0) ||
                (m > 4 && text[x->stop - 2] == 'e' && text[x->stop - 1] == 'd') ||
                (m > 5 && memcmp(text + x->stop - 3, "ing", 3) == 0))
                verbish = 1;
        } else if (is_upper(c0) && lower && (verbish || lower >= 3) &&
                   i < last) {
            /* a capitalised name of two words or more after the prose;
             * one last capitalised noun ends a lower-case long form
             * ("small island developing States") */
            return 1;
        }
    }
    return 0;
}

/* The span opens a name inside a sentence: "of the CARICOM Energy
 * Policy", "the 1995 UNIDROIT Convention" (a word in lower case or a
 * number before it, a capitalised word in lower case after it). */
static int opens_name_in_prose(const char *t, size_t len, scm_span sp) {
    size_t a = sp.start, b = sp.stop;
    while (a > 0 && t[a - 1] == ' ') a--;
    while (b < len && t[b] == ' ') b++;
    return a > 0 && a < sp.start && b + 1 < len && b > sp.stop &&
           (is_lower((unsigned char)t[a - 1]) || is_digit((unsigned char)t[a - 1])) &&
           is_upper((unsigned char)t[b]) && is_lower((unsigned char)t[b + 1]);
}

/* The span sits between lower-case words on one line: "urged CARICOM
 * partners", not a heading. */
static int in_prose(const char *t, size_t len, scm_span sp) {
    size_t a = sp.start, b = sp.stop;
    while (a > 0 && t[a - 1] == ' ') a--;
    while (b < len && t[b] == ' ') b++;
    if (a == 0 || a == sp.start || b >= len || b == sp.stop ||
        !is_lower((unsigned char)t[b]))
        return 0;
    /* the word before opens in lower case too ("the ROK Ship CHEONAN"
     * names a ship) */
    {
        /* a vessel's name in capitals: "the ROK warship CHEONAN" */
        static const char *const vessels[] = {
            "ship", "warship", "vessel", "frigate", "destroyer", "corvette",
            "submarine", "carrier", "cutter", "tanker", "boat", NULL};
        size_t e = a, k;
        while (a > 0 && is_alpha((unsigned char)t[a - 1])) a--;
        for (k = 0; vessels[k]; k++)
            if (same(t + a, e - a, vessels[k], strlen(vessels[k]), 0))
                return 0;
    }
    return is_lower((unsigned char)t[a]);
}

/* A short form of two words in text[cs, ce), the first word of the name
 * and the initials of the rest: "Lao People’s Democratic Republic (Lao
 * PDR)".  The name's first word (index), or (size_t)-1. */
static size_t named_short(const state *st, const wordvec *wv, size_t cs,
                          size_t ce, size_t last) {
    const char *text = st->text;
    const char *sp = memchr(text + cs, ' ', ce - cs);
    size_t fn, an, f, k, n;
    char letters[MAX_LETTERS];
    if (!sp || !is_upper((unsigned char)text[cs])) return (size_t)-1;
    fn = (size_t)(sp - (text + cs));
    an = ce - cs - fn - 1;
    if (fn < 2 || an < 2 || memchr(sp + 1, ' ', an) ||
        !short_shaped(sp + 1, an))
        return (size_t)-1;
    for (k = 1; k < fn; k++) /* a capitalised word: "Lao", not "UN" */
        if (!is_lower((unsigned char)text[cs + k])) return (size_t)-1;
    n = short_letters(sp + 1, an, letters);
    if (n < 2 || last < n) return (size_t)-1;
    /* the words after the first, one for each letter, on its initial */
    f = last + 1 - n;
    if (f == 0) return (size_t)-1;
    f--;
    if (!same(text + wv->items[f].start,
              wv->items[f].stop - wv->items[f].start, text + cs, fn, 0))
        return (size_t)-1;
    for (k = 0; k < n; k++) {
        const word *x = &wv->items[f + 1 + k];
        if (x->barrier || lower((unsigned char)text[x->start]) !=
                              (unsigned char)letters[k] ||
            !is_upper((unsigned char)text[x->start]))
            return (size_t)-1;
    }
    return f;
}

/* Definitions in one paragraph. */
/* Word w opens with `prefix` (lower case), in either case. */
static int wlen_ci_prefix(const char *text, const word *w, const char *prefix) {
    size_t n = strlen(prefix);
    if (w->stop - w->start < n) return 0;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)text[w->start + i]) != prefix[i]) return 0;
    return 1;
}

static int all_letters(const char *s, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (!is_alpha((unsigned char)s[k])) return 0;
    return 1;
}

/* Word w reads as a state's adjective: "Spanish", "Chilean", "German",
 * "Japanese", "French", "Thai" (a lexicon party that ends so). */
static int gentilic(const char *text, const word *w) {
    static const char *const ends[] = {"an", "ish", "ese", "ch", "i", NULL};
    size_t n = w->stop - w->start;
    for (size_t k = 0; ends[k]; k++) {
        size_t m = strlen(ends[k]);
        if (n > m + 2 && memcmp(text + w->stop - m, ends[k], m) == 0) return 1;
    }
    return 0;
}

/* Word w opens an agency's name ("Institute" too was tried: the golds
 * split on "the Norwegian Institute of Marine Research (IMR)"). */
static int agency_head(const char *text, const word *w) {
    return w->stop - w->start == 6 && memcmp(text + w->start, "Agency", 6) == 0;
}

/* Word w is an ordinal: "Sixth", "6th", "61st". */
static int opening_ordinal(const char *text, const word *w) {
    const char *s = text + w->start;
    size_t n = w->stop - w->start, d = 0;
    char buf[8];
    while (d < n && is_digit((unsigned char)s[d])) d++;
    if (d > 0)
        return n == d + 2 && (same(s + d, 2, "st", 2, 1) || same(s + d, 2, "nd", 2, 1) ||
                              same(s + d, 2, "rd", 2, 1) || same(s + d, 2, "th", 2, 1));
    if (n < 5 || n > 7 || !is_upper((unsigned char)s[0])) return 0;
    for (d = 0; d < n; d++) buf[d] = (char)lower((unsigned char)s[d]);
    return lower_ordinal(buf, n);
}

/* A unit with a metric prefix, its short form the prefix's letter and
 * the unit's: "megawatts (MW)", "gigawatt-hours (GWh)", "kilometres
 * (km)".  `letters` are the short form's, in lower case. */
static int si_unit(const char *text, const word *w, const char *letters,
                   size_t n) {
    static const char *const prefixes[] = {"kilo", "mega", "giga", "tera",
                                           NULL};
    const char *s = text + w->start;
    size_t len = w->stop - w->start;
    if (n < 2 || n > 3 || len < 6 || !is_lower((unsigned char)s[0]))
        return 0;
    for (size_t k = 0; prefixes[k]; k++) {
        if (memcmp(s, prefixes[k], 4) != 0) continue;
        if (letters[0] != s[0] || letters[1] != s[4]) return 0;
        return n == 2 || (letters[2] == 'h' &&
                          scm_ascii_ifind(s + 4, len - 4, "hour") != NULL);
    }
    return 0;
}

static int roman(const char *s, size_t n);

/* "MNC NE", "PCC SEE", "KORUS FTA", "IPA III": a short form of two parts
 * in capitals, each of two to five letters, a space between.  The first
 * part's length, or 0. */
static size_t two_part_short(const char *s, size_t n) {
    const char *sp = memchr(s, ' ', n);
    size_t a, b, i;
    if (!sp) return 0;
    a = (size_t)(sp - s);
    b = n - a - 1;
    if (a < 2 || a > 5 || b < 2 || b > 5) return 0;
    for (i = 0; i < n; i++)
        if (i != a && !is_upper((unsigned char)s[i])) return 0;
    return a;
}

/* After a short form and a comma: words saying it is a short form or in
 * which language ("from the Portuguese", "for its Spanish acronym", "by
 * its French initials"). */
static int language_gloss(const char *s, size_t n) {
    static const char *const marks[] = {
        "acronym", "initials", "abbreviation", "Spanish", "Portuguese",
        "French", "German", "Italian", "Dutch", "Russian", "Arabic",
        "Turkish", NULL};
    if (n > 48) return 0;
    for (size_t k = 0; marks[k]; k++)
        if (scm_ascii_ifind(s, n, marks[k])) return 1;
    return 0;
}

static int paragraph_definitions(state *st, const wordvec *wv, size_t pstart,
                                 size_t pstop) {
    const char *text = st->text;
    size_t wi = 0;
    for (size_t p = pstart; p < pstop; p++) {
        size_t q, cs, ce, last;
        char letters[MAX_LETTERS];
        size_t n;
        unsigned follow = 0; /* follow_mask */
        align a = {0, 0, 0, 0, 0}; /* set by align_words, or below */
        int quoted = 0;
        const char *open = memchr(text + p, '(', pstop - p);
        if (!open) break;
        p = (size_t)(open - text);
        for (q = p + 1; q < pstop && q < p + 160; q++)
            if (text[q] == '(' || text[q] == ')') break;
        if (q >= pstop || text[q] != ')') continue;
        cs = p + 1;
        ce = q;
        while (cs < ce && text[cs] == ' ') cs++;
        while (ce > cs && text[ce - 1] == ' ') ce--;
        while (wi < wv->len && wv->items[wi].stop <= p) wi++;
        if (wi == 0) continue;
        last = wi - 1; /* the word before "(" */
        {
            /* only spaces and a closing quote between it and "(" */
            size_t g = wv->items[last].stop;
            const unsigned char *t = (const unsigned char *)text;
            for (; g < p; g++) {
                if (t[g] == ' ') continue;
                if (t[g] == '"') { quoted = 1; continue; }
                if (g + 2 < p && t[g] == 0xE2 && t[g + 1] == 0x80 &&
                    t[g + 2] == 0x9D) {
                    quoted = 1;
                    g += 2;
                    continue;
                }
                break;
            }
            if (g < p) continue;
        }
        {
            /* "(FADM, from the Portuguese)", "(SICA, for its Spanish
             * acronym)": the short form before a comma that says it is
             * one, or in which language (session 27) */
            const char *comma = memchr(text + cs, ',', ce - cs);
            if (comma && comma > text + cs &&
                short_shaped(text + cs, (size_t)(comma - text) - cs) &&
                !memchr(text + cs, ' ', (size_t)(comma - text) - cs) &&
                language_gloss(comma + 1, (size_t)(text + ce - comma) - 1))
                ce = (size_t)(comma - text);
        }
        size_t spaced = two_part_short(text + cs, ce - cs);
        if ((spaced || (short_shaped(text + cs, ce - cs) &&
                        memchr(text + cs, ' ', ce - cs) == NULL))) {
            size_t w0 = last;
            size_t content = 0, limit;
            long known = lookup(st, text + cs, ce - cs, 0);
            if (known >= 0 && st->entries.items[known].defined &&
                !(st->entries.items[known].from_header && !st->in_header))
                continue;
            /* (a Roman numeral after the space numbers the thing: "IPA
             * III", "LVEMP III"; its letters are no word's) */
            n = short_letters(text + cs,
                              spaced && roman(text + cs + spaced + 1, ce - cs - spaced - 1)
                                  ? spaced : ce - cs,
                              letters);
            if (n < 2 && !(n == 1 && ce - cs >= 2)) continue;
            /* "Green Transformation (GX)", "DX": an X for the "Trans…"
             * word before the bracket, as Japanese usage writes it
             * (session 16) */
            if (letters[n - 1] == 'x' && wlen_ci_prefix(text, &wv->items[last], "trans"))
                letters[n - 1] = 't';
            follow = follow_mask(text + cs, ce - cs);
            /* the window: min(2n, n + 5) content words back */
            limit = n * 2 < n + 5 ? n * 2 : n + 5;
            for (;;) {
                const word *x0 = &wv->items[w0];
                if (!function_word(text + x0->start, x0->stop - x0->start) &&
                    ++content >= limit)
                    break;
                if (w0 == 0 || x0->barrier || last - w0 >= 40) break;
                w0--;
            }
            if (quoted) {
                /* the long form is the quoted phrase */
                if (!align_words(text, wv->items, w0, last, letters, n, follow, 1, &a))
                    continue;
            } else if (si_unit(text, &wv->items[last], letters, n)) {
                a.first = last; /* "200 megawatts (MW)" */
            } else {
                size_t h = head_first(st, wv, last, letters, n);
                int ok = align_words(text, wv->items, w0, last, letters, n, follow, 0,
                                     &a);
                /* only when the letters do not all fall on initials */
                if (h != (size_t)-1 &&
                    (!ok || (a.first > h && a.initials < (int)n))) {
                    if (!ok) {
                        /* no alignment in order: the head-first reading
                         * puts every letter on an initial */
                        a.score = 0;
                        a.initials = (int)n;
                        a.uncovered = 0;
                    }
                    a.first = h;
                    ok = 1;
                }
                /* a translated name whose initials are all the letters
                 * beats an alignment that finds some inside words */
                if (!ok || a.initials < (int)n) {
                    size_t r = reordered(st, wv, last, letters, n);
                    if (r != (size_t)-1) {
                        if (!ok) { /* every letter on an initial */
                            a.score = 0;
                            a.initials = (int)n;
                            a.uncovered = 0;
                        }
                        a.first = r;
                        ok = 1;
                    }
                }
                /* "Visegrád Group (V4)", "Contact Group (C5)": a count
                 * closing the short form stands for the collective noun
                 * that closes the name, the letters before it for the
                 * words before that noun, each on its initial */
                if (!ok && n >= 2 && is_digit((unsigned char)text[ce - 1]) &&
                    is_alpha((unsigned char)text[cs]) && last > w0 &&
                    collective_noun(text, &wv->items[last])) {
                    size_t nl = 0;
                    while (nl < n && is_alpha((unsigned char)text[cs + nl])) nl++;
                    if (nl >= 1 && nl < n &&
                        align_words(text, wv->items, w0, last - 1, letters, nl,
                                    follow, 0, &a) &&
                        a.initials == (int)nl && a.uncovered == 0)
                        ok = 1;
                }
                /* (also when the number read as a word's initial left a
                 * letter inside a word: "Combined Coordination Center for
                 * Maritime Security (C3MS)", not "Center …"; session 17) */
                if (!ok || a.initials < (int)n) {
                    /* "command, control and communications (C3)": the
                     * count repeats the capital before it, every letter on
                     * an initial */
                    char rep[MAX_LETTERS];
                    align r;
                    size_t rn = repeated_letters(text + cs, ce - cs, rep), r0 = last;
                    for (size_t words = 0; rn && r0 > 0 && !wv->items[r0].barrier &&
                                           words < 2 * rn && last - r0 < 40;
                         r0--)
                        words++;
                    if (rn && align_words(text, wv->items, r0, last, rep, rn, 0, 0, &r) &&
                        r.initials == (int)rn && r.uncovered == 0) {
                        memcpy(letters, rep, rn);
                        n = rn;
                        follow = 0;
                        a = r;
                        ok = 1;
                    }
                }
                if (ok && a.first < last && gerund_opener(st, wv, a.first)) {
                    /* the letters needed the verb: the name after it is
                     * in another language's letters ("Creating the
                     * International Commission of the Congo-Oubangui-Sangha
                     * Basin (CICOS)"), else the letters again after it */
                    size_t t = translated_name(st, wv, last, n);
                    align b;
                    if (t != (size_t)-1 && t > a.first) {
                        a.first = t;
                    } else {
                        ok = a.first + 2 <= last &&
                             align_words(text, wv->items, a.first + 2, last,
                                         letters, n, follow, 0, &b);
                        if (ok) a = b;
                    }
                }
                if (ok && prose_in_name(st, wv, a.first, last)) {
                    /* the letters again, inside the name after the prose:
                     * "… and underscored the importance of the Zambezi
                     * Watercourse Commission (ZAMCOM)" */
                    size_t c, r = name_run(st, wv, last, &c);
                    align b;
                    ok = r != (size_t)-1 && r > a.first &&
                         align_words(text, wv->items, r, last, letters, n, follow, 0,
                                     &b);
                    if (ok) a = b;
                }
                if (ok && a.first + 2 <= last &&
                    is_lower((unsigned char)text[wv->items[a.first].start]) &&
                    !function_word(text + wv->items[a.first].start,
                                   wv->items[a.first].stop -
                                       wv->items[a.first].start)) {
                    /* "in the spirit of South-South and Triangular
                     * Cooperation (SSTC)": a lower-case noun before "of" +
                     * a capitalised name that has every letter on an
                     * initial is the prose's (session 14) */
                    size_t c = a.first + 1;
                    align b;
                    while (c < last &&
                           function_word(text + wv->items[c].start,
                                         wv->items[c].stop - wv->items[c].start))
                        c++;
                    if (c > a.first + 1 && c <= last &&
                        is_upper((unsigned char)text[wv->items[c].start]) &&
                        align_words(text, wv->items, c, last, letters, n, follow,
                                    1, &b) &&
                        b.initials == (int)n && b.uncovered == 0)
                        a = b;
                }
                if (ok && st->lex) {
                    /* "Ana Silva, President of the National Water and
                     * Sanitation Agency (ANAS)": the body after an office
                     * "of" it, not the person holding it */
                    size_t k2, after = 0;
                    for (k2 = a.first; k2 + 1 < last; k2++)
                        if (same(text + wv->items[k2 + 1].start,
                                 wv->items[k2 + 1].stop -
                                     wv->items[k2 + 1].start,
                                 "of", 2, 0) &&
                            scm_lexicon_has(st->lex, SCM_LEX_TITLE,
                                            text + wv->items[k2].start,
                                            wv->items[k2].stop -
                                                wv->items[k2].start))
                            after = k2 + 2;
                    if (after) {
                        align b;
                        int body = after <= last &&
                                   align_words(text, wv->items, after, last,
                                               letters, n, follow, 0, &b);
                        /* "Inspector General of Police (IGP)", "Chief of
                         * Naval Staff (CNS)": every letter on an initial
                         * from the office's first word on, which the body
                         * alone does not spell, is the office's own short
                         * form (session 20) */
                        int office = a.initials == (int)n && a.uncovered == 0 &&
                                     a.first + 2 <= after &&
                                     is_upper((unsigned char)text[wv->items[a.first].start]) &&
                                     !(body && b.initials == (int)n && b.uncovered == 0);
                        if (!office) {
                            ok = body;
                            if (ok) a = b;
                        }
                    }
                }
                if (ok && a.initials < (int)n &&
                    crosses_break(st, wv, a.first, last) &&
                    !syllable_start(text, &wv->items[a.first], letters, n)) {
                    /* letters found inside words across a spaced dash
                     * ("Algeria – Niger Bilateral Border Committee (CBF)",
                     * a name in another language's letters; but "Norway –
                     * Saudi Arabia Strategic Dialogue (NSSD)" keeps its
                     * parties): the letters again after the last dash */
                    size_t r = a.first;
                    align b;
                    while (r < last && crosses_break(st, wv, r, last)) r++;
                    ok = align_words(text, wv->items, r, last, letters, n, follow, 0,
                                     &b) &&
                         !prose_in_name(st, wv, b.first, last);
                    if (ok) a = b;
                }
                if (ok && 2 * a.initials < (int)n && !(a.prefixes && a.uncovered == 0) &&
                    !syllable_start(text, &wv->items[a.first], letters, n) &&
                    !lower_content(st, wv, a.first, last)) {
                    /* most letters inside words of a capitalised name: a
                     * name translated from another language, whole ("Higher
                     * Institute of Defence Studies (ISEDEF)") */
                    size_t t = translated_name(st, wv, last, n);
                    if (t != (size_t)-1 && t < a.first) a.first = t;
                }
                if (ok && (a.initials < (int)n || a.uncovered > 0) &&
                    lower_content(st, wv, a.first, last)) {
                    /* a capitalised name at the end beats letters found in
                     * prose before it: "in March of the amendments to
                     * Annex VI of the International Convention for the
                     * Prevention of Pollution from Ships (MARPOL)"; or
                     * skipped over: "preferential access to the
                     * Autonomous Port of Conakry (PAC)" */
                    size_t t = translated_name(st, wv, last, n);
                    if (t != (size_t)-1 && t > a.first) a.first = t;
                }
                if (!ok) {
                    size_t t = translated_name(st, wv, last, n);
                    if (t == (size_t)-1) continue;
                    a.first = t;
                    ok = 1;
                }
                /* "Bay of Bengal Initiative (BIMSTEC)": a name opening
                 * "X of Y" with one letter for both */
                if (a.first >= 2 &&
                    same(text + wv->items[a.first - 1].start,
                         wv->items[a.first - 1].stop -
                             wv->items[a.first - 1].start, "of", 2, 0) &&
                    !wv->items[a.first - 1].barrier &&
                    !wv->items[a.first].barrier &&
                    is_upper((unsigned char)text[wv->items[a.first - 2].start]) &&
                    lower((unsigned char)text[wv->items[a.first - 2].start]) ==
                        (unsigned char)letters[0] &&
                    lower((unsigned char)text[wv->items[a.first].start]) ==
                        (unsigned char)letters[0])
                    a.first -= 2;
                /* "per- and polyfluoroalkyl substances (PFAS)": a
                 * suspended first half joined by "and"/"or" shares the
                 * long form's head (session 14) */
                if (a.first >= 2 && !wv->items[a.first].barrier &&
                    !wv->items[a.first - 1].barrier &&
                    (same(text + wv->items[a.first - 1].start,
                          wv->items[a.first - 1].stop -
                              wv->items[a.first - 1].start, "and", 3, 0) ||
                     same(text + wv->items[a.first - 1].start,
                          wv->items[a.first - 1].stop -
                              wv->items[a.first - 1].start, "or", 2, 0)) &&
                    text[wv->items[a.first - 2].stop] == '-' &&
                    text[wv->items[a.first - 2].stop + 1] == ' ')
                    a.first -= 2;
            }
            /* "the Sixth Summit of South American and Arab Countries
             * (ASPA)": an ordinal the letters do not use numbers the
             * meeting, the short form names the series */
            /* "the Spanish Agency for International Development
             * Cooperation (AECID)": a state's adjective right before an
             * agency's name is part of it (the golds keep "Spanish",
             * "Chilean", "German" whole) */
            if (!quoted && a.first > 0 && st->lex &&
                !wv->items[a.first].barrier &&
                agency_head(text, &wv->items[a.first]) &&
                party_word(st, wv, a.first - 1) &&
                gentilic(text, &wv->items[a.first - 1]))
                a.first--;
            /* "the National Commission on Space Activities (CONAE)": a
             * Spanish or French short form puts "Nacional" after the
             * noun, English before it; "National" belongs to the name
             * when the short form has an N past its first letter */
            if (!quoted && a.first > 0 && !wv->items[a.first].barrier &&
                same(text + wv->items[a.first - 1].start,
                     wv->items[a.first - 1].stop - wv->items[a.first - 1].start,
                     "National", 8, 0) &&
                memchr(letters + 1, 'n', n - 1))
                a.first--;
            if (!quoted && a.first < last && all_letters(text + cs, ce - cs) &&
                opening_ordinal(text, &wv->items[a.first]) &&
                lower((unsigned char)text[wv->items[a.first].start]) !=
                    (unsigned char)letters[0])
                a.first++;
            if (add_definition(st, cs, ce - cs, wv->items[a.first].start,
                               wv->items[last].stop) != 0)
                return -1;
        } else if (!quoted && (q = named_short(st, wv, cs, ce, last)) !=
                                  (size_t)-1) {
            /* "Lao People’s Democratic Republic (Lao PDR)" */
            if (add_definition(st, cs, ce - cs, wv->items[q].start,
                               wv->items[last].stop) != 0)
                return -1;
        } else if (!quoted && ce > cs &&
                   (memchr(text + cs, ' ', ce - cs) ||
                    /* "the BTK (Baku–Tbilisi–Kars) railway": parts joined
                     * by dashes, each a capitalised word */
                    (is_upper((unsigned char)text[cs]) &&
                     (memchr(text + cs, '-', ce - cs) ||
                      scm_ascii_ifind(text + cs, ce - cs, "\xE2\x80\x93")) &&
                     !short_shaped(text + cs, ce - cs))) &&
                   short_shaped(text + wv->items[last].start,
                                wv->items[last].stop - wv->items[last].start)) {
            /* "SHORT (long form)": the long form fills the parentheses */
            size_t f = wi, l = wi;
            const word *sw = &wv->items[last];
            while (l + 1 < wv->len && wv->items[l + 1].stop <= ce) l++;
            if (f >= wv->len || wv->items[f].start >= ce) continue;
            n = short_letters(text + sw->start, sw->stop - sw->start, letters);
            if (n < 2) continue;
            follow = follow_mask(text + sw->start, sw->stop - sw->start);
            if ((!align_words(text, wv->items, f, l, letters, n, follow, 1, &a) ||
                 a.uncovered > 0) &&
                !capitalised_name(st, wv, f, l, n))
                continue;
            if (add_definition(st, sw->start, sw->stop - sw->start,
                               wv->items[f].start, wv->items[l].stop) != 0)
                return -1;
        }
    }
    return 0;
}

/* ---- mentions ------------------------------------------------------ */

/* Length of a short-form part without a possessive or plural ending. */
static size_t strip_ending(const char *s, size_t n) {
    const unsigned char *t = (const unsigned char *)s;
    if (n > 4 && t[n - 1] == 's' && t[n - 4] == 0xE2 && t[n - 3] == 0x80 &&
        t[n - 2] == 0x99)
        return n - 4;
    if (n > 2 && t[n - 1] == 's' && t[n - 2] == '\'') return n - 2;
    if (n > 2 && t[n - 1] == 's' && is_upper(t[n - 2])) return n - 1;
    return n;
}

/* Capitals, digits and periods; two capitals, or a capital and a digit. */
static int caps_shaped(const char *s, size_t n, size_t *letters) {
    size_t up = 0, dig = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (is_upper(c)) up++;
        else if (is_digit(c)) dig++;
        else if (c != '.' && c != '-') return 0; /* '-' only in "COVID-19" */
    }
    *letters = up;
    if (n && s[0] == '.') return 0;
    return up >= 2 || (up >= 1 && dig >= 1);
}

/* s is a numeral in canonical form with hundreds or thousands:
 * "CCXCVIII", "CMXLVII", "MMXXV". */
static int long_roman(const char *s, size_t n) {
    static const char *const digits[3][10] = {
        {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"},
        {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"},
        {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}};
    size_t p = 0;
    while (p < n && p < 3 && s[p] == 'M') p++;
    for (int place = 0; place < 3; place++) {
        size_t best = 0;
        for (int d = 1; d < 10; d++) {
            size_t m = strlen(digits[place][d]);
            if (m > best && m <= n - p && !memcmp(s + p, digits[place][d], m))
                best = m;
        }
        p += best;
    }
    return p == n;
}

static int roman(const char *s, size_t n) {
    /* II to LXXXIX, of I, V, X and L only (so that "CD", "DC" and "MD"
     * stay short forms) */
    int v = scm_roman_value(s, n);
    /* (a well-formed numeral of five letters or more is one whatever its
     * letters: "CMXLVII Ordinary Meeting") */
    return (v >= 2 && v <= 89 && !memchr(s, 'C', n)) || (n >= 5 && long_roman(s, n));
}

/* A mention of text[start, start+n), whose entry is `known` when the
 * caller has looked it up already (else -1: found or made here).  The
 * entry's index, or -1 when out of memory. */
static long add_mention(state *st, size_t start, size_t n, int caps,
                        long known) {
    long i = known >= 0 ? known : intern(st, start, n);
    scm_span sp;
    if (i < 0) return -1;
    sp.start = (scm_off)start;
    sp.stop = (scm_off)(start + n);
    if (SCM_VEC_PUSH(&st->entries.items[i].mentions, sp) != 0) return -1;
    if (caps) {
        if (SCM_VEC_PUSH(&st->caps, (uint32_t)i) != 0) return -1;
        if (SCM_VEC_PUSH(&st->capspan, sp) != 0) return -1;
    }
    return i;
}

/* Mentions in one word: the whole word when it is a defined short form,
 * else each part between hyphens and slashes. */
static int word_mentions(state *st, const word *w) {
    const char *text = st->text;
    size_t n = w->stop - w->start, p, letters, bare;
    long i;
    int has_digit = 0, has_upper = 0;
    for (p = w->start; p < w->stop && !has_upper; p++)
        has_upper = is_upper((unsigned char)text[p]);
    if (!has_upper) return 0; /* every short form has a capital */
    {
        /* "the Lao PDR": a defined short form of two words */
        size_t b = w->start;
        if (b >= 3 && text[b - 1] == ' ' && is_lower((unsigned char)text[b - 2])) {
            size_t a0 = b - 2;
            while (a0 > 0 && is_alpha((unsigned char)text[a0 - 1])) a0--;
            if (is_upper((unsigned char)text[a0]) &&
                (a0 == 0 || !is_alpha((unsigned char)text[a0 - 1]))) {
                size_t m2 = strip_ending(text + a0, w->stop - a0);
                i = lookup(st, text + a0, m2, 0);
                if (i >= 0 && st->entries.items[i].defined)
                    return add_mention(st, a0, m2, 0, i) < 0 ? -1 : 0;
            }
        }
    }
    /* "GSP+ status": the word with its closing plus, defined as such
     * (session 16) */
    if (text[w->stop] == '+') {
        size_t e = w->stop + 1;
        i = lookup(st, text + w->start, n + 1, 0);
        if (i >= 0 && st->entries.items[i].defined)
            return add_mention(st, w->start, n + 1, 0, i) < 0 ? -1 : 0;
        /* "C5+1", "P5+1": a format of a short group and its partners,
         * one short form with its plus and number (not "ASEAN+3", whose
         * group is known by its own name; session 19) */
        while (is_digit((unsigned char)text[e]) && e - w->stop < 4) e++;
        if (e > w->stop + 1 && n <= 3 && !scm_ascii_is_alnum((unsigned char)text[e]) &&
            caps_shaped(text + w->start, n, &letters)) {
            i = lookup(st, text + w->start, e - w->start, 0);
            if (i >= 0 && st->entries.items[i].defined)
                return add_mention(st, w->start, e - w->start, 0, i) < 0 ? -1 : 0;
            i = add_mention(st, w->start, e - w->start, 1, i);
            if (i < 0) return -1;
            st->entries.items[i].bare = 1;
            return 0;
        }
    }
    i = lookup(st, text + w->start, n, 0);
    if (i >= 0 && st->entries.items[i].defined) /* "ZEVs" defined as such */
        return add_mention(st, w->start, n, 0, i) < 0 ? -1 : 0;
    bare = strip_ending(text + w->start, n);
    if (bare != n) { /* "NCG's", "SCMs": else looked up already */
        n = bare;
        i = lookup(st, text + w->start, n, 0);
        if (i >= 0 && st->entries.items[i].defined)
            return add_mention(st, w->start, n, 0, i) < 0 ? -1 : 0;
    }
    for (p = w->start; p < w->start + n; p++)
        if (is_digit((unsigned char)text[p])) has_digit = 1;
    if (has_digit && memchr(text + w->start, '/', n)) return 0; /* A/RES/75 */
    p = w->start;
    while (p < w->start + n) {
        size_t q = p, m;
        int caps;
        while (q < w->start + n && text[q] != '-' && text[q] != '/') q++;
        /* "COVID-19": a number after a hyphen belongs to the short form,
         * unless the part before it is a defined one ("JCDS-4": the 4th
         * JCDS) */
        if (q < w->start + n && text[q] == '-') {
            size_t r = q + 1;
            long d = lookup(st, text + p, q - p, 0);
            while (r < w->start + n && is_digit((unsigned char)text[r])) r++;
            if (r > q + 1 && (r == w->start + n || text[r] == '-' ||
                              text[r] == '/') &&
                !(d >= 0 && st->entries.items[d].defined)) {
                q = r;
            } else if (r > q + 1 && d >= 0 && st->entries.items[d].defined &&
                       r == w->start + n) {
                /* the number is no short form of its own */
                if (add_mention(st, p, q - p, 0, d) < 0) return -1;
                break;
            } else if (q + 2 == w->start + n && is_upper((unsigned char)text[q + 1]) &&
                       q - p >= 2 && all_upper(text + p, q - p) &&
                       !roman(text + p, q - p)) {
                /* "INDUS-X", "ENTSO-E", "TEN-T": one capital after the
                 * hyphen ends the short form's own name (not "Interreg
                 * VI-A": a numbered strand; session 21) */
                q += 2;
            }
        }
        m = strip_ending(text + p, q - p);
        i = lookup(st, text + p, m, 0);
        if (i < 0 && m > 2 && text[p + m - 1] != '.' && text[p + m - 2] == '.')
        {
            /* "U.S" for "U.S.": the source's typo, same short form */
            size_t j;
            for (j = 0; j < st->entries.len; j++) {
                const entry *e = &st->entries.items[j];
                if (e->keylen == m + 1 &&
                    memcmp(text + e->key, text + p, m) == 0 &&
                    text[e->key + m] == '.')
                    break;
            }
            if (j < st->entries.len) {
                scm_span sp = {(scm_off)p, (scm_off)(p + m)};
                if (SCM_VEC_PUSH(&st->entries.items[j].mentions, sp) != 0)
                    return -1;
                p = q + 1;
                continue;
            }
        }
        caps = caps_shaped(text + p, m, &letters);
        if (i >= 0 || caps) {
            entry *e;
            i = add_mention(st, p, m, caps, i);
            if (i < 0) return -1;
            e = &st->entries.items[i];
            if (p + m < w->stop && text[p + m] == 's' &&
                (p + m + 1 == w->stop || text[p + m + 1] == '-' ||
                 text[p + m + 1] == '/'))
                e->plural = 1;
            else e->bare = 1;
        }
        p = q + 1;
    }
    return 0;
}

/* The initials (bit i for 'a' + i) of the keys of each length 2..8 that
 * start with a letter: a spelling can only match one of those, and most
 * words match none, so mark_spellings looks up only the few that may. */
static void spelling_initials(const state *st, uint32_t initials[9]) {
    memset(initials, 0, 9 * sizeof *initials);
    for (size_t i = 0; i < st->entries.len; i++) {
        const entry *e = &st->entries.items[i];
        unsigned char c = (unsigned char)st->text[e->key];
        if (e->keylen >= 2 && e->keylen <= 8 && is_alpha(c))
            initials[e->keylen] |= 1u << (lower(c) - 'a');
    }
}

/* A capitalised or lower-case spelling of an undefined short form makes it
 * an ordinary word. */
static void mark_spellings(state *st, const word *w,
                           const uint32_t initials[9]) {
    const unsigned char *t = (const unsigned char *)st->text + w->start;
    size_t n = w->stop - w->start, i, lo = 0;
    long e;
    if (n < 2 || n > 8) return; /* longer capitals are dropped anyway */
    if (!is_alpha(t[0]) || !((initials[n] >> (lower(t[0]) - 'a')) & 1))
        return;
    for (i = 0; i < n; i++) {
        if (!is_alpha(t[i])) return;
        if (is_lower(t[i])) lo++;
    }
    if (lo == 0) return;
    if (lo != n && !(lo == n - 1 && is_upper(t[0]))) return;
    e = lookup(st, (const char *)t, n, 1);
    if (e < 0) return;
    if (lo == n && n < 4) return; /* "us" is not "US" */
    st->entries.items[e].ordinary = 1;
}

static int letter_count(const char *s, size_t n, int *digits) {
    int k = 0;
    *digits = 0;
    for (size_t i = 0; i < n; i++) {
        if (is_alpha((unsigned char)s[i])) k++;
        if (is_digit((unsigned char)s[i])) *digits = 1;
    }
    return k;
}

static int by_first(const void *a, const void *b) {
    const entry *x = a, *y = b;
    scm_off xs = x->mentions.len ? x->mentions.items[0].start
                                 : x->definition.start;
    scm_off ys = y->mentions.len ? y->mentions.items[0].start
                                 : y->definition.start;
    return (xs > ys) - (xs < ys);
}

static void free_state(state *st) {
    for (size_t i = 0; i < st->entries.len; i++) {
        free(st->entries.items[i].long_form);
        SCM_VEC_FREE(&st->entries.items[i].mentions);
    }
    SCM_VEC_FREE(&st->entries);
    free(st->slots);
    SCM_VEC_FREE(&st->caps);
    SCM_VEC_FREE(&st->capspan);
}

/* Is s[0..n) a person's family name (ASCII case-insensitively)? */
static int person_family(const scm_extract *x, const char *s, size_t n) {
    for (size_t i = 0; i < x->people.len; i++) {
        const char *f = x->people.items[i].family;
        size_t fn = f ? strlen(f) : 0;
        if (f && same(f, fn, s, n, 1)) return 1;
        /* the last word of a family name of two ("Ó Dálaigh TD") */
        if (fn > n && f[fn - n - 1] == ' ' && same(f + fn - n, n, s, n, 1))
            return 1;
    }
    return 0;
}

static int only_spaces(const char *text, size_t a, size_t b) {
    for (; a < b; a++)
        if (text[a] != ' ') return 0;
    return 1;
}

/* Two words of a run of capitals: spaces between them, or one hyphen
 * ("FIFTY-NINTH PACIFIC ISLANDS FORUM"). */
static int run_gap(const char *text, size_t a, size_t b) {
    return only_spaces(text, a, b) || (b == a + 1 && text[a] == '-');
}


/* "58TH", "1ST", "2ND": an ordinal in a heading written in capitals. */
static int caps_ordinal(const char *s, size_t n) {
    size_t d = 0;
    while (d < n && is_digit((unsigned char)s[d])) d++;
    return d > 0 && n == d + 2 &&
           (same(s + d, 2, "ST", 2, 0) || same(s + d, 2, "ND", 2, 0) ||
            same(s + d, 2, "RD", 2, 0) || same(s + d, 2, "TH", 2, 0));
}

/* "The Council RECALLS …", "WELCOMES", "AGREES": a reporting verb set in
 * capitals, as Council conclusions write their operative verbs, is no
 * short form.  True when the word in lower case, less an -s or -es, is a
 * lemma of list `verb`. */
static int caps_reporting_verb(const state *st, const word *w) {
    char buf[32];
    size_t n = w->stop - w->start, i;
    if (n < 5 || n >= sizeof buf || st->text[w->stop - 1] != 'S') return 0;
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)st->text[w->start + i];
        if (!is_upper(ch)) return 0;
        buf[i] = (char)(ch + 32);
    }
    if (scm_lexicon_has(st->lex, SCM_LEX_VERB, buf, n - 1)) return 1;
    return n > 5 && buf[n - 2] == 'e' &&
           scm_lexicon_has(st->lex, SCM_LEX_VERB, buf, n - 2);
}

/* A word of three capitals or more, letters only, that no definition
 * made a short form. */
static int capital_word(const state *st, const word *w) {
    size_t p, n = w->stop - w->start;
    long e;
    /* "SHIELD OF THRACE": a short function word joins the run, also a
     * Romance article or preposition of a letterhead in capitals
     * ("PRÉSIDENCE DE LA RÉPUBLIQUE DU TCHAD", "MINISTÉRIO DA DEFESA") */
    if ((n == 2 || n == 3) &&
        scm_bytes_in(st->text + w->start, n, caps_function_words))
        return 1;
    if (caps_ordinal(st->text + w->start, n)) return 1; /* "58TH SUMMIT" */
    if (n < 3) return 0;
    /* "FIFTY-NINTH": a hyphen joins two words in capitals of four
     * letters or more ("US-ROK NCG" stays two short forms), with links
     * of a compound between them ("PEOPLE-TO-PEOPLE", "STATE-OF-THE-ART");
     * a prefix opens one ("CO-CHAIRS", "NON-PROLIFERATION") and a
     * particle closes one ("FOLLOW-UP", "ROLL-OUT") */
    {
        size_t part = 0, words = 0, links = 0, stop = w->stop, k;
        for (k = 2; k <= 3 && k + 5 < n; k++)
            if (st->text[stop - k - 1] == '-' &&
                scm_bytes_in(st->text + stop - k, k, caps_particles)) {
                stop -= k + 1;
                break;
            }
        for (p = w->start; p < stop; p++) {
            unsigned char c = (unsigned char)st->text[p];
            if (is_upper(c)) {
                part++;
            } else if (c == 0xC3 && p + 1 < stop &&
                       latin1_capital((unsigned char)st->text[p + 1])) {
                part++; /* "COMMUNIQUÉ", "REPÚBLICA": no short form */
                p++;
            } else if (c == '-' && p + 4 <= stop && !words && !links &&
                       part == p - w->start &&
                       scm_bytes_in(st->text + w->start, part, caps_prefixes)) {
                links++;
                part = 0;
            } else if (c == '-' && p + 5 <= stop &&
                       (part >= 4 ||
                        (words > 0 && part >= 2 && part <= 3 &&
                         (memcmp(st->text + p - part, "TO", part) == 0 ||
                          memcmp(st->text + p - part, "OF", part) == 0 ||
                          memcmp(st->text + p - part, "THE", part) == 0 ||
                          memcmp(st->text + p - part, "AND", part) == 0)))) {
                if (part >= 4) words++;
                else links++;
                part = 0;
            } else {
                return 0;
            }
        }
        if (stop < w->stop && part < 4) return 0;
        if (part < 3 || (part < 4 && stop - w->start > part && !links))
            return 0;
    }
    e = lookup(st, st->text + w->start, n, 0);
    return !(e >= 0 && st->entries.items[e].defined);
}

/* capital_word of candidate i, asked of a word up to four times (as
 * itself and as each neighbour's): answered once, into memo[i] (-1 not
 * yet).  The definitions are all known when the mentions are read, and
 * the mentions add no definition, so the answer does not change. */
static int capital_memo(const state *st, const wordvec *cand,
                        signed char *memo, size_t i) {
    if (memo[i] < 0) memo[i] = (signed char)capital_word(st, &cand->items[i]);
    return memo[i];
}

/* "BERLIN, 9 April 3897 – …", "PORT MORESBY, 3 May …": a place in
 * capitals opening a line, then a comma and a date, is a dateline's, no
 * short form (session 17). */
static int dateline_place(const char *text, size_t len, const word *w) {
    size_t a = w->start, p = w->stop;
    scm_date d;
    /* back to the line's start over the place's other words */
    while (a > 0 && (is_upper((unsigned char)text[a - 1]) || text[a - 1] == ' ' ||
                     text[a - 1] == '-' || text[a - 1] == '.'))
        a--;
    if (a > 0 && text[a - 1] != '\n') return 0;
    while (p < len && (is_upper((unsigned char)text[p]) || text[p] == ' ' ||
                       text[p] == '-' || text[p] == '.'))
        p++;
    if (p >= len || text[p] != ',') return 0;
    p++;
    while (p < len && text[p] == ' ') p++;
    return scm_date_at(text, len, p, 0, &d);
}

/* A word in capitals right after "exercise", "mission" or "operation"
 * names it ("the multinational exercise AMAN", "the sample-return mission
 * ESPERO"): such names are written in capitals, and an undefined one is
 * no short form. */
static int named_event(const state *st, const word *w) {
    static const char *const heads[] = {"exercise", "exercises", "mission",
                                        "operation", NULL};
    const char *t = st->text;
    size_t e = w->start, b;
    while (e > 0 && t[e - 1] == ' ') e--;
    if (e == w->start) return 0;
    for (b = e; b > 0 && is_alpha((unsigned char)t[b - 1]); b--)
        ;
    for (size_t k = 0; heads[k]; k++)
        if (same(t + b, e - b, heads[k], strlen(heads[k]), 1)) return 1;
    return 0;
}

/* A post-nominal, also written with full stops ("C.G.H." for "CGH";
 * session 16). */
static int post_nominal_word(const char *s, size_t n) {
    char buf[16];
    size_t i, k = 0;
    if (in_name_set(s, n, NS_POST_NOMINAL)) return 1;
    if (n >= sizeof buf || !memchr(s, '.', n)) return 0;
    for (i = 0; i < n; i++)
        if (s[i] != '.') buf[k++] = s[i];
    return k >= 2 && in_name_set(buf, k, NS_POST_NOMINAL);
}

/* "Marcus D. Springer, MP, Minister …", "Dennis Omondi, EGH, Cabinet
 * Secretary": an honour after a name and a comma (scm_post_nominals) is
 * no short form. */
static int post_nominal(const state *st, const scm_extract *x,
                        const word *w) {
    const char *t = st->text;
    size_t n = w->stop - w->start, e = w->start, b;
    if (!post_nominal_word(t + w->start, n)) return 0;
    /* "Zuhura Salum Mkwawa (MP), Minister …": in brackets after a name */
    if (e > 0 && t[e - 1] == '(' && t[w->stop] == ')') /* NUL-ended */
        e--;
    while (e > 0 && t[e - 1] == ' ') e--;
    /* "the Hon Liam Fairweather MP": right after a person's family name,
     * or after another honour ("Dame Harriet Ellison-Carr DBE MP") */
    for (;;) {
        for (b = e; b > 0 && t[b - 1] != ' ' && t[b - 1] != '\n'; b--)
            ;
        if (b == e || !post_nominal_word(t + b, e - b)) break;
        for (e = b; e > 0 && t[e - 1] == ' '; e--)
            ;
    }
    if (b < e && person_family(x, t + b, e - b)) return 1;
    /* after a name and a comma, or after other honours each set off by
     * one: "Mohammad Ashraful Haque Chowdhury, NUP, ndc, psc, BN,
     * Director General" (session 21) */
    for (;;) {
        if (e < 2 || t[e - 1] != ',') return 0;
        e--;
        while (e > 0 && t[e - 1] == ' ') e--;
        for (b = e; b > 0 && t[b - 1] != ' '; b--)
            ;
        if (b < e && post_nominal_word(t + b, e - b)) {
            e = b;
            while (e > 0 && t[e - 1] == ' ') e--;
            continue;
        }
        /* after a name: a word that opens with a capital letter */
        return (unsigned char)t[b] >= 'A' && (unsigned char)t[b] <= 'Z';
    }
}

/* "GEN Ahn Tae-gyu", "ADM Corwin J. Halvorsen": a rank in capitals (a
 * title of the lexicon whose role is a rank) right before a person's name is no short form
 * (session 24). */
static int rank_before_name(const state *st, const scm_extract *x, const word *w) {
    const char *t = st->text, *role;
    size_t n = w->stop - w->start;
    if (!st->lex || t[w->stop] != ' ' ||
        !(role = scm_lexicon_class(st->lex, SCM_LEX_TITLE, t + w->start, n)) ||
        !scm_bytes_in(role, strlen(role), scm_rank_roles))
        return 0; /* (an office's, "CS Kamau", "PM Yandapu", is one) */
    for (size_t q = 0; q < x->people.len; q++) {
        const scm_person *p = &x->people.items[q];
        for (size_t m = 0; m < p->mentions.len; m++)
            if (p->mentions.items[m].start <= w->stop + 1 &&
                p->mentions.items[m].stop > w->stop + 1)
                return 1;
    }
    return 0;
}

/* "– ENDS –": a word alone on its line (but for dashes, stars and
 * spaces) is a marker or a heading, not a short form in use. */
static int alone_on_line(const char *t, size_t len, const word *w) {
    size_t a = w->start, b = w->stop;
    while (a > 0 && t[a - 1] != '\n') {
        unsigned char c = (unsigned char)t[a - 1];
        if (c == ' ' || c == '-' || c == '*' || c == 0x80 || c == 0x93 ||
            c == 0x94 || c == 0xE2)
            a--;
        else
            return 0;
    }
    while (b < len && t[b] != '\n') {
        unsigned char c = (unsigned char)t[b];
        if (c == ' ' || c == '-' || c == '*' || c == 0x80 || c == 0x93 ||
            c == 0x94 || c == 0xE2)
            b++;
        else
            return 0;
    }
    return 1;
}

/* "V. FOLLOW-UP", "3) IMPLEMENTATION": a word alone on its line after a
 * section's number or letter is that section's heading. */
static int labelled_heading(const char *t, size_t len, const word *w) {
    size_t a = w->start, b = w->stop, label;
    while (b < len && (t[b] == ' ' || t[b] == ':')) b++;
    if (b < len && t[b] != '\n') return 0;
    while (a > 0 && t[a - 1] == ' ') a--;
    if (a == w->start || a < 2 || (t[a - 1] != '.' && t[a - 1] != ')')) return 0;
    a--;
    label = a;
    while (a > 0 && (is_digit((unsigned char)t[a - 1]) || t[a - 1] == 'I' ||
                     t[a - 1] == 'V' || t[a - 1] == 'X' || t[a - 1] == 'L'))
        a--;
    if (a == label && a > 0 && is_alpha((unsigned char)t[a - 1])) a--;
    return a < label && (a == 0 || t[a - 1] == '\n');
}

/* A heading written in capitals, commas between its words: "SOCIAL,
 * CULTURAL AND CONSULAR MATTERS" -- a line with no lower-case letter, a
 * comma and an "AND" (or a word of ten capitals or more), whose words are
 * no short forms (session 14). */
static int caps_heading_line(const char *t, size_t len, const word *w) {
    size_t a = w->start, b = w->stop, k;
    int comma = 0, and = 0;
    /* a heading is short: looked at within 160 bytes either side, so a
     * long line costs no more than a short one */
    while (a > 0 && t[a - 1] != '\n') {
        if (w->start - a > 160) return 0;
        a--;
    }
    while (b < len && t[b] != '\n') {
        if (b - w->stop > 160) return 0;
        b++;
    }
    size_t run = 0, longest = 0;
    for (k = a; k < b; k++) {
        if (is_lower((unsigned char)t[k])) return 0;
        if (t[k] == ',') comma = 1;
        if (k + 5 <= b && !memcmp(t + k, " AND ", 5)) and = 1;
        run = t[k] >= 'A' && t[k] <= 'Z' ? run + 1 : 0;
        if (run > longest) longest = run;
    }
    /* (or, session 21, a word of ten capitals or more, which no short
     * form is: "PILLAR I: CONVENTIONALLY-ARMED, NUCLEAR-POWERED
     * SUBMARINES") */
    return comma && (and || longest >= 10);
}

int scm_extract_acronyms(scm_doc *doc, const scm_lexicon *lex,
                         scm_extract *x, scm_error *err) {
    state st;
    wordvec wv = {0}, spell = {0}, cand = {0};
    signed char *capw = NULL; /* capital_memo's answers, per candidate */
    uint32_t initials[9];
    size_t i, pi;
    const scm_text *t = &doc->text;
    memset(&st, 0, sizeof st);
    st.text = t->text;
    st.lex = lex;
    if (rehash(&st) != 0) goto oom;
    /* One lexing pass: the definitions of each paragraph with a "(", and
     * the words that may hold a mention or be an ordinary spelling of a
     * short form, kept for when every definition is known. */
    for (pi = 0; pi < t->paragraphs.len; pi++) {
        const scm_paragraph *pg = &t->paragraphs.items[pi];
        int defs = memchr(t->text + pg->span.start, '(',
                          pg->span.stop - pg->span.start) != NULL;
        st.in_header = pg->kind == SCM_PARA_HEADER;
        /* a release's "Posted On: 14 JUN 3895 5:42PM by PIB Delhi" holds
         * no short form (session 17) */
        if (st.in_header &&
            scm_text_posting_label(t->text + pg->span.start,
                                   pg->span.stop - pg->span.start))
            continue;
        if (lex_words(t->text, pg->span.start, pg->span.stop,
                      defs ? &wv : NULL, &cand, &spell) != 0 ||
            (defs && paragraph_definitions(&st, &wv, pg->span.start,
                                           pg->span.stop) != 0))
            goto oom;
    }
    /* mentions, in text order; a run of words in capitals that are not
     * defined is a name in capitals ("FUERZA AMIGA 71", "WHITE EAGLE"),
     * not short forms, and so is one word naming an exercise or mission */
    if (cand.len && !(capw = malloc(cand.len))) goto oom;
    if (capw) memset(capw, 0xFF, cand.len);
    for (i = 0; i < cand.len; i++) {
        if (capital_memo(&st, &cand, capw, i) &&
            ((i > 0 && run_gap(t->text, cand.items[i - 1].stop,
                               cand.items[i].start) &&
              capital_memo(&st, &cand, capw, i - 1)) ||
             (i + 1 < cand.len &&
              run_gap(t->text, cand.items[i].stop, cand.items[i + 1].start) &&
              capital_memo(&st, &cand, capw, i + 1))))
            continue;
        if (caps_ordinal(t->text + cand.items[i].start,
                         cand.items[i].stop - cand.items[i].start))
            continue;
        if (capital_memo(&st, &cand, capw, i) &&
            named_event(&st, &cand.items[i]))
            continue;
        if (caps_reporting_verb(&st, &cand.items[i])) continue;
        if (rank_before_name(&st, x, &cand.items[i])) continue;
        if (post_nominal(&st, x, &cand.items[i]) ||
            in_name_set(t->text + cand.items[i].start,
                        cand.items[i].stop - cand.items[i].start,
                        NS_HONORIFIC) || /* "H.E." */
            alone_on_line(t->text, t->len, &cand.items[i]) ||
            (capital_memo(&st, &cand, capw, i) &&
             (caps_heading_line(t->text, t->len, &cand.items[i]) ||
              labelled_heading(t->text, t->len, &cand.items[i]))) ||
            dateline_place(t->text, t->len, &cand.items[i]))
            continue;
        if (word_mentions(&st, &cand.items[i]) != 0) goto oom;
    }
    spelling_initials(&st, initials);
    for (i = 0; i < spell.len; i++)
        mark_spellings(&st, &spell.items[i], initials);
    /* ordinary words written in capitals */
    for (i = 0; i < st.entries.len; i++) {
        entry *e = &st.entries.items[i];
        const char *s = t->text + e->key;
        int digits, k = letter_count(s, e->keylen, &digits);
        if (e->defined) continue;
        /* seven or eight capitals are a short form only when used more
         * than once ("CARICOM", "MERCOSUR"), not a heading's one word, or
         * once in lower-case prose ("urged CARICOM partners to …") */
        if ((k > 8 && !digits) ||
            (k > 6 && !digits && e->mentions.len < 2 &&
             !(e->mentions.len == 1 &&
               (in_prose(t->text, t->len, e->mentions.items[0]) ||
                opens_name_in_prose(t->text, t->len, e->mentions.items[0])))) ||
            roman(s, e->keylen) ||
            (k >= 5 && e->keylen >= 3 &&
             same(s + e->keylen - 3, 3, "ING", 3, 0)) ||
            /* a declaration's formulas ("WE, the Ministers", "DONE in
             * Kuala Lumpur") and styles before a name ("YB Dato' Seri") */
            scm_bytes_in(s, e->keylen, caps_formulas) ||
            in_name_set(s, e->keylen, NS_HONORIFIC))
            e->ordinary = 1;
    }
    /* runs of capitals: every use in a space-separated run of capitalised
     * words that holds an ordinary word ("WE HEREBY DECLARE") */
    for (i = 0; i < st.caps.len;) {
        size_t j = i + 1, k;
        int ordinary = st.entries.items[st.caps.items[i]].ordinary;
        while (j < st.caps.len &&
               only_spaces(t->text, st.capspan.items[j - 1].stop,
                           st.capspan.items[j].start)) {
            ordinary |= st.entries.items[st.caps.items[j]].ordinary;
            j++;
        }
        if (ordinary && j - i > 1)
            for (k = i; k < j; k++)
                st.entries.items[st.caps.items[k]].in_run++;
        i = j;
    }
    for (i = 0; i < st.entries.len; i++) {
        entry *e = &st.entries.items[i];
        if (!e->defined && e->mentions.len && e->in_run >= e->mentions.len)
            e->ordinary = 1;
    }
    if (st.entries.len > 1) /* items is NULL when there are none */
        qsort(st.entries.items, st.entries.len, sizeof *st.entries.items,
              by_first);
    for (i = 0; i < st.entries.len; i++) {
        entry *e = &st.entries.items[i];
        scm_acronym a;
        if (e->ordinary && !e->defined) continue;
        if (!e->defined && !e->mentions.len) continue;
        if (!e->defined && person_family(x, t->text + e->key, e->keylen))
            continue; /* "HAYASHI Kenji": a family name in capitals */
        memset(&a, 0, sizeof a);
        a.short_form = malloc(e->keylen + 2);
        if (!a.short_form) goto oom;
        memcpy(a.short_form, t->text + e->key, e->keylen);
        a.short_form[e->keylen] = '\0';
        /* a short form only ever used in the plural is reported as
         * written ("MSMEs") */
        if (!e->defined && e->plural && !e->bare) {
            a.short_form[e->keylen] = 's';
            a.short_form[e->keylen + 1] = '\0';
        }
        a.long_form = e->long_form;
        a.defined = e->defined;
        a.definition = e->definition;
        a.mentions = e->mentions;
        if (SCM_VEC_PUSH(&x->acronyms, a) != 0) {
            free(a.short_form);
            goto oom;
        }
        e->long_form = NULL;
        memset(&e->mentions, 0, sizeof e->mentions);
    }
    free_state(&st);
    SCM_VEC_FREE(&wv);
    SCM_VEC_FREE(&spell);
    SCM_VEC_FREE(&cand);
    free(capw);
    return 0;
oom:
    free(capw);
    free_state(&st);
    SCM_VEC_FREE(&wv);
    SCM_VEC_FREE(&spell);
    SCM_VEC_FREE(&cand);
    return scm_error_set(err, SCM_NO_BYTE, "out of memory");
}
