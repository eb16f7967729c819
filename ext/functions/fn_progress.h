/*
** fn_progress.h — progress of long jobs on stderr: the imports (through the SQL
** function textfacts_progress) and the textfacts table's build and rebuild.
**
** When it shows (TEXTFACTS_PROGRESS, read when a job starts):
**   unset or empty  on a terminal only (stderr is a tty): one line, rewritten in
**                   place at most 4 times a second, from the job's first second
**                   on; a job shorter than a second shows nothing. Scripts, pipes
**                   and CI logs get nothing.
**   N (seconds)     a plain line every N seconds (at least 0.25), terminal or not,
**                   and a last line when the job ends: for logs.
**   0               never. Any other value: as unset.
** A line: "LABEL: done/total UNIT (P%), X/Y MB, R MB/s, T left"; the last one
** "LABEL: done/total UNIT, X MB in S s (R MB/s)".
*/
#ifndef FN_PROGRESS_H
#define FN_PROGRESS_H
#include <sqlite3ext.h>

typedef struct textfacts_progress {
  char label[96];
  const char *unit;
  int mode;           /* 0 off, 1 terminal (in place), 2 lines */
  double interval;    /* seconds between two lines */
  double start, last; /* monotonic seconds */
  int shown;          /* something printed and not yet ended by a newline (terminal) */
  int printed;        /* lines printed */
  sqlite3_int64 done, total, bytes, bytes_total; /* bytes_total < 0: unknown */
} textfacts_progress;

/* Starts a job (label is copied, cut to fit). Reads TEXTFACTS_PROGRESS. */
void textfacts_progress_begin(textfacts_progress *p, const char *label, const char *unit,
                              sqlite3_int64 total, sqlite3_int64 bytes_total);
/* 1 when the job shows anything (callers may skip counting the total otherwise). */
int textfacts_progress_enabled(const textfacts_progress *p);
/* Where the job stands; prints when the interval has passed. */
void textfacts_progress_update(textfacts_progress *p, sqlite3_int64 done, sqlite3_int64 bytes);
/* The end: finished (the last line, if anything was shown) or not (a terminal
** line is ended, so that an error message starts on a line of its own). */
void textfacts_progress_end(textfacts_progress *p, int finished);

#endif
