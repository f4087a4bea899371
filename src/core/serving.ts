import { type AttentionShape, attendedContext, inferenceFlopsPerToken, windowCounted } from "./compute.ts";
import type { SlidingWindow } from "./forward.ts";
import { servingTensorParallelSizes } from "./layout.ts";
import { BYTES_PER_VALUE, INFERENCE_OVERHEAD, kvBytesPerToken, type StoragePrecision } from "./memory.ts";

/**
 * Serving: how a model is laid out over the cards an engine accepts, and how fast one replica
 * prefills and decodes (the roofline of Pope et al. 2022, "Efficiently Scaling Transformer Inference").
 */

/**
 * KV-cache bytes per token of context, for every layer. Grouped-query attention stores a key and
 * a value per layer, KV head and head dimension: 2·L·n_kv·d_head·bytes. Another attention (MLA's
 * compressed latent) plugs in as its own function of the same signature.
 */
export interface KvLayout {
  /** Bytes one token of context adds to the cache, for the whole model. */
  bytesPerToken: number;
  /** KV heads, for sharding under tensor parallelism; undefined when the cache is not split by head. */
  kvHeads?: number;
  /**
   * The architecture's sliding window, when it has one: those layers keep only their last W tokens
   * (kvBytesPerSequence); bytesPerToken stays the figure of a token on every layer.
   */
  window?: SlidingWindow & { slidingWindow: number };
  /** How the figure was derived: the variant (its formula lives in the registry) and its numbers. */
  derivation:
    | { variant: "gqa"; shape: GqaShape; bytesPerValue: number }
    | { variant: "mla"; layers: number; latent: number; bytesPerValue: number };
}

export interface GqaShape {
  layers: number;
  kvHeads: number;
  headDim: number;
}

/**
 * 2 (K and V) · L · n_kv · d_head · bytes per token (the cache of grouped-query attention), with the
 * architecture's sliding window when it has one (ignored unless its layers are among the L).
 */
export function gqaKvLayout(shape: GqaShape, precision: StoragePrecision, window?: SlidingWindow): KvLayout {
  const layout: KvLayout = {
    bytesPerToken: kvBytesPerToken(shape, precision),
    kvHeads: shape.kvHeads,
    derivation: { variant: "gqa", shape, bytesPerValue: BYTES_PER_VALUE[precision] },
  };
  const width = window?.slidingWindow;
  if (width !== undefined && window && window.slidingLayers.length > 0) {
    if (window.slidingLayers.every((layer) => layer < shape.layers))
      layout.window = { slidingWindow: width, slidingLayers: window.slidingLayers };
  }
  return layout;
}

/** Layers the cache spans (L of either variant). */
export function kvLayers(kv: KvLayout): number {
  return kv.derivation.variant === "gqa" ? kv.derivation.shape.layers : kv.derivation.layers;
}

/**
 * Bytes one sequence of T tokens keeps: Σ over layers of the bytes one token adds to a layer ×
 * the tokens that layer keeps, T, or min(T, W) on a sliding-window layer (Jiang et al. 2023,
 * Mistral 7B, §2, rolling buffer cache). Without a window, bytesPerToken · T.
 */
export function kvBytesPerSequence(kv: KvLayout, context: number): number {
  if (!kv.window) return kv.bytesPerToken * context;
  const layers = kvLayers(kv);
  return (kv.bytesPerToken * keptTokenLayers(kv, context)) / layers;
}

/**
 * Σ over layers of the tokens each keeps at context T (L · T without a window): attendedContext,
 * the one count of L_global·T + L_local·min(T, W) training and serving share. gqaKvLayout keeps a
 * window only when all its layers are among the cache's.
 */
export function keptTokenLayers(kv: KvLayout, context: number): number {
  return attendedContext({ layers: kvLayers(kv), attentionWidth: 0, context, ...windowOf(kv) });
}

/** The cache's sliding window as AttentionShape counts it (windowCounted), when it has one. */
function windowOf(kv: KvLayout): Pick<AttentionShape, "window"> {
  return kv.window ? { window: windowCounted(kv.window) } : {};
}

