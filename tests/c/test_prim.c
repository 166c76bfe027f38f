/* test_prim.c: the cost primitives against numbers worked out by hand (the
 * arithmetic is in the comments), and every message of tc_prim_check.
 * Published figures come from the entries of docs/sources.md named [key]. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "check.h"
#include "prim.h"

/* Runs a primitive by name on checked arguments; NAN when the name is
 * unknown or the arguments fail the check, so the caller's CHECK fails. */
static double run_prim(const char *name, const double *args)
{
	char err[200];
	const tc_prim *p = tc_prim_find(name);
	if (!p || tc_prim_check(p, args, err, sizeof err) != 0)
		return NAN;
	return p->fn(args);
}
#define RUN(name, ...) run_prim(name, (const double[]){__VA_ARGS__})

/* Runs the check and leaves its message in err; returns the bad index. */
static int check_msg(const char *name, const double *args, char *err, size_t len)
{
	const tc_prim *p = tc_prim_find(name);
	err[0] = '\0';
	return p ? tc_prim_check(p, args, err, len) : -1;
}
#define CHECK_MSG(idx, msg, name, ...) do { char e_[200]; \
	CHECK(check_msg(name, (const double[]){__VA_ARGS__}, e_, sizeof e_) == (idx)); \
	CHECK_STR(e_, msg); } while (0)

static void table_is_well_formed(void)
{
	static const char *const groups[] = {"compute", "rental", "ownership", "energy", "breakeven"};
	CHECK(tc_prim_count() >= 21);
	CHECK(tc_prim_at(-1) == NULL);
	CHECK(tc_prim_at(tc_prim_count()) == NULL);
	for (int i = 0; i < tc_prim_count(); i++) {
		const tc_prim *p = tc_prim_at(i);
		int ok = 0;
		CHECK(p && p->name && p->fn && p->doc);
		CHECK(p->nargs >= 1 && p->nargs <= TC_PRIM_MAXARGS);
		for (int k = 0; k < p->nargs; k++)
			CHECK(p->argname[k] && p->kind[k] <= TC_ARG_DISCOUNT);
		for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++)
			ok |= strcmp(p->group, groups[g]) == 0;
		CHECK(ok);
		CHECK(tc_prim_find(p->name) == p);
	}
	CHECK(tc_prim_find("no_such_primitive") == NULL);
}

static void deepseek_v3_rental(void)
{
	/* [deepseek-v3-report-2024]: 2,788,000 H800 GPU-h × $2 = $5,576,000 (Table 1: $5.576M). */
	CHECK_NEAR(RUN("rental_cost", 2788000, 2, 0), 5576000, 0);
	/* Pre-training alone: 2,664,000 × $2 = $5,328,000 ($5.328M). */
	CHECK_NEAR(RUN("rental_cost", 2664000, 2, 0), 5328000, 0);
}

static void deepseek_r1_rental(void)
{
	/* [deepseek-r1-nature-2025]: 147,000 GPU-h × $2 = $294,000. */
	CHECK_NEAR(RUN("rental_cost", 147000, 2, 0), 294000, 0);
	/* A 25% discount: 1,000 h × $2 × 0.75 = $1,500. */
	CHECK_NEAR(RUN("rental_cost", 1000, 2, 0.25), 1500, 0);
}

static void h800_cluster_capex(void)
{
	/* [register-deepseek-cost-2025]: 2,048 × $24,900 = $50,995,200 (≈ $51M); the price already holds
	 * the server, so both factors are 1. */
	CHECK_NEAR(RUN("cluster_capex", 2048, 24900, 1, 1), 50995200, 0);
	/* Epoch factors [cottier-rising-costs-2024]: 1,000 × $10,000 × 1.64 × 1.23 = $20,172,000. */
	CHECK_NEAR(RUN("cluster_capex", 1000, 10000, 1.64, 1.23), 20172000, 1e-15);
}

