import { describe, expect, it } from "vitest";
import { toJson } from "../../src/reply/localize.ts";
import { ask, result, said } from "./helpers.ts";

// A budget in dollars is money: ÷ price = GPU-hours, × 3600 × peak × MFU = FLOP delivered (PaLM §4.1,
// MFU = model FLOP/s ÷ peak), then Chinchilla's split N* = √(C/120), D* = 20·N* (Hoffmann et al. 2022).
// H100 SXM5 bf16 dense peak 989.4 TFLOP/s (NVIDIA H100 datasheet).
const H100 = 989.4e12;

describe("budget=$… is money, never FLOP", () => {
  for (const line of ["budget=$1M gpu=H100 price=$2/h", "budget $1M on H100 at $2/h"]) {
    it(`${line}: $1M ÷ $2/h = 500K GPU-hours → 7.12e23 FLOP at 40% → N* ≈ 77B, D* ≈ 1.54T`, () => {
      const r = result(line);
      expect(r.gpuHours).toBe(500_000);
      const flop = 500_000 * 3600 * H100 * 0.4;
      expect(r.flops / flop).toBeCloseTo(1, 9);
      expect(r.optimalParams / Math.sqrt(flop / 120)).toBeCloseTo(1, 9);
      expect(r.optimalParams).toBeGreaterThan(76e9);
      expect(r.optimalParams).toBeLessThan(78e9);
      expect(r.optimalTokens / r.optimalParams).toBeCloseTo(20, 9);
      expect(r.budgetUsd).toBe(1e6);
      const text = said(line);
      expect(text).toContain("$1M ÷ $2/GPU-hour = 500K GPU-hours");
      expect(text).toContain("budget $1M");
      expect(text).not.toContain("91.3");
      expect(text).not.toContain("1M FLOP");
    });
  }

  it("the JSON reading names the dollars budgetUsd, not flops", () => {
    const json = toJson(ask("budget=$1M gpu=H100 price=$2/h"), "en") as { readAs: Record<string, unknown> };
    expect(json.readAs.budgetUsd).toBe(1e6);
    expect(json.readAs.flops).toBeUndefined();
  });

  it("with a model, the FLOP the dollars buy set the tokens: 7.12e23 / (6 × 70B) ≈ 1.70T", () => {
    const r = result("70B budget=$1M gpu=H100 price=$2/h mfu=40%");
    const flop = 500_000 * 3600 * H100 * 0.4;
    expect(r.flops / flop).toBeCloseTo(1, 9);
    expect(r.tokens / (flop / (6 * 70e9))).toBeCloseTo(1, 9);
    expect(said("70B budget=$1M gpu=H100 price=$2/h mfu=40%")).toContain(
      "500K GPU-hours deliver 7.12e23 FLOP",
    );
  });

  it("at a pinned MFU the dollars buy proportionally more: 50% → 8.9e23 FLOP", () => {
    const r = result("budget=$1M gpu=H100 price=$2/h mfu=50%");
    expect(r.flops / (500_000 * 3600 * H100 * 0.5)).toBeCloseTo(1, 9);
  });

  it("without a price (or a GPU) refuses, with an example, and computes nothing from the dollars", () => {
    // The Try line keeps the asker's amount, GPU and price, with an example for what is missing.
    for (const [line, example] of [
      ["budget=$1M gpu=H100", "budget=$1M gpu=h100-sxm price=$2/h"],
      ["budget=$1M price=$2/h", "budget=$1M gpu=H100 price=$2/h"],
      ["compute flops=$1M gpu=H100", "budget=$1M gpu=h100-sxm price=$2/h"],
      [
        "with $500k budget on H100 what's the biggest chinchilla model",
        "budget=$500K gpu=h100-sxm price=$2/h",
      ],
      ["budget=$250K gpu=A100 price=$1.5/h,$2/h", "budget=$250K gpu=a100-80gb-sxm price=$1.5/h"],
    ] as const) {
      const reply = ask(line);
      expect(reply.ok).toBe(false);
      expect(reply.hint?.params?.example).toBe(`/flops ${example}`);
      expect(ask(example).ok).toBe(true);
    }
    expect(said("budget=$1M gpu=H100", "zh-TW")).toContain("不是 FLOP");
  });

  it("chinchilla refuses dollars too, pointing to the compute form", () => {
    expect(ask("chinchilla budget=$1M").ok).toBe(false);
    expect(said("chinchilla budget=$1M")).toContain("/flops budget=$1M gpu=H100 price=$2/h");
    // The asker's own amount, not another.
    expect(ask("chinchilla budget=$300k").hint?.params?.example).toBe(
      "/flops budget=$300K gpu=H100 price=$2/h",
    );
    expect(ask("budget=$300K gpu=H100 price=$2/h").ok).toBe(true);
  });

  it("a FLOP budget reads as before: 1e24 → N* = √(1e24/120) ≈ 91.3B", () => {
    expect(result("budget=1e24").params / Math.sqrt(1e24 / 120)).toBeCloseTo(1, 12);
  });

  it("zh-TW states the conversion", () => {
    expect(said("budget=$1M gpu=H100 price=$2/h", "zh-TW")).toContain("$1M ÷ 每 GPU 小時 $2 = 500K GPU 小時");
  });
});
