/* test_escape.c: a byte table's escaping (src/escape.c), expected text by hand. */
#include "check.h"
#include "escape.h"

/* an escaper: '&' -> "&amp;", '<' -> "&lt;", '\t' removed; runs of \1 \2 -> one " " */
static void make(tc_escaper *e)
{
	memset(e, 0, sizeof *e);
	memcpy(e->rep['&'], "&amp;", 5);
	e->rep_len['&'] = 5;
	e->has_rep['&'] = 1;
	memcpy(e->rep['<'], "&lt;", 4);
	e->rep_len['<'] = 4;
	e->has_rep['<'] = 1;
	e->has_rep['\t'] = 1; /* by nothing */
	e->in_run[1] = e->in_run[2] = 1;
	e->run[0] = ' ';
	e->run_len = 1;
	e->max_out = 5;
}

static void replaces_and_collapses(void)
{
	tc_escaper e;
	char out[128];
	make(&e);
	const char in[] = "a&b<c\td\1\2\1e\2f";
	size_t n = tc_escape(&e, in, sizeof in - 1, out);
	/* a &amp; b &lt; c (tab gone) d, one space for \1\2\1, e, one space, f */
	CHECK(n == 17 && memcmp(out, "a&amp;b&lt;cd e f", 17) == 0);
}

static void repairs_utf8(void)
{
	tc_escaper e;
	char out[64];
	make(&e);
	/* é stays; a lone continuation byte and a cut sequence become U+FFFD each */
	const char in[] = "\xC3\xA9\x80<\xE2\x82";
	size_t n = tc_escape(&e, in, sizeof in - 1, out);
	CHECK(n == 2 + 3 + 4 + 3 + 3);
	CHECK(memcmp(out, "\xC3\xA9\xEF\xBF\xBD&lt;\xEF\xBF\xBD\xEF\xBF\xBD", n) == 0);
}

static void unchanged_text(void)
{
	tc_escaper e;
	make(&e);
	CHECK(tc_escape_unchanged(&e, "plain \xC3\xA9 text", 13));
	CHECK(!tc_escape_unchanged(&e, "a&b", 3));
	CHECK(!tc_escape_unchanged(&e, "a\1", 2));
	CHECK(!tc_escape_unchanged(&e, "a\xff", 2));
}

static const tc_test tests[] = {
	{"replaces_and_collapses", replaces_and_collapses},
	{"repairs_utf8", repairs_utf8},
	{"unchanged_text", unchanged_text},
	{NULL, NULL},
};
const tc_suite suite_escape = {"escape", tests};
