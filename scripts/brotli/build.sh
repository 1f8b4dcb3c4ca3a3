#!/usr/bin/env bash
# Builds src/zlib/brotli/{decoder,encoder}-wasm.ts: Google's brotli 1.0.9 (the C library Node 16.13.1 links, so
# compressed bytes and decoder error codes are Node's) compiled to WebAssembly with
# scripts/brotli/{decoder,encoder}.c, embedded as base64 so the module can be compiled synchronously.
#
# Not part of npm run build (the generated file is committed); rerun after changing decoder.c or encoder.c.
# Needs Debian 12's clang-16, lld-16, wasi-libc and libclang-rt-16-dev-wasm32 (clang 14, Debian's
# default, miscompiles enc/literal_cost.c at -O1 and above: the literal costs, so the bytes, differ
# from Node's at quality 10 and 11), a native clang or gcc, and the brotli 1.0.9
# source (Debian's source package: `apt-get source --download-only brotli`, which needs a
# deb-src entry), given as the folder holding c/ or as the .orig.tar.gz:
#   scripts/brotli/build.sh /tmp/brotli_1.0.9.orig.tar.gz
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
source="${1:?usage: scripts/brotli/build.sh <brotli-1.0.9 folder or .orig.tar.gz>}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -f "$source" ]; then
  tar xzf "$source" -C "$work"
  source="$(echo "$work"/brotli-*)"
fi
grep -q 'BROTLI_VERSION 0x1000009' "$source/c/common/version.h" || { echo "not brotli 1.0.9: $source" >&2; exit 1; }
# Two modules, so that a page that only decompresses loads only the decoder.
build() { # name, shim, source folders
  local name="$1" shim="$2"
  shift 2
  local sources=""
  for folder in "$@"; do sources="$sources $(ls "$source"/c/"$folder"/*.c | tr '\n' ' ')"; done
  clang-16 --target=wasm32-wasi --sysroot=/usr -isystem /usr/include/wasm32-wasi -Os -flto \
    -I "$source/c/include" -DNDEBUG -fno-exceptions ${EXTRA_FLAGS:-} \
    -nostartfiles -Wl,--no-entry -Wl,--lto-O2 -Wl,--strip-all -Wl,--gc-sections \
    -Wl,-z,stack-size=65536 -Wl,--initial-memory=1310720 \
    -L /usr/lib/wasm32-wasi \
    -o "$work/$name.wasm" "$here/$shim" $sources
  node "$here/embed.mjs" "$work/$name.wasm" "$root/src/zlib/brotli/$name-wasm.ts" "$name"
}
# glibc and musl round log2() differently for a few hundred integers; brotli's encoder at
# quality 10 and 11 follows log2, so the encoder answers those from a table of glibc's results.
clang -O2 -o "$work/log2-native" "$here/log2-values.c" -lm
"$work/log2-native" > "$work/log2-native.bin"
clang-16 --target=wasm32-wasi --sysroot=/usr -isystem /usr/include/wasm32-wasi -O2 -L /usr/lib/wasm32-wasi \
  -o "$work/log2-values.wasm" "$here/log2-values.c"
node "$here/log2-table.mjs" "$work/log2-native.bin" "$work/log2-values.wasm" "$here/log2-fix.h"
rm -f "$here/log2-fix.h.wasm-values"
printf '#include <math.h>\n#define log2 pn_log2\ndouble pn_log2(double);\n' > "$work/pn-log2.h"

build decoder decoder.c common dec
EXTRA_FLAGS="-include $work/pn-log2.h -I $here" build encoder encoder.c common enc
