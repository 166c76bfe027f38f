/* sha256.h: SHA-256 (FIPS 180-4), for the fingerprint of scenario sources in
 * every report's provenance block. Written here: tcost links nothing but Lua. */
#ifndef TCOST_SHA256_H
#define TCOST_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct tc_sha256 {
	uint32_t h[8];
	uint64_t bytes;
	unsigned char buf[64];
	size_t fill;
} tc_sha256;

void tc_sha256_init(tc_sha256 *s);
void tc_sha256_update(tc_sha256 *s, const void *data, size_t len);
/* Writes 64 lowercase hex digits and a NUL to hex. */
void tc_sha256_hex(tc_sha256 *s, char hex[65]);

#endif
