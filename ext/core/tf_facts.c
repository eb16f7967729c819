/* tf_facts.c — see tf_facts.h. */
#include "tf_facts.h"
#include "tf_alloc.h"
#include "tf_fold.h"
#include "tf_lang.h"
#include "tf_core.h"
#include "tf_data.h"
#include "tf_lexicon.h"
#include "tf_sentence.h"
#include "tf_trie.h"
#include "tf_utf8.h"
#include "tf_words.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------------ */
/* The phrases of ext/data/facts.tsv. A phrase is one or more words; its classes
** depend on the article's language. */

#define F_SOURCE_BEFORE 0x0001    /* "selon" X: X reports, it does not spend */
#define F_SOURCE_AFTER 0x0002     /* X "a rapporté" */
#define F_INDIRECT 0x0004         /* "la société mère de" X: someone else */
#define F_TARGET_BEFORE 0x0008    /* "auprès de" X, "dans" X: X is paid or invested in */
#define F_GOODS 0x0010            /* "puces" X, X "chips", "puces … de" X: X supplies */
#define F_SPEND 0x0020            /* "l'investissement de" X, X's "budget": X owns it */
#define F_OF 0x0040               /* "de", "of": a genitive */
#define F_AGENT 0x0080            /* "par" X: a passive's agent owns the amount */
#define F_DET 0x0100              /* articles and possessives, skipped */
#define F_AUX 0x0200              /* between a name and its verb: "a également" */
#define F_YEAR 0x0400             /* "en", "pour", "d'ici" before a year */
#define F_COMPARE 0x0800          /* "par rapport à", "compared with" before a year */
#define F_GROUP 0x1000            /* "soit", "ou", "about" between two currencies */
#define F_INDIRECT_AFTER 0x2000   /* X "parent", X's "owner": someone else */
#define F_DATES 0x4000            /* "fondé en", "founded in": a year of something else */
#define F_CLAUSE 0x8000           /* "et", "and", "tandis que": a new clause may start */
#define F_FROM 0x10000            /* "auprès de" X, "from" X: the money comes from X */
#define F_TO 0x20000              /* "à" X, "to" X, "imposed on" X: the money goes to X */
#define F_IN 0x40000              /* "dans" X, "in" X: X is invested in */
#define F_FOR 0x80000             /* "pour" X, "for" X: the round, offer or grant is for X */
#define F_LEAD 0x100000           /* "mené par" X, "led by" X: X leads a round */
#define F_OBJECT 0x200000         /* "racheter" X, "fined" X: X is the verb's object */
#define F_SAID_AFTER 0x400000     /* ", X said": X says it */
#define F_SAID_BEFORE 0x800000    /* ", a indiqué X": X says it */
#define F_PLACE 0x1000000         /* "sous", "à", "near" X: X is a place */
#define F_RELATIVE_YEAR 0x2000000 /* "l'an dernier", "this year": no year from context */
#define F_MONTH 0x4000000         /* "March", "mars" between a year phrase and its year */
#define F_RECEIVE 0x8000000       /* X "a reçu", X "received": X receives the amount */
#define F_RELATIVE 0x10000000     /* X ", qui", X ", which": a clause about X */
#define F_ANAPHOR 0x20000000      /* "La start-up …", "The company …": the last one named */
#define F_TARGET_YEAR 0x40000000  /* "d'ici", "by": a year to reach, not a period */
#define F_STATE_BODY 0x80000000u  /* "Department", "Ministère": a state body's name starts so */
/* "suivi par", "followed by": a ranking's next entry (no bit is left: two classes that
** never meet, a comparison's and a founding year's, before a year only) */
#define F_RANKED (F_COMPARE | F_DATES)
/* "l'indice", "quotate sul", "Leitindex" X: X is a stock index, someone else's
** (indirect), and no organisation of the article (two classes that never meet) */
#define F_INDEX (F_INDIRECT | F_TARGET_YEAR)
/* "con", "mit", "with" between a name and its amount in a ranking ("Ana Kelvora, con 12
** millones", "dahinter folgt Vantora mit 225 Millionen"): the name owns it (two classes
** read only in a year phrase's, which this is not) */
#define F_WITH (F_DATES | F_TARGET_YEAR)

static const tf_class_name phrase_classes[] = {
  {"source_before", F_SOURCE_BEFORE},
  {"source_after", F_SOURCE_AFTER},
  {"indirect", F_INDIRECT},
  {"target_before", F_TARGET_BEFORE},
  {"goods", F_GOODS},
  {"spend", F_SPEND},
  {"of", F_OF},
  {"agent", F_AGENT},
  {"det", F_DET},
  {"aux", F_AUX},
  {"year", F_YEAR},
  {"compare", F_COMPARE},
  {"group", F_GROUP},
  {"indirect_after", F_INDIRECT_AFTER},
  {"dates", F_DATES},
  {"clause", F_CLAUSE},
  {"from_before", F_FROM},
  {"to_before", F_TO},
  {"in_before", F_IN},
  {"for_before", F_FOR},
  {"lead_before", F_LEAD},
  {"object_verb", F_OBJECT},
  {"said_after", F_SAID_AFTER},
  {"said_before", F_SAID_BEFORE},
  {"place_before", F_PLACE},
  {"relative_year", F_RELATIVE_YEAR},
  {"month", F_MONTH},
  {"receive_after", F_RECEIVE},
  {"relative", F_RELATIVE},
  {"anaphor", F_ANAPHOR},
  {"target_year", F_TARGET_YEAR},
  {"state_body", F_STATE_BODY},
  {"ranked", F_RANKED},
  {"index_before", F_INDEX},
  {"with_amount", F_WITH},
  {"media", 0},        /* names, read below */
  {"media_word", 0},   /* last words of names, read below */
  {"authority", 0},    /* names, read below */
  {"respectively", 0}, /* words, read below */
  {"index", 0},        /* names, read below */
  {"index_word", 0},   /* last words of names, read below */
  {NULL, 0},
};

static tf_lexicon phrases;

/* what.tsv: one class bit per enum tf_what value (bit what - 1). */
/* clang-format off */
static const tf_class_name what_classes[] = {
  {"investment", 1u << 0},
  {"revenue", 1u << 1},
  {"profit", 1u << 2},
  {"funding", 1u << 3},
  {"valuation", 1u << 4},
  {"acquisition", 1u << 5},
  {"fine", 1u << 6},
  {"pay", 1u << 7},
  {"budget", 1u << 8},
  {"debt", 1u << 9},
  {"market", 1u << 10},
  {"price", 1u << 11},
  {"wealth", 1u << 12},
  {"total", 1u << 13},
  {"none", 1u << 14},
  {"generic", 1u << 15},
  {"null", 1u << 16},
  {"many", 1u << 17},
  {"row_total", 1u << 18},
  {"total_subject", 1u << 19},
  {"market_price", 1u << 20},
  {"total_verb", 1u << 21},
  {"family", 1u << 22},
  {"per_unit", 1u << 23},
  {"whose", 1u << 24},
  {"unnamed", 1u << 25},
  {"average", 1u << 26},
  {NULL, 0},
};
/* clang-format on */
/* "total": "au total", "in total" — a total over many (market), not a value of its own */
#define WHAT_TOTAL (1u << 13)
/* "none": a phrase that holds a word of a class and says nothing ("investment bank",
** "banque d'investissement"): its words are not read */
#define WHAT_NONE (1u << 14)
/* "generic": a word that any event uses ("deal", "opération"): its class counts only
** when no other phrase is near */
#define WHAT_GENERIC (1u << 15)
#define WHAT_ACQUISITION_BIT (1u << (TF_WHAT_ACQUISITION - 1))
#define WHAT_VALUES ((1u << (TF_WHAT_COUNT - 1)) - 1) /* the classes that are values */
/* "null": the amount is none of the values (GUIDE.md: dividends, buy-backs, cash, taxes
** paid): near the amount, it settles what as NULL, with no reading further away */
#define WHAT_NULL (1u << 16)
#define WHAT_SETTLED_NULL TF_WHAT_COUNT /* what_for's answer for it */
/* "many": a plural of events ("amendes", "fines", "levées"): with nobody named to own
** the amount, a total over many (market) */
#define WHAT_MANY (1u << 17)
/* "row_total": a table's row label that sums the rows above ("Total", "Totaux") */
#define WHAT_ROW_TOTAL (1u << 18)
/* "total_subject": companies in the plural ("entreprises", "companies"): a total when they
** are the subject of the amount's clause, not a preposition's object ("to Korean
** companies") nor in another clause ("Smaller companies found backers: a start-up …") */
#define WHAT_TOTAL_SUBJECT (1u << 19)
/* "market_price": a price the market sets ("closing share price", "cours de clôture"): a
** price even in a sentence about a purchase (GUIDE.md: "a market price price") */
#define WHAT_MARKET_PRICE (1u << 20)
/* "total_verb": "totalise", "totaled": a total, but between the phrase that says what the
** amount is and the amount, that value's sum ("Les revenus ont totalisé 111,7 millions") */
#define WHAT_TOTAL_VERB (1u << 21)
/* "family": a word of a family's name ("la famille Agnelli"), whose fortune is wealth */
#define WHAT_FAMILY (1u << 22)
/* "per_unit": right after an amount, it is for each of many ("pro Rechenzentrum", "each"):
** under a total, one unit's amount, which stays what it is, owned by nobody */
#define WHAT_PER_UNIT (1u << 23)
/* "whose": a possessive relative ("cujos", "whose", "dont"): companies in the plural
** before it are the subject of its clause, whatever stands before them ("um rótulo
** dado a startups cujos valores de mercado passam de US$ 1 bilhão") */
#define WHAT_WHOSE (1u << 24)
/* "unnamed": an organisation the text does not name, opening the amount's clause ("uma
** clínica do Porto foi multada em …", "a company paid …"): the amount is of someone
** unnamed, not of the article's main name nor of the paragraph's topic */
#define WHAT_UNNAMED (1u << 25)
/* "average": "media", "average", "moyenne": right before or after the phrase that says
** what the amount is ("valoración media", "average valuation"), a statistic over many */
#define WHAT_AVERAGE (1u << 26)
_Static_assert(sizeof what_classes / sizeof what_classes[0] == TF_WHAT_COUNT + 14,
               "one class of what.tsv per value of enum tf_what, and total, none, generic, null, "
               "many, row_total, total_subject, market_price, total_verb, family, per_unit, "
               "whose, unnamed, average");
static tf_lexicon what_lex;

const char *tf_what_name(int what) {
  return what > TF_WHAT_NONE && what < TF_WHAT_COUNT ? what_classes[what - 1].name : NULL;
}

const char *tf_year_source_name(int source) {
  static const char *const names[] = {NULL, "sentence", "earlier", "heading"};
  _Static_assert(sizeof names / sizeof names[0] == TF_YEAR_SOURCE_COUNT, "a name per source");
  return source > TF_YEAR_NONE && source < TF_YEAR_SOURCE_COUNT ? names[source] : NULL;
}

/* News outlets (class media): named in a sentence, they report the amount (value 1).
** Regulators and public authorities (class authority): never the organisation an
** article's amounts fall back to (value 2). */
#define NAME_MEDIA 1
#define NAME_AUTHORITY 2
#define NAME_MEDIA_WORD 3   /* while reading: a last word of outlets' names */
#define NAME_RESPECTIVELY 4 /* "respectively", "respectivement" */
#define NAME_INDEX 5        /* a stock index ("FTSE MIB", "Board Index"): nobody's owner */
#define NAME_INDEX_WORD 6   /* while reading: a last word of indexes' names */
#define INDEX_WORD 0x2545f4914f6cdd1dull /* keys those last words apart */
#define RESPECTIVELY_KEY 0x9e3779b97f4a7c15ull
#define MEDIA_WORD 0x5bd1e9955bd1e995ull /* keys the last words apart from whole names */
static tf_word_map media;

/* The months' names of facts.tsv (class month, any language) that are words of ASCII
** letters and digits once folded: bit tf_hash_bit(h, MONTH_LOG2) of the hash of each
** (tf_word_hash_byte over its bytes). dateline walks the trie only at a word whose bit is
** set, or that is not such a word. */
#define MONTH_LOG2 12
static unsigned char month_words[(1u << MONTH_LOG2) / 8];

static int month_word(uint64_t h) {
  uint64_t bit = tf_hash_bit(h, MONTH_LOG2);
  return month_words[bit >> 3] >> (bit & 7) & 1;
}


static uint64_t name_hash(const char *name, size_t len) {
  /* ASCII (most names): folded as tf_fold_string folds it (letters in lower case, white
  ** space as one ' ' between words, none at the ends), hashed on the way */
  const unsigned char *u = (const unsigned char *)name;
  size_t k = 0;
  while (k < len && u[k] && u[k] < 0x80) k++;
  if (k == len) {
    uint64_t h = TF_WORD_HASH_SEED;
    int n = 0, pending_space = 0;
    for (k = 0; k < len; k++) {
      unsigned char c = u[k];
      if (c == ' ' || (c >= 9 && c <= 13)) {
        pending_space = n > 0;
        continue;
      }
      if (pending_space) {
        if (n + 1 >= 256) return 0;
        h = tf_word_hash_byte(h, ' ');
        n++;
        pending_space = 0;
      }
      if (n + 1 >= 256) return 0;
      h = tf_word_hash_byte(h, c >= 'A' && c <= 'Z' ? (unsigned char)(c | 0x20) : c);
      n++;
    }
    if (n <= 0) return 0;
    return h ? h : 1;
  }
  char folded[256];
  int n = tf_fold_string(name, (int)len, folded, sizeof folded);
  if (n <= 0) return 0;
  uint64_t h = TF_WORD_HASH_SEED;
  for (int i = 0; i < n; i++) h = tf_word_hash_byte(h, (unsigned char)folded[i]);
  return h ? h : 1;
}

void tf_facts_teardown(void) {
  tf_lexicon_free(&phrases);
  tf_lexicon_free(&what_lex);
  tf_word_map_free(&media);
}

int tf_facts_init(char *err, size_t size) {
  int rc = tf_lexicon_load(&phrases, "facts.tsv", tf_data_facts, phrase_classes, err, size);
  if (rc == TF_OK)
    rc = tf_lexicon_load(&what_lex, "what.tsv", tf_data_what, what_classes, err, size);
  if (rc != TF_OK) return rc;
  tf_data_reader r;
  tf_data_row row;
  memset(month_words, 0, sizeof month_words);
  tf_data_open(&r, "facts.tsv", tf_data_facts);
  while (tf_data_next(&r, &row)) {
    if (!(row.len[0] == 5 && memcmp(row.field[0], "month", 5) == 0)) continue;
    tf_data_item item;
    for (tf_data_items(&item, row.field[2], row.len[2]); tf_data_item_next(&item);) {
      size_t n = item.len;
      while (n && item.text[n - 1] == '.') n--; /* as tf_lexicon_load reads it */
      char folded[256];
      int k = n && n <= 200 ? tf_fold_string(item.text, (int)n, folded, sizeof folded) : -1;
      uint64_t h;
      /* (dateline walks the trie at any word not of ASCII) */
      if (k <= 0 ||
          tf_ascii_alnum_hash((const unsigned char *)folded, (size_t)k, 0, &h) != (size_t)k)
        continue;
      uint64_t bit = tf_hash_bit(h, MONTH_LOG2);
      month_words[bit >> 3] |= (unsigned char)(1u << (bit & 7));
    }
  }
  size_t count = 0;
  for (int pass = 0; pass < 2; pass++) {
    tf_data_open(&r, "facts.tsv", tf_data_facts);
    while (tf_data_next(&r, &row)) {
      int value = row.len[0] == 5 && memcmp(row.field[0], "media", 5) == 0       ? NAME_MEDIA
                  : row.len[0] == 9 && memcmp(row.field[0], "authority", 9) == 0 ? NAME_AUTHORITY
                  : row.len[0] == 10 && memcmp(row.field[0], "media_word", 10) == 0
                    ? NAME_MEDIA_WORD
                  : row.len[0] == 12 && memcmp(row.field[0], "respectively", 12) == 0
                    ? NAME_RESPECTIVELY
                  : row.len[0] == 5 && memcmp(row.field[0], "index", 5) == 0 ? NAME_INDEX
                  : row.len[0] == 10 && memcmp(row.field[0], "index_word", 10) == 0
                    ? NAME_INDEX_WORD
                    : 0;
      if (!value) continue;
      tf_data_item item;
      for (tf_data_items(&item, row.field[2], row.len[2]); tf_data_item_next(&item);) {
        if (pass == 0) {
          count++;
          continue;
        }
        uint64_t h = name_hash(item.text, item.len);
        if (!h) return tf_data_fail(err, size, &r, "bad name '%.*s'", (int)item.len, item.text);
        int v = value;
        if (value == NAME_MEDIA_WORD) {
          h ^= MEDIA_WORD;
          v = NAME_MEDIA;
        } else if (value == NAME_RESPECTIVELY) {
          h ^= RESPECTIVELY_KEY;
        } else if (value == NAME_INDEX_WORD) {
          h ^= INDEX_WORD;
          v = NAME_INDEX;
        }
        tf_word_map_put(&media, h, v);
      }
    }
    if (pass == 0 && tf_word_map_init(&media, count)) return TF_NOMEM;
  }
  return TF_OK;
}

/* ------------------------------------------------------------------------ */
/* One sentence, as words with the phrases that start and end at each. */

typedef struct token {
  size_t start, end;
  unsigned start_mask;   /* classes of the longest phrase that starts here */
  int start_phrase_last; /* its last token */
  unsigned end_mask;     /* classes of the longest phrase that ends here */
  int end_phrase_first;  /* its first token */
  int entity;            /* index in the entity list, or -1 */
  int fact;              /* index in the fact list, or -1 */
  int matched;           /* the phrases that start here were looked up */
  unsigned char cjk;     /* an ideograph: a token of one character (half a word) */
  /* tf_lexicon_may_match of facts.tsv's and what.tsv's phrases at the token (read with the
  ** word in analyse_window): 0, no phrase of theirs matches here but inside the word */
  unsigned char may_phrase, may_what;
  /* what_mask_at here, once read_whats read it (what_known): its classes and end */
  unsigned char what_known;
  uint32_t what_raw;
  size_t what_end;
} token;

typedef struct analysis {
  const unsigned char *s;
  size_t len;
  int lang;       /* a tf_lang, or AUTO */
  unsigned langs; /* the languages whose facts.tsv phrases are read: the lang given, or for
                  ** AUTO French, English and the text's (short texts defeat detection) */
  int count;      /* tokens */
  size_t window_start, window_end; /* the bytes analysed (see analyse_window) */
  size_t first_entity, end_entity; /* the entities inside them */
  size_t first_fact, end_fact;     /* the amounts inside them */
  size_t first_money;              /* where the first of them starts (window_end: none) */
  unsigned char *roles;      /* per entity of the list: its role in this window (read_roles) */
  uint32_t *preps;           /* per entity: the P_ bits of the phrase before it (read_roles) */
  unsigned char *named;      /* per entity: the memo of named_at */
  int text_lang;             /* the language the money scan decided on (foreign_sentence's) */
  int foreign, foreign_read; /* the window is in the other language than the article:
                             ** read when a rule first asks (window_foreign) */
  int nomem;
  /* Read once per window when a rule first asks (see year_for, clause_between), so
  ** that the work per amount does not grow with the amounts of the window. */
  int year_count, years_read;
  int clause_count, clauses_read;
  int what_read;
  int matched_below;           /* the tokens before it have their phrases looked up (end_mask) */
  uint32_t what_window;        /* every class of the window's phrases */
  int relative, relative_read; /* the window says its year relatively (relative_year) */
  int brackets_read;
  /* The arrays, last: from tokens on, what one call leaves to the next (keep_arrays). */
  token *tokens;
  size_t capacity;
  struct year_candidate *years;
  size_t year_capacity;
  struct clause_point *clauses;
  size_t clause_capacity;
  /* what_for: the what.tsv classes of the phrase at each token, and the nearest token
  ** with one before (or at) and after (or at) each token, -1 for none */
  uint32_t *what_masks;
  int *what_before, *what_after;
  size_t what_capacity;
  /* per entity of the window (index - first_entity): the innermost brackets around it,
  ** [open, close), or open = -1 (read once per window by read_brackets) */
  size_t *bracket_open, *bracket_close;
  size_t bracket_capacity;
} analysis;

/* The arrays of an analysis and their room (its fields from tokens on), kept in the fact
** list between calls. */
struct tf_facts_scratch {
  analysis kept;
};

/* An analysis without anything but the arrays the last call on list left (none at first). */
static void take_arrays(analysis *an, tf_fact_list *list) {
  memset(an, 0, sizeof *an);
  if (!list->scratch) return;
  *an = list->scratch->kept;
  memset(an, 0, offsetof(analysis, tokens));
  memset(&list->scratch->kept, 0, sizeof list->scratch->kept);
}

static void free_arrays(analysis *an) {
  tf_free(an->tokens);
  tf_free(an->years);
  tf_free(an->clauses);
  tf_free(an->what_masks);
  tf_free(an->what_before);
  tf_free(an->what_after);
  tf_free(an->bracket_open);
  tf_free(an->bracket_close);
  memset(an, 0, sizeof *an);
}

/* Leaves the arrays of an to the next call on list (or frees them, without memory to keep
** them). */
static void keep_arrays(analysis *an, tf_fact_list *list) {
  if (!list->scratch) {
    list->scratch = tf_malloc(sizeof *list->scratch);
    if (!list->scratch) {
      free_arrays(an);
      return;
    }
  }
  list->scratch->kept = *an;
  memset(an, 0, sizeof *an);
}

/* A year a rule may give an amount (year_for): the token, its marker, the
** comparison phrases before it, and the amounts nearest to it. */
typedef struct year_candidate {
  int token, marker, year, marked;
  int compare_self; /* the marker itself starts a comparison ("depuis 2020") */
  int compare[6];   /* tokens before the marker where a comparison phrase ends */
  int compare_count;
  long left, right; /* the last amount ending before the marker, the first starting
                          after the year (indexes of the fact list; -1 / end_fact: none) */
} year_candidate;

/* Where a new clause starts: a clause exists between lo and hi when lo <= a and
** b <= hi for one of them (see clause_between). Sorted by a, with min_b the
** smallest b from there on. */
typedef struct clause_point {
  size_t a, b, min_b;
} clause_point;

/* Is the ASCII byte c a letter or a digit (tf_word_char_at's word characters in ASCII)? */
static inline int ascii_alnum(unsigned char c) { return tf_ascii_alnum_fold[c] != 0; }

/* The end of the ideograph (kana, hangul) at s[p], or 0. */
static size_t cjk_at(const unsigned char *s, size_t len, size_t p) {
  /* (no character of two bytes is: test_core's fold.cjk_two_bytes) */
  if (p >= len || s[p] < 0xE0) return 0;
  size_t next;
  int32_t cp = tf_utf8_decode(s, len, p, &next);
  return tf_char_class(cp) == TF_CC_CJK ? next : 0;
}

static int push_token(analysis *an, size_t start, size_t end) {
  if ((size_t)an->count >= an->capacity) {
    token *grown = tf_grow(an->tokens, (size_t)an->count, &an->capacity, sizeof *grown, 64);
    if (!grown) return -1;
    an->tokens = grown;
  }
  token *t = &an->tokens[an->count++];
  memset(t, 0, sizeof *t);
  t->start = start;
  t->end = end;
  t->start_phrase_last = t->end_phrase_first = an->count - 1;
  t->entity = t->fact = -1;
  t->may_phrase = t->may_what = 1;
  return 0;
}

