/* fuzz_normalise.c -- scm_text_normalise (encoding check, front matter,
 * layout, paragraphs, offset map) on arbitrary bytes.  Byte 0 picks the
 * encoding (utf-8, auto, windows-1252); the rest is the raw file. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    scm_parse_opts o = fuzz_opts(&data, &size);
    scm_text t;
    scm_error err;
    size_t i;
    memset(&t, 0, sizeof t);
    memset(&err, 0, sizeof err);
    if (scm_text_normalise((const char *)data, size, &o.text, fuzz_lexicon(),
                           &t, &err) != 0) {
        FUZZ_CHECK(err.message[0] != '\0');
        FUZZ_CHECK(err.byte == SCM_NO_BYTE || err.byte <= size);
        return 0;
    }
    FUZZ_CHECK(t.text != NULL && t.text[t.len] == '\0');
    FUZZ_CHECK(strlen(t.text) == t.len); /* no NUL inside */
    for (i = 0; i < t.paragraphs.len; i++) {
        FUZZ_CHECK(t.paragraphs.items[i].span.start <=
                   t.paragraphs.items[i].span.stop);
        FUZZ_CHECK(t.paragraphs.items[i].span.stop <= t.len);
    }
    for (i = 1; i < t.map.len; i++)
        FUZZ_CHECK(t.map.items[i].norm >= t.map.items[i - 1].norm);
    for (i = 0; i <= t.len; i++)
        FUZZ_CHECK(scm_text_raw_offset(&t, i) <= t.raw_len);
    for (i = 0; i < t.meta.len; i++)
        FUZZ_CHECK(t.meta.items[i].key && t.meta.items[i].value);
    scm_text_free(&t);
    return 0;
}
