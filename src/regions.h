/* regions.h: built-in electricity regions: a price per kWh, the grid's
 * carbon intensity location-based (the grid's average generation) and, where
 * published, market-based (the residual mix left after certificates are
 * claimed), the data centre's on-site water per kWh (WUE) and the grid's
 * indirect water per kWh generated, each with its source, as-of date and
 * status letter (P, C, S, D as in catalog.h). Absent numbers are NAN.
 * Every intensity names its basis: the gases counted (CO2 alone, or CO2e with
 * methane and nitrous oxide) and the scope (the plants' direct combustion, or
 * the lifecycle of the generators), since sources differ and one figure of
 * each kind is not comparable with the other. Read-only. */
#ifndef TCOST_REGIONS_H
#define TCOST_REGIONS_H

#include "source.h"

typedef struct tc_region {
	const char *key;        /* "us-industrial" */
	const char *name;       /* "United States, industrial average" */
	double usd_per_kwh;
	double kg_co2e_per_kwh;        /* location-based */
	tc_source price;               /* text NULL when usd_per_kwh is absent */
	tc_source carbon;
	const char *carbon_basis;      /* TC_BASIS_*; NULL when the intensity is absent */
	double market_kg_co2e_per_kwh; /* market-based (residual mix) */
	tc_source market;
	const char *market_basis;
	double wue_l_per_kwh;          /* on-site water per IT kWh */
	tc_source wue;
	double grid_water_l_per_kwh;   /* water consumed generating a kWh */
	tc_source grid_water;
} tc_region;

/* The bases an intensity can have (see above). */
#define TC_BASIS_CO2_DIRECT "CO2, direct combustion"
#define TC_BASIS_CO2E_DIRECT "CO2e, direct combustion"
#define TC_BASIS_CO2E_LIFECYCLE "CO2e, lifecycle"

int tc_region_count(void);
/* NULL when i is out of range. */
const tc_region *tc_region_at(int i);
/* Lookup by key under tc_name_equal ("US_Industrial" finds us-industrial);
 * NULL when unknown. */
const tc_region *tc_region_find(const char *key);
/* The one region whose key holds `word` as whole '-'-separated parts, any
 * case ("texas" -> us-texas-industrial), for "did you mean"; NULL when none
 * or several do. */
const tc_region *tc_region_suggest(const char *word);
/* The as-of date of the newest region price or grid intensity, or NULL. */
const char *tc_regions_version(void);

#endif
