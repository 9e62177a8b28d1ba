/* header.c -- what kind of document this is, where and when it was made,
 * and which meeting (series, number, name, parties) it reports.
 *
 * Communiqués say these things twice: in a header block ("Joint
 * Communique / The 44th U.S. – ROK Security Consultative Meeting /
 * Washington, D.C. October 24, 2012") and in their first sentence ("The
 * 44th ... Security Consultative Meeting (SCM) was held in Washington D.C.
 * on October 24, 2012").  The first sentence is the fuller source (it
 * defines the acronym); the header and the title fill what it lacks.  A
 * meeting is reported only when the text numbers it or says it was held:
 * a leaders' statement names groups ("the Nuclear Consultative Group")
 * without being a meeting of one. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "ifind.h"
#include "names_data.h"
#include "../utf8.h"
#include "wordscan.h"

typedef struct header_ctx {
    const scm_lexicon *lex;
    scm_words_cache *wc; /* the run's paragraph words, or NULL */
    scm_phrase_index party;
    scm_buf key;
    scm_wordvec words;
} header_ctx;

static int ieq_n(const char *a, size_t n, const char *b) {
    size_t i;
    if (strlen(b) != n) return 0;
    for (i = 0; i < n; i++)
        if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i]))
            return 0;
    return 1;
}


/* Document kind named in s, or NULL.  `strong`: only "joint ..." forms
 * count (used on body paragraphs, which cite other statements). */
static const char *kind_of(const char *s, size_t n, int strong) {
    if (!s) return NULL;
    if (scm_ifind(s, n, "communiqu")) {
        if (scm_ifind(s, n, "joint communiqu")) return "joint communique";
        /* a presidency's "Press Communiqué": a genre of its own, as the
         * "Joint Press Communiqué" (joint_kind) is (session 19) */
        if (!strong && scm_ifind(s, n, "press communiqu")) return "press communique";
        /* a summit's or session's closing record, a genre of its own */
        if (!strong && scm_ifind(s, n, "final communiqu"))
            return "final communique";
        /* "Forum Communiqué", "Communiqué of the 3214th Meeting" */
        if (!strong) return "communique";
    }
    if (scm_ifind(s, n, "joint statement")) return "joint statement";
    if (scm_ifind(s, n, "joint declaration")) return "declaration";
    if (strong) return NULL;
    /* "Agreed Minutes of the Fourth Session of the Joint Commission": the
     * record a joint commission's co-chairs sign (session 14) */
    if (scm_ifind(s, n, "agreed minutes")) return "agreed minutes";
    /* "Final Document of the … Ministerial Conference": a conference's
     * closing record (the Non-Aligned Movement's, a UN review
     * conference's) */
    if (scm_ifind(s, n, "final document")) return "final document";
    if (scm_ifind(s, n, "joint") && scm_ifind(s, n, "statement"))
        return "joint statement";
    if (scm_ifind(s, n, "declaration")) return "declaration";
    if (scm_ifind(s, n, "readout")) return "readout";
    if (scm_ifind(s, n, "fact sheet")) return "fact sheet";
    /* "Press Statement by the Chair of …": a press statement first */
    if (scm_ifind(s, n, "press statement")) return "press statement";
    if (scm_ifind(s, n, "press release")) return "press release";
    /* Australia's, New Zealand's and South Africa's names for a press
     * release: "Media Release", "Media Statement" (session 17) */
    if (scm_ifind(s, n, "media release")) return "media release";
    if (scm_ifind(s, n, "media statement")) return "media statement";
    /* "Council conclusions on the Sahel": the Council of the EU's */
    if (scm_ifind(s, n, "council conclusions")) return "conclusions";
    /* "DECISION No. 5/31", "Resolution No. 4/137-POL": a body's act */
    if (scm_ifind(s, n, "decision no")) return "decision";
    if (scm_ifind(s, n, "resolution no")) return "resolution";
    /* "Resolution of the 71st Session of the Baltic Assembly", "Resolution
     * on Climate Resilience …": a title that opens with the act's name */
    if (n > 11 && ieq_n(s, 11, "resolution ")) return "resolution";
    if (n > 9 && ieq_n(s, 9, "decision ")) return "decision";
    /* "Chairman's Statement of the 42nd ASEAN Summit": the chair's
     * account of a multilateral meeting, a genre of its own */
    {
        static const char *const chairs[][3] = {
            /* "Co-Chairs’ Statement" of a conference two states chair */
            {"co-chairs' statement", "co-chairs\xE2\x80\x99 statement",
             "co-chairs' statement"},
            {"co-chair's statement", "co-chair\xE2\x80\x99s statement",
             "co-chairs' statement"},
            {"chairman's statement", "chairman\xE2\x80\x99s statement",
             "chairman's statement"},
            {"chairperson's statement", "chairperson\xE2\x80\x99s statement",
             "chairperson's statement"},
            {"chair's statement", "chair\xE2\x80\x99s statement",
             "chair's statement"},
            {"co-chairs' summary", "co-chairs\xE2\x80\x99 summary",
             "co-chairs' summary"},
            {"co-chair's summary", "co-chair\xE2\x80\x99s summary",
             "co-chairs' summary"},
            {"chair's summary", "chair\xE2\x80\x99s summary",
             "chair's summary"},
            {"chairman's summary", "chairman\xE2\x80\x99s summary",
             "chairman's summary"}};
        for (size_t k = 0; k < sizeof chairs / sizeof *chairs; k++)
            if (scm_ifind(s, n, chairs[k][0]) || scm_ifind(s, n, chairs[k][1]))
                return chairs[k][2];
        /* "Statement by the Chair of the Arctic Council …" */
        if (scm_ifind(s, n, "statement by the chair "))
            return "chair's statement";
        if (scm_ifind(s, n, "statement by the chairman "))
            return "chairman's statement";
        if (scm_ifind(s, n, "statement by the chairperson "))
            return "chairperson's statement";
    }
    /* "Outcome Statement of the Special Meeting …", a conference's
     * "Outcome Document": what a meeting adopted as its result */
    if (scm_ifind(s, n, "outcome statement")) return "outcome statement";
    if (scm_ifind(s, n, "outcome document")) return "outcome document";
    if (scm_ifind(s, n, "statement")) return "statement";
    return NULL;
}

/* The kind as a title writes it: "joint" and up to two words before a
 * head ("Joint Press Statement", "Joint Vision Statement", "Joint
 * Readout"), lower case, "communiqué" without its accent.  NULL if the
 * title has no such phrase; *oom on memory. */
static char *joint_kind(const char *s, int *oom) {
    static const char *const heads[] = {"communique", "communiqué",
                                        "statement", "declaration",
                                        "readout", "sheet", "release",
                                        NULL};
    const char *j = s ? scm_ifind(s, strlen(s), "joint ") : NULL;
    const char *p, *word[3];
    size_t len[3], k, i;
    *oom = 0;
    if (!j) return NULL;
    p = j + 6;
    for (k = 0; k < 3; k++) {
        while (*p == ' ') p++;
        word[k] = p;
        while (*p && *p != ' ' && *p != ',' && *p != ':') p++;
        len[k] = (size_t)(p - word[k]);
        if (!len[k]) return NULL;
        for (i = 0; heads[i]; i++)
            if (ieq_n(word[k], len[k], heads[i])) {
                scm_buf b = {0};
                size_t m;
                int bad = scm_buf_append(&b, "joint", 5);
                for (m = 0; m <= k && !bad; m++) {
                    size_t q, n = len[m];
                    /* the issuer is not the kind: "Joint Leaders’
                     * Statement" is a joint statement */
                    if ((n > 3 && memcmp(word[m] + n - 3, "\xE2\x80\x99", 3) == 0) ||
                        (n > 1 && word[m][n - 1] == '\''))
                        continue;
                    bad |= scm_buf_putc(&b, ' ');
                    if (ieq_n(word[m], len[m], "communiqué")) {
                        bad |= scm_buf_append(&b, "communique", 10);
                        continue;
                    }
                    for (q = 0; q < len[m] && !bad; q++)
                        bad |= scm_buf_putc(
                            &b, (char)tolower((unsigned char)word[m][q]));
                }
                bad |= scm_buf_putc(&b, '\0');
                if (bad) {
                    free(b.items);
                    *oom = 1;
                    return NULL;
                }
                return b.items;
            }
        /* the words between are capitalised modifiers, or "press" and
         * "media" in a line in sentence case ("Joint media release") */
        if (!isupper((unsigned char)word[k][0]) &&
            !ieq_n(word[k], len[k], "press") && !ieq_n(word[k], len[k], "media"))
            return NULL;
    }
    return NULL;
}

/* A ministry's release titled by a news headline, a finite verb and no
 * kind named: "Foreign Minister Hegazy Holds Talks with Lebanese
 * Counterpart", "Al-Qudah, Omani counterpart discuss bilateral ties"
 * (session 13).  Not a news story with a byline ("Story by …", "By …"),
 * nor a readout titled by a noun ("Secretary X's Meeting with …"). */
static int headline_release(const scm_doc *doc) {
    const char *t = doc->title;
    size_t i;
    if (!t) return 0;
    for (i = 0; i < doc->text.paragraphs.len; i++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[i];
        const char *s = doc->text.text + p->span.start;
        size_t m = p->span.stop - p->span.start;
        if (p->kind == SCM_PARA_BODY) break;
        if ((m > 3 && memcmp(s, "By ", 3) == 0) ||
            (m > 9 && memcmp(s, "Story by ", 9) == 0))
            return 0;
    }
    return scm_text_headline_verb(t, strlen(t));
}

static int set_kind(scm_doc *doc, scm_extract *x) {
    const char *k = NULL;
    const char *meta = scm_text_meta(&doc->text, "title");
    size_t i, body = 0;
    int oom, lead = 1;
    /* "Press Release: Secretary V concludes visit, signs Joint
     * Declaration …": a label before a colon names the kind (session
     * 17) */
    {
        const char *colon = doc->title ? strchr(doc->title, ':') : NULL;
        if (colon && colon - doc->title <= 30) {
            size_t ln = (size_t)(colon - doc->title);
            char label[32];
            memcpy(label, doc->title, ln);
            label[ln] = '\0';
            x->header.kind = joint_kind(label, &oom);
            if (oom) return -1;
            if (x->header.kind) return 0;
            if ((k = kind_of(label, ln, 0)) != NULL) {
                x->header.kind = scm_xstrndup(k, strlen(k));
                return x->header.kind ? 0 : -1;
            }
        }
    }
    x->header.kind = joint_kind(doc->title, &oom);
    if (!x->header.kind && !oom) x->header.kind = joint_kind(meta, &oom);
    if (oom) return -1;
    if (x->header.kind) return 0;
    if (doc->title) k = kind_of(doc->title, strlen(doc->title), 0);
    if (!k && meta) k = kind_of(meta, strlen(meta), 0);
    /* front matter's "type: Media Statement" (session 17) */
    if (!k) {
        const char *type = scm_text_meta(&doc->text, "type");
        if (type) k = kind_of(type, strlen(type), 0);
    }
    for (i = 0; !k && i < doc->text.paragraphs.len; i++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[i];
        size_t n = p->span.stop - p->span.start;
        /* (a body paragraph before the first sentence that reads as a
         * header line is one: "JOINT PRESS RELEASE" under a letterhead
         * the layout joined into a paragraph; session 25) */
        if (lead && p->kind == SCM_PARA_BODY &&
            (body >= 4 || !scm_text_header_like(doc->text.text + p->span.start, n)))
            lead = 0;
        if (p->kind == SCM_PARA_HEADER || (lead && p->kind == SCM_PARA_BODY)) {
            if (p->kind == SCM_PARA_BODY) body++;
            /* a header line that names a joint kind under a headline:
             * "New Zealand and Mexico set course …" / "Joint media
             * release" (session 17) */
            char *line = scm_xstrndup(doc->text.text + p->span.start,
                                      n < 300 ? n : 300);
            if (!line) return -1;
            x->header.kind = joint_kind(line, &oom);
            free(line);
            if (oom) return -1;
            if (x->header.kind) return 0;
            k = kind_of(doc->text.text + p->span.start, n < 300 ? n : 300, 0);
        }
        else if (body++ < 8) {
            const char *b = doc->text.text + p->span.start;
            k = kind_of(b, n < 300 ? n : 300, 1);
            /* "Subject: … – Council conclusions (16 October 2469)", a
             * heading "Council conclusions on the Sahel": the Council of
             * the EU's own record */
            if (!k && ((n > 8 && memcmp(b, "Subject:", 8) == 0) ||
                       (n > 19 && memcmp(b, "Council conclusions", 19) == 0)) &&
                scm_ifind(b, n < 300 ? n : 300, "council conclusions"))
                k = "conclusions";
        }
        else
            break;
    }
    /* "The following is attributable to Spokesperson X:", "… provided the
     * following readout:" opening the body (State Department and Pentagon
     * readouts whose title names a meeting), or front matter tagged so */
    if (!k) {
        const char *tags = scm_text_meta(&doc->text, "tags");
        if (tags && scm_ifind(tags, strlen(tags), "readout")) k = "readout";
        for (i = 0, body = 0; !k && i < doc->text.paragraphs.len && body < 2; i++) {
            const scm_paragraph *p = &doc->text.paragraphs.items[i];
            const char *s = doc->text.text + p->span.start;
            size_t n = p->span.stop - p->span.start;
            if (p->kind != SCM_PARA_BODY) continue;
            body++;
            if (n > 300) n = 300;
            if (scm_ifind(s, n, "the following readout") ||
                scm_ifind(s, n, "the following is attributable to"))
                k = "readout";
            /* "On September 9, commencing at 5:30 p.m. for approximately
             * 80 minutes, Mr. X … held a … Meeting": a foreign ministry's
             * overview of a meeting, a readout in all but name */
            if (body == 1 && scm_ifind(s, n < 120 ? n : 120, "commencing at ") &&
                scm_ifind(s, n, " minutes"))
                k = "readout";
        }
    }
    /* "Secretary Stroud’s Meeting with … Foreign Secretary …": a
     * title of a principal's meeting or call with others is a readout's
     * (31 gold titles of this shape, all readouts; session 17) */
    if (!k && doc->title) {
        static const char *const shapes[] = {
            "\xE2\x80\x99s Meeting with", "'s Meeting with",
            "\xE2\x80\x99s Call with", "'s Call with",
            "\xE2\x80\x99s Phone Call with", "'s Phone Call with",
            "\xE2\x80\x99s Telephone Call with", "'s Telephone Call with",
            "\xE2\x80\x99s Video Call with", "'s Video Call with", NULL};
        for (size_t q = 0; shapes[q] && !k; q++)
            if (strstr(doc->title, shapes[q])) k = "readout";
    }
    /* "Ambassador X, Official Spokesman of the Ministry …, stated that
     * …" opening the body, no kind named anywhere before: the
     * spokesman's statement (session 17) */
    for (i = 0; !k && i < doc->text.paragraphs.len; i++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[i];
        const char *s = doc->text.text + p->span.start;
        size_t n = p->span.stop - p->span.start;
        if (p->kind != SCM_PARA_BODY) continue;
        if (n > 300) n = 300;
        if ((scm_ifind(s, n, "spokesman") ||
             scm_ifind(s, n, "spokesperson") ||
             scm_ifind(s, n, "spokeswoman")) &&
            (scm_ifind(s, n, " stated ") || scm_ifind(s, n, " said ")))
            k = "statement";
        break;
    }
    /* "Prime Minister Thibodeau speaks with President of Senegal …": a
     * leader's office's headline of a call, the readout of it (session
     * 19) */
    if (!k && doc->title &&
        (strstr(doc->title, " speaks with ") || strstr(doc->title, " spoke with ")))
        k = "readout";
    /* "Minister of National Defence holds telephone call with …",
     * "Prime Minister's telephone conversation with …": a headline of a
     * call that names no genre is the call's readout (session 20) */
    if (!k && doc->title) {
        size_t tl = strlen(doc->title);
        if (scm_ifind(doc->title, tl, "phone call") || /* also "telephone call" */
            scm_ifind(doc->title, tl, "video call") ||
            scm_ifind(doc->title, tl, "telephone conversation"))
            k = "readout";
    }
    if (!k && headline_release(doc)) k = "press release";
    if (!k) return 0;
    x->header.kind = scm_xstrndup(k, strlen(k));
    return x->header.kind ? 0 : -1;
}

