/* tf_lang.c — see tf_lang.h. */
#include "tf_lang.h"
#include "tf_fold.h"
#include "tf_lexicon.h"
#include "tf_utf8.h"
#include "tf_words.h"
#include <strings.h>

int tf_lang_parse(const char *name, size_t len) {
  if (len == 4 && strncasecmp(name, "auto", 4) == 0) return TF_LANG_AUTO;
  if (len == 2 && strncasecmp(name, "fr", 2) == 0) return TF_LANG_FR;
  if (len == 2 && strncasecmp(name, "en", 2) == 0) return TF_LANG_EN;
  return -1;
}

const char *tf_lang_name(int lang) {
  return lang == TF_LANG_FR ? "fr" : lang == TF_LANG_EN ? "en" : "auto";
}

#define SAMPLE (64 * 1024)
#define CONFIDENT 40 /* stop once the score says this much */

/* The score of s[0..end), stopping once it passes +-limit. */
static long score_words(const unsigned char *s, size_t end, long limit) {
  const tf_word_map *words = &tf_lexicon_get()->language_words;
  long score = 0;
  size_t pos = 0;
  while (pos < end && score < limit && score > -limit) {
    unsigned char b = s[pos];
    if (b < 0x80 && !((b | 0x20) >= 'a' && (b | 0x20) <= 'z')) {
      pos++;
      continue;
    }
    tf_word_info w;
    size_t next = tf_scan_word(s, end, pos, &w);
    int32_t weight;
    if (w.letters && w.letters_end == next && tf_word_map_get(words, w.hash, &weight))
      score += weight;
    pos = next > pos ? next : pos + 1;
  }
  return score;
}

int tf_lang_detect(const unsigned char *s, size_t len) {
  return score_words(s, len < SAMPLE ? len : SAMPLE, CONFIDENT) > 0 ? TF_LANG_FR : TF_LANG_EN;
}

long tf_lang_score(const unsigned char *s, size_t len) {
  return score_words(s, len < SAMPLE ? len : SAMPLE, 1L << 30);
}
