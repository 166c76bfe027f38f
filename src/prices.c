/* prices.c: the built-in price observations (see prices.h) and their names.
 *
 * Conventions, checked by tests/c/test_prices.c:
 * - Every row names a catalog accelerator by key, a date, a source with
 *   [key] of docs/sources.md or a URL, and a status letter. The status is C
 *   when the row copies a provider's or seller's page (via Epoch AI's
 *   dataset), S when a press or blog summary, D when derived here (the
 *   arithmetic is in the source text).
 * - A source's range ("$3.50-5.00 at hyperscalers") is two observations, its
 *   low and its high end, so a spread keeps both.
 * - A purchase price is per GPU: an 8-GPU system or board is divided by 8
 *   (the source text says so), and its scope says what it covers.
 * Row order does not matter: readers sort. */
#include "prices.h"

#include <stddef.h>

#define RENT(a, d, cls, com, prov, usd, reg, note, text, st) \
	{ a, d, TC_PRICE_RENT, cls, com, TC_SCOPE_CHIP, prov, usd, reg, note, { text, d, st } }
#define BUY(a, d, cls, scope, prov, usd, note, text, st) \
	{ a, d, TC_PRICE_BUY, cls, TC_ON_DEMAND, scope, prov, usd, NULL, note, { text, d, st } }

#define TIERS_2026 "https://www.mercatus-ai.com/blog/cloud-gpu-pricing, on-demand per GPU-hour, " \
	"May 2026 [gpu-price-tiers-2026]"
#define D14N "DGX, 8 GPUs; euro price converted at OANDA's rate in the source"

