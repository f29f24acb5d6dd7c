#!/usr/bin/env bash
# Copyright 2026 The Peacekeeping Charts authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds, installs and runs the Flatpak offline, following flatpak/OFFLINE.md:
# Flathub is out of reach, so a Platform and an Sdk are assembled from Debian 12 packages,
# exported to a local OSTree repo, and a copy of flatpak/org.peacekeeping.Charts.json that names
# them is built with flatpak-builder. The app then runs under Xvfb for a screenshot, and once
# headless inside the sandbox.
#
# Usage: flatpak/local-build.sh OUTDIR
#   OUTDIR receives screenshot.png, casualties.csv and flatpak-builder.log.
#   Work folders (debootstrap roots, OSTree repo, Flatpak installation, build state) live in
#   ${PKC_FLATPAK_WORK:-$HOME/.cache/pkc-flatpak}; a second run reuses them.
# Needs root or sudo for apt-get and debootstrap. Exits non-zero on any failure, including any
# WARNING printed by flatpak-builder.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 OUTDIR" >&2
  exit 2
fi

app_id=org.peacekeeping.Charts
branch=bookworm
platform_id=org.peacekeeping.BookwormPlatform
sdk_id=org.peacekeeping.BookwormSdk
platform_pkgs=libgtk-4-1,libadwaita-1-0,libxml2,librsvg2-common,libglib2.0-bin,gsettings-desktop-schemas,shared-mime-info,fontconfig,fonts-dejavu-core,fonts-cantarell,adwaita-icon-theme,hicolor-icon-theme,libgtk-4-common,libegl1,libgl1,dbus-x11
sdk_pkgs=$platform_pkgs,build-essential,meson,ninja-build,pkgconf,libgtk-4-dev,libadwaita-1-dev,libxml2-dev,appstream,appstream-util,desktop-file-utils,elfutils,patch,file,gettext
# Bump when the way a runtime folder is assembled changes, so cached exports are redone.
recipe_version=1

here=$(cd "$(dirname "$0")" && pwd)
repo_root=$(dirname "$here")
manifest=$here/$app_id.json
mkdir -p "$1"
outdir=$(cd "$1" && pwd)
work=${PKC_FLATPAK_WORK:-$HOME/.cache/pkc-flatpak}
mkdir -p "$work"
work=$(cd "$work" && pwd)
roots=$work/roots
runtimes=$work/runtimes
ostree_repo=$work/repo
export FLATPAK_USER_DIR=$work/flatpak-user
builddir=$work/build
statedir=$work/state
mkdir -p "$roots" "$runtimes" "$FLATPAK_USER_DIR" "$work/debs"

if [ "$(id -u)" -eq 0 ]; then
  SUDO=
elif command -v sudo > /dev/null; then
  SUDO=sudo
else
  echo "error: apt-get and debootstrap need root: run as root or install sudo" >&2
  exit 1
fi

timings=()
phase_name=
phase_start=0
phase() {
  local now
  now=$(date +%s)
  if [ -n "$phase_name" ]; then
    timings+=("$(printf '%-28s %5d s' "$phase_name" $((now - phase_start)))")
  fi
  phase_name=$1
  phase_start=$now
  [ -n "$phase_name" ] && echo "==> $phase_name"
  return 0
}
run_start=$(date +%s)

