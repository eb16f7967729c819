/* tf_money.c — see tf_money.h for what it finds and how. */
#include "tf_money.h"
#include "tf_core.h"
#include "tf_currency.h"
#include "tf_data.h"
#include "tf_fold.h"
#include "tf_lang.h"
#include "tf_lexicon.h"
#include "tf_number.h"
#include "tf_utf8.h"
#include "tf_words.h"
#include <math.h>
#include <string.h>

/* ------------------------------------------------------------------------ */
/* The money words of ext/data/money.tsv. */

enum { W_PERCENT, W_CENTS_AND, W_RANGE_AND, W_RANGE_TO, W_FOLLOW, W_COUNT };
static const char *const word_classes[W_COUNT] = {"percent", "cents_and", "range_and", "range_to",
                                                  "follow"};
static tf_phrases words[W_COUNT];
/* follow, as hashes of the folded words, per language */
static tf_word_map followers;

int tf_money_init(char *err, size_t size) {
  int rc = tf_phrases_load(words, word_classes, W_COUNT, "money.tsv", tf_data_money, err, size);
  if (rc != TF_OK) return rc;
  const tf_phrases *f = &words[W_FOLLOW];
  if (tf_word_map_init(&followers, f->count)) return TF_NOMEM;
  for (size_t i = 0; i < f->count; i++) {
    char folded[64];
    uint64_t hash;
    int n = tf_fold_string(f->items[i].text, (int)f->items[i].len, folded, sizeof folded);
    if (n <= 0 || !tf_key_first_word_hash(folded, &hash) || strchr(folded, ' '))
      return tf_core_fail(err, size, "money.tsv: follow '%.*s' is not one word",
                          (int)f->items[i].len, f->items[i].text);
    int32_t langs = 0;
    tf_word_map_get(&followers, hash, &langs);
    tf_word_map_put(&followers, hash, langs | (int32_t)f->items[i].langs);
  }
  return TF_OK;
}

void tf_money_teardown(void) {
  for (int k = 0; k < W_COUNT; k++) tf_phrases_free(&words[k]);
  tf_word_map_free(&followers);
}

static size_t word_at(int k, const unsigned char *s, size_t len, size_t p, int lang) {
  return tf_phrases_at(&words[k], s, len, p, lang);
}

#define MAX_INHERIT_DISTANCE 400 /* bytes from the mention whose currency is taken */
#define MAX_WORDS_BACK 10        /* words looked at before a currency name */

