/** Shape of the attention term: layers, attention width (heads × head dim) and context length. */
export interface AttentionShape {
  layers: number;
  attentionWidth: number;
  context: number;
}

/** C ≈ 6·N·D: 2 FLOP per parameter per token forward, 4 backward (Kaplan et al. 2020, §2.1). */
export function trainingFlops(params: number, tokens: number): number {
  return 6 * params * tokens;
}

/** Per-token training FLOP with attention: 6N + 12·L·H·Q·T (Chowdhery et al. 2022, PaLM, Appendix B). */
export function trainingFlopsPerToken(params: number, attention?: AttentionShape): number {
  const attentionTerm = attention ? 12 * attention.layers * attention.attentionWidth * attention.context : 0;
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
  const attentionTerm = attention ? 4 * attention.layers * attention.attentionWidth * attention.context : 0;
  return 2 * params + attentionTerm;
}

export const PETAFLOP_DAY = 1e15 * 86_400;

/** PF-days, the unit of the GPT-3 paper (Brown et al. 2020, Table D.1): 10^15 FLOP/s for one day. */
export function petaflopDays(flops: number): number {
  return flops / PETAFLOP_DAY;
}
