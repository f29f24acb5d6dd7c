#!/usr/bin/env bash
# Exports the Compare charts as PDF under LANGUAGE=$2 and checks with pdftotext that titles,
# legends and the source line are translated.
# Usage: check-compare-i18n.sh PEACEKEEPING-CHARTS fr|nl
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
exe=$1
lang=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

case $lang in
  fr)
    locale=fr_FR.UTF-8
    ranking='Décès de casques bleus par mission'
    missions='Décès de casques bleus par année'
    world='Décès dans le maintien de la paix de l’ONU et effectif total'
    legend='Acte de malveillance'
    source='Nations Unies, données ouvertes Peacekeeper Fatalities'
    ;;
  nl)
    locale=nl_NL.UTF-8
    ranking='Omgekomen blauwhelmen per missie'
    missions='Omgekomen blauwhelmen per jaar'
    world='Doden bij VN-vredeshandhaving en de omvang van de totale macht'
    legend='Kwaadwillige daad'
    source='Verenigde Naties, open data Peacekeeper Fatalities'
    ;;
  *) echo "unknown language $lang"; exit 2 ;;
esac

status=0
fail () { echo "not ok: $*"; status=1; }

for chart in compare-ranking compare compare-world; do
  LANGUAGE=$lang LC_ALL=$locale "$exe" --export=$chart --output="$out/$chart.pdf" ||
    { fail "--export=$chart failed"; continue; }
  pdftotext -enc UTF-8 "$out/$chart.pdf" "$out/$chart.txt"
  # English chart words must not survive (the data sets' own titles stay as published)
  if grep -nE 'Peacekeeper deaths|Deaths per|Whole force|Malicious|Illness|incident type' \
       "$out/$chart.txt" | grep -v 'Peacekeeper Fatalities'; then
    fail "English text in the $lang $chart export"
  fi
  grep -qF "$source" "$out/$chart.txt" || fail "no “$source” in the $chart PDF"
done

grep -qF "$ranking" "$out/compare-ranking.txt" || fail "no “$ranking” in the ranking PDF"
grep -qF "$legend" "$out/compare-ranking.txt" || fail "no “$legend” in the ranking PDF"
grep -qF "$missions" "$out/compare.txt" || fail "no “$missions” in the per-year PDF"
grep -qF "$world" "$out/compare-world.txt" || fail "no “$world” in the whole-force PDF"
grep -qF "Our World in Data" "$out/compare-world.txt" || fail "no force-size source in the PDF"

[ $status -eq 0 ] && echo "ok: $lang Compare exports are translated"
exit $status
