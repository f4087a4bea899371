/**
 * An MFU asked of a run with everything but its tokens (405B 在 16384 張 H100 上訓練 54 天，MFU 多少？)
 * was refused with DeepSeek-V3's example as the Try line, the asker's run gone. The Try line is now
 * the asker's own run with tokens= added, and it is answered.
 */
import { describe, expect, it } from "vitest";
import { answered, errorOf } from "./helpers.ts";

describe("MFU without the tokens", () => {
  it.each<[string, "en" | "zh-TW", string]>([
    [
      "405B 在 16384 張 H100 上訓練 54 天，MFU 多少？",
      "zh-TW",
      "/flops mfu 405B tokens=14.8T gpus=16384 gpu=H100 days=54days",
    ],
    [
      "mfu 405B gpu=H100 gpus=16384 days=54",
      "en",
      "/flops mfu 405B tokens=14.8T gpu=H100 gpus=16384 days=54",
    ],
  ])("%s: the Try line is the run typed, with tokens=", (line, lang, tryLine) => {
    const { key, text } = errorOf(line, lang);
    expect(key).toBe("mfu.needTokens");
    expect(text).toContain(tryLine);
  });

  it("the Try line answers: 6 · 405B · 14.8T over 16,384 H100 × 54 days at 989.4 TFLOP/s", () => {
    const { result } = answered("mfu 405B tokens=14.8T gpus=16384 gpu=H100 days=54days");
    // H100 SXM5 bf16 dense peak (NVIDIA datasheet); MFU as PaLM §4.1 defines it.
    const expected = (6 * 405e9 * 14.8e12) / (16_384 * 54 * 86_400 * 989.4e12);
    expect(result.mfu6N as number).toBeCloseTo(expected, 4);
  });
});