/** Whether the window holds the cache below bytesPerToken · T at context T (T > W on some layer). */
export function windowBinds(kv: KvLayout, context: number): boolean {
  return kv.window !== undefined && context > kv.window.slidingWindow;
}

/**
 * MLA caches one compressed latent and one decoupled RoPE key per layer, shared by every head:
 * L·(d_c + d_R)·bytes per token (DeepSeek-V2 §2.1.2–2.1.4, Table 1; DeepSeek-V3 config.json kv_lora_rank 512,
 * qk_rope_head_dim 64, 61 layers: 61 × 576 × 2 = 70,272 B in bf16). `latent` is d_c + d_R, per
 * layer, as the paper states it. Not split by head: each tensor-parallel rank holds it whole (one "KV head").
 */
export function mlaKvLayout(
  shape: { layers: number; latent: number },
  precision: StoragePrecision,
): KvLayout {
  const bytesPerValue = BYTES_PER_VALUE[precision];
  const { layers, latent } = shape;
  return {
    // L · (d_c + d_R) · bytes (DeepSeek-V2 §2.1.4, Table 1: (d_c + d_R)·l elements per token).
    bytesPerToken: layers * latent * bytesPerValue,
    kvHeads: 1,
    derivation: { variant: "mla", layers, latent, bytesPerValue },
  };
}

/**
 * Share of the cache one tensor-parallel rank holds: n_kv/t heads when t divides them, else one
 * whole head replicated on each rank (vLLM and Megatron replicate KV heads when t > n_kv).
 */
export function kvShareOnRank(kv: KvLayout, tp: number): number {
  if (kv.kvHeads === undefined) return 1 / tp;
  return Math.max(kv.kvHeads / tp, 1) / kv.kvHeads;
}

export interface ServingModel {
  params: number;
  /** Parameters read per token at batch 1 (a MoE's active parameters); params when dense. */
  activeParams: number;
  /** Undefined when not given: any pipeline size is tried and attention FLOP are left out. */
  layers?: number;
  /** Undefined when not given: every power of two up to a node is tried. */
  heads?: number;
  /**
   * Attention width n_q·d_head, for the attention FLOP term 4·L·ctx·d_attn (PaLM App. B). MLA's
   * Q·Kᵀ and A·V have other widths: H·(d_qk + d_v)/2 gives the same 2·L·ctx·H·(d_qk + d_v).
   */
  attentionWidth?: number;
  /** MLA's head dims (DeepSeek-V2 §2.1): d_qk = nope + rope, d_v; the width above is H·(d_qk + d_v)/2. */
  mla?: { heads: number; qk: number; v: number };
  kv?: KvLayout;
  /** A MoE's routed experts: E experts, top-k per token. */
  moe?: { experts: number; topK: number };
  /**
   * Parameters kept in 16 bits whatever the weights' precision: the token embedding and the output
   * head, V·h (tied) or 2·V·h (sixteenBitParams). Undefined when the vocabulary is not known.
   */
  sixteenBit?: number;
  /**
   * An untied token embedding, V·h: a decode step gathers the batch's rows of it, not the table (a
   * tied one is read whole as the output head). Undefined when not known or tied.
   */
  lookupOnly?: number;
}

/**
 * The embedding and head an engine leaves in 16 bits when it quantizes the weights to 8 or 4 bits:
 * FP8 and weight-only schemes quantize the linear layers of the blocks (vLLM's Fp8LinearMethod,
 * AWQ, GPTQ; bitsandbytes swaps only nn.Linear), not the embedding lookup nor lm_head
 * (transformers' get_keys_to_not_convert); DeepSeek-V3's FP8 checkpoint stores both in bf16
 * (§3.3.1: the embedding module and the output head keep their original precision). V·h · (1 or 2).
 */
export function sixteenBitParams(vocab: number, hidden: number, tied: boolean): number {
  return vocab * hidden * (tied ? 1 : 2);
}

