import { describe, expect, it } from "vitest";
import { architecture, architectureParams } from "../../src/core/params/architecture.ts";
import { readHfConfig } from "../../src/core/params/hfConfig.ts";
import { runArchitecture } from "../../src/core/runArchitectures.ts";
import { publishedGpuHours } from "../../src/core/runs/analysis.ts";
import { lookupModel } from "../../src/core/runs/lookup.ts";
import { unpublishedMaker } from "../../src/core/runs/unpublished.ts";
import { ask, said } from "./helpers.ts";

// Published figures these tests check against (not the bot's output):
// - OpenAI 2025, gpt-oss-120b & gpt-oss-20b Model Card (arXiv 2508.10925), Table 1: gpt-oss-120b 36 layers,
//   116.83B total, 5.13B active; gpt-oss-20b 24 layers, 20.91B total, 3.61B active (the active counts
//   leave out the embedding). Pretraining: "The training run for gpt-oss-120b required 2.1 million
//   H100-hours", gpt-oss-20b "almost 10x fewer" (no figure); "trillions of tokens" (no count).
// - openai/gpt-oss-120b and openai/gpt-oss-20b config.json: d 2880, 64 heads, 8 KV heads, head_dim 64,
//   intermediate_size 2880, num_local_experts 128 / 32, top-4, vocab 201,088, attention_bias true,
//   sliding_window 128, layer_types [sliding_attention, full_attention] repeated, tie_word_embeddings
//   false, initial_context_length 4096, max_position_embeddings 131,072, quantization_config mxfp4.
const CARD = {
  "gpt-oss-120b": { layers: 36, experts: 128, total: 116.83e9, active: 5.13e9 },
  "gpt-oss-20b": { layers: 24, experts: 32, total: 20.91e9, active: 3.61e9 },
} as const;
const H = 2880;
const V = 201_088;

const entry = (id: string) => {
  const m = lookupModel(id);
  if (!m) throw new Error(`${id} missing from the catalog`);
  return m;
};

/** The count by hand from the config values, tensor by tensor as modeling_gpt_oss builds them. */
function byHand(layers: number, experts: number) {
  const attention = H * 64 * 64 + 64 * 64 + 2 * (H * 8 * 64 + 8 * 64) + 64 * 64 * H + H + 64; // q, k, v, o with biases; sinks
  const router = H * experts + experts;
  const expert = H * 2 * 2880 + 2 * 2880 + 2880 * H + H; // gate_up (2f) and down, with biases
  const perLayer = (routed: number) => attention + router + routed * expert + 2 * H;
  return {
    total: layers * perLayer(experts) + H + 2 * V * H,
    activeWithoutEmbedding: layers * perLayer(4) + H + V * H,
  };
}

