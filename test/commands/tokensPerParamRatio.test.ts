import { describe, expect, it } from "vitest";
import { result, said } from "./helpers.ts";

/** H100 SXM bf16 dense peak (FLOP/s), NVIDIA's datasheet; 40% the planning point (PaLM Table 3). */
const H100 = 989.4e12;

describe("a ratio of tokens to parameters typed as a bare number is the tokens, ratio × N", () => {
  it("7B with 100 tokens per parameter on 64 H100: 700B tokens, not 100 tokens", () => {
    const line = "7B with 100 tokens per parameter on 64 H100, how long";
    const r = result(line);
    expect(r.tokens).toBe(700e9);
    // 6 × 7B × 700B = 2.94e22 FLOP; / (64 × 989.4e12 × 0.4) = 1.16M s, 13.4 days.
    expect(r.flops).toBeCloseTo(6 * 7e9 * 700e9, -18);
    expect(r.seconds).toBeCloseTo((6 * 7e9 * 700e9) / (64 * H100 * 0.4), 0);
    expect(said(line)).toContain("Read “100 tokens per parameter” as the tokens: 100 × 7B = 700B tokens.");
  });

  it.each([
    ["train 7B at 200 tokens/param on 64 H100", 1.4e12],
    ["70B 20x tokens per param on 512 H100", 1.4e12],
  ])("%s: %d tokens", (line, tokens) => {
    expect(result(line).tokens).toBe(tokens);
  });

  it("a count with its multiplier stays the tokens (`70B 2T tokens per param` asks the ratio of 2T)", () => {
    expect(result("70B 2T tokens per param").tokens).toBe(2e12);
  });

  it("with no size typed (a dollar budget), the ratio is named as not used, never read as 100 tokens", () => {
    const line = "$5M on H100 at $2/h with 100 tokens per parameter, how big a model";
    expect(result(line).tokens).toBeUndefined();
    expect(said(line)).toContain("Not used: 100 tokens per parameter");
  });
});

describe("每個參數 100 個 token is the same ratio", () => {
  it("7B 每個參數 100 個 token 用 64 張 H100: 700B tokens, 6 × 7B × 700B / (64 × 989.4e12 × 0.4) s", () => {
    const line = "7B 每個參數 100 個 token 用 64 張 H100 要多久";
    const r = result(line);
    expect(r.tokens).toBe(700e9);
    expect(r.seconds).toBeCloseTo((6 * 7e9 * 700e9) / (64 * H100 * 0.4), 0);
    expect(said(line, "zh-TW")).toContain("「每個參數 100 個 token」讀作 token 數");
  });
});
