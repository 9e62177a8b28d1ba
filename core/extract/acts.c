/* acts.c -- speech acts: who said or did what, sentence by sentence.
 *
 * An act is a main clause whose subject is a speaker and whose verb is a
 * reporting verb (the verb lexicon: lemma -> class).  Subjects are looked
 * for where a main clause can begin: the sentence start (after an opener
 * like "Today"), after each comma while no act has been found (fronted
 * adverbials: "In this context, the Minister reaffirmed"), and after ";"
 * or ", and" (a new independent clause).  A speaker subject is a role word
 * ("the Secretary"), a titled person ("Minister Kim"), a party ("the United
 * States"), a group ("the two Presidents", "Both sides", "Our two
 * nations"), "We", or a pronoun; pronouns and "the two" stand for the
 * nearest earlier subject (with two or more actors for plural forms).
 * Between subject and verb: an inserted participial clause (", noting
 * ..., "), auxiliaries, adverbs and negation.  Verbs coordinated with the
 * main one ("noted ... and decided ...") are acts of the same subject when
 * their form agrees with the main verb (past with past, present with
 * present) and they are not reduced relatives ("and supported by"). */
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract.h"
#include "ifind.h"
#include "../utf8.h"
#include "names_data.h"
#include "wordscan.h"

enum { FORM_NONE, FORM_BASE, FORM_S, FORM_ED, FORM_ING };
enum { TENSE_PAST, TENSE_PRESENT, TENSE_UNKNOWN };
enum { RES_NONE, RES_PLURAL, RES_SINGLE, RES_PARTIES };
enum { GENDER_HE = 1, GENDER_SHE = 2 };

#define MAX_ACTORS 16

/* The function-word lists, as bits of one word set. */
enum {
    L_VERB_SKIP_WORDS,
    L_VERB_ADVERBS,
    L_LY_NOT_ADVERBS,
    L_NEGATORS,
    L_AUXILIARIES,
    L_TITLE_MODIFIERS,
    L_PRONOUNS_PREVIOUS,
    L_PRONOUNS_SINGLE,
    L_PRONOUNS_SELF,
    L_DETERMINERS,
    L_NUMERALS,
    L_GROUP_NAMED,
    L_GROUP_PREVIOUS,
    L_PARTY_HEADS,
    L_OPEN_ADVERBS,
    L_COORDINATION_GUARDS,
    L_HONORIFICS,
    L_GIVEN_HONORIFICS,
    L_IRREGULAR_VERBS, /* forms and lemmas alike: a filter for the scan */
    L_NLISTS
};

/* Word w (a pointer into c->words) is in list L: the flags of every word
 * of the sentence are looked up once, after scanning. */
#define IN(c, wp, L) ((word_flags((c), (wp)) >> (L)) & 1u)
#define FLAGS_UNKNOWN 0x80000000u

typedef struct actor_set {
    char *names[MAX_ACTORS];
    int32_t persons[MAX_ACTORS];
    size_t n;
    int resolve; /* RES_*: filled later from earlier acts */
    const char *literal; /* the word to fall back on ("They") */
    int count; /* "the three sides": how many the earlier act had */
    int neuter; /* the subject is "It": a body, not a person */
    int gender; /* "He" GENDER_HE, "She" GENDER_SHE, else 0 */
} actor_set;

typedef struct verb_info {
    size_t first, stop; /* verb words [first, stop) */
    char lemma[96];
    const char *klass;
    int form, negated, tense;
    int passive; /* after a form of "be": "are committed to" */
} verb_info;

typedef struct mention_ref {
    scm_off start, stop;
    int32_t person;
} mention_ref;

typedef struct pending_act {
    size_t boundary;      /* word where this act's clause region begins */
    size_t subj_first, subj_stop;
    verb_info verb;
    int actors_from;      /* index of the pending act whose actors we share */
} pending_act;

/* party_at's and title_at's readings of a word of the sentence, kept:
 * the subject rules ask again at the same word about one time in two. */
enum { PM_PARTY = 1, PM_TITLE = 2 };
typedef struct phrase_memo {
    uint8_t known;       /* PM_* */
    int8_t party, title; /* the words used */
    const char *cls, *role;
} phrase_memo;

typedef struct acts_ctx {
    const scm_lexicon *lex;
    const char *t;
    scm_extract *x;
    scm_phrase_index title, party, verb;
    const scm_phrase_index *sets; /* function-word lists, L_* bits */
    scm_phrase_index own_sets;    /* when the shared one could not be made */
    scm_buf key;
    char role_buf[128]; /* title_at: a role read with its modifiers */
    scm_wordvec words;
    SCM_VEC(unsigned) wflags; /* per word of `words`: L_* bits */
    SCM_VEC(phrase_memo) pmemo; /* per word of `words`, when as long */
    SCM_VEC(mention_ref) mentions;
    char *doc_parties[MAX_ACTORS];
    size_t ndoc_parties;
    int listed_members; /* the opening lists the parties after "of" */
    /* the one "Steering Committee", "Governing Board" or "Governing
     * Council" the text names, that "the Committee" … stands for
     * (session 40); NULL when none or another of the head's names */
    const char *full_body[3];
    size_t sentence;
    int in_ise;          /* verb_at_bytes: trying a British -ise form */
    int caps_verb;       /* verb_at: a verb in capitals ("RECALLS"), read in
                          * lower case with the words after it */
    scm_span preamble;   /* "WE," opening a declaration's preamble */
    /* "A, B and C (hereinafter “the Ministers”)": the group word and the
     * people it stands for */
    scm_span alias;      /* its words, "Ministers", "senior officials" */
    size_t alias_words;
    int32_t alias_persons[MAX_ACTORS];
    size_t nalias;
    /* "Statistics Estonia and Statistics Iceland (hereinafter “the
     * Offices”)": two bodies the group word stands for, no person */
    scm_span alias_bodies[2];
    size_t nbodies;
    /* "The Civil Aviation Authority of Singapore (CAAS) and the
     * Department of Civil Aviation (DCA) … held their first meeting": the
     * two bodies that met, by their short forms, for "the two
     * authorities", "Both agencies" (session 30) */
    scm_span meeting_bodies[2];
    size_t nmeeting_bodies;
    /* "between the Government of A and the Government of B (hereinafter
     * referred to as “the Sides”)": two parties */
    const char *alias_parties[2];
    size_t nalias_parties;
    /* a run of sentences naming who led each delegation ("The Japanese
     * delegation was led by A and B. The United States delegation was led
     * by C and D (collectively, “the co-chairs”)"): where it starts, and
     * its latest sentence + 1 (0: none) */
    scm_off led_start;
    size_t led_sentence;
    /* the sentence before this one (alias_scan): "… under the
     * chairmanship of A. It brought together B, C and D (hereinafter
     * “the Ministers”)" counts A among them */
    scm_span prev_span;
    uint32_t prev_para;
    /* resolve_actors: the latest act with one actor and with two or more
     * (index + 1, 0 for none), kept up to date over acts[0..acts_seen) */
    size_t acts_seen, last_single, last_multi;
    size_t last_heads; /* the latest act of "Heads of …" (index + 1) */
    size_t last_group; /* the latest act of one group word (index + 1) */
    /* how many principals a plural group word without a number stands
     * for when fewer people hold its role: the size of the latest counted
     * group ("the three Ministers"), else the titled people introduced in
     * the first paragraph that introduces anyone (0: unknown) */
    int last_counted, principals;
    /* each counted group word and its latest count ("the two Chairmen",
     * "the three Chiefs of Defense") */
    struct {
        char word[32];
        int count;
    } counted[8];
    size_t ncounted;
    /* the people of the sentence that says the meeting was co-chaired
     * ("co-chaired by A and B", "A and B co-chaired"): "the co-chairs" */
    int32_t cochairs[MAX_ACTORS];
    size_t ncochairs;
    /* people named right after "Chair," ("chaired by the U.S. Chair,
     * Deputy Assistant Secretary … Aldersley-Crane"): who "The U.S.
     * Chair" is */
    int32_t chairs[4];
    size_t nchairs;
    const char *doc_title; /* the document's title, or NULL */
    /* the first body paragraph says the leaders are those of member
     * states ("The Heads of State and Government of the Member States of
     * ASEAN and of the GCC met …"): "The Leaders" are more than the
     * chairs it names */
    int member_leaders;
    /* the paragraphs, the one of the sentence being read, and the label
     * kind of the paragraph that set the list subject (label_kind) */
    const scm_paragraph *paras;
    size_t cur_para;
    int list_label;
    /* the paragraph that introduces the first titled person (0, 0: none) */
    scm_span principal_para;
    scm_off body_start; /* the first body paragraph's start */
    /* an opening sentence says more states took part than the text names
     * ("Ministers and Heads of Delegation of 109 Member States
     * participated"): a plural role word is their group */
    int many_members;
    int heads_listed; /* heads_listed(): 0 not yet asked, 1 no, 2 yes */
    /* short forms the text defines after a speaking body or an
     * institution ("Security Consultative Committee (SCC)", "Electoral
     * Commission of Jamaica (ECJ)", "Korea Coast Guard (KCG)"), read once
     * (body_short_forms) */
    int inst_read;
    size_t ninst;
    struct {
        scm_off s, sl; /* the short form */
        scm_off h, hl; /* its head word */
        int8_t rec;    /* recurs(): 0 unknown, 1, -1 */
    } inst[16];
    /* "the Participating Governments (PGs)": short forms of a members'
     * group, read with the others */
    size_t nmsf;
    struct {
        scm_off s, sl; /* "PGs" */
        scm_off gs, ge; /* "Participating Governments" */
    } msf[4];
    /* the text names a body of "Parties to the …" (its members) */
    int parties_body;
    /* "The Parties to the Framework Agreement … – Bosnia and Herzegovina,
     * the Republic of Croatia, … and the Republic of Slovenia –": the
     * parties "the Parties" stand for */
    const char *listed[MAX_ACTORS];
    size_t nlisted;
    size_t opening_para, opening_paras; /* body paragraphs seen, to two */
    /* "The Secretary and the Minister:" ending a sentence: the subject of
     * the list items after it ("- reaffirmed …; - welcomed …") */
    actor_set list_subject;
    scm_span list_span;
    int has_list_subject;
    /* the list subject is a body named alone before a resolution's
     * paragraphs ("Council,"): headings and preambular clauses that are no
     * acts ("Acting under Article 7 …", "Operative paragraphs") do not end
     * its list */
    int list_body;
    size_t list_from; /* the sentence that set the list subject, + 1 */
    /* the latest sentence-opening subject of two or more actors whose
     * verb reports nothing ("A and B met in Seoul."): "They" stands for
     * it when no act of several actors came before */
    actor_set silent;
    size_t silent_acts; /* acts in the document when it was seen */
    size_t silent_sentence; /* its sentence's index + 1 */
    /* the same for one named person ("Minister M briefed his
     * counterparts on …"): a "He" of the next sentence is that person,
     * when no act came between */
    actor_set silent_one;
    size_t silent_one_acts, silent_one_sentence;
    scm_span silent_one_span; /* its sentence: "A met today with B." */
    /* the parties the title names ("… Australia – New Zealand Foreign and
     * Defence Ministers' Meeting"): a meeting of those parties alone */
    size_t ntitle_parties;
    /* … and that the header lines name ("JOINT DECLARATION OF THE HEADS
     * OF STATE" / "Côte d’Ivoire – Liberia – Sierra Leone Trilateral
     * Summit"; session 23) */
    size_t nheader_parties;
    /* the parties the first body paragraph lists after "Heads of State
     * of" ("the Fourth Trilateral Summit of the Heads of State of A, B
     * and C"): a summit of those parties' leaders alone (session 18) */
    size_t nsummit_parties;
    int summit_unlisted; /* "Heads of State of the Member States of …":
                          * a summit whose parties the opening does not
                          * list (session 24) */
    const scm_doc *doc;
    /* first bytes of the people's roles of several words (person_role_at
     * looks no further for a word that opens with none of them) */
    uint8_t role_first[256];
    /* per person: GENDER_HE or GENDER_SHE once a pronoun or a style told
     * (session 17), else 0 */
    uint8_t *gender;
    /* per person: 0 not yet asked, 1 when no other person holds the same
     * role, 2 when one does (role_shared of the person's own role, which
     * add_role_actor asks for every actor it adds) */
    uint8_t *role_shared;
    /* short forms the text gives in brackets after a long form, sorted
     * for lookup; built at the first question (session 17) */
    struct short_def {
        scm_off at, len;
    } *shorts;
    size_t nshorts;
    int shorts_built;
    int in_of_count; /* of_counted_group is reading its group */
    /* the two parties the header names outside its dateline, read at the
     * first "The two …" of a text with a third party (title_pair) */
    int header_pair_read;
    size_t nheader_pair;
    const char *header_pair[2];
} acts_ctx;

/* ---- small helpers ---- */

/* The L_* bits of a word of the current sentence, looked up on first use. */
static inline unsigned word_flags(const acts_ctx *c, const scm_word *w) {
    unsigned *f = &c->wflags.items[w - c->words.items];
    if (*f == FLAGS_UNKNOWN) *f = scm_phrase_word_flags(c->sets, c->t, w);
    return *f;
}

static int lower_word(const char *t, const scm_word *w) {
    return w->kind == SCM_W_WORD && t[w->start] >= 'a' && t[w->start] <= 'z';
}

/* A capital letter (ASCII) anywhere in the word: "e-PINE". */
static int capital_inside(const char *t, const scm_word *w) {
    for (scm_off q = w->start; q < w->stop; q++)
        if (t[q] >= 'A' && t[q] <= 'Z') return 1;
    return 0;
}

static void actors_free(actor_set *a) {
    size_t i;
    for (i = 0; i < a->n; i++) free(a->names[i]);
    a->n = 0;
}

/* One step of filtering a set in place: actor i moves to *k (which
 * advances) when kept, else is freed. */
static void actor_filter_step(actor_set *a, size_t i, size_t *k, int keep) {
    if (keep) {
        a->names[*k] = a->names[i];
        a->persons[(*k)++] = a->persons[i];
    } else {
        free(a->names[i]);
    }
}

/* A plural group noun ("States", "Ministers"): defined with group_literal. */
static int group_literal_word(const char *s, size_t n);

static int actors_add(actor_set *a, const char *s, size_t len, int32_t who) {
    size_t i;
    char *p;
    for (i = 0; i < a->n; i++)
        if (strlen(a->names[i]) == len && memcmp(a->names[i], s, len) == 0 &&
            a->persons[i] == who)
            return 0;
    if (a->n == MAX_ACTORS) return 0;
    if (!(p = scm_xstrndup(s, len))) return -1;
    a->names[a->n] = p;
    a->persons[a->n++] = who;
    return 0;
}

/* A speaking body's actor: its name in list `speaker-body` ("Council"),
 * else the words s[0..len) as written. */
static int add_body_actor(const scm_lexicon *lex, actor_set *a, const char *s,
                          size_t len) {
    const char *name = scm_lexicon_class(lex, SCM_LEX_SPEAKER_BODY, s, len);
    return name ? actors_add(a, name, strlen(name), -1)
                : actors_add(a, s, len, -1);
}

static const char *const body_heads[3] = {"Committee", "Board", "Council"};
static const char *const body_names[3] = {"Steering Committee", "Governing Board", "Governing Council"};

/* The text's one name of a body whose head is words s[0..n) ("Committee"
 * -> "Steering Committee"), or NULL. */
static const char *named_body(const struct acts_ctx *c, const char *s, size_t n);

/* Which of body_names the text names, each the only capitalised name of
 * its head ("the Steering Committee … the Committee approved"; not beside
 * a "Joint Committee"). */
static void find_named_bodies(struct acts_ctx *c, const char *t, size_t len);

/* The person whose mention covers byte `pos`, or -1. */
static int32_t person_at(const acts_ctx *c, scm_off pos) {
    size_t lo = 0, hi = c->mentions.len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->mentions.items[mid].start <= pos) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0) return -1;
    if (c->mentions.items[lo - 1].stop > pos)
        return c->mentions.items[lo - 1].person;
    return -1;
}

static scm_off person_mention_stop(const acts_ctx *c, scm_off pos) {
    size_t lo = 0, hi = c->mentions.len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->mentions.items[mid].start <= pos) lo = mid + 1;
        else hi = mid;
    }
    return lo ? c->mentions.items[lo - 1].stop : 0;
}

static int role_shared(const acts_ctx *c, const char *role) {
    size_t i, k = 0;
    for (i = 0; i < c->x->people.len; i++) {
        const char *r = c->x->people.items[i].role;
        if (r && strcmp(r, role) == 0) k++;
    }
    return k >= 2;
}

/* role_shared of person who's own role, worked out once per person. */
static int own_role_shared(const acts_ctx *c, int32_t who) {
    uint8_t *m = &c->role_shared[who];
    if (!*m) *m = role_shared(c, c->x->people.items[who].role) ? 2 : 1;
    return *m == 2;
}

static int add_role_actor(acts_ctx *c, actor_set *a, const char *role,
                          int32_t who);
static int short_form_before(const acts_ctx *c, const scm_person *p, const char *sf,
                             size_t sl);

/* The text lists the heads who attended: "The following Heads of State
 * attended the Session:" (the list after it names them all). */
static int heads_listed(acts_ctx *c) {
    static const char *const forms[] = {"following Heads of State attended",
                                        "following Heads of State and Government attended",
                                        "following Heads of State took part",
                                        "following Heads of State and Government took part",
                                        "following Heads of State participated",
                                        "following Heads of State and Government participated",
                                        NULL};
    size_t len = c->doc->text.len;
    /* (asked once per document: a long one has many such subjects) */
    if (c->heads_listed) return c->heads_listed == 2;
    c->heads_listed = 1;
    for (size_t k = 0; forms[k]; k++)
        if (scm_ifind(c->t, len, forms[k])) c->heads_listed = 2;
    return c->heads_listed == 2;
}

/* The first person introduced of each party, in order: the heads of
 * the delegations.  How many were added (0 when fewer than two parties
 * have people, leaving `a` as it was), -1 on memory. */
static int heads_of_delegation(acts_ctx *c, actor_set *a) {
    size_t i, k, from = a->n;
    const char *seen[MAX_ACTORS];
    size_t nseen = 0;
    for (i = 0; i < c->x->people.len && nseen < MAX_ACTORS; i++) {
        const scm_person *p = &c->x->people.items[i];
        int dup = 0;
        if (!p->party || !*p->party || !p->role) continue;
        for (k = 0; k < nseen; k++)
            if (strcmp(seen[k], p->party) == 0) dup = 1;
        if (dup) continue;
        seen[nseen++] = p->party;
        if (add_role_actor(c, a, p->role, (int32_t)i) != 0) return -1;
    }
    if (nseen < 2) {
        for (i = from; i < a->n; i++) free(a->names[i]);
        a->n = from;
        return 0;
    }
    return (int)nseen;
}

/* The people a sentence says led the delegations ("The Indonesian
 * delegation was led by the Director General …, A, and the Ecuadorian
 * delegation by the Vice Minister …, B"; "The negotiations were led by A
 * … and by B …, as Chief Negotiators"), one of each party, in order:
 * how many were added (0 when fewer than two, leaving `a` as it was), -1
 * on memory (session 19). */
static int delegation_leaders(acts_ctx *c, actor_set *a) {
    const scm_doc *doc = c->doc;
    size_t s, m, from = a->n, k;
    for (s = 0; s < doc->sentences.len && s < c->sentence; s++) {
        const scm_sentence *sen = &doc->sentences.items[s];
        const char *b = c->t + sen->span.start;
        size_t n = sen->span.stop - sen->span.start;
        const char *seen[MAX_ACTORS];
        size_t nseen = 0;
        /* ("The negotiations were led by A … and by B …, as Chief
         * Negotiators") */
        /* (a "panel" or a "team" is a delegation too: "The Philippine
         * panel was led by A, …, and the U.S. panel by B"; session 25) */
        if (!(scm_ifind(b, n, "delegation") || scm_ifind(b, n, "negotiations") ||
              scm_ifind(b, n, "chief negotiator") || scm_ifind(b, n, " panel ") ||
              scm_ifind(b, n, " team ")) ||
            !(scm_ifind(b, n, " led by ") || scm_ifind(b, n, " headed by ")))
            continue;
        for (m = 0; m < c->mentions.len && nseen < MAX_ACTORS; m++) {
            const mention_ref *r = &c->mentions.items[m];
            const scm_person *p = &c->x->people.items[r->person];
            int dup = 0;
            if (r->start < sen->span.start) continue;
            if (r->start >= sen->span.stop) break;
            if (!p->role) continue;
            /* one of each party, when the text gives it (a person it
             * names twice is one) */
            for (k = from; k < a->n && !dup; k++) dup = a->persons[k] == r->person;
            for (k = 0; k < nseen && !dup && p->party && *p->party; k++)
                dup = seen[k] && strcmp(seen[k], p->party) == 0;
            if (dup) continue;
            seen[nseen++] = p->party && *p->party ? p->party : NULL;
            if (add_role_actor(c, a, p->role, r->person) != 0) return -1;
        }
        if (nseen >= 2) return (int)nseen;
        for (k = from; k < a->n; k++) free(a->names[k]);
        a->n = from;
    }
    return 0;
}

/* The text between a delegation's head and the next person names only
 * the head's office and ends in "and" (", Director (Americas), Ministry
 * of Foreign Affairs, and Ms. "): no verb such as "included", no
 * "accompanied by" in it. */
static int co_leader_gap(const char *g, size_t n) {
    static const char *const glue[] = {"of", "for", "and", "the", "on", "in", "to", NULL};
    size_t i = 0, last = 0, lastn = 0;
    if (n == 0 || n > 200) return 0;
    while (i < n) {
        size_t j;
        if (!isalpha((unsigned char)g[i])) {
            i++;
            continue;
        }
        for (j = i; j < n && (isalpha((unsigned char)g[j]) || g[j] == '-'); j++) {}
        if (islower((unsigned char)g[i])) {
            size_t k;
            for (k = 0; glue[k]; k++)
                if (strlen(glue[k]) == j - i && strncmp(g + i, glue[k], j - i) == 0) break;
            if (!glue[k]) return 0;
            last = i;
            lastn = j - i;
        }
        i = j;
    }
    /* the last lower-case word is the "and" before the next person, and
     * only a title or honorific follows it */
    return lastn == 3 && strncmp(g + last, "and", 3) == 0 &&
           !memchr(g + last, ',', n - last) && !memchr(g + last, '(', n - last);
}

static const char *span_find(const char *t, size_t a, size_t b, const char *s);

/* The people sentences name after "headed by" or "led by", one sentence
 * per delegation ("The Turkish delegation was headed by A, …, and
 * included B. The Brazilian delegation was headed by C, …"): the first
 * person after each "by", in order.  How many were added (0 when fewer
 * than two, leaving `a` as it was), -1 on memory (session 20). */
static int delegation_heads(acts_ctx *c, actor_set *a) {
    const scm_doc *doc = c->doc;
    size_t s, m, from = a->n, k;
    for (s = 0; s < doc->sentences.len && s < c->sentence; s++) {
        const scm_sentence *sen = &doc->sentences.items[s];
        const char *b = c->t + sen->span.start, *by;
        size_t n = sen->span.stop - sen->span.start;
        scm_off after;
        scm_off marks[4];
        size_t nmarks = 0, mk;
        if (!scm_ifind(b, n, "delegation")) continue;
        by = scm_ifind(b, n, " headed by ");
        if (!by) by = scm_ifind(b, n, " led by ");
        if (by) marks[nmarks++] = (scm_off)(by - c->t);
        /* "Heading the Philippine delegation was A, together with B; the
         * U.S. delegation was headed by C, …": a fronted "Heading …
         * was" names a head too, and so does each "headed by" after a
         * semicolon (session 27) */
        for (const char *h = b; h && nmarks < 4;) {
            const char *was;
            h = span_find(c->t, (size_t)(h - c->t), sen->span.stop, "eading the ");
            if (!h) break;
            if (h > b && (h[-1] == 'H' || h[-1] == 'L') &&
                (was = span_find(c->t, (size_t)(h - c->t), sen->span.stop, " was ")) != NULL &&
                was - h < 80)
                marks[nmarks++] = (scm_off)(was - c->t);
            h += 11;
        }
        {
            const char *semi = memchr(b, ';', n);
            const char *by2 = semi ? span_find(c->t, (size_t)(semi - c->t), sen->span.stop,
                                               " headed by ")
                                   : NULL;
            if (!by2 && semi)
                by2 = span_find(c->t, (size_t)(semi - c->t), sen->span.stop, " led by ");
            if (by2 && nmarks < 4 && (!by || by2 > by)) marks[nmarks++] = (scm_off)(by2 - c->t);
        }
        if (!nmarks) continue;
        for (mk = 0; mk < nmarks; mk++) {
            after = marks[mk];
            for (m = 0; m < c->mentions.len; m++) {
                const mention_ref *r = &c->mentions.items[m];
                int dup = 0;
                if (r->start < after) continue;
                if (r->start >= sen->span.stop) break;
                if (!c->x->people.items[r->person].role) continue;
                for (k = from; k < a->n && !dup; k++) dup = a->persons[k] == r->person;
                if (!dup && a->n < MAX_ACTORS &&
                    add_role_actor(c, a, c->x->people.items[r->person].role, r->person) != 0)
                    return -1;
                /* "led by A, Joint Secretary (Americas), Ministry of …, and
                 * B, …": a person the head's own office joins by "and" led
                 * the delegation with him (session 21) */
                if (!co_leader_gap(c->t + r->stop, m + 1 < c->mentions.len &&
                                                       c->mentions.items[m + 1].start < sen->span.stop
                                                   ? c->mentions.items[m + 1].start - r->stop
                                                   : 0))
                    break;
                after = r->stop;
            }
        }
    }
    if (a->n - from >= 2) return (int)(a->n - from);
    for (k = from; k < a->n; k++) free(a->names[k]);
    a->n = from;
    return 0;
}

/* The co-chairs a text names no "co-chaired by" for: those who led the
 * delegations, two or more.  1 when it added them. */
static int co_chairs_by_delegation(acts_ctx *c, actor_set *a) {
    int led = delegation_heads(c, a);
    if (led == 0) led = delegation_leaders(c, a);
    return led < 0 ? -1 : led >= 2;
}

/* Of the people who share `role`, the one a bare "the President" means:
 * the one whose name the title holds in the possessive ("Readout of
 * President Carrow’s Meeting with President Jang": Carrow, as a White
 * House readout calls its own President), else the first introduced (the
 * host, or the side that writes). */
static int32_t issuer_of(const acts_ctx *c, const char *role) {
    size_t i;
    int32_t first = -1;
    for (i = 0; i < c->x->people.len; i++) {
        const scm_person *p = &c->x->people.items[i];
        const char *at;
        size_t fn;
        if (!p->role || strcmp(p->role, role) != 0 || !p->family) continue;
        if (first < 0) first = (int32_t)i;
        fn = strlen(p->family);
        for (at = c->doc_title ? strstr(c->doc_title, p->family) : NULL; at;
             at = strstr(at + 1, p->family))
            if (strncmp(at + fn, "’s", 4) == 0 || strncmp(at + fn, "'s", 2) == 0)
                return (int32_t)i;
    }
    return first;
}

/* Add a role actor for person `who` (or -1): "Secretary", or "President
 * Biden" when two people share the role word. */
/* The actor "role family" ("President Biden") for person p (index
 * who), of a role other people share; the role alone when the two do
 * not fit.  0, or -1 on memory. */
static int add_role_family(actor_set *a, const char *role, const scm_person *p, int32_t who) {
    char buf[160];
    /* "%s %s" without snprintf, which costs more than the rest */
    size_t rn = strlen(role), fn = p->family ? strlen(p->family) : 0;
    if (!fn || rn + 1 + fn >= sizeof buf) return actors_add(a, role, rn, who);
    memcpy(buf, role, rn);
    buf[rn] = ' ';
    memcpy(buf + rn + 1, p->family, fn);
    return actors_add(a, buf, rn + 1 + fn, who);
}

static int add_role_actor(acts_ctx *c, actor_set *a, const char *role,
                          int32_t who) {
    size_t i, k = 0;
    int32_t only = -1;
    /* the person's own role: "General Park" is "Chairman Park" when
     * General Park was introduced as a Chairman */
    if (who >= 0 && c->x->people.items[who].role &&
        c->x->people.items[who].role[0])
        role = c->x->people.items[who].role;
    if (who < 0) {
        for (i = 0; i < c->x->people.len; i++) {
            const char *r = c->x->people.items[i].role;
            if (r && strcmp(r, role) == 0) {
                k++;
                only = (int32_t)i;
            }
        }
        if (k == 1) who = only;
        /* "The Head of State welcomed …" in a presidency's communiqué
         * that names one head of state, the President: that person
         * (session 16) */
        if (k == 0 && strcmp(role, "Head of State") == 0) {
            static const char *const heads[] = {"President", "King", "Queen",
                                                "Emir", "Amir", "Sultan",
                                                "Emperor", NULL};
            for (i = 0; i < c->x->people.len; i++) {
                const char *r = c->x->people.items[i].role;
                if (r && scm_bytes_in(r, strlen(r), heads)) {
                    k++;
                    only = (int32_t)i;
                }
            }
            if (k == 1) {
                who = only;
                role = c->x->people.items[who].role;
            } else if (k >= 2 && (who = issuer_of(c, "President")) >= 0) {
                /* … and of a presidency's release on its President's
                 * talks with another: its own, the first introduced
                 * (session 17) */
                role = c->x->people.items[who].role;
            }
        }
    }
    if (who >= 0 && (role == c->x->people.items[who].role
                         ? own_role_shared(c, who)
                         : role_shared(c, role)))
        return add_role_family(a, role, &c->x->people.items[who], who);
    return actors_add(a, role, strlen(role), who);
}

/* The singular of a plural role phrase s[0..n), capitalised, in out
 * ("Prime Ministers" -> "Prime Minister").  0 when it does not fit. */
/* The first hyphen of s[0..n) when the word before it is a plural in
 * 's' ("Directors-General", "Secretaries-General"), else 0. */
static size_t hyphen_plural(const char *s, size_t n) {
    const char *h = memchr(s, '-', n);
    return h && h - s > 3 && h[-1] == 's' ? (size_t)(h - s) : 0;
}

static int singular(const char *s, size_t n, char *out, size_t cap) {
    size_t h = hyphen_plural(s, n);
    if (n >= cap || n < 2) return 0;
    memcpy(out, s, n);
    out[n] = '\0';
    if (out[0] >= 'a' && out[0] <= 'z') out[0] = (char)(out[0] - 32);
    if (h) {
        /* "Directors-General" -> "Director-General", "Secretaries-General"
         * -> "Secretary-General": the plural is the first word's */
        size_t cut = h >= 3 && !memcmp(out + h - 3, "ies", 3) ? 3 : 1;
        memmove(out + h - cut + (cut == 3), out + h, n - h + 1);
        if (cut == 3) out[h - 3] = 'y';
        return 1;
    }
    if (n > 3 && strcmp(out + n - 3, "ies") == 0)
        strcpy(out + n - 3, "y");
    else if (n > 3 && strcmp(out + n - 3, "men") == 0)
        strcpy(out + n - 3, "man");
    else if (out[n - 1] == 's')
        out[n - 1] = '\0';
    return 1;
}

/* A plural in lower case whose singular is a title of the lexicon:
 * "advisors", "advisers", "envoys", "negotiators". */
static int lower_title_plural(const acts_ctx *c, const char *t,
                              const scm_word *w) {
    char sing[64];
    size_t n = w->stop - w->start;
    int found = 0;
    if (w->kind != SCM_W_WORD || w->cap || n < 5 || t[w->stop - 1] != 's' ||
        !singular(t + w->start, n, sing, sizeof sing))
        return 0;
    scm_phrase_lookup(&c->title, sing, strlen(sing), &found);
    return found;
}

/* A title of two words in lower case, its second a plural: "prime
 * ministers", "deputy ministers" ("Prime Minister" is listed).  The
 * capitalised singular in out. */
static int lower_title_plural2(const acts_ctx *c, const char *t,
                               const scm_word *w, char *out, size_t cap) {
    char sing[64];
    size_t n1 = w[0].stop - w[0].start;
    int found = 0;
    if (w[0].kind != SCM_W_WORD || w[0].cap || n1 < 4 || n1 + 2 >= cap ||
        !lower_title_plural(c, t, &w[1]) ||
        !singular(t + w[1].start, w[1].stop - w[1].start, sing, sizeof sing) ||
        n1 + 1 + strlen(sing) >= cap)
        return 0;
    memcpy(out, t + w[0].start, n1);
    out[0] = (char)(out[0] - 32);
    out[n1] = ' ';
    strcpy(out + n1 + 1, sing);
    scm_phrase_lookup(&c->title, out, strlen(out), &found);
    return found;
}

/* A portfolio in lower case before a title: "foreign", "defence". */
static int lower_portfolio(const char *t, const scm_word *w) {
    static const char *const words[] = {"foreign", "defence", "defense",
                                        "trade", "finance", "economy",
                                        "economic",
                                        /* a service: "the two air chiefs" */
                                        "air", "army", "navy", "naval",
                                        "military", "service", "police",
                                        /* "The four legal advisers" of a
                                         * legal dialogue, "the two vice
                                         * chiefs" (session 27) */
                                        "legal", "vice",
                                        /* "The two tourism ministers", "the
                                         * three transport ministers"
                                         * (session 28) */
                                        "tourism", "transport", "energy", "health",
                                        "agriculture", "fisheries", "interior",
                                        "justice", "education", "environment",
                                        "culture", "labour", "labor", "industry",
                                        NULL};
    return scm_word_in(t, w, words);
}

/* A capitalised plural whose singular is the role of a person of the
 * document: "Undersecretaries" where an Undersecretary was named. */
static int role_plural(const acts_ctx *c, const char *t, const scm_word *w) {
    char sing[64];
    size_t n = w->stop - w->start, i;
    if (w->kind != SCM_W_WORD || !w->cap || n < 4 ||
        (t[w->stop - 1] != 's' && !hyphen_plural(t + w->start, n)) ||
        !singular(t + w->start, n, sing, sizeof sing))
        return 0;
    for (i = 0; i < c->x->people.len; i++) {
        const char *r = c->x->people.items[i].role;
        if (r && strcmp(r, sing) == 0) return 1;
    }
    return 0;
}

/* "Presidents" -> every person whose role is "President" (the leaders for
 * "leaders").  0 when nobody fits (the caller keeps the word). */
/* "Foreign Minister", "Defence Minister": a role whose portfolio word
 * stands before the role word `sing`, so that "the two Ministers" counts
 * them ("Prime Minister", "Deputy Minister" are offices of their own). */
static int portfolio_role(const char *role, const char *sing) {
    /* "Federal Minister": Germany's and Austria's ministers are
     * Ministers as any other's; so are the roles that name a minister in
     * another language (scm_minister_roles: "Raksha Mantri") */
    if (strcmp(sing, "Minister") == 0 &&
        (scm_bytes_in(role, strlen(role), scm_minister_roles) ||
         /* Cameroon's and France's "Minister Delegate" (session 25) */
         strcmp(role, "Minister Delegate") == 0))
        return 1;
    static const char *const portfolios[] = {"Foreign ", "Defence ", "External Affairs ",
                                             "Defense ", "Federal ", NULL};
    size_t rn = strlen(role), sn = strlen(sing);
    if (rn <= sn || strcmp(role + rn - sn, sing) != 0) return 0;
    for (size_t k = 0; portfolios[k]; k++)
        if (strlen(portfolios[k]) + sn == rn &&
            strncmp(role, portfolios[k], strlen(portfolios[k])) == 0)
            return 1;
    return 0;
}

/* "the two Foreign Ministers" of a "Deputy Prime Minister and Minister of
 * Foreign Affairs" and a "Minister of Foreign Relations": a portfolio's
 * Minister by the office the title names (session 16). */
static int portfolio_title(const char *title, const char *sing) {
    static const struct {
        const char *word, *office[3];
    } map[] = {{"Foreign Minister", {"Foreign ", "External Affairs", NULL}},
               {"Defence Minister", {"Defence", "Defense", NULL}},
               {"Defense Minister", {"Defence", "Defense", NULL}}};
    size_t k, q;
    const char *m;
    if (!title) return 0;
    for (k = 0; k < sizeof map / sizeof *map; k++) {
        if (strcmp(sing, map[k].word) != 0) continue;
        /* the office in the portfolio after "Minister of/for", up to the
         * next comma or "of the" ("Minister for Europe and Foreign
         * Affairs", "Minister of Foreign and European Affairs"; not a
         * "Spokesperson of the Ministry of Foreign Affairs") */
        for (m = strstr(title, "Minister "); m; m = strstr(m + 9, "Minister ")) {
            const char *o = m + 9, *end;
            size_t len;
            if (!strncmp(o, "of ", 3) || !strncmp(o, "for ", 4))
                o += o[0] == 'o' ? 3 : 4;
            else
                continue;
            end = strchr(o, ',');
            len = end ? (size_t)(end - o) : strlen(o);
            if ((end = strstr(o, " of the ")) != NULL && (size_t)(end - o) < len)
                len = (size_t)(end - o);
            for (q = 0; q < 3 && map[k].office[q]; q++) {
                const char *f = strstr(o, map[k].office[q]);
                if (f && (size_t)(f - o) < len) return 1;
            }
        }
    }
    return 0;
}

/* "the three commanders" of a "Commander in Chief" and two Commanders:
 * the one in chief is a commander too (session 16). */
static int in_chief(const char *role, const char *sing) {
    size_t n = strlen(sing);
    return strncmp(role, sing, n) == 0 &&
           (strcmp(role + n, " in Chief") == 0 || strcmp(role + n, "-in-Chief") == 0);
}

static int expand_counted(acts_ctx *c, actor_set *a, size_t from, int count,
                          int *added);

/* p chairs a house of parliament: its Speaker, Ceann Comhairle or
 * Cathaoirleach, or the President or Chair of a Senate, an Assembly, a
 * Parliament, a Bundestag … (not of a committee). */
static int house_chair(const scm_person *p) {
    static const char *const offices[] = {"Speaker", "Ceann Comhairle", "Cathaoirleach",
                                          "Presiding Officer", "Voorzitter", NULL};
    static const char *const chairs[] = {"President", "Chair", "Chairman", "Chairperson", NULL};
    static const char *const houses[] = {"Senate", "Assembly", "Parliament", "House", "Chamber",
                                         "Congress", "Bundestag", "Bundesrat", "Khural", "Duma",
                                         "Majlis", "Sejm", "Seimas", "Saeima", "Riigikogu",
                                         "Storting", "Riksdag", "Folketing", "Althing", "Knesset",
                                         "National Council", "Federal Council", "Diet", "Cortes",
                                         "Dáil", "Seanad", "Oireachtas", "Verkhovna Rada",
                                         "Jogorku Kenesh", "Oliy Majlis",
                                         /* (session 41) */
                                         "Landtag", "Nationalrat", "Sabor", "Skupština",
                                         "Eduskunta", "Sobranie", "Mazhilis", "Senedd",
                                         "Tynwald", "Lok Sabha", "Rajya Sabha", "Dewan",
                                         "Legislature", "Legislative", NULL};
    if (!p->role) return 0;
    if (scm_bytes_in(p->role, strlen(p->role), offices)) return 1;
    if (!scm_bytes_in(p->role, strlen(p->role), chairs) || !p->title || strstr(p->title, "Committee") ||
        strstr(p->title, "Commission") || strstr(p->title, "Group"))
        return 0;
    for (size_t k = 0; houses[k]; k++)
        if (strstr(p->title, houses[k])) return 1;
    return 0;
}

/* The chairs of houses among the people as actors, when they are
 * `want` (two or more) and no two of one party (not Slovenia's two
 * Presidents of a text whose Jamaican Speaker went unread): 1 when
 * added, 0 when not, -1 on memory. */
static int add_house_chairs(acts_ctx *c, actor_set *a, int want) {
    int32_t who[8];
    int got = 0;
    for (size_t q = 0; q < c->x->people.len && got < 8; q++)
        if (house_chair(&c->x->people.items[q])) who[got++] = (int32_t)q;
    if (got < 2 || got != want) return 0;
    for (int q = 0; q < got; q++)
        for (int r = q + 1; r < got; r++) {
            const char *pq = c->x->people.items[who[q]].party, *pr = c->x->people.items[who[r]].party;
            if (pq && pr && strcmp(pq, pr) == 0) return 0;
        }
    for (int q = 0; q < got; q++)
        if (add_role_actor(c, a, c->x->people.items[who[q]].role, who[q]) != 0) return -1;
    return 1;
}

/* A readout's spokesperson speaks for one side, at no table: the role or
 * the title says so ("Director-General of the Department of Information
 * and Spokesperson of the Ministry …"; session 21). */
static int spokesperson(const scm_person *p) {
    return (p->role && strstr(p->role, "Spokes")) ||
           (p->title && strstr(p->title, "Spokes"));
}

/* "The Prime Minister represented President A, who was unable to
 * travel": a principal who stayed away, whom another stands in for, is
 * none of those who met (session 38). */
static int stood_in_for(const acts_ctx *c, const scm_person *p) {
    const char *t = c->t;
    size_t len = c->doc->text.len;
    scm_off at = p->mentions.items[0].start, stop = p->mentions.items[0].stop;
    static const char *const before[] = {"represented ", "on behalf of ", "representing ", NULL};
    static const char *const after[] = {", who was unable to ", ", who could not ", NULL};
    for (size_t k = 0; before[k]; k++) {
        size_t bl = strlen(before[k]);
        /* (a style or an office may sit between: "represented President A") */
        for (scm_off q = at > 40 ? at - 40 : 0; q + bl <= at; q++)
            if (memcmp(t + q, before[k], bl) == 0 && !memchr(t + q, '.', at - q) &&
                !memchr(t + q, ',', at - q) &&
                /* (not "Portugal was represented by Dr. A", the one who came) */
                !(q + bl + 3 <= at && memcmp(t + q + bl, "by ", 3) == 0))
                return 1;
    }
    for (size_t k = 0; after[k]; k++) {
        size_t al = strlen(after[k]);
        if (stop + al <= len && memcmp(t + stop, after[k], al) == 0) return 1;
    }
    return 0;
}

/* Person p was introduced in the first paragraph that introduces anyone
 * (the meeting's principals). */
static int principal(const acts_ctx *c, const scm_person *p) {
    size_t m = 0;
    if (!p || !p->mentions.len || spokesperson(p) || stood_in_for(c, p)) return 0;
    /* (past a headline's mention when the principals' paragraph is in the
     * body, as count_principals reads them) */
    if (c->principal_para.start >= c->body_start)
        while (m + 1 < p->mentions.len && p->mentions.items[m].start < c->body_start) m++;
    return p->mentions.items[m].start >= c->principal_para.start &&
           p->mentions.items[m].start < c->principal_para.stop;
}

/* "Mr. A, Minister of Energy and Water of the Lebanese Republic, joined
 * the session on energy": one introduced as joining a part of the
 * meeting, none of those who met (session 27). */
static int joined_part_in(const char *t, size_t len, const scm_person *p) {
    size_t from, to, q;
    if (!p || !p->mentions.len) return 0;
    from = p->mentions.items[0].stop;
    to = from + 160 < len ? from + 160 : len;
    for (q = from; q + 12 < to; q++) {
        if (t[q] == '.' || t[q] == ';' || t[q] == '\n') break;
        if (t[q] == ' ' && !memcmp(t + q, " joined the ", 12)) {
            const char *r = t + q + 12;
            return !strncmp(r, "session", 7) || !strncmp(r, "discussion", 10) ||
                   !strncmp(r, "meeting", 7) || !strncmp(r, "talks", 5) ||
                   !strncmp(r, "deliberations", 13);
        }
    }
    return 0;
}

static int joined_part(const acts_ctx *c, const scm_person *p) {
    return joined_part_in(c->t, c->doc->text.len, p);
}

static int also_present(const scm_doc *doc, scm_off at);

/* A Minister of State introduced as one a delegation included ("The
 * Tanzanian delegation included Hon. C, Minister of State, …"). */
static int junior_in_delegation(const acts_ctx *c, const scm_person *p) {
    return p->title && !strncmp(p->title, "Minister of State", 17) && p->mentions.len &&
           also_present(c->doc, p->mentions.items[0].start);
}

/* The title holds a second office of role `sing` after " and ": "Deputy
 * Prime Minister and Minister for Defence" is a Minister too. */
static int second_office(const char *title, const char *sing) {
    const char *a = title ? strstr(title, " and ") : NULL;
    size_t n = strlen(sing);
    if (!a) return 0;
    a += 5;
    /* (also after one or two capitalised words: "Second Secretary
     * General and Political Director of …" among "the Political
     * Directors", whose modifier the caller checks; session 33) */
    for (int k = 0; k < 3; k++) {
        if (strncmp(a, sing, n) == 0 && (a[n] == ' ' || a[n] == '\0')) return 1;
        if (*a < 'A' || *a > 'Z' || !(a = strchr(a, ' '))) return 0;
        a++;
    }
    return 0;
}

/* "The Ministers" of a meeting where one party sends a "Secretary of
 * State for Defence" (the British and European ministerial rank): that
 * party's principal sits among the Ministers when no Minister of the
 * same party does and two Ministers or more are there. */
static int state_secretary_minister(const acts_ctx *c, const scm_person *p,
                                    const char *sing) {
    size_t i;
    /* (session 20) also a deputy who heads a party's delegation that has
     * no Minister: "… the Russian Federation by Mr. A, Deputy Minister of
     * Foreign Affairs; and the United States by B, Deputy Secretary of
     * State" of a meeting of Ministers */
    static const char *const deputies[] = {
        "Deputy Minister", "Vice Minister", "Vice-Minister", "Deputy Secretary",
        "State Secretary", "Minister of State", "First Deputy Minister",
        /* Kenya's ministers: "the Cabinet Secretary for Health" among the
         * Ministers of Tanzania and Uganda (session 26) */
        "Cabinet Secretary",
        /* (and the other ranks a party sends to a ministerial meeting:
         * Singapore's "Senior Minister of State", the UAE's "Assistant
         * Under-Secretary"; session 39) */
        "Senior Minister of State", "Under-Secretary", "Undersecretary",
        "Assistant Under-Secretary", "Assistant Minister", NULL};
    if (strcmp(sing, "Minister") != 0 || !p->party || !*p->party ||
        !principal(c, p))
        return 0;
    if (!(strcmp(p->role, "Secretary of State") == 0 && p->title &&
          strncmp(p->title, "Secretary of State for ", 23) == 0) &&
        !scm_bytes_in(p->role, strlen(p->role), deputies))
        return 0;
    for (i = 0; i < c->x->people.len; i++) {
        const scm_person *q = &c->x->people.items[i];
        /* (nor under a Secretary of cabinet rank of the same party: the
         * Philippines' "Undersecretary for High-Value Crops" beside its
         * Secretary of Agriculture) */
        if (q != p && q->role && q->party && strcmp(q->party, p->party) == 0 &&
            (strcmp(q->role, "Minister") == 0 || portfolio_role(q->role, sing) ||
             strcmp(q->role, "Secretary") == 0))
            return 0;
    }
    return 1;
}

/* s opens with a count or "both": "two States", "both countries". */
static int counted_states(const char *s, size_t n) {
    static const char *const counts[] = {"two ", "three ", "four ", "both ",
                                         NULL};
    for (size_t i = 0; counts[i]; i++)
        if (strlen(counts[i]) <= n && !strncmp(s, counts[i], strlen(counts[i])))
            return 1;
    return n > 0 && isdigit((unsigned char)s[0]);
}

/* A count of five or more members at s: "22", "twenty-two", "twelve".
 * Its value, or 0 (a smaller count, a year, an ordinal); *len its
 * bytes. */
static int member_count(const char *s, size_t n, size_t *len) {
    static const char *const units[] = {"one", "two", "three", "four", "five",
                                        "six", "seven", "eight", "nine", NULL};
    static const char *const small[] = {"five", "six", "seven", "eight", "nine",
                                        "ten", "eleven", "twelve", "thirteen",
                                        "fourteen", "fifteen", "sixteen",
                                        "seventeen", "eighteen", "nineteen",
                                        NULL};
    size_t k = 0;
    int v = 0;
    while (k < n && k < 4 && isdigit((unsigned char)s[k])) v = v * 10 + (s[k++] - '0');
    if (k) {
        *len = k;
        /* (a year, "the Action Plan of 2019", counts nothing) */
        return v >= 5 && k <= 3 && !(k < n && isalnum((unsigned char)s[k])) ? v : 0;
    }
    while (k < n && (isalpha((unsigned char)s[k]) || s[k] == '-')) k++;
    *len = k;
    for (size_t i = 0; small[i]; i++)
        if (strlen(small[i]) == k && !strncasecmp(s, small[i], k)) return (int)i + 5;
    /* "twenty", "twenty-two"; not an ordinal, "Twenty-Fifth" */
    for (size_t i = 0; scm_cardinal_tens[i]; i++) {
        size_t tl = strlen(scm_cardinal_tens[i]);
        if (k < tl || strncasecmp(s, scm_cardinal_tens[i], tl) != 0) continue;
        if (k == tl) return (int)(i + 2) * 10;
        if (s[tl] != '-') return 0;
        for (size_t u = 0; units[u]; u++)
            if (strlen(units[u]) == k - tl - 1 &&
                !strncasecmp(s + tl + 1, units[u], k - tl - 1))
                return (int)(i + 2) * 10 + (int)u + 1;
        return 0;
    }
    return 0;
}

/* "attended by the heads of delegation of twenty-two coast guard
 * agencies", "Ministers of 12 countries": the text counts five members or
 * more and names fewer (session 17). */
static int counted_members(const char *s, size_t n) {
    static const char *const nouns[] = {"agencies", "countries", "states",
                                        "members", "governments", "nations",
                                        "economies", "organizations",
                                        "organisations", "delegations", NULL};
    static const char *const glue[] = {"the", "of", "and", "between", "in",
                                       "on", "with", "to", "for", "from", NULL};
    const char *q = s, *e = s + n;
    while ((q = scm_ifind(q, (size_t)(e - q), " of ")) != NULL) {
        size_t len, w;
        const char *r = q + 4, *x;
        q += 4;
        if (!member_count(r, (size_t)(e - r), &len)) continue;
        x = r + len;
        for (w = 0; w < 4 && x < e; w++) {
            const char *b;
            while (x < e && *x == ' ') x++;
            b = x;
            while (x < e && (isalpha((unsigned char)*x) || *x == '-')) x++;
            /* the count's own noun phrase: lower-case words, no
             * preposition or article between ("of 15 May between the
             * countries" counts nothing) */
            if (x == b || isupper((unsigned char)*b) || scm_bytes_in(b, (size_t)(x - b), glue))
                break;
            for (size_t k = 0; nouns[k]; k++)
                if (strlen(nouns[k]) == (size_t)(x - b) &&
                    !strncasecmp(b, nouns[k], (size_t)(x - b)))
                    return 1;
        }
    }
    return 0;
}

static int span_has(const char *t, size_t a, size_t b, const char *s);
static const char *span_find(const char *t, size_t a, size_t b, const char *s);

/* The meeting is of the parties to a treaty ("the Parties to the Nauru
 * Agreement"): the title or the first two body paragraphs say so.  (Not
 * "urged the Parties to the Framework Convention …" later in the text of
 * a meeting of five states; session 18.) */
static int parties_body(const scm_doc *doc) {
    static const char needle[] = "Parties to the ";
    size_t i, body = 0;
    if (doc->title && strstr(doc->title, needle)) return 1;
    for (i = 0; i < doc->text.paragraphs.len && body < 2; i++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[i];
        if (p->kind != SCM_PARA_BODY) continue;
        body++;
        if (span_has(doc->text.text, p->span.start, p->span.stop, needle))
            return 1;
    }
    return 0;
}

/* Person p leads a state or a government: a leader's role, or the chair
 * of a council of ministers, as Bosnia and Herzegovina's head of
 * government is styled ("the Chairwoman of the Council of Ministers";
 * session 37). */
static int leads_government(const scm_person *p) {
    static const char *const chairs[] = {"Chairman of the Council of Ministers",
                                         "Chairwoman of the Council of Ministers",
                                         "Chairperson of the Council of Ministers",
                                         "Chair of the Council of Ministers",
                                         "President of the Council of Ministers",
                                         /* the Kyrgyz head of government,
                                          * "Chairman of the Cabinet of
                                          * Ministers" (session 39) */
                                         "Chairman of the Cabinet of Ministers",
                                         "Chairwoman of the Cabinet of Ministers",
                                         "Chairperson of the Cabinet of Ministers",
                                         "Chair of the Cabinet of Ministers", NULL};
    if (!p->role) return 0;
    if (scm_bytes_in(p->role, strlen(p->role), scm_leader_roles)) return 1;
    for (size_t k = 0; p->title && chairs[k]; k++)
        if (strncmp(p->title, chairs[k], strlen(chairs[k])) == 0) return 1;
    return 0;
}

/* The first body paragraph gathers the leaders of an organisation's
 * member states: "Heads of State and Government of the Member States of
 * …" (session 13): 1; or the leaders or ministers of a class of states
 * it names without listing them ("the Leaders of the Arab States", "The
 * Ministers of the Small Island Developing States"): 2. */
static int member_leaders(const scm_doc *doc) {
    size_t i;
    for (i = 0; i < doc->text.paragraphs.len; i++) {
        const scm_paragraph *p = &doc->text.paragraphs.items[i];
        size_t n = p->span.stop - p->span.start;
        const char *s = doc->text.text + p->span.start;
        if (p->kind != SCM_PARA_BODY) continue;
        if (n > 400) n = 400;
        {
            /* "We, the Leaders of the Arab States, meeting in …": the
             * leaders of a class of states, as many as it has (session
             * 16); also its ministers ("The Ministers of the Small Island
             * Developing States (SIDS) of the Atlantic …") and "the
             * countries of the Tuxtla Mechanism" (session 17) */
            static const char *const openers[] = {
                "leaders of the ", "ministers of the ",
                "heads of state and government of the ",
                /* "The Ministers responsible for Water Affairs of the Nile
                 * Equatorial Lakes countries held …" (session 18) */
                "ministers responsible for ", NULL};
            for (size_t o = 0; openers[o]; o++) {
                const char *q = scm_ifind(s, n, openers[o]);
                size_t ol = strlen(openers[o]), rest, k;
                const char *r;
                if (!q) continue;
                r = q + ol;
                rest = n - (size_t)(q - s) - ol;
                if (o == 3) {
                    const char *of = scm_ifind(r, rest > 60 ? 60 : rest, " of the ");
                    if (!of) continue;
                    rest -= (size_t)(of + 8 - r);
                    r = of + 8;
                    /* "… of the Nile Equatorial Lakes countries" */
                    for (k = 0; k + 10 <= rest && k < 50 && r[k] != ',' && r[k] != '.'; k++)
                        if (!memcmp(r + k, " countries", 10) &&
                            (k + 10 == rest || !isalpha((unsigned char)r[k + 10])))
                            return 2;
                }
                if (rest > 40) rest = 40;
                if (rest > 13 && !memcmp(r, "countries of ", 13)) return 2;
                /* (not a count, "the two States", nor a state's name,
                 * "the Federated States of Micronesia") */
                if (counted_states(r, rest)) continue;
                for (k = 0; k + 6 <= rest && r[k] != ','; k++) {
                    if (k + 5 <= rest && !memcmp(r + k, " and ", 5)) break;
                    if (!memcmp(r + k, "States", 6) &&
                        !(k >= 7 && !memcmp(r + k - 7, "United ", 7)) &&
                        !(k + 10 <= rest && !memcmp(r + k + 6, " of ", 4)))
                        return 2;
                }
            }
        }
        if (counted_members(s, n)) return 2;
        return (scm_ifind(s, n, "heads of state") ||
                scm_ifind(s, n, "leaders of the")) &&
               (scm_ifind(s, n, "member states of") ||
                scm_ifind(s, n, "member countries of"));
    }
    return 0;
}

static int role_and_ministers(const acts_ctx *c, const char *role);

static int expand_group(acts_ctx *c, actor_set *a, const char *t,
                        const scm_word *w, int *added) {
    size_t n = w->stop - w->start, i, from = a->n;
    char sing[64];
    int leaders = scm_word_ieq(t, w, "leaders") || scm_word_ieq(t, w, "heads") ||
                  scm_word_ieq(t, w, "politicians");
    int of_after = w + 1 < c->words.items + c->words.len && scm_word_is(t, w + 1, "of");
    *added = 0;
    size_t plain = 0;
    if (!singular(t + w->start, n, sing, sizeof sing)) return 0;
    /* a second office counts only beside two holders of the role or more
     * ("the Ministers" of three Ministers and a "Deputy Prime Minister and
     * Minister for Defence"; of one Minister they are the principals) */
    size_t junior = 0; /* of them, Ministers of State a delegation brought */
    for (i = 0; i < c->x->people.len; i++) {
        const scm_person *p = &c->x->people.items[i];
        if (p->role && (strcmp(p->role, sing) == 0 || portfolio_role(p->role, sing))) {
            plain++;
            junior += junior_in_delegation(c, p);
        }
    }
    for (i = 0; i < c->x->people.len; i++) {
        const scm_person *p = &c->x->people.items[i];
        if (!p->role) continue;
        /* (not one who joined a part of the meeting, beside two others;
         * beside one since session 34) */
        if (plain >= 2 && joined_part(c, p)) continue;
        /* (nor a Minister of State a delegation brought, beside two who
         * led it: "The Rwandan delegation included Mr. C, Minister of
         * State in charge of …" is none of "The Ministers"; session 43) */
        if (junior && plain - junior >= 2 && junior_in_delegation(c, p)) continue;
        if (leaders ? leads_government(p)
                    : strcmp(p->role, sing) == 0 || portfolio_role(p->role, sing) ||
                          portfolio_title(p->title, sing) || in_chief(p->role, sing) ||
                          /* "The two Chiefs": a Chief of Defence Staff and a
                           * "Chief of Staff" (not "The Chiefs of Navy", a
                           * group of its own; session 17) */
                          (strcmp(sing, "Chief") == 0 && !of_after &&
                           strncmp(p->role, "Chief of ", 9) == 0) ||
                          ((plain >= 2 ||
                            /* (session 31) or beside one Minister, where
                             * the text sets its Secretaries apart ("The
                             * Secretaries and Ministers") */
                            (plain == 1 && strcmp(sing, "Minister") == 0 &&
                             role_and_ministers(c, "Secretary"))) &&
                           second_office(p->title, sing)) ||
                          (plain >= 2 && state_secretary_minister(c, p, sing))) {
            if (add_role_actor(c, a, p->role, (int32_t)i) != 0) return -1;
            (*added)++;
        }
    }
    /* "The leaders" of a state visit that names the host state's head
     * of state as well ("accorded a ceremonial welcome … by the President
     * of India"): the principals among them, when two or more are
     * (session 13) */
    /* "The King and the Prime Minister reviewed … The two leaders …" of a
     * visit whose President invited the King: the leaders who spoke
     * together in the sentence or two before, when they are among the
     * leaders found and one of each party of a meeting of two (not two
     * of a trilateral summit's three) (session 19) */
    if (leaders && *added >= 3 && c->x->acts.len && c->ndoc_parties == 2) {
        const scm_act *last = NULL;
        size_t q, k = from, among = 0;
        for (q = c->x->acts.len; q-- > 0 && c->sentence - c->x->acts.items[q].sentence <= 2;)
            if (c->x->acts.items[q].actors.len >= 2) {
                last = &c->x->acts.items[q];
                break;
            }
        if (last && (last->persons.len != 2 || last->persons.items[0] < 0 ||
                     last->persons.items[1] < 0 ||
                     !c->x->people.items[last->persons.items[0]].party ||
                     !c->x->people.items[last->persons.items[1]].party ||
                     !strcmp(c->x->people.items[last->persons.items[0]].party,
                             c->x->people.items[last->persons.items[1]].party)))
            last = NULL;
        for (q = 0; last && q < last->persons.len; q++) {
            int32_t who = last->persons.items[q];
            for (i = from; i < a->n && who >= 0; i++)
                if (a->persons[i] == who) {
                    among++;
                    break;
                }
        }
        if (last && among == last->actors.len && among < (size_t)*added) {
            for (i = from; i < a->n; i++) {
                int keep = 0;
                for (q = 0; q < last->persons.len && !keep; q++)
                    keep = a->persons[i] == last->persons.items[q];
                actor_filter_step(a, i, &k, keep);
            }
            a->n = k;
            *added = (int)among;
        }
    }
    if (leaders && *added >= 3) {
        size_t in = 0, k = from;
        for (i = from; i < a->n; i++)
            in += a->persons[i] >= 0 &&
                  principal(c, &c->x->people.items[a->persons[i]]);
        if (in >= 2 && in < (size_t)*added) {
            for (i = from; i < a->n; i++)
                actor_filter_step(a, i, &k,
                                  a->persons[i] >= 0 &&
                                      principal(c, &c->x->people.items[a->persons[i]]));
            a->n = k;
            *added = (int)in;
        }
    }
    /* "The leaders" of a summit where a Vice President stands in for a
     * state whose head did not come: that deputy too, the one principal
     * of a party no leader found speaks for (session 33) */
    if (leaders && *added >= 2) {
        size_t upto = a->n;
        for (i = 0; i < c->x->people.len; i++) {
            const scm_person *p = &c->x->people.items[i];
            size_t q;
            int covered = 0;
            if (!p->role || !p->party || !*p->party || !principal(c, p) ||
                !(strncmp(p->role, "Vice", 4) == 0 || strncmp(p->role, "Deputy", 6) == 0) ||
                !(strstr(p->role, "President") || strstr(p->role, "Prime Minister") ||
                  strstr(p->role, "Premier")))
                continue;
            for (q = from; q < upto && !covered; q++) {
                const scm_person *o = a->persons[q] >= 0 ? &c->x->people.items[a->persons[q]] : NULL;
                covered = a->persons[q] == (int32_t)i ||
                          (o && o->party && strcmp(o->party, p->party) == 0);
            }
            if (covered) continue;
            if (add_role_actor(c, a, p->role, (int32_t)i) != 0) return -1;
            (*added)++;
        }
    }
    /* "President X met NATO Secretary General Y … The leaders …": plural
     * leaders and one head of state or government found, so the head of
     * the organisation met, introduced beside the leader, is the other:
     * in the readout of a meeting of the two ("Readout of President X's
     * Meeting with …"); not at a summit or a forum, whose leaders are its
     * members ("Chairman's Statement of the 42nd ASEAN Summit": the
     * Secretary-General attends) */
    if (leaders && *added == 1 && c->doc_title &&
        (strstr(c->doc_title, "Readout") || strstr(c->doc_title, " with ")) &&
        !strstr(c->doc_title, "Summit"))
        for (i = 0; i < c->x->people.len; i++) {
            const scm_person *p = &c->x->people.items[i];
            if (p->role && principal(c, p) &&
                (strcmp(p->role, "Secretary General") == 0 ||
                 strcmp(p->role, "Secretary-General") == 0)) {
                if (add_role_actor(c, a, p->role, (int32_t)i) != 0) return -1;
                (*added)++;
            }
        }
    /* "The Prime Minister spoke to President William Ruto …. The leaders
     * discussed …": in a readout of a call or meeting of two, the issuer's
     * unnamed leader who spoke before, and the one named (session 18) */
    if (leaders && *added == 1 && !c->member_leaders && c->doc_title &&
        (strstr(c->doc_title, "Readout") || strstr(c->doc_title, " with ") ||
         strstr(c->doc_title, "call")) &&
        !strstr(c->doc_title, "Summit")) {
        const char *own = NULL;
        for (i = c->x->acts.len; i-- > 0 && !own;) {
            const scm_act *p = &c->x->acts.items[i];
            if (p->actors.len == 1 && p->persons.len == 1 && p->persons.items[0] < 0 &&
                scm_bytes_in(p->actors.items[0], strlen(p->actors.items[0]),
                             scm_leader_roles))
                own = p->actors.items[0];
        }
        if (!own) {
            /* … or the silent subject of a sentence before ("The Prime
             * Minister spoke to …", no act) */
            if (c->silent_one.n == 1 && c->silent_one.persons[0] < 0 &&
                scm_bytes_in(c->silent_one.names[0], strlen(c->silent_one.names[0]),
                             scm_leader_roles))
                own = c->silent_one.names[0];
        }
        if (own && strcmp(own, a->names[from]) != 0) {
            if (actors_add(a, own, strlen(own), -1) != 0) return -1;
            (*added)++;
            return 0;
        }
    }
    /* plural leaders of whom the text names one (the chair of a summit
     * of ten), or a few chairs of a meeting of member states' leaders:
     * the group word stands, not one person */
    if (leaders && (*added == 1 ||
                    (*added >= 1 && (c->member_leaders ||
                                     /* … or of more members than the text
                                      * names (session 19) */
                                     c->many_members)))) {
        for (i = from; i < a->n; i++) free(a->names[i]);
        a->n = from;
        *added = 0;
    }
    /* "The leaders" of the readout of a meeting of two principals who
     * lead no state ("Readout of Chairman … Pellerin’s Meeting With …
     * Chairman … Yeom"): the two */
    if (leaders && *added == 0 && c->principals == 2 && c->doc_title &&
        (strstr(c->doc_title, "Readout") || strstr(c->doc_title, " with ") ||
         strstr(c->doc_title, " With ")) &&
        !strstr(c->doc_title, "Summit") &&
        expand_counted(c, a, from, 2, added) != 0)
        return -1;
    if (*added > 1 || leaders) return 0;
    /* "the two Secretaries" of a Secretary and a Senior Secretary: with
     * the one who holds the singular, those whose role is the singular at
     * a higher grade ("Senior", "Permanent", "Principal"; not a Deputy
     * Minister among "The Ministers"; session 19) */
    if (*added == 1 && !of_after) {
        static const char *const grades[] = {"Senior", "Permanent", "Principal", NULL};
        size_t sn = strlen(sing), k = 0;
        int pass;
        for (pass = 0; pass < 2; pass++)
            for (i = 0; i < c->x->people.len; i++) {
                const char *r = c->x->people.items[i].role, *sp;
                size_t rl;
                if (!r || !(sp = strchr(r, ' ')) || strcmp(sp + 1, sing) != 0) continue;
                rl = (size_t)(sp - r);
                if (!scm_bytes_in(r, rl, grades) || rl + 1 + sn != strlen(r))
                    continue;
                if (pass == 0) {
                    k++;
                    continue;
                }
                if (add_role_actor(c, a, r, (int32_t)i) != 0) return -1;
                (*added)++;
            }
        if (k) return 0;
    }
    /* "the Chiefs [of Defence Staff]", "the two Chiefs": the roles of
     * several words that open with the singular ("Chief of Defence
     * Staff"), when two people or more hold one; or (session 18) with the
     * one who holds the singular itself ("The two Directors": a Director
     * and a Director General) */
    {
        size_t sn = strlen(sing), k = 0;
        for (i = 0; i < c->x->people.len; i++) {
            const char *r = c->x->people.items[i].role;
            if (r && strncmp(r, sing, sn) == 0 && r[sn] == ' ') k++;
        }
        if (k + (size_t)*added < 2 || k == 0 || (*added && of_after))
            return 0; /* (not "The Chiefs of Navy": a group of its own) */
        for (i = 0; i < c->x->people.len; i++) {
            const char *r = c->x->people.items[i].role;
            if (!(r && strncmp(r, sing, sn) == 0 && r[sn] == ' ')) continue;
            if (add_role_actor(c, a, r, (int32_t)i) != 0) return -1;
            (*added)++;
        }
    }
    return 0;
}

/* A head word of a speaking body or an institution: list speaker-body,
 * or one of the heads below ("Group", "Bank", "Agency", …). */
static int body_head(const acts_ctx *c, const char *b, size_t n) {
    static const char *const heads[] = {"Group", "Bank", "Guard", "Agency",
                                        "Administration", "Office", "Service",
                                        "Unit",
                                        /* "National Institute of Industrial
                                         * Property (INPI)" (session 19) */
                                        "Institute",
                                        /* a regulator: "Superintendence of
                                         * Industry and Commerce (SIC)" */
                                        "Superintendence", "Superintendency",
                                        "Directorate", NULL};
    size_t k;
    if (scm_lexicon_has(c->lex, SCM_LEX_SPEAKER_BODY, b, n)) return 1;
    for (k = 0; heads[k]; k++)
        if (strlen(heads[k]) == n && memcmp(b, heads[k], n) == 0) return 1;
    return 0;
}

/* s[0..n) is a short form: two to eight letters, a capital first, two
 * capitals or more ("SCC", "EgSA", "NASRDA"). */
static int short_shape(const char *s, size_t n) {
    size_t k, caps = 0;
    if (n < 2 || n > 8 || !(s[0] >= 'A' && s[0] <= 'Z')) return 0;
    for (k = 0; k < n; k++) {
        if (s[k] >= 'A' && s[k] <= 'Z') caps++;
        else if (!(s[k] >= 'a' && s[k] <= 'z')) return 0;
    }
    return caps >= 2;
}

/* Read once the short forms in capitals the text defines after a body's
 * name: "(SHORT)" after up to eight words of the name, the head word the
 * last of body_head's words among them ("Nuclear Suppliers Group (NSG)",
 * "Electoral Commission of Jamaica (ECJ)", "Bank Indonesia (BI)"). */
static void body_short_forms(acts_ctx *c) {
    const char *t = c->t, *at = t;
    c->inst_read = 1;
    while ((at = strchr(at, '(')) != NULL && c->ninst < 16) {
        const char *q = at + 1, *e, *b, *sf = at + 1;
        size_t words = 0, k;
        int dup = 0;
        while ((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z')) q++;
        if (*q != ')' || !short_shape(at + 1, (size_t)(q - at - 1))) {
            /* "… of Tunisia (Agence nationale pour la transition
             * énergétique, ANTE)": the name in its own language, then
             * the short form (session 41) */
            const char *r = at + 1;
            while (*r && *r != ')' && *r != '(' && r - at < 160) r++;
            for (q = r; q > at + 1 && isalpha((unsigned char)q[-1]); q--)
                ;
            if (*r != ')' || q - at < 4 || q[-1] != ' ' || q[-2] != ',' ||
                !short_shape(q, (size_t)(r - q))) {
                at++;
                continue;
            }
            sf = q;
            q = r;
        }
        for (k = 0; k < c->ninst && !dup; k++)
            dup = c->inst[k].sl == (scm_off)(q - sf) &&
                  memcmp(t + c->inst[k].s, sf, (size_t)(q - sf)) == 0;
        for (e = at; e > t && e[-1] == ' '; e--)
            ;
        /* "the Participating Governments (PGs)" */
        if (q[-1] == 's' && c->nmsf < 4) {
            const char *m;
            for (b = e; b > t && b[-1] != ' ' && b[-1] != '\n'; b--)
                ;
            for (m = b; m > t && m[-1] == ' '; m--)
                ;
            if (m - t >= 13 && strncasecmp(m - 13, "participating", 13) == 0 &&
                ((e - b == 6 && memcmp(b, "States", 6) == 0) ||
                 (e - b == 11 && memcmp(b, "Governments", 11) == 0))) {
                c->msf[c->nmsf].s = (scm_off)(sf - t);
                c->msf[c->nmsf].sl = (scm_off)(q - sf);
                c->msf[c->nmsf].gs = (scm_off)(m - 13 - t);
                c->msf[c->nmsf].ge = (scm_off)(e - t);
                c->nmsf++;
            }
        }
        while (!dup && words < 8 && e > t) {
            for (b = e; b > t && b[-1] != ' ' && b[-1] != '\n'; b--)
                ;
            if (b == e) break;
            if (!(*b >= 'A' && *b <= 'Z') &&
                !((e - b == 2 && !memcmp(b, "of", 2)) ||
                  (e - b == 3 && (!memcmp(b, "the", 3) || !memcmp(b, "and", 3) ||
                                  !memcmp(b, "for", 3)))))
                break;
            if (body_head(c, b, (size_t)(e - b))) {
                c->inst[c->ninst].s = (scm_off)(sf - t);
                c->inst[c->ninst].sl = (scm_off)(q - sf);
                c->inst[c->ninst].h = (scm_off)(b - t);
                c->inst[c->ninst].hl = (scm_off)(e - b);
                c->inst[c->ninst].rec = 0;
                c->ninst++;
                break;
            }
            words++;
            for (e = b; e > t && e[-1] == ' '; e--)
                ;
            if (e > t && e[-1] == '\n') break;
        }
        at = q;
    }
}

/* Word w is a short form in capitals that the text defines after a
 * speaking body's or an institution's name (body_short_forms). */
static int body_short_form(acts_ctx *c, const scm_word *w) {
    size_t n = w->stop - w->start, k;
    if (w->kind != SCM_W_WORD || n < 2) return 0;
    if (!c->inst_read) body_short_forms(c);
    for (k = 0; k < c->ninst; k++)
        if (c->inst[k].sl == n && memcmp(c->t + c->inst[k].s, c->t + w->start, n) == 0)
            return 1;
    return 0;
}

/* A short form the text uses three times or more: a party of the
 * document, not an institution it names once ("the Bank for
 * International Settlements (BIS)" beside "the two central banks"). */
static int recurs(const acts_ctx *c, size_t k) {
    /* (counted within 64 KB after the definition: a document's parties
     * recur near it, and a long text is not read again for each) */
    const char *t = c->t, *q, *lim;
    size_t n = c->inst[k].sl, seen = 0, from = c->inst[k].s;
    lim = t + from + strnlen(t + from, 65536);
    for (q = t + from; q + n <= lim; q++) {
        q = memchr(q, t[c->inst[k].s], (size_t)(lim - q));
        if (!q || q + n > lim) break;
        if (memcmp(q, t + c->inst[k].s, n) == 0 &&
            (q == t || !isalnum((unsigned char)q[-1])) &&
            !isalnum((unsigned char)q[n]) && ++seen >= 3)
            return 1;
    }
    return 0;
}

/* Institution k is one of the plural word w: the plural of its head
 * ("Commissions", "authorities", "coast guards"), or a word for any
 * institution ("agencies", "institutions", "bodies"). */
static int inst_matches(acts_ctx *c, size_t k, const scm_word *w) {
    static const char *const any[] = {"agencies", "institutions", "bodies",
                                      "organisations", "organizations",
                                      "authorities", "units", "services",
                                      "offices", "Offices",
                                      /* telecoms, energy, competition
                                       * (session 19) */
                                      "regulators",
                                      /* research bodies: "The two
                                       * institutes" (session 39) */
                                      "institutes", NULL};
    static const char *const meetings[] = {"Meeting", "Summit", "Conference",
                                           "Dialogue", "Symposium", "Plenary",
                                           "Conclave", "Forum", NULL};
    char sing[48];
    size_t n = w->stop - w->start, sn;
    if (!c->inst[k].rec) c->inst[k].rec = recurs(c, k) ? 1 : -1;
    if (c->inst[k].rec < 0) return 0;
    /* (a word for any institution is no meeting's: not "the Heads of
     * Office Meeting (HOM)" among "Both Offices"; session 19) */
    if (scm_word_in(c->t, w, any))
        return !scm_bytes_in(c->t + c->inst[k].h, c->inst[k].hl, meetings);
    if (!singular(c->t + w->start, n, sing, sizeof sing)) return 0;
    sn = strlen(sing);
    return c->inst[k].hl == sn && strncasecmp(c->t + c->inst[k].h, sing, sn) == 0;
}

static size_t institutions_named(acts_ctx *c, const scm_word *w) {
    const char *t = c->t;
    size_t n = w->stop - w->start, k, hits = 0;
    if (w->kind != SCM_W_WORD || n < 4 || t[w->stop - 1] != 's') return 0;
    if (!c->inst_read) body_short_forms(c);
    for (k = 0; k < c->ninst; k++)
        if (inst_matches(c, k, w)) hits++;
    return hits;
}

/* Institution k is named in the document's title: its short form, or
 * the three words before its "(SHORT)" ("… by the Office of Disaster
 * Preparedness and Management of Trinidad and Tobago and the National
 * Disaster Management Agency of Grenada"): one of the document's
 * parties. */
static int inst_in_title(const acts_ctx *c, size_t k) {
    const char *tt = c->doc_title, *t = c->t, *q, *e, *b;
    size_t n = c->inst[k].sl, words = 0;
    if (!tt) return 0;
    for (q = tt; *q; q++)
        if (strncmp(q, t + c->inst[k].s, n) == 0 &&
            (q == tt || !isalnum((unsigned char)q[-1])) &&
            !isalnum((unsigned char)q[n]))
            return 1;
    /* the three words before "(SHORT)" */
    e = t + c->inst[k].s - 1; /* the '(' */
    while (e > t && e[-1] == ' ') e--;
    for (b = e; b > t && words < 3; words++) {
        while (b > t && b[-1] != ' ' && b[-1] != '\n') b--;
        if (words < 2)
            while (b > t && b[-1] == ' ') b--;
    }
    if (words < 3 || e - b < 8) return 0;
    for (q = tt; *q; q++)
        if (strncmp(q, b, (size_t)(e - b)) == 0) return 1;
    return 0;
}

/* The first person whose title gives word s[0..n) in brackets after the
 * office, "Inspector General of Police (IGP) of the Uganda Police
 * Force": "IGP" stands for that office and its holder.  -1 when no title
 * does.  office_short_form is that person's role, or NULL. */
static long office_holder(const acts_ctx *c, const char *s, size_t n) {
    size_t q;
    if (n < 2 || n > 8) return -1;
    for (q = 0; q < c->x->people.len; q++) {
        const scm_person *p = &c->x->people.items[q];
        const char *b = p->title;
        if (!p->role || !b) continue;
        while ((b = strchr(b, '(')) != NULL) {
            if (strncmp(b + 1, s, n) == 0 && b[n + 1] == ')') return (long)q;
            b++;
        }
    }
    return -1;
}

static const char *office_short_form(const acts_ctx *c, const char *s, size_t n) {
    long q = office_holder(c, s, n);
    return q < 0 ? NULL : c->x->people.items[q].role;
}

/* Word w is the family name of a person with a role. */
static int family_word(const acts_ctx *c, const scm_word *w) {
    size_t q, n = w->stop - w->start;
    for (q = 0; q < c->x->people.len; q++) {
        const scm_person *p = &c->x->people.items[q];
        if (p->role && p->family && strlen(p->family) == n &&
            memcmp(p->family, c->t + w->start, n) == 0)
            return 1;
    }
    return 0;
}

/* "the two Commissions", "Both central banks", "the two coast guards":
 * a count (or "Both") of the plural of a head word that two short forms
 * of body_short_forms have; those short forms are added.  1, 0, -1. */
static int counted_institutions(acts_ctx *c, actor_set *a, const scm_word *w,
                                int count) {
    const char *t = c->t;
    size_t k, named = institutions_named(c, w), titled = 0;
    int title_only;
    if (count < 2 || named < (size_t)count) return 0;
    /* more of them than counted: those the title names, when as many */
    for (k = 0; k < c->ninst; k++)
        if (inst_matches(c, k, w) && inst_in_title(c, k)) titled++;
    title_only = named > (size_t)count;
    if (title_only && titled != (size_t)count) return 0;
    for (k = 0; k < c->ninst; k++)
        if (inst_matches(c, k, w) && (!title_only || inst_in_title(c, k)) &&
            actors_add(a, t + c->inst[k].s, c->inst[k].sl, -1) != 0)
            return -1;
    return 1;
}

/* Word w is a plural short form ("PGs") that the text defines after the
 * members' group, "the Participating Governments (PGs)": the group's
 * words in [*gs, *ge). */
static int members_short_form(acts_ctx *c, const scm_word *w,
                              size_t *gs, size_t *ge) {
    size_t n = w->stop - w->start, k;
    if (w->kind != SCM_W_WORD || n < 3 || c->t[w->stop - 1] != 's') return 0;
    if (!c->inst_read) body_short_forms(c);
    for (k = 0; k < c->nmsf; k++)
        if (c->msf[k].sl == n && memcmp(c->t + c->msf[k].s, c->t + w->start, n) == 0) {
            *gs = c->msf[k].gs;
            *ge = c->msf[k].ge;
            return 1;
        }
    return 0;
}

/* A state's institution counted as many as the parties: "Both
 * Parliaments", "The four Administrations", "The four economies" -- each
 * speaks for its state (session 34). */
static int state_institutions(const char *t, const scm_word *w) {
    static const char *const nouns[] = {"Parliaments", "parliaments", "Administrations",
                                        "administrations", "economies", "Economies",
                                        "legislatures", "Legislatures", "Assemblies",
                                        NULL};
    return scm_word_in(t, w, nouns);
}

/* The number a numeral word states ("two" 2, "Three" 3), or 0. */
static int numeral_value(const char *t, const scm_word *w) {
    static const char *const words[] = {"two",   "three", "four", "five",
                                        "six",   "seven", "eight", "nine",
                                        "ten",   NULL};
    int i;
    /* asked of every subject's first words: the length and the first
     * letter rule out most (t, f, s, e, n, b open every numeral here, of
     * three to five letters) */
    if (w->stop - w->start < 3 || w->stop - w->start > 5) return 0;
    switch (t[w->start] | 32) {
    case 't': case 'f': case 's': case 'e': case 'n': case 'b': break;
    default: return 0;
    }
    for (i = 0; words[i]; i++)
        if (scm_word_ieq(t, w, words[i])) return i + 2;
    return scm_word_ieq(t, w, "both") ? 2 : 0; /* "Both Ministers" */
}

/* "The three Ministers" where fewer than three people hold the role
 * "Minister": a counted group names the meeting's principals, who are
 * introduced first, whatever their titles ("the two Ministers" of a
 * Secretary of State and a Foreign Minister).  Replaces the actors with
 * the first `count` titled people when the document names at least that
 * many; otherwise leaves `a` as it is.  `from` is where this item's actors
 * start in `a`. */
/* Is person `who` among the actors a[0 .. from)? */
static int named_before(const actor_set *a, size_t from, int32_t who) {
    for (size_t i = 0; i < from && i < a->n; i++)
        if (a->persons[i] == who) return 1;
    return 0;
}

/* Of the actors from `from` on, keep those the sentence before this one
 * mentions, when they are exactly `count` and one of them is introduced
 * there (a meeting the text has just reported).  1 when it kept them. */
/* Person p has a mention starting in [lo, hi): its mentions are sorted,
 * so a binary search (a long document names a person thousands of
 * times). */
static int mentioned_in(const scm_person *p, scm_off lo, scm_off hi) {
    size_t a = 0, b = p->mentions.len;
    while (a < b) {
        size_t mid = a + (b - a) / 2;
        if (p->mentions.items[mid].start < lo) a = mid + 1;
        else b = mid;
    }
    return a < p->mentions.len && p->mentions.items[a].start < hi;
}

static int keep_named_before(acts_ctx *c, actor_set *a, size_t from, int count) {
    const scm_sentence *prev;
    size_t i, k = from, in = 0;
    int fresh = 0;
    if (c->sentence == 0 || c->sentence > c->doc->sentences.len) return 0;
    prev = &c->doc->sentences.items[c->sentence - 1];
    for (i = from; i < a->n; i++) {
        const scm_person *p;
        if (a->persons[i] < 0) continue;
        p = &c->x->people.items[a->persons[i]];
        if (!mentioned_in(p, prev->span.start, prev->span.stop)) continue;
        in++;
        fresh |= p->mentions.len && p->mentions.items[0].start >= prev->span.start &&
                 p->mentions.items[0].start < prev->span.stop;
    }
    if (in != (size_t)count || !fresh) return 0;
    for (i = from; i < a->n; i++) {
        int here = a->persons[i] >= 0 &&
                   mentioned_in(&c->x->people.items[a->persons[i]],
                                prev->span.start, prev->span.stop);
        actor_filter_step(a, i, &k, here);
    }
    a->n = k;
    return 1;
}

/* Of the actors from `from` on, keep the `count` whose persons the text
 * introduced first; all of them must be persons.  0 (-1 is never
 * returned: nothing is allocated). */
static int keep_first_introduced(acts_ctx *c, actor_set *a, size_t from,
                                 int count, int *added) {
    size_t i, k = from;
    for (i = from; i < a->n; i++)
        if (a->persons[i] < 0 || !c->x->people.items[a->persons[i]].mentions.len)
            return 0;
    for (i = from; i < a->n; i++) {
        scm_off first = c->x->people.items[a->persons[i]].mentions.items[0].start;
        size_t earlier = 0;
        for (size_t j = from; j < a->n; j++) {
            scm_off other = c->x->people.items[a->persons[j]].mentions.items[0].start;
            earlier += other < first || (other == first && j < i);
        }
        actor_filter_step(a, i, &k, earlier < (size_t)count);
    }
    a->n = k;
    *added = count;
    return 0;
}

static int expand_counted(acts_ctx *c, actor_set *a, size_t from, int count,
                          int *added) {
    size_t i;
    int titled = 0, before = from > 0;
    if (count >= 2 && *added > count) {
        /* "the two leaders" of four found (the hosts they met later): the
         * principals, those introduced in the first paragraph that
         * introduces anyone; the first that many of them when it names
         * more ("The three Ministers" of a paragraph that also names the
         * guest who joined them) */
        size_t k = from, in = 0, kept = 0;
        /* … but "Minister A also held a meeting with the Minister of
         * Agriculture, B. The two Ministers agreed …": the two the
         * sentence before names, when it names that many of them
         * (session 21) */
        if (keep_named_before(c, a, from, count)) {
            *added = count;
            return 0;
        }
        for (i = from; i < a->n; i++) {
            int32_t who = a->persons[i];
            if (principal(c, who >= 0 ? &c->x->people.items[who] : NULL)) in++;
        }
        /* fewer principals than counted (a headline's paragraph named
         * one): those the text introduced first, not one it introduces
         * paragraphs later (session 21) */
        if (in < (size_t)count) return keep_first_introduced(c, a, from, count, added);
        for (i = from; i < a->n; i++) {
            int32_t who = a->persons[i];
            int keep = kept < (size_t)count &&
                       principal(c, who >= 0 ? &c->x->people.items[who] : NULL);
            kept += (size_t)keep;
            actor_filter_step(a, i, &k, keep);
        }
        a->n = k;
        *added = count;
        return 0;
    }
    if (count == 0 || *added >= count) return 0;
    for (i = 0; i < c->x->people.len && titled < count; i++)
        if (c->x->people.items[i].role) titled++;
    if (titled < count) return 0;
    /* "The Secretary and the two ministers": not those the subject named
     * before this item, when enough others remain (session 18) */
    {
        int others = 0;
        for (i = 0; i < c->x->people.len; i++)
            if (c->x->people.items[i].role &&
                principal(c, &c->x->people.items[i]) &&
                !named_before(a, from, (int32_t)i))
                others++;
        if (others < count) before = 0;
    }
    /* drop what the role match added (earlier items of the subject stay) */
    for (i = from; i < a->n; i++) free(a->names[i]);
    a->n = from;
    *added = 0;
    /* the principals first (not a readout's spokesperson introduced
     * above them), then the other titled people in order */
    for (int pass = 0; pass < 2; pass++)
        for (i = 0; i < c->x->people.len && *added < count; i++) {
            const scm_person *p = &c->x->people.items[i];
            if (!p->role || (pass == 0) != (principal(c, p) != 0)) continue;
            /* a readout's spokesperson speaks for one side, at no table */
            if (spokesperson(p)) continue;
            if (before && named_before(a, from, (int32_t)i)) continue;
            if (add_role_actor(c, a, p->role, (int32_t)i) != 0) return -1;
            (*added)++;
        }
    return 0;
}

/* Keep, of the actors from `from` on, those whose person's title holds
 * the word m[0..mn) ("Defense"), when exactly `count` do (count 0: when
 * some but not all do, "the Foreign Ministers" of four Ministers).  1 if
 * it narrowed the group. */
static long party_at(acts_ctx *c, const scm_word *w, size_t i, size_t n,
                     const char **cls);

/* Is person `who` (or -1) of one of parties[0..np)? */
static int party_listed(const acts_ctx *c, int32_t who,
                        const char *const *parties, size_t np) {
    const char *pp = who >= 0 ? c->x->people.items[who].party : NULL;
    for (size_t r = 0; pp && r < np; r++)
        if (strcmp(pp, parties[r]) == 0) return 1;
    return 0;
}

/* "of Argentina, Bolivia, Paraguay and Uruguay" at word k after a group
 * word: keep the actors from `from` on whose person is of one of those
 * parties.  The word after the list when that narrowed the group, 0 when
 * not, (size_t)-1 on memory. */
/* A list of parties at word k, "[the] A, [the] B … and [the] Z": their
 * classes in parties[0..*np); the word after it, or (size_t)-1 on
 * memory. */
static size_t party_list(acts_ctx *c, const scm_word *w, size_t k, size_t n,
                         const char **parties, size_t *np) {
    *np = 0;
    while (k < n && *np < MAX_ACTORS) {
        const char *cls = NULL;
        long pk;
        if (scm_word_ieq(c->t, &w[k], "the")) k++;
        pk = party_at(c, w, k, n, &cls);
        if (pk < 0) return (size_t)-1;
        /* "the Republic of Moldova": a state's formal style before a
         * party's name (session 30) */
        if (pk == 0) {
            size_t s = scm_state_form_skip(c->t, w, k, n);
            if (s > k && s < n && w[s].cap) {
                pk = party_at(c, w, s, n, &cls);
                if (pk < 0) return (size_t)-1;
                if (pk > 0) pk += (long)(s - k);
            }
        }
        if (pk == 0 || !cls) break;
        parties[(*np)++] = cls;
        k += (size_t)pk;
        if (k < n && scm_word_punct(&w[k], ',')) k++;
        if (k < n && scm_word_is(c->t, &w[k], "and")) k++;
        else if (k < n && !(k > 0 && scm_word_punct(&w[k - 1], ','))) break;
    }
    return k;
}

static size_t keep_party_list(acts_ctx *c, const scm_word *w, size_t k,
                              size_t n, actor_set *a, size_t from, int *added) {
    const char *parties[MAX_ACTORS];
    size_t np = 0, q, out;
    if (k >= n || !scm_word_is(c->t, &w[k], "of")) return 0;
    k = party_list(c, w, k + 1, n, parties, &np);
    if (k == (size_t)-1) return (size_t)-1;
    if (np < 2) return 0;
    /* none of the group of those parties: the list is no narrowing */
    for (q = from, out = 0; q < a->n; q++)
        out += party_listed(c, a->persons[q], parties, np);
    if (out == 0) return 0;
    for (q = from, out = from; q < a->n; q++)
        actor_filter_step(a, q, &out, party_listed(c, a->persons[q], parties, np));
    *added = (int)(out - from);
    a->n = out;
    return k;
}

/* A person's office as written, else the role read for it (a name in a
 * list after "the Prime Ministers of A, X, of B, Y" has no title of its
 * own; session 33). */
static const char *person_office(const scm_person *p) {
    return p->title ? p->title : p->role;
}

static int keep_titled(acts_ctx *c, actor_set *a, size_t from,
                       const char *m, size_t mn, int count, int *added) {
    size_t i, k = from;
    int hits = 0;
    char word[64];
    if (mn == 0 || mn >= sizeof word) return 0;
    memcpy(word, m, mn);
    word[mn] = '\0';
    for (i = from; i < a->n; i++) {
        int32_t who = a->persons[i];
        const char *title = who >= 0 ? person_office(&c->x->people.items[who]) : NULL;
        if (title && strstr(title, word)) hits++;
    }
    if (count == 0 && hits > 0 && (size_t)hits < a->n - from) count = hits;
    if (hits != count) return 0;
    for (i = from; i < a->n; i++) {
        int32_t who = a->persons[i];
        const char *title = who >= 0 ? person_office(&c->x->people.items[who]) : NULL;
        actor_filter_step(a, i, &k, title && strstr(title, word));
    }
    a->n = k;
    *added = count;
    return 1;
}

/* "the Ministers responsible for security", "… in charge of defence"
 * after the group word at j: keep those whose office names the field
 * (keep_titled).  1 if it narrowed the group. */
static int keep_responsible(acts_ctx *c, const scm_word *w, size_t j,
                            size_t n, actor_set *a, size_t from, int *added,
                            size_t *end) {
    const char *t = c->t;
    size_t f = 0, fn;
    char field[64];
    if (j + 3 < n && scm_word_is(t, &w[j + 1], "responsible") &&
        scm_word_is(t, &w[j + 2], "for"))
        f = j + 3;
    else if (j + 4 < n && scm_word_is(t, &w[j + 1], "in") &&
             scm_word_is(t, &w[j + 2], "charge") &&
             scm_word_is(t, &w[j + 3], "of"))
        f = j + 4;
    /* "the Ministers with responsibility for sport" (session 27) */
    else if (j + 4 < n && scm_word_is(t, &w[j + 1], "with") &&
             scm_word_is(t, &w[j + 2], "responsibility") &&
             scm_word_is(t, &w[j + 3], "for"))
        f = j + 4;
    if (!f || w[f].kind != SCM_W_WORD) return 0;
    fn = w[f].stop - w[f].start;
    if (fn >= sizeof field) return 0;
    *end = f + 1; /* the subject runs on over the phrase */
    memcpy(field, t + w[f].start, fn);
    if (field[0] >= 'a' && field[0] <= 'z') field[0] = (char)(field[0] - 32);
    return keep_titled(c, a, from, field, fn, 0, added);
}

/* "The Ministers" where fewer than two people hold the role (a Minister
 * and two Secretaries met): a plural role word names the principals, as
 * many as the latest counted group had, else those introduced first.
 * Leaves `a` as it is for "leaders", for words that are not role plurals
 * and when the number is unknown. */
/* Remember the count of a counted group word ("the three Chiefs"). */
static void remember_count(acts_ctx *c, const scm_word *w, int count) {
    size_t i, wl = w->stop - w->start;
    if (wl >= sizeof c->counted[0].word) return;
    for (i = 0; i < c->ncounted; i++)
        if (scm_word_ieq(c->t, w, c->counted[i].word)) break;
    if (i == c->ncounted) {
        if (c->ncounted == sizeof c->counted / sizeof c->counted[0]) return;
        c->ncounted++;
        memcpy(c->counted[i].word, c->t + w->start, wl);
        c->counted[i].word[wl] = '\0';
    }
    c->counted[i].count = count;
}

/* The latest count of group word w, or 0. */
static int counted_as(const acts_ctx *c, const scm_word *w) {
    for (size_t i = 0; i < c->ncounted; i++)
        if (scm_word_ieq(c->t, w, c->counted[i].word))
            return c->counted[i].count;
    return 0;
}

/* How many people hold the office whose plural is word w ("Ministers":
 * the Ministers named). */
static int role_holders(const acts_ctx *c, const char *t, const scm_word *w) {
    char sing[64];
    int k = 0;
    if (!singular(t + w->start, w->stop - w->start, sing, sizeof sing)) return 0;
    for (size_t i = 0; i < c->x->people.len; i++) {
        const char *r = c->x->people.items[i].role;
        if (r && strcmp(r, sing) == 0) k++;
    }
    return k;
}

/* Word w is a capitalised plural of an office that, with no article,
 * names a meeting's members as one group ("Ministers", "Leaders",
 * "Presidents"); not the words that name the parties or the chairs. */
static int bare_role_group(const acts_ctx *c, const char *t, const scm_word *w) {
    static const char *const not_roles[] = {
        "Allies", "Partners", "Participants", "Governments", "Heads",
        "Co-Chairs", "Co-chairs", "Chairs", "Chairpersons", "Chairmen", NULL};
    return w->cap && IN(c, w, L_GROUP_NAMED) && !scm_word_in(t, w, not_roles);
}

/* "The Ministers" of a Minister, an External Affairs Minister and the U.S.
 * Secretary of State: the principals who hold a minister's office of
 * another name (a Secretary of the U.S. cabinet, a Secretary of State)
 * join the holders of the role; others (an Assistant Secretary who
 * chaired the officials) do not.  0, or -1 (memory). */
/* The text writes "the <role> and the … Ministers" ("The Secretary and
 * the Foreign Ministers discussed …"): the role's holder is none of the
 * Ministers. */
static int role_and_ministers(const acts_ctx *c, const char *role) {
    size_t rl = strlen(role);
    const char *q = c->t, *end = c->t + c->doc->text.len;
    /* (session 31) also the plural, with or without "the": "The
     * Secretaries and Ministers reaffirmed …" of AUSMIN sets the two U.S.
     * Secretaries beside the Australian Ministers */
    char plural[48];
    size_t pl = 0;
    if (rl > 1 && rl + 3 < sizeof plural) {
        memcpy(plural, role, rl);
        if (role[rl - 1] == 'y') memcpy(plural + rl - 1, "ies", 4), pl = rl + 2;
        else memcpy(plural + rl, "s", 2), pl = rl + 1;
    }
    while (q + rl + 9 < end && (q = memchr(q, role[0], (size_t)(end - q - rl))) != NULL) {
        if (pl && q + pl + 14 < end && memcmp(q, plural, pl) == 0 &&
            (memcmp(q + pl, " and Ministers", 14) == 0 ||
             (q + pl + 18 < end && memcmp(q + pl, " and the Ministers", 18) == 0)))
            return 1;
        if (memcmp(q, role, rl) == 0 && memcmp(q + rl, " and the ", 9) == 0) {
            const char *e = q + rl + 9;
            size_t k;
            for (k = 0; k < 3 && e < end; k++) {
                const char *sp = memchr(e, ' ', (size_t)(end - e));
                size_t wl = sp ? (size_t)(sp - e) : (size_t)(end - e);
                if (wl >= 9 && memcmp(e, "Ministers", 9) == 0) return 1;
                if (!sp) break;
                e = sp + 1;
            }
        }
        q++;
    }
    return 0;
}

/* The distinct parties of the persons a->persons[from .. to), those of
 * no party left out. */
static size_t distinct_parties(const acts_ctx *c, const actor_set *a,
                               size_t from, size_t to) {
    size_t i, j, n = 0;
    for (i = from; i < to; i++) {
        const scm_person *p = a->persons[i] >= 0 ? &c->x->people.items[a->persons[i]] : NULL;
        int dup = 0;
        if (!p || !p->party || !*p->party) continue;
        for (j = from; j < i && !dup; j++) {
            const scm_person *q = a->persons[j] >= 0 ? &c->x->people.items[a->persons[j]] : NULL;
            dup = q && q->party && strcmp(q->party, p->party) == 0;
        }
        n += !dup;
    }
    return n;
}

/* The principals who hold a Secretary's office beside the Ministers of
 * `a` from `from` (the U.S. Secretary of State among Foreign Ministers). */
/* The index of the sentence holding byte `at`, or (size_t)-1. */
static size_t sentence_of(const acts_ctx *c, scm_off at) {
    const scm_sentence *v = c->doc->sentences.items;
    size_t lo = 0, hi = c->doc->sentences.len;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid].span.stop <= at) lo = mid + 1;
        else hi = mid;
    }
    return lo < c->doc->sentences.len && v[lo].span.start <= at ? lo : (size_t)-1;
}

/* Person p is introduced in the sentence that introduces one of the
 * people of actors [from, to). */
static int introduced_with(const acts_ctx *c, const scm_person *p, const actor_set *a, size_t from,
                           size_t to) {
    size_t sp;
    if (!p->mentions.len || (sp = sentence_of(c, p->mentions.items[0].start)) == (size_t)-1) return 0;
    for (size_t i = from; i < to; i++) {
        const scm_person *o = a->persons[i] >= 0 ? &c->x->people.items[a->persons[i]] : NULL;
        if (o && o->mentions.len && sentence_of(c, o->mentions.items[0].start) == sp) return 1;
    }
    return 0;
}

/* Person p is a principal of a party, the only one of it, in an office
 * that stands in for a minister: an envoy, a representative, an
 * ambassador, a commissioner, a secretary, a Vice Prime Minister ("State
 * Secretary", "Special Envoy"; not a Commodore, a Premier or a Deputy
 * Chairman). */
static int sole_principal(const acts_ctx *c, const scm_person *p) {
    static const char *const stand_ins[] = {"Envoy", "Representative", "Ambassador", "Commissioner",
                                            "Secretary",
                                            /* a Vice or Deputy Prime Minister */
                                            "Prime Minister", NULL};
    size_t rl = p->role ? strlen(p->role) : 0;
    int stands = 0;
    for (size_t k = 0; stand_ins[k] && !stands; k++) {
        size_t kl = strlen(stand_ins[k]);
        stands = rl >= kl && !strcmp(p->role + rl - kl, stand_ins[k]);
    }
    if (!stands || !p->party || !*p->party) return 0;
    for (size_t q = 0; q < c->x->people.len; q++) {
        const scm_person *o = &c->x->people.items[q];
        if (o != p && o->role && o->party && strcmp(o->party, p->party) == 0 && principal(c, o)) return 0;
    }
    return 1;
}

static int add_ministerial_principals(acts_ctx *c, actor_set *a, size_t from,
                                      int *added) {
    size_t i, k, ministers = a->n;
    for (k = 0; k < c->x->people.len; k++) {
        const scm_person *p = &c->x->people.items[k];
        int among = 0;
        if (!p->role || !principal(c, p)) continue;
        /* (or, of another office, the one principal of a party no
         * Minister is of: China's "Special Envoy for Climate Change" among
         * the Ministers of BASIC; session 43) */
        /* (listed with them: not a guest a sentence of its own brings,
         * "The Premier of Greenland … opened the meeting") */
        if (strcmp(p->role, "Secretary") != 0 &&
            strcmp(p->role, "Secretary of State") != 0 &&
            !(sole_principal(c, p) && introduced_with(c, p, a, from, ministers)))
            continue;
        for (i = from; i < a->n && !among; i++) among = a->persons[i] == (int32_t)k;
        if (among) continue;
        /* (nor a Secretary of a party whose Minister is there: Malawi's
         * "Secretary for Agriculture" beside its Minister of Agriculture
         * is the ministry's official; session 25) */
        for (i = from; i < ministers && !among && p->party; i++)
            among = a->persons[i] >= 0 && c->x->people.items[a->persons[i]].party &&
                    strcmp(c->x->people.items[a->persons[i]].party, p->party) == 0;
        if (among) continue;
        /* (nor a Secretary of no party when the Ministers already number
         * the document's parties: "preceded by consultations of senior
         * officials led by the Secretary of State …, Ms. A, and the
         * Secretary of Foreign Affairs and Trade, Mr. B"; session 38) */
        if ((!p->party || !*p->party) && c->ndoc_parties >= 2 &&
            distinct_parties(c, a, from, ministers) >= c->ndoc_parties)
            continue;
        /* (not when the text sets the two apart: "The Secretary and the
         * Foreign Ministers discussed …"; session 20) */
        if (role_and_ministers(c, p->role)) continue;
        if (add_role_actor(c, a, p->role, (int32_t)k) != 0) return -1;
        (*added)++;
    }
    return 0;
}

/* Person p holds a minister's office of some name. */
static int ministerial(const scm_person *p) {
    return p->role &&
           (strstr(p->role, "Minister") || second_office(p->title, "Minister") ||
            scm_bytes_in(p->role, strlen(p->role), scm_minister_roles) ||
            strcmp(p->role, "Secretary") == 0 ||
            strcmp(p->role, "Secretary of State") == 0);
}

/* The meeting's first `count` principals, when two of them or more hold
 * a minister's office and some do not: those who do, as the group's
 * actors from `from`.  1 when it set them, 0 when not, -1 memory. */
/* Each of the first `count` principals who holds no minister's office is
 * the only principal of a party the text names. */
static int sole_party_heads(const acts_ctx *c, int count) {
    int seen = 0;
    for (size_t k = 0; k < c->x->people.len && seen < count; k++) {
        const scm_person *p = &c->x->people.items[k];
        if (!p->role || !principal(c, p)) continue;
        seen++;
        if (!ministerial(p) && !sole_principal(c, p)) return 0;
    }
    return 1;
}

static int ministerial_only(acts_ctx *c, actor_set *a, size_t from, int count,
                            int *added) {
    size_t k, i;
    int seen = 0, holders = 0;
    for (k = 0; k < c->x->people.len && seen < count; k++) {
        const scm_person *p = &c->x->people.items[k];
        if (!p->role || !principal(c, p)) continue;
        seen++;
        holders += ministerial(p);
    }
    if (seen < count || holders < 2 || holders == seen) return 0;
    /* (not when each of the others is the one principal of their party:
     * "Croatia by Mr. C, State Secretary at the Ministry of Economy"
     * heads a delegation of a Ministerial Council; session 43) */
    if (sole_party_heads(c, count)) return 0;
    for (i = from; i < a->n; i++) free(a->names[i]);
    a->n = from;
    *added = 0;
    for (k = 0, seen = 0; k < c->x->people.len && seen < count; k++) {
        const scm_person *p = &c->x->people.items[k];
        if (!p->role || !principal(c, p)) continue;
        seen++;
        if (!ministerial(p)) continue;
        if (add_role_actor(c, a, p->role, (int32_t)k) != 0) return -1;
        (*added)++;
    }
    return 1;
}

/* The first principal of each party, in the order introduced, up to
 * `count` parties: the number added (count + 1 when more parties have
 * principals), or -1 (memory). */
static int party_firsts(acts_ctx *c, actor_set *a, int count) {
    const char *seen[8];
    int nseen = 0;
    for (size_t q = 0; q < c->x->people.len; q++) {
        const scm_person *p = &c->x->people.items[q];
        int dup = 0;
        if (!p->role || !p->party || !*p->party || !principal(c, p)) continue;
        for (int k = 0; k < nseen && !dup; k++) dup = strcmp(seen[k], p->party) == 0;
        if (dup) continue;
        if (nseen == count || nseen == 8) return count + 1;
        seen[nseen++] = p->party;
        if (add_role_actor(c, a, p->role, (int32_t)q) != 0) return -1;
    }
    return nseen;
}

static int group_principals(acts_ctx *c, actor_set *a, const char *t,
                            const scm_word *w, size_t from, int *added) {
    /* "the two Chairmen" counts the Chairmen, not "the Chiefs of
     * Defense" after them: the latest count of this group word */
    int same = counted_as(c, w);
    int count = same ? same : c->principals;
    size_t i, k;
    /* "The Ministers" of a meeting of three parties or more whose named
     * people hold other offices (a Deputy Prime Minister, a Foreign
     * Secretary …): the meeting's ministers, many unnamed, as one group */
    if (!same && *added == 0 && c->ndoc_parties >= 3 &&
        !(c->principals == (int)c->ndoc_parties && c->ndoc_parties <= 4 &&
          !c->many_members))
        return 0; /* (not when each party named one principal: "The
                   * Defence Ministers" of AUKUS are its three) */
    /* … and of a meeting of more states than it names, whoever holds the
     * role: the group */
    if (!same && c->many_members) {
        for (i = from; i < a->n; i++) free(a->names[i]);
        a->n = from;
        *added = 0;
        return 0;
    }
    /* "The two Ministers …", later "The Ministers" of those two and a
     * delegation's third Minister: the group the text counted, its first
     * principals (session 17) */
    if (same >= 2 && *added > same && !scm_word_ieq(t, w, "leaders"))
        return expand_counted(c, a, from, same, added);
    if (count < 2 || *added >= count || scm_word_ieq(t, w, "leaders") ||
        scm_word_ieq(t, w, "heads") || scm_word_ieq(t, w, "allies") ||
        scm_word_ieq(t, w, "partners") || scm_word_ieq(t, w, "participants"))
        return 0;
    if (*added >= 2) {
        /* two holders of the role are a group of their own ("the
         * Chairmen" of an MCM that a Commander also attended) unless a
         * counted group has named more principals ("The three Ministers
         * ..." of two Ministers and a Secretary) and they are among them,
         * or the other principals hold ministers' offices of other names
         * ("The Ministers" of a Minister, an External Affairs Minister and
         * the U.S. Secretary of State; session 13) */
        /* (not "The Prime Ministers": a Secretary of State who joined
         * the call is none of them; session 21) */
        if (!same && scm_word_ieq(t, w, "ministers") &&
            !(w > c->words.items && scm_word_is(t, w - 1, "Prime")))
            return add_ministerial_principals(c, a, from, added);
        if (!same) return 0;
        for (i = from; i < a->n; i++) {
            int titled = 0, among = 0;
            for (k = 0; k < c->x->people.len && titled < count; k++)
                if (c->x->people.items[k].role) {
                    titled++;
                    if ((int32_t)k == a->persons[i]) among = 1;
                }
            if (!among) return 0;
        }
    }
    /* "The Ministers" of one named Minister and the Executive Secretary
     * of the body's secretariat, who reported to them: a secretariat's
     * head is none of them (session 13) */
    if (scm_word_ieq(t, w, "ministers") && !same) {
        static const char *const secretariat[] = {
            "Executive Secretary", "Secretary General", "Secretary-General",
            "Director General", "Director-General", "Executive Director",
            NULL};
        int seen = 0;
        for (k = 0; k < c->x->people.len && seen < count; k++) {
            const scm_person *p = &c->x->people.items[k];
            if (!p->role || !principal(c, p)) continue;
            seen++;
            if (scm_bytes_in(p->role, strlen(p->role), secretariat)) return 0;
        }
    }
    /* "The Ministers" of four defence ministers whom a commander hosted,
     * all five introduced together: those principals who hold a
     * minister's office (of any name: "Deputy Prime Minister and
     * Minister for Defence", a Secretary of the U.S. cabinet), when two
     * or more do and fewer than all (session 17) */
    if (!same && scm_word_ieq(t, w, "ministers") &&
        !(w > c->words.items && (scm_word_is(t, w - 1, "Vice") ||
                                 scm_word_is(t, w - 1, "Deputy")))) {
        int r = ministerial_only(c, a, from, count, added);
        if (r != 0) return r < 0 ? -1 : 0;
    }
    return expand_counted(c, a, from, count, added);
}

/* ---- verbs ---- */

static int verb_lookup(acts_ctx *c, const char *s, size_t n,
                       const char **cls) {
    int found;
    *cls = scm_phrase_lookup(&c->verb, s, n, &found);
    return found;
}

/* Try lemma `lem` as the head of a verb at word j: multi-word entries
 * first (allowing a few modifiers before the noun), then the lemma. */
static long title_at(acts_ctx *c, const scm_word *w, size_t i, size_t n,
                     const char **role);

/* "called on the Minister of External Affairs", "called on President X":
 * a courtesy call on a person, not the directive "call on". */
static int courtesy_call(acts_ctx *c, const scm_word *w, const char *lemma,
                         size_t len, size_t obj, size_t n) {
    const char *role;
    if (len != 7 || memcmp(lemma, "call on", 7) != 0 || obj >= n) return 0;
    if (scm_word_ieq(c->t, &w[obj], "the") && obj + 1 < n) obj++;
    if (IN(c, &w[obj], L_HONORIFICS)) return 1;
    /* "called on His Highness Sayyid Nasser" (session 16) */
    if (obj + 1 < n &&
        (scm_word_is(c->t, &w[obj], "His") || scm_word_is(c->t, &w[obj], "Her")) &&
        (scm_word_is(c->t, &w[obj + 1], "Highness") ||
         scm_word_is(c->t, &w[obj + 1], "Majesty") ||
         scm_word_is(c->t, &w[obj + 1], "Excellency") ||
         scm_word_is(c->t, &w[obj + 1], "Royal")))
        return 1;
    return title_at(c, w, obj, n, &role) > 0 || person_at(c, w[obj].start) >= 0;
}

/* "joined the Ministers for the maritime session", "joined the talks":
 * taking part, not the act of "join the international community in
 * condemning".  True when the object at word obj is people or a
 * meeting. */
static int joins_company(acts_ctx *c, const scm_word *w, size_t obj,
                         size_t n) {
    static const char *const meetings[] = {
        "meeting", "meetings", "session", "sessions", "talks", "delegation",
        "delegations", "discussion", "discussions", "dialogue", "visit",
        "consultations", "plenary", "delegates", NULL};
    static const char *const owners[] = {"the", "our", "their", "its",
                                         "this", NULL};
    const char *role;
    /* "joined the talks", "joined our meeting", "joined their discussion" */
    if (obj < n && scm_word_in(c->t, &w[obj], owners)) obj++;
    if (obj >= n || w[obj].kind != SCM_W_WORD) return 0;
    /* … with a word or two before the noun: "joined the opening
     * session", "joined the Guyanese delegation" (session 13) */
    for (size_t k = obj + 1; k < n && k <= obj + 2 && w[k].kind == SCM_W_WORD; k++)
        if (scm_word_in(c->t, &w[k], meetings)) return 1;
    return IN(c, &w[obj], L_GROUP_NAMED) || scm_word_in(c->t, &w[obj], meetings) ||
           title_at(c, w, obj, n, &role) > 0 ||
           person_at(c, w[obj].start) >= 0;
}

static size_t skip_trailers(acts_ctx *c, const scm_word *w, size_t j,
                            size_t n, int person);

/* "welcomed President Tanjuatco to the White House": a host receiving a
 * guest, not the evaluation "welcome".  True when a person at word obj is
 * followed by "to". */
static int hosts_guest(acts_ctx *c, const scm_word *w, size_t obj, size_t n) {
    const char *role;
    size_t e = obj;
    int32_t who;
    if (obj < n && scm_word_ieq(c->t, &w[obj], "the")) obj++, e++;
    if (obj >= n) return 0;
    /* "His Majesty", "Her Excellency" */
    if (e + 1 < n && (scm_word_is(c->t, &w[e], "His") || scm_word_is(c->t, &w[e], "Her")) &&
        IN(c, &w[e + 1], L_HONORIFICS))
        e++;
    while (e < n && IN(c, &w[e], L_HONORIFICS)) e++;
    {
        /* "welcomed Japanese Minister of Defense Emiko Takanashi to …":
         * the guest's party before the title */
        const char *cls;
        long pk = party_at(c, w, e, n, &cls);
        long tk = pk >= 0 && e + (size_t)pk < n
                      ? title_at(c, w, e + (size_t)pk, n, &role)
                      : 0;
        if (tk > 0) e += (size_t)pk + (size_t)tk;
    }
    /* "His Majesty Sultan Haji Rizaluddin": a style after the title */
    while (e < n && IN(c, &w[e], L_HONORIFICS)) e++;
    /* "the President of the Republic of Malawi, His Excellency Dr. A,":
     * the office's complement and the name after a comma (session 31) */
    if (e < n && person_at(c, w[e].start) < 0 && e > obj) {
        size_t q = skip_trailers(c, w, e, n, 0);
        if (q + 1 < n && scm_word_punct(&w[q], ',')) {
            q++;
            if (q + 1 < n && (scm_word_is(c->t, &w[q], "His") || scm_word_is(c->t, &w[q], "Her")) &&
                IN(c, &w[q + 1], L_HONORIFICS))
                q++;
            while (q < n && IN(c, &w[q], L_HONORIFICS)) q++;
            if (q < n && person_at(c, w[q].start) >= 0) e = q;
        }
    }
    if (e >= n || (who = person_at(c, w[e].start)) < 0) return 0;
    for (int companion = 0; companion < 2; companion++) {
        scm_off stop = person_mention_stop(c, w[e].start);
        while (e < n && w[e].stop <= stop) e++;
        e = skip_trailers(c, w, e, n, 1); /* "… of the Philippines" */
        if (e < n && scm_word_punct(&w[e], ',')) e++;
        /* "… A, and Madame B to Áras an Uachtaráin": the guest's spouse
         * with the guest (session 31) */
        if (companion || e + 2 >= n || !scm_word_is(c->t, &w[e], "and")) break;
        {
            size_t q = e + 1;
            while (q < n && IN(c, &w[q], L_HONORIFICS)) q++;
            if (q >= n || person_at(c, w[q].start) < 0) break;
            e = q;
        }
    }
    if (e < n && scm_word_is(c->t, &w[e], "with")) {
        /* "welcomed the President …, A, with military honours in …"
         * (session 31) */
        for (size_t q = e + 1; q < n && q < e + 4; q++)
            if (scm_word_is(c->t, &w[q], "honours") || scm_word_is(c->t, &w[q], "honors"))
                return 1;
    }
    return e < n && scm_word_is(c->t, &w[e], "to");
}

/* "shared the view that …", "share deep concerns", "share the goal of
 * …": a stance held in common, an act; "share a border of 203 km",
 * "shared experiences", "share information" are facts and actions.  True
 * when a stance noun follows within four words. */
static int shares_stance(acts_ctx *c, const scm_word *w, size_t obj,
                         size_t n) {
    static const char *const stances[] = {
        "view", "views", "concern", "concerns", "commitment", "commitments",
        "goal", "goals", "conviction", "convictions", "assessment",
        "assessments", "vision", "interest", "interests", "values",
        "belief", "beliefs", "hope", "hopes", "desire", "understanding",
        "determination", "position", "positions", "objective",
        "objectives", "aspiration", "aspirations", "perspective",
        "perspectives", "opinion", "resolve", "ambition", "ambitions",
        "priorities", "expectation", "expectations", "sense", NULL};
    for (size_t k = obj; k < n && k < obj + 4; k++) {
        if (w[k].kind != SCM_W_WORD) return 0;
        if (scm_word_in(c->t, &w[k], stances)) return 1;
    }
    return 0;
}

/* Word k is a capitalised name ending in "s" with an apostrophe written
 * right after it: the possessive "Barbados’". */
static int s_apostrophe_after(const char *t, const scm_word *w, size_t k,
                              size_t n) {
    return k + 1 < n && w[k].kind == SCM_W_WORD && w[k].cap &&
           t[w[k].stop - 1] == 's' && scm_word_punct(&w[k + 1], '\'') &&
           w[k + 1].start == w[k].stop;
}

/* An entry of the verb lexicon whose class is "=LEMMA" is another way to
 * write that lemma: "call upon" is "call on", "gave their backing to" is
 * "support" ("give backing	=support" in verb.tsv; session 34).  The
 * lemma is written into v and its class into *cls; none when LEMMA is no
 * entry of its own (0 then). */
static int reported_as(acts_ctx *c, const char **cls, verb_info *v) {
    int found;
    size_t n;
    const char *as = *cls;
    if (!as || as[0] != '=') return 1;
    n = strlen(as + 1);
    if (n >= sizeof v->lemma) return 0;
    memcpy(v->lemma, as + 1, n + 1);
    *cls = scm_phrase_lookup(&c->verb, v->lemma, n, &found);
    return found && !(*cls && (*cls)[0] == '=');
}

static int try_lemma(acts_ctx *c, const scm_word *w, size_t j, size_t n,
                     const char *lem, size_t llen, verb_info *v) {
    const char *t = c->t, *cls, *lem_cls;
    int found, lem_found;
    /* one probe: is the lemma an entry, and does it begin longer ones */
    if (scm_phrase_probe(&c->verb, lem, llen, &lem_cls, &lem_found)) {
        size_t skip, m, maxm = c->verb.maxwords - 1;
        for (skip = 0; skip <= 3; skip++) {
            /* "expressed [their deep] concern", "expressed [Australia's]
             * appreciation" */
            /* ... or "[South Africa’s]": a possessive of two words */
            /* ... or "[Barbados’]": the apostrophe alone after an s */
            if (skip && (j + skip >= n ||
                         !(IN(c, &w[j + skip], L_VERB_SKIP_WORDS) ||
                           (w[j + skip].cap &&
                            (scm_possessive_len(t, &w[j + skip]) ||
                             s_apostrophe_after(t, w, j + skip, n) ||
                             (j + skip + 1 < n && w[j + skip + 1].cap &&
                              scm_possessive_len(t, &w[j + skip + 1])))) ||
                           (scm_word_punct(&w[j + skip], '\'') &&
                            s_apostrophe_after(t, w, j + skip - 1, n)))))
                break;
            for (m = maxm < 4 ? maxm : 4; m >= 1; m--) {
                size_t k, first = j + 1 + skip;
                if (first + m > n) continue;
                c->key.len = 0;
                if (scm_buf_append(&c->key, lem, llen) != 0) return -1;
                for (k = first; k < first + m; k++) {
                    size_t at = c->key.len + 1, q;
                    if (w[k].kind != SCM_W_WORD) break;
                    if (scm_buf_putc(&c->key, ' ') != 0 ||
                        scm_buf_append(&c->key, t + w[k].start,
                                       w[k].stop - w[k].start) != 0)
                        return -1;
                    if (c->caps_verb) /* "CALLS ON", "TAKES NOTE" */
                        for (q = at; q < c->key.len; q++)
                            if (c->key.items[q] >= 'A' && c->key.items[q] <= 'Z')
                                c->key.items[q] = (char)(c->key.items[q] + 32);
                }
                if (k < first + m) continue;
                cls = scm_phrase_lookup(&c->verb, c->key.items, c->key.len,
                                        &found);
                /* "received the report": the lemma's article is "a" (a
                 * lemma of three words: one look-up more, not four) */
                if (!found && m == 2 && scm_word_is(t, &w[first], "the") &&
                    c->key.len + 1 < 128) {
                    char alt[128];
                    size_t rest = c->key.len - (llen + 4);
                    memcpy(alt, lem, llen);
                    memcpy(alt + llen, " a", 2);
                    memcpy(alt + llen + 2, c->key.items + llen + 4, rest);
                    cls = scm_phrase_lookup(&c->verb, alt, llen + 2 + rest, &found);
                    if (found) {
                        memcpy(c->key.items, alt, llen + 2 + rest);
                        c->key.len = llen + 2 + rest;
                    }
                }
                /* "expressed concerns": the noun's plural, the lemma's
                 * singular */
                if (!found && c->key.len > llen + 2 &&
                    c->key.items[c->key.len - 1] == 's' &&
                    c->key.items[c->key.len - 2] != 's') {
                    cls = scm_phrase_lookup(&c->verb, c->key.items,
                                            c->key.len - 1, &found);
                    if (found) c->key.len--;
                }
                if (found && c->key.len < sizeof v->lemma) {
                    /* (the lemma first: courtesy_call reads titles, whose
                     * matcher writes c->key) */
                    size_t kl = c->key.len;
                    memcpy(v->lemma, c->key.items, kl);
                    v->lemma[kl] = '\0';
                    if (courtesy_call(c, w, v->lemma, kl, first + m, n))
                        return 0;
                    if (!reported_as(c, &cls, v)) return 0;
                    v->klass = cls;
                    v->first = j;
                    v->stop = first + m;
                    return 1;
                }
            }
        }
    }
    if (lem_found && llen < sizeof v->lemma) {
        const char *const *p;
        cls = lem_cls;
        /* idioms that are not acts: "join forces" */
        for (p = scm_verb_idioms_not_acts; p[0] && p[1]; p += 2)
            if (strlen(p[0]) == llen && memcmp(p[0], lem, llen) == 0 &&
                j + 1 < n && scm_word_is(t, &w[j + 1], p[1]))
                return 0;
        /* "joined the talks"; "The Ministers were joined by …" is the
         * company they had, no act */
        if (llen == 4 && memcmp(lem, "join", 4) == 0 &&
            (joins_company(c, w, j + 1, n) ||
             (j > 0 && (scm_word_is(t, &w[j - 1], "were") ||
                        scm_word_is(t, &w[j - 1], "was") ||
                        scm_word_is(t, &w[j - 1], "been")))))
            return 0;
        if (llen == 5 && memcmp(lem, "share", 5) == 0 &&
            !shares_stance(c, w, j + 1, n))
            return 0;
        if (llen == 7 && memcmp(lem, "welcome", 7) == 0 &&
            hosts_guest(c, w, j + 1, n))
            return 0;
        memcpy(v->lemma, lem, llen);
        v->lemma[llen] = '\0';
        if (!reported_as(c, &cls, v)) return 0;
        v->klass = cls;
        v->first = j;
        v->stop = j + 1;
        return 1;
    }
    return 0;
}

static int is_consonant(char ch) {
    return ch >= 'a' && ch <= 'z' && !strchr("aeiou", ch);
}

/* The lemma of an irregular form s[0..len) ("took" -> "take"), or NULL. */
static const char *irregular_lemma(const char *s, size_t len) {
    size_t i;
    for (i = 0; scm_irregular_verbs[i] && scm_irregular_verbs[i + 1]; i += 2)
        if (scm_irregular_verbs[i][0] == s[0] &&
            strncmp(scm_irregular_verbs[i], s, len) == 0 &&
            scm_irregular_verbs[i][len] == '\0')
            return scm_irregular_verbs[i + 1];
    return NULL;
}

/* A reporting verb at word j (any inflection) spelled s[0..len).  1 with
 * v filled, 0, -1. */
static int verb_at_bytes(acts_ctx *c, const scm_word *w, size_t j,
                         size_t n, const char *s, size_t len, verb_info *v) {
    char buf[64];
    const char *lem;
    int r;
    if (len + 2 >= sizeof buf) return 0;
    /* the word itself is looked for in the list only when the word sets
     * hold it (most words are not there) */
    if ((s != c->t + w[j].start || IN(c, &w[j], L_IRREGULAR_VERBS)) &&
        (lem = irregular_lemma(s, len)) != NULL) {
        v->form = FORM_ED;
        return try_lemma(c, w, j, n, lem, strlen(lem), v);
    }
    /* Every lemma tried below (and the -ize reading) keeps the word's
     * first two bytes when it has three or more and no period (which a
     * look-up may drop): most words are ruled out here, before a dozen
     * look-ups. */
    if (len >= 3 && !memchr(s, '.', len) &&
        !scm_phrase_may_start(&c->verb, s, len)) {
        v->form = FORM_NONE;
        return 0;
    }
#define TRY(str, l, f)                                                        \
    do {                                                                      \
        v->form = (f);                                                        \
        if ((r = try_lemma(c, w, j, n, (str), (l), v)) != 0) return r;        \
    } while (0)
    TRY(s, len, FORM_BASE);
    if (len > 3 && s[len - 1] == 's' && s[len - 2] != 's') {
        if (len > 4 && memcmp(s + len - 3, "ies", 3) == 0) {
            memcpy(buf, s, len - 3);
            memcpy(buf + len - 3, "y", 1);
            TRY(buf, len - 2, FORM_S);
        }
        if (s[len - 2] == 'e') TRY(s, len - 2, FORM_S);
        TRY(s, len - 1, FORM_S);
    }
    if (len > 4 && s[len - 1] == 'd' && s[len - 2] == 'e') {
        if (s[len - 3] == 'i') {
            memcpy(buf, s, len - 3);
            buf[len - 3] = 'y';
            TRY(buf, len - 2, FORM_ED);
        }
        TRY(s, len - 2, FORM_ED);
        TRY(s, len - 1, FORM_ED);
        if (len > 5 && s[len - 3] == s[len - 4] && is_consonant(s[len - 3]))
            TRY(s, len - 3, FORM_ED);
    }
    if (len > 5 && memcmp(s + len - 3, "ing", 3) == 0) {
        TRY(s, len - 3, FORM_ING);
        memcpy(buf, s, len - 3);
        buf[len - 3] = 'e';
        TRY(buf, len - 2, FORM_ING);
        if (s[len - 4] == s[len - 5] && is_consonant(s[len - 4]))
            TRY(s, len - 4, FORM_ING);
    }
#undef TRY
    /* British spellings: "recognise(s|d)", "recognising" read as -ize */
    if (len > 4 && len < sizeof buf && !c->in_ise) {
        size_t k;
        for (k = len - 1; k >= 3; k--)
            if (s[k - 1] == 'i' && s[k] == 's' &&
                (k + 1 == len || s[k + 1] == 'e' ||
                 /* "RECOGNISING", "EMPHASISING": a preamble's participle
                  * in capitals (in prose "Recognising …, the Ministers
                  * agreed" opens a clause, as the -ing form is left) */
                 (c->caps_verb && k + 4 == len && s[k + 1] == 'i' &&
                  s[k + 2] == 'n' && s[k + 3] == 'g'))) {
                memcpy(buf, s, len);
                buf[k] = 'z';
                c->in_ise = 1;
                r = verb_at_bytes(c, w, j, n, buf, len, v);
                c->in_ise = 0;
                if (r != 0) return r;
                break;
            }
    }
    v->form = FORM_NONE;
    return 0;
}

/* A word in capitals of three letters or more ("RECALLS", "STRONGLY"). */
static int caps_word(const char *t, const scm_word *w) {
    size_t i;
    if (w->kind != SCM_W_WORD || !w->cap || w->lower || w->stop - w->start < 3)
        return 0;
    for (i = w->start; i < w->stop; i++)
        if (!(t[i] >= 'A' && t[i] <= 'Z')) return 0;
    return 1;
}

static int verb_at(acts_ctx *c, const scm_word *w, size_t j, size_t n,
                   verb_info *v) {
    size_t b = j;
    /* "The EU STRONGLY CONDEMNS": over an adverb in capitals */
    while (b > 0 && b < n && caps_word(c->t, &w[b - 1]) &&
           w[b - 1].stop - w[b - 1].start > 4 && c->t[w[b - 1].stop - 2] == 'L' &&
           c->t[w[b - 1].stop - 1] == 'Y')
        b--;
    if (j < n && b > 0 && caps_word(c->t, &w[j]) && !caps_word(c->t, &w[b - 1]) &&
        w[j].stop - w[j].start < 32) {
        /* "The Council RECALLS …", "CALLS ON", "NOTES WITH CONCERN": the
         * operative verbs of Council conclusions, set in capitals (not
         * inside a heading in capitals) */
        char buf[32];
        size_t len = w[j].stop - w[j].start, i;
        int r;
        for (i = 0; i < len; i++) buf[i] = (char)(c->t[w[j].start + i] + 32);
        c->caps_verb = 1;
        r = verb_at_bytes(c, w, j, n, buf, len, v);
        c->caps_verb = 0;
        return r;
    }
    if (j >= n || !lower_word(c->t, &w[j])) return 0;
    /* "re-affirmed", "re-iterated": the verb without the prefix's hyphen
     * (session 25) */
    if (w[j].stop - w[j].start > 5 && w[j].stop - w[j].start < 32 &&
        c->t[w[j].start] == 'r' && c->t[w[j].start + 1] == 'e' &&
        c->t[w[j].start + 2] == '-') {
        char buf[32];
        size_t len = w[j].stop - w[j].start - 1;
        buf[0] = 'r';
        buf[1] = 'e';
        memcpy(buf + 2, c->t + w[j].start + 3, len - 2);
        return verb_at_bytes(c, w, j, n, buf, len, v);
    }
    return verb_at_bytes(c, w, j, n, c->t + w[j].start,
                         w[j].stop - w[j].start, v);
}

static inline int is_adverb(const acts_ctx *c, const scm_word *w) {
    const char *t = c->t;
    size_t n = w->stop - w->start;
    /* "The EU STRONGLY CONDEMNS" */
    if (caps_word(t, w))
        return n > 4 && t[w->stop - 2] == 'L' && t[w->stop - 1] == 'Y';
    if (!lower_word(t, w)) return 0;
    if (IN(c, w, L_VERB_ADVERBS)) return 1;
    return n > 4 && t[w->stop - 2] == 'l' && t[w->stop - 1] == 'y' &&
           !IN(c, w, L_LY_NOT_ADVERBS);
}

static int is_be(const char *t, const scm_word *w) {
    static const char *const be[] = {"are", "is", "am", "was", "were",
                                     "be", "been", "remain", "remains",
                                     "remained", NULL};
    return scm_word_in(t, w, be);
}

/* The verb group at word j: [", insertion,"] aux/adverbs/negation, verb.
 * `allow_insert`: an inserted comma clause may stand first. */
/* A lower-case participle: "gathered", "meeting". */
static int participle_word(const char *t, const scm_word *w) {
    return lower_word(t, w) && w->stop - w->start > 4 &&
           (memcmp(t + w->stop - 2, "ed", 2) == 0 ||
            memcmp(t + w->stop - 3, "ing", 3) == 0);
}

/* The nearest form of "be" before word j is "was" or "were": the verb
 * group after it reports the past ("was not in a position to endorse"). */
static int be_in_past(const char *t, const scm_word *w, size_t j) {
    while (j > 0 && !is_be(t, &w[j - 1])) j--;
    return j > 0 && (scm_word_is(t, &w[j - 1], "was") || scm_word_is(t, &w[j - 1], "were"));
}

/* Verbs whose passive says what others did to the subject ("was
 * welcomed by", "were received by"), never the subject's own act. */
static const char *const received_verbs[] = {"welcome", "receive", "greet", "host",
                                             "congratulate", "thank", "invite",
                                             /* "The three foreign ministries
                                              * were tasked …", "were urged
                                              * to …" (session 33) */
                                             "task", "urge", NULL};

/* An insertion's first word is a participle or "desirous" ("desiring
 * to promote …", "desirous of strengthening …", "guided by …"). */
static int opens_with_participle(const char *t, const scm_word *w) {
    if (w->kind != SCM_W_WORD) return 0;
    return (participle_word(t, w) && w->stop - w->start > 5 &&
            !memcmp(t + w->stop - 3, "ing", 3)) ||
           scm_word_is(t, w, "desirous") || scm_word_is(t, w, "guided") ||
           scm_word_is(t, w, "mindful") || scm_word_is(t, w, "conscious") ||
           scm_word_is(t, w, "convinced");
}

static int verb_group(acts_ctx *c, const scm_word *w, size_t j, size_t n,
                      int allow_insert, verb_info *v) {
    const char *t = c->t;
    int have_be = 0, modal = 0, have = 0, did = 0, shall = 0, steps = 0, r;
    memset(v, 0, sizeof *v);
    if (allow_insert && j + 1 < n && scm_word_punct(&w[j], ',')) {
        /* "..., Jens Stoltenberg, welcomed": the verb right after a comma */
        int r0 = verb_at(c, w, j + 1, n, v);
        if (r0 < 0) return -1;
        if (r0 > 0 && v->form != FORM_ING) {
            j++;
            allow_insert = 0;
        }
        memset(v, 0, sizeof *v);
    }
    if (allow_insert && j < n && scm_word_punct(&w[j], ',') && j + 1 < n &&
        lower_word(t, &w[j + 1])) {
        size_t k, first = 0, seg = j + 1; /* seg: the words since the last comma */
        int named = 1; /* the words since the last comma are a name */
        int participial = opens_with_participle(t, &w[j + 1]);
        /* the insertion ends at its first comma, or at the next one when
         * a name in apposition stands between and a verb follows: ",
         * represented by the Minister …, Sheikh X, confirmed" */
        for (k = j + 1; k < n && k - j < 100; k++) {
            if (scm_word_punct(&w[k], ';') || scm_word_punct(&w[k], '.'))
                break;
            if (scm_word_punct(&w[k], ',')) {
                int rv;
                /* a long insertion ends here, unless it is a participle's
                 * clause ("We, the Heads of State …, gathered in Managua
                 * … of Nicaragua, Name, reaffirm"; session 13) */
                if (first && !named && k - first > 12 &&
                    !participle_word(t, &w[first]) &&
                    /* … also after the apposition's list of parties:
                     * "We, the Presidents of A, B, … and C, gathered in
                     * Asunción …, reaffirm" (session 16) */
                    !participle_word(t, &w[seg]) &&
                    /* … or when a participle opened it, whose phrases the
                     * commas set apart: "The Government of A and the
                     * Government of B, desiring to promote …, in
                     * accordance with …, have decided" (session 34) */
                    !participial)
                    break;
                seg = k + 1;
                if (!first) first = k + 1;
                if (k + 1 >= n) break;
                /* ", and Commissioner X, …, confirmed": a new clause
                 * (not ", and in accordance with …" inside an insertion a
                 * participle opened; session 34) */
                if ((scm_word_is(t, &w[k + 1], "and") ||
                     scm_word_is(t, &w[k + 1], "but")) &&
                    !(participial && k + 2 < n &&
                      lower_word(t, &w[k + 2]) && !IN(c, &w[k + 2], L_PRONOUNS_PREVIOUS) &&
                      !IN(c, &w[k + 2], L_PRONOUNS_SELF)))
                    break;
                rv = verb_at(c, w, k + 1, n, v);
                if (rv < 0) return -1;
                if (rv > 0 && v->form != FORM_ING) {
                    first = k + 1;
                    break;
                }
                /* (or an auxiliary before it: "…, in accordance with …,
                 * have decided"; session 34) */
                if (participial && k + 2 < n &&
                    IN(c, &w[k + 1], L_AUXILIARIES)) {
                    memset(v, 0, sizeof *v);
                    rv = verb_at(c, w, k + 2, n, v);
                    if (rv < 0) return -1;
                    if (rv > 0 && v->form == FORM_ED) {
                        first = k + 1;
                        break;
                    }
                }
                named = 1;
            } else if (first && !(w[k].kind == SCM_W_WORD &&
                                  (w[k].cap || IN(c, &w[k], L_HONORIFICS) ||
                                   scm_word_in(t, &w[k],
                                               scm_family_particles_lower) ||
                                   scm_word_is(t, &w[k], "bin") ||
                                   scm_word_is(t, &w[k], "binti") ||
                                   /* a list of parties: "India, Japan
                                    * and the United States," */
                                   scm_word_is(t, &w[k], "and") ||
                                   scm_word_is(t, &w[k], "the") ||
                                   scm_word_is(t, &w[k], "of")))) {
                named = 0;
            }
        }
        memset(v, 0, sizeof *v);
        if (first) j = first;
    }
    while (j < n && steps++ < 8) {
        if (j + 1 < n && scm_word_is(t, &w[j], "not") && scm_word_is(t, &w[j + 1], "only")) {
            /* "The two Presidents not only reaffirmed …, but also agreed
             * …": no negation (session 25) */
            j += 2;
        } else if (IN(c, &w[j], L_NEGATORS)) {
            v->negated = 1;
            j++;
        } else if (IN(c, &w[j], L_AUXILIARIES)) {
            if (is_be(t, &w[j])) have_be = 1;
            else if (scm_word_is(t, &w[j], "have") ||
                     scm_word_is(t, &w[j], "has") ||
                     scm_word_is(t, &w[j], "had"))
                have = 1;
            else if (scm_word_ieq(t, &w[j], "did"))
                did = 1; /* "did not support …, and agreed …": past */
            else
                modal = 1;
            shall |= scm_word_is(t, &w[j], "shall");
            j++;
            if (have_be && j + 1 < n &&
                (scm_word_is(t, &w[j], "united") ||
                 /* "were unanimous in condemning" (session 23) */
                 scm_word_is(t, &w[j], "unanimous")) &&
                scm_word_is(t, &w[j + 1], "in")) {
                j += 2;
                have_be = 2; /* "are united in recognizing" */
            }
        } else if (is_adverb(c, &w[j])) {
            j++;
        } else if (j + 1 < n && scm_word_is(t, &w[j + 1], "to") &&
                   (scm_word_is(t, &w[j], "continue") ||
                    scm_word_is(t, &w[j], "continues") ||
                    scm_word_is(t, &w[j], "continued"))) {
            /* "We continue to call on", "will continue to support" */
            modal = 1;
            j += 2;
        } else if (scm_word_punct(&w[j], ',') && j + 2 < n &&
                   is_adverb(c, &w[j + 1]) &&
                   scm_word_punct(&w[j + 2], ',')) {
            j += 3; /* "will, therefore, collaborate" */
        } else if (scm_word_punct(&w[j], ',') && (did || modal || have || v->negated) &&
                   j + 3 < n && lower_word(t, &w[j + 1])) {
            /* "did not, at this stage, commit to …": a phrase of up to
             * five small words between commas after the auxiliary
             * (session 30) */
            size_t q = j + 1;
            while (q < n && q < j + 6 && lower_word(t, &w[q])) q++;
            if (q + 1 < n && scm_word_punct(&w[q], ',') && lower_word(t, &w[q + 1]))
                j = q + 1;
            else
                break;
        } else if (j + 4 < n &&
                   (scm_word_is(t, &w[j], "took") ||
                    scm_word_is(t, &w[j], "take") ||
                    scm_word_is(t, &w[j], "takes")) &&
                   (scm_word_is(t, &w[j + 1], "the") ||
                    scm_word_is(t, &w[j + 1], "this")) &&
                   scm_word_is(t, &w[j + 2], "opportunity") &&
                   scm_word_is(t, &w[j + 3], "to")) {
            /* "took the opportunity to reaffirm": the act is the verb
             * after it (session 23) */
            did |= scm_word_is(t, &w[j], "took");
            j += 4;
        } else if (j + 3 < n &&
                   (scm_word_is(t, &w[j], "went") || scm_word_is(t, &w[j], "go") ||
                    scm_word_is(t, &w[j], "goes")) &&
                   scm_word_is(t, &w[j + 1], "on") && scm_word_is(t, &w[j + 2], "to")) {
            /* "went on to discuss" */
            did |= scm_word_is(t, &w[j], "went");
            j += 3;
        } else if (have_be == 1 && j + 2 < n &&
                   (scm_word_is(t, &w[j], "pleased") ||
                    scm_word_is(t, &w[j], "happy") ||
                    scm_word_is(t, &w[j], "glad") ||
                    /* "were keen to underline" (session 30) */
                    scm_word_is(t, &w[j], "keen") ||
                    scm_word_is(t, &w[j], "eager") ||
                    scm_word_is(t, &w[j], "delighted") ||
                    /* "were not prepared to endorse": negated as the "not"
                     * says (session 30) */
                    scm_word_is(t, &w[j], "prepared") || scm_word_is(t, &w[j], "ready") ||
                    scm_word_is(t, &w[j], "able") ||
                    scm_word_is(t, &w[j], "willing") ||
                    /* "is not minded to support" (session 31) */
                    scm_word_is(t, &w[j], "minded")) &&
                   scm_word_is(t, &w[j + 1], "to")) {
            /* "was pleased to note": what the subject noted */
            did |= j > 0 && (scm_word_is(t, &w[j - 1], "was") ||
                             scm_word_is(t, &w[j - 1], "were"));
            have_be = 0;
            j += 2;
        } else if (have_be == 1 && j + 4 < n && scm_word_is(t, &w[j], "in") &&
                   scm_word_is(t, &w[j + 1], "a") && scm_word_is(t, &w[j + 2], "position") &&
                   scm_word_is(t, &w[j + 3], "to")) {
            /* "Colombia was not in a position to endorse …": the verb
             * after it, negated as the "not" before it says (session
             * 29) */
            did |= be_in_past(t, w, j);
            have_be = 0;
            j += 4;
        } else if (j > 0 && j + 2 < n && scm_word_is(t, &w[j], "yet") && scm_word_is(t, &w[j + 1], "to") &&
                   (scm_word_is(t, &w[j - 1], "has") || scm_word_is(t, &w[j - 1], "have") ||
                    scm_word_is(t, &w[j - 1], "had"))) {
            /* "Slovakia has yet to endorse …": the verb after it, negated
             * (session 31) */
            did = 1;
            v->negated = 1;
            j += 2;
        } else if (j > 1 && j + 1 < n && scm_word_is(t, &w[j], "to") && scm_word_is(t, &w[j - 1], "yet") &&
                   (scm_word_is(t, &w[j - 2], "has") || scm_word_is(t, &w[j - 2], "have") ||
                    scm_word_is(t, &w[j - 2], "had"))) {
            /* (the same when "yet" was read as an adverb) */
            did = 1;
            v->negated = 1;
            j += 1;
        } else if (j + 2 < n && scm_word_is(t, &w[j], "as") && scm_word_is(t, &w[j + 1], "yet") &&
                   (have || did || modal || v->negated)) {
            /* "have as yet not agreed", "have not as yet approved"
             * (session 33) */
            j += 2;
        } else if (j + 3 < n && (did || modal || v->negated) &&
                   (scm_word_is(t, &w[j], "see") || scm_word_is(t, &w[j], "saw")) &&
                   scm_word_is(t, &w[j + 1], "fit") && scm_word_is(t, &w[j + 2], "to")) {
            /* "did not see fit to endorse …": the verb after it, negated
             * as the "not" says (session 33) */
            j += 3;
        } else if (j + 4 < n && (did || modal || v->negated) &&
                   (scm_word_is(t, &w[j], "find") || scm_word_is(t, &w[j], "found")) &&
                   scm_word_is(t, &w[j + 1], "it") && scm_word_is(t, &w[j + 2], "possible") &&
                   scm_word_is(t, &w[j + 3], "to")) {
            /* "did not find it possible to support …" (session 33) */
            j += 4;
        } else if (j + 2 < n && (scm_word_is(t, &w[j], "declined") || scm_word_is(t, &w[j], "refused")) &&
                   scm_word_is(t, &w[j + 1], "to")) {
            /* "The co-chairs declined to endorse …": the verb after it,
             * negated (session 29) */
            did = 1;
            v->negated = 1;
            j += 2;
        } else if (v->negated && j + 2 < n &&
                   (scm_word_is(t, &w[j], "hesitate") || scm_word_is(t, &w[j], "hesitated")) &&
                   scm_word_is(t, &w[j + 1], "to")) {
            /* "They did not hesitate to condemn …": the verb after it,
             * its two negations cancelled (session 30) */
            v->negated = 0;
            j += 2;
        } else if (have_be == 1 && j + 2 < n && scm_word_is(t, &w[j], "unable") &&
                   scm_word_is(t, &w[j + 1], "to")) {
            /* "Japan was unable to support …": the verb, negated */
            did |= be_in_past(t, w, j);
            v->negated = 1;
            have_be = 0;
            j += 2;
        } else
            break;
    }
    r = verb_at(c, w, j, n, v);
    if (r == 0 && have_be == 1 && j < n && lower_word(t, &w[j])) {
        /* a stance predicate: "remain deeply concerned over" */
        const char *lem = scm_lexicon_class(c->lex, SCM_LEX_STANCE,
                                            t + w[j].start,
                                            w[j].stop - w[j].start);
        const char *cls;
        if (lem && strlen(lem) < sizeof v->lemma &&
            verb_lookup(c, lem, strlen(lem), &cls)) {
            strcpy(v->lemma, lem);
            v->klass = cls;
            v->first = j;
            v->stop = j + 1;
            v->form = FORM_ED;
            v->tense = TENSE_PRESENT;
            return 1;
        }
    }
    if (r <= 0) return r;
    if (v->form == FORM_ING && have_be != 2) return 0;
    v->passive = have_be == 1;
    if (v->stop < n && scm_word_is(t, &w[v->stop], "by")) return 0;
    /* "The Fifth Meeting is expected to consider …", "The Ministers are
     * expected to meet": what others anticipate, no act of the subject
     * (none of 23 such sentences in the golds is one; session 21) */
    if (v->passive && strcmp(v->lemma, "expect") == 0) return 0;
    /* "… and was welcomed on his arrival in Hanoi by …", "were
     * congratulated on …": what others did to the subject, whatever
     * stands between the verb and its "by" (session 29) */
    if (v->passive && scm_bytes_in(v->lemma, strlen(v->lemma), received_verbs)) return 0;
    /* "(d) both Governments shall seek financing …", "the Member States
     * shall confirm their pledges": an obligation the text sets down, the
     * content of a decision, not what a speaker did (none of the golds'
     * acts follows its subject with "shall") */
    if (shall) return 0;
    if (v->form == FORM_ED && !have_be && !have && !modal)
        v->tense = TENSE_PAST;
    else if (v->form == FORM_ED && have)
        v->tense = TENSE_PAST;
    else if (did && v->form == FORM_BASE && !have_be && !have && !modal)
        v->tense = TENSE_PAST;
    else
        v->tense = TENSE_PRESENT;
    return 1;
}

/* ---- subjects ---- */

/* The memo of word i when the reading looks at the sentence's words to
 * their end (the answer depends on nothing else), else NULL. */
static phrase_memo *pmemo_at(acts_ctx *c, const scm_word *w, size_t i,
                             size_t n) {
    if (w != c->words.items || n != c->words.len || n != c->pmemo.len)
        return NULL;
    return &c->pmemo.items[i];
}

static long title_read(acts_ctx *c, const scm_word *w, size_t i, size_t n,
                       const char **role);

/* The party that words w[i..n) of `text` open (a capitalised word
 * first): its length in words and *cls, 0 when none, -1 on memory.
 * party_at is this with the sentence's memo. */
static long party_in_text(acts_ctx *c, const char *text, const scm_word *w,
                          size_t i, size_t n, const char **cls) {
    if (i >= n || w[i].kind != SCM_W_WORD || !w[i].cap) return 0;
    /* "North America", "Latin American": a continent, not the United
     * States (session 39) */
    if (i > 0 && (scm_word_is(text, &w[i], "America") || scm_word_is(text, &w[i], "American")) &&
        (scm_word_is(text, &w[i - 1], "North") || scm_word_is(text, &w[i - 1], "South") ||
         scm_word_is(text, &w[i - 1], "Central") || scm_word_is(text, &w[i - 1], "Latin")))
        return 0;
    return scm_phrase_match(&c->party, text, w, i, n, &c->key, cls);
}

static long party_at(acts_ctx *c, const scm_word *w, size_t i, size_t n,
                     const char **cls) {
    phrase_memo *m;
    long k;
    if (i >= n || w[i].kind != SCM_W_WORD || !w[i].cap) return 0;
    m = pmemo_at(c, w, i, n);
    if (m && (m->known & PM_PARTY)) {
        *cls = m->cls;
        return m->party;
    }
    k = party_in_text(c, c->t, w, i, n, cls);
    if (m && k >= 0 && k <= INT8_MAX) {
        m->party = (int8_t)k;
        m->cls = *cls;
        m->known |= PM_PARTY;
    }
    return k;
}

static long title_at(acts_ctx *c, const scm_word *w, size_t i, size_t n,
                     const char **role) {
    phrase_memo *m;
    long k;
    if (i >= n || w[i].kind != SCM_W_WORD || !w[i].cap) return 0;
    m = pmemo_at(c, w, i, n);
    if (m && (m->known & PM_TITLE)) {
        *role = m->role;
        return m->title;
    }
    k = title_read(c, w, i, n, role);
    /* (a role with its modifiers lives in role_buf until the next call:
     * read again each time) */
    if (m && k >= 0 && k <= INT8_MAX && *role != c->role_buf) {
        m->title = (int8_t)k;
        m->role = *role;
        m->known |= PM_TITLE;
    }
    return k;
}

/* title_at without the memo (the word is a capitalised word). */
/* A role that a person of this document holds, written out at word i
 * (title_read asks the lexicon first, so only roles of several words and
 * one-word roles no list knows come here) ("The National Disaster Coordinator
 * expressed …", after "…, National Disaster Coordinator of NaDMA"): the
 * words used, *role set; or 0 (session 16). */
static long person_role_at(const acts_ctx *c, const scm_word *w, size_t i,
                           size_t n, const char **role) {
    size_t q;
    if (!c->role_first[(unsigned char)c->t[w[i].start]]) return 0;
    for (q = 0; q < c->x->people.len; q++) {
        const char *r = c->x->people.items[q].role;
        size_t len, k;
        if (!r || r[0] != c->t[w[i].start]) continue;
        len = strlen(r);
        for (k = i; k < n && w[k].stop - w[i].start < len; k++) {}
        if (k < n && w[k].stop - w[i].start == len &&
            memcmp(c->t + w[i].start, r, len) == 0) {
            *role = r;
            return (long)(k + 1 - i);
        }
    }
    return 0;
}

static long title_read(acts_ctx *c, const scm_word *w, size_t i, size_t n,
                       const char **role) {
    size_t j = i;
    long k;
    k = scm_phrase_match(&c->title, c->t, w, i, n, &c->key, role);
    if (k > 1 && *role) {
        /* "the Secretary of State" of a document whose person holds that
         * very role (a British Secretary of State for Defence): the role
         * as written, not the lexicon's shorter one */
        size_t len = w[i + (size_t)k - 1].stop - w[i].start, q;
        for (q = 0; q < c->x->people.len; q++) {
            const char *r = c->x->people.items[q].role;
            if (r && strlen(r) == len && memcmp(r, c->t + w[i].start, len) == 0 &&
                strcmp(r, *role) != 0) {
                *role = r;
                break;
            }
        }
    }
    if (k > 1 && *role) {
        /* "The Chancellor of Justice and the Ombudsman" of a text whose
         * person holds it as "Chancellor", the head word the text calls
         * her by (people's head_word_roles; session 40) */
        size_t rl = strlen(*role), q, hits = 0;
        const char *head = NULL;
        for (q = 0; q < c->x->people.len; q++) {
            const char *r = c->x->people.items[q].role;
            size_t hl = r ? strlen(r) : 0;
            if (r && strcmp(r, *role) == 0) {
                hits = 0;
                break;
            }
            if (r && hl + 4 < rl && memcmp(*role, r, hl) == 0 && memcmp(*role + hl, " of ", 4) == 0)
                head = r, hits++;
        }
        if (hits == 1) *role = head;
    }
    if (k != 0) return k;
    while (j < n && j - i < 3 && IN(c, &w[j], L_TITLE_MODIFIERS))
        j++;
    k = j > i && j < n
            ? scm_phrase_match(&c->title, c->t, w, j, n, &c->key, role)
            : 0;
    if (k == 0) return person_role_at(c, w, i, n, role);
    if (k < 0) return k;
    /* "the Assistant Minister": the role with its modifiers, as people
     * reads it (valid until the next call) */
    if (*role && !scm_bytes_in(*role, strlen(*role), scm_rank_roles) &&
        scm_modified_role(c->t, w, i, j, (size_t)k, *role, c->role_buf,
                          sizeof c->role_buf))
        *role = c->role_buf;
    return (long)(j - i) + k;
}

/* The person named by a title at word j (ending before te) and the words
 * of that mention ("President Joseph R. Biden Jr."): the word after it is
 * returned, the person (or -1) in *who. */
static size_t skip_person(const acts_ctx *c, const scm_word *w, size_t j,
                          size_t te, size_t n, int32_t *who) {
    scm_off stop = 0;
    *who = person_at(c, w[j].start);
    if (*who >= 0) stop = person_mention_stop(c, w[j].start);
    if (te < n) {
        int32_t w2 = person_at(c, w[te].start);
        if (*who < 0) *who = w2;
        if (w2 >= 0) {
            scm_off s2 = person_mention_stop(c, w[te].start);
            if (s2 > stop) stop = s2;
        }
    }
    while (te < n && w[te].start < stop) te++;
    /* "The Secretary-General, Jens Stoltenberg," */
    if (*who < 0 && te + 1 < n && scm_word_punct(&w[te], ',')) {
        int32_t w3 = person_at(c, w[te + 1].start);
        if (w3 >= 0 && c->x->people.items[w3].mentions.len) {
            size_t k = te + 1;
            stop = person_mention_stop(c, w[te + 1].start);
            while (k < n && w[k].start < stop) k++;
            if (k < n && scm_word_punct(&w[k], ',')) {
                *who = w3;
                te = k;
            }
        }
    }
    return te;
}

/* ", Deputy Director of ITF Enhancing Human Security," after a named
 * person, with a lower-case word (the verb) after it: the person's office
 * in apposition, part of the subject ("Dr. Tomaž Jerman, Deputy Director
 * of …, announced").  An office followed by a name of its own (", Minister
 * Kim, and …") is another item.  The word after the closing comma, or j. */
static size_t appositive_office(acts_ctx *c, const scm_word *w, size_t j,
                                size_t n) {
    const char *t = c->t, *r;
    size_t k = j + 1, e;
    long pk, tk;
    /* ", the President of Chile," (session 13) */
    if (k + 1 < n && scm_word_is(t, &w[k], "the") && w[k + 1].cap) k++;
    pk = party_at(c, w, k, n, &r);
    if (pk < 0) return j;
    k += (size_t)pk;
    /* ", Manitoba's Minister of Environment,": an owner no list knows
     * (session 42) */
    if (pk == 0 && k + 1 < n && w[k].kind == SCM_W_WORD && w[k].cap && scm_possessive_len(t, &w[k])) k++;
    tk = title_at(c, w, k, n, &r);
    /* ", Member of the Political Bureau of the CPC Central Committee and
     * Minister of …," (session 24) */
    if (tk == 0 && k + 1 < n && scm_word_is(t, &w[k], "Member") &&
        scm_word_is(t, &w[k + 1], "of"))
        tk = 1;
    if (tk <= 0 || k + (size_t)tk >= n) return j;
    e = k + (size_t)tk;
    if (w[e].kind == SCM_W_WORD && w[e].cap) return j; /* a name */
    for (; e < n && e - j < 30; e++) {
        if (scm_word_punct(&w[e], ',')) {
            /* "Assistant Minister of Agriculture, Forestry and Water
             * Management of …": a portfolio list goes on to "and"
             * (session 21) */
            size_t q = e + 1;
            while (q < n && q - e < 8 && w[q].kind == SCM_W_WORD && w[q].cap &&
                   !IN(c, &w[q], L_HONORIFICS))
                q++;
            if (q > e + 1 && q + 1 < n && scm_word_is(t, &w[q], "and") &&
                w[q + 1].kind == SCM_W_WORD && w[q + 1].cap)
                continue;
            break;
        }
        if (w[e].kind == SCM_W_WORD &&
            (w[e].cap || scm_word_is(t, &w[e], "of") ||
             scm_word_is(t, &w[e], "for") || scm_word_is(t, &w[e], "the") ||
             scm_word_is(t, &w[e], "and") || scm_word_is(t, &w[e], "to") ||
             scm_word_is(t, &w[e], "in") || scm_word_is(t, &w[e], "on")))
            continue;
        if (scm_word_punct(&w[e], '(') || scm_word_punct(&w[e], ')') ||
            scm_word_punct(&w[e], '-'))
            continue;
        /* "Coordinator of Priority Area 1a of …": a number after a
         * capitalised word (session 17) */
        if (w[e].kind == SCM_W_NUMBER && w[e - 1].kind == SCM_W_WORD &&
            w[e - 1].cap)
            continue;
        return j;
    }
    if (e + 1 < n && scm_word_punct(&w[e], ',') &&
        w[e + 1].kind == SCM_W_WORD && !w[e + 1].cap)
        return e + 1;
    return j;
}

/* A clause between spaced dashes at word j, in lower case, shorter than
 * `span` words and closed by a dash a word in lower case follows ("… –
 * who co-chaired the Session – underlined …"): the word after the
 * closing dash, or 0 (session 30). */
static size_t dash_clause_end(const char *t, const scm_word *w, size_t j, size_t n,
                              size_t span) {
    size_t k;
    if (j == 0 || j + 4 >= n || !scm_word_punct(&w[j], '-') || w[j].start <= w[j - 1].stop ||
        !lower_word(t, &w[j + 1]))
        return 0;
    for (k = j + 2; k < n && k - j < span && !scm_word_punct(&w[k], '-'); k++)
        if (scm_word_punct(&w[k], '.') || scm_word_punct(&w[k], ';')) return 0;
    if (k + 1 < n && k - j < span && scm_word_punct(&w[k], '-') && w[k].start > w[k - 1].stop &&
        lower_word(t, &w[k + 1]))
        return k + 1;
    return 0;
}

/* A short form's plural: "SAIs", "NHRIs" (a capital first, a capital
 * before the final "s"). */
static int short_form_plural(const char *t, const scm_word *w) {
    return w->kind == SCM_W_WORD && w->stop - w->start >= 3 && t[w->stop - 1] == 's' &&
           t[w->start] >= 'A' && t[w->start] <= 'Z' && t[w->stop - 2] >= 'A' && t[w->stop - 2] <= 'Z';
}

/* Past the short form a counted group gets in brackets, "The two supreme
 * audit institutions (SAIs) reaffirmed": the word after it; else e
 * (session 43). */
static size_t plural_short_after(const char *t, const scm_word *w, size_t e, size_t n) {
    if (e + 2 < n && scm_word_punct(&w[e], '(') && short_form_plural(t, &w[e + 1]) &&
        scm_word_punct(&w[e + 2], ')'))
        return e + 3;
    return e;
}

/* The small words inside an institution's name in Portuguese, Spanish,
 * French, Italian, Dutch and German. */
static const char *const name_connectors[] = {"de", "da", "do", "das", "dos", "des", "du", "del",
                                              "di", "della", "van", "von", NULL};

/* Skip "(U.S.)" and "of the United States" after a named item; after a
 * named person also "of" + a place not in the party list ("Prime Minister
 * Ilse Varga of Carvonia"). */
static size_t skip_trailers(acts_ctx *c, const scm_word *w, size_t j,
                            size_t n, int person) {
    const char *t = c->t;
    for (;;) {
        if (j < n && scm_word_punct(&w[j], '(')) {
            size_t k;
            for (k = j + 1; k < n && k - j < 8; k++)
                if (scm_word_punct(&w[k], ')')) break;
            if (k < n && k - j < 8) {
                j = k + 1;
                continue;
            }
        }
        if (person && j + 3 < n && scm_word_punct(&w[j], ',')) {
            size_t e = appositive_office(c, w, j, n);
            if (e > j) {
                j = e;
                continue;
            }
        }
        /* "Minister Alimardonov – who co-chaired the Session with his
         * Israeli counterpart – underlined …": a clause between dashes
         * after a named person, a verb in lower case after it (session
         * 30) */
        if (person) {
            size_t k = dash_clause_end(t, w, j, n, 30);
            if (k) {
                j = k;
                continue;
            }
        }
        if (j + 1 < n && scm_word_is(t, &w[j], "of")) {
            const char *cls;
            size_t k = j + 1;
            long pk;
            if (k < n && scm_word_ieq(t, &w[k], "the")) k++;
            pk = party_at(c, w, k, n, &cls);
            if (pk > 0) {
                j = k + (size_t)pk;
                /* "of the African Union Commission": a party's body */
                while (j < n && j - k < 8 && w[j].kind == SCM_W_WORD &&
                       w[j].cap && w[j].lower && !IN(c, &w[j], L_GROUP_NAMED))
                    j++;
                continue;
            }
            /* "of the African Union Commission", "of the Organisation
             * of Islamic Cooperation": the office's organisation, its
             * capitalised words joined by "of", "and", "for" */
            if (pk == 0) {
                size_t e = k, last = k;
                while (e < n && e - k < 8) {
                    if (w[e].kind == SCM_W_WORD && w[e].cap) {
                        last = ++e;
                    } else if (e > k && e + 1 < n &&
                               (scm_word_is(t, &w[e], "of") ||
                                scm_word_is(t, &w[e], "and") ||
                                scm_word_is(t, &w[e], "for") ||
                                /* a name in its own language: "the
                                 * Tribunal de Contas", "the Conseil des
                                 * Ministres" (session 41) */
                                scm_word_in(t, &w[e], name_connectors)) &&
                               w[e + 1].kind == SCM_W_WORD && w[e + 1].cap &&
                               !scm_word_is(t, &w[e + 1], "The")) {
                        e++;
                    } else {
                        break;
                    }
                }
                if (last > k) {
                    j = last;
                    continue;
                }
            }
        }
        return j;
    }
}

/* A group noun after a party or acronym, with up to three capitalised
 * modifiers, at word e: "[G7] Foreign Ministers", "[ASEAN] Leaders", "East
 * Asia Summit Leaders".  The word after it, or 0. */
static size_t group_after(acts_ctx *c, const scm_word *w, size_t e,
                          size_t n) {
    size_t k = e;
    while (k < n && k - e < 3 && w[k].kind == SCM_W_WORD && w[k].cap &&
           w[k].lower && !IN(c, &w[k], L_GROUP_NAMED))
        k++;
    if (k < n && w[k].cap && IN(c, &w[k], L_GROUP_NAMED)) return k + 1;
    return 0;
}

/* "Heads" at word k, then "of Government", "of State" or "of State and
 * Government": the word after the offices, else k + 1. */
static size_t heads_offices_end(const char *t, const scm_word *w, size_t k, size_t n) {
    if (!scm_word_is(t, &w[k], "Heads") || k + 2 >= n || !scm_word_is(t, &w[k + 1], "of")) return k + 1;
    if (scm_word_is(t, &w[k + 2], "Government")) return k + 3;
    if (!scm_word_is(t, &w[k + 2], "State")) return k + 1;
    if (k + 4 < n && scm_word_is(t, &w[k + 3], "and") && scm_word_is(t, &w[k + 4], "Government"))
        return k + 5;
    return k + 3;
}

/* A body's name of two to five capitalised words (an "and" between two of
 * them) from word j whose last word is a speaking body of the lexicon
 * and which goes on with no capitalised word: "Ministerial Council",
 * "OSCE Permanent Council", "Peace and Security Council".  The word after
 * its head, or 0. */
static size_t body_name_end(acts_ctx *c, const scm_word *w, size_t j,
                            size_t n) {
    const char *t = c->t;
    size_t k = j;
    while (k < n && k - j < 5) {
        if (w[k].kind == SCM_W_WORD && w[k].cap) {
            k++;
        } else if (k > j && k + 1 < n && scm_word_is(t, &w[k], "and") &&
                   w[k + 1].kind == SCM_W_WORD && w[k + 1].cap) {
            k++;
        } else {
            break;
        }
    }
    if (k - j < 2 || (k < n && w[k].kind == SCM_W_WORD && w[k].cap))
        return 0;
    if (!scm_lexicon_has(c->lex, SCM_LEX_SPEAKER_BODY, t + w[k - 1].start,
                         w[k - 1].stop - w[k - 1].start))
        return 0;
    /* adjacent words only: "Council, Commission" is a list */
    for (size_t q = j; q + 1 < k; q++)
        if (w[q + 1].start != w[q].stop + 1) return 0;
    return k;
}

/* "of State and Government", "of Foreign Affairs of Japan and the United
 * States" after a group noun at word e: the word after it (e if none). */
static size_t skip_of_body(const acts_ctx *c, const scm_word *w, size_t e,
                           size_t n) {
    const char *t = c->t;
    size_t k, last = e;
    if (e + 1 >= n || !scm_word_is(t, &w[e], "of")) return e;
    k = e + 1;
    /* "the leaders of the two countries", "of both nations" */
    {
        size_t q = k;
        if (q < n && (scm_word_is(t, &w[q], "the") ||
                      scm_word_is(t, &w[q], "our") ||
                      scm_word_is(t, &w[q], "both")))
            q++;
        if (q < n && IN(c, &w[q], L_NUMERALS)) q++;
        if (q > k && q < n && IN(c, &w[q], L_GROUP_PREVIOUS)) return q + 1;
        /* "The Heads of the two SAIs": a count, then a short form's
         * plural, "SAIs", "NHRIs" (session 41) */
        if (q > k && q + 1 < n && (scm_word_is(t, &w[q - 1], "both") || IN(c, &w[q - 1], L_NUMERALS)) &&
            short_form_plural(t, &w[q]) && lower_word(t, &w[q + 1]))
            return q + 1;
        /* "The Governors of both central banks": a count, then a plural
         * in lower case of up to three words (session 20) */
        if (q > k && (scm_word_is(t, &w[q - 1], "both") || IN(c, &w[q - 1], L_NUMERALS))) {
            size_t r;
            for (r = q; r < n && r < q + 3 && lower_word(t, &w[r]); r++)
                if (t[w[r].stop - 1] == 's' && w[r].stop - w[r].start > 3 &&
                    r + 1 < n && lower_word(t, &w[r + 1]))
                    return r + 1;
        }
    }
    while (k < n && k - e < 14) {
        if (w[k].kind == SCM_W_WORD && w[k].cap) {
            last = ++k;
        } else if (scm_word_is(t, &w[k], "and") ||
                   scm_word_is(t, &w[k], "of") ||
                   scm_word_is(t, &w[k], "the")) {
            k++;
        } else
            break;
    }
    return last;
}

/* A short form that is not in the party list: two capitals, or a capital
 * and a digit, and no lower-case letter ("G7", "BRICS"). */
static int short_form(const char *t, const scm_word *w) {
    size_t i = w->start, caps = 0, digits = 0;
    if (w->kind != SCM_W_WORD) return 0;
    /* "e-PINE": a letter or two in lower case and a hyphen before the
     * capitals (session 20) */
    if (!w->cap) {
        while (i < w->stop && i < w->start + 2 && t[i] >= 'a' && t[i] <= 'z') i++;
        if (i == w->start || i + 2 >= w->stop || t[i] != '-') return 0;
        for (size_t k = i + 1; k < w->stop; k++)
            if (t[k] >= 'a' && t[k] <= 'z') return 0;
        i++;
    } else if (w->lower) {
        return 0;
    }
    for (; i < w->stop; i++) {
        if (t[i] >= 'A' && t[i] <= 'Z') caps++;
        else if (t[i] >= '0' && t[i] <= '9') digits++;
    }
    return caps >= 2 || (caps >= 1 && digits >= 1);
}

/* "JCS Chairman", "CFC Commander": a short form that is no party, then a
 * title (the office of that body).  The title's length after the short
 * form (role in *role), 0 when not, -1 memory. */
static long acronym_title(acts_ctx *c, const scm_word *w, size_t j,
                          size_t n, const char **role) {
    const char *cls;
    long pk;
    if (j + 1 >= n || !short_form(c->t, &w[j])) return 0;
    pk = party_at(c, w, j, n, &cls);
    if (pk != 0) return pk < 0 ? -1 : 0;
    return title_at(c, w, j + 1, n, role);
}

/* Words from j are the group a "(hereinafter “…”)" defined. */
static int alias_at(const acts_ctx *c, const scm_word *w, size_t j) {
    size_t len = c->alias.stop - c->alias.start, e = j + c->alias_words;
    return (c->nalias || c->nbodies || c->nalias_parties) && c->alias_words &&
           e <= c->words.len &&
           w[j].kind == SCM_W_WORD && w[e - 1].stop - w[j].start == len &&
           strncasecmp(c->t + w[j].start, c->t + c->alias.start, len) == 0;
}

/* The group defined by "(hereinafter “the Ministers”)" or "(… “the
 * senior officials”)" at word j: its people as actors.  The number of its
 * words when it is, 0 when not, -1 memory. */
static int alias_group(acts_ctx *c, const scm_word *w, size_t j,
                       actor_set *a) {
    size_t i;
    if (!alias_at(c, w, j)) return 0;
    for (i = 0; i < c->nalias_parties; i++)
        if (actors_add(a, c->alias_parties[i], strlen(c->alias_parties[i]),
                       -1) != 0)
            return -1;
    for (i = 0; i < c->nbodies; i++)
        if (actors_add(a, c->t + c->alias_bodies[i].start,
                       c->alias_bodies[i].stop - c->alias_bodies[i].start,
                       -1) != 0)
            return -1;
    for (i = 0; i < c->nalias; i++) {
        const scm_person *p = &c->x->people.items[c->alias_persons[i]];
        int r = p->role && p->role[0]
                    ? add_role_actor(c, a, p->role, c->alias_persons[i])
                    : actors_add(a, p->name, strlen(p->name),
                                 c->alias_persons[i]);
        if (r != 0) return -1;
    }
    return (int)c->alias_words;
}

/* "A, B and C (hereinafter [referred to as] “the Ministers”)": the group
 * word then stands for the people named before it in the sentence. */
/* Does the sentence say who led a delegation ("… delegation was led
 * by", "… delegation, headed by")? */
static int led_delegation(const char *t, const scm_word *w, size_t n) {
    size_t i, k;
    for (i = 0; i < n; i++) {
        /* "Australia was represented by …. The Republic of Korea was
         * represented by … (hereinafter “the Ministers”)" */
        if (i + 1 < n && scm_word_is(t, &w[i], "represented") &&
            scm_word_is(t, &w[i + 1], "by"))
            return 1;
        if (!scm_word_is(t, &w[i], "delegation")) continue;
        for (k = i + 1; k + 1 < n && k < i + 4; k++)
            if ((scm_word_is(t, &w[k], "led") ||
                 scm_word_is(t, &w[k], "headed")) &&
                scm_word_is(t, &w[k + 1], "by"))
                return 1;
    }
    return 0;
}

/* Words [0, i) of the sentence are two bodies' names and "and", the
 * subject the "(hereinafter …)" at i names: "Statistics Estonia and
 * Statistics Iceland (hereinafter “the Offices”) held …" -- two
 * capitalised names of two to five words, neither a party (session 23). */
static int two_bodies(acts_ctx *c, const scm_word *w, size_t i,
                      scm_span out[2]) {
    const char *t = c->t;
    size_t k = 0, b;
    for (b = 0; b < 2; b++) {
        size_t from = k;
        const char *cls = NULL;
        long pk = party_at(c, w, k, i, &cls);
        if (pk != 0) return 0; /* a party, or memory */
        while (k < i && w[k].kind == SCM_W_WORD &&
               (w[k].cap || (k > from && k + 1 < i && w[k + 1].cap &&
                             (scm_word_is(t, &w[k], "of") ||
                              scm_word_is(t, &w[k], "for")))))
            k++;
        if (k - from < 2 || k - from > 5) return 0;
        out[b].start = w[from].start;
        out[b].stop = w[k - 1].stop;
        if (b == 0) {
            if (k >= i || !scm_word_is(t, &w[k], "and")) return 0;
            k++;
        }
    }
    return k == i;
}

/* The text defines the plural short form at w for the heads of
 * delegation: "the heads of delegation (HODs)", "Heads of Delegation
 * (HoDs)". */
static int heads_short_form(const acts_ctx *c, const scm_word *w) {
    static const char lead[] = "heads of delegation (";
    size_t wl = w->stop - w->start, ll = sizeof lead - 1;
    const char *p = c->t, *end = c->t + c->doc->text.len;
    while ((p = scm_ifind(p, (size_t)(end - p), lead)) != NULL) {
        p += ll;
        if ((size_t)(end - p) > wl && memcmp(p, c->t + w->start, wl) == 0 && p[wl] == ')') return 1;
    }
    return 0;
}

/* Words before i name two bodies by their short forms in brackets, "and"
 * between them ("The National Agency for Energy Regulation (ANRE) of the
 * Republic of Moldova and Ireland’s Commission for Regulation of
 * Utilities (CRU) (each a …)"): the short forms in out[] (session 29). */
static int two_short_forms(const acts_ctx *c, const scm_word *w, size_t i,
                           scm_span out[2]) {
    const char *t = c->t;
    size_t k, nf = 0, and_after = 0;
    for (k = 0; k + 2 < i; k++) {
        size_t len;
        if (!scm_word_punct(&w[k], '(') || !scm_word_punct(&w[k + 2], ')') ||
            w[k + 1].kind != SCM_W_WORD || w[k + 1].lower)
            continue;
        len = w[k + 1].stop - w[k + 1].start;
        if (len < 2 || len > 8 || !scm_ascii_is_upper((unsigned char)t[w[k + 1].start])) continue;
        if (nf == 2) return 0;
        if (nf == 1 && !and_after) return 0;
        out[nf].start = w[k + 1].start;
        out[nf].stop = w[k + 1].stop;
        nf++;
        k += 2;
        for (size_t q = k + 1; nf == 1 && q < i && !scm_word_punct(&w[q], '('); q++)
            if (scm_word_is(t, &w[q], "and")) and_after = 1;
    }
    /* (the second closes the words before the alias) */
    return nf == 2 && out[1].stop == w[i - 2].stop;
}

/* The word a "(hereinafter …)" defines names states, not people: "the
 * Sides", "the Parties", "the two Governments". */
static int party_word_alias(const acts_ctx *c, const scm_word *w) {
    static const char *const words[] = {"sides", "parties", "governments",
                                        "states", "countries",
                                        /* two states' bodies: "(hereinafter
                                         * “the two institutions”)"; session 35 */
                                        "institutions", NULL};
    for (int k = 0; words[k]; k++)
        if (scm_word_ieq(c->t, w, words[k])) return 1;
    return 0;
}

/* Words before i end in two parties joined by "and" ("between the
 * Government of the Republic of Azerbaijan and the Government of the
 * Socialist Republic of Viet Nam (hereinafter referred to as “the
 * Sides”)"): their names in pair[] (session 23). */
static int two_parties_before(acts_ctx *c, const scm_word *w, size_t i,
                              const char *pair[2]) {
    const char *prev = NULL, *last = NULL;
    size_t q, prev_end = 0, last_start = 0, last_end = 0;
    for (q = i > 16 ? i - 16 : 0; q < i;) {
        const char *cls = NULL;
        long k = party_at(c, w, q, i, &cls);
        if (k < 0) return 0;
        if (k == 0 || !cls) {
            q++;
            continue;
        }
        prev = last;
        prev_end = last_end;
        last = cls;
        last_start = q;
        last_end = q + (size_t)k;
        q = last_end;
    }
    if (!prev || last_end != i || strcmp(prev, last) == 0) return 0;
    /* (not a body named for a party: "Statistics Iceland") */
    if (last_start > 0 && w[last_start - 1].kind == SCM_W_WORD &&
        w[last_start - 1].cap)
        return 0;
    /* "… of A and the Government of B": an "and" between the two */
    for (q = prev_end; q < last_start; q++)
        if (scm_word_is(c->t, &w[q], "and")) {
            pair[0] = prev;
            pair[1] = last;
            return 1;
        }
    return 0;
}

/* The people mentioned in [lo, hi), each once, in found[]: how many. */
static size_t people_between(const acts_ctx *c, scm_off lo, scm_off hi, int32_t *found) {
    size_t np = 0, m, q;
    for (m = 0; m < c->mentions.len; m++) {
        const mention_ref *r = &c->mentions.items[m];
        int dup = 0;
        if (r->start < lo) continue;
        if (r->start >= hi) break;
        for (q = 0; q < np; q++)
            if (found[q] == r->person) dup = 1;
        if (!dup && np < MAX_ACTORS) found[np++] = r->person;
    }
    return np;
}

static void alias_scan(acts_ctx *c, const scm_word *w, size_t n,
                       const scm_sentence *s) {
    const char *t = c->t;
    size_t i, k, aw = 1;
    scm_off from = s->span.start;
    /* the group word after a run of such sentences names them all */
    if (led_delegation(t, w, n)) {
        if (!(c->led_sentence && c->led_sentence == c->sentence))
            c->led_start = s->span.start;
        c->led_sentence = c->sentence + 1;
        from = c->led_start;
    } else if (scm_word_is(t, &w[0], "It") && c->prev_span.stop &&
               c->prev_para == s->paragraph &&
               span_has(t, c->prev_span.start, c->prev_span.stop, "chair")) {
        /* "… was held under the chairmanship of A. It brought together B,
         * C and D (hereinafter “the Ministers”)": the meeting's chair is
         * one of them (session 20) */
        from = c->prev_span.start;
    }
    /* (the sentence before, in the same paragraph: "… under the
     * chairmanship of A. Ireland was represented by B, and Portugal by C
     * (hereinafter “the three Ministers”)"; session 36) */
    scm_off before = c->prev_span.stop && c->prev_para == s->paragraph ? c->prev_span.start : from;
    c->prev_span = s->span;
    c->prev_para = s->paragraph;
    /* "The three heads of delegation are referred to below as “the
     * Ministers”.": a sentence of its own naming the people of its
     * paragraph so far (session 39) */
    for (i = 0; c->paras && i + 4 < n; i++) {
        size_t q = i + 2, cnt = 0;
        int32_t found[MAX_ACTORS];
        size_t np;
        /* (a clause's verb, not the bracket's "(hereinafter referred to
         * as …)", which the loop below reads) */
        if (!(i > 0 && scm_word_is(t, &w[i], "referred") && scm_word_is(t, &w[i + 1], "to") &&
              (scm_word_is(t, &w[i - 1], "are") || scm_word_is(t, &w[i - 1], "were") ||
               scm_word_is(t, &w[i - 1], "be"))))
            continue;
        if (scm_word_is(t, &w[q], "below") || scm_word_is(t, &w[q], "hereinafter") ||
            scm_word_is(t, &w[q], "hereafter"))
            q++;
        if (q >= n || !scm_word_is(t, &w[q], "as")) break;
        for (q++; q < n && w[q].kind != SCM_W_WORD; q++)
            ;
        if (q < n && scm_word_ieq(t, &w[q], "the")) q++;
        if (q + 1 >= n || w[q].kind != SCM_W_WORD || !w[q].cap || t[w[q].stop - 1] != 's') break;
        for (size_t m = 0; m < i && !cnt; m++)
            if (IN(c, &w[m], L_NUMERALS)) cnt = (size_t)numeral_value(t, &w[m]);
        np = people_between(c, c->paras[s->paragraph].span.start, s->span.start, found);
        if (np < 2 || (cnt && cnt != np)) break;
        c->alias.start = w[q].start;
        c->alias.stop = w[q].stop;
        c->alias_words = 1;
        memcpy(c->alias_persons, found, np * sizeof *found);
        c->nalias = np;
        c->nbodies = c->nalias_parties = 0;
        return;
    }
    for (i = 0; i + 2 < n; i++) {
        size_t np = 0;
        int counted;
        int32_t found[MAX_ACTORS];
        /* "the alliance between Australia and the United States (“the
         * Allies”)": a name in quotes alone for the two parties before
         * it (session 24) */
        if (scm_word_punct(&w[i], '(') && i + 4 < n && w[i + 1].kind != SCM_W_WORD &&
            (t[w[i + 1].start] == '"' || (unsigned char)t[w[i + 1].start] == 0xE2) &&
            scm_word_ieq(t, &w[i + 2], "the") && w[i + 3].kind == SCM_W_WORD &&
            w[i + 3].cap && w[i + 4].kind != SCM_W_WORD) {
            const char *pair[2];
            if (two_parties_before(c, w, i, pair)) {
                c->alias.start = w[i + 3].start;
                c->alias.stop = w[i + 3].stop;
                c->alias_words = 1;
                c->alias_parties[0] = pair[0];
                c->alias_parties[1] = pair[1];
                c->nalias_parties = 2;
                c->nalias = c->nbodies = 0;
                continue;
            }
        }
        /* "(hereinafter “the Ministers”)", "(collectively, “the
         * Ministers”)", "(together, the Principals)" */
        size_t o = i + 1;
        if (!scm_word_punct(&w[i], '(')) continue;
        /* "(each a “Regulator” and together the “Regulators”)": the
         * name of the whole (session 29) */
        if (scm_word_ieq(t, &w[o], "each"))
            for (size_t q = o + 1; q < n && q < o + 8 && !scm_word_punct(&w[q], ')'); q++)
                if (scm_word_is(t, &w[q], "together")) {
                    o = q;
                    break;
                }
        if (!(scm_word_ieq(t, &w[o], "hereinafter") || scm_word_ieq(t, &w[o], "collectively") ||
              scm_word_ieq(t, &w[o], "together")))
            continue;
        /* "… on behalf of their Governments (hereinafter “the
         * Parties”)": a name for the states, not for the people named
         * before it (session 22) */
        if (i > 0 && (scm_word_ieq(t, &w[i - 1], "governments") ||
                      /* (in lower case: "the United States (together, …)"
                       * closes a person's office) */
                      scm_word_is(t, &w[i - 1], "states") ||
                      scm_word_is(t, &w[i - 1], "countries")))
            continue;
        k = o + 1;
        if (k < n && scm_word_punct(&w[k], ',')) k++;
        while (k < n && k - o < 6 && lower_word(t, &w[k]) &&
               !scm_word_is(t, &w[k], "the"))
            k++; /* "referred to as", "collectively" */
        if (k < n && (scm_word_punct(&w[k], '"') ||
                      scm_word_punct(&w[k], '\'')))
            k++;
        if (k < n && scm_word_ieq(t, &w[k], "the")) k++;
        /* (the quotes after the article: "(together, the “DEPA
         * Ministers”)"; session 27) */
        if (k + 1 < n && w[k].kind != SCM_W_WORD &&
            (t[w[k].start] == '"' || (unsigned char)t[w[k].start] == 0xE2))
            k++;
        /* "the three senior officials": the count is the subject's own */
        counted = k + 1 < n && IN(c, &w[k], L_NUMERALS);
        if (counted) k++;
        /* "the Ministers", a group word in lower case ("the
         * co-chairs"), or up to three words ending in a plural ("the
         * senior officials") */
        if (k >= n || w[k].kind != SCM_W_WORD) continue;
        {
            size_t e = k + 1;
            while (e < n && e - k < 3 && w[e].kind == SCM_W_WORD) e++;
            /* (no plural anywhere: "(hereinafter “the Border
             * Agreement”)" names a document, and its first word is no
             * group of the people before it; session 42) */
            if (e - k > 1 && t[w[e - 1].stop - 1] != 's' && t[w[k].stop - 1] != 's') continue;
            if (e - k > 1 && !(t[w[e - 1].stop - 1] == 's'))
                e = k + 1; /* "the Ministers" alone */
            /* (a word in lower case is a plural: "(together, “the three
             * representatives”)", "(together, “the co-leads”)") */
            if (e - k == 1 &&
                !(w[k].cap || IN(c, &w[k], L_GROUP_NAMED) ||
                  (t[w[k].stop - 1] == 's' &&
                   (counted || (k + 1 < n && w[k + 1].kind == SCM_W_PUNCT)))))
                continue;
            aw = e - k;
        }
        np = people_between(c, from, w[i].start, found);
        /* (the meeting's chair named in the sentence before, in the same
         * paragraph: "The meeting was chaired by the Minister of … of
         * Montenegro, Ms. A. The Italian delegation was led by B, …, and
         * the Tunisian delegation by C (hereinafter “the Ministers”)";
         * session 39) */
        if (!counted && before < from && np > 0 && span_has(t, before, from, "chair")) {
            int32_t more[MAX_ACTORS];
            size_t nm = people_between(c, before, w[i].start, more);
            if (nm > np && nm <= np + 1) {
                memcpy(found, more, nm * sizeof *more);
                np = nm;
            }
        }
        /* fewer people than counted: the sentence before too, when with it
         * they are as many */
        if (counted && before < from && np > 0 && (int)np < numeral_value(t, &w[k - 1])) {
            int32_t more[MAX_ACTORS];
            size_t nm = people_between(c, before, w[i].start, more);
            if ((int)nm == numeral_value(t, &w[k - 1])) {
                memcpy(found, more, nm * sizeof *more);
                np = nm;
            }
        }
        /* "The Speaker and the President (hereinafter “the Presiding
         * Officers”)": the offices before it, each held by one person
         * (session 33) */
        if (np == 0)
            for (size_t q = 0; q < i && np < MAX_ACTORS; q++) {
                int32_t who = -1;
                if (!(q > 0 && scm_word_ieq(t, &w[q - 1], "the")) || !w[q].cap) continue;
                for (size_t pq = 0; pq < c->x->people.len; pq++) {
                    const char *r = c->x->people.items[pq].role;
                    size_t rl = r ? strlen(r) : 0;
                    if (!rl || w[q].start + rl > w[i].start || memcmp(t + w[q].start, r, rl) != 0 ||
                        scm_ascii_is_alnum((unsigned char)t[w[q].start + rl]))
                        continue;
                    if (who >= 0) {
                        who = -2;
                        break;
                    }
                    who = (int32_t)pq;
                }
                if (who >= 0) found[np++] = who;
            }
        if (np < 2) {
            scm_span bodies[2];
            const char *pair[2];
            if (np) continue;
            if (party_word_alias(c, &w[k + aw - 1]) &&
                two_parties_before(c, w, i, pair)) {
                c->alias.start = w[k].start;
                c->alias.stop = w[k + aw - 1].stop;
                c->alias_words = aw;
                c->alias_parties[0] = pair[0];
                c->alias_parties[1] = pair[1];
                c->nalias_parties = 2;
                c->nalias = c->nbodies = 0;
                continue;
            }
            if (!two_bodies(c, w, i, bodies) && !two_short_forms(c, w, i, bodies)) continue;
            c->alias.start = w[k].start;
            c->alias.stop = w[k + aw - 1].stop;
            c->alias_words = aw;
            memcpy(c->alias_bodies, bodies, sizeof bodies);
            c->nbodies = 2;
            c->nalias = c->nalias_parties = 0;
            continue;
        }
        c->alias.start = w[k].start;
        c->alias.stop = w[k + aw - 1].stop;
        c->alias_words = aw;
        memcpy(c->alias_persons, found, np * sizeof *found);
        c->nalias = np;
        c->nbodies = c->nalias_parties = 0;
    }
}

/* The one person of role `role` and party `party`, or -1; failing one,
 * the one whose role the portfolio before it narrows ("The Saudi Foreign
 * Minister" of a Minister of Foreign Affairs; session 14). */
static int32_t person_of_party(const acts_ctx *c, const char *role,
                               const char *party) {
    size_t q;
    int32_t who = -1;
    for (int pass = 0; pass < 2 && who < 0; pass++)
        for (q = 0; q < c->x->people.len; q++) {
            const scm_person *pp = &c->x->people.items[q];
            if (pp->role && pp->party && strcmp(pp->party, party) == 0 &&
                (pass == 0 ? strcmp(pp->role, role) == 0
                           : portfolio_role(role, pp->role))) {
                if (who >= 0) return -1;
                who = (int32_t)q;
            }
        }
    /* "The Icelandic Prime Minister" of a release that gave its own Prime
     * Minister no party and the guest's the party Canada: the one holder
     * of the role with no party, when every other holder has another
     * (session 21) */
    if (who < 0) {
        int others = 0;
        for (q = 0; q < c->x->people.len; q++) {
            const scm_person *pp = &c->x->people.items[q];
            if (!pp->role || strcmp(pp->role, role) != 0) continue;
            if (pp->party) {
                others++;
                continue;
            }
            if (who >= 0) return -1;
            who = (int32_t)q;
        }
        if (!others) who = -1;
    }
    return who;
}

/* Every holder of role `sing` of party `party`, as actors: how many, or
 * -1 (memory). */
static int party_holders(acts_ctx *c, actor_set *a, const char *sing, const char *party) {
    int k = 0;
    for (size_t q = 0; q < c->x->people.len; q++) {
        const scm_person *pp = &c->x->people.items[q];
        if (!pp->role || !pp->party || strcmp(pp->party, party) != 0 ||
            strcmp(pp->role, sing) != 0)
            continue;
        if (add_role_actor(c, a, pp->role, (int32_t)q) != 0) return -1;
        k++;
    }
    return k;
}

/* "The Lithuanian and Polish Ministers": the one holder of role `sing`
 * of each of two parties, as two actors.  1, 0 (not both found) or -1
 * (memory). */
static int holders_of_two(acts_ctx *c, actor_set *a, const char *sing,
                          const char *cls, const char *cls2) {
    int32_t w1 = person_of_party(c, sing, cls), w2 = person_of_party(c, sing, cls2);
    if (w1 < 0 || w2 < 0) return 0;
    if (add_role_actor(c, a, sing, w1) != 0 || add_role_actor(c, a, sing, w2) != 0)
        return -1;
    return 1;
}

/* The first person of a party the text introduces who holds an office:
 * its side's head ("The Panamanian and Singaporean Heads"), or -1. */
static int32_t first_of_party(const acts_ctx *c, const char *party) {
    int32_t who = -1;
    scm_off at = 0;
    for (size_t q = 0; q < c->x->people.len; q++) {
        const scm_person *pp = &c->x->people.items[q];
        if (!pp->role || !pp->party || strcmp(pp->party, party) != 0 || !pp->mentions.len) continue;
        if (who < 0 || pp->mentions.items[0].start < at) who = (int32_t)q, at = pp->mentions.items[0].start;
    }
    return who;
}

/* The co-chair of `party`: the one of that party, or the one co-chair of
 * no party the text gave, the others being another party's ("The ROK
 * co-chair was Lieutenant General Seo …"; session 30).  -1 when none is
 * alone in fitting. */
static int32_t cochair_of_party(const acts_ctx *c, const char *party) {
    int32_t who = -1, bare = -1;
    int others = 0;
    for (size_t q = 0; q < c->ncochairs; q++) {
        const scm_person *pp = &c->x->people.items[c->cochairs[q]];
        if (pp->party && strcmp(pp->party, party) == 0)
            who = who == -1 ? c->cochairs[q] : -2;
        else if (!pp->party)
            bare = bare == -1 ? c->cochairs[q] : -2;
        else
            others++;
    }
    if (who == -1 && bare >= 0 && others) who = bare;
    return who >= 0 ? who : -1;
}

/* The one leader (scm_leader_roles) of party `party`; failing one, the one
 * leader of no party when every other leader has another party.  -1 when
 * none or several. */
static int32_t leader_of_party(const acts_ctx *c, const char *party) {
    size_t q;
    int32_t who = -1, bare = -1;
    int others = 0, bares = 0;
    for (q = 0; q < c->x->people.len; q++) {
        const scm_person *pp = &c->x->people.items[q];
        if (!pp->role || !scm_bytes_in(pp->role, strlen(pp->role), scm_leader_roles))
            continue;
        if (!pp->party) {
            bare = (int32_t)q;
            bares++;
        } else if (strcmp(pp->party, party) == 0) {
            if (who >= 0) return -1;
            who = (int32_t)q;
        } else {
            others++;
        }
    }
    if (who >= 0) return who;
    return bares == 1 && others ? bare : -1;
}

/* Word w is a short form in capitals: two capitals or more, no lower-case
 * letter ("DRC", "EU", "U.S."). */
static int short_form_word(const char *t, const scm_word *w) {
    size_t k, up = 0;
    if (w->kind != SCM_W_WORD) return 0;
    for (k = w->start; k < w->stop; k++) {
        if (t[k] >= 'A' && t[k] <= 'Z') up++;
        else if (t[k] >= 'a' && t[k] <= 'z') return 0;
    }
    return up >= 2;
}

static int all_caps_word(const char *t, const scm_word *w, size_t minlen);

/* Short forms in brackets after a long form, ordered by their bytes
 * (then by place, the first first). */
static const char *short_text; /* qsort's context, set by its caller */
static int cmp_short(const void *a, const void *b) {
    const struct short_def *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int r = memcmp(short_text + x->at, short_text + y->at, n);
    if (r) return r;
    if (x->len != y->len) return x->len < y->len ? -1 : 1;
    return x->at < y->at ? -1 : x->at > y->at;
}

/* Collect "long form (SHORT)": an opening bracket after a space and a
 * lower-case letter, two to twelve capitals, digits or hyphens, the
 * closing bracket.  0, or -1 on memory. */
static int collect_shorts(acts_ctx *c) {
    const char *t = c->t, *p = t, *end = t + c->doc->text.len;
    size_t cap = 0;
    c->shorts_built = 1;
    while ((p = memchr(p, '(', (size_t)(end - p))) != NULL) {
        const char *q = p + 1;
        if (p > t + 1 && p[-1] == ' ' && islower((unsigned char)p[-2])) {
            while (q < end && q - p <= 13 &&
                   (isupper((unsigned char)*q) || isdigit((unsigned char)*q) || *q == '-'))
                q++;
            if (q < end && *q == ')' && q - p >= 3) {
                if (c->nshorts == cap) {
                    size_t nc = cap ? cap * 2 : 16;
                    struct short_def *g = realloc(c->shorts, nc * sizeof *g);
                    if (!g) return -1;
                    c->shorts = g;
                    cap = nc;
                }
                c->shorts[c->nshorts].at = (scm_off)(p + 1 - t);
                c->shorts[c->nshorts].len = (scm_off)(q - p - 1);
                c->nshorts++;
            }
        }
        p++;
    }
    short_text = t;
    if (c->nshorts > 1) qsort(c->shorts, c->nshorts, sizeof *c->shorts, cmp_short);
    return 0;
}

/* The first place where word w stands in brackets after its long form,
 * before w: the offset of its first letter, 0 when none, -1 on memory. */
static long short_definition(acts_ctx *c, const scm_word *w) {
    size_t lo = 0, hi, len = w->stop - w->start;
    if (!c->shorts_built && collect_shorts(c) != 0) return -1;
    hi = c->nshorts;
    while (lo < hi) { /* the first entry not below w's bytes */
        size_t mid = (lo + hi) / 2;
        const struct short_def *d = &c->shorts[mid];
        size_t n = d->len < len ? d->len : len;
        int r = memcmp(c->t + d->at, c->t + w->start, n);
        if (r < 0 || (r == 0 && d->len < len)) lo = mid + 1;
        else hi = mid;
    }
    return lo < c->nshorts && c->shorts[lo].len == len &&
                   !memcmp(c->t + c->shorts[lo].at, c->t + w->start, len) &&
                   c->shorts[lo].at < w->start
               ? (long)c->shorts[lo].at
               : 0;
}

/* Word w, a short form in capitals, stands in brackets after its long form
 * somewhere before it in the text: "Australian Federal Police (AFP)".
 * 1, 0, or -1 on memory. */
static int defined_short_form(acts_ctx *c, const scm_word *w) {
    long at = short_definition(c, w);
    return at < 0 ? -1 : at != 0;
}

/* The length of the words that end t[0..e) when they are s (a line
 * break read as a space) and no letter runs on before them, else 0. */
static size_t ends_with_words(const char *t, size_t e, const char *s) {
    size_t k = strlen(s), n = k;
    while (k > 0 && e > 0) {
        char a = t[e - 1] == '\n' ? ' ' : t[e - 1];
        if (a != s[k - 1]) break;
        k--, e--;
    }
    return k == 0 && !(e > 0 && isalnum((unsigned char)t[e - 1])) ? n : 0;
}

/* The capitalised words of s[0..n) begin with the letters of short form
 * a[0..an), in order, and no other capitalised word is there ("Chief of
 * Defence Forces", "CDF"). */
static int initials_are(const char *s, size_t n, const char *a, size_t an) {
    size_t i, k = 0;
    for (i = 0; i < n; i++) {
        if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '\n' && s[i - 1] != '-') continue;
        if (!isupper((unsigned char)s[i])) continue;
        if (k >= an || s[i] != a[k]) return 0;
        k++;
    }
    return k == an;
}

/* The one person whose title or role the text writes right before the
 * short form defined at t[at] ("Mr. A, Chief\nElection Commissioner (CEC)
 * of …", "General B, Chief of Defence Forces (CDF) of Tanzania"): the
 * short form stands for that person when the title the people reader
 * kept has no brackets.  -1 when none, or when two people's titles fit
 * as well. */
static long role_before_short(const acts_ctx *c, scm_off at, size_t sl) {
    long who = -1;
    size_t q, best = 0;
    int shared = 0;
    if (at < 3) return -1;
    for (q = 0; q < c->x->people.len; q++) {
        const scm_person *p = &c->x->people.items[q];
        size_t len = 0, l2;
        if (!p->role || !*p->role) continue;
        if (p->title) len = ends_with_words(c->t, at - 2, p->title);
        if ((l2 = ends_with_words(c->t, at - 2, p->role)) > len) len = l2;
        /* the short form's letters are the office's initials, not a
         * body's the title ends with ("Inspector General of Police of the
         * Uganda Police Force (UPF)") */
        if (len == 0 || !initials_are(c->t + at - 2 - len, len, c->t + at, sl)) continue;
        /* the longest ("Chief Election Commissioner", not the "Election
         * Commissioner" another holds) */
        if (len > best) {
            who = (long)q;
            best = len;
            shared = 0;
        } else if (len == best) {
            shared = 1;
        }
    }
    return shared ? -1 : who;
}

/* The actors of a group with a modifier, words [j, g): "the Prime
 * Ministers" (people whose role is "Prime Minister"), "the two Foreign
 * Ministers" (else the Ministers, or the principals).  The number added,
 * or -1. */
static int modified_group(acts_ctx *c, actor_set *a, const scm_word *w,
                          size_t j, size_t g, int num) {
    const char *t = c->t;
    char sing[96];
    size_t q, from = a->n;
    int added = 0, count, kept = 0;
    if (singular(t + w[j].start, w[g - 1].stop - w[j].start, sing,
                 sizeof sing))
        for (q = 0; q < c->x->people.len; q++) {
            const char *r = c->x->people.items[q].role;
            if (r && strcmp(r, sing) == 0) {
                if (add_role_actor(c, a, r, (int32_t)q) != 0) return -1;
                added++;
            }
        }
    /* … and, beside two of them or more, one whose second office it is:
     * "Second Secretary General and Political Director of …" among "the
     * Political Directors" (session 33) */
    if (added >= 2)
        for (q = 0; q < c->x->people.len; q++) {
            const scm_person *p = &c->x->people.items[q];
            if (!p->role || strcmp(p->role, sing) == 0 || !second_office(p->title, sing) ||
                !p->family || !*p->family)
                continue;
            /* (named by the group's office, which others share: "Political
             * Director Nic Aodha") */
            if (add_role_family(a, sing, p, (int32_t)q) != 0) return -1;
            added++;
        }
    if (!added && expand_group(c, a, t, &w[g - 1], &added) != 0) return -1;
    /* "the two Defense Secretaries" of four Secretaries: those whose
     * office names the modifier */
    count = num ? numeral_value(t, &w[j - 1]) : 0;
    if (num ? added > count && count >= 2 : added >= 2)
        kept = keep_titled(c, a, from, t + w[j].start, w[j].stop - w[j].start,
                           count, &added);
    /* the offices the modifier names are the group; else the principals
     * may stand for it */
    if (!kept && !(num && added == count) &&
        group_principals(c, a, t, &w[g - 1], from, &added) != 0)
        return -1;
    /* (a plural is no one person: "The Maghreb Ministers" of a meeting
     * that names one Minister is the group; session 40) */
    if (!num && added == 1) {
        for (q = from; q < a->n; q++) free(a->names[q]);
        a->n = from;
        added = 0;
    }
    return added;
}

/* Party `p` is one the document names as its own (header or opening). */
static int doc_party(const acts_ctx *c, const char *p) {
    for (size_t q = 0; q < c->ndoc_parties; q++)
        if (strcmp(c->doc_parties[q], p) == 0) return 1;
    return 0;
}

/* The capital whose words begin at j ("Seoul", "New Delhi"): the party
 * it stands for, its words in *k; else NULL. */
/* The capitals' table by first letter (A-Z): where each letter's
 * entries start in `capital_order`, the table's indices sorted by that
 * letter.  Built once per process: subjects ask at every capitalised
 * word, and the table has some 150 entries. */
static uint8_t capital_from[27];
static uint8_t capital_order[256];
static pthread_once_t capital_once = PTHREAD_ONCE_INIT;

static void capital_index(void) {
    size_t q, m = 0;
    for (int l = 0; l < 26; l++) {
        capital_from[l] = (uint8_t)m;
        for (q = 0; scm_capital_parties[q] && m < 255; q += 2)
            if (scm_capital_parties[q][0] == 'A' + l) capital_order[m++] = (uint8_t)(q / 2);
    }
    capital_from[26] = (uint8_t)m;
}

static const char *capital_party(const acts_ctx *c, const scm_word *w,
                                 size_t j, size_t n, size_t *k) {
    const char *t = c->t;
    unsigned char f;
    if (j >= n || w[j].kind != SCM_W_WORD || !w[j].cap) return NULL;
    f = (unsigned char)t[w[j].start];
    if (f < 'A' || f > 'Z') return NULL;
    pthread_once(&capital_once, capital_index);
    for (size_t r = capital_from[f - 'A']; r < capital_from[f - 'A' + 1]; r++) {
        size_t q = (size_t)capital_order[r] * 2;
        const char *cap = scm_capital_parties[q];
        size_t len = strlen(cap), e = j;
        while (e < n && w[e].stop - w[j].start < len) e++;
        if (e < n && w[e].stop - w[j].start == len &&
            memcmp(t + w[j].start, cap, len) == 0) {
            *k = e - j + 1;
            return scm_capital_parties[q + 1];
        }
    }
    return NULL;
}

/* A group word without an article at j and its complement of one
 * capitalised word that names no party, before a word in lower case:
 * "Heads of Customs reaffirmed …", "Chiefs of Navy welcomed …" (as "The
 * Chiefs of Navy"; session 23).  The word after it, 0, or -1 (memory). */
static size_t group_complement(acts_ctx *c, const scm_word *w, size_t j,
                               size_t n) {
    const char *cls = NULL;
    long pk;
    if (!w[j].cap || j + 3 >= n || !scm_word_is(c->t, &w[j + 1], "of") ||
        w[j + 2].kind != SCM_W_WORD || !w[j + 2].cap || !w[j + 2].lower ||
        !lower_word(c->t, &w[j + 3]))
        return 0;
    pk = party_at(c, w, j + 2, n, &cls);
    if (pk < 0) return (size_t)-1;
    return pk ? 0 : j + 3;
}

/* Words [j, g) are a modifier and a group noun no person answers to:
 * the group keeps its modifier when the two are no office of the
 * lexicon and the noun is no office a field word narrows ("The Permanent
 * Participants", "the High-Level Representatives", "The Army Chiefs";
 * not "the Foreign Ministers", who are Ministers; session 23). */
static int named_group(const acts_ctx *c, const scm_word *w, size_t j,
                       size_t g) {
    static const char *const offices[] = {"Ministers", "Secretaries",
                                          "Leaders", "Presidents",
                                          "Premiers", "Chancellors", NULL};
    const char *t = c->t;
    char sing[96];
    if (g != j + 2) return 0;
    /* (a deputy's rank is another office: "The Ministers and Deputy
     * Ministers reaffirmed …"; session 42) */
    if (scm_word_in(t, &w[j], (const char *const[]){"Deputy", "Vice", "Assistant", NULL})) return 1;
    if (scm_word_in(t, &w[g - 1], offices)) return 0;
    if (!singular(t + w[j].start, w[g - 1].stop - w[j].start, sing,
                  sizeof sing))
        return 0;
    return !scm_lexicon_has(c->lex, SCM_LEX_TITLE, sing, strlen(sing));
}

/* "of Albania, Greece and North Macedonia" at word k: two parties or
 * more, listed and closed by "and", added to a.  The word after the list,
 * 0 when there is none, -1 on memory (session 16). */
static long listed_parties(acts_ctx *c, const scm_word *w, size_t k, size_t n,
                           actor_set *a) {
    const char *got[MAX_ACTORS];
    size_t ng = 0, q = k + 1, g;
    int closed = 0;
    if (k >= n || !scm_word_is(c->t, &w[k], "of")) return 0;
    while (q < n && ng < MAX_ACTORS) {
        const char *cls = NULL;
        long pk;
        if (scm_word_is(c->t, &w[q], "the")) q++;
        pk = q < n ? party_at(c, w, q, n, &cls) : 0;
        if (pk < 0) return -1;
        if (pk == 0 || !cls) return 0;
        got[ng++] = cls;
        q += (size_t)pk;
        if (closed) break;
        if (q < n && scm_word_punct(&w[q], ',')) q++;
        if (q < n && scm_word_is(c->t, &w[q], "and")) {
            closed = 1;
            q++;
        }
    }
    if (!closed || ng < 2) return 0;
    for (g = 0; g < ng; g++)
        if (actors_add(a, got[g], strlen(got[g]), -1) != 0) return -1;
    return (long)q;
}

static void keep_silent_pair(acts_ctx *c, actor_set *a, size_t from,
                             int count, int *added);

/* Words [p0, p) are a fronted phrase before the subject at p: a
 * preposition opening the sentence, a comma before p ("On the margins of
 * the visit, Minister S and Mrs. M … held talks"; session 17). */
static int fronted_before(const acts_ctx *c, const scm_word *w, size_t p0,
                          size_t p) {
    static const char *const openers[] = {"On", "In", "At", "During",
                                          "Following", "After", "Before",
                                          "Ahead", "Later", "Earlier",
                                          "Separately", NULL};
    return p > p0 + 1 && scm_word_punct(&w[p - 1], ',') &&
           scm_word_in(c->t, &w[p0], openers);
}

/* "The Diamond Commissioner of Namibia, Mr. A, presented …": an office
 * in apposition before the person named at p opens the sentence
 * (capitalised words with their "of", "and", commas; session 38). */
static int office_before_name(const acts_ctx *c, const scm_word *w, size_t p0,
                              size_t p) {
    static const char *const joins[] = {"of", "the", "and", "for", "to", "on", NULL};
    size_t k, caps = 0;
    if (p < p0 + 3 || p - p0 > 30 || !scm_word_punct(&w[p - 1], ',') ||
        person_at(c, w[p].start) < 0)
        return 0;
    /* (also "Chile's Presidential Provincial Delegate of Easter Island,
     * Mr. A, informed …") */
    for (k = p0 + scm_word_ieq(c->t, &w[p0], "the"); k + 1 < p; k++) {
        if (w[k].kind == SCM_W_WORD && w[k].cap) caps++;
        else if (!scm_word_punct(&w[k], ',') && !scm_word_in(c->t, &w[k], joins))
            return 0;
    }
    return caps > 0;
}

/* The people the meeting was "co-chaired by", as actors.  0, or -1
 * (memory). */
static int add_cochairs(acts_ctx *c, actor_set *a) {
    for (size_t q = 0; q < c->ncochairs; q++) {
        int32_t who = c->cochairs[q];
        const char *r = c->x->people.items[who].role;
        if (add_role_actor(c, a, r ? r : "", who) != 0) return -1;
    }
    return 0;
}

/* "Omani and Iranian", "Japanese and U.S.": the party at word j (jk
 * words, class jcls) and up to three more joined by "and", into
 * parties[]; the word after them, or -1 on memory (session 26). */
static long parties_joined(acts_ctx *c, const scm_word *w, size_t j, long jk,
                           const char *jcls, size_t n, const char *parties[4],
                           size_t *np) {
    size_t e = j + (size_t)jk;
    *np = 0;
    parties[(*np)++] = jcls;
    while (*np < 4 && e + 1 < n && scm_word_is(c->t, &w[e], "and")) {
        const char *cls = NULL;
        long pk = party_at(c, w, e + 1, n, &cls);
        if (pk < 0) return -1;
        if (pk == 0 || !cls) break;
        parties[(*np)++] = cls;
        e += 1 + (size_t)pk;
    }
    return (long)e;
}

/* "The Omani and Iranian Co-Chairs", "The U.S. co-chairs", "The ROK
 * co-chair", "The BPM co-chairs" at word j (after the article; jk, jcls:
 * the party there): the co-chairs of the parties named, or every co-chair
 * after the meeting's short form.  The co-chairs are those the meeting was
 * "co-chaired by", else the leaders of the delegations.  The word after
 * the subject, 0 when it is none of these, -1 on memory. */
static long party_cochairs(acts_ctx *c, actor_set *a, const scm_word *w,
                           size_t j, long jk, const char *jcls, size_t n) {
    const char *t = c->t, *parties[4];
    const scm_meeting *m = &c->x->header.meeting;
    size_t np = 0, e = j, q, k;
    int32_t who[MAX_ACTORS];
    size_t nwho = 0;
    int all = 0, plural;
    if (jk > 0 && jcls) {
        long r = parties_joined(c, w, j, jk, jcls, n, parties, &np);
        if (r < 0) return -1;
        e = (size_t)r;
    } else if (c->x->header.has_meeting && m->series &&
               scm_word_is(t, &w[j], m->series)) {
        all = 1;
        e = j + 1;
    } else {
        return 0;
    }
    /* (every party of the meeting named: every co-chair, those of no
     * stated party too) */
    if (np >= 2 && np == c->ndoc_parties) all = 1;
    if (e + 1 >= n || !lower_word(t, &w[e + 1])) return 0;
    /* (also "The UK co-lead", "the AUKUS co-leads"; session 31) */
    plural = scm_word_ieq(t, &w[e], "co-chairs") || scm_word_ieq(t, &w[e], "co-chairmen") ||
             scm_word_ieq(t, &w[e], "co-chairpersons") || scm_word_ieq(t, &w[e], "co-presidents") ||
             scm_word_ieq(t, &w[e], "co-leads");
    if (!plural && !(np == 1 && (scm_word_ieq(t, &w[e], "co-chair") ||
                                 scm_word_ieq(t, &w[e], "co-chairman") ||
                                 scm_word_ieq(t, &w[e], "co-chairperson") ||
                                 scm_word_ieq(t, &w[e], "co-lead"))))
        return 0;
    if (c->ncochairs >= 2) {
        for (q = 0; q < c->ncochairs && nwho < MAX_ACTORS; q++) who[nwho++] = c->cochairs[q];
    } else {
        actor_set led;
        int r;
        memset(&led, 0, sizeof led);
        r = co_chairs_by_delegation(c, &led);
        for (q = 0; r > 0 && q < led.n; q++)
            if (led.persons[q] >= 0) who[nwho++] = led.persons[q];
        for (q = 0; q < led.n; q++) free(led.names[q]);
        if (r < 0) return -1;
    }
    {
        size_t from = a->n;
        for (q = 0; q < nwho; q++) {
            const scm_person *p = &c->x->people.items[who[q]];
            int in = all;
            for (k = 0; k < np && !in; k++) in = p->party && strcmp(p->party, parties[k]) == 0;
            if (in && add_role_actor(c, a, p->role ? p->role : "", who[q]) != 0) return -1;
        }
        /* ("The two co-chairs": the article's rule below; a party with
         * no co-chair of its own is not this form) */
        if (a->n == from) return 0;
    }
    return (long)e + 1;
}

/* "The Indonesian host", "The Finnish guest", "The illustrious guest",
 * "The visiting Head of State", "The visitor" at word j (after the
 * article; jk, jcls: the party there): the first principal introduced of
 * that party, or of a party other than the host's (the place's state).
 * The word after the subject, 0 when none, -1 on memory. */
static const char *host_party(const acts_ctx *c);

/* The person who heads party cls's diplomacy: its principal whose title
 * names foreign affairs, else its first principal; -1 if none. */
static int32_t diplomacy_head(const acts_ctx *c, const char *cls) {
    int32_t pick = -1;
    for (size_t q = 0; q < c->x->people.len; q++) {
        const scm_person *p = &c->x->people.items[q];
        if (!p->role || !p->party || strcmp(p->party, cls) != 0 || !principal(c, p)) continue;
        if (p->title && strstr(p->title, "Foreign")) return (int32_t)q;
        if (pick < 0) pick = (int32_t)q;
    }
    return pick;
}

static long guest_or_host(acts_ctx *c, actor_set *a, const scm_word *w, size_t j,
                          long jk, const char *jcls, size_t n) {
    static const char *const praise[] = {"illustrious", "distinguished", "esteemed",
                                         "eminent", "honoured", "honored", NULL};
    const char *t = c->t, *party = NULL, *hp, *want = NULL;
    size_t k = j, e = 0, q;
    int guest = 0, visiting = 0;
    int32_t pick = -1;
    if (k < n && scm_word_in(t, &w[k], praise)) k++;
    /* "The state guest", "the official guest" (session 31) */
    if (k == j && k + 2 < n && (scm_word_is(t, &w[k], "state") || scm_word_is(t, &w[k], "official")) &&
        scm_word_is(t, &w[k + 1], "guest"))
        k++;
    if (k == j && jk > 0 && jcls) {
        party = jcls;
        k += (size_t)jk;
    } else if (k < n && scm_word_ieq(t, &w[k], "visiting")) {
        visiting = 1;
        k++;
    }
    if (k + 1 >= n) return 0;
    /* "The Monarch recalled …", "The Sovereign": the one principal who
     * reigns (session 28) */
    if (k == j && !party && (scm_word_is(t, &w[k], "Monarch") || scm_word_is(t, &w[k], "Sovereign")) &&
        lower_word(t, &w[k + 1])) {
        static const char *const reigns[] = {"King", "Queen", "Sultan", "Emir", "Amir",
                                             "Emperor", "Grand Duke", NULL};
        for (q = 0; q < c->x->people.len; q++) {
            const scm_person *p = &c->x->people.items[q];
            if (!p->role || !principal(c, p) || !scm_bytes_in(p->role, strlen(p->role), reigns))
                continue;
            if (pick >= 0) return 0; /* two who reign: no one */
            pick = (int32_t)q;
        }
        if (pick < 0) return 0;
        if (add_role_actor(c, a, c->x->people.items[pick].role, pick) != 0) return -1;
        return (long)k + 1;
    }
    /* "The head of Latvian diplomacy underlined …": that party's
     * foreign minister, else its first principal (session 27; "The
     * chief of Chilean diplomacy", session 33) */
    if (k == j && !party && k + 3 < n &&
        (scm_word_ieq(t, &w[k], "head") || scm_word_ieq(t, &w[k], "chief")) &&
        scm_word_is(t, &w[k + 1], "of")) {
        const char *cls = NULL;
        size_t at = k + 2 + (scm_word_is(t, &w[k + 2], "the") ? 1 : 0);
        long pk = party_at(c, w, at, n, &cls);
        if (pk < 0) return -1;
        e = at + (size_t)pk;
        /* "The head of the Spanish Executive", "The Head of the Federal
         * Executive" (of the host's state): that party's head of
         * government or state (session 27) */
        if (e + 1 < n && scm_word_is(t, &w[e], "Federal") && pk == 0) e++;
        /* (and "The Head of the Czech Government"; session 28) */
        if (e + 1 < n &&
            (scm_word_is(t, &w[e], "Executive") || (cls && scm_word_is(t, &w[e], "Government"))) &&
            lower_word(t, &w[e + 1]) &&
            (cls || (pk == 0 && (cls = host_party(c)) != NULL))) {
            int32_t who = leader_of_party(c, cls);
            if (who < 0) return 0;
            if (add_role_actor(c, a, c->x->people.items[who].role, who) != 0) return -1;
            return (long)e + 1;
        }
        if (pk == 0 || !cls || e + 1 >= n || !scm_word_is(t, &w[e], "diplomacy") ||
            !lower_word(t, &w[e + 1]))
            return 0;
        if ((pick = diplomacy_head(c, cls)) < 0) return 0;
        if (add_role_actor(c, a, c->x->people.items[pick].role, pick) != 0) return -1;
        return (long)e + 1;
    }
    /* … and "The Pakistani chief of diplomacy", "The Latvian head of
     * diplomacy": the party before the office (session 33) */
    if (party && k + 3 < n && (scm_word_ieq(t, &w[k], "head") || scm_word_ieq(t, &w[k], "chief")) &&
        scm_word_is(t, &w[k + 1], "of") && scm_word_is(t, &w[k + 2], "diplomacy") &&
        lower_word(t, &w[k + 3])) {
        if ((pick = diplomacy_head(c, party)) < 0) return 0;
        if (add_role_actor(c, a, c->x->people.items[pick].role, pick) != 0) return -1;
        return (long)k + 3;
    }
    if (!visiting && (scm_word_is(t, &w[k], "guest") || scm_word_is(t, &w[k], "visitor"))) {
        guest = !party;
        e = k + 1;
        /* "The guest of honour thanked …" (session 33) */
        if (e + 2 < n && scm_word_is(t, &w[e], "of") &&
            (scm_word_is(t, &w[e + 1], "honour") || scm_word_is(t, &w[e + 1], "honor")))
            e += 2;
        /* "The guest President praised …": the guest of that office
         * (session 31) */
        if (guest && e + 1 < n && w[e].kind == SCM_W_WORD && w[e].cap) {
            long tk = title_at(c, w, e, n, &want);
            if (tk < 0) return -1;
            if (tk > 0 && want) e += (size_t)tk;
            else want = NULL;
        }
    } else if (!visiting && party && scm_word_is(t, &w[k], "host")) {
        e = k + 1;
    } else if (visiting && k + 1 < n &&
               (scm_word_is(t, &w[k], "side") || scm_word_is(t, &w[k], "delegation") ||
                scm_word_is(t, &w[k], "team") || scm_word_is(t, &w[k], "country")) &&
               lower_word(t, &w[k + 1])) {
        /* "The visiting side welcomed …": the party of the first
         * principal not of the host's state (session 33) */
        if (!(hp = host_party(c))) return 0;
        for (q = 0; q < c->x->people.len; q++) {
            const scm_person *p = &c->x->people.items[q];
            if (!p->role || !p->party || !*p->party || !principal(c, p) || strcmp(p->party, hp) == 0)
                continue;
            return actors_add(a, p->party, strlen(p->party), -1) ? -1 : (long)k + 1;
        }
        return 0;
    } else if (visiting && k + 3 < n && scm_word_is(t, &w[k], "Head") &&
               scm_word_is(t, &w[k + 1], "of") &&
               (scm_word_is(t, &w[k + 2], "State") || scm_word_is(t, &w[k + 2], "Government"))) {
        guest = 1;
        e = k + 3;
    } else if (visiting && w[k].kind == SCM_W_WORD && w[k].cap) {
        /* "The visiting Prime Minister expressed appreciation …", "the
         * visiting President": the guest who holds the office
         * (session 28) */
        long tk = title_at(c, w, k, n, &want);
        if (tk < 0) return -1;
        if (tk == 0 || !want) return 0;
        guest = 1;
        e = k + (size_t)tk;
    } else {
        return 0;
    }
    if (e >= n || !lower_word(t, &w[e])) return 0;
    hp = guest ? host_party(c) : NULL;
    if (guest && !hp) return 0;
    /* (the first introduced of that side: the head of its delegation,
     * not the ambassador who accompanied them) */
    for (q = 0; q < c->x->people.len && pick < 0; q++) {
        const scm_person *p = &c->x->people.items[q];
        /* (a guest of that office whose party no words gave: "the
         * Minister of … of the Bolivarian Republic of Venezuela, Mr. A"
         * read without one; session 28) */
        if (!p->role || !principal(c, p) || (!p->party && !(guest && want))) continue;
        if (p->party &&
            (party ? strcmp(p->party, party) != 0 : strcmp(p->party, hp) == 0))
            continue;
        if (want && strcmp(p->role, want) != 0) continue;
        pick = (int32_t)q;
    }
    if (pick < 0) return 0;
    if (add_role_actor(c, a, c->x->people.items[pick].role, pick) != 0) return -1;
    return (long)e;
}

/* One item of a subject at word i; its end, or 0 when none (-1 memory). */
/* The one person named after "was addressed by", "was opened by" or
 * "was chaired by" in sentence s, or -1. */
static int32_t passive_agent(const acts_ctx *c, const scm_sentence *s) {
    static const char *const marks[] = {" was addressed by ", " was opened by ",
                                        " was chaired by ", NULL};
    const char *t = c->t;
    scm_off from = 0;
    int32_t found = -1;
    for (size_t k = 0; marks[k] && !from; k++) {
        const char *q = span_find(t, s->span.start, s->span.stop, marks[k]);
        if (q) from = (scm_off)(q - t) + (scm_off)strlen(marks[k]);
    }
    if (!from) return -1;
    for (size_t m = 0; m < c->mentions.len; m++) {
        const mention_ref *r = &c->mentions.items[m];
        if (r->start < from || r->start >= s->span.stop) continue;
        if (found >= 0 && found != r->person) return -1;
        found = r->person;
    }
    return found;
}

/* Person p holds the office of an organisation, no state's: "President
 * of the European Council", "President of the Commission" (no head of
 * state among a summit's; session 26). */
static int organisation_office(const scm_person *p) {
    static const char *const bodies[] = {"Council", "Commission", "Union", "Parliament",
                                         "Assembly", "Organization", "Organisation",
                                         "Bank", "Secretariat", "Committee", NULL};
    const char *of = p->title ? strstr(p->title, " of ") : NULL;
    if (!of || p->party) return 0;
    for (size_t k = 0; bodies[k]; k++) {
        const char *b = strstr(of, bodies[k]);
        size_t bl = strlen(bodies[k]);
        if (b && b[-1] == ' ' && (b[bl] == '\0' || b[bl] == ' ')) return 1;
    }
    return 0;
}

/* The person whose first mention is at byte `at` follows "accompanied
 * by" in its sentence: right after it ("…, accompanied by Her Majesty
 * Queen Maëlle"; session 18), or past the office before the name within
 * the clause ("President B was accompanied by Brazil's Minister of
 * Agrarian Development, Ms. C"; no ", and" or ";" between; session
 * 43). */
static int accompanied_at(const char *t, scm_off at) {
    scm_off from = at > 160 ? at - 160 : 0;
    int comma = 0;
    for (scm_off k = at; k-- > from;) {
        if (t[k] == '.' || t[k] == ';') return 0;
        if (t[k] == ',') comma = 1;
        if (k + 6 <= at && !memcmp(t + k, ", and ", 6)) return 0;
        if (k + 14 <= at && !memcmp(t + k, "accompanied by", 14))
            /* (past a comma only in "was" or "were accompanied by") */
            return !comma || (k >= 4 && (!memcmp(t + k - 4, "was ", 4) ||
                                         (k >= 5 && !memcmp(t + k - 5, "were ", 5))));
    }
    return 0;
}

/* Person p is introduced as accompanying another: "His Majesty King
 * Aurélien …, accompanied by Her Majesty Queen Maëlle" (a consort is no
 * head of state of the meeting; session 18). */
static int accompanying(const acts_ctx *c, const scm_person *p) {
    return p->mentions.len && accompanied_at(c->t, p->mentions.items[0].start);
}

/* The person whose latest mention before this sentence opens with the n
 * bytes at r ("Vice Admiral"), followed by a space; -1 if none. */
static int32_t last_with_rank(const acts_ctx *c, const char *r, size_t n) {
    scm_off before = c->doc->sentences.items[c->sentence].span.start, best = 0;
    int32_t found = -1;
    for (size_t i = 0; i < c->x->people.len; i++) {
        const scm_person *p = &c->x->people.items[i];
        for (size_t m = 0; m < p->mentions.len; m++) {
            scm_off at = p->mentions.items[m].start;
            if (at >= before || (found >= 0 && at < best)) continue;
            if (strncmp(c->t + at, r, n) == 0 && c->t[at + n] == ' ') {
                found = (int32_t)i;
                best = at;
            }
        }
    }
    return found;
}

/* The one person whose role opens the text at s and whose introduction
 * has "our" before it ("at the invitation of our Minister of Foreign
 * Affairs H.E. Name"), or -1. */
static int32_t our_person(const acts_ctx *c, const char *s) {
    int32_t found = -1;
    for (size_t i = 0; i < c->x->people.len; i++) {
        const scm_person *p = &c->x->people.items[i];
        size_t rl, at;
        if (!p->role || !p->mentions.len) continue;
        rl = strlen(p->role);
        if (strncmp(s, p->role, rl) != 0 || isalnum((unsigned char)s[rl]))
            continue;
        at = p->mentions.items[0].start;
        if (at < 4 || strncasecmp(c->t + at - 4, "our ", 4) != 0) continue;
        if (found >= 0) return -1;
        found = (int32_t)i;
    }
    return found;
}

static void office_words(const acts_ctx *c, const scm_word *w, size_t j,
                         size_t n, int32_t *who, size_t *te);

/* The lower-case words that subject_item's rules look for as an item's
 * first word ("the", "two", "his", "member", "each" …: with scm_word_is
 * or scm_word_ieq), sorted.  A rule that reads another lower-case first
 * word must add it here, or opens_no_item rules it out. */
static const char *const item_openers[] = {
    "a",     "both",          "chief",  "delegation",  "delegations", "each",
    "eight", "five",          "four",   "governments", "heads",       "her",
    "his",   "many",          "member", "most",        "nine",        "others",
    "our",   "participating", "seven",  "several",     "six",         "some",
    "ten",   "the",           "their",  "three",       "two",         NULL};

/* Word i opens no subject item: a word in lower case (so no rule of a
 * capitalised word applies) that is none of item_openers, of the word
 * sets subject_item asks of its first word, a short form ("e-PINE") or
 * the text's alias.  subject_item would go through all its rules to
 * return 0 and change nothing; half of the places it is asked about are
 * such words ("to", "which", "economic"), a third of its time. */
static int opens_no_item(const acts_ctx *c, const scm_word *w, size_t i) {
    const char *t = c->t;
    const unsigned sets = 1u << L_PRONOUNS_PREVIOUS | 1u << L_PRONOUNS_SINGLE |
                          1u << L_PRONOUNS_SELF | 1u << L_DETERMINERS |
                          1u << L_NUMERALS | 1u << L_GROUP_NAMED |
                          1u << L_GROUP_PREVIOUS | 1u << L_HONORIFICS;
    size_t k;
    if (!lower_word(t, &w[i]) || (word_flags(c, &w[i]) & sets)) return 0;
    for (k = 0; item_openers[k]; k++)
        if (item_openers[k][0] == t[w[i].start] &&
            scm_word_ieq(t, &w[i], item_openers[k]))
            return 0;
    return !short_form(t, &w[i]) && !alias_at(c, w, i);
}

/* The person whose family name is written from word *k ("O'Donoghue",
 * "ap Gwilym", "Al Saud"), *k moved past it; -1 when none, or two people
 * share it. */
static int32_t family_at(const acts_ctx *c, const scm_word *w, size_t *k, size_t n) {
    const char *t = c->t;
    int32_t who = -1;
    size_t end = 0;
    if (*k >= n || w[*k].kind != SCM_W_WORD) return -1;
    for (size_t q = 0; q < c->x->people.len; q++) {
        const scm_person *p = &c->x->people.items[q];
        size_t fl, e;
        if (!p->family || !(fl = strlen(p->family))) continue;
        if (w[*k].start + fl > c->doc->text.len ||
            memcmp(t + w[*k].start, p->family, fl) != 0)
            continue;
        for (e = *k; e < n && w[e].stop < w[*k].start + fl; e++)
            ;
        if (e >= n || w[e].stop != w[*k].start + fl) continue;
        if (who >= 0 && who != (int32_t)q) return -1;
        who = (int32_t)q;
        end = e + 1;
    }
    if (who >= 0) *k = end;
    return who;
}

/* ", Barr. Nwachukwu and Colonel-Major Issaka," after a group subject at
 * word e: the people the apposition names (two or more, each by a style
 * or rank of up to three words and the family name), when all of them
 * are among the group's actors from `from`; the group is narrowed to
 * them.  The word after the closing comma, or 0 (session 25). */
static size_t apposition_people(acts_ctx *c, const scm_word *w, size_t e,
                                size_t n, actor_set *a, size_t from) {
    const char *t = c->t;
    int32_t who[MAX_ACTORS];
    size_t nwho = 0, k = e + 1, i, q;
    if (e + 4 >= n || !scm_word_punct(&w[e], ',')) return 0;
    for (;;) {
        int32_t p = -1;
        size_t s0 = k;
        for (; k < n && k < s0 + 4 && p < 0; ) {
            size_t kk = k;
            p = family_at(c, w, &kk, n);
            if (p >= 0) k = kk;
            else if (w[k].kind == SCM_W_WORD && w[k].cap) k++;
            else break;
        }
        if (p < 0 || nwho == MAX_ACTORS) return 0;
        who[nwho++] = p;
        if (k < n && scm_word_is(t, &w[k], "and")) {
            k++;
            continue;
        }
        if (k < n && scm_word_punct(&w[k], ',') && k + 1 < n &&
            scm_word_is(t, &w[k + 1], "and")) {
            k += 2;
            continue;
        }
        break;
    }
    if (nwho < 2 || k >= n || !scm_word_punct(&w[k], ',')) return 0;
    for (q = 0; q < nwho; q++) {
        int among = 0;
        for (i = from; i < a->n && !among; i++) among = a->persons[i] == who[q];
        if (!among) return 0;
    }
    /* narrow the group to them */
    {
        size_t keep = from;
        for (i = from; i < a->n; i++) {
            int named = 0;
            for (q = 0; q < nwho && !named; q++) named = a->persons[i] == who[q];
            if (named) {
                a->names[keep] = a->names[i];
                a->persons[keep++] = a->persons[i];
            } else {
                free(a->names[i]);
            }
        }
        a->n = keep;
    }
    return k + 1;
}

/* The party of the person named first after "At the invitation of" (the
 * host of a visit), within the 200 bytes after it, or NULL: for a place
 * no list knows ("’s-Gravenhage (The Hague)"; session 28). */
static const char *inviter_party(const acts_ctx *c) {
    size_t len = c->doc->text.len;
    const char *at = span_find(c->t, 0, len < 4096 ? len : 4096, "invitation of ");
    scm_off from, to;
    int32_t first = -1;
    if (!at) return NULL;
    from = (scm_off)(at - c->t);
    to = from + 200;
    for (size_t m = 0; m < c->mentions.len; m++) {
        const mention_ref *r = &c->mentions.items[m];
        if (r->start < from || r->start >= to || r->person < 0) continue;
        to = r->start; /* the earliest after "invitation of" */
        first = r->person;
    }
    return first >= 0 ? c->x->people.items[first].party : NULL;
}

/* The party of the meeting's place: a capital of the table
 * ("Lusaka" → Zambia), or a party the document names inside the place
 * ("Mindelo, Cabo Verde"); else the inviter's party; NULL when none. */
static const char *host_party(const acts_ctx *c) {
    const char *place = c->x->header.place;
    size_t q, pl;
    if (!place) return inviter_party(c);
    pl = strlen(place);
    for (q = 0; scm_capital_parties[q]; q += 2) {
        size_t len = strlen(scm_capital_parties[q]);
        if (len <= pl && memcmp(place, scm_capital_parties[q], len) == 0 &&
            (place[len] == '\0' || place[len] == ','))
            return scm_capital_parties[q + 1];
    }
    for (q = 0; q < c->ndoc_parties; q++) {
        const char *p = c->doc_parties[q];
        const char *at = strstr(place, p);
        if (at && at > place && at[-1] == ' ' && !isalpha((unsigned char)at[strlen(p)]))
            return p;
    }
    return inviter_party(c);
}

/* After "The host" at j: a role ("Minister", "President") held by one
 * person of the host's party, or "country", "side", "Government",
 * "delegation" for the party itself.  The end of the subject, 0 when the
 * host is not known, -1 on memory. */
static long host_subject(acts_ctx *c, const scm_word *w, size_t j, size_t n,
                         actor_set *a) {
    const char *t = c->t, *hp = host_party(c);
    size_t q, e;
    int32_t pick = -1;
    if (!hp || j >= n || w[j].kind != SCM_W_WORD) return 0;
    /* "The host and his guest reaffirmed …": the host's first principal
     * (session 27) */
    if (scm_word_is(t, &w[j], "and") && j + 2 < n &&
        (scm_word_is(t, &w[j + 1], "his") || scm_word_is(t, &w[j + 1], "her")) &&
        scm_word_is(t, &w[j + 2], "guest")) {
        for (q = 0; q < c->x->people.len; q++) {
            const scm_person *p = &c->x->people.items[q];
            if (!p->role || !p->party || strcmp(p->party, hp) != 0 || !principal(c, p)) continue;
            return add_role_actor(c, a, p->role, (int32_t)q) ? -1 : (long)j;
        }
        return 0;
    }
    if (scm_word_is(t, &w[j], "country") || scm_word_is(t, &w[j], "side") ||
        scm_word_ieq(t, &w[j], "government") || scm_word_is(t, &w[j], "delegation"))
        return actors_add(a, hp, strlen(hp), -1) ? -1 : (long)j + 1;
    /* the role: the longest run of capitalised words some person holds */
    for (e = j; e < n && e - j < 4 && w[e].kind == SCM_W_WORD && w[e].cap; e++)
        ;
    for (; e > j && pick < 0; e--) {
        size_t len = w[e - 1].stop - w[j].start;
        int many = 0;
        for (q = 0; q < c->x->people.len; q++) {
            const scm_person *p = &c->x->people.items[q];
            if (!p->role || !p->party || strcmp(p->party, hp) != 0 ||
                strlen(p->role) < len || memcmp(p->role + strlen(p->role) - len,
                                                t + w[j].start, len) != 0)
                continue;
            if (pick >= 0) many = 1;
            pick = (int32_t)q;
        }
        if (many) return 0;
        if (pick >= 0) {
            if (add_role_actor(c, a, c->x->people.items[pick].role, pick) != 0) return -1;
            return (long)e;
        }
    }
    return 0;
}

/* Words j.. are a form of government alone, capitalised, its last word
 * one of the forms ("Kingdom", "Islamic Republic", "Sultanate"), before
 * no "of" (which names the state): the end, else 0. */
static size_t form_alone_end(const acts_ctx *c, const scm_word *w, size_t j,
                             size_t n) {
    static const char *const forms[] = {"Kingdom", "Republic", "Sultanate",
                                        "Federation", "Principality",
                                        "Emirate", "Confederation", NULL};
    const char *t = c->t;
    size_t e = j;
    while (e < n && e < j + 3 && w[e].kind == SCM_W_WORD && w[e].cap &&
           !scm_word_in(t, &w[e], forms))
        e++;
    if (e >= n || e >= j + 3 || !scm_word_in(t, &w[e], forms)) return 0;
    e++;
    if (e < n && (scm_word_is(t, &w[e], "of") || (w[e].kind == SCM_W_WORD && w[e].cap)))
        return 0;
    return e;
}

/* The one party of the document the text names as "FORM of PARTY" ("the
 * Kingdom of Saudi Arabia" for "the Kingdom"), else NULL. */
static const char *party_of_form(const acts_ctx *c, const char *form, size_t fl) {
    const char *t = c->t, *found = NULL;
    size_t len = c->doc->text.len;
    char key[48];
    if (fl + 5 >= sizeof key) return NULL;
    memcpy(key, form, fl);
    memcpy(key + fl, " of ", 5);
    for (const char *at = t; (at = scm_ifind(at, (size_t)(t + len - at), key)) != NULL;
         at += fl) {
        const char *b = at + fl + 4, *w0 = at;
        /* (the form whole: "Republic of" inside "Islamic Republic of
         * Iran" is no "Republic" alone) */
        if (at > t + 1 && at[-1] == ' ') {
            w0 = at - 1;
            while (w0 > t && w0[-1] != ' ') w0--;
            if (isupper((unsigned char)*w0) && !(at - w0 == 4 && memcmp(w0, "The ", 4) == 0))
                continue;
        }
        if ((size_t)(t + len - b) > 4 && memcmp(b, "the ", 4) == 0) b += 4;
        for (size_t q = 0; q < c->ndoc_parties; q++) {
            const char *p = c->doc_parties[q];
            size_t pl = strlen(p);
            if ((size_t)(t + len - b) >= pl && memcmp(b, p, pl) == 0 &&
                !isalpha((unsigned char)b[pl])) {
                if (found && found != p) return NULL;
                found = p;
            }
        }
    }
    return found;
}

/* The principals who lead a state or government, as actors, when two
 * or more do ("Each leader", "Their Excellencies"): 1, else 0 with `a` as
 * it was, -1 on memory. */
static int leading_principals(acts_ctx *c, actor_set *a) {
    size_t from = a->n, q;
    for (q = 0; q < c->x->people.len; q++) {
        const scm_person *p = &c->x->people.items[q];
        if (!p->role || !principal(c, p) ||
            !scm_bytes_in(p->role, strlen(p->role), scm_leader_roles))
            continue;
        if (add_role_actor(c, a, p->role, (int32_t)q) != 0) return -1;
    }
    if (a->n - from >= 2) return 1;
    for (q = from; q < a->n; q++) free(a->names[q]);
    a->n = from;
    return 0;
}

/* A word for the two who met, host and guest: "The interlocutors", "The
 * two personalities" (session 17), "The two dignitaries", "The two
 * Statesmen", "Both counterparts" (session 27), "Both Excellencies"
 * (session 26), "The pair" (session 28). */
static int interlocutor_word(const char *t, const scm_word *w) {
    return scm_word_ieq(t, w, "interlocutors") || scm_word_ieq(t, w, "personalities") ||
           scm_word_is(t, w, "pair") || scm_word_ieq(t, w, "dignitaries") ||
           scm_word_ieq(t, w, "statesmen") || scm_word_ieq(t, w, "counterparts") ||
           scm_word_is(t, w, "Excellencies");
}

static size_t meeting_bodies_subject(acts_ctx *c, const scm_word *w, size_t i, size_t n,
                                     actor_set *a);

/* "military" of "the head of the Belarusian military department" */
static const char *const portfolio_adjectives[] = {"military", "defence", "defense", "foreign",
                                                   NULL};

/* The release's own leader (`leaders`) or Minister: the one of that role
 * whose party the text never gave, the others' being given; -1 when none
 * is alone in fitting (session 30). */
static int32_t own_unpartied(const acts_ctx *c, int leaders) {
    int32_t own = -1;
    int others = 0;
    for (size_t q = 0; q < c->x->people.len; q++) {
        const scm_person *pp = &c->x->people.items[q];
        if (!pp->role || (leaders ? !scm_bytes_in(pp->role, strlen(pp->role), scm_leader_roles)
                                  : strcmp(pp->role, "Minister") != 0))
            continue;
        if (pp->party) others++;
        else own = own == -1 ? (int32_t)q : -2;
    }
    return own >= 0 && others ? own : -1;
}

/* A plural office of a postpositive "General" at w[j, e) that no one
 * named holds ("Directors General", "Directors-General"), with its "of"
 * and up to four capitalised words ("… of Civil Aviation"), as one
 * literal actor.  The word after it, or -1 (memory). */
static long general_plural_literal(acts_ctx *c, const scm_word *w, size_t j, size_t e,
                                   size_t n, actor_set *a) {
    const char *t = c->t;
    if (e + 1 < n && scm_word_is(t, &w[e], "of")) {
        size_t q = e + 1;
        if (q < n && scm_word_is(t, &w[q], "the")) q++;
        while (q < n && q < e + 6 && w[q].kind == SCM_W_WORD && w[q].cap) q++;
        if (q > e + 1 && w[q - 1].cap) e = q;
    }
    return actors_add(a, t + w[j].start, w[e - 1].stop - w[j].start, -1) ? -1 : (long)e;
}

/* Styles at w[i] (two or more, or one and an office): the one person
 * whose introduction writes each of them before the name, as an actor;
 * the office after them, if it is that person's role, is read with them.
 * The word after, 0 (no such person), or -1 (memory). */
static long styles_subject(acts_ctx *c, const scm_word *w, size_t i, size_t n, actor_set *a) {
    const char *t = c->t, *role = NULL;
    size_t h = i, q;
    int32_t who = -1;
    long tk = 0;
    while (h < n && h - i < 6 && w[h].cap && IN(c, &w[h], L_HONORIFICS)) h++;
    if (h < n && w[h].cap) {
        tk = title_at(c, w, h, n, &role);
        if (tk < 0) return -1;
    }
    if (h - i < 2 && tk == 0) return 0;
    if (h + (size_t)tk >= n || !lower_word(t, &w[h + (size_t)tk])) return 0;
    for (q = 0; q < c->x->people.len; q++) {
        const scm_person *p = &c->x->people.items[q];
        const scm_span *m;
        size_t k, ml;
        int all = 1;
        if (!p->mentions.len || !p->role) continue;
        m = &p->mentions.items[0];
        ml = m->stop - m->start;
        for (k = i; k < h && all; k++) {
            size_t wl = w[k].stop - w[k].start, o;
            all = 0; /* (the style as a word of the introduction) */
            for (o = 0; o + wl <= ml && !all; o++)
                all = memcmp(t + m->start + o, t + w[k].start, wl) == 0 &&
                      (o == 0 || t[m->start + o - 1] == ' ') &&
                      (o + wl == ml || t[m->start + o + wl] == ' ');
        }
        if (!all) continue;
        if (who >= 0) return 0; /* (two people of those styles) */
        who = (int32_t)q;
    }
    if (who < 0) return 0;
    if (tk > 0 && role && strcmp(role, c->x->people.items[who].role) != 0) return 0;
    if (add_role_actor(c, a, c->x->people.items[who].role, who) != 0) return -1;
    return (long)(h + (size_t)tk);
}

/* "The two Japanese Ministers", "Both Polish Ministers": a party word at
 * w[i] and an office's plural, when that party has `count` holders of
 * the office (two or more): them, as actors.  The word after, 0, or -1
 * (memory). */
static long counted_party_holders(acts_ctx *c, const scm_word *w, size_t i, size_t n,
                                  actor_set *a, int count) {
    const char *t = c->t, *pc = NULL;
    long pk = party_at(c, w, i, n, &pc);
    size_t e = i + (pk > 0 ? (size_t)pk : 0), from = a->n;
    char sing[64];
    int held;
    if (pk <= 0 || count < 2 || !pc || !*pc || e + 1 >= n || !w[e].cap ||
        !lower_word(t, &w[e + 1]) || !singular(t + w[e].start, w[e].stop - w[e].start, sing, sizeof sing))
        return pk < 0 ? -1 : 0;
    held = party_holders(c, a, sing, pc);
    if (held < 0) return -1;
    if (held == count) return (long)e + 1;
    for (size_t q = from; q < a->n; q++) free(a->names[q]);
    a->n = from;
    return 0;
}

static int opening_region_states(acts_ctx *c, const char *const *members, actor_set *a);

/* The member states of a region or grouping named by the adjective
 * s[0..n) ("Nordic", "Baltic", "Andean", "Arab", "ASEAN", …), as the
 * lexicon's canonical party names; NULL for none. */
static const char *const *region_members(const char *s, size_t n) {
    static const char *const nordic[] = {"Denmark", "Finland", "Iceland", "Norway", "Sweden", NULL};
    static const char *const baltic[] = {"Estonia", "Latvia", "Lithuania", NULL};
    static const char *const andean[] = {"Bolivia", "Colombia", "Ecuador", "Peru", NULL};
    static const char *const arab[] = {
        "Algeria", "Bahrain", "Comoros", "Djibouti", "Egypt", "Iraq", "Jordan", "Kuwait",
        "Lebanon", "Libya", "Mauritania", "Morocco", "Oman", "Palestine", "Qatar",
        "Saudi Arabia", "Somalia", "Sudan", "Syria", "Tunisia", "UAE", "Yemen", NULL};
    static const char *const gulf[] = {"Bahrain", "Kuwait", "Oman", "Qatar", "Saudi Arabia",
                                       "UAE", NULL};
    static const char *const australasian[] = {"Australia", "New Zealand", NULL};
    static const char *const central_asian[] = {"Kazakhstan", "Kyrgyzstan", "Tajikistan",
                                                "Turkmenistan", "Uzbekistan", NULL};
    static const char *const asean[] = {"Brunei Darussalam", "Cambodia", "Indonesia", "Lao PDR",
                                        "Malaysia", "Myanmar", "Philippines", "Singapore",
                                        "Thailand", "Timor-Leste", "Vietnam", NULL};
    static const char *const caribbean[] = {
        "Antigua and Barbuda", "Bahamas", "Barbados", "Cuba", "Dominica", "Dominican Republic",
        "Grenada", "Haiti", "Jamaica", "Saint Kitts and Nevis", "Saint Lucia",
        "Saint Vincent and the Grenadines", "Trinidad and Tobago", NULL};
    static const char *const african[] = {
        "Algeria", "Angola", "Benin", "Botswana", "Burkina Faso", "Burundi", "Cabo Verde",
        "Cameroon", "Central African Republic", "Chad", "Comoros", "Congo", "Côte d’Ivoire",
        "DRC", "Djibouti", "Egypt", "Equatorial Guinea", "Eritrea", "Eswatini", "Ethiopia",
        "Gabon", "The Gambia", "Ghana", "Guinea", "Guinea-Bissau", "Kenya", "Lesotho",
        "Liberia", "Libya", "Madagascar", "Malawi", "Mali", "Mauritania", "Mauritius",
        "Morocco", "Mozambique", "Namibia", "Niger", "Nigeria", "Rwanda",
        "São Tomé and Príncipe", "Senegal", "Seychelles", "Sierra Leone", "Somalia",
        "South Africa", "South Sudan", "Sudan", "Tanzania", "Togo", "Tunisia", "Uganda",
        "Zambia", "Zimbabwe", NULL};
    static const struct {
        const char *word;
        const char *const *members;
    } regions[] = {{"Nordic", nordic},   {"Baltic", baltic},       {"Andean", andean},
                   {"Arab", arab},       {"Gulf", gulf},           {"ASEAN", asean},
                   {"Caribbean", caribbean}, {"African", african},
                   {"Australasian", australasian}, {"Central Asian", central_asian}};
    for (size_t k = 0; k < sizeof regions / sizeof regions[0]; k++)
        if (strlen(regions[k].word) == n && memcmp(regions[k].word, s, n) == 0)
            return regions[k].members;
    return NULL;
}

/* The region named at word j by one word ("Nordic") or two ("Central
 * Asian"): its member states, with *after the word after the name; NULL
 * (and *after j + 1) for none. */
static const char *const *region_at(const char *t, const scm_word *w, size_t j, size_t n,
                                    size_t *after) {
    const char *const *m;
    if (j + 1 < n && w[j + 1].kind == SCM_W_WORD &&
        (m = region_members(t + w[j].start, w[j + 1].stop - w[j].start)) != NULL) {
        *after = j + 2;
        return m;
    }
    *after = j + 1;
    return region_members(t + w[j].start, w[j].stop - w[j].start);
}

static long subject_item(acts_ctx *c, const scm_word *w, size_t i, size_t n,
                         actor_set *a);

/* Words for states' bodies counted as their states, "The four agencies",
 * "Both institutions" (session 35). */
static const char *const counted_bodies[] = {"agencies", "institutions", "authorities",
                                             "administrations", "regulators", "services", "Services",
                                             "Commissions", "commissions", "Committees",
                                             "committees", NULL};

/* The offset of the first "(w)" of the text before word w, past its
 * bracket; 0 when none. */
static long bracketed_before(const char *t, const scm_word *w) {
    size_t len = w->stop - w->start;
    const char *p = t, *end = t + w->start;
    while ((p = memchr(p, '(', (size_t)(end - p))) != NULL) {
        if ((size_t)(end - p) > len + 1 && p[len + 1] == ')' && !memcmp(p + 1, t + w->start, len))
            return (long)(p + 1 - t);
        p++;
    }
    return 0;
}

/* Word w is a plural short form ("SAIs") the text defines before it,
 * itself or in the singular: "supreme audit institutions (SAIs)",
 * "Supreme Audit Institution (SAI)"; the last word of that long form in
 * *head.  1, 0, -1 on memory (session 44). */
static int short_form_head(acts_ctx *c, const scm_word *w, scm_word *head) {
    scm_word one = *w;
    long at;
    size_t e, b;
    if (!short_form_plural(c->t, w)) return 0;
    if ((at = bracketed_before(c->t, w)) == 0) {
        one.stop--; /* the singular short form, "SAI" */
        at = short_definition(c, &one);
    }
    if (at <= 0) return at < 0 ? -1 : 0;
    e = (size_t)at - 1; /* at its bracket */
    while (e > 0 && (c->t[e - 1] == ' ' || c->t[e - 1] == '\n')) e--;
    for (b = e; b > 0 && isalpha((unsigned char)c->t[b - 1]); b--)
        ;
    if (e - b < 4) return 0;
    *head = *w;
    head->start = (scm_off)b;
    head->stop = (scm_off)e;
    head->cap = isupper((unsigned char)c->t[b]) != 0;
    head->lower = 1;
    return 1;
}

/* The lower-case head nouns of counted_bodies, one of either number. */
static const char *const counted_body_heads[] = {
    "agency", "agencies", "institution", "institutions", "authority", "authorities",
    "administration", "administrations", "regulator", "regulators", "service", "services",
    "commission", "commissions", "committee", "committees", NULL};

/* Word w (a head short_form_head found), in lower case, is in list. */
static int head_in(const char *t, const scm_word *w, const char *const *list) {
    char low[16];
    size_t n = w->stop - w->start;
    if (n >= sizeof low) return 0;
    for (size_t k = 0; k < n; k++) low[k] = (char)tolower((unsigned char)t[w->start + k]);
    return scm_bytes_in(low, n, list);
}

/* The parties of actors [from, a->n), when each is a person with a
 * party: how many different ones; else 0. */
static size_t actor_parties(const acts_ctx *c, const actor_set *a, size_t from) {
    for (size_t k = from; k < a->n; k++)
        if (a->persons[k] < 0 || !c->x->people.items[a->persons[k]].party) return 0;
    return distinct_parties(c, a, from, a->n);
}

/* "The presiding officers of the two Houses", "The Speakers of both
 * Houses", "The Ministers of both Governments": a group (one to three
 * words, a plural last) "of" a counted plural, then the verb -- the
 * group as "The presiding officers" reads it, when it holds as many
 * people as counted, or people of as many parties (not "The Ministers of
 * the two transit countries" among four).  The word after the subject,
 * or 0 (session 35). */
static long of_counted_group(acts_ctx *c, const scm_word *w, size_t i, size_t n,
                             actor_set *a) {
    const char *t = c->t;
    size_t of, q, e, from = a->n, k, got;
    int count, resolve = a->resolve;
    const char *literal = a->literal;
    long r;
    if (i + 6 >= n || !scm_word_ieq(t, &w[i], "the") || scm_word_ieq(t, &w[i + 1], "heads"))
        return 0;
    for (of = i + 1; of < n && of < i + 4 && w[of].kind == SCM_W_WORD && !scm_word_is(t, &w[of], "of");
         of++)
        ;
    if (of == i + 1 || of + 3 >= n || !scm_word_is(t, &w[of], "of") || t[w[of - 1].stop - 1] != 's')
        return 0;
    q = of + 1;
    if (scm_word_is(t, &w[q], "both")) {
        count = 2;
        q++;
    } else if (scm_word_is(t, &w[q], "the") && (count = numeral_value(t, &w[q + 1])) >= 2) {
        q += 2;
    } else {
        return 0;
    }
    /* the counted plural, up to three words, then a word in lower case */
    for (e = q; e < n && e < q + 3 && w[e].kind == SCM_W_WORD; e++)
        if (t[w[e].stop - 1] == 's' && e + 1 < n && lower_word(t, &w[e + 1])) break;
    if (e >= n || e == q + 3 || w[e].kind != SCM_W_WORD) return 0;
    c->in_of_count = 1;
    r = subject_item(c, w, i, of + 1, a);
    c->in_of_count = 0;
    if (r < 0) return -1;
    got = a->n - from;
    if (r == (long)of && a->resolve == resolve && got >= 2 &&
        (got == (size_t)count || actor_parties(c, a, from) == (size_t)count))
        return (long)e + 1;
    for (k = from; k < a->n; k++) free(a->names[k]);
    a->n = from;
    a->resolve = resolve;
    a->literal = literal;
    return 0;
}

/* A minister's ("Minister", "Minister of State …") or a leader's office;
 * a deputy or vice minister is an official. */
static int political_role(const char *r) {
    return r && (strncmp(r, "Minister", 8) == 0 || scm_bytes_in(r, strlen(r), scm_leader_roles));
}

/* Actors [from, a->n) that are people in a minister's or a leader's
 * office leave the set when two or more others stay: how many left. */
static int drop_political(const acts_ctx *c, actor_set *a, size_t from) {
    size_t q, keep = 0, k;
    for (q = from; q < a->n; q++) {
        const char *r = a->persons[q] >= 0 ? c->x->people.items[a->persons[q]].role : NULL;
        keep += !political_role(r);
    }
    if (keep < 2 || keep == a->n - from) return 0;
    for (q = k = from; q < a->n; q++) {
        const char *r = a->persons[q] >= 0 ? c->x->people.items[a->persons[q]].role : NULL;
        if (political_role(r)) {
            free(a->names[q]);
            continue;
        }
        a->names[k] = a->names[q];
        a->persons[k++] = a->persons[q];
    }
    q = a->n - k;
    a->n = k;
    return (int)q;
}

static long subject_item(acts_ctx *c, const scm_word *w, size_t i, size_t n,
                         actor_set *a) {
    const char *t = c->t, *cls;
    size_t j = i;
    long k;
    int det = 0, num = 0, portfolio = 0; /* "the", "two", "foreign" */
    const char *jcls = NULL; /* the party after the article, if any */
    long jk = 0;
    char title2[64] = ""; /* "prime ministers": "Prime Minister" */
    int cochairs_led = 0; /* co-chairs read from the delegations' leaders */
    if (i >= n || opens_no_item(c, w, i)) return 0;
    if (IN(c, &w[i], L_PRONOUNS_PREVIOUS)) {
        a->resolve = RES_PLURAL;
        a->literal = "They";
        return (long)i + 1;
    }
    if (IN(c, &w[i], L_PRONOUNS_SINGLE)) {
        a->resolve = RES_SINGLE;
        a->literal = "He";
        a->neuter = scm_word_ieq(t, &w[i], "it");
        a->gender = scm_word_ieq(t, &w[i], "he")    ? GENDER_HE
                    : scm_word_ieq(t, &w[i], "she") ? GENDER_SHE
                                                    : 0;
        return (long)i + 1;
    }
    if (IN(c, &w[i], L_PRONOUNS_SELF)) {
        return actors_add(a, "We", 2, -1) ? -1 : (long)i + 1;
    }
    /* "I welcomed …", "Prime Minister A and I agreed …": a readout in the
     * first person singular, its writer (session 31; the golds' actor
     * "I", as blind372's) */
    if (scm_word_is(t, &w[i], "I") && i + 1 < n && lower_word(t, &w[i + 1]) &&
        (i == 0 || !w[i - 1].cap || scm_word_is(t, &w[i - 1], "and")))
        return actors_add(a, "I", 1, -1) ? -1 : (long)i + 1;
    if (!c->in_of_count) {
        long r = of_counted_group(c, w, i, n, a);
        if (r != 0) return r;
    }
    /* "The three Member Countries underlined …" of a meeting of three
     * parties: those parties, as "the three countries" (session 31) */
    if (i + 4 < n && scm_word_ieq(t, &w[i], "the") && scm_word_is(t, &w[i + 2], "Member") &&
        (scm_word_is(t, &w[i + 3], "Countries") || scm_word_is(t, &w[i + 3], "States")) &&
        (lower_word(t, &w[i + 4]) || scm_word_punct(&w[i + 4], ':')) && !c->many_members &&
        numeral_value(t, &w[i + 1]) >= 2) {
        a->resolve = RES_PARTIES;
        a->literal = scm_word_is(t, &w[i + 3], "States") ? "Member States" : "Member Countries";
        a->count = numeral_value(t, &w[i + 1]);
        return (long)i + 4;
    }
    {
        size_t mb = meeting_bodies_subject(c, w, i, n, a);
        if (mb == (size_t)-1) return -1;
        if (mb) return (long)mb;
    }
    /* "Each of the four Ministers reaffirmed …", "Each of the three heads
     * of delegation …": every one of the group, as the group itself
     * (session 25) */
    if (i + 3 < n && scm_word_ieq(t, &w[i], "each") && scm_word_is(t, &w[i + 1], "of") &&
        scm_word_is(t, &w[i + 2], "the"))
        return subject_item(c, w, i + 2, n, a);
    /* "Neither of us supports …": the "We", the act negated (session
     * 25) */
    if (i + 2 < n && scm_word_is(t, &w[i], "Neither") && scm_word_is(t, &w[i + 1], "of") &&
        scm_word_is(t, &w[i + 2], "us"))
        return actors_add(a, "We", 2, -1) ? -1 : (long)i + 3;
    /* "The two of us decided …" of a joint statement in the first person
     * (session 26) */
    if (i + 3 < n && scm_word_ieq(t, &w[i], "the") && IN(c, &w[i + 1], L_NUMERALS) &&
        scm_word_is(t, &w[i + 2], "of") && scm_word_is(t, &w[i + 3], "us"))
        return actors_add(a, "We", 2, -1) ? -1 : (long)i + 4;
    /* "Each of us condemned …": the "We" of a joint statement */
    if (i + 2 < n && scm_word_ieq(t, &w[i], "each") && scm_word_is(t, &w[i + 1], "of") &&
        scm_word_is(t, &w[i + 2], "us"))
        return actors_add(a, "We", 2, -1) ? -1 : (long)i + 3;
    /* "Samdech Thipadei noted …", "Samdech Thipadei Prime Minister
     * congratulated …": styles alone, written at one person's
     * introduction ("Samdech Moha Borvor Thipadei Prum Vichheka, Prime
     * Minister of …"), stand for that person (session 31) */
    if (i + 2 < n && w[i].cap && IN(c, &w[i], L_HONORIFICS) && person_at(c, w[i].start) < 0) {
        long e = styles_subject(c, w, i, n, a);
        if (e != 0) return e;
    }
    /* "Minister Rotaru's counterpart stressed …", "Dr. Abdel-Razek's
     * guest": the other of the meeting's two principals (session 31) */
    {
        int32_t who = person_at(c, w[i].start);
        if (who >= 0) {
            scm_off stop = person_mention_stop(c, w[i].start);
            size_t e = i;
            while (e < n && w[e].stop <= stop) e++;
            /* (the possessive, one word with the name's last: "Rotaru's") */
            if (e < n && w[e].start < stop && scm_possessive_len(t, &w[e]))
                e++;
            else if (!(e > i && scm_possessive_len(t, &w[e - 1])))
                e = n;
            if (e + 1 < n && (scm_word_is(t, &w[e], "counterpart") || scm_word_is(t, &w[e], "guest") ||
                              scm_word_is(t, &w[e], "host") || scm_word_is(t, &w[e], "interlocutor")) &&
                lower_word(t, &w[e + 1])) {
                /* (of another party: the one principal whose party is
                 * given and is not the person's) */
                const char *own = c->x->people.items[who].party;
                int32_t other = -1;
                for (size_t q = 0; q < c->x->people.len; q++) {
                    const scm_person *pq = &c->x->people.items[q];
                    if ((int32_t)q == who || !pq->role || !principal(c, pq) || !pq->party ||
                        (own && strcmp(own, pq->party) == 0))
                        continue;
                    other = other == -1 ? (int32_t)q : -2;
                }
                if (other >= 0)
                    return add_role_actor(c, a, c->x->people.items[other].role, other) ? -1
                                                                                         : (long)e + 1;
            }
        }
    }
    /* "Both Polish Ministers underlined …" of two Polish Ministers: that
     * party's two holders (session 31) */
    if (i > 0 && scm_word_is(t, &w[i - 1], "Both") && i + 2 < n && w[i].cap) {
        long e = counted_party_holders(c, w, i, n, a, 2);
        if (e != 0) return e;
    }
    /* "Prime Minister A invited Prime Minister B to …. The latter
     * thanked him …": the person named last before it, within a sentence
     * or two (session 31) */
    if (i + 2 < n && scm_word_ieq(t, &w[i], "the") && scm_word_is(t, &w[i + 1], "latter") &&
        lower_word(t, &w[i + 2])) {
        size_t lo = 0, hi = c->mentions.len;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (c->mentions.items[mid].start < w[i].start) lo = mid + 1;
            else hi = mid;
        }
        if (lo > 0 && w[i].start - c->mentions.items[lo - 1].stop < 400) {
            int32_t who = c->mentions.items[lo - 1].person;
            const char *r = who >= 0 ? c->x->people.items[who].role : NULL;
            if (r) return add_role_actor(c, a, r, who) ? -1 : (long)i + 2;
        }
    }
    /* "The host Minister welcomed …", "The host country …": the one of
     * that role (or the party) whose state the meeting's place is in
     * (session 25) */
    /* (also "The hosting President"; session 30) */
    if (i + 2 < n && scm_word_ieq(t, &w[i], "the") &&
        (scm_word_ieq(t, &w[i + 1], "host") || scm_word_ieq(t, &w[i + 1], "hosting"))) {
        long e = host_subject(c, w, i + 2, n, a);
        if (e != 0) return e;
    }
    /* "The head of the …" (session 30): "… of the Hungarian government",
     * "… of the Japanese state": that party's one leader, as "the
     * Hungarian head of government"; "… of the Belarusian military
     * department", "… of the Kenyan diplomacy", as CIS and French releases
     * call a minister: that party's Minister; "… of the Executive" of a
     * government's release: its own leader; "… of the sector", as Latin
     * American ministries call their own minister ("el titular del
     * sector"): its own Minister */
    if (i + 4 < n && scm_word_ieq(t, &w[i], "the") && scm_word_is(t, &w[i + 1], "head") &&
        scm_word_is(t, &w[i + 2], "of") && scm_word_is(t, &w[i + 3], "the")) {
        const char *hc;
        long pk = party_at(c, w, i + 4, n, &hc);
        int32_t who = -1;
        size_t e = i + 4;
        if (pk < 0) return -1;
        if (pk > 0) {
            e += (size_t)pk;
            if (e < n && (scm_word_is(t, &w[e], "government") || scm_word_is(t, &w[e], "state"))) {
                who = leader_of_party(c, hc);
            } else if (e < n) {
                if (e + 1 < n && scm_word_in(t, &w[e], portfolio_adjectives)) e++;
                if (scm_word_is(t, &w[e], "department") || scm_word_is(t, &w[e], "ministry") ||
                    scm_word_is(t, &w[e], "diplomacy"))
                    who = person_of_party(c, "Minister", hc);
            }
        } else if ((scm_word_ieq(t, &w[e], "executive") || scm_word_is(t, &w[e], "Government")) &&
                   !(e + 1 < n && scm_word_is(t, &w[e + 1], "of"))) {
            who = own_unpartied(c, 1);
        } else if (scm_word_is(t, &w[e], "sector") || scm_word_is(t, &w[e], "portfolio")) {
            who = own_unpartied(c, 0);
        }
        if (who >= 0) {
            if (add_role_actor(c, a, c->x->people.items[who].role, who) != 0) return -1;
            return (long)e + 1;
        }
    }
    /* "the heads of the military departments discussed …": the
     * Ministers who met, principals both (session 30) */
    if (i + 5 < n && scm_word_ieq(t, &w[i], "the") && scm_word_is(t, &w[i + 1], "heads") &&
        scm_word_is(t, &w[i + 2], "of") && scm_word_is(t, &w[i + 3], "the")) {
        size_t f = i + 4;
        if (f + 1 < n && scm_word_in(t, &w[f], portfolio_adjectives)) f++;
        if (scm_word_is(t, &w[f], "departments") || scm_word_is(t, &w[f], "ministries")) {
            size_t from = a->n;
            for (size_t q = 0; q < c->x->people.len; q++) {
                const scm_person *pp = &c->x->people.items[q];
                if (!pp->role || strcmp(pp->role, "Minister") != 0 || !principal(c, pp)) continue;
                if (add_role_actor(c, a, pp->role, (int32_t)q) != 0) return -1;
            }
            if (a->n - from >= 2) {
                /* (past "of the two countries"; session 31) */
                size_t e = f + 1;
                if (e + 3 < n && scm_word_is(t, &w[e], "of") && scm_word_is(t, &w[e + 1], "the") &&
                    IN(c, &w[e + 2], L_NUMERALS) &&
                    (scm_word_is(t, &w[e + 3], "countries") || scm_word_is(t, &w[e + 3], "states")))
                    e += 4;
                return (long)e;
            }
            for (size_t q = from; q < a->n; q++) free(a->names[q]);
            a->n = from;
        }
    }
    /* "The Heads of Delegation of Albania, Greece and North Macedonia
     * stressed …": the states listed (session 16) */
    {
        size_t m = i + (scm_word_ieq(t, &w[i], "the") ? 1 : 0);
        if (m + 3 < n && scm_word_ieq(t, &w[m], "heads") &&
            scm_word_is(t, &w[m + 1], "of") &&
            (scm_word_is(t, &w[m + 2], "Delegation") ||
             scm_word_is(t, &w[m + 2], "Delegations"))) {
            long e = listed_parties(c, w, m + 3, n, a);
            if (e != 0) return e;
        }
    }
    /* "The chief negotiators recalled …" of a negotiating round "co-chaired
     * by" two officials: those two (session 16); of one whose delegations
     * "were led by" two officials, those (session 19) */
    {
        size_t m = i + (scm_word_ieq(t, &w[i], "the") ? 1 : 0), e = 0;
        if (m < n && (scm_word_is(t, &w[m], "two") || scm_word_is(t, &w[m], "both")))
            m++;
        /* (not "the heads of delegation": a delegation's head need not
         * chair the meeting, as working groups' co-chairs do) */
        if (m + 1 < n && scm_word_ieq(t, &w[m], "chief") &&
            scm_word_ieq(t, &w[m + 1], "negotiators"))
            e = m + 2;
        /* (the text names two Chief Negotiators besides the ministers who
         * opened the round: those; session 26) */
        if (e) {
            size_t from = a->n, q;
            for (q = 0; q < c->x->people.len; q++) {
                const scm_person *p = &c->x->people.items[q];
                if (p->role && strcmp(p->role, "Chief Negotiator") == 0 &&
                    add_role_actor(c, a, p->role, (int32_t)q) != 0)
                    return -1;
            }
            if (a->n - from >= 2) return (long)e;
            for (q = from; q < a->n; q++) free(a->names[q]);
            a->n = from;
        }
        if (e && c->ncochairs >= 2) {
            if (add_cochairs(c, a) != 0) return -1;
            return (long)e;
        }
        if (e) {
            int led = delegation_leaders(c, a);
            if (led < 0) return -1;
            if (led >= 2) return (long)e;
        }
    }
    /* "member countries reaffirmed …", "Member countries did not agree":
     * an organisation's members in lower case speak as one group, as the
     * capitalised "Member States" do (session 14) */
    {
        size_t m = i + (scm_word_ieq(t, &w[i], "the") ? 1 : 0);
        if (m + 2 < n && (scm_word_ieq(t, &w[m], "member") ||
                          scm_word_ieq(t, &w[m], "participating")) &&
            (scm_word_is(t, &w[m + 1], "countries") ||
             scm_word_is(t, &w[m + 1], "states") ||
             scm_word_is(t, &w[m + 1], "economies")) &&
            lower_word(t, &w[m + 2])) {
            char g[32];
            size_t len = w[m + 1].stop - w[m].start, q;
            /* "the member countries" of a commission of four whose
             * delegations the text names: its parties (session 15) */
            if (m > i && !c->many_members && c->ndoc_parties >= 2 &&
                c->ndoc_parties <= 6 && scm_word_ieq(t, &w[m], "member")) {
                for (q = 0; q < c->ndoc_parties; q++)
                    if (actors_add(a, c->doc_parties[q],
                                   strlen(c->doc_parties[q]), -1) != 0)
                        return -1;
                return (long)m + 2;
            }
            if (len >= sizeof g) return 0;
            memcpy(g, t + w[m].start, len);
            /* (capitalised, as most readers write the group: "Member
             * countries", "Participating economies"; session 35) */
            if (g[0] >= 'a' && g[0] <= 'z') g[0] = (char)(g[0] - 32);
            return actors_add(a, g, len, -1) ? -1 : (long)m + 2;
        }
    }
    /* "The three members of the Commission reaffirmed …": as many
     * people as the meeting's principals, who are they (session 14) */
    {
        size_t m = i + (scm_word_ieq(t, &w[i], "the") ? 1 : 0), q, e;
        int want = m + 3 < n ? numeral_value(t, &w[m]) : 0;
        if (want >= 2 && scm_word_is(t, &w[m + 1], "members") &&
            scm_word_is(t, &w[m + 2], "of")) {
            int32_t who[MAX_ACTORS];
            int got = 0;
            for (q = 0; q < c->x->people.len && got <= want && got < MAX_ACTORS; q++)
                if (c->x->people.items[q].role &&
                    principal(c, &c->x->people.items[q]))
                    who[got++] = (int32_t)q;
            e = m + 3;
            if (e < n && scm_word_ieq(t, &w[e], "the")) e++;
            while (e < n && w[e].kind == SCM_W_WORD && w[e].cap) e++;
            if (got == want && e < n && lower_word(t, &w[e])) {
                for (q = 0; q < (size_t)got; q++)
                    if (add_role_actor(c, a, c->x->people.items[who[q]].role,
                                       who[q]) != 0)
                        return -1;
                return (long)e;
            }
        }
    }
    /* "The delegations of Fiji and Maldives highlighted …": the parties
     * the delegations are of (session 14) */
    {
        size_t m = i + (scm_word_ieq(t, &w[i], "the") ? 1 : 0), q, np = 0;
        const char *parties[MAX_ACTORS];
        if (m + 2 < n && (scm_word_ieq(t, &w[m], "delegations") ||
                          scm_word_ieq(t, &w[m], "delegation") ||
                          /* "The representative of the European
                           * Commission announced …" (session 30) */
                          (m > i && (scm_word_is(t, &w[m], "representative") ||
                                     scm_word_is(t, &w[m], "representatives")))) &&
            scm_word_is(t, &w[m + 1], "of")) {
            q = party_list(c, w, m + 2, n, parties, &np);
            if (q == (size_t)-1) return -1;
            if (np >= 1 && q < n && lower_word(t, &w[q])) {
                for (size_t g = 0; g < np; g++)
                    if (actors_add(a, parties[g], strlen(parties[g]), -1) != 0)
                        return -1;
                return (long)q;
            }
        }
    }
    /* "Both stressed that …": both of the two before, as "They" */
    if (i + 1 < n && scm_word_is(t, &w[i], "Both") && lower_word(t, &w[i + 1]) &&
        !scm_word_is(t, &w[i + 1], "of") && !scm_word_is(t, &w[i + 1], "the") &&
        !IN(c, &w[i + 1], L_GROUP_PREVIOUS) && !IN(c, &w[i + 1], L_GROUP_NAMED) &&
        /* (not "Both commanders", "Both officials": a noun after it; nor
         * "Both agencies", "Both central banks": institutions) */
        !lower_title_plural(c, t, &w[i + 1]) &&
        institutions_named(c, &w[i + 1]) < 2 &&
        !(i + 2 < n && institutions_named(c, &w[i + 2]) >= 2) &&
        !(i + 2 < n && lower_portfolio(t, &w[i + 1]) &&
          lower_title_plural(c, t, &w[i + 2])) &&
        !scm_word_is(t, &w[i + 1], "officials") &&
        !scm_word_is(t, &w[i + 1], "diplomats") &&
        !scm_word_is(t, &w[i + 1], "capitals") &&
        /* (nor "Both navies": each speaks for its state; session 31) */
        !scm_word_is(t, &w[i + 1], "navies") && !scm_word_is(t, &w[i + 1], "armies") &&
        !scm_word_is(t, &w[i + 1], "militaries") && !scm_word_is(t, &w[i + 1], "Marine") &&
        !(i + 2 < n && scm_word_is(t, &w[i + 1], "senior") &&
          (scm_word_is(t, &w[i + 2], "officials") || scm_word_is(t, &w[i + 2], "diplomats"))) &&
        /* ("Both personalities condemned …" of a president and an envoy,
         * "Both interlocutors", "Both counterparts": the two who met;
         * session 25) */
        !interlocutor_word(t, &w[i + 1]) &&
        /* (nor "Both visiting Ministers": a word before the plural of
         * an office two people hold; session 33) */
        !(i + 2 < n && w[i + 2].kind == SCM_W_WORD && w[i + 2].cap &&
          role_holders(c, t, &w[i + 2]) == 2) &&
        !(i + 2 < n && scm_word_is(t, &w[i + 1], "delegation") &&
          scm_word_is(t, &w[i + 2], "heads")) &&
        !scm_word_is(t, &w[i + 1], "principals") &&
        /* (nor "Both institutions", "Both agencies" of bodies the text
         * gives no short forms; session 35) */
        !scm_word_in(t, &w[i + 1], counted_bodies)) {
        a->resolve = RES_PLURAL;
        a->literal = "They";
        return (long)i + 1;
    }
    /* "His Majesty highlighted …": the one monarch the document names
     * (session 13) */
    /* (and "His Royal Highness welcomed …"; session 33) */
    size_t hw = i + 1 + (i + 3 < n && scm_word_is(t, &w[i + 1], "Royal") ? 1 : 0);
    if (hw + 1 < n && (scm_word_is(t, &w[i], "His") || scm_word_is(t, &w[i], "Her")) &&
        (scm_word_is(t, &w[hw], "Majesty") || scm_word_is(t, &w[hw], "Highness")) &&
        lower_word(t, &w[hw + 1]) &&
        /* (not "His Highness the Amir …": the office follows; session 20) */
        !scm_word_is(t, &w[hw + 1], "the")) {
        static const char *const majesty[] = {"Sultan", "King", "Queen",
                                              "Emperor", "Emir", "Amir", NULL};
        static const char *const highness[] = {"Emir", "Amir", "Crown Prince",
                                               "Grand Duke", "Prince", NULL};
        const char *const *roles = scm_word_is(t, &w[hw], "Majesty") ? majesty
                                                                     : highness;
        int32_t who = -1;
        size_t q;
        for (q = 0; q < c->x->people.len; q++) {
            const char *r = c->x->people.items[q].role;
            if (!r || !scm_bytes_in(r, strlen(r), roles)) continue;
            if (who >= 0) {
                who = -2;
                break;
            }
            who = (int32_t)q;
        }
        if (who >= 0) {
            if (add_role_actor(c, a, c->x->people.items[who].role, who) != 0)
                return -1;
            return (long)hw + 1;
        }
    }
    /* "Ministers reaffirmed …, and many called for …": a quantifier
     * standing alone in lower case is part of the speakers before, as
     * "They" (session 13) */
    if (i + 1 < n && lower_word(t, &w[i + 1]) &&
        (scm_word_is(t, &w[i], "many") || scm_word_is(t, &w[i], "some") ||
         scm_word_is(t, &w[i], "most") || scm_word_is(t, &w[i], "several") ||
         scm_word_is(t, &w[i], "others")) &&
        !scm_word_is(t, &w[i + 1], "of") && !IN(c, &w[i + 1], L_DETERMINERS) &&
        !IN(c, &w[i + 1], L_GROUP_PREVIOUS) && !IN(c, &w[i + 1], L_GROUP_NAMED) &&
        !lower_title_plural(c, t, &w[i + 1])) {
        a->resolve = RES_PLURAL;
        a->literal = "They";
        return (long)i + 1;
    }
    /* "Seoul and Washington reaffirmed …": two capitals standing for
     * their states (session 23) */
    {
        size_t k1 = 0, k2 = 0;
        const char *p1 = capital_party(c, w, i, n, &k1), *p2 = NULL;
        /* "Canberra, London and Washington agreed …": three or more
         * capitals in a list (session 25) */
        if (p1 && i + k1 + 1 < n && scm_word_punct(&w[i + k1], ',')) {
            const char *ps[MAX_ACTORS];
            size_t np = 1, q = i + k1, kq;
            int closed = 0; /* the list ended with "and" + a capital */
            ps[0] = p1;
            while (q + 1 < n && np < MAX_ACTORS && !closed) {
                const char *pq;
                int last = scm_word_is(t, &w[q], "and");
                if (!last && !scm_word_punct(&w[q], ',')) break;
                q++;
                if (q < n && scm_word_is(t, &w[q], "and")) last = 1, q++;
                if (!(pq = capital_party(c, w, q, n, &kq))) break;
                ps[np++] = pq;
                q += kq;
                closed = last;
            }
            if (closed && np >= 3 && q < n && lower_word(t, &w[q])) {
                for (size_t r = 0; r < np; r++)
                    if (actors_add(a, ps[r], strlen(ps[r]), -1) != 0) return -1;
                return (long)q;
            }
        }
        if (p1 && i + k1 + 1 < n && scm_word_is(t, &w[i + k1], "and"))
            p2 = capital_party(c, w, i + k1 + 1, n, &k2);
        if (p2 && strcmp(p1, p2) != 0 && i + k1 + 1 + k2 < n &&
            lower_word(t, &w[i + k1 + 1 + k2])) {
            if (actors_add(a, p1, strlen(p1), -1) != 0 ||
                actors_add(a, p2, strlen(p2), -1) != 0)
                return -1;
            return (long)(i + k1 + 1 + k2);
        }
        /* "Tehran welcomed …", "Tehran, for its part, expressed …": one
         * capital of a party of the document (session 24) */
        if (p1 && !p2 && i + k1 < n && doc_party(c, p1) &&
            (lower_word(t, &w[i + k1]) ||
             (i + k1 + 4 < n && scm_word_punct(&w[i + k1], ',') &&
              scm_word_is(t, &w[i + k1 + 1], "for") &&
              scm_word_is(t, &w[i + k1 + 2], "its") &&
              scm_word_is(t, &w[i + k1 + 3], "part")))) {
            if (actors_add(a, p1, strlen(p1), -1) != 0) return -1;
            return (long)(i + k1);
        }
    }
    /* "Neither Government recognises …", "Each country will …": the
     * document's parties, when it names two or more (session 24; "Each
     * nation", session 28) */
    if (i + 1 < n && (scm_word_is(t, &w[i], "Neither") || scm_word_is(t, &w[i], "Each")) &&
        (scm_word_ieq(t, &w[i + 1], "government") || scm_word_is(t, &w[i + 1], "country") ||
         scm_word_is(t, &w[i + 1], "nation")) &&
        c->ndoc_parties >= 2 && !c->many_members) {
        for (size_t q = 0; q < c->ndoc_parties; q++)
            if (actors_add(a, c->doc_parties[q], strlen(c->doc_parties[q]), -1) != 0)
                return -1;
        return (long)i + 2;
    }
    /* "The three of them agreed …": the principals, as many as counted
     * (session 28; not "All of them", which the golds read as the group
     * of the sentence before, whoever spoke last) */
    if (i + 4 < n && scm_word_is(t, &w[i], "The") && IN(c, &w[i + 1], L_NUMERALS) &&
        scm_word_is(t, &w[i + 2], "of") && scm_word_is(t, &w[i + 3], "them") &&
        lower_word(t, &w[i + 4])) {
        int added = 0, count = numeral_value(t, &w[i + 1]);
        size_t from = a->n;
        if (count >= 2 && expand_counted(c, a, from, count, &added) != 0) return -1;
        if (added >= 2 && added == count) return (long)i + 4;
        for (size_t q = from; q < a->n; q++) free(a->names[q]);
        a->n = from;
    }
    /* "All four reaffirmed …": the principals, as many as counted
     * (session 24) */
    if (i + 2 < n && scm_word_is(t, &w[i], "All") && IN(c, &w[i + 1], L_NUMERALS) &&
        lower_word(t, &w[i + 2]) && !IN(c, &w[i + 2], L_GROUP_NAMED) &&
        !IN(c, &w[i + 2], L_GROUP_PREVIOUS) && !lower_title_plural(c, t, &w[i + 2])) {
        int added = 0, count = numeral_value(t, &w[i + 1]);
        size_t from = a->n;
        if (count >= 2 && expand_counted(c, a, from, count, &added) != 0) return -1;
        if (added == count) return (long)i + 2;
        for (size_t q = from; q < a->n; q++) free(a->names[q]);
        a->n = from;
    }
    /* "Neither leader supports …", "Each leader recognised …": the
     * principals who lead a state or government, when two or more do
     * (session 24) */
    if (i + 1 < n && (scm_word_is(t, &w[i], "Neither") || scm_word_is(t, &w[i], "Each")) &&
        scm_word_ieq(t, &w[i + 1], "leader")) {
        int led = leading_principals(c, a);
        if (led < 0) return -1;
        if (led) return (long)i + 2;
    }
    /* "Neither co-chair endorsed …": the co-chairs (session 30) */
    if (i + 2 < n && (scm_word_is(t, &w[i], "Neither") || scm_word_is(t, &w[i], "Each")) &&
        (scm_word_ieq(t, &w[i + 1], "co-chair") || scm_word_ieq(t, &w[i + 1], "co-chairman") ||
         scm_word_ieq(t, &w[i + 1], "co-chairperson")) &&
        c->ncochairs >= 2 && lower_word(t, &w[i + 2])) {
        for (size_t q = 0; q < c->ncochairs; q++) {
            const char *r = c->x->people.items[c->cochairs[q]].role;
            if (add_role_actor(c, a, r ? r : "", c->cochairs[q]) != 0) return -1;
        }
        return (long)i + 2;
    }
    /* "Each Prime Minister …", "Neither Head of State …": an office of
     * one word or more, a verb after it (session 27) */
    long each_title = 0;
    if (i + 2 < n && (scm_word_is(t, &w[i], "Each") || scm_word_is(t, &w[i], "Neither")) &&
        w[i + 1].cap && w[i + 1].lower) {
        const char *r;
        each_title = title_at(c, w, i + 1, n, &r);
        if (each_title < 0) return -1;
        if (each_title > 0 && !((size_t)each_title + i + 1 < n &&
                                lower_word(t, &w[i + 1 + (size_t)each_title])))
            each_title = 0;
    }
    /* "Neither side recognises …", "Neither President supports …": both
     * of the previous speakers, the act negated (session 23; "Neither
     * leader", session 24) */
    if (i + 1 < n && scm_word_is(t, &w[i], "Neither") && each_title > 0) {
        a->resolve = RES_PLURAL;
        a->literal = "Both sides";
        return (long)(i + 1) + each_title;
    }
    if (i + 1 < n && scm_word_is(t, &w[i], "Neither") &&
        w[i + 1].kind == SCM_W_WORD &&
        (scm_word_is(t, &w[i + 1], "side") ||
         scm_word_is(t, &w[i + 1], "party") ||
         scm_word_is(t, &w[i + 1], "country") ||
         scm_word_is(t, &w[i + 1], "government") ||
         scm_word_ieq(t, &w[i + 1], "leader") ||
         (w[i + 1].cap && w[i + 1].lower &&
          scm_lexicon_has(c->lex, SCM_LEX_TITLE, t + w[i + 1].start,
                          w[i + 1].stop - w[i + 1].start)))) {
        a->resolve = RES_PLURAL;
        a->literal = "Both sides";
        return (long)i + 2;
    }
    /* "Each Contracting Party reaffirmed …", "Each Member State": the
     * group of a treaty's or a body's members, as its plural reads
     * (session 25) */
    if (i + 2 < n && scm_word_is(t, &w[i], "Each") &&
        ((scm_word_is(t, &w[i + 1], "Contracting") && scm_word_is(t, &w[i + 2], "Party")) ||
         (scm_word_is(t, &w[i + 1], "Member") && scm_word_is(t, &w[i + 2], "State")))) {
        int member = scm_word_is(t, &w[i + 1], "Member");
        if (actors_add(a, member ? "Member States" : "Contracting Parties",
                       member ? 13 : 19, -1) != 0)
            return -1;
        return (long)i + 3;
    }
    /* "Each co-chair underscored …": the people the meeting was
     * "co-chaired by" (session 23) */
    if (i + 1 < n && scm_word_ieq(t, &w[i], "each") && c->ncochairs >= 2 &&
        scm_word_ieq(t, &w[i + 1], "co-chair")) {
        if (add_cochairs(c, a) != 0) return -1;
        return (long)i + 2;
    }
    /* "Each side instructed ...": every one of the previous speakers
     * (also "Each co-chair", "Each Leader"; session 23) */
    if (i + 1 < n && scm_word_is(t, &w[i], "Each") && each_title > 0) {
        a->resolve = RES_PLURAL;
        a->literal = "Both sides";
        return (long)(i + 1) + each_title;
    }
    if (i + 1 < n && scm_word_ieq(t, &w[i], "each") &&
        (scm_word_is(t, &w[i + 1], "side") ||
         scm_word_is(t, &w[i + 1], "delegation") ||
         scm_word_is(t, &w[i + 1], "country") ||
         scm_word_is(t, &w[i + 1], "government") ||
         scm_word_is(t, &w[i + 1], "party") ||
         scm_word_ieq(t, &w[i + 1], "co-chair") ||
         scm_word_ieq(t, &w[i + 1], "leader") ||
         (w[i + 1].cap && w[i + 1].lower &&
          i + 2 < n && lower_word(t, &w[i + 2]) &&
          scm_lexicon_has(c->lex, SCM_LEX_TITLE, t + w[i + 1].start,
                          w[i + 1].stop - w[i + 1].start)))) {
        a->resolve = RES_PLURAL;
        a->literal = "Both sides";
        return (long)i + 2;
    }
    /* "HE the Minister of State affirmed …": a style before "the" and
     * an office is the office's */
    if (j + 3 < n && (scm_word_is(t, &w[j], "His") || scm_word_is(t, &w[j], "Her")) &&
        (scm_word_is(t, &w[j + 1], "Honour") || scm_word_is(t, &w[j + 1], "Honor") ||
         scm_word_is(t, &w[j + 1], "Excellency") ||
         /* "His Highness the Amir expressed …" (session 20) */
         scm_word_is(t, &w[j + 1], "Highness") || scm_word_is(t, &w[j + 1], "Majesty")) &&
        scm_word_is(t, &w[j + 2], "the") && w[j + 3].cap)
        j += 2; /* "Her Honour the Vice-President underscored …" */
    else if (j + 4 < n && (scm_word_is(t, &w[j], "His") || scm_word_is(t, &w[j], "Her")) &&
             scm_word_is(t, &w[j + 1], "Royal") && scm_word_is(t, &w[j + 2], "Highness") &&
             scm_word_is(t, &w[j + 3], "the") && w[j + 4].cap)
        j += 3; /* "His Royal Highness the Crown Prince" (session 33) */
    else if (j + 2 < n && IN(c, &w[j], L_HONORIFICS) &&
             scm_word_is(t, &w[j + 1], "the") && w[j + 2].cap)
        j++;
    /* "IGP Byaruhanga commended …": the short form of an office that a
     * person's title gives, before a person's name (session 20) */
    else if (j + 1 < n && w[j].kind == SCM_W_WORD && w[j + 1].cap &&
             scm_ascii_is_upper((unsigned char)t[w[j].start]) &&
             scm_ascii_is_upper((unsigned char)t[w[j].stop - 1]) &&
             (person_at(c, w[j + 1].start) >= 0 || family_word(c, &w[j + 1])) &&
             office_short_form(c, t + w[j].start, w[j].stop - w[j].start))
        j++;
    /* "His Excellency Al-Majali expressed …": the style before a
     * person's name (session 13) */
    else if (j + 2 < n && (scm_word_is(t, &w[j], "His") || scm_word_is(t, &w[j], "Her")) &&
             IN(c, &w[j + 1], L_HONORIFICS) && w[j + 2].cap &&
             person_at(c, w[j + 2].start) >= 0)
        j += 2;
    /* "Our Minister underlined …" of a ministry's statement that
     * introduced "our Minister of Foreign Affairs H.E. Name": that person
     * (session 18) */
    if (j + 1 < n && scm_word_ieq(t, &w[j], "our") && w[j + 1].cap) {
        int32_t who = our_person(c, t + w[j + 1].start);
        if (who >= 0) {
            const char *r = c->x->people.items[who].role;
            size_t rl = strlen(r), e = j + 1;
            while (e < n && w[e].stop - w[j + 1].start < rl) e++;
            if (add_role_actor(c, a, r, who) != 0) return -1;
            return (long)e + 1;
        }
    }
    /* "Their Excellencies the Ministers expressed …": the office after
     * the style (session 28) */
    if (j + 4 < n && scm_word_is(t, &w[j], "Their") &&
        scm_word_is(t, &w[j + 1], "Excellencies") && scm_word_is(t, &w[j + 2], "the") &&
        w[j + 3].cap)
        j += 2;
    if (j + 3 < n && scm_word_ieq(t, &w[j], "a") &&
        scm_word_is(t, &w[j + 1], "number") && scm_word_is(t, &w[j + 2], "of") &&
        IN(c, &w[j + 3], L_GROUP_NAMED)) {
        /* "a number of Ministers called for …": part of the group */
        det = 1;
        j += 3;
    } else if (j + 2 < n && scm_word_is(t, &w[j], "Their") &&
               scm_word_is(t, &w[j + 1], "Excellencies") && lower_word(t, &w[j + 2]) &&
               !scm_word_is(t, &w[j + 2], "the")) {
        /* "Their Excellencies reaffirmed …": the principals who lead a
         * state or government when two or more do, else the principals,
         * as "Both Excellencies" (session 28) */
        int led = leading_principals(c, a);
        if (led < 0) return -1;
        if (led) return (long)j + 2;
        det = 1;
        j++;
    } else if (IN(c, &w[j], L_DETERMINERS)) {
        det = 1;
        j++;
    } else if (j == i && scm_word_is(t, &w[j], "Principals") && j + 1 < n &&
               lower_word(t, &w[j + 1])) {
        /* "Principals endorsed …" with no article: the principals, as
         * "The principals" (session 31) */
        det = 1;
    } else if (j == i && j + 2 < n && scm_word_is(t, &w[j + 1], "principals") &&
               w[j].kind == SCM_W_WORD && w[j].cap && !w[j].lower &&
               w[j].stop - w[j].start >= 2 &&
               lower_word(t, &w[j + 2])) {
        /* "AUSMIN principals welcomed …": the meeting's short form before
         * the principals (session 31) */
        det = 1;
        j++;
    } else if (j + 1 < n && (IN(c, &w[j + 1], L_GROUP_NAMED) ||
                             /* "Several Parties called for …" (session 30) */
                             (IN(c, &w[j + 1], L_GROUP_PREVIOUS) && w[j + 1].cap) ||
                             /* "Several Member States" (session 25) */
                             (j + 2 < n && scm_word_ieq(t, &w[j + 1], "member") &&
                              (scm_word_ieq(t, &w[j + 2], "states") ||
                               scm_word_ieq(t, &w[j + 2], "countries")))) &&
               (scm_word_ieq(t, &w[j], "some") ||
                scm_word_ieq(t, &w[j], "several") ||
                scm_word_ieq(t, &w[j], "many") ||
                scm_word_ieq(t, &w[j], "most"))) {
        /* "Some Leaders expressed concern": part of the group speaks;
         * "Most Ministers highlighted …": as the group's word, never
         * the named principals, who are all of it (session 29) */
        if ((IN(c, &w[j + 1], L_GROUP_NAMED) || IN(c, &w[j + 1], L_GROUP_PREVIOUS)) &&
            w[j + 1].cap && j + 2 < n &&
            lower_word(t, &w[j + 2]) && !scm_word_is(t, &w[j + 2], "of") &&
            !scm_word_is(t, &w[j + 2], "from") && !scm_word_ieq(t, &w[j], "some"))
            return actors_add(a, t + w[j + 1].start, w[j + 1].stop - w[j + 1].start, -1) ? -1
                                                                                          : (long)j + 2;
        det = 1;
        j++;
    }
    /* "Several delegations noted …", "Many members expressed concern …":
     * part of a body's members speaks, as the golds write it, "Delegations",
     * "Members" (session 37) */
    if (!det && !num && j + 2 < n && lower_word(t, &w[j + 2]) &&
        (scm_word_is(t, &w[j + 1], "delegations") || scm_word_is(t, &w[j + 1], "members")) &&
        scm_word_in(t, &w[j], (const char *const[]){"Several", "Many", "Some", "Most", NULL})) {
        const char *g = scm_word_is(t, &w[j + 1], "members") ? "Members" : "Delegations";
        return actors_add(a, g, strlen(g), -1) ? -1 : (long)j + 2;
    }
    /* "The Ministers from Cabo Verde, Comoros, Mauritius, São Tomé and
     * Príncipe and Seychelles highlighted …": the parties listed (session
     * 31) */
    /* (also with no article: "Ministers from the Plurinational State of
     * Bolivia, Nepal and Zambia highlighted …"; session 42) */
    if ((det || (!num && group_literal_word(t + w[j].start, w[j].stop - w[j].start))) && j + 3 < n &&
        w[j].cap && t[w[j].stop - 1] == 's' && scm_word_is(t, &w[j + 1], "from")) {
        const char *ps[MAX_ACTORS];
        size_t np = 0, q = j + 2;
        while (q < n && np < MAX_ACTORS) {
            const char *pc = NULL;
            long pk = party_at(c, w, q, n, &pc);
            if (pk < 0) return -1;
            if (pk <= 0 || !pc || !*pc) break;
            ps[np++] = pc;
            q += (size_t)pk;
            if (q < n && scm_word_punct(&w[q], ',')) q++;
            if (q < n && scm_word_is(t, &w[q], "and")) q++;
        }
        if (np >= 2 && q < n && lower_word(t, &w[q])) {
            for (size_t k2 = 0; k2 < np; k2++)
                if (actors_add(a, ps[k2], strlen(ps[k2]), -1) != 0) return -1;
            return (long)q;
        }
    }
    /* "The MIRPS States expressed …": a body's short form and its
     * member States speak as the body, as "G7 Foreign Ministers" do
     * (session 31) */
    if (det && j + 2 < n && w[j].kind == SCM_W_WORD && w[j].cap && !w[j].lower &&
        w[j].stop - w[j].start >= 2 && scm_word_is(t, &w[j + 1], "States") &&
        lower_word(t, &w[j + 2]) && jk == 0) {
        const char *pc;
        long pk = party_at(c, w, j, n, &pc);
        if (pk < 0) return -1;
        if (pk == 0) return actors_add(a, t + w[j].start, w[j].stop - w[j].start, -1) ? -1 : (long)j + 2;
    }
    /* "Both Marine Corps highlighted …": the two services, as "Both
     * navies" (session 31) */
    if ((det || num || (j > 0 && scm_word_is(t, &w[j - 1], "Both"))) && j + 2 < n &&
        scm_word_is(t, &w[j], "Marine") && scm_word_is(t, &w[j + 1], "Corps") &&
        lower_word(t, &w[j + 2]) && c->ndoc_parties >= 2) {
        for (size_t q = 0; q < c->ndoc_parties; q++)
            if (actors_add(a, c->doc_parties[q], strlen(c->doc_parties[q]), -1) != 0) return -1;
        return (long)j + 2;
    }
    /* "The trilateral partners welcomed …": the partners (session 31) */
    if (det && j + 2 < n && (scm_word_is(t, &w[j], "trilateral") || scm_word_is(t, &w[j], "bilateral") ||
                             scm_word_is(t, &w[j], "quadrilateral") ||
                             /* "The two alliance partners" */
                             scm_word_is(t, &w[j], "alliance")) &&
        (scm_word_is(t, &w[j + 1], "partners") ||
         /* ("The trilateral co-chairs") */
         scm_word_ieq(t, &w[j + 1], "co-chairs")) && lower_word(t, &w[j + 2]))
        j++;
    /* "The ISCN principals reaffirmed …": the same after an article
     * (session 31) */
    if (det && j + 2 < n && w[j].kind == SCM_W_WORD && w[j].cap && !w[j].lower &&
        w[j].stop - w[j].start >= 2 && scm_word_is(t, &w[j + 1], "principals") &&
        lower_word(t, &w[j + 2])) {
        const char *pc; /* (not a party's: "The U.S. principals") */
        long pk = party_at(c, w, j, n, &pc);
        if (pk < 0) return -1;
        if (pk == 0) j++;
    }
    /* "The Captains Regent expressed …", "the Attorneys General": a
     * title of two words whose plural is in its first word, its holders
     * (two or more; session 25) */
    if (det && j + 1 < n && w[j].kind == SCM_W_WORD && w[j].cap &&
        w[j + 1].kind == SCM_W_WORD && w[j + 1].cap && t[w[j].stop - 1] == 's') {
        char sing[64];
        size_t l1 = w[j + 1].stop - w[j + 1].start, from = a->n;
        if (singular(t + w[j].start, w[j].stop - w[j].start, sing, sizeof sing) &&
            strlen(sing) + l1 + 2 <= sizeof sing) {
            size_t sl = strlen(sing);
            sing[sl] = ' ';
            memcpy(sing + sl + 1, t + w[j + 1].start, l1);
            sing[sl + 1 + l1] = '\0';
            for (size_t q = 0; q < c->x->people.len; q++) {
                const scm_person *p = &c->x->people.items[q];
                if (p->role && strcmp(p->role, sing) == 0 &&
                    add_role_actor(c, a, p->role, (int32_t)q) != 0)
                    return -1;
            }
            if (a->n - from >= 2) return (long)j + 2;
            for (size_t q = from; q < a->n; q++) free(a->names[q]);
            a->n = from;
        }
    }
    /* the party named right after the article, read once for the two
     * rules below ("The Quad members", "The Japanese envoy") */
    if (det && j < n && w[j].kind == SCM_W_WORD && w[j].cap &&
        (jk = party_at(c, w, j, n, &jcls)) < 0)
        return -1;
    /* "The Hungarian, Slovak and Ukrainian Ministers reaffirmed …": party
     * words listed before one plural office, each party's holder of it
     * (session 29) */
    if (det && !num && jk > 0 && jcls && *jcls && j + (size_t)jk + 3 < n &&
        (scm_word_punct(&w[j + (size_t)jk], ',') || scm_word_is(t, &w[j + (size_t)jk], "and"))) {
        const char *ps[MAX_ACTORS];
        size_t np = 0, q = j;
        int ok = 0;
        while (q < n && np < MAX_ACTORS) {
            const char *pc = NULL;
            long pk = party_at(c, w, q, n, &pc);
            if (pk < 0) return -1;
            if (pk <= 0 || !pc || !*pc) break;
            ps[np++] = pc;
            q += (size_t)pk;
            if (q < n && scm_word_punct(&w[q], ',')) q++;
            if (q < n && scm_word_is(t, &w[q], "and")) {
                q++;
                continue;
            }
            if (q < n && w[q].kind == SCM_W_WORD && w[q].cap && np >= 2 && q + 1 < n &&
                lower_word(t, &w[q + 1])) {
                ok = 1;
                break;
            }
            /* "The ROK and U.S. co-chairs reaffirmed …" (session 30) */
            /* (also "The Australian, British and American co-leads";
             * session 31) */
            if (q + 1 < n && np >= 2 && c->ncochairs == np &&
                (scm_word_ieq(t, &w[q], "co-chairs") || scm_word_ieq(t, &w[q], "co-chairmen") ||
                 scm_word_ieq(t, &w[q], "co-leads")) &&
                lower_word(t, &w[q + 1])) {
                ok = 2;
                break;
            }
        }
        if (ok == 2) {
            size_t from = a->n;
            for (size_t pi = 0; pi < np; pi++) {
                int32_t who = cochair_of_party(c, ps[pi]);
                const char *r = who >= 0 ? c->x->people.items[who].role : NULL;
                if (who < 0) break;
                if (add_role_actor(c, a, r ? r : "", who) != 0) return -1;
            }
            if (a->n - from == np) return (long)q + 1;
            for (size_t pi = from; pi < a->n; pi++) free(a->names[pi]);
            a->n = from;
        } else if (ok) {
            char sing[64];
            size_t from = a->n;
            if (singular(t + w[q].start, w[q].stop - w[q].start, sing, sizeof sing)) {
                size_t pi, more = 0;
                for (pi = 0; pi < np; pi++) {
                    int32_t who = person_of_party(c, sing, ps[pi]);
                    if (who < 0) {
                        /* (or the party's several holders: "The
                         * Australian and Papua New Guinean Ministers" of
                         * two Australian Ministers; session 31) */
                        int held = party_holders(c, a, sing, ps[pi]);
                        if (held < 0) return -1;
                        if (held == 0 && np == 2 && c->ndoc_parties == 2) {
                            /* (or the meeting's other party, when the word
                             * names a near one: "Congolese", read as the
                             * Congo, of a meeting with the DRC; session
                             * 31) */
                            const char *other = NULL;
                            for (size_t d = 0; d < 2; d++)
                                if (strcmp(c->doc_parties[d], ps[1 - pi]) != 0 &&
                                    strcmp(c->doc_parties[d], ps[pi]) != 0)
                                    other = c->doc_parties[d];
                            if (other) held = party_holders(c, a, sing, other);
                            if (held < 0) return -1;
                            if (held == 1) continue;
                        }
                        if (held < 2) break;
                        more += (size_t)held - 1;
                        continue;
                    }
                    if (add_role_actor(c, a, c->x->people.items[who].role, who) != 0) return -1;
                }
                if (pi == np && a->n - from == np + more) return (long)q + 1;
            }
            for (size_t pi = from; pi < a->n; pi++) free(a->names[pi]);
            a->n = from;
        }
    }
    /* "The Quad members reaffirmed …", "the AUKUS partners": a group
     * named as a party, its members the document's parties (those its
     * people come from), when the group is none of them (session 25) */
    if (det && j + 1 < n && c->ndoc_parties >= 2 &&
        (!c->many_members || c->listed_members)) {
        const char *pcls = jcls;
        /* ("The four Quad partners": as many as the parties) */
        size_t g = j + 1 < n && IN(c, &w[j], L_NUMERALS) &&
                           numeral_value(t, &w[j]) == (int)c->ndoc_parties
                       ? j + 1
                       : j;
        long pk = g == j ? jk : w[g].cap ? party_at(c, w, g, n, &pcls) : 0;
        size_t e = g + (pk > 0 ? (size_t)pk : 0);
        if (pk < 0) return -1;
        /* ("The Quad HADR partners": the group's short form for one of
         * its strands between; session 26) */
        if (pk > 0 && e + 1 < n && w[e].kind == SCM_W_WORD && w[e].cap && !w[e].lower &&
            w[e].stop - w[e].start >= 2 &&
            (scm_word_is(t, &w[e + 1], "members") || scm_word_is(t, &w[e + 1], "partners")))
            e++;
        /* (also "The AUKUS governments"; session 31) */
        if (pk > 0 && pcls && e < n &&
            (scm_word_is(t, &w[e], "members") || scm_word_is(t, &w[e], "partners") ||
             scm_word_is(t, &w[e], "governments"))) {
            int own = 0;
            for (size_t q = 0; q < c->ndoc_parties; q++)
                own |= strcmp(c->doc_parties[q], pcls) == 0;
            if (!own) {
                for (size_t q = 0; q < c->ndoc_parties; q++)
                    if (actors_add(a, c->doc_parties[q], strlen(c->doc_parties[q]), -1) != 0)
                        return -1;
                return (long)e + 1;
            }
        }
    }
    /* "The Omani and Iranian Co-Chairs", "The U.S. co-chairs", "The ROK
     * co-chair", "The BPM co-chairs": the co-chairs (those the meeting was
     * "co-chaired by", else the delegations' leaders) of the parties
     * named, or all of them after the meeting's own short form
     * (session 26) */
    if (det && j < n && w[j].kind == SCM_W_WORD && w[j].cap) {
        long r = party_cochairs(c, a, w, j, jk, jcls, n);
        if (r != 0) return r;
    }
    /* "The Peruvian and Turkish negotiating teams welcomed …", "The
     * Omani and Iranian delegations": the parties named (session 26) */
    if (det && jk > 0 && jcls) {
        const char *named[4];
        size_t np = 0, e;
        long r = parties_joined(c, w, j, jk, jcls, n, named, &np);
        if (r < 0) return -1;
        e = (size_t)r;
        if (np >= 2 && e + 1 < n && lower_word(t, &w[e]) &&
            !scm_word_is(t, &w[e], "teams") && !scm_word_is(t, &w[e], "delegations"))
            e++;
        if (np >= 2 && e + 1 < n &&
            (scm_word_is(t, &w[e], "teams") || scm_word_is(t, &w[e], "delegations")) &&
            lower_word(t, &w[e + 1])) {
            for (size_t q = 0; q < np; q++)
                if (actors_add(a, named[q], strlen(named[q]), -1) != 0) return -1;
            return (long)e + 1;
        }
    }
    /* "The Indonesian host", "The Finnish guest", "The illustrious
     * guest", "The visiting Head of State" (session 26) */
    if (det && j < n && w[j].kind == SCM_W_WORD) {
        long r = guest_or_host(c, a, w, j, jk, jcls, n);
        if (r != 0) return r;
    }
    /* "The Forum members reaffirmed …", "The Corridor partners": the
     * members of a body or a framework the text names, which is no
     * party; partners are the document's parties, members the meeting's
     * principals (its parties when it names fewer than two; session 26) */
    if (det && jk == 0 && j < n && w[j].kind == SCM_W_WORD && w[j].cap && w[j].lower) {
        size_t e = j;
        while (e < n && e < j + 3 && w[e].kind == SCM_W_WORD && w[e].cap) e++;
        if (e + 1 < n && e > j &&
            (scm_word_is(t, &w[e], "members") || scm_word_is(t, &w[e], "partners")) &&
            lower_word(t, &w[e + 1])) {
            int32_t who[MAX_ACTORS];
            int got = 0;
            if (scm_word_is(t, &w[e], "members"))
                for (size_t q = 0; q < c->x->people.len && got < MAX_ACTORS; q++)
                    if (c->x->people.items[q].role && principal(c, &c->x->people.items[q]))
                        who[got++] = (int32_t)q;
            if (got >= 2) {
                for (int q = 0; q < got; q++)
                    if (add_role_actor(c, a, c->x->people.items[who[q]].role, who[q]) != 0)
                        return -1;
                return (long)e + 1;
            }
            if (c->ndoc_parties >= 2 && !c->many_members) {
                for (size_t q = 0; q < c->ndoc_parties; q++)
                    if (actors_add(a, c->doc_parties[q], strlen(c->doc_parties[q]), -1) != 0)
                        return -1;
                return (long)e + 1;
            }
        }
    }
    /* "The Korean minister praised …": an office in lower case after the
     * party, its holder of that party, as "The Korean Minister" (session
     * 30) */
    if (det && jk > 0 && jcls && *jcls && j + (size_t)jk + 1 < n) {
        size_t e = j + (size_t)jk;
        const char *role = scm_word_is(t, &w[e], "minister")    ? "Minister"
                           : scm_word_is(t, &w[e], "president") ? "President"
                                                                : NULL;
        if (role && lower_word(t, &w[e + 1])) {
            int32_t who = person_of_party(c, role, jcls);
            if (who >= 0) {
                if (add_role_actor(c, a, c->x->people.items[who].role, who) != 0) return -1;
                return (long)e + 1;
            }
        }
    }
    /* "The emissary stressed …", "The Japanese envoy", "the Ugandan
     * envoy": the one person whose role is an envoy's or a
     * representative's (of that party, if named), else that party's one
     * person with an office (session 25) */
    if (det && j < n && w[j].kind == SCM_W_WORD) {
        const char *pcls = jcls;
        long pk = jk;
        size_t e = j + (pk > 0 ? (size_t)pk : 0);
        if (e < n && (scm_word_is(t, &w[e], "emissary") || scm_word_is(t, &w[e], "envoy") ||
                      /* "The Irish official acknowledged …": that party's
                       * one person with an office (session 30) */
                      (pk > 0 && scm_word_is(t, &w[e], "official")))) {
            int32_t pick = -1;
            int many = 0;
            /* (pass 1: an envoy whose party the text never gave, as "the
             * Indonesian envoy" of "Special Envoy of the President of the
             * Republic of Indonesia for …"; session 30) */
            for (int pass = 0; pass < 3 && pick < 0 && !many; pass++)
                for (size_t q = 0; q < c->x->people.len; q++) {
                    const scm_person *p = &c->x->people.items[q];
                    int bare = pass == 1;
                    if (bare && pk <= 0) break;
                    int of_party = p->party && pcls && strcmp(p->party, pcls) == 0;
                    if (!p->role || (pk > 0 && (bare ? p->party != NULL : !of_party))) continue;
                    if (pass < 2 && !strstr(p->role, "Envoy") && !strstr(p->role, "Representative"))
                        continue;
                    if (pass == 2 && pk <= 0) break;
                    if (pick >= 0) many = 1;
                    else pick = (int32_t)q;
                }
            if (pick >= 0 && !many) {
                if (add_role_actor(c, a, c->x->people.items[pick].role, pick) != 0) return -1;
                return (long)e + 1;
            }
        }
    }
    /* "The Honourable Minister commended …": a style between the article
     * and an office is the office's, as a release that introduced "The
     * Honourable Minister of Foreign Affairs …, Name" writes it (session 20) */
    if (det && j + 1 < n &&
        (scm_word_is(t, &w[j], "Honourable") || scm_word_is(t, &w[j], "Honorable") ||
         /* … or abbreviated: "The Hon. Minister" (session 23) */
         scm_word_is(t, &w[j], "Hon") || scm_word_is(t, &w[j], "Hon."))) {
        const char *role0;
        size_t o = j + 1; /* the office */
        if (o + 1 < n && scm_word_punct(&w[o], '.')) o++;
        if (w[o].cap && title_at(c, w, o, n, &role0) > 0) j = o;
    }
    /* "The undersigned Ministers welcome …": the signatories, the group
     * as any other (session 24) */
    if (det && j + 1 < n && scm_word_is(t, &w[j], "undersigned") && w[j + 1].cap)
        j++;
    /* "The Honourable Ministers took note …": a style before the group
     * word (session 25) */
    if (det && j + 1 < n && (scm_word_is(t, &w[j], "Honourable") ||
                             scm_word_is(t, &w[j], "Honorable")) &&
        w[j + 1].cap && t[w[j + 1].stop - 1] == 's')
        j++;
    /* "The senior officials", "The lead negotiators": a rank before the
     * group word (session 24) */
    if (det && j + 1 < n &&
        ((scm_word_is(t, &w[j], "senior") && (scm_word_is(t, &w[j + 1], "officials") ||
                                               /* "The two senior diplomats"
                                                * (session 25) */
                                               scm_word_is(t, &w[j + 1], "diplomats"))) ||
         (scm_word_is(t, &w[j], "lead") && scm_word_is(t, &w[j + 1], "negotiators"))))
        j++;
    /* "the other two Ministers": the whole group here, less the speakers
     * of the clause before (emit_act_at); the count is theirs */
    if (det && j + 1 < n && scm_word_is(t, &w[j], "other")) {
        j++;
        if (IN(c, &w[j], L_NUMERALS) && j + 1 < n) j++;
    }
    /* "Ministers O'Donoghue and Lachance-Ouellet emphasized …",
     * "Presidents Kim and Lee": a plural office, then two family names
     * or more of the people (session 24) */
    /* (also with the portfolio before it: "Foreign Ministers Ozola and
     * Vasconcelos reaffirmed …", "Prime Ministers A and B"; session 42) */
    size_t plw = j;
    if (!det && j + 4 < n && w[j].kind == SCM_W_WORD && w[j].cap && w[j].lower &&
        t[w[j].stop - 1] != 's' && w[j + 1].kind == SCM_W_WORD && w[j + 1].cap &&
        t[w[j + 1].stop - 1] == 's')
        plw = j + 1;
    if (!det && plw + 3 < n && w[plw].cap && t[w[plw].stop - 1] == 's') {
        char sing[64];
        int found = 0;
        if (plw > j && singular(t + w[j].start, w[plw].stop - w[j].start, sing, sizeof sing))
            scm_phrase_lookup(&c->title, sing, strlen(sing), &found);
        if (!found && singular(t + w[plw].start, w[plw].stop - w[plw].start, sing, sizeof sing))
            scm_phrase_lookup(&c->title, sing, strlen(sing), &found);
        if (found) {
            size_t q2 = plw + 1, from = a->n, last = plw + 1;
            int got = 0;
            for (;;) {
                size_t e = q2;
                int32_t who = family_at(c, w, &e, n);
                if (who < 0) {
                    q2 = last; /* (not past a separator no name follows) */
                    break;
                }
                if (add_role_actor(c, a, c->x->people.items[who].role
                                             ? c->x->people.items[who].role
                                             : "",
                                   who) != 0)
                    return -1;
                got++;
                q2 = last = e;
                if (q2 + 1 < n && (scm_word_punct(&w[q2], ',') || scm_word_is(t, &w[q2], "and"))) {
                    q2++;
                    if (q2 + 1 < n && scm_word_is(t, &w[q2], "and")) q2++;
                    continue;
                }
                break;
            }
            if (got >= 2) return (long)q2;
            for (size_t q = from; q < a->n; q++) free(a->names[q]);
            a->n = from;
        }
    }
    /* "His Norwegian host underlined …": the principal of that party
     * (session 25) */
    /* (also "Their Barbadian colleague emphasised …"; session 31) */
    if (j + 2 < n && (scm_word_ieq(t, &w[j], "his") || scm_word_ieq(t, &w[j], "her") ||
                      scm_word_ieq(t, &w[j], "their")) &&
        w[j + 1].cap && !(j > 0 && scm_word_is(t, &w[j - 1], "and"))) {
        const char *pcls = NULL;
        long pk = party_at(c, w, j + 1, n, &pcls);
        size_t e = j + 1 + (pk > 0 ? (size_t)pk : 0);
        if (pk < 0) return -1;
        if (pk > 0 && pcls && e + 1 < n && lower_word(t, &w[e + 1]) &&
            (scm_word_is(t, &w[e], "host") || scm_word_is(t, &w[e], "guest") ||
             scm_word_is(t, &w[e], "colleague") || scm_word_is(t, &w[e], "counterpart"))) {
            int32_t pick = -1;
            /* (the first principal of that party, else its first
             * person with an office: the host is introduced first) */
            for (int any = 0; any < 2 && pick < 0; any++)
                for (size_t q = 0; q < c->x->people.len && pick < 0; q++) {
                    const scm_person *p = &c->x->people.items[q];
                    if (p->role && (any || principal(c, p)) && p->party &&
                        strcmp(p->party, pcls) == 0)
                        pick = (int32_t)q;
                }
            if (pick >= 0) {
                if (add_role_actor(c, a, c->x->people.items[pick].role, pick) != 0)
                    return -1;
                return (long)e + 1;
            }
        }
    }
    /* "His host reaffirmed …", "Her guest thanked …": the first
     * principal who is not the one person the act before named, or the
     * first person with an office (session 24) */
    if (j + 1 < n && (scm_word_ieq(t, &w[j], "his") || scm_word_ieq(t, &w[j], "her")) &&
        (scm_word_is(t, &w[j + 1], "host") || scm_word_is(t, &w[j + 1], "guest") ||
         /* "… welcomed his homologue. His homologue expressed …" (session 25) */
         scm_word_is(t, &w[j + 1], "homologue") || scm_word_is(t, &w[j + 1], "counterpart")) &&
        /* ("X and her host": the counterpart rule below) */
        !(j > 0 && scm_word_is(t, &w[j - 1], "and")) && c->x->acts.len) {
        const scm_act *prev = &c->x->acts.items[c->x->acts.len - 1];
        int32_t before = prev->persons.len == 1 ? prev->persons.items[0] : -1;
        int32_t pick = -1, first = -1;
        for (size_t q = 0; before >= 0 && pick < 0 && q < c->x->people.len; q++) {
            const scm_person *p = &c->x->people.items[q];
            if ((int32_t)q == before || !p->role) continue;
            if (first < 0) first = (int32_t)q;
            if (principal(c, p)) pick = (int32_t)q;
        }
        if (pick < 0) pick = first;
        if (pick >= 0) {
            if (add_role_actor(c, a, c->x->people.items[pick].role, pick) != 0)
                return -1;
            return (long)j + 2;
        }
    }
    /* "Minister Mutua and his Ugandan counterpart agreed …": the
     * principal of that party, or the one principal not named before it
     * in the subject (session 18) */
    if (j + 1 < n && (scm_word_ieq(t, &w[j], "his") || scm_word_ieq(t, &w[j], "her"))) {
        const char *pcls = NULL;
        long pk = w[j + 1].cap ? party_at(c, w, j + 1, n, &pcls) : 0;
        size_t e = j + 1 + (pk > 0 ? (size_t)pk : 0);
        if (pk < 0) return -1;
        /* (also "Foreign Minister Huarcaya and her host"; session 24) */
        /* "Her Spanish opposite number reaffirmed …": a counterpart
         * (session 25) */
        int opposite = e + 1 < n && scm_word_is(t, &w[e], "opposite") &&
                       scm_word_is(t, &w[e + 1], "number");
        if (opposite) e++;
        if (e < n && (scm_word_is(t, &w[e], "counterpart") || opposite ||
                      /* "Prime Minister Schaack and his Rwandan
                       * interlocutor" (session 30) */
                      (j > 0 && scm_word_is(t, &w[j - 1], "and") &&
                       scm_word_is(t, &w[e], "interlocutor")) ||
                      /* "Minister Falcão and his French colleague" (session 25) */
                      (j > 0 && scm_word_is(t, &w[j - 1], "and") &&
                       scm_word_is(t, &w[e], "colleague")) ||
                      /* "His homologue expressed appreciation …" (session 25) */
                      scm_word_is(t, &w[e], "homologue") ||
                      (pk == 0 && j > 0 && scm_word_is(t, &w[j - 1], "and") &&
                       (scm_word_is(t, &w[e], "host") || scm_word_is(t, &w[e], "guest"))))) {
            int32_t pick = -1;
            int many = 0;
            /* "Minister El Khazen and his Kuwaiti counterpart": the one of
             * that party who holds the role of the person before, though
             * a leader of that party is a principal too (session 30) */
            int32_t own = a->n > 0 ? a->persons[a->n - 1] : -1;
            const char *own_role = own >= 0 ? c->x->people.items[own].role : NULL;
            if (own_role && pk > 0 && pcls &&
                (scm_word_is(t, &w[e], "counterpart") || opposite ||
                 scm_word_is(t, &w[e], "interlocutor") ||
                 scm_word_is(t, &w[e], "homologue"))) {
                for (size_t q = 0; q < c->x->people.len; q++) {
                    const scm_person *p = &c->x->people.items[q];
                    if ((int32_t)q == own || !p->role || strcmp(p->role, own_role) != 0 ||
                        !p->party || strcmp(p->party, pcls) != 0)
                        continue;
                    if (pick >= 0) many = 1;
                    else pick = (int32_t)q;
                }
                if (many) pick = -1, many = 0;
            }
            for (size_t q = 0; pick < 0 && q < c->x->people.len; q++) {
                const scm_person *p = &c->x->people.items[q];
                if (!p->role || !principal(c, p) || named_before(a, a->n, (int32_t)q))
                    continue;
                if (pk > 0 && !(p->party && pcls && strcmp(p->party, pcls) == 0)) continue;
                if (pick >= 0) many = 1;
                else pick = (int32_t)q;
            }
            /* (a host of several principals: the one person the act
             * before named, if the subject names someone else) */
            if ((pick < 0 || many) && !scm_word_is(t, &w[e], "counterpart") &&
                !scm_word_is(t, &w[e], "interlocutor") && !opposite &&
                c->x->acts.len) {
                const scm_act *prev = &c->x->acts.items[c->x->acts.len - 1];
                if (prev->persons.len == 1 && prev->persons.items[0] >= 0 &&
                    !named_before(a, a->n, prev->persons.items[0]) &&
                    c->x->people.items[prev->persons.items[0]].role) {
                    pick = prev->persons.items[0];
                    many = 0;
                }
            }
            if (pick >= 0 && !many) {
                if (add_role_actor(c, a, c->x->people.items[pick].role, pick) != 0)
                    return -1;
                return (long)e + 1;
            }
        }
    }
    /* "President Cassoma and his host", "The Malagasy Head of State and
     * his guest": the first principal not already named in the subject
     * (session 27) */
    /* (also with the guest's party: "The Hungarian President and his
     * Ghanaian guest welcomed …"; session 28) */
    size_t hg = j + 1;
    const char *hg_cls = NULL;
    if (j + 2 < n && a->n > 0 &&
        (scm_word_is(t, &w[j], "his") || scm_word_is(t, &w[j], "her")) && w[j + 1].cap) {
        long pk = party_at(c, w, j + 1, n, &hg_cls);
        if (pk < 0) return -1;
        if (pk > 0) hg = j + 1 + (size_t)pk;
    }
    if (hg < n && a->n > 0 &&
        (scm_word_is(t, &w[j], "his") || scm_word_is(t, &w[j], "her")) &&
        (scm_word_is(t, &w[hg], "host") || scm_word_is(t, &w[hg], "guest"))) {
        for (size_t q = 0; q < c->x->people.len; q++) {
            const scm_person *p = &c->x->people.items[q];
            int named = 0;
            if (!p->role || !principal(c, p)) continue;
            if (hg > j + 1 && hg_cls && p->party && strcmp(p->party, hg_cls) != 0) continue;
            for (size_t r = 0; r < a->n && !named; r++) named = a->persons[r] == (int32_t)q;
            if (named) continue;
            if (add_role_actor(c, a, p->role, (int32_t)q) != 0) return -1;
            return (long)hg + 1;
        }
    }
    /* "his counterparts": the principals, less him (emit_act_at); (also
     * "her two counterparts"; session 30) */
    size_t cp = j + 1 + (j + 2 < n && j > 0 && scm_word_is(t, &w[j - 1], "and") &&
                         IN(c, &w[j + 1], L_NUMERALS)
                             ? 1
                             : 0);
    if (cp < n && scm_word_is(t, &w[cp], "counterparts") &&
        (scm_word_ieq(t, &w[j], "his") || scm_word_ieq(t, &w[j], "her") ||
         scm_word_ieq(t, &w[j], "their"))) {
        int added = 0;
        if (expand_counted(c, a, a->n, c->principals, &added) != 0) return -1;
        if (!added && actors_add(a, "Counterparts", 12, -1) != 0) return -1;
        return (long)cp + 1;
    }
    if (j < n && IN(c, &w[j], L_NUMERALS)) {
        num = 1;
        j++;
        /* "The two brother Presidents", "the two sister Republics": the
         * kinship word of African and Arab usage (session 26) */
        if (j + 1 < n && (scm_word_is(t, &w[j], "brother") || scm_word_is(t, &w[j], "sister")))
            j++;
        /* "The two Japanese Ministers recalled …" of a Japanese delegation
         * of two Ministers: that party's holders, when as many as counted
         * (session 31) */
        if (j + 2 < n && w[j].cap) {
            long e = counted_party_holders(c, w, j, n, a, numeral_value(t, &w[j - 1]));
            if (e != 0) return e;
        }
        /* "The two justice Ministers" of three: the Ministers whose
         * titles name the portfolio ("Minister of Justice", "Minister of
         * Justice and Public Security"), when as many as counted
         * (session 28) */
        if (j + 1 < n && lower_word(t, &w[j]) && w[j].stop - w[j].start >= 4 &&
            w[j].stop - w[j].start < 32 && scm_word_is(t, &w[j + 1], "Ministers")) {
            char word[32];
            size_t wl = w[j].stop - w[j].start, from = a->n;
            int held = 0, count = numeral_value(t, &w[j - 1]);
            memcpy(word, t + w[j].start, wl);
            word[wl] = '\0';
            if (scm_ascii_is_lower((unsigned char)word[0])) word[0] = (char)(word[0] - 32);
            for (size_t q = 0; q < c->x->people.len; q++) {
                const scm_person *p = &c->x->people.items[q];
                const char *in = p->title ? strstr(p->title, word) : NULL;
                if (!p->role || strcmp(p->role, "Minister") != 0 || !in ||
                    (in[wl] && in[wl] != ' ' && in[wl] != ','))
                    continue;
                if (add_role_actor(c, a, p->role, (int32_t)q) != 0) return -1;
                held++;
            }
            if (held >= 2 && held == count) return (long)j + 2;
            for (size_t q = from; q < a->n; q++) free(a->names[q]);
            a->n = from;
        }
        /* "the three island states", "the two neighbouring countries" */
        if (j + 1 < n && lower_word(t, &w[j]) &&
            (IN(c, &w[j + 1], L_GROUP_PREVIOUS) ||
             scm_word_is(t, &w[j + 1], "states") ||
             /* "The three island States" (session 25) */
             scm_word_is(t, &w[j + 1], "States") ||
             scm_word_is(t, &w[j + 1], "governments")))
            j++;
        /* "The two island Ministers": a word in lower case before the
         * plural of an office as many people hold as counted (not "the
         * two visiting Ministers" of three; session 27) */
        else if (j + 1 < n && lower_word(t, &w[j]) && w[j + 1].kind == SCM_W_WORD &&
                 w[j + 1].cap &&
                 role_holders(c, t, &w[j + 1]) == numeral_value(t, &w[j - 1]))
            j++;
        /* "The two Foreign Ministries": a ministry's field before them
         * (session 25) */
        else if (j + 1 < n && w[j].kind == SCM_W_WORD && w[j].cap &&
                 scm_word_ieq(t, &w[j + 1], "ministries"))
            j++;
        /* "The two senior diplomats", "Both senior officials": the rank
         * before the group word (session 25) */
        else if (j + 1 < n && scm_word_is(t, &w[j], "senior") &&
                 (scm_word_is(t, &w[j + 1], "officials") ||
                  scm_word_is(t, &w[j + 1], "diplomats")))
            j++;
        /* "The two general officers" of two generals (session 28) */
        else if (j + 1 < n && (scm_word_is(t, &w[j], "general") || scm_word_is(t, &w[j], "senior")) &&
                 scm_word_is(t, &w[j + 1], "officers"))
            j++;
        /* "The two Presiding Officers" of two parliaments' chairs (session
         * 33) */
        else if (j + 2 < n && scm_word_is(t, &w[j], "Presiding") && scm_word_is(t, &w[j + 1], "Officers"))
            j++;
        /* "The two Army leaders", "the two Navy chiefs": a service
         * before the group word, no party (session 25) */
        else if (j + 1 < n && w[j].kind == SCM_W_WORD && w[j].cap &&
                 (scm_word_is(t, &w[j], "Army") || scm_word_is(t, &w[j], "Navy") ||
                  scm_word_is(t, &w[j], "Marine") || scm_word_is(t, &w[j], "Coast") ||
                  scm_word_is(t, &w[j], "Police") || scm_word_is(t, &w[j], "Defence") ||
                  scm_word_is(t, &w[j], "Defense")) &&
                 (scm_word_is(t, &w[j + 1], "leaders") || scm_word_is(t, &w[j + 1], "chiefs")))
            j++;
    }
    if (j >= n) return 0;
    /* (the chairs of houses among the people, when the principals hold
     * others too: "the Speaker … and Hon. A, Chairperson of the Budget
     * Committee" / "The two Presiding Officers"; session 40) */
    /* (also "The Heads of the two Houses", "the heads of both
     * Chambers"; session 40) */
    if (det && j + 5 < n && scm_word_ieq(t, &w[j], "heads") && scm_word_is(t, &w[j + 1], "of") &&
        (scm_word_is(t, &w[j + 2], "the") || scm_word_is(t, &w[j + 2], "both")) &&
        (IN(c, &w[j + 3], L_NUMERALS) || scm_word_is(t, &w[j + 2], "both"))) {
        size_t h = j + 3 + (IN(c, &w[j + 3], L_NUMERALS) ? 1 : 0);
        int want = IN(c, &w[j + 3], L_NUMERALS) ? numeral_value(t, &w[j + 3]) : 2;
        if (h + 1 < n && (scm_word_ieq(t, &w[h], "houses") || scm_word_ieq(t, &w[h], "chambers") ||
                          scm_word_ieq(t, &w[h], "parliaments") ||
                          scm_word_ieq(t, &w[h], "legislatures")) &&
            lower_word(t, &w[h + 1])) {
            int r = add_house_chairs(c, a, want);
            if (r != 0) return r < 0 ? -1 : (long)h + 1;
        }
    }
    /* "The Heads of Parliament agreed …" of two houses' chairs (session
     * 41) */
    if (det && j + 3 < n && scm_word_ieq(t, &w[j], "heads") && scm_word_is(t, &w[j + 1], "of") &&
        (scm_word_is(t, &w[j + 2], "Parliament") || scm_word_is(t, &w[j + 2], "Parliaments") ||
         scm_word_is(t, &w[j + 2], "Legislature")) &&
        lower_word(t, &w[j + 3])) {
        int r = add_house_chairs(c, a, 2);
        if (r != 0) return r < 0 ? -1 : (long)j + 3;
    }
    /* "The two parliamentary leaders", "Both parliamentary leaders" of
     * two houses' chairs (session 41) */
    if ((det || num || (j > 0 && scm_word_ieq(t, &w[j - 1], "both"))) && j + 2 < n &&
        scm_word_is(t, &w[j], "parliamentary") &&
        (scm_word_is(t, &w[j + 1], "leaders") || scm_word_is(t, &w[j + 1], "heads")) &&
        lower_word(t, &w[j + 2])) {
        int r = add_house_chairs(c, a, num ? numeral_value(t, &w[j - 1]) : 2);
        if (r != 0) return r < 0 ? -1 : (long)j + 2;
    }
    {
        /* (j at "Officers" when the group reader stepped over
         * "Presiding") */
        size_t pj = j > 0 && scm_word_is(t, &w[j - 1], "Presiding") && scm_word_is(t, &w[j], "Officers")
                        ? j - 1
                        : j;
        if ((det || num || (pj > 0 && scm_word_ieq(t, &w[pj - 1], "both"))) && pj + 2 < n &&
            scm_word_ieq(t, &w[pj], "presiding") && scm_word_ieq(t, &w[pj + 1], "officers") &&
            lower_word(t, &w[pj + 2])) {
            int r = add_house_chairs(c, a, num && pj > 0 ? numeral_value(t, &w[pj - 1]) : 2);
            if (r != 0) return r < 0 ? -1 : (long)pj + 2;
        }
    }
    /* "The three neighbours", "the three Mediterranean neighbours" of
     * three parties: those parties (session 37) */
    if (num && c->ndoc_parties >= 2 && numeral_value(t, &w[j - 1]) == (int)c->ndoc_parties) {
        size_t g = j + (j + 1 < n && w[j].kind == SCM_W_WORD && w[j].cap ? 1 : 0);
        if (g + 1 < n && (scm_word_is(t, &w[g], "neighbours") || scm_word_is(t, &w[g], "neighbors")) &&
            lower_word(t, &w[g + 1])) {
            for (size_t q = 0; q < c->ndoc_parties; q++)
                if (actors_add(a, c->doc_parties[q], strlen(c->doc_parties[q]), -1) != 0) return -1;
            return (long)g + 1;
        }
    }
    /* "The landlocked partners", "The aquifer-sharing States", "the
     * four sugar-producing countries": a word in small letters that says
     * what the parties share, before their group noun, stands for the
     * document's parties (session 38; counted, the count is theirs).  Not
     * a part of a meeting ("the developing countries", "the observer
     * States", "the acceding States"). */
    if ((det || num) && c->ndoc_parties >= 2 && j + 2 < n && lower_word(t, &w[j]) &&
        !capital_inside(t, &w[j]) && /* (not "The e-PINE partners") */
        (!num || numeral_value(t, &w[j - 1]) == (int)c->ndoc_parties) &&
        scm_word_in(t, &w[j + 1], (const char *const[]){"partners", "countries", "States", "states",
                                                        "nations", NULL}) &&
        lower_word(t, &w[j + 2]) &&
        !scm_word_in(t, &w[j], (const char *const[]){
            "other", "developing", "developed", "donor", "observer", "acceding", "member",
            "participating", "partner", "cooperating", "regional", "concerned", "relevant",
            "affected", "least", "many", "several", "some", "all", "both", "these", "those",
            "such", "international", "external", "development", "purchasing", "recipient",
            "non-member", "candidate", "third", "contracting", "signatory", NULL})) {
        for (size_t q = 0; q < c->ndoc_parties; q++)
            if (actors_add(a, c->doc_parties[q], strlen(c->doc_parties[q]), -1) != 0) return -1;
        return (long)j + 2;
    }
    /* "The HODs reaffirmed …" after "the heads of delegation (HODs)":
     * the short form the text gives them stands for them, read as "the
     * heads of delegation" are (session 29) */
    if ((det || num) && j + 1 < n && w[j].kind == SCM_W_WORD && w[j].cap &&
        scm_ascii_is_upper((unsigned char)t[w[j].start + 1]) &&
        lower_word(t, &w[j + 1]) && w[j].stop - w[j].start >= 3 && w[j].stop - w[j].start <= 6 &&
        t[w[j].stop - 1] == 's' && heads_short_form(c, &w[j])) {
        size_t from = a->n;
        /* (who headed the delegations first, as the text says it) */
        int led = delegation_heads(c, a);
        if (led == 0) led = delegation_leaders(c, a);
        if (led == 0) led = heads_of_delegation(c, a);
        if (led < 0) return -1;
        if (led >= 2 && (!num || led == numeral_value(t, &w[j - 1]))) return (long)j + 1;
        for (size_t q = from; q < a->n; q++) free(a->names[q]);
        a->n = from;
    }
    /* "The French Presidency announced …", "the Austrian Chairmanship":
     * a rotating office held by a state speaks for it (session 29) */
    if (det && !num && jk > 0 && jcls && *jcls && j + (size_t)jk + 1 < n &&
        (scm_word_is(t, &w[j + (size_t)jk], "Presidency") ||
         scm_word_is(t, &w[j + (size_t)jk], "Chairmanship")) &&
        lower_word(t, &w[j + (size_t)jk + 1]))
        return actors_add(a, jcls, strlen(jcls), -1) ? -1 : (long)(j + (size_t)jk + 1);
    /* "The Caribbean partners welcomed …" (of the United States and its
     * Caribbean partners), "the African members": a region's word before
     * "partners" or "members", no party: a part of the meeting as one
     * group, as written ("The Mekong countries", "the Benelux countries"
     * are the meeting's states, read below; session 29) */
    if (det && !num && jk <= 0 && j + 2 < n && w[j].kind == SCM_W_WORD && w[j].cap && w[j].lower &&
        (scm_word_is(t, &w[j + 1], "partners") || scm_word_is(t, &w[j + 1], "members")) &&
        lower_word(t, &w[j + 2]) && !scm_word_is(t, &w[j], "Member") &&
        !scm_lexicon_has(c->lex, SCM_LEX_TITLE, t + w[j].start, w[j].stop - w[j].start) &&
        !scm_lexicon_has(c->lex, SCM_LEX_SPEAKER_BODY, t + w[j].start, w[j].stop - w[j].start)) {
        long pk = party_at(c, w, j, n, &cls);
        if (pk < 0) return -1;
        if (pk == 0)
            return actors_add(a, t + w[j].start, w[j + 1].stop - w[j].start, -1) ? -1 : (long)j + 2;
    }
    /* "The Nordic Ministers welcomed …", "the Baltic Ministers": the
     * Ministers of the region's states (session 28); also counted, "The
     * two Andean Ministers", and "The Ministers of the two Arab States",
     * "… of the three Caribbean island States" (session 31) */
    if (det && j + 2 < n) {
        size_t rw = j, re, e = 0;
        int count = num ? numeral_value(t, &w[j - 1]) : 0, heads = 0;
        /* the region named at j, one word or two; re the word after it */
        const char *const *region = region_at(t, w, j, n, &re);
        if (scm_word_is(t, &w[j], "Ministers") && j + 5 < n && scm_word_is(t, &w[j + 1], "of") &&
            scm_word_is(t, &w[j + 2], "the") && !num && IN(c, &w[j + 3], L_NUMERALS)) {
            /* "The Ministers of the two Arab States" */
            count = numeral_value(t, &w[j + 3]);
            rw = j + 4;
            e = rw + 1;
            if (e < n && scm_word_is(t, &w[e], "island")) e++;
            if (!(e < n && (scm_word_is(t, &w[e], "States") || scm_word_is(t, &w[e], "states") ||
                            scm_word_is(t, &w[e], "countries") || scm_word_is(t, &w[e], "nations"))))
                e = 0;
            else
                e++;
        } else if (region && re < n && scm_word_is(t, &w[re], "Ministers")) {
            e = re + 1; /* (a region of two words: "The Central Asian Ministers"; session 44) */
        } else if (region && re + 1 < n && scm_word_is(t, &w[re], "Prime") &&
                   scm_word_is(t, &w[re + 1], "Ministers")) {
            e = re + 2; /* "The five Nordic Prime Ministers" (session 33) */
        } else if (region && re < n && scm_word_is(t, &w[re], "Presidents")) {
            e = re + 1, heads = 1; /* "The Central Asian Presidents" (session 44) */
        } else if (region && re + 3 < n && scm_word_is(t, &w[re], "Heads") &&
                   scm_word_is(t, &w[re + 1], "of") &&
                   (scm_word_is(t, &w[re + 2], "State") || scm_word_is(t, &w[re + 2], "Government"))) {
            e = re + 3, heads = 1; /* "The Central Asian Heads of State" (session 33) */
        }
        const char *const *states = !(e && e < n && lower_word(t, &w[e])) ? NULL
                                    : rw == j ? region
                                              : region_at(t, w, rw, n, &re);
        /* "The Nordic countries welcomed …", "Germany and the Central
         * Asian States", "The Central Asian side": the region's states,
         * when the document's people come from all of them (session 33) */
        if (!e && !num) {
            size_t r2;
            const char *const *members = region_at(t, w, j, n, &r2);
            if (members && r2 + 1 < n &&
                (scm_word_ieq(t, &w[r2], "countries") || scm_word_ieq(t, &w[r2], "states") ||
                 scm_word_is(t, &w[r2], "nations") || scm_word_is(t, &w[r2], "side")) &&
                (lower_word(t, &w[r2 + 1]) || scm_word_punct(&w[r2 + 1], ','))) {
                /* (only when every state of the region is at the table:
                 * "the Central Asian States" of a summit with two of them
                 * named is the group as the text names it) */
                size_t from = a->n, all = 0, m;
                for (m = 0; members[m]; m++) {
                    int seen = 0;
                    for (size_t q = 0; q < c->x->people.len && !seen; q++)
                        seen = c->x->people.items[q].party &&
                               strcmp(c->x->people.items[q].party, members[m]) == 0;
                    all += (size_t)seen;
                    if (seen && actors_add(a, members[m], strlen(members[m]), -1) != 0) return -1;
                }
                if (all == m && a->n - from >= 2) return (long)r2 + 1;
                for (size_t q = from; q < a->n; q++) free(a->names[q]);
                a->n = from;
            }
        }
        if (states) {
            size_t from = a->n;
            for (size_t q = 0; q < c->x->people.len; q++) {
                const scm_person *p = &c->x->people.items[q];
                if (!p->role || !p->party ||
                    !(heads ? scm_bytes_in(p->role, strlen(p->role), scm_leader_roles) != 0
                            : strstr(p->role, "Minister") != NULL) ||
                    !principal(c, p) || !scm_bytes_in(p->party, strlen(p->party), states))
                    continue;
                if (add_role_actor(c, a, p->role, (int32_t)q) != 0) return -1;
            }
            if (a->n - from >= 2 && (!count || a->n - from == (size_t)count)) return (long)e;
            for (size_t q = from; q < a->n; q++) free(a->names[q]);
            a->n = from;
            /* (heads the text does not name: the region's states its
             * opening names, "The Central Asian Heads of State" of a
             * summit that lists the five; session 44) */
            if (heads && !count) {
                if (opening_region_states(c, states, a) < 0) return -1;
                if (a->n - from >= 2) return (long)e;
                for (size_t q = from; q < a->n; q++) free(a->names[q]);
                a->n = from;
            }
        }
    }
    /* "The Committee co-chairs noted …": the co-chairs (session 28) */
    if (det && !num && j + 1 < n && scm_word_ieq(t, &w[j + 1], "co-chairs") &&
        (scm_word_is(t, &w[j], "Committee") || scm_word_is(t, &w[j], "Commission") ||
         scm_word_is(t, &w[j], "Council") || scm_word_is(t, &w[j], "Board") ||
         scm_word_is(t, &w[j], "Group") || scm_word_is(t, &w[j], "Dialogue")))
        j++;
    /* "Both Foreign Ministries reaffirmed …", "The Foreign Ministries":
     * a portfolio before the ministries without a count (with one, read
     * above; session 29) */
    if (det && !num && j + 1 < n && w[j].cap && scm_word_ieq(t, &w[j + 1], "ministries") &&
        scm_word_in(t, &w[j], (const char *const[]){"Foreign", "Defence", "Defense", "Finance", "Interior",
                                                    "Trade", "Economy", "Health", "Justice", NULL}))
        j++;
    /* (and in small letters, counted: "The two defence ministries";
     * session 33) */
    else if (num && j + 1 < n && scm_word_ieq(t, &w[j + 1], "ministries") &&
             scm_word_in(t, &w[j], (const char *const[]){"foreign", "defence", "defense", "finance",
                                                         "interior", "trade", "health", "justice", NULL}))
        j++;
    /* "The partner administrations endorsed …" of a partnership of
     * states' administrations: its states (session 44) */
    if (det && !num && j + 2 < n && scm_word_is(t, &w[j], "partner") &&
        scm_word_is(t, &w[j + 1], "administrations") && lower_word(t, &w[j + 2]) &&
        c->ndoc_parties >= 2 && (!c->many_members || c->listed_members)) {
        for (size_t q = 0; q < c->ndoc_parties; q++)
            if (actors_add(a, c->doc_parties[q], strlen(c->doc_parties[q]), -1) != 0) return -1;
        return (long)j + 2;
    }
    /* "The partner nations endorsed …": the parties (session 25) */
    if (det && !num && j + 1 < n && scm_word_is(t, &w[j], "partner") &&
        (scm_word_is(t, &w[j + 1], "nations") || scm_word_is(t, &w[j + 1], "countries")))
        j++;
    /* "The member governments reaffirmed …", "The participating
     * governments", "The signatory governments" of a coalition: the
     * governments its opening lists, else the group as written (session
     * 37) */
    else if (det && !num && j + 2 < n &&
             (scm_word_ieq(t, &w[j + 1], "governments") ||
              /* (and "The participating jurisdictions" of a coalition of
               * states and regions; session 38) */
              scm_word_is(t, &w[j + 1], "jurisdictions")) &&
             /* (also capitalised, "The Adhering Governments" of an
              * alliance's statement; not the Nuclear Suppliers Group's
              * "Participating Governments", read as its group; session 44) */
             scm_word_in(t, &w[j], (const char *const[]){"member", "participating", "signatory",
                                                         "partner", "adhering", "Member",
                                                         "Signatory", "Partner", "Adhering",
                                                         NULL})) {
        if (!c->listed_members)
            return actors_add(a, t + w[j].start, w[j + 1].stop - w[j].start, -1) ? -1 : (long)j + 2;
        j++;
    }
    /* "The four maritime heads", "The two service chiefs": the field of
     * the heads before them (session 29) */
    if ((det || num) && j + 2 < n &&
        (scm_word_is(t, &w[j + 1], "heads") || scm_word_is(t, &w[j + 1], "chiefs")) &&
        scm_word_in(t, &w[j], (const char *const[]){"maritime", "service", "space", "security",
                                                    /* "The two immigration chiefs" (session 30) */
                                                    "immigration", "border", "intelligence",
                                                    /* "The three science chiefs" (session 31) */
                                                    "science",
                                                    NULL}))
        j++;
    /* "The two customs heads" (session 31; "customs chiefs" was tried in
     * session 30 and cost more than it gained) */
    else if ((det || num) && j + 2 < n && scm_word_is(t, &w[j + 1], "heads") &&
             scm_word_is(t, &w[j], "customs"))
        j++;
    /* "The national leads agreed …", "the three project leads": the
     * leads of a programme's parts, its principals (session 28) */
    if ((det || num) && j + 1 < n && scm_word_is(t, &w[j + 1], "leads") &&
        (scm_word_is(t, &w[j], "national") || scm_word_is(t, &w[j], "programme") ||
         scm_word_is(t, &w[j], "program") || scm_word_is(t, &w[j], "project") ||
         scm_word_is(t, &w[j], "technical") || scm_word_is(t, &w[j], "workstream") ||
         scm_word_is(t, &w[j], "pillar")))
        j++;
    /* "The three delegation heads reaffirmed …": the heads of
     * delegation, as many as counted (session 25) */
    if (num && j + 1 < n && scm_word_ieq(t, &w[j], "delegation") &&
        scm_word_ieq(t, &w[j + 1], "heads")) {
        size_t from = a->n;
        int count = numeral_value(t, &w[j - 1]), added = 0;
        int led = delegation_heads(c, a);
        if (led == 0) led = delegation_leaders(c, a);
        if (led < 0) return -1;
        if (led >= 2 && led == count) return (long)j + 2;
        for (size_t q = from; q < a->n; q++) free(a->names[q]);
        a->n = from;
        /* (else the principals, as many: "Representing Australia was
         * …; representing the United Kingdom, …") */
        if (count >= 2 && expand_counted(c, a, from, count, &added) != 0) return -1;
        if (added == count && count >= 2) return (long)j + 2;
        for (size_t q = from; q < a->n; q++) free(a->names[q]);
        a->n = from;
    }
    /* "The two military leaders" of two generals: "The two leaders"
     * (session 31) */
    /* (also "The two defense officials"; session 31) */
    if (num && j + 2 < n &&
        ((scm_word_is(t, &w[j], "military") && scm_word_is(t, &w[j + 1], "leaders")) ||
         ((scm_word_is(t, &w[j], "defense") || scm_word_is(t, &w[j], "defence") ||
           scm_word_is(t, &w[j], "military") || scm_word_is(t, &w[j], "security")) &&
          scm_word_is(t, &w[j + 1], "officials"))) &&
        lower_word(t, &w[j + 2])) {
        int count = numeral_value(t, &w[j - 1]), added = 0;
        size_t from = a->n;
        if (count >= 2 && expand_counted(c, a, from, count, &added) != 0) return -1;
        if (count >= 2 && added == count) return (long)j + 2;
        for (size_t q = from; q < a->n; q++) free(a->names[q]);
        a->n = from;
    }
    /* "the three foreign ministers", "the two defence ministers": a
     * portfolio before a title's plural in lower case */
    /* (and "The legal advisers", no count, for the principals;
     * session 27) */
    portfolio = (num || (det && c->principals >= 2 && !c->many_members &&
                         !scm_word_is(t, &w[j], "vice"))) &&
                j + 1 < n && lower_portfolio(t, &w[j]) &&
                lower_title_plural(c, t, &w[j + 1]);
    /* "the two prime ministers": a title of two words in lower case, its
     * holders counted by the whole title (session 24) */
    if (num && !portfolio && j + 1 < n &&
        lower_title_plural2(c, t, &w[j], title2, sizeof title2))
        portfolio = 1;
    else
        title2[0] = '\0';
    /* "The heads of the two central banks", "the heads of the three
     * delegations": the heads of delegation, as many as counted
     * (session 21) */
    /* (also "The heads of both governments"; session 24) */
    /* (and "The heads of the negotiating teams" of two parties; session
     * 28) */
    int negotiating = det && !num && j + 4 < n && scm_word_ieq(t, &w[j], "heads") &&
                      scm_word_is(t, &w[j + 1], "of") && scm_word_is(t, &w[j + 2], "the") &&
                      scm_word_is(t, &w[j + 3], "negotiating") &&
                      (scm_word_is(t, &w[j + 4], "teams") || scm_word_is(t, &w[j + 4], "delegations")) &&
                      c->ndoc_parties == 2;
    if (det && !num && scm_word_ieq(t, &w[j], "heads") && j + 4 < n &&
        scm_word_is(t, &w[j + 1], "of") &&
        ((scm_word_is(t, &w[j + 2], "the") && numeral_value(t, &w[j + 3]) >= 2) ||
         scm_word_is(t, &w[j + 2], "both") || negotiating)) {
        int both = scm_word_is(t, &w[j + 2], "both");
        int count = both || negotiating ? 2 : numeral_value(t, &w[j + 3]), led, added = 0;
        size_t e = both || negotiating ? j + 3 : j + 4, end = 0, from = a->n;
        for (; e < n && e < j + 7 && lower_word(t, &w[e]); e++)
            if (t[w[e].stop - 1] == 's') end = e + 1;
        if (end) {
            led = delegation_heads(c, a);
            if (led == 0) led = delegation_leaders(c, a);
            if (led < 0) return -1;
            if (led == count) return (long)end;
            for (size_t q = from; q < a->n; q++) free(a->names[q]);
            a->n = from;
            /* … or the first person of each party, when the principals'
             * parties are as many as counted ("was represented by its
             * Chair, …, and by its Deputy Chair"; session 24) */
            led = party_firsts(c, a, count);
            if (led < 0) return -1;
            if (led == count) return (long)end;
            for (size_t q = from; q < a->n; q++) free(a->names[q]);
            a->n = from;
            if (expand_counted(c, a, from, count, &added) != 0) return -1;
            if (added == count) return (long)end;
            for (size_t q = from; q < a->n; q++) free(a->names[q]);
            a->n = from;
        }
    }
    /* "The Heads of the two SAIs", "The two Heads of Supreme Audit
     * Institutions (SAIs)": counted institutions' heads, the heads of
     * the delegations, when as many (session 41) */
    if (scm_word_ieq(t, &w[j], "heads") && j + 3 < n && scm_word_is(t, &w[j + 1], "of")) {
        size_t q = j + 2, e = 0, r;
        int cnt = num ? numeral_value(t, &w[j - 1]) : 0;
        /* (the two heads of delegation are read below) */
        if (!cnt && scm_word_is(t, &w[q], "both")) {
            cnt = 2;
            q++;
        } else if (!cnt && scm_word_is(t, &w[q], "the") && q + 1 < n && IN(c, &w[q + 1], L_NUMERALS)) {
            cnt = numeral_value(t, &w[q + 1]);
            q += 2;
        } else if (!cnt && det && scm_word_is(t, &w[q], "the") && q + 2 < n &&
                   short_form_plural(t, &w[q + 1]) && lower_word(t, &w[q + 2])) {
            /* (uncounted, a short form's plural: "The Heads of the SAIs"
             * of two audit offices) */
            cnt = -1;
            q++;
        }
        if ((cnt >= 2 || cnt < 0) && q < n && w[q].kind == SCM_W_WORD && w[q].cap) {
            for (r = q; r < n && r < q + 5 && w[r].kind == SCM_W_WORD && w[r].cap; r++)
                ;
            if (t[w[r - 1].stop - 1] == 's') {
                e = r;
                /* (past its short form: "(SAIs)") */
                if (r + 2 < n && scm_word_punct(&w[r], '(') && scm_word_punct(&w[r + 2], ')')) e = r + 3;
            }
        } else if (cnt >= 2 && !num) {
            for (r = q; r + 1 < n && r < q + 3 && lower_word(t, &w[r]); r++)
                if (t[w[r].stop - 1] == 's' && w[r].stop - w[r].start > 3) {
                    e = r + 1;
                    break;
                }
        }
        if (e && e + 1 < n && lower_word(t, &w[e])) {
            size_t from = a->n;
            int led = delegation_heads(c, a);
            if (led == 0) led = heads_of_delegation(c, a);
            if (led < 0) return -1;
            if (led == cnt || (cnt < 0 && led >= 2)) return (long)e;
            for (size_t x = from; x < a->n; x++) free(a->names[x]);
            a->n = from;
        }
    }
    /* "the two heads of delegation", "the Principals" (AUSMIN's word for
     * its ministers): the principals */
    if (((scm_word_ieq(t, &w[j], "heads") && j + 2 < n &&
          scm_word_is(t, &w[j + 1], "of") &&
          (scm_word_ieq(t, &w[j + 2], "delegation") ||
           scm_word_ieq(t, &w[j + 2], "delegations") ||
           /* "The two heads of office" of two statistics offices
            * (session 27) */
           scm_word_is(t, &w[j + 2], "office"))) ||
         /* "Both delegation heads noted …" (session 26) */
         ((det || num) && j + 2 < n && scm_word_ieq(t, &w[j], "delegation") &&
          scm_word_ieq(t, &w[j + 1], "heads") && lower_word(t, &w[j + 2])) ||
         ((det || num) && (scm_word_ieq(t, &w[j], "principals") ||
                           /* "The interlocutors discussed …", "The two
                            * personalities discussed …" (session 17) */
                           interlocutor_word(t, &w[j]) ||
                           /* "The national leads" (session 28) */
                           (scm_word_is(t, &w[j], "leads") && j > 0 &&
                            lower_word(t, &w[j - 1])) ||
                           /* "The four heads reaffirmed …", "The four
                            * maritime heads": the principals, when the
                            * heads are of nothing (session 29) */
                           (scm_word_is(t, &w[j], "heads") && j + 1 < n &&
                            lower_word(t, &w[j + 1]) && !scm_word_is(t, &w[j + 1], "of")))) ||
         /* "The two officials" of a readout: its principals; so are
          * "the three advisors" (a title's plural in lower case) */
         (num && (scm_word_ieq(t, &w[j], "officials") ||
                  scm_word_ieq(t, &w[j], "diplomats") ||
                  /* "The two deputies" of two deputy ministers (session 24) */
                  scm_word_ieq(t, &w[j], "deputies") ||
                  /* "The two officers" of two generals (session 27) */
                  scm_word_ieq(t, &w[j], "officers") ||
                  /* "The two airmen" of two air marshals, "the two
                   * surgeons" of two surgeons general (session 33) */
                  scm_word_ieq(t, &w[j], "airmen") || scm_word_ieq(t, &w[j], "surgeons") ||
                  scm_word_ieq(t, &w[j], "interlocutors") ||
                  lower_title_plural(c, t, &w[j]) || portfolio)) ||
         /* "The commanders expressed concern" (a title's plural in lower
          * case, no count): the principals */
         (det && !num && c->principals >= 2 && !c->many_members &&
          (lower_title_plural(c, t, &w[j]) || portfolio ||
           /* "the officials welcomed …" of senior officials' talks
            * (session 15) */
           scm_word_ieq(t, &w[j], "officials") ||
           scm_word_ieq(t, &w[j], "diplomats")))) &&
        /* unless the text defined them: "(together, “the Principals”)" */
        !(!num && alias_at(c, w, j))) {
        int added = 0, count = num ? numeral_value(t, &w[j - 1]) : 0;
        int heads = (scm_word_ieq(t, &w[j], "heads") &&
                     !(j + 1 < n && lower_word(t, &w[j + 1]) && !scm_word_is(t, &w[j + 1], "of"))) ||
                    scm_word_ieq(t, &w[j], "delegation");
        size_t hend = j + (scm_word_ieq(t, &w[j], "delegation") ? 2 : 3);
        size_t from = a->n;
        /* "the heads of delegation": who led each party's delegation,
         * its first person introduced (not the officers with them) */
        if (heads) {
            int led;
            /* (of a meeting of more states than the text names: the
             * group, as "Heads of Delegation"; session 15) */
            if (c->many_members && !num)
                return actors_add(a, "Heads of Delegation", 19, -1) ? -1 : (long)hend;
            /* "The two heads of delegation": those a sentence says headed
             * the delegations, as many as counted (session 20) */
            led = num ? delegation_heads(c, a) : heads_of_delegation(c, a);
            /* (uncounted too, when no parties tell the heads apart: "The
             * BCG delegation was led by A, …, and the BAKAMLA delegation
             * by B" of two agencies; session 21) */
            if (led == 0) led = delegation_leaders(c, a);
            if (led < 0) return -1;
            if (led >= 2 && (!num || led == count)) return (long)hend;
            for (size_t q = from; q < a->n; q++) free(a->names[q]);
            a->n = from;
        }
        if (!count) count = c->last_counted ? c->last_counted : c->principals;
        /* "the principals" are all of them, even after "the two
         * Secretaries" counted some */
        if (!heads && !num && c->principals > count) count = c->principals;
        /* "The interlocutors": the two who met, host and guest, not those
         * who attended with them */
        /* ("Their Excellencies": all of them; session 28) */
        if (!num && interlocutor_word(t, &w[j]) &&
            !(scm_word_is(t, &w[j], "Excellencies") && scm_word_is(t, &w[j - 1], "Their")))
            count = 2;
        /* "The Principals" of a forum whose chair alone the opening
         * names, or of more members than the text names: the group, not
         * one person (session 19) */
        if (!num && !heads && (count < 2 || c->many_members))
            count = 0;
        /* "The two military chiefs" of two Ministers and two Chiefs of
         * Defence Staff: the holders of the title, when they are as many
         * as the count (session 19) */
        if (num && count >= 2 && !heads) {
            const scm_word *tw = &w[j + (size_t)portfolio];
            char sing[64];
            size_t q;
            int holders = 0;
            if (title2[0]) strcpy(sing, title2);
            if (title2[0] ||
                (lower_title_plural(c, t, tw) &&
                 singular(t + tw->start, tw->stop - tw->start, sing, sizeof sing))) {
                for (q = 0; q < c->x->people.len; q++) {
                    const char *r = c->x->people.items[q].role;
                    holders += r && strcasecmp(r, sing) == 0;
                }
                for (q = 0; holders == count && q < c->x->people.len; q++) {
                    const char *r = c->x->people.items[q].role;
                    if (r && strcasecmp(r, sing) == 0) {
                        if (add_role_actor(c, a, r, (int32_t)q) != 0) return -1;
                        added++;
                    }
                }
                if (added) count = 0;
            }
        }
        if (count && expand_counted(c, a, from, count, &added) != 0) return -1;
        /* "The senior officials" of a meeting a Minister opened: the
         * officials, not the ministers or leaders among the principals,
         * when two or more remain (session 36) */
        if (added >= 3 && j > 0 && scm_word_is(t, &w[j - 1], "senior") &&
            scm_word_is(t, &w[j], "officials"))
            added -= drop_political(c, a, from);
        if (!added && (heads ? actors_add(a, "Heads of Delegation", 19, -1)
                             : actors_add(a, "Principals", 10, -1)) != 0)
            return -1;
        if (!heads) {
            /* "The two chiefs of police decided …": a plural in lower case
             * and its field, "of" and a noun in lower case (session 20) */
            size_t e = j + 1 + (size_t)portfolio;
            if (e + 2 < n && scm_word_is(t, &w[e], "of") && lower_word(t, &w[e + 1]) &&
                !IN(c, &w[e + 1], L_DETERMINERS) && lower_word(t, &w[e + 2]) &&
                lower_title_plural(c, t, &w[j + (size_t)portfolio]))
                return (long)e + 2;
        }
        return heads ? (long)hend : (long)j + 1 + (long)portfolio;
    }
    /* one of two bodies a "(hereinafter …)" named: "Statistics Iceland
     * expressed appreciation …" (session 23) */
    for (size_t b = 0; b < c->nbodies; b++) {
        size_t len = c->alias_bodies[b].stop - c->alias_bodies[b].start, e = j;
        while (e < n && w[e].stop - w[j].start < len) e++;
        if (e < n && w[e].stop - w[j].start == len &&
            memcmp(t + w[j].start, t + c->alias_bodies[b].start, len) == 0) {
            if (actors_add(a, t + w[j].start, len, -1) != 0) return -1;
            return (long)e + 1;
        }
    }
    /* a group defined by "(hereinafter “the Ministers”)" */
    {
        size_t from = a->n;
        int ag = alias_group(c, w, j, a);
        if (ag < 0) return -1;
        if (ag > 0 && (size_t)(a->n - from) >= 2) {
            /* "The Ministers of the Czech Republic, Hungary and
             * Slovakia" of four "Ministers": those of the parties named
             * (session 21) */
            int added = (int)(a->n - from);
            size_t pe = keep_party_list(c, w, j + (size_t)ag, n, a, from, &added);
            if (pe == (size_t)-1) return -1;
            if (pe) return (long)pe;
        }
        if (ag > 0) {
            /* "the two Ministers of Defence": those of the group whose
             * office names Defence */
            if (num && j + 2 < n && scm_word_is(t, &w[j + 1], "of") &&
                w[j + 2].kind == SCM_W_WORD && w[j + 2].cap) {
                int added = (int)(a->n - from);
                keep_titled(c, a, from, t + w[j + 2].start,
                            w[j + 2].stop - w[j + 2].start,
                            numeral_value(t, &w[j - 1]), &added);
            } else if (num && numeral_value(t, &w[j - 1]) > 0 &&
                       numeral_value(t, &w[j - 1]) < (int)(a->n - from)) {
                /* "the two Ministers" of four "Ministers" (two Secretaries
                 * among them): the group's holders of the role, when
                 * there are as many as the count */
                int added = 0;
                size_t q;
                for (q = from; q < a->n; q++) free(a->names[q]);
                a->n = from;
                if (expand_group(c, a, t, &w[j], &added) != 0) return -1;
                if (added != numeral_value(t, &w[j - 1])) {
                    for (q = from; q < a->n; q++) free(a->names[q]);
                    a->n = from;
                    if (alias_group(c, w, j, a) < 0) return -1;
                }
            } else {
                int added = (int)(a->n - from);
                size_t end = 0;
                keep_responsible(c, w, j, n, a, from, &added, &end);
                if (end) return (long)end;
            }
            return (long)skip_of_body(c, w, j + (size_t)ag, n);
        }
    }
    /* "the participating States", "All OSCE participating States": the
     * members of an organisation, one group; (session 15) also the
     * Nuclear Suppliers Group's "Participating Governments", and the
     * short form the text gives them ("PGs stressed …") */
    {
        size_t m = j, gs, ge;
        if (m + 2 < n && w[m].kind == SCM_W_WORD && w[m].cap && !w[m].lower)
            m++; /* the organisation's acronym */
        if (m + 1 < n && scm_word_ieq(t, &w[m], "participating") &&
            (scm_word_is(t, &w[m + 1], "States") ||
             scm_word_is(t, &w[m + 1], "Governments"))) {
            if (actors_add(a, t + w[m].start, w[m + 1].stop - w[m].start, -1))
                return -1;
            /* and its short form: "The Participating Governments (PGs)" */
            if (m + 4 < n && scm_word_punct(&w[m + 2], '(') &&
                w[m + 3].kind == SCM_W_WORD && scm_word_punct(&w[m + 4], ')'))
                return (long)m + 5;
            return (long)m + 2;
        }
        /* "the two Commissions", "Both central banks" (session 15) */
        if (num) {
            int cnt = numeral_value(t, &w[j - 1]), r;
            size_t noun = j;
            if (j + 1 < n && lower_word(t, &w[j]) && !institutions_named(c, &w[j]))
                noun = j + 1; /* "central banks", "coast guards" */
            /* (or two words: "The two supreme audit institutions";
             * session 43) */
            if (noun == j + 1 && j + 2 < n && lower_word(t, &w[j + 1]) &&
                scm_word_in(t, &w[j + 2], counted_bodies) && !institutions_named(c, &w[j + 1]))
                noun = j + 2;
            if ((r = counted_institutions(c, a, &w[noun], cnt)) < 0) return -1;
            if (r) return (long)plural_short_after(t, w, noun + 1, n);
            /* "The four agencies reviewed …", "The two aeronautical
             * authorities": the states, when as many as counted and no
             * short forms of the bodies read them (session 35) */
            {
                size_t b = scm_word_in(t, &w[j], counted_bodies) ? j : noun;
                size_t e = plural_short_after(t, w, b + 1, n);
                int body = scm_word_in(t, &w[b], counted_bodies), by_short = 0;
                /* or by their short form, "The two SAIs agreed": the bodies
                 * as their plural long form would read them, else the
                 * states (session 44) */
                scm_word head;
                if (!body && b == j && e < n && lower_word(t, &w[e])) {
                    if ((by_short = short_form_head(c, &w[j], &head)) < 0) return -1;
                    body = by_short = by_short && head_in(t, &head, counted_body_heads);
                }
                if (by_short && t[head.stop - 1] == 's') {
                    if ((r = counted_institutions(c, a, &head, cnt)) < 0) return -1;
                    if (r) return (long)e;
                }
                if (e < n && cnt >= 2 && (size_t)cnt == c->ndoc_parties && !c->many_members &&
                    lower_word(t, &w[e]) && body) {
                    for (size_t q = 0; q < c->ndoc_parties; q++)
                        if (actors_add(a, c->doc_parties[q], strlen(c->doc_parties[q]), -1) != 0)
                            return -1;
                    return (long)e;
                }
            }
        }
        if (j + 1 < n && lower_word(t, &w[j + 1]) &&
            members_short_form(c, &w[j], &gs, &ge)) {
            if (actors_add(a, t + gs, ge - gs, -1)) return -1;
            return (long)j + 1;
        }
        /* "The CDF stressed …", "The CEC described …": the short form a
         * person's title gives the office ("Chief of Defence Forces (CDF)
         * of …") is that person (session 35) */
        if (!num && j + 1 < n && all_caps_word(t, &w[j], 2) &&
            (lower_word(t, &w[j + 1]) || scm_word_is(t, &w[j + 1], "and"))) {
            long q = office_holder(c, t + w[j].start, w[j].stop - w[j].start), at;
            if (q < 0 && (at = short_definition(c, &w[j])) != 0) {
                if (at < 0) return -1;
                q = role_before_short(c, (scm_off)at, w[j].stop - w[j].start);
            }
            if (q >= 0) {
                if (add_role_actor(c, a, c->x->people.items[q].role, (int32_t)q) != 0) return -1;
                return (long)j + 1;
            }
        }
        /* "The AFP and the PNTL discussed …": an organisation the text
         * named and gave a short form in brackets, by that short form,
         * as an item before "and" or the verb (session 17) */
        int r = 0;
        if (!num && j + 1 < n && all_caps_word(t, &w[j], 2) &&
            (scm_word_punct(&w[j + 1], ',') || scm_word_is(t, &w[j + 1], "and") ||
             IN(c, &w[j + 1], L_VERB_ADVERBS) ||
             /* a verb that agrees with one body: "noted", "notes" (not
              * the noun phrase "EXIM support for …") */
             (lower_word(t, &w[j + 1]) && w[j + 1].stop - w[j + 1].start > 2 &&
              (t[w[j + 1].stop - 1] == 's' ||
               (t[w[j + 1].stop - 2] == 'e' && t[w[j + 1].stop - 1] == 'd')) &&
              /* (not its members: "ICG members stress …"; session 23) */
              !scm_word_ieq(t, &w[j + 1], "members"))) &&
            (r = defined_short_form(c, &w[j])) != 0) {
            long pk;
            if (r < 0) return -1;
            pk = party_at(c, w, j, n, &cls);
            if (pk < 0) return -1;
            if (pk == 0) {
                if (actors_add(a, t + w[j].start, w[j].stop - w[j].start, -1)) return -1;
                return (long)j + 1;
            }
        }
    }
    /* "Ottawa Group Ministers reaffirmed …": a group of states named by
     * a city or a cause, then its ministers or leaders: the group speaks,
     * as "G7 Foreign Ministers" do (session 33) */
    if (!num && w[j].kind == SCM_W_WORD && w[j].cap) {
        size_t q = j;
        while (q < n && q < j + 3 && w[q].kind == SCM_W_WORD && w[q].cap && !IN(c, &w[q], L_GROUP_NAMED)) q++;
        if (q > j + 1 && q + 1 < n && scm_word_is(t, &w[q - 1], "Group") && IN(c, &w[q], L_GROUP_NAMED) &&
            w[q].cap && lower_word(t, &w[q + 1]))
            return actors_add(a, t + w[j].start, w[q - 1].stop - w[j].start, -1) ? -1 : (long)q + 1;
    }
    /* "The AUKUS Defence Ministers", "The Quad Leaders": a grouping (a
     * bloc among the parties, or an all-caps name), then a plural role,
     * is the grouping's principals the text names (session 15); else the
     * grouping speaks ("G7 Foreign Ministers" of a G7 meeting) */
    if (!num && w[j].kind == SCM_W_WORD && w[j].cap) {
        long pk = party_at(c, w, j, n, &cls);
        size_t g;
        if (pk < 0) return -1;
        if (pk > 0 && !(cls && scm_bytes_in(cls, strlen(cls), scm_bloc_parties)))
            pk = 0; /* a state: "The Australian Defence Ministers" */
        else if (pk == 0 && all_caps_word(t, &w[j], 3))
            pk = 1, cls = NULL; /* "AUKUS", "ANZUS": a grouping's name */
        if (pk > 0 &&
            (g = group_after(c, w, j + (size_t)pk, n)) > j + (size_t)pk) {
            size_t from = a->n;
            int added = 0;
            if (g == j + (size_t)pk + 1) { /* "Leaders": no modifier */
                if (expand_group(c, a, t, &w[g - 1], &added) != 0) return -1;
            } else if ((added = modified_group(c, a, w, j + (size_t)pk, g, 0)) < 0) {
                return -1;
            }
            if (added >= 2) return (long)skip_of_body(c, w, g, n);
            while (a->n > from) free(a->names[--a->n]);
        }
    }
    /* a group with a modifier: "the Prime Ministers" (people whose role
     * is "Prime Minister"), "the two Foreign Ministers" (else the
     * Ministers) */
    if (w[j].kind == SCM_W_WORD && w[j].cap && w[j].lower &&
        !IN(c, &w[j], L_GROUP_NAMED) && !IN(c, &w[j], L_GROUP_PREVIOUS)) {
        size_t g = group_after(c, w, j, n);
        /* "The Arctic States", "Member States", "the States Parties": the
         * members of an organisation speak as one group, never a party
         * ("the United States") nor its people */
        {
            static const char *const members[] = {"States", "Parties",
                                                  "Members", "Countries",
                                                  NULL};
            /* (not a fronted phrase: "As Member States of the European
             * Union (EU), the Ministers emphasised …") */
            static const char *const fronting[] = {"As", "Among", "Like",
                                                   "Unlike", "For", "With",
                                                   NULL};
            size_t m = scm_word_in(t, &w[j], fronting) ? n : j;
            while (m < n && m - j < 2 && w[m].kind == SCM_W_WORD &&
                   w[m].cap && w[m].lower && !scm_word_in(t, &w[m], members))
                m++;
            if (m > j && m < n && scm_word_in(t, &w[m], members)) {
                long pk = party_at(c, w, j, n, &cls);
                if (pk < 0) return -1;
                if (pk == 0 && num && !c->many_members &&
                    c->ndoc_parties >= 2 &&
                    numeral_value(t, &w[j - 1]) == (int)c->ndoc_parties) {
                    /* "The three Member States agreed …" of a commission
                     * of three: its parties */
                    size_t q;
                    for (q = 0; q < c->ndoc_parties; q++)
                        if (actors_add(a, c->doc_parties[q],
                                       strlen(c->doc_parties[q]), -1) != 0)
                            return -1;
                    return (long)skip_of_body(c, w, m + 1, n);
                }
                /* "The Partner States welcomed …", "The Partner Countries"
                 * of a partnership the document's parties make: its
                 * states (session 36) */
                if (pk == 0 && det && !num && m == j + 1 && scm_word_is(t, &w[j], "Partner") &&
                    (!c->many_members || c->listed_members) && c->ndoc_parties >= 2) {
                    for (size_t q = 0; q < c->ndoc_parties; q++)
                        if (actors_add(a, c->doc_parties[q], strlen(c->doc_parties[q]), -1) != 0)
                            return -1;
                    return (long)skip_of_body(c, w, m + 1, n);
                }
                if (pk == 0) {
                    if (m + 1 < n && scm_word_is(t, &w[m + 1], "Parties")) m++;
                    if (actors_add(a, t + w[j].start,
                                   w[m].stop - w[j].start, -1) != 0)
                        return -1;
                    return (long)skip_of_body(c, w, m + 1, n);
                }
            }
        }
        if (g > j + 1) {
            long pk = party_at(c, w, j, n, &cls);
            if (pk < 0) return -1;
            if (pk == 0) {
                size_t from = a->n;
                int added = modified_group(c, a, w, j, g, num);
                if (added < 0) return -1;
                /* "The Foreign Secretaries of Bhutan, the Maldives and Sri
                 * Lanka" of four: those of the parties named (session 33) */
                if (added >= 2) {
                    size_t pe = keep_party_list(c, w, g, n, a, from, &added);
                    if (pe == (size_t)-1) return -1;
                    if (pe) return (long)pe;
                }
                if (!added) {
                    size_t b = named_group(c, w, j, g) ? j : g - 1;
                    /* (with the heads' offices: "The Caribbean Heads of
                     * Government"; session 44) */
                    size_t ge = heads_offices_end(t, w, g - 1, n);
                    if (actors_add(a, t + w[b].start, w[ge - 1].stop - w[b].start, -1) != 0)
                        return -1;
                    g = ge;
                }
                return (long)skip_of_body(c, w, g, n);
            }
        }
    }
    /* "Heads of State and Government", "Heads of Government": a summit's
     * members as one group, whoever of them the text names; a bare
     * "Heads" after it is that group again */
    if (!num && scm_word_ieq(t, &w[j], "heads") && w[j].cap) {
        static const char *const forms[] = {"of State and Government",
                                            "of Government", "of State",
                                            NULL};
        static const char *const state_heads[] = {
            "President", "King", "Queen", "Emperor", "Emir", "Amir", "Sultan",
            "Te Beretitenti", "Head of State", "Federal President", NULL};
        for (size_t f = 0; forms[f]; f++) {
            size_t len = strlen(forms[f]);
            /* the text ends in a NUL: strncmp stops there */
            if (t[w[j].stop] == ' ' &&
                strncmp(t + w[j].stop + 1, forms[f], len) == 0 &&
                !isalpha((unsigned char)t[w[j].stop + 1 + len])) {
                size_t e = j + 1, q, leaders = 0;
                /* "Heads of State" alone are no heads of government: not
                 * the Prime Minister the visiting President met
                 * (session 21) */
                const char *const *roles =
                    strcmp(forms[f], "of State") == 0 ? state_heads : scm_leader_roles;
                while (e < n && w[e].stop <= w[j].stop + 1 + len) e++;
                /* … but "the Heads of State" of a bilateral commission
                 * its two Presidents co-chaired are those two */
                for (q = 0; q < c->x->people.len; q++) {
                    const scm_person *p = &c->x->people.items[q];
                    if (p->role && principal(c, p) && !accompanying(c, p) &&
                        !organisation_office(p) &&
                        scm_bytes_in(p->role, strlen(p->role), roles))
                        leaders++;
                }
                /* (session 16) … and the three Presidents of a trilateral
                 * summit whose title names those three parties
                 * ("Romania–Poland–Türkiye Trilateral Summit") */
                /* (session 21) "The following Heads of State attended
                 * the Session:" and a list of them: every leader the
                 * text names, one for each party */
                if (det && !c->many_members && heads_listed(c)) {
                    size_t all = 0;
                    for (q = 0; q < c->x->people.len; q++) {
                        const scm_person *p = &c->x->people.items[q];
                        all += p->role && !accompanying(c, p) &&
                               scm_bytes_in(p->role, strlen(p->role), scm_leader_roles);
                    }
                    if (all >= 2 && all == c->ndoc_parties) {
                        for (q = 0; q < c->x->people.len; q++) {
                            const scm_person *p = &c->x->people.items[q];
                            if (p->role && !accompanying(c, p) &&
                                scm_bytes_in(p->role, strlen(p->role), scm_leader_roles) &&
                                add_role_actor(c, a, p->role, (int32_t)q) != 0)
                                return -1;
                        }
                        return (long)skip_of_body(c, w, e, n);
                    }
                }
                if (det && !c->many_members &&
                    ((leaders == 2 && c->ndoc_parties == 2) ||
                     /* (a guest of an organisation, "the Deputy
                      * Secretary General of NATO", adds a party the title
                      * does not name; session 22) */
                     (leaders == 3 && c->ndoc_parties >= 3 &&
                      c->ntitle_parties == 3) ||
                     (leaders >= 3 && leaders == c->ndoc_parties &&
                      leaders == c->nsummit_parties) ||
                     /* (the header lines name the summit's parties) */
                     (leaders >= 3 && leaders == c->nheader_parties) ||
                     /* (or every principal the opening introduces is a
                      * head of state: "His Excellency A, President of B,
                      * hosted His Excellency C, President of D, and …";
                      * session 24) */
                     (leaders >= 2 && c->principals >= 2 && !c->summit_unlisted &&
                      leaders == (size_t)c->principals))) {
                    size_t from = a->n, pe;
                    int added = 0;
                    for (q = 0; q < c->x->people.len; q++) {
                        const scm_person *p = &c->x->people.items[q];
                        if (p->role && principal(c, p) && !accompanying(c, p) &&
                            !organisation_office(p) &&
                            scm_bytes_in(p->role, strlen(p->role), roles) &&
                            add_role_actor(c, a, p->role, (int32_t)q) != 0)
                            return -1;
                    }
                    /* "The Heads of State of Mali and Senegal": those of
                     * the parties listed (session 25) */
                    pe = keep_party_list(c, w, e, n, a, from, &added);
                    if (pe == (size_t)-1) return -1;
                    if (pe) return (long)pe;
                    return (long)skip_of_body(c, w, e, n);
                }
                if (actors_add(a, t + w[j].start, w[e - 1].stop - w[j].start,
                               -1) != 0)
                    return -1;
                /* "… of the Pacific Islands": the body runs on */
                return (long)skip_of_body(c, w, e, n);
            }
        }
        if (!det && !num) {
            size_t e2 = group_complement(c, w, j, n);
            if (e2 == (size_t)-1) return -1;
            if (e2) {
                if (actors_add(a, t + w[j].start, w[e2 - 1].stop - w[j].start,
                               -1) != 0)
                    return -1;
                return (long)skip_of_body(c, w, e2, n);
            }
        }
        if (!det && j + 1 < n && lower_word(t, &w[j + 1])) {
            a->resolve = RES_PLURAL;
            a->literal = "Heads";
            return (long)j + 1;
        }
    }
    /* "The Lima Group does not recognise …", "the Rio Group": a group of
     * states named for a place speaks as one body, by its whole name
     * (session 13) */
    /* (also a format of three or four named for its work: "The Association
     * Trio reaffirmed …", "the Normandy Quartet"; session 26) */
    if (det && w[j].kind == SCM_W_WORD && w[j].cap && w[j].lower) {
        static const char *const groups[] = {"Group", "Trio", "Quartet", "Troika", NULL};
        size_t e = j;
        while (e < n && e < j + 2 && w[e].kind == SCM_W_WORD && w[e].cap &&
               w[e].lower && !scm_word_in(t, &w[e], groups))
            e++;
        if (e > j && e + 1 < n && scm_word_in(t, &w[e], groups) &&
            lower_word(t, &w[e + 1]) &&
            !scm_lexicon_has(c->lex, SCM_LEX_SPEAKER_BODY, t + w[j].start,
                             w[e].stop - w[j].start) &&
            !scm_lexicon_has(c->lex, SCM_LEX_SPEAKER_BODY, t + w[e - 1].start,
                             w[e].stop - w[e - 1].start)) {
            if (actors_add(a, t + w[j].start, w[e].stop - w[j].start, -1) != 0)
                return -1;
            return (long)e + 1;
        }
    }
    /* "The Friends of Yemen reaffirmed …", "the Group of Friends of
     * Mediation": a friends group of states speaks as one, by its name
     * (session 16) */
    if (det && j + 2 < n && scm_word_is(t, &w[j], "Friends") &&
        scm_word_is(t, &w[j + 1], "of")) {
        size_t e = j + 2;
        if (e < n && scm_word_is(t, &w[e], "the")) e++;
        while (e < n && e < j + 8 && w[e].kind == SCM_W_WORD && w[e].cap) e++;
        if (e > j + 2 && w[e - 1].cap && e < n && lower_word(t, &w[e])) {
            if (actors_add(a, t + w[j].start, w[e - 1].stop - w[j].start, -1) != 0)
                return -1;
            return (long)e;
        }
    }
    /* "The members welcomed …" of a partnership whose opening lists its
     * members ("on behalf of the four member States of the Partnership:
     * Belize, Guatemala, Honduras and Jamaica"): those members (session
     * 37) */
    if (det && !num && j + 1 < n && scm_word_is(t, &w[j], "members") && lower_word(t, &w[j + 1]) &&
        c->listed_members && c->ndoc_parties >= 3) {
        for (size_t q = 0; q < c->ndoc_parties; q++)
            if (actors_add(a, c->doc_parties[q], strlen(c->doc_parties[q]), -1) != 0) return -1;
        return (long)j + 1;
    }
    /* "The members of the Security Council": the members of a body speak
     * as one group */
    if (det && scm_word_is(t, &w[j], "members") && j + 3 < n &&
        scm_word_is(t, &w[j + 1], "of") && scm_word_is(t, &w[j + 2], "the") &&
        w[j + 3].kind == SCM_W_WORD && w[j + 3].cap) {
        size_t e = j + 3;
        while (e < n && w[e].kind == SCM_W_WORD && w[e].cap) e++;
        if (scm_lexicon_has(c->lex, SCM_LEX_SPEAKER_BODY, t + w[e - 1].start,
                            w[e - 1].stop - w[e - 1].start)) {
            if (actors_add(a, t + w[j].start, w[e - 1].stop - w[j].start, -1) !=
                0)
                return -1;
            return (long)e;
        }
    }
    /* "The members of both Governments discussed …", "the members of the
     * two delegations": everyone the text names in an office of the
     * parties (session 26) */
    if (det && !num && scm_word_is(t, &w[j], "members") && j + 4 < n &&
        scm_word_is(t, &w[j + 1], "of") &&
        (scm_word_ieq(t, &w[j + 2], "both") ||
         (scm_word_is(t, &w[j + 2], "the") && scm_word_is(t, &w[j + 3], "two"))) &&
        c->ndoc_parties == 2 && !c->many_members) {
        size_t g = j + (scm_word_ieq(t, &w[j + 2], "both") ? 3 : 4), q, from = a->n;
        if (g + 1 < n && (scm_word_ieq(t, &w[g], "governments") ||
                          scm_word_ieq(t, &w[g], "delegations")) &&
            lower_word(t, &w[g + 1])) {
            for (q = 0; q < c->x->people.len; q++) {
                const scm_person *p = &c->x->people.items[q];
                int ours = 0;
                for (size_t r = 0; r < c->ndoc_parties && p->party; r++)
                    ours |= strcmp(p->party, c->doc_parties[r]) == 0;
                if (p->role && ours && add_role_actor(c, a, p->role, (int32_t)q) != 0) return -1;
            }
            if (a->n - from >= 2) return (long)g + 1;
            for (q = from; q < a->n; q++) free(a->names[q]);
            a->n = from;
        }
    }
    /* "the Parties" of a body named for them ("the Parties to the Nauru
     * Agreement"): its members as one group, not both sides */
    if (det && !num && c->nlisted >= 2 && scm_word_is(t, &w[j], "Parties")) {
        size_t q;
        for (q = 0; q < c->nlisted; q++)
            if (actors_add(a, c->listed[q], strlen(c->listed[q]), -1) != 0)
                return -1;
        return (long)j + 1;
    }
    /* … and "The Parties" of a meeting of more parties than the text
     * names ("Delegations of the Islamic Republic of Iran, the Republic
     * of India, … took part"; session 21) */
    if (det && !num && (c->parties_body || c->many_members) &&
        scm_word_is(t, &w[j], "Parties")) {
        if (actors_add(a, "Parties", 7, -1) != 0) return -1;
        return (long)j + 1;
    }
    /* "The Governments of Argentina, Brazil, … and Saint Lucia": the
     * states listed (session 13) */
    if (j + 3 < n && scm_word_ieq(t, &w[j], "governments") &&
        scm_word_is(t, &w[j + 1], "of")) {
        const char *parties[MAX_ACTORS];
        size_t np = 0, g = party_list(c, w, j + 2, n, parties, &np);
        if (g == (size_t)-1) return -1;
        if (np >= 2) {
            for (size_t q = 0; q < np; q++)
                if (actors_add(a, parties[q], strlen(parties[q]), -1) != 0)
                    return -1;
            return (long)g;
        }
    }
    /* "The two Attorneys General", "the Directors General": the plural
     * of an office whose second word is a postpositive "General", the
     * people who hold it (session 18) */
    if ((det || num) && j + 1 < n && w[j].cap && scm_word_is(t, &w[j + 1], "General")) {
        char sing[64];
        size_t sl, q, from = a->n;
        int added = 0;
        if (singular(t + w[j].start, w[j].stop - w[j].start, sing, sizeof sing - 9) &&
            (sl = strlen(sing)) > 0 &&
            /* (a plural: not "The Director General", whose word is its
             * own singular; session 19) */
            (sl != w[j].stop - w[j].start || memcmp(sing, t + w[j].start, sl) != 0)) {
            memcpy(sing + sl, " General", 9);
            for (q = 0; q < c->x->people.len; q++) {
                const char *r = c->x->people.items[q].role;
                size_t rl = r ? strlen(r) : 0;
                if (r && (strcmp(r, sing) == 0 ||
                          (strncmp(r, sing, sl) == 0 && r[sl] == '-' &&
                           strcmp(r + sl + 1, "General") == 0) ||
                          /* "The two Auditors General" of a "Comptroller
                           * and Auditor General" and a "Controller and
                           * Auditor General" (session 20) */
                          (rl > sl + 8 + 5 && strcmp(r + rl - sl - 8, sing) == 0 &&
                           memcmp(r + rl - sl - 8 - 5, " and ", 5) == 0 &&
                           strncmp(r, "Deputy ", 7) != 0 &&
                           strncmp(r, "Vice ", 5) != 0))) {
                    if (add_role_actor(c, a, r, (int32_t)q) != 0) return -1;
                    added++;
                }
            }
            if (added >= 2) return (long)skip_of_body(c, w, j + 2, n);
            for (q = from; q < a->n; q++) free(a->names[q]);
            a->n = from;
            /* (none named: "The Directors General of Civil Aviation …",
             * the group as written; session 31) */
            if (!added && det && !num) return general_plural_literal(c, w, j, j + 2, n, a);
        }
    }
    /* (the same hyphenated: "The Directors-General of Civil Aviation,
     * who met on …, expressed …"; session 31) */
    if (det && !num && w[j].cap && w[j].stop - w[j].start > 9 &&
        memcmp(t + w[j].stop - 8, "-General", 8) == 0 && t[w[j].stop - 9] == 's' &&
        role_holders(c, t, &w[j]) == 0)
        return general_plural_literal(c, w, j, j + 1, n, a);
    /* "The two IGPs": the plural of a short form that a person's title
     * gives its office, "the Inspector General of Police (IGP)": the
     * people who hold that office (session 20) */
    if ((det || num) && w[j].kind == SCM_W_WORD && w[j].stop - w[j].start >= 3 &&
        t[w[j].stop - 1] == 's' && scm_ascii_is_upper((unsigned char)t[w[j].start]) &&
        scm_ascii_is_upper((unsigned char)t[w[j].stop - 2])) {
        const char *r = office_short_form(c, t + w[j].start, w[j].stop - w[j].start - 1);
        size_t q, from = a->n;
        int added = 0;
        for (q = 0; r && q < c->x->people.len; q++) {
            const char *pr = c->x->people.items[q].role;
            if (pr && strcmp(pr, r) == 0) {
                if (add_role_actor(c, a, pr, (int32_t)q) != 0) return -1;
                added++;
            }
        }
        if (added >= 2) return (long)j + 1;
        for (q = from; q < a->n; q++) free(a->names[q]);
        a->n = from;
    }
    /* ("The Presiding Officers", no count: the principals, as the chairs
     * of the houses that met; session 33) */
    /* (also "The two presiding officers", counted, in lower case;
     * session 34) */
    if ((det || num) && j + 2 < n && scm_word_ieq(t, &w[j], "presiding") &&
        scm_word_ieq(t, &w[j + 1], "officers") && lower_word(t, &w[j + 2]) &&
        c->principals >= 2 && (!num || numeral_value(t, &w[j - 1]) == c->principals)) {
        int added = 0;
        if (expand_counted(c, a, a->n, c->principals, &added) != 0) return -1;
        if (added >= 2) return (long)j + 2;
    }
    /* groups: "the two Presidents", "Both sides", "Our two nations"; and
     * the plural of a role the document gives ("the two Undersecretaries"
     * of two Undersecretaries) */
    if (IN(c, &w[j], L_GROUP_NAMED) || ((det || num) && role_plural(c, t, &w[j])) ||
        IN(c, &w[j], L_GROUP_PREVIOUS) ||
        /* "Both navies", "The three navies", "Both militaries" (session
         * 31) */
        ((det || num || (j > 0 && scm_word_ieq(t, &w[j - 1], "both"))) &&
         (scm_word_is(t, &w[j], "navies") || scm_word_is(t, &w[j], "armies") ||
          scm_word_is(t, &w[j], "militaries") || scm_word_is(t, &w[j], "archipelagos"))) ||
        scm_word_ieq(t, &w[j], "governments") ||
        (c->listed_members && scm_word_is(t, &w[j], "jurisdictions")) ||
        ((det || num) && (scm_word_is(t, &w[j], "states") ||
                          /* "Both Kingdoms", "the two Republics" */
                          scm_word_is(t, &w[j], "Kingdoms") ||
                          scm_word_is(t, &w[j], "Republics") ||
                          /* "The three Principalities" (session 38) */
                          scm_word_is(t, &w[j], "Principalities") ||
                          /* "The two militaries", "The two Cabinets"
                           * (session 24) */
                          scm_word_is(t, &w[j], "militaries") ||
                          scm_word_is(t, &w[j], "Cabinets") ||
                          scm_word_ieq(t, &w[j], "parts") || /* (session 36; small, 44) */
                          scm_word_is(t, &w[j], "Sides") || /* (session 37) */
                          scm_word_ieq(t, &w[j], "sections") || /* (session 44) */
                          /* "The two Courts", "The two Committees" of two
                           * states' courts or parliamentary committees:
                           * each speaks for its state (session 33) */
                          (num && (scm_word_is(t, &w[j], "Courts") ||
                                   scm_word_is(t, &w[j], "Committees"))) ||
                          /* "The three capitals reaffirmed …" (session
                           * 25) */
                          (num && scm_word_is(t, &w[j], "capitals")) ||
                          (num && state_institutions(t, &w[j]) &&
                           numeral_value(t, &w[j - 1]) == (int)c->ndoc_parties) ||
                          /* "The two Foreign Ministries noted …": each
                           * speaks for its state (session 25) */
                          /* (also "Both Ministries", "The Ministries";
                           * session 29) */
                          ((num || det) && scm_word_ieq(t, &w[j], "ministries")) ||
                          /* "The three island States" of three parties
                           * (session 25) */
                          (num && scm_word_is(t, &w[j], "States") && j >= 2 &&
                           lower_word(t, &w[j - 1]) && !IN(c, &w[j - 1], L_NUMERALS) &&
                           numeral_value(t, &w[j - 2]) == (int)c->ndoc_parties)))) {
        if (scm_word_ieq(t, &w[j], "nations") ||
            (num && scm_word_is(t, &w[j], "capitals")) ||
            (num && state_institutions(t, &w[j])) ||
            ((num || det) && scm_word_ieq(t, &w[j], "ministries")) ||
            scm_word_ieq(t, &w[j], "states") ||
            scm_word_is(t, &w[j], "militaries") ||
            scm_word_is(t, &w[j], "Cabinets") ||
            (num && (scm_word_is(t, &w[j], "Courts") || scm_word_is(t, &w[j], "Committees"))) ||
            /* "Both navies", "The three navies" (session 31) */
            ((det || num || (j > 0 && scm_word_ieq(t, &w[j - 1], "both"))) &&
             (scm_word_is(t, &w[j], "navies") || scm_word_is(t, &w[j], "armies") ||
              scm_word_is(t, &w[j], "militaries") || scm_word_is(t, &w[j], "archipelagos"))) ||
            /* "The two Allies" of an alliance of two (session 24) */
            (num && scm_word_ieq(t, &w[j], "allies") &&
             numeral_value(t, &w[j - 1]) == (int)c->ndoc_parties) ||
            scm_word_is(t, &w[j], "Kingdoms") ||
            scm_word_is(t, &w[j], "Republics") ||
            scm_word_is(t, &w[j], "Principalities") ||
            scm_word_ieq(t, &w[j], "countries") ||
            /* "Both Parties", "The Parties" of a commission: its states */
            ((num || det) && scm_word_is(t, &w[j], "Parties")) ||
            /* … and "The two Parts", "Both Parts", as texts translated
             * from Spanish or Russian write them (session 36), also in
             * small letters, "Both parts noted" (session 44) */
            ((num || det) && scm_word_ieq(t, &w[j], "parts")) ||
            /* … and "The Sides", "Both Sides" in capitals, as agreed
             * minutes write the parties (the golds' 63 parties against 14
             * people; "the two sides" in small letters stay the speakers
             * before; session 37) */
            ((num || det) && scm_word_is(t, &w[j], "Sides")) ||
            /* … and "The two Sections", "Both sections" of a joint
             * commission, each its state's (the golds' states 12 times
             * in 15; session 44) */
            ((num || det) && scm_word_ieq(t, &w[j], "sections")) ||
            scm_word_ieq(t, &w[j], "delegations") || /* each speaks for one */
            scm_word_ieq(t, &w[j], "teams") ||       /* (session 33) */
            scm_word_ieq(t, &w[j], "panels") ||
            scm_word_ieq(t, &w[j], "governments") ||
            (c->listed_members && scm_word_is(t, &w[j], "jurisdictions")) ||
            /* "The three partners", "The partners" of a partnership the
             * document's parties make: its states (of a forum with more
             * members than it names, the group) */
            ((det || num) && (!c->many_members || c->listed_members) &&
             scm_word_is(t, &w[j], "partners")) ||
            /* "The Partners" of a strategic partnership between two
             * states (session 25) */
            ((det || num) && !c->many_members && c->ndoc_parties >= 2 &&
             scm_word_is(t, &w[j], "Partners"))) {
            a->resolve = RES_PARTIES;
            a->literal = "Governments";
            if (num) a->count = numeral_value(t, &w[j - 1]);
        } else if (IN(c, &w[j], L_GROUP_PREVIOUS)) {
            a->resolve = RES_PLURAL;
            a->literal = "Both sides";
            if (num) a->count = numeral_value(t, &w[j - 1]);
        } else if (c->ncochairs >= 2 &&
                   (scm_word_ieq(t, &w[j], "co-chairs") ||
                    scm_word_ieq(t, &w[j], "co-chairmen") ||
                    scm_word_ieq(t, &w[j], "co-heads") ||
                    /* "The co-hosts", "The co-conveners" (session 25) */
                    scm_word_ieq(t, &w[j], "co-hosts") ||
                    scm_word_ieq(t, &w[j], "co-conveners") ||
                    scm_word_ieq(t, &w[j], "co-presidents") ||
                    scm_word_ieq(t, &w[j], "co-leads") ||
                    scm_word_ieq(t, &w[j], "co-chairpersons"))) {
            /* the people the meeting was "co-chaired by" */
            if (add_cochairs(c, a) != 0) return -1;
        } else if (c->ncochairs < 2 && (det || num || (j > 0 && scm_word_is(t, &w[j - 1], "Both"))) &&
                   (scm_word_ieq(t, &w[j], "co-chairs") ||
                    scm_word_ieq(t, &w[j], "co-chairmen") ||
                    scm_word_ieq(t, &w[j], "co-heads") ||
                    scm_word_ieq(t, &w[j], "co-hosts") ||
                    scm_word_ieq(t, &w[j], "co-conveners") ||
                    scm_word_ieq(t, &w[j], "co-presidents") ||
                    scm_word_ieq(t, &w[j], "co-leads") ||
                    scm_word_ieq(t, &w[j], "co-chairpersons")) &&
                   (cochairs_led = co_chairs_by_delegation(c, a)) != 0) {
            /* "The Latvian delegation was led by A, and the Canadian
             * delegation by B": the co-chairs are the two who led the
             * delegations, not a third official of the first paragraph
             * (session 21) */
            if (cochairs_led < 0) return -1;
        } else if (!det && !num && bare_role_group(c, t, &w[j]) &&
                   /* (not the second of two offices under one article:
                    * "The Secretaries and Ministers"; session 31) */
                   !(a->n > 0 && j >= 1 && scm_word_is(t, &w[j - 1], "and")) &&
                   !(!c->many_members && counted_as(c, &w[j]) >= 2) &&
                   !(!c->many_members && c->ndoc_parties >= 2 &&
                     c->ndoc_parties <= 3 && c->ncochairs == 0 &&
                     c->ntitle_parties >= c->ndoc_parties &&
                     role_holders(c, t, &w[j]) >= 2)) {
            /* "Leaders reaffirmed …", "Ministers condemned …" without an
             * article: a summit's or a forum's members as one group,
             * whoever of them is named; but after a count of them ("the
             * three Ministers") they are those principals, as "the
             * Ministers" are (the ANZUS Council's "Ministers agreed …") */
            size_t e2 = group_complement(c, w, j, n);
            if (e2 == (size_t)-1) return -1;
            if (!e2) e2 = j + 1;
            if (actors_add(a, t + w[j].start, w[e2 - 1].stop - w[j].start,
                           -1) != 0)
                return -1;
            return (long)skip_of_body(c, w, e2, n);
        } else {
            int added;
            size_t from = a->n;
            if (expand_group(c, a, t, &w[j], &added) != 0) return -1;
            /* "The Presidents of Argentina, Bolivia, Paraguay and Uruguay"
             * of five Presidents: those of the parties named */
            if (added >= 2) {
                /* (past the portfolio: "The Ministers of Foreign Affairs of
                 * Armenia and Azerbaijan") */
                size_t pj = j + 1, pe;
                if (pj + 3 < n && scm_word_is(t, &w[pj], "of") &&
                    w[pj + 1].kind == SCM_W_WORD && w[pj + 1].cap) {
                    const char *pc;
                    long pk = party_at(c, w, pj + 1, n, &pc);
                    size_t q = pj + 1;
                    if (pk < 0) return -1;
                    while (!pk && q < n && q < pj + 6 &&
                           ((w[q].kind == SCM_W_WORD && w[q].cap) ||
                            scm_word_is(t, &w[q], "and")))
                        q++;
                    if (!pk && q > pj + 1 && q + 1 < n && scm_word_is(t, &w[q], "of"))
                        pj = q;
                }
                pe = keep_party_list(c, w, pj, n, a, from, &added);
                if (pe == (size_t)-1) return -1;
                if (pe) return (long)pe;
                /* "The Ministers of the Interior, Barr. A and Colonel B,
                 * welcomed …": the two the apposition names */
                {
                    size_t q = pj;
                    if (q < n && scm_word_is(t, &w[q], "of")) {
                        q++;
                        if (q < n && scm_word_is(t, &w[q], "the")) q++;
                        while (q < n && w[q].kind == SCM_W_WORD && w[q].cap) q++;
                    }
                    pe = apposition_people(c, w, q, n, a, from);
                    if (pe) return (long)pe;
                }
            }
            /* "the two Ministers of Defence" of four Ministers (also
             * "The two Ministers of the Sea"; session 31) */
            {
                size_t f = j + 2 < n && scm_word_is(t, &w[j + 2], "the") ? j + 3 : j + 2;
                if (num && f < n && scm_word_is(t, &w[j + 1], "of") &&
                    w[f].kind == SCM_W_WORD && w[f].cap &&
                    added > numeral_value(t, &w[j - 1]))
                    keep_titled(c, a, from, t + w[f].start, w[f].stop - w[f].start,
                                numeral_value(t, &w[j - 1]), &added);
            }
            /* "the Ministers responsible for security", "… in charge of
             * defence": those whose office names it */
            size_t field_end = 0;
            int narrowed = keep_responsible(c, w, j, n, a, from, &added,
                                            &field_end);
            if (num) {
                int count = numeral_value(t, &w[j - 1]);
                /* "Minister S and Mrs. M, Minister of …, held talks …. The
                 * two Ministers agreed …": the two of the sentence before,
                 * of three Ministers (session 17) */
                if (added > count) keep_silent_pair(c, a, from, count, &added);
                if (expand_counted(c, a, from, count, &added) != 0) return -1;
                /* (not "The three Ministers from the Southern
                 * Hemisphere": a part of the group, not its size;
                 * session 27) */
                /* (nor "The two Ministers of Energy and Infrastructure"
                 * of three Ministers: a part by portfolio; session 29) */
                /* (nor "Canada's two Ministers", "The two Ministers of the
                 * Kingdom" of four Ministers: a party's part; session 30) */
                if (count && added == count &&
                    !(j + 1 < n && scm_word_is(t, &w[j + 1], "from")) &&
                    !(j + 2 < n && scm_word_is(t, &w[j + 1], "of") &&
                      (w[j + 2].cap || scm_word_is(t, &w[j + 2], "the")) &&
                      role_holders(c, t, &w[j]) > count) &&
                    !(j >= 2 && w[j - 2].cap && scm_possessive_len(t, &w[j - 2]) &&
                      role_holders(c, t, &w[j]) > count)) {
                    c->last_counted = count;
                    remember_count(c, &w[j], count);
                }
            } else if (!narrowed &&
                       group_principals(c, a, t, &w[j], from, &added) != 0)
                return -1;
            /* a plural for one named holder (the chair of ten unnamed
             * "Ministers"): the group word stands, not that one person */
            if (!num && !narrowed && added == 1) {
                size_t q;
                for (q = from; q < a->n; q++) free(a->names[q]);
                a->n = from;
                added = 0;
            }
            if (!added) {
                char buf[64];
                size_t len = w[j].stop - w[j].start, e2 = j + 1;
                /* "The Chiefs of Navy", "The Heads of Delegation": the
                 * group keeps a complement without an article (session
                 * 13) */
                if (w[j].cap && j + 2 < n && scm_word_is(t, &w[j + 1], "of") &&
                    w[j + 2].kind == SCM_W_WORD && w[j + 2].cap && w[j + 2].lower &&
                    !(j + 3 < n && w[j + 3].kind == SCM_W_WORD && w[j + 3].cap)) {
                    e2 = j + 3;
                    len = w[j + 2].stop - w[j].start;
                } else if (scm_word_is(t, &w[j], "Members") && j + 4 < n &&
                           scm_word_is(t, &w[j + 1], "of") &&
                           scm_word_is(t, &w[j + 2], "the") && w[j + 3].cap &&
                           lower_word(t, &w[j + 4]) &&
                           scm_lexicon_has(c->lex, SCM_LEX_SPEAKER_BODY,
                                           t + w[j + 3].start,
                                           w[j + 3].stop - w[j + 3].start)) {
                    /* "The Members of the Board": the body's members, as
                     * written (session 20) */
                    e2 = j + 4;
                    len = w[j + 3].stop - w[j].start;
                } else if (w[j].cap && j + 3 < n && scm_word_is(t, &w[j + 1], "of")) {
                    /* (session 16) … or of two or three capitalised words
                     * that name no party, before the verb: "The Chiefs of
                     * Defence Staff noted …" */
                    size_t q = j + 2;
                    const char *pc;
                    while (q < n && q < j + 5 && w[q].kind == SCM_W_WORD &&
                           w[q].cap && w[q].lower) {
                        long pk = party_at(c, w, q, n, &pc);
                        if (pk < 0) return -1;
                        if (pk > 0) break;
                        q++;
                    }
                    if (q >= j + 4 && q < n && lower_word(t, &w[q]) &&
                        !scm_word_is(t, &w[q], "of")) {
                        e2 = q;
                        len = w[q - 1].stop - w[j].start;
                    }
                    /* "the Presidents of the Central Banks reaffirmed …":
                     * the body after "the", up to three capitalised words
                     * that name no party, before the verb (session 25) */
                    if (e2 == j + 1 && j + 4 < n && scm_word_is(t, &w[j + 2], "the")) {
                        q = j + 3;
                        while (q < n && q < j + 6 && w[q].kind == SCM_W_WORD &&
                               w[q].cap && w[q].lower) {
                            long pk = party_at(c, w, q, n, &pc);
                            if (pk < 0) return -1;
                            if (pk > 0) break;
                            q++;
                        }
                        /* (not one body in the singular, the group's own:
                         * "The Ministers of the Coalition" are its
                         * Ministers; session 35) */
                        if (q > j + 3 && q < n && lower_word(t, &w[q]) &&
                            !scm_word_is(t, &w[q], "of") &&
                            !(q == j + 4 && t[w[j + 3].stop - 1] != 's')) {
                            e2 = q;
                            len = w[q - 1].stop - w[j].start;
                        }
                    }
                }
                if (len >= sizeof buf) len = sizeof buf - 1;
                memcpy(buf, t + w[j].start, len);
                if (buf[0] >= 'a' && buf[0] <= 'z') buf[0] = (char)(buf[0] - 32);
                if (actors_add(a, buf, len, -1) != 0) return -1;
                if (e2 > j + 1 && !field_end) return (long)e2;
            }
            if (field_end) return (long)field_end;
        }
        return (long)skip_of_body(c, w, j + 1, n);
    }
    if (num && lower_word(t, &w[j]) && (det || scm_word_ieq(t, &w[j - 1], "two"))) {
        /* "The two also concurred" */
        a->resolve = RES_PLURAL;
        a->literal = "The two";
        return (long)j;
    }
    if (num) return 0;
    /* "the Working Group": a two-word body of the list */
    if (det && j + 1 < n && w[j].kind == SCM_W_WORD && w[j].cap &&
        w[j + 1].kind == SCM_W_WORD && w[j + 1].cap &&
        w[j + 1].start == w[j].stop + 1 && t[w[j].stop] == ' ' &&
        scm_lexicon_has(c->lex, SCM_LEX_SPEAKER_BODY, t + w[j].start,
                        w[j + 1].stop - w[j].start)) {
        if (add_body_actor(c->lex, a, t + w[j].start,
                           w[j + 1].stop - w[j].start) != 0)
            return -1;
        return (long)j + 2;
    }
    /* "the Ministerial Council", "the OSCE Permanent Council", "the Peace
     * and Security Council": a body's name ends in its head word, which
     * speaks (the actor, as for "the Council of Foreign Ministers") */
    if (det) {
        size_t e = body_name_end(c, w, j, n);
        if (e) {
            if (add_body_actor(c->lex, a, t + w[e - 1].start,
                               w[e - 1].stop - w[e - 1].start) != 0)
                return -1;
            return (long)skip_of_body(c, w, e, n);
        }
    }
    /* "the Committee": a collective body speaking for itself; "The
     * Council of Ministers" by its head word */
    if ((det || ((i == 0 ||
                  /* "On food security, Summit …", "…, and Summit …"; not
                   * a list of bodies ("The Council, Commission and …") */
                  (i >= 2 && scm_word_punct(&w[i - 1], ',') && lower_word(t, &w[i - 2])) ||
                  (i >= 2 && scm_word_is(t, &w[i - 1], "and") &&
                   scm_word_punct(&w[i - 2], ','))) &&
                 j + 1 < n &&
                 (lower_word(t, &w[j + 1]) || scm_word_punct(&w[j + 1], ':')))) &&
        w[j].kind == SCM_W_WORD && w[j].cap &&
        scm_lexicon_has(c->lex, SCM_LEX_SPEAKER_BODY, t + w[j].start,
                        w[j].stop - w[j].start)) {
        /* … and, opening a sentence, without its article: "Summit noted
         * with concern …", "Council approved …" (SADC's usage) */
        const char *full = det ? named_body(c, t + w[j].start, w[j].stop - w[j].start) : NULL;
        if (full ? actors_add(a, full, strlen(full), -1) != 0
                 : add_body_actor(c->lex, a, t + w[j].start, w[j].stop - w[j].start) != 0)
            return -1;
        return (long)skip_of_body(c, w, j + 1, n);
    }
    /* "The SCC condemned …": a body by the short form the document gives
     * it, "Security Consultative Committee (SCC)", whose head word speaks
     * (list speaker-body), its verb next (not "The GCC side"); the actor
     * is the short form (session 15) */
    if ((det || (!num && j == i)) && j + 1 < n && lower_word(t, &w[j + 1]) &&
        body_short_form(c, &w[j])) {
        verb_info v;
        int r = verb_group(c, w, j + 1, n, 0, &v);
        if (r < 0) return -1;
        /* (without an article, a verb a singular subject takes: not
         * "EXIM support for the terminal"; or another of them: "EgSA and
         * NASRDA did not endorse …") */
        if ((r > 0 &&
             ((v.first == j + 1 && (det || v.form != FORM_BASE)) ||
              /* "NASRDA did not endorse …", "The SCC will …" */
              (v.first > j + 1 && IN(c, &w[j + 1], L_AUXILIARIES)))) ||
            (j + 2 < n && scm_word_is(t, &w[j + 1], "and") &&
             (body_short_form(c, &w[j + 2]) ||
              (j + 3 < n && scm_word_is(t, &w[j + 2], "the") &&
               body_short_form(c, &w[j + 3]))))) {
            if (actors_add(a, t + w[j].start, w[j].stop - w[j].start, -1) != 0)
                return -1;
            return (long)j + 1;
        }
    }
    /* "The Kingdom and the Islamic Republic confirmed …", "The Kingdom
     * did not support …": a state named by its form of government alone,
     * the one party of the document the text names in that form ("the
     * Kingdom of Saudi Arabia"; session 25) */
    if (det) {
        size_t e = form_alone_end(c, w, j, n);
        if (e) {
            const char *p = party_of_form(c, t + w[j].start, w[e - 1].stop - w[j].start);
            if (p) return actors_add(a, p, strlen(p), -1) ? -1 : (long)e;
        }
    }
    /* "The Sultanate of Oman", "the Kingdom of Bahrain": a party in its
     * formal style */
    {
        size_t e = scm_state_form_skip(t, w, j, n);
        if (e > j) {
            const char *whole;
            long pk = party_at(c, w, e, n, &cls), pw;
            if (pk < 0) return -1;
            /* … unless the whole style is a party of its own: "the
             * Democratic Republic of the Congo" is the DRC */
            if ((pw = party_at(c, w, j, n, &whole)) < 0) return -1;
            if (pk > 0 && pw > 0 && whole &&
                j + (size_t)pw >= e + (size_t)pk) {
                cls = whole;
                pk = (long)(j + (size_t)pw - e);
            }
            if (pk > 0 && cls) {
                if (actors_add(a, cls, strlen(cls), -1) != 0) return -1;
                return (long)(e + (size_t)pk);
            }
        }
    }
    /* "The Japanese and Indian sides": two parties, one group noun */
    k = party_at(c, w, j, n, &cls);
    if (k < 0) return -1;
    if (k > 0 && det && cls && j + (size_t)k + 2 < n &&
        scm_word_is(t, &w[j + (size_t)k], "and")) {
        const char *cls2;
        size_t e = j + (size_t)k + 1;
        long k2 = party_at(c, w, e, n, &cls2);
        if (k2 < 0) return -1;
        if (k2 > 0 && cls2 && e + (size_t)k2 < n &&
            (IN(c, &w[e + (size_t)k2], L_GROUP_PREVIOUS) ||
             scm_word_ieq(t, &w[e + (size_t)k2], "governments"))) {
            if (actors_add(a, cls, strlen(cls), -1) != 0 ||
                actors_add(a, cls2, strlen(cls2), -1) != 0)
                return -1;
            return (long)(e + (size_t)k2 + 1);
        }
        /* "The Panamanian and Singaporean Heads": the head of each
         * party's side, the first of its people the text introduces
         * (session 40) */
        if (k2 > 0 && cls2 && e + (size_t)k2 + 1 < n && scm_word_is(t, &w[e + (size_t)k2], "Heads") &&
            lower_word(t, &w[e + (size_t)k2 + 1])) {
            int32_t h1 = first_of_party(c, cls), h2 = first_of_party(c, cls2);
            if (h1 >= 0 && h2 >= 0 && h1 != h2) {
                if (add_role_actor(c, a, c->x->people.items[h1].role, h1) != 0 ||
                    add_role_actor(c, a, c->x->people.items[h2].role, h2) != 0)
                    return -1;
                return (long)(e + (size_t)k2 + 1);
            }
        }
        /* "The Lithuanian and Polish Ministers": the one holder of the
         * role of each party */
        if (k2 > 0 && cls2 && e + (size_t)k2 < n &&
            role_plural(c, t, &w[e + (size_t)k2])) {
            const scm_word *g = &w[e + (size_t)k2];
            char sing[64];
            int r = singular(t + g->start, g->stop - g->start, sing, sizeof sing)
                        ? holders_of_two(c, a, sing, cls, cls2)
                        : 0;
            if (r != 0) return r < 0 ? -1 : (long)(e + (size_t)k2 + 1);
        }
        /* "The Romanian and Slovak Prime Ministers", "… Foreign
         * Ministers": a title of two words (session 25) */
        if (k2 > 0 && cls2 && e + (size_t)k2 + 1 < n &&
            w[e + (size_t)k2].kind == SCM_W_WORD && w[e + (size_t)k2].cap &&
            w[e + (size_t)k2 + 1].kind == SCM_W_WORD && w[e + (size_t)k2 + 1].cap &&
            t[w[e + (size_t)k2 + 1].stop - 1] == 's') {
            const scm_word *g0 = &w[e + (size_t)k2], *g = g0 + 1;
            char sing[64];
            size_t l0 = g0->stop - g0->start;
            int r = 0;
            if (l0 + 2 < sizeof sing) {
                memcpy(sing, t + g0->start, l0);
                sing[l0] = ' ';
                if (singular(t + g->start, g->stop - g->start, sing + l0 + 1,
                             sizeof sing - l0 - 1))
                    r = holders_of_two(c, a, sing, cls, cls2);
            }
            if (r != 0) return r < 0 ? -1 : (long)(e + (size_t)k2 + 2);
        }
    }
    /* [party] [Government|title] */
    if (k > 0) {
        const char *role;
        size_t e = j + (size_t)k;
        long tk;
        /* "the Kyrgyz Republic", "the Argentine Republic": the adjective
         * and the state's form */
        if (cls && e < n && w[e].kind == SCM_W_WORD && w[e].cap &&
            scm_word_in(t, &w[e], scm_state_form_words) &&
            !(e + 1 < n && scm_word_is(t, &w[e + 1], "of")))
            e++;
        tk = title_at(c, w, e, n, &role);
        if (tk < 0) return -1;
        /* "The ROK JCS Chairman": a body's short form before the office */
        if (tk == 0 && (tk = acronym_title(c, w, e, n, &role)) > 0) e++;
        if (tk < 0) return -1;
        if (tk > 0) {
            int32_t who;
            size_t te = skip_person(c, w, e, e + (size_t)tk, n, &who);
            /* "the Ghanaian Minister" of two Ministers: that party's */
            if (who < 0 && cls && role)
                who = person_of_party(c, role, cls);
            /* "The Austrian Federal Minister" of a "Federal Minister" the
             * title read as "Minister": that party's one holder of the
             * office as written (session 28) */
            if (who < 0 && cls && role) {
                size_t rl = strlen(role);
                int32_t one = -1;
                int many = 0;
                for (size_t q = 0; q < c->x->people.len; q++) {
                    const scm_person *pp = &c->x->people.items[q];
                    size_t pl = pp->role ? strlen(pp->role) : 0;
                    if (!pp->party || strcmp(pp->party, cls) != 0 || pl <= rl + 1 ||
                        strcmp(pp->role + pl - rl, role) != 0 || pp->role[pl - rl - 1] != ' ')
                        continue;
                    if (one >= 0) many = 1;
                    one = (int32_t)q;
                }
                /* (not "The Paraguayan Delegate" of a "Plenipotentiary
                 * Delegate": the golds keep the word the text uses) */
                if (one >= 0 && !many) {
                    const char *full = c->x->people.items[one].role;
                    size_t stop = w[e + (size_t)tk - 1].stop, fl = strlen(full);
                    /* (the text ends in the whole office: "Federal" may
                     * have been read with the party, "the Austrian
                     * Federal …") */
                    if (stop >= fl + 1 && memcmp(full, t + stop - fl, fl) == 0 &&
                        t[stop - fl - 1] == ' ') {
                        who = one;
                        role = full;
                    }
                }
            }
            /* "The Angolan Head of State": that party's leader, whatever
             * his office's word (session 21) */
            if (who < 0 && cls && role &&
                (strcmp(role, "Head of State") == 0 ||
                 strcmp(role, "Head of Government") == 0 ||
                 /* "The Japanese Premier" of a Prime Minister (session 24) */
                 strcmp(role, "Premier") == 0)) {
                who = leader_of_party(c, cls);
                if (who >= 0) role = c->x->people.items[who].role;
            }
            /* "Kenya's Cabinet Secretary for Investments, Trade and
             * Industry": the office's words, to the person's (session 21) */
            {
                int32_t w2 = -1;
                size_t te2 = te;
                office_words(c, w, e, n, &w2, &te2);
                if (w2 >= 0 && (who < 0 || who == w2)) who = w2, te = te2;
            }
            /* … and her name in apposition: ", Ms. Wanjiku Njeri
             * Kamotho," */
            if (who >= 0 && te + 2 < n && scm_word_punct(&w[te], ',')) {
                size_t q = te + 1;
                if (person_at(c, w[q].start) != who && q + 1 < n &&
                    IN(c, &w[q], L_HONORIFICS))
                    q++;
                if (person_at(c, w[q].start) == who) {
                    scm_off stop = person_mention_stop(c, w[q].start);
                    while (q < n && w[q].start < stop) q++;
                    if (q < n && scm_word_punct(&w[q], ',')) te = q;
                }
            }
            /* "The U.S. Chair" named as "the U.S. Chair, Deputy Assistant
             * Secretary … X": that person, under the office's role */
            if (who < 0 && role && c->nchairs &&
                (strcmp(role, "Chair") == 0 || strcmp(role, "Chairman") == 0 ||
                 strcmp(role, "Chairperson") == 0)) {
                size_t q;
                for (q = 0; q < c->nchairs && who < 0; q++) {
                    const scm_person *pp = &c->x->people.items[c->chairs[q]];
                    if (cls && pp->party && strcmp(pp->party, cls) == 0)
                        who = c->chairs[q];
                }
                if (who < 0 && c->nchairs == 1) who = c->chairs[0];
                if (who >= 0) role = c->x->people.items[who].role;
            }
            if (add_role_actor(c, a, role ? role : "", who) != 0) return -1;
            return (long)skip_trailers(c, w, te, n, who >= 0);
        }
        /* "The U.S. Navy announced …", "the ROK Navy": a party's armed
         * service speaks for it (session 31) */
        if (cls && *cls && e + 1 < n) {
            size_t sv = 0;
            if (scm_word_is(t, &w[e], "Navy") || scm_word_is(t, &w[e], "Army")) sv = 1;
            else if (e + 2 < n && ((scm_word_is(t, &w[e], "Air") && scm_word_is(t, &w[e + 1], "Force")) ||
                                   (scm_word_is(t, &w[e], "Coast") && scm_word_is(t, &w[e + 1], "Guard")) ||
                                   (scm_word_is(t, &w[e], "Marine") && scm_word_is(t, &w[e + 1], "Corps"))))
                sv = 2;
            if (sv && e + sv < n && lower_word(t, &w[e + sv]) && !scm_word_is(t, &w[e + sv], "of"))
                return actors_add(a, cls, strlen(cls), -1) ? -1 : (long)(e + sv);
        }
        /* "The Turkish head of state", "the Thai head of government" in
         * lower case: that party's leader (session 24) */
        if (cls && e + 2 < n && scm_word_is(t, &w[e], "head") &&
            scm_word_is(t, &w[e + 1], "of") &&
            (scm_word_is(t, &w[e + 2], "state") || scm_word_is(t, &w[e + 2], "government"))) {
            int32_t who = leader_of_party(c, cls);
            if (who >= 0) {
                if (add_role_actor(c, a, c->x->people.items[who].role, who) != 0)
                    return -1;
                return (long)e + 3;
            }
        }
        /* "The Australian principals welcomed …": the principals of
         * that party (session 24) */
        if (cls && e < n && scm_word_ieq(t, &w[e], "principals")) {
            size_t from = a->n;
            for (size_t q = 0; q < c->x->people.len; q++) {
                const scm_person *pp = &c->x->people.items[q];
                if (!pp->role || !pp->party || strcmp(pp->party, cls) != 0 ||
                    !principal(c, pp))
                    continue;
                if (add_role_actor(c, a, pp->role, (int32_t)q) != 0) return -1;
            }
            if (a->n > from) return (long)e + 1;
        }
        /* "The Colombian leader emphasised …": that party's one head of
         * state or government (session 20) */
        /* (also "The Vietnamese Government leader", "the Thai State
         * leader"; session 21) */
        if (cls && e + 1 < n && scm_word_is(t, &w[e + 1], "leader") &&
            (scm_word_is(t, &w[e], "Government") || scm_word_is(t, &w[e], "State")))
            e++;
        if (cls && e < n && scm_word_is(t, &w[e], "leader")) {
            int32_t who = -1;
            int many = 0;
            size_t q;
            for (q = 0; q < c->x->people.len; q++) {
                const scm_person *pp = &c->x->people.items[q];
                if (!pp->role || !pp->party || strcmp(pp->party, cls) != 0 ||
                    !scm_bytes_in(pp->role, strlen(pp->role), scm_leader_roles))
                    continue;
                many = many || who >= 0;
                who = (int32_t)q;
            }
            /* … or, no leader of that party named, the one leader whose
             * party the text never gave, the others being another
             * party's: the issuer's own "Prime Minister Dang Quoc Viet"
             * beside "Prime Minister of Canada Élise Lachance"
             * (session 21) */
            if (who < 0) {
                int32_t bare = -1;
                for (q = 0; q < c->x->people.len && !many; q++) {
                    const scm_person *pp = &c->x->people.items[q];
                    if (!pp->role ||
                        !scm_bytes_in(pp->role, strlen(pp->role), scm_leader_roles))
                        continue;
                    if (pp->party && *pp->party) continue;
                    many = bare >= 0;
                    bare = (int32_t)q;
                }
                who = many ? -1 : bare;
            }
            if (who >= 0 && !many) {
                if (add_role_actor(c, a, c->x->people.items[who].role, who) != 0)
                    return -1;
                return (long)e + 1;
            }
        }
        /* "the Estonian co-chair": the co-chair of that party */
        if (cls && e < n && c->ncochairs >= 2 &&
            (scm_word_ieq(t, &w[e], "co-chair") ||
             scm_word_ieq(t, &w[e], "co-chairman") ||
             scm_word_ieq(t, &w[e], "co-chairperson"))) {
            int32_t who = cochair_of_party(c, cls);
            if (who >= 0) {
                const char *r = c->x->people.items[who].role;
                if (add_role_actor(c, a, r ? r : "", who) != 0) return -1;
                return (long)e + 1;
            }
        }
        /* "the ASEAN Leaders": the party speaks through its group;
         * "The Colombian Ministers": its people of that role, if named */
        {
            size_t g = group_after(c, w, e, n);
            if (g) {
                char sing[64];
                size_t q, from = a->n;
                if (cls && singular(t + w[g - 1].start,
                                    w[g - 1].stop - w[g - 1].start, sing,
                                    sizeof sing))
                    for (q = 0; q < c->x->people.len; q++) {
                        const scm_person *pp = &c->x->people.items[q];
                        if (pp->role && pp->party &&
                            strcmp(pp->party, cls) == 0 &&
                            strcmp(pp->role, sing) == 0 &&
                            add_role_actor(c, a, pp->role, (int32_t)q) != 0)
                            return -1;
                    }
                if (a->n > from) return (long)g;
                e = g;
            } else if (e < n && IN(c, &w[e], L_PARTY_HEADS)) {
                /* "The FSM members reaffirmed …" of a committee: the
                 * titled people of that party, when the text named any */
                if (cls && scm_word_is(t, &w[e], "members")) {
                    size_t q, from = a->n;
                    for (q = 0; q < c->x->people.len; q++) {
                        const scm_person *pp = &c->x->people.items[q];
                        if (pp->role && pp->party &&
                            strcmp(pp->party, cls) == 0 &&
                            add_role_actor(c, a, pp->role, (int32_t)q) != 0)
                            return -1;
                    }
                    if (a->n > from) return (long)e + 1;
                }
                e++;
                /* "The Belarusian part of the Commission reaffirmed …"
                 * (session 35) */
                e = skip_of_body(c, w, e, n);
            }
        }
        if (actors_add(a, cls ? cls : "", cls ? strlen(cls) : 0, -1) != 0)
            return -1;
        return (long)e;
    }
    /* "the Government of the People's Republic of China"; "The Royal
     * Government of Bhutan", "the Federal Government of Somalia" (session
     * 35) */
    if (j + 2 < n && (scm_word_is(t, &w[j], "Royal") || scm_word_is(t, &w[j], "Federal")) &&
        scm_word_is(t, &w[j + 1], "Government") && scm_word_is(t, &w[j + 2], "of"))
        j++;
    if (scm_word_is(t, &w[j], "Government") && j + 1 < n &&
        scm_word_is(t, &w[j + 1], "of")) {
        size_t e = j + 2;
        if (e < n && scm_word_ieq(t, &w[e], "the")) e++;
        k = party_at(c, w, e, n, &cls);
        if (k < 0) return -1;
        /* "the Government of the Kingdom of Morocco", "of the Principality
         * of Andorra", "of His Serene Highness the Sovereign Prince of
         * Monaco": a state's style in capitals before its name, whose
         * party the name after the style's "of" gives (session 34) */
        for (size_t q = e; k == 0 && q < n && q < e + 7; q++) {
            if (scm_word_is(t, &w[q], "of") && q > e) {
                size_t r = q + 1;
                if (r < n && scm_word_ieq(t, &w[r], "the")) r++;
                k = party_at(c, w, r, n, &cls);
                if (k < 0) return -1;
                if (k > 0) e = r;
                break;
            }
            if (w[q].kind != SCM_W_WORD || !(w[q].cap || scm_word_is(t, &w[q], "the")))
                break;
        }
        if (k > 0) {
            if (actors_add(a, cls ? cls : "", cls ? strlen(cls) : 0, -1))
                return -1;
            return (long)(e + (size_t)k);
        }
        return 0;
    }
    /* "G7 Foreign Ministers": a short form outside the party list
     * speaking through its group, the short form as the actor */
    if (short_form(t, &w[j])) {
        static const char *const members[] = {"countries", "nations",
                                              "economies", "members",
                                              "partners",
                                              /* "GCTF Members reaffirmed …"
                                               * (session 15) */
                                              "Members", "Partners", NULL};
        size_t g = group_after(c, w, j + 1, n);
        /* "The CARICOM Heads of Government", "… Heads of State and
         * Government": the heads' offices go with the group word
         * (session 35) */
        if (g) g = heads_offices_end(t, w, g - 1, n);
        /* "the NB8 countries", "CELAC Member States": its members */
        if (!g && j + 1 < n && scm_word_in(t, &w[j + 1], members))
            g = j + 2;
        if (!g && j + 2 < n && scm_word_ieq(t, &w[j + 1], "member") &&
            scm_word_ieq(t, &w[j + 2], "states"))
            g = j + 3;
        if (g) {
            if (actors_add(a, t + w[j].start, w[j].stop - w[j].start, -1))
                return -1;
            return (long)g;
        }
    }
    /* Honorific Family: "Dr. Abernathy" for a titled person of that
     * family name (the only one) */
    if (j + 1 < n && IN(c, &w[j], L_HONORIFICS) &&
        w[j + 1].kind == SCM_W_WORD &&
        (w[j + 1].cap || scm_particle_name(t, &w[j + 1]) ||
         /* "Mr. da Cruz Pereira", "Dr. al-Tayeb" */
         (j + 2 < n && scm_word_in(t, &w[j + 1], scm_family_particles_lower) &&
          w[j + 2].kind == SCM_W_WORD && w[j + 2].cap))) {
        size_t q, nm = j + 1;
        int32_t who;
        int many = 0;
        /* "Datuk Seri Rosnah", "His Excellency Sheikh ...": the name
         * after a run of honorifics */
        while (nm + 1 < n && (IN(c, &w[nm], L_HONORIFICS) ||
                              scm_word_is(t, &w[nm], "Seri") ||
                              scm_word_is(t, &w[nm], "Sri")))
            nm++;
        who = person_at(c, w[nm].start);
        /* "U Than Lwin", "Dr. Helen Abernathy": a mention of a titled
         * person the people stage found */
        if (who < 0) who = person_at(c, w[j].start);
        if (who >= 0 && c->x->people.items[who].role) {
            size_t te = skip_person(c, w, j, j + 1, n, &who);
            if (add_role_actor(c, a, c->x->people.items[who].role, who) != 0)
                return -1;
            return (long)skip_trailers(c, w, te, n, 1);
        }
        who = -1;
        /* "Prince Faisal", "Sheikh Abdullah": a given name */
        int given = IN(c, &w[j], L_GIVEN_HONORIFICS);
        size_t fn = w[j + 1].stop - w[j + 1].start;
        for (q = 0; q < c->x->people.len; q++) {
            const scm_person *pp = &c->x->people.items[q];
            if (pp->role && pp->family &&
                (given ? scm_name_has_word(pp->name, t + w[j + 1].start, fn)
                       : strlen(pp->family) == fn &&
                             memcmp(pp->family, t + w[j + 1].start, fn) == 0)) {
                many = many || who >= 0;
                who = (int32_t)q;
            }
        }
        if (who < 0 || many) return 0;
        if (add_role_actor(c, a, c->x->people.items[who].role, who) != 0)
            return -1;
        return (long)skip_trailers(c, w, j + 2, n, 1);
    }
    /* a mention the people stage found that opens with an office word of
     * this document's own ("Naalakkersuisoq Kristiansen") */
    if (w[j].kind == SCM_W_WORD && w[j].cap) {
        const char *role0;
        int32_t who = person_at(c, w[j].start);
        if (who >= 0 && c->x->people.items[who].role &&
            title_at(c, w, j, n, &role0) == 0) {
            scm_off stop = person_mention_stop(c, w[j].start);
            size_t e = j;
            while (e < n && w[e].stop <= stop) e++;
            if (e > j + 1) {
                if (add_role_actor(c, a, c->x->people.items[who].role, who) != 0)
                    return -1;
                return (long)skip_trailers(c, w, e, n, 1);
            }
        }
    }
    /* "Brackenridge reiterated …": a titled person called by the family
     * name alone, as news-style readouts do after the first mention */
    if (!det && !num && w[j].kind == SCM_W_WORD && w[j].cap) {
        const char *role0, *cls0;
        size_t q;
        int32_t who = -1;
        int many = 0;
        if (title_at(c, w, j, n, &role0) == 0 && party_at(c, w, j, n, &cls0) == 0) {
            for (q = 0; q < c->x->people.len; q++) {
                const scm_person *pp = &c->x->people.items[q];
                size_t fl = pp->family ? strlen(pp->family) : 0;
                /* strncmp: the text's NUL ends a comparison at its end */
                if (pp->role && fl && strncmp(pp->family, t + w[j].start, fl) == 0) {
                    size_t e = j;
                    while (e < n && w[e].stop < w[j].start + fl) e++;
                    if (e < n && w[e].stop == w[j].start + fl) {
                        many = many || who >= 0;
                        who = (int32_t)q;
                    }
                }
            }
        }
        if (who >= 0 && !many) {
            size_t e = j;
            while (e < n && w[e].stop < w[j].start + strlen(c->x->people.items[who].family))
                e++;
            if (add_role_actor(c, a, c->x->people.items[who].role, who) != 0) return -1;
            return (long)skip_trailers(c, w, e + 1, n, 1);
        }
    }
    /* "The chair noted …": the role in lower case, as the Chair */
    if (det && !num && scm_word_is(t, &w[j], "chair") && j + 1 < n &&
        w[j + 1].kind == SCM_W_WORD && lower_word(t, &w[j + 1])) {
        int32_t who = -1;
        size_t q;
        for (q = 0; q < c->x->people.len; q++)
            if (c->x->people.items[q].role &&
                strcmp(c->x->people.items[q].role, "Chair") == 0)
                who = who < 0 ? (int32_t)q : -2;
        if (add_role_actor(c, a, "Chair", who >= 0 ? who : -1) != 0) return -1;
        return (long)j + 1;
    }
    /* title [Name] */
    {
        const char *role;
        long tk = title_at(c, w, j, n, &role);
        size_t te;
        int32_t who;
        /* "The CFC Commander" */
        if (tk == 0 && (tk = acronym_title(c, w, j, n, &role)) > 0) j++;
        if (tk <= 0) return tk;
        te = skip_person(c, w, j, j + (size_t)tk, n, &who);
        /* "Chief of Police Solheim-Aarnes welcomed …": an office with its
         * body, then the family name of the one person who bears it (the
         * office a rank the introduction gave beside the role; session
         * 42) */
        if (who < 0 && !det && te + 2 < n && scm_word_is(t, &w[te], "of")) {
            for (size_t q = te + 1; q < n && q < te + 5 && w[q].kind == SCM_W_WORD && w[q].cap; q++) {
                size_t e = q;
                int32_t fw = q > te + 1 ? family_at(c, w, &e, n) : -1;
                if (fw < 0) continue;
                /* (the name ends the subject: the verb after it) */
                if (c->x->people.items[fw].role && e < n && w[e].kind == SCM_W_WORD &&
                    !w[e].cap) {
                    who = fw;
                    role = c->x->people.items[fw].role;
                    te = e;
                }
                break;
            }
        }
        if (who < 0 && te < n && w[te].kind == SCM_W_WORD && w[te].cap &&
            !party_at(c, w, te, n, &cls))
            return 0; /* "the President Obama Library": not a speaker */
        /* "the Prime Minister of India" of two Prime Ministers */
        if (who < 0 && role && te + 1 < n && scm_word_is(t, &w[te], "of")) {
            size_t pw = te + 1;
            long pk;
            if (pw < n && scm_word_ieq(t, &w[pw], "the")) pw++;
            pk = party_at(c, w, pw, n, &cls);
            if (pk == 0) {
                /* "the President of the Republic of Ecuador" */
                size_t fe = scm_state_form_skip(t, w, pw, n);
                if (fe > pw) pk = party_at(c, w, fe, n, &cls);
            }
            if (pk < 0) return -1;
            if (pk > 0 && cls) who = person_of_party(c, role, cls);
        }
        /* "The Minister for Fisheries and Marine Resources Development
         * expressed …", "The Minister of Natural Resources welcomed …":
         * the one person whose office the words write (session 15) */
        if (who < 0 && role && det) office_words(c, w, j, n, &who, &te);
        /* "The Director General of ARTP" of two Directors General: the
         * one whose office names that short form ("… Regulatory Authority
         * (ARTP) of Senegal"; session 19) */
        if (who < 0 && role && te + 1 < n && scm_word_is(t, &w[te], "of") &&
            w[te + 1].kind == SCM_W_WORD && w[te + 1].cap && !w[te + 1].lower &&
            w[te + 1].stop - w[te + 1].start >= 2 &&
            w[te + 1].stop - w[te + 1].start < 16) {
            char sf[20];
            size_t sl = w[te + 1].stop - w[te + 1].start, q, hits = 0;
            int32_t found = -1;
            sf[0] = '(';
            memcpy(sf + 1, t + w[te + 1].start, sl);
            sf[sl + 1] = ')';
            sf[sl + 2] = '\0';
            for (q = 0; q < c->x->people.len; q++) {
                const scm_person *pp = &c->x->people.items[q];
                if (pp->role && strcmp(pp->role, role) == 0 &&
                    ((pp->title && strstr(pp->title, sf)) ||
                     short_form_before(c, pp, sf + 1, sl))) {
                    found = (int32_t)q;
                    hits++;
                }
            }
            if (hits == 1) who = found, te += 2;
        }
        /* "Admiral Qiao held a meeting with Vice Admiral Tran …. The
         * Chair and the Vice Admiral discussed …": a rank with its
         * article is the person last mentioned with those words before
         * his name (session 18) */
        if (who < 0 && det && role &&
            scm_bytes_in(role, strlen(role), scm_rank_roles))
            who = last_with_rank(c, t + w[j].start, w[te - 1].stop - w[j].start);
        /* "the President" of two Presidents: the one the document is
         * about */
        if (who < 0 && role && role_shared(c, role)) who = issuer_of(c, role);
        if (add_role_actor(c, a, role ? role : "", who) != 0) return -1;
        return (long)skip_trailers(c, w, te, n, who >= 0);
    }
}

/* "The Minister for Fisheries and Marine Resources Development": the one
 * person whose title the words from word j through the "of"/"for" at
 * *te write; *who and *te (the word after them) when one does. */
static void office_words(const acts_ctx *c, const scm_word *w, size_t j,
                         size_t n, int32_t *who, size_t *te) {
    const char *t = c->t;
    size_t kk, best_k = 0, from = *te;
    int32_t best = -1;
    if (from + 1 >= n ||
        !(scm_word_is(t, &w[from], "of") || scm_word_is(t, &w[from], "for")))
        return;
    for (kk = from + 1; kk < n && kk < from + 10; kk++) {
        size_t len = w[kk].stop - w[j].start, q, hits = 0, listed = 0;
        int32_t found = -1, found_listed = -1;
        /* (a portfolio list: "for Investments, Trade and Industry") */
        if (scm_word_punct(&w[kk], ',') && kk + 1 < n && w[kk + 1].cap) continue;
        if (w[kk].kind != SCM_W_WORD) break;
        if (!w[kk].cap) {
            if (scm_word_is(t, &w[kk], "and") || scm_word_is(t, &w[kk], "of") ||
                scm_word_is(t, &w[kk], "the"))
                continue;
            break;
        }
        for (q = 0; q < c->x->people.len; q++) {
            const char *pt = c->x->people.items[q].title;
            if (pt && strncmp(pt, t + w[j].start, len) == 0) {
                if (pt[len] == '\0' || pt[len] == ' ') {
                    found = (int32_t)q;
                    hits++;
                } else if (pt[len] == ',') {
                    /* a list goes on in the title: only when no title
                     * ends or goes on here ("Minister of Education" of
                     * Finland beside "Minister of Education, Science and
                     * Technology") */
                    found_listed = (int32_t)q;
                    listed++;
                }
            }
        }
        if (hits == 0 && listed) hits = listed, found = found_listed;
        if (hits == 0) break;
        if (hits == 1) best = found, best_k = kk + 1;
    }
    if (best >= 0) *who = best, *te = best_k;
}

/* The last short form in brackets before person p's introduction, in the
 * 160 bytes before it ("… Regulatory Authority (AMRTP), Mrs. Aminata
 * Dembélé"), is sf[0..sl). */
static int short_form_before(const acts_ctx *c, const scm_person *p, const char *sf,
                             size_t sl) {
    scm_off at, lo;
    const char *t = c->t;
    if (!p->mentions.len) return 0;
    at = p->mentions.items[0].start;
    lo = at > 160 ? at - 160 : 0;
    while (at > lo && t[at - 1] != ')') {
        if (t[at - 1] == '.' && at >= 2 && t[at - 2] != ' ' && at - 1 > lo &&
            !(t[at - 2] >= 'A' && t[at - 2] <= 'Z'))
            return 0; /* (a sentence's end before it) */
        at--;
    }
    if (at <= lo || at - 1 < sl + 1) return 0;
    return t[at - 2 - sl] == '(' && memcmp(t + at - 1 - sl, sf, sl) == 0;
}

/* A subject at word p: its words [first, stop) and actors.  0/1/-1. */
#define MAX_ITEMS 8

/* A subject at word p: its first word, and after each of its items (a
 * list "A, B and C" may be cut short: "We, the Leaders of ..., reaffirm")
 * the end and the number of actors.  0/1/-1. */
typedef struct subject_parse {
    size_t first, nstops;
    size_t stops[MAX_ITEMS], counts[MAX_ITEMS];
} subject_parse;

static int group_literal(const char *name);

static int subject_at(acts_ctx *c, const scm_word *w, size_t p, size_t n,
                      subject_parse *sp, actor_set *a) {
    const char *t = c->t;
    size_t i = p;
    long e;
    a->n = 0;
    a->resolve = RES_NONE;
    a->literal = NULL;
    a->count = 0;
    a->neuter = 0;
    sp->nstops = 0;
    if (i < n && (scm_word_is(t, &w[i], "and") || scm_word_is(t, &w[i], "but") ||
                  /* ", whereas the Vietnamese Prime Minister stressed …"
                   * (session 31) */
                  (i > 0 && scm_word_punct(&w[i - 1], ',') &&
                   (scm_word_is(t, &w[i], "whereas") ||
                    /* (", while Paraguay did not support …"; not "and,
                     * while he did not endorse …, underscored", a clause
                     * inside the sentence's, nor ", while others …") */
                    (scm_word_is(t, &w[i], "while") && i > 1 && !scm_word_is(t, &w[i - 2], "and") &&
                     i + 1 < n && !scm_word_is(t, &w[i + 1], "others")))))) {
        i++;
        /* ", and today we endorse": an adverb between "and" and the
         * subject, with or without commas */
        if (i + 1 < n && lower_word(t, &w[i]) &&
            IN(c, &w[i], L_VERB_ADVERBS) && !scm_word_is(t, &w[i], "both") &&
            !scm_word_is(t, &w[i], "each") && !scm_word_is(t, &w[i], "all")) {
            i++;
            if (i + 1 < n && scm_word_punct(&w[i], ',')) i++;
        }
    }
    sp->first = i;
    if (i < n && scm_word_ieq(t, &w[i], "both") && i + 1 < n &&
        !IN(c, &w[i + 1], L_GROUP_NAMED) &&
        !IN(c, &w[i + 1], L_GROUP_PREVIOUS) &&
        !scm_word_ieq(t, &w[i + 1], "governments") &&
        !scm_word_is(t, &w[i + 1], "Kingdoms") &&
        !scm_word_is(t, &w[i + 1], "Republics") &&
        !scm_word_is(t, &w[i + 1], "Excellencies") &&
        /* (nor "Both Ministries", "Both Foreign Ministries"; session 29) */
        !scm_word_ieq(t, &w[i + 1], "ministries") &&
        !(i + 2 < n && scm_word_ieq(t, &w[i + 2], "ministries")) &&
        /* (nor "Both Attorneys-General": a role's plural, counted; nor
         * "Both Commissions", "Both central banks": institutions) */
        !role_plural(c, t, &w[i + 1]) &&
        /* (nor "Both Commissions", "Both Committees" of two states'
         * bodies in capitals: the count reads them; session 36) */
        !scm_word_in(t, &w[i + 1], counted_bodies) && !scm_word_is(t, &w[i + 1], "Parts") &&
        /* (two institutions or more of that word: the count decides
         * among them, counted_institutions; session 19) */
        institutions_named(c, &w[i + 1]) < 2 &&
        !(i + 2 < n && lower_word(t, &w[i + 1]) &&
          institutions_named(c, &w[i + 2]) >= 2) &&
        !(lower_word(t, &w[i + 1]) && !scm_word_is(t, &w[i + 1], "the")))
        i++; /* "Both the Secretary and the Minister" (not "Both stressed") */
    /* "Neither France nor Spain supported …": the two, the act negated
     * by the subject's "Neither" (session 29) */
    int neither = 0;
    /* (also "Neither the Netherlands nor Norway"; session 30) */
    if (i + 3 < n && scm_word_is(t, &w[i], "Neither") &&
        (w[i + 1].cap || (scm_word_is(t, &w[i + 1], "the") && w[i + 2].cap)))
        for (size_t q = i + 2; q < n && q < i + 8 && !neither; q++)
            if (scm_word_is(t, &w[q], "nor")) neither = 1;
    if (neither) i++;
    /* "None of the Ministers supported …": the group, the act negated
     * by the subject's "None" (session 29) */
    else if (i + 3 < n && scm_word_is(t, &w[i], "None") && scm_word_is(t, &w[i + 1], "of") &&
             (scm_word_is(t, &w[i + 2], "the") || scm_word_is(t, &w[i + 2], "them")))
        i += scm_word_is(t, &w[i + 2], "them") ? 0 : 2;
    while (sp->nstops < MAX_ITEMS) {
        size_t save = a->n, dk;
        e = subject_item(c, w, i, n, a);
        if (e < 0) {
            actors_free(a);
            return -1;
        }
        if (e == 0) {
            while (a->n > save) free(a->names[--a->n]);
            break;
        }
        i = (size_t)e;
        /* "the Democratic Republic of the Congo (DRC) announced", "The
         * European Union (EU) and Canada": the item's short form */
        if (i + 2 < n && scm_word_punct(&w[i], '(') &&
            scm_word_punct(&w[i + 2], ')') && short_form_word(t, &w[i + 1]))
            i += 3;
        /* "Denmark (in respect of the Faroe Islands and Greenland)
         * expressed …": a qualifier in brackets that opens in lower case
         * (session 29) */
        else if (i + 3 < n && scm_word_punct(&w[i], '(') && lower_word(t, &w[i + 1]) &&
                 !scm_word_is(t, &w[i + 1], "hereinafter") && !scm_word_is(t, &w[i + 1], "together") &&
                 !scm_word_is(t, &w[i + 1], "collectively")) {
            size_t q = i + 1;
            while (q < n && q - i <= 12 && !scm_word_punct(&w[q], ')') && !scm_word_punct(&w[q], '('))
                q++;
            if (q < n && scm_word_punct(&w[q], ')') && q + 1 < n && lower_word(t, &w[q + 1])) i = q + 1;
        }
        /* "The two Prime Ministers – recalling that … – reaffirmed …": a
         * clause between spaced dashes after the subject (session 30) */
        else if ((dk = dash_clause_end(t, w, i, n, 40)) != 0)
            i = dk;
        /* "The three Chiefs of Defense (hereinafter “the Chiefs”)
         * reaffirmed": the name the text gives the group (session 21) */
        if (i + 2 < n && scm_word_punct(&w[i], '(') &&
            (scm_word_ieq(t, &w[i + 1], "hereinafter") ||
             scm_word_ieq(t, &w[i + 1], "collectively") ||
             scm_word_ieq(t, &w[i + 1], "together"))) {
            size_t q = i + 2;
            while (q < n && q - i < 12 && !scm_word_punct(&w[q], ')') &&
                   !scm_word_punct(&w[q], '('))
                q++;
            if (q < n && q - i < 12 && scm_word_punct(&w[q], ')')) i = q + 1;
        }
        sp->stops[sp->nstops] = i;
        sp->counts[sp->nstops++] = a->n;
        if (a->resolve) break;
        /* "Ministers from several Members acknowledged …": a group with
         * where its speakers come from (session 13) */
        if (i + 2 < n && scm_word_is(t, &w[i], "from") && a->n == 1 &&
            group_literal(a->names[0]) && sp->nstops < MAX_ITEMS) {
            static const char *const from_words[] = {
                "several", "many", "some", "all", "the", "other", "member",
                "developing", "countries", "states", "economies", NULL};
            size_t k = i + 1, end = 0;
            while (k < n && k - i <= 5 && w[k].kind == SCM_W_WORD &&
                   (w[k].cap || scm_word_in(t, &w[k], from_words))) {
                k++;
                if (w[k - 1].cap || t[w[k - 1].stop - 1] == 's') end = k;
            }
            if (end) {
                sp->stops[sp->nstops] = end;
                sp->counts[sp->nstops++] = a->n;
            }
            break;
        }
        /* "Minister A, joined by Minister B, called on …": both speak
         * (session 26); so do "The Ministers, together with the Governor
         * of Tete Province, welcomed …" (session 28) */
        /* (and "President Thiaw, as well as President Wrześniewski,
         * welcomed …"; session 31) */
        if (i + 4 < n && scm_word_punct(&w[i], ',') &&
            ((scm_word_is(t, &w[i + 1], "joined") && scm_word_is(t, &w[i + 2], "by")) ||
             (scm_word_is(t, &w[i + 1], "together") && scm_word_is(t, &w[i + 2], "with")) ||
             (i + 5 < n && scm_word_is(t, &w[i + 1], "as") && scm_word_is(t, &w[i + 2], "well") &&
              scm_word_is(t, &w[i + 3], "as")))) {
            size_t at = scm_word_is(t, &w[i + 1], "as") ? i + 4 : i + 3;
            size_t save2 = a->n;
            long e2 = subject_item(c, w, at, n, a);
            if (e2 < 0) {
                actors_free(a);
                return -1;
            }
            if (e2 > 0 && (size_t)e2 + 1 < n && scm_word_punct(&w[e2], ',') && !a->resolve &&
                a->n > save2) {
                sp->stops[sp->nstops - 1] = (size_t)e2 + 1;
                sp->counts[sp->nstops - 1] = a->n;
                break;
            }
            while (a->n > save2) free(a->names[--a->n]);
            a->resolve = RES_NONE;
        }
        /* "We, the Leaders of ..., reaffirm": an apposition, not a list */
        if (a->n == 1 && strcmp(a->names[0], "We") == 0 && i < n &&
            scm_word_punct(&w[i], ','))
            break;
        if (i < n && (scm_word_is(t, &w[i], "and") || (neither && scm_word_is(t, &w[i], "nor")))) {
            i++;
            continue;
        }
        /* "Minister Goh, who joined the call, and Kenya's Cabinet
         * Secretary … discussed": a relative clause inside the list
         * (session 21) */
        if (i + 2 < n && scm_word_punct(&w[i], ',') &&
            scm_word_is(t, &w[i + 1], "who")) {
            size_t q = i + 2;
            while (q < n && q - i < 30 && !scm_word_punct(&w[q], ',') &&
                   !scm_word_punct(&w[q], ';') && !scm_word_punct(&w[q], '.'))
                q++;
            if (q + 2 < n && scm_word_punct(&w[q], ',') &&
                scm_word_is(t, &w[q + 1], "and")) {
                i = q + 2;
                continue;
            }
            break;
        }
        if (i + 1 < n && scm_word_punct(&w[i], ',')) {
            i++;
            if (scm_word_is(t, &w[i], "and")) i++;
            continue;
        }
        break;
    }
    if (!sp->nstops) {
        actors_free(a);
        return 0;
    }
    return 1;
}

/* Word j (the end of a subject's item) is a comma that no "and" follows:
 * the next item is in apposition, or the subject of a clause after a
 * fronted phrase. */
static int bare_comma_before(const acts_ctx *c, const scm_word *w, size_t j,
                             size_t n) {
    return j + 1 < n && scm_word_punct(&w[j], ',') &&
           !scm_word_is(c->t, &w[j + 1], "and");
}

/* Word j, after a subject, ends a lead-in: the colon that closes the
 * sentence, or an apposition before it (", as guarantor States of the
 * Astana format:"; session 24). */
static int lead_in_end(const acts_ctx *c, const scm_word *w, size_t j, size_t n) {
    if (j + 1 == n && scm_word_punct(&w[j], ':')) return 1;
    if (j + 3 < n && scm_word_punct(&w[j], ',') && scm_word_is(c->t, &w[j + 1], "as") &&
        scm_word_punct(&w[n - 1], ':')) {
        for (size_t q = j + 2; q + 1 < n; q++)
            if (w[q].kind != SCM_W_WORD) return 0;
        return 1;
    }
    return 0;
}

/* A subject and its verb group at word p.  2: both (*stop is the subject's
 * end), 1: a subject without a reporting verb (its longest reading), 0:
 * no subject, -1: memory.  Actors are left in `a` unless 0 or -1. */
static int subject_verb(acts_ctx *c, const scm_word *w, size_t p, size_t n,
                        size_t *first, size_t *stop, actor_set *a,
                        verb_info *v) {
    subject_parse sp;
    size_t k;
    int r = subject_at(c, w, p, n, &sp, a);
    if (r <= 0) return r;
    *first = sp.first;
    for (k = sp.nstops; k-- > 0;) {
        r = verb_group(c, w, sp.stops[k], n, 1, v);
        if (r < 0) {
            actors_free(a);
            return -1;
        }
        /* "Following a briefing by … Dr. Sunita Kharbanda, the Ministers
         * discussed …": an item after a bare comma that adds a group of
         * speakers makes no list (a list closes with "and"; an
         * apposition, "the Director-General, Dr. X," or "X, Minister of
         * State, Minister of …", names one): the subject starts after the
         * comma (session 16) */
        if (k > 0 && (r > 0 || k + 1 == sp.nstops) &&
            (sp.counts[k] >= sp.counts[k - 1] + 2 ||
             (sp.counts[k] == sp.counts[k - 1] + 1 &&
              group_literal(a->names[sp.counts[k - 1]]))) &&
            bare_comma_before(c, w, sp.stops[k - 1], n)) {
            actors_free(a);
            return 0;
        }
        if (r > 0) {
            /* the impersonal passive "It was agreed that …": its subject
             * is no speaker */
            if (v->passive && sp.stops[k] == sp.first + 1 &&
                (scm_word_is(c->t, &w[sp.first], "It") ||
                 scm_word_is(c->t, &w[sp.first], "it"))) {
                actors_free(a);
                return 0;
            }
            while (a->n > sp.counts[k]) free(a->names[--a->n]);
            *stop = sp.stops[k];
            return 2;
        }
    }
    /* "We, A, President of …, and B, President of …, meeting in … on the
     * occasion of …, reaffirm": a declaration's "We" and its verb in the
     * present after the apposition's last comma, however long it is
     * (session 16) */
    if (sp.nstops == 1 && a->n == 1 && strcmp(a->names[0], "We") == 0 &&
        sp.stops[0] < n && scm_word_punct(&w[sp.stops[0]], ',')) {
        size_t q;
        for (q = sp.stops[0] + 1; q + 1 < n && q - sp.stops[0] < 120; q++) {
            if (scm_word_punct(&w[q], ';') || scm_word_punct(&w[q], '.')) break;
            if (!scm_word_punct(&w[q], ',')) continue;
            r = verb_group(c, w, q + 1, n, 0, v);
            if (r < 0) {
                actors_free(a);
                return -1;
            }
            if (r > 0 && v->form == FORM_BASE) {
                *stop = sp.stops[0];
                return 2;
            }
        }
        memset(v, 0, sizeof *v);
    }
    *stop = sp.stops[sp.nstops - 1];
    return 1;
}

/* ---- acts ---- */

/* An actor that is a group word of plural number: "Arctic States",
 * "Member States", "Ministers", "Heads of State and Government"
 * (group_literal_word, declared at the top). */
static int group_literal(const char *name) {
    const char *sp = strrchr(name, ' '), *last = sp ? sp + 1 : name;
    const char *of = strstr(name, " of ");
    if (strncmp(name, "members of ", 11) == 0 ||
        strncmp(name, "Heads of ", 9) == 0 ||
        strncmp(name, "Friends of ", 11) == 0)
        return 1; /* "members of the Security Council", "Friends of Yemen" */
    /* "Chiefs of Defence Forces": the group word before its complement
     * (session 17) */
    if (of && !memchr(name, ' ', (size_t)(of - name)) &&
        group_literal_word(name, (size_t)(of - name)))
        return 1;
    return group_literal_word(last, strlen(last));
}

/* The word s[0..n) is a plural group noun: "States", "Ministers", … */
static int group_literal_word(const char *s, size_t n) {
    static const char *const heads[] = {
        "States", "Ministers", "Leaders", "Members", "Parties", "Allies",
        "Partners", "Participants", "Governments", "Government",
        "Presidents", "Secretaries", "Premiers", "Chancellors", "Chiefs",
        "Delegations",
        /* a bank's "Governors", "Commanders", "Ambassadors" … (session 17) */
        "Governors", "Commissioners", "Commanders", "Ambassadors",
        "Representatives", "Delegates", "Envoys", "Mayors", "Speakers",
        /* a forum's heads of agencies, as one group (session 19) */
        "Principals", NULL};
    const char *h = memchr(s, '-', n);
    /* "Vice-Ministers": a group of the last part's kind (session 16) */
    if (h && h + 1 < s + n && !memchr(h + 1, '-', (size_t)(s + n - h - 1)))
        return scm_bytes_in(h + 1, (size_t)(s + n - h - 1), heads);
    return scm_bytes_in(s, n, heads);
}

/* The act's subject as written ends in a plural group noun ("The WB6
 * Ministers", "The G7 Leaders"): its actors are many, however few the
 * words naming them. */
static int plural_subject(const acts_ctx *c, const scm_act *p) {
    const char *t = c->t;
    scm_off e = p->subject.stop, b = e;
    while (b > p->subject.start && t[b - 1] != ' ') b--;
    return e - b >= 4 && t[b] >= 'A' && t[b] <= 'Z' && t[e - 1] == 's' &&
           group_literal_word(t + b, e - b);
}

/* The subject is a name and a plural group noun in lower case: "The BASIC
 * countries", "the Nordic states" -- one actor who is many, whom a later
 * "They" stands for (not "The United States"). */
static int named_group_subject(const acts_ctx *c, const scm_act *p) {
    static const char *const heads[] = {"countries", "states", "nations",
                                        "members", "partners", "governments",
                                        "economies", NULL};
    const char *t = c->t;
    scm_off e = p->subject.stop, b = e;
    scm_off pb;
    while (b > p->subject.start && t[b - 1] != ' ') b--;
    if (b < p->subject.start + 2) return 0;
    /* (a capital in the word before: "the Nordic states", "The BASIC
     * countries", "The e-PINE partners") */
    for (pb = b - 1; pb > p->subject.start && t[pb - 1] != ' ';) pb--;
    while (pb < b - 1 && !(t[pb] >= 'A' && t[pb] <= 'Z')) pb++;
    return pb < b - 1 && scm_bytes_in(t + b, e - b, heads);
}

static int parties_named(acts_ctx *c, const char *text, size_t start,
                         size_t stop, const char **seen, size_t *ns);

/* A copy of a line in capitals in title case: each word's first letter
 * kept, the rest in lower case, "of", "the", "and" all in lower case. */
static char *title_cased_copy(const char *s, size_t n) {
    static const char *const small[] = {"OF", "THE", "AND", NULL};
    char *out = malloc(n + 1);
    size_t i = 0;
    if (!out) return NULL;
    while (i < n) {
        size_t e = i, k;
        int lower_all = 0;
        while (e < n && ((s[e] >= 'A' && s[e] <= 'Z') || (s[e] >= 'a' && s[e] <= 'z'))) e++;
        for (k = 0; small[k]; k++)
            if (strlen(small[k]) == e - i && memcmp(s + i, small[k], e - i) == 0) lower_all = 1;
        for (k = i; k < e; k++)
            out[k] = (char)((k > i || lower_all) && s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
        if (e == i) {
            out[i] = s[i];
            e = i + 1;
        }
        i = e;
    }
    out[n] = '\0';
    return out;
}

/* The two parties the header names (its lines but the dateline, which
 * holds a year: not "Willemstad, Curaçao, 9 May 2035"), both among the
 * document's: added to a, 1; else 0; -1 on memory.  The header is read
 * once a document. */
static int title_pair(acts_ctx *c, actor_set *a) {
    size_t q, r;
    if (!c->header_pair_read) {
        const char *seen[MAX_ACTORS];
        size_t ns = 0, i;
        const scm_doc *doc = c->doc;
        for (i = 0; i < doc->text.paragraphs.len; i++) {
            const scm_paragraph *pg = &doc->text.paragraphs.items[i];
            size_t len = pg->span.stop - pg->span.start;
            int year = 0;
            if (pg->kind == SCM_PARA_BODY) break;
            if (pg->kind != SCM_PARA_HEADER) continue;
            for (q = pg->span.start; q + 4 <= pg->span.stop && !year; q++)
                year = isdigit((unsigned char)c->t[q]) && isdigit((unsigned char)c->t[q + 1]) &&
                       isdigit((unsigned char)c->t[q + 2]) && isdigit((unsigned char)c->t[q + 3]);
            if (year) continue;
            if (scm_ascii_no_lower(c->t + pg->span.start, len)) {
                /* "… BETWEEN THE KINGDOM OF BAHRAIN AND THE ISLAMIC
                 * REPUBLIC OF IRAN": read in title case */
                char *tc = title_cased_copy(c->t + pg->span.start, len);
                int rc;
                if (!tc) return -1;
                rc = parties_named(c, tc, 0, len, seen, &ns);
                /* (the names seen point into the lexicon, not into tc) */
                free(tc);
                if (rc != 0) return -1;
            } else if (parties_named(c, c->t, pg->span.start, pg->span.stop, seen, &ns) != 0) {
                return -1;
            }
        }
        c->header_pair_read = 1;
        c->nheader_pair = ns;
        if (ns == 2) memcpy(c->header_pair, seen, sizeof c->header_pair);
    }
    if (c->nheader_pair != 2) return 0;
    for (q = 0; q < 2; q++) {
        for (r = 0; r < c->ndoc_parties && strcmp(c->header_pair[q], c->doc_parties[r]) != 0; r++)
            ;
        if (r == c->ndoc_parties) return 0;
    }
    for (q = 0; q < 2; q++)
        if (actors_add(a, c->header_pair[q], strlen(c->header_pair[q]), -1) != 0) return -1;
    return 1;
}

/* "The six countries agreed …" where the meeting's parties are not six:
 * the first distinct parties the body names, up to this sentence, when
 * it names that many (session 16).  1 with the parties added to a, 0, or
 * -1 on memory. */
static int counted_parties(acts_ctx *c, actor_set *a, size_t count) {
    const scm_doc *doc = c->doc;
    const char *found[MAX_ACTORS];
    scm_wordvec wv = {0};
    size_t nf = 0, i, q, para = (size_t)-1, bodies = 0;
    if (!doc || count > MAX_ACTORS) return 0;
    for (i = 0; i <= c->sentence && i < doc->sentences.len && nf <= count; i++) {
        const scm_sentence *s = &doc->sentences.items[i];
        if (s->paragraph < doc->text.paragraphs.len &&
            doc->text.paragraphs.items[s->paragraph].kind != SCM_PARA_BODY)
            continue;
        /* (as many named in the first two paragraphs, those: "… chaired
         * by … of Indonesia. Malaysia was represented by …, and Thailand
         * by …", before the text names others; session 31) */
        if (s->paragraph != para) {
            if (nf == count && bodies >= 1 && bodies <= 2) break;
            para = s->paragraph;
            bodies++;
        }
        wv.len = 0;
        if (scm_words_scan(NULL, c->t, s->span.start, s->span.stop, &wv) != 0) {
            SCM_VEC_FREE(&wv);
            return -1;
        }
        for (q = 0; q < wv.len && nf <= count;) {
            const char *cls = NULL;
            long k = 0;
            size_t f;
            k = party_in_text(c, c->t, wv.items, q, wv.len, &cls);
            if (k < 0) {
                SCM_VEC_FREE(&wv);
                return -1;
            }
            if (k == 0 || !cls) {
                q++;
                continue;
            }
            q += (size_t)k;
            for (f = 0; f < nf && strcmp(found[f], cls) != 0; f++)
                ;
            if (f == nf && nf < MAX_ACTORS) found[nf++] = cls;
        }
    }
    SCM_VEC_FREE(&wv);
    if (nf != count) return 0;
    for (q = 0; q < nf; q++)
        if (actors_add(a, found[q], strlen(found[q]), -1) != 0) return -1;
    return 1;
}

/* s is a role word of the title lexicon ("Chair", "Secretary"). */
static int listed_role(acts_ctx *c, const char *s) {
    int found = 0;
    const char *cls = scm_phrase_lookup(&c->title, s, strlen(s), &found);
    return found && cls && strcmp(cls, s) == 0;
}

/* Of the actors from `from` (more than `count`), keep those who were the
 * subject of the sentence right before, which reported nothing, when they
 * are `count` people all among them. */
static void keep_silent_pair(acts_ctx *c, actor_set *a, size_t from, int count,
                             int *added) {
    size_t i, k, kept = 0;
    if (count < 2 || c->silent.n != (size_t)count ||
        c->silent_acts != c->x->acts.len || c->silent_sentence != c->sentence)
        return;
    for (k = 0; k < c->silent.n; k++) {
        int in = 0;
        if (c->silent.persons[k] < 0) return;
        for (i = from; i < a->n && !in; i++) in = a->persons[i] == c->silent.persons[k];
        if (!in) return;
    }
    for (i = k = from; i < a->n; i++) {
        int in = 0;
        for (size_t q = 0; q < c->silent.n && !in; q++)
            in = a->persons[i] == c->silent.persons[q];
        kept += (size_t)in;
        actor_filter_step(a, i, &k, in);
    }
    a->n = k;
    *added = (int)kept;
}

/* Person p (or -1) is called by pronoun gender g (0: none). */
static void learn_gender(acts_ctx *c, int32_t p, int g) {
    if (g && p >= 0 && c->gender && (size_t)p < c->x->people.len && !c->gender[p])
        c->gender[p] = (uint8_t)g;
}

/* A pronoun of gender a->gender whose act `hit` (index at) names one
 * person known to be of the other: the one speaker of the latest act of
 * several, before `at`, who may be of a's gender.  1 with a set, 0 when
 * none or several, -1 memory. */
static int other_gender(acts_ctx *c, actor_set *a, const scm_act *hit,
                        size_t at) {
    int32_t p, pick = -1;
    size_t q, i, picks = 0;
    const scm_act *group = NULL;
    if (!a->gender || !c->gender || hit->actors.len != 1) return 0;
    p = hit->persons.items[0];
    if (p < 0 || !c->gender[p] || c->gender[p] == a->gender) return 0;
    for (q = at; q-- > 0 && at - q <= 40 && !group;)
        if (c->x->acts.items[q].actors.len >= 2) group = &c->x->acts.items[q];
    if (!group) return 0;
    for (i = 0; i < group->actors.len; i++) {
        int32_t o = group->persons.items[i];
        if (o < 0 || o == p || (c->gender[o] && c->gender[o] != a->gender)) continue;
        if (pick != o) picks++;
        pick = o;
        if (picks == 1) q = i;
    }
    if (picks != 1) return 0;
    learn_gender(c, pick, a->gender);
    return actors_add(a, group->actors.items[q], strlen(group->actors.items[q]),
                      pick)
               ? -1
               : 1;
}

/* Distinct actors of the acts from index `from` on that have one. */
static size_t distinct_single_speakers(const acts_ctx *c, size_t from) {
    size_t q, r, distinct = 0;
    for (q = from; q < c->x->acts.len; q++) {
        const scm_act *p = &c->x->acts.items[q];
        int seen = 0;
        if (p->actors.len != 1) continue;
        for (r = from; r < q && !seen; r++)
            seen = c->x->acts.items[r].actors.len == 1 &&
                   strcmp(c->x->acts.items[r].actors.items[0],
                          p->actors.items[0]) == 0;
        distinct += !seen;
    }
    return distinct;
}

/* "He" or "She" before any act, with no subject before it to stand
 * for: the titled person the text named last before the sentence, never
 * the pronoun itself (session 35; a "They" there stays as it is: the
 * principals a first paragraph names are not always those who speak).
 * 1 when added, 0, -1. */
static int first_speaker(acts_ctx *c, actor_set *a) {
    const scm_sentence *s;
    size_t q, k;
    int32_t last = -1;
    if (c->sentence >= c->doc->sentences.len) return 0;
    s = &c->doc->sentences.items[c->sentence];
    if (a->resolve == RES_SINGLE && !a->neuter) {
        scm_off best = 0;
        for (q = 0; q < c->x->people.len; q++) {
            const scm_person *p = &c->x->people.items[q];
            /* (not one of the other gender the text showed: "She" after
             * "Mr. A"; session 17's styles and pronouns) */
            if (!p->role || (a->gender && c->gender && c->gender[q] && c->gender[q] != a->gender))
                continue;
            for (k = 0; k < p->mentions.len; k++)
                if (p->mentions.items[k].start < s->span.start &&
                    (last < 0 || p->mentions.items[k].start >= best)) {
                    best = p->mentions.items[k].start;
                    last = (int32_t)q;
                }
        }
        if (last >= 0) return add_role_actor(c, a, c->x->people.items[last].role, last) ? -1 : 1;
    }
    return 0;
}

static int resolve_actors(acts_ctx *c, actor_set *a) {
    size_t i, k;
    const scm_act *hit = NULL;
    /* "The WB6 Ministers reaffirmed …, and they agreed …": the subject of
     * the same sentence's act before, a group of one actor */
    if (a->resolve == RES_PLURAL && c->x->acts.len &&
        strcmp(a->literal, "They") == 0 &&
        c->x->acts.items[c->x->acts.len - 1].sentence == c->sentence &&
        c->x->acts.items[c->x->acts.len - 1].actors.len == 1 &&
        plural_subject(c, &c->x->acts.items[c->x->acts.len - 1])) {
        hit = &c->x->acts.items[c->x->acts.len - 1];
        return actors_add(a, hit->actors.items[0], strlen(hit->actors.items[0]),
                          hit->persons.items[0]);
    }
    /* "Cameroon and Chad announced …, and the two countries called on
     * …": the parties of the same sentence's act before */
    if (a->resolve == RES_PARTIES && c->x->acts.len &&
        c->x->acts.items[c->x->acts.len - 1].sentence == c->sentence &&
        c->x->acts.items[c->x->acts.len - 1].actors.len >= 2) {
        const scm_act *prev = &c->x->acts.items[c->x->acts.len - 1];
        size_t q, all = 1;
        for (q = 0; q < prev->actors.len && all; q++)
            all = scm_lexicon_has(c->lex, SCM_LEX_PARTY, prev->actors.items[q],
                                  strlen(prev->actors.items[q]));
        if (all) a->resolve = RES_PLURAL; /* parties, not their ministers */
    }
    /* "The two Governments agree …" of a text that names a third party
     * (the host of the signing, a territory among a delegation): the two
     * the header names, when it names two of the document's parties
     * (session 36) */
    if (a->resolve == RES_PARTIES && a->count == 2 && c->ndoc_parties > 2 && c->doc) {
        int tp = title_pair(c, a);
        if (tp != 0) return tp < 0 ? -1 : 0;
    }
    if (a->resolve == RES_PARTIES && a->count >= 3 &&
        (size_t)a->count != c->ndoc_parties) {
        int cp = counted_parties(c, a, (size_t)a->count);
        if (cp != 0) return cp < 0 ? -1 : 0;
    }
    if (a->resolve == RES_PARTIES && c->ndoc_parties >= 2) {
        for (i = 0; i < c->ndoc_parties; i++)
            if (actors_add(a, c->doc_parties[i], strlen(c->doc_parties[i]),
                           -1) != 0)
                return -1;
        return 0;
    }
    /* "Both governments" of a document that names no meeting's parties
     * (a fact sheet): the parties that spoke in the latest acts, or the
     * parties of the people of the latest act of several (session 14) */
    if (a->resolve == RES_PARTIES && c->ndoc_parties < 2 && c->x->acts.len) {
        const char *found[MAX_ACTORS];
        size_t nf = 0, q, r;
        for (q = c->x->acts.len; q > 0 && c->x->acts.len - q < 16 && nf < 2; q--) {
            const scm_act *p = &c->x->acts.items[q - 1];
            for (r = 0; r < p->actors.len && nf < MAX_ACTORS; r++) {
                const char *who = p->actors.items[r];
                const char *party = p->persons.items[r] >= 0
                    ? c->x->people.items[p->persons.items[r]].party
                    : scm_lexicon_has(c->lex, SCM_LEX_PARTY, who, strlen(who)) ? who : NULL;
                size_t f;
                if (!party || !*party) continue;
                for (f = 0; f < nf && strcmp(found[f], party) != 0; f++)
                    ;
                if (f == nf) found[nf++] = party;
            }
        }
        if (nf >= 2) {
            for (q = nf; q-- > 0;)
                if (actors_add(a, found[q], strlen(found[q]), -1) != 0) return -1;
            return 0;
        }
    }
    /* the latest act with one actor (or with several): acts are only
     * appended and their actors never change, so the lookup carries on
     * from where it stopped (a backward scan of every act for every
     * sentence made a document of many short acts quadratic) */
    for (; c->acts_seen < c->x->acts.len; c->acts_seen++) {
        const scm_act *seen = &c->x->acts.items[c->acts_seen];
        size_t na = seen->actors.len;
        if (na == 1) c->last_single = c->acts_seen + 1;
        if (na >= 2) c->last_multi = c->acts_seen + 1;
        if (na == 1 && strncmp(seen->actors.items[0], "Heads of ", 9) == 0)
            c->last_heads = c->acts_seen + 1;
        if (na == 1 && (group_literal(seen->actors.items[0]) ||
                        named_group_subject(c, seen) ||
                        /* "GCTF Members reaffirmed …", not "The United
                         * States" (session 15) */
                        (plural_subject(c, seen) &&
                         !(seen->subject.stop - seen->subject.start >= 6 &&
                           memcmp(c->t + seen->subject.stop - 6, "States", 6) == 0))))
            c->last_group = c->acts_seen + 1;
    }
    /* "Minister M briefed his counterparts on …. He welcomed …": the
     * person of the sentence before, which reported nothing; "The
     * Committee reviewed …. It endorsed …": the body (only for "It");
     * also later in that very sentence ("The Secretary General briefed
     * participants …, and he highlighted …"; session 16) */
    if (a->resolve == RES_SINGLE && c->silent_one.n == 1 &&
        (c->silent_one_sentence == c->sentence ||
         c->silent_one_sentence == c->sentence + 1) &&
        c->silent_one_acts == c->x->acts.len &&
        (c->silent_one.persons[0] >= 0 ||
         /* "It": a body, not an office a person holds */
         (a->neuter && !listed_role(c, c->silent_one.names[0])) ||
         /* "The Chair opened the Meeting …. He underlined …": an office
          * the lexicon knows, held by no one named (session 17) */
         (a->gender && listed_role(c, c->silent_one.names[0])))) {
        learn_gender(c, c->silent_one.persons[0], a->gender);
        return actors_add(a, c->silent_one.names[0],
                          strlen(c->silent_one.names[0]),
                          c->silent_one.persons[0]);
    }
    k = a->resolve == RES_SINGLE ? c->last_single : c->last_multi;
    /* "The three sides condemned …" after "Japan and the United States
     * welcomed …": the latest act of that many speakers */
    if (a->resolve == RES_PLURAL && a->count > 2 && k &&
        c->x->acts.items[k - 1].actors.len != (size_t)a->count) {
        size_t q;
        for (q = c->x->acts.len; q > 0 && c->x->acts.len - q < 40; q--)
            if (c->x->acts.items[q - 1].actors.len == (size_t)a->count) {
                k = q;
                break;
            }
    }
    /* a bare "Heads" is the latest "Heads of Government" group, whatever
     * parties spoke since */
    if (c->last_heads && a->literal && strcmp(a->literal, "Heads") == 0)
        k = c->last_heads;
    /* "The Arctic States reaffirm … They recall …": a group word is one
     * actor of plural number, the nearest subject "They" stands for */
    if (a->resolve != RES_SINGLE && c->last_single > c->last_multi &&
        (group_literal(c->x->acts.items[c->last_single - 1].actors.items[0]) ||
         named_group_subject(c, &c->x->acts.items[c->last_single - 1])))
        k = c->last_single;
    /* … also past one person's act since ("The Heads of State
     * underscored … President H underlined … They agreed …") */
    else if (a->resolve != RES_SINGLE && c->last_group > c->last_multi)
        k = c->last_group;
    if (k) hit = &c->x->acts.items[k - 1];
    /* "The Secretary and the Ministers reviewed …, and they agreed …":
     * the subject of this very sentence, whose first verb made no act
     * (session 21) */
    if (a->resolve == RES_PLURAL && c->silent.n >= 2 &&
        c->silent_sentence == c->sentence + 1 && c->silent_acts == c->x->acts.len &&
        (strcmp(a->literal, "They") == 0 || strcmp(a->literal, "they") == 0)) {
        for (i = 0; i < c->silent.n; i++)
            if (actors_add(a, c->silent.names[i], strlen(c->silent.names[i]),
                           c->silent.persons[i]) != 0)
                return -1;
        return 0;
    }
    /* "He highlighted …. She underscored …": a pronoun of the other
     * gender than the one person of the act it would stand for names
     * another speaker of the latest act of several (session 17) */
    if (a->resolve == RES_SINGLE && hit) {
        int r = other_gender(c, a, hit, k - 1);
        if (r != 0) return r < 0 ? -1 : 0;
        if (hit->actors.len == 1) learn_gender(c, hit->persons.items[0], a->gender);
    }
    /* "A and B met in Seoul. They reaffirmed …": no act of several actors
     * yet, "They" is the subject of the sentence that had no act ("Both
     * sides" stays the parties) */
    if (!hit && a->resolve == RES_PLURAL &&
        (c->silent.n >= 2 ||
         (c->silent.n == 1 && group_literal(c->silent.names[0]))) &&
        strcmp(a->literal, "They") == 0) {
        for (i = 0; i < c->silent.n; i++)
            if (actors_add(a, c->silent.names[i], strlen(c->silent.names[i]),
                           c->silent.persons[i]) != 0)
                return -1;
        return 0;
    }
    /* "A met today with B, who is visiting …. During the meeting, they
     * discussed …": no act yet, "They" is the person of that sentence and
     * the titled people it met */
    if (!hit && a->resolve == RES_PLURAL && c->silent.n == 0 && c->silent_one.n == 1 &&
        c->silent_one_acts == c->x->acts.len &&
        /* the sentence right before (session 13: not across "He was
         * accorded …. The talks between the two leaders were held …") */
        ((strcmp(a->literal, "They") == 0 && c->silent_one_sentence == c->sentence) ||
         /* … or "Both sides" of a text that names no parties, before any
          * act ("A held talks with B …. During the talks, the two sides
          * reviewed …. Both sides expressed …"; session 35) */
         (strcmp(a->literal, "Both sides") == 0 && c->ndoc_parties < 2 && c->x->acts.len == 0))) {
        int32_t others[MAX_ACTORS], self = c->silent_one.persons[0];
        size_t m, no = 0, q;
        for (m = 0; m < c->mentions.len; m++) {
            const mention_ref *r = &c->mentions.items[m];
            int dup = r->person == self;
            if (r->start < c->silent_one_span.start) continue;
            if (r->start >= c->silent_one_span.stop) break;
            if (!c->x->people.items[r->person].role) continue;
            for (q = 0; q < no && !dup; q++) dup = others[q] == r->person;
            if (!dup && no < MAX_ACTORS - 1) others[no++] = r->person;
        }
        if (no >= 1) {
            if (actors_add(a, c->silent_one.names[0],
                           strlen(c->silent_one.names[0]), self) != 0)
                return -1;
            for (q = 0; q < no; q++) {
                const char *r = c->x->people.items[others[q]].role;
                if (add_role_actor(c, a, r, others[q]) != 0) return -1;
            }
            return 0;
        }
    }
    /* "Minister A praised …, and Prince F highlighted …. Both sides
     * underlined …": no act of several actors yet, but the latest
     * sentence's acts had two speakers or more; together they are the
     * sides (session 14) */
    if (!hit && a->resolve == RES_PLURAL && c->x->acts.len >= 2) {
        const scm_act *last = &c->x->acts.items[c->x->acts.len - 1];
        size_t q, from = c->x->acts.len - 1, distinct;
        /* (the last 16 acts at most: a sentence of many clauses stays
         * linear) */
        while (from > 0 && c->x->acts.len - from < 16 &&
               c->x->acts.items[from - 1].sentence == last->sentence)
            from--;
        distinct = distinct_single_speakers(c, from);
        /* "Minister A expressed …. Secretary B thanked …. Both sides
         * agreed …" of a release that names no parties: the sentences
         * before, back to the second speaker (all of them spoke alone) */
        while (distinct < 2 && c->ndoc_parties < 2 && from > 0 &&
               c->x->acts.len - from < 16 &&
               c->x->acts.items[from - 1].actors.len == 1) {
            from--;
            distinct = distinct_single_speakers(c, from);
        }
        if (distinct >= 2) {
            for (q = from; q < c->x->acts.len; q++) {
                const scm_act *p = &c->x->acts.items[q];
                if (p->actors.len == 1 &&
                    actors_add(a, p->actors.items[0], strlen(p->actors.items[0]),
                               p->persons.items[0]) != 0)
                    return -1;
            }
            return 0;
        }
    }
    if (!hit && a->resolve == RES_PLURAL && c->ndoc_parties >= 2) {
        /* "Both sides" with no plural subject before it (a readout that
         * opens with it, or after acts of one person): the parties of the
         * meeting */
        for (i = 0; i < c->ndoc_parties; i++)
            if (actors_add(a, c->doc_parties[i], strlen(c->doc_parties[i]),
                           -1) != 0)
                return -1;
        return 0;
    }
    if (!hit && c->x->acts.len) hit = &c->x->acts.items[c->x->acts.len - 1];
    if (!hit) {
        int r = first_speaker(c, a);
        if (r != 0) return r < 0 ? -1 : 0;
        return actors_add(a, a->literal, strlen(a->literal), -1);
    }
    for (i = 0; i < hit->actors.len; i++)
        if (actors_add(a, hit->actors.items[i], strlen(hit->actors.items[i]),
                       hit->persons.items[i]) != 0)
            return -1;
    return 0;
}

static scm_off trim_stop(const char *t, scm_off start, scm_off stop) {
    while (stop > start && (t[stop - 1] == ' ' || t[stop - 1] == ',' ||
                            t[stop - 1] == ';' || t[stop - 1] == '.' ||
                            t[stop - 1] == ':' || t[stop - 1] == '\n'))
        stop--;
    return stop;
}

/* Append the act.  `take`: the act is the last of its subject, and takes
 * the actor names from `a` instead of copying them. */
static int emit_act_at(acts_ctx *c, const scm_word *w, const pending_act *pa,
                       actor_set *a, int take, scm_off clause_stop,
                       scm_span subject);

static int emit_act(acts_ctx *c, const scm_word *w, const pending_act *pa,
                    actor_set *a, int take, scm_off clause_stop) {
    scm_span subject;
    subject.start = w[pa->subj_first].start;
    subject.stop = w[pa->subj_stop - 1].stop;
    /* "Dr. X, Deputy Director of …," ends before its closing comma */
    if (pa->subj_stop - 1 > pa->subj_first &&
        scm_word_punct(&w[pa->subj_stop - 1], ','))
        subject.stop = w[pa->subj_stop - 2].stop;
    return emit_act_at(c, w, pa, a, take, clause_stop, subject);
}

/* Actor i of `a` is one of the speakers of act p (by person, else by
 * name). */
static int spoke_in(const scm_act *p, const actor_set *a, size_t i) {
    for (size_t k = 0; k < p->actors.len; k++)
        if (p->persons.items[k] >= 0 ? p->persons.items[k] == a->persons[i]
                                     : strcmp(p->actors.items[k], a->names[i]) == 0)
            return 1;
    return 0;
}

/* Actor i spoke in the act before (prev), or is the person of the silent
 * sentence before (silent, when there is no prev). */
static int spoke_before(const scm_act *prev, int32_t silent,
                        const actor_set *a, size_t i) {
    return prev ? spoke_in(prev, a, i) : a->persons[i] == silent;
}

/* "…, and the other two Ministers welcomed …", "…, and his counterparts
 * expressed …": the group less the speakers of the act before it in the
 * sentence.  Leaves `a` alone when that would leave no one. */
static void drop_previous_speakers(acts_ctx *c, actor_set *a, scm_span subject) {
    const char *t = c->t + subject.start;
    size_t len = subject.stop - subject.start, i, k, kept = 0;
    const scm_act *prev = NULL;
    int other = (len > 10 && (!strncmp(t, "the other ", 10) ||
                              !strncmp(t, "The other ", 10))) ||
                (len >= 16 && (!strncmp(t, "his counterparts", 16) ||
                               !strncmp(t, "her counterparts", 16) ||
                               !strncmp(t, "His counterparts", 16) ||
                               !strncmp(t, "Her counterparts", 16)));
    int32_t silent = -1;
    if (!other || a->n < 2) return;
    for (k = c->x->acts.len; k-- > 0 && !prev;) {
        const scm_act *p = &c->x->acts.items[k];
        if (p->sentence != c->sentence) break;
        if (p->subject.start < subject.start) prev = p;
    }
    /* "Minister K announced …. Her counterparts welcomed the
     * announcement": the one speaker of the sentence before (session 27) */
    if (!prev && len >= 16 && (t[0] == 'H') && c->x->acts.len) {
        const scm_act *p = &c->x->acts.items[c->x->acts.len - 1];
        if (p->sentence + 1 == c->sentence && p->actors.len == 1 && p->persons.items[0] >= 0)
            prev = p;
    }
    /* "Minister C briefed her colleagues on …. The other Ministers
     * expressed …": the person of the sentence before, which reported
     * nothing (session 13) */
    if (!prev && c->silent_one.n == 1 && c->silent_one_sentence == c->sentence &&
        c->silent_one_acts == c->x->acts.len)
        silent = c->silent_one.persons[0];
    if (!prev && silent < 0) return;
    for (i = 0; i < a->n; i++) kept += !spoke_before(prev, silent, a, i);
    if (kept == 0 || kept == a->n) return;
    for (i = k = 0; i < a->n; i++) {
        actor_filter_step(a, i, &k, !spoke_before(prev, silent, a, i));
    }
    a->n = k;
}

/* Append the act whose subject is `subject` (in this sentence or, for a
 * list item, in the one before the list). */
/* A party that one adjective names for two states ("the Congolese side":
 * the Republic of the Congo or the DRC): the one among the document's
 * parties, else NULL to keep the name. */
static const char *context_party(const acts_ctx *c, const char *name) {
    /* (and "the Dominican side" of a Morocco–Dominica statement;
     * session 21) */
    static const char *const pairs[][2] = {{"Congo", "DRC"},
                                           {"Dominican Republic", "Dominica"},
                                           {NULL, NULL}};
    size_t k, i;
    for (k = 0; pairs[k][0]; k++) {
        int has_first = 0, has_other = 0;
        if (strcmp(name, pairs[k][0]) != 0) continue;
        for (i = 0; i < c->ndoc_parties; i++) {
            has_first |= !strcmp(c->doc_parties[i], pairs[k][0]);
            has_other |= !strcmp(c->doc_parties[i], pairs[k][1]);
        }
        return has_other && !has_first ? pairs[k][1] : NULL;
    }
    return NULL;
}

static int emit_act_at(acts_ctx *c, const scm_word *w, const pending_act *pa,
                       actor_set *a, int take, scm_off clause_stop,
                       scm_span subject) {
    const char *t = c->t;
    scm_act act;
    size_t i;
    scm_off cs;
    memset(&act, 0, sizeof act);
    /* a verb the annotation contract leaves out (verb.tsv, "unmarked") */
    if (pa->verb.klass && strcmp(pa->verb.klass, "unmarked") == 0) {
        /* "The Prime Minister congratulated the Taoiseach …. He welcomed
         * …": the one speaker of a verb reported as no act is the person
         * a pronoun of the next sentence stands for, as a verb that
         * reports nothing leaves it (session 20) */
        if (a->n == 1 && a->names[0] && !a->resolve &&
            (a->persons[0] >= 0 || listed_role(c, a->names[0]))) {
            actors_free(&c->silent_one);
            if (actors_add(&c->silent_one, a->names[0], strlen(a->names[0]),
                           a->persons[0]) != 0)
                return -1;
            c->silent_one_acts = c->x->acts.len;
            c->silent_one_sentence = c->sentence + 1;
            c->silent_one_span = c->doc->sentences.items[c->sentence].span;
        }
        if (take)
            for (i = 0; i < a->n; i++) {
                free(a->names[i]);
                a->names[i] = NULL;
            }
        return 0;
    }
    act.sentence = (uint32_t)c->sentence;
    act.subject = subject;
    act.verb.start = w[pa->verb.first].start;
    act.verb.stop = w[pa->verb.stop - 1].stop;
    cs = act.verb.stop;
    while (cs < clause_stop && t[cs] == ' ') cs++;
    if (clause_stop >= cs + 5 && memcmp(t + cs, "that ", 5) == 0) cs += 5;
    act.clause.start = cs;
    act.clause.stop = trim_stop(t, cs, clause_stop);
    if (act.clause.stop < act.clause.start) act.clause.stop = act.clause.start;
    /* "Neither side recognises …" */
    act.negated = pa->verb.negated ||
                  (subject.stop - subject.start > 8 &&
                   (memcmp(t + subject.start, "Neither ", 8) == 0 ||
                    memcmp(t + subject.start, "None of ", 8) == 0));
    act.lemma = scm_xstrndup(pa->verb.lemma, strlen(pa->verb.lemma));
    act.klass = pa->verb.klass
                    ? scm_xstrndup(pa->verb.klass, strlen(pa->verb.klass))
                    : NULL;
    if (!act.lemma || (pa->verb.klass && !act.klass)) goto oom;
    drop_previous_speakers(c, a, subject);
    for (i = 0; i < a->n; i++) {
        const char *alt = context_party(c, a->names[i]);
        char *s = alt ? scm_xstrndup(alt, strlen(alt))
                 : take ? a->names[i]
                       : scm_xstrndup(a->names[i], strlen(a->names[i]));
        if (alt && take) {
            free(a->names[i]);
            a->names[i] = NULL;
        }
        if (!s) goto oom;
        if (take) a->names[i] = NULL; /* the act's now */
        if (SCM_VEC_PUSH(&act.actors, s) != 0) {
            free(s);
            goto oom;
        }
        if (SCM_VEC_PUSH(&act.persons, a->persons[i]) != 0) goto oom;
    }
    if (SCM_VEC_PUSH(&c->x->acts, act) != 0) goto oom;
    return 0;
oom:
    for (i = 0; i < act.actors.len; i++) free(act.actors.items[i]);
    SCM_VEC_FREE(&act.actors);
    SCM_VEC_FREE(&act.persons);
    free(act.lemma);
    free(act.klass);
    return -1;
}

/* Grammatical number of a subject: 1 plural ("We", "They", two actors),
 * 0 singular (one named actor), -1 unknown. */
static int subject_plural(const actor_set *a) {
    if (a->resolve == RES_PLURAL || a->resolve == RES_PARTIES) return 1;
    if (a->resolve == RES_SINGLE) return 0;
    if (a->n >= 2) return 1;
    if (a->n == 1) {
        const char *s = a->names[0];
        size_t n = strlen(s);
        if (strcmp(s, "We") == 0 || (n > 1 && s[n - 1] == 's' &&
                                     s[n - 2] != 's' && s[n - 2] != '.'))
            return 1;
        return 0;
    }
    return -1;
}

/* Does the form of a coordinated verb agree with the main verb? */
static int form_agrees(int tense, const verb_info *v) {
    if (tense == TENSE_PAST || tense == TENSE_UNKNOWN)
        /* "discussed … and did not agree on …" (session 17) */
        return v->form == FORM_ED ||
               (v->form == FORM_BASE && v->tense == TENSE_PAST);
    return v->form == FORM_BASE || v->form == FORM_S ||
           (v->form == FORM_ED && v->tense == TENSE_PRESENT);
}

/* Does the item after the comma at k open with a participle ("guided",
 * "driven", "co-located")? */
static int participle_after(const char *t, const scm_word *w, size_t k) {
    const scm_word *f = &w[k + 1];
    size_t len = f->stop - f->start;
    return lower_word(t, f) && len > 3 && t[f->stop - 2] == 'e' &&
           (t[f->stop - 1] == 'd' || t[f->stop - 1] == 'n');
}

/* "guided by ..., driven by ..., and committed to": the two items before
 * ", and" open with participles, so the verb ends a participial series.
 * One such item is a reduced relative on the object ("a Cell, co-located
 * in Cape Town, and tasked it ..."): the verb after it is ours. */
static int participial_series(const char *t, const scm_word *w, size_t from,
                              size_t and_at) {
    size_t k, seen = 0;
    if (and_at == 0 || and_at <= from || !scm_word_punct(&w[and_at - 1], ','))
        return 0;
    for (k = and_at - 1; k-- > from;) {
        if (!scm_word_punct(&w[k], ',')) continue;
        if (!participle_after(t, w, k)) return 0;
        if (++seen == 2) return 1;
    }
    return 0;
}

/* "condemned in the strongest (possible) terms": a manner adverbial
 * at word i, not a reduced relative's "in". */
static int in_terms(const char *t, const scm_word *w, size_t i, size_t n) {
    size_t k;
    if (!scm_word_is(t, &w[i], "in")) return 0;
    for (k = i + 1; k < n && k <= i + 4; k++)
        if (scm_word_is(t, &w[k], "terms")) return 1;
    return 0;
}

/* A verb of the subject's form right after "and" somewhere in (from,
 * limit): the close of a series "V1 …, V2 … and V3 …".  1, 0, -1. */
static int series_closes(acts_ctx *c, const scm_word *w, size_t from,
                         size_t limit, int tense) {
    size_t j;
    for (j = from; j + 1 < limit; j++) {
        verb_info v;
        int r;
        if (!scm_word_is(c->t, &w[j], "and")) continue;
        r = verb_group(c, w, j + 1, limit, 0, &v);
        if (r < 0) return -1;
        if (r > 0 && v.first == j + 1 && form_agrees(tense, &v)) return 1;
    }
    return 0;
}

/* A verb at word k, right after a comma, that is an item of a series of
 * the subject's verbs ("expressed deep concern at …, called for the
 * delivery of … and reaffirmed …"), not a reduced relative on the object
 * ("the Plan, adopted in Osaka, and …", "the Declaration, signed on …",
 * "the Plan, approved last year"). */
static int series_item(acts_ctx *c, const scm_word *w, size_t k,
                       size_t limit, int tense, verb_info *v) {
    static const char *const relative[] = {"on", "last", "earlier",
                                           "recently", "previously",
                                           "jointly", "as", "to", NULL};
    int r = verb_group(c, w, k, limit, 0, v);
    if (r <= 0) return r;
    if (v->first != k || !form_agrees(tense, v) || v->passive) return 0;
    if (v->stop < limit && !strchr(v->lemma, ' ') &&
        (IN(c, &w[v->stop], L_COORDINATION_GUARDS) ||
         scm_word_in(c->t, &w[v->stop], relative) ||
         scm_word_punct(&w[v->stop], ',')))
        return 0;
    return series_closes(c, w, v->stop, limit, tense);
}

/* "V1 …, but V2" or "V1 … but V2" with no ", and" clause between: the
 * "but" coordinates our verbs ("…, and the CSC welcomed … but stressed"
 * is the other clause's). */
static int but_continues(const char *t, const scm_word *w, size_t from,
                         size_t but_at) {
    size_t k;
    if (but_at > from && scm_word_punct(&w[but_at - 1], ',')) return 1;
    for (k = from; k + 1 < but_at; k++)
        if (scm_word_punct(&w[k], ',') && scm_word_is(t, &w[k + 1], "and"))
            return 0;
    return 1;
}

/* Coordinated verbs of one subject in words (from, limit). */
static int coordinated(acts_ctx *c, const scm_word *w, size_t from,
                       size_t limit, int tense, int plural, pending_act *out,
                       size_t *nout, size_t cap, const pending_act *head) {
    const char *t = c->t;
    size_t j, depth = 0;
    /* "seek to deepen ... and support ...": the main verb takes an
     * infinitive, and a bare verb after "and" (no comma) continues it */
    static const char *const articles[] = {"the", "a", "an", "its", "their",
                                           "our", "this", "these", "that",
                                           "his", "her", "all", NULL};
    int infinitive = head->verb.stop > head->verb.first &&
                     !head->verb.passive && head->verb.stop + 1 < limit &&
                     scm_word_is(t, &w[head->verb.stop], "to") &&
                     lower_word(t, &w[head->verb.stop + 1]) &&
                     !(w[head->verb.stop + 1].stop -
                           w[head->verb.stop + 1].start > 4 &&
                       memcmp(t + w[head->verb.stop + 1].stop - 3, "ing",
                              3) == 0) &&
                     /* "look forward to the next summit and task …": "to"
                      * a preposition, the noun phrase no infinitive */
                     !scm_word_in(t, &w[head->verb.stop + 1], articles) &&
                     strcmp(head->verb.lemma, "look forward") != 0;
    int relative = 0; /* inside ", who …" up to its next comma */
    for (j = from; j < limit && *nout < cap; j++) {
        verb_info v;
        size_t k;
        int r;
        if (scm_word_punct(&w[j], '(')) depth++;
        if (scm_word_punct(&w[j], ')') && depth) depth--;
        /* "… paid a courtesy call on the Deputy Minister, Mr. X, who
         * welcomed … and reaffirmed …": the relative clause's verbs are
         * not the subject's (session 21) */
        if (!depth && scm_word_punct(&w[j], ',')) {
            relative = j + 1 < limit && scm_word_is(t, &w[j + 1], "who");
            if (relative) continue;
        }
        if (relative) continue;
        if (!depth && scm_word_punct(&w[j], ',') && j + 1 < limit &&
            lower_word(t, &w[j + 1])) {
            /* ", called for …" between the first verb and "and V3" */
            r = series_item(c, w, j + 1, limit, tense, &v);
            if (r < 0) return -1;
            if (r > 0) {
                out[*nout] = *head;
                out[*nout].verb = v;
                out[*nout].boundary = j;
                (*nout)++;
                j = v.stop - 1;
                continue;
            }
        }
        if (!depth && scm_word_is(t, &w[j], "but")) {
            /* "…, but they decided …": a new clause ends ours */
            size_t f0, s0;
            actor_set a;
            verb_info v2;
            int sk = subject_verb(c, w, j + 1, limit, &f0, &s0, &a, &v2);
            if (sk < 0) return -1;
            if (sk > 0) actors_free(&a);
            if (sk == 2) return 0;
            /* "did not decide on a date, but stressed that …": the
             * subject's verb right after "but" (session 15) */
            k = j + 1;
            r = verb_group(c, w, k, limit, 0, &v);
            if (r < 0) return -1;
            /* (or negated: "noted the proposal but did not support its
             * inclusion"; session 21) */
            if (r > 0 && (v.first == k || (v.negated && v.first <= k + 2)) &&
                form_agrees(tense, &v) &&
                but_continues(t, w, from, j) &&
                !v.passive &&
                !(v.stop < limit && IN(c, &w[v.stop], L_COORDINATION_GUARDS) &&
                  !strchr(v.lemma, ' '))) {
                out[*nout] = *head;
                out[*nout].verb = v;
                out[*nout].boundary =
                    j > from && scm_word_punct(&w[j - 1], ',') ? j - 1 : j;
                (*nout)++;
                j = v.stop - 1;
                continue;
            }
        }
        if (depth || !scm_word_is(t, &w[j], "and")) continue;
        if (j > from && scm_word_punct(&w[j - 1], ',')) {
            /* ", and the Minister reaffirmed": a new clause ends ours */
            size_t f0, s0;
            actor_set a;
            verb_info v2;
            int sk = subject_verb(c, w, j, limit, &f0, &s0, &a, &v2);
            if (sk < 0) return -1;
            if (sk > 0) actors_free(&a);
            if (sk == 2) return 0;
        }
        k = j + 1;
        r = verb_group(c, w, k, limit, 0, &v);
        if (r < 0) return -1;
        if (r == 0) continue;
        /* "expressed satisfaction … and look forward to …": the present
         * of expectation after a past verb (session 15) */
        if (!form_agrees(tense, &v) &&
            !(tense == TENSE_PAST && v.first == k &&
              strcmp(v.lemma, "look forward") == 0 &&
              ((plural == 1 && v.form == FORM_BASE) ||
               (plural == 0 && v.form == FORM_S))))
            continue;
        /* subject-verb agreement: "We ..., which complements ..., and
         * supports" is the relative clause's verb, not ours */
        if (v.tense == TENSE_PRESENT && v.first == k &&
            ((plural == 1 && v.form == FORM_S) ||
             (plural == 0 && v.form == FORM_BASE)))
            continue;
        /* (but a verb with its own "to": "we agree to intensify our
         * action … and commit to:"; session 14) */
        if (infinitive && v.form == FORM_BASE && v.first == k &&
            !scm_word_punct(&w[j - 1], ',') &&
            !(v.stop < limit && scm_word_is(t, &w[v.stop], "to")))
            continue;
        /* "and adopted at", "and supported by": a reduced relative; but
         * a verb with its noun ("and expressed deep concern at") is no
         * participle */
        if (v.stop < limit && IN(c, &w[v.stop], L_COORDINATION_GUARDS) &&
            !in_terms(t, w, v.stop, limit) && !strchr(v.lemma, ' '))
            continue;
        if (participial_series(t, w, from, j)) continue;
        out[*nout] = *head;
        out[*nout].verb = v;
        out[*nout].boundary = j > from && scm_word_punct(&w[j - 1], ',') ? j - 1 : j;
        (*nout)++;
        j = v.stop - 1;
    }
    return 0;
}

#define MAX_PENDING 32

static int all_caps_word(const char *t, const scm_word *w, size_t minlen) {
    size_t i, n = w->stop - w->start;
    if (w->kind != SCM_W_WORD || n < minlen) return 0;
    for (i = 0; i < n; i++)
        if (t[w->start + i] < 'A' || t[w->start + i] > 'Z') return 0;
    return 1;
}

/* Preambular clauses of a declaration: after a sentence opening "WE,",
 * a sentence that opens with a participle in capitals ("EMPHASIZING ...",
 * "FURTHER REAFFIRMING ...") is an act of "We".  Also notes the "WE,"
 * opener.  0 or -1 (memory). */
static int preamble_at(acts_ctx *c, const scm_word *w, size_t n, size_t i,
                       const scm_sentence *s);
static void set_list_subject(acts_ctx *c, actor_set *a, scm_off start,
                             scm_off stop, int body);

static int preamble_act(acts_ctx *c, const scm_word *w, size_t n,
                        const scm_sentence *s) {
    const char *t = c->t;
    size_t i = 0, first;
    if (n >= 2 && w[0].kind == SCM_W_NUMBER && scm_word_punct(&w[1], '.'))
        i = 2; /* a paragraph number */
    first = i;
    /* "WE, the Heads of State …", and "We, the Presidents of …,
     * gathered in …," over "**RECALLING** …" */
    if (i + 1 < n &&
        (scm_word_is(t, &w[i], "WE") || scm_word_is(t, &w[i], "We")) &&
        scm_word_punct(&w[i + 1], ',')) {
        c->preamble.start = w[i].start;
        c->preamble.stop = w[i].stop;
        /* "We, the Heads of State …, declare as follows:" (or "…, declare
         * the following:"): the items that follow are acts of "We" */
        if (n >= 4 && scm_word_punct(&w[n - 1], ':') &&
            (scm_word_is(t, &w[n - 2], "follows") ||
             scm_word_is(t, &w[n - 2], "following"))) {
            actor_set we;
            memset(&we, 0, sizeof we);
            if (actors_add(&we, "We", 2, -1) != 0) return -1;
            set_list_subject(c, &we, c->preamble.start, c->preamble.stop, 1);
        }
        return 0;
    }
    if (c->preamble.stop == 0) return 0;
    /* "HEREBY DECLARE TO:", "Hereby agree as follows:": the operative
     * items that follow are the acts of "WE" ("1. Reaffirm our …;") */
    {
        size_t k = first;
        if (k < n && (scm_word_is(t, &w[k], "HEREBY") ||
                      scm_word_is(t, &w[k], "Hereby")))
            k++;
        if (k + 1 < n && k > first && w[k].kind == SCM_W_WORD) {
            size_t e = k + 1;
            while (e < n && e - k < 4 && w[e].kind == SCM_W_WORD &&
                   (scm_word_ieq(t, &w[e], "to") || scm_word_ieq(t, &w[e], "as") ||
                    scm_word_ieq(t, &w[e], "follows") ||
                    scm_word_ieq(t, &w[e], "the") ||
                    scm_word_ieq(t, &w[e], "following")))
                e++;
            if (e + 1 == n && scm_word_punct(&w[e], ':')) {
                actor_set we;
                memset(&we, 0, sizeof we);
                if (actors_add(&we, "We", 2, -1) != 0) return -1;
                set_list_subject(c, &we, c->preamble.start, c->preamble.stop, 1);
                return 0;
            }
        }
    }
    /* at the start and after each ";" (clauses run on in one sentence
     * when the source lost its paragraph breaks) */
    for (; i < n; i++)
        if ((i == first || scm_word_punct(&w[i - 1], ';') ||
             /* "ACKNOWLEDGING …, and WELCOMING the report …" */
             (i >= 2 && scm_word_is(t, &w[i - 1], "and") &&
              scm_word_punct(&w[i - 2], ','))) &&
            preamble_at(c, w, n, i, s) != 0)
            return -1;
    return 0;
}

static int preamble_at(acts_ctx *c, const scm_word *w, size_t n, size_t i,
                       const scm_sentence *s) {
    const char *t = c->t;
    size_t len, k, stop = s->span.stop;
    char buf[48];
    verb_info v;
    scm_act act;
    int r;
    /* an adverb in capitals first: "FURTHER", "ALSO", "DEEPLY" */
    if (i + 1 < n && all_caps_word(t, &w[i], 3) &&
        all_caps_word(t, &w[i + 1], 5) &&
        memcmp(t + w[i + 1].stop - 3, "ING", 3) == 0)
        i++;
    if (i >= n || !all_caps_word(t, &w[i], 5)) return 0;
    len = w[i].stop - w[i].start;
    if (len >= sizeof buf || memcmp(t + w[i].stop - 3, "ING", 3) != 0)
        return 0;
    for (k = 0; k < len; k++) buf[k] = (char)(t[w[i].start + k] + 32);
    memset(&v, 0, sizeof v);
    c->caps_verb = 1; /* "TAKING NOTE", "EMPHASISING" */
    r = verb_at_bytes(c, w, i, n, buf, len, &v);
    c->caps_verb = 0;
    if (r <= 0) return r;
    for (k = v.stop; k < n; k++)
        if (scm_word_punct(&w[k], ';')) {
            stop = w[k].start;
            break;
        }
    memset(&act, 0, sizeof act);
    act.sentence = (uint32_t)c->sentence;
    act.subject = c->preamble;
    act.verb.start = w[v.first].start;
    act.verb.stop = w[v.stop - 1].stop;
    act.clause.start = v.stop < n ? w[v.stop].start : act.verb.stop;
    act.clause.stop = trim_stop(t, act.clause.start, stop);
    if (act.clause.stop < act.clause.start) act.clause.stop = act.clause.start;
    act.lemma = scm_xstrndup(v.lemma, strlen(v.lemma));
    act.klass = v.klass ? scm_xstrndup(v.klass, strlen(v.klass)) : NULL;
    {
        char *we = scm_xstrndup("We", 2);
        if (!act.lemma || (v.klass && !act.klass) || !we ||
            SCM_VEC_PUSH(&act.actors, we) != 0) {
            free(we);
            goto oom;
        }
    }
    if (SCM_VEC_PUSH(&act.persons, -1) != 0 ||
        SCM_VEC_PUSH(&c->x->acts, act) != 0)
        goto oom;
    return 0;
oom:
    for (k = 0; k < act.actors.len; k++) free(act.actors.items[k]);
    SCM_VEC_FREE(&act.actors);
    SCM_VEC_FREE(&act.persons);
    free(act.lemma);
    free(act.klass);
    return -1;
}

/* A list label opening a sentence: "12.", "(a)", "iv)", "*", "-", a
 * bullet.  The number of its words. */
static size_t list_label(const char *t, const scm_word *w, size_t n) {
    if (n >= 4 && scm_word_punct(&w[0], '(') && w[1].kind != SCM_W_PUNCT &&
        w[1].stop - w[1].start <= 4 && scm_word_punct(&w[2], ')'))
        return 3;
    if (n >= 3 && w[0].kind != SCM_W_PUNCT && w[0].stop - w[0].start <= 4 &&
        (w[0].kind == SCM_W_NUMBER || lower_word(t, &w[0])) &&
        scm_word_punct(&w[1], ')'))
        return 2;
    if (n >= 3 && w[0].kind == SCM_W_NUMBER && scm_word_punct(&w[1], '.'))
        return 2;
    if (n >= 2 && (scm_word_punct(&w[0], '*') || scm_word_punct(&w[0], '-') ||
                   scm_word_punct(&w[0], '?')))
        return 1;
    return 0;
}

/* Words [from, n) speak in the first person: "I", "we", "our", "my",
 * "us" ("President Mugenzi and I agreed …"). */
static int first_person(acts_ctx *c, const scm_word *w, size_t from, size_t n) {
    static const char *const mine[] = {"I", "we", "We", "our", "Our", "my", "My", "us",
                                       NULL};
    for (size_t k = from; k < n; k++)
        if (w[k].kind == SCM_W_WORD && scm_word_in(c->t, &w[k], mine)) return 1;
    return 0;
}

/* Word w is an opening quotation mark: '"' or "“". */
static int opening_quote(const char *t, const scm_word *w) {
    size_t n = w->stop - w->start;
    const char *p = t + w->start;
    return w->kind == SCM_W_PUNCT &&
           ((n == 1 && p[0] == '"') ||
            (n == 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
             (unsigned char)p[2] == 0x9C));
}

/* Word w is a closing quotation mark: '"', "”" or "’". */
static int closing_quote(const char *t, const scm_word *w) {
    size_t n = w->stop - w->start;
    const char *p = t + w->start;
    return w->kind == SCM_W_PUNCT &&
           ((n == 1 && p[0] == '"') ||
            (n == 3 && (unsigned char)p[0] == 0xE2 &&
             (unsigned char)p[1] == 0x80 &&
             ((unsigned char)p[2] == 0x9D || (unsigned char)p[2] == 0x99)));
}

/* The kind of paragraph k's list label: 1 a number and a period ("7. "),
 * 2 anything else ("(a) ", "• "), 0 none. */
static int label_kind(const acts_ctx *c, size_t k) {
    const scm_paragraph *pg = &c->paras[k];
    const char *p = c->t + pg->span.start;
    size_t i = 0;
    if (!pg->label) return 0;
    while (i < pg->label && p[i] >= '0' && p[i] <= '9') i++;
    /* (not "6.1 ", a sub-item) */
    return i > 0 && i < pg->label && p[i] == '.' &&
                   (i + 1 == pg->label || p[i + 1] == ' ')
               ? 1
               : 2;
}

/* Take `a` as the subject of the list items that follow, its words
 * text[start, stop); `body`: a body's resolution (c->list_body). */
static void set_list_subject(acts_ctx *c, actor_set *a, scm_off start,
                             scm_off stop, int body) {
    c->list_label = label_kind(c, c->cur_para);
    if (c->has_list_subject) actors_free(&c->list_subject);
    c->list_subject = *a;
    c->list_span.start = start;
    c->list_span.stop = stop;
    c->has_list_subject = 1;
    c->list_body = body;
    c->list_from = c->sentence + 1;
}

/* "The Council of Foreign Ministers (CFM) of the OIC, meeting at its
 * 137th Session …", "The Heads of State and Government of the CPLP,
 * meeting in Bissau …": a resolution's subject before ", meeting"; its
 * actor (the body's lexicon name, or the "Heads of …" phrase) added to
 * `a`, the word after the lead-in's comma in *after.  1 when the sentence
 * opens so, 0 when not, -1 on memory. */
static int lead_in(acts_ctx *c, const scm_word *w, size_t n, actor_set *a,
                   size_t *after) {
    const char *t = c->t;
    size_t i = 0, k, body;
    if (n > 0 && scm_word_ieq(t, &w[0], "the")) i = 1;
    if (i >= n || w[i].kind != SCM_W_WORD || !w[i].cap) return 0;
    for (k = i; k < n && k - i < 24; k++) {
        static const char *const inner[] = {"of", "and", "the", "la", "le",
                                            "les", "de", "des", "du", NULL};
        if (scm_word_punct(&w[k], ',')) break;
        /* "The Ministerial Conference of la Francophonie (CMF), meeting" */
        if (w[k].kind == SCM_W_WORD && !w[k].cap && !scm_word_in(t, &w[k], inner))
            return 0;
    }
    /* the cue first: every sentence passes here */
    if (k + 1 >= n || !scm_word_punct(&w[k], ',') ||
        !(scm_word_is(t, &w[k + 1], "meeting") ||
          scm_word_is(t, &w[k + 1], "gathered") ||
          scm_word_is(t, &w[k + 1], "assembled")))
        return 0;
    /* the head of the body's name: its last speaking-body word before
     * any "of" ("The OSCE Ministerial Council" -> Council, "The Council
     * of Foreign Ministers" -> Council) */
    body = k;
    for (size_t q = i; q < k && !scm_word_is(t, &w[q], "of"); q++)
        if (w[q].kind == SCM_W_WORD && w[q].cap &&
            scm_lexicon_has(c->lex, SCM_LEX_SPEAKER_BODY, t + w[q].start,
                            w[q].stop - w[q].start))
            body = q;
    *after = k + 1;
    if (scm_word_is(t, &w[i], "Heads") && i + 2 < k &&
        scm_word_is(t, &w[i + 1], "of")) {
        /* "Heads of State and Government" up to " of the" */
        size_t e = i + 2;
        while (e < k && !(scm_word_is(t, &w[e], "of") && e + 1 < k &&
                          scm_word_is(t, &w[e + 1], "the")))
            e++;
        return actors_add(a, t + w[i].start, w[e - 1].stop - w[i].start, -1)
                   ? -1
                   : 1;
    }
    if (body == k) return 0;
    return add_body_actor(c->lex, a, t + w[body].start,
                          w[body].stop - w[body].start)
               ? -1
               : 1;
}

static int list_items(acts_ctx *c, const scm_word *w, size_t n, size_t p0,
                      const scm_sentence *s);

/* "Council,", "The Peace and Security Council,", "The Authority,": a
 * sentence that is a speaking body's name and a comma opens a resolution,
 * whose paragraphs are its acts ("Recalling …;", "1. Welcomes …;"); so
 * does a lead-in before ", meeting" (lead_in).  The body becomes the list
 * subject.  1 when the sentence was such an opener, 0 if not, -1 memory. */
static int body_opener(acts_ctx *c, const scm_word *w, size_t n,
                       const scm_sentence *s) {
    const char *t = c->t;
    size_t i = 0, last, after, k;
    actor_set a;
    int r;
    if (scm_word_ieq(t, &w[0], "the")) i = 1;
    memset(&a, 0, sizeof a);
    if ((r = lead_in(c, w, n, &a, &after)) != 0) {
        if (r < 0) {
            actors_free(&a);
            return -1;
        }
        /* "The Central Commission, meeting in plenary session after the
         * Conference, decided …": the body speaks in this very sentence,
         * no resolution's lead-in (session 29) */
        for (k = after; k + 1 < n && !scm_word_punct(&w[k], ';') && !scm_word_punct(&w[k], ':'); k++) {
            verb_info v;
            if (!scm_word_punct(&w[k], ',') || !lower_word(t, &w[k + 1])) continue;
            memset(&v, 0, sizeof v);
            if (verb_at(c, w, k + 1, n, &v) > 0 && v.form == FORM_ED) {
                actors_free(&a);
                return 0;
            }
        }
        set_list_subject(c, &a, w[i].start, w[after - 2].stop, 1);
        /* preambular clauses run on in the lead-in's sentence: "…,
         * Having regard to …; Recalling …; Noting …;" */
        for (k = after; k < n; k++)
            if (scm_word_punct(&w[k], ';')) {
                if (k + 1 < n && list_items(c, w, n, k + 1, s) < 0) return -1;
                break;
            }
        return 1;
    }
    if (n < 2 || n > 8 || !scm_word_punct(&w[n - 1], ',')) return 0;
    last = n - 2;
    if (i > last || w[last].kind != SCM_W_WORD || !w[last].cap) return 0;
    for (k = i; k < last; k++)
        if (!(w[k].kind == SCM_W_WORD &&
              (w[k].cap || scm_word_is(t, &w[k], "and") ||
               scm_word_is(t, &w[k], "of"))))
            return 0;
    {
        /* "THE GENERAL ASSEMBLY,": a name in capitals, read in title case
         * ("General Assembly", a body of two words, else its head) */
        char name[64];
        const char *nm = name;
        size_t nl = 0, from = last, k2;
        int caps = caps_word(t, &w[last]);
        if (caps && last > i && caps_word(t, &w[last - 1])) from = last - 1;
        for (k2 = from; k2 <= last; k2++) {
            size_t wl = w[k2].stop - w[k2].start, q;
            if (nl + wl + 1 >= sizeof name) return 0;
            if (nl) name[nl++] = ' ';
            for (q = 0; q < wl; q++) {
                char ch = t[w[k2].start + q];
                name[nl++] = caps && q > 0 && ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
            }
        }
        /* no body of two words: the head alone, the name's last word */
        if (from < last && !scm_lexicon_has(c->lex, SCM_LEX_SPEAKER_BODY, name, nl)) {
            size_t hl = w[last].stop - w[last].start;
            nm = name + nl - hl;
            nl = hl;
        }
        if (!scm_lexicon_has(c->lex, SCM_LEX_SPEAKER_BODY, nm, nl))
            return 0;
        if (add_body_actor(c->lex, &a, nm, nl) != 0) {
            actors_free(&a);
            return -1;
        }
    }
    set_list_subject(c, &a, w[i].start, w[last].stop, 1);
    return 1;
}

/* The items of a list after "SUBJECT:" -- "reaffirmed the Alliance; -
 * welcomed the talks; - called on North Korea to …" -- each opening with
 * a reporting verb (and its coordinated ones), acts of that subject.  1
 * when the sentence was such items, 0 when it is none (the list is over),
 * -1 on memory. */
static int list_items(acts_ctx *c, const scm_word *w, size_t n, size_t p0,
                      const scm_sentence *s) {
    const char *t = c->t;
    pending_act pend[MAX_PENDING];
    size_t np = 0, q = p0, i;
    int r = 0;
    while (q < n && np < MAX_PENDING) {
        verb_info v;
        size_t lim = n, k, before = np;
        int g;
        while (q < n && w[q].kind == SCM_W_PUNCT) q++; /* "- ", "• " */
        /* "…; and (d) decided …": the last item */
        if (np > 0 && q + 1 < n && scm_word_is(t, &w[q], "and") &&
            scm_word_punct(&w[q + 1], '('))
            q += 2;
        if (q + 1 < n && w[q].kind == SCM_W_NUMBER &&
            (scm_word_punct(&w[q + 1], '.') || scm_word_punct(&w[q + 1], ')')))
            q += 2; /* "2. hold …", "(2) agreed …" */
        /* "(b) endorsed …", "c) approved …", "ii. welcomed …": a letter or
         * a Roman number */
        if (q + 2 < n && w[q].kind == SCM_W_WORD && lower_word(t, &w[q]) &&
            (scm_word_punct(&w[q + 1], ')') ||
             (scm_word_punct(&w[q + 1], '.') && lower_word(t, &w[q + 2]))) &&
            (w[q].stop - w[q].start == 1 ||
             (w[q].stop - w[q].start <= 4 &&
              strspn(t + w[q].start, "ivx") >= w[q].stop - w[q].start)))
            q += 2;
        /* "2. Strongly condemns …": an adverb before the operative verb */
        if (c->list_body && q + 1 < n && w[q].kind == SCM_W_WORD && w[q].cap &&
            w[q].stop - w[q].start > 4 && t[w[q].stop - 2] == 'l' &&
            t[w[q].stop - 1] == 'y' && lower_word(t, &w[q + 1]))
            q++;
        /* "1. To reaffirm …": a resolution's operative paragraph */
        if (c->list_body && q + 1 < n && scm_word_is(t, &w[q], "To") &&
            lower_word(t, &w[q + 1]))
            q++;
        /* "Also noting …", "Further recalling …" in a resolution */
        if (c->list_body && q + 1 < n && w[q].kind == SCM_W_WORD &&
            (scm_word_is(t, &w[q], "Also") || scm_word_is(t, &w[q], "Further") ||
             scm_word_is(t, &w[q], "Furthermore") ||
             scm_word_is(t, &w[q], "Finally")))
            q++;
        if (q >= n || w[q].kind != SCM_W_WORD) break;
        if (lower_word(t, &w[q]) &&
            !(c->list_body && w[q].stop - w[q].start > 4 &&
              memcmp(t + w[q].stop - 3, "ing", 3) == 0)) {
            g = verb_group(c, w, q, n, 1, &v);
        } else {
            /* a fact sheet's bullet: "- Welcomed the signature …"; a
             * resolution's "Recalling …", "Also noting …" */
            char buf[48];
            size_t len = w[q].stop - w[q].start, b;
            int caps = caps_word(t, &w[q]); /* "RECALLING", "NOTING WITH …" */
            if (len < 3 || len >= sizeof buf ||
                !(lower_word(t, &w[q]) ||
                  (t[w[q].start] >= 'A' && t[w[q].start] <= 'Z')))
                break;
            memcpy(buf, t + w[q].start, len);
            for (b = 0; b < (caps ? len : 1); b++)
                if (buf[b] >= 'A' && buf[b] <= 'Z') buf[b] = (char)(buf[b] + 32);
            memset(&v, 0, sizeof v);
            c->caps_verb = caps;
            g = verb_at_bytes(c, w, q, n, buf, len, &v);
            c->caps_verb = 0;
            v.tense = v.form == FORM_ED ? TENSE_PAST : TENSE_PRESENT;
        }
        if (g < 0) return -1;
        if ((g == 0 || v.first != q) && c->list_body && w[q].cap &&
            w[q].stop - w[q].start > 3 && t[w[q].stop - 1] == 's') {
            /* "3. Expresses its condolences … and pays tribute to …": an
             * operative verb that reports nothing, and a reporting verb
             * coordinated with it */
            pending_act head;
            for (k = q + 1; k < n; k++)
                if (scm_word_punct(&w[k], ';')) {
                    lim = k;
                    break;
                }
            memset(&head, 0, sizeof head);
            head.boundary = q;
            if (coordinated(c, w, q + 1, lim, TENSE_PRESENT,
                            subject_plural(&c->list_subject), pend, &np,
                            MAX_PENDING, &head) != 0)
                return -1;
            if (np == before) break;
            q = lim + 1;
            continue;
        }
        if (g == 0 || v.first != q) break;
        /* "RESOLVES:", "Decides:" alone: the heading of the operative
         * paragraphs, no act of its own; the list goes on */
        if (v.stop + 1 == n && scm_word_punct(&w[v.stop], ':') && np == 0)
            return 1;
        for (k = v.stop; k < n; k++)
            if (scm_word_punct(&w[k], ';')) {
                lim = k;
                break;
            }
        memset(&pend[np], 0, sizeof pend[np]);
        pend[np].boundary = q;
        pend[np].verb = v;
        np++;
        if (coordinated(c, w, v.stop, lim, v.tense,
                        subject_plural(&c->list_subject), pend, &np,
                        MAX_PENDING, &pend[before]) != 0)
            return -1;
        q = lim + 1;
    }
    if (np == 0) {
        /* a resolution's clause that is no act ("Acting under Article 7
         * …,", "Bearing in mind …", "Mindful of …") or a heading
         * ("Operative paragraphs") keeps its list going */
        size_t f = p0;
        while (f < n && w[f].kind == SCM_W_PUNCT) f++;
        /* "• mandated the Secretariat …;": an item of the list whose verb
         * reports nothing; the items after it are still the subject's */
        if (f < n && lower_word(t, &w[f]) && scm_word_punct(&w[n - 1], ';'))
            return 1;
        if (f + 1 < n && w[f].kind == SCM_W_NUMBER && scm_word_punct(&w[f + 1], '.'))
            f += 2; /* "4. To instruct …" */
        /* "1961 Convention on …;": the rest of a paragraph a page break
         * cut; "A/HRC/RES/1540/7": a running head with no lower-case word */
        if (c->list_body && scm_word_punct(&w[n - 1], ';')) return 1;
        if (c->list_body) {
            size_t q2;
            for (q2 = 0; q2 < n && !(w[q2].kind == SCM_W_WORD && w[q2].lower); q2++)
                ;
            if (q2 == n) return 1;
        }
        if (c->list_body && f < n && w[f].kind == SCM_W_WORD && w[f].cap &&
            (n - f <= 3 || scm_word_punct(&w[n - 1], ';') ||
             scm_word_punct(&w[n - 1], ',') || scm_word_is(t, &w[f], "To")))
            return 1;
        /* no item: the list has ended */
        actors_free(&c->list_subject);
        c->has_list_subject = 0;
        c->list_body = 0;
        return 0;
    }
    for (i = 0; i < np && r == 0; i++) {
        scm_off clause_stop = i + 1 < np ? w[pend[i + 1].boundary].start
                                         : s->span.stop;
        r = emit_act_at(c, w, &pend[i], &c->list_subject, 0, clause_stop,
                        c->list_span);
    }
    return r < 0 ? -1 : 1;
}

static void opening_members(acts_ctx *c, const scm_word *w, size_t n,
                            const scm_sentence *s);

/* "The Parties to the Framework Agreement … (FASRB) – Bosnia and
 * Herzegovina, the Republic of Croatia, the Republic of Serbia and the
 * Republic of Slovenia – were represented …": the parties listed after a
 * dash or a bracket that follows "Parties" (within twelve words), two or
 * more, closed by "and", go to c->listed.  0, or -1 (memory). */
static int parties_listed(acts_ctx *c, const scm_word *w, size_t n) {
    const char *t = c->t;
    size_t i, k;
    for (i = 0; i < n; i++) {
        if (!scm_word_is(t, &w[i], "Parties")) continue;
        for (k = i + 1; k < n && k - i <= 14; k++) {
            const char *got[MAX_ACTORS];
            const unsigned char *d = (const unsigned char *)t + w[k].start;
            size_t ng = 0, q = k + 1, dn = w[k].stop - w[k].start;
            int closed = 0,
                dash = ((dn == 1 && d[0] == '-') ||
                        (dn == 3 && d[0] == 0xE2 && d[1] == 0x80 &&
                         (d[2] == 0x93 || d[2] == 0x94))) &&
                       w[k].start > w[k - 1].stop;
            if (!dash && !scm_word_punct(&w[k], '(')) continue;
            while (q < n && ng < MAX_ACTORS) {
                const char *cls = NULL;
                long pk;
                if (scm_word_is(t, &w[q], "the")) q++;
                pk = q < n ? party_at(c, w, q, n, &cls) : 0;
                if (pk < 0) return -1;
                if (pk == 0) {
                    /* "the Republic of Croatia": the state's form first */
                    size_t f = q;
                    while (f + 1 < n && w[f].cap &&
                           scm_word_in(t, &w[f], scm_state_form_words))
                        f++;
                    if (f > q && f + 1 < n && scm_word_is(t, &w[f], "of")) {
                        f++;
                        if (scm_word_is(t, &w[f], "the")) f++;
                        pk = party_at(c, w, f, n, &cls);
                        if (pk < 0) return -1;
                        if (pk > 0) pk += (long)(f - q);
                    }
                }
                if (pk <= 0 || !cls) break;
                got[ng++] = cls;
                q += (size_t)pk;
                if (q < n && scm_word_punct(&w[q], ',')) q++;
                if (closed) break;
                if (q < n && scm_word_is(t, &w[q], "and")) {
                    closed = 1;
                    q++;
                }
            }
            if (closed && ng >= 2) {
                for (q = 0; q < ng; q++) c->listed[q] = got[q];
                c->nlisted = ng;
                return 0;
            }
        }
    }
    return 0;
}

static int sentence_acts(acts_ctx *c, const scm_sentence *s) {
    const char *t = c->t;
    const scm_word *w;
    size_t n, p, p0, np = 0, i;
    pending_act pend[MAX_PENDING];
    actor_set sets[MAX_PENDING];
    int found = 0, r = 0;
    size_t covered = 0;
    c->words.len = 0;
    c->pmemo.len = 0;
    if (scm_words_scan(c->x->cache, t, s->span.start, s->span.stop,
                       &c->words) != 0)
        return -1;
    w = c->words.items;
    n = c->words.len;
    if (!n) return 0;
    if (SCM_VEC_RESERVE(&c->wflags, n) != 0 ||
        SCM_VEC_RESERVE(&c->pmemo, n) != 0)
        return -1;
    for (i = 0; i < n; i++) {
        c->wflags.items[i] = FLAGS_UNKNOWN;
        c->pmemo.items[i].known = 0;
    }
    c->pmemo.len = n;
    if (preamble_act(c, w, n, s) != 0) return -1;
    opening_members(c, w, n, s);
    if (!c->nlisted && parties_listed(c, w, n) < 0) return -1;
    alias_scan(c, w, n, s);
    p0 = list_label(t, w, n);
    /* "“The leaders discussed …": a spokesperson's readout quoted
     * paragraph by paragraph, each opening with a quotation mark, reports
     * in the third person; a quoted "We agreed …" is what a speaker said,
     * no act (session 34) */
    if (p0 + 2 < n && opening_quote(t, &w[p0])) {
        int said = first_person(c, w, p0 + 1, n);
        if (w[p0 + 1].cap && !said) {
            p0++;
        } else if (said) {
            /* (… nor does any clause of it, the quote closing the
             * sentence with no speaker after it: "“We are grateful to our
             * colleagues and we look forward to …”"; session 42) */
            size_t q = n;
            while (q > p0 + 1 && w[q - 1].kind != SCM_W_WORD && !closing_quote(t, &w[q - 1])) q--;
            if (q > p0 + 1 && closing_quote(t, &w[q - 1])) return 0;
        }
    }
    if (p0 == 0) {
        int b = body_opener(c, w, n, s);
        if (b) return b < 0 ? -1 : 0;
    }
    /* "6. On economic integration, the Conference: (a) …; (d) …" then "7.
     * Recalling …": a paragraph numbered like the list's own is its
     * sibling, and the list has ended */
    if (c->has_list_subject && c->list_label == 1 &&
        s->paragraph != c->cur_para && label_kind(c, s->paragraph) == 1 &&
        s->span.start == c->paras[s->paragraph].span.start +
                             c->paras[s->paragraph].label) {
        actors_free(&c->list_subject);
        c->has_list_subject = 0;
        c->list_body = 0;
    }
    c->cur_para = s->paragraph;
    /* (not the sentence that set it: "We, …, declare as follows:") */
    if (c->has_list_subject && c->list_from != c->sentence + 1) {
        int items = list_items(c, w, n, p0, s);
        if (items != 0) return items < 0 ? -1 : 0;
    }
    for (p = p0; p < n && np < MAX_PENDING; p++) {
        size_t first = 0, stop = 0, boundary = p;
        actor_set a;
        verb_info v;
        int k;
        if (p < covered) continue;
        if (p > p0) {
            /* (also ",” and": a comma inside a closing quote, "ready to
             * “fight tonight,” and they pledged") */
            int after_comma = scm_word_punct(&w[p - 1], ',') ||
                              (p >= p0 + 2 && scm_word_punct(&w[p - 2], ',') &&
                               closing_quote(t, &w[p - 1]));
            int after_semi = scm_word_punct(&w[p - 1], ';') ||
                             scm_word_punct(&w[p - 1], ':');
            int open = p == p0 + 1 && IN(c, &w[p0], L_OPEN_ADVERBS);
            /* "On that occasion the two Ministers welcomed …": a short
             * fronted phrase with no comma, a subject with its article
             * after it (session 42) */
            if (!open && p == p0 + 3 && lower_word(t, &w[p0 + 2]) &&
                scm_word_in(t, &w[p0], (const char *const[]){"On", "At", "During", NULL}) &&
                scm_word_in(t, &w[p0 + 1], (const char *const[]){"that", "this", "the", NULL}) &&
                (scm_word_is(t, &w[p], "the") || scm_word_is(t, &w[p], "both")))
                open = 1;
            /* "… in December and we confirm that …": "and" before a
             * subject pronoun opens a clause, with or without a comma
             * (a pronoun in the nominative is no object; session 20) */
            int and_pronoun = scm_word_is(t, &w[p], "and") && p + 2 < n &&
                              (scm_word_is(t, &w[p + 1], "we") ||
                               scm_word_is(t, &w[p + 1], "they") ||
                               scm_word_is(t, &w[p + 1], "he") ||
                               scm_word_is(t, &w[p + 1], "she"));
            if (!after_comma && !after_semi && !open && !and_pronoun) continue;
            if (found && after_comma && !scm_word_is(t, &w[p], "and") &&
                !scm_word_is(t, &w[p], "but") && /* ", but they agreed" */
                !scm_word_is(t, &w[p], "whereas") && !scm_word_is(t, &w[p], "while"))
                continue;
            if (!open) boundary = p - 1;
        }
        k = subject_verb(c, w, p, n, &first, &stop, &a, &v);
        if (k < 0) {
            r = -1;
            goto done;
        }
        if (k == 0) continue;
        if (k == 1 && (p == p0 || scm_word_punct(&w[p - 1], ',')) &&
            stop + 2 < n &&
            (scm_word_punct(&w[stop], ':') ||
             (IN(c, &w[stop], L_VERB_ADVERBS) && scm_word_punct(&w[stop + 1], ':')))) {
            /* "The Ministers also: (a) welcomed …; (b) endorsed …": the
             * items follow in the same sentence */
            size_t colon = scm_word_punct(&w[stop], ':') ? stop : stop + 1;
            int items;
            if (a.resolve && !a.n && resolve_actors(c, &a) != 0) {
                actors_free(&a);
                r = -1;
                goto done;
            }
            set_list_subject(c, &a, w[first].start, w[stop - 1].stop, 0);
            items = list_items(c, w, n, colon + 1, s);
            if (items < 0) {
                r = -1;
                goto done;
            }
            if (items > 0) goto done;
            continue;
        }
        {
            /* "The Secretary and the Minister:", "Under the Partnership,
             * the United States and Canada:", "The Ministers also:" -- the
             * items that follow are its acts; "…, the Heads of State and
             * Government AGREE:" -- a verb in capitals heads operative
             * items ("1. To reaffirm …;") and is no act of its own */
            int lead = k == 1 && (p == p0 || scm_word_punct(&w[p - 1], ',')) &&
                       (lead_in_end(c, w, stop, n) ||
                        (stop + 2 == n && IN(c, &w[stop], L_VERB_ADVERBS) &&
                         scm_word_punct(&w[stop + 1], ':')));
            int heading = k == 2 && v.stop + 1 == n &&
                          scm_word_punct(&w[v.stop], ':') &&
                          caps_word(t, &w[v.first]);
            if (lead || heading) {
                if (a.resolve && !a.n && resolve_actors(c, &a) != 0) {
                    actors_free(&a);
                    r = -1;
                    goto done;
                }
                set_list_subject(c, &a, w[first].start, w[stop - 1].stop, heading);
                /* (a lead-in that opens the sentence: its own items are
                 * no lead-in of their own, "The Islamic Republic of Iran,
                 * the Russian Federation and …:"; session 24) */
                if (p == p0) covered = stop;
                continue;
            }
        }
        if (k == 1) {
            /* an unknown verb: its coordinated reporting verbs still count
             * ("see ... and welcomed") */
            int tense = TENSE_UNKNOWN;
            if (stop < n && IN(c, &w[stop], L_AUXILIARIES)) {
                /* "The Committee is maintaining ... and anticipates" */
                static const char *const present[] = {
                    "is", "are", "has", "have", "will", "shall", "am",
                    "remains", "remain", "does", "do", NULL};
                tense = scm_word_in(t, &w[stop], present) ? TENSE_PRESENT
                                                          : TENSE_PAST;
            } else if (stop < n && lower_word(t, &w[stop]) &&
                       w[stop].stop - w[stop].start > 3 &&
                       t[w[stop].stop - 2] == 'e' && t[w[stop].stop - 1] == 'd') {
                /* "accepted the invitation … and look forward to …": a
                 * regular past, so the present of expectation may follow
                 * (session 17) */
                tense = TENSE_PAST;
            } else if (stop < n && a.n == 1 && strcmp(a.names[0], "We") == 0 &&
                       lower_word(t, &w[stop]) && w[stop].stop - w[stop].start > 2 &&
                       !(t[w[stop].stop - 2] == 'e' && t[w[stop].stop - 1] == 'd')) {
                /* "We thank Indonesia … and reaffirm …": the present of a
                 * declaration's "We" */
                tense = TENSE_PRESENT;
            }
            /* "The Executive Secretary, Ms. Aïssata Binta Diallo,
             * presented … and emphasised …": a name in apposition ends
             * the subject, the unknown verb comes after its comma
             * (session 13) */
            size_t vat = stop;
            if (stop + 1 < n && scm_word_punct(&w[stop], ',') && stop > first &&
                person_at(c, w[stop - 1].start) >= 0 && lower_word(t, &w[stop + 1]))
                vat = stop + 1;
            /* (not a preposition: "…, ROK Director of … at the Joint
             * Chiefs of Staff (JCS), the co-chairs reviewed …" is a
             * fronted phrase, no subject and verb; session 16) */
            static const char *const prepositions[] = {
                "at", "in", "on", "of", "for", "from", "to", "by", "with",
                "under", "within", "during", "after", "before", NULL};
            if (vat < n && lower_word(t, &w[vat]) &&
                !scm_word_in(t, &w[vat], prepositions) &&
                /* "Zhao Minghui said that since …, China and Zambia have
                 * always trusted and supported each other": a clause
                 * reported by a verb the lexicon lacks holds other
                 * subjects' verbs (session 16) */
                !(vat + 1 < n && scm_word_is(t, &w[vat + 1], "that"))) {
                pending_act head;
                size_t before = np, lim = n, q;
                memset(&head, 0, sizeof head);
                head.subj_first = first;
                head.subj_stop = stop;
                head.boundary = boundary;
                /* entries made below point at `before`, which owns a */
                head.actors_from = -1;
                for (q = vat; q < n; q++)
                    if (scm_word_punct(&w[q], ';')) {
                        lim = q;
                        break;
                    }
                if (coordinated(c, w, vat + 1, lim, tense, subject_plural(&a),
                                pend, &np, MAX_PENDING, &head) != 0) {
                    np = before; /* drop the partial entries */
                    actors_free(&a);
                    r = -1;
                    goto done;
                }
                if (np > before) {
                    size_t q2;
                    for (q2 = before; q2 < np; q2++) {
                        pend[q2].actors_from = (int)before;
                    }
                    sets[before] = a;
                    found = 1;
                    covered = pend[np - 1].verb.stop;
                    continue;
                }
            }
            if ((p == p0 || fronted_before(c, w, p0, p)) && !a.resolve &&
                (a.n >= 2 || (a.n == 1 && group_literal(a.names[0])))) {
                /* "The two Chairmen reviewed …", "Ministers welcomed Hon.
                 * X to her first meeting": a subject "They" may stand
                 * for */
                actors_free(&c->silent);
                c->silent = a;
                c->silent_acts = c->x->acts.len;
                c->silent_sentence = c->sentence + 1;
                continue;
            }
            /* "The Meeting was addressed by … Amb. Judith Kiggundu. She
             * underscored …": the one person the passive names after "by"
             * is the one a pronoun of the next sentence stands for
             * (session 18) */
            if ((p == p0 || fronted_before(c, w, p0, p)) && !a.resolve && a.n == 1 &&
                a.persons[0] < 0) {
                int32_t agent = passive_agent(c, s);
                if (agent >= 0 && c->x->people.items[agent].role) {
                    actors_free(&a);
                    memset(&a, 0, sizeof a);
                    if (add_role_actor(c, &a, c->x->people.items[agent].role, agent) != 0) {
                        r = -1;
                        goto done;
                    }
                }
            }
            if ((p == p0 || fronted_before(c, w, p0, p) ||
                 office_before_name(c, w, p0, p)) &&
                !a.resolve && a.n == 1 &&
                /* the sentence's first such subject: not the person an
                 * apposition names after the object ("Deputy Minister A
                 * met the Chief of the General Staff, General B."; session
                 * 20) */
                !(c->silent_one.n && c->silent_one_sentence == c->sentence + 1 &&
                  c->silent_one_acts == c->x->acts.len) &&
                (a.persons[0] >= 0 ||
                 scm_lexicon_has(c->lex, SCM_LEX_SPEAKER_BODY,
                                 t + w[stop - 1].start,
                                 w[stop - 1].stop - w[stop - 1].start) ||
                 /* "The Chair opened the Meeting …" (session 17) */
                 listed_role(c, a.names[0]))) {
                actors_free(&c->silent_one);
                c->silent_one = a;
                c->silent_one_acts = c->x->acts.len;
                c->silent_one_sentence = c->sentence + 1;
                c->silent_one_span = s->span;
                continue;
            }
            actors_free(&a);
            continue;
        }
        /* a main act */
        {
            pending_act *pa = &pend[np];
            size_t lim = n, q, me = np;
            memset(pa, 0, sizeof *pa);
            pa->boundary = boundary;
            pa->subj_first = first;
            pa->subj_stop = stop;
            pa->verb = v;
            pa->actors_from = (int)np;
            sets[np] = a;
            np++;
            found = 1;
            for (q = v.stop; q < n; q++)
                if (scm_word_punct(&w[q], ';')) {
                    lim = q;
                    break;
                }
            if (coordinated(c, w, v.stop, lim, v.tense, subject_plural(&a),
                            pend, &np, MAX_PENDING, &pend[me]) != 0) {
                np = me + 1;
                r = -1;
                goto done;
            }
            for (q = me + 1; q < np; q++) pend[q].actors_from = (int)me;
            covered = pend[np - 1].verb.stop;
        }
    }
    /* coordinated acts found by a later subject's scan must not run past
     * it: order the acts by position (they are already), then emit */
    for (i = 0; i < np; i++) {
        actor_set *a = &sets[pend[i].actors_from];
        scm_off clause_stop;
        size_t q;
        int last = 1; /* of the acts sharing this subject */
        if (i == (size_t)pend[i].actors_from && a->resolve &&
            resolve_actors(c, a) != 0) {
            r = -1;
            break;
        }
        if (i + 1 < np)
            clause_stop = w[pend[i + 1].boundary].start;
        else
            clause_stop = s->span.stop;
        for (q = i + 1; q < np && last; q++)
            if (pend[q].actors_from == pend[i].actors_from) last = 0;
        if (emit_act(c, w, &pend[i], a, last, clause_stop) != 0) {
            r = -1;
            break;
        }
    }
done:
    /* only the entries that own a subject hold actors */
    for (i = 0; i < np; i++)
        if (pend[i].actors_from == (int)i) actors_free(&sets[i]);
    return r;
}

static int cmp_mention(const void *a, const void *b) {
    const mention_ref *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

static int add_doc_party(acts_ctx *c, const char *p) {
    size_t j;
    if (!p || !*p || c->ndoc_parties >= MAX_ACTORS) return 0;
    for (j = 0; j < c->ndoc_parties; j++)
        if (strcmp(c->doc_parties[j], p) == 0) return 0;
    if (!(c->doc_parties[c->ndoc_parties] = scm_xstrndup(p, strlen(p))))
        return -1;
    c->ndoc_parties++;
    return 0;
}

/* Add party class cls to seen[*ns] unless it is there (at most
 * MAX_ACTORS). */
static void seen_add(const char **seen, size_t *ns, const char *cls) {
    size_t q;
    for (q = 0; q < *ns && strcmp(seen[q], cls) != 0; q++)
        ;
    if (q == *ns && *ns < MAX_ACTORS) seen[(*ns)++] = cls;
}

/* The different parties text[start, stop) names, added to seen[*ns].
 * 0 or -1 (memory). */
static int parties_named(acts_ctx *c, const char *text, size_t start,
                         size_t stop, const char **seen, size_t *ns) {
    scm_wordvec tw = {0};
    size_t i, n;
    if (scm_words_scan(NULL, text, start, stop, &tw) != 0) {
        SCM_VEC_FREE(&tw);
        return -1;
    }
    n = tw.len;
    for (i = 0; i < n;) {
        const char *cls = NULL;
        long k = party_in_text(c, text, tw.items, i, n, &cls);
        if (k < 0) {
            SCM_VEC_FREE(&tw);
            return -1;
        }
        if (k > 0 && cls) seen_add(seen, ns, cls);
        i += k > 0 ? (size_t)k : 1;
    }
    SCM_VEC_FREE(&tw);
    return 0;
}

/* How many different parties the title names (c->ntitle_parties), and
 * the header lines (c->nheader_parties).  0 or -1 (memory). */
static int title_party_count(acts_ctx *c, const char *title) {
    const char *seen[MAX_ACTORS];
    const scm_doc *doc = c->doc;
    size_t i, ns = 0;
    c->ntitle_parties = c->nheader_parties = 0;
    if (title && parties_named(c, title, 0, strlen(title), seen, &ns) != 0)
        return -1;
    c->ntitle_parties = ns;
    ns = 0;
    for (i = 0; doc && i < doc->text.paragraphs.len; i++) {
        const scm_paragraph *pg = &doc->text.paragraphs.items[i];
        if (pg->kind == SCM_PARA_BODY) break;
        if (pg->kind == SCM_PARA_HEADER &&
            parties_named(c, c->t, pg->span.start, pg->span.stop, seen, &ns) != 0)
            return -1;
    }
    c->nheader_parties = ns;
    return 0;
}

/* How many different parties the first body paragraph lists after
 * "Heads of State [and Government] of" (c->nsummit_parties).  0 or -1
 * (memory). */
static int summit_party_count(acts_ctx *c, const scm_doc *doc) {
    static const char *const state_groups[] = {
        "Community", "Union", "Association", "Organisation", "Organization",
        "Commonwealth", "League", "Alliance", "Movement", "Group", NULL};
    static const char *const openers[] = {"Heads of State of ",
                                          "Heads of State and Government of ",
                                          NULL};
    const scm_paragraph *pg = NULL;
    const char *seen[MAX_ACTORS];
    scm_wordvec tw = {0};
    const char *t = doc->text.text, *q = NULL;
    size_t i, n, ns = 0, from, to;
    c->nsummit_parties = 0;
    for (i = 0; i < doc->text.paragraphs.len && !pg; i++)
        if (doc->text.paragraphs.items[i].kind == SCM_PARA_BODY)
            pg = &doc->text.paragraphs.items[i];
    if (!pg) return 0;
    for (i = 0; openers[i] && !q; i++) {
        size_t len = pg->span.stop - pg->span.start;
        q = scm_ifind(t + pg->span.start, len > 600 ? 600 : len,
                            openers[i]);
        if (q) q += strlen(openers[i]);
    }
    if (!q) return 0;
    from = (size_t)(q - t);
    to = pg->span.stop - from > 300 ? from + 300 : pg->span.stop;
    if (scm_words_scan(NULL, t, from, to, &tw) != 0) {
        SCM_VEC_FREE(&tw);
        return -1;
    }
    n = tw.len;
    /* "Heads of State and Government of the Caribbean Community (CARICOM)
     * and of the Republic of Cuba": an organisation of states meeting a
     * partner, so the heads are more than the two the text names
     * (session 21); not an organisation alone, whose members the text
     * may list */
    {
        int group = 0;
        for (i = 0; i < n && i < 12; i++) {
            const scm_word *x = &tw.items[i];
            if (scm_word_punct(x, '(')) {
                while (i < n && !scm_word_punct(&tw.items[i], ')')) i++;
                continue;
            }
            if (scm_word_is(t, x, "and")) {
                if (group) c->many_members = 1;
                break;
            }
            if (x->kind != SCM_W_WORD) break;
            if (x->cap && scm_bytes_in(t + x->start, x->stop - x->start,
                                       state_groups))
                group = 1;
        }
        /* "Heads of State and Government of the South American and Arab
         * countries": a class of states by region, not a list (session
         * 28) */
        for (i = 1; i < n && i < 12 && tw.items[i - 1].kind == SCM_W_WORD; i++) {
            const scm_word *x = &tw.items[i];
            if (scm_word_punct(x, ',') || scm_word_punct(x, '(')) break;
            if ((scm_word_is(t, x, "countries") || scm_word_is(t, x, "states") ||
                 scm_word_is(t, x, "nations")) &&
                tw.items[i - 1].cap && !scm_word_is(t, &tw.items[i - 1], "Member")) {
                c->many_members = 1;
                break;
            }
        }
    }
    for (i = 0; i < n && ns < MAX_ACTORS;) {
        const char *cls = NULL;
        long k = 0;
        size_t r;
        if (scm_word_ieq(t, &tw.items[i], "the")) i++;
        /* "the Republic of Botswana, the Republic of Zambia and …": the
         * state's form before its name (session 21) */
        if (i < n) {
            size_t sf = scm_state_form_skip(t, tw.items, i, n);
            if (sf > i && sf < n) i = sf;
        }
        k = party_in_text(c, t, tw.items, i, n, &cls);
        if (k < 0) {
            SCM_VEC_FREE(&tw);
            return -1;
        }
        if (k == 0 || !cls) break;
        for (r = 0; r < ns && strcmp(seen[r], cls) != 0; r++)
            ;
        if (r == ns) seen[ns++] = cls;
        i += (size_t)k;
        if (i < n && scm_word_punct(&tw.items[i], ',')) i++;
        if (i < n && scm_word_is(t, &tw.items[i], "and")) i++;
        else if (!(i > 0 && scm_word_punct(&tw.items[i - 1], ','))) break;
    }
    SCM_VEC_FREE(&tw);
    c->nsummit_parties = ns;
    c->summit_unlisted = ns == 0;
    return 0;
}

/* "Results of the 14th ROK-U.S. … Meeting": a title's hyphenated
 * compound of parties names each of them, when every part is a party
 * (session 25).  0, or -1 (memory). */
static int hyphened_parties(acts_ctx *c, const char *t, const scm_word *w) {
    const char *found[8];
    size_t parts = scm_phrase_hyphened(&c->party, t + w->start, w->stop - w->start, found, 8);
    for (size_t j = 0; j < parts; j++)
        if (add_doc_party(c, found[j]) != 0) return -1;
    return 0;
}

/* The parties a title or header line names before its topic ("… on
 * Ukraine", "…: Ukraine"), added to the document's: 0, or -1 (memory). */
static int line_parties(acts_ctx *c, const char *title, size_t len) {
    scm_wordvec tw = {0};
    size_t i, n;
    int r = 0;
    if (scm_words_scan(NULL, title, 0, len, &tw) != 0) {
        SCM_VEC_FREE(&tw);
        return -1;
    }
    n = tw.len;
    for (i = 0; i < n && r == 0;) {
        const char *cls = NULL;
        long k = 0;
        /* "… on Ukraine", "…: Ukraine": a topic, not a party */
        if (scm_word_punct(&tw.items[i], ':') ||
            scm_word_is(title, &tw.items[i], "on") ||
            scm_word_is(title, &tw.items[i], "regarding") ||
            scm_word_is(title, &tw.items[i], "concerning") ||
            scm_word_is(title, &tw.items[i], "about"))
            break;
        k = party_in_text(c, title, tw.items, i, n, &cls);
        if (k < 0) r = -1;
        else if (k > 0 && cls) r = add_doc_party(c, cls);
        else if (k == 0 && tw.items[i].kind == SCM_W_WORD)
            r = hyphened_parties(c, title, &tw.items[i]);
        i += k > 0 ? (size_t)k : 1;
    }
    SCM_VEC_FREE(&tw);
    return r != 0 ? -1 : 0;
}

/* The document opens with a joint release's kind ("JOINT PRESS
 * RELEASE"): its headline ("Icelandic and Ecuadorian geothermal agencies
 * sign …") names the agencies' states, who are not its speakers, so a
 * headline taken as the title gives no parties (session 40). */
static int joint_release(const scm_doc *doc) {
    const scm_paragraph *p = doc->text.paragraphs.items;
    /* (a title that is the kind itself leaves the header lines under
     * it to name the speakers, doc_parties) */
    if (doc->title && scm_joint_release_kind(doc->title, strlen(doc->title))) return 0;
    return doc->text.paragraphs.len > 0 && p->kind == SCM_PARA_HEADER &&
           scm_joint_release_kind(doc->text.text + p->span.start, p->span.stop - p->span.start);
}

static const char *named_body(const acts_ctx *c, const char *s, size_t n) {
    for (size_t k = 0; k < 3; k++)
        if (c->full_body[k] && strlen(body_heads[k]) == n && memcmp(s, body_heads[k], n) == 0)
            return c->full_body[k];
    return NULL;
}

static void find_named_bodies(acts_ctx *c, const char *t, size_t len) {
    for (size_t k = 0; k < 3; k++) {
        const char *head = body_heads[k], *name = body_names[k];
        size_t hl = strlen(head), nl = strlen(name);
        int named = 0, other = 0;
        c->full_body[k] = NULL;
        for (const char *q = scm_find_bytes(t, len, head, hl); q && !other;
             q = scm_find_bytes(q + 1, (size_t)(t + len - q - 1), head, hl)) {
            const char *b;
            if (q == t || q[-1] != ' ' || (q + hl < t + len && isalnum((unsigned char)q[hl]))) continue;
            if ((size_t)(q - t) + hl >= nl && memcmp(q + hl - nl, name, nl) == 0) {
                named = 1;
                continue;
            }
            /* the word before: a capitalised word is another name ("Joint
             * Committee"), "the" or a small word is the head alone */
            b = q - 1;
            while (b > t && b[-1] != ' ' && b[-1] != '\n') b--;
            if (b < q - 1 && isupper((unsigned char)*b) && memcmp(b, "The ", 4) != 0) other = 1;
        }
        if (named && !other) c->full_body[k] = name;
    }
}

/* The parties the document is between: the meeting's, else those of its
 * people in order, else those its title names ("Joint Statement of the
 * Leaders of Japan and Brazil"), so that "Our two countries" of a
 * leaders' statement are its two parties. */
/* The place a sub-national government's head is of, from the office
 * ("County Mayor of Nordland", "Mayor of Muğla Metropolitan
 * Municipality", "President of the Regional Government of the Azores",
 * "Chief Minister of Sindh" → Nordland, Muğla, Azores, Sindh) into buf;
 * 0 when the person is none or the place is no plain name (session 42). */
static int subnational_place(const scm_person *p, char *buf, size_t cap) {
    static const char *const heads[] = {"Mayor", "County Mayor", "Lord Mayor", "Governor", "Premier",
                                        "Minister-President", "State Councillor", "Regional Governor",
                                        "County Governor", "Chief Minister", "First Minister", NULL};
    static const char *const lead[] = {"the Regional Government of the ", "the Regional Government of ",
                                       "the Government of the ", "the Government of ", "the State of ",
                                       "the Province of ", "the Canton of ", "the County of ",
                                       "the City of ", "the Region of ", "the ", NULL};
    static const char *const tail[] = {" Metropolitan Municipality", " Municipality", " Region",
                                       " Province", " City Council", NULL};
    const char *ti = p->title, *at, *q;
    size_t len;
    int words = 1, ok;
    if (p->party || !ti || !p->role) return 0;
    if (!scm_bytes_in(p->role, strlen(p->role), heads) &&
        !(strcmp(p->role, "President") == 0 && strstr(ti, "Regional Government")))
        return 0;
    if (!(q = strstr(ti, " of "))) return 0;
    at = q + 4;
    for (size_t k = 0; lead[k]; k++)
        if (!strncmp(at, lead[k], strlen(lead[k]))) {
            at += strlen(lead[k]);
            break;
        }
    len = strlen(at);
    for (size_t k = 0; tail[k]; k++) {
        size_t tl = strlen(tail[k]);
        if (len > tl && !strcmp(at + len - tl, tail[k])) {
            len -= tl;
            break;
        }
    }
    ok = len > 1 && len < cap && (unsigned char)at[0] >= 'A' && (unsigned char)at[0] <= 'Z';
    for (size_t k = 0; ok && k < len; k++)
        if (at[k] == ' ') {
            words++;
            ok = k + 1 < len && (unsigned char)at[k + 1] >= 'A' && (unsigned char)at[k + 1] <= 'Z';
        } else if (at[k] == ',' || at[k] == '(')
            ok = 0;
    if (!ok || words > 3) return 0;
    memcpy(buf, at, len);
    buf[len] = '\0';
    return 1;
}

static int doc_parties(acts_ctx *c, const char *title) {
    const scm_extract *x = c->x;
    size_t i;
    int partyless = 0;
    if (title_party_count(c, title) != 0) return -1;
    if (x->header.has_meeting && x->header.meeting.parties.len >= 2) {
        for (i = 0; i < x->header.meeting.parties.len && i < MAX_ACTORS; i++)
            if (!(c->doc_parties[c->ndoc_parties++] =
                      scm_xstrndup(x->header.meeting.parties.items[i],
                                   strlen(x->header.meeting.parties.items[i]))))
                return -1;
        return 0;
    }
    for (i = 0; i < x->people.len; i++) {
        const scm_person *p = &x->people.items[i];
        const char *party = p->party;
        /* a State Department or Pentagon readout names its Secretary
         * without the party: those two offices are the United States' */
        if (!party && p->title && (strcmp(p->title, "Secretary of State") == 0 ||
                                   strcmp(p->title, "Secretary of Defense") == 0))
            party = "U.S.";
        /* (and Ireland's head of government is its Taoiseach, whom an
         * Irish or a joint text names without the state; session 39) */
        if (!party && p->role && (strcmp(p->role, "Taoiseach") == 0 || strcmp(p->role, "Tánaiste") == 0))
            party = "Ireland";
        if (add_doc_party(c, party) != 0) return -1;
        if (!party && p->role) partyless = 1;
    }
    /* a coalition of states and their regions or cities: two heads of
     * sub-national governments or more beside two states or more are
     * parties too ("The members" of a coalition; session 42) */
    {
        char place[64];
        size_t subs = 0;
        for (i = 0; i < x->people.len; i++) subs += subnational_place(&x->people.items[i], place, sizeof place);
        if (subs >= 2 && c->ndoc_parties >= 2)
            for (i = 0; i < x->people.len; i++)
                if (subnational_place(&x->people.items[i], place, sizeof place) && add_doc_party(c, place) != 0)
                    return -1;
    }
    /* (also when someone of a role has no party: the title then names
     * the parties the people leave out, "Japan-Fiji-Palau Trilateral
     * Meeting …" of a readout whose State Minister is Japan's; session
     * 39) */
    if ((c->ndoc_parties < 2 || partyless) && title &&
        line_parties(c, title, strlen(title)) != 0)
        return -1;
    /* (and, under a title that is a bare kind in capitals, the header
     * lines that name the speakers: "JOINT STATEMENT" / "by the Standing
     * Committee on Foreign Affairs of … the Netherlands and the Committee
     * … of Zambia"; session 37) */
    /* (… also joined to the subtitle in small letters under it: "JOINT
     * STATEMENT of the Public Defender (Ombudsman) of Georgia and …";
     * session 38) */
    size_t kind_len = title ? strlen(title) : 0;
    for (size_t q = 1; title && q < kind_len; q++)
        if (title[q - 1] == ' ' && title[q] >= 'a' && title[q] <= 'z') {
            kind_len = q - 1;
            break;
        }
    for (i = 0; c->ndoc_parties < 2 && title && scm_ascii_no_lower(title, kind_len) &&
                kind_len <= 40 && i < c->doc->text.paragraphs.len;
         i++) {
        const scm_paragraph *pg = &c->doc->text.paragraphs.items[i];
        const char *ps = c->doc->text.text + pg->span.start;
        size_t pn = pg->span.stop - pg->span.start, d;
        if (pg->kind == SCM_PARA_BODY) break;
        /* (a headline in small letters, no dateline: "Saskatoon, 12 June
         * 2031" names a place, not a party) */
        for (d = 0; d < pn && !(ps[d] >= '0' && ps[d] <= '9'); d++)
            ;
        if (pg->kind != SCM_PARA_HEADER || d < pn || scm_ascii_no_lower(ps, pn)) continue;
        if (line_parties(c, ps, pn) != 0) return -1;
    }
    return 0;
}

/* "The Philippine co-chair, Ma. Cristina B. Villanueva-Ocampo, …, and the
 * Vietnamese co-chair, Tran Quoc Khanh, …": people named right after
 * "co-chair," in the opening sentences are the co-chairs. */
static int co_chair_after(const acts_ctx *c, size_t m);

static void cochairs_by_apposition(acts_ctx *c, const scm_doc *doc) {
    const char *t = doc->text.text;
    scm_off limit = 0;
    size_t m;
    if (doc->sentences.len)
        limit = doc->sentences.items[doc->sentences.len < 12
                                         ? doc->sentences.len - 1
                                         : 11].span.stop;
    c->ncochairs = 0;
    c->nchairs = 0;
    for (m = 0; m < c->mentions.len && c->ncochairs < MAX_ACTORS; m++) {
        const mention_ref *r = &c->mentions.items[m];
        size_t e = r->start, q;
        int dup = 0;
        if (r->start >= limit) break;
        /* back over honorifics is not needed: the mention starts at the
         * name or its honorific; skip ", " */
        /* (also a label's colon: "ROK Co-Chair: Rear Admiral A, …";
         * session 31) */
        while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == ',' || t[e - 1] == ':')) e--;
        /* "The ROK co-chair was Lieutenant General Seo …" (session 30) */
        if (e > 12 && !strncmp(t + e - 4, " was", 4) &&
            !strncasecmp(t + e - 12, "co-chair", 8)) {
            e -= 4;
        }
        if (e > 6 && t[e - 6] == ' ' && strncmp(t + e - 5, "Chair", 5) == 0 &&
            c->x->people.items[r->person].role && c->nchairs < 4) {
            for (q = 0; q < c->nchairs; q++)
                if (c->chairs[q] == r->person) dup = 1;
            if (!dup) c->chairs[c->nchairs++] = r->person;
            continue;
        }
        if ((e < 8 || strncasecmp(t + e - 8, "co-chair", 8) != 0 ||
             (e > 8 && t[e - 9] != ' ')) &&
            /* (or "UK co-lead Ms A, …, hosted …"; session 31) */
            (e < 8 || strncasecmp(t + e - 7, "co-lead", 7) != 0 || t[e - 8] != ' ') &&
            /* (or "Mr. A, Deputy Director General …, participated as the
             * Japanese co-chair"; session 31) */
            !co_chair_after(c, m))
            continue;
        if (!c->x->people.items[r->person].role) continue;
        for (q = 0; q < c->ncochairs; q++)
            if (c->cochairs[q] == r->person) dup = 1;
        if (!dup) c->cochairs[c->ncochairs++] = r->person;
    }
    if (c->ncochairs < 2 || c->ncochairs > 3) c->ncochairs = 0;
}

/* Mention m is followed, in its sentence and before the next person
 * named, by "as the … co-chair" (or co-lead). */
static int co_chair_after(const acts_ctx *c, size_t m) {
    const char *t = c->t, *q = t + c->mentions.items[m].stop, *end, *stop, *as;
    size_t len = c->doc->text.len;
    end = q + 240 < t + len ? q + 240 : t + len;
    for (stop = q; stop < end && *stop != ';' &&
                   !(*stop == '.' && (stop + 1 == end || (stop[1] == ' ' && stop + 2 < end &&
                                                          scm_ascii_is_upper((unsigned char)stop[2]))));
         stop++)
        ;
    /* (the next person named after it: a mention that starts inside
     * this one, or before its end, is none) */
    for (size_t k = m + 1; k < c->mentions.len; k++) {
        const char *ms = t + c->mentions.items[k].start;
        if (ms <= q) continue;
        if (ms < stop) stop = ms;
        break;
    }
    as = scm_find_bytes(q, (size_t)(stop - q), " as the ", 8);
    if (!as) return 0;
    as += 8;
    return scm_find_bytes(as, (size_t)(stop - as) < 48 ? (size_t)(stop - as) : 48, " co-chair", 9) ||
           scm_find_bytes(as, (size_t)(stop - as) < 48 ? (size_t)(stop - as) : 48, " co-lead", 8);
}

/* A short form in brackets at t[p] ("(CAAS)"): two to eight capitals,
 * digits, '&' or '-', at least two capitals.  Its length without the
 * brackets, or 0. */
static size_t bracketed_short_form(const char *t, size_t p, size_t end) {
    size_t q = p + 1, caps = 0;
    if (p >= end || t[p] != '(') return 0;
    while (q < end && q - p <= 9 &&
           ((t[q] >= 'A' && t[q] <= 'Z') || (t[q] >= '0' && t[q] <= '9') || t[q] == '&' ||
            t[q] == '-'))
        caps += t[q] >= 'A' && t[q] <= 'Z', q++;
    return q < end && t[q] == ')' && caps >= 2 && q - p - 1 <= 8 ? q - p - 1 : 0;
}

/* A bracket at byte p that gives the name in its own language and then
 * the short form: "(in Estonian: Andmekaitse Inspektsioon, AKI)",
 * "(French: Autorité de protection …, APDP)" (session 43).  The byte
 * after it, the short form in *s and *len; 0 when none. */
static size_t noted_short_form(const char *t, size_t p, size_t end, size_t *s, size_t *len) {
    size_t r = p + 1, b, caps = 0;
    if (p >= end || t[p] != '(') return 0;
    while (r < end && t[r] != ')' && t[r] != '(' && r - p < 160) r++;
    if (r >= end || t[r] != ')') return 0;
    for (b = r; b > p + 1 && ((t[b - 1] >= 'A' && t[b - 1] <= 'Z') || (t[b - 1] >= '0' && t[b - 1] <= '9')); b--)
        caps += t[b - 1] >= 'A' && t[b - 1] <= 'Z';
    if (caps < 2 || r - b > 8 || b < p + 4 || t[b - 1] != ' ' || t[b - 2] != ',') return 0;
    *s = b;
    *len = r - b;
    return r + 1;
}

/* The two bodies whose meeting the opening sentence reports: "The A (AS)
 * and the B (BS) [of …] held …", two short forms in brackets joined by
 * "and", before the sentence's first word in lower case that is no
 * link. */
static void find_meeting_bodies(acts_ctx *c, const scm_doc *doc) {
    const char *t = doc->text.text;
    static const char *const links[] = {"of", "the", "and", "for", "on", "de", "du", "des",
                                        "la", "le", "in", "dos", "das", "do", "da", "del",
                                        "e", "y", "et", "di", NULL};
    size_t si;
    c->nmeeting_bodies = 0;
    for (si = 0; si < doc->sentences.len && si < 4; si++) {
        const scm_sentence *s = &doc->sentences.items[si];
        size_t p = s->span.start, end = s->span.stop, nf = 0, and_between = 0;
        scm_span found[2];
        if (s->paragraph < doc->text.paragraphs.len &&
            doc->text.paragraphs.items[s->paragraph].kind != SCM_PARA_BODY)
            continue;
        size_t first_and = 0;
        /* (past a headline the body opens with: "Dutch and Lao water
         * agencies to build joint flood forecasting system for the
         * Mekong", no full stop; session 40) */
        if (end - p >= 8 && strncmp(t + p, "The ", 4) != 0 && t[end - 1] != '.' &&
            t[end - 1] != '"' && t[end - 1] != ')')
            continue;
        /* (or the two a memorandum is "between": "… signed … a Memorandum
         * of Understanding … between the Human Rights Defender's Office
         * (HRDO) and the Commission on … (CHRAJ)."; session 43) */
        int between = 0;
        /* (after a dateline: "Reykjavík / Maputo, 12.5.4047 – The
         * Icelandic Marine Stock Directorate (IMSD) and …"; session 43) */
        if (end - p >= 8 && strncmp(t + p, "The ", 4) != 0) {
            const char *d = scm_find_bytes(t + p, end - p < 80 ? end - p : 80, " \xE2\x80\x93 The ", 9);
            if (!d) d = scm_find_bytes(t + p, end - p < 80 ? end - p : 80, " \xE2\x80\x94 The ", 9);
            if (d && memchr(t + p, ',', (size_t)(d - (t + p))) && d[-1] >= '0' && d[-1] <= '9')
                p = (size_t)(d - t) + 5;
        }
        if (end - p >= 8 && strncmp(t + p, "The ", 4) != 0) {
            const char *b = scm_find_bytes(t + p, end - p, " between the ", 13);
            if (!b) return;
            p = (size_t)(b - t) + 9;
            between = 1;
        }
        if (end - p < 8) return;
        while (p < end) {
            size_t ws = p, sl;
            while (p < end && t[p] != ' ' && t[p] != '\n') p++;
            size_t ns = 0, after = 0;
            if ((sl = bracketed_short_form(t, ws, end)) != 0 ||
                (after = noted_short_form(t, ws, end, &ns, &sl)) != 0) {
                if (nf == 2) return;
                found[nf].start = (scm_off)(after ? ns : ws + 1);
                found[nf].stop = (scm_off)(found[nf].start + sl);
                nf++;
                if (after) p = after;
            } else if (t[ws] >= 'a' && t[ws] <= 'z') {
                if (scm_bytes_in(t + ws, p - ws, links)) {
                    if (nf == 1 && p - ws == 3 && !memcmp(t + ws, "and", 3)) and_between = 1;
                    /* ("and the" and a capital: not "Preparedness and
                     * Management (ODPM)" inside the first name) */
                    if (nf == 0 && !first_and && p - ws == 3 && !memcmp(t + ws, "and", 3) &&
                        p + 5 < end && !strncmp(t + p, " the ", 5) && t[p + 5] >= 'A' &&
                        t[p + 5] <= 'Z')
                        first_and = ws;
                } else {
                    break; /* the verb */
                }
            }
            while (p < end && (t[p] == ' ' || t[p] == '\n')) p++;
        }
        /* "The Bank of Lithuania and the Monetary Authority of Singapore
         * (MAS) today signed …": the first body named without a short
         * form, its name from "The" to "and" (session 34) */
        if (nf == 1 && !between && first_and && first_and > s->span.start + 4 &&
            found[0].start > first_and) {
            size_t a = s->span.start + 4, b = first_and - 1, q;
            int ok = t[a] >= 'A' && t[a] <= 'Z';
            for (q = a; ok && q < b; q++)
                if (t[q] == ',' || t[q] == '.' || t[q] == '(')
                    ok = 0; /* "The Comptroller of Customs of Grenada, Mr. …" */
                else if (q == a || t[q - 1] == ' ')
                    ok = (t[q] >= 'A' && t[q] <= 'Z') || !strncmp(t + q, "of ", 3) ||
                         !strncmp(t + q, "for ", 4) || !strncmp(t + q, "the ", 4);
            if (ok && b - a >= 6) {
                found[1] = found[0];
                found[0].start = (scm_off)a;
                found[0].stop = (scm_off)b;
                nf = 2;
                and_between = 1;
            }
        }
        if (nf == 2 && and_between) {
            c->meeting_bodies[0] = found[0];
            c->meeting_bodies[1] = found[1];
            c->nmeeting_bodies = 2;
        }
        return;
    }
}

/* "The two civil aviation authorities", "Both agencies", "Each
 * authority", "Neither authority": the two bodies that met, at word i
 * (after "The", "Both", "Each", "Neither" and a count).  The word after
 * the subject, or 0. */
static size_t meeting_bodies_subject(acts_ctx *c, const scm_word *w, size_t i, size_t n,
                                     actor_set *a) {
    static const char *const heads[] = {
        "authorities", "agencies", "bodies", "institutions", "services", "offices",
        "regulators", "administrations", "departments", "divisions", "directorates",
        /* "The two geological surveys", "Both surveys" (session 33) */
        "surveys",
        /* "The two institutes", "Both institutes" (session 39) */
        "institutes",
        "authority", "agency", "body", "institution", "service", "office", "regulator",
        "administration", "department", "division", "directorate", "survey", "institute",
        /* (capitalised as the text's own name for them: "The two
         * Authorities", "Both Agencies"; session 43) */
        "Authorities", "Agencies", "Institutions", "Offices", "Regulators", "Institutes", NULL};
    const char *t = c->t;
    size_t q = i, m;
    int opener = 0;
    if (c->nmeeting_bodies != 2 || i >= n) return 0;
    if (scm_word_ieq(t, &w[q], "the") || scm_word_ieq(t, &w[q], "both") ||
        scm_word_ieq(t, &w[q], "each") || scm_word_ieq(t, &w[q], "neither"))
        q++, opener = 1;
    if (q < n && (scm_word_is(t, &w[q], "two") || scm_word_is(t, &w[q], "both"))) q++, opener = 1;
    if (!opener) return 0;
    for (m = q; m < n && m < q + 4 && lower_word(t, &w[m]) && !scm_word_in(t, &w[m], heads) &&
                !scm_word_is(t, &w[m], "of");
         m++)
        ;
    /* (the verb after it, or after the short form it is given: "The two
     * supreme audit institutions (SAIs) reaffirmed"; session 43) */
    size_t e = m < n ? plural_short_after(t, w, m + 1, n) : n;
    int headed = m < n && scm_word_in(t, &w[m], heads);
    /* (or a short form the text gave one of them: "The two SAIs" after
     * "supreme audit institutions (SAIs)"; session 44) */
    if (!headed && m == q && e < n && lower_word(t, &w[e])) {
        scm_word h;
        int r = short_form_head(c, &w[m], &h);
        if (r < 0) return (size_t)-1;
        headed = r && head_in(t, &h, heads);
    }
    if (e >= n || !headed || !lower_word(t, &w[e])) return 0;
    /* (a singular head only after "Each" or "Neither") */
    if (t[w[m].stop - 1] != 's' && !scm_word_ieq(t, &w[i], "each") &&
        !scm_word_ieq(t, &w[i], "neither"))
        return 0;
    for (size_t b = 0; b < 2; b++)
        if (actors_add(a, t + c->meeting_bodies[b].start,
                       c->meeting_bodies[b].stop - c->meeting_bodies[b].start, -1) != 0)
            return (size_t)-1;
    return e;
}

/* The sentence saying the meeting was co-chaired: its people, in order,
 * are the co-chairs (else those named "co-chair, NAME"). */
static void find_cochairs(acts_ctx *c, const scm_doc *doc) {
    const char *t = doc->text.text;
    size_t si, m;
    for (si = 0; si < doc->sentences.len && si < 12; si++) {
        const scm_sentence *s = &doc->sentences.items[si];
        const char *p = t + s->span.start;
        size_t len = s->span.stop - s->span.start, i;
        int hit = 0;
        /* "co-chaired" / "Co-chaired": find each '-' and look around it */
        for (i = 2; i + 8 <= len && !hit;) {
            const char *d = memchr(p + i, '-', len - i - 7);
            if (!d) break;
            i = (size_t)(d - p);
            if (strncasecmp(p + i - 2, "co-chaired", 10) == 0 ||
                /* "co-hosted by A and B", "co-convened by" (session 25) */
                strncasecmp(p + i - 2, "co-hosted", 9) == 0 ||
                /* "co-presided by A and B", "co-led by" (session 26) */
                (i + 9 <= len && strncasecmp(p + i - 2, "co-presided", 11) == 0) ||
                /* (the meeting's, not a delegation's: "The Philippine
                 * delegation was co-led by A and B") */
                (strncasecmp(p + i - 2, "co-led", 6) == 0 && !scm_ifind(p, len, "delegation")) ||
                (i + 9 <= len && strncasecmp(p + i - 2, "co-convened", 11) == 0) ||
                /* "under the co-chairmanship of A and B" (session 15) */
                (i + 13 <= len &&
                 strncasecmp(p + i - 2, "co-chairmanship", 15) == 0) ||
                (i + 10 <= len &&
                 strncasecmp(p + i - 2, "co-chairship", 12) == 0) ||
                /* "Co-chairing for Japan were A and B; co-chairing for
                 * the United States were C and D" (session 27) */
                (i + 9 <= len && strncasecmp(p + i - 2, "co-chairing", 11) == 0) ||
                /* "Participating as co-chairs from the Japanese side were
                 * A and B; … from the U.S. side were C and D" (session
                 * 28) */
                (i >= 5 && i + 8 <= len && strncasecmp(p + i - 5, "as co-chairs", 12) == 0))
                hit = 1;
            i++;
        }
        /* "met under the joint chairmanship of A and B", "jointly chaired
         * by A and B" (session 30) */
        if (!hit) {
            const char *jc = scm_ifind(p, len, "joint chairmanship of");
            if (!jc) jc = scm_ifind(p, len, "jointly chaired by");
            if (jc) {
                hit = 1;
                i = (size_t)(jc - p) + 6;
            }
        }
        /* (not the co-chairs of a meeting before or after this one: "The
         * Session was preceded on 12 September by a meeting of senior
         * officials co-chaired by A and B"; session 28) */
        if (hit && (span_find(t, s->span.start, s->span.start + i, " preceded ") ||
                    span_find(t, s->span.start, s->span.start + i, " followed ")))
            hit = 0;
        if (!hit) continue;
        {
            /* "It was co-chaired by A and B, and brought together …,
             * including C and D": the people after "co-chaired" up to
             * the others of the meeting; "A and B co-chaired …": those
             * before it */
            static const char *const others[] = {
                "including", "brought together", "accompanied", "joined by",
                "attended by", "participation of",
                /* "…, in the presence of the Undersecretary of the
                 * Ministry, Mrs. A" (session 28) */
                "in the presence of", NULL};
            size_t from = s->span.start + i, to = s->span.stop, k, pass;
            /* "The meeting was co-chaired by the three national co-leads:"
             * and a list: the list's items, each a sentence of its own
             * opened by a label ("(i)", "a)", "-"; session 28) */
            {
                size_t end = to, sj;
                while (end > from && (t[end - 1] == ' ' || t[end - 1] == '\n')) end--;
                for (sj = si + 1; end > from && t[end - 1] == ':' &&
                                  sj < doc->sentences.len && sj <= si + 8;
                     sj++) {
                    const scm_sentence *s2 = &doc->sentences.items[sj];
                    const char *q = t + s2->span.start;
                    size_t l2 = s2->span.stop - s2->span.start;
                    /* (or a list item whose label the paragraph holds:
                     * Markdown's "- for Japan, Ms. …"; session 29) */
                    const scm_paragraph *pg2 = s2->paragraph < doc->text.paragraphs.len
                                                   ? &doc->text.paragraphs.items[s2->paragraph]
                                                   : NULL;
                    int item = pg2 && pg2->label && s2->span.start == pg2->span.start + pg2->label;
                    if (l2 < 3 || !(item || q[0] == '(' || q[0] == '-' ||
                                    ((scm_ascii_is_alnum((unsigned char)q[0])) &&
                                     (q[1] == ')' || q[1] == '.'))))
                        break;
                    to = s2->span.stop;
                }
            }
            for (k = 0; others[k]; k++) {
                size_t on = strlen(others[k]);
                for (size_t q = from; q + on <= to; q++)
                    if (t[q] == others[k][0] && !memcmp(t + q, others[k], on)) {
                        to = q;
                        break;
                    }
            }
            /* "under the co-chairmanship of A and B, with C and D in
             * attendance": those after ", with" attend, when two
             * people with offices come before it (session 27) */
            {
                const char *cw = span_find(t, from, to, ", with ");
                size_t q, named = 0;
                for (q = 0; cw && q < c->mentions.len; q++) {
                    const mention_ref *r = &c->mentions.items[q];
                    if (r->start >= from && r->stop <= (size_t)(cw - t) &&
                        c->x->people.items[r->person].role)
                        named++;
                }
                if (named >= 2) to = (size_t)(cw - t);
            }
            /* "A co-chaired the meeting with B, and C co-chaired it with
             * D": those before it as well as after (session 25) */
            int with = 0;
            for (size_t q = from; q + 6 <= to && q < from + 48 && !with; q++)
                with = memcmp(t + q, " with ", 6) == 0;
            for (pass = 0; pass < 2; pass++) {
                size_t lo = pass || with ? s->span.start : from,
                       hi = pass ? from : to;
                c->ncochairs = 0;
                for (m = 0; m < c->mentions.len && c->ncochairs < MAX_ACTORS;
                     m++) {
                    const mention_ref *r = &c->mentions.items[m];
                    size_t q;
                    int dup = 0;
                    if (r->start < lo || r->stop > hi) continue;
                    if (!c->x->people.items[r->person].role) continue;
                    for (q = 0; q < c->ncochairs; q++)
                        if (c->cochairs[q] == r->person) dup = 1;
                    if (!dup) c->cochairs[c->ncochairs++] = r->person;
                }
                if (c->ncochairs >= 2) break;
            }
            /* "The two heads of delegation co-chaired the Session": who
             * led each party's delegation, its first person introduced */
            if (c->ncochairs < 2) {
                static const char hod[] = "heads of delegation";
                size_t q, hl = sizeof hod - 1;
                int named = 0;
                for (q = s->span.start; q + hl <= s->span.stop && !named; q++)
                    named = strncasecmp(t + q, hod, hl) == 0;
                if (named) {
                    const char *seen[MAX_ACTORS];
                    size_t ns = 0, pi;
                    c->ncochairs = 0;
                    for (pi = 0; pi < c->x->people.len && ns < MAX_ACTORS; pi++) {
                        const scm_person *pp = &c->x->people.items[pi];
                        int dup = 0;
                        if (!pp->party || !*pp->party || !pp->role) continue;
                        for (q = 0; q < ns && !dup; q++)
                            dup = strcmp(seen[q], pp->party) == 0;
                        if (dup) continue;
                        seen[ns++] = pp->party;
                        c->cochairs[c->ncochairs++] = (int32_t)pi;
                    }
                }
            }
        }
        /* two co-chairs, three of a trilateral body, or two of each
         * party ("co-chaired by A and B, and by C and D": a 2+2 format) */
        if (c->ncochairs < 2 || c->ncochairs > 4) c->ncochairs = 0;
        return;
    }
    cochairs_by_apposition(c, doc);
}

/* The first place of s in t[a..b), or NULL. */
static const char *span_find(const char *t, size_t a, size_t b, const char *s) {
    return a < b ? scm_find_bytes(t + a, b - a, s, strlen(s)) : NULL;
}

static int span_has(const char *t, size_t a, size_t b, const char *s) {
    return span_find(t, a, b, s) != NULL;
}

/* The titled people introduced in the paragraph of the first titled
 * person: the meeting's principals ("Secretary A, Secretary B, and
 * Minister C met in Manila"). */
/* The sentence holding byte `at` introduces people who "also took part"
 * or "joined the talks" ("The Vice Minister …, and the Undersecretary …,
 * joined the talks."): they came with the principals, they are none of
 * them. */
static int also_present(const scm_doc *doc, scm_off at) {
    static const char *const marks[] = {"also took part", "also attended",
                                        "also participated", "also present",
                                        "also joined", "joined the talks",
                                        "joined the meeting",
                                        "joined the discussions",
                                        /* "A and B joined the co-chairs,
                                         * together with …" (session 13) */
                                        "joined the co-chairs",
                                        "joined the principals",
                                        /* "The Kenyan delegation also
                                         * included Amb. …": its members */
                                        "also included",
                                        "delegation included",
                                        /* a readout's spokesperson */
                                        "attributable to",
                                        /* "Also taking part were Dr. X
                                         * …" (session 18) */
                                        "lso taking part", "lso attending",
                                        NULL};
    const char *t = doc->text.text;
    size_t i, k;
    int lso, joined;
    for (i = 0; i < doc->sentences.len; i++) {
        const scm_sentence *s = &doc->sentences.items[i];
        const char *b = t + s->span.start;
        if (at < s->span.start || at >= s->span.stop) continue;
        /* "The Ministers received a report from … chaired by Ambassador
         * X": a sentence whose subject is the principals already, as a
         * group, introduces someone else */
        if (!strncmp(b, "They ", 5)) return 1;
        if (!strncmp(b, "The ", 4) && b[4] >= 'A' && b[4] <= 'Z') {
            const char *e = b + 4;
            while (*e && *e != ' ') e++;
            if (e - b > 6 && e[-1] == 's' && e[-2] != 's' &&
                (!strncmp(e, " received", 9) || !strncmp(e, " welcomed", 9) ||
                 !strncmp(e, " reaffirmed", 11) || !strncmp(e, " discussed", 10) ||
                 !strncmp(e, " noted", 6) || !strncmp(e, " were", 5)))
                return 1;
        }
        /* a mark opening "also ", "lso " or "joined the " (most of them)
         * is only looked for in a sentence that holds "lso " or "joined
         * the " (every mark has eleven bytes or more) */
        lso = span_has(t, s->span.start, s->span.stop, "lso ");
        joined = span_has(t, s->span.start, s->span.stop, "joined the ");
        for (k = 0; marks[k]; k++) {
            if ((!lso && (!memcmp(marks[k], "also ", 5) ||
                          !memcmp(marks[k], "lso ", 4))) ||
                (!joined && !memcmp(marks[k], "joined the ", 11)))
                continue;
            if (span_has(t, s->span.start, s->span.stop, marks[k])) return 1;
        }
        return 0;
    }
    return 0;
}

/* The start of the document's first body paragraph, 0 when none. */
static scm_off first_body_start(const scm_doc *doc) {
    for (size_t k = 0; k < doc->text.paragraphs.len; k++)
        if (doc->text.paragraphs.items[k].kind == SCM_PARA_BODY)
            return doc->text.paragraphs.items[k].span.start;
    return 0;
}

/* A dash or an opening bracket, which may open a list of members. */
static int list_opener(const char *t, const scm_word *w) {
    const unsigned char *u = (const unsigned char *)t + w->start;
    if (w->kind == SCM_W_WORD) return 0;
    if (w->stop - w->start == 1) return u[0] == '(' || u[0] == '-';
    return w->stop - w->start == 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x93 || u[2] == 0x94);
}

/* A list of parties that holds every party the document has so far
 * becomes its parties, the group's members listed, not only named ("the
 * Quad partners" are these): 1; 0 when the list leaves one out; -1 on
 * memory. */
static int adopt_party_list(acts_ctx *c, const char **list, size_t n) {
    size_t i, q;
    for (i = 0; i < c->ndoc_parties; i++) {
        for (q = 0; q < n && strcmp(list[q], c->doc_parties[i]) != 0; q++)
            ;
        if (q == n) return 0;
    }
    for (i = 0; i < n; i++)
        if (add_doc_party(c, list[i]) != 0) return -1;
    c->listed_members = 1;
    return 1;
}

/* A header line that names only parties, three or more, set apart by
 * bullets, dashes, slashes, commas or "and": "Costa Rica • Luxembourg •
 * Rwanda • Singapore", "Ireland – Cabo Verde – Malta" under a
 * partnership's name.  When it holds every party the people gave, it is
 * the document's parties (session 36).  0, or -1 (memory). */
static int header_party_line(acts_ctx *c, const scm_doc *doc) {
    const char *t = doc->text.text;
    if (c->x->header.has_meeting && c->x->header.meeting.parties.len >= 2) return 0;
    for (size_t p = 0; p < doc->text.paragraphs.len; p++) {
        const scm_paragraph *para = &doc->text.paragraphs.items[p];
        scm_wordvec tw = {0};
        const char *seen[MAX_ACTORS];
        size_t i, n, ns = 0;
        int ok = 1;
        if (para->kind == SCM_PARA_BODY) break;
        if (para->kind != SCM_PARA_HEADER || para->span.stop - para->span.start > 200) continue;
        if (scm_words_scan(NULL, t, para->span.start, para->span.stop, &tw) != 0) {
            SCM_VEC_FREE(&tw);
            return -1;
        }
        n = tw.len;
        for (i = 0; i < n && ok;) {
            const char *cls = NULL;
            long k = party_in_text(c, t, tw.items, i, n, &cls);
            if (k < 0) {
                SCM_VEC_FREE(&tw);
                return -1;
            }
            if (k == 0 || !cls || ns == MAX_ACTORS) {
                ok = 0;
                break;
            }
            seen_add(seen, &ns, cls);
            i += (size_t)k;
            /* a separator, or the line's end */
            if (i < n && (scm_word_is(t, &tw.items[i], "and") || scm_word_punct(&tw.items[i], ',') ||
                          scm_word_punct(&tw.items[i], '/') || list_opener(t, &tw.items[i]) ||
                          /* "•", "·" */
                          (tw.items[i].kind != SCM_W_WORD &&
                           ((unsigned char)t[tw.items[i].start] == 0xE2 ||
                            (unsigned char)t[tw.items[i].start] == 0xC2))))
                i++;
            else if (i < n)
                ok = 0;
        }
        SCM_VEC_FREE(&tw);
        if (!ok || ns < 3 || ns <= c->ndoc_parties) continue;
        return adopt_party_list(c, seen, ns) < 0 ? -1 : 0;
    }
    return 0;
}

/* "the Province of Saskatchewan", "the State of Paraná (Brazil)", "the
 * Government of Québec" in a list of members: a sub-national government
 * of a coalition, known by the name in capitals after "of" (copied into
 * name, at most cap bytes); the words it takes, 0 when none (a national
 * party after "of" is read as one), -1 on memory. */
static long subnational_member(acts_ctx *c, const char *t, const scm_word *w, size_t i, size_t n,
                               char *name, size_t cap) {
    static const char *const units[] = {"Province", "State", "Region", "Department", "Government",
                                        "Canton", "Prefecture", "Territory", "Land", "County",
                                        "Governorate", NULL};
    const char *cls = NULL;
    size_t e, q, at = i, from;
    long pk;
    /* (also "the Autonomous Community of the Canary Islands", "the
     * Province of the Northern Cape"; session 38) */
    if (i + 3 < n && scm_word_is(t, &w[i], "Autonomous") &&
        (scm_word_is(t, &w[i + 1], "Community") || scm_word_is(t, &w[i + 1], "Region")))
        at = i + 1;
    /* (and "the Regional Government of Andalusia"; session 44) */
    if (i + 3 < n && scm_word_is(t, &w[i], "Regional") && scm_word_is(t, &w[i + 1], "Government"))
        at = i + 1;
    if (at + 2 >= n || !(at > i || scm_word_in(t, &w[at], units)) || !scm_word_is(t, &w[at + 1], "of"))
        return 0;
    from = at + 2 + (at + 3 < n && scm_word_is(t, &w[at + 2], "the"));
    if ((pk = party_in_text(c, t, w, from, n, &cls)) != 0) return pk < 0 ? -1 : 0;
    e = from;
    while (e < n && e < from + 3 && w[e].kind == SCM_W_WORD && w[e].cap && w[e].lower) e++;
    if (e == from || w[e - 1].stop - w[from].start >= cap) return 0;
    /* (an item of the list: a comma, a bracket, "and" or its end after
     * the name, not "the Government of Québec hosted …") */
    if (e < n && w[e].kind == SCM_W_WORD && !scm_word_is(t, &w[e], "and")) return 0;
    memcpy(name, t + w[from].start, w[e - 1].stop - w[from].start);
    name[w[e - 1].stop - w[from].start] = '\0';
    /* (its country in brackets after it: "(Colombia)") */
    if (e + 2 < n && scm_word_punct(&w[e], '(') && scm_word_punct(&w[e + 2], ')')) e += 3;
    for (q = 0; name[q]; q++)
        if (name[q] == '\n') name[q] = ' ';
    return (long)(e - i);
}

/* "The Independent Electoral Commission of Botswana (IEC) and the
 * Supreme Elections Tribunal of Costa Rica … signed": two bodies "of" a
 * state each, the subject of the body's first sentence, name the
 * document's two parties when the rest named fewer (session 37).  0, or
 * -1 (memory). */
static int opening_pair(acts_ctx *c, const scm_doc *doc) {
    static const char *const glue[] = {"of", "the", "and", "de", "del", "la", "for", "on", "in", NULL};
    scm_off body = first_body_start(doc);
    const scm_sentence *s = NULL;
    scm_wordvec tw = {0};
    const char *t = doc->text.text, *pair[2] = {NULL, NULL};
    size_t i, n, np = 0;
    int depth = 0, r = 0;
    if (c->ndoc_parties >= 2) return 0;
    for (i = 0; i < doc->sentences.len && !s; i++)
        if (doc->sentences.items[i].span.start >= body) s = &doc->sentences.items[i];
    if (!s || scm_words_scan(NULL, t, s->span.start, s->span.stop, &tw) != 0) {
        SCM_VEC_FREE(&tw);
        return s ? -1 : 0;
    }
    n = tw.len;
    for (i = 0; i < n && np <= 2; i++) {
        const scm_word *w = &tw.items[i];
        const char *cls = NULL;
        long k;
        if (scm_word_punct(w, '(')) depth++;
        else if (scm_word_punct(w, ')')) depth--;
        if (depth || w->kind != SCM_W_WORD) continue;
        if (!w->cap) {
            if (!scm_word_in(t, w, glue)) break; /* the subject's end: its verb */
            continue;
        }
        if (i == 0 || !(scm_word_is(t, &tw.items[i - 1], "of") ||
                        (i >= 2 && scm_word_is(t, &tw.items[i - 1], "the") &&
                         scm_word_is(t, &tw.items[i - 2], "of"))))
            continue;
        k = party_in_text(c, t, tw.items, scm_state_form_skip(t, tw.items, i, n), n, &cls);
        if (k < 0) r = -1;
        if (k <= 0 || !cls) continue;
        if (np == 0 || strcmp(pair[0], cls) != 0) {
            if (np < 2) pair[np] = cls;
            np++;
        }
    }
    SCM_VEC_FREE(&tw);
    if (r || np != 2) return r;
    for (i = 0; i < c->ndoc_parties; i++)
        if (strcmp(c->doc_parties[i], pair[0]) != 0 && strcmp(c->doc_parties[i], pair[1]) != 0) return 0;
    return add_doc_party(c, pair[0]) || add_doc_party(c, pair[1]) ? -1 : 0;
}

/* The words of the body's first two sentences ("The Quad ICG held its
 * third meeting in Chennai. Chaired by India, the meeting brought
 * together …") into *tw: 1, 0 when the body has no sentence, -1 on
 * memory (tw freed). */
static int opening_words(const scm_doc *doc, scm_wordvec *tw) {
    scm_off body = first_body_start(doc);
    const scm_sentence *s = NULL;
    size_t stop;
    for (size_t i = 0; i < doc->sentences.len && !s; i++)
        if (doc->sentences.items[i].span.start >= body) s = &doc->sentences.items[i];
    if (!s) return 0;
    stop = s + 1 < doc->sentences.items + doc->sentences.len ? s[1].span.stop : s->span.stop;
    if (scm_words_scan(NULL, doc->text.text, s->span.start, stop, tw) != 0) {
        SCM_VEC_FREE(tw);
        return -1;
    }
    return 1;
}

/* The states of `members` (a region's) that the body's first two
 * sentences name, each once, added to a: the count, or -1 on memory
 * (session 44). */
static int opening_region_states(acts_ctx *c, const char *const *members, actor_set *a) {
    scm_wordvec tw = {0};
    const char *t = c->doc->text.text, *got[MAX_ACTORS];
    size_t i, ng = 0;
    int r = opening_words(c->doc, &tw);
    if (r <= 0) return r;
    r = 0;
    for (i = 0; i < tw.len && ng < MAX_ACTORS;) {
        const char *cls = NULL;
        long k = party_in_text(c, t, tw.items, i, tw.len, &cls);
        size_t q;
        if (k < 0) {
            r = -1;
            break;
        }
        if (k == 0) {
            i++;
            continue;
        }
        i += (size_t)k;
        if (!cls || !scm_bytes_in(cls, strlen(cls), members)) continue;
        for (q = 0; q < ng && strcmp(got[q], cls) != 0; q++)
            ;
        if (q < ng) continue;
        got[ng++] = cls;
        if (actors_add(a, cls, strlen(cls), -1) != 0) {
            r = -1;
            break;
        }
    }
    SCM_VEC_FREE(&tw);
    return r < 0 ? -1 : (int)ng;
}

/* "… brought together defense logistics officials of Australia, India,
 * Japan and the United States …": a list of three parties or more after
 * "of" (or a dash or bracket) in the body's first two sentences, holding
 * every party the people gave, is the document's parties, when the
 * meeting named none (session 25).
 * 0, or -1 (memory). */
static int opening_party_list(acts_ctx *c, const scm_doc *doc) {
    const scm_extract *x = c->x;
    scm_wordvec tw = {0};
    const char *t = doc->text.text, *seen[MAX_ACTORS];
    size_t i, n, ns = 0, best = 0;
    const char *bestv[MAX_ACTORS], *unionv[MAX_ACTORS];
    char subs[8][64]; /* the sub-national members, "the State of Paraná" */
    size_t nsubs = 0, nunion = 0;
    if (x->header.has_meeting && x->header.meeting.parties.len >= 2) return 0;
    {
        int r = opening_words(doc, &tw);
        if (r != 1) return r;
    }
    n = tw.len;
    for (i = 0; i < n;) {
        const char *cls = NULL;
        long k = party_in_text(c, t, tw.items, i, n, &cls);
        /* (the state's form first: "the Oriental Republic of Uruguay";
         * session 37) */
        if (k == 0) {
            size_t f = scm_state_form_skip(t, tw.items, i, n);
            if (f > i) {
                k = party_in_text(c, t, tw.items, f, n, &cls);
                if (k > 0) k += (long)(f - i);
            }
        }
        if (k < 0) {
            SCM_VEC_FREE(&tw);
            return -1;
        }
        if (k > 0 && cls) {
            /* (a list after "of": "officials of Australia, …", not the
             * signatories opening a statement) */
            if (ns == 0) {
                size_t b = i;
                if (b > 0 && scm_word_is(t, &tw.items[b - 1], "the")) b--;
                /* (or a dash or a bracket after the group's name: "the
                 * WEGo partnership – Canada, Finland, … – met"; session 36) */
                if (b == 0 || !(scm_word_is(t, &tw.items[b - 1], "of") || list_opener(t, &tw.items[b - 1]) ||
                                scm_word_punct(&tw.items[b - 1], ':'))) {
                    i += (size_t)k;
                    continue;
                }
            }
            seen_add(seen, &ns, cls);
            i += (size_t)k;
            goto next_item;
        }
        /* (or a region the people already gave as a party, written
         * bare: "…, Botswana and Uruguay, and Catalonia, Victoria, Ontario
         * and the State of Kerala"; session 39) */
        if (ns > 0 && nsubs < 8 && tw.items[i].kind == SCM_W_WORD && tw.items[i].cap) {
            const char *ws = t + tw.items[i].start;
            size_t wl = tw.items[i].stop - tw.items[i].start, q;
            int member = 0;
            for (q = 0; q < c->ndoc_parties && !member; q++)
                member = strlen(c->doc_parties[q]) == wl && !memcmp(c->doc_parties[q], ws, wl);
            /* (… or any such word of one item between the list's commas
             * or its last "and" once a region or two states are in it:
             * "Catalonia, Victoria, Ontario", "— Scotland, Québec, Styria
             * and Hokkaido —") */
            if (!member && (nsubs > 0 || ns >= 2) && i + 1 < n && i > 0 && tw.items[i].lower &&
                (scm_word_punct(&tw.items[i - 1], ',') || scm_word_is(t, &tw.items[i - 1], "and")) &&
                (scm_word_punct(&tw.items[i + 1], ',') || scm_word_is(t, &tw.items[i + 1], "and") ||
                 list_opener(t, &tw.items[i + 1]) || scm_word_punct(&tw.items[i + 1], ')')))
                member = 1;
            if (member && wl < sizeof subs[0]) {
                for (q = 0; q < nsubs && !(strlen(subs[q]) == wl && !memcmp(subs[q], ws, wl)); q++)
                    ;
                if (q == nsubs) {
                    memcpy(subs[nsubs], ws, wl);
                    subs[nsubs++][wl] = '\0';
                }
                i++;
                goto next_item;
            }
        }
        /* a coalition's sub-national members among its states ("…,
         * Ireland and the Kingdom of Bhutan, and of the Province of
         * Saskatchewan, the State of Paraná …"; session 37) */
        if (ns > 0 && nsubs < 8) {
            long m = subnational_member(c, t, tw.items, i, n, subs[nsubs], sizeof subs[0]);
            if (m < 0) {
                SCM_VEC_FREE(&tw);
                return -1;
            }
            if (m) {
                size_t q;
                for (q = 0; q < nsubs && strcmp(subs[q], subs[nsubs]) != 0; q++)
                    ;
                nsubs += q == nsubs;
                i += (size_t)m;
                goto next_item;
            }
        }
        if (ns > best) {
            best = ns;
            memcpy(bestv, seen, ns * sizeof *seen);
        }
        /* (every list of two or more, for a sentence with two: "four
         * national governments — A, B, C and D — and four sub-national
         * governments — E, F, G and H —"; session 39) */
        for (size_t q = 0; ns >= 2 && q < ns; q++) seen_add(unionv, &nunion, seen[q]);
        ns = 0;
        i++;
        continue;
    next_item:
        /* the list goes on past a comma, a semicolon, "and", "the" or
         * "together with the Governments of" */
        while (i < n && (scm_word_punct(&tw.items[i], ',') || scm_word_punct(&tw.items[i], ';') ||
                         scm_word_is(t, &tw.items[i], "and") || scm_word_is(t, &tw.items[i], "the") ||
                         (scm_word_is(t, &tw.items[i], "of") && i > 0 &&
                          scm_word_is(t, &tw.items[i - 1], "and"))))
            i++;
        if (i + 4 < n && scm_word_is(t, &tw.items[i], "together") && scm_word_is(t, &tw.items[i + 1], "with") &&
            scm_word_is(t, &tw.items[i + 2], "the") && scm_word_is(t, &tw.items[i + 3], "Governments") &&
            scm_word_is(t, &tw.items[i + 4], "of")) {
            i += 5;
            if (scm_word_is(t, &tw.items[i], "the")) i++;
        } else if (ns > 0 && i + 3 < n && scm_word_is(t, &tw.items[i], "together") &&
                   scm_word_is(t, &tw.items[i + 1], "with") && scm_word_is(t, &tw.items[i + 2], "the")) {
            /* (or "together with the State of Hawaiʻi, the Province of
             * San Juan …"; session 38) */
            i += 3;
        }
    }
    if (ns > best) {
        best = ns;
        memcpy(bestv, seen, ns * sizeof *seen);
    }
    for (size_t q = 0; ns >= 2 && q < ns; q++) seen_add(unionv, &nunion, seen[q]);
    SCM_VEC_FREE(&tw);
    if (nunion > best && nunion + nsubs >= 3) {
        /* (the lists together, when no one list holds the parties the
         * people gave and together they do) */
        int all = 1;
        for (size_t q = 0; q < c->ndoc_parties && all; q++) {
            int in = 0;
            for (size_t k = 0; k < nunion && !in; k++) in = strcmp(unionv[k], c->doc_parties[q]) == 0;
            for (size_t k = 0; k < nsubs && !in; k++) in = strcmp(subs[k], c->doc_parties[q]) == 0;
            all = in;
        }
        if (all) {
            best = nunion;
            memcpy(bestv, unionv, nunion * sizeof *unionv);
        }
    }
    if (nsubs && best >= 2 && best + nsubs >= 3 && best + nsubs > c->ndoc_parties) {
        for (i = 0; i < nsubs && best < MAX_ACTORS; i++) bestv[best++] = subs[i];
        return adopt_party_list(c, bestv, best) < 0 ? -1 : 0;
    }
    if (best < 3 || best < c->ndoc_parties) return 0;
    /* (the parties the people gave, listed as members: "on behalf of the
     * four member States of the Partnership: Belize, …"; session 37) */
    if (best == c->ndoc_parties) return adopt_party_list(c, bestv, best) < 0 ? -1 : 0;
    /* (one party before it, the title's group "Quad": the list instead) */
    if (c->ndoc_parties < 2) {
        for (i = 0; i < c->ndoc_parties; i++) free(c->doc_parties[i]);
        c->ndoc_parties = 0;
    }
    return adopt_party_list(c, bestv, best) < 0 ? -1 : 0;
}

/* The paragraph of the first titled person's first mention at or after
 * `from` (in *pg), and how many titled people are introduced there;
 * -1 when that mention lies in no paragraph. */
static int principals_from(const scm_doc *doc, const scm_extract *x,
                           scm_off from, const scm_paragraph **pg) {
    size_t i, k;
    int n = 0;
    *pg = NULL;
    for (i = 0; i < x->people.len; i++) {
        const scm_person *p = &x->people.items[i];
        scm_off at;
        size_t m = 0;
        if (!p->role || !p->mentions.len || spokesperson(p)) continue;
        while (m + 1 < p->mentions.len && p->mentions.items[m].start < from) m++;
        at = p->mentions.items[m].start;
        /* a readout's spokesperson ("The following is attributable to
         * …:") opens no paragraph of principals */
        if (!*pg && also_present(doc, at)) continue;
        if (!*pg) {
            for (k = 0; k < doc->text.paragraphs.len; k++) {
                const scm_paragraph *q = &doc->text.paragraphs.items[k];
                if (at >= q->span.start && at < q->span.stop) *pg = q;
            }
            if (!*pg) return -1;
        }
        /* (nor one who joined a part of it: "Ms. C, Minister for
         * Development, joined the session on climate"; session 34) */
        if (at >= (*pg)->span.start && at < (*pg)->span.stop &&
            !also_present(doc, at) && !joined_part_in(doc->text.text, doc->text.len, p) &&
            !accompanied_at(doc->text.text, at))
            n++;
    }
    return n;
}

static int count_principals(const scm_doc *doc, const scm_extract *x,
                            scm_span *para, size_t parties) {
    const scm_paragraph *pg;
    size_t i, k;
    int n = principals_from(doc, x, 0, &pg);
    if (n < 0) return 0;
    /* a headline that names one person ("Readout of National Security
     * Advisor X's Trilateral Meeting with Japan and the Philippines")
     * opens no paragraph of principals: the body's first paragraph that
     * names anyone does (a headline of two, host and guest, still does;
     * session 20) */
    if (n == 1 && pg && pg->kind != SCM_PARA_BODY) {
        scm_off body = first_body_start(doc);
        if (body) {
            n = principals_from(doc, x, body, &pg);
            if (n < 0) return 0;
        }
    }
    if (pg) *para = pg->span;
    /* "1. … The meeting was chaired by X." / "2. The meeting was
     * attended by Y, Minister …; Z, Minister …": the chair alone in the
     * first paragraph, the others in the next, which opens with who
     * attended (session 18) */
    if (n == 1 && pg) {
        const scm_paragraph *next = NULL;
        size_t nn = 0;
        for (k = 0; k + 1 < doc->text.paragraphs.len && !next; k++)
            if (&doc->text.paragraphs.items[k] == pg)
                next = &doc->text.paragraphs.items[k + 1];
        /* (or with who represented or led the delegations, when they are
         * then one of each party: "Peru was represented by Mr. A, Vice
         * Minister …; Senegal by Ms. B, …"; not of seven parties, "The
         * other Parties were represented by senior officials"; session
         * 43) */
        static const char *const came[] = {"attended by", "represented by", "delegation was led by",
                                           "delegations were led by", "delegation was headed by",
                                           "delegations were headed by", NULL};
        int opens = 0;
        for (k = 0; came[k] && next && !opens; k++)
            if (span_has(doc->text.text, next->span.start,
                         next->span.stop - next->span.start > 120 ? next->span.start + 120
                                                                  : next->span.stop,
                         came[k]))
                opens = k == 0 ? 1 : 2;
        if (next && next->kind == SCM_PARA_BODY && opens) {
            for (i = 0; i < x->people.len; i++) {
                const scm_person *p = &x->people.items[i];
                scm_off at;
                if (!p->role || !p->mentions.len) continue;
                at = p->mentions.items[0].start;
                if (at >= next->span.start && at < next->span.stop) nn++;
            }
            if (nn >= 2 && (opens == 1 || 1 + nn >= parties)) {
                para->stop = next->span.stop;
                n += (int)nn;
            }
        }
    }
    /* "The meeting brought together:" / "- Australia: Dr A, …;" / "-
     * United Kingdom: Professor B, …; and" / "- United States: Dr. C, …":
     * the principals of a list, one item a paragraph (session 26) */
    if (n == 1 && pg && pg->span.stop > pg->span.start &&
        doc->text.text[pg->span.start] == '-') {
        const scm_paragraph *q = pg + 1, *end = doc->text.paragraphs.items + doc->text.paragraphs.len;
        size_t nn = 0;
        scm_off stop = pg->span.stop;
        for (; q < end && q->span.stop > q->span.start && doc->text.text[q->span.start] == '-'; q++) {
            size_t here = 0;
            for (i = 0; i < x->people.len; i++) {
                const scm_person *p = &x->people.items[i];
                if (p->role && p->mentions.len && p->mentions.items[0].start >= q->span.start &&
                    p->mentions.items[0].start < q->span.stop)
                    here++;
            }
            if (!here) break;
            nn += here;
            stop = q->span.stop;
        }
        if (nn) {
            para->stop = stop;
            n += (int)nn;
        }
    }
    return n;
}


/* Words saying that delegations took part in a meeting. */
static const char *const taking_part[] = {"particip", "attend", "took part",
                                          "represent", " met ", "gathered",
                                          "convened", "brought together",
                                          /* "were led by their Ministers"
                                           * (session 20) */
                                          " led by", " headed by", NULL};

/* The value of a number word of five or more ("twelve", "twenty-seven"),
 * else 0.  Called on every word of the opening sentences: the first
 * letter rules out most words before a comparison. */
static long count_word(const char *s, size_t n) {
    static const char *const words[] = {
        "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
        "nineteen", NULL};
    static const long values[] = {5,  6,  7,  8,  9,  10, 11, 12,
                                  13, 14, 15, 16, 17, 18, 19};
    if (n < 3 || n > 14 || !strchr("efnst", s[0])) return 0;
    for (size_t k = 0; words[k]; k++)
        if (words[k][0] == s[0] && words[k][1] == s[1] &&
            strlen(words[k]) == n && !memcmp(s, words[k], n))
            return values[k];
    for (size_t k = 0; scm_cardinal_tens[k]; k++) {
        const char *ten = scm_cardinal_tens[k];
        size_t m = strlen(ten);
        if (ten[0] == s[0] && ten[1] == s[1] && n >= m && !memcmp(s, ten, m) &&
            (n == m || s[m] == '-'))
            return 20 + 10 * (long)k;
    }
    return 0;
}

/* The opening sentence names a delegation no person of the text leads:
 * "It was attended by … and senior officials of the Lao PDR", "Denmark
 * and Sweden were represented by their Ministers of Defence." (a title,
 * and no name after it).  Officials who "also took part" beside named
 * delegations are no such delegation: the attendance needs its "by". */
static int unnamed_delegation(acts_ctx *c, const scm_word *w, size_t n) {
    const char *t = c->t, *cls;
    size_t i, k;
    int by = 0;
    for (i = 0; i + 3 < n; i++) {
        if (scm_word_is(t, &w[i], "by")) by = 1;
        if (by && scm_word_is(t, &w[i], "officials") &&
            scm_word_is(t, &w[i + 1], "of")) {
            k = i + 2;
            if (scm_word_ieq(t, &w[k], "the")) k++;
            if (k < n && party_at(c, w, k, n, &cls) > 0) return 1;
        }
        /* "was attended by the Foreign Ministers of Cambodia, Myanmar and
         * Thailand and the Deputy Minister of Foreign Affairs of Viet
         * Nam": an office of a party, no name after it */
        if (by && w[i].kind == SCM_W_WORD && w[i].cap) {
            const char *r;
            char sing[64];
            long tk = title_at(c, w, i, n, &r);
            size_t e;
            if (tk < 0) return 0;
            if (tk == 0 && t[w[i].stop - 1] == 's' &&
                singular(t + w[i].start, w[i].stop - w[i].start, sing,
                         sizeof sing)) {
                int found = 0;
                scm_phrase_lookup(&c->title, sing, strlen(sing), &found);
                if (found) tk = 1;
            }
            e = i + (size_t)(tk > 0 ? tk : 0);
            /* "Minister of Foreign Affairs of Viet Nam": past a portfolio */
            /* (also "the Undersecretary of the Ministry of Social Affairs
             * of the State of Kuwait"; session 37) */
            while (tk > 0 && e + 2 < n && scm_word_is(t, &w[e], "of")) {
                size_t b = e + 1;
                if (b + 1 < n && scm_word_is(t, &w[b], "the") &&
                    scm_state_form_skip(t, w, b + 1, n) == b + 1)
                    b++;
                if (!(w[b].kind == SCM_W_WORD && w[b].cap) || party_at(c, w, b, n, &cls) != 0) break;
                for (e = b + 1; e < n && w[e].kind == SCM_W_WORD && w[e].cap; e++)
                    ;
            }
            /* (the party after "of the": "the Ministers of Foreign Affairs
             * of the Arab Republic of Egypt and of the Lebanese Republic";
             * session 24) */
            if (tk > 0 && e + 2 < n && scm_word_is(t, &w[e], "of") &&
                (party_at(c, w, e + 1, n, &cls) > 0 ||
                 (scm_word_is(t, &w[e + 1], "the") &&
                  party_at(c, w, scm_state_form_skip(t, w, e + 2, n), n, &cls) > 0))) {
                /* "attended by Admiral Emil Kirilov, Chief of Defence of
                 * Bulgaria": the office of a name before it, or one the
                 * name's mention covers */
                int named = person_at(c, w[i].start) >= 0 ||
                            (i >= 2 && scm_word_punct(&w[i - 1], ',') &&
                             person_at(c, w[i - 2].start) >= 0);
                /* … or a second office after the first: "H.E. Mr. Serdar
                 * Orazgeldiyev, Deputy Chairman of the Cabinet of
                 * Ministers, Minister of Foreign Affairs of Turkmenistan"
                 * (back to the list's ";", session 18) */
                for (k = i; !named && k-- > 0 && i - k <= 16 &&
                            !scm_word_punct(&w[k], ';') &&
                            !scm_word_is(t, &w[k], "by");)
                    if (person_at(c, w[k].start) >= 0)
                        named = 1; /* (also "Hon. Efua Mensah (Mrs),
                                    * Minister for Defence of Ghana") */
                for (k = e + 1; k < n && !scm_word_punct(&w[k], ';') &&
                                !scm_word_punct(&w[k], '.');
                     k++)
                    if (person_at(c, w[k].start) >= 0) named = 1;
                if (!named) return 1;
            }
        }
        /* (also "The delegations of A and B were led by their Ministers
         * of Water Resources"; session 20) */
        if ((scm_word_is(t, &w[i], "represented") || scm_word_is(t, &w[i], "led") ||
             scm_word_is(t, &w[i], "headed")) &&
            scm_word_is(t, &w[i + 1], "by") &&
            (scm_word_is(t, &w[i + 2], "its") ||
             scm_word_is(t, &w[i + 2], "their"))) {
            int named = 0;
            for (k = i + 3; k < n; k++) {
                /* (not an observer: "Ecuador, also a Party, was
                 * represented by its Ambassador in Lima as an observer"
                 * adds no unnamed member; session 29) */
                if (scm_word_is(t, &w[k], "observer") || scm_word_is(t, &w[k], "observers"))
                    named = 1;
                if (person_at(c, w[k].start) >= 0) named = 1;
                if (scm_word_punct(&w[k], ';') || scm_word_punct(&w[k], '.'))
                    break;
            }
            if (!named && k > i + 3) return 1;
        }
    }
    return 0;
}

/* "The 31st ASEAN Law Ministers’ Meeting (ALAWMM) was held in Kuala
 * Lumpur": a meeting of the ministers of a bloc of many states, whose
 * text may name only its chair and vice-chair -- "The Ministers" are
 * all of them (session 34).  The sentence opens with the bloc's short
 * form ("The [31st] ASEAN"), then within five capitalised words comes
 * "Ministers" (or "Ministerial"), then "Meeting"; or with the meeting
 * "of the" bloc's ministers. */
static int bloc_ministers_meeting(const char *t, const scm_word *w, size_t n) {
    static const char *const blocs[] = {"ASEAN", "CARICOM", "ECOWAS", "SADC", "AU", "OAS",
                                        "EU", "SICA", "APEC", "OIC", "CELAC", "IGAD",
                                        "COMESA", "ECCAS", "PIF", "BIMSTEC", "SAARC",
                                        "CIS", "OECS", "CPLP", NULL};
    /* (the meeting the sentence opens with, not one it met beside: "on
     * the margins of the ASEAN Foreign Ministers’ Meeting") */
    for (size_t i = 0; i + 2 < n && i <= 2; i++) {
        if (i > 0 && !scm_word_ieq(t, &w[i - 1], "the") && w[i - 1].kind != SCM_W_NUMBER &&
            !(i == 2 && scm_word_ieq(t, &w[0], "the")))
            return 0;
        if (w[i].kind != SCM_W_WORD || !scm_word_in(t, &w[i], blocs)) continue;
        for (size_t k = i + 1; k < n && k <= i + 6; k++) {
            if (w[k].kind == SCM_W_WORD && !w[k].cap) break;
            if (scm_word_is(t, &w[k], "Ministers") || scm_word_is(t, &w[k], "Ministers’") ||
                scm_word_is(t, &w[k], "Ministers'") ||
                /* "The 47th ASEAN Ministerial Meeting on Disaster
                 * Management" (session 35) */
                scm_word_is(t, &w[k], "Ministerial")) {
                size_t m = k + 1;
                while (m < n && w[m].kind == SCM_W_PUNCT) m++; /* the apostrophe */
                return m < n && scm_word_is(t, &w[m], "Meeting");
            }
        }
    }
    /* "The Sixty-Third Meeting of the ASEAN Ministers on Agriculture and
     * Forestry (AMAF) was held": the meeting first, then the bloc's
     * ministers (session 36) */
    for (size_t i = 1; i + 3 < n && i <= 3; i++) {
        size_t m;
        if (!scm_word_is(t, &w[i], "Meeting") || !scm_word_is(t, &w[i + 1], "of")) continue;
        m = i + 2 + (scm_word_is(t, &w[i + 2], "the") ? 1 : 0);
        if (m >= n || w[m].kind != SCM_W_WORD || !scm_word_in(t, &w[m], blocs)) return 0;
        for (size_t k = m + 1; k < n && k <= m + 6; k++) {
            if (w[k].kind == SCM_W_WORD && !w[k].cap) return 0;
            if (scm_word_is(t, &w[k], "Ministers")) return 1;
        }
        return 0;
    }
    return 0;
}

/* "The Second Republic of Korea–Caribbean Community (CARICOM) Summit was
 * held …", "The first Summit between Japan and the member States of the
 * Central American Integration System (SICA)", "The Third China–Arab
 * States Summit": a summit of one state with a region's states, which
 * the text opens with (within its first twelve words) -- all the
 * region's leaders attend, and a text naming few of them (four leaders
 * or fewer) speaks of "The Leaders" as all of them (session 35).  The EU,
 * whose summits its institutions' presidents attend, is none. */
static int region_summit(const acts_ctx *c, const scm_word *w, size_t n) {
    static const char *const regions[] = {"ASEAN", "CARICOM", "ECOWAS", "SADC", "AU", "SICA",
                                          "CELAC", "GCC", "PIF", "Caribbean", "Arab", "Africa",
                                          "African", "Pacific", "Central", NULL};
    const char *t = c->t;
    size_t i, summit = 0, named = 0;
    int region = 0;
    /* (or further on, where the sentence says it took place: "At the
     * invitation of Prime Minister … Trần Đức Khiêm, the First Viet Nam –
     * Pacific Islands Leaders' Summit took place …"; session 39) */
    for (i = 0; i < n && i < 36; i++)
        if (scm_word_is(t, &w[i], "Summit")) {
            summit = i + 1;
            break;
        }
    if (!summit) return 0;
    /* (not a summit beside which two met, "… met Prime Minister A in
     * Durban, South Africa, on the sidelines of the G20 Leaders' Summit",
     * whatever region the sentence names before it) */
    for (i = 0; i < summit; i++)
        if (scm_word_is(t, &w[i], "margins") || scm_word_is(t, &w[i], "sidelines")) return 0;
    /* (… or that its leaders met for it: "… the Heads of State and
     * Government of the Member States of the Caribbean Community
     * (CARICOM) met in Abu Dhabi … for the Second UAE–CARICOM Summit") */
    for (i = 0; i < summit && summit > 12; i++)
        if (scm_word_is(t, &w[i], "met") || scm_word_is(t, &w[i], "gathered")) break;
    if (summit > 12 && i == summit &&
        !(summit + 1 < n &&
          ((scm_word_is(t, &w[summit], "took") && scm_word_is(t, &w[summit + 1], "place")) ||
           (scm_word_is(t, &w[summit], "was") && (scm_word_is(t, &w[summit + 1], "held") ||
                                                   scm_word_is(t, &w[summit + 1], "convened"))))))
        return 0;
    /* the region before "Summit" ("Korea–CARICOM Summit"), or after
     * "between" ("Summit between Japan and the member States of …") */
    for (i = 0; i < n && i < summit + 14 && !region; i++) {
        if (i >= summit && !(summit < n && scm_word_is(t, &w[summit], "between"))) break;
        /* (not a summit beside which two met, "On the margins of the
         * Seventh European Union – African Union Summit", nor the EU's) */
        if (scm_word_is(t, &w[i], "margins") || scm_word_is(t, &w[i], "sidelines") ||
            scm_word_is(t, &w[i], "European") || scm_word_is(t, &w[i], "EU"))
            return 0;
        if (w[i].kind == SCM_W_WORD && w[i].cap && scm_word_in(t, &w[i], regions))
            /* ("Central" of "Central American", not of "Central Asia") */
            region = !scm_word_is(t, &w[i], "Central") ||
                     (i + 1 < n && scm_word_is(t, &w[i + 1], "American"));
    }
    if (!region) return 0;
    /* (its leaders: ministers and secretaries-general named beside them
     * are no more of the region's leaders; session 36) */
    for (i = 0; i < c->x->people.len; i++) {
        const char *r = c->x->people.items[i].role;
        named += r && scm_bytes_in(r, strlen(r), scm_leader_roles);
    }
    return named <= 4;
}

/* An opening sentence (of the first two body paragraphs) that shows a
 * meeting of many states, more than the text names, sets many_members: a
 * plural role word is then their group.  It counts more than four states
 * taking part ("delegations of 109 Member States participated", "the
 * twelve other Member States took part"), names them as an
 * organisation's members ("Ministers of the Member States of the Union
 * for the Mediterranean met …"), or lists five parties or more as taking
 * part, most with no person named ("… brought together the ministers
 * responsible for Nordic co-operation of Denmark, Finland, Norway and
 * Sweden and of the Faroe Islands and Greenland"; not "The Presidents of
 * A, Name; of B, Name; …").  Words first, the taking part last: most
 * sentences have neither a count nor five parties. */
static void opening_members(acts_ctx *c, const scm_word *w, size_t n,
                            const scm_sentence *s) {
    static const char *const members[] = {"States", "states", "countries",
                                          "Countries", "delegations",
                                          "nations", "economies",
                                          /* "twenty-one Pacific island
                                           * Members" (session 18) */
                                          "Members", "navies",
                                          /* "the Contracting Parties"
                                           * (session 21) */
                                          "Parties", NULL};
    const char *t = c->t, *seen[8], *cls;
    size_t nseen = 0, i, q;
    int counted = 0, part = 0;
    /* (the opening is the body's: a header's lines in one paragraph,
     * "FISHERY COMMITTEE … FINAL COMMUNIQUÉ", are none; session 24) */
    if (c->paras && c->paras[s->paragraph].kind == SCM_PARA_HEADER) return;
    if (s->paragraph != c->opening_para || c->opening_paras == 0) {
        c->opening_para = s->paragraph;
        c->opening_paras++;
    }
    if (c->many_members || c->opening_paras > 2) return;
    /* from each members noun back to its count ("109 Member States",
     * "the twelve other Member States") or to "Ministers of the Member
     * States"; the noun ends in "s", which rules out most words */
    for (i = 0; i < n && !counted; i++) {
        if (w[i].kind != SCM_W_WORD || t[w[i].stop - 1] != 's' ||
            !scm_word_in(t, &w[i], members))
            continue;
        for (q = i; q-- > 0 && i - q <= 3 && !counted;) {
            long v = 0;
            if (w[q].kind == SCM_W_NUMBER) {
                for (size_t p = w[q].start; p < w[q].stop && v < 100000; p++)
                    v = isdigit((unsigned char)t[p]) ? v * 10 + (t[p] - '0')
                                                     : 100000;
            } else if (w[q].kind == SCM_W_WORD && !w[q].cap) {
                v = count_word(t + w[q].start, w[q].stop - w[q].start);
            }
            counted = v >= 5 && v < 100000;
        }
        if (!counted && i >= 4 && scm_word_ieq(t, &w[i], "States") &&
            scm_word_ieq(t, &w[i - 1], "Member") &&
            scm_word_ieq(t, &w[i - 2], "the") && scm_word_is(t, &w[i - 3], "of") &&
            w[i - 4].cap && t[w[i - 4].stop - 1] == 's')
            counted = 1; /* "Ministers of the Member States" */
        /* "The Ministers of Foreign Affairs and heads of delegation of
         * the least developed countries (LDCs) met": a category of states
         * in small letters after a plural office or the delegations
         * (session 39) */
        if (!counted && (scm_word_is(t, &w[i], "countries") || scm_word_is(t, &w[i], "states")))
            for (q = i; q-- > 2 && i - q <= 5 && !counted;) {
                if (w[q].kind != SCM_W_WORD || w[q].cap) break;
                if (scm_word_is(t, &w[q], "the") && scm_word_is(t, &w[q - 1], "of"))
                    counted = q + 1 < i &&
                              (scm_word_is(t, &w[q - 2], "delegation") ||
                               scm_word_is(t, &w[q - 2], "delegations") ||
                               scm_word_is(t, &w[q - 2], "Ministers") ||
                               scm_word_is(t, &w[q - 2], "Leaders"));
            }
        /* "the Chiefs of Defence Staff of the Member States": a plural
         * office with its own "of" (session 21) */
        if (!counted && i >= 6 && scm_word_ieq(t, &w[i], "States") &&
            scm_word_ieq(t, &w[i - 1], "Member") &&
            scm_word_ieq(t, &w[i - 2], "the") && scm_word_is(t, &w[i - 3], "of"))
            for (q = i - 4; q-- > 0 && i - q <= 8 && !counted &&
                            w[q].kind == SCM_W_WORD;)
                counted = w[q].cap && t[w[q].stop - 1] == 's' &&
                          scm_word_is(t, &w[q + 1], "of") &&
                          role_plural(c, t, &w[q]);
        /* "Delegations of the Contracting Parties to the … Convention
         * took part" (session 21) */
        if (!counted && i >= 4 && scm_word_is(t, &w[i], "Parties") &&
            scm_word_is(t, &w[i - 1], "Contracting") &&
            scm_word_ieq(t, &w[i - 2], "the") && scm_word_is(t, &w[i - 3], "of") &&
            (scm_word_ieq(t, &w[i - 4], "delegations") ||
             scm_word_ieq(t, &w[i - 4], "representatives") ||
             scm_word_is(t, &w[i - 4], "Ministers")))
            counted = 1;
        /* "the Ministers of Foreign Affairs of the GCC Member States": a
         * plural office with its portfolio, and the body's short form
         * before its members (session 14) */
        if (!counted && i >= 5 &&
            (scm_word_ieq(t, &w[i], "States") ||
             scm_word_ieq(t, &w[i], "Countries")) &&
            scm_word_ieq(t, &w[i - 1], "Member")) {
            size_t o = i - 2;
            if (w[o].kind == SCM_W_WORD && w[o].cap && !w[o].lower && o > 0)
                o--; /* "GCC" */
            /* (also "with the delegations of the Member Countries of …
             * attending") */
            /* (within fourteen words: "The Heads of State and Government
             * of the Federative Republic of Brazil and of the Member
             * States of the African Union met"; six before session 36) */
            if (scm_word_ieq(t, &w[o], "the") && o >= 2 &&
                scm_word_is(t, &w[o - 1], "of"))
                for (q = o - 1; q-- > 0 && o - q <= 14 && !counted;)
                    counted = (scm_word_is(t, &w[q], "Ministers") ||
                               scm_word_is(t, &w[q], "delegations") ||
                               /* "We, the Heads of State and Government of
                                * the member countries of …" (session 15) */
                               scm_word_is(t, &w[q], "Heads") ||
                               scm_word_is(t, &w[q], "Leaders") ||
                               /* "Ministers and senior officials of the
                                * member countries of …" (session 37) */
                               scm_word_is(t, &w[q], "officials") ||
                               scm_word_is(t, &w[q], "representatives")) &&
                              q + 1 < n && scm_word_is(t, &w[q + 1], "of");
        }
        /* "The ministers of petroleum and energy of the Member States or
         * their representatives took part": a plural office in lower
         * case, its portfolio, then the members */
        if (!counted && i >= 4 && scm_word_ieq(t, &w[i], "States") &&
            scm_word_ieq(t, &w[i - 1], "Member") &&
            scm_word_ieq(t, &w[i - 2], "the") && scm_word_is(t, &w[i - 3], "of"))
            for (q = i - 3; q-- > 0 && i - q <= 9 && !counted;)
                counted = scm_word_is(t, &w[q], "ministers") &&
                          q + 1 < n && scm_word_is(t, &w[q + 1], "of");
    }
    /* "The Ministers of Finance and the Governors of the Central Banks of
     * the Franc Zone met …": a plural office "of" a zone, a union or a
     * community of states (session 15) */
    for (i = 2; i < n && !counted; i++) {
        static const char *const wholes[] = {"Zone", "Union", "Community",
                                             NULL};
        /* (and a body named for its members, "of the Group of
         * Like-Minded Megadiverse Countries", "of the Association of
         * Southeast Asian Nations"; session 42) */
        static const char *const heads[] = {"Group", "Alliance", "Association", "Organization",
                                            "Organisation", "League", NULL};
        size_t of_at = 0;
        char c0 = t[w[i].start]; /* (each of wholes and heads opens with one of these) */
        if ((c0 != 'Z' && c0 != 'U' && c0 != 'C' && c0 != 'G' && c0 != 'A' && c0 != 'O' &&
             c0 != 'L') ||
            !(scm_word_in(t, &w[i], wholes) ||
              (i + 1 < n && scm_word_is(t, &w[i + 1], "of") && scm_word_in(t, &w[i], heads) &&
               /* (not a meeting of two "on the margins of" its summit) */
               !span_has(t, s->span.start, s->span.stop, "margins") &&
               !span_has(t, s->span.start, s->span.stop, "sidelines"))))
            continue;
        for (q = i; q-- > 1 && i - q <= 4;)
            if (scm_word_is(t, &w[q], "the") && scm_word_is(t, &w[q - 1], "of")) {
                of_at = q - 1;
                break;
            }
        for (q = of_at; of_at && q-- > 0 && of_at - q <= 12 && !counted;)
            counted = (scm_word_is(t, &w[q], "Ministers") ||
                       scm_word_is(t, &w[q], "Governors") ||
                       scm_word_is(t, &w[q], "Heads") ||
                       scm_word_is(t, &w[q], "Leaders")) &&
                      q + 1 < n && scm_word_is(t, &w[q + 1], "of");
    }
    /* "the Leaders of the members of the Pacific Islands Forum (PIF)
     * met", "the Ministers of the members of …": a plural office of an
     * organisation's members (session 44) */
    for (i = 4; i + 1 < n && !counted; i++)
        if (scm_word_is(t, &w[i], "members") && scm_word_is(t, &w[i - 1], "the") &&
            scm_word_is(t, &w[i - 2], "of") && scm_word_is(t, &w[i + 1], "of") &&
            (scm_word_is(t, &w[i - 3], "Leaders") || scm_word_is(t, &w[i - 3], "Ministers") ||
             scm_word_is(t, &w[i - 3], "Government") || scm_word_is(t, &w[i - 3], "leaders")))
            counted = 1;
    if (!counted && unnamed_delegation(c, w, n)) counted = 1;
    if (!counted && (bloc_ministers_meeting(c->t, w, n) || region_summit(c, w, n))) {
        c->many_members = 1;
        return;
    }
    if (!counted) {
        /* five parties in a list take four commas or "and"s */
        size_t joins = 0;
        for (i = 0; i < n; i++)
            joins += scm_word_punct(&w[i], ',') || scm_word_is(t, &w[i], "and");
        if (joins < 4) return;
        for (i = 0; i < n && nseen < 8; i++) {
            long k;
            if (w[i].kind != SCM_W_WORD || !w[i].cap) continue;
            k = party_at(c, w, i, n, &cls);
            if (k <= 0 || !cls) continue;
            for (q = 0; q < nseen && strcmp(seen[q], cls) != 0; q++)
                ;
            if (q == nseen) seen[nseen++] = cls;
            i += (size_t)k - 1;
        }
        if (nseen < 5) return;
        {
            size_t unnamed = 0;
            for (q = 0; q < nseen; q++) {
                size_t k;
                for (k = 0; k < c->x->people.len; k++) {
                    const char *pp = c->x->people.items[k].party;
                    if (pp && strcmp(pp, seen[q]) == 0) break;
                }
                if (k == c->x->people.len) unnamed++;
            }
            if (unnamed * 2 < nseen) return;
        }
    }
    for (q = 0; taking_part[q] && !part; q++)
        part = span_has(t, s->span.start, s->span.stop, taking_part[q]);
    if (part) c->many_members = 1;
}

/* The function-word lists are fixed: indexed once per process. */
static const char *const *const sets_lists[] = {
    scm_verb_skip_words,   scm_verb_adverbs,      scm_ly_not_adverbs,
    scm_negators,          scm_auxiliaries,       scm_title_modifiers,
    scm_pronouns_previous, scm_pronouns_single,   scm_pronouns_self,
    scm_determiners,       scm_numerals,          scm_group_named,
    scm_group_previous,    scm_party_heads,       scm_open_adverbs,
    scm_coordination_guards, scm_honorifics,      scm_given_honorifics,
    scm_irregular_verbs,   NULL};
static scm_shared_words shared_sets = SCM_SHARED_WORDS(sets_lists);

int scm_extract_acts(scm_doc *doc, const scm_lexicon *lex, scm_extract *x,
                     scm_error *err) {
    acts_ctx c;
    size_t i, j;
    int r = -1;
    memset(&c, 0, sizeof c);
    c.lex = lex;
    c.t = doc->text.text;
    c.x = x;
    if (scm_phrase_index_build(&c.title, lex, SCM_LEX_TITLE) != 0 ||
            scm_phrase_index_add_classes(&c.title) != 0 ||
        scm_phrase_index_build(&c.party, lex, SCM_LEX_PARTY) != 0 ||
        scm_phrase_index_build(&c.verb, lex, SCM_LEX_VERB) != 0)
        goto out;
    if ((c.sets = scm_shared_words_get(&shared_sets)) == NULL) {
        if (scm_phrase_index_words(&c.own_sets, sets_lists) != 0) goto out;
        c.sets = &c.own_sets;
    }
    for (i = 0; i < x->people.len; i++) {
        const scm_person *p = &x->people.items[i];
        for (j = 0; j < p->mentions.len; j++) {
            mention_ref m;
            m.start = p->mentions.items[j].start;
            m.stop = p->mentions.items[j].stop;
            m.person = (int32_t)i;
            if (SCM_VEC_PUSH(&c.mentions, m) != 0) goto out;
        }
    }
    if (c.mentions.len > 1)
        qsort(c.mentions.items, c.mentions.len, sizeof *c.mentions.items,
              cmp_mention);
    c.doc_title = doc->title;
    c.doc = doc;
    for (i = 0; i < x->people.len; i++) {
        const char *role = x->people.items[i].role;
        int listed = 0;
        /* a role of several words, or (session 17) one word no list knows
         * ("Delegate of the Royal Government …", later "The Delegate") */
        if (role && !strchr(role, ' '))
            scm_phrase_lookup(&c.title, role, strlen(role), &listed);
        if (role && !listed) c.role_first[(unsigned char)role[0]] = 1;
    }
    c.parties_body = parties_body(doc);
    c.member_leaders = member_leaders(doc);
    /* a class of states named, not listed: its members are more than the
     * text names (session 17) */
    if (c.member_leaders == 2) c.many_members = 1;
    c.paras = doc->text.paragraphs.items;
    find_named_bodies(&c, doc->text.text, doc->text.len);
    if (doc_parties(&c, joint_release(doc) ? NULL : doc->title) != 0 || opening_party_list(&c, doc) != 0 ||
        header_party_line(&c, doc) != 0 || opening_pair(&c, doc) != 0)
        goto out;
    if (summit_party_count(&c, doc) != 0) goto out;
    c.principals = count_principals(doc, x, &c.principal_para, c.ndoc_parties);
    c.body_start = first_body_start(doc);
    c.gender = calloc(x->people.len + 1, 1);
    c.role_shared = calloc(x->people.len + 1, 1);
    if (!c.gender || !c.role_shared) goto out;
    find_cochairs(&c, doc);
    find_meeting_bodies(&c, doc);
    for (i = 0; i < doc->sentences.len; i++) {
        const scm_sentence *s = &doc->sentences.items[i];
        if (s->paragraph < doc->text.paragraphs.len &&
            doc->text.paragraphs.items[s->paragraph].kind != SCM_PARA_BODY)
            continue;
        c.sentence = i;
        if (sentence_acts(&c, s) != 0) goto out;
    }
    r = 0;
out:
    if (c.has_list_subject) actors_free(&c.list_subject);
    actors_free(&c.silent);
    actors_free(&c.silent_one);
    free(c.gender);
    free(c.role_shared);
    free(c.shorts);
    for (i = 0; i < c.ndoc_parties; i++) free(c.doc_parties[i]);
    scm_phrase_index_free(&c.title);
    scm_phrase_index_free(&c.party);
    scm_phrase_index_free(&c.verb);
    scm_phrase_index_free(&c.own_sets);
    SCM_VEC_FREE(&c.key);
    SCM_VEC_FREE(&c.words);
    SCM_VEC_FREE(&c.wflags);
    SCM_VEC_FREE(&c.pmemo);
    SCM_VEC_FREE(&c.mentions);
    if (r != 0) scm_error_set(err, SCM_NO_BYTE, "out of memory");
    return r;
}