# --- 1. host tools -----------------------------------------------------------------------
phase "host tools"
missing=()
for pair in flatpak:flatpak flatpak-builder:flatpak-builder ostree:ostree \
            debootstrap:debootstrap xvfb-run:xvfb xdotool:xdotool import:imagemagick \
            dbus-launch:dbus-x11 dbus-run-session:dbus python3:python3; do
  command -v "${pair%%:*}" > /dev/null || missing+=("${pair#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

# --- 2. Debian mirror, read from apt's own configuration --------------------------------
mirror=
for f in /etc/apt/sources.list.d/*.sources; do
  [ -r "$f" ] || continue
  # deb822 stanzas: the URIs of the first stanza whose Suites include bookworm itself.
  mirror=$(awk -v suite="$branch" '
    BEGIN { RS = ""; FS = "\n" }
    {
      uri = ""; ok = 0
      for (i = 1; i <= NF; i++) {
        if ($i ~ /^URIs:/) { split($i, a, /[ \t]+/); uri = a[2] }
        if ($i ~ /^Suites:/) { n = split($i, s, /[ \t]+/); for (j = 2; j <= n; j++) if (s[j] == suite) ok = 1 }
        if ($i ~ /^Types:/ && $i !~ /[ \t]deb([ \t]|$)/) { ok = -1 }
      }
      if (ok == 1 && uri != "") { print uri; exit }
    }' "$f")
  [ -n "$mirror" ] && break
done
if [ -z "$mirror" ] && [ -r /etc/apt/sources.list ]; then
  mirror=$(awk -v suite="$branch" '
    $1 == "deb" {
      i = 2; if ($i ~ /^\[/) { while ($i !~ /\]$/) i++; i++ }
      if ($(i + 1) == suite) { print $i; exit }
    }' /etc/apt/sources.list)
fi
if [ -z "$mirror" ]; then
  echo "error: no '$branch' deb source in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list" >&2
  exit 1
fi
echo "mirror: $mirror"

# --- 3. debootstrap a Platform and an Sdk (cached by their package list) ----------------
bootstrap() { # NAME PACKAGES
  local root=$roots/$1 stamp=$roots/$1.stamp
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$2" ]; then
    echo "$1: cached"
    return 0
  fi
  $SUDO rm -rf "$root" "$stamp"
  $SUDO debootstrap --variant=minbase --cache-dir="$work/debs" --include="$2" \
    "$branch" "$root" "$mirror"
  printf '%s' "$2" > "$stamp"
}
phase "debootstrap platform"
bootstrap platform "$platform_pkgs"
phase "debootstrap sdk"
bootstrap sdk "$sdk_pkgs"

# --- 4. runtime folders, exported to the OSTree repo ----------------------------------
arch=$(flatpak --default-arch)
[ -d "$ostree_repo/objects" ] || ostree init --repo="$ostree_repo" --mode=archive-z2

make_runtime() { # NAME ID
  local root=$roots/$1 dir=$runtimes/$1 stamp=$runtimes/$1.stamp
  local want
  want="$recipe_version $(cat "$roots/$1.stamp")"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] &&
     ostree --repo="$ostree_repo" rev-parse "runtime/$2/$arch/$branch" > /dev/null 2>&1; then
    echo "$2: cached in $ostree_repo"
    return 0
  fi
  $SUDO rm -rf "$dir" "$stamp"
  mkdir -p "$dir"
  # files/ = the root's /usr plus its /etc; hard links keep it fast and small.
  $SUDO cp -al "$root/usr" "$dir/files"
  $SUDO cp -a "$root/etc" "$dir/files/etc"
  $SUDO rm -f "$dir"/files/etc/{shadow,shadow-,gshadow,gshadow-,passwd-,group-,subuid,subgid}
  $SUDO find "$dir/files" -perm /7000 ! -type l -exec chmod ug-s,o-t {} +
  # flatpak runs ldconfig with PATH /app/bin:/usr/bin
  $SUDO ln -sfn ../sbin/ldconfig "$dir/files/bin/ldconfig"
  $SUDO chown -R "$(id -u):$(id -g)" "$dir"
  cat > "$dir/metadata" <<EOF
[Runtime]
name=$2
runtime=$platform_id/$arch/$branch
sdk=$sdk_id/$arch/$branch
EOF
  flatpak build-export --runtime --files=files --no-update-summary "$ostree_repo" "$dir" "$branch"
  # The repo now holds it; the folder would only double the disk use.
  rm -rf "$dir"
  printf '%s' "$want" > "$stamp"
}
phase "export platform"
make_runtime platform "$platform_id"
phase "export sdk"
make_runtime sdk "$sdk_id"
flatpak build-update-repo "$ostree_repo"

# --- 5. install the runtimes into the private installation ---------------------------
phase "install runtimes"
flatpak --user remote-add --if-not-exists --no-gpg-verify local "file://$ostree_repo"
flatpak --user install -y --noninteractive --or-update local \
  "$platform_id//$branch" "$sdk_id//$branch"

# --- 6. build a copy of the real manifest against them, install the app ---------------
phase "build app"
copy=$work/$app_id.local.json
python3 - "$manifest" "$copy" "$platform_id" "$sdk_id" "$branch" <<'EOF'
import json, os, sys
src, dst, platform, sdk, branch = sys.argv[1:]
with open(src, encoding="utf-8") as f:
    m = json.load(f)
assert m["runtime"] == "org.gnome.Platform" and m["sdk"] == "org.gnome.Sdk", "unexpected runtime"
m["runtime"], m["sdk"], m["runtime-version"] = platform, sdk, branch
# The copy lives elsewhere: make relative source paths absolute (relative to the original).
base = os.path.dirname(os.path.abspath(src))
def fix(module):
    for s in module.get("sources", []):
        if isinstance(s, dict) and "path" in s:
            s["path"] = os.path.normpath(os.path.join(base, s["path"]))
    for sub in module.get("modules", []):
        if isinstance(sub, dict):
            fix(sub)
fix(m)
with open(dst, "w", encoding="utf-8") as f:
    json.dump(m, f, indent=2)
EOF
# A bundle or earlier install blocks --or-update from another origin: start clean.
if flatpak --user info "$app_id" > /dev/null 2>&1; then
  flatpak --user uninstall -y --noninteractive "$app_id"
fi
# Failed builds leave numbered source copies in the state folder: drop them.
rm -rf "$statedir/build"
log=$outdir/flatpak-builder.log
flatpak-builder --user --disable-rofiles-fuse --force-clean --state-dir="$statedir" \
  --repo="$ostree_repo" "$builddir" "$copy" 2>&1 | tee "$log"
# One warning is tolerated, and only verbatim: Debian 12's flatpak-builder 1.2 configures with
# `meson --prefix=…` and meson 1.0 asks for `meson setup`; newer flatpak-builders say `setup`.
known_warning='WARNING: Running the setup command as `meson [options]` instead of `meson setup [options]` is ambiguous and deprecated.'
if grep -n 'WARNING' "$log" | grep -v -F -e "$known_warning"; then
  echo "error: flatpak-builder printed warnings (above; full log: $log)" >&2
  exit 1
fi
flatpak build-update-repo "$ostree_repo"
flatpak --user install -y --noninteractive --or-update local "$app_id//master"

# --- 7. run it: a screenshot of the window, then a headless command in the sandbox ----
phase "run app"
rm -f "$outdir/screenshot.png" "$outdir/casualties.csv"
export PKC_APP_ID=$app_id PKC_OUTDIR=$outdir
xvfb-run -a -s '-screen 0 1280x800x24' dbus-run-session -- bash -euo pipefail -c '
  flatpak run --user "$PKC_APP_ID" > "$PKC_OUTDIR/app.log" 2>&1 &
  app_pid=$!
  trap "kill \$app_pid 2> /dev/null || true; wait \$app_pid 2> /dev/null || true" EXIT
  for _ in $(seq 1 120); do
    if xdotool search --onlyvisible --name "Peacekeeping Charts" > /dev/null 2>&1; then
      break
    fi
    if ! kill -0 $app_pid 2> /dev/null; then
      echo "error: the app exited before showing a window:" >&2
      cat "$PKC_OUTDIR/app.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  if ! xdotool search --onlyvisible --name "Peacekeeping Charts" > /dev/null 2>&1; then
    echo "error: no window titled Peacekeeping Charts within 60 s" >&2
    cat "$PKC_OUTDIR/app.log" >&2
    exit 1
  fi
  sleep 3 # let the first frame and the charts draw
  import -window root "$PKC_OUTDIR/screenshot.png"

  # Headless proofs from inside the sandbox: the numbers, and a chart export into the one
  # folder granted for it (files otherwise go through the portal).
  flatpak run --user --command=peacekeeping-charts "$PKC_APP_ID" --print-data=casualties \
    > "$PKC_OUTDIR/casualties.csv"
  flatpak run --user --filesystem="$PKC_OUTDIR" "$PKC_APP_ID" --export=all \
    --output="$PKC_OUTDIR/report.pdf"
'
test -s "$outdir/screenshot.png"
test -s "$outdir/casualties.csv"
# The report: a title page with the sources (continued over as many pages as they need), then
# one page per chart of the embedded mission.
report_text=$(pdftotext "$outdir/report.pdf" -)   # not piped into grep -q: pipefail and SIGPIPE
for chart in "peacekeeper deaths by incident type" "uniformed personnel against authorised ceilings" \
             "base closures in closure order"; do
  grep -q "$chart" <<< "$report_text" ||
    { echo "error: report.pdf from the sandbox has no page \"… $chart\"" >&2; exit 1; }
done
head -n 1 "$outdir/casualties.csv" | grep -q '^period,' ||
  { echo "error: casualties.csv does not look like the casualties CSV" >&2; exit 1; }

phase ""
echo
echo "Timings:"
printf '  %s\n' "${timings[@]}"
printf '  %-28s %5d s\n' "total" $(( $(date +%s) - run_start ))
echo "Disk use:"
du -sh "$work"
echo "Output in $outdir:"
ls -l "$outdir"
