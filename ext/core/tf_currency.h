/*
** tf_lexicon.h — the knowledge the money recogniser uses, built once per
** process by tf_core_init():
**
**  - currencies: ISO 4217 codes; names, plural names and symbols as ICU knows
**    them for English and French (ucurr_getName, ucurr_getPluralName), the head
**    noun of those names where it names one currency only ("ringgit", "shekels"),
**    and the press forms ICU lacks ("yuans", "RMB", "dollars US", "$ hk");
**  - minor units (cents, pence, centimes), kept apart: not money on their own;
**  - number words of both languages (un … quatre-vingt-dix, one … ninety,
**    cent/hundred, mille/thousand, million, milliard, billion, lakh, crore, half).
**
** Keys are folded (tf_fold.h). Where names clash (bare "$", "dollar", "livre"),
** the press convention decides (USD, GBP, …); where none exists ("franc",
** "peso", "dinar"), the name is marked ambiguous and is not money alone.
*/
#ifndef TF_LEXICON_H
#define TF_LEXICON_H
#include "tf_trie.h"
#include "tf_words.h"
#include <stddef.h>

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

/* Priorities of currency keys (see tf_lexicon.c): press forms above ICU's
** names above the head nouns derived from them ("ringgit"). */
#define TF_PRIORITY_ICU 4

typedef struct tf_currency_entry {
  char code[4];        /* ISO 4217, NUL-terminated; "" when ambiguous */
  unsigned char kind;  /* enum tf_currency_kind */
  unsigned char flags; /* TF_CF_* */
  unsigned char priority;
} tf_currency_entry;

enum tf_number_word_kind {
  TF_NW_UNIT = 1,  /* 1..19: one, un, dix-sept's parts */
  TF_NW_TEN,       /* 20..90 */
  TF_NW_HUNDRED,   /* cent, hundred */
  TF_NW_THOUSAND,  /* mille, thousand */
  TF_NW_SCALE,     /* million and above, lakh, crore */
  TF_NW_FRACTION,  /* half, quarter(s) */
  TF_NW_ARTICLE,   /* a, an: 1 only before a scale or a currency */
  TF_NW_AND,       /* et, and: inside a number (vingt et un, a hundred and five) */
  TF_NW_DEMI       /* "et demi" / "and a half" after a scale */
};

#define TF_LANG_BIT_FR 1
#define TF_LANG_BIT_EN 2

typedef struct tf_number_word {
  unsigned char kind;  /* enum tf_number_word_kind */
  unsigned char langs; /* TF_LANG_BIT_* where the word is a number */
  double value_fr;     /* value in French ("billion" = 1e12) */
  double value_en;     /* value in English ("billion" = 1e9) */
} tf_number_word;

typedef struct tf_lexicon {
  tf_trie *currencies;
  const tf_currency_entry *currency; /* indexed by the trie's values */
  size_t currency_count;
  tf_trie *numbers;
  const tf_number_word *number; /* indexed by the trie's values */
  tf_word_map currency_words;   /* first words of currency names: worth a trie walk */
  tf_word_map language_words;   /* value: +weight for French, -weight for English */
} tf_lexicon;

/* Status codes of the core. */
#define TF_OK 0
#define TF_NOMEM 1
#define TF_ERROR 2

/* Builds everything once per process (thread-safe). Returns TF_OK, TF_NOMEM or
** TF_ERROR; tf_core_error() then says what failed. Later calls return the
** first result. */
int tf_core_init(void);
const char *tf_core_error(void);

/* The lexicon (valid after tf_core_init() == TF_OK). */
const tf_lexicon *tf_lexicon_get(void);

/* Looks up a whole string as a currency (for currency_code()): trims it, folds
** it, and writes the ISO code into code[4]. Returns 1 if it names exactly one
** currency, else 0. */
int tf_currency_lookup(const char *text, size_t len, char code[4]);

#endif
