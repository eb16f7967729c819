/* tf_lexicon.c — see tf_lexicon.h. */
#include "tf_lexicon.h"
#include "tf_facts.h"
#include "tf_sentence.h"
#include "tf_alloc.h"
#include "tf_cue.h"
#include "tf_date.h"
#include "tf_fold.h"
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/ustring.h>

/* Priorities: a higher one replaces a lower one; equal ones naming different
** currencies make the key ambiguous. */
enum { PRIO_HEAD_OLD = 1, PRIO_HEAD = 2, PRIO_ICU_OLD = 3, PRIO_ICU = TF_PRIORITY_ICU, PRIO_PRESS = 5 };

/* ------------------------------------------------------------------------ */
/* Press forms: what news text writes and ICU does not list, and the press's
** choice where a form names several currencies. Keys are written folded. */
typedef struct press_form {
  const char *key;
  const char *code;
  unsigned char kind;
  unsigned char flags;
} press_form;

#define S TF_CUR_SYMBOL
#define N TF_CUR_NAME
#define G TF_CF_GENERIC
#define P TF_CF_POSTFIX_ONLY
static const press_form press_forms[] = {
  /* US dollar: the bare forms, and the country written before or after. */
  {"$", "USD", S, G}, {"us$", "USD", S, 0}, {"us $", "USD", S, 0}, {"u.s.$", "USD", S, 0},
  {"u.s. $", "USD", S, 0}, {"u.s$", "USD", S, 0}, {"u.s $", "USD", S, 0}, {"$us", "USD", S, 0},
  {"$ us", "USD", S, 0}, {"$usd", "USD", S, 0}, {"$ usd", "USD", S, 0}, {"usd$", "USD", S, 0},
  {"dollar", "USD", N, G}, {"dollars", "USD", N, G}, {"dollar us", "USD", N, 0},
  {"dollars us", "USD", N, 0}, {"dollar americain", "USD", N, 0},
  {"dollars americains", "USD", N, 0}, {"american dollar", "USD", N, 0},
  {"american dollars", "USD", N, 0}, {"u.s. dollar", "USD", N, 0}, {"u.s. dollars", "USD", N, 0},
  {"us dollar", "USD", N, 0}, {"us dollars", "USD", N, 0},
  /* Other dollars. */
  {"c$", "CAD", S, 0}, {"c $", "CAD", S, 0}, {"can$", "CAD", S, 0}, {"cad$", "CAD", S, 0},
  {"$c", "CAD", S, 0}, {"$ c", "CAD", S, 0}, {"$ca", "CAD", S, 0}, {"$can", "CAD", S, 0},
  {"$ can", "CAD", S, 0}, {"$cad", "CAD", S, 0}, {"$ cad", "CAD", S, 0},
  {"hk$", "HKD", S, 0}, {"hk $", "HKD", S, 0}, {"$hk", "HKD", S, 0}, {"$ hk", "HKD", S, 0},
  {"hkd$", "HKD", S, 0}, {"dollars hongkongais", "HKD", N, 0},
  {"a$", "AUD", S, 0}, {"au$", "AUD", S, 0}, {"aud$", "AUD", S, 0}, {"$au", "AUD", S, 0},
  {"$ aud", "AUD", S, 0}, {"nz$", "NZD", S, 0}, {"nzd$", "NZD", S, 0}, {"$nz", "NZD", S, 0},
  {"s$", "SGD", S, 0}, {"sg$", "SGD", S, 0}, {"sgd$", "SGD", S, 0}, {"$sg", "SGD", S, 0},
  {"nt$", "TWD", S, 0}, {"twd$", "TWD", S, 0}, {"r$", "BRL", S, 0},
  {"mex$", "MXN", S, 0}, {"mx$", "MXN", S, 0}, {"mxn$", "MXN", S, 0}, {"$mx", "MXN", S, 0},
  /* Yuan and yen. */
  {"cn\xc2\xa5", "CNY", S, 0}, {"rmb\xc2\xa5", "CNY", S, 0}, {"\xe5\x85\x83", "CNY", S, 0},
  {"\xe4\xba\xba\xe6\xb0\x91\xe5\xb8\x81", "CNY", N, 0}, {"rmb", "CNY", TF_CUR_CODE, TF_CF_LOWER_OK},
  {"yuan", "CNY", N, 0}, {"yuans", "CNY", N, 0}, {"renminbi", "CNY", N, 0},
  {"yuan renminbi", "CNY", N, 0}, {"yuans renminbi", "CNY", N, 0},
  {"yuan chinois", "CNY", N, 0}, {"yuans chinois", "CNY", N, 0},
  {"\xc2\xa5", "JPY", S, 0}, {"jp\xc2\xa5", "JPY", S, 0}, {"\xe5\x86\x86", "JPY", S, 0},
  {"yen", "JPY", N, 0}, {"yens", "JPY", N, 0},
  /* Euro, pound, franc, rupee, and the other press names. */
  {"\xe2\x82\xac", "EUR", S, 0}, {"\xe2\x82\xac" "ur", "EUR", S, 0}, {"euro", "EUR", N, 0},
  {"euros", "EUR", N, 0}, {"\xc2\xa3", "GBP", S, 0}, {"livre", "GBP", N, P},
  {"livres", "GBP", N, P}, {"livre sterling", "GBP", N, 0}, {"livres sterling", "GBP", N, 0},
  {"pound", "GBP", N, P}, {"pounds", "GBP", N, P}, {"pound sterling", "GBP", N, 0},
  {"pounds sterling", "GBP", N, 0}, {"sterling", "GBP", N, P},
  {"francs suisses", "CHF", N, 0}, {"franc suisse", "CHF", N, 0},
  {"\xe2\x82\xb9", "INR", S, 0}, {"rs", "INR", S, 0}, {"rs.", "INR", S, 0},
  {"rupee", "INR", N, 0}, {"rupees", "INR", N, 0}, {"roupie", "INR", N, 0},
  {"roupies", "INR", N, 0}, {"\xe2\x82\xa9", "KRW", S, 0}, {"won", "KRW", N, P},
  {"wons", "KRW", N, P}, {"\xe2\x82\xbd", "RUB", S, 0}, {"rouble", "RUB", N, 0},
  {"roubles", "RUB", N, 0}, {"ruble", "RUB", N, 0}, {"rubles", "RUB", N, 0},
  {"\xe2\x82\xaa", "ILS", S, 0}, {"shekel", "ILS", N, 0}, {"shekels", "ILS", N, 0},
  {"rm", "MYR", TF_CUR_CODE, 0}, {"ringgit", "MYR", N, 0}, {"ringgits", "MYR", N, 0}, {"lira", "TRY", N, P},
  {"reais", "BRL", N, P}, {"taiwan dollar", "TWD", N, 0}, {"taiwan dollars", "TWD", N, 0},
  {"rand", "ZAR", N, P}, {"rands", "ZAR", N, P}, {"peseta", "ESP", N, 0},
  {"pesetas", "ESP", N, 0}, {"baht", "THB", N, 0}, {"naira", "NGN", N, 0},
  {"zloty", "PLN", N, 0}, {"zlotys", "PLN", N, 0}, {"zlotych", "PLN", N, 0},
  {"dong", "VND", N, P}, {"mark finlandais", "FIM", N, 0}, {"marks finlandais", "FIM", N, 0},
  {"florins hollandais", "NLG", N, 0}, {"florin hollandais", "NLG", N, 0},
  {"deutsche mark", "DEM", N, 0}, {"deutsche marks", "DEM", N, 0},
  {"deutschemark", "DEM", N, 0}, {"deutschemarks", "DEM", N, 0},
  {"francs francais", "FRF", N, 0}, {"franc francais", "FRF", N, 0},
  {"egyptianpound", "EGP", N, 0}, {"saudiriyal", "SAR", N, 0},
  /* Minor units: never money alone, but "3 dollars 50 cents". */
  {"cent", "", TF_CUR_MINOR, 0}, {"cents", "", TF_CUR_MINOR, 0},
  {"centime", "", TF_CUR_MINOR, 0}, {"centimes", "", TF_CUR_MINOR, 0},
  {"penny", "", TF_CUR_MINOR, 0}, {"pence", "", TF_CUR_MINOR, 0},
  {"sen", "", TF_CUR_MINOR, 0}, {"sens", "", TF_CUR_MINOR, 0},
  {"kopiykas", "", TF_CUR_MINOR, 0}, {"kopecks", "", TF_CUR_MINOR, 0},
  {"kopeks", "", TF_CUR_MINOR, 0}, {"paise", "", TF_CUR_MINOR, 0},
  {"centavos", "", TF_CUR_MINOR, 0}, {"centimos", "", TF_CUR_MINOR, 0},
  {"\xc2\xa2", "", TF_CUR_MINOR, 0},
};
#undef S
#undef N
#undef G
#undef P

