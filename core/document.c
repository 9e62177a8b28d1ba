/* document.c -- runs normalise and segment, and reads title and date.
 *
 * Title and date are the two header facts every later stage wants (the
 * corpus sorts by date; relative dates resolve against it), so they are
 * read here rather than in the extraction stage: front matter first, then
 * the header paragraphs, then the first body paragraph. */
#include <stdlib.h>
#include <string.h>

#include "document.h"
#include "utf8.h"

/* Copy `s` with no-break spaces (U+00A0, which YAML's "\_" produces)
 * turned into plain spaces and white space runs collapsed. */
static char *clean_title(const char *s, size_t n) {
    char *out = malloc(n + 1), *w = out;
    size_t i = 0;
    int space = 1; /* drop leading white space */
    if (!out) return NULL;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        int is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        size_t step = 1;
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            is_space = 1;
            step = 2;
        }
        if (is_space) {
            if (!space) *w++ = ' ';
            space = 1;
        } else {
            memcpy(w, s + i, step);
            w += step;
            space = 0;
        }
        i += step;
    }
    while (w > out && w[-1] == ' ') w--;
    *w = '\0';
    return out;
}

static int ascii_ncase_contains(const char *s, size_t n, const char *word) {
    size_t w = strlen(word), i, j;
    for (i = 0; i + w <= n; i++) {
        for (j = 0; j < w; j++) {
            char a = s[i + j], b = word[j];
            if (a >= 'A' && a <= 'Z') a = (char)(a - 'A' + 'a');
            if (a != b) break;
        }
        if (j == w) return 1;
    }
    return 0;
}

/* s[0..n) ends in a word that opens a complement: "… Ministers on the",
 * in capitals too ("JOINT COMMUNIQUÉ ON DEFENCE COOPERATION BETWEEN"). */
static int ends_in_function_word(const char *s, size_t n) {
    static const char *const words[] = {"the", "of", "on", "and", "for",
                                        "to", "in", "a", "an", "with",
                                        "between", "at", "by", NULL};
    size_t e = n, b;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
    for (b = e; b > 0 && s[b - 1] != ' '; b--)
        ;
    for (int k = 0; words[k]; k++)
        if (strlen(words[k]) == e - b && ascii_ncase_contains(s + b, e - b, words[k]))
            return b > 0;
    return 0;
}

/* "Readout of Chairman … Air Force Gen. Lucian T." + "Marrowbone’s
 * Meeting With …": a title line ending in a middle initial cuts a name,
 * so it goes on in the next (session 31). */
static int ends_in_initial(const char *s, size_t n) {
    size_t e = n;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
    return e >= 4 && s[e - 1] == '.' && s[e - 2] >= 'A' && s[e - 2] <= 'Z' &&
           s[e - 3] == ' ' && ((s[e - 4] >= 'a' && s[e - 4] <= 'z') ||
                               (s[e - 4] >= 'A' && s[e - 4] <= 'Z'));
}

/* A header line that goes on from the line above: it opens with a
 * lower-case word ("and the Minister of …"). */
static int opens_lower(const char *s) {
    return *s >= 'a' && *s <= 'z';
}

/* "JOINT STATEMENT OF THE JAPAN–INDIA–UNITED STATES TRILATERAL" +
 * "MINISTERIAL MEETING": a title in capitals whose kind takes an "OF"
 * complement, wrapped into a short line in capitals (not a meeting line
 * of its own, "THE 44TH …", nor one with a number or a date). */
static int capitals_run_on(const char *s, size_t n, const char *next,
                           size_t nn) {
    size_t words = 1;
    if (!scm_ascii_no_lower(s, n) || !scm_ascii_no_lower(next, nn) || nn == 0 ||
        !ascii_ncase_contains(s, n, " of ") || !strncmp(next, "THE ", 4))
        return 0;
    for (size_t i = 0; i < nn; i++) {
        if (next[i] >= '0' && next[i] <= '9') return 0;
        if (next[i] == ' ') words++;
    }
    return words <= 4;
}

/* "JOINT DECLARATION" + "ON THE ESTABLISHMENT OF A STRATEGIC
 * PARTNERSHIP" + "BETWEEN MONGOLIA AND …": a title in capitals whose next
 * line, in capitals too, opens with a function word goes on over the
 * header lines in capitals that follow (not over a meeting line with a
 * number, "OF THE 44TH …", nor a line in lower case; session 23).  The
 * index of the title's last paragraph. */
static size_t capitals_title_end(const scm_text *t, size_t i) {
    static const char *const openers[] = {"OF ", "ON ", "BETWEEN ", "FOR ",
                                          "AND ", "TO ", "AT ", "IN ", "BY ",
                                          "WITH ", NULL};
    size_t k = i;
    while (k + 1 < t->paragraphs.len && k < i + 3) {
        const scm_paragraph *q = &t->paragraphs.items[k + 1];
        const char *s = t->text + q->span.start;
        size_t n = q->span.stop - q->span.start, o;
        if (q->kind != SCM_PARA_HEADER || !scm_ascii_no_lower(s, n)) break;
        for (o = 0; o < n; o++)
            if (s[o] >= '0' && s[o] <= '9') return i;
        if (k == i) {
            const scm_paragraph *a = &t->paragraphs.items[i];
            const char *as = t->text + a->span.start;
            size_t an = a->span.stop - a->span.start;
            for (o = 0; openers[o] && strncmp(s, openers[o], strlen(openers[o])); o++)
                ;
            /* (or the line above cut inside a list or a phrase: "… OF THE
             * REPUBLIC OF CUBA," + "THE DOMINICAN REPUBLIC AND …"; session
             * 33) */
            if (!openers[o] && !(an && (as[an - 1] == ',' || ends_in_function_word(as, an)))) break;
        }
        k++;
    }
    return k;
}

/* A header paragraph that names the kind of document is the title:
 * "Joint Communique", "Joint Statement ...", "Declaration ...". */
