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

// Published inputs: DeepSeek-V3 activates 37B parameters per token over 14.8T tokens; Table 1 of its
// report gives 2,664K + 119K + 5K = 2,788K H800 GPU-hours; the H800's dense bf16 peak is 989.4 TFLOP/s.
// The seed article quotes "2.788K H800 GPU hours", a thousandth of that.
const DSV3_ACTIVE = 37e9;
const DSV3_TOKENS = 14.8e12;
const DSV3_TOTAL_HOURS = 2_664e3 + 119e3 + 5e3;
const H800_PEAK = 989.4e12;
const mfuAt = (hours: number) => (6 * DSV3_ACTIVE * DSV3_TOKENS) / (hours * 3600 * H800_PEAK);

describe("GPU-hours typed a thousandth of a named run's published ones", () => {
  const typed = DSV3_TOTAL_HOURS / 1000; // 2.788K
  const atPublished = `${(mfuAt(DSV3_TOTAL_HOURS) * 100).toFixed(1)}%`;

  it("mfu keeps the 2.788K typed (MFU > 100%) and asks whether 2.788M was meant, with the MFU at it", () => {
    const line = "deepseek-v3 mfu 2.788K H800 GPU hours";
    const r = result(line);
    expect(r.gpuSeconds).toBeCloseTo(typed * 3600, 6);
    expect(r.mfu).toBeCloseTo(mfuAt(typed), 6);
    expect(r.mfu).toBeGreaterThan(1);
    const text = said(line);
    expect(text).toContain(
      "2.788K GPU-hours is a thousandth of DeepSeek-V3's published 2.788M: did you mean 2.788M?",
    );
    expect(text).toContain(atPublished);
  });

  it("the default command's implied MFU too, kept at the typed value", () => {
    const line = "deepseek-v3 2.788K H800 GPU hours";
    const r = result(line);
    expect(r.gpuHours).toBeCloseTo(typed, 6);
    expect(r.impliedMfu.sixN).toBeCloseTo(mfuAt(typed), 6);
    const text = said(line);
    expect(text).toContain("did you mean 2.788M?");
    expect(text).toContain(atPublished);
  });

  it("says it in zh-TW", () => {
    const text = said("DeepSeek-V3 用 2.788K H800 GPU hours 的 MFU", "zh-TW");
    expect(text).toContain("2.788K GPU 小時只有 DeepSeek-V3 公開的 2.788M 的千分之一：你是指 2.788M 嗎？");
    expect(text).toContain(atPublished);
  });

  it("no note at the published figure, nor for hours not a thousandth of it", () => {
    expect(said("mfu deepseek-v3 gpu-hours=2.788M")).not.toContain("thousandth");
    expect(said("mfu deepseek-v3 gpu-hours=100K")).not.toContain("thousandth");
    // A 70B run on 1.4T at 2.788K H100 hours is no published run: nothing to ask after.
    expect(said("mfu 70B 1.4T gpu=H100 gpu-hours=2.788K")).not.toContain("thousandth");
  });
});

describe("why 6ND: the 6 explained on the seed's GPT-3 example", () => {
  // Kaplan et al. 2020 §2.1: 2 FLOP per parameter per token forward, 4 backward, 6 in all.
  const FORWARD = 2;
  const BACKWARD = 4;
  for (const line of [
    "why 6ND",
    "where does the 6 in 6ND come from",
    "6ND 的 6 是怎麼來的",
    // The 6 asked alone, of what it counts.
    "why 6 flops per parameter per token",
    "why is it 6 and not 2",
  ]) {
    it(`${line}: 6 = ${FORWARD} + ${BACKWARD}, on 175B × 300B`, () => {
      const r = result(line);
      expect(r.flops).toBeCloseTo((FORWARD + BACKWARD) * GPT3_PARAMS * GPT3_TOKENS, -20);
      const text = said(line);
      expect(text).toContain(
        `${FORWARD + BACKWARD} FLOP per parameter per token: ${FORWARD} in the forward pass, ${BACKWARD} in the backward`,
      );
      expect(text).toContain("Kaplan et al. 2020, §2.1");
      // The reading is the example's, not the asker's: said first, so it is never taken for theirs.
      expect(ask(line).notes[0]?.key).toBe("read.sixOnExample");
    });
  }
});

describe("a 6 of something else is no question of the 6 in 6ND", () => {
  it.each(["why does it take 6 days", "why 6 gpus"])("%s: not answered with GPT-3's derivation", (line) => {
    expect(ask(line).notes[0]?.key).not.toBe("read.sixOnExample");
  });
});