/**
 * Bytes of `params` of the model's weights (all of them by default) at a precision: below 16 bits
 * the model's sixteenBit parameters stay at 2 bytes each, the rest at the precision's bytes.
 */
export function weightBytes(model: ServingModel, precision: StoragePrecision, params = model.params): number {
  const bytes = BYTES_PER_VALUE[precision];
  const kept = bytes < BYTES_PER_VALUE.bf16 ? Math.min(model.sixteenBit ?? 0, params) : 0;
  return (params - kept) * bytes + kept * BYTES_PER_VALUE.bf16;
}

/** Whether weightBytes keeps some parameters in 16 bits at this precision (its formula says so). */
export const keepsSixteenBit = (model: ServingModel, precision: StoragePrecision): boolean =>
  (model.sixteenBit ?? 0) > 0 && BYTES_PER_VALUE[precision] < BYTES_PER_VALUE.bf16;

/** Pipeline stages tried when the layer count is unknown. */
const MAX_PIPELINE = 64;

export interface ServingLayout {
  tp: number;
  pp: number;
  gpus: number;
  nodes: number;
  weightsPerGpu: number;
  kvPerGpu: number;
  overheadPerGpu: number;
  perGpu: number;
}

/** The sequences a replica holds in its cache at once, each of `context` tokens. */
export interface CacheLoad {
  context: number;
  batch: number;
}

/** Per-GPU bytes of weights, the batch's KV cache and the runtime overhead on a t × p layout. */
export function servingMemory(
  model: ServingModel,
  weightPrecision: StoragePrecision,
  cache: CacheLoad,
  tp: number,
  pp: number,
  nodeSize: number,
): ServingLayout {
  // The largest pipeline stage holds ⌈L/p⌉ of the L layers (vLLM splits layers as evenly as they go).
  const uneven = model.layers !== undefined && model.layers % pp !== 0;
  const stage = uneven ? Math.ceil((model.layers as number) / pp) / (model.layers as number) : 1 / pp;
  const weights = weightBytes(model, weightPrecision);
  const weightsPerGpu = uneven ? (weights * stage) / tp : weights / (tp * pp);
  const kvBytes = model.kv
    ? kvBytesPerSequence(model.kv, cache.context) * cache.batch * kvShareOnRank(model.kv, tp)
    : 0;
  const kvPerGpu = uneven ? kvBytes * stage : kvBytes / pp;
  const overheadPerGpu = (weightsPerGpu + kvPerGpu) * INFERENCE_OVERHEAD;
  return {
    tp,
    pp,
    gpus: tp * pp,
    nodes: Math.ceil((tp * pp) / nodeSize),
    weightsPerGpu,
    kvPerGpu,
    overheadPerGpu,
    perGpu: weightsPerGpu + kvPerGpu + overheadPerGpu,
  };
}

/**
 * The most sequences of `context` tokens a layout holds at once: the largest b with
 * (W + b·K)·(1 + overhead) ≤ usable on its fullest GPU, W its weights and K one sequence's share
 * of the KV cache there (what vLLM reports as the maximum concurrency for that many tokens a
 * request), with the W and K it was found from. undefined without a KV cache, which alone grows
 * with the batch.
 */
export function maxBatch(
  model: ServingModel,
  weightPrecision: StoragePrecision,
  context: number,
  layout: Pick<ServingLayout, "tp" | "pp">,
  usableBytes: number,
  nodeSize: number,
): { batch: number; weightsPerGpu: number; kvPerGpu: number } | undefined {
  if (!model.kv) return undefined;
  const one = servingMemory(model, weightPrecision, { context, batch: 1 }, layout.tp, layout.pp, nodeSize);
  if (!(one.kvPerGpu > 0)) return undefined;
  const batch = Math.floor((usableBytes / (1 + INFERENCE_OVERHEAD) - one.weightsPerGpu) / one.kvPerGpu);
  return { batch: Math.max(0, batch), weightsPerGpu: one.weightsPerGpu, kvPerGpu: one.kvPerGpu };
}

