import { describe, expect, it } from "vitest";
import {
  BESIROGLU_LOSS_FIT,
  CHINCHILLA_LOSS_FIT,
  parametricOptimum,
  parametricTokensFor,
  table3ForBudget,
  table3ForParams,
} from "../../src/core/chinchilla.ts";
import { trainingEnergy } from "../../src/core/energy.ts";
import { ascending, looksPerGpu, mfuSpan, overSpan } from "../../src/core/planning.ts";
import { result, said } from "../commands/helpers.ts";

describe("Chinchilla, all three ways", () => {
  it("Hoffmann et al. 2022 Table 3 rows read exactly: 67B → 5.76e23 FLOP, 1.5T; 175B → 3.7T; 1T → 21.2T", () => {
    expect(table3ForParams(67e9)).toEqual({ params: 67e9, flops: 5.76e23, tokens: 1.5e12, exact: true });
    expect(table3ForParams(175e9)?.tokens).toBe(3.7e12);
    expect(table3ForParams(1e12)?.tokens).toBe(21.2e12);
    expect(table3ForBudget(5.76e23)?.params).toBe(67e9);
  });

  it("between rows it interpolates log-log, and outside 400M–10T it says nothing", () => {
    const seventy = table3ForParams(70e9);
    expect(seventy?.exact).toBe(false);
    expect(seventy?.tokens).toBeGreaterThan(1.5e12);
    expect(seventy?.tokens).toBeLessThan(3.7e12);
    expect(table3ForParams(100e6)).toBeUndefined();
    expect(table3ForParams(20e12)).toBeUndefined();
  });

  it("Eq. 4: the optimum under C = 6ND is consistent both ways, and Besiroglu's a = β/(α+β) = 0.5126", () => {
    for (const fit of [CHINCHILLA_LOSS_FIT, BESIROGLU_LOSS_FIT]) {
      const { params, tokens } = parametricOptimum(fit, 5.76e23);
      expect(6 * params * tokens).toBeCloseTo(5.76e23, -12);
      expect(parametricTokensFor(fit, params).flops / 5.76e23).toBeCloseTo(1, 9);
    }
    const a = Math.log10(
      parametricOptimum(BESIROGLU_LOSS_FIT, 1e25).params / parametricOptimum(BESIROGLU_LOSS_FIT, 1e24).params,
    );
    expect(a).toBeCloseTo(0.3658 / (0.3478 + 0.3658), 9);
    expect(a).toBeCloseTo(0.5126, 4);
  });

  it("the corrected fit lands near 20 tokens per parameter (Besiroglu et al. 2024); the rounded Approach 3 constants far above", () => {
    const besiroglu = parametricTokensFor(BESIROGLU_LOSS_FIT, 67e9).tokens / 67e9;
    expect(besiroglu).toBeGreaterThan(15);
    expect(besiroglu).toBeLessThan(25);
    expect(parametricTokensFor(CHINCHILLA_LOSS_FIT, 67e9).tokens / 67e9).toBeGreaterThan(50);
  });

  it("chinchilla 67B shows the paper's 1.5T beside 20·N's 1.34T, each labelled", () => {
    const r = result("chinchilla 67B");
    expect(r.tokens).toBeCloseTo(1.34e12, -6);
    expect(r.methods.table3).toEqual({ tokens: 1.5e12, flops: 5.76e23, exact: true });
    expect(r.methods.rule20.tokens).toBeCloseTo(1.34e12, -6);
    const text = said("chinchilla 67B");
    expect(text).toContain("1.34T tokens");
    expect(text).toContain("1.5T tokens");
    expect(text).toContain("Hoffmann Table 3 (Approach 1)");
    expect(text).toContain("Besiroglu et al. 2024 corrected fit");
    expect(text).toContain("Hoffmann Approach 3 fit (Eq. 4)");
    expect(text).toContain("arxiv.org/abs/2404.10102");
  });

  it("chinchilla budget=5.76e23 (Gopher's budget): Table 3's 67B beside √(C/120) = 69.3B", () => {
    const r = result("chinchilla budget=5.76e23");
    expect(r.methods.table3.params).toBe(67e9);
    expect(r.params).toBeCloseTo(Math.sqrt(5.76e23 / 120), -3);
    expect(r.methods.besiroglu2024.params).toBeGreaterThan(0);
  });
});

describe("planning arithmetic", () => {
  it("the default MFU span is 30–50% with a 40% point; a pinned one is a single value", () => {
    expect(mfuSpan()).toEqual({ low: 0.3, point: 0.4, high: 0.5 });
    expect(mfuSpan(0.46)).toEqual({ low: 0.46, point: 0.46, high: 0.46 });
    expect(ascending(overSpan(mfuSpan(), (m) => 1 / m))).toEqual({ low: 2, point: 2.5, high: 1 / 0.3 });
  });

  it("a per-GPU figure typed as a total: MFU under 2% that becomes 5–100% per GPU", () => {
    expect(looksPerGpu(0.0003, 1024)).toBe(true);
    expect(looksPerGpu(0.3, 1024)).toBe(false);
    expect(looksPerGpu(0.0001, 8)).toBe(false);
  });

  it("energy: LLaMA §6's method reproduces Llama 2 7B: 184,320 h × 400 W × 1.1 × 0.385 = 31.22 t", () => {
    const e = trainingEnergy({ gpuHours: 184_320, watts: 400, pue: 1.1, gridKgPerKwh: 0.385 });
    expect(e.kwh).toBeCloseTo(81_100.8, 6);
    expect(e.co2Kg / 1000).toBeCloseTo(31.22, 2);
    expect(e.joules).toBeCloseTo(81_100.8 * 3.6e6, 0);
  });
});

describe("one MFU definition, two FLOP counts", () => {
  it("mfuBothWays and convertMfu agree: the same GPU time read by 6N and by 6N + 12·L·H·Q·T", async () => {
    const { convertMfu, mfuBothWays } = await import("../../src/core/mfu.ts");
    // Llama 3 70B: 15T tokens, 6.4M H100-hours; 6N = 6 × 70.55B, attention 12 × 80 × 8,192 × 8,192.
    const sixN = 6 * 70_553_706_496;
    const withAttention = sixN + 12 * 80 * 8192 * 8192;
    const both = mfuBothWays({
      tokens: 15e12,
      perToken6N: sixN,
      perTokenAttention: withAttention,
      gpuSeconds: 6.4e6 * 3600,
      peakFlopsPerGpu: 989.4e12,
    });
    expect(both.sixN).toBeCloseTo(0.2786, 4);
    expect(both.withAttention).toBeCloseTo(0.3209, 4);
    expect(convertMfu(both.sixN, sixN, withAttention)).toBeCloseTo(both.withAttention ?? 0, 12);
  });

  it("compute says which FLOP its MFU counts", () => {
    expect(result("70B 1.4T gpu=H100").mfuBasis).toBe("6N");
    expect(result("70B 1.4T gpu=H100 layers=80 d=8192 ctx=8192").mfuBasis).toBe("attention");
  });
});