static int is_digit(unsigned char b) { return b >= '0' && b <= '9'; }
static int is_ascii_alpha(unsigned char b) {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

/* Is the character just before p part of a word? (Inline: find_atom asks at
** every byte that is not part of a word.) */
static inline int word_before(const unsigned char *s, size_t p) {
  if (p == 0) return 0;
  if (s[p - 1] < 0x80) return is_ascii_alpha(s[p - 1]) || is_digit(s[p - 1]);
  size_t prev;
  int c = tf_char_class(tf_utf8_decode_before(s, p, &prev));
  return c == TF_CC_LETTER || c == TF_CC_DIGIT || c == TF_CC_CJK;
}

/* The end of the word that starts (or goes on) at p. */
static size_t skip_word(const unsigned char *s, size_t len, size_t p) {
  tf_word_info ignored;
  return tf_scan_word(s, len, p, &ignored);
}

/* Length of an apostrophe at p (' or ’), or 0. */
static size_t apostrophe_at(const unsigned char *s, size_t len, size_t p) {
  if (p < len && s[p] == '\'') return 1;
  if (p + 2 < len && s[p] == 0xE2 && s[p + 1] == 0x80 && s[p + 2] == 0x99) return 3;
  return 0;
}

/* A percent after a number ("20 %", "5 pour cent", "3 percent") makes it no money. */
static int percent_after(const unsigned char *s, size_t len, size_t p, int lang) {
  p += tf_hspace_at(s, len, p);
  if (p >= len) return 0;
  if (s[p] == '%') return 1;
  if (p + 2 < len && s[p] == 0xE2 && s[p + 1] == 0x80 && s[p + 2] == 0xB0) return 1; /* ‰ */
  return word_at(W_PERCENT, s, len, p, lang) != 0;
}

/* French "de", "d'", "d’" after a scale word, then the currency. Returns the
** position after it (and its spaces), or 0. */
static size_t connector_after(const unsigned char *s, size_t len, size_t p) {
  if (p < len && (s[p] | 0x20) == 'd') {
    size_t a = apostrophe_at(s, len, p + 1);
    if (a) return p + 1 + a + tf_hspace_at(s, len, p + 1 + a);
    if (p + 1 < len && (s[p + 1] | 0x20) == 'e') {
      size_t sp = tf_hspace_at(s, len, p + 2);
      if (sp) return p + 2 + sp;
    }
  }
  return 0;
}

/* ------------------------------------------------------------------------ */
/* Currency tokens. */
typedef struct currency_token {
  size_t start, end;
  const tf_currency_entry *entry;
  double scale; /* "MUSD" = million US dollars */
} currency_token;

/* Does the letter case of a code in the text allow it? */
static int code_case_ok(const unsigned char *s, size_t start, size_t end,
                        const tf_currency_entry *e) {
  int upper = 0, lower = 0;
  for (size_t i = start; i < end; i++) {
    if (s[i] >= 'A' && s[i] <= 'Z') upper++;
    else if (s[i] >= 'a' && s[i] <= 'z') lower++;
  }
  if (lower == 0) return !(e->flags & TF_CF_NEVER_BARE);
  if (upper == 0) return (e->flags & TF_CF_LOWER_OK) != 0;
  return 0;
}

/* The currency that starts at p, if any (longest valid key). Minor units
** only when allow_minor. */
static int currency_at(const tf_money_scanner *sc, size_t p, currency_token *out, int allow_minor) {
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  const tf_currencies *cur = tf_currencies_get();
  if (p >= len) return 0;
  tf_trie_hit hits[6];
  int n = tf_trie_match(cur->trie, s, len, p, hits, 6);
  for (int i = n - 1; i >= 0; i--) {
    const tf_currency_entry *e = &cur->entry[hits[i].value];
    size_t end = hits[i].end;
    if (e->kind == TF_CUR_MINOR ? !allow_minor : !e->code[0]) continue;
    /* A key ending in a letter must end the word ("euro" is not in "europe",
    ** and "$ c" is not in "$ c'est"). */
    int last_is_letter = tf_word_char_at(s, end, end - 1) || s[end - 1] == '.';
    if (last_is_letter && s[end - 1] != '.') {
      if (end < len && !is_digit(s[end]) && tf_word_char_at(s, len, end)) continue;
      if (apostrophe_at(s, len, end)) continue;
      if (e->kind == TF_CUR_NAME && end < len && is_digit(s[end])) continue;
    }
    if (e->kind == TF_CUR_CODE && !code_case_ok(s, p, end, e)) continue;
    out->start = p;
    out->end = end;
    out->entry = e;
    out->scale = 1;
    return 1;
  }
  /* "MUSD", "MEUR", "kEUR": a scale glued to a code. */
  if (p + 4 <= len && (s[p] == 'M' || s[p] == 'K' || s[p] == 'k') &&
      !tf_word_char_at(s, len, p + 4)) {
    char key[4];
    for (int i = 0; i < 3; i++) {
      unsigned char c = s[p + 1 + i];
      if (c < 'A' || c > 'Z') return 0;
      key[i] = (char)(c | 0x20);
    }
    key[3] = 0;
    int32_t v = tf_trie_get(cur->trie, key, 3);
    if (v < 0 || cur->entry[v].kind != TF_CUR_CODE || !cur->entry[v].code[0]) return 0;
    out->start = p;
    out->end = p + 4;
    out->entry = &cur->entry[v];
    out->scale = s[p] == 'M' ? 1e6 : 1e3;
    return 1;
  }
  return 0;
}

/* ------------------------------------------------------------------------ */
/* Numbers found backwards: the number that ends exactly at `end`, starting at
** or after floor. Words and digits; tries the farthest start first, so that
** "cent soixante millions" wins over "soixante millions". */
static int number_ending_at(const tf_money_scanner *sc, size_t end, size_t floor, unsigned options,
                            tf_number *out) {
  const unsigned char *s = sc->s;
  size_t starts[MAX_WORDS_BACK];
  int count = 0;
  size_t p = end;
  while (count < MAX_WORDS_BACK && p > floor) {
    /* Back over one word. */
    size_t q = p;
    while (q > floor) {
      size_t prev;
      int32_t cp = tf_utf8_decode_before(s, q, &prev);
      int c = tf_char_class(cp);
      int inside = c == TF_CC_LETTER || c == TF_CC_DIGIT ||
                   (cp == '.' || cp == ',' || cp == '\''
                      ? (q < p && prev > floor && is_digit(s[prev - 1]) && is_digit(s[q]))
                      : 0);
      if (!inside || prev < floor) break;
      q = prev;
    }
    if (q == p) break;
    starts[count++] = q;
    /* Back over one separator: a space or a hyphen. */
    if (q <= floor) break;
    size_t prev;
    int32_t cp = tf_utf8_decode_before(s, q, &prev);
    int c = tf_char_class(cp);
    if (c != TF_CC_SPACE && c != TF_CC_HYPHEN) break;
    if (cp == '\n' || cp == '\r') break;
    p = prev;
  }
  for (int i = count - 1; i >= 0; i--) {
    if (word_before(s, starts[i])) continue;
    tf_number n;
    if (tf_parse_number(s, end, starts[i], sc->lang, options, &n) && n.end == end) {
      *out = n;
      return 1;
    }
  }
  return 0;
}

/* ------------------------------------------------------------------------ */
/* Cents: "3 dollars 50 cents", "$20 and 43c", "15 dollars et 15", "thirteen
** dollars forty five". Adds them to an atom whose amount is a whole number. */
static void extend_with_cents(const tf_money_scanner *sc, tf_money_atom *a) {
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  if (a->has_scale || a->inherited || a->value != floor(a->value)) return;
  size_t p = a->end, sp = tf_hspace_at(s, len, p);
  if (!sp) return;
  p += sp;
  size_t and_len = word_at(W_CENTS_AND, s, len, p, sc->lang);
  if (and_len) {
    size_t sp2 = tf_hspace_at(s, len, p + and_len);
    if (!sp2) return;
    p += and_len + sp2;
  }
  double cents;
  size_t q;
  int unit = 0;
  if (p < len && is_digit(s[p])) {
    size_t d = 0;
    while (p + d < len && is_digit(s[p + d])) d++;
    if (d > 2) return;
    cents = s[p] - '0';
    if (d == 2) cents = cents * 10 + (s[p + 1] - '0');
    q = p + d;
    if (q < len && (s[q] == 'c' || s[q] == 'p') && !tf_word_char_at(s, len, q + 1)) {
      q++;
      unit = 1;
    }
  } else {
    tf_number n;
    if (!tf_parse_number(s, len, p, sc->lang, TF_NUM_WORDS_ONLY | TF_NUM_NO_SCALE, &n)) return;
    if (n.flags & TF_NF_ARTICLE) return;
    cents = n.value;
    q = n.end;
  }
  if (cents < 1 || cents > 99) return;
  if (!unit) {
    currency_token minor;
    size_t sp3 = tf_hspace_at(s, len, q);
    if (currency_at(sc, q + sp3, &minor, 1) && minor.entry->kind == TF_CUR_MINOR) {
      q = minor.end;
      unit = 1;
    }
  }
  if (!unit && q < len) {
    /* Without a unit word, the cents must end the phrase. */
    size_t sp4 = tf_hspace_at(s, len, q);
    if (sp4) {
      size_t r = q + sp4;
      if (r < len && !word_at(W_CENTS_AND, s, len, r, sc->lang) &&
          (tf_word_char_at(s, len, r) || tf_currency_symbol_at(s, len, r)))
        return;
    } else if (tf_word_char_at(s, len, q) || tf_currency_symbol_at(s, len, q) || s[q] == '%') {
      return;
    }
  }
  a->value += cents / 100;
  a->end = q;
}

/* ------------------------------------------------------------------------ */
/* Sentence breaks between two positions (for currency inheritance). */
static int crosses_sentence(const unsigned char *s, size_t from, size_t to) {
  for (size_t p = from; p < to; p++) {
    unsigned char c = s[p];
    if (c == '\n' || c == '!' || c == '?') return 1;
    if (c == '.' && p + 1 < to && (s[p + 1] == ' ' || s[p + 1] == '\n')) {
      /* "M. Zhang": a single capital before the dot is an initial. */
      int initial = p >= 1 && s[p - 1] >= 'A' && s[p - 1] <= 'Z' &&
                    (p < 2 || !is_ascii_alpha(s[p - 2]));
      if (!initial) return 1;
    }
  }
  return 0;
}

/* Words that may follow an amount whose currency is inherited ("contre 13,5
** milliards un an plus tôt", "and $7 billion in 2026"). A noun there means the
** number counts something else ("75 millions d’utilisateurs", "20 million users"). */
static int inherit_follower_ok(const unsigned char *s, size_t len, size_t p, int lang) {
  size_t sp = tf_hspace_at(s, len, p);
  if (!sp) return !tf_word_char_at(s, len, p) && !apostrophe_at(s, len, p);
  p += sp;
  if (!tf_word_char_at(s, len, p) || is_digit(s[p])) return 1;
  char word[24];
  size_t n = 0;
  while (p < len && n < sizeof word - 1) {
    size_t next;
    int32_t cp = tf_utf8_decode(s, len, p, &next);
    int c = tf_char_class(cp);
    if (c != TF_CC_LETTER) break;
    unsigned char f[4];
    int k = tf_fold(cp, f);
    if (n + (size_t)k >= sizeof word) return 0;
    memcpy(word + n, f, (size_t)k);
    n += (size_t)k;
    p = next;
  }
  word[n] = 0;
  uint64_t hash;
  int32_t langs;
  return n && tf_key_first_word_hash(word, &hash) && tf_word_map_get(&followers, hash, &langs) &&
         (langs & (int32_t)tf_lang_bits(lang));
}

/* ------------------------------------------------------------------------ */
/* Atoms. */
static void atom_from_parts(tf_money_atom *a, size_t start, size_t end, const tf_number *n,
                            const currency_token *c) {
  a->start = start;
  a->end = end;
  a->number_start = n->start;
  a->base = n->base;
  a->scale = n->scale;
  a->value = n->value;
  a->has_scale = (n->flags & TF_NF_SCALE) != 0;
  a->decimals = n->decimals;
  memcpy(a->currency, c->entry->code, 4);
  a->inherited = 0;
  if (c->scale != 1 && !a->has_scale) {
    a->scale = c->scale;
    a->value = tf_scale_value(a->base, a->decimals, c->scale);
    a->has_scale = 1;
  }
}

/* "75 USD million": a scale after the currency. */
static void scale_after_currency(const tf_money_scanner *sc, tf_money_atom *a) {
  if (a->has_scale) return;
  double scale;
  size_t end;
  if (tf_hspace_at(sc->s, sc->len, a->end) &&
      tf_parse_scale(sc->s, sc->len, a->end, sc->lang, &scale, &end) &&
      !tf_word_char_at(sc->s, sc->len, end)) {
    a->scale = scale;
    a->value = tf_scale_value(a->base, a->decimals, scale);
    a->has_scale = 1;
    a->end = end;
  }
}

/* At a digit that starts a word: the number, then maybe its currency. */
static int atom_at_number(tf_money_scanner *sc, size_t pos, tf_money_atom *a, size_t *resume) {
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  tf_number n;
  if (!tf_parse_number(s, len, pos, sc->lang, TF_NUM_NO_WORDS, &n)) {
    *resume = pos + 1;
    return 0;
  }
  *resume = n.numeral_end > pos ? n.numeral_end : pos + 1;
  if (percent_after(s, len, n.end, sc->lang)) return 0;
  size_t q = n.end;
  size_t gap = tf_hspace_at(s, len, q);
  int hyphen = 0;
  if (!gap && q < len && s[q] == '-' && !is_digit(s[q + 1 < len ? q + 1 : q])) {
    gap = 1;
    hyphen = 1;
  }
  currency_token c;
  int found = 0, connected = 0;
  if ((n.flags & TF_NF_SCALE) && !hyphen) {
    size_t after = connector_after(s, len, q + gap);
    if (after && currency_at(sc, after, &c, 0)) {
      found = 1;
      connected = 1;
    }
  }
  if (!found && currency_at(sc, q + gap, &c, 0)) found = 1;
  if (found && hyphen && c.entry->kind != TF_CUR_NAME) found = 0;
  if (found && gap && !connected && c.entry->kind != TF_CUR_NAME) {
    /* "1 $10": the symbol belongs to the number it touches. */
    if (c.end < len && is_digit(s[c.end])) found = 0;
    /* English "1 $ 10 dollars": a spaced symbol leads the number after it,
    ** unless that number has its own symbol or cents ("10 $ 30 $", "10 $ 30 cent"). */
    size_t sp = tf_hspace_at(s, len, c.end);
    if (found && sc->lang == TF_LANG_EN && c.entry->kind == TF_CUR_SYMBOL && sp &&
        c.end + sp < len && is_digit(s[c.end + sp])) {
      tf_number next_number;
      currency_token after;
      found = 1;
      if (tf_parse_number(s, len, c.end + sp, sc->lang, TF_NUM_NO_WORDS, &next_number)) {
        size_t sp2 = tf_hspace_at(s, len, next_number.end);
        int own = currency_at(sc, next_number.end + sp2, &after, 1) &&
                  (after.entry->kind == TF_CUR_SYMBOL || after.entry->kind == TF_CUR_MINOR);
        if (!own) found = 0;
      }
    }
  }
  if (found) {
    atom_from_parts(a, n.start, c.end, &n, &c);
    scale_after_currency(sc, a);
    extend_with_cents(sc, a);
    return 1;
  }
  if (tf_word_char_at(s, len, n.end)) return 0; /* 5090X, 10h30 */
  /* Inheritance: "… 30,8 milliards de dollars, contre 13,5 milliards …" */
  if ((n.flags & TF_NF_SCALE) && sc->last_currency[0] && n.start >= sc->last_money_end &&
      n.start - sc->last_money_end <= MAX_INHERIT_DISTANCE &&
      !crosses_sentence(s, sc->last_money_end, n.start) &&
      inherit_follower_ok(s, len, n.end, sc->lang)) {
    a->start = a->number_start = n.start;
    a->end = n.end;
    a->base = n.base;
    a->scale = n.scale;
    a->value = n.value;
    a->has_scale = 1;
    a->decimals = n.decimals;
    memcpy(a->currency, sc->last_currency, 4);
    a->inherited = 1;
    return 1;
  }
  return 0;
}

static int atom_from_words_before(tf_money_scanner *sc, const currency_token *c, tf_money_atom *a,
                                  int article_ok);

/* At a currency: its number after it ("$5", "USD 5bn"), or, written in words,
** before it ("cinq millions de yens", "a dollar"). */
static int atom_at_currency(tf_money_scanner *sc, size_t pos, tf_money_atom *a, size_t *resume) {
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  currency_token c;
  if (!currency_at(sc, pos, &c, 0)) {
    *resume = 0;
    return 0;
  }
  *resume = c.end;
  const tf_currency_entry *e = c.entry;
  /* "twenty rupees 43": a name's number in words comes before it. */
  if (e->kind == TF_CUR_NAME && atom_from_words_before(sc, &c, a, 0)) return 1;
  if (!(e->flags & TF_CF_POSTFIX_ONLY)) {
    size_t gap = tf_hspace_at(s, len, c.end);
    size_t q = c.end + gap;
    if (q < len && is_digit(s[q]) && !(e->kind == TF_CUR_NAME && !gap)) {
      tf_number n;
      /* After a symbol, a capital glued to the amount starts the next word
      ** of text that lost its spaces ("up to $20,000Nvidia"). */
      if (tf_parse_number(s, len, q, sc->lang, TF_NUM_NO_WORDS | TF_NUM_PREFIXED, &n) &&
          !percent_after(s, len, n.end, sc->lang) &&
          (!tf_word_char_at(s, len, n.end) ||
           (e->kind == TF_CUR_SYMBOL && s[n.end] >= 'A' && s[n.end] <= 'Z' &&
            (n.flags & (TF_NF_GROUPED | TF_NF_DECIMAL))))) {
        atom_from_parts(a, c.start, n.end, &n, &c);
        /* "$ 10 dollars", "US$ 5 USD": the currency said twice. */
        currency_token again;
        size_t sp = tf_hspace_at(s, len, a->end);
        if (sp && currency_at(sc, a->end + sp, &again, 0) &&
            strcmp(again.entry->code, a->currency) == 0 && again.entry->kind != TF_CUR_SYMBOL)
          a->end = again.end;
        else scale_after_currency(sc, a);
        extend_with_cents(sc, a);
        return 1;
      }
    }
  }
  return atom_from_words_before(sc, &c, a, 1);
}

/* A number in words that ends just before currency c ("cinq millions de yens",
** "a dollar"). article_ok: accept "a"/"an" alone as 1. */
static int atom_from_words_before(tf_money_scanner *sc, const currency_token *cp_token,
                                  tf_money_atom *a, int article_ok) {
  const unsigned char *s = sc->s;
  currency_token c = *cp_token;
  const tf_currency_entry *e = c.entry;
  size_t e1 = c.start;
  if (e1 > sc->pos) {
    tf_number n;
    /* "cinq millions de yens", "un milliard d’euros": a connector needs a
    ** scale before it. */
    size_t connector_start = 0;
    if (e1 >= 2 && s[e1 - 1] == '\'' && (s[e1 - 2] | 0x20) == 'd') connector_start = e1 - 2;
    else if (e1 >= 4 && s[e1 - 1] == 0x99 && s[e1 - 2] == 0x80 && s[e1 - 3] == 0xE2 &&
             (s[e1 - 4] | 0x20) == 'd')
      connector_start = e1 - 4;
    size_t prev = e1;
    if (!connector_start) {
      int32_t cp = tf_utf8_decode_before(s, e1, &prev);
      int cls = tf_char_class(cp);
      if (!(cls == TF_CC_SPACE && cp != '\n' && cp != '\r') &&
          !(cp == '-' && e->kind == TF_CUR_NAME))
        return 0;
      if (prev < sc->pos) return 0;
      if (prev >= 2 && prev - 2 > sc->pos && (s[prev - 2] | 0x20) == 'd' &&
          (s[prev - 1] | 0x20) == 'e')
        connector_start = prev - 2;
    }
    if (connector_start > sc->pos) {
      size_t before;
      int32_t cp2 = tf_utf8_decode_before(s, connector_start, &before);
      if (tf_char_class(cp2) == TF_CC_SPACE && before >= sc->pos &&
          number_ending_at(sc, before, sc->pos, TF_NUM_WORDS_ONLY, &n) && (n.flags & TF_NF_SCALE)) {
        atom_from_parts(a, n.start, c.end, &n, &c);
        return 1;
      }
    }
    if (prev < e1 && number_ending_at(sc, prev, sc->pos, TF_NUM_WORDS_ONLY, &n) &&
        (article_ok || !(n.flags & TF_NF_ARTICLE)) &&
        /* "a pound of flour", "une livre de farine", "a sum of": a lone "a",
        ** "one" or "une" goes only with a currency that is no everyday word. */
        !(n.value == 1 && !(n.flags & TF_NF_SCALE) &&
          ((e->flags & TF_CF_POSTFIX_ONLY) || e->priority < TF_PRIORITY_ICU))) {
      atom_from_parts(a, n.start, c.end, &n, &c);
      extend_with_cents(sc, a);
      return 1;
    }
  }
  return 0;
}

/* Can a currency start with this word? Its first word is a known one, or it is
** shaped like a code ("USD", "MUSD", "RM"). Saves a trie walk on most words. */
static inline int word_may_be_currency(const tf_currencies *cur, const tf_word_info *w) {
  if (w->letters >= 2 && w->letters <= 4 && w->upper == w->letters) return 1;
  return tf_word_map_get(&cur->first_words, w->hash, NULL);
}

/* The next atom from sc->pos on: 1 found, 0 none. */
static int find_atom(tf_money_scanner *sc, tf_money_atom *a) {
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  const tf_currencies *cur = tf_currencies_get();
  size_t p = sc->pos;
  int in_word = word_before(s, p);
  while (p < len) {
    unsigned char b = s[p];
    size_t resume = 0;
    int found = 0;
    if (b < 0x80) {
      if (is_digit(b)) {
        if (in_word) {
          p = skip_word(s, len, p);
          in_word = 0;
          continue;
        }
        found = atom_at_number(sc, p, a, &resume);
      } else if (is_ascii_alpha(b)) {
        tf_word_info w;
        size_t word_end = tf_scan_word(s, len, p, &w);
        if (!in_word && word_may_be_currency(cur, &w)) found = atom_at_currency(sc, p, a, &resume);
        if (!found) {
          p = word_end;
          in_word = 0;
          continue;
        }
      } else if (b == '$') {
        found = atom_at_currency(sc, p, a, &resume);
      } else if (b == 0) {
        break; /* the text ends at a NUL, as in SQLite's text functions */
      }
      if (!found) {
        p = resume > p ? resume : p + 1;
        in_word = word_before(s, p);
        continue;
      }
    } else {
      size_t next;
      int32_t cp = tf_utf8_decode(s, len, p, &next);
      int cls = tf_char_class(cp);
      size_t word_end = next;
      if (cls == TF_CC_CURRENCY) {
        found = atom_at_currency(sc, p, a, &resume);
      } else if ((cls == TF_CC_LETTER || cls == TF_CC_CJK) && !in_word) {
        tf_word_info w;
        word_end = tf_scan_word(s, len, p, &w);
        if (cls == TF_CC_CJK || word_may_be_currency(cur, &w))
          found = atom_at_currency(sc, p, a, &resume);
      }
      if (!found) {
        if (cls == TF_CC_LETTER || cls == TF_CC_CJK) {
          p = in_word ? skip_word(s, len, next) : word_end;
          in_word = 0;
        } else {
          p = resume > p ? resume : next;
          in_word = word_before(s, p);
        }
        continue;
      }
    }
    sc->pos = a->end;
    memcpy(sc->last_currency, a->currency, 4);
    sc->last_money_end = a->end;
    return 1;
  }
  sc->pos = len;
  return 0;
}

/* ------------------------------------------------------------------------ */
/* Ranges. */

/* The range word between two ends, at p (spaces before and after included).
** Sets *needs_opener: 0 for a dash, 1 for "à"/"to" (an opener is taken when
** present, and required between two full mentions), 2 for "et"/"and" (an
** opener "entre"/"between" is always required). */
static size_t range_connector_at(const unsigned char *s, size_t len, size_t p, int lang,
                                 int *needs_opener) {
  size_t q = p + tf_hspace_at(s, len, p);
  size_t n = 0;
  *needs_opener = 0;
  if (q < len && s[q] == '-') n = 1;
  else if (q + 2 < len && s[q] == 0xE2 && s[q + 1] == 0x80 &&
           (s[q + 2] == 0x93 || s[q + 2] == 0x94))
    n = 3;
  else if ((n = word_at(W_RANGE_AND, s, len, q, lang))) {
    *needs_opener = 2; /* always */
  } else if ((n = word_at(W_RANGE_TO, s, len, q, lang))) {
    *needs_opener = 1;
  }
  if (!n) return 0;
  q += n;
  size_t sp = tf_hspace_at(s, len, q);
  if (*needs_opener && !sp) return 0;
  return q + sp - p;
}

static void emit_range(tf_money_scanner *sc, size_t start, size_t end, double low, double high,
                       const char *currency, tf_money *out) {
  memset(out, 0, sizeof *out);
  out->start = start;
  out->end = end;
  out->low = low;
  out->high = high;
  out->has_low = out->has_high = 1;
  memcpy(out->currency, currency, 4);
  out->qualifier = TF_Q_RANGE;
  sc->emitted_end = end;
}

/* The low end scaled like the high one when only the high one states a
** scale ("$5-7 billion"). Returns 0 when the two cannot form a range. */
static int range_low(double low_base, int low_decimals, double low_value, int low_has_scale,
                     const tf_money_atom *high, double *low) {
  if (!low_has_scale && high->has_scale) {
    double scaled = tf_scale_value(low_base, low_decimals, high->scale);
    if (scaled > high->value) return 0;
    *low = scaled;
    return 1;
  }
  if (low_value > high->value) return 0;
  *low = low_value;
  return 1;
}

/* A and B joined: "$10-$20", "entre 10 euros et 20 euros", "$5-7 billion". */
static int join_atoms(tf_money_scanner *sc, const tf_money_atom *a, const tf_money_atom *b,
                      tf_money *out) {
  if (strcmp(a->currency, b->currency) != 0) return 0;
  int needs_opener;
  size_t n = range_connector_at(sc->s, sc->len, a->end, sc->lang, &needs_opener);
  if (!n || a->end + n != b->start) return 0;
  size_t start = a->start;
  if (needs_opener) {
    int rc = tf_qualifier_range_opener(sc->qualifiers, sc->lang, sc->s, sc->emitted_end, a->start,
                                       &start);
    if (rc <= 0) return rc;
  }
  double low;
  if (!range_low(a->base, a->decimals, a->value, a->has_scale, b, &low)) return 0;
  emit_range(sc, start, b->end, low, b->value, b->currency, out);
  return 1;
}

/* A bare number, a range word, then A: "entre 3 et 5 milliards de dollars",
** "10-20 dollars", "de 10 à 12 milliards d'euros". */
static int range_before(tf_money_scanner *sc, const tf_money_atom *a, tf_money *out) {
  const unsigned char *s = sc->s;
  size_t floor = sc->emitted_end;
  size_t e = a->start;
  /* Find the connector by trying where the low end could stop. */
  for (size_t back = 1; back <= 8 && back <= e - floor; back++) {
    size_t x_end = e - back;
    if (x_end <= floor || x_end == 0) break;
    if (!(is_digit(s[x_end - 1]) || tf_word_char_at(s, x_end, x_end - 1))) continue;
    int needs_opener;
    size_t n = range_connector_at(s, sc->len, x_end, sc->lang, &needs_opener);
    if (!n || x_end + n != e) continue;
    tf_number x;
    if (!number_ending_at(sc, x_end, floor, 0, &x)) return 0;
    if (x.flags & TF_NF_ARTICLE) return 0;
    size_t start = x.start;
    if (needs_opener) {
      /* "entre 3 et 5": "et"/"and" need their opener; "5 à 7", "5 to 7" do
      ** not, but take it when it is there ("de 10 à 12"). */
      int rc = tf_qualifier_range_opener(sc->qualifiers, sc->lang, s, floor, x.start, &start);
      if (rc < 0) return rc;
      if (rc == 0 && needs_opener == 2) return 0;
    }
    double low;
    if (!range_low(x.base, x.decimals, x.value, (x.flags & TF_NF_SCALE) != 0, a, &low)) return 0;
    emit_range(sc, start, a->end, low, a->value, a->currency, out);
    return 1;
  }
  return 0;
}

/* ------------------------------------------------------------------------ */
int tf_money_scanner_init(tf_money_scanner *sc, const char *s, size_t len, int lang) {
  memset(sc, 0, sizeof *sc);
  sc->s = (const unsigned char *)s;
  sc->len = len;
  /* The text ends at its first NUL, as SQLite's text functions see it. */
  const void *nul = len ? memchr(s, 0, len) : NULL;
  if (nul) sc->len = (size_t)((const char *)nul - s);
  sc->lang = lang == TF_LANG_AUTO ? tf_lang_detect(sc->s, sc->len) : lang;
  sc->qualifiers = tf_qualifier_matcher_new();
  return sc->qualifiers ? TF_OK : TF_NOMEM;
}

void tf_money_scanner_finish(tf_money_scanner *sc) {
  tf_qualifier_matcher_free(sc->qualifiers);
  sc->qualifiers = NULL;
}

/* "$22-27 billion", "€4-5 Mds": a dash and a bare number after an amount
** without a scale; the scale stated once applies to both. */
static int range_after(tf_money_scanner *sc, const tf_money_atom *a, tf_money *out) {
  const unsigned char *s = sc->s;
  if (a->has_scale || a->inherited) return 0;
  int needs_opener;
  size_t n = range_connector_at(s, sc->len, a->end, sc->lang, &needs_opener);
  if (!n || needs_opener) return 0;
  size_t q = a->end + n;
  tf_number high;
  if (q >= sc->len || !(s[q] >= '0' && s[q] <= '9')) return 0;
  if (!tf_parse_number(s, sc->len, q, sc->lang, TF_NUM_NO_WORDS, &high)) return 0;
  if (tf_word_char_at(s, sc->len, high.end) || percent_after(s, sc->len, high.end, sc->lang))
    return 0;
  /* A currency after the high end must be the same one ("$10-20 $" is fine). */
  currency_token after;
  size_t sp = tf_hspace_at(s, sc->len, high.end);
  if (currency_at(sc, high.end + sp, &after, 0) && strcmp(after.entry->code, a->currency) != 0)
    return 0;
  double low = tf_scale_value(a->base, a->decimals, high.scale);
  if (low > high.value) return 0;
  emit_range(sc, a->start, high.end, low, high.value, a->currency, out);
  sc->pos = high.end;
  sc->last_money_end = high.end;
  return 1;
}

int tf_money_next(tf_money_scanner *sc, tf_money *out) {
  tf_money_atom a, b;
  if (sc->has_pending) {
    a = sc->pending;
    sc->has_pending = 0;
  } else if (!find_atom(sc, &a)) {
    return 0;
  }
  if (range_after(sc, &a, out)) return 1;
  if (find_atom(sc, &b)) {
    int rc = join_atoms(sc, &a, &b, out);
    if (rc < 0) return -1;
    if (rc) return 1;
    sc->pending = b;
    sc->has_pending = 1;
  }
  int rc = range_before(sc, &a, out);
  if (rc < 0) return -1;
  if (rc) return 1;
  size_t phrase_start;
  int q = tf_qualifier_before(sc->qualifiers, sc->lang, sc->s, sc->emitted_end, a.start,
                              &phrase_start);
  if (q < 0) return -1;
  memset(out, 0, sizeof *out);
  out->start = a.start;
  out->end = a.end;
  out->amount = a.value;
  out->has_amount = 1;
  memcpy(out->currency, a.currency, 4);
  out->qualifier = q;
  if (q == TF_Q_EXACT || q == TF_Q_APPROX || q == TF_Q_MIN) {
    out->low = a.value;
    out->has_low = 1;
  }
  if (q == TF_Q_EXACT || q == TF_Q_APPROX || q == TF_Q_MAX) {
    out->high = a.value;
    out->has_high = 1;
  }
  sc->emitted_end = a.end;
  return 1;
}