/* ---- words of a region ---- */

static int is_party_word(header_ctx *c, const char *t, const scm_word *w,
                         size_t i, size_t n, long *len, const char **cls) {
    long k = scm_phrase_match(&c->party, t, w, i, n, &c->key, cls);
    if (k < 0) return -1;
    if (k == 0) {
        /* "Republic of Türkiye", "Republic of Poland": a state's formal
         * style the list does not hold, before a party it does */
        size_t e = scm_state_form_skip(t, w, i, n);
        if (e > i) {
            k = scm_phrase_match(&c->party, t, w, e, n, &c->key, cls);
            if (k < 0) return -1;
            if (k > 0) k += (long)(e - i);
        }
    }
    *len = k;
    return k > 0;
}

static int month_word(const char *t, const scm_word *w) {
    return w->kind == SCM_W_WORD &&
           scm_date_month(t + w->start, w->stop - w->start) > 0 &&
           w->stop - w->start >= 3;
}

/* Words that are no place's, whatever their case. */
static const char *const not_place[] = {
    "The", "Joint", "Communique", "Communiqué", "Statement", "Meeting",
    "Declaration", "Summit", "For", "Immediate", "Release", "Office",
    "Press", "Secretary", "Readout", "Ends", "Begins",
    /* a date's label: "Published 12 September 2587" */
    "Published", "Updated", "Issued", "Released", "Posted", "Dated",
    "Date", /* "Date  2909-03-25": a web page's label */
    /* a sender before its place: "Embassy of Finland, Lima, 8 October
     * 4537" (session 21) */
    "Embassy", "Consulate", "Ministry",
    /* a weekday before the date: "News | Thursday, 27 September 5685"
     * (session 25) */
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday",
    NULL};

/* A sender's word before "of" in a dateline (the place is after its
 * state and a comma). */
static const char *const senders[] = {"Embassy", "Consulate", "Ministry",
                                      "Office", "Mission", NULL};

/* A word in capitals that is one of not_place ("JOINT STATEMENT – …"). */
static int not_place_ci(const char *t, const scm_word *w) {
    for (size_t k = 0; not_place[k]; k++)
        if (scm_word_ieq(t, w, not_place[k])) return 1;
    return 0;
}

/* A word fit for a place name: capitalised, not a month or a function
 * word, not a document word. */
static int place_word(const char *t, const scm_word *w) {
    if (w->kind != SCM_W_WORD || !w->cap) return 0;
    if (month_word(t, w) || scm_word_in(t, w, not_place)) return 0;
    if (scm_word_in(t, w, scm_meeting_heads)) return 0;
    return 1;
}

/* Lower-case particles inside a place's name: "Cartagena de Indias",
 * "Rio de Janeiro", "Dar es Salaam", "Andorra la Vella" (session 18). */
static const char *const place_particles[] = {"de", "es", "do", "da", "del",
                                              "la", NULL};

static int place_particle(const char *t, const scm_word *w) {
    return scm_word_in(t, w, place_particles);
}

static int set_place_from(scm_extract *x, const char *t, const scm_word *w,
                          size_t first, size_t last) {
    x->header.place =
        scm_xstrndup(t + w[first].start, w[last].stop - w[first].start);
    return x->header.place ? 0 : -1;
}

/* Paragraph i is the first of the body and a dateline of its own, "Place,
 * Region   Date" (the header block's last line, when the layout read it as
 * body text): short, and ended by a date. */
static int place_date_line(const scm_doc *doc, size_t i) {
    const scm_paragraph *p = &doc->text.paragraphs.items[i];
    const char *t = doc->text.text;
    scm_date d;
    size_t k;
    if (p->kind != SCM_PARA_BODY || p->span.stop - p->span.start > 100)
        return 0;
    /* (or after body paragraphs that read as header lines: a letterhead
     * of two columns joined into one, a kind; session 25) */
    for (k = 0; k < i; k++) {
        const scm_paragraph *q = &doc->text.paragraphs.items[k];
        if (q->kind == SCM_PARA_BODY &&
            (i - k > 4 || !scm_text_header_like(t + q->span.start,
                                                 q->span.stop - q->span.start)))
            return 0;
    }
    return scm_date_find(t, p->span.stop, p->span.start, 0, &d) &&
           d.span.stop + 1 >= p->span.stop && d.span.start > p->span.start;
}

static const char *const weekdays[] = {"Monday", "Tuesday", "Wednesday",
                                       "Thursday", "Friday", "Saturday",
                                       "Sunday", NULL};

/* A dash as a word of its own: "-", "–", "—". */
static int dash_word(const char *t, const scm_word *w) {
    size_t n = w->stop - w->start;
    const unsigned char *p = (const unsigned char *)t + w->start;
    return (n == 1 && p[0] == '-') ||
           (n == 3 && p[0] == 0xE2 && p[1] == 0x80 &&
            (p[2] == 0x93 || p[2] == 0x94));
}

/* "Washington, D.C. October 24, 2012": the capitalised words just before
 * a date in a header paragraph. */
static int place_from_header(header_ctx *c, scm_doc *doc, scm_extract *x) {
    const char *t = doc->text.text;
    size_t i;
    for (i = 0; i < doc->text.paragraphs.len && !x->header.place; i++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[i];
        scm_date d;
        size_t j, first, nw;
        const scm_word *w;
        if (p->kind != SCM_PARA_HEADER && !place_date_line(doc, i)) continue;
        /* (a byline names no place: "By U.S. Indo-Pacific Command Public
         * Affairs | Oct. 20, 3227") */
        if (p->span.stop - p->span.start > 3 && !memcmp(t + p->span.start, "By ", 3))
            continue;
        /* (a release's "Posted On: 14 JUN 3895 … by PIB Delhi" names no
         * place before its date) */
        if (scm_text_posting_label(t + p->span.start, p->span.stop - p->span.start))
            continue;
        /* ("Paris, 12/03/2031" in a header; session 33) */
        if (!scm_date_find(t, p->span.stop, p->span.start,
                           p->kind == SCM_PARA_HEADER ? SCM_DATE_FIND_SLASHED : 0, &d))
            continue;
        if (d.span.start <= p->span.start) {
            /* "October 7, 4062 – Ottawa, Ontario": the date first, a dash
             * and the place after it (session 18) */
            size_t k, last;
            int ok = 1;
            c->words.len = 0;
            if (p->kind != SCM_PARA_HEADER ||
                scm_words_scan(c->wc, t, d.span.stop, p->span.stop, &c->words) != 0)
                continue;
            w = c->words.items;
            nw = c->words.len;
            /* "March 9, 4215" alone, then "Ottawa, Ontario" alone on the
             * next header line (session 19) */
            if (nw == 0 && i + 1 < doc->text.paragraphs.len &&
                doc->text.paragraphs.items[i + 1].kind == SCM_PARA_HEADER) {
                const scm_paragraph *q = &doc->text.paragraphs.items[i + 1];
                if (scm_words_scan(c->wc, t, q->span.start, q->span.stop, &c->words) != 0)
                    return -1;
                w = c->words.items;
                nw = c->words.len;
                /* (a place in mixed case: not a heading in capitals,
                 * "OPENING SESSION") */
                if (nw < 1 || nw > 6 || !place_word(t, &w[0]) || !w[0].lower) continue;
                for (k = 0, last = 0; k < nw && ok; k++) {
                    if (place_word(t, &w[k])) last = k;
                    else if (!scm_word_punct(&w[k], ',') && !place_particle(t, &w[k]))
                        ok = 0;
                }
                if (ok && last == nw - 1 && set_place_from(x, t, w, 0, last) != 0) return -1;
                continue;
            }
            /* (or a comma: "3 April 4639, Tashkent"; session 21) */
            if (nw < 2 || nw > 8 ||
                !(dash_word(t, &w[0]) || scm_word_punct(&w[0], ',')) ||
                !place_word(t, &w[1]))
                continue;
            for (k = 1, last = 1; k < nw && ok; k++) {
                if (place_word(t, &w[k])) last = k;
                else if (!scm_word_punct(&w[k], ',') && !place_particle(t, &w[k]))
                    ok = 0;
            }
            if (ok && set_place_from(x, t, w, 1, last) != 0) return -1;
            continue;
        }
        c->words.len = 0;
        if (scm_words_scan(c->wc, t, p->span.start, d.span.start,
                           &c->words) != 0)
            return -1;
        w = c->words.items;
        nw = c->words.len;
        if (!nw) continue;
        j = nw;
        /* "Oslo, 2–4 April 2035": the first day of a range the date
         * found began after (session 35) */
        if (j >= 3 && (dash_word(t, &w[j - 1]) || scm_word_punct(&w[j - 1], '-') ||
                       scm_word_is(t, &w[j - 1], "and") || scm_word_is(t, &w[j - 1], "to")) &&
            w[j - 2].kind == SCM_W_NUMBER)
            j -= 2;
        /* "Iqaluit, Nunavut – September 9, 2320": a comma or a dash before
         * the date */
        while (j > 0 && (scm_word_punct(&w[j - 1], ',') ||
                         dash_word(t, &w[j - 1]) ||
                         /* "New Delhi | 3 May 2023" (session 18) */
                         scm_word_punct(&w[j - 1], '|')))
            j--;
        /* "Freetown, Sierra Leone, Monday 9 March 4918": the weekday
         * belongs to the date (session 21) */
        if (j > 1 && scm_word_in(t, &w[j - 1], weekdays) &&
            scm_word_punct(&w[j - 2], ',')) {
            j -= 2;
            while (j > 0 && scm_word_punct(&w[j - 1], ',')) j--;
        }
        /* "Doha / Information Office / 04 February 2999": a news agency's
         * fields set apart by slashes, the place first */
        if (j > 0 && scm_word_punct(&w[j - 1], '/')) {
            size_t sl = 0, q;
            int ok = 1;
            while (sl < j && !scm_word_punct(&w[sl], '/')) sl++;
            for (q = 0; q < sl && ok; q++) ok = place_word(t, &w[q]);
            if (ok && sl >= 1 && sl <= 4) {
                if (set_place_from(x, t, w, 0, sl - 1) != 0) return -1;
                continue;
            }
        }
        if (j == 0 || !place_word(t, &w[j - 1])) continue;
        first = j - 1;
        /* walk back over "Word Word, Word" up to 5 words */
        {
            size_t words = 1, k = first;
            /* "São Tomé, Democratic Republic of São Tomé and Príncipe" */
            while (k > 0 && words < 8) {
                if (place_word(t, &w[k - 1])) {
                    k--;
                    words++;
                } else if (k > 1 && (scm_word_is(t, &w[k - 1], "of") ||
                                     scm_word_is(t, &w[k - 1], "the") ||
                                     /* "São Tomé and Príncipe" */
                                     scm_word_is(t, &w[k - 1], "and") ||
                                     place_particle(t, &w[k - 1])) &&
                           place_word(t, &w[k - 2])) {
                    k -= 2; /* "Seoul, Republic of Korea", "Cartagena de
                             * Indias" */
                    words++;
                } else if (k > 2 && scm_word_is(t, &w[k - 1], "the") &&
                           (scm_word_is(t, &w[k - 2], "of") ||
                            /* "Kingstown, Saint Vincent and the
                             * Grenadines" (session 34) */
                            scm_word_is(t, &w[k - 2], "and")) &&
                           place_word(t, &w[k - 3])) {
                    k -= 3; /* "Niamey, Republic of the Niger" */
                    words++;
                } else if (k > 1 && scm_word_punct(&w[k - 1], ',') &&
                           place_word(t, &w[k - 2]) &&
                           !scm_word_punct(&w[k], ',')) {
                    k -= 2;
                    words++;
                } else if (k > 2 && scm_word_is(t, &w[k - 1], "The") &&
                           (scm_word_punct(&w[k - 2], ',') ||
                            scm_word_is(t, &w[k - 2], "of")) &&
                           place_word(t, &w[k - 3])) {
                    k -= 3; /* "Nassau, The Bahamas", "Republic of The
                             * Gambia" */
                    words++;
                } else if (k == 1 && scm_word_is(t, &w[0], "The")) {
                    k = 0; /* "The Hague" opening the line */
                } else
                    break;
            }
            first = k;
        }
        /* "Embassy of Finland, Lima": the place after the sender's state
         * ("Embassy of the Republic of Indonesia, Wellington") */
        if (first >= 3 && scm_word_is(t, &w[first - 1], "the") &&
            scm_word_is(t, &w[first - 2], "of") &&
            scm_word_in(t, &w[first - 3], senders))
            first--;
        if (first >= 2 && scm_word_is(t, &w[first - 1], "of") &&
            scm_word_in(t, &w[first - 2], senders)) {
            size_t q = first;
            while (q + 1 < j && !scm_word_punct(&w[q], ',')) q++;
            if (q + 1 < j) first = q + 1;
        }
        if (set_place_from(x, t, w, first, j - 1) != 0) return -1;
    }
    return 0;
}

/* The end of a place name starting at word j (up to 5 words: "Republic
 * of Korea", "Washington, D.C."). */
static size_t place_end(const char *t, const scm_word *w, size_t j,
                        size_t nw) {
    size_t last = j;
    while (last + 1 < nw && last - j < 5) {
        if (place_word(t, &w[last + 1]))
            last++;
        else if (last + 2 < nw && (scm_word_is(t, &w[last + 1], "of") ||
                                   place_particle(t, &w[last + 1])) &&
                 (place_word(t, &w[last + 2]) ||
                  /* "Viña del Mar on 17 March": a month's short form
                   * after a particle, no number after it (session 18) */
                  (place_particle(t, &w[last + 1]) && w[last + 2].cap &&
                   month_word(t, &w[last + 2]) &&
                   !(last + 3 < nw && w[last + 3].kind == SCM_W_NUMBER))))
            last += 2;
        /* "Republic of the Congo"; not "hosted in Vientiane the Fourth
         * Trilateral Ministerial Meeting" (session 18) */
        else if (last + 3 < nw && scm_word_is(t, &w[last + 1], "of") &&
                 scm_word_is(t, &w[last + 2], "the") &&
                 place_word(t, &w[last + 3]))
            last += 3;
        else if (last + 2 < nw && scm_word_punct(&w[last + 1], ',') &&
                 place_word(t, &w[last + 2]) &&
                 memchr(t + w[last + 2].start, '.',
                        w[last + 2].stop - w[last + 2].start) &&
                 !scm_word_in(t, &w[last + 2], scm_honorifics))
            last += 2; /* "Washington, D.C.", not ", H.E. Ana Petrova" */
        else
            break;
    }
    return last;
}

