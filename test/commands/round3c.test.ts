import { describe, expect, it } from "vitest";
import { MODELS } from "../../src/core/runs/entries.ts";
import { findModel, lookupModel } from "../../src/core/runs/lookup.ts";
import { ask, result, said } from "./helpers.ts";

/**
 * Runs testers found missing (`llama 3.3 70b` was offered llama-65b / llama-2-7b). Every number below
 * is worked out by hand from the primary source named beside it, never read back from the bot.
 */

const entry = (id: string) => {
  const found = MODELS.find((m) => m.id === id);
  if (!found) throw new Error(`no ${id} in the catalog`);
  return found;
};

describe("Llama 3.3 70B (Meta model card; llama-models sku_list.py arch_args, the same as Llama 3.1 70B)", () => {
  // dim 8192, 80 layers, 64 heads, 8 KV heads (head dim 8192 / 64 = 128), vocab 128,256;
  // FFN: int(2·4·8192/3) = 21,845 → int(1.3 × 21,845) = 28,398 → next multiple of 4096 = 28,672.
  const embedding = 128_256 * 8192; // 1,050,673,152, untied: twice
  const perLayer = 2 * 8192 * 8192 + 2 * 8192 * 1024 + 3 * 8192 * 28_672 + 2 * 8192; // 855,654,400
  const total = 80 * perLayer + 2 * embedding + 8192;

  it("the hand count is 70,553,706,496 (70.6B)", () => {
    expect(perLayer).toBe(855_654_400);
    expect(total).toBe(70_553_706_496);
  });

  it.each([
    "llama 3.3 70b",
    "llama-3.3-70b",
    "Llama 3.3 70B",
    "llama3.3-70b",
    "meta-llama-3.3-70b",
    "llama-3.3-70b-instruct",
  ])("%s resolves to llama-3.3-70b, no longer to a neighbouring release", (name) => {
    expect(lookupModel(name)?.id).toBe("llama-3.3-70b");
  });

  it("params llama 3.3 70b: 70,553,706,496, 70.6B", () => {
    expect(result("params llama 3.3 70b").total).toBe(total);
    expect(said("params llama 3.3 70b")).toContain("70.6B");
    expect(said("params llama 3.3 70b")).not.toContain("llama-65b");
  });

  it("the card's figures: 15T+ tokens, 7.0M H100-80GB GPU-hours (its table), H100", () => {
    const m = findModel("llama 3.3 70b");
    expect(m.published.params.value).toBe(70_553_706_496);
    expect(m.published.tokens?.value).toBe(15e12);
    expect(m.published.gpuHours?.value).toBe(7.0e6);
    expect(m.hardware?.gpu).toBe("h100-sxm");
    expect(m.published.gpuHours?.source.url).toContain("llama3_3/MODEL_CARD.md");
    // Not the text's cumulative 39.3M (= 1.46M + 7.0M + 30.84M, the Llama 3.1 family).
    expect(m.published.gpuHours?.value).not.toBe(39.3e6);
    expect(m.published.mfu).toBeUndefined();
  });

  it("model llama-3.3-70b: 6ND = 6 × 70,553,706,496 × 15T, MFU over 7.0M H100-hours at 989.4 TFLOP/s", () => {
    const flops = 6 * total * 15e12; // 6.3498e24
    const mfu = flops / (7.0e6 * 3600 * 989.4e12); // 0.2547
    const r = result("model llama-3.3-70b");
    expect(r.estimated.flops).toBeCloseTo(flops, -20);
    expect(r.estimated.mfu).toBeCloseTo(mfu, 4);
    expect(mfu).toBeCloseTo(0.2547, 4);
  });

  it.each(["cards llama-3.3-70b gpu=H100", "serve llama-3.3-70b gpu=H100"])(
    "%s: KV cache 2 · 80 layers · 8 KV heads · 128 · 2 bytes = 327,680 B per token",
    (line) => {
      expect(result(line).serving.kvBytesPerToken).toBe(2 * 80 * 8 * 128 * 2);
      expect(2 * 80 * 8 * 128 * 2).toBe(327_680);
    },
  );
});

