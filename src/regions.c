/* regions.c: the electricity regions table (see regions.h). Each source
 * string carries a URL or cites an entry of docs/sources.md as [key]; where
 * a value was converted or combined here the arithmetic is in the source
 * text and the status is D. */
#include "regions.h"

#include <ctype.h>
#include <math.h>
#include <string.h>

#include "names.h"

#define NA NAN

/* EIA's 0.81 lb CO2/kWh for 2023 in kg: 0.81 × 0.45359 = 0.3674. */
#define US_GRID { "D: EIA FAQ id=74 (https://www.eia.gov/tools/faqs/faq.php?id=74): " \
	"0.81 lb CO2/kWh in 2023, utility-scale; × 0.45359 kg/lb = 0.367 kg", "2023-12", 'D' }

/* Li et al., "Making AI Less 'Thirsty'" (arXiv 2304.03271): U.S. average
 * on-site WUE 0.55 L per kWh of server energy and off-site EWIF 3.14 L per
 * kWh generated (its Table 1, as restated by several copies). */
#define US_WUE { "[li-thirsty-2023]: U.S. average on-site WUE 0.55 L/kWh (Microsoft's reported U.S. figure)", \
	"2023-04", 'S' }
#define US_EWIF { "[li-thirsty-2023]: U.S. average off-site electricity water intensity 3.14 L/kWh", \
	"2023-04", 'S' }
/* EIA Electric Power Annual 2023, industrial price by state (the map of
 * average price by state and sector). */
#define EIA_STATES "EIA Electric Power Annual 2023, https://www.eia.gov/electricity/annual/secrev-map.php " \
	"[eia-electric-power-annual-2024]"
#define OWID_2023 "Ember / Energy Institute via Our World in Data, " \
	"https://ourworldindata.org/grapher/carbon-intensity-electricity"
/* Electricity Maps' yearly averages as The Green Web Foundation's co2.js
 * publishes them: lifecycle, consumption-based, per grid area (zone). A US
 * state takes the grid area that serves it, named as such: EPA eGRID's state
 * output rates were not in any stored copy. */
#define EMAPS_2023(zone) "Electricity Maps yearly 2023, zone " zone \
	" (co2.js data/output/electricity-maps/yearly_2023.json) [electricitymaps-co2js-2026]"
#define OWID_ENERGY "Ember, Yearly Electricity Data, via Our World in Data's energy dataset " \
	"(carbon_intensity_elec) [owid-energy-data-2026]"
/* Eurostat nrg_pc_205 (non-household prices), band IE (20,000-69,999 MWh a
 * year, a data centre's scale), excluding VAT and other recoverable taxes
 * (X_VAT), EUR/kWh, as stored by DonnieAI/wtfuelfaircomparison (extraction
 * of 2025-11-10): 2023 as the mean of its two semesters, in dollars at the
 * Federal Reserve's 2023 average of 1.0817 USD per euro [fed-g5a-2024]. */
#define EUROSTAT_IE "Eurostat nrg_pc_205, band IE (20,000-69,999 MWh/yr), excluding VAT and recoverable " \
	"taxes, via a stored copy [eurostat-nrg-pc-205-2025]; x 1.0817 USD/EUR (2023 average) [fed-g5a-2024]"
#define NONE { 0 }
/* A source as one macro argument: { text, date, status }. */
#define SRC(text, date, status) { text, date, status }
#define CO2_DIRECT TC_BASIS_CO2_DIRECT
#define CO2E_DIRECT TC_BASIS_CO2E_DIRECT
#define LIFECYCLE TC_BASIS_CO2E_LIFECYCLE

/* Each row: key, name, price and its source, location-based intensity with
 * its source and basis, market-based intensity (its source and basis), WUE
 * and grid water with theirs. */
#define ROW(p_key, p_name, p_usd, p_psrc, p_kg, p_csrc, p_cb, p_mkg, p_msrc, p_mb, p_wue, p_wsrc, p_gw, \
	     p_gsrc) \
	{ .key = p_key, .name = p_name, .usd_per_kwh = p_usd, .price = p_psrc, .kg_co2e_per_kwh = p_kg, \
	  .carbon = p_csrc, .carbon_basis = p_cb, .market_kg_co2e_per_kwh = p_mkg, .market = p_msrc, \
	  .market_basis = p_mb, .wue_l_per_kwh = p_wue, .wue = p_wsrc, .grid_water_l_per_kwh = p_gw, \
	  .grid_water = p_gsrc }