/* Head nouns that are common words, or name no currency alone. */
static const char *const head_stoplist[] = {
  "real", "reals", "mark", "marks", "won", "som", "soms", "new", "nouveau", "nouveaux",
  "nouvelle", "convertible", "franc", "francs", "dollar", "dollars", "peso", "pesos",
  "pound", "pounds", "livre", "livres", "dinar", "dinars", "rial", "rials", "riyal",
  "riyals", "crown", "crowns", "couronne", "couronnes", "krona", "krone", "kronor", "kroner",
  "shilling", "shillings", "rupee", "rupees", "roupie", "roupies", "manat", "manats",
  "lev", "leva", "leu", "lei", "dirham", "dirhams", "escudo", "escudos", "special",
  "unit", "units", "gold", "silver", "or", "argent", "ounce", "ounces", "old", "ancien",
  "ancienne", "kip", "lek", "lats", "tala", "vatu", "kina", "value", "valeur", "constant",
  "constante", "fund", "funds", "fonds", "equivalent", "bond", "check", "cheque", "account",
  "compte", "rate", "taux", "day", "jour", "transfer", "commercial", "commerciale",
  "financial", "financier", "drawing", "rights", "droits", "settlement", "reglement",
  "platinum", "platine", "palladium", "testing", "code", "currency", "monnaie", "devise",
  "europeenne", "european", "sum", "sums", "composite", "reform", "reforme", "hard", "forte", "guinea",
  "sucre", "union", "trade", "coupon", "coupons", "certificate", "certificates", NULL};

