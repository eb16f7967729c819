# nouns_de.awk — the German common nouns, for the entity guesser (tf_nouns.h).
#   LC_ALL=C awk -f ext/data/nouns_de.awk /usr/share/hunspell/de_DE.dic \
#     /usr/share/dict/ngerman | LC_ALL=C sort -u > build/nouns_de.txt
# Sources, two Debian packages of Björn Jacke's igerman98 dictionary:
# hunspell-de-de (de_DE.dic: stems with affix flags; GPL-2+ or GPL-3+) and
# wngerman (ngerman: inflected forms, one per line; GPL-2+). German capitalises
# every noun, so a capitalised word is a noun or a name; de_DE.dic tells them
# apart: a capitalised stem that takes no flag but the genitive 's' ("Siemens",
# "Microsoft/S", "Merkel/S") is a name; nouns take plural and compounding flags
# ("Umsatz/Tmij"). Printed: the capitalised forms of ngerman, the capitalised stems
# of de_DE.dic with their plain suffixes (flags E N P R S T q Q of de_DE.aff), and
# its lower-case compound ends ("kette/NMozm": "Modekette") capitalised — less
# the names and their genitives, and words in capitals ("AG", "API").
function upper_first(w, c) {
  c = substr(w, 1, 1)
  if (c ~ /[a-z]/) return toupper(c) substr(w, 2)
  c = substr(w, 1, 2)
  if (c == "\303\244") return "\303\204" substr(w, 3) # ä
  if (c == "\303\266") return "\303\226" substr(w, 3) # ö
  if (c == "\303\274") return "\303\234" substr(w, 3) # ü
  return w
}
function capitalised(w, c) {
  c = substr(w, 1, 2)
  return w ~ /^[A-Z]/ || c == "\303\204" || c == "\303\226" || c == "\303\234"
}
function add(w) {
  if (w ~ /[a-z]/ && w !~ /[ .'\/-]/) noun[w] = 1
}
function expand(w, flags) {
  add(w)
  if (index(flags, "E")) add(w "e")
  if (index(flags, "N")) add(w "n")
  if (index(flags, "P")) add(w "en")
  if (index(flags, "S")) add(w "s")
  if (index(flags, "T")) add(w "es")
  if (index(flags, "R")) {
    if (w ~ /e$/) add(w "r")
    else { add(w "er"); add(w "ern") }
  }
  if (index(flags, "q") && w ~ /s$/) { add(w "se"); add(w "sen") }
  if (index(flags, "Q") && w ~ /s$/) add(w "ses")
}
FNR == NR {
  if (FNR == 1 || $0 ~ /^[ \t]/) next
  slash = index($0, "/")
  word = slash ? substr($0, 1, slash - 1) : $0
  flags = slash ? substr($0, slash + 1) : ""
  if (capitalised(word)) {
    if (flags == "" || flags == "S") { name[word] = 1; name[word "s"] = 1 }
    else if (index(flags, "h") == 0) expand(word, flags)
  } else if (index(flags, "z") && index(flags, "h") == 0 && length(word) >= 3) {
    expand(upper_first(word), flags)
  }
  next
}
capitalised($0) { add($0) }
END { for (w in noun) if (!(w in name)) print w }
