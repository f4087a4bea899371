import { describe, expect, it } from "vitest";
import { result, said } from "./helpers.ts";

// Published figures these tests check against (not the bot's output):
// - Brown et al. 2020, GPT-3, Table D.1: 175B parameters, 300B tokens, 3.14e23 FLOP.
// - Llama Team 2024, The Llama 3 Herd of Models, §3.2.1: 405B on 15.6T tokens, 3.8e25 FLOP.

describe("a published run with its own figures typed is still that run", () => {
  it("the seed's GPT-3 175B 參數, 訓練 300B token → 6ND 3.15e23 beside the published 3.14e23 (the note was dropped once 300B was typed)", () => {
    const line = "GPT-3 175B 參數, 訓練 300B token, 需要多少 FLOPS";
    expect(result(line).flops).toBeCloseTo(6 * 175e9 * 300e9, -20);
    expect(said(line, "zh-TW")).toContain("公開的訓練算力是 3.14e23 FLOP");
    expect(said("gpt-3 175B 300B tokens, how many flops")).toContain(
      "published training compute is 3.14e23 FLOP",
    );
  });

  it("llama 3 405b 15.6T: 405B as typed is the 405.85B run, so its published 3.8e25 is shown", () => {
    expect(said("llama 3 405B 15.6T tokens flops")).toContain("3.8e25 FLOP");
  });

  it("other tokens are another run: gpt-3 175B 1T tokens shows no published compute", () => {
    expect(said("gpt-3 175B 1T tokens")).not.toContain("published training compute");
  });
});
