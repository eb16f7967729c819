/*
** test_core.c — unit tests for the recognisers (no SQLite involved).
** Prints "ok NAME" or "not ok NAME: reason" per check; exits 1 if any failed.
*/
#include "tf_core.h"
#include "tf_currency.h"
#include "tf_document.h"
#include "tf_qualifier.h"
#include "tf_entity.h"
#include "tf_facts.h"
#include "tf_fold.h"
#include "tf_icu_data.h"
#include "tf_lang.h"
#include "tf_money.h"
#include "tf_number.h"
#include "tf_sentence.h"
#include "tf_trie.h"
#include "tf_utf8.h"
#include "tf_wordlist.h"
#include "tf_words.h"
#include "test_report.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static int same(double a, double b) {
  return a == b || fabs(a - b) <= 1e-9 * fmax(fabs(a), fabs(b));
}

static void test_amount(const char *text, int lang, int expect_ok, double expect) {
  double v = 0;
  int ok = tf_parse_amount((const unsigned char *)text, strlen(text), lang, &v);
  char name[160], detail[160];
  snprintf(name, sizeof name, "parse_amount[%s]", text);
  snprintf(detail, sizeof detail, "got ok=%d value=%.17g, want ok=%d value=%.17g", ok, v, expect_ok,
           expect);
  check(ok == expect_ok && (!ok || same(v, expect)), name, detail);
}

/* The first mention of text: its match, amount/low/high, currency, qualifier. */
static void test_money(const char *text, int lang, const char *match, double amount,
                       const char *currency, int qualifier) {
  tf_money_scanner sc;
  tf_money m;
  char name[200], detail[300];
  snprintf(name, sizeof name, "money[%s]", text);
  if (tf_money_scanner_init(&sc, text, strlen(text), lang) != TF_OK) {
    check(0, name, "scanner init failed");
    return;
  }
  int rc = tf_money_next(&sc, &m);
  tf_money_scanner_finish(&sc);
  if (rc != 1) {
    check(!match, name, "no mention found");
    return;
  }
  if (!match) {
    snprintf(detail, sizeof detail, "unexpected mention '%.*s'", (int)(m.end - m.start),
             text + m.start);
    check(0, name, detail);
    return;
  }
  double value = m.has_amount ? m.amount : m.high;
  int ok = strlen(match) == m.end - m.start &&
           memcmp(match, text + m.start, m.end - m.start) == 0 && same(value, amount) &&
           strcmp(currency, m.currency) == 0 && qualifier == m.qualifier;
  snprintf(detail, sizeof detail, "got '%.*s' %.17g %s q=%d", (int)(m.end - m.start),
           text + m.start, value, m.currency, m.qualifier);
  check(ok, name, detail);
}

static int count_mentions(const char *text, size_t len, int lang) {
  tf_money_scanner sc;
  tf_money m;
  int n = 0;
  if (tf_money_scanner_init(&sc, text, len, lang) != TF_OK) return -1;
  while (tf_money_next(&sc, &m) == 1) n++;
  tf_money_scanner_finish(&sc);
  return n;
}

static void test_utf8(void) {
  /* SQLite's stepping: a lead byte takes every continuation after it. */
  const unsigned char text[] = "a\xC3\xA9"
                               "b\x80\x80"
                               "c\xE2\x82\xAC\x80"
                               "d";
  tf_cp_counter c;
  tf_cp_counter_init(&c, text);
  check(tf_cp_advance(&c, 1) == 1, "utf8.count.ascii", "a");
  check(tf_cp_advance(&c, 3) == 2, "utf8.count.two_byte", "é");
  check(tf_cp_advance(&c, 6) == 5, "utf8.count.stray_continuations", "b + two strays");
  check(tf_cp_advance(&c, 11) == 7, "utf8.count.absorbed_continuation", "€ absorbs a stray");
  size_t next;
  check(tf_utf8_decode(text, sizeof text - 1, 1, &next) == 0xE9 && next == 3, "utf8.decode.valid",
        "é");
  check(tf_utf8_decode(text, sizeof text - 1, 7, &next) == TF_INVALID_CP && next == 11,
        "utf8.decode.overlong_run_invalid", "€ followed by a stray is one invalid character");
  const unsigned char overlong[] = "\xC0\xAF";
  check(tf_utf8_decode(overlong, 2, 0, &next) == TF_INVALID_CP, "utf8.decode.overlong", "C0 AF");
  const unsigned char surrogate[] = "\xED\xA0\x80";
  check(tf_utf8_decode(surrogate, 3, 0, &next) == TF_INVALID_CP, "utf8.decode.surrogate",
        "ED A0 80");
}

/* The shortcuts of the money scan must agree with what they stand for. */
static void test_scan_shortcuts(void) {
  int agree = 1;
  for (int32_t cp = TF_CLASS_TABLE_LIMIT; cp < 0x30000 && agree; cp++) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    unsigned char folded[4];
    size_t next;
    int k = tf_fold(cp, folded);
    agree = tf_utf8_decode(folded, (size_t)k, 0, &next) == tf_fold_wide(cp) && next == (size_t)k;
  }
  check(agree, "shortcut.fold_wide", "tf_fold_wide is the code point tf_fold writes");
  const tf_currencies *cur = tf_currencies_get();
  check(tf_currency_ideograph_pair(cur, 0x4EBA, 0x6C11) /* 人民(币) */ &&
          tf_currency_ideograph_pair(cur, 0x7F8E, 0x5143) /* 美元 */ &&
          tf_currency_ideograph_pair(cur, 0x5143, 0x4EBA) /* 元 alone, then anything */,
        "shortcut.ideograph_pairs", "the first two characters of a key are let through");
}

/* Fills text[0, len) with bytes drawn from the string bytes (*seed: the generator's state). */
static void random_bytes(unsigned char *text, size_t len, const char *bytes, unsigned *seed) {
  size_t n = strlen(bytes);
  for (size_t i = 0; i < len; i++) {
    *seed = *seed * 1103515245u + 12345u;
    text[i] = (unsigned char)bytes[(*seed >> 16) % n];
  }
}

/* Does a reading agree with its reference at start of text[0..len)? */
typedef int (*text_agrees)(const unsigned char *text, size_t len, size_t start);

/* Asks agrees at every start of rounds texts of lengths 1..max_len (at most 48), their
** bytes drawn from the string bytes by a generator from seed. 1 when all agree. */
static int agrees_everywhere(const char *bytes, size_t max_len, int rounds, unsigned seed,
                             text_agrees agrees) {
  unsigned char text[48];
  for (int round = 0; round < rounds; round++) {
    size_t len = (size_t)round % max_len + 1;
    random_bytes(text, len, bytes, &seed);
    for (size_t start = 0; start <= len; start++)
      if (!agrees(text, len, start)) return 0;
  }
  return 1;
}

/* tf_ascii_alnum_end_capitals (sixteen bytes at a time) and a byte-by-byte reading of the
** run and its capitals. */
static int alnum_run_agrees(const unsigned char *text, size_t len, size_t start) {
  size_t end = start;
  int want = 0, got = 0;
  for (; end < len &&
         ((unsigned)((text[end] | 0x20) - 'a') < 26u || (unsigned)(text[end] - '0') < 10u);
       end++)
    want |= text[end] >= 'A' && text[end] <= 'Z';
  return tf_ascii_alnum_end_capitals(text, len, start, &got) == end && got == want &&
         tf_ascii_alnum_end(text, len, start) == end;
}

/* tf_ascii_alnum_end_capitals agrees at every start of texts of every length up to 48. */
static void test_alnum_runs(void) {
  /* mostly letters and digits, so that runs of sixteen and more are many */
  check(agrees_everywhere("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789 .\xC3", 48, 400, 1,
                          alnum_run_agrees),
        "words.alnum_runs", "the run's end and its capitals, byte by byte");
}

static int letter_words_scanned; /* words of ASCII letters that letter_hash_agrees scanned */