/** Sequences the GPUs given hold at once as ⌊A/(t·p)⌋ replicas of one layout, each at its max batch. */
export interface ConcurrencyOnGpus {
  tp: number;
  pp: number;
  replicas: number;
  perReplica: number;
  total: number;
  weightsPerGpu: number;
  kvPerGpu: number;
}

/**
 * The most sequences of `context` tokens `available` GPUs hold at once as replicas of a t × p
 * layout: ⌊A/(t·p)⌋ × maxBatch. undefined when no replica fits on them or no KV cache is modelled.
 */
export function maxBatchOnGpus(
  model: ServingModel,
  weightPrecision: StoragePrecision,
  context: number,
  layout: Pick<ServingLayout, "tp" | "pp">,
  usableBytes: number,
  nodeSize: number,
  available: number,
): ConcurrencyOnGpus | undefined {
  const replicas = Math.floor(available / (layout.tp * layout.pp));
  if (replicas < 1) return undefined;
  const most = maxBatch(model, weightPrecision, context, layout, usableBytes, nodeSize);
  if (!most || most.batch < 1) return undefined;
  return {
    tp: layout.tp,
    pp: layout.pp,
    replicas,
    perReplica: most.batch,
    total: replicas * most.batch,
    weightsPerGpu: most.weightsPerGpu,
    kvPerGpu: most.kvPerGpu,
  };
}

/**
 * Of the tensor-parallel sizes an engine accepts (at p stages), the one whose replicas hold the
 * most sequences on the GPUs given: one replica on more GPUs stores its weights once, leaving more
 * room for the cache (Llama 3 70B on 8 H100 at 8k: one TP 8 replica, 142, against 2 TP 4, 88).
 * Ties go to the smaller t (more replicas).
 */
export function mostConcurrentOnGpus(
  model: ServingModel,
  weightPrecision: StoragePrecision,
  context: number,
  pp: number,
  usableBytes: number,
  nodeSize: number,
  available: number,
): ConcurrencyOnGpus | undefined {
  let best: ConcurrencyOnGpus | undefined;
  for (const tp of servingTensorParallelSizes(model.heads ?? nodeSize, model.kv?.kvHeads, nodeSize)) {
    const found = maxBatchOnGpus(
      model,
      weightPrecision,
      context,
      { tp, pp },
      usableBytes,
      nodeSize,
      available,
    );
    if (found && (!best || found.total > best.total)) best = found;
  }
  return best;
}

/**
 * The smallest serving layout that fits: tensor parallelism t a power of two dividing the heads
 * up to one node, then, once t fills the node, pipeline stages p across nodes, the largest holding
 * ⌈L/p⌉ layers (Llama 3 405B in bf16:
 * TP 8 within a node, PP 2 across two nodes; Llama Team 2024, §6.1).
 */
export function searchServingLayout(
  model: ServingModel,
  weightPrecision: StoragePrecision,
  cache: CacheLoad,
  usableBytes: number,
  nodeSize: number,
  fixed: { tp?: number; pp?: number } = {},
): ServingLayout | undefined {
  const tps = fixed.tp
    ? [fixed.tp]
    : servingTensorParallelSizes(model.heads ?? nodeSize, model.kv?.kvHeads, nodeSize);
  // Pipeline sizes ascending: the fixed one, else any up to the layers (64 when unknown). A size
  // that does not divide the layers gives stages of ⌈L/p⌉ and ⌊L/p⌋ layers (servingMemory): 118
  // layers (PaLM) or 61 (DeepSeek-V3) are not held back to p = 59 or 61 for want of a divisor.
  const firstPp = fixed.pp ? fixed.pp : 1;
  const lastPp = fixed.pp ? fixed.pp : (model.layers ?? MAX_PIPELINE);
  const fullNode = Math.max(...tps);
  for (let pp = firstPp; pp <= lastPp; pp++) {
    // A stage count that leaves the largest stage as big as a smaller count's gains nothing.
    if (
      !fixed.pp &&
      model.layers &&
      pp > 1 &&
      Math.ceil(model.layers / pp) === Math.ceil(model.layers / (pp - 1))
    )
      continue;
    for (const tp of tps) {
      // Pipeline stages come only once tensor parallelism fills a node.
      if (pp > 1 && tp < fullNode && !fixed.tp) continue;
      const layout = servingMemory(model, weightPrecision, cache, tp, pp, nodeSize);
      if (layout.perGpu > usableBytes) continue;
      // The first fit is the smallest: t·p only grows along the search (t ascending at p = 1, then
      // one t for every larger p), so no later layout has fewer GPUs, or as many with a smaller p.
      return layout;
    }
  }
  return undefined;
}