static void deepseek_v3_flops(void)
{
	/* [deepseek-v3-report-2024]: 6 × 37e9 × 14.8e12 = 6 × 37 × 14.8 = 3,285.6 → 3.2856e24. */
	CHECK_NEAR(RUN("train_flops", 37e9, 14.8e12), 3.2856e24, 1e-15);
	/* [llama-3-herd-2024]: 6 × 405e9 × 15.6e12 = 37,908 → 3.7908e25 (Llama 3 reports 3.8e25). */
	CHECK_NEAR(RUN("train_flops", 405e9, 15.6e12), 3.7908e25, 1e-15);
}

static void deepseek_v3_implied_mfu(void)
{
	/* GPU-seconds: 2.664e6 h × 3600 = 9.5904e9 s.
	 * BF16: 9.5904e9 × 989e12 = 9.4849056e24; 3.2856e24 / 9.4849056e24 ≈ 0.3464.
	 * FP8: 9.5904e9 × 1979e12 = 1.89794016e25; 3.2856e24 / 1.89794016e25 ≈ 0.1731.
	 * (derived from [deepseek-v3-report-2024], which reports no MFU: ≈35% of BF16 peak, ≈17% of FP8 peak). */
	CHECK_NEAR(RUN("implied_mfu", 3.2856e24, 989, 2.664e6), 3.2856e24 / 9.4849056e24, 1e-12);
	CHECK_NEAR(RUN("implied_mfu", 3.2856e24, 989, 2.664e6), 0.3464, 1e-4);
	CHECK_NEAR(RUN("implied_mfu", 3.2856e24, 1979, 2.664e6), 3.2856e24 / 1.89794016e25, 1e-12);
	CHECK_NEAR(RUN("implied_mfu", 3.2856e24, 1979, 2.664e6), 0.1731, 1e-3);
	/* 3.2856e24 / 9.5904e9 s / 1e12 = 342.59 TFLOP/s per GPU ([deepseek-v3-report-2024]: ≈343). */
	CHECK_NEAR(RUN("achieved_tflops", 3.2856e24, 2.664e6), 3.2856e12 / 9.5904e9, 1e-12);
	CHECK_NEAR(RUN("achieved_tflops", 3.2856e24, 2.664e6), 342.59, 1e-4);
}

static void hours_and_days(void)
{
	/* 3.6e21 FLOPs at 1,000 TFLOPS and 50% MFU: 1e15 × 0.5 × 3600 = 1.8e18
	 * FLOPs per GPU-hour → 2,000 GPU-hours. */
	CHECK_NEAR(RUN("gpu_hours_from_flops", 3.6e21, 1000, 0.5), 2000, 1e-15);
	/* MFU of 1.0 is allowed: 3.6e18 / (1e15 × 3600) = 1 h. */
	CHECK_NEAR(RUN("gpu_hours_from_flops", 3.6e18, 1000, 1.0), 1, 1e-15);
	/* [deepseek-v3-report-2024]: 2,664,000 / 2,048 = 1,300.78125; / 24 = 54.19921875 days. */
	CHECK_NEAR(RUN("wall_days", 2664000, 2048), 54.19921875, 0);
	/* [deepseek-r1-nature-2025]: 198 h = 8.25 days; 8.25 × 24 × 512 = 101,376 GPU-h (≈101K). */
	CHECK_NEAR(RUN("gpu_hours_from_days", 8.25, 512), 101376, 0);
	CHECK_NEAR(RUN("gpu_hours_from_days", 0, 512), 0, 0);
}

