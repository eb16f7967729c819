/* tf_qualifier.c — see tf_qualifier.h. */
#include "tf_qualifier.h"
#include "tf_alloc.h"
#include "tf_core.h"
#include "tf_data.h"
#include "tf_lang.h"
#include "tf_regex.h"
#include <string.h>

static const char *const qualifier_names[] = {"exact", "approx", "min", "max", "range"};

const char *tf_qualifier_name(int qualifier) {
  return qualifier >= TF_Q_EXACT && qualifier <= TF_Q_RANGE ? qualifier_names[qualifier] : "exact";
}

/* Building blocks, as byte sequences. */
#define SP "(?:[ \\t\\r\\n]|\\xC2\\xA0|\\xE2\\x80[\\x80-\\x8A\\xAF])"
#define AP "(?:'|\\xE2\\x80\\x99|\\xE2\\x80\\x98)"
/* A final "de" of a longer phrase: "de" and a space, or the elided "d'". */
#define DE "(?:de" SP "+|d" AP SP "*)"
/* A phrase starts at a word boundary: not after an ASCII letter or digit, nor
** after a two-byte Latin letter (é, à …). */
#define WORD_START "(?<![a-z0-9])(?<!\\xC3[\\x80-\\xBF])"

/* The classes of qualifiers.tsv, in the order their alternatives are tried. */
enum { C_APPROX, C_MIN, C_MAX, C_OPEN, C_COUNT };
static const char *const class_names[C_COUNT] = {"approx", "min", "max", "range_open"};

/* Per language (index 0: every language, for TF_LANG_AUTO). */
static pcre2_code *qualifier_code[TF_LANG_COUNT + 1];
static pcre2_code *opener_code[TF_LANG_COUNT + 1];

/* Appends the alternatives of class k read by the languages langs: "a|b|c". */
static int append_class(tf_regex_buffer *b, int k, unsigned langs, char *err, size_t size,
                        int *any) {
  tf_data_reader r;
  tf_data_row row;
  *any = 0;
  tf_data_open(&r, "qualifiers.tsv", tf_data_qualifiers);
  while (tf_data_next(&r, &row)) {
    int known = -1;
    for (int c = 0; row.count == 3 && c < C_COUNT; c++)
      if (strlen(class_names[c]) == row.len[0] &&
          memcmp(class_names[c], row.field[0], row.len[0]) == 0)
        known = c;
    unsigned row_langs = row.count == 3 ? tf_lang_bits_parse(row.field[1], row.len[1]) : 0;
    if (known < 0 || !row_langs)
      return tf_data_fail(err, size, &r,
                          "expected class<TAB>lang<TAB>phrases with a class of "
                          "approx, min, max, range_open and a lang of fr, en or *");
    if (known != k || !(row_langs & langs)) continue;
    tf_data_item item;
    for (tf_data_items(&item, row.field[2], row.len[2]); tf_data_item_next(&item);) {
      const char *phrase = item.text;
      size_t n = item.len;
      /* "près de": the last "de" of a longer phrase also matches "d'". */
      int final_de = n > 3 && phrase[n - 3] == ' ' && (phrase[n - 2] | 0x20) == 'd' &&
                     (phrase[n - 1] | 0x20) == 'e';
      if (*any) tf_regex_append(b, "|");
      *any = 1;
      int rc = tf_regex_append_phrase(b, phrase, final_de ? n - 2 : n, SP "+", AP SP "*");
      if (rc == TF_ERROR)
        return tf_data_fail(err, size, &r, "phrase '%.*s' is not UTF-8", (int)n, phrase);
      if (rc != TF_OK) return rc;
      if (final_de) tf_regex_append(b, DE);
    }
  }
  return b->nomem ? TF_NOMEM : TF_OK;
}

/* The patterns compiled so far, to share one code between the languages whose
** phrases are the same (today every phrase is read in every language). */
#define MAX_PATTERNS (2 * (TF_LANG_COUNT + 1))
static struct {
  char *source;
  pcre2_code *code;
} compiled[MAX_PATTERNS];
static int compiled_count;

/* Compiles b's pattern into *out, or takes the code of an equal one. */
static int compile_once(tf_regex_buffer *b, pcre2_code **out, char *err, size_t size) {
  if (b->nomem) return TF_NOMEM;
  for (int i = 0; i < compiled_count; i++)
    if (strcmp(compiled[i].source, b->p) == 0) {
      *out = compiled[i].code;
      return TF_OK;
    }
  int rc = tf_regex_compile(b->p, out, err, size);
  if (rc == TF_OK && compiled_count < MAX_PATTERNS) {
    compiled[compiled_count].source = b->p; /* the buffer is kept */
    compiled[compiled_count++].code = *out;
    b->p = NULL;
    b->len = b->cap = 0;
  }
  return rc;
}