/* After a place ending at `last`: ", Region" closed by ",", "on", "to",
 * "for" or the end ("Canberra, Australia, on", "Honolulu, Hawaii on"):
 * the region's last word, else `last`. */
static size_t place_region(const header_ctx *c, const char *t,
                           const scm_word *w, size_t last, size_t nw) {
    static const char *const closers[] = {"on", "to", "for", "from", NULL};
    size_t e;
    if (last + 2 >= nw || !scm_word_punct(&w[last + 1], ',') ||
        !place_word(t, &w[last + 2]))
        return last;
    /* "Today in Phnom Penh, Samdech … Sok Vannarith, Prime Minister": a
     * person after the comma, not a region */
    if (scm_word_in(t, &w[last + 2], scm_honorifics) ||
        scm_lexicon_has(c->lex, SCM_LEX_TITLE, t + w[last + 2].start,
                        w[last + 2].stop - w[last + 2].start))
        return last;
    e = place_end(t, w, last + 2, nw);
    /* "Today in Seoul, Japan, the Republic of Korea (ROK), and the United
     * States launched …": the first of a list of parties, no region */
    if (e + 2 < nw && scm_word_punct(&w[e + 1], ',') &&
        (scm_word_is(t, &w[e + 2], "the") || scm_word_is(t, &w[e + 2], "and") ||
         place_word(t, &w[e + 2]))) {
        size_t q;
        for (q = e + 2; q < nw && q < e + 14; q++)
            if (scm_word_is(t, &w[q], "and") && q + 1 < nw &&
                w[q + 1].kind == SCM_W_WORD && (w[q + 1].cap ||
                                                scm_word_is(t, &w[q + 1], "the")))
                return last;
            else if (scm_word_punct(&w[q], '.') || scm_word_is(t, &w[q], "on"))
                break;
    }
    if (e + 1 >= nw || scm_word_punct(&w[e + 1], ',') ||
        scm_word_punct(&w[e + 1], '.') || scm_word_in(t, &w[e + 1], closers))
        return e;
    return last;
}

/* "in PLACE on DATE": "in" + a place + "on" (or ", on") and a date. */
static int place_then_date(const char *t, const scm_word *w, size_t last,
                           size_t nw) {
    size_t k = last + 1;
    if (k < nw && scm_word_punct(&w[k], ',')) k++;
    if (!(k + 1 < nw && scm_word_is(t, &w[k], "on"))) return 0;
    if (month_word(t, &w[k + 1])) return 1;
    if (w[k + 1].kind != SCM_W_NUMBER) return 0;
    k += 2;
    /* a range of days: "on 8–9 December", "on 8 and 9 December" */
    if (k + 1 < nw && (scm_word_punct(&w[k], '-') || scm_word_is(t, &w[k], "and")) &&
        w[k + 1].kind == SCM_W_NUMBER)
        k += 2;
    return k < nw && month_word(t, &w[k]);
}

/* A word in capitals only ("SUVA"), or a short joiner in capitals. */
static int caps_word(const char *t, const scm_word *w) {
    return w->kind == SCM_W_WORD && w->cap && !w->lower &&
           w->stop - w->start >= 2;
}

/* A place particle in any case: "DAR ES SALAAM", "RIO DE JANEIRO". */
static int particle_ieq(const char *t, const scm_word *w) {
    int k;
    for (k = 0; place_particles[k]; k++)
        if (scm_word_ieq(t, w, place_particles[k])) return 1;
    return 0;
}

/* The first place after `from` (within 4 KB) where name[0..n) stands in
 * mixed case as whole words, case aside; NULL when the text never spells
 * it otherwise than in capitals. */
static const char *spelled_later(const char *t, size_t from, size_t len,
                                 const char *name, size_t n) {
    size_t end = len - from > 4096 ? from + 4096 : len, i, j;
    for (i = from; i + n <= end; i++) {
        const unsigned char *s = (const unsigned char *)t + i;
        int lower = 0;
        if (scm_ascii_lower(s[0]) != scm_ascii_lower((unsigned char)name[0]))
            continue;
        if (i > 0 && scm_ascii_is_alnum((unsigned char)t[i - 1])) continue;
        if (i + n < len && scm_ascii_is_alnum((unsigned char)t[i + n]))
            continue;
        for (j = 0; j < n && scm_ascii_lower(s[j]) ==
                                 scm_ascii_lower((unsigned char)name[j]);
             j++)
            lower |= scm_ascii_is_lower(s[j]);
        if (j == n && lower) return (const char *)s;
    }
    return NULL;
}

/* "PUTRAJAYA" / "12 March 3891" closing a ministry's release: a short
 * paragraph of capitalised words right before one that is a date alone,
 * among the document's last five.  The place as the text spells it
 * elsewhere ("Putrajaya"), else as written (session 17). */
static int place_from_closing(scm_doc *doc, scm_extract *x) {
    const char *t = doc->text.text;
    size_t np = doc->text.paragraphs.len, i;
    for (i = np > 5 ? np - 5 : 0; i + 1 < np; i++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[i],
                            *q = &doc->text.paragraphs.items[i + 1];
        size_t n = p->span.stop - p->span.start, k;
        const char *s = t + p->span.start, *spelled;
        scm_date d;
        int ok = p->kind == SCM_PARA_BODY && q->kind == SCM_PARA_BODY && i > 0 &&
                 n >= 3 && n <= 40 && scm_ascii_is_upper((unsigned char)s[0]);
        for (k = 0; k < n && ok; k++)
            ok = !scm_ascii_is_digit((unsigned char)s[k]) && s[k] != '.' && s[k] != ':';
        if (!ok) continue;
        if (!scm_date_find(t, q->span.stop, q->span.start, 0, &d) ||
            d.span.start != q->span.start || d.span.stop + 1 < q->span.stop)
            continue;
        spelled = spelled_later(t, 0, doc->text.len, s, n);
        x->header.place = scm_xstrndup(spelled ? spelled : s, n);
        return x->header.place ? 0 : -1;
    }
    return 0;
}

/* The place that opens p after its first `ol` bytes, as a closing formula
 * writes it: then a comma, "on", "this", a full stop or the end ("Done at
 * Jakarta, this …", "Done at Windhoek, Republic of Namibia, on …").  1
 * with the place set, 0 for none, -1 on memory. */
static int place_after_formula(header_ctx *c, const char *t, const scm_paragraph *p, size_t ol,
                               scm_extract *x) {
    size_t last;
    const scm_word *w;
    c->words.len = 0;
    if (scm_words_scan(c->wc, t, p->span.start + ol,
                       p->span.stop - p->span.start - ol > 80 ? p->span.start + ol + 80
                                                              : p->span.stop,
                       &c->words) != 0)
        return -1;
    w = c->words.items;
    if (!c->words.len || !place_word(t, &w[0])) return 0;
    last = place_end(t, w, 0, c->words.len);
    last = place_region(c, t, w, last, c->words.len);
    if (last + 1 < c->words.len && !scm_word_punct(&w[last + 1], ',') &&
        !scm_word_is(t, &w[last + 1], "on") && !scm_word_is(t, &w[last + 1], "this") &&
        !scm_word_punct(&w[last + 1], '.'))
        return 0;
    return set_place_from(x, t, w, 0, last) != 0 ? -1 : 1;
}

/* "Done at Jakarta, this 3rd day of May 2023", "Issued at Canberra on 3
 * May 2023", "Signed in Lisbon on …": a closing formula in the last
 * paragraphs names where the text was made (session 18); so does "This
 * Joint Communiqué was signed in New Delhi on …" (session 33).  0 or -1. */
static int place_from_signature(header_ctx *c, scm_doc *doc, scm_extract *x) {
    static const char *const opens[] = {"Done at ", "Done in ", "Issued at ",
                                        "Issued in ", "Signed at ",
                                        "Signed in ", "Adopted at ",
                                        "Adopted in ", NULL};
    const char *t = doc->text.text;
    size_t np = doc->text.paragraphs.len, i;
    for (i = scm_closing_from(&doc->text, 4); i < np; i++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[i];
        size_t n = p->span.stop - p->span.start, ol = 0;
        int r;
        for (size_t o = 0; opens[o] && !ol; o++)
            if (n > strlen(opens[o]) && memcmp(t + p->span.start, opens[o], strlen(opens[o])) == 0)
                ol = strlen(opens[o]);
        if (!ol) ol = scm_signed_clause(t + p->span.start, n);
        if (ol && (r = place_after_formula(c, t, p, ol, x)) != 0) return r < 0 ? -1 : 0;
    }
    return 0;
}

/* "Port of Spain, 14 March 2031" closing the text: a short paragraph
 * among the last four that is a place, a comma and a day's date, and
 * nothing else (a signing line without "Done at"; session 33).  0 or -1. */
static int place_from_closing_date(header_ctx *c, scm_doc *doc, scm_extract *x) {
    const char *t = doc->text.text;
    size_t np = doc->text.paragraphs.len, i;
    for (i = scm_closing_from(&doc->text, 4); i < np; i++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[i];
        size_t k, last;
        const scm_word *w;
        scm_date d;
        if (i == 0 || p->span.stop - p->span.start > 80 ||
            !scm_date_find(t, p->span.stop, p->span.start, 0, &d) ||
            d.precision != SCM_DATE_DAY || d.span.start <= p->span.start ||
            d.span.stop + 1 < p->span.stop)
            continue;
        c->words.len = 0;
        if (scm_words_scan(c->wc, t, p->span.start, d.span.start, &c->words) != 0) return -1;
        w = c->words.items;
        if (c->words.len < 2 || c->words.len > 8 || !place_word(t, &w[0]) ||
            !scm_word_punct(&w[c->words.len - 1], ','))
            continue;
        last = place_end(t, w, 0, c->words.len);
        last = place_region(c, t, w, last, c->words.len);
        for (k = 0; k <= last && (place_word(t, &w[k]) || place_particle(t, &w[k]) ||
                                  scm_word_is(t, &w[k], "of") || scm_word_is(t, &w[k], "the") ||
                                  scm_word_punct(&w[k], ','));
             k++)
            ;
        if (k <= last || last + 2 != c->words.len) continue;
        return set_place_from(x, t, w, 0, last);
    }
    return 0;
}

/* "SUVA, FIJI (9 August 2104) – The 5th ...": a dateline in capitals
 * opening the first body paragraph.  The place in the usual case
 * ("Suva, Fiji"; "PORT OF SPAIN" -> "Port of Spain"). */
static int place_from_dateline(header_ctx *c, scm_doc *doc, scm_extract *x) {
    const char *t = doc->text.text;
    size_t i, k, nw, last = 0;
    const scm_word *w;
    scm_date d;
    for (i = 0; i < doc->text.paragraphs.len; i++)
        if (doc->text.paragraphs.items[i].kind == SCM_PARA_BODY) break;
    if (i == doc->text.paragraphs.len) return 0;
    {
        const scm_paragraph *p = &doc->text.paragraphs.items[i];
        size_t from = p->span.start + p->label;
        size_t to = p->span.stop - from > 120 ? from + 120 : p->span.stop;
        c->words.len = 0;
        if (scm_words_scan(c->wc, t, from, to, &c->words) != 0) return -1;
    }
    w = c->words.items;
    nw = c->words.len;
    for (k = 0; k < nw && k < 8; k++) {
        if (caps_word(t, &w[k]) && !month_word(t, &w[k])) {
            last = k + 1;
            continue;
        }
        /* a particle of one letter inside: "SLAVKOV U BRNA" */
        if (last && last == k && k + 1 < nw && w[k].kind == SCM_W_WORD &&
            w[k].stop - w[k].start == 1 && w[k].cap && caps_word(t, &w[k + 1]))
            continue;
        if (scm_word_punct(&w[k], ',') && last == k) continue;
        break;
    }
    if (!last || k >= nw) return 0;
    if (scm_word_punct(&w[k], '(') && k + 1 < nw) k++;
    {
        /* "YOKOTA AIR BASE, Japan -- Lt. Gen. …": a news dateline, its
         * country in the usual case, a dash and no date (the date stands
         * in the header) */
        size_t q = k, cs = 0, ce = 0;
        if (last >= 1 && scm_word_punct(&w[last], ',') && last + 1 < nw &&
            w[last + 1].kind == SCM_W_WORD && w[last + 1].cap &&
            !caps_word(t, &w[last + 1])) {
            cs = last + 1;
            for (q = cs; q < nw && q < cs + 3 && w[q].kind == SCM_W_WORD &&
                         w[q].cap && !caps_word(t, &w[q]);
                 q++)
                ;
            ce = q;
        }
        if (cs && ce < nw && scm_word_punct(&w[ce], '-') &&
            w[ce].start > w[ce - 1].stop) {
            last = ce; /* the country joins the place as written */
            goto dateline_place;
        }
        /* ... or with the date after a comma: "LIVINGSTONE, Zambia, 21
         * November 3095 – The Ninth …" (session 13) */
        if (cs && ce + 1 < nw && scm_word_punct(&w[ce], ',')) {
            /* (a weekday may stand first: "KINGSTON, Jamaica, Wednesday,
             * March 3, 3509 –"; session 15) */
            size_t ds = ce + 1;
            if (ds + 2 < nw && scm_word_in(t, &w[ds], weekdays) &&
                scm_word_punct(&w[ds + 1], ','))
                ds += 2;
            if (scm_date_find(t, w[ds].start + 40 < doc->text.len
                                     ? w[ds].start + 40
                                     : doc->text.len,
                              w[ds].start, 0, &d) &&
                d.span.start == w[ds].start && d.precision == SCM_DATE_DAY) {
                last = ce;
                goto dateline_place;
            }
        }
    }
    /* "WASHINGTON, D.C. – Today, Secretary …": a place in capitals, a
     * spaced dash and the body, no date (session 18) */
    if (k + 1 < nw && k > 0 && dash_word(t, &w[k]) && w[k].start > w[k - 1].stop &&
        w[k + 1].kind == SCM_W_WORD && w[k + 1].cap) {
        size_t q;
        int places = 1;
        for (q = 0; q < last && places; q++)
            if (!scm_word_punct(&w[q], ',') &&
                (!place_word(t, &w[q]) || not_place_ci(t, &w[q])))
                places = 0;
        if (places) goto dateline_place;
    }
    if (!scm_date_find(t, w[k].start + 40 < doc->text.len ? w[k].start + 40
                                                         : doc->text.len,
                       w[k].start, 0, &d) ||
        d.span.start != w[k].start)
        return 0;
dateline_place:
    {
        scm_buf b = {0};
        size_t q;
        for (q = 0; q < last; q++) {
            size_t s0 = w[q].start, n0 = w[q].stop - s0, m;
            if (scm_word_punct(&w[q], ',')) {
                if (scm_buf_putc(&b, ',') != 0) goto oom;
                continue;
            }
            if (b.len && scm_buf_putc(&b, ' ') != 0) goto oom;
            if (scm_word_ieq(t, &w[q], "of") || scm_word_ieq(t, &w[q], "the") ||
                scm_word_ieq(t, &w[q], "and") ||
                (q > 0 && (particle_ieq(t, &w[q]) || n0 == 1))) {
                for (m = 0; m < n0; m++)
                    if (scm_buf_putc(&b, (char)(t[s0 + m] | 0x20)) != 0)
                        goto oom;
                continue;
            }
            if (scm_buf_putc(&b, t[s0]) != 0) goto oom;
            for (m = 1; m < n0; m++) {
                unsigned char ch = (unsigned char)t[s0 + m];
                /* a capital opens each part: "Bobo-Dioulasso",
                 * "N’Djamena" (after a one-letter elision) */
                int opens = t[s0 + m - 1] == '-' ||
                            /* "D.C.": initials stay capitals */
                            t[s0 + m - 1] == '.' ||
                            (m == 2 && t[s0 + 1] == '\'') ||
                            (m == 4 && (unsigned char)t[s0 + 1] == 0xE2 &&
                             (unsigned char)t[s0 + 3] == 0x99);
                if (!opens && ch >= 'A' && ch <= 'Z') ch = (unsigned char)(ch + 32);
                /* "SAN JOSÉ": Latin-1 capitals too (U+00C0-U+00DE but
                 * the multiplication sign) */
                if (!opens && m >= 1 && (unsigned char)t[s0 + m - 1] == 0xC3 &&
                    ch >= 0x80 && ch <= 0x9E && ch != 0x97)
                    ch = (unsigned char)(ch + 0x20);
                if (scm_buf_putc(&b, (char)ch) != 0) goto oom;
            }
        }
        {
            /* the text's own spelling where it names the place again:
             * "DAR ES SALAAM" -> "Dar es Salaam", "MCLEAN" -> "McLean" */
            const char *own = spelled_later(t, w[last - 1].stop,
                                            doc->text.len, b.items, b.len);
            x->header.place = scm_xstrndup(own ? own : b.items, b.len);
        }
        free(b.items);
        return x->header.place ? 0 : -1;
    oom:
        free(b.items);
        return -1;
    }
}

