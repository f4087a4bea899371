import * as z from "zod";
import { type Catalog, createCatalog } from "./catalog.ts";
import { isDigitCode } from "./chars.ts";
import { UserError } from "./errors.ts";
import { nameKey } from "./nameKey.ts";

/**
 * The accelerator catalog, as data: one entry per device as sold, with its DENSE peak per
 * precision (TFLOP/s), its memory, and the datasheet the numbers come from.
 *
 * Conventions (read before adding an entry):
 * - Peaks are dense. NVIDIA datasheets print tensor-core figures "with sparsity" (2x); store
 *   half of them and say so in `notes`. AMD, Google, Intel and AWS print dense figures.
 * - fp64 is the best dense FP64 figure (FP64 Tensor Core / matrix where it exists); fp32 is the
 *   non-tensor (vector) FP32 figure on NVIDIA, the matrix figure on AMD (said in notes).
 * - int8 is TOPS, stored in the same field (peakFlops returns it as "operations per second").
 * - One entry = one device as the vendor sells and counts it (a GB200 entry is ONE B200 GPU of
 *   the superchip, an MI250X is one OAM with two dies, a TPU is one chip); say so in notes.
 * - memoryGB is the vendor-stated number (vendors mix GB and GiB; notes say which).
 * - If a figure could not be checked against a primary source, the notes say so; a precision
 *   the vendor does not publish is omitted, never estimated.
 */

export const PRECISIONS = ["fp64", "fp32", "tf32", "bf16", "fp16", "fp8", "int8", "fp4"] as const;
export const precisionSchema = z.enum(PRECISIONS);
export type Precision = z.infer<typeof precisionSchema>;

export const gpuSchema = z.object({
  id: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  vendor: z.string(),
  memoryGB: z.number().positive(),
  memoryBandwidthTBs: z.number().positive(),
  /** Maximum board power (TDP), W, from the entry's datasheet; omitted when the vendor prints none. */
  boardWatts: z.number().positive().optional(),
  peakTflops: z.partialRecord(precisionSchema, z.number().positive()),
  source: z.object({ title: z.string(), url: z.string().url() }),
  notes: z.string().optional(),
});
export type Gpu = z.infer<typeof gpuSchema>;

const NVIDIA_H100_DATASHEET = {
  title: "NVIDIA H100 Tensor Core GPU Datasheet",
  url: "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet",
};
const NVIDIA_A100_DATASHEET = {
  title: "NVIDIA A100 Tensor Core GPU Datasheet",
  url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf",
};
const AMPERE_WHITEPAPER = {
  title: "NVIDIA A100 Tensor Core GPU Architecture (Ampere whitepaper)",
  url: "https://images.nvidia.com/aem-dam/en-zz/Solutions/data-center/nvidia-ampere-architecture-whitepaper.pdf",
};
const GAUDI3_WHITEPAPER = {
  title: "Intel Gaudi 3 AI Accelerator White Paper",
  url: "https://www.intel.com/content/www/us/en/content-details/817486/intel-gaudi-3-ai-accelerator-white-paper.html",
};

const HOPPER_SXM_DENSE = {
  fp64: 67,
  fp32: 67,
  tf32: 494.7,
  bf16: 989.4,
  fp16: 989.4,
  fp8: 1978.9,
  int8: 1978.9,
} as const;
const HOPPER_SPARSITY_NOTE =
  "The datasheet prints 989 TF32, 1,979 BF16/FP16 and 3,958 FP8/INT8 TFLOPS with sparsity; dense is half " +
  "(494.7 / 989.4 / 1,978.9 at the 1.83 GHz tensor clock, as in the Hopper whitepaper).";

const A100_DENSE = { fp64: 19.5, fp32: 19.5, tf32: 156, bf16: 312, fp16: 312, int8: 624 } as const;
const A100_NOTE =
  "Dense Tensor Core peaks: the datasheet prints TF32 312, BF16/FP16 624 and INT8 1,248 with sparsity; " +
  "dense is half. fp64 is FP64 Tensor Core (9.7 without tensor cores); fp32 is non-tensor.";

const CDNA3_DENSE = {
  fp64: 163.4,
  fp32: 163.4,
  tf32: 653.7,
  bf16: 1307.4,
  fp16: 1307.4,
  fp8: 2614.9,
  int8: 2614.9,
} as const;

