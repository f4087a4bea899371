import {
  type Architecture,
  type ArchitectureInput,
  architecture,
  attentionMatrixParams,
  holdsLayer,
  isMoeLayer,
  layerCounts,
} from "./params/architecture.ts";
import { size } from "./params/validate.ts";

/**
 * Forward FLOP per token computed from the architecture, component by component, and the seed
 * article's training estimate "3 × the forward pass" (after its reference [8]): the backward pass
 * costs about twice the forward (Kaplan et al. 2020 §2.1: 2N forward, 4N backward). A matrix
 * multiply by a weight costs 2 FLOP per weight per token (one multiply, one add). Attention
 * scores follow PaLM (Chowdhery et al. 2022, Appendix B): Q·Kᵀ and A·V over the whole context
 * T, not halved for the causal mask. Norms, activations, softmax and biases are left out (below
 * 0.1% for these shapes); the embedding is a lookup (0 FLOP).
 */

export interface ForwardComponent {
  /** Stable id the command layer translates (flop.attentionProjections, …). */
  id:
    | "attentionProjections"
    | "attentionScores"
    | "mlp"
    | "routedExperts"
    | "sharedExperts"
    | "router"
    | "head"
    | "embedding"
    | "mtp";
  flops: number;
}

export interface ForwardFlops {
  /** Context length T the attention scores were computed at. */
  context: number;
  components: ForwardComponent[];
  /** Σ components (the main model; MTP modules only when asked for). */
  forward: number;
  /** 3 × forward: the seed's replacement for 6ND (forward + a backward of about twice the forward). */
  training: number;
}

/** An architecture's sliding window: its width W and the layers (0-based) that attend within it. */
export type SlidingWindow = Pick<Architecture, "slidingWindow" | "slidingLayers">;

/**
 * Tokens layer `layer` attends to at context T, and so keeps in its KV cache: min(T, W) on a
 * sliding-window layer (Jiang et al. 2023, Mistral 7B, §2: a rolling buffer cache of W tokens), T on the others.
 */
export function attendedTokens(arch: SlidingWindow, layer: number, context: number): number {
  return arch.slidingWindow !== undefined && holdsLayer(arch.slidingLayers, layer)
    ? Math.min(context, arch.slidingWindow)
    : context;
}

/** Q·Kᵀ and A·V of one layer for one token: 2·heads·(d_qk + d_v)·T' (PaLM Appendix B, 4·H·Q·T when d_qk = d_v). */
function scoreFlops(arch: Architecture, layer: number, context: number): number {
  const qk = arch.mla ? arch.mla.qkNopeHeadDim + arch.mla.qkRopeHeadDim : arch.headDim;
  const v = arch.mla ? arch.mla.vHeadDim : arch.headDim;
  return 2 * arch.heads * (qk + v) * attendedTokens(arch, layer, context);
}

/**
 * Forward FLOP per token at context T. With `includeMtp`, DeepSeek-V3's MTP modules are run too
 * (in training each token also passes one MTP block, its 2h→h projection and the shared head, §2.2).
 */
export function forwardFlopsPerToken(
  input: ArchitectureInput,
  context: number,
  options: { includeMtp?: boolean } = {},
): ForwardFlops {
  const arch = architecture(input);
  size("context", context);
  const h = arch.hidden;
  const attentionMatmuls = attentionMatrixParams(arch);
  const gated = arch.mlp === "gated" ? 3 : 2;
  const moe = arch.moe;
  const expert = moe ? gated * h * moe.expertFfn : 0;
  const shared = moe ? moe.sharedExperts * gated * h * (moe.sharedFfn ?? moe.expertFfn) : 0;
  const dense = gated * h * (arch.ffn ?? 0);

  let scores = 0;
  let mlp = 0;
  let routed = 0;
  let sharedFlops = 0;
  let router = 0;
  for (let layer = 0; layer < arch.layers; layer++) {
    scores += scoreFlops(arch, layer, context);
    if (moe && isMoeLayer(arch, layer)) {
      routed += 2 * moe.topK * expert;
      sharedFlops += 2 * shared;
      router += 2 * h * moe.experts;
    } else {
      mlp += 2 * dense;
    }
  }
  const components: ForwardComponent[] = [
    { id: "attentionProjections", flops: 2 * arch.layers * attentionMatmuls },
    { id: "attentionScores", flops: scores },
  ];
  if (mlp > 0) components.push({ id: "mlp", flops: mlp });
  if (routed > 0) components.push({ id: "routedExperts", flops: routed });
  if (sharedFlops > 0) components.push({ id: "sharedExperts", flops: sharedFlops });
  if (router > 0) components.push({ id: "router", flops: router });
  components.push({ id: "head", flops: 2 * arch.vocab * h });
  components.push({ id: "embedding", flops: 0 });
  if (options.includeMtp && arch.mtpModules > 0) {
    const last = arch.layers - 1;
    const block =
      2 * attentionMatmuls +
      scoreFlops(arch, last, context) +
      (moe && isMoeLayer(arch, last) ? 2 * (moe.topK * expert + shared + h * moe.experts) : 2 * dense);
    // M_k: a 2h → h projection, then the shared output head (DeepSeek-V3 §2.2, eq. 21–22).
    const perModule = block + 2 * 2 * h * h + 2 * arch.vocab * h;
    components.push({ id: "mtp", flops: arch.mtpModules * perModule });
  }
  const forward = components.reduce((sum, c) => sum + c.flops, 0);
  return { context, components, forward, training: 3 * forward };
}

/**
 * KV-cache elements one token adds to one layer: 2·n_kv·d_head (a key and a value per KV head),
 * or for MLA the compressed latent plus the shared RoPE key, d_c + d^R_h (DeepSeek-V2 §2.1.4,
 * Table 1: 4.5·d_h per layer for DeepSeek-V2/V3, 576 values).
 */
export function kvValuesPerTokenPerLayer(input: ArchitectureInput): number {
  const arch = architecture(input);
  return arch.mla ? arch.mla.kvLoraRank + arch.mla.qkRopeHeadDim : 2 * arch.kvHeads * arch.headDim;
}

/**
 * Bytes of KV cache per token of context, for serving: Σ over layers of the values above × bytes
 * per value (2 for bf16/fp16, 1 for fp8). Sliding-window layers stop growing past their window,
 * so when `context` is given their share is averaged over it (min(T, W)/T).
 */
export function kvBytesPerToken(input: ArchitectureInput, bytesPerValue: number, context?: number): number {
  const arch = architecture(input);
  if (!(bytesPerValue > 0)) throw new RangeError("bytesPerValue must be positive");
  const perLayer = kvValuesPerTokenPerLayer(arch);
  let values = 0;
  for (let layer = 0; layer < arch.layers; layer++) {
    const share = context === undefined ? 1 : attendedTokens(arch, layer, context) / context;
    values += perLayer * share;
  }
  return values * bytesPerValue;
}

/** The whole cache for `batch` sequences of `context` tokens (layers × tokens kept × values × bytes). */
export function kvCacheBytes(
  input: ArchitectureInput,
  context: number,
  bytesPerValue: number,
  batch = 1,
): number {
  return kvBytesPerToken(input, bytesPerValue, context) * context * batch;
}

/** The per-layer pieces the forward pass multiplies by, for formula text in replies. */
export function forwardShape(input: ArchitectureInput): { attentionMatmuls: number; expert: number } {
  const arch = architecture(input);
  return { attentionMatmuls: attentionMatrixParams(arch), expert: layerCounts(arch).routedExpert };
}
