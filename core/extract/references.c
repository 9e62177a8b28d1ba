/* references.c -- other meetings, resolutions, documents, agreements,
 * plans and mechanisms that a communiqué names.
 *
 * A name is a run of capitalised words (with hyphenated compounds such as
 * "U.S.-ROK", a number after a word as in "Strategic Alliance 2015", an
 * "(ACRONYM)" inside as in "International Atomic Energy Agency (IAEA)
 * Additional Protocol", "and" between capitalised words as in "CHIPS
 * and Science Act", a comma list closed by "and" as in "Friendship,
 * Good-Neighbourliness and Cooperation", and party names joined by a
 * spaced dash as in "Spain – Morocco").  Its kind comes from its last word
 * (or the word before a final year: "Plan 2045"), looked up in the
 * head-noun list; only then may complements follow ("Treaty of Amity and
 * Cooperation in Southeast Asia", "Joint Vision for the Alliance of the
 * United States of America and the Republic of Korea"), never a month
 * ("Declaration in April 2023") nor a place ("Summit in Denver").
 * Premodifiers kept in the span: a date or year range ("2005 Joint
 * Statement", "April 16, 2012 Presidential Statement", "2071–2075
 * Roadmap") and, for meetings, an ordinal ("36th", "second").  A
 * numbered or dated session of a standing body ("9th ... Strategic
 * Dialogue") is a meeting.  Other shapes: ordinal + acronym
 * ("43rd SCM", "fourth IPEF negotiating round"), acronym + number ("COP
 * 26", "COP70"), a name followed by a lower-case head ("Asia-Pacific
 * Economic Cooperation forum"; after a name ending in a number the head is
 * left out: "Strategic Alliance 2015 plan"), and "<name> Council/Assembly
 * resolution(s) N, N and N" -- one reference per phrase, its numbers in
 * `numbers`, the span the whole phrase.  A name followed by "(ACR)
 * meeting" is a meeting.  Left out: the document's own meeting (same
 * number, its series' name, "inaugural", the numbered session its first
 * sentence names, or a name in its title), descriptions made of head
 * nouns and generic words only ("the Working Group"), a name in
 * parentheses after another (a defined short name), a body followed by
 * its "leaders"/"members".
 *
 * Speed: each paragraph's words are read once, each with flags -- the
 * lists it may be in (by a signature table built once per lexicon), the
 * kind of gap before it, a capitalised head noun's kind -- so that the
 * rules, which ask about the same words many times, test bits and ask
 * the lexicon only where it may answer yes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../dates.h"
#include "../utf8.h"
#include "extract.h"
#include "wordscan.h"
#include "names_data.h"
#include "refs_data.h"

#define NONE ((size_t)-1)

/* A rare path kept out of line, so that the cheap test before it is
 * inlined where it is asked. */
#if defined(__GNUC__)
#define OUT_OF_LINE __attribute__((noinline))
/* a cheap test asked at many places: GCC outlined part of it once the
 * calls grew many (session 18: is_word, word_flags; the references stage
 * 136 → 143 MB/s) */
#define ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define OUT_OF_LINE
#define ALWAYS_INLINE inline
#endif

typedef struct word {
    scm_off start, stop;
    unsigned flags; /* L_*, G_*, W_* and the head kind, below */
} word;
typedef SCM_VEC(word) wordvec;

static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* ASCII bytes that join a word's parts: "U.S.-ROK", "Korea's", "R&D". */
static const unsigned char joiner[256] = {
    ['.'] = 1, ['-'] = 1, ['\''] = 1, ['&'] = 1, ['/'] = 1};


/* Word lists as a word's `flags` bits, one per table of refs_data.h and
 * per lexicon list asked about.  A party name of one word is L_PARTY; one
 * of several words has its first word L_PARTY_FIRST and its last
 * L_PARTY_LAST ("Republic" ... "Korea"). */
enum {
    L_PARTY = 1u << 0,
    L_HEAD = 1u << 1,
    L_TRAILING = 1u << 2,
    L_STARTER = 1u << 3,
    L_ORDINAL = 1u << 4,
    L_CONNECTOR = 1u << 5,
    L_RESOLVER = 1u << 6,
    L_RESOLUTION_ACRONYM = 1u << 7,
    L_SESSION = 1u << 8,
    L_GENERIC = 1u << 9,
    L_MEMBER = 1u << 10,
    L_JOINT = 1u << 11,
    L_PARTY_FIRST = 1u << 12,
    L_PARTY_LAST = 1u << 13
};

/* The gap before a word as its `flags` bits: the tests the rules make of
 * the bytes between two words, made once per word. */
enum {
    G_SPACE = 1u << 16,   /* spaces and apostrophes only: gap_space */
    G_ONE = 1u << 17,     /* exactly " " */
    G_COMMA = 1u << 18,   /* ", " */
    G_PAREN = 1u << 19,   /* " (" */
    G_INITIAL = 1u << 20, /* ". " */
    G_ANY = G_SPACE | G_ONE | G_COMMA | G_PAREN | G_INITIAL
};

/* More of a word's `flags`: its first byte is a capital (W_CAP), and, for
 * a capitalised word, its head-noun kind (HEAD_SHIFT: 0 none, else the
 * index in kinds + 1), looked up once as the word is read; a head
 * is asked about several times (the end of a run, the name's head, a
 * generic name's words). */
enum { W_CAP = 1u << 21, HEAD_SHIFT = 22, HEAD_MASK = 7u << HEAD_SHIFT };

/* Signatures: a word's length and its first, middle and last bytes (with
 * 0x20 set, so that ASCII case is ignored), hashed to SIG_SLOTS slots.
 * Every comparison made with the lists -- exact, ASCII case-folded, or an
 * ordinal's first letter in either case -- keeps these four, so a word
 * whose slot lacks a list's bit is not in that list: the lexicon is asked
 * (a hash of the whole word, or of up to five words for a party name)
 * only where it may answer yes, and most capitalised words of a
 * communiqué are in no list. */
enum { SIG_BITS = 12, SIG_SLOTS = 1 << SIG_BITS };

static size_t signature(const char *s, size_t n) {
    const unsigned char *u = (const unsigned char *)s;
    uint32_t key = ((uint32_t)n << 24 | (uint32_t)u[0] << 16 |
                    (uint32_t)u[n / 2] << 8 | u[n - 1]) |
                   0x202020u;
    return (size_t)((key * 0x9E3779B1u) >> (32 - SIG_BITS));
}

/* The lexicon lists in the table, and the versions it was built from. */
static const scm_lex_list sig_lists[] = {SCM_LEX_PARTY, SCM_LEX_REF_HEAD,
                                         SCM_LEX_REF_TRAILING, SCM_LEX_STARTER};
enum { SIG_NLISTS = sizeof sig_lists / sizeof *sig_lists };

typedef struct sig_table {
    const void *owner; /* sig_lists: the table is this file's (sig_get) */
    unsigned versions[SIG_NLISTS];
    uint16_t slots[SIG_SLOTS]; /* L_* bits of the words with each signature */
} sig_table;

typedef struct ctx {
    const uint16_t *sig;   /* sig_table slots (sig_get) */
    const char *t;
    const word *w;
    size_t n;
    size_t limit;          /* end of the paragraph */
    const scm_lexicon *lex;
    scm_extract *x;
    const char *title;     /* the document's title, or NULL */
    scm_span *defs;        /* acronym definitions (long forms) by start */
    size_t ndefs;
    const scm_sentence *sents; /* the body's sentences, in order */
    size_t nsents;
    size_t first_stop;     /* end of the first body sentence of a document
                              with a header; 0 for a bare text */
    int year;              /* the document's year, or 0 */
    size_t council_at;     /* first "Security Council"/"UNSC" + 1, or
                              (size_t)-1 when none; 0 unread */
    int own_number;        /* the own meeting's number, once a first
                              sentence has named it */
    const scm_text *text;  /* for the header block's lines */
} ctx;

/* The kinds a lexicon class may name; anything else reads as "mechanism"
 * (items point at these static strings). */
static const char *const kinds[] = {"meeting",   "resolution", "document",
                                    "agreement", "plan",       "mechanism"};
enum { NKINDS = sizeof kinds / sizeof *kinds, KIND_OTHER = NKINDS - 1 };

/* 0 when kind k is `lit`, as strcmp: the kinds are compared at many
 * places, most of them differ in their first letter, and strcmp is a
 * call. */
static ALWAYS_INLINE int kind_cmp(const char *k, const char *lit) {
    return k[0] != lit[0] || strcmp(k, lit) != 0;
}

/* A class's kind as its index in kinds + 1; 0 for no class. */
static unsigned kind_code(const char *cls) {
    if (!cls) return 0;
    for (unsigned k = 0; k < NKINDS; k++)
        if (!strcmp(cls, kinds[k])) return k + 1;
    return KIND_OTHER + 1;
}

static const char *kind_name(const char *cls) {
    unsigned k = kind_code(cls);
    return k ? kinds[k - 1] : NULL;
}

/* Bytes [p, e) are spaces and apostrophes only (or a plural
 * possessive's ’, "Leaders’ Meeting"), and at least one. */
static int spaces_only(const unsigned char *t, size_t p, size_t e) {
    if (p == e) return 0;
    while (p < e) {
        if (t[p] == ' ')
            p++;
        else if (scm_is_rsquo(t + p, t + e) || t[p] == '\'')
            p += t[p] == '\'' ? 1 : 3;
        else
            return 0;
    }
    return 1;
}

/* The G_* bits of the gap [p, e) between two words. */
static unsigned gap_flags(const unsigned char *t, size_t p, size_t e) {
    unsigned f;
    if (e - p == 1 && t[p] == ' ') return G_SPACE | G_ONE; /* most gaps */
    f = spaces_only(t, p, e) ? G_SPACE : 0;
    if (e - p == 2) {
        if (t[p] == ',' && t[p + 1] == ' ') f |= G_COMMA;
        else if (t[p] == ' ' && t[p + 1] == '(') f |= G_PAREN;
        else if (t[p] == '.' && t[p + 1] == ' ') f |= G_INITIAL;
    }
    return f;
}

/* The flags of the word [s, p), made as it is read: the lists it may be
 * in (by its signature), the kind of gap before it (none before a
 * paragraph's first word), a capital, and a capitalised head's kind (one
 * look-up: a word absent from the list has no class either, and a
 * class-less entry names no kind). */
static ALWAYS_INLINE unsigned word_flags(const ctx *c, size_t prev, size_t s,
                                         size_t p) {
    const unsigned char *t = (const unsigned char *)c->t;
    unsigned f = c->sig[signature(c->t + s, p - s)];
    if (prev != NONE) f |= gap_flags(t, prev, s);
    /* "Côte d'Ivoire", "d’Ivoire": an elided particle glued to a capital
     * is a capitalised word of the name (session 15) */
    if (p - s > 2 && (t[s] == 'd' || t[s] == 'l') &&
        ((t[s + 1] == '\'' && is_upper(t[s + 2])) ||
         (p - s > 4 && t[s + 1] == 0xE2 && t[s + 2] == 0x80 && t[s + 3] == 0x99 &&
          is_upper(t[s + 4]))))
        f |= W_CAP;
    else if (is_upper(t[s])) {
        f |= W_CAP;
        if (f & L_HEAD)
            f |= kind_code(scm_lexicon_class(c->lex, SCM_LEX_REF_HEAD,
                                             c->t + s, p - s))
                 << HEAD_SHIFT;
    }
    return f;
}

/* "Free Trade Area" is an agreement's name ("African Continental Free
 * Trade Area", "Greater Arab Free Trade Area"): the head bits for "Area"
 * at `start` when "Free Trade" stands before it, else 0.  No other
 * "Area" is a head ("Marine Protected Area"). */
static unsigned free_trade_area(const ctx *c, const wordvec *out,
                                size_t start) {
    const word *w = out->items;
    size_t n = out->len;
    if (n < 2 || w[n - 1].stop + 1 != start || w[n - 2].stop + 1 != w[n - 1].start)
        return 0;
    if (w[n - 1].stop - w[n - 1].start != 5 ||
        memcmp(c->t + w[n - 1].start, "Trade", 5) ||
        w[n - 2].stop - w[n - 2].start != 4 ||
        memcmp(c->t + w[n - 2].start, "Free", 4))
        return 0;
    return kind_code("agreement") << HEAD_SHIFT;
}

/* The end of the word that starts at s: letters and digits with inner
 * . - ' ’ & / (and + between digits, "2+2") and the final period of a
 * dotted abbreviation ("U.S."). */
static size_t word_end(const unsigned char *t, size_t s, size_t stop) {
    const unsigned char *end = t + stop;
    size_t p = s;
    for (;;) {
        /* the ASCII run first: most of every word */
        for (;;) {
            p = scm_ascii_run_end(t, p, stop, 1);
            if (p >= stop || t[p] < 0x80 || !scm_word_at(t + p, end)) break;
            p++;
        }
        if (p >= stop || t[p] == ' ') break; /* most words end so */
        if (p + 1 < stop && joiner[t[p]] &&
            scm_word_at(t + p + 1, end)) {
            p++;
            continue;
        }
        if (p + 1 < stop && t[p] == '+' && is_digit(t[p - 1]) &&
            is_digit(t[p + 1])) {
            p++;
            continue;
        }
        if (p + 2 < stop && t[p] == '.' && t[p + 1] == '-' &&
            scm_word_at(t + p + 2, end)) {
            p += 2;
            continue;
        }
        /* an en dash between two words with no space is a compound's
         * hyphen as the PDF set it: "Japan–EU", "U.S.–ROK" */
        {
            size_t q = p + (t[p] == '.' ? 1 : 0);
            if (q + 3 < stop && t[q] == 0xE2 && t[q + 1] == 0x80 &&
                t[q + 2] == 0x93 && scm_word_at(t + q + 3, end)) {
                p = q + 3;
                continue;
            }
        }
        if (scm_is_rsquo(t + p, end) && p + 3 < stop &&
            scm_word_at(t + p + 3, end)) {
            p += 3;
            continue;
        }
        break;
    }
    if (p < stop && t[p] == '.' && p >= s + 3 && t[p - 2] == '.' &&
        (is_upper(t[p - 1]) || is_lower(t[p - 1])))
        p++;
    return p;
}

/* The words of text [start, stop), each with its flags. */
static int lex_words(const ctx *c, size_t start, size_t stop, wordvec *out) {
    const unsigned char *t = (const unsigned char *)c->t, *end = t + stop;
    size_t p = start, prev = NONE; /* the previous word's end */
    out->len = 0;
    while (p < stop) {
        if (t[p] == ' ') {
            p++;
            continue;
        }
        if (!scm_word_at(t + p, end)) {
            size_t n = scm_upunct(t + p, end);
            p += n ? n : 1;
            continue;
        }
        /* a word, and those that follow it one space apart (most words)
         * without going round the loop for the space */
        for (;;) {
            word w;
            w.start = (scm_off)p;
            p = word_end(t, p, stop);
            w.stop = (scm_off)p;
            w.flags = word_flags(c, prev, w.start, p);
            if (p - w.start == 4 && !memcmp(t + w.start, "Area", 4))
                w.flags |= free_trade_area(c, out, w.start);
            if (SCM_VEC_PUSH(out, w) != 0) return -1;
            prev = p;
            if (p + 1 >= stop || t[p] != ' ' || t[p + 1] >= 0x80 ||
                !scm_ascii_alnum[t[p + 1]])
                break;
            p++;
        }
    }
    return 0;
}

/* The end of an acronym's long form that starts inside [start, stop) and
 * ends after `stop` (the acronym stage aligned the whole name: "Convention on
 * the Prohibition of the Development, Production, ... and on their
 * Destruction (CWC)"), else `stop`. */
static size_t definition_end(const ctx *c, size_t start, size_t stop) {
    size_t lo = 0, hi = c->ndefs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->defs[mid].start < start) lo = mid + 1;
        else hi = mid;
    }
    for (; lo < c->ndefs && c->defs[lo].start < stop; lo++)
        if (c->defs[lo].stop > stop) stop = c->defs[lo].stop;
    return stop;
}

static int cmp_span_start(const void *a, const void *b) {
    const scm_span *x = a, *y = b;
    return (x->start > y->start) - (x->start < y->start);
}

