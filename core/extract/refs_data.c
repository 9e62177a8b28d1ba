/* refs_data.c -- the closed word tables of the reference extractor (data
 * only).  The open lists -- head nouns and lower-case trailing nouns with
 * their kinds -- are lexicon lists: core/lexicon/reference-head.tsv and
 * core/lexicon/reference-trailing.tsv. */
#include "refs_data.h"

const char *const scm_ref_ordinals[] = {
    "first",       "second",     "third",      "fourth",     "fifth",
    "sixth",       "seventh",    "eighth",     "ninth",      "tenth",
    "eleventh",    "twelfth",    "thirteenth", "fourteenth", "fifteenth",
    "sixteenth",   "seventeenth", "eighteenth", "nineteenth", "twentieth"};
const size_t scm_ref_nordinals =
    sizeof scm_ref_ordinals / sizeof *scm_ref_ordinals;

const char *const scm_ref_connectors[] = {"of", "for", "on", "in", "between"};
const size_t scm_ref_nconnectors =
    sizeof scm_ref_connectors / sizeof *scm_ref_connectors;

const char *const scm_ref_resolvers[] = {"Council", "Assembly"};
const size_t scm_ref_nresolvers =
    sizeof scm_ref_resolvers / sizeof *scm_ref_resolvers;