const RAW_GPUS: Gpu[] = [
  // ---------------------------------------------------------------- NVIDIA Volta / Ampere
  {
    id: "v100-sxm2",
    name: "NVIDIA Tesla V100 SXM2 32GB",
    aliases: ["v100", "v100 sxm2", "v100 sxm", "v100 32gb", "tesla v100", "v100-sxm2-32gb"],
    vendor: "NVIDIA",
    memoryGB: 32,
    memoryBandwidthTBs: 0.9,
    boardWatts: 300,
    peakTflops: { fp64: 7.8, fp32: 15.7, fp16: 125 },
    source: {
      title: "NVIDIA Tesla V100 GPU Accelerator Datasheet",
      url: "https://images.nvidia.com/content/technologies/volta/pdf/volta-v100-datasheet-update-us-1165301-r5.pdf",
    },
    notes:
      "fp16 is the 125 TFLOPS Tensor Core (FP16 multiply, FP32 accumulate) figure; Volta has no sparsity, " +
      "no BF16, no TF32 and no INT8 tensor path. A 16GB SXM2 part has the same compute.",
  },
  {
    id: "a100-40gb-sxm",
    name: "NVIDIA A100 SXM4 40GB",
    aliases: ["a100 40gb", "a100 40gb sxm", "a100 sxm 40gb", "a100 sxm4 40gb", "a100-sxm4-40gb"],
    vendor: "NVIDIA",
    memoryGB: 40,
    memoryBandwidthTBs: 1.555,
    boardWatts: 400,
    peakTflops: { ...A100_DENSE },
    source: AMPERE_WHITEPAPER,
    notes: `${A100_NOTE} 40GB HBM2 at 1,555 GB/s (the launch part; the r4 datasheet lists only the 80GB parts).`,
  },
  {
    id: "a100-80gb-sxm",
    name: "NVIDIA A100 SXM4 80GB",
    aliases: [
      "a100",
      "a100 sxm",
      "a100 sxm4",
      "a100 80gb",
      "a100 80gb sxm",
      "a100 sxm4 80gb",
      "a100-sxm4-80gb",
    ],
    vendor: "NVIDIA",
    memoryGB: 80,
    memoryBandwidthTBs: 2.039,
    boardWatts: 400,
    peakTflops: { ...A100_DENSE },
    source: NVIDIA_A100_DATASHEET,
    notes: `${A100_NOTE} 80GB HBM2e at 2,039 GB/s. Bare "A100" means this part.`,
  },
  {
    id: "a100-40gb-pcie",
    name: "NVIDIA A100 PCIe 40GB",
    aliases: ["a100 40gb pcie", "a100 pcie 40gb", "a100-pcie-40gb"],
    vendor: "NVIDIA",
    memoryGB: 40,
    memoryBandwidthTBs: 1.555,
    boardWatts: 250,
    peakTflops: { ...A100_DENSE },
    source: AMPERE_WHITEPAPER,
    notes: `${A100_NOTE} NVIDIA lists the same peaks for PCIe and SXM; the 250 W PCIe card sustains less.`,
  },
  {
    id: "a100-80gb-pcie",
    name: "NVIDIA A100 PCIe 80GB",
    aliases: ["a100 pcie", "a100 80gb pcie", "a100 pcie 80gb", "a100-pcie-80gb"],
    vendor: "NVIDIA",
    memoryGB: 80,
    memoryBandwidthTBs: 1.935,
    boardWatts: 300,
    peakTflops: { ...A100_DENSE },
    source: NVIDIA_A100_DATASHEET,
    notes: `${A100_NOTE} NVIDIA lists the same peaks for PCIe and SXM; the 300 W PCIe card sustains less.`,
  },
  // ---------------------------------------------------------------- NVIDIA Hopper
  {
    id: "h100-sxm",
    name: "NVIDIA H100 SXM5 80GB",
    aliases: ["h100", "h100 sxm", "h100 sxm5", "h100 80gb", "h100 80gb hbm3", "h100-sxm5-80gb"],
    vendor: "NVIDIA",
    memoryGB: 80,
    memoryBandwidthTBs: 3.35,
    boardWatts: 700,
    peakTflops: { ...HOPPER_SXM_DENSE },
    source: NVIDIA_H100_DATASHEET,
    notes: `${HOPPER_SPARSITY_NOTE} fp64 is FP64 Tensor Core 67 (34 without); fp32 67 is non-tensor.`,
  },
  {
    id: "h100-pcie",
    name: "NVIDIA H100 PCIe 80GB",
    aliases: ["h100 pcie", "h100 pcie 80gb", "h100-pcie-80gb"],
    vendor: "NVIDIA",
    memoryGB: 80,
    memoryBandwidthTBs: 2,
    boardWatts: 350,
    peakTflops: { fp64: 51, fp32: 51, tf32: 378, bf16: 756.5, fp16: 756.5, fp8: 1513, int8: 1513 },
    source: NVIDIA_H100_DATASHEET,
    notes:
      "From the datasheet revision that still had the PCIe column (later revisions show H100 NVL instead): " +
      "756 TF32, 1,513 BF16/FP16, 3,026 FP8/INT8 TFLOPS with sparsity; dense is half. fp64 is FP64 Tensor " +
      "Core 51 (26 without). 80GB HBM2e at 2.0 TB/s." +
      ' TDP 350 W: NVIDIA H100 PCIe product brief PB-11133-001_v02, "maximum thermal design power (TDP) level of 350 W" (https://manuals.plus/m/56b0c3ef7d0a1c470c0af8f05a0bd1f29a778007472ba941201fbbb185c9bccd).',
  },
  {
    id: "h100-nvl",
    name: "NVIDIA H100 NVL 94GB",
    aliases: ["h100 nvl", "h100 nvl 94gb", "h100-nvl-94gb"],
    vendor: "NVIDIA",
    memoryGB: 94,
    memoryBandwidthTBs: 3.9,
    peakTflops: { fp64: 60, fp32: 60, tf32: 417.5, bf16: 835.5, fp16: 835.5, fp8: 1670.5, int8: 1670.5 },
    source: NVIDIA_H100_DATASHEET,
    notes:
      "Per GPU; H100 NVL ships as NVLink-bridged PCIe pairs (188GB per pair). Datasheet prints 835 TF32, " +
      "1,671 BF16/FP16 and 3,341 FP8/INT8 TFLOPS with sparsity; dense is half. fp64 is FP64 Tensor Core. " +
      "These NVL figures were not re-checked against the PDF for this catalog (no copy reachable); treat as " +
      "the datasheet values as commonly quoted.",
  },
  {
    id: "h800-sxm",
    name: "NVIDIA H800 SXM5 80GB",
    aliases: ["h800", "h800 sxm", "h800 sxm5", "h800 80gb"],
    vendor: "NVIDIA",
    memoryGB: 80,
    memoryBandwidthTBs: 3.35,
    boardWatts: 700,
    peakTflops: { ...HOPPER_SXM_DENSE, fp64: 1 },
    source: {
      title: "NVIDIA H800 Tensor Core GPU Datasheet",
      url: "https://www.nvidia.cn/content/dam/en-zz/Solutions/Data-Center/h800/nvidia-h800-datasheet-2029415.pdf",
    },
    notes:
      `China-market export variant of H100 SXM: same tensor throughput, FP64 cut to 1 TFLOPS (tensor and ` +
      `non-tensor), NVLink 400 GB/s instead of 900. ${HOPPER_SPARSITY_NOTE} The H800 PDF itself could not be ` +
      "fetched for this catalog; figures follow the H100 SXM sheet with the published H800 differences.",
  },
  {
    id: "h20",
    name: "NVIDIA H20 96GB",
    aliases: ["h20", "h20 96gb", "hgx h20"],
    vendor: "NVIDIA",
    memoryGB: 96,
    memoryBandwidthTBs: 4,
    peakTflops: { fp64: 1, fp32: 44, tf32: 74, bf16: 148, fp16: 148, fp8: 296, int8: 296 },
    source: {
      title: "Nvidia's China-market H20 chips hit another speed bump (The Register, citing SemiAnalysis)",
      url: "https://www.theregister.com/2023/11/27/nvidia_china_h20_accelerator/",
    },
    notes:
      "UNVERIFIED: NVIDIA publishes no public H20 datasheet. Figures are those reported from the partner spec " +
      "sheet (SemiAnalysis, press): 296 FP8/INT8, 148 BF16/FP16, 74 TF32 dense (sparse is 2x), 44 FP32, " +
      "1 FP64, 96GB HBM3 at 4.0 TB/s. A later 141GB HBM3e H20 exists and is not this entry.",
  },
  {
    id: "h200-sxm",
    name: "NVIDIA H200 SXM 141GB",
    aliases: ["h200", "h200 sxm", "h200 sxm5", "h200 141gb"],
    vendor: "NVIDIA",
    memoryGB: 141,
    memoryBandwidthTBs: 4.8,
    boardWatts: 700,
    peakTflops: { ...HOPPER_SXM_DENSE },
    source: { title: "NVIDIA H200 Tensor Core GPU", url: "https://www.nvidia.com/en-us/data-center/h200/" },
    notes:
      `Same GH100 compute as H100 SXM with 141GB HBM3e at 4.8 TB/s. ${HOPPER_SPARSITY_NOTE} ` +
      "The lower-power H200 NVL (PCIe) is not this entry." +
      ' 700 W: NVIDIA\'s MLPerf Inference v4.1 system description, hw_notes "H200 TGP 700W" (https://raw.githubusercontent.com/mlcommons/inference_results_v4.1/main/closed/NVIDIA/systems/H200-SXM-141GBx8_TRT_MaxQ.json).',
  },
  // ---------------------------------------------------------------- NVIDIA Blackwell
  {
    id: "b200",
    name: "NVIDIA B200 (HGX B200) 180GB",
    aliases: ["b200", "b200 sxm", "hgx b200", "dgx b200"],
    vendor: "NVIDIA",
    memoryGB: 180,
    memoryBandwidthTBs: 7.7,
    boardWatts: 1000,
    peakTflops: { fp64: 37, fp32: 75, tf32: 1100, bf16: 2250, fp16: 2250, fp8: 4500, int8: 4500, fp4: 9000 },
    source: {
      title: "NVIDIA HGX Platform: HGX B200 specifications",
      url: "https://www.nvidia.com/en-us/data-center/hgx/",
    },
    notes:
      "Per GPU of an 8-GPU HGX B200 (1,000 W). The per-GPU spec table prints 18 PF FP4, 9 PF FP8/FP6, " +
      "9 POPS INT8, 4.5 PF FP16/BF16 and 2.2 PF TF32 with sparsity; dense is half (DGX B200's 72 PF FP8 " +
      "training for 8 GPUs agrees: 9 PF sparse, 4.5 PF dense per GPU). fp64 (FP64/FP64 Tensor) 37 and fp32 75 " +
      "are dense. Earlier sheets said 192GB / 8 TB/s and 40 TF FP64 per GPU; this follows the current table " +
      "(180GB HBM3e, 7.7 TB/s)." +
      ' 1,000 W per GPU: the HGX B200 table, and MLPerf Inference v6.0 system descriptions (hw_notes "B200 TGP 1000W", https://raw.githubusercontent.com/mlcommons/inference_results_v6.0/main/closed/Nebius/systems/nebius_b200_n1.json).',
  },
  {
    id: "gb200",
    name: "NVIDIA GB200 (one B200 GPU of the Grace Blackwell superchip) 186GB",
    aliases: ["gb200", "gb200 nvl72", "gb200 nvl", "gb200 superchip", "grace blackwell"],
    vendor: "NVIDIA",
    memoryGB: 186,
    memoryBandwidthTBs: 8,
    peakTflops: { fp64: 40, fp32: 80, tf32: 1250, bf16: 2500, fp16: 2500, fp8: 5000, int8: 5000, fp4: 10000 },
    source: { title: "NVIDIA GB200 NVL72", url: "https://www.nvidia.com/en-us/data-center/gb200-nvl72/" },
    notes:
      "One device = ONE Blackwell GPU of a GB200 superchip (a superchip is 1 Grace CPU + 2 GPUs; NVL72 has 72 " +
      "GPUs), so count GPUs, not superchips. Per-GPU table: 20 PF FP4, 10 PF FP8/FP6, 10 POPS INT8, 5 PF " +
      "FP16/BF16, 2.5 PF TF32 with sparsity; dense is half. Configurable to 1,200 W, hence faster than HGX " +
      "B200. fp64 40 per the current table (earlier per-superchip tables implied 45).",
  },
  {
    id: "b300",
    name: "NVIDIA B300 (HGX B300, Blackwell Ultra) 288GB",
    aliases: ["b300", "b300 sxm", "hgx b300", "dgx b300", "blackwell ultra", "hgx b300 nvl16"],
    vendor: "NVIDIA",
    memoryGB: 288,
    memoryBandwidthTBs: 8,
    peakTflops: { fp64: 1.25, fp32: 75, tf32: 1125, bf16: 2250, fp16: 2250, fp8: 4500, fp4: 13125 },
    source: {
      title: "NVIDIA HGX Platform: HGX B300 specifications",
      url: "https://www.nvidia.com/en-us/data-center/hgx/",
    },
    notes:
      "Per GPU of an 8-GPU HGX B300 (NVIDIA now calls it NVL16, counting dies). The 8-GPU table prints 72 PF " +
      "FP8/FP6, 36 PF FP16/BF16 and 18 PF TF32 with sparsity (dense is half: 4.5 PF / 2.25 PF / 1.125 PF per " +
      "GPU), FP4 144 PF sparse and 105 PF dense (13.125 PF per GPU: Blackwell Ultra's dense FP4 is not half its " +
      "sparse figure), FP32 600 TF and FP64 10 TF (1.25 per GPU: FP64 is cut). Up to 2.3 TB HBM3e per 8 GPUs " +
      "(288GB each), 8 TB/s. INT8 omitted: it is cut on Blackwell Ultra and quoted inconsistently. The NVIDIA " +
      "page could not be fetched for this catalog; the figures are its table as reproduced by third parties.",
  },
  {
    id: "gb300",
    name: "NVIDIA GB300 (one Blackwell Ultra GPU of the Grace Blackwell Ultra superchip) 288GB",
    aliases: ["gb300", "gb300 nvl72", "gb300 nvl", "gb300 superchip", "grace blackwell ultra"],
    vendor: "NVIDIA",
    memoryGB: 288,
    memoryBandwidthTBs: 8,
    peakTflops: { tf32: 1250, bf16: 2500, fp16: 2500, fp8: 5000, fp4: 15000 },
    source: { title: "NVIDIA GB300 NVL72", url: "https://www.nvidia.com/en-us/data-center/gb300-nvl72/" },
    notes:
      "One device = ONE Blackwell Ultra GPU of a GB300 superchip (NVL72: 72 GPUs, 36 Grace CPUs), so count GPUs. " +
      "The rack table prints 720 PF FP8/FP6, 360 PF FP16/BF16 and 180 PF TF32 with sparsity and 1,080 PF FP4 " +
      "dense (1,440 sparse); per GPU dense that is 5 PF FP8, 2.5 PF BF16, 1.25 PF TF32, 15 PF FP4. Up to 20 TB " +
      "HBM3e at 576 TB/s per rack (288GB per GPU, about 279GB usable; 8 TB/s). FP32/FP64/INT8 omitted (per-rack " +
      "only, and cut on Blackwell Ultra). Figures as reproduced from NVIDIA's table; the page itself could not " +
      "be fetched for this catalog.",
  },
  // ---------------------------------------------------------------- NVIDIA Ada / inference / consumer
  {
    id: "l40s",
    name: "NVIDIA L40S 48GB",
    aliases: ["l40s", "l40s 48gb"],
    vendor: "NVIDIA",
    memoryGB: 48,
    memoryBandwidthTBs: 0.864,
    boardWatts: 350,
    peakTflops: { fp32: 91.6, tf32: 183, bf16: 362.05, fp16: 362.05, fp8: 733, int8: 733 },
    source: { title: "NVIDIA L40S GPU Datasheet", url: "https://www.nvidia.com/en-us/data-center/l40s/" },
    notes:
      "The datasheet prints dense | sparse pairs (TF32 183 | 366, BF16/FP16 362.05 | 733, FP8 and INT8 " +
      "733 | 1,466); the dense halves are stored. 48GB GDDR6, PCIe, no NVLink; FP64 not published." +
      " Max power consumption 350 W (the datasheet's L40 | L40S table, 300 W | 350 W, as reproduced at https://www.mullet.se/product.html?product_id=355414).",
  },
  {
    id: "l4",
    name: "NVIDIA L4 24GB",
    aliases: ["l4", "l4 24gb"],
    vendor: "NVIDIA",
    memoryGB: 24,
    memoryBandwidthTBs: 0.3,
    boardWatts: 72,
    peakTflops: { fp32: 30.3, tf32: 60, bf16: 121, fp16: 121, fp8: 242.5, int8: 242.5 },
    source: {
      title: "NVIDIA L4 Tensor Core GPU Datasheet",
      url: "https://www.nvidia.com/en-us/data-center/l4/",
    },
    notes:
      "The datasheet prints TF32 120, BF16/FP16 242 and FP8/INT8 485 with sparsity; dense is half. 72 W " +
      "low-profile card, 24GB GDDR6 at 300 GB/s.",
  },
  {
    id: "a10",
    name: "NVIDIA A10 24GB",
    aliases: ["a10", "a10 24gb", "a10 pcie"],
    vendor: "NVIDIA",
    memoryGB: 24,
    memoryBandwidthTBs: 0.6,
    boardWatts: 150,
    peakTflops: { fp32: 31.2, tf32: 62.5, bf16: 125, fp16: 125, int8: 250 },
    source: {
      title: "NVIDIA A10 Tensor Core GPU Datasheet",
      url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a10/pdf/a10-datasheet.pdf",
    },
    notes:
      "The datasheet prints dense | sparse pairs (TF32 62.5 | 125, BF16/FP16 125 | 250, INT8 250 | 500); " +
      "dense stored. Not the AWS A10G, whose tensor throughput differs. Max TDP 150 W.",
  },
  {
    id: "t4",
    name: "NVIDIA T4 16GB",
    aliases: ["t4", "tesla t4", "t4 16gb"],
    vendor: "NVIDIA",
    memoryGB: 16,
    memoryBandwidthTBs: 0.32,
    boardWatts: 70,
    peakTflops: { fp32: 8.1, fp16: 65, int8: 130 },
    source: {
      title: "NVIDIA T4 Tensor Core GPU Datasheet",
      url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf",
    },
    notes:
      "Turing: no sparsity, no BF16/TF32. fp16 is the mixed-precision (FP16/FP32) Tensor Core figure. " +
      "70 W, 16GB GDDR6 at 320 GB/s.",
  },
  {
    id: "rtx-4090",
    name: "NVIDIA GeForce RTX 4090 24GB",
    aliases: ["rtx 4090", "4090", "geforce rtx 4090", "geforce 4090"],
    vendor: "NVIDIA",
    memoryGB: 24,
    memoryBandwidthTBs: 1.008,
    boardWatts: 450,
    peakTflops: { fp32: 82.6, tf32: 82.6, bf16: 165.2, fp16: 165.2, fp8: 330.3, int8: 660.6 },
    source: {
      title: "NVIDIA Ada GPU Architecture whitepaper (Appendix A, GeForce RTX 4090)",
      url: "https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf",
    },
    notes:
      "GeForce runs tensor math with FP32 accumulate at half rate: bf16/fp16 165.2 are the dense FP32-accumulate " +
      "figures used by mixed-precision training (FP16 accumulate: 330.3); the whitepaper also prints sparse " +
      "(2x) figures. fp8 330.3 is FP8 with FP32 accumulate, dense (660.6 sparse), the accumulation FP8 " +
      "training uses (Transformer Engine keeps FP32 accumulators); FP8 with FP16 accumulate runs at 660.6 " +
      "dense, as INT8 does. The whitepaper PDF was not readable here; the 330.3 / 660.6 pair is corroborated " +
      "by cuBLASLt FP8 (FP32 accumulate) measured at about 330 TFLOP/s on GeForce. Total graphics power 450 W.",
  },
  {
    id: "rtx-3090",
    name: "NVIDIA GeForce RTX 3090 24GB",
    aliases: ["rtx 3090", "3090", "geforce rtx 3090", "geforce 3090"],
    vendor: "NVIDIA",
    memoryGB: 24,
    memoryBandwidthTBs: 0.936,
    boardWatts: 350,
    peakTflops: { fp32: 35.6, tf32: 35.6, bf16: 71, fp16: 71, int8: 284 },
    source: {
      title: "NVIDIA Ampere GA102 GPU Architecture whitepaper (Appendix A, GeForce RTX 3090)",
      url: "https://www.nvidia.com/content/PDF/nvidia-ampere-ga-102-gpu-architecture-whitepaper-v2.pdf",
    },
    notes:
      "Dense FP32-accumulate tensor figures (FP16 with FP16 accumulate: 142); the whitepaper also prints " +
      "sparse (2x) figures. 24GB GDDR6X at 936 GB/s, total graphics power 350 W.",
  },
  {
    id: "rtx-5090",
    name: "NVIDIA GeForce RTX 5090 32GB",
    aliases: ["rtx 5090", "5090", "geforce rtx 5090", "geforce 5090"],
    vendor: "NVIDIA",
    memoryGB: 32,
    memoryBandwidthTBs: 1.792,
    boardWatts: 575,
    peakTflops: { fp32: 104.8, tf32: 104.8, bf16: 209.5, fp16: 209.5, fp4: 1676 },
    source: {
      title: "NVIDIA RTX Blackwell GPU Architecture whitepaper (Appendix A, GeForce RTX 5090)",
      url: "https://images.nvidia.com/aem-dam/Solutions/geforce/blackwell/nvidia-rtx-blackwell-gpu-architecture.pdf",
    },
    notes:
      "GeForce runs tensor math with FP32 accumulate at half rate: bf16/fp16 209.5 are the dense FP32-accumulate " +
      "figures mixed-precision training uses (FP16 accumulate: 419); fp4 1,676 is half the 3,352 'AI TOPS' " +
      "(sparse FP4). FP8 omitted: unlike the RTX 4090's (330.3 dense with FP32 accumulate, from the Ada " +
      "whitepaper), its FP32-accumulate FP8 rate could not be read from the Blackwell whitepaper here. 32GB GDDR7 " +
      "at 1,792 GB/s, 575 W. Not re-checked against " +
      "the PDF for this catalog (no copy reachable); the values are the whitepaper's as commonly quoted.",
  },
  {
    id: "rtx-6000-ada",
    name: "NVIDIA RTX 6000 Ada Generation 48GB",
    aliases: ["rtx 6000 ada", "rtx 6000 ada generation", "6000 ada", "rtx6000 ada"],
    vendor: "NVIDIA",
    memoryGB: 48,
    memoryBandwidthTBs: 0.96,
    boardWatts: 300,
    peakTflops: { fp32: 91.1, tf32: 182.1, bf16: 364.2, fp16: 364.2, fp8: 728.5, int8: 728.5 },
    source: {
      title: "NVIDIA RTX 6000 Ada Generation Datasheet",
      url: "https://www.nvidia.com/content/dam/en-zz/Solutions/design-visualization/rtx-6000/proviz-print-rtx6000-datasheet-web-2504660.pdf",
    },
    notes:
      "Workstation Ada (AD102): the datasheet prints 91.1 TFLOPS FP32 and 1,457 TFLOPS tensor (FP8 with " +
      "sparsity); dense FP8 is 728.5, dense BF16/FP16 (FP32 accumulate, full rate on workstation parts) 364.2, " +
      "TF32 182.1. 48GB GDDR6 (ECC) at 960 GB/s, 300 W. The per-precision dense figures follow the Ada " +
      "architecture whitepaper's method and were not re-checked against a PDF for this catalog.",
  },
  {
    id: "rtx-a6000",
    name: "NVIDIA RTX A6000 48GB",
    aliases: ["rtx a6000", "a6000", "quadro a6000"],
    vendor: "NVIDIA",
    memoryGB: 48,
    memoryBandwidthTBs: 0.768,
    boardWatts: 300,
    peakTflops: { fp32: 38.7, tf32: 77.4, bf16: 154.8, fp16: 154.8, int8: 309.7 },
    source: {
      title: "NVIDIA RTX A6000 Datasheet",
      url: "https://www.nvidia.com/content/dam/en-zz/Solutions/design-visualization/quadro-product-literature/proviz-print-nvidia-rtx-a6000-datasheet-us-nvidia-1454980-r9-web%20(1).pdf",
    },
    notes:
      "Workstation Ampere (GA102): the datasheet prints 38.7 TFLOPS FP32 and 309.7 TFLOPS tensor (with sparsity); " +
      "dense BF16/FP16 is 154.8, TF32 77.4, INT8 309.7 TOPS. 48GB GDDR6 (ECC) at 768 GB/s, 300 W. Not the " +
      "RTX 6000 Ada. The per-precision dense figures were not re-checked against a PDF for this catalog.",
  },
  // ---------------------------------------------------------------- AMD Instinct
  {
    id: "mi250x",
    name: "AMD Instinct MI250X 128GB",
    aliases: ["mi250x", "instinct mi250x", "mi250x oam"],
    vendor: "AMD",
    memoryGB: 128,
    memoryBandwidthTBs: 3.2,
    peakTflops: { fp64: 95.7, fp32: 95.7, bf16: 383, fp16: 383, int8: 383 },
    source: {
      title: "AMD Instinct MI250X Accelerator",
      url: "https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html",
    },
    notes:
      "One device = one OAM module with TWO GCDs (ROCm shows two 64GB GPUs; per GCD, halve everything). " +
      "fp64/fp32 are matrix peaks (vector 47.9). AMD prints dense figures; CDNA2 has no sparsity.",
  },
  {
    id: "mi300x",
    name: "AMD Instinct MI300X 192GB",
    aliases: ["mi300x", "mi300", "instinct mi300x"],
    vendor: "AMD",
    memoryGB: 192,
    memoryBandwidthTBs: 5.3,
    boardWatts: 750,
    peakTflops: { ...CDNA3_DENSE },
    source: {
      title: "AMD Instinct MI300X Accelerator",
      url: "https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html",
    },
    notes:
      "AMD prints dense peaks and, separately, 'with structured sparsity' (2x: 2,614.9 FP16, 5,229.8 FP8); " +
      'dense stored. fp64 is matrix (vector 81.7). Bare "MI300" means this part (not the MI300A APU).',
  },
  {
    id: "mi325x",
    name: "AMD Instinct MI325X 256GB",
    aliases: ["mi325x", "mi325", "instinct mi325x"],
    vendor: "AMD",
    memoryGB: 256,
    memoryBandwidthTBs: 6,
    boardWatts: 1000,
    peakTflops: { ...CDNA3_DENSE },
    source: {
      title: "AMD Instinct MI325X Accelerator",
      url: "https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html",
    },
    notes:
      "Same CDNA3 compute as MI300X (dense figures; sparse is 2x) with 256GB HBM3E at 6 TB/s and a 1,000 W " +
      "board power.",
  },
  {
    id: "mi355x",
    name: "AMD Instinct MI355X 288GB",
    aliases: ["mi355x", "mi355", "instinct mi355x"],
    vendor: "AMD",
    memoryGB: 288,
    memoryBandwidthTBs: 8,
    boardWatts: 1400,
    peakTflops: {
      fp64: 78.6,
      fp32: 157.3,
      bf16: 2516.6,
      fp16: 2516.6,
      fp8: 5033.2,
      int8: 5033.2,
      fp4: 10066.3,
    },
    source: {
      title: "AMD Instinct MI355X GPU",
      url: "https://www.amd.com/en/products/accelerators/instinct/mi350/mi355x.html",
    },
    notes:
      "CDNA 4, 256 CUs at 2.4 GHz, 1,400 W (liquid-cooled). AMD prints dense peaks and, separately, 'with " +
      "structured sparsity' (2x); dense stored: 2,516.6 FP16/BF16 (= 2.4 GHz x 1,024 matrix cores x 1,024 " +
      "FLOP/clock), 5,033.2 FP8/INT8, 10,066.3 MXFP4/MXFP6, 157.3 FP32 and 78.6 FP64 matrix. CDNA 4 has no TF32 " +
      "matrix path. 288GB HBM3E at 8 TB/s. The AMD page could not be fetched for this catalog; the figures " +
      "follow AMD's published table as quoted and agree with the clock x CU arithmetic.",
  },
  {
    id: "mi350x",
    name: "AMD Instinct MI350X 288GB",
    aliases: ["mi350x", "mi350", "instinct mi350x"],
    vendor: "AMD",
    memoryGB: 288,
    memoryBandwidthTBs: 8,
    boardWatts: 1000,
    peakTflops: {
      fp64: 72.1,
      fp32: 144.2,
      bf16: 2306.9,
      fp16: 2306.9,
      fp8: 4613.7,
      int8: 4613.7,
      fp4: 9227.5,
    },
    source: {
      title: "AMD Instinct MI350X GPU",
      url: "https://www.amd.com/en/products/accelerators/instinct/mi350/mi350x.html",
    },
    notes:
      "The air-cooled MI355X sibling: same CDNA 4 die and 288GB HBM3E at 8 TB/s, 2.2 GHz peak clock and 1,000 W, " +
      "so every peak is 2.2/2.4 of the MI355X's (dense: 2,306.9 FP16/BF16, 4,613.7 FP8, 9,227.5 MXFP4; sparse " +
      "is 2x). The AMD page could not be fetched for this catalog; the figures follow AMD's table as quoted.",
  },
  // ---------------------------------------------------------------- Google TPU
  {
    id: "tpu-v3",
    name: "Google Cloud TPU v3",
    aliases: ["tpu v3", "v3", "cloud tpu v3", "tpuv3"],
    vendor: "Google",
    memoryGB: 32,
    memoryBandwidthTBs: 0.9,
    peakTflops: { bf16: 123 },
    source: {
      title: "Cloud TPU v3 (Google Cloud TPU documentation)",
      url: "https://cloud.google.com/tpu/docs/v3",
    },
    notes:
      "One device = one chip (2 TensorCores, 4 MXUs). Google states 123 teraflops bf16 per chip and 32 GiB HBM2 " +
      "(stored as 32) at 900 GBps; measured power 123/220/262 W (min/mean/max). The hardware of Gopher and " +
      "Chinchilla. No int8 or fp32 peak is published.",
  },
  {
    id: "tpu-v4",
    name: "Google Cloud TPU v4",
    aliases: ["tpu v4", "v4", "cloud tpu v4"],
    vendor: "Google",
    memoryGB: 32,
    memoryBandwidthTBs: 1.2,
    peakTflops: { bf16: 275, int8: 275 },
    source: {
      title: "Cloud TPU v4 (Google Cloud TPU documentation)",
      url: "https://cloud.google.com/tpu/docs/v4",
    },
    notes:
      "One device = one chip (2 TensorCores). Google states 275 TFLOPS bf16 or int8, 32 GiB HBM2 (stored as " +
      "32) at 1,200 GBps. The MXUs compute in bf16; no fp32/fp8 peak is published.",
  },
  {
    id: "tpu-v5e",
    name: "Google Cloud TPU v5e",
    aliases: ["tpu v5e", "v5e", "cloud tpu v5e", "tpu v5 lite", "v5litepod"],
    vendor: "Google",
    memoryGB: 16,
    memoryBandwidthTBs: 0.819,
    peakTflops: { bf16: 197, int8: 393 },
    source: {
      title: "Cloud TPU v5e (Google Cloud TPU documentation)",
      url: "https://cloud.google.com/tpu/docs/v5e",
    },
    notes:
      "One device = one chip (1 TensorCore). 197 TFLOPS bf16; int8 is 393 TOPS in the current table (394 in " +
      "some Google material). 16GB HBM2 at 819 GBps (newer table: '800 GiBps').",
  },
  {
    id: "tpu-v5p",
    name: "Google Cloud TPU v5p",
    aliases: ["tpu v5p", "v5p", "cloud tpu v5p"],
    vendor: "Google",
    memoryGB: 95,
    memoryBandwidthTBs: 2.765,
    peakTflops: { bf16: 459, int8: 918 },
    source: {
      title: "Cloud TPU v5p (Google Cloud TPU documentation)",
      url: "https://cloud.google.com/tpu/docs/v5p",
    },
    notes:
      "One device = one chip (2 TensorCores). 459 TFLOPS bf16; 95 GiB HBM2e (the current table's 'HBM capacity per " +
      "chip (GiB)'; an older revision printed '95 GB', stored as 95) at 2,765 GBps. int8 918 TOPS is from Google's " +
      "launch material, not that table.",
  },
  {
    id: "tpu-v6e",
    name: "Google Cloud TPU v6e (Trillium)",
    aliases: ["tpu v6e", "v6e", "cloud tpu v6e", "trillium", "tpu trillium"],
    vendor: "Google",
    memoryGB: 32,
    memoryBandwidthTBs: 1.64,
    peakTflops: { bf16: 918, int8: 1836 },
    source: {
      title: "Cloud TPU v6e (Google Cloud TPU documentation)",
      url: "https://cloud.google.com/tpu/docs/v6e",
    },
    notes:
      "One device = one chip (1 TensorCore). 918 TFLOPS bf16, 1,836 TOPS int8, 32GB HBM; bandwidth is " +
      "printed as 1,638-1,640 GBps depending on the page revision.",
  },
  {
    id: "tpu-v7",
    name: "Google Cloud TPU7x (Ironwood)",
    aliases: ["tpu v7", "tpu7x", "tpu 7x", "v7", "ironwood", "tpu ironwood", "cloud tpu v7"],
    vendor: "Google",
    memoryGB: 192,
    memoryBandwidthTBs: 7.38,
    peakTflops: { bf16: 2307, fp8: 4614 },
    source: {
      title: "TPU7x (Ironwood) (Google Cloud TPU documentation)",
      url: "https://cloud.google.com/tpu/docs/tpu7x",
    },
    notes:
      "One device = one chip (2 TensorCores, 4 SparseCores). The docs table: 2,307 TFLOPS BF16 and 4,614 FP8 " +
      "per chip (dense), 192 GiB HBM (stored as 192) at 7,380 GBps, 9,216 chips per pod. Google's launch " +
      "announcement rounded the bandwidth to 7.2 TBps.",
  },
  // ---------------------------------------------------------------- Intel Gaudi
  {
    id: "gaudi2",
    name: "Intel Gaudi 2 96GB",
    aliases: ["gaudi2", "gaudi 2", "intel gaudi 2", "habana gaudi2"],
    vendor: "Intel",
    memoryGB: 96,
    memoryBandwidthTBs: 2.46,
    peakTflops: { bf16: 432, fp8: 865 },
    source: GAUDI3_WHITEPAPER,
    notes:
      "MME (matrix engine) peaks as given in Intel's Gaudi 3 white paper comparison and Hot Chips 2024 slides: " +
      "432 BF16, 865 FP8, 96GB HBM2E at 2.46 TB/s. Intel does not publish FP32/TF32/FP16 peaks for Gaudi 2.",
  },
  {
    id: "gaudi3",
    name: "Intel Gaudi 3 128GB",
    aliases: ["gaudi3", "gaudi 3", "intel gaudi 3", "habana gaudi3"],
    vendor: "Intel",
    memoryGB: 128,
    memoryBandwidthTBs: 3.7,
    peakTflops: { bf16: 1835, fp8: 1835 },
    source: GAUDI3_WHITEPAPER,
    notes:
      "White-paper MME peaks: 1,835 BF16 and FP8 (dense), 128GB HBM2e at 3.7 TB/s (3.67 in the Hot Chips " +
      "slides). Shipping parts reportedly clock the MME at 1.6 GHz instead of 1.75 GHz, i.e. about 1,677. " +
      "The lower FP16/TF32/FP32 matrix rates were not verified and are omitted.",
  },
  // ---------------------------------------------------------------- AWS Trainium
  {
    id: "trainium",
    name: "AWS Trainium (Trn1)",
    aliases: ["trainium", "trainium1", "trn1", "aws trainium", "trainium trn1"],
    vendor: "AWS",
    memoryGB: 32,
    memoryBandwidthTBs: 0.82,
    peakTflops: { fp32: 47.5, tf32: 190, bf16: 190, fp16: 190, fp8: 190, int8: 380 },
    source: {
      title: "AWS Neuron documentation: Trainium Architecture",
      url: "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium.html",
    },
    notes:
      "One device = one Trainium chip (2 NeuronCore-v2; a trn1.32xlarge has 16). 190 TFLOPS FP16/BF16/cFP8/TF32 " +
      "(fp8 here is cFP8), 47.5 FP32, 380 INT8 TOPS (older docs: 420). 32 GiB at 820 GiB/s (older docs: " +
      "32GB, 820 GB/s).",
  },
  {
    id: "trainium2",
    name: "AWS Trainium2 (Trn2)",
    aliases: ["trainium2", "trainium 2", "trn2", "aws trainium2"],
    vendor: "AWS",
    memoryGB: 96,
    memoryBandwidthTBs: 2.9,
    peakTflops: { fp32: 181, tf32: 667, bf16: 667, fp16: 667, fp8: 1299 },
    source: {
      title: "AWS Neuron documentation: Trainium2 Architecture",
      url: "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trainium2.html",
    },
    notes:
      "One device = one Trainium2 chip (8 NeuronCore-v3). Dense 1,299 FP8, 667 BF16/FP16/TF32, 181 FP32; AWS " +
      "separately prints 2,563 'sparse' (4:1) TFLOPS. 96 GiB HBM at 2.9 TB/s (one NKI page says 3 TB/s).",
  },
  {
    id: "trainium3",
    name: "AWS Trainium3 (Trn3)",
    aliases: ["trainium3", "trainium 3", "trn3", "aws trainium3"],
    vendor: "AWS",
    memoryGB: 144,
    memoryBandwidthTBs: 4.9,
    peakTflops: { fp32: 183, tf32: 671, bf16: 671, fp16: 671, fp8: 2517, fp4: 2517 },
    source: {
      title: "AWS Neuron documentation: Trainium3 Architecture",
      url: "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/about-neuron/arch/neuron-hardware/trainium3.html",
    },
    notes:
      "One device = one Trainium3 chip (8 NeuronCore-v4). Dense 2,517 MXFP8/MXFP4 (fp8 and fp4 here are the MX " +
      "formats), 671 BF16/FP16/TF32, 183 FP32; AWS separately prints 2,517 'sparse' FP16/BF16/TF32. 144 GiB " +
      "(stored as 144) at 4.9 TB/s (the NKI guide says 4.7 TB/s).",
  },
];

