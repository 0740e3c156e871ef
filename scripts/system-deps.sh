#!/usr/bin/env bash
# Checks the system libraries Qt needs on Debian/Ubuntu and installs the missing ones when run as root.
# With --test it also checks what the tests use: Chromium (the microsite), poppler-utils (the PDF posters), and Xvfb,
# xdotool and x11-utils (the real-display test drives the kiosk on a virtual X screen), and Syncthing (the fleet's
# tests start real instances on 127.0.0.1). Elsewhere it prints what to
# install. Safe to run again: it does nothing when all are present.
set -eu
# libxcb-icccm4, libxcb-keysyms1 and libxcb-shape0: Qt's xcb platform (X11) does not load without them.
packages="libpulse0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libegl1 libgl1"
packages="$packages libfontconfig1 fontconfig libdbus-1-3"
# Chinese, Japanese and Korean: Han, kana and Hangul, for the screens and for content (docs/adr/0012).
packages="$packages fonts-noto-cjk"
# Read aloud: speech-dispatcher with espeak-ng's voices (the languages they speak: `kiosk doctor`).
packages="$packages speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"
# libthai0: Qt breaks Thai lines between words with it (without it a Thai paragraph has no break at all).
packages="$packages libthai0"
if [ "${1:-}" = "--test" ]; then
    packages="$packages chromium poppler-utils xvfb xauth xdotool x11-utils syncthing"
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-deps: not a Debian/Ubuntu system; make sure these (or your system's equivalents) are installed: $packages"
    exit 0
fi
missing=""
for p in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$status" in *"ok installed"*) ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "system-deps: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
    echo "system-deps: these system packages are needed:$missing"
    echo "system-deps: install them with: sudo apt-get install$missing"
fi
