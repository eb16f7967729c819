/* tf_qualifier.c — see tf_qualifier.h. */
#include "tf_qualifier.h"
#include "tf_alloc.h"
#include "tf_core.h"
#include "tf_data.h"
#include "tf_lang.h"
#include "tf_fold.h"
#include "tf_regex.h"
#include "tf_utf8.h"
#include "tf_words.h"
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

/* The last words of the qualifier phrases (folded hashes): the pattern runs
** only where the word before an amount is one of them, or a sign. Each key's value is
** the most runs of bytes between white space (phrase_runs) that a match of a phrase
** ending so can span, so that the pattern starts no farther back (runs_start). */
typedef struct last_word {
  uint64_t key;  /* the last word's hash, or pair_key of the last two */
  uint64_t last; /* the last word's hash */
  int runs;      /* phrase_runs */
  int pair;      /* key is a pair_key */
} last_word;
static last_word *last_word_list;
static size_t last_word_count, last_word_capacity;
static tf_word_map last_words;
/* The most runs of any phrase, and of those whose last word has no hash (noted in no key) */
static int most_runs, unkeyed_runs;
/* For the phrases that end in a sign or an ideograph (phrase_may_end's q == p), by their
** last byte: the most bytes other than white space a match of them can span
** (phrase_bytes), so that the pattern starts no farther back (bytes_start); with those
** of the phrases that end in an apostrophe, a quote or a space (odd_end_bytes), which
** phrase_may_end steps back over. bytes_unusable: a phrase holds white space other than
** its spaces, and no such bound is kept. */
static int sign_bytes[256], odd_end_bytes, bytes_unusable;
static unsigned char sign_last[256]; /* last bytes of the phrases that end in a sign:
                                       "~", "≈", "approx." */
/* How the phrases of the qualifier patterns end in ideographs (below U+10000), for
** stray_ideograph_before: the last character of a phrase, its trailing spaces, quotes
** and apostrophes aside (phrase_may_end steps back over them), when it is an ideograph
** with no ideograph before it ("约"), one bit each; and the last two, both ideographs
** ("高达"), hashed into 65536 bits (tf_pair_bit16). An ideograph before an amount that
** ends no phrase so ends no match of the pattern, and phrase_may_end says so without
** running it: sign_last alone lets most ideographs through, Chinese phrases ending in
** many different last bytes. A phrase of nothing but what phrase_may_end steps back
** over would make the ideograph before it say nothing: phrase_ends_unusable. */
static unsigned char phrase_last_alone[0x10000 / 8];
static unsigned char phrase_last_pairs[65536 / 8];
static int phrase_ends_unusable;


/* A key for the last two words of a phrase, from their hashes. */
static uint64_t pair_key(uint64_t before, uint64_t last) {
  uint64_t k = (before * 0x9E3779B97F4A7C15ull) ^ last;
  return k ? k : 1;
}

/* The hash of the last letter run of s[0..n) (after its last hyphen or
** apostrophe: "au-delà" gives "delà"); 0 when it ends otherwise. */
static uint64_t last_run_hash(const char *s, size_t n) {
  size_t k = n;
  while (k > 0 && s[k - 1] != ' ' && s[k - 1] != '-' && s[k - 1] != '\'') k--;
  uint64_t hash;
  char run[64];
  if (n - k == 0 || n - k >= sizeof run) return 0;
  memcpy(run, s + k, n - k);
  run[n - k] = 0;
  return tf_key_first_word_hash(run, &hash) && strlen(run) == n - k ? hash : 0;
}

static int add_last_word(uint64_t key, uint64_t last, int runs, int pair) {
  last_word *grown = tf_grow(last_word_list, last_word_count, &last_word_capacity, sizeof *grown,
                             64);
  if (!grown) return TF_NOMEM;
  last_word_list = grown;
  last_word_list[last_word_count++] = (last_word){key, last, runs, pair};
  return TF_OK;
}

