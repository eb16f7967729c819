/*
** fn_progress.c — progress of long jobs on stderr (fn_progress.h says when it
** shows), and the SQL function the importers call once per article:
**
**   textfacts_progress(label, done, total [, bytes_done, bytes_total])
**
** returns 1, so that it can stand in a WHERE clause or a SET. done counts from 0
** to total; a job is one label whose done does not go back: the batches of one
** import are one job across statements and transactions. When done reaches
** total the job ends (its last line, if anything was shown). Errors name the
** function and the argument: a label that is not text, counts that are not
** integers, done or bytes negative or beyond their total. Not allowed in
** triggers and views (SQLITE_DIRECTONLY): it writes to stderr.
*/
#include "fn_progress.h"
#include "functions.h"
#include "fn_common.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
SQLITE_EXTENSION_INIT3

static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void textfacts_progress_begin(textfacts_progress *p, const char *label, const char *unit,
                              sqlite3_int64 total, sqlite3_int64 bytes_total) {
  memset(p, 0, sizeof *p);
  snprintf(p->label, sizeof p->label, "%s", label ? label : "");
  p->unit = unit;
  p->total = total;
  p->bytes_total = bytes_total;
  const char *env = getenv("TEXTFACTS_PROGRESS");
  char *end = NULL;
  double seconds = env && *env ? strtod(env, &end) : -1;
  if (env && *env && end && *end == '\0' && seconds == 0) {
    p->mode = 0;
  } else if (env && *env && end && *end == '\0' && seconds > 0 && seconds < 1e6) {
    p->mode = 2;
    p->interval = seconds < 0.25 ? 0.25 : seconds;
  } else {
    p->mode = isatty(STDERR_FILENO) ? 1 : 0;
    p->interval = 0.25;
  }
  p->start = p->last = now_seconds();
  if (p->mode == 1) p->last += 1.0 - p->interval; /* the first line after a second */
}

int textfacts_progress_enabled(const textfacts_progress *p) { return p->mode != 0; }

static void duration(char *out, size_t size, double s) {
  if (s < 10) snprintf(out, size, "%.1f s", s);
  else if (s < 60) snprintf(out, size, "%.0f s", s);
  else if (s < 3600) snprintf(out, size, "%d min %02d s", (int)(s / 60), (int)s % 60);
  else snprintf(out, size, "%d h %02d min", (int)(s / 3600), ((int)s % 3600) / 60);
}

static void print_line(textfacts_progress *p, int last) {
  double elapsed = now_seconds() - p->start;
  double mb = (double)p->bytes / 1e6;
  double rate = elapsed > 0 ? mb / elapsed : 0;
  char line[320], left[32];
  int n;
  if (last) {
    duration(left, sizeof left, elapsed);
    if (p->bytes > 0)
      n = snprintf(line, sizeof line, "%s: %lld/%lld %s, %.1f MB in %s (%.1f MB/s)", p->label,
                   (long long)p->done, (long long)p->total, p->unit, mb, left, rate);
    else
      n = snprintf(line, sizeof line, "%s: %lld/%lld %s in %s", p->label, (long long)p->done,
                   (long long)p->total, p->unit, left);
  } else {
    /* Time left from the bytes when their total is known, else from the count. */
    double share = p->bytes_total > 0 ? (double)p->bytes / (double)p->bytes_total
                   : p->total > 0     ? (double)p->done / (double)p->total
                                      : 0;
    if (share > 0 && elapsed > 0) duration(left, sizeof left, elapsed / share - elapsed);
    else snprintf(left, sizeof left, "?");
    /* The sizes and the rate when bytes are counted (not by the 3-argument form). */
    char sizes[80] = "";
    if (p->bytes_total > 0)
      snprintf(sizes, sizeof sizes, ", %.1f/%.1f MB, %.1f MB/s", mb, (double)p->bytes_total / 1e6,
               rate);
    else if (p->bytes > 0) snprintf(sizes, sizeof sizes, ", %.1f MB, %.1f MB/s", mb, rate);
    n = snprintf(line, sizeof line, "%s: %lld/%lld %s (%d%%)%s, %s left", p->label,
                 (long long)p->done, (long long)p->total, p->unit,
                 p->total > 0 ? (int)(100 * p->done / p->total) : 0, sizes, left);
  }
  if (n < 0) return;
  if (p->mode == 1) fprintf(stderr, "\r%s\033[K%s", line, last ? "\n" : "");
  else fprintf(stderr, "%s\n", line);
  fflush(stderr);
  p->shown = p->mode == 1 && !last;
  p->printed++;
}

