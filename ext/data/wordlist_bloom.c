/* wordlist_bloom.c — a build-time tool: the Bloom filter of each front-coded word list
** (ext/data/wordlist.awk), and the keys of its blocks, as C, appended to
** build/tf_data_files.c (tf_bloom.h).
**   build/wordlist_bloom build/lists/nouns_de.txt ... >> build/tf_data_files.c
** For each list NAME.txt: tf_data_NAME_bloom[] (bytes, bit k of the filter in byte
** k / 8, bit k % 8) and tf_data_NAME_bloom_log2 (the filter has 2^log2 bits); and
** tf_data_NAME_keys[], the first eight bytes of each block's first word (every 16th
** line) as one big-endian number, zero-padded: numbers in the words' order, which
** tf_wordlist_has searches instead of the words themselves. */
#include "../core/tf_bloom.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK TF_WORDLIST_BLOCK /* the first word of each block is written whole */
#define MAX_WORD TF_WORDLIST_MAX_WORD

static int fail(const char *what, const char *path) {
  fprintf(stderr, "wordlist_bloom: %s: %s\n", path, what);
  return 1;
}

static int one_list(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return fail("cannot open", path);
  /* the words, decoded, hashed: two passes over the file (count, then set the bits) */
  size_t n = 0;
  char line[MAX_WORD + 16];
  while (fgets(line, sizeof line, f)) n++;
  unsigned log2_bits = 10;
  while ((UINT64_C(1) << log2_bits) < (uint64_t)n * TF_BLOOM_BITS_PER_WORD) log2_bits++;
  size_t bytes = ((size_t)1 << log2_bits) / 8;
  unsigned char *bits = calloc(bytes, 1);
  if (!bits) {
    fclose(f);
    return fail("out of memory", path);
  }
  rewind(f);
  unsigned char word[MAX_WORD + 16];
  unsigned long long *keys = malloc((n / BLOCK + 1) * sizeof *keys);
  if (!keys) {
    free(bits);
    fclose(f);
    return fail("out of memory", path);
  }
  size_t have = 0, k = 0;
  while (fgets(line, sizeof line, f)) {
    size_t len = strlen(line);
    if (len && line[len - 1] == '\n') line[--len] = 0;
    size_t keep = 0;
    const char *rest = line;
    if (k % BLOCK) {
      keep = (size_t)((unsigned char)line[0] - '0');
      rest = line + 1;
    }
    size_t r = strlen(rest);
    if (keep > have || keep + r > MAX_WORD) {
      free(keys);
      free(bits);
      fclose(f);
      return fail("not a front-coded list", path);
    }
    memcpy(word + keep, rest, r);
    have = keep + r;
    uint64_t h = tf_bloom_hash(word, have);
    for (int i = 0; i < TF_BLOOM_PROBES; i++) {
      uint64_t b = tf_bloom_bit(h, i, log2_bits);
      bits[b / 8] |= (unsigned char)(1u << (b % 8));
    }
    if (k % BLOCK == 0) keys[k / BLOCK] = tf_wordlist_block_key(word, have);
    k++;
  }
  fclose(f);
  /* the name: the file's, without its directory and extension */
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t nl = strcspn(base, ".");
  printf("const unsigned tf_data_%.*s_bloom_log2 = %u;\n", (int)nl, base, log2_bits);
  printf("const unsigned char tf_data_%.*s_bloom[] =\n\"", (int)nl, base);
  for (size_t i = 0; i < bytes; i++) {
    printf("\\%03o", bits[i]);
    if (i % 32 == 31 && i + 1 < bytes) printf("\"\n\"");
  }
  printf("\";\n");
  printf("const unsigned long long tf_data_%.*s_keys[] = {", (int)nl, base);
  for (size_t i = 0; i < (k + BLOCK - 1) / BLOCK; i++)
    printf("%s0x%016llxULL", i == 0 ? "\n  " : i % 4 ? ", " : ",\n  ", keys[i]);
  printf("};\n");
  free(keys);
  free(bits);
  return 0;
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++)
    if (one_list(argv[i])) return 1;
  return ferror(stdout) ? 1 : 0;
}
