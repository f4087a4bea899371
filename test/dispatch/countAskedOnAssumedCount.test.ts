/**
 * How many cards asked with a GPU named and no count (70B 在 H100 上要幾張卡？): the answer plans the
 * run on 1,024 assumed GPUs, yet its note said the answer "does not depend on the count". The note
 * now says the time is on the assumed count and gives the two questions that answer the count: a
 * deadline's (compute with days=) and the fewest cards holding the training (cards mode=train).
 */
import { describe, expect, it } from "vitest";
import { answered } from "./helpers.ts";

describe("how many GPUs, asked beside a plan on an assumed count", () => {
  it.each<[string, "en" | "zh-TW", string, string]>([
    ["70B 在 H100 上要幾張卡？", "zh-TW", "沒有給張數", "/flops 70B gpu=H100 days=30"],
    ["how many H100 to train 70B", "en", "none given", "/flops 70B gpu=H100 days=30"],
    ["訓練 70B 15T 需要幾張 H100", "zh-TW", "沒有給張數", "/flops 70B 15T gpu=H100 days=30"],
  ])(
    "%s: the time is on the assumed count; the count by a deadline is asked as %s",
    (line, lang, said, deadline) => {
      const asked = answered(line, lang);
      expect(asked.result.gpus).toBe(1024);
      expect(asked.readAs.assumed).toContain("gpus");
      expect(asked.notes).toContain(said);
      expect(asked.notes).toContain(deadline);
      expect(asked.notes).toContain("/flops cards 70B gpu=H100 mode=train");
      expect(asked.notes).not.toMatch(/does not depend on the count|與張數無關/);
    },
  );

  it("the deadline's line answers the count: ⌈6ND / (t · peak · MFU)⌉ H100s in 30 days", () => {
    const { result } = answered("70B gpu=H100 days=30");
    // 6 × 70B × 1.4T (Chinchilla's 20 tokens a parameter) over 30 days at 40% of 989.4 TFLOP/s
    // (H100 SXM5 bf16 dense, NVIDIA datasheet).
    const needed = Math.ceil((6 * 70e9 * 1.4e12) / (30 * 86_400 * 989.4e12 * 0.4));
    expect(result.gpus).toBe(needed);
  });

  it("without a GPU named the note is unchanged: the compute does not depend on the count", () => {
    expect(answered("how many gpus for 70B").notes).toContain("does not depend on the count");
  });
});
