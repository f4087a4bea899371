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
      // 多久 is "how long", as English asks it (filler to the reader; choose.ts reads a second question beside it).
      "train 130e8 params 3e12 token 128 gpus H100 how long",
    );
  });

  it("still folds full-width forms next to ideographs (NFKC runs when other characters are there)", () => {
    // Ｈ１００ (full-width) and ７０Ｂ are H100 and 70B once folded.
    expect(normalizeText("訓練 ７０Ｂ 用 ６４ 張 Ｈ１００")).toBe("train 70B 64 gpus H100");
  });

  it.each([
    ["gpus=64 一個月", "gpus=64 1 months"],
    ["兩週", "2 weeks"],
    ["兩個星期", "2 weeks"],
    ["兩個禮拜", "2 weeks"],
    ["三天", "3 days"],
    ["十天", "10 days"],
    ["十五天", "15 days"],
    ["三十天", "30 days"],
    ["二十一天", "21 days"],
    ["一個小時", "1 hours"],
    ["半個月", "0.5 months"],
    ["一個半月", "1.5 months"],
    ["半年", "0.5 years"],
    ["八張 H100", "8 gpus H100"],
    ["十六張卡", "16 gpus"],
  ])("a Chinese count before a time unit is its number: %s → %s", (typed, read) => {
    expect(normalizeText(typed)).toBe(read);
  });

  it("三月 is March, not three months: kept as a month of the year (the reader refuses it, suggesting 三個月)", () => {
    expect(normalizeText("三月")).toBe("month#3");
    expect(normalizeText("三個月")).toBe("3 months");
    // A numeral that is no number (一二) is left as typed.
    expect(normalizeText("一二天")).toBe("一二 days");
  });

  it("每秒 5 個請求 is a request rate; an hour after a word is no price", () => {
    expect(normalizeText("每秒 5 個請求")).toBe("5 req/s");
    expect(normalizeText("每分鐘300個請求")).toBe("300 req/min");
    expect(normalizeText("$2 an hour")).toBe("$2/h");
    expect(normalizeText("for an hour")).toBe("for an hour");
  });
});
