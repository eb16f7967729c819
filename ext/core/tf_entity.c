/* tf_entity.c — see tf_entity.h.
**
** The scan. One pass over the text stops at word starts (and at every
** ideograph). There it walks the alias trie when an alias can start with that
** character (a capital; or a lower-case letter, digit or ideograph that some
** alias starts with: a 256-entry table of first folded bytes), and keeps the
** longest alias that fits its case rule and ends on a word boundary. Built-in
** organisations absorb a legal suffix that follows ("Cambricon" +
** " Technologies"), and products a model number ("Ascend" + " 910B").
**
** The guesser. A capitalised word that no alias covers and that is not a stop
** word opens a run; capitalised words follow it (after one space, a hyphen,
** " & ", or a particle: "von der", "of"), and so may a model number ("RTX
** 5090"). The kind comes from, in order:
**  - a hint before the run, across at most two filler words: "M.", "le
**    président", "la société", "les puces IA", "the chip maker" (person, org,
**    product, place hints of ext/data/guess.tsv);
**  - a hint after it: ", fondateur de", ", CEO of" (person), ", Inc." (org);
**  - a legal suffix inside it ("Holdings", "Technologies", "Ltd": org);
**  - a word with digits ("H200", "RTX 5090": product);
**  - a given name first, in two to four words ("Marcel Ospel": person);
**  else org, marked kind_by_default (facts do not take it for a known company).
** Institutions' names open with a head word and go on with particles and any
** capitalised word ("Ministry of Road Transport and Highways", "famille
** Agnelli"); a capitalised common word joins a name in mid-sentence ("the High
** Pay Centre"); a place joins the run around it ("Bank of Scotland", "China
** Railway Group"); an acronym in brackets after a name that it abbreviates
** ("Technology Crossover Ventures (TCV)") is that name, here and later.
** A run that starts a sentence (or a line) is weak when it
** is one word, or when its line is written in title case (a headline): a weak
** run is kept only if the same name also appears where it is not weak.
** When the scan is over, guesses are settled per article: a one-word guess
** that is the first or last word of exactly one longer guessed name takes that
** name ("Zhang" → "Zhang Yiming"), and every mention of a name gets the kind
** most of its hints gave. Single words under three characters are not guessed.
*/
#include "tf_entity.h"
#include "tf_sentence.h"
#include "tf_alloc.h"
#include "tf_core.h"
#include "tf_currency.h"
#include "tf_data.h"
#include "tf_fold.h"
#include "tf_lang.h"
#include "tf_lexicon.h"
#include "tf_wordlist.h"
#include "tf_trie.h"
#include "tf_utf8.h"
#include "tf_words.h"
#include <string.h>

/* ------------------------------------------------------------------------ */
/* The guesser's word lists (ext/data/guess.tsv). */

#define G_STOP 0x001
#define G_PERSON 0x002
#define G_PERSON_AFTER 0x004
#define G_ORG 0x008
#define G_ORGSUFFIX 0x010
#define G_PRODUCT 0x020
#define G_PLACE 0x040
#define G_FILLER 0x080
#define G_CONNECTOR 0x100
#define G_COMMON 0x200
#define G_HEAD 0x400
#define G_LOWHEAD 0x800
#define G_HEAD_PARTICLE 0x1000
#define G_HEAD_ADJECTIVE 0x2000
#define G_LEGAL_ABBREV 0x4000
#define G_VARIANT 0x8000
#define G_SUBJECT_VERB 0x10000
#define G_PRODUCT_SUFFIX 0x20000
#define G_RELATIVE 0x40000
#define G_INDEX_AFTER 0x80000
#define G_PRODUCT_HEAD 0x100000
#define G_PERSON_PARTICLE 0x200000
#define G_SURNAME 0x400000
#define G_HINTS (G_PERSON | G_ORG | G_PRODUCT | G_PLACE)

static const tf_class_name guess_classes[] = {
  {"stop", G_STOP},
  {"person", G_PERSON},
  {"person_after", G_PERSON_AFTER},
  {"org", G_ORG},
  {"orgsuffix", G_ORGSUFFIX},
  {"product", G_PRODUCT},
  {"place", G_PLACE},
  {"filler", G_FILLER},
  {"connector", G_CONNECTOR},
  {"common", G_COMMON},
  {"head", G_HEAD},
  {"lowhead", G_HEAD | G_LOWHEAD},
  {"head_particle", G_HEAD_PARTICLE},
  {"head_adjective", G_HEAD_ADJECTIVE},
  {"legal_abbrev", G_LEGAL_ABBREV},
  {"variant", G_VARIANT},
  {"subject_verb", G_SUBJECT_VERB},
  {"product_suffix", G_PRODUCT_SUFFIX},
  {"relative", G_RELATIVE},
  {"index_after", G_INDEX_AFTER},
  {"product_head", G_HEAD | G_PRODUCT_HEAD},
  {"person_particle", G_PERSON_PARTICLE},
  {"surname", G_SURNAME},
  {NULL, 0},
};

static const tf_class_name given_classes[] = {{"given", 1}, {NULL, 0}};

static tf_lexicon guess, given; /* given: first names (ext/data/given_names.tsv) */

void tf_entity_teardown(void) {
  tf_lexicon_free(&guess);
  tf_lexicon_free(&given);
}

/* The first bytes of the lower-case heads ("famille", "ministère"): a word that
** starts otherwise is not looked up as one. */
static unsigned char lowhead_first[256];
#define LOWHEAD_MIN 7 /* bytes: the shortest lower-case head ("famille") */

static void read_lowhead_first(void) {
  tf_data_reader r;
  tf_data_row row;
  memset(lowhead_first, 0, sizeof lowhead_first);
  tf_data_open(&r, "guess.tsv", tf_data_guess);
  while (tf_data_next(&r, &row)) {
    if (row.count < 3 || row.len[0] != 7 || memcmp(row.field[0], "lowhead", 7) != 0) continue;
    tf_data_item item;
    for (tf_data_items(&item, row.field[2], row.len[2]); tf_data_item_next(&item);) {
      unsigned char b = (unsigned char)item.text[0];
      lowhead_first[b] = 1;
      if (b >= 'A' && b <= 'Z') lowhead_first[b | 0x20] = 1;
    }
  }
}

int tf_entity_init(char *err, size_t size) {
  read_lowhead_first();
  int rc = tf_lexicon_load(&guess, "guess.tsv", tf_data_guess, guess_classes, err, size);
  if (rc == TF_OK)
    rc = tf_lexicon_load(&given, "given_names.tsv", tf_data_given_names, given_classes, err, size);
  return rc;
}

/* ------------------------------------------------------------------------ */
/* The scan. */

enum { LEAD_NAME = 0, LEAD_HEAD, LEAD_COMMON };

#define RING 8          /* words remembered for hints before a name */
#define MAX_RUN_WORDS 8 /* capitalised words in one guessed name */

typedef struct word_ref {
  size_t start, end;
} word_ref;

typedef struct run {
  int open;
  size_t start, end;  /* of the capitalised words so far */
  size_t pending_end; /* end of particles after them ("von der"), or 0 */
  unsigned words, particles;
  unsigned named;        /* words that are not a head, a common word or a legal suffix */
  int lead;              /* LEAD_HEAD: opened by "Ministry", "famille"; LEAD_COMMON: by "High" */
  int article;           /* opened by an article or a nationality ("The Americas") */
  int article_place;     /* "The" and a place: "The Americas", "The Gambia" */
  int sealed;            /* ends with a short legal form and its dot ("Corp."): only another legal
                 form may follow ("Co. LLC") */
  int hint;              /* a kind from a hint before, or -1 */
  int suffix_org, model; /* a legal suffix, a word with digits */
  int at_sentence_start;
  int in_aside; /* in a credit line, or in parentheses right after a name */
} run;

typedef struct guess_rec {
  size_t mention; /* index in the list */
  uint32_t key;   /* folded name, in the key arena */
  unsigned words;
  int kind; /* from this mention's hints, or TF_KIND_UNKNOWN */
  int weak, dropped;
} guess_rec;

/* "Technology Crossover Ventures (TCV)": an acronym the text defines. */
typedef struct acronym_def {
  uint32_t key;   /* the folded acronym, in the key arena */
  size_t mention; /* the mention of the long name */
  int64_t guess;  /* its guess, or -1 for a built-in name */
} acronym_def;

/* Answers about a word (or phrase) of the text, kept by its exact bytes: a text repeats
** its words ("The", "Umsatz", "Unternehmen"), and a walk of the guess trie or a lookup in
** the German noun lists costs far more than comparing a few bytes. A slot is found by
** the word's length and outer bytes; a word that takes another's slot evicts it. */
#define MEMO_SLOTS 256 /* a power of two */
#define MEMO_MAX 64    /* bytes: longer texts are asked about rarely, and not kept */
typedef struct memo_slot {
  size_t start; /* where the bytes are in the text */
  uint32_t len;
  uint32_t aux; /* the rest of the question (german_common: where its first word ends) */
  unsigned answer;
} memo_slot;

/* (the bits of the slots in use: a text clears them, not the slots, most of which a short
** text never uses) */
typedef struct memo_table {
  uint64_t used[MEMO_SLOTS / 64];
  memo_slot slot[MEMO_SLOTS];
} memo_table;

typedef struct word_memo {
  memo_table phrase; /* phrase_mask */
  memo_table noun;   /* german_common */
} word_memo;

/* What tf_alias_at_lead gave at one position of the text. */
typedef struct alias_answer {
  size_t p, end; /* end: where the alias ends (0 for none) */
  const tf_alias *alias;
  tf_alias_lead lead;
} alias_answer;

/* See tf_entity.h: the word memos go from scan to scan of a text; the first scan keeps
** what tf_alias_at_lead gave at each position it asked about (in the order asked), and
** later ones read it (alias_at). */
struct tf_entity_memo {
  word_memo words;
  /* the scan the answers are about (s NULL: none yet) */
  const unsigned char *s;
  size_t len;
  const tf_entity_set *set;
  int lang, text_lang;
  alias_answer *aliases;
  size_t alias_count, alias_capacity;
  int reading;       /* a later scan: the aliases are read, not kept */
  size_t alias_next; /* where that scan reads on */
};

typedef struct scan {
  const tf_entity_set *set;
  const unsigned char *s;
  size_t len;
  int lang;              /* a tf_lang, or AUTO */
  unsigned langs;        /* the languages whose guess.tsv lists are read: lang's, or for AUTO
                  ** French, English and the text's */
  int nouns_capitalised; /* the text is German (tf_lang_capitalises_nouns) */
  int text_lang;         /* the text's language, detected for AUTO */
  tf_entity_list *out;
  word_ref ring[RING];
  size_t ring_count;
  run r;
  int sentence_start;
  int aside;               /* see run.in_aside; parentheses end it, credit lines at their end */
  size_t last_mention_end; /* of the last name found, +1; 0 = none */
  size_t line_start;
  size_t title_line_start; /* the line title_line_result is about, +1; 0 = none */
  int title_line_result;
  guess_rec *guesses;
  size_t guess_count, guess_capacity;
  tf_strings keys;
  acronym_def *acronyms;
  size_t acronym_count, acronym_capacity;
  int nomem;
  /* the guess trie's matches at one position of a Chinese text (zh_phrase_at asks for
  ** them twice at each character: an organisation's suffix, a person's title) */
  size_t zh_hits_pos; /* + 1; 0: none */
  int zh_hit_count;
  tf_trie_hit zh_hits[6];
  /* the scan's last ideograph ends at after_ideograph - 1 (0: none), where the character
  ** is ideograph_after (tf_ideograph_at, -1: none), read with it */
  size_t after_ideograph;
  int32_t ideograph_after;
  word_memo *memo;      /* NULL: none (out of memory), every answer computed */
  tf_entity_memo *kept; /* the memo that keeps or gives the aliases (alias_at), or NULL */
  /* what the scan's last tf_alias_at_lead read at lead_start: the end of the word's run of
  ** ASCII letters and digits and their hash, which phrase_mask_walk goes on from (lead.end
  ** 0: none) */
  size_t lead_start;
  tf_alias_lead lead;
} scan;

/* ASCII classes for the fast path; A_WORD marks the classes of word bytes. */
enum { A_OTHER = 0, A_LOWER = 1, A_UPPER = 2, A_DIGIT = 3, A_SPACE = 4, A_NEWLINE = 5 };
#define A_WORD(c) ((c) >= A_LOWER && (c) <= A_DIGIT)
#define R4(x) x, x, x, x
#define R8(x) R4(x), R4(x)
#define R16(x) R8(x), R8(x)
static const unsigned char ascii_classes[128] = {
  /* 0x00 */ 0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  A_SPACE,
  A_NEWLINE,
  A_SPACE,
  A_SPACE,
  A_NEWLINE,
  0,
  0,
  /* 0x10 */ R16(0),
  /* 0x20 */ A_SPACE,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  /* 0x30 */ R8(A_DIGIT),
  A_DIGIT,
  A_DIGIT,
  0,
  0,
  0,
  0,
  0,
  0,
  /* 0x40 */ 0,
  R8(A_UPPER),
  R4(A_UPPER),
  A_UPPER,
  A_UPPER,
  A_UPPER,
  /* 0x50 */ R8(A_UPPER),
  A_UPPER,
  A_UPPER,
  A_UPPER,
  0,
  0,
  0,
  0,
  0,
  /* 0x60 */ 0,
  R8(A_LOWER),
  R4(A_LOWER),
  A_LOWER,
  A_LOWER,
  A_LOWER,
  /* 0x70 */ R8(A_LOWER),
  A_LOWER,
  A_LOWER,
  A_LOWER,
  0,
  0,
  0,
  0,
  0,
};
static inline unsigned char ascii_class(unsigned char b) {
  return b < 0x80 ? ascii_classes[b] : A_OTHER;
}

/* The end of the Latin word (letters, digits; not ideographs) at p; *capitals (when
** not NULL) says whether an ASCII capital is in it: of the ASCII bytes of a word,
** only capitals have bit 5 clear, so one AND per byte tells. */
static inline size_t word_end_capitals(const unsigned char *s, size_t len, size_t p,
                                       int *capitals) {
  unsigned all = 0xFF;
  while (p < len) {
    unsigned char b = s[p];
    if (b < 0x80) {
      if (!A_WORD(ascii_classes[b])) break;
      all &= b;
      p++;
    } else if (b >= 0xC2 && b < 0xE0 && p + 1 < len && (s[p + 1] & 0xC0) == 0x80) {
      /* two bytes: é, ü, ç … without a call */
      int32_t cp = ((b & 0x1F) << 6) | (s[p + 1] & 0x3F);
      int c = tf_char_class_inline(cp);
      if (c != TF_CC_LETTER && c != TF_CC_DIGIT) break;
      p += 2;
    } else {
      size_t next;
      int c = tf_char_class(tf_utf8_decode(s, len, p, &next));
      if (c != TF_CC_LETTER && c != TF_CC_DIGIT) break;
      p = next;
    }
  }
  if (capitals) *capitals = !(all & 0x20);
  return p;
}

static size_t word_end(const unsigned char *s, size_t len, size_t p) {
  return word_end_capitals(s, len, p, NULL);
}

/* The start of the ASCII word (letters, digits) that ends at end, not before floor. */
static size_t ascii_word_start(const unsigned char *s, size_t floor, size_t end) {
  while (end > floor && s[end - 1] < 0x80 && A_WORD(ascii_classes[s[end - 1]])) end--;
  return end;
}

/* Is s[ws..we) the conjunction "and", "et", "und", "y" or "e"? */
static int conjunction_word(const unsigned char *s, size_t ws, size_t we) {
  return (we - ws == 3 && (memcmp(s + ws, "and", 3) == 0 || memcmp(s + ws, "und", 3) == 0)) ||
         (we - ws == 2 && memcmp(s + ws, "et", 2) == 0) ||
         (we - ws == 1 && (s[ws] == 'y' || s[ws] == 'e'));
}

