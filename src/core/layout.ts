import { type GatedLayer, gatedActivationBytesPerLayer } from "./gatedActivations.ts";
import { ADAM_MIXED_PRECISION, type ZeroStage } from "./memory.ts";

/**
 * Per-GPU training memory as a function of a parallel layout, and the search for the smallest
 * layout that fits. Model states split over t·p and, by ZeRO stage, over d; activations split by t
 * (with sequence parallelism) and never by d (Korthikanti et al. 2022, §4; Narayanan et al. 2021).
 */

export type Recompute = "none" | "selective" | "full";
/** flash: a fused attention kernel that stores no s² score matrix (Dao et al. 2022); unfused: Korthikanti's accounting. */
export type AttentionKernel = "flash" | "unfused";

export interface TransformerShape {
  layers: number;
  hidden: number;
  heads: number;
  /** Key/value heads (grouped-query attention); the heads when absent. */
  kvHeads?: number;
  /** Output-layer activations (logits) are counted when the vocabulary is known. */
  vocab?: number;
  /**
   * A Llama-style decoder layer (GQA, SwiGLU, RMSNorm, no dropout): its activations are counted as
   * such (gatedActivationBytesPerLayer); absent, as Korthikanti et al.'s GPT layer.
   */
  gated?: GatedLayer;
}

export interface Layout {
  tp: number;
  pp: number;
  dp: number;
  zero: ZeroStage;
  sequenceParallel: boolean;
  recompute: Recompute;
  microBatch: number;
  sequenceLength: number;
  attention: AttentionKernel;
}

export interface LayoutMemory {
  /** Bytes on the most loaded GPU (the first pipeline stage), by part. */
  weights: number;
  gradients: number;
  optimizer: number;
  activations: number;
  /** ZeRO-3 gathers each layer's full bf16 weights before using them: two layers' worth in flight. */
  gatherBuffer: number;
  perGpu: number;
  gpus: number;
}

/**
 * Activation bytes of one transformer layer on one GPU, 16-bit (Korthikanti et al. 2022, Table 2):
 * no parallelism sbh(34 + 5as/h); tensor parallel sbh(10 + 24/t + 5as/(ht)); with sequence
 * parallelism sbh(34/t + 5as/(ht)); selective recomputation drops the 5as/h term; full
 * recomputation keeps only the layer input, 2sbh. A fused attention kernel (FlashAttention,
 * Dao et al. 2022) never stores the s² terms, so without recomputation it equals selective.
 * A Llama-style layer (shape.gated) is counted the same way for its own ops (gatedActivations.ts).
 */
export function activationBytesPerLayer(shape: TransformerShape, layout: Layout): number {
  if (shape.gated) return gatedActivationBytesPerLayer(shape, shape.gated, layout);
  const s = layout.sequenceLength;
  const b = layout.microBatch;
  const h = shape.hidden;
  const a = shape.heads;
  const t = layout.tp;
  if (layout.recompute === "full") return 2 * s * b * h;
  const scores = layout.recompute === "none" && layout.attention === "unfused" ? (5 * a * s) / (h * t) : 0;
  const linear = layout.sequenceParallel || t === 1 ? 34 / t : 10 + 24 / t;
  return s * b * h * (linear + scores);
}

/**
 * Activations held by the first pipeline stage. Under 1F1B it keeps p micro-batches in flight for
 * its L/p layers, so L layers' worth whatever p is (Korthikanti et al. 2022, §4.2.3); p·⌈L/p⌉ when
 * the stages are uneven (stageLayersInFlight). Full
 * recomputation adds one layer's activations while that layer is recomputed. With p = 1 the same
 * stage also holds the output layer: 4sbh/t·(1 + v/h) (Korthikanti et al. 2022, §4.3).
 */
export function firstStageActivationBytes(shape: TransformerShape, layout: Layout): number {
  const stored = stageLayersInFlight(shape, layout.pp) * activationBytesPerLayer(shape, layout);
  const working =
    layout.recompute === "full" ? activationBytesPerLayer(shape, withLayout(layout, layout.dp, "none")) : 0;
  const { sequenceLength: s, microBatch: b, tp: t } = layout;
  const h = shape.hidden;
  const output = layout.pp === 1 && shape.vocab ? ((4 * s * b * h) / t) * (1 + shape.vocab / h) : 0;
  return stored + working + output;
}

/**
 * Whether p stages split the layers unevenly: the fullest then holds ⌈L/p⌉ layers, more than L/p
 * (Llama 3 405B: 126 layers over 16 stages, Llama Team 2024, §3.3.2). Only with a known shape.
 */
