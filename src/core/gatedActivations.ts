import type { Layout, TransformerShape } from "./layout.ts";

/** The widths a Llama-style layer adds to the shape: d_h per head and the SwiGLU width f. */
export interface GatedLayer {
  headDim: number;
  ffn: number;
}

/**
 * Activation bytes of one Llama-style decoder layer on one GPU (grouped-query attention, SwiGLU of
 * width f, RMSNorm, no dropout), counted as Korthikanti et al. 2022 §4.1 count a GPT layer; the
 * term-by-term derivation sits beside the formula (memory.activationsGated, formulas/layout.ts).
 * Per s·b, 16-bit: 8h + 4·n_q·d_h + 4·n_kv·d_h + 6·f; unfused attention without recomputation stores
 * K and V repeated to the query heads (8·n_q·d_h) and the softmax output, 2·n_q·s. Tensor parallelism
 * divides the head and f terms by t, sequence parallelism also the 8h.
 */
export function gatedActivationBytesPerLayer(
  shape: TransformerShape,
  gated: GatedLayer,
  layout: Layout,
): number {
  const { sequenceLength: s, microBatch: b, tp: t } = layout;
  const h = shape.hidden;
  if (layout.recompute === "full") return 2 * s * b * h;
  const q = shape.heads * gated.headDim;
  const kv = (shape.kvHeads ?? shape.heads) * gated.headDim;
  const scores = layout.recompute === "none" && layout.attention === "unfused";
  // The unfused region (repeat K and V, QKᵀ, softmax, ·V) is what selective recomputation replays:
  // with it only the n_kv heads of K and V going in are kept.
  const kvKept = scores ? q : kv;
  const split = 4 * q + 4 * kvKept + 6 * gated.ffn + (scores ? 2 * shape.heads * s : 0);
  const replicated = 8 * h;
  const perToken = layout.sequenceParallel || t === 1 ? (replicated + split) / t : replicated + split / t;
  return s * b * perToken;
}
