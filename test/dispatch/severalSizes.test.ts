/**
 * Several model sizes where one answer is for one model: `7B and 13B on 2T tokens` was refused as
 * "I don't know what 13B is for"; a mixture of experts typed as total, active and tokens
 * (`671B 37B 14.8T`) as "I don't know what 14.8T is for". Each is now said for what it is, and the
 * Try line is one question that is answered: 6 · N · D (Kaplan et al. 2020) for the first size, and
 * DeepSeek-V3's 6 · 37B active · 14.8T (DeepSeek-AI 2024, §1 and §4.1) for the experts' line.
 */
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/i18n/lang.ts";
import { localize } from "../../src/reply/localize.ts";
import { answered, ask, errorOf } from "./helpers.ts";

/** The Try line's question, as the asker would paste it back. */
function tryLine(line: string, lang: Lang): string {
  const hint = localize(ask(line, lang), lang).hint ?? "";
  const at = hint.indexOf("/flops ");
  expect(at, hint).toBeGreaterThanOrEqual(0);
  return hint.slice(at + "/flops ".length).trim();
}

describe("model sizes listed with the tokens labelled", () => {
  it.each<[string, Lang, string, number, number]>([
    ["7B and 13B on 2T tokens", "en", "7B, 13B", 7e9, 2e12],
    ["7B, 13B, 70B on 1T tokens", "en", "7B, 13B, 70B", 7e9, 1e12],
    ["7B, 13B and 70B on 1T tokens", "en", "7B, 13B, 70B", 7e9, 1e12],
    ["訓練 7B 和 13B 2T token", "zh-TW", "7B、13B", 7e9, 2e12],
    // `or` between sizes was "I don't know what “or” means", with the generic example as Try.
    ["7B or 13B on 2T tokens", "en", "7B, 13B", 7e9, 2e12],
    ["7B 或 13B 2T token", "zh-TW", "7B、13B", 7e9, 2e12],
    // A list by commas with the tokens unlabelled: the third size was blamed, Try `7B, 13B,`.
    ["7B, 13B, 70B on 1T", "en", "7B, 13B, 70B", 7e9, 1e12],
    // In Chinese the sizes are listed with 、, as typed (`7B, 13B, 70B` was English in a Chinese reply).
    ["訓練 7B、13B、70B 2T token", "zh-TW", "7B、13B、70B", 7e9, 2e12],
    ["7B, 13B, 70B 2T token", "zh-TW", "7B、13B、70B", 7e9, 2e12],
  ])("%s: said to be several sizes, and the first asked alone", (line, lang, sizes, params, tokens) => {
    const error = errorOf(line, lang);
    expect(error.key).toBe("read.severalSizes");
    expect(error.text).toContain(sizes);
    const one = tryLine(line, lang);
    expect(one).not.toMatch(/13B/);
    const answer = ask(one, lang);
    expect(answer.ok, one).toBe(true);
    expect(answer.result?.flops).toBeCloseTo(6 * params * tokens, -18);
  });

  it("sizes with the tokens unlabelled may be the tokens: `175B 300B 20B` blames the extra word", () => {
    expect(errorOf("175B 300B 20B").key).toBe("args.extra");
    // Two sizes with a comma are N and D (GPT-3's 3.15e23 = 6 × 175B × 300B).
    expect(ask("175B, 300B").result?.flops).toBeCloseTo(6 * 175e9 * 300e9, -20);
  });

  it.each<[string, string]>([
    ["7B, 13B, 70B", "7B, 13B, 70B"],
    ["7B or 13B", "7B, 13B"],
  ])(
    "%s with no tokens: several sizes, the Try line the first alone (Chinchilla's 20 tokens each)",
    (line, sizes) => {
      const error = errorOf(line);
      expect(error.key).toBe("read.severalSizes");
      expect(error.text).toContain(sizes);
      const one = tryLine(line, "en");
      expect(one).toBe("7B");
      // 20 · N tokens assumed (Hoffmann et al. 2022): 6 × 7B × 140B.
      expect(ask(one).result?.flops).toBeCloseTo(6 * 7e9 * 140e9, -18);
    },
  );
});

describe("two sizes before the tokens: a mixture of experts' total and active, or two models", () => {
  it.each<[string, Lang]>([
    ["671B 37B 14.8T", "en"],
    ["671B, 37B, 14.8T", "en"],
    ["671B 37B 14.8T", "zh-TW"],
  ])("%s: said so, and the Try line gives the active parameters with active=", (line, lang) => {
    const error = errorOf(line, lang);
    expect(error.key).toBe("read.sizesBeforeTokens");
    expect(error.text).toContain(lang === "en" ? "671B, 37B" : "671B、37B");
    const one = tryLine(line, lang);
    expect(one).toContain("active=37B");
    const answer = ask(one, lang);
    expect(answer.ok, one).toBe(true);
    // 6 × 37B × 14.8T = 3.29e24 FLOP.
    expect(answer.result?.flops).toBeCloseTo(6 * 37e9 * 14.8e12, -21);
  });
});

describe("two sizes joined as a list, neither labelled: read as N and D, and said so", () => {
  it.each<[string, Lang, string, number, number]>([
    // Was answered as 7B parameters on 13B tokens with nothing said of the other reading.
    ["7B and 13B", "en", "“7B and 13B”", 7e9, 13e9],
    ["7B, 13B", "en", "“7B, 13B”", 7e9, 13e9],
    ["7B 和 13B", "zh-TW", "「7B 和 13B」", 7e9, 13e9],
    // GPT-3: 6 × 175B × 300B = 3.15e23 (Brown et al. 2020 publish 3.14e23).
    ["175B, 300B", "en", "“175B, 300B”", 175e9, 300e9],
  ])("%s (%s)", (line, lang, quoted, params, tokens) => {
    const { result, notes } = answered(line, lang);
    expect(result.flops).toBeCloseTo(6 * params * tokens, -18);
    expect(notes).toContain(quoted);
    expect(notes).toMatch(lang === "en" ? /two model sizes/ : /兩個模型大小/);
  });

  it.each(["175B and 300B tokens", "7B params, 13B tokens", "70B 2T"])(
    "%s: the tokens are said or typed apart, nothing to warn of",
    (line) => {
      expect(answered(line).notes).not.toMatch(/two model sizes/);
    },
  );
});