export const unevenStages = (shape: TransformerShape, pp: number): boolean =>
  shape.hidden > 0 && pp > 1 && pp < shape.layers && shape.layers % pp !== 0;

/** Layers on the fullest pipeline stage: ⌈L/p⌉ (L/p when p divides L). */
export const fullestStageLayers = (shape: TransformerShape, pp: number): number =>
  Math.ceil(shape.layers / pp);

/**
 * Layers' worth of activations the fullest stage holds under 1F1B: p micro-batches in flight for its
 * ⌈L/p⌉ layers, p·⌈L/p⌉ (L when p divides L; 16 × 8 = 128 for 126 layers over 16 stages). Counted
 * as if that stage were the first (the embedding, p micro-batches): an upper bound on every stage.
 */
export function stageLayersInFlight(shape: TransformerShape, pp: number): number {
  return unevenStages(shape, pp) ? pp * fullestStageLayers(shape, pp) : shape.layers;
}

/**
 * The layout with another d (and recomputation), its keys in the same order. Written out, not
 * `{ ...layout, dp }`: on Node 20 a spread followed by a key costs as much as a whole layout's memory.
 */
function withLayout(layout: Layout, dp: number, recompute: Recompute = layout.recompute): Layout {
  return {
    tp: layout.tp,
    pp: layout.pp,
    dp,
    zero: layout.zero,
    sequenceParallel: layout.sequenceParallel,
    recompute,
    microBatch: layout.microBatch,
    sequenceLength: layout.sequenceLength,
    attention: layout.attention,
  };
}

/** Bytes of the whole model's states, before any split: weights, gradients, optimizer. */
export interface ModelStates {
  /** Parameters of the model (frozen and trainable), for the embedding's share. */
  params: number;
  weights: number;
  gradients: number;
  optimizer: number;
}

/** Full training with mixed-precision Adam: 2 + 2 + 12 bytes per parameter (Rajbhandari et al. 2020, §3.1). */
export const adamStates = (params: number): ModelStates => ({
  params,
  weights: params * ADAM_MIXED_PRECISION.weights,
  gradients: params * ADAM_MIXED_PRECISION.gradients,
  optimizer: params * ADAM_MIXED_PRECISION.optimizer,
});

/**
 * The model-state bytes every card keeps at a ZeRO stage whatever d, with t = p = 1: the parts
 * that stage does not shard (ZeRO-0 none, ZeRO-1 the optimizer states, ZeRO-2 also the gradients;
 * Rajbhandari et al. 2020, §5).
 */
export function unshardedStateBytes(states: ModelStates, zero: ZeroStage): number {
  return (
    (zero < 3 ? states.weights : 0) + (zero < 2 ? states.gradients : 0) + (zero < 1 ? states.optimizer : 0)
  );
}

/**
 * Per-GPU bytes of a layout: 16 bytes per parameter of mixed-precision Adam (ZeRO §3.1) over t·p;
 * ZeRO-1 shards the 12 optimizer bytes over d, ZeRO-2 also the gradients, ZeRO-3 also the weights
 * (Rajbhandari et al. 2020, §5); activations of the first stage, never divided by d.
 */
export function layoutMemory(states: ModelStates, shape: TransformerShape, layout: Layout): LayoutMemory {
  const share = firstStageShare(states, shape, layout);
  const { zero, dp } = layout;
  const weights = (states.weights * share) / (zero >= 3 ? dp : 1);
  const gradients = (states.gradients * share) / (zero >= 2 ? dp : 1);
  const optimizer = (states.optimizer * share) / (zero >= 1 ? dp : 1);
  const gatherBuffer =
    layout.zero === 3 && layout.dp > 1 && shape.hidden > 0
      ? (Math.min(2, shape.layers) * states.weights) / (shape.layers * layout.tp)
      : 0;
  const activations = firstStageActivationBytes(shape, layout);
  return {
    weights,
    gradients,
    optimizer,
    activations,
    gatherBuffer,
    perGpu: weights + gradients + optimizer + activations + gatherBuffer,
    gpus: layout.tp * layout.pp * layout.dp,
  };
}

/**
 * Share of the model's states on one GPU of the first pipeline stage: the transformer layers split
 * over t·p, and that stage also holds the V·h input embedding split over t (Narayanan et al. 2021,
 * §2.2: the embedding sits on the first stage). Without a vocabulary, an even 1/(t·p).
 */
