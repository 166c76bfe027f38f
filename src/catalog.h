/* catalog.h: the built-in accelerator catalog, read-only, and the loose name
 * matching shared by every lookup by name (accelerators, regions, fields).
 *
 * Names match loosely and "did you mean" follows one rule (names.h).
 * Every figure carries the source it came from, an as-of date and a status
 * letter (see docs/sources.md): P primary, C verbatim copy of a primary,
 * S secondary, D derived here by arithmetic (the arithmetic is in the
 * source text). An absent number is NAN, never 0; an absent year is 0.
 * The data live in catalog_data.c; the regions table is in regions.h. */
#ifndef TCOST_CATALOG_H
#define TCOST_CATALOG_H

#include <stddef.h>

#include "source.h"

/* Precisions, in the order catalog.precisions() lists them. FP64 is the
 * vector (FMA) peak and FP64_TENSOR the matrix-unit peak: they differ by 2x
 * on Hopper and must not be mixed up. FP32 is the plain vector peak; TF32 and
 * the lower precisions are matrix peaks. */
enum tc_precision {
	TC_FP64, TC_FP64T, TC_FP32, TC_TF32, TC_BF16, TC_FP16, TC_FP8, TC_FP4, TC_NPREC
};

/* Figure groups; each has one source. */
enum tc_figure {
	TC_FIG_YEAR, TC_FIG_MEMORY, TC_FIG_BANDWIDTH, TC_FIG_LINK, TC_FIG_TDP,
	TC_FIG_TFLOPS, TC_FIG_PRICE, TC_FIG_RENT, TC_FIG_EMBODIED, TC_NFIG
};

#define TC_MAXALIAS 6


typedef struct tc_accel {
	const char *name;                      /* canonical, "H800 SXM" */
	const char *key;                       /* short, "h800-sxm" */
	const char *aliases[TC_MAXALIAS + 1];  /* as users type them; NULL-terminated */
	const char *vendor;
	int year;                              /* launch year; 0 when unknown */
	double memory_gb;
	double memory_bw_gbs;
	double link_gbs;                       /* scale-up interconnect per chip */
	double tdp_w;
	double tflops[TC_NPREC];               /* DENSE peak per precision */
	double sparse[TC_NPREC];               /* the vendor's figure WITH 2:4 sparsity,
	                                          where it publishes one; never used
	                                          for sizing, kept to show as such */
	double price_usd;                      /* reference purchase price per unit */
	int price_includes_server;             /* price is a server's share per GPU */
	double rent_usd_per_hour;              /* reference rental per unit-hour */
	double embodied_kg;                    /* manufacturing emissions per unit, kg CO2e */
	const char *note;                      /* caveats, conflicting sources; may be NULL */
	tc_source src[TC_NFIG];
} tc_accel;

int tc_catalog_count(void);
/* NULL when i is out of range. */
const tc_accel *tc_catalog_at(int i);
/* Lookup by name, key or alias under tc_name_equal; NULL when unknown. */
const tc_accel *tc_catalog_find(const char *name);
/* The name or alias closest to name (as stored, e.g. "H800"), or NULL when
 * nothing is close enough to be a plausible typo. */
const char *tc_catalog_suggest(const char *name);
/* The as-of date of the newest accelerator figure, "YYYY-MM-DD" or
 * "YYYY-MM" (a static string), or NULL when there is none. The catalog's
 * version (tcost.c.catalog.version) is the newer of this and
 * tc_regions_version(). */
const char *tc_catalog_version(void);

/* 1 when a has figure group fig (for TFLOPS: at least one precision). */
int tc_accel_has(const tc_accel *a, int fig);

/* "fp64", "fp64_tensor", "fp32", ... "fp4"; NULL out of range. */
const char *tc_precision_name(int p);
/* Index of an exact precision name, or -1. */
int tc_precision_find(const char *name);
/* "year", "memory", "bandwidth", "link", "tdp", "tflops", "price", "rent", "embodied". */
const char *tc_figure_name(int fig);

/* The table itself (catalog_data.c); read it through the functions above. */
extern const tc_accel tc_catalog_data[];
extern const int tc_catalog_size;

#endif