/* tf_ascii_letters_hash_on and a plain reading of the run of ASCII letters (lower-cased,
** hashed byte by byte), from the seed and from another hash; from the seed, on a word of
** ASCII letters alone, tf_scan_word's hash too. */
static int letter_hash_agrees(const unsigned char *text, size_t len, size_t start) {
  const uint64_t from[2] = {TF_WORD_HASH_SEED, 0x0123456789ABCDEFULL};
  for (int f = 0; f < 2; f++) {
    uint64_t want = from[f], got = from[f];
    size_t end = start;
    for (; end < len &&
           ((text[end] >= 'a' && text[end] <= 'z') || (text[end] >= 'A' && text[end] <= 'Z'));
         end++)
      want = tf_word_hash_byte(want, (unsigned char)(text[end] | 0x20));
    if (tf_ascii_letters_hash_on(text, len, start, &got) != end || got != want) return 0;
    if (f == 0 && end > start) { /* the word alone: the text cut at its end */
      tf_word_info w;
      if (tf_scan_word(text, end, start, &w) != end || w.hash != got) return 0;
      letter_words_scanned++;
    }
  }
  return 1;
}

/* tf_ascii_letters_hash_on agrees at every start of texts of every length up to 40. */
static void test_letter_hashes(void) {
  letter_words_scanned = 0;
  /* letters of both cases, and what stops a run: digits, punctuation, bytes >= 0x80 */
  int agree = agrees_everywhere(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ09 @[`{\xC3\xA9", 40, 2000, 7,
    letter_hash_agrees);
  check(agree && letter_words_scanned > 1000, "words.letter_hashes",
        "the run's end and hash, byte by byte; tf_scan_word's hash");
}

/* tf_word_end, and the end tf_scan_word returns, and a plain reading of the word (ASCII
** letters and digits; characters of more bytes, decoded, of the class of letters or
** ideographs). */
static int word_end_agrees(const unsigned char *text, size_t len, size_t start) {
  size_t end = start, next;
  while (end < len) {
    if (text[end] < 0x80) {
      if (!tf_ascii_alnum_fold[text[end]]) break;
      end++;
      continue;
    }
    int c = tf_char_class(tf_utf8_decode(text, len, end, &next));
    if (c != TF_CC_LETTER && c != TF_CC_CJK) break;
    end = next;
  }
  tf_word_info w;
  return tf_word_end(text, len, start) == end && tf_scan_word(text, len, start, &w) == end;
}

/* tf_word_end agrees at every start of texts of bytes that make accented letters,
** ideographs, digits and broken characters. */
static void test_word_ends(void) {
  check(agrees_everywhere("abZ09 .\xC3\xA9\x89\xD7\xE4\xB8\x80\xE2\x80\x99\xC2\xA0", 24, 20000, 3,
                          word_end_agrees),
        "words.word_end", "the end of the word, character by character");
}

/* tf_pair_next (sixteen pairs at a time) and a byte-by-byte search, for pairs of the bytes
** the texts are drawn from (a pair that repeats, a byte that doubles, one that is rare). */
static int pair_next_agrees(const unsigned char *text, size_t len, size_t start) {
  static const unsigned char pairs[][2] = {{'a', 'b'}, {'b', 'a'}, {'a', 'a'}, {'z', 0xC3}};
  for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
    size_t want = start;
    while (want + 1 < len && !(text[want] == pairs[k][0] && text[want + 1] == pairs[k][1])) want++;
    if (want + 1 >= len) want = len;
    if (tf_pair_next(text, len, start, pairs[k][0], pairs[k][1]) != want) return 0;
  }
  return 1;
}

/* tf_pair_next agrees at every start of texts of every length up to 48. */
static void test_pair_next(void) {
  check(agrees_everywhere("abababbbbbbbbbbbbbbbbbbz\xC3", 48, 2000, 5, pair_next_agrees),
        "words.pair_next", "the first place of a pair of bytes, byte by byte");
}

/* tf_fold_string as a plain reading gives it: each character decoded and folded by tf_fold,
** the spaces it folds to kept once between words; -1 on a broken character, a NUL, or no
** room (out_cap counts the closing NUL). */
static int fold_string_reference(const unsigned char *s, int len, char *out, int out_cap) {
  int n = 0, pending_space = 0;
  for (size_t pos = 0, next; pos < (size_t)len; pos = next) {
    int32_t cp = tf_utf8_decode(s, (size_t)len, pos, &next);
    if (cp == TF_INVALID_CP || cp == 0) return -1;
    unsigned char f[4];
    int k = tf_fold(cp, f);
    if (k == 1 && f[0] == ' ') {
      pending_space = n > 0;
      continue;
    }
    if (pending_space + n + k >= out_cap) return -1;
    if (pending_space) out[n++] = ' ';
    pending_space = 0;
    for (int i = 0; i < k; i++) out[n++] = (char)f[i];
  }
  out[n] = 0;
  return n;
}

/* tf_fold_string and fold_string_reference give the same length and bytes for every
** capacity up to 40, on texts of ASCII of both cases, spaces, accented letters, a
** ligature, ideographs and broken characters, a NUL in some. */
static void test_fold_string(void) {
  static const char bytes[] = "aZ -'\xC3\xA9\xC5\x93\xE4\xB8\x80\xC3\xC2\xA0\x80";
  unsigned char text[24];
  unsigned seed = 11;
  int agree = 1;
  for (int round = 0; round < 3000 && agree; round++) {
    int len = round % (int)sizeof text + 1;
    random_bytes(text, (size_t)len, bytes, &seed);
    if (round % 7 == 0) text[seed % (unsigned)len] = 0; /* a NUL inside, now and then */
    for (int cap = 1; cap <= 40 && agree; cap++) {
      char got[48], want[48];
      int g = tf_fold_string((const char *)text, len, got, cap);
      int w = fold_string_reference(text, len, want, cap);
      agree = g == w && (g < 0 || memcmp(got, want, (size_t)g + 1) == 0);
    }
  }
  check(agree, "fold.string", "the folded bytes and length, character by character");
}

/* tf_line_start agrees with a walk back byte by byte, at every floor and end of random
** texts of line breaks, bytes near '\n' (0x0B, 0x8A: one bit apart), 0xC3 and letters. */
static void test_line_start(void) {
  static const char bytes[] = "\n\x0B\x8A\xC3\t"
                              "abcdefgh ";
  unsigned char text[40];
  unsigned seed = 7;
  int agree = 1;
  for (int round = 0; round < 300 && agree; round++) {
    size_t len = (size_t)round % sizeof text + 1;
    /* no line break in the odd rounds: the eight-byte steps go back to the floor */
    random_bytes(text, len, round % 2 ? bytes + 1 : bytes, &seed);
    for (size_t floor = 0; floor <= len && agree; floor++)
      for (size_t p = floor; p <= len && agree; p++) {
        size_t want = p;
        while (want > floor && text[want - 1] != '\n') want--;
        agree = tf_line_start(text, floor, p) == want;
      }
  }
  check(agree, "words.line_start", "the line's start, byte by byte");
}

static void test_trie(void) {
  tf_trie_builder *b = tf_trie_builder_new();
  tf_trie_builder_add(b, "dollar", 6, 1, NULL);
  tf_trie_builder_add(b, "dollars de hong kong", 20, 2, NULL);
  tf_trie_builder_add(b, "etats-unis", 10, 3, NULL);
  tf_trie *t = tf_trie_build(b);
  tf_trie_hit hits[4];
  const char *text = "DOLLARS  DE Hong\xC2\xA0Kong!";
  int n = tf_trie_match(t, (const unsigned char *)text, strlen(text), 0, hits, 4);
  check(n == 2 && hits[1].value == 2 && hits[1].end == strlen(text) - 1, "trie.fold_and_spaces",
        "case, runs of spaces and U+00A0 fold");
  const char *accent = "\xC3\x89tats-Unis";
  n = tf_trie_match(t, (const unsigned char *)accent, strlen(accent), 0, hits, 4);
  check(n == 1 && hits[0].value == 3, "trie.accents", "États-Unis = etats-unis");
  check(tf_trie_get(t, "dollar", 6) == 1 && tf_trie_get(t, "dolla", 5) == -1, "trie.get", "exact");
  const unsigned char *u = (const unsigned char *)text;
  check(tf_trie_whole(t, u, 0, strlen(text) - 1) == 2 && tf_trie_whole(t, u, 0, 6) == 1 &&
          tf_trie_whole(t, u, 0, 7) == -1 && tf_trie_whole(t, u, 0, 5) == -1 &&
          tf_trie_whole(t, u, 0, 0) == -1,
        "trie.whole", "the key that a text is as a whole, folded");
  /* from a hash of the leading letters, as tf_alias_at_lead gives it: the same answers */
  int same = 1;
  for (size_t end = 0; end <= strlen(text); end++)
    for (size_t from = 0; from <= end && from <= 7; from++) {
      uint64_t h = TF_WORD_HASH_SEED;
      for (size_t i = 0; i < from; i++) h = tf_word_hash_byte(h, (unsigned char)(u[i] | 0x20));
      same &= tf_trie_whole_from(t, u, 0, end, from, h) == tf_trie_whole(t, u, 0, end);
    }
  check(same, "trie.whole_from", "a known hash of the leading letters gives the same key");
  /* and of letters that fold to ASCII ones, as tf_alias_at_lead reads them ("\xC3\x89": 'e') */
  const unsigned char *a = (const unsigned char *)accent;
  uint64_t ha = tf_word_hash_byte(TF_WORD_HASH_SEED, tf_latin_alnum_fold[a[1] & 0x3F]);
  for (size_t i = 2; i < 6; i++) ha = tf_word_hash_byte(ha, a[i]);
  same = tf_latin_alnum_fold[0x09] == 'e' && tf_latin_alnum_fold[0x1F] == 0;
  for (size_t end = 6; end <= strlen(accent); end++)
    same &= tf_trie_whole_from(t, a, 0, end, 6, ha) == tf_trie_whole(t, a, 0, end);
  check(same, "trie.whole_from_latin", "a known hash of folded letters gives the same key");
  tf_trie_free(t);
  /* keys that start with ideographs spread over the block, some alone, some with a second
  ** one: each walk from the first ideograph (its node looked up by rank) finds its own */
  b = tf_trie_builder_new();
  for (int32_t cp = TF_CJK_FIRST, i = 0; cp <= TF_CJK_LAST; cp += 7 + i % 5, i++) {
    char key[7]; /* (tf_utf8_encode writes up to four bytes) */
    tf_utf8_encode(cp, key);
    tf_utf8_encode(cp == TF_CJK_FIRST ? TF_CJK_LAST : cp - 1, key + 3);
    tf_trie_builder_add(b, key, i % 2 ? 3 : 6, cp, NULL);
  }
  t = tf_trie_build(b);
  same = t != NULL;
  for (int32_t cp = TF_CJK_FIRST, i = 0; same && cp <= TF_CJK_LAST; cp += 7 + i % 5, i++) {
    unsigned char key[7];
    tf_utf8_encode(cp, (char *)key);
    tf_utf8_encode(cp == TF_CJK_FIRST ? TF_CJK_LAST : cp - 1, (char *)key + 3);
    n = tf_trie_match(t, key, 6, 0, hits, 4);
    same = n == 1 && hits[0].value == cp && hits[0].end == (i % 2 ? 3u : 6u) &&
           tf_trie_match(t, key, 3, 0, hits, 4) == (i % 2);
    /* and from the ideographs read by the caller */
    tf_trie_hit read[4];
    int32_t cp2 = tf_ideograph_at(key, 6, 3);
    same &= tf_trie_cjk_may_start(tf_trie_cjk_filters(t), cp, cp2) &&
            tf_trie_match_ideograph(t, key, 6, 0, cp, cp2, read, 4) == n &&
            read[0].value == hits[0].value && read[0].end == hits[0].end;
  }
  check(same, "trie.cjk_first", "a key that starts with an ideograph is found from it");
  tf_trie_free(t);
}

static void test_numbers(void) {
  test_amount("5,6 milliards", TF_LANG_AUTO, 1, 5.6e9);
  test_amount("1 200 000", TF_LANG_AUTO, 1, 1200000);
  test_amount("1\xC2\xA0"
              "200\xE2\x80\xAF"
              "000",
              TF_LANG_FR, 1, 1200000);
  test_amount("cent soixante millions", TF_LANG_AUTO, 1, 1.6e8);
  test_amount("half a billion", TF_LANG_AUTO, 1, 5e8);
  test_amount("quatre-vingt-dix-neuf", TF_LANG_FR, 1, 99);
  test_amount("vingt et un", TF_LANG_FR, 1, 21);
  test_amount("deux millions trois cent mille", TF_LANG_FR, 1, 2300000);
  test_amount("un milliard et demi", TF_LANG_FR, 1, 1.5e9);
  test_amount("mille milliards", TF_LANG_FR, 1, 1e12);
  test_amount("1 billion", TF_LANG_FR, 1, 1e12);
  test_amount("1 billion", TF_LANG_EN, 1, 1e9);
  test_amount("three quarters billion", TF_LANG_EN, 1, 7.5e8);
  test_amount("a hundred and five", TF_LANG_EN, 1, 105);
  test_amount("1,200,000.50", TF_LANG_EN, 1, 1200000.5);
  test_amount("125.000,50", TF_LANG_FR, 1, 125000.5);
  test_amount("12,345", TF_LANG_FR, 1, 12.345);
  test_amount("12,345", TF_LANG_EN, 1, 12345);
  test_amount("10.000", TF_LANG_FR, 1, 10000);
  test_amount("12,34,567.89", TF_LANG_EN, 1, 1234567.89);
  test_amount("1'000'000", TF_LANG_FR, 1, 1e6);
  test_amount("5bn", TF_LANG_EN, 1, 5e9);
  test_amount("3 Mds", TF_LANG_FR, 1, 3e9);
  test_amount("10K", TF_LANG_EN, 1, 1e4);
  test_amount("4 crores", TF_LANG_EN, 1, 4e7);
  test_amount("5 m", TF_LANG_EN, 0, 0); /* metres */
  test_amount("millions", TF_LANG_FR, 0, 0);
  test_amount("abc", TF_LANG_EN, 0, 0);
  test_amount("", TF_LANG_EN, 0, 0);
  test_amount("5 dollars", TF_LANG_EN, 0, 0);
}

static void test_money_forms(void) {
  test_money("un plan d\xE2\x80\x99"
             "environ 160 milliards de yuan",
             TF_LANG_FR, "160 milliards de yuan", 1.6e11, "CNY", TF_Q_APPROX);
  test_money("pas moins de 7 milliards de dollars", TF_LANG_FR, "7 milliards de dollars", 7e9,
             "USD", TF_Q_MIN);
  test_money("pouvant atteindre 7 milliards de dollars", TF_LANG_FR, "7 milliards de dollars", 7e9,
             "USD", TF_Q_MAX);
  test_money("Bonus up to \xE2\x82\xAC"
             "3,000 today",
             TF_LANG_FR,
             "\xE2\x82\xAC"
             "3,000",
             3000, "EUR", TF_Q_MAX);
  test_money("raised USD5bn", TF_LANG_EN, "USD5bn", 5e9, "USD", TF_Q_EXACT);
  test_money("costs 5 USD", TF_LANG_EN, "5 USD", 5, "USD", TF_Q_EXACT);
  test_money("cinq millions de yens", TF_LANG_FR, "cinq millions de yens", 5e6, "JPY", TF_Q_EXACT);
  test_money("half a billion dollars", TF_LANG_EN, "half a billion dollars", 5e8, "USD",
             TF_Q_EXACT);
  test_money("HK$ 10.05 billion", TF_LANG_EN, "HK$ 10.05 billion", 1.005e10, "HKD", TF_Q_EXACT);
  test_money("10,05 milliards de $ hk", TF_LANG_FR, "10,05 milliards de $ hk", 1.005e10, "HKD",
             TF_Q_EXACT);
  test_money("5 M\xE2\x82\xAC", TF_LANG_FR, "5 M\xE2\x82\xAC", 5e6, "EUR", TF_Q_EXACT);
  test_money("3 dollars 50 cents", TF_LANG_EN, "3 dollars 50 cents", 3.5, "USD", TF_Q_EXACT);
  test_money("about $5-7 billion", TF_LANG_EN, "$5-7 billion", 7e9, "USD", TF_Q_RANGE);
  test_money("entre 3 et 5 milliards de dollars", TF_LANG_FR, "entre 3 et 5 milliards de dollars",
             5e9, "USD", TF_Q_RANGE);
  test_money("de 10 \xC3\xA0 12 milliards d'euros", TF_LANG_FR,
             "de 10 \xC3\xA0 12 milliards d'euros", 1.2e10, "EUR", TF_Q_RANGE);
  test_money("between $5 billion and $7 billion", TF_LANG_EN, "between $5 billion and $7 billion",
             7e9, "USD", TF_Q_RANGE);
  test_money("20 livres sterling", TF_LANG_FR, "20 livres sterling", 20, "GBP", TF_Q_EXACT);
  test_money("75 MEUR", TF_LANG_EN, "75 MEUR", 7.5e7, "EUR", TF_Q_EXACT);
  /* not money */
  test_money("20 000 puces Nvidia H200", TF_LANG_FR, NULL, 0, "", 0);
  test_money("75 millions d\xE2\x80\x99utilisateurs", TF_LANG_FR, NULL, 0, "", 0);
  test_money("une hausse de 200% en 2025, RTX 5090, 10h30", TF_LANG_FR, NULL, 0, "", 0);
  test_money("ALL 5 solutions are wrong, COP 28", TF_LANG_EN, NULL, 0, "", 0);
  test_money("the dollar rose 1.2% against the euro", TF_LANG_EN, NULL, 0, "", 0);
  test_money("des millions de dollars", TF_LANG_FR, NULL, 0, "", 0);

  /* inheritance: a scale number after money in the same sentence */
  const char *text = "30,8 milliards de dollars, contre 13,5 milliards un an plus t\xC3\xB4t.";
  check(count_mentions(text, strlen(text), TF_LANG_FR) == 2, "money.inherit", "two mentions");
  /* Carried into the next sentence of the paragraph, not into the next paragraph, and
  ** not past a scaled number that counts something. */
  const char *next = "30,8 milliards de dollars. Il vise 13,5 milliards un jour.";
  check(count_mentions(next, strlen(next), TF_LANG_FR) == 2, "money.inherit.next_sentence",
        "two mentions");
  const char *split = "30,8 milliards de dollars.\n\nLa ville compte 2 millions d'habitants, "
                      "contre 1,5 millions un jour.";
  check(count_mentions(split, strlen(split), TF_LANG_FR) == 1, "money.inherit.count_between",
        "one mention");
}

static void test_bad_input(void) {
  /* An invalid byte inside a mention ends it; nothing crashes. */
  const char bad[] = "5 milliards\xFF de dollars et $\xC3 5 et 7\x80 dollars";
  check(count_mentions(bad, sizeof bad - 1, TF_LANG_FR) >= 0, "bad.invalid_utf8", "no crash");
  check(count_mentions("", 0, TF_LANG_AUTO) == 0, "bad.empty", "no mention");
  const char nul[] = "5 dollars\0 7 dollars";
  check(count_mentions(nul, sizeof nul - 1, TF_LANG_EN) == 1, "bad.nul_ends_text", "one mention");
  /* Long runs of digits, separators and symbols stay linear and bounded. */
  size_t n = 1 << 20;
  char *big = malloc(n);
  for (size_t i = 0; i < n; i++) big[i] = "9 ,.$"[i % 5];
  check(count_mentions(big, n, TF_LANG_EN) >= 0, "bad.megabyte_of_digits", "no crash");
  memset(big, '$', n);
  check(count_mentions(big, n, TF_LANG_EN) == 0, "bad.megabyte_of_dollars", "no mention");
  free(big);
}

static void test_lang(void) {
  const char *fr = "Le groupe a annonc\xC3\xA9 des investissements dans les centres de donn\xC3\xA9"
                   "es.";
  const char *en = "The company said it would invest in data centres and chips.";
  check(tf_lang_detect((const unsigned char *)fr, strlen(fr)) == TF_LANG_FR, "lang.fr", fr);
  check(tf_lang_detect((const unsigned char *)en, strlen(en)) == TF_LANG_EN, "lang.en", en);
  check(tf_lang_parse("FR", 2) == TF_LANG_FR && tf_lang_parse("xx", 2) == -1, "lang.parse",
        "FR, xx");
}

static void test_currency_lookup(void) {
  static const char *const cases[][2] = {
    {"yuans", "CNY"},
    {"$US", "USD"},
    {"livres sterling", "GBP"},
    {"HK$", "HKD"},
    {"francs suisses", "CHF"},
    {"\xE2\x82\xAC", "EUR"},
    {"dollars de Hong Kong", "HKD"},
    {"Japanese yen", "JPY"},
    {"roupies indiennes", "INR"},
    {"USD", "USD"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char code[4] = "";
    char name[80];
    snprintf(name, sizeof name, "currency[%s]", cases[i][0]);
    check(tf_currency_lookup(cases[i][0], strlen(cases[i][0]), code) &&
            strcmp(code, cases[i][1]) == 0,
          name, code);
  }
  char code[4];
  check(tf_currency_lookup("peso", 4, code) && strcmp(code, "MXN") == 0, "currency[peso].MXN",
        "bare pesos are Mexican unless the text names another peso's country");
  check(tf_currency_lookup("francs", 6, code) && strcmp(code, "CHF") == 0, "currency[francs].CHF",
        "bare francs are Swiss");
  check(!tf_currency_lookup("widgets", 7, code), "currency[widgets].unknown", "unknown");
}

/* ------------------------------------------------------------------------ */
/* Entities. */

/* The mentions of list (found in text) as "match=name/kind" joined by "; ". */
static void describe_mentions(const tf_entity_list *list, const char *text, char *out, size_t cap) {
  size_t n = 0;
  out[0] = 0;
  for (size_t i = 0; i < list->count && n < cap; i++) {
    const tf_entity_mention *m = &list->items[i];
    n += (size_t)snprintf(out + n, cap - n, "%s%.*s=%s/%s", i ? "; " : "", (int)(m->end - m->start),
                          text + m->start, m->name, tf_entity_kind_name(m->kind));
  }
}

/* The mentions of text as describe_mentions gives them. */
static void entities_of(const tf_entity_set *set, const char *text, int lang, char *out,
                        size_t cap) {
  tf_entity_list list = {0};
  out[0] = 0;
  if (tf_entity_extract(set, (const unsigned char *)text, strlen(text), lang, &list) != 0) {
    snprintf(out, cap, "NOMEM");
    return;
  }
  describe_mentions(&list, text, out, cap);
  tf_entity_list_free(&list);
}

static void test_entities_of(const tf_entity_set *set, const char *text, const char *want) {
  char got[1024], name[200];
  entities_of(set, text, TF_LANG_AUTO, got, sizeof got);
  snprintf(name, sizeof name, "entities[%s]", text);
  char detail[2200];
  snprintf(detail, sizeof detail, "got \"%s\", want \"%s\"", got, want);
  check(strcmp(got, want) == 0, name, detail);
}

static int compare_strings(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void test_entity_data(const tf_entity_set *set) {
  size_t n = tf_entity_set_alias_count(set);
  const char **names = malloc(n * sizeof(*names));
  size_t count = 0, distinct = 0, unfound = 0;
  const char *first_unfound = "";
  for (size_t i = 0; i < n; i++) {
    const char *alias, *name, *code;
    int kind, source;
    tf_entity_set_entry(set, i, &alias, &name, &kind, &code, &source);
    if (kind == TF_KIND_ORG || kind == TF_KIND_PRODUCT) names[count++] = name;
    /* each alias written as it is, then a word, a sign or the end, starts a match
    ** (tf_alias_at's filters let it through: its lead, and how it goes on after it) */
    static const char *const after[] = {" x", ".", "", " 9"};
    for (size_t a = 0; a < sizeof after / sizeof *after; a++) {
      char text[TF_MAX_ALIAS_BYTES + 8];
      size_t end, len = (size_t)snprintf(text, sizeof text, "%s%s", alias, after[a]);
      if (!tf_alias_at(set, (const unsigned char *)text, len, 0, &end) && !unfound++)
        first_unfound = alias;
    }
  }
  char found[TF_MAX_ALIAS_BYTES + 80];
  snprintf(found, sizeof found, "%zu aliases start no match in their own text, as \"%s\"", unfound,
           first_unfound);
  check(unfound == 0, "entities.data.aliases_match_themselves", found);
  qsort(names, count, sizeof(*names), compare_strings);
  for (size_t i = 0; i < count; i++) distinct += i == 0 || strcmp(names[i], names[i - 1]) != 0;
  free(names);
  char detail[120];
  snprintf(detail, sizeof detail, "%zu organisations and products, want >= 1000", distinct);
  check(distinct >= 1000, "entities.data.orgs_and_products", detail);
  snprintf(detail, sizeof detail, "%zu aliases changed name or kind while loading",
           tf_entity_builtin_conflicts());
  check(tf_entity_builtin_conflicts() == 0, "entities.data.no_conflicts", detail);
}

static void test_entities(void) {
  const tf_entity_set *set = tf_entity_builtin();
  if (!set) {
    check(0, "entities.builtin", tf_core_error());
    return;
  }
  check(1, "entities.builtin", "");
  check(tf_trie_ascii_fold_agrees(), "trie.ascii_fold", "the ASCII table differs from tf_fold");
  check(tf_trie_cjk_fold_agrees(), "trie.cjk_fold",
        "an ideograph folds to another character, or is not of class CJK, or has a case");
  { /* (facts' cjk_at reads no character of two bytes) */
    int32_t cp = 0x80;
    while (cp < 0x800 && tf_char_class(cp) != TF_CC_CJK) cp++;
    check(cp == 0x800, "fold.cjk_two_bytes", "a character of two bytes is of class CJK");
  }
  test_entity_data(set);
  /* Layer 1: ICU's countries in three languages, the press forms, one name. */
  test_entities_of(
    set,
    "Etats-Unis, \xC3\x89tats-Unis, ETATS-UNIS, USA, United States, "
    "\xE7\xBE\x8E\xE5\x9B\xBD.",
    "Etats-Unis=United States/place; \xC3\x89tats-Unis=United States/place; "
    "ETATS-UNIS=United States/place; USA=United States/place; "
    "United States=United States/place; \xE7\xBE\x8E\xE5\x9B\xBD=United States/place");
  /* False friends: a common word is no name. */
  test_entities_of(set, "apple pie, m\xC3\xA9ta-analyse, l'amazone, intelligence, us.", "");
  test_entities_of(set, "Apple, Meta, Amazon and Intel.",
                   "Apple=Apple/org; Meta=Meta/org; Amazon=Amazon/org; Intel=Intel/org");
  /* CJK aliases inside CJK text, which has no spaces. */
  test_entities_of(set,
                   "\xE5\xAD\x97\xE8\x8A\x82\xE8\xB7\xB3\xE5\x8A\xA8\xE7\x9A\x84\xE8\xB1\x86"
                   "\xE5\x8C\x85",
                   "\xE5\xAD\x97\xE8\x8A\x82\xE8\xB7\xB3\xE5\x8A\xA8=ByteDance/org; "
                   "\xE8\xB1\x86\xE5\x8C\x85=Doubao/product");
  /* Model numbers join a product; a legal suffix joins an organisation. */
  test_entities_of(set, "les puces Ascend 910B de Huawei Technologies.",
                   "Ascend 910B=Ascend 910B/product; Huawei Technologies=Huawei/org");
  /* Layer 3: guesses, with kinds from cues; a repeated surname keeps one name. */
  test_entities_of(set,
                   "Hier, M. Jean Dupontel a rencontr\xC3\xA9 la soci\xC3\xA9t\xC3\xA9 "
                   "Zorblax. Dupontel a sign\xC3\xA9.",
                   "Jean Dupontel=Jean Dupontel/person; Zorblax=Zorblax/org; "
                   "Dupontel=Jean Dupontel/person");
  test_entities_of(set, "Les ventes de la carte RTX 5090 et de la puce Zorbix Z900 montent.",
                   "RTX 5090=RTX 5090/product; Zorbix Z900=Zorbix Z900/product");
  /* A capitalised first word of a sentence, alone, is no name. */
  test_entities_of(set, "Pourtant rien. Demain aussi. Quelquefois, Zorblax Holdings vend.",
                   "Zorblax Holdings=Zorblax Holdings/org");

  /* Layer 2: a user set on top of the built-ins adds and overrides. */
  tf_entity_builder *b = tf_entity_builder_new();
  int rc = tf_entity_builder_add_set(b, set);
  rc |= tf_entity_builder_add(b, "Zorblax", 7, "Zorblax Corp", 12, TF_KIND_ORG, NULL,
                              TF_SOURCE_DICTIONARY);
  rc |= tf_entity_builder_add(b, "Apple", 5, "Apple", 5, TF_KIND_IGNORE, NULL,
                              TF_SOURCE_DICTIONARY);
  check(tf_entity_builder_add(b, "  ", 2, "x", 1, TF_KIND_ORG, NULL, TF_SOURCE_DICTIONARY) ==
          TF_BAD_INPUT,
        "entities.user.blank_alias", "a blank alias is refused");
  check(tf_entity_builder_add(b, "\xFF", 1, "x", 1, TF_KIND_ORG, NULL, TF_SOURCE_DICTIONARY) ==
          TF_BAD_INPUT,
        "entities.user.invalid_alias", "invalid UTF-8 is refused");
  tf_entity_set *user = tf_entity_build(b);
  check(rc == 0 && user != NULL, "entities.user.build", "");
  if (user) {
    test_entities_of(user, "Zorblax and Apple in France.",
                     "Zorblax=Zorblax Corp/org; France=France/place");
    tf_entity_set_free(user);
  }

  /* A product that absorbs a model number is one mention: the scan goes on after
  ** the number (found by fuzzing: "o3 o3" gave "o3 o3" and then "o3" again). */
  test_entities_of(set, "Le mod\xC3\xA8le o3 o3.", "o3 o3=o3 o3/product");

  /* Bad input: invalid bytes, NUL, a long text without spaces. */
  const char bad[] = "Huawei\xFF Huawei \xC3 Nvidia\x80 \xE5\xAD\x97\xE8";
  tf_entity_list list = {0};
  check(tf_entity_extract(set, (const unsigned char *)bad, sizeof bad - 1, TF_LANG_AUTO, &list) ==
          0,
        "entities.bad.invalid_utf8", "no crash");
  tf_entity_list_free(&list);
  size_t n = 1 << 20;
  unsigned char *big = malloc(n);
  for (size_t i = 0; i < n; i++) big[i] = (unsigned char)"Ab C"[i % 4];
  check(tf_entity_extract(set, big, n, TF_LANG_EN, &list) == 0, "entities.bad.megabyte",
        "no crash");
  tf_entity_list_free(&list);
  free(big);
}

/* Scans the French text (ranges NULL: the whole of it) without a memo and with memo:
** both must find the same mentions. */
static void check_memo_scan(const tf_entity_set *set, const char *text, const size_t (*ranges)[2],
                            size_t range_count, tf_entity_memo *memo, const char *name) {
  const unsigned char *s = (const unsigned char *)text;
  size_t len = strlen(text);
  tf_entity_list plain = {0}, with = {0};
  char want[512], got[512];
  tf_entity_extract_ranges_memo(set, s, len, TF_LANG_FR, TF_LANG_FR, ranges, range_count, NULL,
                                &plain);
  describe_mentions(&plain, text, want, sizeof want);
  tf_entity_extract_ranges_memo(set, s, len, TF_LANG_FR, TF_LANG_FR, ranges, range_count, memo,
                                &with);
  describe_mentions(&with, text, got, sizeof got);
  check(strcmp(got, want) == 0 && plain.count > 0, name, got);
  tf_entity_list_free(&plain);
  tf_entity_list_free(&with);
}

/* A memo passed from scan to scan of one text changes no mention: a scan of some ranges,
** then of the whole text, find what they find without it; and a memo cleared for another
** text at the same address and of the same length reads nothing of the first. */
static void test_entity_memo(void) {
  const tf_entity_set *set = tf_entity_builtin();
  tf_entity_memo *memo = tf_entity_memo_new();
  if (!set || !memo) {
    check(0, "entities.memo.new", "no memory");
    return;
  }
  char text[] = "Airbus a vendu des avions. Huawei et Nvidia ont vendu des puces a Lyon.";
  const char other[] = "Airbus a vendu des avions. Martin et Durand ont vendu des puces a Caen.";
  const size_t ranges[1][2] = {{27, sizeof text - 1}};
  check_memo_scan(set, text, ranges, 1, memo, "entities.memo.first_scan");
  check_memo_scan(set, text, NULL, 0, memo, "entities.memo.second_scan");
  /* another text in the same buffer: other words where the names were */
  _Static_assert(sizeof other == sizeof text, "the same length");
  memcpy(text, other, sizeof text);
  tf_entity_memo_clear(memo);
  check_memo_scan(set, text, NULL, 0, memo, "entities.memo.cleared");
  tf_entity_memo_free(memo);
}

/* ------------------------------------------------------------------------ */
/* Sentences, language scores, facts. */

/* text with control characters written as \n, \r, \t, \xHH: one output line. */
static void escape(const char *text, size_t len, char *out, size_t cap) {
  size_t n = 0;
  for (size_t i = 0; i < len && n + 5 < cap; i++) {
    unsigned char c = (unsigned char)text[i];
    if (c == '\n') n += (size_t)snprintf(out + n, cap - n, "\\n");
    else if (c == '\r') n += (size_t)snprintf(out + n, cap - n, "\\r");
    else if (c == '\t') n += (size_t)snprintf(out + n, cap - n, "\\t");
    else if (c < 0x20) n += (size_t)snprintf(out + n, cap - n, "\\x%02X", c);
    else out[n++] = (char)c;
  }
  out[n] = 0;
}

/* The sentences of text as their spans joined by "|"; returns their count. */
static int sentences_of(const char *text, int lang, char *out, size_t cap) {
  tf_sentence_scanner sc;
  size_t start, end, n = 0;
  int count = 0;
  out[0] = 0;
  tf_sentence_start(&sc, (const unsigned char *)text, strlen(text), lang);
  while (n < cap && tf_sentence_next(&sc, &start, &end)) {
    if (end < start)
      n += (size_t)snprintf(out + n, cap - n, "%s<%zu>%zu", count ? "|" : "", start, end);
    else
      n += (size_t)snprintf(out + n, cap - n, "%s%.*s", count ? "|" : "", (int)(end - start),
                            text + start);
    count++;
  }
  return count;
}

static void test_sentences_of(const char *text, int lang, const char *want) {
  char got[1024], name[300], detail[2400], e_text[256], e_got[1024], e_want[1024];
  sentences_of(text, lang, got, sizeof got);
  escape(text, strlen(text), e_text, sizeof e_text);
  escape(got, strlen(got), e_got, sizeof e_got);
  escape(want, strlen(want), e_want, sizeof e_want);
  snprintf(name, sizeof name, "sentences[%s/%s]", e_text, tf_lang_name(lang));
  snprintf(detail, sizeof detail, "got \"%s\", want \"%s\"", e_got, e_want);
  check(strcmp(got, want) == 0, name, detail);
}

static void test_abbreviation(const char *word, int langs, int want) {
  char name[120], detail[80];
  size_t dot = strlen(word) - 1; /* word ends with its '.' */
  int got = tf_sentence_abbreviation((const unsigned char *)word, 0, dot, langs);
  snprintf(name, sizeof name, "sentences.abbreviation[%s/%s]", word,
           langs == TF_LANG_BIT(TF_LANG_FR)   ? "fr"
           : langs == TF_LANG_BIT(TF_LANG_EN) ? "en"
                                              : "fr+en");
  snprintf(detail, sizeof detail, "got %d, want %d", got, want);
  check(got == want, name, detail);
}

static void test_sentences(void) {
  /* French abbreviations hold in French and in AUTO (both lists), not in English. */
  const char *fr = "M. Dupont est arriv\xC3\xA9. Mme Durand aussi. Le 5 janv. 2026 il part.";
  const char *fr_want = "M. Dupont est arriv\xC3\xA9.|Mme Durand aussi.|Le 5 janv. 2026 il part.";
  test_sentences_of(fr, TF_LANG_FR, fr_want);
  test_sentences_of(fr, TF_LANG_AUTO, fr_want);
  test_sentences_of(fr, TF_LANG_EN,
                    "M. Dupont est arriv\xC3\xA9.|Mme Durand aussi.|Le 5 janv.|2026 il part.");
  /* English ones likewise; "Inc." is in both; "3.5" never breaks. */
  const char *en = "Mr. Smith agreed. Acme Inc. Then it grew 3.5 percent.";
  test_sentences_of(en, TF_LANG_EN, "Mr. Smith agreed.|Acme Inc. Then it grew 3.5 percent.");
  test_sentences_of(en, TF_LANG_AUTO, "Mr. Smith agreed.|Acme Inc. Then it grew 3.5 percent.");
  test_sentences_of(en, TF_LANG_FR, "Mr.|Smith agreed.|Acme Inc. Then it grew 3.5 percent.");
  /* Initials, lower case after a full stop, list numbers. */
  test_sentences_of("J. K. Rowling wrote it. See e.g. the data. It ends.", TF_LANG_EN,
                    "J. K. Rowling wrote it.|See e.g. the data.|It ends.");
  test_sentences_of("1. Introduction\n2. Methods", TF_LANG_EN, "1. Introduction|2. Methods");
  test_sentences_of("123. Trois\n1234. Quatre (x). Cinq", TF_LANG_FR,
                    "123. Trois|1234.|Quatre (x).|Cinq");
  test_sentences_of("Le site 01.ai ouvre. Il part.", TF_LANG_FR, "Le site 01.ai ouvre.|Il part.");
  /* "?" and "!" end a sentence unless lower case follows. */
  test_sentences_of("Vraiment ? dit-il. Oui ! Non ? Peut-\xC3\xAAtre.", TF_LANG_FR,
                    "Vraiment ? dit-il.|Oui !|Non ?|Peut-\xC3\xAAtre.");
  test_sentences_of("Why? Because. Wow! It works?! Yes.", TF_LANG_EN,
                    "Why?|Because.|Wow!|It works?!|Yes.");
  /* CJK full stops end a sentence without a space. */
  test_sentences_of("\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82\xE5\x86\x8D\xE8\xA7\x81\xE3\x80\x82",
                    TF_LANG_AUTO,
                    "\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82|\xE5\x86\x8D\xE8\xA7\x81\xE3\x80\x82");
  /* Full-width commas and brackets go on; full-width stops end, with their closers. */
  test_sentences_of("\xE4\xBD\xA0\xEF\xBC\x8C\xE5\xA5\xBD\xEF\xBC\x81\xE3\x80\x8D\xE5\x86\x8D"
                    "\xEF\xBC\x88\xE8\xA7\x81\xEF\xBC\x89\xEF\xBC\x8E\xE5\xAE\x8C\xEF\xBD\xA1"
                    "\xE6\x9C\xAB",
                    TF_LANG_ZH,
                    "\xE4\xBD\xA0\xEF\xBC\x8C\xE5\xA5\xBD\xEF\xBC\x81\xE3\x80\x8D|\xE5\x86\x8D"
                    "\xEF\xBC\x88\xE8\xA7\x81\xEF\xBC\x89\xEF\xBC\x8E|\xE5\xAE\x8C\xEF\xBD\xA1|"
                    "\xE6\x9C\xAB");
  /* Line breaks: headlines, blank lines, hard-wrapped lines, CRLF, trailing spaces. */
  test_sentences_of("Titre\n\nPremier paragraphe.\nUne ligne coup\xC3\xA9"
                    "e\nen deux.\n"
                    "Autre ligne\r\nFin.   \n",
                    TF_LANG_FR,
                    "Titre|Premier paragraphe.|Une ligne coup\xC3\xA9"
                    "e\nen deux.|Autre ligne|Fin.");
  test_sentences_of("Un.\r\nDeux.\r\n", TF_LANG_FR, "Un.|Deux.");
  test_sentences_of("Headline\nBody text here.", TF_LANG_EN, "Headline|Body text here.");
  test_sentences_of("  \t Un deux.  \t ", TF_LANG_FR, "Un deux.");
  /* Blank text has no sentence. */
  char got[64];
  check(sentences_of("", TF_LANG_AUTO, got, sizeof got) == 0, "sentences.empty", got);
  check(sentences_of("   \n\t\r\n  \xC2\xA0 ", TF_LANG_FR, got, sizeof got) == 0,
        "sentences.all_space", got);

  /* The abbreviation test itself. */
  test_abbreviation("Mme.", TF_LANG_BIT(TF_LANG_FR), 1);
  test_abbreviation("Mme.", TF_LANG_BIT(TF_LANG_EN), 0);
  test_abbreviation("janv.", TF_LANG_BIT(TF_LANG_FR), 1);
  test_abbreviation("janv.", TF_LANG_BIT(TF_LANG_EN), 0);
  test_abbreviation("Mr.", TF_LANG_BIT(TF_LANG_EN), 1);
  test_abbreviation("Mr.", TF_LANG_BIT(TF_LANG_FR), 0);
  test_abbreviation("Inc.", TF_LANG_BIT(TF_LANG_FR), 1);
  test_abbreviation("Inc.", TF_LANG_BIT(TF_LANG_EN), 1);
  test_abbreviation("J.", TF_LANG_BIT(TF_LANG_EN), 1);
  test_abbreviation("Me.", TF_LANG_BIT(TF_LANG_FR), 1);
  test_abbreviation("me.", TF_LANG_BIT(TF_LANG_FR), 0); /* "Me" needs its capital */
  test_abbreviation("5M.", TF_LANG_BIT(TF_LANG_FR) | TF_LANG_BIT(TF_LANG_EN), 0);
  test_abbreviation("bonjour.", TF_LANG_BIT(TF_LANG_FR) | TF_LANG_BIT(TF_LANG_EN), 0);
  test_abbreviation("12.", TF_LANG_BIT(TF_LANG_EN), 1); /* a list number at the start */
  /* In French: accented letters (decoded inline), initials of one letter, words longer than
  ** every abbreviation, another language's abbreviation. */
  static const struct {
    const char *word;
    int want;
  } accented[] = {{"St\xC3\xA9.", 1},
                  {"f\xC3\xA9v.", 1},
                  {"\xC3\x89ts.", 1},
                  {"\xC3\x89.", 1},
                  {"x.", 1},
                  {"soci\xC3\xA9t\xC3\xA9.", 0},
                  {"pr\xC3\xA9sidentielle.", 0},
                  {"Dott.", 0}};
  for (size_t i = 0; i < sizeof accented / sizeof *accented; i++)
    test_abbreviation(accented[i].word, TF_LANG_BIT(TF_LANG_FR), accented[i].want);
  /* Every letter below TF_LATIN_LIMIT folds to one letter or more, as the abbreviation
  ** test's bound on the length of such words assumes. */
  int unfolded = 0;
  for (int cp = 0; cp < TF_LATIN_LIMIT; cp++)
    unfolded += tf_class_table[cp] == TF_CC_LETTER && tf_latin_fold_len[cp] < 1;
  check(unfolded == 0, "sentences.latin_letters_fold_to_letters", "a letter folds to nothing");
  /* Characters of three bytes that neither break nor end a sentence ("’", "—") are passed
  ** over; those that do ("…", U+2028, "。") are not. */
  test_sentences_of(
    "L\xE2\x80\x99homme \xE2\x80\x94 vient. \xC2\xAB Oui \xC2\xBB. Fin\xE2\x80\xA6 Non"
    "\xE2\x80\xA8"
    "Deux\xE3\x80\x82Trois\xC2\x85Quatre",
    TF_LANG_FR,
    "L\xE2\x80\x99homme \xE2\x80\x94 vient.|\xC2\xAB Oui \xC2\xBB.|Fin\xE2\x80\xA6|"
    "Non|Deux\xE3\x80\x82|Trois|Quatre");

  /* The skip over plain bytes: each vector path (AVX2 where the processor has it, SSE2)
  ** stops where the byte table says, for every byte value at every offset. */
  char paths[48];
  snprintf(paths, sizeof paths, "%d vector path(s) checked", tf_sentence_skip_paths());
  check(tf_sentence_skip_selftest() == 0, "sentences.skip_paths_agree", paths);
}

static void test_lang_score(void) {
  const char *fr = "Le groupe a annonc\xC3\xA9 qu'il va investir dans les centres de donn\xC3\xA9"
                   "es.";
  const char *en = "The company said that it would invest in the data centres of the group.";
  long sf = tf_lang_margin((const unsigned char *)fr, strlen(fr), TF_LANG_FR);
  long se = tf_lang_margin((const unsigned char *)en, strlen(en), TF_LANG_FR);
  char detail[80];
  snprintf(detail, sizeof detail, "score %ld", sf);
  check(sf > 0, "lang_score.fr_positive", detail);
  snprintf(detail, sizeof detail, "score %ld", se);
  check(se < 0, "lang_score.en_negative", detail);
  long se2 = tf_lang_margin((const unsigned char *)en, strlen(en), TF_LANG_EN);
  snprintf(detail, sizeof detail, "margin %ld", se2);
  /* English leads; by no more than over French (the other languages score too) */
  check(se2 > 0 && se2 <= -se, "lang_score.en_margin_within_fr_mirror", detail);
  long empty = tf_lang_margin((const unsigned char *)"", 0, TF_LANG_FR);
  snprintf(detail, sizeof detail, "score %ld", empty);
  check(empty == 0, "lang_score.empty", detail);
  long none = tf_lang_margin((const unsigned char *)"12345 !!!", 9, TF_LANG_FR);
  snprintf(detail, sizeof detail, "score %ld", none);
  check(none == 0, "lang_score.no_words", detail);
}

/* The facts of text as "match=entity/year/grp@sentence" joined by "; " (entity
** "-" when none); returns the count, or -1 on failure. */
static int facts_of(const tf_entity_set *set, const char *text, int lang, char *out, size_t cap) {
  tf_fact_list list = {0};
  out[0] = 0;
  if (tf_facts_extract(set, (const unsigned char *)text, strlen(text), lang, &list) != TF_OK) {
    snprintf(out, cap, "NOMEM");
    return -1;
  }
  size_t n = 0;
  for (size_t i = 0; i < list.count && n < cap; i++) {
    const tf_fact *f = &list.items[i];
    /* (entity is entity_len bytes: a name of the list, or a form inside the text) */
    n += (size_t)snprintf(out + n, cap - n, "%s%.*s=%.*s/%d/%d@%zu", i ? "; " : "",
                          (int)(f->money.end - f->money.start), text + f->money.start,
                          f->entity ? (int)f->entity_len : 1, f->entity ? f->entity : "-", f->year,
                          f->grp, f->sentence);
  }
  int count = (int)list.count;
  tf_fact_list_free(&list);
  return count;
}

static void test_facts_of(const tf_entity_set *set, const char *text, int lang, const char *want) {
  char got[1024], name[300], detail[2200];
  int count = facts_of(set, text, lang, got, sizeof got);
  snprintf(name, sizeof name, "facts[%s]", text);
  snprintf(detail, sizeof detail, "got \"%s\", want \"%s\"", got, want);
  check(strcmp(got, want) == 0, name, detail);
  int mentions = count_mentions(text, strlen(text), lang);
  snprintf(name, sizeof name, "facts.count[%s]", text);
  snprintf(detail, sizeof detail, "%d facts, %d money mentions", count, mentions);
  check(count == mentions && count > 0, name, detail);
}

static void test_facts(void) {
  const tf_entity_set *set = tf_entity_builtin();
  if (!set) {
    check(0, "facts.builtin", tf_core_error());
    return;
  }
  /* The spender, with its fiscal year. */
  test_facts_of(set, "Microsoft plans to spend $80 billion in fiscal 2025.", TF_LANG_EN,
                "$80 billion=Microsoft/2025/0@0");
  /* A source reports, it does not spend: "selon Reuters". */
  test_facts_of(set, "Selon Reuters, ByteDance va investir 5 milliards de dollars.", TF_LANG_FR,
                "5 milliards de dollars=ByteDance/0/0@0");
  test_facts_of(set, "Selon Reuters, le groupe va investir 5 milliards de dollars.", TF_LANG_FR,
                "5 milliards de dollars=-/0/0@0");
  /* A supplier is paid, it does not spend. */
  test_facts_of(set, "ByteDance a command\xC3\xA9 des puces Nvidia pour 2 milliards de dollars.",
                TF_LANG_FR, "2 milliards de dollars=ByteDance/0/0@0");
  test_facts_of(set, "ByteDance ordered Nvidia chips for $2 billion.", TF_LANG_EN,
                "$2 billion=ByteDance/0/0@0");
  /* Years: the nearest with a cue, each amount its own. */
  test_facts_of(set, "Microsoft will spend $80 billion in 2025, up from $50 billion in 2024.",
                TF_LANG_EN, "$80 billion=Microsoft/2025/0@0; $50 billion=Microsoft/2024/0@0");
  /* Groups: one amount in two currencies, sharing entity and year; numbered 1, 2. */
  test_facts_of(set,
                "ByteDance pr\xC3\xA9voit de d\xC3\xA9penser 160 milliards de yuans (environ 23 "
                "milliards de dollars) en 2026.",
                TF_LANG_FR,
                "160 milliards de yuans=ByteDance/2026/1@0; "
                "23 milliards de dollars=ByteDance/2026/1@0");
  test_facts_of(set,
                "Alibaba will invest 380 billion yuan ($53 billion) in 2026. Tencent will spend "
                "100 billion yuan ($14 billion).",
                TF_LANG_AUTO,
                "380 billion yuan=Alibaba/2026/1@0; $53 billion=Alibaba/2026/1@0; "
                "100 billion yuan=Tencent/0/2@1; $14 billion=Tencent/0/2@1");
  /* Sentence indexes and bounds. */
  const char *two = "Il a pay\xC3\xA9 5 dollars. Il a pay\xC3\xA9 6 euros.";
  tf_fact_list list = {0};
  int rc = tf_facts_extract(set, (const unsigned char *)two, strlen(two), TF_LANG_FR, &list);
  check(rc == TF_OK && list.count == 2 && list.items[0].sentence == 0 &&
          list.items[0].sentence_start == 0 && list.items[0].sentence_end == 21 &&
          list.items[1].sentence == 1 && list.items[1].sentence_start == 22 &&
          list.items[1].sentence_end == strlen(two),
        "facts.sentence_bounds", two);
  tf_fact_list_free(&list);
  /* No money: no facts, and no entity extraction (though France is a name). */
  const char *none = "Le march\xC3\xA9 progresse fortement en France cette ann\xC3\xA9"
                     "e.";
  tf_entity_list ents = {0};
  tf_entity_extract(set, (const unsigned char *)none, strlen(none), TF_LANG_FR, &ents);
  rc = tf_facts_extract(set, (const unsigned char *)none, strlen(none), TF_LANG_FR, &list);
  check(ents.count > 0 && rc == TF_OK && list.count == 0 && list.entities.count == 0,
        "facts.no_money", none);
  tf_entity_list_free(&ents);
  tf_fact_list_free(&list);
}

/* One article's rows: facts and entities merged in text order, code points,
** sentence indexes. */
static void test_document(void) {
  const tf_entity_set *set = tf_entity_builtin();
  /* "é" is two bytes, one character: offsets after it differ from bytes. */
  const char *text = "L'\xC3\xA9t\xC3\xA9 dernier, ByteDance a investi 5 milliards de dollars. "
                     "Huawei suit.";
  tf_document d = {0};
  int rc = tf_document_extract(&d, set, text, TF_LANG_FR);
  char got[512] = "";
  size_t n = 0;
  for (size_t i = 0; rc == TF_OK && i < d.count && n < sizeof got; i++) {
    const tf_document_row *r = &d.rows[i];
    const char *what = r->is_money ? d.facts.items[r->index].entity
                                   : d.entities.items[r->index].name;
    size_t what_len = r->is_money ? d.facts.items[r->index].entity_len
                                  : d.entities.items[r->index].name_len;
    n += (size_t)snprintf(got + n, sizeof got - n, "%s%s:%.*s@%lld-%lld/s%lld", i ? "; " : "",
                          r->is_money ? "money" : "entity", what ? (int)what_len : 1,
                          what ? what : "-", (long long)r->start, (long long)r->end,
                          (long long)r->sentence);
  }
  const char *want = "entity:ByteDance@15-24/s0; money:ByteDance@35-57/s0; entity:Huawei@59-65/s1";
  char detail[1200];
  snprintf(detail, sizeof detail, "got \"%s\", want \"%s\"", got, want);
  check(rc == TF_OK && strcmp(got, want) == 0, "document.rows", detail);
  /* Reused: the same rows; a NUL ends the text. */
  rc = tf_document_extract(&d, set, "Rien.\0 5 milliards de dollars", TF_LANG_FR);
  check(rc == TF_OK && d.count == 0, "document.reused_and_nul", "a text ends at its first NUL");
  tf_document_free(&d);
  check(d.rows == NULL && d.count == 0, "document.free", "");
}

/* The word lists of Debian's dictionaries (tf_wordlist.h): nouns, compounds, names. */
static void test_wordlists(void) {
  static const struct {
    const char *word;
    int noun;
  } nouns[] = {
    {"Umsatz", 1},
    {"Übernahme", 1},
    {"Rechenzentrumsbereich", 1},
    {"KI-Boom", 1},
    {"Gaming-Geschäft", 1},
    {"Microsoft", 0},
    {"Siemens", 0},
    {"Kelvora", 0},
    {"AG", 0},
    {"umsatz", 0},
    {"", 0},
    {"-", 0},
  };
  for (size_t i = 0; i < sizeof nouns / sizeof nouns[0]; i++) {
    const unsigned char *w = (const unsigned char *)nouns[i].word;
    char name[80];
    snprintf(name, sizeof name, "wordlist.noun_de[%s]", nouns[i].word);
    check(tf_noun_de(w, 0, strlen(nouns[i].word)) == nouns[i].noun, name,
          nouns[i].noun ? "want a noun" : "want no noun");
  }
  static const struct {
    int lang;
    const char *word;
    int common;
  } lower[] = {
    {TF_LANG_ES, "Gobierno", 1},   {TF_LANG_IT, "Paese", 1},        {TF_LANG_PT, "Tecnologia", 1},
    {TF_LANG_DE, "Künstliche", 1}, {TF_LANG_DE, "Gaming", 1},       {TF_LANG_ES, "Toledo", 0},
    {TF_LANG_PT, "Pedro", 0},      {TF_LANG_FR, "Gouvernement", 0}, {TF_LANG_ES, "GOBIERNO", 0},
    {TF_LANG_ES, "Éxito", 1},
  };
  for (size_t i = 0; i < sizeof lower / sizeof lower[0]; i++) {
    const unsigned char *w = (const unsigned char *)lower[i].word;
    char name[80];
    snprintf(name, sizeof name, "wordlist.lower[%s]", lower[i].word);
    check(tf_lower_word(lower[i].lang, w, 0, strlen(lower[i].word)) == lower[i].common, name,
          lower[i].common ? "want a common word" : "want none");
  }
  /* the first and last words of a list (wspanish: "aarónica", "úvula"), and beyond them */
  static const struct {
    const char *word;
    int listed;
  } edges[] = {{"aarónica", 1}, {"úvula", 1}, {"aaa", 0}, {"úvulaz", 0}, {"a", 0}};
  for (size_t i = 0; i < sizeof edges / sizeof edges[0]; i++) {
    char name[80];
    snprintf(name, sizeof name, "wordlist.edges[%s]", edges[i].word);
    check(tf_wordlist_has(TF_LIST_WORDS_ES, (const unsigned char *)edges[i].word,
                          strlen(edges[i].word)) == edges[i].listed,
          name, edges[i].listed ? "want listed" : "want not listed");
  }
}

int main(void) {
  if (tf_core_init() != TF_OK) {
    printf("not ok core_init: %s\n", tf_core_error());
    return 1;
  }
  check(1, "core_init", "");
  test_utf8();
  test_trie();
  test_alnum_runs();
  test_line_start();
  test_pair_next();
  test_fold_string();
  test_letter_hashes();
  test_word_ends();
  test_scan_shortcuts();
  test_numbers();
  test_money_forms();
  test_bad_input();
  test_lang();
  test_currency_lookup();
  test_wordlists();
  test_entities();
  test_entity_memo();
  test_sentences();
  test_lang_score();
  test_facts();
  test_document();
  return failed ? 1 : 0;
}
