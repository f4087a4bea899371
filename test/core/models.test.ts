import { describe, expect, it } from "vitest";
import { isUserError, type UserError } from "../../src/core/errors.ts";
import { findGpu, peakFlops } from "../../src/core/gpus.ts";
import {
  attentionShape,
  estimateRun,
  findModel,
  lookupModel,
  MODELS,
  type Model,
  modelPreset,
  modelSources,
  normalizeModelName,
  PRESET_ALTERNATIVES,
  publishedGpuHours,
  recomputeParams,
  searchModels,
  suggestModels,
} from "../../src/core/models.ts";
import { parseInteger, parsePositiveCount } from "../../src/core/quantity.ts";

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
    for (const id of [
      "bloom-176b",
      "falcon-180b",
      "olmo-2-7b",
      "llama-3-8b",
      "llama-3-70b",
      "llama-3-405b",
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

  it("Chinchilla: 6ND within 3% of 5.76e23, Gopher's budget it matches (Hoffmann et al. 2022, Table 3); no MFU (TPUs not in the catalog)", () => {
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
    expect(estimateRun(model("opt-175b")).mfu).toBeUndefined();
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

  it("searchModels ranks exact names, then prefixes, then substrings (for autocomplete)", () => {
    expect(searchModels("llama-3").map((m) => m.id)).toEqual(["llama-3-8b", "llama-3-70b", "llama-3-405b"]);
    expect(searchModels("palm")[0]?.id).toBe("palm-540b");
    expect(searchModels("405").map((m) => m.id)).toEqual(["llama-3-405b"]);
    expect(searchModels("Chinchilla")[0]?.id).toBe("chinchilla-70b");
    expect(searchModels("")).toHaveLength(MODELS.length);
    expect(searchModels("zzz")).toEqual([]);
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
    // MLA is not modelled: no shape, so no attention term or KV cache is computed from a wrong one.
    expect(deepseek.has("layers")).toBe(false);
    expect(deepseek.has("heads")).toBe(false);
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
