/* extract.h -- what a communiqué says: header facts, people, speech acts,
 * acronyms, dates and references.
 *
 * Every extractor reads a parsed scm_doc (normalised text, paragraphs,
 * sentences, tokens) and the lexicon, and appends its items to one
 * scm_extract.  Items are spans into the normalised text plus the few
 * strings that are not in it (a lemma, an ISO date, a resolved name).  All
 * strings are malloc'd and owned by the scm_extract. */
#ifndef SCM_EXTRACT_H
#define SCM_EXTRACT_H

#include "../document.h"
#include "../lexicon.h"
#include "../types.h"
#include "../vec.h"

typedef SCM_VEC(char *) scm_strvec;
typedef SCM_VEC(scm_span) scm_spanvec;

typedef struct scm_meeting {
    char *series;       /* as the document abbreviates it: "SCM", "MCM" */
    int number;         /* 44 from "44th" or "Forty-Fourth"; 0 if none */
    char *name;         /* "Security Consultative Meeting" */
    scm_strvec parties; /* {"U.S.", "ROK"} */
} scm_meeting;

typedef struct scm_header {
    char *kind;     /* "joint communique", "joint statement", "declaration",
                       "readout", "statement"; NULL if unknown */
    char *place;    /* "Washington, D.C."; NULL if unknown */
    int has_meeting;
    scm_meeting meeting;
} scm_header;

typedef struct scm_person {
    char *name;    /* "Kim Kwan Jin", "Leon E. Panetta" */
    char *family;  /* "Kim", "Panetta" */
    char *title;   /* "Minister of National Defense"; NULL if none */
    char *role;    /* "Minister"; NULL if none */
    char *party;   /* "ROK"; NULL if unknown */
    scm_spanvec mentions; /* first is the introduction */
} scm_person;

typedef struct scm_act {
    uint32_t sentence;   /* 0-based sentence index */
    scm_span subject;    /* the subject phrase as written ("They") */
    scm_span verb;       /* the verb phrase as written ("expressed appreciation") */
    scm_span clause;     /* what the verb governs */
    scm_strvec actors;   /* resolved: {"Secretary", "Minister"} */
    SCM_VEC(int32_t) persons; /* per actor: index into people, or -1 */
    char *lemma;         /* "express appreciation" */
    char *klass;         /* "evaluation" */
    int negated;
} scm_act;

typedef struct scm_acronym {
    char *short_form;     /* "RMG" */
    char *long_form;      /* "Revised Missile Guidelines"; NULL if undefined */
    int defined;
    scm_span definition;  /* the long form's span when defined */
    scm_spanvec mentions; /* every use of the short form */
} scm_acronym;

typedef struct scm_date_item {
    scm_span span;
    char iso[24];        /* "2012-10-24", "2009-06", "2010/2012" for ranges */
    const char *precision; /* "day", "month", "year" (static string) */
    int relative;        /* "last month": resolved against doc.date */
} scm_date_item;

typedef struct scm_reference {
    const char *kind;    /* "meeting", "resolution", "document",
                            "agreement", "plan", "mechanism" (static) */
    scm_span span;
    SCM_VEC(int32_t) numbers; /* resolution numbers, meeting number */
    char *series;        /* meetings: "SCM"; else NULL */
} scm_reference;

typedef struct scm_extract {
    scm_header header;
    SCM_VEC(scm_person) people;
    SCM_VEC(scm_act) acts;
    SCM_VEC(scm_acronym) acronyms;
    SCM_VEC(scm_date_item) dates;
    SCM_VEC(scm_reference) references;
    /* private to the extractors: the words of the document's paragraphs
     * that header, people and acts share (wordscan.c), while
     * scm_extract_run runs them; NULL otherwise */
    struct scm_extract_cache *cache;
} scm_extract;

/* Run every extractor over `doc` (tokens are made if needed) into `out`
 * (zeroed by the caller).  0, or -1 with `err` set; free `out` either way. */
int scm_extract_run(scm_doc *doc, const scm_lexicon *lex, scm_extract *out,
                    scm_error *err);
void scm_extract_free(scm_extract *x);

/* The single stages, for fuzzing and benchmarks; scm_extract_run calls
 * them in this order (acts need people; dates need the header's date).
 * Around header, people and acts it makes x->cache with
 * scm_extract_cache_begin (0, or -1 when out of memory: the stages then
 * scan without it, as they do when it is NULL) and frees it with
 * scm_extract_cache_end (harmless twice; scm_extract_free also frees it). */
int scm_extract_cache_begin(const scm_doc *doc, scm_extract *x);
void scm_extract_cache_end(scm_extract *x);
int scm_extract_header(scm_doc *doc, const scm_lexicon *lex, scm_extract *x,
                       scm_error *err);
int scm_extract_people(scm_doc *doc, const scm_lexicon *lex, scm_extract *x,
                       scm_error *err);
int scm_extract_acts(scm_doc *doc, const scm_lexicon *lex, scm_extract *x,
                     scm_error *err);
int scm_extract_acronyms(scm_doc *doc, const scm_lexicon *lex,
                         scm_extract *x, scm_error *err);
int scm_extract_dates(scm_doc *doc, const scm_lexicon *lex, scm_extract *x,
                      scm_error *err);
int scm_extract_references(scm_doc *doc, const scm_lexicon *lex,
                           scm_extract *x, scm_error *err);

#endif
