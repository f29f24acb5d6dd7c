#!/usr/bin/env bash
# Fails when the chart code names a mission, a host country or a place: the charts draw what
# the dataset says. The names are those of every shipped dataset (mission acronym, host country
# code and names, base and region names) plus a fixed list; whole words, case as written.
# SPDX-License-Identifier: GPL-3.0-or-later
set -uo pipefail
cd "${1:-$(dirname "$0")/..}" || exit 1

fixed="MINUSMA MONUSCO MONUC MINUSCA UNMISS UNIFIL MINURSO UNMIK UNFICYP UNDOF UNTSO
Mali Congo Kinshasa Kidal Gao Bamako Timbuktu Tombouctou Ménaka Mopti Kivu Bukavu Goma Uvira
Ivoire Chad Pakistan Bangladesh Senegal Niger Guinea Uruguay Indonesia"

datasets=$(grep -l '<peacekeeping-dataset' data/*.xml)
if [ -z "$datasets" ]; then
  echo "no dataset found under data/" >&2
  exit 1
fi
xpath='//mission/@acronym | //mission/@country | //mission/country/text() | //base/@name | //base/@region | //region/name/text()'
from_data=$(for f in $datasets; do xmllint --xpath "$xpath" "$f" 2>/dev/null; echo; done |
            sed -E 's/[a-z]+="([^"]*)"/\1/g' | tr -c "[:alnum:]À-ÿ'-" '\n' |
            grep -E '^[[:upper:]][^[:space:]]{2,}$' | sort -u)
if [ "$(printf '%s\n' "$from_data" | grep -c .)" -lt 10 ]; then
  echo "too few names read from the datasets: $from_data" >&2
  exit 1
fi

status=0
for name in $(printf '%s\n' $fixed $from_data | sort -u); do
  hits=$(grep -rnw --include='*.c' --include='*.h' -e "$name" src/charts/)
  if [ -n "$hits" ]; then
    echo "not ok: the chart code names \"$name\":" >&2
    echo "$hits" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "ok: src/charts/ names no mission, country or place ($(printf '%s\n' $fixed $from_data | sort -u | wc -l) names checked)"
exit $status