/* "Amman — Deputy Prime Minister …": a release's dateline of one to
 * three words in the usual case ("Port Moresby", "Amman, Jordan") and a
 * spaced dash opening the body, the date standing alone in the header
 * above it.  The place as written. */
static int place_before_dash(header_ctx *c, scm_doc *doc, scm_extract *x) {
    const char *t = doc->text.text;
    size_t i, k, nw, words = 0;
    const scm_word *w;
    const scm_paragraph *p;
    scm_date d;
    int header_date;
    if (doc->date.precision != SCM_DATE_DAY) return 0;
    for (i = 0; i < doc->text.paragraphs.len; i++)
        if (doc->text.paragraphs.items[i].kind == SCM_PARA_BODY) break;
    if (i == doc->text.paragraphs.len) return 0;
    p = &doc->text.paragraphs.items[i];
    header_date = doc->date.span.stop <= p->span.start;
    c->words.len = 0;
    if (scm_words_scan(c->wc, t, p->span.start + p->label,
                       p->span.stop - p->span.start > 80 ? p->span.start + 80
                                                         : p->span.stop,
                       &c->words) != 0)
        return -1;
    w = c->words.items;
    nw = c->words.len;
    for (k = 0; k < nw && words < 5; k++) {
        if (place_word(t, &w[k]) && w[k].lower && !scm_word_in(t, &w[k], weekdays)) {
            words++;
            continue;
        }
        if (scm_word_punct(&w[k], ',') && k > 0 && k + 1 < nw &&
            w[k - 1].kind == SCM_W_WORD)
            continue;
        break;
    }
    /* "Islamabad, 11 March 3025: At the invitation of …": the place, a
     * comma, the full date, then a colon or a dash */
    /* (session 18: a weekday before the date, "Brussels, Wednesday 18
     * February 4093. The President …") */
    size_t dk = k;
    if (words && k < nw && scm_word_in(t, &w[k], weekdays)) {
        dk = k + 1;
        if (dk < nw && scm_word_punct(&w[dk], ',')) dk++;
    }
    if (words && words <= 4 && k >= 2 && dk < nw && scm_word_punct(&w[k - 1], ',') &&
        scm_date_find(t, p->span.stop, w[dk].start, 0, &d) &&
        d.span.start == w[dk].start && d.precision == SCM_DATE_DAY) {
        size_t e = dk;
        while (e < nw && w[e].start < d.span.stop) e++;
        /* … or a full stop and a dash glued to it: "Lima, 18 August
         * 3145.– We, …" (session 13) */
        if (e + 1 < nw && scm_word_punct(&w[e], '.') && scm_word_punct(&w[e + 1], '-') &&
            w[e + 1].start == w[e].stop)
            e++;
        /* … or the issuer's short form before the dash: "Addis Ababa,
         * May 16, 4095 (MoFA) – Foreign Minister …" (session 18) */
        if (e + 3 < nw && scm_word_punct(&w[e], '(') && scm_word_punct(&w[e + 2], ')') &&
            w[e + 1].kind == SCM_W_WORD && w[e + 1].cap)
            e += 3;
        if (e < nw && (scm_word_punct(&w[e], ':') || scm_word_punct(&w[e], '-') ||
                       /* … or a full stop and the body's first sentence */
                       (scm_word_punct(&w[e], '.') && e + 1 < nw &&
                        w[e + 1].kind == SCM_W_WORD && w[e + 1].cap &&
                        dk > k))) {
            x->header.place =
                scm_xstrndup(t + w[0].start, w[k - 2].stop - w[0].start);
            return x->header.place ? 0 : -1;
        }
        return 0;
    }
    if (!header_date || i == 0) return 0; /* "Place —" under the header's date */
    if (!words || words > 4 || k + 1 >= nw || !scm_word_punct(&w[k], '-') ||
        w[k].start == w[k - 1].stop || w[k + 1].kind != SCM_W_WORD ||
        !w[k + 1].cap)
        return 0;
    x->header.place = scm_xstrndup(t + w[0].start, w[k - 1].stop - w[0].start);
    return x->header.place ? 0 : -1;
}

/* The words of sentence s into c->words: 0, or -1 (memory). */
static int sentence_words(header_ctx *c, const scm_doc *doc, size_t s) {
    const scm_sentence *sen = &doc->sentences.items[s];
    c->words.len = 0;
    return scm_words_scan(c->wc, doc->text.text, sen->span.start,
                          sen->span.stop, &c->words);
}

/* "JOKKMOKK, 19 May 2108 – The … Meeting was held in Jokkmokk, Sweden,
 * on …": the first sentences name the dateline's place with its region;
 * the fuller name is the place.  0 or -1 (memory). */
static int place_region_later(header_ctx *c, scm_doc *doc, scm_extract *x) {
    const char *t = doc->text.text, *place = x->header.place;
    size_t s, pn = strlen(place);
    if (strchr(place, ',')) return 0; /* a region already */
    for (s = 0; s < doc->sentences.len && s < 2; s++) {
        const scm_sentence *sen = &doc->sentences.items[s];
        const scm_word *w;
        size_t i, nw;
        if (sentence_words(c, doc, s) != 0) return -1;
        w = c->words.items;
        nw = c->words.len;
        for (i = 0; i + 2 < nw; i++) {
            size_t last, r;
            char *full;
            if (!scm_word_is(t, &w[i], "in") ||
                w[i + 1].start + pn > sen->span.stop ||
                memcmp(t + w[i + 1].start, place, pn) != 0)
                continue;
            for (last = i + 1; last + 1 < nw && w[last].stop <
                                                   w[i + 1].start + pn;
                 last++)
                ;
            if (w[last].stop != w[i + 1].start + pn) continue;
            r = place_region(c, t, w, last, nw);
            if (r == last) continue;
            full = scm_xstrndup(t + w[i + 1].start, w[r].stop - w[i + 1].start);
            if (!full) return -1;
            free(x->header.place);
            x->header.place = full;
            return 0;
        }
    }
    return 0;
}

/* "met at the White House in Washington": a place verb and "at" + a
 * capitalised venue before the "in" at word i; or "held a … Meeting at
 * the Iikura Guest House in Tokyo": the meeting named between them. */
static int met_at_before(const char *t, const scm_word *w, size_t i) {
    size_t k = i, m;
    while (k > 0 && i - k < 6 && w[k - 1].kind == SCM_W_WORD && w[k - 1].cap)
        k--;
    if (k == i || k < 2) return 0;
    if (scm_word_is(t, &w[k - 1], "the")) k--;
    /* "welcomed Prime Minister X to the White House in Washington"
     * (session 13) */
    if (k >= 2 && scm_word_is(t, &w[k - 1], "to")) {
        for (m = k - 1; m > 0 && k - m < 14; m--)
            if (scm_word_is(t, &w[m - 1], "welcomed") ||
                scm_word_is(t, &w[m - 1], "welcomes"))
                return 1;
        return 0;
    }
    if (k < 2 || !scm_word_is(t, &w[k - 1], "at")) return 0;
    if (scm_word_in(t, &w[k - 2], scm_place_verbs)) return 1;
    if (!scm_word_in(t, &w[k - 2], scm_meeting_heads)) return 0;
    for (m = k - 2; m > 0 && k - m < 10; m--)
        if (scm_word_is(t, &w[m - 1], "held") &&
            (scm_word_is(t, &w[m], "a") || scm_word_is(t, &w[m], "the")))
            return 1;
    return 0;
}

static long party_at(header_ctx *c, const char *t, const scm_word *w,
                     size_t i, size_t n, scm_strvec *out);

/* Word j opens a party's name or a compound of parties ("U.S.-ROK"). */
static int is_party_here(header_ctx *c, const char *t, const scm_word *w,
                         size_t j, size_t n) {
    return party_at(c, t, w, j, n, NULL) != 0;
}

/* "met", "meets" or "hosted" before word i. */
static int met_before(const char *t, const scm_word *w, size_t i) {
    size_t k;
    for (k = 0; k < i; k++)
        if (scm_word_is(t, &w[k], "met") || scm_word_is(t, &w[k], "meets") ||
            scm_word_is(t, &w[k], "hosted") || scm_word_is(t, &w[k], "hosts") ||
            /* "convened the fourth … Dialogue (CETD) in Seoul", "held
             * official talks … at the Ministry's headquarters in
             * Manama" (session 13) */
            scm_word_is(t, &w[k], "convened") ||
            (scm_word_is(t, &w[k], "talks") && k > 0 &&
             (scm_word_is(t, &w[k - 1], "held") ||
              (k > 1 && scm_word_is(t, &w[k - 2], "held")))))
            return 1;
    return 0;
}

/* "paid" or "made" (a State Visit). */
static int visit_verb(const char *t, const scm_word *w) {
    return scm_word_is(t, w, "paid") || scm_word_is(t, w, "made") ||
           scm_word_is(t, w, "pays") || scm_word_is(t, w, "makes");
}

/* Word i ("to" or "at", or "the" after it) ends "welcomed [a title and a name] to PLACE" or
 * "hosted [a title and a name] at PLACE": a place word, no party, then a
 * word that ends the place ("today", "for", "on", a comma or the
 * sentence's end). */
static int welcomed_to(header_ctx *c, const char *t, const scm_word *w,
                       size_t i, size_t n) {
    size_t k, last;
    int welcomed = 0,
        at = scm_word_is(t, &w[i], "at") ||
             (i > 0 && scm_word_is(t, &w[i], "the") &&
              scm_word_is(t, &w[i - 1], "at"));
    for (k = 0; k < i && !welcomed; k++)
        welcomed = at ? scm_word_is(t, &w[k], "hosted") ||
                            scm_word_is(t, &w[k], "hosts") ||
                            /* "met at the White House to chart …"
                             * (session 13) */
                            (scm_word_is(t, &w[k], "met") && k + 3 >= i)
                      : scm_word_is(t, &w[k], "welcomed") ||
                            scm_word_is(t, &w[k], "welcomes") ||
                            /* "paid a State Visit to Panama City from
                             * June 10 to 12" (session 13) */
                            (k + 1 == i && scm_word_ieq(t, &w[k], "visit") &&
                             ((k >= 2 && visit_verb(t, &w[k - 2])) ||
                              (k >= 3 && visit_verb(t, &w[k - 3]))));
    if (!welcomed || i + 1 >= n || !place_word(t, &w[i + 1]) ||
        (is_party_here(c, t, w, i + 1, n) &&
         /* "Panama City", "Kuwait City": a capital, not the state */
         !(i + 2 < n && scm_word_is(t, &w[i + 2], "City"))))
        return 0;
    last = place_end(t, w, i + 1, n);
    return last + 1 >= n || scm_word_is(t, &w[last + 1], "today") ||
           scm_word_is(t, &w[last + 1], "for") ||
           scm_word_is(t, &w[last + 1], "from") ||
           /* "met at the White House to chart …" */
           (scm_word_is(t, &w[last + 1], "to") && last + 2 < n &&
            !w[last + 2].cap) ||
           scm_word_is(t, &w[last + 1], "on") ||
           scm_word_punct(&w[last + 1], ',') ||
           scm_word_punct(&w[last + 1], '.');
}

/* "… to the White House for the first official visit of a Solomon
 * Islands head of government to Washington": after a building, a
 * "visit" and, within twelve words, "to" + a place that is no party give
 * the city the building stands in.  Its first word, or 0 (session 14). */
static size_t visit_city(header_ctx *c, const char *t, const scm_word *w,
                         size_t from, size_t n) {
    size_t k, v;
    for (v = from; v < n && v < from + 6; v++)
        if (scm_word_ieq(t, &w[v], "visit")) break;
    if (v >= n || v >= from + 6) return 0;
    for (k = v + 1; k + 1 < n && k < v + 12; k++) {
        if (scm_word_punct(&w[k], '.') || scm_word_punct(&w[k], ';')) return 0;
        if (scm_word_is(t, &w[k], "to") && place_word(t, &w[k + 1]) &&
            !is_party_here(c, t, w, k + 1, n))
            return k + 1;
    }
    return 0;
}

/* A title naming a call: "Readout of … Call with …", "Phone Call". */
static int call_title(const char *title) {
    static const char *const marks[] = {"call with", "phone call",
                                        "telephone", "video call",
                                        "videoconference", NULL};
    size_t k, n = title ? strlen(title) : 0;
    for (k = 0; n && marks[k]; k++)
        if (scm_ifind(title, n, marks[k])) return 1;
    return 0;
}

/* "spoke today with …", "by telephone", "held a videoconference": the
 * first sentence reports a call. */
static int call_sentence(const char *t, const scm_word *w, size_t nw) {
    size_t i;
    for (i = 0; i < nw; i++) {
        if (scm_word_is(t, &w[i], "telephone") ||
            scm_word_is(t, &w[i], "phone") ||
            scm_word_is(t, &w[i], "videoconference"))
            return 1;
        if (scm_word_is(t, &w[i], "spoke") &&
            ((i + 1 < nw && scm_word_is(t, &w[i + 1], "with")) ||
             (i + 2 < nw && scm_word_is(t, &w[i + 2], "with"))))
            return 1;
    }
    return 0;
}