static size_t wlen(const ctx *c, size_t i) {
    return c->w[i].stop - c->w[i].start;
}
static const char *wtext(const ctx *c, size_t i) {
    return c->t + c->w[i].start;
}

static ALWAYS_INLINE int is_word(const ctx *c, size_t i, const char *s) {
    const char *w;
    size_t n, k;
    if (i >= c->n) return 0;
    w = wtext(c, i);
    n = wlen(c, i);
#if defined(__GNUC__)
    /* a literal (most calls): its length is known where this is inlined,
     * so the length is compared first and the bytes in one go */
    if (__builtin_constant_p(__builtin_strlen(s)))
        return n == __builtin_strlen(s) &&
               memcmp(w, s, __builtin_strlen(s)) == 0;
#endif
    for (k = 0; k < n; k++)
        if (w[k] != s[k]) return 0; /* also stops at the end of s */
    return s[n] == '\0';
}

OUT_OF_LINE static int in_words(const ctx *c, size_t i,
                                const char *const *table, size_t n) {
    for (size_t k = 0; k < n; k++)
        if (is_word(c, i, table[k])) return 1;
    return 0;
}

/* Word i is one of table[0..n), the list `list` (an L_* bit); the flag
 * test alone answers for most words. */
static int in_table(const ctx *c, size_t i, unsigned list,
                    const char *const *table, size_t n) {
    return i < c->n && (c->w[i].flags & list) && in_words(c, i, table, n);
}

static int cap(const ctx *c, size_t i) {
    return i < c->n && (c->w[i].flags & W_CAP);
}

static int number(const ctx *c, size_t i) {
    if (i >= c->n) return 0; /* (the end of the words: finding #12) */
    for (size_t k = 0; k < wlen(c, i); k++)
        if (!is_digit((unsigned char)wtext(c, i)[k])) return 0;
    return 1;
}

/* "2+2", the format name of a foreign and defence ministers' meeting. */
static int plus_number(const ctx *c, size_t i) {
    const char *s = wtext(c, i);
    size_t n = wlen(c, i), k = 0, plus = 0;
    for (; k < n; k++) {
        if (s[k] == '+') plus++;
        else if (!is_digit((unsigned char)s[k])) return 0;
    }
    return plus == 1;
}

OUT_OF_LINE static int all_caps_scan(const ctx *c, size_t i) {
    size_t up = 0;
    for (size_t k = 0; k < wlen(c, i); k++) {
        unsigned char ch = (unsigned char)wtext(c, i)[k];
        if (is_lower(ch)) return 0;
        if (is_upper(ch)) up++;
    }
    return up >= 2;
}

/* Word i is an acronym; "Korea" fails at its second letter. */
static inline int all_caps(const ctx *c, size_t i) {
    if (i >= c->n) return 0;
    const unsigned char *s = (const unsigned char *)wtext(c, i);
    if (is_lower(s[0]) || (wlen(c, i) > 1 && is_lower(s[1]))) return 0;
    return all_caps_scan(c, i);
}

/* (i may be the end of the words, as after a run that reached it: no
 * word there, and no read past the last; finding #12, found by the eval) */
static inline int possessive(const ctx *c, size_t i) {
    if (i >= c->n) return 0;
    const unsigned char *s = (const unsigned char *)wtext(c, i);
    size_t n = wlen(c, i);
    return (n > 2 && s[n - 1] == 's' && s[n - 2] == '\'') ||
           (n > 4 && s[n - 1] == 's' && scm_is_rsquo(s + n - 4, s + n));
}

static int month(const ctx *c, size_t i) {
    return i < c->n && scm_date_month(wtext(c, i), wlen(c, i));
}

/* Gap between word i-1 and word i is only spaces (or a plural
 * possessive's apostrophe, "Leaders’ Meeting"). */
static int gap_space(const ctx *c, size_t i) {
    return i < c->n && (c->w[i].flags & G_SPACE); /* word 0 has no gap */
}

/* The gap between word i-1 and word i is `gap` (a G_* bit). */
static int gap_is(const ctx *c, size_t i, unsigned gap) {
    return i < c->n && (c->w[i].flags & gap);
}

/* Word i-1 is an initial with its period: "George J. Mitchell". */
static int initial_gap(const ctx *c, size_t i) {
    return i > 0 && wlen(c, i - 1) == 1 && cap(c, i - 1) &&
           gap_is(c, i, G_INITIAL);
}

/* The gap before word j is a dash with spaces around it, or right after
 * the closing parenthesis of an acronym: "Spain – Morocco", "European
 * Union (EU)–United States". */
OUT_OF_LINE static int dash_between(const ctx *c, size_t j) {
    const unsigned char *t = (const unsigned char *)c->t;
    size_t p, e;
    int dash = 0, paren = 0;
    p = c->w[j - 1].stop;
    e = c->w[j].start;
    if (p < e && t[p] == ')') {
        p++;
        paren = 1;
    }
    while (p < e) {
        size_t d = 0;
        if (t[p] == ' ') {
            p++;
            continue;
        }
        if (t[p] == '-') d = 1;
        else if (e - p >= 3 && t[p] == 0xE2 && t[p + 1] == 0x80 &&
                 t[p + 2] == 0x93)
            d = 3;
        if (!d || dash) return 0; /* one dash, nothing else */
        dash = 1;
        p += d;
    }
    /* "Japan-Korea" with no space is a word of its own; a bare hyphen
     * with spaces is a dash */
    return dash && (paren || e - c->w[j - 1].stop > 1);
}

static int dash_gap(const ctx *c, size_t j) {
    /* a known gap (G_*) holds no dash */
    return j > 0 && j < c->n && !(c->w[j].flags & G_ANY) && dash_between(c, j);
}

/* Word i is a short form in brackets: all capitals, or capitals with a
 * few small letters among them ("AfCFTA", "IsDB", "MoU"). */
static int short_form(const ctx *c, size_t i) {
    const unsigned char *s = (const unsigned char *)wtext(c, i);
    size_t up = 0, low = 0, k;
    if (!is_upper(s[0])) return 0;
    if (all_caps(c, i)) return 1;
    for (k = 0; k < wlen(c, i); k++) {
        up += is_upper(s[k]);
        low += is_lower(s[k]);
    }
    return up >= 2 && up > low;
}

OUT_OF_LINE static int closed_acronym(const ctx *c, size_t i) {
    const char *t = c->t;
    size_t a = c->w[i].stop, b = c->w[i + 1].start;
    return b - a == 2 && t[a] == ')' && t[a + 1] == ' ' && short_form(c, i);
}

/* Word i is "(ACR)" standing between words i-1 and i+1. */
static int paren_acronym(const ctx *c, size_t i) {
    return i > 0 && i + 1 < c->n && (c->w[i].flags & G_PAREN) &&
           closed_acronym(c, i);
}

/* Word i is "(ACR" opened after word i-1, whatever follows its ")". */
static inline int paren_open(const ctx *c, size_t i) {
    return i > 0 && i + 1 < c->n && gap_is(c, i, G_PAREN) &&
           c->t[c->w[i].stop] == ')' && short_form(c, i);
}

/* The kind of a capitalised head noun, read with the word (word_flags). */
static const char *head_kind(const ctx *c, size_t i) {
    unsigned k = i < c->n ? (c->w[i].flags & HEAD_MASK) >> HEAD_SHIFT : 0;
    return k ? kinds[k - 1] : NULL;
}

static const char *trailing_kind(const ctx *c, size_t i) {
    if (i >= c->n || !(c->w[i].flags & L_TRAILING) ||
        !is_lower((unsigned char)*wtext(c, i)))
        return NULL;
    return kind_name(scm_lexicon_class(c->lex, SCM_LEX_REF_TRAILING,
                                       wtext(c, i), wlen(c, i)));
}

/* Word i (< c->n) opens sentences ("However", "Both"). */
static inline int starter(const ctx *c, size_t i) {
    return (c->w[i].flags & L_STARTER) &&
           scm_lexicon_has(c->lex, SCM_LEX_STARTER, wtext(c, i), wlen(c, i));
}

/* Words [a, b) spell a party name ("Republic of Korea"), written with
 * single spaces. */
static int party_words(const ctx *c, size_t a, size_t b) {
    if (a >= b || b > c->n) return 0;
    if (b == a + 1 ? !(c->w[a].flags & L_PARTY)
                   : !(c->w[a].flags & L_PARTY_FIRST) ||
                         !(c->w[b - 1].flags & L_PARTY_LAST))
        return 0;
    for (size_t k = a + 1; k < b; k++)
        if (!gap_is(c, k, G_ONE)) return 0;
    return scm_lexicon_has(c->lex, SCM_LEX_PARTY, wtext(c, a),
                           c->w[b - 1].stop - c->w[a].start);
}

/* (up to eight words: "United Kingdom of Great Britain and Northern
 * Ireland") */
OUT_OF_LINE static size_t party_scan(const ctx *c, size_t i) {
    if (c->w[i].flags & L_PARTY_FIRST)
        for (size_t b = i + 8 < c->n ? i + 8 : c->n; b > i + 1; b--)
            if (party_words(c, i, b)) return b;
    return party_words(c, i, i + 1) ? i + 1 : i;
}

/* End of the longest party name starting at word i, or i. */
static size_t party_from(const ctx *c, size_t i) {
    if (i >= c->n || !(c->w[i].flags & (L_PARTY | L_PARTY_FIRST))) return i;
    return party_scan(c, i);
}

/* A party from word i, or a government's: "Government of [the] United
 * Kingdom …" (a treaty's parties, session 21).  The word after it, or i. */
static size_t government_party_from(const ctx *c, size_t i) {
    size_t q = i;
    if (is_word(c, q, "Government") && is_word(c, q + 1, "of") &&
        gap_space(c, q + 1) && gap_space(c, q + 2)) {
        q += 2;
        if (is_word(c, q, "the") && gap_space(c, q + 1)) q++;
        return party_from(c, q) > q ? party_from(c, q) : i;
    }
    return party_from(c, i);
}

/* Start of a party name ending at word e (exclusive) and starting at or
 * after word i, or e. */
static size_t party_until(const ctx *c, size_t i, size_t e) {
    for (size_t a = e > i + 5 ? e - 5 : i; a < e; a++)
        if (party_words(c, a, e)) return a;
    return e;
}

/* A dash joins two sides of a party compound in the name that starts at
 * word i: the left side ends before word `left_end`, the right one starts
 * at word r.  One side must be a listed party; the other a party too, or
 * a single capitalised name ("Australia – Arvonia Alliance ..."). */
static int party_dash(const ctx *c, size_t i, size_t left_end, size_t r) {
    int left = party_until(c, i, left_end) < left_end;
    int right = party_from(c, r) > r;
    if (!cap(c, r)) return 0;
    if (left && right) return 1;
    if (left) return gap_space(c, r + 1) && cap(c, r + 1);
    return right && left_end == i + 1;
}

/* The index just past the right side of a party compound starting at r. */
static size_t party_end(const ctx *c, size_t r) {
    size_t e = party_from(c, r);
    return e > r ? e : r + 1;
}

/* One item of a comma list inside a name: a capitalised word that is no
 * head, party, month or sentence opener. */
static int office(const ctx *c, size_t i);

static int list_item(const ctx *c, size_t i) {
    return cap(c, i) && !possessive(c, i) && !head_kind(c, i) && !month(c, i) &&
           party_from(c, i) == i && !starter(c, i) &&
           !office(c, i); /* "…, Foreign Ministers and Defence Ministers" */
}

/* "Friendship, Good-Neighbourliness and Cooperation": after word j-1,
 * items each after ", ", the last after "and" (or ", and").  Returns the
 * index of the last item (the run goes on from it), or 0. */
static size_t comma_list(const ctx *c, size_t j) {
    size_t k = j;
    if (!gap_is(c, j, G_COMMA) || !list_item(c, j - 1)) return 0;
    for (int items = 0; items < 12; items++) {
        size_t first = k;
        if (!list_item(c, k)) return 0;
        k++;
        /* an item of up to three words: "Climate, Critical Minerals and
         * Clean Energy Transformation Compact" */
        while (k - first < 3 && k < c->n && gap_is(c, k, G_ONE) &&
               list_item(c, k))
            k++;
        if (gap_is(c, k, G_COMMA) && cap(c, k)) continue;
        if ((gap_is(c, k, G_ONE) || gap_is(c, k, G_COMMA)) &&
            is_word(c, k, "and") && gap_is(c, k + 1, G_ONE) && cap(c, k + 1) &&
            !possessive(c, k + 1) && !month(c, k + 1))
            return k + 1;
        return 0;
    }
    return 0;
}

static int connector(const ctx *c, size_t i) {
    return in_table(c, i, L_CONNECTOR, scm_ref_connectors, scm_ref_nconnectors);
}

static int year_word(const ctx *c, size_t i) {
    return wlen(c, i) == 4 && number(c, i);
}

/* "2071–2075", "2046-2048": one word, the dash joined it. */
static int year_range_word(const ctx *c, size_t i) {
    const char *s = wtext(c, i);
    size_t n = wlen(c, i), d;
    if (n != 9 && n != 11) return 0;
    d = n == 9 ? 1 : 3;
    for (size_t k = 0; k < 4; k++)
        if (!is_digit((unsigned char)s[k]) ||
            !is_digit((unsigned char)s[4 + d + k]))
            return 0;
    return n == 9 ? s[4] == '-' : !memcmp(s + 4, "\xE2\x80\x93", 3);
}

/* Word i is a version number: "2.0", "3.1". */
static int version_word(const ctx *c, size_t i) {
    const char *s = wtext(c, i);
    size_t n = wlen(c, i), k = 0;
    while (k < n && is_digit((unsigned char)s[k])) k++;
    if (k == 0 || k > 2 || k + 2 > n || n > 5 || s[k] != '.') return 0;
    for (k++; k < n; k++)
        if (!is_digit((unsigned char)s[k])) return 0;
    return 1;
}

/* A spaced dash between two places that are not listed parties, in a
 * name that ends in a head noun: "the Port Klang – Aarhus Green Corridor",
 * "the Addis Ababa – Djibouti Corridor Development Programme".  The left
 * side [i, left_end) is one to three capitalised words after an article
 * or another such dash, none of them a title ("the Governor – Harbour
 * Summit was postponed" is two phrases); the right side, from word r, is
 * capitalised words up to a head noun, perhaps across more such dashes.
 * In a complement no head is needed: "Agreement on the Joint Development
 * of the Isaka - Kigali Railway" (capitalised words to the end). */
OUT_OF_LINE static int place_dash(const ctx *c, size_t i, size_t left_end,
                                  size_t r, int in_complement) {
    size_t k;
    int party = 0;
    if (i == 0 || left_end - i > 3 || !cap(c, r)) return 0;
    if (!(is_word(c, i - 1, "the") || is_word(c, i - 1, "a") ||
          is_word(c, i - 1, "an") || dash_gap(c, i)))
        return 0;
    for (k = i; k < left_end; k++)
        if (head_kind(c, k) ||
            scm_lexicon_has(c->lex, SCM_LEX_TITLE, wtext(c, k), wlen(c, k)))
            return 0;
    for (k = r; k < c->n && k < r + 8; k++) {
        if (k > r && !gap_space(c, k) && !dash_gap(c, k)) break;
        /* "… Multinational Highway and Transport Facilitation Programme" */
        if (k > r && is_word(c, k, "and") && cap(c, k + 1)) continue;
        if (!cap(c, k) || possessive(c, k)) break;
        if (head_kind(c, k)) return 1;
        if (party_from(c, k) != k) party = 1;
    }
    /* no head: two capitalised words at least and no party, so that a
     * dash opening an aside ("… of the Olden Strait – Tessel delegates
     * …", "– Kenya and Uganda welcomed it") stays out */
    return in_complement && k >= r + 2 && !party && !possessive(c, k);
}

/* In a complement, a possessive that is no party and that capitalised
 * words follow is a word of the name: "Core Group on Women's Economic
 * Empowerment" (not "on Brunei Darussalam's experience"). */
static int inner_possessive(const ctx *c, size_t j, int in_complement) {
    return in_complement && possessive(c, j) && j + 1 < c->n &&
           gap_space(c, j + 1) && cap(c, j + 1) && !possessive(c, j + 1) &&
           party_from(c, j) == j;
}

