import { describe, expect, it } from "vitest";
import { modelPreset, PRESET_ALTERNATIVES } from "../../src/commands/presets.ts";
import { isUserError, type UserError } from "../../src/core/errors.ts";
import { findGpu, peakFlops } from "../../src/core/gpus.ts";
import { parseInteger, parsePositiveCount } from "../../src/core/quantity.ts";
import {
  attentionShape,
  estimateRun,
  modelSources,
  publishedGpuHours,
  recomputeParams,
} from "../../src/core/runs/analysis.ts";
import { MODELS } from "../../src/core/runs/entries.ts";
import {
  findModel,
  lookupModel,
  MODEL_CATALOG,
  normalizeModelName,
  suggestModels,
} from "../../src/core/runs/lookup.ts";
import { type Model, modelSchema } from "../../src/core/runs/schema.ts";
import { said } from "../commands/helpers.ts";

const model = (id: string): Model => {
  const found = MODELS.find((m) => m.id === id);
  if (!found) throw new Error(`no ${id} in the catalog`);
  return found;
};

const userError = (fn: () => unknown): UserError => {
  try {
    fn();
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error("expected a UserError");
};

describe("the catalog of published runs", () => {
  it("has the runs the issue names", () => {
    expect(MODELS.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        "gpt-2-1.5b",
        "gpt-3-175b",
        "gopher-280b",
        "chinchilla-70b",
        "palm-540b",
        "opt-175b",
        "bloom-176b",
        "llama-65b",
        "llama-2-7b",
        "llama-2-13b",
        "llama-2-70b",
        "llama-3-8b",
        "llama-3-70b",
        "llama-3-405b",
        "mixtral-8x7b",
        "deepseek-v3",
        "falcon-180b",
        "olmo-2-7b",
        // Issue 16: the runs people use in late 2026.
        "llama-3.1-8b",
        "llama-3.1-70b",
        "llama-3.2-1b",
        "llama-3.2-3b",
        "llama-4-scout",
        "llama-4-maverick",
        "deepseek-r1",
        "qwen2.5-7b",
        "qwen2.5-72b",
        "qwen3-8b",
        "qwen3-32b",
        "qwen3-30b-a3b",
        "qwen3-235b-a22b",
        "gemma-2-2b",
        "gemma-2-9b",
        "gemma-2-27b",
        "phi-3-mini",
        "phi-3-medium",
        "phi-4",
        "olmo-2-13b",
        "olmo-2-32b",
        "pythia-12b",
        "mistral-7b",
      ]),
    );
  });

  it("cites a source with a URL for every figure, and its GPU is in the catalog with a peak at its precision", () => {
    for (const m of MODELS) {
      for (const figure of Object.values(m.published)) {
        expect(figure.source.url).toMatch(/^https:\/\//);
        expect(figure.value).toBeGreaterThan(0);
      }
      if (m.hardware?.gpu) expect(peakFlops(findGpu(m.hardware.gpu), m.precision)).toBeGreaterThan(0);
      expect(modelSources(m).length).toBeGreaterThanOrEqual(1);
    }
  });

  it("every entry passes modelSchema unchanged (the catalog is typed by it, not parsed at each start)", () => {
    for (const m of MODELS) expect(modelSchema.parse(m)).toEqual(m);
    // A figure that is not positive is refused, as a bad entry would fail this test.
    const [first] = MODELS;
    expect(() =>
      modelSchema.parse({ ...first, published: { params: { ...first?.published.params, value: -1 } } }),
    ).toThrow();
  });
});

