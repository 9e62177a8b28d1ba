/* refs_data.h -- the word tables of the reference extractor (data only). */
#ifndef SCM_REFS_DATA_H
#define SCM_REFS_DATA_H

#include <stddef.h>

/* Ordinal words with their numbers: "first" 1 ... "twentieth" 20. */
extern const char *const scm_ref_ordinals[];
extern const size_t scm_ref_nordinals;

/* Words that join the parts of a name: "Treaty of Amity", "Summit for
 * Democracy", "Guidelines ... on the Korean Peninsula". */
extern const char *const scm_ref_connectors[];
extern const size_t scm_ref_nconnectors;

/* Heads of bodies that pass resolutions: "Security Council resolutions". */
extern const char *const scm_ref_resolvers[];
extern const size_t scm_ref_nresolvers;

#endif
