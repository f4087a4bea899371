import { describe, expect, it } from "vitest";
import { ask, result, said } from "./helpers.ts";

// Published inputs: GPT-3 has 175B parameters trained on 300B tokens (Brown et al. 2020);
// Chinchilla's rule is about 20 tokens per parameter (Hoffmann et al. 2022).
const GPT3_PARAMS = 175e9;
const GPT3_TOKENS = 300e9;
const TOKENS_PER_PARAM = 20;

describe("a run's name, chinchilla and a tokens question", () => {
  const optimal = TOKENS_PER_PARAM * GPT3_PARAMS; // 3.5T
  const share = GPT3_TOKENS / optimal; // ≈ 0.086

  for (const line of [
    "gpt-3 chinchilla how many tokens",
    "how many chinchilla tokens for gpt-3",
    "gpt-3 how many chinchilla tokens",
    "GPT-3 需要多少 Chinchilla token",
  ]) {
    it(`${line}: 20 × 175B = 3.5T tokens, GPT-3's 300B about 8.6% of it`, () => {
      expect(ask(line).command).toBe("chinchilla");
      const r = result(line);
      expect(r.params).toBe(GPT3_PARAMS);
      expect(r.methods.rule20.tokens).toBe(optimal);
      expect(r.runTokens).toBe(GPT3_TOKENS);
      expect(r.tokensPerParam / TOKENS_PER_PARAM).toBeCloseTo(share, 6);
      expect(share).toBeCloseTo(0.086, 3);
    });
  }

  it("says it in zh-TW with the share of the optimum", () => {
    const text = said("GPT-3 需要多少 Chinchilla token", "zh-TW");
    expect(text).toContain("3.5T");
    expect(text).toContain(`${(share * 100).toFixed(2)}%`);
  });
});