/* The token that ends at byte e, or -1 (tokens are in order). */
static int token_ending_at(const analysis *an, int from, size_t e) {
  for (int i = from; i < an->count && an->tokens[i].start < e; i++)
    if (an->tokens[i].end == e) return i;
  return -1;
}

/* The first token at or after byte p, or count. */
static int token_from(const analysis *an, size_t p) {
  int lo = 0, hi = an->count;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    if (an->tokens[mid].start < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/* Sentences longer than this are read in windows, so that the work stays
** linear on text without punctuation: the amounts of one block of BLOCK bytes
** share the window of that block and HALF_WINDOW bytes each side of it. */
#define MAX_WINDOW 4096
#define HALF_WINDOW 1024
#define BLOCK 1024
/* The lead (headline and first sentences) counts for the main organisation. */
#define LEAD_BYTES 600

/* The bytes to analyse for the amount f: its sentence, or a window of it. */
static void window_of(const unsigned char *s, const tf_fact *f, size_t *ws, size_t *we) {
  size_t ss = f->sentence_start, se = f->sentence_end;
  *ws = ss;
  *we = se;
  if (se - ss <= MAX_WINDOW) return;
  size_t block = ss + (f->money.start - ss) / BLOCK * BLOCK;
  if (block > ss + HALF_WINDOW) *ws = block - HALF_WINDOW;
  if (block + BLOCK + HALF_WINDOW < se) *we = block + BLOCK + HALF_WINDOW;
  if (*we < f->money.end) *we = f->money.end; /* an amount longer than a window */
  while (*ws < f->money.start && (s[*ws] & 0xC0) == 0x80) (*ws)++;
  while (*we > f->money.end && *we < se && (s[*we] & 0xC0) == 0x80) (*we)--;
}

static void analyse_window(analysis *an, const tf_fact_list *facts, size_t fact_index, size_t ss,
                           size_t se) {
  const unsigned char *s = an->s;
  an->count = 0;
  an->window_start = ss;
  an->window_end = se;
  an->years_read = an->clauses_read = an->what_read = an->relative_read = 0;
  an->brackets_read = an->foreign_read = 0;
  an->matched_below = 0;
  for (size_t p = ss; p < se;) {
    if (s[p] < 0x80) { /* ASCII: what tf_word_char_at, tf_scan_word and cjk_at say of it */
      if (!ascii_alnum(s[p])) {
        p++;
        continue;
      }
      /* (and the hash of the word in lower case: tf_lexicon_may_match's) */
      uint64_t h;
      size_t e = tf_ascii_alnum_hash(s, se, p, &h);
      if (e == se || s[e] < 0x80) { /* a word of ASCII letters and digits only */
        if (push_token(an, p, e)) {
          an->nomem = 1;
          return;
        }
        token *t = &an->tokens[an->count - 1];
        t->may_phrase = (unsigned char)tf_lexicon_word_may_match(&phrases, h);
        t->may_what = (unsigned char)tf_lexicon_word_may_match(&what_lex, h);
        p = e;
        continue;
      }
    }
    /* a character of another script: what tf_word_char_at and cjk_at say, decoded once
    ** (another byte is one character: an ASCII one, or a stray continuation byte) */
    size_t next = p + 1;
    int word;
    if (s[p] >= 0xC0) {
      int c = tf_char_class(tf_utf8_decode(s, se, p, &next));
      if (c == TF_CC_CJK) { /* an ideograph */
        if (push_token(an, p, next)) {
          an->nomem = 1;
          return;
        }
        an->tokens[an->count - 1].cjk = 1;
        p = next;
        continue;
      }
      word = c == TF_CC_LETTER || c == TF_CC_DIGIT;
    } else {
      word = tf_word_char_at(s, se, p);
    }
    if (word) {
      /* Chinese writes no spaces: a word of other letters or digits ends before an
      ** ideograph ("Kelvora宣布投入500亿美元"), which is a token of its own */
      tf_word_info w;
      size_t e = tf_scan_word(s, se, p, &w);
      if (e == p) e = p + 1;
      for (size_t q = p; q < e; q++)
        if (s[q] >= 0xC0 && cjk_at(s, e, q)) {
          e = q;
          break;
        }
      if (push_token(an, p, e)) {
        an->nomem = 1;
        return;
      }
      p = e;
    } else {
      p = next;
    }
  }
  /* Entities and amounts in the window. */
  const tf_entity_list *ents = &facts->entities;
  size_t lo = 0, hi = ents->count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (ents->items[mid].start < ss) lo = mid + 1;
    else hi = mid;
  }
  an->first_entity = lo;
  size_t k = lo;
  for (; k < ents->count && ents->items[k].end <= se; k++)
    for (int i = token_from(an, ents->items[k].start);
         i < an->count && an->tokens[i].end <= ents->items[k].end; i++)
      an->tokens[i].entity = (int)k;
  an->end_entity = k;
  size_t j = fact_index;
  while (j > 0 && facts->items[j - 1].money.start >= ss) j--;
  an->first_fact = j;
  for (; j < facts->count && facts->items[j].money.end <= se; j++) {
    const tf_fact *g = &facts->items[j];
    for (int i = token_from(an, g->money.start); i < an->count && an->tokens[i].end <= g->money.end;
         i++)
      an->tokens[i].fact = (int)j;
  }
  an->end_fact = j;
  an->first_money = an->first_fact < j ? facts->items[an->first_fact].money.start : se;
}

/* Looks up the phrases that start at token i (once): most tokens never need it. */
static void read_phrases(analysis *an, int i) {
  token *t = &an->tokens[i];
  t->matched = 1;
  tf_trie_hit hits[8];
  int n = t->may_phrase ? tf_trie_match(phrases.trie, an->s, an->window_end, t->start, hits, 8) : 0;
  for (int k = n - 1; k >= 0; k--) {
    unsigned mask = tf_lexicon_classes_in(&phrases, hits[k].value, an->langs);
    if (!mask) continue;
    int last = token_ending_at(an, i, hits[k].end);
    if (last < 0 && hits[k].end > t->start) {
      /* "d'", "l'": the phrase ends with the apostrophe after a token */
      size_t prev;
      int32_t cp = tf_utf8_decode_before(an->s, hits[k].end, &prev);
      if (tf_char_class(cp) == TF_CC_APOSTROPHE) last = token_ending_at(an, i, prev);
    }
    if (last < 0) continue; /* ends inside a word */
    if (!t->start_mask) {
      t->start_mask = mask;
      t->start_phrase_last = last;
    }
    token *u = &an->tokens[last];
    if (!u->end_mask || u->end_phrase_first > i) {
      u->end_mask = mask;
      u->end_phrase_first = i;
    }
  }
}

/* The same, where they were not looked up yet (the test inline: most calls find them). */
static inline void match_phrases(analysis *an, int i) {
  if (!an->tokens[i].matched) read_phrases(an, i);
}

/* The classes of the longest phrase that starts at token i. */
static unsigned start_mask(analysis *an, int i) {
  match_phrases(an, i);
  return an->tokens[i].start_mask;
}

/* The classes of the longest phrase that ends at token j. */
static unsigned end_mask(analysis *an, int j) {
  int lo = j - phrases.max_words + 1 < 0 ? 0 : j - phrases.max_words + 1;
  for (int i = lo > an->matched_below ? lo : an->matched_below; i <= j; i++) match_phrases(an, i);
  if (lo <= an->matched_below && j >= an->matched_below) an->matched_below = j + 1;
  return an->tokens[j].end_mask;
}

/* ------------------------------------------------------------------------ */
/* Roles. */

static int results_follow(const analysis *an, int k);

enum role { R_NEUTRAL, R_OWNER, R_SOURCE, R_INDIRECT, R_TARGET };

/* What the phrase before a name says of it, whatever its role (entity_role): read
** with the amount's `what` (attribute), it makes the name the owner or the other
** party ("invested $400m in Zomato": Zomato raised it; "led by Blume": Blume invests). */
#define P_FROM 0x01          /* "auprès de", "from" */
#define P_TO 0x02            /* "à", "to", "imposed on" */
#define P_IN 0x04            /* "dans", "in" */
#define P_FOR 0x08           /* "pour", "for" */
#define P_LEAD 0x10          /* "mené par", "led by" */
#define P_OBJECT 0x20        /* "racheter", "fined" */
#define P_BY 0x40            /* "par", "by": a passive's agent */
#define P_GOODS 0x80         /* "puces Nvidia", "acquisition of X": the thing bought is X's, or X */
#define P_NOT_SUBJECT 0x100  /* a place that does not open its sentence */
#define P_PLACE 0x200        /* "sous", "à", "near": where, not who */
#define P_RECEIVES 0x400     /* X "received": the receiver */
#define P_RELATIVE 0x800     /* X ", qui …", X ", which …": the clause's subject */
#define P_AUTHORITY 0x1000   /* a regulator, a court (facts.tsv class authority) */
#define P_BIDDER 0x2000      /* "a proposal from", "an offer from" X: X bids */
#define P_OFFERED 0x4000     /* "a proposal to", "an offer to" X: X is bid for */
#define P_RANKED 0x8000      /* "suivi par", "followed by" X: X is the next of a ranking */
#define P_INDEX 0x10000      /* "l'indice" X, "FTSE MIB": X is a stock index */
#define P_STUDY 0x20000      /* "selon" X, "secondo i dati di" X: X gives figures (a source) */
#define P_POSSESSIVE 0x40000 /* X "的" …: X owns what follows it, not an amount before it */

static uint32_t what_mask_at(const analysis *an, int j, size_t *end);

/* Does an offer's word (what.tsv, class generic: "proposal", "offer", "bid", "offre")
** end right before token k ("a fifth proposal from Takeda")? */
static int offer_before(const analysis *an, int k) {
  if (k < 1 || an->tokens[k - 1].entity >= 0 || an->tokens[k - 1].fact >= 0) return 0;
  size_t end = 0;
  return (what_mask_at(an, k - 1, &end) & WHAT_GENERIC) && end == an->tokens[k - 1].end;
}

/* Is name[0..len) the name of m? */
static int is_named(const char *name, size_t len, const tf_entity_mention *m) {
  return name && m->name_len == len && memcmp(m->name, name, len) == 0;
}

/* Are a and b the same name (or both none)? */
static int same_name(const tf_entity_mention *a, const tf_entity_mention *b) {
  if (!a || !b) return a == b;
  return is_named(a->name, a->name_len, b);
}

/* Is the name a state body's: one that starts with a phrase of facts.tsv class state_body
** ("U.S. Department of Commerce", "gouvernement du Québec")? Their funding and their loans
** are public money: a budget (GUIDE.md). (A place is no body: "London" near a round.) */
static int state_body(const char *name, size_t len, int kind) {
  if (kind != TF_KIND_ORG) return 0;
  const unsigned char *n = (const unsigned char *)name;
  for (size_t p = 0; p < len && p < 8; p++) { /* the first words: "U.S. Department" */
    if (p > 0 && n[p - 1] != ' ') continue;
    tf_trie_hit hits[4];
    int k = tf_lexicon_match(&phrases, n, len, p, hits, 4);
    for (int h = 0; h < k; h++)
      if ((hits[h].end == len || n[hits[h].end] == ' ') &&
          (tf_lexicon_classes(&phrases, hits[h].value, TF_LANG_AUTO) & F_STATE_BODY))
        return 1;
  }
  return 0;
}

/* What facts.tsv names m as: NAME_MEDIA, NAME_AUTHORITY, NAME_INDEX, or 0. */
static int named_as(const tf_entity_mention *m) {
  int32_t value = 0;
  uint64_t whole = name_hash(m->name, m->name_len);
  tf_word_map_get(&media, whole, &value);
  if (value) return value;
  /* an outlet by its last word ("The Gazette", "Alliance News") or its domain name
  ** ("CercleFinance.com"), when the name has more than that word or is a domain */
  size_t w = m->name_len;
  while (w > 0 && m->name[w - 1] != ' ') w--;
  const char *last = m->name + w;
  size_t n = m->name_len - w;
  if (n > 4 && last[n - 4] == '.' &&
      (memcmp(last + n - 3, "com", 3) == 0 || memcmp(last + n - 3, "net", 3) == 0))
    return NAME_MEDIA;
  /* (a name of one word is its own last word: hashed once) */
  uint64_t last_hash = w > 0 ? name_hash(last, n) : whole;
  if (w > 0 && tf_word_map_get(&media, last_hash ^ MEDIA_WORD, &value) && value) return NAME_MEDIA;
  /* in Chinese, by its last ideographs ("…日报", "…社"): its words are not spaced */
  size_t e = m->name_len;
  for (int k = 0; k < 3 && e > 0 && tf_ends_ideograph((const unsigned char *)m->name, 0, e); k++) {
    size_t before;
    tf_utf8_decode_before((const unsigned char *)m->name, e, &before);
    e = before;
    if (e > 0 &&
        tf_word_map_get(&media, name_hash(m->name + e, m->name_len - e) ^ MEDIA_WORD, &value) &&
        value)
      return NAME_MEDIA;
  }
  /* a stock index by its last word, or that word alone ("Spencer Stuart Board Index") */
  if (tf_word_map_get(&media, last_hash ^ INDEX_WORD, &value) && value) return NAME_INDEX;
  return 0;
}

/* named_as of the entity i of ents, read once per text: the rules ask it of the same
** names in every window, topic and count. memo: per entity, named_as + 1, 0 until read. */
static int named_at(unsigned char *memo, const tf_entity_list *ents, size_t i) {
  if (!memo[i]) memo[i] = (unsigned char)(named_as(&ents->items[i]) + 1);
  return memo[i] - 1;
}


static int product_token(const analysis *an, const tf_fact_list *facts, int i) {
  int e = an->tokens[i].entity;
  return e >= 0 && facts->entities.items[e].kind == TF_KIND_PRODUCT;
}

/* A short word in capitals between goods and a name: "puces IA Ascend". */
static int acronym_token(const analysis *an, int i) {
  const token *t = &an->tokens[i];
  if (t->end - t->start > 4) return 0;
  for (size_t p = t->start; p < t->end; p++)
    if (!(an->s[p] >= 'A' && an->s[p] <= 'Z')) return 0;
  return 1;
}

/* The first non-space character before p: its code point and position. */
static int32_t char_before(const unsigned char *s, size_t floor, size_t p, size_t *at) {
  while (p > floor) {
    size_t prev;
    int32_t cp = tf_utf8_decode_before(s, p, &prev);
    if (cp != ' ' && cp != 0xA0 && cp != 0x202F && cp != '\t') {
      *at = prev;
      return cp;
    }
    p = prev;
  }
  *at = floor;
  return TF_INVALID_CP;
}

/* The role of the entity spanning tokens [a, b]. */
/* Is byte c a space between words here: ' ', or a byte of U+00A0 (no-break space)? */
static int word_gap_byte(unsigned char c) { return c == ' ' || c == 0xC2 || c == 0xA0; }

/* The first byte at or after p, before limit, that is no word_gap_byte. */
static size_t skip_word_gap(const unsigned char *s, size_t p, size_t limit) {
  while (p < limit && word_gap_byte(s[p])) p++;
  return p;
}

/* Does a clause phrase start at token k: 1 a short one that also joins names ("et",
** "and"), 2 a long one that starts a clause of its own ("tandis que", "whereas"); 0 none. */
static int conjunction_at(analysis *an, int k) {
  if (!(start_mask(an, k) & F_CLAUSE)) return 0;
  const token *t = &an->tokens[k];
  return an->tokens[t->start_phrase_last].end - t->start > 4 ? 2 : 1;
}

/* Does an amount or a phrase of what.tsv follow within a few words, from token k, before
** another name ("anunció en septiembre un proyecto de", "announced a $5bn plan")? */
#define RESULTS_WORDS 6
#define ANNOUNCED_WORDS 10
static int announces(const analysis *an, int k) {
  for (int n = 0; n < ANNOUNCED_WORDS && k < an->count; n++, k++) {
    const token *w = &an->tokens[k];
    if (w->fact >= 0) return 1;
    /* another name, or a clause of its own: ", X said it would spend" is reported speech */
    if (w->entity >= 0 || (start_mask((analysis *)an, k) & (F_AUX | F_CLAUSE | F_RELATIVE)))
      return 0;
    size_t end;
    if (what_mask_at(an, k, &end) & WHAT_VALUES) return 1;
  }
  return 0;
}

/* After a comma, a quote or a closing guillemet: where reported speech is joined. */
static int speech_mark(int32_t c) { return c == ',' || c == '"' || c == 0x201D || c == 0xBB; }

/* ", X said" (X after a comma or a quote, a saying verb after it) or ", a indiqué X"
** (the verb after a comma): X is quoted; the amount is not X's for that. */
static int quoted_speaker(analysis *an, const tf_entity_mention *m, int a, int b,
                          size_t sentence_start) {
  const token *t = an->tokens;
  size_t at;
  int32_t c = char_before(an->s, sentence_start, m->start, &at);
  /* (not where the verb announces its own amount, quoting none before it: "Por su parte,
  ** Kelvora anunció una inversión de …") */
  if (speech_mark(c) && b + 1 < an->count && t[b + 1].entity < 0 &&
      (start_mask(an, b + 1) & F_SAID_AFTER)) {
    if (an->first_money < m->start || !announces(an, t[b + 1].start_phrase_last + 1)) return 1;
  }
  if (a > 0 && t[a - 1].entity < 0 && (end_mask(an, a - 1) & F_SAID_BEFORE)) {
    c = char_before(an->s, sentence_start, t[t[a - 1].end_phrase_first].start, &at);
    if (speech_mark(c)) return 1;
  }
  return 0;
}

/* Does s[p..] hold "-" and a participle in lower case ("-based", "-dominated")? */
static int compound_participle(const unsigned char *s, size_t p, size_t end) {
  if (p + 1 >= end || s[p] != '-') return 0;
  size_t e = p + 1;
  while (e < end && s[e] >= 'a' && s[e] <= 'z') e++;
  if (e - p < 4) return 0;
  return (s[e - 2] == 'e' && s[e - 1] == 'd') ||
         (e - p > 4 && s[e - 3] == 'i' && s[e - 2] == 'n' && s[e - 1] == 'g');
}

/* Do "a" or "para" and an infinitive follow token b ("a vender", "a investir", "a
** investire")? In Spanish, Portuguese and Italian. */
static int infinitive_after(const analysis *an, int b) {
  unsigned romance = TF_LANG_BIT(TF_LANG_ES) | TF_LANG_BIT(TF_LANG_PT) | TF_LANG_BIT(TF_LANG_IT);
  if (!(an->langs & romance) || b + 2 >= an->count) return 0;
  const token *a = &an->tokens[b + 1], *v = &an->tokens[b + 2];
  if (a->entity >= 0 || v->entity >= 0 || v->fact >= 0 ||
      !((a->end - a->start == 1 && an->s[a->start] == 'a') ||
        (a->end - a->start == 4 && memcmp(an->s + a->start, "para", 4) == 0)))
    return 0;
  const unsigned char *w = an->s + v->start;
  size_t n = v->end - v->start;
  if (n < 4 || !(w[0] >= 'a' && w[0] <= 'z')) return 0;
  if (w[n - 1] == 'e') n--; /* "vendere" */
  return w[n - 1] == 'r' && (w[n - 2] == 'a' || w[n - 2] == 'e' || w[n - 2] == 'i');
}

/* The classes of facts.tsv's phrases that start at byte p and end a word. */
static unsigned phrase_classes_at(const analysis *an, size_t p) {
  tf_trie_hit hits[4];
  int k = tf_lexicon_match(&phrases, an->s, an->window_end, p, hits, 4);
  unsigned mask = 0;
  for (int h = 0; h < k; h++)
    if (hits[h].end >= an->window_end || !tf_word_char_at(an->s, an->window_end, hits[h].end))
      mask |= tf_lexicon_classes_in(&phrases, hits[h].value, an->langs);
  return mask;
}

/* Does s[a, b) hold only spaces and apostrophes ("dell'")? */
static int gap_is_space(const unsigned char *s, size_t a, size_t b) {
  for (size_t p = a; p < b; p++)
    if (!(word_gap_byte(s[p]) || s[p] == '\'' ||
          (s[p] == 0xE2 && p + 2 < b && s[p + 1] == 0x80 && s[p + 2] == 0x99 && (p += 2))))
      return 0;
  return 1;
}

#define SOURCE_GAP 6 /* the words of a source's descriptor: "dem Informationsdienst" */

static int entity_role(analysis *an, const tf_fact_list *facts, const tf_entity_mention *m, int a,
                       int b, size_t sentence_start, int named, unsigned *prep) {
  const token *t = an->tokens;
  *prep = 0;
  if (named == NAME_MEDIA) return R_SOURCE;
  if (named == NAME_INDEX) {
    *prep |= P_INDEX;
    return R_INDIRECT;
  }
  size_t at;
  if (char_before(an->s, sentence_start, m->start, &at) == 0xA9) return R_SOURCE; /* © */
  if (quoted_speaker(an, m, a, b, sentence_start)) return R_SOURCE;
  /* a name in a compound adjective: "FOMC-dominated", "Alibaba-backed" (a participle:
  ** not "CTRL-labs") */
  if (compound_participle(an->s, m->end, an->window_end)) return R_INDIRECT;
  /* a compound whose head says someone else's: "Data Center-Sparte" (a division) */
  if (m->end + 1 < an->window_end && an->s[m->end] == '-' &&
      (phrase_classes_at(an, m->end + 1) & F_INDIRECT_AFTER))
    return R_INDIRECT;
  /* Goods right after the name: "Nvidia chips", "Nvidia H20", "Nvidia's H20"
  ** (not across punctuation: "ByteDance, TikTok's parent"). */
  int g = b + 1;
  size_t gap = m->end;
  if (g < an->count && an->s[gap] != ',' && t[g].end - t[g].start == 1 &&
      (an->s[t[g].start] | 0x20) == 's' && t[g].start > gap && t[g].start - gap <= 3)
    gap = t[g++].end; /* 's */
  if (g < an->count) {
    int spaces_only = 1;
    for (size_t p = gap; p < t[g].start && spaces_only; p++) spaces_only = word_gap_byte(an->s[p]);
    if (spaces_only && ((start_mask(an, g) & F_GOODS) || product_token(an, facts, g))) {
      *prep |= P_GOODS;
      return R_TARGET;
    }
  }
  /* Before: skip articles, then read the phrase that ends there. */
  int j = a - 1;
  for (int skipped = 0; j >= 0 && skipped < 2 && (end_mask(an, j) & F_DET) &&
                        t[j].end_phrase_first == j && t[j].entity < 0;
       skipped++)
    j--;
  /* Spanish "a" before a person or company that is the object: "impulsaron a Kelvora a
  ** vender bonos" (Kelvora sells: the subject of the infinitive after it) */
  if (j >= 0 && t[j].entity < 0 && t[j].fact < 0 && (end_mask(an, j) & F_TO) &&
      t[j].end_phrase_first == j && infinitive_after(an, b))
    j = -1;
  /* (in Chinese, not across punctuation: "据了解，Kelvora …" is no source's name) */
  if (j >= 0 && t[j].cjk && !gap_is_space(an->s, t[j].end, t[j + 1].start)) j = -1;
  if (j >= 0 && t[j].entity < 0 && t[j].fact < 0 && end_mask(an, j)) {
    unsigned mask = t[j].end_mask;
    *prep = (mask & F_FROM ? P_FROM : 0) | (mask & F_TO ? P_TO : 0) | (mask & F_IN ? P_IN : 0) |
            (mask & F_FOR ? P_FOR : 0) | (mask & F_LEAD ? P_LEAD : 0) |
            (mask & F_OBJECT ? P_OBJECT : 0) | (mask & F_AGENT ? P_BY : 0) |
            (mask & F_PLACE ? P_PLACE : 0) | ((mask & F_RANKED) == F_RANKED ? P_RANKED : 0);
    if ((mask & (F_FROM | F_TO)) && offer_before(an, t[j].end_phrase_first))
      *prep |= mask & F_FROM ? P_BIDDER : P_OFFERED;

    if (mask & F_SOURCE_BEFORE) {
      *prep |= P_STUDY;
      return R_SOURCE;
    }
    if ((mask & F_INDEX) == F_INDEX) *prep |= P_INDEX;
    if (mask & F_INDIRECT) return R_INDIRECT;
    if (mask & F_AGENT) return R_OWNER;
    if ((mask & F_OF) && t[j].end_phrase_first == j) {
      int k = j - 1;
      /* a source's own: "l'Osservatorio Crowdinvesting del Politecnico di Milano" */
      if (k >= 0 && t[k].entity >= 0 && an->roles[t[k].entity] == R_SOURCE) {
        *prep |= an->preps[t[k].entity] & P_STUDY;
        return R_SOURCE;
      }
      if (k >= 0 && t[k].fact >= 0) return R_OWNER; /* "… de dollars de ByteDance" */
      if (k >= 0 && (end_mask(an, k) & F_SPEND)) return R_OWNER;
      int products = 0;
      while (k >= 0 && j - k <= 4 && (product_token(an, facts, k) || acronym_token(an, k))) {
        products += product_token(an, facts, k);
        k--;
      }
      if (products || (k >= 0 && (end_mask(an, k) & F_GOODS))) {
        *prep |= P_GOODS;
        return R_TARGET; /* "puces Ascend de Huawei", "acquisition of X" */
      }
    } else if (mask & F_TARGET_BEFORE) {
      return R_TARGET;
    } else if (mask & F_GOODS) {
      /* "le fabricant de puces Nvidia", "l'éditeur de logiciels ChapsVision": what the
      ** company makes, in apposition to its name; else its goods ("puces Nvidia") */
      int g0 = t[j].end_phrase_first;
      if (!(g0 > 0 && (end_mask(an, g0 - 1) & F_INDIRECT))) {
        *prep |= P_GOODS;
        return R_TARGET;
      }
    }
  }
  /* A source's descriptor between: "secondo l'Osservatorio Data Center del Politecnico",
  ** "laut dem Informationsdienst Crunchbase", "segundo apuração de Deu Tilt" (a few words
  ** of one phrase: no punctuation, name, amount or clause between; not a verb that may
  ** report too, "informó": "X informó que su filial Y …") */
  for (int k = a - 1, n = 0; k >= 0 && n < SOURCE_GAP && !*prep; k--, n++) {
    if (t[k].entity >= 0 || t[k].fact >= 0 || !gap_is_space(an->s, t[k].end, t[k + 1].start)) break;
    unsigned mask = end_mask(an, k);
    if ((mask & F_SOURCE_BEFORE) && !(mask & F_SOURCE_AFTER) && k < a - 1) {
      *prep |= P_STUDY;
      return R_SOURCE;
    }
    if (start_mask(an, k) & (F_CLAUSE | F_RELATIVE | F_AUX)) break;
  }
  /* After: a relative clause, a possessive, goods, or a reporting verb. */
  int k = b + 1;
  if (k < an->count && t[k].entity < 0 && (start_mask(an, k) & F_RELATIVE)) {
    size_t p = m->end;
    p = skip_word_gap(an->s, p, t[k].start);
    if (p < t[k].start && an->s[p] == ',') *prep |= P_RELATIVE;
  }
  int possessive = 0;
  if (k < an->count && t[k].end - t[k].start == 1 && (an->s[t[k].start] | 0x20) == 's' &&
      t[k].start > m->end) {
    size_t next;
    int32_t cp = tf_utf8_decode(an->s, an->len, m->end, &next);
    if (next == t[k].start && (cp == '\'' || cp == 0x2019)) {
      possessive = 1;
      k++;
    }
  }
  /* Chinese "的" ("凯沃拉的营收"): a possessive, right after the name */
  if (!possessive && k < an->count && t[k].cjk && t[k].start == m->end && t[k].entity < 0 &&
      (start_mask(an, k) & F_OF) && t[k].start_phrase_last == k) {
    possessive = 1;
    *prep |= P_POSSESSIVE;
    k++;
  }
  if (k < an->count) {
    if (possessive && t[k].fact >= 0) return R_OWNER; /* "ByteDance's $5bn" */
    unsigned mask = start_mask(an, k);
    if (mask & F_INDIRECT_AFTER) return R_INDIRECT; /* "TikTok's parent" */
    if (possessive && (mask & F_SPEND)) return R_OWNER;
    for (int n = 0; n < 4 && k < an->count && t[k].entity < 0; n++) {
      mask = start_mask(an, k);
      if (mask & F_RECEIVE) *prep |= P_RECEIVES;
      if (mask & F_SOURCE_AFTER)
        return results_follow(an, t[k].start_phrase_last + 1) ? R_NEUTRAL : R_SOURCE;
      if (!(mask & F_AUX)) break;
      k = t[k].start_phrase_last + 1;
    }
  }
  return R_NEUTRAL;
}

/* Is the text written in the other language than the article? */
static int foreign_sentence(const unsigned char *s, size_t start, size_t end, int lang) {
  return tf_lang_margin(s + start, end - start, lang) <= -3;
}

/* The same of the window, read once and only where a rule asks: scoring its words costs
** as much as reading them, and many windows are settled without it. */
static int window_foreign(analysis *an) {
  if (!an->foreign_read) {
    an->foreign = foreign_sentence(an->s, an->window_start, an->window_end, an->text_lang);
    an->foreign_read = 1;
  }
  return an->foreign;
}

/* fall_back (per amount): may the main organisation own it? */
#define FALL_NO 0
#define FALL_YES 1
#define FALL_UNLESS_FOREIGN 2 /* its window's language not read yet (window_foreign) */

/* Is the window of the group that holds the amount k in the other language? The window
** is its first amount's, the one the group was read in. (*memo_start, *memo_end, *memo:
** the last window asked, as the amounts of one window come together.) */
static int group_foreign(const unsigned char *s, const tf_fact_list *facts, size_t k, int lang,
                         size_t *memo_start, size_t *memo_end, int *memo) {
  while (k > 0 && facts->items[k].grp && facts->items[k - 1].grp == facts->items[k].grp) k--;
  size_t ws, we;
  window_of(s, &facts->items[k], &ws, &we);
  if (ws != *memo_start || we != *memo_end) {
    *memo = foreign_sentence(s, ws, we, lang);
    *memo_start = ws;
    *memo_end = we;
  }
  return *memo;
}

typedef struct pick {
  const tf_entity_mention *m;
  int tier;
  size_t distance;
} pick;

/* The entity of the amounts [first, last] of one group (facts in one sentence),
** or NULL; *may_fall_back says whether the main organisation may stand in. */
/* The role of every name that may own an amount, once per window; and
** whether the window is in the other language than the article. */
#define NO_ROLE 0xFF /* not a candidate, or no token in the window */
/* Does the list that goes on after the name b (", Y", ", Y, Z") end with a conjunction
** and a name ("et Z", "and Z") within the window? */
static int list_ends_with_conjunction(analysis *an, const tf_entity_mention *b) {
  size_t p = b->end;
  for (int names = 0; names < 8; names++) {
    p = skip_word_gap(an->s, p, an->window_end);
    int comma = p < an->window_end && an->s[p] == ',';
    if (comma) p = skip_word_gap(an->s, p + 1, an->window_end);
    int k = token_from(an, p);
    if (k >= an->count || an->tokens[k].start != p) return 0;
    if (conjunction_at(an, k) == 1) return 1; /* "et", "and" */
    if (!comma || an->tokens[k].entity < 0) return 0;
    /* ", Z": step over the name */
    int e = an->tokens[k].entity;
    while (k + 1 < an->count && an->tokens[k + 1].entity == e) k++;
    p = an->tokens[k].end;
  }
  return 0;
}

/* Is b the next name of a list that a opens: only a comma or a conjunction between
** them, and at most two more words ("X, Y", "X et des historiques Y", "X and Y")? */
static int listed_after(analysis *an, const tf_entity_mention *a, const tf_entity_mention *b) {
  if (b->start <= a->end || b->start - a->end > 40) return 0;
  int i = token_from(an, a->end), j = token_from(an, b->start);
  int comma = 0, conjunction = 0, words = 0, enumeration = 0;
  for (size_t p = a->end; p < b->start; p++) {
    unsigned char c = an->s[p];
    if (c == ',') comma = 1;
    else if (c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\n') return 0;
    /* "、", the Chinese comma of lists: it joins names only */
    else if (c == 0xE3 && p + 2 < b->start && an->s[p + 1] == 0x80 && an->s[p + 2] == 0x81)
      enumeration = 1;
  }
  for (int k = i; k < j; k++) {
    /* a phrase that gives b another role is no list's: "Die Kelvora AG, Mutter von
    ** Vantora und Orvane, …" */
    if (start_mask(an, k) & (F_INDIRECT | F_SOURCE_BEFORE | F_AGENT | F_LEAD)) return 0;
    int c = conjunction_at(an, k);
    if (c == 2) return 0; /* "tandis que" */
    if (c) conjunction = 1;
    else words++;
  }
  if (words > 2 || !(comma || conjunction || enumeration)) return 0;
  if (conjunction || (enumeration && !words)) return 1;
  /* a comma alone joins a list only where the list goes on after b to a conjunction
  ** ("X, Y et Z", "X, Y, Z and W"): "Selon Reuters, ByteDance va investir" is no list,
  ** nor an apposition ("la maison mère de TikTok, ByteDance, s'apprête") */
  return list_ends_with_conjunction(an, b);
}

/* Does the gap s[a, b) hold only spaces, commas and a conjunction ("and", "et", "&")? */
static int list_gap(const unsigned char *s, size_t a, size_t b) {
  int words = 0;
  for (size_t p = a; p < b;) {
    if (s[p] == ' ' || s[p] == ',' || s[p] == '&') {
      p++;
      continue;
    }
    if (s[p] == 0xC2 && p + 1 < b && s[p + 1] == 0xA0) {
      p += 2;
      continue;
    }
    size_t e = p;
    while (e < b && ((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z')) e++;
    if (e == p || words++) return 0;
    if (!((e - p == 3 && memcmp(s + p, "and", 3) == 0) ||
          (e - p == 2 && memcmp(s + p, "et", 2) == 0)))
      return 0;
    p = e;
  }
  return 1;
}

/* Is the word at p (after spaces and commas), read up to end, one that says "respectively"? */
static int respectively_at(const unsigned char *s, size_t p, size_t end) {
  while (p < end && (s[p] == ' ' || s[p] == ',')) p++;
  size_t e = p;
  while (e < end && s[e] >= 'a' && s[e] <= 'z') e++;
  int32_t value = 0;
  return e > p &&
         tf_word_map_get(&media, name_hash((const char *)s + p, e - p) ^ RESPECTIVELY_KEY,
                         &value) &&
         value == NAME_RESPECTIVELY;
}

/* Amounts listed with "respectively" after them pair with the names listed before them,
** in order: "fined the banks Kelvora and Vantora £34.4m and £27.6m, respectively",
** "Talvex et Orvane ont levé 10 et 20 M€ respectivement". The name of fact f, or NULL;
** [*list_first, *list_last): the list's names. */
#define RESPECTIVE_MAX 8
static const tf_entity_mention *respective_name(analysis *an, const tf_fact_list *facts, size_t f,
                                                size_t *list_first, size_t *list_last) {
  const unsigned char *s = an->s;
  size_t j0 = f, j1 = f;
  /* (a list of more than RESPECTIVE_MAX is none: the walk stops there, so that the work
  ** per amount stays bounded in a text of amounts only) */
  while (j0 > an->first_fact && f - j0 <= RESPECTIVE_MAX &&
         list_gap(s, facts->items[j0 - 1].money.end, facts->items[j0].money.start))
    j0--;
  while (j1 + 1 < an->end_fact && j1 - j0 <= RESPECTIVE_MAX &&
         list_gap(s, facts->items[j1].money.end, facts->items[j1 + 1].money.start))
    j1++;
  size_t k = j1 - j0 + 1;
  if (k < 2 || k > RESPECTIVE_MAX) return NULL;
  /* the names listed last before the first amount */
  const tf_entity_list *ents = &facts->entities;
  size_t last = an->end_entity;
  while (last > an->first_entity && ents->items[last - 1].end > facts->items[j0].money.start)
    last--;
  if (last == an->first_entity) return NULL;
  /* the word after the last amount ("… 200 et 135 millions respectivement"), or a word
  ** between the names and the first amount ("Kelvora et Vantora ont respectivement levé
  ** 200 et 135 millions") */
  int said = respectively_at(s, facts->items[j1].money.end, an->window_end);
  for (size_t q = ents->items[last - 1].end; !said && q < facts->items[j0].money.start; q++)
    if (s[q] >= 'a' && s[q] <= 'z' && (s[q - 1] == ' ' || s[q - 1] == ','))
      said = respectively_at(s, q, facts->items[j0].money.start);
  if (!said) return NULL;
  size_t first = last - 1;
  while (first > an->first_entity && last - first < k &&
         listed_after(an, &ents->items[first - 1], &ents->items[first]))
    first--;
  if (last - first != k ||
      (first > an->first_entity && listed_after(an, &ents->items[first - 1], &ents->items[first])))
    return NULL;
  *list_first = first;
  *list_last = last;
  return &ents->items[first + (f - j0)];
}

static void read_roles(analysis *an, const tf_fact_list *facts) {
  const tf_entity_list *ents = &facts->entities;
  for (size_t i = an->first_entity; i < an->end_entity; i++) {
    const tf_entity_mention *m = &ents->items[i];
    an->roles[i] = NO_ROLE;
    an->preps[i] = 0;
    int a = token_from(an, m->start), b = a;
    if (a >= an->count) continue;
    while (b + 1 < an->count && an->tokens[b + 1].end <= m->end) b++;
    unsigned prep;
    int named = named_at(an->named, ents, i);
    an->roles[i] = (unsigned char)entity_role(an, facts, m, a, b, an->window_start, named, &prep);
    /* a place owns an amount only as the subject that opens its sentence ("La Corée
    ** du Sud investira …", "South Korea pledged …") or as its genitive */
    if (m->kind == TF_KIND_PLACE && an->roles[i] != R_OWNER) {
      int j = a - 1;
      while (j >= 0 && (end_mask(an, j) & F_DET) && an->tokens[j].end_phrase_first == j) j--;
      if (j >= 0 || an->roles[i] != R_NEUTRAL) prep |= P_NOT_SUBJECT;
    }
    /* the next names of a list take the role of its first: "auprès de Sprints Capital et
    ** des historiques Eurazeo, Aglaé Ventures …", "led by Accel and Index" */
    if (i > an->first_entity && an->roles[i] == R_NEUTRAL && !prep && an->roles[i - 1] != NO_ROLE &&
        (ents->items[i - 1].kind == TF_KIND_PLACE) == (m->kind == TF_KIND_PLACE) &&
        listed_after(an, &ents->items[i - 1], m))
      an->roles[i] = an->roles[i - 1],
      prep = an->preps[i - 1] & (uint32_t) ~(P_NOT_SUBJECT | P_AUTHORITY);
    /* a ranking's next entry has the role of the one before it: "the Ministry of Defence
    ** received the highest amount at ₹6.2 lakh crore followed by the Ministry of Road
    ** Transport at ₹2.78 lakh crore" (both receive) */
    if ((prep & P_RANKED) && i > an->first_entity && an->roles[i] == R_NEUTRAL &&
        an->roles[i - 1] != NO_ROLE)
      an->roles[i] = an->roles[i - 1],
      prep = (an->preps[i - 1] & (uint32_t) ~(P_NOT_SUBJECT | P_AUTHORITY)) | P_RANKED;
    if (named == NAME_AUTHORITY) prep |= P_AUTHORITY; /* the name's own, not its list's */
    an->preps[i] = (uint32_t)prep;
  }
  /* ... and the first names take the last's when it is someone else's: "the Alphabet and
  ** Roc Nation-backed company" */
  for (size_t i = an->end_entity; i > an->first_entity + 1; i--)
    if (an->roles[i - 1] == R_INDIRECT && an->roles[i - 2] == R_NEUTRAL &&
        listed_after(an, &ents->items[i - 2], &ents->items[i - 1]))
      an->roles[i - 2] = R_INDIRECT;
}

static int clause_between(analysis *an, size_t lo, size_t hi);

/* The colon of a list line's label that opens with the name m and ends with it within
** LABEL_BYTES ("Ministry of Consumer Affairs, Food and Public Distribution: …"), its
** position, or 0: no line break, full stop or semicolon before it, nor a digit when
** digits is 0. Reads no further than end. */
#define LABEL_BYTES 80
static size_t label_colon(const unsigned char *s, size_t end, const tf_entity_mention *m,
                          int digits) {
  if (m->start > 0 && s[m->start - 1] != '\n') return 0;
  for (size_t p = m->end; p < end && p < m->end + LABEL_BYTES; p++) {
    if (s[p] == ':') return p;
    if (s[p] == '\n' || s[p] == '.' || s[p] == ';' || (!digits && s[p] >= '0' && s[p] <= '9'))
      return 0;
  }
  return 0;
}

/* A list's line whose label opens with the name and ends with a colon right before the
** amount ("Ministry of Consumer Affairs, Food and Public Distribution: ₹2.13 lakh crore"). */
static int line_label(const unsigned char *s, const tf_entity_mention *m, size_t money_start) {
  if (money_start - m->end > LABEL_BYTES) return 0;
  size_t colon = label_colon(s, money_start, m, 0);
  if (!colon) return 0;
  size_t e = money_start;
  while (e > colon + 1 && (s[e - 1] == ' ' || s[e - 1] == '\t')) e--;
  return e == colon + 1;
}

/* Does the amount at fact index f follow the name m directly, as a row of a list or a
** table does: "Kelvora (75 M€)", "Ministry of Defence: ₹6.2 lakh crore", "Kelvora
** 125 170 000 $"? */
static int attached(const analysis *an, const tf_fact_list *facts, const tf_entity_mention *m,
                    size_t f) {
  size_t money_start = facts->items[f].money.start; /* "₹", "$" are in the mention */
  if (money_start < m->end) return 0;
  if (money_start - m->end > 3) return line_label(an->s, m, money_start);
  int marked = 0; /* ":" or "(" */
  for (size_t p = m->end; p < money_start; p++) {
    if (an->s[p] == ':' || an->s[p] == '(') marked = 1;
    else if (!(an->s[p] == ' ' || an->s[p] == '\t' || an->s[p] == '\n' || an->s[p] == '\r' ||
               an->s[p] == 0xC2 || an->s[p] == 0xA0))
      return 0;
  }
  if (marked) return 1;
  /* a space alone: a table's row, where the name starts a line or follows an amount
  ** ("… 30 000 000 $ QScale 867 000 000 $"), not "pay Oracle $3 billion" */
  size_t at;
  int32_t c = char_before(an->s, 0, m->start, &at);
  if (c == TF_INVALID_CP || c == '\n' || c == '-' || c == 0x2022) return 1;
  int before = token_from(an, m->start) - 1;
  return before >= 0 && an->tokens[before].fact >= 0 && an->tokens[before].end <= m->start;
}

/* How well a name fits as the owner of an amount of this `what` (0: not at all),
** by its role and the phrase before it. The tiers: the amount's genitive or a name it
** follows (8); the name an event's roles make the owner, "invested $400m in Zomato",
** "imposed on Standard Chartered" (7); the nearest organisation before (4), after (2);
** for an acquisition the target, where nobody else is named (1: GUIDE.md accepts it). */
static int owner_tier(int what, const tf_entity_mention *m, int role, unsigned prep, int before) {
  int kind = m->kind, authority = (prep & P_AUTHORITY) != 0;
  if (role == R_SOURCE || role == R_INDIRECT) return 0;
  /* the other party of the event is not the owner; a place is one only as a subject */
  if (kind == TF_KIND_PLACE && (prep & P_NOT_SUBJECT)) return 0;
  /* an investor or a lender of the event ("from investors including Tencent and Baidu …
  ** now has a market cap of $160bn"), whatever the amount is; a bidder's offer is its own */
  if ((prep & (P_FROM | P_LEAD)) && !(prep & P_BIDDER)) return 0;
  switch (what) {
    case TF_WHAT_FUNDING:
      if (prep & (P_IN | P_FOR)) return role == R_TARGET ? 7 : 0; /* the raiser */
      break;
    case TF_WHAT_FINE:
      if (authority) return 0;
      /* the fined: "imposed on X", "fined X", "£29m for X's mis-selling" */
      if ((prep & (P_TO | P_OBJECT)) || ((prep & P_FOR) && !before)) return 7;
      if (prep & P_BY) return 0; /* "par l'Autorité" */
      break;
    case TF_WHAT_ACQUISITION:
      /* the target: "racheter X", "offer for X", "a proposal to X" (but "sold … to X": X buys) */
      if (prep & (P_OBJECT | P_GOODS | P_IN | P_FOR | P_OFFERED)) return 1;
      if (prep & P_BIDDER) return 7; /* "a takeover proposal from Takeda" */
      break;
    case TF_WHAT_PROFIT:
    case TF_WHAT_VALUATION:
      /* "115 milliards pour China Mobile et 103 pour PetroChina": the share of each */
      if ((prep & P_FOR) && !before) return 7;
      break;
    case TF_WHAT_BUDGET:
      if (prep & P_RECEIVES) return 0; /* a beneficiary */
      /* fall through */
    case TF_WHAT_REVENUE:
    case TF_WHAT_DEBT:
    case TF_WHAT_INVESTMENT:
      if (prep & P_TO) return 0; /* a customer, a beneficiary */
      break;
    default: break;
  }
  if (role == R_OWNER) return 8;
  if (role != R_NEUTRAL) return 0;
  /* "TikTok, which generated $23 billion": the antecedent, a person's too */
  if ((prep & P_RELATIVE) && before && kind != TF_KIND_PLACE) return 6;
  /* a name guessed without evidence of its kind, after "sous", "à", "near": a place */
  if (m->kind_by_default && (prep & P_PLACE)) return 0;
  if (kind == TF_KIND_PRODUCT) {
    /* a start-up is often named as its app or platform ("the platform Oyo raised"):
    ** before the amount, when no organisation is */
    return before &&
               (what == TF_WHAT_FUNDING || what == TF_WHAT_VALUATION || what == TF_WHAT_REVENUE)
             ? 3
             : 0;
  }
  if (kind == TF_KIND_PLACE) {
    if (prep & P_NOT_SUBJECT) return 0;
    if (what != TF_WHAT_INVESTMENT && what != TF_WHAT_BUDGET && what != TF_WHAT_DEBT &&
        what != TF_WHAT_FUNDING && what != TF_WHAT_NONE)
      return 0;
  } else if (kind == TF_KIND_PERSON) {
    /* a person named near an amount is more often the one who announces it, unless
    ** the amount is pay or a fortune */
    if (what == TF_WHAT_ACQUISITION || what == TF_WHAT_DEBT || what == TF_WHAT_INVESTMENT)
      return before ? 3 : 0; /* a buyer, a borrower, an investor in person */
    if (what != TF_WHAT_PAY && what != TF_WHAT_WEALTH) return 0;
  } else if (kind != TF_KIND_ORG || authority) {
    return 0; /* an authority only as the owner */
  }
  return before ? 4 : 2;
}

/* How well a name fits as the other party of an amount of this `what`, given the
** owner's tier (0: not at all): the lead investor, the authority that fined, the
** target bought, the customer, the lender, the beneficiary, the supplier. */
static int counterparty_rank(int what, const tf_entity_mention *m, int role, unsigned prep,
                             int before, int owner_tier_was) {
  int authority = (prep & P_AUTHORITY) != 0;
  if (role == R_SOURCE || role == R_INDIRECT || m->kind == TF_KIND_PLACE ||
      m->kind == TF_KIND_PRODUCT || (m->kind_by_default && (prep & P_PLACE)))
    return 0; /* (a guessed name after "à", "near": a town more often than not) */
  switch (what) {
    case TF_WHAT_FUNDING:
      if (prep & (P_FROM | P_LEAD)) return 3;
      /* "Ant Financial has invested $400m in Zomato": the subject invests */
      if (owner_tier_was == 7 && role == R_NEUTRAL && before && m->kind == TF_KIND_ORG) return 2;
      /* "o investimento de … da Kelvora na Vantora": the genitive invests */
      if (owner_tier_was == 7 && role == R_OWNER && m->kind == TF_KIND_ORG) return 2;
      return 0;
    case TF_WHAT_FINE:
    case TF_WHAT_MARKET:
      if (authority && role != R_TARGET) return 3;
      if (what == TF_WHAT_FINE && (prep & P_BY)) return 2;
      /* "la Commission a infligé une amende … à Kelvora": the subject fines */
      if (what == TF_WHAT_FINE && owner_tier_was == 7 && role == R_NEUTRAL && before &&
          m->kind == TF_KIND_ORG)
        return 2;
      return 0;
    case TF_WHAT_ACQUISITION:
      if (prep & (P_OBJECT | P_GOODS)) return 3;
      if (prep & (P_IN | P_FOR)) return 2;
      return prep & P_TO ? 1 : 0; /* "a proposal to Shire" */
    case TF_WHAT_REVENUE: return prep & P_TO ? 3 : 0;
    case TF_WHAT_DEBT: return prep & (P_FROM | P_LEAD | P_BY) ? 3 : 0;
    case TF_WHAT_INVESTMENT: /* the supplier: "puces Nvidia", "commandé à Thales" */
      return prep & (P_GOODS | P_FROM) ? 3 : prep & P_TO ? 2 : 0;
    case TF_WHAT_BUDGET: return prep & (P_TO | P_FOR | P_RECEIVES) ? 3 : 0;
    default: return 0;
  }
}

/* Is an organisation named after the amounts [first, last] as what they are invested in
** ("Ant Financial has invested $400m in Zomato", "Microsoft investit 10 milliards dans
** OpenAI")? GUIDE.md: money put into another's capital is that one's funding. */
static int invested_in_company(const analysis *an, const tf_fact_list *facts, size_t last) {
  size_t me = facts->items[last].money.end;
  for (size_t i = an->first_entity; i < an->end_entity; i++) {
    const tf_entity_mention *m = &facts->entities.items[i];
    if (m->start < me || m->start - me > 60) continue;
    if (an->roles[i] == R_TARGET && (an->preps[i] & P_IN) && !(an->preps[i] & P_GOODS) &&
        m->kind == TF_KIND_ORG && !m->kind_by_default)
      return 1;
  }
  return 0;
}

/* The innermost brackets around each name of the window, in one pass over its bytes (a
** stack of the brackets open): what bracketed_apart asks per name and amount. */
#define BRACKET_DEPTH 32
static void read_brackets(analysis *an, const tf_fact_list *facts) {
  an->brackets_read = 1;
  size_t n = an->end_entity - an->first_entity;
  if (n > an->bracket_capacity) {
    size_t *o = tf_realloc(an->bracket_open, n * sizeof *o);
    if (!o) {
      an->nomem = 1;
      return;
    }
    an->bracket_open = o;
    size_t *c = tf_realloc(an->bracket_close, n * sizeof *c);
    if (!c) {
      an->nomem = 1;
      return;
    }
    an->bracket_close = c;
    an->bracket_capacity = n;
  }
  const tf_entity_mention *ents = facts->entities.items;
  size_t stack[BRACKET_DEPTH];
  int depth = 0, deep = 0; /* deep: brackets open beyond the stack */
  size_t k = an->first_entity;
  /* the names whose brackets are still open, from `waiting` on, get their close later */
  size_t waiting = k;
  /* the next '(' and ')' at or after p (memchr: most bytes are neither), the window's end
  ** for none */
  size_t next_open = an->window_start, next_close = an->window_start;
  int first = 1;
  for (size_t p = an->window_start; p <= an->window_end && k <= an->end_entity; p++) {
    /* names that start here take the innermost open bracket */
    while (k < an->end_entity && ents[k].start <= p) {
      an->bracket_open[k - an->first_entity] = depth && !deep ? stack[depth - 1] : (size_t)-1;
      an->bracket_close[k - an->first_entity] = an->window_end;
      k++;
    }
    if (p == an->window_end) break;
    /* most bytes are neither a bracket nor a name's start: stepped over */
    size_t stop = k < an->end_entity && ents[k].start < an->window_end ? ents[k].start
                                                                       : an->window_end;
    if (first || next_open < p) {
      const unsigned char *b = memchr(an->s + p, '(', an->window_end - p);
      next_open = b ? (size_t)(b - an->s) : an->window_end;
    }
    if (first || next_close < p) {
      const unsigned char *b = memchr(an->s + p, ')', an->window_end - p);
      next_close = b ? (size_t)(b - an->s) : an->window_end;
    }
    first = 0;
    size_t bracket = next_open < next_close ? next_open : next_close;
    p = bracket < stop ? bracket : stop;
    if (p == stop) {
      p--; /* (the loop's step brings it back to the name or the window's end) */
      continue;
    }
    unsigned char c = an->s[p];
    if (c == '(') {
      if (depth < BRACKET_DEPTH && !deep) stack[depth++] = p;
      else deep++;
    } else if (c == ')') {
      if (deep) deep--;
      else if (depth) {
        size_t open = stack[--depth];
        /* the names inside it whose innermost bracket it is close here */
        for (size_t j = waiting; j < k; j++)
          if (an->bracket_open[j - an->first_entity] == open)
            an->bracket_close[j - an->first_entity] = p + 1;
        if (!depth) waiting = k; /* all brackets closed: the names before are settled */
      }
    }
  }
}

/* Is the name (entity index i) inside brackets that do not hold the amount [ms, me)?
** "Eurotunnel a enregistré une perte de 11 M€ (dont 14 M€ pour le segment MyFerryLink)
** contre une perte de 18 M€": the aside's name is no owner outside it. */
static int bracketed_apart(analysis *an, const tf_fact_list *facts, size_t i, size_t ms,
                           size_t me) {
  if (!an->brackets_read) read_brackets(an, facts);
  if (an->nomem) return 0;
  size_t open = an->bracket_open[i - an->first_entity];
  if (open == (size_t)-1) return 0;
  return !(ms > open && me <= an->bracket_close[i - an->first_entity]);
}

/* Is the window's figure a statistic: one a study or a data provider gives ("secondo
** l'Osservatorio …, sono stati investiti", "segundo dados da plataforma X")? Owned by
** nobody it names, it is no company's of the article (not a company's results, which
** analysts estimate: "analysts tracked by FactSet expected revenue of"). */
static int statistic(const analysis *an, const tf_fact_list *facts, int what) {
  if (what == TF_WHAT_REVENUE || what == TF_WHAT_PROFIT) return 0;
  for (size_t i = an->first_entity; i < an->end_entity; i++) {
    const tf_entity_mention *m = &facts->entities.items[i];
    if (an->roles[i] == R_SOURCE && (an->preps[i] & P_STUDY) &&
        !named_at(an->named, &facts->entities, i) && m->kind == TF_KIND_ORG)
      return 1;
  }
  return 0;
}

/* Does the name go with the amounts [first, last] as a ranking's entry does: the name,
** a comma perhaps, "con", "mit", "with" and two words at most before them ("Ana Kelvora,
** con 12,2 millones", "Vantora mit mehr als 50 Millionen"); or, opening the sentence,
** "Com 1,7 milhões, Ana Kelvora recebeu"? */
#define WITH_WORDS 2
static int with_amount(analysis *an, const tf_fact_list *facts, const tf_entity_mention *m,
                       size_t first, size_t last, int before) {
  const token *t = an->tokens;
  if (before) {
    size_t p = skip_word_gap(an->s, m->end, an->window_end);
    if (p < an->window_end && an->s[p] == ',') p = skip_word_gap(an->s, p + 1, an->window_end);
    int w = token_from(an, p);
    if (w >= an->count || t[w].start != p || (start_mask(an, w) & F_WITH) != F_WITH) return 0;
    for (int k = t[w].start_phrase_last + 1, n = 0; k < an->count && n <= WITH_WORDS; k++, n++) {
      if (t[k].fact >= 0) return (size_t)t[k].fact >= first && (size_t)t[k].fact <= last;
      if (t[k].entity >= 0) return 0;
    }
    return 0;
  }
  /* after: "Com" opens the sentence, the amounts follow it, a comma and the name */
  if (t[0].fact >= 0 || (start_mask(an, 0) & F_WITH) != F_WITH) return 0;
  int k = t[0].start_phrase_last + 1;
  for (int n = 0; k < an->count && n <= WITH_WORDS && t[k].fact < 0; k++, n++)
    if (t[k].entity >= 0) return 0;
  if (k >= an->count || (size_t)t[k].fact != first) return 0;
  size_t p = skip_word_gap(an->s, facts->items[last].money.end, an->window_end);
  if (p >= an->window_end || an->s[p] != ',') return 0;
  return skip_word_gap(an->s, p + 1, an->window_end) == m->start;
}

/* The owner of the amounts [first, last] of one group (facts in one sentence), of
** this `what`, or NULL; *may_fall_back says whether the main organisation may stand
** in, unless the window is in the other language (the caller asks that only where the
** text has a main organisation); *other: the other party, or NULL. */
static const tf_entity_mention *attribute(analysis *an, const tf_fact_list *facts, size_t first,
                                          size_t last, int what, int *may_fall_back,
                                          const tf_entity_mention **other, int *tier_out) {
  size_t ms = facts->items[first].money.start, me = facts->items[last].money.end;
  const tf_entity_list *ents = &facts->entities;
  pick best = {NULL, 0, 0};
  *other = NULL;
  int place_row = 0; /* a place's entry: "Irland mit 225 Millionen", its total */
  for (size_t i = an->first_entity; i < an->end_entity; i++) {
    const tf_entity_mention *m = &ents->items[i];
    int role = an->roles[i];
    if (role == NO_ROLE || (m->start >= ms && m->end <= me)) continue;
    int before = m->end <= ms;
    if (m->kind == TF_KIND_PLACE && with_amount(an, facts, m, first, last, before)) place_row = 1;
    /* in brackets apart; the next entry of a ranking, after the amount */
    if (bracketed_apart(an, facts, i, ms, me) || (!before && (an->preps[i] & P_RANKED))) continue;
    /* an owner the text names after the amount (a genitive, a passive's agent) owns the
    ** amount nearest it, not one before another amount ("€21M de ingresos y … la compra
    ** de Timp por Playtomic a €7M", "€90M invertidos y … €40M de Wallapop") */
    if (role == R_OWNER && !before &&
        ((last + 1 < an->end_fact && facts->items[last + 1].money.end <= m->start) ||
         (an->preps[i] & P_POSSESSIVE)))
      role = R_NEUTRAL;
    int row = role != R_SOURCE && role != R_INDIRECT &&
              (attached(an, facts, m, first) ||
               (m->kind != TF_KIND_PLACE && (role == R_NEUTRAL || role == R_OWNER) &&
                with_amount(an, facts, m, first, last, before)));
    /* a list of a budget's lines names who receives each */
    int tier = row && what != TF_WHAT_BUDGET ? 8
               : row                         ? 0
                                             : owner_tier(what, m, role, an->preps[i], before);
    /* "o investimento de US$ 14 bilhões da Kelvora na Vantora": Kelvora invests, Vantora
    ** raises (GUIDE.md: money put into a company is its funding) */
    if (tier == 8 && !row && role == R_OWNER && what == TF_WHAT_FUNDING &&
        invested_in_company(an, facts, last))
      tier = 0;
    /* in the other language, only the amount's own genitive */
    if (!tier || (tier < 8 && window_foreign(an))) continue;
    size_t distance = before ? ms - m->end : m->start - me;
    if (tier > best.tier || (tier == best.tier && distance < best.distance)) {
      best.m = m;
      best.tier = tier;
      best.distance = distance;
    }
  }
  /* The other party: the best ranked, then the nearest, in the amount's clause. */
  pick cp = {NULL, 0, 0};
  for (size_t i = an->first_entity; i < an->end_entity; i++) {
    const tf_entity_mention *m = &ents->items[i];
    int role = an->roles[i];
    if (role == NO_ROLE || (m->start >= ms && m->end <= me)) continue;
    if (best.m && same_name(m, best.m)) continue;
    int before = m->end <= ms;
    if (!before && (an->preps[i] & P_RANKED)) continue;
    int rank = what == TF_WHAT_BUDGET && role != R_SOURCE && role != R_INDIRECT &&
                   attached(an, facts, m, first)
                 ? 4
                 : counterparty_rank(what, m, role, an->preps[i], before, best.tier);
    if (!rank) continue;
    size_t distance = before ? ms - m->end : m->start - me;
    if (clause_between(an, before ? m->end : me, before ? ms : m->start)) continue;
    if (rank > cp.tier || (rank == cp.tier && distance < cp.distance)) {
      cp.m = m;
      cp.tier = rank;
      cp.distance = distance;
    }
  }
  *other = cp.m && !window_foreign(an) ? cp.m : NULL;
  *tier_out = best.tier;
  *may_fall_back = !best.m && !place_row && !statistic(an, facts, what);
  return best.m;
}

/* ------------------------------------------------------------------------ */
/* Years. */

/* The year a token states: "2026", "FY2026", "FY26", "2026年". *marked: the
** token carries its own marker ("FY", "年"). 0 when none. */
static int token_year(const analysis *an, int i, int *marked) {
  const unsigned char *s = an->s;
  const token *t = &an->tokens[i];
  size_t p = t->start, e = t->end;
  *marked = 0;
  if (e - p >= 4 && (s[p] | 0x20) == 'f' && (s[p + 1] | 0x20) == 'y') {
    p += 2;
    *marked = 1;
  }
  size_t d = p;
  while (d < e && s[d] >= '0' && s[d] <= '9') d++;
  int digits = (int)(d - p);
  /* "2026年", "2026 年", "2025财年" ("財年"): the ideographs are tokens of their own */
  if (d == e && digits == 4) {
    size_t q = e < an->len && s[e] == ' ' ? e + 1 : e;
    if (q + 6 <= an->len && ((s[q] == 0xE8 && s[q + 1] == 0xB4 && s[q + 2] == 0xA2) ||
                             (s[q] == 0xE8 && s[q + 1] == 0xB2 && s[q + 2] == 0xA1)))
      q += 3; /* 财, 財 */
    if (q + 3 <= an->len && s[q] == 0xE5 && s[q + 1] == 0xB9 && s[q + 2] == 0xB4) *marked = 1;
  }
  if (d < e) {
    /* "2026年", also inside CJK text without spaces ("字节跳动2026年资本开支") */
    if (!(digits == 4 && e - d >= 3 && s[d] == 0xE5 && s[d + 1] == 0xB9 && s[d + 2] == 0xB4)) {
      for (p = t->start; p + 7 <= e; p++)
        if ((p == t->start || s[p - 1] < '0' || s[p - 1] > '9') && s[p] >= '0' && s[p] <= '9' &&
            s[p + 1] >= '0' && s[p + 1] <= '9' && s[p + 2] >= '0' && s[p + 2] <= '9' &&
            s[p + 3] >= '0' && s[p + 3] <= '9' && s[p + 4] == 0xE5 && s[p + 5] == 0xB9 &&
            s[p + 6] == 0xB4)
          break;
      if (p + 7 > e) return 0;
      digits = 4;
    }
    *marked = 1;
  }
  int year;
  if (digits == 4)
    year = (s[p] - '0') * 1000 + (s[p + 1] - '0') * 100 + (s[p + 2] - '0') * 10 + (s[p + 3] - '0');
  else if (digits == 2 && *marked) year = 2000 + (s[p] - '0') * 10 + (s[p + 1] - '0');
  else return 0;
  if (year < 1900 || year > 2100) return 0;
  /* Not part of a longer number: "1.2025", "2025,5", "2 025". */
  if (t->start > 0 && (s[t->start - 1] == '.' || s[t->start - 1] == ',') && t->start >= 2 &&
      s[t->start - 2] >= '0' && s[t->start - 2] <= '9')
    return 0;
  if (e + 1 < an->len && (s[e] == '.' || s[e] == ',') && s[e + 1] >= '0' && s[e + 1] <= '9')
    return 0;
  if (e < an->len && s[e] == '%') return 0;
  /* a fiscal year across two ("2021-2022", "2022/23"): no year (GUIDE.md) */
  if (e + 1 < an->len && (s[e] == '-' || s[e] == '/') && s[e + 1] >= '0' && s[e + 1] <= '9')
    return 0;
  if (t->start >= 2 && (s[t->start - 1] == '-' || s[t->start - 1] == '/') &&
      s[t->start - 2] >= '0' && s[t->start - 2] <= '9')
    return 0;
  return year;
}

/* Does a new clause start between bytes lo and hi: ";" or a comma before a
** conjunction ("…, and", "…, et", "…, while"), or "tandis que", "alors que",
** "whereas", which need no comma? The places where one starts are read once per
** window; each question is then a binary search. */
static int add_clause(analysis *an, size_t a, size_t b) {
  clause_point *grown = tf_grow(an->clauses, (size_t)an->clause_count, &an->clause_capacity,
                                sizeof *grown, 32);
  if (!grown) return -1;
  an->clauses = grown;
  an->clauses[an->clause_count].a = a;
  an->clauses[an->clause_count++].b = b;
  return 0;
}

static void read_clauses(analysis *an) {
  an->clauses_read = 1;
  an->clause_count = 0;
  int i = 0;
  /* In text order (a increasing): punctuation, and the tokens themselves. */
  for (size_t p = an->window_start; p < an->window_end && !an->nomem; p++) {
    while (i < an->count && an->tokens[i].start < p) {
      const token *t = &an->tokens[i];
      if (conjunction_at(an, i) == 2 && add_clause(an, t->start, t->end)) an->nomem = 1;
      i++;
    }
    if (an->s[p] == ';' || (an->s[p] == 0xEF && p + 2 < an->window_end && an->s[p + 1] == 0xBC &&
                            an->s[p + 2] == 0x9B)) { /* and "；" */
      if (add_clause(an, p, p + 1)) an->nomem = 1;
    } else if (an->s[p] == ',') {
      int k = token_from(an, p);
      if (k < an->count && (start_mask(an, k) & F_CLAUSE) && add_clause(an, p, an->tokens[k].end))
        an->nomem = 1;
    }
  }
  for (; i < an->count && !an->nomem; i++) {
    const token *t = &an->tokens[i];
    if (conjunction_at(an, i) == 2 && add_clause(an, t->start, t->end)) an->nomem = 1;
  }
  size_t min_b = (size_t)-1;
  for (int k = an->clause_count - 1; k >= 0; k--) {
    if (an->clauses[k].b < min_b) min_b = an->clauses[k].b;
    an->clauses[k].min_b = min_b;
  }
}

static int clause_between(analysis *an, size_t lo, size_t hi) {
  if (!an->clauses_read) read_clauses(an);
  int l = 0, h = an->clause_count;
  while (l < h) {
    int mid = (l + h) / 2;
    if (an->clauses[mid].a < lo) l = mid + 1;
    else h = mid;
  }
  return l < an->clause_count && an->clauses[l].min_b <= hi;
}

/* The years of the window that a rule may give an amount, with what does not
** depend on the amount (read once per window). */
static uint32_t what_mask_at(const analysis *an, int j, size_t *end);

/* A year written without a year phrase that still labels an amount: a list's label
** ("2021 : 28,2 millions", "(2018: CHF 4.8bn)") or a word of what.tsv right before or
** after it ("le chiffre d'affaires 2025 de …", "its 2027 capex"). */
static int year_label(const analysis *an, int i) {
  const token *t = an->tokens;
  size_t p = t[i].end;
  while (p < an->window_end && (an->s[p] == ' ' || an->s[p] == 0xA0 || an->s[p] == 0xC2)) p++;
  if (p < an->window_end && an->s[p] == ':') return 1;
  size_t end;
  if (i + 1 < an->count && (what_mask_at(an, i + 1, &end) & WHAT_VALUES)) return 1;
  for (int j = i - 1; j >= 0 && j >= i - 3; j--)
    if ((what_mask_at(an, j, &end) & WHAT_VALUES) && end == t[i - 1].end) return 1;
  return 0;
}

static void read_years(analysis *an, const tf_fact_list *facts) {
  const token *t = an->tokens;
  an->years_read = 1;
  an->year_count = 0;
  for (int i = 0; i < an->count && !an->nomem; i++) {
    if (t[i].fact >= 0) continue;
    int marked;
    int year = token_year(an, i, &marked);
    if (!year) continue;
    int j = i - 1;
    if (!marked && j >= 0 && (end_mask(an, j) & F_DET) && t[j].end_phrase_first == j) j--;
    if (!marked && j >= 1 && (end_mask(an, j) & F_MONTH) && t[j].end_phrase_first == j) j--;
    if (!marked && !(j >= 0 && (end_mask(an, j) & F_YEAR) && t[j].entity < 0)) {
      if (!year_label(an, i)) continue;
      marked = 1;
    }
    year_candidate *grown = tf_grow(an->years, (size_t)an->year_count, &an->year_capacity,
                                    sizeof *grown, 16);
    if (!grown) {
      an->nomem = 1;
      return;
    }
    an->years = grown;
    year_candidate *y = &an->years[an->year_count++];
    y->token = i;
    y->year = year;
    y->marked = marked;
    y->marker = marked ? i : t[j].end_phrase_first;
    y->compare_count = 0;
    for (int c = y->marker - 1; c >= 0 && c >= y->marker - 6; c--)
      if (end_mask(an, c) & F_COMPARE) y->compare[y->compare_count++] = c;
    y->compare_self = !marked && (start_mask(an, y->marker) & F_COMPARE);
    /* The amounts nearest to it, on each side (binary searches). */
    size_t lo = an->first_fact, hi = an->end_fact;
    while (lo < hi) { /* the first amount that does not end before the marker */
      size_t mid = (lo + hi) / 2;
      if (facts->items[mid].money.end <= t[y->marker].start) lo = mid + 1;
      else hi = mid;
    }
    y->left = (long)lo - 1 >= (long)an->first_fact ? (long)lo - 1 : -1;
    hi = an->end_fact;
    while (lo < hi) { /* the first amount that starts after the year */
      size_t mid = (lo + hi) / 2;
      if (facts->items[mid].money.start < t[i].end) lo = mid + 1;
      else hi = mid;
    }
    y->right = (long)lo;
  }
}

/* The distance from amount k to the year y, as year_for measures it. */
static size_t distance_to(const analysis *an, const tf_fact_list *facts, const year_candidate *y,
                          long k) {
  const tf_money *o = &facts->items[k].money;
  const token *t = an->tokens;
  return t[y->token].end <= o->start    ? o->start - t[y->token].end
         : o->end <= t[y->marker].start ? t[y->marker].start - o->end
                                        : 0;
}

/* The what.tsv classes (for lang) of the longest phrase of s[p..to) that starts at p and
** ends a word ("sales", not the "sales" of "salesman"), its end in *end; or 0. walk: 0
** where tf_lexicon_may_match says no such phrase can start there (0 then). */
static uint32_t what_phrase_walk(const unsigned char *s, size_t to, size_t p, unsigned langs,
                                 size_t *end, int walk) {
  tf_trie_hit hits[4];
  int n = walk ? tf_trie_match(what_lex.trie, s, to, p, hits, 4) : 0;
  for (int h = n - 1; h >= 0; h--) {
    if (tf_word_char_at(s, to, hits[h].end) && !tf_ends_ideograph(s, p, hits[h].end)) continue;
    uint32_t mask = tf_lexicon_classes_in(&what_lex, hits[h].value, langs);
    if (mask) {
      *end = hits[h].end;
      return mask;
    }
  }
  return 0;
}

static uint32_t what_phrase_at(const unsigned char *s, size_t to, size_t p, unsigned langs,
                               size_t *end) {
  return what_phrase_walk(s, to, p, langs, end, tf_lexicon_may_match(&what_lex, s, to, p));
}

/* The same at token j of the window, not inside a name ("Credit Suisse" says no
** "crédit"). */
static uint32_t what_mask_at(const analysis *an, int j, size_t *end) {
  const token *t = &an->tokens[j];
  if (t->entity >= 0 || !t->may_what) return 0;
  if (t->what_known) {
    if (t->what_raw) *end = t->what_end;
    return t->what_raw;
  }
  return what_phrase_walk(an->s, an->window_end, t->start, an->langs, end, t->may_what);
}

/* Do a company's results follow its reporting verb, within a few words ("Kelvora
** reported revenue of", "reported a net second quarter loss", "a publié un chiffre
** d'affaires")? Then it reports its own amounts, as their owner, not as a source. */
static int results_follow(const analysis *an, int k) {
  const uint32_t results = (1u << (TF_WHAT_REVENUE - 1)) |
                           (1u << (TF_WHAT_PROFIT - 1)); /* what.tsv's bits */
  for (int n = 0; n < RESULTS_WORDS && k < an->count; n++, k++) {
    const token *w = &an->tokens[k];
    if (w->entity >= 0 || w->fact >= 0) return 0;
    size_t end;
    if (what_mask_at(an, k, &end) & results) return 1;
  }
  return 0;
}

/* Are the companies in the plural of token j the subject of the clause of the amount at
** token a (see WHAT_TOTAL_SUBJECT)? */
static int total_subject(analysis *an, int j, int a) {
  /* the subject of a relative clause of their own ("startups cujos valores …") */
  size_t end = an->tokens[j].end;
  what_mask_at(an, j, &end);
  for (int k = j + 1; k < a && an->tokens[k].start <= end + 1; k++)
    if (an->tokens[k].start >= end && (an->what_masks[k] & WHAT_WHOSE)) return 1;
  /* a preposition within three words before ("to Korean companies", "aux 500 entreprises") */
  for (int k = j - 1; k >= 0 && k >= j - 3 && an->tokens[k].entity < 0 && an->tokens[k].fact < 0;
       k--)
    if (end_mask(an, k) & (F_TO | F_FOR | F_OF | F_FROM | F_IN | F_AGENT | F_TARGET_BEFORE))
      return 0;
  for (size_t p = an->tokens[j].end; p < an->tokens[a].start; p++)
    if (an->s[p] == ':' || an->s[p] == ';') return 0;
  return 1;
}

/* Is the name a family's: a word of it of what.tsv class family ("famille Agnelli",
** "Walton family")? */
static int family_name(const char *name, size_t len) {
  const unsigned char *n = (const unsigned char *)name;
  for (size_t p = 0; p < len; p++) {
    size_t end;
    if ((p == 0 || n[p - 1] == ' ') && (what_phrase_at(n, len, p, TF_LANG_ALL, &end) & WHAT_FAMILY))
      return 1;
  }
  return 0;
}

/* Does an amount of this what stay one under a total over many, where the others become
** market (GUIDE.md)? A public budget, a person's pay, a price, a valuation or a fortune
** ("an average price of Rs 133.57 per unit", a table's total row of budgets). */
static int stays_under_total(int what) {
  return what == TF_WHAT_BUDGET || what == TF_WHAT_PAY || what == TF_WHAT_PRICE ||
         what == TF_WHAT_VALUATION || what == TF_WHAT_WEALTH;
}

/* The value of what.tsv classes, or TF_WHAT_NONE. */
static int what_of_mask(uint32_t mask) {
  mask &= WHAT_VALUES; /* the lowest value's bit */
  return mask ? __builtin_ctz(mask) + 1 : TF_WHAT_NONE;
}

/* Does the phrase at token j say what a percentage is of ("2% do faturamento", "5 per
** cent of revenue")? It is the percentage's, not the amount's near it. */
static int percentage_of(analysis *an, int j) {
  if (j < 2 || !(end_mask(an, j - 1) & F_OF) || an->tokens[j - 1].fact >= 0) return 0;
  size_t p = an->tokens[j - 1].start;
  while (p > an->tokens[j - 2].end && an->s[p - 1] == ' ') p--;
  if (p > 0 && an->s[p - 1] == '%') return 1;
  static const char *const cent[] = {"cent", "cento", "ciento", "Prozent", "percent"};
  const token *w = &an->tokens[j - 2];
  for (size_t c = 0; c < sizeof cent / sizeof cent[0]; c++)
    if (w->end - w->start == strlen(cent[c]) &&
        !memcmp(an->s + w->start, cent[c], w->end - w->start))
      return 1;
  return 0;
}

/* Reads the phrases of the window once (see analysis.what_masks): each amount then
** costs a few steps, however many amounts the sentence holds. 0, or -1 on OOM. */
static int read_whats(analysis *an) {
  if (an->what_read) return 0;
  size_t n = (size_t)an->count;
  if (n > an->what_capacity) {
    size_t cap = n + n / 2 + 16;
    uint32_t *m = tf_realloc(an->what_masks, cap * sizeof *m);
    if (m) an->what_masks = m;
    int *p = tf_realloc(an->what_before, cap * sizeof *p);
    if (p) an->what_before = p;
    int *q = tf_realloc(an->what_after, cap * sizeof *q);
    if (q) an->what_after = q;
    if (!m || !p || !q) return -1;
    an->what_capacity = cap;
  }
  int last = -1;
  size_t quiet_until = 0;  /* the end of a "none" phrase: its words say nothing */
  size_t inside_until = 0; /* the end of the last phrase that says what the amount is */
  an->what_window = 0;
  for (int t = 0; t < an->count; t++) {
    size_t end = 0;
    token *tk = &an->tokens[t];
    if (tk->start < quiet_until) {
      an->what_masks[t] = 0;
    } else {
      an->what_masks[t] = tk->what_raw = what_mask_at(an, t, &end);
      tk->what_end = end;
      tk->what_known = 1; /* (what_for asks it again of the phrases near the amounts) */
    }
    if (an->what_masks[t] & WHAT_NONE) {
      quiet_until = end;
      an->what_masks[t] = 0;
    }
    if ((an->what_masks[t] & WHAT_VALUES) && percentage_of(an, t)) an->what_masks[t] = 0;
    /* a word inside a longer phrase that says what it is: the longer one's ("valores de
    ** mercado" is no "mercado") */
    if (an->tokens[t].start < inside_until && end <= inside_until)
      an->what_masks[t] &= ~WHAT_VALUES;
    else if (an->what_masks[t] & WHAT_VALUES) inside_until = end;
    an->what_window |= an->what_masks[t];
    if (what_of_mask(an->what_masks[t])) last = t;
    an->what_before[t] = last;
  }
  last = -1;
  for (int t = an->count - 1; t >= 0; t--) {
    if (what_of_mask(an->what_masks[t])) last = t;
    an->what_after[t] = last;
  }
  an->what_read = 1;
  return 0;
}

/* Is the amount at byte p on a line of a list (a short line: "Ministry of Defence: ₹6.2
** lakh crore", "- 2023 : 54,0 millions") that follows the amount before it (ending at
** prev) closely, across empty lines? */
#define LIST_LINE 160
static int list_item(const unsigned char *s, size_t len, size_t prev, size_t p) {
  if (p - prev > 4 * LIST_LINE) return 0;
  size_t a = tf_line_start(s, p > LIST_LINE ? p - LIST_LINE : 0, p);
  size_t b = len - p < LIST_LINE ? len : p + LIST_LINE; /* the line's end, or as far */
  const unsigned char *nl = memchr(s + p, '\n', b - p);
  if (nl) b = (size_t)(nl - s);
  if (!(b - a < LIST_LINE && (a == 0 || s[a - 1] == '\n'))) return 0;
  /* one sentence at most: "Kelvora (5 M€) recule. Au total, …" is prose */
  /* (an abbreviation's full stop ends none: "8,8 Mrd. Euro in Frankfurt") */
  for (size_t q = a; q + 1 < b; q++)
    if (s[q] == '.' && s[q + 1] == ' ' && q > a && s[q - 1] >= 'a' && s[q - 1] <= 'z' &&
        !tf_sentence_abbreviation(s, a, q, (int)TF_LANG_ALL))
      return 0;
  return 1;
}

/* The class of the last what.tsv phrase in s[from..to), read back to the start of its
** paragraph, which starts at byte paragraph (year_context reads it), or past it when
** the amount is a list's item (its lead-in line); or
** TF_WHAT_NONE. A capitalised word counts only at the start of a line or a sentence
** (elsewhere it is a name's: "Crédit Agricole"), except in German, which capitalises
** every noun; a price in text about a purchase is the offer's, as in what_for. */
#define LOOK_BACK 250
static int what_in_text(const unsigned char *s, size_t from, size_t to, int lang, int list,
                        size_t paragraph) {
  if (!list && from < paragraph) from = paragraph;
  int found = TF_WHAT_NONE, market_price = 0, purchase = 0, total = 0;
  size_t quiet_until = 0;
  int nouns = tf_lang_capitalises_nouns(lang);
  for (size_t p = from; p < to;) {
    /* ASCII that starts no word (no letter or digit, or one after another): stepped over */
    if (s[p] < 0x80 && (!ascii_alnum(s[p]) || p < quiet_until ||
                        (p > from && s[p - 1] < 0x80 && ascii_alnum(s[p - 1])))) {
      p++;
      continue;
    }
    size_t next;
    int32_t cp = tf_utf8_decode(s, to, p, &next);
    if (next <= p) next = p + 1;
    /* an ASCII word: its other letters and digits start none (the test above), stepped over
    ** at once */
    if (s[p] < 0x80) next = tf_ascii_alnum_end(s, to, p);
    /* (an ASCII letter or digit after ASCII, or at from, starts a word: known above) */
    if (!(cp < 0x80 && (p == from || s[p - 1] < 0x80))) {
      size_t prev = p;
      if (p > from) tf_utf8_decode_before(s, p, &prev);
      if (p < quiet_until || !tf_word_char_at(s, to, p) ||
          (p > from && tf_word_char_at(s, to, prev))) { /* not a word's start */
        p = next;
        continue;
      }
    }
    size_t q = p;
    while (q > from && (s[q - 1] == ' ' || s[q - 1] == '"' || s[q - 1] == '-')) q--;
    size_t before_q = q;
    int32_t c = q > from ? tf_utf8_decode_before(s, q, &before_q) : '\n';
    int opening = c == '\n' || c == '.' || c == ':' || c == 0x2022 /* "•" */;
    if (tf_letter_case(cp) > 0 && !opening && !nouns) {
      p = next;
      continue;
    }
    size_t end;
    uint32_t mask = what_phrase_at(s, to, p, tf_lang_bits(lang), &end);
    if (mask & WHAT_TOTAL) total = 1;
    if (mask & WHAT_NONE) quiet_until = end;
    else if (what_of_mask(mask)) {
      found = what_of_mask(mask);
      market_price = (mask & WHAT_MARKET_PRICE) != 0;
      purchase |= (mask & WHAT_ACQUISITION_BIT) != 0;
    }
    p = next;
  }
  /* a total over many said there ("o volume de investimentos … . Foram US$ 8 bilhões") */
  if (total && found && !stays_under_total(found)) return TF_WHAT_MARKET;
  return found == TF_WHAT_PRICE && purchase && !market_price ? TF_WHAT_ACQUISITION : found;
}

/* Tables. A table of figures, with its line breaks or flattened into one line by the
** page that carried it ("Entreprises Investissements Contributions financières Kelvora
** 125 000 000 $ 30 000 000 $ Vantora 867 000 000 $ 90 000 000 $ Total …"), says what each
** amount is by its column's heading and whose it is by its row's label. Read before
** the amounts are: rows of K ≥ 2 amounts (nothing but spaces, tabs, "|" or ";" between
** the amounts of a row), each row after a short label, at least two rows, under a
** heading whose last K phrases of what.tsv name the columns (a few words at most
** between them). A row whose label is of class row_total ("Total") sums the others. */
typedef struct table_cell {
  unsigned char what;            /* the column's value (enum tf_what); 0: not a cell */
  unsigned char total;           /* the row sums the others */
  int year;                      /* the row's label is this year ("2021"); 0: not */
  size_t label_start, label_end; /* the row's label (bytes) */
  tf_entity_mention label;       /* the label as a name, where it names an organisation
                                    the names did not find ("Kelvora Aéro"): name_len 0
                                    otherwise */
} table_cell;

#define TABLE_LABEL_WORDS 6 /* a row's label: a name, not a sentence */
#define TABLE_LABEL_BYTES 80
#define TABLE_HEADING_BYTES 300 /* how far back a heading is looked for */
#define TABLE_HEADING_GAP 3     /* words between two columns' phrases */
#define TABLE_MAX_COLUMNS 8

/* Between two amounts: 0, only separators (the same row); 1, a row's label, whose
** bounds are set; -1, neither (prose). */
static int table_gap(const unsigned char *s, size_t a, size_t b, size_t *ls, size_t *le) {
  size_t first = 0, last = 0;
  int words = 0, in_word = 0, letters = 0;
  for (size_t p = a; p < b;) {
    size_t next;
    int32_t cp = tf_utf8_decode(s, b, p, &next);
    if (next <= p) next = p + 1;
    int c = cp >= 0 && cp < 0x80 && ascii_alnum((unsigned char)cp)
              ? TF_CC_LETTER /* (or a digit: alike) */
              : tf_char_class(cp);
    if (c == TF_CC_LETTER || c == TF_CC_DIGIT || c == TF_CC_CJK || cp == '&' || cp == '\'' ||
        cp == 0x2019 || (cp == '-' && in_word) || cp == '.') {
      if (cp == '.' && (next >= b || s[next] == ' ' || s[next] == '\n')) {
        /* a stop ends prose; "Inc.", "Co." end a name */
        size_t w = p;
        while (w > a && s[w - 1] != ' ' && s[w - 1] != '\n') w--;
        if (p - w > 3) return -1;
      }
      if (!in_word) {
        if (++words > TABLE_LABEL_WORDS) return -1; /* (so a gap costs a few words) */
        if (!letters) first = p;
      }
      in_word = 1;
      letters = 1;
      last = next;
    } else if (c == TF_CC_SPACE || cp == '|' || cp == ';' || cp == '\t' || cp == '-' ||
               cp == '=') { /* and a rule: "|---|---|" */
      in_word = 0;
    } else {
      return -1; /* brackets, commas, colons: prose or a list, not a table */
    }
    p = next;
  }
  if (!letters) return 0;
  if (words > TABLE_LABEL_WORDS || last - first > TABLE_LABEL_BYTES) return -1;
  *ls = first;
  *le = last;
  return 1;
}

/* The what.tsv phrases of s[from..to) that say a value, in order: their values and ends,
** the last max of a run whose phrases stand at most TABLE_HEADING_GAP words apart; 0
** when more than TABLE_LABEL_WORDS words follow the last (no heading right before the
** rows). */
static int heading_phrases(const unsigned char *s, size_t from, size_t to, int lang,
                           unsigned char *values, size_t *ends, int max) {
  int n = 0, gap = 0;
  for (size_t p = from; p < to;) {
    if (!tf_word_char_at(s, to, p) || (p > from && tf_word_char_at(s, to, p - 1))) {
      p++;
      continue;
    }
    size_t end = p;
    uint32_t mask = what_phrase_at(s, to, p, tf_lang_bits(lang), &end);
    int value = mask & WHAT_NONE ? TF_WHAT_NONE : what_of_mask(mask);
    if (value) {
      if (n > 0 && gap > TABLE_HEADING_GAP) n = 0; /* a column's phrase far from the last */
      if (n == max) {                              /* keep the last max */
        memmove(values, values + 1, (size_t)(max - 1));
        memmove(ends, ends + 1, (size_t)(max - 1) * sizeof *ends);
        n--;
      }
      values[n] = (unsigned char)value;
      ends[n++] = end;
      gap = 0;
      p = end;
    } else {
      gap++;
      while (p < to && tf_word_char_at(s, to, p)) p++;
    }
  }
  if (gap > TABLE_LABEL_WORDS) return 0; /* the heading's phrases end right before the rows */
  return n;
}

/* Is the label a table's total row? */
static int row_total(const unsigned char *s, size_t ls, size_t le, int lang) {
  tf_trie_hit hits[4];
  int n = tf_lexicon_match(&what_lex, s, le, ls, hits, 4);
  for (int h = n - 1; h >= 0; h--)
    if (hits[h].end == le && (tf_lexicon_classes(&what_lex, hits[h].value, lang) & WHAT_ROW_TOTAL))
      return 1;
  return 0;
}

static void read_tables(const unsigned char *s, const tf_fact_list *out, int lang,
                        table_cell *cells) {
  size_t count = out->count;
  for (size_t i = 0; i < count;) {
    /* a run of amounts with separators or labels between them */
    size_t j = i;
    while (j + 1 < count) {
      size_t ls, le;
      if (table_gap(s, out->items[j].money.end, out->items[j + 1].money.start, &ls, &le) < 0) break;
      j++;
    }
    if (j == i) {
      i++;
      continue;
    }
    /* its rows: the columns of the first row, the same in every other */
    size_t k = i + 1, columns = 1;
    size_t ls, le;
    while (k <= j &&
           table_gap(s, out->items[k - 1].money.end, out->items[k].money.start, &ls, &le) == 0) {
      k++;
      columns++;
    }
    size_t rows = 1, end = k;
    int regular = columns >= 2 && columns <= TABLE_MAX_COLUMNS;
    while (regular && end <= j) { /* end: the first amount of a row */
      size_t n = 1;
      while (end + n <= j && table_gap(s, out->items[end + n - 1].money.end,
                                       out->items[end + n].money.start, &ls, &le) == 0)
        n++;
      if (n != columns) break;
      rows++;
      end += n;
    }
    if (!regular || rows < 2) {
      i = j + 1;
      continue;
    }
    /* the heading: back to a stop, a colon or an empty line, before the first row's label */
    size_t first = out->items[i].money.start;
    size_t from = first > TABLE_HEADING_BYTES ? first - TABLE_HEADING_BYTES : 0;
    for (size_t p = first; p > from; p--) {
      unsigned char c = s[p - 1];
      if (c == '.' || c == ':' || c == '!' || c == '?' ||
          (c == '\n' && p >= 2 && s[p - 2] == '\n')) {
        from = p;
        break;
      }
    }
    while (from < first && (s[from] & 0xC0) == 0x80) from++;
    unsigned char values[TABLE_MAX_COLUMNS];
    size_t ends[TABLE_MAX_COLUMNS];
    int n = heading_phrases(s, from, first, lang, values, ends, (int)columns);
    if ((size_t)n != columns) {
      i = j + 1;
      continue;
    }
    /* the first row's label: after the heading's last phrase */
    size_t label_start = ends[n - 1], label_end = first;
    if (table_gap(s, label_start, label_end, &label_start, &label_end) != 1) {
      i = j + 1;
      continue;
    }
    for (size_t r = 0; r < rows; r++) {
      size_t at = i + r * columns;
      if (r > 0)
        table_gap(s, out->items[at - 1].money.end, out->items[at].money.start, &label_start,
                  &label_end);
      int total = row_total(s, label_start, label_end, lang);
      int year = 0;
      if (label_end - label_start == 4)
        for (size_t q = label_start; q < label_end && s[q] >= '0' && s[q] <= '9'; q++)
          year = year * 10 + (s[q] - '0');
      if (year < 1900 || year > 2100) year = 0; /* (fewer digits end the loop early) */
      /* a label that starts with a capital letter names its row's organisation */
      tf_entity_mention label;
      memset(&label, 0, sizeof label);
      size_t after;
      if (!total && !year &&
          tf_letter_case(tf_utf8_decode(s, label_end, label_start, &after)) > 0) {
        label.start = label_start;
        label.end = label_end;
        label.name = (const char *)s + label_start;
        label.name_len = label_end - label_start;
        label.kind = TF_KIND_ORG;
        label.source = TF_SOURCE_GUESS;
        label.kind_by_default = 1;
      }
      for (size_t c = 0; c < columns; c++) {
        table_cell *cell = &cells[at + c];
        cell->what = values[c];
        cell->total = (unsigned char)total;
        cell->year = year;
        cell->label = label;
        cell->label_start = label_start;
        cell->label_end = label_end;
      }
    }
    i += rows * columns;
  }
}

/* The first name inside a table row's label, or NULL. */
static const tf_entity_mention *row_name(const tf_entity_list *ents, const table_cell *cell) {
  size_t lo = 0, hi = ents->count;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (ents->items[mid].start < cell->label_start) lo = mid + 1;
    else hi = mid;
  }
  return lo < ents->count && ents->items[lo].end <= cell->label_end ? &ents->items[lo] : NULL;
}

/* A token's length in half words: an ideograph is half a word (Chinese words are of two
** characters mostly), so that the windows of what_for hold as much Chinese as other text. */
static int word_weight(const analysis *an, int j) { return an->tokens[j].cjk ? 1 : 2; }

/* Does s[a..b) hold a comma, a colon, a semicolon, a bracket or a full stop, ASCII or
** full-width ("，", "、", "；", "：", "（", "）", "。")? */
static int clause_stop(const unsigned char *s, size_t a, size_t b) {
  for (size_t p = a; p < b; p++) {
    unsigned char c = s[p];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.') return 1;
    if (c == 0xEF && p + 2 < b && s[p + 1] == 0xBC &&
        (s[p + 2] == 0x8C || s[p + 2] == 0x9B || s[p + 2] == 0x9A || s[p + 2] == 0x88 ||
         s[p + 2] == 0x89))
      return 1;
    if (c == 0xE3 && p + 2 < b && s[p + 1] == 0x80 && (s[p + 2] == 0x81 || s[p + 2] == 0x82))
      return 1;
  }
  return 0;
}

/* Is the phrase that says what the amount is, at token j, an average ("la valoración
** media de las firmas europeas de robótica … se situó en 40 millones", "average valuation",
** what.tsv average), the amount's token being a: a statistic over many? */
static int average_of(analysis *an, int j, int a) {
  const uint32_t *masks = an->what_masks;
  for (int k = j - 1; k >= 0 && k >= j - 2; k--) {
    if (an->tokens[k].fact >= 0 || an->tokens[k].entity >= 0) break;
    if (masks[k] & WHAT_AVERAGE) return 1;
  }
  size_t end = an->tokens[j].end;
  what_mask_at(an, j, &end);
  for (int k = j + 1; k < a && k <= j + 3; k++) {
    if (an->tokens[k].start < end) continue;
    if (an->tokens[k].entity >= 0 || an->tokens[k].fact >= 0 || (masks[k] & WHAT_VALUES) ||
        (start_mask(an, k) & (F_OF | F_IN | F_TO | F_FOR | F_FROM | F_CLAUSE)))
      break;
    if (masks[k] & WHAT_AVERAGE) return 1;
  }
  return 0;
}

/* What the amounts [first, last] of one group are (see tf_facts.h). */
static int what_for(analysis *an, const tf_fact_list *facts, size_t first, size_t last, int *base,
                    int *far, int *many, int *over_many) {
  *base = TF_WHAT_NONE;
  *far = *many = *over_many = 0;
  if (read_whats(an)) {
    an->nomem = 1;
    return TF_WHAT_NONE;
  }
  const uint32_t *masks = an->what_masks;
  int a = token_from(an, facts->items[first].money.start);
  int b = a;
  while (b + 1 < an->count && an->tokens[b + 1].end <= facts->items[last].money.end) b++;
  int before = TF_WHAT_NONE, before_distance = 0, after = TF_WHAT_NONE, after_distance = 0;
  uint32_t before_mask = 0, after_mask = 0;
  int before_token = -1;
  int generic = TF_WHAT_NONE; /* the nearest generic word ("deal"), a last resort */
  int before_many = 0, after_many = 0;
  for (int j = a - 1, d = 1; j >= 0 && d <= 8 * 2; d += word_weight(an, j), j--) {
    int f = an->tokens[j].fact;
    if (f >= 0 && ((size_t)f < first || (size_t)f > last)) break; /* another amount */
    /* a word right after another amount is that amount's ("a £245m fraud … and £29m") */
    int g = j > 0 ? an->tokens[j - 1].fact : -1;
    if (g >= 0 && ((size_t)g < first || (size_t)g > last)) break;
    int w = masks[j] & WHAT_NULL ? WHAT_SETTLED_NULL : what_of_mask(masks[j]);
    if (w && (masks[j] & WHAT_GENERIC)) {
      if (!generic) generic = w;
    } else if (w) {
      /* the longest phrase that ends there: "closing share price", not its "price" */
      size_t end = an->tokens[j].end;
      what_mask_at(an, j, &end);
      int longest = j;
      for (int k = j - 1; k >= 0 && k >= j - 2 && an->tokens[k].fact < 0; k--) {
        size_t e2 = 0;
        uint32_t m2 = masks[k] ? what_mask_at(an, k, &e2) : 0;
        if (what_of_mask(m2) && e2 >= end && !(m2 & (WHAT_GENERIC | WHAT_NULL))) {
          w = what_of_mask(m2);
          longest = k;
        }
      }
      for (int k = longest; k < j; k++) d += word_weight(an, k);
      j = longest;
      before = w;
      before_mask = masks[j];
      before_token = j;
      before_distance = d;
      for (int k = j + 1; k < a && an->tokens[k].end <= end; k++)
        before_distance -= word_weight(an, k);
      before_many = (masks[j] & WHAT_MANY) != 0;
      break;
    }
  }
  for (int j = b + 1, d = 1; j < an->count && d <= 6 * 2; d += word_weight(an, j), j++) {
    int f = an->tokens[j].fact;
    if (f >= 0 && ((size_t)f < first || (size_t)f > last)) break;
    /* not past a comma, a colon or a bracket: "7 bn, despite increased marketing spend" */
    if (clause_stop(an->s, an->tokens[j - 1].end, an->tokens[j].start)) break;
    int w = masks[j] & WHAT_NULL ? WHAT_SETTLED_NULL : what_of_mask(masks[j]);
    if (w && (masks[j] & WHAT_GENERIC)) {
      if (!generic) generic = w;
    } else if (w) {
      after = w;
      after_mask = masks[j];
      after_distance = d;
      after_many = (masks[j] & WHAT_MANY) != 0;
      break;
    }
  }
  int near = before && (!after || before_distance <= after_distance) ? before : after;
  *many = near == before ? before_many : after_many;
  if (!near) near = generic;
  /* a deal's value is its price: "Operação avaliada em", "the deal, valued at" */
  if (near == TF_WHAT_VALUATION && near == before)
    for (int k = before_token - 1; k >= 0 && k >= before_token - 4; k--) {
      if (an->tokens[k].fact >= 0 || an->tokens[k].entity >= 0) break;
      if (masks[k] & WHAT_GENERIC) {
        near = what_of_mask(masks[k]);
        break;
      }
    }

  /* (read before a price becomes an offer's: an offer's price stays one too; so does
  ** one unit's amount: "Die Investitionen … auf drei Milliarden Euro pro Rechenzentrum") */
  int stays = stays_under_total(near) ||
              (near && b + 1 < an->count && (masks[b + 1] & WHAT_PER_UNIT) &&
               an->tokens[b + 1].fact < 0);
  /* a price per share or per unit in a sentence of a purchase: the offer's price
  ** ("a cash consideration of $11.45 per share", "units picked up at Rs 133.57") */
  uint32_t near_mask = near == before ? before_mask : after_mask;
  if (near == TF_WHAT_PRICE && (an->what_window & WHAT_ACQUISITION_BIT) &&
      !(near_mask & WHAT_MARKET_PRICE))
    near = TF_WHAT_ACQUISITION;
  *base = near == WHAT_SETTLED_NULL ? TF_WHAT_NONE : near;
  /* a total over many companies: market, whatever their amounts are (GUIDE.md); so is
  ** an amount spread over a count of them after it ("investiti 7 milioni in 14 startup",
  ** "raised $90m in 12 rounds") */
  for (int j = b + 1; j + 1 < an->count && j <= b + 3; j++) {
    const token *t = &an->tokens[j];
    if (t->fact >= 0 || t->entity >= 0 ||
        memchr(an->s + an->tokens[j - 1].end, ',', t->start - an->tokens[j - 1].end))
      break;
    if (an->s[t->start] >= '0' && an->s[t->start] <= '9' &&
        (masks[j + 1] & (WHAT_TOTAL_SUBJECT | WHAT_MANY))) {
      if (!stays) return near == WHAT_SETTLED_NULL ? WHAT_SETTLED_NULL : TF_WHAT_MARKET;
      *over_many = 1;
      break;
    }
  }
  for (int j = a - 1, d = 1; j >= 0 && d <= 12 * 2; d += word_weight(an, j), j--) {
    int f = an->tokens[j].fact;
    if (f >= 0 && ((size_t)f < first || (size_t)f > last)) break; /* another amount's */
    /* an organisation named between: the total is theirs ("les entreprises Gerflor,
      ** Forbo et Tarkett ont reçu une amende de 302 millions"); not a guess no hint typed
      ** after "de", "of": where they are from ("as startups do Vale do Silício") */
    if (an->tokens[j].entity >= 0 &&
        facts->entities.items[an->tokens[j].entity].kind == TF_KIND_ORG) {
      const tf_entity_mention *m = &facts->entities.items[an->tokens[j].entity];
      int k = token_from(an, m->start) - 1, role = an->roles[an->tokens[j].entity];
      /* (nor a source, an index, an owner's owner: "delle società quotate sul Ftse Mib") */
      if (!(m->kind_by_default && k >= 0 && an->tokens[k].entity < 0 && (end_mask(an, k) & F_OF)) &&
          role != R_SOURCE && role != R_INDIRECT)
        break;
      j = k + 1; /* on before the name */
      continue;
    }
    if ((masks[j] & WHAT_TOTAL_SUBJECT) && !(masks[j] & WHAT_TOTAL) && !total_subject(an, j, a))
      continue;
    /* between the phrase that says what the amount is and the amount, a verb of total
      ** is that value's sum ("Les revenus ont totalisé 111,7 millions $"): no total */
    if ((masks[j] & WHAT_TOTAL_VERB) && before_token >= 0 && j > before_token && near == before)
      continue;
    /* an average of a value said farther away is that value's ("la valoración media de
    ** las firmas … fue de 40 millones"): read below */
    if ((masks[j] & WHAT_AVERAGE) && !near && a > 0 && an->what_before[a - 1] >= 0 &&
        average_of(an, an->what_before[a - 1], a)) {
      *over_many = 1;
      break;
    }
    if (masks[j] & (WHAT_TOTAL | WHAT_TOTAL_SUBJECT | WHAT_TOTAL_VERB)) {
      /* nor do names just before it that it stands in apposition to ("Alibaba and
        ** Tencent, China's biggest tech companies, have both invested") */
      size_t end = an->tokens[j].end;
      what_mask_at(an, j, &end);
      while (end < an->window_end && an->s[end] == ' ') end++;
      /* (not a clause's subject: "Kelvora prevé que las tecnológicas, …, gastarán") */
      int named = 0;
      for (int k = j - 1; k >= 0 && k >= j - 6 && !named && end < an->window_end &&
                          an->s[end] == ',' && !(start_mask(an, k) & (F_RELATIVE | F_CLAUSE));
           k--)
        named = an->tokens[k].entity >= 0 &&
                facts->entities.items[an->tokens[k].entity].kind == TF_KIND_ORG;
      if (named) break;
      if (!stays) return TF_WHAT_MARKET;
      *over_many = 1; /* it stays what it is, owned by nobody */
      break;
    }
  }
  /* an average said of the value itself ("average valuation"): a statistic over many */
  if (!*over_many && near && near != WHAT_SETTLED_NULL && near == before && before_token >= 0 &&
      average_of(an, before_token, a)) {
    if (!stays) return TF_WHAT_MARKET;
    *over_many = 1;
  }
  if (near == WHAT_SETTLED_NULL) return WHAT_SETTLED_NULL; /* "a dividend of CHF 2.70" */
  if (near) return near;
  /* nothing near: the nearest phrase of the sentence, past other amounts ("Novartis
  ** (8,09 milliards de bénéfice net), Nestlé (7,99)"); before wins a tie */
  *far = 1;
  int p = a > 0 ? an->what_before[a - 1] : -1;
  int q = b + 1 < an->count ? an->what_after[b + 1] : -1;
  if (p >= 0 && (q < 0 || a - p <= q - b)) {
    *base = what_of_mask(masks[p]);
    if (average_of(an, p, a)) { /* (the same, from afar: "la valoración media de …") */
      if (!stays_under_total(*base)) return TF_WHAT_MARKET;
      *over_many = 1;
    }
    return *base;
  }
  return *base = q >= 0 ? what_of_mask(masks[q]) : TF_WHAT_NONE;
}

static int year_for(analysis *an, const tf_fact_list *facts, size_t first, size_t last) {
  if (!an->years_read) read_years(an, facts);
  const token *t = an->tokens;
  size_t ms = facts->items[first].money.start, me = facts->items[last].money.end;
  int best = 0, best_blocked = 1;
  size_t best_distance = (size_t)-1;
  for (int n = 0; n < an->year_count; n++) {
    const year_candidate *y = &an->years[n];
    int i = y->token, marker = y->marker;
    /* The term of a comparison, unless this amount is inside it. */
    int compared = y->compare_self;
    for (int c = 0; c < y->compare_count && !compared; c++)
      if (!(ms >= t[y->compare[c]].end && me <= t[i].start)) compared = 1;
    if (compared) continue;
    /* A year after the amount counts from its marker ("… de dollars) en 2025"). */
    int after = t[i].end > ms;
    size_t distance = after ? (t[marker].start > me ? t[marker].start - me : 0) : ms - t[i].end;
    /* Another amount closer to the year takes it first ("1,7 milliard en
    ** 2025, et 500 millions en 2026"); it stays a last resort. The closest
    ** other amounts are the nearest on each side of the year, and any that
    ** overlaps it; farther ones cannot be closer. */
    int blocked = 0;
#define IN_GROUP(k) ((size_t)(k) >= first && (size_t)(k) <= last)
    if (y->left >= 0 && !IN_GROUP(y->left) && distance_to(an, facts, y, y->left) < distance)
      blocked = 1;
    if (!blocked && y->right < (long)an->end_fact && !IN_GROUP(y->right) &&
        distance_to(an, facts, y, y->right) < distance)
      blocked = 1;
    long overlap = y->left >= 0 ? y->left + 1 : (long)an->first_fact;
    for (; overlap < y->right && !blocked; overlap++) /* overlapping the year: distance 0 */
      if (!IN_GROUP(overlap) && distance > 0) blocked = 1;
#undef IN_GROUP
    /* ... and never across a clause: "£22 billion from 2025, and Nscale … $1.1 billion". */
    if (blocked &&
        clause_between(an, t[i].end <= ms ? t[i].end : me, t[i].end <= ms ? ms : t[i].start))
      continue;
    if (blocked < best_blocked ||
        (blocked == best_blocked &&
         (distance < best_distance || (distance == best_distance && after)))) {
      best = y->year;
      best_blocked = blocked;
      best_distance = distance;
    }
  }
  return best;
}

/* Does the window say the year relatively ("l'an dernier", "this year")? */
static int relative_year(analysis *an) {
  if (!an->relative_read) {
    an->relative_read = 1;
    an->relative = 0;
    for (int i = 0; i < an->count && !an->relative; i++)
      if (start_mask(an, i) & F_RELATIVE_YEAR) an->relative = 1;
  }
  return an->relative;
}

/* ------------------------------------------------------------------------ */
/* Groups: one amount in two currencies. */

/* Are a and b one amount in two currencies? *bracket: a bracket opened
** earlier in the group is still open (then a comma is enough: "£1 billion
** ($1.3 billion, €1.2 billion)"); updated for the next pair. */
static int grouped(analysis *an, const tf_fact *a, const tf_fact *b, int *bracket) {
  if (a->sentence != b->sentence || strcmp(a->money.currency, b->money.currency) == 0) return 0;
  const unsigned char *s = an->s;
  size_t p = a->money.end, e = b->money.start;
  if (e - p > 64) return 0;
  int joined = 0, opened = 0;
  int i = token_from(an, p);
  while (p < e) {
    if (i < an->count && an->tokens[i].start == p) {
      unsigned mask = start_mask(an, i);
      const token *t = &an->tokens[i];
      if (!(mask & F_GROUP) || an->tokens[t->start_phrase_last].end > e) return 0;
      joined = 1;
      p = an->tokens[t->start_phrase_last].end;
      i = t->start_phrase_last + 1;
      continue;
    }
    size_t next;
    int32_t cp = tf_utf8_decode(s, e, p, &next);
    if (cp == '(' || cp == '[') opened = 1;
    if (cp == ')' || cp == ']') return 0;
    if (cp == ',' && *bracket) joined = 1;
    if (cp == '(' || cp == '[' || cp == '/' || cp == '=' || cp == 0x2248 || cp == '~') joined = 1;
    else if (!(cp == ' ' || cp == 0xA0 || cp == 0x202F || cp == ',' || cp == '-' || cp == 0x2013 ||
               cp == 0x2014 || cp == ':' || cp == '\''))
      return 0;
    p = next;
  }
  if (joined) *bracket = *bracket || opened;
  return joined;
}

/* ------------------------------------------------------------------------ */

static int push_fact(tf_fact_list *out, const tf_money *m) {
  tf_fact *grown = tf_grow(out->items, out->count, &out->capacity, sizeof *grown, 16);
  if (!grown) return -1;
  out->items = grown;
  tf_fact *f = &out->items[out->count++];
  memset(f, 0, sizeof *f);
  f->money = *m;
  f->entity_kind = f->counterparty_kind = -1;
  return 0;
}

/* The topic of a paragraph: the organisation named last as a sentence's subject
** (within its first words: "Eurotunnel a enregistré …", "La Financière Power a …",
** "Seul Air Liquide a …", a heading line "EUROTUNNEL"). An amount whose own sentence
** names no owner before it is the topic's ("La société a vu son bénéfice grimper à 545
** M$") while the paragraph lasts (where it starts: year_context). Read in one pass
** with the amounts: the names up to the amount's sentence. */
typedef struct topic_reader {
  size_t next; /* the next name to read */
  const tf_entity_mention *topic;
  const tf_entity_mention *last;   /* the organisation named last */
  const tf_entity_mention *person; /* the person that opened a sentence last */
  unsigned char *named;            /* the memo of named_at */
} topic_reader;

#define SUBJECT_BYTES 40 /* a subject starts within this many bytes of its sentence */
#define PERSON_BYTES 400 /* the sentence a person opens, before an amount of pay */

/* Does a name after the line break at s[nl] open its sentence? Not where the line ends
** with a capitalised word: a text wrapped at a fixed width splits a name there
** ("BlackBerry CEO Thorsten\nHeins says"); a heading ends otherwise ("Résultats annuels
** 2025", "EUROTUNNEL", "Les coupes dans les budgets ministériels"). */
static int line_break_opens(const unsigned char *s, size_t nl) {
  size_t p = nl;
  while (p > 0 && (s[p - 1] == ' ' || s[p - 1] == '\t' || s[p - 1] == '\r')) p--;
  size_t w = p;
  while (w > 0 && s[w - 1] != ' ' && s[w - 1] != '\n' && s[w - 1] != '\t') w--;
  if (w == p || !(s[w] >= 'A' && s[w] <= 'Z')) return 1;
  for (size_t q = w + 1; q < p; q++)
    if (s[q] >= 'a' && s[q] <= 'z') return 0; /* "Thorsten", not "EUROTUNNEL" */
  return 1;
}

/* Does the name m open a line that labels what follows a colon ("Kelvora: 4 M€",
** "Ministry of Consumer Affairs, Food and Public Distribution: ₹2.1 lakh crore")? */
static int row_label(const unsigned char *s, size_t end, const tf_entity_mention *m) {
  size_t q = label_colon(s, end, m, 1);
  if (!q) return 0;
  /* with the row's figure after it on the line */
  for (q++; q < end && (s[q] == ' ' || s[q] == '\t'); q++) {
  }
  return q < end && s[q] != '\n' && s[q] != '\r';
}

/* Does a Chinese sentence end right before s[p] ("。", "！", "？", which need no space)? */
static int cjk_stop_before(const unsigned char *s, size_t p) {
  if (p < 3 || s[p - 1] < 0x80) return 0; /* (most bytes: ASCII) */
  const unsigned char *c = s + p - 3;
  return (c[0] == 0xE3 && c[1] == 0x80 && c[2] == 0x82) ||
         (c[0] == 0xEF && c[1] == 0xBC && (c[2] == 0x81 || c[2] == 0x9F));
}

static const tf_entity_mention *topic_of(topic_reader *tr, const unsigned char *s,
                                         const tf_entity_list *ents, size_t sentence_start,
                                         size_t paragraph, int pay) {
  for (; tr->next < ents->count && ents->items[tr->next].end <= sentence_start; tr->next++) {
    const tf_entity_mention *m = &ents->items[tr->next];
    int person = m->kind == TF_KIND_PERSON;
    if ((m->kind != TF_KIND_ORG && !person) || named_at(tr->named, ents, tr->next)) continue;
    if (!person) tr->last = m;
    if (row_label(s, sentence_start, m))
      continue; /* a list's row: "Ministry of Railways: ₹2.5 lakh crore" */
    /* the start of its sentence within SUBJECT_BYTES before it: the text's start, a line
    ** break, or ". " */
    size_t ss = m->start, floor = m->start > SUBJECT_BYTES ? m->start - SUBJECT_BYTES : 0;
    int opening = 0;
    while (ss > floor) {
      if (s[ss - 1] == '\n' ||
          (ss >= 2 && s[ss - 1] == ' ' &&
           (s[ss - 2] == '.' || s[ss - 2] == '!' || s[ss - 2] == '?')) ||
          cjk_stop_before(s, ss))
        break;
      ss--;
    }
    opening = ss == 0 || s[ss - 1] == ' ' || (s[ss - 1] == '\n' && line_break_opens(s, ss - 1)) ||
              cjk_stop_before(s, ss);
    if (!opening || (ss == floor && ss > 0)) continue;
    int words = 0, ideographs = 0;
    for (size_t p = ss; p < m->start; p++) {
      if (s[p] == ' ' && p > ss && s[p - 1] != ' ') words++;
      ideographs += s[p] >= 0xC0 && cjk_at(s, m->start, p) > 0;
    }
    words += ideographs / 2; /* (an ideograph is half a word) */
    /* the first name of its sentence: "ByteDance veut rattraper OpenAI" is ByteDance's;
    ** an outlet's credit before it aside ("【Finet讯】Kelvora …") */
    size_t prev = tr->next;
    while (prev > 0 && ents->items[prev - 1].end > ss &&
           named_at(tr->named, ents, prev - 1) == NAME_MEDIA)
      prev--;
    int first = prev == 0 || ents->items[prev - 1].end <= ss;
    if (words <= 3 && first) {
      if (person) tr->person = m;
      else tr->topic = m;
    }
  }
  /* pay: a person who opened the sentence before, or the line that leads a list ("Ana
  ** Kelvora, do grupo Vantora, teve a maior subida. O ano passado, a CEO ganhou 3,9
  ** milhões") */
  if (pay && tr->person && tr->person->start >= paragraph &&
      (!tr->topic || tr->topic->start < tr->person->start) &&
      sentence_start - tr->person->end <= PERSON_BYTES) {
    int ended = 0;
    for (size_t p = tr->person->end; p + 2 < sentence_start && !ended; p++)
      ended = (s[p] == '\n' && s[p + 1] != '-') || /* (a list's lines go on) */
              ((s[p] == '.' || s[p] == '!' || s[p] == '?') && s[p + 1] == ' ');
    if (!ended) return tr->person;
  }
  return tr->topic && tr->topic->start >= paragraph ? tr->topic : NULL;
}

/* The year that governs an amount whose sentence states none (GUIDE.md: "in the heading
** or sentence that governs it"): the year of an earlier amount of its paragraph (read
** from that amount's sentence), a sentence that opens with one ("En 2017, …", "In 2019,
** …"), or the heading above the paragraph (a short line without a full stop: "Budget
** 2025", "Résultats 2024"). Read in one pass over the bytes up to each amount. */
typedef struct year_context {
  size_t scanned;   /* bytes read */
  size_t paragraph; /* where the current paragraph starts */
  int year;         /* of a sentence of the paragraph that opens with it; 0: none */
  int amount_year;  /* of the last amount of the line with a year of its sentence */
  const tf_entity_mention *amount_who; /* that amount's owner */
  int heading;                         /* of the last heading; 0: none */
  int title;                           /* of the article's first line, a heading; 0: none */
  size_t section; /* where the text under the last heading or empty line starts */
} year_context;

#define HEADING_BYTES 120

/* The year written at s[p..] (four digits, not part of a longer number), or 0. */
static int year_at(const unsigned char *s, size_t len, size_t p) {
  if (p + 4 > len || (p > 0 && s[p - 1] >= '0' && s[p - 1] <= '9')) return 0;
  for (int k = 0; k < 4; k++)
    if (s[p + k] < '0' || s[p + k] > '9') return 0;
  if (p + 4 < len && ((s[p + 4] >= '0' && s[p + 4] <= '9') || s[p + 4] == '%')) return 0;
  if (p + 5 < len && (s[p + 4] == ',' || s[p + 4] == '.') && s[p + 5] >= '0' && s[p + 5] <= '9')
    return 0;
  /* a fiscal year across two ("2021-2022", "2022/23") states no year (GUIDE.md) */
  if (p + 5 < len && (s[p + 4] == '-' || s[p + 4] == '/') && s[p + 5] >= '0' && s[p + 5] <= '9')
    return 0;
  int y = (s[p] - '0') * 1000 + (s[p + 1] - '0') * 100 + (s[p + 2] - '0') * 10 + (s[p + 3] - '0');
  return y >= 1950 && y <= 2100 ? y : 0;
}

/* Does the line s[a..e) hold a date (a month's name, a time "13:26")? A dateline's
** year is not the year of the amounts under it. */
static int dateline(const unsigned char *s, size_t a, size_t e) {
  for (size_t p = a; p < e;) {
    if (p + 2 < e && s[p] >= '0' && s[p] <= '9' && s[p + 1] == ':' && s[p + 2] >= '0' &&
        s[p + 2] <= '9')
      return 1;
    size_t q;
    if (s[p] < 0x80) { /* ASCII: as tf_word_char_at and tf_scan_word read it */
      if (!ascii_alnum(s[p])) {
        p++;
        continue;
      }
      uint64_t h;
      q = tf_ascii_alnum_hash(s, e, p, &h);
      if ((q == e || s[q] < 0x80) && !month_word(h)) { /* no month's name */
        p = q;
        continue;
      }
    }
    if (!tf_word_char_at(s, e, p)) {
      p++;
      continue;
    }
    tf_word_info w;
    q = tf_scan_word(s, e, p, &w);
    if (q <= p) q = p + 1;
    /* a word that is a month's name (facts.tsv, class month, in any language) */
    tf_trie_hit hits[4];
    int n = tf_lexicon_match(&phrases, s, e, p, hits, 4);
    for (int k = 0; k < n; k++)
      if (hits[k].end == q && (tf_lexicon_classes(&phrases, hits[k].value, TF_LANG_AUTO) & F_MONTH))
        return 1;
    p = q;
  }
  return 0;
}

/* The facts.tsv classes of the phrases that end right before s[p] (spaces aside),
** starting at most 30 bytes before, not before a (any language's: a title's language
** is not known). */
static unsigned classes_before(const unsigned char *s, size_t a, size_t p) {
  size_t e = p;
  while (e > a && s[e - 1] == ' ') e--;
  unsigned mask = 0;
  for (size_t q = e > a + 30 ? e - 30 : a; q < e; q++) {
    if (q > a && s[q - 1] != ' ' && s[q - 1] != '\'' && s[q - 1] != '\n') continue;
    tf_trie_hit hits[4];
    int n = tf_lexicon_match(&phrases, s, e, q, hits, 4);
    for (int k = 0; k < n; k++)
      if (hits[k].end == e) mask |= tf_lexicon_classes(&phrases, hits[k].value, TF_LANG_AUTO);
  }
  return mask;
}

/* Is the year at s[p] the term of a comparison (facts.tsv, class compare, right before
** it: "Un 3e trimestre meilleur qu'en 2020", "better than 2020")? a: the line's start. */
static int compared_year(const unsigned char *s, size_t a, size_t p) {
  return (classes_before(s, a, p) & F_COMPARE) != 0;
}

/* The year the lead (its first LEAD_BYTES) states for the article: the first year after a
** phrase of class year ("en 2009", "in fiscal 2024"), not a comparison's, a founding's
** ("fondé en 2016"), a target's ("d'ici 2030", class target_year) nor a dateline's, and
** where it is (*at); 0: none. See article_year in tf_facts_extract. */
/* The first byte c at p or after it where a year may start (4 bytes before stop), or
** (size_t)-1. */
static size_t year_digit(const unsigned char *s, size_t stop, size_t p, unsigned char c) {
  const unsigned char *d = p + 4 <= stop ? memchr(s + p, c, stop - 3 - p) : NULL;
  return d ? (size_t)(d - s) : (size_t)-1;
}

static int lead_year(const unsigned char *s, size_t len, size_t lead_end, size_t *at) {
  size_t line = 0, lines_read = 0; /* the line breaks before lines_read are read */
  size_t read_line = (size_t)-1;   /* the line whose dateline is known: read once */
  int dated = 0;
  size_t stop = lead_end < len ? lead_end : len; /* a year starts at p + 4 <= stop */
  if (stop < 4) return 0;
  /* the next '1' and '2' at or after p (a year starts with one: memchr finds them) */
  size_t one = year_digit(s, stop, 0, '1'), two = year_digit(s, stop, 0, '2');
  for (size_t p = 0;; p++) {
    if (one < p) one = year_digit(s, stop, p, '1');
    if (two < p) two = year_digit(s, stop, p, '2');
    p = one < two ? one : two;
    if (p == (size_t)-1) break;
    int y = year_at(s, len, p);
    if (!y) continue;
    /* the start of p's line: after the last line break before it */
    for (const unsigned char *nl; lines_read < p; lines_read = line) {
      nl = memchr(s + lines_read, '\n', p - lines_read);
      if (!nl) {
        lines_read = p;
        break;
      }
      line = (size_t)(nl - s) + 1;
    }
    unsigned mask = classes_before(s, line, p);
    if (!(mask & F_YEAR) || (mask & (F_COMPARE | F_DATES | F_TARGET_YEAR))) continue;
    if (read_line != line) {
      const unsigned char *nl = memchr(s + p, '\n', len - p);
      dated = dateline(s, line, nl ? (size_t)(nl - s) : len);
      read_line = line;
    }
    if (dated) continue;
    *at = p;
    return y;
  }
  return 0;
}

/* A line that is a heading: short, not ended by a full stop; its year, or -1 for a
** heading without one, or 0 for no heading. */
static int heading_year(const unsigned char *s, size_t len, size_t a) {
  size_t span = len - a < HEADING_BYTES + 1 ? len - a : HEADING_BYTES + 1;
  const unsigned char *nl = memchr(s + a, '\n', span);
  if (!nl && span == HEADING_BYTES + 1) return 0; /* a line longer than a heading */
  size_t b = nl ? (size_t)(nl - s) : len;
  size_t e = b;
  while (e > a && (s[e - 1] == ' ' || s[e - 1] == '\r' || s[e - 1] == '\t')) e--;
  if (e == a || strchr(".!?;,", s[e - 1])) return 0;
  if (dateline(s, a, e)) return -1;
  int year = -1;
  for (size_t p = a; p < e; p++)
    if (year < 0 && ((year = year_at(s, len, p)) == 0 || compared_year(s, a, p))) year = -1;
  return year;
}

/* A sentence that opens at p with its year: "En 2017, …", "In 2019 …"; the year or 0. */
static int opening_year(const unsigned char *s, size_t len, size_t p) {
  if (p + 3 < len && (s[p] == 'E' || s[p] == 'I') && s[p + 1] == 'n' && s[p + 2] == ' ')
    return year_at(s, len, p + 3);
  return 0;
}

/* Does the line before the one at p (p > 0, after a line break) end a sentence? */
static int section_break(const unsigned char *s, size_t p) {
  size_t e = p - 1;
  while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\r' || s[e - 1] == '\t')) e--;
  if (e == 0 || s[e - 1] == '\n') return 1;
  unsigned char c = s[e - 1];
  return c == '.' || c == '!' || c == '?' || c == '"' ||
         (e >= 2 && s[e - 2] == 0xC2 && c == 0xBB) ||                   /* » */
         (e >= 3 && s[e - 3] == 0xE2 && s[e - 2] == 0x80 && c == 0x9D); /* ” */
}

/* Reads s[scanned..upto) line by line (memchr: most bytes are only stepped over). */
static void context_read(year_context *yc, const unsigned char *s, size_t len, size_t upto) {
  size_t p = yc->scanned;
  while (p < upto) {
    if (p == 0 || s[p - 1] == '\n') { /* a line starts */
      size_t q = p;
      while (q < len && (s[q] == ' ' || s[q] == '\t' || s[q] == '\r')) q++;
      if (q < len && s[q] == '\n' && p > 0) { /* an empty line: a new paragraph */
        yc->paragraph = yc->section = q;
        yc->year = yc->amount_year = 0;
      } else if (p > 0) {
        /* an earlier amount's year stays within its line: the next line restates or
        ** moves on ("… 20 milliards de dollars en 2025.\nDes sources … 150 milliards de
        ** yuans": no year stated) */
        yc->amount_year = 0;
        /* a line after one that ends a sentence is a paragraph of its own: the year that
        ** opened a sentence of the one before governs it no more */
        if (section_break(s, p)) yc->year = 0, yc->section = p;
      }
      int h = heading_year(s, len, p);
      if (h) yc->heading = h > 0 ? h : 0;
      /* a heading opens a section where the line before ends a sentence (a line of a
      ** text wrapped at a fixed width ends anywhere) */
      if (h && p > 0 && section_break(s, p)) yc->section = p;
      if (p == 0 && h > 0) yc->title = h; /* the article's title line */
      int y = opening_year(s, len, p);
      if (y) yc->year = y;
    }
    const unsigned char *nl = memchr(s + p, '\n', upto - p);
    size_t line_end = nl ? (size_t)(nl - s) : upto;
    /* the sentences of the line: ". En 2017" */
    for (size_t q = p; q + 2 < line_end;) {
      const unsigned char *dot = memchr(s + q, '.', line_end - q);
      if (!dot) break;
      q = (size_t)(dot - s) + 1;
      if (q < line_end && s[q] == ' ') {
        int y = opening_year(s, len, q + 1);
        if (y) yc->year = y;
      }
    }
    p = nl ? line_end + 1 : upto;
  }
  if (upto > yc->scanned) yc->scanned = upto;
}

/* Is the name m in the window as a source or a supplier? */
static int other_role_here(const analysis *an, const tf_fact_list *facts,
                           const tf_entity_mention *m) {
  for (size_t i = an->first_entity; i < an->end_entity; i++) {
    const tf_entity_mention *e = &facts->entities.items[i];
    if ((an->roles[i] == R_SOURCE || an->roles[i] == R_TARGET) && same_name(e, m)) return 1;
  }
  return 0;
}

/* The token where a descriptor that stands for a company ("la start-up", "the company")
** opens the sentence's main clause: its first word, or the first after a fronted phrase
** that names nobody ("Après une opération de 276 M€ au printemps, la place de marché
** releva …"); -1 for none. */
#define FRONTED_TOKENS 16
static int subject_anaphor(analysis *an) {
  for (int k = 0; k < an->count && k <= FRONTED_TOKENS; k++) {
    if (an->tokens[k].entity >= 0) return -1;
    if (k > 0 &&
        !memchr(an->s + an->tokens[k - 1].end, ',', an->tokens[k].start - an->tokens[k - 1].end))
      continue;
    if (k + 1 < an->count && (start_mask(an, k) & F_ANAPHOR)) return k;
    if (k > 0) return -1; /* the first comma only */
  }
  return -1;
}

/* Does an organisation the text does not name (what.tsv unnamed: "um hospital", "a
** company") open the clause of the amount at fact first, with no name nor other amount
** between it and the amount ("…, uma clínica do Porto foi multada em 300 mil euros")? */
#define UNNAMED_WORDS 10
static int unnamed_owner(analysis *an, const tf_fact_list *facts, size_t first) {
  if (read_whats(an)) {
    an->nomem = 1;
    return 0;
  }
  int a = token_from(an, facts->items[first].money.start);
  for (int j = a - 1, n = 0; j >= 0 && n < UNNAMED_WORDS; j--, n++) {
    if (an->tokens[j].entity >= 0 || an->tokens[j].fact >= 0) return 0;
    if (!(an->what_masks[j] & WHAT_UNNAMED)) continue;
    if (j == 0 || (start_mask(an, j - 1) & F_CLAUSE)) return 1;
    for (size_t p = an->tokens[j - 1].end; p < an->tokens[j].start; p++)
      if (an->s[p] == ',' || an->s[p] == ';' || an->s[p] == ':') return 1;
    return 0;
  }
  return 0;
}

/* An organisation by the evidence of the text or the dictionary, not by default. */
static int typed_org(const tf_entity_mention *m) {
  return m->kind == TF_KIND_ORG && !m->kind_by_default;
}

/* Counts the organisations of a freshly analysed window for the main
** organisation: those in the role of source, supplier or indirect reference
** do not count (state 2), the others do (state 1); a stock index ("l'indice Ftse Mib")
** is none, wherever else it is named (STATE_INDEX). */
#define STATE_INDEX 3
#define INDEX_NAMES 8 /* the indexes remembered (the walk stays linear) */
static void note_window_names(const analysis *an, const tf_fact_list *facts, unsigned char *state) {
  for (size_t i = an->first_entity; i < an->end_entity; i++) {
    int role = an->roles[i];
    if (role != NO_ROLE && (an->preps[i] & P_INDEX)) state[i] = STATE_INDEX;
    if (state[i] || !typed_org(&facts->entities.items[i]) || role == NO_ROLE) continue;
    state[i] = role == R_NEUTRAL || role == R_OWNER ? 1 : 2;
  }
}

/* The organisation the article is about: named most often (in the lead and
** the windows read), outlets and excluded roles aside; the first on a tie. One
** pass with a table of the names counted (an article may name many). Sets
** *nomem when the table cannot be made. */
typedef struct named_most {
  const tf_entity_mention *first, *second; /* the two organisations named most */
  size_t first_count, second_count;
} named_most;

static const tf_entity_mention *main_organisation(const tf_entity_list *ents,
                                                  const unsigned char *state,
                                                  const unsigned char *owns, unsigned char *named,
                                                  int *nomem, named_most *most) {
  size_t size = 16;
  while (size < ents->count * 2) size *= 2;
  typedef struct slot {
    size_t first; /* + 1; 0 = empty */
    size_t count;
    int typed; /* a mention of it has evidence of an organisation */
  } slot;
  slot *table = tf_malloc(size * sizeof *table);
  if (!table) {
    *nomem = 1;
    return NULL;
  }
  memset(table, 0, size * sizeof *table);
  /* the names read as a stock index somewhere: none of their mentions counts */
  const tf_entity_mention *indexes[INDEX_NAMES];
  int index_count = 0;
  for (size_t i = 0; i < ents->count && index_count < INDEX_NAMES; i++)
    if (state[i] == STATE_INDEX) indexes[index_count++] = &ents->items[i];
  const tf_entity_mention *best = NULL;
  size_t best_count = 0, best_first = 0, second_count = 0;
  int builtin_second = 0;
  for (size_t i = 0; i < ents->count; i++) {
    const tf_entity_mention *m = &ents->items[i];
    if (m->kind != TF_KIND_ORG || state[i] == 2) continue;
    int index = 0;
    for (int k = 0; k < index_count && !index; k++) index = same_name(m, indexes[k]);
    uint64_t h = TF_WORD_HASH_SEED;
    for (size_t k = 0; k < m->name_len; k++) h = tf_word_hash_byte(h, (unsigned char)m->name[k]);
    size_t at = (size_t)h & (size - 1);
    for (;; at = (at + 1) & (size - 1)) {
      slot *t = &table[at];
      if (!t->first) {
        t->first = i + 1;
        t->count = 1;
        t->typed = typed_org(m) || owns[i];
        break;
      }
      const tf_entity_mention *f = &ents->items[t->first - 1];
      if (f->name_len == m->name_len && memcmp(f->name, m->name, m->name_len) == 0) {
        t->count++;
        t->typed |= typed_org(m) || owns[i];
        break;
      }
    }
    const slot *t = &table[at];
    const tf_entity_mention *f = &ents->items[t->first - 1];
    /* a stock index is none, but an article that names it as often as its companies is
    ** about them all (a ranking of the index's bosses) */
    if (index && t->count >= second_count) {
      builtin_second = 1;
      second_count = t->count;
    }
    if (index || named_at(named, ents, t->first - 1)) continue; /* an outlet, an authority */
    /* the two named most, whatever says they are organisations */
    if (t->count > most->first_count) {
      if (f != most->first) {
        most->second = most->first;
        most->second_count = most->first_count;
      }
      most->first = f;
      most->first_count = t->count;
    } else if (f != most->first && t->count > most->second_count) {
      most->second = f;
      most->second_count = t->count;
    }
    /* the main organisation by evidence only: of any mention, or owning an amount */
    if (!t->typed) continue;
    if (t->count > best_count || (t->count == best_count && t->first - 1 < best_first)) {
      if (f != best) {
        second_count = best_count;
        builtin_second = best && best->source != TF_SOURCE_GUESS;
      }
      best = f;
      best_count = t->count;
      best_first = t->first - 1;
    } else if (f != best && t->count >= second_count) {
      if (t->count > second_count) builtin_second = 0;
      second_count = t->count;
      builtin_second |= f->source != TF_SOURCE_GUESS;
    }
  }
  tf_free(table);
  /* an article about many (a roundup, a ranking) has no main organisation: it must be
  ** named at least twice as often as any other, or be the one name of the dictionary
  ** among guesses named as often (Nestlé among its brands and subsidiaries) */
  /* (against any other organisation named, typed or not: "a Vantora", "a Orvane", "a
  ** Talvex" and "uma startup …, a Kelvora" named once each make a roundup) */
  size_t other_count = most->first && best && same_name(most->first, best) ? most->second_count
                                                                           : most->first_count;
  if (other_count > second_count) second_count = other_count;
  if (best && best_count < 2 * second_count &&
      !(best->source != TF_SOURCE_GUESS && best_count >= second_count && !builtin_second))
    return NULL;
  return best;
}

/* The sentences read for the lead (tf_facts_extract), kept so that the counter reads them
** again from here rather than from the text: each call's answer and the scanner's state
** after it. count 0: none kept (more than LEAD_SENTENCES calls). */
#define LEAD_SENTENCES 16
typedef struct lead_sentences {
  int count, next;
  int found[LEAD_SENTENCES];
  size_t start[LEAD_SENTENCES], end[LEAD_SENTENCES];
  tf_sentence_scanner after[LEAD_SENTENCES];
} lead_sentences;

/* tf_sentence_next on the counter's scanner: the lead's answer while there is one. */
static int next_sentence(tf_sentence_counter *c, lead_sentences *lead, size_t *start, size_t *end) {
  if (lead->next < lead->count) {
    int k = lead->next++;
    c->scanner = lead->after[k];
    *start = lead->start[k];
    *end = lead->end[k];
    return lead->found[k];
  }
  return tf_sentence_next(&c->scanner, start, end);
}

/* tf_sentence_counter_at, keeping the end of each sentence it passes in out (see
** tf_fact_list); when that fails for memory, only sentences_ok says so. */
static size_t counter_at_keeping(tf_sentence_counter *c, lead_sentences *lead, size_t pos,
                                 tf_fact_list *out, size_t *before) {
  while (c->have && pos >= c->end) {
    *before = c->start;
    size_t start, end, passed = c->end;
    if (!next_sentence(c, lead, &start, &end)) break;
    if (out->sentences_ok) {
      size_t *grown = tf_grow(out->sentence_ends, out->sentence_ends_count,
                              &out->sentence_ends_capacity, sizeof *grown, 32);
      if (grown) {
        out->sentence_ends = grown;
        out->sentence_ends[out->sentence_ends_count++] = passed;
      } else {
        out->sentences_ok = 0;
      }
    }
    c->index++;
    c->start = start;
    c->end = end;
  }
  return c->index;
}

/* The form the text uses. An entity's canonical name may be one the text never
** writes (the dictionary's "Saudi Aramco" for "Aramco", "Takeda Pharmaceutical"
** from "Takeda Pharmaceutical Co Ltd" when the article says "Takeda" after): a
** fact names its owner and its other party as the text names them, by the
** written form of that name the text uses most (GUIDE.md: "under the form the
** text uses"), the first on a tie, an abbreviation ("ZVX") only where the text
** writes no other form; but the name itself where the text writes it, for a
** person or where it is no longer than that form (below); legal suffixes stay as written ("Servier
** SAS"). A name the user's dictionary gives (sql/dictionary.sql) is kept: the
** user asked for it, to group by it. A form over a line break or a tab is not a name's form. One sort of
** the mentions by name and form, then a binary search per fact. */
typedef struct text_form {
  const char *name, *form;
  size_t name_len, form_len, start;
  int person;
  int short_form; /* an abbreviation of a longer name */
  int user;       /* named by the user's dictionary */
} text_form;

static int cmp_bytes(const char *a, size_t an, const char *b, size_t bn) {
  int c = memcmp(a, b, an < bn ? an : bn);
  return c ? c : (an > bn) - (an < bn);
}

static int cmp_text_form(const void *pa, const void *pb) {
  const text_form *a = pa, *b = pb;
  int c = cmp_bytes(a->name, a->name_len, b->name, b->name_len);
  if (!c) c = cmp_bytes(a->form, a->form_len, b->form, b->form_len);
  return c ? c : (a->start > b->start) - (a->start < b->start);
}

static int form_is_clean(const char *f, size_t n) {
  for (size_t k = 0; k < n; k++)
    if ((unsigned char)f[k] < 0x20 || (f[k] == ' ' && k + 1 < n && f[k + 1] == ' ')) return 0;
  return n > 0;
}

/* "ZVX" for "Zorvex Dynamics": one word of capitals (and digits) that is not the
** name. An article may write it more often than the name, but a reader knows the
** company by its name; it is the form only where the text writes no other. */
static int is_abbreviation(const char *f, size_t n, const char *name, size_t name_len) {
  if (n > 8 || (n == name_len && memcmp(f, name, n) == 0)) return 0;
  for (size_t k = 0; k < n; k++)
    if (!((f[k] >= 'A' && f[k] <= 'Z') || (f[k] >= '0' && f[k] <= '9') || f[k] == '&')) return 0;
  return 1;
}

/* Looks a name up in the table of names (each name's run reduced to its chosen
** form); NULL when absent. */
static const text_form *form_of(const text_form *t, size_t n, const char *name, size_t len) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = cmp_bytes(t[mid].name, t[mid].name_len, name, len);
    if (c == 0) return &t[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

/* The characters of s[0..n): a length to compare names by ("月之暗面" is four, not twelve). */
static size_t utf8_chars(const char *s, size_t n) {
  size_t c = 0;
  for (size_t k = 0; k < n; k++) c += ((unsigned char)s[k] & 0xC0) != 0x80;
  return c;
}

static int use_text_forms(const unsigned char *s, tf_fact_list *out) {
  const tf_entity_list *ents = &out->entities;
  if (ents->count == 0) return 0;
  text_form *t = tf_malloc(ents->count * sizeof *t);
  if (!t) return -1;
  size_t n = 0;
  for (size_t i = 0; i < ents->count; i++) {
    const tf_entity_mention *m = &ents->items[i];
    const char *f = (const char *)s + m->start;
    size_t fl = m->end - m->start;
    if (!form_is_clean(f, fl)) continue;
    t[n++] = (text_form){m->name,
                         f,
                         m->name_len,
                         fl,
                         m->start,
                         m->kind == TF_KIND_PERSON,
                         is_abbreviation(f, fl, m->name, m->name_len),
                         m->source == TF_SOURCE_DICTIONARY};
  }
  qsort(t, n, sizeof *t, cmp_text_form);
  /* each name's run → one row: its most written form, the first written on a tie */
  size_t w = 0;
  for (size_t i = 0; i < n;) {
    size_t j = i;
    text_form best = t[i];
    size_t best_count = 0, best_start = 0;
    int best_short = 2;
    size_t written = 0; /* + 1: the run of the form that is the name */
    while (j < n && cmp_bytes(t[j].name, t[j].name_len, t[i].name, t[i].name_len) == 0) {
      size_t k = j; /* a run of one form: sorted by start, so t[j] is its first */
      while (k < n && cmp_bytes(t[k].name, t[k].name_len, t[j].name, t[j].name_len) == 0 &&
             cmp_bytes(t[k].form, t[k].form_len, t[j].form, t[j].form_len) == 0)
        k++;
      if (cmp_bytes(t[j].form, t[j].form_len, t[j].name, t[j].name_len) == 0) written = j + 1;
      if (best_short > t[j].short_form ||
          (best_short == t[j].short_form &&
           (k - j > best_count || (k - j == best_count && t[j].start < best_start)))) {
        best_short = t[j].short_form;
        best = t[j];
        best_count = k - j;
        best_start = t[j].start;
      }
      j = k;
    }
    /* the name itself, where the text writes it, wins for a person ("Elon Musk" over the
    ** "Musk" of later sentences) and where it is no longer than the form written most
    ** ("Alibaba" over "Alibaba Group": one name across articles) */
    if (written &&
        (t[written - 1].person || utf8_chars(t[written - 1].name, t[written - 1].name_len) <=
                                    utf8_chars(best.form, best.form_len)))
      best = t[written - 1];
    for (size_t k = i; k < j; k++)
      if (t[k].user) { /* the user's dictionary names it: its name, as asked */
        best.form = best.name;
        best.form_len = best.name_len;
      }
    t[w++] = best;
    i = j;
  }
  for (size_t k = 0; k < out->count; k++) {
    tf_fact *g = &out->items[k];
    const text_form *f;
    if (g->entity && (f = form_of(t, w, g->entity, g->entity_len))) {
      g->entity = f->form;
      g->entity_len = f->form_len;
    }
    if (g->counterparty && (f = form_of(t, w, g->counterparty, g->counterparty_len))) {
      g->counterparty = f->form;
      g->counterparty_len = f->form_len;
    }
  }
  tf_free(t);
  return 0;
}

/* In a German text, where every noun is capitalised, is the guessed name m a noun rather
** than a name: a guess no hint typed that holds a word of what.tsv ("Umsatz Nvidias",
** "Post-Money Bewertung") or is one compound noun joined by a hyphen ("Gaming-Geschäft",
** "KI-Boom")? Such a word names no owner, and it may say what the amount is. */
static int german_noun(const tf_entity_mention *m, const unsigned char *s) {
  if (m->source != TF_SOURCE_GUESS || !m->kind_by_default) return 0;
  const unsigned char *n = s + m->start;
  size_t len = m->end - m->start, hyphen = 0;
  int words = 1;
  for (size_t p = 0; p < len; p++) {
    if (n[p] == ' ') words++;
    if (n[p] == '-') hyphen = p + 1;
    if (p == 0 || n[p - 1] == ' ' || n[p - 1] == '-') {
      size_t end;
      if (what_phrase_at(n, len, p, TF_LANG_BIT(TF_LANG_DE), &end)) return 1;
    }
  }
  /* "KI-Boom": a capital, then lower case to the end, after the last hyphen */
  if (words > 1 || !hyphen || hyphen + 1 >= len || !(n[hyphen] >= 'A' && n[hyphen] <= 'Z'))
    return 0;
  for (size_t p = hyphen + 1; p < len; p++)
    if (n[p] >= 'A' && n[p] <= 'Z') return 0;
  return 1;
}

/* Is the guessed name m, as a whole, a phrase of what.tsv in the text's languages: an
** acronym or a capitalised term guessed without a hint ("la IED", "o PIB", "FDI")? It is
** the term, which names no owner and says what the amount is. */
static int phrase_noun(const tf_entity_mention *m, const unsigned char *s, unsigned langs) {
  if (m->source != TF_SOURCE_GUESS || !m->kind_by_default) return 0;
  size_t end, len = m->end - m->start;
  return what_phrase_at(s + m->start, len, 0, langs, &end) && end == len;
}

int tf_facts_extract(const tf_entity_set *set, const unsigned char *s, size_t len, int lang,
                     tf_fact_list *out) {
  out->count = 0;
  out->sentence_ends_count = 0;
  out->sentences_ok = 0;
  out->entities.count = 0;
  out->entities.names_len = 0;
  tf_money_scanner sc;
  memset(&sc, 0, sizeof sc);
  if (tf_money_scanner_init(&sc, (const char *)s, len, lang) != TF_OK) {
    tf_money_scanner_finish(&sc);
    return TF_NOMEM;
  }
  int lang_d = sc.lang; /* the language the money scan decided on, whatever lang said */
  out->text_lang = lang_d;
  tf_money m;
  int rc;
  while ((rc = tf_money_next(&sc, &m)) == 1)
    if (push_fact(out, &m)) {
      rc = -1;
      break;
    }
  tf_money_scanner_finish(&sc);
  if (rc < 0) goto nomem;
  if (out->count == 0) return TF_OK;

  /* Sentences. */
  tf_sentence_counter sentences;
  /* as extract_sentences numbers them (the language the money scan detected: the same) */
  tf_sentence_counter_init_in(&sentences, s, len, lang, lang_d);
  /* The lead: the sentences that cover the first LEAD_BYTES. */
  size_t lead_end = sentences.have ? sentences.end : 0;
  lead_sentences lead_read;
  lead_read.count = lead_read.next = 0;
  {
    tf_sentence_scanner lead = sentences.scanner;
    int kept = 1;
    while (lead_end < LEAD_BYTES) {
      size_t ls = 0, le = 0;
      int found = tf_sentence_next(&lead, &ls, &le);
      if (kept && lead_read.count < LEAD_SENTENCES) {
        int k = lead_read.count++;
        lead_read.found[k] = found;
        lead_read.start[k] = ls;
        lead_read.end[k] = le;
        lead_read.after[k] = lead;
      } else {
        kept = 0;
      }
      if (!found) break;
      lead_end = le;
    }
    if (!kept) lead_read.count = 0;
  }
  out->sentences_ok = out->keep_sentences;
  size_t *before = tf_malloc(out->count * sizeof *before);
  if (!before) goto nomem;
  size_t before_start = 0;
  for (size_t i = 0; i < out->count; i++) {
    tf_fact *f = &out->items[i];
    f->sentence = counter_at_keeping(&sentences, &lead_read, f->money.start, out, &before_start);
    before[i] = before_start;
    f->sentence_start = sentences.start < f->money.start ? sentences.start : f->money.start;
    f->sentence_end = sentences.end > f->money.end ? sentences.end : f->money.end;
  }
  out->sentences = sentences;

  /* Names are read in the lead and in the windows that hold money only. */
  size_t(*ranges)[2] = tf_malloc((out->count + 1) * sizeof(*ranges));
  if (!ranges) {
    tf_free(before);
    goto nomem;
  }
  size_t range_count = 0;
  ranges[range_count][0] = 0;
  ranges[range_count++][1] = lead_end;
  for (size_t i = 0; i < out->count; i++) {
    size_t ws, we;
    window_of(s, &out->items[i], &ws, &we);
    if (ws == out->items[i].sentence_start && before[i] < ws) ws = before[i];
    if (ws < ranges[range_count - 1][1]) {
      if (we > ranges[range_count - 1][1]) ranges[range_count - 1][1] = we;
    } else {
      ranges[range_count][0] = ws;
      ranges[range_count++][1] = we;
    }
  }
  rc = tf_entity_extract_ranges_memo(set, s, len, lang, lang_d, (const size_t(*)[2])ranges,
                                     range_count, out->entity_memo, &out->entities);
  tf_free(ranges);
  tf_free(before);
  if (rc != 0) goto nomem;
  { /* nouns guessed as names: none */
    size_t kept = 0;
    int nouns = tf_lang_capitalises_nouns(lang_d);
    for (size_t e = 0; e < out->entities.count; e++) {
      const tf_entity_mention *g = &out->entities.items[e];
      if (!(nouns ? german_noun(g, s) : phrase_noun(g, s, tf_lang_bits(lang_d))))
        out->entities.items[kept++] = *g;
    }
    out->entities.count = kept;
  }
  /* Per group: the entity named in its sentence, or the main organisation
  ** once it is known (second pass). */
  size_t ne = out->entities.count;
  unsigned char *state = tf_malloc(4 * ne + out->count + 1);
  uint32_t *preps = tf_malloc((ne + 1) * sizeof *preps);
  if (!state || !preps) {
    tf_free(state);
    tf_free(preps);
    goto nomem;
  }
  memset(state, 0, 4 * ne + out->count + 1);
  unsigned char *fall_back = state + ne;
  unsigned char *owns = state + 2 * ne + out->count;  /* per name: it owns an amount */
  unsigned char *named = state + 3 * ne + out->count; /* per name: named_at's memo */
  analysis an;
  take_arrays(&an, out); /* the room the last call left */
  an.s = s;
  an.len = len;
  an.lang = lang;
  an.text_lang = lang_d;
  an.langs = lang == TF_LANG_AUTO
               ? TF_LANG_BIT(TF_LANG_FR) | TF_LANG_BIT(TF_LANG_EN) | tf_lang_bits(lang_d)
               : tf_lang_bits(lang);
  an.window_end = (size_t)-1;
  an.roles = state + ne + out->count;
  an.preps = preps;
  an.named = named;
  int next_group = 1;
  int prev_base = TF_WHAT_NONE; /* the what of the amount before, under a total */
  int prev_many = 0; /* the amount before was fines or rounds in the plural that nobody owns */
  int prev_statistic = TF_WHAT_NONE; /* the what of the amount before, a statistic of nobody's */
  const tf_entity_mention *deal_buyer = NULL; /* the owner of the last acquisition */
  const tf_entity_mention *deal_party[2] = {NULL,
                                            NULL}; /* a takeover's target, the fining authority */
  year_context years;
  memset(&years, 0, sizeof years);
  topic_reader topics;
  memset(&topics, 0, sizeof topics);
  topics.named = named;
  const tf_entity_mention *budget_owner = NULL; /* the owner of the last budget */
  /* The article's period: the year its lead states ("15,9 MdsE au 1er semestre 2022", "…
  ** les 500 premières entreprises privées en 2009, selon un rapport"). The amounts of later
  ** paragraphs whose own sentence, paragraph and heading state no year, and that do not say
  ** it relatively, are for that year ("L'EBITDA s'établit à 1 069 ME"); within the
  ** paragraph of that year, a year of another sentence does not carry over ("Tout change
  ** en 2026. ByteDance dépensera 12 milliards": NULL). */
  size_t article_year_at = 0;
  int article_year = lead_year(s, len, lead_end, &article_year_at);
  table_cell *cells = tf_malloc(out->count * sizeof *cells);
  if (!cells) an.nomem = 1;
  else {
    memset(cells, 0, out->count * sizeof *cells);
    read_tables(s, out, lang_d, cells);
  }
  for (size_t i = 0; !an.nomem && i < out->count;) {
    tf_fact *f = &out->items[i];
    size_t ws, we;
    window_of(s, f, &ws, &we);
    if (ws != an.window_start || we != an.window_end) {
      analyse_window(&an, out, i, ws, we);
      if (an.nomem) break;
      read_roles(&an, out);
      note_window_names(&an, out, state);
    }
    size_t last = i;
    int bracket = 0;
    while (last + 1 < out->count &&
           grouped(&an, &out->items[last], &out->items[last + 1], &bracket))
      last++;
    /* the paragraph, headings and opening years up to the amount's sentence */
    context_read(&years, s, len, f->sentence_start < len ? f->sentence_start + 1 : len);
    int base, far, many, over_many;
    int what = what_for(&an, out, i, last, &base, &far, &many, &over_many);
    int settled = what == WHAT_SETTLED_NULL; /* none of the values, said near it */
    if (settled) what = base = TF_WHAT_NONE;
    int what_outside = !what && !settled; /* its sentence does not say what it is */
    if (!what) far = 1;
    /* nothing in its sentence says: what the amount before it in the paragraph is (a
    ** list of rounds, of pay, of budget lines after the sentence that names them); a
    ** total passes on what it adds up ("les start-up ont levé 312 M€ au total. Talvex
    ** arrive en tête avec 120 M€": a round) */
    if (!what && !settled) {
      /* the sentences before it, back to the amount before: "Tavares a touché des sommes
      ** colossales chaque année : - 2021 : 28,2 millions", "les 70 crédits ont vu leur
      ** masse augmenter. Le volume total est passé de 9,9 à 12,7 milliards" */
      size_t from = i > 0 ? out->items[i - 1].money.end : 0;
      if (f->sentence_start > from + LOOK_BACK) from = f->sentence_start - LOOK_BACK;
      what = base = what_in_text(s, from, f->sentence_start, lang_d,
                                 list_item(s, len, from, out->items[i].money.start),
                                 years.paragraph);
    }
    int inherited = 0;
    if (!what && !settled && i > 0 && prev_base &&
        (years.paragraph <= out->items[i - 1].money.end || /* no empty line between */
         list_item(s, len, out->items[i - 1].money.end, out->items[i].money.start))) {
      what = base = prev_base;
      inherited = prev_many;
    }
    const table_cell *cell = &cells[i];
    if (cell->what) { /* a table's column says, and its total row sums (a budget stays one) */
      what = base = cell->what;
      if (cell->total && !stays_under_total(what)) what = TF_WHAT_MARKET;
      far = many = 0;
    }
    prev_base = base ? base : what;
    if (what == TF_WHAT_INVESTMENT && invested_in_company(&an, out, last)) what = TF_WHAT_FUNDING;
    int may_fall_back = 0;
    const tf_entity_mention *other = NULL;
    int tier = 0;
    const tf_entity_mention *who = attribute(&an, out, i, last, what, &may_fall_back, &other,
                                             &tier);
    size_t list_first = 0, list_last = 0;
    const tf_entity_mention *respective = respective_name(&an, out, i, &list_first, &list_last);
    if (respective) { /* the list's role: the owners (or nobody named), or the other parties */
      const tf_entity_mention *lo = out->entities.items + list_first,
                              *hi = out->entities.items + list_last;
      if (!who || (who >= lo && who < hi)) {
        who = respective;
        tier = 8;
        may_fall_back = 0;
      } else if (other && other >= lo && other < hi) {
        other = respective;
      }
    }
    /* an organisation the text does not name owns it: no topic, no main organisation */
    int unnamed = tier < 4 && unnamed_owner(&an, out, i);
    /* (nor where it goes on from a statistic over many, saying nothing else and naming
    ** nobody: "… la valoración media … en 40 millones. … la robótica supera a
    ** fintech (30 millones)") */
    if (!who && what_outside && what && what == prev_statistic) unnamed = 1;
    if (unnamed) {
      who = NULL;
      may_fall_back = 0;
    }
    /* nobody before it in its sentence: the paragraph's topic, before a name after it */
    const tf_entity_mention *topic = topic_of(&topics, s, &out->entities, f->sentence_start,
                                              years.section, what == TF_WHAT_PAY);
    /* a sentence that opens with "La start-up", "The company" and no topic before it:
    ** the one named last, in the sentence before too ("… au producteur d'insectes
    ** Innovafeed. La start-up a levé …"), not "La société mère de TikTok"; a topic comes
    ** first ("Meta … . Meta's deal with Blue Owl for the Hyperion campus … . The company
    ** also plans to spend …" is Meta's) */
    int anaphor;
    if (!topic && tier < 4 && topics.last && topics.last->start >= years.section &&
        an.window_start == f->sentence_start && (anaphor = subject_anaphor(&an)) >= 0) {
      int next = an.tokens[anaphor].start_phrase_last + 1;
      if (next < an.count && !(start_mask(&an, next) & (F_OF | F_INDIRECT | F_INDIRECT_AFTER)))
        topic = topics.last;
    }
    if (topic && what == TF_WHAT_FINE && state_body(topic->name, topic->name_len, topic->kind))
      topic = NULL; /* a state body fines, it is not fined */
    if (topic && tier < 4 && !unnamed && !window_foreign(&an) && (!who || topic != who) &&
        (who || may_fall_back) &&
        !other_role_here(&an, out, topic)) { /* not the source or the supplier here */
      who = topic;
      may_fall_back = 0;
    }
    /* an investment of a state body its sentence names: public money ("el Estado prevé
    ** invertir 600 millones"); not one of a topic named before ("… la Secretaría firmó un
    ** convenio con Kelvora. El plan incluye una inversión de …": Kelvora's, most likely) */
    if (what == TF_WHAT_INVESTMENT && who && who != topic && tier >= 2 &&
        state_body(who->name, who->name_len, who->kind))
      what = TF_WHAT_BUDGET;
    /* fines or rounds in the plural, nobody named to own them: their total over many
    ** ("500 millions d'euros d'amendes ont été infligés", "Fines outstripped £311m") */
    /* (and the amounts after them that say nothing else and name nobody either: "… 984
    ** millions d'amendes ont été infligées. En 2020, 306 millions.") */
    prev_many = 0;
    if ((many || inherited) && tier < 4 && !(topic && who == topic) &&
        (what == TF_WHAT_FINE || what == TF_WHAT_FUNDING)) {
      what = TF_WHAT_MARKET;
      far = 0;
      prev_many = 1;
    }
    /* a market's size or a total over many companies belongs to nobody named
    ** (GUIDE.md: "the size of a market or sector, or a total over many companies") */
    /* (a market read far from the amount, with its owner named before it in its
    ** sentence, leaves the owner: "ByteDance … en misant 5,6 milliards … au marché") */
    if ((what == TF_WHAT_MARKET || over_many) && (!far || tier < 4)) {
      who = NULL;
      may_fall_back = 0;
    }
    /* The other party of a deal or of fines stays the article's: the target of a takeover
    ** named once ("Takeda's offer … The proposal was GBP46.50 per share"), the authority
    ** of a series of fines ("The biggest fine … Other big penalties included £45.5m"). */
    /* and its buyer, for an amount of the deal that names nobody ("Takeda … a takeover
    ** proposal to Shire. The proposal was GBP46.50 per share") */
    if (what == TF_WHAT_ACQUISITION && !window_foreign(&an)) {
      if (who) deal_buyer = who;
      else if (deal_buyer) {
        who = deal_buyer;
        may_fall_back = 0;
      }
    }
    if (what == TF_WHAT_ACQUISITION || what == TF_WHAT_FINE || what == TF_WHAT_MARKET) {
      int slot = what == TF_WHAT_ACQUISITION ? 0 : 1;
      if (other) {
        if (slot == 1 ? named_as(other) == NAME_AUTHORITY : 1) deal_party[slot] = other;
      } else if (deal_party[slot] && !same_name(deal_party[slot], who) &&
                 (slot == 1 || !window_foreign(&an))) {
        other = deal_party[slot];
      }
    }
    /* a table's cell: its row's name owns it, or, for a budget, the state body that owns
    ** the budgets before it, with the row's name the beneficiary; a total row's market
    ** belongs to nobody */
    if (cell->what) {
      const tf_entity_mention *row = cell->total ? NULL : row_name(&out->entities, cell);
      if (!row && cell->label.name_len) row = &cell->label;
      if (row && row->kind != TF_KIND_ORG && row->kind != TF_KIND_PERSON)
        row = NULL; /* a region's row, a year's: the table's owner stays */
      if (what == TF_WHAT_MARKET) {
        who = other = NULL;
        may_fall_back = 0;
      } else if (what == TF_WHAT_BUDGET && (budget_owner || row)) {
        who = budget_owner;
        other = row;
        may_fall_back = 0;
      } else if (row) {
        who = row;
        other = NULL;
        may_fall_back = 0;
      }
    } else if (what == TF_WHAT_BUDGET && who) {
      budget_owner = who;
    }
    /* a company's net worth, where no person is named, is what it is worth (a fortune
    ** is a person's or a family's: "la famille Agnelli", GUIDE.md) */
    if (what == TF_WHAT_WEALTH && who && who->kind == TF_KIND_ORG &&
        !family_name(who->name, who->name_len)) {
      int person = 0;
      for (size_t e = an.first_entity; e < an.end_entity && !person; e++)
        person = out->entities.items[e].kind == TF_KIND_PERSON;
      if (!person) what = TF_WHAT_VALUATION;
    }
    int year = cell->year ? cell->year : year_for(&an, out, i, last),
        year_source = year ? TF_YEAR_SENTENCE : 0;
    if (year) {
      years.amount_year = year;
      years.amount_who = who;
    } else if (!relative_year(&an)) {
      if (years.year) {
        year = years.year;
        year_source = TF_YEAR_EARLIER;
      } else if (years.amount_year && who && same_name(who, years.amount_who)) {
        /* the same owner's next amount, in the paragraph of its year */
        year = years.amount_year;
        year_source = TF_YEAR_EARLIER;
      } else if (years.heading) {
        year = years.heading;
        year_source = TF_YEAR_HEADING;
      } else if (years.title) {
        /* a section's heading without a year leaves the article's title to govern
        ** ("Budget 2025 : …" above "Les coupes dans les budgets ministériels") */
        year = years.title;
        year_source = TF_YEAR_HEADING;
      } else if (article_year && article_year_at < years.paragraph) {
        year = article_year;
        year_source = TF_YEAR_EARLIER;
      }
    }
    if (who && who >= out->entities.items && who < out->entities.items + ne)
      owns[who - out->entities.items] = 1;
    prev_statistic = !who && (over_many || (unnamed && what_outside)) ? what : TF_WHAT_NONE;
    int grp = last > i ? next_group++ : 0;
    unsigned char fall = !may_fall_back    ? FALL_NO
                         : an.foreign_read ? (an.foreign ? FALL_NO : FALL_YES)
                                           : FALL_UNLESS_FOREIGN;
    for (size_t k = i; k <= last; k++) {
      tf_fact *g = &out->items[k];
      g->year = year;
      g->year_source = year_source;
      g->what = what;
      g->grp = grp;
      fall_back[k] = fall;
      if (who) {
        g->entity = who->name;
        g->entity_len = who->name_len;
        g->entity_kind = who->kind;
      }
      if (other) {
        g->counterparty = other->name;
        g->counterparty_len = other->name_len;
        g->counterparty_kind = other->kind;
      }
    }
    i = last + 1;
  }
  named_most most = {NULL, NULL, 0, 0};
  const tf_entity_mention *main_org =
    an.nomem ? NULL : main_organisation(&out->entities, state, owns, named, &an.nomem, &most);
  size_t foreign_start = (size_t)-1, foreign_end = 0;
  int foreign = 0;
  for (size_t k = 0; k < out->count; k++) {
    tf_fact *g = &out->items[k];
    /* (a state body fines, it is not fined: no fine of it by fallback) */
    if (main_org && fall_back[k] &&
        !(g->what == TF_WHAT_FINE &&
          state_body(main_org->name, main_org->name_len, main_org->kind)) &&
        (fall_back[k] == FALL_YES ||
         !group_foreign(s, out, k, lang_d, &foreign_start, &foreign_end, &foreign))) {
      g->entity = main_org->name;
      g->entity_len = main_org->name_len;
      g->entity_kind = main_org->kind;
    }
    /* a state body's funding or loans: public money (the CHIPS Act's grants and loans
    ** by the Department of Commerce) */
    if ((g->what == TF_WHAT_FUNDING || g->what == TF_WHAT_DEBT) && g->entity &&
        state_body(g->entity, g->entity_len, g->entity_kind))
      g->what = TF_WHAT_BUDGET;
    /* a takeover's other party, named nowhere near the amount: in an article about a
    ** deal, the other of the two organisations named most (twice at least) */
    if (g->what == TF_WHAT_ACQUISITION && !g->counterparty && most.second &&
        most.second_count >= 2) {
      const tf_entity_mention *o = is_named(g->entity, g->entity_len, most.first)    ? most.second
                                   : is_named(g->entity, g->entity_len, most.second) ? most.first
                                                                                     : NULL;
      if (o) {
        g->counterparty = o->name;
        g->counterparty_len = o->name_len;
        g->counterparty_kind = o->kind;
      }
    }
  }
  tf_free(cells);
  tf_free(state);
  tf_free(preps);
  int no_memory = an.nomem; /* (keep_arrays leaves an empty) */
  keep_arrays(&an, out);
  if (no_memory || use_text_forms(s, out)) goto nomem;
  return TF_OK;
nomem:
  out->count = 0;
  out->entities.count = 0;
  return TF_NOMEM;
}

void tf_fact_list_free(tf_fact_list *list) {
  if (list->scratch) free_arrays(&list->scratch->kept);
  tf_free(list->scratch);
  tf_free(list->items);
  tf_free(list->sentence_ends);
  tf_entity_list_free(&list->entities);
  memset(list, 0, sizeof *list);
}
