#!/usr/bin/env bash
# Fails when a file with translatable strings is missing from po/POTFILES.in, when
# POTFILES.in names a file that does not exist, or when it is not sorted.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

listed=$(grep -v '^#' po/POTFILES.in | sed '/^\s*$/d')
status=0

if [ "$listed" != "$(printf '%s\n' "$listed" | LC_ALL=C sort)" ]; then
  echo "po/POTFILES.in is not sorted"
  status=1
fi

while IFS= read -r f; do
  [ -f "$f" ] || { echo "po/POTFILES.in lists a missing file: $f"; status=1; }
done <<< "$listed"

# C sources using a gettext macro, .ui files and metadata with translatable text.
candidates=$( {
  grep -rlE '\b(_|N_|C_|NC_|g_dngettext|ngettext)\s*\(' src --include='*.c' || true
  grep -rl 'translatable="yes"' ui || true
  ls data/*.desktop.in data/*.metainfo.xml.in data/*.gschema.xml 2>/dev/null || true
  grep -l '<mime-info' data/*.xml 2>/dev/null || true
} | LC_ALL=C sort -u)

while IFS= read -r f; do
  [ -n "$f" ] || continue
  if ! grep -qxF "$f" <<< "$listed"; then
    echo "missing from po/POTFILES.in: $f"
    status=1
  fi
done <<< "$candidates"

[ $status -eq 0 ] && echo "po/POTFILES.in lists all $(wc -l <<< "$candidates") files with translatable strings"
exit $status