static int looks_like_title(const char *s, size_t n) {
    static const char *const words[] = {"communiqu", "joint statement",
                                        "declaration", "joint vision",
                                        "statement", "readout", "decision",
                                        "resolution", "final document",
                                        "agreed minutes", NULL};
    int i;
    for (i = 0; words[i]; i++)
        if (ascii_ncase_contains(s, n, words[i])) return 1;
    return 0;
}

/* Drop the blanks around s[0..*n). */
static void trim_blanks(const char **s, size_t *n) {
    while (*n > 0 && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t')) (*n)--;
    while (*n > 0 && (**s == ' ' || **s == '\t')) (*s)++, (*n)--;
}

/* s[0..n), blanks around it aside, is one of the labels (ASCII case
 * folded). */
static int line_is_one_of(const char *s, size_t n, const char *const *labels) {
    trim_blanks(&s, &n);
    for (int k = 0; labels[k]; k++)
        if (strlen(labels[k]) == n && ascii_ncase_contains(s, n, labels[k]))
            return 1;
    return 0;
}

int scm_joint_release_kind(const char *s, size_t n) {
    static const char *const labels[] = {"joint press release", "joint media release",
                                         "joint news release", NULL};
    return line_is_one_of(s, n, labels);
}

/* s[0..n) is a category label alone: "READOUT", "Readout". */
static int bare_label(const char *s, size_t n) {
    static const char *const labels[] = {"readout", NULL};
    return line_is_one_of(s, n, labels);
}

/* s[0..n) is the issuing office and the kind, set apart by a bar or a
 * spaced dash, under the headline: "Office of the President of
 * Montenegro | Communiqué", "Ministry of Defence of Estonia – Readout"
 * (session 17). */
static int issuer_kind_line(const char *s, size_t n) {
    static const char *const issuers[] = {"Office ", "Ministry ", "Embassy ",
                                          "Presidency", "Department ",
                                          "Government ", "Press Office",
                                          "Cabinet ", "Prime Minister", NULL};
    static const char *const kinds[] = {"communiqu", "statement", "release",
                                        "readout", "declaration", NULL};
    size_t k, bar = 0;
    /* the last " | ", " – " or " — " */
    for (k = 0; k + 2 < n; k++) {
        if (s[k] == ' ' && s[k + 1] == '|' && s[k + 2] == ' ') bar = k + 3;
        else if (k + 4 < n && s[k] == ' ' && (unsigned char)s[k + 1] == 0xE2 &&
                 (unsigned char)s[k + 2] == 0x80 &&
                 ((unsigned char)s[k + 3] == 0x93 || (unsigned char)s[k + 3] == 0x94) &&
                 s[k + 4] == ' ')
            bar = k + 5;
    }
    if (!bar || n - bar > 30) return 0;
    for (k = 0; kinds[k] && !ascii_ncase_contains(s + bar, n - bar, kinds[k]); k++)
        ;
    if (!kinds[k]) return 0;
    for (k = 0; issuers[k]; k++) {
        size_t il = strlen(issuers[k]), a = 0;
        /* … also after a nationality: "Danish Ministry of Defence –
         * Readout" (session 18) */
        if (s[0] >= 'A' && s[0] <= 'Z') {
            while (a < n && s[a] != ' ') a++;
            a++;
        }
        if ((il <= n && !strncmp(s, issuers[k], il)) ||
            (a < n && il <= n - a && !strncmp(s + a, issuers[k], il)))
            return 1;
    }
    return 0;
}

/* s[0..n) is a web page's section label above the title: "Press
 * Releases", "Press Release", "News", "Statements". */
static int section_label(const char *s, size_t n) {
    static const char *const labels[] = {"press releases", "press release",
                                         "news", "statements", "readouts",
                                         NULL};
    static const char *const numbered[] = {"press release ", "news release ", "media release ", NULL};
    if (line_is_one_of(s, n, labels)) return 1;
    /* (also numbered or dated: "Press release 212/2031  |  14 June 2031";
     * session 37) */
    trim_blanks(&s, &n);
    for (int k = 0; numbered[k]; k++) {
        size_t l = strlen(numbered[k]);
        if (n > l + 1 && ascii_ncase_contains(s, l, numbered[k]) &&
            ((s[l] >= '0' && s[l] <= '9') || s[l] == '|'))
            return 1;
    }
    return 0;
}

/* s[0..n) is a web page's breadcrumb: "Home / News / Prime Minister's
 * Office", "Home › Media Centre › Press Releases", "Home > Media",
 * "Home | Media Centre | Media Statements", "Home » Newsroom". */
static int breadcrumb(const char *s, size_t n) {
    size_t k, arrows = 0;
    while (n > 0 && (*s == ' ' || *s == '\t')) s++, n--;
    /* "Media Centre › News › Press Releases": two arrows (› or ») make
     * a trail wherever it starts (session 25) */
    for (k = 0; k + 3 < n; k++)
        if (s[k] == ' ' && (((unsigned char)s[k + 1] == 0xE2 && k + 4 < n &&
                             (unsigned char)s[k + 2] == 0x80 &&
                             (unsigned char)s[k + 3] == 0xBA && s[k + 4] == ' ') ||
                            ((unsigned char)s[k + 1] == 0xC2 &&
                             (unsigned char)s[k + 2] == 0xBB && s[k + 3] == ' ')))
            arrows++;
    if (arrows >= 2) return 1;
    if (n < 8 || strncmp(s, "Home ", 5) != 0) return 0;
    /* "Home / …", "Home > …", "Home | …", "Home › …", "Home » …" */
    return ((s[5] == '/' || s[5] == '>' || s[5] == '|') && s[6] == ' ') ||
           ((unsigned char)s[5] == 0xE2 && n > 8 && (unsigned char)s[6] == 0x80 &&
            (unsigned char)s[7] == 0xBA && s[8] == ' ') ||
           ((unsigned char)s[5] == 0xC2 && (unsigned char)s[6] == 0xBB && s[7] == ' ');
}

/* s[0..n) is a release's kind alone, the label over its headline:
 * "PRESS RELEASE", "Press Communiqué", "READOUT", "News item". */
static int kind_label(const char *s, size_t n) {
    static const char *const labels[] = {
        "press release", "press statement", "press communique", "readout",
        "news item", "news release", "media release", "media statement",
        NULL};
    trim_blanks(&s, &n);
    /* "Foreign Affairs | PRESS RELEASE": a page's section and the kind,
     * the kind after the last bar (session 26) */
    if (n <= 48)
        for (size_t k = n; k >= 3; k--)
            if (s[k - 3] == ' ' && s[k - 2] == '|' && s[k - 1] == ' ') {
                s += k;
                n -= k;
                break;
            }
    /* "Communiqué", "COMMUNIQUÉ": the accented e last */
    if (n > 2 && (unsigned char)s[n - 2] == 0xC3 &&
        ((unsigned char)s[n - 1] == 0xA9 || (unsigned char)s[n - 1] == 0x89))
        return n - 2 == 15 && ascii_ncase_contains(s, n - 2, "press communiqu");
    return line_is_one_of(s, n, labels);
}

/* s[0..n) reads as a headline: four words or more, no digit (not a
 * dateline, a place or a reference number), no office's letterhead
 * ("OFFICE OF THE SPOKESPERSON"), and not a meeting's name, which a
 * label over it leaves the title ("Press Statement" / "Special Meeting
 * of the Ministerial Council …"). */
static int letterhead(const char *s, size_t n);

/* s opens with an ordinal in digits and a space: "2nd ", "21st ". */
static int ordinal_word(const char *s, size_t n) {
    size_t k = 0;
    while (k < n && s[k] >= '0' && s[k] <= '9') k++;
    return k >= 1 && k <= 3 && k + 3 < n && s[k + 2] == ' ' &&
           (!strncmp(s + k, "st", 2) || !strncmp(s + k, "nd", 2) || !strncmp(s + k, "rd", 2) ||
            !strncmp(s + k, "th", 2));
}

static int headline_like(const char *s, size_t n) {
    static const char *const meetings[] = {"Meeting", "Summit", "Session",
                                           "Conference", "Council",
                                           "Dialogue", "Round", NULL};
    size_t words = 1, second = 0;
    for (size_t i = 0; i < n; i++) {
        /* (an ordinal may open it: "2nd Bangladesh–Poland Defence
         * Dialogue held in Dhaka"; session 31) */
        if (s[i] >= '0' && s[i] <= '9' && (i > 0 || n < 4 || !ordinal_word(s, n))) return 0;
        if (s[i] == ' ' && i + 1 < n && s[i + 1] != ' ' && words++ == 1)
            second = i + 1;
    }
    if (words < 4 || letterhead(s, n) ||
        (n > 10 && !strncmp(s, "Office of ", 10)))
        return 0;
    for (int k = 0; meetings[k]; k++) {
        size_t ml = strlen(meetings[k]);
        if ((!strncmp(s, meetings[k], ml) && s[ml] == ' ') ||
            (second && second + ml < n && !strncmp(s + second, meetings[k], ml) &&
             (s[second + ml] == ' ' || s[second + ml] == ',')))
            return 0;
    }
    return 1;
}

/* s[0..n) is a release's stamp, no title: "FOR IMMEDIATE RELEASE",
 * "Embargoed until …" (session 26). */
static int release_stamp(const char *s, size_t n) {
    static const char *const stamps[] = {"for immediate release", "embargoed", NULL};
    size_t k;
    trim_blanks(&s, &n);
    /* (a time stamp of digits alone, "14.5.7603 11.40": no title;
     * session 31) */
    for (k = 0; k < n && !((s[k] | 32) >= 'a' && (s[k] | 32) <= 'z') &&
                !((unsigned char)s[k] >= 0x80);
         k++)
        ;
    if (n && k == n) return 1;
    for (k = 0; stamps[k]; k++) {
        size_t sl = strlen(stamps[k]);
        if (n >= sl && n <= sl + 40 && ascii_ncase_contains(s, sl, stamps[k])) return 1;
    }
    return 0;
}

/* s[0..n) is an issuing office's letterhead in capitals: "MINISTRY OF
 * FOREIGN AFFAIRS", "OFFICE OF THE PRIME MINISTER", "EMBASSY OF …". */
static int letterhead(const char *s, size_t n) {
    static const char *const heads[] = {"MINISTRY ", "OFFICE OF ",
                                        "DEPARTMENT ", "EMBASSY ",
                                        "GOVERNMENT OF ", "HIGH COMMISSION ",
                                        "PRESIDENCY ",
                                        /* a state's name over its
                                         * office's, in its own language
                                         * too: "RÉPUBLIQUE TOGOLAISE",
                                         * "REPÚBLICA DEMOCRÁTICA DE SÃO
                                         * TOMÉ E PRÍNCIPE", "MINISTÉRIO
                                         * DA DEFESA …" (session 26) */
                                        "REPUBLIC ", "R\xC3\x89PUBLIQUE ",
                                        "REP\xC3\x9A" "BLICA ", "KINGDOM OF ",
                                        "ROYAUME ", "REINO ", "SULTANATE OF ",
                                        "STATE OF ", "FEDERAL REPUBLIC ",
                                        "UNITED REPUBLIC ", "MINIST\xC3\x89RIO ",
                                        "MINIST\xC3\x88RE ", "MINISTERIO ", NULL};
    size_t k;
    for (k = 0; k < n; k++)
        if (s[k] >= 'a' && s[k] <= 'z') return 0;
    for (k = 0; heads[k]; k++)
        if (n > strlen(heads[k]) && memcmp(s, heads[k], strlen(heads[k])) == 0)
            return 1;
    return 0;
}

/* "… of the Coral Triangle" + "Initiative on Coral Reefs, …": the last
 * word of header line s and the first two of the next one appear
 * together in the body, so the title was wrapped between them.  body:
 * the text from the first body paragraph on. */
static int wrapped_in_body(const char *s, size_t n, const char *next,
                           size_t nn, const char *body, size_t bn) {
    char key[160];
    size_t e = n, b, k = 0, words = 0, i;
    while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
    for (b = e; b > 0 && s[b - 1] != ' '; b--)
        ;
    if (e - b < 2 || e - b + nn + 2 >= sizeof key) return 0;
    memcpy(key, s + b, e - b);
    k = e - b;
    key[k++] = ' ';
    for (i = 0; i < nn && words < 2; i++) {
        if (next[i] == ' ' && ++words == 2) break;
        key[k++] = next[i];
    }
    if (words < 1 || k >= sizeof key || k > bn) return 0;
    /* memchr finds the candidates: the body is most of the text */
    for (const char *q = body, *last = body + (bn - k);
         q <= last && (q = memchr(q, key[0], (size_t)(last - q) + 1)) != NULL;
         q++)
        if (memcmp(q, key, k) == 0) return 1;
    return 0;
}

/* "No. 09/IGC-AZ-VN    Hanoi, 21 October 5374", "Ref: MFA/2031/114": a
 * letter's reference number opening a header line, no title (session
 * 24). */
static int reference_line(const char *s, size_t n) {
    static const char *const opens[] = {"No. ", "No ", "Ref. ", "Ref: ",
                                        "Ref ", "Reference: ",
                                        /* (session 31) */
                                        "No.: ", "No: ", "Ref.: ", NULL};
    for (size_t o = 0; opens[o]; o++) {
        size_t ol = strlen(opens[o]), k;
        if (n <= ol + 1 || memcmp(s, opens[o], ol) != 0) continue;
        /* the number: a run without spaces that holds a digit */
        for (k = ol; k < n && s[k] != ' '; k++)
            if (s[k] >= '0' && s[k] <= '9') return 1;
    }
    return 0;
}

/* s[0..n) names the issuing body of a web page, in capitals or not:
 * "Presidency of the Arab Republic of Egypt", "Ministry of Economy –
 * United Arab Emirates", "Embassy of the Republic of Poland in
 * Jakarta", "Prime Minister’s Office – Kingdom of Tonga" (session 25). */
static int issuer_line(const char *s, size_t n) {
    if (letterhead(s, n) || scm_text_issuer_opening(s, n)) return 1;
    return n < 80 && (ascii_ncase_contains(s, n, "\xE2\x80\x99s office") ||
                      ascii_ncase_contains(s, n, "'s office"));
}

/* s[0..n) is a state's formal name, five words at most: "Oriental
 * Republic of Uruguay", "Kingdom of the Netherlands". */
static int state_name_line(const char *s, size_t n) {
    static const char *const forms[] = {"republic", "kingdom", "principality", "federation",
                                        "sultanate", "emirates", "commonwealth", NULL};
    size_t words = 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) words++;
    if (words > 5) return 0;
    for (size_t k = 0; forms[k]; k++)
        if (ascii_ncase_contains(s, n, forms[k])) return 1;
    return 0;
}

