/*
** tf_facts.h — money mentions joined to whom they belong, the year they are
** for, and the other currency they are stated in.
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
**  - entity: the organisation or person the amount belongs to, the one that
**    spends, raises, invests or earns it. Each name mentioned in the sentence
**    (tf_entity.h) gets a role from the words around it:
**      source     "selon Reuters", "according to", "rapporté par",
**                 "Reuters a rapporté", "© Nvidia", or a news outlet's name;
**      indirect   "la société mère de TikTok", "the owner of TikTok",
**                 "TikTok's parent", "fondé par X": someone else is meant;
**      target     the supplier, seller or investee: "puces Nvidia", "Ascend de
**                 Huawei", "Nvidia chips", "auprès de", "dans", "in", "with";
**      owner      the amount's genitive: "5,6 milliards de dollars de
**                 ByteDance", "ByteDance's $5bn", "l'investissement de X",
**                 a passive agent ("racheté par X");
**      neutral    anything else.
**    The owner nearest the amount wins, else the nearest neutral organisation
**    before it, then after it. A person counts only as an owner ("la
**    fortune de X", "racheté par X"): a person merely named near an amount
**    is more often the one who announces it ("Amy Hood said …"). Without one, the article's main organisation is taken:
**    "l'entreprise", "the company", "le propriétaire de TikTok" refer to it.
**    It is the organisation named most often in the lead (the sentences of
**    the first 600 bytes) and the sentences that hold money, not counting
**    news outlets nor names in the role of source, target or indirect. A sentence written in the other
**    language than the article (an advertisement glued into the text) gets
**    only an owner, never the main organisation.
**  - year: a year with a year phrase before it ("en 2026", "pour", "d'ici", "in",
**    "for", "by", "fiscal", "exercice", "FY2026", "2026年"), the nearest one to
**    the amount (ext/data/facts.tsv has the phrases), unless it is the term of a comparison ("par rapport à 2025",
**    "compared with", "up from", "contre", "since") that the amount is not
**    part of; a year closer to another amount of the sentence comes last.
**  - what: what the amount is (investment, revenue, profit, funding, valuation,
**    acquisition, fine, pay, budget, debt, market, price, wealth): the class of the
**    nearest phrase of ext/data/what.tsv in its sentence, at most eight words before
**    the amount ("a levé", "chiffre d'affaires de") or six after it ("de chiffre
**    d'affaires", "in revenue"), not past another amount; before wins a tie; a
**    total over many ("au total", "in total") up to twelve words before makes it
**    market (not a budget nor pay); with nothing near, the nearest phrase of the
**    sentence; with none there, the amount before it in the paragraph's value.
**    Words inside a name say nothing. Amounts of one group share it.
**  - group: two or more amounts in different currencies joined by a bracket
**    or a word of conversion ("160 milliards de yuan (environ 23 milliards de
**    dollars)", "150 milliards de yuans ou 20 milliards de dollars", "soit",
**    "or about"). They share the entity and the year found for the group.
*/
#ifndef TF_FACTS_H
#define TF_FACTS_H
#include "tf_entity.h"
#include "tf_money.h"
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
  const char *entity;                  /* canonical name, or NULL; owned by the list */
  size_t entity_len;
  int entity_kind;          /* enum tf_entity_kind when entity is set */
  int what;                 /* enum tf_what: what the amount is; TF_WHAT_NONE when nothing says */
  const char *counterparty; /* the other named party (canonical name), or NULL; owned by the list */
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
