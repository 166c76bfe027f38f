/* prim.c: the cost primitives (see prim.h): one table row per primitive,
 * its worker, and the argument check shared by the Lua binding and the
 * sampler.
 *
 * Workers are pure functions of already-checked numbers: no errors, no
 * output, no state. A result may still be inf when finite inputs overflow,
 * and breakeven_months returns INFINITY on purpose for "never".
 * [key] names an entry of docs/sources.md, where the formulas and figures
 * come from. What is not here: defaults and policy (which MFU, which PUE),
 * which live in lib-lua/. */
#include "prim.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#define HOURS_PER_YEAR  8760.0 /* 365 × 24: the year of an owned cluster's utilization */
#define JULIAN_YEAR_HOURS 8766.0 /* 365.25 × 24: the year Epoch AI's code amortizes over */
#define SECONDS_PER_HOUR 3600.0
#define TERA 1e12
#define LN10 2.302585092994045684 /* M_LN10 is not in C11 */

/* ---- compute ---------------------------------------------------------- */

/* C = 6·N·D: Kaplan et al. 2020, section 3 [kaplan-scaling-laws-2020]; N is
 * the ACTIVE parameter count for a mixture of experts, as in DeepSeek-V3's
 * 37B [deepseek-v3-report-2024]. */
static double train_flops(const double *a)
{
	return 6.0 * a[0] * a[1];
}

/* GPU-hours = FLOPs / (peak · MFU · 3600 s): the definition of model FLOPs
 * utilization ([chowdhery-palm-2022], [llama-3-herd-2024]). */
static double gpu_hours_from_flops(const double *a)
{
	return a[0] / (a[1] * TERA * a[2] * SECONDS_PER_HOUR);
}

/* The inverse: which MFU a reported FLOP count and GPU-hour total imply
 * (the DeepSeek-V3 estimate [deepseek-v3-report-2024] and the Llama 3.1 check [llama-3-herd-2024]). */
static double implied_mfu(const double *a)
{
	return a[0] / (a[2] * SECONDS_PER_HOUR * a[1] * TERA);
}

/* Sustained TFLOP/s per GPU, the unit Meta reports (390 TFLOPs/GPU, [meta-llama4-blog-2025]). */
static double achieved_tflops(const double *a)
{
	return a[0] / (a[1] * SECONDS_PER_HOUR) / TERA;
}

/* Wall-clock days when gpus run in parallel: 2,664K / 2,048 / 24 = 54.2 ([deepseek-v3-report-2024]). */
static double wall_days(const double *a)
{
	return a[0] / a[1] / 24.0;
}

/* GPU-hours of a cluster busy for some days: 512 × 198 h = 101K ([deepseek-r1-nature-2025]). */
static double gpu_hours_from_days(const double *a)
{
	return a[0] * 24.0 * a[1];
}

/* Billed GPU-hours from useful ones: useful / goodput, the share of paid
 * hours that advance training (failures, restarts, checkpoints): 900 useful
 * hours at goodput 0.9 are 1,000 billed (issue 19's definition). */
static double billed_hours(const double *a)
{
	return a[0] / a[1];
}

/* Water of a run (Li et al. 2023, arXiv 2304.03271 [li-thirsty-2023]):
 * on-site WUE per kWh of IT energy (facility kWh / PUE) plus the grid's
 * water per facility kWh: 1,000 kWh at PUE 1.25, WUE 0.55 and 3.14 L/kWh
 * is 800 × 0.55 + 1,000 × 3.14 = 3,580 L. */
static double water_litres(const double *a)
{
	return a[0] / a[1] * a[2] + a[0] * a[3];
}

/* Embodied carbon used by a run: the accelerator's manufacturing emissions
 * spread evenly over its life, per GPU-hour (a year is 8,766 h):
 * 1,000 GPU-h × 14.652 kg / (5 × 8,766 h) = 0.334 kg. */
static double embodied_kg(const double *a)
{
	return a[0] * a[1] / (a[2] * 8766.0);
}

/* ---- rental ----------------------------------------------------------- */

/* Cloud approach: price per chip-hour × chip-hours (Epoch §2.4 [cottier-rising-costs-2024]), with
 * a negotiated discount off the listed rate. */
