#!/usr/bin/env sh
# Installs what the Firefox and WebKit test runs need, when it is missing: Debian's firefox-esr,
# WebKitWebDriver (webkit2gtk-driver, which brings MiniBrowser) and Xvfb. Nothing is downloaded
# outside the system's package manager. Chromium is installed by .ci/run's own step.
set -eu
missing=""
command -v firefox-esr >/dev/null 2>&1 || [ -n "${FIREFOX_PATH:-}" ] || missing="$missing firefox-esr"
command -v WebKitWebDriver >/dev/null 2>&1 || missing="$missing webkit2gtk-driver"
[ -n "${DISPLAY:-}" ] || command -v Xvfb >/dev/null 2>&1 || missing="$missing xvfb"
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Firefox and WebKit tests need:$missing (Debian/Ubuntu package names); no apt-get here to install them." >&2
  exit 1
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
echo "installing:$missing"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