export function firstStageShare(states: ModelStates, shape: TransformerShape, layout: Layout): number {
  // Uneven stages: the fullest holds ⌈L/p⌉ of the L layers, ⌈L/p⌉/(L·t) of them on one GPU.
  const even = unevenStages(shape, layout.pp)
    ? fullestStageLayers(shape, layout.pp) / (shape.layers * layout.tp)
    : 1 / (layout.tp * layout.pp);
  if (layout.pp === 1 || !shape.vocab || states.params <= 0) return even;
  const embedding = Math.min(shape.vocab * shape.hidden, states.params) / states.params;
  return (1 - embedding) * even + embedding / layout.tp;
}

/** What a user fixed; the search varies the rest. */
export interface LayoutConstraints {
  tp?: number;
  pp?: number;
  dp?: number;
  zero?: ZeroStage;
  recompute?: Recompute;
  sequenceParallel?: boolean;
  microBatch: number;
  sequenceLength: number;
  attention: AttentionKernel;
  /** GPUs in one node: tensor parallelism stays inside it. */
  nodeSize: number;
  /** Largest data-parallel size tried. */
  maxDp?: number;
}

export interface LayoutChoice {
  layout: Layout;
  memory: LayoutMemory;
}

const powersOfTwoUpTo = (limit: number): number[] => {
  const out: number[] = [];
  for (let v = 1; v <= limit; v *= 2) out.push(v);
  return out;
};
/** The divisors of n, ascending: pairs (k, n / k) up to √n, not a list of n candidates. */
export function divisors(n: number): number[] {
  const small: number[] = [];
  const large: number[] = [];
  for (let k = 1; k * k <= n; k++) {
    if (n % k !== 0) continue;
    small.push(k);
    if (k !== n / k) large.push(n / k);
  }
  return small.concat(large.reverse());
}

/** Tensor-parallel sizes an engine accepts: powers of two up to one node that divide the heads. */
export function tensorParallelSizes(heads: number, nodeSize: number): number[] {
  return powersOfTwoUpTo(nodeSize).filter((t) => heads % t === 0);
}

/**
 * Tensor-parallel sizes a serving engine accepts: those dividing the heads whose KV heads either split
 * evenly over the ranks or are replicated a whole number of times. vLLM's QKVParallelLinear takes
 * n_kv/t heads a rank when t ≤ n_kv (divide(n_kv, t), which asserts divisibility) and replicates them
 * t/n_kv times when t > n_kv (divide(t, n_kv)), so Phi-3-medium's 10 KV heads serve at t ≤ 2
 * (vllm-project/vllm#5951: "Can't support Phi-3-medium-* models with more than 2 GPUs"), while
 * Qwen3-235B-A22B's 4 serve at t = 8, two replicas of each head.
 */
export function servingTensorParallelSizes(
  heads: number,
  kvHeads: number | undefined,
  nodeSize: number,
): number[] {
  return tensorParallelSizes(heads, nodeSize).filter((t) => servingTpFitsKvHeads(t, kvHeads));
}

/** Whether t splits or replicates n_kv KV heads evenly (always, when they are not known). */
export function servingTpFitsKvHeads(tp: number, kvHeads: number | undefined): boolean {
  return kvHeads === undefined || kvHeads % tp === 0 || tp % kvHeads === 0;
}

/**
 * Tensor-parallel sizes a training run can use: those above that also divide the key/value heads.
 * Megatron-LM splits the KV heads over t like the query heads (megatron/core/transformer/attention.py:
 * num_query_groups_per_partition = divide(num_query_groups, t), which asserts divisibility), so a
 * model with 4 KV heads trains at t ≤ 4 (Qwen3-235B-A22B: 64 heads, 4 KV heads).
 */
export function trainingTensorParallelSizes(shape: TransformerShape, nodeSize: number): number[] {
  const kv = shape.kvHeads ?? shape.heads;
  return tensorParallelSizes(shape.heads, nodeSize).filter((t) => kv % t === 0);
}

const RECOMPUTE_ORDER: readonly Recompute[] = ["selective", "full"];
const ZERO_ORDER: readonly ZeroStage[] = [0, 1, 2, 3];

/**
 * The smallest number of GPUs whose layout fits `usableBytes` on every card: t a power of two up to
 * a node dividing the heads and KV heads, p dividing the layers, d the smallest that lets ZeRO shard enough and
 * fills whole nodes (wholeNodeDp).
 * Only a p the user fixed may leave uneven stages: Megatron-LM's default split needs p | L, so the
 * search proposes none of its own.
 * Ties go to less recomputation, then the lower ZeRO stage, then smaller t and p.
 */