/* How many runs of bytes other than ASCII white space a match of phrase[0..n) can span
** before the amount: one, and one more after each white space the pattern may read: its
** spaces, its apostrophes (AP SP*), a final "de" (DE), and before an opening quote. */
static int phrase_runs(const char *phrase, size_t n, int final_de) {
  int runs = 2 + final_de;
  for (size_t i = 0; i < n; i++)
    runs += phrase[i] == ' ' || phrase[i] == '\'' ||
            (i + 2 < n && (unsigned char)phrase[i] == 0xE2 &&
             (unsigned char)phrase[i + 1] == 0x80 &&
             ((unsigned char)phrase[i + 2] == 0x99 || (unsigned char)phrase[i + 2] == 0x98));
  return runs;
}

/* How many bytes other than white space a match of phrase[0..n) can span before the
** amount: a space none (SP), an apostrophe three (AP), another ASCII character one, any
** other four (itself, its capital or its base letter), a final "de" two more ("d’"),
** and an opening quote three. Sets bytes_unusable when the phrase holds white space that
** is not a space, which the pattern would read as written. */
static int phrase_bytes(const char *phrase, size_t n, int final_de) {
  const unsigned char *s = (const unsigned char *)phrase;
  int bytes = 3 + 2 * final_de;
  for (size_t p = 0, next; p < n; p = next) {
    int32_t cp = tf_utf8_decode(s, n, p, &next);
    if (cp != ' ' && (tf_char_class(cp) == TF_CC_SPACE || cp == '\t' || cp == '\n' || cp == '\r'))
      bytes_unusable = 1;
    bytes += cp == ' ' ? 0 : cp == '\'' || cp == 0x2019 || cp == 0x2018 ? 3 : cp < 0x80 ? 1 : 4;
  }
  return bytes;
}

/* Is cp one of the characters phrase_may_end steps back over before a phrase's end? */
static int skipped_at_end(int32_t cp) {
  int c = tf_char_class(cp);
  return c == TF_CC_SPACE || c == TF_CC_APOSTROPHE || cp == '"' || cp == 0xAB || cp == 0x201C;
}

static int is_ideograph(int32_t cp) {
  return cp >= 0 && cp < 0x10000 && tf_char_class(cp) == TF_CC_CJK;
}

static void note_alone(int32_t cp) {
  if (is_ideograph(cp)) phrase_last_alone[cp >> 3] |= (unsigned char)(1u << (cp & 7));
}

/* Notes how a phrase ends in phrase_last_alone and phrase_last_pairs. The pattern reads an
** ideograph as itself, and a letter also as its capital and its folded form
** (tf_regex_append_phrase): those are noted when they are ideographs. */
static void note_phrase_end(const char *phrase, size_t n) {
  const unsigned char *s = (const unsigned char *)phrase;
  int32_t last = -1, before = -1, previous = -1;
  for (size_t p = 0, next; p < n; p = next) {
    int32_t cp = tf_utf8_decode(s, n, p, &next);
    if (!skipped_at_end(cp)) {
      before = previous;
      last = cp;
    }
    previous = cp;
  }
  if (last < 0) {
    phrase_ends_unusable = 1;
  } else if (is_ideograph(last) && is_ideograph(before)) {
    unsigned i = tf_pair_bit16(before, last);
    phrase_last_pairs[i >> 3] |= (unsigned char)(1u << (i & 7));
  } else if (is_ideograph(last)) {
    note_alone(last);
  } else if (tf_char_class(last) == TF_CC_LETTER) {
    unsigned char folded[4];
    size_t end;
    int k = tf_fold(last, folded);
    note_alone(tf_upper(last));
    if (k > 0) note_alone(tf_utf8_decode(folded, (size_t)k, 0, &end));
  }
}

/* Is the character before p (at or after floor) an ideograph that ends no phrase, with
** the one before it? */
static int stray_ideograph_before(const unsigned char *s, size_t floor, size_t p) {
  if (phrase_ends_unusable || s[p - 1] < 0x80) return 0;
  size_t prev, first;
  int32_t last = tf_utf8_decode_before(s, p, &prev);
  if (prev < floor || !is_ideograph(last)) return 0;
  if (phrase_last_alone[last >> 3] >> (last & 7) & 1) return 0;
  if (prev <= floor) return 1; /* the pairs need the ideograph before */
  int32_t before = tf_utf8_decode_before(s, prev, &first);
  if (first < floor || !is_ideograph(before)) return 1;
  unsigned i = tf_pair_bit16(before, last);
  return !(phrase_last_pairs[i >> 3] >> (i & 7) & 1);
}

