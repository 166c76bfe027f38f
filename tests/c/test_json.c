/* test_json.c: number and string text for programs (src/json.c), each
 * expected value worked out by hand from the rule in json.h. */
#include <float.h>
#include "check.h"
#include "json.h"

static const char *num(double x)
{
	static char t[TC_JSON_NUMBER_MAX];
	size_t n = tc_json_number(t, x);
	return n == strlen(t) ? t : "(length differs)";
}

static void integers_in_full(void)
{
	CHECK_STR(num(294000.0), "294000");
	CHECK_STR(num(-3.0), "-3");
	CHECK_STR(num(-0.0), "0");
	/* 2^53 - 1, the largest integer every double below 2^53 holds exactly */
	CHECK_STR(num(9007199254740991.0), "9007199254740991");
	/* 2^53 itself: 15 digits, 9007199254740992 -> 9.00719925474099e+15 */
	CHECK_STR(num(9007199254740992.0), "9.00719925474099e+15");
}

static void integers_by_hand(void)
{
	char t[TC_JSON_NUMBER_MAX];
	CHECK(tc_json_integer(t, 0) == 1 && strcmp(t, "0") == 0);
	CHECK(tc_json_integer(t, -40960000) == 9 && strcmp(t, "-40960000") == 0);
	/* the extremes of a 64-bit integer (Lua's math.maxinteger, math.mininteger) */
	CHECK(tc_json_integer(t, 9223372036854775807LL) == 19 && strcmp(t, "9223372036854775807") == 0);
	CHECK(tc_json_integer(t, -9223372036854775807LL - 1) == 20 && strcmp(t, "-9223372036854775808") == 0);
}

static void fifteen_digits(void)
{
	CHECK_STR(num(0.1), "0.1");               /* 0.1000000000000000055... */
	CHECK_STR(num(0.1 + 0.2), "0.3");         /* 0.30000000000000004 at 17 */
	CHECK_STR(num(1.0 / 3.0), "0.333333333333333");
	CHECK_STR(num(2.0 / 3.0), "0.666666666666667"); /* 15th digit rounded up */
	CHECK_STR(num(1e300), "1e+300");
	CHECK_STR(num(-0.25), "-0.25");
}

static void largest_double_keeps_17(void)
{
	/* DBL_MAX = 1.7976931348623157e308: at 15 digits 1.79769313486232e308,
	 * past DBL_MAX (reads back as inf), so all 17 digits */
	CHECK_STR(num(DBL_MAX), "1.7976931348623157e+308");
	CHECK_STR(num(-DBL_MAX), "-1.7976931348623157e+308");
	/* 1.79769313486231e308 is below DBL_MAX at 15 digits: 15 suffice */
	CHECK_STR(num(1.79769313486231e308), "1.79769313486231e+308");
}

static void utf8_sequences(void)
{
	const unsigned char e_acute[] = { 0xC3, 0xA9 }, overlong[] = { 0xC0, 0xAF };
	const unsigned char surrogate[] = { 0xED, 0xA0, 0x80 }, euro[] = { 0xE2, 0x82, 0xAC };
	const unsigned char past[] = { 0xF4, 0x90, 0x80, 0x80 }, grin[] = { 0xF0, 0x9F, 0x98, 0x80 };
	CHECK(tc_utf8_seq(e_acute, 2) == 2);
	CHECK(tc_utf8_seq(e_acute, 1) == 0); /* cut short */
	CHECK(tc_utf8_seq(overlong, 2) == 0);
	CHECK(tc_utf8_seq(surrogate, 3) == 0);
	CHECK(tc_utf8_seq(euro, 3) == 3);
	CHECK(tc_utf8_seq(past, 4) == 0); /* U+110000 */
	CHECK(tc_utf8_seq(grin, 4) == 4);
	CHECK(tc_utf8_valid("a\0b", 3));
	CHECK(!tc_utf8_valid("a\xff", 2));
}

static void repair_and_escape(void)
{
	char out[64];
	size_t n = tc_utf8_repair("a\xff" "b", 3, out);
	CHECK(n == 5 && memcmp(out, "a\xEF\xBF\xBD" "b", 5) == 0);
	/* quote, backslash, short escapes, another control, DEL, NUL */
	n = tc_json_escape("\"\\\n\t\x01\x7f", 6, out);
	CHECK(n == 20 && memcmp(out, "\\\"\\\\\\n\\t\\u0001\\u007f", 20) == 0);
	n = tc_json_escape("x\0y", 3, out);
	CHECK(n == 8 && memcmp(out, "x\\u0000y", 8) == 0);
	/* an overlong form is two bad bytes: two replacements */
	n = tc_json_escape("\xC0\xAF", 2, out);
	CHECK(n == 6 && memcmp(out, "\xEF\xBF\xBD\xEF\xBF\xBD", 6) == 0);
}

static const tc_test tests[] = {
	{"integers_in_full", integers_in_full},
	{"integers_by_hand", integers_by_hand},
	{"fifteen_digits", fifteen_digits},
	{"largest_double_keeps_17", largest_double_keeps_17},
	{"utf8_sequences", utf8_sequences},
	{"repair_and_escape", repair_and_escape},
	{NULL, NULL},
};
const tc_suite suite_json = {"json", tests};
