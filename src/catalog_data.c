/* catalog_data.c: the accelerator table itself; lookups are in catalog.c.
 *
 * Conventions, checked by tests/c/test_catalog.c:
 * - TFLOPS are DENSE peaks. NVIDIA pages list tensor formats with 2:4
 *   sparsity, exactly twice the dense figure; those are halved here and the
 *   vendor's sparse figure is kept in .sparse, shown as such and never used
 *   for sizing. FP64 is the vector (FMA) peak and FP64 tensor the matrix
 *   peak, kept apart; FP32 is the plain vector peak (TF32 is its own column).
 * - Absent figures are NAN (year 0) and have no source. Every present
 *   figure group has a source, a date and a status letter (P primary, C
 *   verbatim copy, S secondary, D derived here; see docs/sources.md). A
 *   source string carries a URL or cites an entry of docs/sources.md as
 *   [key] (tests/cli/sources.sh checks both).
 * - Dates: for a specification, the datasheet's date or else the
 *   announcement's; for a price, when it was quoted; a figure known only by
 *   its year is dated December of that year.
 * - price_includes_server marks prices that are a whole server's cost per
 *   GPU: do not multiply those by a chip-to-server factor again. */
#include "catalog.h"

#include <math.h>

#define NA NAN
/* TFLOPS in precision order: fp64 (vector), fp64 tensor, fp32, tf32, bf16,
 * fp16, fp8, fp4. */
#define TF(f64, f64t, f32, t32, b16, f16, f8, f4) { f64, f64t, f32, t32, b16, f16, f8, f4 }
/* No sparse figure published (or not read). */
#define NOSPARSE TF(NA, NA, NA, NA, NA, NA, NA, NA)

#define A100_SHEET "NVIDIA A100 datasheet (nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf) " \
	"as tabulated at https://glennklockwood.com/garden/processors/A100 [nvidia-a100-datasheet-2020]"
#define H100_SHEET "NVIDIA H100 datasheet, copy at " \
	"https://archive-lib.hpctech.co.jp/gpuproduct/nvidia-h100.html"
#define H100_PAGE "NVIDIA H100 product page [nvidia-h100-product-page-2022]"
#define H200_PAGE "NVIDIA H200 product page [nvidia-h200-product-page-2023]"
#define H800_3RD "No NVIDIA datasheet; third-party listings " \
	"(aiwiki.ai/wiki/nvidia_h800; Reuters via sherwood.news) [h800-third-party-2023]"
#define H20_3RD "No NVIDIA datasheet; third-party: willitrunai.com, zangshuxian.com " \
	"[h20-third-party-2025] and a compiled table [accelerator-spec-compilation-2025]"
#define B200_GK "NVIDIA Blackwell datasheet values as tabulated at " \
	"https://glennklockwood.com/garden/processors/B200 and a compiled table " \
	"[accelerator-spec-compilation-2025]"
#define MI300X_SRC "AMD product page per a compiled table; MLCommons system JSON " \
	"'MI300X-192GB-750W' [amd-mi300x-specs-2023]"
#define MI325X_SRC "awesomeagents.ai, yobitel.com, aiwiki.ai (AMD page not retrieved) [mi325x-third-party-2024]"
#define TPUV4_DOC "https://docs.cloud.google.com/tpu/docs/v4"
#define TPUV5E_DOC "https://docs.cloud.google.com/tpu/docs/v5e"
#define TPUV5P_DOC "https://cloud.google.com/tpu/docs/v5p-training"
#define ASCEND_3RD "boardor.com, oryoy.com (no Huawei datasheet found) [ascend-910b-third-party-2023]"
#define GAUDI3_HC "Roman Kaplan (Intel), 'Intel Gaudi 3 AI Accelerator: Architected for Gen AI " \
	"Training and Inference', Hot Chips 2024 slides, copy at https://www.sgpjbg.com/baogao/465025.html"

