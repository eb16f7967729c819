/* tf_lang.c — see tf_lang.h. */
#include "tf_lang.h"
#include "tf_alloc.h"
#include "tf_core.h"
#include "tf_data.h"
#include "tf_fold.h"
#include "tf_utf8.h"
#include "tf_words.h"
#include <limits.h>
#include <string.h>
#include <strings.h>

static const char *const names[TF_LANG_COUNT + 1] = {"auto", "fr", "en", "de",
                                                     "es",   "it", "pt", "zh"};

int tf_lang_parse(const char *name, size_t len) {
  for (int lang = 0; lang <= TF_LANG_COUNT; lang++)
    if (strlen(names[lang]) == len && strncasecmp(name, names[lang], len) == 0) return lang;
  return -1;
}

const char *tf_lang_name(int lang) {
  return lang > 0 && lang <= TF_LANG_COUNT ? names[lang] : "auto";
}

unsigned tf_lang_bits_parse(const char *name, size_t len) {
  if (len == 1 && name[0] == '*') return TF_LANG_ALL;
  int lang = tf_lang_parse(name, len);
  return lang > 0 ? TF_LANG_BIT(lang) : 0;
}

/* ------------------------------------------------------------------------ */
/* The detector's words: hash → index into weights[] (one row per word). */

static tf_word_map words;
static int (*weights)[TF_LANG_COUNT];
/* per word: its highest weight less its lowest, the most it can add to lead() */
static int *spreads;
static size_t word_count;
/* The shapes of the words (tf_shape_filter): a word of the text that starts with two ASCII
** letters and whose shape is not there is none of them, and is not hashed. */
static tf_shape_filter word_shapes;

int tf_lang_init(char *err, size_t size) {
  tf_data_reader r;
  tf_data_row row;
  size_t capacity = 0;
  memset(&word_shapes, 0, sizeof word_shapes);
  /* Two passes: count, then fill (the map has a fixed size). */
  for (int pass = 0; pass < 2; pass++) {
    tf_data_open(&r, "language.tsv", tf_data_language);
    while (tf_data_next(&r, &row)) {
      if (row.count != 3) return tf_data_fail(err, size, &r, "expected 3 fields");
      unsigned langs = tf_lang_bits_parse(row.field[0], row.len[0]);
      double weight;
      if (!langs || langs == TF_LANG_ALL)
        return tf_data_fail(err, size, &r, "lang must be one language");
      if (!tf_data_number(row.field[1], row.len[1], &weight) || weight < -100 || weight > 100)
        return tf_data_fail(err, size, &r, "bad weight");
      tf_data_item item;
      for (tf_data_items(&item, row.field[2], row.len[2]); tf_data_item_next(&item);) {
        if (pass == 0) {
          capacity++;
          continue;
        }
        char folded[128];
        uint64_t hash;
        int n = tf_fold_string(item.text, (int)item.len, folded, sizeof folded);
        if (n <= 0 || !tf_key_first_word_hash(folded, &hash))
          return tf_data_fail(err, size, &r, "bad word '%.*s'", (int)item.len, item.text);
        tf_shape_add(&word_shapes, folded, (size_t)n);
        int32_t index;
        if (!tf_word_map_get(&words, hash, &index)) {
          index = (int32_t)word_count++;
          memset(weights[index], 0, sizeof weights[index]);
          tf_word_map_put(&words, hash, index);
        }
        for (int lang = 1; lang <= TF_LANG_COUNT; lang++)
          if (langs & TF_LANG_BIT(lang)) weights[index][lang - 1] += (int)weight;
      }
    }
    if (pass == 0) {
      if (tf_word_map_init(&words, capacity)) return TF_NOMEM;
      weights = tf_malloc((capacity + 1) * sizeof *weights);
      spreads = tf_malloc((capacity + 1) * sizeof *spreads);
      if (!weights || !spreads) return TF_NOMEM;
    }
  }
  for (size_t i = 0; i < word_count; i++) {
    int high = weights[i][0], low = weights[i][0];
    for (int l = 1; l < TF_LANG_COUNT; l++) {
      if (weights[i][l] > high) high = weights[i][l];
      if (weights[i][l] < low) low = weights[i][l];
    }
    spreads[i] = high - low;
  }
  return TF_OK;
}

void tf_lang_teardown(void) {
  tf_word_map_free(&words);
  tf_free(weights);
  tf_free(spreads);
  weights = NULL;
  spreads = NULL;
  word_count = 0;
}

#define SAMPLE (64 * 1024)
#define CONFIDENT 40 /* stop once one language leads by this much */
#define IDEOGRAPH_WEIGHT 1