/* The title under an issuer's line: the first header line after it that
 * reads as a news headline, before the body (session 25). */
static const scm_paragraph *headline_under(const scm_text *t,
                                           const scm_paragraph *issuer) {
    const scm_paragraph *end = t->paragraphs.items + t->paragraphs.len;
    const scm_paragraph *plain = NULL;
    int under_label = 0;
    for (const scm_paragraph *p = issuer + 1; p < end; p++) {
        const char *s = t->text + p->span.start;
        size_t n = p->span.stop - p->span.start;
        scm_date d;
        if (p->kind == SCM_PARA_BODY) break;
        if (p->kind != SCM_PARA_HEADER) continue;
        if (headline_like(s, n) && scm_text_headline_verb(s, n)) return p;
        /* (failing that, a headline without a verb right under the
         * issuer: "Ministry of Foreign Affairs of Japan" / "Japan-Fiji-
         * Palau Trilateral Meeting on Undersea Cable Resilience" /
         * "August 4, 2037"; session 39) */
        /* (not a state's name: "Oriental Republic of Uruguay" under a
         * ministry's letterhead) */
        if (p == issuer + 1 && headline_like(s, n) && s[0] >= 'A' && s[0] <= 'Z' &&
            !state_name_line(s, n) && !issuer_line(s, n) && !scm_date_find(s, n, 0, 0, &d))
            plain = p;
        /* "Joint Press Release" / "Results of the 14th … Meeting": the
         * line under the release's kind, whatever it reads, if it is no
         * date (session 25) */
        if (under_label && n >= 20 && s[0] >= 'A' && s[0] <= 'Z' &&
            !scm_date_find(s, n, 0, 0, &d))
            return p;
        under_label = kind_label(s, n) ||
                      (n <= 30 && ascii_ncase_contains(s, n, "press release"));
    }
    return plain;
}