static void depreciation(void)
{
	/* Zero residual, life of 1 year: all $1M in the one year. */
	CHECK_NEAR(RUN("straight_line_per_year", 1e6, 0, 1), 1e6, 0);
	/* $1M, 20% residual, 4 years: 800,000 / 4 = $200,000 a year. */
	CHECK_NEAR(RUN("straight_line_per_year", 1e6, 0.2, 4), 200000, 1e-15);
	/* Full residual: nothing lost. */
	CHECK_NEAR(RUN("straight_line_per_year", 1e6, 1, 4), 0, 0);
	/* One order of magnitude a year for a year: 100 × (1 − 0.1) = 90. */
	CHECK_NEAR(RUN("exp_depreciation", 100, 1, 1), 90, 1e-14);
	/* [cottier-rising-costs-2024]: r = 0.14: 10^−0.14 = 0.72443596 is left (Epoch: ≈72%), 27.556 lost. */
	CHECK_NEAR(RUN("exp_depreciation", 100, 0.14, 1), 27.556403992501, 1e-12);
	CHECK_NEAR(RUN("exp_depreciation", 100, 0.14, 0), 0, 0);
	/* Epoch's linear form for one year: 8,766 chip-h = 365.25 days; 0.14 ×
	 * ln 10 = 0.322362 → $322.36 of $1,000 (Epoch: "32% versus 28% exact"). */
	CHECK_NEAR(RUN("epoch_amortized", 1000, 8766, 0.14), 322.3619130191664, 1e-12);
	/* Half a Julian year of one chip: $161.18. */
	CHECK_NEAR(RUN("epoch_amortized", 1000, 4383, 0.14), 161.1809565095832, 1e-12);
	/* Exponential ownership at rate 0 is the value lost: 100 × (1 − 0.1) = 90. */
	CHECK_NEAR(RUN("exp_ownership_cost", 100, 1, 0, 1), 90, 1e-13);
	/* No depreciation, 10% for 2 years: 100 × (1 − 1/1.21) = 17.3553719. */
	CHECK_NEAR(RUN("exp_ownership_cost", 100, 0, 0.1, 2), 100 * (1 - 1 / 1.21), 1e-13);
	/* $1,000, 0.14 OOM/year, 12%, one year: 1,000 × (1 − 0.72443596 / 1.12)
	 * = 1,000 × (1 − 0.64681782) = 353.18218. */
	CHECK_NEAR(RUN("exp_ownership_cost", 1000, 0.14, 0.12, 1), 1000 * (1 - pow(10, -0.14) / 1.12), 1e-12);
	CHECK_NEAR(RUN("exp_ownership_cost", 1000, 0.14, 0.12, 0), 0, 0);
}

static void annuity(void)
{
	/* Rate 0: exactly 1/years. */
	CHECK_NEAR(RUN("annuity_factor", 0, 5), 0.2, 0);
	/* 10% over 2 years: 0.1 / (1 − 1/1.21) = 0.1 × 1.21 / 0.21 = 0.121 / 0.21. */
	CHECK_NEAR(RUN("annuity_factor", 0.1, 2), 0.121 / 0.21, 1e-14);
	/* One year: (1 + r) exactly in theory: 1.08. */
	CHECK_NEAR(RUN("annuity_factor", 0.08, 1), 1.08, 1e-14);
	/* A tiny rate stays accurate: 1/n + r(n+1)/(2n) = 0.1 + 5.5e-13. */
	CHECK_NEAR(RUN("annuity_factor", 1e-12, 10), 0.1 + 5.5e-13, 1e-14);
}

static void capital_cost(void)
{
	/* Rate 0 equals the straight line: (1,000 − 200) / 4 = 200. */
	CHECK_NEAR(RUN("capital_cost_per_year", 1000, 0.2, 0, 4), 200, 1e-15);
	/* Life of 1 year, zero residual, rate 0: 1,000. */
	CHECK_NEAR(RUN("capital_cost_per_year", 1000, 0, 0, 1), 1000, 0);
	/* Life 1, zero residual, 8%: 1,000 × 1.08 = 1,080. */
	CHECK_NEAR(RUN("capital_cost_per_year", 1000, 0, 0.08, 1), 1080, 1e-14);
	/* $1,210, residual 0.5, 10%, 2 years: PV(residual) = 605 / 1.21 = 500;
	 * (1,210 − 500) × 0.121 / 0.21 = 710 × 0.57619 = 409.0952381. */
	CHECK_NEAR(RUN("capital_cost_per_year", 1210, 0.5, 0.1, 2), 710 * 0.121 / 0.21, 1e-13);
	/* 5% a year of $1M for maintenance: $50,000. */
	CHECK_NEAR(RUN("maintenance_per_year", 1e6, 0.05), 50000, 0);
}