describe("DeepSeek-V2 (arXiv 2405.04434 §3.1.2; config.json = DeepSeek-V3 repo's config_236B.json)", () => {
  // 60 layers, d 5120, 128 heads; MLA: d'_c 1536, d_c 512, qk nope 128 + rope 64, v 128;
  // layer 0 dense (FFN 12,288), layers 1–59: 160 routed + 2 shared experts of 1,536, top-6; V 102,400.
  const h = 5120;
  const attention =
    h * 1536 +
    1536 +
    1536 * 128 * (128 + 64) +
    h * (512 + 64) +
    512 +
    512 * 128 * (128 + 128) +
    128 * 128 * h;
  const expert = 3 * h * 1536;
  const dense = attention + 2 * h + 3 * h * 12_288;
  const moe = attention + 2 * h + 160 * expert + 2 * expert + 160 * h;
  const total = dense + 59 * moe + 2 * 102_400 * h + h;
  const active = dense + 59 * (attention + 2 * h + 8 * expert + 160 * h) + 2 * 102_400 * h + h;

  it("the hand count is 235,741,434,880 (paper: 236B) and 21,375,800,320 active with the embedding (paper: 21B)", () => {
    expect(attention).toBe(149_227_520);
    expect(total).toBe(235_741_434_880);
    expect(active).toBe(21_375_800_320);
    expect(Math.abs(total / 236e9 - 1)).toBeLessThan(0.002);
  });

  it.each(["deepseek-v2", "DeepSeek-V2", "deepseek v2", "dsv2"])("%s resolves to deepseek-v2", (name) => {
    expect(lookupModel(name)?.id).toBe("deepseek-v2");
  });

  it("params deepseek-v2 counts the MLA and the MoE exactly", () => {
    const r = result("params deepseek-v2");
    expect(r.total).toBe(total);
    expect(r.active).toBe(active);
  });

  it.each(["serve deepseek-v2 gpu=H100", "cards deepseek-v2 gpu=H100"])(
    "%s: the MLA cache 60 × (512 + 64) × 2 bytes = 69,120 B per token",
    (line) => {
      expect(result(line).serving.kvBytesPerToken).toBe(60 * (512 + 64) * 2);
      expect(60 * (512 + 64) * 2).toBe(69_120);
    },
  );

  it("the paper's figures: 236B / 21B, 8.1T tokens at 4K, H800; GPU-hours 172.8K per trillion × 8.1T, said to be derived", () => {
    const m = entry("deepseek-v2");
    expect(m.published.params.value).toBe(236e9);
    expect(m.published.activeParams?.value).toBe(21e9);
    expect(m.published.tokens?.value).toBe(8.1e12);
    expect(m.context).toBe(4096);
    expect(m.hardware?.gpu).toBe("h800-sxm");
    expect(m.published.gpuHours?.value).toBe(1_399_680);
    expect(172.8e3 * 8.1).toBeCloseTo(1_399_680, 6);
    expect(m.published.gpuHours?.source.title).toMatch(/Derived .* 172\.8K .* × 8\.1T/);
    expect(m.published.gpus).toBeUndefined();
    expect(m.published.mfu).toBeUndefined();
  });

  it("mfu deepseek-v2: 6 × 21B × 8.1T over 1,399,680 H800-hours at 989.4 TFLOP/s is 20.5%", () => {
    const mfu = (6 * 21e9 * 8.1e12) / (1_399_680 * 3600 * 989.4e12);
    expect(mfu).toBeCloseTo(0.2047, 4);
    expect(result("mfu deepseek-v2").mfu).toBeCloseTo(mfu, 6);
  });

  it("model deepseek-v2 never tells DeepSeek-V3's story (2,788K GPU-hours, 14.8T, 671B)", () => {
    const text = said("model deepseek-v2");
    expect(text).not.toContain("2,788K");
    expect(text).not.toContain("671B");
    expect(text).toContain("172.8K");
    // DeepSeek-V3 keeps it.
    expect(said("model deepseek-v3")).toContain("2,788K");
  });

  it("zh-TW replies carry the new notes", () => {
    expect(said("model deepseek-v2", "zh-TW")).toContain("172.8K × 8.1T");
    expect(said("model llama-3.3-70b", "zh-TW")).toContain("39.3M");
  });
});

