import type { Precision } from "./gpus.ts";

/** Bytes per parameter (or per KV-cache element) by storage precision. */
export const BYTES_PER_VALUE = {
  fp64: 8,
  fp32: 4,
  tf32: 4,
  bf16: 2,
  fp16: 2,
  fp8: 1,
  int8: 1,
  int4: 0.5,
  fp4: 0.5,
} as const satisfies Record<Precision | "int4", number>;
export type StoragePrecision = keyof typeof BYTES_PER_VALUE;

/** The seed article's rule of thumb: training ≈ 4× the weights, inference ≈ 2.5×. */
export const RULE_OF_THUMB = { train: 4, infer: 2.5 } as const;

export function ruleOfThumbBytes(
  params: number,
  precision: StoragePrecision,
  mode: "train" | "infer",
): number {
  return params * BYTES_PER_VALUE[precision] * RULE_OF_THUMB[mode];
}

/**
 * Mixed-precision Adam keeps 16 bytes per parameter: 2 (fp16/bf16 weights) + 2 (gradients) + 12
 * (fp32 master weights, momentum, variance) (Rajbhandari et al. 2020, ZeRO, §3.1, K = 12).
 */
export const ADAM_MIXED_PRECISION = { weights: 2, gradients: 2, optimizer: 12 } as const;

export type ZeroStage = 0 | 1 | 2 | 3;

export interface ActivationShape {
  layers: number;
  hidden: number;
  heads: number;
  sequenceLength: number;
  microBatch: number;
  recompute: "none" | "selective" | "full";
}

/**
 * Activation bytes per layer, 16-bit, no tensor parallelism (Korthikanti et al. 2022, §4, Eq. 1–2):
 * none s·b·h·(34 + 5·a·s/h); selective recomputation 34·s·b·h; full recomputation 2·s·b·h (layer input only).
 */
export function activationBytes(shape: ActivationShape): number {
  const { layers, hidden: h, heads: a, sequenceLength: s, microBatch: b, recompute } = shape;
  const perLayer =
    recompute === "full"
      ? 2 * s * b * h
      : recompute === "selective"
        ? 34 * s * b * h
        : s * b * h * (34 + (5 * a * s) / h);
  return layers * perLayer;
}

export interface TrainingMemoryInput {
  params: number;
  zeroStage?: ZeroStage;
  dataParallel?: number;
  activations?: ActivationShape;
}

export interface MemoryBreakdown {
  weights: number;
  gradients: number;
  optimizer: number;
  activations: number;
  kvCache: number;
  overhead: number;
  /** Bytes the whole model needs, summed over every card. */
  total: number;
  /** Bytes on one card of a data-parallel group (ZeRO shards model states across it). */
  perCard: number;
}

/** ZeRO stage 1 shards the optimizer states, 2 also gradients, 3 also the weights (Rajbhandari et al. 2020, §5). */
export function trainingMemory({
  params,
  zeroStage = 0,
  dataParallel = 1,
  activations,
}: TrainingMemoryInput): MemoryBreakdown {
  const weights = params * ADAM_MIXED_PRECISION.weights;
  const gradients = params * ADAM_MIXED_PRECISION.gradients;
  const optimizer = params * ADAM_MIXED_PRECISION.optimizer;
  const activationTotal = activations ? activationBytes(activations) : 0;
  const shard = (bytes: number, fromStage: ZeroStage) =>
    zeroStage >= fromStage ? bytes / dataParallel : bytes;
  const perCard = shard(weights, 3) + shard(gradients, 2) + shard(optimizer, 1) + activationTotal;
  return {
    weights,
    gradients,
    optimizer,
    activations: activationTotal,
    kvCache: 0,
    overhead: 0,
    total: weights + gradients + optimizer + activationTotal,
    perCard,
  };
}

export interface KvCacheShape {
  layers: number;
  kvHeads: number;
  headDim: number;
  context: number;
  batch: number;
}

/** The KV-cache byte rule, one place: 2 (K and V) · L · n_kv · d_head · bytes per token of context. */
export function kvBytesPerToken(
  shape: Pick<KvCacheShape, "layers" | "kvHeads" | "headDim">,
  precision: StoragePrecision,
): number {
  return 2 * shape.layers * shape.kvHeads * shape.headDim * BYTES_PER_VALUE[precision];
}

/** KV cache = 2 (K and V) · L · n_kv · d_head · bytes · context · batch. */
export function kvCacheBytes(shape: KvCacheShape, precision: StoragePrecision): number {
  return kvBytesPerToken(shape, precision) * shape.context * shape.batch;
}

/** Runtime overhead on top of weights and KV cache (activations, CUDA context, fragmentation); stated in replies. */
export const INFERENCE_OVERHEAD = 0.1;

/**
 * The KV cache has its own precision, bf16 by default whatever the weights' (fp8 or int4 weights
 * do not make an fp8 cache; engines quantize the cache only when asked).
 */
export function inferenceMemory(
  params: number,
  precision: StoragePrecision,
  kvCache?: KvCacheShape,
  kvPrecision: StoragePrecision = "bf16",
): MemoryBreakdown {
  const weights = params * BYTES_PER_VALUE[precision];
  const kv = kvCache ? kvCacheBytes(kvCache, kvPrecision) : 0;
  const overhead = (weights + kv) * INFERENCE_OVERHEAD;
  const total = weights + kv + overhead;
  return {
    weights,
    gradients: 0,
    optimizer: 0,
    activations: 0,
    kvCache: kv,
    overhead,
    total,
    perCard: total,
  };
}

/** Share of a card's memory a framework can use (vLLM's default gpu_memory_utilization is 0.9). */
export const USABLE_MEMORY_FRACTION = 0.9;

/** cards = ceil(total / usable memory of one card). */
export function cardsNeeded(
  totalBytes: number,
  cardMemoryBytes: number,
  usableFraction = USABLE_MEMORY_FRACTION,
): number {
  return Math.max(1, Math.ceil(totalBytes / (cardMemoryBytes * usableFraction)));
}