static int numbered_kind(const char *s, size_t n);

static int title_from_lines(scm_doc *doc) {
    const scm_text *t = &doc->text;
    const char *fm = scm_text_meta(t, "title");
    const scm_paragraph *first_header = NULL;
    size_t i, body_at = t->len;
    int after_crumb = 0;
    for (i = 0; i < t->paragraphs.len; i++)
        if (t->paragraphs.items[i].kind == SCM_PARA_BODY) {
            body_at = t->paragraphs.items[i].span.start;
            break;
        }
    if (fm && *fm) {
        doc->title = clean_title(fm, strlen(fm));
        return doc->title ? 0 : -1;
    }
    for (i = 0; i < t->paragraphs.len; i++) {
        const scm_paragraph *p = &t->paragraphs.items[i];
        const char *s = t->text + p->span.start;
        size_t n = p->span.stop - p->span.start;
        if (p->kind == SCM_PARA_BODY) break;
        if (p->kind != SCM_PARA_HEADER || release_stamp(s, n)) continue;
        /* a web page's breadcrumb, and the letterhead above it, are no
         * title; nor is a release's kind over its headline ("PRESS
         * RELEASE" / "Foreign Minister concludes Official Visit …";
         * session 23) */
        if (breadcrumb(s, n)) {
            after_crumb = 1;
            first_header = NULL;
            continue;
        }
        /* (past a stamp between: "MEDIA RELEASE" / "FOR IMMEDIATE
         * RELEASE" / the headline) */
        size_t nx = i + 1;
        while (nx < t->paragraphs.len && t->paragraphs.items[nx].kind == SCM_PARA_HEADER &&
               release_stamp(t->text + t->paragraphs.items[nx].span.start,
                             t->paragraphs.items[nx].span.stop -
                                 t->paragraphs.items[nx].span.start))
            nx++;
        if (!first_header && reference_line(s, n)) continue;
        /* "Communiqué No. 027/PR/5927" over "Final Communiqué on the
         * State Visit …": the release's number, the title under it
         * (session 26) */
        if (numbered_kind(s, n) && nx < t->paragraphs.len &&
            t->paragraphs.items[nx].kind == SCM_PARA_HEADER &&
            (looks_like_title(t->text + t->paragraphs.items[nx].span.start,
                              t->paragraphs.items[nx].span.stop -
                                  t->paragraphs.items[nx].span.start) ||
             /* (or a headline: "Press release 41/7603" / a time stamp /
              * "Foreign Minister … in Costa Rica: …"; session 31) */
             (!ascii_ncase_contains(s, n, "communiqu") &&
              headline_like(t->text + t->paragraphs.items[nx].span.start,
                            t->paragraphs.items[nx].span.stop -
                                t->paragraphs.items[nx].span.start))) &&
            !numbered_kind(t->text + t->paragraphs.items[nx].span.start,
                           t->paragraphs.items[nx].span.stop -
                               t->paragraphs.items[nx].span.start)) {
            first_header = NULL;
            continue;
        }
        /* (a label that opens the page is its title: "Press Communiqué"
         * over "The Head of State receives …") */
        if (kind_label(s, n) && nx < t->paragraphs.len &&
            (after_crumb ||
             (first_header &&
              scm_ascii_no_lower(t->text + first_header->span.start,
                               first_header->span.stop -
                                   first_header->span.start))) &&
            t->paragraphs.items[nx].kind == SCM_PARA_HEADER &&
            headline_like(t->text + t->paragraphs.items[nx].span.start,
                          t->paragraphs.items[nx].span.stop -
                              t->paragraphs.items[nx].span.start)) {
            first_header = NULL;
            continue;
        }
        /* "Press Releases" over the title: the page's section, not the
         * title (it may still name the kind) */
        if (!first_header && i + 1 < t->paragraphs.len &&
            t->paragraphs.items[i + 1].kind == SCM_PARA_HEADER &&
            section_label(s, n))
            continue;
        /* "MINISTRY OF FOREIGN AFFAIRS AND FOREIGN TRADE" / "PRESS
         * RELEASE" / the headline: a letterhead and the section label
         * over the title (session 15) */
        /* (or a letterhead in the state's language over the English
         * one: "OʻZBEKISTON RESPUBLIKASI MUDOFAA VAZIRLIGI" / "MINISTRY
         * OF DEFENCE OF …" / "Press Service" / "NEWS"; session 31) */
        if (first_header && section_label(s, n) &&
            (letterhead(t->text + first_header->span.start,
                        first_header->span.stop - first_header->span.start) ||
             /* (or an issuer in mixed case: "Government of the People’s
              * Republic of Bangladesh" / "Ministry of Defence" / … /
              * "PRESS RELEASE"; session 31) */
             issuer_line(t->text + first_header->span.start,
                         first_header->span.stop - first_header->span.start) ||
             (first_header + 1 < p &&
              scm_ascii_no_lower(t->text + first_header->span.start,
                               first_header->span.stop - first_header->span.start) &&
              letterhead(t->text + first_header[1].span.start,
                         first_header[1].span.stop - first_header[1].span.start)))) {
            first_header = NULL;
            continue;
        }
        if (!first_header) first_header = p;
        /* "Secretary X's Call with …" over "READOUT": a bare category
         * label under a line of its own is not the title */
        if (first_header != p && (bare_label(s, n) || issuer_kind_line(s, n))) {
            doc->title = clean_title(t->text + first_header->span.start,
                                     first_header->span.stop -
                                         first_header->span.start);
            return doc->title ? 0 : -1;
        }
        if (looks_like_title(s, n) && scm_ascii_no_lower(s, n)) {
            size_t e = capitals_title_end(t, i);
            if (e > i) {
                n = t->paragraphs.items[e].span.stop - p->span.start;
                doc->title = clean_title(s, n);
                return doc->title ? 0 : -1;
            }
        }
        if (looks_like_title(s, n)) {
            /* "Joint Declaration of the … Defence Ministers on the" +
             * "Protection of Critical Undersea Infrastructure": a title
             * line ending in a function word goes on in the next */
            if (i + 1 < t->paragraphs.len &&
                t->paragraphs.items[i + 1].kind == SCM_PARA_HEADER &&
                (ends_in_function_word(s, n) || ends_in_initial(s, n) ||
                 /* "… of Chile" + "and the Minister of … of Ecuador";
                  * also a title in capitals and its subtitle in small
                  * letters ("JOINT COMMUNIQUÉ" / "on Defence Cooperation
                  * between …": the golds since blind560 join it, whoever
                  * speaks; session 38) */
                 opens_lower(t->text + t->paragraphs.items[i + 1].span.start) ||
                 capitals_run_on(s, n, t->text + t->paragraphs.items[i + 1].span.start,
                                 t->paragraphs.items[i + 1].span.stop -
                                     t->paragraphs.items[i + 1].span.start) ||
                 (body_at < t->len &&
                  wrapped_in_body(s, n, t->text + t->paragraphs.items[i + 1].span.start,
                                  t->paragraphs.items[i + 1].span.stop -
                                      t->paragraphs.items[i + 1].span.start,
                                  t->text + body_at, t->len - body_at)))) {
                n = t->paragraphs.items[i + 1].span.stop - p->span.start;
                /* … and on while a joined line ends in a function word:
                 * "Joint Communiqué" + "on the Restoration of Diplomatic
                 * Relations between" + "the Kingdom of Morocco and …"
                 * (session 33) */
                /* (and over the lines in lower case a subtitle in
                 * capitals' title wraps to: "… of the Federal President" +
                 * "of the Federal Republic of Germany to …") */
                int capitals = scm_ascii_no_lower(s, t->paragraphs.items[i].span.stop - p->span.start);
                for (size_t k = i + 2; k < t->paragraphs.len && k < i + 4 &&
                                       t->paragraphs.items[k].kind == SCM_PARA_HEADER &&
                                       (ends_in_function_word(s, n) || s[n - 1] == ',' ||
                                        (capitals && opens_lower(t->text + t->paragraphs.items[k].span.start)));
                     k++)
                    n = t->paragraphs.items[k].span.stop - p->span.start;
            }
            doc->title = clean_title(s, n);
            return doc->title ? 0 : -1;
        }
    }
    if (first_header) {
        size_t n = first_header->span.stop - first_header->span.start;
        const scm_paragraph *next = first_header + 1;
        if (issuer_line(t->text + first_header->span.start, n)) {
            const scm_paragraph *h = headline_under(t, first_header);
            if (h) {
                first_header = h;
                n = h->span.stop - h->span.start;
                next = h + 1;
            }
        }
        /* "Joint Press Release of … Police Service on the" + "Annual
         * Bilateral Meeting of …": a first line ending in a function word
         * goes on in the next header line, whatever it names (session 21) */
        if (next < t->paragraphs.items + t->paragraphs.len &&
            next->kind == SCM_PARA_HEADER &&
            (ends_in_function_word(t->text + first_header->span.start, n) ||
             ends_in_initial(t->text + first_header->span.start, n) ||
             /* (or the next line opens in small letters: "… holds
              * bilateral talks with State Secretary" + "of the Ministry
              * of Defence of the Slovak Republic"; session 39) */
             opens_lower(t->text + next->span.start))) {
            n = next->span.stop - first_header->span.start;
            /* (… and on over the lines that go on in small letters) */
            for (next++; next < t->paragraphs.items + t->paragraphs.len &&
                         next < first_header + 4 && next->kind == SCM_PARA_HEADER &&
                         opens_lower(t->text + next->span.start);
                 next++)
                n = next->span.stop - first_header->span.start;
        }
        doc->title = clean_title(t->text + first_header->span.start, n);
        return doc->title ? 0 : -1;
    }
    return 0;
}

