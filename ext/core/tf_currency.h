/*
** tf_currency.h — the currencies the money recogniser knows, built once per
** process by tf_core_init():
**
**  - ISO 4217 codes; names, plural names and symbols as ICU knows them for English
**    and French (ucurr_getName, ucurr_getPluralName, asked at build time:
**    tf_icu_data.h), and the head noun of those names where it names one currency
**    only ("ringgit", "shekels");
**  - the press forms ICU lacks ("yuans", "RMB", "dollars US", "$ hk") and the
**    press's choices, from ext/data/currencies.tsv;
**  - minor units (cents, pence, centimes), kept apart: not money on their own.
**
** Keys are folded (tf_fold.h). Where names clash (bare "$", "dollar", "livre"),
** the press convention decides (USD, GBP, …); where none exists ("franc",
** "peso", "dinar"), the name is marked ambiguous and is not money alone.
*/
#ifndef TF_CURRENCY_H
#define TF_CURRENCY_H
#include "tf_trie.h"
#include "tf_words.h"
#include <stddef.h>
#include <stdint.h>

enum tf_currency_kind {
  TF_CUR_SYMBOL = 1, /* "$", "€", "US$", "$US", "HK$": attaches to the number */
  TF_CUR_CODE,       /* "USD": an ISO 4217 code */
  TF_CUR_NAME,       /* "dollars", "livres sterling": a word or words */
  TF_CUR_MINOR       /* "cents", "pence": a minor unit */
};

/* flags of a currency entry */
#define TF_CF_POSTFIX_ONLY 0x01 /* a name that never precedes its number ("won") */
#define TF_CF_LOWER_OK 0x02     /* a code also recognised in lower case ("usd") */
#define TF_CF_NEVER_BARE 0x04   /* a code that is more often a word (ALL, COP, PHP) */
#define TF_CF_GENERIC 0x08      /* bare "$" or "dollar": a country may qualify it */
#define TF_CF_AMBIGUOUS 0x10    /* several currencies share it and none prevails */
#define TF_CF_WEIGHT 0x20  /* also a weight ("pound", "livre"): not money beside a weight word */
#define TF_CF_MILLION 0x40 /* the form holds a scale: "mdd" = millones de dólares */
#define TF_CF_BILLION 0x80 /* "mmdd" = miles de millones de dólares */
/* Chinese spoken forms ("三块", "七蚊"): money only with a fraction after them ("一块二",
** "五個半") or at a clause's end, never before a noun ("三块地") */
#define TF_CF_COLLOQUIAL 0x100

/* Priorities of currency keys (see tf_currency.c): press forms above ICU's
** names above the head nouns derived from them ("ringgit"). */
#define TF_PRIORITY_ICU 4

typedef struct tf_currency_entry {
  char code[4];       /* ISO 4217, NUL-terminated; "" when ambiguous */
  unsigned char kind; /* enum tf_currency_kind */
  unsigned char priority;
  uint16_t flags; /* TF_CF_* */
} tf_currency_entry;

typedef struct tf_currencies {
  tf_trie *trie;
  const tf_currency_entry *entry; /* indexed by the trie's values */
  size_t count;
  tf_word_map first_words; /* first words of currency names: worth a trie walk */
  /* the first three letters (a-z) of those first words, one bit per trigram: a word
  ** of the text that starts otherwise cannot start a currency (tf_money skips it
  ** without hashing it) */
  unsigned char first_trigrams[(26 * 26 * 26 + 7) / 8];
  /* the same for the first four letters of the first words that have four: a word of
  ** four letters or more that starts otherwise cannot start a currency either */
  unsigned char first_tetragrams[(26 * 26 * 26 * 26 + 7) / 8];
  /* the first character of the keys written in ideographs (U+3400..U+9FFF, one bit
  ** each): a Chinese character that is none of them starts no currency */
  unsigned char first_ideographs[(0xA000 - 0x3400 + 7) / 8];
  /* of those, the ones that are a key alone ("元"), one bit each */
  unsigned char ideograph_keys[(0xA000 - 0x3400 + 7) / 8];
  /* the first two characters of the longer keys that start with one ("人民币": 人, 民),
  ** hashed into 65536 bits (tf_pair_bit16): a bit not set, no key starts so */
  unsigned char ideograph_pairs[65536 / 8];
  /* the keys whose leading letters are one or two a-z ("a$", "s/.", "au$"), by those letters
  ** (tf_currency_short_index): the bytes that follow the letters in a key, one bit each of
  ** 256, and whether the letters alone are a key (short_alone) */
  uint64_t short_next[26 * 27][4];
  unsigned char short_alone[(26 * 27 + 7) / 8];
  /* every key that starts with letters: its first word (tf_key_first_word_hash) with what
  ** follows it in the key (tf_currency_follow_bit): nothing, a space and a byte, or a byte */
  unsigned char follow_bits[(1u << 17) / 8];
} tf_currencies;

