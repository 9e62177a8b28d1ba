/* segment.c -- sentences and tokens inside the normalised paragraphs.
 *
 * Sentences: one pass over the body paragraphs stops at every '.', '?',
 * '!' and '…' and decides from the word before the stop (X) and the word
 * after it (Y):
 *
 *   - '?' and '!' end a sentence unless a lower-case word follows; an
 *     ellipsis ends one only before a capitalised word;
 *   - "X." before a lower-case word or other punctuation never ends one
 *     (and is evidence that X is an abbreviation);
 *   - a title ("Gen.", "No.", "Art.") never ends one;
 *   - an abbreviation ("U.S.", "etc.", anything with an inner period, a
 *     word the document itself writes as "X." before a lower-case word) or
 *     an initial ("E.") ends one only before a sentence starter: a word of
 *     the starter list, or a capitalised word that the document writes in
 *     lower case and never capitalises mid-sentence (the Punkt
 *     orthographic heuristic); never before a month, a number or, after an
 *     initial, another single letter;
 *   - any other word ends one before a capitalised word or a number.
 *
 * Decisions that need evidence are kept pending: the sentence is emitted
 * as if split and the pending joins are resolved after one cheap pass over
 * the words of the document, made only for the candidate types.
 *
 * Tokens: words keep inner apostrophes, inner hyphens before a letter or
 * digit ("long-term", "COVID-19") and the periods of abbreviations ("U.S.",
 * "e.g.", "U.S.-ROK", "Korea-U.S."); numbers keep inner , . / between
 * digits and an ordinal or plural suffix ("1,000", "1.5", "1/4", "44th",
 * "1970s").  A range "2010-2012" is three tokens: number, punct, number.
 * Every other character is a one-character punct or symbol token. */
#include <stdlib.h>
#include <string.h>

#include "segment.h"
#include "utf8.h"
#include "vec.h"
#include "wordset.h"

/* ---------------------------------------------------------------------------
 * Character classes */

enum char_class { CC_SPACE, CC_LETTER, CC_DIGIT, CC_PUNCT, CC_SYMBOL };

/* Byte classes: 0 space or control, 1 letter, 2 digit, 3 punctuation,
 * 4 symbol (the enum order above); a byte >= 0x80 starts or continues a
 * multi-byte character, CC_MULTI: decode it (class_at). */
enum { CC_MULTI = 5 };
static const unsigned char byte_classes[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* controls */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* controls */
    0, 3, 3, 3, 4, 4, 4, 3, 3, 3, 3, 4, 3, 3, 3, 3, /*  !"#$%&'()*+,-./ */
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 4, 4, 4, 3, /* 0-9 :;<=>? */
    3, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* @A-O */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 4, 3, /* P-Z [\]^_ */
    4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, /* `a-o */
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 4, 3, 4, 0, /* p-z {|}~ DEL */
    5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, /* 0x80-0xFF: decode */
    5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
    5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
    5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
    5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
    5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
    5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
    5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
};



/* Class of a non-ASCII code point.  Letters are everything that is not
 * listed as space, punctuation or symbol, so scripts we know nothing about
 * still make words. */
static int cp_class(uint32_t cp) {
    if (cp <= 0xBF) {
        if (cp == 0xA0 || cp < 0xA0) return cp == 0xA0 ? CC_SPACE : CC_SYMBOL;
        if (cp == 0xAA || cp == 0xBA || cp == 0xB5) return CC_LETTER;
        if (cp == 0xAD) return CC_LETTER; /* soft hyphen: stays in words */
        if (cp == 0xA1 || cp == 0xAB || cp == 0xB7 || cp == 0xBB || cp == 0xBF)
            return CC_PUNCT;
        return CC_SYMBOL; /* ¢ £ § © ® ° ± ¶ ¼ ... */
    }
    if (cp == 0xD7 || cp == 0xF7) return CC_SYMBOL;
    if (cp < 0x2000) return CC_LETTER;
    if (cp <= 0x206F) {
        if (cp <= 0x200D || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
            cp == 0x205F || (cp >= 0x2060 && cp <= 0x2064))
            return CC_SPACE; /* spaces and zero-width characters */
        return CC_PUNCT;
    }
    if (cp <= 0x2BFF) return CC_SYMBOL; /* currency, arrows, math, ... */
    if (cp >= 0x2E00 && cp <= 0x2E7F) return CC_PUNCT;
    if (cp == 0x3000) return CC_SPACE;
    if (cp >= 0x3001 && cp <= 0x303F)
        return (cp >= 0x3005 && cp <= 0x3007) ? CC_LETTER : CC_PUNCT;
    if (cp == 0xFEFF) return CC_SPACE;
    if ((cp >= 0xFE10 && cp <= 0xFE1F) || (cp >= 0xFE30 && cp <= 0xFE6F))
        return CC_PUNCT;
    if (cp >= 0xFF01 && cp <= 0xFF65) {
        if (cp == 0xFF04 || cp == 0xFF0B || (cp >= 0xFF1C && cp <= 0xFF1E))
            return CC_SYMBOL;
        if (cp <= 0xFF0F || (cp >= 0xFF1A && cp <= 0xFF20) ||
            (cp >= 0xFF3B && cp <= 0xFF40) || cp >= 0xFF5B)
            return CC_PUNCT;
        return CC_LETTER; /* full-width digits and letters */
    }
    if (cp >= 0xFFF0 && cp <= 0xFFFF) return CC_SYMBOL;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return CC_SYMBOL; /* emoji */
    return CC_LETTER;
}

/* Class and length of the character at s[i] (i < end).  Invalid UTF-8 is
 * a one-byte symbol, so no input can stall the scanners. */
static inline int class_at(const unsigned char *s, size_t i, size_t end,
                           size_t *len) {
    uint32_t cp;
    size_t n;
    *len = 1;
    if (s[i] < 0x80) return byte_classes[s[i]];
    n = scm_utf8_decode(s + i, end - i, &cp);
    if (n == 0) return CC_SYMBOL;
    *len = n;
    return cp_class(cp);
}

