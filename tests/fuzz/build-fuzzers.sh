#!/usr/bin/env bash
# Builds the two libFuzzer targets with clang (AddressSanitizer + UBSan) into OUTDIR:
#   fuzz-loader     the dataset loader, then every chart layout of what it loaded
#   fuzz-un-import  the UN fatalities CSV importer
# Needs clang and a configured meson build folder (for config.h), default ./build.
# Run, for example:
#   OUT/fuzz-loader -dict=tests/fuzz/xml.dict -max_len=65536 -max_total_time=1800 \
#     NEW-CORPUS tests/fuzz/corpus-loader
#   OUT/fuzz-un-import -dict=tests/fuzz/csv.dict -max_total_time=1800 NEW-CORPUS \
#     tests/fuzz/corpus-un-import
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail
cd "$(dirname "$0")/../.."

out=${1:?usage: $0 OUTDIR [BUILDDIR]}
build=${2:-build}
mkdir -p "$out"

flags=(-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
       -D_GNU_SOURCE -std=gnu11 -I"$build" -Isrc/dataset -Isrc/charts -Isrc/import -Iresources -Iresources/outlines)

dataset_sources=(src/dataset/*.c)
chart_sources=(src/charts/*.c)
import_sources=(src/import/*.c)

# shellcheck disable=SC2046
clang "${flags[@]}" -DPKC_FUZZ_WITH_CHARTS tests/fuzz/fuzz-loader.c \
  "${dataset_sources[@]}" "${chart_sources[@]}" \
  $(pkg-config --cflags --libs gio-2.0 libxml-2.0 pangocairo) -lm -o "$out/fuzz-loader"
# shellcheck disable=SC2046
clang "${flags[@]}" tests/fuzz/fuzz-un-import.c \
  "${dataset_sources[@]}" "${import_sources[@]}" \
  $(pkg-config --cflags --libs gio-2.0 gio-unix-2.0 libxml-2.0) -lm -o "$out/fuzz-un-import"
echo "built $out/fuzz-loader and $out/fuzz-un-import"