/**
 * Every catalog entry, in the display order of `/flops gpus`. Typed as gpuSchema's output; the
 * tests parse every entry with gpuSchema (test/core/gpus.test.ts), so a bad entry fails CI
 * instead of every start paying for the parse (README, Performance).
 */
export const GPUS: readonly Gpu[] = Object.freeze(RAW_GPUS);

/**
 * The catalog's current data-center training accelerators, one per vendor line and generation
 * (serving cards, consumer cards and export variants left out): what `which is the best GPU for
 * 70B 2T` compares side by side, as `gpu=` ids.
 */
export const TRAINING_LINEUP: readonly string[] = [
  "a100-80gb-sxm",
  "h100-sxm",
  "h200-sxm",
  "b200",
  "mi300x",
  "tpu-v5p",
  "gaudi3",
];

/**
 * The cards people ask about most, listed first where a list is not narrowed by what was typed (an
 * empty GPU field, a vendor's name): current training cards before older ones and serving cards.
 * The rest follow in catalog order (oldest first within a line, as the datasheets came).
 */
const ASKED_MOST: readonly string[] = [
  "h100-sxm",
  "h200-sxm",
  "b200",
  "a100-80gb-sxm",
  "mi300x",
  "b300",
  "gb200",
  "mi355x",
  "mi325x",
  "tpu-v5p",
  "tpu-v6e",
  "gaudi3",
  "trainium2",
  "l40s",
  "rtx-4090",
];

