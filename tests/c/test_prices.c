/* test_prices.c: the built-in price observations: every row names a catalog
 * accelerator, a well-formed date, a followable source and a status letter;
 * values are positive; figures checked against their sources. */
#include <ctype.h>
#include <math.h>
#include <string.h>

#include "catalog.h"
#include "check.h"
#include "prices.h"

static int good_date(const char *d)
{
	size_t n = d ? strlen(d) : 0;
	if (n != 7 && n != 10)
		return 0;
	for (size_t i = 0; i < n; i++) {
		int dash = i == 4 || i == 7;
		if (dash ? d[i] != '-' : !isdigit((unsigned char)d[i]))
			return 0;
	}
	return strncmp(d, "2015", 4) >= 0 && strncmp(d, "2027", 4) < 0;
}

static void every_row_is_complete(void)
{
	CHECK(tc_price_count() >= 150);
	CHECK(tc_price_at(-1) == NULL);
	CHECK(tc_price_at(tc_price_count()) == NULL);
	for (int i = 0; i < tc_price_count(); i++) {
		const tc_price *p = tc_price_at(i);
		const tc_accel *a = tc_catalog_find(p->accel);
		CHECK(a != NULL);
		if (a)
			CHECK_STR(a->key, p->accel); /* rows use the key, not an alias */
		CHECK(good_date(p->date));
		CHECK(p->src.date && strcmp(p->src.date, p->date) == 0);
		CHECK(p->src.status && strchr("PCSD", p->src.status));
		CHECK(p->src.text && (strstr(p->src.text, "http") || strchr(p->src.text, '[')));
		CHECK(p->provider && *p->provider);
		CHECK(isfinite(p->usd) && p->usd > 0);
		CHECK(tc_price_class_name(p->pclass) != NULL);
		if (p->kind == TC_PRICE_RENT) {
			CHECK(tc_commitment_name(p->commitment) != NULL);
			CHECK(p->usd < 100); /* per GPU-hour, not per 8-GPU instance */
		} else {
			CHECK(p->kind == TC_PRICE_BUY);
			CHECK(tc_scope_name(p->scope) != NULL);
			CHECK(p->usd > 500); /* per GPU, not per hour */
		}
		/* a derived figure shows its arithmetic */
		if (p->src.status == 'D')
			CHECK(strncmp(p->src.text, "D: ", 3) == 0);
	}
}

/* Find one observation; NULL when absent. */
static const tc_price *find(const char *accel, const char *date, const char *provider, int commitment)
{
	for (int i = 0; i < tc_price_count(); i++) {
		const tc_price *p = tc_price_at(i);
		if (!strcmp(p->accel, accel) && !strcmp(p->date, date) && !strcmp(p->provider, provider)
		    && p->kind == TC_PRICE_RENT && p->commitment == commitment)
			return p;
	}
	return NULL;
}

static void figures_from_their_sources(void)
{
	/* Epoch's Hardware prices.csv, Lambda Labs 29 Jan 2024: SXM5 3.49, PCIe 2.49. */
	const tc_price *p = find("h100-sxm", "2024-01-29", "Lambda Labs", TC_ON_DEMAND);
	CHECK(p && p->usd == 3.49 && p->pclass == TC_SPECIALISED);
	p = find("h100-pcie", "2024-01-29", "Lambda Labs", TC_ON_DEMAND);
	CHECK(p && p->usd == 2.49);
	/* The $1.99 one-GPU listing of 20 Jun 2023 is filed under PCIe, as S. */
	p = find("h100-pcie", "2023-06-20", "Lambda Labs", TC_ON_DEMAND);
	CHECK(p && p->usd == 1.99 && p->src.status == 'S');
	CHECK(find("h100-sxm", "2023-06-20", "Lambda Labs", TC_ON_DEMAND) == NULL);
	/* AWS p4d Dec 2022: 4.10 / 2.40 / 1.45. */
	p = find("a100-40gb", "2022-12-09", "AWS", TC_3Y);
	CHECK(p && p->usd == 1.45 && p->pclass == TC_HYPERSCALER);
	/* Google Cloud a3-highgpu-1g, 17 Mar 2025: 11.06 / 7.67 / 4.86. */
	p = find("h100-sxm", "2025-03-17", "Google Cloud", TC_3Y);
	CHECK(p && p->usd == 4.86);
	/* Digiteria: $80.62 per 8-GPU hour / 8 = 10.0775, written 10.08 (D). */
	p = find("h100-sxm", "2026-01-15", "AWS", TC_ON_DEMAND);
	CHECK(p && fabs(p->usd - 80.62 / 8) < 0.005 && p->src.status == 'D');
}

static void names(void)
{
	CHECK_STR(tc_price_class_name(TC_HYPERSCALER), "hyperscaler");
	CHECK_STR(tc_commitment_name(TC_3Y), "3-year");
	CHECK_STR(tc_scope_name(TC_SCOPE_SERVER), "server");
	CHECK(tc_price_class_name(TC_NCLASS) == NULL);
	CHECK(tc_commitment_name(-1) == NULL);
}

static const tc_test tests[] = {
	{"every_row_is_complete", every_row_is_complete},
	{"figures_from_their_sources", figures_from_their_sources},
	{"names", names},
	{NULL, NULL}
};

const tc_suite suite_prices = {"prices", tests};