describe("Qwen2.5 14B and 32B (Qwen2.5 report §3.1: 18T tokens; config.json shapes), as 7B and 72B are catalogued", () => {
  // Qwen2 decoder: untied embeddings of V 152,064 × 5120, q/o 5120², k/v 5120 × (8 × 128), q/k/v biases
  // (40 + 2·8) × 128 = 7,168 per layer, gated MLP 3·h·f, two RMSNorms per layer and a final one.
  const layer = (ffn: number) => 2 * 5120 * 5120 + 2 * 5120 * 1024 + 7168 + 3 * 5120 * ffn + 2 * 5120;
  const count = (layers: number, ffn: number) => layers * layer(ffn) + 2 * 152_064 * 5120 + 5120;
  const cases = [
    // Qwen/Qwen2.5-14B: 48 layers, ffn 13,824; Qwen/Qwen2.5-32B: 64 layers, ffn 27,648.
    ["qwen2.5-14b", "qwen 2.5 14b", 48, 13_824, 14_770_033_664],
    ["qwen2.5-32b", "Qwen2.5 32B", 64, 27_648, 32_763_876_352],
  ] as const;

  it.each(cases)(
    "%s: the hand count with the biases is the published total",
    (id, name, layers, ffn, total) => {
      expect(count(layers, ffn)).toBe(total);
      expect(lookupModel(name)?.id).toBe(id);
      expect(entry(id).published.params.value).toBe(total);
    },
  );

  it.each(cases)(
    "params %s: the formula is short of it by exactly the q/k/v biases",
    (id, _name, layers, _ffn, total) => {
      expect(total - result(`params ${id}`).total).toBe(layers * 7168);
      expect(said(`params ${id}`)).toContain(`${(layers * 7168).toLocaleString("en-US")} parameters short`);
    },
  );

  it.each(cases)("serve %s gpu=H100: KV 2 · layers · 8 · 128 · 2 bytes per token", (id, _name, layers) => {
    expect(result(`serve ${id} gpu=H100`).serving.kvBytesPerToken).toBe(2 * layers * 8 * 128 * 2);
  });

  it("KV per token by hand: 14B 196,608 B, 32B 262,144 B", () => {
    expect(2 * 48 * 8 * 128 * 2).toBe(196_608);
    expect(2 * 64 * 8 * 128 * 2).toBe(262_144);
  });

  it.each(cases)("%s: 18T tokens (report); hardware and GPU time unpublished, with the note", (id) => {
    const m = entry(id);
    expect(m.published.tokens?.value).toBe(18e12);
    expect(m.published.gpuHours).toBeUndefined();
    expect(m.hardware).toBeUndefined();
    expect(m.notes).toEqual(["model.note.qkvBias", "model.note.qwenUnpublished"]);
  });
});

describe("names still not in the catalog stay refused, never another run", () => {
  // deepseek-v2-lite and mixtral-8x22b were named here until sweep23 catalogued them (test/core/models.test.ts).
  it.each(["llama-3.3-8b", "mixtral-8x7b-v0.3", "deepseek-v2.5-lite"])("%s", (name) => {
    expect(lookupModel(name)).toBeUndefined();
    expect(ask(`model ${name}`).ok).toBe(false);
  });
});