/* ISO codes that are far more often words or names in the press. */
static const char *const code_never_bare[] = {
  "ALL", "AMD", "TOP", "CUP", "MAD", "PEN", "GEL", "TRY", "SOS", "BOB", "MOP", "BAM",
  "CUC", "NIO", "COP", "CVE", "PHP", "NPR", "STD", "ANG", "LAK", "BOV", "MXV",
  "CHE", "CHW", "CLF", "COU", "USN", "USS", "UYI", "UYW", "XXX", "XTS", "XSU", "XUA",
  "XBA", "XBB", "XBC", "XBD", "XAU", "XAG", "XPD", "XPT", "XFO", "XFU", "XRE", "XEU",
  "GHC", "ECS", "SUR", "BEF", "BUK", "ADP", "TPE", "ERN", "DOP", "TMT", "MRO", "MRU",
  "TND", "SLL", "SLE", "GMD", "SHP", "SBD", NULL};

/* Codes also recognised in lower case ("40 rmb", "150 millions de $ usd"). */
static const char *const code_lower_ok[] = {
  "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "HKD", "NZD", "SGD", "INR", "KRW",
  "RUB", "BRL", "MXN", "ZAR", "SEK", "NOK", "DKK", "PLN", "ILS", "MYR", "TWD", "THB", "IDR",
  "VND", "AED", "QAR", "KWD", "EGP", "NGN", "UAH", "CZK", "HUF", "MNT", NULL};

