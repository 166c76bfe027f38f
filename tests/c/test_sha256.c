/* test_sha256.c: SHA-256 against the FIPS 180-4 example vectors. */
#include "check.h"
#include "sha256.h"

static void hash(const char *msg, size_t len, char out[65])
{
	tc_sha256 s;
	tc_sha256_init(&s);
	tc_sha256_update(&s, msg, len);
	tc_sha256_hex(&s, out);
}

static void empty(void)
{
	char h[65];
	hash("", 0, h);
	CHECK_STR(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

static void abc(void)
{
	char h[65];
	hash("abc", 3, h);
	CHECK_STR(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void two_blocks(void)
{
	/* 56 bytes: the padding must spill into a second block */
	const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	char h[65];
	hash(m, strlen(m), h);
	CHECK_STR(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void million_a_in_pieces(void)
{
	/* one million 'a's fed in uneven pieces: the FIPS long-message vector */
	char chunk[997], h[65];
	size_t left = 1000000;
	tc_sha256 s;
	memset(chunk, 'a', sizeof chunk);
	tc_sha256_init(&s);
	while (left > 0) {
		size_t n = left < sizeof chunk ? left : sizeof chunk;
		tc_sha256_update(&s, chunk, n);
		left -= n;
	}
	tc_sha256_hex(&s, h);
	CHECK_STR(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

static const tc_test tests[] = {
	{"empty", empty},
	{"abc", abc},
	{"two_blocks", two_blocks},
	{"million_a_in_pieces", million_a_in_pieces},
	{NULL, NULL},
};
const tc_suite suite_sha256 = {"sha256", tests};
