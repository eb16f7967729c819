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
**  - a cue before the run, across at most two filler words: "M.", "le
**    président", "la société", "les puces IA", "the chip maker" (person, org,
**    product, place cues of ext/data/guess.tsv);
**  - a cue after it: ", fondateur de", ", CEO of" (person), ", Inc." (org);
**  - a legal suffix inside it ("Holdings", "Technologies", "Ltd": org);
**  - a word with digits ("H200", "RTX 5090": product);
**  else "unknown". A run that starts a sentence (or a line) is weak when it
** is one word, or when its line is written in title case (a headline): a weak
** run is kept only if the same name also appears where it is not weak.
** When the scan is over, guesses are settled per article: a one-word guess
** that is the first or last word of exactly one longer guessed name takes that
** name ("Zhang" → "Zhang Yiming"), and every mention of a name gets the kind
** most of its cues gave. Single words under three characters are not guessed.
*/
#include "tf_entity.h"
#include "tf_alloc.h"
#include "tf_data.h"
#include "tf_fold.h"
#include "tf_lang.h"
#include "tf_lexicon.h"
#include "tf_trie.h"
#include "tf_utf8.h"
#include "tf_words.h"
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <unicode/uldnames.h>
#include <unicode/uloc.h>
#include <unicode/ustring.h>

static const char *const kind_names[TF_KIND_COUNT] = {"org",     "person",  "place",
                                                      "product", "unknown", "ignore"};
static const char *const source_names[] = {"builtin", "dictionary", "guess"};

const char *tf_entity_kind_name(int kind) {
  return kind >= 0 && kind < TF_KIND_COUNT ? kind_names[kind] : "unknown";
}
const char *tf_entity_source_name(int source) {
  return source >= 0 && source <= TF_SOURCE_GUESS ? source_names[source] : "guess";
}

int tf_entity_kind_parse(const char *name, size_t len) {
  for (int k = 0; k < TF_KIND_COUNT; k++) {
    if (k == TF_KIND_UNKNOWN) continue;
    if (strlen(kind_names[k]) == len && memcmp(kind_names[k], name, len) == 0) return k;
  }
  return -1;
}

/* ------------------------------------------------------------------------ */
/* A growing byte buffer of NUL-terminated strings, addressed by offset. */
typedef struct strbuf {
  char *p;
  size_t len, cap;
} strbuf;

/* Appends s[0..n) and a NUL; returns its offset, or -1 on OOM. */
static int64_t strbuf_add(strbuf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1) cap *= 2;
    if (cap > UINT32_MAX) return -1;
    char *grown = tf_realloc(b->p, cap);
    if (!grown) return -1;
    b->p = grown;
    b->cap = cap;
  }
  int64_t off = (int64_t)b->len;
  if (n) memcpy(b->p + b->len, s, n);
  b->p[b->len + n] = 0;
  b->len += n + 1;
  return off;
}

/* ------------------------------------------------------------------------ */
/* Aliases. */

#define AF_EXACT 0x01    /* '=': exactly this case and these accents */
#define AF_UPPER 0x02    /* all capitals: the text must have no lower-case letter */
#define AF_CJK_END 0x04  /* ends with an ideograph: no boundary needed after it */
#define AF_OPEN_END 0x08 /* ends with punctuation ("U.S."): no boundary needed */
#define AF_UPPER_START 0x10 /* starts with a capital */

typedef struct alias_rec {
  uint32_t alias;     /* offset of the alias as written (without '=') */
  uint32_t name;      /* offset of the canonical name */
  uint32_t cap_words; /* bit i: word i of the alias starts with a capital */
  unsigned char kind, source, flags, first_byte;
  char code[3];
} alias_rec;

struct tf_entity_builder {
  tf_trie_builder *trie;
  alias_rec *recs;
  size_t count, capacity;
  strbuf strings;
  size_t conflicts;
};

struct tf_entity_set {
  tf_trie *trie;
  alias_rec *recs;
  size_t count;
  char *strings;
  /* Where an alias that does not start with a capital can start: the hash of
  ** its first folded word ("departement", "iphone"), or, when it starts with a
  ** digit, an ideograph or a sign, its first folded byte. */
  tf_word_map lower_words;
  unsigned char lower_start[256];
};

#define MAX_ALIAS_BYTES 400

tf_entity_builder *tf_entity_builder_new(void) {
  tf_entity_builder *b = tf_malloc(sizeof(*b));
  if (!b) return NULL;
  memset(b, 0, sizeof(*b));
  b->trie = tf_trie_builder_new();
  if (!b->trie) {
    tf_free(b);
    return NULL;
  }
  return b;
}

void tf_entity_builder_free(tf_entity_builder *b) {
  if (!b) return;
  tf_trie_builder_free(b->trie);
  tf_free(b->recs);
  tf_free(b->strings.p);
  tf_free(b);
}

size_t tf_entity_builder_conflicts(const tf_entity_builder *b) { return b->conflicts; }

static int is_word_class(int c) {
  return c == TF_CC_LETTER || c == TF_CC_DIGIT || c == TF_CC_CJK;
}

/* Case rules and boundaries of an alias as written (valid UTF-8). */
static unsigned alias_flags(const unsigned char *a, size_t n, uint32_t *cap_words) {
  unsigned upper = 0, lower = 0, flags = 0, word = 0;
  int in_word = 0, first = 1, last_class = TF_CC_OTHER;
  *cap_words = 0;
  size_t p = 0;
  while (p < n) {
    size_t next;
    int32_t cp = tf_utf8_decode(a, n, p, &next);
    int c = tf_char_class(cp), lc = tf_letter_case(cp);
    if (lc > 0) upper++;
    if (lc < 0) lower++;
    if (first && lc > 0) flags |= AF_UPPER_START;
    first = 0;
    if (is_word_class(c)) {
      if (!in_word) {
        if (lc > 0 && word < 32) *cap_words |= 1u << word;
        word++;
      }
      in_word = 1;
    } else {
      in_word = 0;
    }
    if (c != TF_CC_SPACE) last_class = c;
    p = next;
  }
  if (upper && !lower) flags |= AF_UPPER;
  if (last_class == TF_CC_CJK) flags |= AF_CJK_END;
  else if (!is_word_class(last_class)) flags |= AF_OPEN_END;
  return flags;
}

