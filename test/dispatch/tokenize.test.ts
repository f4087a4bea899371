import { describe, expect, it } from "vitest";
import { normalizeText } from "../../src/dispatch/normalize.ts";
import { tokenize, tokenizeNormalized } from "../../src/dispatch/tokenize.ts";

describe("tokenize: an article or number word before a time unit", () => {
  it.each([
    ["train for a month", ["train", "for", "1 month"]],
    ["in an hour", ["in", "1 hour"]],
    ["One Week", ["1 Week"]],
    ["two weeks", ["2 weeks"]],
    ["twelve days", ["12 days"]],
  ])("%s", (typed, tokens) => {
    expect(tokenize(typed)).toEqual(tokens);
  });

  it("is only a count before a time unit word of more than two letters", () => {
    // `a 70B model`, `a m` (M is a million, not a minute) and `one GPU` keep their words.
    expect(tokenize("a 70B model")).toEqual(["a", "70B", "model"]);
    expect(tokenize("a m")).toEqual(["a", "m"]);
    expect(tokenize("one GPU")).toEqual(["one", "GPU"]);
    expect(tokenize("gamma days")).toEqual(["gamma", "days"]);
    // After a number, an article is "per": `$50 a day` is a price per day, not $50 and one day.
    expect(tokenize("$50 a day")).toEqual(["$50/day"]);
    expect(tokenize("30 days one week")).toEqual(["30 days", "1 week"]);
    // After what a rate counts, an article stays a word: `tokens a second` is no one second.
    expect(tokenize("3000 tokens a second")).toEqual(["3000", "tokens", "a", "second"]);
    // After anything else it is one of the unit (fresh-eyes report 3, item 16).
    expect(tokenize("512 H100 a month")).toEqual(["512", "H100", "1 month"]);
  });
});

describe("tokenizeNormalized: a line normalizeText made splits as tokenize splits it", () => {
  it.each([
    "175B   300B",
    "70B\t2T\ngpu=H100",
    "  /flops  2048 * 21 days ",
    "train for a month",
    "訓練 130億 參數 3兆 token 需要 128 張 H100 多久",
    "70B\u00a02T\u3000gpu = H100",
  ])("%j", (typed) => {
    const text = normalizeText(typed);
    expect(text).not.toMatch(/[^\S ]| {2}/);
    expect(tokenizeNormalized(text)).toEqual(tokenize(text));
  });

  it("reads the words as typed, whatever the spacing", () => {
    expect(tokenizeNormalized(normalizeText("175B \t 300B"))).toEqual(["175B", "300B"]);
    expect(tokenizeNormalized(normalizeText("/flops  2048 *  21 days"))).toEqual(["2048 * 21 days"]);
  });
});
