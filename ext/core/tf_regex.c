/* tf_regex.c — see tf_regex.h. */
#include "tf_regex.h"
#include "tf_alloc.h"
#include "tf_core.h"
#include "tf_fold.h"
#include "tf_utf8.h"
#include <stdio.h>
#include <string.h>

static pcre2_general_context *general_context;

static void *private_malloc(PCRE2_SIZE size, void *data) {
  (void)data;
  return tf_malloc(size);
}
static void private_free(void *block, void *data) {
  (void)data;
  tf_free(block);
}

int tf_regex_init(void) {
  general_context = pcre2_general_context_create(private_malloc, private_free, NULL);
  return general_context ? TF_OK : TF_NOMEM;
}

pcre2_general_context *tf_regex_context(void) { return general_context; }

void tf_regex_teardown(void) {
  pcre2_general_context_free(general_context);
  general_context = NULL;
}

int tf_regex_compile(const char *pattern, pcre2_code **out, char *err, size_t size) {
  int error_code;
  PCRE2_SIZE error_offset;
  pcre2_compile_context *cc = pcre2_compile_context_create(general_context);
  if (!cc) return TF_NOMEM;
  *out = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, PCRE2_CASELESS, &error_code,
                       &error_offset, cc);
  pcre2_compile_context_free(cc);
  if (!*out) {
    PCRE2_UCHAR message[160];
    pcre2_get_error_message(error_code, message, sizeof message);
    snprintf(err, size, "PCRE2 error: pcre2_compile() at offset %zu: %s", (size_t)error_offset,
             (const char *)message);
    return error_code == PCRE2_ERROR_NOMEMORY || error_code == PCRE2_ERROR_HEAP_FAILED ? TF_NOMEM
                                                                                       : TF_ERROR;
  }
  /* JIT where the platform has it; the interpreter otherwise (same results). Out
  ** of memory is no reason to do without it for the life of the process: the
  ** build fails and is tried again. */
  int jit = pcre2_jit_compile(*out, PCRE2_JIT_COMPLETE);
  if (jit == PCRE2_ERROR_NOMEMORY) {
    pcre2_code_free(*out);
    *out = NULL;
    return TF_NOMEM;
  }
  return TF_OK;
}

int tf_regex_jit_in_use(const pcre2_code *code) {
  size_t jit_size = 0;
  return code && pcre2_pattern_info(code, PCRE2_INFO_JITSIZE, &jit_size) == 0 && jit_size > 0;
}

static void append_bytes(tf_regex_buffer *b, const char *text, size_t n) {
  if (b->nomem) return;
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1) cap *= 2;
    char *grown = tf_realloc(b->p, cap);
    if (!grown) {
      b->nomem = 1;
      return;
    }
    b->p = grown;
    b->cap = cap;
  }
  memcpy(b->p + b->len, text, n);
  b->len += n;
  b->p[b->len] = 0;
}

void tf_regex_append(tf_regex_buffer *b, const char *text) { append_bytes(b, text, strlen(text)); }

/* A code point as the escaped bytes of its UTF-8 form. */
static void append_code_point(tf_regex_buffer *b, int32_t cp) {
  char utf8[4], hex[8];
  int n = tf_utf8_encode(cp, utf8);
  for (int i = 0; i < n; i++) {
    snprintf(hex, sizeof hex, "\\x%02X", (unsigned char)utf8[i]);
    tf_regex_append(b, hex);
  }
}

int tf_regex_append_phrase(tf_regex_buffer *b, const char *phrase, size_t n, const char *space,
                           const char *apostrophe) {
  const unsigned char *s = (const unsigned char *)phrase;
  size_t p = 0;
  while (p < n) {
    size_t next;
    int32_t cp = tf_utf8_decode(s, n, p, &next);
    if (cp == TF_INVALID_CP) return TF_ERROR;
    int c = tf_char_class(cp);
    if (c == TF_CC_SPACE) {
      size_t q = next, after;
      while (q < n && tf_char_class(tf_utf8_decode(s, n, q, &after)) == TF_CC_SPACE) q = after;
      next = q;
      tf_regex_append(b, space);
    } else if (c == TF_CC_APOSTROPHE) {
      tf_regex_append(b, apostrophe);
    } else if (cp < 0x80) {
      char one[3] = {(char)cp, 0, 0};
      if (!((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'))) {
        one[0] = '\\';
        one[1] = (char)cp;
      }
      tf_regex_append(b, one);
    } else if (c == TF_CC_LETTER) {
      /* The letter, its capital and its folded form (é: é, É, e). */
      int32_t upper = tf_upper(cp);
      unsigned char folded[4];
      int k = tf_fold(cp, folded);
      tf_regex_append(b, "(?:");
      append_code_point(b, cp);
      if (upper != cp) {
        tf_regex_append(b, "|");
        append_code_point(b, upper);
      }
      if (k >= 1 && !(k == 1 && (int32_t)folded[0] == cp)) {
        char text[5];
        memcpy(text, folded, (size_t)k);
        text[k] = 0;
        int plain = 1;
        for (int i = 0; i < k; i++) plain &= folded[i] < 0x80;
        tf_regex_append(b, "|");
        if (plain) tf_regex_append(b, text);
        else
          for (int i = 0; i < k; i++) {
            char hex[8];
            snprintf(hex, sizeof hex, "\\x%02X", folded[i]);
            tf_regex_append(b, hex);
          }
      }
      tf_regex_append(b, ")");
    } else {
      append_code_point(b, cp);
    }
    p = next;
  }
  return b->nomem ? TF_NOMEM : TF_OK;
}

void tf_regex_buffer_free(tf_regex_buffer *b) {
  tf_free(b->p);
  memset(b, 0, sizeof *b);
}
