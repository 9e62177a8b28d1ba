/* fuzz_extract.c -- scm_doc_parse then every extractor (scm_extract_run:
 * header, people, acts, acronyms, dates, references) on arbitrary bytes. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    scm_parse_opts o = fuzz_opts(&data, &size);
    scm_doc doc;
    scm_extract x;
    scm_error err;
    memset(&doc, 0, sizeof doc);
    memset(&x, 0, sizeof x);
    memset(&err, 0, sizeof err);
    if (scm_doc_parse(&doc, (const char *)data, size, &o, fuzz_lexicon(),
                      &err) != 0)
        return 0;
    FUZZ_CHECK(scm_extract_run(&doc, fuzz_lexicon(), &x, &err) == 0);
    fuzz_check_doc(&doc);
    fuzz_check_extract(&doc, &x);
    scm_extract_free(&x);
    scm_doc_free(&doc);
    return 0;
}