static int in_list(const char *const *list, const char *word) {
  for (int i = 0; list[i]; i++)
    if (strcmp(list[i], word) == 0) return 1;
  return 0;
}

/* ------------------------------------------------------------------------ */
/* Number words. Keys folded; hyphenated compounds are split by the parser. */
#define FR TF_LANG_BIT_FR
#define EN TF_LANG_BIT_EN
#define BOTH (TF_LANG_BIT_FR | TF_LANG_BIT_EN)
typedef struct number_form {
  const char *key;
  unsigned char kind, langs;
  double value_fr, value_en;
} number_form;
static const number_form number_forms[] = {
  {"un", TF_NW_UNIT, FR, 1, 1}, {"une", TF_NW_UNIT, FR, 1, 1}, {"deux", TF_NW_UNIT, FR, 2, 2},
  {"trois", TF_NW_UNIT, FR, 3, 3}, {"quatre", TF_NW_UNIT, FR, 4, 4},
  {"cinq", TF_NW_UNIT, FR, 5, 5}, {"six", TF_NW_UNIT, BOTH, 6, 6},
  {"sept", TF_NW_UNIT, FR, 7, 7}, {"huit", TF_NW_UNIT, FR, 8, 8},
  {"neuf", TF_NW_UNIT, FR, 9, 9}, {"dix", TF_NW_UNIT, FR, 10, 10},
  {"onze", TF_NW_UNIT, FR, 11, 11}, {"douze", TF_NW_UNIT, FR, 12, 12},
  {"treize", TF_NW_UNIT, FR, 13, 13}, {"quatorze", TF_NW_UNIT, FR, 14, 14},
  {"quinze", TF_NW_UNIT, FR, 15, 15}, {"seize", TF_NW_UNIT, FR, 16, 16},
  {"vingt", TF_NW_TEN, FR, 20, 20}, {"vingts", TF_NW_TEN, FR, 20, 20},
  {"trente", TF_NW_TEN, FR, 30, 30}, {"quarante", TF_NW_TEN, FR, 40, 40},
  {"cinquante", TF_NW_TEN, FR, 50, 50}, {"soixante", TF_NW_TEN, FR, 60, 60},
  {"septante", TF_NW_TEN, FR, 70, 70}, {"huitante", TF_NW_TEN, FR, 80, 80},
  {"octante", TF_NW_TEN, FR, 80, 80}, {"nonante", TF_NW_TEN, FR, 90, 90},
  {"cent", TF_NW_HUNDRED, FR, 100, 100}, {"cents", TF_NW_HUNDRED, FR, 100, 100},
  {"mille", TF_NW_THOUSAND, FR, 1e3, 1e3}, {"million", TF_NW_SCALE, BOTH, 1e6, 1e6},
  {"millions", TF_NW_SCALE, BOTH, 1e6, 1e6}, {"milliard", TF_NW_SCALE, FR, 1e9, 1e9},
  {"milliards", TF_NW_SCALE, FR, 1e9, 1e9}, {"billion", TF_NW_SCALE, BOTH, 1e12, 1e9},
  {"billions", TF_NW_SCALE, BOTH, 1e12, 1e9}, {"trillion", TF_NW_SCALE, BOTH, 1e18, 1e12},
  {"trillions", TF_NW_SCALE, BOTH, 1e18, 1e12}, {"demi", TF_NW_DEMI, FR, 0.5, 0.5},
  {"et", TF_NW_AND, FR, 0, 0},
  {"a", TF_NW_ARTICLE, EN, 1, 1}, {"an", TF_NW_ARTICLE, EN, 1, 1},
  {"one", TF_NW_UNIT, EN, 1, 1}, {"two", TF_NW_UNIT, EN, 2, 2},
  {"three", TF_NW_UNIT, EN, 3, 3}, {"four", TF_NW_UNIT, EN, 4, 4},
  {"five", TF_NW_UNIT, EN, 5, 5}, {"seven", TF_NW_UNIT, EN, 7, 7},
  {"eight", TF_NW_UNIT, EN, 8, 8}, {"nine", TF_NW_UNIT, EN, 9, 9},
  {"ten", TF_NW_UNIT, EN, 10, 10}, {"eleven", TF_NW_UNIT, EN, 11, 11},
  {"twelve", TF_NW_UNIT, EN, 12, 12}, {"thirteen", TF_NW_UNIT, EN, 13, 13},
  {"fourteen", TF_NW_UNIT, EN, 14, 14}, {"fifteen", TF_NW_UNIT, EN, 15, 15},
  {"sixteen", TF_NW_UNIT, EN, 16, 16}, {"seventeen", TF_NW_UNIT, EN, 17, 17},
  {"eighteen", TF_NW_UNIT, EN, 18, 18}, {"nineteen", TF_NW_UNIT, EN, 19, 19},
  {"twenty", TF_NW_TEN, EN, 20, 20}, {"thirty", TF_NW_TEN, EN, 30, 30},
  {"forty", TF_NW_TEN, EN, 40, 40}, {"fourty", TF_NW_TEN, EN, 40, 40},
  {"fifty", TF_NW_TEN, EN, 50, 50}, {"sixty", TF_NW_TEN, EN, 60, 60},
  {"seventy", TF_NW_TEN, EN, 70, 70}, {"eighty", TF_NW_TEN, EN, 80, 80},
  {"ninety", TF_NW_TEN, EN, 90, 90}, {"hundred", TF_NW_HUNDRED, EN, 100, 100},
  {"hundreds", TF_NW_HUNDRED, EN, 100, 100}, {"thousand", TF_NW_THOUSAND, EN, 1e3, 1e3},
  {"thousands", TF_NW_THOUSAND, EN, 1e3, 1e3}, {"lakh", TF_NW_SCALE, BOTH, 1e5, 1e5},
  {"lakhs", TF_NW_SCALE, BOTH, 1e5, 1e5}, {"crore", TF_NW_SCALE, BOTH, 1e7, 1e7},
  {"crores", TF_NW_SCALE, BOTH, 1e7, 1e7}, {"half", TF_NW_FRACTION, EN, 0.5, 0.5},
  {"quarter", TF_NW_FRACTION, EN, 0.25, 0.25}, {"quarters", TF_NW_FRACTION, EN, 0.25, 0.25},
  {"and", TF_NW_AND, EN, 0, 0},
};
#undef FR
#undef EN
#undef BOTH

