/*
** tf_facts.h — money mentions joined to whom they belong, what they are, the other
** party, the year they are for, and the other currency they are stated in.
**
**   tf_fact_list facts = {0};
**   tf_facts_extract(set, text, len, TF_LANG_AUTO, &facts);
**   for (i = 0; i < facts.count; i++) facts.items[i] ...
**   tf_fact_list_free(&facts);
**
** The mentions are exactly tf_money's, in its order. Names are read
** (tf_entity_extract_ranges) only in the lead and in the sentences that hold
** money, which is what makes facts cheap on long articles; a guessed name
** may therefore settle differently than extract_entities settles it over the
** whole text, while a name from the dictionary is always the same. A text
** without money costs one money scan. For each mention, within its sentence
** (tf_sentence.h; a window of 1 KB each side of it in a sentence longer than
** 4 KB):
**  - what: what the amount is (enum tf_what): the class of the nearest phrase of
**    ext/data/what.tsv near the amount (eight words before, six after, not past another
**    amount; "generic" words only when nothing else is near; "none" phrases and words
**    inside names say nothing; "null" words such as dividends settle it NULL; money
**    invested in a named company is its funding); a total over many companies before
**    it makes it market, and so do fines or rounds in the plural that nobody owns;
**    then the nearest phrase of the sentence, of the sentences before it back to the
**    amount before (a list's lead-in), then the amount before it in its paragraph.
**  - entity and counterparty: each name of the window gets a role from the words
**    around it (source, indirect, target, owner, neutral; ext/data/facts.tsv) and the
**    P_ bits of the phrase before it (money from it, to it, in it, for it, it leads, it
**    is the object, it receives). owner_tier and counterparty_rank read them with the
**    amount's what: the raiser and the lead investor of a round, the fined and the
**    authority, the buyer and the target, the seller and the customer, the borrower
**    and the lender, the state and the beneficiary, the spender and the supplier.
**    Names of one list share the role of its first. A name the amount follows directly
**    (a list's or table's row), its genitive and the antecedent of a relative clause
**    own it; then the nearest organisation before, then after. A market belongs to
**    nobody. Without an owner before it: the paragraph's topic (the first name of an
**    earlier sentence; else, after "la start-up", "the company", the name named last),
**    then the article's main organisation if it dominates (named twice as often as
**    any other, or the one dictionary name among guesses). A takeover's target and a series of fines' authority
**    carry over to the amounts after them.
**  - year and year_source: a year of the sentence with a cue, a list label or a what
**    word beside it, not the term of a comparison (sentence); else, unless the
**    sentence says its year relatively, a sentence of the paragraph that opens with its
**    year or the same owner's previous amount on its line (earlier); else the heading
**    above it, not a dateline (heading). docs/facts.md has the rules in full.
**  - group: two or more amounts in different currencies joined by a bracket
**    or a word of conversion ("160 milliards de yuan (environ 23 milliards de
**    dollars)", "150 milliards de yuans ou 20 milliards de dollars", "soit",
**    "or about"). They share the entity and the year found for the group.
*/
#ifndef TF_FACTS_H
#define TF_FACTS_H
#include "tf_entity.h"
#include "tf_money.h"
#include "tf_sentence.h"
#include <stddef.h>

/* What an amount is (ext/data/what.tsv; the values of the press corpus's GUIDE.md). */
enum tf_what {
  TF_WHAT_NONE = 0,
  TF_WHAT_INVESTMENT,
  TF_WHAT_REVENUE,
  TF_WHAT_PROFIT,
  TF_WHAT_FUNDING,
  TF_WHAT_VALUATION,
  TF_WHAT_ACQUISITION,
  TF_WHAT_FINE,
  TF_WHAT_PAY,
  TF_WHAT_BUDGET,
  TF_WHAT_DEBT,
  TF_WHAT_MARKET,
  TF_WHAT_PRICE,
  TF_WHAT_WEALTH,
  TF_WHAT_COUNT
};

/* "investment", "revenue" …; NULL for TF_WHAT_NONE or an unknown value. */
const char *tf_what_name(int what);

/* Where an amount's year was read. */
enum tf_year_source {
  TF_YEAR_NONE = 0,
  TF_YEAR_SENTENCE, /* the amount's own sentence */
  TF_YEAR_EARLIER,  /* an earlier sentence of its paragraph that governs it */
  TF_YEAR_HEADING,  /* the heading (a title line) of its section */
  TF_YEAR_SOURCE_COUNT
};
/* "sentence", "earlier", "heading"; NULL for TF_YEAR_NONE or an unknown value. */
const char *tf_year_source_name(int source);

typedef struct tf_fact {
  tf_money money;                      /* as tf_money_next gives it (bytes) */
  size_t sentence;                     /* 0-based index (tf_sentence.h) of the sentence the
                               mention starts in (a range may run over a line break) */
  size_t sentence_start, sentence_end; /* bytes: that sentence, stretched to the mention */
  const char *entity;                  /* its form in the text (use_text_forms), or NULL; in
                                          the list's names or in the text */
  size_t entity_len;
  int entity_kind;          /* enum tf_entity_kind when entity is set */
  int what;                 /* enum tf_what: what the amount is; TF_WHAT_NONE when nothing says */
  const char *counterparty; /* the other named party (as entity), or NULL */
  size_t counterparty_len;
  int counterparty_kind; /* enum tf_entity_kind when counterparty is set */
  int year;              /* 0 when none */
  int year_source;       /* enum tf_year_source: where the year was read; NONE when year is 0 */
  int grp;               /* 1, 2, … shared by one amount's currencies; 0 alone */
} tf_fact;

typedef struct tf_fact_list {
  tf_fact *items;
  size_t count, capacity;
  tf_entity_list entities; /* every entity of the text (the names live here) */
  /* The sentences the mentions were numbered with, for a caller that numbers other
  ** mentions of the same text (tf_document): the end of each sentence passed, by
  ** index, and the counter where it stopped (resume it with tf_sentence_counter_at for
  ** later positions), when keep_sentences was set before the call. sentences_ok is 0
  ** when they were not kept (not asked; no money; no memory). */
  int keep_sentences;
  size_t *sentence_ends;
  size_t sentence_ends_count, sentence_ends_capacity;
  tf_sentence_counter sentences;
  int sentences_ok;
  int text_lang; /* the language the text was read in (lang, or what 'auto' detected) */
  /* set by the caller: the memo the scan of names reads and fills (tf_entity_memo), for
  ** a caller that scans the same text again (tf_document); NULL: none */
  tf_entity_memo *entity_memo;
  /* the working arrays of a call, kept for the next one (a query over many texts then
  ** allocates them once); tf_fact_list_free frees them */
  struct tf_facts_scratch *scratch;
} tf_fact_list;

/* Reads the phrases of ext/data/facts.tsv (from tf_core_init). TF_OK, TF_NOMEM,
** or TF_ERROR with a message in err. */
int tf_facts_init(char *err, size_t size);
/* Frees the phrases (tf_core's teardown). */
void tf_facts_teardown(void);

/* Finds the facts of s[0..len) into *out (zeroed, or reused after
** tf_fact_list_free). set: the entities to know (tf_entity_builtin() or the
** user's). lang: a tf_lang (AUTO detects). Returns TF_OK or TF_NOMEM (out is
** then empty). */
int tf_facts_extract(const tf_entity_set *set, const unsigned char *s, size_t len, int lang,
                     tf_fact_list *out);
void tf_fact_list_free(tf_fact_list *list);

#endif