/* Notes how a phrase ends: its last word when it has one word, else its last
** two (and "… d" for a final "de", which also matches "d'"). A phrase that
** ends in a sign ("~", "approx.") is noted as such. */
static int note_last_word(const char *phrase, size_t n, int final_de) {
  char folded[128];
  int runs = phrase_runs(phrase, n, final_de);
  if (runs > most_runs) most_runs = runs;
  size_t prev;
  int32_t last_cp = tf_utf8_decode_before((const unsigned char *)phrase, n, &prev);
  /* (the bytes of those that end in something else than a letter: sign_bytes) */
  int bytes = phrase_bytes(phrase, n, final_de);
  int *most_bytes = skipped_at_end(last_cp) || last_cp == '\'' ? &odd_end_bytes
                    : tf_char_class(last_cp) != TF_CC_LETTER
                      ? &sign_bytes[(unsigned char)phrase[n - 1]]
                      : NULL;
  if (most_bytes && bytes > *most_bytes) *most_bytes = bytes;
  int f = tf_fold_string(phrase, (int)n, folded, sizeof folded);
  if (f <= 0) {
    if (runs > unkeyed_runs) unkeyed_runs = runs;
    return TF_OK;
  }
  size_t len = (size_t)f;
  /* A phrase that ends in a sign or a mark ("~", "≈", "approx.", "ca."): the
  ** pattern runs where the text has that byte before the amount. */
  if (tf_char_class(last_cp) != TF_CC_LETTER) sign_last[(unsigned char)phrase[n - 1]] = 1;
  uint64_t last = last_run_hash(folded, len);
  if (!last) {
    if (runs > unkeyed_runs) unkeyed_runs = runs;
    return TF_OK;
  }
  size_t k = len;
  while (k > 0 && folded[k - 1] != ' ' && folded[k - 1] != '-' && folded[k - 1] != '\'') k--;
  if (k == 0) return add_last_word(last, last, runs, 0);
  uint64_t before = last_run_hash(folded, k - 1);
  if (!before) return add_last_word(last, last, runs, 0);
  if (add_last_word(pair_key(before, last), last, runs, 1) != TF_OK) return TF_NOMEM;
  uint64_t d;
  if (final_de && tf_key_first_word_hash("d", &d))
    return add_last_word(pair_key(before, d), d, runs, 1);
  return TF_OK;
}

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
      if (k != C_OPEN && note_last_word(phrase, n, final_de) != TF_OK) return TF_NOMEM;
      if (k != C_OPEN) note_phrase_end(phrase, n);
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
  /* an opening quote may stand between the phrase and the amount: environ « 10 … » */
  tf_regex_append(&b, ")" SP "*(?:\xC2\xAB|\xE2\x80\x9C|\")?" SP "*\\z");
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

/* Fills last_words from last_word_list. A text whose last word is that of a one-word phrase
** may end in any phrase with that last word: such a key takes the most runs of them all
** (by_last); a pair's key, the most of the phrases that end in the pair. */
static int fill_last_words(void) {
  tf_word_map by_last;
  if (tf_word_map_init(&last_words, last_word_count) || tf_word_map_init(&by_last, last_word_count))
    return TF_NOMEM;
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < last_word_count; i++) {
      const last_word *w = &last_word_list[i];
      int32_t runs = 0;
      if (pass == 0) {
        tf_word_map_get(&by_last, w->last, &runs);
        if (w->runs > runs) tf_word_map_put(&by_last, w->last, w->runs);
        continue;
      }
      tf_word_map_get(&last_words, w->key, &runs);
      int32_t most = w->runs;
      if (!w->pair) tf_word_map_get(&by_last, w->last, &most);
      if (most > runs) tf_word_map_put(&last_words, w->key, most);
    }
  tf_word_map_free(&by_last);
  return TF_OK;
}

