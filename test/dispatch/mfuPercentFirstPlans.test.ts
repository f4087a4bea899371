/**
 * `MFU 45% 的話，gpt-3 在 1024 張 A100 上要幾天？` (at 45% MFU, how many days for GPT-3 on 1024 A100)
 * opened with MFU and was read as the mfu command, which refused for GPT-3's unpublished GPU time.
 * mfu has no option for a percent and measures only a GPU time: with none given, the percent is the
 * MFU to plan at, and the time is answered. With a GPU time typed, mfu still measures it.
 */
import { describe, expect, it } from "vitest";
import { answered } from "./helpers.ts";

describe("MFU and a percent first, then a run on GPUs", () => {
  it.each<[string, "en" | "zh-TW"]>([
    ["MFU 45% 的話，gpt-3 在 1024 張 A100 上要幾天？", "zh-TW"],
    ["MFU 45%, gpt-3 on 1024 A100, how many days", "en"],
  ])("%s: GPT-3 planned on 1,024 A100 at 45% MFU", (line, lang) => {
    const asked = answered(line, lang);
    expect(asked.command).toBe("compute");
    expect(asked.result.mfu).toBe(0.45);
    expect(asked.result.gpus).toBe(1024);
    // A100 SXM4 fp16 dense 312 TFLOP/s (NVIDIA datasheet); GPT-3 trained in fp16 (Brown et al. 2020).
    const flops = (asked.result.flopsWithAttention ?? asked.result.flops) as number;
    expect(asked.result.seconds as number).toBeCloseTo(flops / (1024 * 312e12 * 0.45), -2);
  });

  it("with a GPU time typed it is still measured: 6 · 70B · 1.4T over 1,024 H100 × 30 days", () => {
    const asked = answered("mfu 45% 70B 1.4T gpu=H100 gpus=1024 days=30");
    expect(asked.command).toBe("mfu");
    expect(asked.result.mfu6N as number).toBeCloseTo(
      (6 * 70e9 * 1.4e12) / (1024 * 30 * 86_400 * 989.4e12),
      4,
    );
  });
});
