#!/bin/sh
# Builds the .deb packages with CPack, validates the desktop and AppStream files, unpacks each package into a
# temporary root and checks that it installs its files and that the installed programs run.
#   tests/packaging_test.sh BUILD_DIR SOURCE_DIR
set -eu
build=$1
source=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

desktop-file-validate "$source/packaging/linux/dev.keyward.Keyward.desktop"
appstreamcli validate --no-net --pedantic "$source/packaging/linux/dev.keyward.Keyward.metainfo.xml"

(cd "$build" && cpack -G DEB -B "$tmp/out" >"$tmp/cpack.log" 2>&1) || { cat "$tmp/cpack.log"; exit 1; }
server=$(ls "$tmp"/out/keywardd_*.deb)
console=$(ls "$tmp"/out/keyward_*.deb)

expect() { # package, path inside it
    dpkg-deb -c "$1" | awk '{print $6}' | grep -qx "./$2" || { echo "missing in $(basename "$1"): $2"; exit 1; }
}
expect "$server" usr/bin/keywardd
expect "$server" usr/lib/systemd/system/keywardd.service
expect "$console" usr/bin/keyward
expect "$console" usr/bin/keyward-cli
expect "$console" usr/share/bash-completion/completions/keyward-cli
expect "$console" usr/share/applications/dev.keyward.Keyward.desktop
expect "$console" usr/share/metainfo/dev.keyward.Keyward.metainfo.xml
expect "$console" usr/share/icons/hicolor/scalable/apps/dev.keyward.Keyward.svg
# Each package only carries its own program.
if dpkg-deb -c "$server" | grep -q 'usr/bin/keyward$'; then echo "keywardd package carries the console"; exit 1; fi

# Dependencies were computed (shlibdeps) and name the runtime pieces.
dpkg-deb -f "$server" Depends | grep -q libqt6sql6-sqlite
dpkg-deb -f "$console" Depends | grep -q libsecret-1-0
dpkg-deb -f "$console" Depends | grep -q libqt6widgets6

# Unpacked into a root of its own, the programs run.
dpkg-deb -x "$server" "$tmp/root"
dpkg-deb -x "$console" "$tmp/root"
"$tmp/root/usr/bin/keywardd" --version | grep -q "keywardd"
"$tmp/root/usr/bin/keyward" --version | grep -q "keyward"
"$tmp/root/usr/bin/keyward-cli" --version | grep -q "keyward-cli"
grep -q '^ProtectSystem=strict' "$tmp/root/usr/lib/systemd/system/keywardd.service"
grep -q '^NoNewPrivileges=yes' "$tmp/root/usr/lib/systemd/system/keywardd.service"
grep -q '^DynamicUser=yes' "$tmp/root/usr/lib/systemd/system/keywardd.service"
echo "packages OK: $(basename "$server") $(basename "$console")"
