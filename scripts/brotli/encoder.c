/*
 * polynode's WebAssembly face of the brotli 1.0.9 C library (the version Node 16.13.1 links):
 * the encoder state machine exactly as Node's zlib binding drives it, with the
 * stream positions passed through a small block of linear memory.
 *
 * io block (four 32-bit words): [0] avail_in, [1] next_in, [2] avail_out, [3] next_out.
 * Built by scripts/brotli/build.sh into src/zlib/brotli/encoder-wasm.ts.
 */
#include "shim.h"
#include <string.h>
#include <brotli/encode.h>

EXPORT(pn_encoder_create) BrotliEncoderState *pn_encoder_create(void) {
  return BrotliEncoderCreateInstance(NULL, NULL, NULL);
}
EXPORT(pn_encoder_set_parameter) int pn_encoder_set_parameter(BrotliEncoderState *state, int key, uint32_t value) {
  return BrotliEncoderSetParameter(state, (BrotliEncoderParameter)key, value);
}
/* Returns BROTLI_TRUE (1) or BROTLI_FALSE (0), as BrotliEncoderCompressStream. */
EXPORT(pn_encoder_stream) int pn_encoder_stream(BrotliEncoderState *state, int operation, size_t *io) {
  size_t avail_in = io[0];
  const uint8_t *next_in = (const uint8_t *)io[1];
  size_t avail_out = io[2];
  uint8_t *next_out = (uint8_t *)io[3];
  int result = BrotliEncoderCompressStream(state, (BrotliEncoderOperation)operation, &avail_in, &next_in, &avail_out, &next_out, NULL);
  io[0] = avail_in;
  io[1] = (size_t)next_in;
  io[2] = avail_out;
  io[3] = (size_t)next_out;
  return result;
}
EXPORT(pn_encoder_destroy) void pn_encoder_destroy(BrotliEncoderState *state) { BrotliEncoderDestroyInstance(state); }


/*
 * log2() for brotli's encoder (every call in it is renamed to pn_log2 by build.sh): musl's,
 * except for the integers where glibc, which Node 16 uses, rounds the other way (log2-fix.h).
 */
#include "log2-fix.h"
#undef log2
double pn_log2(double x) {
  if (x >= 256 && x < 33554432.0 && x == (double)(unsigned)x) {
    unsigned v = (unsigned)x;
    size_t lo = 0, hi = sizeof kLog2Fix / sizeof kLog2Fix[0];
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (kLog2Fix[mid].v < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo < sizeof kLog2Fix / sizeof kLog2Fix[0] && kLog2Fix[lo].v == v) {
      double result;
      memcpy(&result, &kLog2Fix[lo].bits, sizeof result);
      return result;
    }
  }
  return log2(x);
}