int tf_entity_builder_add(tf_entity_builder *b, const char *alias, size_t alias_len,
                          const char *name, size_t name_len, int kind, const char *code,
                          int source) {
  unsigned exact = 0;
  if (alias_len && alias[0] == '=') {
    exact = AF_EXACT;
    alias++;
    alias_len--;
  }
  while (alias_len && (alias[0] == ' ' || alias[0] == '\t')) alias++, alias_len--;
  while (alias_len && (alias[alias_len - 1] == ' ' || alias[alias_len - 1] == '\t')) alias_len--;
  if (alias_len == 0 || alias_len > MAX_ALIAS_BYTES) return TF_ENTITY_BAD_ALIAS;
  char folded[MAX_ALIAS_BYTES * 4 + 8];
  int n = tf_fold_string(alias, (int)alias_len, folded, sizeof folded);
  if (n <= 0) return TF_ENTITY_BAD_ALIAS;
  if (name_len == 0) {
    name = alias;
    name_len = alias_len;
  }
  alias_rec rec;
  memset(&rec, 0, sizeof rec);
  rec.flags = (unsigned char)(alias_flags((const unsigned char *)alias, alias_len, &rec.cap_words) |
                              exact);
  rec.kind = (unsigned char)kind;
  rec.source = (unsigned char)source;
  rec.first_byte = (unsigned char)folded[0];
  if (code && code[0] && code[1]) {
    rec.code[0] = code[0];
    rec.code[1] = code[1];
  }
  int64_t a = strbuf_add(&b->strings, alias, alias_len);
  int64_t nm = a < 0 ? -1 : strbuf_add(&b->strings, name, name_len);
  if (nm < 0) return TF_ENTITY_NOMEM;
  rec.alias = (uint32_t)a;
  rec.name = (uint32_t)nm;
  int32_t previous = tf_trie_builder_get(b->trie, folded, (size_t)n);
  if (previous >= 0) {
    alias_rec *old = &b->recs[previous];
    if (old->kind != rec.kind || strcmp(b->strings.p + old->name, b->strings.p + rec.name) != 0)
      b->conflicts++;
    *old = rec;
    return TF_ENTITY_ADDED;
  }
  if (b->count == b->capacity) {
    size_t capacity = b->capacity ? b->capacity * 2 : 1024;
    alias_rec *grown = tf_realloc(b->recs, capacity * sizeof(alias_rec));
    if (!grown) return TF_ENTITY_NOMEM;
    b->recs = grown;
    b->capacity = capacity;
  }
  if (b->count >= INT32_MAX) return TF_ENTITY_NOMEM;
  if (tf_trie_builder_add(b->trie, folded, (size_t)n, (int32_t)b->count, NULL))
    return TF_ENTITY_NOMEM;
  b->recs[b->count++] = rec;
  return TF_ENTITY_ADDED;
}

int tf_entity_builder_add_set(tf_entity_builder *b, const tf_entity_set *set) {
  for (size_t i = 0; i < set->count; i++) {
    const alias_rec *r = &set->recs[i];
    const char *alias = set->strings + r->alias, *name = set->strings + r->name;
    /* Re-adding an exact alias needs its '=' back. */
    char buffer[MAX_ALIAS_BYTES + 2];
    size_t alias_len = strlen(alias);
    if (r->flags & AF_EXACT) {
      buffer[0] = '=';
      memcpy(buffer + 1, alias, alias_len);
      alias = buffer;
      alias_len++;
    }
    int rc = tf_entity_builder_add(b, alias, alias_len, name, strlen(name), r->kind,
                                   r->code[0] ? r->code : NULL, r->source);
    if (rc == TF_ENTITY_NOMEM) return rc;
  }
  return TF_ENTITY_ADDED;
}

tf_entity_set *tf_entity_build(tf_entity_builder *b) {
  tf_entity_set *set = tf_malloc(sizeof(*set));
  if (!set) {
    tf_entity_builder_free(b);
    return NULL;
  }
  memset(set, 0, sizeof(*set));
  set->trie = tf_trie_build(b->trie); /* frees the trie builder */
  b->trie = NULL;
  set->recs = b->recs;
  set->count = b->count;
  set->strings = b->strings.p;
  b->recs = NULL;
  b->strings.p = NULL;
  tf_entity_builder_free(b);
  if (!set->trie) {
    tf_entity_set_free(set);
    return NULL;
  }
  if (tf_word_map_init(&set->lower_words, set->count + 1)) {
    tf_entity_set_free(set);
    return NULL;
  }
  for (size_t i = 0; i < set->count; i++) {
    const alias_rec *r = &set->recs[i];
    if (r->flags & AF_UPPER_START) continue;
    char folded[MAX_ALIAS_BYTES * 4 + 8];
    const char *alias = set->strings + r->alias;
    uint64_t hash;
    int n = tf_fold_string(alias, (int)strlen(alias), folded, sizeof folded);
    if (n > 0 && ((unsigned char)folded[0] >= 0x80 ? 0 : (folded[0] >= 'a' && folded[0] <= 'z')) &&
        tf_key_first_word_hash(folded, &hash))
      tf_word_map_put(&set->lower_words, hash, 1);
    else
      set->lower_start[r->first_byte] = 1;
  }
  return set;
}

void tf_entity_set_free(tf_entity_set *set) {
  if (!set) return;
  tf_free(set->lower_words.keys);
  tf_free(set->lower_words.values);
  tf_trie_free(set->trie);
  tf_free(set->recs);
  tf_free(set->strings);
  tf_free(set);
}

size_t tf_entity_set_alias_count(const tf_entity_set *set) { return set->count; }

void tf_entity_set_entry(const tf_entity_set *set, size_t i, const char **alias,
                         const char **name, int *kind, const char **code, int *source) {
  const alias_rec *r = &set->recs[i];
  *alias = set->strings + r->alias;
  *name = set->strings + r->name;
  *kind = r->kind;
  *code = r->code;
  *source = r->source;
}

int tf_entity_lookup(const tf_entity_set *set, const char *text, size_t len, const char **name,
                     int *kind, const char **code) {
  char folded[MAX_ALIAS_BYTES * 4 + 8];
  if (len == 0 || len > MAX_ALIAS_BYTES) return 0;
  int n = tf_fold_string(text, (int)len, folded, sizeof folded);
  if (n <= 0) return 0;
  int32_t v = tf_trie_get(set->trie, folded, (size_t)n);
  if (v < 0 || set->recs[v].kind == TF_KIND_IGNORE) return 0;
  const alias_rec *r = &set->recs[v];
  *name = set->strings + r->name;
  *kind = r->kind;
  *code = r->code;
  return 1;
}

/* ------------------------------------------------------------------------ */
/* Does the alias fit the text s[start..end) that its folded form matched? */

/* Same text, code point for code point, white space runs and apostrophes alike. */
static int exact_equal(const unsigned char *s, size_t start, size_t end, const char *alias) {
  const unsigned char *a = (const unsigned char *)alias;
  size_t an = strlen(alias), p = start, q = 0;
  while (p < end && q < an) {
    size_t pn, qn;
    int32_t cp = tf_utf8_decode(s, end, p, &pn), ca = tf_utf8_decode(a, an, q, &qn);
    int cc = tf_char_class(cp), ac = tf_char_class(ca);
    if (cc == TF_CC_SPACE && ac == TF_CC_SPACE) {
      while (pn < end && tf_char_class(tf_utf8_decode(s, end, pn, &p)) == TF_CC_SPACE) pn = p;
      while (qn < an && tf_char_class(tf_utf8_decode(a, an, qn, &q)) == TF_CC_SPACE) qn = q;
    } else if (cp != ca && !(cc == ac && (cc == TF_CC_APOSTROPHE || cc == TF_CC_HYPHEN))) {
      return 0;
    }
    p = pn;
    q = qn;
  }
  return p == end && q == an;
}