/* A release's kind alone with its number: "PRESS NOTE No. 087/5761",
 * "Press Release No. 14/5317". */
static int numbered_kind(const char *s, size_t n) {
    static const char *const kinds[] = {"press note", "press release",
                                        "press statement", "media release",
                                        "communiqu", NULL};
    const char *no = NULL;
    /* (a bare label that opens the page stays its title: "Press
     * Communiqué" over "The Head of State receives …") */
    for (size_t k = 0; k + 4 < n; k++)
        if ((s[k] == 'N' || s[k] == 'n') && s[k + 1] == 'o' && s[k + 2] == '.' && s[k + 3] == ' ') {
            no = s + k;
            break;
        }
    if (!no) {
        /* (or the number right after the kind: "Press release 41/7603";
         * session 31) */
        size_t k = n, e = n;
        while (k > 0 && ((s[k - 1] >= '0' && s[k - 1] <= '9') || s[k - 1] == '/')) k--;
        if (k == e || k == 0 || s[k - 1] != ' ' || !memchr(s + k, '/', e - k) || k > 24) return 0;
        for (size_t q = 0; kinds[q]; q++)
            if (ascii_ncase_contains(s, k - 1, kinds[q])) return 1;
        return 0;
    }
    if (no - s > 24) return 0;
    for (size_t k = 0; kinds[k]; k++)
        if (ascii_ncase_contains(s, (size_t)(no - s), kinds[k])) return 1;
    return 0;
}

