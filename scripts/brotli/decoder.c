/*
 * polynode's WebAssembly face of the brotli 1.0.9 C library (the version Node 16.13.1 links):
 * the decoder state machine exactly as Node's zlib binding drives it, with the
 * stream positions passed through a small block of linear memory.
 *
 * io block (four 32-bit words): [0] avail_in, [1] next_in, [2] avail_out, [3] next_out.
 * Built by scripts/brotli/build.sh into src/zlib/brotli/decoder-wasm.ts.
 */
#include "shim.h"
#include <brotli/decode.h>

EXPORT(pn_decoder_create) BrotliDecoderState *pn_decoder_create(void) {
  return BrotliDecoderCreateInstance(NULL, NULL, NULL);
}
EXPORT(pn_decoder_set_parameter) int pn_decoder_set_parameter(BrotliDecoderState *state, int key, uint32_t value) {
  return BrotliDecoderSetParameter(state, (BrotliDecoderParameter)key, value);
}
/* Returns a BrotliDecoderResult: 0 error, 1 success, 2 needs more input, 3 needs more output. */
EXPORT(pn_decoder_stream) int pn_decoder_stream(BrotliDecoderState *state, size_t *io) {
  size_t avail_in = io[0];
  const uint8_t *next_in = (const uint8_t *)io[1];
  size_t avail_out = io[2];
  uint8_t *next_out = (uint8_t *)io[3];
  BrotliDecoderResult result = BrotliDecoderDecompressStream(state, &avail_in, &next_in, &avail_out, &next_out, NULL);
  io[0] = avail_in;
  io[1] = (size_t)next_in;
  io[2] = avail_out;
  io[3] = (size_t)next_out;
  return (int)result;
}
EXPORT(pn_decoder_error_code) int pn_decoder_error_code(BrotliDecoderState *state) {
  return (int)BrotliDecoderGetErrorCode(state);
}
/* A NUL-terminated name such as "PADDING_1" (Node's code is "ERR_" + this). */
EXPORT(pn_decoder_error_string) const char *pn_decoder_error_string(int code) {
  return BrotliDecoderErrorString((BrotliDecoderErrorCode)code);
}
EXPORT(pn_decoder_destroy) void pn_decoder_destroy(BrotliDecoderState *state) { BrotliDecoderDestroyInstance(state); }
