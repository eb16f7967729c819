/* tf_lang.c — see tf_lang.h. */
#include "tf_lang.h"
#include "tf_fold.h"
#include "tf_lexicon.h"
#include "tf_utf8.h"
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

int tf_lang_detect(const unsigned char *s, size_t len) {
  const tf_trie *words = tf_lexicon_get()->language_words;
  size_t end = len < SAMPLE ? len : SAMPLE;
  long score = 0;
  int previous_word = 0;
  size_t pos = 0;
  while (pos < end) {
    size_t next;
    int32_t cp = tf_utf8_decode(s, end, pos, &next);
    int cls = tf_char_class(cp);
    int is_word = cls == TF_CC_LETTER || cls == TF_CC_DIGIT;
    if (is_word && !previous_word) {
      tf_trie_hit hits[2];
      int n = tf_trie_match(words, s, end, pos, hits, 2);
      for (int i = n - 1; i >= 0; i--) {
        size_t after = hits[i].end;
        int boundary = 1;
        if (after < end) {
          size_t ignored;
          int c2 = tf_char_class(tf_utf8_decode(s, end, after, &ignored));
          /* "d'" and "l'" end with the apostrophe; other words need a break. */
          boundary = s[after - 1] == '\'' || (c2 != TF_CC_LETTER && c2 != TF_CC_DIGIT);
        }
        if (boundary) {
          score += hits[i].value - 100;
          break;
        }
      }
    }
    previous_word = is_word;
    pos = next;
  }
  return score > 0 ? TF_LANG_FR : TF_LANG_EN;
}