/* Code point at s[i], or 0 at the end / on invalid bytes; *len >= 1. */
static uint32_t cp_at(const unsigned char *s, size_t i, size_t end,
                      size_t *len) {
    uint32_t cp;
    size_t n;
    *len = 1;
    if (i >= end) return 0;
    if (s[i] < 0x80) return s[i];
    n = scm_utf8_decode(s + i, end - i, &cp);
    if (n == 0) return 0;
    *len = n;
    return cp;
}

static int is_ascii_letter(unsigned char c) {
    return byte_classes[c] == CC_LETTER;
}

static int is_space_at(const unsigned char *s, size_t i, size_t end,
                       size_t *len) {
    *len = scm_utf8_space_len((const char *)s + i, end - i);
    return *len != 0;
}

static size_t skip_spaces(const unsigned char *s, size_t i, size_t end) {
    size_t n;
    while (i < end && is_space_at(s, i, end, &n))
        i += n;
    return i;
}

/* Closing quotes and brackets that belong to the sentence before them. */
static int is_closer(uint32_t cp) {
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '}' ||
           cp == 0x2019 || cp == 0x201D || cp == 0xBB || cp == 0x203A ||
           cp == '*' || cp == '_' ||
           /* a footnote's mark after the stop: "… sea-level rise.¹ The
            * French Party …" (session 37) */
           cp == 0xB9 || cp == 0xB2 || cp == 0xB3 || (cp >= 0x2070 && cp <= 0x2079);
}

/* Opening quotes and brackets that belong to the sentence after them. */
static int is_opener(uint32_t cp) {
    return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == '{' ||
           cp == 0x2018 || cp == 0x201C || cp == 0xAB || cp == 0x2039 ||
           cp == '*' || cp == '_';
}

/* Separators between the parts of a compound: X's last part decides. */
static int is_part_separator(uint32_t cp) {
    return cp == '-' || cp == '/' || (cp >= 0x2010 && cp <= 0x2015);
}

/* ---------------------------------------------------------------------------
 * Tokens */

static int push_token(scm_token_vec *out, const unsigned char *s, size_t start,
                      size_t stop, int kind) {
    if (stop - start <= 0xFFFF && out->len < out->cap) {
        scm_token *tk = &out->items[out->len++];
        tk->start = (scm_off)start;
        tk->len = (uint16_t)(stop - start);
        tk->kind = (uint8_t)kind;
        tk->flags = 0;
        return 0;
    }
    while (stop - start > 0xFFFF) {
        /* cut at the last character boundary that fits */
        size_t cut = start + 0xFFFF;
        scm_token tk;
        while (cut > start + 1 && !scm_utf8_is_lead(s[cut]))
            cut--;
        tk.start = (scm_off)start;
        tk.len = (uint16_t)(cut - start);
        tk.kind = (uint8_t)kind;
        tk.flags = 0;
        if (SCM_VEC_PUSH(out, tk) != 0) return -1;
        start = cut;
    }
    {
        scm_token tk;
        tk.start = (scm_off)start;
        tk.len = (uint16_t)(stop - start);
        tk.kind = (uint8_t)kind;
        tk.flags = 0;
        return SCM_VEC_PUSH(out, tk);
    }
}

static int letter_or_digit_at(const unsigned char *s, size_t i, size_t end) {
    size_t n;
    int c;
    if (i >= end) return 0;
    c = class_at(s, i, end, &n);
    return c == CC_LETTER || c == CC_DIGIT;
}

static int letter_at(const unsigned char *s, size_t i, size_t end) {
    size_t n;
    return i < end && class_at(s, i, end, &n) == CC_LETTER;
}

/* Length of an apostrophe (' or ’) or hyphen (- ‐ ‑) at s[i], else 0. */
static size_t apostrophe_len(const unsigned char *s, size_t i, size_t end) {
    if (s[i] == '\'') return 1;
    if (i + 2 < end && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x99)
        return 3;
    return 0;
}

static size_t hyphen_len(const unsigned char *s, size_t i, size_t end) {
    if (s[i] == '-') return 1;
    if (i + 2 < end && s[i] == 0xE2 && s[i + 1] == 0x80 &&
        (s[i + 2] == 0x90 || s[i + 2] == 0x91))
        return 3;
    return 0;
}

static size_t ascii_letter_run(const unsigned char *s, size_t i, size_t end) {
    size_t j = i;
    while (j < end && byte_classes[s[j]] == CC_LETTER)
        j++;
    return j - i;
}

/* The bytes after which a word may go on (scan_word): ' - . and the
 * first byte of U+2019, U+2010 and U+2011. */
static const unsigned char word_goes_on[256] = {
    ['\''] = 1, ['-'] = 1, ['.'] = 1, [0xE2] = 1};

/* End of the word that starts at s[i] (a letter). */
static size_t scan_word(const unsigned char *s, size_t i, size_t end) {
    size_t part = i, n;
    int inner_period = 0;
    for (;;) {
        unsigned char b;
        while (i < end) {
            int c;
            i = scm_ascii_run_end(s, i, end, 1);
            if (i >= end || s[i] < 0x80) break;
            c = class_at(s, i, end, &n);
            if (c != CC_LETTER && c != CC_DIGIT) break;
            i += n;
        }
        if (i >= end) return i;
        /* only ' - . and U+2019, U+2010, U+2011 (0xE2 ...) go on */
        b = s[i];
        if (!word_goes_on[b]) return i;
        if ((n = apostrophe_len(s, i, end)) && letter_at(s, i + n, end)) {
            i += n;
            continue;
        }
        if ((n = hyphen_len(s, i, end)) && letter_or_digit_at(s, i + n, end)) {
            i += n;
            part = i;
            continue;
        }
        if (s[i] != '.') return i;
        /* "U.S", "e.g", "Ph.D": short letter groups joined by periods */
        if (i - part <= 3 && i + 1 < end && is_ascii_letter(s[i + 1]) &&
            ascii_letter_run(s, i + 1, end) <= 3) {
            inner_period = 1;
            i++;
            part = i;
            continue;
        }
        if (!inner_period) return i;
        i++; /* the final period of "U.S." */
        if (i < end && (n = hyphen_len(s, i, end)) &&
            letter_at(s, i + n, end)) {
            i += n; /* "U.S.-ROK" */
            part = i;
            inner_period = 0;
            continue;
        }
        if (i < end && (n = apostrophe_len(s, i, end)) &&
            letter_at(s, i + n, end)) {
            i += n; /* "D.C.'s" */
            continue;
        }
        return i;
    }
}