/* s[0..n) has a joint release's headline verb besides the common ones
 * (scm_text_headline_verb): "… join forces …", "… deepen cooperation
 * …", or "to" and a verb of the future, "Canada and Peru to chart the
 * central Peruvian coast together" (session 40). */
static int release_verb(const char *s, size_t n) {
    static const char *const verbs[] = {"join", "deepen", "strengthen", "expand", "renew",
                                        "share", "partner", "team", "step", NULL};
    for (size_t i = 1; i + 4 < n; i++) {
        if (s[i - 1] != ' ') continue;
        if (s[i] == 't' && s[i + 1] == 'o' && s[i + 2] == ' ' && s[i + 3] >= 'a' && s[i + 3] <= 'z')
            return 1;
        for (size_t k = 0; verbs[k]; k++) {
            size_t vl = strlen(verbs[k]);
            if (i + vl < n && memcmp(s + i, verbs[k], vl) == 0 &&
                (s[i + vl] == ' ' || (s[i + vl] == 's' && i + vl + 1 < n && s[i + vl + 1] == ' ')))
                return 1;
        }
    }
    return 0;
}

/* The title: from the front matter or the header lines; when those give
 * none, or only a release's kind ("PRESS NOTE No. 087/5761") or its
 * issuer, the body's first paragraph when it is one line reading as a
 * news headline (no full stop, colon or semicolon at its end, a
 * release's verb after its first word): "Foreign Minister Apaza
 * Concludes Official Visit to Serbia; …" (session 25). */