/* Function words that tell French from English (weights: + French, - English). */
typedef struct language_form {
  const char *key;
  int weight;
} language_form;
static const language_form language_forms[] = {
  {"de", 3}, {"la", 2}, {"le", 2}, {"les", 3}, {"des", 3}, {"du", 2}, {"et", 3},
  {"est", 2}, {"une", 3}, {"un", 1}, {"en", 1}, {"que", 2}, {"qui", 2}, {"pour", 2},
  {"dans", 3}, {"sur", 2}, {"au", 2}, {"aux", 2}, {"pas", 2}, {"par", 2}, {"avec", 3},
  {"milliard", 3}, {"milliards", 3}, {"millions", 1}, {"environ", 3}, {"cent", 1}, {"soixante", 3}, {"quatre", 3}, {"cinq", 3}, {"deux", 3},
  {"plus", 1}, {"moins", 3}, {"entre", 3}, {"jusqu", 3}, {"euros", 1},
  {"the", -3}, {"of", -3}, {"and", -3}, {"to", -2}, {"in", -1}, {"is", -2}, {"for", -2},
  {"that", -2}, {"on", -1}, {"with", -2}, {"by", -2}, {"at", -2}, {"from", -2}, {"was", -2},
  {"it", -2}, {"are", -2}, {"a", -1}, {"an", -2}, {"billion", -3}, {"half", -3},
  {"about", -3}, {"between", -3}, {"million", -1}, {"thousand", -3}, {"five", -3},
  {"two", -3}, {"three", -3}, {"up", -2}, {"more", -2}, {"than", -3}, {"less", -2},
};