static int alias_fits(const tf_entity_set *set, const alias_rec *r, const unsigned char *s,
                      size_t len, size_t start, size_t end) {
  if (!(r->flags & (AF_CJK_END | AF_OPEN_END)) && end < len) {
    size_t next;
    int c = tf_char_class(tf_utf8_decode(s, len, end, &next));
    if (c == TF_CC_LETTER || c == TF_CC_DIGIT) return 0;
  }
  if (r->flags & AF_EXACT) return exact_equal(s, start, end, set->strings + r->alias);
  if (!(r->flags & AF_UPPER) && !r->cap_words) return 1;
  unsigned word = 0;
  int in_word = 0;
  for (size_t p = start; p < end;) {
    size_t next;
    int32_t cp = tf_utf8_decode(s, end, p, &next);
    int lc = tf_letter_case(cp);
    if ((r->flags & AF_UPPER) && lc < 0) return 0;
    if (is_word_class(tf_char_class(cp))) {
      if (!in_word) {
        if (word < 32 && (r->cap_words & (1u << word)) && lc <= 0) return 0;
        word++;
      }
      in_word = 1;
    } else {
      in_word = 0;
    }
    p = next;
  }
  return 1;
}

/* The longest alias that fits at p: its record and end, or NULL. */
static const alias_rec *dictionary_at(const tf_entity_set *set, const unsigned char *s,
                                      size_t len, size_t p, size_t *end) {
  tf_trie_hit hits[8];
  int n = tf_trie_match(set->trie, s, len, p, hits, 8);
  for (int i = n - 1; i >= 0; i--) {
    const alias_rec *r = &set->recs[hits[i].value];
    if (alias_fits(set, r, s, len, p, hits[i].end)) {
      *end = hits[i].end;
      return r;
    }
  }
  return NULL;
}

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
#define G_CUES (G_PERSON | G_ORG | G_PRODUCT | G_PLACE)

static const struct {
  const char *name;
  unsigned mask;
} guess_classes[] = {
  {"stop", G_STOP},       {"person", G_PERSON},           {"person_after", G_PERSON_AFTER},
  {"org", G_ORG},         {"orgsuffix", G_ORGSUFFIX},     {"product", G_PRODUCT},
  {"place", G_PLACE},     {"filler", G_FILLER},
};

/* Particles that may join the capitalised words of one name. */
static const char *const connectors[] = {"of", "von", "van", "der", "den", "bin", "ibn", "al",
                                         "el",  "da",  "di",  "dos", "del", "y",   "&"};

typedef struct guess_lexicon {
  tf_trie *trie;
  uint16_t (*masks)[2]; /* [entry][0 = fr, 1 = en] */
  size_t count;
} guess_lexicon;

/* ------------------------------------------------------------------------ */
/* The built-in set: ICU's countries and regions, then entities.tsv. */

static tf_entity_set *builtin_set;
static size_t builtin_conflicts;
static guess_lexicon guess;
static char builtin_error[256];
static int builtin_result = TF_ERROR;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

/* ICU's name for a region code in one locale and length, as UTF-8; 0 if none. */
static int region_name(ULocaleDisplayNames *names, const char *code, char *out, int cap) {
  UChar buffer[160];
  UErrorCode status = U_ZERO_ERROR;
  int32_t n = uldn_regionDisplayName(names, code, buffer, 160, &status);
  if (U_FAILURE(status) || n <= 0 || n >= 160) return 0;
  int32_t bytes = 0;
  u_strToUTF8(out, cap, &bytes, buffer, n, &status);
  if (U_FAILURE(status) || bytes <= 0 || bytes >= cap) return 0;
  out[bytes] = 0;
  /* ICU answers unknown codes with the code itself. */
  return strcmp(out, code) != 0;
}

typedef struct icu_names {
  ULocaleDisplayNames *standard[3], *short_form[3]; /* en, fr, zh */
} icu_names;

static int icu_names_open(icu_names *icu) {
  static const char *const locales[3] = {"en", "fr", "zh"};
  memset(icu, 0, sizeof(*icu));
  for (int i = 0; i < 3; i++) {
    UErrorCode status = U_ZERO_ERROR;
    icu->standard[i] = uldn_open(locales[i], ULDN_STANDARD_NAMES, &status);
    UDisplayContext context[] = {UDISPCTX_LENGTH_SHORT};
    UErrorCode status2 = U_ZERO_ERROR;
    icu->short_form[i] = uldn_openForContext(locales[i], context, 1, &status2);
    if (U_FAILURE(status) || U_FAILURE(status2)) return -1;
  }
  return 0;
}

static void icu_names_close(icu_names *icu) {
  for (int i = 0; i < 3; i++) {
    if (icu->standard[i]) uldn_close(icu->standard[i]);
    if (icu->short_form[i]) uldn_close(icu->short_form[i]);
  }
}

/* The canonical (English) name of a region: ICU's short form unless that is
** an abbreviation ("US", "UK"), then the standard one; a parenthesis dropped. */
static int canonical_region_name(icu_names *icu, const char *code, char *out, int cap) {
  char shorter[256];
  int has_short = region_name(icu->short_form[0], code, shorter, sizeof shorter);
  int ok = 0;
  if (has_short) {
    int lower = 0;
    for (const char *c = shorter; *c; c++) lower |= (*c >= 'a' && *c <= 'z');
    if (lower) {
      snprintf(out, (size_t)cap, "%s", shorter);
      ok = 1;
    }
  }
  if (!ok && !region_name(icu->standard[0], code, out, cap)) return 0;
  char *paren = strstr(out, " (");
  if (paren) *paren = 0;
  return 1;
}

/* Adds an ICU name unless another region already has it: ICU's names clash
** at times ("Saint-Martin (partie néerlandaise)" for SX gives "Saint-Martin",
** which is MF); the first region keeps it. */
static int add_icu_alias(tf_entity_builder *b, const char *alias, size_t len, const char *name,
                         const char *code) {
  char folded[MAX_ALIAS_BYTES * 4 + 8];
  int n = len <= MAX_ALIAS_BYTES ? tf_fold_string(alias, (int)len, folded, sizeof folded) : -1;
  if (n <= 0) return TF_ENTITY_ADDED;
  int32_t previous = tf_trie_builder_get(b->trie, folded, (size_t)n);
  if (previous >= 0 && strcmp(b->strings.p + b->recs[previous].name, name) != 0)
    return TF_ENTITY_ADDED;
  return tf_entity_builder_add(b, alias, len, name, strlen(name), TF_KIND_PLACE, code,
                               TF_SOURCE_BUILTIN);
}

/* Adds one ICU name of a region, its parts around a parenthesis too. Names
** that start in lower case ("world") would match common words: left out. */
static int add_region_alias(tf_entity_builder *b, const char *alias, const char *name,
                            const char *code) {
  if (alias[0] >= 'a' && alias[0] <= 'z') return TF_ENTITY_ADDED;
  int rc = add_icu_alias(b, alias, strlen(alias), name, code);
  const char *open = strstr(alias, " (");
  const char *close = open ? strchr(open, ')') : NULL;
  if (rc != TF_ENTITY_NOMEM && open && close) {
    rc = add_icu_alias(b, alias, (size_t)(open - alias), name, code);
    if (rc != TF_ENTITY_NOMEM) rc = add_icu_alias(b, open + 2, (size_t)(close - open - 2), name, code);
  }
  return rc == TF_ENTITY_NOMEM ? rc : TF_ENTITY_ADDED;
}

