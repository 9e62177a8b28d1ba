/* wordscan.c -- words with exact edges, and lexicon phrase look-ups, for
 * the header, people and acts extractors. */
#include <stdlib.h>
#include <string.h>

#include "../utf8.h"
#include "names_data.h"
#include "wordscan.h"

/* Abbreviations that keep their period when scanned as a word ("Dr.",
 * "Jr."); initials ("E.") and dotted forms ("U.S.", "D.C.") keep it too. */
static const char *const period_words[] = {
    "Dr", "Mr", "Mrs", "Ms", "Jr", "Sr", "St", "Gen", "Lt", "Col", "Adm",
    "Amb", "Gov", "Sen", "Rep", "Hon", "Prof", "Maj", "Capt", "Sgt", "Cdr",
    "No", "Nos", "Co", "Inc", "Ltd", "Corp", "vs", "Mt", "Ft", "Messrs",
    "Ma", "Mohd", "Md", "Eng", "Mag", "Ing", "Agr", "Lic", "Licda", "Dra", "Abg",
    "Arq", "Cllr", "Mgr", "PhDr", "JUDr", "MUDr", "MVDr", "RNDr", "Bc", "Smt", "Drs",
    "Ir", "Engr", "Atty", "Cde", "Brig", "Cmdr", "Cdre", "Cpl", "Pvt", "Supt", "Insp",
    /* Central American styles (session 20) */
    "Abog", "Licdo", "Cra", "Cro", "Lcdo", "Lcda", "Dott",
    /* Swahili "Mhe. Dkt.", the Catholic "Msgr.", Bangladesh's "Sk."
     * (Sheikh) before a name (session 29) */
    "Mhe", "Dkt", "Msgr", "Sk",
    /* Peru's "Mg." (Magíster), Uruguay's "Ec." (economist; session 30) */
    "Mg", "Ec",
    /* a commodore, "Commo. Ernesto L. Bagatsing PN" (session 30); an Irish
     * commandant, "Comdt. Cathal Ó Duibhir" (session 43) */
    "Commo", "Comdt",
    /* Nepal's and India's engineers, "Er. Ramesh Poudel"; an Argentine
     * geologist, "Geól. A" (session 33) */
    "Er", "Geól", "Geol",
    /* the Swiss and Liechtenstein degree "lic. phil." (session 29) */
    "lic", "phil",
    /* … and "Dr. oec. HSG", "lic. iur." (session 30) */
    "oec", "iur",
    /* Czech and Slovak styles in small letters: "prof. PhDr. Name";
     * Slovenian and Croatian ones: "dr. Matej Kos", "mag. Petra
     * Zupančič" (session 24) */
    "prof", "doc", "dr", "mag",
    /* Dutch styles in small letters: "dr. ir. Name", "drs. Name" (session 28) */
    "ir", "drs",
    /* the Maldives' "Uza." and "Uz." (session 28) */
    "Uza", "Uz",
    /* Italian styles: "Avv. Name", "Dott. Name" (session 24); southern
     * Africa's advocates, "Adv. Name" (session 40) */
    "Avv", "Dott", "Adv",
    /* ranks run together, as the Philippine and U.S. Marine Corps write
     * them: "MGen. Arturo S. Dimaculangan" */
    "MGen", "BGen", "LtGen", "MajGen", "BrigGen", "LtCol", "RAdm", "VAdm",
    /* and the Philippine government's offices: "ASec. Teodoro P.
     * Maglalang III", "Usec. …" (session 25) */
    "ASec", "Asec", "USec", "Usec",
    /* Mexican and Polish styles (session 25) */
    "Biól", "Quím", "inż", "hab", "Emb", "Ag", "jhr", "mr", "Pharm", "Barr",
    "Arc", "Cr", "Esc",
    /* Tanzania's "Mhe." (Mheshimiwa); the Filipino family names' "Sta."
     * and "Sto." (Santa, Santo; session 27) */
    "Mhe", "Sta", "Sto", "Sra",
    /* initials of two letters: "A. Zh. Seitkaliyev"; the Greek "Th."
     * (session 21) */
    "Zh", "Sh", "Kh", "Ch", "Ts", "Yu", "Ya", "Th",
    /* "the Rt. Hon. Dr. A" of Commonwealth speakers; Mexico's "Mtra." and
     * "Mtro." (session 35) */
    "Rt", "Mtra", "Mtro",
    /* "Ing. A, PhD., State Secretary" (session 35) */
    "PhD", NULL};

/* Asked of every word before a period, most of them a sentence's last:
 * a word set (built once per process) instead of a linear scan. */
static const char *const *const period_word_lists[] = {period_words, NULL};
static scm_shared_words period_word_set = SCM_SHARED_WORDS(period_word_lists);

static int period_word(const char *s, size_t n) {
    const scm_phrase_index *ix = scm_shared_words_get(&period_word_set);
    if (ix) return scm_phrase_bytes_flags(ix, s, n) != 0;
    return scm_bytes_in(s, n, period_words);
}

const unsigned char scm_ascii_alnum[128] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
    ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, ['A'] = 1, ['B'] = 1,
    ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
    ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1,
    ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1,
    ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1, ['Y'] = 1, ['Z'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
    ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
    ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
    ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1};