/* The guess-lexicon classes of the text s[start..end) as a whole, or 0: for
** the language given, or for both when it was 'auto' (short texts defeat
** detection, and the lists rarely disagree). */
static unsigned phrase_mask_walk(const scan *sc, size_t start, size_t end) {
  int32_t value = sc->lead.end && start == sc->lead_start && sc->lead.end <= end
                    ? tf_trie_whole_from(guess.trie, sc->s, start, end, sc->lead.end, sc->lead.hash)
                    : tf_trie_whole(guess.trie, sc->s, start, end);
  return value < 0 ? 0 : tf_lexicon_classes_in(&guess, value, sc->langs);
}

/* The slot of table for the text s[start, end) (0 < end - start <= MEMO_MAX) and aux.
** Sets *hit when it holds their answer; else the caller may put it there (memo_put). */
static memo_slot *memo_find(memo_table *table, const unsigned char *s, size_t start, size_t end,
                            uint32_t aux, int *hit) {
  uint32_t n = (uint32_t)(end - start);
  uint32_t h = n * 0x9E3779B1u ^ s[start] * 0x85EBCA77u ^ s[end - 1] * 0xC2B2AE3Du ^
               (s[start + n / 2] + aux) * 0x27D4EB2Fu;
  unsigned i = (h ^ h >> 16) & (MEMO_SLOTS - 1);
  memo_slot *m = &table->slot[i];
  *hit = (table->used[i / 64] >> (i % 64) & 1) && m->len == n && m->aux == aux &&
         tf_same_bytes(s + m->start, s + start, n);
  return m;
}

static unsigned memo_put(memo_table *table, memo_slot *m, size_t start, size_t end, uint32_t aux,
                         unsigned answer) {
  size_t i = (size_t)(m - table->slot);
  table->used[i / 64] |= UINT64_C(1) << (i % 64);
  m->start = start;
  m->len = (uint32_t)(end - start);
  m->aux = aux;
  m->answer = answer;
  return answer;
}

static unsigned phrase_mask(const scan *sc, size_t start, size_t end) {
  if (!sc->memo || end <= start || end - start > MEMO_MAX) return phrase_mask_walk(sc, start, end);
  int hit;
  memo_slot *m = memo_find(&sc->memo->phrase, sc->s, start, end, 0, &hit);
  return hit ? m->answer
             : memo_put(&sc->memo->phrase, m, start, end, 0, phrase_mask_walk(sc, start, end));
}

static const word_ref *ring_back(const scan *sc, size_t k) {
  if (k >= sc->ring_count || k >= RING) return NULL;
  return &sc->ring[(sc->ring_count - 1 - k) % RING];
}

static int kind_of_hint(unsigned mask) {
  if (mask & G_PERSON) return TF_KIND_PERSON;
  if (mask & G_ORG) return TF_KIND_ORG;
  if (mask & G_PRODUCT) return TF_KIND_PRODUCT;
  if (mask & G_PLACE) return TF_KIND_PLACE;
  return -1;
}

/* Between a hint and a name: spaces, apostrophes, opening quotes, and one dot
** right after the hint ("M. Zhang", "Dr. Su"); not a line break. 0: not a gap; 1: a
** gap; 2: a gap with the dot, which only a person's title crosses (a sentence ends
** at "… trade data show. Gilead Sciences …", whose "show" is no hint). */
static int hint_gap_ok(const unsigned char *s, size_t len, size_t from, size_t to) {
  size_t p = from;
  int dot = 0;
  if (p < to && s[p] == '.') {
    p++;
    dot = 1;
  }
  if (p == to && to > from) return 0; /* the dot must be followed by a space */
  while (p < to) {
    size_t next;
    int32_t cp = tf_utf8_decode(s, len, p, &next);
    int c = tf_char_class(cp);
    if ((c != TF_CC_SPACE && c != TF_CC_APOSTROPHE && cp != 0xAB && cp != 0x201C && cp != '"' &&
         cp != '(') ||
        cp == '\n' || cp == '\r')
      return 0;
    p = next;
  }
  return 1 + dot;
}

/* Is a built-in place's name at p (a whole word)? Sets *end. */
static int place_at(const scan *sc, size_t p, size_t *end) {
  const tf_alias *r = tf_alias_at(sc->set, sc->s, sc->len, p, end);
  return r && r->kind == TF_KIND_PLACE;
}

/* German: the built-in organisation or product of which s[ws, we) is the genitive
** ("Nvidias", "Oracles"), or NULL. */
static const tf_alias *genitive_of(const scan *sc, size_t ws, size_t we) {
  size_t end;
  const tf_alias *r = tf_alias_at(sc->set, sc->s, we - 1, ws, &end);
  if (!r || end != we - 1 || (r->kind != TF_KIND_ORG && r->kind != TF_KIND_PRODUCT)) return NULL;
  return r;
}

/* The end of the hyphenated compound whose first word ends at we ("Hochleistungs" of
** "Hochleistungs-Rechnern"): the German noun rule reads it whole, by its last part. */
static size_t hyphenated_end(const scan *sc, size_t we) {
  const unsigned char *s = sc->s;
  size_t end = we;
  while (end + 1 < sc->len && s[end] == '-' &&
         ((s[end + 1] >= 'A' && s[end + 1] <= 'Z') || s[end + 1] >= 0xC3)) {
    size_t e = word_end(s, sc->len, end + 1);
    if (e == end + 1) break;
    end = e;
  }
  return end;
}

/* German: is the word at [ws, we), with the hyphenated compound it starts, a common
** noun: by the noun list (tf_noun_de), or a compound whose last part is a word the
** dictionaries write in lower case ("Robo-Advisor", "Valley-Hype")? end: the compound's
** end (hyphenated_end). */
static int german_noun(const scan *sc, size_t ws, size_t we, size_t end) {
  if (tf_noun_de(sc->s, ws, end)) return 1;
  if (end == we) return 0;
  size_t last = end;
  while (last > we && sc->s[last - 1] != '-') last--;
  return tf_lower_word(TF_LANG_DE, sc->s, last, end);
}

/* German: the hint classes of a compound's last part, the longest that is one
** ("Softwarekonzern", "hkp-Chef", "Finanzberaters"), or 0. */
static unsigned compound_hint(const scan *sc, size_t ws, size_t we) {
  const unsigned char *s = sc->s;
  for (size_t q = ws + 3; q + 3 < we; q++) {
    if ((s[q] & 0xC0) == 0x80) continue; /* inside a character */
    if (s[q] == '-') continue;
    /* (not kept in the memo: the tails of a text's words seldom repeat) */
    unsigned mask = phrase_mask_walk(sc, q, we) & (G_PERSON | G_ORG | G_PRODUCT | G_PLACE);
    if (mask) return mask;
  }
  return 0;
}

/* German: is the word at [ws, we) a common noun (german_noun) or a compound of a hint
** (compound_hint)? Kept in the memo: the answer depends on the bytes from ws to the end of
** the hyphenated compound the word starts, and on where the word ends among them. */
static int german_common(const scan *sc, size_t ws, size_t we) {
  size_t end = hyphenated_end(sc, we);
  int hit;
  memo_slot *m = NULL;
  if (sc->memo && end > ws && end - ws <= MEMO_MAX) {
    m = memo_find(&sc->memo->noun, sc->s, ws, end, (uint32_t)(we - ws), &hit);
    if (hit) return (int)m->answer;
  }
  int common = german_noun(sc, ws, we, end) || compound_hint(sc, ws, we);
  if (m) memo_put(&sc->memo->noun, m, ws, end, (uint32_t)(we - ws), (unsigned)common);
  return common;
}

/* A hint ending before a name that starts at name_start, across fillers. */
static int hint_before(const scan *sc, size_t name_start) {
  size_t pos = name_start;
  int fillers = 0;
  for (size_t k = 0; k + 1 < RING; k++) {
    const word_ref *w = ring_back(sc, k);
    int gap = w ? hint_gap_ok(sc->s, sc->len, w->end, pos) : 0;
    if (!gap) return -1;
    /* Phrases of up to three words ending with this one, longest first. */
    for (size_t j = k + 2; j + 1 > k; j--) {
      const word_ref *first = ring_back(sc, j);
      if (!first) continue;
      unsigned mask = phrase_mask(sc, first->start, w->end);
      if (j == k && !mask && sc->nouns_capitalised) mask = compound_hint(sc, w->start, w->end);
      int kind = kind_of_hint(mask);
      if (kind >= 0) return gap == 2 && kind != TF_KIND_PERSON ? -1 : kind;
      if (j == k) {
        if ((mask & G_FILLER) && fillers < 2) break;
        return -1;
      }
    }
    fillers++;
    pos = w->start;
  }
  return -1;
}