describe("parameters recomputed from each architecture match the published count", () => {
  const modelled = MODELS.filter((m) => m.architecture.kind !== "unmodelled");

  it.each(modelled.map((m) => [m.id, m] as const))("%s: within 1%", (_id, m) => {
    const recomputed = recomputeParams(m);
    expect(recomputed).toBeDefined();
    const total = recomputed?.total ?? 0;
    expect(Math.abs(total / m.published.params.value - 1)).toBeLessThan(0.01);
    if (m.published.activeParams) {
      expect(Math.abs((recomputed?.active ?? 0) / m.published.activeParams.value - 1)).toBeLessThan(0.01);
    } else {
      expect(recomputed?.active).toBe(total);
    }
  });

  it("is exact where the published count comes from the released weights", () => {
    // Hugging Face safetensors totals: bigscience/bloom model card 176,247,271,424 (with the
    // embedding LayerNorm); tiiuae/falcon-180B (plain MLP, LayerNorm biases, untied head);
    // allenai/OLMo-2-1124-7B (QK-norm); meta-llama Llama 3 / 3.1 8B, 70B, 405B.
    // Also: Llama 3.1 8B/70B and 3.2 1B/3B (tied embeddings), Mistral-7B-v0.1 (7,241,732,096),
    // Phi-3-mini (3,821,079,552) and Phi-3-medium (13,960,238,080), OLMo 2 13B and 32B (QK-norm, config.json),
    // Pythia-12B (11,846,072,320 in the EleutherAI model table: GPT-NeoX, untied output layer).
    for (const id of [
      "bloom-176b",
      "falcon-180b",
      "olmo-2-7b",
      "llama-3-8b",
      "llama-3-70b",
      "llama-3-405b",
      "llama-3.1-8b",
      "llama-3.1-70b",
      "llama-3.2-1b",
      "llama-3.2-3b",
      "mistral-7b",
      "phi-3-mini",
      "phi-3-medium",
      "olmo-2-13b",
      "olmo-2-32b",
      "pythia-12b",
    ]) {
      expect(recomputeParams(model(id))?.total, id).toBe(model(id).published.params.value);
    }
    // Mixtral config.json: 46,702,792,704 total, 12,879,925,248 active (blog: 46.7B / 12.9B).
    expect(recomputeParams(model("mixtral-8x7b"))).toEqual({ total: 46_702_792_704, active: 12_879_925_248 });
  });

  it("differs for Llama 2 by exactly the rotary inv_freq buffers the safetensors files carry (head_dim/2 per layer)", () => {
    for (const [id, layers] of [
      ["llama-2-7b", 32],
      ["llama-2-13b", 40],
      ["llama-2-70b", 80],
    ] as const) {
      const m = model(id);
      expect(m.published.params.value - (recomputeParams(m)?.total ?? 0)).toBe(layers * 64);
    }
  });

  it("differs for Qwen2.5, Qwen3 and Gemma 2 by exactly the parts the decoder formula leaves out", () => {
    const shortBy = (id: string) =>
      model(id).published.params.value - (recomputeParams(model(id))?.total ?? 0);
    // Qwen2.5: q, k and v biases, (heads + 2·kv-heads)·head-dim per layer. 7B: 28 × (3584 + 2·512);
    // the Hub count 7,615,616,512 is the one the issue names.
    expect(shortBy("qwen2.5-7b")).toBe(28 * (3584 + 2 * 512));
    expect(shortBy("qwen2.5-72b")).toBe(80 * (8192 + 2 * 1024));
    // Qwen3-8B (8,190,735,360 on the Hub): per-head q and k RMSNorms, 2 × head-dim 128 per layer, 36 layers.
    expect(shortBy("qwen3-8b")).toBe(36 * 2 * 128);
    // Gemma 2: four RMSNorms per layer, the formula counts two; gemma-2-9b = 9,241,705,984 on the Hub.
    expect(shortBy("gemma-2-9b")).toBe(42 * 2 * 3584);
    expect(shortBy("gemma-2-2b")).toBe(26 * 2 * 2304);
    expect(shortBy("gemma-2-27b")).toBe(46 * 2 * 4608);
    for (const id of ["qwen2.5-7b", "qwen2.5-72b"]) expect(model(id).notes).toContain("model.note.qkvBias");
    expect(model("qwen3-8b").notes).toContain("model.note.headQkNorm");
    expect(model("gemma-2-9b").notes).toContain("model.note.gemma2Norms");
  });

  it("Qwen3-235B-A22B: the MoE count lands within 0.1% of 235B total and 1% of 22B active (Qwen3 report)", () => {
    const recomputed = recomputeParams(model("qwen3-235b-a22b"));
    expect(Math.abs((recomputed?.total ?? 0) / 235e9 - 1)).toBeLessThan(0.001);
    expect(Math.abs((recomputed?.active ?? 0) / 22e9 - 1)).toBeLessThan(0.01);
  });

  it("Qwen3-32B and Qwen3-30B-A3B: the Hub's safetensors counts, short by exactly the per-head q/k norms", () => {
    const shortBy = (id: string) =>
      model(id).published.params.value - (recomputeParams(model(id))?.total ?? 0);
    // Qwen/Qwen3-32B: 32,762,123,264 on the Hub (the card: 32.8B, 31.2B non-embedding).
    const dense = model("qwen3-32b");
    expect(dense.published.params.value).toBe(32_762_123_264);
    expect(shortBy("qwen3-32b")).toBe(64 * 2 * 128);
    // Non-embedding: the total less the untied embedding and head, 2 × 151,936 × 5120.
    expect(Math.round((32_762_123_264 - 2 * 151_936 * 5120) / 1e8) / 10).toBe(31.2);
    expect(dense.architecture).toMatchObject({
      layers: 64,
      hidden: 5120,
      heads: 64,
      kvHeads: 8,
      headDim: 128,
      ffn: 25_600,
    });
    expect(dense.maxContext).toBe(40_960);
    // Qwen/Qwen3-30B-A3B: 30,532,122,624 on the Hub (the card: 30.5B total, 3.3B activated).
    const moe = model("qwen3-30b-a3b");
    expect(moe.published.params.value).toBe(30_532_122_624);
    expect(shortBy("qwen3-30b-a3b")).toBe(48 * 2 * 128);
    expect(moe.architecture).toMatchObject({ layers: 48, hidden: 2048, heads: 32, kvHeads: 4, headDim: 128 });
    expect(moe.maxContext).toBe(40_960);
    const active = moe.published.activeParams?.value ?? 0;
    expect(active).toBe(3_353_032_704);
    expect(active - (recomputeParams(moe)?.active ?? 0)).toBe(48 * 2 * 128);
    expect(Math.trunc(active / 1e8) / 10).toBe(3.3);
    for (const id of ["qwen3-32b", "qwen3-30b-a3b"]) {
      const m = model(id);
      expect(m.published.tokens?.value, id).toBe(36e12);
      expect(m.hardware, id).toBeUndefined();
      expect(m.published.gpuHours, id).toBeUndefined();
      expect(estimateRun(m).mfu, id).toBeUndefined();
      expect(m.notes, id).toEqual(["model.note.headQkNorm", "model.note.qwenUnpublished"]);
    }
    expect(findModel("qwen-3-32b").id).toBe("qwen3-32b");
    expect(findModel("qwen3-30b").id).toBe("qwen3-30b-a3b");
    expect(findModel("qwen-3-30b-a3b").id).toBe("qwen3-30b-a3b");
  });

  it("Phi-4 (microsoft/phi-4): 14,659,507,200 exact; 9.8T tokens on 1,920 H100-80G for 21 days (model card)", () => {
    const m = model("phi-4");
    expect(m.published.params.value).toBe(14_659_507_200);
    expect(recomputeParams(m)?.total).toBe(14_659_507_200);
    expect(m.architecture).toMatchObject({
      layers: 40,
      hidden: 5120,
      heads: 40,
      kvHeads: 10,
      ffn: 17_920,
      vocab: 100_352,
    });
    expect(m.maxContext).toBe(16_384);
    expect(m.context).toBe(4096);
    expect(m.published.tokens?.value).toBe(9.8e12);
    expect(m.published.gpus?.value).toBe(1920);
    expect(m.published.days?.value).toBe(21);
    expect(m.hardware?.gpu).toBe("h100-sxm");
    expect(m.published.gpuHours).toBeUndefined();
    expect(m.published.mfu).toBeUndefined();
    expect(findModel("phi4").id).toBe("phi-4");
  });

  it("counts Gopher's and Chinchilla's Transformer-XL relative positions (L·h²); without them both are ~8% short", () => {
    for (const id of ["gopher-280b", "chinchilla-70b"]) {
      const m = model(id);
      const arch = m.architecture;
      if (arch.kind !== "gpt") throw new Error("GPT-style expected");
      const withRelative = recomputeParams(m)?.total ?? 0;
      const without = withRelative - arch.layers * arch.width ** 2;
      expect(without / m.published.params.value).toBeLessThan(0.93);
    }
  });

  it("excludes DeepSeek-V3: its MLA attention and MTP module are not modelled by decoderParams", () => {
    const deepseek = model("deepseek-v3");
    expect(deepseek.architecture.kind).toBe("unmodelled");
    expect(deepseek.architecture.kind === "unmodelled" && deepseek.architecture.reason).toBe(
      "model.note.mla",
    );
    expect(recomputeParams(deepseek)).toBeUndefined();
    expect(attentionShape(deepseek)).toBeUndefined();
  });
});

