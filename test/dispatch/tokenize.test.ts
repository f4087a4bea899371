import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/dispatch/tokenize.ts";

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