static int find_title(scm_doc *doc) {
    const scm_text *t = &doc->text;
    const char *fm = scm_text_meta(t, "title");
    if (title_from_lines(doc) != 0) return -1;
    if (fm && *fm) return 0;
    /* (a joint release's kind alone is no title when a headline
     * follows: "JOINT PRESS RELEASE" / "Vientiane, 3 April 2047" / "Dutch
     * and Lao water agencies to build …"; session 40) */
    int joint = doc->title && scm_joint_release_kind(doc->title, strlen(doc->title));
    if (doc->title && !numbered_kind(doc->title, strlen(doc->title)) &&
        !issuer_line(doc->title, strlen(doc->title)) && !joint)
        return 0;
    for (size_t i = 0; i < t->paragraphs.len; i++) {
        const scm_paragraph *p = &t->paragraphs.items[i];
        const char *s = t->text + p->span.start;
        size_t n = p->span.stop - p->span.start;
        /* a header line that reads as a headline, else the body's first
         * paragraph */
        if (p->kind == SCM_PARA_HEADER) {
            if (headline_like(s, n) && (scm_text_headline_verb(s, n) || (joint && release_verb(s, n)))) {
                char *title = clean_title(s, n);
                if (!title) return -1;
                free(doc->title);
                doc->title = title;
                return 0;
            }
            continue;
        }
        if (p->kind != SCM_PARA_BODY) continue;
        if (scm_text_header_like(s, n) && !memchr(s, '\n', n) &&
            headline_like(s, n) && (scm_text_headline_verb(s, n) || (joint && release_verb(s, n)))) {
            char *title = clean_title(s, n);
            if (!title) return -1;
            free(doc->title);
            doc->title = title;
        }
        break;
    }
    return 0;
}

size_t scm_signed_clause(const char *s, size_t n) {
    static const char *const verbs[] = {" was signed in ", " was signed at ", " was done in ",
                                        " was done at ", " was adopted in ", " was adopted at ",
                                        " was issued in ", " was issued at ", NULL};
    if (!((n > 5 && memcmp(s, "This ", 5) == 0) || (n > 12 && memcmp(s, "The present ", 12) == 0)))
        return 0;
    for (size_t v = 0; verbs[v]; v++) {
        size_t vl = strlen(verbs[v]);
        for (size_t k = 4; k + vl <= n && k < 60; k++)
            if (memcmp(s + k, verbs[v], vl) == 0) return k + vl;
    }
    return 0;
}

size_t scm_closing_from(const scm_text *t, size_t keep) {
    size_t np = t->paragraphs.len, i = np;
    /* (up to twelve short lines of a signature block, each a paragraph
     * when its two columns were read apart; session 34) */
    while (i > 0 && np - i < 12) {
        const scm_paragraph *p = &t->paragraphs.items[i - 1];
        size_t n = p->span.stop - p->span.start;
        if (n == 0 || n > 60 || t->text[p->span.stop - 1] == '.') break;
        i--;
    }
    return i > keep ? i - keep : 0;
}

/* "Done at Astana on 22 June 5137, in two originals …": the day a
 * closing formula in the last four paragraphs gives.  1 with *d set. */
static int signature_day(const scm_text *t, scm_date *d) {
    static const char *const opens[] = {"Done at ", "Done in ", "Signed at ",
                                        "Signed in ", "Issued at ",
                                        "Issued in ", NULL};
    size_t np = t->paragraphs.len, i;
    for (i = scm_closing_from(t, 4); i < np; i++) {
        const scm_paragraph *p = &t->paragraphs.items[i];
        size_t n = p->span.stop - p->span.start;
        size_t stop = n > 160 ? p->span.start + 160 : p->span.stop;
        size_t at;
        for (size_t o = 0; opens[o]; o++) {
            size_t ol = strlen(opens[o]);
            if (n > ol && memcmp(t->text + p->span.start, opens[o], ol) == 0 &&
                scm_date_find(t->text, stop, p->span.start + ol, 0, d) &&
                d->precision == SCM_DATE_DAY)
                return 1;
        }
        /* "This Joint Communiqué was signed in New Delhi on 9 July …"
         * (session 33) */
        if ((at = scm_signed_clause(t->text + p->span.start, n)) != 0 &&
            scm_date_find(t->text, stop, p->span.start + at, 0, d) && d->precision == SCM_DATE_DAY)
            return 1;
    }
    /* "Issued by: Mwila Chabala (Ms) / First Secretary … / 6th February,
     * 5397", "Islamabad / 27 April 2939": the last paragraph a release's
     * signature block, its lines joined, that ends in the day with no
     * full stop (session 24; only when no formula above gave one) */
    if (np) {
        const scm_paragraph *p = &t->paragraphs.items[np - 1];
        size_t n = p->span.stop - p->span.start, from = p->span.start;
        scm_date last;
        int any = 0;
        if (n == 0 || n > 240 || t->text[p->span.stop - 1] == '.') return 0;
        while (scm_date_find(t->text, p->span.stop, from, 0, &last)) {
            any = 1;
            *d = last;
            from = last.span.stop;
        }
        if (any && d->precision == SCM_DATE_DAY && d->span.stop == p->span.stop)
            return 1;
    }
    return 0;
}

/* The date at `at` of a header line from `start` is labelled a page's
 * update: "Last updated: …", "Updated …", "Last modified …". */
static int updated_stamp(const char *text, size_t start, size_t at) {
    static const char *const labels[] = {"updated", "modified", NULL};
    size_t n = at - start;
    if (n > 24) return 0;
    for (size_t k = 0; labels[k]; k++)
        if (ascii_ncase_contains(text + start, n, labels[k])) return 1;
    return 0;
}

/* Front matter date, else the first full date in the header paragraphs,
 * else the day a closing "Done at … on …" gives (the first sentence may
 * give a visit's days instead), else the first full date in the first
 * body paragraph ("... was held ... on October 24, 2012"), or in the
 * header-like body paragraphs before it. */
