/* test_text.c: terminal text mechanics (text.c) against hand-worked cases:
 * East Asian wide characters take two columns, invalid UTF-8 is refused,
 * control characters are cleaned, and word wrap cuts long words where they read. */
#include "check.h"
#include "text.h"

static size_t width(const char *s)
{
	size_t w;
	return tc_text_width(s, strlen(s), &w) == 0 ? w : (size_t)-1;
}

static void widths(void)
{
	CHECK(width("") == 0);
	CHECK(width("abc") == 3);
	CHECK(width("\xE6\x97\xA5\xE6\x9C\xAC") == 4);  /* 日本: two wide characters */
	CHECK(width("caf\xC3\xA9") == 4);               /* café: é is one column in two bytes */
	CHECK(width("\xF0\xA0\x80\x80") == 2);          /* U+20000, a CJK extension B ideograph */
	CHECK(width("\xE2\x80\xA6") == 1);              /* … */
	CHECK(width("\xED\x95\x9C") == 2);              /* 한 (U+D55C, Hangul syllable) */
	size_t w;
	CHECK(tc_text_width("a\0b", 3, &w) == 0 && w == 3); /* a NUL is a character */
}

static void invalid_utf8(void)
{
	size_t w;
	CHECK(tc_text_width("\xFF", 1, &w) == -1);
	CHECK(tc_text_width("\xC0\x80", 2, &w) == -1);         /* overlong NUL */
	CHECK(tc_text_width("\xED\xA0\x80", 3, &w) == -1);     /* surrogate U+D800 */
	CHECK(tc_text_width("\xF4\x90\x80\x80", 4, &w) == -1); /* U+110000 */
	CHECK(tc_text_width("\xE6\x97", 2, &w) == -1);         /* cut short */
	CHECK(tc_text_width("\x80", 1, &w) == -1);             /* a lone continuation byte */
	CHECK(tc_text_width("\xF4\x8F\xBF\xBF", 4, &w) == 0 && w == 1); /* U+10FFFF, the last */
}

static void clean(void)
{
	char out[32];
	size_t n, cols;
	CHECK(tc_text_clean(out, "a\tb\nc\rd", 7, &n, &cols) == 1);
	CHECK(n == 7 && cols == 7 && memcmp(out, "a b c d", 7) == 0);
	/* x ESC [ 3 1 m y DEL: the escape and the delete go, the rest stays */
	CHECK(tc_text_clean(out, "x\x1B[31my\x7F", 8, &n, &cols) == 1);
	CHECK(n == 6 && cols == 6 && memcmp(out, "x[31my", 6) == 0);
	CHECK(tc_text_clean(NULL, "\xE6\x97\xA5 ok", 6, &n, &cols) == 0 && n == 6 && cols == 5);
	CHECK(tc_text_clean(NULL, "bad \xFF", 5, &n, &cols) == -1);
	CHECK(tc_text_clean(out, "\0\0", 2, &n, &cols) == 1 && n == 0 && cols == 0);
}

static void prefix(void)
{
	size_t used;
	/* 日本語 at three columns: 日 (2) fits, 本 would make 4 */
	CHECK(tc_text_prefix("\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E", 9, 3, &used) == 3 && used == 2);
	CHECK(tc_text_prefix("abcdef", 6, 4, &used) == 4 && used == 4);
	CHECK(tc_text_prefix("ab", 2, 10, &used) == 2 && used == 2);
	CHECK(tc_text_prefix("\xE6\x97\xA5", 3, 1, &used) == 0 && used == 0);
}

/* collects wrapped lines, joined, separated by '|' */
typedef struct lines {
	const char *s;
	char out[256];
	size_t n, count, joined;
} lines;

static void collect(void *ctx, size_t start, size_t end, int plain)
{
	lines *l = ctx;
	l->count++;
	l->joined += !plain;
	if (l->n + (end - start) + 2 > sizeof l->out)
		return;
	if (l->n)
		l->out[l->n++] = '|';
	l->n += tc_text_join(l->out + l->n, l->s + start, end - start);
	l->out[l->n] = '\0';
}

static const char *wrap(lines *l, const char *s, size_t w)
{
	l->s = s;
	l->n = l->count = l->joined = 0;
	l->out[0] = '\0';
	tc_text_wrap(s, strlen(s), w, collect, l);
	return l->out;
}