/**
 * Expected distinct experts a decode step reads per MoE layer at batch B when each token picks k of
 * E experts: E·(1 − (1 − k/E)^B), uniform routing assumed. Batch 1 reads k; a large batch reads all.
 */
export function expertsRead(experts: number, topK: number, batch: number): number {
  return experts * (1 - (1 - topK / experts) ** batch);
}

/**
 * Weight bytes a decode step reads. Dense: all of them. MoE: the shared part (total − E·e) plus the
 * experts the batch touches, each expert e = (total − active)/(E − k) parameters.
 */
export function weightParamsRead(model: ServingModel, batch: number): number {
  if (!model.moe || model.activeParams >= model.params) return model.params;
  const { experts, topK } = model.moe;
  const perExpert = (model.params - model.activeParams) / (experts - topK);
  const shared = model.params - experts * perExpert;
  return shared + perExpert * expertsRead(experts, topK, batch);
}

export interface Hardware {
  /** HBM bandwidth of one GPU, bytes/s. */
  bandwidth: number;
  /** Dense peak of one GPU at the serving precision, FLOP/s. */
  peak: number;
}

export interface DecodeStep {
  batch: number;
  /** Bytes read from HBM per step on one GPU: its weight shard and its share of the batch's cache. */
  bytesPerGpu: number;
  flopsPerGpu: number;
  memoryTime: number;
  computeTime: number;
  stepTime: number;
  bound: "memory" | "compute";
  tokensPerSecondPerReplica: number;
  tokensPerSecondPerGpu: number;
}

/**
 * Forward FLOP of one generated token at context T: 2·N_active + 4·L·T·d_attn (PaLM Appendix B;
 * Kaplan et al. 2020 Table 1), the attention term over the tokens each layer attends to,
 * 2·N_active + 4·d_attn·Σ_l min(T, W_l) with a sliding window (Jiang et al. 2023 §2). Without
 * layers and an attention width, 2·N_active.
 */
export function servingFlopsPerToken(model: ServingModel, context: number): number {
  const { layers, attentionWidth } = model;
  if (!attentionWidth || !layers) return inferenceFlopsPerToken(model.activeParams);
  const window = model.kv ? windowOf(model.kv) : {};
  return inferenceFlopsPerToken(model.activeParams, { layers, attentionWidth, context, ...window });
}

/**
 * One decode step per replica (Pope et al. 2022, §2): time = max(bytes read / HBM bandwidth,
 * FLOP / peak). Each step reads every GPU's weight shard (but an untied embedding table, lookupOnly:
 * an embedding lookup gathers rows, no matmul reads the table) and the batch's KV cache once and does
 * servingFlopsPerToken FLOP per sequence, 2·N_active + 4·L·ctx·d_attn (PaLM Appendix B) with
 * min(ctx, W) on sliding-window layers; it emits `batch` tokens.
 */