static void find_date(scm_doc *doc) {
    const scm_text *t = &doc->text;
    const char *fm = scm_text_meta(t, "date");
    size_t i;
    scm_date d, stamp;
    int sig_tried = 0, have_stamp = 0, header_like = 0;
    if (fm && scm_date_parse(fm, strlen(fm), &d) &&
        d.precision == SCM_DATE_DAY) {
        d.span.start = d.span.stop = 0; /* not in the text */
        doc->date = d;
        return;
    }
    for (i = 0; i < t->paragraphs.len; i++) {
        const scm_paragraph *p = &t->paragraphs.items[i];
        int body = p->kind == SCM_PARA_BODY;
        if (p->kind == SCM_PARA_HEADING) continue;
        if (body && !sig_tried && (sig_tried = 1, signature_day(t, &d))) {
            doc->date = d;
            return;
        }
        /* (a header's dateline may write "12/03/2031"; session 33) */
        if (scm_date_find(t->text, p->span.stop, p->span.start,
                          !body || scm_text_header_like(t->text + p->span.start,
                                                        p->span.stop - p->span.start)
                              ? SCM_DATE_FIND_SLASHED
                              : 0,
                          &d) &&
            d.precision == SCM_DATE_DAY) {
            /* "Last updated: 11 June 5603 | Print | Share": a web page's
             * stamp, kept only if no dateline follows (session 25) */
            if (!body && updated_stamp(t->text, p->span.start, d.span.start)) {
                if (!have_stamp) stamp = d, have_stamp = 1;
                continue;
            }
            doc->date = d;
            return;
        }
        /* a letterhead whose lines the layout joined into a body
         * paragraph ("REPUBLIC OF BULGARIA   REPUBLIC OF TÜRKİYE …"), a
         * kind or a headline: short lines with no full stop go on to
         * the dateline under them (session 25) */
        if (body && !scm_text_header_like(t->text + p->span.start,
                                          p->span.stop - p->span.start))
            break;
        if (body && ++header_like > 4) break;
    }
    if (have_stamp) {
        doc->date = stamp;
        return;
    }
    if (fm && scm_date_parse(fm, strlen(fm), &d)) {
        d.span.start = d.span.stop = 0;
        doc->date = d;
    }
}

int scm_doc_parse(scm_doc *doc, const char *raw, size_t len,
                  const scm_parse_opts *opts, const scm_lexicon *lex,
                  scm_error *err) {
    static const scm_parse_opts defaults = {{SCM_ENC_UTF8}};
    if (!opts) opts = &defaults;
    memset(doc, 0, sizeof *doc);
    if (scm_text_normalise(raw, len, &opts->text, lex, &doc->text, err) != 0)
        goto fail;
    if (scm_segment_sentences(&doc->text, lex, &doc->sentences, err) != 0)
        goto fail;
    if (find_title(doc) != 0) {
        scm_error_set(err, SCM_NO_BYTE, "out of memory");
        goto fail;
    }
    find_date(doc);
    if (doc->date.precision != SCM_DATE_NONE)
        scm_date_iso(&doc->date, doc->date_iso);
    return 0;
fail:
    scm_doc_free(doc);
    return -1;
}

int scm_doc_tokens(scm_doc *doc, scm_error *err) {
    if (doc->tokens_ready) return 0;
    if (scm_segment_tokens(&doc->text, &doc->tokens, err) != 0) {
        SCM_VEC_FREE(&doc->tokens);
        return -1;
    }
    doc->tokens_ready = 1;
    return 0;
}

void scm_doc_free(scm_doc *doc) {
    if (!doc) return;
    scm_text_free(&doc->text);
    SCM_VEC_FREE(&doc->sentences);
    SCM_VEC_FREE(&doc->tokens);
    SCM_VEC_FREE(&doc->lines);
    free(doc->title);
    memset(doc, 0, sizeof *doc);
}

/* Line starts of the raw text: "\n", "\r\n" and a lone "\r" end a line. */
static int build_lines(scm_doc *doc) {
    const char *raw = doc->text.raw;
    size_t n = doc->text.raw_len, i;
    if (SCM_VEC_PUSH(&doc->lines, 0) != 0) return -1;
    for (i = 0; i < n; i++) {
        if (raw[i] == '\n' ||
            (raw[i] == '\r' && (i + 1 == n || raw[i + 1] != '\n'))) {
            if (SCM_VEC_PUSH(&doc->lines, (scm_off)(i + 1)) != 0) return -1;
        }
    }
    return 0;
}

int scm_doc_raw_position(scm_doc *doc, size_t norm, size_t *line,
                         size_t *column, size_t *raw_byte) {
    size_t raw, lo, hi, col, i, start;
    const char *text = doc->text.raw;
    if (doc->lines.len == 0 && build_lines(doc) != 0) return -1;
    if (norm > doc->text.len) norm = doc->text.len;
    raw = scm_text_raw_offset(&doc->text, norm);
    if (raw > doc->text.raw_len) raw = doc->text.raw_len;
    /* last line start <= raw */
    lo = 0;
    hi = doc->lines.len;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->lines.items[mid] <= raw)
            lo = mid;
        else
            hi = mid;
    }
    start = doc->lines.items[lo];
    /* a UTF-8 BOM is not a column */
    if (start == 0 && raw >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        start = 3;
    col = 1;
    for (i = start; i < raw; i++)
        if (((unsigned char)text[i] & 0xC0) != 0x80) col++;
    *line = lo + 1;
    *column = col;
    *raw_byte = raw;
    return 0;
}

/* Index of the last span whose start <= off, if off is inside it. */
#define SPAN_SEARCH(items, count, off)                                        \
    do {                                                                      \
        size_t lo_ = 0, hi_ = (count);                                        \
        while (lo_ < hi_) {                                                   \
            size_t mid_ = lo_ + (hi_ - lo_) / 2;                              \
            if ((items)[mid_].span.start <= (off))                            \
                lo_ = mid_ + 1;                                               \
            else                                                              \
                hi_ = mid_;                                                   \
        }                                                                     \
        if (lo_ == 0 || (off) >= (items)[lo_ - 1].span.stop) return -1;      \
        return (long)(lo_ - 1);                                               \
    } while (0)

long scm_doc_sentence_at(const scm_doc *doc, size_t off) {
    SPAN_SEARCH(doc->sentences.items, doc->sentences.len, off);
}

long scm_doc_paragraph_at(const scm_doc *doc, size_t off) {
    SPAN_SEARCH(doc->text.paragraphs.items, doc->text.paragraphs.len, off);
}
