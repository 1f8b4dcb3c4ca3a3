/*
 * What scripts/brotli/decoder.c and encoder.c share: the export attribute and the allocator
 * src/zlib/brotli/engine.ts uses for its scratch buffers (the io block and the windows).
 */
#ifndef POLYNODE_BROTLI_SHIM_H
#define POLYNODE_BROTLI_SHIM_H
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#define EXPORT(name) __attribute__((export_name(#name)))

EXPORT(pn_malloc) void *pn_malloc(size_t size) { return malloc(size); }
EXPORT(pn_free) void pn_free(void *pointer) { free(pointer); }

#endif