describe("our estimates against the published figures", () => {
  it("GPT-3: 6ND within 1% of 3.14e23 (Brown et al. 2020, Table D.1); MFU within 2 points of 21.3% (PaLM Table 3)", () => {
    // GPU time from Patterson et al. 2021, Table 4: 10,000 V100 for 14.8 days; V100 fp16 tensor peak 125 TFLOP/s.
    const estimate = estimateRun(model("gpt-3-175b"));
    expect(estimate.flops).toBe(6 * 175e9 * 300e9);
    expect(Math.abs((estimate.flops ?? 0) / 3.14e23 - 1)).toBeLessThan(0.01);
    expect(estimate.gpuHours).toBeCloseTo(10_000 * 14.8 * 24, 3);
    expect(estimate.peakFlopsPerGpu).toBe(125e12);
    expect(estimate.mfu?.mfu).toBeCloseTo(0.197, 3);
    expect(Math.abs((estimate.mfu?.mfu ?? 0) - 0.213)).toBeLessThan(0.02);
  });

  it("Chinchilla: 6ND within 3% of 5.76e23, Gopher's budget it matches (Hoffmann et al. 2022, Table 3); no MFU (chip count and hours not published)", () => {
    const estimate = estimateRun(model("chinchilla-70b"));
    expect(estimate.flops).toBeCloseTo(5.88e23, -20);
    expect(Math.abs((estimate.flops ?? 0) / 5.76e23 - 1)).toBeLessThan(0.03);
    expect(estimate.tokensPerParam).toBe(20);
    expect(estimate.mfu).toBeUndefined();
    expect(estimate.gpuHours).toBeUndefined();
  });

  it("PaLM: 6N + attention within 1% of 2.56e24; throughput MFU 46.2% to 0.2 points (Appendix B)", () => {
    // 238.3K tokens/s on 6144 TPU v4 at 275 TFLOP/s bf16, with 12·L·H·Q·T for 118 layers, 48 × 256, 2048 tokens.
    const estimate = estimateRun(model("palm-540b"));
    expect(Math.abs((estimate.flopsWithAttention ?? 0) / 2.56e24 - 1)).toBeLessThan(0.01);
    expect(estimate.attention).toEqual({ layers: 118, attentionWidth: 48 * 256, context: 2048 });
    expect(Math.abs((estimate.mfuFromThroughput ?? 0) - 0.462)).toBeLessThan(0.002);
    // Over the 8.4M chip-hours (downtime and repeated steps included) the same FLOP give only ~30%.
    expect(estimate.gpuHours).toBe(6144 * 1200 + 3072 * 336);
    expect(estimate.mfu?.mfu).toBeCloseTo(0.304, 3);
  });

  it("Llama 3 405B: 6ND within 1% of 3.8e25 (Llama 3 paper); MFU over the model card's 30.84M GPU-hours is 34.6%, 3–9 points under Table 4's 38–43%", () => {
    const estimate = estimateRun(model("llama-3-405b"));
    expect(Math.abs((estimate.flops ?? 0) / 3.8e25 - 1)).toBeLessThan(0.01);
    const mfu = estimate.mfu?.mfu ?? 0;
    expect(mfu).toBeCloseTo(0.3458, 3);
    expect(mfu).toBeGreaterThan(0.38 - 0.05);
    expect(mfu).toBeLessThan(0.43);
  });

  it("DeepSeek-V3 (the seed's story): 6ND with 671B total is 628% of H800 bf16 dense (impossible); with 37B active 34.6%", () => {
    // DeepSeek-V3 report: 14.8T tokens, 2,664K H800 GPU-hours of pre-training (Table 1).
    const estimate = estimateRun(model("deepseek-v3"));
    expect(estimate.computeParams).toBe(37e9);
    expect(estimate.peakFlopsPerGpu).toBe(989.4e12);
    expect(estimate.mfuTotalParams?.mfu).toBeCloseTo(6.28, 2);
    expect(estimate.mfuTotalParams?.warnings.map((w) => w.id)).toEqual([
      "mfu.impossible",
      "mfu.causeMoeActive",
    ]);
    expect(estimate.mfuTotalParams?.warnings[1]?.params?.percent).toBe(35);
    expect(estimate.mfu?.mfu).toBeCloseTo(0.346, 3);
    expect(estimate.mfu?.warnings).toEqual([]);
  });

  it("GPU time is the published GPU-hours, else GPUs × days, else unknown", () => {
    expect(publishedGpuHours(model("bloom-176b"))).toBe(1_082_990);
    expect(publishedGpuHours(model("gopher-280b"))).toBeCloseTo(4096 * 920, 6);
    expect(publishedGpuHours(model("mixtral-8x7b"))).toBeUndefined();
    expect(publishedGpuHours(model("mistral-7b"))).toBeUndefined();
  });

  it("Gopher on TPU v3 (now in the catalog): 6ND over 4,096 chips × 920 h at 123 TFLOP/s is 30.2%, near v1's 30.8%", () => {
    // Rae et al. 2021 Appendix F: 4096 TPUv3 chips, 920 hours; Cloud TPU v3 docs: 123 TFLOPS bf16 per chip.
    const estimate = estimateRun(model("gopher-280b"));
    expect(estimate.gpu?.id).toBe("tpu-v3");
    expect(estimate.peakFlopsPerGpu).toBe(123e12);
    const mfu = estimate.mfu?.mfu ?? 0;
    expect(mfu).toBeCloseTo((6 * 280e9 * 300e9) / (4096 * 920 * 3600 * 123e12), 10);
    expect(mfu).toBeCloseTo(0.302, 3);
    expect(Math.abs(mfu - 0.308)).toBeLessThan(0.01);
    expect(model("gopher-280b").published.mfu?.value).toBe(0.325);
  });

  it("OPT-175B: GPU time from the LLaMA paper's Table 15 (809,472 A100 GPU-hours) gives 20.8% MFU at fp16", () => {
    // 6 × 175B × 180B (the corpus size, a rough D) over 809,472 h at the A100's 312 TFLOP/s fp16 dense peak.
    const estimate = estimateRun(model("opt-175b"));
    expect(model("opt-175b").precision).toBe("fp16");
    expect(estimate.gpuHours).toBe(809_472);
    expect(estimate.peakFlopsPerGpu).toBe(312e12);
    expect(estimate.mfu?.mfu).toBeCloseTo((6 * 175e9 * 180e9) / (809_472 * 3600 * 312e12), 10);
    expect(estimate.mfu?.mfu).toBeCloseTo(0.208, 3);
  });
});

