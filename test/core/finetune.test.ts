import { describe, expect, it } from "vitest";
import {
  loraParams,
  loraStates,
  NF4_DOUBLE_QUANT_BITS,
  qloraStates,
  qloraUnquantized,
} from "../../src/core/finetune.ts";
import { adamStates } from "../../src/core/layout.ts";

const GB = 1e9;
const sum = (s: { weights: number; gradients: number; optimizer: number }) =>
  s.weights + s.gradients + s.optimizer;

describe("fine-tuning states", () => {
  it("LoRA adapters: GPT-3 175B with rank 4 on q, k, v, o is 37.7M trainable parameters (Hu et al. 2021, Table 4)", () => {
    const gpt3 = { layers: 96, hidden: 12288, heads: 96, kvHeads: 96, headDim: 128 };
    // 96 layers × 4 matrices × r 4 × (12288 + 12288) = 37,748,736.
    expect(loraParams(gpt3, 4, "attention")).toBe(37_748_736);
  });

  it("LoRA on GPT-3 175B holds about 350 GB, within 1% (Hu et al. 2021, §4.2: 1.2 TB → 350 GB)", () => {
    const gpt3 = { layers: 96, hidden: 12288, heads: 96, kvHeads: 96, headDim: 128 };
    const states = loraStates(175e9, loraParams(gpt3, 4, "attention"), "bf16");
    expect(sum(states) / (350 * GB)).toBeGreaterThan(0.99);
    expect(sum(states) / (350 * GB)).toBeLessThan(1.01);
  });

  it("NF4 with double quantization is 4.127 bits per weight (Dettmers et al. 2023, §3: constants 0.5 → 0.127 bits)", () => {
    expect(NF4_DOUBLE_QUANT_BITS - 4).toBeCloseTo(0.127, 3);
  });

  it("QLoRA 65B: about 34 GB of states, where 16-bit fine-tuning needs more than 780 GB (Dettmers et al. 2023, abstract)", () => {
    const llama65 = { layers: 80, hidden: 8192, heads: 64, kvHeads: 64, headDim: 128 };
    const adapters = loraParams(llama65, 16, "attention");
    const q = qloraStates(65.2e9, adapters);
    // 65.2e9 × 4.127 / 8 = 33.6 GB + 16 B × 83.9M adapters = 1.34 GB.
    expect(sum(q) / GB).toBeCloseTo(35.0, 0);
    expect(sum(adamStates(65.2e9))).toBeGreaterThan(780 * GB);
  });

  it("QLoRA keeps the token embedding and an untied head in bf16: Llama 3 8B's 2 × 128,256 × 4,096 = 1,050,673,152 of them (bitsandbytes swaps only nn.Linear; transformers' get_keys_to_not_convert keeps lm_head)", () => {
    // Meta-Llama-3-8B config.json: vocab_size 128256, hidden_size 4096, tie_word_embeddings false.
    const kept = qloraUnquantized(128_256, 4096, false);
    expect(kept).toBe(1_050_673_152);
    // Llama 3.2 1B ties them (tie_word_embeddings true): one V·h matrix, 128,256 × 2,048.
    expect(qloraUnquantized(128_256, 2048, true)).toBe(262_668_288);
    const n = 8_030_261_248;
    const weights = qloraStates(n, 0, kept).weights;
    // (8,030,261,248 − 1,050,673,152) × 4.127 / 8 + 1,050,673,152 × 2 = 3.601 GB + 2.101 GB.
    expect(weights / GB).toBeCloseTo(5.702, 2);
    // The NF4-everything count (4.143 GB) is 1.56 GB short of it.
    expect((weights - qloraStates(n, 0).weights) / GB).toBeCloseTo(1.559, 2);
  });

  it("targets=all adds the gated MLP's gate, up and down projections", () => {
    const llama7 = { layers: 32, hidden: 4096, heads: 32, kvHeads: 32, headDim: 128, ffn: 11008 };
    const attention = loraParams(llama7, 16, "attention");
    expect(attention).toBe(32 * 16 * 4 * (4096 + 4096));
    expect(loraParams(llama7, 16, "all") - attention).toBe(32 * 16 * 3 * (4096 + 11008));
  });
});
