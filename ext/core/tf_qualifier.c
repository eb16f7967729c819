/* tf_cue.c — see tf_cue.h. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "tf_cue.h"
#include "tf_alloc.h"
#include "tf_lexicon.h"
#include <stdio.h>
#include <string.h>

/* Building blocks, as byte sequences. */
#define SP "(?:[ \\t\\r\\n]|\\xC2\\xA0|\\xE2\\x80[\\x80-\\x8A\\xAF])"
#define AP "(?:'|\\xE2\\x80\\x99|\\xE2\\x80\\x98)"
#define A_GRAVE "(?:\\xC3\\xA0|\\xC3\\x80|a)"
#define E_ACUTE "(?:\\xC3\\xA9|\\xC3\\x89|e)"
#define E_GRAVE "(?:\\xC3\\xA8|\\xC3\\x88|e)"
#define DE "(?:de" SP "+|d" AP SP "*)"
/* A cue starts at a word boundary: not after an ASCII letter or digit, nor
** after a two-byte Latin letter (é, à …). */
#define WORD_START "(?<![a-z0-9])(?<!\\xC3[\\x80-\\xBF])"

static const char qualifier_pattern[] =
    WORD_START
    "(?:"
    /* approx */
    "(?:environ|pr" E_GRAVE "s" SP "+" DE "|quelque|autour" SP "+" DE
    "|aux" SP "+alentours" SP "+" DE "|de" SP "+l" AP SP "*ordre" SP "+" DE
    "|approximativement|quasiment|presque|about|around|roughly|nearly|almost"
    "|approximately|approx\\.?|circa|ca\\.|some|~|\\xE2\\x89\\x88)(*MARK:approx)"
    /* min */
    "|(?:pas" SP "+moins" SP "+" DE "|plus" SP "+" DE "|plus" SP "+que|au" SP "+moins"
    "|au" SP "+minimum" SP "*(?:" DE ")?|sup" E_ACUTE "rieure?s?" SP "+" A_GRAVE
    "|more" SP "+than|over|at" SP "+least|upwards" SP "+of|above|no" SP "+less" SP "+than"
    "|not" SP "+less" SP "+than|in" SP "+excess" SP "+of|a" SP "+minimum" SP "+of"
    "|greater" SP "+than|higher" SP "+than|exceeding)(*MARK:min)"
    /* max */
    "|(?:(?:allant" SP "+)?jusqu" AP SP "*" A_GRAVE "|pouvant" SP "+atteindre"
    "|pas" SP "+plus" SP "+" DE "|moins" SP "+" DE "|au" SP "+plus|au" SP "+maximum"
    "|en[- ]dessous" SP "+" DE "|inf" E_ACUTE "rieure?s?" SP "+" A_GRAVE
    "|up" SP "+to|as" SP "+much" SP "+as|as" SP "+high" SP "+as|less" SP "+than"
    "|capped" SP "+at|under|below|lower" SP "+than|no" SP "+more" SP "+than"
    "|not" SP "+more" SP "+than|at" SP "+most|a" SP "+maximum" SP "+of)(*MARK:max)"
    ")" SP "*\\z";

static const char opener_pattern[] =
    WORD_START "(?:entre|between|from|de|du|d" AP ")" SP "*\\z";

static pcre2_code *qualifier_code;
static pcre2_code *opener_code;
static pcre2_general_context *general_context;

static void *private_malloc(PCRE2_SIZE size, void *data) {
  (void)data;
  return tf_malloc(size);
}
static void private_free(void *block, void *data) {
  (void)data;
  tf_free(block);
}

int tf_cue_compile(const char *pattern, pcre2_code **out, char *err, size_t err_size) {
  int error_code;
  PCRE2_SIZE error_offset;
  pcre2_compile_context *cc = pcre2_compile_context_create(general_context);
  if (!cc) return TF_NOMEM;
  *out = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, PCRE2_CASELESS, &error_code,
                       &error_offset, cc);
  pcre2_compile_context_free(cc);
  if (!*out) {
    PCRE2_UCHAR message[160];
    pcre2_get_error_message(error_code, message, sizeof message);
    snprintf(err, err_size, "PCRE2 error: pcre2_compile() at offset %zu: %s",
             (size_t)error_offset, (const char *)message);
    return error_code == PCRE2_ERROR_NOMEMORY ? TF_NOMEM : TF_ERROR;
  }
  /* JIT where the platform has it; the interpreter otherwise (same results). */
  pcre2_jit_compile(*out, PCRE2_JIT_COMPLETE);
  return TF_OK;
}

int tf_cue_init(char *err, size_t err_size) {
  general_context = pcre2_general_context_create(private_malloc, private_free, NULL);
  if (!general_context) return TF_NOMEM;
  int rc = tf_cue_compile(qualifier_pattern, &qualifier_code, err, err_size);
  if (rc == TF_OK) rc = tf_cue_compile(opener_pattern, &opener_code, err, err_size);
  return rc;
}

pcre2_general_context *tf_cue_context(void) { return general_context; }

int tf_cue_jit_in_use(void) {
  size_t jit_size = 0;
  if (!qualifier_code) return 0;
  return pcre2_pattern_info(qualifier_code, PCRE2_INFO_JITSIZE, &jit_size) == 0 && jit_size > 0;
}

struct tf_cue_matcher {
  pcre2_match_data *match_data;
};

tf_cue_matcher *tf_cue_matcher_new(void) {
  tf_cue_matcher *m = tf_malloc(sizeof(*m));
  if (!m) return NULL;
  m->match_data = pcre2_match_data_create(4, general_context);
  if (!m->match_data) {
    tf_free(m);
    return NULL;
  }
  return m;
}

void tf_cue_matcher_free(tf_cue_matcher *m) {
  if (!m) return;
  pcre2_match_data_free(m->match_data);
  tf_free(m);
}

#define WINDOW 64

/* Runs code on s[window .. end) and returns 1 if it matched (start in *start). */
static int match_window(tf_cue_matcher *m, const pcre2_code *code, const unsigned char *s,
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

int tf_cue_qualifier(tf_cue_matcher *m, const unsigned char *s, size_t floor, size_t end,
                     size_t *cue_start) {
  *cue_start = end;
  int rc = match_window(m, qualifier_code, s, floor, end, cue_start);
  if (rc <= 0) return rc < 0 ? -1 : TF_Q_EXACT;
  const char *mark = (const char *)pcre2_get_mark(m->match_data);
  if (!mark) return TF_Q_EXACT;
  if (strcmp(mark, "approx") == 0) return TF_Q_APPROX;
  if (strcmp(mark, "min") == 0) return TF_Q_MIN;
  return TF_Q_MAX;
}

int tf_cue_range_opener(tf_cue_matcher *m, const unsigned char *s, size_t floor, size_t end,
                        size_t *opener_start) {
  *opener_start = end;
  return match_window(m, opener_code, s, floor, end, opener_start);
}