static int is_number_suffix(const unsigned char *s, size_t len) {
    unsigned char a, b;
    if (len == 1) return scm_ascii_lower(s[0]) == 's';
    if (len != 2) return 0;
    a = scm_ascii_lower(s[0]);
    b = scm_ascii_lower(s[1]);
    return (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
           (a == 'r' && b == 'd') || (a == 't' && b == 'h');
}

/* End of the number that starts at s[i] (a digit); *kind is set to WORD
 * when letters other than an ordinal suffix follow ("5G", "3D"). */
static size_t scan_number(const unsigned char *s, size_t i, size_t end,
                          int *kind) {
    size_t digits_end, n;
    *kind = SCM_TOK_NUMBER;
    for (;;) {
        while (i < end && scm_ascii_is_digit(s[i]))
            i++;
        if (i + 1 < end && (s[i] == ',' || s[i] == '.' || s[i] == '/') &&
            scm_ascii_is_digit(s[i + 1])) {
            i++;
            continue;
        }
        break;
    }
    digits_end = i;
    if (!letter_at(s, i, end)) return i;
    while (i < end) {
        int c = class_at(s, i, end, &n);
        if (c != CC_LETTER && c != CC_DIGIT) break;
        i += n;
    }
    if (!is_number_suffix(s + digits_end, i - digits_end)) *kind = SCM_TOK_WORD;
    return i;
}

static int tokenise_span(const unsigned char *s, size_t i, size_t end,
                         scm_token_vec *out) {
    /* the vector's length and room in locals: the tokens' byte-sized
     * fields may alias anything, so through `out` each push would read
     * them again (push_token for a token too long or no room) */
    scm_token *items = out->items;
    size_t len = out->len, cap = out->cap;
    while (i < end) {
        size_t n = 1, stop;
        int c = byte_classes[s[i]], kind;
        if (c == CC_MULTI) c = class_at(s, i, end, &n);
        switch (c) {
        case CC_SPACE:
            i += n;
            while (i < end && s[i] == ' ')
                i++;
            continue;
        case CC_LETTER:
            stop = scan_word(s, i, end);
            kind = SCM_TOK_WORD;
            break;
        case CC_DIGIT:
            stop = scan_number(s, i, end, &kind);
            break;
        case CC_PUNCT:
            stop = i + n;
            kind = SCM_TOK_PUNCT;
            break;
        default:
            stop = i + n;
            kind = SCM_TOK_SYMBOL;
            break;
        }
        if (stop - i <= 0xFFFF && len < cap) {
            scm_token *tk = &items[len++];
            tk->start = (scm_off)i;
            tk->len = (uint16_t)(stop - i);
            tk->kind = (uint8_t)kind;
            tk->flags = 0;
        } else {
            out->len = len;
            if (push_token(out, s, i, stop, kind) != 0) return -1;
            items = out->items;
            len = out->len;
            cap = out->cap;
        }
        i = stop;
    }
    out->len = len;
    return 0;
}

int scm_segment_tokens(const scm_text *t, scm_token_vec *out, scm_error *err) {
    size_t base = out->len, p;
    const unsigned char *s = (const unsigned char *)t->text;
    /* English prose runs at about one token per 5-6 bytes: reserving once
     * saves the copies of geometric growth (a failure here is harmless) */
    (void)SCM_VEC_RESERVE(out, out->len + t->len / 5 + 16);
    for (p = 0; p < t->paragraphs.len; p++) {
        const scm_paragraph *para = &t->paragraphs.items[p];
        if (tokenise_span(s, para->span.start, para->span.stop, out) != 0) {
            out->len = base;
            return scm_error_set(err, SCM_NO_BYTE, "out of memory");
        }
    }
    return 0;
}

const char *scm_token_kind_name(scm_token_kind kind) {
    switch (kind) {
    case SCM_TOK_WORD:
        return "word";
    case SCM_TOK_NUMBER:
        return "number";
    case SCM_TOK_PUNCT:
        return "punct";
    case SCM_TOK_SYMBOL:
        return "symbol";
    }
    return "unknown";
}

/* ---------------------------------------------------------------------------
 * Sentences */

/* What the word before a full stop is. */
enum x_kind {
    X_ORDINARY, /* ends a sentence before a capitalised word */
    X_NUMBER,   /* "2012." */
    X_CLOSED,   /* ended by a quote or bracket before the stop: "(KIDD)." */
    X_TITLE,    /* never ends a sentence */
    X_ABBREV,   /* ends one only before a sentence starter */
    X_INITIAL   /* "E.": as an abbreviation, and never before a letter */
};

enum y_kind { Y_LOWER, Y_UPPER, Y_DIGIT, Y_OTHER };

/* A boundary that waits for document evidence.  The sentences on both
 * sides are already in the output; `sentence` is the first of them. */
typedef struct pending {
    size_t sentence;
    scm_off x, y;          /* starts of X's last part and of Y */
    uint16_t x_len, y_len; /* y_len is 0 when Y cannot be a starter */
    uint8_t x_kind;
    uint8_t join; /* resolved: 1 = not a boundary after all */
} pending;

typedef struct segmenter {
    const unsigned char *s;
    const scm_text *t;
    const scm_lexicon *lex;
    scm_sentence_vec *out;
    SCM_VEC(pending) pend;
    scm_wordset abbrev_seen; /* X seen as "X." before a lower-case word */
    scm_wordset starter_low; /* Y candidates: lower-case occurrences */
    scm_wordset starter_mid; /* Y candidates: capitalised mid-sentence */
    uint64_t starter_bloom[4]; /* cheap pre-filter for the word pass */
} segmenter;

#define MAX_EVIDENCE_WORD 64

static const char *const month_names[] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

/* Lengths of month_names: compared before the bytes, without a strlen
 * per name per call. */
static const unsigned char month_name_len[] = {7, 8, 5, 5, 3, 4,
                                               4, 6, 9, 7, 8, 8};

static int is_month(const segmenter *sg, const unsigned char *w, size_t len) {
    size_t i;
    const char *cls;
    for (i = 0; i < sizeof month_names / sizeof month_names[0]; i++)
        if (month_name_len[i] == len && memcmp(month_names[i], w, len) == 0)
            return 1;
    cls = scm_lexicon_class(sg->lex, SCM_LEX_ABBREV, (const char *)w, len);
    return cls && strcmp(cls, "month") == 0;
}

static int is_starter(const segmenter *sg, const unsigned char *w, size_t len) {
    return scm_lexicon_has(sg->lex, SCM_LEX_STARTER, (const char *)w, len);
}

/* The bloom bit of a word: its length, its first letter in either case
 * and its second byte (which the evidence compares as it is). */
static unsigned bloom_bit(const unsigned char *w, size_t len) {
    unsigned second = len > 1 ? w[1] : 0u;
    return (unsigned)((len * 7u + scm_ascii_lower(w[0]) * 31u + second * 131u) &
                      255u);
}

static int bloom_has(const segmenter *sg, const unsigned char *w, size_t len) {
    unsigned b = bloom_bit(w, len);
    return (int)((sg->starter_bloom[b >> 6] >> (b & 63)) & 1u);
}


static int push_sentence(segmenter *sg, size_t start, size_t stop,
                         size_t para) {
    scm_sentence st;
    while (stop > start) {
        size_t n = scm_utf8_space_len_before((const char *)sg->s + start,
                                             stop - start);
        if (n == 0) break;
        stop -= n;
    }
    if (stop <= start) return 0;
    st.span.start = (scm_off)start;
    st.span.stop = (scm_off)stop;
    st.paragraph = (uint32_t)para;
    return SCM_VEC_PUSH(sg->out, st);
}

/* A paragraph label that text.c did not strip: "12.", "iv.", "b." */
static int looks_like_label(const unsigned char *w, size_t len) {
    size_t i;
    int digits = 1, roman = 1;
    if (len == 0 || len > 5) return 0;
    if (len == 1 && scm_ascii_is_lower(w[0])) return 1;
    for (i = 0; i < len; i++) {
        if (!scm_ascii_is_digit(w[i])) digits = 0;
        if (!strchr("ivxlcIVXLC", w[i])) roman = 0;
    }
    return (digits && len <= 3) || roman;
}

/* Classify X = s[xs, xe), the non-space run before a full stop.  Sets
 * *part to the start of its last part ("Korea-U.S" -> "U.S"). */
static int classify_x(const segmenter *sg, size_t xs, size_t xe, size_t *part) {
    const unsigned char *s = sg->s;
    size_t i, n, ps;
    int all_digits = 1, inner_period = 0;
    /* leading openers */
    while (xs < xe && is_opener(cp_at(s, xs, xe, &n)))
        xs += n;
    *part = xs;
    if (xs >= xe) return X_ORDINARY;
    /* a closer right before the stop: the sentence really ended */
    {
        size_t k = xe;
        while (k > xs && !scm_utf8_is_lead(s[k - 1]))
            k--;
        if (k > xs && is_closer(cp_at(s, k - 1, xe, &n))) return X_CLOSED;
    }
    ps = xs;
    for (i = xs; i < xe; i += n) {
        uint32_t cp = cp_at(s, i, xe, &n);
        if (is_part_separator(cp) && i + n < xe) ps = i + n;
    }
    *part = ps;
    for (i = ps; i < xe; i++) {
        if (s[i] == '.') inner_period = 1;
        if (!scm_ascii_is_digit(s[i]) && s[i] != ',' && s[i] != '.')
            all_digits = 0;
    }
    /* "Ts.Ganzorig", "B.Nomin": an initial glued to a name of four
     * letters or more, as Mongolian names are written, is a word, not an
     * abbreviation (session 20) */
    if (inner_period) {
        size_t last = xe;
        while (last > ps && s[last - 1] != '.')
            last--;
        if (xe - last >= 4 && scm_ascii_is_upper(s[last])) {
            size_t k = last + 1;
            while (k < xe && scm_ascii_is_lower(s[k]))
                k++;
            if (k == xe) inner_period = 0;
        }
    }
    if (all_digits && scm_ascii_is_digit(s[ps])) return X_NUMBER;
    if (scm_lexicon_has(sg->lex, SCM_LEX_TITLE_ABBREV, (const char *)s + xs,
                        xe - xs) ||
        (ps != xs && scm_lexicon_has(sg->lex, SCM_LEX_TITLE_ABBREV,
                                     (const char *)s + ps, xe - ps)))
        return X_TITLE;
    if (inner_period ||
        scm_lexicon_has(sg->lex, SCM_LEX_ABBREV, (const char *)s + xs,
                        xe - xs) ||
        (ps != xs && scm_lexicon_has(sg->lex, SCM_LEX_ABBREV,
                                     (const char *)s + ps, xe - ps)))
        return X_ABBREV;
    {
        uint32_t cp = cp_at(s, ps, xe, &n);
        if (ps + n == xe && scm_utf8_is_upper(cp)) return X_INITIAL;
    }
    return X_ORDINARY;
}

/* Kind of the character that opens Y at s[y]. */
static int classify_y(const unsigned char *s, size_t y, size_t end) {
    size_t n;
    uint32_t cp = cp_at(s, y, end, &n);
    if (cp == 0) return Y_OTHER;
    if (cp < 0x80) {
        if (scm_ascii_is_lower((unsigned char)cp)) return Y_LOWER;
        if (scm_ascii_is_upper((unsigned char)cp)) return Y_UPPER;
        if (scm_ascii_is_digit((unsigned char)cp)) return Y_DIGIT;
        return Y_OTHER;
    }
    if (cp_class(cp) != CC_LETTER) return Y_OTHER;
    if (scm_utf8_is_upper(cp)) return Y_UPPER;
    /* Latin-1 and Latin Extended-A small letters, Greek, Cyrillic */
    if ((cp >= 0xDF && cp <= 0xFF) || (cp >= 0x100 && cp <= 0x17F) ||
        (cp >= 0x3B1 && cp <= 0x3C9) || (cp >= 0x430 && cp <= 0x45F))
        return Y_LOWER;
    return Y_UPPER; /* uncased scripts can open a sentence */
}

/* Y's letters (ASCII only; 0 when Y cannot take part in the evidence). */
static size_t y_word_len(const unsigned char *s, size_t y, size_t end) {
    size_t len = ascii_letter_run(s, y, end);
    if (len == 0 || len > MAX_EVIDENCE_WORD) return 0;
    if (y + len < end && s[y + len] >= 0x80 &&
        class_at(s, y + len, end, &(size_t){0}) == CC_LETTER)
        return 0;
    return len;
}

/* Function words that may sit inside a capitalised name ("Trade and
 * Investment Framework", "Ministry of Defense"). */
static int is_name_glue(const unsigned char *w, size_t len) {
    static const char *const glue[] = {"and", "of", "for", "the", "on",
                                       "in",  "to", "de",  "&"};
    size_t i;
    for (i = 0; i < sizeof glue / sizeof glue[0]; i++)
        if (strlen(glue[i]) == len && memcmp(glue[i], w, len) == 0) return 1;
    return 0;
}

/* 1 if Y (ending at `after`) opens a capitalised name: a capitalised word
 * follows within the next three words, with only function words between
 * ("Integrated Defense Dialogue", "Trade and Investment Framework"; Y
 * may be a capitalised compound, "Counter-Drone Working Group"), or
 * right after a comma ("U.S. Forces, Japan (USFJ)").  Such a Y is more
 * likely part of a name than the first word of a sentence. */
static int opens_name(const unsigned char *s, size_t after, size_t end) {
    size_t i = after, words;
    /* a capitalised compound goes on: "Counter-Drone Working Group" */
    while (i + 1 < end && s[i] == '-' && scm_ascii_is_upper(s[i + 1])) {
        i++;
        while (i < end && scm_ascii_is_alnum(s[i]))
            i++;
    }
    for (words = 0; words < 3; words++) {
        size_t w, len;
        /* (not an adverb's comma: "Separately, Japan …") */
        if (words == 0 && i + 1 < end && s[i] == ',' &&
            !(after >= 2 && s[after - 2] == 'l' && s[after - 1] == 'y'))
            i++;
        if (i >= end || (s[i] != ' ' && s[i] != '\t')) return 0;
        while (i < end && (s[i] == ' ' || s[i] == '\t'))
            i++;
        if (i >= end) return 0;
        if (scm_ascii_is_upper(s[i])) return 1;
        w = i;
        while (i < end && s[i] != ' ' && s[i] != '\t')
            i++;
        len = i - w;
        if (!is_name_glue(s + w, len)) return 0;
    }
    return 0;
}

enum decision { D_NO, D_YES, D_PENDING };

/* Decide the full stop at s[dot] (one '.', not an ellipsis) whose X runs
 * over [xs, dot) and whose Y starts at y. */
static int decide_period(segmenter *sg, size_t xs, size_t dot, size_t y,
                         size_t end, pending *pd) {
    const unsigned char *s = sg->s;
    size_t part, ylen;
    int xk = classify_x(sg, xs, dot, &part), yk = classify_y(s, y, end);
    pd->x = (scm_off)part;
    pd->x_len = (uint16_t)((dot - part) > 0xFFFF ? 0xFFFF : dot - part);
    pd->x_kind = (uint8_t)xk;
    pd->y = (scm_off)y;
    pd->y_len = 0;
    pd->join = 0;
    if (yk == Y_LOWER) {
        if (xk == X_ORDINARY && dot > part && dot - part <= 0xFFFF &&
            scm_wordset_insert(&sg->abbrev_seen, (const char *)s + part,
                               dot - part) == NULL)
            return -1;
        return D_NO;
    }
    if (yk == Y_OTHER) return D_NO;
    if (xk == X_TITLE) return D_NO;
    if (yk == Y_DIGIT)
        return (xk == X_ABBREV || xk == X_INITIAL) ? D_NO : D_YES;
    if (xk == X_NUMBER || xk == X_CLOSED) return D_YES;
    ylen = y_word_len(s, y, end);
    if (ylen && is_starter(sg, s + y, ylen)) return D_YES;
    if (ylen && !is_month(sg, s + y, ylen) && !opens_name(s, y + ylen, end))
        pd->y_len = (uint16_t)ylen;
    if (xk == X_ORDINARY) {
        /* a boundary unless the document shows X to be an abbreviation */
        if (dot == part || dot - part > 0xFFFF) return D_YES;
        return D_PENDING;
    }
    /* abbreviation or initial before a capitalised word */
    if (ylen == 0 || (xk == X_INITIAL && ylen == 1)) return D_NO;
    if (is_month(sg, s + y, ylen)) return D_NO;
    return pd->y_len ? D_PENDING : D_NO;
}

/* "PARLIAMENTARY COOPERATION The two Speakers held …", "4. BILATERAL
 * DEFENCE COOPERATION The two delegations …": a section heading in
 * capitals that the PDF ran into its paragraph -- two words in capitals
 * or more (one of five letters or more; "AND", "OF", "THE" … between),
 * then a word that opens sentences ("The", "Both").  The offset of
 * that word, or 0 (session 35). */
static size_t run_in_heading(const segmenter *sg, const unsigned char *s, size_t i, size_t end) {
    static const char *const glue[] = {"AND", "OF", "THE", "IN", "ON", "FOR", "TO", "&", NULL};
    size_t words = 0, longest = 0;
    while (i < end) {
        size_t w = i, caps = 0, g;
        int joined = 0;
        while (i < end && (scm_ascii_is_upper(s[i]) || s[i] == '-' || s[i] == '&' || s[i] == '\''))
            caps += scm_ascii_is_upper(s[i]), i++;
        if (i < end && s[i] != ' ') {
            /* the sentence's first word, one that opens sentences ("The",
             * "Both", "In"): a capital, then small letters */
            size_t e = i;
            if (!(words >= 2 && longest >= 5 && i == w + 1 && scm_ascii_is_lower(s[i]))) return 0;
            while (e < end && scm_ascii_is_lower(s[e])) e++;
            return is_starter(sg, s + w, e - w) ? w : 0;
        }
        for (g = 0; glue[g]; g++)
            if (strlen(glue[g]) == i - w && memcmp(s + w, glue[g], i - w) == 0) joined = 1;
        if (!joined && caps < 3) return 0;
        if (!joined && caps > longest) longest = caps;
        words++;
        if (words > 8) return 0;
        while (i < end && s[i] == ' ') i++;
    }
    return 0;
}

/* A word a heading does not hold: a verb of the lexicon (bare or with
 * "-s"), a past in "-ed", "that". */
static int heading_word_is_verb(const segmenter *sg, const unsigned char *w, size_t len) {
    char low[32];
    size_t k;
    if (len >= sizeof low) return 0;
    for (k = 0; k < len; k++)
        low[k] = (char)scm_ascii_lower(w[k]);
    if (len > 3 && low[len - 2] == 'e' && low[len - 1] == 'd') return 1;
    if (len == 4 && memcmp(low, "that", 4) == 0) return 1;
    if (scm_lexicon_has(sg->lex, SCM_LEX_VERB, low, len)) return 1;
    return len > 3 && low[len - 1] == 's' && scm_lexicon_has(sg->lex, SCM_LEX_VERB, low, len - 1);
}

/* w[0..len) is one of the lower-case words of list, its first letter in
 * either case. */
static int word_is_one_of(const unsigned char *w, size_t len, const char *const *list) {
    size_t g;
    for (g = 0; list[g]; g++)
        if (strlen(list[g]) == len && scm_ascii_lower(w[0]) == (unsigned char)list[g][0] &&
            memcmp(w + 1, list[g] + 1, len - 1) == 0)
            return 1;
    return 0;
}

/* "Review of cooperation The President and the Chair reaffirmed …",
 * "Health Emergencies The Council decided …": a heading in sentence or
 * title case run into its paragraph -- one to six words of letters (the
 * first capitalised, none a verb of the lexicon, none past in "-ed", no
 * "that"), then a capitalised word that opens sentences and is no
 * preposition or conjunction ("The", "Both", "Recognising").  A sentence
 * opening with a starter ("In The Hague …") or ending its first words with
 * "of", "and", "to" ("Senegal and The Gambia …") is no heading, nor is a
 * title with no sentence after it ("Any Other Business").  The offset of
 * the opening word, or 0 (session 36). */
static size_t mixed_case_heading(const segmenter *sg, const unsigned char *s, size_t i, size_t end) {
    static const char *const links[] = {"and", "or", "of", "on", "in", "at", "for", "by", "to",
                                        "with", "from", NULL};
    static const char *const articles[] = {"the", "a", "an", NULL};
    static const char *const speakers[] = {"leaders", "ministers", "members", "participants",
                                           "delegations", NULL};
    size_t words = 0, prev = 0, prev_len = 0, n;
    int comma = 0, prev_comma = 0, any_comma = 0, first_ed = 0;
    if (!(i + 1 < end && scm_ascii_is_upper(s[i]) && class_at(s, i + 1, end, &n) == CC_LETTER &&
          !scm_ascii_is_upper(s[i + 1])))
        return 0;
    while (i < end) {
        size_t w = i, len;
        while (i < end && (s[i] == '-' || s[i] == '\'' || class_at(s, i, end, &n) == CC_LETTER))
            i += n > 0 && s[i] >= 0x80 ? n : 1;
        len = i - w;
        /* (a comma between the heading's words: "Trade, logistics and
         * connectivity The Federal Chancellor …"; session 40) */
        comma = words < 4 && i + 1 < end && s[i] == ',' && s[i + 1] == ' ';
        if (len == 0 || i >= end || (s[i] != ' ' && !comma)) return 0;
        if (words > 0 && scm_ascii_is_upper(s[w]) && len > 1 && scm_ascii_is_lower(s[w + 1]) &&
            is_starter(sg, s + w, len)) {
            if (comma || prev_comma || (first_ed && words < 2)) return 0;
            /* (a preposition opens the sentence only before a word in
             * small letters: "Opening Remarks In his opening remarks, …",
             * not "Cooperation In Energy"; session 40) */
            if (word_is_one_of(s + w, len, links) &&
                !(i + 1 < end && scm_ascii_is_lower(s[i + 1]) && !word_is_one_of(s + prev, prev_len, links)))
                return 0;
            if (word_is_one_of(s + prev, prev_len, links) || word_is_one_of(s + prev, prev_len, articles))
                return 0;
            /* a sentence follows, not the rest of a title ("Any Other Business") */
            for (n = 0; i < end && n < 3; i++)
                n += s[i] == ' ' && s[i - 1] != ' ';
            return n >= 3 ? w : 0;
        }
        if (words == 0 && is_starter(sg, s + w, len)) return 0;
        /* (or a plural speaker in capitals without an article before its
         * verb, after a word in small letters: "Ocean science and data
         * Leaders recognised …", not "Trade Ministers welcomed …";
         * session 39) */
        if (words > 0 && !any_comma && scm_ascii_is_upper(s[w]) && word_is_one_of(s + w, len, speakers) &&
            scm_ascii_is_lower(s[prev]) && !word_is_one_of(s + prev, prev_len, links) &&
            !word_is_one_of(s + prev, prev_len, articles)) {
            size_t v = i, ve;
            while (v < end && s[v] == ' ') v++;
            for (ve = v; ve < end && scm_ascii_is_lower(s[ve]); ve++)
                ;
            if (ve > v && ve < end && s[ve] == ' ' && heading_word_is_verb(sg, s + v, ve - v)) return w;
        }
        /* (or a one-word office and a capitalised name after a word in
         * small letters: "Residual contamination Minister Na Mbunhe
         * recalled …"; session 42) */
        if (words > 0 && !any_comma && scm_ascii_is_upper(s[w]) && scm_ascii_is_lower(s[prev]) &&
            !word_is_one_of(s + prev, prev_len, links) && !word_is_one_of(s + prev, prev_len, articles) &&
            scm_lexicon_has(sg->lex, SCM_LEX_TITLE, (const char *)s + w, len) && i + 2 < end &&
            scm_ascii_is_upper(s[i + 1]) && scm_ascii_is_lower(s[i + 2])) {
            /* (the name's verb right after it: not "… met President
             * Elena Ceban of Moldova") */
            size_t v = i + 1, names = 0;
            while (v < end && names < 4 && scm_ascii_is_upper(s[v])) {
                while (v < end && s[v] != ' ') v++;
                while (v < end && s[v] == ' ') v++;
                names++;
            }
            size_t ve = v;
            while (ve < end && scm_ascii_is_lower(s[ve])) ve++;
            if (ve > v && heading_word_is_verb(sg, s + v, ve - v)) return w;
        }
        /* (a heading may open with a participle as its adjective,
         * "Shared commitment The two …", "Enhanced cooperation Both …",
         * before a second word at least; session 43) */
        if (heading_word_is_verb(sg, s + w, len) &&
            !(words == 0 && len > 4 && s[i - 2] == 'e' && s[i - 1] == 'd'))
            return 0;
        if (words == 0) first_ed = heading_word_is_verb(sg, s + w, len);
        if (++words > 6) return 0;
        prev = w, prev_len = len, prev_comma = comma;
        any_comma |= comma;
        if (comma) i++;
        while (i < end && s[i] == ' ') i++;
    }
    return 0;
}

/* Scan one body paragraph, emitting sentences and pending boundaries. */
static int split_paragraph(segmenter *sg, size_t p) {
    const scm_paragraph *para = &sg->t->paragraphs.items[p];
    const unsigned char *s = sg->s;
    size_t end = para->span.stop;
    size_t content = para->span.start + para->label, i, n;
    size_t sent;
    if (content > end) content = end;
    content = skip_spaces(s, content, end);
    {
        /* (after a section's own label under the paragraph's number: "4.
         * I. Opening of the Session In his opening statement, …", "2. A.
         * Opening …"; session 40) */
        size_t at = content, body, k = content;
        while (k < end && k - content < 6 && (scm_ascii_is_upper(s[k]) || scm_ascii_is_lower(s[k]))) k++;
        if (k > content && k + 2 < end && s[k] == '.' && s[k + 1] == ' ' &&
            (looks_like_label(s + content, k - content) ||
             (k - content == 1 && scm_ascii_is_upper(s[content]))))
            at = skip_spaces(s, k + 1, end);
        body = run_in_heading(sg, s, at, end);
        if (!body) body = mixed_case_heading(sg, s, at, end);
        if (body) {
            size_t h = body;
            while (h > at && s[h - 1] == ' ') h--;
            if (push_sentence(sg, at, h, p) != 0) return -1;
            content = body;
        }
    }
    sent = content;
    i = content;
    while (i < end) {
        size_t stop_start, after, ws, y, xs;
        int ellipsis = 0, question = 0, d;
        pending pd;
        unsigned char c;
        i = scm_find_any4(s, i, end, '.', '?', '!', 0xE2);
        if (i >= end) break;
        c = s[i];
        stop_start = i;
        if (c == 0xE2) {
            if (!(i + 2 < end && s[i + 1] == 0x80 && s[i + 2] == 0xA6)) {
                i++;
                continue;
            }
            ellipsis = 1;
            i += 3;
        } else if (c == '.') {
            while (i < end && s[i] == '.')
                i++;
            if (i - stop_start >= 2) ellipsis = 1;
            /* "1.5", "U.S": an inner period */
            if (!ellipsis && i < end && scm_ascii_is_alnum(s[i])) continue;
        } else {
            question = 1;
            while (i < end && (s[i] == '?' || s[i] == '!'))
                i++;
        }
        after = i;
        while (after < end && is_closer(cp_at(s, after, end, &n)))
            after += n;
        ws = skip_spaces(s, after, end);
        if (ws >= end) break; /* the paragraph's end closes it */
        if (ws == after) {    /* no space after: ".,", ".-", ".)," */
            i = after;
            continue;
        }
        y = ws;
        while (y < end && is_opener(cp_at(s, y, end, &n)))
            y += n;

        /* X: the run of non-space characters before the stop */
        xs = stop_start;
        while (xs > content) {
            size_t k = scm_utf8_space_len_before((const char *)s + content,
                                                 xs - content);
            if (k) break;
            xs--;
            while (xs > content && !scm_utf8_is_lead(s[xs]))
                xs--;
        }

        if (xs == content && sent == content && c == '.' && !ellipsis &&
            looks_like_label(s + xs, stop_start - xs)) {
            sent = ws; /* "12. The Secretary ...": a label, not a sentence */
            i = ws;
            continue;
        }

        /* "General (Retd.) Tahir Naqvi": one short word in brackets
         * ending in a period is an abbreviation, the sentence goes on */
        if (!question && !ellipsis && s[xs] == '(' && stop_start + 1 < end &&
            s[stop_start + 1] == ')' && stop_start - xs <= 8) {
            i = ws;
            continue;
        }
        if (question || ellipsis) {
            int yk = classify_y(s, y, end);
            d = question ? (yk == Y_LOWER || yk == Y_OTHER ? D_NO : D_YES)
                         : (yk == Y_UPPER ? D_YES : D_NO);
        } else {
            d = decide_period(sg, xs, stop_start, y, end, &pd);
            if (d < 0) return -1;
        }
        if (d != D_NO) {
            size_t before = sg->out->len;
            if (push_sentence(sg, sent, after, p) != 0) return -1;
            if (d == D_PENDING && sg->out->len > before) {
                pd.sentence = sg->out->len - 1;
                if (SCM_VEC_PUSH(&sg->pend, pd) != 0) return -1;
            }
            sent = ws;
        }
        i = ws;
    }
    return push_sentence(sg, sent, end, p);
}

/* Is the word at s[w] (inside [start, ...)) preceded, within its
 * paragraph, by something that cannot end a sentence? */
static int mid_sentence(const unsigned char *s, size_t start, size_t w) {
    unsigned char b;
    while (w > start && (s[w - 1] == ' ' || s[w - 1] == '\t'))
        w--;
    if (w == start) return 0;
    b = s[w - 1];
    return scm_ascii_is_alnum(b) || b == ',' || b == ';' || b == ')' ||
           b == '%';
}

/* One pass over the words of the body paragraphs, counting for each
 * candidate starter Y its lower-case occurrences and its capitalised
 * mid-sentence ones. */
/* Count one word s[w, w + len) of the paragraph starting at `start`, if
 * it is one of the candidates; STARTER_WORD filters first, inline. */
static int starter_word(segmenter *sg, size_t start, size_t w, size_t len) {
    const unsigned char *s = sg->s;
    unsigned char first = s[w];
    char buf[MAX_EVIDENCE_WORD];
    if (w > start && (scm_ascii_is_digit(s[w - 1]) || s[w - 1] >= 0x80 ||
                      s[w - 1] == '\''))
        return 0; /* "44th", "Korea’s" */
    if (scm_ascii_is_lower(first)) {
        uint32_t *cnt;
        memcpy(buf, s + w, len);
        buf[0] = (char)(first - 32);
        cnt = scm_wordset_find(&sg->starter_low, buf, len);
        if (cnt && *cnt < UINT32_MAX) (*cnt)++;
    } else if (mid_sentence(s, start, w) &&
               scm_wordset_has(&sg->starter_low, (const char *)s + w, len)) {
        if (scm_wordset_add(&sg->starter_mid, (const char *)s + w, len, 1) !=
            0)
            return -1;
    }
    return 0;
}

#define STARTER_WORD(sg, start, w, len)                                       \
    (((len) <= MAX_EVIDENCE_WORD && bloom_has((sg), (sg)->s + (w), (len)))    \
         ? starter_word((sg), (start), (w), (len))                            \
         : 0)

#if defined(__SSE2__) && defined(__GNUC__)
/* Bit k set when s[k] (k < 16) is an ASCII letter. */
static inline unsigned letter_bits16(const unsigned char *s) {
    __m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);
    return (unsigned)_mm_movemask_epi8(
        scm_bytes_between(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 25));
}
#endif