/* All ICU names of a region code (countries: code is also the ISO code). */
static int add_icu_region(tf_entity_builder *b, icu_names *icu, const char *region,
                          const char *iso_code, char *name, int name_cap) {
  if (!canonical_region_name(icu, region, name, name_cap)) return TF_ENTITY_BAD_ALIAS;
  char alias[256];
  for (int i = 0; i < 3; i++) {
    if (region_name(icu->standard[i], region, alias, sizeof alias) &&
        add_region_alias(b, alias, name, iso_code) == TF_ENTITY_NOMEM)
      return TF_ENTITY_NOMEM;
    if (region_name(icu->short_form[i], region, alias, sizeof alias) &&
        add_region_alias(b, alias, name, iso_code) == TF_ENTITY_NOMEM)
      return TF_ENTITY_NOMEM;
  }
  return TF_ENTITY_ADDED;
}

/* The next line of a compiled-in data file: its start and length, advancing
** *data past it. 0 at the end. */
static int next_data_line(const char **data, const char **line, size_t *len) {
  if (!**data) return 0;
  const char *eol = strchr(*data, '\n');
  *line = *data;
  *len = eol ? (size_t)(eol - *data) : strlen(*data);
  *data += *len + (eol ? 1 : 0);
  return 1;
}

/* The next item of a list "a | b | c" from *p (< len), trimmed: [*a, *e),
** possibly empty; advances *p past it. */
static void next_list_item(const char *list, size_t len, size_t *p, size_t *a, size_t *e) {
  size_t q = *p;
  while (q < len && list[q] != '|') q++;
  *a = *p;
  *e = q;
  while (*a < *e && list[*a] == ' ') (*a)++;
  while (*e > *a && list[*e - 1] == ' ') (*e)--;
  *p = q + 1;
}

/* Splits "a | b | c" and adds each alias for name. */
static int add_alias_list(tf_entity_builder *b, const char *list, size_t len, const char *name,
                          int kind, const char *code, int line) {
  size_t p = 0, a, e;
  while (p < len) {
    next_list_item(list, len, &p, &a, &e);
    if (e > a) {
      int rc = tf_entity_builder_add(b, list + a, e - a, name, strlen(name), kind, code,
                                     TF_SOURCE_BUILTIN);
      if (rc == TF_ENTITY_NOMEM) return rc;
      if (rc == TF_ENTITY_BAD_ALIAS) {
        snprintf(builtin_error, sizeof builtin_error, "entities.tsv line %d: bad alias '%.*s'",
                 line, (int)(e - a), list + a);
        return TF_ERROR;
      }
    }
  }
  return TF_ENTITY_ADDED;
}

/* Splits a data line into TAB-separated fields; returns how many. */
static int split_fields(const char *line, size_t len, const char *field[4], size_t field_len[4]) {
  int n = 0;
  size_t p = 0;
  while (n < 4) {
    size_t q = p;
    while (q < len && line[q] != '\t') q++;
    field[n] = line + p;
    field_len[n] = q - p;
    n++;
    if (q >= len) break;
    p = q + 1;
  }
  return n;
}

static int load_entities(tf_entity_builder *b, icu_names *icu) {
  const char *data = tf_data_entities, *line;
  size_t len;
  int line_no = 0;
  while (next_data_line(&data, &line, &len)) {
    line_no++;
    const char *f[4];
    size_t fl[4];
    int n = split_fields(line, len, f, fl);
    char name[256], code[3] = "";
    int kind = -1, rc = TF_ENTITY_ADDED;
    if (n < 2 || n > 3 || fl[1] == 0 || fl[1] >= sizeof name) {
      snprintf(builtin_error, sizeof builtin_error, "entities.tsv line %d: expected 2 or 3 fields",
               line_no);
      return TF_ERROR;
    }
    if (fl[0] == 7 && memcmp(f[0], "country", 7) == 0) {
      char region[8];
      if (fl[1] != 2) goto bad_code;
      memcpy(region, f[1], 2);
      region[2] = 0;
      memcpy(code, region, 3);
      if (!canonical_region_name(icu, region, name, sizeof name)) goto bad_code;
      kind = TF_KIND_PLACE;
    } else if (fl[0] == 6 && memcmp(f[0], "region", 6) == 0) {
      char region[8];
      if (fl[1] != 3) goto bad_code;
      memcpy(region, f[1], 3);
      region[3] = 0;
      rc = add_icu_region(b, icu, region, NULL, name, sizeof name);
      if (rc == TF_ENTITY_BAD_ALIAS) goto bad_code;
      kind = TF_KIND_PLACE;
    } else {
      kind = tf_entity_kind_parse(f[0], fl[0]);
      if (kind < 0 || kind == TF_KIND_IGNORE) {
        snprintf(builtin_error, sizeof builtin_error, "entities.tsv line %d: unknown kind '%.*s'",
                 line_no, (int)fl[0], f[0]);
        return TF_ERROR;
      }
      const char *nm = f[1];
      size_t nl = fl[1];
      if (nm[0] == '=') nm++, nl--; /* an exact name is also an exact alias */
      memcpy(name, nm, nl);
      name[nl] = 0;
      rc = add_alias_list(b, f[1], fl[1], name, kind, NULL, line_no);
    }
    if (rc == TF_ENTITY_ADDED && n == 3)
      rc = add_alias_list(b, f[2], fl[2], name, kind, code[0] ? code : NULL, line_no);
    if (rc == TF_ENTITY_NOMEM) return TF_NOMEM;
    if (rc != TF_ENTITY_ADDED) return TF_ERROR;
    continue;
  bad_code:
    snprintf(builtin_error, sizeof builtin_error, "entities.tsv line %d: unknown region '%.*s'",
             line_no, (int)fl[1], f[1]);
    return TF_ERROR;
  }
  return TF_OK;
}

static int build_builtin_set(void) {
  icu_names icu;
  if (icu_names_open(&icu)) {
    icu_names_close(&icu);
    snprintf(builtin_error, sizeof builtin_error, "ICU display names unavailable");
    return TF_ERROR;
  }
  tf_entity_builder *b = tf_entity_builder_new();
  int rc = b ? TF_OK : TF_NOMEM;
  const char *const *countries = uloc_getISOCountries();
  char name[256];
  for (size_t i = 0; rc == TF_OK && countries[i]; i++) {
    int added = add_icu_region(b, &icu, countries[i], countries[i], name, sizeof name);
    if (added == TF_ENTITY_NOMEM) rc = TF_NOMEM;
  }
  if (rc == TF_OK) rc = load_entities(b, &icu);
  icu_names_close(&icu);
  if (b) builtin_conflicts = tf_entity_builder_conflicts(b);
  if (rc != TF_OK) {
    tf_entity_builder_free(b);
    return rc;
  }
  builtin_set = tf_entity_build(b);
  return builtin_set ? TF_OK : TF_NOMEM;
}