describe("finding a run by name", () => {
  it("ignores case, spaces, dots, dashes and underscores; knows the aliases", () => {
    expect(findModel("Llama 3.1 405B").id).toBe("llama-3-405b");
    expect(findModel("DEEPSEEK_V3").id).toBe("deepseek-v3");
    expect(findModel("gpt3").id).toBe("gpt-3-175b");
    expect(findModel("Mixtral 8x7B").id).toBe("mixtral-8x7b");
    expect(normalizeModelName("Llama-2 7B")).toBe("llama27b");
    expect(lookupModel("llama-2-7b")).toBe(lookupModel("llama2 7b"));
    expect(lookupModel("h100")).toBeUndefined();
  });

  it("suggests the nearest runs for a typo, and says so when nothing is close", () => {
    const typo = userError(() => findModel("deepsek-v3"));
    expect(typo.id).toBe("model.unknown");
    expect(String(typo.params.suggestions).split(", ")).toContain("deepseek-v3");
    expect(suggestModels("llama-3-450b")).toContain("llama-3-405b");
    expect(userError(() => findModel("qqqqqqqqqqqqqqqq")).id).toBe("model.unknownNoSuggestion");
    expect(suggestModels("qqqqqqqqqqqqqqqq")).toEqual([]);
  });

  it("the run catalog's search ranks exact names, then prefixes, then substrings (for autocomplete)", () => {
    expect(MODEL_CATALOG.search("llama-3").map((m) => m.id)).toEqual([
      "llama-3-8b",
      "llama-3-70b",
      "llama-3-405b",
      "llama-3.1-8b",
      "llama-3.1-70b",
      "llama-3.3-70b",
      "llama-3.2-1b",
      "llama-3.2-3b",
    ]);
    expect(MODEL_CATALOG.search("llama 3.1").map((m) => m.id)).toEqual([
      "llama-3-405b",
      "llama-3.1-8b",
      "llama-3.1-70b",
    ]);
    expect(MODEL_CATALOG.search("palm")[0]?.id).toBe("palm-540b");
    expect(MODEL_CATALOG.search("405").map((m) => m.id)).toEqual(["llama-3-405b"]);
    expect(MODEL_CATALOG.search("Chinchilla")[0]?.id).toBe("chinchilla-70b");
    expect(MODEL_CATALOG.search("")).toHaveLength(MODELS.length);
    expect(MODEL_CATALOG.search("zzz")).toEqual([]);
  });
});