static double rental_cost(const double *a)
{
	return a[0] * a[1] * (1.0 - a[2]);
}

/* ---- ownership -------------------------------------------------------- */

/* Acquisition cost = units × price × chip-to-server × server-to-cluster
 * (Epoch Table 2; factors 1.64 and 1.23 [cottier-rising-costs-2024]). */
static double cluster_capex(const double *a)
{
	return a[0] * a[1] * a[2] * a[3];
}

/* Accounting straight line: what is lost each year down to the residual. */
static double straight_line_per_year(const double *a)
{
	return a[0] * (1.0 - a[1]) / a[2];
}

/* Value lost after some years when value falls by oom orders of magnitude a
 * year: v·(1 − 10^(−r·t)) ([cottier-rising-costs-2024], r = 0.14 leaves 72% after a year).
 * expm1 keeps precision when r·t is small. */
static double exp_depreciation(const double *a)
{
	return -a[0] * expm1(-a[1] * a[2] * LN10);
}

/* Epoch AI's linear amortization: the value at the start of training ×
 * r·ln 10 per year × chip-hours / (24 × 365.25) hours per year: the rate at
 * which hardware is optimally replaced when price-performance grows r
 * orders of magnitude a year ([cottier-rising-costs-2024] §2.2;
 * [epoch-training-cost-trends-2024], HOURS_PER_YEAR = 24 × 365.25). Linear in chip-hours, so a run's cost
 * does not depend on how it is cut into phases. */
static double epoch_amortized(const double *a)
{
	return a[0] * a[1] / JULIAN_YEAR_HOURS * a[2] * LN10;
}

/* Exponential ownership, in present value: buy at capex, hold the cluster
 * for years while its value falls oom orders of magnitude a year, sell it
 * at what it is then worth, and discount the sale at the cost of capital:
 * capex − capex·10^(−oom·years)·(1 + rate)^(−years)
 *   = −capex · expm1(−years · (oom·ln 10 + ln(1 + rate))).
 * At rate 0 it is the value lost, capex·(1 − 10^(−oom·years)). */
static double exp_ownership_cost(const double *a)
{
	return -a[0] * expm1(-a[3] * (a[1] * LN10 + log1p(a[2])));
}

/* Capital recovery factor r / (1 − (1+r)^−n). The denominator is written as
 * −expm1(−n·log1p(r)) so that tiny rates do not cancel to noise; at r = 0
 * the limit 1/n is returned exactly. */
static double annuity(double rate, double years)
{
	if (rate == 0.0)
		return 1.0 / years;
	return rate / -expm1(-years * log1p(rate));
}

static double annuity_factor(const double *a)
{
	return annuity(a[0], a[1]);
}

/* Yearly cost of owning: capex less the present value of the residual,
 * spread as an annuity at the cost of capital. Equals the straight line
 * when rate = 0. */
static double capital_cost_per_year(const double *a)
{
	double capex = a[0], residual = a[1], rate = a[2], life = a[3];
	double pv_residual = capex * residual * exp(-life * log1p(rate));
	return (capex - pv_residual) * annuity(rate, life);
}

static double maintenance_per_year(const double *a)
{
	return a[0] * a[1];
}

/* Calendar years of the whole cluster a run occupies when the fleet is busy
 * only utilization of the time: the share of a year's ownership to charge. */
static double run_share_years(const double *a)
{
	return a[0] / (a[1] * HOURS_PER_YEAR * a[2]);
}

/* $/GPU-hour of an owned cluster: yearly cost over the GPU-hours it sells. */
static double owned_rate(const double *a)
{
	return a[0] / (a[1] * HOURS_PER_YEAR * a[2]);
}

/* ---- energy ----------------------------------------------------------- */

/* Epoch's energy model: TDP × average-power/TDP × chip-to-server power ×
 * PUE × chip-hours ([cottier-rising-costs-2024]; 0.75 for GPUs, 1.82 for H100 servers, PUE 1.1–1.25). */
static double energy_kwh(const double *a)
{
	return a[0] * a[1] / 1000.0 * a[2] * a[3] * a[4];
}

/* $/kWh × kWh ([cottier-rising-costs-2024], [eia-electric-power-monthly-2024]). */
static double energy_cost(const double *a)
{
	return a[0] * a[1];
}