static void owned_cluster(void)
{
	/* Utilization 1.0: 8,760 GPU-h on 1 GPU is one year; $8,760/year is $1/h. */
	CHECK_NEAR(RUN("run_share_years", 8760, 1, 1.0), 1, 0);
	CHECK_NEAR(RUN("owned_rate", 8760, 1, 1.0), 1, 0);
	/* 2,664,000 / (2,048 × 8,760 × 0.5) = 2,664,000 / 8,970,240 = 0.29698. */
	CHECK_NEAR(RUN("run_share_years", 2664000, 2048, 0.5), 2664000.0 / 8970240.0, 1e-15);
	/* $1M/year over 100 GPUs at 50%: 1e6 / 438,000 = $2.2831/h. */
	CHECK_NEAR(RUN("owned_rate", 1e6, 100, 0.5), 1e6 / 438000.0, 1e-15);
}

static void energy(void)
{
	/* [cottier-rising-costs-2024]: 1,000 H100-h × 0.7 kW × 0.75 × 1.82 × PUE 1.1:
	 * 700 × 0.75 = 525; × 1.82 = 955.5; × 1.1 = 1,051.05 kWh. */
	CHECK_NEAR(RUN("energy_kwh", 1000, 700, 0.75, 1.82, 1.1), 1051.05, 1e-14);
	/* 1,000 kWh at $0.0806 = $80.60; at 0.367 kg/kWh = 367 kg. */
	CHECK_NEAR(RUN("energy_cost", 1000, 0.0806), 80.6, 1e-14);
	CHECK_NEAR(RUN("carbon_kg", 1000, 0.367), 367, 1e-14);
}

static void breakeven(void)
{
	/* $8,760/year per GPU against $2/h: 8,760 / (8,760 × 2) = 0.5. */
	CHECK_NEAR(RUN("breakeven_utilization", 8760, 2), 0.5, 0);
	/* $35,040/year against $2/h: 2.0, above 1: renting always wins. */
	CHECK_NEAR(RUN("breakeven_utilization", 35040, 2), 2, 0);
	/* $17,520 net, no maintenance, $2/h, always busy, no cost of capital:
	 * 2 × 8,760 = $17,520 a year saved → 12 months. */
	CHECK_NEAR(RUN("breakeven_months", 17520, 0, 2, 1, 0), 12, 0);
	/* $12,000, $1,560/year maintenance, $2/h at 50%: 8,760 − 1,560 = 7,200
	 * a year → 12,000 / 7,200 = 1.6667 years = 20 months. */
	CHECK_NEAR(RUN("breakeven_months", 12000, 1560, 2, 0.5, 0), 20, 1e-14);
	/* 10%: a saving of $1,000 a year (rate 1,000/8,760 at full use) repays
	 * net = 1,000 × (1 − 1.1^−2) / 0.1 = 1,735.54 in exactly 2 years. */
	CHECK_NEAR(RUN("breakeven_months", 1000 * (1 - 1 / 1.21) / 0.1, 0, 1000 / 8760.0, 1, 0.1), 24, 1e-12);
	/* Maintenance equal to the rent saved (8,760 × $1 × 1.0): never. */
	CHECK(isinf(RUN("breakeven_months", 1000, 8760, 1, 1, 0)));
	/* Maintenance above it: never, not a negative number of months. */
	CHECK(isinf(RUN("breakeven_months", 1000, 9000, 1, 1, 0)));
	/* Interest on $20,000 at 10% ($2,000) exceeds a $1,000 saving: never. */
	CHECK(isinf(RUN("breakeven_months", 20000, 0, 1000 / 8760.0, 1, 0.1)));
}

