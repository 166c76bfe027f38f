/* regions.c: the electricity regions table (see regions.h). Each source
 * string carries a URL or cites an entry of docs/sources.md as [key]; where
 * a value was converted or combined here the arithmetic is in the source
 * text and the status is D. */
#include "regions.h"

#include <math.h>

#define NA NAN

/* EIA's 0.81 lb CO2/kWh for 2023 in kg: 0.81 × 0.45359 = 0.3674. */
#define US_GRID { "D: EIA FAQ id=74 (https://www.eia.gov/tools/faqs/faq.php?id=74): " \
	"0.81 lb CO2/kWh in 2023, utility-scale; × 0.45359 kg/lb = 0.367 kg", "2023-12", 'D' }

static const tc_region regions[] = {
	{"us-industrial", "United States, industrial average", 0.0806, 0.367,
	 {"EIA Electric Power Monthly Table 5.6.A, 2023 annual average, as used by Epoch AI "
	  "training-cost-trends energy.py [eia-electric-power-monthly-2024] [epoch-training-cost-trends-2024]", "2023-12", 'P'},
	 US_GRID},
	{"us-california-industrial", "California, industrial average", 0.1864, NA,
	 {"EIA Electric Power Annual 2023, https://www.eia.gov/electricity/annual/secrev-map.php", "2023-12", 'P'},
	 {0}},
	{"us-residential", "United States, residential average", 0.1545, 0.367,
	 {"EIA Electricity Monthly Update, https://www.eia.gov/electricity/monthly/update/end-use.php", "2024-01", 'P'},
	 US_GRID},
	{"china", "China, industrial average", 0.088, 0.582,
	 {"China Briefing, https://china-briefing.com/news/china-electricity-prices-industrial-consumers "
	  "(about US$0.088/kWh in 2024) [china-briefing-electricity-2024]", "2024-12", 'S'},
	 {"Ember / Energy Institute via Our World in Data, "
	  "https://ourworldindata.org/grapher/carbon-intensity-electricity (582 gCO2e/kWh, 2023, "
	  "lifecycle)", "2023-12", 'S'}},
	{"eu-average", "European Union, non-household average", 0.216, 0.214,
	 {"D: Eurostat non-household average EUR 0.20/kWh excluding VAT, second half of 2023 "
	  "(Eurostat nrg_pc_205 as summarised at https://qery.no/consumer-energy-prices-in-europe/"
	  "electricity-prices-non-households/); × 1.08 USD/EUR (approximate 2023 average) = 0.216",
	  "2023-12", 'D'},
	 {"D: EEA indicator 'Greenhouse gas emission intensity of electricity generation': EU-27 "
	  "2023 intensity 58% below 1990 (https://www.eea.europa.eu/en/analysis/indicators/"
	  "greenhouse-gas-emission-intensity-of-1); 1990 = 510 gCO2e/kWh (EEA IND-353, 2020); "
	  "510 × 0.42 = 214 g", "2023-12", 'D'}},
	{"world", "World average", NA, 0.481,
	 {0},
	 {"Ember via Statista 943137 (481 gCO2/kWh, 2023) [ember-world-intensity-2024]", "2023-12", 'S'}},
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