/* How far the highest score leads the next one. */
static long lead(const long score[TF_LANG_COUNT]) {
  long best = score[0], second = LONG_MIN;
  /* the top two, without branches: second takes the lower of best and the score (the
  ** score itself when it ties best) */
  for (int l = 1; l < TF_LANG_COUNT; l++) {
    long x = score[l], low = x < best ? x : best;
    second = low > second ? low : second;
    best = x > best ? x : best;
  }
  return second == LONG_MIN ? 0 : best - second;
}

/* The scores of s[0..end) per language, stopping once one leads the others by
** limit. A word adds at most its spread to the lead (the best score gains at most its
** highest weight, the second loses at most its lowest): the lead is computed only where
** the sum of the spreads since it was last computed can reach limit. */
static void score_words(const unsigned char *s, size_t end, long limit, long score[TF_LANG_COUNT]) {
  for (int l = 0; l < TF_LANG_COUNT; l++) score[l] = 0;
  long most = 0; /* lead(score) is at most this */
  size_t pos = 0;
  while (pos < end) {
    unsigned char b = s[pos];
    if (b < 0x80 && !((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) {
      pos++;
      continue;
    }
    /* A run of ASCII letters and digits that starts with two letters and ends at an ASCII
    ** byte, with no bit in the filter: no word of the table (one with a digit is none), to
    ** its end without hashing it (else, the paths below) */
    if (b < 0x80 && pos + 1 < end && tf_ascii_letter_fold[s[pos + 1]]) {
      size_t q = tf_ascii_alnum_end(s, end, pos + 2);
      if (q >= end || s[q] < 0x80) {
        if (!tf_shape_may(&word_shapes, s + pos, q - pos)) {
          pos = q;
          continue;
        }
      }
    }
    /* A word of ASCII letters that ends at an ASCII byte other than a digit: hashed here as
    ** tf_scan_word hashes it (else, the whole path below) */
    if (b < 0x80) {
      uint64_t h = TF_WORD_HASH_SEED;
      size_t q = tf_ascii_letters_hash_on(s, end, pos, &h);
      if (q >= end || (s[q] < 0x80 && !(s[q] >= '0' && s[q] <= '9'))) {
        int32_t index;
        if (tf_word_map_get(&words, h, &index)) {
          for (int l = 0; l < TF_LANG_COUNT; l++) score[l] += weights[index][l];
          most += spreads[index];
          if (most >= limit && (most = lead(score)) >= limit) break;
        }
        pos = q;
        continue;
      }
    }
    /* Chinese has no function words between spaces: each ideograph counts (a name in
    ** Chinese inside a French article, "豆包", does not outweigh its French) */
    if (b >= 0xE3 && b <= 0xE9) {
      size_t next;
      int32_t cp = tf_utf8_decode(s, end, pos, &next);
      /* (the block of ideographs is of that class: tf_trie_cjk_fold_agrees) */
      if ((cp >= TF_CJK_FIRST && cp <= TF_CJK_LAST) || tf_char_class(cp) == TF_CC_CJK) {
        score[TF_LANG_ZH - 1] += IDEOGRAPH_WEIGHT;
        most += IDEOGRAPH_WEIGHT;
        if (most >= limit && (most = lead(score)) >= limit) break;
        pos = next;
        continue;
      }
    }
    tf_word_info w;
    size_t next = tf_scan_word(s, end, pos, &w);
    /* a Latin word or a full-width digit glued to Chinese ("Meta正就", "１欧元") ends where
    ** the characters start: they are counted one by one */
    for (size_t q = pos + 1; q < next && w.letters != next - pos; q++) /* (ASCII: none) */
      if (s[q] >= 0xE3 && s[q] <= 0xEF) {
        next = tf_scan_word(s, q, pos, &w);
        if (next <= pos) next = q;
        break;
      }
    int32_t index;
    if (w.letters && w.letters_end == next && tf_word_map_get(&words, w.hash, &index)) {
      for (int l = 0; l < TF_LANG_COUNT; l++) score[l] += weights[index][l];
      most += spreads[index];
      if (most >= limit && (most = lead(score)) >= limit) break;
    }
    pos = next > pos ? next : pos + 1;
  }
}

int tf_lang_detect(const unsigned char *s, size_t len) {
  long score[TF_LANG_COUNT];
  score_words(s, len < SAMPLE ? len : SAMPLE, CONFIDENT, score);
  int best = TF_LANG_EN; /* a tie goes to English */
  for (int lang = 1; lang <= TF_LANG_COUNT; lang++)
    if (score[lang - 1] > score[best - 1]) best = lang;
  return best;
}

long tf_lang_margin(const unsigned char *s, size_t len, int lang) {
  long score[TF_LANG_COUNT];
  score_words(s, len < SAMPLE ? len : SAMPLE, 1L << 30, score);
  long other = 0;
  int first = 1;
  for (int l = 1; l <= TF_LANG_COUNT; l++) {
    if (l == lang) continue;
    if (first || score[l - 1] > other) other = score[l - 1];
    first = 0;
  }
  return score[lang - 1] - other;
}