static void check_messages(void)
{
	CHECK_MSG(2, "rental_cost: rate must be a finite number >= 0 (got -2)",
	          "rental_cost", 100, -2, 0);
	CHECK_MSG(1, "rental_cost: gpu_hours must be a finite number >= 0 (got -1)",
	          "rental_cost", -1, 2, 0);
	CHECK_MSG(1, "train_flops: params must be a finite number > 0 (got 0)",
	          "train_flops", 0, 1e12);
	CHECK_MSG(2, "straight_line_per_year: residual_fraction must be a finite number between 0 and 1 (got 1.5)",
	          "straight_line_per_year", 1000, 1.5, 4);
	CHECK_MSG(3, "gpu_hours_from_flops: mfu must be a finite number > 0 and <= 1 (got 0)",
	          "gpu_hours_from_flops", 1e21, 989, 0);
	CHECK_MSG(3, "gpu_hours_from_flops: mfu must be a finite number > 0 and <= 1 (got 1.2)",
	          "gpu_hours_from_flops", 1e21, 989, 1.2);
	CHECK_MSG(3, "rental_cost: discount must be a finite number >= 0 and < 1 (got 1)",
	          "rental_cost", 100, 2, 1);
	CHECK_MSG(2, "rental_cost: rate must be a finite number >= 0 (got nan)",
	          "rental_cost", 100, NAN, 0);
	CHECK_MSG(2, "rental_cost: rate must be a finite number >= 0 (got nan)",
	          "rental_cost", 100, -NAN, 0);
	CHECK_MSG(2, "rental_cost: rate must be a finite number >= 0 (got inf)",
	          "rental_cost", 100, INFINITY, 0);
	CHECK_MSG(1, "wall_days: gpu_hours must be a finite number >= 0 (got -inf)",
	          "wall_days", -INFINITY, 8);
	/* The first bad argument wins. */
	CHECK_MSG(1, "rental_cost: gpu_hours must be a finite number >= 0 (got -1)",
	          "rental_cost", -1, -2, 5);
	/* Large and small numbers print with %g. */
	CHECK_MSG(2, "rental_cost: rate must be a finite number >= 0 (got -2.5e+12)",
	          "rental_cost", 100, -2.5e12, 0);
}

static void check_finite_kind(void)
{
	/* No built-in primitive takes an unconstrained number; check the kind
	 * on a row made here. */
	static const tc_prim p = {"shift", "compute", 1, {"x"}, {TC_ARG_FINITE}, NULL, NULL, "x"};
	char err[100];
	CHECK(tc_prim_check(&p, (const double[]){-1e300}, err, sizeof err) == 0);
	CHECK(tc_prim_check(&p, (const double[]){INFINITY}, err, sizeof err) == 1);
	CHECK_STR(err, "shift: x must be a finite number (got inf)");
}

static void boundaries_accepted(void)
{
	char err[100];
	const tc_prim *sl = tc_prim_find("straight_line_per_year");
	const tc_prim *rc = tc_prim_find("rental_cost");
	const tc_prim *gh = tc_prim_find("gpu_hours_from_flops");
	CHECK(sl && rc && gh);
	CHECK(tc_prim_check(sl, (const double[]){0, 0, 1}, err, sizeof err) == 0);   /* UNIT 0 */
	CHECK(tc_prim_check(sl, (const double[]){0, 1, 1}, err, sizeof err) == 0);   /* UNIT 1 */
	CHECK(tc_prim_check(rc, (const double[]){0, 0, 0}, err, sizeof err) == 0);   /* DISCOUNT 0 */
	CHECK(tc_prim_check(gh, (const double[]){0, 1, 1}, err, sizeof err) == 0);   /* UTIL 1 */
	CHECK(tc_prim_check(sl, (const double[]){0, -1e-300, 1}, err, sizeof err) == 2);
	/* A short buffer truncates, never overflows; a NULL one is allowed. */
	CHECK(tc_prim_check(rc, (const double[]){1, -2, 0}, err, 8) == 2);
	CHECK(strlen(err) == 7);
	CHECK(tc_prim_check(rc, (const double[]){1, -2, 0}, NULL, 0) == 2);
}

/* Each kind's interval against its definition in words (prim.h), on the
 * doubles where a slip would show: both sides of 0 and 1, the least
 * positive double, the largest finite one, infinities and NaN. */
