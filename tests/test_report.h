/*
** test_report.h — the one way the C test programs report (tests/run_all.sh reads it):
** "ok NAME" or "not ok NAME: why", a line per check, flushed at once so that a crash
** leaves every earlier line in the log. passed and failed count them.
*/
#ifndef TEST_REPORT_H
#define TEST_REPORT_H
#include <stdarg.h>
#include <stdio.h>

static int passed, failed;

/* One check; why is a printf format, used only when the check failed. */
static inline void report(int ok, const char *name, const char *why, ...) {
  if (ok) {
    passed++;
    printf("ok %s\n", name);
  } else {
    failed++;
    printf("not ok %s: ", name);
    va_list ap;
    va_start(ap, why);
    vprintf(why, ap);
    va_end(ap);
    printf("\n");
  }
  fflush(stdout);
}

/* The same with a ready-made detail. */
static inline void check(int ok, const char *name, const char *detail) {
  report(ok, name, "%s", detail);
}

#endif