/* Grid intensity × kWh (0.367 kg/kWh US 2023, 0.582 China: docs/sources.md via src/regions.c). */
static double carbon_kg(const double *a)
{
	return a[0] * a[1];
}

/* ---- breakeven -------------------------------------------------------- */

/* The utilization at which owning costs the same per used hour as renting:
 * yearly cost per GPU / (8760 h × rate). Above 1 renting always wins. */
static double breakeven_utilization(const double *a)
{
	return a[0] / (HOURS_PER_YEAR * a[1]);
}

/* Months of use for the rent saved to repay the purchase, counted the way
 * the yearly capital cost is: the capex net of the residual's present value
 * (net) is repaid by a yearly saving S = rate paid × 8760 × utilization −
 * maintenance, discounted at the cost of capital r:
 *   S · (1 − (1+r)^−n) / r = net  →  n = −ln(1 − net·r/S) / ln(1+r) years
 * (n = net / S at r = 0). At the break-even utilization n is exactly the
 * life. When S cannot repay net (S ≤ net·r) the purchase never pays:
 * INFINITY. The result is in months (× 12). */
static double breakeven_months(const double *a)
{
	double net = a[0], maint = a[1], rate = a[2], util = a[3], r = a[4];
	double saving = rate * HOURS_PER_YEAR * util - maint;
	if (!(saving > 0.0))
		return INFINITY;
	if (r == 0.0)
		return 12.0 * net / saving;
	double x = net * r / saving;
	if (!(x < 1.0))
		return INFINITY;
	return 12.0 * -log1p(-x) / log1p(r);
}

/* ---- block workers -------------------------------------------------- */

/* Each worker applied to n samples at once (the engine's per-chunk path):
 * the worker is inlined into the loop, so a sample costs its arithmetic,
 * not a call. args[k] for k >= nargs must point to n readable values (the
 * loads are dead and dropped, but the pointers must be valid C). The same
 * expression as the worker, so the same bits. */
#define BLOCK(fn) \
	static void fn##_block(const double *const *A, double *o, size_t n) \
	{ \
		for (size_t i = 0; i < n; i++) { \
			const double a[TC_PRIM_MAXARGS] = {A[0][i], A[1][i], A[2][i], A[3][i], A[4][i], A[5][i]}; \
			o[i] = fn(a); \
		} \
	}
BLOCK(train_flops)
BLOCK(gpu_hours_from_flops)
BLOCK(implied_mfu)
BLOCK(achieved_tflops)
BLOCK(wall_days)
BLOCK(gpu_hours_from_days)
BLOCK(billed_hours)
BLOCK(water_litres)
BLOCK(embodied_kg)
BLOCK(rental_cost)
BLOCK(cluster_capex)
BLOCK(straight_line_per_year)
BLOCK(exp_depreciation)
BLOCK(epoch_amortized)
BLOCK(exp_ownership_cost)
BLOCK(annuity_factor)
BLOCK(capital_cost_per_year)
BLOCK(maintenance_per_year)
BLOCK(run_share_years)
BLOCK(owned_rate)
BLOCK(energy_kwh)
BLOCK(energy_cost)
BLOCK(carbon_kg)
BLOCK(breakeven_utilization)
BLOCK(breakeven_months)
#undef BLOCK

/* ---- the table -------------------------------------------------------- */

#define NN  TC_ARG_NONNEG
#define POS TC_ARG_POSITIVE
#define UNI TC_ARG_UNIT
#define UTL TC_ARG_UTIL
#define DSC TC_ARG_DISCOUNT
/* a row's worker and its block form, named once so they cannot be mismatched */
#define WORKER(fn) fn, fn##_block

