/* test_init.c — the core's one-time initialisation when allocations fail.
**
**   build/test_init            process allocations: the build fails at each one in turn
**
** (ICU is no longer in the running process: what the core knows from it is constant
** tables made at build time, core/tf_icu_data.h, so its own out-of-memory paths, which
** a --icu mode used to probe here, cannot be reached.)
**
** What must hold (issue 13): a failure is TF_NOMEM, never a permanent TF_ERROR nor a
** build that succeeds with something silently missing; after it, nothing is kept and
** the next tf_core_init() tries again and builds exactly what a clean process builds.
** "What a clean process builds" is a digest of every currency entry, every built-in
** alias and the results of the recognisers on a few texts, computed in a child process
** forked before any failure.
** Output: "ok NAME" / "not ok NAME: why" lines, like test_core. */
#include "tf_alloc.h"
#include "tf_core.h"
#include "tf_currency.h"
#include "tf_date.h"
#include "tf_entity.h"
#include "tf_facts.h"
#include "tf_lang.h"
#include "tf_money.h"
#include "tf_sentence.h"
#include "test_report.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>


/* ------------------------------------------------------------------------ */
/* What the core built, as one number. */

static uint64_t mix(uint64_t h, const void *p, size_t n) {
  const unsigned char *b = p;
  for (size_t i = 0; i < n; i++) h = (h ^ b[i]) * 0x100000001b3ULL;
  return h;
}
static uint64_t mix_str(uint64_t h, const char *s) { return mix(h, s, strlen(s) + 1); }

static const char *const texts[] = {
  "Le groupe a levé environ 160 milliards de yuans (23 milliards de dollars) en 2026, "
  "selon Reuters. M. Dupont, président de Zorblax, l'a annoncé le 9 septembre 2025 à Paris.",
  "Microsoft plans to spend $80 billion in fiscal 2025, up from 55 bn. Nvidia chips cost "
  "between $3 and $5 million; Huawei Technologies and the United States were named.",
  "字节跳动2026年资本开支约1600亿元。",
  "Il a payé 3 dollars 50 cents, cinq millions d'euros et 12,5 M€ ; pas moins de 2 Md$.",
};

static uint64_t digest(void) {
  uint64_t h = 0xcbf29ce484222325ULL;
  const tf_currencies *cur = tf_currencies_get();
  h = mix(h, &cur->count, sizeof cur->count);
  for (size_t i = 0; i < cur->count; i++) {
    const tf_currency_entry *e = &cur->entry[i];
    h = mix(h, e->code, 4);
    h = mix(h, &e->kind, 1);
    h = mix(h, &e->flags, 1);
    h = mix(h, &e->priority, 1);
  }
  const tf_entity_set *set = tf_entity_builtin();
  size_t n = tf_entity_set_alias_count(set);
  h = mix(h, &n, sizeof n);
  for (size_t i = 0; i < n; i++) {
    const char *alias, *name, *code;
    int kind, source;
    tf_entity_set_entry(set, i, &alias, &name, &kind, &code, &source);
    h = mix_str(mix_str(mix_str(h, alias), name), code);
    h = mix(mix(h, &kind, sizeof kind), &source, sizeof source);
  }
  char code[4];
  h = mix(h, code, tf_currency_lookup("Swiss franc", 11, code) ? 4 : 0);
  for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
    const unsigned char *s = (const unsigned char *)texts[t];
    size_t len = strlen(texts[t]);
    for (int lang = TF_LANG_AUTO; lang <= TF_LANG_COUNT; lang++) {
      tf_fact_list facts = {0};
      if (tf_facts_extract(set, s, len, lang, &facts) != TF_OK) return 0;
      for (size_t i = 0; i < facts.count; i++) {
        const tf_fact *f = &facts.items[i];
        h = mix(h, &f->money.start, sizeof f->money.start);
        h = mix(h, &f->money.end, sizeof f->money.end);
        h = mix(h, &f->money.amount, sizeof f->money.amount);
        h = mix(h, &f->money.low, sizeof f->money.low);
        h = mix(h, f->money.currency, 4);
        h = mix(h, &f->money.qualifier, sizeof f->money.qualifier);
        h = mix(h, &f->year, sizeof f->year);
        if (f->entity) h = mix(h, f->entity, f->entity_len);
      }
      tf_fact_list_free(&facts);
      tf_entity_list ents = {0};
      if (tf_entity_extract(set, s, len, lang, &ents) != TF_OK) return 0;
      for (size_t i = 0; i < ents.count; i++) {
        h = mix(h, &ents.items[i].start, sizeof ents.items[i].start);
        h = mix_str(h, ents.items[i].name);
        h = mix(h, &ents.items[i].kind, 1);
      }
      tf_entity_list_free(&ents);
      tf_sentence_scanner sc;
      size_t a, b;
      tf_sentence_start(&sc, s, len, lang);
      while (tf_sentence_next(&sc, &a, &b)) h = mix(mix(h, &a, sizeof a), &b, sizeof b);
      int y = 0, m = 0, d = 0;
      if (tf_date_first(s, len, lang, &y, &m, &d, NULL, NULL) == 1)
        h = mix(mix(mix(h, &y, sizeof y), &m, sizeof m), &d, sizeof d);
      h = mix(h, &lang, sizeof lang);
    }
  }
  return h ? h : 1;
}

