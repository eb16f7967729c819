# embed.awk — turns the data files into C strings (see ext/core/tf_data.h).
#   LC_ALL=C awk -f ext/data/embed.awk ext/data/*.tsv > build/tf_data_files.c
# File ext/data/NAME.tsv becomes `const char tf_data_NAME[]`, one "line\n" per
# line; the text of comment lines ('#') and blank lines is left out, their line
# break kept (so that the loaders' line numbers are the file's). Characters that C
# would read otherwise (" \ ? and TAB) are escaped; other bytes are copied.
BEGIN {
  print "/* Generated from the .tsv files of ext/data by ext/data/embed.awk: do not edit. */"
  print "#include \"tf_data.h\""
  open = 0
}
FNR == 1 {
  if (open) print ";"
  name = FILENAME
  sub(/.*\//, "", name)
  sub(/\.[a-z]+$/, "", name)
  printf "const char tf_data_%s[] =\n  \"\"\n", name
  open = 1
}
/^#/ || /^[ \t\r]*$/ { printf "  \"\\n\"\n"; next }
{
  out = ""
  n = length($0)
  for (i = 1; i <= n; i++) {
    c = substr($0, i, 1)
    if (c == "\"") out = out "\\\""
    else if (c == "\\") out = out "\\\\"
    else if (c == "?") out = out "\\?"
    else if (c == "\t") out = out "\\t"
    else if (c == "\r") continue
    else out = out c
  }
  printf "  \"%s\\n\"\n", out
}
END { if (open) print ";" }