/* Words [k, e) are a state's formal style before "of" and a party:
 * "Republic | of Moldova", "Kingdom | of Tonga". */
static int formal_party(const ctx *c, size_t k, size_t e) {
    static const char *const forms[] = {"Republic", "Kingdom", "Government",
                                        "State", "Federation", "Sultanate",
                                        "Principality", "Emirates", NULL};
    if (e <= k || e + 1 >= c->n || !is_word(c, e, "of") || !gap_space(c, e + 1))
        return 0;
    if (!scm_bytes_in(wtext(c, e - 1), wlen(c, e - 1), forms)) return 0;
    return party_from(c, e + 1) > e + 1;
}

/* "Rio de Janeiro", "Rio de la Plata": a lower-case particle between
 * capitalised words of a place's name; the index past it, or j. */
static size_t name_particle(const ctx *c, size_t j) {
    static const char *const particles[] = {"de", "da", "do", "del", "dos",
                                            "das", "du", "di", NULL};
    size_t k = j;
    /* (each particle opens with a 'd': most words are ruled out by it) */
    if (!gap_is(c, k, G_ONE) || *wtext(c, k) != 'd' ||
        !scm_bytes_in(wtext(c, k), wlen(c, k), particles))
        return j;
    k++;
    if (is_word(c, k, "la") && gap_is(c, k, G_ONE)) k++;
    return gap_is(c, k, G_ONE) && cap(c, k) && !head_kind(c, k) ? k : j;
}

/* Word i is a short form joined to a participle: "EU-facilitated",
 * "UN-led", "U.S.-funded" (who runs it, no word of its name). */
static int led_by_word(const ctx *c, size_t i) {
    const char *s = wtext(c, i);
    size_t n = wlen(c, i), k, up = 0;
    for (k = 0; k < n && s[k] != '-'; k++) {
        if (is_upper((unsigned char)s[k])) up++;
        else if (s[k] != '.') return 0;
    }
    return up >= 2 && k + 1 < n && is_lower((unsigned char)s[k + 1]);
}

/* A run of capitalised words from i; returns its end (exclusive). */
static size_t cap_run(const ctx *c, size_t i, int in_complement) {
    size_t j, e;
    if (!cap(c, i) || (possessive(c, i) && !inner_possessive(c, i, in_complement)) ||
        led_by_word(c, i))
        return i;
    j = party_end(c, i); /* "Republic of Korea" holds an "of" */
    while (j < c->n) {
        /* "Economic Complementation Agreement No. 65": a head's number */
        if (j > i && j + 1 < c->n && gap_space(c, j) && head_kind(c, j - 1) &&
            ((is_word(c, j, "No") && c->w[j].stop + 2 == c->w[j + 1].start &&
              c->t[c->w[j].stop] == '.') ||
             (is_word(c, j, "No.") && gap_is(c, j + 1, G_ONE))) &&
            number(c, j + 1)) {
            j += 2;
            continue;
        }
        if ((gap_space(c, j) || initial_gap(c, j)) && cap(c, j) &&
            (!possessive(c, j) || inner_possessive(c, j, in_complement))) {
            if (connector(c, j)) break; /* "Convention Regarding ..." */
            j++;
        } else if (gap_space(c, j) && is_digit((unsigned char)*wtext(c, j)) &&
                   (((number(c, j) || plus_number(c, j)) && wlen(c, j) <= 4) ||
                    ((year_range_word(c, j) || version_word(c, j)) &&
                     head_kind(c, j - 1)))) {
            j++; /* "Alliance 2015", "2+2" (a digit first: cheap), "Strategy
                  * 2184–2200" */
        } else if (paren_acronym(c, j) && cap(c, j + 1) &&
                   !possessive(c, j + 1)) {
            j += 2;
        } else if (paren_open(c, j) && dash_gap(c, j + 1) &&
                   party_dash(c, i, j, j + 1)) {
            j = party_end(c, j + 1); /* "European Union (EU)–United States" */
        } else if (dash_gap(c, j) && party_dash(c, i, j, j)) {
            j = party_end(c, j); /* "Spain – Morocco" */
        } else if (dash_gap(c, j) && place_dash(c, i, j, j, in_complement)) {
            j++; /* "Port Klang – Aarhus" */
        } else if ((e = comma_list(c, j)) != 0) {
            j = e;
        } else if ((e = name_particle(c, j)) != j) {
            j = e;
        } else if (is_word(c, j, "or") && gap_space(c, j) && j > i &&
                   is_word(c, j - 1, "State") && is_word(c, j + 1, "Government") &&
                   gap_space(c, j + 1)) {
            j += 2; /* "Summit of Heads of State or Government" */
        } else if (is_word(c, j, "and") && gap_space(c, j) &&
                   !head_kind(c, j - 1) &&
                   !(j >= 2 && year_word(c, j - 1) && head_kind(c, j - 2))) {
            size_t k = j + 1;
            int the = in_complement && is_word(c, k, "the") && gap_space(c, k);
            k += the;
            /* not when a new name follows: "... Asia and the Washington
             * Declaration" */
            if (gap_space(c, k) && cap(c, k) && !possessive(c, k) &&
                !month(c, k) && !(the && head_kind(c, cap_run(c, k, 0) - 1)))
                j = k + 1;
            else
                break;
        } else if (is_word(c, j, "and") && j == i + 1 && gap_space(c, j) &&
                   gap_space(c, j + 1) && cap(c, j + 1) && !possessive(c, j + 1)) {
            /* "Partnership and Cooperation Agreement": one head word, then
             * "and" and a name that ends as an agreement, is that
             * agreement's name (session 18) */
            size_t r = cap_run(c, j + 1, 0);
            const char *hk = r > j + 1 ? head_kind(c, r - 1) : NULL;
            if (hk && !kind_cmp(hk, "agreement") && r - j <= 4)
                j += 2;
            else
                break;
        } else {
            break;
        }
    }
    return j;
}

/* Word i ends like an abstract noun ("Cooperation", "Security"). */
static int abstract_noun(const ctx *c, size_t i) {
    const char *s = wtext(c, i);
    size_t n = wlen(c, i);
    for (size_t k = 0; k < scm_ref_nabstract_endings; k++) {
        size_t m = strlen(scm_ref_abstract_endings[k]);
        if (n > m && !memcmp(s + n - m, scm_ref_abstract_endings[k], m))
            return 1;
    }
    return 0;
}

/* The complement before the connector at word j was itself opened by
 * "of" ("Report of the President | of the …"). */
static int after_of(const ctx *c, size_t j) {
    size_t q = j;
    while (q > 0 && cap(c, q - 1)) q--;
    if (q > 0 && (is_word(c, q - 1, "the") || is_word(c, q - 1, "a"))) q--;
    return q > 0 && is_word(c, q - 1, "of");
}

/* The complement whose connector is word j does not belong to the name
 * (kind `kind`) ending at word j-1: a place after a complete name ("Summit
 * in Denver"; "Systems in Yokosuka": one word, or a party, after a
 * concrete noun; but "Cooperation in Southeast Asia", "Conduct in the
 * South China Sea", "Autonomy in Weapons Systems"), the parties of a
 * partnership ("Partnership between India and Japan"; a treaty keeps
 * them).  The complement's run is [k, e). */
static int complement_stops(const ctx *c, size_t j, const char *kind,
                            int numbered, size_t k, size_t e) {
    int article = k > j + 1;
    /* the last word of a whole name: a head noun, or a joint body's */
    int head = head_kind(c, j - 1) ||
               in_words(c, j - 1, scm_ref_joint_bodies, scm_ref_njoint_bodies);
    /* "Programme of the Pan American Health Organization": the body that
     * runs a programme owns it, it is no part of its name; so is the body
     * that issued a document, after the document's own complement
     * ("Declaration on Ocean Governance of the Association of Caribbean
     * States"; but "Rules of Procedure of the Organization for …" and
     * "Annual Report of the President of the … Commission") */
    /* "the participation in the Summit of the Secretary General of
     * NATO": one office holder is no meeting's complement */
    if (is_word(c, j, "of") && article && !kind_cmp(kind, "meeting") &&
        k < e && scm_lexicon_has(c->lex, SCM_LEX_TITLE, wtext(c, k), wlen(c, k)))
        return 1;
    if (is_word(c, j, "of") && article &&
        (!kind_cmp(kind, "plan") || !kind_cmp(kind, "mechanism") ||
         (!kind_cmp(kind, "document") && !head && !after_of(c, j)))) {
        for (size_t q = k; q < e; q++)
            if (in_words(c, q, scm_ref_owners, scm_ref_nowners)) return 1;
    }
    /* a numbered session is held somewhere: "the 31st General Conference
     * of OPANAL in Mexico City" (`numbered` is cleared after a topic:
     * "4th International Conference on Mine Action in Ukraine") */
    if (is_word(c, j, "in"))
        return head || (numbered && !kind_cmp(kind, "meeting")) ||
               (!article && !abstract_noun(c, j - 1) &&
                (e == k + 1 || party_words(c, k, e)));
    /* the parties of a treaty, or the states of a declaration, stay
     * ("Declaration on Strategic Partnership between Georgia and …"); a
     * partnership's go, and so do the bodies signing a memorandum */
    /* (a memorandum named by its signatories alone keeps them: "the
     * Memorandum of Understanding between the OMVG and the OMVS", as 18
     * of 20 gold references do; session 20) */
    if (is_word(c, j, "between") && j >= 3 && !kind_cmp(kind, "document") &&
        (is_word(c, j - 1, "Understanding") || is_word(c, j - 1, "Cooperation")) &&
        is_word(c, j - 2, "of") && is_word(c, j - 3, "Memorandum"))
        return 0;
    if (is_word(c, j, "between"))
        return kind_cmp(kind, "agreement") != 0 &&
               !(!kind_cmp(kind, "document") && party_from(c, k) > k &&
                 (party_from(c, k) >= e || is_word(c, party_from(c, k), "and")));
    /* "Safety of Life at Sea", "Pollution from Ships", "Rights over the
     * Continental Shelf"; but a venue or a
     * sender after a whole name ("Summit at Camp David", "Statement from
     * the Summit") or a party */
    if (is_word(c, j, "over")) return head;
    /* "Free Movement of Inuit across Davis Strait"; not after a whole name
     * ("the Agreement across the region") */
    if (is_word(c, j, "across")) return head;
    /* "Rights of Persons with Disabilities"; not after a whole name or
     * before a party ("the Agreement with Japan") */
    if (is_word(c, j, "with"))
        return head || article || party_words(c, k, e) ||
               party_from(c, k) > k;
    /* "Marine Biological Diversity of Areas beyond National Jurisdiction" */
    if (is_word(c, j, "beyond")) return head;
    /* "Agreement under the United Nations Convention on the Law of the
     * Sea on …": an instrument made under a treaty, named by it; not a
     * programme run "under the Partnership" */
    if (is_word(c, j, "under"))
        return !article || !head_kind(c, e - 1) ||
               kind_cmp(head_kind(c, e - 1), "agreement") ||
               !(in_words(c, j - 1, scm_ref_attachments,
                          scm_ref_nattachments) ||
                 is_word(c, j - 1, "Agreement") ||
                 is_word(c, j - 1, "Arrangement"));
    /* "Declaration on the Mozambique Channel as a Zone of Peace": only in
     * a document's or an agreement's name, and with an article */
    if (is_word(c, j, "as"))
        return !article ||
               (kind_cmp(kind, "document") != 0 &&
                kind_cmp(kind, "agreement") != 0);
    if (is_word(c, j, "at") || is_word(c, j, "from"))
        return head || article || party_words(c, k, e);
    /* "to" only attaches an instrument to another ("Protocol to the
     * London Convention"), not a name to its addressee */
    if (is_word(c, j, "to")) {
        if (in_words(c, j - 1, scm_ref_attachments, scm_ref_nattachments))
            return 0;
        /* "for Cooperation Related to Naval Nuclear Propulsion" (session
         * 21) */
        if (is_word(c, j - 1, "Related") || is_word(c, j - 1, "Relating"))
            return 0;
        /* a gerund's object, without an article: "Fund for Responding to
         * Loss and Damage" (not "… for Building to the Council") */
        if (!article && wlen(c, j - 1) > 5 &&
            !memcmp(wtext(c, j - 1) + wlen(c, j - 1) - 3, "ing", 3))
            return 0;
        /* … also after the attachment's own complement, to a treaty:
         * "Protocol on Environmental Protection to the Antarctic Treaty" */
        if (article && head_kind(c, e - 1) &&
            !kind_cmp(head_kind(c, e - 1), "agreement"))
            for (size_t b = j - 1; b > 0 && j - b < 8 && gap_space(c, b); b--)
                if (in_words(c, b - 1, scm_ref_attachments,
                             scm_ref_nattachments))
                    return 0;
        return 1;
    }
    /* "on a/an ...": the subject of a declaration or treaty; after a
     * meeting it is the object of a verb ("agreed at the Summit on a
     * Plan") */
    if (article && !is_word(c, j + 1, "the"))
        return kind_cmp(kind, "document") && kind_cmp(kind, "agreement");
    return 0;
}

/* One item of a list in a complement: capitalised list words, with at
 * most one connector between them ("Armed Robbery against Ships"); the
 * index past it, or k when there is none. */
static size_t complement_item(const ctx *c, size_t k) {
    size_t e = k;
    int inner = 0;
    while (e < c->n && e - k < 7) {
        if (e > k && !gap_is(c, e, G_ONE)) break;
        if (list_item(c, e) ||
            (e == k && (is_word(c, e, "Their") || is_word(c, e, "Its")) &&
             list_item(c, e + 1))) { /* "Their Ammunition" */
            e++;
            continue;
        }
        if (e > k && !inner && connector(c, e) && list_item(c, e + 1) &&
            gap_is(c, e + 1, G_ONE)) {
            inner = 1;
            e += 2;
            continue;
        }
        break;
    }
    return e;
}

/* A comma list of several-word items closing a complement: "Convention on
 * Small Arms and Light Weapons, Their Ammunition and Other Related
 * Materials", "Treaty on Good-Neighbourliness, Friendly Relations and
 * Cooperation".  Word j follows the complement after ", ".  Returns the
 * first word of the last item, after "and" (and "the"), or 0. */
static size_t complement_list(const ctx *c, size_t j) {
    size_t k = j, e;
    if (!gap_is(c, j, G_COMMA)) return 0;
    for (int items = 0; items < 8; items++) {
        if ((e = complement_item(c, k)) == k) return 0;
        if (gap_is(c, e, G_COMMA) && cap(c, e)) {
            k = e;
            continue;
        }
        if (!is_word(c, e, "and") ||
            !(gap_is(c, e, G_ONE) || gap_is(c, e, G_COMMA)) ||
            !gap_is(c, e + 1, G_ONE))
            return 0;
        e++;
        if (is_word(c, e, "the") && gap_is(c, e + 1, G_ONE)) e++;
        return cap(c, e) && !possessive(c, e) && !month(c, e) ? e : 0;
    }
    return 0;
}

/* Not a plural subject after a fronted phrase ("Under the Framework for
 * Security, Foreign Ministers and Defence Ministers agreed"): the word
 * after a name is no past tense. */
static int verb_follows(const ctx *c, size_t e) {
    return e < c->n && gap_is(c, e, G_ONE) && !cap(c, e) && wlen(c, e) > 3 &&
           !memcmp(wtext(c, e) + wlen(c, e) - 2, "ed", 2);
}

static int ordinal_before(const ctx *c, size_t i);

/* Parties listed from word q on, after a first one: "[the] B, [the] C …
 * and [the] Z" (each item after ", ", the last after "and").  The word
 * after the last party, or 0 when the list does not close with "and". */
static size_t party_list_end(const ctx *c, size_t q) {
    for (int items = 0; items < 12; items++) {
        size_t pe;
        if (is_word(c, q, "the") && gap_space(c, q + 1)) q++;
        if ((pe = government_party_from(c, q)) == q) return 0;
        if (pe + 1 < c->n && gap_is(c, pe, G_COMMA) &&
            (government_party_from(c, pe) > pe ||
             (is_word(c, pe, "the") && government_party_from(c, pe + 1) > pe + 1))) {
            q = pe;
            continue;
        }
        /* (", and": the serial comma) */
        if (pe + 1 < c->n && is_word(c, pe, "and") &&
            (gap_space(c, pe) || gap_is(c, pe, G_COMMA))) {
            size_t r = pe + 1;
            if (is_word(c, r, "the") && gap_space(c, r + 1)) r++;
            if (government_party_from(c, r) > r) return government_party_from(c, r);
        }
        return 0;
    }
    return 0;
}