export function decodeStep(
  model: ServingModel,
  weightPrecision: StoragePrecision,
  layout: { tp: number; pp: number },
  hardware: Hardware,
  batch: number,
  context: number,
): DecodeStep {
  const gpus = layout.tp * layout.pp;
  // Every weight the step multiplies by, but the untied embedding table, of which it gathers B rows.
  const paramsRead = weightParamsRead(model, batch);
  const table = Math.min(model.lookupOnly ?? 0, paramsRead);
  const tableBytes =
    table *
    (keepsSixteenBit(model, weightPrecision) ? BYTES_PER_VALUE.bf16 : BYTES_PER_VALUE[weightPrecision]);
  const weightsRead = (weightBytes(model, weightPrecision, paramsRead) - tableBytes) / gpus;
  const kvBytes = model.kv
    ? (kvBytesPerSequence(model.kv, context) * batch * kvShareOnRank(model.kv, layout.tp)) / layout.pp
    : 0;
  const bytesPerGpu = weightsRead + kvBytes;
  const flopsPerGpu = (servingFlopsPerToken(model, context) * batch) / gpus;
  // Pipeline stages run one after another for one token: the step takes p stage times.
  const memoryTime = (bytesPerGpu / hardware.bandwidth) * layout.pp;
  const computeTime = (flopsPerGpu / hardware.peak) * layout.pp;
  const stepTime = Math.max(memoryTime, computeTime);
  const tokensPerSecondPerReplica = batch / stepTime;
  return {
    batch,
    bytesPerGpu,
    flopsPerGpu,
    memoryTime,
    computeTime,
    stepTime,
    bound: memoryTime >= computeTime ? "memory" : "compute",
    tokensPerSecondPerReplica,
    tokensPerSecondPerGpu: tokensPerSecondPerReplica / gpus,
  };
}

/**
 * The largest batch whose decode step still gives each sequence `target` tokens/s: a step emits one
 * token per sequence, so each decodes 1 / step tokens/s, and the step grows with the batch (its KV
 * cache read and FLOP; Pope et al. 2022 §3). Up to `most` (what memory holds); 0 when not even one
 * sequence reaches the target on this layout.
 */
export function largestBatchAtRate(
  model: ServingModel,
  weightPrecision: StoragePrecision,
  layout: { tp: number; pp: number },
  hardware: Hardware,
  context: number,
  target: number,
  most: number,
): number {
  const meets = (batch: number) =>
    !(1 / decodeStep(model, weightPrecision, layout, hardware, batch, context).stepTime < target);
  // Each sequence's rate only falls as the batch grows (the step reads and computes more, the experts
  // touched only grow), so the largest batch that meets the target is found by halving the range:
  // trying every batch up to `most` took hours for a tiny model on a large card (4.6 billion
  // sequences fit a B200), the whole process waiting.
  const last = Math.floor(Math.min(most, Number.MAX_SAFE_INTEGER));
  if (!(last >= 1) || !meets(1)) return 0;
  if (meets(last)) return last;
  let met = 1;
  let missed = last;
  while (missed - met > 1) {
    const mid = met + Math.floor((missed - met) / 2);
    if (meets(mid)) met = mid;
    else missed = mid;
  }
  return met;
}

/**
 * Prefill FLOP of a P-token prompt: P·(2·N_active + 2·L·P·d_attn), the per-token 2N + 4·L·ctx·d_attn
 * of PaLM Appendix B with the causal mask's average context P/2. With a sliding window that P binds
 * (P > W): 2·N_active·P + 4·d_attn·Σ_l prefillAttended(P, W_l).
 */
export function prefillFlops(model: ServingModel, promptTokens: number): number {
  const { layers, attentionWidth, kv } = model;
  const window = kv?.window;
  if (!attentionWidth || !layers || !window || promptTokens <= window.slidingWindow) {
    const attention =
      attentionWidth && layers ? { layers, attentionWidth, context: promptTokens / 2 } : undefined;
    return promptTokens * inferenceFlopsPerToken(model.activeParams, attention);
  }
  const local = window.slidingLayers.length;
  const attended =
    (layers - local) * prefillAttended(promptTokens) +
    local * prefillAttended(promptTokens, window.slidingWindow);
  return 2 * model.activeParams * promptTokens + 4 * attentionWidth * attended;
}