/** Cards with the most asked first (ASKED_MOST's order), the others after them in the order given. */
export function askedMostFirst(cards: readonly Gpu[]): Gpu[] {
  const place = (gpu: Gpu) => {
    const at = ASKED_MOST.indexOf(gpu.id);
    return at < 0 ? ASKED_MOST.length : at;
  };
  // Array sort is stable: cards outside the list keep the order given.
  return [...cards].sort((a, b) => place(a) - place(b));
}

/**
 * The vendor a word names (`nvidia`, `AMD`, `goo`: the whole name or its first three letters or
 * more), as the catalog spells it; undefined for any other word.
 */
export function vendorNamed(word: string): string | undefined {
  const typed = word.trim().toLowerCase();
  if (typed.length < 3 && !VENDOR_PREFIXES.includes(typed)) return undefined;
  const vendor = VENDOR_PREFIXES.find((v) => v.startsWith(typed));
  return vendor === undefined ? undefined : GPUS.find((gpu) => gpu.vendor.toLowerCase() === vendor)?.vendor;
}

const VENDOR_PREFIXES = ["nvidia", "amd", "google", "intel", "aws"];

/** Case- and punctuation-free form of a GPU name: "NVIDIA H100-SXM5" → "h100sxm5". */
export function normalizeGpuName(s: string): string {
  let out = nameKey(s);
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const prefix of VENDOR_PREFIXES) {
      if (out.startsWith(prefix) && out.length > prefix.length) {
        out = out.slice(prefix.length);
        stripped = true;
      }
    }
  }
  // A memory size written short (`A100-80G`, `H100 80G`) is the size in GB.
  return out.length > 2 && out.endsWith("g") && isDigitCode(out.charCodeAt(out.length - 2)) ? `${out}b` : out;
}