void textfacts_progress_update(textfacts_progress *p, sqlite3_int64 done, sqlite3_int64 bytes) {
  p->done = done;
  p->bytes = bytes;
  /* At the end, only the last line (textfacts_progress_end). */
  if (p->mode == 0 || (p->total > 0 && done >= p->total)) return;
  double t = now_seconds();
  if (t - p->last < p->interval) return;
  p->last = t;
  print_line(p, 0);
}

void textfacts_progress_end(textfacts_progress *p, int finished) {
  if (p->mode == 0) return;
  if (finished && p->printed) print_line(p, 1);
  else if (p->shown) fputc('\n', stderr);
  p->shown = 0;
  p->mode = 0;
}

/* --- the SQL function ------------------------------------------------------------- */

/* One job per connection at a time (the user data of the function). */
typedef struct progress_state {
  textfacts_progress meter;
  int active;
} progress_state;

static void progress_destroy(void *arg) {
  progress_state *s = arg;
  if (s && s->active) textfacts_progress_end(&s->meter, 0);
  sqlite3_free(s);
}

static int count_argument(sqlite3_context *ctx, sqlite3_value *v, const char *arg,
                          sqlite3_int64 *out) {
  if (sqlite3_value_numeric_type(v) != SQLITE_INTEGER) {
    char *msg = sqlite3_mprintf("textfacts_progress(): %s must be an integer", arg);
    sqlite3_result_error(ctx, msg ? msg : "textfacts_progress(): bad argument", -1);
    sqlite3_free(msg);
    return 0;
  }
  *out = sqlite3_value_int64(v);
  return 1;
}

static void progress_function(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  progress_state *s = sqlite3_user_data(ctx);
  if (sqlite3_value_type(argv[0]) != SQLITE_TEXT) {
    sqlite3_result_error(ctx, "textfacts_progress(): label must be text", -1);
    return;
  }
  sqlite3_int64 done, total, bytes = 0, bytes_total = -1;
  if (!count_argument(ctx, argv[1], "done", &done) ||
      !count_argument(ctx, argv[2], "total", &total))
    return;
  if (argc == 5 && (!count_argument(ctx, argv[3], "bytes_done", &bytes) ||
                    !count_argument(ctx, argv[4], "bytes_total", &bytes_total)))
    return;
  const char *problem = total < 0                  ? "total must not be negative"
                        : done < 0 || done > total ? "done must be between 0 and total"
                        : bytes < 0 || (argc == 5 && bytes > bytes_total)
                          ? "bytes_done must be between 0 and bytes_total"
                          : NULL;
  if (problem) {
    char *msg = sqlite3_mprintf("textfacts_progress(): %s", problem);
    sqlite3_result_error(ctx, msg ? msg : "textfacts_progress(): bad argument", -1);
    sqlite3_free(msg);
    return;
  }
  const char *label = (const char *)sqlite3_value_text(argv[0]);
  if (!label) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  /* A new job: another label, another total, or done going back. */
  if (!s->active || strncmp(s->meter.label, label, sizeof s->meter.label - 1) != 0 ||
      s->meter.total != total || done < s->meter.done) {
    if (s->active) textfacts_progress_end(&s->meter, 0);
    textfacts_progress_begin(&s->meter, label, "articles", total, bytes_total);
    s->active = 1;
  }
  if (done == total) { /* the last line only */
    s->meter.done = done;
    s->meter.bytes = bytes;
    textfacts_progress_end(&s->meter, 1);
    s->active = 0;
  } else {
    textfacts_progress_update(&s->meter, done, bytes);
  }
  sqlite3_result_int(ctx, 1);
}

int textfacts_register_progress(sqlite3 *db, char **pzErrMsg) {
  progress_state *s = sqlite3_malloc(sizeof *s);
  if (!s) return SQLITE_NOMEM;
  memset(s, 0, sizeof *s);
  /* The 5-argument form owns s (freed with the connection, or by SQLite at once
  ** when this registration fails); the 3-argument one shares it. */
  int rc = sqlite3_create_function_v2(db, "textfacts_progress", 5, SQLITE_UTF8 | SQLITE_DIRECTONLY,
                                      s, progress_function, NULL, NULL, progress_destroy);
  if (rc == SQLITE_OK)
    rc = sqlite3_create_function_v2(db, "textfacts_progress", 3, SQLITE_UTF8 | SQLITE_DIRECTONLY, s,
                                    progress_function, NULL, NULL, NULL);
  if (rc != SQLITE_OK && pzErrMsg)
    *pzErrMsg = sqlite3_mprintf("textfacts: cannot register textfacts_progress(): %s",
                                sqlite3_errmsg(db));
  return rc;
}
