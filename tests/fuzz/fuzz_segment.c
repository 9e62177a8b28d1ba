/* fuzz_segment.c -- scm_doc_parse (normalise + sentences + title and
 * date) and scm_doc_tokens, then raw positions, on arbitrary bytes. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    scm_parse_opts o = fuzz_opts(&data, &size);
    scm_doc doc;
    scm_error err;
    memset(&doc, 0, sizeof doc);
    memset(&err, 0, sizeof err);
    if (scm_doc_parse(&doc, (const char *)data, size, &o, fuzz_lexicon(),
                      &err) != 0) {
        FUZZ_CHECK(err.message[0] != '\0');
        scm_doc_free(&doc); /* emptied on failure: must be a no-op */
        return 0;
    }
    FUZZ_CHECK(scm_doc_tokens(&doc, &err) == 0);
    FUZZ_CHECK(scm_doc_tokens(&doc, &err) == 0); /* idempotent */
    fuzz_check_doc(&doc);
    /* (windows-1252 input grows up to 3 bytes a byte) */
    if (doc.title) FUZZ_CHECK(strlen(doc.title) <= 3 * size);
    scm_doc_free(&doc);
    return 0;
}