/* ------------------------------------------------------------------------ */
typedef struct builder_state {
  tf_trie_builder *trie;
  tf_currency_entry *entries;
  size_t count, capacity;
  uint64_t *first_words; /* hashes of the keys' first words */
  size_t first_word_count, first_word_capacity;
} builder_state;

/* Remembers the first word of a key that a word in the text can start. */
static int note_first_word(builder_state *st, const char *key, int kind, int flags) {
  uint64_t hash;
  if (kind == TF_CUR_MINOR) return 0;
  if (kind == TF_CUR_CODE && !(flags & TF_CF_LOWER_OK)) return 0; /* found by shape */
  if (!tf_key_first_word_hash(key, &hash)) return 0;
  if (st->first_word_count == st->first_word_capacity) {
    size_t capacity = st->first_word_capacity ? st->first_word_capacity * 2 : 1024;
    uint64_t *grown = tf_realloc(st->first_words, capacity * sizeof(uint64_t));
    if (!grown) return -1;
    st->first_words = grown;
    st->first_word_capacity = capacity;
  }
  st->first_words[st->first_word_count++] = hash;
  return 0;
}

/* Adds folded key → (code, kind, flags) at a priority. 0, or -1 on OOM. */
static int add_currency(builder_state *st, const char *key, const char *code, int kind,
                        int flags, int priority) {
  size_t key_len = strlen(key);
  if (key_len == 0) return 0;
  if (note_first_word(st, key, kind, flags)) return -1;
  int32_t existing = tf_trie_builder_get(st->trie, key, key_len);
  if (existing >= 0) {
    tf_currency_entry *e = &st->entries[existing];
    if (e->priority > priority) return 0;
    if (e->priority == priority) {
      if (strcmp(e->code, code) != 0 && e->kind == kind) {
        e->flags |= TF_CF_AMBIGUOUS;
        e->code[0] = 0;
      }
      return 0;
    }
    /* A higher priority replaces the entry in place. */
    memcpy(e->code, code, strlen(code) + 1);
    e->kind = (unsigned char)kind;
    e->flags = (unsigned char)flags;
    e->priority = (unsigned char)priority;
    return 0;
  }
  if (st->count == st->capacity) {
    size_t capacity = st->capacity ? st->capacity * 2 : 512;
    tf_currency_entry *grown = tf_realloc(st->entries, capacity * sizeof(*grown));
    if (!grown) return -1;
    st->entries = grown;
    st->capacity = capacity;
  }
  tf_currency_entry *e = &st->entries[st->count];
  memset(e, 0, sizeof(*e));
  memcpy(e->code, code, strlen(code) < 4 ? strlen(code) + 1 : 4);
  e->code[3] = 0;
  e->kind = (unsigned char)kind;
  e->flags = (unsigned char)flags;
  e->priority = (unsigned char)priority;
  if (tf_trie_builder_add(st->trie, key, key_len, (int32_t)st->count, NULL) != 0) return -1;
  st->count++;
  return 0;
}

/* True when a folded ICU symbol is worth matching: not the code itself, not
** only letters (a bare "R" or "kr" is too often a word). */
static int useful_symbol(const char *folded, const char *code) {
  char lower_code[4];
  for (int i = 0; i < 3; i++) lower_code[i] = (char)(code[i] | 0x20);
  lower_code[3] = 0;
  if (strcmp(folded, lower_code) == 0) return 0;
  for (const char *p = folded; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || *p == '.' || *p == ' ')) return 1;
  return 0;
}