/* Complements after a headed name: "of the Sea", "for Democracy", "on an
 * Enhanced Strategic Partnership", "of the 2055 ... Meeting"; not a
 * plan's owner ("Roadmap of the Philippines"), nor where a numbered meeting
 * is held (`numbered`: an ordinal opens the name). */
static size_t complements(const ctx *c, size_t j, const char *kind,
                          int numbered) {
    /* "Plan of Action to Implement the …": a plan's or document's purpose
     * in a capitalised infinitive */
    static const char *const purposes[] = {
        "Implement", "Combat", "Counter", "Prevent", "Promote",
        "Strengthen", "Advance", "Enhance", "Address", "Eliminate",
        "End", "Protect", "Achieve", "Accelerate",
        /* an instrument's purpose: "Protocol to Amend the Agreement …",
         * "Multilateral Convention to Facilitate the Implementation …"
         * (session 13) */
        "Amend", "Facilitate", "Establish", "Avoid", "Supplement",
        "Regulate", NULL};
    for (;;) {
        size_t k = j, e;
        int article = 0, acr = 0;
        /* "Security Treaty between Australia, New Zealand and the United
         * States of America": a treaty's parties listed after "between" */
        if (!kind_cmp(kind, "agreement") && gap_is(c, j, G_COMMA) &&
            (government_party_from(c, j) > j ||
             (is_word(c, j, "the") && government_party_from(c, j + 1) > j + 1))) {
            size_t b = j, last;
            while (b > 0 && cap(c, b - 1)) b--;
            /* "among the Government of Australia, the Government of …"
             * (session 21) */
            if (b > 0 && is_word(c, b - 1, "the")) b--;
            if (b > 1 && is_word(c, b - 1, "of") && is_word(c, b - 2, "Government")) {
                b -= 2;
                if (b > 0 && is_word(c, b - 1, "the")) b--;
            }
            /* (and the name goes on: "… and the Government of the
             * United States of America for Cooperation …") */
            if (b > 0 && (is_word(c, b - 1, "between") || is_word(c, b - 1, "among")) &&
                (last = party_list_end(c, j)) != 0) {
                j = last;
                continue;
            }
        }
        /* "12th Trilateral Summit of Cyprus, Greece and Israel": a
         * meeting of parties listed after "of" (session 18) */
        if (!kind_cmp(kind, "meeting") && gap_is(c, j, G_COMMA)) {
            size_t b = j, last;
            while (b > 0 && j - b < 6 && cap(c, b - 1)) b--;
            if (b < j && party_from(c, b) == j && b > 1 &&
                (is_word(c, b - 1, "of") ||
                 (is_word(c, b - 1, "the") && is_word(c, b - 2, "of"))) &&
                (last = party_list_end(c, j)) != 0)
                return last;
        }
        /* "Agreement … between the Eurasian Economic Union (EAEU) and the
         * PRC": a party's short form inside the list of a treaty's
         * parties (session 18) */
        if (!kind_cmp(kind, "agreement") && paren_acronym(c, j) &&
            is_word(c, j + 1, "and") && gap_space(c, j + 2)) {
            size_t b = j, r = j + 2;
            while (b > 0 && b + 6 > j && cap(c, b - 1)) b--;
            if (b + 1 < j && b > 0 && is_word(c, b - 1, "the")) b--;
            if (is_word(c, r, "the") && gap_space(c, r + 1)) r++;
            if (b + 1 < j && b > 0 && is_word(c, b - 1, "between") &&
                party_from(c, r) > r)
                return party_from(c, r);
        }
        /* "Terms of Reference (TOR) of the … Working Group": a short form
         * inside, the name going on after it with "of" (not "at the
         * United Nations", "between …", "with Malaysia") */
        if (paren_acronym(c, k) &&
            (is_word(c, k + 1, "of") || is_word(c, k + 1, "for") ||
             is_word(c, k + 1, "on"))) {
            /* … and "for", "on": "Strategic Action Programme (SAP) for the
             * Amazon Basin", "Standard Operating Procedures (SOPs) for
             * Joint Search and Rescue" */
            k++;
            acr = 1;
        }
        if (is_word(c, k, "to") && gap_space(c, k) && k + 2 < c->n &&
            gap_space(c, k + 1) &&
            scm_bytes_in(wtext(c, k + 1), wlen(c, k + 1), purposes) &&
            (!kind_cmp(kind, "plan") || !kind_cmp(kind, "document") ||
             !kind_cmp(kind, "agreement"))) {
            size_t q = k + 2;
            if ((is_word(c, q, "the") || is_word(c, q, "a")) &&
                gap_space(c, q))
                q++;
            if (q < c->n && gap_space(c, q) && cap(c, q) &&
                (e = cap_run(c, q, 1)) > q) {
                j = e;
                continue;
            }
            return j;
        }
        /* "the Arbitral Award of 3 October 1899": a ruling is named by
         * its date */
        if (k == j && is_word(c, k, "of") && gap_space(c, k) && k + 3 < c->n &&
            (is_word(c, j - 1, "Award") || is_word(c, j - 1, "Judgment") ||
             is_word(c, j - 1, "Judgement") || is_word(c, j - 1, "Ruling")) &&
            number(c, k + 1) && wlen(c, k + 1) <= 2 && month(c, k + 2) &&
            year_word(c, k + 3) && gap_space(c, k + 2) && gap_space(c, k + 3))
            return k + 4;
        if (is_word(c, k, "relating") && is_word(c, k + 1, "to") &&
            gap_space(c, k) && gap_space(c, k + 1))
            k++; /* "Protocol relating to Free Movement of Persons" */
        else if (is_word(c, k, "and") && gap_space(c, k) &&
                 k + 2 < c->n &&
                 (is_word(c, k + 1, "on") || is_word(c, k + 1, "of")) &&
                 gap_space(c, k + 1) &&
                 (is_word(c, k + 2, "their") || is_word(c, k + 2, "its")))
            k++; /* "… Mines and on their Destruction" */
        else if (is_word(c, k, "and") && gap_space(c, k) && k + 2 < c->n &&
                 (is_word(c, k + 1, "its") || is_word(c, k + 1, "their")) &&
                 gap_space(c, k + 1) && cap(c, k + 2) && gap_space(c, k + 2) &&
                 !head_kind(c, k - 1) && !head_kind(c, cap_run(c, k + 2, 0) - 1))
            ; /* "… Air Pollution and its Likely Transboundary Effects",
               * "Treaty of the Río de la Plata and its Maritime Front"; not
               * an instrument of its own ("the Barcelona Convention and
               * its Protocol on …"; session 16) */
        else if (k > 0 && k < c->n && cap(c, k - 1) && gap_space(c, k) &&
                 wlen(c, k - 1) > 6 &&
                 !memcmp(wtext(c, k - 1) + wlen(c, k - 1) - 3, "ing", 3) &&
                 is_word(c, k, "the"))
            k--; /* "Treaty of Basseterre Establishing the Organisation …":
                  * the gerund ended the name's capitals */
        else if ((is_word(c, k, "establishing") ||
                  is_word(c, k, "instituting")) &&
                 gap_space(c, k) && !kind_cmp(kind, "agreement") &&
                 is_word(c, k + 1, "the"))
            ; /* "Treaty establishing the Community of Sahel-Saharan
               * States": a treaty's lower-case gerund, as "Establishing" */
        else if (!connector(c, k) || !(gap_space(c, k) || acr)) {
            size_t last = head_kind(c, k - 1) ? 0 : complement_list(c, k);
            if (last && (e = cap_run(c, last, 1)) > last && !verb_follows(c, e)) {
                j = e;
                continue;
            }
            return j;
        }
        k++;
        if ((is_word(c, k, "the") || is_word(c, k, "a") ||
             is_word(c, k, "an") || is_word(c, k, "their") ||
             is_word(c, k, "its")) &&
            gap_space(c, k)) {
            k++;
            article = 1;
        }
        if (article && gap_space(c, k) && year_word(c, k) &&
            gap_space(c, k + 1) && cap(c, k + 1))
            k++; /* a year inside: "Joint Statement of the 2055 ..." */
        else if (article && k + 1 < c->n && is_word(c, j - 1, "Minutes") &&
                 gap_space(c, k) && !cap(c, k) && gap_space(c, k + 1) &&
                 cap(c, k + 1) && ordinal_before(c, k + 1))
            k++; /* the session minutes record: "Agreed Minutes of the 14th
                  * Session" (a declaration "of the first … Meeting" is
                  * two names) */
        if (!gap_space(c, k) || !cap(c, k) || month(c, k)) return j;
        e = cap_run(c, k, 1);
        /* "Outlook on the Indo-Pacific and the Pacific Islands Forum’s …":
         * a possessive after "and" opens the next name */
        if (e > k && (possessive(c, e - 1) ||
                      (e < c->n && possessive(c, e)))) {
            size_t q = e - 1;
            while (q > k && !is_word(c, q, "and")) q--;
            if (q > k) e = q;
        }
        if (e == k || complement_stops(c, j, kind, numbered, k, e))
            return j;
        if (is_word(c, j, "on")) numbered = 0;
        /* a possessive after it: "briefed the Forum on Brunei Darussalam's
         * experience" */
        if (e < c->n && gap_space(c, e) && possessive(c, e)) return j;
        /* a plan's owner: "Roadmap of the Philippines", "Programme of
         * the Republic of Moldova"; not a party after a purpose ("Fund
         * for the Reconstruction of Sudan") */
        if (is_word(c, j, "of") && !kind_cmp(kind, "plan") && head_kind(c, j - 1) &&
            (party_words(c, k, e) || formal_party(c, k, e)))
            return j;
        j = e;
    }
}

/* Start of the sentence holding offset `off`, and its end. */
static scm_span sentence_at(const ctx *c, size_t off) {
    scm_span none = {0, 0};
    size_t lo = 0, hi = c->nsents;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->sents[mid].span.stop <= off) lo = mid + 1;
        else hi = mid;
    }
    if (lo < c->nsents && c->sents[lo].span.start <= off)
        return c->sents[lo].span;
    return none;
}

/* The sentence holding word i speaks of launching something. */
static int launched_here(const ctx *c, size_t i) {
    scm_span s = sentence_at(c, c->w[i].start);
    for (size_t p = s.start; p + 6 <= s.stop; p++)
        if ((c->t[p] == 'l' || c->t[p] == 'L') &&
            !memcmp(c->t + p + 1, "aunch", 5))
            return 1;
    return 0;
}

/* "Initiative": a bilateral (a compound of two capitalised names,
 * "U.S.-ROK Security Policy Initiative"), joint, security or safety
 * initiative, or one launched in the same sentence, is the parties'
 * standing mechanism, and so is any initiative that is not one side's
 * programme. */
static const char *initiative_kind(const ctx *c, size_t s, size_t last) {
    for (size_t k = s; k < last; k++) {
        const unsigned char *w = (const unsigned char *)wtext(c, k);
        size_t n = wlen(c, k);
        for (size_t p = 1; p + 1 < n; p++) {
            size_t q = w[p] == '-' ? p + 1 : 0;
            if (!q && p + 3 < n && w[p] == 0xE2 && w[p + 1] == 0x80 &&
                w[p + 2] == 0x93)
                q = p + 3;
            if (q && q < n && is_upper(w[q]) && is_upper(w[0]))
                return "mechanism";
        }
        if (in_table(c, k, L_JOINT, scm_ref_joint_initiative,
                     scm_ref_njoint_initiative))
            return "mechanism";
    }
    if (launched_here(c, last)) return "mechanism";
    /* one side's programme: a single party opens the name ("Saudi Green
     * Initiative"), or it is for people ("Young ... Leaders Initiative");
     * other initiatives are shared ones ("Nile Basin Initiative", "Great
     * Green Wall Initiative"): mechanisms */
    if (party_from(c, s) > s) return "plan";
    for (size_t k = s; k < last; k++)
        if (is_word(c, k, "Leaders") || is_word(c, k, "Young") ||
            is_word(c, k, "Youth") || is_word(c, k, "Fellows") ||
            is_word(c, k, "Scholars"))
            return "plan";
    return "mechanism";
}

/* Ordinal before word i ("36th", "second"), or 0. */
static int ordinal_before(const ctx *c, size_t i) {
    const char *s;
    size_t n, k;
    if (i == 0 || !gap_space(c, i)) return 0;
    s = wtext(c, i - 1);
    n = wlen(c, i - 1);
    if (n >= 3 && is_digit((unsigned char)s[0])) {
        int v = 0;
        for (k = 0; k < n && is_digit((unsigned char)s[k]); k++) {
            if (v > 99999) return 0; /* no ordinal; and no int overflow */
            v = v * 10 + (s[k] - '0');
        }
        if (n - k == 2 && (!memcmp(s + k, "st", 2) || !memcmp(s + k, "nd", 2) ||
                           !memcmp(s + k, "rd", 2) || !memcmp(s + k, "th", 2)))
            return v;
        return 0;
    }
    if (!(c->w[i - 1].flags & L_ORDINAL)) {
        /* "Forty-Fifth": a compound ordinal, whatever its case (a loop,
         * not memchr: asked of most words, which are short) */
        for (k = 0; k < n; k++)
            if (s[k] == '-') return scm_ordinal_value(s, n);
        return 0;
    }
    for (k = 0; k < scm_ref_nordinals; k++) {
        const char *o = scm_ref_ordinals[k];
        size_t m;
        if ((s[0] | 0x20) != o[0]) continue;
        /* no strlen: a word holds no NUL, so o's end stops the loop */
        for (m = 1; m < n && s[m] == o[m]; m++)
            ;
        if (m == n && o[n] == '\0') return (int)k + 1;
    }
    return 0;
}

/* The value of word i as a Roman numeral ("LXII"), else 0. */
static int roman_value(const ctx *c, size_t i) {
    return scm_roman_value(wtext(c, i), wlen(c, i));
}

/* Start of a date written right before word i ("2005", "June 2009",
 * "April 16, 2012", a range "2071–2075"), or the start of word i. */
static size_t date_prefix(const ctx *c, size_t i) {
    size_t y, p, q;
    /* "the 12 July 2016 Arbitral Award": a name run that opens with a
     * month and its year takes the day before them (session 14) */
    if (i >= 1 && month(c, i) && i + 1 < c->n && year_word(c, i + 1) &&
        gap_space(c, i) && number(c, i - 1) && wlen(c, i - 1) <= 2 &&
        atoi(wtext(c, i - 1)) >= 1 && atoi(wtext(c, i - 1)) <= 31)
        return c->w[i - 1].start;
    if (i > 0 && gap_space(c, i) && year_range_word(c, i - 1))
        return c->w[i - 1].start;
    if (i == 0 || !gap_space(c, i) || !year_word(c, i - 1))
        return c->w[i].start;
    y = i - 1;
    p = c->w[y].start;
    if (y >= 1 && gap_space(c, y) && month(c, y - 1))
        return c->w[y - 1].start; /* "June 2009" */
    q = c->w[y - (y > 0)].stop;
    if (y >= 2 && number(c, y - 1) && wlen(c, y - 1) <= 2 &&
        c->w[y].start - q == 2 && c->t[q] == ',' &&
        gap_space(c, y - 1) && month(c, y - 2))
        return c->w[y - 2].start; /* "April 16, 2012" */
    return p;
}

static int push_ref(ctx *c, const char *kind, size_t start, size_t stop,
                    const int *nums, size_t nnums, const char *series,
                    size_t series_len) {
    scm_reference r;
    memset(&r, 0, sizeof r);
    /* "the Exchange of Notes (on the Project …)": an agreement the two
     * governments conclude by notes, not a mechanism (17 of 19 golds;
     * session 42) */
    if (kind && !kind_cmp(kind, "mechanism") && stop - start >= 17 &&
        (!memcmp(c->t + start, "Exchange of Notes", 17) ||
         (stop - start >= 19 && !memcmp(c->t + start, "Exchange of Letters", 19))))
        kind = kind_name("agreement");
    r.kind = kind;
    r.span.start = (scm_off)start;
    r.span.stop = (scm_off)stop;
    for (size_t k = 0; k < nnums; k++)
        if (SCM_VEC_PUSH(&r.numbers, (int32_t)nums[k]) != 0) goto oom;
    if (series) {
        r.series = malloc(series_len + 1);
        if (!r.series) goto oom;
        memcpy(r.series, series, series_len);
        r.series[series_len] = '\0';
    }
    if (SCM_VEC_PUSH(&c->x->references, r) != 0) goto oom;
    return 0;
oom:
    SCM_VEC_FREE(&r.numbers);
    free(r.series);
    return -1;
}