int tf_qualifier_init(char *err, size_t size) {
  int rc = TF_OK;
  for (int lang = 0; rc == TF_OK && lang <= TF_LANG_COUNT; lang++)
    rc = compile_for(tf_lang_bits(lang), &qualifier_code[lang], &opener_code[lang], err, size);
  if (rc == TF_OK) rc = fill_last_words();
  tf_free(last_word_list);
  last_word_list = NULL;
  last_word_count = last_word_capacity = 0;
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
  tf_word_map_free(&last_words);
  memset(sign_last, 0, sizeof sign_last);
  memset(phrase_last_alone, 0, sizeof phrase_last_alone);
  memset(phrase_last_pairs, 0, sizeof phrase_last_pairs);
  phrase_ends_unusable = 0;
  most_runs = unkeyed_runs = 0;
  memset(sign_bytes, 0, sizeof sign_bytes);
  odd_end_bytes = bytes_unusable = 0;
  tf_free(last_word_list);
  last_word_list = NULL;
  last_word_count = last_word_capacity = 0;
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

/* Is b white space for the pattern (SP) and ASCII? */
static inline int ascii_space(unsigned char b) {
  return b == ' ' || b == '\t' || b == '\n' || b == '\r';
}

/* Where the last runs (> 0) runs of bytes other than ASCII white space before end start, at
** the latest (not before floor): a match that spans no more of them starts there or after. */
static size_t runs_start(const unsigned char *s, size_t floor, size_t end, int runs) {
  size_t p = end;
  for (int r = 0;; r++) {
    while (p > floor && ascii_space(s[p - 1])) p--;
    if (p <= floor || r == runs) return p;
    while (p > floor && !ascii_space(s[p - 1])) p--;
  }
}

/* Where the last `bytes` bytes other than white space (SP: ASCII, U+00A0, U+2000..U+200A,
** U+202F) before end start, at the latest (not before floor): a match that spans no more
** of them starts there or after (its white space is SP's, which no phrase holds). */
static size_t bytes_start(const unsigned char *s, size_t floor, size_t end, int bytes) {
  size_t p = end;
  for (;;) {
    while (p > floor && ascii_space(s[p - 1])) p--;
    if (p >= floor + 2 && s[p - 2] == 0xC2 && s[p - 1] == 0xA0) {
      p -= 2;
      continue;
    }
    if (p >= floor + 3 && s[p - 3] == 0xE2 && s[p - 2] == 0x80 &&
        (s[p - 1] == 0xAF || (s[p - 1] >= 0x80 && s[p - 1] <= 0x8A))) {
      p -= 3;
      continue;
    }
    if (p <= floor || bytes-- == 0) return p;
    p--;
  }
}

/* Runs code on s[window .. end) and returns 1 if it matched (start in *start). A match
** spans no more than runs runs of bytes between white space (runs_start; 0: any), and no
** more than bytes bytes other than white space (bytes_start; 0: any). */
static int match_window(tf_qualifier_matcher *m, const pcre2_code *code, const unsigned char *s,
                        size_t floor, size_t end, int runs, int bytes, size_t *start) {
  size_t window = end > WINDOW ? end - WINDOW : 0;
  if (window < floor) window = floor;
  if (window >= end) return 0;
  if (runs > 0) window = runs_start(s, window, end, runs);
  if (bytes > 0 && window < end) window = bytes_start(s, window, end, bytes);
  if (window >= end) return 0;
  int rc = pcre2_match(code, (PCRE2_SPTR)s, end, window, 0, m->match_data, NULL);
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  if (rc < 0) return rc == PCRE2_ERROR_NOMEMORY ? -1 : 0;
  *start = pcre2_get_ovector_pointer(m->match_data)[0];
  return 1;
}

static int lang_index(int lang) { return lang > 0 && lang <= TF_LANG_COUNT ? lang : 0; }

/* Where the run of letters that ends at p starts (p when none). */
static size_t word_start_before(const unsigned char *s, size_t floor, size_t p) {
  size_t q = p;
  /* ASCII letters first (their class without decoding): most words */
  while (q > floor && (unsigned)((s[q - 1] | 0x20) - 'a') < 26u) q--;
  if (q > floor && s[q - 1] < 0x80) return q;
  while (q > floor) {
    size_t prev;
    int c = tf_char_class(tf_utf8_decode_before(s, q, &prev));
    if (c != TF_CC_LETTER || prev < floor) break;
    q = prev;
  }
  return q;
}

/* Can a qualifier phrase end just before `end`? The word there (spaces and an
** opening quote skipped) must be the last word of one, or a sign. Returns 0 when none can,
** else the most runs a match can span (match_window), and in *bytes the most bytes
** other than white space for a sign (0: no bound). */
static int phrase_may_end(const unsigned char *s, size_t floor, size_t end, int *bytes) {
  size_t p = end;
  *bytes = 0;
  for (;;) {
    while (p > floor && (s[p - 1] == ' ' || s[p - 1] == '\t' || s[p - 1] == '\n' ||
                         s[p - 1] == '\r' || s[p - 1] == '"'))
      p--;
    if (p >= floor + 2 && s[p - 2] == 0xC2 && (s[p - 1] == 0xAB || s[p - 1] == 0xA0)) {
      p -= 2; /* « and a no-break space */
      continue;
    }
    if (p >= floor + 3 && s[p - 3] == 0xE2 && s[p - 2] == 0x80 &&
        (s[p - 1] == 0x9C || s[p - 1] == 0xAF || (s[p - 1] >= 0x80 && s[p - 1] <= 0x8A))) {
      p -= 3; /* “ and the other spaces */
      continue;
    }
    break;
  }
  if (p <= floor) return 0;
  if (s[p - 1] == '\'' ||
      (p >= floor + 3 && s[p - 3] == 0xE2 && s[p - 2] == 0x80 && s[p - 1] == 0x99))
    p -= s[p - 1] == '\'' ? 1 : 3; /* "près d'" */
  if (p <= floor) return 0;        /* the text starts with the apostrophe */
  size_t q = word_start_before(s, floor, p);
  /* a sign or a mark: the pattern decides, unless it is an ideograph of no phrase */
  if (q == p) {
    if (!sign_last[s[p - 1]] || stray_ideograph_before(s, floor, p)) return 0;
    /* (a match ends in a phrase whose last byte is this one, or in one that phrase_may_end
    ** stepped back over the end of) */
    int most = sign_bytes[s[p - 1]] > odd_end_bytes ? sign_bytes[s[p - 1]] : odd_end_bytes;
    *bytes = bytes_unusable ? 0 : most;
    return most_runs;
  }
  tf_word_info w;
  tf_scan_word(s, p, q, &w);
  if (w.letters_end != p) return 0;
  int32_t runs;
  if (tf_word_map_get(&last_words, w.hash ? w.hash : 1, &runs))
    return runs > unkeyed_runs ? runs : unkeyed_runs;
  /* the word before: spaces, a hyphen or an apostrophe between */
  size_t e = q;
  while (e > floor && (s[e - 1] == ' ' || s[e - 1] == '-' || s[e - 1] == '\'' || s[e - 1] == '\t' ||
                       s[e - 1] == '\n'))
    e--;
  if (e >= floor + 3 && s[e - 3] == 0xE2 && s[e - 2] == 0x80 && s[e - 1] == 0x99) e -= 3;
  size_t b = word_start_before(s, floor, e);
  if (b == e) return 0;
  tf_word_info before;
  tf_scan_word(s, e, b, &before);
  if (before.letters_end != e ||
      !tf_word_map_get(&last_words, pair_key(before.hash, w.hash), &runs))
    return 0;
  return runs > unkeyed_runs ? runs : unkeyed_runs;
}

int tf_qualifier_before(tf_qualifier_matcher *m, int lang, const unsigned char *s, size_t floor,
                        size_t end, size_t *phrase_start) {
  *phrase_start = end;
  int bytes;
  int runs = phrase_may_end(s, floor, end, &bytes);
  if (!runs) return TF_Q_EXACT;
  int rc = match_window(m, qualifier_code[lang_index(lang)], s, floor, end, runs, bytes,
                        phrase_start);
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
  return match_window(m, opener_code[lang_index(lang)], s, floor, end, 0, 0, opener_start);
}
