/*
** tf_sentence.h — sentence boundaries over UTF-8 text.
**
**   tf_sentence_scanner sc;
**   tf_sentence_start(&sc, text, len, TF_LANG_FR);
**   while (tf_sentence_next(&sc, &start, &end)) { ... }
**
** The rules are those of Unicode's sentence boundaries (UAX #29, which ICU's
** sentence BreakIterator implements), applied directly to UTF-8 so that the
** cost is a byte scan, not a conversion of the whole text, with the tuning an
** article needs:
**  - a full stop ends a sentence when white space follows it (after any
**    closing quotes or brackets) and the next word does not start in lower
**    case: "3.5", "01.ai" and "e.g. the" do not break; or when it was typed
**    without its space between a lower-case word and a capitalised one
**    ("d'euros.Capgemini a");
**  - except after an abbreviation of the language ("M.", "Mme", "janv.",
**    "Mr.", "Inc.", "Jan."; ext/data/abbreviations.tsv), a single letter ("J. K. Rowling", "U.S."), or a
**    list number at the start of the sentence ("1. Introduction");
**  - "!" and "?" end a sentence unless lower case follows ("? dit-il");
**  - CJK full stops ("。！？") end it at once, without a space;
**  - a line break ends it (headlines, list items and paragraphs without a full
**    stop are sentences), except a single break inside running text, where
**    the line ends in a letter, digit or comma and the next one starts in lower case
**    or with a figure in brackets ("Nestlé\n(7,99)") (hard-wrapped text).
** Spans are trimmed of white space; blank text has no sentence. Offsets are
** bytes, end exclusive.
*/
#ifndef TF_SENTENCE_H
#define TF_SENTENCE_H
#include <stddef.h>

typedef struct tf_sentence_scanner {
  const unsigned char *s;
  size_t len;
  size_t pos;
  int langs; /* TF_LANG_BIT of the languages whose abbreviations apply; 0: not yet known
             ** ('auto', the text's language found when a word that is an abbreviation in
             ** some language first asks) */
} tf_sentence_scanner;

/* Reads ext/data/abbreviations.tsv (from tf_core_init). TF_OK, TF_NOMEM, or
** TF_ERROR with a message in err. */
int tf_sentence_init(char *err, size_t size);
/* Frees what tf_sentence_init built (tf_core's teardown). */
void tf_sentence_teardown(void);

/* Prepares a scan of s[0..len) with the abbreviations of lang (a tf_lang;
** AUTO: those of French and English together, since articles mix them, and of the
** language tf_lang_detect gives). Needs tf_core_init() == TF_OK. */
void tf_sentence_start(tf_sentence_scanner *sc, const unsigned char *s, size_t len, int lang);
/* The same, for AUTO with the text's language already detected (text_lang, as
** tf_lang_detect(s, len) gives it), so that it is not detected again. */
void tf_sentence_start_in(tf_sentence_scanner *sc, const unsigned char *s, size_t len, int lang,
                          int text_lang);

/* Is the '.' at dot a full stop typed without its space ("d'euros.Capgemini
** a")? Two lower-case letters before it, a capital and a lower-case letter after
** it (not "01.AI", "Node.js", "U.S."); the caller rules out abbreviations. Looks
** back no further than floor. */
int tf_sentence_glued_stop(const unsigned char *s, size_t len, size_t floor, size_t dot);

/* The next sentence: 1 and its trimmed bounds, or 0 when there is none. */
int tf_sentence_next(tf_sentence_scanner *sc, size_t *start, size_t *end);

/* Numbers the sentences that mentions start in, for mentions taken in text
** order (extract_facts' and the textfacts table's `sentence`): a mention
** starting at pos is in the first sentence that ends after pos (the last
** one when none does; sentence 0 of a blank text). */
typedef struct tf_sentence_counter {
  tf_sentence_scanner scanner; /* after the current sentence */
  size_t index, start, end;    /* the current sentence: its index and bounds */
  int have;                    /* the text has a sentence at all */
} tf_sentence_counter;

void tf_sentence_counter_init(tf_sentence_counter *c, const unsigned char *s, size_t len, int lang);
/* The same with the text's language already detected (see tf_sentence_start_in). */
void tf_sentence_counter_init_in(tf_sentence_counter *c, const unsigned char *s, size_t len,
                                 int lang, int text_lang);
/* The index of the sentence a mention starting at pos is in (pos must not
** decrease from one call to the next); c->start and c->end are its bounds. */
size_t tf_sentence_counter_at(tf_sentence_counter *c, size_t pos);

/* Is the word that ends just before a '.' at s[dot] an abbreviation after
** which the dot does not end a sentence (see above)? sentence_start bounds
** the look-back. */
int tf_sentence_abbreviation(const unsigned char *s, size_t sentence_start, size_t dot, int langs);

/* For tests: the number of byte values and offsets where the vector paths of the scan's
** skip over plain bytes disagree with its byte table (0 when they agree), and how many
** vector paths this build and processor have (0: bytes only; 1: SSE2; 2: AVX2 and SSE2). */
int tf_sentence_skip_selftest(void);
int tf_sentence_skip_paths(void);

#endif