/* "was held in Washington D.C. on ...", "met in Washington to ...",
 * "held the ... Meeting in Honolulu, Hawaii on March 14, 2036".  A call
 * has no place: "in India" there is where something else happened. */
static int place_from_sentence(header_ctx *c, scm_doc *doc, scm_extract *x) {
    const char *t = doc->text.text;
    size_t s;
    if (call_title(doc->title) ||
        call_title(scm_text_meta(&doc->text, "title")))
        return 0;
    /* the first two sentences; then four more for "held … talks in
     * PLACE" or "met in PLACE" right before the place (a state visit
     * whose first sentences name only the host state; session 13) */
    for (s = 0; s < doc->sentences.len && s < 6 && !x->header.place; s++) {
        const scm_word *w;
        size_t i, nw;
        if (sentence_words(c, doc, s) != 0) return -1;
        w = c->words.items;
        nw = c->words.len;
        if (s == 0 && call_sentence(t, w, nw)) return 0;
        for (i = 0; i + 1 < nw; i++) {
            size_t j, last;
            int opening;
            if ((scm_word_is(t, &w[i], "to") || scm_word_is(t, &w[i], "at")) &&
                welcomed_to(c, t, w, i, nw)) {
                /* "welcomed President Seo … to Washington today for a
                 * State Visit": the host's city */
                last = place_end(t, w, i + 1, nw);
                return set_place_from(x, t, w, i + 1, last);
            }
            if ((scm_word_is(t, &w[i], "to") || scm_word_is(t, &w[i], "at")) &&
                i + 2 < nw && scm_word_is(t, &w[i + 1], "the") &&
                welcomed_to(c, t, w, i + 1, nw) &&
                place_end(t, w, i + 2, nw) <= i + 3)
            {
                /* "welcomed Minister Takanashi to the Pentagon today",
                 * "hosted Minister Bae at the Pentagon today", "met at
                 * the White House to …": a building of one or two words,
                 * or the city the sentence says the visit was to */
                size_t b = place_end(t, w, i + 2, nw),
                       city = visit_city(c, t, w, b + 1, nw);
                return city ? set_place_from(x, t, w, city,
                                             place_end(t, w, city, nw))
                            : set_place_from(x, t, w, i + 2, b);
            }
            /* ("In Lima, the …", "In the city of Asunción, …, on 13
             * September": the sentence's opening word; session 25) */
            opening = scm_word_is(t, &w[i], "In") &&
                      (i == 0 || (i == 1 && scm_word_ieq(t, &w[0], "today")));
            if (!scm_word_is(t, &w[i], "in") && !opening) continue;
            j = i + 1;
            /* "was held in the city of Cholpon-Ata, Kyrgyz Republic" */
            if (j + 3 < nw && scm_word_ieq(t, &w[j], "the") &&
                (scm_word_is(t, &w[j + 1], "city") ||
                 scm_word_is(t, &w[j + 1], "town")) &&
                scm_word_is(t, &w[j + 2], "of"))
                j += 3;
            if (!place_word(t, &w[j])) continue;
            if (s >= 2 && !opening &&
                !(i > 0 && (scm_word_in(t, &w[i - 1], scm_place_verbs) ||
                            scm_word_is(t, &w[i - 1], "talks"))))
                continue;
            if (s >= 2 && is_party_here(c, t, w, j, nw)) continue;
            last = place_end(t, w, j, nw);
            last = place_region(c, t, w, last, nw);
            if (!(i > 0 && (scm_word_in(t, &w[i - 1], scm_place_verbs) ||
                            scm_word_is(t, &w[i - 1], "talks"))) &&
                /* "took place in Bishkek on 2–3 June" */
                !(i > 1 && scm_word_is(t, &w[i - 1], "place") &&
                  scm_word_is(t, &w[i - 2], "took")) &&
                !place_then_date(t, w, last, nw) &&
                !met_at_before(t, w, i) &&
                /* "met today with President Jang … in New York on the
                 * margins of …": "met" earlier in the sentence */
                !(met_before(t, w, i) && !is_party_here(c, t, w, j, nw)) &&
                /* "Today in Bangkok, ...", "In Lima, the ..." */
                !((i == 0 || (i == 1 && scm_word_ieq(t, &w[0], "today"))) &&
                  last + 1 < nw && scm_word_punct(&w[last + 1], ',')) &&
                /* "On 22 August 2067, in Montevideo, through the good
                 * offices of …": the opening date's place (session 35) */
                !(i > 1 && i < 8 && scm_word_is(t, &w[0], "On") && scm_word_punct(&w[i - 1], ',') &&
                  last + 1 < nw && scm_word_punct(&w[last + 1], ',')) &&
                /* "… signed in New York the following Joint Communiqué"
                 * (not "the Agreement signed in Bratislava on 5 March") */
                !(i > 0 && scm_word_is(t, &w[i - 1], "signed") && last + 2 < nw &&
                  ((scm_word_is(t, &w[last + 1], "the") && scm_word_is(t, &w[last + 2], "following")) ||
                   scm_word_is(t, &w[last + 1], "this") || scm_word_is(t, &w[last + 1], "today"))))
                continue;
            return set_place_from(x, t, w, j, last);
        }
    }
    return 0;
}

/* ---- meeting ---- */

static int name_word(const char *t, const scm_word *w) {
    static const char *const joiners[] = {"of", "and", "on", "for", NULL};
    return (w->kind == SCM_W_WORD && w->cap) || scm_word_in(t, w, joiners);
}

static int add_party(scm_strvec *v, const char *cls) {
    size_t i;
    char *p;
    if (!cls) return 0;
    for (i = 0; i < v->len; i++)
        if (strcmp(v->items[i], cls) == 0) return 0;
    if (!(p = scm_xstrndup(cls, strlen(cls)))) return -1;
    if (SCM_VEC_PUSH(v, p) != 0) {
        free(p);
        return -1;
    }
    return 0;
}

/* Parties named by word i: a party phrase, or a hyphenated compound of
 * parties ("U.S.-ROK").  Returns the words used (0: none), -1 memory. */
static long party_at(header_ctx *c, const char *t, const scm_word *w,
                     size_t i, size_t n, scm_strvec *out) {
    long k;
    const char *cls;
    int r = is_party_word(c, t, w, i, n, &k, &cls);
    if (r < 0) return -1;
    if (r) {
        if (out && add_party(out, cls ? cls : "") != 0) return -1;
        return k;
    }
    if (w[i].kind == SCM_W_WORD) {
        /* every part must be a party */
        const char *found[8];
        size_t parts = scm_phrase_hyphened(&c->party, t + w[i].start,
                                           w[i].stop - w[i].start, found, 8);
        for (size_t j = 0; out && j < parts; j++)
            if (add_party(out, found[j]) != 0) return -1;
        if (parts) return 1;
    }
    return 0;
}

/* A quotation mark word: '"' or a curly one (“ ” ‘ ’). */
static int quote_word(const char *t, const scm_word *w) {
    const unsigned char *p = (const unsigned char *)t + w->start;
    size_t len = w->stop - w->start;
    return (len == 1 && (p[0] == '"' || p[0] == '\'')) ||
           (len == 3 && p[0] == 0xE2 && p[1] == 0x80 && p[2] >= 0x98 &&
            p[2] <= 0x9D);
}

/* "2+2" at words i, i + 1, i + 2 (one digit, "+", one digit, unspaced):
 * a meeting named by its format. */
static int format_at(const scm_word *w, size_t i) {
    return w[i].kind == SCM_W_NUMBER && w[i].stop - w[i].start == 1 &&
           scm_word_punct(&w[i + 1], '+') && w[i + 2].kind == SCM_W_NUMBER &&
           w[i + 2].stop - w[i + 2].start == 1 && w[i].stop == w[i + 1].start &&
           w[i + 1].stop == w[i + 2].start;
}

/* Acronym in "(SCM)" at words i..: its first word's index (*end: the
 * word after its last; *close: the ")"), else 0.  Quotes inside are
 * skipped ("(“2+2”)"). */
static size_t acronym_at(const char *t, const scm_word *w, size_t i,
                         size_t n, size_t *end, size_t *close) {
    size_t a, z, len, k, caps = 0;
    if (i + 2 >= n || !scm_word_punct(&w[i], '(')) return 0;
    a = i + 1;
    if (quote_word(t, &w[a])) a++;
    /* "(2+2)": a meeting named by its format, read as "2", "+", "2" */
    if (a + 2 < n && format_at(w, a))
        z = a + 3;
    else if (a < n && w[a].kind == SCM_W_WORD)
        z = a + 1;
    else
        return 0;
    *end = z;
    if (z < n && quote_word(t, &w[z])) z++;
    if (z >= n || !scm_word_punct(&w[z], ')')) return 0;
    *close = z;
    if (w[a].kind == SCM_W_NUMBER) return a;
    len = w[a].stop - w[a].start;
    if (len < 2 || len > 10) return 0;
    if (len == 3 && t[w[a].start + 1] == '+' && t[w[a].start] >= '0' &&
        t[w[a].start] <= '9' && t[w[a].start + 2] >= '0' &&
        t[w[a].start + 2] <= '9')
        return a;
    for (k = 0; k < len; k++) {
        char ch = t[w[a].start + k];
        if (ch >= 'A' && ch <= 'Z') caps++;
        else if (ch == '.' || ch == '-' || ch == '/') return 0;
    }
    return caps >= 2 ? a : 0;
}

/* Is there an "and" among words [from, to)? */
static int has_and(const char *t, const scm_word *w, size_t from, size_t to) {
    size_t k;
    for (k = from; k < to; k++)
        if (scm_word_is(t, &w[k], "and")) return 1;
    return 0;
}

/* 1 if a party phrase ends at word `end` (exclusive), 0, -1 memory. */
static long party_ending_at(header_ctx *c, const char *t, const scm_word *w,
                            size_t end, size_t n) {
    size_t st = end;
    while (st > 0 && end - st < 4) {
        long pk;
        st--;
        pk = party_at(c, t, w, st, n, NULL);
        if (pk < 0) return -1;
        if (pk > 0 && st + (size_t)pk == end) return 1;
    }
    return 0;
}

typedef struct meeting_found {
    int found, number;
    size_t name_start, name_stop; /* bytes in the region's text */
    size_t acr_start, acr_stop;
    /* "Mekong–Ganga Cooperation (MGC) Ministerial Meeting": the short
     * form inside the name, left out of it, and its span */
    size_t inner_start, inner_stop, paren_start, paren_stop;
    scm_strvec parties;
} meeting_found;

/* Words w[o-1] w[o] w[o+1] are "(ACR)" whose capitals are the initials of
 * the capitalised words right before it, dashes between them skipped
 * ("Mekong–Ganga Cooperation (MGC)"): one past the first of those words
 * (it may be word 0), or 0. */
static size_t initials_before(const char *t, const scm_word *w, size_t o) {
    const scm_word *a = &w[o];
    size_t len = a->stop - a->start, q = o - 1, k;
    if (o < 2 || len < 2 || len > 8 || a->kind != SCM_W_WORD) return 0;
    for (k = 0; k < len; k++)
        if (t[a->start + k] < 'A' || t[a->start + k] > 'Z') return 0;
    for (k = len; k-- > 0;) {
        if (q == 0) return 0;
        q--;
        if (scm_word_punct(&w[q], '-') && q > 0) q--;
        if (w[q].kind != SCM_W_WORD || t[w[q].start] != t[a->start + k])
            return 0;
    }
    return q + 1;
}

/* Look for a meeting in words w[0..n) of text t. */
/* Capitalised words and commas from word i, then "and" + a capitalised
 * word: a comma list inside a name ("on Economic, Trade and Scientific
 * Cooperation"). */
static int list_closes(const char *t, const scm_word *w, size_t i, size_t n) {
    size_t q;
    for (q = i; q + 1 < n && q < i + 8; q++) {
        if (scm_word_is(t, &w[q], "and"))
            return q > i && w[q + 1].kind == SCM_W_WORD && w[q + 1].cap;
        if (!(w[q].kind == SCM_W_WORD && w[q].cap) &&
            !scm_word_punct(&w[q], ','))
            return 0;
    }
    return 0;
}

/* "… Political Consultations between the Ministry of Foreign Affairs of
 * the Kingdom of Thailand and the Ministry of Foreign Affairs of the
 * Republic of Peru was held": the parties a meeting's "between" names,
 * up to the verb or the sentence's end; two at least, else none
 * (session 14).  -1: out of memory. */
static int between_parties(header_ctx *c, const char *t, const scm_word *w,
                           size_t i, size_t n, scm_strvec *out) {
    scm_strvec found = {0};
    size_t k;
    int r = 0;
    if (i >= n || !scm_word_is(t, &w[i], "between")) return 0;
    for (k = i + 1; k < n && k < i + 30; k++) {
        long pk;
        if (scm_word_is(t, &w[k], "was") || scm_word_is(t, &w[k], "were") ||
            scm_word_is(t, &w[k], "took") || scm_word_punct(&w[k], '.') ||
            scm_word_punct(&w[k], ';'))
            break;
        pk = party_at(c, t, w, k, n, &found);
        if (pk < 0) {
            r = -1;
            break;
        }
        if (pk > 0) k += (size_t)pk - 1;
    }
    if (r == 0 && found.len >= 2) {
        size_t q;
        for (q = 0; q < found.len && r == 0; q++)
            r = add_party(out, found.items[q]);
    }
    for (k = 0; k < found.len; k++) free(found.items[k]);
    free(found.items);
    return r;
}

/* "the Twenty-Third Meeting of the Foreign Ministers of the Russia–
 * India–China (RIC) format", "the 5th Meeting of Ministers of Foreign
 * Affairs of Central Asia and Japan": a numbered meeting of the parties'
 * officials, named by its head and the officials, which no body's head
 * closes.  Word h is "Meeting" or "Session", h + 1 "of".  1 with *m
 * filled (name, number, parties, a "(SHORT)" after them), 0, or -1 on
 * memory (session 16). */