describe("presets: a run's raw option values", () => {
  const preset = (id: string) => new Map(modelPreset(model(id)));

  it("give every numeric value as text the option parsers read back exactly", () => {
    for (const m of MODELS) {
      for (const [key, value] of modelPreset(m)) {
        if (value === null || !/^\d/.test(value)) continue;
        const parsed = ["layers", "heads", "gpus"].includes(key)
          ? parseInteger(value)
          : parsePositiveCount(value);
        expect(parsed, `${m.id} ${key}`).toBe(Number(value));
      }
    }
  });

  it("fill the published inputs, not the results", () => {
    const deepseek = preset("deepseek-v3");
    expect(deepseek.get("params")).toBe("671000000000");
    expect(deepseek.get("active")).toBe("37000000000");
    expect(deepseek.get("moe")).toBe("true");
    expect(deepseek.get("gpu")).toBe("h800-sxm");
    expect(deepseek.get("gpu-hours")).toBe("2664000");
    // MLA's parameters are not modelled: no heads or width, so no attention term from a wrong shape. Its
    // cache is: d_c + d_R = 512 + 64 per layer, times 61 layers (DeepSeek-V2 §2.1.4; V3 config.json).
    expect(deepseek.get("layers")).toBe("61");
    expect(deepseek.get("kv-latent")).toBe("576");
    expect(deepseek.has("heads")).toBe(false);
    expect(deepseek.has("hidden")).toBe(false);
    expect(preset("palm-540b").get("tokens-per-second")).toBe("238300");
    expect(preset("gpt-3-175b").get("precision")).toBe("fp16");
  });

  it("say which architectures the params command reproduces, and that ALiBi/relative runs have no learned positions", () => {
    expect(preset("llama-3-8b").get("spec")).toBe("decoder");
    expect(preset("gpt-3-175b").get("spec")).toBe("transformer");
    expect(preset("gpt-3-175b").get("positions")).toBe("2048");
    expect(preset("gopher-280b").get("spec")).toBe("transformer");
    expect(preset("gopher-280b").get("relative-positions")).toBe("true");
    // Falcon's plain MLP and DeepSeek-V3's MLA are counted by the exact architecture path, by run id.
    expect(preset("falcon-180b").get("spec")).toBe("falcon-180b");
    expect(preset("deepseek-v3").get("spec")).toBe("deepseek-v3");
    expect(preset("bloom-176b").get("positions")).toBeNull();
    const keys = modelPreset(model("bloom-176b")).map(([key]) => key);
    expect(keys.indexOf("positions")).toBeLessThan(keys.indexOf("ctx"));
    expect(preset("mixtral-8x7b").get("experts")).toBe("8");
    expect(preset("mixtral-8x7b").get("top-k")).toBe("2");
    expect(PRESET_ALTERNATIVES[0]).toEqual(["gpu-hours", "days", "tokens-per-second"]);
  });
});

describe("a name that is not an exact entry never silently resolves to a different run", () => {
  it("Llama 3.1 8B and 70B are their own runs with the 3.1 card's GPU-hours, no longer Llama 3's", () => {
    // The bug: llama-3.1-8b was an alias of Llama 3 8B and returned its 1.3M GPU-hours (Llama 3 card);
    // the Llama 3.1 card gives 1.46M for 8B and 7.0M for 70B.
    expect(findModel("llama-3.1-8b").id).toBe("llama-3.1-8b");
    expect(findModel("Llama 3.1 8B").published.gpuHours?.value).toBe(1.46e6);
    expect(findModel("llama-3.1-70b").published.gpuHours?.value).toBe(7.0e6);
    expect(findModel("llama-3.1-8b").published.gpuHours?.source.title).toMatch(/Llama 3\.1 model card/);
    expect(findModel("llama-3-8b").published.gpuHours?.value).toBe(1.3e6);
    expect(findModel("llama-3-70b").published.gpuHours?.value).toBe(6.4e6);
    expect(findModel("llama-3-8b").published.gpuHours?.source.title).toMatch(/Llama 3 model card/);
    // The 405B was only ever released as Llama 3.1: one run, the 3.1 card's 30.84M GPU-hours.
    expect(findModel("llama-3.1-405b").id).toBe("llama-3-405b");
  });

  it.each([
    ["llama-3.2-8b"],
    ["llama-3.3-8b"],
    ["llama-3.2-70b"],
    ["llama-3.1-1b"],
    ["llama-4"],
    ["qwen2-7b"],
    ["qwen3-7b"],
    ["qwen2.5-8b"],
    ["gemma-7b"],
    ["gemma-3-27b"],
    ["phi-3.5-mini"],
    ["phi-4-mini"],
    ["deepseek-r1-0528"],
    ["olmo-7b"],
    ["pythia-6.9b"],
    ["mistral-7b-v0.3"],
    ["mixtral-8x22b-instruct-v0.1"],
  ])(
    "%s is not in the catalog: lookup finds nothing and findModel refuses (with suggestions), never another run",
    (name) => {
      expect(lookupModel(name)).toBeUndefined();
      const error = userError(() => findModel(name));
      expect(["model.unknown", "model.unknownNoSuggestion"]).toContain(error.id);
    },
  );

  it("every alias names its own release: its digits appear in the entry's id or name (listed exceptions only)", () => {
    // An alias whose digits are not the entry's own is how llama-3.1-8b came to mean Llama 3 8B. The only
    // such aliases are qualifiers of the same run: LLaMA 1, OLMo 2's 1124/0325 release dates, the Llama 4
    // checkpoint names, and the 405B that only exists as Llama 3.1.
    const allowed = new Set([
      "llama-1-65b",
      "llama1",
      "olmo-2-1124-7b",
      "olmo-2-1124-13b",
      "olmo-2-0325-32b",
      "llama-3.1-405b",
      "llama-4-scout-17b-16e",
      "llama-4-maverick-17b-128e",
      "phi-3-mini-4k",
      "phi-3-medium-4k",
      "mistral-7b-v0.1",
    ]);
    const digits = (text: string) => text.match(/\d+/g) ?? [];
    for (const m of MODELS) {
      const own = new Set([...digits(m.id), ...digits(m.name)]);
      for (const alias of m.aliases) {
        if (allowed.has(alias)) continue;
        for (const d of digits(alias))
          expect(own.has(d), `${m.id}: alias "${alias}" carries ${d}`).toBe(true);
      }
    }
  });
});

