/*
** tf_money.h — finds money mentions in text: a number, a currency, and the
** words around them that make it approximate, a minimum, a maximum or a range.
**
**   scanner = { 0 };
**   tf_money_scanner_init(&scanner, text, len, TF_LANG_AUTO);
**   while ((rc = tf_money_next(&scanner, &mention)) == 1) { ... }
**   tf_money_scanner_finish(&scanner);
**
** How it works. One pass over the bytes stops only where money can start: an
** ASCII digit that begins a word, a currency symbol, or a word whose first
** folded letter can begin a currency name or code (a trie walk settles it).
**  - At a number, the currency may follow: "5,6 milliards de dollars", "10 $",
**    "115USD", "75 USD million".
**  - At a currency, the number may follow ("$5", "USD 5bn", "€3,000") or, for a
**    number written in words, precede it ("cinq millions de yens", "a dollar").
**  - A number with a scale word and no currency takes the currency of the money
**    mention before it in the same sentence ("… contre 13,5 milliards").
**  - "3 dollars 50 cents", "$20 and 43c": cents join the amount.
**  - Ranges: two mentions, or a bare number and a mention, joined by "-", "à",
**    "to", "et", "and" after "entre", "between", "de", "from"; a scale stated
**    once applies to both ends ("$5-7 billion").
**  - Qualifiers come from the phrase just before (tf_qualifier.h).
** The small words (percent, "and" of cents, range words, what may follow an
** amount whose currency is carried) are those of ext/data/money.tsv.
** Mentions come out in text order and never overlap. Memory is constant: one
** mention of look-ahead. Offsets here are bytes; see tf_utf8.h for code points.
*/
#ifndef TF_MONEY_H
#define TF_MONEY_H
#include "tf_currency.h"
#include "tf_qualifier.h"
#include <stddef.h>
#include <stdint.h>

typedef struct tf_money {
  size_t start, end; /* bytes, end exclusive */
  double amount;     /* valid when has_amount */
  double low, high;  /* valid when has_low / has_high */
  unsigned char has_amount, has_low, has_high;
  char currency[4]; /* ISO 4217 */
  int qualifier;    /* enum tf_qualifier */
} tf_money;

/* A found number + currency before ranges and qualifiers are decided. */
typedef struct tf_money_atom {
  size_t start, end;         /* the whole mention */
  size_t number_start;       /* where its number starts */
  double value, base, scale; /* value = base * scale (+ cents) */
  int has_scale;             /* the number carries its own scale */
  int decimals;              /* of the number, for exact scaling */
  char currency[4];
  int inherited;  /* currency taken from the mention before */
  int generic;    /* a generic form ("$", "francs") that the text may read locally */
  unsigned flags; /* of its currency form (TF_CF_*), 0 when carried */
  int more;       /* Chinese "余", "多": more than its number ("3000余万元") */
} tf_money_atom;

#define TF_MONEY_RECENT 8

typedef struct tf_money_scanner {
  const unsigned char *s;
  size_t len;
  int lang;           /* TF_LANG_FR or TF_LANG_EN once initialised */
  size_t pos;         /* where scanning resumes */
  size_t emitted_end; /* end of the last mention returned */
  int last_qualifier; /* of the last mention returned */
  tf_qualifier_matcher *qualifiers;
  int has_pending;
  tf_money_atom pending;
  int has_again; /* an atom to emit next, after the one before it was */
  tf_money_atom again;
  char last_currency[4]; /* of the last atom found, for inheritance */
  size_t last_money_end;
  int local_done;        /* the local reading below is computed (on the first generic form) */
  int bare_word_numbers; /* Spanish, Italian, Portuguese: words_alone_at (tf_money.c) */
  tf_local_reading local;
  unsigned cue_counts[TF_LOCAL_RULES_MAX]; /* cue words read so far */
  int explicit_count;                      /* the codes written before the first generic form */
  char explicit_codes[TF_MONEY_RECENT][4];
  /* for amounts whose currency or scale is carried (tf_money.c) */
  double last_scale;     /* of the last atom, 1 when none */
  size_t last_count_end; /* end of the last scaled number that was no money */
  int last_paren;        /* the last atom follows "(" */
  uint64_t last_follow;  /* hash of the word after the last atom, 0 when none */
  int recent_count;      /* atoms seen; the last TF_MONEY_RECENT are kept */
  double recent_value[TF_MONEY_RECENT];
  char recent_currency[TF_MONEY_RECENT][4];
  int looking_ahead; /* this is a copy looking for the next currency */
  int ahead_valid;   /* ahead_*: the last look-ahead */
  size_t ahead_from, ahead_at;
  char ahead_currency[4];
} tf_money_scanner;

/* Reads ext/data/money.tsv (from tf_core_init). TF_OK, TF_NOMEM or TF_ERROR. */
int tf_money_init(char *err, size_t size);
/* Frees what tf_money_init built (tf_core's teardown). */
void tf_money_teardown(void);

/* Prepares a scan of s[0..len) (lang: TF_LANG_AUTO decides from the text).
** Needs tf_core_init() == TF_OK. Returns TF_OK or TF_NOMEM. */
int tf_money_scanner_init(tf_money_scanner *sc, const char *s, size_t len, int lang);
/* Finds the next mention: 1 (filled *out), 0 (no more), -1 (out of memory). */
int tf_money_next(tf_money_scanner *sc, tf_money *out);
void tf_money_scanner_finish(tf_money_scanner *sc);

#endif
