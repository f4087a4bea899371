/** Default model-FLOPs utilization for time estimates; stated in every reply that uses it. */
export const DEFAULT_MFU = 0.4;

export interface TrainingTimeInput {
  flops: number;
  gpus: number;
  peakFlopsPerGpu: number;
  mfu: number;
  pricePerGpuHour?: number;
}

export interface TrainingTime {
  seconds: number;
  gpuHours: number;
  costUsd?: number;
}

/** Wall time = C / (GPUs × peak × MFU); GPU-hours = GPUs × time; cost = GPU-hours × price. */
export function trainingTime({
  flops,
  gpus,
  peakFlopsPerGpu,
  mfu,
  pricePerGpuHour,
}: TrainingTimeInput): TrainingTime {
  const seconds = flops / (gpus * peakFlopsPerGpu * mfu);
  const gpuHours = (gpus * seconds) / 3600;
  return pricePerGpuHour === undefined
    ? { seconds, gpuHours }
    : { seconds, gpuHours, costUsd: gpuHours * pricePerGpuHour };
}

/**
 * A GPU count as whole servers: NVIDIA's HGX/DGX servers hold 8 GPUs each (DGX H100 datasheet:
 * "8x NVIDIA H100 Tensor Core GPUs"), the unit clusters are built and rented in.
 */
export const GPUS_PER_NODE = 8;
export function wholeNodes(gpus: number, perNode = GPUS_PER_NODE): { gpus: number; nodes: number } {
  const nodes = Math.ceil(gpus / perNode);
  return { gpus: nodes * perNode, nodes };
}

/** GPUs needed to finish C in a given wall time at a given MFU. */
export function gpusForDeadline(
  flops: number,
  seconds: number,
  peakFlopsPerGpu: number,
  mfu: number,
): number {
  return Math.ceil(flops / (seconds * peakFlopsPerGpu * mfu));
}
