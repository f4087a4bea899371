import type { ModelStates } from "./layout.ts";
import { ADAM_MIXED_PRECISION, BYTES_PER_VALUE, type StoragePrecision } from "./memory.ts";

/**
 * Fine-tuning states: LoRA (Hu et al. 2021) freezes the base and trains low-rank adapters; QLoRA
 * (Dettmers et al. 2023) stores the frozen base in 4-bit NF4 with double-quantized constants.
 * Activations are still needed for the backward pass (to reach the adapters of earlier layers),
 * so they are counted as in training (layout.ts).
 */

export type LoraTargets = "attention" | "all";

export interface AdapterShape {
  layers: number;
  hidden: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  /** MLP width; needed for targets=all. */
  ffn?: number;
}

/** Default LoRA rank, on the attention projections q, k, v, o. */
export const DEFAULT_LORA_RANK = 16;

/**
 * Trainable adapter parameters: each adapted d_in × d_out matrix gains B·A of r·(d_in + d_out)
 * parameters (Hu et al. 2021, §4.1). Attention: q (h → n_q·d_h), k and v (h → n_kv·d_h), o
 * (n_q·d_h → h); all: also the gated MLP's gate and up (h → ffn) and down (ffn → h).
 */
export function loraParams(shape: AdapterShape, rank: number, targets: LoraTargets): number {
  const h = shape.hidden;
  const q = shape.heads * shape.headDim;
  const kv = shape.kvHeads * shape.headDim;
  let perLayer = rank * (h + q) + 2 * rank * (h + kv) + rank * (q + h);
  if (targets === "all" && shape.ffn) perLayer += 3 * rank * (h + shape.ffn);
  return shape.layers * perLayer;
}

/**
 * NF4 with double quantization: 4 bits per weight plus 8/64 + 32/(64·256) = 0.127 bits of
 * quantization constants (block 64, constants quantized to 8 bits in blocks of 256;
 * Dettmers et al. 2023, §3 "Double Quantization").
 */
export const NF4_DOUBLE_QUANT_BITS = 4 + 8 / 64 + 32 / (64 * 256);

/**
 * LoRA: the frozen base in its precision, the adapters with mixed-precision Adam (16 bytes each);
 * no gradient or optimizer state for the base (Hu et al. 2021, §4.2).
 */
export function loraStates(params: number, adapters: number, basePrecision: StoragePrecision): ModelStates {
  return {
    params,
    weights: params * BYTES_PER_VALUE[basePrecision] + adapters * ADAM_MIXED_PRECISION.weights,
    gradients: adapters * ADAM_MIXED_PRECISION.gradients,
    optimizer: adapters * ADAM_MIXED_PRECISION.optimizer,
  };
}

/**
 * Parameters QLoRA leaves in 16 bits: the token embedding (an nn.Embedding, which bitsandbytes does
 * not replace: it swaps only nn.Linear layers) and an untied output head, which transformers keeps
 * unquantized "for numerical stability" (integrations/bitsandbytes.py, get_keys_to_not_convert:
 * the output embeddings and any tied weights). V·h once when the head is tied, twice when untied.
 */
export function qloraUnquantized(vocab: number, hidden: number, tied: boolean): number {
  return vocab * hidden * (tied ? 1 : 2);
}

/**
 * QLoRA: base weights in NF4 with double quantization, bf16 adapters, their Adam states in a paged
 * optimizer (moved to CPU memory when the GPU runs short, so it removes spikes, not the steady
 * footprint, which is counted here) (Dettmers et al. 2023, §3). The `unquantized` parameters (the
 * embedding and output head, qloraUnquantized) stay in bf16, 2 bytes each.
 */
export function qloraStates(params: number, adapters: number, unquantized = 0): ModelStates {
  const kept = Math.min(Math.max(unquantized, 0), params);
  return {
    params,
    weights:
      ((params - kept) * NF4_DOUBLE_QUANT_BITS) / 8 +
      kept * BYTES_PER_VALUE.bf16 +
      adapters * ADAM_MIXED_PRECISION.weights,
    gradients: adapters * ADAM_MIXED_PRECISION.gradients,
    optimizer: adapters * ADAM_MIXED_PRECISION.optimizer,
  };
}
