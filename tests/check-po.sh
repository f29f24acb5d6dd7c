#!/usr/bin/env bash
# Fails when a catalogue in po/LINGUAS does not compile with msgfmt --check, or has an
# untranslated or fuzzy entry.
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "${1:-$(dirname "$0")/..}"

status=0
for lang in $(grep -v '^#' po/LINGUAS); do
  po="po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "not ok: $po is missing"
    status=1
    continue
  fi
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1) || {
    echo "not ok: msgfmt --check fails on $po:"
    echo "$stats"
    status=1
    continue
  }
  echo "$po: $stats"
  untranslated=$(msgattrib --untranslated --no-obsolete --no-wrap "$po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete --no-wrap "$po" | grep -c '^msgid ' || true)
  # msgattrib prints the header entry too when it prints anything
  [ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
  [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
  if [ "$untranslated" -ne 0 ] || [ "$fuzzy" -ne 0 ]; then
    echo "not ok: $po has $untranslated untranslated and $fuzzy fuzzy entries:"
    msgattrib --untranslated --no-obsolete "$po" | grep -A1 '^msgid ' | head -40
    msgattrib --only-fuzzy --no-obsolete "$po" | grep -A1 '^msgid ' | head -40
    status=1
  fi
done
exit $status