describe("late-2026 runs: every figure against its table or model card", () => {
  it("Llama 3.2 1B / 3B: up to 9T tokens, 370K / 460K H100 GPU-hours (Llama 3.2 card); tied embeddings", () => {
    for (const [id, hours, params] of [
      ["llama-3.2-1b", 370e3, 1_235_814_400],
      ["llama-3.2-3b", 460e3, 3_212_749_824],
    ] as const) {
      const p = model(id).published;
      expect(p.params.value, id).toBe(params);
      expect(p.tokens?.value, id).toBe(9e12);
      expect(p.gpuHours?.value, id).toBe(hours);
      expect(p.gpuHours?.source.title, id).toMatch(/Llama 3\.2 model card/);
    }
    // 6 × 1.236B × 9T over 370K H100-hours at 989.4 TFLOP/s: 5.1%, the distilled small model's low MFU.
    expect(estimateRun(model("llama-3.2-1b")).mfu?.mfu).toBeCloseTo(
      (6 * 1_235_814_400 * 9e12) / (370e3 * 3600 * 989.4e12),
      10,
    );
  });

  it("Llama 4 Scout / Maverick: 17B active of 109B / 400B, ~40T / ~22T tokens, 5.0M / 2.38M GPU-hours (Llama 4 card)", () => {
    const scout = model("llama-4-scout").published;
    expect([
      scout.params.value,
      scout.activeParams?.value,
      scout.tokens?.value,
      scout.gpuHours?.value,
    ]).toEqual([109e9, 17e9, 40e12, 5.0e6]);
    const maverick = model("llama-4-maverick").published;
    expect([
      maverick.params.value,
      maverick.activeParams?.value,
      maverick.tokens?.value,
      maverick.gpuHours?.value,
    ]).toEqual([400e9, 17e9, 22e12, 2.38e6]);
    // A MoE: 6ND with the 17B active over the card's H100 GPU-hours is plausible, with the total impossible.
    const estimate = estimateRun(model("llama-4-maverick"));
    expect(estimate.mfu?.mfu).toBeCloseTo((6 * 17e9 * 22e12) / (2.38e6 * 3600 * 989.4e12), 10);
    expect(estimate.mfuTotalParams?.mfu).toBeGreaterThan(1);
    expect(recomputeParams(model("llama-4-scout"))).toBeUndefined();
  });

  it("DeepSeek-R1: DeepSeek-V3-Base's pre-training (same MFU) plus its own 147K H800 GPU-hours of RL", () => {
    const r1 = model("deepseek-r1");
    const v3 = model("deepseek-v3");
    expect(r1.published.postTrainingGpuHours?.value).toBe(147e3);
    expect(r1.published.postTrainingGpuHours?.source.url).toMatch(/nature\.com/);
    expect(r1.published.gpuHours?.value).toBe(v3.published.gpuHours?.value);
    expect(r1.published.tokens?.value).toBe(14.8e12);
    expect(estimateRun(r1).mfu?.mfu).toBe(estimateRun(v3).mfu?.mfu);
    // The R1 sources line cites the Nature supplementary alongside V3's Table 1.
    expect(modelSources(r1).map((s) => s.url)).toContain(
      "https://www.nature.com/articles/s41586-025-09422-z",
    );
    expect(r1.notes).toContain("model.note.r1Base");
    // R1's RL is about 5.5% of V3's 2.664M pre-training GPU-hours.
    expect(147e3 / 2.664e6).toBeCloseTo(0.055, 3);
  });

  it("Qwen2.5 (18T tokens) and Qwen3 (about 36T): tokens published, hardware and GPU time not", () => {
    for (const id of ["qwen2.5-7b", "qwen2.5-72b"]) expect(model(id).published.tokens?.value, id).toBe(18e12);
    for (const id of ["qwen3-8b", "qwen3-235b-a22b"])
      expect(model(id).published.tokens?.value, id).toBe(36e12);
    for (const id of ["qwen2.5-7b", "qwen2.5-72b", "qwen3-8b", "qwen3-235b-a22b"]) {
      const m = model(id);
      expect(m.hardware, id).toBeUndefined();
      expect(m.published.gpuHours, id).toBeUndefined();
      expect(estimateRun(m).mfu, id).toBeUndefined();
      expect(m.notes, id).toContain("model.note.qwenUnpublished");
    }
    expect(model("qwen3-235b-a22b").published.activeParams?.value).toBe(22e9);
  });

  it("Gemma 2: 2T / 8T / 13T tokens on 512 TPUv5e / 4096 TPUv4 / 6144 TPUv5p (Gemma 2 report §3.1, Table 3)", () => {
    for (const [id, tokens, chips, gpu] of [
      ["gemma-2-2b", 2e12, 512, "tpu-v5e"],
      ["gemma-2-9b", 8e12, 4096, "tpu-v4"],
      ["gemma-2-27b", 13e12, 6144, "tpu-v5p"],
    ] as const) {
      const m = model(id);
      expect(m.published.tokens?.value, id).toBe(tokens);
      expect(m.published.gpus?.value, id).toBe(chips);
      expect(m.hardware?.gpu, id).toBe(gpu);
      expect(estimateRun(m).mfu, id).toBeUndefined();
    }
    expect(model("gemma-2-9b").published.params.value).toBe(9_241_705_984);
  });

  it("Phi-3: mini 3.8B on 3.3T tokens, medium 14B on 4.8T (Phi-3 report); no hardware or GPU time", () => {
    expect(model("phi-3-mini").published.tokens?.value).toBe(3.3e12);
    expect(model("phi-3-medium").published.tokens?.value).toBe(4.8e12);
    expect(Math.round(model("phi-3-mini").published.params.value / 1e8) / 10).toBe(3.8);
    expect(Math.round(model("phi-3-medium").published.params.value / 1e9)).toBe(14);
    expect(model("phi-3-mini").hardware).toBeUndefined();
  });

  it("OLMo 2: 7B on 4.05T (paper §2.3), 13B on 5T and 32B on 6T (model cards)", () => {
    expect(model("olmo-2-7b").published.tokens?.source.title).toMatch(/§2\.3/);
    expect(model("olmo-2-13b").published.tokens?.value).toBe(5e12);
    expect(model("olmo-2-32b").published.tokens?.value).toBe(6e12);
  });

  it("OLMo 2: each note says which token count is used (§2.3: 7B 4.05T with 3.90T pre-training; 13B 5.6T, 32B 6.6T in all)", () => {
    // OLMo 2 report §2.3: "OLMo 2 7B is trained on 4.05 trillion tokens (3.90 trillion for pretraining stage),
    // OLMo 2 13B is trained on 5.6 trillion tokens (5 trillion for pretraining stage), and OLMo 2 32B is trained
    // on 6.6 trillion tokens (6.06 trillion for pretraining stage)."
    const seven = model("olmo-2-7b");
    expect(seven.published.tokens?.value).toBe(4.05e12);
    expect(seven.notes).toEqual(["model.note.olmo2_7bTokens"]);
    const sevenNote = said("model olmo-2-7b");
    expect(sevenNote).toContain("3.90T of pre-training");
    expect(sevenNote).toContain("3 × 50B of mid-training");
    const thirteen = said("model olmo-2-13b");
    expect(thirteen).toContain("5.6T (13B)");
    expect(thirteen).toContain("6.6T (32B, 6.06T of it pre-training)");
  });

  it("Pythia-12B: 299,892,736,000 tokens = 143,000 steps × 2,097,152 (§2); 256 A100 40GB, 72,300 GPU-hours (Table 5): 26.2% MFU", () => {
    const pythia = model("pythia-12b");
    expect(pythia.published.tokens?.value).toBe(143_000 * 2_097_152);
    expect(pythia.hardware?.gpu).toBe("a100-40gb-sxm");
    expect([pythia.published.gpus?.value, pythia.published.gpuHours?.value]).toEqual([256, 72_300]);
    expect(pythia.precision).toBe("fp16");
    const mfu = estimateRun(pythia).mfu?.mfu ?? 0;
    expect(mfu).toBeCloseTo((6 * 11_846_072_320 * 299_892_736_000) / (72_300 * 3600 * 312e12), 10);
    expect(mfu).toBeCloseTo(0.262, 3);
  });

  it("Mistral 7B: the parameter count only, said so", () => {
    const mistral = model("mistral-7b");
    expect(Object.keys(mistral.published)).toEqual(["params"]);
    expect(mistral.notes).toEqual(["model.note.mistralParamsOnly"]);
    const estimate = estimateRun(mistral);
    expect(estimate.flops).toBeUndefined();
    expect(estimate.mfu).toBeUndefined();
  });
});

