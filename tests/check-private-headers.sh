#!/usr/bin/env bash
# Each layer under src/ (a folder: dataset, charts, export, …) shows other layers only its
# public headers. Fails when a file includes another folder's *-private.h, when a public
# header includes a private one (which would hand it to every layer that includes it), or
# when a file reaches past the one public header of a layer that has one.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

# Layers whose other headers are their parts, included through this one.
declare -A one_header=([charts]=pkc-charts.h [catalogue]=pkc-catalogue.h)

status=0
for file in src/*/*.c src/*/*.h; do
  dir=$(dirname "$file")
  layer=$(basename "$dir")
  while IFS= read -r header; do
    [ -n "$header" ] || continue
    if [[ "$header" == *-private.h ]]; then
      if [ ! -f "$dir/$header" ]; then
        echo "$file includes $header, private to another layer"
        status=1
      elif [[ "$file" == *.h && "$file" != *-private.h ]]; then
        echo "$file is public but includes the private $header"
        status=1
      fi
      continue
    fi
    for other in "${!one_header[@]}"; do
      if [ "$other" != "$layer" ] && [ -f "src/$other/$header" ] &&
         [ "$header" != "${one_header[$other]}" ]; then
        echo "$file includes $header: from $other include ${one_header[$other]} only"
        status=1
      fi
    done
  done < <(sed -n 's/^#include "\(pkc-[^"]*\.h\)".*/\1/p' "$file")
done
exit $status
