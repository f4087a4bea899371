import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/dispatch/normalize.ts";

describe("normalizeText", () => {
  it("skips NFKC only where it changes nothing: every CJK Unified Ideograph (and Extension A) is its own NFKC form", () => {
    for (const [from, to] of [
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
    ] as const) {
      for (let c = from; c <= to; c++) {
        const ideograph = String.fromCharCode(c);
        expect(`70B${ideograph}2T`.normalize("NFKC")).toBe(`70B${ideograph}2T`);
      }
    }
  });

  it("reads a Taiwanese question of ASCII and ideographs as the English words and numbers it says", () => {
    expect(normalizeText("訓練 130億 參數 3兆 token 需要 128 張 H100 多久")).toBe(
      "train 130e8 params 3e12 token 128 gpus H100",
    );
  });

  it("still folds full-width forms next to ideographs (NFKC runs when other characters are there)", () => {
    // Ｈ１００ (full-width) and ７０Ｂ are H100 and 70B once folded.
    expect(normalizeText("訓練 ７０Ｂ 用 ６４ 張 Ｈ１００")).toBe("train 70B 64 gpus H100");
  });
});
