#!/usr/bin/env bash
# Each layer under src/ (a folder: dataset, charts, export, …) shows other layers only its
# public headers. Fails when a file includes another folder's *-private.h, or when a public
# header includes a private one (which would hand it to every layer that includes it).
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

status=0
for file in src/*/*.c src/*/*.h; do
  dir=$(dirname "$file")
  while IFS= read -r header; do
    [ -n "$header" ] || continue
    if [ ! -f "$dir/$header" ]; then
      echo "$file includes $header, private to another layer"
      status=1
    elif [[ "$file" == *.h && "$file" != *-private.h ]]; then
      echo "$file is public but includes the private $header"
      status=1
    fi
  done < <(sed -n 's/^#include "\(pkc-[^"]*-private\.h\)".*/\1/p' "$file")
done
exit $status