/* One pass over the words (runs of ASCII letters) of the body paragraphs,
 * counting for each candidate starter Y its lower-case occurrences and its
 * capitalised mid-sentence ones.  The words of sixteen bytes are found
 * from one mask where SSE2 is there. */
static int gather_starter_evidence(segmenter *sg) {
    const unsigned char *s = sg->s;
    size_t p;
    for (p = 0; p < sg->t->paragraphs.len; p++) {
        const scm_paragraph *para = &sg->t->paragraphs.items[p];
        size_t start = para->span.start, end = para->span.stop, i = start;
        if (para->kind != SCM_PARA_BODY) continue;
        /* i is never inside a word: at the start or after a non-letter */
#if defined(__SSE2__) && defined(__GNUC__)
        while (i + 16 <= end) {
            unsigned letters = letter_bits16(s + i), pos = 0;
            size_t base = i;
            i = base + 16;
            while (pos < 16) {
                unsigned m = letters >> pos << pos, ws, rest;
                if (!m) break;
                ws = (unsigned)__builtin_ctz(m);
                rest = ~letters & 0xFFFFu & (0xFFFFu << ws);
                if (!rest) { /* the word runs on past the block */
                    i = scm_ascii_run_end(s, base + 16, end, 0);
                    if (STARTER_WORD(sg, start, base + ws, i - base - ws) != 0)
                        return -1;
                    break;
                }
                pos = (unsigned)__builtin_ctz(rest);
                if (STARTER_WORD(sg, start, base + ws, pos - ws) != 0)
                    return -1;
            }
        }
#endif
        while (i < end) {
            size_t w;
            if (!is_ascii_letter(s[i])) {
                i++;
                continue;
            }
            w = i;
            i = scm_ascii_run_end(s, i, end, 0);
            if (STARTER_WORD(sg, start, w, i - w) != 0) return -1;
        }
    }
    return 0;
}

