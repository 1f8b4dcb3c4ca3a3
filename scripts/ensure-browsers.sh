#!/usr/bin/env bash
# Makes sure the browsers the tests run in are installed: Debian's chromium and firefox-esr
# (never a browser downloaded by a tool). CHROME_BIN / FIREFOX_BIN, when set, name the
# binaries to use instead. Installs with apt-get when running as root; otherwise says what
# to install and fails.
set -euo pipefail

chrome="${CHROME_BIN:-/usr/bin/chromium}"
firefox="${FIREFOX_BIN:-/usr/bin/firefox-esr}"
missing=()
[ -x "$chrome" ] || missing+=(chromium)
[ -x "$firefox" ] || missing+=(firefox-esr)
[ ${#missing[@]} -eq 0 ] && exit 0

# A binary named by the user is not replaced by an install: say it is wrong.
for named in CHROME_BIN FIREFOX_BIN; do
  if [ -n "${!named:-}" ] && [ ! -x "${!named}" ]; then
    echo "ensure-browsers: $named=${!named} is not an executable file" >&2
    exit 1
  fi
done

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "ensure-browsers: missing ${missing[*]}. Install Debian's packages (as root:" >&2
  echo "  apt-get install -y --no-install-recommends chromium firefox-esr fonts-liberation)" >&2
  echo "or point CHROME_BIN and FIREFOX_BIN at a Chromium and a Firefox binary." >&2
  exit 1
fi

echo "ensure-browsers: installing ${missing[*]} with apt-get ..." >&2
export DEBIAN_FRONTEND=noninteractive
# Another apt run may hold the lists lock for a while: retry instead of failing.
retry() { local i; for i in 1 2 3 4 5 6 7 8 9 10; do "$@" && return 0; echo "ensure-browsers: retry $i: $*" >&2; sleep 10; done; return 1; }
retry apt-get update -q >&2
retry apt-get install -y -q --no-install-recommends chromium firefox-esr fonts-liberation >&2