const tc_accel tc_catalog_data[] = {
	{
		.name = "A100 SXM 40GB", .key = "a100-40gb",
		.aliases = {"A100 40GB", "A100-SXM4-40GB", "A100 SXM4 40GB"},
		.vendor = "NVIDIA", .year = 2020,
		.memory_gb = 40, .memory_bw_gbs = 1555, .link_gbs = 600, .tdp_w = 400,
		.tflops = TF(9.7, 19.5, 19.5, 156, 312, 312, NA, NA),
		.sparse = TF(NA, NA, NA, 312, 624, 624, NA, NA),
		.price_usd = 15000, .price_includes_server = 0,
		.rent_usd_per_hour = 4.10,
		.embodied_kg = 13.216,
		.note = "No FP8. Rent is AWS p4d on-demand; 1-year $2.40, 3-year $1.45 per GPU-hour "
			"[epoch-training-cost-trends-2024]. DGX A100 at launch: $199,000 = $24,875 per GPU with the "
			"server [epoch-training-cost-trends-2024].",
		.src = {
			[TC_FIG_YEAR] = {"Launched at NVIDIA GTC 2020, 14 May 2020 (compiled table) [accelerator-spec-compilation-2025]",
			                 "2020-05-14", 'S'},
			[TC_FIG_MEMORY] = {A100_SHEET, "2020-05", 'S'},
			[TC_FIG_BANDWIDTH] = {A100_SHEET, "2020-05", 'S'},
			[TC_FIG_LINK] = {A100_SHEET " (NVLink 3)", "2020-05", 'S'},
			[TC_FIG_TDP] = {A100_SHEET, "2020-05", 'S'},
			[TC_FIG_TFLOPS] = {A100_SHEET ": FP64 9.7, FP64 Tensor 19.5, FP32 19.5, TF32 156, "
			                   "BF16/FP16 312 dense (sparse: TF32 312, BF16/FP16 624)",
			                   "2020-05", 'S'},
			[TC_FIG_PRICE] = {"A100 single-unit list price $15,000 (NextPlatform, 2020), in Epoch AI "
			                  "training-cost-trends data/Hardware prices.csv [epoch-training-cost-trends-2024]", "2020-12", 'C'},
			[TC_FIG_RENT] = {"AWS p4d on-demand $4.10 per A100-hour, Epoch hardware-price CSV from "
			                 "web.archive.org of aws.amazon.com/ec2/instance-types/p4 [epoch-training-cost-trends-2024]",
			                 "2022-12", 'C'},
			[TC_FIG_EMBODIED] = {"D: LLMCarbon's method [llmcarbon-2023]: die area × carbon per area; GA100 826 mm^2 "
			                     "(https://preview.methodology.scope3.com/nvidia_a100) × 1.6 kg CO2/cm^2 for TSMC 7 nm "
			                     "(LLMCarbon's TPU v4 row) = 13.2 kg, the chip alone", "2023-09", 'D'},
		},
	},
	{
		.name = "A100 SXM 80GB", .key = "a100-80gb",
		.aliases = {"A100", "A100 80GB", "A100-SXM4-80GB", "A100 SXM4 80GB"},
		.vendor = "NVIDIA", .year = 2020,
		.memory_gb = 80, .memory_bw_gbs = 2039, .link_gbs = 600, .tdp_w = 400,
		.tflops = TF(9.7, 19.5, 19.5, 156, 312, 312, NA, NA),
		.sparse = TF(NA, NA, NA, 312, 624, 624, NA, NA),
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = 5.12,
		.embodied_kg = 13.216,
		.note = "No FP8. Same compute as the 40GB part. Rent is AWS p4de on-demand; 1-year $3.00, "
			"3-year $1.81 per GPU-hour [epoch-training-cost-trends-2024].",
		.src = {
			[TC_FIG_YEAR] = {"A100 SXM4 80 GB released 16 Nov 2020 (Lambda LLM calculator gpu_specs.csv, "
			                 "https://huggingface.co/spaces/lambdabrendan/Lambda-LLM-Calculator)", "2020-11-16", 'S'},
			[TC_FIG_MEMORY] = {A100_SHEET, "2020-11", 'S'},
			[TC_FIG_BANDWIDTH] = {A100_SHEET, "2020-11", 'S'},
			[TC_FIG_LINK] = {A100_SHEET " (NVLink 3)", "2020-11", 'S'},
			[TC_FIG_TDP] = {A100_SHEET, "2020-11", 'S'},
			[TC_FIG_TFLOPS] = {A100_SHEET ": FP64 9.7, FP64 Tensor 19.5, FP32 19.5, TF32 156, "
			                   "BF16/FP16 312 dense (sparse: TF32 312, BF16/FP16 624)",
			                   "2020-11", 'S'},
			[TC_FIG_RENT] = {"AWS p4de on-demand $5.12 per A100 80GB-hour, Epoch hardware-price CSV "
			                 "[epoch-training-cost-trends-2024]", "2022-12", 'C'},
			[TC_FIG_EMBODIED] = {"D: LLMCarbon's method [llmcarbon-2023]: die area × carbon per area; GA100 826 mm^2 "
			                     "(https://preview.methodology.scope3.com/nvidia_a100) × 1.6 kg CO2/cm^2 for TSMC 7 nm "
			                     "(LLMCarbon's TPU v4 row) = 13.2 kg, the chip alone", "2023-09", 'D'},
		},
	},
	{
		.name = "H100 SXM", .key = "h100-sxm",
		.aliases = {"H100", "H100 SXM5", "H100 80GB", "H100-SXM5-80GB"},
		.vendor = "NVIDIA", .year = 2022,
		.memory_gb = 80, .memory_bw_gbs = 3350, .link_gbs = 900, .tdp_w = 700,
		.tflops = TF(34, 67, 67, 494.5, 989, 989, 1979, NA),
		.sparse = TF(NA, NA, NA, 989, 1979, 1979, 3958, NA),
		.price_usd = 33750, .price_includes_server = 1,
		.rent_usd_per_hour = 3.49,
		.embodied_kg = 14.652,
		.note = "Price is a DGX H100 divided by 8, server included; the card alone was quoted at "
			"$25k-40k (S) [h100-market-2026]. Rent: 2023 peak $7-12+, about $2-3 in 2024-26 "
			"(S) [h100-market-2026]; dated observations by tier: tcost hw H100 --prices. The $1.99 "
			"once given here was a June 2023 one-GPU Lambda listing, most likely the PCIe card "
			"(Lambda then listed SXM5 at $3.49): it is filed under H100 PCIe.",
		.src = {
			[TC_FIG_YEAR] = {"Announced 22 Mar 2022 (compiled table citing NVIDIA news) [accelerator-spec-compilation-2025]",
			                 "2022-03-22", 'S'},
			[TC_FIG_MEMORY] = {H100_PAGE, "2022-03", 'P'},
			[TC_FIG_BANDWIDTH] = {H100_PAGE, "2022-03", 'P'},
			[TC_FIG_LINK] = {H100_PAGE " (NVLink 4)", "2022-03", 'P'},
			[TC_FIG_TDP] = {H100_PAGE " ('up to 700W')", "2022-03", 'P'},
			[TC_FIG_TFLOPS] = {H100_SHEET ", sparse figures halved: FP64 34, FP64 Tensor 67, FP32 67, "
			                   "TF32 494.5, BF16/FP16 989, FP8 1979 (BF16 and FP8 also in "
			                   "[nvidia-h100-product-page-2022])", "2022-03", 'C'},
			[TC_FIG_PRICE] = {"SemiAnalysis, 'AI server cost analysis' (May 2023): DGX H100 about $270,000; "
			                  "/ 8 = $33,750 per GPU with the server (Epoch hardware-price CSV) [epoch-training-cost-trends-2024]",
			                  "2023-05", 'C'},
			[TC_FIG_RENT] = {"Lambda Labs on-demand H100 SXM (80GB) $3.49 per GPU-hour (27.92 for 8x), "
			                 "https://lambdalabs.com/service/gpu-cloud as recorded in "
			                 "[epoch-training-cost-trends-2024]", "2024-01-29", 'C'},
			[TC_FIG_EMBODIED] = {"LLMCarbon's hardware table [llmcarbon-2023]: H100, TSMC 4 nm, 814 mm^2 × 1.8 kg "
			                     "CO2/cm^2 = 14.652 kg CO2e, the chip alone", "2023-09", 'C'},
		},
	},
	{
		.name = "H100 PCIe", .key = "h100-pcie",
		.aliases = {"H100 PCIe", "H100-PCIE-80GB", "H100 PCIe 80GB"},
		.vendor = "NVIDIA", .year = 2022,
		.memory_gb = 80, .memory_bw_gbs = 2000, .link_gbs = 600, .tdp_w = 350,
		.tflops = TF(26, 51, 51, 378, 756.5, 756.5, 1513, NA),
		.sparse = TF(NA, NA, NA, 756, 1513, 1513, 3026, NA),
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = 2.49,
		.embodied_kg = 14.652,
		.note = "HBM2e, not HBM3. The datasheet gives 300-350 W; 350 W is the product brief's maximum. "
			"Link is the NVLink bridge; PCIe Gen5 gives 128 GB/s. Lambda's $1.99 one-GPU H100 "
			"listing of June 2023 is filed here (tcost hw h100-pcie --prices).",
		.src = {
			[TC_FIG_YEAR] = {"NVIDIA H100 PCIe, March 2022 (https://gpu.blog/gpus/nvidia-h100-pcie; "
			                 "https://cputronic.com/de/gpu/nvidia-h100-pcie)", "2022-03", 'S'},
			[TC_FIG_MEMORY] = {H100_SHEET, "2022-03", 'C'},
			[TC_FIG_BANDWIDTH] = {H100_SHEET, "2022-03", 'C'},
			[TC_FIG_LINK] = {H100_SHEET " (NVLink bridge)", "2022-03", 'C'},
			[TC_FIG_TDP] = {"NVIDIA H100 PCIe product brief PB-11133-001_v02: maximum TDP 350 W "
			                "(copy at https://manuals.plus)", "2022-11-30", 'C'},
			[TC_FIG_TFLOPS] = {H100_SHEET ", sparse figures halved: FP64 26, FP64 Tensor 51, FP32 51, "
			                   "TF32 378, BF16/FP16 756.5, FP8 1513", "2022-03", 'C'},
			[TC_FIG_RENT] = {"Lambda Labs on-demand H100 PCIe $2.49 per GPU-hour, "
			                 "https://lambdalabs.com/service/gpu-cloud as recorded in "
			                 "[epoch-training-cost-trends-2024]", "2024-01-29", 'C'},
			[TC_FIG_EMBODIED] = {"D: the H100's GH100 die (814 mm^2, TSMC 4 nm) × 1.8 kg CO2/cm^2 = 14.652 kg, as "
			                     "LLMCarbon's hardware table gives for H100 [llmcarbon-2023]; the chip alone", "2023-09", 'D'},
		},
	},
	{
		.name = "H800 SXM", .key = "h800-sxm",
		.aliases = {"H800", "H800 SXM5", "H800 80GB"},
		.vendor = "NVIDIA", .year = 2023,
		.memory_gb = 80, .memory_bw_gbs = 3350, .link_gbs = 400, .tdp_w = 700,
		.tflops = TF(1, NA, NA, NA, 989, NA, 1979, NA),
		.sparse = TF(NA, NA, NA, NA, 1979, NA, 3958, NA),
		.price_usd = 24900, .price_includes_server = 1,
		.rent_usd_per_hour = 2.00,
		.embodied_kg = 14.652,
		.note = "No official NVIDIA datasheet: specifications are third-party. Listings give H100 SXM "
			"compute with FP64 cut to about 1 TFLOPS and NVLink at 400 GB/s against 900 (Reuters: "
			"'about half'). DeepSeek-V3 quotes 160 GB/s achievable NVLink and 50 GB/s InfiniBand. "
			"The price is a press estimate for whole servers divided per GPU; no list price was found.",
		.src = {
			[TC_FIG_YEAR] = {"On sale 21 Mar 2023, export-banned 17 Oct 2023 (aiwiki.ai/wiki/nvidia_h800) "
			                 "[aiwiki-accelerators-2025]", "2023-03-21", 'S'},
			[TC_FIG_MEMORY] = {H800_3RD, "2023-03", 'S'},
			[TC_FIG_BANDWIDTH] = {H800_3RD, "2023-03", 'S'},
			[TC_FIG_LINK] = {H800_3RD, "2023-03", 'S'},
			[TC_FIG_TDP] = {H800_3RD " ('~700 W')", "2023-03", 'S'},
			[TC_FIG_TFLOPS] = {H800_3RD ": BF16 989 and FP8 1979 dense as H100 SXM (sparse 1979 "
			                   "and 3958); FP64 about 1 (vector or tensor not stated)",
			                   "2023-03", 'S'},
			[TC_FIG_PRICE] = {"D: The Register, 19 Sep 2025, https://www.theregister.com/2025/09/19/"
			                  "deepseek_cost_train/: over $51M for the 256 8-GPU servers that trained "
			                  "DeepSeek-V3; $51M / 2,048 GPUs = $24,900 per GPU with the server [register-deepseek-cost-2025]",
			                  "2025-09-19", 'D'},
			[TC_FIG_RENT] = {"DeepSeek-V3 technical report, arXiv 2412.19437, Table 1: 'assuming the rental "
			                 "price of H800 is $2 per GPU hour' [deepseek-v3-report-2024]", "2024-12", 'P'},
			[TC_FIG_EMBODIED] = {"D: the H100's GH100 die (814 mm^2, TSMC 4 nm) × 1.8 kg CO2/cm^2 = 14.652 kg, as "
			                     "LLMCarbon's hardware table gives for H100 [llmcarbon-2023]; the chip alone", "2023-09", 'D'},
		},
	},
	{
		.name = "H20", .key = "h20",
		.aliases = {"H20 96GB", "H20 HGX"},
		.vendor = "NVIDIA", .year = 2024,
		.memory_gb = 96, .memory_bw_gbs = 4000, .link_gbs = 900, .tdp_w = 400,
		.tflops = TF(NA, NA, NA, NA, 148, NA, 296, NA),
		.sparse = NOSPARSE,
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "Sold in China only; no official datasheet. A compiled table argues 148/296 are dense. "
			"A 141 GB HBM3e version exists. 8-GPU H20 servers: CNY 0.97M (96 GB) and CNY 1.20M (141 GB) "
			"incl. tax, Mar 2025 (S) [h20-third-party-2025].",
		.src = {
			[TC_FIG_YEAR] = {H20_3RD, "2024-12", 'S'},
			[TC_FIG_MEMORY] = {H20_3RD, "2024-12", 'S'},
			[TC_FIG_BANDWIDTH] = {H20_3RD, "2024-12", 'S'},
			[TC_FIG_LINK] = {H20_3RD, "2024-12", 'S'},
			[TC_FIG_TDP] = {H20_3RD, "2024-12", 'S'},
			[TC_FIG_TFLOPS] = {H20_3RD ": BF16 148, FP8 296", "2024-12", 'S'},
		},
	},
	{
		.name = "H200 SXM", .key = "h200-sxm",
		.aliases = {"H200", "H200 SXM5", "H200 141GB"},
		.vendor = "NVIDIA", .year = 2023,
		.memory_gb = 141, .memory_bw_gbs = 4800, .link_gbs = 900, .tdp_w = 700,
		.tflops = TF(NA, NA, NA, NA, 989, NA, 1979, NA),
		.sparse = TF(NA, NA, NA, NA, 1979, NA, 3958, NA),
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = 14.652,
		.note = "H100 compute with more and faster memory (HBM3e). FP64/FP32/TF32 not read from a source "
			"here. Rent tiers $2.50-7.00 per GPU-hour in May 2026 (S) [gpu-price-tiers-2026].",
		.src = {
			[TC_FIG_YEAR] = {"Announced at SC23, Nov 2023 [nvidia-h200-product-page-2023]", "2023-11", 'S'},
			[TC_FIG_MEMORY] = {H200_PAGE, "2023-11", 'P'},
			[TC_FIG_BANDWIDTH] = {H200_PAGE, "2023-11", 'P'},
			[TC_FIG_LINK] = {H200_PAGE " (NVLink 4)", "2023-11", 'P'},
			[TC_FIG_TDP] = {H200_PAGE " ('up to 700W')", "2023-11", 'P'},
			[TC_FIG_TFLOPS] = {H200_PAGE ", sparse figures halved: BF16 989, FP8 1979", "2023-11", 'P'},
			[TC_FIG_EMBODIED] = {"D: the H100's GH100 die (814 mm^2, TSMC 4 nm) × 1.8 kg CO2/cm^2 = 14.652 kg, as "
			                     "LLMCarbon's hardware table gives for H100 [llmcarbon-2023]; the chip alone", "2023-09", 'D'},
		},
	},
	{
		.name = "B200", .key = "b200",
		.aliases = {"HGX B200", "B200 SXM", "B200 180GB"},
		.vendor = "NVIDIA", .year = 2024,
		.memory_gb = 180, .memory_bw_gbs = 8000, .link_gbs = 1800, .tdp_w = 1000,
		.tflops = TF(40, 40, 80, 1100, 2250, 2250, 4500, 9000),
		.sparse = TF(NA, NA, NA, 2200, 4500, 4500, 9000, 18000),
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "HGX B200 at 1,000 W. Sources differ: memory 180 GB (HGX) or up to 192 GB, bandwidth "
			"7.7 or 8 TB/s; another listing gives FP64 37.5 and FP32 75 (hmc-tech.com), and "
			"[klockwood-b300-2025] quotes 37 TFLOPS FP64 for B200.",
		.src = {
			[TC_FIG_YEAR] = {"Announced at NVIDIA GTC, Mar 2024 (unverified) [accelerator-spec-compilation-2025]",
			                 "2024-03", 'S'},
			[TC_FIG_MEMORY] = {B200_GK, "2024-03", 'S'},
			[TC_FIG_BANDWIDTH] = {B200_GK, "2024-03", 'S'},
			[TC_FIG_LINK] = {B200_GK " (NVLink 5)", "2024-03", 'S'},
			[TC_FIG_TDP] = {B200_GK, "2024-03", 'S'},
			[TC_FIG_TFLOPS] = {B200_GK ", HGX variant at 1,000 W, dense: FP64 and FP64 Tensor 40, FP32 80, "
			                   "TF32 1100, BF16/FP16 2250, FP8 4500, FP4 9000 (sparse: twice the tensor "
			                   "figures)", "2024-03", 'S'},
		},
	},
	{
		.name = "GB200 (per GPU)", .key = "gb200",
		.aliases = {"GB200", "GB200 NVL72", "GB200 GPU"},
		.vendor = "NVIDIA", .year = 2024,
		.memory_gb = 186, .memory_bw_gbs = 8000, .link_gbs = 1800, .tdp_w = 1200,
		.tflops = TF(45, 45, 90, 1250, 2500, 2500, 5000, 10000),
		.sparse = TF(NA, NA, NA, 2500, 5000, 5000, 10000, 20000),
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "One Blackwell GPU of a GB200 superchip (two GPUs and one Grace CPU), as racked in NVL72 "
			"(72 GPUs per NVLink domain). Memory 186 GB per GPU (some say 192). The CPU's power and "
			"price are not included.",
		.src = {
			[TC_FIG_YEAR] = {"Announced with B200 at NVIDIA GTC, Mar 2024 (the compilation says 2024-25, "
			                 "unverified) [accelerator-spec-compilation-2025]", "2024-03", 'S'},
			[TC_FIG_MEMORY] = {"GB200 NVL72 rack values / 72 [accelerator-spec-compilation-2025]", "2024-03", 'S'},
			[TC_FIG_BANDWIDTH] = {"GB200 NVL72 rack values / 72 [accelerator-spec-compilation-2025]", "2024-03", 'S'},
			[TC_FIG_LINK] = {"NVLink 5, 1.8 TB/s per GPU, https://glennklockwood.com/garden/processors/B200", "2024-03", 'S'},
			[TC_FIG_TDP] = {"https://glennklockwood.com/garden/processors/B200: GB200 variant at 1,200 W", "2024-03", 'S'},
			[TC_FIG_TFLOPS] = {"https://glennklockwood.com/garden/processors/B200, GB200 variant at 1,200 W, "
			                   "dense: FP64 and FP64 Tensor 45, FP32 90, TF32 1250, BF16/FP16 2500, FP8 5000, "
			                   "FP4 10000 (sparse: twice the tensor figures). Conflict: some list "
			                   "2250/4500 dense BF16/FP8 for GB200 as for B200",
			                   "2024-03", 'S'},
		},
	},
	{
		.name = "B300 (HGX)", .key = "b300",
		.aliases = {"B300", "HGX B300", "B300 SXM", "Blackwell Ultra"},
		.vendor = "NVIDIA", .year = 2025,
		.memory_gb = 288, .memory_bw_gbs = 8000, .link_gbs = 1800, .tdp_w = 1100,
		.tflops = TF(1.25, 1.25, 75, 1125, 2250, 2250, 4500, 13125),
		.sparse = TF(NA, NA, NA, 2250, 4500, 4500, 9000, 18000),
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "Blackwell Ultra in an 8-GPU HGX board. FP64 is cut to 1.25 TFLOPS (B200: about 37-40). "
			"Sources differ: dense FP4 13,125 [klockwood-b300-2025] or 14,000 [verda-gb300-2025]; "
			"TF32 1,125 or 1,100; memory 288 GB or 270 GB (HGX, Verda); bandwidth 8 or 7.7 TB/s; "
			"TDP 1,100 W for HGX B300 [verda-gb300-2025], up to 1,400 W for the part "
			"[klockwood-b300-2025].",
		.src = {
			[TC_FIG_YEAR] = {"Announced at NVIDIA GTC, 18 Mar 2025; DGX B300 shipping from Jan 2026 "
			                 "(https://aiwiki.ai/wiki/nvidia_dgx_b300)", "2025-03-18", 'S'},
			[TC_FIG_MEMORY] = {"288 GB HBM3e, 8 stacks 12-high [klockwood-b300-2025]; HGX B300 NVL16 "
			                   "'up to 2.3 TB' for 8 GPUs [fibermall-hgx-b300-2025]", "2025-03", 'S'},
			[TC_FIG_BANDWIDTH] = {"8 TB/s (max) [klockwood-b300-2025]", "2025-03", 'S'},
			[TC_FIG_LINK] = {"NVLink 5, 1.8 TB/s GPU-to-GPU [fibermall-hgx-b300-2025]", "2025-03", 'S'},
			[TC_FIG_TDP] = {"Max TDP 1.1 kW for B300 (HGX) in the per-GPU table of [verda-gb300-2025]",
			                "2025-10", 'S'},
			[TC_FIG_TFLOPS] = {"HGX B300 per GPU, [klockwood-b300-2025]: FP64 (vector and matrix) 1.25, "
			                   "FP32 75, TF32 1125, BF16/FP16 2250, FP8 4500, FP4 13125 dense; sparse "
			                   "TF32 2250, BF16/FP16 4500, FP8 9000, FP4 18000", "2025-03", 'S'},
		},
	},
	{
		.name = "GB300 (per GPU)", .key = "gb300",
		.aliases = {"GB300", "GB300 NVL72", "GB300 GPU"},
		.vendor = "NVIDIA", .year = 2025,
		.memory_gb = 279, .memory_bw_gbs = 8000, .link_gbs = 1800, .tdp_w = 1400,
		.tflops = TF(NA, NA, 80, 1250, 2500, 2500, 5000, 15000),
		.sparse = TF(NA, NA, NA, 2500, 5000, 5000, 10000, 20000),
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "One Blackwell Ultra GPU of a GB300 NVL72 rack (72 GPUs, 36 Grace CPUs); the CPU's power "
			"and price are not included. Memory 279 GB per GPU (20 TB / 72); others say 288 GB. FP64 "
			"is 'essentially none' [klockwood-b300-2025]: no per-GPU figure was read, so it is left "
			"out. Rack: 1,080 PFLOPS dense FP4 = 15,000 per GPU.",
		.src = {
			[TC_FIG_YEAR] = {"Announced at NVIDIA GTC, 18 Mar 2025; first rack delivered Jul 2025 "
			                 "(https://aiwiki.ai/wiki/nvidia_gb300_nvl72)", "2025-03-18", 'S'},
			[TC_FIG_MEMORY] = {"Per-GPU table of [verda-gb300-2025]: 279 GB HBM3E", "2025-10", 'S'},
			[TC_FIG_BANDWIDTH] = {"Per-GPU table of [verda-gb300-2025]: 8 TB/s (rack 576 TB/s / 72)",
			                      "2025-10", 'S'},
			[TC_FIG_LINK] = {"NVLink 5, 1.8 TB/s per GPU [verda-gb300-2025]", "2025-10", 'S'},
			[TC_FIG_TDP] = {"Max TDP 1.4 kW per GPU [verda-gb300-2025]", "2025-10", 'S'},
			[TC_FIG_TFLOPS] = {"Per-GPU table without sparsity, [verda-gb300-2025]: FP32 80, TF32 1250, "
			                   "BF16/FP16 2500, FP8 5000, FP4 15000; sparse twice the tensor figures "
			                   "(rack FP4 1,440 PFLOPS sparse / 72 = 20,000)", "2025-10", 'S'},
		},
	},
	{
		.name = "AMD MI300X", .key = "mi300x",
		.aliases = {"MI300X", "Instinct MI300X", "AMD Instinct MI300X"},
		.vendor = "AMD", .year = 2023,
		.memory_gb = 192, .memory_bw_gbs = 5300, .link_gbs = 896, .tdp_w = 750,
		.tflops = TF(NA, NA, NA, NA, 1307.4, NA, 2614.9, NA),
		.sparse = TF(NA, NA, NA, NA, 2614.9, NA, 5229.8, NA),
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "AMD's own pages were not retrieved; figures are the widely repeated ones. Link: "
			"Infinity Fabric at 128 GB/s per link; the 896 GB/s aggregate (7 links) comes from one "
			"listing and is not verified.",
		.src = {
			[TC_FIG_YEAR] = {"Launched Dec 2023 [aiwiki-accelerators-2025]", "2023-12", 'S'},
			[TC_FIG_MEMORY] = {MI300X_SRC, "2023-12", 'S'},
			[TC_FIG_BANDWIDTH] = {MI300X_SRC, "2023-12", 'S'},
			[TC_FIG_LINK] = {"https://gpu.blog/gpus/instinct-mi300x-mi300x: Infinity Fabric 896 GB/s",
			                 "2025-01", 'S'},
			[TC_FIG_TDP] = {MI300X_SRC, "2023-12", 'S'},
			[TC_FIG_TFLOPS] = {MI300X_SRC ": BF16 1307.4, FP8 2614.9 dense (sparse 2614.9 and "
			                   "5229.8)", "2023-12", 'S'},
		},
	},
	{
		.name = "AMD MI325X", .key = "mi325x",
		.aliases = {"MI325X", "Instinct MI325X", "AMD Instinct MI325X"},
		.vendor = "AMD", .year = 2024,
		.memory_gb = 256, .memory_bw_gbs = 6000, .link_gbs = NA, .tdp_w = 1000,
		.tflops = TF(NA, NA, NA, NA, 1307.4, NA, 2614.9, NA),
		.sparse = NOSPARSE,
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "MI300X compute with HBM3E. AMD's official page was not retrieved. Cloud rent was reported "
			"at $2.00-2.25/h (awesomeagents.ai, undated) [mi325x-third-party-2024], not used as a reference.",
		.src = {
			[TC_FIG_YEAR] = {"Launched 10 Oct 2024 [aiwiki-accelerators-2025]", "2024-10-10", 'S'},
			[TC_FIG_MEMORY] = {MI325X_SRC, "2024-10", 'S'},
			[TC_FIG_BANDWIDTH] = {MI325X_SRC, "2024-10", 'S'},
			[TC_FIG_TDP] = {MI325X_SRC, "2024-10", 'S'},
			[TC_FIG_TFLOPS] = {MI325X_SRC ": BF16 1307.4, FP8 2614.9 dense", "2024-10", 'S'},
		},
	},
	{
		.name = "AMD MI355X", .key = "mi355x",
		.aliases = {"MI355X", "Instinct MI355X", "AMD Instinct MI355X"},
		.vendor = "AMD", .year = 2025,
		.memory_gb = 288, .memory_bw_gbs = 8000, .link_gbs = NA, .tdp_w = 1400,
		.tflops = TF(NA, NA, NA, NA, 2500, 2500, 5000, 10000),
		.sparse = NOSPARSE,
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "CDNA 4, liquid-cooled, 1,400 W (the MI350X is the 1,000 W air-cooled sibling). Status of "
			"BF16 (checked again Dec 2026): AMD's own datasheet is not in the copies searched, and no "
			"copy states AMD's dense BF16 figure, so 2,500 stays derived from FP8 at half rate as on "
			"every CDNA/Hopper/Blackwell part (D). FP8 5 PFLOPS is AMD's ISSCC 2026 figure as reported, "
			"and it agrees with AMD's per-CU rate: 8 XCDs x 32 CUs x 8,192 FP8 FLOPs per clock x "
			"2.4 GHz = 5,033 TFLOPS (D; the clock as reported at launch by "
			"https://www.svethardware.cz/amd-uvadi-akceleratory-instinct-mi350x-a-mi355x-s-288gb-pameti-hbm3e/61870). "
			"FP4 about 10 PFLOPS dense against the 20.1 PFLOPS maximum (with sparsity) AMD quotes for "
			"FP4/FP6 [tomshardware-mi355x-2025].",
		.src = {
			[TC_FIG_YEAR] = {"Announced at AMD Advancing AI, 12 Jun 2025; generally available Oct 2025 "
			                 "(https://aiwiki.ai/wiki/amd_instinct_mi355x)", "2025-06-12", 'S'},
			[TC_FIG_MEMORY] = {"288 GB HBM3E [tomshardware-mi355x-2025]", "2025-06", 'S'},
			[TC_FIG_BANDWIDTH] = {"Up to 8 TB/s [tomshardware-mi355x-2025]", "2025-06", 'S'},
			[TC_FIG_TDP] = {"Up to 1,400 W [tomshardware-mi355x-2025]", "2025-06", 'S'},
			[TC_FIG_TFLOPS] = {"FP8 'five petaflops' (AMD at ISSCC, 16 Feb 2026, as reported by "
			                   "https://www.world-today-news.com/?p=7253162); BF16/FP16 2500 = FP8 / 2 (D); "
			                   "FP4 about 10000 (https://yobitel.com/knowledge-base/amd-mi355x lists "
			                   "~10,000 FP4 matrix)", "2026-02-16", 'S'},
		},
	},
	{
		.name = "Google TPU v4", .key = "tpu-v4",
		.aliases = {"TPU v4", "TPUv4", "Cloud TPU v4"},
		.vendor = "Google", .year = 2021,
		.memory_gb = 32, .memory_bw_gbs = 1200, .link_gbs = NA, .tdp_w = 192,
		.tflops = TF(NA, NA, NA, NA, 275, NA, NA, NA),
		.sparse = NOSPARSE,
		.price_usd = 5176, .price_includes_server = 0,
		.rent_usd_per_hour = 3.22,
		.embodied_kg = 6.4,
		.note = "Memory is 32 GiB. Google publishes no TDP: the 192 W is the measured maximum "
			"(min/mean 90/170 W). The price is Epoch's estimate of Google's own unit cost, not a sale "
			"price. Rent: GCP on-demand; 1-year $2.03, 3-year $1.45 per chip-hour.",
		.src = {
			[TC_FIG_YEAR] = {"Announced at Google I/O 2021 (summary at https://askai.glarity.app)", "2021-05", 'S'},
			[TC_FIG_MEMORY] = {TPUV4_DOC ": 'HBM2 capacity and bandwidth 32 GiB, 1200 GBps'", "2021-05", 'P'},
			[TC_FIG_BANDWIDTH] = {TPUV4_DOC, "2021-05", 'P'},
			[TC_FIG_TDP] = {TPUV4_DOC ": 'Measured min/mean/max power 90/170/192 W'", "2021-05", 'P'},
			[TC_FIG_TFLOPS] = {TPUV4_DOC ": 'Peak compute per chip 275 teraflops (bf16 or int8)'",
			                   "2021-05", 'P'},
			[TC_FIG_PRICE] = {"Cottier et al. 2024, arXiv 2405.21015, Table 3: TPU v4 unit cost $5,176 "
			                  "[cottier-rising-costs-2024]", "2024-05", 'C'},
			[TC_FIG_RENT] = {"GCP on-demand $3.22 per chip-hour, Epoch hardware-price CSV [epoch-training-cost-trends-2024]",
			                 "2023-06", 'C'},
			[TC_FIG_EMBODIED] = {"LLMCarbon's hardware table [llmcarbon-2023]: TPU v4, TSMC 7 nm, 400 mm^2 × 1.6 kg "
			                     "CO2/cm^2 = 6.4 kg CO2e, the chip alone", "2023-09", 'C'},
		},
	},
	{
		.name = "Google TPU v5e", .key = "tpu-v5e",
		.aliases = {"TPU v5e", "TPUv5e", "Cloud TPU v5e"},
		.vendor = "Google", .year = 2023,
		.memory_gb = 16, .memory_bw_gbs = 819, .link_gbs = 400, .tdp_w = NA,
		.tflops = TF(NA, NA, NA, NA, 197, NA, NA, NA),
		.sparse = NOSPARSE,
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "Google publishes no TDP: give watts for energy estimates. INT8 393 TOPS; no FP8 figure. "
			"One Google page says 800 GiBps. The ICI figure is bidirectional per chip.",
		.src = {
			[TC_FIG_YEAR] = {"Introduced Aug 2023 (https://aiwiki.ai/wiki/google_tpu_v5p)", "2023-08", 'S'},
			[TC_FIG_MEMORY] = {TPUV5E_DOC, "2023-08", 'P'},
			[TC_FIG_BANDWIDTH] = {TPUV5E_DOC, "2023-08", 'P'},
			[TC_FIG_LINK] = {TPUV5E_DOC ": ICI 400 GB/s per chip", "2023-08", 'P'},
			[TC_FIG_TFLOPS] = {TPUV5E_DOC ": BF16 197", "2023-08", 'P'},
		},
	},
	{
		.name = "Google TPU v5p", .key = "tpu-v5p",
		.aliases = {"TPU v5p", "TPUv5p", "Cloud TPU v5p"},
		.vendor = "Google", .year = 2023,
		.memory_gb = 95, .memory_bw_gbs = 2765, .link_gbs = 600, .tdp_w = NA,
		.tflops = TF(NA, NA, NA, NA, 459, NA, 459, NA),
		.sparse = NOSPARSE,
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "Google publishes no TDP: give watts for energy estimates. FP8 runs at the BF16 rate. "
			"Pods of 8,960 "
			"chips in a 3D torus.",
		.src = {
			[TC_FIG_YEAR] = {"Announced 6 Dec 2023 (https://aiwiki.ai/wiki/google_tpu_v5p)", "2023-12-06", 'S'},
			[TC_FIG_MEMORY] = {TPUV5P_DOC, "2023-12", 'P'},
			[TC_FIG_BANDWIDTH] = {TPUV5P_DOC, "2023-12", 'P'},
			[TC_FIG_LINK] = {"D: " TPUV5P_DOC ": ICI 4,800 Gbps per chip; / 8 = 600 GB/s", "2023-12", 'D'},
			[TC_FIG_TFLOPS] = {TPUV5P_DOC ": BF16 459; FP8 459 (at the BF16 rate) in the comparison table "
			                   "of [google-tpu7x-2025]", "2023-12", 'P'},
		},
	},
	{
		.name = "Google TPU v6e", .key = "tpu-v6e",
		.aliases = {"TPU v6e", "TPUv6e", "Trillium", "Cloud TPU v6e"},
		.vendor = "Google", .year = 2024,
		.memory_gb = 32, .memory_bw_gbs = 1638, .link_gbs = 800, .tdp_w = NA,
		.tflops = TF(NA, NA, NA, NA, 918, NA, 918, NA),
		.sparse = NOSPARSE,
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "Trillium. Google publishes no TDP: give watts for energy estimates. INT8 1,836 TOPS; FP8 "
			"runs at the BF16 rate (918). ICI is bidirectional per chip. 256-chip pods, 2D torus.",
		.src = {
			[TC_FIG_YEAR] = {"Generally available Dec 2024 [google-tpu-v6e-2024]", "2024-12", 'S'},
			[TC_FIG_MEMORY] = {"HBM capacity per chip 32 GB [google-tpu-v6e-2024]", "2024-12", 'P'},
			[TC_FIG_BANDWIDTH] = {"HBM bandwidth per chip 1638 GBps [google-tpu-v6e-2024]", "2024-12", 'P'},
			[TC_FIG_LINK] = {"Bidirectional ICI bandwidth per chip 800 GBps [google-tpu-v6e-2024]",
			                 "2024-12", 'P'},
			[TC_FIG_TFLOPS] = {"Peak compute per chip (bf16) 918 TFLOPs [google-tpu-v6e-2024]; FP8 918 in "
			                   "the comparison table of [google-tpu7x-2025]", "2024-12", 'P'},
		},
	},
	{
		.name = "Google TPU v7 (Ironwood)", .key = "tpu-v7",
		.aliases = {"TPU v7", "TPU7x", "TPUv7", "Ironwood", "TPU Ironwood"},
		.vendor = "Google", .year = 2025,
		.memory_gb = 192, .memory_bw_gbs = NA, .link_gbs = NA, .tdp_w = NA,
		.tflops = TF(NA, NA, NA, NA, 2307, NA, 4614, NA),
		.sparse = NOSPARSE,
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "Ironwood, Google's seventh TPU generation: two TensorCores and four SparseCores per chip, "
			"9,216-chip pods. Memory is 192 GiB. Google publishes no TDP; HBM bandwidth was not read "
			"from Google's page here. Press figures of April 2025 gave BF16 as about 2,300 (S): "
			"Google's table says 2,307.",
		.src = {
			[TC_FIG_YEAR] = {"Announced at Google Cloud Next, 9 Apr 2025 [google-tpu7x-2025]",
			                 "2025-04-09", 'S'},
			[TC_FIG_MEMORY] = {"HBM capacity per chip 192 GiB [google-tpu7x-2025]", "2025-11", 'P'},
			[TC_FIG_TFLOPS] = {"Peak compute per chip BF16 2307, FP8 4614 TFLOPs [google-tpu7x-2025]",
			                   "2025-11", 'P'},
		},
	},
	{
		.name = "AWS Trainium2", .key = "trainium2",
		.aliases = {"Trainium2", "Trn2", "Trainium 2", "AWS Trn2"},
		.vendor = "AWS", .year = 2024,
		.memory_gb = 96, .memory_bw_gbs = 2900, .link_gbs = NA, .tdp_w = NA,
		.tflops = TF(NA, NA, 181, 667, 667, 667, 1299, NA),
		.sparse = TF(NA, NA, NA, 2563, 2563, 2563, 2563, NA),
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "Eight NeuronCore-v3 per chip. Memory is 96 GiB; bandwidth 2.9 TB/s in one AWS guide and "
			"3 TB/s in another. AWS publishes no TDP. The sparse figure (2,563 for FP8/FP16/BF16/TF32) "
			"is AWS's own.",
		.src = {
			[TC_FIG_YEAR] = {"Trn2 instances generally available Dec 2024 [aws-trainium2-2024]", "2024-12", 'S'},
			[TC_FIG_MEMORY] = {"96 GiB of device memory [aws-trainium2-2024]", "2024-12", 'P'},
			[TC_FIG_BANDWIDTH] = {"'4 HBM stacks ... 96GiB and bandwidth of 2.9TB/s' [aws-trainium2-2024]",
			                      "2024-12", 'P'},
			[TC_FIG_TFLOPS] = {"Eight NeuronCore-v3 deliver 1,299 FP8, 667 BF16/FP16/TF32, 181 FP32 TFLOPS; "
			                   "2,563 FP8/FP16/BF16/TF32 sparse [aws-trainium2-2024]", "2024-12", 'P'},
		},
	},
	{
		.name = "Huawei Ascend 910B", .key = "ascend-910b",
		.aliases = {"Ascend 910B", "910B", "Huawei 910B"},
		.vendor = "Huawei", .year = 2023,
		.memory_gb = 64, .memory_bw_gbs = NA, .link_gbs = NA, .tdp_w = 310,
		.tflops = TF(NA, NA, NA, NA, NA, 320, NA, NA),
		.sparse = NOSPARSE,
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "No Huawei datasheet found and sources conflict; low confidence. FP16 about 320 TFLOPS; "
			"memory 64 GB HBM2e (one source says 32 GB); bandwidth is claimed as 400 GB/s, 1.2 TB/s "
			"and 1.6 TB/s, so it is left out; 310 W comes from one source. No FP8. Link is HCCS "
			"(proprietary, no figure).",
		.src = {
			[TC_FIG_YEAR] = {ASCEND_3RD, "2023-12", 'S'},
			[TC_FIG_MEMORY] = {ASCEND_3RD, "2023-12", 'S'},
			[TC_FIG_TDP] = {ASCEND_3RD " (one source)", "2023-12", 'S'},
			[TC_FIG_TFLOPS] = {ASCEND_3RD ": FP16 about 320 (conflicting)", "2023-12", 'S'},
		},
	},
	{
		.name = "Huawei Ascend 910", .key = "ascend-910",
		.aliases = {"Ascend 910", "Huawei 910"},
		.vendor = "Huawei", .year = 2019,
		.memory_gb = NA, .memory_bw_gbs = NA, .link_gbs = NA, .tdp_w = 350,
		.tflops = TF(NA, NA, NA, NA, NA, 256, NA, NA),
		.sparse = NOSPARSE,
		.price_usd = NA, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "The original Ascend 910 (2019), the 910B's predecessor. INT8 512 TOPS.",
		.src = {
			[TC_FIG_YEAR] = {"Hot Chips 2019 (via vengineer.hatenablog.com) [ascend-910-hotchips-2019]", "2019-08", 'S'},
			[TC_FIG_TDP] = {"Hot Chips 2019 (via vengineer.hatenablog.com) [ascend-910-hotchips-2019]", "2019-08", 'S'},
			[TC_FIG_TFLOPS] = {"Hot Chips 2019 (via vengineer.hatenablog.com) [ascend-910-hotchips-2019]: FP16 256",
			                   "2019-08", 'S'},
		},
	},
	{
		.name = "Intel Gaudi 3", .key = "gaudi3",
		.aliases = {"Gaudi 3", "Gaudi3", "Intel Gaudi3"},
		.vendor = "Intel", .year = 2024,
		.memory_gb = 128, .memory_bw_gbs = 3670, .link_gbs = 1200, .tdp_w = 900,
		.tflops = TF(NA, NA, NA, NA, 1835, NA, 1835, NA),
		.sparse = NOSPARSE,
		.price_usd = 15625, .price_includes_server = 0,
		.rent_usd_per_hour = NA,
		.embodied_kg = NA,
		.note = "OAM module: 900 W air-cooled, 1,200 W liquid-cooled. The link is 24 x 200 GbE RoCE on "
			"the chip (1,200 GB/s bidirectional), used for both scale-up and scale-out. FP8 matrix "
			"peak equals BF16. The price is a kit of eight accelerators on a baseboard, not a server.",
		.src = {
			[TC_FIG_YEAR] = {"Announced at Intel Vision, Apr 2024 (gigazine.net, pcguia.pt) [gaudi3-announcement-2024]", "2024-04", 'S'},
			[TC_FIG_MEMORY] = {GAUDI3_HC, "2024-08", 'C'},
			[TC_FIG_BANDWIDTH] = {GAUDI3_HC ": 3.67 TB/s", "2024-08", 'C'},
			[TC_FIG_LINK] = {GAUDI3_HC ": networking 1200 GB/s bidirectional", "2024-08", 'C'},
			[TC_FIG_TDP] = {GAUDI3_HC ": OAM 900 W (air)", "2024-08", 'C'},
			[TC_FIG_TFLOPS] = {GAUDI3_HC ": BF16 and FP8 matrix 1835", "2024-08", 'C'},
			[TC_FIG_PRICE] = {"D: Intel's price of $125,000 for a kit of eight Gaudi 3 accelerators "
			                  "(reported by y-ic.de) [gaudi3-announcement-2024]; / 8 = $15,625", "2024-12", 'D'},
		},
	},
};

const int tc_catalog_size = (int)(sizeof tc_catalog_data / sizeof tc_catalog_data[0]);