/* Bytes [a, b) of the text occur in the document's title. */
static int in_title(const ctx *c, size_t a, size_t b) {
    const char *h = c->title;
    if (!h || b <= a) return 0;
    for (; (h = strchr(h, c->t[a])) != NULL; h++)
        if (!strncmp(h, c->t + a, b - a)) return 1;
    return 0;
}

/* The name at words [s, j), ending at byte `stop`, is in the title: the
 * whole name, or (past a party compound) its last three words or more;
 * with an ordinal, the title must hold the same ordinal. */
static int named_in_title(const ctx *c, size_t s, size_t j, size_t stop,
                          int ord) {
    if (!c->title || stop - c->w[s].start <= 8) return 0;
    if (ord && !in_title(c, c->w[s - 1].start, c->w[s - 1].stop)) return 0;
    if (in_title(c, c->w[s].start, stop)) return 1;
    for (size_t k = s + 1; k + 3 <= j; k++)
        if (in_title(c, c->w[k].start, stop)) return 1;
    return 0;
}

/* Header text from a (to e) opens with body text [s, s_end), spaces and
 * a bracketed short form of the body's aside: a title spaces its dashes
 * ("India – United States …") where the body does not ("India–United
 * States …"). */
static int same_but_spaces(const char *a, const char *e, const char *s,
                           const char *s_end) {
    while (s < s_end) {
        if (*s == ' ') { s++; continue; }
        while (a < e && *a == ' ') a++;
        /* a short form the body adds: "106th Pacific Islands Forum (PIF)
         * Leaders Meeting" under the header's line without it */
        if (*s == '(' && (a == e || *a != '(')) {
            const char *q = memchr(s, ')', (size_t)(s_end - s));
            if (!q) return 0;
            s = q + 1;
            continue;
        }
        if (a == e || *a != *s) return 0;
        a++;
        s++;
    }
    return 1;
}

/* Text [start, stop) of the body, of three words or more, is written in
 * a line of the header block too. */
static int named_in_header(const ctx *c, size_t start, size_t stop) {
    const scm_text *t = c->text;
    size_t i, spaces = 0;
    for (i = start; i < stop && spaces < 2; i++) spaces += c->t[i] == ' ';
    if (!t || spaces < 2) return 0;
    /* the header block opens the document: stop at its first body
     * paragraph (a scan of every paragraph made a long text quadratic) */
    for (i = 0; i < t->paragraphs.len; i++) {
        const scm_paragraph *p = &t->paragraphs.items[i];
        const char *a = c->t + p->span.start, *e = c->t + p->span.stop;
        if (p->kind == SCM_PARA_BODY || p->span.start >= start) break;
        if (p->kind != SCM_PARA_HEADER) continue;
        for (; a < e; a++)
            if (*a == c->t[start] &&
                same_but_spaces(a, e, c->t + start, c->t + stop))
                return 1;
    }
    return 0;
}

