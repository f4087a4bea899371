import { describe, expect, it } from "vitest";
import { result, said } from "./helpers.ts";

// Inference FLOP per token: 2·N + 4·L·ctx·d_attn (PaLM App. B), where N is the parameters a token
// passes through: a MoE's active ones (serve does the same). Mixtral 8x7B: 46.7B total, 12.9B active
// (Jiang et al. 2024, §2); HF mistralai/Mixtral-8x7B-v0.1 config.json: 32 layers, hidden 4096, 32 heads,
// num_local_experts 8, num_experts_per_tok 2. DeepSeek-V3: 671B total, 37B activated (DeepSeek-AI 2024,
// abstract); HF deepseek-ai/DeepSeek-V3 config.json: n_routed_experts 256, num_experts_per_tok 8.
describe("cards mode=infer counts a MoE's active parameters, 2·N_active", () => {
  it("Mixtral 8x7B on H100: 2 × 12.9B + 4 × 32 × 32,768 × 4,096 ≈ 4.30e10, not 2 × 46.7B", () => {
    const r = result("cards mixtral-8x7b gpu=H100 mode=infer");
    const expected = 2 * 12.9e9 + 4 * 32 * 32_768 * 4096;
    expect(r.inferenceFlopsPerToken / expected).toBeCloseTo(1, 9);
    expect(said("cards mixtral-8x7b gpu=H100 mode=infer")).toContain("2 × 12.9B + 4 × 32 × 32,768 × 4,096");
  });

  it("DeepSeek-V3 on H200: 2 × 37B + MLA's attention (61 layers, 128 heads, d_qk 192, d_v 128, ctx 4,096), not 2 × 671B", () => {
    expect(result("cards deepseek-v3 gpu=H200 mode=infer").inferenceFlopsPerToken).toBe(
      2 * 37e9 + 2 * 61 * 4096 * 128 * (192 + 128),
    );
  });

  it("typed: active=, experts=, top-k= on cards as on serve", () => {
    const r = result("cards 46.7B gpu=H100 mode=infer active=12.9B experts=8 top-k=2");
    expect(r.inferenceFlopsPerToken).toBeCloseTo(2 * 12.9e9, -3);
  });

  it("training holds every expert: active= is named as not used there", () => {
    expect(said("cards 70B gpu=H100 mode=train active=20B")).toContain("Not used: active=20B");
  });

  it("serve's DeepSeek-V3 preset carries its experts: a batch-1 decode step reads ≈ the 37B active, not all 671B", () => {
    const r = result("serve deepseek-v3 gpu=H200");
    const text = said("serve deepseek-v3 gpu=H200");
    expect(text).toContain("experts=256 top-k=8");
    expect(text).not.toContain("Active parameters given without experts=");
    // 37B × 2 B over 16 GPUs (TP 8 × PP 2), less the untied embedding table (129,280 × 7,168, a lookup),
    // = 4.51 GB read per GPU per step at batch 1, plus the stage's half of the MLA cache (70,272 B per
    // token × 4,096, whole on each TP rank): 4.65 GB, not 671B × 2 / 16 = 83.9 GB.
    const expected = ((37e9 - 129_280 * 7168) * 2) / 16 + (70_272 * 4096) / 2;
    expect(r.throughput.bytesReadPerGpuPerStep / expected).toBeCloseTo(1, 2);
  });

  // MLA (DeepSeek-V2 §2.1.2–2.1.4, Table 1) caches the compressed latent and the decoupled RoPE key per
  // layer: DeepSeek-V3 config.json kv_lora_rank 512, qk_rope_head_dim 64, num_hidden_layers 61.
  it("DeepSeek-V3's KV cache is MLA's latent, 61 × (512 + 64) × 2 B = 70,272 B per token, in serve and cards", () => {
    for (const line of ["serve deepseek-v3 gpu=H200", "cards deepseek-v3 gpu=H200 mode=infer"]) {
      const r = result(line);
      expect(r.serving.kvBytesPerToken).toBe(70_272);
      expect(said(line)).not.toContain("The KV cache is not counted");
      expect(said(line)).toContain("L · (d_c + d_R) · bytes · ctx · batch = 61 × 576 × 2 × 4,096");
    }
    // Not GQA's 2·L·n_kv·d_head with its 128 heads of 128: 2 × 61 × 128 × 128 × 2 B = 3,997,696 B.
    expect(result("serve 671B gpu=H200 kv-latent=512+64 layers=61").serving.kvBytesPerToken).toBe(70_272);
  });

  // kv-latent= is per layer, as DeepSeek-V2 §2.1.4 / Table 1 state it ((d_c + d_R)·l elements per token)
  // and config.json gives it (kv_lora_rank 512 + qk_rope_head_dim 64 = 576), times layers.
  it("typed kv-latent=576 layers=61 is the preset's cache: 61 × 576 × 2 B × 4,096 = 288 MB, not 576 × 2 × 4,096 = 4.72 MB", () => {
    const typed = "cards 671B gpu=H200 mode=infer kv-latent=576 layers=61 context=4k";
    const r = result(typed);
    expect(r.serving.kvBytesPerToken).toBe(61 * 576 * 2);
    expect(r.breakdown.kvCache).toBe(61 * 576 * 2 * 4096);
    expect(result("cards deepseek-v3 gpu=H200 mode=infer").breakdown.kvCache).toBe(r.breakdown.kvCache);
    expect(said(typed)).toContain(`"label":"KV cache","value":"288 MB"`);
    expect(said(typed)).toContain("61 × 576 × 2 × 4,096 × 1 (bf16)");
  });

  it("kv-latent= without layers= is not a 1-layer cache: not counted, named not used, with the fix", () => {
    const line = "cards 671B gpu=H200 mode=infer kv-latent=576 context=4k";
    expect(result(line).breakdown.kvCache).toBe(0);
    expect(said(line)).toContain("Not used: kv-latent=576");
    expect(said(line)).toContain("without layers= the cache is not counted");
    expect(said(line, "zh-TW")).toContain("沒有 layers= 就不計入 cache");
  });
});
