/**
 * 每秒 1000 個 token (a throughput typed, 1000 tokens a second) was read as asking for serving's
 * tokens per second: 每秒 1000 個 token，8B 模型，8 張 H100，MFU 是多少？ was refused with "tokens per
 * second is a serving question". With a number it is the throughput, as `1000 tokens/s` is in English.
 */
import { describe, expect, it } from "vitest";
import { answered } from "./helpers.ts";

describe("每秒 N 個 token, a throughput typed", () => {
  it.each<[string, number, number, number]>([
    ["每秒 1000 個 token，8B 模型，8 張 H100，MFU 是多少？", 8e9, 8, 1000],
    ["8B 模型在 8 張 H100 上每秒 1000 個 token，MFU 多少", 8e9, 8, 1000],
    ["每秒 2 萬個 token，70B，64 張 H100 的 MFU", 70e9, 64, 20_000],
  ])("%s: MFU = 6N · tokens/s / (GPUs · peak)", (line, params, gpus, rate) => {
    const asked = answered(line, "zh-TW");
    expect(asked.command).toBe("mfu");
    expect(asked.result.tokensPerSecond).toBe(rate);
    // H100 SXM5 bf16 dense 989.4 TFLOP/s (NVIDIA datasheet); MFU as PaLM §4.1 defines it.
    expect(asked.result.mfu6N as number).toBeCloseTo((6 * params * rate) / (gpus * 989.4e12), 6);
  });

  it("asked with no number (每秒可以產生多少 token) it is still serving's throughput", () => {
    expect(answered("llama-3-8b 在 H100 上每秒可以產生多少 token", "zh-TW").command).toBe("serve");
  });
});
