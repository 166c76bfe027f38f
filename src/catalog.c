/* catalog.c: lookups over the accelerator table (data in catalog_data.c):
 * by loose name and nearest name for "did you mean" (both by the rules of
 * names.c), and the newest date among its figures.
 * Nothing here allocates; every function is safe on any string. */
#include "catalog.h"

#include <math.h>
#include <string.h>

#include "names.h"

/* Defined in catalog_data.c. */

static const char *const precision_names[TC_NPREC] = {
	"fp64", "fp64_tensor", "fp32", "tf32", "bf16", "fp16", "fp8", "fp4"
};

static const char *const figure_names[TC_NFIG] = {
	"year", "memory", "bandwidth", "link", "tdp", "tflops", "price", "rent", "embodied"
};

/* ---- the catalog ------------------------------------------------------ */

int tc_catalog_count(void)
{
	return tc_catalog_size;
}

const tc_accel *tc_catalog_at(int i)
{
	return (i >= 0 && i < tc_catalog_size) ? &tc_catalog_data[i] : NULL;
}

static int accel_matches(const tc_accel *a, const char *name)
{
	if (tc_name_equal(a->name, name) || tc_name_equal(a->key, name))
		return 1;
	for (int k = 0; k < TC_MAXALIAS && a->aliases[k]; k++)
		if (tc_name_equal(a->aliases[k], name))
			return 1;
	return 0;
}

const tc_accel *tc_catalog_find(const char *name)
{
	for (int i = 0; i < tc_catalog_size; i++)
		if (accel_matches(&tc_catalog_data[i], name))
			return &tc_catalog_data[i];
	return NULL;
}

/* Aliases come first because they are what people type ("H800"); the
 * canonical name and key follow. */
const char *tc_catalog_suggest(const char *name)
{
	tc_name_best best = TC_NAME_BEST_INIT;
	for (int i = 0; i < tc_catalog_size; i++) {
		const tc_accel *a = &tc_catalog_data[i];
		for (int k = 0; k < TC_MAXALIAS && a->aliases[k]; k++)
			tc_name_consider(&best, name, a->aliases[k]);
		tc_name_consider(&best, name, a->name);
		tc_name_consider(&best, name, a->key);
	}
	return tc_name_pick(&best, name);
}

int tc_accel_has(const tc_accel *a, int fig)
{
	switch (fig) {
	case TC_FIG_YEAR:      return a->year > 0;
	case TC_FIG_MEMORY:    return !isnan(a->memory_gb);
	case TC_FIG_BANDWIDTH: return !isnan(a->memory_bw_gbs);
	case TC_FIG_LINK:      return !isnan(a->link_gbs);
	case TC_FIG_TDP:       return !isnan(a->tdp_w);
	case TC_FIG_PRICE:     return !isnan(a->price_usd);
	case TC_FIG_RENT:      return !isnan(a->rent_usd_per_hour);
	case TC_FIG_EMBODIED:  return !isnan(a->embodied_kg);
	case TC_FIG_TFLOPS:
		for (int p = 0; p < TC_NPREC; p++)
			if (!isnan(a->tflops[p]))
				return 1;
		return 0;
	default:
		return 0;
	}
}

const char *tc_catalog_version(void)
{
	const char *best = NULL;
	for (int i = 0; i < tc_catalog_size; i++)
		for (int f = 0; f < TC_NFIG; f++)
			if (tc_accel_has(&tc_catalog_data[i], f))
				best = tc_date_newer(best, tc_catalog_data[i].src[f].date);
	return best;
}

const char *tc_precision_name(int p)
{
	return (p >= 0 && p < TC_NPREC) ? precision_names[p] : NULL;
}

int tc_precision_find(const char *name)
{
	for (int p = 0; p < TC_NPREC; p++)
		if (strcmp(precision_names[p], name) == 0)
			return p;
	return -1;
}

const char *tc_figure_name(int fig)
{
	return (fig >= 0 && fig < TC_NFIG) ? figure_names[fig] : NULL;
}
