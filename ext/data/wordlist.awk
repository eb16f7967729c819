# wordlist.awk — a sorted list of words (one per line, bytes order, unique), front-
# coded for tf_wordlist.h:
#   LC_ALL=C sort -u words | LC_ALL=C awk -f ext/data/wordlist.awk > build/NAME.txt
# Every 16th line (0, 16, …) is a word as it is; each other line is one character
# that says how many leading bytes the word shares with the word before ('0' + n,
# n up to 70, never inside a character), then the rest of the word. Lists shrink to about
# a third.
{
  if (NR % 16 == 1) {
    print
  } else {
    n = 0
    limit = length($0) < length(prev) ? length($0) : length(prev)
    if (limit > 70) limit = 70
    while (n < limit && substr($0, n + 1, 1) == substr(prev, n + 1, 1)) n++
    # a character is shared whole: the rest starts on a character's first byte (the C
    # string of the list stays valid UTF-8, which clang checks)
    while (n > 0 && substr($0, n + 1, 1) >= "\200" && substr($0, n + 1, 1) <= "\277") n--
    printf "%c%s\n", 48 + n, substr($0, n + 1)
  }
  prev = $0
}