/* The value of s[0..n) when it is all digits (up to four), else -1. */
static int atoi_digits(const char *s, size_t n) {
    int v = 0;
    if (n == 0 || n > 4) return -1;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* The header's series is the acronym `acr` or an "(ACR)" inside [s, j). */
static int series_named(const ctx *c, size_t s, size_t j, size_t acr) {
    const char *series = c->x->header.meeting.series;
    size_t n;
    if (!c->x->header.has_meeting || !series) return 0;
    n = strlen(series);
    for (size_t k = s; k <= j && k < c->n; k++) {
        size_t wl;
        if (k != acr && (k == j || !paren_open(c, k))) continue;
        wl = wlen(c, k);
        if (wl == n && !memcmp(wtext(c, k), series, n)) return 1;
        /* "ASM5" of the series ASM and the meeting's number 5 */
        if (wl > n && !memcmp(wtext(c, k), series, n) &&
            atoi_digits(wtext(c, k) + n, wl - n) == c->x->header.meeting.number)
            return 1;
    }
    return 0;
}

/* The name ending at byte `stop` ends in the header meeting's name; a
 * one-word name ("Summit") says too little to tell. */
static int header_name_ends(const ctx *c, size_t start, size_t stop) {
    const char *name = c->x->header.meeting.name;
    size_t n;
    if (!c->x->header.has_meeting || !name || !strchr(name, ' ')) return 0;
    n = strlen(name);
    return stop - start >= n && !memcmp(c->t + stop - n, name, n);
}

/* The name from word s to byte `stop` opens with the header meeting's
 * name, which a body goes on to name: "XIV Meeting of Ministers of
 * Foreign Affairs of the Member States of the Permanent Commission …"
 * after the header's "Meeting of Ministers of Foreign Affairs" (session
 * 16). */
static int header_name_starts(const ctx *c, size_t s, size_t stop) {
    const char *name = c->x->header.meeting.name;
    size_t n, start = c->w[s].start;
    if (!c->x->header.has_meeting || !name || !strchr(name, ' ')) return 0;
    n = strlen(name);
    /* … goes on with its owner, not with a subject of its own ("Joint
     * Permanent Commission on Defence and Security") */
    return stop - start > n + 4 && !memcmp(c->t + start, name, n) &&
           !memcmp(c->t + start + n, " of ", 4);
}

/* Word i is the header meeting name's last word ("Summit"). */
static int header_head(const ctx *c, size_t i) {
    const char *name = c->x->header.meeting.name, *sp;
    if (!c->x->header.has_meeting || !name) return 0;
    sp = strrchr(name, ' ');
    return is_word(c, i, sp ? sp + 1 : name);
}

/* "… in Annapolis for the Quad Leaders’ Summit", "for the annual
 * Australia – Japan Leaders’ Meeting": the meeting the first sentence
 * says they met for, unnumbered, is the document's own. */
static int met_for(const ctx *c, size_t s) {
    static const char *const verbs[] = {"met", "meets", "hosted", "hosts",
                                        "gathered", "convened", NULL};
    size_t k = s, v;
    if (!c->first_stop || c->w[s].start >= c->first_stop) return 0;
    if (k > 0 && is_word(c, k - 1, "annual")) k--;
    /* "for the", and "met … in a Special Meeting of the OECS Authority",
     * "at its" */
    if (!(k >= 2 && ((is_word(c, k - 1, "the") && is_word(c, k - 2, "for")) ||
                     ((is_word(c, k - 1, "a") || is_word(c, k - 1, "its")) &&
                      (is_word(c, k - 2, "in") || is_word(c, k - 2, "at"))))))
        return 0;
    /* they met (hosted, gathered) in a place or on a date for it, not
     * "to prepare for the NATO Summit" */
    if (k < 3 || !(cap(c, k - 3) || number(c, k - 3))) return 0;
    for (v = k - 2; v > 0 && c->w[v - 1].start < c->first_stop; v--)
        for (size_t q = 0; verbs[q]; q++)
            if (is_word(c, v - 1, verbs[q])) return 1;
    return 0;
}

/* The document's own meeting (or standing body), named by words [s, j)
 * up to byte `stop`, its ordinal `ord`, its acronym word `acr` (or NONE):
 * an "inaugural" one; one of the header's series or name, or named in
 * the title, with the header's number if it has one.  When the header
 * read no number, the first sentence's numbered mention of the series, or
 * the numbered meeting it met "for", gives it ("met in Auckland for the
 * third Summit"). */
/* "… was held", "… took place", "… convened": the name ending before
 * word j is the subject of a sentence that says the meeting met. */
static int held_after(const ctx *c, size_t j) {
    size_t k;
    for (k = j; k < c->n && k < j + 30; k++) {
        if (k > j && !gap_space(c, k) && c->t[c->w[k - 1].stop] == '.')
            return 0;
        if (is_word(c, k, "was") || is_word(c, k, "were")) {
            return k + 1 < c->n && (is_word(c, k + 1, "held") ||
                                    is_word(c, k + 1, "convened"));
        }
        if (is_word(c, k, "took")) return is_word(c, k + 1, "place");
        if (is_word(c, k, "met") || is_word(c, k, "convened")) return 1;
    }
    return 0;
}

/* Words [s, j) are only a session's kind and head ("Session",
 * "Ordinary Session"): with the header's number, its own session
 * whatever body the header names (session 14). */
static int bare_session_name(const ctx *c, size_t s, size_t j) {
    size_t q;
    if (j <= s) return 0;
    if (j < c->n && is_word(c, j, "of")) {
        /* "… Session of the Council of Ministers of CILSS": the body the
         * header's meeting names, else another ("the Ninth Meeting of the
         * Tripartite Council" in a summit's record) */
        const char *name = c->x->header.meeting.name;
        size_t b = j + 1, len;
        if (b < c->n && is_word(c, b, "the")) b++;
        if (!name || b + 1 >= c->n) return 0;
        len = c->w[b + 1].stop - c->w[b].start;
        if (strlen(name) < len || memcmp(name, c->t + c->w[b].start, len) != 0)
            return 0;
    }
    for (q = s; q < j; q++)
        if (!scm_bytes_in(wtext(c, q), wlen(c, q), scm_session_kinds) &&
            !is_word(c, q, "Session") && !is_word(c, q, "Meeting"))
            return 0;
    return 1;
}

static int own_session(ctx *c, size_t s, size_t j, size_t stop, int ord,
                       size_t acr) {
    const scm_meeting *m = &c->x->header.meeting;
    int series = series_named(c, s, j, acr) ||
                 header_name_ends(c, c->w[s].start, stop) ||
                 header_name_starts(c, s, stop);
    int titled = named_in_title(c, s, j, stop, ord);
    int known = c->x->header.has_meeting && m->number ? m->number
                                                       : c->own_number;
    /* "The inaugural … Dialogue was held": the first sentence's, or the
     * header's; not one the parties "decided to convene" later on */
    if (s > 0 && gap_space(c, s) &&
        (is_word(c, s - 1, "inaugural") || is_word(c, s - 1, "Inaugural"))) {
        /* "decided to convene the inaugural … Dialogue": one to come */
        if (s >= 3 && is_word(c, s - 2, "the") &&
            (is_word(c, s - 3, "convene") || is_word(c, s - 3, "hold") ||
             is_word(c, s - 3, "host") || is_word(c, s - 3, "launch") ||
             is_word(c, s - 3, "establish")))
            return 0;
        return series || titled || header_head(c, j - 1) ||
               (c->first_stop && c->w[s].start < c->first_stop) ||
               /* "they met for the inaugural …" */
               (s >= 3 && is_word(c, s - 3, "for") &&
                is_word(c, s - 2, "the"));
    }
    if (!ord)
        return series || titled || met_for(c, s) ||
               /* "The Ministerial Council … held a Special Meeting on
                * Disaster Risk Reduction in …": the first sentence's
                * object */
               (c->first_stop && c->w[s].start < c->first_stop && s >= 2 &&
                (is_word(c, s - 1, "a") || is_word(c, s - 1, "an") ||
                 is_word(c, s - 1, "its") || is_word(c, s - 1, "their")) &&
                (is_word(c, s - 2, "held") || is_word(c, s - 2, "convened"))) ||
               /* "The Seventy-Fourth Ordinary Summit of … was held": the
                * first sentence's subject */
               (c->first_stop && c->w[s].start < c->first_stop && s >= 1 &&
                is_word(c, s - 1, "The") && held_after(c, j));
    if (known)
        return ord == known && (series || titled || header_head(c, j - 1) ||
                                bare_session_name(c, s, j));
    if (c->first_stop && c->w[s].start < c->first_stop &&
        (series || (s >= 3 && is_word(c, s - 3, "for") &&
                    is_word(c, s - 2, "the")) ||
         /* "The Seventy-Fourth Ordinary Summit of … was held": the first
          * sentence's subject */
         (s >= 2 && is_word(c, s - 2, "The") && held_after(c, j)))) {
        c->own_number = ord;
        return 1;
    }
    return titled;
}

/* A year before the name other than the document's: a past or future
 * meeting ("2036 Vancouver Summit"), never the document's own. */
static int other_year(const ctx *c, size_t start, size_t s) {
    return c->year && start < c->w[s].start && year_word(c, s - 1) &&
           atoi(wtext(c, s - 1)) != c->year;
}

/* "Decision No. 2976" at word i: a body's numbered decision, which is
 * cited as a resolution is ("Permanent Council Decision No. 2976"). */
static int numbered_decision(const ctx *c, size_t i) {
    size_t p;
    if (i + 2 >= c->n || !is_word(c, i, "Decision") || !is_word(c, i + 1, "No"))
        return 0;
    p = c->w[i + 1].stop;
    return p + 2 == c->w[i + 2].start && c->t[p] == '.' && c->t[p + 1] == ' ' &&
           number(c, i + 2);
}

/* Word j is a year in parentheses after a resolution's number: "2231
 * (2015)", the year of its adoption. */
static int paren_year(const ctx *c, size_t j) {
    return j < c->n && gap_is(c, j, G_PAREN) && wlen(c, j) == 4 &&
           year_word(c, j) && c->w[j].stop < c->limit &&
           c->t[c->w[j].stop] == ')';
}

/* The gap before word j is ") " or "), ": after a year in parentheses. */
static int after_paren(const ctx *c, size_t j) {
    size_t p = c->w[j - 1].stop, e = c->w[j].start;
    return p < e && c->t[p] == ')' &&
           ((e == p + 2 && c->t[p + 1] == ' ') ||
            (e == p + 3 && c->t[p + 1] == ',' && c->t[p + 2] == ' '));
}

/* "... Council resolutions 1718 and 1874", "resolutions 2231 (2015) and
 * 1540 (2004)": from word r (the "resolution" word); the phrase starts at
 * `start`.  Returns the next word index. */
static size_t resolution(ctx *c, size_t start, size_t r, int *err) {
    int nums[32];
    size_t nn = 0, j = r + 1, stop = c->w[r].stop, num_stop = 0;
    int one_dated = 0;
    if (numbered_decision(c, r)) {
        nums[0] = atoi(wtext(c, r + 2));
        if (push_ref(c, "resolution", start, c->w[r + 2].stop, nums, 1, NULL,
                     0) != 0)
            *err = 1;
        return r + 3;
    }
    while (j < c->n &&
           (gap_space(c, j) ||
            (nn && (gap_is(c, j, G_COMMA) || after_paren(c, j)))) &&
           number(c, j) && nn < 32) {
        int dated = 0;
        nums[nn++] = atoi(wtext(c, j));
        stop = num_stop = c->w[j].stop;
        j++;
        if (paren_year(c, j)) {
            stop = c->w[j].stop + 1;
            j++;
            dated = 1;
        }
        one_dated = dated;
        if (j < c->n && (is_word(c, j, "and") || is_word(c, j, "or")) &&
            (gap_space(c, j) || gap_is(c, j, G_COMMA) ||
             (dated && after_paren(c, j))) &&
            j + 1 < c->n && gap_space(c, j + 1) && number(c, j + 1))
            j++; /* "1718 and 1874", "2321, and 2397" */
        else if (j < c->n && (gap_is(c, j, G_COMMA) ||
                              (dated && after_paren(c, j) &&
                               c->t[c->w[j - 1].stop + 1] == ',')) &&
                 number(c, j))
            ;
        else
            break;
    }
    if (nn == 0 && j < c->n && gap_space(c, j) &&
        memchr(wtext(c, j), '/', wlen(c, j))) {
        stop = c->w[j].stop; /* "A/RES/75/239" */
        j++;
    }
    /* "resolution 2832 (XXVI)": the session in Roman numerals */
    if (nn > 0 && j < c->n && gap_is(c, j, G_PAREN) && wlen(c, j) <= 7 &&
        strspn(wtext(c, j), "IVXLC") == wlen(c, j) &&
        c->w[j].stop < c->limit && c->t[c->w[j].stop] == ')') {
        stop = c->w[j].stop + 1;
        j++;
    }
    /* "resolution 2334 (2016)": one number's year of adoption is no part
     * of its name (41 gold references against 17; a list keeps its
     * years, "resolutions 1718 (2006) and 2397 (2017)"; session 25) */
    if (nn == 1 && one_dated && stop == c->w[j - 1].stop + 1) stop = num_stop;
    if (push_ref(c, "resolution", start, stop, nums, nn, NULL, 0) != 0)
        *err = 1;
    return j;
}

static inline int resolution_word(const ctx *c, size_t i) {
    return i < c->n && (wlen(c, i) == 10 || wlen(c, i) == 11) &&
           (!memcmp(wtext(c, i), "resolution", 10) ||
            !memcmp(wtext(c, i), "Resolution", 10));
}

/* A resolver ("Council") followed by "resolution(s)"/"Resolution" in the
 * run [s, j] -- the capitalised "Resolution 2397" is inside the run --
 * or "UNSCR 2417": the resolution word's index, else NONE. */
static size_t resolution_at(const ctx *c, size_t s, size_t j) {
    if (in_table(c, s, L_RESOLUTION_ACRONYM, scm_ref_resolution_acronyms,
                 scm_ref_nresolution_acronyms) &&
        gap_space(c, s + 1) && s + 1 < c->n && number(c, s + 1))
        return s;
    for (size_t k = s; k < j; k++) {
        if (in_table(c, k, L_RESOLVER, scm_ref_resolvers, scm_ref_nresolvers) &&
            gap_space(c, k + 1) &&
            (resolution_word(c, k + 1) || numbered_decision(c, k + 1)))
            return k + 1;
        /* "United Nations Security Council (UNSC) resolutions 1718, 2270
         * and 2397": the resolver's short form between (session 16) */
        if (in_table(c, k, L_RESOLVER, scm_ref_resolvers, scm_ref_nresolvers) &&
            k + 2 < c->n && paren_acronym(c, k + 1) && resolution_word(c, k + 2))
            return k + 2;
    }
    return NONE;
}

/* "2+2": a meeting named by its format (one word here). */
static inline int format_word(const ctx *c, size_t i) {
    const char *s = wtext(c, i);
    return wlen(c, i) == 3 && is_digit((unsigned char)s[0]) && s[1] == '+' &&
           is_digit((unsigned char)s[2]);
}

/* "… Security Council resolutions, including resolution 2334", "The
 * members of the Security Council recalled resolution 3475": a resolver
 * (with or without its "resolution(s)") earlier in the sentence of the
 * lower-case resolution word i (up to 16 words back). */
static int resolver_earlier(const ctx *c, size_t i) {
    for (size_t k = i; k > 0 && i - k < 16; k--) {
        for (size_t p = c->w[k - 1].stop; p < c->w[k].start; p++)
            if (c->t[p] == '.' || c->t[p] == ';' || c->t[p] == ':') return 0;
        if (cap(c, k - 1) && in_table(c, k - 1, L_RESOLVER, scm_ref_resolvers,
                                      scm_ref_nresolvers))
            return 1;
    }
    return 0;
}

/* "We call on all UN Member States to implement resolution 2397 fully"
 * after "… UN Security Council resolutions." in an earlier sentence: a
 * bare resolution word before a number of three or four digits, in a
 * text that has named the Security Council before (session 15). */
static int council_named_before(ctx *c, size_t i) {
    static const char *const names[] = {"Security Council", "UNSC"};
    size_t len = wlen(c, i + 1), k;
    if (len < 3 || len > 4) return 0;
    if (!c->council_at) { /* once per document: the first mention */
        c->council_at = (size_t)-1;
        for (k = 0; k < sizeof names / sizeof *names; k++) {
            const char *q = strstr(c->t, names[k]);
            if (q && (size_t)(q - c->t) + 1 < c->council_at)
                c->council_at = (size_t)(q - c->t) + 1;
        }
    }
    return c->council_at != (size_t)-1 && c->council_at <= c->w[i].start;
}

/* "COP70": capitals glued to a number, a conference of a numbered
 * series; its number, or 0. */
static int glued_number(const ctx *c, size_t i) {
    const char *s = wtext(c, i);
    size_t n = wlen(c, i), k = 0;
    while (k < n && is_upper((unsigned char)s[k])) k++;
    if (k < 2 || k > 5 || n - k < 1 || n - k > 3) return 0;
    for (size_t d = k; d < n; d++)
        if (!is_digit((unsigned char)s[d])) return 0;
    return atoi(s + k);
}

/* A name made only of head nouns and generic modifiers describes, it
 * does not name: "the Working Group", "the Joint Statement", "Meeting". */
static int generic_name(const ctx *c, size_t s, size_t j) {
    for (size_t k = s; k < j; k++)
        if (!head_kind(c, k) &&
            !in_table(c, k, L_GENERIC, scm_ref_generic, scm_ref_ngeneric) &&
            !in_words(c, k, scm_ref_joint_bodies, scm_ref_njoint_bodies) &&
            !is_word(c, k, "Task"))
            return 0;
    return 1;
}

/* The last word of the long form of the defined short form at word s
 * ("Committee" of "Security Consultative Committee (SCC)") and its
 * length, or NULL when the word is no defined short form. */
static const char *long_form_head(const ctx *c, size_t s, size_t *len) {
    const scm_extract *x = c->x;
    for (size_t k = 0; k < x->acronyms.len; k++) {
        const scm_acronym *a = &x->acronyms.items[k];
        const char *end, *p;
        if (!a->defined || !a->short_form ||
            strlen(a->short_form) != wlen(c, s) ||
            memcmp(a->short_form, wtext(c, s), wlen(c, s)))
            continue;
        end = c->t + a->definition.stop;
        for (p = end; p > c->t + a->definition.start && p[-1] != ' '; p--)
            ;
        *len = (size_t)(end - p);
        return p;
    }
    return NULL;
}

/* Word s is an acronym defined as a meeting or a standing body that
 * meets ("Security Consultative Committee (SCC)"). */
static int session_acronym(const ctx *c, size_t s) {
    size_t n;
    const char *p = long_form_head(c, s, &n), *cls;
    if (!p) return 0;
    cls = scm_lexicon_class(c->lex, SCM_LEX_REF_HEAD, p, n);
    if (cls && !kind_cmp(cls, "meeting")) return 1;
    for (size_t m = 0; m < scm_ref_nsessions; m++)
        if (strlen(scm_ref_sessions[m]) == n &&
            !memcmp(scm_ref_sessions[m], p, n))
            return 1;
    return 0;
}

/* The name [s, j) stands in parentheses after another one: a defined
 * short name ("... Treaty (SEANWFZ Treaty)"). */
static int short_name(const ctx *c, size_t s, size_t stop) {
    size_t a = c->w[s].start;
    return s > 0 && c->w[s - 1].stop + 2 == a && c->t[a - 1] == '(' &&
           stop < c->limit && c->t[stop] == ')';
}

/* Word k joins two parties with a hyphen or an en dash: "NATO-Ukraine",
 * "EU–Japan". */
static int party_pair_word(const ctx *c, size_t k) {
    const char *w = wtext(c, k), *e = w + wlen(c, k), *p;
    for (p = w; p < e; p++) {
        size_t dash = *p == '-' ? 1
                      : (e - p >= 3 && (unsigned char)p[0] == 0xE2 &&
                         (unsigned char)p[1] == 0x80 &&
                         (unsigned char)p[2] == 0x93)
                          ? 3
                          : 0;
        if (!dash) continue;
        return p > w && p + dash < e &&
               scm_lexicon_has(c->lex, SCM_LEX_PARTY, w, (size_t)(p - w)) &&
               scm_lexicon_has(c->lex, SCM_LEX_PARTY, p + dash,
                               (size_t)(e - p - dash));
    }
    return 0;
}

/* The name [s, j) is a joint body of the parties: its last word one of
 * scm_ref_joint_bodies ("Force" only in "Task Force") and "Joint",
 * "Bilateral" or "Trilateral" in it, or two parties joined by a dash, in
 * one word or spaced ("Uzbekistan – Oman Business Council"). */
OUT_OF_LINE static int joint_body(const ctx *c, size_t s, size_t j) {
    size_t h = j - 1;
    if (j - s < 2 || !cap(c, h) ||
        !in_words(c, h, scm_ref_joint_bodies, scm_ref_njoint_bodies))
        return 0;
    if (is_word(c, h, "Force") && !is_word(c, h - 1, "Task")) return 0;
    for (size_t k = s; k < h; k++)
        if (in_words(c, k, scm_ref_joint_markers, scm_ref_njoint_markers) ||
            party_pair_word(c, k) || /* "NATO-Ukraine Council" */
            (k > s && dash_gap(c, k) && party_until(c, s, k) < k &&
             party_from(c, k) > k))
            return 1;
    return 0;
}

/* The fund named by words [s, e) is an institution, not a programme. */
static int fund_institution(const ctx *c, size_t s, size_t e) {
    if (is_word(c, s, "Global") || is_word(c, s, "International") ||
        (is_word(c, s, "Green") && s + 1 < e && is_word(c, s + 1, "Climate")))
        return 1;
    for (size_t k = s; k < e; k++)
        if (is_word(c, k, "Development") || is_word(c, k, "Monetary") ||
            is_word(c, k, "Population") || is_word(c, k, "Children’s") ||
            is_word(c, k, "Children's"))
            return 1;
    return 0;
}

/* "host the", "hold a", "the annual" before word s. */
static int forum_event_before(const ctx *c, size_t s) {
    static const char *const verbs[] = {"host", "hosts", "hosted", "hosting",
                                        "hold", "holds", "held", "holding",
                                        "convene", "convened", "organize",
                                        "organise", NULL};
    size_t k = s;
    if (k > 0 && is_word(c, k - 1, "annual")) return 1;
    if (k > 0 && (is_word(c, k - 1, "the") || is_word(c, k - 1, "a") ||
                  is_word(c, k - 1, "an")))
        k--;
    if (k == s || k == 0) return 0;
    for (size_t q = 0; verbs[q]; q++)
        if (is_word(c, k - 1, verbs[q])) return 1;
    return 0;
}

/* A headed name at words [s, j) (its ordinal `ord`): pushes it unless it
 * is left out.  Returns the index to go on from, or 0 when the name has
 * no head. */
/* A corridor named only by its direction or its mode ("the Middle
 * Corridor", "the International North-South Transport Corridor", "the
 * Bioceanic Road Corridor") is a route; an economic or green corridor the
 * parties set up ("Luzon Economic Corridor") is a reference. */
static int route_corridor(const ctx *c, size_t s, size_t h) {
    static const char *const route[] = {
        "Middle", "Central", "Northern", "Southern", "Eastern", "Western",
        "North-South", "East-West", "South-North", "West-East", "Road",
        "Rail", "Railway", "Transport", "Gas", "Bioceanic", "International",
        "Trans-Caspian", "Orient/East-Med", "Maritime", "Land", NULL};
    size_t k;
    if (h == s) return 0;
    for (k = s; k < h; k++)
        if (!scm_bytes_in(wtext(c, k), wlen(c, k), route)) return 0;
    return 1;
}

static size_t headed_ref(ctx *c, size_t s, size_t j, int ord, int *err) {
    size_t h = j - 1, end, start, stop, acr = NONE;
    const char *kind = head_kind(c, h);
    int session, meeting, joint = 0;
    if (!kind && h > s &&
        (year_word(c, h) || year_range_word(c, h) || version_word(c, h)) &&
        (kind = head_kind(c, h - 1)))
        h--; /* "Blue Pacific Resilience Plan 2045", "… Strategy 2184–2200",
              * "Military Mobility Action Plan 2.0" */
    if (!kind && h >= s + 2 && number(c, h) &&
        (is_word(c, h - 1, "No") || is_word(c, h - 1, "No.")) &&
        !is_word(c, h - 2, "Decision") && /* a resolution's form */
        (kind = head_kind(c, h - 2)))
        h -= 2; /* "Economic Complementation Agreement No. 65" */
    if (!kind && joint_body(c, s, j)) {
        /* a binational cabinet meets: the two governments in session */
        kind = is_word(c, j - 1, "Cabinet") ? "meeting" : "mechanism";
        joint = 1;
    }
    if (!kind) return 0;
    /* an assembly meets ("International Solar Alliance (ISA) Assembly",
     * "Arctic Circle Assembly"); a legislature or the UN's organ is an
     * actor ("the United Nations General Assembly demanded …"), and so
     * is an organ named "Assembly of" its body ("the Assembly of the
     * International Seabed Authority") */
    if (is_word(c, h, "Assembly") &&
        (h == s || is_word(c, h - 1, "General") || is_word(c, h - 1, "National") ||
         is_word(c, h - 1, "Parliamentary") || is_word(c, h - 1, "Legislative") ||
         is_word(c, h - 1, "Constituent")))
        return 0;
    if (is_word(c, h, "Corridor") && route_corridor(c, s, h))
        return j; /* "the Middle Corridor": a route, not a named thing */
    if (is_word(c, h, "Initiative")) kind = initiative_kind(c, s, h);
    /* a compact between states is an agreement, the UN's "Global
     * Compact for Migration" a document */
    if (is_word(c, h, "Compact") && h > s &&
        (is_word(c, s, "Global") || is_word(c, h - 1, "Global")))
        kind = "document"; /* also "Global Digital Compact" */
    /* a business or investment forum is an event ("Bahrain – Iraq Business
     * Forum held in Basra"), a standing forum a mechanism */
    if (is_word(c, h, "Forum") && h > s &&
        (is_word(c, h - 1, "Business") || is_word(c, h - 1, "Investment")))
        kind = "meeting";
    end = h + 1 == j ? complements(c, j, kind, ord > 0) : j;
    /* a fund is a programme ("European Defence Fund", "NATO Innovation
     * Fund"); a development fund, a global or international one and the
     * Monetary Fund are institutions, named alone as actors ("Kuwait Fund
     * for Arab Economic Development", "Green Climate Fund") */
    if (is_word(c, h, "Fund") && fund_institution(c, s, end)) return end;
    /* "the Agreed Minutes of the XI Session": minutes are named by the
     * session they record; "the Agreed Minutes" alone name none */
    if (is_word(c, h, "Minutes") && end == j) return end;
    /* a forum someone hosts or holds, a yearly one, or one placed in a
     * city is an event: "will host the Quad Clean Hydrogen Forum in Perth
     * in 2097", "the annual Oslo Forum" */
    if (is_word(c, h, "Forum") && !kind_cmp(kind, "mechanism") &&
        (forum_event_before(c, s) ||
         (end + 1 < c->n && is_word(c, end, "in") && gap_space(c, end) &&
          gap_space(c, end + 1) && cap(c, end + 1))))
        kind = "meeting";
    /* a year range after the complements: "Plan of Action for the
     * Reforestation of the … Watershed 2223–2233" */
    if (end > j && end < c->n && gap_space(c, end) && year_range_word(c, end))
        end++;
    stop = c->w[end - 1].stop;
    /* a joint body meets in numbered sessions, as a committee does */
    session = joint ||
              in_table(c, h, L_SESSION, scm_ref_sessions, scm_ref_nsessions);
    /* "PSI Operational Experts Group (OEG) meeting" */
    if (end + 1 < c->n && paren_acronym(c, end) &&
        is_word(c, end + 1, "meeting")) {
        acr = end;
        kind = "meeting";
        stop = c->w[end + 1].stop;
        end += 2;
    } else if (end < c->n && paren_acronym(c, end)) {
        acr = end;
        /* "Master Plan on ASEAN Connectivity (MPAC) 2025": the plan's
         * year after its short form */
        if ((!kind_cmp(kind, "plan") || !kind_cmp(kind, "document")) &&
            end + 1 < c->n && year_word(c, end + 1) &&
            c->w[end + 1].start == c->w[end].stop + 2 &&
            c->t[c->w[end].stop] == ')' && c->t[c->w[end].stop + 1] == ' ') {
            stop = c->w[end + 1].stop;
            end += 2;
        }
    } else if (end < c->n && paren_open(c, end)) {
        acr = end;
    }
    start = date_prefix(c, s);
    /* a numbered or dated session of a standing body */
    if (session && (ord || start < c->w[s].start)) kind = "meeting";
    /* "the 12th ROK–U.S. Space Cooperation Working Group meeting": a
     * numbered body's meeting, named with the lower-case word */
    if (ord && acr == NONE && end < c->n && gap_space(c, end)) {
        const char *tk = trailing_kind(c, end);
        if (tk && !kind_cmp(tk, "meeting")) {
            kind = "meeting";
            stop = c->w[end].stop;
            end++;
        }
    }
    meeting = !kind_cmp(kind, "meeting");
    /* "the seventh Indicative Cooperation Programme", "the third Joint
     * Declaration": the ordinal belongs to a plan's or a document's name
     * too, though only a meeting is numbered by it ("the first
     * Indo-Pacific Strategy" is the first of its kind, not of a series) */
    if (!meeting && ord > 1 && start == c->w[s].start &&
        (!kind_cmp(kind, "plan") || !kind_cmp(kind, "document") ||
         !kind_cmp(kind, "agreement"))) /* "the 13th Special Measures
                                        * Agreement" */
        start = c->w[s - 1].start;
    if (!meeting) ord = 0;
    if (ord) start = c->w[s - 1].start;
    /* the document's own meeting or standing body, also when its head is
     * no session word ("convened the United States – Japan Security
     * Consultative Committee", "the 11th meeting of the Côte d’Ivoire –
     * Burkina Faso Joint Border Security Commission") */
    if ((meeting || session || header_name_ends(c, c->w[s].start, stop)) &&
        !other_year(c, start, s) && own_session(c, s, j, stop, ord, acr))
        return end;
    /* "the next Quad Leaders’ Summit" in the Quad's statement: the next
     * of the document's own series, unnamed as "our next meeting" is (a
     * series the title does not name stays: "the next Summit for
     * Democracy") */
    if (meeting && !ord && start == c->w[s].start && s > 0 &&
        is_word(c, s - 1, "next") && wlen(c, s) >= 3 &&
        in_title(c, c->w[s].start, c->w[s].stop))
        return end;
    /* an organisation named alone: an actor, no reference */
    if (!ord)
        for (size_t o = 0; o < scm_ref_norganisations; o++)
            if (scm_ref_organisations[o][0] == c->t[start] && /* no strlen */
                strlen(scm_ref_organisations[o]) == stop - start &&
                !memcmp(scm_ref_organisations[o], c->t + start, stop - start))
                return end;
    /* the body a header line names, unnumbered: the document's own ("The
     * United States – Japan Security Consultative Committee" above the
     * statement of a meeting that has no number) */
    if (!ord && start == c->w[s].start && named_in_header(c, start, stop))
        return end;
    /* ... also with its ordinal, when the header line holds both ("106th
     * Pacific Islands Forum Leaders Meeting": a leaders' meeting, which
     * no meeting record names) */
    if (ord && s > 0 && !c->x->header.has_meeting &&
        named_in_header(c, c->w[s - 1].start, stop))
        return end;
    /* ... or its ordinal and name up to the head, the rest said otherwise
     * ("Communiqué of the 531st Ordinary Summit of SADC Heads of State"
     * above "The 531st Ordinary Summit of Heads of State … of the
     * Southern African Development Community") */
    if (ord && meeting && s > 0 && h > s &&
        named_in_header(c, c->w[s - 1].start, c->w[h].stop))
        return end;
    /* a description, not a name: "the Working Group", and "the Committee
     * on the ..." as what it was briefed on */
    if (generic_name(c, s, j) && start == c->w[s].start && !ord &&
        acr == NONE) {
        if (end == j) return end;
        if (!kind_cmp(kind, "mechanism") && is_word(c, j, "on") &&
            is_word(c, j + 1, "the"))
            return j;
    }
    /* "this Joint Vision Statement": the document itself */
    if (s > 0 && gap_space(c, s) &&
        (is_word(c, s - 1, "this") || is_word(c, s - 1, "This") ||
         is_word(c, s - 1, "present")))
        return end;
    /* the document's own title, as a running header repeats it */
    if (c->title && strlen(c->title) == stop - start &&
        !memcmp(c->title, c->t + start, stop - start))
        return end;
    if (short_name(c, s, stop)) return end;
    /* "Pacific Islands Forum leaders": the organisation */
    if (!kind_cmp(kind, "mechanism") && end < c->n && gap_space(c, end) &&
        in_table(c, end, L_MEMBER, scm_ref_members, scm_ref_nmembers))
        return end;
    /* the whole long form of an acronym defined on this name */
    if (acr == NONE) {
        size_t de = definition_end(c, c->w[s].start, stop);
        if (de > stop) {
            stop = de;
            while (end < c->n && c->w[end].start < de) end++;
            /* the long form's last head gives the kind: "Extended
             * Deterrence Strategy and Consultation Group (EDSCG)" */
            if (head_kind(c, end - 1) && !is_word(c, end - 1, "Initiative"))
                kind = head_kind(c, end - 1);
        }
    }
    if (push_ref(c, kind, start, stop, &ord, meeting && ord ? 1 : 0,
                 acr != NONE ? wtext(c, acr) : NULL,
                 acr != NONE ? wlen(c, acr) : 0) != 0)
        *err = 1;
    return end;
}

/* The kind of the head noun ending the long form of the defined short
 * form at word s ("Agreement" of "Special Measures Agreement (SMA)"), or
 * NULL. */
static const char *acronym_head_kind(const ctx *c, size_t s) {
    size_t n;
    const char *p = long_form_head(c, s, &n);
    return p ? kind_name(scm_lexicon_class(c->lex, SCM_LEX_REF_HEAD, p, n))
             : NULL;
}

/* The kind of a reference found before whose capitalised words'
 * initials spell the short form at word s ("Special Measures Agreement"
 * for "SMA"), or NULL. */
static const char *initials_ref_kind(const ctx *c, size_t s) {
    const scm_extract *x = c->x;
    const char *sf = wtext(c, s);
    size_t n = wlen(c, s);
    /* the latest references only: a long text stays linear */
    for (size_t k = x->references.len, seen = 0; k-- > 0 && seen < 64;
         seen++) {
        const scm_reference *r = &x->references.items[k];
        const char *p = c->t + r->span.start, *e = c->t + r->span.stop;
        size_t got = 0;
        int ok = 1;
        while (p < e && ok) {
            while (p < e && *p == ' ') p++;
            if (p >= e) break;
            if (*p >= 'A' && *p <= 'Z') {
                if (got >= n || *p != sf[got]) ok = 0;
                got++;
            } else if (!(*p >= '0' && *p <= '9') && !(*p >= 'a' && *p <= 'z'))
                ok = 0;
            while (p < e && *p != ' ') p++;
        }
        if (ok && got == n && n >= 2) return r->kind;
    }
    return NULL;
}

/* "43rd SCM", "fourth IPEF negotiating round": an ordinal and an acronym
 * at word s.  Returns the next word index. */
static size_t numbered_acronym(ctx *c, size_t s, int ord, int *err) {
    static const char *const events[] = {
        "tabletop", "table-top", "exercise", "exercises", "simulation",
        "drill", "drills", "workshop", "seminar", "training", NULL};
    size_t stop = c->w[s].stop, e = s + 1;
    const char *tk;
    /* "the fourth NCG tabletop simulation": an exercise the body holds,
     * no meeting of it (session 16) */
    if (e < c->n && gap_space(c, e) && scm_bytes_in(wtext(c, e), wlen(c, e), events))
        return e;
    if (e < c->n && gap_space(c, e) &&
        (((tk = trailing_kind(c, e)) && !kind_cmp(tk, "meeting")) ||
         /* "the 6th 2+2 Meeting" */
         (is_word(c, e, "Meeting") && format_word(c, s)))) {
        stop = c->w[e].stop;
        e++;
    } else if (e + 1 < c->n && gap_space(c, e) && gap_space(c, e + 1) &&
               (tk = trailing_kind(c, e + 1)) && !kind_cmp(tk, "meeting")) {
        stop = c->w[e + 1].stop;
        e += 2;
    }
    if (e == s + 1 && format_word(c, s)) {
        /* "the fourth 2+2 Ministerial Dialogue": the format's own name,
         * capitalised words up to a meeting's or a dialogue's head */
        size_t k = e, last = 0;
        while (k < c->n && k < e + 4 && gap_space(c, k) && cap(c, k)) {
            const char *hk = head_kind(c, k);
            if (hk && (!kind_cmp(hk, "meeting") || !kind_cmp(hk, "mechanism")))
                last = k + 1;
            k++;
        }
        if (last) {
            stop = c->w[last - 1].stop;
            e = last;
        }
    }
    if (e == s + 1) {
        /* "the 14th SMA" of a "Special Measures Agreement (SMA)", or of a
         * "13th Special Measures Agreement" named before: the numbered
         * instrument its long form names */
        const char *kind = acronym_head_kind(c, s);
        if (!kind) kind = initials_ref_kind(c, s);
        if (kind && kind_cmp(kind, "meeting") && kind_cmp(kind, "mechanism")) {
            if (push_ref(c, kind, c->w[s - 1].start, stop, NULL, 0, NULL,
                         0) != 0)
                *err = 1;
            return e;
        }
    }
    if (!own_session(c, s, s + 1, c->w[s].stop, ord, s) &&
        push_ref(c, "meeting", c->w[s - 1].start, stop, &ord, 1, wtext(c, s),
                 wlen(c, s)) != 0)
        *err = 1;
    return e;
}

/* Words s, s + 1 are an amount: a currency code and a number, or a
 * number followed by "million", "billion" or "trillion" (session 14). */
static int amount(const ctx *c, size_t s) {
    if (in_words(c, s, scm_ref_currencies, scm_ref_ncurrencies)) return 1;
    return s + 2 < c->n && (is_word(c, s + 2, "million") ||
                            is_word(c, s + 2, "billion") ||
                            is_word(c, s + 2, "trillion"));
}

/* "COP 26", "COP70": a conference of a numbered series at word s (the
 * acronym's length `alen`).  Returns 0 on success, -1 on out of memory. */
static int series_number(ctx *c, size_t s, size_t stop, size_t alen, int num) {
    if (own_session(c, s, s + 1, stop, 0, s) &&
        num == c->x->header.meeting.number)
        return 0;
    return push_ref(c, "meeting", c->w[s].start, stop, &num, 1, wtext(c, s),
                    alen);
}

/* "the January 2031 SCC": a dated session of a body defined as a
 * meeting or a standing body that meets, the run [s, j) being the date
 * and the acronym.  Returns the next word index, or 0. */
static size_t dated_acronym(ctx *c, size_t s, size_t j, int *err) {
    size_t a = j - 1, start;
    if (!all_caps(c, a)) return 0;
    start = date_prefix(c, a);
    if (start == c->w[a].start ||
        (a > s && start != c->w[s].start) || !session_acronym(c, a))
        return 0;
    if ((other_year(c, start, a) ||
         !own_session(c, a, j, c->w[a].stop, 0, a)) &&
        push_ref(c, "meeting", start, c->w[a].stop, NULL, 0, wtext(c, a),
                 wlen(c, a)) != 0)
        *err = 1;
    return j;
}

/* Word i is an office ("Minister", "Ministers"): a subject, so a
 * following "plan" is its verb. */
static int office(const ctx *c, size_t i) {
    size_t n = wlen(c, i);
    if (scm_lexicon_has(c->lex, SCM_LEX_TITLE, wtext(c, i), n)) return 1;
    return n > 1 && wtext(c, i)[n - 1] == 's' &&
           scm_lexicon_has(c->lex, SCM_LEX_TITLE, wtext(c, i), n - 1);
}

/* A lower-case head after the name [s, j): "Asia-Pacific Economic
 * Cooperation forum", "Official Security Assistance (OSA) program".
 * Returns the next word index, or 0 when none follows. */
static size_t trailing_ref(ctx *c, size_t s, size_t j, int ord, int *err) {
    size_t end = complements(c, j, "mechanism", 0), t = end, stop;
    const char *kind;
    if (end + 1 < c->n && paren_acronym(c, end)) t = end + 1;
    if (t >= c->n || (t == end && !gap_space(c, t)) ||
        !(kind = trailing_kind(c, t)))
        return 0;
    /* "the Philippines' plan to host …": a party's plan, no name */
    if (t == end && (possessive(c, end - 1) ||
                     memchr(c->t + c->w[end - 1].stop, '\'',
                            c->w[t].start - c->w[end - 1].stop) ||
                     (c->w[t].start - c->w[end - 1].stop >= 3 &&
                      scm_is_rsquo((const unsigned char *)c->t +
                                       c->w[end - 1].stop,
                                   (const unsigned char *)c->t +
                                       c->w[t].start))))
        return 0;
    /* "a Leaders-led forum", "an ASEAN-centred mechanism": a compound
     * adjective describes the head, it names nothing */
    if (t == end && end - 1 == s) {
        const char *ws = wtext(c, s), *dash = memchr(ws, '-', wlen(c, s));
        if (dash && dash + 1 < ws + wlen(c, s) &&
            scm_ascii_is_lower((unsigned char)dash[1]))
            return 0;
    }
    /* after "(ACR)" only a programme: "Asia-Pacific Economic Cooperation
     * (APEC) forum" is the organisation */
    if (t > end && kind_cmp(kind, "plan") && kind_cmp(kind, "meeting")) return 0;
    if (kind_cmp(kind, "meeting") && !ord && t == end && office(c, end - 1))
        return 0; /* "the Minister plan to ...": a verb */
    /* "the Belgian programme", "the IPEF forum": a party's, no name */
    if (kind_cmp(kind, "meeting") && !ord && t == end && party_from(c, s) >= end)
        return 0;
    if (kind_cmp(kind, "meeting") && t > end) stop = c->w[end - 1].stop;
    /* "the Stipendium Hungaricum programme", "the Belt and Road
     * initiative": the name without the common noun, as the golds write
     * it (19 of 26 such programmes, 10 of 12 initiatives; session 19) */
    else if (is_word(c, t, "programme") || is_word(c, t, "program") ||
             is_word(c, t, "initiative"))
        stop = c->w[end - 1].stop;
    else stop = number(c, end - 1) ? c->w[end - 1].stop : c->w[t].stop;
    if (kind_cmp(kind, "meeting") || ord) {
        if (push_ref(c, kind, c->w[s].start, stop, &ord, ord ? 1 : 0, NULL,
                     0) != 0)
            *err = 1;
        return t + 1;
    }
    return 0;
}

/* "Australia–Philippines Status of Visiting Forces Agreement", "ASEAN
 * Trade in Goods Agreement": a name with no head of its own, "of" or
 * "in", and a headed name; the end of the whole, else j. */
static size_t of_headed(const ctx *c, size_t j) {
    size_t e;
    if (head_kind(c, j - 1) ||
        !(is_word(c, j, "of") || is_word(c, j, "in")) || !gap_space(c, j) ||
        !gap_space(c, j + 1) || !cap(c, j + 1))
        return j;
    e = cap_run(c, j + 1, 0);
    if (e > j + 2 && !head_kind(c, e - 1) &&
        (year_word(c, e - 1) || year_range_word(c, e - 1) ||
         version_word(c, e - 1)))
        return head_kind(c, e - 2) ? e : j; /* "… Conservation Plan 2206-2215" */
    return e > j + 1 && head_kind(c, e - 1) ? e : j;
}

static int joint_body(const ctx *c, size_t s, size_t j);

/* "the 95th session of the United Nations General Assembly", "the 62nd
 * meeting of the Joint Defence Council", "the 164th session of the CMF":
 * an ordinal, a lower-case "session" or "meeting" at word i and "of" +
 * the body's name make one meeting, the body inside it.  Returns the next
 * word index, or 0 when no name follows. */
static size_t session_of(ctx *c, size_t i, int ord, int *err) {
    size_t k = i + 2, j, end, acr = NONE;
    if (k >= c->n || !is_word(c, i + 1, "of") || !gap_space(c, i + 1))
        return 0;
    if (is_word(c, k, "the") && gap_space(c, k)) k++;
    if (k >= c->n || !gap_space(c, k) || !cap(c, k)) return 0;
    j = cap_run(c, k, 1);
    /* not a party's session ("of the Kingdom of Bahrain") */
    if (j == k || party_from(c, k) != k || formal_party(c, k, k + 1))
        return 0;
    /* a body that is a reference of its own stays one ("the first meeting
     * of the Joint Trade Committee", "… of the Strategic Dialogue"); a
     * meeting's head stays in ("the 95th session of the General Assembly") */
    if (joint_body(c, k, j)) return 0;
    for (size_t q = k; q < j; q++)
        if (head_kind(c, q) && kind_cmp(head_kind(c, q), "meeting")) return 0;
    if (j == k + 1 && all_caps(c, k)) acr = k;
    end = complements(c, j, "meeting", 1);
    if (!own_session(c, k, j, c->w[end - 1].stop, ord, acr) &&
        push_ref(c, "meeting", c->w[i - 1].start, c->w[end - 1].stop, &ord, 1,
                 acr != NONE ? wtext(c, acr) : NULL,
                 acr != NONE ? wlen(c, acr) : 0) != 0)
        *err = 1;
    return end;
}

/* "resolutions of the United Nations Security Council" at word i (the
 * lower-case resolution word): the word after the resolver's name, or 0. */
static size_t resolutions_of(const ctx *c, size_t i) {
    size_t k = i + 1, e;
    if (k + 2 >= c->n || !is_word(c, k, "of") || !gap_space(c, k)) return 0;
    k++;
    if (is_word(c, k, "the")) k++;
    if (k >= c->n || !cap(c, k)) return 0;
    e = cap_run(c, k, 0);
    if (e <= k || !in_table(c, e - 1, L_RESOLVER, scm_ref_resolvers,
                            scm_ref_nresolvers) ||
        /* (not "of the Council of Ministers": a body named on) */
        (e < c->n && is_word(c, e, "of")))
        return 0;
    return e;
}

static int paragraph_refs(ctx *c) {
    size_t i = 0;
    int err = 0;
    while (i < c->n && !err) {
        size_t s, j, r, next, ln;
        int ord, num;
        if (!cap(c, i)) {
            if (resolution_word(c, i) && i + 1 < c->n && gap_space(c, i + 1) &&
                number(c, i + 1) &&
                (resolver_earlier(c, i) || council_named_before(c, i)))
                i = resolution(c, c->w[i].start, i, &err);
            else if (resolution_word(c, i) && (next = resolutions_of(c, i)) != 0) {
                /* "the relevant resolutions of the United Nations
                 * Security Council": unnumbered (session 16) */
                if (push_ref(c, "resolution", c->w[i].start, c->w[next - 1].stop,
                             NULL, 0, NULL, 0) != 0)
                    err = 1;
                i = next;
            }
            else if (format_word(c, i) && (ord = ordinal_before(c, i)))
                /* "the fourth 2+2", "the 3rd 2+2 meeting": a numbered
                 * meeting of the format's series */
                i = numbered_acronym(c, i, ord, &err);
            else if ((is_word(c, i, "session") || is_word(c, i, "meeting")) &&
                     (ord = ordinal_before(c, i)) &&
                     (next = session_of(c, i, ord, &err)) != 0)
                i = next;
            else
                i++;
            continue;
        }
        j = cap_run(c, i, 0);
        if (j == i) {
            i++;
            continue;
        }
        j = of_headed(c, j);
        s = i;
        /* a sentence's opener ("However", "Guided by …"), not a name's
         * first word after an article ("the Guided Weapons …
         * Arrangement"); an article opening a sentence or a list item
         * ("- A Clean Energy Workforce Program under which …") */
        while (s < j && (is_word(c, s, "The") || is_word(c, s, "A") ||
                         is_word(c, s, "An") ||
                         (starter(c, s) &&
                          !(s > 0 && (is_word(c, s - 1, "the") ||
                                      is_word(c, s - 1, "a") ||
                                      is_word(c, s - 1, "an"))))))
            s++;
        if (s == j) {
            i = j;
            continue;
        }
        /* "the Seventh JCMA": a capitalised ordinal opens the run */
        if (s + 1 < j && ordinal_before(c, s + 1) &&
            !is_digit((unsigned char)*wtext(c, s)))
            s++;
        ord = ordinal_before(c, s);
        /* "the LXII Conference of Heads of State": a Roman ordinal */
        if (!ord && s + 1 < j && gap_space(c, s + 1) &&
            (ord = roman_value(c, s)) != 0)
            s++;
        if ((r = resolution_at(c, s, j)) != NONE) {
            i = resolution(c, date_prefix(c, s), r, &err);
            continue;
        }
        if ((next = headed_ref(c, s, j, ord, &err)) != 0) {
            i = next;
            continue;
        }
        /* "the 44th SCM"; not a state's dotted short form ("the third
         * U.S. diplomatic mission") */
        if (ord && j == s + 1 && all_caps(c, s) &&
            !(party_from(c, s) > s && memchr(wtext(c, s), '.', wlen(c, s)))) {
            i = numbered_acronym(c, s, ord, &err);
            continue;
        }
        if ((next = dated_acronym(c, s, j, &err)) != 0) {
            i = next;
            continue;
        }
        /* "AUSMIN 2038", "COP 2033": a session of a series the text
         * defines as meetings, named by its year; not this year's, the
         * document's own (session 16) */
        if (j == s + 2 && all_caps(c, s) && wlen(c, s) <= 8 &&
            gap_space(c, s + 1) && year_word(c, s + 1) &&
            session_acronym(c, s) &&
            !(c->year && atoi(wtext(c, s + 1)) == c->year)) {
            if (push_ref(c, "meeting", c->w[s].start, c->w[s + 1].stop, NULL, 0,
                         wtext(c, s), wlen(c, s)) != 0)
                return -1;
            i = j;
            continue;
        }
        /* "COP 26"; not an amount ("USD 3 billion", "EUR 40") */
        if (j == s + 2 && all_caps(c, s) && wlen(c, s) <= 5 &&
            number(c, s + 1) && wlen(c, s + 1) <= 3 &&
            !(long_form_head(c, s, &ln) && !session_acronym(c, s)) &&
            !amount(c, s)) {
            if (series_number(c, s, c->w[s + 1].stop, wlen(c, s),
                              atoi(wtext(c, s + 1))) != 0)
                return -1;
            i = j;
            continue;
        }
        /* "COP70"; not a grouping the text defines ("Indo-Pacific
         * partners (IP4)") */
        if (j == s + 1 && (num = glued_number(c, s)) != 0 &&
            !(long_form_head(c, s, &ln) && !session_acronym(c, s))) {
            size_t alen = 0;
            while (is_upper((unsigned char)wtext(c, s)[alen])) alen++;
            if (series_number(c, s, c->w[s].stop, alen, num) != 0) return -1;
            i = j;
            continue;
        }
        if ((next = trailing_ref(c, s, j, ord, &err)) != 0) {
            i = next;
            continue;
        }
        i = j;
    }
    return err ? -1 : 0;
}

static void sig_add(sig_table *st, const char *s, size_t n, unsigned list) {
    if (n) st->slots[signature(s, n)] |= (uint16_t)list;
}

static void sig_add_table(sig_table *st, const char *const *table, size_t n,
                          unsigned list) {
    for (size_t k = 0; k < n; k++)
        sig_add(st, table[k], strlen(table[k]), list);
}

static void sig_add_lexicon(sig_table *st, const scm_lexicon *lex,
                            scm_lex_list list, unsigned bit) {
    size_t count = scm_lexicon_count(lex, list);
    for (size_t k = 0; k < count; k++) {
        const char *w = scm_lexicon_word(lex, list, k, NULL);
        if (w) sig_add(st, w, strlen(w), bit);
    }
}

/* Party names match words joined by single spaces (party_words): a name
 * of several words by its first word (up to the first space) and its last
 * (after the last one). */
static void sig_add_parties(sig_table *st, const scm_lexicon *lex) {
    size_t count = scm_lexicon_count(lex, SCM_LEX_PARTY);
    for (size_t k = 0; k < count; k++) {
        const char *w = scm_lexicon_word(lex, SCM_LEX_PARTY, k, NULL);
        const char *last;
        if (!w) continue;
        if (!(last = strrchr(w, ' '))) {
            sig_add(st, w, strlen(w), L_PARTY);
        } else {
            sig_add(st, w, strcspn(w, " "), L_PARTY_FIRST);
            sig_add(st, last + 1, strlen(last + 1), L_PARTY_LAST);
        }
    }
}

/* The signatures of every list the extractor asks about, from the lexicon
 * as it is now (with the user's additions). */
static void sig_build(sig_table *st, const scm_lexicon *lex) {
    memset(st, 0, sizeof *st);
    st->owner = sig_lists;
    sig_add_parties(st, lex);
    sig_add_lexicon(st, lex, SCM_LEX_REF_HEAD, L_HEAD);
    sig_add_lexicon(st, lex, SCM_LEX_REF_TRAILING, L_TRAILING);
    sig_add_lexicon(st, lex, SCM_LEX_STARTER, L_STARTER);
    sig_add_table(st, scm_ref_ordinals, scm_ref_nordinals, L_ORDINAL);
    sig_add_table(st, scm_ref_connectors, scm_ref_nconnectors, L_CONNECTOR);
    sig_add_table(st, scm_ref_resolvers, scm_ref_nresolvers, L_RESOLVER);
    sig_add_table(st, scm_ref_resolution_acronyms,
                  scm_ref_nresolution_acronyms, L_RESOLUTION_ACRONYM);
    sig_add_table(st, scm_ref_sessions, scm_ref_nsessions, L_SESSION);
    sig_add_table(st, scm_ref_generic, scm_ref_ngeneric, L_GENERIC);
    sig_add_table(st, scm_ref_members, scm_ref_nmembers, L_MEMBER);
    sig_add_table(st, scm_ref_joint_initiative, scm_ref_njoint_initiative,
                  L_JOINT);
    for (size_t k = 0; k < SIG_NLISTS; k++)
        scm_lexicon_derived(lex, sig_lists[k], &st->versions[k]);
}

/* The table is ours and was built from the lexicon's lists as they are. */
static int sig_current(const sig_table *st, const scm_lexicon *lex) {
    if (st->owner != sig_lists) return 0;
    for (size_t k = 0; k < SIG_NLISTS; k++) {
        unsigned v;
        scm_lexicon_derived(lex, sig_lists[k], &v);
        if (v != st->versions[k]) return 0;
    }
    return 1;
}

/* The signature table, built once per lexicon: a document is often a few
 * KB and the lists hold hundreds of words.  It is kept as the derived
 * data of the reference-head list (lexicon.h), where nothing else is
 * kept; an addition to that list frees it, one to the others changes a
 * version.  *own is set to a table the lexicon could not take (the caller
 * frees it).  NULL when out of memory. */
static const sig_table *sig_get(const scm_lexicon *lex, sig_table **own) {
    sig_table *st = scm_lexicon_derived(lex, SCM_LEX_REF_HEAD, NULL);
    *own = NULL;
    if (st && sig_current(st, lex)) return st;
    if (!(st = malloc(sizeof *st))) return NULL;
    sig_build(st, lex);
    if (scm_lexicon_set_derived(lex, SCM_LEX_REF_HEAD, st, free) != 0)
        *own = st;
    return st;
}

/* End of the first body sentence, for a document with a header (a bare
 * text has no own meeting to open with). */
static size_t first_sentence_stop(const scm_doc *doc) {
    if (!doc->title || doc->sentences.len == 0) return 0;
    return doc->sentences.items[0].span.stop;
}

/* "The Secretary-General of the Colombo Plan": a name an organisation's
 * officer is "of" is the organisation's, no plan or mechanism; its
 * mentions by that name are left out (session 14).  The places right
 * after such an officer's "of the" are found in one pass over the text
 * (the first 256 of them), then each plan or mechanism is compared with
 * them. */
#define MAX_OFFICER_SPOTS 256

static size_t officer_spots(const char *t, size_t len,
                            const char *spots[MAX_OFFICER_SPOTS]) {
    static const char *const officers[] = {
        "secretary-general", "secretary general", "director-general",
        "director general", "executive secretary", "secretariat", NULL};
    const char *f, *e = t + len;
    size_t ns = 0;
    if (len < 8) return 0; /* no room for " of the " after a byte */
    f = t + 2;
    /* every " of the " (memmem is not POSIX: by its "f", a rarer letter
     * than its "o"), then the officer before it */
    while (ns < MAX_OFFICER_SPOTS && f + 6 <= e &&
           (f = memchr(f, 'f', (size_t)(e - f) - 5)) != NULL) {
        const char *p = f - 1; /* the "o" */
        if (p[-1] == ' ' && memcmp(p, "of the ", 7) == 0)
            for (size_t k = 0; officers[k]; k++) {
                size_t on = strlen(officers[k]);
                if ((size_t)(p - 1 - t) >= on &&
                    scm_ascii_ifind(p - 1 - on, on, officers[k]) == p - 1 - on) {
                    spots[ns++] = p + 7;
                    break;
                }
            }
        f++;
    }
    return ns;
}

static int plan_or_mechanism(const scm_reference *r) {
    return !kind_cmp(r->kind, "plan") || !kind_cmp(r->kind, "mechanism");
}

static void drop_organisations(scm_doc *doc, scm_extract *x) {
    const char *t = doc->text.text, *e = t + doc->text.len;
    const char *spots[MAX_OFFICER_SPOTS];
    size_t i, out = 0, ns;
    /* the text is searched only when there is a name to drop (most
     * documents have no plan or mechanism) */
    for (i = 0; i < x->references.len; i++)
        if (plan_or_mechanism(&x->references.items[i])) break;
    if (i == x->references.len) return;
    if (!(ns = officer_spots(t, doc->text.len, spots))) return;
    for (i = 0; i < x->references.len; i++) {
        scm_reference *r = &x->references.items[i];
        size_t n = r->span.stop - r->span.start, k;
        int org = 0;
        if (plan_or_mechanism(r))
            for (k = 0; k < ns && !org; k++)
                org = (size_t)(e - spots[k]) >= n &&
                      memcmp(spots[k], t + r->span.start, n) == 0 &&
                      (spots[k] + n == e ||
                       !scm_word_at((const unsigned char *)spots[k] + n,
                                    (const unsigned char *)e));
        if (org) {
            SCM_VEC_FREE(&r->numbers);
            free(r->series);
            continue;
        }
        x->references.items[out++] = *r;
    }
    x->references.len = out;
}

int scm_extract_references(scm_doc *doc, const scm_lexicon *lex,
                           scm_extract *x, scm_error *err) {
    const scm_text *t = &doc->text;
    wordvec wv = {0};
    const sig_table *sig;
    sig_table *own_sig = NULL;
    ctx c;
    memset(&c, 0, sizeof c);
    c.t = t->text;
    c.lex = lex;
    c.x = x;
    c.title = doc->title;
    c.text = t;
    c.sents = doc->sentences.items;
    c.nsents = doc->sentences.len;
    c.first_stop = first_sentence_stop(doc);
    c.year = doc->date.precision != SCM_DATE_NONE ? doc->date.year : 0;
    if (!(sig = sig_get(lex, &own_sig))) goto oom;
    c.sig = sig->slots;
    if (x->acronyms.len) {
        c.defs = malloc(x->acronyms.len * sizeof *c.defs);
        if (!c.defs) goto oom;
        for (size_t i = 0; i < x->acronyms.len; i++)
            if (x->acronyms.items[i].defined)
                c.defs[c.ndefs++] = x->acronyms.items[i].definition;
        if (c.ndefs > 1) /* defs may be NULL when there are none */
            qsort(c.defs, c.ndefs, sizeof *c.defs, cmp_span_start);
    }
    for (size_t i = 0; i < t->paragraphs.len; i++) {
        const scm_paragraph *pg = &t->paragraphs.items[i];
        if (pg->kind != SCM_PARA_BODY) continue;
        if (lex_words(&c, pg->span.start + pg->label, pg->span.stop, &wv) != 0)
            goto oom;
        c.w = wv.items;
        c.n = wv.len;
        c.limit = pg->span.stop;
        if (paragraph_refs(&c) != 0) goto oom;
    }
    drop_organisations(doc, x);
    SCM_VEC_FREE(&wv);
    free(c.defs);
    free(own_sig);
    return 0;
oom:
    SCM_VEC_FREE(&wv);
    free(c.defs);
    free(own_sig);
    return scm_error_set(err, SCM_NO_BYTE, "out of memory");
}