/** Every GPU by its normalized id, name and aliases: indexed once, a name claimed twice refused at load. */
export const GPU_CATALOG: Catalog<Gpu> = createCatalog({
  label: "GPU catalog",
  items: GPUS,
  id: (gpu) => gpu.id,
  names: gpuNames,
  normalize: normalizeGpuName,
});

/** The names the catalog answers to: id, full name and aliases. */
function gpuNames(gpu: Gpu): string[] {
  return [gpu.id, gpu.name, ...gpu.aliases];
}

let nameStarts: ReadonlySet<string> | undefined;

/**
 * Whether a GPU name (alone or with the words after it, plural or not) can begin with `word`:
 * false means no lookup starting here can find one, so a reader need not try. True for a word
 * that begins or is part of a vendor word (stripped by normalizeGpuName), normalizes to nothing,
 * or is not plain ASCII.
 */
export function mayStartGpuName(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return true;
  const piece = nameKey(word);
  if (piece === "") return true;
  // A loop rather than `some` with a closure over the piece: this runs for most words of a question.
  for (const vendor of VENDOR_PREFIXES) if (piece.startsWith(vendor) || vendor.startsWith(piece)) return true;
  nameStarts ??= new Set(
    GPUS.flatMap(gpuNames)
      .map(normalizeGpuName)
      .flatMap((key) => [...key].map((_, i) => key.slice(0, i + 1))),
  );
  return nameStarts.has(piece) || (piece.endsWith("s") && nameStarts.has(piece.slice(0, -1)));
}

