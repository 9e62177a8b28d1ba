/* html.c -- the HTML adapter: a web page in, the statement's headings,
 * paragraphs and list items out, with libxml2's HTML parser (never
 * patterns over markup).
 *
 * The main content is the element that holds the statement's paragraphs:
 * every <p> with some text gives its length to its parent and half to its
 * grandparent (a Readability-style vote), inside the page minus what is
 * never content -- navigation, headers and footers, asides, forms, and
 * anything whose class or id says share, social, related, breadcrumb,
 * menu, cookie, newsletter.  An element marked itemprop="articleBody" wins
 * outright.  Title and date come from <h1>, og:title or <title>, and from
 * <time datetime> or the publication-date meta tags.  The page's charset
 * (a <meta charset> or http-equiv declaration) is libxml2's to decode. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "source.h"
#include "utf8.h"

typedef struct hctx {
    scm_source *src;
    scm_source_writer w;
    uint32_t path;      /* 1-based index of the open block's path */
    int brs;            /* consecutive <br> in the open paragraph */
    int oom;
} hctx;

static int name_is(const xmlNode *n, const char *name) {
    return n->type == XML_ELEMENT_NODE && n->name &&
           strcmp((const char *)n->name, name) == 0;
}

static int name_in(const xmlNode *n, const char *const *names) {
    size_t i;
    if (n->type != XML_ELEMENT_NODE || !n->name) return 0;
    for (i = 0; names[i]; i++)
        if (strcmp((const char *)n->name, names[i]) == 0) return 1;
    return 0;
}

/* The attribute's value (owned by the tree), or NULL. */
static const char *attr(const xmlNode *n, const char *name) {
    const xmlAttr *a;
    for (a = n->properties; a; a = a->next)
        if (a->name && strcmp((const char *)a->name, name) == 0)
            return a->children && a->children->content
                       ? (const char *)a->children->content
                       : "";
    return NULL;
}

static int ascii_icontains(const char *s, const char *word) {
    size_t n = strlen(word), i, j;
    for (i = 0; s[i]; i++) {
        for (j = 0; j < n && s[i + j]; j++)
            if (scm_ascii_lower((unsigned char)s[i + j]) != (unsigned char)word[j])
                break;
        if (j == n) return 1;
    }
    return 0;
}

static const char *const never_content[] = {
    "script", "style", "noscript", "nav", "aside", "form", "button",
    "select", "textarea", "iframe", "svg", "template", "header", "footer",
    "figure", "object", "embed", "canvas", "video", "audio", "map", "head",
    "title", "meta", "link", NULL};

static const char *const noise_words[] = {
    "share", "social", "related", "breadcrumb", "menu", "navbar", "cookie",
    "newsletter", "sidebar", "promo", "subscribe", "skip-link", "sr-only",
    "visually-hidden", "screen-reader", "print-only", "comment", NULL};

/* Is this element never part of the statement? */
static int is_noise(const xmlNode *n) {
    const char *v;
    size_t i;
    if (name_in(n, never_content)) return 1;
    if (attr(n, "hidden")) return 1;
    if ((v = attr(n, "aria-hidden")) && strcmp(v, "true") == 0) return 1;
    if ((v = attr(n, "role")) &&
        (strcmp(v, "navigation") == 0 || strcmp(v, "banner") == 0 ||
         strcmp(v, "contentinfo") == 0 || strcmp(v, "complementary") == 0))
        return 1;
    if ((v = attr(n, "style")) && ascii_icontains(v, "display:none")) return 1;
    for (i = 0; noise_words[i]; i++) {
        const char *cls = attr(n, "class"), *id = attr(n, "id");
        if ((cls && ascii_icontains(cls, noise_words[i])) ||
            (id && ascii_icontains(id, noise_words[i])))
            return 1;
    }
    return 0;
}

/* Characters of text under n (UTF-8 lead bytes), noise excluded. */
static size_t text_length(const xmlNode *n) {
    size_t len = 0;
    const xmlNode *c;
    for (c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            const unsigned char *s = c->content;
            size_t i;
            for (i = 0; s[i]; i++)
                if (scm_utf8_is_lead(s[i]) && s[i] > ' ') len++;
        } else if (c->type == XML_ELEMENT_NODE && !is_noise(c)) {
            len += text_length(c);
        }
    }
    return len;
}

/* ---- finding the main content ------------------------------------------ */

