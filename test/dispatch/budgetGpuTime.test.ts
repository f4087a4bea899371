/**
 * A budget said as GPU time: `budget 100k H100-hours` was read as a budget of 100k FLOP (the label
 * took the number before its unit) and refused as too small. It is a hardware budget: GPU-hours ×
 * 3600 s × the H100's 989.4 TFLOP/s dense bf16 (NVIDIA datasheet) × 40% MFU, and the
 * compute-optimal split of that (Hoffmann et al. 2022: N* = √(C / 120), D* = 20 · N*).
 */
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/i18n/lang.ts";
import { answered } from "./helpers.ts";

const H100 = 989.4e12;

describe("a budget of GPU time", () => {
  it.each<[string, Lang, number]>([
    ["budget 100k H100-hours", "en", 1e5],
    ["budget 100k gpu-hours on H100", "en", 1e5],
    ["budget 1000 H100-days what model", "en", 24_000],
    ["訓練預算 1000 H100-days 可以訓練多大的模型", "zh-TW", 24_000],
  ])("%s: %d GPU-hours", (line, lang, hours) => {
    const { result } = answered(line, lang);
    expect(result.gpuHours).toBe(hours);
    const flops = hours * 3600 * H100 * 0.4;
    expect(result.flops as number).toBeCloseTo(flops, -18);
    expect(result.optimalParams as number).toBeCloseTo(Math.sqrt(flops / 120), -6);
  });

  it("a FLOP budget stays one: `budget 1e24 flops` is 1e24 FLOP", () => {
    expect(answered("budget 1e24 flops").result.flops).toBe(1e24);
  });
});
