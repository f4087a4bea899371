import { gatedActivationBytesPerLayer } from "../gatedActivations.ts";
import { activationBytesPerLayer, layoutMemory, searchLayout } from "../layout.ts";
import { trainingMemory } from "../memory.ts";
import { SOURCES } from "../sources.ts";
import { defineFormulas } from "./types.ts";

/** Training memory and layouts: ZeRO (Rajbhandari et al. 2020), activations (Korthikanti et al. 2022), Megatron-LM. */
export const LAYOUT = defineFormulas({
  "memory.adam": {
    id: "memory.adam",
    symbolic: "16 B/param (2 + 2 + 12)",
    evaluate: trainingMemory,
    source: SOURCES.zero2020,
    at: "§3.1 (K = 12)",
    readme: "training memory",
    explain: ["explain.const.adam"],
  },
  "memory.activations": {
    id: "memory.activations",
    symbolic: "s·b·h·(34 + 5·a·s/h)",
    evaluate: activationBytesPerLayer,
    source: SOURCES.korthikanti2022,
    at: "§4, Table 2",
    readme: "activations",
    explain: ["explain.const.activations"],
  },
  /*
   * A Llama-style layer (Llama 2/3, Mistral, Qwen: RMSNorm, GQA with n_kv heads of d_h, SwiGLU of
   * width f, no dropout), counted by Korthikanti §4.1's method: what each op keeps for its backward
   * pass, 2 bytes a 16-bit value, per s·b tokens:
   *   RMSNorm before attention: its input                          2h
   *   Q, K, V projections: their input (the norm's output)         2h
   *   RoPE: nothing (linear; cos/sin are shared tables)            0
   *   attention core: Q, K, V (K and V of n_kv heads)              2·n_q·d_h + 4·n_kv·d_h
   *   output projection: its input (the attention output O, also
   *     what FlashAttention's backward reads)                       2·n_q·d_h
   *   RMSNorm before the MLP: its input                            2h
   *   gate and up projections: their one input                    2h
   *   SwiGLU: its input, gate and up (Megatron-LM's fused swiglu
   *     keeps only these, as Korthikanti's GeLU keeps its input)   4f
   *   down projection: its input                                   2f
   *   no dropout: none of Korthikanti's 1-byte masks (h + h + a·s)  0
   * = 8h + 4·n_q·d_h + 4·n_kv·d_h + 6·f. Small buffers are left out as §4.1 leaves the LayerNorm
   * mean and variance: RMSNorm's 1/rms and FlashAttention's logsumexp (4·n_q bytes, fp32).
   * With FlashAttention (Dao et al. 2022) no s² tensor is kept, with or without selective
   * recomputation. Unfused attention without recomputation keeps K and V repeated to the n_q heads
   * for QKᵀ and ·V (4·n_q·d_h in place of 4·n_kv·d_h) and the softmax output, 2·n_q·s²·b (2·n_q·s a token)
   * (no dropout: that one tensor serves softmax's backward and ·V's). Tensor parallelism (Table 2's
   * method) splits the heads and f over t, leaving 8h on every rank; sequence parallelism splits
   * that too: s·b·(8h + (4·n_q·d_h + 4·n_kv·d_h + 6·f)/t), and s·b·(…)/t. Full recomputation keeps the
   * layer input, 2·s·b·h. Llama 3 70B (h 8192, 64/8 heads of 128, f 28,672): 274,432 bytes per token,
   * 33.5·h (Korthikanti's GPT count 34·h); Llama 3 8B (4096, 32/8 of 128, 14,336): 139,264 = 34·h.
   */
  "memory.activationsGated": {
    id: "memory.activationsGated",
    symbolic: "s·b·(8h + 4·n_q·d_h + 4·n_kv·d_h + 6·f)",
    evaluate: gatedActivationBytesPerLayer,
    source: SOURCES.korthikanti2022,
    at: "§4.1's method, applied to a Llama-style layer",
    readme: "Llama-style activations",
    explain: ["explain.const.activationsGated"],
  },
  "layout.modelStates": {
    id: "layout.modelStates",
    symbolic: "× 1/(t·p)",
    evaluate: layoutMemory,
    source: SOURCES.narayanan2021,
    at: "§2",
    readme: "layout memory per GPU",
    explain: [],
  },
  "layout.gpus": {
    id: "layout.gpus",
    symbolic: "t·p·d",
    evaluate: searchLayout,
    source: SOURCES.narayanan2021,
    at: "§2",
    readme: "cards",
    explain: [],
  },
});
