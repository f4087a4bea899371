import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { result, said } from "./helpers.ts";

// DeepSeek-V3 (DeepSeek-AI 2024; deepseek-ai/DeepSeek-V3 config.json): 37B activated parameters,
// 61 layers, 128 heads, qk head dim 128 + 64 = 192, v head dim 128, training context 4,096.
const N_ACTIVE = 37e9;
const L = 61;
const H = 128;
const QK = 192;
const V = 128;
const CTX = 4096;
// PaLM App. B: forward per token 2N + Q·Kᵀ and A·V over the context, 2·L·ctx·H·(d_qk + d_v)
// (4·L·ctx·H·Q when d_qk = d_v; Kaplan 2020 Table 1 counts the Q·Kᵀ half only).
const scores = (ctx: number) => 2 * L * ctx * H * (QK + V);

describe("DeepSeek-V3's inference and prefill FLOP include MLA's attention", () => {
  it("'serve deepseek-v3 gpu=H200': 2 × 37B + 2 × 61 × 4,096 × 128 × 320 = 9.45e10 FLOP per token", () => {
    const r = result("serve deepseek-v3 gpu=H200");
    expect(scores(CTX)).toBe(20_468_203_520);
    expect(r.inferenceFlopsPerToken).toBe(2 * N_ACTIVE + scores(CTX));
    expect(r.inferenceFlopsPerToken).toBeCloseTo(9.45e10, -8);
    expect(said("serve deepseek-v3 gpu=H200")).toContain("2·N + 2·L·ctx·H·(d_qk + d_v)");
  });

  it("the same attention as `model deepseek-v3`'s forward 'attention scores' row at T = 4,096", () => {
    const forward = result("model deepseek-v3").seedMethod.forwardComponents.attentionScores;
    expect(forward).toBe(scores(CTX));
    expect(result("cards deepseek-v3 gpu=H200").inferenceFlopsPerToken - 2 * N_ACTIVE).toBe(forward);
  });

  it("prefill of the 4,096-token prompt counts the causal average P/2: P · (2N + L·P·H·(d_qk + d_v))", () => {
    const r = result("serve deepseek-v3 gpu=H200");
    const t = r.throughput;
    const flops = CTX * (2 * N_ACTIVE + scores(CTX / 2));
    // ≈ 8.4e10 FLOP per prompt token.
    expect(flops / CTX).toBeCloseTo(8.42e10, -8);
    expect(t.prefillSeconds * r.serving.tp * 989.4e12 * 0.4).toBeCloseTo(flops, -6);
  });

  it("DeepSeek-R1 keeps V3's shape (its config.json fixture): the same MLA attention and a 576-value cache", () => {
    const config = JSON.parse(readFileSync("test/fixtures/hf/deepseek-ai__DeepSeek-R1.config.json", "utf8"));
    expect([config.num_hidden_layers, config.num_attention_heads, config.v_head_dim]).toEqual([L, H, V]);
    expect(config.qk_nope_head_dim + config.qk_rope_head_dim).toBe(QK);
    const r = result("serve deepseek-r1 gpu=H200");
    expect(r.inferenceFlopsPerToken).toBe(2 * N_ACTIVE + scores(CTX));
    // MLA caches kv_lora_rank + qk_rope_head_dim = 576 values per token and layer (DeepSeek-V2 §2.1).
    expect(r.serving.kvBytesPerToken).toBe(L * (config.kv_lora_rank + config.qk_rope_head_dim) * 2);
  });
});