typedef struct vote {
    const xmlNode *node;
    double score;
} vote;

typedef struct votes {
    vote *items;
    size_t len, cap;
    const xmlNode *article_body;
    int oom;
} votes;

static void add_vote(votes *v, const xmlNode *n, double s) {
    size_t i;
    if (!n || n->type != XML_ELEMENT_NODE) return;
    for (i = 0; i < v->len; i++)
        if (v->items[i].node == n) {
            v->items[i].score += s;
            return;
        }
    {
        vote x;
        x.node = n;
        x.score = s;
        if (SCM_VEC_PUSH(v, x) != 0) v->oom = 1;
    }
}

static void collect_votes(votes *v, const xmlNode *n) {
    const xmlNode *c;
    for (c = n->children; c && !v->oom; c = c->next) {
        const char *ip;
        if (c->type != XML_ELEMENT_NODE || is_noise(c)) continue;
        if (!v->article_body && (ip = attr(c, "itemprop")) &&
            strcmp(ip, "articleBody") == 0)
            v->article_body = c;
        if (name_is(c, "p") || name_is(c, "li") || name_is(c, "blockquote")) {
            size_t len = text_length(c);
            double s = len < 25 ? 0 : (double)len;
            if (name_is(c, "li")) s /= 4; /* menus are lists */
            if (s > 0) {
                add_vote(v, c->parent, s);
                if (c->parent) add_vote(v, c->parent->parent, s / 2);
            }
        }
        collect_votes(v, c);
    }
}

static const xmlNode *main_content(const xmlNode *body) {
    votes v;
    const xmlNode *best = body;
    double top = 0;
    size_t i;
    memset(&v, 0, sizeof v);
    collect_votes(&v, body);
    if (v.article_body) {
        best = v.article_body;
    } else {
        for (i = 0; i < v.len; i++) {
            const xmlNode *n = v.items[i].node;
            double s = v.items[i].score;
            if (name_is(n, "article") || name_is(n, "main")) s *= 1.25;
            if (s > top) {
                top = s;
                best = n;
            }
        }
    }
    free(v.items);
    return best;
}

/* ---- writing ----------------------------------------------------------- */

static void open_block(hctx *h, const xmlNode *n, int kind, int level,
                       const char *label) {
    xmlChar *path = xmlGetNodePath(n);
    char *copy = path ? strdup((const char *)path) : NULL;
    if (path) xmlFree(path);
    scm_source_para(&h->w, kind, level, label);
    h->brs = 0;
    if (!copy || SCM_VEC_PUSH(&h->src->paths, copy) != 0) {
        free(copy);
        h->oom = 1;
        h->path = 0;
        return;
    }
    h->path = (uint32_t)h->src->paths.len;
}

static void close_block(hctx *h) {
    scm_source_end(&h->w);
    h->path = 0;
}

static void write_text(hctx *h, const xmlNode *t) {
    scm_source_anchor a;
    const char *s = (const char *)t->content;
    size_t n, i;
    if (!s) return;
    n = strlen(s);
    for (i = 0; i < n; i++)
        if (!scm_utf8_space_len(s + i, n - i)) break;
    if (i == n) { /* white space only: a word boundary at most */
        if (h->w.para_start != SIZE_MAX) scm_source_space(&h->w);
        return;
    }
    if (h->w.para_start == SIZE_MAX)
        open_block(h, t->parent ? t->parent : t, SCM_SRC_PARA, 0, NULL);
    h->brs = 0;
    memset(&a, 0, sizeof a);
    a.line = (uint32_t)xmlGetLineNo(t);
    a.path = h->path;
    scm_source_text(&h->w, s, n, &a);
}

static const char *const blocks[] = {
    "p", "div", "section", "article", "main", "blockquote", "dd", "dt",
    "td", "th", "tr", "table", "pre", "address", "ul", "ol", "dl", "center",
    "body", "figcaption", "hr", NULL};

/* A <sup> that is a footnote mark (a link, or digits after a word) is
 * dropped; an ordinal ("26<sup>th</sup>") is kept, glued. */
static int footnote_mark(const xmlNode *n) {
    const xmlNode *c;
    for (c = n->children; c; c = c->next)
        if (name_is(c, "a")) return 1;
    return 0;
}

static void walk(hctx *h, const xmlNode *n);

