/** Shape of the attention term: layers, attention width (heads × head dim) and context length. */
export interface AttentionShape {
  layers: number;
  attentionWidth: number;
  context: number;
  /**
   * Sliding-window attention: `localLayers` of the layers attend to min(T, `width`) tokens, the
   * others to T (Jiang et al. 2023, Mistral 7B, §2; Gemma 2 alternates local and global layers).
   */
  window?: { width: number; localLayers: number };
}

/**
 * An architecture's sliding window (its width W and the layers that use it) as the attention term
 * counts it: W and how many layers attend within it. The one conversion training, MFU and serving share.
 */
export function windowCounted(window: {
  slidingWindow: number;
  slidingLayers: readonly number[];
}): NonNullable<AttentionShape["window"]> {
  return { width: window.slidingWindow, localLayers: window.slidingLayers.length };
}

/**
 * Σ over layers of the tokens each attends to at context T, the L·T of PaLM's attention term:
 * L_global·T + L_local·min(T, W) with a sliding window, L·T without.
 */
export function attendedContext(attention: AttentionShape): number {
  const { layers, context, window } = attention;
  if (window === undefined) return layers * context;
  return (layers - window.localLayers) * context + window.localLayers * Math.min(context, window.width);
}

/** C ≈ 6·N·D: 2 FLOP per parameter per token forward, 4 backward (Kaplan et al. 2020, §2.1). */
export function trainingFlops(params: number, tokens: number): number {
  return 6 * params * tokens;
}

/**
 * Per-token training FLOP with attention: 6N + 12·L·H·Q·T (Chowdhery et al. 2022, PaLM, Appendix B);
 * with a sliding window, L·T is Σ_l min(T, W_l) (attendedContext).
 */
export function trainingFlopsPerToken(params: number, attention?: AttentionShape): number {
  const attentionTerm = attention ? 12 * attention.attentionWidth * attendedContext(attention) : 0;
  return 6 * params + attentionTerm;
}

/** Attention-aware training FLOP for D tokens (PaLM Appendix B). */
export function trainingFlopsWithAttention(
  params: number,
  tokens: number,
  attention: AttentionShape,
): number {
  return tokens * trainingFlopsPerToken(params, attention);
}

/**
 * Hardware FLOP with full activation recomputation: one more forward pass, 8N + 16·L·H·Q·T per
 * token (PaLM Appendix B: hardware FLOPs utilization counts rematerialization; the forward is 2N + 4LHQT).
 */
export function hardwareFlopsPerToken(params: number, attention?: AttentionShape): number {
  return trainingFlopsPerToken(params, attention) + inferenceFlopsPerToken(params, attention);
}

/** Forward FLOP per generated token: 2N, plus 4·L·H·Q·T attending over the context (PaLM Appendix B; Kaplan 2020 Table 1). */
export function inferenceFlopsPerToken(params: number, attention?: AttentionShape): number {
  const attentionTerm = attention ? 4 * attention.attentionWidth * attendedContext(attention) : 0;
  return 2 * params + attentionTerm;
}

export const PETAFLOP_DAY = 1e15 * 86_400;

/** PF-days, the unit of the GPT-3 paper (Brown et al. 2020, Table D.1): 10^15 FLOP/s for one day. */
export function petaflopDays(flops: number): number {
  return flops / PETAFLOP_DAY;
}