/** A Google TPU: its time is counted in chip-hours (PaLM §4), which the answers call GPU-hours. */
export const isTpu = (gpu: Pick<Gpu, "id">): boolean => gpu.id.startsWith("tpu-");

/** The name without the vendor word, for short lists: "NVIDIA H100 SXM5 80GB" → "H100 SXM5 80GB". */
export function shortGpuName(gpu: Gpu): string {
  return gpu.name.startsWith(`${gpu.vendor} `) ? gpu.name.slice(gpu.vendor.length + 1) : gpu.name;
}

/** The entry a user meant by `query` ("h100", "H100-SXM", "tpu v5p"); UserError gpu.unknown otherwise. */
export function findGpu(query: string): Gpu {
  const hit = GPU_CATALOG.find(query);
  if (hit) return hit;
  const suggestions = GPU_CATALOG.suggest(query).map(shortGpuName).join(", ");
  // Nothing near: the list command, never an empty "Did you mean" (as for runs).
  throw suggestions === ""
    ? new UserError("gpu.unknownNoSuggestion", { query })
    : new UserError("gpu.unknown", { query, suggestions });
}

/**
 * Entries whose id, name or an alias contains the normalized filter: exact matches first, then
 * prefix matches, then substring matches; catalog order within each group. An empty filter
 * returns the whole catalog.
 */