/* No row has a market-based factor (NA, NONE, NULL): neither the AIB
 * residual mixes nor Green-e's were found at a current edition (see
 * docs/sources.md, "Searched, not found"). */

static const tc_region regions[] = {
	ROW("us-industrial", "United States, industrial average", 0.0806,
	    SRC("EIA Electric Power Monthly Table 5.6.A, 2023 annual average, as used by Epoch AI "
	      "training-cost-trends energy.py [eia-electric-power-monthly-2024] [epoch-training-cost-trends-2024]",
	      "2023-12", 'P'),
	    0.367, US_GRID, CO2_DIRECT, NA, NONE, NULL, 0.55, US_WUE, 3.14, US_EWIF),
	/* The U.S. on the state rows' basis (Electricity Maps, lifecycle): the national reference they
	 * compare with, since EIA's 0.367 above counts CO2 at the plants only. */
	ROW("us-industrial-lifecycle", "United States, industrial average; lifecycle grid", 0.0806,
	    SRC("EIA Electric Power Monthly Table 5.6.A, 2023 annual average, as us-industrial "
	      "[eia-electric-power-monthly-2024]", "2023-12", 'P'),
	    0.420, SRC("Electricity Maps yearly 2023 (co2.js data/output/electricity-maps/yearly_2023.json) "
	             "[electricitymaps-co2js-2026]: United States 420 gCO2eq/kWh, the basis of the state rows",
	             "2023-12", 'S'), LIFECYCLE,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("us-california-industrial", "California, industrial average; CAISO grid", 0.1864,
	    SRC(EIA_STATES, "2023-12", 'P'),
	    0.263, SRC(EMAPS_2023("US-CAL-CISO") ": California ISO 263 gCO2eq/kWh", "2023-12", 'S'), LIFECYCLE,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("us-virginia-industrial", "Virginia, industrial average; PJM grid", 0.0892,
	    SRC(EIA_STATES ": Virginia 8.92 cents/kWh", "2023-12", 'P'),
	    0.401, SRC(EMAPS_2023("US-MIDA-PJM") ": PJM Interconnection, whose Dominion zone serves northern "
	             "Virginia, 401 gCO2eq/kWh", "2023-12", 'S'), LIFECYCLE,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("us-texas-industrial", "Texas, industrial average; ERCOT grid", 0.0660,
	    SRC(EIA_STATES ": Texas 6.60 cents/kWh", "2023-12", 'P'),
	    0.394, SRC(EMAPS_2023("US-TEX-ERCO") ": ERCOT 394 gCO2eq/kWh", "2023-12", 'S'), LIFECYCLE,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("us-oregon-industrial", "Oregon, industrial average; BPA grid", 0.0752,
	    SRC(EIA_STATES ": Oregon 7.52 cents/kWh", "2023-12", 'P'),
	    0.123, SRC(EMAPS_2023("US-NW-BPAT") ": Bonneville Power Administration, whose customer utilities "
	             "serve the Columbia River data centres, 123 gCO2eq/kWh (Portland General Electric 254, "
	             "PacifiCorp West 217)", "2023-12", 'S'), LIFECYCLE,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("us-iowa-industrial", "Iowa, industrial average; MISO grid", 0.0691,
	    SRC(EIA_STATES ": Iowa 6.91 cents/kWh", "2023-12", 'P'),
	    0.503, SRC(EMAPS_2023("US-MIDW-MISO") ": Midcontinent ISO 503 gCO2eq/kWh", "2023-12", 'S'), LIFECYCLE,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("us-residential", "United States, residential average", 0.1545,
	    SRC("EIA Electricity Monthly Update, https://www.eia.gov/electricity/monthly/update/end-use.php",
	      "2024-01", 'P'),
	    0.367, US_GRID, CO2_DIRECT, NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("china", "China, industrial average", 0.088,
	    SRC("China Briefing, https://china-briefing.com/news/china-electricity-prices-industrial-consumers "
	      "(about US$0.088/kWh in 2024) [china-briefing-electricity-2024]", "2024-12", 'S'),
	    0.582, SRC(OWID_2023 " (582 gCO2e/kWh, 2023, lifecycle)", "2023-12", 'S'), LIFECYCLE,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("ireland", "Ireland", 0.2362,
	    SRC("D: " EUROSTAT_IE ": (2023-S1 0.2290 + 2023-S2 0.2078) / 2 = EUR 0.2184/kWh x 1.0817 = 0.2362 "
	      "(below the 0.2358/0.2153 without any taxes: net allowances)", "2023-12", 'D'),
	    0.291, SRC(OWID_2023 " (291 gCO2e/kWh in 2023, from 695 in 1990; lifecycle)", "2023-12", 'S'), LIFECYCLE,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("netherlands", "Netherlands", 0.2017,
	    SRC("D: " EUROSTAT_IE ": (2023-S1 0.2064 + 2023-S2 0.1666) / 2 = EUR 0.1865/kWh x 1.0817 = 0.2017",
	      "2023-12", 'D'),
	    0.268, SRC("Ember, Yearly Electricity Data, via Our World in Data's energy dataset: Netherlands "
	               "carbon_intensity_elec 268.17 gCO2e/kWh in 2023 (lifecycle; 325.61 in 2022) "
	               "[owid-energy-data-2026]", "2023-12", 'S'), LIFECYCLE,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	/* The Nordic power market's four countries, weighted by what each generates. */
	ROW("nordics", "Nordics (DK, FI, NO, SE; generation-weighted)", NA, NONE,
	    0.052, SRC("D: " OWID_ENERGY ", 2023, lifecycle, weighted by electricity_generation: Denmark "
	             "151.96 g x 33.89 TWh, Finland 81.21 x 81.52, Norway 30.46 x 153.63, Sweden 38.42 x 166.05; "
	             "22,829 t / 435.09 TWh = 52.47 gCO2e/kWh, used as 52 g (whole grams, as every OWID row here)",
	             "2023-12", 'D'), LIFECYCLE,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("sweden", "Sweden", NA, NONE,
	    0.038, SRC(OWID_ENERGY ": Sweden 38.42 gCO2e/kWh in 2023 (41.03 in 2022, 34.91 in 2024)", "2023-12",
	             'S'), LIFECYCLE,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("norway", "Norway", NA, NONE,
	    0.030, SRC(OWID_ENERGY ": Norway 30.46 gCO2e/kWh in 2023 (29.64 in 2022, 29.66 in 2024), about 90% "
	             "hydropower", "2023-12", 'S'), LIFECYCLE,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("finland", "Finland", 0.0809,
	    SRC("D: " EUROSTAT_IE ": (2023-S1 0.0810 + 2023-S2 0.0685) / 2 = EUR 0.07475/kWh x 1.0817 = 0.0809",
	      "2023-12", 'D'),
	    0.081, SRC(OWID_ENERGY ": Finland 81.21 gCO2e/kWh in 2023 (129.97 in 2022, 66.63 in 2024)", "2023-12",
	             'S'), LIFECYCLE,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("japan", "Japan", NA, NONE,
	    0.421, SRC("Electric Power Council for a Low Carbon Society, preliminary: 311 Mt CO2 on 738.2 TWh "
	               "sold = 0.421 kg/kWh in fiscal 2023 (Apr 2023-Mar 2024), as reported by Argus Media, "
	               "https://argusmedia.com/zh/news-and-insights/latest-market-news/2616297-japan-s-power-sector-"
	               "cuts-co2-emissions-in-2023-24 [argus-japan-power-co2-2024]", "2024-03", 'S'), CO2_DIRECT,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("taiwan", "Taiwan", 0.1085,
	    SRC("D: Taipower's spokesman, in the Taipei Times (with CNA), early March 2024: the industrial price "
	      "'now averages NT$3.38 per kilowatt-hour' (after the 17% rise of April 2023, before the rises of "
	      "April 2024, 15-25% for data centres) [taipei-times-taipower-2024]; / 31.1525 TWD per USD (2023 "
	      "average) [fed-g5a-2024] = 0.1085", "2024-03", 'D'),
	    0.495, SRC("Taiwan Ministry of Environment, citing the Energy Administration (MOEA): 2022 electricity "
	               "carbon emission factor 0.495 kg CO2/kWh, https://www.moenv.gov.tw/en/375192F88A851A76/"
	               "c55972e9-52dc-45f1-ad97-0619c5ccd2c7 [moenv-taiwan-emissions-2023]", "2022-12", 'P'), CO2_DIRECT,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("singapore", "Singapore", NA, NONE,
	    0.42, SRC("Energy Market Authority grid emission factor 0.42 kg CO2e/kWh in 2022, as reported by The "
	              "Business Times (NetZeroHub.sg registry); EMA series at https://data.gov.sg/datasets/"
	              "d_3de362b580b2dd2fd50cc1006d4edd4f/view [singapore-grid-factor-2023]", "2022-12", 'S'), CO2E_DIRECT,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("eu-average", "European Union, non-household average", 0.216,
	    SRC("D: Eurostat non-household average EUR 0.20/kWh excluding VAT, second half of 2023 "
	      "(Eurostat nrg_pc_205 as summarised at https://qery.no/consumer-energy-prices-in-europe/"
	      "electricity-prices-non-households/); × 1.08 USD/EUR (approximate 2023 average) = 0.216",
	      "2023-12", 'D'),
	    0.214, SRC("D: EEA indicator 'Greenhouse gas emission intensity of electricity generation': EU-27 "
	             "2023 intensity 58% below 1990 (https://www.eea.europa.eu/en/analysis/indicators/"
	             "greenhouse-gas-emission-intensity-of-1); 1990 = 510 gCO2e/kWh (EEA IND-353, 2020); "
	             "510 × 0.42 = 214 g", "2023-12", 'D'), CO2E_DIRECT,
	    NA, NONE, NULL, NA, NONE, NA, NONE),
	ROW("world", "World average", NA, NONE,
	    0.481, SRC("Ember via Statista 943137 (481 gCO2/kWh, 2023) [ember-world-intensity-2024]; lifecycle CO2e "
	               "per Ember's methodology for that review (full lifecycle, all gases in CO2 equivalent) "
	               "[ember-methodology-2024]", "2023-12", 'S'),
	    LIFECYCLE, NA, NONE, NULL, NA, NONE, NA, NONE),
};

#define NREGIONS ((int)(sizeof regions / sizeof regions[0]))

int tc_region_count(void)
{
	return NREGIONS;
}

const tc_region *tc_region_at(int i)
{
	return (i >= 0 && i < NREGIONS) ? &regions[i] : NULL;
}

const tc_region *tc_region_find(const char *key)
{
	for (int i = 0; i < NREGIONS; i++)
		if (tc_name_equal(regions[i].key, key))
			return &regions[i];
	return NULL;
}

/* Whether key holds word (any case) starting and ending at a '-' or an end. */
static int has_part(const char *key, const char *word)
{
	size_t n = strlen(word), k = strlen(key);
	if (n == 0 || n > k)
		return 0;
	for (size_t at = 0; at + n <= k; at++) {
		if ((at > 0 && key[at - 1] != '-') || (key[at + n] != '\0' && key[at + n] != '-'))
			continue;
		size_t i = 0;
		while (i < n && tolower((unsigned char)key[at + i]) == tolower((unsigned char)word[i]))
			i++;
		if (i == n)
			return 1;
	}
	return 0;
}

/* The smallest edit distance (names.h) from word to key or to one of its
 * '-'-separated parts. */
static int nearest_part(const char *key, const char *word)
{
	int best = tc_name_distance(word, key);
	char part[64];
	for (const char *p = key; *p;) {
		size_t n = strcspn(p, "-");
		if (n < sizeof part) {
			memcpy(part, p, n);
			part[n] = '\0';
			int d = tc_name_distance(word, part);
			if (d < best)
				best = d;
		}
		p += n + (p[n] == '-');
	}
	return best;
}

const tc_region *tc_region_suggest(const char *word)
{
	const tc_region *found = NULL;
	int parts = 0;
	for (int i = 0; i < NREGIONS; i++)
		if (has_part(regions[i].key, word)) {
			found = &regions[i];
			parts++;
		}
	if (parts > 0)
		return parts == 1 ? found : NULL; /* "industrial" names several: no single guess */
	/* a typo of a whole key ("chna") or of one part ("texs"), by the rule
	 * every name lookup uses; a typo as near to two regions names neither */
	int best_d = -1, tied = 0;
	for (int i = 0; i < NREGIONS; i++) {
		int d = nearest_part(regions[i].key, word);
		if (best_d < 0 || d < best_d) {
			best_d = d;
			found = &regions[i];
			tied = 0;
		} else if (d == best_d) {
			tied = 1;
		}
	}
	if (!found || tied || !tc_name_close(best_d, strlen(word)))
		return NULL;
	return found;
}

const char *tc_regions_version(void)
{
	const char *best = NULL;
	for (int i = 0; i < NREGIONS; i++) {
		if (!isnan(regions[i].usd_per_kwh))
			best = tc_date_newer(best, regions[i].price.date);
		if (!isnan(regions[i].kg_co2e_per_kwh))
			best = tc_date_newer(best, regions[i].carbon.date);
	}
	return best;
}
