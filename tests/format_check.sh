#!/usr/bin/env bash
# tests/format_check.sh — is the C code formatted as the repository's .clang-format says?
#
#   bash tests/format_check.sh        (from the repository root or any other directory)
#
# Runs `clang-format --dry-run --Werror` with the style of <repository>/.clang-format over
# ext/**/*.c ext/**/*.h tests/*.c tests/fuzz/**/*.c tests/fuzz/**/*.h cluster/*.[ch] (build/ folders left
# out). Prints the files that would change and exits 1 if there are any; otherwise prints
# "format: N files clean" and exits 0. Exit status 2: no clang-format, no .clang-format, or
# clang-format failed on a file for another reason (its message is printed).
# To fix a file: clang-format -i --style=file FILE (the .clang-format is for clang-format 14).
#
# Environment: CLANG_FORMAT  the clang-format to run (default clang-format)
set -uo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$REPO" || exit 2

CF=${CLANG_FORMAT:-clang-format}
if ! command -v "$CF" >/dev/null 2>&1; then
  echo "format_check.sh: $CF not found (apt-get install clang-format)" >&2
  exit 2
fi
if [ ! -f .clang-format ]; then
  echo "format_check.sh: $REPO/.clang-format not found" >&2
  exit 2
fi
if ! msg=$("$CF" --style="file:$REPO/.clang-format" --dump-config 2>&1 >/dev/null) || [ -n "$msg" ]; then
  echo "format_check.sh: $CF cannot read $REPO/.clang-format:" >&2
  printf '%s\n' "$msg" | sed 's/^/    /' >&2
  exit 2
fi

FILES=()
while IFS= read -r -d '' f; do FILES+=("$f"); done < <(
  {
    [ -d ext ] && find ext -name build -prune -o -type f \( -name '*.c' -o -name '*.h' \) -print0
    [ -d tests ] && find tests -maxdepth 1 -type f -name '*.c' -print0
    [ -d tests/fuzz ] && find tests/fuzz -name build -prune -o -type f \( -name '*.c' -o -name '*.h' \) -print0
    [ -d cluster ] && find cluster -type f \( -name '*.c' -o -name '*.h' \) -print0
  } | sort -z)

if [ "${#FILES[@]}" -eq 0 ]; then
  echo "format_check.sh: no C files found under ext/ and tests/" >&2
  exit 2
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
changed=() broken=0
for f in "${FILES[@]}"; do
  if "$CF" --dry-run --Werror --style="file:$REPO/.clang-format" "$f" >"$log" 2>&1; then
    continue
  fi
  if grep -q 'Wclang-format-violations' "$log"; then
    changed+=("$f")
  else
    echo "format_check.sh: $CF failed on $f:" >&2
    sed 's/^/    /' "$log" >&2
    broken=1
  fi
done

if [ "${#changed[@]}" -gt 0 ]; then
  echo "format: ${#changed[@]} of ${#FILES[@]} files would change (clang-format -i --style=file FILE):"
  printf '  %s\n' "${changed[@]}"
  exit 1
fi
[ "$broken" = 0 ] || exit 2
echo "format: ${#FILES[@]} files clean"
exit 0
