import { describe, expect, it } from "vitest";
import { answered, errorOf } from "./helpers.ts";

describe("a count spelled in words before a multiplier (`seventy billion`, `two trillion tokens`)", () => {
  it.each([
    ["train a seventy billion parameter model on two trillion tokens", 70e9, 2e12],
    ["seven billion params 1T tokens", 7e9, 1e12],
    ["7B on a trillion tokens", 7e9, 1e12],
    ["a hundred billion params on one trillion tokens", 100e9, 1e12],
    ["twenty-five billion params, three hundred and fifty billion tokens", 25e9, 350e9],
  ] as const)("%s: N and D as spoken, 6·N·D from them", (line, params, tokens) => {
    const { readAs, result } = answered(line);
    expect(readAs.params).toBe(params);
    expect(readAs.tokens).toBe(tokens);
    expect(result.flops).toBeCloseTo(6 * params * tokens, -20);
  });

  it("`a million dollars` on H100 at $2/h is $1M: 500K GPU-hours", () => {
    const { readAs, result } = answered("what can I train with a million dollars on H100 at $2/h");
    expect(readAs.budgetUsd).toBe(1e6);
    expect(result.gpuHours).toBeCloseTo(1e6 / 2, 0);
  });

  it("`half a trillion tokens` stays 0.5T (the half is read before the spelled count)", () => {
    expect(answered("70 billion params on half a trillion tokens").readAs.tokens).toBe(0.5e12);
  });

  it("a number word with no multiplier after it is still refused by that word, never guessed", () => {
    expect(errorOf("seventy params on 2T tokens").text).toContain("seventy");
  });
});