/**
 * Tokens attended over a P-token prompt by one layer, Σ over positions, in the convention of the
 * causal average context P/2 above: the integral ∫₀^P min(x, W) dx, P²/2 on a global layer and on
 * a window layer with P ≤ W, W·(P − W/2) = W²/2 + (P − W)·W past it. The exact sums,
 * Σ_{i=1..P} i = P(P+1)/2 and Σ_{i=1..P} min(i, W) = W(W+1)/2 + (P − W)·W, are P/2 and W/2 more
 * per layer: left out on both, as PaLM's P/2 leaves it out, so a window that just binds changes nothing.
 */
export function prefillAttended(promptTokens: number, window = Number.POSITIVE_INFINITY): number {
  return promptTokens <= window ? promptTokens ** 2 / 2 : window * (promptTokens - window / 2);
}

/**
 * Prefill is compute-bound: FLOP / (GPUs · peak · MFU), GPUs being those that work on the prompt at
 * once: the t of one pipeline stage, since one prompt passes the p stages in series (Narayanan et
 * al. 2021 §2.2: pipelining overlaps micro-batches, not the stages of one; no chunked prefill).
 */
export function prefillTime(
  model: ServingModel,
  promptTokens: number,
  gpus: number,
  hardware: Hardware,
  mfu: number,
): number {
  return prefillFlops(model, promptTokens) / (gpus * hardware.peak * mfu);
}

/**
 * What serving costs in GPU time at a price per GPU-hour, every GPU of a replica paid for while the
 * replica turns out `tokensPerSecond`: price × GPUs × 10⁶ / (3600 × tokens/s) dollars per million
 * tokens. The tokens/s are the roofline's (an upper bound), so the cost is a lower bound.
 */
export function costPerMillionTokens(
  pricePerGpuHour: number,
  gpusPerReplica: number,
  tokensPerSecondPerReplica: number,
): number {
  return (pricePerGpuHour * gpusPerReplica * 1e6) / (SECONDS_PER_HOUR * tokensPerSecondPerReplica);
}

/** The GPUs a request rate takes, paid by the hour: replicas × GPUs a replica × price. */
export function servingCostPerHour(
  pricePerGpuHour: number,
  replicas: number,
  gpusPerReplica: number,
): number {
  return replicas * gpusPerReplica * pricePerGpuHour;
}

const SECONDS_PER_HOUR = 3600;

/**
 * Replicas for a request rate: each replica spends prefill time + G decode steps shared by the
 * batch on every request, so it serves 1 / (prefill + G · step / B) requests per second.
 */
export function replicasForRate(
  requestsPerSecond: number,
  prefillSeconds: number,
  generatedTokens: number,
  step: DecodeStep,
): { secondsPerRequest: number; requestsPerSecondPerReplica: number; replicas: number } {
  const secondsPerRequest = prefillSeconds + (generatedTokens * step.stepTime) / step.batch;
  const requestsPerSecondPerReplica = 1 / secondsPerRequest;
  return {
    secondsPerRequest,
    requestsPerSecondPerReplica,
    replicas: Math.max(1, Math.ceil(requestsPerSecond / requestsPerSecondPerReplica)),
  };
}

/**
 * One request's time from arrival to its last token on an idle replica: its prefill, then G decode
 * steps, each step shared with the rest of the batch (Pope et al. 2022, §2: latency = prefill + G ·
 * step). No queueing.
 */
export function requestSeconds(prefillSeconds: number, generatedTokens: number, stepSeconds: number): number {
  return prefillSeconds + generatedTokens * stepSeconds;
}

/**
 * GPUs past which a request rate's answer is implausible for one deployment: 100,000, the scale of
 * the largest AI clusters built (xAI's Colossus started with 100,000 H100 in 2024; Meta trained
 * Llama 3 on two 24,576-GPU clusters, Llama Team 2024 §3.3). A rate that needs more is likely a
 * slip (a daily or monthly count typed as requests per second) and is warned, not refused.
 */
export const LARGEST_CLUSTER_GPUS = 100_000;