static const tc_prim prims[] = {
	{"train_flops", "compute", 2, {"params", "tokens"}, {POS, POS},
	 WORKER(train_flops), "6 × params × tokens (FLOPs; active params for MoE)"},
	{"gpu_hours_from_flops", "compute", 3, {"flops", "peak_tflops", "mfu"}, {NN, POS, UTL},
	 WORKER(gpu_hours_from_flops), "flops / (peak_tflops·1e12 × mfu × 3600) (GPU-hours)"},
	{"implied_mfu", "compute", 3, {"flops", "peak_tflops", "gpu_hours"}, {NN, POS, POS},
	 WORKER(implied_mfu), "flops / (gpu_hours × 3600 × peak_tflops·1e12) (fraction)"},
	{"achieved_tflops", "compute", 2, {"flops", "gpu_hours"}, {NN, POS},
	 WORKER(achieved_tflops), "flops / (gpu_hours × 3600) / 1e12 (TFLOP/s per GPU)"},
	{"wall_days", "compute", 2, {"gpu_hours", "gpus"}, {NN, POS},
	 WORKER(wall_days), "gpu_hours / gpus / 24 (days)"},
	{"gpu_hours_from_days", "compute", 2, {"days", "gpus"}, {NN, POS},
	 WORKER(gpu_hours_from_days), "days × 24 × gpus (GPU-hours)"},
	{"billed_hours", "compute", 2, {"useful_gpu_hours", "goodput"}, {NN, UTL},
	 WORKER(billed_hours), "useful_gpu_hours / goodput (GPU-hours paid)"},
	{"water_litres", "energy", 4, {"kwh", "pue", "wue", "grid_water"}, {NN, POS, NN, NN},
	 WORKER(water_litres), "kwh / pue × wue + kwh × grid_water (litres: on-site plus the grid's)"},
	{"embodied_kg", "energy", 3, {"gpu_hours", "kg_per_gpu", "life_years"}, {NN, NN, POS},
	 WORKER(embodied_kg), "gpu_hours × kg_per_gpu / (life_years × 8,766 h) (kg CO2e)"},

	{"rental_cost", "rental", 3, {"gpu_hours", "rate", "discount"}, {NN, NN, DSC},
	 WORKER(rental_cost), "gpu_hours × rate × (1 − discount) (USD)"},

	{"cluster_capex", "ownership", 4, {"units", "unit_price", "server_factor", "network_factor"},
	 {POS, NN, POS, POS},
	 WORKER(cluster_capex), "units × unit_price × server_factor × network_factor (USD)"},
	{"straight_line_per_year", "ownership", 3, {"capex", "residual_fraction", "life_years"},
	 {NN, UNI, POS},
	 WORKER(straight_line_per_year), "capex × (1 − residual_fraction) / life_years (USD/year)"},
	{"exp_depreciation", "ownership", 3, {"value", "oom_per_year", "years"}, {NN, NN, NN},
	 WORKER(exp_depreciation), "value × (1 − 10^(−oom_per_year × years)) (USD of value lost)"},
	{"epoch_amortized", "ownership", 3, {"start_value", "chip_hours", "oom_per_year"}, {NN, NN, NN},
	 WORKER(epoch_amortized), "start_value × chip_hours / 8766 × oom_per_year × ln 10 (USD)"},
	{"exp_ownership_cost", "ownership", 4, {"capex", "oom_per_year", "rate", "years"}, {NN, NN, NN, NN},
	 WORKER(exp_ownership_cost), "capex × (1 − 10^(−oom_per_year × years) × (1 + rate)^−years) (USD, present value)"},
	{"annuity_factor", "ownership", 2, {"rate", "years"}, {NN, POS},
	 WORKER(annuity_factor), "rate / (1 − (1 + rate)^−years); 1/years at rate 0 (per year)"},
	{"capital_cost_per_year", "ownership", 4, {"capex", "residual_fraction", "rate", "life_years"},
	 {NN, UNI, NN, POS},
	 WORKER(capital_cost_per_year),
	 "(capex − capex × residual × (1 + rate)^−life) × annuity_factor(rate, life) (USD/year)"},
	{"maintenance_per_year", "ownership", 2, {"capex", "share_per_year"}, {NN, NN},
	 WORKER(maintenance_per_year), "capex × share_per_year (USD/year)"},
	{"run_share_years", "ownership", 3, {"gpu_hours", "units", "utilization"}, {NN, POS, UTL},
	 WORKER(run_share_years), "gpu_hours / (units × 8760 × utilization) (cluster-years)"},
	{"owned_rate", "ownership", 3, {"annual_cost", "units", "utilization"}, {NN, POS, UTL},
	 WORKER(owned_rate), "annual_cost / (units × 8760 × utilization) (USD per GPU-hour)"},

	{"energy_kwh", "energy", 5, {"gpu_hours", "watts", "power_ratio", "server_factor", "pue"},
	 {NN, POS, POS, POS, POS},
	 WORKER(energy_kwh), "gpu_hours × watts / 1000 × power_ratio × server_factor × pue (kWh)"},
	{"energy_cost", "energy", 2, {"kwh", "usd_per_kwh"}, {NN, NN},
	 WORKER(energy_cost), "kwh × usd_per_kwh (USD)"},
	{"carbon_kg", "energy", 2, {"kwh", "kg_per_kwh"}, {NN, NN},
	 WORKER(carbon_kg), "kwh × kg_per_kwh (kg CO2e)"},

	{"breakeven_utilization", "breakeven", 2, {"annual_cost_per_gpu", "rate"}, {NN, POS},
	 WORKER(breakeven_utilization), "annual_cost_per_gpu / (8760 × rate) (fraction; > 1: always rent)"},
	{"breakeven_months", "breakeven", 5,
	 {"net_capex_per_gpu", "maintenance_per_gpu_year", "rate_paid", "utilization", "cost_of_capital"},
	 {NN, NN, POS, UTL, NN},
	 WORKER(breakeven_months),
	 "12 × −ln(1 − net × r / S) / ln(1 + r), S = rate_paid × 8760 × utilization − maintenance (months; inf: never)"},
};