/* A stock index's name: a guessed name followed, across an abbreviation in brackets
** and a number, by a word of class index_after ("Financial Times Stock Exchange (FTSE)
** 100 index", "l'indice CAC 40" aside): GUIDE.md's indices are no entities. */
static int index_after(const scan *sc, size_t p) {
  const unsigned char *s = sc->s;
  size_t len = sc->len, q = p;
  while (q < len && s[q] == ' ') q++;
  if (q < len && s[q] == ')') q++; /* the abbreviation itself: "(FTSE) 100 index" */
  while (q < len && s[q] == ' ') q++;
  if (q < len && s[q] == '(') {
    size_t close = q + 1;
    while (close < len && close < q + 16 && s[close] != ')' && s[close] != '\n') close++;
    if (close < len && s[close] == ')') q = close + 1;
    while (q < len && s[q] == ' ') q++;
  }
  while (q < len && s[q] >= '0' && s[q] <= '9') q++;
  while (q < len && s[q] == ' ') q++;
  size_t e = q;
  while (e < len && ((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z')) e++;
  return e > q && !tf_word_char_at(s, len, e) && (phrase_mask(sc, q, e) & G_INDEX_AFTER);
}

/* The first position at or after p that is not a horizontal space. */
static size_t skip_hspace(const scan *sc, size_t p) {
  size_t h;
  while (p < sc->len && (h = tf_hspace_at(sc->s, sc->len, p))) p += h;
  return p;
}

/* The word after position p, skipping spaces: its bounds, or 0. */
static int next_word(const scan *sc, size_t p, size_t *ws, size_t *we) {
  p = skip_hspace(sc, p);
  size_t e = word_end(sc->s, sc->len, p);
  if (e == p) return 0;
  *ws = p;
  *we = e;
  return 1;
}

/* The same, stepping over one " & " first ("Goldman Sachs & Co."). */
static int next_word_amp(const scan *sc, size_t p, size_t *ws, size_t *we) {
  size_t q = skip_hspace(sc, p);
  if (q > p && q + 1 < sc->len && sc->s[q] == '&' && tf_hspace_at(sc->s, sc->len, q + 1)) p = q + 1;
  return next_word(sc, p, ws, we);
}

/* A hint after a name: ", fondateur de" → person, ", Inc." / " Ltd" → org. */
static int hint_after(const scan *sc, size_t end) {
  size_t p = skip_hspace(sc, end);
  int comma = p < sc->len && sc->s[p] == ',';
  if (comma) p++;
  size_t ws, we, place_end;
  const tf_alias *place;
  /* "Tucson, Arizona", "Cambrai, France": a place, then its region or country */
  if (comma && next_word(sc, p, &ws, &we) && tf_letter_case(sc->s[ws]) > 0 &&
      (place = tf_alias_at(sc->set, sc->s, sc->len, ws, &place_end)) != NULL &&
      place->kind == TF_KIND_PLACE && place_end < sc->len && strchr(",.;)\n", sc->s[place_end]) &&
      sc->s[place_end])
    return TF_KIND_PLACE;
  for (int fillers = 0; fillers <= 2 && next_word(sc, p, &ws, &we); fillers++) {
    unsigned mask = phrase_mask(sc, ws, we);
    size_t next;
    if ((mask & G_ORGSUFFIX) && tf_letter_case(tf_utf8_decode(sc->s, sc->len, ws, &next)) > 0)
      return TF_KIND_ORG; /* ", Inc.", " Ltd" — capitalised, not ", group CEO" */
    if (comma && (mask & G_PERSON_AFTER)) return TF_KIND_PERSON;
    if (!comma || !(mask & G_FILLER)) return -1;
    p = we;
  }
  return -1;
}

/* Does the line break at p only wrap a long line of text, in mid-sentence (hard-wrapped
** wire copy)? The line is 40 bytes or more and ends without a stop, a colon or a
** quote; the next line goes on at once (no blank line, no list item). */
static int wrapped_at(const unsigned char *s, size_t len, size_t line_start, size_t p) {
  if (p < line_start + 40 || p + 1 >= len) return 0;
  unsigned char n = s[p + 1];
  if (n == '\n' || n == '\r' || n == '-' || n == '*' || n == ' ' || n == '\t' || n == 0xE2)
    return 0;
  size_t e = p;
  while (e > line_start && (s[e - 1] == ' ' || s[e - 1] == '\r' || s[e - 1] == '\t')) e--;
  unsigned char last = s[e - 1];
  if (strchr(".!?:;\"')", last) || (last == 0xBB && e >= 2 && s[e - 2] == 0xC2)) return 0;
  return 1;
}

static int wrapped_line(const scan *sc, size_t p) {
  return wrapped_at(sc->s, sc->len, sc->line_start, p);
}


/* Is the line around pos written in title case (a headline)? */
static int title_line(scan *sc) {
  if (sc->title_line_start == sc->line_start + 1) return sc->title_line_result;
  const unsigned char *s = sc->s;
  size_t p = sc->line_start, limit = sc->line_start + 300;
  unsigned capital = 0, lower = 0, words = 0;
  int result = 0, sentence_inside = 0;
  /* A line of 300 bytes or more is none: most lines are paragraphs */
  if (limit <= sc->len && !memchr(s + p, '\n', limit - p)) p = limit;
  /* nor is the second line of wrapped text */
  int continued = 0;
  if (p > 40 && p < limit && s[p - 1] == '\n') {
    /* the previous line is 40 bytes or more: no break in them */
    size_t prev = tf_line_start(s, p - 41, p - 1);
    continued = prev == p - 41 && wrapped_at(s, sc->len, prev, p - 1);
  }
  /* (a sentence inside the line decides: no headline, whatever the rest) */
  while (!continued && !sentence_inside && p < sc->len && p < limit && s[p] != '\n') {
    size_t e = word_end(s, sc->len, p);
    if (e == p) {
      size_t next;
      tf_utf8_decode(s, sc->len, p, &next);
      p = next;
      continue;
    }
    words++;
    size_t next;
    int lc = tf_letter_case(tf_utf8_decode(s, sc->len, p, &next));
    if (e - p >= 4) {
      if (lc > 0) capital++;
      else if (lc < 0) lower++;
    }
    /* a sentence that ends inside the line ("… des fonds. Google"): prose, not a
    ** headline (a lower-case word of three letters or more is no abbreviation) */
    if (lc < 0 && e - p >= 3 && e + 1 < sc->len && s[e] == '.' && s[e + 1] == ' ')
      sentence_inside = 1;
    p = e;
  }
  /* A headline is short, mostly capitalised, and ends without a full stop; so is
  ** a heading or a list label ("Key Points", "Highlights"), all capitalised. */
  size_t last = p;
  while (last > sc->line_start &&
         (s[last - 1] == ' ' || s[last - 1] == '\r' || s[last - 1] == '\t'))
    last--;
  int full_stop = last > sc->line_start && strchr(".!?", s[last - 1]) && s[last - 1];
  if (p < limit && !continued && !sentence_inside)
    result = !full_stop && ((capital >= 3 && capital > lower) || (capital && !lower && words <= 6));
  sc->title_line_start = sc->line_start + 1;
  sc->title_line_result = result;
  return result;
}

/* Would a mention from start overlap the last one? A name read ahead ("Delmont Partners,
** Inc.", "CercleFinance.com", "360 Capital Partners") may cover words the scan meets
** after it; mentions never overlap, so the later one is not reported. */
static int overlaps_last(const scan *sc, size_t start) {
  const tf_entity_list *out = sc->out;
  return out->count && start < out->items[out->count - 1].end;
}

static int list_push(scan *sc, size_t start, size_t end, const char *name, size_t name_len,
                     int kind, int source, const char *code) {
  tf_entity_list *out = sc->out;
  tf_entity_mention *grown = tf_grow(out->items, out->count, &out->capacity, sizeof *grown, 32);
  if (!grown) return -1;
  out->items = grown;
  tf_strings names = {out->names, out->names_len, out->names_capacity};
  int64_t off = tf_strings_add(&names, name, name_len);
  out->names = names.p;
  out->names_len = names.len;
  out->names_capacity = names.cap;
  if (off < 0) return -1;
  tf_entity_mention *m = &out->items[out->count++];
  m->start = start;
  m->end = end;
  m->name = (const char *)(uintptr_t)off; /* resolved when the scan is over */
  m->name_len = name_len;
  m->kind = (unsigned char)kind;
  m->source = (unsigned char)source;
  m->kind_by_default = 0;
  memset(m->code, 0, sizeof m->code);
  if (code && code[0]) memcpy(m->code, code, 2);
  return 0;
}

/* Text with white space runs made one space. */
static size_t collapse_spaces(const unsigned char *s, size_t len, size_t start, size_t end,
                              char *out, size_t cap) {
  size_t n = 0;
  int space = 0;
  for (size_t p = start; p < end;) {
    size_t h = tf_hspace_at(s, len, p);
    if (h || s[p] == '\n' || s[p] == '\r' || s[p] == '\t') {
      space = 1;
      p += h ? h : 1;
      continue;
    }
    if (space && n + 1 < cap) out[n++] = ' ';
    space = 0;
    if (n + 1 < cap) out[n++] = (char)s[p];
    p++;
  }
  return n;
}

/* After a legal form [ws, we) written short ("Corp", "Co", "Inc"), the end of its
** abbreviation's dot; else we. */
static size_t legal_dot(const scan *sc, size_t ws, size_t we) {
  if (we >= sc->len || sc->s[we] != '.' || we - ws > 4) return we;
  return phrase_mask(sc, ws, we) & G_LEGAL_ABBREV ? we + 1 : we;
}

/* ", Inc.", ", Ltd" after a name at end: the end of that legal form, or end. */
static size_t legal_tail(const scan *sc, size_t end) {
  size_t ws, we;
  if (end + 2 >= sc->len || sc->s[end] != ',' || sc->s[end + 1] != ' ' ||
      !next_word(sc, end + 1, &ws, &we) || we - ws > 4)
    return end;
  unsigned mask = phrase_mask(sc, ws, we);
  int capitals = sc->s[ws] >= 'A' && sc->s[ws] <= 'Z' && sc->s[we - 1] >= 'A' &&
                 sc->s[we - 1] <= 'Z';
  if (!(mask & G_LEGAL_ABBREV) && !((mask & G_ORGSUFFIX) && capitals)) return end; /* ", LLC" */
  return legal_dot(sc, ws, we);
}

/* "CercleFinance.com", "Trends.be": a name followed by a web domain's ending (2 to 3
** lower-case letters, then no letter) is that site's name. Returns the end of the
** domain, or end. */
static size_t domain_end(const scan *sc, size_t end) {
  const unsigned char *s = sc->s;
  if (end + 3 > sc->len || s[end] != '.') return end;
  size_t p = end + 1;
  while (p < sc->len && p - end <= 4 && s[p] >= 'a' && s[p] <= 'z') p++;
  if (p - end < 3 || p - end > 4) return end;
  if (p < sc->len && (A_WORD(ascii_class(s[p])) || s[p] >= 0x80)) return end;
  return p;
}

/* "360 Capital Partners", "21 Centrale Partners": a number of 1 to 4 digits right
** before a company's name, after a space, a bracket or the text's start, belongs to the
** name. Returns the new start, or start. */
static size_t number_before(const unsigned char *s, size_t start) {
  if (start < 2 || s[start - 1] != ' ') return start;
  size_t d = start - 1;
  while (d > 0 && start - 1 - d < 5 && s[d - 1] >= '0' && s[d - 1] <= '9') d--;
  size_t digits = start - 1 - d;
  if (digits < 1 || digits > 4) return start;
  if (d > 0 && s[d - 1] != ' ' && s[d - 1] != '(' && s[d - 1] != '\n') return start;
  if (d >= 2 && s[d - 1] == ' ' &&
      ((s[d - 2] >= '0' && s[d - 2] <= '9') ||
       ((s[d - 2] == ',' || s[d - 2] == '.') && d >= 3 && s[d - 3] >= '0' && s[d - 3] <= '9')))
    return start; /* "1 360 Capital": a number's group; "5, 360": a list of numbers */
  return d;
}

/* "Chime is one of …", "Signzy raises …", "Qonto a levé …": is the word after end (and
** spaces) a verb whose subject is a name (guess.tsv class subject_verb)? */
static int subject_of_verb(const scan *sc, size_t end) {
  size_t ws, we;
  size_t p = skip_hspace(sc, end);
  /* the antecedent of a relative clause: "Vantora, qui a réalisé …", "Kelvora, which" */
  if (p < sc->len && sc->s[p] == ',' && next_word(sc, p + 1, &ws, &we) &&
      (phrase_mask(sc, ws, we) & G_RELATIVE))
    return 1;
  /* a row of a list: "Kelvora : 12 M€", "Kelvora (75 M€)" */
  if (p < sc->len && (sc->s[p] == ':' || sc->s[p] == '(')) {
    size_t q = skip_hspace(sc, p + 1);
    size_t next;
    int32_t cp = q < sc->len ? tf_utf8_decode(sc->s, sc->len, q, &next) : 0;
    if ((cp >= '0' && cp <= '9') || cp == '$' || cp == 0x20AC || cp == 0xA3 || cp == 0xA5 ||
        cp == 0x20B9)
      return 1;
  }
  if (!next_word(sc, end, &ws, &we) || ws == end) return 0;
  return (phrase_mask(sc, ws, we) & G_SUBJECT_VERB) != 0;
}

/* Is [start, end) a whole line, in capitals ("EUROTUNNEL", "BOUYGUES TELECOM")? */
static int capitals_line(const scan *sc, size_t start, size_t end) {
  const unsigned char *s = sc->s;
  if (start != sc->line_start || end - start < 4) return 0;
  size_t e = end;
  while (e < sc->len && (s[e] == ' ' || s[e] == '\r' || s[e] == '\t')) e++;
  if (e < sc->len && s[e] != '\n') return 0;
  for (size_t p = start; p < end; p++)
    if ((s[p] >= 'a' && s[p] <= 'z')) return 0;
  return 1;
}

/* The name of a company without its legal form at the end: "TruCap Finance" for
** "TruCap Finance Ltd", "Delmont Partners" for "Delmont Partners, Inc.", as the built-in
** names are ("Tesla" for "Tesla Inc."). The legal forms are the short ones (Ltd, Inc.,
** Corp., Pvt …), those written in capitals (LLC, PLC, AG, SA …), and Limited,
** Incorporated and Private before them; "& Co." stays ("Allen & Co."). Returns the end
** of the name, never before its first word. */
static size_t legal_form_start(const scan *sc, size_t start, size_t end) {
  const unsigned char *s = sc->s;
  size_t e = end;
  for (int i = 0; i < 3; i++) {
    size_t we = e;
    if (we > start && s[we - 1] == '.') we--;
    size_t ws = ascii_word_start(s, start, we);
    if (ws == we || ws == start) break;
    unsigned mask = phrase_mask(sc, ws, we);
    int capitals = we - ws <= 4;
    for (size_t p = ws; p < we && capitals; p++) capitals = s[p] >= 'A' && s[p] <= 'Z';
    int long_form = (we - ws == 7 && memcmp(s + ws, "Limited", 7) == 0) ||
                    (we - ws == 12 && memcmp(s + ws, "Incorporated", 12) == 0) ||
                    (we - ws == 7 && memcmp(s + ws, "Private", 7) == 0 && e < end);
    if (!((mask & G_LEGAL_ABBREV) || ((mask & G_ORGSUFFIX) && capitals) || long_form)) break;
    size_t b = ws; /* the gap before: spaces, a comma; not " & " */
    while (b > start && (s[b - 1] == ' ' || s[b - 1] == '\n')) b--;
    if (b > start && s[b - 1] == '&') break;
    if (b > start && s[b - 1] == ',') b--;
    if (b == start) break;
    e = b;
  }
  return e;
}

/* Has the word that ends at end the class? */
static int last_word_is(const scan *sc, size_t end, unsigned cls) {
  size_t ws = ascii_word_start(sc->s, 0, end);
  return ws < end && (phrase_mask(sc, ws, end) & cls) != 0;
}

/* Is the run [start, end) of `words` words a person's name by its shape: two to
** four words, the first a given name, no " & " ("Marcel Ospel", not "Morgan &
** Co")? */
static int given_word(const scan *sc, size_t ws, size_t we) {
  tf_trie_hit hits[2];
  int n = tf_trie_match(given.trie, sc->s, we, ws, hits, 2);
  for (int i = 0; i < n; i++)
    if (hits[i].end == we) return 1;
  return 0;
}

static int given_name(const scan *sc, size_t start, size_t end, unsigned words) {
  if (words < 2 || words > 4 || memchr(sc->s + start, '&', end - start)) return 0;
  size_t first = word_end(sc->s, sc->len, start);
  /* written as a name ("Erico", or a byline in capitals: "PHILIPPE ORFALI"), not as an
  ** acronym before a name ("ERICO Global") */
  if (first - start >= 2 && sc->s[start + 1] >= 'A' && sc->s[start + 1] <= 'Z')
    for (size_t p = first; p < end; p++)
      if (sc->s[p] >= 'a' && sc->s[p] <= 'z') return 0;
  return given_word(sc, start, first);
}

/* May a lower-case alias start with the word at p (its first byte folded: first)? The
** filter of its first three letters (tf_alias.h); a byte other than an ASCII letter among
** them ends the word's letters, unless it is not ASCII (then: maybe). */
static int lower_prefix_may(const tf_entity_set *set, const unsigned char *s, size_t len, size_t p,
                            unsigned char first) {
  unsigned char c1 = p + 1 < len ? s[p + 1] : 0;
  if (c1 >= 0x80) return 1;
  unsigned k1 = tf_ascii_letter_fold[c1], k2 = 0; /* in lower case, if letters */
  if (k1 && p + 2 < len) {
    if (s[p + 2] >= 0x80) return 1;
    k2 = tf_ascii_letter_fold[s[p + 2]];
  }
  unsigned key = tf_alias_prefix_key(first, k1, k2);
  return set->lower_prefix[key >> 3] >> (key & 7) & 1;
}

static int inner_capital(const unsigned char *s, size_t ws, size_t we);

/* [start, end) an acronym ("SAP", "BMW") or a brand's spelling with a capital after a
** lower-case letter ("DeepL", "BioNTech")? Not a German compound ("KI-Rechenzentrum",
** "Corona-Hilfspaket"). */
static int acronym_or_brand(const unsigned char *s, size_t start, size_t end) {
  if (end - start < 2 || memchr(s + start, '-', end - start)) return 0;
  for (size_t p = start; p < end; p++)
    if (s[p] >= 'a' && s[p] <= 'z') return inner_capital(s, start, end);
  return 1;
}

static void close_run(scan *sc) {
  run *r = &sc->r;
  if (!r->open) return;
  r->open = 0;
  if (!r->named) return; /* "Ministry", "High" alone */
  size_t start = r->start, end = r->end;
  if (!r->pending_end) end = legal_tail(sc, domain_end(sc, end));
  if (r->suffix_org && r->words >= 2)
    start = number_before(sc->s, start); /* "360 Capital Partners" */
  int hint = r->hint;
  if (hint < 0) hint = hint_after(sc, end);
  if (r->words == 1) {
    /* Short words alone ("Xi", "Q3") are not guessed; a letter never is. */
    size_t chars = 0;
    for (size_t p = start; p < end; p++) chars += (sc->s[p] & 0xC0) != 0x80;
    if (chars < 2 || (chars < 3 && hint < 0)) return;
  }
  if (tf_utf8_inside_character(sc->s, sc->len, end)) return; /* see tf_utf8.h */
  if (overlaps_last(sc, start)) return;
  if (hint < 0 && index_after(sc, end)) return; /* "the FTSE 100 index": no name */
  int kind = hint >= 0                           ? hint
             : r->article_place && r->words == 2 ? TF_KIND_PLACE /* "In The Americas, …" */
             /* "… Employment Guarantee Scheme", "Inflation Reduction Act": a product */
             : r->words >= 2 && last_word_is(sc, end, G_PRODUCT_SUFFIX) ? TF_KIND_PRODUCT
             /* "Plano Brasileiro de Inteligência Artificial": a public scheme */
             : r->lead == LEAD_HEAD &&
                 (phrase_mask(sc, start, word_end(sc->s, sc->len, start)) & G_PRODUCT_HEAD)
               ? TF_KIND_PRODUCT
             : r->suffix_org || r->lead == LEAD_HEAD ? TF_KIND_ORG
             : r->model                              ? TF_KIND_PRODUCT
             : given_name(sc, start, end, r->words)  ? TF_KIND_PERSON
                                                     : TF_KIND_UNKNOWN;
  /* A person's name in a headline or on a line of its own (a byline) is a name; so
  ** is a company's in capitals on a line of its own (the heading of a news brief),
  ** and an institution's written out ("Ministry of Home Affairs: ₹2.03 lakh crore"). */
  int institution = r->lead == LEAD_HEAD && r->named && r->words >= 2 && !r->pending_end;
  /* a legal form says it is a company's name, even on a line of its own */
  int legal = r->suffix_org && legal_form_start(sc, start, end) != end;
  int weak = hint < 0 && (r->in_aside ||
                          (title_line(sc) && kind != TF_KIND_PERSON && !institution && !legal &&
                           !capitals_line(sc, start, end)) ||
                          (r->at_sentence_start && r->words == 1 &&
                           !capitals_line(sc, start, end) && !subject_of_verb(sc, end)) ||
                          /* German capitalises every noun: one capitalised word is a name
                          ** only with evidence somewhere (a hint, a legal form), or written
                          ** in capitals or with inner ones ("SAP", "DeepL") */
                          (0 && sc->nouns_capitalised && r->words == 1 && !r->model &&
                           !r->suffix_org && !acronym_or_brand(sc->s, start, end)));
  char name[512];
  size_t n = collapse_spaces(sc->s, sc->len, start, legal_form_start(sc, start, end), name,
                             sizeof name);
  char key[2048];
  int k = tf_fold_string(name, (int)n, key, sizeof key);
  if (k <= 0) return;
  guess_rec *grown = tf_grow(sc->guesses, sc->guess_count, &sc->guess_capacity, sizeof *grown, 16);
  if (!grown) {
    sc->nomem = 1;
    return;
  }
  sc->guesses = grown;
  int64_t key_off = tf_strings_add(&sc->keys, key, (size_t)k);
  if (key_off < 0 || list_push(sc, start, end, name, n, kind, TF_SOURCE_GUESS, NULL)) {
    sc->nomem = 1;
    return;
  }
  sc->last_mention_end = end + 1;
  guess_rec *g = &sc->guesses[sc->guess_count++];
  g->mention = sc->out->count - 1;
  g->key = (uint32_t)key_off;
  g->words = r->words;
  g->kind = kind;
  g->weak = weak;
  g->dropped = 0;
}

/* Is s[ws..we) a model number: digits with letters ("910B"), or 2..5 digits
** that are not a year? */
static int model_token(const unsigned char *s, size_t ws, size_t we) {
  size_t digits = 0, letters = 0;
  for (size_t p = ws; p < we; p++) {
    if (s[p] >= '0' && s[p] <= '9') digits++;
    else if (s[p] < 0x80) letters++;
    else return 0;
  }
  if (!digits || we - ws > 10) return 0;
  if (letters) return 1;
  if (digits < 2 || digits > 5) return 0;
  if (digits == 4 && (s[ws] == '1' || s[ws] == '2') && (s[ws + 1] == '9' || s[ws + 1] == '0'))
    return 0; /* 19xx, 20xx: a year */
  return 1;
}

/* "2.5", "3.5" at [ws, we) (we ends the digits before the dot): the end of a
** version number of one to three digits, a dot and one or two digits; else we. */
static size_t version_end(const unsigned char *s, size_t len, size_t ws, size_t we) {
  if (we == ws || we - ws > 3 || we + 1 >= len || s[we] != '.') return we;
  for (size_t p = ws; p < we; p++)
    if (s[p] < '0' || s[p] > '9') return we;
  size_t e = we + 1;
  while (e < len && e - we <= 3 && s[e] >= '0' && s[e] <= '9') e++;
  if (e == we + 1 || e - we > 3 || (e < len && (A_WORD(ascii_class(s[e])) || s[e] >= 0x80)))
    return we;
  return e;
}

/* "125 170 000": is a group of three digits (then no digit) after the number that
** ends at we? The number is an amount, not a model. */
static int digit_group_after(const unsigned char *s, size_t len, size_t we) {
  size_t p = we;
  if (p + 4 > len || (s[p] != ' ' && !(p + 1 < len && s[p] == 0xC2 && s[p + 1] == 0xA0))) return 0;
  p += s[p] == ' ' ? 1 : 2;
  if (p + 3 > len) return 0;
  for (int i = 0; i < 3; i++)
    if (s[p + i] < '0' || s[p + i] > '9') return 0;
  return p + 3 == len || s[p + 3] < '0' || s[p + 3] > '9';
}

/* The gap between two words of a run: one space (a run of them), a hyphen,
** or " & "; after an elided particle ("de l’Économie"), an apostrophe. */
static int run_gap_ok(const unsigned char *s, size_t len, size_t from, size_t to) {
  if (from == to) return 0;
  size_t next;
  if (tf_char_class(tf_utf8_decode(s, len, from, &next)) == TF_CC_APOSTROPHE && next == to &&
      from > 0 &&
      (s[from - 1] == 'l' || s[from - 1] == 'd' || s[from - 1] == 'L' || s[from - 1] == 'D') &&
      (from < 2 || !A_WORD(ascii_class(s[from - 2]))))
    return 1;
  if (to - from <= 3 && tf_char_class(tf_utf8_decode(s, len, from, &next)) == TF_CC_HYPHEN &&
      next == to)
    return 1;
  size_t p = from;
  int ampersand = 0, newline = 0;
  /* a middle initial: "John F. Kennedy", "Douglas A. Koneff" */
  if (s[p] == '.' && p >= 1 && s[p - 1] >= 'A' && s[p - 1] <= 'Z' &&
      (p < 2 || !A_WORD(ascii_class(s[p - 2]))) && p + 1 < to)
    p++;
  while (p < to) {
    size_t h = tf_hspace_at(s, len, p);
    if (!h && s[p] == '&' && !ampersand && p > from && tf_hspace_at(s, len, p + 1)) {
      ampersand = 1; /* "Johnson & Johnson" */
      h = 1;
    } else if (!h && s[p] == '\n' && !newline) {
      newline = h = 1; /* a line of wrapped text ends (the scan closes runs at others) */
    }
    if (!h) return 0;
    p += h;
  }
  return 1;
}

/* A built-in organisation or product met at [start, end): absorbs a legal
** suffix or a model number that follows, then adds the mention. Returns the
** end of the mention. */
static size_t emit_dictionary(scan *sc, const tf_alias *r, size_t start, size_t end) {
  const char *name = sc->set->strings + r->name;
  size_t name_len = strlen(name);
  char extended[600];
  if (r->kind == TF_KIND_ORG) {
    size_t ws, we;
    end = legal_dot(sc, ascii_word_start(sc->s, start, end), end); /* alias "Tesla Inc" */
    for (int i = 0;
         i < 2 && next_word_amp(sc, end, &ws, &we) && run_gap_ok(sc->s, sc->len, end, ws); i++) {
      size_t next;
      if (tf_letter_case(tf_utf8_decode(sc->s, sc->len, ws, &next)) <= 0) break;
      if (!(phrase_mask(sc, ws, we) & G_ORGSUFFIX)) break;
      end = legal_dot(sc, ws, we); /* "Tesla Inc." */
    }
    end = legal_tail(sc, end); /* "Tesla, Inc." */
  } else if (r->kind == TF_KIND_PRODUCT) {
    size_t ws = end, we;
    if (ws < sc->len && sc->s[ws] == '-') ws++;
    else ws = skip_hspace(sc, ws);
    we = word_end(sc->s, sc->len, ws);
    size_t ve = version_end(sc->s, sc->len, ws, we);
    if (ws > end && we > ws && ws - end <= 3 && (ve > we || model_token(sc->s, ws, we)) &&
        name_len + 1 + (ve - ws) < sizeof extended) {
      memcpy(extended, name, name_len);
      extended[name_len] = ' ';
      memcpy(extended + name_len + 1, sc->s + ws, ve - ws);
      name_len += 1 + (ve - ws);
      name = extended;
      end = ve;
      /* "Gemini 2.5 Pro": a variant after the version */
      if (next_word(sc, end, &ws, &we) && ws == end + 1 && sc->s[end] == ' ' &&
          (phrase_mask(sc, ws, we) & G_VARIANT) && (sc->s[ws] < 'a' || sc->s[ws] > 'z') &&
          name_len + 1 + (we - ws) < sizeof extended) {
        extended[name_len] = ' ';
        memcpy(extended + name_len + 1, sc->s + ws, we - ws);
        name_len += 1 + (we - ws);
        end = we;
      }
    }
  }
  if (tf_utf8_inside_character(sc->s, sc->len, end) || overlaps_last(sc, start)) return end;
  if (list_push(sc, start, end, name, name_len, r->kind, r->source, r->code)) sc->nomem = 1;
  sc->last_mention_end = end + 1;
  return end;
}

static void remember_word(scan *sc, size_t start, size_t end) {
  word_ref *w = &sc->ring[sc->ring_count % RING];
  w->start = start;
  w->end = end;
  sc->ring_count++;
}

/* One decimal place of a Roman numeral from p: one-ten, one-five, or five? one{0,3}. */
static size_t roman_place(const unsigned char *s, size_t p, size_t we, unsigned char one,
                          unsigned char five, unsigned char ten) {
  if (p + 1 < we && s[p] == one && (s[p + 1] == ten || s[p + 1] == five)) return p + 2;
  if (p < we && s[p] == five) p++;
  for (int i = 0; i < 3 && p < we && s[p] == one; i++) p++;
  return p;
}

/* "XXI", "IV", "XXIᵉ": a Roman numeral written the standard way ("CIC" is none), with
** an ordinal mark; not a part of a compound ("CM-CIC"). */
static int roman_numeral(const unsigned char *s, size_t len, size_t ws, size_t we) {
  switch (s[ws]) { /* (most capitalised words start with no numeral's letter) */
    case 'M':
    case 'D':
    case 'C':
    case 'L':
    case 'X':
    case 'V':
    case 'I': break;
    default: return 0; /* (no place would match) */
  }
  if ((ws > 0 && s[ws - 1] == '-') || (we < len && s[we] == '-')) return 0;
  size_t p = ws;
  for (int i = 0; i < 3 && p < we && s[p] == 'M'; i++) p++;
  p = roman_place(s, p, we, 'C', 'D', 'M');
  p = roman_place(s, p, we, 'X', 'L', 'C');
  p = roman_place(s, p, we, 'I', 'V', 'X');
  if (p == ws) return 0;
  if (p == we) return 1;
  /* ᵉ (U+1D49), "e", "er", "th" after the numeral */
  if (we - p == 3 && s[p] == 0xE1 && s[p + 1] == 0xB5 && s[p + 2] == 0x89) return 1;
  if (we - p == 1 && s[p] == 'e') return 1;
  if (we - p == 2 && ((s[p] == 'e' && s[p + 1] == 'r') || (s[p] == 't' && s[p + 1] == 'h')))
    return 1;
  return 0;
}

/* "USD", "KRW", "RMB380", "USD5bn": an ISO currency code, alone or glued to an
** amount, is money (extract_money's), not a name. */
static int currency_code_word(const unsigned char *s, size_t ws, size_t we) {
  if (we - ws < 3) return 0;
  for (size_t p = ws; p < ws + 3; p++)
    if (s[p] < 'A' || s[p] > 'Z') return 0;
  if (we - ws > 3 && (s[ws + 3] < '0' || s[ws + 3] > '9')) return 0;
  char code[4];
  return tf_currency_lookup((const char *)s + ws, 3, code);
}

/* "FY2026", "FY26", "Q3", "H1", "T4": a period's label (a fiscal year, a quarter, a
** half), not a name. */
static int period_label(const unsigned char *s, size_t ws, size_t we) {
  size_t p = ws;
  if (we - p >= 3 && (s[p] == 'F' || s[p] == 'C') && s[p + 1] == 'Y') p += 2;
  else if (we - p >= 2 && strchr("QHST", s[p]) && s[p]) p += 1;
  else return 0;
  if (we - p < 1 || we - p > 4) return 0;
  for (; p < we; p++)
    if (s[p] < '0' || s[p] > '9') return 0;
  return 1;
}

/* Opens a run at [ws, we); lead says how its first word counts (see run). */
static void open_run(scan *sc, size_t ws, size_t we, int lead, int named) {
  run *r = &sc->r;
  int digits = 0, camel = 0;
  for (size_t p = ws; p < we; p++) {
    digits |= sc->s[p] >= '0' && sc->s[p] <= '9';
    camel |= p > ws && sc->s[p] >= 'A' && sc->s[p] <= 'Z' && sc->s[p - 1] >= 'a' &&
             sc->s[p - 1] <= 'z';
  }
  close_run(sc);
  r->open = 1;
  r->start = ws;
  r->end = we;
  r->pending_end = 0;
  r->words = 1;
  r->particles = 0;
  r->named = named != 0;
  r->lead = lead;
  r->sealed = 0;
  r->article = r->article_place = 0;
  r->hint = hint_before(sc, ws);
  r->suffix_org = 0;
  r->model = digits;
  /* "ARKTechNews", "DeepSeek": inner capitals are no common word, even first */
  r->at_sentence_start = sc->sentence_start && !camel;
  r->in_aside = sc->aside;
}

/* Was the open run opened by a head in lower case ("famille", "ministère")? */
static int lower_case_head(const scan *sc) {
  return (sc->s[sc->r.start] | 0x20) == sc->s[sc->r.start];
}

static void extend_run(scan *sc, size_t we, int named) {
  run *r = &sc->r;
  r->end = we;
  r->words++;
  r->named += named != 0;
  r->pending_end = 0;
  r->particles = 0;
}

/* Does the next word, after spaces, start with a capital? */
static int capital_next(const scan *sc, size_t end) {
  size_t p = skip_hspace(sc, end), next;
  return p > end && p < sc->len && tf_letter_case(tf_utf8_decode(sc->s, sc->len, p, &next)) > 0;
}

/* "Rs 207", "Swiss Francs": a currency before a number, or a currency's name in
** the plural, is money, not a name. */
static int currency_word(const scan *sc, size_t ws, size_t we) {
  const unsigned char *s = sc->s;
  int number_after = we + 1 < sc->len && s[we] == ' ' && s[we + 1] >= '0' && s[we + 1] <= '9';
  int plural = we - ws >= 4 && s[we - 1] == 's';
  if (!(number_after || plural) || we - ws > 24) return 0;
  if (we - ws >= 3) { /* no currency's name starts with these three letters */
    unsigned char a = s[ws] | 0x20, b = s[ws + 1] | 0x20, c = s[ws + 2] | 0x20;
    if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && c >= 'a' && c <= 'z') {
      unsigned i = tf_currency_trigram(a, b, c);
      if (!(tf_currencies_get()->first_trigrams[i >> 3] >> (i & 7) & 1)) return 0;
    }
  }
  char code[4];
  return tf_currency_lookup((const char *)s + ws, we - ws, code);
}

/* "CEOs", "MPs", "SOEs": an abbreviation in the plural is a common noun. */
static int plural_abbreviation(const unsigned char *s, size_t ws, size_t we) {
  if (we - ws < 3 || s[we - 1] != 's') return 0;
  for (size_t p = ws; p + 1 < we; p++)
    if (s[p] < 'A' || s[p] > 'Z') return 0;
  return 1;
}

/* The next word after spaces, or after the apostrophe of an elided particle ("l’",
** "d’"): its bounds, or 0. */
static int next_token(const scan *sc, size_t p, size_t *ws, size_t *we) {
  size_t q = skip_hspace(sc, p), next;
  if (q == p) { /* no space: only an apostrophe ("de l’Économie") */
    if (q >= sc->len || tf_char_class(tf_utf8_decode(sc->s, sc->len, q, &next)) != TF_CC_APOSTROPHE)
      return 0;
    q = next;
  }
  size_t e = word_end(sc->s, sc->len, q);
  if (e == q) return 0;
  *ws = q;
  *we = e;
  return 1;
}

/* An institution's name written the French way, with words in lower case between its
** head and a capitalised name: "Banque agricole de Chine", "Confédération des
** entreprises de Chine", "Commission des finances du Conseil national". After the
** head [hs, he): particles, adjectives and nouns in lower case (no stop word), then
** a particle and a capitalised word (or more, and an adjective after them); at most
** nine words. Returns the end of the name when some word in lower case is in it (the
** other names are runs of their own), else 0; *words counts its words. */
static size_t institution_end(scan *sc, size_t he, unsigned *words) {
  const unsigned char *s = sc->s;
  size_t p = he, ws, we, best = 0, next;
  int lower = 0, particle = 0, capital = 0, after_conjunction = 0;
  unsigned count = 1;
  for (int i = 0; i < 9 && next_token(sc, p, &ws, &we); i++) {
    unsigned mask = phrase_mask(sc, ws, we);
    int up = tf_letter_case(tf_utf8_decode(s, sc->len, ws, &next)) > 0;
    int conjunction = conjunction_word(s, ws, we);
    int article = (we - ws == 1 && s[ws] == 'l') || (we - ws == 2 && memcmp(s + ws, "la", 2) == 0);
    if (!up && (mask & G_HEAD_PARTICLE)) {
      /* "… de Chine et l'Association …", "Cour suprême et la Banque": two names */
      if ((capital && conjunction) || (after_conjunction && article)) break;
      after_conjunction = conjunction;
      particle = 1;
      capital = 0;
    } else if (!up) {
      after_conjunction = 0;
      if (capital && (mask & G_HEAD_ADJECTIVE)) best = we; /* "du Conseil national" */
      else if (capital || (mask & G_STOP) || we - ws < 3) break;
      else lower = 1;
      particle = 0;
    } else {
      if (!particle && !capital) break; /* a capital after a particle only */
      if ((mask & (G_STOP | G_PERSON)) && !(mask & (G_HEAD | G_COMMON))) break;
      capital = 1;
      particle = 0;
      best = we;
    }
    count++;
    p = we;
    if (best == we) *words = count;
  }
  return lower ? best : 0;
}

/* A capitalised word [ws, we) that no alias covers. Returns where the scan goes on:
** we, or the end of a name read ahead (institution_end). */
/* A capitalised word's classes (mask, its phrase_mask) with G_COMMON when it has none and
** the dictionary writes it in lower case ("Gobierno", "Paese", German "Künstliche",
** "Gaming"): a common word, a name only inside a longer one. */
static unsigned lower_case_common(const scan *sc, size_t ws, size_t we, unsigned mask) {
  if (!mask && tf_lower_word(sc->text_lang, sc->s, ws, we) && !given_word(sc, ws, we))
    return G_COMMON;
  return mask;
}

static size_t capitalised_word(scan *sc, size_t ws, size_t we) {
  unsigned mask = phrase_mask(sc, ws, we);
  /* (German: asked only where the answer counts, below; most capitalised words of a German
  ** text are nouns of the dictionary, which end here without it) */
  int lower_asked = !sc->nouns_capitalised;
  if (lower_asked) mask = lower_case_common(sc, ws, we, mask);
  run *r = &sc->r;
  if (domain_end(sc, we) != we) { /* "Trends.be": a site's name, whatever the word */
    open_run(sc, ws, we, LEAD_NAME, 1);
    r->at_sentence_start = 0;
    return we;
  }
  /* German: the genitive of a known name is its mention ("der Umsatz Nvidias") */
  const tf_alias *known;
  if (sc->nouns_capitalised && !mask && we - ws >= 4 && sc->s[we - 1] == 's') {
    mask = lower_case_common(sc, ws, we, mask);
    lower_asked = 1;
    if (!mask && (known = genitive_of(sc, ws, we)) != NULL) {
      close_run(sc);
      emit_dictionary(sc, known, ws, we);
      return we;
    }
  }
  /* German: a common noun of the dictionary ends a name and opens none ("Umsatz
  ** Nvidias", "Modekette H&M", "KI-Boom"), nor does a compound of a hint
  ** ("Lebensmitteldiscounter Lidl"); not a word of names ("Bank"), nor a surname
  ** after a first name ("Thomas Müller") */
  if (sc->nouns_capitalised && !(mask & (G_ORGSUFFIX | G_HEAD | G_HINTS | G_LEGAL_ABBREV)) &&
      !(r->open && r->words == 1 && !r->pending_end && r->end + 1 == ws &&
        given_word(sc, r->start, r->end)) &&
      german_common(sc, ws, we)) {
    close_run(sc);
    return we;
  }
  if (!lower_asked) mask = lower_case_common(sc, ws, we, mask); /* (G_COMMON: not above) */
  size_t from = r->pending_end ? r->pending_end : r->end;
  /* a legal suffix may end a name of up to two words more ("… Hauer & Feld LLP") */
  int joins = r->open && r->words < MAX_RUN_WORDS + ((mask & G_ORGSUFFIX) ? 2u : 0u) &&
              run_gap_ok(sc->s, sc->len, from, ws);
  if (joins && (mask & G_HEAD) && r->pending_end) joins = 0; /* "Conseil fédéral et la Banque" */
  if (joins && (mask & G_LEGAL_ABBREV) && we < sc->len && sc->s[we] == '.')
    mask |= G_ORGSUFFIX;               /* "Co." in French text too */
  if ((mask & G_ORGSUFFIX) && joins) { /* "Xiaomo Group", "Deutsche Bank" */
    /* after a head and a particle it names: "Ministry of Railways" */
    /* and "British Airways", "High Capital" name */
    extend_run(sc, we, r->lead == LEAD_COMMON || (r->lead == LEAD_HEAD && r->pending_end));
    r->suffix_org = 1;
    r->end = legal_dot(sc, ws, we); /* "State Grid Corp." */
    r->sealed = r->end != we;
    return we;
  }
  if (r->sealed) joins = 0;
  /* a middle initial after a first name, even where the letter is a word ("Douglas A.
  ** Koneff": Portuguese "A") */
  if (joins && we - ws == 1 && we + 2 < sc->len && sc->s[we] == '.' && sc->s[we + 1] == ' ' &&
      sc->s[we + 2] >= 'A' && sc->s[we + 2] <= 'Z' && r->words == 1 &&
      given_word(sc, r->start, r->end)) {
    extend_run(sc, we, 1);
    return we;
  }
  if (joins && (mask & (G_COMMON | G_HEAD)) &&
      (r->lead == LEAD_HEAD || r->named >= 2 || !title_line(sc))) {
    /* "Pay Centre", "Banque"; "Ministry of Rural Development: ₹1.77 lakh crore"; after a
    ** head and a particle, a common word names: "ministère de l'Économie" */
    extend_run(sc, we, r->lead == LEAD_HEAD && r->pending_end);
    return we;
  }
  if (joins && (mask & G_FILLER) && !(mask & G_STOP) && !r->pending_end) {
    extend_run(sc, we, 0); /* "Maison Lumière Privée": an adjective, capitalised in a name */
    return we;
  }
  if (joins && r->lead == LEAD_HEAD && r->pending_end && (mask & G_STOP) &&
      !(mask & (G_PERSON | G_FILLER))) { /* "Ministry of Defence" */
    extend_run(sc, we, 1);
    return we;
  }
  size_t name_end;
  unsigned name_words = 0;
  if ((mask & G_HEAD) && !title_line(sc) && (name_end = institution_end(sc, we, &name_words))) {
    close_run(sc); /* "Banque agricole de Chine" */
    open_run(sc, ws, we, LEAD_HEAD, 1);
    sc->r.end = name_end;
    sc->r.words = name_words;
    close_run(sc);
    return name_end;
  }
  if (mask & G_HEAD) { /* "Ministry of", "Banque Populaire": a name if one follows */
    /* "Confédération", "Parlement" alone are names; "Ministry", "Bank" are not */
    open_run(sc, ws, we, LEAD_HEAD, !(mask & (G_ORGSUFFIX | G_STOP | G_HINTS | G_COMMON)));
    return we;
  }
  int article_or_nationality = (mask & (G_STOP | G_FILLER)) == (G_STOP | G_FILLER) &&
                               !(mask & G_HINTS); /* "the American AI Initiative", "The Americas" */
  if ((((mask & (G_COMMON | G_ORGSUFFIX)) && !(mask & (G_STOP | G_HINTS | G_LEGAL_ABBREV)) &&
        we - ws >= 4) || /* not a legal form: "Co Ltd" opens no name */
       article_or_nationality) &&
      !sc->sentence_start && capital_next(sc, we) && !title_line(sc)) {
    /* mid-sentence: "the High Pay Centre", "Technology Crossover Ventures" */
    open_run(sc, ws, we, LEAD_COMMON, 0);
    r->article = article_or_nationality;
    return we;
  }
  int roman = roman_numeral(sc->s, sc->len, ws, we);
  if (roman && joins && r->words == 1 && given_word(sc, r->start, r->end)) {
    extend_run(sc, we, 1); /* "Louis XIV", "Charles III": a regnal number */
    return we;
  }
  if ((mask & (G_STOP | G_HINTS | G_FILLER | G_ORGSUFFIX | G_COMMON)) || roman ||
      currency_code_word(sc->s, ws, we) || currency_word(sc, ws, we) ||
      plural_abbreviation(sc->s, ws, we) || period_label(sc->s, ws, we)) {
    close_run(sc);
    return we;
  }
  if (joins) {
    int digits = 0;
    for (size_t p = ws; p < we; p++) digits |= sc->s[p] >= '0' && sc->s[p] <= '9';
    if (r->lead == LEAD_HEAD && !r->named && lower_case_head(sc) && given_word(sc, ws, we)) {
      open_run(sc, ws, we, LEAD_NAME, 1); /* "le ministère de Bruno Le Maire": a person's */
      return we;
    }
    extend_run(sc, we, 1);
    r->model |= digits;
    return we;
  }
  open_run(sc, ws, we, LEAD_NAME, 1);
  return we;
}

/* After a name's first words (ending at from): up to four capitalised words, of which
** the last is a legal suffix ("Reliance" + " New Energy Solar Ltd"); an "and" or "et"
** only right before the legal form ("Shapoorji Pallonji and Company Private Ltd": "X
** and Y Partners" is two names). The end of that suffix (and its dot), or 0; *words
** counts the words. Not in headlines. */
static size_t suffix_name_end(scan *sc, size_t from, unsigned *words) {
  const unsigned char *s = sc->s;
  size_t p = from, ws, we, next;
  int conjunction = 0;
  unsigned count = 0;
  size_t best = 0; /* the end of the last legal suffix met */
  *words = 0;
  for (int i = 0; i < 6; i++) {
    if (!next_word_amp(sc, p, &ws, &we)) break;
    unsigned mask = phrase_mask(sc, ws, we);
    if ((mask & G_LEGAL_ABBREV) && we < sc->len && s[we] == '.') mask |= G_ORGSUFFIX;
    int gap = run_gap_ok(s, sc->len, p, ws);
    if (!conjunction && gap && tf_hspace_at(s, sc->len, p) && conjunction_word(s, ws, we)) {
      conjunction = 1; /* "Sterling and Wilson" */
      p = we;
      continue;
    }
    if (!gap || tf_letter_case(tf_utf8_decode(s, sc->len, ws, &next)) <= 0 ||
        ((mask & (G_STOP | G_HINTS)) && !(mask & G_ORGSUFFIX)) ||
        (conjunction == 1 && !(mask & G_ORGSUFFIX)))
      break; /* a legal form may also be a hint ("Company") */
    conjunction += conjunction;
    count++;
    p = we;
    if (mask & G_ORGSUFFIX) { /* "Energy", then maybe "Solar Ltd" */
      best = legal_dot(sc, ws, we);
      *words = count;
      if (best != we) break; /* "Corp.": the name ends */
    }
  }
  return best && !title_line(sc) ? best : 0;
}

/* A name [start, end) found whole ahead of the scan: one guess, then closed. */
static void whole_name(scan *sc, size_t start, size_t end, unsigned words) {
  open_run(sc, start, word_end(sc->s, sc->len, start), LEAD_NAME, 1);
  sc->r.end = end;
  sc->r.words = words;
  sc->r.suffix_org = 1;
  close_run(sc);
}

/* Outside a run, may the word [ws, we), not capitalised, be a head in lower case that
** opens one ("famille Agnelli", "gouvernement du Québec")? Those are long words followed
** by a capital or a "d…" particle, which most words are not: no look-up for them. */
static inline int lowhead_may(const scan *sc, size_t ws, size_t we) {
  const unsigned char *s = sc->s;
  return we - ws >= LOWHEAD_MIN && lowhead_first[s[ws]] && we + 1 < sc->len && s[we] == ' ' &&
         ((s[we + 1] >= 'A' && s[we + 1] <= 'Z') || s[we + 1] >= 0x80 || s[we + 1] == 'd');
}

/* A word that does not start with a capital: a particle or model number may
** continue a run; anything else ends it. Outside a run, only a head in lower case counts
** (the scan calls it there only where lowhead_may). */
static void other_word(scan *sc, size_t ws, size_t we) {
  run *r = &sc->r;
  if (!r->open) {
    if (phrase_mask(sc, ws, we) & G_LOWHEAD) open_run(sc, ws, we, LEAD_HEAD, 0);
    return;
  }
  size_t from = r->pending_end ? r->pending_end : r->end;
  size_t apostrophe_next;
  unsigned owners;
  if (!r->pending_end && we == ws + 1 && (sc->s[ws] == 't' || sc->s[ws] == 's') && ws > r->end &&
      tf_char_class(tf_utf8_decode(sc->s, sc->len, r->end, &apostrophe_next)) == TF_CC_APOSTROPHE &&
      apostrophe_next == ws &&
      (sc->s[ws] == 't' ? capital_next(sc, we) : suffix_name_end(sc, we, &owners) != 0)) {
    /* "Don't Nod", "Shan't Stop Games": a contraction inside a name; "Lowe's Companies
    ** Inc", "McDonald's Corp": a possessive inside a company's own name */
    r->end = we;
    return;
  }
  if (r->lead == LEAD_HEAD && !r->pending_end && r->words == 1 && !lower_case_head(sc) &&
      run_gap_ok(sc->s, sc->len, r->end, ws) && (phrase_mask(sc, ws, we) & G_HEAD_ADJECTIVE)) {
    extend_run(sc, we, 1); /* "Conseil fédéral", "Assemblée nationale" */
    return;
  }
  /* (German: a model number after an acronym or a brand, "RTX 5090", not after a noun:
  ** "Finanzierungsrunde 300 Millionen") */
  if (!r->pending_end && model_token(sc->s, ws, we) && !digit_group_after(sc->s, sc->len, we) &&
      run_gap_ok(sc->s, sc->len, r->end, ws) &&
      !(sc->nouns_capitalised && r->words == 1 && !acronym_or_brand(sc->s, r->start, r->end))) {
    r->end = we;
    r->words++;
    r->model = 1;
    return;
  }
  unsigned words;
  size_t name_end;
  if (r->lead == LEAD_NAME && !r->pending_end && r->words < 4 && conjunction_word(sc->s, ws, we) &&
      (name_end = suffix_name_end(sc, r->end, &words)) != 0) {
    r->pending_end = we; /* "Shapoorji Pallonji and Company Private Ltd" */
    r->particles++;
    return;
  }
  /* after a legal suffix, "de" or "du": "Power Corporation du Canada" */
  int de = we - ws == 2 && sc->s[ws] == 'd' && (sc->s[ws + 1] == 'e' || sc->s[ws + 1] == 'u');
  unsigned particles = G_CONNECTOR |
                       (r->lead == LEAD_HEAD || (r->suffix_org && de) ? G_HEAD_PARTICLE : 0);
  /* German: "der", "von" join a person's name ("Ursula von der Leyen"), not two nouns
  ** ("Umsatz der Kelvora GmbH", "Marken der Lebensmitteldiscounter") */
  if (sc->nouns_capitalised && r->lead != LEAD_HEAD && !r->particles &&
      !(r->words == 1 && given_word(sc, r->start, r->end)))
    particles &= ~(unsigned)G_CONNECTOR;
  /* after a head alone, only its particles ("Ministerio de …"), and not a conjunction:
  ** "Gobierno y Tecnología" is two common words */
  if (r->lead == LEAD_HEAD && !r->named && !r->particles) {
    particles &= ~(unsigned)G_CONNECTOR;
    if (conjunction_word(sc->s, ws, we)) particles &= ~(unsigned)G_HEAD_PARTICLE;
  }
  /* Portuguese, Spanish: "de", "e" join the surnames of a person ("Miguel Stilwell de
  ** Andrade", "Madalena Oliveira e Silva"), not two names */
  /* (not before another first name: "Miguel Stilwell e Madalena Oliveira" are two) */
  size_t nws, nwe;
  if (r->lead == LEAD_NAME && !r->pending_end && r->words >= 2 && r->words <= 3 &&
      given_word(sc, r->start, word_end(sc->s, sc->len, r->start)) &&
      !(next_word(sc, we, &nws, &nwe) && given_word(sc, nws, nwe)))
    particles |= G_PERSON_PARTICLE;
  if (r->particles < 2 && tf_hspace_at(sc->s, sc->len, from) &&
      run_gap_ok(sc->s, sc->len, from, ws) && (phrase_mask(sc, ws, we) & particles)) {
    r->pending_end = we;
    r->particles++;
    return;
  }
  close_run(sc);
}

/* Is the last particle of the open run "and" or "et"? */
static int after_conjunction(const scan *sc) {
  size_t e = sc->r.pending_end;
  const unsigned char *s = sc->s;
  if (e >= 4 && memcmp(s + e - 4, " and", 4) == 0) return 1;
  return e >= 3 && memcmp(s + e - 3, " et", 3) == 0;
}

/* A place's name at [ps, pe) inside a longer capitalised name: after the words of
** an open run ("Bank of Scotland", "Postmedia Network Canada"), or before a
** capitalised word that is no common word nor a known name ("China Railway Group",
** "Zurich Financial Services"); not in a headline. Extends or opens the run, and
** returns 1; else 0 (the place is a name of its own). */
static int place_in_name(scan *sc, size_t ps, size_t pe) {
  run *r = &sc->r;
  size_t from = r->pending_end ? r->pending_end : r->end;
  if (r->open && r->words < MAX_RUN_WORDS && run_gap_ok(sc->s, sc->len, from, ps)) {
    if (title_line(sc)) return 0;
    /* a person's name ends before a place: "Christof Kerkmann Düsseldorf" (a byline) */
    if (r->lead == LEAD_NAME && r->words >= 2 && !r->pending_end &&
        given_word(sc, r->start, word_end(sc->s, sc->len, r->start)))
      return 0;
    /* "le gouvernement de Pékin" is Beijing's; "le gouvernement du Québec" a name */
    if (r->lead == LEAD_HEAD && !r->named && lower_case_head(sc) &&
        !(ps >= 3 && memcmp(sc->s + ps - 3, "du ", 3) == 0))
      return 0;
    /* not "Bank of Scotland and China …"; not "East India" (a direction, then the place) */
    if (!after_conjunction(sc) && !(r->lead == LEAD_COMMON && !r->named && !r->article)) {
      r->article_place = r->article && r->words == 1 && r->end - r->start == 3 &&
                         (sc->s[r->start] | 0x20) == 't' && (sc->s[r->start + 1] | 0x20) == 'h' &&
                         (sc->s[r->start + 2] | 0x20) == 'e';
      extend_run(sc, pe, 1);
      return 1;
    }
  }
  size_t ws, we, next, end;
  if (!next_word(sc, pe, &ws, &we) || !run_gap_ok(sc->s, sc->len, pe, ws) ||
      tf_letter_case(tf_utf8_decode(sc->s, sc->len, ws, &next)) <= 0)
    return 0;
  unsigned mask = phrase_mask(sc, ws, we);
  if ((mask & (G_STOP | G_HINTS | G_FILLER | G_COMMON)) || roman_numeral(sc->s, sc->len, ws, we) ||
      currency_code_word(sc->s, ws, we) || tf_alias_at(sc->set, sc->s, sc->len, ws, &end) ||
      title_line(sc))
    return 0;
  open_run(sc, ps, pe, LEAD_NAME, 1);
  return 1;
}

/* Does a '.' at p end a sentence? Not after an initial or a title ("M.",
** "Dr."), nor inside "01.ai" or "3.5". */
static int dot_ends_sentence(const scan *sc, size_t p) {
  if (p + 1 < sc->len) {
    unsigned char b = sc->s[p + 1];
    int after_ok;
    if (b >= 0x80) after_ok = tf_hspace_at(sc->s, sc->len, p + 1) != 0;
    else
      after_ok = ascii_class(b) == A_SPACE || ascii_class(b) == A_NEWLINE || b == '"' || b == ')';
    if (!after_ok) return tf_sentence_glued_stop(sc->s, sc->len, 0, p);
  }
  const word_ref *w = ring_back(sc, 0);
  if (w && w->end == p) {
    if (w->end - w->start == 1 && ascii_class(sc->s[w->start]) == A_UPPER) return 0;
    /* "M.", "Dr.", "Corp." are capitalised; "… 600 million times." ends a sentence */
    if (sc->s[w->start] >= 'A' && sc->s[w->start] <= 'Z' &&
        (phrase_mask(sc, w->start, w->end) & (G_PERSON | G_ORGSUFFIX)))
      return 0;
  }
  return 1;
}

/* Unifies the guesses of one text (see the header comment). */
typedef struct key_slot {
  uint32_t key; /* offset + 1; 0 = empty */
  int32_t value;
} key_slot;

static uint64_t hash_str(const char *s) {
  uint64_t h = TF_WORD_HASH_SEED;
  for (; *s; s++) h = tf_word_hash_byte(h, (unsigned char)*s);
  return h;
}

/* Open addressing over key strings; value -2 marks "several". */
static key_slot *slot_for(key_slot *table, size_t mask, const char *arena, const char *key) {
  size_t i = (size_t)hash_str(key) & mask;
  while (table[i].key && strcmp(arena + table[i].key - 1, key) != 0) i = (i + 1) & mask;
  return &table[i];
}

static int word_byte(unsigned char b) { return b >= 0x80 || A_WORD(ascii_class(b)); }

/* Does s hold the word s[ws..we) ("Bourse") in lower case ("bourse"), as a word?
** Only for a word with one ASCII capital, its first letter. */
static int written_in_lower_case(const unsigned char *s, size_t len, size_t ws, size_t we) {
  size_t n = we - ws;
  if (n < 2 || n > 64 || s[ws] < 'A' || s[ws] > 'Z') return 0;
  for (size_t p = ws + 1; p < we; p++)
    if (s[p] >= 'A' && s[p] <= 'Z') return 0;
  /* the places of its first two letters in lower case, then the rest compared */
  unsigned char first = (unsigned char)(s[ws] | 0x20);
  for (size_t at = 0; (at = tf_pair_next(s, len, at, first, s[ws + 1])) + n <= len; at++)
    if (memcmp(s + at + 2, s + ws + 2, n - 2) == 0 && (at == 0 || !word_byte(s[at - 1])) &&
        (at + n == len || !word_byte(s[at + n])))
      return 1;
  return 0;
}

static int settle_guesses(scan *sc) {
  size_t n = sc->guess_count;
  if (!n) return 0;
  size_t size = 16;
  while (size < n * 16) size *= 2; /* 1. puts up to eight keys per guess */
  key_slot *words = tf_malloc(size * sizeof(key_slot));
  key_slot *groups = tf_malloc(size * sizeof(key_slot));
  int32_t *votes = tf_malloc(n * sizeof(int32_t) * 5);
  if (!words || !groups || !votes) {
    tf_free(words);
    tf_free(groups);
    tf_free(votes);
    return -1;
  }
  memset(words, 0, size * sizeof(key_slot));
  memset(groups, 0, size * sizeof(key_slot));
  memset(votes, 0, n * sizeof(int32_t) * 5);
  const char *arena = sc->keys.p;
  char buffer[2048];
  /* 1. The first words (one or more) and the last word of longer names that are not
  ** weak. */
  for (size_t i = 0; i < n; i++) {
    const guess_rec *g = &sc->guesses[i];
    if (g->words < 2 || g->weak) continue;
    const char *key = arena + g->key;
    const char *space = strchr(key, ' ');
    const char *last = strrchr(key, ' ');
    for (int side = 0; side < 8 && space; side++) {
      /* side 0: the last word; side k: the first k words */
      const char *cut = key;
      for (int k = 0; k < side && cut; k++) cut = strchr(cut + 1, ' ');
      if (side > 0 && !cut) break;
      size_t len = side == 0 ? strlen(last + 1) : (size_t)(cut - key);
      const char *word = side == 0 ? last + 1 : key;
      if (len >= sizeof buffer) continue;
      memcpy(buffer, word, len);
      buffer[len] = 0;
      int64_t off = tf_strings_add(&sc->keys, buffer, len);
      if (off < 0) goto nomem;
      arena = sc->keys.p;
      key = arena + g->key;
      space = strchr(key, ' ');
      last = strrchr(key, ' ');
      key_slot *slot = slot_for(words, size - 1, arena, buffer);
      if (!slot->key) {
        slot->key = (uint32_t)off + 1;
        slot->value = (int32_t)i;
      } else if (slot->value >= 0 && strcmp(arena + sc->guesses[slot->value].key, key) != 0) {
        slot->value = -2;
      }
    }
  }
  /* 2. A name that starts (or, one word, ends) exactly one longer name takes that
  ** name ("Zhang" of "Zhang Yiming", "Texmaco Rail" of "Texmaco Rail and Engineering"). */
  for (size_t i = 0; i < n; i++) {
    guess_rec *g = &sc->guesses[i];
    key_slot *slot = slot_for(words, size - 1, arena, arena + g->key);
    if (!slot->key || slot->value < 0) continue;
    const guess_rec *longer = &sc->guesses[slot->value];
    tf_entity_mention *m = &sc->out->items[g->mention];
    const tf_entity_mention *lm = &sc->out->items[longer->mention];
    m->name = lm->name;
    m->name_len = lm->name_len;
    g->key = longer->key;
    g->weak = 0; /* the longer name vouches for it */
  }
  /* 2a. A surname alone that ends the name of a known person of the text is that
  ** person's ("Musk" after "Elon Musk"): the folded last words of the known people
  ** in a table, then one probe per one-word guess. */
  size_t persons = 0;
  for (size_t j = 0; j < sc->out->count; j++) {
    const tf_entity_mention *p = &sc->out->items[j];
    persons += p->kind == TF_KIND_PERSON && p->source != TF_SOURCE_GUESS;
  }
  if (persons) {
    size_t psize = 16;
    while (psize < persons * 2) psize *= 2;
    key_slot *surnames = tf_malloc(psize * sizeof(key_slot));
    if (!surnames) goto nomem;
    memset(surnames, 0, psize * sizeof(key_slot));
    for (size_t j = 0; j < sc->out->count; j++) {
      const tf_entity_mention *p = &sc->out->items[j];
      if (p->kind != TF_KIND_PERSON || p->source == TF_SOURCE_GUESS) continue;
      const char *name = sc->out->names + (uintptr_t)p->name;
      const char *last = name + p->name_len;
      while (last > name && last[-1] != ' ') last--;
      if (last == name) continue; /* one word: no surname */
      char folded[128];
      int k = tf_fold_string(last, (int)(name + p->name_len - last), folded, sizeof folded);
      if (k <= 0) continue;
      int64_t off = tf_strings_add(&sc->keys, folded, (size_t)k);
      if (off < 0) {
        tf_free(surnames);
        goto nomem;
      }
      arena = sc->keys.p;
      key_slot *slot = slot_for(surnames, psize - 1, arena, arena + off);
      if (!slot->key) {
        slot->key = (uint32_t)off + 1;
        slot->value = (int32_t)j;
      }
    }
    for (size_t i = 0; i < n; i++) {
      guess_rec *g = &sc->guesses[i];
      if (g->words != 1 || g->dropped) continue;
      key_slot *slot = slot_for(surnames, psize - 1, arena, arena + g->key);
      if (!slot->key) continue;
      const tf_entity_mention *p = &sc->out->items[slot->value];
      tf_entity_mention *m = &sc->out->items[g->mention];
      m->name = p->name;
      m->name_len = p->name_len;
      m->kind = TF_KIND_PERSON;
      m->source = p->source;
      g->dropped = 2; /* kept as it is (see 3 and 4) */
    }
    tf_free(surnames);
  }
  /* 2b. A later mention of an acronym the text defined is the long name's. */
  for (size_t i = 0; i < n && sc->acronym_count; i++) {
    guess_rec *g = &sc->guesses[i];
    if (g->words != 1 || g->dropped) continue;
    for (size_t a = 0; a < sc->acronym_count; a++) {
      const acronym_def *d = &sc->acronyms[a];
      if (strcmp(arena + d->key, arena + g->key) != 0) continue;
      tf_entity_mention *m = &sc->out->items[g->mention];
      const tf_entity_mention *long_form = &sc->out->items[d->mention];
      m->name = long_form->name;
      m->name_len = long_form->name_len;
      if (d->guess >= 0) {
        g->key = sc->guesses[d->guess].key;
      } else { /* a built-in name: its kind, and it needs no other mention */
        m->kind = long_form->kind;
        m->source = long_form->source;
        memcpy(m->code, long_form->code, sizeof m->code);
        g->dropped = 2; /* kept as it is (see 3 and 4) */
      }
      break;
    }
  }
  /* 2c. An acronym the text uses without defining it is the longer name whose
  ** capitalised words' initials it spells ("RNESL": Reliance New Energy Solar Ltd;
  ** "SWSL": Sterling and Wilson Solar Ltd). At most a million comparisons a text. */
  size_t comparisons = 0;
  for (size_t i = 0; i < n && comparisons < 1000000; i++) {
    guess_rec *g = &sc->guesses[i];
    const tf_entity_mention *m = &sc->out->items[g->mention];
    size_t alen = m->end - m->start;
    if (g->words != 1 || g->dropped || alen < 3 || alen > 8) continue;
    const unsigned char *a = sc->s + m->start;
    size_t k = 0;
    while (k < alen && a[k] >= 'A' && a[k] <= 'Z') k++;
    if (k < alen) continue;
    for (size_t j = 0; j < n && comparisons < 1000000; j++, comparisons++) {
      const guess_rec *l = &sc->guesses[j];
      if (l->words < 2 || l->dropped || l->key == g->key) continue;
      const tf_entity_mention *lm = &sc->out->items[l->mention];
      const char *name = (const char *)sc->s + lm->start; /* as written, legal form too */
      size_t matched = 0, name_len = lm->end - lm->start;
      for (size_t q = 0; q < name_len && matched <= alen; q++) {
        int word_start = q == 0 || name[q - 1] == ' ' || name[q - 1] == '-' || name[q - 1] == '\n';
        if (!word_start || name[q] < 'A' || name[q] > 'Z') continue;
        if (matched == alen || (unsigned char)name[q] != a[matched]) {
          matched = alen + 1;
          break;
        }
        matched++;
      }
      if (matched == alen) {
        g->key = l->key;
        break;
      }
    }
  }
  /* 3. Groups by name: strong or not, and the kinds their hints voted. */
  for (size_t i = 0; i < n; i++) {
    guess_rec *g = &sc->guesses[i];
    if (g->dropped == 2) continue;
    key_slot *slot = slot_for(groups, size - 1, arena, arena + g->key);
    if (!slot->key) {
      slot->key = g->key + 1;
      slot->value = (int32_t)i;
    }
    int32_t *v = votes + (size_t)slot->value * 5;
    if (g->kind != TF_KIND_UNKNOWN) v[g->kind]++;
    if (!g->weak) v[4] = 1;
  }
  /* 3b. A name that nothing typed and whose every word the text also writes in
  ** lower case is a common noun or phrase with capitals ("la Bourse" … "la bourse";
  ** "Advanced Packaging" … "advanced … packaging"). At most 64 MB are searched per
  ** text, so that a huge text with many names stays linear. */
  size_t budget = (size_t)1 << 26;
  for (size_t i = 0; i < n && budget >= sc->len; i++) {
    const guess_rec *g = &sc->guesses[i];
    if (g->dropped == 2 || g->words > 4) continue;
    key_slot *slot = slot_for(groups, size - 1, arena, arena + g->key);
    int32_t *v = votes + (size_t)i * 5;
    if (slot->value != (int32_t)i || !v[4] || v[0] || v[1] || v[2] || v[3]) continue;
    const tf_entity_mention *m = &sc->out->items[g->mention];
    int common = 1;
    for (size_t p = m->start; p < m->end && common && budget >= sc->len;) {
      size_t we = word_end(sc->s, m->end, p);
      if (we == p) {
        p++;
        continue;
      }
      budget -= sc->len;
      common = written_in_lower_case(sc->s, sc->len, p, we);
      p = we;
    }
    if (common && budget >= sc->len) v[4] = 0;
  }
  for (size_t i = 0; i < n; i++) {
    guess_rec *g = &sc->guesses[i];
    if (g->dropped == 2) {
      g->dropped = 0;
      continue;
    }
    key_slot *slot = slot_for(groups, size - 1, arena, arena + g->key);
    const int32_t *v = votes + (size_t)slot->value * 5;
    tf_entity_mention *m = &sc->out->items[g->mention];
    if (!v[4]) {
      g->dropped = 1;
      continue;
    }
    /* No evidence at all: in business news, a name is most often a company's. */
    int best = TF_KIND_ORG, best_votes = 0;
    for (int k = 0; k < 4; k++)
      if (v[k] > best_votes) best = k, best_votes = v[k];
    m->kind = (unsigned char)best;
    m->kind_by_default = !best_votes;
    m->name = sc->out->items[sc->guesses[slot->value].mention].name;
    m->name_len = sc->out->items[sc->guesses[slot->value].mention].name_len;
  }
  /* 4. Drop the weak-only ones, keeping text order. */
  size_t w = 0, gi = 0;
  for (size_t i = 0; i < sc->out->count; i++) {
    int drop = 0;
    if (gi < n && sc->guesses[gi].mention == i) drop = sc->guesses[gi++].dropped;
    if (!drop) sc->out->items[w++] = sc->out->items[i];
  }
  sc->out->count = w;
  tf_free(words);
  tf_free(groups);
  tf_free(votes);
  return 0;
nomem:
  tf_free(words);
  tf_free(groups);
  tf_free(votes);
  return -1;
}

/* Is s[ws..we) an acronym: 2 to 10 capitals (digits after the first allowed)? */
static int acronym_word(const unsigned char *s, size_t ws, size_t we) {
  if (we - ws < 2 || we - ws > 10 || s[ws] < 'A' || s[ws] > 'Z') return 0;
  for (size_t p = ws; p < we; p++)
    if (!((s[p] >= 'A' && s[p] <= 'Z') || (s[p] >= '0' && s[p] <= '9'))) return 0;
  return 1;
}

/* "(TCV)": 2 to 10 capitals, digits, '&' or '-', at least two capitals, from p
** to a closing bracket. Returns the position of the bracket, or 0. */
static size_t acronym_in_brackets(const unsigned char *s, size_t len, size_t p) {
  size_t q = p, capitals = 0;
  while (q < len && q - p <= 10 &&
         ((s[q] >= 'A' && s[q] <= 'Z') || (s[q] >= '0' && s[q] <= '9') ||
          (q > p && (s[q] == '&' || s[q] == '-')))) {
    capitals += s[q] >= 'A' && s[q] <= 'Z';
    q++;
  }
  if (q >= len || s[q] != ')' || q - p < 2 || q - p > 10 || capitals < 2 || s[p] < 'A' ||
      s[p] > 'Z')
    return 0;
  return q;
}

static int lower_ascii(unsigned char c) { return c >= 'A' && c <= 'Z' ? c | 0x20 : c; }

static int alnum_ascii(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Is s[as..ae) short for s[ls..le)? Its letters are found in the long form, in
** order, the first one at the start of the long form's first word that has it
** (Schwartz and Hearst's test, 2003): "TCV" for "Technology Crossover
** Ventures", "SPCPL" for "Shapoorji Pallonji and Company Private Ltd". */
static int short_form_of(const unsigned char *s, size_t as, size_t ae, size_t ls, size_t le) {
  size_t si = ae, li = le;
  if (s[as] != s[ls]) return 0; /* both capitals: the same first letter */
  while (si > as) {
    int c = lower_ascii(s[si - 1]);
    if (!alnum_ascii((unsigned char)c)) {
      si--;
      continue;
    }
    while (li > ls &&
           (lower_ascii(s[li - 1]) != c || (si - 1 == as && li - 1 > ls && alnum_ascii(s[li - 2]))))
      li--;
    if (li == ls) return 0;
    li--;
    si--;
  }
  return 1;
}

/* Between two names: spaces, or one word in lower case of at most three letters
** ("Incentives to Produce")? */
static int names_adjacent(const unsigned char *s, size_t from, size_t to) {
  size_t p = from;
  while (p < to && s[p] == ' ') p++;
  size_t w = p;
  while (p < to && s[p] >= 'a' && s[p] <= 'z') p++;
  if (p - w > 3) return 0;
  while (p < to && s[p] == ' ') p++;
  return p == to && to > from;
}

/* An acronym in brackets [as, ae) right after the name of the last mention, and
** short for it: it is a mention of that name, and later mentions of the
** acronym are too (settle_guesses). Returns 1 when it was taken. */
static int define_acronym(scan *sc, size_t as, size_t ae) {
  tf_entity_list *out = sc->out;
  if (!out->count) return 0;
  size_t mi = out->count - 1;
  tf_entity_mention last = out->items[mi];
  if (!short_form_of(sc->s, as, ae, last.start, last.end)) {
    /* "Mahatma Gandhi National Rural Employment Guarantee Scheme (MGNREGS)": the
    ** long form may span the names just before, next to each other */
    size_t j = mi;
    while (j > 0 && mi - j < 3 &&
           names_adjacent(sc->s, out->items[j - 1].end, out->items[j].start)) {
      j--;
      if (short_form_of(sc->s, as, ae, out->items[j].start, last.end)) break;
    }
    if (j == mi || !short_form_of(sc->s, as, ae, out->items[j].start, last.end)) return 0;
    size_t start = out->items[j].start;
    unsigned words = 0;
    for (size_t p = start; p < last.end;) { /* the capitalised words */
      size_t e = word_end(sc->s, last.end, p);
      if (e == p) {
        p++;
        continue;
      }
      words += sc->s[p] >= 'A' && sc->s[p] <= 'Z';
      p = e;
    }
    out->count = j; /* the names inside it are gone, and their guesses */
    while (sc->guess_count && sc->guesses[sc->guess_count - 1].mention >= j) sc->guess_count--;
    open_run(sc, start, word_end(sc->s, sc->len, start), LEAD_NAME, 1);
    sc->r.end = last.end;
    sc->r.words = words ? words : 1;
    close_run(sc);
    if (out->count != j + 1) return 0;
    mi = j;
    last = out->items[mi];
  }
  char name[600];
  if (last.name_len >= sizeof name) return 0;
  memcpy(name, out->names + (uintptr_t)last.name, last.name_len);
  int64_t gi = -1;
  if (sc->guess_count && sc->guesses[sc->guess_count - 1].mention == mi)
    gi = (int64_t)sc->guess_count - 1;
  char key[64];
  int k = tf_fold_string((const char *)sc->s + as, (int)(ae - as), key, sizeof key);
  acronym_def *grown = tf_grow(sc->acronyms, sc->acronym_count, &sc->acronym_capacity,
                               sizeof *grown, 4);
  if (k <= 0 || !grown) {
    sc->nomem |= !grown;
    return 0;
  }
  sc->acronyms = grown;
  int64_t key_off = tf_strings_add(&sc->keys, key, (size_t)k);
  if (gi >= 0) {
    guess_rec *g = tf_grow(sc->guesses, sc->guess_count, &sc->guess_capacity, sizeof *g, 16);
    if (!g) {
      sc->nomem = 1;
      return 0;
    }
    sc->guesses = g;
  }
  if (key_off < 0 ||
      list_push(sc, as, ae, name, last.name_len, last.kind, last.source, last.code)) {
    sc->nomem = 1;
    return 0;
  }
  acronym_def *d = &sc->acronyms[sc->acronym_count++];
  d->key = (uint32_t)key_off;
  d->mention = mi;
  d->guess = gi;
  if (gi >= 0) sc->guesses[gi].weak = 0; /* a name that the text abbreviates is one */
  if (gi >= 0) { /* one more mention of the same guess; it vouches for nothing */
    guess_rec *g = &sc->guesses[sc->guess_count++];
    *g = sc->guesses[gi];
    g->mention = out->count - 1;
    g->weak = 1;
  }
  sc->last_mention_end = ae + 1;
  return 1;
}

int tf_entity_extract(const tf_entity_set *set, const unsigned char *s, size_t len, int lang,
                      tf_entity_list *out) {
  return tf_entity_extract_in(set, s, len, lang, tf_lang_of(s, len, lang), out);
}

/* Scans s[p..limit) (see tf_entity_extract). Returns 0, or 1 at a NUL. */
static int scan_range(scan *sc, size_t p, size_t limit);
static size_t zh_phrase_at(scan *sc, size_t p, unsigned mask);
static int zh_org_name(scan *sc, size_t p, size_t suffix_end);
static size_t zh_person_after_title(scan *sc, size_t p);

int tf_entity_extract_ranges(const tf_entity_set *set, const unsigned char *s, size_t len, int lang,
                             const size_t (*ranges)[2], size_t range_count, tf_entity_list *out) {
  return tf_entity_extract_ranges_in(set, s, len, lang, tf_lang_of(s, len, lang), ranges,
                                     range_count, out);
}

int tf_entity_extract_in(const tf_entity_set *set, const unsigned char *s, size_t len, int lang,
                         int text_lang, tf_entity_list *out) {
  return tf_entity_extract_ranges_memo(set, s, len, lang, text_lang, NULL, 0, NULL, out);
}

int tf_entity_extract_ranges_in(const tf_entity_set *set, const unsigned char *s, size_t len,
                                int lang, int text_lang, const size_t (*ranges)[2],
                                size_t range_count, tf_entity_list *out) {
  return tf_entity_extract_ranges_memo(set, s, len, lang, text_lang, ranges, range_count, NULL,
                                       out);
}

tf_entity_memo *tf_entity_memo_new(void) {
  tf_entity_memo *memo = tf_malloc(sizeof *memo);
  if (memo) {
    memo->s = NULL;
    memo->aliases = NULL;
    memo->alias_count = memo->alias_capacity = 0;
  }
  return memo;
}

void tf_entity_memo_clear(tf_entity_memo *memo) { memo->s = NULL; }

void tf_entity_memo_free(tf_entity_memo *memo) {
  if (!memo) return;
  tf_free(memo->aliases);
  tf_free(memo);
}

/* Readies memo for sc's scan: a later scan of the text it holds answers about (with the
** same set and languages) reads them; else it is emptied, and this scan is the first. */
static void memo_begin(tf_entity_memo *memo, const scan *sc) {
  if (memo->s == sc->s && memo->len == sc->len && memo->set == sc->set && memo->lang == sc->lang &&
      memo->text_lang == sc->text_lang) {
    memo->reading = 1;
    memo->alias_next = 0;
    return;
  }
  memset(memo->words.phrase.used, 0, sizeof memo->words.phrase.used);
  memset(memo->words.noun.used, 0, sizeof memo->words.noun.used);
  memo->s = sc->s;
  memo->len = sc->len;
  memo->set = sc->set;
  memo->lang = sc->lang;
  memo->text_lang = sc->text_lang;
  memo->alias_count = 0;
  memo->reading = 0;
}

int tf_entity_extract_ranges_memo(const tf_entity_set *set, const unsigned char *s, size_t len,
                                  int lang, int text_lang_given, const size_t (*ranges)[2],
                                  size_t range_count, tf_entity_memo *memo, tf_entity_list *out) {
  const size_t whole[1][2] = {{0, len}};
  if (!ranges) {
    ranges = whole;
    range_count = 1;
  }
  out->count = 0;
  out->names_len = 0;
  scan sc;
  memset(&sc, 0, sizeof sc);
  sc.set = set;
  sc.s = s;
  sc.len = len;
  sc.lang = lang;
  int text_lang = lang == TF_LANG_AUTO ? text_lang_given : lang;
  /* the later languages read the English lists too (their press quotes English: "CEO",
  ** "The"); French and English, each its own, as 'auto' reads both */
  sc.langs = lang == TF_LANG_AUTO || text_lang > TF_LANG_EN
               ? TF_LANG_BIT(TF_LANG_FR) | TF_LANG_BIT(TF_LANG_EN) | tf_lang_bits(text_lang)
               : tf_lang_bits(lang);
  sc.nouns_capitalised = tf_lang_capitalises_nouns(text_lang);
  sc.text_lang = text_lang;
  sc.out = out;
  /* without a memo, one for this scan only, which keeps no aliases */
  tf_entity_memo *own = memo ? NULL : tf_entity_memo_new();
  sc.kept = memo;
  if (!memo) memo = own;
  if (memo) {
    memo_begin(memo, &sc);
    sc.memo = &memo->words;
  }
  for (size_t i = 0; i < range_count && !sc.nomem; i++) {
    size_t p = ranges[i][0], limit = ranges[i][1] < len ? ranges[i][1] : len;
    if (p >= limit || (i > 0 && p < ranges[i - 1][1])) continue;
    /* A range starts a sentence; its line starts at the last line break. */
    close_run(&sc);
    sc.ring_count = 0;
    sc.aside = 0;
    sc.sentence_start = 1;
    sc.line_start = tf_line_start(s, p > 300 ? p - 300 : 0, p);
    if (scan_range(&sc, p, limit)) break;
  }
  close_run(&sc);
  int rc = sc.nomem ? -1 : settle_guesses(&sc);
  tf_free(sc.guesses);
  tf_free(sc.acronyms);
  tf_free(sc.keys.p);
  tf_entity_memo_free(own);
  if (rc) {
    out->count = 0;
    return TF_NOMEM;
  }
  for (size_t i = 0; i < out->count; i++)
    out->items[i].name = out->names + (uintptr_t)out->items[i].name;
  return TF_OK;
}

/* The end of the longest phrase of guess.tsv of one of the classes mask, read in
** Chinese, that starts at p, or 0 ("有限公司" of orgsuffix zh, "董事长" of person zh). */
static size_t zh_phrase_at(scan *sc, size_t p, unsigned mask) {
  if (sc->zh_hits_pos != p + 1) {
    sc->zh_hit_count = tf_trie_match(guess.trie, sc->s, sc->len, p, sc->zh_hits, 6);
    sc->zh_hits_pos = p + 1;
  }
  for (int i = sc->zh_hit_count - 1; i >= 0; i--)
    if (tf_lexicon_classes_in(&guess, sc->zh_hits[i].value, TF_LANG_BIT(TF_LANG_ZH)) & mask)
      return sc->zh_hits[i].end;
  return 0;
}

#define ZH_NAME_CHARS 8 /* characters of a Chinese name before its suffix, at most */

/* Chinese has no capitals and no spaces: the name before an organisation suffix at
** [p, suffix_end) runs back over ideographs to a stop word of guess.tsv ("的", "与", "在"),
** a character that is no ideograph, or the last name found; two characters at least
** ("字节跳动科技有限公司" after "由"). Emits it as a guess and returns 1, or 0. */
static int zh_org_name(scan *sc, size_t p, size_t suffix_end) {
  const unsigned char *s = sc->s;
  size_t start = p, floor = sc->last_mention_end ? sc->last_mention_end - 1 : 0;
  int chars = 0;
  while (start > floor && chars < ZH_NAME_CHARS) {
    size_t prev;
    int32_t cp = tf_utf8_decode_before(s, start, &prev);
    if (prev < floor || tf_char_class(cp) != TF_CC_CJK) break;
    /* a stop word ending here ("的", "在", "以及") ends the name */
    int stop = 0;
    for (size_t q = prev, k = 0; k < 3 && !stop; k++) {
      stop = (phrase_mask(sc, q, start) & G_STOP) != 0;
      size_t before;
      if (q <= floor || tf_char_class(tf_utf8_decode_before(s, q, &before)) != TF_CC_CJK) break;
      q = before;
    }
    if (stop) break;
    start = prev;
    chars++;
  }
  if (chars < 2) return 0;
  open_run(sc, start, suffix_end, LEAD_NAME, 1);
  sc->r.suffix_org = 1;
  sc->r.at_sentence_start = 0;
  close_run(sc);
  return 1;
}

/* Chinese: a person's name after a title of guess.tsv at p ("董事长马化腾表示"): a surname
** (class surname zh), then one or two ideographs, the second left out before a stop word
** ("马云表示"). Emits the title's hint with the name and returns the name's end, or 0. */
static size_t zh_person_after_title(scan *sc, size_t p) {
  const unsigned char *s = sc->s;
  size_t title_end = zh_phrase_at(sc, p, G_PERSON);
  if (!title_end) return 0;
  size_t name = title_end, q = zh_phrase_at(sc, name, G_SURNAME);
  if (!q) return 0;
  int chars = 0;
  for (size_t next; chars < 2 && q < sc->len; chars++) {
    int32_t cp = tf_utf8_decode(s, sc->len, q, &next);
    if (tf_char_class(cp) != TF_CC_CJK) break;
    if (chars == 1 && zh_phrase_at(sc, q, G_STOP | G_PERSON | G_ORGSUFFIX)) break; /* "马云表示" */
    q = next;
  }
  if (!chars) return 0;
  open_run(sc, name, q, LEAD_NAME, 1);
  sc->r.hint = TF_KIND_PERSON;
  sc->r.at_sentence_start = 0;
  close_run(sc);
  return q;
}

/* "CAC 40", "FTSE 100", "IBEX 35": a word of 2 to 5 capitals, a space and a number
** of 1 to 4 digits that is no year, then no more digits, decimals, scale or unit
** glued to it. Returns the end of the number, or 0. */
static size_t index_label(const unsigned char *s, size_t len, size_t p) {
  size_t q = p;
  while (q < len && s[q] >= 'A' && s[q] <= 'Z') q++;
  if (q - p < 2 || q - p > 5 || q + 2 > len || s[q] != ' ') return 0;
  size_t d = q + 1, e = d;
  while (e < len && s[e] >= '0' && s[e] <= '9') e++;
  if (e == d || e - d > 4) return 0;
  if (e < len &&
      (((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z') || s[e] >= 0x80 || s[e] == '%' ||
       ((s[e] == '.' || s[e] == ',') && e + 1 < len && s[e + 1] >= '0' && s[e + 1] <= '9')))
    return 0;
  if (e - d == 4 && (s[d] == '1' || s[d] == '2') && (s[d + 1] == '9' || s[d + 1] == '0'))
    return 0; /* a year: "CES 2026" */
  return e;
}

/* Is the capitalised word at p an alias of a name written the same way ("AMD",
** "HSBC"), rather than the short form of a longer one ("CAC": Cyberspace
** Administration of China)? */
static int own_acronym(const tf_entity_set *set, const unsigned char *s, size_t len, size_t p) {
  size_t end;
  const tf_alias *r = tf_alias_at(set, s, len, p, &end);
  if (!r) return 0;
  const char *name = set->strings + r->name;
  size_t n = strlen(name);
  if (n != end - p) return 0;
  for (size_t i = 0; i < n; i++)
    if ((name[i] | 0x20) != (s[p + i] | 0x20)) return 0;
  return 1;
}

/* "(NASDAQ: ADBE)", "(Euronext Paris: ORA)", "(NSE: INFY; BSE: 500209)": one or
** more listings, each an exchange (one or two capitalised words) and a ticker
** (capitals, digits, a dot) after a colon. Returns the position after the
** closing bracket, or 0. */
static size_t ticker_brackets(const unsigned char *s, size_t len, size_t open) {
  size_t p = open + 1;
  for (int listing = 0; listing < 4; listing++) {
    for (int word = 0; word < 3; word++) { /* the exchange */
      if (p >= len || s[p] < 'A' || s[p] > 'Z') return 0;
      size_t w = p;
      while (p < len && p - w < 12 &&
             ((s[p] >= 'A' && s[p] <= 'Z') || (s[p] >= 'a' && s[p] <= 'z')))
        p++;
      if (p >= len) return 0;
      if (s[p] == ':') break;
      if (s[p] != ' ' || word == 2) return 0;
      p++;
    }
    if (p >= len || s[p] != ':') return 0;
    p++;
    while (p < len && s[p] == ' ') p++;
    size_t t = p; /* the ticker */
    while (p < len && p - t < 12 &&
           ((s[p] >= 'A' && s[p] <= 'Z') || (s[p] >= '0' && s[p] <= '9') || s[p] == '.'))
      p++;
    if (p == t || p >= len) return 0;
    if (s[p] == ')') return p + 1;
    if (s[p] != ';' && s[p] != ',') return 0;
    p++;
    while (p < len && s[p] == ' ') p++;
  }
  return 0;
}

/* "easyJet", "bioMérieux": a capital after a lower-case letter inside a word
** written in lower case first is a brand's spelling. */
static int inner_capital(const unsigned char *s, size_t ws, size_t we) {
  for (size_t p = ws + 1; p < we; p++)
    if (s[p] >= 'A' && s[p] <= 'Z' && s[p - 1] >= 'a' && s[p - 1] <= 'z') return 1;
  return 0;
}

/* "BlackBerry CEO Thorsten\nHeins says": a line that ends with a given name alone in
** an open run, before a line that starts with a capitalised word in lower case after
** it, breaks a person's name. */
static int name_goes_on(const scan *sc, size_t p) {
  const run *r = &sc->r;
  const unsigned char *s = sc->s;
  if (!r->open || r->words != 1 || r->end != p || p + 2 >= sc->len) return 0;
  if (s[p + 1] < 'A' || s[p + 1] > 'Z' || s[p + 2] < 'a' || s[p + 2] > 'z') return 0;
  return given_word(sc, r->start, r->end);
}

/* tf_alias_at_lead at p (and sc->lead): read from sc->kept where the first scan of the
** text asked it there, else asked, and kept there when this scan is the first. (A memo
** that cannot grow keeps no more: the later scans ask those again.) */
static const tf_alias *alias_at(scan *sc, size_t p, size_t *end) {
  tf_entity_memo *m = sc->kept;
  if (m && m->reading) {
    while (m->alias_next < m->alias_count && m->aliases[m->alias_next].p < p) m->alias_next++;
    if (m->alias_next < m->alias_count && m->aliases[m->alias_next].p == p) {
      const alias_answer *a = &m->aliases[m->alias_next];
      sc->lead = a->lead;
      *end = a->end;
      return a->alias;
    }
  }
  const tf_alias *r = tf_alias_at_lead(sc->set, sc->s, sc->len, p, end, &sc->lead);
  if (!m || m->reading) return r;
  alias_answer *grown = tf_grow(m->aliases, m->alias_count, &m->alias_capacity, sizeof *grown, 64);
  if (!grown) return r;
  m->aliases = grown;
  alias_answer *a = &m->aliases[m->alias_count++];
  a->p = p;
  a->end = r ? *end : 0;
  a->alias = r;
  a->lead = sc->lead;
  return r;
}

static int scan_range(scan *sc, size_t p, size_t limit) {
  const tf_entity_set *set = sc->set;
  const tf_trie_cjk *alias_cjk = tf_trie_cjk_filters(set->trie);
  const tf_trie_cjk *guess_cjk = tf_trie_cjk_filters(guess.trie);
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  while (p < limit && !sc->nomem) {
    unsigned char b = s[p];
    int32_t cp;
    size_t next;
    int cls, upper, ideograph = 0;
    int32_t cp2 = -1; /* after an ideograph, the next character if it is one */
    if (b == ' ') {   /* (between most words: nothing to do) */
      p++;
      continue;
    }
    if (b < 0x80) {
      unsigned char a = ascii_class(b);
      next = p + 1;
      if (a == A_LOWER || a == A_UPPER || a == A_DIGIT) {
        cls = a == A_DIGIT ? TF_CC_DIGIT : TF_CC_LETTER;
        upper = a == A_UPPER;
        cp = b;
      } else {
        if (a == A_NEWLINE && (wrapped_line(sc, p) || name_goes_on(sc, p))) {
          sc->line_start = next; /* "l'assureur Zurich Financial\nServices": a space */
        } else if (a == A_NEWLINE) {
          close_run(sc);
          sc->sentence_start = 1;
          sc->line_start = next;
          sc->aside = 0;
        } else if (b == '(' && ticker_brackets(s, limit, p)) {
          /* "Adobe (NASDAQ: ADBE)": the listing names the company before it; the
          ** exchange and the ticker are no participants of the sentence */
          close_run(sc);
          next = ticker_brackets(s, limit, p);
        } else if (b == '(') {
          size_t q = p, ae;
          while (q > 0 && (s[q - 1] == ' ' || s[q - 1] == '\t')) q--;
          /* "CANN (Compute Architecture for Neural Networks)", "CHIPS (Creating Helpful
          ** Incentives …)": an expansion, after a name or an acronym */
          const word_ref *before = ring_back(sc, 0);
          int after_builtin = (sc->last_mention_end && sc->last_mention_end - 1 == q) ||
                              (before && before->end == q && acronym_word(s, before->start, q) &&
                               !(sc->r.open && sc->r.end == q)); /* not "… Holdings AS (" */
          close_run(sc);
          if (sc->last_mention_end && sc->last_mention_end - 1 == q &&
              (ae = acronym_in_brackets(s, limit, next)) && define_acronym(sc, next, ae))
            next = ae; /* "Technology Crossover Ventures (TCV)" */
          else if (after_builtin) sc->aside = 1;
        } else if (b == ')') {
          close_run(sc);
          sc->aside = 0;
        } else if ((b == '.' && dot_ends_sentence(sc, p)) || b == '!' || b == '?' || b == ':') {
          sc->sentence_start = 1;
        } else if (b == 0) {
          return 1; /* the text ends at a NUL, as for SQLite's text functions */
        }
        p = next;
        continue;
      }
    } else if ((cp = p + 1 == sc->after_ideograph ? sc->ideograph_after
                                                  : tf_ideograph_at(s, len, p)) >= 0) {
      next = p +
             3; /* an ideograph: of class CJK, no case, folds to itself (tf_trie_cjk_fold_agrees) */
      cls = TF_CC_CJK;
      upper = 0;
      ideograph = 1;
      cp2 = next < len ? tf_ideograph_at(s, len, next) : -1;
      sc->after_ideograph = next + 1;
      sc->ideograph_after = cp2;
    } else {
      cp = tf_utf8_decode3(s, len, p, &next); /* (quotes, dashes, full-width signs: inline) */
      cls = tf_char_class(cp);
      if (cls != TF_CC_LETTER && cls != TF_CC_CJK && cls != TF_CC_DIGIT) {
        if (cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F) sc->sentence_start = 1;
        else if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
          close_run(sc);
          sc->sentence_start = 1;
          sc->line_start = next;
          sc->aside = 0;
        } else if (cp == 0xA9) { /* ©: the rest of the line is a credit */
          close_run(sc);
          sc->aside = 1;
        }
        p = next;
        continue;
      }
      upper = tf_letter_case(cp) > 0;
    }
    /* A word (or an ideograph) starts at p. */
    size_t known_end = 0;         /* the end word_end() will give, when already known */
    int inner_capitals_known = 0; /* with it, whether an ASCII capital is in the word */
    int try_alias = upper;
    if (!try_alias) {
      unsigned char first;
      if (b < 0x80) first = (unsigned char)(b | (cls == TF_CC_LETTER ? 0x20 : 0));
      else if (ideograph) first = b; /* it folds to itself */
      else {
        unsigned char folded[4];
        tf_fold(cp, folded);
        first = folded[0];
      }
      try_alias = set->lower_start[first];
      /* an ideograph that starts no alias (it folds to itself) */
      if (try_alias && b >= 0x80 && !tf_alias_cjk_may_start(set, cp)) try_alias = 0;
      /* nor with the ideograph after it (tf_alias_at's walk would stop there) */
      if (try_alias && ideograph && !tf_trie_cjk_may_start(alias_cjk, cp, cp2)) try_alias = 0;
      if (!try_alias && first >= 'a' && first <= 'z' && lower_prefix_may(set, s, len, p, first)) {
        tf_word_info info;
        size_t e = tf_scan_word(s, len, p, &info);
        try_alias = tf_word_map_get(&set->lower_words, info.hash, NULL);
        /* ASCII letters only (one byte per letter), then an ASCII byte or the
        ** end: word_end() would stop at e too, so the word is not walked twice. */
        if (info.letters_end == e && info.letters == e - p && (e == len || s[e] < 0x80))
          known_end = e, inner_capitals_known = info.upper > 0;
      }
    }
    size_t label_end;
    if (upper && b < 0x80 && (label_end = index_label(s, limit, p)) != 0 &&
        !own_acronym(set, s, len, p)) {
      /* "CAC 40", "FTSE 100", "SBF 120": an index, not the acronym's owner */
      close_run(sc);
      remember_word(sc, p, label_end);
      sc->sentence_start = 0;
      p = label_end;
      continue;
    }
    /* "CM-CIC": after a capitalised word and a hyphen, a word of the same name */
    int compound = upper && sc->r.open && sc->r.end + 1 == p && p >= 2 && s[p - 1] == '-';
    if (try_alias && !compound) {
      size_t end;
      const tf_alias *r = alias_at(sc, p, &end);
      sc->lead_start = p;
      /* "US$", "HK$", "R$": the letters of a currency sign, no place */
      if (r && end < len && s[end] == '$') r = NULL;
      /* "Baden-Baden Capital": a place that starts a hyphenated name is a word of it; not
      ** before another place ("Milano-Monza-Pavia": three places) */
      size_t next_end;
      if (r && r->kind == TF_KIND_PLACE && end + 1 < len && s[end] == '-' && s[end + 1] >= 'A' &&
          s[end + 1] <= 'Z' && !(place_at(sc, end + 1, &next_end)))
        r = NULL;
      if (r && r->kind == TF_KIND_PLACE && upper && place_in_name(sc, p, end)) {
        remember_word(sc, p, end); /* "Bank of Scotland", "China Railway Group" */
        sc->sentence_start = 0;
        p = end;
        continue;
      }
      size_t name_end, ws, we;
      unsigned words;
      if (r && (r->kind == TF_KIND_ORG || r->kind == TF_KIND_PLACE) && upper &&
          next_word(sc, end, &ws, &we) && ws == end + 1 && s[end] == ' ' && s[ws] >= 'A' &&
          s[ws] <= 'Z' && !(phrase_mask(sc, ws, we) & G_ORGSUFFIX) &&
          (name_end = suffix_name_end(sc, end, &words)) != 0) {
        /* "Reliance New Energy Solar Ltd", "China Life Insurance Co.": a company of its own */
        close_run(sc);
        whole_name(sc, p, name_end, words + 1);
        remember_word(sc, p, name_end);
        sc->sentence_start = 0;
        p = name_end;
        continue;
      }
      if (r) {
        close_run(sc);
        if (r->kind != TF_KIND_IGNORE) end = emit_dictionary(sc, r, p, end);
        remember_word(sc, p, end);
        sc->sentence_start = 0;
        p = end;
        continue;
      }
    }
    if (cls == TF_CC_CJK) {
      if (sc->r.open) close_run(sc);
      if (ideograph && sc->text_lang == TF_LANG_ZH && sc->zh_hits_pos != p + 1) {
        /* the phrases of guess.tsv that start here (zh_phrase_at's), none when the filter
        ** says so, else from the ideographs read */
        sc->zh_hits_pos = p + 1;
        sc->zh_hit_count = tf_trie_cjk_may_start(guess_cjk, cp, cp2)
                             ? tf_trie_match_ideograph(guess.trie, s, len, p, cp, cp2, sc->zh_hits,
                                                       6)
                             : 0;
      }
      if (sc->zh_hits_pos == p + 1 && sc->zh_hit_count == 0) {
        p = next; /* so neither an organisation's suffix nor a person's title */
        continue;
      }
      size_t suffix_end = sc->text_lang == TF_LANG_ZH ? zh_phrase_at(sc, p, G_ORGSUFFIX) : 0;
      if (suffix_end && zh_org_name(sc, p, suffix_end)) {
        p = suffix_end;
        continue;
      }
      size_t person_end = sc->text_lang == TF_LANG_ZH ? zh_person_after_title(sc, p) : 0;
      if (person_end) {
        p = person_end;
        continue;
      }
      p = next;
      continue;
    }
    int capitals = inner_capitals_known;
    size_t we = known_end;
    if (!we) { /* word_end_capitals, its leading run of ASCII letters and digits inline */
      we = tf_ascii_alnum_end_capitals(s, len, p, &capitals);
      if (we < len && s[we] >= 0x80) {
        int more;
        we = word_end_capitals(s, len, we, &more);
        capitals |= more;
      }
    }
    /* "eBay", "easyJet", "eLichens": a capital inside a word written in lower case */
    if (capitals && !upper && b >= 'a' && b <= 'z' && inner_capital(s, p, we)) upper = 1;
    if (upper) we = capitalised_word(sc, p, we);
    else if (sc->r.open || lowhead_may(sc, p, we)) other_word(sc, p, we);
    remember_word(sc, p, we);
    sc->sentence_start = 0;
    p = we < limit && s[we] == ' ' ? we + 1 : we; /* (the space after most words: no step) */
  }
  return 0;
}

void tf_entity_list_free(tf_entity_list *list) {
  tf_free(list->items);
  tf_free(list->names);
  memset(list, 0, sizeof(*list));
}