char *scm_xstrndup(const char *s, size_t len) {
    char *p = malloc(len + 1);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

size_t scm_modified_role(const char *text, const scm_word *w, size_t i,
                         size_t j, size_t tlen, const char *role, char *buf,
                         size_t cap) {
    size_t len = 0, q, rn = strlen(role), last = j + tlen - 1;
    size_t upto = j; /* words copied as written: the modifiers ... */
    if (tlen > 1 && w[last].stop - w[last].start == rn &&
        memcmp(text + w[last].start, role, rn) == 0)
        upto = j + tlen; /* ... or the whole title, ending in its role */
    for (q = i; q < upto; q++) {
        size_t wn = w[q].stop - w[q].start;
        /* "Acting Deputy Assistant Secretary": who acts in an office holds
         * its role; the title keeps the word */
        if (q < j && ((wn == 6 && memcmp(text + w[q].start, "Acting", 6) == 0) ||
                      (wn == 7 && memcmp(text + w[q].start, "Interim", 7) == 0)))
            continue;
        if (len + wn + 1 >= cap) return 0;
        memcpy(buf + len, text + w[q].start, wn);
        len += wn;
        buf[len++] = ' ';
    }
    if (upto > j) {
        buf[--len] = '\0';
        return len;
    }
    if (len + rn >= cap) return 0;
    memcpy(buf + len, role, rn);
    len += rn;
    buf[len] = '\0';
    return len;
}

int scm_name_has_word(const char *name, const char *s, size_t n) {
    const char *p = name;
    while (*p) {
        const char *e = strchr(p, ' ');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        if (len == n && memcmp(p, s, n) == 0) return 1;
        p += len;
        while (*p == ' ') p++;
    }
    return 0;
}

int scm_bytes_in(const char *s, size_t len, const char *const *list) {
    size_t i, k;
    if (!len) return 0;
    for (i = 0; list[i]; i++) {
        const char *e = list[i];
        if (e[0] != s[0]) continue;
        /* s holds no NUL within len, so e's NUL stops the loop */
        for (k = 1; k < len && e[k] == s[k]; k++)
            ;
        if (k == len && e[len] == '\0') return 1;
    }
    return 0;
}

int scm_word_in(const char *text, const scm_word *w,
                const char *const *list) {
    return scm_bytes_in(text + w->start, w->stop - w->start, list);
}

static int ascii_lower(int c) {
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
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

/* The case of a letter outside ASCII, for the Latin letters names are
 * written in: Latin-1, Latin Extended-A ("Đặng", "Łukasz", "Şahin") and
 * the Vietnamese letters of Latin Extended Additional ("Ở").  1 upper,
 * 0 lower, -1 neither or another script. */
static int latin_case(const unsigned char *p, const unsigned char *end) {
    unsigned cp;
    if (p[0] >= 0xC3 && p[0] <= 0xC5 && p + 1 < end) {
        cp = ((unsigned)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
        if (cp >= 0xC0 && cp <= 0xFF)
            return cp == 0xD7 || cp == 0xF7 ? -1 : cp <= 0xDE;
        if (cp <= 0x137 || (cp >= 0x14A && cp <= 0x177))
            return !(cp & 1);
        if ((cp >= 0x139 && cp <= 0x148) || cp >= 0x179)
            return (int)(cp & 1);
        if (cp == 0x178) return 1;
        return -1;
    }
    /* Latin Extended-B: Romanian Ș ș Ț ț, Azerbaijani Ə ə ("Țurcanu";
     * session 24) */
    if (p[0] >= 0xC6 && p[0] <= 0xC9 && p + 1 < end) {
        cp = ((unsigned)(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
        if (cp >= 0x218 && cp <= 0x21B) return !(cp & 1);
        if (cp == 0x18F) return 1;
        if (cp == 0x259) return 0;
        return -1;
    }
    if (p[0] == 0xE1 && p + 2 < end && (p[1] == 0xB8 || p[1] == 0xBA ||
                                        p[1] == 0xBB || p[1] == 0xB9)) {
        cp = 0x1000u | ((unsigned)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        return cp >= 0x1E00 && cp <= 0x1EFF ? !(cp & 1) : -1;
    }
    return -1;
}

int scm_particle_name(const char *t, const scm_word *w) {
    static const char *const particles[] = {
        "de",  "da",  "di",  "du",  "le",  "la",  "van", "von", "al-",
        "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-",
        /* Irish after "Ó", "Mac", "Ní": "Ó hUiginn", "Ní Bhriain"'s
         * mutations "h", "n", "t" before a capital (session 26) */
        "h", "n", "t", NULL};
    size_t n = w->stop - w->start, k;
    if (w->kind != SCM_W_WORD) return 0;
    for (k = 0; particles[k]; k++) {
        size_t m;
        if (particles[k][0] != t[w->start]) continue; /* most words */
        m = strlen(particles[k]);
        if (n > m + 1 && memcmp(t + w->start, particles[k], m) == 0 &&
            t[w->start + m] >= 'A' && t[w->start + m] <= 'Z')
            return 1;
    }
    return 0;
}

int scm_latin_case(const unsigned char *p, const unsigned char *end) {
    if (p >= end) return -1;
    if (p[0] >= 'A' && p[0] <= 'Z') return 1;
    if (p[0] >= 'a' && p[0] <= 'z') return 0;
    return p[0] >= 0x80 ? latin_case(p, end) : -1;
}

static int is_upper_at(const unsigned char *p, const unsigned char *end) {
    if (p[0] >= 'A' && p[0] <= 'Z') return 1;
    return p[0] >= 0x80 && latin_case(p, end) == 1;
}

static int is_lower_at(const unsigned char *p, const unsigned char *end) {
    if (p[0] >= 'a' && p[0] <= 'z') return 1;
    return p[0] >= 0x80 && latin_case(p, end) == 0;
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

/* scm_ascii_run_end(s, i, end, 1) that also tells whether the run holds
 * a lower-case letter (*lower set to 1; left as it is otherwise): the
 * scanner asks it of every word, and the sixteen bytes are classified
 * here anyway. */
static inline size_t alnum_run_end(const unsigned char *s, size_t i,
                                   size_t end, uint8_t *lower) {
#if defined(__SSE2__) && defined(__GNUC__)
    while (i + 16 <= end) {
        __m128i x = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        unsigned lo = (unsigned)_mm_movemask_epi8(scm_bytes_between(x, 'a', 25));
        unsigned in = lo | (unsigned)_mm_movemask_epi8(
                               _mm_or_si128(scm_bytes_between(x, 'A', 25),
                                            scm_bytes_between(x, '0', 9)));
        unsigned stop = ~in & 0xFFFFu;
        unsigned before = stop ? (stop & -stop) - 1 : 0xFFFFu;
        if (lo & before) *lower = 1;
        if (stop) return i + (size_t)__builtin_ctz(stop);
        i += 16;
    }
#endif
    for (; i < end && scm_ascii_is_alnum(s[i]); i++)
        if (scm_ascii_is_lower(s[i])) *lower = 1;
    return i;
}

static int words_scan_raw(const char *text, size_t start, size_t stop,
                          scm_wordvec *out) {
    const unsigned char *base = (const unsigned char *)text;
    const unsigned char *p = base + start, *end = base + stop;
    while (p < end) {
        size_t cl = 1;
        char pc = '?';
        int k;
        unsigned c = *p;
        scm_word w;
        if (c == ' ') {
            p++;
            continue;
        }
        if (c < 0x80) { /* char_class's ASCII cases, inline */
            if (scm_ascii_alnum[c]) {
                k = c <= '9' ? C_DIGIT : C_ALPHA;
            } else if (c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
                       c == '\v' || c == 0) {
                p++;
                continue;
            } else if (c == '*' && p > base && (p[-1] >= 0x80 || scm_ascii_alnum[p[-1]]) &&
                       (p + 1 == end || p[1] == ' ' || p[1] == ',' || p[1] == ';' || p[1] == '.' ||
                        p[1] == ')' || p[1] == '\n')) {
                /* "the Prime Minister of Kosovo*, Mr. A": a footnote's
                 * asterisk glued to a word is no token (session 37; the
                 * byte before, if not ASCII, is a letter's: the table
                 * holds ASCII only, fuzz finding of session 37) */
                p++;
                continue;
            } else {
                k = C_PUNCT;
                pc = (char)c;
            }
        } else {
            k = char_class(p, end, &cl, &pc);
        }
        if (k == C_SPACE) {
            p += cl;
            continue;
        }
        memset(&w, 0, sizeof w);
        w.start = (scm_off)(p - base);
        /* "’Mamosa": a Sesotho name opens with an apostrophe (U+2019; an
         * opening quote is U+2018) */
        /* (U+2019 itself, E2 80 99: another character ending in 0x99,
         * "⁙" U+2059, opens no word, and the scan below would not move
         * past it; fuzz finding #11, session 29) */
        if (k == C_PUNCT && cl == 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] == 0x99 &&
            p + 3 < end && is_upper_at(p + 3, end) &&
            (p == base || p[-1] == ' '))
            k = C_ALPHA;
        /* "Albertina !Gaweses": a Khoekhoe (Nama, Damara) name opens with
         * a click letter written "!" (session 29) */
        if (k == C_PUNCT && p[0] == '!' && p + 1 < end && scm_ascii_is_upper(p[1]) &&
            (p == base || p[-1] == ' '))
            k = C_ALPHA;
        if (k == C_PUNCT) {
            w.kind = SCM_W_PUNCT;
            w.punct = pc;
            p += cl;
        } else {
            int dotted = 0;
            w.kind = k == C_DIGIT ? SCM_W_NUMBER : SCM_W_WORD;
            /* a Polynesian glottal stop (ʻokina, U+02BB) opens the
             * word: "ʻAna" is capitalised by its next letter */
            w.cap = (uint8_t)(p + 2 < end && p[0] == 0xCA && p[1] == 0xBB
                                  ? is_upper_at(p + 2, end)
                                  : is_upper_at(p, end));
            if (p[0] == '!') w.cap = 1, p++; /* (the click, then its capital) */
            if (!w.cap && p + 3 < end && p[0] == 0xE2 && p[1] == 0x80 &&
                p[2] == 0x99)
                w.cap = (uint8_t)is_upper_at(p + 3, end); /* "’Mamosa" */
            /* "Jean-Luc d’Avrincourt", "Giscard d'Estaing": a French
             * name's elided "d'" before its capital (session 25) */
            if (!w.cap && p[0] == 'd' && p + 1 < end) {
                if (p[1] == '\'' && p + 2 < end)
                    w.cap = (uint8_t)is_upper_at(p + 2, end);
                else if (p + 4 < end && p[1] == 0xE2 && p[2] == 0x80 && p[3] == 0x99)
                    w.cap = (uint8_t)is_upper_at(p + 4, end);
            }
            /* "Themba kaNdlovu": a Zulu and Xhosa family name of descent,
             * "ka" before the ancestor's capitalised name (session 33) */
            if (!w.cap && p[0] == 'k' && p + 3 < end && p[1] == 'a' && scm_ascii_is_upper(p[2]) &&
                scm_ascii_is_lower(p[3]))
                w.cap = 1;
            for (;;) {
                p = base + alnum_run_end(base, (size_t)(p - base), stop,
                                         &w.lower);
                if (p >= end || *p == ' ') break;
                if (*p < 0x80) {
                    /* char_class's ASCII cases: the run stopped at no
                     * letter or digit, so a space or punctuation (a
                     * comma or period after most words) */
                    if (*p == '\t' || *p == '\n' || *p == '\r' ||
                        *p == '\f' || *p == '\v' || *p == 0)
                        break;
                    k = C_PUNCT;
                    cl = 1;
                    pc = (char)*p;
                } else {
                    k = char_class(p, end, &cl, &pc);
                }
                if (k == C_ALPHA || k == C_DIGIT) {
                    if (is_lower_at(p, end)) w.lower = 1;
                    p += cl;
                    continue;
                }
                if (k != C_PUNCT) break;
                /* "USD(P)", "ASD(ISA)": a short form in capitals with its
                 * branch in brackets and no space is one word (session
                 * 25) */
                if (pc == '(' && !w.lower && p - (base + w.start) >= 2) {
                    const unsigned char *q = p + 1;
                    while (q < end && q - p <= 5 && ((*q >= 'A' && *q <= 'Z') || *q == '&'))
                        q++;
                    if (q > p + 1 && q < end && *q == ')' && !alnum_at(q + 1, end)) {
                        p = q + 1;
                        break;
                    }
                }
                /* inner joiners: . - ' ’ between letters or digits */
                if (pc == '.' || pc == '-' || pc == '\'' || pc == '/' ||
                    pc == ',') {
                    if ((pc == ',' || pc == '/') && w.kind != SCM_W_NUMBER)
                        break;
                    if (pc == '-' && cl == 3 && p[2] != 0x90 && p[2] != 0x91)
                        break; /* en and em dashes separate words */
                    /* ’ inside a word, and ‘ between letters: the Uzbek
                     * "o‘g‘li" */
                    if (pc == '\'' && cl == 3 && p[2] != 0x99 && p[2] != 0x98)
                        break;
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
                    /* "Ochieng’ Omondi": a Luo name ends in "ng’" (the
                     * apostrophe marks the nasal), before another name */
                    if (pc == '\'' && p - base >= (ptrdiff_t)w.start + 3 &&
                        p[-2] == 'n' && p[-1] == 'g' && p + cl + 1 < end &&
                        p[cl] == ' ' && is_upper_at(p + cl + 1, end)) {
                        p += cl;
                        break;
                    }
                }
                break;
            }
            w.stop = (scm_off)(p - base);
            if (p < end && *p == '.' && w.kind == SCM_W_WORD) {
                size_t n = w.stop - w.start;
                /* a single capital is an initial ("E.") */
                if (dotted ||
                    (n == 1 && base[w.start] >= 'A' && base[w.start] <= 'Z') ||
                    period_word(text + w.start, n)) {
                    p++;
                    w.stop++;
                    /* "Eng.º", "Arq.ª": an abbreviated style closed by an
                     * ordinal indicator, one word (session 25) */
                    if (p + 1 < end && p[0] == 0xC2 && (p[1] == 0xBA || p[1] == 0xAA)) {
                        p += 2;
                        w.stop += 2;
                    }
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

/* ---- the words of the document being extracted ----
 *
 * people scans every paragraph, acts every body sentence and the header a
 * few regions again.  scm_extract_run keeps a cache of the paragraphs'
 * words in scm_extract.cache while these three run (each paragraph scanned
 * once, on first request), and a request inside one paragraph is answered
 * by copying the words in it.  The copy
 * is exactly what a scan of the range gives when the range starts and
 * stops on character boundaries and no word crosses either end: the
 * scanner keeps no state between words, and a word that stops before the
 * range's end never looked past it (a look-ahead that succeeds there makes
 * the word cross the end).  Otherwise the range is scanned as before. */

/* The cache keeps the words as scanned (scm_word, 12 bytes), so that a
 * request is one copy of a range.  (Session 14: a packed form of 8 bytes
 * cost 2 % of the extraction's instructions to pack and unpack word by
 * word; kept whole, the cache of one 21 MB document is about 12 MB
 * larger while header, people and acts run.) */
struct scm_extract_cache {
    const scm_doc *doc;
    scm_wordvec words;       /* every scanned paragraph's words */
    SCM_VEC(uint32_t) first; /* per paragraph: index + 1, 0 = not yet */
    SCM_VEC(uint32_t) count;
};

scm_words_cache *scm_words_cache_new(const scm_doc *doc) {
    scm_words_cache *c;
    size_t n = doc->text.paragraphs.len;
    if (!(c = calloc(1, sizeof *c))) return NULL;
    c->doc = doc;
    if (n) {
        c->first.items = calloc(n, sizeof *c->first.items);
        c->count.items = calloc(n, sizeof *c->count.items);
        if (!c->first.items || !c->count.items) {
            free(c->first.items);
            free(c->count.items);
            free(c);
            return NULL;
        }
        c->first.len = c->first.cap = c->count.len = c->count.cap = n;
    }
    return c;
}

void scm_words_cache_free(scm_words_cache *c) {
    if (!c) return;
    SCM_VEC_FREE(&c->words);
    SCM_VEC_FREE(&c->first);
    SCM_VEC_FREE(&c->count);
    free(c);
}

/* First word of w[0..n) that starts at or after `off`. */
static size_t first_from(const scm_word *w, size_t n, size_t off) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (w[mid].start < off) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Answer from the cache: 1 done, 0 not answerable, -1 memory. */
static int words_from_cache(scm_words_cache *c, size_t start, size_t stop,
                            scm_wordvec *out) {
    const scm_text *t = &c->doc->text;
    const unsigned char *u = (const unsigned char *)t->text;
    size_t lo = 0, hi = t->paragraphs.len, pi, ps, pe, a, b, n;
    const scm_word *w;
    if (stop <= start || stop > t->len) return 0;
    /* the paragraph holding [start, stop) */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t->paragraphs.items[mid].span.stop < stop) lo = mid + 1;
        else hi = mid;
    }
    if (lo >= t->paragraphs.len) return 0;
    pi = lo;
    ps = t->paragraphs.items[pi].span.start;
    pe = t->paragraphs.items[pi].span.stop;
    if (start < ps || stop > pe) return 0;
    if ((start > ps && (u[start] & 0xC0) == 0x80) ||
        (stop < pe && (u[stop] & 0xC0) == 0x80))
        return 0;
    if (!c->first.items[pi]) {
        size_t f = c->words.len;
        if (f + 1 >= UINT32_MAX) return 0;
        if (words_scan_raw(t->text, ps, pe, &c->words) != 0) {
            c->words.len = f;
            return -1;
        }
        c->first.items[pi] = (uint32_t)f + 1;
        c->count.items[pi] = (uint32_t)(c->words.len - f);
    }
    w = c->words.items + (c->first.items[pi] - 1);
    n = c->count.items[pi];
    a = start == ps ? 0 : first_from(w, n, start);
    b = stop == pe ? n : first_from(w, n, stop);
    if ((a > 0 && w[a - 1].stop > start) || (b > 0 && w[b - 1].stop > stop))
        return 0; /* a word crosses an end */
    if (SCM_VEC_RESERVE(out, out->len + (b - a)) != 0) return -1;
    if (b > a) memcpy(out->items + out->len, w + a, (b - a) * sizeof *w);
    out->len += b - a;
    return 1;
}

int scm_words_scan(scm_words_cache *c, const char *text, size_t start,
                   size_t stop, scm_wordvec *out) {
    if (c && text == c->doc->text.text) {
        int r = words_from_cache(c, start, stop, out);
        if (r != 0) return r < 0 ? -1 : 0;
    }
    return words_scan_raw(text, start, stop, out);
}

/* ---- phrase index ----
 *
 * The lists an extraction needs are indexed (a few hundred entries, user
 * additions included) in a hash keyed by the entry (an old-style '_'
 * joiner reads as a space): one probe per look-up, no double look-ups for
 * the common miss.  A lexicon list's index is kept in the lexicon (below)
 * and lent to each extraction while the list is unchanged. */

/* Eight bytes at a time: look-ups hash every capitalised word. */
static inline size_t hash_bytes(const char *s, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15u ^ n, v;
    while (n >= 8) {
        memcpy(&v, s, 8);
        h = (h ^ v) * 0xFF51AFD7ED558CCDu;
        h ^= h >> 29;
        s += 8;
        n -= 8;
    }
    if (n) h = (h ^ scm_tail_bytes(s, n)) * 0xFF51AFD7ED558CCDu;
    h ^= h >> 32;
    return (size_t)h;
}

/* A slot's tag: never 0, which marks an empty slot. */
static uint16_t tag_of(size_t h) {
    return (uint16_t)((uint64_t)h >> 48 | 1u);
}

/* The slot of the key s[0..n), whatever its roles, whose hash_bytes is h
 * (ix->mask not 0), or NULL.  hash_bytes and the probes are inline: every
 * look-up of every capitalised word runs them, and GCC kept them out of
 * line. */
static inline struct scm_phrase_slot *
find_key(const scm_phrase_index *ix, size_t h, const char *s, size_t n) {
    uint16_t tag = tag_of(h), t;
    size_t i = h & ix->mask;
    while ((t = ix->tags[i]) != 0) {
        if (t == tag) {
            struct scm_phrase_slot *sl = &ix->slots[i];
            if (sl->len == n && memcmp(sl->word, s, n) == 0) return sl;
        }
        i = (i + 1) & ix->mask;
    }
    return NULL;
}

/* The slot of s[0..n) as an entry (first 0) or as the first word of a
 * multi-word entry (first 1), or NULL. */
static inline struct scm_phrase_slot *
find_hashed(const scm_phrase_index *ix, size_t h, const char *s, size_t n,
            int first) {
    struct scm_phrase_slot *sl = find_key(ix, h, s, n);
    unsigned role = first ? SCM_PHRASE_FIRST : SCM_PHRASE_ENTRY;
    return sl && (sl->roles & role) ? sl : NULL;
}

static inline struct scm_phrase_slot *
find_slot(const scm_phrase_index *ix, const char *s, size_t n, int first) {
    if (!ix->mask) return NULL;
    return find_hashed(ix, hash_bytes(s, n), s, n, first);
}

/* Insert a key as an entry (first 0: its class, kept from the first
 * insertion, and its flags, merged) or as the first word of an entry of
 * `words` words (first 1: the most words and that count's bit, merged). */
static int insert_slot(scm_phrase_index *ix, char *word, size_t n, int first,
                       const char *cls, unsigned flags, size_t words) {
    size_t h, hv = hash_bytes(word, n);
    struct scm_phrase_slot *sl = find_key(ix, hv, word, n);
    if (n) {
        size_t b = scm_phrase_start_bit(word, n);
        ix->starts[b / 64] |= (uint64_t)1 << (b % 64);
    }
    if (sl) {
        free(word);
    } else {
        h = hv & ix->mask;
        while (ix->tags[h]) h = (h + 1) & ix->mask;
        ix->tags[h] = tag_of(hv);
        sl = &ix->slots[h];
        sl->word = word;
        sl->len = n;
    }
    if (first) {
        if (words > sl->words) sl->words = words;
        sl->lens |= (uint32_t)1 << (words < 31 ? words : 31);
        sl->roles |= SCM_PHRASE_FIRST;
    } else {
        if (!(sl->roles & SCM_PHRASE_ENTRY)) sl->cls = cls;
        sl->flags |= flags;
        sl->roles |= SCM_PHRASE_ENTRY;
    }
    return 0;
}

/* Empty slots and tags for `cap` keys (a power of two); 0 or -1. */
static int alloc_slots(scm_phrase_index *ix, size_t cap) {
    ix->slots = calloc(cap, sizeof *ix->slots);
    ix->tags = calloc(cap, sizeof *ix->tags);
    if (!ix->slots || !ix->tags) {
        free(ix->slots);
        free(ix->tags);
        ix->slots = NULL;
        ix->tags = NULL;
        return -1;
    }
    ix->mask = cap - 1;
    return 0;
}

static void index_free_raw(scm_phrase_index *ix) {
    size_t i;
    if (ix->slots)
        for (i = 0; i <= ix->mask; i++) free(ix->slots[i].word);
    free(ix->slots);
    free(ix->tags);
    memset(ix, 0, sizeof *ix);
}

static int index_build_raw(scm_phrase_index *ix, const scm_lexicon *lex,
                           scm_lex_list list) {
    size_t count = scm_lexicon_count(lex, list), i, cap = 16;
    memset(ix, 0, sizeof *ix);
    ix->list = list;
    ix->lex = lex;
    ix->maxwords = 1;
    /* entries, their first words, and (add_classes) the classes and their
     * first words: at most 4 * count keys, kept under half full */
    while (cap < count * 8 + 8) cap *= 2;
    if (alloc_slots(ix, cap) != 0) return -1;
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
            insert_slot(ix, fw, flen, 1, NULL, 0, words);
        }
        insert_slot(ix, key, n, 0, cls, 0, words);
    }
    return 0;
oom:
    index_free_raw(ix);
    return -1;
}

static int index_add_classes_raw(scm_phrase_index *ix) {
    size_t i, nslots = ix->mask + 1;
    /* classes are at most as many as entries: see the table size above */
    for (i = 0; i < nslots; i++) {
        const char *cls = ix->slots[i].roles & SCM_PHRASE_ENTRY
                              ? ix->slots[i].cls
                              : NULL;
        size_t n, flen, words = 1, j;
        char *key;
        if (!cls || !(n = strlen(cls)) || find_slot(ix, cls, n, 0)) continue;
        if (!(key = scm_xstrndup(cls, n))) return -1;
        insert_slot(ix, key, n, 0, cls, 0, 1);
        flen = strcspn(cls, " ");
        if (flen == n) continue;
        for (j = 0; j + 1 < n; j++)
            if (cls[j] == ' ' && cls[j + 1] != ' ') words++;
        if (words > ix->maxwords) ix->maxwords = words;
        if (!(key = scm_xstrndup(cls, flen))) return -1;
        insert_slot(ix, key, flen, 1, NULL, 0, words);
    }
    return 0;
}

/* The shared sets built so far, freed at unload. */
static pthread_mutex_t shared_lock = PTHREAD_MUTEX_INITIALIZER;
static scm_shared_words *shared_built;

/* Freed when the module is unloaded (dlclose at the end of a Lua state). */
__attribute__((destructor)) static void shared_words_fini(void) {
    while (shared_built) {
        scm_shared_words *s = shared_built;
        shared_built = s->next;
        scm_phrase_index_free(&s->index);
        atomic_store_explicit(&s->state, 0, memory_order_relaxed);
    }
}

const scm_phrase_index *scm_shared_words_get(scm_shared_words *s) {
    int state = atomic_load_explicit(&s->state, memory_order_acquire);
    if (state != 0) return state == 1 ? &s->index : NULL;
    pthread_mutex_lock(&s->lock);
    state = atomic_load_explicit(&s->state, memory_order_relaxed);
    if (state == 0) {
        state = scm_phrase_index_words(&s->index, s->lists) == 0 ? 1 : -1;
        if (state == 1) {
            pthread_mutex_lock(&shared_lock);
            s->next = shared_built;
            shared_built = s;
            pthread_mutex_unlock(&shared_lock);
        }
        /* the index is complete before another thread can see state 1 */
        atomic_store_explicit(&s->state, state, memory_order_release);
    }
    pthread_mutex_unlock(&s->lock);
    return state == 1 ? &s->index : NULL;
}

int scm_phrase_index_words(scm_phrase_index *ix,
                           const char *const *const *lists) {
    size_t count = 0, i, j, cap = 16;
    memset(ix, 0, sizeof *ix);
    ix->maxwords = 1;
    for (i = 0; lists[i]; i++)
        for (j = 0; lists[i][j]; j++) count++;
    while (cap < count * 4 + 4) cap *= 2;
    if (alloc_slots(ix, cap) != 0) return -1;
    for (i = 0; lists[i]; i++)
        for (j = 0; lists[i][j]; j++) {
            size_t n = strlen(lists[i][j]);
            char *key = scm_xstrndup(lists[i][j], n);
            if (!key) {
                index_free_raw(ix);
                return -1;
            }
            insert_slot(ix, key, n, 0, NULL, 1u << i, 1);
        }
    return 0;
}

int scm_phrase_has_word(const scm_phrase_index *ix, const char *text,
                        const scm_word *w) {
    return find_slot(ix, text + w->start, w->stop - w->start, 0) != NULL;
}

unsigned scm_phrase_bytes_flags(const scm_phrase_index *ix, const char *s,
                                size_t n) {
    const struct scm_phrase_slot *sl;
    if (!n) return 0; /* as scm_bytes_in */
    sl = find_slot(ix, s, n, 0);
    return sl ? sl->flags : 0;
}
unsigned scm_phrase_word_flags(const scm_phrase_index *ix, const char *text,
                               const scm_word *w) {
    const struct scm_phrase_slot *sl;
    if (w->kind == SCM_W_PUNCT) return 0;
    sl = find_slot(ix, text + w->start, w->stop - w->start, 0);
    return sl ? sl->flags : 0;
}

/* ---- built lexicon indexes, kept in the lexicon ----
 *
 * header, people and acts index the title, party and verb lists for every
 * document: a few hundred small mallocs and a table to clear each time.  A
 * built table depends only on the list, so it is kept as the list's derived
 * data (scm_lexicon_set_derived), which scm_lexicon_add frees: a table
 * found there is current.  The table of a list with its classes added
 * (scm_phrase_index_add_classes) is kept beside the plain one.  Borrowed
 * tables are read-only and scm_phrase_index_free leaves them to the
 * lexicon; no addition can happen while an extraction holds one (the
 * lexicon is single-threaded, like the Lua state that owns it). */

typedef struct lex_indexes {
    scm_phrase_index plain, classes; /* slots NULL: not built */
} lex_indexes;

static void lex_indexes_free(void *p) {
    lex_indexes *d = p;
    index_free_raw(&d->plain);
    index_free_raw(&d->classes);
    free(d);
}

/* Borrow the lexicon's index of `list` into *ix: 1, or 0 when there is
 * none. */
static int index_borrow(scm_phrase_index *ix, const scm_lexicon *lex,
                        scm_lex_list list, int classes) {
    const lex_indexes *d = scm_lexicon_derived(lex, list, NULL);
    const scm_phrase_index *kept;
    if (!d) return 0;
    kept = classes ? &d->classes : &d->plain;
    if (!kept->slots) return 0;
    *ix = *kept;
    ix->borrowed = 1;
    return 1;
}

/* Give an index built here (owned) to the lexicon and keep it borrowed.
 * On any failure *ix stays the caller's own: nothing is lost. */
static void index_lend(scm_phrase_index *ix, const scm_lexicon *lex,
                       scm_lex_list list, int classes) {
    lex_indexes *d = scm_lexicon_derived(lex, list, NULL);
    scm_phrase_index *kept;
    if (!d) {
        if (!(d = calloc(1, sizeof *d))) return;
        if (scm_lexicon_set_derived(lex, list, d, lex_indexes_free) != 0) {
            free(d);
            return;
        }
    }
    kept = classes ? &d->classes : &d->plain;
    if (kept->slots) return; /* one is kept already: ours stays ours */
    *kept = *ix;
    ix->borrowed = 1;
}

int scm_phrase_index_build(scm_phrase_index *ix, const scm_lexicon *lex,
                           scm_lex_list list) {
    if (index_borrow(ix, lex, list, 0)) return 0;
    if (index_build_raw(ix, lex, list) != 0) return -1;
    index_lend(ix, lex, list, 0);
    return 0;
}

int scm_phrase_index_add_classes(scm_phrase_index *ix) {
    scm_phrase_index own;
    const scm_lexicon *lex = ix->lex;
    scm_lex_list list = ix->list;
    if (!ix->borrowed) return index_add_classes_raw(ix);
    /* a borrowed table is read-only: borrow or build the list with its
     * classes instead */
    if (index_borrow(&own, lex, list, 1)) {
        *ix = own;
        return 0;
    }
    if (index_build_raw(&own, lex, list) != 0) return -1;
    if (index_add_classes_raw(&own) != 0) {
        index_free_raw(&own);
        return -1;
    }
    *ix = own;
    index_lend(ix, lex, list, 1);
    return 0;
}

void scm_phrase_index_free(scm_phrase_index *ix) {
    if (ix->borrowed) memset(ix, 0, sizeof *ix); /* the lexicon's */
    else index_free_raw(ix);
}

uint32_t scm_phrase_probe(const scm_phrase_index *ix, const char *s,
                          size_t n, const char **cls, int *found) {
    const struct scm_phrase_slot *sl =
        ix->mask ? find_key(ix, hash_bytes(s, n), s, n) : NULL;
    uint32_t lens = sl && (sl->roles & SCM_PHRASE_FIRST) ? sl->lens : 0;
    if (sl && !(sl->roles & SCM_PHRASE_ENTRY)) sl = NULL;
    /* as scm_phrase_lookup */
    if (!sl && n > 1 && s[n - 1] == '.') sl = find_slot(ix, s, n - 1, 0);
    *found = sl != NULL;
    *cls = sl ? sl->cls : NULL;
    return lens;
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

size_t scm_phrase_hyphened(const scm_phrase_index *ix, const char *s, size_t n,
                           const char **found, size_t cap) {
    const char *e = s + n, *p = s;
    size_t parts = 0;
    if (!memchr(s, '-', n)) return 0;
    while (p < e && parts < cap) {
        const char *q = memchr(p, '-', (size_t)(e - p));
        size_t len = (size_t)((q ? q : e) - p);
        int hit;
        const char *pc = scm_phrase_lookup(ix, p, len, &hit);
        if (!hit || !pc) return 0;
        found[parts++] = pc;
        p = q ? q + 1 : e;
    }
    return p < e || parts < 2 ? 0 : parts;
}

/* Can an entry start at word w?  Every key scm_phrase_match looks up
 * begins with the word's bytes less at most a possessive and a final
 * period; when two bytes or more are left, the keys share the word's
 * first two, which the index's filter may rule out: most capitalised
 * words are no title or party, and this spares their hashing and
 * probes. */
static int starts_entry(const scm_phrase_index *ix, const char *text,
                        const scm_word *w) {
    size_t len = w->stop - w->start, cut = scm_possessive_len(text, w) + 1;
    return len < cut + 2 || scm_phrase_may_start(ix, text + w->start, len);
}

long scm_phrase_match(const scm_phrase_index *ix, const char *text,
                      const scm_word *w, size_t i, size_t n, scm_buf *key,
                      const char **cls) {
    size_t maxk = 1, avail = 0, j, k;
    size_t ends[16];
    int found;
    const struct scm_phrase_slot *fs = NULL, *ws = NULL;
    *cls = NULL;
    if (i >= n || w[i].kind != SCM_W_WORD) return 0;
    if (!starts_entry(ix, text, &w[i])) return 0;
    /* one probe for the word serves both of its look-ups: as the first
     * word of longer entries and as an entry */
    if (ix->mask)
        ws = find_key(ix, hash_bytes(text + w[i].start, w[i].stop - w[i].start),
                      text + w[i].start, w[i].stop - w[i].start);
    if (ix->maxwords > 1 && ws && (ws->roles & SCM_PHRASE_FIRST)) fs = ws;
    /* no entry that the word begins is longer than its first-word slot
     * says (a few words, where the list's longest has fourteen) */
    if (fs) maxk = fs->words < 16 ? fs->words : 16;
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
            size_t poss;
            const char *c;
            /* a key of k words matches only an entry of k words */
            if (!((fs->lens >> k) & 1u)) continue;
            poss = scm_possessive_len(text, &w[i + k - 1]);
            c = scm_phrase_lookup(ix, key->items, ends[k - 1], &found);
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
        const char *c, *s = text + w[i].start;
        /* scm_phrase_lookup, with the probe made above */
        const struct scm_phrase_slot *sl =
            ws && (ws->roles & SCM_PHRASE_ENTRY) ? ws : NULL;
        if (!sl && len > 1 && s[len - 1] == '.')
            sl = find_slot(ix, s, len - 1, 0);
        found = sl != NULL;
        c = sl ? sl->cls : NULL;
        if (!found && poss)
            c = scm_phrase_lookup(ix, text + w[i].start, len - poss, &found);
        if (found) {
            *cls = c;
            return 1;
        }
    }
    return 0;
}

/* Asked at every capitalised word of a subject: a word set (built once
 * per process) instead of a scan of the list. */
static const char *const *const state_form_lists[] = {scm_state_form_words,
                                                     NULL};
static scm_shared_words state_form_set = SCM_SHARED_WORDS(state_form_lists);

static int state_form_word(const char *text, const scm_word *w) {
    const scm_phrase_index *ix = scm_shared_words_get(&state_form_set);
    if (ix) return scm_phrase_word_flags(ix, text, w) != 0;
    return scm_word_in(text, w, scm_state_form_words);
}

size_t scm_state_form_skip(const char *text, const scm_word *w, size_t j,
                           size_t n) {
    /* twice: "Republic of the Union of Myanmar" */
    for (int round = 0; round < 2; round++) {
        size_t s = j;
        while (s < n && s - j < 4 && w[s].kind == SCM_W_WORD && w[s].cap &&
               state_form_word(text, &w[s]))
            s++;
        if (s == j || s + 1 >= n || !scm_word_is(text, &w[s], "of")) break;
        s++;
        if (s < n && scm_word_ieq(text, &w[s], "the")) s++;
        if (s >= n) break;
        j = s;
    }
    return j;
}

/* s[0..n) is w, ASCII case folded. */
static inline int ieq_len(const char *s, size_t n, const char *w) {
    size_t i;
    for (i = 0; i < n; i++)
        if (!w[i] || ascii_lower((unsigned char)s[i]) != ascii_lower((unsigned char)w[i]))
            return 0;
    return w[n] == '\0';
}

int scm_ordinal_value(const char *s, size_t n) {
    size_t i, j;
    const char *dash;
    if (n >= 3 && s[0] >= '0' && s[0] <= '9') {
        int v = 0;
        for (i = 0; i < n && s[i] >= '0' && s[i] <= '9'; i++) {
            if (v > 99999) return 0; /* no ordinal; and no int overflow */
            v = v * 10 + (s[i] - '0');
        }
        if (n - i == 2 && (ieq_len(s + i, 2, "st") || ieq_len(s + i, 2, "nd") ||
                           ieq_len(s + i, 2, "rd") || ieq_len(s + i, 2, "th")))
            return v;
        return 0;
    }
    for (i = 0; scm_ordinal_units[i]; i++)
        if (ieq_len(s, n, scm_ordinal_units[i])) return (int)i + 1;
    for (i = 0; scm_ordinal_tens[i]; i++)
        if (ieq_len(s, n, scm_ordinal_tens[i])) return (int)(i + 2) * 10;
    if (!(dash = memchr(s, '-', n))) return 0;
    for (i = 0; scm_cardinal_tens[i]; i++) {
        if (!ieq_len(s, (size_t)(dash - s), scm_cardinal_tens[i])) continue;
        for (j = 0; j < 9; j++)
            if (ieq_len(dash + 1, n - (size_t)(dash - s) - 1, scm_ordinal_units[j]))
                return (int)(i + 2) * 10 + (int)j + 1;
    }
    return 0;
}

int scm_roman_value(const char *s, size_t n) {
    static const char *const tens[] = {"", "X", "XX", "XXX", "XL",
                                       "L", "LX", "LXX", "LXXX", "XC"};
    static const char *const units[] = {"", "I", "II", "III", "IV",
                                        "V", "VI", "VII", "VIII", "IX"};
    size_t p = 0, best = 0;
    int v = 0, t = 0;
    if (n < 2 || n > 9) return 0;
    /* most words hold another letter: no need to try the tables */
    for (size_t i = 0; i < n; i++)
        if (s[i] != 'C' && s[i] != 'X' && s[i] != 'L' && s[i] != 'V' &&
            s[i] != 'I')
            return 0;
    if (s[0] == 'C') {
        v = 100;
        p = 1;
    }
    /* the tens take the longest match (their letters hold no I), the
     * units the rest */
    for (int k = 1; k < 10; k++) {
        size_t m = strlen(tens[k]);
        if (m > best && m <= n - p && !memcmp(s + p, tens[k], m)) {
            best = m;
            t = k;
        }
    }
    p += best;
    v += 10 * t;
    for (int u = 0; u < 10; u++)
        if (strlen(units[u]) == n - p && !memcmp(s + p, units[u], n - p))
            return v + u >= 2 ? v + u : 0;
    return 0;
}