/* Compiles the two patterns of the languages langs. */
static int compile_for(unsigned langs, pcre2_code **qualifier, pcre2_code **opener, char *err,
                       size_t size) {
  static const char *const marks[3] = {"(*MARK:approx)", "(*MARK:min)", "(*MARK:max)"};
  tf_regex_buffer b = {0};
  int rc = TF_OK, groups = 0, any;
  tf_regex_append(&b, WORD_START "(?:");
  for (int k = C_APPROX; rc == TF_OK && k <= C_MAX; k++) {
    size_t mark = b.len;
    tf_regex_append(&b, groups ? "|(?:" : "(?:");
    rc = append_class(&b, k, langs, err, size, &any);
    if (rc == TF_OK && !any && !b.nomem) {
      b.len = mark; /* no phrase of this class: no group */
      b.p[mark] = 0;
      continue;
    }
    tf_regex_append(&b, ")");
    tf_regex_append(&b, marks[k]);
    groups++;
  }
  if (rc == TF_OK && !groups) tf_regex_append(&b, "(*FAIL)");
  tf_regex_append(&b, ")" SP "*\\z");
  if (rc == TF_OK) rc = compile_once(&b, qualifier, err, size);
  tf_regex_buffer_free(&b);
  if (rc != TF_OK) return rc;
  tf_regex_append(&b, WORD_START "(?:");
  rc = append_class(&b, C_OPEN, langs, err, size, &any);
  if (rc == TF_OK && !any) tf_regex_append(&b, "(*FAIL)");
  tf_regex_append(&b, ")" SP "*\\z");
  if (rc == TF_OK) rc = compile_once(&b, opener, err, size);
  tf_regex_buffer_free(&b);
  return rc;
}

int tf_qualifier_init(char *err, size_t size) {
  int rc = TF_OK;
  for (int lang = 0; rc == TF_OK && lang <= TF_LANG_COUNT; lang++)
    rc = compile_for(tf_lang_bits(lang), &qualifier_code[lang], &opener_code[lang], err, size);
  return rc;
}

void tf_qualifier_teardown(void) {
  for (int i = 0; i < compiled_count; i++) {
    pcre2_code_free(compiled[i].code);
    tf_free(compiled[i].source);
  }
  memset(compiled, 0, sizeof compiled);
  compiled_count = 0;
  memset(qualifier_code, 0, sizeof qualifier_code);
  memset(opener_code, 0, sizeof opener_code);
}

int tf_qualifier_jit_in_use(void) { return tf_regex_jit_in_use(qualifier_code[0]); }

struct tf_qualifier_matcher {
  pcre2_match_data *match_data;
};

tf_qualifier_matcher *tf_qualifier_matcher_new(void) {
  tf_qualifier_matcher *m = tf_malloc(sizeof(*m));
  if (!m) return NULL;
  m->match_data = pcre2_match_data_create(4, tf_regex_context());
  if (!m->match_data) {
    tf_free(m);
    return NULL;
  }
  return m;
}

void tf_qualifier_matcher_free(tf_qualifier_matcher *m) {
  if (!m) return;
  pcre2_match_data_free(m->match_data);
  tf_free(m);
}

#define WINDOW 64

/* Runs code on s[window .. end) and returns 1 if it matched (start in *start). */
static int match_window(tf_qualifier_matcher *m, const pcre2_code *code, const unsigned char *s,
                        size_t floor, size_t end, size_t *start) {
  size_t window = end > WINDOW ? end - WINDOW : 0;
  if (window < floor) window = floor;
  if (window >= end) return 0;
  int rc = pcre2_match(code, (PCRE2_SPTR)s, end, window, 0, m->match_data, NULL);
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  if (rc < 0) return rc == PCRE2_ERROR_NOMEMORY ? -1 : 0;
  *start = pcre2_get_ovector_pointer(m->match_data)[0];
  return 1;
}

static int lang_index(int lang) { return lang > 0 && lang <= TF_LANG_COUNT ? lang : 0; }

int tf_qualifier_before(tf_qualifier_matcher *m, int lang, const unsigned char *s, size_t floor,
                        size_t end, size_t *phrase_start) {
  *phrase_start = end;
  int rc = match_window(m, qualifier_code[lang_index(lang)], s, floor, end, phrase_start);
  if (rc <= 0) return rc < 0 ? -1 : TF_Q_EXACT;
  const char *mark = (const char *)pcre2_get_mark(m->match_data);
  if (!mark) return TF_Q_EXACT;
  if (strcmp(mark, "approx") == 0) return TF_Q_APPROX;
  if (strcmp(mark, "min") == 0) return TF_Q_MIN;
  return TF_Q_MAX;
}

int tf_qualifier_range_opener(tf_qualifier_matcher *m, int lang, const unsigned char *s,
                              size_t floor, size_t end, size_t *opener_start) {
  *opener_start = end;
  return match_window(m, opener_code[lang_index(lang)], s, floor, end, opener_start);
}
