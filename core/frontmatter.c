/* frontmatter.c -- YAML front matter into key/value pairs, with libyaml. */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "encoding.h"
#include "frontmatter.h"
#include "utf8.h"
#include "vec.h"

/* Length of the line at s[0..n) including its terminator, and in *content
 * the length without it. */
static size_t line_length(const char *s, size_t n, size_t *content) {
    const char *nl = memchr(s, '\n', n);
    size_t end = nl ? (size_t)(nl - s) : n, i;
    const char *cr = memchr(s, '\r', end);
    if (cr) { /* a lone CR ends the line too */
        i = (size_t)(cr - s);
        *content = i;
        return (i + 1 < n && s[i + 1] == '\n') ? i + 2 : i + 1;
    }
    *content = end;
    return nl ? end + 1 : end;
}

/* 1 when s[0..n) is `mark` followed only by spaces or tabs. */
static int is_fence(const char *s, size_t n, const char *mark) {
    size_t i, m = strlen(mark);
    if (n < m || memcmp(s, mark, m) != 0) return 0;
    for (i = m; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t') return 0;
    return 1;
}

/* A malloc'd copy of a YAML scalar with Unicode spaces (YAML's "\_" is a
 * no-break space) turned into plain spaces: metadata is read by people.
 * In a plain scalar (`plain`) YAML reads no escapes, so an exporter's
 * "\_" written without quotes is still there: a space too. */
static char *clean_copy(const char *s, size_t n, int plain) {
    char *out = malloc(n + 1);
    size_t i = 0, o = 0, k;
    if (!out) return NULL;
    while (i < n) {
        k = scm_utf8_space_len(s + i, n - i);
        if (!k && plain && i + 1 < n && s[i] == '\\' && s[i + 1] == '_') k = 2;
        if (k) {
            out[o++] = ' ';
            i += k;
        } else {
            out[o++] = s[i++];
        }
    }
    out[o] = '\0';
    return out;
}

/* Text of a value node: a scalar, or a sequence of scalars joined with
 * ", "; NULL (and *skip set) for anything else. */
static char *node_text(yaml_document_t *doc, yaml_node_t *node, int *skip) {
    yaml_node_item_t *it;
    scm_buf b = {0};
    *skip = 0;
    if (node->type == YAML_SCALAR_NODE)
        return clean_copy((const char *)node->data.scalar.value,
                          node->data.scalar.length,
                          node->data.scalar.style == YAML_PLAIN_SCALAR_STYLE);
    if (node->type != YAML_SEQUENCE_NODE) {
        *skip = 1;
        return NULL;
    }
    if (scm_buf_append(&b, "", 0) != 0) return NULL;
    for (it = node->data.sequence.items.start;
         it < node->data.sequence.items.top; it++) {
        yaml_node_t *item = yaml_document_get_node(doc, *it);
        if (!item || item->type != YAML_SCALAR_NODE) continue;
        if ((b.len && scm_buf_append(&b, ", ", 2) != 0) ||
            scm_buf_append(&b, (const char *)item->data.scalar.value,
                           item->data.scalar.length) != 0) {
            SCM_VEC_FREE(&b);
            return NULL;
        }
    }
    {
        char *out = clean_copy(b.items, b.len, 0);
        SCM_VEC_FREE(&b);
        return out;
    }
}

/* Push the top-level pairs of a parsed mapping into t->meta. */
static int collect_pairs(yaml_document_t *doc, yaml_node_t *root,
                         scm_text *t) {
    yaml_node_pair_t *pair;
    for (pair = root->data.mapping.pairs.start;
         pair < root->data.mapping.pairs.top; pair++) {
        yaml_node_t *k = yaml_document_get_node(doc, pair->key);
        yaml_node_t *v = yaml_document_get_node(doc, pair->value);
        scm_meta m;
        int skip;
        if (!k || !v || k->type != YAML_SCALAR_NODE) continue;
        m.value = node_text(doc, v, &skip);
        if (skip) continue;
        if (!m.value) return -1;
        m.key = clean_copy((const char *)k->data.scalar.value,
                           k->data.scalar.length, 0);
        if (!m.key || SCM_VEC_PUSH(&t->meta, m) != 0) {
            free(m.key);
            free(m.value);
            return -1;
        }
    }
    return 0;
}

/* Parse the YAML block; 1 when it was a valid mapping (pairs collected),
 * 0 when invalid (warning pushed), -1 when out of memory. */
static int parse_block(const char *s, size_t n, size_t first_line,
                       scm_text *t) {
    yaml_parser_t parser;
    yaml_document_t doc;
    yaml_node_t *root;
    int rc = 1;
    if (!yaml_parser_initialize(&parser)) return -1;
    yaml_parser_set_input_string(&parser, (const unsigned char *)s, n);
    if (!yaml_parser_load(&parser, &doc)) {
        rc = parser.error == YAML_MEMORY_ERROR ? -1 : 0;
        if (rc == 0 &&
            scm_text_warn(t,
                          "front matter is not valid YAML (line %zu: %s); "
                          "read as text",
                          first_line + parser.problem_mark.line,
                          parser.problem ? parser.problem : "error") != 0)
            rc = -1;
        yaml_parser_delete(&parser);
        return rc;
    }
    root = yaml_document_get_root_node(&doc);
    if (root && root->type == YAML_MAPPING_NODE) {
        if (collect_pairs(&doc, root, t) != 0) rc = -1;
    } else if (root) {
        rc = scm_text_warn(t, "front matter is not a YAML mapping; read as "
                              "text") != 0 ? -1 : 0;
    }
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    return rc;
}

int scm_frontmatter_read(const char *raw, size_t len, size_t start,
                         scm_text *t, size_t *body, scm_error *err) {
    size_t pos, content, step, yaml_start;
    int rc;
    *body = start;
    step = line_length(raw + start, len - start, &content);
    if (!is_fence(raw + start, content, "---") || step == content) return 0;
    yaml_start = pos = start + step;
    while (pos < len) {
        step = line_length(raw + pos, len - pos, &content);
        if (is_fence(raw + pos, content, "---") ||
            is_fence(raw + pos, content, "...")) {
            rc = parse_block(raw + yaml_start, pos - yaml_start, 2, t);
            if (rc < 0) return scm_error_set(err, SCM_NO_BYTE, "out of memory");
            if (rc == 1) *body = pos + step;
            return 0;
        }
        pos += step;
    }
    if (scm_text_warn(t, "front matter opened on line 1 is not closed; read "
                         "as text") != 0)
        return scm_error_set(err, SCM_NO_BYTE, "out of memory");
    return 0;
}
