import { describe, expect, it } from "vitest";
import { localize } from "../../src/reply/localize.ts";
import { ask, result } from "./helpers.ts";

/**
 * A budget's plan (GPU-hours × 3600 × peak × MFU, then N* = √(C/120), D* = 20·N*; Hoffmann et al.
 * 2022) ends with the command for that model's time and cost: on the GPU, count and price the budget
 * was given on. 256 A100 for a month: 256 × 30.44 d × 24 = 187K GPU-hours at 312 TFLOP/s (A100
 * datasheet, bf16 dense) and 40% MFU = 8.4e22 FLOP, N* = 26.5B.
 */
const hint = (line: string, lang: "en" | "zh-TW" = "en") => localize(ask(line, lang), lang).hint ?? "";

describe("the Next line of a budget keeps its GPU, count and price", () => {
  it("256 A100 for a month: gpu=A100 gpus=256, not gpu=H100", () => {
    const line = "I have 256 A100 for a month what should I train";
    const r = result(line);
    expect(r.optimalParams / 1e9).toBeCloseTo(
      Math.sqrt((256 * 30.44 * 86_400 * 312e12 * 0.4) / 120) / 1e9,
      0,
    );
    expect(hint(line)).toContain("gpu=A100 gpus=256");
    expect(hint(line)).not.toContain("H100");
    expect(hint(line, "zh-TW")).toContain("gpu=A100 gpus=256");
  });

  it("$500k at $2/h on H100: gpu=H100 price=$2/h, and that line's cost is the $500K budget", () => {
    const line = "I have $500k at $2/h on H100, what can I train";
    expect(hint(line)).toContain("gpu=H100 price=$2/h");
    const next = /\/flops (.+?) for time/.exec(hint(line))?.[1] ?? "";
    // 54.5B × 1.09T at 40% MFU on H100 (989.4 TFLOP/s): 6ND / (peak · MFU) / 3600 × $2 ≈ $500K.
    expect(result(next).costUsd / 1e3).toBeCloseTo(500, -1);
  });

  it("MI300X with gpus= and price=: all three carried", () => {
    expect(hint("compute gpu=MI300X gpus=1000 days=90 price=$2.5/h")).toContain(
      "gpu=MI300X gpus=1000 price=$2.5/h",
    );
  });
});
