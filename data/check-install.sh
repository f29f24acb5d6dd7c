#!/bin/sh
# Copyright 2026 The Peacekeeping Charts authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the build into a temporary DESTDIR and compares the complete list of installed
# files with the expected one. The .mo files follow po/LINGUAS, so adding a language does not
# need a change here.
#
# Usage: check-install.sh MESON BUILD_ROOT SOURCE_ROOT BINDIR DATADIR LOCALEDIR GETTEXT_PACKAGE APP_ID GUI_MODULE
# (BINDIR, DATADIR, LOCALEDIR and GUI_MODULE, the window's module, are absolute: prefix included)
set -eu

if [ $# -ne 9 ]; then
  echo "usage: $0 MESON BUILD_ROOT SOURCE_ROOT BINDIR DATADIR LOCALEDIR GETTEXT_PACKAGE APP_ID GUI_MODULE" >&2
  exit 2
fi
meson=$1 build_root=$2 source_root=$3 bindir=$4 datadir=$5 localedir=$6 domain=$7 app_id=$8
gui_module=$9

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pkc-check-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
destdir=$tmp/root

{
  echo "$bindir/peacekeeping-charts"
  echo "$gui_module"
  echo "$datadir/applications/$app_id.desktop"
  echo "$datadir/dbus-1/services/$app_id.service"
  echo "$datadir/glib-2.0/schemas/$app_id.gschema.xml"
  echo "$datadir/icons/hicolor/scalable/apps/$app_id.svg"
  echo "$datadir/icons/hicolor/symbolic/apps/$app_id-symbolic.svg"
  echo "$datadir/metainfo/$app_id.metainfo.xml"
  echo "$datadir/mime/packages/$app_id.xml"
  # LINGUAS: languages separated by blanks or newlines, '#' starts a comment.
  sed -e 's/#.*//' "$source_root/po/LINGUAS" | tr -s ' \t' '\n\n' | while read -r lang; do
    if [ -n "$lang" ]; then
      echo "$localedir/$lang/LC_MESSAGES/$domain.mo"
    fi
  done
} | LC_ALL=C sort > "$tmp/expected"

if ! DESTDIR=$destdir "$meson" install -C "$build_root" --no-rebuild --quiet > "$tmp/log" 2>&1; then
  cat "$tmp/log" >&2
  echo "meson install failed: build everything first (meson compile -C $build_root)" >&2
  exit 1
fi

# Everything that is not a directory, as the absolute path it would have without DESTDIR.
(cd "$destdir" && find . ! -type d) | sed -e 's|^\.||' | LC_ALL=C sort > "$tmp/installed"

if ! diff -u "$tmp/expected" "$tmp/installed"; then
  echo "installed files differ from the expected list (- expected, + installed)" >&2
  exit 1
fi
echo "ok: $(wc -l < "$tmp/installed") files installed as expected"
