import { findGpu, GPUS, type Gpu, type Precision, precisionSchema, shortGpuName } from "../core/gpus.ts";
import { DEFAULT_MFU, trainingTime } from "../core/training.ts";

/** The training GPUs a chart compares by default: one per recent generation and vendor. */
export const CHART_GPU_IDS = ["a100-80gb-sxm", "h100-sxm", "h200-sxm", "b200", "mi300x", "tpu-v5p"] as const;

/** One GPU's time for one run: the shape a time/GPU-hours/cost chart draws (one entry per GPU). */
export interface GpuEstimate {
  gpu: string;
  vendor: string;
  /** The GPU the user asked about. */
  chosen: boolean;
  seconds: number;
  gpuHours: number;
  costUsd?: number;
  /** This GPU's own price per GPU-hour, when the question gave one per GPU. */
  pricePerGpuHour?: number;
}

export interface AcrossGpusInput {
  flops: number;
  gpus: number;
  mfu?: number;
  precision?: string;
  /** The named GPU's price per GPU-hour: only that GPU is costed. */
  pricePerGpuHour?: number;
  /** The GPU the user named (catalog name), drawn first and highlighted. */
  chosen?: string;
}

/**
 * Time, GPU-hours and cost of one run on each GPU: t = C / (GPUs · dense peak · MFU)
 * (core/training.ts). GPUs without a dense peak at the precision are left out, not estimated.
 */
export function estimatesAcrossGpus(input: AcrossGpusInput): GpuEstimate[] {
  const parsed = precisionSchema.safeParse(input.precision ?? "bf16");
  const precision: Precision = parsed.success ? parsed.data : "bf16";
  const chosen = input.chosen ? GPUS.find((g) => g.name === input.chosen) : undefined;
  const list: Gpu[] = [
    ...(chosen ? [chosen] : []),
    ...CHART_GPU_IDS.map((id) => findGpu(id)).filter((g) => g !== chosen),
  ];
  return list.flatMap((gpu) => {
    const tflops = gpu.peakTflops[precision];
    if (tflops === undefined) return [];
    const time = trainingTime({
      flops: input.flops,
      gpus: input.gpus,
      peakFlopsPerGpu: tflops * 1e12,
      mfu: input.mfu ?? DEFAULT_MFU,
      // The typed price is the named GPU's: other GPUs rent at other prices, so they get no cost.
      ...(input.pricePerGpuHour === undefined || gpu !== chosen
        ? {}
        : { pricePerGpuHour: input.pricePerGpuHour }),
    });
    return [{ gpu: shortGpuName(gpu), vendor: gpu.vendor, chosen: gpu === chosen, ...time }];
  });
}