#define NPRIMS ((int)(sizeof prims / sizeof prims[0]))

int tc_prim_count(void)
{
	return NPRIMS;
}

const tc_prim *tc_prim_at(int i)
{
	return (i >= 0 && i < NPRIMS) ? &prims[i] : NULL;
}

const tc_prim *tc_prim_find(const char *name)
{
	for (int i = 0; i < NPRIMS; i++)
		if (strcmp(prims[i].name, name) == 0)
			return &prims[i];
	return NULL;
}

/* ---- checking --------------------------------------------------------- */

void tc_prim_interval(int kind, double *lo, double *hi)
{
	*lo = -DBL_MAX;
	*hi = DBL_MAX;
	switch (kind) {
	case TC_ARG_FINITE:   break;
	case TC_ARG_NONNEG:   *lo = 0.0; break;
	case TC_ARG_POSITIVE: *lo = DBL_TRUE_MIN; break;
	case TC_ARG_UNIT:     *lo = 0.0; *hi = 1.0; break;
	case TC_ARG_UTIL:     *lo = DBL_TRUE_MIN; *hi = 1.0; break;
	case TC_ARG_DISCOUNT: *lo = 0.0; *hi = 1.0 - DBL_EPSILON / 2; break; /* the double below 1 */
	default:              *lo = INFINITY; *hi = -INFINITY; break; /* an unknown kind: nothing holds */
	}
}

static int holds(int kind, double x)
{
	double lo, hi;
	tc_prim_interval(kind, &lo, &hi);
	return x >= lo && x <= hi; /* false for a NaN */
}

static const char *wording(int kind)
{
	switch (kind) {
	case TC_ARG_NONNEG:   return "must be a finite number >= 0";
	case TC_ARG_POSITIVE: return "must be a finite number > 0";
	case TC_ARG_UNIT:     return "must be a finite number between 0 and 1";
	case TC_ARG_UTIL:     return "must be a finite number > 0 and <= 1";
	case TC_ARG_DISCOUNT: return "must be a finite number >= 0 and < 1";
	default:              return "must be a finite number";
	}
}

int tc_prim_check(const tc_prim *p, const double *args, char *err, size_t errlen)
{
	for (int i = 0; i < p->nargs; i++) {
		if (holds(p->kind[i], args[i]))
			continue;
		if (err && errlen > 0) {
			/* glibc prints a NaN with its sign bit as "-nan"; users
			 * should see one spelling. */
			if (isnan(args[i]))
				snprintf(err, errlen, "%s: %s %s (got nan)",
				         p->name, p->argname[i], wording(p->kind[i]));
			else
				snprintf(err, errlen, "%s: %s %s (got %g)",
				         p->name, p->argname[i], wording(p->kind[i]), args[i]);
		}
		return i + 1;
	}
	return 0;
}