static void walk_children(hctx *h, const xmlNode *n) {
    const xmlNode *c;
    for (c = n->children; c && !h->oom; c = c->next) walk(h, c);
}

static void walk_list(hctx *h, const xmlNode *list) {
    const xmlNode *c;
    int ordered = name_is(list, "ol");
    const char *start = attr(list, "start");
    long num = start ? strtol(start, NULL, 10) : 1;
    close_block(h);
    for (c = list->children; c && !h->oom; c = c->next) {
        char label[24];
        if (!name_is(c, "li")) {
            walk(h, c);
            continue;
        }
        if (is_noise(c)) continue;
        if (ordered) {
            const char *v = attr(c, "value");
            if (v) num = strtol(v, NULL, 10);
            snprintf(label, sizeof label, "%ld.", num++);
        } else {
            strcpy(label, "-");
        }
        open_block(h, c, SCM_SRC_ITEM, 0, label);
        walk_children(h, c);
        close_block(h);
    }
}

static void walk(hctx *h, const xmlNode *n) {
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        write_text(h, n);
        return;
    }
    if (n->type != XML_ELEMENT_NODE || is_noise(n)) return;
    if (name_is(n, "br")) {
        /* a line break is a space; two in a row end a paragraph */
        if (++h->brs >= 2)
            close_block(h);
        else if (h->w.para_start != SIZE_MAX)
            scm_source_space(&h->w);
        return;
    }
    if (name_is(n, "sup") && footnote_mark(n)) return;
    if (name_is(n, "ul") || name_is(n, "ol")) {
        walk_list(h, n);
        return;
    }
    if (n->name && n->name[0] == 'h' && n->name[1] >= '1' && n->name[1] <= '6' &&
        !n->name[2]) {
        int level = n->name[1] - '0';
        /* <h1> is the title: a plain line, which the normaliser takes for
         * the header; <h2>.. are section headings */
        open_block(h, n, level == 1 ? SCM_SRC_PARA : SCM_SRC_HEADING, level,
                   NULL);
        walk_children(h, n);
        close_block(h);
        return;
    }
    if (name_in(n, blocks) || name_is(n, "li")) {
        close_block(h);
        if (name_is(n, "p") || name_is(n, "li") || name_is(n, "dd") ||
            name_is(n, "dt") || name_is(n, "td") || name_is(n, "th"))
            open_block(h, n, SCM_SRC_PARA, 0, NULL);
        walk_children(h, n);
        close_block(h);
        return;
    }
    walk_children(h, n); /* inline: a, span, em, strong, sup, ... */
}

/* ---- title and date ---------------------------------------------------- */

/* Text under n with white space collapsed, malloc'd, or NULL if empty. */
static char *collapsed_text(const xmlNode *n) {
    xmlChar *raw = xmlNodeGetContent(n);
    char *out, *o;
    const char *s;
    size_t len, i;
    int space = 0;
    if (!raw) return NULL;
    s = (const char *)raw;
    len = strlen(s);
    out = malloc(len + 1);
    if (!out) {
        xmlFree(raw);
        return NULL;
    }
    o = out;
    for (i = 0; i < len;) {
        size_t k = scm_utf8_space_len(s + i, len - i);
        if (k) {
            space = o > out;
            i += k;
            continue;
        }
        if (space) *o++ = ' ';
        space = 0;
        *o++ = s[i++];
    }
    *o = '\0';
    xmlFree(raw);
    if (o == out) {
        free(out);
        return NULL;
    }
    return out;
}

typedef struct meta_found {
    const xmlNode *h1, *title, *time;
    const char *og_title, *published, *date_meta;
} meta_found;

static void find_meta(meta_found *m, const xmlNode *n) {
    const xmlNode *c;
    for (c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE) continue;
        if (name_is(c, "title") && !m->title) m->title = c;
        else if (name_is(c, "h1") && !m->h1 && !is_noise(c)) m->h1 = c;
        else if (name_is(c, "time") && !m->time) m->time = c;
        else if (name_is(c, "meta")) {
            const char *k = attr(c, "property"), *v = attr(c, "content");
            if (!k) k = attr(c, "name");
            if (!k) k = attr(c, "itemprop");
            if (k && v) {
                if (!m->og_title && strcmp(k, "og:title") == 0) m->og_title = v;
                if (!m->published &&
                    (strcmp(k, "article:published_time") == 0 ||
                     strcmp(k, "datePublished") == 0))
                    m->published = v;
                if (!m->date_meta &&
                    (strcmp(k, "date") == 0 || strcmp(k, "DC.date") == 0 ||
                     strcmp(k, "DC.date.issued") == 0 ||
                     strcmp(k, "dcterms.date") == 0 ||
                     strcmp(k, "dcterms.issued") == 0 ||
                     strcmp(k, "citation_publication_date") == 0))
                    m->date_meta = v;
            }
        }
        find_meta(m, c->children);
    }
}