describe("gpt-oss-120b and gpt-oss-20b (OpenAI model card, Aug 2025; their config.json)", () => {
  it.each(Object.entries(CARD))(
    "%s: the card's total and active, exactly as its config.json counts",
    (id, card) => {
      const m = entry(id);
      expect(m.published.params.value).toBe(card.total);
      expect(m.published.activeParams?.value).toBe(card.active);
      expect(m.published.tokens).toBeUndefined();
      expect(m.architecture).toMatchObject({
        kind: "unmodelled",
        layers: card.layers,
        hidden: H,
        heads: 64,
        vocab: V,
      });
      expect(m.context).toBe(4096);
      expect(m.maxContext).toBe(131_072);
      expect(m.releasedPrecision).toBe("fp4");

      const exact = runArchitecture(id);
      if (!exact) throw new Error(`${id}: no exact architecture`);
      const count = architectureParams(architecture(exact.architecture));
      const hand = byHand(card.layers, card.experts);
      expect(count.total).toBe(hand.total);
      // The card's total to its two printed decimals (±0.005B), and its active once the embedding is left
      // out as the card does.
      expect(Math.abs(count.total - card.total)).toBeLessThanOrEqual(0.005e9);
      const embedding = count.parts.find((p) => p.id === "embedding")?.params;
      expect(embedding).toBe(V * H);
      expect(count.active - V * H).toBe(hand.activeWithoutEmbedding);
      expect(Math.abs(count.active - V * H - card.active)).toBeLessThanOrEqual(0.005e9);

      // The same count as the Hub path reads from the config.json itself (model_type gpt_oss).
      const fromConfig = readHfConfig({
        model_type: "gpt_oss",
        num_hidden_layers: card.layers,
        hidden_size: H,
        num_attention_heads: 64,
        num_key_value_heads: 8,
        head_dim: 64,
        intermediate_size: 2880,
        num_local_experts: card.experts,
        num_experts_per_tok: 4,
        vocab_size: V,
        sliding_window: 128,
        tie_word_embeddings: false,
        layer_types: Array.from({ length: card.layers }, (_, i) =>
          i % 2 === 0 ? "sliding_attention" : "full_attention",
        ),
      }).architecture;
      expect(architectureParams(fromConfig).total).toBe(count.total);
      expect(architecture(exact.architecture).slidingLayers).toEqual(fromConfig.slidingLayers);
    },
  );

  it("gpt-oss-20b: 20,914,757,184 parameters", () => {
    expect(byHand(24, 32).total).toBe(20_914_757_184);
    expect((ask("params gpt-oss-20b").result as { total: number }).total).toBe(20_914_757_184);
  });

  it("GPU time: 2.1M H100-hours for gpt-oss-120b; none for gpt-oss-20b (the card says only 'almost 10x fewer')", () => {
    expect(publishedGpuHours(entry("gpt-oss-120b"))).toBe(2.1e6);
    expect(entry("gpt-oss-120b").hardware?.gpu).toBe("h100-sxm");
    expect(publishedGpuHours(entry("gpt-oss-20b"))).toBeUndefined();
    expect(said("model gpt-oss-120b")).toContain("2.1M GPU-hours");
    expect(said("model gpt-oss-120b")).toContain("its training tokens are not");
    expect(said("model gpt-oss-120b", "zh-TW")).toContain("沒有公開訓練 token 數");
  });

  it.each([
    ["gpt-oss-120b", "gpt-oss-120b"],
    ["gpt-oss 120b", "gpt-oss-120b"],
    ["gpt oss 120b", "gpt-oss-120b"],
    ["GPT-OSS-120B", "gpt-oss-120b"],
    ["gpt-oss", "gpt-oss-120b"],
    ["gpt-oss-20b", "gpt-oss-20b"],
    ["gpt oss 20b", "gpt-oss-20b"],
    ["gpt-oss 20b", "gpt-oss-20b"],
  ])("%s names %s", (name, id) => {
    expect(lookupModel(name)?.id).toBe(id);
  });

  it("is not an unpublished OpenAI family (GPT-4 and later stay refused)", () => {
    expect(unpublishedMaker("gpt-oss-120b")).toBeUndefined();
    expect(unpublishedMaker("gpt-oss")).toBeUndefined();
    expect(unpublishedMaker("gpt-4o")).toBe("OpenAI");
    const reply = ask("model gpt-oss-120b");
    expect(reply.ok, said("model gpt-oss-120b")).toBe(true);
  });

  it("gpt-oss-120b on one H100: bf16 takes 4, 4-bit weights fit on 1; its KV cache counts the 128-token window", () => {
    const line = "gpt-oss-120b on one H100";
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    const text = said(line);
    expect(text).toContain("4 needed");
    expect(text).toContain("it takes 1");
    expect(text).toContain("18 of 36 layers attend to the last 128 tokens");
    expect(text).toContain("released weights are fp4");
  });

  it("serve gpt-oss-20b gpu=H100: KV cache 2 · 8 · 64 · 2 bytes per layer, 24 layers", () => {
    const line = "serve gpt-oss-20b gpu=H100 context=8k";
    const reply = ask(line);
    expect(reply.ok, said(line)).toBe(true);
    const serving = (reply.result as { serving: { kvBytesPerToken: number } }).serving;
    expect(serving.kvBytesPerToken).toBe(24 * 2 * 8 * 64 * 2);
  });

  it("a plan of gpt-oss-120b without tokens is refused (its 2.1M H100-hours at an assumed MFU would make them up), with tokens typed it is 6 · 5.13B · D", () => {
    for (const line of ["gpt-oss 120b", "how long to train gpt-oss-120b on 1024 H100"]) {
      const reply = ask(line);
      expect(reply.ok, line).toBe(false);
      expect(reply.error?.key).toBe("compute.needTokensRun");
      expect(reply.hint?.params?.example).toBe("/flops gpt-oss-120b tokens=15T");
    }
    const planned = ask("gpt-oss-120b tokens=20T");
    expect(planned.ok).toBe(true);
    expect((planned.result as { flops: number }).flops).toBeCloseTo(6 * 5.13e9 * 20e12, -21);
    // Its model card's Next line offers serving it, never the training plan that refuses.
    expect(ask("model gpt-oss-120b").hint?.key).toBe("hint.modelNoTokens");
  });

  it("mfu gpt-oss-120b says its tokens are needed (the card publishes none), not an MFU", () => {
    const reply = ask("mfu gpt-oss-120b");
    expect(reply.ok).toBe(false);
    expect(reply.error?.key).toBe("mfu.needTokensRun");
    expect(said("mfu gpt-oss-120b")).toContain("training tokens are not published");
    // With a token count typed, 6·N_active·D over the card's 2.1M H100-hours at the bf16 dense peak.
    const typed = ask("mfu gpt-oss-120b tokens=20T");
    expect(typed.ok, said("mfu gpt-oss-120b tokens=20T")).toBe(true);
    const mfu = (6 * 5.13e9 * 20e12) / (2.1e6 * 3600 * 989.4e12);
    expect((typed.result as { mfu: number }).mfu).toBeCloseTo(mfu, 6);
  });
});