static void wrap_words(void)
{
	lines l;
	CHECK_STR(wrap(&l, "the quick brown fox", 10), "the quick|brown fox");
	CHECK_STR(wrap(&l, "the quick brown fox", 9), "the quick|brown fox");
	CHECK_STR(wrap(&l, "the quick brown fox", 8), "the|quick|brown|fox");
	CHECK(l.joined == 0);
	CHECK_STR(wrap(&l, "  a   b\tc  ", 10), "a b c");  /* runs of spaces are one */
	CHECK(l.joined == 1);
	CHECK_STR(wrap(&l, "", 10), "");
	CHECK(l.count == 0);
	CHECK_STR(wrap(&l, "   ", 10), "");
	/* 日本 is four columns: at four both fit, at three 本 goes on */
	CHECK_STR(wrap(&l, "\xE6\x97\xA5 \xE6\x9C\xAC", 5), "\xE6\x97\xA5 \xE6\x9C\xAC");
	CHECK_STR(wrap(&l, "\xE6\x97\xA5 \xE6\x9C\xAC", 4), "\xE6\x97\xA5|\xE6\x9C\xAC");
}

static void wrap_cuts(void)
{
	lines l;
	/* first 8 bytes "aaaa-bbb": the '-' at 5 is past half (4): cut after it */
	CHECK_STR(wrap(&l, "aaaa-bbbbbbbb", 8), "aaaa-|bbbbbbbb");
	/* "ab-cdefg": the '-' at 3 is not past half: a hard cut */
	CHECK_STR(wrap(&l, "ab-cdefghijk", 8), "ab-cdefg|hijk");
	CHECK_STR(wrap(&l, "https://example.com/a", 10), "https://|example.|com/a");
	/* the last piece starts a line that later words may join */
	CHECK_STR(wrap(&l, "see abcdefghijkl x", 8), "see|abcdefgh|ijkl x");
	/* a wide character in a one-column line takes a line of its own */
	CHECK_STR(wrap(&l, "\xE6\x97\xA5\xE6\x9C\xAC", 1), "\xE6\x97\xA5|\xE6\x9C\xAC");
	CHECK_STR(wrap(&l, "ab cd", 0), "a|b|c|d"); /* no room: a character a line */
}

static void wrap_long_word_linear(void)
{
	/* 200,000 bytes without a space, 100 a line: 2,000 lines, each cut once */
	static char word[200001];
	lines l;
	memset(word, 'a', 200000);
	word[200000] = '\0';
	wrap(&l, word, 100);
	CHECK(l.count == 2000);
}

/* tc_text_fixed's text and lead exponent, checked together */
static int fixed_is(double x, int n, const char *want, int want_lead)
{
	char out[TC_TEXT_FIXED_MAX];
	int lead;
	size_t len = tc_text_fixed(out, x, n, &lead);
	return len == strlen(want) && strcmp(out, want) == 0 && lead == want_lead;
}

static void fixed_figures(void)
{
	CHECK(fixed_is(5.576, 3, "5.58", 0));      /* V3's $5.576M */
	CHECK(fixed_is(294, 3, "294", 2));         /* no point after a whole number */
	CHECK(fixed_is(51, 3, "51.0", 1));         /* the third figure kept */
	CHECK(fixed_is(-0.0123, 3, "0.0123", -2)); /* |x| */
	CHECK(fixed_is(0, 3, "0", 0));
	CHECK(fixed_is(999.7, 3, "1000", 3));      /* rounds up into the next power of ten */
	CHECK(fixed_is(928, 2, "930", 2));         /* more digits than figures: zeros */
	CHECK(fixed_is(1.5e20, 3, "150000000000000000000", 20));
	CHECK(fixed_is(1.23e-5, 3, "0.0000123", -5)); /* below 1e-4: decimals, not e-notation */
	CHECK(fixed_is(1e-120, 3, "0", 0));        /* past 99 decimals */
	CHECK(fixed_is(123456, 15, "123456.000000000", 5));
}

static void fixed_ties_to_even(void)
{
	/* 0.125, 0.375 and 2.5 are exact binary fractions: true ties */
	CHECK(fixed_is(0.125, 2, "0.12", -1));
	CHECK(fixed_is(0.375, 2, "0.38", -1));
	CHECK(fixed_is(2.5, 1, "2", 0));
	CHECK(fixed_is(3.5, 1, "4", 0));
	/* 0.15 is stored a little below (0.1499999999999999944...): down */
	CHECK(fixed_is(0.15, 1, "0.1", -1));
}

static const tc_test tests[] = {
	{"widths", widths},
	{"invalid_utf8", invalid_utf8},
	{"clean", clean},
	{"prefix", prefix},
	{"wrap_words", wrap_words},
	{"wrap_cuts", wrap_cuts},
	{"wrap_long_word_linear", wrap_long_word_linear},
	{"fixed_figures", fixed_figures},
	{"fixed_ties_to_even", fixed_ties_to_even},
	{NULL, NULL},
};
const tc_suite suite_text = {"text", tests};