export function searchLayout(
  states: ModelStates,
  shape: TransformerShape,
  constraints: LayoutConstraints,
  usableBytes: number,
): LayoutChoice | undefined {
  const tps = constraints.tp ? [constraints.tp] : trainingTensorParallelSizes(shape, constraints.nodeSize);
  const pps = constraints.pp ? [constraints.pp] : divisors(shape.layers);
  const zeros = constraints.zero !== undefined ? [constraints.zero] : ZERO_ORDER;
  const recomputes = constraints.recompute ? [constraints.recompute] : RECOMPUTE_ORDER;
  const maxDp = constraints.maxDp ?? 100_000;
  let best: LayoutChoice | undefined;
  let bestRank: number[] | undefined;
  for (const recompute of recomputes) {
    for (const zero of zeros) {
      for (const tp of tps) {
        for (const pp of pps) {
          // Larger p only adds GPUs once t·p alone reaches the best count found.
          if (bestRank && tp * pp > (bestRank[0] ?? 0)) break;
          const base: Layout = {
            tp,
            pp,
            dp: 1,
            zero,
            sequenceParallel: constraints.sequenceParallel ?? tp > 1,
            recompute,
            microBatch: constraints.microBatch,
            sequenceLength: constraints.sequenceLength,
            attention: constraints.attention,
          };
          // Activations are never sharded by d: a layout whose activations alone overflow is out.
          if (firstStageActivationBytes(shape, base) > usableBytes) continue;
          const least = constraints.dp ?? smallestDp(states, shape, base, usableBytes, maxDp);
          if (least === undefined) continue;
          const dp = constraints.dp ?? wholeNodeDp(tp, pp, least, constraints.nodeSize);
          if (dp > maxDp) continue;
          const layout = withLayout(base, dp);
          const memory = layoutMemory(states, shape, layout);
          if (memory.perGpu > usableBytes) continue;
          const rank = [memory.gpus, RECOMPUTE_ORDER.indexOf(recompute), ZERO_ORDER.indexOf(zero), tp, pp];
          if (!bestRank || lexLess(rank, bestRank)) {
            best = { layout, memory };
            bestRank = rank;
          }
        }
      }
    }
  }
  return best;
}

/**
 * The least d ≥ `dp` whose t·p·d fills whole nodes once it spans more than one: clusters are
 * allocated and wired by the node (8 GPUs in a DGX/HGX server, GPUS_PER_NODE), and Megatron-LM runs
 * t·p·d = the world size, so 20 GPUs (t 4 × p 5) would be 2½ nodes, and 90 (d 90) 11¼. More d only
 * shards ZeRO's states thinner (per-GPU bytes A + B/d), so the layout still fits. Within one node
 * any count is a real machine's.
 */
export function wholeNodeDp(tp: number, pp: number, dp: number, nodeSize: number): number {
  if (tp * pp * dp <= nodeSize) return dp;
  let d = dp;
  while ((tp * pp * d) % nodeSize !== 0) d += 1;
  return d;
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  }
  return false;
}

/**
 * Per-GPU bytes for d ≥ 2 are exactly A + B/d (the ZeRO-sharded part B over d, the rest A):
 * read A and B off d = 2 and d = 4, solve for the smallest d, then confirm it.
 */
function smallestDp(
  states: ModelStates,
  shape: TransformerShape,
  base: Layout,
  usableBytes: number,
  maxDp: number,
): number | undefined {
  if (perGpuAt(states, shape, base, 1) <= usableBytes) return 1;
  if (base.zero === 0) return undefined;
  const two = perGpuAt(states, shape, base, 2);
  const sharded = (two - perGpuAt(states, shape, base, 4)) * 4;
  const fixed = two - sharded / 2;
  if (fixed >= usableBytes) return undefined;
  let dp = Math.max(2, Math.ceil(sharded / (usableBytes - fixed)));
  // Guard the rounding of the division either way.
  if (dp > 2 && perGpuAt(states, shape, base, dp - 1) <= usableBytes) dp -= 1;
  while (dp <= maxDp && perGpuAt(states, shape, base, dp) > usableBytes) dp += 1;
  return dp <= maxDp ? dp : undefined;
}

function perGpuAt(states: ModelStates, shape: TransformerShape, base: Layout, dp: number): number {
  return layoutMemory(states, shape, withLayout(base, dp)).perGpu;
}
