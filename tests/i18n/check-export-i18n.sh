#!/usr/bin/env bash
# Exports the casualty and strength charts as PDF under LANGUAGE=$2 and checks with pdftotext
# that titles and labels are translated and numbers grouped the locale's way.
# Usage: check-export-i18n.sh PEACEKEEPING-CHARTS fr|nl
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
exe=$1
lang=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

case $lang in
  fr)
    locale=fr_FR.UTF-8
    casualties='Décès de casques bleus de la MINUSMA par type d’incident'
    strength='Personnel en tenue de la MINUSMA face aux plafonds autorisés'
    legend='Militaires déployés'
    # glibc groups with U+202F; pdftotext may turn it into a plain space
    grouped='1[0-9]( | | )000'
    ;;
  nl)
    locale=nl_NL.UTF-8
    casualties='Omgekomen blauwhelmen van MINUSMA per soort incident'
    strength='Geüniformeerd personeel van MINUSMA tegenover de toegestane plafonds'
    legend='Ingezette militairen'
    grouped='1[0-9]\.000'
    ;;
  *) echo "unknown language $lang"; exit 2 ;;
esac

status=0
fail () { echo "not ok: $*"; status=1; }

for chart in casualties strength; do
  LANGUAGE=$lang LC_ALL=$locale "$exe" --export=$chart --output="$out/$chart.pdf" ||
    { fail "--export=$chart failed"; continue; }
  pdftotext -enc UTF-8 "$out/$chart.pdf" "$out/$chart.txt"
  # The chart above its list of sources (titles are bibliographic and stay as published):
  # cropped where the list's heading starts.
  list_top=$(pdftotext -bbox "$out/$chart.pdf" - |
             grep -m1 -E '>(Sources|Bronnen)</word>' | sed -E 's/.*yMin="([0-9]+).*/\1/' || true)
  pdftotext -enc UTF-8 -x 0 -y 0 -W 100000 -H "${list_top:-100000}" "$out/$chart.pdf" \
    "$out/$chart-chart.txt"
  # English chart words must not survive
  if grep -v '^Source\|^Bron' "$out/$chart-chart.txt" |
       grep -nE 'Military|Police deployed|ceiling|[Dd]eaths|Cumulative|Malicious|Illness|January|December'; then
    fail "English text in the $lang $chart export"
  fi
done

grep -qF "$casualties" "$out/casualties.txt" || fail "no “$casualties” in the casualties PDF"
grep -qF "$strength" "$out/strength.txt" || fail "no “$strength” in the strength PDF"
grep -qF "$legend" "$out/strength.txt" || fail "no “$legend” in the strength PDF"
grep -qE "$grouped" "$out/strength.txt" || fail "no $grouped-style grouping in the strength PDF"

[ $status -eq 0 ] && echo "ok: $lang PDF exports are translated"
exit $status
