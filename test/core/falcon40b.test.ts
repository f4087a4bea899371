import { describe, expect, it } from "vitest";
import { recomputeParams } from "../../src/core/runs/analysis.ts";
import { findModel } from "../../src/core/runs/lookup.ts";
import { ask } from "../commands/helpers.ts";

/**
 * Falcon-40B, from tiiuae/falcon-40b: config.json (60 layers, hidden 8192, 128 heads, num_kv_heads 8,
 * new_decoder_architecture: two LayerNorms with biases per layer and a plain 4·d GELU MLP, vocab
 * 65,024) and its safetensors count, 41,835,970,560; the model card: 1,000B tokens, 384 A100 40GB,
 * bfloat16, sequence length 2048.
 */
describe("Falcon-40B (tiiuae/falcon-40b config.json and model card)", () => {
  it("the architecture reproduces the safetensors count exactly", () => {
    const model = findModel("falcon-40b");
    expect(model.published.params.value).toBe(41_835_970_560);
    // 60 × (8192·(128 + 2·8)·64 + 128·64·8192 + 2·8192·32768 + 4·8192) + 2·8192 + 2·65024·8192
    const byHand =
      60 * (8192 * 144 * 64 + 128 * 64 * 8192 + 2 * 8192 * 32_768 + 4 * 8192) + 2 * 8192 + 2 * 65_024 * 8192;
    expect(byHand).toBe(41_835_970_560);
    expect(recomputeParams(model)).toEqual({ total: 41_835_970_560, active: 41_835_970_560 });
  });

  it("its card's figures: 1T tokens on 384 A100 40GB in bf16, context 2048", () => {
    const model = findModel("falcon-40b");
    expect(model.published.tokens?.value).toBe(1e12);
    expect(model.published.gpus?.value).toBe(384);
    expect(model.hardware?.gpu).toBe("a100-40gb-sxm");
    expect(model.context).toBe(2048);
  });

  it("`falcon 40b 1T` reads Falcon-40B (it was refused as another size of Falcon-180B)", () => {
    const reply = ask("falcon 40b 1T");
    expect(reply.ok).toBe(true);
    expect(reply.result?.params).toBe(41_835_970_560);
    expect(reply.result?.tokens).toBe(1e12);
  });

  it("serve: the KV cache is 2·60·8·64·2 B = 122,880 B per token in bf16", () => {
    const reply = ask("serve falcon-40b gpu=A100");
    expect(reply.ok).toBe(true);
    expect((reply.result as { serving: { kvBytesPerToken: number } }).serving.kvBytesPerToken).toBe(122_880);
  });
});
