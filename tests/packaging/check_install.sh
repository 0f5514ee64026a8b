#!/usr/bin/env bash
# `cmake --install` into a temporary prefix lays out every file a desktop
# installation needs, and the desktop entry, AppStream metainfo and MIME
# types pass their validators.  usage: check_install.sh BUILD_DIR
set -u
BUILD=$1
PREFIX=$(mktemp -d)
trap 'rm -rf "$PREFIX"' EXIT
fail=0
no() { echo "FAIL: $*"; fail=1; }

cmake --install "$BUILD" --prefix "$PREFIX" >/dev/null || { echo "FAIL: cmake --install"; exit 1; }

expected=(
  bin/stackwright bin/stackwright-cli
  share/applications/org.stackwright.Stackwright.desktop
  share/metainfo/org.stackwright.Stackwright.metainfo.xml
  share/mime/packages/stackwright.xml
  share/icons/hicolor/scalable/apps/stackwright.svg
  share/bash-completion/completions/stackwright-cli
  share/bash-completion/completions/stackwright
  share/man/man1/stackwright.1 share/man/man1/stackwright-cli.1
  share/stackwright/translations/stackwright_fr.qm share/stackwright/translations/stackwright_es.qm
)
for s in 16 22 24 32 48 64 128 256 512; do expected+=("share/icons/hicolor/${s}x${s}/apps/stackwright.png"); done
for t in simple-web-stack distributed secured-monitored scale-up redundant; do expected+=("share/stackwright/templates/$t.json"); done
# One man page per command the CLI lists.
for c in $("$PREFIX/bin/stackwright-cli" --help | awk '/^commands:/ {f=1; next} f && /^  [a-z]/ {print $1}'); do
  expected+=("share/man/man1/stackwright-cli-$c.1")
done
echo "Installed files:"
(cd "$PREFIX" && find . -type f | sort | sed 's|^\./|  |')
for f in "${expected[@]}"; do
  [ -s "$PREFIX/$f" ] || no "$f is not installed"
done
[ "$(grep -c . <<<"$(ls "$PREFIX"/share/man/man1/stackwright-cli-*.1 2>/dev/null)")" -ge 9 ] || no "fewer than 9 command man pages"

# Each PNG really has its size.
for s in 16 48 256; do
  png="$PREFIX/share/icons/hicolor/${s}x${s}/apps/stackwright.png"
  [ -f "$png" ] && { w=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $3*256+$4, $7*256+$8}'); [ "$w" = "$s $s" ] || no "$png is $w, not $s x $s"; }
done

desktop-file-validate "$PREFIX/share/applications/org.stackwright.Stackwright.desktop" || no "desktop-file-validate"
appstreamcli validate --no-net "$PREFIX/share/metainfo/org.stackwright.Stackwright.metainfo.xml" || no "appstreamcli validate"
xmllint --noout "$PREFIX/share/mime/packages/stackwright.xml" || no "xmllint on the MIME type"
grep -q "Exec=stackwright %f" "$PREFIX/share/applications/org.stackwright.Stackwright.desktop" || no "the desktop Exec line"
for m in "$PREFIX"/share/man/man1/*.1; do head -1 "$m" | grep -q '^\.TH ' || no "$m does not start with .TH"; done
grep -qF -- '\-\-output PATH' "$PREFIX/share/man/man1/stackwright-cli-export.1" || no "the export man page lacks --output"
bash -n "$PREFIX/share/bash-completion/completions/stackwright-cli" || no "bash completion syntax"

# The MIME database recognises both kinds of file by content.
if command -v update-mime-database >/dev/null; then
  mkdir -p "$PREFIX/mime/packages"
  cp /usr/share/mime/packages/freedesktop.org.xml "$PREFIX/share/mime/packages/stackwright.xml" "$PREFIX/mime/packages/"
  update-mime-database "$PREFIX/mime" >/dev/null 2>&1 || no "update-mime-database"
  grep -q "application/x-stackwright" "$PREFIX/mime/magic" 2>/dev/null || no "magic for .stackwright missing from the MIME database"
  grep -q "application/x-stackwright-design+json" "$PREFIX/mime/magic" 2>/dev/null || no "magic for JSON designs missing"
  grep -q "application/x-stackwright:\*\.stackwright" "$PREFIX/mime/globs" 2>/dev/null || no "glob *.stackwright missing"
fi

# The installed programs run and know their version.
v=$("$PREFIX/bin/stackwright-cli" --version) || no "stackwright-cli --version"
[[ $v == "stackwright-cli "[0-9]* ]] || no "stackwright-cli --version printed '$v'"
g=$(env -u XDG_RUNTIME_DIR QT_QPA_PLATFORM=offscreen "$PREFIX/bin/stackwright" --version 2>"$PREFIX/gui-stderr") || no "stackwright --version"
[[ $g == "Stackwright "[0-9]* ]] || no "stackwright --version printed '$g'"
[ ! -s "$PREFIX/gui-stderr" ] || no "stackwright --version wrote on stderr: $(cat "$PREFIX/gui-stderr")"
exit $fail
