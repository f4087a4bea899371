import { describe, expect, it } from "vitest";
import { kvCacheBytes } from "../../src/core/forward.ts";
import { readHfConfig } from "../../src/core/params/hfConfig.ts";
import {
  decodeStep,
  gqaKvLayout,
  keptTokenLayers,
  kvBytesPerSequence,
  prefillAttended,
  prefillFlops,
  type ServingModel,
  servingFlopsPerToken,
  servingMemory,
  windowBinds,
} from "../../src/core/serving.ts";
import { fixture } from "./params/hfFixture.ts";

/**
 * Sliding-window attention keeps a rolling buffer of W tokens per layer (Jiang et al. 2023, Mistral 7B,
 * §2, "Rolling Buffer Cache"): a sequence's KV cache is Σ over layers of 2 · n_kv · d_head · bytes ·
 * min(T, W_layer), global layers T.
 */

// mistralai/Mistral-7B-v0.1 config.json: num_hidden_layers 32, num_key_value_heads 8, head_dim
// 4096 / 32 = 128, sliding_window 4096 (on every layer), max_position_embeddings 32768.
const MISTRAL_V01 = {
  model_type: "mistral",
  hidden_size: 4096,
  intermediate_size: 14336,
  num_attention_heads: 32,
  num_hidden_layers: 32,
  num_key_value_heads: 8,
  max_position_embeddings: 32768,
  sliding_window: 4096,
  vocab_size: 32000,
};

const layoutOf = (config: unknown) => {
  const arch = readHfConfig(config).architecture;
  return gqaKvLayout({ layers: arch.layers, kvHeads: arch.kvHeads, headDim: arch.headDim ?? 0 }, "bf16", {
    slidingWindow: arch.slidingWindow,
    slidingLayers: arch.slidingLayers ?? [],
  });
};

describe("the KV cache of sliding-window layers stops at the window", () => {
  it("Mistral 7B v0.1 at 8,192 tokens: 32 × 2 × 8 × 128 × 2 B × 4,096 = 536,870,912 B (0.5 GiB), not 1 GiB", () => {
    const kv = layoutOf(MISTRAL_V01);
    // Per token, every layer: 2 × 32 × 8 × 128 × 2 = 131,072 B, as before.
    expect(kv.bytesPerToken).toBe(131_072);
    expect(kvBytesPerSequence(kv, 8192)).toBe(32 * 2 * 8 * 128 * 2 * 4096);
    expect(kvBytesPerSequence(kv, 8192)).toBe(2 ** 29);
    expect(keptTokenLayers(kv, 8192)).toBe(32 * 4096);
    expect(windowBinds(kv, 8192)).toBe(true);
  });

  it("at or under the window nothing changes: 4,096 tokens keep 131,072 B × 4,096", () => {
    const kv = layoutOf(MISTRAL_V01);
    expect(windowBinds(kv, 4096)).toBe(false);
    expect(kvBytesPerSequence(kv, 4096)).toBe(131_072 * 4096);
    expect(kvBytesPerSequence(kv, 1000)).toBe(131_072 * 1000);
  });

  it("Mistral 7B v0.2/v0.3 (sliding_window null) keep every token", () => {
    const kv = layoutOf({ ...MISTRAL_V01, sliding_window: null, vocab_size: 32768 });
    expect(kv.window).toBeUndefined();
    expect(kvBytesPerSequence(kv, 8192)).toBe(131_072 * 8192);
  });

  it("Gemma 2 2B (config: 26 layers, 4 KV heads × 256, sliding_window 4096 on every other layer): 13 local, 13 global", () => {
    const kv = layoutOf(fixture("google__gemma-2-2b-it"));
    const perLayer = 2 * 4 * 256 * 2;
    expect(kv.bytesPerToken).toBe(26 * perLayer);
    expect(kv.window?.slidingLayers.length).toBe(13);
    expect(kvBytesPerSequence(kv, 8192)).toBe(13 * perLayer * 8192 + 13 * perLayer * 4096);
    // The same figure the forward pass's own KV count gives (src/core/forward.ts, one representation).
    expect(kvBytesPerSequence(kv, 8192)).toBe(
      kvCacheBytes(readHfConfig(fixture("google__gemma-2-2b-it")).architecture, 8192, 2),
    );
  });

  it("Gemma 3 27B (text config: 62 layers, 16 KV heads × 128, sliding_window 1024, sliding_window_pattern 6): 52 local, 10 global", () => {
    // Gemma Team 2025, Gemma 3 Technical Report (arXiv 2503.19786) §2: five local layers per global one, local span 1024.
    const kv = layoutOf({
      model_type: "gemma3_text",
      hidden_size: 5376,
      intermediate_size: 21504,
      num_attention_heads: 32,
      num_hidden_layers: 62,
      num_key_value_heads: 16,
      head_dim: 128,
      sliding_window: 1024,
      sliding_window_pattern: 6,
      vocab_size: 262_208,
    });
    const perLayer = 2 * 16 * 128 * 2;
    expect(kv.window?.slidingLayers.length).toBe(52);
    expect(kvBytesPerSequence(kv, 32_768)).toBe(10 * perLayer * 32_768 + 52 * perLayer * 1024);
  });

  it("Qwen2.5-7B (use_sliding_window false) keeps every token whatever its sliding_window says", () => {
    const kv = layoutOf(fixture("Qwen__Qwen2.5-7B"));
    expect(kv.window).toBeUndefined();
    expect(kvBytesPerSequence(kv, 32_768)).toBe(kv.bytesPerToken * 32_768);
  });

  it("sizes the batch's memory and the bytes a decode step reads from the windowed cache", () => {
    const kv = layoutOf(MISTRAL_V01);
    const model: ServingModel = {
      params: 7_241_732_096,
      activeParams: 7_241_732_096,
      layers: 32,
      heads: 32,
      kv,
    };
    const memory = servingMemory(model, "bf16", { context: 8192, batch: 4 }, 1, 1, 8);
    expect(memory.kvPerGpu).toBe(4 * 2 ** 29);
    const H100 = { bandwidth: 3.35e12, peak: 989e12 };
    const step = decodeStep(model, "bf16", { tp: 1, pp: 1 }, H100, 4, 8192);
    expect(step.bytesPerGpu).toBe(7_241_732_096 * 2 + 4 * 2 ** 29);
  });
});

