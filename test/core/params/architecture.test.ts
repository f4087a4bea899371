import { describe, expect, it } from "vitest";
import {
  architectureParams,
  fp8BlockScales,
  isMoeLayer,
  architecture as shape,
} from "../../../src/core/params/architecture.ts";
import { readHfConfig } from "../../../src/core/params/hfConfig.ts";
import { gptParams } from "../../../src/core/params/index.ts";
import { RUN_ARCHITECTURES } from "../../../src/core/runArchitectures.ts";
import { GEMMA_3_1B_PT } from "./hfFixture.ts";

describe("architectures counted tensor by tensor", () => {
  it("gemma-2-9b = 9,241,705,984: four RMSNorms per layer, head_dim 256, tied embedding", () => {
    // google/gemma-2-9b config.json: 42 layers, d 3584, 16/8 heads × 256, ffn 14336, vocab 256000.
    const read = readHfConfig({
      model_type: "gemma2",
      num_hidden_layers: 42,
      hidden_size: 3584,
      num_attention_heads: 16,
      num_key_value_heads: 8,
      head_dim: 256,
      intermediate_size: 14_336,
      vocab_size: 256_000,
      sliding_window: 4096,
    });
    const count = architectureParams(read.architecture);
    expect(count.total).toBe(9_241_705_984);
    // Two norms per layer (a Llama-style count) would miss 42 × 2 × 3584.
    expect(count.parts.find((p) => p.id === "norms")?.params).toBe(42 * 4 * 3584);
  });

  it("Mistral-7B-v0.1 = 7,241,732,096, with a 4096-token sliding window on every layer", () => {
    // mistralai/Mistral-7B-v0.1 card parameters: dim 4096, 32 layers, head_dim 128, hidden_dim 14336,
    // 32/8 heads, window 4096, vocab 32000 (config.json: model_type mistral, sliding_window 4096).
    const read = readHfConfig({
      model_type: "mistral",
      num_hidden_layers: 32,
      hidden_size: 4096,
      num_attention_heads: 32,
      num_key_value_heads: 8,
      intermediate_size: 14_336,
      vocab_size: 32_000,
      sliding_window: 4096,
      tie_word_embeddings: false,
    });
    expect(architectureParams(read.architecture).total).toBe(7_241_732_096);
    expect(read.architecture.slidingLayers).toHaveLength(32);
  });

  it("gemma-3-1b = 999,885,952: four norms plus per-head q/k norms, one global layer in six", () => {
    const read = readHfConfig(GEMMA_3_1B_PT);
    expect(architectureParams(read.architecture).total).toBe(999_885_952);
    expect(read.architecture.slidingLayers).toHaveLength(26 - 4); // layers 5, 11, 17, 23 are global
  });

  it("Llama 4 Maverick ≈ 400B total, 17B active: MoE on every second layer, a shared expert, dense layers of 16384", () => {
    // meta-llama/Llama-4-Maverick-17B-128E text_config: 48 layers, d 5120, 40/8 heads × 128, 128
    // experts top-1 of 8192, intermediate_size_mlp 16384, interleave_moe_layer_step 2, vocab 202048.
    // Model card: 17B active, 400B total. The vision encoder (vision_config) is not counted, and said so.
    const read = readHfConfig({
      model_type: "llama4",
      vision_config: { hidden_size: 1408 },
      text_config: {
        model_type: "llama4_text",
        num_hidden_layers: 48,
        hidden_size: 5120,
        num_attention_heads: 40,
        num_key_value_heads: 8,
        head_dim: 128,
        intermediate_size: 8192,
        intermediate_size_mlp: 16_384,
        num_local_experts: 128,
        num_experts_per_tok: 1,
        interleave_moe_layer_step: 2,
        vocab_size: 202_048,
        use_qk_norm: false,
      },
    });
    const count = architectureParams(read.architecture);
    expect(count.total / 400e9).toBeCloseTo(1, 2);
    expect(count.active / 17e9).toBeCloseTo(1, 1);
    expect(read.unknown).toContain("vision_config");
  });

  it("Llama 4 interleaves MoE layers: with step 2 every second layer is MoE", () => {
    // HF Llama4TextConfig: moe_layers = range(step − 1, L, step).
    const arch = shape({
      layers: 4,
      hidden: 8,
      heads: 2,
      kvHeads: 1,
      headDim: 4,
      vocab: 10,
      ffn: 16,
      moe: { experts: 4, topK: 1, expertFfn: 8, sharedExperts: 1, every: 2 },
    });
    expect([0, 1, 2, 3].map((i) => isMoeLayer(arch, i))).toEqual([false, true, false, true]);
    const count = architectureParams(arch);
    expect(count.parts.find((p) => p.id === "mlp")).toEqual({ id: "mlp", params: 2 * 3 * 8 * 16, count: 2 });
    expect(count.parts.find((p) => p.id === "routedExperts")?.params).toBe(2 * 4 * 3 * 8 * 8);
  });

  it("gpt-oss-20b = 20,914,757,184 with 3.61B active; gpt-oss-120b 116.83B with 5.13B (sinks, biases, 32/128 experts)", () => {
    // openai/gpt-oss-20b config.json: 24 layers, d 2880, 64/8 heads × 64, 32 experts top-4 of 2880,
    // vocab 201088, sliding window 128 on alternate layers. OpenAI's gpt-oss model card, Table 1:
    // 20.91B total / 3.61B active and 116.83B / 5.13B (active without the embedding).
    const config = (layers: number, experts: number) => ({
      model_type: "gpt_oss",
      num_hidden_layers: layers,
      hidden_size: 2880,
      num_attention_heads: 64,
      num_key_value_heads: 8,
      head_dim: 64,
      intermediate_size: 2880,
      num_local_experts: experts,
      num_experts_per_tok: 4,
      vocab_size: 201_088,
      sliding_window: 128,
      tie_word_embeddings: false,
      layer_types: Array.from({ length: layers }, (_, i) =>
        i % 2 === 0 ? "sliding_attention" : "full_attention",
      ),
    });
    const small = readHfConfig(config(24, 32));
    const count20 = architectureParams(small.architecture);
    expect(count20.total).toBe(20_914_757_184);
    expect((count20.active - 201_088 * 2880) / 1e9).toBeCloseTo(3.61, 2);
    expect(small.architecture.slidingLayers).toHaveLength(12);
    const count120 = architectureParams(readHfConfig(config(36, 128)).architecture);
    expect(count120.total / 1e9).toBeCloseTo(116.83, 2);
    expect((count120.active - 201_088 * 2880) / 1e9).toBeCloseTo(5.13, 2);
  });

  it("attention sinks add one logit per head and layer (gpt-oss)", () => {
    const base = { layers: 3, hidden: 16, heads: 4, kvHeads: 2, headDim: 4, vocab: 10, ffn: 8 };
    const difference =
      architectureParams({ ...base, attentionSinks: true }).total - architectureParams(base).total;
    expect(difference).toBe(3 * 4);
  });

  it("DeepSeek-V3 on the Hub is 684,531,386,000: main + MTP + stored embedding/head copies + FP8 block scales", () => {
    const v3 = RUN_ARCHITECTURES["deepseek-v3"];
    if (!v3) throw new Error("deepseek-v3 architecture missing");
    const count = architectureParams(v3.architecture);
    expect(count.total).toBe(671_026_419_200); // 671B (DeepSeek-V3 abstract)
    const scales = fp8BlockScales(v3.architecture, 128);
    expect(scales).toBe(41_540_496);
    const stored = count.total + (count.mtp?.unique ?? 0) + (count.mtp?.storedCopies ?? 0) + scales;
    expect(stored).toBe(v3.hubCount?.value);
    expect(stored).toBe(684_531_386_000);
  });

  it("Gopher ≈ 280B and Chinchilla ≈ 70B with relative positions (≈ 13·L·d²); without them 12·L·d² misses 5%", () => {
    // Rae et al. 2021 Table 1: Gopher 280B, 80 layers, d 16384; Hoffmann et al. 2022 Table 4: 70B, d 8192.
    const gopher = gptParams({ layers: 80, width: 16_384, vocab: 32_000, relativePositions: true });
    const chinchilla = gptParams({ layers: 80, width: 8192, vocab: 32_000, relativePositions: true });
    expect(gopher.total / 280e9).toBeCloseTo(1, 2);
    expect(chinchilla.total / 70e9).toBeCloseTo(1, 2);
    expect(gopher.nonEmbedding / (13 * 80 * 16_384 ** 2)).toBeCloseTo(1, 3);
    const plain = gptParams({ layers: 80, width: 16_384, vocab: 32_000 });
    expect(plain.total / 280e9).toBeLessThan(0.95);
  });

  it("refuses shapes that cannot be built", () => {
    expect(() =>
      shape({ layers: 2, hidden: 8, heads: 3, kvHeads: 2, headDim: 4, vocab: 10, ffn: 8 }),
    ).toThrow(expect.objectContaining({ id: "params.kvHeads" }));
    expect(() =>
      architectureParams({ layers: 2, hidden: 8, heads: 2, kvHeads: 2, headDim: 4, vocab: 10 }),
    ).toThrow(expect.objectContaining({ id: "params.missing" }));
    expect(() => shape({ layers: 0, hidden: 8, heads: 2, kvHeads: 2, headDim: 4, vocab: 10 })).toThrow(
      expect.objectContaining({ id: "params.invalidSize" }),
    );
  });
});