static int guess_add(tf_trie_builder *tb, uint16_t (**masks)[2], size_t *count, size_t *cap,
                     const char *word, size_t len, unsigned mask, int langs) {
  while (len && word[len - 1] == '.') len--; /* "M." = "M": the scan allows the dot */
  char folded[256];
  if (len == 0 || len > 200) return TF_OK;
  int n = tf_fold_string(word, (int)len, folded, sizeof folded);
  if (n <= 0) return TF_ERROR;
  int32_t v = tf_trie_builder_get(tb, folded, (size_t)n);
  if (v < 0) {
    if (*count == *cap) {
      size_t c = *cap ? *cap * 2 : 512;
      uint16_t(*grown)[2] = tf_realloc(*masks, c * sizeof(**masks));
      if (!grown) return TF_NOMEM;
      *masks = grown;
      *cap = c;
    }
    v = (int32_t)(*count)++;
    (*masks)[v][0] = (*masks)[v][1] = 0;
    if (tf_trie_builder_add(tb, folded, (size_t)n, v, NULL)) return TF_NOMEM;
  }
  if (langs & 1) (*masks)[v][0] |= (uint16_t)mask;
  if (langs & 2) (*masks)[v][1] |= (uint16_t)mask;
  return TF_OK;
}

static int build_guess_lexicon(void) {
  tf_trie_builder *tb = tf_trie_builder_new();
  uint16_t(*masks)[2] = NULL;
  size_t count = 0, cap = 0;
  int rc = tb ? TF_OK : TF_NOMEM;
  for (size_t i = 0; rc == TF_OK && i < sizeof connectors / sizeof connectors[0]; i++)
    rc = guess_add(tb, &masks, &count, &cap, connectors[i], strlen(connectors[i]), G_CONNECTOR, 3);
  const char *data = tf_data_guess, *line;
  size_t len;
  int line_no = 0;
  while (rc == TF_OK && next_data_line(&data, &line, &len)) {
    line_no++;
    const char *f[4];
    size_t fl[4];
    int n = split_fields(line, len, f, fl);
    unsigned mask = 0;
    int langs = 0;
    for (size_t k = 0; n == 3 && k < sizeof guess_classes / sizeof guess_classes[0]; k++)
      if (strlen(guess_classes[k].name) == fl[0] && memcmp(guess_classes[k].name, f[0], fl[0]) == 0)
        mask = guess_classes[k].mask;
    if (n == 3 && fl[1] == 2 && memcmp(f[1], "fr", 2) == 0) langs = 1;
    if (n == 3 && fl[1] == 2 && memcmp(f[1], "en", 2) == 0) langs = 2;
    if (n == 3 && fl[1] == 1 && f[1][0] == '*') langs = 3;
    if (!mask || !langs) {
      snprintf(builtin_error, sizeof builtin_error, "guess.tsv line %d: bad class or lang",
               line_no);
      rc = TF_ERROR;
      break;
    }
    size_t p = 0, a, e;
    while (rc == TF_OK && p < fl[2]) {
      next_list_item(f[2], fl[2], &p, &a, &e);
      if (e > a) rc = guess_add(tb, &masks, &count, &cap, f[2] + a, e - a, mask, langs);
      if (rc == TF_ERROR)
        snprintf(builtin_error, sizeof builtin_error, "guess.tsv line %d: bad word '%.*s'",
                 line_no, (int)(e - a), f[2] + a);
    }
  }
  if (rc != TF_OK) {
    tf_trie_builder_free(tb);
    tf_free(masks);
    return rc;
  }
  guess.trie = tf_trie_build(tb);
  guess.masks = masks;
  guess.count = count;
  return guess.trie ? TF_OK : TF_NOMEM;
}

static void builtin_once_body(void) {
  int rc = tf_core_init();
  if (rc != TF_OK) {
    snprintf(builtin_error, sizeof builtin_error, "%s", tf_core_error());
  } else {
    rc = build_guess_lexicon();
    if (rc == TF_OK) rc = build_builtin_set();
  }
  if (rc == TF_NOMEM && !builtin_error[0]) snprintf(builtin_error, sizeof builtin_error, "out of memory");
  builtin_result = rc;
}

const tf_entity_set *tf_entity_builtin(void) {
  pthread_once(&builtin_once, builtin_once_body);
  return builtin_result == TF_OK ? builtin_set : NULL;
}

const char *tf_entity_builtin_error(void) { return builtin_error; }

size_t tf_entity_builtin_conflicts(void) { return builtin_conflicts; }

/* ------------------------------------------------------------------------ */
/* The scan. */

#define RING 8          /* words remembered for cues before a name */
#define MAX_RUN_WORDS 6 /* capitalised words in one guessed name */

typedef struct word_ref {
  size_t start, end;
} word_ref;

typedef struct run {
  int open;
  size_t start, end;     /* of the capitalised words so far */
  size_t pending_end;    /* end of particles after them ("von der"), or 0 */
  unsigned words, particles;
  int cue;               /* a kind from a cue before, or -1 */
  int suffix_org, model; /* a legal suffix, a word with digits */
  int at_sentence_start;
  int in_aside; /* in a credit line, or in parentheses right after a name */
} run;

typedef struct guess_rec {
  size_t mention;     /* index in the list */
  uint32_t key;       /* folded name, in the key arena */
  unsigned words;
  int kind;           /* from this mention's cues, or TF_KIND_UNKNOWN */
  int weak, dropped;
} guess_rec;

typedef struct scan {
  const tf_entity_set *set;
  const unsigned char *s;
  size_t len;
  int lang; /* 0 = fr, 1 = en, 2 = both */
  tf_entity_list *out;
  word_ref ring[RING];
  size_t ring_count;
  run r;
  int sentence_start;
  int aside; /* see run.in_aside; parentheses end it, credit lines at their end */
  size_t last_mention_end; /* of the last name found, +1; 0 = none */
  size_t line_start;
  size_t title_line_start; /* the line title_line_result is about, +1; 0 = none */
  int title_line_result;
  guess_rec *guesses;
  size_t guess_count, guess_capacity;
  strbuf keys;
  int nomem;
} scan;