static int officials_meeting(header_ctx *c, const char *t, const scm_word *w,
                             size_t n, size_t h, meeting_found *m) {
    static const char *const officials[] = {
        "Ministers", "Leaders", "Chiefs", "Governors", "Commanders",
        "Directors-General", NULL};
    size_t q = h + 2, stop, r, end = 0, close = 0, a;
    int number = 0;
    long pk = 0;
    if (h == 0) return 0;
    number = scm_ordinal_value(t + w[h - 1].start, w[h - 1].stop - w[h - 1].start);
    if (!number && !w[h - 1].lower && w[h - 1].stop - w[h - 1].start >= 2)
        number = scm_roman_value(t + w[h - 1].start,
                                 w[h - 1].stop - w[h - 1].start);
    if (!number) return 0;
    if (q < n && scm_word_ieq(t, &w[q], "the")) q++;
    while (q < n && q - h < 6 && w[q].kind == SCM_W_WORD && w[q].cap &&
           !scm_word_in(t, &w[q], officials))
        q++;
    if (q >= n || !scm_word_in(t, &w[q], officials)) return 0;
    stop = ++q;
    /* "Ministers of Foreign Affairs": the portfolio, no party */
    if (q + 1 < n && scm_word_is(t, &w[q], "of") && w[q + 1].cap &&
        (pk = party_at(c, t, w, q + 1, n, NULL)) == 0) {
        for (q++; q < n && q - stop < 5 &&
                  ((w[q].kind == SCM_W_WORD && w[q].cap) ||
                   scm_word_is(t, &w[q], "and"));
             q++)
            if (w[q].kind == SCM_W_WORD && w[q].cap) stop = q + 1;
        q = stop;
    } else if (pk < 0)
        return -1;
    while (m->parties.len) free(m->parties.items[--m->parties.len]);
    /* the parties: "of the Russian Federation, the Republic of India and
     * the People’s Republic of China", "of the Russia–India–China" */
    if (q + 1 < n && scm_word_is(t, &w[q], "of")) {
        for (r = q + 1; r < n;) {
            if (scm_word_ieq(t, &w[r], "the") && r + 1 < n) r++;
            if ((pk = party_at(c, t, w, r, n, &m->parties)) < 0) return -1;
            if (pk == 0) break;
            r += (size_t)pk;
            stop = r;
            if (r + 1 < n && (scm_word_punct(&w[r], '-') ||
                              scm_word_punct(&w[r], ',') ||
                              scm_word_is(t, &w[r], "and")))
                r++;
            else
                break;
        }
    }
    m->acr_start = m->acr_stop = 0;
    if ((a = acronym_at(t, w, stop, n, &end, &close)) != 0) {
        m->acr_start = w[a].start;
        m->acr_stop = w[end - 1].stop;
    }
    m->found = 1;
    m->number = number;
    m->name_start = w[h].start;
    m->name_stop = w[stop - 1].stop;
    return 1;
}

/* "Heads of State" or "Heads of Government" in the 30 words before i:
 * the holder of the session is a summit's organ. */
static int heads_before(const char *t, const scm_word *w, size_t i) {
    size_t q;
    for (q = i > 30 ? i - 30 : 0; q + 2 < i; q++)
        if (scm_word_is(t, &w[q], "Heads") && scm_word_is(t, &w[q + 1], "of") &&
            (scm_word_is(t, &w[q + 2], "State") ||
             scm_word_is(t, &w[q + 2], "Government")))
            return 1;
    return 0;
}

static int find_meeting(header_ctx *c, const char *t, const scm_word *w,
                        size_t n, int need_held, meeting_found *m) {
    size_t h;
    for (h = 0; h < n; h++) {
        size_t ns, k, after, unknown_party = 0, comp_end = 0, first, name_from;
        int number = 0, held = 0, format = 0;
        m->inner_start = m->inner_stop = m->paren_start = m->paren_stop = 0;
        if (w[h].kind != SCM_W_WORD || !scm_word_in(t, &w[h],
                                                    scm_meeting_heads))
            continue;
        /* a leaders' summit is no meeting of a series (the record of a
         * numbered meeting is: "the 44th SCM") */
        if (scm_word_ieq(t, &w[h], "summit")) continue;
        /* a round is the meeting only of negotiations ("the Seventh Round
         * of Negotiations for a … Agreement"); "the Fifth Round of
         * Political Consultations" is a meeting of its consultations
         * (session 18) */
        if (scm_word_is(t, &w[h], "Round") &&
            !(h + 2 < n && scm_word_is(t, &w[h + 1], "of") &&
              scm_word_ieq(t, &w[h + 2], "negotiations")))
            continue;
        /* "the 106th Pacific Islands Forum Leaders Meeting": a leaders'
         * meeting is a summit too */
        if (h > 0 && scm_word_ieq(t, &w[h], "meeting") &&
            (scm_word_is(t, &w[h - 1], "Leaders") ||
             (h > 1 && w[h - 1].kind == SCM_W_PUNCT &&
              scm_word_is(t, &w[h - 2], "Leaders"))))
            continue;
        /* "the Third Norwegian–Polish Intergovernmental Consultations":
         * the heads of government with their cabinets, a leaders' meeting
         * too (session 18) */
        if (h > 0 && scm_word_ieq(t, &w[h], "consultations") &&
            (scm_word_is(t, &w[h - 1], "Intergovernmental") ||
             scm_word_is(t, &w[h - 1], "Government")))
            continue;
        /* "Gulf Cooperation Council": a head inside a party's name */
        {
            size_t st = h + 1;
            int inside = 0;
            while (st > 0 && h + 1 - st < 4 && !inside) {
                long pk;
                st--;
                pk = party_at(c, t, w, st, n, NULL);
                if (pk < 0) return -1;
                if (pk > 0 && st + (size_t)pk > h) inside = 1;
            }
            if (inside) continue;
        }
        /* "the 7th Meeting of the ... Joint Commission": the body named
         * after "of" is the meeting; its own head comes later */
        if (h + 1 < n && scm_word_is(t, &w[h + 1], "of") &&
            (scm_word_ieq(t, &w[h], "meeting") ||
             scm_word_ieq(t, &w[h], "session"))) {
            int om = officials_meeting(c, t, w, n, h, m);
            size_t q;
            if (om != 0) return om < 0 ? -1 : 0;
            /* … unless no head follows before the body's short form in
             * brackets: "The Thirty-Ninth Annual Meeting of the Board of
             * Governors of the Black Sea Trade and Development Bank
             * (BSTDB) took place": the meeting's own head, its body's
             * complement (session 17) */
            for (q = h + 2; q < n && q < h + 18; q++)
                if ((w[q].kind == SCM_W_PUNCT && w[q].punct != '-' &&
                     w[q].punct != '\'') ||
                    scm_word_in(t, &w[q], scm_meeting_heads))
                    break;
            if (q < n && q < h + 18 && scm_word_in(t, &w[q], scm_meeting_heads))
                continue;
            if (!(q < n && scm_word_punct(&w[q], '('))) continue;
        }
        /* the name: capitalised words back from the head, stopping at a
         * party, a bracket or a dash */
        ns = h;
        for (;;) {
            /* "Defence Ministers’ Meeting": a possessive's apostrophe */
            if (ns > 1 && w[ns - 1].kind == SCM_W_PUNCT &&
                w[ns - 1].punct == '\'' && w[ns - 2].kind == SCM_W_WORD &&
                w[ns - 2].cap && w[ns - 1].start == w[ns - 2].stop)
                ns--;
            /* "Political, Security and Defense Dialogue": a comma list
             * of capitalised words, closed by "and" in the name */
            if (ns > 1 && scm_word_punct(&w[ns - 1], ',') &&
                w[ns - 2].kind == SCM_W_WORD && w[ns - 2].cap &&
                has_and(t, w, ns, h)) {
                long pk2 = party_at(c, t, w, ns - 2, n, NULL);
                if (pk2 < 0) return -1;
                if (pk2 == 0) {
                    ns -= 2;
                    continue;
                }
            }
            /* "Ninth United States – Philippines 2+2 Ministerial
             * Dialogue": the format opens the name and is its series */
            if (ns >= 3 && format_at(w, ns - 3)) {
                ns -= 3;
                format = 1;
                break;
            }
            if (ns >= 4 && scm_word_punct(&w[ns - 1], ')') &&
                scm_word_punct(&w[ns - 3], '(') &&
                (first = initials_before(t, w, ns - 2)) > 0) {
                m->inner_start = w[ns - 2].start;
                m->inner_stop = w[ns - 2].stop;
                m->paren_start = w[ns - 3].start;
                m->paren_stop = w[ns - 1].stop;
                ns = first - 1;
                continue;
            }
            if (!(ns > 0 && name_word(t, &w[ns - 1]))) break;
            /* "The LIV Vice-Ministerial Meeting": the Roman ordinal is
             * no word of the name */
            if (!w[ns - 1].lower && w[ns - 1].stop - w[ns - 1].start >= 2 &&
                scm_roman_value(t + w[ns - 1].start,
                                w[ns - 1].stop - w[ns - 1].start) &&
                (ns == 1 || scm_word_ieq(t, &w[ns - 2], "the")))
                break;
            /* "The Forty-Fourth Ministerial Conference": nor is a
             * capitalised ordinal */
            if (w[ns - 1].cap &&
                scm_ordinal_value(t + w[ns - 1].start, w[ns - 1].stop - w[ns - 1].start) &&
                (ns == 1 || scm_word_ieq(t, &w[ns - 2], "the") ||
                 /* "held its Fifty-Eighth Annual Meeting", not a summit
                  * organ's ("The Conference of Heads of State … held its
                  * Fifteenth Ordinary Session"; session 17) */
                 ((scm_word_is(t, &w[ns - 2], "its") ||
                   scm_word_is(t, &w[ns - 2], "their")) &&
                  !heads_before(t, w, ns - 2))))
                break;
            /* "Australia – Arvonia Alliance …": the word after a dash
             * that follows a party is a party the list does not know */
            if (ns >= 3 && w[ns - 1].cap && scm_word_punct(&w[ns - 2], '-') &&
                party_at(c, t, w, ns - 1, n, NULL) == 0) {
                long pk3 = party_ending_at(c, t, w, ns - 2, n);
                if (pk3 < 0) return -1;
                if (pk3 > 0) {
                    unknown_party = ns - 1;
                    break;
                }
            }
            long pk = party_at(c, t, w, ns - 1, n, NULL);
            if (pk < 0) return -1;
            if (pk > 0 || scm_word_in(t, &w[ns - 1], scm_determiners)) break;
            /* a party of several words ending here: "Norway – Saudi
             * Arabia Strategic Dialogue" */
            pk = party_ending_at(c, t, w, ns, n);
            if (pk < 0) return -1;
            if (pk > 0) break;
            if (month_word(t, &w[ns - 1])) break;
            ns--;
        }
        while (!format && ns < h && !w[ns].cap) ns++; /* no leading "of" */
        /* "the Fifth Round of Political Consultations": the round is the
         * number's, the name is the consultations' (session 14) */
        name_from = ns;
        if (ns + 2 < h && scm_word_is(t, &w[ns], "Round") &&
            scm_word_is(t, &w[ns + 1], "of") && w[ns + 2].cap)
            name_from = ns + 2;
        /* parties and an ordinal before the name */
        k = unknown_party ? unknown_party : ns;
        while (m->parties.len) free(m->parties.items[--m->parties.len]);
        while (k > 0 && h - k < 20) {
            const scm_word *p = &w[k - 1];
            long pk;
            if (p->kind == SCM_W_PUNCT &&
                (p->punct == '-' || p->punct == '(' || p->punct == ')' ||
                 p->punct == '/')) {
                k--;
                continue;
            }
            /* "Senegal – The Gambia": a party's capitalised article */
            if (scm_word_is(t, p, "and") || scm_word_ieq(t, p, "the")) {
                k--;
                continue;
            }
            /* "7th Meeting of the X": back over "Meeting of", and over
             * its kind ("553rd Ordinary Session of the X") */
            if (scm_word_is(t, p, "of") && k >= 2 &&
                (scm_word_ieq(t, &w[k - 2], "meeting") ||
                 scm_word_ieq(t, &w[k - 2], "session"))) {
                k -= 2;
                if (k >= 1 && scm_word_in(t, &w[k - 1], scm_session_kinds)) k--;
                continue;
            }
            /* "United States (AUKUS) Defence …": a short form in brackets */
            if (k >= 2 && k < n && scm_word_punct(&w[k - 2], '(') &&
                scm_word_punct(&w[k], ')')) {
                k--;
                continue;
            }
            /* "met … for the first Strategic Dialogue", "for the first
             * Ministerial Consultation between our two Ministries": the
             * first of its kind in lower case, no meeting of a series
             * ("the First Political Consultation" is; session 18) */
            if (scm_word_is(t, p, "first")) break;
            if ((number = scm_ordinal_value(t + p->start, p->stop - p->start)))
                break;
            /* "The LIV Vice-Ministerial Meeting": a Roman ordinal of two
             * letters or more */
            if (p->stop - p->start >= 2 && !p->lower &&
                (number = scm_roman_value(t + p->start, p->stop - p->start)))
                break;
            /* a party ending at k-1: try starts a few words back */
            {
                /* the longest party phrase ending at word k - 1 */
                size_t st = k, best = k;
                while (st > 0 && k - st < 6) {
                    st--;
                    pk = party_at(c, t, w, st, n, NULL);
                    if (pk < 0) return -1;
                    if (pk > 0 && st + (size_t)pk == k) best = st;
                }
                if (best == k) break;
                k = best;
            }
        }
        /* "the 491st Ordinary Session of the Council of the League of
         * Arab States at the Summit Level": a summit, no meeting record */
        {
            size_t q;
            int summit = 0;
            for (q = h + 1; q + 1 < n && q < h + 16 && !summit; q++) {
                if (scm_word_punct(&w[q], '.')) break;
                summit = scm_word_ieq(t, &w[q], "summit") &&
                         scm_word_ieq(t, &w[q + 1], "level");
            }
            if (summit) continue;
        }
        /* "met on the margins of the 74th Shangri-La Dialogue": the
         * meeting they met beside, not the one the document records */
        {
            size_t b = number && k > 0 ? k - 1 : k;
            if (b > 0 && scm_word_ieq(t, &w[b - 1], "the")) b--;
            if (b >= 2 && scm_word_is(t, &w[b - 1], "of") &&
                (scm_word_is(t, &w[b - 2], "margins") ||
                 scm_word_is(t, &w[b - 2], "margin") ||
                 scm_word_is(t, &w[b - 2], "sidelines") ||
                 /* "met today … ahead of the 822nd AUSMIN, which
                  * Adelaide will host": one to come */
                 scm_word_is(t, &w[b - 2], "ahead")))
                continue;
            if (b >= 2 && scm_word_is(t, &w[b - 1], "for") &&
                scm_word_is(t, &w[b - 2], "preparation"))
                continue; /* "in preparation for the 45th SCM" */
            /* "on the margins of the high-level week of the 1648th
             * session of the United Nations General Assembly": a few
             * words further back (session 16) */
            {
                size_t q;
                int beside = 0;
                for (q = b; q >= 2 && b - q < 10 && !beside; q--) {
                    if (scm_word_punct(&w[q - 1], '.') ||
                        scm_word_punct(&w[q - 1], ';'))
                        break;
                    beside = scm_word_is(t, &w[q - 1], "of") &&
                             (scm_word_is(t, &w[q - 2], "margins") ||
                              scm_word_is(t, &w[q - 2], "margin") ||
                              scm_word_is(t, &w[q - 2], "sidelines"));
                }
                if (beside) continue;
            }
        }
        /* collect parties in reading order */
        {
            size_t j;
            for (j = k; j < ns; j++) {
                long pk;
                if (unknown_party && j == unknown_party) {
                    char buf[64];
                    size_t len = w[j].stop - w[j].start;
                    if (len >= sizeof buf) continue;
                    memcpy(buf, t + w[j].start, len);
                    buf[len] = '\0';
                    if (add_party(&m->parties, buf) != 0) return -1;
                    continue;
                }
                pk = party_at(c, t, w, j, n, &m->parties);
                if (pk < 0) return -1;
                if (pk > 1) j += (size_t)pk - 1;
            }
        }
        after = h + 1;
        if (after < n && scm_word_in(t, &w[after], scm_meeting_heads))
            after++; /* "Group Meeting" */
        /* "Joint Commission on Defence and Security": a complement */
        {
            /* ... "on the Mozambique Channel", "of Cooperation"; not a
             * party ("Commission of Angola and …") */
            size_t q = after, last = 0,
                   cap1 = q + 2 < n && scm_word_is(t, &w[q + 1], "the")
                              ? q + 2
                              : q + 1;
            long pk0 = 0;
            /* (after "Meeting", or "Ministerial Meeting" whose second
             * head was skipped: "Ministerial Meeting on Transnational
             * Crime"; session 17) */
            int at_head = after == h + 1 ||
                          (after == h + 2 &&
                           scm_word_in(t, &w[h + 1], scm_meeting_heads));
            if (at_head && cap1 < n &&
                (pk0 = party_at(c, t, w, cap1, n, NULL)) < 0)
                return -1;
            /* a party's name opening a longer name is no party: "on the
             * Mozambique Channel" */
            if (pk0 > 0 && cap1 + (size_t)pk0 < n &&
                w[cap1 + (size_t)pk0].kind == SCM_W_WORD &&
                w[cap1 + (size_t)pk0].cap)
                pk0 = 0;
            if (at_head && cap1 < n && pk0 == 0 &&
                (scm_word_is(t, &w[q], "on") || scm_word_is(t, &w[q], "for") ||
                 (scm_word_is(t, &w[q], "of") &&
                  (cap1 == q + 1 ||
                   /* "Annual Meeting of the Board of Governors of …": a
                    * meeting of a body (session 17) */
                   scm_word_ieq(t, &w[h], "meeting") ||
                   scm_word_ieq(t, &w[h], "session")))) &&
                w[cap1].kind == SCM_W_WORD && w[cap1].cap &&
                !month_word(t, &w[cap1])) {
                /* up to 16 words: "Council of Ministers of Defence and
                 * Security of the Eastern Africa Standby Force" (session
                 * 16; 12 before) */
                for (q++; q < n && q - h < 16; q++) {
                    long pkq;
                    if (w[q].kind == SCM_W_WORD && w[q].cap &&
                        (pkq = party_at(c, t, w, q, n, NULL)) != 0) {
                        if (pkq < 0) return -1;
                        if (!(q + (size_t)pkq < n &&
                              w[q + (size_t)pkq].kind == SCM_W_WORD &&
                              w[q + (size_t)pkq].cap))
                            break;
                    }
                    if (w[q].kind == SCM_W_WORD && w[q].cap &&
                        !month_word(t, &w[q]))
                        last = q + 1;
                    else if (!scm_word_is(t, &w[q], "and") &&
                             !scm_word_is(t, &w[q], "of") &&
                             !scm_word_is(t, &w[q], "the") &&
                             !(scm_word_punct(&w[q], ',') &&
                               list_closes(t, w, q + 1, n)))
                        break;
                }
                if (last) after = comp_end = last;
            }
        }
        /* "the LXI Conference of Heads of State and Government": a summit,
         * no record of a series */
        {
            size_t q;
            int summit = 0;
            /* … also before the head: "the Twelfth Ordinary Session of the
             * Assembly of Heads of State and Government of the Gulf of
             * Guinea Commission (GGC)" */
            for (q = ns > 16 ? ns - 16 : 0; q + 2 < n && q < after && !summit;
                 q++)
                summit = scm_word_is(t, &w[q], "Heads") &&
                         scm_word_is(t, &w[q + 1], "of") &&
                         (scm_word_is(t, &w[q + 2], "State") ||
                          scm_word_is(t, &w[q + 2], "Government"));
            if (summit) continue;
        }
        m->acr_start = m->acr_stop = 0;
        {
            size_t close = 0, end = 0,
                   a = acronym_at(t, w, after, n, &end, &close);
            if (a) {
                m->acr_start = w[a].start;
                m->acr_stop = w[end - 1].stop;
                after = close + 1;
                /* "Working Group (MCWG) Meeting was held" */
                if (after < n && scm_word_in(t, &w[after], scm_meeting_heads))
                    after++;
            } else if (format) {
                m->acr_start = w[ns].start;
                m->acr_stop = w[ns + 2].stop;
            }
        }
        /* "... Indian Ocean Commission Trilateral Committee": the head
         * is inside a longer name that goes on */
        if (after < n && w[after].kind == SCM_W_WORD && w[after].cap &&
            !month_word(t, &w[after]))
            continue;
        if (after + 1 < n &&
            (scm_word_is(t, &w[after], "was") ||
             scm_word_is(t, &w[after], "were")) &&
            (scm_word_is(t, &w[after + 1], "held") ||
             scm_word_is(t, &w[after + 1], "convened")))
            held = 1;
        if (after < n && (scm_word_is(t, &w[after], "took") ||
                          scm_word_is(t, &w[after], "convened")))
            held = 1;
        if (!number && !held) continue;
        if (need_held && !held && !number) continue;
        /* a symposium is a body too ("the Conclave of Chiefs of the
         * Indian Ocean Naval Symposium (IONS) was held"): a meeting only
         * with its number (session 18) */
        if (!number && scm_word_is(t, &w[h], "Symposium")) continue;
        if (ns >= h + 1 || !(w[ns].cap || format)) continue;
        m->found = 1;
        m->number = number;
        m->name_start = w[name_from].start;
        m->name_stop = w[h].stop;
        if (comp_end)
            /* the complement ends the name (before any "(SHORT)") */
            m->name_stop = w[comp_end - 1].stop;
        else if (after > h + 1 && scm_word_in(t, &w[h + 1], scm_meeting_heads) &&
                 (!m->acr_stop || format || m->acr_start > w[h + 1].stop))
            m->name_stop = w[h + 1].stop; /* "Defence Ministerial Dialogue" */
        if (!m->parties.len &&
            between_parties(c, t, w, comp_end ? comp_end : after, n,
                            &m->parties) != 0)
            return -1;
        return 0;
    }
    return 0;
}

