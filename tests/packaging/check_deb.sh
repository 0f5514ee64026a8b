#!/usr/bin/env bash
# The .deb that ./dev test builds with CPack (built here when missing): its
# control fields, its files, and that apt can resolve its dependencies
# (apt-get install -s, a simulation: nothing is installed).
# usage: check_deb.sh BUILD_DIR
set -u
BUILD=$1
fail=0
no() { echo "FAIL: $*"; fail=1; }

deb=$(ls "$BUILD"/packages/stackwright_*.deb 2>/dev/null | head -1)
if [ -z "$deb" ]; then
  (cd "$BUILD" && cpack -G DEB -B "$BUILD/packages" >/dev/null) || { echo "FAIL: cpack -G DEB"; exit 1; }
  deb=$(ls "$BUILD"/packages/stackwright_*.deb | head -1)
fi
echo "Package: $deb"
dpkg-deb --info "$deb" || no "dpkg-deb --info"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = stackwright ] || no "Package is '$(field Package)'"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || no "Architecture is '$(field Architecture)'"
[[ $(field Version) =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]] || no "Version is '$(field Version)'"
[ -n "$(field Maintainer)" ] || no "no Maintainer"
[ -n "$(field Description)" ] || no "no Description"
depends=$(field Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libgvc6 libcgraph6 libssh-4 libsqlite3-0; do
  grep -q "$lib" <<<"$depends" || no "Depends lacks $lib: $depends"
done
files=$(dpkg-deb -c "$deb")
for f in ./usr/bin/stackwright ./usr/bin/stackwright-cli ./usr/share/applications/org.stackwright.Stackwright.desktop \
         ./usr/share/metainfo/org.stackwright.Stackwright.metainfo.xml ./usr/share/mime/packages/stackwright.xml \
         ./usr/share/icons/hicolor/48x48/apps/stackwright.png ./usr/share/man/man1/stackwright-cli.1; do
  grep -q " $f\$" <<<"$files" || no "$f is not in the package"
done
sim=$(apt-get install -s -o Debug::NoLocking=1 "$deb" 2>&1)
status=$?
echo "$sim" | tail -5
[ $status -eq 0 ] || no "apt-get install -s failed ($status)"
grep -q "^Inst stackwright " <<<"$sim" || no "apt-get install -s does not install stackwright"
exit $fail
