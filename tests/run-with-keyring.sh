#!/bin/sh
# Runs a test against a real Secret Service without a desktop: a private D-Bus session with gnome-keyring unlocked by
# a throw-away password, HOME and XDG_* in a temporary folder that is removed afterwards, under `timeout` (a keyring
# prompt could hang). With --no-secret-service the test runs with no D-Bus session at all instead.
# The temporary folder is passed to the test as KEYWARD_TEST_HOME.
#
#   tests/run-with-keyring.sh [--no-secret-service] TEST [ARGS...]
set -eu

mode=keyring
if [ "${1:-}" = "--no-secret-service" ]; then
    mode=none
    shift
fi
[ $# -gt 0 ] || { echo "usage: $0 [--no-secret-service] TEST [ARGS...]" >&2; exit 2; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/keyward-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 143' INT TERM
mkdir -p "$tmp/home" "$tmp/data" "$tmp/config" "$tmp/cache" "$tmp/runtime"
chmod 700 "$tmp/runtime"
export KEYWARD_TEST_HOME="$tmp"
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/runtime"
# No display, no desktop: nothing may prompt, and QtKeychain picks the Secret Service (libsecret).
# KEYWARD_KEEP_DISPLAY=1 keeps an X display (scripts/screenshots runs the console in Xvfb; the keyring is already
# unlocked, so nothing prompts).
if [ "${KEYWARD_KEEP_DISPLAY:-}" != 1 ]; then
    unset DISPLAY
fi
unset WAYLAND_DISPLAY XDG_CURRENT_DESKTOP XDG_SESSION_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION \
      GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

status=0
if [ "$mode" = none ]; then
    export DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent
    timeout 110 "$@" || status=$?
else
    unset DBUS_SESSION_BUS_ADDRESS
    PASS=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    export PASS
    # Inside the private session: unlock a new login keyring with $PASS, run the test, then end the keyring daemon
    # (it daemonizes out of the process group, and does not always leave when the bus goes away).
    timeout 110 dbus-run-session -- sh -c '
        printf %s "$PASS" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        unset PASS
        keyring=
        tries=0
        while [ -z "$keyring" ] && [ $tries -lt 100 ]; do # it may return before it owns its bus name
            keyring=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                      org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
                      awk "{ print \$2 }")
            [ -n "$keyring" ] || sleep 0.05
            tries=$((tries + 1))
        done
        trap "[ -n \"\$keyring\" ] && kill \$keyring 2>/dev/null" EXIT
        trap "exit 143" INT TERM
        "$@"
    ' sh "$@" || status=$?
fi
exit "$status"
