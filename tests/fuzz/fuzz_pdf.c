/* fuzz_pdf.c -- the PDF adapter: scm_source_pdf on arbitrary bytes (as
 * if pdftotext -bbox-layout wrote them), then the intermediate text it
 * wrote through scm_doc_parse, and every source anchor looked up. */
#include "fuzz_common.h"

#include "../../core/source.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    scm_source src;
    scm_doc doc;
    scm_error err;
    size_t i;
    memset(&src, 0, sizeof src);
    memset(&err, 0, sizeof err);
    if (scm_source_pdf((const char *)data, size, fuzz_lexicon(), &src,
                       &err) != 0) {
        FUZZ_CHECK(src.fail != SCM_SOURCE_OK);
        FUZZ_CHECK(err.message[0] != '\0');
        scm_source_free(&src);
        return 0;
    }
    FUZZ_CHECK(src.text.items != NULL || src.text.len == 0);
    for (i = 1; i < src.anchors.len; i++)
        FUZZ_CHECK(src.anchors.items[i].off >= src.anchors.items[i - 1].off);
    for (i = 0; i <= src.text.len; i += 1 + src.text.len / 8)
        (void)scm_source_locate(&src, i);
    memset(&doc, 0, sizeof doc);
    if (src.text.len &&
        scm_doc_parse(&doc, src.text.items, src.text.len, NULL,
                      fuzz_lexicon(), &err) == 0) {
        FUZZ_CHECK(scm_doc_tokens(&doc, &err) == 0);
        fuzz_check_doc(&doc);
        scm_doc_free(&doc);
    }
    scm_source_free(&src);
    return 0;
}