/* Adds an ICU name and, where it has several words, its head noun. */
static int add_icu_name(builder_state *st, const char *folded, const char *code, int current,
                        int head_first) {
  if (add_currency(st, folded, code, TF_CUR_NAME, 0, current ? PRIO_ICU : PRIO_ICU_OLD)) return -1;
  const char *space = strchr(folded, ' ');
  if (!space) return 0;
  char head[64];
  if (head_first) {
    size_t n = (size_t)(space - folded);
    if (n >= sizeof(head)) return 0;
    memcpy(head, folded, n);
    head[n] = 0;
  } else {
    const char *last = strrchr(folded, ' ') + 1;
    if (strlen(last) >= sizeof(head)) return 0;
    strcpy(head, last);
  }
  if (strlen(head) < 3 || in_list(head_stoplist, head) || strchr(head, '-')) return 0;
  return add_currency(st, head, code, TF_CUR_NAME, TF_CF_POSTFIX_ONLY,
                      current ? PRIO_HEAD : PRIO_HEAD_OLD);
}

static char core_error[256];

static int add_icu_currencies(builder_state *st, int current) {
  static const char *const locales[] = {"en", "fr"};
  static const char *const plurals[] = {"one", "other", "many"};
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration *codes = ucurr_openISOCurrencies(
      current ? (UCURR_COMMON | UCURR_NON_DEPRECATED) : UCURR_DEPRECATED, &status);
  if (U_FAILURE(status)) {
    snprintf(core_error, sizeof core_error, "ICU error: ucurr_openISOCurrencies(): %s",
             u_errorName(status));
    return TF_ERROR;
  }
  const char *code;
  int32_t code_len;
  int rc = TF_OK;
  while (rc == TF_OK && (code = uenum_next(codes, &code_len, &status)) && U_SUCCESS(status)) {
    if (code_len != 3) continue;
    UChar ucode[4];
    u_charsToUChars(code, ucode, 4);
    char lower[4] = {(char)(code[0] | 0x20), (char)(code[1] | 0x20), (char)(code[2] | 0x20), 0};
    int flags = in_list(code_never_bare, code) ? TF_CF_NEVER_BARE : 0;
    if (in_list(code_lower_ok, code)) flags |= TF_CF_LOWER_OK;
    if (add_currency(st, lower, code, TF_CUR_CODE, flags, current ? PRIO_ICU : PRIO_ICU_OLD)) {
      rc = TF_NOMEM;
      break;
    }
    for (int l = 0; l < 2 && rc == TF_OK; l++) {
      for (int variant = 0; variant < 6 && rc == TF_OK; variant++) {
        UErrorCode s2 = U_ZERO_ERROR;
        UBool is_choice = 0;
        int32_t n = 0;
        const UChar *name;
        if (variant == 0) name = ucurr_getName(ucode, locales[l], UCURR_LONG_NAME, &is_choice, &n, &s2);
        else if (variant <= 3)
          name = ucurr_getPluralName(ucode, locales[l], &is_choice, plurals[variant - 1], &n, &s2);
        else
          name = ucurr_getName(ucode, locales[l],
                               variant == 4 ? UCURR_SYMBOL_NAME : UCURR_NARROW_SYMBOL_NAME,
                               &is_choice, &n, &s2);
        if (U_FAILURE(s2) || !name || n <= 0) continue;
        char utf8[256], folded[256];
        int32_t utf8_len = 0;
        u_strToUTF8(utf8, sizeof utf8, &utf8_len, name, n, &s2);
        if (U_FAILURE(s2)) continue;
        if (tf_fold_string(utf8, utf8_len, folded, sizeof folded) <= 0) continue;
        int r = 0;
        if (variant >= 4) {
          if (useful_symbol(folded, code))
            r = add_currency(st, folded, code, TF_CUR_SYMBOL, 0, current ? PRIO_ICU : PRIO_ICU_OLD);
        } else {
          r = add_icu_name(st, folded, code, current, l == 1);
        }
        if (r) rc = TF_NOMEM;
      }
    }
  }
  uenum_close(codes);
  return rc;
}