/* ASCII classes for the fast path; A_WORD marks the classes of word bytes. */
enum { A_OTHER = 0, A_LOWER = 1, A_UPPER = 2, A_DIGIT = 3, A_SPACE = 4, A_NEWLINE = 5 };
#define A_WORD(c) ((c) >= A_LOWER && (c) <= A_DIGIT)
#define R4(x) x, x, x, x
#define R8(x) R4(x), R4(x)
#define R16(x) R8(x), R8(x)
static const unsigned char ascii_classes[128] = {
  /* 0x00 */ 0, 0, 0, 0, 0, 0, 0, 0, 0, A_SPACE, A_NEWLINE, A_SPACE, A_SPACE, A_NEWLINE, 0, 0,
  /* 0x10 */ R16(0),
  /* 0x20 */ A_SPACE, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  /* 0x30 */ R8(A_DIGIT), A_DIGIT, A_DIGIT, 0, 0, 0, 0, 0, 0,
  /* 0x40 */ 0, R8(A_UPPER), R4(A_UPPER), A_UPPER, A_UPPER, A_UPPER,
  /* 0x50 */ R8(A_UPPER), A_UPPER, A_UPPER, A_UPPER, 0, 0, 0, 0, 0,
  /* 0x60 */ 0, R8(A_LOWER), R4(A_LOWER), A_LOWER, A_LOWER, A_LOWER,
  /* 0x70 */ R8(A_LOWER), A_LOWER, A_LOWER, A_LOWER, 0, 0, 0, 0, 0,
};
static inline unsigned char ascii_class(unsigned char b) { return b < 0x80 ? ascii_classes[b] : A_OTHER; }

