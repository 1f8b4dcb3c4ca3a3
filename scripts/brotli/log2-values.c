/*
 * Prints log2(v) for every integer v from 256 to 2^25 as raw doubles: built natively (the
 * platform's libm, as Node uses it) and for wasm32-wasi (musl's libm, as the brotli module
 * uses it); scripts/brotli/log2-table.mjs compares the two. brotli's encoder calls log2() only
 * through FastLog2(v) for integers v >= 256 (enc/fast_log.h), whose results steer quality 10
 * and 11; where the two libms round differently the bytes would differ.
 */
#include <math.h>
#include <stdio.h>

int main(void) {
  for (unsigned v = 256; v < (1u << 25); v++) {
    double d = log2((double)v);
    fwrite(&d, sizeof d, 1, stdout);
  }
  return 0;
}
