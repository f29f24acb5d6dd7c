#!/usr/bin/env bash
# Fails when a file of the project points outside the repository: a path into a sibling folder
# (where material is handed over) or a machine path. Everything the app and its tests need is inside.
# SPDX-License-Identifier: GPL-3.0-or-later
set -uo pipefail
cd "${1:-$(dirname "$0")/..}" || exit 1

# Spelled in pieces so that this script does not match itself.
sibling='sha''red'; machine='wo''rk'; admin='ro''ot'; ci='ci''-try'
pattern="\\.\\./($sibling|\\.library)|/$machine/|/home/[a-z]|/$admin/|/tmp/$ci"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # Tracked and new (not ignored) files; translations quote source comments only.
  files=$(git ls-files --cached --others --exclude-standard -- . ':!po/*.po')
else
  files=$(find . -path ./build\* -prune -o -path ./.git -prune -o -type f -print | grep -v '\.po$')
fi
hits=$(printf '%s\n' "$files" | tr '\n' '\0' | xargs -0 grep -I -n -E "$pattern" -- 2>/dev/null)
if [ -n "$hits" ]; then
  echo "These lines point outside the repository:" >&2
  echo "$hits" >&2
  exit 1
fi
echo "no file points outside the repository"