static const tc_price prices[] = {
	/* ---- rentals, copied from Epoch AI's dataset ---------------------- */
	RENT("tpu-v4", "2022-05-11", TC_HYPERSCALER, TC_ON_DEMAND, "Google Cloud", 3.22, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20220511211849/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v4", "2022-05-11", TC_HYPERSCALER, TC_1Y, "Google Cloud", 2.03, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20220511211849/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v4", "2022-05-11", TC_HYPERSCALER, TC_3Y, "Google Cloud", 1.45, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20220511211849/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v4", "2022-09-11", TC_HYPERSCALER, TC_ON_DEMAND, "Google Cloud", 3.22, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20220911040357/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v4", "2022-09-11", TC_HYPERSCALER, TC_1Y, "Google Cloud", 2.03, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20220911040357/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v4", "2022-09-11", TC_HYPERSCALER, TC_3Y, "Google Cloud", 1.45, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20220911040357/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v4", "2023-06-01", TC_HYPERSCALER, TC_ON_DEMAND, "Google Cloud", 3.22, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20230601141218/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v4", "2023-06-01", TC_HYPERSCALER, TC_1Y, "Google Cloud", 2.03, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20230601141218/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v4", "2023-06-01", TC_HYPERSCALER, TC_3Y, "Google Cloud", 1.45, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20230601141218/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v4", "2024-08-26", TC_HYPERSCALER, TC_ON_DEMAND, "Google Cloud", 3.22, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240826170830/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v4", "2024-08-26", TC_HYPERSCALER, TC_1Y, "Google Cloud", 2.03, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240826170830/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v4", "2024-08-26", TC_HYPERSCALER, TC_3Y, "Google Cloud", 1.45, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240826170830/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v4", "2025-03-03", TC_HYPERSCALER, TC_ON_DEMAND, "Google Cloud", 3.22, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250303142536/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v4", "2025-03-03", TC_HYPERSCALER, TC_1Y, "Google Cloud", 2.03, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250303142536/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v4", "2025-03-03", TC_HYPERSCALER, TC_3Y, "Google Cloud", 1.45, "us-central2-b",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250303142536/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v5e", "2024-08-26", TC_HYPERSCALER, TC_ON_DEMAND, "Google Cloud", 1.20, "Iowa (us-central1)",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240826170830/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v5e", "2024-08-26", TC_HYPERSCALER, TC_1Y, "Google Cloud", 0.84, "Iowa (us-central1)",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240826170830/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v5e", "2024-08-26", TC_HYPERSCALER, TC_3Y, "Google Cloud", 0.54, "Iowa (us-central1)",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240826170830/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v5e", "2025-03-03", TC_HYPERSCALER, TC_ON_DEMAND, "Google Cloud", 1.20, "Iowa (us-central1)",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250303142536/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v5e", "2025-03-03", TC_HYPERSCALER, TC_1Y, "Google Cloud", 0.84, "Iowa (us-central1)",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250303142536/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v5e", "2025-03-03", TC_HYPERSCALER, TC_3Y, "Google Cloud", 0.54, "Iowa (us-central1)",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250303142536/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v6e", "2025-03-03", TC_HYPERSCALER, TC_ON_DEMAND, "Google Cloud", 2.70, "East US",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250303142536/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v6e", "2025-03-03", TC_HYPERSCALER, TC_1Y, "Google Cloud", 1.89, "East US",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250303142536/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("tpu-v6e", "2025-03-03", TC_HYPERSCALER, TC_3Y, "Google Cloud", 1.22, "East US",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250303142536/https://cloud.google.com/tpu/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2021-11-04", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 4.10, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20211104020654/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2021-11-04", TC_HYPERSCALER, TC_1Y, "AWS", 2.40, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20211104020654/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2021-11-04", TC_HYPERSCALER, TC_3Y, "AWS", 1.45, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20211104020654/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-01-25", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 4.10, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20220125025352/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-01-25", TC_HYPERSCALER, TC_1Y, "AWS", 2.40, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20220125025352/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-01-25", TC_HYPERSCALER, TC_3Y, "AWS", 1.45, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20220125025352/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-02-26", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 4.10, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20220226224704/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-02-26", TC_HYPERSCALER, TC_1Y, "AWS", 2.40, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20220226224704/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-02-26", TC_HYPERSCALER, TC_3Y, "AWS", 1.45, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20220226224704/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-08-04", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 1.10, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-08-04", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 4.10, NULL,
	     NULL,
	     "AWS price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-08-04", TC_SPECIALISED, TC_ON_DEMAND, "Paperspace", 3.09, NULL,
	     NULL,
	     "Paperspace price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-08-04", TC_HYPERSCALER, TC_ON_DEMAND, "Google Cloud", 3.67, NULL,
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-08-04", TC_HYPERSCALER, TC_ON_DEMAND, "Google Cloud", 3.48, NULL,
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-08-06", TC_SPECIALISED, TC_ON_DEMAND, "Jarvislabs", 1.10, NULL,
	     NULL,
	     "Jarvislabs price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-10-17", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 4.10, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20221209004833/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-10-17", TC_HYPERSCALER, TC_1Y, "AWS", 2.40, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20221209004833/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-10-17", TC_HYPERSCALER, TC_3Y, "AWS", 1.45, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20221209004833/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-12-09", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 4.10, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20221209004833/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-12-09", TC_HYPERSCALER, TC_1Y, "AWS", 2.40, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20221209004833/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-12-09", TC_HYPERSCALER, TC_3Y, "AWS", 1.45, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20221209004833/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-12-12", TC_HYPERSCALER, TC_ON_DEMAND, "Google Cloud", 2.93, "Iowa (us-central1)",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20221212030420/https://cloud.google.com/compute/gpus-pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-12-12", TC_HYPERSCALER, TC_1Y, "Google Cloud", 1.85, "Iowa (us-central1)",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20221212030420/https://cloud.google.com/compute/gpus-pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2022-12-12", TC_HYPERSCALER, TC_3Y, "Google Cloud", 1.03, "Iowa (us-central1)",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20221212030420/https://cloud.google.com/compute/gpus-pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2023-01-10", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 1.10, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2023-03-10", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 4.10, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20221209004833/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2023-03-10", TC_HYPERSCALER, TC_1Y, "AWS", 2.40, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20221209004833/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2023-03-10", TC_HYPERSCALER, TC_3Y, "AWS", 1.45, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20221209004833/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2023-05-24", TC_SPECIALISED, TC_ON_DEMAND, "Oblivus Cloud", 2.39, NULL,
	     NULL,
	     "Oblivus Cloud price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2023-10-23", TC_HYPERSCALER, TC_ON_DEMAND, "Oracle Cloud", 3.05, NULL,
	     NULL,
	     "Oracle Cloud price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2024-02-26", TC_SPECIALISED, TC_1Y, "Oblivus Cloud", 1.58, NULL,
	     NULL,
	     "Oblivus Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240226183104/https://oblivus.com/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2024-02-26", TC_SPECIALISED, TC_3Y, "Oblivus Cloud", 1.12, NULL,
	     NULL,
	     "Oblivus Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240226183104/https://oblivus.com/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2024-07-11", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 1.29, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://web.archive.org/web/20240711213314/https://lambdalabs.com/service/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2024-08-03", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 4.10, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20240803060822/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024] ($32.77 (On-demand, per hour, per 8 GPUs) / 8 = $4.1; $19.22 (1-year CUD, per hour, per 8 GPUs) / 8 = $2.4; $11.57 (3-year CUD, per hour, per 8 GPUs) / 8 = $1.45)", 'C'),
	RENT("a100-40gb", "2024-08-03", TC_HYPERSCALER, TC_1Y, "AWS", 2.40, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20240803060822/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024] ($32.77 (On-demand, per hour, per 8 GPUs) / 8 = $4.1; $19.22 (1-year CUD, per hour, per 8 GPUs) / 8 = $2.4; $11.57 (3-year CUD, per hour, per 8 GPUs) / 8 = $1.45)", 'C'),
	RENT("a100-40gb", "2024-08-03", TC_HYPERSCALER, TC_3Y, "AWS", 1.45, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20240803060822/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024] ($32.77 (On-demand, per hour, per 8 GPUs) / 8 = $4.1; $19.22 (1-year CUD, per hour, per 8 GPUs) / 8 = $2.4; $11.57 (3-year CUD, per hour, per 8 GPUs) / 8 = $1.45)", 'C'),
	RENT("a100-40gb", "2024-09-01", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 1.29, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://web.archive.org/web/20240901231348/https://lambdalabs.com/service/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2024-11-29", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 1.29, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://web.archive.org/web/20241119072257/https://lambdalabs.com/service/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2025-02-28", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 1.29, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://web.archive.org/web/20241119072257/https://lambdalabs.com/service/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-40gb", "2025-03-02", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 4.10, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20250302190228/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024] ($32.77 (On-demand, per hour, per 8 GPUs) / 8 = $4.1; $19.22 (1-year CUD, per hour, per 8 GPUs) / 8 = $2.4; $11.57 (3-year CUD, per hour, per 8 GPUs) / 8 = $1.45)", 'C'),
	RENT("a100-40gb", "2025-03-02", TC_HYPERSCALER, TC_1Y, "AWS", 2.40, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20250302190228/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024] ($32.77 (On-demand, per hour, per 8 GPUs) / 8 = $4.1; $19.22 (1-year CUD, per hour, per 8 GPUs) / 8 = $2.4; $11.57 (3-year CUD, per hour, per 8 GPUs) / 8 = $1.45)", 'C'),
	RENT("a100-40gb", "2025-03-02", TC_HYPERSCALER, TC_3Y, "AWS", 1.45, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20250302190228/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024] ($32.77 (On-demand, per hour, per 8 GPUs) / 8 = $4.1; $19.22 (1-year CUD, per hour, per 8 GPUs) / 8 = $2.4; $11.57 (3-year CUD, per hour, per 8 GPUs) / 8 = $1.45)", 'C'),
	RENT("a100-40gb", "2025-03-17", TC_HYPERSCALER, TC_ON_DEMAND, "Oracle Cloud", 3.05, NULL,
	     NULL,
	     "Oracle Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250317145952/https://www.oracle.com/cloud/compute/gpu/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-04-15", TC_HYPERSCALER, TC_ON_DEMAND, "Azure", 4.10, "East US",
	     NULL,
	     "Azure price per chip-hour, "
	     "https://web.archive.org/web/20220415025353/https://azure.microsoft.com/en-us/pricing/details/virtual-machines/linux/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-04-15", TC_HYPERSCALER, TC_1Y, "Azure", 2.62, "East US",
	     NULL,
	     "Azure price per chip-hour, "
	     "https://web.archive.org/web/20220415025353/https://azure.microsoft.com/en-us/pricing/details/virtual-machines/linux/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-04-15", TC_HYPERSCALER, TC_3Y, "Azure", 1.80, "East US",
	     NULL,
	     "Azure price per chip-hour, "
	     "https://web.archive.org/web/20220415025353/https://azure.microsoft.com/en-us/pricing/details/virtual-machines/linux/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-05-30", TC_HYPERSCALER, TC_ON_DEMAND, "Azure", 4.10, "East US",
	     NULL,
	     "Azure price per chip-hour, "
	     "https://web.archive.org/web/20220530173526/https://azure.microsoft.com/en-us/pricing/details/virtual-machines/linux/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-05-30", TC_HYPERSCALER, TC_1Y, "Azure", 2.62, "East US",
	     NULL,
	     "Azure price per chip-hour, "
	     "https://web.archive.org/web/20220530173526/https://azure.microsoft.com/en-us/pricing/details/virtual-machines/linux/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-05-30", TC_HYPERSCALER, TC_3Y, "Azure", 1.80, "East US",
	     NULL,
	     "Azure price per chip-hour, "
	     "https://web.archive.org/web/20220530173526/https://azure.microsoft.com/en-us/pricing/details/virtual-machines/linux/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-08-04", TC_SPECIALISED, TC_ON_DEMAND, "Paperspace", 3.18, NULL,
	     NULL,
	     "Paperspace price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-08-04", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 5.12, NULL,
	     NULL,
	     "AWS price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-08-04", TC_HYPERSCALER, TC_ON_DEMAND, "Azure", 3.67, NULL,
	     NULL,
	     "Azure price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-08-04", TC_HYPERSCALER, TC_ON_DEMAND, "Azure", 4.64, NULL,
	     NULL,
	     "Azure price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-08-08", TC_SPECIALISED, TC_ON_DEMAND, "Datacrunch", 1.85, NULL,
	     NULL,
	     "Datacrunch price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-08-19", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 5.12, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20220819235958/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-08-19", TC_HYPERSCALER, TC_1Y, "AWS", 3.00, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20220819235958/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-08-19", TC_HYPERSCALER, TC_3Y, "AWS", 1.81, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20220819235958/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-12-09", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 5.12, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20220819235958/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-12-09", TC_HYPERSCALER, TC_1Y, "AWS", 3.00, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20220819235958/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-12-09", TC_HYPERSCALER, TC_3Y, "AWS", 1.81, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20220819235958/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2022-12-12", TC_HYPERSCALER, TC_ON_DEMAND, "Google Cloud", 3.93, "Iowa (us-central1)",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20221212030420/https://cloud.google.com/compute/gpus-pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2023-02-02", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 1.50, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2023-05-23", TC_SPECIALISED, TC_ON_DEMAND, "RunPod", 1.89, NULL,
	     NULL,
	     "RunPod price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2023-05-24", TC_SPECIALISED, TC_ON_DEMAND, "Oblivus Cloud", 2.55, NULL,
	     NULL,
	     "Oblivus Cloud price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2023-06-22", TC_SPECIALISED, TC_ON_DEMAND, "Latitude.sh", 2.90, NULL,
	     NULL,
	     "Latitude.sh price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2023-10-23", TC_HYPERSCALER, TC_ON_DEMAND, "Oracle Cloud", 4.00, NULL,
	     NULL,
	     "Oracle Cloud price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2023-10-31", TC_SPECIALISED, TC_ON_DEMAND, "FluidStack", 2.21, NULL,
	     NULL,
	     "FluidStack price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2024-01-29", TC_HYPERSCALER, TC_ON_DEMAND, "Azure", 4.10, "East US",
	     NULL,
	     "Azure price per chip-hour, "
	     "https://azure.microsoft.com/en-us/pricing/details/virtual-machines/linux/#pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2024-01-29", TC_HYPERSCALER, TC_1Y, "Azure", 3.53, "East US",
	     NULL,
	     "Azure price per chip-hour, "
	     "https://azure.microsoft.com/en-us/pricing/details/virtual-machines/linux/#pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2024-01-29", TC_HYPERSCALER, TC_3Y, "Azure", 2.13, "East US",
	     NULL,
	     "Azure price per chip-hour, "
	     "https://azure.microsoft.com/en-us/pricing/details/virtual-machines/linux/#pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2024-02-14", TC_SPECIALISED, TC_ON_DEMAND, "NovoNimbus", 2.73, NULL,
	     NULL,
	     "NovoNimbus price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2024-02-23", TC_SPECIALISED, TC_ON_DEMAND, "CR8DL", 3.40, NULL,
	     NULL,
	     "CR8DL price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2024-02-26", TC_SPECIALISED, TC_1Y, "Oblivus Cloud", 1.69, NULL,
	     NULL,
	     "Oblivus Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240226183104/https://oblivus.com/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2024-02-26", TC_SPECIALISED, TC_3Y, "Oblivus Cloud", 1.20, NULL,
	     NULL,
	     "Oblivus Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240226183104/https://oblivus.com/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2024-06-25", TC_SPECIALISED, TC_ON_DEMAND, "Oblivus Cloud", 2.25, NULL,
	     NULL,
	     "Oblivus Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240625062541/https://oblivus.com/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2024-07-27", TC_SPECIALISED, TC_ON_DEMAND, "RunPod", 1.94, NULL,
	     NULL,
	     "RunPod price per chip-hour, "
	     "https://web.archive.org/web/20240727085500/https://www.runpod.io/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2024-08-03", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 5.12, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20240803060822/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024] ($40.96 (On-demand, per hour, per 8 GPUs) / 8 = $5.12; $24.01 (1-year CUD, per hour, per 8 GPUs) / 8 = $3; $14.46 (3-year CUD, per hour, per 8 GPUs) / 8 = $1.81)", 'C'),
	RENT("a100-80gb", "2024-08-03", TC_HYPERSCALER, TC_1Y, "AWS", 3.00, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20240803060822/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024] ($40.96 (On-demand, per hour, per 8 GPUs) / 8 = $5.12; $24.01 (1-year CUD, per hour, per 8 GPUs) / 8 = $3; $14.46 (3-year CUD, per hour, per 8 GPUs) / 8 = $1.81)", 'C'),
	RENT("a100-80gb", "2024-08-03", TC_HYPERSCALER, TC_3Y, "AWS", 1.81, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20240803060822/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024] ($40.96 (On-demand, per hour, per 8 GPUs) / 8 = $5.12; $24.01 (1-year CUD, per hour, per 8 GPUs) / 8 = $3; $14.46 (3-year CUD, per hour, per 8 GPUs) / 8 = $1.81)", 'C'),
	RENT("a100-80gb", "2024-08-24", TC_SPECIALISED, TC_ON_DEMAND, "CR8DL", 2.93, NULL,
	     NULL,
	     "CR8DL price per chip-hour, "
	     "https://web.archive.org/web/20240806065220/https://www.cr8dl.ai/cloud-gpu, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2025-03-02", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 5.12, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20250302190228/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024] ($40.96 (On-demand, per hour, per 8 GPUs) / 8 = $5.12; $24.01 (1-year CUD, per hour, per 8 GPUs) / 8 = $3; $14.46 (3-year CUD, per hour, per 8 GPUs) / 8 = $1.81)", 'C'),
	RENT("a100-80gb", "2025-03-02", TC_HYPERSCALER, TC_1Y, "AWS", 3.00, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20250302190228/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024] ($40.96 (On-demand, per hour, per 8 GPUs) / 8 = $5.12; $24.01 (1-year CUD, per hour, per 8 GPUs) / 8 = $3; $14.46 (3-year CUD, per hour, per 8 GPUs) / 8 = $1.81)", 'C'),
	RENT("a100-80gb", "2025-03-02", TC_HYPERSCALER, TC_3Y, "AWS", 1.81, "US East (Northern Virginia)",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20250302190228/https://aws.amazon.com/ec2/instance-types/p4/, "
	     "as recorded in [epoch-training-cost-trends-2024] ($40.96 (On-demand, per hour, per 8 GPUs) / 8 = $5.12; $24.01 (1-year CUD, per hour, per 8 GPUs) / 8 = $3; $14.46 (3-year CUD, per hour, per 8 GPUs) / 8 = $1.81)", 'C'),
	RENT("a100-80gb", "2025-03-02", TC_HYPERSCALER, TC_ON_DEMAND, "Azure", 3.67, "East US",
	     NULL,
	     "Azure price per chip-hour, "
	     "https://web.archive.org/web/20250302193547/https://azure.microsoft.com/en-us/pricing/details/virtual-machines/linux/#pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2025-03-02", TC_HYPERSCALER, TC_1Y, "Azure", 3.06, "East US",
	     NULL,
	     "Azure price per chip-hour, "
	     "https://web.archive.org/web/20250302193547/https://azure.microsoft.com/en-us/pricing/details/virtual-machines/linux/#pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2025-03-02", TC_HYPERSCALER, TC_3Y, "Azure", 2.27, "East US",
	     NULL,
	     "Azure price per chip-hour, "
	     "https://web.archive.org/web/20250302193547/https://azure.microsoft.com/en-us/pricing/details/virtual-machines/linux/#pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2025-03-03", TC_SPECIALISED, TC_ON_DEMAND, "Oblivus Cloud", 1.57, NULL,
	     NULL,
	     "Oblivus Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250303153131/https://oblivus.com/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2025-03-03", TC_SPECIALISED, TC_ON_DEMAND, "CR8DL", 2.93, NULL,
	     NULL,
	     "CR8DL price per chip-hour, "
	     "https://web.archive.org/web/20250303170410/https://www.cr8dl.ai/cloud-gpu, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2025-03-03", TC_SPECIALISED, TC_ON_DEMAND, "RunPod", 1.89, NULL,
	     NULL,
	     "RunPod price per chip-hour, "
	     "https://web.archive.org/web/20250303172225/https://www.runpod.io/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("a100-80gb", "2025-03-17", TC_HYPERSCALER, TC_ON_DEMAND, "Oracle Cloud", 4.00, NULL,
	     NULL,
	     "Oracle Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250317145952/https://www.oracle.com/cloud/compute/gpu/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-pcie", "2024-01-29", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 2.49, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://lambdalabs.com/service/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-pcie", "2024-02-14", TC_SPECIALISED, TC_ON_DEMAND, "NovoNimbus", 4.29, NULL,
	     NULL,
	     "NovoNimbus price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-pcie", "2024-06-25", TC_SPECIALISED, TC_ON_DEMAND, "Oblivus Cloud", 3.25, NULL,
	     NULL,
	     "Oblivus Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240625062541/https://oblivus.com/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-pcie", "2024-07-11", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 2.49, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://web.archive.org/web/20240711213314/https://lambdalabs.com/service/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-pcie", "2024-07-27", TC_SPECIALISED, TC_ON_DEMAND, "RunPod", 3.29, NULL,
	     NULL,
	     "RunPod price per chip-hour, "
	     "https://web.archive.org/web/20240727085500/https://www.runpod.io/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-pcie", "2024-09-01", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 2.49, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://web.archive.org/web/20240901231348/https://lambdalabs.com/service/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-pcie", "2024-11-29", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 2.49, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://web.archive.org/web/20241119072257/https://lambdalabs.com/service/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-pcie", "2025-02-28", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 2.49, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://web.archive.org/web/20250228210058/https://lambdalabs.com/service/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-pcie", "2025-03-03", TC_SPECIALISED, TC_ON_DEMAND, "Oblivus Cloud", 1.98, NULL,
	     NULL,
	     "Oblivus Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250303153131/https://oblivus.com/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-pcie", "2025-03-03", TC_SPECIALISED, TC_ON_DEMAND, "RunPod", 2.39, NULL,
	     NULL,
	     "RunPod price per chip-hour, "
	     "https://web.archive.org/web/20250303172225/https://www.runpod.io/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-pcie", "2025-03-03", TC_SPECIALISED, TC_ON_DEMAND, "Cudo Compute", 2.45, NULL,
	     NULL,
	     "Cudo Compute price per chip-hour, "
	     "https://web.archive.org/save/https://www.cudocompute.com/products/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-pcie", "2023-06-20", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 1.99, NULL,
	     "Listed as 'H100 (80 GB)' one-GPU and filed as SXM5 in the source; most likely the PCIe card (Lambda's SXM5 was $3.49, its PCIe $2.49 in Jan 2024)",
	     "Lambda Labs price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'S'),
	RENT("h100-sxm", "2023-06-22", TC_SPECIALISED, TC_ON_DEMAND, "MosaicML (Databricks)", 5.00, NULL,
	     "reserved cluster price for MPT-30B (Table 4 of the blog)",
	     "MosaicML (Databricks) price per chip-hour, "
	     "https://web.archive.org/web/20240411010832/https://www.databricks.com/blog/mpt-30b, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2023-06-22", TC_SPECIALISED, TC_ON_DEMAND, "Latitude.sh", 4.03, NULL,
	     NULL,
	     "Latitude.sh price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2023-06-22", TC_SPECIALISED, TC_ON_DEMAND, "Latitude.sh", 4.40, NULL,
	     NULL,
	     "Latitude.sh price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2023-10-23", TC_HYPERSCALER, TC_ON_DEMAND, "Oracle Cloud", 10.00, NULL,
	     NULL,
	     "Oracle Cloud price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2023-10-31", TC_SPECIALISED, TC_ON_DEMAND, "FluidStack", 4.76, NULL,
	     NULL,
	     "FluidStack price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2024-01-29", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 3.49, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://lambdalabs.com/service/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2024-02-14", TC_SPECIALISED, TC_ON_DEMAND, "NovoNimbus", 4.78, NULL,
	     NULL,
	     "NovoNimbus price per chip-hour, "
	     "https://github.com/the-full-stack/website/blob/main/docs/cloud-gpus/cloud-gpus.csv, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2024-02-26", TC_SPECIALISED, TC_1Y, "Oblivus Cloud", 3.62, NULL,
	     NULL,
	     "Oblivus Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240226183104/https://oblivus.com/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2024-02-26", TC_SPECIALISED, TC_3Y, "Oblivus Cloud", 2.59, NULL,
	     NULL,
	     "Oblivus Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240226183104/https://oblivus.com/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2024-06-25", TC_SPECIALISED, TC_ON_DEMAND, "Oblivus Cloud", 3.45, NULL,
	     NULL,
	     "Oblivus Cloud price per chip-hour, "
	     "https://web.archive.org/web/20240625062541/https://oblivus.com/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2024-07-11", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 3.49, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://web.archive.org/web/20240711213314/https://lambdalabs.com/service/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2024-07-27", TC_SPECIALISED, TC_ON_DEMAND, "RunPod", 3.99, NULL,
	     NULL,
	     "RunPod price per chip-hour, "
	     "https://web.archive.org/web/20240727085500/https://www.runpod.io/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2024-08-24", TC_SPECIALISED, TC_ON_DEMAND, "CR8DL", 3.95, NULL,
	     NULL,
	     "CR8DL price per chip-hour, "
	     "https://web.archive.org/web/20240806065220/https://www.cr8dl.ai/cloud-gpu, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2024-09-01", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 2.99, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://web.archive.org/web/20240901231348/https://lambdalabs.com/service/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2024-11-29", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 3.29, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://web.archive.org/web/20241119072257/https://lambdalabs.com/service/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2025-02-28", TC_SPECIALISED, TC_ON_DEMAND, "Lambda Labs", 3.29, NULL,
	     NULL,
	     "Lambda Labs price per chip-hour, "
	     "https://web.archive.org/web/20250228210058/https://lambdalabs.com/service/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2025-03-03", TC_SPECIALISED, TC_ON_DEMAND, "Oblivus Cloud", 2.94, NULL,
	     NULL,
	     "Oblivus Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250303153131/https://oblivus.com/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2025-03-03", TC_SPECIALISED, TC_ON_DEMAND, "CR8DL", 3.95, NULL,
	     NULL,
	     "CR8DL price per chip-hour, "
	     "https://web.archive.org/web/20250303170410/https://www.cr8dl.ai/cloud-gpu, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2025-03-03", TC_SPECIALISED, TC_ON_DEMAND, "RunPod", 2.99, NULL,
	     NULL,
	     "RunPod price per chip-hour, "
	     "https://web.archive.org/web/20250303172225/https://www.runpod.io/pricing, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2025-03-03", TC_SPECIALISED, TC_ON_DEMAND, "Cudo Compute", 2.45, NULL,
	     NULL,
	     "Cudo Compute price per chip-hour, "
	     "https://web.archive.org/save/https://www.cudocompute.com/products/gpu-cloud, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2025-03-17", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 12.29, "East US",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20250317144823/https://aws.amazon.com/ec2/pricing/on-demand/, "
	     "as recorded in [epoch-training-cost-trends-2024] ($98,32/8 = 12,29 US$)", 'C'),
	RENT("h100-sxm", "2025-03-17", TC_HYPERSCALER, TC_ON_DEMAND, "Oracle Cloud", 10.00, NULL,
	     NULL,
	     "Oracle Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250317145952/https://www.oracle.com/cloud/compute/gpu/pricing/, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2025-03-17", TC_HYPERSCALER, TC_ON_DEMAND, "Google Cloud", 11.06, "Iowa (us-central1)",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250317151647/https://cloud.google.com/compute/all-pricing?hl=ru, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2025-03-17", TC_HYPERSCALER, TC_1Y, "Google Cloud", 7.67, "Iowa (us-central1)",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250317151647/https://cloud.google.com/compute/all-pricing?hl=ru, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h100-sxm", "2025-03-17", TC_HYPERSCALER, TC_3Y, "Google Cloud", 4.86, "Iowa (us-central1)",
	     NULL,
	     "Google Cloud price per chip-hour, "
	     "https://web.archive.org/web/20250317151647/https://cloud.google.com/compute/all-pricing?hl=ru, "
	     "as recorded in [epoch-training-cost-trends-2024]", 'C'),
	RENT("h200-sxm", "2025-03-17", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 10.60, "East US",
	     NULL,
	     "AWS price per chip-hour, "
	     "https://web.archive.org/web/20250317144823/https://aws.amazon.com/ec2/pricing/on-demand/, "
	     "as recorded in [epoch-training-cost-trends-2024] ($84.80/8 = 10.6 US$)", 'C'),

	/* ---- rentals, 2024-2026 press and index summaries (S) -------------- */
	RENT("h100-sxm", "2024-10", TC_INDEX, TC_ON_DEMAND, "SemiAnalysis rental index", 2.99, NULL,
	     "H100 SXM on demand", "SemiAnalysis index as summarised [h100-market-2026]", 'S'),
	RENT("h100-sxm", "2025-10", TC_INDEX, TC_1Y, "SemiAnalysis rental index", 1.70, NULL,
	     "the cycle low; a contract price", "SemiAnalysis index as summarised [h100-market-2026]; "
	     "https://compux.net/docs/guides/gpu-pricing-trends-2026 [compux-gpu-pricing-2026]", 'S'),
	RENT("h100-sxm", "2026-03", TC_INDEX, TC_1Y, "SemiAnalysis rental index", 2.35, NULL,
	     "up 40% from the October 2025 low", "SemiAnalysis index as summarised [h100-market-2026] and "
	     "[compux-gpu-pricing-2026]", 'S'),
	RENT("h100-sxm", "2026-01-15", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 10.08, NULL,
	     "p5.48xlarge cut from $98.32 to $80.62 per hour on 15 Jan 2026",
	     "D: [digiteria-gpu-pricing-2026]: $80.62 per 8-GPU hour / 8 = $10.08", 'D'),
	RENT("h100-sxm", "2026-03", TC_HYPERSCALER, TC_ON_DEMAND, "AWS", 6.88, NULL,
	     "top of the early-2026 range", "[compux-gpu-pricing-2026]: '$1.47 on peer-to-peer "
	     "marketplaces to $6.88 on AWS on-demand'", 'S'),
	RENT("h100-sxm", "2026-03", TC_MARKETPLACE, TC_ON_DEMAND, "peer-to-peer marketplaces", 1.47, NULL,
	     "bottom of the early-2026 range", "[compux-gpu-pricing-2026]", 'S'),
	RENT("h100-sxm", "2026-05", TC_HYPERSCALER, TC_ON_DEMAND, "hyperscalers (low end)", 3.50, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("h100-sxm", "2026-05", TC_HYPERSCALER, TC_ON_DEMAND, "hyperscalers (high end)", 5.00, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("h100-sxm", "2026-05", TC_SPECIALISED, TC_ON_DEMAND, "specialty clouds (low end)", 2.50, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("h100-sxm", "2026-05", TC_SPECIALISED, TC_ON_DEMAND, "specialty clouds (high end)", 3.50, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("h100-sxm", "2026-05", TC_MARKETPLACE, TC_ON_DEMAND, "long-tail providers (low end)", 1.99, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("h100-sxm", "2026-05", TC_MARKETPLACE, TC_ON_DEMAND, "long-tail providers (high end)", 2.50, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("h100-sxm", "2026-12", TC_SPECIALISED, TC_ON_DEMAND, "CoreWeave", 2.23, NULL,
	     "dated only by its year (2026)", "[gridstackhub-gpu-pricing-2026]", 'S'),
	RENT("h100-sxm", "2026-12", TC_SPECIALISED, TC_1Y, "CoreWeave", 1.79, NULL,
	     "dated only by its year (2026)", "[gridstackhub-gpu-pricing-2026]", 'S'),
	RENT("h100-sxm", "2026-12", TC_MARKETPLACE, TC_SPOT, "Vast.ai", 1.49, NULL,
	     "typical, not guaranteed; dated only by its year (2026)", "[gridstackhub-gpu-pricing-2026]", 'S'),
	RENT("a100-80gb", "2026-05", TC_HYPERSCALER, TC_ON_DEMAND, "hyperscalers (low end)", 1.50, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("a100-80gb", "2026-05", TC_HYPERSCALER, TC_ON_DEMAND, "hyperscalers (high end)", 3.00, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("a100-80gb", "2026-05", TC_SPECIALISED, TC_ON_DEMAND, "specialty clouds (low end)", 1.10, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("a100-80gb", "2026-05", TC_SPECIALISED, TC_ON_DEMAND, "specialty clouds (high end)", 1.50, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("a100-80gb", "2026-05", TC_MARKETPLACE, TC_ON_DEMAND, "long-tail providers (low end)", 0.80, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("a100-80gb", "2026-05", TC_MARKETPLACE, TC_ON_DEMAND, "long-tail providers (high end)", 1.10, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("h200-sxm", "2026-05", TC_HYPERSCALER, TC_ON_DEMAND, "hyperscalers (low end)", 4.50, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("h200-sxm", "2026-05", TC_HYPERSCALER, TC_ON_DEMAND, "hyperscalers (high end)", 7.00, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("h200-sxm", "2026-05", TC_SPECIALISED, TC_ON_DEMAND, "specialty clouds (low end)", 3.50, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("h200-sxm", "2026-05", TC_SPECIALISED, TC_ON_DEMAND, "specialty clouds (high end)", 4.50, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("h200-sxm", "2026-05", TC_MARKETPLACE, TC_ON_DEMAND, "long-tail providers (low end)", 2.50, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("h200-sxm", "2026-05", TC_MARKETPLACE, TC_ON_DEMAND, "long-tail providers (high end)", 3.50, NULL,
	     NULL, TIERS_2026, 'S'),
	RENT("b200", "2026-03-17", TC_SPECIALISED, TC_ON_DEMAND, "Spheron", 6.03, NULL, NULL,
	     "https://www.spheron.network/blog/nvidia-h200-vs-b200-vs-gb200 (prices as of 17 March 2026) "
	     "[spheron-gpu-pricing-2026]", 'S'),
	RENT("b200", "2026-03-19", TC_SPECIALISED, TC_SPOT, "Spheron", 2.25, NULL, NULL,
	     "https://www.spheron.network/blog/nvidia-b200-complete-guide [spheron-gpu-pricing-2026]", 'S'),
	RENT("b200", "2026-03-11", TC_SPECIALISED, TC_ON_DEMAND, "specialised clouds (low end)", 4.50, NULL,
	     "the article also gives spot from $2.25", "https://lyceum.technology/magazine/nvidia-b200-gpu-cloud-"
	     "pricing-2026/ [lyceum-b200-pricing-2026]", 'S'),
	RENT("b200", "2026-03-11", TC_SPECIALISED, TC_ON_DEMAND, "specialised clouds (high end)", 6.00, NULL, NULL,
	     "https://lyceum.technology/magazine/nvidia-b200-gpu-cloud-pricing-2026/ [lyceum-b200-pricing-2026]", 'S'),
	RENT("b200", "2026-06", TC_SPECIALISED, TC_ON_DEMAND, "packet.ai", 3.75, NULL,
	     "its own claim: the lowest of 26 providers tracked", "https://packet.ai/blog/gpu-pricing-models-compared "
	     "[packet-gpu-pricing-2026]", 'S'),
	RENT("b200", "2026-06", TC_HYPERSCALER, TC_ON_DEMAND, "AWS (low end)", 8.00, NULL,
	     "the range is given for H200 and B200 together", "https://packet.ai/blog/gpu-pricing-models-compared: "
	     "'AWS hyperscale rates run $8.00-$14.24/hr for H200 and B200' [packet-gpu-pricing-2026]", 'S'),
	RENT("b200", "2026-06", TC_HYPERSCALER, TC_ON_DEMAND, "AWS (high end)", 14.24, NULL,
	     "the range is given for H200 and B200 together", "https://packet.ai/blog/gpu-pricing-models-compared "
	     "[packet-gpu-pricing-2026]", 'S'),
	RENT("h200-sxm", "2026-03-17", TC_SPECIALISED, TC_ON_DEMAND, "Spheron", 4.54, NULL, NULL,
	     "https://www.spheron.network/blog/nvidia-h200-vs-b200-vs-gb200 [spheron-gpu-pricing-2026]", 'S'),
	RENT("gb200", "2026-03-17", TC_SPECIALISED, TC_ON_DEMAND, "Spheron", 4.54, NULL,
	     "a GB200 superchip (one Grace CPU, two Blackwell GPUs) rents at $9.08",
	     "D: https://www.spheron.network/blog/nvidia-h200-vs-b200-vs-gb200 [spheron-gpu-pricing-2026]: "
	     "$9.08 per superchip / 2 GPUs = $4.54", 'D'),
	RENT("h800-sxm", "2024-12", TC_INDEX, TC_ON_DEMAND, "DeepSeek's assumption", 2.00, NULL,
	     "an assumed rental price, not a listing",
	     "DeepSeek-V3 technical report, Table 1: 'assuming the rental price of H800 is $2 per GPU hour' "
	     "[deepseek-v3-report-2024]", 'P'),

	/* ---- purchases per GPU ---------------------------------------------- */
	BUY("a100-40gb", "2020-05-21", TC_RESELLER, TC_SCOPE_SERVER, "NVIDIA (DGX A100)", 24875, NULL,
	    "DGX A100 release price $199,000 / 8, https://nvidianews.nvidia.com (archived) as recorded in "
	    "[epoch-training-cost-trends-2024]", 'C'),
	BUY("a100-40gb", "2020-07-01", TC_RESELLER, TC_SCOPE_CHIP, "NVIDIA list price", 15000, NULL,
	    "single-unit list price, https://www.nextplatform.com/2022/05/09/how-much-of-a-premium-will-"
	    "nvidia-charge-for-hopper-gpus/ as recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("a100-40gb", "2022-07-01", TC_RESELLER, TC_SCOPE_CHIP, "NVIDIA list price", 12500, NULL,
	    "single-unit list price, NextPlatform (same article) as recorded in "
	    "[epoch-training-cost-trends-2024]", 'C'),
	BUY("a100-80gb", "2020-07-01", TC_RESELLER, TC_SCOPE_CHIP, "NVIDIA list price", 17500, NULL,
	    "single-unit list price, NextPlatform as recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("a100-80gb", "2022-01-20", TC_RESELLER, TC_SCOPE_SERVER, "Dihuni", 20875, "DGX A100-comparable server",
	    "https://www.dihuni.com (archived 2022-01-20), 8 GPUs / 8, as recorded in "
	    "[epoch-training-cost-trends-2024]", 'C'),
	BUY("a100-80gb", "2023-09-23", TC_RESELLER, TC_SCOPE_SERVER, "Dihuni", 18548.75, "HGX A100 server",
	    "https://www.dihuni.com (archived 2023-09-23), 8 GPUs / 8, as recorded in "
	    "[epoch-training-cost-trends-2024]", 'C'),
	BUY("a100-80gb", "2025-03-04", TC_RESELLER, TC_SCOPE_BOARD, "Anafra", 17348.56, "HGX 8-GPU baseboard",
	    "https://anafrashop.com (archived 2025-03-04): $138,788.44 / 8, as recorded in "
	    "[epoch-training-cost-trends-2024]", 'C'),
	BUY("a100-80gb", "2025-03-04", TC_RESELLER, TC_SCOPE_CHIP, "SignalPulse", 17499, NULL,
	    "https://signalpulse.com (archived 2025-03-04) as recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("h100-sxm", "2022-09-29", TC_RESELLER, TC_SCOPE_SERVER, "Delta Computer", 44489.88, D14N,
	    "https://www.deltacomputer.com/nvidia-dgx-h100-640gb.html (archived 2022-09-29): EUR 369,855.51 "
	    "/ 8, as recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("h100-sxm", "2023-05-29", TC_RESELLER, TC_SCOPE_SERVER, "NVIDIA (DGX H100)", 33750, NULL,
	    "SemiAnalysis, 'AI server cost analysis': 'Nvidia sells DGX H100's at around $270,000' / 8, as "
	    "recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("h100-sxm", "2023-09-06", TC_RESELLER, TC_SCOPE_BOARD, "reseller price history", 31119.50,
	    "8-GPU HGX, $248,956", "https://archive.ph/D6Dub as recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("h100-sxm", "2023-12-11", TC_RESELLER, TC_SCOPE_SERVER, "Delta Computer", 41197.50, D14N,
	    "https://www.deltacomputer.com/nvidia-dgx-h100-640gb.html (archived 2023-12-11): EUR 306,403.66 "
	    "/ 8, as recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("h100-sxm", "2024-02-21", TC_RESELLER, TC_SCOPE_BOARD, "reseller price history", 33810,
	    "8-GPU HGX, $270,480", "https://archive.ph/D6Dub as recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("h100-sxm", "2024-03-21", TC_RESELLER, TC_SCOPE_SERVER, "Dihuni", 37080.50,
	    "Supermicro 8125GS-TNHR, HGX 8 GPUs", "https://www.dihuni.com (archived 2024-03-21) / 8, as "
	    "recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("h100-sxm", "2024-07-31", TC_RESELLER, TC_SCOPE_BOARD, "reseller price history", 36017.75,
	    "8-GPU HGX, $288,142", "https://archive.ph/D6Dub as recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("h100-sxm", "2025-01-31", TC_RESELLER, TC_SCOPE_BOARD, "reseller", 31904.63, "HGX, 8 GPUs",
	    "https://archive.ph/miFcW as recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("h100-sxm", "2025-03-03", TC_RESELLER, TC_SCOPE_CHIP, "Uvation marketplace", 31250, NULL,
	    "https://marketplace.uvation.com (archived 2025-03-03) as recorded in "
	    "[epoch-training-cost-trends-2024]", 'C'),
	BUY("h100-sxm", "2025-03-03", TC_RESELLER, TC_SCOPE_SERVER, "Vipera Tech", 46875, "DGX H100",
	    "https://viperatech.com (archived 2025-03-03): $375,000 / 8, as recorded in "
	    "[epoch-training-cost-trends-2024]", 'C'),
	BUY("h100-pcie", "2025-03-03", TC_RESELLER, TC_SCOPE_CHIP, "Uvation marketplace", 24500, NULL,
	    "https://marketplace.uvation.com (archived 2025-03-03) as recorded in "
	    "[epoch-training-cost-trends-2024]", 'C'),
	BUY("h800-sxm", "2025-09-19", TC_RESELLER, TC_SCOPE_SERVER, "press estimate", 24900,
	    "the 256 8-GPU servers that trained DeepSeek-V3",
	    "D: over $51M for 256 servers [register-deepseek-cost-2025]; $51M / 2,048 GPUs = $24,900", 'D'),
	BUY("h200-sxm", "2024-03-27", TC_RESELLER, TC_SCOPE_BOARD, "Anafra", 33820.65, "8-GPU baseboard, $270,565",
	    "https://anafrashop.com price history (archived 2025-03-10) as recorded in "
	    "[epoch-training-cost-trends-2024]", 'C'),
	BUY("h200-sxm", "2025-01-31", TC_RESELLER, TC_SCOPE_BOARD, "reseller", 39083.38, "HGX, 8 GPUs, on sale",
	    "https://archive.ph/TxlLv as recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("b200", "2024-12-17", TC_RESELLER, TC_SCOPE_SERVER, "Delta Computer", 47409.13, "DGX B200, 8 GPUs; "
	    "euro price converted", "https://www.deltacomputer.com/nvidia-dgx-b200-1440gb.html (archived "
	    "2024-12-17) / 8, as recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("mi300x", "2025-02-10", TC_RESELLER, TC_SCOPE_BOARD, "Interpro Micro", 25733.71, "8-GPU OAM UBB",
	    "https://www.interpromicro.com (archived 2025-02-10) / 8, as recorded in "
	    "[epoch-training-cost-trends-2024]", 'C'),
	BUY("tpu-v4", "2021-05-20", TC_INDEX, TC_SCOPE_CHIP, "Epoch AI estimate", 5176,
	    "Google's own unit cost, not a sale price", "Table 3 [cottier-rising-costs-2024]", 'C'),
	BUY("tpu-v5e", "2023-08-15", TC_INDEX, TC_SCOPE_CHIP, "Epoch AI estimate", 1781,
	    "geometric mean of manufacturing cost and an equivalent GPU's price; no server",
	    "Epoch AI estimate as recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("tpu-v5p", "2023-12-06", TC_INDEX, TC_SCOPE_CHIP, "Epoch AI estimate", 3694,
	    "geometric mean of manufacturing cost and an equivalent GPU's price; no server",
	    "Epoch AI estimate as recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("tpu-v6e", "2024-05-15", TC_INDEX, TC_SCOPE_CHIP, "Epoch AI estimate", 6518,
	    "geometric mean of manufacturing cost and an equivalent GPU's price; no server",
	    "Epoch AI estimate as recorded in [epoch-training-cost-trends-2024]", 'C'),
	BUY("gaudi3", "2024-12", TC_RESELLER, TC_SCOPE_BOARD, "Intel kit price", 15625, "kit of eight on a baseboard",
	    "D: Intel's $125,000 for eight Gaudi 3 (reported by y-ic.de) [gaudi3-announcement-2024]; / 8", 'D'),
};

#define NPRICES ((int)(sizeof prices / sizeof prices[0]))

static const char *const class_names[TC_NCLASS] = {
	"hyperscaler", "specialised", "marketplace", "index", "reseller"
};
static const char *const commitment_names[TC_NCOMMIT] = { "on-demand", "1-year", "3-year", "spot" };
static const char *const scope_names[TC_NSCOPE] = { "chip", "board", "server" };

int tc_price_count(void)
{
	return NPRICES;
}

const tc_price *tc_price_at(int i)
{
	return (i >= 0 && i < NPRICES) ? &prices[i] : NULL;
}

const char *tc_price_class_name(int c)
{
	return (c >= 0 && c < TC_NCLASS) ? class_names[c] : NULL;
}

const char *tc_commitment_name(int c)
{
	return (c >= 0 && c < TC_NCOMMIT) ? commitment_names[c] : NULL;
}

const char *tc_scope_name(int s)
{
	return (s >= 0 && s < TC_NSCOPE) ? scope_names[s] : NULL;
}