/* Initials of the capitalised words of a name: "SCM". */
static size_t initials(const char *s, size_t n, char *out, size_t cap) {
    size_t i, k = 0;
    int at_start = 1;
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == ' ' || ch == '-') {
            at_start = 1;
            continue;
        }
        if (at_start && ch >= 'A' && ch <= 'Z') {
            if (k + 1 >= cap) return 0;
            out[k++] = (char)ch;
        }
        at_start = 0;
    }
    out[k] = '\0';
    return k;
}

/* Is s[0..n) a word of the text (whole-word match)? */
static int text_has_word(const scm_doc *doc, const char *s, size_t n) {
    const char *t = doc->text.text, *e = t + doc->text.len, *p = t;
    while (n && (p = memchr(p, s[0], (size_t)(e - p))) != NULL) {
        if ((size_t)(e - p) >= n && memcmp(p, s, n) == 0 &&
            (p == t || !isalnum((unsigned char)p[-1])) &&
            (p + n == e || !isalnum((unsigned char)p[n])))
            return 1;
        p++;
    }
    return 0;
}

/* The short form in brackets at a ("(SCM)", "(Tri-CHOD)"): capitals,
 * or a mixed-case form with two ("CoM"); inner hyphens allowed, up to 12
 * bytes (a hyphen makes "Tri-CHOD" longer than a plain form).  Its
 * closing bracket, or NULL. */
static const char *bracketed_short(const char *a, const char *e) {
    const char *q = a;
    int caps = 0;
    while (q < e && q - a < 12 &&
           (isalpha((unsigned char)*q) ||
            (*q == '-' && q > a && q + 1 < e && isalpha((unsigned char)q[1]))))
        caps += isupper((unsigned char)*q++) != 0;
    return q < e && *q == ')' && caps >= 2 && isupper((unsigned char)*a) ? q
                                                                         : NULL;
}

/* "Security Consultative Meeting (SCM)" anywhere in the text; or the
 * form in brackets before the name's head, "Trilateral Chiefs of
 * Defense (Tri-CHOD) Meeting", or after the body a "… Meeting" or "…
 * Session" is of, "Mutual Defense Board (MDB)" (session 17). */
static char *acronym_for(const scm_doc *doc, const char *name, size_t n) {
    const char *t = doc->text.text, *e = t + doc->text.len, *p = t, *q;
    const char *head = NULL;
    size_t hn, tail;
    for (hn = n; hn > 0 && !head; hn--)
        if (name[hn - 1] == ' ') head = name + hn - 1;
    hn = head ? (size_t)(head - name) : 0;
    tail = head ? n - hn - 1 : 0;
    while (n && (p = memchr(p, name[0], (size_t)(e - p))) != NULL) {
        if ((size_t)(e - p) > n + 3 && memcmp(p, name, n) == 0 &&
            p[n] == ' ' && p[n + 1] == '(' &&
            (q = bracketed_short(p + n + 2, e)) != NULL)
            return scm_xstrndup(p + n + 2, (size_t)(q - (p + n + 2)));
        if (hn && (size_t)(e - p) > hn + 3 && memcmp(p, name, hn) == 0 &&
            p[hn] == ' ' && p[hn + 1] == '(' &&
            (q = bracketed_short(p + hn + 2, e)) != NULL &&
            (((size_t)(e - q) > tail + 1 && q[1] == ' ' &&
              memcmp(q + 2, head + 1, tail) == 0 &&
              (q + 2 + tail == e || !isalnum((unsigned char)q[2 + tail]))) ||
             /* "The … Mutual Defense Board (MDB) convened its 68th
              * meeting": the body's short form, the name's head a
              * meeting's (session 17) */
             (tail == 7 && (!memcmp(head + 1, "Meeting", 7) ||
                            !memcmp(head + 1, "Session", 7)))))
            return scm_xstrndup(p + hn + 2, (size_t)(q - (p + hn + 2)));
        p++;
    }
    return NULL;
}

/* The short form of the agreement a negotiating round is "for" or "on"
 * (src after byte `from`: "… of Negotiations for a Japan–Bangladesh
 * Economic Partnership Agreement"), as the text defines it for the whole
 * name or its last words; NULL (errno ENOMEM on memory). */
static char *round_series(const scm_doc *doc, const char *src, size_t from) {
    static const char *const links[] = {" for a ", " for an ", " for the ",
                                        " on a ", " on an ", " on the ",
                                        NULL};
    const char *s = src + from, *a = NULL, *z;
    size_t k;
    errno = 0;
    for (k = 0; links[k] && !a; k++) {
        const char *q = strstr(s, links[k]);
        if (q && q - s < 40) a = q + strlen(links[k]);
    }
    if (!a || !(z = strstr(a, "Agreement")) || z - a > 120) return NULL;
    z += 9;
    /* the whole name, then without its first words */
    while (a < z) {
        char *r = acronym_for(doc, a, (size_t)(z - a));
        if (r) return r;
        if (errno == ENOMEM) return NULL;
        while (a < z && *a != ' ') a++;
        while (a < z && *a == ' ') a++;
    }
    return NULL;
}

/* A short form of a body ("FPDA", "SACU", "G5"): capitals and digits,
 * two capitals at least, no Roman numeral ("XII Session") and no party
 * ("ROK"). */
static int body_short_form(header_ctx *c, const char *s, size_t n) {
    size_t i, caps = 0;
    int roman = 1, hit = 0;
    for (i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 'A' && ch <= 'Z') {
            caps++;
            if (!strchr("IVXLCDM", ch)) roman = 0;
        } else if (!(ch >= '0' && ch <= '9') && !(ch == '-' && i && i + 1 < n))
            return 0;
        else
            roman = 0;
    }
    if (caps < 2 || roman) return 0;
    scm_phrase_lookup(&c->party, s, n, &hit);
    return !hit;
}

/* The series of a numbered meeting the text never abbreviates: the body's
 * short form opening or closing its name ("the 27th FPDA Defence
 * Ministers' Meeting", "the 52nd Council of Ministers of CILSS"); else,
 * for the parties' own numbered meeting, the name itself ("the 41st New
 * Zealand - United States Strategic Dialogue": series "Strategic
 * Dialogue").  A multilateral organ's generic name ("Council of
 * Ministers") is no series without its body.  Sets mt->series when it
 * finds one; -1: out of memory (session 14). */
static int series_from_name(header_ctx *c, scm_meeting *mt) {
    const char *name = mt->name, *sp, *last;
    size_t n = name ? strlen(name) : 0, len = 0;
    if (!n || !mt->number || !(sp = memchr(name, ' ', n))) return 0;
    last = strrchr(name, ' ') + 1;
    if (body_short_form(c, name, (size_t)(sp - name)))
        len = (size_t)(sp - name);
    else if (((last - name >= 4 && !memcmp(last - 4, " of ", 4)) ||
              (last - name >= 8 && !memcmp(last - 8, " of the ", 8))) &&
             body_short_form(c, last, n - (size_t)(last - name))) {
        len = n - (size_t)(last - name);
        name = last;
    }
    else if (mt->parties.len >= 2)
        len = n;
    if (!len) return 0;
    mt->series = scm_xstrndup(name, len);
    return mt->series ? 0 : -1;
}

/* Half the capitals of short form a or more open words of the long form
 * s[0..n) or of the meeting's name before it: "OLADE" of "Latin American
 * Energy Organization" (a short form in another language keeps most
 * letters), "COP" of the "Conference" "of the Parties"; not "GTMO" of the
 * "Western Mediterranean" that closes a longer name. */
static int opens_word(char letter, const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] == letter && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '-'))
            return 1;
    return 0;
}

static int letters_fit(const char *a, const char *s, size_t n, const char *name) {
    size_t caps = 0, fit = 0;
    for (; *a; a++) {
        if (!isupper((unsigned char)*a)) continue;
        caps++;
        fit += opens_word(*a, s, n) || opens_word(*a, name, strlen(name));
    }
    return caps && fit * 2 >= caps;
}

/* "Intergovernmental Commission (IGC) on Economic, Trade and …
 * Cooperation": a meeting's body whose short form stands after the
 * body's own words, before its field (" on ", " for ", " of "), the
 * letters fitting those words (session 24). */
static char *inner_acronym(const scm_doc *doc, const char *name, size_t n) {
    const char *t = doc->text.text, *e = t + doc->text.len, *p, *q;
    for (size_t k = 1; k + 4 < n; k++) {
        if (name[k] != ' ' ||
            !(memcmp(name + k, " on ", 4) == 0 || memcmp(name + k, " for ", 5) == 0 ||
              memcmp(name + k, " of ", 4) == 0))
            continue;
        for (p = t; (p = memchr(p, name[0], (size_t)(e - p))) != NULL; p++) {
            char *acr;
            if ((size_t)(e - p) <= k + 3 || memcmp(p, name, k) != 0 ||
                p[k] != ' ' || p[k + 1] != '(' ||
                (q = bracketed_short(p + k + 2, e)) == NULL ||
                (size_t)(e - q) <= n - k || memcmp(q + 1, name + k, n - k) != 0)
                continue;
            if (!(acr = scm_xstrndup(p + k + 2, (size_t)(q - (p + k + 2))))) return NULL;
            if (letters_fit(acr, name, k, "")) return acr;
            free(acr);
        }
    }
    return NULL;
}

/* The series of a numbered meeting of a body's organ that the text
 * abbreviates as the body, not the meeting: "LIII Meeting of Ministers of
 * the Latin American Energy Organization" and "… Organization (OLADE)"
 * somewhere; "The Ministerial Council of the Joint Authority … (JA-NSAS)
 * held its Twenty-Second Session".  src[from ..) follows the meeting's
 * name; the longest run of words after "of [the]" that the text defines,
 * a body's short form (not a party's: "of the Republic of Korea (ROK)").
 * NULL when none (errno ENOMEM on memory; session 19). */
