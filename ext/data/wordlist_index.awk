# wordlist_index.awk — the index of the front-coded word lists (wordlist.awk), as C:
# for each list file NAME, the byte offset of every 16th line (the words written whole)
# in the string embed.awk makes of the file, and the string's length. Computed at build
# time, so that tf_core_init need not walk 6 MB of lists (tf_wordlist.h).
#   LC_ALL=C awk -f ext/data/wordlist_index.awk build/lists/*.txt >> build/tf_data_files.c
function finish() {
  if (!open) return
  printf "};\nconst unsigned tf_data_%s_heads_count = %d;\n", name, heads
  printf "const unsigned tf_data_%s_length = %d;\n", name, offset
  open = 0
}
FNR == 1 {
  finish()
  name = FILENAME
  sub(/.*\//, "", name)
  sub(/\.[a-z]+$/, "", name)
  printf "const unsigned tf_data_%s_heads[] = {", name
  open = 1
  offset = 0
  heads = 0
}
{
  if ((FNR - 1) % 16 == 0) {
    printf "%s%d", heads == 0 ? "\n  " : heads % 16 ? ", " : ",\n  ", offset
    heads++
  }
  offset += length($0) + 1
}
END { finish() }