static void kinds_are_intervals(void)
{
	static const double x[] = {-INFINITY, -DBL_MAX, -1.0, -DBL_TRUE_MIN, -0.0, 0.0, DBL_TRUE_MIN, 0.5,
	                           1.0 - DBL_EPSILON / 2, 1.0, 1.0 + DBL_EPSILON, 2.0, DBL_MAX, INFINITY, NAN};
	for (int kind = TC_ARG_FINITE; kind <= TC_ARG_DISCOUNT + 1; kind++) {
		double lo, hi;
		tc_prim_interval(kind, &lo, &hi);
		for (size_t i = 0; i < sizeof x / sizeof x[0]; i++) {
			double v = x[i];
			int fin = isfinite(v), want;
			switch (kind) {
			case TC_ARG_FINITE:   want = fin; break;
			case TC_ARG_NONNEG:   want = fin && v >= 0; break;
			case TC_ARG_POSITIVE: want = fin && v > 0; break;
			case TC_ARG_UNIT:     want = fin && v >= 0 && v <= 1; break;
			case TC_ARG_UTIL:     want = fin && v > 0 && v <= 1; break;
			case TC_ARG_DISCOUNT: want = fin && v >= 0 && v < 1; break;
			default:              want = 0; break; /* an unknown kind */
			}
			CHECK((v >= lo && v <= hi) == want);
		}
	}
}

/* Every primitive's block worker gives the scalar worker's bits, sample by
 * sample, on arguments drawn inside each kind's interval. */
static void block_workers_match(void)
{
	enum { N = 64 };
	static double col[TC_PRIM_MAXARGS][N], out[N];
	uint64_t st = 88172645463325252u;
	for (int i = 0; i < tc_prim_count(); i++) {
		const tc_prim *p = tc_prim_at(i);
		const double *args[TC_PRIM_MAXARGS];
		for (int k = 0; k < TC_PRIM_MAXARGS; k++) {
			args[k] = col[k];
			for (size_t j = 0; j < N; j++) {
				st ^= st << 13;
				st ^= st >> 7;
				st ^= st << 17;
				double u = (double)(st >> 11) / 9007199254740992.0; /* [0, 1) */
				int kind = k < p->nargs ? p->kind[k] : TC_ARG_FINITE;
				/* in (0, 1) for shares and rates, up to 1e6 for the rest */
				col[k][j] = kind >= TC_ARG_UNIT ? 0.01 + 0.98 * u : j % 8 == 0 ? 0.0 : 1e6 * u + 0.5;
			}
		}
		p->block(args, out, N);
		for (size_t j = 0; j < N; j++) {
			double a[TC_PRIM_MAXARGS], want;
			for (int k = 0; k < TC_PRIM_MAXARGS; k++)
				a[k] = col[k][j];
			want = p->fn(a);
			CHECK(memcmp(&out[j], &want, sizeof want) == 0 || (isnan(out[j]) && isnan(want)));
		}
	}
}

static const tc_test tests[] = {
	{"kinds_are_intervals", kinds_are_intervals},
	{"block_workers_match", block_workers_match},
	{"table_is_well_formed", table_is_well_formed},
	{"deepseek_v3_rental", deepseek_v3_rental},
	{"deepseek_r1_rental", deepseek_r1_rental},
	{"h800_cluster_capex", h800_cluster_capex},
	{"deepseek_v3_flops", deepseek_v3_flops},
	{"deepseek_v3_implied_mfu", deepseek_v3_implied_mfu},
	{"hours_and_days", hours_and_days},
	{"depreciation", depreciation},
	{"annuity", annuity},
	{"capital_cost", capital_cost},
	{"owned_cluster", owned_cluster},
	{"energy", energy},
	{"breakeven", breakeven},
	{"check_messages", check_messages},
	{"check_finite_kind", check_finite_kind},
	{"boundaries_accepted", boundaries_accepted},
	{NULL, NULL}
};

const tc_suite suite_prim = {"prim", tests};