describe("corrected provenance", () => {
  it("PaLM: 2.56e24 is Appendix B Table 22 (rematerialization excluded); the chip-hours are §4's two phases summed", () => {
    const p = model("palm-540b").published;
    expect(p.flops?.source.title).toMatch(/Appendix B, Table 22/);
    expect(p.flops?.source.title).toMatch(/rematerialization excluded/);
    expect(p.gpuHours?.source.title).toMatch(/6144 TPU v4 chips for 1200 h plus 3072 for 336 h/);
  });

  it("GPT-3's 21.3% MFU names its basis (PaLM §4.1: 24.6 non-attention model TFLOP/s per GPU), which 6ND over 10,000 V100 × 14.8 days reproduces", () => {
    const gpt3 = model("gpt-3-175b");
    expect(gpt3.published.mfu?.value).toBe(0.213);
    expect(gpt3.published.mfu?.source.title).toMatch(/24\.6 non-attention model TFLOP\/s per GPU/);
    // 6 × 175B × 300B over 10,000 GPUs × 14.8 days: 24.6 TFLOP/s per GPU, the rate PaLM quotes.
    expect((6 * 175e9 * 300e9) / (10_000 * 14.8 * 86_400) / 1e12).toBeCloseTo(24.6, 1);
  });

  it("PaLM and MT-NLG: the published MFU is the one with self-attention, and the source gives both (PaLM §4.1, Appendix B)", () => {
    // Appendix B: PaLM 540B at 238.3K tokens/s on 6144 TPU v4 (275 TFLOP/s) is 45.7% without self-attention,
    // 46.2% with it; MT-NLG 530B at 65.43K tokens/s on 2240 A100 (312 TFLOP/s) is 29.7% without, 30.2% with.
    expect((238.3e3 * 6 * 540e9) / (275e12 * 6144)).toBeCloseTo(0.457, 3);
    // 0.29772…: the paper prints it cut to 29.7%.
    const mtNlgWithout = (65.43e3 * 6 * 530e9) / (312e12 * 2240);
    expect(mtNlgWithout).toBeGreaterThanOrEqual(0.297);
    expect(mtNlgWithout).toBeLessThan(0.298);
    const palm = model("palm-540b").published.mfu;
    expect(palm?.value).toBe(0.462);
    expect(palm?.source.title).toMatch(/46\.2% with self-attention, 45\.7% without/);
    const mtNlg = model("mt-nlg-530b").published.mfu;
    expect(mtNlg?.value).toBe(0.302);
    expect(mtNlg?.source.title).toMatch(/30\.2% with self-attention, 29\.7% without/);
    expect(mtNlg?.source.title).toMatch(/65\.43K tokens\/s on 2240 A100/);
  });

  it("Gopher's MFU says which version of PaLM's Table 3: 32.5% revised, 30.8% in v1", () => {
    const title = model("gopher-280b").published.mfu?.source.title ?? "";
    expect(title).toMatch(/32\.5%/);
    expect(title).toMatch(/\(v1\) printed 30\.8%/);
  });

  it("OPT-175B kept FP16 weights (§2.4); its GPU-hours are the LLaMA paper's Table 15", () => {
    const opt = model("opt-175b");
    expect(opt.published.gpus?.source.title).toMatch(/§2\.4 \(992 A100 80GB, FP16 weights/);
    expect(opt.published.gpuHours?.source.title).toMatch(
      /LLaMA, Table 15 \(OPT-175B: 992 A100-80GB, 809,472 GPU-hours/,
    );
  });

  it("Llama 3: 15.6T tokens in §1–2, 3.8e25 FLOPs in §3.2.1", () => {
    const p = model("llama-3-405b").published;
    expect(p.tokens?.source.title).toMatch(/15\.6T tokens \(§1, §2\)/);
    expect(p.flops?.source.title).toMatch(/3\.8e25 FLOPs \(§3\.2\.1\)/);
  });
});

describe("sweep23: Mixtral 8x22B, Qwen2 72B and DeepSeek-V2-Lite, counted by hand from their config.json", () => {
  it("Mixtral 8x22B (mistralai/Mixtral-8x22B-v0.1 config.json: 56 layers, d 6144, 48/8 heads of 128, 8 experts top-2 of 16,384, V 32,000): 140,620,634,112 total, 39,152,031,744 active; blog 141B / 39B", () => {
    const h = 6144;
    const attention = 2 * h * h + 2 * h * 8 * 128;
    const expert = 3 * h * 16_384;
    const layer = (experts: number) => attention + experts * expert + 8 * h + 2 * h;
    const total = 56 * layer(8) + 2 * 32_000 * h + h;
    const active = 56 * layer(2) + 2 * 32_000 * h + h;
    expect(total).toBe(140_620_634_112);
    expect(active).toBe(39_152_031_744);
    expect(recomputeParams(model("mixtral-8x22b"))).toEqual({ total, active });
    const m = model("mixtral-8x22b");
    expect(m.published.params.value).toBe(141e9);
    expect(m.published.activeParams?.value).toBe(39e9);
    expect(Math.abs(total / 141e9 - 1)).toBeLessThan(0.005);
    expect(m.maxContext).toBe(65_536);
    expect(m.published.tokens).toBeUndefined();
    expect(m.hardware).toBeUndefined();
    for (const name of ["mixtral-8x22b", "Mixtral 8x22B", "mixtral 8x22b"])
      expect(lookupModel(name)?.id).toBe(m.id);
    expect(lookupModel("mixtral")?.id).toBe("mixtral-8x7b");
  });

  it("Qwen2 72B (Qwen/Qwen2-72B config.json: 80 layers, d 8192, 64/8 heads, ffn 29,568, V 152,064, untied, q/k/v biases): 72,706,203,648; 7T tokens (Qwen2 report Table 1)", () => {
    const h = 8192;
    const layer = 2 * h * h + 2 * h * 1024 + (h + 2 * 1024) + 3 * h * 29_568 + 2 * h;
    const total = 80 * layer + 2 * 152_064 * h + h;
    expect(total).toBe(72_706_203_648);
    const m = model("qwen2-72b");
    expect(m.published.params.value).toBe(total);
    expect(m.published.params.value - (recomputeParams(m)?.total ?? 0)).toBe(80 * (h + 2 * 1024));
    expect(m.published.tokens?.value).toBe(7e12);
    expect(m.notes).toEqual(["model.note.qkvBias", "model.note.qwenUnpublished"]);
    for (const name of ["qwen2-72b", "Qwen2 72B", "qwen-2-72b"]) expect(lookupModel(name)?.id).toBe(m.id);
    // Qwen2.5 72B is another run (18T tokens), never this one.
    expect(lookupModel("qwen2.5-72b")?.id).toBe("qwen2.5-72b");
  });

  it("DeepSeek-V2-Lite (DeepSeek-V2 Appendix B; config.json): 15.7B total, 2.4B active, 5.7T tokens; no GPU time published", () => {
    const m = model("deepseek-v2-lite");
    expect(m.published.params.value).toBe(15.7e9);
    expect(m.published.activeParams?.value).toBe(2.4e9);
    expect(m.published.tokens?.value).toBe(5.7e12);
    expect(m.published.gpuHours).toBeUndefined();
    expect(publishedGpuHours(m)).toBeUndefined();
    expect(m.architecture.kind).toBe("unmodelled");
    for (const name of ["deepseek-v2-lite", "DeepSeek-V2-Lite", "deepseek v2 lite", "dsv2-lite"])
      expect(lookupModel(name)?.id).toBe(m.id);
    expect(lookupModel("deepseek-v2")?.id).toBe("deepseek-v2");
  });
});
