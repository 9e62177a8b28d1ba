/* people.c -- named persons, with the office, role word and party the text
 * gives them, and every place they are mentioned.
 *
 * People are introduced by a title of office (the title lexicon) or an
 * honorific, in four shapes:
 *   [party] Title Name [of the PARTY]   "U.S. Secretary of Defense Leon E. Panetta"
 *   [party] Title [of ...], [Rank] Name "the U.S. Chairman of the Joint
 *                                        Chiefs of Staff, General Martin E. Dempsey"
 *   Honorific Name, Title of PARTY      "Dr. Kim Tae-hyo, Principal Deputy
 *                                        National Security Advisor of the ROK"
 *   Title Family                        "Minister Kim" (a later short form)
 * The family name is the first word when a comma follows it ("Kim, Kwan
 * Jin", the comma dropped from the name); when the party is one that
 * writes names family first (given in the mention, or by the previous
 * member of a list of introductions) unless only the last word is a known
 * East-Asian family name ("Fumio Kishida"); when no party is given and
 * only the first word is such a name.  Otherwise it is the last word
 * before a suffix.  Full introductions are resolved first, then short
 * forms attach to the person with that family name (preferring the same
 * role, then the same party); one that matches nobody is a person too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../utf8.h"
#include "../wordset.h"
#include "extract.h"
#include "names_data.h"
#include "wordscan.h"

/* Lower-case particles inside a name ("bin", "de", "van"). */
static const char *const name_particles[] = {
    "bin", "ibn", "bint", "binti", "al", "van", "von", "de", "da", "do",
    /* Thai "Kunjara na Ayudhya" (session 30) */
    "na",
    "dos", "das", "del", "della", "der", "den", "du", "la", "le", "ter",
    "los", "las", "e", "i", "y", "av", "af", "ap", "tot", "delos", "dela", "oglu", "ogly", "oğlu", "qizi", "qızı", "gizi",
    "kizi", "kyzy", "uulu", "arap", "ole",
    /* Faroese "í Jákupsstovu", "á Rógvi" (session 26) */
    "\xC3\xAD", "\xC3\xA1",
    /* Uzbek Latin, with its turned comma (U+02BB) or a quote */
    "o\xCA\xBBg\xCA\xBBli", "o\xE2\x80\x98g\xE2\x80\x98li", "o'g'li", "ogli",
    NULL};

/* Particles that belong to the family name before it ("Marco Di
 * Stefano": Di Stefano; "Maarten van der Heijden": van der Heijden). */
static const char *const family_particles[] = {
    "Di", "De", "Da", "Del", "Della", "Van", "Von", "Le", "La", "Du",
    "Dos", "Das", "Ter", "van", "von", "de", "der", "den", "del", "da",
    "di", "du", "la", "le", "Ní", "Nic", "Ó", "Ua", "Dela", "Delos", "av",
    "delos", "dela", /* Filipino: "Paolo Miguel T. delos Reyes" */
    "los", "las", /* "Antonio Ramon de los Santos" (session 23) */
    "af", /* Swedish, Finnish: "Henrik af Hällström" (session 23) */
    "ap", /* Welsh: "Rhodri ap Gwilym" (session 24) */
    "tot", /* Dutch: "van Nispen tot Pannerden" (session 25) */
    /* Portuguese "dos Anjos", "do Espírito Santo"; the Maasai "ole
     * Kipuri"; Faroese "í Jákupsstovu" (session 26) */
    "dos", "das", "do", "ole", "\xC3\xAD",
    "Lo", "Li", "Dal", "Dalla", "Delle", "Degli",
    /* Caribbean, Irish: "Desmond A. St. Hill", "Kenny St. John"; Saint
     * Lucia's "Marie-Claire Jn Baptiste" (Jean; session 25) */
    "St.", "St", "Jn",
    /* Filipino "Santa", "Santo": "Lorenzo P. Sta. Romana", "Sto. Tomas"
     * (session 27) */
    "Sta.", "Sta", "Sto.", "Sto",
    /* Irish 'servant of': "Donncha Mac Giolla Phádraig" (session 20) */
    "Giolla",
    NULL};
/* ... and those that are given names as well ("Al Gore", "Mac
 * Thornberry"), only inside a name ("Youssef El Mansouri", the Irish
 * "Pádraig Mac Suibhne"). */
static const char *const inner_family_particles[] = {
    "Al", "El", "Ben", "Abu", "Bin", "Ibn", "Ould", "Ait", "Aït", "Ag", "Mac",
    /* Lebanese: "Karim Bou Saab", "Nadim Abi Khalil" */
    "Bou", "Abou", "Abi",
    /* "Ahmed Samir Abdel Ghaffar": 'servant of', one name with the next
     * (not the Malay and South Asian given name "Abdul") */
    "Abdel", "Abd",
    /* Māori: "Hēmi Te Awanui", later "Minister Te Awanui" (session 21) */
    "Te", NULL};

/* "Emil Tilek uulu": a patronymic particle closing a name. */
static const char *const patronymic_particles[] = {
    "uulu", "kyzy", "oglu", "ogly", "oğlu", "qizi", "qızı", "gizi", "kizi",
    "o\xCA\xBBg\xCA\xBBli", "o\xE2\x80\x98g\xE2\x80\x98li", "o'g'li", "ogli",
    NULL};

/* The closed word lists people tests words against, as bits of one word
 * set (indexed once per process): a hash probe instead of a linear scan
 * of the list for every capitalised word.  The first three are the words
 * that never belong to a name. */
enum {
    WS_NOT_NAME,
    WS_HONORIFIC,
    WS_TITLE_MODIFIER,
    WS_NAME_PARTICLE,
    WS_FAMILY_PARTICLE,
    WS_INNER_FAMILY_PARTICLE,
    WS_PATRONYMIC,
    WS_NAME_SUFFIX,
    WS_POST_NOMINAL,
    WS_STATE_FORM,
    WS_GIVEN_HONORIFIC,
    WS_PLACE_NOUN,
    WS_NAMED_AFTER
};
#define NOT_NAME_SETS                                                         \
    (1u << WS_NOT_NAME | 1u << WS_HONORIFIC | 1u << WS_TITLE_MODIFIER |     \
     1u << WS_PLACE_NOUN)

static const char *const *const word_set_lists[] = {
    scm_not_name_words, scm_honorifics,          scm_title_modifiers,
    name_particles,     family_particles,        inner_family_particles,
    patronymic_particles, scm_name_suffixes,     scm_post_nominals,
    scm_state_form_words, scm_given_honorifics,  scm_place_nouns,
    scm_named_after_heads, NULL};

/* What is known about one word of the paragraph.  The readings try the
 * same capitalised word as a title, a party and a name word many times
 * over (try_person, office_of, list_of_names, parse_name ...), and each
 * answer depends on the paragraph's words only: worked out on first use
 * (the K_* bits say which are). */
enum { K_SETS = 1, K_NAME = 2, K_TITLE = 4, K_TITLE_ROLE = 8, K_PARTY = 16 };
typedef struct word_memo {
    uint8_t known;
    uint8_t name_word;   /* name_word() */
    int8_t title, party; /* title_at() and party_at() from this word */
    uint16_t sets;       /* WS_* bits */
    uint16_t para;       /* the paragraph's number (people_ctx.memo_para)
                            when `known` was last cleared */
    const char *role;    /* title_at's role (when K_TITLE_ROLE) */
    const char *cls;     /* party_at's class */
} word_memo;

typedef struct cand {
    scm_span mention;
    char *name, *family, *title;
    const char *role, *party; /* lexicon strings */
    int words;                /* name words (without suffixes) */
    int by_given;             /* a short form by given name: "Prince X" */
} cand;

typedef struct people_ctx {
    const scm_lexicon *lex;
    const char *t;
    size_t tlen;
    scm_words_cache *wc; /* the run's paragraph words, or NULL */
    scm_phrase_index title, party;
    const scm_phrase_index *sets; /* the WS_* word lists */
    scm_phrase_index own_sets;    /* if the shared one failed */
    scm_buf key;
    scm_wordvec words;
    SCM_VEC(word_memo) memo; /* per word of `words` */
    /* A memo is cleared when first asked for in a paragraph (its `para`
     * is not this one), not the whole memo for each paragraph: items
     * [0, memo_zeroed) were zeroed once (para 0, which no paragraph
     * takes), and memo_para wraps round to 1 after clearing them all. */
    uint16_t memo_para;
    size_t memo_zeroed;
    SCM_VEC(cand) cands;
    /* where a person was looked for: the capitalised words the
     * paragraphs' pass stopped at, for bare_name_mentions */
    SCM_VEC(scm_off) tried;
    scm_off header_end; /* the end of the header block before the body */
    /* the previous introduction of this paragraph: where it ended and the
     * party that decided its name order ("Japanese Minister X, and
     * Minister Y": Y's name is read in Japanese order too) */
    size_t last_end;
    const char *last_party;
    /* words [skip_from, skip_to) of the next title are its party word
     * ("Chairman of the ROK Joint Chiefs of Staff"): left out of it */
    size_t skip_from, skip_to;
    /* a meeting whose parties all name people the Spanish way (given +
     * paternal + maternal surname): the order for names of no party */
    const char *naming_party;
    size_t paternal_named; /* candidates so far of a party with two surnames */
    /* a party of the meeting that does (when not all do): the order for
     * a name of no party in four words or more, two given names and two
     * surnames ("Rear Admiral Rodrigo Andrés Valdebenito Saavedra") */
    const char *paternal_party;
    /* the introduction being read follows an honorific that takes the
     * given name ("Prince Abdulrahman", "Adi Salote", "Sir John") */
    int given_honorific;
    /* a numbered meeting none of whose parties is the U.S. */
    int meeting_without_us;
    /* roles read with their modifiers ("Assistant Minister"), owned */
    SCM_VEC(char *) roles;
} people_ctx;

typedef struct name_info {
    size_t first, stop; /* words [first, stop) incl. suffix */
    size_t family;      /* word index of the family name */
    size_t family_from; /* its first word when has_from ("Ruiz de Alarcón") */
    int has_from;
    int comma;
    int count;          /* name words without suffixes */
    size_t trim;        /* possessive bytes to drop from the last word */
} name_info;

/* The memo of w when it is a word of the paragraph (c->words), else NULL. */
static word_memo *memo_fresh(const people_ctx *c, word_memo *m) {
    if (m->para != c->memo_para) {
        m->para = c->memo_para;
        m->known = 0;
    }
    return m;
}

static word_memo *memo_of(const people_ctx *c, const scm_word *w) {
    if (w < c->words.items || w >= c->words.items + c->memo.len) return NULL;
    return memo_fresh(c, &c->memo.items[w - c->words.items]);
}

/* The WS_* bits of a word: its lists', and an honorific's for "Right"
 * of "the Right Honourable Marc-André Thibodeau" (alone, "Right" is a
 * common word; session 21) and "Most" of "the Most Honourable Desmond
 * Whitelocke", a Jamaican prime minister's style (session 38). */
static unsigned word_flags_of(const people_ctx *c, const scm_word *w) {
    unsigned f = scm_phrase_word_flags(c->sets, c->t, w);
    const char *s = c->t + w->start;
    size_t n = w->stop - w->start;
    /* the text ends in a NUL: strncmp stops there */
    if (((n == 5 && memcmp(s, "Right ", 6) == 0) ||
         (n == 4 && memcmp(s, "Most ", 5) == 0)) &&
        (strncmp(s + n + 1, "Honourable", 10) == 0 ||
         strncmp(s + n + 1, "Honorable", 9) == 0 || strncmp(s + n + 1, "Hon.", 4) == 0))
        f |= 1u << WS_HONORIFIC;
    return f;
}

static unsigned word_sets(const people_ctx *c, const scm_word *w) {
    word_memo *m = memo_of(c, w);
    if (!m) return word_flags_of(c, w);
    if (!(m->known & K_SETS)) {
        m->sets = (uint16_t)word_flags_of(c, w);
        m->known |= K_SETS;
    }
    return m->sets;
}

static int in_set(const people_ctx *c, const scm_word *w, int set) {
    return (word_sets(c, w) >> set) & 1u;
}

/* How many capital letters (A-Z) word w holds. */
static size_t capitals_in(const char *t, const scm_word *w) {
    size_t k, up = 0;
    for (k = w->start; k < w->stop; k++) up += t[k] >= 'A' && t[k] <= 'Z';
    return up;
}

static int is_initial(const char *t, const scm_word *w) {
    if (w->kind != SCM_W_WORD) return 0;
    if (w->stop - w->start == 2)
        return t[w->start] >= 'A' && t[w->start] <= 'Z' &&
               t[w->start + 1] == '.';
    /* "Ma. Cristina": a given name shortened, never a family name; "A.
     * Zh. Seitkaliyev": a Russian or Central Asian initial of two letters */
    if (w->stop - w->start != 3 || t[w->start + 2] != '.') return 0;
    {
        /* (and the Greek "Th.": "Konstantinos Th. Papadimitriou";
         * session 21) */
        static const char *const pairs[] = {"Ma", "Zh", "Sh", "Kh", "Ch",
                                            "Ts", "Yu", "Ya", "Th", NULL};
        for (size_t k = 0; pairs[k]; k++)
            if (t[w->start] == pairs[k][0] && t[w->start + 1] == pairs[k][1])
                return 1;
    }
    return 0;
}

static int lex_has_word(const people_ctx *c, const scm_phrase_index *ix,
                        const scm_word *w) {
    size_t n = w->stop - w->start;
    size_t poss = scm_possessive_len(c->t, w);
    int found;
    scm_phrase_lookup(ix, c->t + w->start, n, &found);
    if (!found && poss) scm_phrase_lookup(ix, c->t + w->start, n - poss, &found);
    return found;
}

/* Can this word be part of a personal name? */
/* A word of two or more letters, all capitals (ASCII or Latin-1
 * "ÖZDEMIR"): not a mixed-case name word. */
static int caps_word_wide(const char *t, const scm_word *w) {
    const unsigned char *p = (const unsigned char *)t;
    size_t k = w->start, letters = 0;
    while (k < w->stop) {
        unsigned char ch = p[k];
        if (ch >= 'a' && ch <= 'z') return 0;
        if (ch == 0xC3 && k + 1 < w->stop) { /* Latin-1: 0xC3 0x80-0xBF */
            if (p[k + 1] >= 0x9F) return 0; /* à-ÿ (and ß) are lower case */
            letters++;
            k += 2;
            continue;
        }
        if (ch >= 0x80) return 0; /* other scripts: read as mixed case */
        if (ch >= 'A' && ch <= 'Z') letters++;
        k++;
    }
    return letters >= 2;
}

/* "L.P." of "Retno L.P. Marsudi": two or three initials written as one
 * word (a party such as "U.S." is refused by the caller). */
static int joined_initials(const char *t, const scm_word *w) {
    size_t k, len = w->stop - w->start;
    if (len != 4 && len != 6) return 0;
    for (k = w->start; k < w->stop; k += 2)
        if (!(t[k] >= 'A' && t[k] <= 'Z') || t[k + 1] != '.') return 0;
    return 1;
}

static int name_word_read(const people_ctx *c, const scm_word *w) {
    const char *t = c->t;
    if (is_initial(t, w)) return 1;
    if (joined_initials(t, w))
        /* (not a degree written the same way: "Widyastuti, S.H., M.A.";
         * session 19) */
        return !(word_sets(c, w) & (NOT_NAME_SETS | 1u << WS_POST_NOMINAL)) &&
               !lex_has_word(c, &c->party, w) &&
               !scm_word_is(t, w, "D.C.") && !scm_word_is(t, w, "A.M.") &&
               !scm_word_is(t, w, "P.M.");
    if (!w->lower) {
        /* lower-case letters outside ASCII: "Lê", "Ní", "Ó" (a capital
         * with no ASCII lower-case after it) */
        size_t k;
        int wide = 0;
        for (k = w->start; k < w->stop; k++)
            if ((unsigned char)t[k] >= 0x80) wide = 1;
        if (!wide || caps_word_wide(t, w)) return 0;
    }
    /* "Sir Gareth Penhaligon KCB": an honour closes the name */
    if (word_sets(c, w) & (NOT_NAME_SETS | 1u << WS_POST_NOMINAL)) return 0;
    if (lex_has_word(c, &c->title, w) || lex_has_word(c, &c->party, w))
        return 0;
    /* "Co-Chair", "Co-Chairs": a title with its "Co-" (session 14) */
    if (w->stop - w->start > 5 && !memcmp(t + w->start, "Co-", 3) &&
        (scm_lexicon_has(c->lex, SCM_LEX_TITLE, t + w->start + 3,
                         w->stop - w->start - 3) ||
         scm_lexicon_has(c->lex, SCM_LEX_TITLE, t + w->start + 3,
                         w->stop - w->start - 4)))
        return 0;
    /* a month, but "Jun" of "Baek, Jun Ho": an abbreviation with no
     * period is a given name */
    if (scm_date_month(t + w->start, w->stop - w->start) > 0 &&
        w->stop - w->start != 3)
        return 0;
    return 1;
}

static int name_word(const people_ctx *c, const scm_word *w) {
    word_memo *m;
    if (w->kind != SCM_W_WORD) return 0;
    if (!w->cap) return scm_particle_name(c->t, w) && name_word_read(c, w);
    if (!(m = memo_of(c, w))) return name_word_read(c, w);
    if (!(m->known & K_NAME)) {
        m->name_word = (uint8_t)name_word_read(c, w);
        m->known |= K_NAME;
    }
    return m->name_word;
}

/* A known family name written first (lexicon "family-name"); a name in
 * capitals ("HAYASHI") is looked up as it is and capitalised. */
static int family_first_name(const people_ctx *c, const char *s, size_t n) {
    char buf[64];
    size_t i;
    if (scm_lexicon_has(c->lex, SCM_LEX_FAMILY_NAME, s, n)) return 1;
    if (n < 2 || n >= sizeof buf) return 0;
    for (i = 0; i < n; i++)
        buf[i] = (char)(i && s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    return scm_lexicon_has(c->lex, SCM_LEX_FAMILY_NAME, buf, n);
}

static int party_writes_family_first(const people_ctx *c, const char *party) {
    return party && scm_lexicon_has(c->lex, SCM_LEX_FAMILY_FIRST_PARTY, party,
                                    strlen(party));
}

/* A word in capitals with two letters or more ("HAYASHI", "HOUNGBÉDJI",
 * "DOSSOU-YOVO"): in a name, the family name (the official style of
 * Japanese, Chinese and francophone African documents). */
static int caps_name_word(const char *t, const scm_word *w) {
    const unsigned char *p = (const unsigned char *)t + w->start,
                        *end = (const unsigned char *)t + w->stop;
    int letters = 0;
    if (w->kind != SCM_W_WORD || w->lower || end - p < 2 ||
        scm_latin_case(p, end) != 1)
        return 0;
    while (p < end) {
        if (*p == '-' && p + 1 < end && scm_latin_case(p + 1, end) == 1) {
            p++;
            continue;
        }
        if (scm_latin_case(p, end) != 1) return 0;
        p += *p < 0x80 ? 1 : *p >= 0xE0 ? 3 : 2;
        letters++;
    }
    return letters >= 2; /* the Irish "Ó" is one letter of two bytes */
}

/* A name in capitals in the usual case, in place: "HOUNGBÉDJI" ->
 * "Houngbédji", "DOSSOU-YOVO" -> "Dossou-Yovo".  s holds n bytes. */
static void usual_case(char *s, size_t n) {
    unsigned char *p = (unsigned char *)s, *end = p + n;
    int first = 1;
    while (p < end) {
        size_t len = *p < 0x80 ? 1 : *p >= 0xE0 ? 3 : 2;
        if (p + len > end) break;
        if (!first && scm_latin_case(p, end) == 1) {
            if (len == 1) {
                *p = (unsigned char)(*p + 32);
            } else if (p[0] == 0xC3) {
                p[1] = (unsigned char)(p[1] + 0x20);
            } else if (p[0] == 0xC4 || p[0] == 0xC5) {
                /* Latin Extended-A: the lower-case letter follows */
                unsigned cp = (((unsigned)(p[0] & 0x1F) << 6) | (p[1] & 0x3F)) + 1;
                p[0] = (unsigned char)(0xC0 | (cp >> 6));
                p[1] = (unsigned char)(0x80 | (cp & 0x3F));
            }
        }
        first = *p == '-' || *p == ' '; /* "OBAME NGUEMA" -> "Obame Nguema" */
        p += len;
    }
}

static int defined_short_form(const people_ctx *c, const scm_word *w);

/* A family name in capitals at word j of a name starting at i: next to a
 * mixed-case name word ("HAYASHI Kenji", "Kenji HAYASHI"), at most one. */
static int caps_family_at(const people_ctx *c, const scm_word *w, size_t i,
                          size_t j, size_t n) {
    const char *t = c->t;
    size_t k;
    if (!caps_name_word(t, &w[j]) || w[j].stop - w[j].start < 3 ||
        in_set(c, &w[j], WS_NAME_SUFFIX) || in_set(c, &w[j], WS_POST_NOMINAL))
        return 0;
    if (lex_has_word(c, &c->party, &w[j]) ||
        (word_sets(c, &w[j]) & NOT_NAME_SETS))
        return 0;
    for (k = i; k < j; k++)
        if (caps_name_word(t, &w[k]) &&
            /* "Jean-Baptiste OBAME NGUEMA": a second word in capitals
             * right after the first, itself after a name word */
            !(k + 1 == j && k > i && !caps_name_word(t, &w[k - 1]) &&
              name_word(c, &w[k - 1])) &&
            /* "KABONGO MWAMBA Jean-Pierre": two family words in capitals
             * before the given name (session 20) */
            !(k == i && k + 1 == j && j + 1 < n && name_word(c, &w[j + 1]) &&
              !is_initial(t, &w[j + 1])))
            return 0;
    if (j > i)
        return (caps_name_word(t, &w[j - 1]) ||
                (name_word(c, &w[j - 1]) && !is_initial(t, &w[j - 1]))) &&
               /* "Commodore Ariel M. Dela Rosa PCG, Deputy Commandant …":
                * the service's short form the text defines, "(PCG)", after
                * the name (asked last: it reads the whole text) */
               !defined_short_form(c, &w[j]);
    if (j + 2 < n && caps_name_word(t, &w[j + 1]) && w[j + 1].stop - w[j + 1].start >= 3 &&
        !lex_has_word(c, &c->party, &w[j + 1]) &&
        !(word_sets(c, &w[j + 1]) & NOT_NAME_SETS) &&
        name_word(c, &w[j + 2]) && !is_initial(t, &w[j + 2]))
        return 1;
    return j + 1 < n && name_word(c, &w[j + 1]) && !is_initial(t, &w[j + 1]);
}

/* A word that opens a place name: "Lake Titicaca", "Mount Kenya". */
static int place_opener(const char *t, const scm_word *w) {
    static const char *const words[] = {"Lake", "Mount", "Cape", "Gulf",
                                        "Isle", "Lac", "Mont",
                                        /* "Port Vila", "Port Moresby",
                                         * "Fort Worth" (session 21) */
                                        "Port", "Fort",
                                        /* "Palacio Nacional de la Cultura"
                                         * of a dateline (session 30) */
                                        "Palacio", "Palácio", "Palais", "Palazzo", NULL};
    return scm_word_in(t, w, words);
}

/* Word i follows a place's noun that names the place after a person:
 * "Port Sultan Qaboos", "Fort King George", "Camp Sultan …", "Lake
 * Victoria" (session 16). */
static int after_place_noun(const char *t, const scm_word *w, size_t i) {
    return i > 0 && w[i - 1].kind == SCM_W_WORD && w[i - 1].cap &&
           (place_opener(t, &w[i - 1]) || scm_word_is(t, &w[i - 1], "Camp"));
}

/* A lower-case particle that opens a family name ("van", "da", "de"). */
static int is_lower_particle(const char *t, const scm_word *w) {
    return w->kind == SCM_W_WORD && scm_word_in(t, w, scm_family_particles_lower);
}

/* "bin", "binti", "ibn", "ibni": a particle before the father's name. */
static const char *const father_particles[] = {"bin", "binti", "bint", "ibn", "ibni", NULL};

static int father_particle(const char *t, const scm_word *w) {
    return scm_word_in(t, w, father_particles);
}

/* The Malaysian and Singaporean Indian patronymic "a/l" (anak lelaki,
 * son of), "a/p" (daughter of), "s/o", "d/o": three words, written
 * together, before the father's name ("Ganesan a/l Muthusamy"). */
static int slash_patronymic(const char *t, const scm_word *w, size_t j,
                            size_t n) {
    char a, b;
    if (j + 2 >= n || w[j].kind != SCM_W_WORD ||
        w[j].stop - w[j].start != 1 || !scm_word_punct(&w[j + 1], '/') ||
        w[j + 2].kind != SCM_W_WORD || w[j + 2].stop - w[j + 2].start != 1 ||
        w[j + 1].start != w[j].stop || w[j + 2].start != w[j + 1].stop)
        return 0;
    a = t[w[j].start];
    b = t[w[j + 2].start];
    return (a == 'a' && (b == 'l' || b == 'p')) ||
           ((a == 's' || a == 'd') && b == 'o');
}

/* Does the document define w as an acronym, "(IADS)"?  Then "Commander
 * IADS" names an office, not a person in capitals. */
/* The text writes bytes [from, to) in brackets somewhere: "(KARM)",
 * "(Komnas HAM)". */
static int defined_in_brackets(const people_ctx *c, scm_off from, scm_off to) {
    size_t m = to - from;
    const char *s = c->t, *end = c->t + c->tlen, *q;
    while (s + m + 2 <= end &&
           (q = memchr(s, '(', (size_t)(end - s) - m - 1)) != NULL) {
        if (memcmp(q + 1, c->t + from, m) == 0 && q[m + 1] == ')')
            return 1;
        s = q + 1;
    }
    return 0;
}

static int defined_short_form(const people_ctx *c, const scm_word *w) {
    return defined_in_brackets(c, w->start, w->stop);
}

/* After "ibni": up to four styles ("Al-Marhum", "Sultan", "Haji") and the
 * father's name; the word after it, or k when there is none. */
static size_t royal_father(const people_ctx *c, const scm_word *w, size_t k,
                           size_t n) {
    static const char *const styles[] = {"Al-Marhum", "Almarhum", "Sultan",
                                         "Paduka", "Seri", NULL};
    const char *t = c->t;
    size_t q = k;
    while (q < n && q < k + 4 &&
           (scm_word_in(t, &w[q], styles) || in_set(c, &w[q], WS_HONORIFIC)))
        q++;
    return q > k && q < n && name_word(c, &w[q]) ? q + 1 : k;
}

/* Parse a name at word i.  1 with `ni` filled, else 0. */
/* "d'Arc", "d’Estaing": an elided "de" before a capital. */
static int elided_particle(const char *t, const scm_word *w) {
    const unsigned char *s = (const unsigned char *)t + w->start;
    size_t n = w->stop - w->start;
    if (w->kind != SCM_W_WORD || n < 3 || s[0] != 'd') return 0;
    if (s[1] == '\'' && n >= 4) return s[2] >= 'A' && s[2] <= 'Z';
    /* U+2019 */
    return n >= 5 && s[1] == 0xE2 && s[2] == 0x80 && s[3] == 0x99 &&
           s[4] >= 'A' && s[4] <= 'Z';
}

/* A nickname in quotes at word j, one to three capitalised words, before
 * a name word: the word after its closing quote, else 0. */
static size_t nickname_end(const people_ctx *c, const scm_word *w, size_t j, size_t n) {
    size_t q = j + 1;
    while (q < n && q < j + 4 && w[q].kind == SCM_W_WORD && w[q].cap) q++;
    if (q == j + 1 || q + 1 >= n || !scm_word_punct(&w[q], '"')) return 0;
    return name_word(c, &w[q + 1]) || caps_family_at(c, w, j, q + 1, n) ? q + 1 : 0;
}

/* A regnal number after a monarch's name: "II" to "XIX". */
static int is_regnal(const char *t, const scm_word *w) {
    size_t len = w->stop - w->start;
    int v = len >= 2 ? scm_roman_value(t + w->start, len) : 0;
    return v >= 2 && v < 20;
}

/* "tSaoi", "bhFionnáin", "nGaora": an Irish name after "an" or a
 * particle, one to two small letters glued to its capital. */
static int irish_eclipsed(const char *t, const scm_word *w) {
    size_t n = w->stop - w->start, k = 0;
    const char *s = t + w->start;
    if (w->kind != SCM_W_WORD || n < 3) return 0;
    while (k < 2 && k < n && s[k] >= 'a' && s[k] <= 'z') k++;
    return k >= 1 && k < n && s[k] >= 'A' && s[k] <= 'Z';
}

/* A monarch's regnal number of one letter, "I", "V" or "X" ("Prince
 * Aurèle I"), which elsewhere reads as an initial. */
static int regnal_letter(const char *t, const scm_word *w) {
    return w->stop - w->start == 1 && (t[w->start] == 'I' || t[w->start] == 'V' || t[w->start] == 'X');
}

static int parse_name(const people_ctx *c, const scm_word *w, size_t i,
                      size_t n, name_info *ni) {
    const char *t = c->t;
    size_t j;
    int particle_first = 0, quoted = 0;
    memset(ni, 0, sizeof *ni);
    if (i >= n) return 0;
    /* "Minister NDIKUMANA": a family name in capitals alone after a title
     * (the first mention gave "Léonidas NDIKUMANA") */
    if (i > 0 && caps_name_word(t, &w[i]) && w[i].stop - w[i].start >= 4 &&
        lex_has_word(c, &c->title, &w[i - 1]) &&
        !lex_has_word(c, &c->party, &w[i]) &&
        !(word_sets(c, &w[i]) & NOT_NAME_SETS) &&
        !(i + 1 < n && (name_word(c, &w[i + 1]) || caps_name_word(t, &w[i + 1]))) &&
        !defined_short_form(c, &w[i])) {
        ni->first = i;
        ni->stop = i + 1;
        ni->count = 1;
        ni->family = i;
        ni->trim = scm_possessive_len(t, &w[i]);
        return 1;
    }
    /* "Mr. Sultan Al-Ghanim", "Mr. Amir Haddad": after a personal style
     * a title's word is a given name, when a name word follows (session
     * 28) */
    int given_title = i > 0 && i + 1 < n && w[i].kind == SCM_W_WORD && w[i].cap && w[i].lower &&
                      (scm_word_is(t, &w[i - 1], "Mr.") || scm_word_is(t, &w[i - 1], "Mr") ||
                       scm_word_is(t, &w[i - 1], "Mrs.") || scm_word_is(t, &w[i - 1], "Mrs") ||
                       scm_word_is(t, &w[i - 1], "Ms.") || scm_word_is(t, &w[i - 1], "Ms")) &&
                      lex_has_word(c, &c->title, &w[i]) && name_word(c, &w[i + 1]);
    /* … and "Maj. Gen. (res.) Amir Ben-Dor", "General Amir Hatami": after
     * a rank or another office, a ruler's word that is also a common
     * given name opens the name (session 29) */
    if (!given_title && i > 0 && i + 1 < n && w[i].kind == SCM_W_WORD &&
        (scm_word_is(t, &w[i], "Amir") || scm_word_is(t, &w[i], "Sultan")) &&
        (lex_has_word(c, &c->title, &w[i - 1]) || scm_word_punct(&w[i - 1], ')')) &&
        name_word(c, &w[i + 1]))
        given_title = 1;
    if (!(name_word(c, &w[i]) || caps_family_at(c, w, i, i, n) || given_title)) {
        /* a family name by itself after a title, with its particle:
         * "Minister van Ommeren", "Mr. da Cruz Pereira", "Vice Admiral
         * de León" */
        if (!(i > 0 && i + 1 < n && is_lower_particle(t, &w[i]) &&
              (lex_has_word(c, &c->title, &w[i - 1]) ||
               in_set(c, &w[i - 1], WS_HONORIFIC)) &&
              (name_word(c, &w[i + 1]) ||
               (i + 2 < n && is_lower_particle(t, &w[i + 1]) &&
                name_word(c, &w[i + 2])))))
            return 0;
        particle_first = 1;
    }
    ni->first = i;
    /* "Kim, Kwan Jin": one word, a comma, one to three given names, and
     * nothing capitalised after them */
    if (!is_initial(t, &w[i]) && !scm_possessive_len(t, &w[i]) &&
        i + 2 < n && scm_word_punct(&w[i + 1], ',') &&
        name_word(c, &w[i + 2]) && !is_initial(t, &w[i + 2])) {
        int k = 0;
        j = i + 2;
        while (j < n && k < 3 && name_word(c, &w[j]) && !is_initial(t, &w[j]))
            j++, k++;
        if (j >= n || !(w[j].kind == SCM_W_WORD && w[j].cap)) {
            ni->comma = 1;
            ni->stop = j;
            ni->family = i;
            ni->count = k + 1;
            ni->trim = scm_possessive_len(t, &w[j - 1]);
            return 1;
        }
    }
    j = i;
    while (j < n && j - i < 8) { /* "María del Pilar de la Puente Huamán" */
        if (name_word(c, &w[j]) || caps_family_at(c, w, i, j, n) || (j == i && given_title)) {
            j++;
            if (scm_possessive_len(t, &w[j - 1])) break;
        } else if (j > i && j + 3 < n && scm_word_punct(&w[j], '"') &&
                   w[j + 1].kind == SCM_W_WORD && w[j + 1].cap &&
                   nickname_end(c, w, j, n) > 0) {
            /* a nickname in quotes: "Alfredo “Freddie” M. Villarosa Jr.",
             * "Ramon "Monching" D. Alcaraz", "Januário “Lere Mau” Soares"
             * (up to three words; session 26) */
            j = nickname_end(c, w, j, n);
            quoted += 2;
        } else if (j > i && j + 3 < n && scm_word_punct(&w[j], '(') && name_word(c, &w[j + 1]) &&
                   !lex_has_word(c, &c->party, &w[j + 1]) && scm_word_punct(&w[j + 2], ')') &&
                   w[j + 3].start == w[j + 2].stop + 1 && name_word(c, &w[j + 3])) {
            /* a short given name in brackets: "Yashwant (Yash) Ramful"
             * (session 29) */
            j += 3;
            quoted += 2;
        } else if ((j > i || particle_first) && j + 1 < n &&
                   in_set(c, &w[j], WS_NAME_PARTICLE) &&
                   (name_word(c, &w[j + 1]) ||
                    (j + 2 < n && in_set(c, &w[j + 1], WS_NAME_PARTICLE) &&
                     name_word(c, &w[j + 2])))) {
            /* "Khalid bin Saeed Al-Mansouri", "Ana de Souza", "Maarten
             * van der Heijden" */
            j++;
        } else if (j > i && j + 1 < n && elided_particle(t, &w[j]) &&
                   name_word(c, &w[j + 1])) {
            /* "Jeanne d'Arc Uwamahoro", "Valéry d'Estaing Martin": an
             * elided "de" joined to a name (session 18) */
            j++;
        } else if (j > i && j + 2 < n && father_particle(t, &w[j]) &&
                   in_set(c, &w[j + 1], WS_HONORIFIC) &&
                   (name_word(c, &w[j + 2]) ||
                    /* (or two: "Mohammad Nazrin bin Pengiran Haji Abdul
                     * Rahim"; session 28) */
                    (j + 3 < n && in_set(c, &w[j + 2], WS_HONORIFIC) &&
                     name_word(c, &w[j + 3])))) {
            /* the father's honorific: "Khairul Anwar bin Haji Osman" */
            j += name_word(c, &w[j + 2]) ? 2 : 3;
        } else if (j > i && j + 2 < n && father_particle(t, &w[j]) &&
                   w[j + 1].kind == SCM_W_WORD && w[j + 1].cap &&
                   w[j + 1].lower && lex_has_word(c, &c->title, &w[j + 1]) &&
                   name_word(c, &w[j + 2])) {
            /* a father's name that is also a title: "Tariq bin Sultan Al
             * Mahrouqi" */
            j += 2;
        } else if (j > i && j + 3 < n && scm_word_is(t, &w[j], "ibni") &&
                   royal_father(c, w, j + 1, n) > j + 1) {
            /* a royal father's styles: "Rizaluddin ibni Al-Marhum Sultan
             * Haji Kamaluddin" (session 13) */
            j = royal_father(c, w, j + 1, n);
        } else if (j > i && j + 3 < n && slash_patronymic(t, w, j, n) &&
                   name_word(c, &w[j + 3])) {
            j += 3; /* "Ganesan a/l Muthusamy" */
        } else if (j > i && j + 1 < n &&
                   (scm_word_is(t, &w[j], "Haji") || scm_word_is(t, &w[j], "Hajji") ||
                    /* "Hendra Adi Wicaksono", "Mohamed Sheikh Ali": a
                     * style that is also a given name, inside a name
                     * (session 16) */
                    in_set(c, &w[j], WS_GIVEN_HONORIFIC)) &&
                   name_word(c, &w[j + 1])) {
            j++; /* "Suleiman Haji Mussa": a name, not the style, inside */
        } else if (j > i && j + 1 < n && scm_word_is(t, &w[j], "an") &&
                   irish_eclipsed(t, &w[j + 1])) {
            /* the Irish "Máire Mhac an tSaoi": "an" and a name whose
             * first letter the article eclipses (session 30) */
            j += 2;
        } else if (j >= i + 2 && j + 1 < n && w[j].kind == SCM_W_WORD && w[j].cap &&
                   w[j].lower && !in_set(c, &w[j - 1], WS_NAME_PARTICLE) &&
                   lex_has_word(c, &c->party, &w[j]) &&
                   (scm_word_punct(&w[j + 1], ',') || scm_word_punct(&w[j + 1], '(') ||
                    (w[j + 1].kind == SCM_W_WORD && !w[j + 1].cap))) {
            /* "Gerardo Zúñiga Montenegro, Chief Negotiator": a state's
             * one-word name after two name words that punctuation or a
             * small word closes is a second surname (session 30) */
            j++;
            break;
        } else
            break;
    }
    while (j > i && is_initial(t, &w[j - 1])) j--;
    if (j == i) return 0;
    /* "the Hashemite Kingdom of Jordan", "the Federal Republic": a
     * state's style, no name (session 13) */
    {
        size_t q = i;
        while (q < j && in_set(c, &w[q], WS_STATE_FORM)) q++;
        if (q == j) return 0;
    }
    /* the name of a place: "Lake Titicaca", "Queen Elizabeth Hospital" */
    if (j - i >= 2 && place_opener(t, &w[i])) return 0;
    if (j < n && w[j].cap && in_set(c, &w[j], WS_PLACE_NOUN)) return 0;
    {
        /* "Emil Tilek uulu": a patronymic particle closing the name makes
         * the father's name a family name with it */
        if (j > i && j < n && in_set(c, &w[j], WS_PATRONYMIC)) {
            /* ... unless a family name follows it: "Jasur Alisher o‘g‘li
             * Normatov" (the Uzbek passport order) is a Normatov */
            if (j + 1 < n && name_word(c, &w[j + 1]) &&
                !in_set(c, &w[j + 1], WS_HONORIFIC)) {
                ni->stop = j + 2;
                ni->count = (int)(j + 2 - i);
                ni->trim = scm_possessive_len(t, &w[j + 1]);
                ni->family = j + 1;
                return 1;
            }
            ni->stop = j + 1;
            ni->count = (int)(j + 1 - i);
            ni->trim = scm_possessive_len(t, &w[j]);
            ni->family = j;
            ni->family_from = j - 1;
            ni->has_from = 1;
            return 1;
        }
    }
    ni->stop = j;
    ni->count = (int)(j - i) - quoted;
    /* suffix: "Jr.", ", Jr." */
    if (!scm_possessive_len(t, &w[j - 1])) {
        if (j < n && in_set(c, &w[j], WS_NAME_SUFFIX))
            ni->stop = j + 1;
        /* "Prince Aurèle I, Sovereign Prince of Monaco": a monarch's
         * regnal "I", "V" or "X" (an initial's letters elsewhere) after a
         * royal title and before a comma (session 41) */
        else if (j + 1 < n && i > 0 && regnal_letter(t, &w[j]) && scm_word_punct(&w[j + 1], ',') &&
                 scm_word_in(t, &w[i - 1], (const char *const[]){"Prince", "Princess", "King",
                                                                  "Queen", "Sultan", "Emir",
                                                                  "Emperor", "Duke", NULL}))
            ni->stop = j + 1;
        else if (j + 1 < n && scm_word_punct(&w[j], ',') &&
                 in_set(c, &w[j + 1], WS_NAME_SUFFIX) &&
                 (t[w[j + 1].start] == 'J' || t[w[j + 1].start] == 'S'))
            ni->stop = j + 2;
    }
    ni->trim = scm_possessive_len(t, &w[ni->stop - 1]);
    ni->family = j - 1;
    /* "King Ghazi II ibn Al Hussein": a monarch's lineage after the
     * regnal number belongs to the name, and the monarch is called by the
     * name before the number (session 26) */
    if (ni->stop == j + 1 && !ni->trim && j > i && is_regnal(t, &w[j]) && j + 2 < n &&
        (scm_word_is(t, &w[j + 1], "ibn") || scm_word_is(t, &w[j + 1], "bin") ||
         scm_word_is(t, &w[j + 1], "bint"))) {
        size_t e = j + 2;
        while (e < n && e < j + 6 && w[e].kind == SCM_W_WORD && w[e].cap) e++;
        if (e > j + 2) {
            ni->stop = e;
            ni->trim = scm_possessive_len(t, &w[e - 1]);
            ni->family_from = j - 1;
            ni->has_from = 1;
        }
    }
    return 1;
}

/* Decide the family name word once the party is known. */
/* Words [first, last] (three or four) are a Spanish-speaking officer's
 * name with two surnames: plain capitalised words, the given names
 * listed as Spanish (two of four; one of three, the second no given
 * name), in a text that has named someone of a party with two surnames. */
static int officer_surnames(const people_ctx *c, const scm_word *w,
                            size_t first, size_t last) {
    const char *t = c->t;
    size_t k, given = last - first - 1; /* 2 of 4 words, 1 of 3 */
    if (!c->paternal_named) return 0;
    for (k = first; k <= last; k++)
        if (!(w[k].kind == SCM_W_WORD && w[k].cap && !is_initial(t, &w[k]) &&
              !in_set(c, &w[k], WS_NAME_PARTICLE) &&
              !in_set(c, &w[k], WS_FAMILY_PARTICLE) &&
              !in_set(c, &w[k], WS_NAME_SUFFIX)))
            return 0;
    for (k = first; k <= first + 1; k++) {
        const char *cls = scm_lexicon_class(c->lex, SCM_LEX_GIVEN_NAME,
                                            t + w[k].start, w[k].stop - w[k].start);
        int spanish = cls && strcmp(cls, "spanish") == 0;
        if (k < first + given ? !spanish : cls != NULL) return 0;
    }
    return 1;
}

static void decide_family(const people_ctx *c, const scm_word *w,
                          name_info *ni, const char *party) {
    const char *t = c->t;
    size_t last = ni->first;
    size_t k;
    int first_ff, last_ff, ff, arabic_name = 0;
    if (ni->comma || ni->has_from) return; /* "Tilek uulu": read already */
    for (k = ni->first; k < ni->stop; k++)
        if (w[k].kind == SCM_W_WORD && /* not the comma of ", Jr." */
            !is_initial(t, &w[k]) && !in_set(c, &w[k], WS_NAME_SUFFIX) &&
            /* "Hollingsworth III’s Meeting": a suffix with a possessive */
            !(k + 1 == ni->stop && k > ni->first && ni->trim &&
              scm_bytes_in(t + w[k].start, w[k].stop - w[k].start - ni->trim,
                           scm_name_suffixes)))
            last = k;
    /* (not a monarch's regnal "I" read as a word: "Prince Aurèle I") */
    if (last > ni->first && regnal_letter(t, &w[last])) last--;
    ni->family = last;
    if (ni->count < 2 || last == ni->first) return;
    /* "Núria Ferrer i Vilaseca" of Catalonia: two surnames joined by the
     * Catalan "i" (or the Spanish "y") are one family name where no
     * Spanish naming reads the first surname (Andorra's and Spain's
     * golds take it: "Marc Rossell i Pujol" is Rossell; Catalonia's, five
     * of five, the two; session 41) */
    if (last >= ni->first + 3 && !w[last - 1].cap &&
        !(party && scm_bytes_in(party, strlen(party), scm_paternal_surname_parties)) &&
        (scm_word_is(t, &w[last - 1], "i") || scm_word_is(t, &w[last - 1], "y")) &&
        w[last - 2].kind == SCM_W_WORD && w[last - 2].cap) {
        ni->family_from = last - 2;
        ni->has_from = 1;
        return;
    }
    /* "Pimolrat Kunjara na Ayudhya": a Thai surname of royal descent
     * joins the word before "na" to the place after it; the Irish "Máire
     * Mhac an tSaoi" the word before "an" to the name after it (session
     * 30) */
    if (last >= ni->first + 3 &&
        (scm_word_is(t, &w[last - 1], "na") ||
         (scm_word_is(t, &w[last - 1], "an") && irish_eclipsed(t, &w[last])))) {
        ni->family_from = last - 2;
        ni->has_from = 1;
        return;
    }
    /* a family name in capitals: "HAYASHI Kenji", "Kenji HAYASHI" */
    for (k = ni->first; k < ni->stop; k++)
        if (caps_name_word(t, &w[k]) &&
            !in_set(c, &w[k], WS_NAME_SUFFIX)) { /* not "II" */
            ni->family = k;
            /* "OBAME NGUEMA": two words in capitals, one family name */
            if (k + 1 < ni->stop && caps_name_word(t, &w[k + 1]) &&
                !in_set(c, &w[k + 1], WS_NAME_SUFFIX)) {
                ni->family = k + 1;
                ni->family_from = k;
                ni->has_from = 1;
            }
            return;
        }
    /* no family name: the Burmese name is the whole name ("Kyaw Zin
     * Htet"); a Malay one is the given name before "bin"/"binti"
     * ("Mohd Hafiz bin Ismail") unless an Arabic family name follows
     * ("... bin Saad Al Saud"); an Ethiopian one the given name, first */
    {
        int burmese = ni->count >= 2 && ni->count <= 4;
        for (k = ni->first; k < ni->stop && burmese; k++)
            if (!scm_word_in(t, &w[k], scm_burmese_name_words)) burmese = 0;
        /* … or a Bhutanese name after a Bhutanese style, whatever the
         * party ("Dasho Pema Choden, Secretary of the Ministry …";
         * session 19) */
        int bhutanese = ni->first > 0 &&
                        (scm_word_is(t, &w[ni->first - 1], "Dasho") ||
                         scm_word_is(t, &w[ni->first - 1], "Lyonpo") ||
                         scm_word_is(t, &w[ni->first - 1], "Lyonchhen"));
        if (!burmese && ni->count >= 3 &&
            (bhutanese || (party && strcmp(party, "Bhutan") == 0))) {
            /* a Bhutanese name of three words or more is known by its
             * last ("Jigme Tenzin Lhendup"), as the gold files read it
             * (six of seven; session 36) */
            ni->family = last;
            ni->has_from = 0;
            return;
        }
        if (burmese || bhutanese ||
            (party && scm_bytes_in(party, strlen(party), scm_whole_name_parties))) {
            ni->family = last;
            ni->family_from = ni->first;
            ni->has_from = 1;
            return;
        }
    }
    for (k = ni->first + 1; k < last; k++)
        if (slash_patronymic(t, w, k, ni->stop)) {
            /* "Ganesan a/l Muthusamy": no family name, the given name
             * is the one a re-mention uses ("Minister Ganesan") */
            ni->family = k - 1;
            ni->family_from = ni->first;
            ni->has_from = k - 1 > ni->first;
            return;
        } else if (scm_word_is(t, &w[k], "bin") || scm_word_is(t, &w[k], "binti") ||
            scm_word_is(t, &w[k], "bint") || scm_word_is(t, &w[k], "ibni")) {
            size_t q;
            int arabic = 0;
            for (q = k + 1; q <= last; q++)
                if ((in_set(c, &w[q], WS_INNER_FAMILY_PARTICLE) ||
                     (w[q].stop - w[q].start > 3 &&
                      (memcmp(t + w[q].start, "Al-", 3) == 0 ||
                       memcmp(t + w[q].start, "El-", 3) == 0 ||
                       /* (the article in small letters: "Hilal bin Saif
                        * al-Maskari", Oman's usage; session 40) */
                       (q == last && (memcmp(t + w[q].start, "al-", 3) == 0 ||
                                      memcmp(t + w[q].start, "el-", 3) == 0)))) ||
                     /* (or the article written in one word, "Albusaidi",
                      * the last of the name; session 31) */
                     (q == last && w[q].stop - w[q].start >= 6 &&
                      memcmp(t + w[q].start, "Al", 2) == 0 &&
                      scm_ascii_is_lower((unsigned char)t[w[q].start + 2]) &&
                      scm_ascii_is_lower((unsigned char)t[w[q].start + 3]) &&
                      !scm_word_is(t, &w[q], "Alexander") && !scm_word_is(t, &w[q], "Alias"))) &&
                    /* "ibni Al-Marhum": "the late", no family name */
                    !scm_word_is(t, &w[q], "Al-Marhum"))
                    arabic = 1;
            if (!arabic) {
                ni->family = k - 1;
                ni->family_from = ni->first;
                ni->has_from = k - 1 > ni->first;
                return;
            }
            break;
        }
    /* "Kovácsné Szalai Ildikó" of Hungary: a married name ("-né", wife
     * of) opens a name in Hungarian order, the family name running to the
     * word before the given name (session 25; of Hungary only, so not
     * Benin's "Fortuné Hounkpè Agbodjan") */
    {
        const char *fw = t + w[ni->first].start;
        size_t fl = w[ni->first].stop - w[ni->first].start;
        if (party && strcmp(party, "Hungary") == 0 && last > ni->first && fl >= 7 &&
            memcmp(fw + fl - 3, "n\xC3\xA9", 3) == 0) {
            ni->family = last - 1;
            ni->family_from = ni->first;
            ni->has_from = last - 1 > ni->first;
            return;
        }
    }
    /* (an Ethiopian or Eritrean name of two words, given name and
     * father's name, is known by the father's: "Dr Tsion Gobeze", later
     * "Dr Gobeze", as thirteen of fifteen golds read it; session 40) */
    if (party && scm_bytes_in(party, strlen(party), scm_given_family_parties) &&
        !(last == ni->first + 1 && (strcmp(party, "Ethiopia") == 0 || strcmp(party, "Eritrea") == 0))) {
        ni->family = ni->first;
        return;
    }
    first_ff = family_first_name(c, t + w[ni->first].start,
                                 w[ni->first].stop - w[ni->first].start);
    last_ff = family_first_name(c, t + w[last].start,
                                w[last].stop - w[last].start - ni->trim);
    /* a family-first party reads family-first unless only the last word is
     * a known family name ("Fumio Kishida"); no party: only when the first
     * word is a known family name and the last is not */
    /* "Álvaro Castillo Medina" of Spain: the first surname; particles
     * before a surname stay with it ("Ruiz de Alarcón Ferrer": Ruiz de
     * Alarcón, read from the first surname to the word before the last) */
    if (party && scm_bytes_in(party, strlen(party), scm_bloc_parties))
        party = NULL; /* an organisation's officer: no naming tradition */
    /* (the document's Spanish naming is for names of no known order: not
     * "Mr. Ong Kah Seng" of a Singapore–Chile readout; session 18) */
    /* (not "Sheikh Khalifa bin Abdulaziz Al Thani" of a Qatar–Paraguay
     * text: a name with "bin" or "ibn" is Arabic; session 21) */
    for (k = ni->first + 1; k < last && !arabic_name; k++)
        arabic_name = father_particle(t, &w[k]);
    /* "Minister for Foreign Affairs Dr Raymond Teo Beng Huat", no party
     * written: a first word of four letters or more, a listed East-Asian
     * family name and two short syllables are a Western given name
     * before a Chinese name in its own order, as of Singapore (below),
     * whatever the naming of the document's other party (session 28) */
    if (!party && ni->count == 4 && !first_ff && last == ni->first + 3 &&
        !is_initial(t, &w[ni->first + 1]) &&
        family_first_name(c, t + w[ni->first + 1].start,
                          w[ni->first + 1].stop - w[ni->first + 1].start) &&
        w[last - 1].stop - w[last - 1].start <= 5 &&
        w[last].stop - w[last].start - ni->trim <= 5 &&
        w[ni->first].stop - w[ni->first].start >= 4) {
        ni->family = ni->first + 1;
        return;
    }
    if (!party && c->naming_party && !first_ff && !arabic_name)
        party = c->naming_party;
    /* (not "Nguyen Thi Hong Nhung" of a Vietnamese–Spanish text: a name
     * that opens with a listed East-Asian family name keeps its own
     * order; session 18) */
    if (!party && c->paternal_party && ni->count >= 4 && !first_ff &&
        !arabic_name)
        party = c->paternal_party;
    /* … and of three words whose first is a listed Spanish given name and
     * whose second is none ("Rodrigo Alcántara Ruiz", the spokesperson of
     * a Mexico–South Africa statement; session 19) */
    if (!party && c->paternal_party && ni->count == 3 && last == ni->first + 2 &&
        !is_initial(t, &w[ni->first + 1]) && !ni->comma) {
        const char *c1 = scm_lexicon_class(c->lex, SCM_LEX_GIVEN_NAME, t + w[ni->first].start,
                                           w[ni->first].stop - w[ni->first].start);
        const char *c2 = scm_lexicon_class(c->lex, SCM_LEX_GIVEN_NAME,
                                           t + w[ni->first + 1].start,
                                           w[ni->first + 1].stop - w[ni->first + 1].start);
        if (c1 && strcmp(c1, "spanish") == 0 && !c2) party = c->paternal_party;
    }
    /* "Andrés Felipe Restrepo Villegas", an organisation's officer: two
     * Spanish given names and two words after them are the two surnames,
     * the first the family name, in a text that has named someone of a
     * party that names people so (not "Isabel Maria Cardoso Pimentel" of
     * a Brazil–Portugal text; session 19); also of three words, one
     * Spanish given name then two surnames ("Tomás Echeverri Lozano", a
     * UN officer in a text that names a Costa Rican minister; session 21) */
    if (!party && !ni->comma && (last == ni->first + 3 || last == ni->first + 2) &&
        officer_surnames(c, w, ni->first, last)) {
        ni->family = last - 1;
        return;
    }
    if (party && scm_bytes_in(party, strlen(party),
                              scm_paternal_surname_parties)) {
        size_t named = 0, second = ni->first;
        /* "Katrina Joy B. Sandoval-Lim": a middle initial before the last
         * word leaves one surname (the Philippine and American order;
         * session 18) */
        if (last > ni->first && is_initial(t, &w[last - 1])) {
            ni->family = last;
            return;
        }
        for (k = ni->first; k < ni->stop; k++)
            if (!is_initial(t, &w[k]) &&
                !in_set(c, &w[k], WS_NAME_SUFFIX) &&
                !in_set(c, &w[k], WS_NAME_PARTICLE) && ++named == 2)
                second = k;
        /* "Luis Alberto Del Solar Ugarte": a capitalised particle opens
         * the first surname after two given names */
        for (k = ni->first + 1; k + 1 < last; k++)
            if (w[k].cap &&
                in_set(c, &w[k], WS_FAMILY_PARTICLE) &&
                !in_set(c, &w[k], WS_NAME_PARTICLE)) {
                if (k > second) {
                    ni->family = last - 1;
                    ni->family_from = k;
                    ni->has_from = 1;
                    return;
                }
                break;
            }
        /* "Javier Ignacio Etcheverry": a given name second leaves one
         * surname */
        if (named == 3) {
            const char *cls = scm_lexicon_class(c->lex, SCM_LEX_GIVEN_NAME,
                                                t + w[second].start,
                                                w[second].stop - w[second].start);
            if (cls && strcmp(cls, "spanish") == 0 && second + 1 == last) {
                ni->family = last;
                return;
            }
        }
        if (named >= 3) {
            size_t end = last;
            /* the family name runs from the first surname to the word
             * before the mother's surname */
            size_t from;
            ni->family = end - 1;
            while (ni->family > second &&
                   in_set(c, &w[ni->family], WS_NAME_PARTICLE))
                ni->family--;
            /* back over lower-case particles to the first surname ("Ruiz
             * de Alarcón"); two given names before it stay given ("Ana
             * María Gaitán Londoño": Gaitán) */
            from = ni->family;
            for (;;) {
                size_t q = from;
                while (q > second && in_set(c, &w[q - 1], WS_NAME_PARTICLE) &&
                       !w[q - 1].cap)
                    q--;
                if (q == from || q <= second) break;
                from = q - 1; /* the surname before "de la" */
            }
            ni->family_from = from;
            ni->has_from = 1;
            return;
        }
    }
    /* "Daniel Tan Kok Wee" of Singapore: a Western given name before a
     * Chinese name in its own order, the family name second (session
     * 18; blind197's "Darren Lim Chee Keong") */
    if (party && ni->count == 4 && !first_ff &&
        scm_bytes_in(party, strlen(party), scm_mixed_order_parties)) {
        size_t second = ni->first + 1;
        if (second < last && w[second].kind == SCM_W_WORD &&
            !is_initial(t, &w[second]) &&
            family_first_name(c, t + w[second].start,
                              w[second].stop - w[second].start)) {
            ni->family = second;
            return;
        }
    }
    if (party)
        ff = (party_writes_family_first(c, party) && (first_ff || !last_ff)) ||
             /* "Tan Wee Liang" of Singapore: three words from a family
              * name, though "Liang" is one too (as with no party) */
             (scm_bytes_in(party, strlen(party), scm_mixed_order_parties) &&
              first_ff && ni->count >= 3);
    else /* "Nguyen Minh Vu": both ends are family names; three words in
          * East-Asian order read from the first */
        ff = first_ff && (!last_ff || ni->count >= 3);
    /* "Park Seo-jun", "Chiang Kai-shek": a given name in two syllables
     * joined by a hyphen and a lower-case letter (the Korean and the older
     * Chinese romanisation) after a listed family name reads family
     * first, whatever the party (session 13) */
    if (first_ff && !ff && ni->count == 2) {
        const char *lw = t + w[last].start;
        size_t ln = w[last].stop - w[last].start - ni->trim, q;
        for (q = 1; q + 1 < ln; q++)
            if (lw[q] == '-' && lw[q + 1] >= 'a' && lw[q + 1] <= 'z') {
                ff = 1;
                break;
            }
    }
    /* a known given name settles the order where the family names are
     * unknown: "Kenta Moriyama" of Japan, "Tachibana Yusuke" */
    if (!first_ff && !last_ff) {
        int first_given = scm_lexicon_has(c->lex, SCM_LEX_GIVEN_NAME,
                                          t + w[ni->first].start,
                                          w[ni->first].stop -
                                              w[ni->first].start);
        int last_given = scm_lexicon_has(c->lex, SCM_LEX_GIVEN_NAME,
                                         t + w[last].start,
                                         w[last].stop - w[last].start -
                                             ni->trim);
        if (first_given != last_given) ff = last_given;
    }
    /* a middle initial writes the name given name first: "Owen T.
     * Reinholt", whatever family name "Owen" may also be */
    for (k = ni->first + 1; ff && k < last; k++)
        if (is_initial(t, &w[k])) ff = 0;
    if (ff) ni->family = ni->first;
}

/* Copy of text with runs of white space made single spaces. */
static char *copy_squeezed(const char *s, size_t n) {
    char *p = malloc(n + 1), *q;
    size_t i;
    int sp = 0;
    if (!p) return NULL;
    q = p;
    for (i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
            sp = 1;
            continue;
        }
        if (sp && q > p) *q++ = ' ';
        sp = 0;
        *q++ = ch;
    }
    *q = '\0';
    return p;
}

static void cand_free(cand *k) {
    free(k->name);
    free(k->family);
    free(k->title);
}

/* The party of "the X delegation [was led|headed] by" or of "X [was
 * represented] by its" just before word `at`: 1 with *party set, 0, -1
 * memory. */
static long party_at(people_ctx *c, const scm_word *w, size_t i, size_t n,
                     const char **cls);

/* Words from j are a party in brackets, "(Austria)": its class, else NULL. */
static const char *bracketed_party(people_ctx *c, const scm_word *w, size_t j,
                                   size_t n) {
    const char *cls = NULL;
    long pk;
    if (j + 2 >= n || !scm_word_punct(&w[j], '(')) return NULL;
    pk = party_at(c, w, j + 1, n, &cls);
    if (pk <= 0 || !cls || j + 1 + (size_t)pk >= n ||
        !scm_word_punct(&w[j + 1 + (size_t)pk], ')'))
        return NULL;
    return cls;
}

/* A party in brackets at word e that words [from, e) do not name:
 * "… Gerhard Leitgeb (Austria)", not "… Lao People's Democratic Republic
 * (Lao PDR)". */
static int party_after_name(people_ctx *c, const scm_word *w, size_t from,
                            size_t e, size_t n) {
    const char *cls = bracketed_party(c, w, e, n), *c2;
    size_t q;
    if (!cls) return 0;
    for (q = from; q < e; q++) {
        long pk = party_at(c, w, q, e, &c2);
        if (pk > 0 && c2 && strcmp(c2, cls) == 0) return 0;
        if (pk > 0) q += (size_t)pk - 1;
    }
    return 1;
}

/* "India was represented by …, Sri Lanka by Rear Admiral …, the Maldives
 * by Ms. …": a party item of such a list just before "by" at word kb,
 * after a comma or "and" (or, the list's head, `subject`: "Australia"
 * opening the sentence before "was represented by").  1 with *party
 * set, 0, -1 memory. */
static long listed_party_by(people_ctx *c, const scm_word *w, size_t kb,
                            int subject, const char **party) {
    const char *t = c->t, *cls = NULL;
    size_t d;
    for (d = kb > 4 ? kb - 4 : 0; d < kb; d++) {
        long pk = party_at(c, w, d, kb, &cls);
        size_t b = d;
        if (pk < 0) return -1;
        if (pk <= 0 || d + (size_t)pk != kb) continue;
        /* "The Kingdom of Eswatini was represented by …; the Republic of
         * Mozambique by …": past the state's form (session 21) */
        for (size_t q = b >= 5 ? b - 5 : 0; q + 1 < b; q++)
            if (scm_state_form_skip(t, w, q, kb) == b) {
                b = q;
                break;
            }
        if (b > 0 && scm_word_ieq(t, &w[b - 1], "the")) b--;
        if ((b > 0 && (scm_word_punct(&w[b - 1], ',') ||
                       /* "…; Namibia by Hon. …" (session 18) */
                       scm_word_punct(&w[b - 1], ';') ||
                       scm_word_is(t, &w[b - 1], "and"))) ||
            (subject && (b == 0 || scm_word_punct(&w[b - 1], '.') ||
                         scm_word_punct(&w[b - 1], ';')))) {
            *party = cls ? cls : "";
            return 1;
        }
        return 0;
    }
    return 0;
}

/* "The delegation of Thailand was led by …; that of Viet Nam by …": a
 * party phrase ending at word k (before "[was led] by") after "delegation
 * of [the]" or "that of [the]".  1 with *party set, 0, -1 memory. */
static long delegation_of_party(people_ctx *c, const scm_word *w, size_t k,
                                const char **party) {
    const char *t = c->t, *cls = NULL;
    size_t d;
    /* "that of the Lao People’s Democratic Republic (Lao PDR) by" */
    if (k >= 4 && scm_word_punct(&w[k - 1], ')')) {
        size_t o = k - 1;
        while (o > 0 && k - o < 5 && !scm_word_punct(&w[o], '(')) o--;
        if (scm_word_punct(&w[o], '(')) k = o;
    }
    for (d = k > 6 ? k - 6 : 0; d < k; d++) {
        long pk = party_at(c, w, d, k, &cls);
        size_t b = d;
        if (pk < 0) return -1;
        if (pk <= 0 || d + (size_t)pk != k) continue;
        /* "The delegation of the Republic of Honduras": past the state's
         * form (session 20) */
        for (size_t q = b >= 5 ? b - 5 : 0; q + 1 < b; q++)
            if (scm_state_form_skip(t, w, q, k) == b &&
                (q == 0 || !scm_word_ieq(t, &w[q - 1], "of") ||
                 (q >= 2 && scm_word_is(t, &w[q - 2], "delegation")))) {
                b = q;
                break;
            }
        if (b > 0 && scm_word_ieq(t, &w[b - 1], "the")) b--;
        if (b >= 2 && scm_word_is(t, &w[b - 1], "of") &&
            (scm_word_is(t, &w[b - 2], "delegation") ||
             scm_word_is(t, &w[b - 2], "that"))) {
            *party = cls ? cls : "";
            return 1;
        }
        return 0;
    }
    return 0;
}

/* A party ending right before word e ("… for the United States by"):
 * *party set to it and *before to the word before it (past "the").  1,
 * 0 when none, -1 on memory (session 26). */
static long party_word_before(people_ctx *c, const scm_word *w, size_t e,
                              const char **party, size_t *before) {
    for (size_t d = e - 1; d + 5 >= e && d >= 1; d--) {
        const char *cls = NULL;
        long pk = party_at(c, w, d, e, &cls);
        size_t b = d - 1;
        if (pk < 0) return -1;
        if (pk <= 0 || d + (size_t)pk != e) continue;
        if (b > 0 && scm_word_is(c->t, &w[b], "the")) b--;
        *party = cls ? cls : "";
        *before = b;
        return 1;
    }
    return 0;
}

/* The longest party phrase ending right before word pe ("the South
 * Sudanese delegation", not "Sudanese"): 1 with *party set, 0, -1
 * memory. */
static long party_ending_at(people_ctx *c, const scm_word *w, size_t pe,
                            const char **party) {
    const char *cls = NULL;
    size_t d;
    for (d = pe > 4 ? pe - 4 : 0; d < pe; d++) {
        long pk = party_at(c, w, d, pe, &cls);
        if (pk < 0) return -1;
        if (pk > 0 && d + (size_t)pk == pe) {
            *party = cls ? cls : "";
            return 1;
        }
    }
    return 0;
}

/* "The U.S. delegation also included Ms. A, …, and Mr. B, …", "The FSM
 * members were the Honorable C, …, and the Honorable D, …": the party
 * of the delegation or members named before "included" (or "were") goes
 * to every person of the list after it, in the same sentence.  1 with
 * *party set, 0, -1 memory. */
static long included_party(people_ctx *c, const scm_word *w, size_t at,
                           const char **party) {
    const char *t = c->t;
    size_t k = at, q, pe;
    while (k > 0 && in_set(c, &w[k - 1], WS_HONORIFIC)) k--;
    if (k > 0 && scm_word_is(t, &w[k - 1], "the")) k--;
    for (q = k; q > 0 && k - q < 60; q--) {
        const scm_word *v = &w[q - 1];
        /* (another delegation named between: "…, and the Guatemalan
         * delegation the Vice Minister …") */
        if (scm_word_punct(v, '.') || scm_word_is(t, v, "delegation") ||
            scm_word_is(t, v, "team") || scm_word_is(t, v, "panel"))
            return 0;
        if (scm_word_is(t, v, "included") || scm_word_is(t, v, "includes") ||
            scm_word_is(t, v, "comprised") ||
            (scm_word_is(t, v, "were") && q >= 2 &&
             scm_word_is(t, &w[q - 2], "members")))
            break;
        /* only the list's own words lie between: the item before
         * ends in a comma or "and" */
        if (q == k && !scm_word_punct(v, ',') && !scm_word_is(t, v, "and") &&
            !scm_word_punct(v, ';'))
            return 0;
    }
    if (q == 0 || k - q >= 60) return 0;
    pe = q - 1;
    if (pe > 0 && scm_word_is(t, &w[pe - 1], "also")) pe--;
    if (pe == 0 || !(scm_word_is(t, &w[pe - 1], "delegation") ||
                     scm_word_is(t, &w[pe - 1], "members") ||
                     scm_word_is(t, &w[pe - 1], "team") ||
                     scm_word_is(t, &w[pe - 1], "panel")))
        return 0;
    pe--;
    return party_ending_at(c, w, pe, party);
}

static long title_at(people_ctx *c, const scm_word *w, size_t i, size_t n,
                     const char **role);
static int is_rank(const char *role);

static long delegation_party(people_ctx *c, const scm_word *w, size_t at,
                             const char **party) {
    const char *t = c->t, *cls = NULL;
    size_t k = at, d, pe;
    /* "... led by H.E. General Sok Vannara", "... by the Hon. ...";
     * (session 21) "… by Senator the Honourable Thokozile …" */
    for (;;) {
        while (k > 0 && in_set(c, &w[k - 1], WS_HONORIFIC)) k--;
        if (k >= 2 && scm_word_is(t, &w[k - 1], "the") &&
            (in_set(c, &w[k - 2], WS_HONORIFIC) ||
             scm_word_is(t, &w[k - 2], "Senator"))) {
            k -= 2;
            continue;
        }
        /* "… the State of Kuwait by His Excellency Sheikh …" (session
         * 29) */
        if (k >= 1 && in_set(c, &w[k], WS_HONORIFIC) &&
            (scm_word_is(t, &w[k - 1], "His") || scm_word_is(t, &w[k - 1], "Her"))) {
            k--;
            continue;
        }
        break;
    }
    /* "co-chaired, for the Algerian Party, by H.E. Mr. A": the party
     * of the side named before "by" (session 41) */
    if (k >= 5 && scm_word_is(t, &w[k - 1], "by")) {
        size_t q = k - 1;
        if (scm_word_punct(&w[q - 1], ',')) q--;
        if (q >= 3 && (scm_word_ieq(t, &w[q - 1], "party") || scm_word_ieq(t, &w[q - 1], "side") ||
                       scm_word_ieq(t, &w[q - 1], "delegation")) &&
            scm_word_is(t, &w[q - 3], "the")) {
            long r = party_ending_at(c, w, q - 1, party);
            if (r != 0) return r;
        }
    }
    /* "UK co-lead Ms Harriet Pembleton-Vaux", "Australian co-lead Mr
     * A": the party before the co-lead's word (session 31) */
    if (k >= 2 && (scm_word_ieq(t, &w[k - 1], "co-lead") || scm_word_ieq(t, &w[k - 1], "co-chair"))) {
        long r = party_ending_at(c, w, k - 1, party);
        if (r != 0) return r;
    }
    /* (and a label: "ROK Co-Chair: Rear Admiral Yook Seung-hwan") */
    /* "ROK Navy Commander Geum Hye-rin", "U.S. Air Force Colonel A": the
     * party of the armed service before the rank */
    if (k >= 2 && (scm_word_is(t, &w[k - 1], "Navy") || scm_word_is(t, &w[k - 1], "Army") ||
                   (k >= 3 && scm_word_is(t, &w[k - 1], "Force") && scm_word_is(t, &w[k - 2], "Air")))) {
        size_t ps = scm_word_is(t, &w[k - 1], "Force") ? k - 2 : k - 1;
        long r = party_ending_at(c, w, ps, party);
        if (r != 0) return r;
    }
    if (k >= 3 && scm_word_punct(&w[k - 1], ':') &&
        (scm_word_ieq(t, &w[k - 2], "co-lead") || scm_word_ieq(t, &w[k - 2], "co-chair"))) {
        long r = party_ending_at(c, w, k - 2, party);
        if (r != 0) return r;
    }
    /* "… the Lao delegation by Police General Khamphoui Sisavath,
     * Minister of …": a rank before the name (session 17) */
    for (d = 3; d >= 1; d--) {
        const char *rr;
        long rk;
        if (k < d + 1 || !scm_word_is(t, &w[k - d - 1], "by")) continue;
        rk = title_at(c, w, k - d, c->words.len, &rr);
        if (rk < 0) return -1;
        /* (or an office's short form: "… panel was led by ASec. Teodoro
         * …"; session 25) */
        if (rk == (long)d && (is_rank(rr) || t[w[k - 1].stop - 1] == '.')) {
            k -= d;
            break;
        }
    }
    /* "Samoa was represented by its Deputy Prime Minister, …", "…,
     * French Polynesia by its President, …": the party before "by its" */
    if (k >= 3 && scm_word_is(t, &w[k - 1], "its") &&
        scm_word_is(t, &w[k - 2], "by")) {
        k -= 2;
        if (k > 0 && (scm_word_is(t, &w[k - 1], "represented") ||
                      /* (also "The Bruneian delegation was led by its Chief
                       * Negotiator, Ms. A"; session 31) */
                      scm_word_is(t, &w[k - 1], "led") || scm_word_is(t, &w[k - 1], "headed")))
            k--;
        if (k > 0 && (scm_word_is(t, &w[k - 1], "was") ||
                      scm_word_is(t, &w[k - 1], "is")))
            k--;
        pe = k;
        /* "The Lithuanian regulator was represented by its Chair, …":
         * the party before the body's noun (session 24) */
        if (pe >= 2 && w[pe - 1].kind == SCM_W_WORD && !w[pe - 1].cap &&
            scm_word_is(t, &w[pe], "was")) {
            long r = party_ending_at(c, w, pe - 1, party);
            if (r != 0) return r;
        }
        /* (and "…, and the Chilean delegation by its Chief Negotiator,
         * Ms. B": the party before the delegation's noun; session 31) */
        if (pe >= 2 && scm_word_is(t, &w[pe - 1], "delegation")) {
            long r = party_ending_at(c, w, pe - 1, party);
            if (r != 0) return r;
        }
    } else {
    /* "... led by the Hon. …", "... led by the State Secretary at the
     * Ministry of Energy, Signe Tvedt Aasland" */
    if (k > 0 && scm_word_is(t, &w[k - 1], "the")) k--;
    /* "Representing Australia was Commodore Siobhan E. Trewartha …;
     * representing the United Kingdom, Air Commodore …": the party after
     * "representing", before "was" or a comma and the rank (session 25) */
    {
        size_t kk = k;
        for (d = 3; d >= 1; d--) {
            const char *rr;
            long rk;
            if (kk < d + 3) continue;
            rk = title_at(c, w, kk - d, c->words.len, &rr);
            if (rk < 0) return -1;
            if (rk == (long)d && is_rank(rr)) {
                kk -= d;
                break;
            }
        }
        while (kk > 0 && in_set(c, &w[kk - 1], WS_HONORIFIC)) kk--;
        /* "Australia’s Ms Leilani M. Tregenza, Director-General …; the
         * United Kingdom’s Dr …": a party in the possessive right before
         * the style or rank (session 26) */
        if (kk >= 1 && scm_possessive_len(t, &w[kk - 1])) {
            long r = party_ending_at(c, w, kk, party);
            if (r != 0) return r;
        }
        /* (the plural's "the United States’ Admiral …") */
        if (kk >= 2 && scm_word_punct(&w[kk - 1], '\'') &&
            t[w[kk - 2].stop - 1] == 's' && w[kk - 2].stop == w[kk - 1].start) {
            long r = party_ending_at(c, w, kk - 1, party);
            if (r != 0) return r;
        }
        /* "senior officials of Australia (Ms. Harriet O. Pemberton-Lowe,
         * First Assistant Secretary, …), India (Mr. …)": the party right
         * before the bracket */
        if (kk >= 2 && scm_word_punct(&w[kk - 1], '(')) {
            long r = party_ending_at(c, w, kk - 1, party);
            if (r != 0) return r;
        }
        /* "co-chaired for the ROK by Deputy Minister … Bok Ji-hwan …
         * and for the United States by Assistant Secretary …": the party
         * between "for" and "by" (session 26) */
        {
            size_t b = k, f;
            const char *p2 = NULL;
            long r;
            while (b > 0 && b + 6 > k && !scm_word_is(t, &w[b - 1], "by")) b--;
            if (b >= 3 && scm_word_is(t, &w[b - 1], "by")) {
                if ((r = party_word_before(c, w, b - 1, &p2, &f)) < 0) return -1;
                if (r > 0 && scm_word_is(t, &w[f], "for")) {
                    *party = p2;
                    return 1;
                }
            }
        }
        /* "Co-chairing for Japan were Mr. A, Director-General …, and Ms.
         * B, …; co-chairing for the United States were …": the party
         * between "for" and "were" of the same part of the sentence
         * (session 27) */
        {
            size_t b = k, f;
            const char *p2 = NULL;
            long r;
            while (b > 0 && b + 40 > k && !scm_word_punct(&w[b - 1], ';') &&
                   !scm_word_is(t, &w[b - 1], "were"))
                b--;
            if (b >= 3 && scm_word_is(t, &w[b - 1], "were")) {
                if ((r = party_word_before(c, w, b - 1, &p2, &f)) < 0) return -1;
                if (r > 0 && scm_word_is(t, &w[f], "for")) {
                    *party = p2;
                    return 1;
                }
                /* (also "Participating as co-chairs from the Japanese
                 * side were A and B; … from the U.S. side were …";
                 * session 28) */
                if (b >= 5 && scm_word_is(t, &w[b - 2], "side")) {
                    if ((r = party_word_before(c, w, b - 2, &p2, &f)) < 0) return -1;
                    if (r > 0 && (scm_word_is(t, &w[f], "from") || scm_word_is(t, &w[f], "for"))) {
                        *party = p2;
                        return 1;
                    }
                }
            }
        }
        /* "The delegations were led as follows: Australia – Mr. …;
         * India – Dr. …; and the United States – Mr. …": a list item's
         * party before a dash after a colon, a semicolon or "and"; or
         * before a colon at a list item's start, "- Australia: Dr Tomasz
         * R. Wyndham-Eke, Head of …;" (session 26) */
        if (kk >= 3 && (scm_word_punct(&w[kk - 1], '-') || scm_word_punct(&w[kk - 1], ':'))) {
            int colon = scm_word_punct(&w[kk - 1], ':');
            const char *p2 = NULL;
            size_t b;
            long r = party_word_before(c, w, kk - 1, &p2, &b);
            if (r < 0) return -1;
            if (r > 0 && (colon ? scm_word_punct(&w[b], '-') && (w[b].start == 0 || t[w[b].start - 1] == '\n')
                                : (scm_word_punct(&w[b], ':') || scm_word_punct(&w[b], ';') ||
                                   scm_word_is(t, &w[b], "and")))) {
                *party = p2;
                return 1;
            }
        }
        if (kk >= 3 && (scm_word_is(t, &w[kk - 1], "was") || scm_word_punct(&w[kk - 1], ','))) {
            size_t pe2 = kk - 1;
            for (d = pe2 - 1; d >= 1 && pe2 - d <= 6; d--) {
                long pk;
                size_t r = d - 1;
                if (r > 0 && scm_word_is(t, &w[r], "the")) r--;
                if (!scm_word_ieq(t, &w[r], "representing")) continue;
                pk = party_at(c, w, d, pe2, &cls);
                if (pk < 0) return -1;
                if (pk > 0 && d + (size_t)pk == pe2) {
                    *party = cls ? cls : "";
                    return 1;
                }
            }
        }
    }
    /* "attended by: for Chile, Ms. Josefina Echenique Larraín, Minister
     * …; and for Peru, Mr. …": the party after "for" before the comma */
    if (k >= 3 && scm_word_punct(&w[k - 1], ',')) {
        for (d = k - 2; d >= 1 && k - 1 - d <= 4; d--) {
            long pk;
            size_t f = d - 1;
            /* (also "(d) for the United States, Ms. …" and "(c) for the
             * Kingdom of Thailand, Mr. …": past "the" and the state's
             * form; session 29) */
            if (f > 0 && scm_word_is(t, &w[f], "the") && scm_word_is(t, &w[f - 1], "for")) f--;
            if (!scm_word_is(t, &w[f], "for")) {
                size_t q;
                for (q = f >= 5 ? f - 5 : 0; q < f; q++)
                    if (scm_state_form_skip(t, w, q, k - 1) == d) break;
                if (q == f) continue;
                f = q > 0 && scm_word_is(t, &w[q - 1], "the") ? q - 1 : q;
                if (f == 0 || !scm_word_is(t, &w[f - 1], "for")) continue;
            }
            pk = party_at(c, w, d, k - 1, &cls);
            if (pk < 0) return -1;
            if (pk > 0 && d + (size_t)pk == k - 1) {
                *party = cls ? cls : "";
                return 1;
            }
        }
    }
    /* "the Peruvian co-chair, María del Pilar …" */
    if (k >= 3 && scm_word_punct(&w[k - 1], ',') &&
        (scm_word_ieq(t, &w[k - 2], "co-chair") ||
         scm_word_ieq(t, &w[k - 2], "co-chairman") ||
         scm_word_ieq(t, &w[k - 2], "co-chairperson")))
        k -= 1; /* read the party before "co-chair" as before "delegation" */
    else if (k >= 4 && scm_word_is(t, &w[k - 1], "and") && scm_word_punct(&w[k - 2], ',')) {
        /* "The Japanese delegation was led by Mr. A, Minister of …, and
         * Ms. B, Minister of …": the second head of the same delegation
         * (session 31) */
        size_t b = k - 2;
        while (b > 0 && b + 40 > k && !scm_word_is(t, &w[b], "by") &&
               !scm_word_punct(&w[b], ';') && !scm_word_punct(&w[b], '.'))
            b--;
        if (b >= 1 && b + 3 < k && scm_word_is(t, &w[b], "by") &&
            (scm_word_is(t, &w[b - 1], "led") || scm_word_is(t, &w[b - 1], "headed") ||
             scm_word_is(t, &w[b - 1], "co-led") || scm_word_is(t, &w[b - 1], "represented")))
            return delegation_party(c, w, b + 1, party);
        return 0;
    } else if (k >= 5 && scm_word_punct(&w[k - 1], ':')) {
        /* "Poland was represented by two Ministers: Ms A, …" (session
         * 31) */
        size_t b = k - 1;
        while (b > 0 && b + 5 > k && !scm_word_is(t, &w[b], "by")) b--;
        if (b >= 1 && scm_word_is(t, &w[b], "by") &&
            (scm_word_is(t, &w[b - 1], "represented") || scm_word_is(t, &w[b - 1], "led")))
            return delegation_party(c, w, b + 1, party);
        return 0;
    } else if (k < 3 || !scm_word_is(t, &w[k - 1], "by"))
        return 0;
    else {
    size_t kb = --k;
    int represented = 0;
    if (k > 0 && (scm_word_is(t, &w[k - 1], "led") ||
                  scm_word_is(t, &w[k - 1], "headed") ||
                  /* "The Philippine delegation was co-led by A (…) and
                   * B (…)" (session 24) */
                  scm_word_is(t, &w[k - 1], "co-led")))
        k--;
    else if (k > 0 && scm_word_is(t, &w[k - 1], "represented"))
        k--, represented = 1;
    if (k > 0 && scm_word_is(t, &w[k - 1], "was")) k--;
    /* "The Ghanaian delegation, led by Minister A, and …", "The Irish
     * delegation (led by Minister B)" (session 33) */
    else if (k > 1 && !represented &&
             (scm_word_punct(&w[k - 1], ',') || scm_word_punct(&w[k - 1], '(')) &&
             (scm_word_is(t, &w[k - 2], "delegation") || scm_word_is(t, &w[k - 2], "panel") ||
              scm_word_is(t, &w[k - 2], "team")))
        k--;
    /* (a "panel" or a "team" is a delegation too: "The Philippine panel
     * was led by ASec. …, and the U.S. panel by Mr. …"; session 25) */
    if (k == 0 || !(scm_word_is(t, &w[k - 1], "delegation") ||
                    scm_word_is(t, &w[k - 1], "panel") ||
                    scm_word_is(t, &w[k - 1], "team"))) {
        long of = delegation_of_party(c, w, k, party);
        if (of != 0) return of;
        /* "Australia was represented by Mr. …": the party names the
         * sentence's subject */
        if (represented && (of = listed_party_by(c, w, k, 1, party)) != 0)
            return of;
        return listed_party_by(c, w, kb, 0, party);
    }
    }
    pe = k - 1;
    }
    /* "the Republic of Korea (ROK) delegation": the party before its
     * short form */
    if (pe >= 4 && scm_word_punct(&w[pe - 1], ')') &&
        scm_word_punct(&w[pe - 3], '('))
        pe -= 3;
    if (pe == 0) return 0;
    /* the longest party phrase ending right before "delegation" ("the
     * South Sudanese delegation", not "Sudanese") */
    return party_ending_at(c, w, pe, party);
}

/* "the Marshal Francisco Solano López Military Academy", "the General
 * Aung San Memorial Lecture": a name that opens the name of a place, an
 * institution or a prize is no person at the meeting.  True when the
 * capitalised words right after the name (at most four) hold such a
 * head. */
static int named_after(const people_ctx *c, const scm_word *w, size_t j) {
    size_t k, caps = 0;
    for (k = j; k < c->words.len && caps < 6; k++) {
        /* "King Salman Humanitarian Aid and Relief Centre": glue words
         * inside the name */
        if (k > j && k + 1 < c->words.len && w[k + 1].cap &&
            (scm_word_is(c->t, &w[k], "and") || scm_word_is(c->t, &w[k], "for") ||
             scm_word_is(c->t, &w[k], "of")))
            continue;
        if (w[k].kind != SCM_W_WORD || !w[k].cap) return 0;
        if (in_set(c, &w[k], WS_NAMED_AFTER)) return 1;
        caps++;
    }
    return 0;
}

/* Record a candidate from a parsed name. */
static int add_cand(people_ctx *c, const scm_word *w, name_info *ni,
                    size_t mstart_word, size_t tstart, size_t tstop,
                    const char *role, const char *party) {
    const char *t = c->t;
    cand k;
    size_t last = ni->stop - 1;
    const char *order;
    memset(&k, 0, sizeof k);
    /* "Minister for the Ecological Transition and the | Demographic
     * Challenge": an office cut after a function word goes on in the
     * capitalised words that follow, no name (session 24) */
    if (tstop > tstart && tstop > 0 && ni->first == tstop &&
        w[tstop - 1].kind == SCM_W_WORD &&
        !w[tstop - 1].cap &&
        (scm_word_is(t, &w[tstop - 1], "the") || scm_word_is(t, &w[tstop - 1], "and") ||
         scm_word_is(t, &w[tstop - 1], "of") || scm_word_is(t, &w[tstop - 1], "for")))
        return 0;
    /* "Executive Secretary, Tri-Continental Bamboo Housing Partnership"
     * under a signature: words a body's name goes on after are no
     * person's name (session 37) */
    /* (also after a plural's possessive: "Chair, Cassava Ministers’
     * Forum"; and a "Group": "Chair, Debt Transparency Ministerial
     * Group"; session 41) */
    size_t after_name = ni->stop;
    if (after_name + 1 < c->words.len && scm_word_punct(&w[after_name], '\'') &&
        w[after_name].start == w[after_name - 1].stop && t[w[after_name - 1].stop - 1] == 's')
        after_name++;
    if (after_name < c->words.len && w[after_name].kind == SCM_W_WORD && w[after_name].cap) {
        static const char *const body_words[] = {
            "Partnership", "Housing", "Programme", "Program", "Initiative", "Alliance", "Network",
            "Council", "Committee", "Commission", "Secretariat", "Agency", "Authority", "Institute",
            "Centre", "Center", "Foundation", "Fund", "Bank", "Association", "Organization",
            "Organisation", "Coalition", "Forum", "Union", "Corporation", "Company", "Group", NULL};
        size_t e = after_name;
        while (e < c->words.len && e < after_name + 3 && w[e].kind == SCM_W_WORD && w[e].cap &&
               !scm_word_in(t, &w[e], body_words))
            e++;
        if (e < c->words.len && w[e].kind == SCM_W_WORD && scm_word_in(t, &w[e], body_words)) return 0;
    }
    /* "Chairperson, Komnas HAM" under a signature: a short form of two
     * words, one in capitals, that the text defined in brackets names a
     * body (session 42) */
    if (ni->stop - ni->first >= 2) {
        int caps = 0;
        for (size_t q = ni->first; q < ni->stop && !caps; q++)
            caps = w[q].kind == SCM_W_WORD && !w[q].lower && w[q].stop - w[q].start >= 2 &&
                   !is_initial(c->t, &w[q]) && !memchr(c->t + w[q].start, '.', w[q].stop - w[q].start);
        if (caps && defined_in_brackets(c, w[ni->first].start, w[ni->stop - 1].stop)) return 0;
    }
    /* "The two Chief Commissioners": the plural of an office after a
     * title is no one-word name (session 18) */
    if (ni->stop == ni->first + 1 && w[ni->first].stop - w[ni->first].start > 4 &&
        t[w[ni->first].stop - 1] == 's') {
        int found = 0;
        scm_phrase_lookup(&c->title, t + w[ni->first].start,
                          w[ni->first].stop - w[ni->first].start - 1, &found);
        if (found) return 0;
    }
    /* "a Major Non-NATO Ally": a word that negates or favours a short form
     * in capitals names a status, not a person (session 18) */
    for (size_t q = ni->first; q < ni->stop; q++) {
        static const char *const pre[] = {"Non-", "Anti-", "Pro-", "Post-",
                                          "Pre-", "Extra-", NULL};
        const char *ws = t + w[q].start;
        size_t wn = w[q].stop - w[q].start;
        for (size_t r = 0; pre[r]; r++) {
            size_t pn = strlen(pre[r]);
            if (wn >= pn + 2 && !memcmp(ws, pre[r], pn) &&
                scm_ascii_is_upper((unsigned char)ws[pn]) &&
                scm_ascii_is_upper((unsigned char)ws[pn + 1]))
                return 0;
        }
    }
    /* "the research vessel Dr. Fridtjof Nansen", "aboard the ship …": a
     * vessel named after a person is no one at the meeting (session 29) */
    {
        size_t b = tstop > tstart && tstart < mstart_word ? tstart : mstart_word;
        while (b > 0 && in_set(c, &w[b - 1], WS_HONORIFIC)) b--;
        if (b > 0 && scm_word_in(t, &w[b - 1], (const char *const[]){"vessel", "vessels", "ship",
                                                                     "RV", "R/V", "MV", "frigate",
                                                                     NULL}))
            return 0;
        /* "the Instituto Nacional de Saúde Doutor Ricardo Jorge", "the
         * Hospital Dr. Rafael Calderón Guardia": a name after a style
         * inside a run of capitalised words that an institution's head
         * opens, as Romance languages name places after people, is no
         * one at the meeting either (session 30) */
        size_t styles = b;
        while (styles < ni->first && in_set(c, &w[styles], WS_HONORIFIC)) styles++;
        if (b > 0 && b < ni->first && styles == ni->first) {
            size_t q = b, open = b;
            static const char *const glue[] = {"de", "da", "do", "dos", "das", "del",
                                               "della", "di", "du", "des", "la",
                                               "of", "the", NULL};
            while (q > 0 && b - q < 8 &&
                   ((w[q - 1].kind == SCM_W_WORD && w[q - 1].cap) ||
                    (scm_word_in(t, &w[q - 1], glue) && w[q].cap))) {
                q--;
                if (w[q].cap) open = q;
            }
            if (open < b && (in_set(c, &w[open], WS_NAMED_AFTER) ||
                             scm_word_in(t, &w[open], scm_named_before_heads)))
                return 0;
        }
    }
    /* "the Professor Julio Escudero Base": the head may close the name */
    if (named_after(c, w, ni->stop) ||
        (ni->stop - ni->first >= 3 && in_set(c, &w[last], WS_NAMED_AFTER)))
        return 0;
    /* "… of the East | African Community": a word and an institution's
     * head are no name (session 24) */
    if (ni->stop - ni->first == 2 &&
        scm_word_in(t, &w[last], (const char *const[]){"Community", "Union", "Commission",
                                                        "Council", "Agency", "Organization",
                                                        "Organisation", "Committee",
                                                        "Authority", "Secretariat", "Forum",
                                                        NULL}))
        return 0;
    /* "by the Director of Air and Missile Defense Operations at the ROK
     * Joint Chiefs of Staff (Major General Seo Dong-kyu)": the office
     * named before the bracket the rank and name stand in, and a party
     * named inside it (session 31) */
    if ((!role || is_rank(role)) && mstart_word >= 3 && scm_word_punct(&w[mstart_word - 1], '(')) {
        static const char *const links[] = {"of", "at", "the", "and", "for", "in", NULL};
        size_t open = mstart_word - 1, q, best = 0;
        const char *orole = NULL;
        for (q = open; q-- > 0 && open - q <= 16;) {
            const char *r;
            long tk;
            if (w[q].kind != SCM_W_WORD || (!w[q].cap && !scm_word_in(t, &w[q], links))) break;
            if (!w[q].cap) continue;
            tk = title_at(c, w, q, open, &r);
            if (tk < 0) return -1;
            if (tk > 0 && r && !is_rank(r)) {
                best = q + 1;
                orole = r;
            }
        }
        if (best >= 2 && scm_word_is(t, &w[best - 2], "the")) {
            tstart = best - 1;
            tstop = open;
            role = orole;
            for (q = tstart; !party && q < tstop; q++) {
                const char *pc = NULL;
                long pk = w[q].cap ? party_at(c, w, q, tstop, &pc) : 0;
                if (pk < 0) return -1;
                if (pk > 0 && pc && *pc) party = pc;
            }
        }
    }
    /* "the French Minister for Energy, A, and Minister for the Sea and
     * Fisheries, B": a second office with no article of its own after
     * ", and" shares the party of the person right before (session 31) */
    if (!party && tstop > tstart && tstart >= 3 && scm_word_is(t, &w[tstart - 1], "and") &&
        scm_word_punct(&w[tstart - 2], ',') && c->cands.len &&
        c->cands.items[c->cands.len - 1].party &&
        c->cands.items[c->cands.len - 1].mention.stop == w[tstart - 3].stop &&
        /* (each name in apposition, set off by commas; not "Japanese
         * Minister … Kamikawa Yoko, and Minister of Defense Kihara Minoru",
         * whose party word stands before the first only) */
        c->cands.items[c->cands.len - 1].mention.start >= 2 &&
        t[c->cands.items[c->cands.len - 1].mention.start - 2] == ',' && tstop < c->words.len &&
        scm_word_punct(&w[tstop], ','))
        party = c->cands.items[c->cands.len - 1].party;
    /* "the Myanmar delegation [was led] by Deputy Minister ...": the
     * delegation's party */
    if (!party) {
        long dp = delegation_party(c, w, mstart_word, &party);
        if (dp < 0) return -1;
        if (dp == 0 && (dp = included_party(c, w, mstart_word, &party)) < 0)
            return -1;
        /* "... led by the Minister of Energy, Signe Aasland": before the
         * office that opens the introduction */
        if (dp == 0 && tstart < mstart_word &&
            (dp = delegation_party(c, w, tstart, &party)) < 0)
            return -1;
        /* "Federal Councillor Beat Zumstein (Switzerland)": a party in
         * brackets right after the name (session 21) */
        if (dp == 0 && w == c->words.items) {
            const char *cls = bracketed_party(c, w, ni->stop, c->words.len);
            if (cls) party = cls;
        }
    }
    order = party;
    if (!order && c->last_party && c->last_end <= mstart_word &&
        mstart_word - c->last_end <= 2) {
        size_t j;
        int list = 1;
        for (j = c->last_end; j < mstart_word; j++)
            if (!scm_word_punct(&w[j], ',') && !scm_word_is(t, &w[j], "and"))
                list = 0;
        if (list) order = c->last_party;
    }
    decide_family(c, w, ni, order);
    c->last_end = ni->stop;
    c->last_party = order;
    k.mention.start = w[mstart_word].start;
    k.mention.stop = (scm_off)(w[last].stop - ni->trim);
    k.role = role;
    k.party = party;
    k.words = ni->count;
    /* "Prince Abdulrahman", "Sultan Fahd": a short form by given name */
    k.by_given = ni->count == 1 &&
                 (c->given_honorific ||
                  (role && (strcmp(role, "Sultan") == 0 ||
                            strcmp(role, "Emir") == 0 ||
                            strcmp(role, "King") == 0)));
    if (ni->comma) {
        scm_buf b = {0};
        size_t j;
        for (j = ni->first; j < ni->stop; j++) {
            size_t len = w[j].stop - w[j].start;
            if (j == ni->first + 1) continue; /* the comma */
            if (j + 1 == ni->stop) len -= ni->trim;
            if ((b.len && scm_buf_putc(&b, ' ') != 0) ||
                scm_buf_append(&b, t + w[j].start, len) != 0) {
                free(b.items);
                return -1;
            }
        }
        k.name = b.items;
    } else {
        size_t nl = w[last].stop - ni->trim - w[ni->first].start;
        /* "Minister of Foreign Affairs B.Enkhmaa.": a sentence's period
         * read with a name glued to an initial is not the name's
         * (session 28) */
        if (nl > 4 && t[w[ni->first].start + nl - 1] == '.' &&
            scm_ascii_is_lower((unsigned char)t[w[ni->first].start + nl - 2]) &&
            memchr(t + w[last].start, '.', w[last].stop - w[last].start - 1))
            nl--;
        k.name = copy_squeezed(t + w[ni->first].start, nl);
    }
    {
        const scm_word *f = &w[ni->family];
        size_t len = f->stop - f->start, from = f->start;
        if (ni->family == last) len -= ni->trim;
        /* "Marco Di Stefano", "van der Heijden": particles belong to the
         * family name */
        if (ni->has_from && ni->family_from < ni->family) {
            from = w[ni->family_from].start;
            len += f->start - from;
        } else if (!ni->comma) {
            /* "Mohamed Ould Sidi Brahim", "Khadijetou Mint Mohamed
             * Lemine", the Bassa "Marie-Claire Ngo Biyong": 'son of',
             * 'daughter of' opens the family name */
            static const char *const lineage[] = {"Ould", "Mint", "Ngo",
                                                  NULL};
            size_t q = ni->family, p;
            int linked = 0;
            for (p = ni->first + 1; p < ni->family && !linked; p++)
                if (scm_word_in(t, &w[p], lineage)) {
                    q = p;
                    linked = 1;
                }
            /* (and the Irish "Con" after "Mac": "Cathal Mac Con Mara";
             * session 43) */
            while (!linked && q > ni->first &&
                   (in_set(c, &w[q - 1], WS_FAMILY_PARTICLE) ||
                    (q - 1 > ni->first &&
                     in_set(c, &w[q - 1], WS_INNER_FAMILY_PARTICLE)) ||
                    (q - 2 > ni->first && scm_word_is(t, &w[q - 1], "Con") &&
                     scm_word_is(t, &w[q - 2], "Mac"))))
                q--;
            /* "van Nispen tot Pannerden": a surname joined to the one
             * before it by "tot" belongs with it, and so its particles
             * (session 25) */
            if (!linked && q < ni->family && q >= ni->first + 2 &&
                scm_word_is(t, &w[q], "tot") && w[q - 1].cap) {
                size_t r = q - 1;
                while (r > ni->first && in_set(c, &w[r - 1], WS_FAMILY_PARTICLE)) r--;
                if (r < q - 1) q = r;
            }
            if (q < ni->family) {
                from = w[q].start;
                len += f->start - from;
            }
        }
        /* "Ö.Nyambuu", "B.Enkhmaa": a Mongolian name glued to the
         * initial of the father's name; the family name is the name
         * after it, as "Prime Minister Nyambuu" re-mentions it (session
         * 28) */
        if (from == f->start) {
            size_t il = scm_ascii_is_upper((unsigned char)t[from]) ? 1
                        : (unsigned char)t[from] >= 0xC0 && len > 2 &&
                                  ((unsigned char)t[from + 1] & 0xC0) == 0x80
                            ? 2
                            : 0;
            if (il && len > il + 3 && t[from + il] == '.' &&
                scm_ascii_is_upper((unsigned char)t[from + il + 1]) &&
                scm_ascii_is_lower((unsigned char)t[from + il + 2])) {
                from += il + 1;
                len -= il + 1;
                if (len > 2 && t[from + len - 1] == '.') len--;
            }
        }
        k.family = scm_xstrndup(t + from, len);
        /* a family name in capitals is given in the usual case:
         * "HAYASHI Kenji" -> "Hayashi" (later written "Minister Hayashi") */
        if (k.family && caps_name_word(t, f)) usual_case(k.family, len);
    }
    if (tstop > tstart && c->skip_to > c->skip_from &&
        c->skip_from > tstart && c->skip_to < tstop) {
        /* the title without its party word */
        scm_buf b = {0};
        if (scm_buf_append(&b, t + w[tstart].start,
                           w[c->skip_from].start - w[tstart].start) == 0 &&
            scm_buf_append(&b, t + w[c->skip_to].start,
                           w[tstop - 1].stop - w[c->skip_to].start) == 0)
            k.title = copy_squeezed(b.items, b.len);
        free(b.items);
    } else if (tstop > tstart)
        k.title = copy_squeezed(t + w[tstart].start,
                                w[tstop - 1].stop - w[tstart].start);
    /* "Secretary of State" is the U.S. Secretary ("Secretary Blinken"),
     * and "Secretary of State for Defence" the British one; elsewhere it
     * is a rank of its own, the form later mentions use ("Secretary of
     * State Funes" of Honduras, Portugal's "Secretary of State for Civil
     * Protection") */
    if (k.title && k.role && strcmp(k.role, "Secretary") == 0 &&
        strncmp(k.title, "Secretary of State", 18) == 0 &&
        (party ? strcmp(party, "U.S.") != 0 && strcmp(party, "UK") != 0
               : c->meeting_without_us &&
                     strncmp(k.title + 18, " for", 4) != 0))
        k.role = "Secretary of State";
    c->skip_from = c->skip_to = 0;
    if (!k.name || !k.family || (tstop > tstart && !k.title) ||
        SCM_VEC_PUSH(&c->cands, k) != 0) {
        cand_free(&k);
        return -1;
    }
    if (k.party && scm_bytes_in(k.party, strlen(k.party), scm_paternal_surname_parties))
        c->paternal_named++;
    return 0;
}

/* "Brigadier (Retd.) Abu Bakarr Kamara": a retired rank's marker (or a
 * corps's) after it.  The word after the marker, or j. */
static size_t skip_retired(const char *t, const scm_word *w, size_t j,
                           size_t n) {
    static const char *const marks[] = {"Retd", "Retd.", "Rtd", "Rtd.",
                                        "retd", "retd.", "Ret", "Ret.",
                                        "retired",
                                        /* Israel's reserve ranks: "Maj.
                                         * Gen. (res.) Name" (session 29) */
                                        "res", "res.",
                                        /* "Commodore (Ret’d)" */
                                        "Ret\xE2\x80\x99" "d", "Ret'd", NULL};
    size_t k, len;
    /* "Lieutenant General TNI (Ret.) Sjahrir …", "Brigadier General TNI
     * Fadjar Hutapea": Indonesia's armed forces named after the rank, a
     * service's letters after them ("TNI AD", "TNI AL", "TNI AU")
     * (session 29) */
    if (j + 1 < n && scm_word_is(t, &w[j], "TNI")) {
        j++;
        if (j + 1 < n && (scm_word_is(t, &w[j], "AD") || scm_word_is(t, &w[j], "AL") ||
                          scm_word_is(t, &w[j], "AU")))
            j++;
    }
    /* "Gen. S.A. Lorenzo Castelbarco", "Gen. C.A. …": Italy's grade of
     * a general (Squadra Aerea, Corpo d'Armata) after the rank (session
     * 29) */
    if (j + 1 < n && scm_word_in(t, &w[j], (const char *const[]){"S.A.", "C.A.", "D.A.", "B.A.", NULL}))
        j++;
    k = j + 1;
    if (j + 2 >= n || !scm_word_punct(&w[j], '(')) return j;
    len = w[k].stop - w[k].start;
    /* … or a corps or branch marker: "Major General (Mar) Suharyanto",
     * "Brigadier General (Pilot) …" (session 14) */
    if (!scm_word_in(t, &w[k], marks) &&
        !(w[k].kind == SCM_W_WORD && w[k].cap && len >= 2 && len <= 6 &&
          k + 1 < n && scm_word_punct(&w[k + 1], ')')))
        return j;
    k++;
    if (k < n && scm_word_punct(&w[k], '.')) k++;
    return k < n && scm_word_punct(&w[k], ')') ? k + 1 : j;
}

/* Asked of every title read: a word set (built once per process)
 * instead of a scan of the long list. */
static const char *const *const rank_role_lists[] = {scm_rank_roles, NULL};
static scm_shared_words rank_role_set = SCM_SHARED_WORDS(rank_role_lists);

static int is_rank(const char *role) {
    const scm_phrase_index *ix;
    if (!role) return 0;
    if ((ix = scm_shared_words_get(&rank_role_set)) != NULL)
        return scm_phrase_bytes_flags(ix, role, strlen(role)) != 0;
    return scm_bytes_in(role, strlen(role), scm_rank_roles);
}

/* is_rank of the bytes s[0..n). */
static int is_rank_words(const char *s, size_t n) {
    const scm_phrase_index *ix;
    if ((ix = scm_shared_words_get(&rank_role_set)) != NULL)
        return scm_phrase_bytes_flags(ix, s, n) != 0;
    return scm_bytes_in(s, n, scm_rank_roles);
}

static const char *own_role(people_ctx *c, const char *s, size_t n);

/* title_at without the memo. */
static long title_read(people_ctx *c, const scm_word *w, size_t i, size_t n,
                       const char **role) {
    size_t j = i;
    long k;
    long whole;
    const char *whole_role = NULL;
    /* "Tariq bin Sultan Al Mahrouqi": a title word after "bin" is the
     * father's name */
    if (i > 0 && (scm_word_is(c->t, &w[i - 1], "bin") ||
                  scm_word_is(c->t, &w[i - 1], "bint") ||
                  scm_word_is(c->t, &w[i - 1], "ibn")))
        return 0;
    /* "at 4 PM Canberra time": after a number "PM" is the clock's, no
     * Prime Minister (session 24) */
    if (i > 0 && w[i - 1].kind == SCM_W_NUMBER && scm_word_is(c->t, &w[i], "PM"))
        return 0;
    whole = scm_phrase_match(&c->title, c->t, w, i, n, &c->key, &whole_role);
    if (whole < 0) return whole;
    /* "Secretary of State for Defence", "… in the Ministry of …": a
     * European minister's rank, the role as written (the United States'
     * "Secretary of State" alone is its Secretary) */
    if (whole == 3 && (size_t)whole + i < n && whole_role &&
        strcmp(whole_role, "Secretary") == 0 &&
        scm_word_is(c->t, &w[i + 1], "of") && scm_word_is(c->t, &w[i + 2], "State") &&
        (scm_word_is(c->t, &w[i + 3], "for") || scm_word_is(c->t, &w[i + 3], "in") ||
         scm_word_is(c->t, &w[i + 3], "at") ||
         /* (or "to the Minister of …", the French "auprès du ministre";
          * session 31) */
         (scm_word_is(c->t, &w[i + 3], "to") && i + 5 < n &&
          scm_word_is(c->t, &w[i + 4], "the") && scm_word_is(c->t, &w[i + 5], "Minister")))) {
        *role = "Secretary of State";
        return whole;
    }
    /* "Undersecretary of State in the Ministry of Foreign Affairs": a
     * European rank too, the role as written (the U.S. "Under Secretary
     * of State for …" is an Under Secretary; session 16) */
    if (whole > 0 && whole_role && i + (size_t)whole + 2 < n &&
        (strcmp(whole_role, "Undersecretary") == 0 ||
         strcmp(whole_role, "Under Secretary") == 0) &&
        scm_word_is(c->t, &w[i + (size_t)whole], "of") &&
        scm_word_is(c->t, &w[i + (size_t)whole + 1], "State") &&
        (scm_word_is(c->t, &w[i + (size_t)whole + 2], "in") ||
         scm_word_is(c->t, &w[i + (size_t)whole + 2], "at"))) {
        size_t e = i + (size_t)whole + 1;
        if (!(*role = own_role(c, c->t + w[i].start, w[e].stop - w[i].start)))
            return -1;
        return whole + 2;
    }
    while (j < n && j - i < 3 && in_set(c, &w[j], WS_TITLE_MODIFIER))
        j++;
    k = j > i && j < n ? scm_phrase_match(&c->title, c->t, w, j, n, &c->key,
                                          role)
                       : 0;
    /* a modifier, one word that names the field, then a title: "National
     * Economic Prosecutor", "Special Presidential Envoy" (the office is
     * all of it, as later mentions repeat it) */
    if (k == 0 && j > i && j + 1 < n && w[j].kind == SCM_W_WORD && w[j].cap &&
        w[j].lower && !in_set(c, &w[j], WS_TITLE_MODIFIER) &&
        !scm_word_in(c->t, &w[j], scm_state_form_words)) {
        const char *pr, *r2 = NULL;
        long pk = party_at(c, w, j, n, &pr);
        long k2 = pk == 0 ? scm_phrase_match(&c->title, c->t, w, j + 1, n,
                                             &c->key, &r2)
                          : 0;
        if (pk < 0 || k2 < 0) return -1;
        if (k2 > 0 && r2 && !is_rank(r2)) {
            j++;
            k = k2;
            *role = r2;
        }
    }
    /* a modifier that is a title's own first word: "Deputy | Chief of
     * Staff" */
    while (k == 0 && j > i + 1) {
        j--;
        k = scm_phrase_match(&c->title, c->t, w, j, n, &c->key, role);
    }
    if (k < 0) return k;
    /* the longer reading: "Deputy Minister" is a title, but "Deputy" +
     * "Minister of Foreign Affairs" reads more of the office */
    if (whole > 0 && (long)(j - i) + k <= whole) {
        *role = whole_role;
        return whole;
    }
    /* "Deputy Niamh Tuohy TD": a member of a lower house addressed as
     * its Deputy, a form of address as "Senator" is (a rank role, which
     * an office given later replaces); "Deputy" before an office word is
     * that office's modifier, read above (session 41) */
    if (k == 0 && whole == 0 && j == i + 1 && j + 1 < n && scm_word_is(c->t, &w[i], "Deputy") &&
        name_word(c, &w[j]) && name_word(c, &w[j + 1]) &&
        /* (not "Deputy Supreme Allied Commander") */
        !(j + 2 < n && lex_has_word(c, &c->title, &w[j + 2]))) {
        *role = "Deputy";
        return 1;
    }
    if (k == 0 && whole == 0) {
        /* "Naalakkersuisoq Kristiansen": an office word this document
         * introduced (unknown_office) stands as a title in later mentions */
        size_t q, len = w[i].stop - w[i].start;
        for (q = 0; q < c->roles.len; q++)
            if (strlen(c->roles.items[q]) == len &&
                !memcmp(c->roles.items[q], c->t + w[i].start, len)) {
                *role = c->roles.items[q];
                return 1;
            }
        return 0;
    }
    if (k == 0) return 0;
    if (*role && !is_rank(*role)) {
        /* "Assistant Minister": the role keeps its modifiers (a rank
         * keeps its plain form: "Senior Colonel" is a Colonel) */
        char buf[128];
        size_t len = scm_modified_role(c->t, w, i, j, k, *role, buf,
                                       sizeof buf), q;
        if (len) {
            for (q = 0; q < c->roles.len; q++)
                if (strcmp(c->roles.items[q], buf) == 0) break;
            if (q == c->roles.len) {
                char *r = scm_xstrndup(buf, len);
                if (!r || SCM_VEC_PUSH(&c->roles, r) != 0) {
                    free(r);
                    return -1;
                }
            }
            *role = c->roles.items[q];
        }
    }
    return (long)(j - i) + k;
}

/* The memo of word i for a reading that may look at the paragraph's
 * words up to its end (n), else NULL. */
static word_memo *memo_at(const people_ctx *c, const scm_word *w, size_t i,
                          size_t n) {
    if (w != c->words.items || n != c->memo.len || i >= n) return NULL;
    return memo_fresh(c, &c->memo.items[i]);
}

/* A title of office at word i, with modifiers ("Principal Deputy").
 * Returns the words used and sets *role, or 0; -1 on memory. */
static long title_at(people_ctx *c, const scm_word *w, size_t i, size_t n,
                     const char **role) {
    static const char unset[] = "";
    const char *r = unset;
    word_memo *m;
    long k;
    if (i >= n || w[i].kind != SCM_W_WORD || !w[i].cap) return 0;
    m = memo_at(c, w, i, n);
    if (m && (m->known & K_TITLE)) {
        if (m->known & K_TITLE_ROLE) *role = m->role;
        return m->title;
    }
    k = title_read(c, w, i, n, &r);
    if (r != unset) *role = r;
    if (m && k >= 0 && k <= INT8_MAX) {
        m->title = (int8_t)k;
        m->role = r;
        m->known |= (uint8_t)(K_TITLE | (r != unset ? K_TITLE_ROLE : 0));
    }
    return k;
}

/* An office in lower case after "Rank Name," as news-style readouts
 * write it ("Adm. Lucian T. Brackenridge, commander of U.S. Indo-Pacific
 * Command", "…, deputy chief of staff of the AFP"): the longest run of up
 * to four lower-case words at i that, capitalised ("of", "the" and "and"
 * kept), is a listed title.  The words used, *role set; or 0. */
static long lower_title_at(people_ctx *c, const scm_word *w, size_t i,
                           size_t n, const char **role) {
    char buf[96];
    size_t k, best = 0;
    for (k = 0; k < 4 && i + k < n; k++) {
        const scm_word *x = &w[i + k];
        if (x->kind != SCM_W_WORD || x->cap) break;
    }
    for (size_t m = k; m > 0 && !best; m--) {
        size_t len = 0, q;
        const char *cls;
        int ok = 1;
        for (q = 0; q < m && ok; q++) {
            const scm_word *x = &w[i + q];
            size_t wl = x->stop - x->start;
            int fn = scm_word_is(c->t, x, "of") || scm_word_is(c->t, x, "the") ||
                     scm_word_is(c->t, x, "and");
            if (len + wl + 1 >= sizeof buf || (fn && (q == 0 || q == m - 1))) {
                ok = 0;
                break;
            }
            if (q) buf[len++] = ' ';
            memcpy(buf + len, c->t + x->start, wl);
            if (!fn && buf[len] >= 'a' && buf[len] <= 'z') buf[len] -= 32;
            len += wl;
        }
        if (ok && (cls = scm_lexicon_class(c->lex, SCM_LEX_TITLE, buf, len)) &&
            !is_rank(cls)) {
            *role = cls;
            best = m;
        }
    }
    /* "deputy chief of staff": a modifier before a title keeps its place
     * in the role ("Deputy Chief of Staff"), as a capitalised one does */
    if (!best && k >= 2) {
        static const char *const mods[] = {"deputy", "assistant", "vice",
                                           "principal", "acting", NULL};
        const char *r = NULL;
        for (size_t q = 0; mods[q] && !best; q++)
            if (scm_word_is(c->t, &w[i], mods[q]) &&
                (best = (size_t)lower_title_at(c, w, i + 1, n, &r)) > 0) {
                char buf2[128];
                int len2 = snprintf(buf2, sizeof buf2, "%c%s %s", mods[q][0] - 32,
                                    mods[q] + 1, r);
                size_t z;
                if (len2 <= 0 || (size_t)len2 >= sizeof buf2) return 0;
                for (z = 0; z < c->roles.len; z++)
                    if (strcmp(c->roles.items[z], buf2) == 0) break;
                if (z == c->roles.len) {
                    char *cp = scm_xstrndup(buf2, (size_t)len2);
                    if (!cp || SCM_VEC_PUSH(&c->roles, cp) != 0) {
                        free(cp);
                        return -1;
                    }
                }
                *role = c->roles.items[z];
                best++;
            }
    }
    return (long)best;
}

static long party_at(people_ctx *c, const scm_word *w, size_t i, size_t n,
                     const char **cls) {
    word_memo *m;
    long k;
    if (i >= n || w[i].kind != SCM_W_WORD || !w[i].cap) return 0;
    m = memo_at(c, w, i, n);
    if (m && (m->known & K_PARTY)) {
        *cls = m->cls;
        return m->party;
    }
    k = scm_phrase_match(&c->party, c->t, w, i, n, &c->key, cls);
    /* "the Indian Ocean Commission", "the Korean Peninsula": a party's
     * word that opens the name of a sea or a land names no party
     * (session 21) */
    if (k > 0 && i + (size_t)k < n &&
        (scm_word_is(c->t, &w[i + (size_t)k], "Ocean") ||
         scm_word_is(c->t, &w[i + (size_t)k], "Sea") ||
         scm_word_is(c->t, &w[i + (size_t)k], "Peninsula")))
        k = 0;
    if (m && k >= 0 && k <= INT8_MAX) {
        m->party = (int8_t)k;
        m->cls = *cls;
        m->known |= K_PARTY;
    }
    return k;
}

/* "of [the] PARTY" at word j: the party, or NULL (its end in *end). */
static const char *of_party(people_ctx *c, const scm_word *w, size_t j,
                            size_t n, size_t *end, int *oom) {
    const char *cls = NULL;
    long k;
    *oom = 0;
    if (j >= n || !scm_word_is(c->t, &w[j], "of")) return NULL;
    j++;
    if (j < n && scm_word_ieq(c->t, &w[j], "the")) j++;
    k = party_at(c, w, j, n, &cls);
    if (k == 0) {
        /* "of the Kingdom of Morocco": a formal style the lexicon does not
         * list, then "[the] PARTY" */
        size_t e = scm_state_form_skip(c->t, w, j, n);
        if (e > j) {
            j = e;
            k = party_at(c, w, j, n, &cls);
        }
    }
    if (k < 0) *oom = 1;
    if (k <= 0) return NULL;
    /* "of the Lebanese Republic": the adjective and the state's form
     * (session 21) */
    if (j + (size_t)k < n && w[j + (size_t)k].kind == SCM_W_WORD &&
        scm_word_in(c->t, &w[j + (size_t)k], scm_state_form_words) &&
        !(j + (size_t)k + 1 < n && scm_word_is(c->t, &w[j + (size_t)k + 1], "of")))
        k++;
    *end = j + (size_t)k;
    return cls ? cls : "";
}

/* "of [the] Kingdom of [the]" at j: a state's formal style, whether or not
 * the lexicon knows the state.  The word after it, or 0. */
static size_t of_state_form(const people_ctx *c, const scm_word *w,
                            size_t j, size_t n) {
    const char *t = c->t;
    size_t s;
    if (j >= n || !scm_word_is(t, &w[j], "of")) return 0;
    if (++j < n && scm_word_ieq(t, &w[j], "the")) j++;
    s = scm_state_form_skip(t, w, j, n);
    return s > j && w[s].cap ? s : 0;
}

/* Skip a parenthesised short group "(U.S.)" at j. */
static size_t skip_parens(const scm_word *w, size_t j, size_t n) {
    size_t k;
    if (j >= n || !scm_word_punct(&w[j], '(')) return j;
    /* (up to ten words: a body's name in its own language and its short
     * form, "(Centraal Bureau voor de Statistiek, CBS)"; session 28) */
    for (k = j + 1; k < n && k - j < 12; k++)
        if (scm_word_punct(&w[k], ')')) return k + 1;
    return j;
}

/* "(Najwyższa Izba Kontroli, NIK)" at word j: a body's name in its own
 * language, a comma, then its short form in capitals. */
static int own_name_short_form(const char *t, const scm_word *w, size_t j, size_t n) {
    size_t pe = skip_parens(w, j, n);
    return pe >= j + 5 && scm_word_punct(&w[pe - 3], ',') && !w[pe - 2].lower &&
           capitals_in(t, &w[pe - 2]) >= 2;
}

/* A name at word j that ends the run of capitalised words ("of the United
 * States Daniel P. Marsh held"): two words or more, or "Lee, Jae Won",
 * so that a party followed by a body ("of the ROK Joint Chiefs") is not
 * read as a name. */
static int name_ends_run(people_ctx *c, const scm_word *w, size_t j,
                         size_t n, name_info *ni) {
    const char *cls;
    if (!parse_name(c, w, j, n, ni) || !(ni->comma || ni->count >= 2))
        return 0;
    if (party_at(c, w, j, n, &cls) > 0) return 0; /* "United Kingdom" */
    return ni->stop >= n ||
           !(w[ni->stop].kind == SCM_W_WORD && w[ni->stop].cap);
}

/* A name that closes the run of capitalised words [from, last) of an
 * office: "for National Defense Policy Park Ji-hoon", "of the Joint
 * Chiefs of Staff General Martin Dempsey" (a rank before it is skipped).
 * It starts after a word that cannot be part of a name, so the body
 * keeps its own words.  The word where the name (or its rank) starts, or
 * 0; *name the name's first word. */
static size_t name_closing_run(people_ctx *c, const scm_word *w, size_t from,
                               size_t last, size_t n, size_t *name,
                               int *oom) {
    size_t k;
    name_info ni;
    *oom = 0;
    /* "Deputy Assistant Secretary of the Navy for Ships Gregory A.
     * Thibodeaux", "Associate Administrator for Strategic Sealift Keisha
     * D. Harrowgate": one to three words of portfolio after "for", then a
     * name with an initial that closes the run (session 29; one word
     * right after the office's own link is the rule below) */
    for (k = from + 1; from > 0 && k + 1 < last; k++) {
        size_t q = k - 1;
        if (is_initial(c->t, &w[k]) || !is_initial(c->t, &w[k + 1])) continue;
        /* (… and "for Installations and Facilities Kyle J. Brandvold": an
         * "and" between two words of the portfolio; session 30) */
        while (q >= from && k - q <= 4 && w[q].kind == SCM_W_WORD &&
               ((w[q].cap && !is_initial(c->t, &w[q])) ||
                (scm_word_is(c->t, &w[q], "and") && q < k - 1 && q > from && w[q - 1].cap)))
            q--;
        if (q < k - 1 && k - q <= 5 && scm_word_is(c->t, &w[q], "for")) {
            size_t b = k;
            /* (given names before: "for Defense Acquisition Jose Ramil
             * B. Evangelista") */
            while (b > q + 2 && scm_lexicon_has(c->lex, SCM_LEX_GIVEN_NAME, c->t + w[b - 1].start,
                                                w[b - 1].stop - w[b - 1].start))
                b--;
            if (name_ends_run(c, w, b, n, &ni) && ni.stop >= last) {
                *name = b;
                return b;
            }
        }
        break;
    }
    for (k = from + 1; k < last; k++) {
        const char *rank = NULL;
        long rk;
        /* "of Foreign Affairs and Expatriates Nasser Fayez Al-Qudah": the
         * word after "and" closes the portfolio, whatever it is, unless a
         * list knows it as a given name; a name of two words or more
         * follows */
        int portfolio_end = k >= 2 && k + 1 < last &&
                            scm_word_is(c->t, &w[k - 2], "and") &&
                            w[k - 1].cap &&
                            !scm_lexicon_has(c->lex, SCM_LEX_GIVEN_NAME,
                                             c->t + w[k - 1].start,
                                             w[k - 1].stop - w[k - 1].start);
        /* "Ambassador to Sri Lanka Rebecca L. Ostrander": a party's name
         * of two words or more closes the office before the name, though
         * its last word could be a name's (session 19) */
        int party_end = 0;
        if (!portfolio_end && k >= from + 2 && k + 1 < last) {
            size_t q;
            for (q = k - 1; q-- > from && k - q <= 4 && !party_end;) {
                const char *cls;
                long pk = party_at(c, w, q, n, &cls);
                if (pk < 0) {
                    *oom = 1;
                    return 0;
                }
                party_end = pk >= 2 && q + (size_t)pk == k;
            }
        }
        /* "Coordinator for Counterterrorism Dana R. Whitcombe": one word
         * of portfolio after "for" or "of", then a name with an initial
         * that closes the run */
        if (k == from + 1 && from > 0 && k + 1 < n &&
            (scm_word_is(c->t, &w[from - 1], "for") ||
             scm_word_is(c->t, &w[from - 1], "of")) &&
            !is_initial(c->t, &w[k]) && is_initial(c->t, &w[k + 1]) &&
            name_ends_run(c, w, k, n, &ni) && ni.stop >= last) {
            *name = k;
            return k;
        }
        if (!portfolio_end && !party_end &&
            (name_word(c, &w[k - 1]) || is_initial(c->t, &w[k - 1])))
            continue;
        /* "Mayor of the City Municipality of Nova Gorica", "Governor of
         * New Brunswick": the words right after "of" or "for" are the
         * body's place, not a person's name (session 15) */
        if (scm_word_is(c->t, &w[k - 1], "of") ||
            scm_word_is(c->t, &w[k - 1], "for") ||
            (k >= 2 && scm_word_is(c->t, &w[k - 1], "the") &&
             (scm_word_is(c->t, &w[k - 2], "of") ||
              scm_word_is(c->t, &w[k - 2], "for"))))
            continue;
        /* "of the Kingdom of Valdoria, Amina ...": a state, not a name */
        {
            size_t q;
            for (q = k - 1; q > from && k - q <= 7; q--)
                if (of_state_form(c, w, q, n) == k) break;
            if (q > from && k - q <= 7) continue;
        }
        /* "of São Tomé and Príncipe, Osvaldo Ceita": a word inside a
         * party's name opens no name */
        {
            size_t q;
            int inside = 0;
            for (q = k; q-- > from && k - q <= 4 && !inside;) {
                const char *cls;
                long pk = party_at(c, w, q, n, &cls);
                if (pk < 0) {
                    *oom = 1;
                    return 0;
                }
                inside = pk > 0 && q + (size_t)pk > k;
            }
            if (inside) continue;
        }
        rk = title_at(c, w, k, n, &rank);
        if (rk < 0) {
            *oom = 1;
            return 0;
        }
        *name = rk > 0 && is_rank(rank) ? k + (size_t)rk : k;
        if (name_ends_run(c, w, *name, n, &ni) && ni.stop >= last) {
            /* "Minister of Police and Prisons, Fonoti Ana …": a word after
             * "and" ends the office; it is no family name before a comma,
             * nor is any word of an office that no list knows as a family
             * name written first ("… and Moroccan Expatriates, Leila
             * Benslimane"; but "… National Defense Kim, Kwan Jin") */
            if (ni.comma && *name == k && k > from &&
                (scm_word_is(c->t, &w[k - 1], "and") ||
                 scm_word_is(c->t, &w[k - 1], "of") ||
                 !family_first_name(c, c->t + w[k].start,
                                    w[k].stop - w[k].start)))
                continue;
            /* "for Energy Security and Net Zero, the Rt Hon Fiona
             * MacAskill": words right after "and" that a comma closes
             * are the last portfolio; the person follows the comma
             * (session 30) */
            if (*name == k && k > from && scm_word_is(c->t, &w[k - 1], "and") &&
                ni.stop < n && scm_word_punct(&w[ni.stop], ','))
                continue;
            return k;
        }
    }
    *name = 0;
    return 0;
}

/* Word j, right after an opening bracket, opens a title or a style and
 * the name of a person ("(Major General Seo Dong-kyu)", "(Dr. A B)"). */
static int paren_opens_person(people_ctx *c, const scm_word *w, size_t j, size_t n) {
    const char *r;
    long tk;
    size_t k = j;
    name_info ni;
    while (k < n && in_set(c, &w[k], WS_HONORIFIC)) k++;
    tk = k < n ? title_at(c, w, k, n, &r) : 0;
    if (tk < 0) return 0;
    if (k == j && tk == 0) return 0;
    k += (size_t)tk;
    while (k < n && in_set(c, &w[k], WS_HONORIFIC)) k++;
    return k + 1 < n && parse_name(c, w, k, n, &ni) && ni.count >= 2;
}

/* A word linking an office to its body at j: "of", "for", "to" ("Minister
 * Delegate to the Head of Government", "Special Envoy to the Sahel"), "in
 * the"/"at the" + a capitalised body, or "in charge of".  The words it
 * takes, or 0. */
static size_t office_link(const people_ctx *c, const scm_word *w, size_t j,
                          size_t n) {
    const char *t = c->t;
    if (j >= n) return 0;
    /* (not "the Crown Prince to President Mahmoud Fathy Soliman": a title
     * and a name after "to" are the next person's; session 14) */
    if (scm_word_is(t, &w[j], "to") && j + 2 < n &&
        lex_has_word(c, &c->title, &w[j + 1]) && name_word(c, &w[j + 2]))
        return 0;
    if (scm_word_is(t, &w[j], "of") || scm_word_is(t, &w[j], "for") ||
        scm_word_is(t, &w[j], "to"))
        return 1;
    /* "Permanent Secretary in the Ministry of Energy", "Minister Delegate
     * at the Presidency" */
    /* (also "… Communications under the Cabinet of Ministers of
     * Turkmenistan"; session 31) */
    if (j + 2 < n &&
        (scm_word_is(t, &w[j], "in") || scm_word_is(t, &w[j], "at") ||
         scm_word_is(t, &w[j], "under")) &&
        scm_word_is(t, &w[j + 1], "the") && w[j + 2].cap &&
        !in_set(c, &w[j + 2], WS_HONORIFIC))
        return 1;
    if (j + 2 < n && scm_word_is(t, &w[j], "in") &&
        scm_word_is(t, &w[j + 1], "charge") &&
        scm_word_is(t, &w[j + 2], "of"))
        return 3;
    /* "… at Naval Sea Systems Command (NAVSEA), Rear Admiral A": "at" and
     * a body's name with no article, up to its head (session 31) */
    if (j + 2 < n && scm_word_is(t, &w[j], "at") && w[j + 1].cap && w[j + 1].lower) {
        static const char *const heads[] = {"Command", "Headquarters", "Ministry", "Department",
                                            "Agency", "Directorate", "Division", "Office",
                                            "Staff", "Bureau", NULL};
        size_t q;
        for (q = j + 1; q < n && q < j + 6 && w[q].kind == SCM_W_WORD && w[q].cap; q++)
            if (scm_word_in(t, &w[q], heads)) return 1;
    }
    return 0;
}

/* A comma at j inside a list of bodies closed by "and": ", Combined
 * Forces Command and U.S. Forces Korea".  The words between are
 * capitalised or name glue, no other punctuation comes first, and each
 * item names a body (a word that is never part of a personal name), not
 * a person (no title, honorific or initial): ", General Rodrigo
 * Salvatierra, ... and Dr. ..." is a list of people.  1/0, -1 memory. */
static int list_of_names(people_ctx *c, const scm_word *w, size_t j,
                         size_t n, int serial) {
    const char *t = c->t, *r;
    size_t k;
    int body = 0, item_body = 0, item_names = 0;
    for (k = j + 1; k < n && k - j < 16; k++) {
        if (w[k].kind == SCM_W_WORD && w[k].cap) {
            long tk;
            /* "of Australia, New Zealand and Pacific Island Affairs": a
             * party's name is an item, no person's name */
            if (!item_names && !item_body) {
                long pk = party_at(c, w, k, n, &r);
                if (pk < 0) return -1;
                if (pk > 0) {
                    item_body = 1;
                    k += (size_t)pk - 1;
                    continue;
                }
            }
            tk = title_at(c, w, k, n, &r);
            if (tk < 0) return -1;
            if (tk > 0 || in_set(c, &w[k], WS_HONORIFIC) ||
                is_initial(t, &w[k]))
                return 0;
            if (!name_word(c, &w[k])) body = item_body = 1;
            else item_names++;
            continue;
        }
        /* an item of two name words and nothing else names a person
         * ("Greg Moran") */
        /* (unless "and" and a last portfolio linked to its party follow:
         * "Minister of Transport, Communication Routes and Opening-Up of
         * the Democratic Republic of the Congo"; session 28) */
        /* (also an item of one word: "Minister of Environment, Waters
         * and Forests of Romania"; session 39) */
        if ((scm_word_is(t, &w[k], "and") || scm_word_punct(&w[k], ',')) && !item_body &&
            (item_names >= 2 || (item_names == 1 && scm_word_is(t, &w[k], "and")))) {
            size_t q = k + 1;
            if (!scm_word_is(t, &w[k], "and")) return 0;
            while (q < n && q < k + 5 && w[q].kind == SCM_W_WORD && w[q].cap &&
                   !in_set(c, &w[q], WS_HONORIFIC))
                q++;
            if (!(q > k + 1 && q + 1 < n &&
                  ((scm_word_is(t, &w[q], "of") && (w[q + 1].cap || scm_word_is(t, &w[q + 1], "the"))) ||
                   /* (or the holder's style after the last item's comma:
                    * "Minister of the Sea, Inland Waters and Fisheries,
                    * Mrs. A"; session 42) */
                   (scm_word_punct(&w[q], ',') && in_set(c, &w[q + 1], WS_HONORIFIC)))) ||
                /* (not "…, Greg Moran and Penny Wong of Australia") */
                scm_lexicon_has(c->lex, SCM_LEX_GIVEN_NAME, t + w[k + 1].start,
                                w[k + 1].stop - w[k + 1].start)) {
                /* (the one word read as before when no party follows) */
                if (item_names >= 2) return 0;
            } else
                body = item_body = 1;
        }
        if (scm_word_is(t, &w[k], "and")) {
            size_t q, a = k + 1;
            long pk;
            /* "…, Energy, and the Environment": an article opens the last
             * item */
            if (a + 1 < n && scm_word_is(t, &w[a], "the") &&
                w[a + 1].kind == SCM_W_WORD && w[a + 1].cap)
                a++;
            /* ", and" closes the list as "and" does only as a serial
             * comma, after items read already (else a person follows) */
            if ((k == j + 1 && !serial) || a >= n ||
                w[a].kind != SCM_W_WORD || !w[a].cap)
                return 0;
            /* ... and the next office or person is no item */
            pk = party_at(c, w, a, n, &r);
            if (pk < 0) return -1;
            /* "…, Government of India, and the Omani delegation by …": a
             * party's adjective before a common noun opens another
             * clause (session 17) */
            if (pk > 0 && a + (size_t)pk < n &&
                w[a + (size_t)pk].kind == SCM_W_WORD && !w[a + (size_t)pk].cap &&
                !scm_word_is(t, &w[a + (size_t)pk], "of") &&
                !scm_word_is(t, &w[a + (size_t)pk], "for") &&
                !scm_word_is(t, &w[a + (size_t)pk], "and"))
                return 0;
            /* (… or a party's short form the text defined: "…, and the
             * RSS delegation by Hon. A"; session 33) */
            if (pk == 0 && a + 1 < n && !w[a].lower && w[a].stop - w[a].start >= 2 &&
                (scm_word_is(t, &w[a + 1], "delegation") || scm_word_is(t, &w[a + 1], "side") ||
                 scm_word_is(t, &w[a + 1], "team")))
                return 0;
            if ((pk = title_at(c, w, a + (size_t)pk, n, &r)) < 0) return -1;
            if (pk > 0 || in_set(c, &w[a], WS_HONORIFIC)) return 0;
            /* "…, Trade and Employment, and Darragh Kinsella TD, Minister
             * of State …": a person's name with a post-nominal or his
             * office after it is the next person (session 17) */
            {
                size_t e = a;
                /* (a family name in capitals first: "…, Ministry of
                 * Foreign Affairs, and SAEKI Kōji, Director-General …";
                 * session 21) */
                while (e < n && e - a < 4 && w[e].kind == SCM_W_WORD && w[e].cap &&
                       (name_word(c, &w[e]) ||
                        (e == a && !w[e].lower && w[e].stop - w[e].start >= 3)) &&
                       !in_set(c, &w[e], WS_POST_NOMINAL))
                    e++;
                if (e - a >= 2 && e < n &&
                    (in_set(c, &w[e], WS_POST_NOMINAL) ||
                     (scm_word_punct(&w[e], ',') && e + 1 < n &&
                      (pk = title_at(c, w, e + 1, n, &r)) > 0)))
                    return 0;
                if (pk < 0) return -1;
            }
            /* "of Industry, Business and Financial Affairs": the last
             * item may be the one that names a body */
            for (q = a; !body && q < n && q - a < 4 && w[q].cap; q++)
                if (!name_word(c, &w[q])) body = 1;
            return body;
        }
        if (scm_word_punct(&w[k], ',') && k > j + 1) {
            item_body = item_names = 0;
            continue;
        }
        if (scm_word_is(t, &w[k], "of") || scm_word_is(t, &w[k], "the") ||
            scm_word_is(t, &w[k], "for") || scm_word_punct(&w[k], '-'))
            continue;
        return 0;
    }
    return 0;
}

/* The rest of an office after a title ending at *te: "of PARTY" (the
 * party, not part of the title) or "of|for [the] Named Body" (part of
 * it).  A party word opening the body ("of the ROK Joint Chiefs of
 * Staff") is the person's party and left out of the title; one in a
 * compound ("of the ROK-U.S. Combined Forces Command") is not; "of
 * PARTY" closing it ("for International Affairs of Japan") is the party
 * too.  *te becomes the title's end, *after the end of the office;
 * *party is set if NULL; *name_at is the first word of a name that ends
 * the body's run of capitals, else 0.  0 or -1. */
static int honorific_at(const people_ctx *c, const scm_word *w, size_t i,
                        size_t n);
static int office_of(people_ctx *c, const scm_word *w, size_t n, size_t *te,
                     size_t *after, const char **party, size_t *name_at) {
    const char *t = c->t;
    size_t j = *te, end = 0;
    int oom;
    const char *p2;
    name_info ni;
    *after = j;
    *name_at = 0;
    /* "Deputy Prime Minister cum Minister of Industry and Trade of the
     * Socialist Republic of Viet Nam": a second office joined by "cum";
     * the first gives the role, the second's link the party (session
     * 29) */
    if (j + 2 < n && scm_word_is(t, &w[j], "cum")) {
        const char *r2;
        long tk = title_at(c, w, j + 1, n, &r2);
        if (tk < 0) return -1;
        if (tk > 0) {
            j += 1 + (size_t)tk;
            *after = j;
        }
    }
    /* "Vice Minister of Defence Policy of the Republic of Peru": a
     * title read whole ("Vice Minister of Defence") whose portfolio goes
     * on in capitalised words before its own link (session 28) */
    {
        size_t q = j;
        while (q < n && q < j + 3 && w[q].kind == SCM_W_WORD && w[q].cap && w[q].lower &&
               !in_set(c, &w[q], WS_HONORIFIC) &&
               /* (no rank or office, no given name: "Chief of Defence
                * Staff General Yao Agbeko of Togo") */
               !lex_has_word(c, &c->title, &w[q]) &&
               !scm_lexicon_has(c->lex, SCM_LEX_GIVEN_NAME, t + w[q].start, w[q].stop - w[q].start))
            q++;
        /* (… or before a comma and the holder: "Vice Minister of Defence
         * Policy, Mg. Héctor Julián Ormeño Salas"; session 30) */
        int holder = q > j && q + 1 < n && scm_word_punct(&w[q], ',') &&
                     (in_set(c, &w[q + 1], WS_HONORIFIC) || name_word(c, &w[q + 1]));
        for (size_t k = j; holder && k < q; k++)
            holder = in_set(c, &w[k], WS_NOT_NAME);
        if (q < n && !(q + 1 < n && scm_word_is(t, &w[q], "of")) && !holder) q = j;
        /* (only after a portfolio the title read has: "of Defence" +
         * "Policy"; not a name, "Foreign Minister Reyes of Chile") */
        int linked = (j >= 2 && (scm_word_is(t, &w[j - 2], "of") || scm_word_is(t, &w[j - 2], "for"))) ||
                     (j >= 3 && (scm_word_is(t, &w[j - 3], "of") || scm_word_is(t, &w[j - 3], "for")));
        if (q > j && linked && holder) {
            j = q;
            *te = j;
            *after = j;
        } else if (q > j && linked &&
            q + 1 < n && scm_word_is(t, &w[q], "of") && office_link(c, w, q, n) &&
            (w[q + 1].cap || scm_word_is(t, &w[q + 1], "the"))) {
            j = q;
            *te = j;
            *after = j;
        }
    }
    /* "the Deputy Secretary Strategy, Policy and Industry, Ms Hannah
     * Tregarthen": a portfolio with no link after the title, as
     * Australia's departments write it, its parts joined by commas and
     * "and", the holder's style after the last comma (session 28) */
    if (j + 3 < n && w[j].kind == SCM_W_WORD && w[j].cap && w[j].lower &&
        !in_set(c, &w[j], WS_HONORIFIC) &&
        !scm_lexicon_has(c->lex, SCM_LEX_GIVEN_NAME, t + w[j].start, w[j].stop - w[j].start)) {
        size_t q = j;
        int joined = 0;
        while (q < n && q < j + 9) {
            if (w[q].kind == SCM_W_WORD && w[q].cap && w[q].lower && !in_set(c, &w[q], WS_HONORIFIC)) {
                q++;
            } else if (q + 1 < n && (scm_word_is(t, &w[q], "and") || scm_word_punct(&w[q], ',')) &&
                       w[q + 1].kind == SCM_W_WORD && w[q + 1].cap && w[q + 1].lower &&
                       !in_set(c, &w[q + 1], WS_HONORIFIC) &&
                       /* (not the holder's rank and name: ", Commodore
                        * Nikolas Kostopoulos"; session 31) */
                       !(scm_word_punct(&w[q], ',') && paren_opens_person(c, w, q + 1, n))) {
                joined = 1;
                q++;
            } else {
                break;
            }
        }
        /* (or no join, two to four words, the holder with a style or a
         * rank after the comma: "Australia’s Director General Submarine
         * Sustainment, Commodore Nikolas Kostopoulos"; session 31) */
        int plain = !joined && q >= j + 2 && q <= j + 4 &&
                    !scm_lexicon_has(c->lex, SCM_LEX_FAMILY_NAME, t + w[q - 1].start,
                                     w[q - 1].stop - w[q - 1].start) &&
                    q + 1 < n && scm_word_punct(&w[q], ',') &&
                    (honorific_at(c, w, q + 1, n) || paren_opens_person(c, w, q + 1, n));
        if ((joined || plain) && q + 1 < n && scm_word_punct(&w[q], ',') &&
            (honorific_at(c, w, q + 1, n) || paren_opens_person(c, w, q + 1, n))) {
            j = q;
            *te = j;
            *after = j;
        }
    }
    /* "Minister of Foreign Affairs II of Brunei Darussalam": the second
     * holder of a portfolio, as Brunei numbers them (session 28) */
    if (j + 2 < n && is_regnal(t, &w[j]) && office_link(c, w, j + 1, n)) {
        j++;
        *te = j;
        *after = j;
    }
    /* "India's Secretary (East) in the Ministry of External Affairs": a
     * qualifier in brackets between the title and its link (session 21) */
    if (j + 4 < n && scm_word_punct(&w[j], '(')) {
        size_t pe = skip_parens(w, j, n);
        if ((pe == j + 3 || pe == j + 4) && w[j + 1].kind == SCM_W_WORD &&
            /* (a capital of any script: "(Õiguskantsler)"; session 37) */
            w[j + 1].cap && w[j + 1].lower && capitals_in(t, &w[j + 1]) <= 1 &&
            office_link(c, w, pe, n)) {
            j = pe;
            *te = pe;
            *after = pe;
        } else if (pe == j + 3 && w[j + 1].kind == SCM_W_WORD &&
                   !w[j + 1].lower && capitals_in(t, &w[j + 1]) >= 2 &&
                   office_link(c, w, pe, n)) {
            /* "External Affairs Minister (EAM) of India Dr. R.
             * Anantharaman": the office's short form, left out of the
             * title, before its link (session 23) */
            j = pe;
            *after = pe;
        }
    }
    if (!office_link(c, w, j, n)) {
        /* "Minister of Foreign Affairs and Trade of Italy": a title that
         * ends in a body goes on with "and" + a word that is no title,
         * party or honorific of its own ... */
        const char *r2;
        long pk, tk;
        int lr;
        /* ... or with a list of bodies: "Minister of Foreign Affairs,
         * African Cooperation and Moroccan Expatriates" */
        if (j >= 2 && j < n && scm_word_punct(&w[j], ',') &&
            (scm_word_is(t, &w[j - 2], "of") || scm_word_is(t, &w[j - 2], "for") ||
             (j >= 3 && (scm_word_is(t, &w[j - 3], "of") ||
                         scm_word_is(t, &w[j - 3], "for")))) &&
            (lr = list_of_names(c, w, j, n, 0)) != 0) {
            if (lr < 0) return -1;
        } else {
            /* "Minister of State and for Foreign Affairs of Portugal":
             * the second portfolio may take its own "for" or "of" */
            int linked = j + 2 < n &&
                         (scm_word_is(t, &w[j + 1], "for") ||
                          scm_word_is(t, &w[j + 1], "of") ||
                          /* "… Foreign Affairs and the National Community
                           * Abroad of …" (session 21) */
                          scm_word_is(t, &w[j + 1], "the")) &&
                         w[j + 2].kind == SCM_W_WORD && w[j + 2].cap;
            if (!(j >= 2 && j + 1 < n && scm_word_is(t, &w[j], "and") &&
                  w[j + 1].kind == SCM_W_WORD && (w[j + 1].cap || linked) &&
                  (scm_word_is(t, &w[j - 2], "of") ||
                   scm_word_is(t, &w[j - 2], "for") ||
                   (j >= 3 && (scm_word_is(t, &w[j - 3], "of") ||
                               scm_word_is(t, &w[j - 3], "for"))))))
                return 0;
            {
                /* (past "the": "… and the Minister of Foreign Affairs of
                 * Paraguay" is the next office) */
                size_t a1 = j + 1 + (scm_word_is(t, &w[j + 1], "the") ? 1 : 0);
                if (in_set(c, &w[a1], WS_HONORIFIC)) return 0;
                pk = party_at(c, w, a1, n, &r2);
                if (pk < 0) return -1;
                tk = pk ? 0 : title_at(c, w, a1, n, &r2);
                if (tk < 0) return -1;
                if (pk || tk) return 0;
                /* (nor a place: "… and the Camp Humphreys …") */
                if (a1 > j + 1 && !lex_has_word(c, &c->title, &w[a1]) &&
                    name_word(c, &w[a1]) && a1 + 1 < n && w[a1 + 1].cap &&
                    name_word(c, &w[a1 + 1]))
                    return 0;
            }
        }
    }
    p2 = of_party(c, w, j, n, &end, &oom);
    if (oom) return -1;
    /* "The Ambassador of Türkiye to Pakistan, Name": the state an
     * envoy is sent to is part of the office (session 13) */
    if (p2 && end + 2 < n && scm_word_is(t, &w[end], "to")) {
        const char *r9;
        size_t a9 = end + 1;
        long pk9;
        if (scm_word_is(t, &w[a9], "the")) a9++;
        pk9 = party_at(c, w, a9, n, &r9);
        if (pk9 < 0) return -1;
        if (pk9 == 0) {
            /* "to the Kingdom of Bahrain": a formal style first */
            size_t s9 = scm_state_form_skip(t, w, a9, n);
            if (s9 > a9 && (pk9 = party_at(c, w, s9, n, &r9)) > 0)
                pk9 += (long)(s9 - a9);
            if (pk9 < 0) return -1;
        }
        if (pk9 > 0 && a9 + (size_t)pk9 < n &&
            scm_word_punct(&w[a9 + (size_t)pk9], ','))
            end = a9 + (size_t)pk9;
        /* … or the body a permanent representative is accredited to:
         * "the Permanent Representative of Kazakhstan to the United
         * Nations, Ambassador A" (session 33) */
        else if (pk9 == 0) {
            size_t q = a9;
            while (q < n && q < a9 + 6 &&
                   ((w[q].kind == SCM_W_WORD && w[q].cap && !in_set(c, &w[q], WS_HONORIFIC)) ||
                    (q > a9 && q + 1 < n && scm_word_is(t, &w[q], "of") && w[q + 1].cap)))
                q++;
            if (q > a9 && q + 1 < n && scm_word_punct(&w[q], ',')) end = q;
        }
    }
    /* "Special Representative of the European Union (EU) for Central
     * Asia, Mr. …": the region an envoy is for, before the name's comma
     * (session 22) */
    if (p2 && end < n) {
        size_t e9 = end, q;
        if (scm_word_punct(&w[e9], '(') && skip_parens(w, e9, n) == e9 + 3)
            e9 += 3;
        if (e9 + 2 < n && scm_word_is(t, &w[e9], "for")) {
            for (q = e9 + 1; q < n && q < e9 + 5 && w[q].kind == SCM_W_WORD &&
                             w[q].cap && w[q].lower;
                 q++)
                ;
            if (q > e9 + 1 && q < n && scm_word_punct(&w[q], ',')) end = q;
        }
    }
    if (p2 && (end >= n ||
               !((w[end].kind == SCM_W_WORD && w[end].cap) ||
                 scm_word_punct(&w[end], '-')) ||
               /* "… of India Dr. R. Anantharaman" (session 23) */
               /* (or a style of two words: "…, Yang Berhormat Dato Seri
                * Paduka A"; session 28) */
               honorific_at(c, w, end, n) ||
               name_ends_run(c, w, end, n, &ni))) {
        if (!*party) *party = p2;
        *after = end;
    } else {
        size_t e = j + (office_link(c, w, j, n) ? office_link(c, w, j, n)
                                                : 1), /* "and" */
               last = 0, pstart;
        int listed = 0; /* a list of bodies read at an earlier comma */
        int romance = 0; /* a body named in a Romance language */
        if (e < n && scm_word_is(t, &w[e], "the")) e++;
        pstart = e;
        while (e < n && e - j < 20) {
            int lr;
            /* "Special Envoy of His Highness the Amir of …": a style
             * before "the" and an office inside the office (session 21) */
            if (e > j && scm_word_is(t, &w[e - 1], "of") && e + 1 < n &&
                (in_set(c, &w[e], WS_HONORIFIC) ||
                 ((scm_word_is(t, &w[e], "His") || scm_word_is(t, &w[e], "Her")) &&
                  in_set(c, &w[e + 1], WS_HONORIFIC)))) {
                size_t h = e + 1;
                while (h < n && h - e < 3 && in_set(c, &w[h], WS_HONORIFIC)) h++;
                if (h + 1 < n && scm_word_is(t, &w[h], "the") && w[h + 1].cap) {
                    e = h + 1;
                    continue;
                }
            }
            if (in_set(c, &w[e], WS_HONORIFIC)) break; /* "Dr." */
            /* "Special Envoy of President Kerem Aydın of Türkiye": an
             * office and its holder's name right after the link are
             * another person, whom the office serves (session 28) */
            if (e == pstart && w[e].kind == SCM_W_WORD && w[e].cap && w[e].lower) {
                const char *rq;
                long tq = title_at(c, w, e, n, &rq);
                name_info nq;
                if (tq < 0) return -1;
                if (tq > 0 && rq && !is_rank(rq) && e + (size_t)tq + 1 < n &&
                    parse_name(c, w, e + (size_t)tq, n, &nq) && nq.count >= 2 &&
                    !nq.comma)
                    break;
            }
            if (scm_word_is(t, &w[e], "and") && e + 1 < n) {
                /* "... and [the] [Finnish] Deputy Foreign Minister ...":
                 * the next office */
                const char *r2;
                size_t a = e + 1;
                long pk, tk;
                if (a + 1 < n && scm_word_is(t, &w[a], "the")) a++;
                pk = party_at(c, w, a, n, &r2);
                if (pk < 0) return -1;
                /* "… and Republic of Korea (ROK) First Vice Foreign
                 * Minister …": the party's short form before the office
                 * (session 21) */
                if (pk > 0 && a + (size_t)pk + 3 < n &&
                    scm_word_punct(&w[a + (size_t)pk], '(') &&
                    skip_parens(w, a + (size_t)pk, n) == a + (size_t)pk + 3)
                    pk += 3;
                tk = title_at(c, w, a + (size_t)pk, n, &r2);
                if (tk < 0) return -1;
                /* "… and NASA Associate Administrator Ruth V. Santangelo":
                 * a body's short form in capitals before the next office
                 * (session 30) */
                if (tk == 0 && pk == 0 && a + 1 < n && w[a].kind == SCM_W_WORD && w[a].cap &&
                    !w[a].lower && w[a].stop - w[a].start >= 2) {
                    tk = title_at(c, w, a + 1, n, &r2);
                    if (tk < 0) return -1;
                    /* (a name after it: not "… for Oceans and Atmosphere
                     * and NOAA Administrator." closing an apposition, the
                     * same person's second office; session 31) */
                    if (tk > 0 && !(a + 1 + (size_t)tk < n && w[a + 1 + (size_t)tk].kind == SCM_W_WORD &&
                                    w[a + 1 + (size_t)tk].cap))
                        tk = 0;
                }
                if (tk > 0 || in_set(c, &w[a], WS_HONORIFIC)) break;
            }
            if (w[e].kind == SCM_W_WORD && w[e].cap) {
                last = ++e;
            } else if (scm_word_punct(&w[e], '\'') && last == e && e > j &&
                       t[w[e - 1].stop - 1] == 's' && w[e].start == w[e - 1].stop &&
                       e + 1 < n && w[e + 1].kind == SCM_W_WORD && w[e + 1].cap) {
                /* "for Migrant Workers’ Affairs", "for Veterans' Affairs": a
                 * plural's possessive inside the portfolio (session 15) */
                e++;
            } else if (scm_word_punct(&w[e], '(') && last == e &&
                       skip_parens(w, e, n) > e + 2 &&
                       w[e + 1].kind == SCM_W_WORD && w[e + 1].cap &&
                       w[e + 1].lower &&
                       /* (nor "(BoM)": one word of two capitals or more;
                        * session 21) */
                       !(skip_parens(w, e, n) == e + 3 &&
                         capitals_in(t, &w[e + 1]) >= 2) &&
                       /* (nor a rank or style and a name: "… at the ROK
                        * Joint Chiefs of Staff (Major General Seo
                        * Dong-kyu)"; session 31) */
                       !paren_opens_person(c, w, e + 1, n) &&
                       /* (nor a party the office has not named: "of the
                        * Interior Gerhard Leitgeb (Austria)" closes a
                        * name, "of the Lao People's Democratic Republic
                        * (Lao PDR)" is the party's short form; session 21) */
                       !party_after_name(c, w, j, e, n) &&
                       /* (nor a body's name in its own language and its
                        * short form, "… of the Republic of Poland
                        * (Najwyższa Izba Kontroli, NIK)"; session 41) */
                       !own_name_short_form(t, w, e, n)) {
                /* not a short form, "(CFC)" */
                /* "for Foreign Affairs (Regional Cooperation) of the
                 * Republic of Uganda": a portfolio's parenthesis */
                last = e = skip_parens(w, e, n);
            } else if (scm_word_punct(&w[e], '(') && last == e &&
                       skip_parens(w, e, n) == e + 3 &&
                       w[e + 1].kind == SCM_W_WORD && !w[e + 1].lower &&
                       e + 4 < n && scm_word_is(t, &w[e + 3], "of") &&
                       (w[e + 4].cap ||
                        (scm_word_is(t, &w[e + 4], "the") && e + 5 < n &&
                         w[e + 5].cap))) {
                /* "Director General of the … Regulatory Authority (ARTP)
                 * of Senegal, Mr. Name": the body's short form, then the
                 * office goes on to its state (session 19) */
                e += 3;
            } else if (scm_word_punct(&w[e], '(') && last == e &&
                       skip_parens(w, e, n) == e + 3 &&
                       w[e + 1].kind == SCM_W_WORD && !w[e + 1].lower &&
                       e + 3 < n && w[e + 3].kind == SCM_W_WORD &&
                       w[e + 3].cap &&
                       (in_set(c, &w[e + 3], WS_HONORIFIC) ||
                        scm_lexicon_has(c->lex, SCM_LEX_GIVEN_NAME,
                                        t + w[e + 3].start,
                                        w[e + 3].stop - w[e + 3].start) ||
                        scm_word_is(t, &w[e + 3], "Ma") ||
                        scm_word_is(t, &w[e + 3], "Ma.") ||
                        /* "of the Global Engagement Center (GEC) Priya N.
                         * Dunleavy": a name with an initial (session 30) */
                        (e + 4 < n && name_word(c, &w[e + 3]) && !is_initial(t, &w[e + 3]) &&
                         is_initial(t, &w[e + 4])))) {
                /* "… of the Department of Foreign Affairs (DFA) Ma.
                 * Angelica R. Soriano-Galang": the body's short form,
                 * then the name */
                last = e = e + 3;
            } else if (scm_word_punct(&w[e], ',') && last == e && e + 4 < n &&
                       scm_word_is(t, &w[e + 1], "in") && scm_word_is(t, &w[e + 2], "charge") &&
                       scm_word_is(t, &w[e + 3], "of") && w[e + 4].cap) {
                /* "Secretary of State to the Minister of Industry and
                 * Trade, in charge of Foreign Trade, Mr. A": the office's
                 * remit between commas (session 31) */
                e += 4;
            } else if (scm_word_punct(&w[e], ',') &&
                       (lr = list_of_names(c, w, e, n, listed)) != 0) {
                if (lr < 0) return -1;
                listed = 1;
                e++; /* "of United Nations Command, Combined Forces Command
                      * and U.S. Forces Korea" */
            } else {
                size_t lk = office_link(c, w, e, n);
                /* "for Foreign Affairs and for Ibero-America and the
                 * Caribbean": a second portfolio with its own link */
                if (!lk && e + 2 < n && scm_word_is(t, &w[e], "and") &&
                    (scm_word_is(t, &w[e + 1], "for") ||
                     scm_word_is(t, &w[e + 1], "of")))
                    lk = 2;
                if (!lk && (scm_word_punct(&w[e], '-') ||
                            scm_word_is(t, &w[e], "and") ||
                            scm_word_is(t, &w[e], "the")))
                    lk = 1;
                /* a body's name in French, Spanish or Italian: "the
                 * Director General of the Administration des Douanes et
                 * Impôts Indirects (ADII), Mr A" (no name closes such a
                 * run; session 28) */
                if (!lk && last == e && e > pstart && e + 1 < n && w[e + 1].cap &&
                    (scm_word_is(t, &w[e], "des") || scm_word_is(t, &w[e], "de") ||
                     scm_word_is(t, &w[e], "du") || scm_word_is(t, &w[e], "et") ||
                     scm_word_is(t, &w[e], "del") || scm_word_is(t, &w[e], "della"))) {
                    lk = 1;
                    romance = 1;
                }
                if (lk && e + lk < n &&
                    (w[e + lk].cap || /* "of the Philippines" */
                     (scm_word_is(t, &w[e + lk], "the") && e + lk + 1 < n &&
                      w[e + lk + 1].cap)))
                    e += lk;
                else
                    break;
            }
        }
        if (last) {
            size_t name = 0, split, body_end = last;
            split = romance ? last : name_closing_run(c, w, pstart, last, n, &name, &oom);
            if (oom) return -1;
            if (!split) {
                /* "for European Affairs Driton Ademi of North Macedonia":
                 * the name closes the run before its "of PARTY" */
                size_t q, e3, pq = 0;
                int named = 0;
                /* (cheap first: some "of" after a word a name may end
                 * in; "of Foreign Affairs of the Republic of Korea" has
                 * none) */
                for (q = last - 1; q > pstart + 1 && !named; q--)
                    named = scm_word_is(t, &w[q], "of") &&
                            name_word(c, &w[q - 1]);
                /* the longest: "of the Grand Duchy of Luxembourg" */
                for (q = last - 1; named && q > pstart + 1; q--) {
                    if (!scm_word_is(t, &w[q], "of")) continue;
                    if ((of_party(c, w, q, n, &e3, &oom) && e3 == last) ||
                        of_state_form(c, w, q, n) == last)
                        pq = q;
                    if (oom) return -1;
                }
                if (pq) {
                    split = name_closing_run(c, w, pstart, pq, n, &name, &oom);
                    if (oom) return -1;
                    /* not the last item of a list of portfolios ("of
                     * Environment, Water and Ecological Transition of
                     * Ecuador") */
                    if (split && (scm_word_is(t, &w[split - 1], "and") ||
                                  scm_word_punct(&w[split - 1], ',')))
                        split = name = 0;
                }
            }
            if (!split) {
                /* "Director-General for North American Affairs Kang
                 * Min-seo of the Ministry of Foreign Affairs": a name
                 * before "of" and the person's body, when its words say
                 * it is one (a listed given or family name, an initial) */
                size_t q;
                for (q = pstart + 2; q < last && !split; q++) {
                    size_t nm2 = 0, sp2, k2;
                    int namely = 0;
                    if (!scm_word_is(t, &w[q], "of")) continue;
                    sp2 = name_closing_run(c, w, pstart, q, n, &nm2, &oom);
                    if (oom) return -1;
                    if (!sp2 || !nm2) continue;
                    for (k2 = nm2; k2 < q && !namely; k2++)
                        namely = is_initial(t, &w[k2]) ||
                                 scm_lexicon_has(c->lex, SCM_LEX_GIVEN_NAME,
                                                 t + w[k2].start,
                                                 w[k2].stop - w[k2].start) ||
                                 family_first_name(c, t + w[k2].start,
                                                   w[k2].stop - w[k2].start);
                    if (namely) {
                        split = sp2;
                        name = nm2;
                    }
                }
            }
            if (!split) split = last;
            {
                size_t q, pq = 0;
                const char *pp = NULL;
                /* "... of Japan" closing the body names the party */
                for (q = split - 1; q > pstart; q--) {
                    const char *p3;
                    size_t e3;
                    if (!scm_word_is(t, &w[q], "of")) continue;
                    p3 = of_party(c, w, q, n, &e3, &oom);
                    if (oom) return -1;
                    if (p3 && e3 == split) pq = q, pp = p3;
                }
                if (pp) { /* the longest: "of the Republic of the X" */
                    if (!*party) *party = pp;
                    split = pq;
                } else {
                    /* "of the Kingdom of Valdoria": a state the lexicon
                     * does not know is not part of the office either */
                    for (q = pstart + 1; q + 2 < split; q++) {
                        size_t st = of_state_form(c, w, q, n);
                        if (st && st + 1 == split) {
                            split = q;
                            break;
                        }
                    }
                }
                last = split;
                *name_at = name;
            }
            if (p2 && end < last && w[end].kind == SCM_W_WORD) {
                if (!*party) *party = p2;
                c->skip_from = pstart;
                c->skip_to = end;
            }
            *te = last;
            *after = name ? last : body_end;
        }
    }
    return 0;
}

/* A comma after at most eight capitalised words (or particles) from i: the
 * cheap test before reading "Name, Title" at a capitalised word. */
static int comma_after_caps(const scm_word *w, size_t i, size_t n) {
    size_t j;
    for (j = i; j < n && j - i <= 8; j++) {
        /* (or a bracket: "Leonora P. Dimasalang (Undersecretary for …,
         * Department of Foreign Affairs)"; session 24) */
        if (scm_word_punct(&w[j], ',') || scm_word_punct(&w[j], '(')) return j > i;
        if (w[j].kind != SCM_W_WORD) return 0;
    }
    return 0;
}

/* The role string `s` (n bytes), owned by the extraction: the same text
 * is one string. */
static const char *own_role(people_ctx *c, const char *s, size_t n) {
    size_t q;
    char *r;
    for (q = 0; q < c->roles.len; q++)
        if (strlen(c->roles.items[q]) == n && !memcmp(c->roles.items[q], s, n))
            return c->roles.items[q];
    if (!(r = scm_xstrndup(s, n)) || SCM_VEC_PUSH(&c->roles, r) != 0) {
        free(r);
        return NULL;
    }
    return r;
}

/* An office the title list does not know, after "Name, ": one capitalised
 * word, then "for" or "of" + a body closed by "of PARTY" ("Pipaluk
 * Heilmann Kristiansen, Naalakkersuisoq for Foreign Affairs, Trade and
 * Climate of Greenland").  The party closing it is what makes the word an
 * office.  1 with *te, *next, *party and *role set, 0, -1 on memory. */
static long unknown_office(people_ctx *c, const scm_word *w, size_t o,
                           size_t n, size_t *te, size_t *next,
                           const char **party, const char **role) {
    const char *t = c->t, *p2 = NULL;
    size_t t2 = o + 1, after, unused;
    if (o + 3 >= n || w[o].kind != SCM_W_WORD || !w[o].cap || !w[o].lower ||
        w[o].stop - w[o].start < 4 ||
        !(scm_word_is(t, &w[o + 1], "for") || scm_word_is(t, &w[o + 1], "of")) ||
        /* "Phnom Penh, Kingdom of Cambodia": a state's style, no office
         * (session 14) */
        scm_word_in(t, &w[o], scm_state_form_words))
        return 0;
    if (office_of(c, w, n, &t2, &after, &p2, &unused) != 0) return -1;
    if (!p2 || !*p2 || t2 <= o + 2) return 0;
    if (!(*role = own_role(c, t + w[o].start, w[o].stop - w[o].start)))
        return -1;
    *te = t2;
    *next = after > t2 ? after : t2;
    *party = p2;
    return 1;
}

/* An office after "Name, " whose first words no list knows: up to three
 * capitalised words before a listed title ("…, National Disaster
 * Coordinator of NaDMA", "…, Regional Director for Asia").  After a name
 * and its comma the run can only describe the office; the role keeps the
 * words, as later mentions repeat them ("The National Disaster
 * Coordinator said") (session 16).  The words used with *role set, 0, or
 * -1 on memory. */
static long described_office(people_ctx *c, const scm_word *w, size_t o,
                             size_t n, const char **role) {
    const char *r = NULL, *pc;
    char buf[128];
    size_t j, len, q;
    long k = 0;
    static const char *const function_words[] = {
        "The", "A", "An", "And", "Of", "For", "In", "On", "At", "To", "By",
        "With", "From", "Both", "Our", "Their", "His", "Her", NULL};
    for (j = o; j < n && j - o < 3; j++) {
        if (w[j].kind != SCM_W_WORD || !w[j].cap || !w[j].lower ||
            scm_word_in(c->t, &w[j], function_words))
            return 0;
        /* (an owner is no description: "Manitoba's Minister of
         * Environment" is a Minister of a province no list knows;
         * session 42) */
        if (scm_possessive_len(c->t, &w[j])) {
            if (j != o || (k = title_at(c, w, j + 1, n, &r)) <= 0 || !r || is_rank(r))
                return k < 0 ? -1 : 0;
            *role = r;
            return 1 + k;
        }
        if ((k = title_at(c, w, j + 1, n, &r)) != 0) break;
    }
    /* (a "Commissioner" the words before it describe is an office: "Data
     * Protection Commissioner of the Republic of Mauritius"; session 20) */
    if (k <= 0 || !r || (is_rank(r) && strcmp(r, "Commissioner") != 0))
        return k < 0 ? -1 : 0;
    for (q = o; q <= j; q++) {
        long pk = party_at(c, w, q, n, &pc);
        if (pk != 0) return pk < 0 ? -1 : 0;
    }
    len = scm_modified_role(c->t, w, o, j + 1, (size_t)k, r, buf, sizeof buf);
    if (!len) return 0;
    if (!(*role = own_role(c, buf, len))) return -1;
    return (long)(j + 1 - o) + k;
}

/* "…, Deputy Prime Minister and Minister of Foreign Affairs of the Lao
 * People's Democratic Republic": a second office of the same person after
 * "and" (or a spaced dash) at word j gives the party the first did not.
 * *party set and *next moved past it when found; 0, or -1 (memory).
 * With title_end, a second office that names its body or party ("and
 * Minister for Defence [of Australia]") is part of the title: *title_end
 * becomes its end (and *next, *party follow it); a bare "and Minister"
 * or an office before a capital may be the next person's title ("… and
 * Minister Reyes", "… and Foreign Minister Reyes"). */
static int second_office(people_ctx *c, const scm_word *w, size_t j,
                         size_t n, const char **party, size_t *next,
                         size_t *title_end) {
    const char *r2, *p2 = NULL;
    size_t te2, after, unused;
    long tk;
    if (j + 2 >= n ||
        !(scm_word_is(c->t, &w[j], "and") ||
          (scm_word_punct(&w[j], '-') && j > 0 && w[j].start > w[j - 1].stop &&
           w[j + 1].start > w[j].stop)))
        return 0;
    tk = title_at(c, w, j + 1, n, &r2);
    if (tk <= 0) return tk < 0 ? -1 : 0;
    te2 = j + 1 + (size_t)tk;
    if (office_of(c, w, n, &te2, &after, &p2, &unused) != 0) return -1;
    if (title_end && (te2 > j + 2 || (p2 && *p2)) && !is_rank(r2) &&
        !(te2 < n && w[te2].kind == SCM_W_WORD && w[te2].cap)) {
        *title_end = te2;
        *next = after > te2 ? after : te2;
        if (p2 && *p2 && !*party) *party = p2;
        return 0;
    }
    if (!p2 || !*p2) return 0;
    *party = p2;
    *next = after > te2 ? after : te2;
    return 0;
}

/* A second office after a comma that names the party the first did not
 * is the same person's: "General X, Commander-in-Chief of the Armed
 * Forces, Minister of Defence and Military Production of the Arab
 * Republic of Egypt" (session 14).  j: the word after the first office's
 * title; sets *party, *next and *title_end when found.  0, or -1
 * (memory). */
static int comma_office(people_ctx *c, const scm_word *w, size_t j, size_t n,
                        const char **party, size_t *next, size_t *title_end) {
    const char *r2, *p2 = NULL;
    size_t cm = j, te2, after, unused;
    long tk;
    /* past the first office's body ("of the Armed Forces") */
    if (cm < n && scm_word_is(c->t, &w[cm], "of")) {
        cm++;
        if (cm < n && scm_word_ieq(c->t, &w[cm], "the")) cm++;
        while (cm < n && cm - j < 8 &&
               ((w[cm].kind == SCM_W_WORD && w[cm].cap) ||
                scm_word_is(c->t, &w[cm], "and")))
            cm++;
    }
    if (cm + 2 >= n || !scm_word_punct(&w[cm], ',')) return 0;
    tk = title_at(c, w, cm + 1, n, &r2);
    if (tk <= 0 || is_rank(r2)) return tk < 0 ? -1 : 0;
    te2 = cm + 1 + (size_t)tk;
    if (office_of(c, w, n, &te2, &after, &p2, &unused) != 0) return -1;
    if (!p2 || !*p2) return 0;
    *party = p2;
    *title_end = te2;
    *next = after > te2 ? after : te2;
    return 0;
}

static int second_office_party(people_ctx *c, const scm_word *w, size_t j,
                               size_t n, const char **party, size_t *next) {
    return second_office(c, w, j, n, party, next, NULL);
}

/* An award written with its class in brackets, as Pakistan's forces do:
 * "HI(M)" (Hilal-i-Imtiaz, Military), "SI(M)", "TI(M)", also with a
 * space, "HI (M)": the words used (four), else 0. */
static size_t bracketed_award(const char *t, const scm_word *w, size_t j,
                              size_t n) {
    size_t len;
    /* (one word when no space stands inside: the word scanner reads
     * "PN(M)" whole, as it does "USD(P)"; session 25) */
    if (j < n && w[j].kind == SCM_W_WORD && !w[j].lower &&
        (len = w[j].stop - w[j].start) >= 5 && len <= 7 &&
        t[w[j].stop - 1] == ')' && t[w[j].stop - 3] == '(')
        return 1;
    if (j + 3 >= n || w[j].kind != SCM_W_WORD || w[j].lower ||
        !scm_word_punct(&w[j + 1], '(') || w[j + 1].start > w[j].stop + 1 ||
        w[j + 2].kind != SCM_W_WORD || w[j + 2].stop - w[j + 2].start != 1 ||
        w[j + 2].lower || !scm_word_punct(&w[j + 3], ')'))
        return 0;
    len = w[j].stop - w[j].start;
    return len >= 2 && len <= 4 ? 4 : 0;
}

/* Post-nominals between commas after a name, from the comma at j: "…,
 * M.P., Minister", "…, P.C., M.P., Minister", "…, HI(M), SI(M), Chief of
 * General Staff".  The comma before the office, or j. */
static size_t skip_post_nominals(const people_ctx *c, const scm_word *w,
                                 size_t j, size_t n) {
    for (;;) {
        size_t k = j + 1 < n && in_set(c, &w[j + 1], WS_POST_NOMINAL)
                       ? 1
                       : bracketed_award(c->t, w, j + 1, n);
        /* … with its field in brackets: "D.Sc. (Econ.)" (session 30) */
        if (k == 1 && j + 3 < n && scm_word_punct(&w[j + 2], '(')) {
            size_t e = skip_parens(w, j + 2, n);
            if (e > j + 2 && e <= j + 6) k = e - (j + 1);
        }
        /* … or the officer's service: "Rear Admiral A, Royal Australian
         * Navy, Head of …", "…, United States Navy, Commander of …"
         * (session 30) */
        if (!k) {
            static const char *const services[] = {"Navy", "Army", "Force", "Corps", "Guard",
                                                   "Marines", NULL};
            size_t q = j + 1;
            while (q < n && q < j + 5 && w[q].kind == SCM_W_WORD && w[q].cap) q++;
            if (q > j + 1 && q < n && scm_word_punct(&w[q], ',') &&
                scm_word_in(c->t, &w[q - 1], services))
                k = q - (j + 1);
        }
        if (!k || j + k + 2 >= n || !scm_word_punct(&w[j], ',') ||
            !scm_word_punct(&w[j + 1 + k], ','))
            return j;
        j += 1 + k;
    }
}

/* Letters standing for an award or a course after a name: two to five
 * capitals ("RSP", "USP") or two to four small letters ("psc", "ndc"). */
static int unknown_letters(const char *t, const scm_word *w) {
    size_t n = w->stop - w->start, k, up = 0, low = 0;
    if (w->kind != SCM_W_WORD || n < 2 || n > 5) return 0;
    for (k = w->start; k < w->stop; k++) {
        if (t[k] >= 'A' && t[k] <= 'Z') up++;
        else if (t[k] >= 'a' && t[k] <= 'z') low++;
        else return 0;
    }
    return up == n || (low == n && n <= 4);
}

static int trailing_party(people_ctx *c, const scm_word *w, size_t from, size_t n,
                          const char **party);
/* A name at word `at` (after an honorific at i, or at i itself) and
 * ", [party] Title [of ...]" after it.  `titled`: only with the title
 * (an untitled name of two words or more).  The next word to look at, 0
 * for no person here, (size_t)-1 on memory. */
static size_t name_then_office(people_ctx *c, const scm_word *w, size_t i,
                               size_t at, size_t n, int titled) {
    const char *party = NULL, *role = NULL, *pc = NULL;
    size_t tstart = 0, tstop = 0, j, end, next;
    long k = 0;
    int oom;
    name_info ni;
    if (!parse_name(c, w, at, n, &ni)) return 0;
    if (titled && (ni.comma || ni.count < 2)) return 0;
    j = next = ni.stop;
    /* "Rishi Sunak MP, Prime Minister of ...": a post-nominal between the
     * name and its office */
    if (j + 2 < n && in_set(c, &w[j], WS_POST_NOMINAL)) {
        /* "Catriona Mabry AM CSC, Commander of …", "Dame Imogen Harcastle
         * DBE FRS FREng, Chief Scientific Adviser" (up to four; session
         * 26) */
        size_t q = j;
        while (q < n && q < j + 4 && in_set(c, &w[q], WS_POST_NOMINAL)) q++;
        if (q + 1 < n && scm_word_punct(&w[q], ',')) j = q;
    }
    /* ... in brackets: "Hon. Amb. Zuhura Salum Mkwawa (MP), Minister",
     * and a style so: "Hon. Efua Adjei Mensah (Mrs), Minister for
     * Defence of Ghana" (session 18) */
    else if (j + 4 < n && scm_word_punct(&w[j], '(') &&
             (in_set(c, &w[j + 1], WS_POST_NOMINAL) ||
              in_set(c, &w[j + 1], WS_HONORIFIC)) &&
             scm_word_punct(&w[j + 2], ')') && scm_word_punct(&w[j + 3], ','))
        j += 3;

    /* ... or between commas: "Dr. Chimwemwe Banda, M.P., Minister of",
     * "Mélanie Tremblay-Okpik, P.C., M.P., Minister of"; also after the
     * ones above: "Professor A FRCPI, Sitara-i-Imtiaz, Vice-Chancellor"
     * (session 33) */
    j = skip_post_nominals(c, w, j, n);
    /* "Dr. Liesbeth Van Acker of Belgium, Coordinator of …": the party
     * between the name and its office */
    if (j + 3 < n && scm_word_is(c->t, &w[j], "of")) {
        size_t e2;
        const char *p3 = of_party(c, w, j, n, &e2, &oom), *r3;
        long k3;
        if (oom) return (size_t)-1;
        if (p3 && e2 + 1 < n && scm_word_punct(&w[e2], ',')) {
            if ((k3 = title_at(c, w, e2 + 1, n, &r3)) < 0) return (size_t)-1;
            if (k3 > 0 && !is_rank(r3)) {
                party = p3;
                j = e2;
            }
        }
    }
    /* "Mr. Sidi Mohamed Ould Bouceif (Mauritania), Minister of Hydraulics
     * and Sanitation": the party in brackets between the name and its
     * office (session 36) */
    if (j + 4 < n && scm_word_punct(&w[j], '(')) {
        const char *pb = bracketed_party(c, w, j, n), *rb;
        size_t e3 = skip_parens(w, j, n);
        long kb;
        if (pb && e3 + 1 < n && scm_word_punct(&w[e3], ',')) {
            if ((kb = title_at(c, w, e3 + 1, n, &rb)) < 0) return (size_t)-1;
            /* (an Ambassador for a portfolio too: "Ms. A (Finland),
             * Ambassador for Forest Affairs"; session 40) */
            if (kb > 0 && (!is_rank(rb) || strcmp(rb, "Ambassador") == 0)) {
                party = pb;
                j = e3;
            }
        }
    }
    /* "Mr. Seo Dong-hyun, the ROK Director General for Defense Policy":
     * an article before the office, after a name an honorific opened
     * (not "At Camp Aguinaldo, the Deputy Secretary met …") */
    /* (and an ordinal after it: "Gen. Hollis D. Ravensworth, the 40th
     * Commandant of the Marine Corps"; session 26) */
    if (at > i && j + 3 < n && scm_word_punct(&w[j], ',') &&
        scm_word_is(c->t, &w[j + 1], "the")) {
        const char *r6, *p6;
        size_t o = j + 2;
        long pk6, tk6;
        if (o + 1 < n && !w[o].cap &&
            scm_ordinal_value(c->t + w[o].start, w[o].stop - w[o].start) > 0)
            o++;
        if (w[o].cap) {
            if ((pk6 = party_at(c, w, o, n, &p6)) < 0) return (size_t)-1;
            if ((tk6 = title_at(c, w, o + (size_t)pk6, n, &r6)) < 0)
                return (size_t)-1;
            if (tk6 > 0 && !is_rank(r6)) j = o - 1; /* the comma moves onto "the" */
        }
    }
    if (j + 1 < n && (scm_word_punct(&w[j], ',') ||
                      (j > 0 && scm_word_is(c->t, &w[j], "the") &&
                       scm_word_punct(&w[j - 1], ',')) ||
                      (j > 1 && scm_word_is(c->t, &w[j - 1], "the") &&
                       scm_word_punct(&w[j - 2], ',') && !w[j].cap) ||
                      /* "Name (Undersecretary for …)": the office in
                       * brackets after the name (session 24) */
                      (scm_word_punct(&w[j], '(') && j == ni.stop && ni.count >= 2))) {
        /* ", [party] Title": "Dr. X, U.S. Deputy Assistant Secretary";
         * a style before the title is skipped ("Mr. X, MP, Hon’ble
         * Minister for Commerce of …"; session 14) */
        long pk;
        {
            size_t hs = j + 1;
            const char *rh;
            while (hs + 1 < n && hs < j + 3 && in_set(c, &w[hs], WS_HONORIFIC)) hs++;
            if (hs > j + 1) {
                long th = title_at(c, w, hs, n, &rh);
                if (th < 0) return (size_t)-1;
                if (th > 0) j = hs - 1;
            }
        }
        /* "Mr. Lucas R. Thibodeaux, Performing the Duties of the Deputy
         * Under Secretary of Defense for Policy": the office he performs
         * (session 24), also in lower case: "Ms. A, performing the duties
         * of Deputy Assistant Secretary of Defense" (session 28) */
        if (j + 6 < n && scm_word_ieq(c->t, &w[j + 1], "Performing") &&
            scm_word_is(c->t, &w[j + 2], "the") && scm_word_ieq(c->t, &w[j + 3], "Duties") &&
            scm_word_is(c->t, &w[j + 4], "of"))
            j += scm_word_is(c->t, &w[j + 5], "the") ? 5 : 4;
        /* "Mr. Qiao Zhenyu, Member of the Political Bureau of the CPC
         * Central Committee and Minister of Foreign Affairs of …": a
         * party body's membership before the office (session 24) */
        if (j + 4 < n && scm_word_is(c->t, &w[j + 1], "Member") &&
            scm_word_is(c->t, &w[j + 2], "of")) {
            for (size_t q = j + 3; q + 1 < n && q < j + 16; q++) {
                const char *rm;
                long tm;
                if (w[q].kind != SCM_W_WORD) break;
                if (!scm_word_is(c->t, &w[q], "and")) continue;
                if ((tm = title_at(c, w, q + 1, n, &rm)) < 0) return (size_t)-1;
                if (tm > 0 && !is_rank(rm)) j = q;
                break;
            }
        }
        pk = party_at(c, w, j + 1, n, &pc);
        if (pk < 0) return (size_t)-1;
        if (pk > 0) {
            k = title_at(c, w, j + 1 + (size_t)pk, n, &role);
            if (k > 0) {
                party = pc ? pc : "";
                j += (size_t)pk;
            } else
                pk = 0;
        }
        if (pk == 0) k = title_at(c, w, j + 1, n, &role);
        if (k < 0) return (size_t)-1;
        if (k > 0) {
            size_t after, unused;
            tstart = j + 1;
            tstop = j + 1 + (size_t)k;
            /* "Deputy Minister of National Defence of Canada" */
            if (office_of(c, w, n, &tstop, &after, &party, &unused) != 0)
                return (size_t)-1;
            next = after > tstop ? after : tstop;
            if (!party) {
                party = of_party(c, w, tstop, n, &end, &oom);
                if (oom) return (size_t)-1;
                if (party) next = end;
            }
            if (next == tstop &&
                second_office(c, w, next, n, &party, &next, &tstop) != 0)
                return (size_t)-1;
            /* "General X, Commander-in-Chief of the Armed Forces, Minister
             * of Defence and Military Production of the Arab Republic of
             * Egypt": a second office after a comma that names the party
             * the first did not is the same person's (session 14) */
            /* "General X, Commander-in-Chief of the Armed Forces, Minister
             * of Defence … of the Arab Republic of Egypt" */
            if (!party || !*party) {
                size_t te7 = tstop;
                if (comma_office(c, w, next, n, &party, &next, &te7) != 0)
                    return (size_t)-1;
                if (party) tstop = te7;
            }
            if ((!party || !*party) && trailing_party(c, w, tstop, n, &party) != 0)
                return (size_t)-1;
        } else {
            long uk = 0;
            /* "Dr. Mireille Tehei, WHO Regional Director for the Western
             * Pacific", "…, ROK Regional Director …": a body's short form
             * or a party before the office (session 21) */
            size_t o = j + 1;
            const char *before = NULL; /* the party before the office */
            for (int pass = 0; pass < 2 && uk == 0; pass++) {
                if (pass == 1) {
                    long pk2 = party_at(c, w, j + 1, n, &before);
                    if (pk2 < 0) return (size_t)-1;
                    if (pk2 > 0) o = j + 1 + (size_t)pk2;
                    else if ((before = NULL), j + 2 < n && w[j + 1].kind == SCM_W_WORD && w[j + 1].cap &&
                             !w[j + 1].lower && w[j + 1].stop - w[j + 1].start >= 2 &&
                             w[j + 1].stop - w[j + 1].start <= 6 &&
                             !in_set(c, &w[j + 1], WS_HONORIFIC) &&
                             !in_set(c, &w[j + 1], WS_POST_NOMINAL))
                        o = j + 2;
                    else
                        break;
                }
                role = NULL;
                uk = unknown_office(c, w, o, n, &tstop, &next, &party, &role);
                if (uk < 0) return (size_t)-1;
                if (uk > 0) tstart = o;
                else if ((uk = described_office(c, w, o, n, &role)) != 0) {
                    size_t after, unused;
                    if (uk < 0) return (size_t)-1;
                    tstart = o;
                    tstop = o + (size_t)uk;
                    if (office_of(c, w, n, &tstop, &after, &party, &unused) != 0)
                        return (size_t)-1;
                    next = after > tstop ? after : tstop;
                }
                if (uk > 0 && before && !party) party = before;
            }
        }
    }
    if (titled) {
        static const char *const places[] = {"in", "at", "near", "of", "from",
                                             "to", "on", "into", "off",
                                             "across", "around", NULL};
        name_info other;
        /* "near Scarborough Shoal, Minister Sakamoto ...": a place, and a
         * title that belongs to the name after it */
        size_t after_title = tstop;
        /* "..., Air Chief Marshal Sir Richard Knighton": the title is the
         * next name's */
        while (after_title < n &&
               in_set(c, &w[after_title], WS_HONORIFIC))
            after_title++;
        int personal = 0; /* "from Pio R. Tabuavou, Minister …": an
                           * initial inside says a person, not a place */
        for (size_t q = ni.first; q < ni.stop && !personal; q++)
            personal = q > ni.first && is_initial(c->t, &w[q]);
        /* "under the chairmanship of Vuk Radonjić, Minister …": a
         * person's office or invitation before "of" (session 13) */
        if (at > 1 && scm_word_is(c->t, &w[at - 1], "of")) {
            static const char *const led[] = {
                "chairmanship", "chairpersonship", "chairship",
                "presidency", "leadership", "invitation", "auspices",
                "patronage",
                /* "under the co-chairmanship of Jorge Salinas,
                 * President …" (session 21) */
                "co-chairmanship", "co-chairpersonship", "co-chairship",
                "co-presidency", NULL};
            personal |= scm_word_in(c->t, &w[at - 2], led);
        }
        if (!role ||
            (at > 0 && scm_word_in(c->t, &w[at - 1], places) && !personal) ||
            parse_name(c, w, after_title, n, &other))
            return 0;
    }
    if (!party) {
        party = of_party(c, w, ni.stop, n, &end, &oom);
        if (oom) return (size_t)-1;
    }
    if (add_cand(c, w, &ni, i, tstart, tstop, role, party) != 0)
        return (size_t)-1;
    return next; /* the office is this person's, not the next one's */
}

/* The title holds `role` as a second office: " and President", ",
 * President", " – President" followed by a space or the title's end. */
static int second_title_office(const char *title, const char *role) {
    static const char *const joins[] = {" and ", ", ", " \xE2\x80\x93 ", " - ",
                                        NULL};
    size_t rn = strlen(role);
    if (!title || !rn) return 0;
    for (size_t k = 0; joins[k]; k++) {
        const char *p = title;
        size_t jn = strlen(joins[k]);
        while ((p = strstr(p, joins[k])) != NULL) {
            const char *r = p + jn;
            if (!strncmp(r, role, rn) && (r[rn] == ' ' || r[rn] == '\0'))
                return 1;
            /* (past a body's short form: "… and NOAA Administrator";
             * session 31) */
            {
                const char *q = r;
                while (scm_ascii_is_upper((unsigned char)*q)) q++;
                if (q - r >= 2 && *q == ' ' && !strncmp(q + 1, role, rn) &&
                    (q[1 + rn] == ' ' || q[1 + rn] == '\0'))
                    return 1;
            }
            p += jn;
        }
    }
    return 0;
}

/* Is w an opening curly quote? */
static int opening_quote(const char *t, const scm_word *w) {
    return w->stop - w->start == 3 && (unsigned char)t[w->start] == 0xE2 &&
           (unsigned char)t[w->start + 1] == 0x80 &&
           ((unsigned char)t[w->start + 2] == 0x9C ||
            (unsigned char)t[w->start + 2] == 0x98);
}

/* "Chief (Dr.) Adewale …", "Professor (Mrs.) …": an honorific in
 * brackets after a style that is no rank (a rank's go through
 * skip_retired).  The word after the bracket, or j (session 17). */
static size_t skip_bracketed_honorific(const people_ctx *c,
                                       const scm_word *w, size_t j,
                                       size_t n) {
    return j + 3 < n && scm_word_punct(&w[j], '(') &&
                   in_set(c, &w[j + 1], WS_HONORIFIC) &&
                   scm_word_punct(&w[j + 2], ')') && w[j + 3].cap
               ? j + 3
               : j;
}

/* Two-word styles whose first word alone is no honorific: Malaysia's
 * "Tan Sri" and "Toh Puan" (not the family name Tan), Cambodia's "Lok
 * Chumteav" (Madam; session 14) and "Krala Hom" (session 17).  2 at such
 * a pair, else 0. */
static inline int style_pair(const char *t, const scm_word *w, size_t i,
                             size_t n) {
    if (i + 2 >= n) return 0;
    if (scm_word_is(t, &w[i], "Tan") &&
        (scm_word_is(t, &w[i + 1], "Sri") || scm_word_is(t, &w[i + 1], "Seri")))
        return 2;
    return (scm_word_is(t, &w[i], "Toh") && scm_word_is(t, &w[i + 1], "Puan")) ||
                   (scm_word_is(t, &w[i], "Lok") &&
                    scm_word_is(t, &w[i + 1], "Chumteav")) ||
                   /* Cambodia's Interior Minister: "Samdech Krala Hom Kem
                    * Sovannara" (session 17) */
                   (scm_word_is(t, &w[i], "Krala") && scm_word_is(t, &w[i + 1], "Hom")) ||
                   /* Malaysia's and Brunei's styles written out: "Yang
                    * Berhormat Tuan Lim Chee Keong", "Yang Amat Berhormat",
                    * "Yang Mulia" (not the family name Yang; session 18) */
                   (scm_word_is(t, &w[i], "Yang") &&
                    (scm_word_is(t, &w[i + 1], "Berhormat") ||
                     scm_word_is(t, &w[i + 1], "Amat") ||
                     scm_word_is(t, &w[i + 1], "Mulia") ||
                     scm_word_is(t, &w[i + 1], "Berbahagia")))
               ? 2
               : 0;
}

/* An honorific at word i: a listed one, or a two-word style. */
static int honorific_at(const people_ctx *c, const scm_word *w, size_t i,
                        size_t n) {
    /* "Sen. Raffaele Di Bartolomeo" is a senator, "Sen. Lt. Gen. X" a
     * Senior Lieutenant General: "Sen." before a rank is the rank's */
    if (i + 1 < n && scm_word_is(c->t, &w[i], "Sen.") &&
        scm_lexicon_has(c->lex, SCM_LEX_TITLE_ABBREV, c->t + w[i + 1].start,
                        w[i + 1].stop - w[i + 1].start - 1))
        return 0;
    /* "the Chief Justice of South Africa, Justice A": a judge's style
     * after a comma that closes a court's office (not "Minister of
     * Justice"; session 33) */
    if (i >= 2 && i + 2 < n && scm_word_is(c->t, &w[i], "Justice") && scm_word_punct(&w[i - 1], ',') &&
        w[i + 1].kind == SCM_W_WORD && w[i + 1].cap) {
        for (size_t q = i - 1; q > 0 && q + 12 > i; q--)
            if (scm_word_is(c->t, &w[q - 1], "Justice") || scm_word_is(c->t, &w[q - 1], "Court"))
                return 1;
    }
    /* "the Hon. Mrs. Justice A", "His Lordship Justice A": a judge's
     * style after another style (session 35) */
    if (i >= 1 && i + 1 < n && scm_word_is(c->t, &w[i], "Justice") && w[i + 1].kind == SCM_W_WORD &&
        w[i + 1].cap && in_set(c, &w[i - 1], WS_HONORIFIC))
        return 1;
    return in_set(c, &w[i], WS_HONORIFIC) || style_pair(c->t, w, i, n);
}

/* A Malay style that "Sri" or "Seri" completes: "Tan", "Datuk",
 * "Dato", "Datin", "Toh", "Tun", "Seri", "Sri". */
static int malay_style(const char *t, const scm_word *w) {
    static const char *const styles[] = {"Tan", "Datuk", "Dato", "Datin", "Toh",
                                         "Tun", "Seri", "Sri", NULL};
    return scm_word_in(t, w, styles);
}

/* The word after a run of honorifics starting at i: "His Excellency
 * Sheikh", "H.E. Mr.", "Datuk Seri" ("Seri"/"Sri" only after one), "Tan
 * Sri Dato' Sri". */
static size_t honorific_run(const people_ctx *c, const scm_word *w,
                            size_t i, size_t n) {
    const char *t = c->t;
    size_t at = i + (style_pair(t, w, i, n) ? 2 : 1);
    while (at < n && at - i < 12) { /* (Brunei's runs are long; session 33) */
        if (in_set(c, &w[at], WS_HONORIFIC)) {
            at++;
        } else if (at + 1 < n && scm_word_is(t, &w[at], "Justice") && w[at + 1].kind == SCM_W_WORD &&
                   w[at + 1].cap && in_set(c, &w[at - 1], WS_HONORIFIC)) {
            at++; /* "the Hon. Mrs. Justice A" (session 35) */
        } else if (style_pair(t, w, at, n)) {
            at += 2; /* "H.E. Lok Chumteav Ouk Sreymom" */
        } else if (at + 1 < n && w[at].kind == SCM_W_WORD && !w[at].cap &&
                   w[at].stop - w[at].start <= 5 &&
                   scm_word_punct(&w[at + 1], '.') &&
                   w[at + 1].start == w[at].stop) {
            at += 2; /* "Dr. sc. pol.": a doctorate's field and its period */
        } else if (at + 1 < n && scm_word_is(t, &w[at], "the") &&
                   in_set(c, &w[at + 1], WS_HONORIFIC)) {
            at++; /* "Dr. the Hon. Kelvin R. Deshong" (session 13) */
        } else if (at + 2 < n && scm_word_is(t, &w[at], "the") &&
                   (scm_word_is(t, &w[at + 1], "Most") || scm_word_is(t, &w[at + 1], "Right")) &&
                   in_set(c, &w[at + 2], WS_HONORIFIC)) {
            at += 2; /* "Dr. the Most Hon. Everton McKoy", Jamaica's style
                      * (session 28) */
        } else if (at + 3 < n && scm_word_punct(&w[at], '(') &&
                   (scm_word_is(t, &w[at + 1], "H.C.") || scm_word_is(t, &w[at + 1], "HC") ||
                    scm_word_is(t, &w[at + 1], "h.c.")) &&
                   scm_word_punct(&w[at + 2], ')')) {
            at += 3; /* "Dr. (H.C.) Haryanto …", an honorary doctorate
                      * (session 24) */
        } else if (scm_word_punct(&w[at], '\'') &&
                   (scm_word_is(t, &w[at - 1], "Dato") || scm_word_is(t, &w[at - 1], "Fra"))) {
            at++; /* "Dato' Sri": the apostrophe is a word of its own */
        } else if ((scm_word_is(t, &w[at], "Seri") ||
                    scm_word_is(t, &w[at], "Sri") ||
                    /* "Datuk Wira Haji Mohd Faizal", "Datuk Paduka"
                     * (session 27) */
                    scm_word_is(t, &w[at], "Wira") ||
                    scm_word_is(t, &w[at], "Paduka")) &&
                   (malay_style(t, &w[at - 1]) || scm_word_punct(&w[at - 1], '\''))) {
            /* "Tan Sri", "Datuk Seri", "Dato' Sri"; not "H.E. Sri Wahyuni
             * Kartikasari", an Indonesian given name (session 21) */
            at++;
        } else if ((/* Malaysia: "YB Tuan", "YB Puan" (Mr, Mrs) */
                    scm_word_is(t, &w[at], "Tuan") ||
                    scm_word_is(t, &w[at], "Puan") ||
                    /* Brunei: "Dato Seri Setia Awang Haji Nazri …" */
                    scm_word_is(t, &w[at], "Setia")) &&
                   (in_set(c, &w[at - 1], WS_HONORIFIC) ||
                    scm_word_punct(&w[at - 1], '\'') ||
                    scm_word_is(t, &w[at - 1], "Seri") ||
                    scm_word_is(t, &w[at - 1], "Sri"))) {
            at++;
        } else {
            break;
        }
    }
    return at;
}

/* "His Highness", "Her Excellency", "His Royal Highness" (session 20):
 * the honorific after the possessive at i, else i. */
static size_t his_style(const people_ctx *c, const scm_word *w, size_t i,
                        size_t n) {
    const char *t = c->t;
    size_t h = i + 1;
    if (i + 1 >= n ||
        !(scm_word_is(t, &w[i], "His") || scm_word_is(t, &w[i], "Her")))
        return i;
    if (h + 1 < n && scm_word_is(t, &w[h], "Royal")) h++;
    return in_set(c, &w[h], WS_HONORIFIC) ? h : i;
}

/* The person named by *ni, introduced at word mstart with the office
 * [ts, te): the party, if none yet, from "of [the] PARTY" after the name
 * ("... Anna Lindgren of Norway").  The word after the name, or
 * (size_t)-1 on memory. */
/* "Shri A, Secretary, Ministry of Mines, Government of India;", "Mr. B,
 * Director-General, Agency for Natural Resources and Energy, Ministry of
 * Economy, Trade and Industry, Japan;": the party as the last part of an
 * office set apart by commas, from word `from` up to the list's next item
 * (a semicolon or a style) (session 26).  0, or -1 on memory. */
static int trailing_party(people_ctx *c, const scm_word *w, size_t from, size_t n,
                          const char **party) {
    for (size_t q = from; !*party && q + 1 < n && q < from + 30; q++) {
        const char *cls = NULL;
        size_t r = q + 1, e;
        long pk;
        if (scm_word_punct(&w[q], ';') || scm_word_punct(&w[q], '.') ||
            in_set(c, &w[q], WS_HONORIFIC))
            break;
        if (!scm_word_punct(&w[q], ',')) continue;
        if (r + 2 < n && scm_word_is(c->t, &w[r], "Government") && scm_word_is(c->t, &w[r + 1], "of"))
            r += 2;
        if ((pk = party_at(c, w, r, n, &cls)) < 0) return -1;
        e = r + (size_t)pk;
        if (pk > 0 && cls &&
            (e >= n || scm_word_punct(&w[e], ';') || scm_word_punct(&w[e], '.') ||
             scm_word_punct(&w[e], ',') || scm_word_is(c->t, &w[e], "and")))
            *party = cls;
    }
    return 0;
}

/* "Lyonchhen Thinley Penjor, Prime Minister of the Kingdom of Bhutan":
 * the party of an office given after the name (word ns, a comma) in
 * apposition; *party is left as it is when there is none.  0, or -1
 * (memory). */
static int appositive_party(people_ctx *c, const scm_word *w, size_t ns,
                            size_t n, const char **party) {
    const char *r2, *p2 = NULL;
    size_t tstop, after, unused;
    long tk;
    if (ns + 2 >= n || !scm_word_punct(&w[ns], ',')) return 0;
    tk = title_at(c, w, ns + 1, n, &r2);
    if (tk <= 0) return tk < 0 ? -1 : 0;
    tstop = ns + 1 + (size_t)tk;
    if (office_of(c, w, n, &tstop, &after, &p2, &unused) != 0) return -1;
    /* (not an office with a name right after it: "At the invitation of
     * Minister of Foreign Affairs A, Minister of Foreign and European
     * Affairs of the Republic of Croatia B paid …" is B's; session 27) */
    {
        size_t nx = after > tstop ? after : tstop;
        if (nx + 1 < n && scm_word_is(c->t, &w[nx], "of")) {
            const char *pc = NULL;
            long pk;
            size_t q;
            nx++;
            if (scm_word_ieq(c->t, &w[nx], "the")) nx++;
            /* (past "Republic of" to the party's name) */
            for (q = nx; q < n && q < nx + 6; q++) {
                if ((pk = party_at(c, w, q, n, &pc)) < 0) return -1;
                if (pk > 0) {
                    nx = q + (size_t)pk;
                    break;
                }
                if (!(w[q].kind == SCM_W_WORD && w[q].cap) && !scm_word_is(c->t, &w[q], "of"))
                    break;
            }
        }
        if (nx < n && w[nx].kind == SCM_W_WORD && w[nx].cap &&
            (name_word(c, &w[nx]) || in_set(c, &w[nx], WS_HONORIFIC)))
            return 0;
    }
    if (p2 && *p2) *party = p2;
    else if (second_office_party(c, w, after > tstop ? after : tstop, n,
                                 party, &after) != 0)
        return -1;
    else if (!*party && comma_office(c, w, after > tstop ? after : tstop, n,
                                     party, &after, &tstop) != 0)
        return -1;
    if (!*party && trailing_party(c, w, tstop, n, party) != 0) return -1;
    return 0;
}

/* Rank Name, Office: "General Park, Min Soo, Chairman of the ROK Joint
 * Chiefs of Staff" -- the office after the name (at word ns, a comma)
 * gives title and role; *ots, *ote, *next, *role and *party follow it.
 * 0, or -1 on memory. */
static int rank_then_office(people_ctx *c, const scm_word *w, size_t ns,
                            size_t n, const char **party, const char **role,
                            size_t *ots, size_t *ote, size_t *next) {
    const char *r2 = NULL, *p2 = NULL;
    long pk, k2;
    size_t s1 = ns + 1;
    if (ns + 1 >= n || !scm_word_punct(&w[ns], ',')) return 0;
    /* "Gen. Hollis D. Ravensworth, the 40th Commandant of the Marine
     * Corps": the article and an ordinal before the office (session 26) */
    /* (only with the ordinal: "…, Ms. A, the Deputy Director-General of
     * …, Ms. B" is the next item of a list) */
    if (s1 + 2 < n && scm_word_is(c->t, &w[s1], "the") && !w[s1 + 1].cap &&
        scm_ordinal_value(c->t + w[s1 + 1].start, w[s1 + 1].stop - w[s1 + 1].start) > 0 &&
        w[s1 + 2].cap)
        s1 += 2;
    /* "General Park Dong Il, ROK Chairman of ...": the party before the
     * office is the person's */
    if ((pk = party_at(c, w, s1, n, &p2)) < 0) return -1;
    k2 = title_at(c, w, s1 + (size_t)pk, n, &r2);
    if (k2 < 0) return -1;
    if (k2 == 0 && pk > 0) {
        pk = 0;
        if ((k2 = title_at(c, w, s1, n, &r2)) < 0) return -1;
    }
    if (k2 == 0 && pk == 0 && /* "…, commander of U.S. … Command" */
        (k2 = lower_title_at(c, w, s1, n, &r2)) < 0)
        return -1;
    if (k2 > 0 && r2 &&
        (!is_rank(r2) ||
         /* "Pol. Lt. Gen. X, Deputy Commissioner-General of the Royal
          * Thai Police": a rank that gives way to an office is that
          * office when it names its body (session 17) */
         ((strcmp(r2, "Commissioner") == 0 || strcmp(r2, "Ambassador") == 0) &&
          s1 + (size_t)pk + (size_t)k2 < n &&
          (scm_word_is(c->t, &w[s1 + (size_t)pk + (size_t)k2], "of") ||
           /* "Ambassador X, Commissioner for Political Affairs, Peace
            * and Security of ECCAS" (session 21) */
           scm_word_is(c->t, &w[s1 + (size_t)pk + (size_t)k2], "for"))))) {
        const char *op = *party;
        size_t o1 = s1 + (size_t)pk, o2 = o1 + (size_t)k2, onext, unused;
        name_info other;
        /* "Chairman/Chief Executive of the National Drug Law Enforcement
         * Agency": two offices joined by a slash are one (session 21) */
        if (o2 + 1 < n && scm_word_punct(&w[o2], '/')) {
            const char *r3;
            long k3 = title_at(c, w, o2 + 1, n, &r3);
            if (k3 < 0) return -1;
            if (k3 > 0) o2 += 1 + (size_t)k3;
        }
        if (office_of(c, w, n, &o2, &onext, &op, &unused) != 0) return -1;
        if (onext < o2) onext = o2;
        /* "Senator X, Deputy Prime Minister and Minister for Foreign
         * Affairs of …": a second office of the same person (session 23) */
        if (o2 == onext && second_office(c, w, o2, n, &op, &onext, &o2) != 0)
            return -1;
        /* "General Angus Campbell, Secretary of the Department of Defence,
         * Greg Moriarty, ...": an office followed by a name of its own in
         * a list is that name's */
        if (onext + 1 < n && scm_word_punct(&w[onext], ',') &&
            parse_name(c, w, onext + 1, n, &other) && other.count >= 2 &&
            (other.stop >= n || scm_word_punct(&w[other.stop], ',') ||
             scm_word_punct(&w[other.stop], '.') ||
             scm_word_is(c->t, &w[other.stop], "and")))
            return 0;
        if (pk > 0 && !*party) *party = p2 ? p2 : "";
        if (op && !*party) *party = op;
        *ots = o1;
        *ote = o2;
        *next = onext;
        *role = r2;
        /* "General X, Commander-in-Chief of the Armed Forces, Minister of
         * Defence … of Egypt" */
        if ((!*party || !**party) &&
            comma_office(c, w, o2, n, party, next, ote) != 0)
            return -1;
    }
    return 0;
}

static size_t take_person(people_ctx *c, const scm_word *w, size_t n,
                          name_info *ni, size_t mstart, size_t ts, size_t te,
                          const char *role, const char *party) {
    size_t end, next = ni->stop;
    int oom;
    /* "Assistant Commissioner of Police Everton R. Noel, Commander of the
     * Special Services Unit": a rank with its service before the name,
     * the office after it (session 16) */
    if (is_rank(role) &&
        rank_then_office(c, w, ni->stop, n, &party, &role, &ts, &te, &next) != 0)
        return (size_t)-1;
    if (!party) {
        party = of_party(c, w, skip_parens(w, ni->stop, n), n, &end, &oom);
        if (oom) return (size_t)-1;
    }
    if (!party && appositive_party(c, w, ni->stop, n, &party) != 0)
        return (size_t)-1;
    if (add_cand(c, w, ni, mstart, ts, te, role, party) != 0)
        return (size_t)-1;
    return next > ni->stop ? next : ni->stop;
}

/* A role held in the meeting, not in a government: "Chair", "Vice
 * Chair", "Co-Chair", "Chairperson". */
static int chair_role(const char *role) {
    static const char *const chairs[] = {"Chair", "Vice Chair", "Vice-Chair",
                                         "Co-Chair", "Co-chair",
                                         "Chairperson", NULL};
    return role && scm_bytes_in(role, strlen(role), chairs);
}

/* An Australian courtesy style between an office and a name, "[Senator]
 * the Hon[.]": the word where its honorific starts, else j. */
static size_t courtesy_style(const people_ctx *c, const scm_word *w,
                             size_t j, size_t n) {
    const char *t = c->t;
    if (j + 2 < n && scm_word_is(t, &w[j], "Senator") &&
        scm_word_is(t, &w[j + 1], "the") && in_set(c, &w[j + 2], WS_HONORIFIC))
        return j + 2;
    if (j + 1 < n && scm_word_is(t, &w[j], "the") &&
        in_set(c, &w[j + 1], WS_HONORIFIC))
        return j + 1;
    return j;
}

/* Try an introduction at word i; returns the next word to look at, or
 * (size_t)-1 on memory. */
/* "The Presidents of the Argentine Republic, Javier Ignacio Etcheverry;
 * of the Federative Republic of Brazil, Ana Beatriz Moreira Lins; … and
 * of the Plurinational State of Bolivia, Marcelo Choque Mamani": a plural
 * office shared out over parties, each "of PARTY, Name".  The word after
 * the last name, 0 when word i opens no such list, (size_t)-1 on memory. */
static size_t shared_office(people_ctx *c, const scm_word *w, size_t i,
                            size_t n) {
    const char *t = c->t, *role;
    char sing[64];
    size_t len, j = i + 1, last = 0;
    int people = 0;
    /* (an office of two words: "the Prime Ministers of Denmark, A, of
     * Finland, B, …"; session 33) */
    /* (not a portfolio before the office: "The Foreign Ministers of A,
     * X, …" are Ministers, as the golds read them) */
    if (j + 1 < n && w[i].kind == SCM_W_WORD && w[i].cap && t[w[i].stop - 1] != 's' &&
        w[j].kind == SCM_W_WORD && w[j].cap && scm_word_is(t, &w[j + 1], "of") &&
        !scm_word_in(t, &w[i], (const char *const[]){"Foreign", "Defence", "Defense", "Federal", NULL}))
        j++;
    len = w[j - 1].stop - w[i].start;
    if (w[j - 1].kind != SCM_W_WORD || !w[i].cap || len < 4 || len >= sizeof sing ||
        t[w[j - 1].stop - 1] != 's' || j >= n || !scm_word_is(t, &w[j], "of"))
        return 0;
    memcpy(sing, t + w[i].start, len - 1);
    sing[len - 1] = '\0';
    role = scm_lexicon_class(c->lex, SCM_LEX_TITLE, sing, len - 1);
    if (!role) return 0;
    while (j < n && scm_word_is(t, &w[j], "of")) {
        size_t end = 0;
        int oom = 0;
        const char *party = of_party(c, w, j, n, &end, &oom);
        name_info ni;
        if (oom) return (size_t)-1;
        /* "of the Argentine Republic": the adjective, then the form */
        while (party && end < n && w[end].cap && in_set(c, &w[end], WS_STATE_FORM))
            end++;
        if (!party || end + 1 >= n || !scm_word_punct(&w[end], ','))
            break;
        {
            /* "of Indonesia, New Zealand and …": a list of parties */
            const char *cls;
            long pk = party_at(c, w, end + 1, n, &cls);
            if (pk < 0) return (size_t)-1;
            if (pk > 0) break;
        }
        if (!parse_name(c, w, end + 1, n, &ni) || ni.comma || ni.count < 2)
            break;
        if (add_cand(c, w, &ni, end + 1, 0, 0, role, *party ? party : NULL) != 0)
            return (size_t)-1;
        people++;
        last = ni.stop;
        j = ni.stop;
        /* "; of …", ", of …", "; and of …" */
        if (j < n && (scm_word_punct(&w[j], ';') || scm_word_punct(&w[j], ',')))
            j++;
        if (j < n && scm_word_is(t, &w[j], "and")) j++;
    }
    return people >= 2 ? last : 0;
}

/* "the Captains Regent of the Republic of San Marino, Giacomo Casadei and
 * Francesca Ugolini": one party's office held jointly, in the plural (of
 * its first word when a second follows: "Captains Regent"), then two
 * names joined by "and".  The word after the second name, 0 when word i
 * opens no such office, (size_t)-1 on memory (session 25). */
static size_t joint_office(people_ctx *c, const scm_word *w, size_t i,
                           size_t n) {
    const char *t = c->t, *role, *party;
    char sing[64];
    size_t len = w[i].stop - w[i].start, j = i + 1, end = 0;
    int oom = 0;
    name_info n1, n2;
    if (w[i].kind != SCM_W_WORD || !w[i].cap || len < 4 || len >= sizeof sing ||
        t[w[i].stop - 1] != 's' || j + 4 >= n)
        return 0;
    memcpy(sing, t + w[i].start, len - 1);
    sing[len - 1] = '\0';
    if (w[j].kind == SCM_W_WORD && w[j].cap && t[w[j].stop - 1] != 's' &&
        len + (w[j].stop - w[j].start) < sizeof sing) {
        size_t l2 = w[j].stop - w[j].start;
        sing[len - 1] = ' ';
        memcpy(sing + len, t + w[j].start, l2);
        sing[len + l2] = '\0';
        j++;
    }
    if (j >= n || !scm_word_is(t, &w[j], "of")) return 0;
    role = scm_lexicon_class(c->lex, SCM_LEX_TITLE, sing, strlen(sing));
    if (!role) return 0;
    party = of_party(c, w, j, n, &end, &oom);
    if (oom) return (size_t)-1;
    while (party && end < n && w[end].cap && in_set(c, &w[end], WS_STATE_FORM))
        end++;
    if (!party || end + 1 >= n || !scm_word_punct(&w[end], ','))
        return 0;
    if (!parse_name(c, w, end + 1, n, &n1) || n1.comma || n1.count < 2 ||
        n1.stop + 1 >= n || !scm_word_is(t, &w[n1.stop], "and") ||
        !parse_name(c, w, n1.stop + 1, n, &n2) || n2.comma || n2.count < 2)
        return 0;
    if (add_cand(c, w, &n1, end + 1, 0, 0, role, *party ? party : NULL) != 0 ||
        add_cand(c, w, &n2, n1.stop + 1, 0, 0, role, *party ? party : NULL) != 0)
        return (size_t)-1;
    return n2.stop;
}

/* "The Prime Ministers of the Visegrád Group (V4) – Vojtěch Kratochvíl of
 * the Czech Republic, Dr. Ágnes Szentgyörgyi of Hungary, … and Ľuboš
 * Krajňák of the Slovak Republic –": a plural office (up to three words)
 * and, after a dash, a colon or a comma, a list of "Name of PARTY".  The word
 * after the last party, 0 when word i opens no such list, (size_t)-1 on
 * memory. */
static size_t listed_office(people_ctx *c, const scm_word *w, size_t i,
                            size_t n) {
    const char *t = c->t, *role;
    char sing[64];
    size_t p, k, len, last = 0;
    int people = 0;
    for (p = i; p < n && p < i + 3; p++) {
        if (w[p].kind != SCM_W_WORD || !w[p].cap) return 0;
        if (t[w[p].stop - 1] == 's' && p + 1 < n &&
            (scm_word_is(t, &w[p + 1], "of") || scm_word_punct(&w[p + 1], '-') ||
             scm_word_punct(&w[p + 1], ':') ||
             /* "coordinated by the Chief Negotiators, Mr. A of Peru and
              * Ms. B of Türkiye" (session 26) */
             scm_word_punct(&w[p + 1], ',')))
            break;
    }
    if (p >= n || p >= i + 3) return 0;
    len = w[p].stop - 1 - w[i].start;
    if (len < 4 || len >= sizeof sing) return 0;
    memcpy(sing, t + w[i].start, len);
    sing[len] = '\0';
    role = scm_lexicon_class(c->lex, SCM_LEX_TITLE, sing, len);
    if (!role) return 0;
    /* the dash or colon that opens the list, before any sentence end */
    for (k = p + 1; k < n && k < p + 14; k++) {
        if (scm_word_punct(&w[k], '-') || scm_word_punct(&w[k], ':') ||
            (k == p + 1 && scm_word_punct(&w[k], ',')))
            break;
        if (scm_word_punct(&w[k], '.') || scm_word_punct(&w[k], ';')) return 0;
    }
    if (k >= n || k >= p + 14) return 0;
    for (k++; k < n;) {
        size_t h = k, end = 0;
        int oom = 0;
        const char *party;
        name_info ni;
        while (k < n && in_set(c, &w[k], WS_HONORIFIC)) k++;
        if (!parse_name(c, w, k, n, &ni) || ni.comma || ni.count < 2) break;
        party = of_party(c, w, ni.stop, n, &end, &oom);
        if (oom) return (size_t)-1;
        if (!party) break;
        while (end < n && w[end].cap && in_set(c, &w[end], WS_STATE_FORM))
            end++;
        if (add_cand(c, w, &ni, h, 0, 0, role, *party ? party : NULL) != 0)
            return (size_t)-1;
        people++;
        last = k = end;
        if (k < n && scm_word_punct(&w[k], ',')) k++;
        if (k < n && scm_word_is(t, &w[k], "and")) k++;
    }
    return people >= 2 ? last : 0;
}

/* An office (no rank) right after the comma at word j, read with its
 * body and party (office_of): its words in *tk, its end in *te2, the word
 * after its party in *j2, the party in *p3 (kept when none), a name
 * office_of found in *name2.  1 when there is one, 0 when not, -1
 * memory. */
static int office_after_comma(people_ctx *c, const scm_word *w, size_t j,
                              size_t n, const char **p3, long *tk, size_t *te2,
                              size_t *j2, size_t *name2) {
    const char *r2;
    *tk = title_at(c, w, j + 1, n, &r2);
    if (*tk < 0) return -1;
    if (*tk == 0 || is_rank(r2)) return 0;
    *te2 = j + 1 + (size_t)*tk;
    return office_of(c, w, n, te2, j2, p3, name2) != 0 ? -1 : 1;
}

/* Does a person read already (one of the last eight) end at text offset
 * off?  "His Majesty Sultan A, Sultan of Oman, …": the office after the
 * comma is that person's. */
static int person_ends_at(const people_ctx *c, size_t off) {
    for (size_t i = c->cands.len; i-- > 0 && i + 8 >= c->cands.len;)
        if ((size_t)c->cands.items[i].mention.stop == off) return 1;
    return 0;
}

/* "Prime Ministers Wouter Van Langenhove of Belgium and Luís Duarte Teles
 * Coutinho of Portugal", "Presidents A (Paraguay), B (Bolivia) and C
 * (Peru)": the plural of a listed title (one or two words) before two
 * names or more, each with its party after it ("of PARTY" or in
 * brackets); each name is a person with the singular office (session
 * 28).  The word after the list, 0 when there is none here, -1 on
 * memory. */
static size_t plural_title_list(people_ctx *c, const scm_word *w, size_t i,
                                size_t n) {
    const char *t = c->t, *role = NULL, *party[8];
    char buf[64];
    size_t e = 0, q, tw, len, count = 0, stop[8];
    name_info names[8];
    int found = 0, oom = 0;
    for (tw = 1; tw <= 2 && !found; tw++) {
        size_t last = i + tw - 1, ln;
        if (last + 2 >= n) break;
        for (q = i; q <= last; q++)
            if (w[q].kind != SCM_W_WORD || !w[q].cap || !w[q].lower) return 0;
        ln = w[last].stop - w[last].start;
        len = w[last].stop - w[i].start - 1;
        if (ln < 5 || t[w[last].stop - 1] != 's' || len >= sizeof buf ||
            (tw == 2 && w[i].stop + 1 != w[last].start))
            continue;
        memcpy(buf, t + w[i].start, len);
        role = scm_phrase_lookup(&c->title, buf, len, &found);
        if (found) e = last + 1;
    }
    if (!found || !role || !*role || is_rank(role)) return 0;
    q = e;
    /* (also after a comma: "of the two Prime Ministers, Mikkel Brandt
     * Damgaard (Denmark) and Rui Miguel Teixeira de Vasconcelos
     * (Portugal)"; session 29) */
    if (q + 2 < n && scm_word_punct(&w[q], ',')) q++;
    while (count < 8 && q + 1 < n) {
        size_t at = honorific_at(c, w, q, n) ? honorific_run(c, w, q, n) : q, next;
        const char *p = NULL;
        if (!parse_name(c, w, at, n, &names[count]) || names[count].count < 2 ||
            names[count].comma)
            break;
        next = names[count].stop;
        if (next + 1 < n && scm_word_is(t, &w[next], "of")) {
            size_t pe;
            p = of_party(c, w, next, n, &pe, &oom);
            if (oom) return (size_t)-1;
            if (p) next = pe;
        } else if ((p = bracketed_party(c, w, next, n)) != NULL) {
            next = skip_parens(w, next, n);
        }
        if (!p) break;
        party[count] = p;
        stop[count++] = next;
        q = next;
        if (q < n && scm_word_punct(&w[q], ',')) q++;
        if (q < n && scm_word_is(t, &w[q], "and")) q++;
        else if (q > 0 && !scm_word_punct(&w[q - 1], ',')) break;
    }
    if (count < 2) return 0;
    for (q = 0; q < count; q++)
        if (add_cand(c, w, &names[q], q ? names[q].first : i, i, e, role, party[q]) != 0)
            return (size_t)-1;
    return stop[count - 1];
}

/* "Their Excellencies A, B and C, Presidents, respectively, of the
 * Republics of Costa Rica, Nicaragua and Panama", "… Dr. A, Dr. B and
 * Mr. C, Presidents of the Republic of Malawi, … and the Republic of
 * Zambia respectively": each name the office's singular and the party of
 * its place in the list (session 31).  The word after the list, 0 when
 * it is not one, (size_t)-1 on memory. */
static size_t respectively_list(people_ctx *c, const scm_word *w, size_t i, size_t n) {
    const char *t = c->t, *role = NULL, *parties[6];
    name_info names[6];
    size_t starts[6], nn = 0, np = 0, k = i + 2, q;
    int found = 0, resp = 0;
    if (!(i + 6 < n && scm_word_is(t, &w[i], "Their") && scm_word_is(t, &w[i + 1], "Excellencies")))
        return 0;
    while (nn < 6) {
        if (k < n && in_set(c, &w[k], WS_HONORIFIC)) k = honorific_run(c, w, k, n);
        if (k >= n || !parse_name(c, w, k, n, &names[nn]) || names[nn].count < 2) return 0;
        starts[nn] = k;
        k = names[nn++].stop;
        if (k < n && scm_word_punct(&w[k], ',')) k++;
        if (k < n && scm_word_is(t, &w[k], "and")) {
            k++;
            continue;
        }
        /* (the office's plural: "Presidents", "Prime Ministers") */
        if (k < n && w[k].cap && w[k].stop - w[k].start > 3 && t[w[k].stop - 1] == 's') {
            role = scm_phrase_lookup(&c->title, t + w[k].start, w[k].stop - w[k].start - 1, &found);
            if (!found || !role) return 0;
            break;
        }
        if (k >= n || !w[k].cap) return 0;
    }
    if (nn < 2 || !role) return 0;
    for (q = k + 1; q < n && q < k + 40; q++) {
        const char *cls = NULL;
        long pk;
        if (scm_word_punct(&w[q], '.') || scm_word_punct(&w[q], ';')) break;
        if (scm_word_is(t, &w[q], "respectively")) {
            resp = 1;
            continue;
        }
        if (w[q].kind == SCM_W_WORD && !w[q].cap && !scm_word_is(t, &w[q], "of") &&
            !scm_word_is(t, &w[q], "the") && !scm_word_is(t, &w[q], "and"))
            break; /* the verb */
        if (!w[q].cap || np == 6) continue;
        pk = party_at(c, w, q, n, &cls);
        if (pk < 0) return (size_t)-1;
        if (pk > 0 && cls && *cls) {
            parties[np++] = cls;
            q += (size_t)pk - 1;
        }
    }
    if (!resp || np != nn) return 0;
    for (size_t x = 0; x < nn; x++)
        if (add_cand(c, w, &names[x], starts[x], starts[x], starts[x], role, parties[x]) != 0)
            return (size_t)-1;
    return q;
}

static size_t try_person(people_ctx *c, const scm_word *w, size_t i,
                         size_t n) {
    const char *t = c->t;
    const char *party = NULL, *role = NULL, *pc = NULL;
    size_t ts = i, te, j, end, name_at = 0;
    long k;
    int oom;
    name_info ni;
    {
        size_t so = respectively_list(c, w, i, n);
        if (so == (size_t)-1) return so;
        if (!so) so = shared_office(c, w, i, n);
        if (!so) so = listed_office(c, w, i, n);
        if (!so) so = joint_office(c, w, i, n);
        if (!so) so = plural_title_list(c, w, i, n);
        if (so) return so;
    }
    /* "the Armed Forces Academy of General Milan Rastislav Štefánik": a
     * place or institution named after a person */
    if (i >= 2 && scm_word_is(t, &w[i - 1], "of") &&
        in_set(c, &w[i - 2], WS_PLACE_NOUN))
        return i + 1;
    /* Honorific Name [, Title] [of the PARTY] */
    if (honorific_at(c, w, i, n)) {
        size_t at = i + 1, r;
        /* the Academy “Dr. Franjo Tuđman”: a name in quotes names a thing */
        if (i > 0 && (scm_word_punct(&w[i - 1], '"') ||
                      opening_quote(t, &w[i - 1])))
            return i + 1;
        /* "Camp H. M. Smith": an initial after an initial, no "M." */
        if (i > 0 && is_initial(t, &w[i]) && is_initial(t, &w[i - 1]))
            return i + 1;
        /* "Port Sultan Qaboos": a place named after a person, its noun
         * before the style (session 16) */
        if (after_place_noun(t, w, i)) return honorific_run(c, w, i, n);
        at = honorific_run(c, w, i, n);
        /* "His Royal Highness Crown Prince A": an office after the
         * honorifics, whose last word ("Prince") is one of them, is read
         * as the office before a name (session 33) */
        if (at < n && !in_set(c, &w[at], WS_HONORIFIC)) {
            const char *r1;
            long tk = title_at(c, w, at, n, &r1);
            if (tk < 0) return (size_t)-1;
            if (tk > 1 && in_set(c, &w[at + (size_t)tk - 1], WS_HONORIFIC)) return at;
        }
        /* (anywhere in the run: "Sheikh Dr. Khalid"; session 27) */
        for (size_t q = i; q < at && !c->given_honorific; q++)
            c->given_honorific = in_set(c, &w[q], WS_GIVEN_HONORIFIC);
        r = name_then_office(c, w, i, at, n, 0);
        c->given_honorific = 0;
        return r ? r : at;
    }
    /* Name, [party] Title [of ...]: "Vikram S. Rathore, Minister of
     * Defence of India" */
    {
        const char *r0;
        long pk = party_at(c, w, i, n, &r0), tk;
        if (pk < 0) return (size_t)-1;
        tk = pk ? 0 : title_at(c, w, i, n, &r0);
        if (tk < 0) return (size_t)-1;
        if (!pk && !tk && comma_after_caps(w, i, n)) {
            size_t r = name_then_office(c, w, i, i, n, 1);
            if (r) return r;
        }
    }
    /* [party] Title */
    k = party_at(c, w, i, n, &pc);
    if (k < 0) return (size_t)-1;
    /* "U.S. Forces Korea General Paul LaCamera": a party word that ends a
     * capitalised name is not the party of the title after it */
    if (k > 0 && i > 0 && w[i - 1].kind == SCM_W_WORD && w[i - 1].cap &&
        w[i - 1].lower &&
        /* (a sentence's "The" is no name: "The ROK Deputy Minister …, Dr.
         * Bae Seung-hoon"; session 17) */
        !scm_word_is(t, &w[i - 1], "The"))
        k = 0;
    if (k > 0) {
        const char *r2;
        long tk;
        /* "Republic of Korea (ROK) First Vice Foreign Minister Seo": the
         * party's short form before the title (session 21) */
        if (i + (size_t)k + 3 < n && scm_word_punct(&w[i + (size_t)k], '(') &&
            skip_parens(w, i + (size_t)k, n) == i + (size_t)k + 3 &&
            w[i + (size_t)k + 1].kind == SCM_W_WORD && !w[i + (size_t)k + 1].lower)
            k += 3;
        tk = title_at(c, w, i + (size_t)k, n, &r2);
        if (tk < 0) return (size_t)-1;
        if (tk == 0) return i + (size_t)k;
        party = pc ? pc : "";
        ts = i + (size_t)k;
    }
    c->skip_from = c->skip_to = 0;
    k = title_at(c, w, ts, n, &role);
    if (k <= 0) return k < 0 ? (size_t)-1 : i + 1;
    /* "the Assistant to the Minister of Defence for International
     * Military Cooperation – Head of the … Department, Major General A":
     * the office of one who serves the Minister, not the Minister's; what
     * follows names the person (session 29) */
    if (ts == i && ts >= 3 && scm_word_is(t, &w[ts - 1], "the") && scm_word_is(t, &w[ts - 2], "to") &&
        scm_word_in(t, &w[ts - 3], (const char *const[]){"Assistant", "Aide", "Adviser", "Advisor",
                                                         "Counsellor", "Counselor", NULL}))
        return ts + (size_t)k;
    /* "Port Sultan Qaboos", "Fort King George": a place named after a
     * titled person (session 16) */
    if (ts == i && after_place_noun(t, w, i)) return ts + (size_t)k;
    te = ts + (size_t)k;
    /* "the Co-Chair of the Commission, Chairman of the State Commodity
     * and Raw Materials Exchange of Turkmenistan, Mr. A": the meeting's
     * chair, then the person's own office, which gives title and role (as
     * "The KP Vice Chair, Mr. A, Deputy Minister of …" does; session 39) */
    if (chair_role(role)) {
        size_t o2 = te, after = te, unused = 0;
        const char *p2 = NULL, *r2 = NULL;
        long k2;
        if (office_of(c, w, n, &o2, &after, &p2, &unused) != 0) return (size_t)-1;
        if (!p2 && after + 2 < n && scm_word_punct(&w[after], ',')) {
            k2 = title_at(c, w, after + 1, n, &r2);
            if (k2 < 0) return (size_t)-1;
            if (k2 > 0 && r2 && !is_rank(r2) && !chair_role(r2)) {
                ts = after + 1;
                k = k2;
                te = ts + (size_t)k2;
                role = r2;
            }
        }
    }
    /* "Deputy Prime Minister and Minister of Post and Telecommunications
     * of the Kingdom of Cambodia H.E. Tith Pheakdey": two offices before
     * one name, the first the role (as "A, Deputy Prime Minister and
     * Minister of …" reads it; session 39) */
    /* (the second a Minister's with its portfolio: "The Prime Minister
     * and President Benítez" are two people) */
    if (ts == i && ts >= 2 && scm_word_is(t, &w[ts - 1], "and") && ts + 1 < n &&
        scm_word_is(t, &w[ts], "Minister") &&
        (scm_word_is(t, &w[ts + 1], "of") || scm_word_is(t, &w[ts + 1], "for"))) {
        size_t first = ts;
        const char *first_role = NULL;
        for (size_t q = ts - 1; q-- > 0 && ts - 1 - q <= 5;) {
            const char *rq;
            long fk;
            if (w[q].kind != SCM_W_WORD || !w[q].cap) break;
            fk = title_at(c, w, q, n, &rq);
            if (fk < 0) return (size_t)-1;
            if ((size_t)fk == ts - 1 - q && !is_rank(rq)) {
                first = q;
                first_role = rq;
            }
        }
        /* (unless the text calls the person by the second alone later,
         * before a verb, and never by the first: "the Iraqi Minister
         * expressed …" keeps the second; "Deputy Prime Minister Tith
         * briefed …", "The Maltese Deputy Prime Minister also …" the
         * first) */
        if (first_role) {
            const char *os = t + w[first].start, *from = t + w[te - 1].stop, *tend = t + c->tlen;
            size_t ol = w[ts - 2].stop - w[first].start, rl = strlen(role);
            int again = 0, second = 0;
            for (const char *q = from; !again && (q = scm_find_bytes(q, (size_t)(tend - q), os, ol)); q += ol)
                again = q + ol < tend && !scm_ascii_is_alnum((unsigned char)q[ol]);
            for (const char *q = from; !second && (q = scm_find_bytes(q, (size_t)(tend - q), role, rl)); q += rl) {
                const char *v = q + rl + 1, *ve = v;
                if (v >= tend || q[rl] != ' ' || !scm_ascii_is_lower((unsigned char)*v) ||
                    scm_ascii_is_alnum((unsigned char)q[-1]) ||
                    /* (not inside another office: "Deputy Prime Minister also …") */
                    ((size_t)(q - t) >= 6 && !memcmp(q - 6, "Prime ", 6)) ||
                    ((size_t)(q - t) >= 7 && !memcmp(q - 7, "Deputy ", 7)))
                    continue;
                while (ve < tend && scm_ascii_is_lower((unsigned char)*ve)) ve++;
                second = !((ve - v == 2 && (!memcmp(v, "of", 2) || !memcmp(v, "in", 2) ||
                                            !memcmp(v, "at", 2) || !memcmp(v, "to", 2))) ||
                           (ve - v == 3 && (!memcmp(v, "for", 3) || !memcmp(v, "and", 3))));
            }
            if (again || !second) {
                ts = first;
                role = first_role;
            }
        }
    }
    /* "during the President’s State Visit": a possessive title has no
     * name after it */
    if (scm_possessive_len(t, &w[te - 1])) return te;
    /* Title Name; a rank may have an honorific before the name ("Air
     * Chief Marshal Sir Richard Knighton") */
    if (is_rank(role)) te = skip_retired(t, w, te, n);
    else te = skip_bracketed_honorific(c, w, te, n);
    int named = parse_name(c, w, is_rank(role) && te < n && honorific_at(c, w, te, n)
                                     ? honorific_run(c, w, te, n)
                                     : te,
                           n, &ni);
    /* "Secretary of Defence Products, Lieutenant-Brigadier Ana Cristina
     * Prado": one word after an office, then a style or a rank and the
     * name, ends the office (session 17) */
    /* (also a word no name takes: "Secretary of Defence Products,
     * Tenente-Brigadeiro …", "Director-General Strategy, Lieutenant
     * General A"; not a plural office, "the Chief Negotiators, Mr. A, …
     * and Ms. B"; session 39) */
    {
        size_t one = named && ni.count == 1 && ni.first == te ? ni.stop
                     : !named && te + 1 < n && w[te].kind == SCM_W_WORD && w[te].cap &&
                               in_set(c, &w[te], WS_NOT_NAME) &&
                               ((te >= 2 && (scm_word_is(t, &w[te - 2], "of") ||
                                             scm_word_is(t, &w[te - 2], "for"))) ||
                                t[w[te].stop - 1] != 's')
                         ? te + 1
                         : 0;
        if (one && !is_rank(role) && one + 2 < n && scm_word_punct(&w[one], ',')) {
            const char *style_role = NULL;
            int styled = honorific_at(c, w, one + 1, n);
            long rank_words = styled ? 0 : title_at(c, w, one + 1, n, &style_role);
            if (rank_words < 0) return (size_t)-1;
            if (styled || (rank_words > 0 && is_rank(style_role))) {
                te = one;
                named = 0;
            }
        }
    }
    if (named) {
        size_t ots = ts, ote = te, next = ni.stop, ns = ni.stop;
        /* "the General Debate of the …", "General Comment No. 25": a rank
         * after "the" with one word, or a "No." before a number, names a
         * thing (session 16) */
        /* (also "the General Boundary Record": "General" after "the"
         * and no given name after it; session 42) */
        if (is_rank(role) &&
            ((ni.count == 1 && ts > 0 && scm_word_ieq(t, &w[ts - 1], "the")) ||
             (ts > 0 && scm_word_ieq(t, &w[ts - 1], "the") && strcmp(role, "General") == 0 &&
              te == ts + 1 &&
              !scm_lexicon_has(c->lex, SCM_LEX_GIVEN_NAME, t + w[ni.first].start,
                               w[ni.first].stop - w[ni.first].start)) ||
             (ni.stop < n && w[ni.stop].kind != SCM_W_WORD &&
              t[w[ni.stop].start] >= '0' && t[w[ni.stop].start] <= '9' &&
              (scm_word_is(t, &w[ni.stop - 1], "No.") ||
               scm_word_is(t, &w[ni.stop - 1], "No")))))
            return te;
        /* "Admiral Sir Gareth Penhaligon KCB, Chief of …": an honour
         * between the name and the comma */
        while (ns + 1 < n && in_set(c, &w[ns], WS_POST_NOMINAL) &&
               (scm_word_punct(&w[ns + 1], ',') ||
                in_set(c, &w[ns + 1], WS_POST_NOMINAL)))
            ns++; /* … and two: "Catriona Mabry AM CSC, Commander of" */
        /* … or one with its class in brackets: "MGen. Arturo S.
         * Dimaculangan PN(M), Commandant of …" */
        {
            size_t bk = bracketed_award(c->t, w, ns, n);
            if (bk && ns + bk < n && scm_word_punct(&w[ns + bk], ','))
                ns += bk;
        }
        /* … or between commas: "Lt Gen X, HI(M), SI(M), Chief of …" */
        if (is_rank(role)) ns = skip_post_nominals(c, w, ns, n);
        /* … or a retired officer's "(Retd)": "Brig. Gen. Ibrahim Danladi
         * Yusuf (Retd), Chairman/Chief Executive of …" (session 21) */
        if (is_rank(role) && ns + 3 < n && scm_word_punct(&w[ns], '(') &&
            w[ns + 1].lower && skip_retired(c->t, w, ns, n) > ns + 2 &&
            skip_retired(c->t, w, ns, n) < n &&
            scm_word_punct(&w[skip_retired(c->t, w, ns, n)], ','))
            ns = skip_retired(c->t, w, ns, n);
        /* "Rear Admiral X, RSP, USP, psc, Director General …": awards
         * and staff-course letters no list knows, between commas, before
         * the office (session 14) */
        /* (and, before the comma, a course in brackets and the service's
         * letters: "Major General A (GSC) PA, Deputy Chief of Staff …",
         * as the Philippine forces write them; session 28) */
        if (is_rank(role)) {
            size_t q = ns;
            if (q + 3 < n && scm_word_punct(&w[q], '(') &&
                unknown_letters(c->t, &w[q + 1]) && scm_word_punct(&w[q + 2], ')'))
                q += 3;
            /* (or the service in brackets: "Lt. Gen. Bae Jun-seok (ROK
             * Army), Director of Strategic Planning …"; session 28) */
            else if (q + 3 < n && scm_word_punct(&w[q], '(')) {
                size_t pe = skip_parens(w, q, n);
                if (pe > q + 2 && pe + 1 < n && scm_word_punct(&w[pe], ',')) q = pe;
            }
            while (q < n && q < ns + 5 && w[q].kind == SCM_W_WORD &&
                   unknown_letters(c->t, &w[q]) && w[q].cap)
                q++;
            /* (or the letters first: "BGen. A PA (MNSA), Commander of …";
             * session 31) */
            if (q > ns && q + 3 < n && scm_word_punct(&w[q], '(') &&
                (unknown_letters(c->t, &w[q + 1]) ||
                 /* ("PA (Res)", a reservist's mark) */
                 scm_word_is(c->t, &w[q + 1], "Res") || scm_word_is(c->t, &w[q + 1], "Ret")) &&
                scm_word_punct(&w[q + 2], ')'))
                q += 3;
            if (q > ns && (q + 1 >= n || !scm_word_punct(&w[q], ','))) q = ns;
            /* (or the service between commas: "Lieutenant General A, U.S.
             * Air Force, Deputy Commander of …"; session 28) */
            if (q == ns && q + 3 < n && scm_word_punct(&w[q], ',')) {
                size_t e2 = q + 1;
                const char *pc2 = NULL;
                long pk2 = party_at(c, w, e2, n, &pc2);
                if (pk2 < 0) return (size_t)-1;
                e2 += (size_t)pk2;
                if (pk2 > 0) {
                    while (e2 < n && e2 < q + 6 && w[e2].kind == SCM_W_WORD && w[e2].cap &&
                           (scm_word_is(c->t, &w[e2], "Air") || scm_word_is(c->t, &w[e2], "Force") ||
                            scm_word_is(c->t, &w[e2], "Army") || scm_word_is(c->t, &w[e2], "Navy") ||
                            scm_word_is(c->t, &w[e2], "Marine") || scm_word_is(c->t, &w[e2], "Corps") ||
                            scm_word_is(c->t, &w[e2], "Space") || scm_word_is(c->t, &w[e2], "Coast") ||
                            scm_word_is(c->t, &w[e2], "Guard")))
                        e2++;
                    if (e2 > q + 1 + (size_t)pk2 && e2 + 1 < n && scm_word_punct(&w[e2], ',')) {
                        const char *r9;
                        long t9 = title_at(c, w, e2 + 1, n, &r9);
                        if (t9 < 0) return (size_t)-1;
                        if (t9 > 0 && !is_rank(r9)) ns = e2;
                    }
                }
            }
            while (q + 2 < n && q - ns < 12 && scm_word_punct(&w[q], ',') &&
                   unknown_letters(c->t, &w[q + 1]) &&
                   scm_word_punct(&w[q + 2], ','))
                q += 2;
            if (q > ns) {
                const char *r8;
                long t8 = title_at(c, w, q + 1, n, &r8);
                if (t8 < 0) return (size_t)-1;
                if (t8 > 0 && !is_rank(r8)) ns = q;
            }
        }
        /* Rank Name, Office: "General Park, Min Soo, Chairman of the ROK
         * Joint Chiefs of Staff" -- the office gives title and role */
        /* (so does an office's short form before the name: "ASec.
         * Teodoro P. Maglalang III, Assistant Secretary for …"; session
         * 25) */
        /* (and a chief's style: "Hon. Chief Ts’ehlo Lebona Mots’oene,
         * Minister of Agriculture …" of Lesotho, Nigeria's "Chief A,
         * Minister of …"; session 28) */
        if ((is_rank(role) || (te == ts + 1 && t[w[ts].stop - 1] == '.' &&
                               w[ts].stop - w[ts].start >= 4) ||
             (te == ts + 1 && role && strcmp(role, "Chief") == 0) ||
             /* (and a navy's rank: "ROK Navy Commander Geum Hye-rin, Head
              * of the Flotilla’s …"; session 31) */
             (te == ts + 1 && role && strcmp(role, "Commander") == 0 && ts > 0 &&
              scm_word_is(t, &w[ts - 1], "Navy"))) &&
            rank_then_office(c, w, ns, n, &party, &role, &ots, &ote, &next) != 0)
            return (size_t)-1;
        if (!party) {
            party = of_party(c, w, skip_parens(w, ni.stop, n), n, &end,
                             &oom);
            if (oom) return (size_t)-1;
        }
        if (!party && appositive_party(c, w, ns, n, &party) != 0)
            return (size_t)-1;
        if (add_cand(c, w, &ni, ts, ots, ote, role, party) != 0)
            return (size_t)-1;
        return next > ni.stop ? next : ni.stop;
    }
    /* Title of PARTY / Title of the Named Body */
    if (office_of(c, w, n, &te, &j, &party, &name_at) != 0)
        return (size_t)-1;
    if (name_at && name_ends_run(c, w, name_at, n, &ni)) {
        return take_person(c, w, n, &ni, ts, ts, te, role,
                           party);
    }
    /* Title of PARTY (Honorific Name): "The Minister of Youth, Sports and
     * Community Empowerment of Barbados (Hon. Shantal Marie Worrell) and
     * …" (session 27) */
    if (j + 3 < n && scm_word_punct(&w[j], '(') && in_set(c, &w[j + 1], WS_HONORIFIC)) {
        size_t at = honorific_run(c, w, j + 1, n);
        if (parse_name(c, w, at, n, &ni) && ni.count >= 2 && ni.stop < n &&
            scm_word_punct(&w[ni.stop], ')')) {
            if (add_cand(c, w, &ni, ts, ts, te, role, party) != 0) return (size_t)-1;
            return ni.stop + 1;
        }
    }
    /* (the office's reading has taken the brackets in: find them back) */
    if (j >= 5 && j <= n && scm_word_punct(&w[j - 1], ')')) {
        size_t q = j - 1;
        while (q > ts && j - q < 9 && !scm_word_punct(&w[q], '(')) q--;
        if (q > ts + 1 && scm_word_punct(&w[q], '(') && in_set(c, &w[q + 1], WS_HONORIFIC)) {
            size_t at = honorific_run(c, w, q + 1, n);
            if (parse_name(c, w, at, n, &ni) && ni.count >= 2 && ni.stop == j - 1) {
                if ((!party || !*party) && party_ending_at(c, w, q, &party) < 0)
                    return (size_t)-1;
                if (add_cand(c, w, &ni, ts, ts, te < q ? te : q, role, party) != 0)
                    return (size_t)-1;
                return j;
            }
        }
    }
    /* Title of PARTY [(SHORT)] Name: "Secretary of Defense of the United
     * States Daniel P. Marsh", "Minister of National Defense of the
     * Republic of Korea (ROK) Lee, Jae Won" */
    {
        /* … also with no party: "Secretary of National Defense (SND)
         * Renato S. Villafuerte Jr." (session 18) */
        size_t jp = skip_parens(w, j, n);
        if (jp > j && name_ends_run(c, w, jp, n, &ni))
            return take_person(c, w, n, &ni, ts, ts, te, role, party);
        j = jp;
    }
    /* Office and Office Honorific Name: "Prime Minister and Minister of
     * Defence Dr. Hazem Adnan Al-Qudah": the head of government's role,
     * the title running over both (session 27; a "Deputy Prime Minister
     * and Minister of …" the golds read either way, and the second
     * office's reading stays) */
    if (j + 3 < n && scm_word_is(t, &w[j], "and") && role && strcmp(role, "Prime Minister") == 0) {
        const char *r2, *p2 = NULL;
        size_t te2, after2, unused2;
        long tk2 = title_at(c, w, j + 1, n, &r2);
        if (tk2 < 0) return (size_t)-1;
        if (tk2 > 0 && !is_rank(r2)) {
            te2 = j + 1 + (size_t)tk2;
            if (office_of(c, w, n, &te2, &after2, &p2, &unused2) != 0) return (size_t)-1;
            after2 = after2 > te2 ? after2 : te2;
            if (after2 < n && in_set(c, &w[after2], WS_HONORIFIC)) {
                te = te2;
                j = after2;
                if (!party && p2 && *p2) party = p2;
            }
        }
    }
    /* Office Honorific Name: "Under Secretary of State for Arms Control
     * and International Security Dr. Marisol Quintero-Baines" */
    {
        /* "... of Defence His Highness Prince Faisal ...": a run of
         * honorifics, with "His" or "Her" before it */
        size_t h = his_style(c, w, j, n);
        /* "Minister for Defence [Senator] the Hon Richard Marles MP"
         * (after an office; "Senator the Hon X, Minister of ..." is read
         * from the honorific, with its office) */
        if (!(role && strcmp(role, "Senator") == 0))
            h = courtesy_style(c, w, h, n);
        if (h < n && honorific_at(c, w, h, n)) {
            size_t at = honorific_run(c, w, h, n);
            if (parse_name(c, w, at, n, &ni) && ni.count >= 2) {
                if (!party) {
                    party = of_party(c, w, skip_parens(w, ni.stop, n), n,
                                     &end, &oom);
                    if (oom) return (size_t)-1;
                }
                if (add_cand(c, w, &ni, ts, ts, te, role, party) != 0)
                    return (size_t)-1;
                return ni.stop;
            }
        }
    }
    if (j < n && honorific_at(c, w, j, n) &&
        parse_name(c, w, j + 1, n, &ni) && ni.count >= 2) {
        return take_person(c, w, n, &ni, ts, ts, te, role,
                           party);
    }
    {
        /* Office Rank Name: "Chairman of the Joint Chiefs of Staff General
         * Martin E. Dempsey" -- the office gives title and role */
        const char *rank = NULL;
        long rk = title_at(c, w, j, n, &rank);
        if (rk < 0) return (size_t)-1;
        if (rk > 0 && is_rank(rank) && !is_rank(role) &&
            name_ends_run(c, w, skip_retired(t, w, j + (size_t)rk, n), n,
                          &ni)) {
            /* "... General Yao Agbeko of Togo": the party after the name */
            return take_person(c, w, n, &ni, ts, ts, te, role, party);
        }
    }
    if (party && j > te && name_ends_run(c, w, j, n, &ni)) {
        if (add_cand(c, w, &ni, ts, ts, te, role, party) != 0)
            return (size_t)-1;
        return ni.stop;
    }
    /* "Tánaiste and Minister for Foreign Affairs, Name", "the Deputy
     * Prime Minister – Minister of Foreign Affairs of …, Name": two offices
     * of one person, the first giving the role */
    if (j + 2 < n && (scm_word_is(t, &w[j], "and") ||
                      (scm_word_punct(&w[j], '-') && w[j].start > w[j - 1].stop &&
                       w[j + 1].start > w[j].stop))) {
        const char *r2, *p2 = NULL;
        long pk = party_at(c, w, j + 1, n, &p2), tk;
        size_t te2, j2;
        if (pk < 0) return (size_t)-1;
        tk = title_at(c, w, j + 1 + (size_t)pk, n, &r2);
        if (tk < 0) return (size_t)-1;
        te2 = j + 1 + (size_t)pk + (size_t)tk;
        if (tk > 0 && !is_rank(r2)) {
            const char *p3 = party;
            size_t name2 = 0;
            /* without a comma only when nothing marks two people: no
             * "the" before the first office, no party word before the
             * second ("the Secretary and ROK Minister Kim" are two) */
            int one = pk == 0 && (i == 0 || !scm_word_ieq(t, &w[i - 1], "the"));
            if (one && parse_name(c, w, te2, n, &ni)) {
                /* "Deputy Prime Minister and Foreign Minister Name" */
                return take_person(c, w, n, &ni, ts, ts, te2, role,
                                   party);
            }
            if (office_of(c, w, n, &te2, &j2, &p3, &name2) != 0)
                return (size_t)-1;
            if (j2 < te2) j2 = te2;
            /* (and a third: "The Tánaiste and Minister for Foreign Affairs
             * and Minister for Defence of Ireland, Ms. A"; session 33) */
            for (int more = 0; more < 2 && j2 + 2 < n && scm_word_is(t, &w[j2], "and"); more++) {
                const char *r3;
                long tk3 = title_at(c, w, j2 + 1, n, &r3);
                size_t te3, j3, name3 = 0;
                const char *p4 = party;
                if (tk3 <= 0 || is_rank(r3)) break;
                te3 = j2 + 1 + (size_t)tk3;
                if (office_of(c, w, n, &te3, &j3, &p4, &name3) != 0) return (size_t)-1;
                if (j3 < te3) j3 = te3;
                te2 = te3, j2 = j3, p3 = p4, name2 = name3;
            }
            /* (past the two offices' short form: "Secretary General of
             * Defence and National Armaments Director (SGD/DNA), Gen.
             * …"; session 29) */
            if (j2 + 4 < n && scm_word_punct(&w[j2], '(') && w[j2 + 1].kind == SCM_W_WORD &&
                !w[j2 + 1].lower) {
                size_t pe = skip_parens(w, j2, n);
                if (pe <= j2 + 5 && pe < n && scm_word_punct(&w[pe], ',')) j2 = pe;
            }
            if (j2 + 1 < n && scm_word_punct(&w[j2], ',')) {
                te = te2;
                j = j2;
                party = p3;
            } else if (one && ((name2 && name_ends_run(c, w, name2, n, &ni)) ||
                               (p3 && j2 > te2 &&
                                name_ends_run(c, w, j2, n, &ni)))) {
                /* "Deputy Prime Minister and Minister of Foreign Affairs
                 * [of Thailand] Thanakorn Srisuwan [of Thailand]" */
                return take_person(c, w, n, &ni, ts, ts, te2, role,
                                   p3);
            } else if (one && j2 + 2 < n && scm_word_punct(&w[j], '-') && honorific_at(c, w, j2, n) &&
                       parse_name(c, w, honorific_run(c, w, j2, n), n, &ni) && ni.count >= 2) {
                /* "Deputy Prime Minister – Minister of Foreign Affairs of
                 * the Republic of Kazakhstan Mr. Daniyar Sultanbekov": the
                 * two offices a dash joins (after "and", the golds read
                 * either office; session 44) */
                return take_person(c, w, n, &ni, ts, ts, te2, role, p3);
            } else if (one && courtesy_style(c, w, j2, n) > j2) {
                /* "Deputy Prime Minister and Minister for Defence the Hon
                 * Richard Marles MP" */
                size_t at = honorific_run(c, w, courtesy_style(c, w, j2, n),
                                          n);
                if (parse_name(c, w, at, n, &ni) && ni.count >= 2)
                    return take_person(c, w, n, &ni, ts, ts, te2, role,
                                       p3);
            }
        }
    }
    /* "the Prime Minister, Minister of State of the Grand Duchy of
     * Luxembourg, Mr Luc Weydert": two offices set apart by a comma, the
     * first giving the role, when a comma and the name follow the
     * second (also after the first office's party: "the President of
     * the Republic of Zimbabwe, Head of State and Government and
     * Commander-in-Chief of …, Dr. X"; session 24) */
    if ((j == te || (party && *party && j > te)) && j + 3 < n &&
        scm_word_punct(&w[j], ',') && ts > 0 &&
        scm_word_ieq(t, &w[ts - 1], "the")) {
        const char *p3 = party;
        size_t te2, j2, name2 = 0;
        long tk;
        int r = office_after_comma(c, w, j, n, &p3, &tk, &te2, &j2, &name2);
        if (r < 0) return (size_t)-1;
        if (r > 0) {
            if (j2 < te2) j2 = te2;
            /* (the second office's further offices, capitalised words
             * joined by "and", "of", "the": "Head of State and Government
             * and Commander-in-Chief of the Zimbabwe Defence Forces";
             * session 24) */
            if (j > te && j2 < n && scm_word_is(t, &w[j2], "and")) {
                size_t q = j2;
                while (q < n && q - j2 < 20 && w[q].kind != SCM_W_PUNCT &&
                       (w[q].cap || scm_word_is(t, &w[q], "and") ||
                        scm_word_is(t, &w[q], "of") || scm_word_is(t, &w[q], "the")))
                    q++;
                if (q < n && scm_word_punct(&w[q], ',')) te2 = j2 = q;
            }
            /* (a party, or the second office's own body or portfolios:
             * "… Head of State, Head of Government, Mr. X" keeps its
             * first office as the title) */
            if (((p3 && *p3) || te2 > j + 1 + (size_t)tk) && j2 + 2 < n &&
                scm_word_punct(&w[j2], ',') &&
                (in_set(c, &w[j2 + 1], WS_HONORIFIC) ||
                 (w[j2 + 1].kind == SCM_W_WORD && w[j2 + 1].cap))) {
                te = te2;
                j = j2;
                party = p3;
            }
        }
    }
    /* "Federal Councillor, Head of the Federal Department of Foreign
     * Affairs of the Swiss Confederation Beat Zürcher": a second office
     * after a comma that ends in its party, the name right after it; the
     * first office gives the role (session 24) */
    /* (no article before the first office: "… opened by the President,
     * Minister of Foreign Affairs of Chile Ana Díaz and …" lists two) */
    if (j == te && j + 3 < n && scm_word_punct(&w[j], ',') && !is_rank(role) &&
        !(ts > 0 && scm_word_ieq(t, &w[ts - 1], "the"))) {
        const char *p3 = NULL;
        size_t te2, j2, name2 = 0;
        long tk;
        int r = office_after_comma(c, w, j, n, &p3, &tk, &te2, &j2, &name2);
        if (r < 0) return (size_t)-1;
        if (r > 0) {
            if (p3 && *p3 &&
                ((name2 && name_ends_run(c, w, name2, n, &ni)) ||
                 (j2 > te2 && name_ends_run(c, w, j2, n, &ni))))
                return take_person(c, w, n, &ni, ts, ts, te2, role, p3);
        }
    }
    /* "Chief of Staff, Joint Staff, General Kuroiwa Shintaro",
     * "Commander, U.S. Indo-Pacific Command, Admiral Name": a body set
     * off by commas between the office and a rank closes the office */
    if (j + 3 < n && scm_word_punct(&w[j], ',')) {
        size_t q = j + 1, e = 0;
        int body = 0;
        const char *r5;
        long rk5;
        /* (cheap first: a second comma close by, a rank after it) */
        while (q < n && q - j <= 7 && !scm_word_punct(&w[q], ',')) q++;
        rk5 = 0;
        if (q < n && q - j <= 7 && q + 2 < n &&
            (rk5 = title_at(c, w, q + 1, n, &r5)) < 0)
            return (size_t)-1;
        q = rk5 > 0 && is_rank(r5) ? j + 1 : n; /* else no body to read */
        for (; q < n && q - j <= 7; q++) {
            const char *r3;
            long tk;
            if (scm_word_punct(&w[q], ',')) {
                e = q;
                break;
            }
            if (scm_word_is(t, &w[q], "of") || scm_word_is(t, &w[q], "the") ||
                scm_word_punct(&w[q], '-'))
                continue;
            if (w[q].kind != SCM_W_WORD || !w[q].cap ||
                in_set(c, &w[q], WS_HONORIFIC))
                break;
            if ((tk = title_at(c, w, q, n, &r3)) < 0) return (size_t)-1;
            if (tk > 0) break;
            if (!name_word(c, &w[q])) body = 1;
        }
        if (e > j + 1 && body && e + 2 < n) {
            const char *r4;
            long rk4 = title_at(c, w, e + 1, n, &r4);
            if (rk4 < 0) return (size_t)-1;
            if (rk4 > 0 && is_rank(r4)) {
                te = e;
                j = e;
            }
        }
    }
    /* ..., [the Hon.] [Rank] Name */
    if (j + 1 < n && scm_word_punct(&w[j], ',')) {
        const char *rank = NULL;
        size_t r = j + 1;
        long rk;
        int ranked, titled;
        /* ", the Hon. Richard Marles", ", Senator the Hon. Penny Wong":
         * courtesy styles before the name */
        for (;;) {
            if (r + 1 < n && scm_word_ieq(t, &w[r], "the") &&
                in_set(c, &w[r + 1], WS_HONORIFIC)) {
                r += 2;
                continue;
            }
            /* ", former Foreign Minister Dr. A": an office once held is
             * none of the name's (session 31) */
            if (r + 2 < n && scm_word_is(t, &w[r], "former")) {
                rk = title_at(c, w, r + 1, n, &rank);
                if (rk < 0) return (size_t)-1;
                if (rk > 0 && !is_rank(rank)) {
                    r += 1 + (size_t)rk;
                    continue;
                }
            }
            rk = title_at(c, w, r, n, &rank);
            if (rk < 0) return (size_t)-1;
            if (rk > 0 && r + (size_t)rk + 1 < n &&
                scm_word_ieq(t, &w[r + (size_t)rk], "the") &&
                in_set(c, &w[r + (size_t)rk + 1], WS_HONORIFIC)) {
                r += (size_t)rk + 2;
                continue;
            }
            /* "The President of the Republic, Head of State, Head of
             * Government, Mr. Name": further offices of the same person
             * set off by commas; the first gives title and role
             * (session 19) */
            if (rk > 0 && r + (size_t)rk + 1 < n && !is_rank(rank) &&
                scm_word_punct(&w[r + (size_t)rk], ',') &&
                w[r + (size_t)rk + 1].kind == SCM_W_WORD && w[r + (size_t)rk + 1].cap) {
                r += (size_t)rk + 1;
                continue;
            }
            break;
        }
        rank = NULL;
        rk = title_at(c, w, r, n, &rank);
        if (rk < 0) return (size_t)-1;
        ranked = rk > 0 && is_rank(rank);
        titled = rk > 0;
        /* "the Governor of the Northern Mariana Islands, President Tomas
         * Remengesau of Palau": a leader's title after the comma opens the
         * list's next person, not the name of this office's holder
         * (session 19) */
        if (rk > 0 && !ranked && rank && role && strcmp(rank, role) != 0 &&
            scm_bytes_in(rank, strlen(rank), scm_leader_roles) &&
            !scm_bytes_in(role, strlen(role), scm_leader_roles))
            return te;
        /* ", Dr. Konstantin Albers-Reichl,", ", His Eminence Cardinal
         * Ottavio Marchisio": a run of honorifics, "His"/"Her" first */
        if (rk == 0) r = his_style(c, w, r, n);
        if (rk == 0 && honorific_at(c, w, r, n))
            rk = (long)(honorific_run(c, w, r, n) - r);
        /* a name of one word only after an office of a known party,
         * closed by punctuation: "the Minister for Foreign Affairs of the
         * Republic of Indonesia, Haryanto." */
        /* (a style after the rank: ", Ambassador Dr. A,"; session 31) */
        size_t at_name = ranked ? skip_retired(t, w, r + (size_t)rk, n)
                                : skip_bracketed_honorific(c, w, r + (size_t)rk, n);
        /* (a style after an office word of address too: ", Lyonchhen
         * Dasho Karma Tenzin Wangdi,"; session 42) */
        if ((ranked || titled) && at_name < n && in_set(c, &w[at_name], WS_HONORIFIC))
            at_name = honorific_run(c, w, at_name, n);
        /* "The Norwegian Border Commissioner, Chief of Police Randi
         * Solheim-Aarnes,": a second office with its own body before the
         * name stands as a rank does; the office before the comma is the
         * role (session 42) */
        if (titled && !ranked && role && at_name < n && scm_word_is(t, &w[at_name], "of")) {
            size_t o2 = at_name, after2, name2;
            const char *p2 = NULL;
            if (office_of(c, w, n, &o2, &after2, &p2, &name2) != 0) return (size_t)-1;
            if (name2 > at_name) at_name = name2;
        }
        if (parse_name(c, w, at_name, n, &ni) &&
            (rk > 0 || ni.count >= 2 ||
             (party && ni.stop < n && w[ni.stop].kind == SCM_W_PUNCT &&
              (w[ni.stop].punct == '.' || w[ni.stop].punct == ',' ||
               w[ni.stop].punct == ';')) ||
             /* "…, Widyastuti, S.H., M.A.": a degree after one word makes
              * it a name (session 19) */
             (ni.stop + 1 < n && scm_word_punct(&w[ni.stop], ',') &&
              in_set(c, &w[ni.stop + 1], WS_POST_NOMINAL)))) {
            /* "The KP Vice Chair, Mr. Name, Deputy Minister of …": the
             * chair of the meeting, then the person's own office, which
             * gives title and role */
            /* (session 20) also "the Japanese Representative, Mr. X,
             * Director-General of …" and "the U.S. Representative, Major
             * General Y, USAF, Deputy Commander, …": a meeting's
             * representative, and a service's letters before the office */
            /* (session 21) also an office after "and", a second office
             * of the person before: "…, President of the Republic of
             * Kenya and Commander-in-Chief of the Kenya Defence Forces,
             * His Excellency Mr. Jean-Paul Hoareau, President of the
             * Republic of Seychelles" */
            /* (session 26) also "Head of State" after a comma, the
             * office of the leader named before: "…, President of the
             * Republic of the Congo, Head of State, His Excellency Mr. A,
             * President of the Republic of Angola, …" */
            if ((chair_role(role) || (role && strcmp(role, "Representative") == 0) ||
                 (ts > 0 && scm_word_is(t, &w[ts - 1], "and")) ||
                 (ts > 0 && scm_word_punct(&w[ts - 1], ',') && role &&
                  (strcmp(role, "Head of State") == 0 || strcmp(role, "Head of Government") == 0)) ||
                 /* (session 28) any office after a comma and a name
                  * (the apposition of the one named before): "His
                  * Majesty Sultan A, Sultan of Oman, Her Excellency the Rt
                  * Hon Dame B, GNZM, QSO, Governor-General of New
                  * Zealand" */
                 (ts > 1 && scm_word_punct(&w[ts - 1], ',') && w[ts - 2].kind == SCM_W_WORD &&
                  w[ts - 2].cap && person_ends_at(c, w[ts - 2].stop))) &&
                ni.stop + 2 < n && scm_word_punct(&w[ni.stop], ',')) {
                const char *r2, *p2 = NULL;
                size_t c1 = skip_post_nominals(c, w, ni.stop, n);
                size_t o1, o2, after, unused;
                long k2;
                if (c1 + 3 < n && unknown_letters(c->t, &w[c1 + 1]) &&
                    scm_word_punct(&w[c1 + 2], ','))
                    c1 += 2;
                o1 = c1 + 1;
                k2 = title_at(c, w, o1, n, &r2);
                if (k2 < 0) return (size_t)-1;
                if (k2 > 0 && r2 && !is_rank(r2) && !chair_role(r2)) {
                    o2 = o1 + (size_t)k2;
                    if (office_of(c, w, n, &o2, &after, &p2, &unused) != 0)
                        return (size_t)-1;
                    if (!party || (p2 && ts > 0 && (scm_word_is(t, &w[ts - 1], "and") ||
                                                    scm_word_punct(&w[ts - 1], ','))))
                        party = p2; /* (the office after "and" was another's) */
                    if (take_person(c, w, n, &ni, r, o1, o2, r2, party) ==
                        (size_t)-1)
                        return (size_t)-1;
                    return after > ni.stop ? after : ni.stop;
                }
            }
            /* "At the invitation of His Majesty the King of the Belgians,
             * His Excellency Mr. A, President of the Republic of Paraguay,
             * paid …": an office after the name that names another party
             * than the office before it is the name's own; the office
             * before is another's, unnamed (session 41) */
            if (!titled && party && *party && ni.stop + 2 < n && scm_word_punct(&w[ni.stop], ',')) {
                const char *r2, *p2 = NULL;
                size_t o1 = ni.stop + 1, o2, after, unused;
                long k2 = title_at(c, w, o1, n, &r2);
                if (k2 < 0) return (size_t)-1;
                if (k2 > 0 && r2 && !is_rank(r2)) {
                    o2 = o1 + (size_t)k2;
                    if (office_of(c, w, n, &o2, &after, &p2, &unused) != 0) return (size_t)-1;
                    size_t nx = after > o2 ? after : o2;
                    /* (the clause's verb after it: no list of offices and
                     * names, "…, the Federal Minister … of Germany, Dr. A,
                     * External Affairs Minister of India Dr. B and …") */
                    if (nx < n && scm_word_punct(&w[nx], ',')) nx++;
                    if (p2 && *p2 && strcmp(p2, party) != 0 && nx < n &&
                        w[nx].kind == SCM_W_WORD && !w[nx].cap && !scm_word_is(t, &w[nx], "and")) {
                        if (take_person(c, w, n, &ni, r, o1, o2, r2, p2) == (size_t)-1)
                            return (size_t)-1;
                        return after > ni.stop ? after : ni.stop;
                    }
                }
            }
            /* "the Head of Government of the Republic of Poland, Prime
             * Minister Tomasz Wróblewski": the office right before the
             * name is the role the text calls the person by, not the
             * generic headship (session 26) */
            if (rk > 0 && !ranked && rank && role &&
                (strcmp(role, "Head of Government") == 0 || strcmp(role, "Head of State") == 0 ||
                 /* (… or an institution's head: "the Head of the Seimas
                  * Ombudsmen’s Office …, Seimas Ombudsman Ms Rūta
                  * Budrienė"; session 42) */
                 strcmp(role, "Head") == 0))
                return take_person(c, w, n, &ni, r, r, r + (size_t)rk, rank, party);
            return take_person(c, w, n, &ni, r, ts, te, role,
                               party);
        }
    }
    return te;
}

/* Untitled names in a list after a colon, items separated by semicolons
 * ("Voting for the action were: Janet L. Yellen, Chair; William C. Dudley,
 * Vice Chairman; Lael Brainard; ... and John C. Williams."): every item
 * must be a name of two to five words (optionally ", Title"), there are
 * three items or more and one of them has a middle initial.  Returns 0, or
 * -1 on memory. */
static int name_list(people_ctx *c, const scm_word *w, size_t q, size_t n) {
    const char *t = c->t;
    size_t starts[64], k = 0, j = q + 1, m;
    int initials = 0;
    /* first pass: check the shape */
    while (j < n && k < 64) {
        name_info ni;
        size_t e;
        if (scm_word_is(t, &w[j], "and")) j++;
        if (!parse_name(c, w, j, n, &ni) || ni.count < 2 || ni.comma) break;
        for (e = j; e < ni.stop; e++)
            if (is_initial(t, &w[e])) initials = 1;
        /* initials were trimmed from the end only; count inner ones */
        starts[k++] = j;
        e = ni.stop;
        if (e < n && scm_word_punct(&w[e], ',')) {
            const char *role;
            long tk = title_at(c, w, e + 1, n, &role);
            if (tk < 0) return -1;
            if (tk == 0) break;
            e += 1 + (size_t)tk;
        }
        if (e < n && scm_word_punct(&w[e], ';')) {
            j = e + 1;
            continue;
        }
        if (e >= n || scm_word_punct(&w[e], '.')) break;
        k = 0; /* anything else: not a list of names */
        break;
    }
    if (k < 3 || !initials) return 0;
    for (m = 0; m < k; m++) {
        name_info ni;
        const char *role = NULL;
        size_t e, ts = 0, te = 0;
        parse_name(c, w, starts[m], n, &ni);
        e = ni.stop;
        if (e < n && scm_word_punct(&w[e], ',')) {
            long tk = title_at(c, w, e + 1, n, &role);
            if (tk < 0) return -1;
            ts = e + 1;
            te = e + 1 + (size_t)tk;
        }
        c->last_party = NULL;
        if (add_cand(c, w, &ni, starts[m], ts, te, role, NULL) != 0) return -1;
    }
    return 0;
}

/* ---- resolution ---- */

static int add_mention(scm_person *p, scm_span s) {
    return SCM_VEC_PUSH(&p->mentions, s);
}

/* Replace *dst by a copy of src. */
static int fill_over(char **dst, const char *src) {
    char *r = scm_xstrndup(src, strlen(src));
    if (!r) return -1;
    free(*dst);
    *dst = r;
    return 0;
}

static int fill(char **dst, const char *src) {
    if (*dst || !src || !*src) return 0;
    *dst = scm_xstrndup(src, strlen(src));
    return *dst ? 0 : -1;
}

static int same(const char *a, const char *b) {
    return !a || !b || strcmp(a, b) == 0;
}

static int new_person(scm_extract *x, cand *k) {
    scm_person p;
    memset(&p, 0, sizeof p);
    p.name = k->name;
    p.family = k->family;
    p.title = k->title;
    k->name = k->family = k->title = NULL;
    if (fill(&p.role, k->role) != 0 || fill(&p.party, k->party) != 0 ||
        add_mention(&p, k->mention) != 0 || SCM_VEC_PUSH(&x->people, p)) {
        free(p.name);
        free(p.family);
        free(p.title);
        free(p.role);
        free(p.party);
        SCM_VEC_FREE(&p.mentions);
        return -1;
    }
    return 0;
}

/* Is `full` the name `name` with words added inside it ("Callum J.
 * Ashby" of "Callum Ashby"): same first and last words, more words. */
static int fuller_name(const char *name, const char *full) {
    const char *ns = strchr(name, ' '), *fs = strchr(full, ' ');
    const char *nl = strrchr(name, ' '), *fl = strrchr(full, ' ');
    if (!ns || !fs || strlen(full) <= strlen(name)) return 0;
    return ns - name == fs - full && memcmp(name, full, (size_t)(ns - name)) == 0 &&
           strcmp(nl, fl) == 0 && fl > fs;
}

/* "Lucía Ferreira Olivera" after a headline's "Minister Ferreira
 * Olivera": the full name ends with the whole of the shorter one (two
 * words or more), a given name before it. */
static int given_before_name(const char *name, const char *full) {
    size_t nl = strlen(name), fl = strlen(full);
    return strchr(name, ' ') && fl > nl + 1 && full[fl - nl - 1] == ' ' &&
           strcmp(full + fl - nl, name) == 0;
}

/* "Melvin Chng" in a headline, then "Melvin Chng Wei Liang": the
 * shorter name, two words or more, opens the full one (session 39). */
static int name_opens(const char *name, const char *full) {
    size_t nl = strlen(name);
    return strchr(name, ' ') && strlen(full) > nl + 1 && full[nl] == ' ' &&
           strncmp(full, name, nl) == 0;
}

static int merge_into(scm_person *p, cand *k) {
    if (add_mention(p, k->mention) != 0) return -1;
    /* a later mention gives the name in full: the title's "Callum Ashby",
     * the text's "the Hon Callum J. Ashby MP" (or "Melvin Chng Wei Liang"
     * after "Melvin Chng", whose family name stays the shorter one's) */
    if (k->name && p->name && (fuller_name(p->name, k->name) || name_opens(p->name, k->name))) {
        free(p->name);
        p->name = k->name;
        k->name = NULL;
    } else if (k->name && p->name && given_before_name(p->name, k->name)) {
        /* (the headline's two words were both surnames: the family name
         * is the one read with the given name; session 28) */
        free(p->name);
        p->name = k->name;
        k->name = NULL;
        if (k->family) {
            free(p->family);
            p->family = k->family;
            k->family = NULL;
        }
    }
    /* "Minister of State Lorenzi" later: a rank of its own, the form the
     * document calls the person by (the role the lexicon gave the title
     * is its first word) */
    if (k->title && p->role &&
        (strcmp(k->title, "Minister of State") == 0 ||
         /* (not the United States' or Britain's: "Secretary of State
          * Thorsby" is Secretary Thorsby; session 23) */
         (strcmp(k->title, "Secretary of State") == 0 &&
          !(p->party && (strcmp(p->party, "U.S.") == 0 ||
                         strcmp(p->party, "UK") == 0)))) &&
        strncmp(k->title, p->role, strlen(p->role)) == 0 &&
        strcmp(k->title, p->role) != 0) {
        char *r = scm_xstrndup(k->title, strlen(k->title));
        if (!r) return -1;
        free(p->role);
        p->role = r;
    }
    /* a rank, then the office the text gives with it ("Gen. Audra K.
     * Pellerin" in a title, "Chairman of the Joint Chiefs of Staff Gen.
     * Audra K. Pellerin" in the text): the office is the role */
    if (p->role && k->role && *k->role && is_rank(p->role) && !is_rank(k->role)) {
        char *r = scm_xstrndup(k->role, strlen(k->role));
        if (!r) return -1;
        free(p->role);
        p->role = r;
        if (k->title) {
            free(p->title);
            p->title = k->title;
            k->title = NULL;
        }
    }
    if (!p->title && k->title) {
        p->title = k->title;
        k->title = NULL;
    }
    if (fill(&p->role, k->role) != 0 || fill(&p->party, k->party) != 0)
        return -1;
    return 0;
}

static int cmp_span(const void *a, const void *b) {
    const scm_span *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

static int cmp_person(const void *a, const void *b) {
    const scm_person *x = a, *y = b;
    scm_off xs = x->mentions.len ? x->mentions.items[0].start : 0;
    scm_off ys = y->mentions.len ? y->mentions.items[0].start : 0;
    return xs < ys ? -1 : xs > ys;
}

/* The order of a name was a guess ("Haruto Kirishima" of Japan, neither
 * word a known family name; "Valeria Montemayor Quiroga", two surnames)
 * and the document later writes "Prime Minister Kirishima", "Secretary
 * Montemayor": the short forms show which word is the family name.  A
 * short form's word that is another word of exactly one full name (and
 * nobody's family name) becomes that name's family name. */
/* Does the party refer to its people by given name ("Prime Minister
 * Pimchanok" for Pimchanok Wongsakul)? */
static int given_name_party(const char *party) {
    return party && scm_bytes_in(party, strlen(party), scm_given_name_parties);
}

/* The name opens with its family name, a listed Vietnamese one ("Tran
 * Quoc Khanh", "Pham Minh Chinh"): a later "Deputy Minister Khanh" calls
 * the person by the given name, as Vietnamese usage does, and leaves the
 * family name alone.  (A Chinese "Yao" opening "Yao Kouadio N’Guessan",
 * later "President N’Guessan", gives way to the later mention.) */
static int listed_family_first(const people_ctx *c, const char *name,
                               const char *family) {
    size_t n = strlen(family);
    const char *cls;
    if (!(n && strncmp(name, family, n) == 0 && name[n] == ' ' &&
          family_first_name(c, family, n)))
        return 0;
    cls = scm_lexicon_class(c->lex, SCM_LEX_FAMILY_NAME, family, n);
    return !cls || strcmp(cls, "vietnamese") == 0;
}

/* A word of two ASCII capitals or more ("KABEDI") in title case into
 * out ("Kabedi", NUL-ended): 1, else 0 (not all capitals, or no room). */
static int title_cased(const char *s, size_t n, char *out, size_t cap) {
    size_t i;
    if (n < 2 || n >= cap) return 0;
    for (i = 0; i < n; i++)
        if (!(s[i] >= 'A' && s[i] <= 'Z') && !(i > 0 && s[i] == '-')) return 0;
    out[0] = s[0];
    for (i = 1; i < n; i++) out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    out[n] = '\0';
    return 1;
}

/* An Icelandic patronymic or matronymic: "Hallgrímsdóttir",
 * "Sigurðsson". */
static int icelandic_patronymic(const char *f) {
    size_t n = f ? strlen(f) : 0;
    return (n > 8 && strcmp(f + n - 7, "dóttir") == 0) || (n > 6 && strcmp(f + n - 4, "sson") == 0);
}

/* 1 when `word` is a whole word of `name` followed by a father particle,
 * and the name's family name comes after it ("Ruqaya" in "Ruqaya bint
 * Hamad Al Said"; not "Rizal" in the Malay "Mohd Rizal bin Ismail", whose
 * given names are what later mentions shorten). */
static int given_before_father(const char *name, const char *family,
                               const char *word) {
    size_t wl = strlen(word);
    const char *p = name;
    if (scm_name_has_word(family, word, wl)) return 0;
    while ((p = strstr(p, word)) != NULL) {
        const char *e = p + wl;
        if ((p == name || p[-1] == ' ') && *e == ' ') {
            const char *f = e + 1, *fe = strchr(f, ' ');
            size_t fl = fe ? (size_t)(fe - f) : strlen(f);
            if (fe && scm_bytes_in(f, fl, father_particles)) return 1;
        }
        p = e;
    }
    return 0;
}

/* `word` is a word of `name` other than a father's name after "bin",
 * "ibn": "Faris" is none of "Ghazi bin Faris"'s own, and "King Faris II"
 * is another person (session 38). */
static int own_name_word(const char *name, const char *word) {
    size_t wl = strlen(word);
    for (const char *p = name; (p = strstr(p, word)) != NULL; p += wl) {
        const char *b = p;
        if (!((p == name || p[-1] == ' ') && (p[wl] == ' ' || p[wl] == '\0'))) continue;
        if (p > name + 1) {
            for (b = p - 1; b > name && b[-1] != ' '; b--)
                ;
            if (scm_bytes_in(b, (size_t)(p - 1 - b), father_particles)) continue;
        }
        return 1;
    }
    return 0;
}

static int families_from_short_forms(people_ctx *c) {
    /* hashed, so that a document of many thousands of candidates stays
     * linear: full names -> their slot; each word of a full name -> the
     * name it belongs to (AMBIGUOUS when several); full family names */
    enum { AMBIGUOUS = UINT32_MAX };
    scm_wordset names = {0}, words = {0}, families = {0}, shorts = {0};
    const char **newfam = NULL;
    char *arena = NULL;
    size_t i, nnames = 0, arena_len = 1, used = 0;
    int r = -1;
    if (!(newfam = calloc(c->cands.len + 1, sizeof *newfam))) goto out;
    for (i = 0; i < c->cands.len; i++) arena_len += strlen(c->cands.items[i].name) + 1;
    if (!(arena = malloc(arena_len))) goto out;
    for (i = 0; i < c->cands.len; i++) {
        const cand *k = &c->cands.items[i];
        uint32_t *slot;
        const char *p;
        if (k->words < 2) continue;
        if (!scm_wordset_insert(&families, k->family, strlen(k->family)) ||
            !(slot = scm_wordset_insert(&names, k->name, strlen(k->name))))
            goto out;
        if (*slot) continue; /* a name seen before */
        *slot = (uint32_t)++nnames;
        for (p = k->name; *p;) {
            const char *e = strchr(p, ' ');
            size_t len = e ? (size_t)(e - p) : strlen(p);
            uint32_t *w = scm_wordset_insert(&words, p, len);
            if (!w) goto out;
            if (*w && *w != nnames) *w = AMBIGUOUS;
            else *w = (uint32_t)nnames;
            /* a family name in capitals, later in title case: "KABEDI
             * MWAMBA Thérèse", later "Minister Kabedi" (the set borrows
             * its keys: the title-cased copy lives in `arena`; session 21) */
            if (title_cased(p, len, arena + used, arena_len - used)) {
                if (!(w = scm_wordset_insert(&words, arena + used, len))) goto out;
                if (*w && *w != nnames) *w = AMBIGUOUS;
                else *w = (uint32_t)nnames;
                used += len + 1;
            }
            p += len;
            while (*p == ' ') p++;
        }
    }
    for (i = 0; i < c->cands.len; i++) {
        const cand *sf = &c->cands.items[i];
        size_t n = strlen(sf->family);
        uint32_t *seen, *w;
        if (sf->words >= 2 || sf->by_given) continue;
        /* (not a headline's, which a line end may cut: "… Air Force Gen.
         * Lucian T." / "Marrowbone’s Meeting With …"; session 30) */
        if (c->header_end && sf->mention.start < c->header_end) continue;
        if (!(seen = scm_wordset_insert(&shorts, sf->family, n))) goto out;
        if ((*seen)++) continue; /* this family name decided already */
        if (scm_wordset_find(&families, sf->family, n)) continue; /* taken */
        w = scm_wordset_find(&words, sf->family, n);
        if (!w || *w == AMBIGUOUS || !*w) continue;
        newfam[*w] = sf->family;
    }
    for (i = 0; i < c->cands.len; i++) {
        cand *k = &c->cands.items[i];
        uint32_t *slot;
        char *f;
        if (k->words < 2 || given_name_party(k->party) ||
            listed_family_first(c, k->name, k->family) ||
            /* (an Icelandic patronymic stays the family name: "Speaker
             * Sigríður" of "Sigríður Björk Hallgrímsdóttir" is the given
             * name Iceland calls her by; session 35) */
            icelandic_patronymic(k->family))
            continue;
        slot = scm_wordset_find(&names, k->name, strlen(k->name));
        if (!slot || !newfam[*slot]) continue;
        /* "Sayyida Ruqaya" of "Ruqaya bint Hamad Al Said": the name
         * before "bin"/"bint" is the given name Arabic usage re-mentions
         * the person by, not the family name (session 30) */
        if (given_before_father(k->name, k->family, newfam[*slot])) continue;
        if (!(f = scm_xstrndup(newfam[*slot], strlen(newfam[*slot]))))
            goto out;
        free(k->family);
        k->family = f;
    }
    r = 0;
out:
    scm_wordset_free(&names);
    scm_wordset_free(&words);
    scm_wordset_free(&families);
    scm_wordset_free(&shorts);
    free(newfam);
    free(arena);
    return r;
}

/* Where the words of `part` stand in `name` after its first word, at word
 * edges, else NULL. */
static const char *inner_words(const char *name, const char *part) {
    size_t kn = strlen(part);
    const char *p = strchr(name, ' ');
    while (p) {
        p++;
        /* (a particle capitalised at the head of a mention: "Minister Ter
         * Haar-Wolters" of "Femke ter Haar-Wolters") */
        if (kn && (p[0] == part[0] ||
                   (p[0] >= 'a' && p[0] <= 'z' && p[0] - 32 == part[0])) &&
            strncmp(p + 1, part + 1, kn - 1) == 0 &&
            (p[kn] == ' ' || p[kn] == '\0'))
            return p;
        p = strchr(p, ' ');
    }
    return NULL;
}

static int ends_with(const char *s, const char *tail) {
    size_t n = strlen(s), m = strlen(tail);
    return m < n && s[n - m - 1] == ' ' && strcmp(s + n - m, tail) == 0;
}

/* "The Prime Minister of Bhutan, Lyonchhoen Kuenga Namdrel", later
 * "Lyonchhoen noted …": a style of office written before the name,
 * which the text then uses alone as the subject, is the role later
 * mentions use (session 29).  0, or -1 on memory. */
static int style_roles(const people_ctx *c, scm_extract *x) {
    static const char *const styles[] = {"Lyonchhen", "Lyonchhoen", "Lyonpo", NULL};
    for (size_t i = 0; i < x->people.len; i++) {
        scm_person *p = &x->people.items[i];
        const scm_span *m;
        const char *sp;
        size_t fl;
        if (!p->role || !p->mentions.len || !(sp = strchr(p->name, ' '))) continue;
        m = &p->mentions.items[0];
        fl = (size_t)(sp - p->name);
        for (size_t k = 0; styles[k]; k++) {
            size_t sl = strlen(styles[k]);
            const char *q, *alone;
            int before = 0;
            if (strcmp(p->role, styles[k]) == 0) break;
            for (q = c->t + (m->start > 60 ? m->start - 60 : 0); q + sl + 1 + fl <= c->t + m->stop; q++)
                if (memcmp(q, styles[k], sl) == 0 && q[sl] == ' ' && memcmp(q + sl + 1, p->name, fl) == 0) {
                    before = 1;
                    break;
                }
            if (!before) continue;
            /* … and alone before a verb in lower case elsewhere */
            for (alone = c->t; (alone = strstr(alone, styles[k])) != NULL; alone += sl)
                if (alone[sl] == ' ' && alone[sl + 1] >= 'a' && alone[sl + 1] <= 'z') break;
            if (!alone) continue;
            {
                char *r = scm_xstrndup(styles[k], sl);
                if (!r) return -1;
                free(p->role);
                p->role = r;
            }
            break;
        }
    }
    return 0;
}

/* "The Congolese delegation" names the Congo or the DRC: the DRC when
 * the text names it ("Democratic Republic of the Congo", "DRC") and
 * never the other ("Republic of the Congo" without "Democratic",
 * "Brazzaville").  0, or -1 on memory. */
static int congolese_parties(const people_ctx *c, scm_extract *x) {
    const char *t = c->t, *q;
    size_t i;
    int drc = 0, congo = 0;
    for (i = 0; i < x->people.len; i++)
        if (x->people.items[i].party && !strcmp(x->people.items[i].party, "Congo"))
            break;
    if (i == x->people.len) return 0;
    drc = strstr(t, "Democratic Republic of the Congo") != NULL ||
          strstr(t, "DRC") != NULL;
    congo = strstr(t, "Brazzaville") != NULL;
    for (q = t; !congo && (q = strstr(q, "Republic of the Congo")) != NULL; q++)
        congo = !(q - t >= 11 && !memcmp(q - 11, "Democratic ", 11));
    if (!drc || congo) return 0;
    for (i = 0; i < x->people.len; i++) {
        scm_person *p = &x->people.items[i];
        if (p->party && !strcmp(p->party, "Congo")) {
            char *d = scm_xstrndup("DRC", 3);
            if (!d) return -1;
            free(p->party);
            p->party = d;
        }
    }
    return 0;
}

/* "Dr A, Minister, Ministry of Health and Family Welfare of the People's
 * Republic of Bangladesh": an office set apart from its ministry by a
 * comma, the party closing the ministry's name; for a person of no party
 * whose first mention it follows (session 40).  0, or -1 on memory. */
static int ministry_parties(people_ctx *c, scm_extract *x) {
    const char *t = c->t;
    scm_wordvec tw = {0};
    int rc = 0;
    for (size_t i = 0; i < x->people.len && rc == 0; i++) {
        scm_person *p = &x->people.items[i];
        size_t lim, n, from, to;
        const scm_word *w;
        int oom = 0;
        if (p->party || !p->role || !p->mentions.len) continue;
        /* (the words from the name on, to the sentence's end or 300 bytes) */
        from = p->mentions.items[0].stop;
        to = from + 300 < c->tlen ? from + 300 : c->tlen;
        tw.len = 0;
        if (scm_words_scan(NULL, t, from, to, &tw) != 0) {
            rc = -1;
            break;
        }
        w = tw.items;
        n = tw.len;
        /* ", Office, Ministry …" right after the name: the office in a
         * word or three */
        if (n <= 4 || !scm_word_punct(&w[0], ',')) continue;
        for (lim = 1; lim < n && lim < 4 && !scm_word_punct(&w[lim], ','); lim++)
            ;
        if (lim + 2 >= n || !scm_word_punct(&w[lim], ',') || !scm_word_is(t, &w[lim + 1], "Ministry"))
            continue;
        for (size_t q = lim + 2; q < n && q < lim + 24; q++) {
            size_t e;
            const char *party;
            if (scm_word_punct(&w[q], '.') || scm_word_punct(&w[q], ';') || scm_word_punct(&w[q], ','))
                break;
            party = of_party(c, w, q, n, &e, &oom);
            if (oom) {
                rc = -1;
                break;
            }
            if (party && (e >= n || !w[e].cap || w[e].kind != SCM_W_WORD)) {
                char *d = scm_xstrndup(party, strlen(party));
                if (!d) {
                    rc = -1;
                    break;
                }
                p->party = d;
                break;
            }
        }
    }
    SCM_VEC_FREE(&tw);
    return rc;
}

/* The text holds s[0..n) ("Home Secretary") as a later mention writes
 * it: not run on into " of" ("Minister of Culture Secretary of State",
 * a signature block's two columns read as one line; session 29). */
static int short_secretary_in_text(const people_ctx *c, const char *s, size_t n) {
    const char *p = c->t, *end = c->t + c->tlen;
    while ((size_t)(end - p) >= n && (p = memchr(p, s[0], (size_t)(end - p) - n + 1))) {
        if (memcmp(p, s, n) == 0 && !((size_t)(end - p) >= n + 4 && memcmp(p + n, " of ", 4) == 0))
            return 1;
        p++;
    }
    return 0;
}

/* "Secretary of State for the Home Department", later "The Home
 * Secretary welcomed …": the British style names a Secretary of State by
 * a word of the portfolio, and later mentions use it, without the name;
 * that is the role (session 16).  0, or -1 on memory. */
static int portfolio_secretaries(people_ctx *c, scm_extract *x) {
    static const char sos[] = "Secretary of State for ";
    size_t i;
    for (i = 0; i < x->people.len; i++) {
        scm_person *p = &x->people.items[i];
        const char *q;
        if (!p->role || strcmp(p->role, "Secretary of State") != 0 || !p->title ||
            strncmp(p->title, sos, sizeof sos - 1) != 0)
            continue;
        /* each capitalised word of the portfolio, "<Word> Secretary" in
         * the text */
        for (q = p->title + sizeof sos - 1; *q;) {
            const char *e = q;
            char phrase[48];
            size_t wl;
            while (*e && *e != ' ' && *e != ',') e++;
            wl = (size_t)(e - q);
            if (wl >= 4 && wl + 11 < sizeof phrase && *q >= 'A' && *q <= 'Z') {
                memcpy(phrase, q, wl);
                memcpy(phrase + wl, " Secretary", 11);
                /* (not another's office: India's "Defence Secretary"
                 * beside Romania's "Secretary of State for Defence
                 * Policy"; session 40) */
                int others = 0;
                for (size_t k = 0; k < x->people.len && !others; k++)
                    others = k != i && x->people.items[k].role &&
                             strcmp(x->people.items[k].role, phrase) == 0;
                if (!others && short_secretary_in_text(c, phrase, wl + 10)) {
                    char *r = scm_xstrndup(phrase, wl + 10);
                    if (!r) return -1;
                    free(p->role);
                    p->role = r;
                    break;
                }
            }
            q = e;
            while (*q == ' ' || *q == ',') q++;
        }
    }
    return 0;
}

/* "Zhao Minghui said that …" after "Foreign Minister Zhao Minghui held
 * talks …": a later mention by the whole name without a title is a
 * mention too (session 16).  Names of two words or more, as whole words,
 * outside the mentions already found.  At each capitalised word the
 * paragraphs' pass tried (c->tried, in text order), the people whose
 * names open with that byte (linked through `next`).  0, or -1 on
 * memory. */
/* Person k is mentioned at t[p .. p+len), unless a word goes on or a
 * mention found before covers it.  The known mentions (known[k] of them)
 * are sorted, and the calls come in text order: seen[k] is the first
 * known mention that does not end before p.  0, or -1 on memory. */
static int add_bare_mention(const people_ctx *c, scm_extract *x, int32_t k,
                            size_t p, size_t len, const int32_t *known,
                            int32_t *seen) {
    const unsigned char *t = (const unsigned char *)c->t;
    scm_person *q = &x->people.items[k];
    scm_span sp;
    if (p + len < c->tlen &&
        (scm_ascii_is_alnum(t[p + len]) || t[p + len] == '-'))
        return 0;
    /* found in this pass already (a title is tried at its own word and
     * after the word before it) */
    if (q->mentions.len > (size_t)known[k] &&
        q->mentions.items[q->mentions.len - 1].stop > (scm_off)p)
        return 0;
    sp.start = (scm_off)p;
    sp.stop = (scm_off)(p + len);
    while (seen[k] < known[k] && q->mentions.items[seen[k]].stop <= sp.start)
        seen[k]++;
    if (seen[k] < known[k] && q->mentions.items[seen[k]].start < sp.stop)
        return 0;
    return add_mention(q, sp);
}

/* The short form an introduction gives its office, "Secretary of
 * National Defense (SND) Renato S. Villafuerte Jr.": at *at, *len bytes
 * (two to six capitals), or 0. */
static int office_short_form(const people_ctx *c, const scm_person *q,
                             size_t *at, size_t *len) {
    const char *t = c->t;
    size_t s, e, k;
    if (!q->mentions.len || !q->family || !*q->family) return 0;
    s = q->mentions.items[0].start;
    e = q->mentions.items[0].stop;
    for (k = s; k + 4 < e; k++) {
        size_t m = 0;
        if (t[k] != ' ' || t[k + 1] != '(') continue;
        while (k + 2 + m < e && scm_ascii_is_upper((unsigned char)t[k + 2 + m]))
            m++;
        if (m >= 2 && m <= 6 && t[k + 2 + m] == ')' && t[k + 3 + m] == ' ') {
            *at = k + 2;
            *len = m;
            return 1;
        }
    }
    return 0;
}

/* "Minister Nomin" of a text that introduced "B.Nomin": a person known
 * by one name whose text writes it with an initial or two glued before
 * it (the Mongolian way: the father's initial) takes that as the name
 * (session 20).  0, or -1 on memory. */
static int glued_initial_names(const people_ctx *c, scm_extract *x) {
    size_t i;
    for (i = 0; i < x->people.len; i++) {
        scm_person *p = &x->people.items[i];
        size_t nl = p->name ? strlen(p->name) : 0;
        const char *q = c->t, *end = c->t + c->tlen;
        if (nl < 4 || strchr(p->name, ' ') || strchr(p->name, '.')) continue;
        while (q < end && (q = memchr(q, p->name[0], (size_t)(end - q))) != NULL) {
            const char *b = q - 1, *a;
            if (q + nl <= end && memcmp(q, p->name, nl) == 0 && b > c->t && *b == '.' &&
                (q + nl == end || !scm_ascii_is_alnum((unsigned char)q[nl]))) {
                a = b;
                while (a > c->t && b - a < 2 &&
                       (scm_ascii_is_upper((unsigned char)a[-1]) ||
                        scm_ascii_is_lower((unsigned char)a[-1])))
                    a--;
                if (a < b && scm_ascii_is_upper((unsigned char)*a) &&
                    (a == c->t || !scm_ascii_is_alnum((unsigned char)a[-1]))) {
                    char *name = scm_xstrndup(a, (size_t)(q + nl - a));
                    if (!name) return -1;
                    free(p->name);
                    p->name = name;
                    break;
                }
            }
            q++;
        }
    }
    return 0;
}

/* "Deputy Assistant Secretary of Defense for Reserve Integration
 * Bettina R. Hollingworth", later "DASD Hollingworth": the initials of
 * the title's first capitalised words (three or more), never defined in
 * brackets, before the family name are a mention of that person, and the
 * role later mentions use (session 31).  0, or -1 on memory. */
static int initials_mentions(people_ctx *c, scm_extract *x) {
    const char *t = c->t, *end = c->t + c->tlen;
    for (size_t i = 0; i < x->people.len; i++) {
        scm_person *p = &x->people.items[i];
        char ini[8];
        size_t ni = 0, fl, best = 0;
        const char *w = p->title;
        if (!w || !p->family || !*p->family || !p->role || !p->mentions.len) continue;
        fl = strlen(p->family);
        while (*w && ni < sizeof ini - 1) {
            const char *we = strchr(w, ' ');
            size_t wl = we ? (size_t)(we - w) : strlen(w);
            if (scm_ascii_is_upper((unsigned char)*w)) ini[ni++] = *w;
            else if (wl != 2 && wl != 3) break; /* past "of", "for", "the", "and" only */
            if (!we) break;
            w = we + 1;
        }
        /* the longest initials the text writes before the family name */
        for (size_t k = ni; k >= 3 && !best; k--) {
            for (const char *q = c->t; (q = scm_find_bytes(q, (size_t)(end - q), ini, k)) != NULL; q++) {
                if ((q == t || !scm_ascii_is_alnum((unsigned char)q[-1])) && q + k + 1 + fl <= end &&
                    q[k] == ' ' && memcmp(q + k + 1, p->family, fl) == 0 &&
                    (q + k + 1 + fl == end || !scm_ascii_is_alnum((unsigned char)q[k + 1 + fl]))) {
                    best = k;
                    break;
                }
                if (q + k >= end) break;
            }
        }
        if (!best) continue;
        {
            /* (not a short form the text defines, "(EAM)", "(SND)": the
             * golds keep the office's whole role then) */
            char br[10];
            br[0] = '(';
            memcpy(br + 1, ini, best);
            br[best + 1] = ')';
            if (scm_find_bytes(c->t, c->tlen, br, best + 2)) continue;
        }
        for (const char *q = c->t; (q = scm_find_bytes(q, (size_t)(end - q), ini, best)) != NULL; q++) {
            if ((q == t || !scm_ascii_is_alnum((unsigned char)q[-1])) && q + best + 1 + fl <= end &&
                q[best] == ' ' && memcmp(q + best + 1, p->family, fl) == 0) {
                scm_span sp = {(scm_off)(q - t), (scm_off)(q - t + (ptrdiff_t)(best + 1 + fl))};
                if (add_mention(p, sp) != 0) return -1;
            }
            if (q + best >= end) break;
        }
        {
            char *r = scm_xstrndup(ini, best);
            if (!r) return -1;
            free(p->role);
            p->role = r;
        }
    }
    return 0;
}

static int bare_name_mentions(people_ctx *c, scm_extract *x) {
    size_t i, np = x->people.len;
    int32_t head[256], thead[256], shead[256], *next, *tnext, *snext, *known,
        *seen;
    size_t *sat, *slen;
    const unsigned char *t = (const unsigned char *)c->t;
    size_t n = c->tlen, p;
    if (!np) return 0;
    next = malloc(np * 5 * sizeof *next);
    sat = malloc(np * 2 * sizeof *sat);
    if (!next || !sat) {
        free(next);
        free(sat);
        return -1;
    }
    known = next + np; /* the mentions found before this pass */
    seen = known + np; /* the next of them to compare with */
    tnext = seen + np; /* the people by their title's first byte */
    snext = tnext + np; /* … by their office's short form ("SND") */
    slen = sat + np;
    for (i = 0; i < 256; i++) head[i] = thead[i] = shead[i] = -1;
    for (i = np; i-- > 0;) {
        scm_person *q = &x->people.items[i];
        known[i] = (int32_t)q->mentions.len;
        seen[i] = 0;
        if (q->mentions.len > 1)
            qsort(q->mentions.items, q->mentions.len, sizeof *q->mentions.items,
                  cmp_span);
        next[i] = tnext[i] = snext[i] = -1;
        /* "SND Villafuerte" after "Secretary of National Defense (SND)
         * Renato S. Villafuerte Jr." (session 18) */
        if (office_short_form(c, q, &sat[i], &slen[i])) {
            snext[i] = shead[t[sat[i]]];
            shead[t[sat[i]]] = (int32_t)i;
        }
        /* "Secretary of Foreign Affairs Villaroza-Tan": the whole title
         * of several words before the family name (session 18) */
        if (q->title && q->family && *q->family && strchr(q->title, ' ')) {
            tnext[i] = thead[(unsigned char)q->title[0]];
            thead[(unsigned char)q->title[0]] = (int32_t)i;
        }
        if (!q->name || strlen(q->name) < 5 || !strchr(q->name, ' ')) continue;
        next[i] = head[(unsigned char)q->name[0]];
        head[(unsigned char)q->name[0]] = (int32_t)i;
    }
    for (size_t ti = 0; ti < c->tried.len; ti++) {
        int32_t k;
        p = c->tried.items[ti];
        if (p > 0 && (scm_ascii_is_alnum(t[p - 1]) || t[p - 1] == '-' ||
                      t[p - 1] >= 0x80))
            continue;
        for (k = head[t[p]]; k >= 0; k = next[k]) {
            const scm_person *q = &x->people.items[k];
            size_t len = strlen(q->name);
            if (p + len <= n && memcmp(t + p, q->name, len) == 0 &&
                add_bare_mention(c, x, k, p, len, known, seen) != 0)
                goto fail;
        }
        for (k = shead[t[p]]; k >= 0; k = snext[k]) {
            const scm_person *q = &x->people.items[k];
            size_t sl = slen[k], fl = strlen(q->family);
            if (p + sl + 1 + fl <= n && memcmp(t + p, t + sat[k], sl) == 0 &&
                t[p + sl] == ' ' &&
                strncasecmp((const char *)t + p + sl + 1, q->family, fl) == 0 &&
                add_bare_mention(c, x, k, p, sl + 1 + fl, known, seen) != 0)
                goto fail;
        }
        /* the title here, or after the word here ("Philippine Secretary
         * of Foreign Affairs Villaroza-Tan") */
        for (int after = 0; after < 2; after++) {
            if (after) {
                const unsigned char *sp =
                    memchr(t + p, ' ', n - p < 40 ? n - p : 40);
                if (!sp || (size_t)(sp - t) + 1 >= n) break;
                p = (size_t)(sp - t) + 1;
            }
            for (k = thead[t[p]]; k >= 0; k = tnext[k]) {
                const scm_person *q = &x->people.items[k];
                size_t tl = strlen(q->title), fl = strlen(q->family);
                if (p + tl + 1 + fl <= n && memcmp(t + p, q->title, tl) == 0 &&
                    t[p + tl] == ' ' &&
                    strncasecmp((const char *)t + p + tl + 1, q->family, fl) == 0 &&
                    add_bare_mention(c, x, k, p, tl + 1 + fl, known, seen) != 0)
                    goto fail;
            }
        }
    }
    free(next);
    free(sat);
    return 0;
fail:
    free(next);
    free(sat);
    return -1;
}

/* "Zhao Minghui Holds Talks with Zambian Foreign Minister Chanda Mulenga
 * Phiri" over "… with Minister of Foreign Affairs and International
 * Cooperation of Zambia Chanda Mulenga Phiri": the body's introduction
 * gives the office, the headline's is a journalist's short style
 * (session 16).  0, or -1 on memory. */
static int ends_with(const char *s, const char *tail);

static int body_over_header(const people_ctx *c, scm_person *p, cand *k) {
    if (!c->header_end || !p->mentions.len || !k->title || !k->role ||
        p->mentions.items[0].start >= c->header_end ||
        k->mention.start < c->header_end)
        return 0;
    for (size_t j = 1; j < p->mentions.len; j++)
        if (p->mentions.items[j].start >= c->header_end) return 0;
    if (fill_over(&p->role, k->role) != 0) return -1;
    free(p->title);
    p->title = k->title;
    k->title = NULL;
    if (k->party && fill_over(&p->party, k->party) != 0) return -1;
    /* "Joint Press Release by Minister Ní Bhriain …", then "Róisín Ní
     * Bhriain TD, Minister for …": the body's whole name (session 17) */
    if (k->name && ends_with(k->name, p->name) && fill_over(&p->name, k->name) != 0)
        return -1;
    return 0;
}

/* `shorter` is `role` with one inner word (neither its first nor its
 * last) left out: "First Vice Minister" of "First Vice Foreign
 * Minister". */
static int without_inner_word(const char *role, const char *shorter) {
    const char *sp = strchr(role, ' ');
    size_t rl = strlen(role), sl = strlen(shorter);
    while (sp) {
        const char *next = strchr(sp + 1, ' ');
        size_t pre, cut;
        if (!next) return 0; /* the last word is no inner word */
        pre = (size_t)(sp - role);
        cut = (size_t)(next - sp);
        if (rl - cut == sl && strncmp(role, shorter, pre) == 0 &&
            strcmp(next, shorter + pre) == 0)
            return 1;
        sp = next;
    }
    return 0;
}

/* `longer` is `role` with one inner word more ("Federal Interior
 * Minister" of "Federal Minister"), and title holds that word. */
static int inner_word_in_title(const char *longer, const char *role, const char *title) {
    size_t i = 0, wl, tl;
    const char *e, *q;
    if (!title) return 0;
    while (longer[i] && longer[i] == role[i]) i++;
    while (i > 0 && longer[i - 1] != ' ') i--; /* the inserted word's start */
    e = strchr(longer + i, ' ');
    if (!e || e == longer + i) return 0;
    wl = (size_t)(e - (longer + i));
    tl = strlen(title);
    for (q = title; (q = scm_find_bytes(q, tl - (size_t)(q - title), longer + i, wl)) != NULL; q++)
        if ((q == title || q[-1] == ' ') && (q[wl] == ' ' || q[wl] == '\0' || q[wl] == ','))
            return 1;
    return 0;
}

/* Person p has a family name of two words and a later mention "R Family"
 * where R is a shorter form of p's role: "Minister" of a double office
 * "… and Minister of …", or the role's first or last word(s) ("Minister
 * Delegate" → "Minister").  R becomes the role unless a mention uses the
 * role itself.  0, or -1 on memory. */
static int shorter_role_of_two_word_family(const people_ctx *c, scm_person *p) {
    size_t fl, rl, m, best = 0;
    const char *shorter = NULL;
    int first = 0;
    if (!p->role || !p->title || !p->family || !strchr(p->family, ' ')) return 0;
    fl = strlen(p->family);
    rl = strlen(p->role);
    for (m = 0; m < p->mentions.len; m++) {
        const char *s = c->t + p->mentions.items[m].start;
        size_t len = p->mentions.items[m].stop - p->mentions.items[m].start, xl;
        if (len < fl + 2 || strncmp(s + len - fl, p->family, fl) != 0 ||
            s[len - fl - 1] != ' ')
            continue;
        xl = len - fl - 1; /* the words before the family name */
        if (xl == rl && !strncmp(s, p->role, rl)) first = 1;
        else if (xl < rl && !is_rank_words(s, xl) &&
                 ((xl == 8 && !strncmp(s, "Minister", 8) &&
                   strstr(p->title, " and Minister ")) ||
                  (p->role[xl] == ' ' && !strncmp(p->role, s, xl)) ||
                  (p->role[rl - xl - 1] == ' ' && !strncmp(p->role + rl - xl, s, xl)))) {
            shorter = s;
            best = xl;
        }
    }
    if (shorter && !first) {
        char *r = scm_xstrndup(shorter, best);
        if (!r) return -1;
        free(p->role);
        p->role = r;
    }
    return 0;
}

/* Someone found so far holds the role. */
static int role_held(const scm_extract *x, const char *role) {
    for (size_t i = 0; i < x->people.len; i++)
        if (x->people.items[i].role && strcmp(x->people.items[i].role, role) == 0) return 1;
    return 0;
}

/* "Lieutenant General Shaikh Khalid Al Khalifa highlighted …" after "His
 * Excellency Lieutenant General Shaikh Khalid bin Hamad bin Abdulla Al
 * Khalifa, Minister of Interior": a later full name under a rank, whose
 * first and family names are those of a person introduced under that
 * same rank, is that person (session 29). */
static int ranked_again(const people_ctx *c, const scm_person *p, const cand *k) {
    const char *sp = strchr(k->name, ' ');
    size_t fw = sp ? (size_t)(sp - k->name) : 0, tl;
    scm_off at, from;
    if (!k->role || !is_rank(k->role) || !k->title || !fw || !p->mentions.len ||
        strcasecmp(p->family, k->family) != 0 || strncmp(p->name, k->name, fw) != 0 ||
        p->name[fw] != ' ' || (k->party && !same(p->party, k->party)))
        return 0;
    at = p->mentions.items[0].stop;
    from = p->mentions.items[0].start > 80 ? p->mentions.items[0].start - 80 : 0;
    tl = strlen(k->title);
    for (scm_off q = from; q + tl <= at; q++)
        if (memcmp(c->t + q, k->title, tl) == 0) return 1;
    return 0;
}

/* k's mention is a rank of two words or more and the family name
 * ("Major General Kim") and p's introduction opens with that rank
 * ("Major General Harold J. Kim"). */
static int introduced_with_rank(const people_ctx *c, const scm_person *p, const cand *k) {
    size_t rl, fl = strlen(k->family);
    const scm_span *m = &k->mention, *intro;
    if (!k->role || !is_rank(k->role) || !p->mentions.len) return 0;
    if (m->stop - m->start < fl + 2 || memcmp(c->t + m->stop - fl, k->family, fl) != 0)
        return 0;
    rl = m->stop - m->start - fl - 1; /* the rank before the name */
    if (!memchr(c->t + m->start, ' ', rl)) return 0; /* (two words: "Major General") */
    intro = &p->mentions.items[0];
    return intro->stop - intro->start > rl &&
           memcmp(c->t + intro->start, c->t + m->start, rl) == 0 &&
           c->t[intro->start + rl] == ' ';
}

/* 1 when one of p's mentions is followed by ", [the] ROLE of|for|to":
 * the office in apposition to the name ("Undersecretary Renato Q.
 * Alcaraz, Administrator of the Office of Civil Defense"). */
static int office_in_apposition(const people_ctx *c, const scm_person *p,
                                const char *role) {
    size_t rl = strlen(role), i;
    for (i = 0; i < p->mentions.len; i++) {
        const char *q = c->t + p->mentions.items[i].stop;
        const char *end = c->t + c->tlen;
        if (end - q < (ptrdiff_t)rl + 8 || q[0] != ',' || q[1] != ' ') continue;
        q += 2;
        if (!strncmp(q, "the ", 4)) q += 4;
        if (end - q < (ptrdiff_t)rl + 5 || strncmp(q, role, rl) != 0 || q[rl] != ' ') continue;
        q += rl + 1;
        if (!strncmp(q, "of ", 3) || !strncmp(q, "for ", 4) || !strncmp(q, "to ", 3))
            return 1;
    }
    return 0;
}

/* Full names a and b, each a given name of three letters or more before
 * the family name `family` that ends both, differ in that given name
 * ("Yamikani Chisi", "Tiwonge Chisi"). */
static int other_given_name(const char *a, const char *b, const char *family) {
    const char *sa = strchr(a, ' '), *sb = strchr(b, ' ');
    size_t fl = strlen(family), la = strlen(a), lb = strlen(b);
    if (!sa || !sb || la <= fl + 1 || lb <= fl + 1 || strcmp(a + la - fl, family) != 0 ||
        strcmp(b + lb - fl, family) != 0 || sa != a + la - fl - 1 || sb != b + lb - fl - 1)
        return 0; /* (one given name each, the family name last) */
    return sa - a >= 3 && sb - b >= 3 && a[sa - a - 1] != '.' && b[sb - b - 1] != '.' &&
           ((size_t)(sa - a) != (size_t)(sb - b) || memcmp(a, b, (size_t)(sa - a)) != 0);
}

/* "Mr. A, Deputy Director General of …, participated as the Japanese
 * co-chair": the party of "as the PARTY co-chair" (or co-lead, head of
 * delegation) after a person of no party, in the same sentence and
 * before anyone else is named (session 31). */
static int co_chair_parties(people_ctx *c, scm_extract *x) {
    static const char *const roles[] = {" co-chair", " co-lead", " head of delegation",
                                        " delegation", NULL};
    for (size_t i = 0; i < x->people.len; i++) {
        scm_person *p = &x->people.items[i];
        const char *t = c->t, *q, *end, *stop;
        if (p->party || !p->mentions.len) continue;
        q = t + p->mentions.items[0].stop;
        end = q + 240 < t + c->tlen ? q + 240 : t + c->tlen;
        /* (to the sentence's end: a full stop before a space and a capital,
         * not the one of "U.S. co-chair") */
        for (stop = q; stop < end && *stop != ';' &&
                       !(*stop == '.' && (stop + 1 == end || (stop[1] == ' ' && stop + 2 < end &&
                                                              scm_ascii_is_upper((unsigned char)stop[2]))));
             stop++)
            ;
        /* (not past the next person named) */
        for (size_t j = 0; j < x->people.len; j++)
            for (size_t m = 0; m < x->people.items[j].mentions.len; m++) {
                const char *ms = t + x->people.items[j].mentions.items[m].start;
                if (ms > q && ms < stop) stop = ms;
            }
        const char *as = scm_find_bytes(q, (size_t)(stop - q), " as the ", 8);
        if (!as) continue;
        as += 8;
        for (size_t r = 0; roles[r]; r++) {
            const char *ro = scm_find_bytes(as, (size_t)(stop - as), roles[r], strlen(roles[r]));
            int found = 0;
            const char *cls;
            if (!ro || ro - as > 40) continue;
            cls = scm_phrase_lookup(&c->party, as, (size_t)(ro - as), &found);
            if (found && cls && *cls && !(p->party = scm_xstrndup(cls, strlen(cls)))) return -1;
            break;
        }
    }
    return 0;
}

static int resolve(people_ctx *c, scm_extract *x) {
    size_t i, j;
    if (families_from_short_forms(c) != 0) return -1;
    /* full names first */
    for (i = 0; i < c->cands.len; i++) {
        cand *k = &c->cands.items[i];
        scm_person *hit = NULL;
        if (k->words < 2) continue;
        /* the person of this very name first: "Sheikh Hamad Ali Al-Khaled
         * Al-Sabah" again is the Minister, not the Amir introduced before
         * him with the same family name (session 21) */
        for (j = 0; j < x->people.len && !hit; j++)
            if (strcmp(x->people.items[j].name, k->name) == 0)
                hit = &x->people.items[j];
        /* … whose family name a headline read with no party ("… between
         * President Santiago Benítez Aquino and …"): the body's reading,
         * with its party's two surnames, wins (session 21; not a
         * family-first party's, whose texts often write the Western
         * order: "Emiko Takanashi") */
        if (hit && !hit->party && k->party && k->family &&
            strcmp(hit->family, k->family) != 0 &&
            scm_bytes_in(k->party, strlen(k->party), scm_paternal_surname_parties)) {
            char *f = scm_xstrndup(k->family, strlen(k->family));
            if (!f) return -1;
            free(hit->family);
            hit->family = f;
        }
        for (j = 0; j < x->people.len && !hit; j++) {
            scm_person *p = &x->people.items[j];
            /* "Minister Ruiz de Alarcón" after "Ignacio Ruiz de Alarcón
             * Ferrer": a name that is someone's family name is that
             * person */
            size_t kn = strlen(k->name);
            const char *in = inner_words(p->name, k->name);
            int headline = 0;
            /* (not "President Villareal Jr.": a suffix names no family;
             * session 20) */
            static const char *const generational[] = {"Jr.", "Sr.", "Jr", "Sr",
                                                        "II", "III", "IV", NULL};
            const char *lastsp = strrchr(k->name, ' ');
            if (lastsp && scm_bytes_in(lastsp + 1, strlen(lastsp + 1), generational))
                in = NULL;
            if (in && !k->by_given &&
                (strlen(p->family) < kn || ends_with(p->family, k->name))) {
                /* "Minister Teixeira Pinto" after "Maria João Teixeira
                 * Pinto", "Vice Admiral de León" after "Juan Martín de
                 * León Bentancor": a later mention by words of the name
                 * after its first names the family */
                char *f = scm_xstrndup(in, kn); /* as the full name writes it */
                if (!f) return -1;
                free(p->family);
                p->family = f;
                hit = p;
            } else if (strcmp(p->name, k->name) == 0 ||
                       strcasecmp(p->family, k->name) == 0 ||
                       /* "Minister Guðný Rún" of "Guðný Rún
                        * Hermannsdóttir": by the given names, as
                        * Icelandic usage does */
                       (k->role && strncmp(p->name, k->name, kn) == 0 &&
                        p->name[kn] == ' ' &&
                        strcmp(p->name + kn + 1, p->family) == 0) ||
                       (strcasecmp(p->family, k->family) == 0 &&
                        same(p->role, k->role) &&
                        same(p->party, k->party) &&
                        /* (not "Madame Tiwonge Chisi" beside President
                         * "Yamikani Chisi": another given name is another
                         * person, a spouse; session 31) */
                        !other_given_name(p->name, k->name, k->family)) ||
                       ranked_again(c, p, k) ||
                       /* "Second Minister for Foreign Affairs Dr Melvin
                        * Chng's" in the headline, then "… Dr Melvin Chng
                        * Wei Liang" (session 39) */
                       (p->role && k->role && strcmp(p->role, k->role) == 0 &&
                        same(p->party, k->party) && name_opens(p->name, k->name)) ||
                       /* "New Zealand Foreign Minister Te Awanui" in the
                        * headline, then "Hēmi Te Awanui": a name of two
                        * words that ends the full name (session 21) */
                       (strchr(p->name, ' ') && strlen(k->name) > strlen(p->name) &&
                        ends_with(k->name, p->name) &&
                        k->name[strlen(k->name) - strlen(p->name) - 1] == ' ' &&
                        same(p->party, k->party) &&
                        (same(p->role, k->role) || (p->party && k->party) ||
                         /* ("Foreign Minister Sosa Aguerre hosts …", then
                          * "Minister of Foreign Affairs, Martín Sosa
                          * Aguerre": the headline's office ends in the
                          * full name's role; session 37) */
                         (headline = !p->party && p->role && k->role && k->family &&
                                     strlen(p->role) > strlen(k->role) && ends_with(p->role, k->role) &&
                                     p->role[strlen(p->role) - strlen(k->role) - 1] == ' ')))) {
                hit = p;
                /* (the full name's office and family name, not the
                 * headline's: "Minister", "Sosa") */
                if (headline) {
                    char *r = scm_xstrndup(k->role, strlen(k->role));
                    char *f = scm_xstrndup(k->family, strlen(k->family));
                    if (!r || !f) {
                        free(r);
                        free(f);
                        return -1;
                    }
                    free(p->role);
                    free(p->family);
                    p->role = r;
                    p->family = f;
                    continue;
                }
                /* (its family name as the full name reads it: "Te
                 * Awanui", the particle with it) */
                if (k->family && strlen(k->family) > strlen(p->family) &&
                    ends_with(k->family, p->family)) {
                    char *f = scm_xstrndup(k->family, strlen(k->family));
                    if (!f) return -1;
                    free(p->family);
                    p->family = f;
                }
            }
        }
        /* "Member of the Central Committee of the Communist Party of Viet
         * Nam and Minister of Foreign Affairs …", later "Minister Đỗ Minh
         * Khôi": a membership gives way to the office later mentions use
         * (session 15) */
        if (hit && k->role && hit->role && strcmp(hit->role, "Member") == 0 &&
            strcmp(k->role, "Member") != 0 && !is_rank(k->role)) {
            char *r = scm_xstrndup(k->role, strlen(k->role));
            if (!r) return -1;
            free(hit->role);
            hit->role = r;
        }
        if (hit && body_over_header(c, hit, k) != 0) return -1;
        if (hit ? merge_into(hit, k) : new_person(x, k)) return -1;
    }
    /* then short forms; `as_first`/`as_second`: a person was re-mentioned
     * by the role of the first office of a double title, or by
     * "Minister" of its second ("Deputy Prime Minister – Minister of
     * National Defence", later only "Minister Zaremba-Łęcki") */
    uint8_t *as_first = calloc(x->people.len + 1, 1);
    uint8_t *as_second = calloc(x->people.len + 1, 1);
    /* … or by the role without a modifier ("First Vice Minister Han",
     * later "Vice Minister Han"): that shorter role */
    const char **as_short = calloc(x->people.len + 1, sizeof *as_short);
    size_t known = x->people.len;
    if (!as_first || !as_second || !as_short) goto oom_short;
    for (i = 0; i < c->cands.len; i++) {
        cand *k = &c->cands.items[i];
        scm_person *hit = NULL;
        int best = -1;
        if (k->words >= 2) continue;
        for (j = 0; j < x->people.len; j++) {
            scm_person *p = &x->people.items[j];
            int score;
            /* "Prime Minister Pimchanok" of Thailand, "Deputy Minister
             * Khanh" of "Tran Quoc Khanh": by given name */
            if (((k->by_given || given_name_party(p->party) ||
                  listed_family_first(c, p->name, p->family) || icelandic_patronymic(p->family))
                     ? !own_name_word(p->name, k->family)
                     : strcasecmp(p->family, k->family) != 0) &&
                /* "Sayyid Badr" of "Badr bin Hamad Al Busaidi" */
                !given_before_father(p->name, p->family, k->family))
                continue;
            score = (k->role && p->role && strcmp(p->role, k->role) == 0) * 2 +
                    (k->party && p->party && strcmp(p->party, k->party) == 0) +
                    /* "Major General Kim" of two Kims, a Lieutenant General
                     * and a Major General: the rank the introduction gave
                     * (session 31) */
                    introduced_with_rank(c, p, k) * 2;
            if (score > best) {
                best = score;
                hit = p;
            }
        }
        /* "President Illueca" of "José Rogelio Illueca Castillero": a
         * word inside the full name of the one person of that office is
         * that person, and the family name the text calls them by
         * (session 24) */
        if (!hit && k->role && k->family && strlen(k->family) >= 3) {
            scm_person *only = NULL;
            int many = 0;
            for (j = 0; j < x->people.len; j++) {
                scm_person *p = &x->people.items[j];
                if (!p->role || strcmp(p->role, k->role) != 0 ||
                    !inner_words(p->name, k->family))
                    continue;
                many = only != NULL;
                only = p;
            }
            if (only && !many) {
                char *f = scm_xstrndup(k->family, strlen(k->family));
                if (!f) goto oom_short;
                free(only->family);
                only->family = f;
                hit = only;
            }
        }
        /* "… Air Force Gen. Lucian T." / "Marrowbone’s Meeting With …":
         * a headline's one word that opens one person's full name is
         * that person, the line end having cut the rest (session 31) */
        if (!hit && c->header_end && k->mention.start < c->header_end && k->family) {
            size_t fl = strlen(k->family);
            int many = 0;
            for (j = 0; j < known; j++) {
                scm_person *p = &x->people.items[j];
                if (strncmp(p->name, k->family, fl) != 0 || p->name[fl] != ' ') continue;
                many = hit != NULL;
                hit = p;
            }
            if (many) hit = NULL;
        }
        /* (a headline's "Foreign Minister Abdelsalam …" is no later
         * mention: the body's "Minister Abdelsalam" gives the role;
         * session 17) */
        if (hit && (size_t)(hit - x->people.items) < known && k->role && hit->role &&
            !(c->header_end && k->mention.start < c->header_end)) {
            size_t h = (size_t)(hit - x->people.items);
            size_t hl = strlen(hit->role), kl = strlen(k->role);
            if (strcmp(k->role, hit->role) == 0) as_first[h] = 1;
            else if (strcmp(k->role, "Minister") == 0) {
                as_second[h] = 1;
                /* "Union Minister of Commerce …", later "Minister
                 * Deshpande": the role without its modifier, as below
                 * (session 17) */
                if (kl + 1 < hl && hit->role[hl - kl - 1] == ' ' &&
                    strcmp(hit->role + hl - kl, k->role) == 0)
                    as_short[h] = k->role;
                /* "Minister of State for Trade Promotion", later
                 * "Minister Kinsella" */
                else if (kl + 1 < hl && hit->role[kl] == ' ' &&
                         strncmp(hit->role, k->role, kl) == 0)
                    as_short[h] = k->role;
            } else if (kl + 1 < hl && hit->role[hl - kl - 1] == ' ' &&
                     strcmp(hit->role + hl - kl, k->role) == 0 &&
                     !is_rank(k->role)) /* "General X" of a Commanding General */
                as_short[h] = k->role;
            else if (!is_rank(k->role) && second_title_office(hit->title, k->role))
                /* "Te Beretitenti and President of the Republic of
                 * Kiribati", later "President Kaiririete" (session 14) */
                as_short[h] = k->role;
            else if (!is_rank(k->role) && strcmp(hit->role, "Member") == 0)
                as_short[h] = k->role; /* a membership gives way, as above */
            else if (strcmp(k->role, "Ambassador") == 0 && hit->title && strlen(hit->title) > kl + 1 &&
                     strcmp(hit->title + strlen(hit->title) - kl, k->role) == 0 &&
                     hit->title[strlen(hit->title) - kl - 1] == ' ')
                /* "Special Presidential Envoy for Compact Review Ambassador
                 * A", later "Ambassador Markle": the style right before
                 * the name is the role later mentions use (session 31) */
                as_short[h] = k->role;
            else if (!is_rank(k->role) && without_inner_word(k->role, hit->role) &&
                     inner_word_in_title(k->role, hit->role, hit->title))
                /* "Federal Minister of the Interior and Community", later
                 * "Federal Interior Minister Vollrath": the role with the
                 * portfolio word the title gives, as later mentions write
                 * it (session 31) */
                as_short[h] = k->role;
            else if (!is_rank(k->role) && without_inner_word(hit->role, k->role))
                /* "First Vice Foreign Minister Seo Jae-min", later "First
                 * Vice Minister Seo": the role as later mentions write it,
                 * its portfolio word left out (session 21) */
                as_short[h] = k->role;
            else if (!is_rank(k->role) && strstr(hit->role, " of ") &&
                     scm_bytes_in(k->role, kl, scm_leader_roles) &&
                     !scm_bytes_in(hit->role, hl, scm_leader_roles))
                /* "President of the Council of Ministers", later
                 * "President Ferrante" or "Prime Minister Lanfranchi":
                 * the leader's word later mentions use (session 20) */
                as_short[h] = k->role;
            else if (kl > hl + 1 && k->role[kl - hl - 1] == ' ' &&
                     strcmp(k->role + kl - hl, hit->role) == 0 && hit->title &&
                     strncmp(hit->title, hit->role, hl) == 0 &&
                     strstr(hit->title, k->role) == NULL) {
                /* "Minister for Foreign Affairs …", later "Foreign
                 * Minister Khattak": the portfolio the office names
                 * before the role, as later mentions write it (session
                 * 15) */
                char first[32];
                size_t fl = kl - hl - 1;
                if (fl < sizeof first) {
                    memcpy(first, k->role, fl);
                    first[fl] = '\0';
                    if (strstr(hit->title, first)) as_short[h] = k->role;
                }
            } else if (!is_rank(k->role) && !(hit->title && !strncmp(hit->title, k->role, kl)) &&
                       office_in_apposition(c, hit, k->role)) {
                /* "Undersecretary Renato Q. Alcaraz, Administrator of the
                 * Office of Civil Defense", later "Administrator Alcaraz":
                 * the office in apposition that later mentions use
                 * (session 30) */
                as_short[h] = k->role;
            } else if (strcmp(k->role, "Chancellor") == 0 && hit->title && !role_held(x, k->role) &&
                       (strstr(hit->title, "Foreign") || strstr(hit->title, "External") ||
                        strstr(hit->title, "Exterior"))) {
                /* "Minister of Foreign Affairs and Human Mobility of
                 * Ecuador, Gabriela Izurieta Paredes", later "Chancellor
                 * Izurieta": the Latin American foreign minister's style
                 * ("Canciller") later mentions use (session 29) */
                as_short[h] = k->role;
            }
        }
        if (hit ? merge_into(hit, k) : new_person(x, k)) goto oom_short;
    }
    /* the role is the word later mentions use (session 13) */
    for (i = 0; i < known; i++) {
        scm_person *p = &x->people.items[i];
        const char *to = NULL;
        char *r;
        if (as_first[i]) continue;
        if (as_second[i] && p->title &&
            (strstr(p->title, " and Minister ") ||
             strstr(p->title, " \xE2\x80\x93 Minister ") ||
             strstr(p->title, " - Minister ") ||
             strstr(p->title, ", Minister ")))
            to = "Minister";
        else if (as_short[i])
            to = as_short[i];
        if (!to) continue;
        if (!(r = scm_xstrndup(to, strlen(to)))) goto oom_short;
        free(p->role);
        p->role = r;
    }
    free(as_first);
    free(as_second);
    free(as_short);
    /* "Deputy Prime Minister and Minister of Foreign and European Affairs
     * Petra Vrhovnik Kranjc", later only "Minister Vrhovnik Kranjc"; a
     * "Minister Delegate …", later "Minister Said Abdallah": a family
     * name of two words is read with the full names, past the rules
     * above, so the shorter role later mentions use is taken here
     * (session 21) */
    for (i = 0; i < x->people.len; i++)
        if (shorter_role_of_two_word_family(c, &x->people.items[i]) != 0)
            return -1;
    if (portfolio_secretaries(c, x) != 0) return -1;
    if (co_chair_parties(c, x) != 0) return -1;
    if (style_roles(c, x) != 0) return -1;
    if (bare_name_mentions(c, x) != 0) return -1;
    if (initials_mentions(c, x) != 0) return -1;
    if (glued_initial_names(c, x) != 0) return -1;
    for (i = 0; i < x->people.len; i++) {
        scm_spanvec *m = &x->people.items[i].mentions;
        if (m->len > 1) qsort(m->items, m->len, sizeof *m->items, cmp_span);
    }
    if (x->people.len > 1)
        qsort(x->people.items, x->people.len, sizeof *x->people.items,
              cmp_person);
    return congolese_parties(c, x);
oom_short:
    free(as_first);
    free(as_second);
    free(as_short);
    return -1;
}

/* No meeting's parties: those the title names ("Joint Readout of the
 * Meeting of the Foreign Ministers of Colombia and Ecuador") give the
 * naming tradition as a meeting's would.  0, or -1 on memory. */
static int title_naming(people_ctx *c, const char *title) {
    scm_wordvec tw = {0};
    size_t i, n, found = 0, paternal = 0;
    const char *first = NULL, *first_paternal = NULL;
    if (scm_words_scan(NULL, title, 0, strlen(title), &tw) != 0) {
        SCM_VEC_FREE(&tw);
        return -1;
    }
    n = tw.len;
    for (i = 0; i < n; i++) {
        const char *cls = NULL;
        long k;
        if (tw.items[i].kind != SCM_W_WORD || !tw.items[i].cap) continue;
        k = scm_phrase_match(&c->party, title, tw.items, i, n, &c->key, &cls);
        if (k < 0) {
            SCM_VEC_FREE(&tw);
            return -1;
        }
        if (k == 0 || !cls) continue;
        found++;
        if (!first) first = cls;
        if (scm_bytes_in(cls, strlen(cls), scm_paternal_surname_parties)) {
            paternal++;
            if (!first_paternal) first_paternal = cls;
        }
        i += (size_t)k - 1;
    }
    SCM_VEC_FREE(&tw);
    /* (a title that names one party leaves the other unnamed: "President
     * Kamau and President Restrepo of Colombia Hold Bilateral Talks at
     * State House, Nairobi" is no all-Spanish meeting; session 20) */
    if (found >= 2 && paternal == found) c->naming_party = first;
    if (found >= 2) c->paternal_party = first_paternal;
    return 0;
}

/* The closed word lists (word_set_lists): indexed once per process. */
static scm_shared_words shared_word_sets = SCM_SHARED_WORDS(word_set_lists);

/* The text calls someone "<role> <family>" ("President Garcés"), whole
 * words. */
static int calls_by(const people_ctx *c, const char *role, const char *family) {
    size_t rl = strlen(role), fl = strlen(family);
    const char *end = c->t + c->tlen;
    for (const char *q = c->t; (q = scm_find_bytes(q, (size_t)(end - q), role, rl)) != NULL; q++) {
        if (q + rl + 1 + fl > end) break;
        if ((q == c->t || !scm_ascii_is_alnum((unsigned char)q[-1])) && q[rl] == ' ' &&
            memcmp(q + rl + 1, family, fl) == 0 &&
            (q + rl + 1 + fl == end || !scm_ascii_is_alnum((unsigned char)q[rl + 1 + fl])))
            return 1;
    }
    return 0;
}

/* "Republic of Mauritius" / "Ministry of Arts and Cultural Heritage" /
 * "Communiqué" …: a release whose first header line is a state alone is
 * that state's, and the people it names with an office but no party are
 * its own ("The Minister of Arts and Cultural Heritage, the Hon. A,
 * hosted … the Parliamentary Secretary … of the Republic of Latvia"),
 * when the others it names are of other parties (session 41).  0, or -1
 * on memory. */
static int issuer_parties(people_ctx *c, const scm_doc *doc, scm_extract *x) {
    const scm_paragraph *p = doc->text.paragraphs.len ? &doc->text.paragraphs.items[0] : NULL;
    const char *nl, *cls = NULL;
    size_t j, others = 0, own = 0;
    long pk;
    if (!p || p->kind != SCM_PARA_HEADER) return 0;
    nl = memchr(c->t + p->span.start, '\n', p->span.stop - p->span.start);
    /* (the paragraphs' pass is over: its word buffer reads the line,
     * with no word memo, whose entries are the last paragraph's) */
    c->words.len = 0;
    c->memo.len = 0;
    if (scm_words_scan(c->wc, c->t, p->span.start, nl ? (size_t)(nl - c->t) : p->span.stop, &c->words) != 0)
        return -1;
    if (c->words.len > 6) return 0;
    j = scm_state_form_skip(c->t, c->words.items, 0, c->words.len);
    if ((pk = party_at(c, c->words.items, j, c->words.len, &cls)) < 0) return -1;
    if (pk == 0 || !cls || !*cls || j + (size_t)pk != c->words.len) return 0;
    for (size_t i = 0; i < x->people.len; i++) {
        const scm_person *q = &x->people.items[i];
        if (q->party && strcmp(q->party, cls) == 0) own++;
        else if (q->party && *q->party) others++;
    }
    if (own || !others) return 0;
    for (size_t i = 0; i < x->people.len; i++) {
        scm_person *q = &x->people.items[i];
        if (q->party || !q->role) continue;
        if (!(q->party = scm_xstrndup(cls, strlen(cls)))) return -1;
    }
    return 0;
}

/* "Comrade Ernesto Garcés Ulloa, First Secretary of the Central Committee
 * of the Communist Party of Cuba and President of the Republic of Cuba",
 * later "President Garcés": a leader's second office after "and" in the
 * introduction is the role when later mentions use it and never the
 * first (session 39).  Only the state's leadership offices.  0, or -1 on
 * memory. */
static int second_office_roles(const people_ctx *c, scm_extract *x) {
    static const char *const leaders[] = {"President", "Prime Minister", "Vice President", NULL};
    for (size_t i = 0; i < x->people.len; i++) {
        scm_person *p = &x->people.items[i];
        const char *intro, *stop, *end = c->t + c->tlen;
        if (!p->role || !p->family || !*p->family || !p->mentions.len ||
            scm_bytes_in(p->role, strlen(p->role), leaders))
            continue;
        intro = c->t + p->mentions.items[0].stop;
        stop = intro + 260 < end ? intro + 260 : end;
        for (const char *q = intro; q < stop; q++)
            if (*q == ';' || (*q == '.' && q + 1 < stop && q[1] == ' ' &&
                              scm_ascii_is_upper((unsigned char)(q + 2 < stop ? q[2] : 'a')))) {
                stop = q;
                break;
            }
        for (size_t k = 0; leaders[k]; k++) {
            char pat[40];
            int n = snprintf(pat, sizeof pat, " and %s of ", leaders[k]);
            /* (the whole text is read only for one so introduced) */
            if (n <= 0 || (size_t)n >= sizeof pat ||
                !scm_find_bytes(intro, (size_t)(stop - intro), pat, (size_t)n) ||
                !calls_by(c, leaders[k], p->family) || calls_by(c, p->role, p->family))
                continue;
            {
                char *r = scm_xstrndup(leaders[k], strlen(leaders[k]));
                if (!r) return -1;
                free(p->role);
                p->role = r;
            }
            break;
        }
    }
    return 0;
}

/* "the Chancellor of Justice of the Republic of Estonia, Ms. A", later
 * "The Chancellor presented …": an office of its own whose first word is
 * an office too ("Chancellor of Justice", "Defender of the People") has
 * that word as the role when the text calls the holder by it alone and
 * no one else holds it (session 40).  0, or -1 on memory. */
static int head_word_roles(const people_ctx *c, scm_extract *x) {
    for (size_t i = 0; i < x->people.len; i++) {
        scm_person *p = &x->people.items[i];
        const char *of, *body = c->t + c->header_end, *end = c->t + c->tlen;
        char pat[40];
        size_t hl, pl;
        int called = 0, taken = 0;
        if (!p->role || !(of = strstr(p->role, " of ")) || strchr(p->role, ' ') != of) continue;
        hl = (size_t)(of - p->role);
        if (hl + 6 > sizeof pat || !scm_lexicon_has(c->lex, SCM_LEX_TITLE, p->role, hl) ||
            scm_lexicon_class(c->lex, SCM_LEX_TITLE, p->role, strlen(p->role)) == NULL)
            continue;
        for (size_t k = 0; k < x->people.len && !taken; k++)
            taken = k != i && x->people.items[k].role && strlen(x->people.items[k].role) == hl &&
                    memcmp(x->people.items[k].role, p->role, hl) == 0;
        if (taken) continue;
        memcpy(pat, "he ", 3);
        memcpy(pat + 3, p->role, hl);
        pat[3 + hl] = ' ';
        pl = hl + 4;
        /* ("the Chancellor presented", "The Chancellor and the Ombudsman";
         * not "the Chancellor of Justice") */
        for (const char *q = scm_find_bytes(body, (size_t)(end - body), pat, pl); q && !called;
             q = scm_find_bytes(q + 1, (size_t)(end - q - 1), pat, pl))
            called = q > body && (q[-1] == 't' || q[-1] == 'T') && q + pl + 3 < end &&
                     scm_ascii_is_lower((unsigned char)q[pl]) && memcmp(q + pl, "of ", 3) != 0 &&
                     memcmp(q + pl, "for ", 4) != 0;
        if (called) {
            char *r = scm_xstrndup(p->role, hl);
            if (!r) return -1;
            free(p->role);
            p->role = r;
        }
    }
    return 0;
}

/* "the Minister of State of the Republic of Palau, the Honorable A", and
 * later "The Minister of State welcomed …": a Minister of State the text
 * calls by the whole office keeps it as the role (as "Minister of State
 * Lorenzi" does; five golds against three, then blind393; session 26).
 * 0, or -1 on memory. */
static int state_minister_roles(const people_ctx *c, scm_extract *x) {
    static const char *const forms[] = {"The Minister of State ", "the Minister of State ", NULL};
    for (size_t i = 0; i < x->people.len; i++) {
        scm_person *p = &x->people.items[i];
        int called = 0;
        if (!p->title || !p->role || strcmp(p->role, "Minister") != 0 ||
            strncmp(p->title, "Minister of State", 17) != 0 ||
            (p->title[17] != '\0' && strncmp(p->title + 17, " of ", 4) != 0))
            continue;
        for (size_t k = 0; forms[k] && !called; k++) {
            size_t fl = strlen(forms[k]);
            for (const char *q = strstr(c->t + c->header_end, forms[k]); q && !called;
                 q = strstr(q + 1, forms[k]))
                called = q[fl] >= 'a' && q[fl] <= 'z';
        }
        if (called) {
            char *r = scm_xstrndup("Minister of State", 17);
            if (!r) return -1;
            free(p->role);
            p->role = r;
        }
    }
    return 0;
}

/* Occurrences of s (n bytes) in the text as whole words; with `before`
 * (bn bytes), only those not right after it and a space. */
static size_t word_count(const people_ctx *c, const char *s, size_t n,
                         const char *before, size_t bn) {
    size_t k = 0;
    const char *p = c->t, *end = c->t + c->tlen;
    while (p + n <= end && (p = scm_find_bytes(p, (size_t)(end - p), s, n)) != NULL) {
        const unsigned char *u = (const unsigned char *)p;
        int left = !scm_word_before((const unsigned char *)c->t, u);
        int right = p + n == end ||
                    !scm_word_at(u + n, (const unsigned char *)end);
        int after = bn && (size_t)(p - c->t) >= bn + 1 && p[-1] == ' ' &&
                    memcmp(p - 1 - bn, before, bn) == 0;
        if (left && right && !after) k++;
        p += n;
    }
    return k;
}

/* "Duarte Sampaio Correia", later called "Sampaio Correia" and never
 * "Correia" alone: the family name is the last two words, as the text
 * uses them (a Portuguese, Turkish or Mexican double surname; session
 * 27).  0, or -1 on memory. */
static int two_word_families(const people_ctx *c, scm_extract *x) {
    for (size_t i = 0; i < x->people.len; i++) {
        scm_person *p = &x->people.items[i];
        const char *name = p->name, *fam = p->family, *sp, *prev;
        size_t nl, fl, pl;
        char *two;
        if (!name || !fam || !*fam) continue;
        nl = strlen(name);
        fl = strlen(fam);
        /* (also a first surname read as the family name, "Mariana Sosa
         * Bentos", when the text calls her "Sosa Bentos" after another
         * word than her given name and never "Sosa" alone: "Ministers
         * Grixti, Kivisild and Sosa Bentos"; session 38) */
        if (nl > fl + 2 && !strchr(fam, ' ')) {
            const char *at = NULL;
            for (const char *q = strstr(name, fam); q; q = strstr(q + 1, fam))
                if (q > name && q[-1] == ' ' && q[fl] == ' ' && !strchr(q + fl + 1, ' ')) at = q;
            /* (a surname, not "Jr." nor "III") */
            if (at && scm_ascii_is_upper((unsigned char)at[fl + 1]) && strlen(at + fl + 1) >= 3 &&
                !strchr(at + fl + 1, '.') && !scm_ascii_no_lower(at + fl + 1, strlen(at + fl + 1))) {
                const char *g0 = at - 1; /* the word before both, in the name */
                while (g0 > name && g0[-1] != ' ') g0--;
                size_t tl = strlen(at);
                if (word_count(c, at, tl, g0, (size_t)(at - 1 - g0)) > 0 &&
                    word_count(c, fam, fl, NULL, 0) == word_count(c, at, tl, NULL, 0)) {
                    char *both = scm_xstrndup(at, tl);
                    if (!both) return -1;
                    free(p->family);
                    p->family = both;
                }
                continue;
            }
        }
        if (nl <= fl + 1 || strcmp(name + nl - fl, fam) != 0 || name[nl - fl - 1] != ' ')
            continue;
        /* the word before the family name, itself after a word */
        sp = name + nl - fl - 1;
        prev = sp;
        while (prev > name && prev[-1] != ' ') prev--;
        if (prev == name) continue;
        pl = (size_t)(sp - prev);
        if (pl < 3 || prev[pl - 1] == '.' || !scm_ascii_is_upper((unsigned char)prev[0]))
            continue;
        {
            const char *gv = prev - 1; /* the word before both, in the name */
            const char *g0 = gv;
            while (g0 > name && g0[-1] != ' ') g0--;
            if (word_count(c, prev, pl + 1 + fl, g0, (size_t)(gv - g0)) == 0 ||
                word_count(c, fam, fl, prev, pl) != 0)
                continue;
        }
        if (!(two = malloc(pl + 1 + fl + 1))) return -1;
        memcpy(two, prev, pl + 1 + fl);
        two[pl + 1 + fl] = '\0';
        free(p->family);
        p->family = two;
    }
    return 0;
}

/* "The delegations of the Argentine Republic, the Plurinational State of
 * Bolivia, the Republic of Chile and the Republic of Peru were headed by
 * Mr. A, Minister …; Ms. B, …; Ms. C, …; and Mr. D, …, respectively":
 * the parties a sentence lists before its "led/headed/represented by" go,
 * in order, to the people it introduces after it, when it says
 * "respectively", the counts agree and none of them has a party of its
 * own.  The paragraph's candidates are those from cand_from on (session
 * 29). */
static void respective_parties(people_ctx *c, size_t cand_from) {
    const char *t = c->t;
    const scm_word *w = c->words.items;
    size_t n = c->words.len, i;
    for (i = 1; i < n; i++) {
        const char *parties[8];
        size_t s = i, by = 0, q, np = 0, nc = 0;
        if (!scm_word_is(t, &w[i], "respectively")) continue;
        while (s > 0 && !scm_word_punct(&w[s - 1], '.')) s--;
        for (q = s + 1; q < i && !by; q++)
            if (scm_word_is(t, &w[q], "by") &&
                scm_word_in(t, &w[q - 1], (const char *const[]){"led", "headed", "represented",
                                                               "chaired", "co-chaired", NULL}))
                by = q;
        if (!by) continue;
        for (q = s; q < by;) {
            const char *cls = NULL;
            long k = party_at(c, w, q, by, &cls);
            if (k <= 0) {
                q++;
                continue;
            }
            if (cls && (np == 0 || strcmp(parties[np - 1], cls) != 0)) {
                if (np == sizeof parties / sizeof *parties) break;
                parties[np++] = cls;
            }
            q += (size_t)k;
        }
        if (np < 2) continue;
        int own = 0; /* one of them has a party of its own */
        for (q = cand_from; q < c->cands.len; q++) {
            const cand *k = &c->cands.items[q];
            if (k->mention.start < w[by].stop || k->mention.start >= w[i].start) continue;
            own |= k->party != NULL;
            nc++;
        }
        if (own || nc != np) continue;
        for (q = cand_from, nc = 0; q < c->cands.len; q++) {
            cand *k = &c->cands.items[q];
            if (k->mention.start >= w[by].stop && k->mention.start < w[i].start)
                k->party = parties[nc++];
        }
    }
}

int scm_extract_people(scm_doc *doc, const scm_lexicon *lex, scm_extract *x,
                       scm_error *err) {
    people_ctx c;
    size_t pi, i;
    int r = -1;
    memset(&c, 0, sizeof c);
    c.lex = lex;
    c.t = doc->text.text;
    c.tlen = doc->text.len;
    c.wc = x->cache;
    if (x->header.has_meeting && x->header.meeting.parties.len) {
        const scm_strvec *mp = &x->header.meeting.parties;
        for (i = 0; i < mp->len; i++)
            if (!scm_bytes_in(mp->items[i], strlen(mp->items[i]),
                              scm_paternal_surname_parties))
                break;
        if (i == mp->len) c.naming_party = mp->items[0];
        for (i = 0; i < mp->len && !c.paternal_party; i++)
            if (scm_bytes_in(mp->items[i], strlen(mp->items[i]),
                             scm_paternal_surname_parties))
                c.paternal_party = mp->items[i];
        c.meeting_without_us = 1;
        for (i = 0; i < mp->len; i++)
            if (strcmp(mp->items[i], "U.S.") == 0) c.meeting_without_us = 0;
    }
    if (scm_phrase_index_build(&c.title, lex, SCM_LEX_TITLE) != 0 ||
        scm_phrase_index_add_classes(&c.title) != 0 ||
        scm_phrase_index_build(&c.party, lex, SCM_LEX_PARTY) != 0)
        goto out;
    if (!c.naming_party && !c.paternal_party && doc->title &&
        title_naming(&c, doc->title) != 0)
        goto out;
    if ((c.sets = scm_shared_words_get(&shared_word_sets)) == NULL) {
        if (scm_phrase_index_words(&c.own_sets, word_set_lists) != 0)
            goto out;
        c.sets = &c.own_sets;
    }
    for (pi = 0; pi < doc->text.paragraphs.len; pi++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[pi];
        if (p->kind == SCM_PARA_BODY) break;
        if (p->kind == SCM_PARA_HEADER) c.header_end = p->span.stop;
    }
    for (pi = 0; pi < doc->text.paragraphs.len; pi++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[pi];
        size_t plen = p->span.stop - p->span.start;
        /* a news story's byline ("Story by Master Sgt. …", "By …") names
         * its writer, no one at the meeting */
        if (p->kind == SCM_PARA_HEADER &&
            ((plen > 9 && !memcmp(c.t + p->span.start, "Story by ", 9)) ||
             (plen > 3 && !memcmp(c.t + p->span.start, "By ", 3))))
            continue;
        size_t para_cands = c.cands.len;
        c.words.len = 0;
        c.last_end = 0;
        c.last_party = NULL;
        c.memo.len = 0;
        if (scm_words_scan(c.wc, c.t, p->span.start, p->span.stop,
                           &c.words) != 0 ||
            SCM_VEC_RESERVE(&c.memo, c.words.len) != 0)
            goto out;
        if (++c.memo_para == 0) { /* wrapped: every memo from para 0 */
            if (c.memo_zeroed)
                memset(c.memo.items, 0, c.memo_zeroed * sizeof *c.memo.items);
            c.memo_para = 1;
        }
        if (c.words.len > c.memo_zeroed) {
            memset(c.memo.items + c.memo_zeroed, 0,
                   (c.words.len - c.memo_zeroed) * sizeof *c.memo.items);
            c.memo_zeroed = c.words.len;
        }
        c.memo.len = c.words.len;
        for (i = 0; i < c.words.len;) {
            size_t next;
            if (scm_word_punct(&c.words.items[i], ':')) {
                if (name_list(&c, c.words.items, i, c.words.len) != 0)
                    goto out;
            }
            if (c.words.items[i].kind != SCM_W_WORD ||
                (!c.words.items[i].cap &&
                 /* (or a style in small letters before a name: "jhr. mr.
                  * Frederik …", "prof. dr hab. …"; session 25) */
                 !(c.t[c.words.items[i].stop - 1] == '.' &&
                   in_set(&c, &c.words.items[i], WS_HONORIFIC)))) {
                i++;
                continue;
            }
            if (SCM_VEC_PUSH(&c.tried, c.words.items[i].start) != 0) goto out;
            next = try_person(&c, c.words.items, i, c.words.len);
            if (next == (size_t)-1) goto out;
            i = next > i ? next : i + 1;
        }
        respective_parties(&c, para_cands);
    }
    if (resolve(&c, x) != 0) goto out;
    if (state_minister_roles(&c, x) != 0) goto out;
    if (second_office_roles(&c, x) != 0) goto out;
    if (head_word_roles(&c, x) != 0) goto out;
    if (ministry_parties(&c, x) != 0) goto out;
    if (two_word_families(&c, x) != 0) goto out;
    if (issuer_parties(&c, doc, x) != 0) goto out;
    r = 0;
out:
    for (i = 0; i < c.cands.len; i++) cand_free(&c.cands.items[i]);
    SCM_VEC_FREE(&c.cands);
    SCM_VEC_FREE(&c.tried);
    for (i = 0; i < c.roles.len; i++) free(c.roles.items[i]);
    SCM_VEC_FREE(&c.roles);
    scm_phrase_index_free(&c.title);
    scm_phrase_index_free(&c.party);
    scm_phrase_index_free(&c.own_sets);
    SCM_VEC_FREE(&c.memo);
    SCM_VEC_FREE(&c.key);
    SCM_VEC_FREE(&c.words);
    if (r != 0) scm_error_set(err, SCM_NO_BYTE, "out of memory");
    return r;
}