/* The end of the Latin word (letters, digits; not ideographs) at p. */
static size_t word_end(const unsigned char *s, size_t len, size_t p) {
  while (p < len) {
    unsigned char b = s[p];
    if (b < 0x80) {
      if (!A_WORD(ascii_classes[b])) break;
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
  return p;
}

/* The guess-lexicon classes of the text s[start..end) as a whole, or 0: for
** the language given, or for both when it was 'auto' (short texts defeat
** detection, and the lists rarely disagree). */
static unsigned phrase_mask(const scan *sc, size_t start, size_t end) {
  tf_trie_hit hits[6];
  int n = tf_trie_match(guess.trie, sc->s, end, start, hits, 6);
  for (int i = n - 1; i >= 0; i--)
    if (hits[i].end == end) {
      const uint16_t *m = guess.masks[hits[i].value];
      return sc->lang == 2 ? (unsigned)(m[0] | m[1]) : m[sc->lang];
    }
  return 0;
}

static const word_ref *ring_back(const scan *sc, size_t k) {
  if (k >= sc->ring_count || k >= RING) return NULL;
  return &sc->ring[(sc->ring_count - 1 - k) % RING];
}

static int kind_of_cue(unsigned mask) {
  if (mask & G_PERSON) return TF_KIND_PERSON;
  if (mask & G_ORG) return TF_KIND_ORG;
  if (mask & G_PRODUCT) return TF_KIND_PRODUCT;
  if (mask & G_PLACE) return TF_KIND_PLACE;
  return -1;
}

/* Between a cue and a name: spaces, apostrophes, opening quotes, and one dot
** right after the cue ("M. Zhang", "Dr. Su"). */
static int cue_gap_ok(const unsigned char *s, size_t len, size_t from, size_t to) {
  size_t p = from;
  if (p < to && s[p] == '.') p++;
  if (p == to && to > from) return 0; /* the dot must be followed by a space */
  while (p < to) {
    size_t next;
    int32_t cp = tf_utf8_decode(s, len, p, &next);
    int c = tf_char_class(cp);
    if (c != TF_CC_SPACE && c != TF_CC_APOSTROPHE && cp != 0xAB && cp != 0x201C && cp != '"' &&
        cp != '(')
      return 0;
    p = next;
  }
  return 1;
}

/* A cue ending before a name that starts at name_start, across fillers. */
static int cue_before(const scan *sc, size_t name_start) {
  size_t pos = name_start;
  int fillers = 0;
  for (size_t k = 0; k + 1 < RING; k++) {
    const word_ref *w = ring_back(sc, k);
    if (!w || !cue_gap_ok(sc->s, sc->len, w->end, pos)) return -1;
    /* Phrases of up to three words ending with this one, longest first. */
    for (size_t j = k + 2; j + 1 > k; j--) {
      const word_ref *first = ring_back(sc, j);
      if (!first) continue;
      unsigned mask = phrase_mask(sc, first->start, w->end);
      int kind = kind_of_cue(mask);
      if (kind >= 0) return kind;
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

/* A cue after a name: ", fondateur de" → person, ", Inc." / " Ltd" → org. */
static int cue_after(const scan *sc, size_t end) {
  size_t p = skip_hspace(sc, end);
  int comma = p < sc->len && sc->s[p] == ',';
  if (comma) p++;
  size_t ws, we;
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

/* Is the line around pos written in title case (a headline)? */
static int title_line(scan *sc) {
  if (sc->title_line_start == sc->line_start + 1) return sc->title_line_result;
  const unsigned char *s = sc->s;
  size_t p = sc->line_start, limit = sc->line_start + 300;
  unsigned capital = 0, lower = 0;
  int result = 0;
  while (p < sc->len && p < limit && s[p] != '\n') {
    size_t e = word_end(s, sc->len, p);
    if (e == p) {
      size_t next;
      tf_utf8_decode(s, sc->len, p, &next);
      p = next;
      continue;
    }
    if (e - p >= 4) {
      size_t next;
      int lc = tf_letter_case(tf_utf8_decode(s, sc->len, p, &next));
      if (lc > 0) capital++;
      else if (lc < 0) lower++;
    }
    p = e;
  }
  /* A headline is short, mostly capitalised, and ends without a full stop. */
  size_t last = p;
  while (last > sc->line_start && (s[last - 1] == ' ' || s[last - 1] == '\r' || s[last - 1] == '\t'))
    last--;
  int full_stop = last > sc->line_start && strchr(".!?", s[last - 1]) && s[last - 1];
  if (p < limit) result = capital >= 3 && capital > lower && !full_stop;
  sc->title_line_start = sc->line_start + 1;
  sc->title_line_result = result;
  return result;
}

static int list_push(scan *sc, size_t start, size_t end, const char *name, size_t name_len,
                     int kind, int source, const char *code) {
  tf_entity_list *out = sc->out;
  if (out->count == out->capacity) {
    size_t capacity = out->capacity ? out->capacity * 2 : 32;
    tf_entity_mention *grown = tf_realloc(out->items, capacity * sizeof(*grown));
    if (!grown) return -1;
    out->items = grown;
    out->capacity = capacity;
  }
  strbuf names = {out->names, out->names_len, out->names_capacity};
  int64_t off = strbuf_add(&names, name, name_len);
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

static void close_run(scan *sc) {
  run *r = &sc->r;
  if (!r->open) return;
  r->open = 0;
  size_t start = r->start, end = r->end;
  int cue = r->cue;
  if (cue < 0) cue = cue_after(sc, end);
  if (r->words == 1) {
    /* Short words alone ("Xi", "Q3") are not guessed; a letter never is. */
    size_t chars = 0;
    for (size_t p = start; p < end; p++) chars += (sc->s[p] & 0xC0) != 0x80;
    if (chars < 2 || (chars < 3 && cue < 0)) return;
  }
  if (tf_utf8_inside_character(sc->s, sc->len, end)) return; /* see tf_utf8.h */
  int kind = cue >= 0 ? cue : r->suffix_org ? TF_KIND_ORG : r->model ? TF_KIND_PRODUCT
                                                                    : TF_KIND_UNKNOWN;
  int weak = cue < 0 && (r->in_aside || title_line(sc) || (r->at_sentence_start && r->words == 1));
  char name[512];
  size_t n = collapse_spaces(sc->s, sc->len, start, end, name, sizeof name);
  char key[2048];
  int k = tf_fold_string(name, (int)n, key, sizeof key);
  if (k <= 0) return;
  if (sc->guess_count == sc->guess_capacity) {
    size_t capacity = sc->guess_capacity ? sc->guess_capacity * 2 : 16;
    guess_rec *grown = tf_realloc(sc->guesses, capacity * sizeof(*grown));
    if (!grown) {
      sc->nomem = 1;
      return;
    }
    sc->guesses = grown;
    sc->guess_capacity = capacity;
  }
  int64_t key_off = strbuf_add(&sc->keys, key, (size_t)k);
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

/* The gap between two words of a run: one space (a run of them), a hyphen,
** or " & ". */
static int run_gap_ok(const unsigned char *s, size_t len, size_t from, size_t to) {
  if (from == to) return 0;
  size_t next;
  if (to - from <= 3 && tf_char_class(tf_utf8_decode(s, len, from, &next)) == TF_CC_HYPHEN &&
      next == to)
    return 1;
  size_t p = from;
  int ampersand = 0;
  while (p < to) {
    size_t h = tf_hspace_at(s, len, p);
    if (!h && s[p] == '&' && !ampersand && p > from && tf_hspace_at(s, len, p + 1)) {
      ampersand = 1; /* "Johnson & Johnson" */
      h = 1;
    }
    if (!h) return 0;
    p += h;
  }
  return 1;
}

/* A built-in organisation or product met at [start, end): absorbs a legal
** suffix or a model number that follows, then adds the mention. Returns the
** end of the mention. */
static size_t emit_dictionary(scan *sc, const alias_rec *r, size_t start, size_t end) {
  const char *name = sc->set->strings + r->name;
  size_t name_len = strlen(name);
  char extended[600];
  if (r->kind == TF_KIND_ORG) {
    size_t ws, we;
    for (int i = 0; i < 2 && next_word(sc, end, &ws, &we) && run_gap_ok(sc->s, sc->len, end, ws);
         i++) {
      size_t next;
      if (tf_letter_case(tf_utf8_decode(sc->s, sc->len, ws, &next)) <= 0) break;
      if (!(phrase_mask(sc, ws, we) & G_ORGSUFFIX)) break;
      end = we;
    }
  } else if (r->kind == TF_KIND_PRODUCT) {
    size_t ws = end, we;
    if (ws < sc->len && sc->s[ws] == '-') ws++;
    else ws = skip_hspace(sc, ws);
    we = word_end(sc->s, sc->len, ws);
    if (ws > end && we > ws && ws - end <= 3 && model_token(sc->s, ws, we) &&
        name_len + 1 + (we - ws) < sizeof extended) {
      memcpy(extended, name, name_len);
      extended[name_len] = ' ';
      memcpy(extended + name_len + 1, sc->s + ws, we - ws);
      name_len += 1 + (we - ws);
      name = extended;
      end = we;
    }
  }
  if (tf_utf8_inside_character(sc->s, sc->len, end)) return end;
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

/* "XXI", "IV", "XXIᵉ": a Roman numeral (with an ordinal mark). */
static int roman_numeral(const unsigned char *s, size_t ws, size_t we) {
  size_t p = ws;
  while (p < we && strchr("IVXLCDM", s[p]) && s[p]) p++;
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

/* A capitalised word [ws, we) that no alias covers. */
static void capitalised_word(scan *sc, size_t ws, size_t we) {
  unsigned mask = phrase_mask(sc, ws, we);
  run *r = &sc->r;
  size_t from = r->pending_end ? r->pending_end : r->end;
  int joins = r->open && r->words < MAX_RUN_WORDS && run_gap_ok(sc->s, sc->len, from, ws);
  if ((mask & G_ORGSUFFIX) && joins) { /* "Xiaomo Group", "Deutsche Bank" */
    r->end = we;
    r->words++;
    r->pending_end = 0;
    r->suffix_org = 1;
    return;
  }
  if ((mask & (G_STOP | G_CUES | G_FILLER | G_ORGSUFFIX)) || roman_numeral(sc->s, ws, we) ||
      currency_code_word(sc->s, ws, we)) {
    close_run(sc);
    return;
  }
  int digits = 0, camel = 0;
  for (size_t p = ws; p < we; p++) {
    digits |= sc->s[p] >= '0' && sc->s[p] <= '9';
    camel |= p > ws && sc->s[p] >= 'A' && sc->s[p] <= 'Z' && sc->s[p - 1] >= 'a' && sc->s[p - 1] <= 'z';
  }
  if (joins) {
    r->end = we;
    r->words++;
    r->pending_end = 0;
    r->model |= digits;
    return;
  }
  close_run(sc);
  r->open = 1;
  r->start = ws;
  r->end = we;
  r->pending_end = 0;
  r->words = 1;
  r->particles = 0;
  r->cue = cue_before(sc, ws);
  r->suffix_org = 0;
  r->model = digits;
  /* "ARKTechNews", "DeepSeek": inner capitals are no common word, even first */
  r->at_sentence_start = sc->sentence_start && !camel;
  r->in_aside = sc->aside;
}

/* A word that does not start with a capital: a particle or model number may
** continue a run; anything else ends it. */
static void other_word(scan *sc, size_t ws, size_t we) {
  run *r = &sc->r;
  if (!r->open) return;
  size_t from = r->pending_end ? r->pending_end : r->end;
  if (!r->pending_end && model_token(sc->s, ws, we) && run_gap_ok(sc->s, sc->len, r->end, ws)) {
    r->end = we;
    r->words++;
    r->model = 1;
    return;
  }
  if (r->particles < 2 && tf_hspace_at(sc->s, sc->len, from) &&
      run_gap_ok(sc->s, sc->len, from, ws) && (phrase_mask(sc, ws, we) & G_CONNECTOR)) {
    r->pending_end = we;
    r->particles++;
    return;
  }
  close_run(sc);
}

/* Does a '.' at p end a sentence? Not after an initial or a title ("M.",
** "Dr."), nor inside "01.ai" or "3.5". */
static int dot_ends_sentence(const scan *sc, size_t p) {
  if (p + 1 < sc->len) {
    unsigned char b = sc->s[p + 1];
    int after_ok;
    if (b >= 0x80) after_ok = tf_hspace_at(sc->s, sc->len, p + 1) != 0;
    else after_ok = ascii_class(b) == A_SPACE || ascii_class(b) == A_NEWLINE || b == '"' || b == ')';
    if (!after_ok) return 0;
  }
  const word_ref *w = ring_back(sc, 0);
  if (w && w->end == p) {
    if (w->end - w->start == 1 && ascii_class(sc->s[w->start]) == A_UPPER) return 0;
    if (phrase_mask(sc, w->start, w->end) & (G_PERSON | G_ORGSUFFIX)) return 0;
  }
  return 1;
}

/* Unifies the guesses of one text (see the header comment). */
typedef struct key_slot {
  uint32_t key;   /* offset + 1; 0 = empty */
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

static int settle_guesses(scan *sc) {
  size_t n = sc->guess_count;
  if (!n) return 0;
  size_t size = 16;
  while (size < n * 4) size *= 2;
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
  /* 1. First and last words of longer names that are not weak. */
  for (size_t i = 0; i < n; i++) {
    const guess_rec *g = &sc->guesses[i];
    if (g->words < 2 || g->weak) continue;
    const char *key = arena + g->key;
    const char *space = strchr(key, ' ');
    const char *last = strrchr(key, ' ');
    for (int side = 0; side < 2 && space; side++) {
      size_t len = side == 0 ? (size_t)(space - key) : strlen(last + 1);
      const char *word = side == 0 ? key : last + 1;
      if (len >= sizeof buffer) continue;
      memcpy(buffer, word, len);
      buffer[len] = 0;
      int64_t off = strbuf_add(&sc->keys, buffer, len);
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
  /* 2. One word that is part of exactly one longer name takes that name. */
  for (size_t i = 0; i < n; i++) {
    guess_rec *g = &sc->guesses[i];
    if (g->words != 1) continue;
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
  /* 3. Groups by name: strong or not, and the kinds their cues voted. */
  for (size_t i = 0; i < n; i++) {
    guess_rec *g = &sc->guesses[i];
    key_slot *slot = slot_for(groups, size - 1, arena, arena + g->key);
    if (!slot->key) {
      slot->key = g->key + 1;
      slot->value = (int32_t)i;
    }
    int32_t *v = votes + (size_t)slot->value * 5;
    if (g->kind != TF_KIND_UNKNOWN) v[g->kind]++;
    if (!g->weak) v[4] = 1;
  }
  for (size_t i = 0; i < n; i++) {
    guess_rec *g = &sc->guesses[i];
    key_slot *slot = slot_for(groups, size - 1, arena, arena + g->key);
    const int32_t *v = votes + (size_t)slot->value * 5;
    tf_entity_mention *m = &sc->out->items[g->mention];
    if (!v[4]) {
      g->dropped = 1;
      continue;
    }
    int best = TF_KIND_UNKNOWN, best_votes = 0;
    for (int k = 0; k < 4; k++)
      if (v[k] > best_votes) best = k, best_votes = v[k];
    m->kind = (unsigned char)best;
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

int tf_entity_extract(const tf_entity_set *set, const unsigned char *s, size_t len, int lang,
                      tf_entity_list *out) {
  const size_t whole[1][2] = {{0, len}};
  return tf_entity_extract_ranges(set, s, len, lang, whole, 1, out);
}

/* Scans s[p..limit) (see tf_entity_extract). Returns 0, or 1 at a NUL. */
static int scan_range(scan *sc, size_t p, size_t limit);

int tf_entity_extract_ranges(const tf_entity_set *set, const unsigned char *s, size_t len, int lang,
                             const size_t (*ranges)[2], size_t range_count, tf_entity_list *out) {
  out->count = 0;
  out->names_len = 0;
  scan sc;
  memset(&sc, 0, sizeof sc);
  sc.set = set;
  sc.s = s;
  sc.len = len;
  sc.lang = lang == TF_LANG_FR ? 0 : lang == TF_LANG_EN ? 1 : 2;
  sc.out = out;
  for (size_t i = 0; i < range_count && !sc.nomem; i++) {
    size_t p = ranges[i][0], limit = ranges[i][1] < len ? ranges[i][1] : len;
    if (p >= limit || (i > 0 && p < ranges[i - 1][1])) continue;
    /* A range starts a sentence; its line starts at the last line break. */
    close_run(&sc);
    sc.ring_count = 0;
    sc.aside = 0;
    sc.sentence_start = 1;
    size_t line = p;
    while (line > 0 && p - line < 300 && s[line - 1] != '\n') line--;
    sc.line_start = line;
    if (scan_range(&sc, p, limit)) break;
  }
  close_run(&sc);
  int rc = sc.nomem ? -1 : settle_guesses(&sc);
  tf_free(sc.guesses);
  tf_free(sc.keys.p);
  if (rc) {
    out->count = 0;
    return TF_ENTITY_NOMEM;
  }
  for (size_t i = 0; i < out->count; i++)
    out->items[i].name = out->names + (uintptr_t)out->items[i].name;
  return 0;
}

static int scan_range(scan *sc, size_t p, size_t limit) {
  const tf_entity_set *set = sc->set;
  const unsigned char *s = sc->s;
  size_t len = sc->len;
  while (p < limit && !sc->nomem) {
    unsigned char b = s[p];
    int32_t cp;
    size_t next;
    int cls, upper;
    if (b < 0x80) {
      unsigned char a = ascii_class(b);
      next = p + 1;
      if (a == A_LOWER || a == A_UPPER || a == A_DIGIT) {
        cls = a == A_DIGIT ? TF_CC_DIGIT : TF_CC_LETTER;
        upper = a == A_UPPER;
        cp = b;
      } else {
        if (a == A_NEWLINE) {
          close_run(sc);
          sc->sentence_start = 1;
          sc->line_start = next;
          sc->aside = 0;
        } else if (b == '(') {
          /* "CANN (Compute Architecture for Neural Networks)": an expansion */
          size_t q = p;
          while (q > 0 && (s[q - 1] == ' ' || s[q - 1] == '\t')) q--;
          if (sc->last_mention_end && sc->last_mention_end - 1 == q) sc->aside = 1;
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
    } else {
      cp = tf_utf8_decode(s, len, p, &next);
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
    size_t known_end = 0; /* the end word_end() will give, when already known */
    int try_alias = upper;
    if (!try_alias) {
      unsigned char first;
      if (b < 0x80) first = (unsigned char)(b | (cls == TF_CC_LETTER ? 0x20 : 0));
      else {
        unsigned char folded[4];
        tf_fold(cp, folded);
        first = folded[0];
      }
      try_alias = set->lower_start[first];
      if (!try_alias && first >= 'a' && first <= 'z') {
        tf_word_info info;
        size_t e = tf_scan_word(s, len, p, &info);
        try_alias = tf_word_map_get(&set->lower_words, info.hash, NULL);
        /* ASCII letters only (one byte per letter), then an ASCII byte or the
        ** end: word_end() would stop at e too, so the word is not walked twice. */
        if (info.letters_end == e && info.letters == e - p && (e == len || s[e] < 0x80))
          known_end = e;
      }
    }
    if (try_alias) {
      size_t end;
      const alias_rec *r = dictionary_at(set, s, len, p, &end);
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
      close_run(sc);
      p = next;
      continue;
    }
    size_t we = known_end ? known_end : word_end(s, len, p);
    if (upper) capitalised_word(sc, p, we);
    else other_word(sc, p, we);
    remember_word(sc, p, we);
    sc->sentence_start = 0;
    p = we;
  }
  return 0;
}

void tf_entity_list_free(tf_entity_list *list) {
  tf_free(list->items);
  tf_free(list->names);
  memset(list, 0, sizeof(*list));
}
