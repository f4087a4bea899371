import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

// Llama 3 405B (Hugging Face meta-llama/Llama-3.1-405B config.json): 126 layers, 128 heads × 128,
// context 8,192, 405,853,388,800 parameters; Llama Team 2024 and the Llama 3.1 model card: 15.6T tokens,
// 30.84M H100-80GB GPU-hours on 16,384 H100 in bf16 at 38% MFU (Table 4).
const N = 405_853_388_800;
const ATTN = 12 * 126 * 128 * 128 * 8192;
// PaLM 2022 App. B: C = D · (6N + 12·L·H·Q·T).
const cAttn = (D: number) => D * (6 * N + ATTN);
// NVIDIA H100 SXM5 datasheet: 989.4 TFLOP/s bf16 dense, 1,978.9 TFLOP/s fp8 dense.
const BF16 = 989.4e12;
const FP8 = 1978.9e12;
const DAY = 86_400;

describe("a published run with other tokens or another precision plans at its MFU, not its GPU-hours", () => {
  it("README's 'llama-3-405b tokens=20T': 5.28e25 FLOP at 38% → 39.0M GPU-hours, 99.1 d on 16,384 H100", () => {
    const line = "llama-3-405b tokens=20T";
    const r = result(line);
    expect(r.flopsWithAttention).toBeCloseTo(5.28e25, -23);
    expect(r.gpuHours).toBeCloseTo(cAttn(20e12) / (BF16 * 0.38) / 3600, -3);
    expect(r.gpuHours / 1e6).toBeCloseTo(39.0, 1);
    expect(r.seconds / DAY).toBeCloseTo(99.1, 1);
    expect(r.impliedMfu).toBeUndefined();
    expect(said(line)).toContain(
      "Llama 3 405B: the published gpu-hours=30.8M are left out, since you typed tokens=20T.",
    );
    expect(said(line, "zh-TW")).toContain(
      "Llama 3 405B：你輸入了 tokens=20T，所以不採用公開的 gpu-hours=30.8M。",
    );
    // No warning blames the user for the preset's 38% or the published 78.4 days.
    expect(ask(line).warnings).toEqual([]);
    expect(said(line)).not.toContain("78.4");
    // The published tokens and precision typed again keep the published 30.84M GPU-hours (78.4 d).
    for (const same of ["llama-3-405b tokens=15.6T", "llama-3-405b precision=bf16"]) {
      expect(result(same).gpuHours).toBe(30.84e6);
      expect(result(same).seconds / DAY).toBeCloseTo(78.4, 1);
    }
    // /flops mfu still measures the published GPU-hours against 20T tokens (a what-if): 48.0%.
    expect(result("mfu llama-3-405b tokens=20T").mfuWithAttention).toBeCloseTo(
      cAttn(20e12) / (30.84e6 * 3600 * BF16),
      4,
    );
  });

  it("'llama-3-405b precision=fp8': 4.12e25 / (1,978.9T × 0.38) = 15.2M GPU-hours, 38.7 d, with the 1.37× fp8 note", () => {
    const line = "llama-3-405b precision=fp8";
    const r = result(line);
    expect(r.gpuHours).toBeCloseTo(cAttn(15.6e12) / (FP8 * 0.38) / 3600, -3);
    expect(r.gpuHours / 1e6).toBeCloseTo(15.2, 1);
    expect(r.seconds / DAY).toBeCloseTo(38.7, 1);
    expect(r.impliedMfu).toBeUndefined();
    expect(said(line)).toContain(
      "the published gpu-hours=30.8M are left out, since you typed precision=fp8.",
    );
    // Fujii et al. 2024: 415 → 570 TFLOP/s per H100 with fp8, 1.37×.
    expect(said(line)).toContain("1.37×");
    // The published bf16 run's 78.4 d over 570/415 = 1.37× (Fujii et al. 2024) ≈ 57.1 d.
    expect(said(line)).toContain("Llama 3 405B took 78.4 d in bf16");
    expect(said(line)).toContain(
      `about ${(((30.84e6 * 3600) / 16_384 / 86_400) * (415 / 570)).toFixed(1)} d`,
    );
    expect(said(line, "zh-TW")).toContain("1.37");
  });

  it("a changed context keeps the published time, and the warning says 'published', not 'given'", () => {
    const line = "llama-3-405b ctx=32768";
    const text = said(line);
    expect(text).toContain("At Llama 3 405B's published MFU 38%");
    expect(text).not.toContain("At the given MFU");
    expect(said(line, "zh-TW")).toContain("以 Llama 3 405B 公開的 MFU 38%");
  });
});
