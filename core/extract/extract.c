/* extract.c -- runs the extractors in order and frees what they made. */
#include <stdlib.h>

#include "extract.h"
#include "wordscan.h"

int scm_extract_run(scm_doc *doc, const scm_lexicon *lex, scm_extract *out,
                    scm_error *err) {
    /* Order matters: acts resolve roles to people, relative dates need the
     * header's date, references reuse the dates' spans. */
    int r = -1;
    if (scm_doc_tokens(doc, err) != 0) return -1;
    /* header, people and acts share one scan of each paragraph's words
     * (wordscan.c); without memory for it they scan as before.  Ending it
     * twice is harmless. */
    (void)scm_extract_cache_begin(doc, out);
    if (scm_extract_header(doc, lex, out, err) != 0) goto out;
    if (scm_extract_people(doc, lex, out, err) != 0) goto out;
    if (scm_extract_acts(doc, lex, out, err) != 0) goto out;
    scm_extract_cache_end(out); /* its last user: memory back before the rest */
    if (scm_extract_acronyms(doc, lex, out, err) != 0) goto out;
    if (scm_extract_dates(doc, lex, out, err) != 0) goto out;
    if (scm_extract_references(doc, lex, out, err) != 0) goto out;
    r = 0;
out:
    scm_extract_cache_end(out);
    return r;
}

int scm_extract_cache_begin(const scm_doc *doc, scm_extract *x) {
    scm_extract_cache_end(x);
    x->cache = scm_words_cache_new(doc);
    return x->cache ? 0 : -1;
}

void scm_extract_cache_end(scm_extract *x) {
    scm_words_cache_free(x->cache);
    x->cache = NULL;
}

static void free_strvec(scm_strvec *v) {
    size_t i;
    for (i = 0; i < v->len; i++) free(v->items[i]);
    SCM_VEC_FREE(v);
}

void scm_extract_free(scm_extract *x) {
    size_t i;
    if (!x) return;
    scm_extract_cache_end(x);
    free(x->header.kind);
    free(x->header.place);
    free(x->header.meeting.series);
    free(x->header.meeting.name);
    free_strvec(&x->header.meeting.parties);
    for (i = 0; i < x->people.len; i++) {
        scm_person *p = &x->people.items[i];
        free(p->name);
        free(p->family);
        free(p->title);
        free(p->role);
        free(p->party);
        SCM_VEC_FREE(&p->mentions);
    }
    SCM_VEC_FREE(&x->people);
    for (i = 0; i < x->acts.len; i++) {
        scm_act *a = &x->acts.items[i];
        free_strvec(&a->actors);
        SCM_VEC_FREE(&a->persons);
        free(a->lemma);
        free(a->klass);
    }
    SCM_VEC_FREE(&x->acts);
    for (i = 0; i < x->acronyms.len; i++) {
        scm_acronym *a = &x->acronyms.items[i];
        free(a->short_form);
        free(a->long_form);
        SCM_VEC_FREE(&a->mentions);
    }
    SCM_VEC_FREE(&x->acronyms);
    SCM_VEC_FREE(&x->dates);
    for (i = 0; i < x->references.len; i++) {
        SCM_VEC_FREE(&x->references.items[i].numbers);
        free(x->references.items[i].series);
    }
    SCM_VEC_FREE(&x->references);
}
