/* tf_alloc.c — see tf_alloc.h. */
#include "tf_alloc.h"
#include <stdlib.h>
#include <string.h>

static tf_allocator current = {malloc, realloc, free};

/* Set on the thread that builds the process-wide tables (PROCESS_TABLES), or on
** a thread whose memory comes from libc (PROCESS_LIBC): either uses libc. */
enum { PROCESS_TABLES = 1, PROCESS_LIBC = 2 };
static _Thread_local int process;
static long fail_countdown = -1; /* tests: fail the allocation when it reaches 0 */
static long process_count;

void tf_set_allocator(const tf_allocator *allocator) {
  if (allocator) {
    current = *allocator;
  } else {
    current.malloc_fn = malloc;
    current.realloc_fn = realloc;
    current.free_fn = free;
  }
}

void tf_alloc_process_begin(void) { process |= PROCESS_TABLES; }
void tf_alloc_process_end(void) { process &= ~PROCESS_TABLES; }
void tf_alloc_thread_libc(int on) {
  process = on ? process | PROCESS_LIBC : process & ~PROCESS_LIBC;
}

long tf_alloc_fail_process_after(long n) {
  long made = process_count;
  process_count = 0;
  fail_countdown = n;
  return made;
}

/* Whether this process allocation fails (tests; the tables only). */
static int injected_failure(void) {
  if (!(process & PROCESS_TABLES)) return 0;
  process_count++;
  if (fail_countdown < 0) return 0;
  return fail_countdown-- == 0;
}

void *tf_malloc(size_t n) {
  if (process) return injected_failure() ? NULL : malloc(n ? n : 1);
  return current.malloc_fn(n ? n : 1);
}

void *tf_realloc(void *p, size_t n) {
  if (process) return injected_failure() ? NULL : realloc(p, n ? n : 1);
  return current.realloc_fn(p, n ? n : 1);
}

void tf_free(void *p) {
  if (!p) return;
  if (process) free(p);
  else current.free_fn(p);
}

void *tf_grow_slow(void *array, size_t *capacity, size_t size, size_t first) {
  size_t c = *capacity ? *capacity * 2 : first;
  if (c < *capacity || c > SIZE_MAX / size) return NULL;
  void *grown = tf_realloc(array, c * size);
  if (grown) *capacity = c;
  return grown;
}

int64_t tf_strings_add(tf_strings *b, const char *s, size_t n) {
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
