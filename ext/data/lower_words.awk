# lower_words.awk — the words of a Debian word list (wspanish, witalian,
# wportuguese, wbrazilian: /usr/share/dict/LANGUAGE) that are written in lower
# case: a letter a-z or à-ÿ first, then letters only (no apostrophe, hyphen, dot
# or digit). A capitalised word of a text that is one of them is a common word of
# its language ("Gobierno", "Tecnologia", "Paese"), not a name by itself. Left
# out: words that some list of -v names="FILE …" (wamerican, wbritish, wfrench and
# these) writes capitalised, i.e. names too ("toledo", "pedro": wspanish is all in
# lower case).
#   LC_ALL=C awk -v names="/usr/share/dict/french …" -f ext/data/lower_words.awk \
#     /usr/share/dict/spanish
function lower_first(w, c) {
  c = substr(w, 1, 1)
  if (c ~ /[A-Z]/) return tolower(c) substr(w, 2)
  if (c == "\303") { # À-Þ: à-þ, 0x20 further
    c = index(high, substr(w, 2, 1))
    if (c >= 1 && c <= 31) return "\303" substr(high, c + 32, 1) substr(w, 3)
  }
  return w
}
BEGIN {
  for (i = 128; i < 192; i++) high = high sprintf("%c", i)
  count = split(names, files, " ")
  for (i = 1; i <= count; i++)
    while ((getline line < files[i]) > 0)
      if (line ~ /^([A-Z]|\303[\200-\236])/) name[lower_first(line)] = 1
}
/^([a-z]|\303[\240-\277])([a-z]|[\200-\377])+$/ && !($0 in name) { print }