/* "2024-07-11T12:00:23-04:00" -> "2024-07-11"; other forms as written. */
static char *date_value(const char *v) {
    size_t n = strlen(v);
    char *out;
    while (n && (*v == ' ')) v++, n--;
    if (n == 0) return NULL;
    if (n >= 10 && scm_ascii_is_digit((unsigned char)v[0]) && v[4] == '-' &&
        v[7] == '-')
        n = 10;
    out = malloc(n + 1);
    if (!out) return NULL;
    memcpy(out, v, n);
    out[n] = '\0';
    return out;
}

/* "Joint Statement ... | The White House": the part before the site's
 * name. */
static void strip_site(char *t) {
    static const char *const seps[] = {" | ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                       " - ", NULL};
    size_t i;
    for (i = 0; seps[i]; i++) {
        char *last = NULL, *p = t;
        while ((p = strstr(p, seps[i])) != NULL) last = p++;
        if (last && last > t) {
            *last = '\0';
            return;
        }
    }
}

static int title_and_date(scm_source *src, const xmlNode *root) {
    meta_found m;
    memset(&m, 0, sizeof m);
    find_meta(&m, root);
    if (m.h1) src->title = collapsed_text(m.h1);
    if (!src->title && m.og_title) {
        src->title = strdup(m.og_title);
        if (!src->title) return -1;
    }
    if (!src->title && m.title && (src->title = collapsed_text(m.title)))
        strip_site(src->title);
    if (m.time && attr(m.time, "datetime"))
        src->date = date_value(attr(m.time, "datetime"));
    else if (m.published)
        src->date = date_value(m.published);
    else if (m.date_meta)
        src->date = date_value(m.date_meta);
    else if (m.time)
        src->date = collapsed_text(m.time);
    return 0;
}

/* ---- the adapter ------------------------------------------------------- */

int scm_source_html(const char *html, size_t len, const char *encoding,
                    scm_source *out, scm_error *err) {
    htmlDocPtr doc;
    const xmlNode *root, *body, *content, *c;
    hctx h;
    out->kind = SCM_SOURCE_HTML;
    if (len > 0x7FFFFFFF) {
        out->fail = SCM_SOURCE_BROKEN;
        return scm_error_set(err, SCM_NO_BYTE, "page too large");
    }
    doc = htmlReadMemory(html, (int)len, NULL, encoding,
                         HTML_PARSE_RECOVER | HTML_PARSE_NONET |
                             HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
    if (!doc || !(root = xmlDocGetRootElement(doc))) {
        if (doc) xmlFreeDoc(doc);
        out->fail = SCM_SOURCE_BROKEN;
        return scm_error_set(err, SCM_NO_BYTE,
                             "not an HTML page (the parser found no "
                             "elements)");
    }
    memset(&h, 0, sizeof h);
    h.src = out;
    scm_source_writer_init(&h.w, out);
    body = root;
    for (c = root->children; c; c = c->next)
        if (name_is(c, "body")) body = c;
    if (title_and_date(out, root) != 0) h.oom = 1;
    content = main_content(body);
    if (!h.oom) walk(&h, content);
    close_block(&h);
    xmlFreeDoc(doc);
    if (h.oom || h.w.failed) {
        scm_source_writer_free(&h.w);
        out->fail = SCM_SOURCE_NOMEM;
        return scm_error_set(err, SCM_NO_BYTE, "out of memory");
    }
    if (h.w.body.len == 0) {
        scm_source_writer_free(&h.w);
        out->fail = SCM_SOURCE_EMPTY;
        return scm_error_set(err, SCM_NO_BYTE,
                             "no text found in the page's main content");
    }
    if (scm_source_finish(&h.w, err) != 0) {
        scm_source_writer_free(&h.w);
        return -1;
    }
    scm_source_writer_free(&h.w);
    return 0;
}