/* The digest of a clean build, in a child process (nothing built here yet). */
static uint64_t clean_digest(void) {
  int fd[2];
  if (pipe(fd)) return 0;
  pid_t pid = fork();
  if (pid == 0) {
    close(fd[0]);
    uint64_t h = tf_core_init() == TF_OK ? digest() : 0;
    if (write(fd[1], &h, sizeof h) != (ssize_t)sizeof h) _exit(1);
    _exit(0);
  }
  close(fd[1]);
  uint64_t h = 0;
  if (read(fd[0], &h, sizeof h) != (ssize_t)sizeof h) h = 0;
  close(fd[0]);
  int status;
  waitpid(pid, &status, 0);
  return h;
}

/* ------------------------------------------------------------------------ */
/* Process allocations: in this process, one after the other. */

static void test_process_allocations(uint64_t clean) {
  char name[120], detail[300];
  tf_alloc_fail_process_after(-1);
  long n = 0, refused = 0, total = -1;
  /* Every allocation of the first 300, then every (1 + n/40)th: each failure rebuilds
  ** from the start, so trying all of them costs the square of their number (thousands,
  ** with the ICU names of six languages and a pattern per language). */
  for (;; n += n < 300 ? 1 : 1 + n / 40) {
    tf_alloc_fail_process_after(n);
    int rc = tf_core_init();
    long made = tf_alloc_fail_process_after(-1);
    if (rc == TF_OK) {
      total = made; /* the build no longer reaches allocation n */
      break;
    }
    if (rc != TF_NOMEM) {
      snprintf(name, sizeof name, "init.process_allocation_%ld", n);
      snprintf(detail, sizeof detail, "status %d (want TF_NOMEM): %s", rc, tf_core_error());
      check(0, name, detail);
      return;
    }
    refused++;
    if (n > 100000) break;
  }
  snprintf(detail, sizeof detail, "%ld failures tried, each TF_NOMEM; the build makes %ld", refused,
           total);
  check(refused > 0 && total > 0 && refused <= total, "init.process_allocations_fail_cleanly",
        detail);
  printf("# %s\n", detail);
  uint64_t h = digest();
  snprintf(detail, sizeof detail, "digest %016llx, a clean process %016llx", (unsigned long long)h,
           (unsigned long long)clean);
  check(h == clean && clean != 0, "init.after_failures_builds_what_a_clean_process_builds", detail);
}

int main(void) {
  uint64_t clean = clean_digest();
  check(clean != 0, "init.clean_child", "the clean build failed in a child process");
  test_process_allocations(clean);
  return failed ? 1 : 0;
}