export function searchGpus(filter: string): Gpu[] {
  return GPU_CATALOG.search(filter);
}

/** `80gb`, `80 GB`, `24g`: a filter that is only a memory size, its GB; undefined for anything else. */
export function memoryAskedGB(filter: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*gb?$/i.exec(filter.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * The cards with exactly `gb` of memory, in catalog order: a memory is matched as a number, never as
 * text (`80gb` is in the name of the B200 180GB, which has no 80 GB).
 */
export function gpusWithMemory(gb: number): Gpu[] {
  return GPUS.filter((gpu) => gpu.memoryGB === gb);
}

/** Every memory size in the catalog, smallest first, each once. */
export function catalogMemoriesGB(): number[] {
  return [...new Set(GPUS.map((gpu) => gpu.memoryGB))].sort((a, b) => a - b);
}

/** Dense peak in FLOP/s (TFLOPS × 1e12); UserError gpu.precisionUnsupported when the sheet has none. */
export function peakFlops(gpu: Gpu, precision: Precision): number {
  const tflops = gpu.peakTflops[precision];
  if (tflops === undefined) {
    const supported = PRECISIONS.filter((p) => gpu.peakTflops[p] !== undefined).join(", ");
    throw new UserError("gpu.precisionUnsupported", { gpu: gpu.name, precision, supported });
  }
  return Math.round(tflops * 1e12);
}