describe("attention FLOP over the window (Jiang et al. 2023 §2: a token attends to at most W tokens per layer)", () => {
  const N = 7_241_732_096;
  const model = (): ServingModel => ({
    params: N,
    activeParams: N,
    layers: 32,
    heads: 32,
    attentionWidth: 32 * 128,
    kv: layoutOf(MISTRAL_V01),
  });

  it("decode: batch × (2N + 4 · d_attn · 32 · min(8,192, 4,096)) FLOP per step, compute-bound at batch 256", () => {
    const H100 = { bandwidth: 3.35e12, peak: 989.4e12 };
    const step = decodeStep(model(), "bf16", { tp: 1, pp: 1 }, H100, 256, 8192);
    expect(step.flopsPerGpu).toBe(256 * (2 * N + 4 * 4096 * 32 * 4096));
    expect(servingFlopsPerToken(model(), 8192)).toBe(2 * N + 4 * 4096 * 32 * 4096);
    // Within the window: PaLM App. B's 2N + 4·L·ctx·d_attn.
    expect(servingFlopsPerToken(model(), 3000)).toBe(2 * N + 4 * 32 * 3000 * 4096);
  });

  it("prefill: Σ over positions of min(x, W) as ∫₀^P, P²/2 up to W and W²/2 + (P − W)·W past it, continuous at P = W", () => {
    expect(prefillAttended(4096, 4096)).toBe(4096 ** 2 / 2);
    expect(prefillAttended(4097, 4096)).toBe(4096 ** 2 / 2 + 4096);
    expect(prefillAttended(32_768, 4096)).toBe(4096 ** 2 / 2 + (32_768 - 4096) * 4096);
    expect(prefillFlops(model(), 4096)).toBe(4096 * (2 * N + 2 * 32 * 4096 * 4096));
    expect(prefillFlops(model(), 8192)).toBe(2 * N * 8192 + 4 * 4096 * 32 * (4096 ** 2 / 2 + 4096 * 4096));
  });
});