enum { TF_FOLLOW_ALONE = 1, TF_FOLLOW_SPACE = 2, TF_FOLLOW_GLUED = 3 };
/* The bit of follow_bits for a first word's hash, a TF_FOLLOW_* and a byte of the key. */
static inline unsigned tf_currency_follow_bit(uint64_t hash, unsigned follow, unsigned char byte) {
  return (unsigned)tf_hash_bit(hash ^ ((uint64_t)(follow << 8 | byte) * 0xD6E8FEB86659FD93ULL), 17);
}
static inline int tf_currency_follows(const tf_currencies *cur, uint64_t hash, unsigned follow,
                                      unsigned char byte) {
  unsigned i = tf_currency_follow_bit(hash, follow, byte);
  return cur->follow_bits[i >> 3] >> (i & 7) & 1;
}

/* The index of the word of the letters a, b (a-z; b = 0: a alone) in short_next, short_alone. */
static inline unsigned tf_currency_short_index(unsigned char a, unsigned char b) {
  return (unsigned)(a - 'a') * 27u + (b ? (unsigned)(b - 'a' + 1) : 0u);
}

/* Can a key start with the ideograph cp (one of first_ideographs) and then the character
** next, both folded as the trie reads them? Yes when cp alone is a key. */
static inline int tf_currency_ideograph_pair(const tf_currencies *cur, int32_t cp, int32_t next) {
  if (cp < 0x3400 || cp >= 0xA000) return 1;
  unsigned i = (unsigned)(cp - 0x3400), j = tf_pair_bit16(cp, next);
  return (cur->ideograph_keys[i >> 3] >> (i & 7) & 1) ||
         (cur->ideograph_pairs[j >> 3] >> (j & 7) & 1);
}

/* Can a currency's name start with the ideograph cp? */
static inline int tf_currency_ideograph_first(const tf_currencies *cur, int32_t cp) {
  if (cp < 0x3400 || cp >= 0xA000) return 0;
  unsigned i = (unsigned)(cp - 0x3400);
  return cur->first_ideographs[i >> 3] >> (i & 7) & 1;
}

/* The bit of first_tetragrams for four lower-case ASCII letters. */
static inline unsigned tf_currency_tetragram(unsigned char a, unsigned char b, unsigned char c,
                                             unsigned char d) {
  return (unsigned)(a - 'a') * 17576u + (unsigned)(b - 'a') * 676u + (unsigned)(c - 'a') * 26u +
         (unsigned)(d - 'a');
}

/* The bit of first_trigrams for three lower-case ASCII letters. */
static inline unsigned tf_currency_trigram(unsigned char a, unsigned char b, unsigned char c) {
  return (unsigned)(a - 'a') * 676u + (unsigned)(b - 'a') * 26u + (unsigned)(c - 'a');
}

/* Builds the table (from tf_core_init). TF_OK, TF_NOMEM, or TF_ERROR with a
** message in err. */
int tf_currency_init(char *err, size_t size);

/* Frees the table (tf_core's teardown). */
void tf_currency_teardown(void);

/* The table (valid after tf_core_init() == TF_OK). */
const tf_currencies *tf_currencies_get(void);

/* Local readings (class "local" of currencies.tsv): in a text whose cue words
** name a country more than any other, a generic form (TF_CF_GENERIC: "$",
** "dollars", "francs") means that country's currency. */
#define TF_LOCAL_RULES_MAX 32
typedef struct tf_local_rule {
  char generic[4]; /* the code a generic form has by default: "USD" */
  char local[4];   /* what it means in this text: "CAD" */
} tf_local_rule;
typedef struct tf_local_reading {
  size_t count;
  tf_local_rule rule[TF_LOCAL_RULES_MAX];
} tf_local_reading;

/* The rule a word is a cue of (its tf_scan_word hash), or -1; inline: asked
** for every word the money scanner reads. */
extern unsigned char tf_local_cue_bits[65536 / 8];
int tf_currency_local_cue_slow(uint64_t word_hash);
static inline int tf_currency_local_cue(uint64_t word_hash) {
  uint64_t h = word_hash ? word_hash : 1;
  if (!(tf_local_cue_bits[(h & 0xFFFF) >> 3] >> (h & 7) & 1)) return -1;
  return tf_currency_local_cue_slow(h);
}
/* The first three letters of the cues (as written and folded), lower-cased, when they are
** a-z, one bit per trigram (tf_currency_trigram): a word whose first three letters are ASCII
** ones is no cue when its bit is not set. */
extern unsigned char tf_local_cue_trigrams[(26 * 26 * 26 + 7) / 8];
static inline int tf_currency_cue_trigram(unsigned char a, unsigned char b, unsigned char c) {
  unsigned i = tf_currency_trigram(a, b, c);
  return tf_local_cue_trigrams[i >> 3] >> (i & 7) & 1;
}
/* Adds the cue words of s[p..len) to counts[TF_LOCAL_RULES_MAX]: one pass over
** the bytes, for the text the money scanner has not read yet. */
void tf_currency_local_count(const unsigned char *s, size_t len, size_t p, unsigned *counts);
/* The generic codes that read otherwise given these counts (none for most
** texts): a local currency with more cues than the generic code's own country
** and any other. */
void tf_currency_local_decide(const unsigned *counts, tf_local_reading *out);

/* Looks up a whole string as a currency (for currency_code()): trims it, folds
** it, and writes the ISO code into code[4]. Returns 1 if it names exactly one
** currency, else 0. */
int tf_currency_lookup(const char *text, size_t len, char code[4]);

#endif