static char *body_series(header_ctx *c, const scm_doc *doc, const char *name,
                         const char *src, size_t len, size_t from) {
    const char *s = src + from, *e = src + len, *stop;
    char run[168];
    size_t k;
    errno = 0;
    if ((size_t)(e - s) > 8 && !memcmp(s, " of the ", 8)) s += 8;
    else if ((size_t)(e - s) > 4 && !memcmp(s, " of ", 4)) s += 4;
    else return NULL;
    if (s >= e || !isupper((unsigned char)*s)) return NULL;
    /* (a header's name may run on over a line, "… for the Study" and "and
     * Development of …": read with the line break as a space, up to a
     * header line that opens in capitals) */
    for (k = 0, stop = s; stop < e && k + 1 < sizeof run && *stop != '(' &&
                          *stop != ',' && *stop != '.' && *stop != ';';
         stop++) {
        if (*stop == '\n') {
            const char *q = stop;
            while (q < e && *q == '\n') q++;
            if (q - stop > 1 && !(q < e && islower((unsigned char)*q))) break;
            stop = q - 1;
            run[k++] = ' ';
            continue;
        }
        run[k++] = *stop;
    }
    run[k] = '\0'; /* (a longer run is cut: its shorter heads are tried) */
    s = run;
    stop = run + k;
    for (k = (size_t)(stop - s); k > 0; k--) {
        char *acr;
        if (!(k == (size_t)(stop - s) || s[k] == ' ') || s[k - 1] == ' ')
            continue;
        /* the body's own words: a capital opens its last word */
        {
            size_t b = k;
            while (b > 0 && s[b - 1] != ' ') b--;
            if (!isupper((unsigned char)s[b])) continue;
        }
        if (!(acr = acronym_for(doc, s, k))) {
            if (errno == ENOMEM) return NULL;
            continue;
        }
        /* (not "the Small Island Developing States (SIDS)" that "… of the
         * Atlantic, Indian Ocean …" narrows: the body is the whole) */
        if (!strncmp(s + k, " of ", 4)) {
            free(acr);
            return NULL;
        }
        if (body_short_form(c, acr, strlen(acr)) && letters_fit(acr, s, k, name))
            return acr;
        free(acr);
        return NULL;
    }
    return NULL;
}

static int meeting_in(header_ctx *c, const char *t, size_t start,
                      size_t stop, int need_held, meeting_found *m) {
    c->words.len = 0;
    if (scm_words_scan(c->wc, t, start, stop, &c->words) != 0) return -1;
    return find_meeting(c, t, c->words.items, c->words.len, need_held, m);
}

/* A name that is only a session's kind and head: "Ordinary Session",
 * "Meeting" (no body named). */
static int bare_session(const char *s, size_t n) {
    size_t i = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && s[e] != ' ') e++;
        if (!scm_bytes_in(s + i, e - i, scm_session_kinds) &&
            !(e - i == 7 && !memcmp(s + i, "Session", 7)) &&
            !(e - i == 7 && !memcmp(s + i, "Meeting", 7)))
            return 0;
        i = e + 1;
    }
    return n > 0;
}

/* Free the parties a meeting_found holds. */
static void free_found(meeting_found *m) {
    for (size_t i = 0; i < m->parties.len; i++) free(m->parties.items[i]);
    free(m->parties.items);
    memset(&m->parties, 0, sizeof m->parties);
}

/* The first meeting the header block names, into *h (found or not); -1
 * out of memory. */
static int header_meeting(header_ctx *c, const scm_doc *doc, meeting_found *h) {
    for (size_t i = 0; !h->found && i < doc->text.paragraphs.len; i++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[i];
        if (p->kind != SCM_PARA_HEADER) continue;
        if (meeting_in(c, doc->text.text, p->span.start, p->span.stop, 0, h) != 0)
            return -1;
    }
    return 0;
}

/* The first sentence of the first body paragraph that does not read as
 * a header line (up to four such before it), or the document's first
 * sentence. */
static const scm_sentence *opening_sentence(const scm_doc *doc) {
    size_t i, lead = 0;
    for (i = 0; i < doc->text.paragraphs.len; i++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[i];
        long k;
        if (p->kind != SCM_PARA_BODY) continue;
        if (lead < 4 && scm_text_header_like(doc->text.text + p->span.start,
                                             p->span.stop - p->span.start)) {
            lead++;
            continue;
        }
        k = scm_doc_sentence_at(doc, p->span.start + p->label);
        if (k >= 0) return &doc->sentences.items[k];
        break;
    }
    return doc->sentences.len ? doc->sentences.items : NULL;
}

static int set_meeting(header_ctx *c, scm_doc *doc, scm_extract *x) {
    meeting_found m;
    const char *t = doc->text.text;
    const char *src = NULL;
    size_t i;
    int r = 0;
    scm_meeting *mt = &x->header.meeting;
    memset(&m, 0, sizeof m);
    if (doc->sentences.len) {
        const scm_sentence *s = &doc->sentences.items[0];
        if (meeting_in(c, t, s->span.start, s->span.stop, 1, &m) != 0)
            goto oom;
        src = t;
    }
    /* "… held its 2134th Ordinary Session in Lomé": a bare session names
     * no body; the header's "2134th Ordinary Session of the Council of
     * Ministers of OHADA" does (session 14) */
    if (m.found && bare_session(t + m.name_start, m.name_stop - m.name_start)) {
        meeting_found h;
        memset(&h, 0, sizeof h);
        if (header_meeting(c, doc, &h) != 0) {
            free_found(&h);
            goto oom;
        }
        if (h.found && h.number == m.number &&
            !bare_session(t + h.name_start, h.name_stop - h.name_start)) {
            free_found(&m);
            m = h;
        } else {
            free_found(&h);
        }
    }
    for (i = 0; !m.found && i < doc->text.paragraphs.len; i++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[i];
        if (p->kind != SCM_PARA_HEADER) continue;
        if (meeting_in(c, t, p->span.start, p->span.stop, 0, &m) != 0)
            goto oom;
        src = t;
    }
    /* a letterhead the layout joined into the body's first paragraph
     * ("ISLAMIC REPUBLIC OF MAURITANIA REPUBLIC OF CABO VERDE …"): the
     * first sentence of the first paragraph that reads as no header line
     * (session 25) */
    if (!m.found) {
        const scm_sentence *s = opening_sentence(doc);
        if (s && s != doc->sentences.items &&
            meeting_in(c, t, s->span.start, s->span.stop, 1, &m) != 0)
            goto oom;
        src = t;
    }
    if (!m.found && doc->title) {
        if (meeting_in(c, doc->title, 0, strlen(doc->title), 0, &m) != 0)
            goto oom;
        src = doc->title;
    }
    if (!m.found) {
        const char *meta = scm_text_meta(&doc->text, "title");
        if (meta && meeting_in(c, meta, 0, strlen(meta), 0, &m) != 0)
            goto oom;
        src = meta;
    }
    if (!m.found) goto done;
    x->header.has_meeting = 1;
    mt->number = m.number;
    if (m.paren_stop > m.name_start && m.paren_stop < m.name_stop) {
        /* the name without its inner "(MGC)" and the space after it */
        size_t head = m.paren_start - m.name_start,
               tail = m.name_stop - m.paren_stop;
        while (head && src[m.name_start + head - 1] == ' ') head--;
        mt->name = malloc(head + tail + 1);
        if (!mt->name) goto oom;
        memcpy(mt->name, src + m.name_start, head);
        memcpy(mt->name + head, src + m.paren_stop, tail);
        mt->name[head + tail] = '\0';
    } else {
        mt->name = scm_xstrndup(src + m.name_start, m.name_stop - m.name_start);
        if (!mt->name) goto oom;
    }
    mt->parties = m.parties;
    memset(&m.parties, 0, sizeof m.parties);
    if (m.acr_stop)
        mt->series = scm_xstrndup(src + m.acr_start, m.acr_stop - m.acr_start);
    else if (m.inner_stop) {
        mt->series =
            scm_xstrndup(src + m.inner_start, m.inner_stop - m.inner_start);
        if (!mt->series) goto oom;
    } else {
        char ini[16];
        size_t k;
        mt->series = acronym_for(doc, mt->name, strlen(mt->name));
        if (!mt->series) mt->series = inner_acronym(doc, mt->name, strlen(mt->name));
        if (!mt->series &&
            (k = initials(mt->name, strlen(mt->name), ini, sizeof ini)) >= 2 &&
            text_has_word(doc, ini, k))
            mt->series = scm_xstrndup(ini, k);
        /* "the IGAD Council of Ministers" that the text abbreviates
         * without its body: "The Council of Ministers (CoM) of the
         * Intergovernmental Authority …" (session 14) */
        if (!mt->series) {
            const char *sp = strchr(mt->name, ' ');
            if (sp && body_short_form(c, mt->name, (size_t)(sp - mt->name)))
                mt->series = acronym_for(doc, sp + 1, strlen(sp + 1));
        }
    }
    if (m.acr_stop && !mt->series) goto oom;
    /* the header may name the parties the sentence left out, or a number */
    if (!mt->number || !mt->parties.len) {
        meeting_found h;
        memset(&h, 0, sizeof h);
        if (header_meeting(c, doc, &h) != 0) {
            free_found(&h);
            goto oom;
        }
        if (h.found) {
            if (!mt->number) mt->number = h.number;
            if (!mt->parties.len) {
                free(mt->parties.items);
                mt->parties = h.parties;
                memset(&h.parties, 0, sizeof h.parties);
            }
        }
        free_found(&h);
    }
    /* "The Seventh Round of Negotiations for a Japan–Bangladesh Economic
     * Partnership Agreement (EPA) was held": a negotiating round's series
     * is the short form the text gives the agreement (session 18) */
    if (!mt->series && mt->number && strncmp(mt->name, "Round", 5) == 0 &&
        (mt->name[5] == '\0' || mt->name[5] == ' ') &&
        !(mt->series = round_series(doc, src, m.name_stop)) && errno == ENOMEM)
        goto oom;
    if (!mt->series && series_from_name(c, mt) != 0) goto oom;
    if (!mt->series && mt->number && src &&
        !(mt->series = body_series(c, doc, mt->name, src, src == t ? doc->text.len : strlen(src),
                                   m.name_stop)) &&
        errno == ENOMEM)
        goto oom;
    /* … or after the name in the title or a header line: "Declaration of
     * Montevideo – LIII Meeting of Ministers of the Latin American Energy
     * Organization" over "… for the LIII Meeting of Ministers, under …" */
    for (i = 0; !mt->series && mt->number && mt->name && i < 2 + doc->text.paragraphs.len;
         i++) {
        const char *ttl = i == 0 ? doc->title
                          : i == 1 ? scm_text_meta(&doc->text, "title") : NULL;
        size_t tl = ttl ? strlen(ttl) : 0;
        const char *at;
        if (i >= 2) {
            const scm_paragraph *p = &doc->text.paragraphs.items[i - 2];
            if (p->kind != SCM_PARA_HEADER) {
                if (p->kind == SCM_PARA_BODY) break; /* the header is over */
                continue;
            }
            ttl = t;
            tl = doc->text.len; /* (the name may run on to the next line) */
            at = scm_ifind(t + p->span.start, p->span.stop - p->span.start,
                                 mt->name);
        } else {
            at = ttl && ttl != src ? strstr(ttl, mt->name) : NULL;
        }
        if (at &&
            !(mt->series = body_series(c, doc, mt->name, ttl, tl,
                                       (size_t)(at - ttl) + strlen(mt->name))) &&
            errno == ENOMEM)
            goto oom;
    }
    /* "Fifth Arctic Science Ministerial (ASM5)", "COP14": the number
     * closing the short form is the meeting's; the series is the letters
     * (session 17) */
    if (mt->series && mt->number > 0) {
        size_t sl = strlen(mt->series), e = sl;
        int v = 0, scale = 1;
        while (e > 0 && isdigit((unsigned char)mt->series[e - 1]) && sl - e < 5) {
            v += (mt->series[e - 1] - '0') * scale;
            scale *= 10;
            e--;
        }
        if (e < sl && e >= 2 && v == mt->number && isupper((unsigned char)mt->series[e - 1]))
            mt->series[e] = '\0';
    }
    /* "The Trinational Commission of the Trifinio Plan (CTPT) held its
     * LXXXIV Ordinary Meeting": a bare session's series is the short
     * form of the body that held it (session 14) */
    if (!mt->series && mt->name && doc->sentences.len &&
        bare_session(mt->name, strlen(mt->name))) {
        const scm_sentence *s0 = &doc->sentences.items[0];
        const char *a = t + s0->span.start;
        const char *h = scm_ifind(a, s0->span.stop - s0->span.start,
                                        ") held its ");
        if (h && h > a) {
            const char *o = h;
            while (o > a && o[-1] != '(' && h - o < 12) o--;
            if (o > a && o[-1] == '(' && body_short_form(c, o, (size_t)(h - o)) &&
                !(mt->series = scm_xstrndup(o, (size_t)(h - o))))
                goto oom;
        }
    }
done:
    free_found(&m);
    return r;
oom:
    r = -1;
    goto done;
}

static void set_date(scm_doc *doc) {
    scm_date d;
    const scm_sentence *s;
    if (doc->date.precision != SCM_DATE_NONE || !doc->sentences.len) return;
    s = &doc->sentences.items[0];
    if (scm_date_find(doc->text.text, s->span.stop, s->span.start, 0, &d)) {
        doc->date = d;
        scm_date_iso(&d, doc->date_iso);
    }
}

int scm_extract_header(scm_doc *doc, const scm_lexicon *lex, scm_extract *x,
                       scm_error *err) {
    header_ctx c;
    int r = -1, from_header;
    memset(&c, 0, sizeof c);
    c.lex = lex;
    c.wc = x->cache;
    if (scm_phrase_index_build(&c.party, lex, SCM_LEX_PARTY) != 0) goto out;
    if (set_kind(doc, x) != 0) goto out;
    if (place_from_header(&c, doc, x) != 0) goto out;
    from_header = x->header.place != NULL;
    if (!x->header.place && place_from_dateline(&c, doc, x) != 0) goto out;
    if (!x->header.place && place_before_dash(&c, doc, x) != 0) goto out;
    if (!x->header.place && place_from_closing(doc, x) != 0) goto out;
    if (x->header.place && !from_header && place_region_later(&c, doc, x) != 0)
        goto out;
    if (!x->header.place && place_from_sentence(&c, doc, x) != 0) goto out;
    if (!x->header.place && place_from_signature(&c, doc, x) != 0) goto out;
    if (!x->header.place && place_from_closing_date(&c, doc, x) != 0) goto out;
    if (set_meeting(&c, doc, x) != 0) goto out;
    set_date(doc);
    r = 0;
out:
    scm_phrase_index_free(&c.party);
    SCM_VEC_FREE(&c.key);
    SCM_VEC_FREE(&c.words);
    if (r != 0) scm_error_set(err, SCM_NO_BYTE, "out of memory");
    return r;
}
