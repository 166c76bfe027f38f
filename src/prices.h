/* prices.h: dated price observations per accelerator, built in and
 * read-only: rentals per GPU-hour by provider class and commitment, and
 * purchases per unit by scope (the chip alone, a share of an 8-GPU board, or
 * a share of a whole server). Each carries its source, date and status
 * letter (P, C, S, D as in catalog.h). Choosing among them (nearest date,
 * fallbacks, spreads) is policy and lives in lib-lua/tcost/model/market.lua. */
#ifndef TCOST_PRICES_H
#define TCOST_PRICES_H

#include "catalog.h"

enum tc_price_kind { TC_PRICE_RENT, TC_PRICE_BUY };

/* Who sells: a hyperscaler (AWS, Google Cloud, Azure, Oracle), a specialised
 * GPU cloud (Lambda, CoreWeave, RunPod, ...), a marketplace of third-party
 * hosts (Vast.ai, peer-to-peer), a published index or median across
 * providers, or for purchases a vendor or reseller. */
enum tc_price_class {
	TC_HYPERSCALER, TC_SPECIALISED, TC_MARKETPLACE, TC_INDEX, TC_RESELLER, TC_NCLASS
};

/* Rental terms. */
enum tc_commitment { TC_ON_DEMAND, TC_1Y, TC_3Y, TC_SPOT, TC_NCOMMIT };

/* What a purchase price covers, per GPU. */
enum tc_scope { TC_SCOPE_CHIP, TC_SCOPE_BOARD, TC_SCOPE_SERVER, TC_NSCOPE };

typedef struct tc_price {
	const char *accel;      /* catalog key, "h100-sxm" */
	const char *date;       /* "YYYY-MM-DD" or "YYYY-MM" */
	int kind;               /* enum tc_price_kind */
	int pclass;             /* enum tc_price_class */
	int commitment;         /* enum tc_commitment (rentals) */
	int scope;              /* enum tc_scope (purchases) */
	const char *provider;   /* "Lambda Labs", "AWS", "median of 37 providers" */
	double usd;             /* per GPU-hour (rent) or per GPU (purchase) */
	const char *region;     /* NULL when the source names none */
	const char *note;       /* caveats; may be NULL */
	tc_source src;
} tc_price;

int tc_price_count(void);
/* NULL when i is out of range. Observations come in no particular order:
 * the reader (lib-lua/tcost/model/market.lua) sorts them. */
const tc_price *tc_price_at(int i);

/* "hyperscaler", "specialised", "marketplace", "index", "reseller"; NULL out of range. */
const char *tc_price_class_name(int c);
/* "on-demand", "1-year", "3-year", "spot"; NULL out of range. */
const char *tc_commitment_name(int c);
/* "chip", "board", "server"; NULL out of range. */
const char *tc_scope_name(int s);

#endif