/* ------------------------------------------------------------------------ */
static tf_lexicon lexicon;
static tf_number_word number_table[sizeof number_forms / sizeof number_forms[0]];
static int init_result = TF_ERROR;
static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static int build_currencies(void) {
  builder_state st = {0};
  st.trie = tf_trie_builder_new();
  if (!st.trie) return TF_NOMEM;
  int rc = add_icu_currencies(&st, 1);
  if (rc == TF_OK) rc = add_icu_currencies(&st, 0);
  for (size_t i = 0; rc == TF_OK && i < sizeof press_forms / sizeof press_forms[0]; i++) {
    const press_form *f = &press_forms[i];
    if (add_currency(&st, f->key, f->code, f->kind, f->flags, PRIO_PRESS)) rc = TF_NOMEM;
  }
  if (rc == TF_OK && tf_word_map_init(&lexicon.currency_words, st.first_word_count)) rc = TF_NOMEM;
  if (rc != TF_OK) {
    tf_trie_builder_free(st.trie);
    tf_free(st.entries);
    tf_free(st.first_words);
    return rc;
  }
  for (size_t i = 0; i < st.first_word_count; i++)
    tf_word_map_put(&lexicon.currency_words, st.first_words[i], 1);
  tf_free(st.first_words);
  lexicon.currencies = tf_trie_build(st.trie);
  lexicon.currency = st.entries;
  lexicon.currency_count = st.count;
  return lexicon.currencies ? TF_OK : TF_NOMEM;
}

static int build_numbers(void) {
  tf_trie_builder *b = tf_trie_builder_new();
  if (!b) return TF_NOMEM;
  for (size_t i = 0; i < sizeof number_forms / sizeof number_forms[0]; i++) {
    const number_form *f = &number_forms[i];
    number_table[i].kind = f->kind;
    number_table[i].langs = f->langs;
    number_table[i].value_fr = f->value_fr;
    number_table[i].value_en = f->value_en;
    if (tf_trie_builder_add(b, f->key, strlen(f->key), (int32_t)i, NULL)) {
      tf_trie_builder_free(b);
      return TF_NOMEM;
    }
  }
  lexicon.numbers = tf_trie_build(b);
  lexicon.number = number_table;
  if (!lexicon.numbers) return TF_NOMEM;
  size_t count = sizeof language_forms / sizeof language_forms[0];
  if (tf_word_map_init(&lexicon.language_words, count)) return TF_NOMEM;
  for (size_t i = 0; i < count; i++) {
    uint64_t hash;
    if (tf_key_first_word_hash(language_forms[i].key, &hash))
      tf_word_map_put(&lexicon.language_words, hash, language_forms[i].weight);
  }
  return TF_OK;
}

static void init_once_body(void) {
  int rc = tf_fold_init();
  tf_words_init();
  if (rc == TF_OK) rc = build_currencies();
  if (rc == TF_OK) rc = build_numbers();
  if (rc == TF_OK) rc = tf_cue_init(core_error, sizeof core_error);
  if (rc == TF_OK) rc = tf_date_init(core_error, sizeof core_error);
  if (rc == TF_OK && tf_sentence_init_lists()) rc = TF_NOMEM;
  if (rc == TF_OK) rc = tf_facts_init();
  if (rc == TF_NOMEM && !core_error[0]) snprintf(core_error, sizeof core_error, "out of memory");
  init_result = rc;
}

int tf_core_init(void) {
  pthread_once(&init_once, init_once_body);
  return init_result;
}

const char *tf_core_error(void) { return core_error; }

const tf_lexicon *tf_lexicon_get(void) { return &lexicon; }

int tf_currency_lookup(const char *text, size_t len, char code[4]) {
  char folded[256];
  if (len == 0 || len > 200) return 0;
  int n = tf_fold_string(text, (int)len, folded, sizeof folded);
  if (n <= 0) return 0;
  int32_t v = tf_trie_get(lexicon.currencies, folded, (size_t)n);
  if (v < 0) {
    /* "$ US" written with several spaces folds to "$ us": already handled; a
    ** code in any case is accepted here, since the whole text is a currency. */
    return 0;
  }
  const tf_currency_entry *e = &lexicon.currency[v];
  if (e->kind == TF_CUR_MINOR || !e->code[0]) return 0;
  memcpy(code, e->code, 4);
  return 1;
}
