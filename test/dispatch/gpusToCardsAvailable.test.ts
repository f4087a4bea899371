/**
 * `gpus=8` to cards or serve (the count compute plans with) was refused with "Did you mean gpu?" and
 * a Try line that dropped the 8. Those commands take the GPUs one has as `available=`: the refusal
 * now suggests it, and its Try line, run, answers whether the model fits on them.
 */
import { describe, expect, it } from "vitest";
import { answered, errorOf } from "./helpers.ts";

describe("gpus= where available= is meant", () => {
  it.each<[string, "en" | "zh-TW", string]>([
    ["cards 70B gpu=H100 gpus=8", "en", "/flops cards 70B gpu=H100 available=8"],
    ["serve llama-3-70b gpu=H100 gpus=8", "en", "/flops serve llama-3-70b gpu=H100 available=8"],
    ["cards 70B gpu=H100 gpus=2", "zh-TW", "/flops cards 70B gpu=H100 available=2"],
  ])("%s: suggests available=, the Try line keeps the count", (line, lang, tryLine) => {
    const { text } = errorOf(line, lang);
    expect(text).toContain("available");
    expect(text).not.toMatch(/Did you mean gpu\?|你是不是要找 gpu？/);
    expect(text).toContain(tryLine);
  });

  it("the Try line answers: 70B in bf16 is 140 GB of weights, +10% overhead, on 4 H100s of 8 given", () => {
    const { result } = answered("cards 70B gpu=H100 available=8");
    expect(result.cards).toBe(4);
    expect(result.available).toBe(8);
    expect(result.fitsAvailable).toBe(true);
  });

  it("compute keeps gpus= as its count", () => {
    expect(answered("70B 1.4T gpu=H100 gpus=8").result.gpus).toBe(8);
  });
});