/* Settle every pending boundary, then merge the sentences it joins. */
static int resolve_pending(segmenter *sg, size_t base) {
    const char *s = (const char *)sg->s;
    size_t k, r, w, pi;
    int need_words = 0;
    for (k = 0; k < sg->pend.len; k++) {
        pending *pd = &sg->pend.items[k];
        int abbrev = pd->x_kind != X_ORDINARY ||
                     scm_wordset_has(&sg->abbrev_seen, s + pd->x, pd->x_len);
        if (!abbrev) {
            pd->join = 0;
            pd->y_len = 0;
            continue;
        }
        pd->join = 1;
        if (pd->y_len == 0) continue;
        if (!scm_wordset_insert(&sg->starter_low, s + pd->y, pd->y_len))
            return -1;
        {
            unsigned b = bloom_bit(sg->s + pd->y, pd->y_len);
            sg->starter_bloom[b >> 6] |= (uint64_t)1 << (b & 63);
        }
        need_words = 1;
    }
    if (need_words && gather_starter_evidence(sg) != 0) return -1;
    for (k = 0; k < sg->pend.len; k++) {
        pending *pd = &sg->pend.items[k];
        if (pd->join && pd->y_len &&
            scm_wordset_count(&sg->starter_low, s + pd->y, pd->y_len) > 0 &&
            !scm_wordset_has(&sg->starter_mid, s + pd->y, pd->y_len))
            pd->join = 0; /* Y is a starter by the document's own usage */
    }
    /* merge: sentence r joins the one before when its boundary fell */
    w = base;
    pi = 0;
    for (r = base; r < sg->out->len; r++) {
        while (pi < sg->pend.len && sg->pend.items[pi].sentence + 1 < r)
            pi++;
        if (r > base && pi < sg->pend.len &&
            sg->pend.items[pi].sentence + 1 == r && sg->pend.items[pi].join) {
            sg->out->items[w - 1].span.stop = sg->out->items[r].span.stop;
            continue;
        }
        sg->out->items[w++] = sg->out->items[r];
    }
    sg->out->len = w;
    return 0;
}

int scm_segment_sentences(const scm_text *t, const scm_lexicon *lex,
                          scm_sentence_vec *out, scm_error *err) {
    segmenter sg;
    size_t base = out->len, p;
    int rc = 0;
    memset(&sg, 0, sizeof sg);
    sg.s = (const unsigned char *)t->text;
    sg.t = t;
    sg.lex = lex;
    sg.out = out;
    if (t->len > SCM_MAX_INPUT)
        return scm_error_set(err, SCM_NO_BYTE, "text too long to segment");
    for (p = 0; p < t->paragraphs.len && rc == 0; p++)
        if (t->paragraphs.items[p].kind == SCM_PARA_BODY)
            rc = split_paragraph(&sg, p);
    if (rc == 0 && sg.pend.len) rc = resolve_pending(&sg, base);
    SCM_VEC_FREE(&sg.pend);
    scm_wordset_free(&sg.abbrev_seen);
    scm_wordset_free(&sg.starter_low);
    scm_wordset_free(&sg.starter_mid);
    if (rc != 0) {
        out->len = base;
        return scm_error_set(err, SCM_NO_BYTE, "out of memory");
    }
    return 0;
}
